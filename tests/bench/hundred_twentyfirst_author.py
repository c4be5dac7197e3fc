#!/usr/bin/env python3
# ruff: noqa: E501, UP031, W605
"""Dictation test set, author 121: "Anan", a Bangkok sysadmin.

Writes assets/training/bash/author121.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <exact command>, "slice": ...,
"author": "author121"}, 100 per slice in the order clean, fuzzy, natural,
chaotic.  Standard library only; one random.Random(121) is consumed in a
fixed order (shuffle of the allowed commands, then every line in file
order), so a rerun is byte-identical.

SOURCE AND CREDIT
  Every command is taken verbatim from assets/training/bash/
  pages_dev64_commands.jsonl, which is derived from tldr-pages
  (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.  Only 0-based
  line numbers n with n % 3 == 0 are used, for all four slices.  Commands
  are skipped when they cannot sensibly be dictated: non-ASCII, a tab, a
  double space, leading/trailing space, over 64 characters, or over 48
  spoken tokens in the clean rendering below.  The allowed commands are
  shuffled with the seeded generator and taken in that order, at most two
  per first word, all 400 distinct; the first 100 are clean, the next 100
  fuzzy, then natural, then chaotic.

STYLE GUIDE
===========

1. The speaker
--------------
Anan runs servers for a small Bangkok company and dictates commands into
his headset between phone calls, in Thai-English.  He is polite to the
machine the way he is polite to a junior colleague: he calls it "Nong"
(younger sibling), ends sentences with "na" or "khrap", and says "sabai
sabai" (relax, no stress) to himself when a ticket annoys him.  His
fillers are "er", "ah", "eh", "mm" and "like that"; his corrections are
"mai chai" (Thai: "not right"), "no no", "sorry sorry" and "change to";
when a whole command goes wrong he says "start again na" / "from the start
na" / "again again" / "all again khrap".  His colleague P'Nok calls him
now and then.  Accent habits, all kept in loose speech only: an extra
vowel breaks a consonant cluster ("salash", "sa-lash", "sa-tar"), l and r
swap ("coron" for colon, "prus" for plus), a final l comes out as n
("capitan" for capital), final consonants get soft (Whisper hears his
"hed" for H as "het", "zed" as "zet").  He spells letters with
Thai-English names: "eks" for x, "dub-ber-yu" for w, "wee" for v,
"hed" for h, "kiew" for q, "zed" for z.

2. The clean protocol (the "clean" slice; decode() below is its listener)
--------------------------------------------------------------------------
A careful transcript: lower case, no punctuation, only the command.

2.1 Tokens.  Anan says "space" wherever the command has a space (also
inside quotes).  Everything he says between two "space"s is glued
together with no space: "pee en em remap" -> pnmremap, "docs slash
backup" -> docs/backup.

2.2 Words and spelling.  A lower-case letter run that is an everyday
English or tech word he knows is said as that word ("backup", "config",
"docker", "grep", "sudo").  A run he does not know as a word is split
into known words and spelled chunks when that is shorter ("pee en em
remap", "jee zip", "system see tee el", "dubberyu get"), otherwise spelled
letter by letter.  Short names that sound like other words are always
spelled: tmp = "tee em pee", etc = "ee tee see", usr, src, json, ssh,
pdf, txt, ...  Letter names (each one word, always the same):
  a ay    b bee   c see   d dee   e ee    f ef    g jee   h hed
  i eye   j jay   k kay   l el    m em    n en    o oh    p pee
  q kiew  r ar    s es    t tee   u you   v wee   w dubberyu
  x eks   y why   z zed
The digit 0 is always "zero", never "oh".

2.3 Symbols.  One fixed name each:
  -  dash          .  dot           /  slash        \  backslash
  ~  tilde         "  quote         '  single quote `  backtick
  :  colon         ;  semicolon     _  underscore   =  equals
  |  pipe          ,  comma         @  at sign      &  ampersand
  +  plus          !  bang          *  star         %  percent
  ^  caret         $  dollar        #  hash         ?  question mark
  ( ) open paren / close paren      [ ] open bracket / close bracket
  { } open brace / close brace      <  less than    >  redirect
  >> append        2> two redirect  2>& two redirect ampersand
  -- dash dash     && and and       || pipe pipe    .. dot dot
He never uses the synonyms (minus, hyphen, period, point, forward slash,
asterisk, greater than) in careful speech.

2.4 Numbers.  A digit run is read as:
  one digit -> the digit word ("five");
  a leading zero -> digit by digit ("zero nine");
  10-99 -> the compound ("ten", "forty five", "eighty");
  a round hundred / thousand -> "one hundred", "three thousand";
  four digits whose second half is 10-99 -> two compounds ("eighty
  eighty" 8080, "ten twenty four" 1024, "twenty twenty four" 2024);
  anything else -> digit by digit ("one nine two", "one two three four
  five").
The listener reads a run of number words as consecutive chunks: a tens
word takes a following one..nine ("forty two" = 42), a digit takes a
following "hundred"/"thousand", every other word is its own chunk, and the
chunks are written side by side ("two eighty" = 280, "one nine two" =
192).  Decimals and addresses use "dot": "one nine two dot one six eight
dot one dot ten".

2.5 Casing.  "capital" + a letter name -> that letter upper-cased
("capital ef" F); "capital" + a word -> the word with its first letter
upper-cased ("capital box" Box); "all caps" + a word -> the word in
upper case ("all caps user" USER); "all caps" + letter names -> all the
letter names that follow, upper-cased ("all caps hed kay ee why" HKEY).
Case runs, only when every part is a plain known word and there are at
least two: "snake case new location" new_location, "camel case foo bar"
fooBar, "pascal case foo bar" FooBar, "screaming case max size" MAX_SIZE.
A run ends at the next protocol word (symbol, "space", number, letter).
He never says "kebab case": a dash is just "dash" for him.

2.6 Collisions.  A plain word of the command that a listener would take
as protocol -- a symbol name or synonym (dash, dot, point, minus, period,
at, and, pipe, star, hash, ...), a letter name (see, you, why, bee, ...),
a number word (one, ten, ...), or a cue word (space, capital, caps, case,
single, double, sign, question, than, greater, literal) -- is said with
"literal" in front: "literal why" why, "dash dash literal zero" --zero,
"ignore dash literal case" ignore-case, "literal literal" literal.
"open", "close" and "less" are only protocol before paren/bracket/brace
and "than", which are themselves reserved, so they need no escape.

3. Fuzzy slice: the same protocol as Whisper writes it
-------------------------------------------------------
Same words and order as clean, no framing and no fillers, but Anan
sometimes reaches for synonyms (minus, hyphen, period, point, forward
slash, double dash, greater than, asterisk, equal sign), and Whisper:
capitalises the start and proper names (Docker, Alice, Ubuntu); adds
commas and full stops ("space," "space." then a capital); writes
"spaces" or "Space"; writes numerals ("8080", "3,000", "1 9 2", "80 80");
writes letter names as capitals, glued ("PNM", "T-M-P") or apart
("P N M"), or phonetically ("het", "eks", "dub-ber-yu", "queue", "tea",
"sea", "are", "elle"); glues or splits compounds ("back up", "file
name", "dash-dash", "snakecase", "all-caps"); picks homophones ("too",
"right", "Maine", "route", "sink"); occasionally formats a case run
itself ("snake case new_location").

4. Natural slice: how Anan talks when he is not careful
--------------------------------------------------------
No "space": spacing must be inferred, as in "LS dash LA".  Usually an
opener ("Okay na,", "Er, next one khrap,", "Nong, type for me na,", "Ah,
the command is", "Okay, for this ticket,", "Khrap,") and often a sign-off
("khrap.", "like that na.", "Okay khrap, thank you.", "Sabai sabai.",
"done na.").  Fillers between words ("er", "ah", "eh", "na", "er, like
that").  Loose symbol names with his accent ("minus", "point", "double
dash", "salash", "coron", "prus", "sa-tar", "open quote ... end quote",
"unquote", "redirect to", "append to", "open curly").  Whisper writes
numerals (an address or version number as "192.168.1.10"), glues
"report.pdf" now and then, writes a fully spelled word in capitals
("BQ MK", "FFMPEG"), says "capital"/"capitan"/"big" for one capital
letter, writes an all-caps word straight in capitals ("USER") or keeps
"all caps".  Case runs become "snake case a b", "a underscore b" or
"a_b".  He keeps "literal" for symbol-name words most of the time and
mostly drops it for the other colliding words.

5. Chaotic slice: natural plus trouble
---------------------------------------
Every line has one self-correction, at one of these scopes:
  word:  "... dash R, mai chai, dash L ..." (the wrong shell word, a
         correction phrase, the right shell word);
  flag:  "dash dash limit ten, no no, dash dash limit twenty" (flag and
         its value said again);
  value: "... dash word 1, mai chai, change to 2" ("change to" replaces
         the word just said);
  part:  "backup dot png, mai chai, dot pdf" (the extension only);
  whole: a false start, then "sorry sorry, start again na." / "no no, from
         the start na." / "mai chai, again again." and the full command.
On top of that, sometimes: a restart of the first word ("terr-
terraform", "FLAC, FLAC"), an aside ("hold on na, phone ringing...
okay okay,", "wait, P'Nok calling... okay, I'm back,", "aiyo, so many
tickets today,", "er, where was I, ah yes,", "sabai sabai, no rush,",
"let me check the ticket, er,"), extra fillers.  The part after each
correction is always the right one, so a careful listener rebuilds the
command exactly by keeping the last version of each corrected part and
dropping asides and fillers.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev64_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author121.jsonl")
AUTHOR = "author121"
SEED = 121
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# The clean protocol: vocabulary
# ---------------------------------------------------------------------------

LETTER = {
    "a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "f": "ef",
    "g": "jee", "h": "hed", "i": "eye", "j": "jay", "k": "kay", "l": "el",
    "m": "em", "n": "en", "o": "oh", "p": "pee", "q": "kiew", "r": "ar",
    "s": "es", "t": "tee", "u": "you", "v": "wee", "w": "dubberyu",
    "x": "eks", "y": "why", "z": "zed",
}
LETTER_OF = {v: k for k, v in LETTER.items()}

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
              "seventy": 7, "eighty": 8, "ninety": 9}
TENS_OF = {v: k for k, v in TENS_WORDS.items()}
NUM_WORDS = set(DIGIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS) | {"hundred", "thousand"}

# character(s) -> what this speaker says in the clean protocol (longest first)
SYMBOLS = [
    ("&&", "and and"), (">>", "append"), ("--", "dash dash"), ("||", "pipe pipe"),
    ("..", "dot dot"),
    ("-", "dash"), (".", "dot"), ("/", "slash"), ("\\", "backslash"),
    ("~", "tilde"), ('"', "quote"), ("'", "single quote"), ("`", "backtick"),
    (":", "colon"), (";", "semicolon"), ("_", "underscore"), ("=", "equals"),
    ("|", "pipe"), (",", "comma"), ("@", "at sign"), ("&", "ampersand"),
    ("+", "plus"), ("!", "bang"), ("*", "star"), ("%", "percent"),
    ("^", "caret"), ("$", "dollar"), ("#", "hash"), ("?", "question mark"),
    ("(", "open paren"), (")", "close paren"), ("[", "open bracket"),
    ("]", "close bracket"), ("{", "open brace"), ("}", "close brace"),
    ("<", "less than"), (">", "redirect"),
]
SYMBOL_SAY = dict(SYMBOLS)

# spoken phrase -> text, for the listener (decode)
PHRASES = {
    ("and", "and"): "&&", ("single", "quote"): "'", ("at", "sign"): "@",
    ("question", "mark"): "?", ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "brace"): "{", ("close", "brace"): "}", ("less", "than"): "<",
}
SINGLE_SYMBOL_WORDS = {
    "dash": "-", "dot": ".", "slash": "/", "backslash": "\\", "tilde": "~",
    "quote": '"', "backtick": "`", "colon": ":", "semicolon": ";",
    "underscore": "_", "equals": "=", "pipe": "|", "comma": ",",
    "ampersand": "&", "plus": "+", "bang": "!", "star": "*", "percent": "%",
    "caret": "^", "dollar": "$", "hash": "#", "redirect": ">", "append": ">>",
}
SYMBOL_NAMES = set(SINGLE_SYMBOL_WORDS) | {"minus", "hyphen", "period", "point",
                                           "asterisk", "at", "equal", "and"}
CASE_STYLES = ("camel", "snake", "pascal", "kebab", "screaming")

# Words that a listener who knows the protocol facts would hear as protocol.
# When the command contains one of them as a plain word, the speaker says
# "literal" first ("literal pipe" -> pipe).
RESERVED = (
    set(LETTER_OF) | NUM_WORDS | set(SINGLE_SYMBOL_WORDS) | {
        "minus", "hyphen", "period", "point", "forward", "asterisk", "at",
        "sign", "equal", "single", "double", "question", "paren", "brace",
        "curly", "bracket", "angle", "than", "greater", "and", "space",
        "literal", "capital", "caps", "case",
    }
)

# Words this speaker says as words (beyond the plain English words he reads
# every day in the tldr descriptions).  Everything else is spelled.
EXTRA_WORDS = """
alice bob docker git github gitlab sudo cat curl demo docs notes photo linux
ubuntu fedora alpine apple arch bootstrap brew bundle burn cargo chain clone
close compile compute connect deploy describe dev dir edit erase exec express
fetch flask flux fork freeze gallery gnome good grafana grant handle head hub
hunter idea ignore kill kind lambda latex launch less lint look lower markdown
mate melt mirror mix modify move nano nginx ninja orange packer paper paste pick
pickle pie pig pin player poetry python quick rails rebase reboot refresh
render rename reset resize restore resume reuse rewind ring row scrape select
serve sleep slides snap something spotify stash step strip submit switch sync
symlink tape terraform tidy todo toilet tool toolbox touch true false undo
uninstall unzip upgrade upper vagrant validate var vim watch website wine zip
backups buckets channels contexts excludes orders topics iterations projects
developers deployment redis sed grep kube pod man bin lib opt home root mongo
import box manage alien atom ask bear blend blender bold burst call chars
clip comp cont cron crop crush cosign cost def del delta depot dict dist
dock edit enter factorio fast fix flash fold foo gallery gem gen geo get gnu
grim grub hello helm hog hogs hunter keygen knock lime lint locust loop
magick mango melt meteor mini mirror mode mosh mount my
new newkey nice ouch pack pin pipx pixi pocket pro profiler publisher pull
push racket rawhide reach ready reap rec recurse release remap reserve resample
rewind rust rusty scan shred silicon simple since sink skate skyline sleep
sock socks solo spy stern stolon sum swap swagger talos tail tap tee thrift
tidy toilet touch trash trending tuned uniq unix upstream valkey vendor vera
viewer wave west east north south wiggle windows yank yarn zap zone zoom
burp suite cheat chat code cloud server local host user users group watch
planet neo fetch screen term bear chrome fire fox firefox office sock play
video scale spell reddit elastic declare decode discover approve initialize
recursive deflate highlight submission minified say wonder shaper sherlock
slack thing better concat unalias alias compress matrix property media
""".split()

# description words he would not use as a piece of a longer name
VOCAB_DROP = set("created codes videos has glob rate valid are its don".split())

# Pronounceable-looking words he still spells, because saying them as a word
# would be heard as something else ("temp", "jason", "et cetera" ...).
SPELL_ALWAYS = set("""
adoc btrfs dts doctl etc gpg html https http ietf jpg jpeg js json ls pdf py qmake
src txt twurl uuencode com db id ip inc org usr tmp ssh sshd sql csv xml png
svg gif mp mkv iso deb rpm apt npm pip yml ini cfg conf env lvm tcp udp dns url
uri api cpu gpu ram vm ca crt pem txz tgz gz xz bz dtb rle pnm ppm pgm pbm pam
tga wbmp xpm xbm pcx cli ctl sh md rs ts tsx jsx php yaml ps ff tty uniq docx
""".split())

PIECE_SHORT = {"to", "my", "go", "up"}  # two-letter words allowed inside a run


def load_pool():
    with open(POOL, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def build_vocab(pool):
    counts = {}
    for row in pool:
        for w in re.findall(r"[A-Za-z]+", row["description"]):
            if w.islower():
                counts[w] = counts.get(w, 0) + 1
    words = {w for w, c in counts.items() if c >= 2 and len(w) >= 3}
    words |= set(EXTRA_WORDS)
    words |= {"to", "in", "on", "up", "go", "of", "no", "do", "it", "is", "by",
              "or", "my", "me", "we", "so", "as"}
    vocab = set()
    for w in words:
        if w in RESERVED or w in SPELL_ALWAYS or w in VOCAB_DROP:
            continue
        if not re.search(r"[aeiouy]", w):
            continue
        vocab.add(w)
    return vocab


# ---------------------------------------------------------------------------
# Encoder: command -> tokens -> items (what the speaker says, structurally)
# ---------------------------------------------------------------------------

RUN_RES = [
    ("screaming", re.compile(r"(?<![A-Za-z0-9_])[A-Z]+(?:_[A-Z]+)+(?![A-Za-z0-9_])")),
    ("snake", re.compile(r"(?<![A-Za-z0-9_])[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9_])")),
    ("camel", re.compile(r"(?<![A-Za-z0-9_])[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z0-9_])")),
    ("pascal", re.compile(r"(?<![A-Za-z0-9_])(?:[A-Z][a-z]+){2,}(?![A-Za-z0-9_])")),
]
CASE_SEG = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


class Encoder:
    def __init__(self, vocab):
        self.vocab = vocab
        self._seg_cache = {}

    def is_word(self, s, piece=False):
        if s in RESERVED:
            return False
        if s in self.vocab:
            return True
        return not piece and len(s) >= 4 and s.endswith("s") and s[:-1] in self.vocab

    def seg_lower(self, s):
        """Split a lower-case letter run into spoken pieces."""
        if s in self._seg_cache:
            return self._seg_cache[s]
        if s in RESERVED:
            res = [("lit", s)]
        elif self.is_word(s):
            res = [("word", s)]
        else:
            n = len(s)
            best = [None] * (n + 1)
            best[0] = (0.0, 0, [])
            for i in range(n):
                if best[i] is None:
                    continue
                cost, pieces, items = best[i]
                for j in range(i + 1, n + 1):
                    sub = s[i:j]
                    opts = []
                    if self.is_word(sub, piece=True) and (len(sub) >= 4 or sub in PIECE_SHORT
                                              or (len(sub) == 3 and (i == 0 or j == n))):
                        opts.append((1.6, ("word", sub)))
                    if sub in RESERVED and len(sub) >= 4 and sub not in NUM_WORDS:
                        opts.append((4.1, ("lit", sub)))
                    if not (items and items[-1][0] == "spell"):
                        opts.append((len(sub) + 1.0, ("spell", sub)))
                    for c, it in opts:
                        cand = (cost + c, pieces + 1, items + [it])
                        if best[j] is None or (cand[0], cand[1]) < (best[j][0], best[j][1]):
                            best[j] = cand
            res = best[n][2]
        self._seg_cache[s] = res
        return res

    def alpha_items(self, run):
        items = []
        for seg in CASE_SEG.findall(run):
            if seg.islower():
                items.extend(self.seg_lower(seg))
            elif len(seg) >= 2 and seg.isupper():
                low = seg.lower()
                if low in RESERVED:
                    items.append(("caps", ("lit", low)))
                elif low in self.vocab:
                    items.append(("caps", ("word", low)))
                else:
                    items.append(("caps", ("spell", low)))
            else:  # one capital letter, maybe followed by lower case
                if len(seg) == 1:
                    items.append(("cap", ("spell", seg.lower())))
                    continue
                parts = self.seg_lower(seg.lower())
                first = parts[0]
                if first[0] == "spell" and len(first[1]) > 1:
                    items.append(("cap", ("spell", first[1][0])))
                    items.append(("spell", first[1][1:]))
                else:
                    items.append(("cap", first))
                items.extend(parts[1:])
        return items

    def run_ok(self, words):
        return len(words) >= 2 and all(self.is_word(w) for w in words)

    def encode_token(self, tok):
        items = []
        i = 0
        while i < len(tok):
            hit = None
            for style, rx in RUN_RES:
                m = rx.match(tok, i)
                if not m:
                    continue
                text = m.group(0)
                if style in ("snake", "screaming"):
                    words = [w.lower() for w in text.split("_")]
                else:
                    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+", text)]
                if self.run_ok(words):
                    hit = ("run", style, tuple(words), text)
                    break
            if hit:
                items.append(hit)
                i += len(hit[3])
                continue
            m = re.compile(r"[0-9]+").match(tok, i)
            if m:
                items.append(("num", m.group(0)))
                i = m.end()
                continue
            m = re.compile(r"[A-Za-z]+").match(tok, i)
            if m:
                items.extend(self.alpha_items(m.group(0)))
                i = m.end()
                continue
            for sym, _say in SYMBOLS:
                if tok.startswith(sym, i):
                    items.append(("sym", sym))
                    i += len(sym)
                    break
            else:
                raise ValueError("cannot say %r in %r" % (tok[i], tok))
        return items

    def encode(self, command):
        return [self.encode_token(t) for t in command.split(" ")]


def say_number(digits):
    """How this speaker reads a digit run in the clean protocol."""
    n = int(digits)
    if len(digits) == 1:
        return [DIGIT_WORDS[n]]
    if digits[0] == "0":
        return [DIGIT_WORDS[int(d)] for d in digits]
    if len(digits) == 2:
        return two_digit(n)
    if len(digits) == 3 and n % 100 == 0:
        return [DIGIT_WORDS[n // 100], "hundred"]
    if len(digits) == 4 and n % 1000 == 0:
        return [DIGIT_WORDS[n // 1000], "thousand"]
    if len(digits) == 4 and int(digits[2:]) >= 10:
        return two_digit(int(digits[:2])) + two_digit(int(digits[2:]))
    return [DIGIT_WORDS[int(d)] for d in digits]


def two_digit(n):
    if n < 10:
        return [DIGIT_WORDS[n]]
    if n < 20:
        return [TEEN_WORDS[n - 10]]
    t, u = divmod(n, 10)
    return [TENS_OF[t]] + ([DIGIT_WORDS[u]] if u else [])


def clean_item(it):
    kind = it[0]
    if kind == "sym":
        return SYMBOL_SAY[it[1]]
    if kind == "word":
        return it[1]
    if kind == "lit":
        return "literal " + it[1]
    if kind == "spell":
        return " ".join(LETTER[c] for c in it[1])
    if kind == "num":
        return " ".join(say_number(it[1]))
    if kind == "cap":
        return "capital " + clean_item(it[1])
    if kind == "caps":
        return "all caps " + clean_item(it[1])
    if kind == "run":
        return it[1] + " case " + " ".join(it[2])
    raise ValueError(kind)


def clean_say(tokens):
    return " space ".join(" ".join(clean_item(it) for it in tok) for tok in tokens)


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

def parse_number(words):
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in DIGIT_WORDS:
            d = DIGIT_WORDS.index(w)
            if nxt == "hundred":
                out.append(str(d * 100))
                i += 2
                continue
            if nxt == "thousand":
                out.append(str(d * 1000))
                i += 2
                continue
            out.append(str(d))
        elif w in TEEN_WORDS:
            out.append(str(10 + TEEN_WORDS.index(w)))
        elif w in TENS_WORDS:
            t = TENS_WORDS[w]
            if nxt in DIGIT_WORDS and nxt != "zero":
                out.append(str(t * 10 + DIGIT_WORDS.index(nxt)))
                i += 2
                continue
            out.append(str(t * 10))
        else:  # a stray "hundred"/"thousand"
            out.append({"hundred": "100", "thousand": "1000"}[w])
        i += 1
    return "".join(out)


def decode(text):
    """Rebuild the command from a clean-protocol transcript."""
    w = text.split()
    out = []
    i = 0
    n = len(w)

    def at(k):
        return w[k] if k < n else None

    while i < n:
        x = w[i]
        if x == "space":
            out.append(" ")
            i += 1
        elif x in NUM_WORDS:
            j = i
            while j < n and w[j] in NUM_WORDS:
                j += 1
            out.append(parse_number(w[i:j]))
            i = j
        elif x == "literal":
            out.append(w[i + 1])
            i += 2
        elif x == "capital":
            y = w[i + 1]
            if y == "literal":
                z = w[i + 2]
                out.append(z[0].upper() + z[1:])
                i += 3
            elif y in LETTER_OF:
                out.append(LETTER_OF[y].upper())
                i += 2
            else:
                out.append(y[0].upper() + y[1:])
                i += 2
        elif x == "all" and at(i + 1) == "caps":
            i += 2
            if w[i] == "literal":
                out.append(w[i + 1].upper())
                i += 2
            elif w[i] in LETTER_OF:
                while i < n and w[i] in LETTER_OF:
                    out.append(LETTER_OF[w[i]].upper())
                    i += 1
            else:
                out.append(w[i].upper())
                i += 1
        elif x in CASE_STYLES and at(i + 1) == "case":
            i += 2
            words = []
            while i < n and w[i] not in RESERVED and (w[i], at(i + 1)) not in PHRASES \
                    and (w[i], at(i + 1)) != ("all", "caps") \
                    and not (w[i] in CASE_STYLES and at(i + 1) == "case"):
                words.append(w[i])
                i += 1
            if x == "snake":
                out.append("_".join(words))
            elif x == "screaming":
                out.append("_".join(words).upper())
            elif x == "kebab":
                out.append("-".join(words))
            elif x == "camel":
                out.append(words[0] + "".join(v.capitalize() for v in words[1:]))
            else:
                out.append("".join(v.capitalize() for v in words))
        elif (x, at(i + 1)) in PHRASES:
            out.append(PHRASES[(x, at(i + 1))])
            i += 2
        elif x in SINGLE_SYMBOL_WORDS:
            out.append(SINGLE_SYMBOL_WORDS[x])
            i += 1
        elif x in LETTER_OF:
            out.append(LETTER_OF[x])
            i += 1
        else:
            out.append(x)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# main (renderers are added below)
# ---------------------------------------------------------------------------
# ---------------------------------------------------------------------------
# Whisper / loose-speech renderers
# ---------------------------------------------------------------------------

# how Whisper writes this speaker's letter names (upper-case letter first,
# it is by far the most common)
WHISPER_LETTER = {
    "a": ["A", "A", "A", "ay", "eh"], "b": ["B", "B", "B", "bee", "be"],
    "c": ["C", "C", "C", "see", "sea"], "d": ["D", "D", "D", "dee"],
    "e": ["E", "E", "E", "ee"], "f": ["F", "F", "F", "ef", "eff"],
    "g": ["G", "G", "G", "gee", "jee"], "h": ["H", "H", "hed", "het", "hed"],
    "i": ["I", "I", "I", "eye"], "j": ["J", "J", "J", "jay"],
    "k": ["K", "K", "K", "kay"], "l": ["L", "L", "L", "el", "elle"],
    "m": ["M", "M", "M", "em"], "n": ["N", "N", "N", "en"],
    "o": ["O", "O", "O", "oh"], "p": ["P", "P", "P", "pee"],
    "q": ["Q", "Q", "kiew", "kiu", "queue"], "r": ["R", "R", "R", "ar", "are"],
    "s": ["S", "S", "S", "es", "ess"], "t": ["T", "T", "T", "tee", "tea"],
    "u": ["U", "U", "U", "you"], "v": ["V", "V", "wee", "wee", "we"],
    "w": ["W", "W", "dub-ber-yu", "dubberyu", "double you"],
    "x": ["X", "X", "eks", "ex", "eks"], "y": ["Y", "Y", "Y", "why"],
    "z": ["Z", "Z", "zed", "zed", "zet"],
}


HOMOPHONES = {
    "to": ["too", "two"], "too": ["to"], "write": ["right"], "new": ["knew"], "root": ["route"],
    "for": ["four"], "main": ["Maine"], "sync": ["sink"], "mail": ["male"],
    "cache": ["cash"], "site": ["sight"], "know": ["no"], "by": ["buy"],
    "whole": ["hole"], "hour": ["our"], "week": ["weak"], "sum": ["some"],
    "seen": ["scene"], "pair": ["pear"], "tail": ["tale"], "rest": ["wrest"],
    "plain": ["plane"], "role": ["roll"], "hello": ["hallo"], "alice": ["Alice"],
    "bob": ["Bob"], "docker": ["Docker"], "python": ["Python"], "git": ["Git"],
    "ubuntu": ["Ubuntu"], "linux": ["Linux"], "github": ["GitHub"],
    "fedora": ["Fedora"], "java": ["Java"], "grafana": ["Grafana"],
    "spotify": ["Spotify"], "windows": ["Windows"], "flask": ["Flask"],
}

# compounds Whisper likes to split into two words
SPLITS = {
    "username": "user name", "hostname": "host name", "timeout": "time out",
    "keystore": "key store", "wordlist": "word list", "filename": "file name",
    "localhost": "local host", "database": "data base", "backup": "back up",
    "screenshot": "screen shot", "toolchain": "tool chain", "readonly": "read only",
    "download": "down load", "upload": "up load", "workspace": "work space",
    "tarball": "tar ball", "keyboard": "key board", "subvolume": "sub volume",
    "filenames": "file names", "overwrite": "over write", "offline": "off line",
    "playbook": "play book", "checkout": "check out", "setup": "set up",
    "metadata": "meta data", "output": "out put", "input": "in put",
}

FUZZY_SYM = {
    "-": ["dash"] * 6 + ["minus", "minus", "hyphen"],
    "--": ["dash dash", "dash dash", "dash-dash", "double dash", "minus minus", "dash, dash"],
    ".": ["dot"] * 5 + ["period", "point", "dot"],
    "..": ["dot dot", "dot-dot", "period period"],
    "/": ["slash"] * 5 + ["forward slash", "forward slash", "forward-slash"],
    "\\": ["backslash", "back slash"],
    "~": ["tilde", "tilde", "tilda"],
    '"': ["quote", "quote", "quotes", "double quote"],
    "'": ["single quote", "single-quote"],
    "`": ["backtick", "back tick"],
    ":": ["colon", "colon", "Colon"],
    ";": ["semicolon", "semi colon"],
    "_": ["underscore", "underscore", "under score"],
    "=": ["equals", "equals", "equal", "equals sign", "equal sign"],
    "|": ["pipe", "pipe", "Pipe"],
    "||": ["pipe pipe", "pipe, pipe"],
    ",": ["comma"],
    "@": ["at sign", "at sign", "at"],
    "&": ["ampersand"],
    "&&": ["and and", "and, and", "double ampersand"],
    "+": ["plus"],
    "!": ["bang"],
    "*": ["star", "star", "asterisk"],
    "%": ["percent", "per cent"],
    "^": ["caret", "carrot"],
    "$": ["dollar", "dollar sign"],
    "#": ["hash", "hash"],
    "?": ["question mark"],
    "(": ["open paren", "open parenthesis"],
    ")": ["close paren", "close parenthesis"],
    "[": ["open bracket", "open square bracket"],
    "]": ["close bracket", "close square bracket"],
    "{": ["open brace", "open curly brace"],
    "}": ["close brace", "close curly brace"],
    "<": ["less than", "less-than"],
    ">": ["redirect", "redirect", "greater than"],
    ">>": ["append", "append", "double greater than"],
}

# loose names this speaker uses when he is not careful (natural / chaotic);
# the odd ones are his accent: epenthetic vowel ("salash"), r/l swap
# ("coron", "prus"), final l heard as n ("capitan")
LOOSE_SYM = {
    "-": ["dash"] * 7 + ["minus", "minus", "hyphen"],
    "--": ["dash dash"] * 4 + ["double dash", "double dash", "minus minus"],
    ".": ["dot"] * 6 + ["point", "period"],
    "..": ["dot dot"],
    "/": ["slash"] * 6 + ["salash", "sa-lash", "forward slash", "forward slash"],
    "\\": ["backslash"],
    "~": ["tilde", "tilde", "tilda"],
    "'": ["single quote"],
    "`": ["backtick"],
    ":": ["colon", "colon", "coron"],
    ";": ["semicolon"],
    "_": ["underscore", "underscore", "under score"],
    "=": ["equals", "equal", "equal sign"],
    "|": ["pipe", "pipe", "pipe to"],
    "||": ["pipe pipe", "double pipe"],
    ",": ["comma"],
    "@": ["at", "at sign"],
    "&": ["ampersand"],
    "&&": ["and and", "double ampersand"],
    "+": ["plus", "prus"],
    "!": ["bang"],
    "*": ["star", "star", "asterisk", "sa-tar"],
    "%": ["percent"],
    "^": ["caret"],
    "$": ["dollar", "dollar sign"],
    "#": ["hash"],
    "?": ["question mark"],
    "(": ["open paren"],
    ")": ["close paren"],
    "[": ["open bracket", "open square bracket"],
    "]": ["close bracket", "close square bracket"],
    "{": ["open curly", "open brace"],
    "}": ["close curly", "close brace"],
    "<": ["less than"],
    ">": ["greater than", "redirect", "redirect to"],
    ">>": ["append", "append to", "double greater than"],
}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def whisper_number(digits, rng, spoken_words_p, spaced_ok=True):
    """Whisper's writing of one digit run (numerals most of the time)."""
    words = say_number(digits)
    r = rng.random()
    if r < spoken_words_p:
        return " ".join(words)
    if len(digits) == 1:
        return digits if rng.random() < 0.5 else DIGIT_WORDS[int(digits)]
    if spaced_ok and len(words) == len(digits) and len(digits) > 2 and rng.random() < 0.25:
        return " ".join(digits)
    if len(digits) == 4 and digits.endswith("000") and rng.random() < 0.4:
        return digits[0] + "," + digits[1:]
    if spaced_ok and len(digits) == 4 and len(words) in (2, 3, 4) and "thousand" not in words \
            and rng.random() < 0.2:
        return digits[:2] + " " + digits[2:]
    return digits


