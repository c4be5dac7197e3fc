#!/usr/bin/env python3
"""Independent voice-to-bash evaluation set, author53: "Lin", a Shanghai cloud engineer.

Writes assets/training/bash/author53.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from the "command" and "description" fields of
assets/training/bash/pages_dev41_commands.jsonl (0-based lines with n % 4 == 2), which are
examples adapted from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0;
credit to the tldr-pages authors. Each command is used at most once, each tool (first word
after "sudo" and VAR=value assignments) at most twice in the file.

Run: cd /work/main && python3 tests/bench/fiftythird_author.py
(standard library only; one random.Random(53), consumed in a fixed order: byte-identical).

STYLE GUIDE (persona, vocabulary, listener)
===========================================

Persona. Lin dictates in English with Mandarin habits. Hesitations: "nage", "nage nage",
"nei ge" (Whisper: "Nage," / "Nei ge,"). "ranhou" ('then') between parts, "jiushi" ('that
is') before an explanation, "dui" ('right') to confirm, "hao" / "hao de" ('okay'), "aiya"
on a mistake. Natural speech is compact and often drops articles: "Please help me run X",
"Use X to do Y", "Help me do Y with X".

Symbol names (Lin's own; fuzzy-slice synonyms in brackets):
  -  minus, dash [hyphen]          --  double minus (any symbol: "double X" = XX)
  .  dot, point [period]           /   slash, xiegang [forward slash]
  _  underline [underscore]        ~   tilde          |  pipe [vertical bar]
  *  star [asterisk]               =   equal [equals] :  colon
  @  at [at sign]                  #   well, hash     ,  comma
  >  greater than                  <   less than      &  and sign [ampersand]
  ;  semicolon   "  double quote [quote]   '  single quote [apostrophe]
  $  dollar [dollar sign]   ( )  open / close paren   { }  open / close brace
  [ ]  open / close bracket   !  bang [exclamation mark]   +  plus   ?  question mark
  %  percent   \\  backslash   ^  caret   `  backtick
Case: "capital X" / "big letter X" (a letter: upper case; a word: first letter upper),
"all caps WORD" (the whole next word upper). Digits: zero ... nine, one word per digit.

Spoken protocol (clean, fuzzy, and some chaotic lines). Everything Lin says is glued
together; only the word "space" makes a space. Plain words are written in lower case
(Whisper's own capitals carry no meaning; only capital / big letter / all caps do). Lin
spells letter by letter a word that is one of her code words (dot, at, space, capital, a
digit, a filler...), a short run with no vowel ("l s", "x v f", "t m p"), and a word that
would run into a code word ("double" before a symbol, "open" before "paren"). Fuzzy lines
add Whisper slips: first word capitalised, a final full stop, commas after some "space"s,
digit runs written as digits ("8080"), a long name split in two ("change me"), synonyms.

Natural (and most chaotic lines). "space" is never said. Whisper writes words, digits,
paths, file names and flags as text ("-la", "/etc/hosts", "config.yaml", "--help"); the
words of the command are separated by blanks. Symbols Lin names are words with fixed roles:
  glue (joins the text before and after into one word): dot, point, slash, xiegang, dash,
      underline, colon, equal, at       "data slash app dot log" = data/app.log
  prefix (starts a word, joins what follows): minus, double minus, tilde, star, hash, well
      "minus la" = -la, "double minus help" = --help, "tilde slash notes" = ~/notes
  alone (a word by itself): pipe, greater than, double greater than, less than, and sign,
      double and, semicolon
So Lin says "minus" for an option sign and "dash" for a hyphen inside a name. A quoted
argument is written by Whisper with its quotes and kept verbatim. The command sits in a
frame: a lead cue ("please help me run", "help me run", "can you run", "just run", "run",
"use", "type", "please execute", "command is", "the command is", "next one:",
"command:", "help me ... with", "to ..., the command is"), optionally after a sentence
giving the why; a tail cue after it (", jiushi ...", " to ..." after use, " for me",
"please", " on the server", " in the terminal", ", then press enter", ", it will ...",
". That one is to ...", ", that's it", ", thanks", ", I think", ", maybe",
". This is for ..."); or no cue, a bare sentence. The command's first letter is
capitalised by Whisper when it starts a sentence; the listener lowers it back.

Chaotic corrections (every chaotic line has at least one):
  "bu dui" (also "aiya, bu dui")  word scope: drop the last word said, go on with the fix.
  "bu shi, it's Y"                word scope, same as bu dui.
  "bu shi X, it's Y"              flag scope: replace the last X said with Y.
  "wait wait" / "aiya, again" / ". Again,"   whole command: forget everything before it.
Plus hesitations (nage, nei ge) anywhere, "ranhou"/"dui"/"hao" fillers, asides as whole
sentences before the lead cue ("This is for the staging cluster."), trailing thoughts
(", I think.", ", maybe.").

Listener (decode below), in order: keep what follows the last restart marker; mark
"bu dui" / "bu shi ... it's"; drop fillers (nage, nei ge, ranhou, aiya, hao de, hao, dui,
uh); find the command after the first lead cue (or at a sentence start) whose span, cut at
the first tail cue, decodes; decode the span in protocol mode when it contains "space" or
a digit word, else in natural mode (where "capital" / "big letter" / "all caps" still raise
the next word), applying the corrections as they come. A sentence break (a word ending in
. ! ? with more words after it) inside a natural span means the span is wrong. The
generator keeps a line only if this listener gives back exactly its command.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev41_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author53.jsonl"
AUTHOR = "author53"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TRIES = 6

BUDUI, BUSHI, ITS = "\x01", "\x02", "\x03"
CONTROL = (BUDUI, BUSHI, ITS)

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}

# Lin's own names (clean slice, chaotic protocol lines).
CLEAN_NAMES = {
    "-": ("minus", "dash"),
    ".": ("dot", "point"),
    "/": ("slash", "xiegang"),
    "_": ("underline",),
    "~": ("tilde",),
    "|": ("pipe",),
    "*": ("star",),
    "=": ("equal",),
    ":": ("colon",),
    "@": ("at",),
    "#": ("well", "hash"),
    ">": ("greater than",),
    "<": ("less than",),
    "&": ("and sign",),
    ";": ("semicolon",),
    ",": ("comma",),
    '"': ("double quote",),
    "'": ("single quote",),
    "$": ("dollar",),
    "(": ("open paren",),
    ")": ("close paren",),
    "{": ("open brace",),
    "}": ("close brace",),
    "[": ("open bracket",),
    "]": ("close bracket",),
    "!": ("bang",),
    "+": ("plus",),
    "?": ("question mark",),
    "%": ("percent",),
    "\\": ("backslash",),
    "^": ("caret",),
    "`": ("backtick",),
}
# Looser synonyms heard in the fuzzy slice.
FUZZY_EXTRA = {
    "-": ("hyphen", "minus", "dash"),
    ".": ("period", "point", "dot"),
    "/": ("forward slash", "slash"),
    "_": ("underscore", "underline"),
    "*": ("asterisk", "star"),
    "=": ("equals", "equal"),
    "@": ("at sign", "at"),
    "#": ("hash",),
    "|": ("vertical bar", "pipe"),
    '"': ("quote", "double quote"),
    "'": ("apostrophe", "single quote"),
    "$": ("dollar sign", "dollar"),
    "&": ("ampersand", "and sign"),
    "!": ("exclamation mark", "bang"),
}
FUZZY_NAMES = {**CLEAN_NAMES, **FUZZY_EXTRA}

PSYM: dict[str, str] = {}
for _table in (CLEAN_NAMES, FUZZY_NAMES):
    for _ch, _names in _table.items():
        for _name in _names:
            PSYM[_name] = _ch

FILLER_WORDS = ("nage", "ranhou", "jiushi", "dui", "hao", "aiya", "uh", "wait", "again", "bu")
SPELL_ALWAYS = frozenset(
    [p for p in PSYM if " " not in p]
    + list(DIGITS)
    + ["space", "capital", "double", "caps"]
    + list(FILLER_WORDS)
)
HEADS = frozenset(
    [p.split()[0] for p in PSYM if " " in p] + ["all", "big", "letter", "shi", "nei", "ge"]
)

NAT_PREFIX = {
    "minus": "-",
    "double minus": "--",
    "tilde": "~",
    "star": "*",
    "hash": "#",
    "well": "#",
}
NAT_GLUE = {
    "dot": ".",
    "point": ".",
    "slash": "/",
    "xiegang": "/",
    "dash": "-",
    "underline": "_",
    "colon": ":",
    "equal": "=",
    "at": "@",
}
NAT_ALONE = {
    "pipe": "|",
    "greater than": ">",
    "double greater than": ">>",
    "less than": "<",
    "and sign": "&",
    "double and": "&&",
    "semicolon": ";",
}
NAT_ALL = {**NAT_PREFIX, **NAT_GLUE, **NAT_ALONE}
NAT_WORDS = frozenset(w for p in NAT_ALL for w in p.split())
ALONE_SAY = {
    "|": ("pipe",),
    ">": ("greater than",),
    ">>": ("double greater than",),
    "<": ("less than",),
    "&": ("and sign",),
    "&&": ("double and",),
    ";": ("semicolon",),
}

RESTART_RX = re.compile(
    r"(?:\bwait,? wait\b|\baiya[,.!]?\s+again\b|(?:^|(?<=[.,!?]\s))again\b)[,.:!]?\s*", re.I
)
BUDUI_RX = re.compile(r"[,.]?\s*\bbu dui\b[,.!]?\s*", re.I)
BUSHI_RX = re.compile(r",?\s*\bbu shi\b[,.]?\s*(.*?)[,.]?\s*\bit'?s\b[,:]?\s*", re.I)
FILLER_RX = re.compile(r"\b(?:hao de|nei ge|nage|ranhou|aiya|hao|dui|uh)\b[,.!?]?\s*", re.I)

LEADS = (
    r"please help me run",
    r"help me run",
    r"so please run",
    r"please run",
    r"so run",
    r"can you run",
    r"can you type",
    r"just run",
    r"open terminal and type",
    r"please execute",
    r"execute",
    r"the command is",
    r"command is",
    r"next one:",
    r"command:",
    r"run",
    r"use",
    r"type",
    r"help me [^.]+ with",
    r"to [^.]+?, the command is",
)
LEAD_RX = re.compile(r"(?:^|(?<=[.,!?:] ))(?:" + "|".join(LEADS) + r"),? ", re.I)
TAILS = (
    r",? jiushi .+",
    r"\. jiushi .+",
    r" to .+",
    r" for me",
    r",? please",
    r" on the server(?:,? thanks)?",
    r" in the terminal(?:,? please)?",
    r", then press enter",
    r", it will .+",
    r"\. that one is to .+",
    r",? that's it",
    r",? thanks",
    r",? i think",
    r",? maybe",
    r"\. (?:this|it) is for .+",
)
BODY_RX = re.compile(r"(?P<c>.+?)(?:" + "|".join(TAILS) + r")?[.!?]?", re.I | re.S)

PIECE_RX = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]|[^A-Za-z0-9]")
VOWELS = frozenset("aeiouy")


class DecodeError(ValueError):
    """The listener cannot make a command out of this transcript."""


# ---------------------------------------------------------------- listener


def _protocol_mode(chunks: list[str]) -> bool:
    low = [c.lower().strip(",.?!") for c in chunks]
    return "space" in low or any(t in DIGIT_OF for t in low)


def _proto_symbol(toks: list[str], i: int) -> tuple[str, int] | None:
    """A symbol phrase at toks[i]: (characters, tokens used)."""
    for n in (2, 1):
        phrase = " ".join(toks[i : i + n])
        if len(toks[i : i + n]) == n and phrase in PSYM:
            return PSYM[phrase], n
    if toks[i] == "double" and i + 1 < len(toks):
        inner = _proto_symbol(toks, i + 1)
        if inner:
            return inner[0] * 2, inner[1] + 1
    return None


def _proto_words(toks: list[str]) -> list[str]:
    words = [""]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == BUDUI:
            if words[-1] == "" and len(words) > 1:
                words.pop()
            words[-1] = ""
            i += 1
            continue
        if t == BUSHI:
            if ITS not in toks[i:]:
                raise DecodeError("bu shi without it's")
            j = toks.index(ITS, i)
            wrong = toks[i + 1 : j]
            if words[-1] == "":
                words.pop()
            if not wrong:
                words.pop()
                words.append("")
                i = j + 1
                continue
            xw = _proto_words(wrong)
            yw = _proto_words(toks[j + 1 :])
            if len(xw) != 1 or xw[0] not in words:
                raise DecodeError("bu shi target not said")
            k = len(words) - 1 - words[::-1].index(xw[0])
            words[k] = yw[0]
            return words + yw[1:]
        if t == "space":
            if words[-1] == "":
                raise DecodeError("empty word")
            words.append("")
            i += 1
            continue
        sym = _proto_symbol(toks, i)
        if sym:
            words[-1] += sym[0]
            i += sym[1]
            continue
        if t in ("capital", "big", "all"):
            step = 2 if t in ("big", "all") else 1
            if t == "big" and toks[i + 1 : i + 2] != ["letter"]:
                raise DecodeError("big without letter")
            if t == "all" and toks[i + 1 : i + 2] != ["caps"]:
                words[-1] += t
                i += 1
                continue
            nxt = toks[i + step] if i + step < len(toks) else ""
            if not re.fullmatch(r"[a-z]+", nxt) or nxt in SPELL_ALWAYS and len(nxt) > 1:
                raise DecodeError("case word without a word")
            words[-1] += nxt.upper() if t == "all" else nxt[0].upper() + nxt[1:]
            i += step + 1
            continue
        if t in DIGIT_OF:
            words[-1] += DIGIT_OF[t]
            i += 1
            continue
        if not re.fullmatch(r"[a-z0-9]+", t):
            raise DecodeError(f"unknown spoken token {t!r}")
        words[-1] += t
        i += 1
    if words[-1] == "":
        raise DecodeError("trailing space")
    return words


def _protocol(chunks: list[str]) -> str:
    toks = []
    for c in chunks:
        t = c if c in CONTROL else c.lower().strip(",.?!")
        if t:
            toks.append(t)
    return " ".join(_proto_words(toks))


def _nat_words(chunks: list[str]) -> list[str]:
    words: list[str] = []
    join = False
    i = 0
    n = len(chunks)
    while i < n:
        raw = chunks[i]
        if raw == BUDUI:
            if join or not words:
                raise DecodeError("bu dui with nothing to drop")
            words.pop()
            i += 1
            continue
        if raw == BUSHI:
            if join or ITS not in chunks[i:]:
                raise DecodeError("bad bu shi")
            j = chunks.index(ITS, i)
            wrong = chunks[i + 1 : j]
            if not wrong:
                if not words:
                    raise DecodeError("bu shi with nothing to drop")
                words.pop()
                i = j + 1
                continue
            xw = _nat_words(wrong)
            yw = _nat_words(chunks[j + 1 :])
            if len(xw) != 1 or xw[0] not in words or not yw:
                raise DecodeError("bu shi target not said")
            k = len(words) - 1 - words[::-1].index(xw[0])
            words[k] = yw[0]
            return words + yw[1:]
        quote = raw[:1]
        if quote in ('"', "'") and raw.count(quote) % 2 == 1:
            group = [raw]
            i += 1
            while i < n and chunks[i].count(quote) % 2 == 0:
                group.append(chunks[i])
                i += 1
            if i >= n:
                raise DecodeError("unclosed quote")
            end = chunks[i]
            group.append(end[:-1] if end.endswith(quote + ",") else end)
            i += 1
            text = " ".join(group)
            if join:
                words[-1] += text
            else:
                words.append(text)
            join = False
            continue
        low = [c.lower().rstrip(",") for c in chunks[i : i + 3]]
        hit = None
        for size in (3, 2, 1):
            phrase = " ".join(low[:size])
            if len(low) >= size and phrase in NAT_ALL:
                hit = (phrase, size)
                break
        if hit:
            phrase, size = hit
            ch = NAT_ALL[phrase]
            if phrase in NAT_GLUE:
                if not words:
                    raise DecodeError("glue with nothing before")
                words[-1] += ch
                join = True
            elif phrase in NAT_PREFIX:
                if join:
                    words[-1] += ch
                else:
                    words.append(ch)
                join = True
            else:
                if join:
                    raise DecodeError("symbol word cannot be glued")
                words.append(ch)
                join = False
            i += size
            continue
        lit = raw[:-1] if raw.endswith(",") else raw
        if low[0] == "capital" or low[:2] in (["big", "letter"], ["all", "caps"]):
            step = 1 if low[0] == "capital" else 2
            if i + step >= n or not chunks[i + step].rstrip(",").isalpha():
                raise DecodeError("case word without a word")
            nxt = chunks[i + step].rstrip(",")
            lit = nxt.upper() if low[0] == "all" else nxt[0].upper() + nxt[1:]
            i += step
        if not lit:
            i += 1
            continue
        if lit[-1] in ".!?" and len(lit) > 1 and i + 1 < n:
            raise DecodeError("sentence break inside the command")
        if join:
            words[-1] += lit
        else:
            words.append(lit)
        join = False
        i += 1
    if join:
        raise DecodeError("dangling symbol")
    return words


def _natural(chunks: list[str], at_start: bool) -> str:
    chunks = list(chunks)
    first = chunks[0] if chunks else ""
    if at_start and first[:1].isupper() and not any(ch.isupper() for ch in first[1:]):
        chunks[0] = first[0].lower() + first[1:]
    words = _nat_words(chunks)
    if not words:
        raise DecodeError("nothing said")
    return " ".join(words)


def _span(span: str, at_start: bool) -> str:
    span = span.replace(BUDUI, f" {BUDUI} ").replace(BUSHI, f" {BUSHI} ")
    chunks = span.replace(ITS, f" {ITS} ").split()
    if not chunks:
        raise DecodeError("empty span")
    if _protocol_mode(chunks):
        return _protocol(chunks)
    return _natural(chunks, at_start)


def _clean(line: str) -> str:
    text = " ".join(line.split())
    restarts = list(RESTART_RX.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    text = BUDUI_RX.sub(f" {BUDUI} ", text)
    text = BUSHI_RX.sub(lambda m: f" {BUSHI} {m.group(1)} {ITS} ", text)
    text = FILLER_RX.sub("", text)
    text = " ".join(text.split()).lstrip(", ").rstrip(", ")
    return text


def decode(line: str) -> str:
    """Recover the command from a transcript the way the style guide's listener does."""
    text = _clean(line)
    if not text:
        raise DecodeError("empty transcript")
    starts = [m.end() for m in LEAD_RX.finditer(text)]
    starts += [0] + [m.end() for m in re.finditer(r"[.!?] ", text)]
    for s in starts:
        m = BODY_RX.fullmatch(text[s:])
        if not m:
            continue
        before = text[:s].rstrip()
        at_start = not before or before[-1] in ".!?:"
        try:
            return _span(m.group("c"), at_start)
        except DecodeError:
            continue
    raise DecodeError("no command found")


