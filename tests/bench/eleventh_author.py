"""Eleventh author: a kept-apart voice-to-bash evaluation set, written by one stranger.

Run from the repository root::

    python3 tests/bench/eleventh_author.py

It writes ``assets/training/bash/author11.jsonl``: 240 lines, 60 per slice, in the order
clean, fuzzy, natural, chaotic. Each line is ``{"input": <what Whisper wrote>, "command":
<the exact shell command>, "slice": ..., "author": "eleventh"}``. Everything is drawn from
``random.Random(11)``, so a rerun rewrites the file byte for byte.

Sources and credit
------------------
The commands are the "command" field of ``assets/training/bash/family.jsonl``: examples
from tldr-pages (https://github.com/tldr-pages/tldr, CC BY 4.0) with their placeholders
filled in. Each distinct command is used at most once. The "why" sentences of the natural
and chaotic slices quote or trim the tldr-pages description of the same command, looked up
in ``assets/training/bash/corpus.jsonl``.

This docstring is the style guide. The listener at the bottom of the file implements it
and every generated line is decoded back by that listener; a line it cannot rebuild
exactly is thrown away (and counted), so nothing below is decoration.

Persona
-------
Ray is a retired ship's radio officer. He keeps the little Linux box of his amateur-radio
club running and reads the commands out of the club's notebook the way he used to pass
radio traffic: one digit at a time, spelled-out symbols, "correction" when he slips,
"disregard ... I say again" when he wants to start over, and "Over." when he is done.

Ray's habits in every slice
---------------------------
* Numbers: every digit is said on its own, "zero one two three four five six seven eight
  nine"; 8080 is "eight zero eight zero", never "eighty eighty" and never "oh". Outside
  the clean slice he often says "niner" for 9 (radio habit). Digits said in a row stick
  together into one number.
* Capitals: "capital" before a word raises its first letter ("capital d" is D,
  "capital caddyfile" is Caddyfile); "all caps" before a word raises all of it ("all caps
  head" is HEAD). A word mixing cases is said in pieces: JobID is "capital job all caps
  id", WxH is "capital wx capital h". Nothing else carries case: in the protocol slices
  the listener lower-cases whatever Whisper wrote and applies only these two markers.
* Letters inside a word are said as the word itself ("pngquant", "d"); letters and digits
  inside one word are said in runs ("wlan zero", "f three write").

Clean (spoken protocol, nothing else)
-------------------------------------
The command is split on its spaces; each piece is said in order and the word "space" is
said exactly where the command has a space. Everything between two "space"s is glued
together with no gap. Symbols are said by name: dash (-), "dash dash" (--), dot (.),
slash (/), underscore (_), colon (:), tilde (~), equals (=), pipe (|), greater than (>),
less than (<), quote ("), single quote ('), star (*), dollar ($), hash (#), at (@),
ampersand (&), comma (,), semicolon (;), bang (!), question mark (?), percent (%),
plus (+), backslash, caret (^), backtick, open paren / close paren, open bracket /
close bracket, open brace / close brace. Numbers and capitals as above. No framing, no
punctuation, all lower case.

Fuzzy (same protocol, looser words, Whisper slips)
--------------------------------------------------
Still "space" between pieces and glue inside them, but:
* Ray's own synonyms: minus or hyphen for dash; "double dash" for --; period for dot,
  and "decimal" for a dot between two digit groups (10.4.0.2, 3.11, v2.1.0 - radio
  frequency habit); "forward slash" or "stroke" (the radio word) for slash; asterisk for
  star; "equal sign" / "equals sign"; "double quote" for quote; apostrophe for single
  quote; "dollar sign", "at sign", "percent sign", "plus sign", pound for hash,
  "exclamation mark" for bang, "vertical bar" for pipe, "left/right paren", "left/right
  bracket", "left/right brace"; "niner" for 9. Within one line he sticks to one word
  per symbol (a line that says "stroke" says it for every slash).
* Whisper slips: the first word capitalised, a trailing full stop, a comma after some
  "space"s, a digit group written as numerals ("8080" instead of the digit words), a
  letter after "capital" written upper-case, "tilda" for tilde, and compound symbol words
  split in two ("under score", "back slash", "back tick", "semi colon").
The listener ignores every comma, a final full stop, and all case except the markers.

Natural (plain speech as Whisper writes it; "space" is never said)
------------------------------------------------------------------
Shape of a line: at most one framing sentence before, then a cue, the command, a full
stop, then optionally a framing sentence and/or a radio sign-off. The cue is one of
"Message reads:", "Go ahead and type", "Please enter", "Type as follows:", "Send this:".
Framing sentences quote the club notes ("Purpose of this one: ...", "Club notes say:
...", "Purpose: ...", "Notes say: ...") or are short radio openers; sign-offs are
"Over.", "Over and out.", "How copy? Over.". The command is everything after the first
cue up to the first full stop that is followed by a space or ends the line (a dot inside
a file name is never followed by a space).

Inside the command, Whisper writes some pieces compactly, exactly as they appear in the
command ("config.yaml", "/tmp/build", "--force", "8080", "JobID,AveCPU"); such a compact
piece is taken literally. The rest is said in words, and spacing follows these glue
rules:
* Two plain words (or a compact piece and a word, or two numerals) in a row are two
  separate pieces of the command: a space goes between them.
* "dash" starts a new piece and sticks to what follows ("dash dash force" is --force,
  "dash capital d" is -D); "double dash" is the same with two dashes. "hyphen" is a dash
  inside a word and sticks to both sides ("bash hyphen it" is bash-it, "one hyphen
  three" is 1-3). Ray keeps these two words strictly apart.
* Stick to both sides: dot, slash, underscore, colon, equals, comma, "at sign", star,
  caret, backslash, backtick.
* Start a piece and stick to what follows: tilde, dollar, plus, bang, hash, quote,
  single quote, open paren / bracket / brace.
* Stick to what came before and end the piece: "end quote" (or unquote), "end single
  quote", close paren / bracket / brace, percent, question mark, semicolon.
* Stand alone as their own piece: "greater than", "less than", pipe, ampersand, "double
  ampersand" (&&).
* Digit words stick to neighbouring digit words only; numerals Whisper wrote are compact
  pieces.
* A pause - the comma Whisper writes - always ends a piece. Ray pauses exactly where the
  glue words would otherwise run two pieces together ("dash f, slash logs" is
  -f /logs; "dash dash, date" is a lone -- followed by date). Inside quotes the same rules
  hold; pieces inside a quoted string are separated by single spaces.

Chaotic (natural or protocol speech, with Ray's self-corrections and asides)
----------------------------------------------------------------------------
Always framed with a cue like the natural slice. The command is said either naturally
(rules above) or in protocol (then "space" is said, and that is how the listener knows).
On top of that:
* Hesitations between pieces, set off by commas: "uh", "um", "stand by", "bear with me",
  "let me see". They mean nothing; in natural speech they count as a pause.
* "correction" or "negative", set off by commas, right after a piece: that piece was
  wrong (usually a near miss misread from the notebook), throw it away; the right piece
  follows and the command continues. In protocol speech the wrong piece sits where the
  right one belongs, between the same two "space"s.
* "Disregard" (or "disregard that") followed by "I say again": throw away everything of
  the command said so far; the whole command follows again from the start (the cue may
  be repeated right after "I say again").
* Asides are whole sentences before the cue or after the command's full stop ("Sorry,
  bit of noise on my end."), never inside the command.

Listener
--------
``listen`` below: no cue means protocol (clean/fuzzy); otherwise the text after the first
cue, after the last "disregard ... I say again", up to the first sentence end, with the
hesitations turned into pauses; protocol if the word "space" is in it, natural if not.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH_DIR = ROOT / "assets" / "training" / "bash"
FAMILY = BASH_DIR / "family.jsonl"
CORPUS = BASH_DIR / "corpus.jsonl"
OUT = BASH_DIR / "author11.jsonl"
AUTHOR = "eleventh"
PER_SLICE = 60
SLICES = ("clean", "fuzzy", "natural", "chaotic")
BUILD_ORDER = ("natural", "chaotic", "clean", "fuzzy")
TRIES = 3

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGIT_WORDS)} | {"niner": "9"}

# ---------------------------------------------------------------- protocol vocabulary
PROTO = {
    "-": "dash", ".": "dot", "/": "slash", "_": "underscore", ":": "colon", "~": "tilde",
    "=": "equals", "|": "pipe", ">": "greater than", "<": "less than", '"': "quote",
    "'": "single quote", "*": "star", "$": "dollar", "#": "hash", "@": "at",
    "&": "ampersand", ",": "comma", ";": "semicolon", "!": "bang", "?": "question mark",
    "%": "percent", "+": "plus", "\\": "backslash", "^": "caret", "`": "backtick",
    "(": "open paren", ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open brace", "}": "close brace",
}
PROTO_ALT = {
    "-": ("minus", "hyphen"), ".": ("period",), "/": ("forward slash", "stroke"),
    "_": ("under score",), "~": ("tilda",), "=": ("equal sign", "equals sign"),
    "|": ("vertical bar",), '"': ("double quote",), "'": ("apostrophe",),
    "*": ("asterisk",), "$": ("dollar sign",), "#": ("pound",), "@": ("at sign",),
    ";": ("semi colon",), "!": ("exclamation mark",), "%": ("percent sign",),
    "+": ("plus sign",), "\\": ("back slash",), "`": ("back tick",),
    "(": ("left paren",), ")": ("right paren",), "[": ("left bracket",),
    "]": ("right bracket",), "{": ("left brace",), "}": ("right brace",),
}
PROTO_EXTRA = {
    "double dash": "--", "decimal": ".", "end quote": '"', "unquote": '"',
    "end single quote": "'", "double ampersand": "&&",
}
PROTO_PHRASES: dict[tuple[str, ...], str] = {}
for _sym, _say in PROTO.items():
    PROTO_PHRASES[tuple(_say.split())] = _sym
for _sym, _alts in PROTO_ALT.items():
    for _say in _alts:
        PROTO_PHRASES[tuple(_say.split())] = _sym
for _say, _sym in PROTO_EXTRA.items():
    PROTO_PHRASES[tuple(_say.split())] = _sym

# ---------------------------------------------------------------- natural vocabulary
# (spoken phrase, text, sticks to the left, sticks to the right)
NATURAL = (
    ("dash", "-", False, True), ("double dash", "--", False, True),
    ("hyphen", "-", True, True), ("dot", ".", True, True), ("slash", "/", True, True),
    ("underscore", "_", True, True), ("colon", ":", True, True),
    ("equals", "=", True, True), ("comma", ",", True, True), ("at sign", "@", True, True),
    ("star", "*", True, True), ("caret", "^", True, True), ("backslash", "\\", True, True),
    ("backtick", "`", True, True), ("tilde", "~", False, True),
    ("dollar", "$", False, True), ("plus", "+", False, True), ("bang", "!", False, True),
    ("hash", "#", False, True), ("quote", '"', False, True), ("end quote", '"', True, False),
    ("unquote", '"', True, False), ("single quote", "'", False, True),
    ("end single quote", "'", True, False), ("open paren", "(", False, True),
    ("close paren", ")", True, False), ("open bracket", "[", False, True),
    ("close bracket", "]", True, False), ("open brace", "{", False, True),
    ("close brace", "}", True, False), ("percent", "%", True, False),
    ("question mark", "?", True, False), ("semicolon", ";", True, False),
    ("greater than", ">", False, False), ("less than", "<", False, False),
    ("pipe", "|", False, False), ("ampersand", "&", False, False),
    ("double ampersand", "&&", False, False),
)
NAT_PHRASES = {tuple(say.split()): (text, left, right) for say, text, left, right in NATURAL}
NAT_BY_CHAR = {}
for _say, _text, _left, _right in NATURAL:
    if len(_text) == 1 and _text not in NAT_BY_CHAR and _text not in "-\"'":
        NAT_BY_CHAR[_text] = (_say, _left, _right)
OPENERS = {"(", "[", "{"}

CUES = ("Message reads:", "Go ahead and type", "Please enter", "Type as follows:", "Send this:")
CUE_RE = re.compile("(?:" + "|".join(re.escape(c) for c in CUES) + r")\s*", re.IGNORECASE)
RESTART_RE = re.compile(
    r"\bdisregard(?: that)?\b[\s,.]*\bi say again\b[\s,:]*", re.IGNORECASE
)
END_RE = re.compile(r"\.(?:\s|$)")
FILLERS = ("uh", "um", "stand by", "bear with me", "let me see")
FILLER_RE = re.compile(
    r",?\s*\b(?:" + "|".join(re.escape(f) for f in FILLERS) + r")\b\s*,?", re.IGNORECASE
)
MARKERS = ("correction", "negative")
COMPACT_RE = re.compile(r"[A-Za-z0-9._/~:@%+=,-]+")
CASE_RUN_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
SEG_RE = re.compile(r"[A-Za-z]+|[0-9]+|.")
NAT_SEG_RE = re.compile(r"[A-Za-z0-9]+|.")

OPENER_SENTENCES = (
    "Next one for the club box.", "Okay, ready to copy.", "Right, another one from the notebook.",
    "This is Ray again.",
)
WHY_BEFORE = ("Purpose of this one: {d}.", "Club notes say: {d}.")
WHY_AFTER = ("Purpose: {d}.", "Notes say: {d}.")
SIGN_OFFS = ("Over.", "Over and out.", "How copy? Over.")
ASIDES = (
    "Sorry, bit of noise on my end.", "Hang on, the kettle's going.",
    "Bear with me, my handwriting in this notebook is terrible.",
    "Sorry, the net's running in the background.", "Right, where was I.",
)


# ================================================================= generator: protocol
def fuzzy_style(rng: random.Random) -> dict[str, object]:
    """Ray's word for each symbol, chosen once per line (he is consistent within a line)."""
    words = {}
    for sym in PROTO:
        alts = PROTO_ALT.get(sym, ())
        words[sym] = rng.choice(alts) if alts and rng.random() < 0.45 else PROTO[sym]
    return {
        "words": words,
        "double": rng.random() < 0.35,
        "decimal": rng.random() < 0.6,
        "niner": rng.random() < 0.5,
    }


