"""Author 33: Hannah, Mac IT admin, dictating shell commands into ticket notes.

Writes assets/training/bash/author33.jsonl (360 lines, 90 per slice: clean, fuzzy, natural,
chaotic). Every line is {"input", "command", "slice", "author"}; "input" is what Whisper wrote.

Commands and their plain-English "why" come from
assets/training/bash/platforms_dev_commands.jsonl, which was taken from the macOS, Android and
BSD pages of tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.

Persona
-------
Hannah is the Mac IT admin at a design agency. She runs a fleet of MacBooks and a few Android
test phones and dictates commands into her ticket notes. macOS is full of letter case (bundle
ids, flags like -R, /Volumes, 'Library'), so she is exact about it and always announces it.

Spoken protocol (clean and fuzzy slices)
----------------------------------------
* She says "space" exactly where the command has a space, and nowhere else.
* Symbols by name: dash (-), dash dash or double dash (--), dot (.), slash (/), tilde (~),
  pipe (|), star (*), quote or double quote ("), single quote ('), equals (=), colon (:),
  underscore (_), at (@), plus (+), greater than (>), double greater than (>>), less than (<),
  open paren / close paren, open brace / close brace, dollar ($), percent (%), comma (,),
  semicolon (;), caret (^).
* Fuzzy synonyms the listener also accepts: minus, hyphen (-); period, point (.); forward
  slash (/); asterisk (*); apostrophe ('); equal, equals sign, equal sign (=); at sign (@);
  plus sign (+); greater than sign (>); less than sign (<); vertical bar (|); dollar sign ($);
  percent sign (%); tilda (Whisper's spelling of tilde).
* Case: "capital X", "cap X" or "uppercase X" capitalises the next word or letter
  ("capital settings" = Settings, "cap r" = R); "all caps W" upper-cases the next word
  ("all caps home" = HOME). Mixed-case words are said piece by piece ("capital xsan capital
  volume" = XsanVolume) or spelled ("s, capital u" = sU). Nothing else is upper case.
* Letters and words between two "space"s are glued together: "dash c n w" = -cnw,
  "power metrics" = powermetrics.
* Numbers are words. A run of number words is read the way people read phone numbers and
  years: single digits concatenate ("one nine two" = 192), a tens word takes a following unit
  ("seventy seven" = 77), teens are two digits, and a run with "hundred"/"thousand" is a normal
  cardinal ("five hundred twelve" = 512, "thirty six hundred" = 3600). Groups concatenate
  ("forty three twenty one" = 4321, "thirteen oh five" = 1305). "oh" is always zero (she uses
  it in versions, addresses and times: "oh nine colon oh oh"); the letter O is written "o".
* A word that would be heard as a protocol word (zero, point, ...) is spelled out letter by
  letter ("slash dev slash z e r o").
* Clean: exactly this, all lower case, no punctuation, no framing.
* Fuzzy: same protocol, with synonyms and Whisper slips: first word capitalised, a final full
  stop, a comma after some "space"s or spelled letters, some numbers written as digits, a
  compound split in two ("display sleep"). In protocol speech Whisper's own capitals and
  punctuation (, . ; : ! ?) carry no meaning.

Natural speech (natural slice)
------------------------------
She never says "space". Whisper writes words, file names, paths, digits and flags it
recognises as text ("-la", "/tmp/app.log", "config.yaml"), and capitalises and punctuates the
sentence. She still names some symbols: "dash x" (a flag, glued to the next word, and to any
spelled single letters after it: "dash s, capital U" = -sU), "dash dash"/"double dash word",
"pipe", "greater than", "double greater than", and a lone "dot" or "comma". Case words and
number words work as in the protocol, one word at a time. Whisper's commas inside the command
mean nothing. Around the command she speaks ticket-speak: "For the user's MacBook, run ...",
"Per the vendor doc: ...", "Run as admin: ...", "..., to <why>.", "Can you run ... on the
loaner?".

Corrections and disfluencies (chaotic slice)
-------------------------------------------
* "no, make that Y", "sorry, I meant Y" and "undo that, Y" throw away the last word said (a
  whole word: everything since the last "space", or one word of natural speech) and carry on
  with Y. She always re-says the whole word ("dash e, no, make that dash f").
* "let me redo that" throws away everything before it; the command is said again after it.
* A cut-off word ("tm...") is abandoned; if she then repeats the words just before it, the
  repeat counts once ("sudo tm... sudo tmutil disable" = sudo tmutil disable).
* Hesitations (um, uh, er, erm, hmm) are ignored. Asides come before the command (ended by a
  cue or a colon) and trailing thoughts after it (a new sentence).

Listener rules (decode)
-----------------------
1. Take the text after the last "let me redo that". Mark every correction phrase; drop
   hesitations.
2. Protocol speech is any transcript containing the word "space". A single-word command has no
   "space" and reads the same either way.
3. Where the command starts: after the first ": " if there is one (and after a cue word right
   behind it: "Ticket note: ran ..."); otherwise (natural speech) after the first cue (run,
   ran, running, type, enter, paste, execute, use, used, try, "the command is"); otherwise at
   the start.
4. Where it ends: at the first full stop, question mark or exclamation mark that ends a
   sentence (not an ellipsis), at a spaced dash, or (natural speech only) before a connector
   word after its first word: so, to, which, that, then, per, for, because, since, and, on,
   in, into, with, from, thanks, please, before, after, if, while, when, otherwise.
5. Apply cut-offs and corrections, then read the words by the protocol or natural rules. The
   first letter of a naturally spoken command is lower case (every command here starts lower
   case; Whisper's sentence capital is undone).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "platforms_dev_commands.jsonl"
OUTPUT = ROOT / "assets" / "training" / "bash" / "author33.jsonl"
AUTHOR = "author33"
PER_SLICE = 90
SLICES = ("clean", "fuzzy", "natural", "chaotic")
TOOL_CAP = 5
FIX = "\x01"

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

UNITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000}
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(SCALES)
DIGIT_NAME = {str(v): k for k, v in UNITS.items() if k != "oh"}
TEEN_NAME = {v: k for k, v in TEENS.items()}
TENS_NAME = {v: k for k, v in TENS.items()}

SYMBOLS: dict[tuple[str, ...], str] = {
    ("dash",): "-",
    ("minus",): "-",
    ("hyphen",): "-",
    ("double", "dash"): "--",
    ("dot",): ".",
    ("period",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("forward", "slash"): "/",
    ("tilde",): "~",
    ("tilda",): "~",
    ("pipe",): "|",
    ("vertical", "bar"): "|",
    ("star",): "*",
    ("asterisk",): "*",
    ("quote",): '"',
    ("double", "quote"): '"',
    ("single", "quote"): "'",
    ("apostrophe",): "'",
    ("equals",): "=",
    ("equal",): "=",
    ("equals", "sign"): "=",
    ("equal", "sign"): "=",
    ("colon",): ":",
    ("underscore",): "_",
    ("at",): "@",
    ("at", "sign"): "@",
    ("plus",): "+",
    ("plus", "sign"): "+",
    ("greater", "than"): ">",
    ("greater", "than", "sign"): ">",
    ("double", "greater", "than"): ">>",
    ("less", "than"): "<",
    ("less", "than", "sign"): "<",
    ("open", "paren"): "(",
    ("close", "paren"): ")",
    ("open", "brace"): "{",
    ("close", "brace"): "}",
    ("dollar",): "$",
    ("dollar", "sign"): "$",
    ("percent",): "%",
    ("percent", "sign"): "%",
    ("comma",): ",",
    ("semicolon",): ";",
    ("caret",): "^",
}
CASE_WORDS = {"capital", "cap", "uppercase"}
FILLERS = {"um", "umm", "uh", "uhh", "er", "erm", "hmm"}
# Words that must be spelled when they occur literally inside a command word.
SPELL = (
    {k[0] for k in SYMBOLS if len(k) == 1}
    | CASE_WORDS
    | NUMBER_WORDS
    | FILLERS
    | {"space", "caps", "double", "single"}
)

CANONICAL = {
    "-": ["dash"],
    ".": ["dot"],
    "/": ["slash"],
    "~": ["tilde"],
    "|": ["pipe"],
    "*": ["star"],
    '"': ["quote", "double quote"],
    "'": ["single quote"],
    "=": ["equals"],
    ":": ["colon"],
    "_": ["underscore"],
    "@": ["at"],
    "+": ["plus"],
    ">": ["greater than"],
    "<": ["less than"],
    "(": ["open paren"],
    ")": ["close paren"],
    "{": ["open brace"],
    "}": ["close brace"],
    "$": ["dollar"],
    "%": ["percent"],
    ",": ["comma"],
    ";": ["semicolon"],
    "^": ["caret"],
}
FUZZY = {
    "-": ["minus", "hyphen"],
    ".": ["period", "point"],
    "/": ["forward slash"],
    "~": ["tilda"],
    "|": ["vertical bar"],
    "*": ["asterisk"],
    '"': ["double quote"],
    "'": ["apostrophe"],
    "=": ["equal sign", "equals sign", "equal"],
    "@": ["at sign"],
    "+": ["plus sign"],
    ">": ["greater than sign"],
    "<": ["less than sign"],
    "$": ["dollar sign"],
    "%": ["percent sign"],
}

CUE_RE = re.compile(
    r"\b(?:run|ran|running|type|enter|paste|execute|use|used|try|the command is)\b",
    re.IGNORECASE,
)
CONNECTORS = (
    "so",
    "to",
    "which",
    "that",
    "then",
    "per",
    "for",
    "because",
    "since",
    "and",
    "on",
    "in",
    "into",
    "with",
    "from",
    "thanks",
    "please",
    "before",
    "after",
    "if",
    "while",
    "when",
    "otherwise",
)
CONNECTOR_RE = re.compile(r",?\s+(?:" + "|".join(CONNECTORS) + r")(?=[\s,.;:!?]|$)", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"(?<!\.)[.?!](?=\s|$)|\s+[\u2014\u2013-]\s+")
MARKER_RE = re.compile(
    r"[,.;]?\s*\b(?:no,?\s+make that|sorry,?\s+i meant|undo that)\b[,.:;]?", re.IGNORECASE
)
REPAIR_RE = re.compile(r"\w\.\.\.|make that|I meant|undo that|redo that")
REDO_RE = re.compile(r"let me redo that", re.IGNORECASE)
FILLER_RE = re.compile(r",?\s*\b(?:" + "|".join(sorted(FILLERS)) + r")\b[,.]*", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# Listener
# ---------------------------------------------------------------------------------------------


def _small(words: list[str], i: int) -> tuple[int, int] | None:
    """A number below one hundred starting at i (no zero), as (value, next index)."""
    if i >= len(words):
        return None
    w = words[i]
    if w in TEENS:
        return TEENS[w], i + 1
    if w in TENS:
        if i + 1 < len(words) and UNITS.get(words[i + 1], 0):
            return TENS[w] + UNITS[words[i + 1]], i + 2
        return TENS[w], i + 1
    if UNITS.get(w, 0):
        return UNITS[w], i + 1
    return None


def _cardinal(words: list[str], i: int) -> tuple[int, int] | None:
    """A cardinal that uses 'hundred' or 'thousand', as (value, next index)."""
    first = _small(words, i)
    if first is None:
        return None
    value, j = first
    if j < len(words) and words[j] == "thousand":
        total, j = value * 1000, j + 1
        part = _small(words, j)
        if part and part[1] < len(words) and words[part[1]] == "hundred":
            total, j = total + part[0] * 100, part[1] + 1
            part = _small(words, j)
        if part:
            total, j = total + part[0], part[1]
        return total, j
    if j < len(words) and words[j] == "hundred":
        total, j = value * 100, j + 1
        part = _small(words, j)
        if part:
            total, j = total + part[0], part[1]
        return total, j
    return None


def words_to_digits(words: list[str]) -> str:
    """Read a run of number words as a digit string (see the guide)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        card = _cardinal(words, i)
        if card:
            out.append(str(card[0]))
            i = card[1]
            continue
        w = words[i]
        if w in UNITS:
            out.append(str(UNITS[w]))
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if i + 1 < len(words) and UNITS.get(words[i + 1], 0):
                out.append(str(TENS[w] + UNITS[words[i + 1]]))
                i += 1
            else:
                out.append(str(TENS[w]))
        else:
            out.append(str(SCALES[w]))
        i += 1
    return "".join(out)


