# ruff: noqa: E501, UP031
"""Author 100: a Montreal night-shift sysadmin dictating bash to Whisper.

Writes assets/training/bash/author100.jsonl: 400 lines of
{"input", "command", "slice", "author": "author100"}, 100 per slice in the
order clean, fuzzy, natural, chaotic.  Standard library only; a single
random.Random(100) is consumed in a fixed order, so reruns are byte-identical.

Source.  Every command is copied verbatim from the tldr-pages project
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, by way of
assets/training/bash/pages_dev57_commands.jsonl (0-based lines n with
n % 3 == 0 only).  The spoken renderings are this script's own work.

=============================================================================
STYLE GUIDE
=============================================================================

1. The speaker
--------------
Jean-Philippe "JP" Gagnon, 41, born in Rosemont, first language Québécois
French.  He works the night shift for a small hosting company in Saint-Henri
and babysits a few hundred customer boxes from a headset, a cold coffee and
a pager that never stops.  His English is fluent but shop-taught: he reads
commands aloud the way he would read them to a colleague over the phone.
He is a careful man when he is being careful, and a tired man at 3 a.m.

His constant habits, in every slice:
  * He says the letter Z as "zed", never "zee".
  * He spells anything he cannot pronounce, letter by letter.
  * He reads digits one by one ("five four three two"), except round numbers
    that he says as one word: "ten" .. "ninety", "three hundred",
    "two thousand".  Zero is always "zero", never "oh".
  * His default symbol names are "dash", "dot", "slash", "tilde".  The
    French one for the dot, "point", comes out whenever he stops paying
    attention (it is also a valid protocol synonym), and when tired he
    starts the French name of a symbol ("tiret", "arobase", "barre
    oblique", "égal", "guillemets", "étoile", "dièse", "souligné",
    "esperluette", "virgule", "barre verticale", "apostrophe") and catches
    himself: "tiret, euh, dash".  The same slip happens with capitals:
    "majuscule, euh, capital W".
  * Fillers: "euh", "ben", "là", "tsé".
  * Openers: "OK, là,", "OK, euh,", "Bon,", "Bon ben,", "Fait que,",
    "Alors, euh,", "Suivant,", "Écris-moi ça:", "Là, tape-moi ça:",
    "Envoye:", "Sur la box du client,", "OK, on the box,".
  * Sign-offs: "C'est ça.", "Go.", "Merci.", "Envoye.", "Voilà.", "That's it."
  * Word corrections: "<wrong>, non, pas ça, <right>", "non,", "attends,",
    "oups,", "pardon,", "je veux dire", "<wrong>, non, pas <wrong>, <right>".
    Flag corrections: "non non,", "non, attends,", "pas ça,", "wait, non,",
    "je veux dire", "<wrong>... non, pas <wrong>, <right>".  Whole-command
    restarts after a false start: "Non, attends, je recommence.", "Oublie
    ça, on reprend.", "Scratch that.", "Non non non, from the top:", "Pas
    ça. Bon,".  A partial start that trails off: "<first words>... euh...
    <whole command>".  Searching his memory: "euh, c'est quoi déjà... ah
    oui,", "attends, je check... OK,", "euh... ben,".  A fix is often
    sealed with "c'est ça".
  * Asides are short, French or English, and never contain a symbol, a
    digit or a protocol word: "le pager sonne encore", "maudit que c'est
    lent ce soir", "sorry, je mange", "c'est pour le ticket du client".

2. The protocol as JP uses it (clean slice)
-------------------------------------------
The clean slice is a careful transcript: lower case, no punctuation, only
the command.  The listener for it is decode() below, and every clean line is
asserted to decode to its command exactly.

2.1 Spaces.  "space" is said for every blank between arguments and for no
    other reason.  Everything said between two "space"s is glued together:
    "m k dir" is mkdir, "sac c t m g r" is sacctmgr.

2.2 Symbols, always under these names (longest phrase wins):
      -  dash            --  dash dash       .  dot        ..  dot dot
      /  slash           \\  backslash        ~  tilde      _   underscore
      "  quote           '   single quote    `  backtick   :   colon
      ;  semicolon       ,   comma           =  equals     +   plus
      @  at              #   hash            !  bang       $   dollar
      %  percent         ^   caret           *  star       ?   question mark
      |  pipe            ||  pipe pipe       &  ampersand  &&  and and
      >  redirect        >>  append          <  less than
      (  open paren      )   close paren     [  open bracket ] close bracket
      {  open brace      }   close brace
    So 2>&1 is "two redirect ampersand one" and ls .. is "l s space dot dot".

2.3 Numbers.  Each maximal run of digits is one number.  A run that is
    exactly 10, 20 .. 90 is said as its word ("sixty"); exactly 100 .. 900
    as "<digit> hundred"; exactly 1000 .. 9000 as "<digit> thousand".
    Every other run, including anything with a leading zero, is said digit
    by digit ("one zero two four", "zero zero seven").  He never says
    "point" for a decimal in clean: 0.5 is "zero dot five".  The listener
    reads digit words as digits, tens words as two digits, "hundred" as
    "00" and "thousand" as "000" appended to the digit just said.

2.4 Words and letters.  A run of lowercase letters is said as a word when
    JP can pronounce it (a crude but fixed rule: a legal English onset,
    vowels present, no consonant cluster longer than three letters inside or
    two at the end beyond a short list like -nds -rts -ght, at least three
    letters or a common two-letter word such as "go", "up", "in").
    Otherwise he says the longest pronounceable prefix and spells the rest
    the same way: "gocrypt f s", "b top", "h top".  A spelled letter is
    its bare letter name ("l s"), except Z, which is "zed".  The listener
    treats a one-letter word as that letter, "zed" as z, and any other
    non-protocol word as itself.

2.5 Collisions.  A literal word that is also protocol vocabulary (a symbol
    name or its synonym -- dash, dot, point, period, minus, hyphen, slash,
    forward, pipe, star, at, and, plus, equals, quote, single, less, than,
    greater, open, close, paren, bracket, brace, double, sign, append,
    redirect, space, ...; a number word -- zero .. nineteen, twenty ..
    ninety, hundred, thousand; a casing word -- capital, all, caps, camel,
    snake, pascal, kebab, screaming, case; or "zed") is always spelled:
    the word "all" is "a l l", "one" is "o n e", "at" is "a t".

2.6 Casing.
    * "capital <word>" upper-cases the first letter of the next word only:
      "capital w" is W, "capital harvester" is Harvester.
    * "all caps <words...>" upper-cases every following plain word up to the
      next protocol word: "all caps todo" is TODO, "all caps p k g build"
      is PKGBUILD.
    * Case runs, used whenever every piece is a pronounceable word or a
      single letter, take the following plain words up to the next protocol
      word (or the end):
        camel case the harvester      -> theHarvester
        pascal case v box manage      -> VBoxManage
        snake case api key            -> api_key
        screaming case default sink   -> DEFAULT_SINK
        kebab case personal word list -> personal-word-list
      JP only bothers with kebab case for three or more hyphenated words;
      two are just "no dash fuzzy".  A case run always ends at a symbol,
      number, "space", "capital" or the end, which the command itself
      guarantees (he only uses a run on a whole letter stretch).
    * Anything else mixed-case is said piece by piece: "v" lower, "capital
      x", "all caps x m l", so XMLHttp is "all caps x m l capital h t t p".

3. Natural-speech habits (natural and chaotic slices)
-----------------------------------------------------
No "space": spacing is left to the listener, as JP would with a colleague,
except where nobody could guess the blank: then the protocol man in him says
"space" anyway -- around a lone symbol argument ("dash dash space make",
"dot space tilde slash..."), and where a symbol touches the blank on one
side and the next word could not be told apart ("colon foo colon space colon
foo colon", "list space at sign quote...").  Pipes and redirects need no
"space".  He says words as words, spells short things fast ("L S", "LS"), and
keeps his protocol words for symbols, capitals and case runs.  A literal
word that is a symbol name or a number ("point", "dot", "at", "one") is
still spelled ("mount underscore P O I N T"); other protocol-looking words
("all", "open", "case", "less") he just says, trusting the context.  He wraps the
command in an opener and, about half the time, a sign-off; "euh", "là",
"ben" creep in between arguments.  He drifts to "point" for the dot,
"minus" now and then, "double dash" for --, "greater than" for >, "at sign"
for @, and slips into French symbol names which he corrects on the spot.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
Whisper capitalises the first word and after a full stop, adds commas at
pauses and a final period, writes digit words as numerals ("5432", or
"5 4 3 2" when he pauses, "500" for five hundred) and sometimes as
homophones ("to", "too", "for"), upper-cases spelled letters ("L S"), glues
short letter runs ("LS"), hears letters as words ("are" for r, "you" for u,
"why" for y, "see" for c, "eye" for i, "tea" for t, "ex" for x, "Zed" for
zed), splits long words ("data base") and glues symbol words ("dash-dash",
"all-caps", "camelCase", "snake_case"), spells tilde "tilda", and now and
then writes the symbol itself (a dash glued to its letter: "-L").
Tool names Whisper knows are written glued in natural speech ("mkdir",
"hledger"), sometimes as letters plus word ("PNM margin"); a number range is
written "1-10".

5. The slices
-------------
clean   -- section 2 exactly; decode(input) == command is asserted.
fuzzy   -- the same spoken protocol (with "space"), but JP uses synonyms
           (minus, hyphen, period, point, forward slash, double dash,
           asterisk, greater than, double greater than, at sign, equal sign,
           double quote...) and the text is what Whisper writes (section 4),
           commas and full stops after some "space"s included.  No framing,
           no fillers.
natural -- section 3 through section 4: opener, maybe a sign-off, fillers,
           loose symbol names, "space" only where section 3 says.
chaotic -- natural plus trouble, one main problem per line and often a
           second: a word-scope correction ("slash archive, non, pas ça,
           backup"), a flag-scope correction ("dash dash verbose, non non,
           dash V"), a whole-command restart after a false start, a partial
           start that trails off and starts over, a "c'est quoi déjà... ah
           oui" pause, a stuttered command name ("git... git"), an aside, a
           French symbol name caught mid-way.  The last thing said always
           wins, and the command can be rebuilt exactly.

6. Selection
------------
Pool: lines n of pages_dev57_commands.jsonl with n % 3 == 0, dropping
non-ASCII, tabs, double spaces, over 64 characters, duplicates, and any
command whose clean rendering is over 48 spoken words.  The pool is shuffled
once with random.Random(100); commands are taken in that order, at most two
per first word, until 400 are chosen; the first 100 are clean, then fuzzy,
natural, chaotic.  The same generator then renders the lines in that order.
"""

