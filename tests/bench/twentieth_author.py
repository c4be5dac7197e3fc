#!/usr/bin/env python3
"""Twentieth independent author set for voice-to-bash: "Fiona", author20.

Writes assets/training/bash/author20.jsonl: 400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic.  Each line is {"input", "command", "slice", "author": "author20"}.
The commands come from the "command" field of assets/training/bash/train.jsonl (only the
lines whose 0-based number % 7 == 3); the plain-English "why" that Fiona sometimes gives is
the tldr description of the command (assets/training/bash/corpus.jsonl).  Those commands
and descriptions derive from tldr-pages, https://github.com/tldr-pages/tldr, licensed
CC BY 4.0; credit to the tldr-pages contributors.

Run:  cd /work/main && python3 tests/bench/twentieth_author.py
Deterministic: one random.Random(20) consumed in a fixed order; reruns are byte-identical.

PERSONA
    Fiona, a platform engineer from Glasgow.  She dictates carefully, in British English,
    and is polite and a little chatty with colleagues ("Right, so", "cheers", "lovely",
    "bear with me", "I reckon", "have a go with").  Whisper transcribes her.

SYMBOL VOCABULARY (what Fiona says -> character)
    full stop .   (she says "dot" only inside web addresses, IPs and e-mail addresses;
                   "point" means . only between two numbers, as in "three point one one")
    hyphen -      double hyphen --        forward slash / or stroke /      backslash \\
    open/close bracket or round bracket ( )    open/close square bracket [ ]
    open/close curly bracket { }               hash #       vertical bar | or pipe |
    tilde ~       asterisk *    at sign @      ampersand &  double ampersand &&
    single quote ' or inverted comma(s) '      speech marks " or double quotes "
    colon :       semicolon ;   equals =       underscore _ dollar $     caret ^
    exclamation mark !          question mark ?             plus +       comma ,
    per cent %    greater than >              less than <   double greater than >>
    Looser forms heard in the fuzzy slice (and accepted everywhere): dot (outside web
    addresses), dash / minus for -, double dash or "hyphen hyphen" for --, slash for /,
    star for *, tilda (Whisper's spelling), at symbol, equals sign / equal sign, dollar
    sign, hash sign, carat, under score, back slash, apostrophe, quote(s), exclamation
    point, "greater-than"/"less-than" with Whisper's hyphen.
    Case: "capital X" or "upper case X" capitalises the next word (or letter); "all upper
    case WORD" (fuzzy also "all caps WORD") upper-cases the whole next word.  Every other
    letter is lower case.
    Numbers: digit by digit in the protocol ("eight zero eight zero"; she sometimes says
    "nought" for 0).  In ordinary speech she says whole numbers the British way ("eight
    thousand and eighty", "twenty", "two thousand and forty-eight") or "double seven" for
    77; Whisper often just writes the digits.

CLEAN (the protocol)
    Every character is said: "space" exactly where the command has a space, every symbol
    by name, digits as words, case announced.  Everything between two "space"s is one
    word of the command and is written together ("data full stop csv" -> data.csv;
    "hyphen l h" -> -lh).  Short flags and short vowel-less names are spelled letter by
    letter ("s r c", "full stop p d f").  No punctuation, no framing, all lower case.
    A command whose own words are symbol or number names (say a word "dot" or "one") is
    never dictated: the listener would hear the symbol.

FUZZY
    The same protocol with the looser names above and Whisper's slips: a capitalised first
    word, commas after some "space"s, a final full stop, some numbers written as digits,
    a long name split in two ("bpy top" -> bpytop: inside one command word everything is
    joined anyway).

NATURAL (how Fiona really talks)
    "space" is never said.  She frames the command: an optional reason (the tldr
    description), a launch phrase, the command, and a sign-off.  Whisper writes flags,
    file names, paths, URLs and numbers as text where it recognises them ("-la",
    "/tmp/app.log", "8080"); whatever Fiona spells out stays as words.
    Launch phrases: "(if you could / could you / can you) (just) run", "(just) pop in",
    "have a go with", "go with", "give ... a go", "stick ... in the terminal", "(just)
    type", "try", "you want", "the command is", "the one we need is", "what you're after
    is", "what I want is", "next up is", "it's", "let's do", "and then".
    Sign-offs follow a comma (", cheers", ", lovely", ", ta", ", please", ", that should
    sort it", ", I reckon ...", ", would you?", ", if that's alright", ", then ...") or a
    sentence break, or are tacked on: "for me", "please", "in the terminal", "on the box",
    "and hit enter", "and we're done", "and see what happens", "a go".
    Gluing of spoken symbols (there is no "space" to say where words end):
      * full stop, forward slash, hyphen, underscore, colon, at sign, equals, comma, ...
        join the words either side ("src forward slash main full stop py" = src/main.py);
      * tilde, double hyphen, dollar, "open speech marks", "open inverted commas" start a
        new word and join the next ("tilde forward slash notes" = ~/notes);
      * "close speech marks", "close inverted commas", semicolon end the word they join;
      * pipe / vertical bar, greater than, double greater than, less than, (double)
        ampersand stand alone, with spaces either side.
      * otherwise each written word is one word of the command.

CHAOTIC
    Natural or protocol speech with Fiona's disfluencies; every line has at least one
    correction or restart.
      * "sorry, I mean", "rather" / "or rather", "(I) beg your pardon": she re-says from
        where she went wrong.  If her repair starts with something she already said
        ("hyphen", "space", a word), go back to the last time she said it and carry on
        from there; otherwise the repair replaces just the last thing she said (a word,
        a symbol, a number, or one written flag or path).
      * "no, hang on", "scrap that": throw away everything so far and start again (a
        launch phrase may follow).  A whole new sentence with a launch phrase also
        replaces an earlier attempt.
      * "um", "erm", "er", "...", and asides ("bear with me", "where was I", "let me
        think", "let me just check") are ignored; trailing thoughts come after a sign-off
        comma or in their own sentence without a launch phrase.

LISTENER (decode(), what a careful human does)
    1. Drop hesitations, fillers and asides; mark corrections and restarts.
    2. If Fiona says "space", or there is no launch phrase, it is protocol speech: the
       whole line is the command.  Otherwise take the last sentence that has a launch
       phrase, start after its first launch phrase, stop at a sign-off.
    3. Apply restarts (keep what follows the last one) and corrections (retrace rule).
    4. Protocol: "space" separates words, everything else is joined.  Natural: written
       words are separated by spaces, spoken symbols glue as above.
    The generator keeps a line only if decode() gives back its command exactly.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author20.jsonl"
AUTHOR = "author20"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------- vocabulary

SYMBOLS: dict[str, str] = {
    "full stop": ".", "dot": ".",
    "hyphen": "-", "dash": "-", "minus": "-",
    "double hyphen": "--", "double dash": "--",
    "forward slash": "/", "stroke": "/", "slash": "/",
    "backslash": "\\", "back slash": "\\",
    "hash": "#", "hash sign": "#",
    "vertical bar": "|", "pipe": "|",
    "tilde": "~", "tilda": "~",
    "asterisk": "*", "star": "*",
    "at sign": "@", "at symbol": "@",
    "ampersand": "&", "double ampersand": "&&",
    "single quote": "'", "inverted comma": "'", "inverted commas": "'", "apostrophe": "'",
    "open inverted commas": "'", "close inverted commas": "'",
    "open inverted comma": "'", "close inverted comma": "'",
    "speech marks": '"', "double quotes": '"', "double quote": '"', "quote": '"',
    "quotes": '"', "open speech marks": '"', "close speech marks": '"',
    "colon": ":", "semicolon": ";",
    "equals": "=", "equals sign": "=", "equal sign": "=",
    "underscore": "_", "under score": "_",
    "dollar": "$", "dollar sign": "$",
    "caret": "^", "carat": "^",
    "exclamation mark": "!", "exclamation point": "!", "question mark": "?",
    "greater than": ">", "less than": "<", "double greater than": ">>",
    "per cent": "%", "percent": "%", "plus": "+", "comma": ",",
}
for _side, _ch in (("open", "("), ("close", ")")):
    for _kind, _pair in (("", "()"), ("round ", "()"), ("square ", "[]"), ("curly ", "{}")):
        _c = _pair[0] if _side == "open" else _pair[1]
        SYMBOLS[f"{_side} {_kind}bracket"] = _c
        SYMBOLS[f"{_side} {_kind}brackets"] = _c

MODIFIERS = {"capital": "cap", "upper case": "cap", "all upper case": "upper", "all caps": "upper"}

DIGIT_WORDS = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
DIGIT_NAME = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

C_MARK = "\x01C"
R_MARK = "\x01R"

CUES = [
    "if you could just run", "if you could run", "could you just run", "could you run",
    "can you just run", "can you run", "just run", "run", "could you just pop in",
    "could you pop in", "just pop in", "pop in", "have a go with", "go with", "give",
    "stick", "just type", "type", "try", "you want", "the command is", "the one we need is",
    "what you're after is", "what I want is", "next up is", "it's", "let's do", "and then",
]
_CUE_ALT = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(CUES, key=len, reverse=True)
)
CUE_RE = re.compile(rf"(?i)(?<![\w'\-/.~])(?:{_CUE_ALT})(?![\w'\-/.])")
CLOSER_RE = re.compile(
    r"(?i),\s+(?=(?:cheers|lovely|ta|thanks|please|that|that's|that'll|I reckon|I think"
    r"|would you|if|then|so)\b)"
)
TRAIL_RE = re.compile(
    r"(?i)\s+(?:please|for me|in the terminal|on the box|and hit enter|and we're done"
    r"|and see what happens|a go|would you|I think|I reckon|if that's alright|cheers"
    r"|lovely)$"
)
ASIDE_RE = re.compile(
    r"(?i)\b(?:bear with me|where was I|let me think|let me just check)\b[,.]?"
)
FILLER_RE = re.compile(r"(?i)(?<![\w'\-/.])(?:um+|erm+|er|uh+)(?![\w'\-/])[,.]?")
R_RE = re.compile(r"(?i)\b(?:no,?\s+hang on|scrap that)\b[,.]?")
C_RE = re.compile(r"(?i)\b(?:sorry,?\s+I mean|(?:I\s+)?beg your pardon|(?:or\s+)?rather)\b[,.]?")
SENT_RE = re.compile(r"(?<=[.?!])\s+(?=[A-Z\x01])")

PREFIX, SUFFIX, INFIX, ALONE, TEXT = "prefix", "suffix", "infix", "alone", "text"


def sym_class(phrase: str, char: str) -> str:
    """How a spoken symbol glues in natural speech (see the guide)."""
    if phrase.startswith(("open speech", "open inverted")):
        return PREFIX
    if phrase.startswith(("close speech", "close inverted")) or char == ";":
        return SUFFIX
    if char in ("~", "--", "$"):
        return PREFIX
    if char in ("|", ">", ">>", "<", "&&", "&"):
        return ALONE
    return INFIX


# --------------------------------------------------------------------------- listener


class Unit:
    """One thing Fiona said: a word/number (text), a symbol, a case modifier, space, mark."""

    __slots__ = ("kind", "value", "cls")

    def __init__(self, kind: str, value: str, cls: str = TEXT) -> None:
        self.kind = kind  # "txt", "sym", "mod", "sp", "C"
        self.value = value
        self.cls = cls

    def key(self) -> tuple[str, str]:
        return (self.kind, self.value.lower() if self.kind == "txt" else self.value)


def parse_cardinal(words: list[str], i: int) -> tuple[str, int] | None:
    """British cardinal number starting at words[i] -> (digits, next index)."""
    total = cur = 0
    prev = None
    j = i
    while j < len(words):
        w = words[j].lower()
        if "-" in w and w.split("-", 1)[0] in TENS and w.split("-", 1)[1] in DIGIT_WORDS:
            tens, unit = w.split("-", 1)
            if prev not in (None, "hundred", "thousand", "and") or DIGIT_WORDS[unit] == 0:
                break
            cur += TENS[tens] + DIGIT_WORDS[unit]
            prev = "unit"
        elif w in DIGIT_WORDS or w in TEENS:
            v = DIGIT_WORDS.get(w, TEENS.get(w))
            if prev in (None, "hundred", "thousand", "and") or (prev == "tens" and 0 < v < 10):
                cur += v
                prev = "unit"
            else:
                break
        elif w in TENS:
            if prev not in (None, "hundred", "thousand", "and"):
                break
            cur += TENS[w]
            prev = "tens"
        elif w == "hundred":
            if prev != "unit" or not 1 <= cur <= 9:
                break
            cur *= 100
            prev = "hundred"
        elif w == "thousand":
            if prev not in ("unit", "tens", "hundred") or total:
                break
            total, cur = cur * 1000, 0
            prev = "thousand"
        elif w == "and":
            nxt = words[j + 1].lower() if j + 1 < len(words) else ""
            nxt_head = nxt.split("-", 1)[0]
            if prev not in ("hundred", "thousand") or not (
                nxt in DIGIT_WORDS or nxt in TEENS or nxt_head in TENS
            ):
                break
            prev = "and"
        else:
            break
        j += 1
    if j == i:
        return None
    return str(total + cur), j


def _is_number_word(w: str) -> bool:
    w = w.lower()
    return w in DIGIT_WORDS or w in TEENS or w.split("-", 1)[0] in TENS or w.isdigit()


def group_units(words: list[str], natural: bool) -> list[Unit]:
    """Turn transcript words into units (phrases, numbers, markers)."""
    units: list[Unit] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        lw = w.lower()
        if w == C_MARK:
            units.append(Unit("C", "C"))
            i += 1
            continue
        if not natural and lw == "space":
            units.append(Unit("sp", " "))
            i += 1
            continue
        matched = False
        for size in (4, 3, 2, 1):
            if i + size > n:
                continue
            phrase = " ".join(x.lower() for x in words[i:i + size])
            if phrase in MODIFIERS:
                units.append(Unit("mod", MODIFIERS[phrase]))
            elif phrase in SYMBOLS:
                char = SYMBOLS[phrase]
                units.append(Unit("sym", char, sym_class(phrase, char)))
            else:
                continue
            i += size
            matched = True
            break
        if matched:
            continue
        nxt = words[i + 1].lower() if i + 1 < n else ""
        if lw == "double" and nxt in DIGIT_WORDS:
            units.append(Unit("txt", str(DIGIT_WORDS[nxt]) * 2))
            i += 2
            continue
        if lw == "point":
            prev = units[-1] if units else None
            if prev is not None and prev.kind == "txt" and prev.value.isdigit() and (
                _is_number_word(nxt)
            ):
                units.append(Unit("sym", ".", INFIX))
                i += 1
                continue
        if natural:
            parsed = parse_cardinal(words, i)
            if parsed is not None:
                units.append(Unit("txt", parsed[0]))
                i = parsed[1]
                continue
            units.append(Unit("txt", w))
        else:
            units.append(Unit("txt", str(DIGIT_WORDS[lw]) if lw in DIGIT_WORDS else lw))
        i += 1
    return units


def apply_corrections(units: list[Unit]) -> list[Unit]:
    """Retrace rule for "sorry, I mean" / "rather" / "beg your pardon"."""
    out: list[Unit] = []
    pending = False
    for u in units:
        if u.kind == "C":
            pending = True
            continue
        if pending:
            pending = False
            hits = [j for j, old in enumerate(out) if old.key() == u.key()]
            if hits:
                del out[hits[-1]:]
            elif out:
                out.pop()
        out.append(u)
    return out


def _case(text: str, mod: str | None) -> str:
    if mod == "upper":
        return text.upper()
    if mod == "cap":
        return text[:1].upper() + text[1:]
    return text


def render_protocol(units: list[Unit]) -> str:
    out = []
    mod = None
    for u in units:
        if u.kind == "sp":
            out.append(" ")
        elif u.kind == "mod":
            mod = u.value
        elif u.kind == "sym":
            out.append(u.value)
        else:
            out.append(_case(u.value, mod))
            mod = None
    return "".join(out)


def render_natural(units: list[Unit]) -> str:
    tokens: list[str] = []
    glue = False
    mod = None
    for u in units:
        if u.kind == "mod":
            mod = u.value
            continue
        if u.kind == "txt":
            text = _case(u.value, mod)
            mod = None
            if glue and tokens:
                tokens[-1] += text
            else:
                tokens.append(text)
            glue = False
        elif u.cls == INFIX:
            if tokens:
                tokens[-1] += u.value
            else:
                tokens.append(u.value)
            glue = True
        elif u.cls == PREFIX:
            if glue and tokens:
                tokens[-1] += u.value
            else:
                tokens.append(u.value)
            glue = True
        elif u.cls == SUFFIX:
            if tokens:
                tokens[-1] += u.value
            else:
                tokens.append(u.value)
            glue = False
        else:
            tokens.append(u.value)
            glue = False
    return " ".join(tokens)


def normalise(line: str) -> str:
    s = line.replace("\u2026", "...")
    s = re.sub(r"\.{3,}", " ", s)
    s = re.sub(r"(?i)\b(greater|less)-than\b", r"\1 than", s)
    s = ASIDE_RE.sub(" ", s)
    s = FILLER_RE.sub(" ", s)
    s = R_RE.sub(f" {R_MARK} ", s)
    s = C_RE.sub(f" {C_MARK} ", s)
    return re.sub(r"\s+", " ", s).strip()


def _after_restart(body: str, natural: bool) -> str:
    body = body.split(R_MARK)[-1].strip()
    if natural:
        m = CUE_RE.match(body)
        if m:
            body = body[m.end():].strip()
    return body


def decode(line: str) -> str:
    """The careful listener of the guide: transcript -> command."""
    s = normalise(line)
    plain = [w.strip(",.?!").lower() for w in s.split()]
    sentences = [x for x in SENT_RE.split(s) if x]
    with_cue = [x for x in sentences if CUE_RE.search(x)]
    if "space" in plain or not with_cue:
        body = _after_restart(s, natural=False)
        words = [w if w == C_MARK else w.strip(",.?!") for w in body.split()]
        units = group_units([w for w in words if w], natural=False)
        return render_protocol(apply_corrections(units))
    sent = with_cue[-1]
    body = sent[CUE_RE.search(sent).end():]
    body = CLOSER_RE.split(body, maxsplit=1)[0]
    body = body.strip().rstrip(".?!").strip()
    body = _after_restart(body, natural=True)
    while True:
        cut = TRAIL_RE.sub("", body)
        if cut == body:
            break
        body = cut
    words = []
    for w in body.split():
        if w != C_MARK:
            w = w.rstrip(",")
        if w:
            words.append(w)
    units = group_units(words, natural=True)
    return render_natural(apply_corrections(units))


# --------------------------------------------------------------------------- speaker

FIONA_NAMES: dict[str, list[str]] = {
    ".": ["full stop"], "-": ["hyphen"], "--": ["double hyphen"],
    "/": ["forward slash", "forward slash", "stroke"], "\\": ["backslash"],
    "(": ["open bracket", "open round bracket"], ")": ["close bracket", "close round bracket"],
    "[": ["open square bracket"], "]": ["close square bracket"],
    "{": ["open curly bracket"], "}": ["close curly bracket"],
    "#": ["hash"], "|": ["vertical bar", "pipe"], "~": ["tilde"], "*": ["asterisk"],
    "@": ["at sign"], "&": ["ampersand"], "&&": ["double ampersand"],
    "'": ["single quote", "inverted comma"], '"': ["speech marks", "double quotes"],
    ":": ["colon"], ";": ["semicolon"], "=": ["equals"], "_": ["underscore"],
    "$": ["dollar"], "^": ["caret"], "!": ["exclamation mark"], "?": ["question mark"],
    ">": ["greater than"], "<": ["less than"], ">>": ["double greater than"],
    "%": ["per cent"], "+": ["plus"], ",": ["comma"],
}
FUZZY_NAMES: dict[str, list[str]] = {
    ".": ["dot"], "-": ["dash", "minus"], "--": ["double dash", "hyphen hyphen", "dash dash"],
    "/": ["slash"], "\\": ["back slash"], "#": ["hash sign"], "|": ["pipe"],
    "~": ["tilda"], "*": ["star"], "@": ["at symbol"], "'": ["apostrophe"],
    '"': ["quote", "double quote"], "=": ["equals sign", "equal sign"],
    "_": ["under score"], "$": ["dollar sign"], "^": ["carat"],
    "!": ["exclamation point"], ">": ["greater-than"], "<": ["less-than"],
}
NATURAL_NAMES: dict[str, list[str]] = dict(FIONA_NAMES)
NATURAL_NAMES.update({
    "(": ["open bracket"], ")": ["close bracket"], "'": ["inverted commas"],
    '"': ["speech marks"], "|": ["pipe", "pipe", "vertical bar"],
})

SEG_RE = re.compile(r"[A-Za-z]+|[0-9]+|&&|>>|--|[^A-Za-z0-9]")
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")
WEB_RE = re.compile(
    r"://|@[a-z]|\b\d+\.\d+\.\d+\.\d+\b|\b[a-z0-9-]+\.(?:com|org|net|io|dev|internal)\b"
)
SPLIT_PARTS = (
    "top", "git", "config", "ctl", "get", "set", "list", "info", "run", "build", "update",
    "file", "user", "key", "hub", "check", "test", "data", "back", "load", "pkg", "man",
    "time", "name", "line", "view", "feel", "look", "watch", "mount", "path", "shot",
    "desk", "host", "port", "tool", "page", "play", "menu", "sign", "pass", "word", "disk",
)


def say_number(n: int) -> str:
    """British cardinal: 8080 -> 'eight thousand and eighty'."""
    if n < 10:
        return DIGIT_NAME[n]
    if n < 20:
        return [k for k, v in TEENS.items() if v == n][0]
    if n < 100:
        tens = [k for k, v in TENS.items() if v == n - n % 10][0]
        return tens if n % 10 == 0 else f"{tens}-{DIGIT_NAME[n % 10]}"
    if n < 1000:
        rest = n % 100
        head = f"{DIGIT_NAME[n // 100]} hundred"
        return head if rest == 0 else f"{head} and {say_number(rest)}"
    rest = n % 1000
    head = f"{say_number(n // 1000)} thousand"
    if rest == 0:
        return head
    return f"{head} and {say_number(rest)}" if rest < 100 else f"{head} {say_number(rest)}"


def nice_number(digits: str) -> bool:
    if digits != str(int(digits)) or int(digits) > 99999:
        return False
    n = int(digits)
    return n <= 100 or n % 100 == 0 or (1000 < n < 10000 and (n // 100) % 10 == 0)


def proto_letters(run: str, spell: bool, rng: random.Random) -> list[str]:
    out: list[str] = []
    if spell:
        for ch in run:
            out += ["capital", ch.lower()] if ch.isupper() else [ch]
        return out
    for cw in CASE_RE.findall(run):
        if cw.islower():
            out.append(cw)
        elif len(cw) == 1:
            out += ["capital", cw.lower()]
        elif cw.isupper():
            out += ["all upper case", cw.lower()]
        else:
            out += [rng.choice(["capital", "capital", "upper case"]), cw.lower()]
    return out


def proto_token(tok: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """The protocol words for one command word (no "space")."""
    web = bool(WEB_RE.search(tok))
    parts = SEG_RE.findall(tok)
    units: list[str] = []
    first_letters = True
    for k, p in enumerate(parts):
        if p.isalpha():
            after_flag = tok.startswith("-") and first_letters
            short_flag = after_flag and not tok.startswith("--") and len(p) <= 4
            spell = short_flag or (len(p) <= 4 and not re.search(r"[aeiouyAEIOUY]", p))
            first_letters = False
            units += proto_letters(p, spell, rng)
        elif p.isdigit():
            if fuzzy and rng.random() < 0.5:
                units.append(p)
            else:
                units += [
                    ("nought" if rng.random() < 0.25 else "zero") if d == "0"
                    else DIGIT_NAME[int(d)] for d in p
                ]
        else:
            numeric = 0 < k < len(parts) - 1 and parts[k - 1].isdigit() and parts[
                k + 1].isdigit()
            if p == "." and web:
                name = "dot"
            elif p == "." and fuzzy and numeric and rng.random() < 0.7:
                name = "point"
            elif fuzzy and p in FUZZY_NAMES and rng.random() < 0.5:
                name = rng.choice(FUZZY_NAMES[p])
            elif p in FIONA_NAMES:
                name = rng.choice(FIONA_NAMES[p])
            else:
                raise ValueError(f"no name for {p!r}")
            units.append(name)
    return units


def fuzzy_split(units: list[str], rng: random.Random) -> list[str]:
    """Whisper splits one long name in two ("bpytop" -> "bpy top")."""
    spots = []
    for idx, u in enumerate(units):
        if not (u.isalpha() and u.islower() and len(u) >= 6):
            continue
        for part in SPLIT_PARTS:
            for cut in (u.find(part), u.find(part) + len(part)):
                if u.find(part) >= 0 and 2 <= cut <= len(u) - 2:
                    spots.append((idx, cut))
    if not spots:
        return units
    idx, cut = rng.choice(spots)
    u = units[idx]
    return units[:idx] + [u[:cut], u[cut:]] + units[idx + 1:]


def nat_token(tok: str, rng: random.Random) -> list[str]:
    """How one command word comes out of Whisper in natural speech."""
    if tok in ("|", ">", ">>", "<", "&&"):
        return [rng.choice(NATURAL_NAMES[tok])]
    parts = re.findall(r"[A-Za-z0-9]+|&&|>>|--|[^A-Za-z0-9]", tok)
    has_sym = any(not p.isalnum() for p in parts)
    has_num = any(p.isdigit() and nice_number(p) for p in parts)
    if not (has_sym or has_num):
        return [tok]
    chance = 0.45 if ("/" in tok or "." in tok or '"' in tok or "'" in tok) else 0.35
    if has_num and not has_sym:
        chance = 0.55
    if rng.random() >= chance:
        return [tok]
    web = bool(WEB_RE.search(tok))
    words: list[str] = []
    for k, p in enumerate(parts):
        if p.isalnum():
            if p.isdigit() and nice_number(p) and rng.random() < 0.8:
                if len(p) == 2 and p[0] == p[1] and rng.random() < 0.6:
                    words += ["double", DIGIT_NAME[int(p[0])]]
                else:
                    words += say_number(int(p)).split()
            else:
                words.append(p)
        elif p in ('"', "'"):
            side = "open" if k == 0 else "close" if k == len(parts) - 1 else None
            if side is None:
                return [tok]
            words.append(f"{side} {NATURAL_NAMES[p][0]}")
        elif p == "." and web:
            words.append("dot")
        elif p == "." and 0 < k < len(parts) - 1 and parts[k - 1].isdigit() and parts[
                k + 1].isdigit():
            words.append("point")
        elif p in NATURAL_NAMES:
            words.append(rng.choice(NATURAL_NAMES[p]))
        else:
            return [tok]
    units = group_units(" ".join(words).split(), natural=True)
    if not units or render_natural(units) != tok:
        return [tok]
    if units[0].kind == "sym" and units[0].cls in (INFIX, SUFFIX):
        return [tok]
    if units[-1].kind == "sym" and units[-1].cls in (INFIX, PREFIX):
        return [tok]
    return words


# --------------------------------------------------------------------------- slices

NATURAL_TEMPLATES: list[tuple[str, str | None]] = [
    ("Right, so if you could just run {b}, cheers.", None),
    ("If you could just run {b}, that should sort it.", None),
    ("Could you pop in {b}? Lovely.", None),
    ("Pop in {b} for me, cheers.", None),
    ("Have a go with {b} and see what happens.", None),
    ("I reckon you want {b}.", None),
    ("Bear with me. Right, the command is {b}. Lovely.", None),
    ("We need to {w}. If you could just run {b}, cheers.", "verb"),
    ("Right, so, this one's {p}. Pop in {b}, that should sort it.", "any"),
    ("Just type {b} and hit enter, lovely.", None),
    ("What you're after is {b}. That should {w}.", "verb"),
    ("Give {b} a go, I reckon that'll sort it.", None),
    ("Okay, next one, it's {b}. Cheers.", None),
    ("Stick {b} in the terminal, would you? Ta.", None),
    ("Right, last thing. Run {b} and we're done.", None),
    ("Can you run {b} on the box for me? Cheers.", None),
    ("{W}, that's the plan. Have a go with {b}, cheers.", "verb"),
    ("Next up is {b}, lovely.", None),
    ("I'd run {b}, I reckon.", None),
    ("Right, so what I want is {b}, if that's alright.", None),
    ("The one we need is {b}. That should sort it.", None),
    ("Lovely. And then {b}, please.", None),
    ("So I want to {w}. Could you run {b}? Cheers.", "verb"),
    ("Try {b}, that should {w}.", "verb"),
    ("Right, so, {p}, just run {b}.", "any"),
    ("Have a go with {b}, would you? That one's {p}.", "any"),
    ("Could you just run {b} for me? That should {w}, I reckon.", "verb"),
    ("Let's do {b}, then we'll see where we are.", None),
]

CHAOTIC_TEMPLATES: list[tuple[str, str | None]] = [
    ("Right, so if you could just run {b}, cheers.", None),
    ("Erm, could you pop in {b}? Cheers.", None),
    ("Have a go with {b}, that should sort it.", None),
    ("Right, so, um, the command is {b}. Lovely.", None),
    ("Bear with me. Pop in {b} for me, cheers.", None),
    ("If you could run {b}, that should {w}.", "verb"),
    ("{W}. So, um, just run {b}, cheers.", "verb"),
    ("Okay, next up is {b}, lovely.", None),
    ("Just type {b} and hit enter, cheers.", None),
    ("Right, I reckon you want {b}.", None),
    ("So, er, what you're after is {b}. Lovely.", None),
    ("Could you run {b}, please?", None),
    ("Right, so, {p}... run {b}, cheers.", "any"),
]

SENTENCE_RESTARTS = [
    "Pop in {x}. No, hang on, pop in {b}, cheers.",
    "Right, run {x}. Scrap that. Run {b}, that should sort it.",
    "If you could just run {x}... no, hang on. Just run {b}, lovely.",
]

TRAILING_THOUGHTS = [
    " I think.", " Or was that the other one? No, that's right.", " Don't ask me why.",
    " If memory serves.", " I always forget that one.",
]

ANTONYMS = {
    "start": "stop", "stop": "start", "enable": "disable", "disable": "enable",
    "install": "remove", "remove": "install", "push": "pull", "pull": "push", "list": "show",
    "show": "list", "add": "remove", "on": "off", "off": "on", "up": "down", "down": "up",
    "main": "master", "import": "export", "export": "import", "get": "set", "set": "get",
    "upgrade": "update", "update": "upgrade", "create": "delete", "delete": "create",
    "lock": "unlock", "unlock": "lock", "reload": "restart", "restart": "reload",
    "head": "tail", "src": "docs", "docs": "src", "data": "docs", "tmp": "var",
    "status": "stats", "info": "list", "new": "init", "init": "new",
}
EXTS = [".txt", ".json", ".csv", ".log", ".yaml", ".md", ".py", ".sh", ".conf"]
SYMBOL_SLIPS = {
    "forward slash": "backslash", "stroke": "backslash", "hyphen": "underscore",
    "underscore": "hyphen", "full stop": "comma", "colon": "semicolon",
    "double hyphen": "hyphen", "tilde": "dollar", "equals": "colon", "at sign": "hash",
    "pipe": "greater than", "vertical bar": "greater than", "greater than": "pipe",
}


LETTER_SLIPS = {
    "b": "p", "p": "b", "d": "t", "t": "d", "m": "n", "n": "m", "s": "f", "f": "s",
    "v": "b", "c": "s", "g": "j", "j": "g", "a": "e", "e": "i", "i": "e", "l": "r",
    "r": "l", "x": "s", "k": "c", "u": "o", "o": "u", "h": "a", "w": "v", "z": "s",
    "q": "k", "y": "i",
}
FLAG_WORDS = [
    "verbose", "version", "help", "all", "list", "force", "quiet", "output", "input",
    "format", "file", "user", "name", "recursive", "update", "install", "debug", "dry-run",
]
FAMILY: dict[str, list[str]] = {}


def mutate(unit: str, rng: random.Random) -> str | None:
    """A plausible slip for one spoken unit, or None when there is none."""
    low = unit.lower()
    if low in ANTONYMS:
        return ANTONYMS[low]
    if low in SYMBOL_SLIPS:
        return SYMBOL_SLIPS[low]
    if low in DIGIT_WORDS:
        return DIGIT_NAME[(DIGIT_WORDS[low] + rng.choice([1, 2, 3])) % 10]
    if low in TENS or low in TEENS:
        return rng.choice([w for w in list(TENS) + list(TEENS) if w != low])
    if unit.isdigit():
        return str(int(unit) + rng.choice([1, 2, 10]))
    if len(unit) == 1 and unit.isalpha():
        return LETTER_SLIPS.get(low)
    if unit in FAMILY:
        return rng.choice(FAMILY[unit])
    if re.fullmatch(r"-[A-Za-z]{1,3}", unit):
        letters = [c for c in "abcdefhlnrsvx" if c != unit[-1].lower()]
        return unit[:-1] + rng.choice(letters)
    if re.fullmatch(r"--[a-z][a-z-]+", unit):
        word = unit[2:]
        if word in ANTONYMS:
            return "--" + ANTONYMS[word]
        if rng.random() < 0.6:
            return "--" + rng.choice([w for w in FLAG_WORDS if w != word])
        return unit[: max(4, len(unit) // 2 + 1)] if len(unit) >= 7 else None
    m = re.search(r"\.[a-z]+$", unit)
    if m and len(unit) > len(m.group(0)) and re.fullmatch(r"[\w./~-]+", unit):
        return unit[: m.start()] + rng.choice([e for e in EXTS if e != m.group(0)])
    if "/" in unit:
        head, _, tail = unit.partition("/")
        if head in ANTONYMS:
            return f"{ANTONYMS[head]}/{tail}"
        return None
    if unit.isalpha() and len(unit) >= 5:
        if rng.random() < 0.5:
            return unit[: rng.randrange(3, len(unit) - 1)]
        i = rng.randrange(1, len(unit) - 2)
        if unit[i] != unit[i + 1]:
            return unit[:i] + unit[i + 1] + unit[i] + unit[i + 2:]
    return None


NON_VERBS = {
    "interactive", "pretty", "power", "after", "also", "old", "only", "target", "vendor",
    "don't", "start/stop/restart/reload/show", "version", "verbose", "default",
}


def describe(desc: str) -> dict[str, str] | None:
    """The tldr description as Fiona's reason: sentence, verb phrase and purpose."""
    desc = desc.strip().rstrip(".").strip()
    if not desc or len(desc) > 90 or not desc.isascii() or re.search(r"[<>\"\n]|http", desc):
        return None
    first = desc.split()[0]
    low = desc[0].lower() + desc[1:] if desc[1:2].islower() or len(first) == 1 else desc
    verb = first.lower() not in NON_VERBS and first.isalpha()
    return {
        "W": desc[0].upper() + desc[1:],
        "w": low if verb else "",
        "p": ("to " + low) if verb else ("for " + low),
    }