def _span(text: str, protocol: bool) -> str:
    """The stretch of the transcript that is the command."""
    colon = text.find(": ")
    if colon >= 0:
        start = colon + 2
    elif not protocol and (cue := CUE_RE.search(text)):
        start = cue.end()
    else:
        start = 0
    rest = text[start:].lstrip(" ,.;:")
    if colon >= 0 and not protocol and (cue := CUE_RE.match(rest)):
        rest = rest[cue.end() :].lstrip(" ,.;:")
    first = re.match(r"\S*", rest)
    skip = first.end() if first else 0
    ends = [m.start() for m in [SENTENCE_END_RE.search(rest)] if m]
    if not protocol:
        ends += [m.start() + skip for m in [CONNECTOR_RE.search(rest[skip:])] if m]
    end = min(ends) if ends else len(rest)
    return rest[:end].strip()


def _drop_cutoffs(tokens: list[str]) -> list[str]:
    """Abandon cut-off words; a repeat of the words just before one counts once."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.endswith("...") and tok.strip(".,"):
            rest = tokens[i + 1 :]
            norm = [t.lower().strip(",.;:") for t in out]
            nrest = [t.lower().strip(",.;:") for t in rest]
            for k in range(min(len(out), len(rest)), 0, -1):
                if norm[-k:] == nrest[:k]:
                    out = out[:-k]
                    break
            i += 1
            continue
        out.append(tok)
        i += 1
    return out


def _read_protocol(tokens: list[str]) -> str:
    words = [re.sub(r"[,.;:!?]", "", t).lower() if t != FIX else t for t in tokens]
    words = [w for w in words if w]
    segments: list[list[str]] = [[]]
    case: str | None = None
    i = 0
    while i < len(words):
        w = words[i]
        if w == FIX:
            if not segments[-1] and len(segments) > 1:
                segments.pop()
            segments[-1] = []
            i += 1
            continue
        if w == "space":
            segments.append([])
            i += 1
            continue
        if case is None and w in CASE_WORDS:
            case, i = "cap", i + 1
            continue
        if case is None and w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
            case, i = "upper", i + 2
            continue
        if case is not None:
            piece = w.upper() if case == "upper" else w[:1].upper() + w[1:]
            segments[-1].append(piece)
            case = None
            i += 1
            continue
        matched = False
        for size in (3, 2, 1):
            key = tuple(words[i : i + size])
            if len(key) == size and key in SYMBOLS:
                segments[-1].append(SYMBOLS[key])
                i += size
                matched = True
                break
        if matched:
            continue
        if w in NUMBER_WORDS:
            j = i
            while j < len(words) and words[j] in NUMBER_WORDS:
                j += 1
            segments[-1].append(words_to_digits(words[i:j]))
            i = j
            continue
        segments[-1].append(w)
        i += 1
    return " ".join("".join(s) for s in segments if s)


def _read_natural(tokens: list[str]) -> str:
    toks = [t if t == FIX else t.rstrip(",") for t in tokens]
    toks = [t for t in toks if t == FIX or re.search(r"[^.,;:!?\u2014\u2013-]", t)]
    # Pass A: case words and number words.
    flat: list[str] = []
    i = 0
    while i < len(toks):
        low = toks[i].lower()
        if low in CASE_WORDS and i + 1 < len(toks) and toks[i + 1] != FIX:
            nxt = toks[i + 1]
            flat.append(nxt[:1].upper() + nxt[1:])
            i += 2
        elif low == "all" and i + 2 < len(toks) and toks[i + 1].lower() == "caps":
            flat.append(toks[i + 2].upper())
            i += 3
        elif low in NUMBER_WORDS:
            j = i
            while j < len(toks) and toks[j].lower() in NUMBER_WORDS:
                j += 1
            flat.append(words_to_digits([t.lower() for t in toks[i:j]]))
            i = j
        else:
            flat.append(toks[i])
            i += 1
    # Pass B: spoken symbols and corrections.
    out: list[str] = []
    i = 0
    while i < len(flat):
        tok, low = flat[i], flat[i].lower()
        nxt = flat[i + 1].lower() if i + 1 < len(flat) else ""
        if tok == FIX:
            if out:
                out.pop()
            i += 1
            continue
        prefix = ""
        while low in ("dash", "minus", "hyphen", "double") and i + 1 < len(flat):
            if low == "double" and nxt != "dash":
                break
            prefix += "--" if low == "double" else "-"
            i += 2 if low == "double" else 1
            low = flat[i].lower() if i < len(flat) else ""
            nxt = flat[i + 1].lower() if i + 1 < len(flat) else ""
        if prefix:
            word = prefix + flat[i]
            i += 1
            while i < len(flat) and len(flat[i]) == 1 and flat[i].isalpha():
                word += flat[i]
                i += 1
            out.append(word)
            continue
        if low == "pipe":
            out.append("|")
        elif low == "greater" and nxt == "than":
            out.append(">")
            i += 1
        elif low == "double" and nxt == "greater" and i + 2 < len(flat):
            out.append(">>")
            i += 2
        elif low == "dot":
            out.append(".")
        elif low == "comma":
            out.append(",")
        else:
            out.append(tok)
        i += 1
    text = " ".join(out)
    return text[:1].lower() + text[1:]


def decode(line: str) -> str:
    """The careful listener of the guide: recover the command from a transcript."""
    text = " ".join(line.replace("\u2026", "...").split())
    redo = list(REDO_RE.finditer(text))
    if redo:
        text = text[redo[-1].end() :].lstrip(" .,:;!\u2014-")
    text = MARKER_RE.sub(f" {FIX} ", text)
    text = FILLER_RE.sub(" ", text)
    text = " ".join(text.split())
    protocol = re.search(r"\bspace\b", text, re.IGNORECASE) is not None
    span = _span(text, protocol)
    tokens = _drop_cutoffs(span.split())
    return _read_protocol(tokens) if protocol else _read_natural(tokens)


# ---------------------------------------------------------------------------------------------
# Speaker: numbers and the spoken protocol
# ---------------------------------------------------------------------------------------------


def _below_hundred(n: int) -> str:
    if n < 10:
        return DIGIT_NAME[str(n)]
    if n < 20:
        return TEEN_NAME[n]
    tens, unit = divmod(n, 10)
    return TENS_NAME[tens * 10] + ("" if unit == 0 else " " + DIGIT_NAME[str(unit)])


def _pair(two: str, zero: str) -> str:
    if two[0] == "0":
        return f"{zero} {DIGIT_NAME[two[1]] if two[1] != '0' else zero}"
    return _below_hundred(int(two))


def speak_number(digits: str, rng: random.Random, oh: bool) -> str:
    """Say a digit string as Hannah would; every option is checked by the listener."""
    zero = "oh" if oh else "zero"
    options = [" ".join(zero if d == "0" else DIGIT_NAME[d] for d in digits)]
    if digits[0] != "0" and len(digits) <= 4:
        n = int(digits)
        if len(digits) <= 2:
            options = [_below_hundred(n)] * 3
        elif len(digits) == 3:
            hundreds, rest = divmod(n, 100)
            card = DIGIT_NAME[str(hundreds)] + " hundred"
            if not oh or rest == 0:
                options.append(card + ("" if rest == 0 else " " + _below_hundred(rest)))
            options.append(DIGIT_NAME[digits[0]] + " " + _pair(digits[1:], zero))
        else:
            head, tail = digits[:2], digits[2:]
            if tail == "00" and head[1] != "0":
                options.append(_below_hundred(int(head)) + " hundred")
            else:
                options.append(_below_hundred(int(head)) + " " + _pair(tail, zero))
            if n % 1000 == 0:
                options.append(DIGIT_NAME[digits[0]] + " thousand")
    options = [o for o in options if words_to_digits(o.split()) == digits]
    return rng.choice(options)


CAMEL_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
PIECE_RE = re.compile(r"[A-Za-z]+|[0-9]+|.")
SPLIT_PREFIXES = (
    "power",
    "display",
    "disk",
    "self",
    "start",
    "stop",
    "install",
    "set",
    "show",
    "sock",
    "repair",
    "unmount",
    "mount",
    "snoop",
    "spin",
    "xcode",
    "time",
    "work",
    "host",
    "user",
    "apache",
    "locate",
    "update",
    "open",
    "key",
    "brand",
    "math",
    "enable",
    "disable",
    "gethash",
    "wake",
    "sleep",
    "source",
    "image",
)


def _cap_word(rng: random.Random) -> str:
    return rng.choice(["capital", "capital", "cap", "uppercase"])


def _speak_alpha(piece: str, rng: random.Random, fuzzy: bool, flag: bool) -> list[str]:
    out: list[str] = []
    cap = _cap_word(rng)
    for sub in CAMEL_RE.findall(piece):
        low = sub.lower()
        must_spell = low in SPELL
        spell = must_spell or (flag and len(low) <= 3) or (len(low) <= 2 and rng.random() < 0.4)
        if sub.islower():
            if spell:
                out += list(low)
            elif fuzzy and len(low) >= 7 and rng.random() < 0.6:
                out += _split_compound(low)
            else:
                out.append(low)
        elif len(sub) == 1:
            out += [cap, low]
        elif sub.isupper():
            if spell or len(sub) <= 2 or rng.random() < 0.2:
                for ch in low:
                    out += [cap, ch]
            else:
                out += ["all", "caps", low]
        elif spell:
            out += [cap, low[0]] + list(low[1:])
        else:
            out += [cap, low]
    return out


def _split_compound(word: str) -> list[str]:
    for prefix in SPLIT_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and rest not in SPELL:
            return [prefix, rest]
    return [word]


def speak_word(word: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """Spoken tokens for one shell word in the protocol."""
    oh = "." in word or ":" in word
    flag = bool(re.fullmatch(r"-[A-Za-z]{1,3}", word))
    out: list[str] = []
    pieces = PIECE_RE.findall(word)
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p == "-" and i == 0 and word.startswith("--"):
            out += rng.choice(["dash dash", "dash dash", "double dash"]).split()
            i += 2
            continue
        if p == ">" and i + 1 < len(pieces) and pieces[i + 1] == ">":
            out += rng.choice(["double greater than", "greater than greater than"]).split()
            i += 2
            continue
        if p.isalpha():
            out += _speak_alpha(p, rng, fuzzy, flag)
        elif p.isdigit():
            if fuzzy and rng.random() < 0.4:
                out.append(p)
            else:
                out += speak_number(p, rng, oh).split()
        else:
            names = list(CANONICAL[p])
            if fuzzy and p in FUZZY and rng.random() < 0.5:
                names = FUZZY[p]
            out += rng.choice(names).split()
        i += 1
    return out


def speak_protocol(command: str, rng: random.Random, fuzzy: bool) -> list[list[str]]:
    return [speak_word(w, rng, fuzzy) for w in command.split(" ")]


def join_protocol(segments: list[list[str]], rng: random.Random, fuzzy: bool) -> str:
    parts: list[str] = []
    for n, seg in enumerate(segments):
        if n:
            parts.append("space," if fuzzy and rng.random() < 0.25 else "space")
        parts.append(" ".join(seg))
    return " ".join(parts)


def render_clean(command: str, rng: random.Random) -> str:
    return join_protocol(speak_protocol(command, rng, False), rng, False)


def render_fuzzy(command: str, rng: random.Random) -> str:
    segments = speak_protocol(command, rng, True)
    for seg in segments:
        for k in range(len(seg) - 1):
            spelled = len(seg[k]) == 1 and len(seg[k + 1]) <= 7
            if spelled and seg[k].isalpha() and rng.random() < 0.3:
                seg[k] += ","
    text = join_protocol(segments, rng, True)
    style = rng.choice(["cap", "stop", "both", "both"])
    if style in ("cap", "both"):
        text = text[:1].upper() + text[1:]
    if style in ("stop", "both"):
        text = text.rstrip(",") + "."
    return text


# ---------------------------------------------------------------------------------------------
# Speaker: natural speech
# ---------------------------------------------------------------------------------------------

HARD_CHARS = set("$()^<;%")


def natural_friendly(command: str) -> bool:
    if HARD_CHARS & set(command):
        return False
    return not re.search(r"[\"'][^\"']* [^\"']*[\"']", command)


def speak_natural_word(word: str, rng: random.Random) -> str:
    """How Whisper writes one shell word of Hannah's natural speech."""
    if word == "|":
        return "pipe"
    if word == ">":
        return "greater than"
    if word == ">>":
        return "double greater than"
    if word == ".":
        return "dot"
    if word == ",":
        return "comma"
    if re.fullmatch(r"-[A-Za-z]", word) and rng.random() < 0.5:
        letter = word[1]
        if letter.isupper():
            return f"dash {_cap_word(rng)} {letter}"
        return f"dash {letter}"
    if re.fullmatch(r"-[A-Za-z]{2,3}", word) and not word[1:].islower() and rng.random() < 0.7:
        letters = [f"{_cap_word(rng)} {c}" if c.isupper() else c for c in word[1:]]
        return "dash " + ", ".join(letters)
    if re.fullmatch(r"--[a-z]+(?:-[a-z]+)*", word) and rng.random() < 0.35:
        return rng.choice(["dash dash", "double dash"]) + " " + word[2:]
    if re.fullmatch(r"[1-9][0-9]?", word) and rng.random() < 0.3:
        return _below_hundred(int(word))
    if re.fullmatch(r"[A-Z][a-z]+", word) and rng.random() < 0.6:
        return f"{_cap_word(rng)} {word.lower()}"
    if re.fullmatch(r"[A-Z]{3,}", word) and rng.random() < 0.6:
        return f"all caps {word.lower()}"
    return word