def whisper_letters(s, rng, glue_p):
    forms = [pick(rng, WHISPER_LETTER[c]) for c in s]
    if all(len(f) == 1 for f in forms) and len(forms) > 1:
        r = rng.random()
        if r < glue_p:
            return "".join(forms)
        if r < glue_p + 0.08:
            return "-".join(forms)
    return " ".join(forms)


def fuzzy_item(it, rng):
    kind = it[0]
    if kind == "sym":
        return pick(rng, FUZZY_SYM[it[1]])
    if kind == "word":
        w = it[1]
        if w in SPLITS and rng.random() < 0.35:
            return SPLITS[w]
        if w in HOMOPHONES and rng.random() < 0.3:
            return pick(rng, HOMOPHONES[w])
        return w
    if kind == "lit":
        return pick(rng, ["literal ", "literal ", "Literal ", "literal, ", "literally "]) + it[1]
    if kind == "spell":
        return whisper_letters(it[1], rng, 0.45)
    if kind == "num":
        return whisper_number(it[1], rng, 0.25)
    if kind == "cap":
        sub = it[1]
        cue = pick(rng, ["capital", "capital", "Capital", "capital"])
        if sub[0] == "spell":
            return cue + " " + pick(rng, [sub[1].upper(), sub[1].upper(), sub[1]])
        word = sub[1]
        return cue + " " + pick(rng, [word, word.capitalize()]) if sub[0] == "word" else cue + " literal " + word
    if kind == "caps":
        sub = it[1]
        cue = pick(rng, ["all caps", "all caps", "all-caps", "All caps", "all cap"])
        if sub[0] == "spell":
            return cue + " " + whisper_letters(sub[1], rng, 0.6)
        if sub[0] == "lit":
            return cue + " literal " + sub[1]
        return cue + " " + pick(rng, [sub[1], sub[1].upper()])
    if kind == "run":
        style, words, text = it[1], it[2], it[3]
        cue = pick(rng, [style + " case", style + " case", style.capitalize() + " case",
                         style + "case", style + "-case"])
        if rng.random() < 0.15:
            return cue + " " + text  # Whisper formats the run itself
        return cue + " " + " ".join(words)
    raise ValueError(kind)


