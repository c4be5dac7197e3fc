#!/usr/bin/env python3
"""Fifty-eighth independent author: "Jonas dictates", a voice-to-bash evaluation set.

Writes assets/training/bash/author58.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input": <what Whisper wrote>, "command": <exact
command>, "slice": <slice>, "author": "author58"}. Run: python3 tests/bench/fiftyeighth_author.py

Commands (and the plain-English "why" of the natural and chaotic slices) come from
assets/training/bash/pages_dev42_commands.jsonl (lines whose 0-based number % 6 == 1), which
are examples built from tldr-pages (https://github.com/tldr-pages/tldr), CC BY 4.0,
(c) the tldr-pages contributors. Each command is used at most once, a tool at most twice.

Persona
-------
Jonas, backend engineer in Munich, German. Precise, a little formal. German traces: "So," or
"Also," (= "so/well") to open, "genau" (= "exactly") after a part he confirms, "ja" as a tag,
"how do you say" while searching for a word, "bitte"/"danke". He names symbols carefully and
says numbers in full ("twenty-two", "eight thousand eighty") or in digit groups ("eighty
eighty"). Names he is unsure about he spells German-style, letter by letter ("N-S-X-I-V").

Vocabulary (symbol names; the first one is Jonas' own, the others appear in fuzzy speech)
  -  minus / dash / hyphen            --  double minus / double dash / minus minus
  .  dot / point / period             /   slash / forward slash        \\  backslash
  |  pipe / vertical bar              ~   tilde / tilda                *   star / asterisk
  =  equal sign / equals / equal      :   colon                        ;   semicolon
  _  underline / underscore           @   at / at sign                 #   hash / hash sign
  ,  comma   +  plus   %  percent   >  greater than   >>  double greater than   <  less than
  &  ampersand   !  exclamation mark   ?  question mark   $  dollar   ^  caret   `  backtick
  "  double quote / quotation mark    '   single quote / apostrophe
  ( )  open bracket / close bracket   [ ]  open/close square bracket   { }  open/close curly
Case: "capital X" or "big X" = the next word/letter starts upper case; "all caps X" = the
next word is all upper case. Everything else a listener hears in protocol is lower case.

Listener rules (decode() below implements exactly these)
------------------------------------------------------
1. Where is the command? If the line has a lead-in ("we call", "then comes", "the command
   is", "the command would be", "the command for this is", "I type", "you type", "please
   type", "please enter", "please write", "we execute", "we run", "we use", "we take", "we
   simply do", "write down", "I would write", "the next command:", "I spell it:"), the command
   starts after the first one. Otherwise the whole line is the command. It ends at the first
   sentence end (. ? ! before a space or the line end; an ellipsis "..." is no sentence end).
   Sentences before the lead-in and after the end are why, asides and afterthoughts.
2. Ignore fillers: uh, um, hm, hmm, genau, ja, please, bitte, "how do you say", and
   Whisper's commas/colons.
3. Corrections, left to right:
   - a word cut off with "..." is a restart: forget everything said so far;
   - "no, sorry, correction:" throws away everything said so far (whole command);
   - "X, or rather Y" and "X, I take that back, Y": drop the last argument (protocol: back to
     the last "space"), then go on with Y;
   - "ah no, not X, Y": X repeats the words just said; drop them and go on with Y.
4. Protocol or natural? Protocol when there is no lead-in or the word "space" is said
   (clean and fuzzy lines, and chaotic lines that say "space"); natural otherwise.
5. Protocol: "space" is the only space. All other words are glued together: symbol names
   become their symbol, number words become digits ("eight thousand eighty" = 8080, "one
   hundred ninety-two" = 192; a number word that cannot continue the number before it
   starts a new group, so "eighty eighty" = 8080, "ten twenty-four" = 1024, "one zero" = 10),
   digits stay digits, single letters or "T-C-P" are spelled letters, every other word is
   lower-cased literal text ("nosey parker" = noseyparker). "capital"/"big"/"all caps" set
   the case of the next word. Words that would be heard as a keyword are spelled ("a t").
6. Natural: Whisper's spaces are the command's spaces, words are taken as written (case
   kept), with these exceptions. Symbol names become symbols and glue to their neighbours:
     both sides : dot point slash backslash colon underline at equal-sign/equals plus hash
                  percent caret question-mark
     right only : minus, double minus, tilde, star, dollar, open brackets, opening quote
     left only  : comma, semicolon, exclamation mark, closing brackets, closing quote
     neither    : pipe, greater than, double greater than, less than, ampersand, backtick
   Quotes alternate: the first "double quote" opens, the next closes. "<symbol> on its own"
   makes the symbol a separate argument ("dot on its own" = " ."). "capital/big X" = X with an
   upper-case first letter; "N-S-X-I-V" = nsxiv. Numbers, paths, file names and flags that
   Whisper writes as text ("8080", "-la", "/etc/hosts", "config.yaml") are literal.

Slices
------
clean   : protocol only, canonical names, numbers as words, no punctuation, no framing.
fuzzy   : protocol with synonyms, a capitalised first word, commas after some "space"s,
          a final full stop, some numbers as digits, compounds split ("file browser").
natural : what Jonas says to a colleague, with one of 22 framings (why, politeness,
          narration); "space" is never said; the body follows rule 6.
chaotic : natural or protocol speech with at least one correction or restart (rule 3),
          plus hesitations, "genau", "how do you say", asides and trailing thoughts.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author58.jsonl"
AUTHOR = "author58"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------- vocabulary

SYMBOLS = {
    "minus": "-", "dash": "-", "hyphen": "-",
    "double minus": "--", "double dash": "--",
    "dot": ".", "point": ".", "period": ".",
    "slash": "/", "forward slash": "/", "backslash": "\\",
    "pipe": "|", "vertical bar": "|",
    "tilde": "~", "tilda": "~",
    "star": "*", "asterisk": "*",
    "equal sign": "=", "equals": "=", "equal": "=",
    "colon": ":", "semicolon": ";",
    "underline": "_", "underscore": "_",
    "at": "@", "at sign": "@",
    "hash": "#", "hash sign": "#",
    "comma": ",", "plus": "+", "percent": "%", "percent sign": "%",
    "greater than": ">", "double greater than": ">>", "less than": "<",
    "ampersand": "&", "exclamation mark": "!", "question mark": "?",
    "dollar": "$", "dollar sign": "$", "caret": "^", "backtick": "`",
    "double quote": '"', "quotation mark": '"', "single quote": "'", "apostrophe": "'",
    "open bracket": "(", "close bracket": ")",
    "open square bracket": "[", "close square bracket": "]",
    "open curly bracket": "{", "close curly bracket": "}",
}
PHRASES = sorted(
    ((tuple(name.split()), sym) for name, sym in SYMBOLS.items()), key=lambda p: -len(p[0])
)

# Canonical (clean) names and Jonas' natural names; fuzzy synonyms.
CANON = {
    "-": "minus", "--": "double minus", ".": "dot", "/": "slash", "\\": "backslash",
    "|": "pipe", "~": "tilde", "*": "star", "=": "equal sign", ":": "colon",
    ";": "semicolon", "_": "underline", "@": "at", "#": "hash", ",": "comma", "+": "plus",
    "%": "percent", ">": "greater than", ">>": "double greater than", "<": "less than",
    "&": "ampersand", "!": "exclamation mark", "?": "question mark", "$": "dollar",
    "^": "caret", "`": "backtick", '"': "double quote", "'": "single quote",
    "(": "open bracket", ")": "close bracket", "[": "open square bracket",
    "]": "close square bracket", "{": "open curly bracket", "}": "close curly bracket",
}
FUZZY = {
    "-": ["minus", "hyphen", "dash"],
    "--": ["double minus", "double dash", "minus minus", "dash dash"],
    ".": ["dot", "point", "period"],
    "/": ["slash", "forward slash"],
    "~": ["tilde", "tilda"],
    "*": ["star", "asterisk"],
    "=": ["equal sign", "equals", "equal"],
    "_": ["underline", "underscore"],
    "@": ["at", "at sign"],
    "#": ["hash", "hash sign"],
    "|": ["pipe", "vertical bar"],
    "%": ["percent", "percent sign"],
    ">>": ["double greater than", "greater than greater than"],
    '"': ["double quote", "quotation mark"],
    "'": ["single quote", "apostrophe"],
    "$": ["dollar", "dollar sign"],
}

# Natural glue: (glues to the left neighbour, glues to the right neighbour).
GLUE = {
    "-": (False, True), "--": (False, True), "~": (False, True), "*": (False, True),
    "$": (False, True), "(": (False, True), "[": (False, True), "{": (False, True),
    ".": (True, True), "/": (True, True), "\\": (True, True), ":": (True, True),
    "_": (True, True), "@": (True, True), "=": (True, True), "+": (True, True),
    "#": (True, True), "%": (True, True), "^": (True, True), "?": (True, True),
    ",": (True, False), ";": (True, False), "!": (True, False), ")": (True, False),
    "]": (True, False), "}": (True, False),
    "|": (False, False), ">": (False, False), ">>": (False, False), "<": (False, False),
    "&": (False, False), "`": (False, False),
}

SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUE = {w: i for i, w in enumerate(SMALL)} | {w: 10 * i for i, w in enumerate(TENS) if w}

FILLERS = {"uh", "um", "hm", "hmm", "genau", "ja", "please", "bitte"}
LEAD_INS = (
    "we call", "then comes", "the command is", "the command would be",
    "the command for this is", "i type", "you type", "please type", "please enter",
    "please write", "we execute", "we run", "we use", "we take", "we simply do", "write down",
    "i would write", "the next command", "i spell it",
)
LEAD_RE = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in LEAD_INS) + r")\b:?", re.I)
SPELLED_RE = re.compile(r"^[A-Za-z](?:-[A-Za-z])+$")
PIECE_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|--|>>|.")
PUNCT = ",.:;?!"

SYMBOL_WORDS = {w for name in SYMBOLS for w in name.split()}
NUMBER_WORDS = set(WORD_VALUE) | {"hundred", "thousand", "million"}
PROTO_RESERVED = (
    SYMBOL_WORDS | NUMBER_WORDS | FILLERS
    | {"space", "capital", "big", "all", "caps", "no", "sorry", "correction", "ah", "not",
       "or", "rather", "take", "back", "how", "do", "you", "say", "that", "on", "its", "own"}
)
NAT_RESERVED = {n for n in SYMBOLS if " " not in n} | FILLERS | {"space", "capital", "big"}
TEXT_CHARS = set(string.ascii_letters + string.digits + "._/:@=+,-")
SPLITTABLE = "/:@=_.+"
VOWELS = set("aeiouy")
COMPOUND_HEADS = (
    "file", "speed", "back", "down", "work", "key", "pass", "data", "base", "config",
    "screen", "type", "script", "source", "name", "node", "test", "web", "dump", "check",
    "text", "tree", "make", "time", "snap", "boot", "home", "line", "word", "list", "load",
    "mode", "hard", "link", "play", "fast", "power", "cloud", "auto", "mark", "nosey",
    "trash", "update", "desktop", "module", "user", "group", "block", "storage", "sign",
)
COMPOUND_TAILS = {
    "browser", "test", "parker", "base", "shot", "manager", "store", "file", "dump", "line",
    "tree", "play", "link", "mode", "name", "type", "script", "check", "boot", "list",
    "load", "fetch", "time", "flared", "book", "server", "client", "page", "word", "lint",
    "info", "data", "desktop", "storage", "group", "user", "path", "tools", "shell", "space",
}

# ------------------------------------------------------------------------------ listener


def _norm(tok: str) -> str:
    return tok.lower().strip(PUNCT)


def _num_value(tok: str) -> int | None:
    if tok in WORD_VALUE:
        return WORD_VALUE[tok]
    head, sep, tail = tok.partition("-")
    if sep and head in TENS and tail in WORD_VALUE and 1 <= WORD_VALUE[tail] <= 9:
        return WORD_VALUE[head] + WORD_VALUE[tail]
    return None


def _small(toks: list[str], i: int) -> tuple[int, int] | None:
    v = _num_value(toks[i]) if i < len(toks) else None
    if v is None or v == 0:
        return None
    if v >= 20 and v % 10 == 0 and i + 1 < len(toks) and "-" not in toks[i + 1]:
        u = _num_value(toks[i + 1])
        if u is not None and 1 <= u <= 9:
            return v + u, i + 2
    return v, i + 1


def _group(toks: list[str], i: int) -> tuple[int, int] | None:
    v = _num_value(toks[i]) if i < len(toks) else None
    if v is not None and 1 <= v <= 9 and i + 1 < len(toks) and toks[i + 1] == "hundred":
        total, i = v * 100, i + 2
        rest = _small(toks, i)
        if rest:
            total, i = total + rest[0], rest[1]
        return total, i
    return _small(toks, i)


def _parse_number(toks: list[str], i: int) -> tuple[str, int] | None:
    """One spoken number starting at toks[i] -> (digits, next index)."""
    if toks[i] == "zero":
        return "0", i + 1
    g = _group(toks, i)
    if g is None:
        return None
    total, i = g
    n = len(toks)
    if i < n and toks[i] == "million":
        total, i = total * 10**6, i + 1
        g = _group(toks, i)
        if g and g[1] < n and toks[g[1]] == "thousand":
            total, i = total + g[0] * 1000, g[1] + 1
            g = _group(toks, i)
        if g:
            total, i = total + g[0], g[1]
    elif i < n and toks[i] == "thousand":
        total, i = total * 1000, i + 1
        g = _group(toks, i)
        if g:
            total, i = total + g[0], g[1]
    return str(total), i


def _symbol_at(low: list[str], i: int) -> tuple[str, int] | None:
    for words, sym in PHRASES:
        if tuple(low[i:i + len(words)]) == words:
            return sym, len(words)
    return None


def _literal(tok: str) -> str:
    return tok.replace("-", "").lower() if SPELLED_RE.match(tok) else tok


def decode_protocol(toks: list[str]) -> str:
    """Protocol words (already lower-cased, fillers gone) -> command."""
    out: list[str] = []
    case = None
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == "space":
            out.append(" ")
            i += 1
            continue
        sym = _symbol_at(toks, i)
        if sym:
            out.append(sym[0])
            i += sym[1]
            continue
        num = _parse_number(toks, i)
        if num:
            out.append(num[0])
            i = num[1]
            continue
        if tok in ("capital", "big") and i + 1 < len(toks):
            case, i = "cap", i + 1
            continue
        if tok == "all" and toks[i + 1:i + 2] == ["caps"]:
            case, i = "up", i + 2
            continue
        lit = _literal(tok).lower()
        if case == "cap":
            lit = lit[:1].upper() + lit[1:]
        elif case == "up":
            lit = lit.upper()
        case = None
        out.append(lit)
        i += 1
    return "".join(out)


def _nat_units(toks: list[str]) -> list[list]:
    """Natural words -> units [text, glue_left, glue_right, first word index]."""
    low = [t.lower() for t in toks]
    units: list[list] = []
    quotes = {'"': False, "'": False}
    i = 0
    while i < len(toks):
        start = i
        sym = _symbol_at(low, i)
        if sym:
            ch, i = sym[0], i + sym[1]
            if ch in quotes:
                gl, gr = (True, False) if quotes[ch] else (False, True)
                quotes[ch] = not quotes[ch]
            else:
                gl, gr = GLUE[ch]
            if low[i:i + 3] == ["on", "its", "own"]:
                gl, gr, i = False, False, i + 3
            units.append([ch, gl, gr, start])
            continue
        if low[i] in ("capital", "big") and i + 1 < len(toks):
            word = _literal(toks[i + 1])
            units.append([word[:1].upper() + word[1:], False, False, start])
            i += 2
            continue
        if low[i] == "all" and low[i + 1:i + 2] == ["caps"] and i + 2 < len(toks):
            units.append([_literal(toks[i + 2]).upper(), False, False, start])
            i += 3
            continue
        units.append([_literal(toks[i]), False, False, start])
        i += 1
    return units


def _nat_join(units: list[list]) -> tuple[str, list[int]]:
    text, starts = "", []
    for k, unit in enumerate(units):
        if k == 0 or not (units[k - 1][2] or unit[1]):
            if k:
                text += " "
            starts.append(k)
        text += unit[0]
    return text, starts


def decode_natural(toks: list[str]) -> str:
    return _nat_join(_nat_units(toks))[0]


def _cut_sentence(text: str) -> str:
    k = 0
    while k < len(text):
        if text.startswith("...", k):
            k += 3
            continue
        if text[k] in ".?!" and (k + 1 == len(text) or text[k + 1].isspace()):
            return text[:k]
        k += 1
    return text


def _drop_last(out: list[str], protocol: bool) -> list[str]:
    """Forget the last argument said."""
    if protocol:
        spaces = [k for k, t in enumerate(out) if t == "space"]
        return out[:spaces[-1] + 1] if spaces else []
    units = _nat_units(out)
    if not units:
        return []
    last = _nat_join(units)[1][-1]
    return out[:units[last][3]]


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    lead = LEAD_RE.search(line)
    text = _cut_sentence(line[lead.end():] if lead else line)
    raw = text.split()
    norm = [_norm(t) for t in raw]
    protocol = lead is None or "space" in norm
    out: list[str] = []
    i = 0
    while i < len(raw):
        word = norm[i]
        if raw[i].endswith("..."):
            out, i = [], i + 1
        elif norm[i:i + 3] == ["no", "sorry", "correction"]:
            out, i = [], i + 3
        elif norm[i:i + 3] == ["ah", "no", "not"]:
            j, wrong = i + 3, []
            while j < len(raw):
                wrong.append(norm[j])
                j += 1
                if raw[j - 1].endswith(","):
                    break
            if len(wrong) <= len(out) and [_norm(t) for t in out[-len(wrong):]] == wrong:
                out = out[:len(out) - len(wrong)]
            i = j
        elif norm[i:i + 2] == ["or", "rather"]:
            out, i = _drop_last(out, protocol), i + 2
        elif norm[i:i + 4] == ["i", "take", "that", "back"]:
            out, i = _drop_last(out, protocol), i + 4
        elif norm[i:i + 4] == ["how", "do", "you", "say"]:
            i += 4
        elif word in FILLERS or not word:
            i += 1
        else:
            out.append(word if protocol else raw[i].rstrip(",:;"))
            i += 1
    return decode_protocol(out) if protocol else decode_natural(out)


# ----------------------------------------------------------------------------- speaker


def say_int(n: int) -> str | None:
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + (f"-{SMALL[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{SMALL[n // 100]} hundred" + (f" {say_int(rest)}" if rest else "")
    if n < 10**6:
        rest = n % 1000
        return f"{say_int(n // 1000)} thousand" + (f" {say_int(rest)}" if rest else "")
    if n % 10**6 == 0 and n < 10**9:
        return f"{say_int(n // 10**6)} million"
    return None


def say_digits(d: str, rng: random.Random) -> list[str]:
    """Jonas' numbers: in full, in pairs ("eighty eighty") or digit by digit."""
    by_digit = [SMALL[int(c)] for c in d]
    if len(d) == 1:
        return by_digit
    full = say_int(int(d)) if d[0] != "0" and len(d) <= 7 else None
    pairs = None
    if len(d) == 4 and d[0] != "0" and d[2] != "0":
        pairs = [say_int(int(d[:2])), say_int(int(d[2:]))]
    roll = rng.random()
    if pairs and roll < 0.35:
        return " ".join(pairs).split()
    if full and roll < 0.85:
        return full.split()
    return by_digit


