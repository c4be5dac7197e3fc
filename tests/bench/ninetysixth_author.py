"""Held-out dictation set, author 96 (voice-to-bash).

Writes assets/training/bash/author96.jsonl: 400 lines of
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author96"}
100 lines per slice, in that order.  Standard library only; one
random.Random(96) is consumed in a fixed order, so reruns are byte-identical.

SOURCE AND CREDIT
  Every command is taken verbatim from tldr-pages
  (https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the
  project pool assets/training/bash/pages_dev55_commands.jsonl.  Only
  0-based pool lines n with n % 3 == 2 are used, for all four slices.
  Commands are skipped when they hold non-ASCII text, tabs, double spaces,
  more than 64 characters, or more than 48 spoken tokens in the clean
  protocol below.  The generator shuffles the allowed commands with the
  seeded generator and walks that order, keeping at most two commands per
  first word and no command twice, until 400 are chosen (first 100 clean,
  next 100 fuzzy, then natural, then chaotic).

STYLE GUIDE
===========

1. The speaker
  A network and systems engineer in their fifties from Dublin, trained on
  switchboards and serial consoles long before laptops.  Speaks Hiberno-
  and British English, not American: says "zed" for Z, "nought" for zero,
  "hundred AND twelve", "capital" (never "uppercase"), says "double" for
  any thing said twice, calls ( ) "round brackets" and [ ] "square
  brackets" when not careful, says "quote ... unquote" or "inverted
  commas" around strings, "full stop" now and then, and "stroke" for a
  slash once in a while.  Dictation is a radio-operator habit: short,
  deliberate units, the word "space" said clearly when careful.

2. The protocol as this speaker uses it (clean slice)
  The clean transcript is lower case, without punctuation, and holds
  nothing but the command.  Output is built by concatenation: nothing is
  separated unless the speaker says "space"; "space" is said exactly once
  between two command tokens and never elsewhere.

  2.1 Symbols (one fixed name each):
      -  dash            .  dot (point between two digit runs of a
                            decimal or version such as 1.0; in dotted
                            quads such as 192.168.1.2 it stays "dot")
      /  slash           \\  backslash        |  pipe
      *  star            !  bang              #  hash
      ~  tilde           @  at                $  dollar
      %  percent         ^  caret             &  ampersand
      =  equals          +  plus              :  colon
      ;  semicolon       _  underscore        ,  comma
      "  quote           '  single quote      `  backtick
      ?  question mark   (  open paren        )  close paren
      [  open bracket    ]  close bracket     {  open curly
      }  close curly     <  less than         >  greater than
  2.2 "double X" means X twice, for any symbol, letter or digit:
      "double dash" --, "double ampersand" &&, "double pipe" ||,
      "double dot" .., "double greater than" >>, "double less than" <<,
      "double p" pp, "double nought" 00.  Three in a row is "double X X".
      This speaker never says "and and", "dash dash" or "dot dot" when
      careful, and never uses "double" with any quote: two quote marks
      are "quote quote" and "quote" is always the single character ".
      "2>" is simply "two greater than", "2>&1" is "two greater than
      ampersand one".
  2.3 Letters are named one by one, in lower case: a b c ... y, and Z is
      "zed".  Equal neighbours inside a spelled run take "double"
      ("a double p l e").
  2.4 Words.  A lower-case alphabetic run that is pronounceable (four or
      more letters with a vowel, no five consonants together, a start a
      speaker can say (a vowel or an onset like st, pl, ch) and an ending a
      speaker can say (a vowel, an s, or a coda like nt, st, ck); or a
      short everyday word such as git, cat, tmp, src, foo, com, yaml, json)
      is said as the word itself; anything else (ls, nmcli, pbmtogem,
      html) is spelled.  A literal
      word that collides with a protocol word (space, dash, dot, point,
      double, capital, caps, case, and, hundred, thousand, quote, open,
      close, than, one, ten, zed, any symbol, synonym, number or casing
      word) is always spelled letter by letter, so "s p a c e" is the
      text space.  A protocol word is never said as itself for text.
  2.5 Casing.  "capital x" gives X; "capital word" gives Word (first letter
      only).  "all caps word" gives WORD for a pronounceable word of three
      or more letters; other upper-case runs get "capital" before each
      letter ("capital i capital f capital s").  Case runs, used
      whenever every part is a pronounceable non-protocol word:
        snake case a b       a_b      (two or more parts)
        screaming case a b   A_B
        kebab case a b c     a-b-c    (three or more parts only; two are
                                        said with "dash")
        pascal case a b      AB       (each part capitalised)
        camel case a b       aB
      A run takes every following plain word and ends at the first
      protocol word ("space", a symbol, a number, a letter, "capital"), and
      the speaker only uses a run where that holds.
  2.6 Numbers.  Digits concatenate with neighbouring text.
      - one digit: its word; zero is "nought".
      - two digits: the compound ("forty two", "ten", "eighteen").
      - three digits: "five hundred and twelve", "one hundred and eighty",
        "three hundred and five", "one hundred".
      - four digits: "three thousand", "two thousand and one",
        "nineteen hundred", otherwise in pairs: "eighty eighty" 8080,
        "ten twenty four" 1024, "twenty twenty" 2020, "fifty four thirty
        two" 5432; a pair starting with 0 is said digit by digit
        ("nineteen nought five" 1905).
      - leading zero, five or more digits, or any number in a command
        token that holds a dotted quad or an x.y.z version (the port in
        192.168.1.10:8080 too): digit by digit with "double" for equal
        neighbours ("one nine two dot one six eight", "nought six double
        four" 0644).
      A tens word followed by a digit word one..nine is always one number
      (forty two = 42); "hundred and" / "thousand and" only joins a number
      to the word "and" that follows it.

3. Natural speech habits (natural and chaotic slices)
  - No "space"; the command is said the way this speaker says it to a
    colleague, and spacing is left to the listener.
  - Openers: "Right so", "Would you ever type", "Go on and run", "Stick
    in", "Give us", "Okay so", "Now", "I'm after needing".
    Sign-offs: "That's it", "Grand, thanks", "Sound", "Cheers",
    "Lovely", "That'll do".
  - Fillers: "em", "erm", "like", "you know" ("sure" and "now" only in
    openers).  Only between command tokens, never inside one, and never a
    word that the command itself holds.
  - Loose symbol names: hyphen or dash, "double dash" or "dash dash",
    "full stop" for a dot now and then, "forward slash" or "stroke",
    "round bracket", "square bracket", "curly bracket", "exclamation
    mark", "per cent", "and and"; strings as "quote ... unquote",
    "open quotes ... close quotes" or "in inverted commas ... close the
    inverted commas".
  - Casing: "capital V", "editor in capitals", "set permissions in snake
    case".
  - Numbers come out as Whisper numerals; now and then the British words.
4. Chaotic habits (natural plus trouble)
  - Word or flag corrections: "<wrong>, ah no, sorry, <right>",
    "<wrong>, no wait, <right>", "<wrong>, not <wrong>, <right>",
    "<wrong>, sorry, that should be <right>", "<wrong>, me mistake,
    <right>", "<wrong>, hang on, make that <right>".
  - Whole-command corrections: a wrong or half command, then "ah no,
    scrap that, start again" / "forget that, I'll start over" and the full
    command.
  - Restarts: the first few tokens, a stop ("sorry, from the top"), then
    the whole command again.
  - Chunking: "first it's ..., and then after that ..., and the rest is
    ...".
  - Asides: "hold on till I check the name", "yeah, that's the one",
    "don't mind the dog", "where was I", "God, what's it called".
  - Repeated words only in the framing ("can you, can you").
  The last thing said for each position is what counts.

5. Whisper's habits (fuzzy, natural, chaotic)
  - Capital first letter, full stop at the end, commas at pauses,
    "space," with a comma, ellipses.
  - Numerals for spoken numbers (192, 8080, 0.7), "naught" for nought.
  - Spelled letters as capitals, glued ("NMCLI"), spaced ("N M C L I")
    or hyphenated ("N-M-C-L-I"); "Zed", "haitch".
  - Homophones: carrot (caret), tilda (tilde), pseudo (sudo), semi colon,
    back tick, under score, kebab/kabob.
  - Split and glued words ("git leaks", "dash-dash", "all-caps",
    "camelcase"), dots glued into file names (photo.pnm), paths glued
    (/dev/null) in natural speech.
  - Capitalised proper names (Docker, Git, Python, Linux).
6. The four slices
  clean   - the protocol above, careful lower-case transcript; decode()
            below is the listener and every clean line round-trips.
  fuzzy   - the same protocol and "space" words, but as Whisper writes it,
            and with synonyms the speaker also uses: hyphen, minus,
            period, point, forward slash, asterisk, "dash dash", "and and",
            "redirect", "append", "at sign", "dollar sign", "equals sign",
            "open brace".  No framing, no fillers.
  natural - section 3 with section 5.
  chaotic - section 4 on top of natural.
"""
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev55_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author96.jsonl")
AUTHOR = "author96"