def fuzzy_line(tokens, rng):
    out = []
    for ti, tok in enumerate(tokens):
        if ti:
            r = rng.random()
            if r < 0.12:
                out.append("space,")
            elif r < 0.2:
                out.append("space.")
            elif r < 0.25:
                out.append("Space")
            elif r < 0.28:
                out.append("spaces")
            else:
                out.append("space")
        for it in tok:
            out.append(fuzzy_item(it, rng))
    text = " ".join(out)
    # after "space." Whisper starts a new sentence
    text = re.sub(r"\. ([a-z])", lambda m: ". " + m.group(1).upper(), text)
    if rng.random() < 0.8:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.55:
        text += "."
    return text


# -- natural style ---------------------------------------------------------

GLUE = "\x00"


def nat_item(it, rng, pos, tok):
    """Loose rendering of one item; returns a list of strings.  A string that
    starts with GLUE is written by Whisper glued to its neighbours."""
    kind = it[0]
    if kind == "sym":
        s = it[1]
        if s == '"':
            if pos == 0:
                return [pick(rng, ["quote", "quote", "open quote", "double quote"])]
            return [pick(rng, ["quote", "close quote", "end quote", "unquote"])]
        if s == "." and 0 < pos < len(tok) - 1 and tok[pos - 1][0] in ("word", "spell", "num") \
                and tok[pos + 1][0] in ("word", "spell", "num") and rng.random() < 0.3:
            return [GLUE + "."]
        return [pick(rng, LOOSE_SYM[s])]
    if kind == "word":
        w = it[1]
        if w in SPLITS and rng.random() < 0.25:
            return [SPLITS[w]]
        if w in HOMOPHONES and w != "to" and rng.random() < 0.2:
            return [pick(rng, HOMOPHONES[w])]
        return [w]
    if kind == "lit":
        w = it[1]
        if w in SYMBOL_NAMES:
            keep = 0.85
        elif w in LETTER_OF or w in NUM_WORDS:
            keep = 0.5
        else:
            keep = 0.2
        return ["literal " + w] if rng.random() < keep else [w]
    if kind == "spell":
        return [whisper_letters(it[1], rng, 0.6)]
    if kind == "num":
        return [whisper_number(it[1], rng, 0.1, spaced_ok=False)]
    if kind == "cap":
        sub = it[1]
        cue = pick(rng, ["capital", "capital", "capital", "Capital", "capitan", "big"])
        if sub[0] == "spell":
            return [cue + " " + sub[1].upper()]
        return [cue + " " + sub[1]]
    if kind == "caps":
        sub = it[1]
        if rng.random() < 0.35:
            return [sub[1].upper()]
        if sub[0] == "spell":
            return ["all caps " + whisper_letters(sub[1], rng, 0.7)]
        return ["all caps " + sub[1]]
    if kind == "run":
        style, words, text = it[1], it[2], it[3]
        r = rng.random()
        if r < 0.45:
            return [style + " case " + " ".join(words)]
        if r < 0.6:
            return [text]
        if style == "snake":
            return [(" " + pick(rng, ["underscore", "under score"]) + " ").join(words)]
        if style == "camel":
            return [words[0] + " " + " ".join("capital " + w for w in words[1:])]
        if style == "pascal":
            return [" ".join("capital " + w for w in words)]
        return [" underscore ".join("all caps " + w for w in words)]
    raise ValueError(kind)