def proto_letters(run: str, rng: random.Random, style: dict | None) -> list[str]:
    """Say a run of letters: plain, or with Ray's capital markers."""
    words = []
    for part in CASE_RUN_RE.findall(run):
        if part.islower():
            words.append(part)
        elif len(part) == 1 or part[1:].islower():
            low = part.lower()
            if style and len(part) == 1 and rng.random() < 0.5:
                low = part  # Whisper writes "capital D"
            words.append("capital " + low)
        else:
            words.append("all caps " + part.lower())
    return words


def proto_digits(run: str, rng: random.Random, style: dict | None) -> list[str]:
    if style and rng.random() < 0.3:
        return [run]  # Whisper wrote the numerals
    niner = bool(style and style["niner"])
    return ["niner" if ch == "9" and niner else DIGIT_WORDS[int(ch)] for ch in run]


def proto_words(token: str, rng: random.Random, style: dict | None = None) -> list[str]:
    """One piece of the command in protocol words (no 'space' inside); style=None is clean."""
    segs = SEG_RE.findall(token)
    words: list[str] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        if seg.isalpha():
            words.extend(proto_letters(seg, rng, style))
        elif seg.isdigit():
            words.extend(proto_digits(seg, rng, style))
        elif style is None:
            words.append(PROTO[seg])
        elif seg == "-" and i + 1 < len(segs) and segs[i + 1] == "-" and style["double"]:
            words.append("double dash")
            i += 1
        elif seg == "." and 0 < i < len(segs) - 1 and segs[i - 1].isdigit() \
                and segs[i + 1].isdigit() and style["decimal"]:
            words.append("decimal")
        else:
            words.append(style["words"][seg])  # type: ignore[index]
        i += 1
    return words


