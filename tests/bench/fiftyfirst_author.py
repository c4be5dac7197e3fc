"""Author51: an independent voice-to-bash evaluation set, dictated by "Wanjiru".

Run: ``python3 tests/bench/fiftyfirst_author.py`` (from the repository root). It writes
``assets/training/bash/author51.jsonl``: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic, each ``{"input", "command", "slice", "author"}``. One ``random.Random(51)``
is consumed in a fixed order, so reruns are byte-identical.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" and "description" fields
of assets/training/bash/pages_dev41_commands.jsonl (0-based line number % 4 == 0 only).
Each command is used once; one tool (first word, ``sudo`` skipped) at most twice.

Persona
-------
Wanjiru is a backend developer at a Nairobi fintech (M-Pesa integrations). Kenyan English
with Sheng habits: "sawa" (okay), "si" (right? / isn't it), "kwani" (why / so what),
"pole" (sorry), "ata" (even), "eh" and "aki" as fillers, "weka" (put) and "just put" as
lead-in verbs, "...ama?" (or?) as a tag question, "that one" / "hio" for a thing, "buda"
(mate), "rudia" (repeat). She is chatty and usually gives the why before or after.

Vocabulary (protocol, i.e. when she says the word "space")
---------------------------------------------------------
* ``space`` is said exactly where the command has a space; nothing else makes a space.
  All other spoken pieces are glued together ("git space stash" -> ``git stash``,
  "gst dash launch" -> ``gst-launch``).
* Symbols: dash ``-`` (so ``--`` is "dash dash"), dot ``.``, slash ``/``, pipe ``|``,
  tilde ``~``, star ``*``, equals ``=``, underscore ``_``, colon ``:``, hash ``#``, at ``@``,
  greater than ``>``, less than ``<``, quote ``"``, single quote ``'``, comma ``,``,
  semicolon ``;``, plus ``+``, percent ``%``, dollar ``$``, open bracket ``(``,
  close bracket ``)``, open square bracket ``[``, close square bracket ``]``,
  open curly ``{``, close curly ``}``, exclamation mark ``!``, question mark ``?``,
  ampersand ``&``, backslash ``\\``, caret ``^``.
* Looser names (the fuzzy slice, also understood everywhere): minus / hyphen ``-``;
  period / point / full stop ``.``; forward slash ``/``; asterisk ``*``; equal / equal sign
  ``=``; at sign ``@``; vertical bar ``|``; hashtag ``#``; tilda ``~``; under score ``_``.
* "double X" is X twice, for a symbol or a digit: "double slash" ``//``, "double zero"
  ``00``, "double dash" ``--`` (Kenyan phone-number habit).
* Digits are said one by one as words ("eight zero eight zero" ``8080``); Whisper
  sometimes writes them as digits ("8080"), which means the same.
* Case: everything is lower case unless announced. "capital W" capitalises the first
  letter of the next word ("capital release" ``Release``, "capital x" ``X``);
  "all caps W" upper-cases the next word ("all caps head" ``HEAD``). The word after
  "capital" / "all caps" is taken as a plain word, never as a symbol.
* "neno W" ("neno" = word) means W literally, for a command word that is itself a
  vocabulary word ("neno at" is the text ``at``, not ``@``).
* Whisper slips the listener ignores in protocol speech: the transcript's own capital
  letters, commas, a final full stop, a compound word split in two ("kube adm").

Conversational speech (no word "space" in the command)
------------------------------------------------------
* Whisper writes ordinary words, digits, paths and file names as text; each
  whitespace-separated chunk is one argument, and arguments are joined by single spaces.
* "dash" (once per ``-``) starts a new argument and sticks to the next word, taken as
  it is: "dash dash dry-run" ``--dry-run``, "dash l" ``-l``. A hyphen inside a word is
  always written by Whisper as ``-``.
* dot, slash, underscore, colon, at, equals, tilde, star, hash glue their symbol to both
  neighbours: "config dot yaml" ``config.yaml``, "ubuntu at 10.0.0.5" ``ubuntu@10.0.0.5``,
  "dash dash output equals json" ``--output=json``. (So a path that starts with a symbol
  is always written by Whisper as text: ``/etc/hosts``, ``~/data``.)
* pipe ``|``, greater than ``>``, double greater than ``>>``, less than ``<`` are
  arguments of their own. "neno W" is W literally.
* She always pauses right after the command, so Whisper puts punctuation there.

Listener rules (what ``decode`` does, in order)
-----------------------------------------------
1. Restart: "no no, rudia" throws away everything said before it (whole command).
2. Corrections: "pole, I mean", "aiii no", "wacha, it's" cancel the last argument said
   before them (the last space-separated piece, e.g. a whole flag, file name or the tool
   name); what follows is the right argument and then the rest of the command. "sudo"
   followed by a wrong tool is corrected the same way ("sudo prod, pole, I mean, emaint").
3. Fillers "eh", "aki" (with their commas or "...") are dropped.
4. Lead-in: the command starts after the first of "weka", "just put", "just run",
   "just type", "can you run", "let me run", "let's run", "please run", "try running",
   "the command is", "hio command ni", "type in". With no lead-in it starts at the
   beginning of the (remaining) transcript. Everything before is framing (the why).
5. End: in protocol speech the command ends at the first sentence end (". ", "...", "?",
   "!" or the end); in conversational speech also at the first ", ". A trailing tag
   "si", "ama" or "sawa" is not part of the command. Everything after is framing.
6. If the command part contains the word "space" it is protocol speech, otherwise
   conversational; decode it by the matching rules above.

Slices: clean is pure protocol (no punctuation, no framing, all lower case); fuzzy is the
same with looser names and Whisper slips; natural is how she talks to a colleague, with a
why and Sheng framing, never saying "space"; chaotic is natural or protocol speech with at
least one correction or restart, plus hesitations, asides and trailing thoughts. Every
candidate line is decoded with ``decode`` and rejected unless it gives back its command.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev41_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author51.jsonl"
AUTHOR = "author51"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

SYMBOLS = {
    " ": "space",
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    "#": "hash",
    "@": "at",
    ">": "greater than",
    "<": "less than",
    '"': "quote",
    "'": "single quote",
    ",": "comma",
    ";": "semicolon",
    "+": "plus",
    "%": "percent",
    "$": "dollar",
    "(": "open bracket",
    ")": "close bracket",
    "[": "open square bracket",
    "]": "close square bracket",
    "{": "open curly",
    "}": "close curly",
    "!": "exclamation mark",
    "?": "question mark",
    "&": "ampersand",
    "\\": "backslash",
    "^": "caret",
}
SYNONYMS = {
    "-": ("minus", "hyphen"),
    ".": ("period", "point", "full stop"),
    "/": ("forward slash",),
    "*": ("asterisk",),
    "=": ("equal", "equal sign"),
    "@": ("at sign",),
    "|": ("vertical bar",),
    "#": ("hashtag",),
    "~": ("tilda",),
    "_": ("under score",),
}
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

PHRASES: dict[tuple[str, ...], str] = {}
for _ch, _name in SYMBOLS.items():
    PHRASES[tuple(_name.split())] = _ch
for _ch, _names in SYNONYMS.items():
    for _name in _names:
        PHRASES[tuple(_name.split())] = _ch
for _d, _name in enumerate(DIGITS):
    PHRASES[(_name,)] = str(_d)
ALWAYS_NENO = {k[0] for k in PHRASES if len(k) == 1} | {"capital", "neno", "double"}

NAT_JOIN = {
    "dot": ".",
    "slash": "/",
    "underscore": "_",
    "colon": ":",
    "at": "@",
    "equals": "=",
    "tilde": "~",
    "star": "*",
    "hash": "#",
}
NAT_VOCAB = set(NAT_JOIN) | {"dash", "pipe", "neno"}
NAT_OPS = {"|": "pipe", ">": "greater than", ">>": "double greater than", "<": "less than"}

RESTART_RE = re.compile(r"\bno,?\s+no\b[,.!]*\s*rudia\b[,.!:]*", re.I)
CORRECT_RE = re.compile(
    r"(?:,|\.\.\.)?\s*\b(?:pole,?\s+i\s+mean|aii+\s+no|wacha,?\s+it'?s)\b[,.:]?\s*", re.I
)
FILLER_RE = re.compile(r"(?:,|\.\.\.)?\s*\b(?:eh+|aki)\b(?:,|\.\.\.)?", re.I)
LEADIN_RE = re.compile(
    r"\b(?:weka|just put|just run|just type|can you run|let me run|let's run|please run"
    r"|try running|the command is|hio command ni|type in)\b[:,]?\s*",
    re.I,
)
SENT_CLOSE = re.compile(r"\.\.\.|\.(?=\s|$)|\?|!(?=\s|$)")
NAT_CLOSE = re.compile(r",\s|\.\.\.|\.(?=\s|$)|\?|!(?=\s|$)")
TAGS = {"si", "ama", "sawa"}
FIX = "\x00"


# --------------------------------------------------------------------------- listener


def _match_unit(words: list[str], i: int) -> tuple[str, int] | None:
    for n in (3, 2, 1):
        key = tuple(words[i : i + n])
        if len(key) == n and key in PHRASES:
            return PHRASES[key], i + n
    return None


def _protocol(span: str) -> str:
    words = span.replace(",", " ").lower().split()
    if words and words[-1] in TAGS:
        words.pop()
    out = ""
    i = 0
    while i < len(words):
        w = words[i]
        if w == FIX:
            out = out.rstrip(" ")
            out = out[: out.rfind(" ") + 1]
            i += 1
        elif w == "neno" and i + 1 < len(words):
            out += words[i + 1]
            i += 2
        elif w == "capital" and i + 1 < len(words):
            out += words[i + 1][:1].upper() + words[i + 1][1:]
            i += 2
        elif w == "all" and i + 2 < len(words) and words[i + 1] == "caps":
            out += words[i + 2].upper()
            i += 3
        elif w == "double" and _match_unit(words, i + 1):
            ch, i = _match_unit(words, i + 1)
            out += ch * 2
        elif _match_unit(words, i):
            ch, i = _match_unit(words, i)
            out += ch
        else:
            out += w
            i += 1
    return out.strip(" ")


def _natural(span: str) -> str:
    words = span.split()
    if words and words[-1].lower() in TAGS:
        words.pop()
    args: list[str] = []
    glue = False
    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        nxt = [x.lower() for x in words[i + 1 : i + 3]]
        if w == FIX:
            if args:
                args.pop()
            glue = False
            i += 1
            continue
        if low == "neno" and i + 1 < len(words):
            w, low = words[i + 1], "\x01"
            i += 1
        if low == "dash":
            k = 0
            while i + k < len(words) and words[i + k].lower() == "dash":
                k += 1
            rest = words[i + k] if i + k < len(words) else ""
            args.append("-" * k + rest)
            glue = False
            i += k + 1
            continue
        if low == "pipe":
            args.append("|")
        elif low == "double" and nxt == ["greater", "than"]:
            args.append(">>")
            i += 2
        elif low in ("greater", "less") and nxt[:1] == ["than"]:
            args.append(">" if low == "greater" else "<")
            i += 1
        elif low in NAT_JOIN:
            if args:
                args[-1] += NAT_JOIN[low]
            else:
                args.append(NAT_JOIN[low])
            glue = True
            i += 1
            continue
        elif glue and args:
            args[-1] += w
        else:
            args.append(w)
        glue = False
        i += 1
    return " ".join(args)


def decode(line: str) -> str:
    """Recover the command from a transcript, following the guide in the docstring."""
    text = line.strip()
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    text = CORRECT_RE.sub(f" {FIX} ", text)
    text = FILLER_RE.sub(" ", text)
    lead = LEADIN_RE.search(text)
    if lead:
        text = text[lead.end() :]
    text = text.strip().lstrip(":,").strip()
    end = SENT_CLOSE.search(text)
    proto = text[: end.start()] if end else text
    if re.search(r"\bspace\b", proto, re.I):
        return _protocol(proto)
    end = NAT_CLOSE.search(text)
    return _natural(text[: end.start()] if end else text)


# --------------------------------------------------------------------------- speakers

SEG_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|[0-9]|.")


def proto_units(arg: str) -> list[tuple[str, str]] | None:
    """Spoken units (kind, text) of one argument in protocol speech."""
    units: list[tuple[str, str]] = []
    for seg in SEG_RE.findall(arg):
        if seg.isdigit():
            units.append(("digit", DIGITS[int(seg)]))
        elif seg.islower():
            units.append(("word", f"neno {seg}" if seg in ALWAYS_NENO else seg))
        elif seg.isupper() and seg.isalpha():
            spoken = f"capital {seg.lower()}" if len(seg) == 1 else f"all caps {seg.lower()}"
            units.append(("case", spoken))
        elif seg[:1].isupper() and seg.isalpha():
            units.append(("case", f"capital {seg.lower()}"))
        elif seg in SYMBOLS:
            units.append(("sym:" + seg, SYMBOLS[seg]))
        else:
            return None
    return units


def merge_doubles(units: list[tuple[str, str]], rng: random.Random, p: float):
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(units):
        kind, text = units[i]
        same = i + 1 < len(units) and units[i + 1] == units[i]
        if same and kind not in ("word", "case", "sym:-") and p > 0 and rng.random() < p:
            out.append((kind, "double " + text))
            i += 2
        else:
            out.append(units[i])
            i += 1
    return out


def speak_clean(cmd: str, rng: random.Random, p: float = 0.35) -> str | None:
    parts = []
    for arg in cmd.split(" "):
        units = proto_units(arg)
        if units is None:
            return None
        parts.append(" ".join(t for _, t in merge_doubles(units, rng, p)))
    return " space ".join(parts)


SUBWORDS = tuple(
    """
    back base box bridge check cli config ctl data date db device file fier format hub
    image index info kit link lint list load log manager map mount name native note pack
    path script server shot source speed stats sync test tool type view watch word
    """.split()
)


def split_word(word: str) -> tuple[str, str] | None:
    """Whisper's split of a compound name at a real sub-word ("reindexdb" -> "reindex db")."""
    for sub in SUBWORDS:
        cuts = ((word[: len(sub)], word[len(sub) :]), (word[: -len(sub)], word[-len(sub) :]))
        for left, right in cuts:
            if sub in (left, right) and len(left) >= 2 and len(right) >= 2:
                if not {left, right} & (ALWAYS_NENO | TAGS | NAT_VOCAB):
                    return left, right
    return None