# --------------------------------------------------------------------------
# Protocol vocabulary
# --------------------------------------------------------------------------
DIGIT_WORD = ["nought", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]
DIG = {w: i for i, w in enumerate(DIGIT_WORD)}
DIG["zero"] = 0
TEEN_WORD = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
             "sixteen", "seventeen", "eighteen", "nineteen"]
TEENS = {w: 10 + i for i, w in enumerate(TEEN_WORD)}
TENS_WORD = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
             7: "seventy", 8: "eighty", 9: "ninety"}
TENS = {w: k * 10 for k, w in TENS_WORD.items()}

SYM = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open curly", "}": "close curly", "<": "less than",
    ">": "greater than",
}
PHRASE_SYM = {v: k for k, v in SYM.items()}
PHRASE_SYM["point"] = "."
PHRASES = sorted(((tuple(p.split()), s) for p, s in PHRASE_SYM.items()),
                 key=lambda x: -len(x[0]))
LETTER_NAME = {c: c for c in "abcdefghijklmnopqrstuvwxy"}
LETTER_NAME["z"] = "zed"
NAME_LETTER = {v: k for k, v in LETTER_NAME.items()}
RUNS = {"snake", "screaming", "kebab", "pascal", "camel"}

COLLIDE = set()
for _p in list(PHRASE_SYM):
    COLLIDE.update(_p.split())
COLLIDE.update(DIG)
COLLIDE.update(TEENS)
COLLIDE.update(TENS)
COLLIDE.update(RUNS)
COLLIDE.update("""space double capital all caps case hundred thousand and zed
    haitch oh minus hyphen period forward asterisk sign redirect append
    paren brace curly bracket angle single mark question open close less
    greater than word literal the""".split())