def tool_of(cmd: str) -> str:
    for tok in cmd.split():
        if tok != "sudo" and not tok.startswith("-"):
            return tok
    return cmd.split()[0]


def make_clean(cmd: str, rng: random.Random) -> str:
    tokens = [proto_token(t, rng, fuzzy=False) for t in cmd.split(" ")]
    return " space ".join(" ".join(t) for t in tokens)


def make_fuzzy(cmd: str, rng: random.Random) -> str:
    tokens = [proto_token(t, rng, fuzzy=True) for t in cmd.split(" ")]
    split = False
    if rng.random() < 0.6:
        idx = rng.randrange(len(tokens))
        before = len(tokens[idx])
        tokens[idx] = fuzzy_split(tokens[idx], rng)
        split = len(tokens[idx]) > before
    words: list[str] = []
    for k, tok in enumerate(tokens):
        if k:
            words.append("space," if rng.random() < 0.25 else "space")
        words += tok
    loose = {n for names in FUZZY_NAMES.values() for n in names} | {"point"}
    if not (split or any(w in loose or w.isdigit() for w in words)):
        raise ValueError("no looser form in this rendering")
    text = " ".join(words)
    if rng.random() < 0.8:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    return text


def fill_template(template: str, body: str, why: dict[str, str] | None) -> str:
    fields = {"b": body, "w": "", "W": "", "p": ""}
    if why:
        fields.update(why)
    return template.format(**fields)