def fuzz_units(units: list[tuple[str, str]], rng: random.Random) -> list[str]:
    words: list[str] = []
    i = 0
    while i < len(units):
        kind, text = units[i]
        if kind == "sym:-" and i + 1 < len(units) and units[i + 1][0] == "sym:-":
            if rng.random() < 0.4:
                words.append(rng.choice(("double dash", "double minus")))
                i += 2
                continue
        if kind.startswith("sym:") and kind[4:] in SYNONYMS and rng.random() < 0.45:
            words.append(rng.choice(SYNONYMS[kind[4:]]))
        elif kind == "digit":
            run = [text]
            while i + 1 < len(units) and units[i + 1][0] == "digit":
                i += 1
                run.append(units[i][1])
            if rng.random() < 0.6:
                words.append("".join(str(DIGITS.index(d)) for d in run))
            else:
                words.extend(run)
        elif kind == "word" and " " not in text and split_word(text) and rng.random() < 0.5:
            words.extend(split_word(text))
        else:
            words.append(text)
        i += 1
    return words


def speak_fuzzy(cmd: str, rng: random.Random) -> str | None:
    parts = []
    for arg in cmd.split(" "):
        units = proto_units(arg)
        if units is None:
            return None
        parts.append(" ".join(fuzz_units(units, rng)))
    text = parts[0]
    for part in parts[1:]:
        text += " space, " if rng.random() < 0.35 else " space "
        text += part
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    return text