def clean_why(description: str) -> str | None:
    why = re.sub(r"\s*\([^)]*\)", "", description)
    why = re.split(r"\. |, ", why)[0].strip().rstrip(".")
    if re.search(r"\bspace\b|[:\"'<>]", why, re.IGNORECASE) or len(why) > 80:
        return None
    if len(why) > 1 and why[1].isupper():
        return why
    return why[:1].lower() + why[1:]


# Each template: (name, text, needs). {c} is the command, {C} the command starting a sentence.
# needs: "why" (a usable description), "sudo" (starts with sudo/doas), or platforms a..m..b
# (android, mac, bsd) the framing fits; "cmd" marks framings without a cue word.
TEMPLATES: list[tuple[str, str, str]] = [
    ("macbook", "For the user's MacBook, run {c}.", "m"),
    ("to-why-run", "To {why}, run {c}.", "why amb"),
    ("vendor-colon", "Per the vendor doc: {C}.", "amb"),
    ("admin-colon", "Run as admin: {C}.", "sudo mb"),
    ("cmd-to-why", "{C}, to {why}.", "why amb cmd"),
    ("next-step", "Next step on the ticket, type {c} and hit return.", "mb"),
    ("loaner", "Can you run {c} on the loaner?", "am"),
    ("i-ran", "I ran {c} on her MacBook and it looked fine.", "m"),
    ("ticket-note", "Ticket note: ran {c} per the vendor doc.", "amb"),
    ("please", "Please run {c}, thanks.", "amb"),
    ("android", "On the Android test phone, enter {c} in the adb shell.", "a"),
    ("pixel", "For the Pixel on the test rack: {C}.", "a"),
    ("paste", "Paste {c} into Terminal on the user's MacBook.", "m"),
    ("command-is", "The command is {c}, which should {why}.", "why amb"),
    ("used-to", "For the record, I used {c} to {why}.", "why amb"),
    ("step-two", "Step two: {C}.", "amb"),
    ("with-admin", "Have the user run {c} with admin rights.", "m"),
    ("needs-sudo", "Heads up, this needs sudo: {C}.", "sudo mb"),
    ("that-should", "{C}. That should {why}.", "why amb cmd"),
    ("design-team", "Quick one for the design team's Macs: {C}.", "m"),
    ("escalate", "If the ticket comes back, try {c} before escalating.", "amb"),
    ("resolution", "Resolution: {C}, then close the ticket.", "amb"),
    ("go-ahead", "Go ahead and run {c} so we can {why}.", "why amb"),
    ("workaround", "Workaround for now: {C}.", "amb"),
    ("running", "Running {c} to {why}.", "why amb"),
    ("fleet", "For every Mac in the fleet, run {c}, per the vendor doc.", "m"),
    ("firewall", "On the office firewall box, run {c}.", "b"),
    ("file-server", "SSH into the old file server and run {c} as root.", "b"),
    ("render-box", "Logged into the render box, I ran {c} and pasted the output below.", "b"),
]
ASIDES = [
    "Okay, hang on.",
    "Right, this one is for Priya.",
    "Bear with me, the VPN is slow again.",
    "Okay, ticket four twelve.",
    "Hmm, where was I.",
    "Sorry, Slack is pinging me.",
    "Okay, so.",
    "Right, next ticket.",
]
TRAILERS = [
    " I think that's it.",
    " Or at least that's what the vendor doc says.",
    " I'll double-check that later.",
    " Hopefully that does it.",
    " Anyway.",
    " Let's see if that sticks.",
]
REDO_PHRASES = [
    "no wait, let me redo that.",
    "sorry, let me redo that.",
    "ugh, let me redo that:",
    "hmm, no. Let me redo that.",
]
FIX_PHRASES = [", no, make that", ", sorry, I meant", ", undo that,", ". No, make that"]
PROTO_PRE = [
    "Okay, for the loaner: ",
    "Right, Priya's MacBook, here goes: ",
    "Um, ticket note: ",
    "Okay: ",
    "Per the vendor doc, spelled out: ",
]