SHORT_OK = set("""git cat run add get set new log key app web tag top man bin
    usr tmp lib etc dev src foo bar baz vim zip tar apt pip sed awk box dir
    env pod up in to of is it on off go my id db url api tab red new old
    use end run job map key net web ram row raw sum yes max min out who
    why put fix let via com org how not now can has nix bun gem yaml json
    toml""".split())
CODAS = set("""ck ct ft ld lf lk lm lp lt mp nd ng nk nt pt rb rc rd rf rg rk
    rl rm rn rp rt sh sk sp st th ch gh ll ff ss tt nn rr xt""".split())
ONSETS = set("""bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw
    th tr tw wh wr kn ph ps qu""".split())
SPLIT_PARTS = set("""mark down git leaks node mon key base web torrent star ship
    type script file name work space time stamp data back over flow info
    line tool test book open pack page view edit image audio video play
    list link load make share shell sync text user word host port mail
    code check clip color cloud config disk docker fetch find flash format
    graph hash help home index kit lock main menu mount note path photo
    power print proxy query read record remote report scan screen search
    server shot show sound source stream switch system table tag task term
    track tree update watch wall chain chat term store drive ware soft
    back ground bench mark net work up date""".split())


def sayable(w):
    """Does the speaker say this lower-case run as a word (not spell it)?"""
    if not w.isalpha() or not w.islower() or len(w) < 2 or w in COLLIDE:
        return False
    if w in SHORT_OK:
        return True
    if len(w) < 4:
        return False
    if not re.search(r"[aeiouy]", w):
        return False
    if re.search(r"[^aeiouy]{5}", w):
        return False
    if w[-1] not in "aeiouy" and w[-2] not in "aeiouy" \
            and w[-2:] not in CODAS and w[-1] != "s":
        return False
    if re.search(r"(.)\1\1", w):
        return False
    if w[0] not in "aeiouy" and w[1] not in "aeiouy" and w[:2] not in ONSETS:
        return False
    return True


# --------------------------------------------------------------------------
# Clean encoder: command -> list of units; units flatten to spoken words
# --------------------------------------------------------------------------
def spell(letters):
    out = []
    i = 0
    while i < len(letters):
        if i + 1 < len(letters) and letters[i] == letters[i + 1]:
            out += ["double", LETTER_NAME[letters[i]]]
            i += 2
        else:
            out.append(LETTER_NAME[letters[i]])
            i += 1
    return out


def digits_one_by_one(s):
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            out += ["double", DIGIT_WORD[int(s[i])]]
            i += 2
        else:
            out.append(DIGIT_WORD[int(s[i])])
            i += 1
    return out


def small(v):
    """1..99 as words."""
    if v < 10:
        return [DIGIT_WORD[v]]
    if v < 20:
        return [TEEN_WORD[v - 10]]
    t, u = divmod(v, 10)
    return [TENS_WORD[t]] + ([DIGIT_WORD[u]] if u else [])


def pair(p):
    if p[0] == "0":
        return digits_one_by_one(p)
    return small(int(p))


def number_words(s, one_by_one):
    if one_by_one or (len(s) > 1 and s[0] == "0") or len(s) >= 5:
        return digits_one_by_one(s)
    if len(s) == 1:
        return [DIGIT_WORD[int(s)]]
    if len(s) == 2:
        return small(int(s))
    if len(s) == 3:
        if s[1:] == "00":
            return [DIGIT_WORD[int(s[0])], "hundred"]
        return [DIGIT_WORD[int(s[0])], "hundred", "and"] + small(int(s[1:]))
    # four digits
    if s[1:] == "000":
        return [DIGIT_WORD[int(s[0])], "thousand"]
    if s[1:3] == "00":
        return [DIGIT_WORD[int(s[0])], "thousand", "and"] + small(int(s[3]))
    if s[2:] == "00":
        return small(int(s[:2])) + ["hundred"]
    return pair(s[:2]) + pair(s[2:])


RUN_PATTERNS = [
    ("snake", re.compile(r"[a-z]+(?:_[a-z]+)+")),
    ("screaming", re.compile(r"[A-Z]+(?:_[A-Z]+)+")),
    ("kebab", re.compile(r"[a-z]+(?:-[a-z]+){2,}")),
    ("pascal", re.compile(r"(?:[A-Z][a-z]+){2,}")),
    ("camel", re.compile(r"[a-z]+(?:[A-Z][a-z]+)+")),
]
CASE_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+")