def nat_token(tok, rng):
    raw = "".join(token_text(tok))
    # a dotted number (an address, a version) is written by Whisper as is
    if re.fullmatch(r"[0-9]+(\.[0-9]+)+", raw) and rng.random() < 0.7:
        return raw
    if len(tok) == 1 and tok[0][0] == "spell" and len(tok[0][1]) > 1:
        # a spelled command or flag word: Whisper writes it like "LS", "BQ"
        return tok[0][1].upper()
    parts = []
    for pos, it in enumerate(tok):
        parts.extend(nat_item(it, rng, pos, tok))
    out = ""
    glue_next = False
    for p in parts:
        if p.startswith(GLUE):
            out += p[1:]
            glue_next = True
            continue
        if glue_next:
            out += p
            glue_next = False
        else:
            out += (" " if out else "") + p
    return out


def token_text(tok):
    out = []
    for it in tok:
        out.append(item_text(it))
    return out


def item_text(it):
    kind = it[0]
    if kind in ("sym", "word", "lit", "spell", "num"):
        return it[1]
    if kind == "cap":
        t = item_text(it[1])
        return t[0].upper() + t[1:]
    if kind == "caps":
        return item_text(it[1]).upper()
    if kind == "run":
        return it[3]
    raise ValueError(kind)