def render_clean(command: str, rng: random.Random, why: str) -> str:
    del why
    return " space ".join(" ".join(proto_words(t, rng)) for t in command.split(" "))


def render_fuzzy(command: str, rng: random.Random, why: str) -> str:
    del why
    clean = render_clean(command, rng, "")
    line = clean
    for _ in range(5):
        style = fuzzy_style(rng)
        parts = []
        for i, tok in enumerate(command.split(" ")):
            if i:
                parts.append("space," if rng.random() < 0.25 else "space")
            parts.append(" ".join(proto_words(tok, rng, style)))
        line = " ".join(parts)
        if rng.random() < 0.5:
            line = line[0].upper() + line[1:]
        if rng.random() < 0.5:
            line += "."
        if line != clean:
            return line
    return line[0].upper() + line[1:] + ("" if line.endswith(".") else ".")


# ================================================================= generator: natural
Item = tuple[str, bool, bool, bool]  # (said, sticks left, sticks right, is a digit word)


def joins(a: Item, b: Item) -> bool:
    return a[2] or b[1] or (a[3] and b[3])


def digit_word(ch: str, rng: random.Random) -> str:
    if ch == "9" and rng.random() < 0.6:
        return "niner"
    return DIGIT_WORDS[int(ch)]


def natural_alnum(seg: str, rng: random.Random) -> list[Item]:
    if seg.isdigit():
        if len(seg) == 1 and rng.random() < 0.5:
            return [(digit_word(seg, rng), False, False, True)]
        if len(seg) <= 4 and rng.random() < 0.15:
            return [(digit_word(ch, rng), False, False, True) for ch in seg]
        return [(seg, False, False, False)]
    if re.fullmatch(r"[a-z]+", seg):
        return [(seg, False, False, False)]
    if re.fullmatch(r"[A-Z][a-z]*", seg):
        low = seg if len(seg) == 1 and rng.random() < 0.5 else seg.lower()
        return [("capital " + low, False, False, False)]
    if re.fullmatch(r"[A-Z]{2,}", seg):
        return [("all caps " + seg.lower(), False, False, False)]
    return [(seg, False, False, False)]  # Whisper writes the mixed run compactly