def run_parts(kind, text):
    if kind in ("snake", "screaming"):
        return [p.lower() for p in text.split("_")]
    if kind == "kebab":
        return text.split("-")
    return [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", text)]


def alpha_units(piece):
    units = []
    for sub in CASE_SPLIT.findall(piece):
        if sub.islower():
            if sayable(sub):
                units.append(("word", sub))
            else:
                units.append(("spell", sub))
        elif len(sub) == 1:
            units.append(("capletter", sub.lower()))
        elif sub[0].isupper() and sub[1:].islower():
            if sayable(sub.lower()):
                units.append(("capword", sub.lower()))
            else:
                units.append(("capletter", sub[0].lower()))
                units.append(("spell", sub[1:]))
        else:  # all caps
            if len(sub) >= 3 and sayable(sub.lower()):
                units.append(("allcaps", sub.lower()))
            else:
                for c in sub:
                    units.append(("capletter", c.lower()))
    return units


def token_units(tok):
    dotted = bool(re.search(r"\d+\.\d+\.\d+", tok))
    units = []
    i = 0
    n = len(tok)
    while i < n:
        ch = tok[i]
        if ch.isalpha() and (i == 0 or not tok[i - 1].isalnum()):
            hit = None
            for kind, pat in RUN_PATTERNS:
                m = pat.match(tok, i)
                if not m:
                    continue
                j = m.end()
                if j < n and tok[j].isalnum():
                    continue
                parts = run_parts(kind, m.group(0))
                if all(sayable(p) for p in parts):
                    hit = (kind, parts, j)
                    break
            if hit:
                units.append(("run", hit[0], hit[1]))
                i = hit[2]
                continue
        if ch.isalpha():
            j = i
            while j < n and tok[j].isalpha():
                j += 1
            units += alpha_units(tok[i:j])
            i = j
        elif ch.isdigit():
            j = i
            while j < n and tok[j].isdigit():
                j += 1
            units.append(("num", tok[i:j], dotted))
            i = j
        else:
            if ch == "." and 0 < i < n - 1 and tok[i - 1].isdigit() \
                    and tok[i + 1].isdigit() and not dotted:
                units.append(("sym", ".", "point"))
                i += 1
            elif i + 1 < n and tok[i + 1] == ch and ch not in "\"'`":
                units.append(("sym", ch + ch, "double " + SYM[ch]))
                i += 2
            else:
                units.append(("sym", ch, SYM[ch]))
                i += 1
    return units


def command_units(cmd):
    """List of per-token unit lists."""
    return [token_units(t) for t in cmd.split(" ")]


def unit_words(u):
    k = u[0]
    if k == "word":
        return [u[1]]
    if k == "spell":
        return spell(u[1])
    if k == "capletter":
        return ["capital", LETTER_NAME[u[1]]]
    if k == "capword":
        return ["capital", u[1]]
    if k == "allcaps":
        return ["all", "caps", u[1]]
    if k == "run":
        return [u[1], "case"] + list(u[2])
    if k == "num":
        return number_words(u[1], u[2])
    if k == "sym":
        return u[2].split()
    raise ValueError(u)


def clean_words(toks):
    out = []
    for ti, units in enumerate(toks):
        if ti:
            out.append("space")
        for u in units:
            out += unit_words(u)
    return out


# --------------------------------------------------------------------------
# decode(): the careful listener for the clean protocol
# --------------------------------------------------------------------------
def _plain(w):
    return (len(w) >= 2 and w.isalpha() and w not in COLLIDE
            and w not in NAME_LETTER)


def _symbol_at(t, i):
    for words, s in PHRASES:
        if tuple(t[i:i + len(words)]) == words:
            return s, i + len(words)
    return None


def _small_at(t, i):
    w = t[i]
    if w in TEENS:
        return TEENS[w], i + 1
    if w in TENS:
        v = TENS[w]
        if i + 1 < len(t) and t[i + 1] in DIG and DIG[t[i + 1]] > 0:
            return v + DIG[t[i + 1]], i + 2
        return v, i + 1
    if w in DIG and DIG[w] > 0:
        return DIG[w], i + 1
    return None


def _number_at(t, i):
    n = len(t)
    w = t[i]
    nxt = t[i + 1] if i + 1 < n else None
    if w in DIG:
        d = DIG[w]
        if d > 0 and nxt in ("hundred", "thousand"):
            width = 2 if nxt == "hundred" else 3
            j = i + 2
            if j + 1 < n and t[j] == "and" and _small_at(t, j + 1):
                v, j = _small_at(t, j + 1)
                return str(d) + str(v).zfill(width), j
            return str(d) + "0" * width, j
        return str(d), i + 1
    if w in TEENS or w in TENS:
        v, j = _small_at(t, i)
        if j < n and t[j] == "hundred":
            return str(v) + "00", j + 1
        return str(v), j
    return None


def _single_at(t, i):
    """One symbol, letter or digit (what "double" doubles)."""
    s = _symbol_at(t, i)
    if s:
        return s
    if t[i] in NAME_LETTER:
        return NAME_LETTER[t[i]], i + 1
    if t[i] in DIG:
        return str(DIG[t[i]]), i + 1
    raise ValueError(f"cannot double {t[i]!r}")


def decode(text):
    t = text.split()
    out = []
    i = 0
    n = len(t)
    while i < n:
        w = t[i]
        if w == "space":
            out.append(" ")
            i += 1
        elif w == "double":
            s, i = _single_at(t, i + 1)
            out.append(s * 2)
        elif w == "capital":
            nx = t[i + 1]
            if nx in NAME_LETTER:
                out.append(NAME_LETTER[nx].upper())
            elif _plain(nx):
                out.append(nx[0].upper() + nx[1:])
            else:
                raise ValueError(f"capital {nx!r}")
            i += 2
        elif w == "all" and i + 2 < n and t[i + 1] == "caps":
            out.append(t[i + 2].upper())
            i += 3
        elif w in RUNS and i + 1 < n and t[i + 1] == "case":
            j = i + 2
            parts = []
            while j < n and _plain(t[j]):
                parts.append(t[j])
                j += 1
            if w == "snake":
                out.append("_".join(parts))
            elif w == "screaming":
                out.append("_".join(parts).upper())
            elif w == "kebab":
                out.append("-".join(parts))
            elif w == "pascal":
                out.append("".join(p.capitalize() for p in parts))
            else:
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            i = j
        elif _symbol_at(t, i):
            s, i = _symbol_at(t, i)
            out.append(s)
        elif _number_at(t, i):
            s, i = _number_at(t, i)
            out.append(s)
        elif w in NAME_LETTER:
            out.append(NAME_LETTER[w])
            i += 1
        elif _plain(w):
            out.append(w)
            i += 1
        else:
            raise ValueError(f"unknown word {w!r}")
    return "".join(out)


# --------------------------------------------------------------------------
# Whisper helpers
# --------------------------------------------------------------------------
PROPER = {"docker": "Docker", "git": "Git", "python": "Python",
          "linux": "Linux", "ubuntu": "Ubuntu", "github": "GitHub",
          "google": "Google", "java": "Java", "azure": "Azure",
          "kubernetes": "Kubernetes", "firefox": "Firefox",
          "debian": "Debian", "windows": "Windows", "apple": "Apple"}
HOMOPHONE = {"sudo": ["pseudo", "sudo", "Sudo"], "caret": ["carrot"],
             "tilde": ["tilda", "tilde"], "semicolon": ["semi colon",
             "semi-colon"], "backtick": ["back tick", "backtik"],
             "underscore": ["under score", "underscore"],
             "kebab": ["kabob", "kebab"], "nought": ["naught", "nought"],
             "zed": ["Zed", "zed"]}


def whisper_letters(rng, letters):
    """Spelled letters (lower-case string) as Whisper writes them."""
    up = [("Zed" if c == "z" and rng.random() < 0.4 else c.upper()) for c in letters]
    r = rng.random()
    if len(letters) == 1:
        return up[0] if rng.random() < 0.85 else letters
    if r < 0.4:
        return "".join(c if len(c) == 1 else "Z" for c in up)
    if r < 0.7:
        return " ".join("haitch" if c == "H" and rng.random() < 0.3 else c
                        for c in up)
    if r < 0.85:
        return "-".join(c if len(c) == 1 else "Z" for c in up)
    return " ".join(c.lower() for c in up)


def split_word(rng, w):
    """Whisper sometimes breaks a long tool name in two."""
    cuts = [k for k in range(2, len(w) - 1)
             if w[:k] in SPLIT_PARTS and w[k:] in SPLIT_PARTS]
    if cuts and rng.random() < 0.35:
        k = cuts[0]
        return w[:k] + " " + w[k:]
    return w


def numeral_text(rng, s, words):
    """A number group as Whisper writes it."""
    r = rng.random()
    if r < 0.75:
        return s
    if r < 0.9:
        return " ".join(rng.choice(HOMOPHONE["nought"]) if w == "nought"
                        else w for w in words)
    return "-".join(words) if len(words) == 2 and words[0] in TENS else " ".join(words)


def finish_sentence(rng, text):
    text = text.strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.?])", r"\1", text)
    text = re.sub(r",+", ",", text)
    text = re.sub(r"\.,", ".", text)
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    if text and text[0].isalpha():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".?!" and rng.random() < 0.75:
        text += "."
    return text