OPENERS = [
    "Okay na, ", "Okay na, ", "Er, next one khrap, ", "Nong, type for me na, ",
    "Ah, the command is ", "Okay okay, ", "So, er, ", "This one na, ",
    "Please type, ", "Khrap, ", "Ah, okay, run ", "Er, ", "Next one na, ",
    "Okay, for this ticket, ",
]
SIGNOFFS = [
    " khrap.", " na.", ", like that.", ", like that na.", ". Okay khrap, thank you.",
    ", that's all.", ". Sabai sabai.", ", done na.", " khrap, thank you na.",
]
FILLERS = ["er", "er", "ah", "na", "eh", "er, like that"]


def natural_body(tokens, rng, filler_p=0.1):
    pieces = []
    for ti, tok in enumerate(tokens):
        if ti and rng.random() < filler_p:
            pieces.append(", " + pick(rng, FILLERS) + ", ")
        elif ti:
            pieces.append(" ")
        pieces.append(nat_token(tok, rng))
    return "".join(pieces)


def wrap_natural(body, rng, open_p=0.85, sign_p=0.55):
    text = body
    if rng.random() < open_p:
        text = pick(rng, OPENERS) + text
    if rng.random() < sign_p:
        text = text + pick(rng, SIGNOFFS)
    elif rng.random() < 0.5:
        text += "."
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[0].upper() + text[1:]