def natural_items(token: str, quotes: dict[str, bool], rng: random.Random,
                  compact_p: float = 0.3) -> list[Item]:
    """One piece of the command as Ray says it naturally (quotes tracks open quotes)."""
    if token == "&&":
        return [("double ampersand", False, False, False)]
    compactable = COMPACT_RE.fullmatch(token) is not None
    if compactable and rng.random() < compact_p:
        return [(token, False, False, False)]
    saved = dict(quotes)
    items: list[Item] = []
    segs = NAT_SEG_RE.findall(token)
    for i, seg in enumerate(segs):
        if seg[0].isalnum():
            items.extend(natural_alnum(seg, rng))
        elif seg == "-":
            if i > 0 and segs[i - 1][0].isalnum():
                items.append(("hyphen", True, True, False))
            else:
                items.append(("dash", False, True, False))
        elif seg in "\"'":
            single = "single " if seg == "'" else ""
            if quotes[seg]:
                items.append(("end " + single + "quote", True, False, False))
            else:
                items.append((single + "quote", False, True, False))
            quotes[seg] = not quotes[seg]
        else:
            say, left, right = NAT_BY_CHAR[seg]
            items.append((say, left, right, False))
    # double dash said as one phrase now and then
    merged: list[Item] = []
    for it in items:
        if it[0] == "dash" and merged and merged[-1][0] == "dash" and rng.random() < 0.25 \
                and len(merged) == 1:
            merged[-1] = ("double dash", False, True, False)
        else:
            merged.append(it)
    items = merged
    inside_ok = all(joins(a, b) for a, b in zip(items, items[1:], strict=False))
    if not inside_ok and compactable:
        quotes.clear()
        quotes.update(saved)
        return [(token, False, False, False)]
    return items