import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev57_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author100.jsonl")
AUTHOR = "author100"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# --------------------------------------------------------------------------
# Protocol vocabulary
# --------------------------------------------------------------------------
CLEAN_SYM = {
    "--": "dash dash", "..": "dot dot", "&&": "and and", "||": "pipe pipe",
    ">>": "append",
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "~": "tilde",
    "_": "underscore", '"': "quote", "'": "single quote", "`": "backtick",
    ":": "colon", ";": "semicolon", ",": "comma", "=": "equals", "+": "plus",
    "@": "at", "#": "hash", "!": "bang", "$": "dollar", "%": "percent",
    "^": "caret", "*": "star", "?": "question mark", "|": "pipe",
    "&": "ampersand", ">": "redirect", "<": "less than",
    "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace",
}
MULTI_SYMS = ["--", "..", "&&", "||", ">>"]

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {"ten": "10", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
        "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
TEENS = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]

# Decoder phrase table (clean protocol only).
DECODE_SYM = {}
for _s, _n in CLEAN_SYM.items():
    if _s not in ("--", "..", "||"):
        DECODE_SYM[_n] = _s
CASE_RUNS = {"camel case": "camel", "pascal case": "pascal", "snake case": "snake",
             "kebab case": "kebab", "screaming case": "screaming", "all caps": "allcaps"}