def natural_line(tokens, rng):
    return wrap_natural(natural_body(tokens, rng), rng)


# -- chaotic ----------------------------------------------------------------

ANTONYMS = {
    "push": "pull", "pull": "push", "start": "stop", "stop": "start",
    "add": "remove", "remove": "add", "create": "delete", "delete": "create",
    "list": "show", "show": "list", "enable": "disable", "disable": "enable",
    "on": "off", "off": "on", "get": "set", "set": "get", "install": "uninstall",
    "uninstall": "install", "open": "close", "close": "open", "import": "export",
    "export": "import", "read": "write", "write": "read", "up": "down",
    "down": "up", "true": "false", "false": "true", "input": "output",
    "output": "input", "alice": "bob", "bob": "alice", "upload": "download",
    "download": "upload", "encrypt": "decrypt", "decrypt": "encrypt",
    "lock": "unlock", "unlock": "lock", "mount": "umount", "before": "after",
    "after": "before", "server": "client", "client": "server", "run": "exec",
    "new": "old", "main": "master", "master": "main", "foo": "bar", "bar": "foo",
    "docs": "src", "src": "docs", "tmp": "var", "data": "docs", "backup": "backups",
    "report": "record", "notes": "note", "photo": "photos", "config": "conf",
    "test": "tests", "demo": "dev", "hello": "hi", "user": "users",
}
WRONG_DIRS = ["docs", "src", "tmp", "data", "backup", "projects", "etc", "var"]
WRONG_EXTS = ["txt", "pdf", "png", "json", "log", "conf", "tar", "zip", "csv", "yaml"]
WRONG_NUMS = ["1", "2", "3", "5", "8", "10", "20", "30", "50", "100", "443", "8080"]