def ok(line: str, command: str) -> bool:
    try:
        return decode(line) == command
    except DecodeError:
        return False


# ---------------------------------------------------------------- speaker


def _say_lower(run: str, heads: bool) -> list[str]:
    spell = (
        run in SPELL_ALWAYS or (heads and run in HEADS) or (len(run) <= 4 and not VOWELS & set(run))
    )
    return list(run) if spell else [run]


def proto_word(word: str, rng: random.Random, names: dict, heads: bool) -> list[str]:
    """One shell word in Lin's spoken protocol, as a list of spoken tokens."""
    pieces = PIECE_RX.findall(word)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p.isdigit():
            out.append(DIGITS[int(p)])
        elif p.islower():
            out.extend(_say_lower(p, heads))
        elif p.isupper() and len(p) == 1:
            out += [rng.choice(("capital", "capital", "big letter")), p.lower()]
        elif p.isupper():
            low = p.lower()
            if len(p) >= 3 and VOWELS & set(low) and low not in SPELL_ALWAYS:
                out += ["all caps", low]
            else:
                for ch in low:
                    out += ["capital", ch]
        elif p[0].isupper():
            spoken = _say_lower(p.lower(), heads)
            out += [rng.choice(("capital", "capital", "big letter"))] + spoken
        else:
            name = rng.choice(names[p])
            if i + 1 < len(pieces) and pieces[i + 1] == p and p not in "\"'":
                if p == "-" or rng.random() < 0.6:
                    out.append("double " + ("minus" if p == "-" and names is CLEAN_NAMES else name))
                    i += 2
                    continue
            out.append(name)
        i += 1
    return out


