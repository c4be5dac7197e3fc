"""Thirty-seventh independent author: Thandi, a platform engineer in Johannesburg.

Writes assets/training/bash/author37.jsonl: 400 lines, 100 per slice in the order
clean, fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author"}.

Commands come from assets/training/bash/train.jsonl (the "command" field of 0-based lines
with index % 11 == 9; lines with index % 11 == 10 only if fewer than 400 are usable).
The "why" a speaker gives is the plain-English description of the command in
assets/training/bash/corpus.jsonl. Those commands and descriptions derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Run: cd /work/main && python3 tests/bench/thirtyseventh_author.py
Deterministic: one random.Random(37), consumed in a fixed order.

STYLE GUIDE
===========

Persona
-------
Thandi dictates commands to a junior on a call. South African English: 'ja', 'ja-nee',
'now now', 'just now', 'eish', 'shame', 'lekker', 'is it?', 'sharp', 'hey' and 'neh' at
the end of a sentence. Warm and practical framing: "Okay so now you type ...",
"Then you just do ...", "that one will show you the pods, ja".

Symbol vocabulary (what Thandi says; the listener accepts every form in this table)
---------------------------------------------------------------------------------
  -  dash, hyphen (fuzzy also: minus)     --  double dash (fuzzy also: dash dash)
  .  dot, full stop (fuzzy: period, point) /  forward slash (fuzzy also: slash)
  \\  backslash                             |  pipe
  ~  tilde                                 *  star, asterisk
  =  equals                                _  underscore
  :  colon                                 @  at sign
  #  hash                                  "  inverted commas (fuzzy: double quote)
  '  single quote (fuzzy: apostrophe)      >  greater than   >> double greater than
  <  less than                             &  ampersand      && double ampersand
  ;  semicolon                             $  dollar, dollar sign
  ( ) open bracket / close bracket         [ ] open / close square bracket
  { } open / close curly bracket           %  percent   +  plus   ,  comma
  !  exclamation mark   ?  question mark   ^  caret     `  backtick
Case: "capital x" capitalises the next word's first letter, "caps home" (or "all caps
home") upper-cases the whole next word. Everything else is lower case.

Slices
------
clean    Pure protocol. "space" is said exactly where the command has a space; words between
         two "space"s are glued together without spaces (so "d o t" spells "dot",
         "betterdiscord ctl" is one word). Digits are words ("eight zero eight zero").
         Consonant-only short words are spelt ("l s"). A literal word that is itself a
         vocabulary word (dot, star, one, caps, space, ...) is spelt letter by letter.
         No punctuation, no framing.
fuzzy    The clean protocol plus looser synonyms (minus, hyphen, period, point, slash,
         dash dash, double quote, apostrophe, asterisk, dollar sign) and Whisper slips:
         first word capitalised, a final full stop, commas after some "space"s, some digit
         runs written as digits, a long word split in two.
natural  How Thandi says it to the junior: "space" is never said. Whisper writes plain
         lower-case words, numbers, flags, paths, file names, hosts and e-mail addresses as
         text ("-la", "/etc/hosts", "alice@example.com"). Anything else in a word is spoken
         with the vocabulary above, and upper case is announced with capital / caps. The
         command sits inside a framing sentence after a cue phrase.
chaotic  A natural (or, about a third of the time, protocol) line spoiled by disfluencies:
         an aside before the cue, hesitations ("um", "uh", "er", "..."), a trailing thought,
         and always at least one correction or restart.

Listener rules (decode() implements exactly these)
--------------------------------------------------
1. Hesitations vanish: "um", "uh", "er", "erm" (with their commas) and "..." after a word.
2. The command starts right after the earliest cue phrase: "you type", "you'll type",
   "just type", "type in", "you just do", "just do", "then you do", "you run",
   "command is", "put in", "you go", "what you want to type is". With no cue the whole
   line is the command (clean, fuzzy).
3. After a cue the command ends at the first ", " that is not followed by a correction
   marker, at ". ", "? ", "! ", " and press enter", " and hit enter", " for me", or at the
   line's final punctuation.
4. If the command contains the word "space" it is protocol: commas, full stops and case
   in the transcript are Whisper's and ignored, number words are digits, and every
   vocabulary word is its symbol; "space" separates, everything else glues.
   Otherwise it is natural: written words are kept exactly and separated by spaces;
   dash, dot, slash, underscore, equals, colon, at sign, star, plus, comma, percent, ...
   glue to both neighbours; tilde, hash, dollar and opening brackets glue only to the
   right; closing brackets and semicolon glue only to the left; pipe, greater than,
   less than and ampersand stand alone; inverted commas / single quote open (glue right)
   and close (glue left) alternately. Number words stay words in natural speech.
5. Corrections: ", ag no," and ", scratch that," throw away everything said so far and
   the command starts again. ", sorry,", ", no wait," and ", I mean," replace the last
   word said (one space-separated token) with what follows, unless what follows starts
   with the command's first word, in which case it is a full restart too.

The script renders every candidate line, runs decode() on it, and rejects and replaces any
line that does not give back its command exactly.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author37.jsonl"
AUTHOR = "author37"
PER_SLICE = 100

# (phrase, symbol, natural kind)
SYMBOLS = [
    ("double greater than", ">>", "solo"),
    ("double ampersand", "&&", "solo"),
    ("open square bracket", "[", "pre"),
    ("close square bracket", "]", "post"),
    ("open curly bracket", "{", "pre"),
    ("close curly bracket", "}", "post"),
    ("open bracket", "(", "pre"),
    ("close bracket", ")", "post"),
    ("inverted commas", '"', "quote"),
    ("double quote", '"', "quote"),
    ("single quote", "'", "quote"),
    ("apostrophe", "'", "quote"),
    ("exclamation mark", "!", "join"),
    ("question mark", "?", "join"),
    ("greater than", ">", "solo"),
    ("less than", "<", "solo"),
    ("double dash", "--", "join"),
    ("forward slash", "/", "join"),
    ("full stop", ".", "join"),
    ("at sign", "@", "join"),
    ("dollar sign", "$", "pre"),
    ("back slash", "\\", "join"),
    ("backslash", "\\", "join"),
    ("dash", "-", "join"),
    ("hyphen", "-", "join"),
    ("minus", "-", "join"),
    ("dot", ".", "join"),
    ("period", ".", "join"),
    ("point", ".", "join"),
    ("slash", "/", "join"),
    ("pipe", "|", "solo"),
    ("tilde", "~", "pre"),
    ("star", "*", "join"),
    ("asterisk", "*", "join"),
    ("equals", "=", "join"),
    ("underscore", "_", "join"),
    ("colon", ":", "join"),
    ("hash", "#", "pre"),
    ("ampersand", "&", "solo"),
    ("semicolon", ";", "post"),
    ("dollar", "$", "pre"),
    ("percent", "%", "join"),
    ("plus", "+", "join"),
    ("comma", ",", "join"),
    ("caret", "^", "join"),
    ("backtick", "`", "join"),
]
PHRASES = {tuple(p.split()): (s, k) for p, s, k in SYMBOLS}
MAX_PHRASE = max(len(p) for p in PHRASES)
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}
MODIFIERS = {"capital", "caps"}
FILLERS = {"um", "uh", "er", "erm"}
# single words a listener would read as something other than a literal word
NAT_RESERVED = {p[0] for p in PHRASES if len(p) == 1} | MODIFIERS | FILLERS | {"space"}
RESERVED = NAT_RESERVED | set(DIGITS)

CLEAN_NAME = {
    "-": "dash",
    "--": "double dash",
    ".": "dot",
    "/": "forward slash",
    "\\": "backslash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    "@": "at sign",
    "#": "hash",
    '"': "inverted commas",
    "'": "single quote",
    ">": "greater than",
    "<": "less than",
    "&": "ampersand",
    ";": "semicolon",
    "(": "open bracket",
    ")": "close bracket",
    "[": "open square bracket",
    "]": "close square bracket",
    "{": "open curly bracket",
    "}": "close curly bracket",
    "$": "dollar",
    "%": "percent",
    "+": "plus",
    ",": "comma",
    "!": "exclamation mark",
    "?": "question mark",
    "^": "caret",
    "`": "backtick",
}
FUZZY_NAME = {
    "-": ["minus", "hyphen", "dash"],
    "--": ["dash dash", "minus minus", "double dash"],
    ".": ["period", "point", "full stop", "dot"],
    "/": ["slash", "forward slash"],
    "*": ["asterisk", "star"],
    '"': ["double quote", "inverted commas"],
    "'": ["apostrophe", "single quote"],
    "$": ["dollar sign", "dollar"],
}
PERSONA_NAME = {
    "-": ["dash", "hyphen"],
    ".": ["dot", "full stop"],
    "*": ["star", "asterisk"],
}

CUES = [
    "what you want to type is",
    "you'll type",
    "you type",
    "just type",
    "type in",
    "you just do",
    "just do",
    "then you do",
    "you run",
    "command is",
    "put in",
    "you go",
]
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")\s", re.I)
MARKERS = ["no wait", "sorry", "i mean", "ag no", "scratch that"]
MARK_ALT = "|".join(MARKERS)
MARKER_RE = re.compile(r",\s*(" + MARK_ALT + r"),\s*", re.I)
MARKER_SPLIT = re.compile(r" \x00([a-z ]+)\x00 ")
TAIL_RE = re.compile(r", |[.?!](?:\s|$)| and (?:press|hit) enter\b| for me\b", re.I)
FILLER_RE = re.compile(r"(?:^|,?\s+)(?:um|uh|erm|er)(?:,|\.\.\.)?(?=\s|$)", re.I)
ELLIPSIS_RE = re.compile(r"(?<=\S)\.\.\.(?=\s)")
LIT_RE = re.compile(r"^(?:[a-z0-9]|-|/|~|\./)[a-z0-9./~:+-]*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+|-+|.")


# ---------------------------------------------------------------- listener


def _phrase_at(words: list[str], i: int) -> tuple[str, str, int] | None:
    for n in range(MAX_PHRASE, 0, -1):
        key = tuple(w.lower() for w in words[i : i + n])
        if len(key) == n and key in PHRASES:
            sym, kind = PHRASES[key]
            return sym, kind, n
    return None


def _modify(mod: str | None, word: str) -> str:
    if mod == "capital":
        return word[:1].upper() + word[1:]
    if mod == "caps":
        return word.upper()
    return word


def _decode_protocol(seg: str) -> list[str]:
    words = [w.lower().strip(",.?!") for w in seg.split()]
    words = [w for w in words if w]
    toks: list[str] = []
    cur = ""
    mod = None
    i = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            toks.append(cur)
            cur = ""
            i += 1
            continue
        if w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
            mod = "caps"
            i += 2
            continue
        if w in MODIFIERS:
            mod = w
            i += 1
            continue
        hit = _phrase_at(words, i)
        if hit:
            cur += hit[0]
            i += hit[2]
            mod = None
            continue
        cur += _modify(mod, DIGIT_OF.get(w, w))
        mod = None
        i += 1
    toks.append(cur)
    return toks


def _decode_natural(seg: str) -> list[str]:
    words = seg.split()
    toks: list[str] = []
    glue = False
    mod = None
    open_q: set[str] = set()

    def add(text: str, join_left: bool) -> None:
        if join_left and toks:
            toks[-1] += text
        else:
            toks.append(text)

    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        if low == "all" and i + 1 < len(words) and words[i + 1].lower() == "caps":
            mod = "caps"
            i += 2
            continue
        if low in MODIFIERS:
            mod = low
            i += 1
            continue
        hit = _phrase_at(words, i)
        if hit:
            sym, kind, n = hit
            i += n
            if kind == "join":
                add(sym, True)
                glue = True
            elif kind == "pre":
                add(sym, glue)
                glue = True
            elif kind == "post":
                add(sym, True)
                glue = False
            elif kind == "solo":
                add(sym, False)
                glue = False
            elif sym in open_q:
                open_q.discard(sym)
                add(sym, True)
                glue = False
            else:
                open_q.add(sym)
                add(sym, glue)
                glue = True
            continue
        add(_modify(mod, w), glue)
        mod = None
        glue = False
        i += 1
    return toks


def decode(line: str) -> str:
    """The careful human listener of the style guide: transcript -> command."""
    text = ELLIPSIS_RE.sub("", line.strip())
    text = FILLER_RE.sub(" ", text).strip()
    text = MARKER_RE.sub(lambda m: " \x00" + m.group(1).lower() + "\x00 ", text)
    cue = CUE_RE.search(text)
    if cue:
        span = text[cue.end() :]
        end = TAIL_RE.search(span)
        if end:
            span = span[: end.start()]
    else:
        span = text
    span = re.sub(r"[.?!]$", "", span.strip()).strip()
    protocol = re.search(r"\bspace\b", span, re.I) is not None
    dec = _decode_protocol if protocol else _decode_natural
    parts = MARKER_SPLIT.split(span)
    toks = dec(parts[0])
    for k in range(1, len(parts), 2):
        marker = parts[k]
        new = dec(parts[k + 1])
        if marker in ("ag no", "scratch that") or (new and toks and new[0] == toks[0]):
            toks = new
        else:
            toks = toks[:-1] + new
    return " ".join(toks)


# ---------------------------------------------------------------- speakers


def _spell(word: str) -> list[str]:
    return list(word)


def protocol_piece(piece: str, rng: random.Random | None, fuzzy: bool) -> list[str]:
    """Words for one space-free piece of a command, in the spoken protocol."""
    out: list[str] = []
    for part in PIECE_RE.findall(piece):
        if part.isdigit():
            if fuzzy and rng is not None and rng.random() < 0.5:
                out.append(part)
            else:
                out.extend(DIGITS[int(d)] for d in part)
        elif part.isalpha():
            low = part.lower()
            if part.isupper() and len(part) > 1:
                prefix = ["caps"]
            elif part[0].isupper():
                prefix = ["capital"]
            else:
                prefix = []
            if low in RESERVED:
                if prefix:
                    for ch in part:
                        out.extend((["capital"] if ch.isupper() else []) + [ch.lower()])
                else:
                    out.extend(_spell(low))
                continue
            if not re.search(r"[aeiouy]", low) and len(low) <= 6 and len(low) > 1:
                if prefix == ["caps"]:
                    out.extend(w for ch in low for w in ("capital", ch))
                else:
                    out.extend(prefix + _spell(low))
                continue
            if fuzzy and rng is not None and len(low) >= 8 and not prefix and rng.random() < 0.3:
                cut = rng.randint(3, len(low) - 3)
                a, b = low[:cut], low[cut:]
                if a not in RESERVED and b not in RESERVED:
                    out.extend([a, b])
                    continue
            out.extend(prefix + [low])
        elif set(part) == {"-"}:
            n = len(part)
            names = []
            for _ in range(n // 2):
                names.append(rng.choice(FUZZY_NAME["--"]) if fuzzy and rng else "double dash")
            if n % 2:
                names.append(rng.choice(FUZZY_NAME["-"]) if fuzzy and rng else "dash")
            for nm in names:
                out.extend(nm.split())
        else:
            if fuzzy and rng is not None and part in FUZZY_NAME:
                name = rng.choice(FUZZY_NAME[part])
            else:
                name = CLEAN_NAME[part]
            out.extend(name.split())
    return out


def protocol_text(pieces: list[str], rng: random.Random | None, fuzzy: bool) -> str:
    return " space ".join(" ".join(protocol_piece(p, rng, fuzzy)) for p in pieces)


def _spoken_part(part: str, rng: random.Random) -> list[str] | None:
    if part.isdigit():
        return [part]
    if part.isalpha():
        low = part.lower()
        if low in NAT_RESERVED:
            return None
        if part.isupper() and len(part) > 1:
            return ["caps", low]
        if part[0].isupper():
            return ["capital", low]
        return [low]
    if set(part) == {"-"}:
        return ["double dash"] * (len(part) // 2) + ["dash"] * (len(part) % 2)
    if part in PERSONA_NAME:
        return [rng.choice(PERSONA_NAME[part])]
    return [CLEAN_NAME[part]]


def natural_piece(piece: str, rng: random.Random) -> str | None:
    """How Whisper writes one space-free piece when Thandi says it naturally.

    Whole plain pieces are written as text. Otherwise plain runs (lower-case letters,
    digits, dot, slash, dash, tilde, colon) are still written as text where they start the
    piece or follow a gluing symbol, and the rest is spoken; failing that, all is spoken.
    """
    if (LIT_RE.match(piece) and piece[-1] not in ".:") or EMAIL_RE.match(piece):
        return None if piece in NAT_RESERVED else piece
    quoted = '"' in piece or "'" in piece
    mixed: list[str] = []
    for run in re.findall(r"[a-z0-9./~:-]+|[^a-z0-9./~:-]+", piece):
        if re.fullmatch(r"[a-z0-9./~:-]+", run) and re.search(r"[a-z0-9]", run):
            if run in NAT_RESERVED:
                mixed = []
                break
            mixed.append(run)
            continue
        for part in PIECE_RE.findall(run):
            said = _spoken_part(part, rng)
            if said is None:
                return None
            mixed.extend(said)
    if mixed and not quoted and _decode_natural(" ".join(mixed)) == [piece]:
        return " ".join(mixed)
    out: list[str] = []
    for part in PIECE_RE.findall(piece):
        said = _spoken_part(part, rng)
        if said is None:
            return None
        out.extend(said)
    if not quoted and _decode_natural(" ".join(out)) != [piece]:
        return None
    return " ".join(out)


def natural_text(pieces: list[str], rng: random.Random) -> str | None:
    said = [natural_piece(p, rng) for p in pieces]
    if any(s is None for s in said):
        return None
    return " ".join(s for s in said if s is not None)


# ---------------------------------------------------------------- framings

NATURAL_FRAMES = [
    "Okay so now you type {c}, ja.",
    "Then you just do {c}, sharp.",
    "If you want to {w}, you just do {c}, hey.",
    "Right, type in {c} and press enter, neh?",
    "Ja-nee, the command is {c}. That one will {w}.",
    "Eish, okay, you run {c}, it will {w}, ja.",
    "Now now you'll type {c}, then tell me what you see.",
    "Shame, that was my fault. Just type {c}, lekker.",
    "Can you type in {c} for me, neh?",
    "So to {w}, you type {c}.",
    "Okay, put in {c}, ja, that one will {w}.",
    "Sharp, then you do {c} and hit enter, hey.",
    "Just now, after that one, you type {c}, and then we check the output.",
    "Lekker. Next one, you run {c}, easy.",
    "Listen, the command is {c}, okay? It's to {w}.",
    "No stress, you just do {c}, sharp sharp.",
    "What you want to type is {c}, neh.",
    "Ja, okay, so on the terminal you go {c}, ja.",
    "This one is to {w}. You type {c}, hey.",
    "Is it? Okay, then you type {c}, that will {w}.",
    "Ja, so the next command is {c}, you see it?",
    "Don't worry, it's lekker easy, you type {c} and press enter.",
]
ASIDES = [
    "Eish, sorry, my connection is being funny today. ",
    "Hang on, let me just share my screen. Okay. ",
    "Ag, where was I? Ja. ",
    "Sorry, load shedding starts just now, so quickly. ",
    "Shame, you must be tired of me, hey. ",
    "Wait, is your terminal open? Lekker. ",
    "Okay, my dog is barking, ignore that. ",
    "",
    "",
    "",
]
CHAOTIC_CUES = [
    "So you type ",
    "Then you just do ",
    "Okay, now you run ",
    "Type in ",
    "Right, so the command is ",
    "Okay so now you'll type ",
    "Then you do ",
]
CHAOTIC_TAILS = [
    ", ja.",
    ", sharp, and then we check the logs just now.",
    ". Ja, that one will {w}.",
    ", hey, I think that's right.",
    ", neh? Lekker.",
    " and press enter, ja-nee.",
    ", is it? Ja, that's the one.",
    ". Shame, it's a long one, hey.",
]
RESTART_MARKS = ["scratch that", "ag no"]
LOCAL_MARKS = ["sorry", "no wait", "I mean"]


def _why(desc: str | None) -> str | None:
    if not desc or not desc.isascii():
        return None
    d = desc.strip().rstrip(".")
    if len(d) > 1 and d[1].isupper():
        return d
    return d[:1].lower() + d[1:]


def _mutate(piece: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(piece) if ch.isalpha()]
    digits = [i for i, ch in enumerate(piece) if ch.isdigit()]
    for _ in range(10):
        chars = list(piece)
        if re.fullmatch(r"-[a-zA-Z]", piece):
            chars[1] = rng.choice("abcdefhlnpqrsvx")
        elif len(letters) >= 3 and rng.random() < 0.5:
            j = rng.choice(letters[:-1])
            if chars[j + 1].isalpha():
                chars[j], chars[j + 1] = chars[j + 1], chars[j]
        elif len(letters) >= 3:
            del chars[rng.choice(letters[1:])]
        elif digits:
            j = rng.choice(digits)
            chars[j] = rng.choice("123456789")
        else:
            chars.append(rng.choice("sxe"))
        out = "".join(chars)
        if out != piece and out:
            return out
    return piece + "s"


def _safe_cuts(pieces: list[str]) -> list[int]:
    """Indices i such that pieces[i] is outside quotes and contains no quote."""
    ok = []
    inside: set[str] = set()
    for i, p in enumerate(pieces):
        if not inside and '"' not in p and "'" not in p:
            ok.append(i)
        for q in "\"'":
            if p.count(q) % 2:
                inside ^= {q}
    return ok


def chaotic_line(cmd: str, why: str | None, rng: random.Random, natural: bool) -> str | None:
    pieces = cmd.split(" ")

    def say(ps: list[str]) -> str | None:
        if natural:
            return natural_text(ps, rng)
        return protocol_text(ps, None, False)

    def hesitate(ps: list[str]) -> str | None:
        """Say pieces with an occasional hesitation between two of them."""
        if len(ps) < 2 or rng.random() < 0.5:
            return say(ps)
        j = rng.randint(1, len(ps) - 1)
        a, b = say(ps[:j]), say(ps[j:])
        if a is None or b is None:
            return None
        filler = rng.choice([" um ", ", um, ", " uh ", "... ", ", er, "])
        return (a if natural else a + " space") + filler + b

    cuts = _safe_cuts(pieces)
    kind = rng.choice(["local", "local", "restart", "restart_sorry"])
    if kind == "local" and cuts:
        i = rng.choice(cuts)
        wrong = _mutate(pieces[i], rng)
        first = say(pieces[:i] + [wrong])
        rest = hesitate(pieces[i:])
        if first is None or rest is None:
            return None
        sep_marker = rng.choice(LOCAL_MARKS)
        body = f"{first}, {sep_marker}, {rest}"
    else:
        k = rng.choice(cuts) + 1 if cuts else len(pieces)
        part = pieces[:k]
        if (rng.random() < 0.6 or k == len(pieces)) and cuts:
            j = rng.choice([c for c in cuts if c < k])
            part = part[:j] + [_mutate(part[j], rng)] + part[j + 1 :]
        first = say(part)
        rest = hesitate(pieces)
        if first is None or rest is None:
            return None
        mark = rng.choice(RESTART_MARKS if kind == "restart" else LOCAL_MARKS)
        body = f"{first}, {mark}, {rest}"
    aside = rng.choice(ASIDES)
    cue = rng.choice(CHAOTIC_CUES)
    if aside == "" and cue == "Type in ":
        cue = "So type in "
    tails = [t for t in CHAOTIC_TAILS if why or "{w}" not in t]
    tail = rng.choice(tails).replace("{w}", why or "")
    return aside + cue + body + tail


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str | None:
    said = natural_text(cmd.split(" "), rng)
    if said is None:
        return None
    frames = [f for f in NATURAL_FRAMES if why or "{w}" not in f]
    return rng.choice(frames).replace("{w}", why or "").replace("{c}", said)


def clean_line(cmd: str, rng: random.Random) -> str:
    return protocol_text(cmd.split(" "), None, False)


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    pieces = cmd.split(" ")
    words = [" ".join(protocol_piece(p, rng, True)) for p in pieces]
    out = words[0]
    for w in words[1:]:
        out += (" space, " if rng.random() < 0.3 else " space ") + w
    if rng.random() < 0.6:
        out = out[:1].upper() + out[1:]
    if rng.random() < 0.5 or out == clean_line(cmd, rng):
        out += "."
    return out


# ---------------------------------------------------------------- assembly


def _tool(cmd: str) -> str:
    w = cmd.split()
    return w[1] if w[0] == "sudo" and len(w) > 1 else w[0]


def _usable(cmd: str) -> bool:
    return (
        cmd.isascii()
        and 0 < len(cmd) <= 80
        and "\n" not in cmd
        and "\t" not in cmd
        and "  " not in cmd
        and cmd == cmd.strip()
    )


def load_commands(mod: int) -> list[str]:
    rows = (DATA / "train.jsonl").read_text(encoding="utf-8").splitlines()
    out = []
    for i, row in enumerate(rows):
        if i % 11 == mod:
            cmd = json.loads(row)["command"]
            if _usable(cmd) and cmd not in out:
                out.append(cmd)
    return out


def load_descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(row)
        out.setdefault(obj["command"], obj["description"])
    return out


def build() -> list[dict[str, str]]:
    rng = random.Random(37)
    desc = load_descriptions()
    pool = load_commands(9)
    rng.shuffle(pool)
    extra = load_commands(10)
    rng.shuffle(extra)
    used_tools: Counter[str] = Counter()
    used: set[str] = set()
    slices: dict[str, list[dict[str, str]]] = {
        s: [] for s in ("natural", "chaotic", "clean", "fuzzy")
    }

    def candidates():
        yield from pool
        # only reached when the %11==9 lines run out of usable commands
        yield from (c for c in extra if c not in pool)

    def attempt(name: str, cmd: str) -> str | None:
        why = _why(desc.get(cmd))
        for _ in range(6):
            if name == "natural":
                line = natural_line(cmd, why, rng)
            elif name == "chaotic":
                line = chaotic_line(cmd, why, rng, natural=rng.random() < 0.65)
                if line is None:
                    line = chaotic_line(cmd, why, rng, natural=False)
            elif name == "clean":
                line = clean_line(cmd, rng)
            else:
                line = fuzzy_line(cmd, rng)
            if line is not None and decode(line) == cmd:
                return line
        return None

    for name in slices:
        for cmd in candidates():
            if len(slices[name]) == PER_SLICE:
                break
            if cmd in used or used_tools[_tool(cmd)] >= 2:
                continue
            line = attempt(name, cmd)
            if line is None:
                continue
            used.add(cmd)
            used_tools[_tool(cmd)] += 1
            slices[name].append({"input": line, "command": cmd, "slice": name, "author": AUTHOR})
    rows = []
    for name in ("clean", "fuzzy", "natural", "chaotic"):
        if len(slices[name]) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(slices[name])} lines")
        rows.extend(slices[name])
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