def fill_template(text: str, cmd: str, why: str | None) -> str:
    out = text.replace("{why}", why or "")
    out = out.replace("{C}", cmd[:1].upper() + cmd[1:])
    return out.replace("{c}", cmd)


def platform(row: dict) -> str:
    page = row.get("page", "")
    return "a" if page.startswith("android/") else "m" if page.startswith("osx/") else "b"


def template_ok(needs: str, command: str, why: str | None, plat: str) -> bool:
    parts = needs.split()
    if "why" in parts and why is None:
        return False
    if "sudo" in parts and command.split()[0] not in ("sudo", "doas"):
        return False
    return plat in parts[-1] if parts[-1] != "cmd" else plat in parts[-2]


def render_natural(command: str, why: str | None, plat: str, rng: random.Random) -> tuple[str, str]:
    options = [t for t in TEMPLATES if template_ok(t[2], command, why, plat)]
    name, text, _ = rng.choice(options)
    spoken = " ".join(speak_natural_word(w, rng) for w in command.split(" "))
    return fill_template(text, spoken, why), name


# ---------------------------------------------------------------------------------------------
# Speaker: chaos
# ---------------------------------------------------------------------------------------------


def word_kind(word: str) -> str | None:
    if re.fullmatch(r"-[A-Za-z]", word):
        return "short-flag"
    if re.fullmatch(r"--?[a-z][a-z-]+", word):
        return "long-flag"
    if re.fullmatch(r"[0-9]+", word):
        return "number"
    if re.fullmatch(r"[\w~.-]*[/.][\w./~-]*", word) and re.search(r"[A-Za-z]", word):
        return "path"
    if re.fullmatch(r"[a-z][a-z_-]+", word):
        return "word"
    return None


