"""Independent voice-to-bash evaluation set, author64: "Kayla", the unsure CS student.

Writes assets/training/bash/author64.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author"}. Run from the
repository root: python3 tests/bench/sixtyfourth_author.py (standard library only; one
random.Random(64) consumed in a fixed order, so reruns are byte-identical).

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via the "command"/"description" fields of
assets/training/bash/pages_dev44_commands.jsonl, lines whose 0-based number % 4 == 1.

Persona
-------
Kayla is a second-year computer science student. She asks a voice assistant or a TA for a
command, half asking and half dictating, and she is never quite sure of herself: "is it X?",
"would it be X?", "so I'd type X, right?", "I think it's X, or something?", "like, X?",
"the professor said X", "the lab sheet says X". She often names what she wants first
("I want to see the running processes, is it X?"). Fillers: "um", "uh", "like", "kind of",
"I guess", "wait". Corrections: "wait no, X", "oh I mean X", "actually, X", "never mind, X".

Vocabulary (symbols said by name)
---------------------------------
- dash (-), dash dash (--), dot (.), slash (/), pipe (|), tilde (~), star or asterisk (*),
  equals (=), colon (:), underscore (_), greater than (>), less than (<), at sign (@; plain
  "at" in natural speech), comma (,), plus (+), quote ("), single quote ('), percent (%),
  exclamation mark (!), hash (#), ampersand (&), question mark (?).
- Case: "capital X" capitalises the first letter of the next word ("capital release" is
  Release, "capital f" is F); "uppercase X" makes the whole next word upper case
  ("uppercase home" is HOME). Fuzzy synonym: "all caps X".
- Digits: one word per digit ("eight zero eight zero" is 8080).

Slices
------
clean: pure protocol. Every symbol by its name above, "space" exactly where the command has a
  space, digits as words, case announced, lower-case words, no punctuation, no framing.
  Words between two "space"s are glued together with no separator ("capital ad capital guard"
  is AdGuard). A command word that is itself a protocol word (space, dash, one, capital, ...)
  is spelled letter by letter ("h a s h" is hash).
fuzzy: the same protocol with looser synonyms (minus / hyphen for dash, double dash, period /
  point for dot, forward slash, vertical bar, tilda, equal sign, under score, greater than
  sign, at symbol, apostrophe, pound, bang, plus sign, all caps) and Whisper's small slips:
  first word capitalised, a final full stop, commas after some "space"s, some digit runs
  written as numerals, a compound name split in two ("screen fetch"; glued back, because only
  "space" separates words).
natural: how Kayla really says it; "space" is never said. Whisper writes ordinary words, numbers,
  file names, paths, URLs, quoted strings and many flags as text ("-la", "/etc/hosts"), while
  symbols Kayla names stay words ("dash dash output", "config dot yaml", "pipe", "greater
  than"). The command sits inside one of her framing sentences (see NATURAL_FRAMES and
  DESC_FRAMES), often after she names what she wants (the tldr description).
chaotic: natural (about three quarters) or protocol speech spoiled by her disfluencies; every
  line has at least one correction or restart, plus optional fillers ("um", "uh", "like"
  between commas), an aside sentence before, or a trailing thought after.

Listener rules (decode)
-----------------------
1. Drop a known aside sentence at the start and a known trailing thought at the end.
2. Drop fillers: ", um," ", uh," ", like," become a single space; a leading "Um," / "Uh," goes.
3. "never mind" restarts the whole command: keep only what follows the last "never mind,".
4. A stutter restart ("Is it... is it X?", "So I'd, so I'd type X") keeps the second start.
5. Strip the framing sentence: the command is everything between the frame's opening words and
   its closing words ("I want to <why>, is it <command>?"). Frames are tried longest first.
   Without a frame the whole line is the command (clean and fuzzy).
6. Word corrections: "wait no," / "oh I mean" / "actually," throw away the one command word
   (a space-separated unit: a flag, a path, a name) said just before, and what follows
   continues from there ("dash x, wait no, dash c f" is "-c f").
7. If the command part contains the word "space" it is protocol speech: ignore case and
   punctuation, read symbol names, number words, numerals, capital / uppercase, and glue
   everything except at "space". Otherwise it is natural speech: words are separated by
   spaces; "dash", "dash dash" and "tilde" stick to the next word; "dot", "slash", "equals",
   "colon", "underscore" and "at" stick to both neighbours; "star" / "asterisk" is *;
   "pipe", "greater than", "less than", "double ampersand" stand alone; any other text is
   taken as written.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets/training/bash/pages_dev44_commands.jsonl"
OUT = ROOT / "assets/training/bash/author64.jsonl"
AUTHOR = "author64"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CLEAN_SYM = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    ":": "colon",
    "_": "underscore",
    ">": "greater than",
    "<": "less than",
    "@": "at sign",
    ",": "comma",
    "+": "plus",
    '"': "quote",
    "'": "single quote",
    "%": "percent",
    "!": "exclamation mark",
    "#": "hash",
    "&": "ampersand",
    "?": "question mark",
}
FUZZY_SYM = {
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"],
    "~": ["tilde", "tilda"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal sign", "equal"],
    ":": ["colon"],
    "_": ["underscore", "under score"],
    ">": ["greater than", "greater than sign"],
    "<": ["less than", "less than sign"],
    "@": ["at sign", "at symbol"],
    ",": ["comma"],
    "+": ["plus", "plus sign"],
    '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"],
    "%": ["percent", "percent sign"],
    "!": ["exclamation mark", "bang"],
    "#": ["hash", "pound"],
    "&": ["ampersand"],
    "?": ["question mark"],
}
PHRASES: dict[tuple[str, ...], str] = {("double", "dash"): "--"}
for _sym, _names in FUZZY_SYM.items():
    for _name in [CLEAN_SYM[_sym], *_names]:
        PHRASES[tuple(_name.split())] = _sym
CASE_WORDS = {("capital",): "cap", ("uppercase",): "up", ("all", "caps"): "up"}
MARKER_WORDS = {"wait", "actually", "never", "oh", "um", "uh", "like", "mean"}
RESERVED = (
    {w for key in PHRASES for w in key}
    | {w for key in CASE_WORDS for w in key}
    | set(NUM_WORDS)
    | MARKER_WORDS
    | {"space"}
)

NAT_INFIX = {"dot": ".", "slash": "/", "equals": "=", "colon": ":", "underscore": "_", "at": "@"}
NAT_INFIX_CH = {v: k for k, v in NAT_INFIX.items()}
NAT_WORDS = set(NAT_INFIX) | {
    "dash",
    "tilde",
    "star",
    "asterisk",
    "pipe",
    "greater",
    "less",
    "double",
    "space",
}

NATURAL_FRAMES = [
    "Is it {c}?",
    "Would it be {c}?",
    "So I'd type {c}, right?",
    "I think it's {c}, or something?",
    "Like, {c}?",
    "The professor said {c}, is that right?",
    "The lab sheet says {c}, but I'm not sure that's right.",
    "Is it like {c}? I guess?",
    "Okay, so I'd type {c} and then hit enter, right?",
    "I'm kind of lost. Would it just be {c}?",
    "Wait, is it {c}?",
    "My friend said to try {c}, does that look okay?",
    "I guess it's {c}? I don't know.",
    "Is the command {c}?",
    "Sorry, quick question, is it {c}?",
]
DESC_FRAMES = [
    "I want to {d}, is it {c}?",
    "So to {d}, would it be {c}?",
    "How do I {d}? Is it {c}?",
    "For the lab I need to {d}. The lab sheet says {c}, right?",
    "I'm trying to {d}, so I'd type {c}, right?",
    "Okay so the professor said {c} is how you {d}?",
    "If I want to {d}, is it kind of like {c}?",
    "So {c} is supposed to {d}, right?",
    "I need to {d}. I think it's {c}, or something?",
    "Hmm, how would I {d}? Like, {c}?",
    "The lab sheet says {c} will {d}, but that seems weird?",
    "Wait, to {d}, would I use {c}?",
]
PROTOCOL_FRAMES = ["So I'd type {c}, right?", "Is it {c}?", "Like, {c}?", "Would it be {c}?"]
ASIDES = [
    "Sorry, my laptop is super slow today.",
    "Okay, um, this is for the lab.",
    "Sorry, I'm still kind of new to this.",
    "Hang on, I'm looking at my notes.",
    "Okay so, the assignment is due tonight.",
]
TRAILS = [
    "I always mix these up.",
    "Or is that the other one?",
    "I'm probably wrong, I guess.",
    "That's what my notes say, anyway.",
    "Sorry, I'm really bad at this.",
]
WORD_MARKERS = [", wait no, ", ", oh I mean ", ", actually, "]
FILLERS = [", um, ", ", uh, ", ", like, "]
COMPOUND_HEADS = [
    "screen",
    "sync",
    "git",
    "key",
    "pass",
    "back",
    "data",
    "file",
    "work",
    "name",
    "user",
    "web",
    "net",
    "note",
    "type",
    "host",
    "down",
    "time",
    "word",
    "play",
    "list",
    "dump",
    "info",
    "make",
    "pack",
    "code",
    "shot",
    "boot",
    "check",
    "clean",
    "print",
    "fetch",
    "power",
    "mail",
    "light",
    "lock",
    "dir",
    "image",
    "zip",
    "disk",
    "page",
    "book",
]
LONG_FLAGS = [
    "--verbose",
    "--force",
    "--all",
    "--help",
    "--quiet",
    "--name",
    "--file",
    "--output",
    "--list",
    "--config",
]
SUBCOMMANDS = [
    "list",
    "show",
    "add",
    "remove",
    "run",
    "start",
    "stop",
    "get",
    "set",
    "info",
    "status",
    "create",
    "delete",
    "update",
    "init",
    "build",
    "install",
    "search",
]
EXTS = ["txt", "csv", "json", "yaml", "py", "log", "md", "png"]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[cd]\})", template)
    out = []
    for part in parts:
        if part in ("{c}", "{d}"):
            out.append(f"(?P<{part[1]}>.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$", re.IGNORECASE)


ALL_FRAMES = sorted(
    set(NATURAL_FRAMES + DESC_FRAMES + PROTOCOL_FRAMES),
    key=lambda t: (-len(t.replace("{c}", "").replace("{d}", "")), t),
)
FRAME_RES = [_template_regex(t) for t in ALL_FRAMES]
MARKER_RE = re.compile(r",?\s*\b(?:wait,? no|oh,? I mean|actually)\b,?\s*", re.IGNORECASE)
FILLER_RE = re.compile(r",\s*(?:um|uh|like),\s*", re.IGNORECASE)
LEAD_FILLER_RE = re.compile(r"^(?:um|uh),\s*", re.IGNORECASE)
NEVER_RE = re.compile(r"\bnever mind,?\s*", re.IGNORECASE)
STUTTER_RE = re.compile(r"\b(?P<a>[A-Za-z'][A-Za-z' ]{0,39}?)(?:\.\.\.|,) (?P=a)\b", re.IGNORECASE)


# ---------------------------------------------------------------- listener ----
def _decode_protocol(span: str) -> str:
    toks = [t.lower() for t in re.findall(r"[A-Za-z]+|\d+", span)]
    out: list[str] = []
    case = None
    i = 0
    while i < len(toks):
        hit = None
        for size in (3, 2, 1):
            key = tuple(toks[i : i + size])
            if len(key) == size and (key in PHRASES or key in CASE_WORDS):
                hit = key
                break
        if hit is not None:
            if hit in CASE_WORDS:
                case = CASE_WORDS[hit]
            else:
                out.append(PHRASES[hit])
            i += len(hit)
            continue
        tok = toks[i]
        i += 1
        if tok == "space":
            out.append(" ")
        elif tok in NUM_WORDS:
            out.append(str(NUM_WORDS.index(tok)))
        elif tok.isdigit():
            out.append(tok)
        else:
            if case == "cap":
                tok = tok[0].upper() + tok[1:]
            elif case == "up":
                tok = tok.upper()
            case = None
            out.append(tok)
    return "".join(out)


def _decode_natural(span: str) -> str:
    toks = span.split()
    words: list[str] = []
    glue = False
    last_gt = False
    i = 0
    while i < len(toks):
        low = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        kind, sym, step = "lit", toks[i], 1
        if low == "dash" and nxt == "dash":
            kind, sym, step = "prefix", "--", 2
        elif low == "dash":
            kind, sym = "prefix", "-"
        elif low == "tilde":
            kind, sym = "prefix", "~"
        elif low in NAT_INFIX:
            kind, sym = "infix", NAT_INFIX[low]
        elif low in ("star", "asterisk"):
            sym = "*"
        elif low == "pipe":
            kind, sym = "alone", "|"
        elif low in ("greater", "less") and nxt == "than":
            kind, sym, step = "alone", ">" if low == "greater" else "<", 2
        elif low == "double" and nxt == "ampersand":
            kind, sym, step = "alone", "&&", 2
        i += step
        if kind == "alone":
            if sym == ">" and last_gt:
                words[-1] += ">"
            else:
                words.append(sym)
            last_gt = sym == ">"
            glue = False
            continue
        last_gt = False
        if kind == "infix":
            if words:
                words[-1] += sym
            else:
                words.append(sym)
            glue = True
        elif glue and words:
            words[-1] += sym
            glue = kind == "prefix"
        else:
            words.append(sym)
            glue = kind == "prefix"
    return " ".join(words)


def _decode_span(span: str) -> str:
    protocol = re.search(r"\bspace\b", span, re.IGNORECASE) is not None
    dec = _decode_protocol if protocol else _decode_natural
    parts = MARKER_RE.split(span)
    words = dec(parts[0]).split(" ")
    for part in parts[1:]:
        words = words[:-1] + dec(part).split(" ")
    return " ".join(words)


def decode(line: str) -> str:
    """The careful human listener of the guide above: transcript -> command."""
    s = line.strip()
    changed = True
    while changed:
        changed = False
        for aside in ASIDES:
            if s.startswith(aside + " "):
                s, changed = s[len(aside) + 1 :], True
        for trail in TRAILS:
            if s.endswith(" " + trail):
                s, changed = s[: -len(trail) - 1], True
    s = FILLER_RE.sub(" ", s)
    s = LEAD_FILLER_RE.sub("", s)
    s = NEVER_RE.split(s)[-1].strip()
    m = STUTTER_RE.search(s)
    if m:
        s = s[: m.start()] + s[m.end() - len(m.group("a")) :]
    span = s
    for rx in FRAME_RES:
        fm = rx.match(s)
        if fm:
            span = fm.group("c")
            break
    return _decode_span(span.strip())


# ---------------------------------------------------------------- speakers ----
def _segments(cmd: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|\d+| |.", cmd)


def _spell(word: str) -> str:
    return " ".join(word)


def _say_letters(seg: str, rng: random.Random | None) -> str:
    fuzzy = rng is not None
    low = seg.lower()
    if seg.islower():
        if low in RESERVED:
            return _spell(low)
        if fuzzy and len(low) >= 7 and rng.random() < 0.5:
            for head in COMPOUND_HEADS:
                if low.startswith(head) and len(low) - len(head) >= 3:
                    rest = low[len(head) :]
                    if rest not in RESERVED and head not in RESERVED:
                        return f"{head} {rest}"
        return low
    if len(seg) > 1 and seg[1:].islower():
        if low in RESERVED:
            return "capital " + _spell(low)
        return "capital " + low
    if len(seg) == 1:
        return ("uppercase " if fuzzy and rng.random() < 0.3 else "capital ") + low
    if low in RESERVED:
        return " ".join("capital " + ch for ch in low)
    return (rng.choice(["uppercase ", "all caps "]) if fuzzy else "uppercase ") + low


def protocol(cmd: str, rng: random.Random | None = None) -> str:
    """Clean protocol speech (rng None) or the fuzzy variant with synonyms and slips."""
    fuzzy = rng is not None
    words: list[str] = []
    segs = _segments(cmd)
    i = 0
    while i < len(segs):
        seg = segs[i]
        if seg == " ":
            words.append("space," if fuzzy and rng.random() < 0.25 else "space")
        elif seg.isdigit():
            if fuzzy and rng.random() < 0.5:
                words.append(seg)
            else:
                words.extend(NUM_WORDS[int(d)] for d in seg)
        elif seg.isalpha():
            words.append(_say_letters(seg, rng))
        elif fuzzy and seg == "-" and i + 1 < len(segs) and segs[i + 1] == "-":
            words.append(rng.choice(["double dash", "dash dash", "minus minus"]))
            i += 1
        elif fuzzy:
            words.append(rng.choice(FUZZY_SYM[seg]))
        else:
            words.append(CLEAN_SYM[seg])
        i += 1
    text = " ".join(words)
    if fuzzy:
        text = text[0].upper() + text[1:]
        if rng.random() < 0.5:
            text += "."
    return text


def _nat_spoken(ch: str) -> str | None:
    words: list[str] = []
    rest = ch
    if rest.startswith("~"):
        words.append("tilde")
        rest = rest[1:]
    elif rest.startswith("--"):
        words.append("dash dash")
        rest = rest[2:]
    elif rest.startswith("-"):
        words.append("dash")
        rest = rest[1:]
    if not rest or rest[-1] in NAT_INFIX_CH or (rest[0] in NAT_INFIX_CH and not words):
        return None
    if any(c in rest for c in "\"'|<>&~"):
        return None
    for piece in re.split(r"([./=:_@])", rest):
        if piece in NAT_INFIX_CH:
            words.append(NAT_INFIX_CH[piece])
        elif piece == "*":
            words.append("star")
        elif piece:
            if "*" in piece or piece.lower() in NAT_WORDS:
                return None
            words.append(piece)
    return " ".join(words)


def nat_chunk(ch: str, first: bool, rng: random.Random) -> str:
    alone = {
        "|": "pipe",
        ">": "greater than",
        ">>": "greater than greater than",
        "<": "less than",
        "&&": "double ampersand",
        "*": "star",
    }
    if ch in alone:
        return alone[ch]
    spoken = _nat_spoken(ch)
    if spoken is None or spoken == ch:
        return ch
    if first:
        p = 0.1
    elif "://" in ch or re.fullmatch(r"[\d.:]+", ch):
        p = 0.1
    elif ch.startswith("-"):
        p = 0.65
    else:
        p = 0.4
    return spoken if rng.random() < p else ch


def natural_cmd(chunks: list[str], rng: random.Random, start: int = 0) -> str:
    return " ".join(nat_chunk(c, start + k == 0, rng) for k, c in enumerate(chunks))


def has_variant(ch: str) -> bool:
    pats = [r"-[A-Za-z]", r"--[a-z][a-z-]+", r"\d+", r"[\w~/.-]+\.[a-z]{2,4}"]
    return ch in SUBCOMMANDS or ("://" not in ch and any(re.fullmatch(p, ch) for p in pats))


def wrong_variant(ch: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"-[A-Za-z]", ch):
        return "-" + rng.choice([c for c in "abcdefhilmnopqrstuvx" if c != ch[1].lower()])
    if re.fullmatch(r"--[a-z][a-z-]+", ch):
        return rng.choice([f for f in LONG_FLAGS if f != ch])
    if re.fullmatch(r"\d+", ch):
        return str(int(ch) + rng.choice([1, 2, 10]))
    m = re.fullmatch(r"([\w~/.-]+)\.([a-z]{2,4})", ch)
    if m and "://" not in ch:
        return m.group(1) + "." + rng.choice([e for e in EXTS if e != m.group(2)])
    if ch in SUBCOMMANDS:
        return rng.choice([w for w in SUBCOMMANDS if w != ch])
    return None


def clean_desc(desc: str) -> str | None:
    d = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".")
    if not d or any(c in d for c in '<>"|=%;\\`[]{}?~') or len(d) > 90:
        return None
    if len(d) > 1 and d[1].isupper():
        return d
    return d[0].lower() + d[1:]


def _frame(template: str, cmd_text: str, desc: str | None) -> str:
    return template.replace("{d}", desc or "").replace("{c}", cmd_text)


def _pick_frame(desc: str | None, rng: random.Random) -> str:
    if desc is not None and rng.random() < 0.45:
        return rng.choice(DESC_FRAMES)
    return rng.choice(NATURAL_FRAMES)


def _lower_first(s: str) -> str:
    return s[0].lower() + s[1:] if s[:2] != "I " and not s.startswith("I'") else s


def natural_line(cmd: str, desc: str | None, rng: random.Random) -> tuple[str, str]:
    template = _pick_frame(desc, rng)
    return _frame(template, natural_cmd(cmd.split(" "), rng), desc), template


def _with_fillers(chunks_text: list[str], rng: random.Random) -> str:
    out = chunks_text[0]
    for t in chunks_text[1:]:
        out += rng.choice(FILLERS) if rng.random() < 0.15 else " "
        out += t
    return out


def chaotic_line(cmd: str, desc: str | None, rng: random.Random) -> tuple[str, str]:
    chunks = cmd.split(" ")
    proto = rng.random() < 0.25
    kind = rng.choice(["word", "flag", "flag", "whole", "restart"])
    cands = [i for i, c in enumerate(chunks) if i > 0 and has_variant(c)]
    flags = [i for i in cands if chunks[i].startswith("-")]
    if kind == "flag" and not flags:
        kind = "word"
    if kind == "word" and not cands:
        kind = rng.choice(["whole", "restart"])

    def say(part: list[str], start: int) -> str:
        if proto:
            return " space ".join(protocol(c) for c in part)
        texts = [nat_chunk(c, start + k == 0, rng) for k, c in enumerate(part)]
        return _with_fillers(texts, rng)

    template = rng.choice(PROTOCOL_FRAMES) if proto else _pick_frame(desc, rng)
    if proto and rng.random() < 0.4:
        template = "{c}"
    if kind in ("word", "flag"):
        idx = rng.choice(flags if kind == "flag" else cands)
        wrong = wrong_variant(chunks[idx], rng) or chunks[idx]
        left = say(chunks[:idx] + [wrong], 0)
        right = say(chunks[idx:], idx)
        body = _frame(template, left + rng.choice(WORD_MARKERS) + right, desc)
    elif kind == "whole":
        first = rng.choice(PROTOCOL_FRAMES if proto else NATURAL_FRAMES)
        if cands and rng.random() < 0.6:
            idx = rng.choice(cands)
            bad = list(chunks)
            bad[idx] = wrong_variant(chunks[idx], rng) or chunks[idx]
            before = _frame(first, say(bad, 0), None)
        else:
            cut = max(1, len(chunks) // 2)
            before = first.split("{c}")[0] + say(chunks[:cut], 0) + "..."
        after = _frame(template, say(chunks, 0), desc)
        body = before + " Never mind, " + _lower_first(after)
    else:
        text = say(chunks, 0)
        prefix, suffix = template.split("{c}")
        pre = _frame(prefix, "", desc)
        head = re.search(r"[A-Za-z' ]*$", pre).group(0).strip()
        sep = rng.choice(["... ", ", "])
        if len(head) >= 2:
            again = _lower_first(head)
            body = pre.rstrip() + sep + again + " " + text + _frame(suffix, "", desc)
        else:
            first_word, _, rest = text.partition(" ")
            if not re.fullmatch(r"[A-Za-z']+", first_word) or not rest:
                return "", template
            body = pre + first_word + sep + first_word + " " + rest + _frame(suffix, "", desc)
    if rng.random() < 0.25:
        body = rng.choice(ASIDES) + " " + body
    if rng.random() < 0.25:
        if body[-1] not in ".?!":
            body += "."
        body = body + " " + rng.choice(TRAILS)
    return body[0].upper() + body[1:], template


# ---------------------------------------------------------------- builder -----
def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        return words[1].lower()
    return words[0].lower()


def usable(cmd: str) -> bool:
    if not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd or "  " in cmd:
        return False
    if any(c in cmd for c in "[]{}()$;\\^`"):
        return False
    return cmd.count('"') % 2 == 0 and cmd.count("'") % 2 == 0 and cmd == cmd.strip()


def load_pool() -> list[dict[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 1:
                continue
            row = json.loads(raw)
            if usable(row["command"]):
                rows.append({"command": row["command"], "description": row["description"]})
    return rows


def make(slice_name: str, cmd: str, desc: str | None, rng: random.Random) -> tuple[str, str]:
    if slice_name == "clean":
        return protocol(cmd), "bare"
    if slice_name == "fuzzy":
        return protocol(cmd, rng), "bare"
    if slice_name == "natural":
        return natural_line(cmd, desc, rng)
    return chaotic_line(cmd, desc, rng)


def acceptable(slice_name: str, text: str, cmd: str) -> bool:
    if not text or not text.isascii() or "\n" in text or "\t" in text or "  " in text:
        return False
    if slice_name == "clean" and not re.fullmatch(r"[a-z ]+", text):
        return False
    if slice_name == "natural" and re.search(r"\bspace\b", text, re.IGNORECASE):
        return False
    if slice_name == "fuzzy" and text.lower().rstrip(".") == protocol(cmd):
        return False
    return decode(text) == cmd


def build() -> list[dict[str, str]]:
    rng = random.Random(64)
    pool = load_pool()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: dict[str, int] = {}
    inputs: set[str] = set()
    lines: list[dict[str, str]] = []
    frame_counts: dict[str, int] = {}
    for slice_name in SLICES:
        got = 0
        for row in pool:
            if got == PER_SLICE:
                break
            cmd = row["command"]
            tool = tool_of(cmd)
            if cmd in used or tools.get(tool, 0) >= 2:
                continue
            desc = clean_desc(row["description"])
            for _attempt in range(4):
                text, template = make(slice_name, cmd, desc, rng)
                if text not in inputs and acceptable(slice_name, text, cmd):
                    break
            else:
                continue
            used.add(cmd)
            inputs.add(text)
            tools[tool] = tools.get(tool, 0) + 1
            if slice_name == "natural":
                frame_counts[template] = frame_counts.get(template, 0) + 1
            lines.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} lines for slice {slice_name}")
    if len(frame_counts) < 15:
        raise SystemExit(f"natural slice has only {len(frame_counts)} framings")
    return lines


def main() -> None:
    lines = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in lines:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    counts = {s: sum(1 for r in lines if r["slice"] == s) for s in SLICES}
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