def pick_template(
    templates: list[tuple[str, str | None]], why: dict[str, str] | None, rng: random.Random
) -> str:
    usable = [
        t for t, need in templates
        if need is None or (why and (need == "any" or (need == "verb" and why["w"])))
    ]
    return rng.choice(usable)


def make_natural(cmd: str, why: dict[str, str] | None, rng: random.Random) -> str:
    words: list[str] = []
    for tok in cmd.split(" "):
        words += nat_token(tok, rng)
    return fill_template(pick_template(NATURAL_TEMPLATES, why, rng), " ".join(words), why)


def _insert_filler(seq: list[str], rng: random.Random, natural: bool) -> list[str]:
    """A hesitation between two things said (in the protocol: next to a "space")."""
    if natural:
        spots = list(range(1, len(seq)))
        filler = rng.choice(["um,", "erm,", "erm...", "um...", "er,"])
    else:
        spots = [k for k in range(1, len(seq)) if "space" in (seq[k - 1], seq[k])]
        filler = rng.choice(["um", "erm", "er", "um..."])
    if not spots:
        return seq
    k = rng.choice(spots)
    return seq[:k] + [filler] + seq[k:]


def _slip(flat: list[str], spots: list[int], rng: random.Random) -> tuple[int, str] | None:
    """Pick a place where Fiona could plausibly say the wrong thing."""
    spots = list(spots)
    rng.shuffle(spots)
    for k in spots:
        wrong = mutate(flat[k], rng)
        if wrong and wrong.lower() != flat[k].lower():
            return k, wrong
    return None