def say_natural(segments: list[tuple[str, object]]) -> str:
    """segments: ("piece", items) or ("say", phrase set off by commas)."""
    words: list[str] = []
    prev: Item | None = None
    for kind, val in segments:
        if kind == "say":
            if words and not words[-1].endswith(","):
                words[-1] += ","
            words.append(f"{val},")
            prev = None
            continue
        items: list[Item] = val  # type: ignore[assignment]
        if prev is not None and joins(prev, items[0]):
            words[-1] += ","
        words.extend(it[0] for it in items)
        prev = items[-1]
    return " ".join(words)


def why_text(desc: str) -> str:
    d = re.sub(r"\s*\([^)]*\)", "", desc)
    d = re.sub(r"^Interactive\s+", "", d).strip().rstrip(".")
    if len(d) > 1 and d[0].isupper() and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


def natural_command_text(command: str, rng: random.Random) -> str:
    quotes = {'"': False, "'": False}
    pieces = [("piece", natural_items(t, quotes, rng)) for t in command.split(" ")]
    return say_natural(pieces)


def render_natural(command: str, rng: random.Random, why: str) -> str:
    cue = rng.choice(CUES)
    body = natural_command_text(command, rng)
    before, after = "", ""
    r = rng.random()
    if r < 0.4:
        before = rng.choice(WHY_BEFORE).format(d=why)
    elif r < 0.75:
        after = rng.choice(WHY_AFTER).format(d=why)
    else:
        before = rng.choice(OPENER_SENTENCES)
    line = f"{cue} {body}."
    if before:
        line = f"{before} {line}"
    if after:
        line = f"{line} {after}"
    if rng.random() < 0.6:
        line = f"{line} {rng.choice(SIGN_OFFS)}"
    return line