def clean_line(cmd: str, rng: random.Random, attempt: int) -> str:
    words = [proto_word(w, rng, CLEAN_NAMES, attempt > 0) for w in cmd.split(" ")]
    return " space ".join(" ".join(w) for w in words)


COMMON = frozenset(
    (
        "back",
        "ups",
        "phrase",
        "cloud",
        "data",
        "file",
        "files",
        "word",
        "name",
        "script",
        "config",
        "check",
        "search",
        "type",
        "update",
        "change",
        "me",
        "host",
        "note",
        "notes",
        "load",
        "down",
        "server",
        "info",
        "test",
        "work",
        "flow",
        "sign",
        "key",
        "shot",
        "cast",
        "lock",
        "time",
        "pass",
        "book",
        "mark",
        "port",
        "store",
        "screen",
        "secret",
        "tool",
        "line",
        "view",
        "watch",
        "snap",
        "mass",
        "can",
        "player",
        "power",
        "shell",
        "grab",
        "play",
        "list",
        "report",
        "archive",
        "photo",
        "output",
        "input",
        "index",
        "main",
        "demo",
        "alpha",
        "docs",
        "logs",
        "table",
        "sheets",
        "page",
        "edit",
        "editor",
        "sync",
        "build",
        "meta",
        "user",
        "group",
        "mode",
        "color",
        "map",
        "set",
        "get",
        "run",
        "box",
        "code",
        "fetch",
        "date",
        "disk",
        "net",
        "web",
        "mail",
        "text",
        "stack",
        "queue",
        "random",
    )
)


