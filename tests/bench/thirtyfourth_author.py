"""Thirty-fourth independent author: Alejandro dictates bash to a teammate on a call.

Writes assets/training/bash/author34.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input": what Whisper wrote, "command": the exact command, "slice", "author"}.
Run from the repository root: python3 tests/bench/thirtyfourth_author.py

Commands come from the "command" field of assets/training/bash/train.jsonl, 0-based line number
% 11 == 6 (% 11 == 7 only when those run short), each at most once, one
tool (the first word, or the word after sudo) at most twice in the file. The "why" Alejandro
gives in natural and chaotic lines is the plain English description of the command from
assets/training/bash/corpus.jsonl. Both come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; thanks to its authors.

Style guide
===========

Persona. Alejandro is a backend developer in Guadalajara. He speaks fluent English to his
teammates, with Mexican-Spanish habits: Spanish symbol names mixed with English ones, fillers
("o sea", "este", "bueno", "pues", "órale", "ándale", "eh", "mmm"), tag questions ("¿sale?",
"¿va?", "¿no?", "¿ok?", "¿me explico?"). Numbers are said in English. Whisper writes his Spanish
words as Spanish, with or without accents; the listener ignores accents and case when it matches
a spoken word.

Symbol words (Spanish / English, then looser variants that fuzzy speech also uses):
  -  guion / dash; minus, menos, hyphen        --  doble guion / double dash (or two dashes)
  _  guion bajo / underscore; under score       .  punto / dot; period, point
  /  diagonal / slash; forward slash            \\  diagonal invertida / backslash
  @  arroba; at sign                            :  dos puntos / colon
  ;  punto y coma / semicolon                   ~  tilde; tilda
  "  comillas (abre comillas, cierra comillas); open quote, close quote, double quote, quote
  '  comilla simple (abre/cierra comilla simple); single quote, open/close single quote
  |  pipe; vertical bar                         >  mayor que / greater than
  <  menor que / less than                      *  asterisco / asterisk; star
  =  igual / equals; equal, equal sign          +  más / plus
  ,  coma / comma                               %  por ciento / percent
  $  dólar / dollar                             &  ampersand
  #  gato / hash                                !  exclamación / bang
  ?  signo de interrogación / question mark     ^  circunflejo / caret
  ( ) abre / cierra paréntesis, open / close paren;  [ ] abre / cierra corchete, open / close
  bracket;  { } abre / cierra llave, open / close brace;  ` backtick
Digits: zero, one ... nine (English), one word per digit. Case: "mayúscula x" or "capital x"
capitalises the next word ("capital box" is "Box"); "todo en mayúsculas", "puras mayúsculas" or
"all caps" upper-cases the next word. Escape: "la palabra X" (or "literally X", "the word X")
means the word X itself, used when a command contains one of the spoken words above.

Protocol speech (clean, fuzzy, some chaotic lines). Everything is said word by word; "space"
is said exactly where the command has a space; every other word is glued to its neighbours, so
"dash dash no dash confirm" is --no-confirm and "s d b one" is sdb1. Whisper's case and
punctuation carry no meaning here: the listener lower-cases every word and drops commas and
full stops (a literal comma or dot is always said). Clean lines are lower case, no punctuation.
Fuzzy lines use the looser names, and Whisper slips: capitalised first word, final full stop,
commas after some "space"s, some numbers written as digits, a compound name split in two
("dropbear key"), all harmless under the gluing rule.

Natural speech (natural, most chaotic lines). "space" is never said; a space in the transcript
is a space in the command. Whisper writes what it recognises as text: words, numbers, flags
("-la", "--help"), file names ("config.yaml"), paths ("/etc/hosts", "~/projects/"), URLs. The
rest Alejandro names with symbol words, and they glue by kind:
  - prefix words (guion/dash, doble guion, tilde, asterisco, dólar, por ciento, gato,
    exclamación, abre ...) start a new word, unless the previous symbol is still waiting for
    its right-hand side, and glue to what follows: "guion guion oneline" is --oneline;
  - infix words (punto, diagonal, guion bajo, dos puntos, arroba, igual, más, coma, ...) glue
    both sides: "config punto yaml" is config.yaml, "guion guion name igual fix" --name=fix;
  - closing words (cierra comillas, cierra paréntesis ...) glue to the left and end the word;
    a bare "comillas" opens a quote when none is open and closes it otherwise;
  - pipe, mayor que, menor que stand alone between spaces.
A comma or "..." that Whisper puts after a word is a pause, not part of the command.

Framing. In natural and chaotic lines the command follows one of Alejandro's lead-ins: "so you
put", "you put", "you type", "just type", "just run", "you run", "I run", "just do", "pon",
"ponle", "escribe", "córrele", "échale", "tecléale", "the command is", "the one you need is",
"try with", "copy this" (the first lead-in in the line counts). It ends at the first tag
question (a word starting with "¿"), at "y ya", "y listo", "and that's it", "and hit enter",
"y le das enter", "a ver si jala", or at the end of the sentence (a full stop, "?" or "!"
closing a word; a command whose last character is such a mark says it as a word). Before the
lead-in he may give the why ("If you need to list the tables, échale ..."), greet, or make an
aside; after the end he may explain or trail off. None of that is the command.

Disfluencies (chaotic). Fillers (eh, este, um, mmm, o sea, bueno, pues, órale, ándale, a ver)
are dropped anywhere. A cut-off word (Whisper writes "doc-") is dropped. A correction marker
("no, perdón", "bueno no", "mejor dicho", "I mean", "espérate") throws away the last command word
(the one being said, or the one before if he had just said "space"); he then says that word
again, right, and goes on: "git log guion guion online, no, perdón, guion guion oneline". This
covers word and flag slips alike. A marker followed by "desde el principio", "otra vez", "de
nuevo", "empiezo de nuevo", "from the top" or "start over", or followed by a lead-in, restarts
the whole command; a lead-in right after the restart phrase is skipped.

Listener (decode below): find the region (lead-in to end, or the whole line when there is no
lead-in), pick protocol mode when there is no lead-in or the region says "space" (not escaped),
else natural mode, and apply the rules above. So natural speech always has a lead-in, and a
one-word command dictated in protocol after a lead-in reads as natural speech. A candidate
line is kept only when decode gives back its command.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets" / "training" / "bash" / "train.jsonl"
CORPUS = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author34.jsonl"
AUTHOR = "author34"
PER_SLICE = 100

# symbol: (natural class, Spanish names, English names, looser names)
# classes: P prefix, I infix, S closing, A standalone, Q quote toggle, QO open, QC close
SYMBOLS: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "-": ("P", ["guion"], ["dash"], ["minus", "menos", "hyphen"]),
    "--": ("P", ["doble guion"], ["double dash"], []),
    "_": ("I", ["guion bajo"], ["underscore"], ["under score"]),
    ".": ("I", ["punto"], ["dot"], ["period", "point"]),
    "/": ("I", ["diagonal"], ["slash"], ["forward slash"]),
    "\\": ("I", ["diagonal invertida"], ["backslash"], ["back slash"]),
    "@": ("I", ["arroba"], ["arroba"], ["at sign"]),
    ":": ("I", ["dos puntos"], ["colon"], []),
    ";": ("I", ["punto y coma"], ["semicolon"], []),
    "~": ("P", ["tilde"], ["tilde"], ["tilda"]),
    '"': ("Q", ["comillas"], ["comillas"], ["double quote", "quote"]),
    "'": ("Q", ["comilla simple"], ["single quote"], ["apostrophe"]),
    "|": ("A", ["pipe"], ["pipe"], ["vertical bar"]),
    ">": ("A", ["mayor que"], ["greater than"], ["greater than sign"]),
    "<": ("A", ["menor que"], ["less than"], []),
    "*": ("P", ["asterisco"], ["asterisk"], ["star"]),
    "=": ("I", ["igual"], ["equals"], ["equal sign", "equal"]),
    "+": ("I", ["más"], ["plus"], ["plus sign"]),
    ",": ("I", ["coma"], ["comma"], []),
    "%": ("P", ["por ciento"], ["percent"], ["percent sign"]),
    "$": ("P", ["dólar"], ["dollar"], ["dollar sign"]),
    "&": ("I", ["ampersand"], ["ampersand"], []),
    "#": ("P", ["gato"], ["hash"], ["pound"]),
    "!": ("P", ["exclamación"], ["bang"], ["exclamation mark"]),
    "?": ("I", ["signo de interrogación"], ["question mark"], []),
    "^": ("I", ["circunflejo"], ["caret"], []),
    "(": ("P", ["abre paréntesis"], ["open paren"], ["left paren"]),
    ")": ("S", ["cierra paréntesis"], ["close paren"], ["right paren"]),
    "[": ("P", ["abre corchete"], ["open bracket"], ["left bracket"]),
    "]": ("S", ["cierra corchete"], ["close bracket"], ["right bracket"]),
    "{": ("P", ["abre llave"], ["open brace"], ["left brace"]),
    "}": ("S", ["cierra llave"], ["close brace"], ["right brace"]),
    "`": ("I", ["backtick"], ["backtick"], []),
}
QUOTE_WORDS = {
    '"': (["abre comillas", "open quote"], ["cierra comillas", "close quote"]),
    "'": (["abre comilla simple", "open single quote"],
          ["cierra comilla simple", "close single quote"]),
}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CAP_WORDS = ["mayúscula", "capital"]
CAPS_WORDS = ["todo en mayúsculas", "puras mayúsculas", "all caps"]
ESCAPES = ["la palabra", "literally", "the word"]
FILLERS = ["eh", "este", "um", "mmm", "o sea", "bueno", "pues", "órale", "ándale", "a ver"]
CORRECTIONS = ["no, perdón", "bueno no", "mejor dicho", "I mean", "espérate"]
RESTARTS = ["desde el principio", "otra vez", "de nuevo", "empiezo de nuevo", "from the top",
            "start over", "let me start over"]
OPENERS = ["so you put", "you put", "you type", "just type", "just run", "you run", "I run",
           "just do", "pon", "ponle", "escribe", "córrele", "échale", "tecléale",
           "the command is", "the one you need is", "try with", "copy this"]
CLOSERS = ["y ya", "y listo", "and that's it", "and hit enter", "y le das enter",
           "a ver si jala"]

STRIP = ",.;:!?¿¡…\"'"


def norm(word: str) -> str:
    """Lower case, no accents, no surrounding punctuation: how a spoken word is matched."""
    s = unicodedata.normalize("NFKD", word)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip(STRIP)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(norm(w) for w in phrase.split())


TABLE: dict[tuple[str, ...], tuple[str, str]] = {}


def _add(phrase: str, kind: str, value: str = "") -> None:
    TABLE.setdefault(_key(phrase), (kind, value))


for _sym, (_cls, _es, _en, _loose) in SYMBOLS.items():
    for _name in _es + _en + _loose:
        _add(_name, "sym:" + _cls, _sym)
for _sym, (_opens, _closes) in QUOTE_WORDS.items():
    for _name in _opens:
        _add(_name, "sym:QO", _sym)
    for _name in _closes:
        _add(_name, "sym:QC", _sym)
_add("quotes", "sym:Q", '"')
for _i, _name in enumerate(DIGITS):
    _add(_name, "digit", str(_i))
_add("space", "space")
for _name in CAP_WORDS:
    _add(_name, "cap")
for _name in CAPS_WORDS:
    _add(_name, "caps")
for _name in ESCAPES:
    _add(_name, "esc")
for _name in FILLERS:
    _add(_name, "fill")
for _name in CORRECTIONS:
    _add(_name, "corr")
for _name in RESTARTS:
    _add(_name, "restart")
OPEN_KEYS = {_key(p) for p in OPENERS}
CLOSE_KEYS = {_key(p) for p in CLOSERS}
MAXLEN = max(len(k) for k in [*TABLE, *OPEN_KEYS, *CLOSE_KEYS])
ESC_LAST = {"palabra", "literally", "word"}
PROTO_ONLY = {"digit", "space"}
# single spoken words a literal must be escaped from, per mode
PROTO_KEYS1 = {k[0] for k in TABLE if len(k) == 1} | {k[0] for k in OPEN_KEYS if len(k) == 1}
NAT_KEYS1 = {k[0] for k, v in TABLE.items() if len(k) == 1 and v[0] != "digit"} | {
    k[0] for k in OPEN_KEYS if len(k) == 1}


def _match(norms: list[str], i: int, kinds: set[str] | None, keys=None) -> tuple[int, str, str]:
    for n in range(min(MAXLEN, len(norms) - i), 0, -1):
        k = tuple(norms[i:i + n])
        if keys is not None:
            if k in keys:
                return n, "", ""
            continue
        hit = TABLE.get(k)
        if hit and (kinds is None or hit[0].split(":")[0] in kinds):
            return n, hit[0], hit[1]
    return 0, "", ""


def _region(line: str) -> tuple[list[str], bool]:
    items = line.split()
    norms = [norm(x) for x in items]
    start, lead = 0, False
    for i in range(len(items)):
        if i and norms[i - 1] in ESC_LAST:
            continue
        n, _, _ = _match(norms, i, None, OPEN_KEYS)
        if n:
            start, lead = i + n, True
            break
    out: list[str] = []
    j = start
    while j < len(items):
        raw = items[j]
        if raw.startswith("¿") or _match(norms, j, None, CLOSE_KEYS)[0]:
            break
        if raw[-1] in ".?!" and not raw.endswith(".."):
            out.append(raw[:-1])
            break
        out.append(raw)
        j += 1
    return [x for x in out if x], lead


def decode(line: str) -> str:
    """The careful human listener of the guide: the command a transcript stands for."""
    items, lead = _region(line)
    norms = [norm(x) for x in items]
    protocol = not lead or any(n == "space" and (i == 0 or norms[i - 1] not in ESC_LAST)
                   for i, n in enumerate(norms))
    tokens: list[str] = []
    cur = ""
    glue = False
    quote_open = {'"': False, "'": False}
    case = ""
    esc = False
    i = 0

    def literal(text: str) -> None:
        nonlocal cur, glue, case
        if case == "cap":
            text = text[:1].upper() + text[1:]
        elif case == "caps":
            text = text.upper()
        case = ""
        if protocol or glue:
            cur += text
        else:
            if cur:
                tokens.append(cur)
            cur = text
        glue = False

    while i < len(items):
        raw, low = items[i], norms[i]
        if esc:
            esc = False
            literal(low if protocol else raw.rstrip(",").rstrip(".…"))
            i += 1
            continue
        kinds = {"sym", "cap", "caps", "esc", "fill", "corr"}
        if protocol:
            kinds |= PROTO_ONLY
        n, kind, value = _match(norms, i, kinds)
        if not n:
            if protocol:
                if low and not (low.endswith("-") and len(low) > 1):
                    literal(low)
            else:
                text = raw.rstrip(",")
                while text.endswith(("...", "…")):
                    text = text[:-3] if text.endswith("...") else text[:-1]
                if text and not re.fullmatch(r"[A-Za-z]+-", text):
                    literal(text)
            i += 1
            continue
        i += n
        if kind == "space":
            tokens.append(cur)
            cur = ""
        elif kind == "digit":
            cur += value
        elif kind in ("cap", "caps"):
            case = kind
        elif kind == "esc":
            esc = True
        elif kind == "corr":
            r, rkind, _ = _match(norms, i, {"restart"})
            o = _match(norms, i + r, None, OPEN_KEYS)[0]
            if rkind or o:
                i += r + o
                tokens, cur, glue, case = [], "", False, ""
                quote_open = {'"': False, "'": False}
            elif cur:
                cur, glue = "", False
            elif tokens:
                tokens.pop()
        elif kind.startswith("sym"):
            cls = kind.split(":")[1]
            if protocol:
                cur += value
                continue
            if cls == "Q":
                cls = "S" if quote_open[value] else "P"
            if cls == "QO":
                cls = "P"
            if cls == "QC":
                cls = "S"
            if value in quote_open:
                quote_open[value] = cls == "P"
            if cls == "P":
                if not glue:
                    if cur:
                        tokens.append(cur)
                    cur = ""
                cur += value
                glue = True
            elif cls == "I":
                cur += value
                glue = True
            elif cls == "S":
                cur += value
                glue = False
            else:
                if cur:
                    tokens.append(cur)
                tokens.append(value)
                cur, glue = "", False
    if protocol or cur:
        tokens.append(cur)
    return " ".join(tokens)


# ---------------------------------------------------------------- speaking


def strip_accents(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("¿", "\x00")).replace("\x00", "¿")


_MEMO: dict[str, str] = {}  # the name a symbol got earlier in the same line


def sym_name(rng: random.Random, sym: str, es: float, loose: float = 0.0) -> str:
    """Alejandro mostly keeps the name he already used for a symbol in this line."""
    if sym in _MEMO and rng.random() < 0.8:
        return _MEMO[sym]
    _MEMO[sym] = _pick_name(rng, sym, es, loose)
    return _MEMO[sym]


def _pick_name(rng: random.Random, sym: str, es: float, loose: float) -> str:
    _, spanish, english, looser = SYMBOLS[sym]
    if looser and rng.random() < loose:
        return rng.choice(looser)
    if sym == "-" and rng.random() < 0.12:
        return "minus"
    return rng.choice(spanish if rng.random() < es else english)


def case_parts(run: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run)


COMPOUND = {
    "git", "hub", "lab", "docker", "compose", "key", "bear", "drop", "init", "time", "back",
    "file", "info", "name", "work", "data", "line", "pass", "word", "screen", "shot", "sync",
    "play", "list", "auth", "code", "get", "set", "tool", "box", "cloud", "base", "web", "host",
    "node", "net", "stat", "top", "log", "out", "man", "age", "make", "mount", "status", "help",
    "view", "config", "search", "server", "client", "power", "user", "group", "load", "down",
    "date", "grade", "stash", "tree", "map", "shell", "dump", "mongo", "bench", "boot", "ctl",
    "watch", "mail", "check", "sum", "pad", "note", "deep", "fire", "wall", "board", "book",
    "chain", "snap", "vault", "store", "disk", "part", "flash", "light", "night",
    "image", "magick", "query", "repo", "link", "clip", "type", "script", "sound", "volume",
    "mark", "copy", "move", "start", "stop", "run", "build", "test", "record", "trace",
    "route", "proxy", "cache", "queue", "port", "forward", "table", "space", "news", "feed",
}


def split_compound(word: str) -> list[str] | None:
    for k in range(2, len(word) - 1):
        a, b = word[:k], word[k:]
        if a in COMPOUND and b in COMPOUND and a not in PROTO_KEYS1 and b not in PROTO_KEYS1:
            return [a, b]
    return None


def say_protocol_token(rng: random.Random, tok: str, es: float, fuzzy: bool) -> list[str]:
    words: list[str] = []
    cap = rng.choice(CAP_WORDS)
    caps = rng.choice(CAPS_WORDS)
    pieces = re.findall(r"^--|[A-Za-z]+|[0-9]+|.", tok)
    for piece in pieces:
        if piece == "--":
            if fuzzy and rng.random() < 0.3:
                words.append(rng.choice(["doble guion", "double dash"]))
            else:
                name = sym_name(rng, "-", es, 0.25 if fuzzy else 0.0)
                words += [name, name]
        elif piece.isdigit():
            if fuzzy and rng.random() < 0.45:
                words.append(piece)
            else:
                words += [DIGITS[int(d)] for d in piece]
        elif piece.isalpha():
            for part in case_parts(piece):
                low = part.lower()
                if part.isupper() and len(part) > 1:
                    if rng.random() < 0.3 and len(part) <= 4:
                        for ch in low:
                            words += [cap, ch]
                        continue
                    words.append(caps)
                elif part[0].isupper():
                    words.append(cap)
                if low in PROTO_KEYS1:
                    words += [rng.choice(ESCAPES), low]
                elif (2 <= len(low) <= 4 and not set(low) & set("aeiouy")
                      and part.islower() and rng.random() < 0.5):
                    words += list(low)
                elif fuzzy and part.islower() and len(low) >= 6 and rng.random() < 0.6:
                    words += split_compound(low) or [low]
                else:
                    words.append(low)
        else:
            words.append(sym_name(rng, piece, es, 0.35 if fuzzy else 0.0))
    return words


def say_protocol(rng: random.Random, cmd: str, es: float, fuzzy: bool) -> list[list[str]]:
    return [say_protocol_token(rng, tok, es, fuzzy) for tok in cmd.split(" ")]


def join_protocol(parts: list[str], rng: random.Random, comma: float = 0.0) -> str:
    out: list[str] = []
    for k, part in enumerate(parts):
        if k:
            out.append("space," if rng.random() < comma else "space")
        out.append(part)
    return " ".join(out)


TEXT_RE = re.compile(r"(?:--?|~/|/|\./)?[A-Za-z0-9][A-Za-z0-9._/:@=+~-]*")


def text_ok(tok: str) -> bool:
    return (bool(TEXT_RE.fullmatch(tok)) and tok[-1] not in ".:=@+-" and ".." not in tok
            and norm(tok) not in NAT_KEYS1 and norm(tok) != "space")


def say_natural_token(rng: random.Random, tok: str, es: float, qstate: dict[str, bool]) -> str:
    pieces = re.findall(r"^--|[A-Za-z0-9]+|.", tok)
    out: list[str] = []
    for piece in pieces:
        if piece[0].isalnum():
            if norm(piece) in NAT_KEYS1 or norm(piece) == "space":
                out += [rng.choice(ESCAPES), piece]
            elif len(piece) == 1 and piece.isupper() and rng.random() < 0.5:
                out += [rng.choice(CAP_WORDS), piece.lower()]
            else:
                out.append(piece)
        elif piece == "--":
            out.append(rng.choice(["guion guion", "doble guion", "dash dash", "double dash"]
                                  if es > 0.3 else ["dash dash", "double dash"]))
        elif piece in QUOTE_WORDS:
            opens, closes = QUOTE_WORDS[piece]
            words = closes if qstate[piece] else opens
            out.append(words[0] if rng.random() < es else words[1])
            qstate[piece] = not qstate[piece]
        else:
            out.append(sym_name(rng, piece, es))
    return " ".join(out)


def local_ok(rendered: str, tok: str) -> bool:
    return decode(f"pon x {rendered} y") == f"x {tok} y"


def say_natural(rng: random.Random, cmd: str, es: float) -> list[str] | None:
    """Per command word, what Whisper writes for it in natural speech; None if unsayable."""
    out: list[str] = []
    qstate = {'"': False, "'": False}
    for tok in cmd.split(" "):
        inside = qstate['"'] or qstate["'"]
        spoken_p = 0.0
        if tok.startswith("-"):
            spoken_p = 0.45
        elif re.search(r"[._@]", tok) and not tok.startswith(("/", "~")):
            spoken_p = 0.25
        elif tok.startswith("~"):
            spoken_p = 0.2
        has_quote = any(q in tok for q in QUOTE_WORDS)
        if text_ok(tok) and not has_quote and (inside or rng.random() >= spoken_p):
            out.append(tok)
            continue
        before = dict(qstate)
        rendered = say_natural_token(rng, tok, es, qstate)
        if has_quote or local_ok(rendered, tok):
            out.append(rendered)
        elif text_ok(tok):
            qstate = before
            out.append(tok)
        else:
            return None
    return out


# ---------------------------------------------------------------- framing

TAGS = [", ¿sale?", ", ¿va?", ", ¿ok?", ", ¿me explico?", ", ¿no?", " y ya.", ", and that's it.",
        ", y le das enter.", " and hit enter.", ".", " y listo."]
TEMPLATES = [
    "Bueno, so you put {c}{t}",
    "Órale, para esto you type {c}{t}",
    "If you need to {d}, échale {c}{t}",
    "Mira, en la terminal escribe {c}{t}",
    "Pues the command is {c}. It's to {d}, ¿sale?",
    "Ok, ahorita just run {c}{t}",
    "Ándale, pon {c}{t}",
    "So, este, for this one you put {c}. That one is to {d}.",
    "We want to {d}, o sea, the one you need is {c}{t}",
    "Lo que yo hago es, I run {c}{t}",
    "Try with {c}, a ver si jala.",
    "Sale, entonces córrele {c}{t}",
    "Oye, can you type {c}? Gracias.",
    "Primero, to {d}, you put {c}{t}",
    "Para que veas, just do {c}{t}",
    "Ahí nomás ponle {c}{t}",
    "Pues nada, copy this: {c}{t}",
    "Ok, so you put {c}. Con eso you can {d}.",
    "Y luego, este, tecléale {c}{t}",
    "Sale pues, escribe {c}. Eso es para {d}, ¿eh?",
    "Para {d}, pon {c}{t}",
    "You just type {c} y ya.",
    "Bueno, o sea, to {d}, the command is {c}{t}",
    "Fíjate, échale {c}, ¿va? Because we need to {d}.",
    "Este, ¿me escuchas? Ok, pon {c}{t}",
    "Ya casi, ya casi. You run {c}{t}",
    "Porfa, escribe {c}{t}",
    "¿Me haces un favor? Pon {c}{t}",
    "Ahorita que compartas pantalla, you type {c}{t}",
]
ASIDES = [
    "Espérate, que se está cortando la llamada. Ya, ya te escucho.",
    "Perdón, es que está ladrando mi perro.",
    "A ver, déjame buscarlo en mi historial.",
    "Ahorita, un segundo, que tengo mil ventanas abiertas.",
    "¿Me escuchas bien? Ok.",
    "Ay, se me fue la idea. Ya.",
    "Uf, este, ¿dónde estaba? Ah, sí.",
    "Híjole, a ver.",
]
TRAILS = [
    "Y luego ya vemos lo del deploy...",
    "Creo que así era, ¿eh?",
    "Si no jala, me avisas.",
    "Bueno, eso creo...",
    "O algo así, no me acuerdo bien.",
    "Y ya con eso debería de jalar.",
]
RELEAD = ["you put", "pon", "escribe", "you type", "so you put"]
NON_VERBS = {"interactive", "usage", "only", "within", "also", "additionally", "garbage",
             "number", "don't", "group", "list", "write"}


def why(desc: str | None) -> str | None:
    if not desc:
        return None
    desc = desc.strip().rstrip(".:")
    first = desc.split()[0]
    if (len(desc) > 90 or first.lower() in NON_VERBS or first.lower().endswith("ly")
            or not first[:1].isupper() or "{" in desc or "\n" in desc):
        return None
    if len(first) > 1 and first[1:].islower():
        desc = first.lower() + desc[len(first):]
    return desc


def frame(rng: random.Random, cmd_text: str, desc: str | None, tpl: str | None = None) -> str:
    choices = [t for t in TEMPLATES if desc or "{d}" not in t]
    tpl = tpl or rng.choice(choices)
    line = tpl.replace("{t}", rng.choice(TAGS)).replace("{c}", cmd_text)
    return line.replace("{d}", desc or "")


def whisper_accents(rng: random.Random, line: str) -> str:
    return strip_accents(line) if rng.random() < 0.25 else line


# ---------------------------------------------------------------- slices


def make_clean(rng: random.Random, cmd: str) -> str:
    _MEMO.clear()
    es = rng.choice([0.2, 0.5, 0.8])
    parts = [" ".join(w) for w in say_protocol(rng, cmd, es, fuzzy=False)]
    return whisper_accents(rng, join_protocol(parts, rng))


def make_fuzzy(rng: random.Random, cmd: str) -> str:
    _MEMO.clear()
    es = rng.choice([0.2, 0.5, 0.8])
    parts = [" ".join(w) for w in say_protocol(rng, cmd, es, fuzzy=True)]
    line = join_protocol(parts, rng, comma=0.3)
    if rng.random() < 0.85:
        line = line[:1].upper() + line[1:]
    if rng.random() < 0.55:
        line += "."
    return whisper_accents(rng, line)


def make_natural(rng: random.Random, cmd: str, desc: str | None) -> str | None:
    _MEMO.clear()
    es = rng.choice([0.3, 0.6, 0.85])
    words = say_natural(rng, cmd, es)
    if words is None:
        return None
    text = ""
    for k, w in enumerate(words):
        text += w
        if k < len(words) - 1:
            text += "," if rng.random() < 0.12 and k else ""
            text += " "
    return whisper_accents(rng, frame(rng, text, why(desc) if rng.random() < 0.55 else None))


SUBWORDS = ["list", "show", "start", "stop", "status", "create", "delete", "install", "remove",
            "update", "get", "set", "run", "init", "build", "test", "help", "add", "info",
            "config", "push", "pull", "open", "save", "sync", "reset", "edit", "main", "data"]
FLAGWORDS = ["all", "force", "verbose", "help", "version", "name", "output", "user", "quiet",
             "recursive", "dry-run", "format", "file", "type", "config", "debug", "update"]
DIRS = ["src", "docs", "data", "tmp", "projects", "logs", "build", "config", "backup"]
EXTS = ["txt", "json", "log", "png", "yml", "py", "md", "pdf", "csv", "sh"]


def mutate(rng: random.Random, tok: str) -> str:
    """A slip of the tongue: the word Alejandro says before correcting himself."""
    m = re.fullmatch(r"(--?)([A-Za-z])", tok)
    if m:
        letters = [c for c in "abcdefhilmnoprstuvx" if c != m.group(2).lower()]
        new = rng.choice(letters)
        return m.group(1) + (new.upper() if m.group(2).isupper() else new)
    m = re.fullmatch(r"--([a-z][a-z-]+)(=.+)?", tok)
    if m:
        return "--" + rng.choice([w for w in FLAGWORDS if w != m.group(1)]) + (m.group(2) or "")
    if re.fullmatch(r"[0-9]+", tok):
        while True:
            new = str(int(tok) + rng.choice([-2, -1, 1, 2, 7, 10]))
            if new != tok and not new.startswith("-"):
                return new
    m = re.fullmatch(r"(.*[A-Za-z0-9]\.)([a-z]{2,4})", tok)
    if m and rng.random() < 0.6:
        return m.group(1) + rng.choice([e for e in EXTS if e != m.group(2)])
    parts = tok.split("/")
    dirs = [k for k, part in enumerate(parts[:-1]) if re.fullmatch(r"[a-z]+", part)]
    if dirs:
        k = rng.choice(dirs)
        parts[k] = rng.choice([d for d in DIRS if d != parts[k]])
        return "/".join(parts)
    if m:
        return m.group(1) + rng.choice([e for e in EXTS if e != m.group(2)])
    if re.fullmatch(r"[a-z]+", tok):
        return rng.choice([w for w in SUBWORDS if w != tok])
    return tok


def make_chaotic(rng: random.Random, cmd: str, desc: str | None) -> str | None:
    _MEMO.clear()
    toks = cmd.split(" ")
    es = rng.choice([0.3, 0.6, 0.85])
    natural = say_natural(rng, cmd, es) if rng.random() < 0.72 else None
    protocol = natural is None
    if protocol:
        rendered = [" ".join(w) for w in say_protocol(rng, cmd, es, fuzzy=rng.random() < 0.4)]
        sep = " space "
    else:
        rendered = list(natural or [])
        sep = " "
    fixable = []
    open_q = False
    for k, tok in enumerate(toks):
        has_q = any(q in tok for q in QUOTE_WORDS)
        if not has_q and not open_q:
            fixable.append(k)
        if (tok.count('"') + tok.count("'")) % 2:
            open_q = not open_q
    tool_at = 1 if toks[0] == "sudo" else 0
    fixable = [k for k in fixable if k > tool_at and mutate(rng, toks[k]) != toks[k]]
    ops = rng.choice([["fix"], ["fix"], ["restart"], ["fix", "restart"]])
    if not fixable:
        ops = ["restart"]
    pieces = list(rendered)
    if "fix" in ops:
        k = rng.choice(fixable)
        wrong = mutate(rng, toks[k])
        if protocol:
            wr = " ".join(say_protocol_token(rng, wrong, es, False))
        else:
            wr = wrong if text_ok(wrong) else say_natural_token(
                rng, wrong, es, {'"': False, "'": False})
        pieces[k] = f"{wr}, {rng.choice(CORRECTIONS)}, {pieces[k]}"
    # hesitations and cut-offs between words
    fills = 0
    for k in range(1, len(pieces)):
        if fills < 2 and rng.random() < 0.12:
            fills += 1
            pieces[k] = rng.choice(["este...", "eh,", "mmm,", "o sea,", "este,"]) + " " + pieces[k]
    if not protocol and rng.random() < 0.3:
        k = rng.randrange(len(pieces))
        if re.fullmatch(r"[a-z]{4,}", toks[k]) and pieces[k] == toks[k]:
            pieces[k] = toks[k][: rng.randint(2, len(toks[k]) - 2)] + "- " + pieces[k]
    body = sep.join(pieces)
    if "restart" in ops:
        j = rng.randint(1, max(1, len(toks) - 1))
        head = list(rendered[:j])
        if j >= 2 and rng.random() < 0.5 and mutate(rng, toks[j - 1]) != toks[j - 1]:
            wrong = mutate(rng, toks[j - 1])
            if protocol:
                head[-1] = " ".join(say_protocol_token(rng, wrong, es, False))
            elif text_ok(wrong):
                head[-1] = wrong
        partial = sep.join(head)
        marker = rng.choice(CORRECTIONS)
        if rng.random() < 0.5:
            again = f"{rng.choice(RESTARTS)}, "
            again += f"{rng.choice(RELEAD)} " if rng.random() < 0.5 else ""
        else:
            again = f"{rng.choice(RELEAD)} "
        body = f"{partial}, {marker}, {again}{body}"
    if protocol and rng.random() < 0.45:
        lead = rng.choice(["", "Bueno, ", "Este, ", "O sea, ", "Órale, "])
        line = lead + body + rng.choice([", ¿sale?", ", ¿va?", " y ya.", ", ¿no?", "."])
    else:
        line = frame(rng, body, why(desc) if rng.random() < 0.5 else None)
        if rng.random() < 0.4 and "escuchas" not in line:
            line = rng.choice(ASIDES) + " " + line
    if rng.random() < 0.35 and line.rstrip()[-1] in ".?":
        line += " " + rng.choice(TRAILS)
    return whisper_accents(rng, line)


# ---------------------------------------------------------------- selection


def usable(cmd: str) -> bool:
    return (cmd.isascii() and 0 < len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
            and "  " not in cmd and cmd == cmd.strip())


def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load() -> tuple[list[list[str]], dict[str, str]]:
    groups: dict[int, list[str]] = {6: [], 7: []}
    seen: set[str] = set()
    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    for mod in (6, 7):
        for n, line in enumerate(lines):
            if n % 11 != mod:
                continue
            cmd = json.loads(line)["command"]
            if usable(cmd) and cmd not in seen:
                seen.add(cmd)
                groups[mod].append(cmd)
    desc: dict[str, str] = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        desc.setdefault(row["command"], row.get("description", ""))
    return [groups[6], groups[7]], desc


def main() -> None:
    rng = random.Random(34)
    groups, desc = load()
    for group in groups:
        rng.shuffle(group)
    pool = groups[0] + groups[1]
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: dict[str, list[dict[str, str]]] = {}
    makers = {
        "natural": lambda c: make_natural(rng, c, desc.get(c)),
        "chaotic": lambda c: make_chaotic(rng, c, desc.get(c)),
        "clean": lambda c: make_clean(rng, c),
        "fuzzy": lambda c: make_fuzzy(rng, c),
    }
    for name in ("natural", "chaotic", "clean", "fuzzy"):
        rows[name] = []
        for cmd in pool:
            if len(rows[name]) == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            for _ in range(6):
                line = makers[name](cmd)
                if line and "\n" not in line and "\t" not in line and decode(line) == cmd:
                    rows[name].append({"input": line, "command": cmd, "slice": name,
                                       "author": AUTHOR})
                    used.add(cmd)
                    tools[tool_of(cmd)] += 1
                    break
        if len(rows[name]) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(rows[name])} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in rows[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {sum(len(r) for r in rows.values())} lines to {OUT}")


if __name__ == "__main__":
    main()