def nat_arg(arg: str, rng: random.Random) -> str:
    """How Whisper writes one argument when Wanjiru talks normally."""
    if arg in NAT_OPS:
        return NAT_OPS[arg]
    if arg.lower() in NAT_VOCAB or arg.lower() in ("double", "greater", "less"):
        return f"neno {arg}"
    flag = re.fullmatch(r"(-{1,2})([A-Za-z0-9][A-Za-z0-9-]*)(=.+)?", arg)
    if flag and rng.random() < 0.7:
        dashes = " ".join(["dash"] * len(flag.group(1)))
        rest = flag.group(2)
        if rest.lower() in NAT_VOCAB:
            return arg
        if flag.group(3):
            if rng.random() < 0.6:
                return f"{dashes} {rest} equals {flag.group(3)[1:]}"
            return f"{dashes} {rest}{flag.group(3)}"
        return f"{dashes} {rest}"
    if "/" in arg or arg[:1] in "-.~*\"'$(" or arg[-1:] in "\"')":
        return arg
    probs = {"@": 0.6, "=": 0.5, ":": 0.4, "_": 0.3, ".": 0.35}
    spoken = {ch for ch, p in probs.items() if ch in arg and rng.random() < p}
    if not spoken:
        return arg
    pieces = re.split("([" + re.escape("".join(sorted(spoken))) + "])", arg)
    words = []
    for piece in pieces:
        if piece in spoken:
            words.append({v: k for k, v in NAT_JOIN.items()}[piece])
        elif not piece or piece.lower() in NAT_VOCAB:
            return arg
        else:
            words.append(piece)
    return " ".join(words)