# Every word that is protocol vocabulary, including the synonyms the app's
# design lists; a literal word equal to one of these is spelled (2.5).
RESERVED = set()
for _n in list(CLEAN_SYM.values()) + list(CASE_RUNS):
    RESERVED.update(_n.split())
RESERVED.update(DIGITS + list(TENS) + TEENS + ["hundred", "thousand", "capital", "zed"])
RESERVED.update("minus hyphen period point forward asterisk sign angle curly double "
                "greater space".split())

TWO_OK = ["go", "up", "on", "in", "no", "my", "if", "is", "it", "of", "or", "so", "by", "do", "we"]
VOWELS = "aeiouy"
ONSETS = set("b c d f g h j k l m n p q r s t v w x y z".split()) | {
    "", "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn",
    "kr", "ph", "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st",
    "sw", "th", "tr", "tw", "wh", "wr", "str", "scr", "spr", "spl", "shr",
    "thr", "sch", "chr", "squ", "phr", "sph"}
FINAL2 = {"ck", "ct", "ft", "ld", "lf", "lk", "lm", "lp", "lt", "mp", "nd", "nk", "ns",
          "nt", "pt", "rb", "rd", "rf", "rk", "rl", "rm", "rn", "rp", "rs", "rt", "sh",
          "sk", "sp", "ss", "st", "th", "ch", "ng", "ll", "ff", "zz", "ts", "ds", "ks",
          "ps", "gs", "ms", "ls", "rg", "nc", "wn", "ws", "gh", "ph", "xt", "nx", "rx",
          "bs", "dd", "tt", "nn", "mm", "pp", "gg", "rr", "rc", "lc", "wk", "nz", "nv",
          "cs", "ml", "sm", "gn", "rv", "lv", "mb", "nj", "nf"}
FINAL3 = {"nds", "nts", "rts", "rds", "nks", "rst", "nch", "tch", "rch", "ngs",
          "lds", "rks", "sts", "cks", "nth", "pts", "cts", "rms", "lls", "ght",
          "rns", "lts", "mps", "rcs", "dth", "ngth"}


def pronounceable(w):
    """JP's fixed rule for 'I can say this as a word' (guide 2.4)."""
    if w in RESERVED or len(w) < 2:
        return False
    if len(w) == 2:
        return w in TWO_OK
    i = 0
    while i < len(w) and not (w[i] in "aeiou" or (w[i] == "y" and i > 0)):
        i += 1
    if i == len(w) or w[:i] not in ONSETS:
        return False
    rest = w[i:]
    if "q" in w and not re.search(r"qu", w):
        return False
    if re.search(r"(.)\1\1", w) or re.search(r"[aeiouy]{4,}", rest):
        return False
    clusters = re.findall(r"[^aeiouy]+", rest)
    if not clusters:
        return True
    for c in clusters[:-1]:
        if len(c) > 3:
            return False
    last = clusters[-1]
    if rest.endswith(last):
        if len(last) > 3 or (len(last) == 3 and last not in FINAL3):
            return False
        if len(last) == 2 and last not in FINAL2:
            return False
    elif len(last) > 3:
        return False
    return True


def chunk_lower(run):
    """Split a lowercase letter run into words and spelled letters (2.4)."""
    if run in RESERVED:
        return [("spelled", run)]
    out = []
    i = 0
    while i < len(run):
        best = 0
        for j in range(len(run), i + 1, -1):
            if pronounceable(run[i:j]):
                best = j
                break
        if best:
            out.append(("word", run[i:best]))
            i = best
        else:
            if out and out[-1][0] == "letters":
                out[-1] = ("letters", out[-1][1] + run[i])
            else:
                out.append(("letters", run[i]))
            i += 1
    return out


def single_unit(w):
    """A case-run piece must be one pronounceable word or one letter."""
    return len(w) == 1 or pronounceable(w)


SEG_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+")


def alpha_items(run):
    segs = SEG_RE.findall(run)
    assert "".join(segs) == run
    def capd(s):
        return s[0].isupper() and (len(s) == 1 or s[1:].islower())
    if len(segs) >= 2 and all(single_unit(s.lower()) for s in segs):
        if segs[0].islower() and all(capd(s) for s in segs[1:]):
            return [("run", "camel", [s.lower() for s in segs])]
        if all(capd(s) for s in segs):
            return [("run", "pascal", [s.lower() for s in segs])]
    items = []
    for s in segs:
        if s.islower():
            items.extend(chunk_lower(s))
        elif capd(s):
            ch = chunk_lower(s.lower())
            first = ch[0]
            if first[0] in ("letters", "spelled") and len(first[1]) > 1:
                items.append(("cap", ("letters", first[1][0])))
                items.append(("letters", first[1][1:]))
            else:
                items.append(("cap", first))
            items.extend(ch[1:])
        else:
            items.append(("allcaps", chunk_lower(s.lower())))
    return items