def mutate(word: str, rng: random.Random, pool: list[str]) -> str | None:
    """A plausible wrong version of one word, said before a correction."""
    kind = word_kind(word)
    if kind == "short-flag":
        letters = [c for c in "abcdefhilmnprstuvx" if c != word[1].lower()]
        return "-" + rng.choice(letters)
    if kind == "number":
        return str(int(word) + rng.choice([1, 2, 5, 10]))
    same = [w for w in pool if w != word and word_kind(w) == kind] if kind else []
    return rng.choice(same) if same else None


def chaos_natural(
    command: str, why: str | None, plat: str, rng: random.Random, pool: list[str]
) -> str:
    words = command.split(" ")
    units = [speak_natural_word(w, rng) for w in words]
    kind = rng.choice(["fix", "fix", "cut", "cut", "redo"])
    if kind == "fix":
        idx = [i for i in range(1, len(words)) if mutate(words[i], random.Random(0), pool)]
        if not idx:
            kind = "cut"
        else:
            i = rng.choice(idx)
            wrong = mutate(words[i], rng, pool) or words[i]
            units[i] = f"{speak_natural_word(wrong, rng)}{rng.choice(FIX_PHRASES)} {units[i]}"
    if kind == "cut":
        idx = [i for i, u in enumerate(units) if u == words[i] and len(u) >= 3]
        if not idx:
            kind = "redo"
        else:
            i = rng.choice(idx)
            back = rng.choice([0, 1, 1, 2])
            back = min(back, i)
            cut = units[i][: rng.randint(2, len(units[i]) - 1)] + "..."
            units = units[:i] + [cut] + units[i - back :]
    if rng.random() < 0.4 and len(units) > 1:
        j = rng.randrange(1, len(units))
        units[j] = rng.choice(["um,", "uh,", "uh...", "er,"]) + " " + units[j]
    spoken = " ".join(units)
    cued = [
        t for t in TEMPLATES if not t[2].endswith("cmd") and template_ok(t[2], command, why, plat)
    ]
    _, text, _ = rng.choice(cued)
    line = fill_template(text, spoken, why)
    if kind == "redo":
        wrong_words = list(words)
        k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        wrong_words[k] = mutate(words[k], rng, pool) or words[k]
        cut_at = rng.randint(k + 1, len(words))
        partial = " ".join(speak_natural_word(w, rng) for w in wrong_words[:cut_at])
        lead = rng.choice(["Run", "Okay, run", "Type", "So that's"])
        line = f"{lead} {partial}... {rng.choice(REDO_PHRASES)} {line}"
    elif rng.random() < 0.35:
        line = rng.choice(ASIDES) + " " + line
    if rng.random() < 0.35:
        line += rng.choice(TRAILERS)
    return line