def mutate(tok, rng, long_flags):
    """A plausible wrong version of one shell word (never equal to it)."""
    cands = []
    m = re.fullmatch(r"-([A-Za-z])", tok)
    if m:
        letters = "abcdefhilmnoprstuvx"
        c = pick(rng, [x for x in letters if x != m.group(1).lower()])
        cands.append("-" + (c.upper() if m.group(1).isupper() else c))
    elif re.fullmatch(r"-[A-Za-z]{2,}", tok):
        k = 1 + rng.randrange(len(tok) - 1)
        c = pick(rng, [x for x in "aflnrsvx" if x != tok[k].lower()])
        cands.append(tok[:k] + c + tok[k + 1:])
    elif re.fullmatch(r"--[a-z][a-z0-9-]*(=.*)?", tok):
        name, eq, rest = tok[2:].partition("=")
        other = pick(rng, [f for f in long_flags if f != name])
        cands.append("--" + other + eq + rest)
    elif re.fullmatch(r"[0-9]+", tok):
        cands.append(pick(rng, [n for n in WRONG_NUMS if n != tok]))
    elif tok in ANTONYMS:
        cands.append(ANTONYMS[tok])
    else:
        m = re.search(r"\.([a-z0-9]+)$", tok)
        if m and "/" not in tok[m.start():] and m.start() > 0:
            cands.append(tok[:m.start() + 1] + pick(rng, [e for e in WRONG_EXTS if e != m.group(1)]))
        comps = re.findall(r"(?<![A-Za-z0-9])[a-z]{3,}(?![A-Za-z0-9])", tok)
        for c in comps:
            if c in ANTONYMS:
                cands.append(re.sub(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % c, ANTONYMS[c], tok, count=1))
                break
        if "/" in tok:
            parts = tok.split("/")
            idx = [i for i, p in enumerate(parts) if re.fullmatch(r"[a-z]+", p)]
            if idx:
                i = pick(rng, idx)
                parts[i] = pick(rng, [d for d in WRONG_DIRS if d != parts[i]])
                cands.append("/".join(parts))
    cands = [c for c in cands if c != tok]
    if not cands:
        return None
    return pick(rng, cands)