SNAKE_RE = re.compile(r"[a-z]+(?:_[a-z]+)+(?![A-Za-z])")
SCREAM_RE = re.compile(r"[A-Z]+(?:_[A-Z]+)+(?![A-Za-z])")
KEBAB_RE = re.compile(r"[a-z]+(?:-[a-z]+){2,}(?![A-Za-z])")


def parse_token(tok):
    items = []
    i = 0
    while i < len(tok):
        c = tok[i]
        if c.isalpha():
            m = None
            for rx, kind, sep, minlen in ((SNAKE_RE, "snake", "_", 1), (SCREAM_RE, "screaming", "_", 1),
                                          (KEBAB_RE, "kebab", "-", 2)):
                mm = rx.match(tok, i)
                if mm:
                    comps = [p.lower() for p in mm.group(0).split(sep)]
                    if all(len(p) >= minlen and single_unit(p) for p in comps):
                        m = (mm, kind, comps)
                        break
            if m:
                items.append(("run", m[1], m[2]))
                i = m[0].end()
                continue
            j = i
            while j < len(tok) and tok[j].isalpha():
                j += 1
            items.extend(alpha_items(tok[i:j]))
            i = j
        elif c.isdigit():
            j = i
            while j < len(tok) and tok[j].isdigit():
                j += 1
            items.append(("num", tok[i:j]))
            i = j
        else:
            for ms in MULTI_SYMS:
                if tok.startswith(ms, i):
                    items.append(("sym", ms))
                    i += len(ms)
                    break
            else:
                assert c in CLEAN_SYM, (c, tok)
                items.append(("sym", c))
                i += 1
    return items


def parse(cmd):
    return [parse_token(t) for t in cmd.split(" ")]


# --------------------------------------------------------------------------
# Clean rendering and its listener
# --------------------------------------------------------------------------
def num_words(s):
    if re.fullmatch(r"[1-9]0", s):
        return [k for k, v in TENS.items() if v == s]
    if re.fullmatch(r"[1-9]00", s):
        return [DIGITS[int(s[0])], "hundred"]
    if re.fullmatch(r"[1-9]000", s):
        return [DIGITS[int(s[0])], "thousand"]
    return [DIGITS[int(d)] for d in s]


def letter_name(c):
    return "zed" if c == "z" else c


def clean_item(it):
    k = it[0]
    if k == "sym":
        return CLEAN_SYM[it[1]].split()
    if k == "num":
        return num_words(it[1])
    if k == "word":
        return [it[1]]
    if k in ("letters", "spelled"):
        return [letter_name(c) for c in it[1]]
    if k == "cap":
        return ["capital"] + clean_item(it[1])
    if k == "allcaps":
        return ["all", "caps"] + [w for sub in it[1] for w in clean_item(sub)]
    if k == "run":
        return [it[1], "case"] + [letter_name(c) if len(c) == 1 else c for c in it[2]]
    raise ValueError(it)


def clean_words(tokens):
    out = []
    for n, items in enumerate(tokens):
        if n:
            out.append("space")
        for it in items:
            out.extend(clean_item(it))
    return out


PROTOCOL_WORDS = set(RESERVED) - {"zed"}


def decode(text):
    """The listener for JP's clean protocol (guide section 2)."""
    w = text.split()
    out = []
    i = 0
    n = len(w)

    def plain(j):
        return j < n and w[j] not in PROTOCOL_WORDS

    def val(word):
        return "z" if word == "zed" else word

    while i < n:
        two = " ".join(w[i:i + 2])
        if two in CASE_RUNS:
            kind = CASE_RUNS[two]
            i += 2
            parts = []
            while plain(i):
                parts.append(val(w[i]))
                i += 1
            if not parts:
                raise ValueError("empty case run")
            if kind == "camel":
                out.append(parts[0] + "".join(p[0].upper() + p[1:] for p in parts[1:]))
            elif kind == "pascal":
                out.append("".join(p[0].upper() + p[1:] for p in parts))
            elif kind == "snake":
                out.append("_".join(parts))
            elif kind == "kebab":
                out.append("-".join(parts))
            elif kind == "screaming":
                out.append("_".join(parts).upper())
            else:
                out.append("".join(parts).upper())
            continue
        if two in DECODE_SYM:
            out.append(DECODE_SYM[two])
            i += 2
            continue
        t = w[i]
        if t == "space":
            out.append(" ")
        elif t in DECODE_SYM:
            out.append(DECODE_SYM[t])
        elif t in DIGITS:
            out.append(str(DIGITS.index(t)))
        elif t in TENS:
            out.append(TENS[t])
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif t == "capital":
            if not plain(i + 1):
                raise ValueError("capital without a word")
            v = val(w[i + 1])
            out.append(v[0].upper() + v[1:])
            i += 1
        elif t in PROTOCOL_WORDS:
            raise ValueError("stray protocol word %r" % t)
        else:
            out.append(val(t))
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# Whisper: fuzzy rendering (protocol with "space", synonyms, Whisper text)
# --------------------------------------------------------------------------
HOMO_LETTER = {"c": ["see", "sea"], "r": ["are"], "u": ["you"], "y": ["why"], "i": ["eye", "I"],
               "t": ["tea", "tee"], "x": ["ex"], "b": ["bee"], "q": ["queue"], "j": ["jay"],
               "k": ["kay"], "g": ["gee"], "p": ["pea"], "z": ["Zed"], "l": ["el"], "s": ["ess"],
               "m": ["em"], "n": ["en"]}
HOMO_DIGIT = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}
SPLIT_PREFIXES = ["data", "back", "file", "work", "down", "load", "user", "name", "host",
                  "pass", "word", "config", "server", "net", "web", "over", "pack", "make",
                  "build", "mount", "super", "under", "fire", "key", "book", "play", "time"]