def _compound_cuts(t: str) -> list[int]:
    """Where Whisper may split a compound name Lin says as one word ("change me")."""
    cuts = []
    for k in range(2, len(t) - 1):
        a, b = t[:k], t[k:]
        if not (a in COMMON and len(a) >= 3 or b in COMMON):
            continue
        if VOWELS & set(a) and VOWELS & set(b) and not {a, b} & (SPELL_ALWAYS | HEADS):
            cuts.append(k)
    return cuts


def _fuzz_tokens(tokens: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in DIGIT_OF:
            j = i
            while j < len(tokens) and tokens[j] in DIGIT_OF:
                j += 1
            run = tokens[i:j]
            if rng.random() < 0.5:
                out.append("".join(DIGIT_OF[d] for d in run))
            else:
                out.extend(run)
            i = j
            continue
        cuts = _compound_cuts(t) if len(t) >= 6 and t.isalpha() else []
        if cuts and rng.random() < 0.5:
            k = rng.choice(cuts)
            out += [t[:k], t[k:]]
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def fuzzy_line(cmd: str, rng: random.Random, attempt: int) -> str:
    words = [
        _fuzz_tokens(proto_word(w, rng, FUZZY_NAMES, attempt > 0), rng) for w in cmd.split(" ")
    ]
    parts = [" ".join(words[0])]
    for w in words[1:]:
        parts.append(("space, " if rng.random() < 0.3 else "space ") + " ".join(w))
    text = " ".join(parts)
    if rng.random() < 0.7:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    return text


def units(cmd: str) -> list[str]:
    """Shell words, a quoted argument with blanks kept as one unit."""
    out: list[str] = []
    parts = cmd.split(" ")
    i = 0
    while i < len(parts):
        p = parts[i]
        q = p[:1]
        if q in ('"', "'") and p.count(q) % 2 == 1:
            j = i + 1
            while j < len(parts) and parts[j].count(q) % 2 == 0:
                j += 1
            out.append(" ".join(parts[i : j + 1]))
            i = j + 1
            continue
        out.append(p)
        i += 1
    return out


SPEAKABLE_RX = re.compile(
    r"(?P<pre>--|-|~|\*)?(?P<body>[A-Za-z0-9]+(?:[./_:=@-][A-Za-z0-9]+)*)"
    r"|~(?P<home>/[A-Za-z0-9]+(?:[./_:=@-][A-Za-z0-9]+)*)"
)
NAT_SAY = {
    ".": ("dot", "dot", "point"),
    "/": ("slash", "slash", "xiegang"),
    "-": ("dash",),
    "_": ("underline",),
    ":": ("colon",),
    "=": ("equal",),
    "@": ("at",),
}
PRE_SAY = {"--": "double minus", "-": "minus", "~": "tilde", "*": "star"}


def nat_unit(u: str, rng: random.Random, p_speak: float) -> str:
    """One shell word as Whisper writes Lin's natural speech."""
    if u in ALONE_SAY:
        return rng.choice(ALONE_SAY[u])
    m = SPEAKABLE_RX.fullmatch(u)
    if not m or not re.search(r"[^A-Za-z0-9]", u) or rng.random() >= p_speak:
        return u
    if not re.search(r"[A-Za-z]", u):
        return u
    if m.group("home"):
        pre, body = "~", m.group("home")
    else:
        pre, body = m.group("pre"), m.group("body")
    out = [PRE_SAY[pre]] if pre else []
    if pre == "-" and re.fullmatch(r"[A-Z]", body) and rng.random() < 0.6:
        return f"minus capital {body}"
    for piece in re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", body):
        if piece.isalnum():
            if piece.lower() in NAT_WORDS or piece.lower() in SPELL_ALWAYS:
                return u
            out.append(piece)
        else:
            out.append(rng.choice(NAT_SAY[piece]))
    return " ".join(out)


def why_text(desc: str, rng: random.Random) -> str:
    d = re.sub(r"\s*\([^)]*\)", "", desc)
    d = re.split(r"(?<=[a-z])\. ", d)[0]
    d = d.replace("`", "").replace('"', "").replace("{{", "").replace("}}", "")
    d = " ".join(d.split()).rstrip(".:;, ")
    if rng.random() < 0.4:
        d = re.sub(r"\b(?:the|a|an) ", "", d)
    if len(d) > 1 and not d[1].isupper():
        d = d[0].lower() + d[1:]
    return d


NAT_TEMPLATES = (
    "Please help me run {c}.",
    "Please help me run {c}, jiushi {w}.",
    "Use {c} to {w}.",
    "{W}. Please help me run {c}.",
    "I want to {w}. Ranhou run {c}.",
    "Nage, I need to {w}, so please run {c}, dui.",
    "Can you run {c} for me?",
    "Hao, next one: {c}.",
    "Command is {c}, jiushi {w}.",
    "To {w}, the command is {c}.",
    "Type {c}, then press enter.",
    "Please execute {c} on the server.",
    "Help me {w} with {c}.",
    "{C}. That one is to {w}.",
    "Just run {c}, it will {w}.",
    "Run {c} in the terminal, please.",
    "Hao de. {C}.",
    "Open terminal and type {c}.",
    "Let's {w}. Command: {c}.",
    "{C}, dui, that's it.",
    "Hao, use {c}, jiushi {w}.",
    "Nei ge, help me run {c} on the server, thanks.",
    "We need to {w}. Can you type {c}?",
    "Dui, ranhou {c}.",
)
ASIDES = (
    "This is for the staging cluster.",
    "This is for the Shanghai region.",
    "It is for the new ticket.",
    "This is for prod, careful.",
)
TRAILS = (", I think.", ", maybe.", ", I think, dui.")


def fill(template: str, c: str, desc: str, rng: random.Random) -> str:
    w = why_text(desc, rng)
    big_c = c[0].upper() + c[1:] if c[:1].islower() else c
    return template.format(c=c, C=big_c, w=w, W=w[:1].upper() + w[1:])


def natural_body(cmd: str, rng: random.Random, attempt: int) -> list[str]:
    p_speak = rng.choice((0.2, 0.45, 0.7)) if attempt < TRIES - 2 else 0.0
    return [nat_unit(u, rng, p_speak) for u in units(cmd)]


def natural_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> tuple[str, str]:
    template = rng.choice(NAT_TEMPLATES)
    body = " ".join(natural_body(cmd, rng, attempt))
    return fill(template, body, desc, rng), template


FLAG_POOL = (
    "--help",
    "--all",
    "--force",
    "--verbose",
    "--output",
    "--name",
    "--version",
    "--dry-run",
    "--list",
    "--quiet",
)
WORD_POOL = (
    "start",
    "stop",
    "list",
    "show",
    "get",
    "set",
    "delete",
    "create",
    "status",
    "update",
    "remove",
    "install",
)
EXT_POOL = ("txt", "log", "json", "yaml", "py", "sh", "conf", "csv")


def near_miss(u: str, rng: random.Random) -> str | None:
    """The word cut short or with two letters swapped, as a tongue slips."""
    if len(u) < 4 or not u.isalpha():
        return None
    k = rng.randint(1, len(u) - 2)
    miss = u[:k] + u[k + 1] + u[k] + u[k + 2 :] if rng.random() < 0.5 else u[:-1]
    return None if miss == u else miss


def mutate(u: str, rng: random.Random, tool: bool = False) -> str | None:
    """A plausible slip of the tongue for one shell word, or None."""
    if u == "sudo":
        return None
    if tool or (re.fullmatch(r"[a-z]{4,}", u) and rng.random() < 0.4):
        return near_miss(u, rng)
    if re.fullmatch(r"-[A-Za-z]", u):
        letter = u[1]
        other = letter.swapcase() if rng.random() < 0.5 else rng.choice("aflrsvx")
        return None if other == letter else "-" + other
    if re.fullmatch(r"--[a-z][a-z-]+", u):
        return rng.choice([f for f in FLAG_POOL if f != u])
    m = re.fullmatch(r"([A-Za-z0-9_/~.-]*[A-Za-z0-9])\.([a-z]+)", u)
    if m:
        return m.group(1) + "." + rng.choice([e for e in EXT_POOL if e != m.group(2)])
    if u.isdigit() and len(u) < 6:
        return str(int(u) + 1)
    if re.fullmatch(r"[a-z]{2,}", u):
        return rng.choice([w for w in WORD_POOL if w != u])
    return None


def _hesitate(parts: list[str], rng: random.Random) -> list[str]:
    if len(parts) < 2 or rng.random() < 0.45:
        return parts
    k = rng.randint(1, len(parts) - 1)
    filler = rng.choice(("nage,", "nei ge,", "nage nage,", "ranhou"))
    parts = list(parts)
    parts[k - 1] = parts[k - 1] + ("," if filler != "ranhou" else "")
    parts.insert(k, filler)
    return parts


def _truncate(unit: str, rng: random.Random) -> str:
    if len(unit) >= 4 and unit.isalpha():
        return unit[: rng.randint(2, len(unit) - 2)] + "-"
    return unit


RESTART_MARKS = (", wait wait, ", ", wait, wait. ", ". Aiya, again. ", "... Again, ")
WORD_MARKS = (", bu dui, ", ", aiya, bu dui, ", ", bu shi, it's ", ". Bu dui, ")


def _restart_join(partial: str, mark: str, full: str) -> str:
    if mark.endswith(", ") and not full.startswith("I "):
        full = full[0].lower() + full[1:]
    return partial + mark + full


def chaotic_natural(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    us = units(cmd)
    body = natural_body(cmd, rng, attempt)
    kind = rng.choice(("word", "word", "flag", "restart", "restart"))
    template = rng.choice(NAT_TEMPLATES)
    tool_at = 1 if us[0] == "sudo" and len(us) > 1 else 0
    mutable = [i for i, u in enumerate(us) if mutate(u, rng, i == tool_at) is not None]
    flags = [i for i in mutable if us[i].startswith("-")]
    if kind == "flag" and flags:
        i = rng.choice(flags)
        wrong = mutate(us[i], rng)
        if wrong is None or wrong in us:
            return ""
        said = list(body)
        said[i] = nat_unit(wrong, rng, 0.5)
        fix = f", bu shi {nat_unit(wrong, rng, 0.5)}, it's {body[i]}"
        c = " ".join(_hesitate(said, rng)) + fix
        template = rng.choice([t for t in NAT_TEMPLATES if "{c}." in t or "{C}." in t])
        line = fill(template, c, desc, rng)
    elif kind in ("word", "flag") and mutable:
        i = rng.choice(mutable)
        wrong = mutate(us[i], rng, i == tool_at)
        if wrong is None:
            return ""
        said = list(body)
        mark = rng.choice(WORD_MARKS)
        said[i] = nat_unit(wrong, rng, 0.5) + mark + body[i]
        line = fill(template, " ".join(_hesitate(said, rng)), desc, rng)
    else:
        full = fill(template, " ".join(_hesitate(body, rng)), desc, rng)
        k = rng.randint(1, len(body))
        partial_units = body[:k]
        partial_units[-1] = _truncate(partial_units[-1], rng)
        lead = rng.choice(("Please help me run ", "Use ", "Nage, ", "", "Hao, type "))
        line = _restart_join(lead + " ".join(partial_units), rng.choice(RESTART_MARKS), full)
    if rng.random() < 0.3 and not line.startswith(("{", "Hao de.")):
        line = rng.choice(ASIDES) + " " + line
    if rng.random() < 0.3 and line.endswith("."):
        line = line[:-1] + rng.choice(TRAILS)
    return line


def chaotic_protocol(cmd: str, rng: random.Random, attempt: int) -> str:
    words = cmd.split(" ")
    said = [" ".join(proto_word(w, rng, CLEAN_NAMES, attempt > 0)) for w in words]
    kind = rng.choice(("word", "word", "flag", "restart"))
    tool_at = 1 if words[0] == "sudo" and len(words) > 1 else 0
    mutable = [i for i, w in enumerate(words) if mutate(w, rng, i == tool_at) is not None]
    flags = [i for i in mutable if words[i].startswith("-")]
    if kind == "flag" and flags:
        i = rng.choice(flags)
        wrong = mutate(words[i], rng)
        if wrong is None or wrong in words:
            return ""
        wrong_said = " ".join(proto_word(wrong, rng, CLEAN_NAMES, attempt > 0))
        shown = list(said)
        shown[i] = wrong_said
        text = " space ".join(shown) + f", bu shi {wrong_said}, it's {said[i]}"
    elif kind in ("word", "flag") and mutable:
        i = rng.choice(mutable)
        wrong = mutate(words[i], rng, i == tool_at)
        if wrong is None:
            return ""
        shown = list(said)
        mark = rng.choice((", bu dui, ", ", aiya, bu dui, ", ", bu shi, it's "))
        shown[i] = " ".join(proto_word(wrong, rng, CLEAN_NAMES, attempt > 0)) + mark + said[i]
        text = " space ".join(shown)
    else:
        k = rng.randint(1, len(said))
        partial = " space ".join(said[:k])
        mark = rng.choice((", wait wait, ", ". Aiya, again. "))
        again = " space ".join(said)
        if mark.endswith(". "):
            again = again[0].upper() + again[1:]
        text = partial + mark + again
    if rng.random() < 0.4:
        text = text.replace(" space ", " ranhou space ", 1)
    if rng.random() < 0.5:
        text = rng.choice(("Nage, ", "Nei ge, ", "Hao, ")) + text
    if rng.random() < 0.4:
        text += rng.choice((".", ", dui.", ", hao de."))
    return text


def chaotic_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    if rng.random() < 0.3:
        return chaotic_protocol(cmd, rng, attempt)
    return chaotic_natural(cmd, desc, rng, attempt)


# ---------------------------------------------------------------- assembly


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    i = 0
    while i < len(words) - 1 and (words[i] == "sudo" or re.fullmatch(r"[A-Z_]+=\S*", words[i])):
        i += 1
    return words[i]


def load() -> list[dict]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 2:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (
                cmd.isascii()
                and len(cmd) <= 80
                and "  " not in cmd
                and "\n" not in cmd
                and "\t" not in cmd
                and cmd.strip() == cmd
            ):
                rows.append({"command": cmd, "description": row["description"]})
    return rows


def make(slice_name: str, row: dict, rng: random.Random) -> str | None:
    cmd, desc = row["command"], row["description"]
    for attempt in range(TRIES):
        if slice_name == "clean":
            line = clean_line(cmd, rng, attempt)
        elif slice_name == "fuzzy":
            line = fuzzy_line(cmd, rng, attempt)
        elif slice_name == "natural":
            line = natural_line(cmd, desc, rng, attempt)[0]
        else:
            line = chaotic_line(cmd, desc, rng, attempt)
        if line and line.isascii() and "\n" not in line and ok(line, cmd):
            return line
    return None


def build() -> list[dict]:
    rng = random.Random(53)
    pool = load()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: dict[str, int] = {}
    out: list[dict] = []
    for slice_name in SLICES:
        count = 0
        for row in pool:
            if count == PER_SLICE:
                break
            cmd = row["command"]
            tool = tool_of(cmd)
            if cmd in used or tools.get(tool, 0) >= 2:
                continue
            line = make(slice_name, row, rng)
            if line is None:
                continue
            used.add(cmd)
            tools[tool] = tools.get(tool, 0) + 1
            out.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {count} lines")
    return out


def main() -> None:
    rows = build()
    for row in rows:
        assert decode(row["input"]) == row["command"], row
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