def why_of(desc: str) -> str:
    why = desc.strip().rstrip(".")
    if len(why) > 1 and not why[1].isupper():
        why = why[0].lower() + why[1:]
    return why


NATURAL_FRAMES = (
    "Aki, I need to {w}. Just put {c}, si?",
    "Weka {c}. That one is to {w}.",
    "Sawa, so to {w}, just run {c}.",
    "Eh, can you run {c}? I want to {w}.",
    "Kwani you don't know? The command is {c}. It's to {w}.",
    "Si you just type {c}, ama? That's how you {w}.",
    "I want to {w}, so let me run {c}.",
    "Quick one, weka {c}, then tell me what it says.",
    "Hio thing, to {w}... just put {c}, sawa?",
    "Please run {c}. We need to {w} before the demo.",
    "Ata me I always forget this one. The command is {c}, si?",
    "Okay so, to {w}, you type in {c}.",
    "Let's run {c}...ama? Just to {w}.",
    "Niko na issue hapa, I need to {w}. Try running {c}.",
    "Weka {c}...ama? That one will {w}.",
    "Mambo! Can you run {c}? I need to {w}.",
    "Hio command ni {c}, si? It helps you {w}.",
    "Just type {c}. Kwani? Because we have to {w}.",
    "Sasa, step one, weka {c}. That's how we {w}.",
    "Eh buda, just run {c}, then send me the output.",
    "You know what, let me run {c}. I have to {w} before standup.",
    "To {w}? Easy. Just put {c}.",
    "Aki the client wants us to {w}. Weka {c}, sawa?",
    "For the M-Pesa callback service we need to {w}. The command is {c}.",
    "Ata usijali, just put {c}. It will {w}.",
)
CHAOTIC_FRAMES = (
    "Eh, weka {d}, si?",
    "Aki, just put {d}. I need to {w}.",
    "Can you run {d}? Ata I'm not sure it's installed...",
    "Sawa, the command is {d}, ama? Kwani the docs don't say.",
    "So to {w}, eh, just run {d}.",
    "Weka {d}...ama? Hio ndio.",
    "Eh... let me run {d}. It's to {w}, I think.",
    "Just type {d}. Wait, did I say that right? Ata sijui.",
    "Please run {d}, then we see what happens.",
    "Okay, eh, try running {d}. The client needs us to {w}.",
    "Aki this network is so slow today. Anyway, weka {d}.",
    "Buda, the command is {d}... I think that's it.",
)
RESTART_PREFIXES = (
    "Weka {p}, eh...",
    "Just put {p}...",
    "Aki, can you run {p}, wait wait...",
    "The command is {p}, eh, hio ingine...",
    "Let me run {p}... aki my brain today.",
    "Eh, just type {p}, ata sijui...",
)
PROTO_FRAMES = (
    "{d}",
    "{d}.",
    "Eh, {d}.",
    "Weka {d}, si?",
    "Aki... {d}.",
    "Just put {d}. Ata I think that's all.",
    "{d}, sawa? Kwani it wasn't working.",
    "Okay, the command is {d}.",
)
FIX_MARKERS_NAT = (", pole, I mean, ", ", aiii no, ", ", wacha, it's ", "... aiii no, ")
FIX_MARKERS_PROTO = (" pole, I mean, ", ", aiii no, ", " wacha, it's ", " pole, I mean ")
RESTART_MARKERS = (" No no, rudia. ", " no no, rudia. ", " No, no, rudia! ")
LONG_FLAGS = ("--verbose", "--force", "--all", "--quiet", "--recursive", "--debug", "--json")
EXTS = ("txt", "json", "yaml", "log", "csv", "conf", "py", "sh")
WRONG_WORDS = ("main", "master", "staging", "prod", "backup", "test", "logs", "config", "dev")