def make_chaotic(cmd: str, why: dict[str, str] | None, rng: random.Random) -> str:
    toks = cmd.split(" ")
    natural = rng.random() < 0.7
    if natural:
        per_tok = [nat_token(t, rng) for t in toks]
        flat = [w for tok in per_tok for w in tok]
    else:
        per_tok = [proto_token(t, rng, fuzzy=rng.random() < 0.3) for t in toks]
        flat = []
        for k, tok in enumerate(per_tok):
            flat += (["space"] if k else []) + tok
    kind = rng.choice(["word", "word", "flag", "restart"] + (["sentence"] if natural else []))
    c_mark = rng.choice(
        ["sorry, I mean", "sorry, I mean", "beg your pardon,", "or rather", "rather,",
         "I beg your pardon,"]
    )
    r_mark = rng.choice(["no, hang on,", "scrap that,", "no, hang on, scrap that,"])
    said = [k for k, w in enumerate(flat) if w not in ("space", "capital", "upper case",
                                                        "all upper case")]
    seq: list[str] = []
    if kind == "flag":
        starts = [k for k, t in enumerate(toks) if t.startswith("-") and len(t) > 1]
        if not starts:
            kind = "word"
        else:
            t = rng.choice(starts)
            start = sum(len(x) for x in per_tok[:t]) + (0 if natural else t)
            wrong_tok = list(per_tok[t])
            if natural:
                slip = _slip(flat, [start], rng)
                if slip is None:
                    kind = "word"
                else:
                    wrong_tok = [slip[1]]
            else:
                letters = [j for j, w in enumerate(wrong_tok) if len(w) == 1 and w.isalpha()]
                if letters:
                    j = rng.choice(letters)
                    wrong_tok[j] = LETTER_SLIPS.get(wrong_tok[j], "x")
                else:
                    kind = "word"
            if kind == "flag":
                seq = flat[:start] + wrong_tok[:-1] + [wrong_tok[-1] + ",", c_mark]
                seq += flat[start:]
    if kind == "word":
        slip = _slip(flat, said, rng)
        if slip is None:
            kind = "restart"
        else:
            k, wrong = slip
            seq = flat[:k] + [wrong + ",", c_mark] + flat[k:]
    if kind == "restart":
        cut = rng.randrange(1, len(flat) + 1)
        attempt = flat[:cut]
        slip = _slip(attempt, [k for k in said if k < cut], rng)
        if slip is not None:
            attempt[slip[0]] = slip[1]
        elif len(flat) > 1:
            attempt = flat[: rng.randrange(1, len(flat))]
        else:
            raise ValueError("nothing to restart from")
        again = []
        if natural and rng.random() < 0.5:
            again = [rng.choice(["just run", "run", "it's", "pop in"])]
        seq = attempt[:-1] + [attempt[-1] + ",", r_mark] + again + flat
    if kind == "sentence":
        wrong = list(flat)
        slip = _slip(flat, said, rng)
        if slip is not None:
            wrong[slip[0]] = slip[1]
        elif len(flat) > 1:
            wrong = wrong[: rng.randrange(1, len(flat))]
        else:
            raise ValueError("nothing to restart from")
        text = rng.choice(SENTENCE_RESTARTS).format(x=" ".join(wrong), b=" ".join(flat))
        if rng.random() < 0.3:
            text += rng.choice(TRAILING_THOUGHTS)
        return text
    if rng.random() < 0.5:
        seq = _insert_filler(seq, rng, natural)
    if natural and rng.random() < 0.2 and len(seq) > 2:
        k = rng.randrange(1, len(seq))
        aside = rng.choice(["bear with me,", "where was I,", "let me think,"])
        seq = seq[:k] + [aside] + seq[k:]
    body = " ".join(seq)
    if not natural:
        if rng.random() < 0.3:
            body = body[0].upper() + body[1:]
        if rng.random() < 0.15:
            k = body.find(" space ")
            if k > 0:
                body = body[:k] + ", let me just check," + body[k:]
        return body
    text = fill_template(pick_template(CHAOTIC_TEMPLATES, why, rng), body, why)
    if rng.random() < 0.25:
        text += rng.choice(TRAILING_THOUGHTS)
    return text