def chaos_protocol(command: str, rng: random.Random, pool: list[str]) -> str:
    words = command.split(" ")
    segs = [speak_word(w, rng, rng.random() < 0.3) for w in words]
    kind = rng.choice(["fix", "cut", "redo"])
    prefix_tokens: list[str] = []
    if kind == "fix":
        idx = [i for i in range(1, len(words)) if mutate(words[i], random.Random(0), pool)]
        if idx:
            i = rng.choice(idx)
            wrong = speak_word(mutate(words[i], rng, pool) or words[i], rng, False)
            marker = rng.choice(["no, make that", "sorry, I meant", "undo that,"])
            segs[i] = wrong[:-1] + [wrong[-1] + ","] + marker.split() + segs[i]
        else:
            kind = "cut"
    if kind == "cut":
        spots = [
            (i, j)
            for i, s in enumerate(segs)
            for j, t in enumerate(s)
            if t.isalpha() and len(t) >= 4 and t not in SPELL
        ]
        if not spots:
            kind = "redo"
        else:
            i, j = rng.choice(spots)
            tok = segs[i][j]
            cut = tok[: rng.randint(2, len(tok) - 1)] + "..."
            before = segs[i][:j]
            back = rng.choice(["none", "segment", "previous"])
            if back == "previous" and i > 0:
                repeat = segs[i - 1] + ["space"] + before
            elif back == "segment":
                repeat = before
            else:
                repeat = []
            segs[i] = before + [cut] + repeat + segs[i][j:]
    if kind == "redo":
        wrong_words = list(words)
        k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        wrong_words[k] = mutate(words[k], rng, pool) or words[k]
        cut_at = rng.randint(k + 1, len(words))
        partial = join_protocol(
            [speak_word(w, rng, False) for w in wrong_words[:cut_at]], rng, False
        )
        prefix_tokens = [partial + "...", rng.choice(REDO_PHRASES)]
    if rng.random() < 0.4 and len(segs) > 1:
        j = rng.randrange(1, len(segs))
        segs[j] = [rng.choice(["um,", "uh,", "uh...", "er,"])] + segs[j]
    body = join_protocol(segs, rng, False)
    line = " ".join(prefix_tokens + [body])
    if kind != "redo" and rng.random() < 0.3:
        line = rng.choice(PROTO_PRE) + line
    if rng.random() < 0.3:
        line = line + "." + rng.choice(TRAILERS)
    return line