def wrong_arg(args: list[str], index: int, tools: list[str], rng: random.Random) -> str:
    """A plausible slip she corrects herself on (the tool name: a similar tool)."""
    arg = args[index]
    if index == 0 or (index == 1 and args[0] == "sudo"):
        near = [t for t in tools if t[:1] == arg[:1] and t != arg] or tools
        return rng.choice(near)
    if re.fullmatch(r"-[A-Za-z]+", arg):
        letters = [c for c in "vqfrnlax" if c not in arg]
        return "-" + rng.choice(letters)
    if re.fullmatch(r"--[a-z][a-z-]*", arg):
        return rng.choice([f for f in LONG_FLAGS if f != arg])
    digits = [i for i, c in enumerate(arg) if c.isdigit()]
    if digits:
        pos = rng.choice(digits)
        new = rng.choice([d for d in "0123456789" if d != arg[pos]])
        return arg[:pos] + new + arg[pos + 1 :]
    ext = re.search(r"\.([a-z]{1,4})$", arg)
    if ext:
        return arg[: ext.start()] + "." + rng.choice([e for e in EXTS if e != ext.group(1)])
    return rng.choice([w for w in WRONG_WORDS if w != arg])


def pick_index(args: list[str], rng: random.Random) -> int:
    if len(args) == 1:
        return 0
    flags = [i for i, a in enumerate(args) if a.startswith("-") and i > 0]
    if flags and rng.random() < 0.5:
        return rng.choice(flags)
    return rng.randint(1, len(args) - 1)