def _spell(word: str) -> list[str]:
    return list(word.lower())


def proto_word(word: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """A lower-case letter run in protocol speech."""
    spell = word in PROTO_RESERVED or len(word) == 1 or (
        len(word) <= 6 and not (set(word) & VOWELS)
    )
    if spell:
        if fuzzy and len(word) > 1 and rng.random() < 0.4:
            return ["-".join(word.upper())]
        return _spell(word)
    if fuzzy and len(word) >= 7 and rng.random() < 0.5:
        for head in COMPOUND_HEADS:
            tail = word[len(head):]
            if word.startswith(head) and tail in COMPOUND_TAILS - PROTO_RESERVED:
                return [head, tail]
    return [word]


def proto_chunk(chunk: str, rng: random.Random, style: dict, fuzzy: bool) -> list[str]:
    """One space-free part of the command in protocol words."""
    words: list[str] = []
    for piece in PIECE_RE.findall(chunk):
        if piece.isdigit():
            if fuzzy and rng.random() < 0.35:
                words.append(piece)
            else:
                words += say_digits(piece, rng)
        elif piece.isalpha():
            cap = style["cap"] if not fuzzy else rng.choice(["capital", "big"])
            if piece.islower():
                words += proto_word(piece, rng, fuzzy)
            elif len(piece) == 1:
                words += [cap, piece.lower()]
            elif piece[0].isupper() and piece[1:].islower():
                words += [cap] + proto_word(piece.lower(), rng, fuzzy)
            elif (piece.lower() not in PROTO_RESERVED and len(piece) >= 3
                  and set(piece.lower()) & VOWELS and rng.random() < 0.7):
                words += ["all", "caps", piece.lower()]
            else:
                for letter in piece:
                    words += [cap, letter.lower()]
        else:
            if fuzzy and piece in FUZZY:
                name = rng.choice(FUZZY[piece])
            elif piece == ".":
                name = style["dot"]
            else:
                name = CANON[piece]
            words += name.split()
    return words


def _spell_hyphen(word: str) -> str:
    return "-".join(word.upper())


def _unsure(word: str) -> bool:
    """Names Jonas spells: no vowel ("gpg"), or short and not consonant-vowel-consonant."""
    if 2 <= len(word) <= 5 and not set(word) & set("aeiou"):
        return True
    shape = "".join("v" if c in "aeiou" else "c" for c in word)
    return 2 <= len(word) <= 3 and shape != "cvc"


def text_words(run: str, rng: random.Random, style: dict) -> list[str] | None:
    """A run Whisper writes as text in natural speech (or None if it cannot)."""
    if not any(c.isalnum() for c in run) or run[-1] in ".,:" or ".." in run:
        return None
    if SPELLED_RE.match(run) or not set(run) <= TEXT_CHARS:
        return None
    if run.lower() in NAT_RESERVED:
        return [_spell_hyphen(run)] if run.isalpha() and run.islower() else None
    if len(run) == 1 and run.isupper() and rng.random() < 0.5:
        return [style["cap"], run]
    if run.isalpha() and run.islower() and _unsure(run) and rng.random() < 0.3:
        return [_spell_hyphen(run)]
    return [run]


def nat_split(chunk: str, rng: random.Random, style: dict) -> list[str] | None:
    """Name some symbols of a chunk, leave the rest as Whisper text."""
    words: list[str] = []
    s = chunk
    if s.startswith("--") and len(s) > 2 and s[2] != "-":
        words, s = ["double", "minus"], s[2:]
    elif s.startswith("-") and len(s) > 1 and s[1] != "-":
        words, s = ["minus"], s[1:]
    seps = {c for c in SPLITTABLE if rng.random() < 0.55}
    run, i = "", 0
    while i < len(s):
        sym = ">>" if s.startswith(">>", i) else "~/" if s.startswith("~/", i) else s[i]
        c = s[i]
        edge = (i == 0 and not words and GLUE[c][0]) if c in GLUE else False
        edge = edge or (i == len(s) - 1 and c in GLUE and GLUE[c][1] and c not in ".:,")
        if c not in TEXT_CHARS or (c in seps and not edge):
            if run:
                part = text_words(run, rng, style)
                if part is None:
                    return None
                words += part
                run = ""
            name = {".": style["dot"], "=": style["eq"], "~/": "tilde slash"}.get(sym)
            name = name or CANON[sym]
            words += name.split()
            i += len(sym)
        else:
            run += c
            i += 1
    if run:
        part = text_words(run, rng, style)
        if part is None:
            return None
        words += part
    return words


def nat_candidates(chunk: str, rng: random.Random, style: dict) -> list[list[str]]:
    if not any(c.isalnum() for c in chunk):
        if chunk in CANON:
            name = (style["dot"] if chunk == "." else CANON[chunk]).split()
            both = [name, name + ["on", "its", "own"]]
            return both if rng.random() < 0.5 else both[::-1]
        alone = nat_split(chunk, rng, style)
        return [alone] if alone else []
    text = text_words(chunk, rng, style) if set(chunk) <= TEXT_CHARS else None
    first, second = nat_split(chunk, rng, style), nat_split(chunk, rng, style)
    order = [text, first, second] if rng.random() < 0.55 else [first, second, text]
    return [c for c in order if c]


def natural_chunks(cmd: str, rng: random.Random, style: dict) -> list[list[str]] | None:
    parts = cmd.split(" ")
    chunks: list[list[str]] = []
    flat: list[str] = []
    for k, chunk in enumerate(parts):
        target = " ".join(parts[:k + 1])
        for cand in nat_candidates(chunk, rng, style):
            if decode_natural(flat + cand) == target:
                break
        else:
            return None
        chunks.append(cand)
        flat += cand
    return chunks


def new_style(rng: random.Random) -> dict:
    return {
        "dot": rng.choice(["dot", "point"]),
        "eq": rng.choice(["equal sign", "equals"]),
        "cap": rng.choice(["capital", "capital", "big"]),
    }


def weave(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if not text:
            text = part.lstrip(", ")
        elif part.startswith(","):
            text += part
        else:
            text += " " + part
    return text


def join_chunks(chunks: list[list[str]], protocol: bool, rng: random.Random | None = None,
                filler: float = 0.0, space_comma: float = 0.0) -> list[str]:
    """Chunks -> word list (protocol: with "space"), optionally with Jonas' fillers."""
    out: list[str] = []
    for k, chunk in enumerate(chunks):
        if k:
            if protocol:
                out.append("space," if rng and rng.random() < space_comma else "space")
            if rng and rng.random() < filler:
                out.append(rng.choice([", genau,", ", uh,", ", um,", ", how do you say,"]))
        out += chunk
    return out


# ------------------------------------------------------------------------------- slices


def make_clean(cmd: str, why: str | None, rng: random.Random) -> str | None:
    for _ in range(6):
        style = new_style(rng)
        chunks = [proto_chunk(p, rng, style, fuzzy=False) for p in cmd.split(" ")]
        line = " ".join(join_chunks(chunks, True))
        if decode(line) == cmd:
            return line
    return None


def make_fuzzy(cmd: str, why: str | None, rng: random.Random) -> str | None:
    for _ in range(6):
        style = new_style(rng)
        chunks = [proto_chunk(p, rng, style, fuzzy=True) for p in cmd.split(" ")]
        words = join_chunks(chunks, True, rng, space_comma=0.3)
        capped = rng.random() < 0.6 and words[0][:1].islower()
        if capped:
            words[0] = words[0][:1].upper() + words[0][1:]
        line = weave(words)
        if rng.random() < 0.5 or not (capped or "," in line):
            line += "."  # every fuzzy line shows at least one of Whisper's slips
        if decode(line) == cmd:
            return line
    return None


NATURAL_FRAMES = (
    "So, we call {c}.",
    "Then comes {c}, genau.",
    "The command is {c}, genau.",
    "We want to {w}. So, we call {c}.",
    "Also, to {w}, I type {c}, ja?",
    "Please type {c}. Thank you.",
    "Good. Now we execute {c}. Then we look at the output.",
    "Okay, next one. The command is {c}.",
    "Also, how do you say, we run {c}, ja.",
    "For this we take {c}. That should {w}.",
    "Could you please enter {c}? Danke.",
    "Good, so the next command: {c}.",
    "I would like to {w}, so please write {c}.",
    "So, the plan is to {w}. For that we use {c}, genau.",
    "Then we simply do {c}. That's it.",
    "Let me dictate. The command would be {c}.",
    "Just write down {c}, please.",
    "In the terminal you type {c}. Exactly like this.",
    "Next step, we need to {w}. Here I would write {c}, ja?",
    "So, colleague, the command for this is {c}. Genau.",
    "Ja, so, one moment. We call {c}.",
    "Also, you want to {w}? Then you type {c}.",
)

CHAOTIC_FRAMES = (
    "So, we call {c}, genau.",
    "Hm, wait. Then comes {c}. Sorry, I am a bit tired today.",
    "Also, the command is, uh, {c}, ja?",
    "Okay, so, how do you say... we execute {c}.",
    "Please type {c}. I think that was it, ja.",
    "We want to {w}. So, um, we call {c}. Genau.",
    "Moment, let me look in my notes. Ah, here. Then comes {c}.",
    "Good, so the next command: {c}. Or, hm, I think so, ja.",
    "Also, to {w}, I type, uh, {c}, ja? Let me check again later.",
    "So, um, the command would be {c}. Genau, that's it.",
    "Wait, where was I? Ah, ja. We run {c}.",
    "For this we take {c}. That should {w}, I hope.",
)
PROTOCOL_FRAMES = (
    "{c}.",
    "{c}",
    "So, I spell it: {c}.",
    "Okay, um, I spell it: {c}, genau.",
    "Also, letter by letter. I spell it: {c}. I hope that was right.",
)

FRAME_USE: Counter = Counter()


def _frame(frames: tuple[str, ...], why: str | None, rng: random.Random) -> str:
    usable = [f for f in frames if why or "{w}" not in f]
    return rng.choice(usable)


def make_natural(cmd: str, why: str | None, rng: random.Random) -> str | None:
    for _ in range(6):
        style = new_style(rng)
        chunks = natural_chunks(cmd, rng, style)
        if chunks is None:
            continue
        words = join_chunks(chunks, False, rng, filler=0.04)
        frame = _frame(NATURAL_FRAMES, why, rng)
        line = frame.format(c=weave(words), w=why)
        if decode(line) == cmd:
            FRAME_USE["natural", frame] += 1
            return line
    return None


WRONG = {
    "long": ["--verbose", "--force", "--all", "--quiet", "--dry-run", "--output"],
    "short": ["-v", "-r", "-f", "-a", "-n", "-l"],
    "file": ["main.py", "notes.txt", "config.yaml", "data.csv", "report.pdf", "app.log"],
    "word": ["list", "show", "status", "start", "delete", "data", "backup", "config"],
    "tool": ["git", "docker", "kubectl", "make", "curl", "ssh", "npm", "systemctl"],
}


def wrong_chunk(chunk: str, rng: random.Random, is_tool: bool) -> str:
    if is_tool:
        pool = WRONG["tool"]
    elif chunk.startswith("--"):
        pool = WRONG["long"]
    elif chunk.startswith("-"):
        pool = WRONG["short"]
    elif chunk.isdigit() and chunk[0] != "0":
        pool = [str(int(chunk) + 1), str(int(chunk) * 2)]
    elif "." in chunk:
        pool = WRONG["file"]
    else:
        pool = WRONG["word"]
    return rng.choice([p for p in pool if p != chunk])


def _fragment(word: str, rng: random.Random) -> str:
    if word.isalpha() and len(word) >= 4:
        return word[:rng.randint(2, len(word) - 2)] + "..."
    return word + "..."


def make_chaotic(cmd: str, why: str | None, rng: random.Random) -> str | None:
    parts = cmd.split(" ")
    for _ in range(8):
        style = new_style(rng)
        protocol = rng.random() < 0.4
        chunks = None if protocol else natural_chunks(cmd, rng, style)
        if chunks is None:
            protocol = True
            fuzzy = rng.random() < 0.5
            chunks = [proto_chunk(p, rng, style, fuzzy) for p in parts]
        kind = rng.choice(["restart", "correction", "ahno", "rather", "takeback", "rather"])
        k = rng.randrange(len(chunks))
        if len(parts) > 1 and (parts[k] == "sudo" or (k == 0 and rng.random() < 0.8)):
            k = rng.randrange(1, len(parts))
        cut = [j for j, chunk in enumerate(chunks) if chunk[0].isalpha() and len(chunk[0]) > 3]
        if kind == "restart" and cut:
            k = rng.choice(cut)  # Jonas breaks off inside a word
        wrong: list[str] | None = None
        if kind != "restart":
            bad = wrong_chunk(parts[k], rng, k == tool_index(parts))
            if protocol:
                wrong = proto_chunk(bad, rng, style, fuzzy=False)
            else:
                wrong = next((c for c in nat_candidates(bad, rng, style)
                              if decode_natural(c) == bad), None)
            if wrong is None:
                kind = "restart"
        sep = ["space"] if protocol and k else []
        head = join_chunks(chunks[:k], protocol) + sep
        tail = join_chunks(chunks[k:], protocol, rng, filler=0.25)
        full = join_chunks(chunks, protocol, rng, filler=0.2)
        if kind == "restart":
            words = head + [_fragment(chunks[k][0], rng)] + full
        elif kind == "correction":
            bad_chunks = chunks[:k] + [wrong] + chunks[k + 1:]
            words = join_chunks(bad_chunks, protocol) + [", no, sorry, correction:"] + full
        elif kind == "ahno":
            words = head + wrong + [", ah no, not"] + wrong[:-1] + [wrong[-1] + ","] + tail
        elif kind == "rather":
            words = head + wrong + [", or rather"] + tail
        else:
            words = head + wrong + [", I take that back,"] + tail
        if protocol:
            frames = PROTOCOL_FRAMES if len(parts) > 1 else PROTOCOL_FRAMES[:2]
            frame = rng.choice(frames)
        else:
            frame = _frame(CHAOTIC_FRAMES, why, rng)
        line = frame.format(c=weave(words), w=why)
        if decode(line) == cmd:
            FRAME_USE["chaotic", frame] += 1
            return line
    return None


MAKERS = {
    "clean": make_clean, "fuzzy": make_fuzzy, "natural": make_natural,
    "chaotic": make_chaotic,
}

# --------------------------------------------------------------------------------- main

BAD_FIRST = {"if", "same", "interactive", "don't", "do", "only", "not", "the", "a", "an",
             "with", "when", "for", "in", "on", "use", "using"}


def why_of(description: str) -> str | None:
    """The tldr description as the "why" Jonas gives, or None when it does not fit."""
    text = description.split(" (")[0].strip().rstrip(".").strip()
    if not text.isascii() or any(c in text for c in '"?!;:()[]{}<>|`$.'):
        return None
    words = text.split()
    if len(words) < 2 or words[0].lower() in BAD_FIRST:
        return None
    first = words[0]
    if first[1:].islower():
        first = first.lower()
    return " ".join([first] + words[1:])


def tool_index(parts: list[str]) -> int:
    return 1 if parts[0] == "sudo" and len(parts) > 1 else 0


def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load() -> list[tuple[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 6 != 1:
                continue
            item = json.loads(line)
            cmd = item["command"]
            if (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                    and "  " not in cmd and cmd == cmd.strip() and cmd):
                rows.append((cmd, item.get("description", "")))
    return rows


def build() -> list[dict]:
    rng = random.Random(58)
    pool = load()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: Counter = Counter()
    rows: list[dict] = []
    for slice_name in SLICES:
        count = 0
        for cmd, description in pool:
            if count == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            line = MAKERS[slice_name](cmd, why_of(description), rng)
            if line is None or decode(line) != cmd:
                continue  # the listener would not recover it: reject, take the next one
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"only {count} lines for {slice_name}")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    per_slice = Counter(row["slice"] for row in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(per_slice)}")
    natural = sum(1 for key in FRAME_USE if key[0] == "natural")
    print(f"natural framings used: {natural}")


if __name__ == "__main__":
    main()