# ---------------------------------------------------------------------------------------------
# Selection and assembly
# ---------------------------------------------------------------------------------------------


def tool_of(command: str) -> str:
    words = command.split()
    return words[1] if words[0] in ("sudo", "doas") and len(words) > 1 else words[0]


def load_rows() -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    with SOURCE.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            cmd = row["command"]
            ok = (
                cmd.isascii()
                and len(cmd) <= 80
                and "  " not in cmd
                and "\n" not in cmd
                and "\t" not in cmd
                and cmd == cmd.strip()
                and cmd.count("'") % 2 == 0
                and cmd.count('"') % 2 == 0
            )
            if ok and cmd not in seen:
                seen.add(cmd)
                rows.append(row)
    return rows


def select(rows: list[dict], rng: random.Random) -> list[dict]:
    """360 commands, trimming the most repeated tools first (the cap of five is a preference
    that the source cannot fully meet: it has too few distinct tools)."""
    rows = list(rows)
    rng.shuffle(rows)
    total = PER_SLICE * len(SLICES)
    while len(rows) > total:
        counts: dict[str, int] = {}
        for r in rows:
            counts[tool_of(r["command"])] = counts.get(tool_of(r["command"]), 0) + 1
        worst = max(counts, key=lambda t: (counts[t], t))
        victim = next(r for r in reversed(rows) if tool_of(r["command"]) == worst)
        rows.remove(victim)
    if len(rows) < total:
        raise SystemExit(f"only {len(rows)} usable commands")
    return rows