# ================================================================= generator: chaotic
def token_class(tok: str) -> str:
    if tok.startswith("-"):
        return "flag"
    if "/" in tok:
        return "path"
    if tok.isdigit():
        return "num"
    if "." in tok:
        return "file"
    return "word"


def wrong_pools(commands: list[str]) -> dict[str, list[str]]:
    pools: dict[str, set[str]] = {}
    for cmd in commands:
        for tok in cmd.split(" "):
            if COMPACT_RE.fullmatch(tok):
                pools.setdefault(token_class(tok), set()).add(tok)
    return {k: sorted(v) for k, v in pools.items()}


WRONG: dict[str, list[str]] = {}


def wrong_for(tok: str, rng: random.Random) -> str:
    """A near miss Ray might misread from the notebook: same kind of piece, looks alike."""
    cls = token_class(tok)
    if cls == "num":
        i = rng.randrange(len(tok))
        return tok[:i] + rng.choice([d for d in "0123456789" if d != tok[i]]) + tok[i + 1:]
    pool = [t for t in WRONG.get(cls, []) if t != tok] or [t for t in WRONG["word"] if t != tok]
    pool = [t for t in pool if abs(len(t) - len(tok)) <= 4] or pool
    if cls in ("flag", "word"):
        lead = tok.lstrip("-")[:1]
        near = [t for t in pool if t.lstrip("-")[:1] == lead
                and t.startswith("--") == tok.startswith("--")]
    else:
        ext = tok.rsplit(".", 1)[-1] if "." in tok.rsplit("/", 1)[-1] else ""
        near = [t for t in pool if ext and t.endswith("." + ext)]
        near = near or [t for t in pool if t[:2] == tok[:2]]
    return rng.choice(near or pool)