FUZZY_SYM = {
    "-": ["dash", "dash", "dash", "minus", "hyphen"],
    "--": ["dash dash", "dash dash", "dash-dash", "double dash", "minus minus"],
    ".": ["dot", "dot", "dot", "period", "point"],
    "..": ["dot dot", "dot-dot", "period period"],
    "/": ["slash", "slash", "slash", "forward slash"],
    "~": ["tilde", "tilda", "tilde"],
    "=": ["equals", "equal sign", "equals sign", "equals"],
    "@": ["at", "at sign", "at"],
    "$": ["dollar", "dollar sign"],
    ">": ["redirect", "greater than", "redirect"],
    ">>": ["append", "double greater than"],
    "*": ["star", "asterisk"],
    "_": ["underscore", "under score", "underscore"],
    "&&": ["and and", "and-and"],
    '"': ["quote", "quote", "double quote"],
    "'": ["single quote", "single-quote"],
    ":": ["colon", "colon"],
    "#": ["hash", "hash"],
}


def fz_letters(s, rng):
    if 2 <= len(s) <= 4 and rng.random() < 0.35:
        return [s.upper()]
    out = []
    for c in s:
        if c in HOMO_LETTER and rng.random() < 0.12:
            out.append(rng.choice(HOMO_LETTER[c]))
        elif c == "z":
            out.append(rng.choice(["zed", "Zed", "Z"]))
        else:
            out.append(c.upper())
    return out


def fz_num(s, rng):
    words = num_words(s)
    r = rng.random()
    if words[-1] in ("hundred", "thousand"):
        return [s] if r < 0.6 else [words[0], words[1]] if r < 0.85 else [s[0], words[1]]
    if len(words) == 1 and words[0] in TENS:
        return [s] if r < 0.8 else words
    if r < 0.55:
        return [s]
    if r < 0.75:
        return list(s)
    out = []
    for d in s:
        if d in HOMO_DIGIT and rng.random() < 0.3:
            out.append(rng.choice(HOMO_DIGIT[d]))
        else:
            out.append(DIGITS[int(d)])
    return out


def fz_word(w, rng):
    r = rng.random()
    if r < 0.2:
        for p in SPLIT_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                return [p, w[len(p):]]
    if r > 0.95:
        return [w.capitalize()]
    return [w]


def fz_item(it, rng):
    k = it[0]
    if k == "sym":
        s = it[1]
        if s in FUZZY_SYM:
            return rng.choice(FUZZY_SYM[s]).split()
        return CLEAN_SYM[s].split()
    if k == "num":
        return fz_num(it[1], rng)
    if k == "word":
        return fz_word(it[1], rng)
    if k == "letters":
        return fz_letters(it[1], rng)
    if k == "spelled":  # spelled in protocol style, never glued into a word
        return ["zed" if c == "z" else c.upper() for c in it[1]]
    if k == "cap":
        inner = it[1]
        head = rng.choice(["capital", "capital", "Capital"])
        if inner[0] == "letters":
            return [head, inner[1].upper() if inner[1] != "z" else "Zed"]
        return [head, inner[1] if rng.random() < 0.6 else inner[1].capitalize()]
    if k == "allcaps":
        head = rng.choice(["all caps", "all caps", "all-caps"]).split()
        body = []
        for sub in it[1]:
            if sub[0] == "word":
                body.append(sub[1].upper() if rng.random() < 0.4 else sub[1])
            elif sub[0] == "spelled":
                body.extend(c.upper() for c in sub[1])
            else:
                body.extend(fz_letters(sub[1], rng))
        return head + body
    if k == "run":
        kind = it[1]
        heads = {"camel": ["camel case", "camelCase", "camel case"],
                 "pascal": ["pascal case", "Pascal case", "PascalCase"],
                 "snake": ["snake case", "snake_case", "snake case"],
                 "kebab": ["kebab case", "kebab-case", "kebab case"],
                 "screaming": ["screaming case", "screaming case", "SCREAMING case"]}[kind]
        body = []
        for c in it[2]:
            if len(c) == 1:
                body.append("zed" if c == "z" else c.upper())
            else:
                body.append(c)
        return rng.choice(heads).split() + body
    raise ValueError(it)


def fuzzy_text(tokens, rng):
    pieces = []
    for n, items in enumerate(tokens):
        if n:
            r = rng.random()
            if r < 0.18:
                pieces.append("space,")
            elif r < 0.22:
                pieces.append("space.")
            else:
                pieces.append("space")
        idx = 0
        while idx < len(items):
            it = items[idx]
            nxt = items[idx + 1] if idx + 1 < len(items) else None
            if (it == ("sym", "-") and nxt is not None and nxt[0] == "letters"
                    and len(nxt[1]) == 1 and nxt[1] != "z" and rng.random() < 0.12):
                pieces.append("-" + nxt[1].upper())
                idx += 2
                continue
            pieces.extend(fz_item(it, rng))
            idx += 1
    text = whisper_case(" ".join(pieces))
    if rng.random() < 0.65 and not text.endswith((".", ",")):
        text += "."
    return text.rstrip(",")


def whisper_case(text):
    """Capitalise the first letter and the letter after a full stop."""
    out = []
    cap = True
    for i, ch in enumerate(text):
        if cap and ch.isalpha():
            out.append(ch.upper())
            cap = False
        else:
            out.append(ch)
        if ch in ".:" and (i + 1 == len(text) or text[i + 1] == " "):
            cap = True
    return "".join(out)