CORRECTIONS = ["mai chai", "mai chai", "no no", "no no", "sorry sorry", "mai chai na",
               "eh, mai chai", "no no no", "sorry sorry, mai chai"]
CHANGE_TO = ["sorry, change to", "no no, change to", "mai chai, change to", "change to",
             "er, change to"]
RESTARTS = ["sorry sorry, start again na.", "no no, from the start na.",
            "mai chai, again again.", "ah sorry, all again khrap.",
            "wait wait, mai chai, start again."]
ASIDES = ["hold on na, phone ringing... okay okay,", "er, wait, my coffee... okay,",
          "sabai sabai,", "aiyo, so many tickets today,",
          "this one for the backup server na,", "wait, P'Nok calling... okay, I'm back,",
          "er, where was I, ah yes,", "let me check the ticket, er,",
          "mm, one moment na,", "sabai sabai, no rush,"]


def chaotic_line(command, tokens, enc, rng, long_flags):
    raw = command.split(" ")
    parts = [nat_token(t, rng) for t in tokens]
    n = len(raw)

    def say(tok_text):
        return nat_token(enc.encode_token(tok_text), rng)

    # the main trouble: one correction, at word, flag or whole-command scope
    options = []
    for j in range(1, n):
        if mutate(raw[j], random.Random(j), long_flags) is not None:
            options.append(("token", j))
            if raw[j - 1].startswith("-") and not raw[j].startswith("-"):
                options.append(("flag", j - 1))
                options.append(("value", j))
            if re.search(r"[A-Za-z0-9]\.[a-z0-9]+$", raw[j]):
                options.append(("ext", j))
    options.append(("whole", None))
    kinds = sorted({k for k, _ in options})
    kind = pick(rng, kinds)
    where = pick(rng, [j for k, j in options if k == kind])
    prefix = ""
    if kind == "token":
        wrong = mutate(raw[where], rng, long_flags)
        parts[where] = say(wrong) + ", " + pick(rng, CORRECTIONS) + ", " + parts[where]
    elif kind == "value":
        wrong = mutate(raw[where], rng, long_flags)
        parts[where] = say(wrong) + ", " + pick(rng, CHANGE_TO) + " " + parts[where]
    elif kind == "flag":
        j = where
        if rng.random() < 0.5 and mutate(raw[j], rng, long_flags):
            wf, wv = mutate(raw[j], rng, long_flags), raw[j + 1]
        else:
            wf, wv = raw[j], mutate(raw[j + 1], rng, long_flags)
        parts[j] = say(wf) + " " + say(wv) + ", " + pick(rng, CORRECTIONS) + ", " + parts[j]
    elif kind == "ext":
        m = re.search(r"\.([a-z0-9]+)$", raw[where])
        wrong = raw[where][:m.start() + 1] + pick(rng, [e for e in WRONG_EXTS if e != m.group(1)])
        parts[where] = say(wrong) + ", " + pick(rng, CORRECTIONS) + ", " + \
            pick(rng, ["dot", "dot", "point"]) + " " + say(m.group(1))
    else:  # whole command: a false start with a wrong word, then all again
        k = min(n, 1 + rng.randrange(3))
        false = raw[:k]
        j = rng.randrange(k)
        wrong = mutate(false[j], rng, long_flags) if j else None
        if wrong:
            false[j] = wrong
        elif n > k:
            false = raw[:k + 1]
            w2 = mutate(false[k], rng, long_flags)
            if w2:
                false[k] = w2
        prefix = " ".join(say(t) for t in false) + "... " + pick(rng, RESTARTS) + " "

    # extras: a stutter on the first word, an aside, more fillers
    if rng.random() < 0.35:
        first = parts[0]
        head = tokens[0][0]
        if head[0] == "word" and len(head[1]) >= 5 and first.startswith(head[1]) and rng.random() < 0.6:
            parts[0] = head[1][: 3 + rng.randrange(2)] + "- " + first
        else:
            parts[0] = first + ", " + first
    if n > 2 and rng.random() < 0.45:
        g = 1 + rng.randrange(n - 1)
        parts[g] = ", " + pick(rng, ASIDES) + " " + parts[g]
    body = []
    for ti, p in enumerate(parts):
        if ti and rng.random() < 0.15:
            body.append(", " + pick(rng, FILLERS) + ", ")
        elif ti:
            body.append(" ")
        body.append(p)
    return wrap_natural(prefix + "".join(body), rng, open_p=0.7, sign_p=0.5)


# ---------------------------------------------------------------------------
# selection and output
# ---------------------------------------------------------------------------

def dictatable(command, enc):
    if not command.isascii() or "\t" in command or "  " in command:
        return False
    if len(command) > 64 or command != command.strip():
        return False
    try:
        said = clean_say(enc.encode(command))
    except ValueError:
        return False
    return len(said.split()) <= 48


def main():
    rng = random.Random(SEED)
    pool = load_pool()
    enc = Encoder(build_vocab(pool))
    long_flags = sorted({m for row in pool
                         for m in re.findall(r"(?<!\S)--([a-z][a-z0-9-]{2,})", row["command"])})
    allowed = []
    seen = set()
    for n in range(0, len(pool), 3):  # residue 0 only
        cmd = pool[n]["command"]
        if cmd in seen or not dictatable(cmd, enc):
            continue
        seen.add(cmd)
        allowed.append(cmd)
    rng.shuffle(allowed)
    per_first = {}
    chosen = []
    for cmd in allowed:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)

    rows = []
    for si, slice_name in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            tokens = enc.encode(cmd)
            if slice_name == "clean":
                said = clean_say(tokens)
                assert decode(said) == cmd, (cmd, said, decode(said))
                assert said == said.lower() and re.fullmatch(r"[a-z ]+", said), said
            elif slice_name == "fuzzy":
                said = fuzzy_line(tokens, rng)
            elif slice_name == "natural":
                said = natural_line(tokens, rng)
            else:
                said = chaotic_line(cmd, tokens, enc, rng, long_flags)
            rows.append({"input": said, "command": cmd, "slice": slice_name, "author": AUTHOR})

    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