def chaotic_body(command: str, rng: random.Random, protocol: bool) -> str:
    toks = command.split(" ")
    correctable = [i for i, t in enumerate(toks) if "\"" not in t and "'" not in t]
    mode = rng.random()
    do_restart = mode >= 0.55 or not correctable
    do_correct = (mode < 0.55 or mode >= 0.8) and bool(correctable)
    fix_at = rng.choice(correctable) if do_correct else -1
    n_fill = rng.choice((0, 1, 1, 2))
    fill_at = {rng.randrange(1, len(toks)) for _ in range(n_fill)} if len(toks) > 1 else set()

    def full(fix: int, fills: set[int]) -> str:
        if protocol:
            parts = []
            for i, tok in enumerate(toks):
                if i:
                    parts.append("space," if i in fills else "space")
                    if i in fills:
                        parts.append(rng.choice(FILLERS) + ",")
                if i == fix:
                    parts.append(" ".join(proto_words(wrong_for(tok, rng), rng)) + ",")
                    parts.append(rng.choice(MARKERS) + ",")
                parts.append(" ".join(proto_words(tok, rng)))
            return " ".join(parts)
        quotes = {'"': False, "'": False}
        segs: list[tuple[str, object]] = []
        for i, tok in enumerate(toks):
            if i in fills:
                segs.append(("say", rng.choice(FILLERS)))
            if i == fix:
                segs.append(("piece", natural_items(wrong_for(tok, rng), dict(quotes), rng)))
                segs.append(("say", rng.choice(MARKERS)))
            segs.append(("piece", natural_items(tok, quotes, rng)))
        return say_natural(segs)

    body = full(fix_at, fill_at)
    if do_restart:
        k = rng.randint(1, max(1, len(toks) - 1))
        head = toks[:k]
        if len(toks) == 1 or rng.random() < 0.5:
            head = head[:-1] + [wrong_for(head[-1], rng)]
        if protocol:
            partial = " space ".join(" ".join(proto_words(t, rng)) for t in head)
        else:
            quotes = {'"': False, "'": False}
            partial = say_natural([("piece", natural_items(t, quotes, rng)) for t in head])
        joiner = rng.choice((". Disregard. I say again: ", ", disregard, I say again, ",
                             ". Disregard that. I say again, "))
        if rng.random() < 0.25:
            joiner = joiner.rstrip(" ,:") + ", " + rng.choice(CUES).lower() + " "
        body = partial + joiner + body
    return body


def render_chaotic(command: str, rng: random.Random, why: str) -> str:
    protocol = len(command.split(" ")) > 1 and rng.random() < 0.3
    body = chaotic_body(command, rng, protocol)
    cue = rng.choice(CUES)
    pre: list[str] = []
    post: list[str] = []
    if rng.random() < 0.5:
        pre.append(rng.choice(ASIDES))
    r = rng.random()
    if r < 0.35:
        pre.append(rng.choice(WHY_BEFORE).format(d=why))
    elif r < 0.65:
        post.append(rng.choice(WHY_AFTER).format(d=why))
    if rng.random() < 0.3:
        post.append(rng.choice([a for a in ASIDES if a not in pre]))
    if rng.random() < 0.6:
        post.append(rng.choice(SIGN_OFFS))
    lead = rng.choice(("", "Uh, ", "Um, ", "Okay, uh, "))
    if lead and pre:
        pre[0] = lead + pre[0][0].lower() + pre[0][1:]
    elif lead:
        cue = lead + cue[0].lower() + cue[1:]
    return " ".join([*pre, f"{cue} {body}.", *post])


RENDER = {
    "clean": render_clean, "fuzzy": render_fuzzy,
    "natural": render_natural, "chaotic": render_chaotic,
}


# ================================================================= listener
def _match(words: list[str], i: int, table: dict[tuple[str, ...], object],
           stops: list[bool] | None = None) -> tuple[int, object] | None:
    for n in (3, 2, 1):
        key = tuple(w.lower() for w in words[i:i + n])
        if len(key) == n and key in table:
            if stops and any(stops[i:i + n - 1]):
                continue  # a pause inside a phrase: not that phrase
            return n, table[key]
    return None


def decode_protocol(text: str) -> str:
    text = text.lower().replace(",", " ").strip()
    if text.endswith("."):
        text = text[:-1]
    words = text.split()
    chunks: list[str] = []
    cur: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            chunks.append("".join(cur))
            cur = []
            i += 1
            continue
        if w in MARKERS:
            cur = []
            i += 1
            continue
        hit = _match(words, i, PROTO_PHRASES)
        if hit:
            cur.append(str(hit[1]))
            i += hit[0]
        elif w == "capital" and i + 1 < len(words):
            nxt = words[i + 1]
            cur.append(nxt[:1].upper() + nxt[1:])
            i += 2
        elif w == "all" and i + 2 < len(words) and words[i + 1] in ("caps", "capitals"):
            cur.append(words[i + 2].upper())
            i += 3
        elif w in DIGIT_OF:
            cur.append(DIGIT_OF[w])
            i += 1
        else:
            cur.append(w)
            i += 1
    chunks.append("".join(cur))
    return " ".join(chunks)