# --------------------------------------------------------------------------
# Natural rendering (no "space", loose names, fillers, framing)
# --------------------------------------------------------------------------
NAT_SYM = {
    "-": ["dash"] * 7 + ["minus"],
    "--": ["dash dash"] * 4 + ["double dash"],
    ".": ["dot"] * 5 + ["point", "point"],
    "..": ["dot dot"],
    "/": ["slash"] * 6 + ["forward slash"],
    "~": ["tilde", "tilda"],
    "=": ["equals", "equals", "equal sign"],
    "@": ["at", "at sign"],
    ">": ["redirect", "greater than"],
    ">>": ["append", "double greater than"],
    "*": ["star", "star", "asterisk"],
    "$": ["dollar", "dollar sign"],
}
FRENCH_SYM = {"-": "tiret", "/": "barre oblique", "@": "arobase", "=": "égal",
              '"': "guillemets", "*": "étoile", "#": "dièse", "|": "barre verticale",
              "_": "souligné", "&": "esperluette", ",": "virgule", "'": "apostrophe"}
SLIP_CATCH = ["{fr}, euh, {en}", "{fr}... non, {en}", "{fr}, pardon, {en}", "{fr}, euh, je veux dire {en}"]

OPENERS = ["OK, là,", "Bon,", "Fait que,", "Alors, euh,", "Suivant,", "Écris-moi ça:",
           "Envoye:", "Sur la box du client,", "OK, on the box,", "Bon ben,", "OK, euh,",
           "Là, tape-moi ça:"]
SIGNOFFS = ["C'est ça.", "Go.", "Merci.", "Envoye.", "Voilà.", "That's it."]
FILLERS = ["euh", "là", "ben", "euh", "tsé"]


def nat_sym(s, rng, slip_p):
    if s in FRENCH_SYM and rng.random() < slip_p:
        en = CLEAN_SYM[s]
        return rng.choice(SLIP_CATCH).format(fr=FRENCH_SYM[s], en=en)
    if s in NAT_SYM:
        return rng.choice(NAT_SYM[s])
    return CLEAN_SYM[s]


def nat_letters(s, rng):
    if len(s) <= 4 and rng.random() < 0.8:
        return s.upper()
    return " ".join("zed" if c == "z" else c.upper() for c in s)


# Literal words JP spells even in casual speech: a symbol name or a number
# word said as a word would be heard as the symbol or the number.
NAT_SPELL = set(DIGITS + list(TENS) + TEENS + ["hundred", "thousand", "zed"]) | set(
    "dash minus hyphen dot period point slash backslash tilde underscore quote backtick "
    "colon semicolon comma equals plus at hash bang dollar percent caret star asterisk "
    "pipe ampersand redirect append space and".split())


def nat_plain(g, rng):
    if g[0] == "word":
        return g[1]
    if g[0] == "spelled":
        return " ".join(c.upper() for c in g[1]) if g[1] in NAT_SPELL else g[1]
    return nat_letters(g[1], rng)


def nat_items(items, rng, slip_p=0.05, first=False, spaced_ok=True):
    """Render a sequence of items of one token as JP says it casually."""
    out = []
    i = 0
    while i < len(items):
        it = items[i]
        k = it[0]
        if k in ("word", "letters", "spelled"):
            j = i
            while j < len(items) and items[j][0] in ("word", "letters", "spelled"):
                j += 1
            group = items[i:j]
            spelled_sym = any(g[0] == "spelled" and g[1] in NAT_SPELL for g in group)
            if len(group) == 1 or spelled_sym:
                out.extend(nat_plain(g, rng) for g in group)
            elif (not first and len(group) == 2 and group[0][0] == "letters"
                  and group[1][0] == "word" and rng.random() < 0.25):
                out.append(group[0][1].upper() + " " + group[1][1])   # "PNM margin"
            else:
                out.append("".join(g[1] for g in group))               # "mkdir"
            i = j
            continue
        if k == "sym":
            if (it[1] == "-" and out and i > 0 and items[i - 1][0] == "num"
                    and i + 1 < len(items) and items[i + 1][0] == "num"):
                out[-1] = out[-1] + "-" + items[i + 1][1]              # "1-10"
                i += 2
                continue
            out.append(nat_sym(it[1], rng, slip_p))
        elif k == "num":
            s = it[1]
            inner = 0 < i < len(items) - 1
            if (len(s) >= 4 and (inner or spaced_ok) and not re.fullmatch(r"[1-9]000", s)
                    and rng.random() < 0.2):
                out.append(" ".join(s))
            elif re.fullmatch(r"[1-9]00|[1-9]000", s) and rng.random() < 0.3:
                out.append(" ".join(num_words(s)))
            else:
                out.append(s)
        elif k == "cap":
            inner = it[1]
            word = inner[1].upper() if inner[0] == "letters" else inner[1]
            if rng.random() < slip_p * 2:
                out.append("majuscule, euh, capital " + word)
            else:
                out.append("capital " + word)
        elif k == "allcaps":
            body = " ".join(s[1] if s[0] == "word" else s[1].upper() if s[0] == "spelled"
                            else nat_letters(s[1], rng) for s in it[1])
            out.append("all caps " + body)
        elif k == "run":
            body = " ".join(("zed" if c == "z" else c.upper()) if len(c) == 1 else c for c in it[2])
            out.append("%s case %s" % (it[1], body))
        i += 1
    return " ".join(out)


OPERATOR_TOKENS = {"|", ">", ">>", "<", "&&", "||", ";", "2>", "&", "2>&1", "|&", "1>"}
SAFE_END = "/\"')]}"
SAFE_START = "-~/\"'([{.$"