def hesitate(parts: list[str], rng: random.Random) -> str:
    text = parts[0]
    spot = rng.randint(1, len(parts) - 1) if len(parts) > 1 and rng.random() < 0.45 else -1
    for i, part in enumerate(parts[1:], start=1):
        text += rng.choice((", eh, ", "... eh... ")) if i == spot else " "
        text += part
    return text


def chaotic_natural(cmd: str, why: str, tools: list[str], rng: random.Random) -> str:
    args = cmd.split(" ")
    kind = rng.choice(("fix", "fix", "restart", "both"))
    if kind == "restart":
        body = hesitate([nat_arg(a, rng) for a in args], rng)
    else:
        i = pick_index(args, rng)
        wrong = nat_arg(wrong_arg(args, i, tools, rng), rng)
        left = hesitate([nat_arg(a, rng) for a in args[:i]] + [wrong], rng)
        body = left + rng.choice(FIX_MARKERS_NAT) + " ".join(nat_arg(a, rng) for a in args[i:])
    frame = rng.choice(CHAOTIC_FRAMES).format(d=body, w=why)
    if kind in ("restart", "both"):
        k = rng.randint(1, max(1, len(args) - 1))
        partial = [nat_arg(a, rng) for a in args[:k]]
        if rng.random() < 0.5:
            partial[-1] = nat_arg(wrong_arg(args, k - 1, tools, rng), rng)
        prefix = rng.choice(RESTART_PREFIXES).format(p=" ".join(partial))
        frame = prefix + rng.choice(RESTART_MARKERS) + frame
    return frame