def decode_natural(text: str) -> str:
    words: list[str] = []
    stops: list[bool] = []
    for raw in text.split():
        w = raw.rstrip(",")
        if not w:
            if stops:
                stops[-1] = True
            continue
        words.append(w)
        stops.append(raw.endswith(","))
    tokens: list[str] = []
    cur = ""
    prev: Item | None = None
    i = 0
    while i < len(words):
        w = words[i].lower()
        if w in MARKERS:
            if cur:
                tokens.append(cur)
            cur, prev = "", None
            if tokens:
                tokens.pop()
            i += 1
            continue
        hit = _match(words, i, NAT_PHRASES, stops)
        if hit:
            text_, left, right = hit[1]  # type: ignore[misc]
            item: Item = (text_, left, right, False)
            used = hit[0]
        elif w == "capital" and i + 1 < len(words) and not stops[i]:
            nxt = words[i + 1].lower()
            item, used = (nxt[:1].upper() + nxt[1:], False, False, False), 2
        elif w == "all" and i + 2 < len(words) and words[i + 1].lower() == "caps" \
                and not stops[i] and not stops[i + 1]:
            item, used = (words[i + 2].upper(), False, False, False), 3
        elif w in DIGIT_OF:
            item, used = (DIGIT_OF[w], False, False, True), 1
        else:
            item, used = (words[i], False, False, False), 1
        if cur and prev is not None and joins(prev, item):
            cur += item[0]
        else:
            if cur:
                tokens.append(cur)
            cur = item[0]
        prev = item
        i += used
        if stops[i - 1]:
            if cur:
                tokens.append(cur)
            cur, prev = "", None
    if cur:
        tokens.append(cur)
    return " ".join(tokens)


def listen(line: str) -> str:
    """Rebuild the command from what Whisper wrote, by the rules in the docstring."""
    cue = CUE_RE.search(line)
    if cue is None:
        return decode_protocol(line)
    body = line[cue.end():]
    restarts = list(RESTART_RE.finditer(body))
    if restarts:
        body = body[restarts[-1].end():]
        again = CUE_RE.match(body)
        if again:
            body = body[again.end():]
    end = END_RE.search(body)
    if end:
        body = body[:end.start()]
    body = FILLER_RE.sub(",", body)
    if "space" in [w.strip(",").lower() for w in body.split()]:
        return decode_protocol(body)
    return decode_natural(body)


# ================================================================= build
def load() -> tuple[list[str], dict[str, str]]:
    commands: list[str] = []
    with FAMILY.open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                commands.append(json.loads(raw)["command"])  # only the command field
    commands = list(dict.fromkeys(commands))
    wanted = set(commands)
    desc: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            if row["command"] in wanted and row["command"] not in desc:
                desc[row["command"]] = row["description"]
    return commands, desc


def build() -> tuple[dict[str, list[dict[str, str]]], int]:
    rng = random.Random(11)
    commands, desc = load()
    WRONG.clear()
    WRONG.update(wrong_pools(commands))
    queue = commands[:]
    rng.shuffle(queue)
    rows: dict[str, list[dict[str, str]]] = {s: [] for s in SLICES}
    rejected = 0
    for name in BUILD_ORDER:
        deferred: list[str] = []
        while len(rows[name]) < PER_SLICE and queue:
            cmd = queue.pop(0)
            why = why_text(desc.get(cmd, "run it"))
            for _ in range(TRIES):
                line = RENDER[name](cmd, rng, why)
                if listen(line) == cmd:
                    rows[name].append(
                        {"input": line, "command": cmd, "slice": name, "author": AUTHOR})
                    break
                rejected += 1
            else:
                deferred.append(cmd)
        queue = deferred + queue
    return rows, rejected


def main() -> None:
    rows, rejected = build()
    short = {s: len(r) for s, r in rows.items() if len(r) < PER_SLICE}
    if short:
        raise SystemExit(f"not enough commands: {short}")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for name in SLICES:
            for row in rows[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = ", ".join(f"{s} {len(rows[s])}" for s in SLICES)
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}; listener rejected {rejected}")


if __name__ == "__main__":
    main()