# --------------------------------------------------------------------------
# Fuzzy: the clean protocol, spoken with synonyms and written by Whisper
# --------------------------------------------------------------------------
FUZZY_SYN = {
    "dash": ["hyphen", "minus", "dash", "dash"],
    "dot": ["period", "dot", "dot", "point"],
    "slash": ["forward slash", "slash", "slash"],
    "star": ["asterisk", "star"],
    "double dash": ["dash dash", "double dash", "double dash"],
    "double ampersand": ["and and", "double ampersand"],
    "greater than": ["redirect", "greater than", "greater than"],
    "double greater than": ["append", "double greater than"],
    "at": ["at sign", "at", "at"],
    "dollar": ["dollar sign", "dollar"],
    "equals": ["equals sign", "equals", "equals"],
    "open curly": ["open brace", "open curly"],
    "close curly": ["close brace", "close curly"],
    "double dot": ["dot dot", "double dot"],
}


def fuzzy_unit_text(rng, u):
    k = u[0]
    if k == "word":
        w = u[1]
        if w in HOMOPHONE and rng.random() < 0.5:
            return rng.choice(HOMOPHONE[w])
        if w in PROPER and rng.random() < 0.6:
            return PROPER[w]
        return split_word(rng, w)
    if k == "spell":
        parts = spell(u[1])
        if "double" in parts and rng.random() < 0.5:
            return " ".join(("double" if p == "double" else
                             (p.upper() if len(p) == 1 else "Zed")) for p in parts)
        return whisper_letters(rng, u[1])
    if k == "capletter":
        c = u[1].upper() if u[1] != "z" else rng.choice(["Z", "Zed"])
        return rng.choice(["capital " + c, "capital " + c, "Capital " + c,
                           "capital-" + c])
    if k == "capword":
        return rng.choice(["capital ", "Capital "]) + rng.choice([u[1], u[1].capitalize()])
    if k == "allcaps":
        return rng.choice(["all caps ", "all-caps ", "All caps "]) + \
            rng.choice([u[1], u[1].upper(), u[1].capitalize()])
    if k == "run":
        kind = u[1]
        name = HOMOPHONE["kebab"][0] if kind == "kebab" and rng.random() < 0.3 else kind
        lead = rng.choice([name + " case ", name + "-case ", name + "case "])
        if kind == "camel" and rng.random() < 0.3:
            lead = "camelCase "
        return lead + " ".join(u[2])
    if k == "num":
        words = number_words(u[1], u[2])
        return numeral_text(rng, u[1], words)
    if k == "sym":
        name = u[2]
        if name in FUZZY_SYN:
            name = rng.choice(FUZZY_SYN[name])
        if name.startswith("double ") and name[7:] in FUZZY_SYN and rng.random() < 0.3:
            name = "double " + rng.choice(FUZZY_SYN[name[7:]])
        parts = name.split()
        parts = [rng.choice(HOMOPHONE[p]) if p in HOMOPHONE and p != "nought"
                 and rng.random() < 0.4 else p for p in parts]
        name = " ".join(parts)
        if name == "question mark" and rng.random() < 0.3:
            return "?"
        if name in ("dash dash", "double dash") and rng.random() < 0.25:
            return name.replace(" ", "-")
        return name
    raise ValueError(u)