MAKERS = {
    "clean": lambda cmd, why, rng: make_clean(cmd, rng),
    "fuzzy": lambda cmd, why, rng: make_fuzzy(cmd, rng),
    "natural": make_natural,
    "chaotic": make_chaotic,
}


def line_ok(slice_name: str, line: str, cmd: str) -> bool:
    if "\n" in line or not line.isascii():
        return False
    words = {w.strip(",.?!").lower() for w in line.split()}
    if slice_name == "natural" and "space" in words:
        return False
    if slice_name == "chaotic" and not (C_RE.search(line) or R_RE.search(line)):
        return False
    try:
        return decode(line) == cmd
    except (ValueError, IndexError, KeyError):
        return False


def richness(cmd: str) -> float:
    syms = {c for c in cmd if not c.isalnum() and c != " "}
    upper = any(c.isupper() for c in cmd)
    return len(syms) * 3 + len(cmd) / 12 + (2 if upper else 0) + cmd.count(" ") * 0.5


def load_commands() -> tuple[list[str], dict[str, str]]:
    descs: dict[str, str] = {}
    with open(DATA / "corpus.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            obj = json.loads(raw)
            descs.setdefault(obj["command"], obj.get("description", ""))
    cmds: list[str] = []
    seen: set[str] = set()
    with open(DATA / "train.jsonl", encoding="utf-8") as fh:
        for idx, raw in enumerate(fh):
            if idx % 7 != 3:
                continue
            cmd = json.loads(raw)["command"]
            if cmd in seen or not cmd.isascii() or len(cmd) > 80:
                continue
            if "\n" in cmd or "\t" in cmd or "  " in cmd or cmd != cmd.strip():
                continue
            seen.add(cmd)
            cmds.append(cmd)
    return cmds, descs


def build() -> list[dict[str, str]]:
    rng = random.Random(20)
    cmds, descs = load_commands()
    rng.shuffle(cmds)
    by_prefix: dict[str, list[str]] = {}
    for tool in sorted({tool_of(c) for c in cmds}):
        if len(tool) >= 5 and tool.isalnum():
            by_prefix.setdefault(tool[:3], []).append(tool)
    FAMILY.clear()
    for group in by_prefix.values():
        for tool in group:
            if len(group) > 1:
                FAMILY[tool] = [t for t in group if t != tool]
    multi = [c for c in cmds if " " in c]
    single = [c for c in cmds if " " not in c]
    order = {
        "clean": sorted(cmds, key=richness, reverse=True),
        "natural": multi[:150] + single[:6] + multi[150:],
        "chaotic": multi[150:300] + single[6:12] + multi[300:] + multi[:150],
        "fuzzy": multi[300:] + single[12:18] + multi[:300],
    }
    used: set[str] = set()
    tools: Counter[str] = Counter()
    chosen: dict[str, list[dict[str, str]]] = {}
    for name in ("clean", "natural", "chaotic", "fuzzy"):
        rows: list[dict[str, str]] = []
        for cmd in order[name]:
            if len(rows) == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            why = describe(descs.get(cmd, "")) if name in ("natural", "chaotic") else None
            for _attempt in range(12):
                try:
                    line = MAKERS[name](cmd, why, rng)
                except (ValueError, IndexError):
                    continue
                if line_ok(name, line, cmd):
                    rows.append(
                        {"input": line, "command": cmd, "slice": name, "author": AUTHOR}
                    )
                    used.add(cmd)
                    tools[tool_of(cmd)] += 1
                    break
        if len(rows) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(rows)} lines")
        chosen[name] = rows
    return [row for name in SLICES for row in chosen[name]]


def main() -> None:
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
