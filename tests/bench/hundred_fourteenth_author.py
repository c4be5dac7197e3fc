#!/usr/bin/env python3
# ruff: noqa: B007, UP031
"""Author 114: a held-out dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author114.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author114"}
100 lines per slice, in that order.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the
pool assets/training/bash/pages_dev61_commands.jsonl.  Only 0-based pool
lines n with n % 3 == 2 are used, for all four slices.  A command is
skipped when it is non-ASCII, has a tab or a double space, is longer than
64 characters, or takes more than 48 spoken tokens in this speaker's clean
protocol.  At most two commands share a first word; all 400 are distinct.
Commands are picked by one random.Random(114), which is also the only
source of variation afterwards and is consumed in a fixed order, so a
rerun is byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
A senior Linux administrator from India who learnt English the British
way, dictating to the tool while doing operations work.  Habits that run
through every slice:

* Says "hyphen" for "-" (rarely "dash" or "minus"), and two of them as
  "hyphen hyphen" when careful, "double hyphen" when relaxed.
* Says "at" for "@" when careful and the Indian "at the rate" when relaxed.
* When relaxed, repeated characters come out as "double" / "triple":
  "double L", "one double zero one", "double slash", "double ampersand".
* Letter Z is "zed".
* Quotes when relaxed are "inverted comma(s)" or "double quotes".
* Brackets when relaxed: "round bracket open/close" for ( ),
  "square bracket open/close" for [ ], "curly bracket open/close" for { }.
  (Never a bare "open bracket" for a round one: the protocol gives that
  to "[".)
* "full caps" alongside "all caps" when relaxed.
* "equal to" alongside "equals" when relaxed.
* Fillers: "umm", "basically", "actually", "what to say", and the tags
  "na", "haan" (yes), "achha" (okay), "only" (emphatic, sign-off).
* Openers: "Please type", "Kindly type", "Do one thing, type",
  "Haan, type", "Achha, write", "Okay so the command is", "Just put",
  "Next one is", "Type this".
* Sign-offs: "That's it.", "That's all only.", "Done.", "Then enter.",
  "Okay, thank you."
* Corrections: "sorry sorry", "sorry, not X, Y", "no no, not that, ...",
  "wait, correction, ...", "leave it, I'll start again", "cancel that,
  from the beginning".
* Asides: remarks about the staging box, the ticket, the manager, the
  slow network, checking the path.

2. The clean protocol (slice "clean")
-------------------------------------
A careful transcript: lower case, no punctuation, only the command.

Spacing.  The word "space" is said for every single space of the command
(inside quoted strings too).  Everything between two "space"s is glued
together with no spaces: pieces simply concatenate.

Symbols, one fixed name each:
    -  hyphen          .  dot             /  slash        \\  backslash
    |  pipe            *  star            !  bang         #  hash
    ~  tilde           @  at              $  dollar       %  percent
    ^  caret           &  ampersand       && and and      =  equals
    +  plus            :  colon           ;  semicolon    _  underscore
    ,  comma           "  quote           '  single quote `  backtick
    ?  question mark   (  open paren      )  close paren
    {  open brace      }  close brace     [  open bracket ]  close bracket
    <  less than       >  greater than
Doubled symbols are just said twice ("hyphen hyphen", "dot dot",
"pipe pipe", "greater than greater than", "two greater than ampersand
one"), except "&&" which is always "and and" (a lone "and" never occurs;
a single & is "ampersand").

Numbers.  A maximal run of digits is said as one number:
    * one digit: its word ("seven");
    * two digits without a leading zero: the compound ("ten", "sixteen",
      "forty two");
    * 100..900 in hundreds: "three hundred"; 1000..9000 in thousands:
      "eight thousand";
    * everything else (leading zero, 3+ digits otherwise): digit by digit,
      "zero" for 0 ("one nine two", "eight zero eight zero").
  So a listener reads any run of number words as exactly one digit run.
  The speaker never says "point" or "oh" for digits; a decimal point is
  "dot".

Letters and words.  Each run of letters is cut at case humps
("PostsController" -> Posts | Controller, "HKEY" stays one hump).  A hump
is said as words where the speaker knows them and spelled letter by
letter otherwise; the pieces glue ("ntpdate" -> "n t p date", "keyfile"
-> "key file", "sdb1" -> "s d b one").  Spelled letters are written as
single lower-case letters.  A run made wholly of known words is said as
those words ("rust up", "web torrent"); in a mixed run only known words of
four or more letters (three at the very start or end, as in "h top") are
said as words, the rest is spelled.  The speaker never says as a word
anything that is, or sounds like, a protocol word, a number word or a
letter name, nor a plural of a symbol name; such literal words are spelled
instead: "all" -> "a l l", "at" -> "a t",
"dot" -> "d o t", "and" -> "a n d", "one" -> "o n e", "to" -> "t o",
"for" -> "f o r", "space" -> "s p a c e", "case" -> "c a s e",
"are" -> "a r e", "cue" -> "c u e", "dots" -> "d o t s", etc.

Case.  Lower case is the default and is never announced.
    * "capital" + piece: capitalises the first letter of the next piece
      only ("capital firefox" -> Firefox, "capital g" -> G, "capital fire
      fox" -> Firefox).
    * "all caps" + word: the next word in capitals ("all caps path" ->
      PATH).  For an upper-case hump that is not a known word every letter
      gets its own "capital" ("capital g capital p capital k capital g").
    * "snake case" + words: lower-case words joined by "_"; used for every
      identifier made only of known lower-case words joined by underscores
      ("snake case api key" -> api_key).  The run ends at the next protocol
      word ("space", a symbol, a number word, "capital"...).
    * No camel, pascal, kebab or screaming runs: such shapes are said with
      "capital" per hump and explicit "hyphen"/"underscore".

decode() below is the listener for exactly this protocol; every clean line
is asserted to decode back to its command.

3. Whisper's habits (all slices but clean)
-----------------------------------------
* Capitalises the first word, ends with a period, turns pauses into
  commas, sometimes writes "Space." and capitalises what follows.
* Writes numerals for number words ("25", "8080", "1 9 2", "8,000",
  "2 5 double 0"), sometimes keeps the words ("forty-two").
* Spelled letters come out as capitals, spaced or glued ("L S", "LS"),
  sometimes lower case, sometimes as homophones ("see", "why", "are",
  "you", "tea", "queue", "oh", "zed").
* Splits and glues: "back slash", "under score", "semi-colon", "all-caps",
  "keyfile"/"key file", "local host"; occasionally a literal "." or "@"
  or "&&", and in relaxed speech whole dotted names and URLs written
  literally ("example.com", "192.168.1.10", "--verbose").
* Word homophones: sink (sync), cash (cache), right (write), roll (role),
  knew (new), billed (build), root (route).

4. Fuzzy (slice "fuzzy")
------------------------
Same protocol, "space" still said, but as Whisper writes it and with the
speaker's looser synonyms: "dash"/"minus" for hyphen, "period"/"point" for
dot, "forward slash", "asterisk", "equal sign", "dollar sign", "at sign";
capitalised first word, trailing period, stray commas after "space";
numerals ("8080", "1 9 2", "25", "8,000"); spelled letters as "L S",
"LS", "l s" or homophones ("see", "why", "are", "you", "queue", "zed");
split or glued words ("back slash", "under score", "semi-colon",
"keyfile" / "key file"); "Capital", "all-caps"; an occasional literal
"." between two words; word homophones (sink/sync, cash/cache).
No opener, no filler.

5. Natural (slice "natural")
----------------------------
No "space" except where the speaker fears a join (after or before a
symbol, between two numbers, between two spelled groups); otherwise a
pause, which Whisper turns into a comma or nothing.  Relaxed names from
section 1, Whisper numerals, spelled letters in capitals, known compounds
said as one word, dotted names / URLs sometimes written literally by
Whisper ("192.168.1.10", "example.com").  Case is still marked
("capital", "all caps"/"full caps").  Opener most of the time, a filler
or two, sometimes a sign-off.

6. Chaotic (slice "chaotic")
----------------------------
Natural plus trouble, every line at least one correction:
    * word scope:   "... slash notes, sorry, not notes, photo dot jpg"
    * flag scope:   "hyphen V, no no, not that flag, hyphen hyphen verbose"
    * whole command: a false start cut off with "...", then "leave it,
      I'll start again" and the full command;
and often also an aside, a partial answer ("umm, what was the port,
haan, two two"), or a stutter of the first word.  The last thing said
always wins, so a careful listener rebuilds the command exactly.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "assets", "training", "bash", "pages_dev61_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author114.jsonl")
AUTHOR = "author114"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
              "eighty", "ninety"]
NUMBER_WORDS = frozenset(DIGIT_WORDS + TEEN_WORDS + TENS_WORDS[2:] +
                         ["hundred", "thousand"])

SYM_CLEAN = {
    "-": "hyphen", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "&&": "and and", "=": "equals", "+": "plus", ":": "colon",
    ";": "semicolon", "_": "underscore", ",": "comma", '"': "quote",
    "'": "single quote", "`": "backtick", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket",
    "<": "less than", ">": "greater than",
}

# Words this speaker never says as words (protocol words, number words,
# letter names, homophones of any of these, plurals of symbol names).
BANNED = frozenset("""
space hyphen dash minus dot period point slash backslash forward back pipe
star asterisk bang hash tilde tilda at dollar percent caret carrot carat
ampersand and equals equal plus colon semicolon underscore comma quote quotes
backtick tick single double question mark open close paren parent brace
bracket curly angle less than then greater redirect append capital capitol
caps all snake camel pascal kebab screaming case sign under score word
oh to too for fore won ate
be bee see sea dee gee jay kay el em en owe pee pea queue cue are ess tea tee
you ewe vee why ex zed zee eye aye
dots pipes stars hashes dashes slashes commas colons spaces points signs ticks
marks braces brackets carets hyphens quoted
""".split()) | NUMBER_WORDS

RAW_WORDS = """
about access account action activate active add address admin agent alias
allow alpha alternative analyze android app apply applet archive argument
assembly attach audit auto backend backup backups balance base basename batch
before bin binary bind blacklist block body book boot branch browser bucket
build builder bulk bun cache calibre canonical capture carbon cargo cat
certificate chain channel chat check city clean cli clip clipboard clone
cluster code collapse color colors command comment comments commit commits
compact compile compress compressed compute config configure console contacts
container context control controller convert copy core count crane create
credential credentials crush current daemon data database databases date
debug decode decompress decrypt default definition delete delta demo density
depth describe description desktop destination destroy details develop
developers device dictionary diff digest directory disable disk display doc
docker docs document domain done download drive dry dump duplicate east echo
edit editor elastic email enable encoding engine enter error example exec
execute expired export express extensions extra extract fabric faces fail
false feature fetch fiasco field fields file files filter find fire firefox
fix fixed flag flash flat flask flutter fly fold folder font fonts foo force
format formats frame framework freeze from function fuzz generate geometry get
gif gist git github global glow go good grafana grant gray group guest halt
hard head header headers height hello help helm hidden highlight history hive
hold home host hosts hugo hunter idea identify ignore image images import
imports in index info init input insert install installed instance intel
interactive interface into invert inventory island issue issues java job jobs
join json just keep kernel key keys keyword kill label lang latest launch
layers layout length library license limit line lines link lint linux list
load local lock log login logs long look loop mac machine machines main make
man manage manifest map master match mate max me media memory menu merge
merged message messages meteor method mid missing mode model modify more mount
move multi my name nest net new next no node not notes now numeric numpy
offload on onboard only optimize out output overlay owner package packages
page pager pass password patch path payment photo pic ping plane plasma play
plugin policy pool pop port ports post postgres preset preview print private
prod profile project projects prompt provider provision public publish pull
push python query quiet quota race range rate raw read readme real recipient
record recovery recurse recursive reference refresh register release reload
remote remove rename reply repo report repos repository requests requires
resample reset resource restart restore resume return revert reverse
revisions revoked role root route routes rule run safe sample save scaffold
scan script search secret section select send sensors server service session
set setup share shell show silent site sites size skip slides slot snapshot
sort source speed split stack stacks staff standalone standard start stat
state stats status step still stop storage store stream string strings style
stylesheet submit suggest suspend sync system tab table tag tagged tags target
targets task team temperature test tests text the theme this time timeout
timestamp title tool tools top torrent total train trans translate trash tree
true tune type undo unity universal unix unpause update upgrade upload
upstream up use user username users util validate validator value var
variable verb verbose verify version video view viewer volume wait wall watch
web website width window with without work workflow working workspace world
wrap write year yes zone anki vagrant java javac tidy chain posts blogs
singapore ubuntu alice bob john vim deploy exo hunter changeme staging
multiword keycode filesystem boolean fiasco crane carbon inventory
is it of if so we us do
sudo grep sed awk tar apt yarn curl rust docker helm gradle toilet wiggle
foremost semanage gnuplot doctor imager trace listener resolution upgrades
vagrant podman ansible terraform kaggle flatpak pacman poetry pipenv pandoc
django rails ruby perl php node deno hugo jekyll conda anaconda redis mongo
nginx apache tomcat kafka spark jenkins gitlab bitbucket lint linter
certbot webhook hook hooks serve serial shadow share shared backup
alpine debian fedora arch gentoo centos darwin windows android
mail inbox draft drafts queue? proxy socket sockets tunnel bridge router
graph chart plot dashboard monitor monitors metrics alert alerts
executable configuration expression transmission nested midi usernames
migrate much thing snap flex fast hex slack gen handbrake vacuum whoami
drop bear player sub presenter present eyes uninstall container
alarms alien always announce ascended black bore brew bully class cloud
clover collection composer concurrency contained copilot cotton coverage
cradle crop declare decrease delay dependencies detox diagnostics dialect
distro drawing emit entry environment exit focus forms infection inspect
internal interval iteration iterations katana kerberos kiwi knock krita
lambda lame llama location loft maim markdown meld modules must nomad
normalization number omit organization origin palm paste permanent pretty
precise property prune putty quit rake repair replace revision self
separator shrink simple skeleton spotify symbols swagger terminate token
trimmed typo units warnings whence where which whois whom wine babel beet
bloodhound bisect mutt toy box amass hurl arduino tesseract shazam yaml
""".replace("queue? ", "").split()

WORDS = frozenset(w for w in RAW_WORDS
                  if w not in BANNED and w.isalpha() and len(w) >= 2)

# ---------------------------------------------------------------------------
# Encoding a command into spoken units
# ---------------------------------------------------------------------------
# Units:
#   ("sp",)              a space
#   ("sym", s)           a symbol (single char, or "&&")
#   ("w", word, case)    a known word; case "l" lower, "c" capitalised, "u" upper
#   ("l", ch)            a spelled letter, ch keeps its case
#   ("n", digits)        a digit run
#   ("snake", parts)     lower-case known words joined by "_"


def segment(low):
    """Split a lower-case letter run into the pieces the speaker says.

    A run that is wholly made of known words is said as those words
    (fewest pieces).  Otherwise known words of four or more letters are
    said as words anywhere, three-letter ones only at the start or end of
    the run, and everything else is spelled letter by letter.
    """
    n = len(low)

    def best_split(allow):
        best = [None] * (n + 1)
        best[0] = (0, 0, [])
        for i in range(n):
            if best[i] is None:
                continue
            pieces, letters, seq = best[i]
            cands = []
            for j in range(i + 1, n + 1):
                w = low[i:j]
                if w in WORDS and allow(i, j):
                    cands.append((j, w, 0))
            if allow is MIXED:
                cands.append((i + 1, low[i], 1))
            for j, w, is_letter in cands:
                key = (pieces + 1, letters + is_letter)
                if best[j] is None or key < best[j][:2]:
                    best[j] = (key[0], key[1], seq + [w])
        return best[n][2] if best[n] else None

    def MIXED(i, j):
        return j - i >= 4 or (j - i == 3 and (i == 0 or j == n))

    whole = best_split(lambda i, j: True)
    if whole is not None:
        return whole
    return best_split(MIXED)


HUMP_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def encode_alpha(run):
    units = []
    for hump in HUMP_RE.findall(run):
        low = hump.lower()
        pieces = segment(low)
        if hump.islower():
            mode = "l"
        elif len(hump) > 1 and hump.isupper():
            mode = "u"
        else:
            mode = "c"
        for k, p in enumerate(pieces):
            if mode == "l" or (mode == "c" and k > 0):
                units.append(("l", p) if len(p) == 1 else ("w", p, "l"))
            elif mode == "c":
                units.append(("l", p.upper()) if len(p) == 1 else ("w", p, "c"))
            else:
                units.append(("l", p.upper()) if len(p) == 1 else ("w", p, "u"))
    return units


PIECE_RE = re.compile(
    r"(?P<snake>(?<![A-Za-z])[a-z]+(?:_[a-z]+)+(?![A-Za-z]))"
    r"|(?P<alpha>[A-Za-z]+)|(?P<num>[0-9]+)|(?P<amp>&&)|(?P<sym>.)")
PLAIN_RE = re.compile(r"(?P<alpha>[A-Za-z]+)|(?P<num>[0-9]+)|(?P<amp>&&)|(?P<sym>.)")


def encode_token(tok, allow_snake=True):
    units = []
    rx = PIECE_RE if allow_snake else PLAIN_RE
    for m in rx.finditer(tok):
        kind = m.lastgroup
        text = m.group(0)
        if kind == "snake":
            parts = text.split("_")
            if all(p in WORDS for p in parts):
                units.append(("snake", tuple(parts)))
            else:
                units.extend(encode_token(text, allow_snake=False))
        elif kind == "alpha":
            units.extend(encode_alpha(text))
        elif kind == "num":
            units.append(("n", text))
        elif kind == "amp":
            units.append(("sym", "&&"))
        else:
            units.append(("sym", text))
    return units


def encode_command(cmd):
    """Per shell token (split on single spaces) a list of units."""
    return [encode_token(t) for t in cmd.split(" ")]


def num_clean_words(d):
    if len(d) > 1 and d[0] == "0":
        return [DIGIT_WORDS[int(c)] for c in d]
    v = int(d)
    if len(d) == 1:
        return [DIGIT_WORDS[v]]
    if len(d) == 2:
        if v < 20:
            return [TEEN_WORDS[v - 10]]
        return [TENS_WORDS[v // 10]] + ([DIGIT_WORDS[v % 10]] if v % 10 else [])
    if len(d) == 3 and v % 100 == 0:
        return [DIGIT_WORDS[v // 100], "hundred"]
    if len(d) == 4 and v % 1000 == 0:
        return [DIGIT_WORDS[v // 1000], "thousand"]
    return [DIGIT_WORDS[int(c)] for c in d]


def clean_unit(u):
    k = u[0]
    if k == "sp":
        return "space"
    if k == "sym":
        return SYM_CLEAN[u[1]]
    if k == "w":
        return {"l": "", "c": "capital ", "u": "all caps "}[u[2]] + u[1]
    if k == "l":
        return ("capital " + u[1].lower()) if u[1].isupper() else u[1]
    if k == "n":
        return " ".join(num_clean_words(u[1]))
    if k == "snake":
        return "snake case " + " ".join(u[1])
    raise ValueError(u)


def clean_units(cmd):
    out = []
    for i, tu in enumerate(encode_command(cmd)):
        if i:
            out.append(("sp",))
        out.extend(tu)
    return out


def render_clean(cmd):
    return " ".join(clean_unit(u) for u in clean_units(cmd))


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

TWO_WORD_SYMS = {v: k for k, v in SYM_CLEAN.items() if " " in v}
ONE_WORD_SYMS = {v: k for k, v in SYM_CLEAN.items() if " " not in v}
PROTOCOL_WORDS = (frozenset(ONE_WORD_SYMS) | NUMBER_WORDS |
                  frozenset(w for v in TWO_WORD_SYMS for w in v.split()) |
                  frozenset(["space", "capital", "all", "caps", "snake", "case"]))


def parse_number(words):
    if all(w in DIGIT_WORDS for w in words):
        return "".join(str(DIGIT_WORDS.index(w)) for w in words)
    if len(words) == 1 and words[0] in TEEN_WORDS:
        return str(10 + TEEN_WORDS.index(words[0]))
    if words[0] in TENS_WORDS[2:] and len(words) <= 2:
        v = 10 * TENS_WORDS.index(words[0])
        if len(words) == 2:
            if words[1] not in DIGIT_WORDS[1:]:
                raise ValueError(words)
            v += DIGIT_WORDS.index(words[1])
        return str(v)
    if len(words) == 2 and words[0] in DIGIT_WORDS[1:]:
        if words[1] == "hundred":
            return str(100 * DIGIT_WORDS.index(words[0]))
        if words[1] == "thousand":
            return str(1000 * DIGIT_WORDS.index(words[0]))
    raise ValueError("unparsable number: %r" % (words,))


def decode(text):
    toks = text.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        pair = " ".join(toks[i:i + 2])
        if t == "space":
            out.append(" ")
            i += 1
        elif pair == "all caps":
            out.append(toks[i + 2].upper())
            i += 3
        elif pair == "snake case":
            j = i + 2
            parts = []
            while j < len(toks) and toks[j] not in PROTOCOL_WORDS:
                parts.append(toks[j])
                j += 1
            out.append("_".join(parts))
            i = j
        elif pair in TWO_WORD_SYMS:
            out.append(TWO_WORD_SYMS[pair])
            i += 2
        elif t == "capital":
            nxt = toks[i + 1]
            out.append(nxt[0].upper() + nxt[1:])
            i += 2
        elif t in ONE_WORD_SYMS:
            out.append(ONE_WORD_SYMS[t])
            i += 1
        elif t in NUMBER_WORDS:
            j = i
            while j < len(toks) and toks[j] in NUMBER_WORDS:
                j += 1
            out.append(parse_number(toks[i:j]))
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper helpers
# ---------------------------------------------------------------------------

LETTER_HOMOPHONES = {"c": "see", "y": "why", "r": "are", "u": "you",
                     "q": "queue", "t": "tea", "b": "bee", "j": "jay",
                     "k": "kay", "z": "zed", "i": "I", "o": "oh"}
WORD_HOMOPHONES = {"sync": "sink", "cache": "cash", "write": "right",
                   "role": "roll", "new": "knew", "build": "billed",
                   "route": "root", "mate": "mait", "lock": "lok"}


def pick(rng, weighted):
    """weighted: list of (weight, value); consumes one rng.random()."""
    total = sum(w for w, _ in weighted)
    x = rng.random() * total
    for w, v in weighted:
        x -= w
        if x < 0:
            return v
    return weighted[-1][1]


def whisper_numeral(rng, d, relaxed):
    """How Whisper writes a digit run the speaker said."""
    words = num_clean_words(d)
    if len(words) == 1:
        return pick(rng, [(5, d), (5, words[0])])
    if words[-1] in ("hundred", "thousand"):
        if d == "1000":
            return pick(rng, [(5, d), (2, "1,000"), (2, "one thousand"),
                              (1, "a thousand")])
        v = d[:1] + ",000" if len(d) == 4 else d
        return pick(rng, [(6, d), (2, v), (2, " ".join(words))])
    if len(d) == 2 and d[0] != "0":
        return pick(rng, [(6, d), (2, " ".join(words)), (2, "-".join(words))])
    # digit by digit
    if relaxed and re.search(r"(.)\1", d):
        spoken = doubled_digits(d)
        return pick(rng, [(5, spoken),
                          (5, " ".join(x if x in ("double", "triple") else
                                       str(DIGIT_WORDS.index(x))
                                       for x in spoken.split()))])
    return pick(rng, [(5, d), (3, " ".join(d)), (2, " ".join(words))])


def doubled_digits(d):
    out = []
    i = 0
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        n = j - i
        w = DIGIT_WORDS[int(d[i])]
        while n >= 3:
            out += ["triple", w]
            n -= 3
        if n == 2:
            out += ["double", w]
        elif n == 1:
            out.append(w)
        i = j
    return " ".join(out)


def letters_text(rng, letters, relaxed):
    """letters: lower-case letters spelled in a row."""
    if relaxed:
        # the speaker's "double L", "zed"; Whisper capitals
        out = []
        i = 0
        while i < len(letters):
            c = letters[i]
            if i + 1 < len(letters) and letters[i + 1] == c:
                out.append("double " + ("zed" if c == "z" else c.upper()))
                i += 2
                continue
            out.append("zed" if c == "z" and rng.random() < 0.6 else c.upper())
            i += 1
        if all(len(x) == 1 for x in out) and len(out) > 1 and rng.random() < 0.45:
            return "".join(out)
        return " ".join(out)
    style = pick(rng, [(45, "spaced"), (25, "glued"), (15, "lower"),
                       (15, "homophone")])
    if style == "glued" and len(letters) > 1:
        return "".join(letters).upper()
    if style == "lower":
        return " ".join(letters)
    if style == "homophone":
        return " ".join(LETTER_HOMOPHONES.get(c, c.upper()) for c in letters)
    return " ".join(c.upper() for c in letters)


# ---------------------------------------------------------------------------
# Fuzzy: the protocol as Whisper writes it
# ---------------------------------------------------------------------------

FUZZY_SYMS = {
    "-": [(55, "hyphen"), (25, "dash"), (15, "minus"), (5, "Hyphen")],
    ".": [(65, "dot"), (15, "period"), (12, "point"), (8, "Dot")],
    "/": [(70, "slash"), (25, "forward slash"), (5, "Slash")],
    "\\": [(60, "backslash"), (40, "back slash")],
    "|": [(85, "pipe"), (15, "Pipe")],
    "*": [(60, "star"), (40, "asterisk")],
    "!": [(80, "bang"), (20, "Bang")],
    "#": [(80, "hash"), (20, "Hash")],
    "~": [(55, "tilde"), (35, "tilda"), (10, "Tilde")],
    "@": [(60, "at"), (30, "at sign"), (10, "@")],
    "$": [(60, "dollar"), (40, "dollar sign")],
    "%": [(60, "percent"), (25, "per cent"), (15, "%")],
    "^": [(50, "caret"), (40, "carrot"), (10, "carat")],
    "&": [(100, "ampersand")],
    "&&": [(60, "and and"), (25, "and, and"), (15, "&&")],
    "=": [(50, "equals"), (25, "equal sign"), (15, "equals sign"),
          (10, "equal")],
    "+": [(85, "plus"), (15, "Plus")],
    ":": [(80, "colon"), (20, "Colon")],
    ";": [(40, "semicolon"), (40, "semi-colon"), (20, "semi colon")],
    "_": [(55, "underscore"), (35, "under score"), (10, "Underscore")],
    ",": [(85, "comma"), (15, "Comma")],
    '"': [(75, "quote"), (25, "Quote")],
    "'": [(70, "single quote"), (30, "single-quote")],
    "`": [(60, "backtick"), (40, "back tick")],
    "?": [(100, "question mark")],
    "(": [(70, "open paren"), (30, "open parenthesis")],
    ")": [(70, "close paren"), (30, "close parenthesis")],
    "{": [(60, "open brace"), (40, "open curly brace")],
    "}": [(60, "close brace"), (40, "close curly brace")],
    "[": [(70, "open bracket"), (30, "open square bracket")],
    "]": [(70, "close bracket"), (30, "close square bracket")],
    "<": [(70, "less than"), (30, "less-than")],
    ">": [(60, "greater than"), (25, "greater-than"), (15, "redirect")],
}

GLUE = "\x00"


def fuzzy_render(rng, cmd):
    units = clean_units(cmd)
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        k = u[0]
        if k == "sp":
            out.append(pick(rng, [(75, "space"), (12, "space,"), (8, "Space"),
                                  (5, "space.")]))
            i += 1
        elif k == "sym":
            s = u[1]
            if s == "-" and i + 1 < len(units) and units[i + 1] == ("sym", "-"):
                name = pick(rng, [(45, "hyphen hyphen"), (20, "dash dash"),
                                  (15, "double dash"), (10, "minus minus"),
                                  (10, "Hyphen hyphen")])
                out.append(name)
                i += 2
                continue
            prev_alnum = i > 0 and units[i - 1][0] in ("w", "l", "n")
            next_alnum = i + 1 < len(units) and units[i + 1][0] in ("w", "l", "n")
            if s == "." and prev_alnum and next_alnum and rng.random() < 0.1:
                out.append(GLUE + "." + GLUE)
            else:
                out.append(pick(rng, FUZZY_SYMS[s]))
            i += 1
        elif k == "n":
            out.append(whisper_numeral(rng, u[1], relaxed=False))
            i += 1
        elif k == "snake":
            head = pick(rng, [(6, "snake case"), (2, "Snake case"),
                              (2, "snake-case")])
            parts = [p.upper() if len(p) <= 3 and rng.random() < 0.3 else p
                     for p in u[1]]
            out.append(head + " " + " ".join(parts))
            i += 1
        elif k == "l" and u[1].isupper():
            out.append(pick(rng, [(6, "capital"), (2, "Capital"),
                                  (2, "capital,")]) + " " +
                       pick(rng, [(7, u[1]), (3, u[1].lower())]))
            i += 1
        elif k == "l":
            j = i
            while j < len(units) and units[j][0] == "l" and units[j][1].islower():
                j += 1
            out.append(letters_text(rng, [x[1] for x in units[i:j]], False))
            i = j
        else:  # word
            j = i
            while (j < len(units) and units[j][0] == "w" and units[j][2] == "l"
                   and j - i < 3):
                j += 1
            if j - i >= 2 and rng.random() < 0.35:
                out.append("".join(x[1] for x in units[i:j]))
                i = j
                continue
            w, case = u[1], u[2]
            if case == "l":
                if w in WORD_HOMOPHONES and rng.random() < 0.3:
                    out.append(WORD_HOMOPHONES[w])
                else:
                    out.append(w)
            elif case == "c":
                out.append(pick(rng, [(5, "capital " + w.capitalize()),
                                      (3, "capital " + w),
                                      (2, "Capital " + w)]))
            else:
                out.append(pick(rng, [(4, "all caps " + w.upper()),
                                      (3, "all caps " + w),
                                      (3, "all-caps " + w)]))
            i += 1
    text = " ".join(out)
    text = text.replace(" " + GLUE, "").replace(GLUE + " ", "").replace(GLUE, "")
    text = text[0].upper() + text[1:]
    text = re.sub(r"(space\. )([a-z])", lambda m: m.group(1) + m.group(2).upper(),
                  text)
    if rng.random() < 0.45 and not text.endswith((".", ",")):
        text += "."
    return text


# ---------------------------------------------------------------------------
# Natural: how the speaker talks when relaxed
# ---------------------------------------------------------------------------

NAT_SYMS = {
    "-": [(75, "hyphen"), (15, "dash"), (10, "minus")],
    ".": [(90, "dot"), (10, "point")],
    "/": [(88, "slash"), (12, "forward slash")],
    "\\": [(100, "backslash")],
    "|": [(100, "pipe")],
    "*": [(70, "star"), (30, "asterisk")],
    "!": [(60, "exclamation"), (40, "bang")],
    "#": [(100, "hash")],
    "~": [(70, "tilde"), (30, "tilda")],
    "@": [(70, "at the rate"), (30, "at")],
    "$": [(100, "dollar")],
    "%": [(70, "percent"), (30, "percentage")],
    "^": [(100, "caret")],
    "&": [(100, "ampersand")],
    "&&": [(60, "double ampersand"), (40, "and and")],
    "=": [(50, "equal to"), (50, "equals")],
    "+": [(100, "plus")],
    ":": [(100, "colon")],
    ";": [(100, "semicolon")],
    "_": [(100, "underscore")],
    ",": [(100, "comma")],
    '"': [(40, "double quotes"), (35, "double inverted comma"), (25, "quote")],
    # (the first choice in a line is kept for the closing quote as well)
    "'": [(50, "single quote"), (50, "single inverted comma")],
    "`": [(100, "backtick")],
    "?": [(100, "question mark")],
    "(": [(100, "round bracket open")],
    ")": [(100, "round bracket close")],
    "{": [(60, "curly bracket open"), (40, "curly brace open")],
    "}": [(60, "curly bracket close"), (40, "curly brace close")],
    "[": [(100, "square bracket open")],
    "]": [(100, "square bracket close")],
    "<": [(100, "less than")],
    ">": [(100, "greater than")],
}
NAT_DOUBLES = {"-": [(60, "double hyphen"), (30, "hyphen hyphen"),
                     (10, "dash dash")],
               "/": [(100, "double slash")],
               ">": [(100, "double greater than")],
               ".": [(100, "dot dot")],
               "|": [(100, "double pipe")],
               "*": [(100, "double star")]}

LITERAL_RE = re.compile(r"^(?:[a-z0-9]+(?:\.[a-z0-9]+)+|https?://[a-z0-9./_-]+)$")


NAT_MEMORY = {}


def nat_sym(rng, table, key):
    """The speaker sticks to the name chosen first in a line (mostly)."""
    if key in NAT_MEMORY and (key in "\"'" or rng.random() < 0.85):
        return NAT_MEMORY[key]
    name = pick(rng, table)
    NAT_MEMORY.setdefault(key, name)
    return name


def nat_units_text(rng, units):
    """Render a list of units (no spaces) the relaxed way; Whisper spelling."""
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        k = u[0]
        if k == "sym":
            s = u[1]
            if (s in NAT_DOUBLES and i + 1 < len(units)
                    and units[i + 1] == ("sym", s)):
                out.append(nat_sym(rng, NAT_DOUBLES[s], s + s))
                i += 2
                continue
            out.append(nat_sym(rng, NAT_SYMS[s], s))
            i += 1
        elif k == "n":
            out.append(whisper_numeral(rng, u[1], relaxed=True))
            i += 1
        elif k == "snake":
            if rng.random() < 0.35:
                out.append("snake case " + " ".join(u[1]))
            else:
                out.append(" underscore ".join(u[1]))
            i += 1
        elif (k == "l" and u[1].isupper()) or (k == "w" and u[2] == "u"):
            j = i
            while j < len(units) and ((units[j][0] == "l" and units[j][1].isupper())
                                      or (units[j][0] == "w" and units[j][2] == "u")):
                j += 1
            grp = units[i:j]
            if len(grp) == 1 and grp[0][0] == "l":
                out.append("capital " + grp[0][1])
            else:
                body = [x[1].upper() for x in grp]
                glued = all(len(x) == 1 for x in body) and rng.random() < 0.5
                head = pick(rng, [(6, "all caps"), (4, "full caps")])
                out.append(head + " " + ("".join(body) if glued else " ".join(body)))
            i = j
        elif k == "w" and u[2] == "c":
            out.append("capital " + u[1].capitalize())
            i += 1
        else:
            # lower-case run of words / letters
            j = i
            while j < len(units) and ((units[j][0] == "w" and units[j][2] == "l")
                                      or (units[j][0] == "l" and units[j][1].islower())):
                j += 1
            grp = units[i:j]
            if all(x[0] == "w" for x in grp):
                if len(grp) > 1 and rng.random() < 0.25:
                    out.append(" ".join(x[1] for x in grp))
                else:
                    out.append("".join(x[1] for x in grp))
            else:
                k2 = 0
                while k2 < len(grp):
                    if grp[k2][0] == "w":
                        out.append(grp[k2][1])
                        k2 += 1
                    else:
                        m = k2
                        while m < len(grp) and grp[m][0] == "l":
                            m += 1
                        out.append(letters_text(rng, [x[1] for x in grp[k2:m]], True))
                        k2 = m
            i = j
    return " ".join(out)


def nat_token_text(rng, tok, units):
    if LITERAL_RE.match(tok) and rng.random() < 0.4:
        return tok
    if re.match(r"^--[a-z]+(-[a-z]+)*$", tok) and rng.random() < 0.1:
        return tok
    return nat_units_text(rng, units)


def boundary_ambiguous(a_tok, a_units, b_tok, b_units):
    a, b = a_tok[-1], b_tok[0]
    if b == "-" and a.isalnum():
        return False
    if a.isalnum() and b.isalnum():
        if a.isdigit() and b.isdigit():
            return True
        if a_units[-1][0] == "l" and b_units[0][0] == "l":
            return True
        return False
    return True


FILLERS = ["umm", "basically", "actually", "what to say", "umm", "achha"]
OPENERS = ["Please type", "Kindly type", "Do one thing, type", "Haan, type",
           "Achha, write", "Okay so the command is", "Just put",
           "Next one is", "Type this", "Okay, please type", "So basically type"]
SIGNOFFS = ["That's it.", "That's all only.", "Done.", "Then enter.",
            "Okay, thank you.", "That's it na."]


def nat_join(rng, parts, info, filler_budget, inserts=None):
    """parts: rendered token texts; info: (tok, units) per token.
    inserts: {token index: phrase said (between commas) before that token}."""
    inserts = inserts or {}
    text = parts[0]
    used = 0
    for idx in range(1, len(parts)):
        if idx in inserts:
            text += ", " + inserts[idx] + ", " + parts[idx]
            continue
        a_tok, a_units = info[idx - 1]
        b_tok, b_units = info[idx]
        if boundary_ambiguous(a_tok, a_units, b_tok, b_units):
            sep = pick(rng, [(55, ", "), (45, " space ")])
        else:
            sep = pick(rng, [(88, " "), (12, ", ")])
        if used < filler_budget and rng.random() < 0.1:
            sep = ", " + rng.choice(FILLERS) + sep if sep != " " else \
                ", " + rng.choice(FILLERS) + ", "
            used += 1
        text += sep + parts[idx]
    return text


def frame(rng, body, opener_p=0.85, signoff_p=0.4):
    s = body
    if rng.random() < opener_p:
        op = rng.choice(OPENERS)
        sep = pick(rng, [(6, " "), (3, ", "), (1, ": ")])
        s = op + sep + s
    s = s[0].upper() + s[1:]
    if rng.random() < signoff_p:
        s = s.rstrip(".,") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.5:
        s = s.rstrip(".,") + "."
    return s


def nat_parts(rng, cmd):
    toks = cmd.split(" ")
    info = [(t, encode_token(t)) for t in toks]
    parts = [nat_token_text(rng, t, u) for t, u in info]
    return parts, info


def natural_render(rng, cmd):
    NAT_MEMORY.clear()
    parts, info = nat_parts(rng, cmd)
    body = nat_join(rng, parts, info, filler_budget=2)
    return frame(rng, body)


# ---------------------------------------------------------------------------
# Chaotic: natural plus trouble
# ---------------------------------------------------------------------------

ALT_WORDS = ["test", "data", "backup", "main", "demo", "config", "notes",
             "report", "docs", "logs", "output", "input", "files", "staging",
             "server", "user", "home", "local", "prod", "master", "source"]
ALT_FLAGS = ["verbose", "force", "quiet", "recursive", "help", "version",
             "debug", "output", "name", "dry-run"]
WORD_FIX = ["sorry, not {w}, {r}", "sorry sorry, not {w}, {r}",
            "no no, not {w}, {r}", "wait, correction, not {w}, it is {r}",
            "one minute, not {w}, {r}"]
FLAG_FIX = ["no no, not that flag,", "sorry, wrong flag, it is",
            "wait, correction, make that", "sorry sorry, that flag should be"]
RESTART = ["... Sorry, leave it, I'll start again.",
           "... No wait, cancel that, from the beginning.",
           "... Hmm, one minute, let me say it again.",
           "... Sorry sorry, start again."]
ASIDES = ["this is for the staging box only", "same as yesterday only",
          "my manager asked for this one", "network is very slow today",
          "it is for the ticket I raised", "let me check the path, haan, correct"]
PARTIALS = ["umm, what was the name, haan", "what to say, which one was it, achha",
            "wait, let me check the value, yes", "umm, one second, haan",
            "what comes next, haan"]


def wrong_number(rng, d):
    pos = rng.randrange(len(d))
    c = str((int(d[pos]) + rng.randrange(1, 9)) % 10)
    w = d[:pos] + c + d[pos + 1:]
    if len(w) > 1 and w[0] == "0" and d[0] != "0":
        w = "1" + w[1:]
    return w


def word_correction(rng, parts, info):
    """Correct one whole-word unit or number inside some token."""
    cands = []
    for ti, (tok, units) in enumerate(info):
        for ui, u in enumerate(units):
            prev_ok = ui == 0 or units[ui - 1][0] not in ("w", "l")
            next_ok = ui + 1 == len(units) or units[ui + 1][0] not in ("w", "l")
            if u[0] == "w" and u[2] == "l" and prev_ok and next_ok:
                cands.append((ti, ui))
            elif u[0] == "n":
                cands.append((ti, ui))
    if not cands:
        return False
    ti, ui = rng.choice(cands)
    tok, units = info[ti]
    u = units[ui]
    if u[0] == "w":
        alts = [w for w in ALT_WORDS if w != u[1] and w not in tok]
        wrong = rng.choice(alts)
        wtext, rtext = wrong, u[1]
    else:
        wd = wrong_number(rng, u[1])
        wtext = whisper_numeral(rng, wd, relaxed=True)
        rtext = whisper_numeral(rng, u[1], relaxed=True)
    before = nat_units_text(rng, units[:ui]) if ui else ""
    after = nat_units_text(rng, units[ui + 1:]) if ui + 1 < len(units) else ""
    fix = rng.choice(WORD_FIX).format(w=wtext, r=rtext)
    s = (before + " " if before else "") + wtext + ", " + fix
    if after:
        s += " " + after
    parts[ti] = s
    return True


def flag_correction(rng, parts, info):
    cands = [ti for ti, (tok, _) in enumerate(info)
             if tok.startswith("-") and len(tok) >= 2 and tok != "--"]
    if not cands:
        return False
    ti = rng.choice(cands)
    tok, units = info[ti]
    if tok.startswith("--"):
        alts = [f for f in ALT_FLAGS if "--" + f != tok.split("=")[0]]
        wrong = "--" + rng.choice(alts)
    else:
        letters = [c for c in "vfqrnxlah" if c != tok[1:2].lower()]
        wrong = "-" + rng.choice(letters)
    wtext = nat_units_text(rng, encode_token(wrong))
    parts[ti] = wtext + ", " + rng.choice(FLAG_FIX) + " " + parts[ti]
    return True


def chaotic_render(rng, cmd):
    NAT_MEMORY.clear()
    parts, info = nat_parts(rng, cmd)
    kind = pick(rng, [(40, "word"), (35, "flag"), (25, "whole")])
    restart_prefix = None
    if kind == "flag" and not flag_correction(rng, parts, info):
        kind = "word"
    if kind == "word" and not word_correction(rng, parts, info):
        kind = "whole"
    if kind == "whole":
        n = len(parts)
        k = max(1, min(3, n - 1)) if n > 1 else 1
        k = rng.randint(1, k)
        cut = [nat_token_text(rng, t, u) for t, u in info[:k]]
        if n == 1 or rng.random() < 0.5:
            # the false start goes wrong on its last word
            tail = rng.choice([w for w in ALT_WORDS if w not in cmd])
            cut.append(tail)
        restart_prefix = " ".join(cut) + rng.choice(RESTART)
    extra = pick(rng, [(30, "none"), (25, "aside"), (25, "partial"),
                       (20, "stutter")])
    inserts = {}
    if extra in ("aside", "partial") and len(parts) > 1:
        ti = rng.randrange(1, len(parts))
        inserts[ti] = rng.choice(ASIDES if extra == "aside" else PARTIALS)
    elif extra == "stutter":
        parts[0] = parts[0].split(" ")[0] + "... " + parts[0]
    body = nat_join(rng, parts, info, filler_budget=1, inserts=inserts)
    if restart_prefix:
        head = rng.choice(OPENERS) + " " if rng.random() < 0.7 else ""
        s = head + restart_prefix + " " + body
        s = s[0].upper() + s[1:]
        if rng.random() < 0.4:
            s = s.rstrip(".,") + ". " + rng.choice(SIGNOFFS)
        return s
    return frame(rng, body, opener_p=0.8, signoff_p=0.45)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------

def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if not cmd or cmd != cmd.strip() or not all(32 <= ord(c) < 127 for c in cmd):
        return False
    return len(render_clean(cmd).split()) <= 48


def main():
    rng = random.Random(114)
    with open(SRC, encoding="utf-8") as fh:
        pool = [json.loads(line) for line in fh]
    allowed = [n for n in range(len(pool))
               if n % 3 == 2 and dictatable(pool[n]["command"])]
    rng.shuffle(allowed)
    chosen, seen, first_count = [], set(), {}
    for n in allowed:
        cmd = pool[n]["command"]
        fw = cmd.split(" ")[0]
        if cmd in seen or first_count.get(fw, 0) >= 2:
            continue
        seen.add(cmd)
        first_count[fw] = first_count.get(fw, 0) + 1
        chosen.append(cmd)
        if len(chosen) == 4 * PER_SLICE:
            break
    assert len(chosen) == 4 * PER_SLICE, len(chosen)

    rows = []
    for si, sl in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if sl == "clean":
                text = render_clean(cmd)
                assert re.fullmatch(r"[a-z]+( [a-z]+)*", text), text
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif sl == "fuzzy":
                text = fuzzy_render(rng, cmd)
            elif sl == "natural":
                text = natural_render(rng, cmd)
            else:
                text = chaotic_render(rng, cmd)
            assert "\x00" not in text and "  " not in text, text
            rows.append({"input": text, "command": cmd, "slice": sl,
                         "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {s: sum(1 for r in rows if r["slice"] == s) for s in SLICES}
    clean_ok = all(decode(r["input"]) == r["command"]
                   for r in rows if r["slice"] == "clean")
    print("wrote", OUT, counts, "clean round-trip:", clean_ok)


if __name__ == "__main__":
    main()