def make_fuzzy(rng, toks):
    pieces = []
    for ti, units in enumerate(toks):
        if ti:
            r = rng.random()
            if r < 0.12:
                pieces.append("space,")
            elif r < 0.17:
                pieces.append("space...")
            elif r < 0.22:
                pieces.append("Space")
            else:
                pieces.append("space")
        texts = [fuzzy_unit_text(rng, u) for u in units]
        # Whisper glues "x dot y" into x.y now and then
        glued = []
        for idx, (u, tx) in enumerate(zip(units, texts, strict=False)):
            if (u[0] == "sym" and u[1] == "." and glued and idx + 1 < len(units)
                    and units[idx - 1][0] == "word" and units[idx + 1][0] == "word"
                    and rng.random() < 0.3):
                glued[-1] = glued[-1] + "." + texts[idx + 1]
                texts[idx + 1] = None
                continue
            if tx is not None:
                glued.append(tx)
        pieces.append(" ".join(glued))
    return finish_sentence(rng, " ".join(pieces))


# --------------------------------------------------------------------------
# Natural rendering (no "space"; loose names; Whisper numerals)
# --------------------------------------------------------------------------
NAT_SYM = {
    "-": ["dash", "dash", "dash", "hyphen"],
    "--": ["double dash", "double dash", "dash dash", "double hyphen"],
    ".": ["dot", "dot", "dot", "dot", "full stop"],
    "/": ["slash", "slash", "forward slash", "slash", "stroke"],
    "\\": ["backslash"],
    "|": ["pipe", "pipe", "pipe it to"],
    "||": ["double pipe", "pipe pipe"],
    "*": ["star", "asterisk"],
    "!": ["bang", "exclamation mark"],
    "#": ["hash"],
    "~": ["tilde", "tilda"],
    "@": ["at", "at sign"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent", "per cent"],
    "^": ["caret", "carrot"],
    "&": ["ampersand"],
    "&&": ["and and", "double ampersand", "double ampersand"],
    "=": ["equals", "equals"],
    "+": ["plus"],
    ":": ["colon"],
    ";": ["semicolon", "semi colon"],
    "_": ["underscore", "under score"],
    ",": ["comma"],
    "'": ["single quote", "apostrophe"],
    "`": ["backtick", "back tick"],
    "?": ["question mark"],
    "(": ["open round bracket", "open paren"],
    ")": ["close round bracket", "close paren"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly bracket", "open curly"],
    "}": ["close curly bracket", "close curly"],
    "<": ["less than"],
    ">": ["greater than", "greater than", "redirect to"],
    ">>": ["append to", "double greater than"],
    "<<": ["double less than"],
    "..": ["dot dot", "double dot"],
}
QUOTE_PAIRS = [("quote", "unquote"), ("open quotes", "close quotes"),
               ("quote", "close quote"), ("in inverted commas",
                                          "close the inverted commas")]
GLUE_OK = re.compile(r"^[a-z0-9~][a-z0-9./~_-]*$")


def nat_unit_text(rng, u, quote_state):
    k = u[0]
    if k == "word":
        w = u[1]
        if w in HOMOPHONE and rng.random() < 0.4:
            return rng.choice(HOMOPHONE[w])
        if w in PROPER and rng.random() < 0.5:
            return PROPER[w]
        return split_word(rng, w) if rng.random() < 0.5 else w
    if k == "spell":
        if rng.random() < 0.3 and len(u[1]) > 1:
            return u[1]  # Whisper knows the name
        return whisper_letters(rng, u[1])
    if k == "capletter":
        c = u[1].upper()
        return "capital " + c
    if k == "capword":
        return rng.choice(["capital " + u[1].capitalize(),
                           u[1] + " with a capital " + u[1][0].upper()])
    if k == "allcaps":
        return rng.choice([u[1] + " in capitals", "all caps " + u[1].upper(),
                           u[1] + " all in capitals"])
    if k == "run":
        kind = u[1]
        if kind == "snake" and rng.random() < 0.4:
            return " underscore ".join(u[2])
        if rng.random() < 0.5:
            return " ".join(u[2]) + " in " + kind + " case"
        return kind + " case " + " ".join(u[2])
    if k == "num":
        s = u[1]
        if rng.random() < 0.15 and not u[2]:
            words = number_words(s, False)
            return " ".join(words)
        return s
    if k == "sym":
        s = u[1]
        if s == '"':
            pair_ = quote_state.get("pair")
            if quote_state.get("open"):
                quote_state["open"] = False
                return pair_[1] if pair_ else "quote"
            quote_state["open"] = True
            return pair_[0] if pair_ else "quote"
        if s == ".":
            if u[2] == "point":
                return "point"
        return rng.choice(NAT_SYM[s]) if s in NAT_SYM else \
            " ".join(SYM[c] for c in s)
    raise ValueError(u)


def natural_tokens(rng, cmd):
    """Per command token, the words the speaker says for it (Whisper-written)."""
    toks = cmd.split(" ")
    qs = {}
    if cmd.count('"') % 2 == 0 and '"' in cmd:
        qs["pair"] = rng.choice(QUOTE_PAIRS)
    out = []
    for tok in toks:
        if ('.' in tok or '/' in tok) and GLUE_OK.match(tok) and '"' not in tok \
                and rng.random() < 0.3 and not tok.startswith("-"):
            out.append(tok)  # Whisper writes a file name or path as such
            continue
        units = token_units(tok)
        parts = [nat_unit_text(rng, u, qs) for u in units]
        joined = parts[0] if parts else ""
        for k in range(1, len(parts)):
            if units[k][0] == "num" and units[k - 1][0] in ("word", "spell") \
                    and parts[k].isdigit() and rng.random() < 0.5:
                joined += parts[k]
            else:
                joined += " " + parts[k]
        out.append(joined)
    return out


OPENERS = ["Right so,", "Would you ever type", "Go on and run", "Stick in",
           "Give us", "Okay so,", "Now,", "I'm after needing", "Right,",
           "So, em,", "Can you put in", "Type"]
SIGNOFFS = ["That's it.", "Grand, thanks.", "Sound.", "Cheers.", "Lovely.",
            "That'll do.", "Thanks a million."]
FILLERS = ["em,", "like,", "you know,", "em...", "erm,", "em,"]


def frame(rng, body, first_token_words):
    parts = []
    if rng.random() < 0.9:
        op = rng.choice(OPENERS)
        parts.append(op)
    parts.append(body)
    text = " ".join(parts)
    if rng.random() < 0.5:
        text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    return text


def with_fillers(rng, toks, rate):
    out = []
    for i, t in enumerate(toks):
        if i and rng.random() < rate:
            f = rng.choice(FILLERS)
            if f.strip(",.") in " ".join(toks).lower().split():
                f = "em,"
            out.append(f)
        out.append(t)
    return out


def make_natural(rng, cmd):
    toks = natural_tokens(rng, cmd)
    toks = with_fillers(rng, toks, 0.12)
    return finish_sentence(rng, frame(rng, " ".join(toks), toks[0]))


# --------------------------------------------------------------------------
# Chaotic
# --------------------------------------------------------------------------
SWAP_WORDS = ["main", "demo", "test", "data", "backup", "config", "output",
              "notes", "report", "input", "docs", "build", "logs", "src"]
SWAP_EXT = ["txt", "log", "json", "conf", "yaml", "csv", "tar", "py", "sh"]
LONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--help",
              "--debug", "--recursive", "--dry-run"]
WORD_FIX = ["{w}, ah no, sorry, {r}", "{w}, no wait, {r}",
            "{w}, not {w}, {r}", "{w}, sorry, that should be {r}",
            "{w}, me mistake, {r}", "{w}, hang on, make that {r}",
            "{w}... ah no, {r}"]
WHOLE_FIX = ["Ah no, scrap that, start again.", "No, forget that, I'll start over.",
             "Ah, that's wrong. From the top.", "Sorry, no, let me start again."]
RESTART = ["sorry, from the top,", "hang on, let me start again,",
           "no wait, again,", "ah, I'll start over,"]
ASIDES = ["hold on till I check the name,", "yeah, that's the one,",
          "don't mind the dog,", "where was I,", "God, what's it called,",
          "bear with me now,", "is that right, yeah it is,"]
CHUNK_LEADS = ["first it's", "it starts with"]
CHUNK_MIDS = ["and then after that", "then", "and after that"]
CHUNK_ENDS = ["and the rest is", "and then finally"]
FRAMING_REPEATS = ["Can you, can you put in", "I want, I want", "Type, em, type",
                   "Right so, right so,"]


def wrong_token(rng, tok, first, firsts):
    if first:
        cands = [f for f in firsts if f != tok]
        return rng.choice(cands)
    if tok.startswith("--") and len(tok) > 2:
        cands = [f for f in LONG_FLAGS if f != tok]
        return rng.choice(cands)
    if re.fullmatch(r"-[A-Za-z]+", tok):
        letters = [c for c in "abcdefghilnpqrstuvx" if c not in tok.lower()]
        return "-" + rng.choice(letters)
    m = re.search(r"\d+", tok)
    if m:
        v = m.group(0)
        nv = v
        while nv == v:
            nv = str(rng.randint(1, 99 if len(v) < 3 else 9999))
        return tok[:m.start()] + nv + tok[m.end():]
    m = re.search(r"\.([a-z]{2,4})$", tok)
    if m:
        cands = [e for e in SWAP_EXT if e != m.group(1)]
        return tok[:m.start()] + "." + rng.choice(cands)
    m = re.fullmatch(r"(.*/)?([a-z]+)", tok)
    if m:
        cands = [w for w in SWAP_WORDS if w != m.group(2)]
        return (m.group(1) or "") + rng.choice(cands)
    return None


def render_one(rng, tok):
    return natural_tokens(rng, tok)[0]


def make_chaotic(rng, cmd, firsts):
    toks = cmd.split(" ")
    said = natural_tokens(rng, cmd)
    n = len(toks)
    kinds = ["word", "flag", "whole", "restart", "chunk"]
    flag_idx = [i for i, t in enumerate(toks) if t.startswith("-") and len(t) > 1
                and '"' not in t and "'" not in t]
    ev = rng.choice(kinds)
    if ev == "flag" and not flag_idx:
        ev = "word"
    if ev == "chunk" and (n < 3 or re.search(r"\b(then|and|after|rest)\b", cmd)):
        ev = "restart"
    if ev == "restart" and n < 2:
        ev = "whole"
    seq = list(said)
    pre = []
    if ev in ("word", "flag"):
        cands = flag_idx if ev == "flag" else [
            i for i, t in enumerate(toks) if '"' not in t and "'" not in t]
        wr = None
        tries = 0
        while wr is None and tries < 10 and cands:
            idx = rng.choice(cands)
            wr = wrong_token(rng, toks[idx], idx == 0, firsts)
            if wr is not None and (" " in wr or wr == toks[idx]):
                wr = None
            tries += 1
        if wr is None:
            ev = "whole"
        else:
            tmpl = rng.choice(WORD_FIX)
            seq[idx] = tmpl.format(w=render_one(rng, wr), r=said[idx])
    if ev == "whole":
        if rng.random() < 0.5 and n > 1:
            k = rng.randint(1, n - 1)
            alt = natural_tokens(rng, " ".join(toks[:k]))
        else:
            idx = rng.randrange(n)
            wr = wrong_token(rng, toks[idx], idx == 0, firsts)
            if wr is None or " " in wr:
                wr = firsts[0] if firsts[0] != toks[0] else firsts[1]
                idx = 0
            alt_toks = list(toks)
            alt_toks[idx] = wr
            alt = natural_tokens(rng, " ".join(alt_toks))
        pre = [" ".join(alt) + ".", rng.choice(WHOLE_FIX)]
    if ev == "restart":
        k = rng.randint(1, max(1, min(3, n - 1)))
        pre = [" ".join(said[:k]) + "...", rng.choice(RESTART)]
    if ev == "chunk":
        a = rng.randint(1, n - 2)
        b = rng.randint(a + 1, n - 1)
        seq = [rng.choice(CHUNK_LEADS)] + said[:a] + [","] + \
            [rng.choice(CHUNK_MIDS)] + said[a:b] + [","] + \
            [rng.choice(CHUNK_ENDS)] + said[b:]
    # aside between tokens, never inside a correction
    if ev != "chunk" and rng.random() < 0.5 and len(seq) > 1:
        pos = rng.randint(1, len(seq) - 1)
        seq.insert(pos, rng.choice(ASIDES))
    if rng.random() < 0.15:
        seq = with_fillers(rng, seq, 0.15)
    body = " ".join(seq)
    if ev == "chunk":
        opener = rng.choice(["Right so,", "Okay so,", "Now,", ""])
    elif rng.random() < 0.25:
        opener = rng.choice(FRAMING_REPEATS)
    elif rng.random() < 0.8:
        opener = rng.choice(OPENERS)
    else:
        opener = ""
    text = " ".join(x for x in [opener] + pre + [body] if x)
    if rng.random() < 0.4:
        text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    return finish_sentence(rng, text)


# --------------------------------------------------------------------------
# Selection and output
# --------------------------------------------------------------------------
def allowed_commands():
    out = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            cmd = json.loads(line)["command"]
            if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
                continue
            if cmd != cmd.strip() or not cmd:
                continue
            words = clean_words(command_units(cmd))
            if len(words) > 48:
                continue
            if decode(" ".join(words)) != cmd:
                continue  # not sayable in this protocol
            out.append(cmd)
    return out


def main():
    rng = random.Random(96)
    pool = allowed_commands()
    seen = set()
    uniq = []
    for c in pool:
        if c not in seen:
            seen.add(c)
            uniq.append(c)
    rng.shuffle(uniq)
    per_first = {}
    chosen = []
    for c in uniq:
        f = c.split(" ")[0]
        if per_first.get(f, 0) >= 2:
            continue
        per_first[f] = per_first.get(f, 0) + 1
        chosen.append(c)
        if len(chosen) == 400:
            break
    assert len(chosen) == 400 and len(set(chosen)) == 400
    firsts = sorted({c.split(" ")[0] for c in chosen})
    rows = []
    for i, cmd in enumerate(chosen):
        slice_ = ["clean", "fuzzy", "natural", "chaotic"][i // 100]
        toks = command_units(cmd)
        if slice_ == "clean":
            text = " ".join(clean_words(toks))
            assert decode(text) == cmd, (text, cmd)
        elif slice_ == "fuzzy":
            text = make_fuzzy(rng, toks)
        elif slice_ == "natural":
            text = make_natural(rng, cmd)
        else:
            text = make_chaotic(rng, cmd, firsts)
        rows.append({"input": text, "command": cmd, "slice": slice_,
                     "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean_ok = sum(1 for r in rows if r["slice"] == "clean"
                   and decode(r["input"]) == r["command"])
    print("wrote %d lines to %s; clean round-trip %d/100"  # noqa: UP031
          % (len(rows), OUT, clean_ok))


if __name__ == "__main__":
    main()