def assign(rows: list[dict]) -> dict[str, list[dict]]:
    """Symbol-heavy commands go to the spelled slices; the rest are spread round-robin."""
    friendly = [r for r in rows if natural_friendly(r["command"])]
    hard = [r for r in rows if not natural_friendly(r["command"])]
    out: dict[str, list[dict]] = {s: [] for s in SLICES}
    order = ["clean", "fuzzy"]
    for n, row in enumerate(hard):
        out[order[n % 2]].append(row)
    cycle = [s for s in ("natural", "chaotic", "clean", "fuzzy")]
    n = 0
    for row in friendly:
        while len(out[cycle[n % 4]]) >= PER_SLICE:
            n += 1
        out[cycle[n % 4]].append(row)
        n += 1
    return out


def render(slice_name: str, row: dict, rng: random.Random, pool: list[str]) -> tuple[str, str]:
    cmd = row["command"]
    why = clean_why(row["description"])
    if slice_name == "clean":
        return render_clean(cmd, rng), "protocol"
    if slice_name == "fuzzy":
        return render_fuzzy(cmd, rng), "protocol"
    if slice_name == "natural":
        return render_natural(cmd, why, platform(row), rng)
    if natural_friendly(cmd) and rng.random() < 0.65:
        return chaos_natural(cmd, why, platform(row), rng, pool), "natural"
    return chaos_protocol(cmd, rng, pool), "protocol"


def main() -> None:
    rng = random.Random(33)
    rows = select(load_rows(), rng)
    pool = sorted(
        {w for r in rows for w in r["command"].split(" ") if re.fullmatch(r"[\w./~:=,+-]+", w)}
    )
    by_slice = assign(rows)
    lines: list[str] = []
    framings: dict[str, int] = {}
    for slice_name in SLICES:
        for row in by_slice[slice_name]:
            for _attempt in range(200):
                text, frame = render(slice_name, row, rng, pool)
                repaired = slice_name != "chaotic" or REPAIR_RE.search(text)
                if repaired and decode(text) == row["command"]:
                    break
            else:
                raise SystemExit(f"no decodable {slice_name} line for {row['command']!r}")
            if slice_name == "natural":
                framings[frame] = framings.get(frame, 0) + 1
            record = {
                "input": text,
                "command": row["command"],
                "slice": slice_name,
                "author": AUTHOR,
            }
            lines.append(json.dumps(record))
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"wrote {len(lines)} lines to {OUTPUT.relative_to(ROOT)}; {len(framings)} natural framings"
    )


if __name__ == "__main__":
    main()