def needs_space(prev, nxt):
    """Where JP, even talking casually, says "space": a blank nobody could guess."""
    if prev in OPERATOR_TOKENS or nxt in OPERATOR_TOKENS:
        return False
    if not any(c.isalnum() for c in prev) or not any(c.isalnum() for c in nxt):
        return True
    if not prev[-1].isalnum() and not nxt[0].isalnum():
        return True
    if not (prev[-1].isalnum() or prev[-1] in SAFE_END):
        return True
    if not (nxt[0].isalnum() or nxt[0] in SAFE_START):
        return True
    return False


def nat_parts(tokens, cmd_tokens, rng, slip_p):
    parts = []
    for i, t in enumerate(tokens):
        left = i > 0 and cmd_tokens[i - 1][-1].isdigit()
        right = i + 1 < len(tokens) and cmd_tokens[i + 1][0].isdigit()
        parts.append(nat_items(t, rng, slip_p, first=(i == 0), spaced_ok=not (left or right)))
    return parts


def join_parts(parts, cmd_tokens, rng, p, start=0):
    out = []
    for n, part in enumerate(parts):
        i = start + n
        if n and needs_space(cmd_tokens[i - 1], cmd_tokens[i]):
            out.append(" space ")
        elif n and not part.startswith(",") and rng.random() < p:
            out.append(", " + rng.choice(FILLERS) + ", ")
        elif n:
            out.append(" ")
        out.append(part)
    return "".join(out)


def frame(body, rng):
    opener = rng.choice(OPENERS)
    text = opener + " " + body.strip()
    if rng.random() < 0.5:
        sign = rng.choice(SIGNOFFS)
        if ((text.rstrip(".,").endswith("c'est ça") and sign == "C'est ça.")
                or (opener == "Envoye:" and sign == "Envoye.")):
            sign = "Go."
        text = text.rstrip(".,") + ". " + sign
    else:
        text = text.rstrip(",") + ("" if text.rstrip(",").endswith((".", "?", "!")) else ".")
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\.\.\.,", "...", text)
    return whisper_case(text)


def natural_text(tokens, cmd_tokens, rng):
    parts = nat_parts(tokens, cmd_tokens, rng, 0.05)
    return frame(join_parts(parts, cmd_tokens, rng, 0.12), rng)


# --------------------------------------------------------------------------
# Chaotic rendering
# --------------------------------------------------------------------------
SWAP = {"data": "docs", "docs": "data", "src": "tmp", "tmp": "src", "main": "test",
        "test": "main", "input": "output", "output": "input", "backup": "archive",
        "archive": "backup", "app": "api", "notes": "report", "report": "notes",
        "projects": "documents", "log": "txt", "txt": "log", "json": "yaml",
        "foo": "bar", "demo": "prod", "alpha": "beta", "localhost": "example",
        "example": "localhost", "admin": "root", "config": "settings", "file": "path",
        "image": "photo", "photo": "image", "server": "client", "user": "admin",
        "name": "label", "list": "show", "index": "home"}
FALLBACK_WRONG = ["data", "config", "backup", "main", "notes", "server", "logs", "input"]
ASIDES = ["le pager sonne encore", "maudit que c'est lent ce soir", "sorry, je mange",
          "c'est pour le ticket du client", "ok le monitoring crie encore",
          "pourquoi ça marche pas, ça", "mon café est frette", "le client de Laval, encore lui"]
WORD_FIX = ["non, pas ça,", "non,", "attends,", "oups,", "pardon,", "je veux dire"]
FLAG_FIX = ["non non,", "non, attends,", "pas ça,", "wait, non,", "je veux dire"]
RESTART = ["Non, attends, je recommence.", "Oublie ça, on reprend.", "Scratch that.",
           "Non non non, from the top:", "Pas ça. Bon,"]
THINK = ["euh, c'est quoi déjà... ah oui,", "attends, je check... OK,", "euh... ben,"]

# Words that must never appear in framing, fillers, asides or corrections.
FRAMING_BANNED = RESERVED | {"to", "too", "for", "ate", "won", "oh"}


def wrong_word(w, rng):
    if w in SWAP:
        return SWAP[w]
    return rng.choice([x for x in FALLBACK_WRONG if x != w])


def wrong_num(s, rng):
    while True:
        cand = str(rng.randint(1, 9)) if len(s) == 1 else str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))
        if cand != s:
            return cand


def wrong_flag(tok, rng):
    m = re.fullmatch(r"-([A-Za-z])", tok)
    if m:
        letters = [c for c in "abcdfhilnqrsv" if c != m.group(1).lower()]
        return "-" + rng.choice(letters)
    if tok.startswith("--"):
        return "--" + rng.choice(["verbose", "force", "all", "quiet", "recursive", "debug"])
    return "-" + rng.choice("vqrf")