def chaotic_protocol(cmd: str, tools: list[str], rng: random.Random) -> str | None:
    args = cmd.split(" ")
    spoken = []
    for arg in args:
        units = proto_units(arg)
        if units is None:
            return None
        spoken.append(" ".join(t for _, t in merge_doubles(units, rng, 0.3)))
    kind = rng.choice(("fix", "fix", "restart"))
    if kind == "fix":
        i = pick_index(args, rng)
        units = proto_units(wrong_arg(args, i, tools, rng))
        if units is None:
            return None
        wrong = " ".join(t for _, t in units)
        left = " space ".join([*spoken[:i], wrong])
        body = left + rng.choice(FIX_MARKERS_PROTO) + " space ".join(spoken[i:])
        return rng.choice(PROTO_FRAMES).format(d=body)
    k = rng.randint(1, max(1, len(args) - 1))
    partial = " space ".join(spoken[:k])
    words = partial.split(" ")
    if len(words[-1]) > 4 and rng.random() < 0.5:
        words[-1] = words[-1][: len(words[-1]) // 2] + "-"
    partial = " ".join(words)
    lead = rng.choice(("", "Eh, ", "Weka ", "Aki, "))
    frame = rng.choice(PROTO_FRAMES[1:]).format(d=" space ".join(spoken))
    return lead + partial + "..." + rng.choice(RESTART_MARKERS) + frame


# --------------------------------------------------------------------------- driver


def load_pool() -> list[tuple[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 4:
                continue
            row = json.loads(line)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or cmd != cmd.strip():
                continue
            if "\n" in cmd or "\t" in cmd or "  " in cmd:
                continue
            rows.append((cmd, row["description"]))
    return rows


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


HAS_FIX = re.compile(r"pole, I mean|aiii no|wacha, it's|no,? no, rudia", re.I)


def candidate(slc: str, cmd: str, desc: str, state: dict, rng: random.Random) -> str | None:
    why = why_of(desc)
    if slc == "clean":
        return speak_clean(cmd, rng)
    if slc == "fuzzy":
        text = speak_fuzzy(cmd, rng)
        return text if text and text != speak_clean(cmd, rng, 0.0) else None
    if slc == "natural":
        frames = state["frames"]
        if not frames:
            frames.extend(NATURAL_FRAMES)
            rng.shuffle(frames)
        frame = frames.pop()
        body = " ".join(nat_arg(a, rng) for a in cmd.split(" "))
        text = frame.format(c=body, w=why)
        if re.search(r"\bspace\b", text, re.I):
            return None
        return text
    if rng.random() < 0.35:
        text = chaotic_protocol(cmd, state["tools"], rng)
    else:
        text = chaotic_natural(cmd, why, state["tools"], rng)
    return text if text and HAS_FIX.search(text) else None


def build() -> list[dict]:
    rng = random.Random(51)
    pool = load_pool()
    rng.shuffle(pool)
    state = {"frames": [], "tools": sorted({tool_of(c) for c, _ in pool})}
    tools: Counter[str] = Counter()
    used: set[str] = set()
    rows: list[dict] = []
    pos = 0
    for slc in SLICES:
        made = 0
        while made < PER_SLICE:
            if pos >= len(pool):
                raise SystemExit(f"ran out of commands in slice {slc}")
            cmd, desc = pool[pos]
            pos += 1
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            for _ in range(6):
                text = candidate(slc, cmd, desc, state, rng)
                if text and "\n" not in text and decode(text) == cmd:
                    break
            else:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows.append({"input": text, "command": cmd, "slice": slc, "author": AUTHOR})
            made += 1
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT}: {dict(counts)}")


if __name__ == "__main__":
    main()
