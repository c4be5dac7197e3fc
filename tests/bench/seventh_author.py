"""Seventh independent author: a fast-talking data scientist dictating on a laptop.

Writes assets/training/bash/author7.jsonl: 400 lines, 100 per slice in the
order clean, fuzzy, natural, chaotic. Each line is
{"input": <Whisper transcript>, "command": <exact command>, "slice": ...,
"author": "seventh"}. Deterministic (random.Random(7)); standard library only.

Commands come from the "command" field of assets/training/bash/train.jsonl,
which holds tldr-pages examples (https://github.com/tldr-pages/tldr,
CC BY 4.0, credit to the tldr-pages authors and contributors).

STYLE GUIDE (how I talk, and what Whisper writes when I do)
===========================================================
Persona: data scientist on a laptop, talks fast, moderately careful. The rules
below are fixed habits; a listener who knows them can rebuild every command.

Everywhere (all four slices)
----------------------------
* Whisper capitalises the first word of the transcript and of any sentence it
  invents, and sprinkles commas and full stops where I pause. That punctuation
  is noise: every real symbol of the command is SAID as a word (or sits inside
  one of the compact tokens described below, which are copied as written).
  Ignore the case of ordinary words: command words are lowercase unless I
  announce a capital.
* Spelled letters come back as single CAPITAL letters, but they are lowercase
  unless I say "capital": "dash L A" is -la, "S D B" is sdb. I spell a
  lowercase name when it is one letter or has no vowel (a e i o u y) and at
  most four letters (ls, gn, sdb, ssh, src, mkfs, jq); any other name I say
  as a word and Whisper writes that word.
* One fixed pronunciation: the directory name tmp is always said "temp"
  ("slash temp slash report dot conf" is /tmp/report.conf). The word "temp"
  therefore always means tmp.
* Case: "capital X" is an uppercase letter; "capital word" capitalises only
  the first letter of the next word or letter ("json capital array" is
  jsonArray, "capital V capital box capital manage" is VBoxManage, "capital D
  K Q" is Dkq, "capital wall" is Wall). "all caps word" is that whole word in
  uppercase (HOME, README, SIGKILL). Uppercase runs of up to three letters, or
  without a vowel, I spell with "capital" before each letter ("dash capital L
  capital O" is -LO).
* Quoted text: "quote" opens a double quote; I close it with "end quote"
  ("close quote", "unquote"); in clean I just say "quote" again. "single
  quote" opens a single quote; "end single quote" closes it (clean: "single
  quote" both times).

clean (spoken protocol, I am careful here)
------------------------------------------
* I say "space" exactly where the command has a space and nowhere else;
  everything between two "space"s is glued together.
* Symbol words: dash (-, "dash dash" for --), dot, slash, pipe, star, tilde,
  quote ("), single quote ('), equals, colon, underscore, comma, semicolon,
  "at sign", hash, dollar, percent, plus, caret, backslash, bang (!),
  "question mark", "greater than" (>, twice for >>), "less than",
  "and and" (&&), ampersand (a single &), "open paren"/"close paren",
  "open bracket"/"close bracket", "open brace"/"close brace".
* Numbers as words, Whisper keeps the words: 0-99 by name ("seven",
  "twelve", "forty two"); round hundreds and thousands (up to 99 of them) as
  "<n> hundred" / "<n> thousand" ("one hundred", "fifteen hundred", "ten
  thousand"); every other number, and anything with a leading zero, digit by
  digit ("eight zero eight zero", "zero five", "one zero two four"). Number
  words in a row inside one glued chunk are one run of digits ("sha two five
  six" is sha256, "V G one" is vg1, "one nine two dot one six eight dot one
  dot ten" is 192.168.1.10).
* Environment variables: "dollar all caps home" is $HOME.

fuzzy (same protocol, "space" still said, looser words, Whisper slips)
----------------------------------------------------------------------
* Synonyms: minus / hyphen / dash for -; "double dash", "minus minus" for --;
  period / point for .; "forward slash"; asterisk; "vertical bar" for |;
  "tilda" (Whisper's spelling) or "home directory" for ~; "equals sign",
  "equal sign", "equal"; "under score"; "double quote"; apostrophe for ';
  "left/right paren", "left/right bracket", "open/close curly"; "redirect"
  for a stand-alone >; "double ampersand"; pound for #; "dollar sign";
  "exclamation mark"; "cap" / "uppercase" for capital; "all uppercase" for
  all caps. "env var NAME" is $NAME in uppercase ("env var java underscore
  home" is $JAVA_HOME; upper-casing stops at a space or any symbol but _).
* Whisper slips I leave in: numbers as digits ("8080", "2") or digit by digit
  ("2 0 4 8") or hyphenated ("forty-two"); common file names, domains and
  dotted numbers written compactly ("config.yaml", "README.md",
  "example.com", "192.168.0.1"), which stand for exactly that text; two-word
  symbol names with a hyphen ("dash-dash", "forward-slash", "greater-than");
  stray commas, stray full stops followed by a capitalised word, and "um" /
  "uh" fillers (ignore all of these).

natural (how I actually talk: no "space", you infer the spacing)
----------------------------------------------------------------
* Framing around the command ("Okay, so for the training data I need ...",
  "... before I rerun the notebook", "thanks"); "um"/"uh" and commas may fall
  between arguments, never inside quoted text.
* Whisper writes every number as digits and writes compactly, exactly as in
  the command: file names with a common extension (data.csv, README.md),
  domains and URLs, absolute paths (/dev/sdb1, /tmp/data.txt), dotted or
  dated numbers (1.5, 192.168.0.1, 2019-12-01), names glued to digits
  (python3, sdb1, s3cret, 2x4) and environment variables ($HOME).
* Spacing: each word, number or compact token is its own argument, except:
  spelled letters in a row stay together ("dash L A" = -la); "dash" and
  "dash dash" start a new flag and glue to what follows ("dash dash dry
  hyphen run" = --dry-run); "hyphen" is a dash INSIDE a word; dot, slash,
  equals, underscore, colon, comma, "at sign", plus, percent, hash, caret
  glue both neighbours; "tilde" / "home directory", "dot slash", "dot dot
  slash", "quote", "single quote", "dollar", "open paren/bracket/brace" start
  a new argument and glue to what follows; "end quote", "end single quote",
  "close paren/bracket/brace" glue to what precedes and end the argument.
  "star" is an argument of its own unless a gluing word touches it.
* Stand-alone words: pipe / "pipe into" (|), "redirect to" / "greater than"
  (>), "append to" (>>), "less than" (<), "and and" / "double ampersand"
  (&&), semicolon, ampersand, "current directory" (a lone .), "parent
  directory" (a lone ..).
* "to" between two numbers is a dash with no spaces: "1 to 3" is 1-3 (I use
  it for short ranges; long numbers get "hyphen").

chaotic (natural, plus I change my mind mid-sentence)
-----------------------------------------------------
* "no wait", "wait no", "I mean", "sorry", "actually", "make that",
  "actually make that": what follows replaces the LAST argument I said.
* "sorry, not X, Y": X is the last argument I said; Y replaces it.
* "scratch that", "let me start over" (sometimes "no, scratch that"): throw
  away everything said before it and listen to the whole command again.
* If right after a correction phrase I say the program name again, I am
  starting the whole command over.
* "oh and add X at the end" / "oh, and add X at the end": X goes after
  everything else, as the last argument.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "train.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author7.jsonl"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
NUMVAL = {w: i for i, w in enumerate(UNITS)}
NUMVAL.update({w: i + 10 for i, w in enumerate(TEENS)})
NUMVAL.update(TENS)
MULT = {"hundred": 100, "thousand": 1000}


def name99(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    tens = next(k for k, v in TENS.items() if v == n // 10 * 10)
    return tens if n % 10 == 0 else tens + " " + UNITS[n % 10]


def say_number(digits):
    """Number said as words under my clean rule."""
    if len(digits) > 1 and digits[0] == "0":
        return " ".join(UNITS[int(c)] for c in digits)
    n = int(digits)
    if n <= 99:
        return name99(n)
    if n % 1000 == 0 and n // 1000 <= 99:
        return name99(n // 1000) + " thousand"
    if n % 100 == 0 and n // 100 <= 99:
        return name99(n // 100) + " hundred"
    return " ".join(UNITS[int(c)] for c in digits)


def words_to_digits(words):
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in MULT:  # stray multiplier: cannot happen in my speech
            return None
        v = NUMVAL[w]
        i += 1
        if w in TENS and i < len(words) and words[i] in UNITS[1:]:
            v += NUMVAL[words[i]]
            i += 1
        if i < len(words) and words[i] in MULT:
            v *= MULT[words[i]]
            i += 1
        out.append(str(v))
    return "".join(out)


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
VOWELS = set("aeiouy")
SAY_AS = {"tmp": "temp"}
HEARD_AS = {v: k for k, v in SAY_AS.items()}
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


def say_letters(run, rng, fuzzy):
    """Words for a run of ASCII letters."""
    def cap():
        return rng.choice(["capital", "capital", "cap", "uppercase"]) if fuzzy else "capital"

    def allcaps():
        return rng.choice(["all caps", "all uppercase"]) if fuzzy else "all caps"

    words = []
    for part in CASE_RE.findall(run):
        if part.islower():
            if part in SAY_AS:
                words.append(SAY_AS[part])
            elif len(part) == 1 or (len(part) <= 4 and not set(part) & VOWELS):
                words.extend(c.upper() for c in part)
            else:
                words.append(part)
        elif len(part) == 1:
            words.extend([cap(), part])
        elif part[1:].islower() and len(part) <= 4 and not set(part.lower()) & VOWELS:
            words.extend([cap(), part[0]] + [c.upper() for c in part[1:]])
        elif part[1:].islower():
            words.extend([cap(), part.lower()])
        elif len(part) <= 3 or not set(part.lower()) & VOWELS:
            for c in part:
                words.extend([cap(), c])
        else:
            words.extend([allcaps(), part.lower()])
    return words


# --------------------------------------------------------------------------
# protocol (clean / fuzzy) rendering
# --------------------------------------------------------------------------
CLEAN_SYM = {
    "-": "dash", "--": "dash dash", ".": "dot", "/": "slash", "|": "pipe", "*": "star",
    "~": "tilde", '"': "quote", "'": "single quote", "=": "equals", ":": "colon",
    "_": "underscore", "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace", ">": "greater than",
    "<": "less than", "&&": "and and", "&": "ampersand", ";": "semicolon", ",": "comma",
    "@": "at sign", "#": "hash", "$": "dollar", "%": "percent", "+": "plus",
    "?": "question mark", "!": "bang", "^": "caret", "\\": "backslash",
}
FUZZY_SYM = {
    "-": ["dash", "minus", "hyphen"], "--": ["dash dash", "double dash", "minus minus"],
    ".": ["dot", "period", "point"], "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"], "*": ["star", "asterisk"],
    "~": ["tilde", "tilda", "home directory", "home directory"], '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"],
    "=": ["equals", "equals sign", "equal sign", "equal"], ":": ["colon"],
    "_": ["underscore", "under score"], "(": ["open paren", "left paren"],
    ")": ["close paren", "right paren"], "[": ["open bracket", "left bracket"],
    "]": ["close bracket", "right bracket"], "{": ["open brace", "open curly"],
    "}": ["close brace", "close curly"], ">": ["greater than", "redirect"],
    "<": ["less than"], "&&": ["and and", "double ampersand"], "&": ["ampersand"],
    ";": ["semicolon"], ",": ["comma"], "@": ["at sign"], "#": ["hash", "pound"],
    "$": ["dollar", "dollar sign"], "%": ["percent"], "+": ["plus"],
    "?": ["question mark"], "!": ["bang", "exclamation mark"], "^": ["caret"],
    "\\": ["backslash"],
}
FUZZY_CLOSE_QUOTE = ["quote", "double quote", "end quote", "close quote", "unquote"]
SEG_RE = re.compile(r"--|&&|[A-Za-z]+|[0-9]+|.")
EXT = ("py|txt|csv|json|yaml|yml|md|html|sh|log|conf|cfg|zip|tar|gz|pdf|jpg|png|ini|"
       "toml|xml|js|ts|sql|db|ipynb|parquet|mp3|mp4|com|org|net|io|deb|rpm|iso|img|tsv")
FILE_RE = re.compile(r"(?<![A-Za-z0-9_])(?:README|[a-z][a-z0-9]+)\.(?:" + EXT + r")(?![A-Za-z0-9])")
IP_RE = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)+(?![A-Za-z0-9])")
ENV_RE = re.compile(r"\$[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])")
HYPHENABLE = {"dash dash": "dash-dash", "forward slash": "forward-slash",
              "greater than": "greater-than", "double dash": "double-dash",
              "minus minus": "minus-minus", "less than": "less-than"}


def quote_roles(cmd):
    """For each character index of a quote char, True when it opens."""
    roles = {}
    open_d = open_s = False
    for i, ch in enumerate(cmd):
        if ch == '"' and not open_s:
            roles[i] = not open_d
            open_d = not open_d
        elif ch == "'" and not open_d:
            roles[i] = not open_s
            open_s = not open_s
    return roles


def protocol_units(cmd, rng, fuzzy):
    """List of units (strings of one or more words); "space" units between tokens."""
    roles = quote_roles(cmd)
    units = []
    pos = 0
    for t_index, tok in enumerate(cmd.split(" ")):
        if t_index:
            units.append("space")
            pos += 1
        i = 0
        while i < len(tok):
            if fuzzy and t_index:
                m = FILE_RE.match(tok, i) or IP_RE.match(tok, i)
                if m and (i == 0 or not tok[i - 1].isalnum()) and rng.random() < 0.6:
                    units.append(m.group())
                    i = m.end()
                    continue
            seg = SEG_RE.match(tok, i).group()
            if seg.isalpha():
                units.append(" ".join(say_letters(seg, rng, fuzzy)))
            elif seg.isdigit():
                units.append(fuzzy_number(seg, rng) if fuzzy else say_number(seg))
            elif seg in ('"', "'"):
                opening = roles.get(pos + i, True)
                if not fuzzy:
                    units.append(CLEAN_SYM[seg])
                elif seg == '"':
                    units.append(rng.choice(FUZZY_SYM['"'] if opening else FUZZY_CLOSE_QUOTE))
                else:
                    units.append(rng.choice(FUZZY_SYM["'"]))
            elif seg == "$" and fuzzy and ENV_RE.match(tok, i) and rng.random() < 0.5:
                name = re.match(r"\$([A-Z0-9_]+)", tok[i:]).group(1)
                words = ["env var"]
                for k, part in enumerate(name.split("_")):
                    if k:
                        words.append(rng.choice(FUZZY_SYM["_"]))
                    words.append(part.lower() if not part.isdigit() else part)
                units.append(" ".join(words))
                i += 1 + len(name)
                continue
            elif seg in CLEAN_SYM:
                word = rng.choice(FUZZY_SYM[seg]) if fuzzy else CLEAN_SYM[seg]
                if seg == ">" and tok != ">":
                    word = "greater than"
                if fuzzy and word in HYPHENABLE and rng.random() < 0.3:
                    word = HYPHENABLE[word]
                units.append(word)
            else:
                return None
            i += len(seg)
        pos += len(tok)
    return units


def fuzzy_number(digits, rng):
    r = rng.random()
    n = int(digits)
    if r < 0.55:
        return digits
    if r < 0.65 and len(digits) > 1:
        return " ".join(digits)
    spoken = say_number(digits)
    if 20 < n < 100 and n % 10 and digits[0] != "0" and rng.random() < 0.5:
        spoken = spoken.replace(" ", "-")
    return spoken


def whisper_protocol(units, rng, fuzzy):
    """Join units as Whisper would write them."""
    units = list(units)
    if fuzzy:
        # fillers between units (never inside a multi-word symbol name)
        if rng.random() < 0.2 and len(units) > 2:
            units.insert(rng.randrange(1, len(units)), rng.choice(["um", "uh"]))
    words = " ".join(units).split(" ")
    if fuzzy and len(words) > 3:
        if rng.random() < 0.35:
            j = rng.randrange(0, len(words) - 1)
            if words[j][-1].isalnum():
                words[j] += ","
        if rng.random() < 0.15:
            j = rng.randrange(1, len(words) - 1)
            nxt = words[j + 1]
            if words[j][-1].isalnum() and nxt.isalpha() and nxt.islower():
                words[j] += "."
                words[j + 1] = nxt[0].upper() + nxt[1:]
    words[0] = words[0][0].upper() + words[0][1:]
    text = " ".join(words)
    if not fuzzy or rng.random() < 0.7:
        text += "."
    return text


# --------------------------------------------------------------------------
# protocol decoder (clean + fuzzy)
# --------------------------------------------------------------------------
P_KEYS = {"space": ("space", " "), "um": ("filler", ""), "uh": ("filler", ""),
          "capital": ("mod", "cap"), "cap": ("mod", "cap"), "uppercase": ("mod", "cap"),
          "all caps": ("mod", "all"), "all uppercase": ("mod", "all"),
          "env var": ("env", "$"), "end quote": ("sym", '"'), "close quote": ("sym", '"'),
          "unquote": ("sym", '"')}
for _sym, _word in CLEAN_SYM.items():
    P_KEYS[_word] = ("sym", _sym)
for _sym, _words in FUZZY_SYM.items():
    for _word in _words:
        P_KEYS[_word] = ("sym", _sym)
HYPHEN_PARTS = {w for k in P_KEYS for w in k.split()} | set(NUMVAL) | set(MULT)
PUNCT = ",.;!?"
NUMBER_WORDS = set(NUMVAL) | set(MULT)


def split_words(text):
    out = []
    for w in text.split():
        w = w.rstrip(PUNCT)
        if not w:
            continue
        parts = w.split("-")
        if len(parts) > 1 and all(p.lower() in HYPHEN_PARTS for p in parts):
            out.extend(parts)
        else:
            out.append(w)
    return out


def match_key(words, i, table):
    for n in (3, 2, 1):
        if i + n <= len(words):
            chunk = words[i:i + n]
            if all(c.isalpha() for c in chunk):
                phrase = " ".join(c.lower() for c in chunk)
                if phrase in table:
                    return n, table[phrase]
    return 0, None


def decode_protocol(text):
    words = split_words(text)
    out = []
    mod = None
    env = False
    i = 0
    while i < len(words):
        n, key = match_key(words, i, P_KEYS)
        if key:
            kind, val = key
            i += n
            if kind == "filler":
                continue
            if kind == "mod":
                mod = val
                continue
            if kind == "env":
                out.append("$")
                env = True
                continue
            if val != "_":
                env = False
            out.append(val)
            continue
        w = words[i]
        low = w.lower()
        if low in NUMVAL and w.isalpha():
            j = i
            while j < len(words) and words[j].isalpha() and words[j].lower() in NUMBER_WORDS:
                j += 1
            num = words_to_digits([x.lower() for x in words[i:j]])
            if num is None:
                return None
            out.append(num)
            i = j
            continue
        s = HEARD_AS.get(low, low) if w.isalpha() else w
        if mod == "cap":
            s = s[0].upper() + s[1:]
        elif mod == "all" or env:
            s = s.upper()
        mod = None
        out.append(s)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# natural rendering + decoder
# --------------------------------------------------------------------------
NAT_ALONE = {"|": ["pipe", "pipe", "pipe into"], ">": ["redirect to", "greater than"],
             ">>": ["append to"], "<": ["less than"], "&&": ["and and", "double ampersand"],
             ";": ["semicolon"], "&": ["ampersand"], ".": ["current directory"],
             "..": ["parent directory"]}
NAT_GLUE = {".": "dot", "/": "slash", "=": "equals", "_": "underscore", ":": "colon",
            ",": "comma", "@": "at sign", "+": "plus", "#": "hash", "%": "percent",
            "^": "caret", "\\": "backslash", "!": "bang", "?": "question mark"}
NAT_START = {"(": "open paren", "[": "open bracket", "{": "open brace", "$": "dollar"}
NAT_END = {")": "close paren", "]": "close bracket", "}": "close brace"}
ABS_RE = re.compile(r"/[a-z0-9._-]+(?:/[a-z0-9._-]+)*/?")
URL_RE = re.compile(r"[a-z]+://[A-Za-z0-9._/:-]*[A-Za-z0-9/]")
NAT_COMPACT = re.compile(
    r"\$[A-Z][A-Z0-9_]*(?![A-Za-z0-9_])"
    r"|\d{4}-\d{2}-\d{2}(?![A-Za-z0-9])"
    r"|(?:README|[a-z][a-z0-9]+)\.(?:" + EXT + r")(?![A-Za-z0-9])"
    r"|\d+(?:[.:]\d+)+(?![A-Za-z0-9])"
    r"|[a-z]+\d+[a-z0-9]*(?![A-Za-z0-9])"
    r"|\d+[a-z]+[a-z0-9]*(?![A-Za-z0-9])")

SHORT_END = re.compile(r"(?<![0-9])[0-9]{1,3}$")
SHORT_START = re.compile(r"[0-9]{1,3}(?![0-9])")
N_KEYS = {"dash": ("start", "-"), "dash dash": ("start", "--"), "double dash": ("start", "--"),
          "hyphen": ("glue", "-"), "dot slash": ("start", "./"), "dot dot slash": ("start", "../"),
          "forward slash": ("glue", "/"), "tilde": ("start", "~"), "home directory": ("start", "~"),
          "quote": ("start", '"'), "end quote": ("end", '"'), "close quote": ("end", '"'),
          "unquote": ("end", '"'), "single quote": ("start", "'"),
          "end single quote": ("end", "'"), "star": ("content", "*"),
          "capital": ("mod", "cap"), "all caps": ("mod", "all"),
          "um": ("filler", ""), "uh": ("filler", "")}
for _sym, _words in NAT_ALONE.items():
    for _word in _words:
        N_KEYS[_word] = ("alone", _sym)
for _sym, _word in NAT_GLUE.items():
    N_KEYS[_word] = ("glue", _sym)
for _sym, _word in NAT_START.items():
    N_KEYS[_word] = ("start", _sym)
for _sym, _word in NAT_END.items():
    N_KEYS[_word] = ("end", _sym)


def natural_token(tok, qrole, rng):
    """Spoken words for one command token (natural speech), or None."""
    if tok in NAT_ALONE:
        return [rng.choice(NAT_ALONE[tok])]
    if ABS_RE.fullmatch(tok) or URL_RE.fullmatch(tok):
        return [tok]
    words = []
    i = 0
    while i < len(tok):
        m = NAT_COMPACT.match(tok, i)
        if m and (i == 0 or not tok[i - 1].isalnum()):
            words.append(m.group())
            i = m.end()
            continue
        if i == 0 and tok.startswith("../"):
            words += ["dot", "dot", "slash"]
            i = 3
            continue
        if i == 0 and tok.startswith("./"):
            words += ["dot", "slash"]
            i = 2
            continue
        seg = SEG_RE.match(tok, i).group()
        if seg.isalpha():
            words += say_letters(seg, rng, False)
        elif seg.isdigit():
            words.append(seg)
        elif seg == "--" and i == 0:
            words += ["dash", "dash"]
        elif seg == "--":
            words += ["hyphen", "hyphen"]
        elif seg == "-":
            if i == 0:
                words.append("dash")
            elif SHORT_END.search(tok[:i]) and SHORT_START.match(tok[i + 1:]):
                words.append("to")
            else:
                words.append("hyphen")
        elif seg == '"':
            opening = qrole.get(i, True)
            words += ["quote"] if opening else rng.choice(
                [["end", "quote"], ["end", "quote"], ["close", "quote"], ["unquote"]])
        elif seg == "'":
            opening = qrole.get(i, True)
            words += ["single", "quote"] if opening else ["end", "single", "quote"]
        elif seg == "~":
            words += rng.choice([["tilde"], ["home", "directory"]])
        elif seg == "*":
            words.append("star")
        elif seg in NAT_GLUE:
            words += NAT_GLUE[seg].split()
        elif seg in NAT_START:
            words += NAT_START[seg].split()
        elif seg in NAT_END:
            words += NAT_END[seg].split()
        else:
            return None
        i += len(seg)
    return words


def natural_tokens(cmd, rng):
    roles = quote_roles(cmd)
    out = []
    pos = 0
    for tok in cmd.split(" "):
        local = {k - pos: v for k, v in roles.items() if pos <= k < pos + len(tok)}
        words = natural_token(tok, local, rng)
        if words is None:
            return None
        out.append(" ".join(words))
        pos += len(tok) + 1
    return out


def decode_natural(text):
    """Token list for a natural-speech command body (no framing)."""
    raw = [w.rstrip(PUNCT) for w in text.split()]
    raw = [w for w in raw if w]
    items = []
    i = 0
    while i < len(raw):
        w = raw[i]
        after_num = items and items[-1][0] == "num"
        if w.lower() == "to" and after_num and i + 1 < len(raw) and raw[i + 1].isdigit():
            items.append(("glue", "-"))
            i += 1
            continue
        n, key = match_key(raw, i, N_KEYS)
        if key:
            items.append(key)
            i += n
            continue
        if w.isdigit():
            items.append(("num", w))
        elif w.isalpha() and len(w) == 1:
            items.append(("letter", w.lower()))
        elif w.isalpha():
            items.append(("word", HEARD_AS.get(w.lower(), w.lower())))
        else:
            items.append(("compact", w))
        i += 1
    tokens = []
    cur = None
    glue = False
    prev = None
    mod = None
    for kind, val in items:
        if kind == "filler":
            continue
        if kind == "mod":
            mod = val
            continue
        if kind in ("word", "letter", "num", "compact", "content"):
            s = val
            if mod == "cap":
                s = s[0].upper() + s[1:]
            elif mod == "all":
                s = s.upper()
            mod = None
            is_letter = kind == "letter"
            if cur is not None and (glue or (is_letter and prev == "letter")):
                cur += s
            else:
                if cur is not None:
                    tokens.append(cur)
                cur = s
            prev = "letter" if is_letter else "content"
            glue = False
        elif kind == "glue":
            cur = (cur or "") + val
            glue = True
            prev = "glue"
        elif kind == "start":
            if cur is not None and glue:
                cur += val
            else:
                if cur is not None:
                    tokens.append(cur)
                cur = val
            glue = True
            prev = "start"
        elif kind == "end":
            cur = (cur or "") + val
            glue = False
            prev = "end"
        elif kind == "alone":
            if cur is not None:
                tokens.append(cur)
            tokens.append(val)
            cur = None
            glue = False
            prev = "alone"
    if cur is not None:
        tokens.append(cur)
    return tokens


# --------------------------------------------------------------------------
# chaotic resolver
# --------------------------------------------------------------------------
ADD_END_RE = re.compile(r",?\s*\boh,? and add (.+?) at the end\b", re.I)
MARK_RE = re.compile(
    r"(?:,\s*)?\b(?:sorry,? not (?P<not>.+?),"
    r"|(?P<word>scratch that|let me start over|no wait|wait no|i mean"
    r"|actually make that|make that|actually|sorry)\b,?)", re.I)


def resolve_chaotic(body):
    tail = []
    m = ADD_END_RE.search(body)
    if m:
        tail = decode_natural(m.group(1))
        body = body[:m.start()] + body[m.end():]
    tokens = []
    pos = 0
    pending = None
    for m in list(MARK_RE.finditer(body)) + [None]:
        seg = body[pos:m.start()] if m else body[pos:]
        new = decode_natural(seg)
        if pending is None:
            tokens += new
        elif pending[0] == "restart":
            tokens = new
        elif tokens and new and new[0] == tokens[0]:
            tokens = new
        elif pending[0] == "not":
            if not tokens or tokens[-1] != " ".join(decode_natural(pending[1])):
                return None
            tokens = tokens[:-1] + new
        else:
            tokens = tokens[:-1] + new
        if m:
            word = (m.group("word") or "").lower()
            if m.group("not"):
                pending = ("not", m.group("not"))
            elif word in ("scratch that", "let me start over"):
                pending = ("restart",)
            else:
                pending = ("replace",)
            pos = m.end()
    return " ".join(tokens + tail)


# --------------------------------------------------------------------------
# natural / chaotic framing (my voice)
# --------------------------------------------------------------------------
PREFIXES = [
    "Okay so I need", "Okay, so for the training data I need", "Can you give me",
    "Alright, run", "Quick one.", "I want", "Let me do", "Next up,", "Um, okay,",
    "Can I get", "Right, so the command is", "In the notebook env I need", "Gonna need",
    "Lemme just run", "Just", "Then", "Now do", "We need", "Give me", "Type",
    "So before I rerun the pipeline,", "For the feature store thing,", "Uh, it's",
    "Okay, the next one is", "What I want is", "Run this real quick,",
    "Okay, on the cluster I need", "For the experiment,", "Before the eval run,",
]
SUFFIXES = ["", "", "", "", " please", ", thanks", " for me", ", that's it",
            " real quick", ", before I rerun the notebook", ", okay"]
REPLACE_MARKS = ["no wait", "wait no", "I mean", "sorry", "actually", "make that",
                 "actually make that"]
ADD_MARKS = ["oh and add", "oh, and add"]
RESTART_MARKS = ["scratch that", "let me start over"]
ALT_WORDS = ["staging", "prod", "main", "dev", "test", "alpha", "demo", "foo", "train"]
ALT_NAMES = ["main", "data", "notes", "test", "backup", "report", "input", "output",
             "config", "train", "model", "results"]
ALT_LONG = ["--verbose", "--force", "--all", "--quiet", "--recursive", "--dry-run"]


def frame(core, rng):
    pre = rng.choice(PREFIXES)
    if pre.endswith("."):
        first = core.split(" ", 1)
        if first[0].isalpha() and first[0].islower():
            core = first[0].capitalize() + (" " + first[1] if len(first) > 1 else "")
    suf = rng.choice([x for x in SUFFIXES if "before" not in x or "before" not in pre.lower()])
    text = pre + " " + core + suf
    if rng.random() < 0.8:
        text += "."
    return text


def in_quote_flags(cmd):
    """flags[k] is True when the space before token k lies inside quotes."""
    flags = []
    open_q = None
    for tok in cmd.split(" "):
        flags.append(open_q is not None)
        for ch in tok:
            if ch in "\"'" and open_q in (None, ch):
                open_q = None if open_q == ch else ch
    return flags


def sprinkle(spoken, rng, flags):
    """Join token renderings with my natural noise: commas, um/uh (never inside quotes)."""
    parts = []
    for k, s in enumerate(spoken):
        if k and not flags[k]:
            if rng.random() < 0.06:
                parts.append(rng.choice(["um", "uh"]))
            if rng.random() < 0.08 and parts[-1][-1].isalnum():
                parts[-1] += ","
        parts.append(s)
    return " ".join(parts)


def alternative(tok, rng):
    m = re.search(r"\d+", tok)
    if m:
        n = int(m.group())
        new = str(n + rng.choice([1, 2, 10]) if n < 50 else max(n // 2, 1))
        return tok[:m.start()] + new + tok[m.end():]
    if re.fullmatch(r"-[a-zA-Z]", tok):
        c = rng.choice([x for x in "abcdefhilnrsvx" if x != tok[1].lower()])
        return "-" + c
    if tok.startswith("--"):
        return rng.choice([x for x in ALT_LONG if x != tok])
    m = re.search(r"([a-z]+)\.([a-z]+)$", tok)
    if m:
        name = rng.choice([x for x in ALT_NAMES if x != m.group(1)])
        return tok[:m.start(1)] + name + tok[m.end(1):]
    if re.fullmatch(r"[a-z]+", tok):
        return rng.choice([x for x in ALT_WORDS if x != tok])
    return None


def make_chaotic(cmd, rng):
    toks = cmd.split(" ")
    spoken = natural_tokens(cmd, rng)
    if spoken is None or len(toks) < 2:
        return None
    if any(t in NAT_ALONE for t in toks[-1:]):
        return None
    quoted = {i for i, t in enumerate(toks) if '"' in t or "'" in t}
    # tokens inside an open quote span
    inside = False
    for i, t in enumerate(toks):
        if inside:
            quoted.add(i)
        if (t.count('"') + t.count("'")) % 2:
            inside = not inside
    flags = in_quote_flags(cmd)
    candidates = [i for i in range(1, len(toks)) if i not in quoted and toks[i] not in NAT_ALONE]
    kind = rng.choice(["replace", "replace", "not", "restart", "add_end", "replace_add"])
    if kind == "add_end" and (len(toks) < 3 or (len(toks) - 1) in quoted):
        kind = "replace"
    if kind in ("replace", "not", "replace_add") and not candidates:
        kind = "restart"
    if kind == "replace_add" and (len(toks) < 4 or (len(toks) - 1) in quoted):
        kind = "replace"
    if kind in ("replace", "not", "replace_add"):
        pool = candidates if kind != "replace_add" else [c for c in candidates if c < len(toks) - 1]
        if not pool:
            return None
        i = rng.choice(pool)
        alt = alternative(toks[i], rng)
        if alt is None or alt == toks[i]:
            return None
        wrong = natural_tokens(alt, rng)
        if wrong is None or len(wrong) != 1:
            return None
        if kind == "not":
            mid = [wrong[0] + ",", "sorry, not " + wrong[0] + ","]
        else:
            mid = [wrong[0] + ",", rng.choice(REPLACE_MARKS) + ","]
        if kind == "replace_add":
            body = sprinkle(spoken[:i], rng, flags) + " " + " ".join(mid) + " " \
                + sprinkle(spoken[i:-1], rng, flags[i:])
            body += ", " + rng.choice(ADD_MARKS) + " " + spoken[-1] + " at the end"
        else:
            body = sprinkle(spoken[:i], rng, flags) + " " + " ".join(mid) + " " \
                + sprinkle(spoken[i:], rng, flags[i:])
        body = body.strip()
    elif kind == "restart":
        k = rng.randrange(1, len(toks))
        partial = sprinkle(spoken[:k], rng, flags)
        mark = rng.choice(RESTART_MARKS)
        body = partial + ", " + rng.choice(["uh, ", "", "no, "]) + mark + ", " \
            + sprinkle(spoken, rng, flags)
    else:
        body = sprinkle(spoken[:-1], rng, flags) + ", " + rng.choice(ADD_MARKS) \
            + " " + spoken[-1] + " at the end"
    if resolve_chaotic(body) != cmd:
        return None
    return frame(body, rng)


def make_natural(cmd, rng):
    spoken = natural_tokens(cmd, rng)
    if spoken is None:
        return None
    core = sprinkle(spoken, rng, in_quote_flags(cmd))
    if " ".join(decode_natural(core)) != cmd:
        return None
    return frame(core, rng)


def make_protocol(cmd, rng, fuzzy):
    units = protocol_units(cmd, rng, fuzzy)
    if units is None:
        return None
    text = whisper_protocol(units, rng, fuzzy)
    if decode_protocol(text) != cmd:
        return None
    return text


# --------------------------------------------------------------------------
# selection
# --------------------------------------------------------------------------
RICH_RE = re.compile(r"[~\"'$|&]|>>|[A-Z]|\d{3,}|(?:^| )\.\.?(?: |$)|\d-\d|=|\btmp\b")


def usable(cmd):
    return (cmd.isascii() and cmd.isprintable() and "\t" not in cmd and "  " not in cmd
            and "<<" not in cmd and "`" not in cmd and 0 < len(cmd) <= 72
            and cmd == cmd.strip())


def main():
    rng = random.Random(7)
    seen = set()
    pool = []
    with SRC.open() as fh:
        for line in fh:
            cmd = json.loads(line)["command"]
            if cmd not in seen and usable(cmd):
                seen.add(cmd)
                pool.append(cmd)
    pool.sort()
    rng.shuffle(pool)
    makers = {
        "clean": lambda c: make_protocol(c, rng, False),
        "fuzzy": lambda c: make_protocol(c, rng, True),
        "natural": lambda c: make_natural(c, rng),
        "chaotic": lambda c: make_chaotic(c, rng),
    }
    # half of every slice comes from commands that exercise my rarer habits
    queues = {True: [c for c in pool if RICH_RE.search(c)],
              False: [c for c in pool if not RICH_RE.search(c)]}
    cursors = {True: 0, False: 0}
    used = set()
    rows = []
    for slice_name in SLICES:
        got = 0
        while got < PER_SLICE:
            rich = got % 2 == 0
            queue = queues[rich]
            if cursors[rich] >= len(queue):
                raise SystemExit("ran out of commands for " + slice_name)
            cmd = queue[cursors[rich]]
            cursors[rich] += 1
            if cmd in used:
                continue
            text = makers[slice_name](cmd)
            if text is None:
                continue
            used.add(cmd)
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": "seventh"})
            got += 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