def chaotic_text(tokens, cmd_tokens, rng):
    n = len(tokens)
    slip = 0.15
    parts = nat_parts(tokens, cmd_tokens, rng, slip)

    def whole(items, j):
        it = items[j]
        if it[0] == "num":
            return True
        if it[0] not in ("word", "spelled"):
            return False
        alpha = ("word", "letters", "spelled", "cap", "allcaps", "run")
        return ((j == 0 or items[j - 1][0] not in alpha)
                and (j + 1 == len(items) or items[j + 1][0] not in alpha))
    word_spots = [(i, j) for i in range(1, n) for j, it in enumerate(tokens[i]) if whole(tokens[i], j)]
    head_spots = [(0, j) for j, it in enumerate(tokens[0]) if whole(tokens[0], j)]
    flag_spots = [i for i in range(1, n) if cmd_tokens[i].startswith("-") and len(cmd_tokens[i]) > 1
                  and cmd_tokens[i] not in ("--",)]
    kinds = ["restart", "partial"]
    if word_spots:
        kinds += ["word", "word", "word"]
    if flag_spots:
        kinds += ["flag", "flag", "flag"]
    kind = rng.choice(kinds)
    confirm = rng.random() < 0.3
    prefix_say = None
    if kind == "word":
        i, j = rng.choice(word_spots)
        items = tokens[i]
        it = items[j]
        if it[0] != "num":
            wrong = ("word", wrong_word(it[1], rng))
        else:
            wrong = ("num", wrong_num(it[1], rng))
        said = nat_items(items[:j] + [wrong], rng, slip)
        right = nat_items([it], rng, slip)
        rest = nat_items(items[j + 1:], rng, slip) if j + 1 < len(items) else ""
        if rng.random() < 0.25:
            fix = "%s, non, pas %s, %s" % (said, nat_items([wrong], rng, 0), right)
        else:
            fix = "%s, %s %s" % (said, rng.choice(WORD_FIX), right)
        if confirm:
            fix += ", c'est ça,"
        parts[i] = (fix + " " + rest).strip()
    elif kind == "flag":
        i = rng.choice(flag_spots)
        bad = wrong_flag(cmd_tokens[i], rng)
        if bad == cmd_tokens[i]:
            bad = "--verbose" if cmd_tokens[i] != "--verbose" else "-v"
        said = nat_items(parse_token(bad), rng, slip)
        right = nat_items(tokens[i], rng, slip)
        r = rng.random()
        if r < 0.3:
            fix = "%s... non, pas %s, %s" % (said, said, right)
        else:
            fix = "%s, %s %s" % (said, rng.choice(FLAG_FIX), right)
        if confirm:
            fix += ", c'est ça,"
        parts[i] = fix
    elif kind == "restart":
        k = rng.randint(1, max(1, min(3, n - 1)))
        false = nat_parts(tokens[:k], cmd_tokens[:k], rng, slip)
        cand = [(a, b) for (a, b) in head_spots + word_spots if 0 < a < k]
        swapped = bool(cand) and rng.random() < 0.6
        if swapped:
            a, b = rng.choice(cand)
            it = tokens[a][b]
            wrong = ("word", wrong_word(it[1], rng)) if it[0] != "num" else ("num", wrong_num(it[1], rng))
            false[a] = nat_items(tokens[a][:b] + [wrong] + tokens[a][b + 1:], rng, slip)
        said = join_parts(false, cmd_tokens, rng, 0)
        if not swapped and n > 1 and k < n and not cmd_tokens[k].startswith("-"):
            said += " " + nat_items([("sym", "-"), ("letters", rng.choice("lvr"))], rng, slip)
        prefix_say = said + "... " + rng.choice(RESTART)
    else:  # partial: trail off, think, then the whole thing again or continue
        if n > 2 and rng.random() < 0.5:
            k = rng.randint(1, n - 1)
            parts[k] = ", " + rng.choice(THINK) + " " + parts[k]
        elif n > 1:
            k = rng.randint(1, min(2, n - 1))
            prefix_say = join_parts(nat_parts(tokens[:k], cmd_tokens[:k], rng, slip),
                                    cmd_tokens, rng, 0) + "... euh..."
        else:
            parts[0] = parts[0] + "... euh... " + parts[0]
    # secondary trouble
    r = rng.random()
    if r < 0.25 and n > 1:
        k = rng.randint(1, n - 1)
        parts[k] = "— " + rng.choice(ASIDES) + " — " + parts[k]
    elif r < 0.45 and tokens[0] and all(x[0] in ("word", "letters") for x in tokens[0]) and prefix_say is None:
        parts[0] = parts[0] + "... " + parts[0]
    body = join_parts(parts, cmd_tokens, rng, 0.15)
    if prefix_say:
        body = prefix_say + " " + body
    body = re.sub(r"\s*,\s*,", ",", body)
    body = re.sub(r"\s+,", ",", body)
    return frame(body, rng)


# --------------------------------------------------------------------------
# Selection and driver
# --------------------------------------------------------------------------
def allowed(cmd):
    return (cmd.isascii() and "\t" not in cmd and "  " not in cmd and len(cmd) <= 64
            and cmd == cmd.strip() and cmd != "")


def check_framing():
    phrases = OPENERS + SIGNOFFS + FILLERS + ASIDES + WORD_FIX + FLAG_FIX + RESTART + THINK
    for p in phrases:
        for w in re.findall(r"[A-Za-z]+", p.lower()):
            assert w not in FRAMING_BANNED, (w, p)
        assert not re.search(r"\d", p), p


def main():
    check_framing()
    rng = random.Random(100)
    with open(POOL, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    seen = set()
    cands = []
    for n, row in enumerate(rows):
        cmd = row["command"]
        if n % 3 != 0 or not allowed(cmd) or cmd in seen:
            continue
        seen.add(cmd)
        cands.append(cmd)
    rng.shuffle(cands)
    per_first = {}
    chosen = []
    for cmd in cands:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        words = clean_words(parse(cmd))
        if len(words) > 48:
            continue
        if decode(" ".join(words)) != cmd:
            raise AssertionError("clean protocol cannot express %r" % cmd)
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES) == len(set(chosen))

    lines = []
    for s_idx, slice_name in enumerate(SLICES):
        for cmd in chosen[s_idx * PER_SLICE:(s_idx + 1) * PER_SLICE]:
            tokens = parse(cmd)
            if slice_name == "clean":
                text = " ".join(clean_words(tokens))
                assert decode(text) == cmd, (text, cmd)
            elif slice_name == "fuzzy":
                text = fuzzy_text(tokens, rng)
            elif slice_name == "natural":
                text = natural_text(tokens, cmd.split(" "), rng)
            else:
                text = chaotic_text(tokens, cmd.split(" "), rng)
            text = re.sub(r"\s+", " ", text).strip()
            lines.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in lines:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    sys.exit(main())
