"""Author 32: Wei Ling dictates bash commands into her team's notes app.

Writes assets/training/bash/author32.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input": what Whisper wrote, "command": the exact command, "slice", "author"}.
Run from the repository root: python3 tests/bench/thirtysecond_author.py. One
random.Random(32) is consumed in a fixed order, so reruns are byte-identical.

Commands come from the "command" field of assets/training/bash/train.jsonl (0-based line
number % 11 == 4 only); the "why" Wei Ling gives comes from the matching "description" in
assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Style guide
===========

Persona
-------
Wei Ling, cloud engineer in Singapore, dictating commands for her team into a notes app.
Singaporean English: particles "lah", "leh", "lor", "ah", "hor", "one", "can", "already" at
the end of phrases; "then" / "after that" to chain steps; "got" for "there is"; "must" for
"need to"; "also can". Her framings are short and practical: "This one for checking the
logs lah, you key in ...", "Must use sudo one ah, you key in ...", "After that you do ...".
She says a run of equal digits the Singapore way: "double zero", "triple eight".

Symbol vocabulary (spoken word -> character)
-------------------------------------------
dash, minus, hyphen -> "-"            dash dash, double minus, double dash, minus minus -> "--"
dot, period, point -> "."             slash, forward slash -> "/"    back slash, backslash -> "\\"
pipe -> "|"    star, asterisk -> "*"  tilde -> "~"    equal, equals, equal sign -> "="
colon -> ":"   underscore -> "_"      quote, double quote -> '"'    single quote, apostrophe -> "'"
at, at sign -> "@"    hash, hashtag -> "#"    greater than -> ">"    less than -> "<"
plus -> "+"    dollar, dollar sign -> "$"    open bracket, open paren -> "("
close bracket, close paren -> ")"    semicolon -> ";"    exclamation, exclamation mark -> "!"
percent, percent sign -> "%"
Digits: zero .. nine; "double X" / "triple X" repeat digit X two / three times.
Case: "capital X" writes the next word with a capital first letter; "all caps X" writes the
next word in upper case. Every other spoken word is written in lower case.
Escape: "word X" writes X literally; Wei Ling uses it when X would otherwise be heard as a
symbol, a digit, a case marker, "space", "double"/"triple" or a hesitation ("word hash",
"dash dash word at", "mount underscore word point").

Slices
------
clean: pure protocol. Wei Ling's own names only (dash/minus, dash dash/double minus, dot,
  slash, ...), "space" exactly where the command has a space, digits as words, case
  announced, all lower case, no punctuation, no framing: "git space stash space pop".
fuzzy: the same protocol with looser synonyms (hyphen, period, point, forward slash,
  equals, asterisk, at sign, ...) and Whisper's slips: first word capitalised, a final full
  stop, commas after some "space"s, some numbers written as digits ("8080"), a long word
  split in two ("mongo import").
natural: what she really says to a colleague. "space" is never said. Whisper writes plain
  words, numbers, flags, paths and file names as text ("-la", "/etc/hosts", "config.yaml");
  symbols she names are written as words ("tilde slash projects slash script.sh", "pipe",
  "greater than", "quote error quote"). The command sits inside a framing sentence that
  always contains a cue (below).
chaotic: natural or protocol speech with at least one correction or restart, plus
  hesitations (uh, um, er, erm, hmm, ah), asides in their own sentences before the cue, and
  trailing thoughts after the command.

Listener rules (decode)
-----------------------
1. Mode. If the line contains a cue - "key in", "you type", "just type", "type this",
   "you run", "just run", "then run", "must run", "I run", "you do", "just do", "then do",
   "can use", "I use", "the command is", "help me try", or a colon followed by a space - it
   is natural speech and the command starts right after the earliest cue. Otherwise the
   whole line is protocol speech.
2. Natural span. The command runs from the cue to the first comma, full stop, "?" or "!"
   that ends a word, unless the next word starts a correction marker or is a hesitation (then
   the command goes on). End particles (lah, leh, lor, ah, hor, one, can, already, meh,
   liao) are dropped from its end. A word Whisper capitalised only because it opens a
   sentence ("Git" after a cue colon or a full stop) is read in lower case.
3. Natural words. Plain words are taken as written; each is its own argument unless glued.
   Symbol words glue: dot, slash, colon, equal, underscore, at, back slash, plus, percent,
   hash, star join the words on both sides; dash, dash dash, tilde, dollar, exclamation,
   open bracket join the next word only; close bracket and semicolon join the previous word;
   pipe, greater than, less than stand alone; a quote opens (joins the next word) when the
   quotes so far are balanced and closes (joins the previous word) otherwise.
4. Protocol words. Punctuation Whisper added is ignored and case is ignored; symbol words,
   digits, case markers and "word" escapes are applied, "space" writes one space, and all
   other words are glued to their neighbours ("mongo import" -> "mongoimport").
5. Corrections, both modes. Hesitations are dropped. The markers "no lah", "wait wait",
   "I mean", "not that one", "change to" cut the speech into pieces, each decoded alone into
   arguments. A piece replaces what came before: if its first argument was already said,
   everything from the last time it was said is thrown away (a restart from that point,
   which may be the tool name: a whole-command restart); otherwise only the last argument
   is thrown away (a one-word or one-flag fix). A word cut off with "..." ("sta...") is
   dropped and acts the same, except that with no earlier match nothing more is thrown away.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author32.jsonl"
AUTHOR = "author32"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------------------------------
# Vocabulary shared by the speaker and the listener.

PHRASES: dict[tuple[str, ...], str] = {
    ("dash",): "-",
    ("minus",): "-",
    ("hyphen",): "-",
    ("double", "minus"): "--",
    ("double", "dash"): "--",
    ("double", "hyphen"): "--",
    ("dot",): ".",
    ("period",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("forward", "slash"): "/",
    ("back", "slash"): "\\",
    ("backslash",): "\\",
    ("pipe",): "|",
    ("star",): "*",
    ("asterisk",): "*",
    ("tilde",): "~",
    ("equal",): "=",
    ("equals",): "=",
    ("equal", "sign"): "=",
    ("colon",): ":",
    ("underscore",): "_",
    ("quote",): '"',
    ("double", "quote"): '"',
    ("single", "quote"): "'",
    ("apostrophe",): "'",
    ("at",): "@",
    ("at", "sign"): "@",
    ("hash",): "#",
    ("hashtag",): "#",
    ("greater", "than"): ">",
    ("less", "than"): "<",
    ("plus",): "+",
    ("dollar",): "$",
    ("dollar", "sign"): "$",
    ("open", "bracket"): "(",
    ("open", "paren"): "(",
    ("close", "bracket"): ")",
    ("close", "paren"): ")",
    ("semicolon",): ";",
    ("exclamation",): "!",
    ("exclamation", "mark"): "!",
    ("percent",): "%",
    ("percent", "sign"): "%",
}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}
REPEAT = {"double": 2, "triple": 3}
FILLERS = {"uh", "um", "er", "erm", "hmm", "ah"}
MARKERS = [("no", "lah"), ("wait", "wait"), ("i", "mean"), ("not", "that", "one"), ("change", "to")]
PARTICLES = {"lah", "leh", "lor", "ah", "hor", "one", "can", "already", "meh", "liao"}
CUES = [
    "key in",
    "you type",
    "just type",
    "type this",
    "you run",
    "just run",
    "then run",
    "must run",
    "i run",
    "you do",
    "just do",
    "then do",
    "can use",
    "i use",
    "the command is",
    "help me try",
]
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")\b|:(?=\s)", re.IGNORECASE)
# Words a speaker must escape with "word" when they are meant literally.
RESERVED = (
    {k[0] for k in PHRASES if len(k) == 1}
    | set(DIGITS)
    | set(REPEAT)
    | FILLERS
    | {"space", "capital", "word"}
)
KEYWORDS = RESERVED | {w for k in PHRASES for w in k} | {"all", "caps"}
CASE_WORDS = {"capital", "caps", "word"}
# Glue classes for natural speech.
INFIX = set("./:=_@\\+%#*")
PREFIX = {"-", "--", "~", "$", "!", "("}
SUFFIX = {")", ";"}
ALONE = {"|", ">", "<"}
TOGGLE = {'"', "'"}

# Wei Ling's names in the clean slice; looser synonyms in the fuzzy slice.
CLEAN_NAME = {
    "-": ["dash", "minus"],
    "--": ["dash dash", "double minus"],
    ".": ["dot"],
    "/": ["slash"],
    "\\": ["back slash"],
    "|": ["pipe"],
    "*": ["star"],
    "~": ["tilde"],
    "=": ["equal"],
    ":": ["colon"],
    "_": ["underscore"],
    '"': ["quote"],
    "'": ["single quote"],
    "@": ["at"],
    "#": ["hash"],
    ">": ["greater than"],
    "<": ["less than"],
    "+": ["plus"],
    "$": ["dollar"],
    "(": ["open bracket"],
    ")": ["close bracket"],
    ";": ["semicolon"],
    "!": ["exclamation"],
    "%": ["percent"],
}
FUZZY_NAME = {
    "-": ["minus", "hyphen", "dash"],
    "--": ["double minus", "double dash", "minus minus", "dash dash"],
    ".": ["period", "point", "dot"],
    "/": ["forward slash", "slash"],
    "\\": ["backslash"],
    "*": ["asterisk", "star"],
    "=": ["equals", "equal sign", "equal"],
    '"': ["double quote", "quote"],
    "'": ["apostrophe", "single quote"],
    "@": ["at sign", "at"],
    "#": ["hashtag", "hash"],
    "$": ["dollar sign", "dollar"],
    "(": ["open paren", "open bracket"],
    ")": ["close paren", "close bracket"],
    "!": ["exclamation mark"],
    "%": ["percent sign", "percent"],
}

# ---------------------------------------------------------------------------------------
# The listener.


def _norm(word: str) -> str:
    return word.lower().strip(",.?!;:")


def _phrase_at(words: list[str], i: int) -> tuple[str, int] | None:
    """Symbol spelled by words[i:] (longest match first) and how many words it used."""
    for n in (2, 1):
        key = tuple(words[i : i + n])
        if len(key) == n and key in PHRASES:
            return PHRASES[key], n
    return None


def _marker_at(words: list[str], i: int) -> int:
    for m in MARKERS:
        if tuple(words[i : i + len(m)]) == m:
            return len(m)
    return 0


def _merge(pieces: list[tuple[str, list[str]]]) -> str:
    """Apply the correction rule: each later piece replaces what came before it."""
    result: list[str] = []
    for kind, args in pieces:
        if not args:
            continue
        if kind != "start" and args[0] in result:
            cut = len(result) - 1 - result[::-1].index(args[0])
            result = result[:cut]
        elif kind == "marker":
            result = result[:-1]
        result += args
    return " ".join(result)


def _protocol_piece(items: list[tuple[str, bool]]) -> list[str]:
    out: list[str] = []
    words = [w for w, _ in items]
    case = ""
    i = 0
    while i < len(items):
        w, literal = items[i]
        if not literal:
            if w == "space":
                out.append(" ")
                i += 1
                continue
            if w == "capital":
                case = "cap"
                i += 1
                continue
            if w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
                case = "all"
                i += 2
                continue
            if w in REPEAT and i + 1 < len(words) and words[i + 1] in DIGIT_OF:
                out.append(DIGIT_OF[words[i + 1]] * REPEAT[w])
                i += 2
                continue
            hit = _phrase_at(words, i)
            if hit:
                out.append(hit[0])
                i += hit[1]
                continue
            if w in DIGIT_OF:
                out.append(DIGIT_OF[w])
                i += 1
                continue
        if case == "cap":
            w = w[:1].upper() + w[1:]
        elif case == "all":
            w = w.upper()
        case = ""
        out.append(w)
        i += 1
    return [a for a in "".join(out).split(" ") if a]


def _decode_protocol(text: str) -> str:
    items: list[tuple[str, bool]] = []
    raw = text.split()
    i = 0
    while i < len(raw):
        if _norm(raw[i]) == "word" and i + 1 < len(raw):
            items.append((_norm(raw[i + 1]), True))
            i += 2
            continue
        if raw[i].endswith("..."):
            items.append(("...", False))
        else:
            items.append((_norm(raw[i]), False))
        i += 1
    pieces: list[tuple[str, list[str]]] = []
    kind, cur = "start", []
    words = [w if not lit else "" for w, lit in items]
    i = 0
    while i < len(items):
        w, lit = items[i]
        n = 0 if lit else _marker_at(words, i)
        if n or (not lit and w == "..."):
            pieces.append((kind, _protocol_piece(cur)))
            kind, cur = ("marker" if n else "cut"), []
            i += n or 1
            continue
        if not lit and w in FILLERS:
            i += 1
            continue
        if w:
            cur.append((w, lit))
        i += 1
    pieces.append((kind, _protocol_piece(cur)))
    return _merge(pieces)


def _natural_piece(tokens: list[str]) -> list[str]:
    args: list[str] = []
    glue = False
    low = [t.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        hit = _phrase_at(low, i)
        if hit is None:
            if glue and args:
                args[-1] += tokens[i]
            else:
                args.append(tokens[i])
            glue = False
            i += 1
            continue
        sym, n = hit
        i += n
        if sym in TOGGLE:
            opening = " ".join(args).count(sym) % 2 == 0
            cls = "prefix" if opening else "suffix"
        elif sym in INFIX:
            cls = "infix"
        elif sym in PREFIX:
            cls = "prefix"
        elif sym in SUFFIX:
            cls = "suffix"
        else:
            cls = "alone"
        if cls == "alone":
            args.append(sym)
            glue = False
        elif cls == "suffix":
            if args:
                args[-1] += sym
            else:
                args.append(sym)
            glue = False
        elif cls == "prefix":
            if glue and args:
                args[-1] += sym
            else:
                args.append(sym)
            glue = True
        else:
            if args:
                args[-1] += sym
            else:
                args.append(sym)
            glue = True
    return args


def _continues(rest: list[str]) -> bool:
    if not rest:
        return False
    if rest[0].endswith("..."):
        return True
    words = [_norm(r) for r in rest[:3]]
    return words[0] in FILLERS or _marker_at(words, 0) > 0


def _inside_repair(words: list[str], idx: int) -> bool:
    """True when words[idx] is a hesitation or the last word of a correction marker."""
    if words[idx] in FILLERS:
        return True
    return any(tuple(words[idx - len(m) + 1 : idx + 1]) == m for m in MARKERS if idx + 1 >= len(m))


def _decode_natural(text: str, cue: re.Match[str]) -> str:
    raw = text[cue.end() :].split()
    low = [_norm(r) for r in raw]
    toks: list[tuple[str, bool]] = []  # (token, cut off)
    start = True
    for idx, r in enumerate(raw):
        cut = r.endswith("...")
        t = r if cut else r.rstrip(",.?!")
        if start and re.fullmatch(r"[A-Z][a-z0-9._-]*", t):
            t = t[0].lower() + t[1:]
        if t:
            toks.append((t, cut))
        start = not cut and r[-1:] in ".?!:"
        if cut or r[-1:] not in ",.?!" or _inside_repair(low, idx):
            continue
        if not _continues(raw[idx + 1 :]):
            break
    while toks and not toks[-1][1] and toks[-1][0].lower() in PARTICLES:
        toks.pop()
    pieces: list[tuple[str, list[str]]] = []
    kind, cur = "start", []
    words = [_norm(t) for t, _ in toks]
    i = 0
    while i < len(toks):
        t, cut = toks[i]
        n = _marker_at(words, i)
        if n or cut:
            pieces.append((kind, _natural_piece(cur)))
            kind, cur = ("marker" if n else "cut"), []
            i += n or 1
            continue
        if words[i] in FILLERS:
            i += 1
            continue
        cur.append(t)
        i += 1
    pieces.append((kind, _natural_piece(cur)))
    return _merge(pieces)


def decode(line: str) -> str:
    """Recover the command from one transcript, following the style guide above."""
    cue = CUE_RE.search(line)
    if cue is None:
        return _decode_protocol(line)
    return _decode_natural(line, cue)


# ---------------------------------------------------------------------------------------
# The speaker.

PIECE_RE = re.compile(r"--|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|.")


def _digits_spoken(run: str, rng: random.Random) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(run):
        same = len(run[i:]) - len(run[i:].lstrip(run[i]))
        if same >= 3 and rng.random() < 0.5:
            out += ["triple", DIGITS[int(run[i])]]
            i += 3
        elif same >= 2 and rng.random() < 0.6:
            out += ["double", DIGITS[int(run[i])]]
            i += 2
        else:
            out.append(DIGITS[int(run[i])])
            i += 1
    return out


def _protocol_arg(arg: str, rng: random.Random, fuzzy: bool) -> list[tuple[str, bool]]:
    """Spoken words for one argument; the flag marks words meant literally."""
    words: list[tuple[str, bool]] = []
    for p in PIECE_RE.findall(arg):
        if p.isdigit():
            if fuzzy and rng.random() < 0.4:
                words.append((p, False))
            else:
                words += [(w, False) for w in _digits_spoken(p, rng)]
        elif p.isalpha():
            if p.islower():
                words.append((p, True))
            elif len(p) > 1 and p.isupper():
                words += [("all", False), ("caps", False), (p.lower(), True)]
            else:
                words += [("capital", False), (p.lower(), True)]
        else:
            names = FUZZY_NAME.get(p) if fuzzy else None
            name = rng.choice(names or CLEAN_NAME[p])
            words += [(w, False) for w in name.split()]
    return words


def _escape(words: list[tuple[str, bool]]) -> list[str]:
    out: list[str] = []
    for i, (w, lit) in enumerate(words):
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if lit and (w in RESERVED or (w, nxt) in PHRASES or (w, nxt) == ("all", "caps")):
            out.append("word")
        out.append(w)
    return out


def protocol_text(args: list[str], rng: random.Random, fuzzy: bool) -> list[str]:
    """One spoken string per argument (to be joined with ' space ')."""
    return [" ".join(_escape(_protocol_arg(a, rng, fuzzy))) for a in args]


HABIT_P = {
    "flag": 0.3, "~": 0.7, "/": 0.5, ".": 0.1, "=": 0.5, ":": 0.4, "_": 0.15, "@": 0.5,
    '"': 0.6, "'": 0.6, "$": 0.6, "!": 0.8, "(": 0.8, ")": 0.8, ";": 0.6, "*": 0.7, "+": 0.5,
    "%": 0.7, "#": 0.7, "\\": 0.7,
}  # fmt: skip


def draw_habits(rng: random.Random) -> dict[str, object]:
    """Which symbols Wei Ling names aloud in one utterance (the rest Whisper writes as text)."""
    habits: dict[str, object] = {k: rng.random() < p for k, p in HABIT_P.items()}
    habits["-"] = rng.choice(CLEAN_NAME["-"])
    habits["--"] = rng.choice(CLEAN_NAME["--"])
    return habits


def natural_arg(arg: str, habits: dict[str, object]) -> str:
    """How Whisper writes one argument Wei Ling says aloud in conversation."""
    if arg in ALONE:
        return {"|": "pipe", ">": "greater than", "<": "less than"}[arg]
    if arg.startswith("/") or (arg.startswith("~") and not habits["~"]):
        return arg
    say = dict(habits)
    if arg.startswith("~"):
        say["/"] = True
    parts: list[str] = []
    chunk = ""
    pieces = re.findall(r"--|.", arg)
    for k, p in enumerate(pieces):
        at_start = k == 0
        at_end = k == len(pieces) - 1
        if p in ("-", "--"):
            speak = at_start and say["flag"]
        elif p in PREFIX:
            speak = at_start and say[p]
        elif p in TOGGLE:
            speak = (at_start or at_end) and say[p]
        elif p in SUFFIX:
            speak = at_end and say[p]
        elif p in INFIX:
            speak = not at_start and say[p]
        else:
            speak = False
        if speak:
            if chunk:
                parts.append(chunk)
                chunk = ""
            parts.append(str(say[p]) if p in ("-", "--") else CLEAN_NAME[p][0])
        else:
            chunk += p
    if chunk:
        parts.append(chunk)
    return " ".join(parts)


# ---------------------------------------------------------------------------------------
# Data.


def load_commands() -> list[str]:
    lines = (DATA / "train.jsonl").read_text(encoding="utf-8").splitlines()
    seen: set[str] = set()
    out: list[str] = []
    for i, line in enumerate(lines):
        if i % 11 != 4:
            continue
        cmd = json.loads(line)["command"]
        ok = cmd.isascii() and len(cmd) <= 80 and not re.search(r"[\n\t]|  ", cmd)
        if ok and cmd not in seen and cmd == cmd.strip():
            seen.add(cmd)
            out.append(cmd)
    return out


def load_why() -> dict[str, str]:
    why: dict[str, str] = {}
    for line in (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["command"] in why or not d.get("description"):
            continue
        text = re.sub(r"\s*\([^)]*\)|\s*<[^>]*>", "", d["description"])
        text = re.split(r"(?<=[a-z])\. ", text)[0].strip().rstrip(".:")
        if len(text) > 2 and not text[1].isupper():
            text = text[0].lower() + text[1:]
        why[d["command"]] = text
    return why


def tool_of(cmd: str) -> str:
    words = cmd.split()
    while len(words) > 1 and (words[0] == "sudo" or re.match(r"^[A-Z_]+=", words[0])):
        words = words[1:]
    if "|" in words and words[0] in ("cat", "echo", "curl", "uptime"):
        words = words[words.index("|") + 1 :]
    return words[0]


VERBS = {
    "add", "analyze", "apply", "benchmark", "browse", "build", "change", "check", "clean",
    "clear", "clone", "compare", "compile", "connect", "convert", "copy", "create", "delete",
    "disable", "display", "download", "edit", "enable", "execute", "export", "extract", "fetch",
    "find", "follow", "fork", "generate", "get", "import", "initialize", "insert", "install",
    "list", "load", "lock", "log", "make", "merge", "migrate", "monitor", "mount", "move",
    "open", "pass", "perform", "play", "print", "publish", "push", "query", "read", "record",
    "register", "reload", "remove", "rename", "reset", "restore", "revoke", "run", "scan",
    "search", "send", "set", "show", "specify", "start", "stop", "substitute", "switch", "sync",
    "test", "trace", "uninstall", "unlock", "unmount", "update", "upgrade", "use", "validate",
    "verify", "view", "watch", "write",
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# Slice generators. Each returns a candidate transcript; the caller keeps it only if
# decode() gives back the command.


def gen_clean(cmd: str, rng: random.Random) -> str:
    return " space ".join(protocol_text(cmd.split(" "), rng, fuzzy=False))


SUBWORDS = {
    "check", "updates", "update", "remove", "import", "export", "config", "install", "list",
    "show", "server", "manager", "ctl", "tool", "dump", "grep", "view", "watch", "sync", "link",
    "print", "load", "info", "file", "top", "test", "reset", "connect", "mount", "format",
    "shell", "compose", "scan", "play", "trace", "rotate", "quick", "smart", "cache", "clean",
    "search", "build", "fetch", "option", "label", "diff", "mongo", "merge", "calc",
    "calculator", "network", "monitor", "modems", "client", "ascii", "graph", "flame", "share",
    "boot", "name", "space", "plugin", "plugins", "package", "project", "status", "store",
}  # fmt: skip


def gen_fuzzy(cmd: str, rng: random.Random) -> str:
    spoken = protocol_text(cmd.split(" "), rng, fuzzy=True)
    words = " space ".join(spoken).split()
    # a long word split in two
    longs = [
        i
        for i, w in enumerate(words)
        if len(w) >= 6 and w.isalpha() and w not in KEYWORDS and words[i - 1] not in CASE_WORDS
    ]
    if longs and rng.random() < 0.6:
        i = rng.choice(longs)
        w = words[i]
        cuts = [k for k in range(2, len(w) - 1) if w[:k] in SUBWORDS or w[k:] in SUBWORDS]
        cuts = [k for k in cuts if w[:k] not in KEYWORDS and w[k:] not in KEYWORDS]
        if cuts:
            k = rng.choice(cuts)
            words[i : i + 1] = [w[:k], w[k:]]
    for i, w in enumerate(words):
        if w == "space" and i + 1 < len(words) and rng.random() < 0.3:
            words[i] = "space,"
    if rng.random() < 0.6:
        words[0] = words[0][:1].upper() + words[0][1:]
    text = " ".join(words)
    if rng.random() < 0.5:
        text += "."
    return text


def _why_phrase(why: str) -> tuple[str, bool]:
    first = why.split()[0].lower() if why else ""
    return why, first in VERBS


def natural_command(cmd: str, rng: random.Random) -> str:
    habits = draw_habits(rng)
    return " ".join(natural_arg(a, habits) for a in cmd.split(" "))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


NATURAL_FRAMES = [
    ("any", "This one {fw} lah, you key in {c}."),
    ("verb", "To {w}, just key in {c} can already."),
    ("any", "After that you do {c}, then check the output lor."),
    ("any", "Then you run {c}, after that can close the terminal."),
    ("any", "Note for team: {c}. This one {fw}."),
    ("verb", "Eh guys, if you want to {w}, the command is {c}."),
    ("sudo", "Must use sudo one ah, you key in {c}."),
    ("any", "Got one more for {t}: {c}."),
    ("any", "For the {t} part, just type {c} lor."),
    ("any", "Remember ah, you type {c}, if not later got problem."),
    ("any", "Also can use {c}, same thing one."),
    ("verb", "Want to {w}? Just do {c} lah."),
    ("any", "Quick one: {c}, this one {fw}."),
    ("any", "Don't anyhow change ah. Key in {c}, that's all."),
    ("any", "Step two, you key in {c}, then wait for it to finish."),
    ("verb", "Boss asked me to {w}, so I run {c} lor."),
    ("any", "Can help me try {c}? I think got problem with {t}."),
    ("any", "Okay next, after that you do {c} lah."),
    ("verb", "If {t} got issue, you run {c}, it will {w}."),
    ("any", "Wei Ling here. This one {fw}, the command is {c}."),
    ("any", "This one very useful leh: {c}."),
    ("any", "Must check first then deploy. You run {c}, then only deploy."),
    ("verb", "Every time must {w}, I use {c} lor."),
    ("any", "Got a new command for {t}, type this {c}, then can already."),
    ("any", "If the pipeline fail, then run {c} hor."),
]


def gen_natural(cmd: str, why: str, rng: random.Random) -> str:
    w, verb = _why_phrase(why)
    sudo = cmd.startswith("sudo ")
    frames = [f for k, f in NATURAL_FRAMES if k == "any" or (k == "verb" and verb)]
    if sudo:
        frames += [f for k, f in NATURAL_FRAMES if k == "sudo"] * 3
    frame = rng.choice(frames)
    c = natural_command(cmd, rng)
    fw = ("to " if verb else "for ") + w
    return frame.format(w=w, fw=fw, c=c, t=tool_of(cmd))


WORDS = ["main", "master", "test", "data", "docs", "logs", "src", "demo", "prod", "backup"]
LONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--dry-run", "--version", "--list"]


def mutate(arg: str, avoid: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if arg.isdigit():
            new = str(int(arg) + rng.choice([1, 2, 5, 10]))
        elif arg.startswith("--"):
            new = rng.choice(LONG_FLAGS)
        elif re.fullmatch(r"-[A-Za-z0-9]+", arg):
            new = "-" + rng.choice("abcdefhlmnoprstuvx")
        elif re.search(r"[a-z]{3,}", arg):
            new = re.sub(r"[a-z]{3,}", rng.choice(WORDS), arg, count=1)
        else:
            new = rng.choice(WORDS)
        if new != arg and new not in avoid:
            return new
    return arg + "x"


ASIDES = [
    "Sorry ah, my phone ringing.",
    "Aiyo, the wifi so slow today.",
    "Hold on, my kopi spill already.",
    "Okay okay.",
    "Eh, the aircon very cold leh.",
    "Alamak, almost forgot this one.",
    "Wah lau, so many steps.",
]
TAILS = [
    " I think like that correct lah.",
    " Later I double check.",
    " Then should be okay.",
    " Anything else tell me ah.",
    " Something like that.",
]
LEADS = [
    "You key in",
    "Then you type",
    "After that you do",
    "Okay, the command is",
    "Must run",
    "Just type",
    "Next step you run",
    "For this one, key in",
]


def gen_chaotic(cmd: str, rng: random.Random) -> tuple[str, bool]:
    args = cmd.split(" ")
    proto = rng.random() < 0.25
    n = len(args)
    kind = rng.choice(["word", "restart", "whole", "cut"])
    if n == 1:
        kind = rng.choice(["whole", "cut"])
    habits = draw_habits(rng)
    said: list[tuple[str, str]] = []  # ("arg", text) / ("marker", text) / ("cut", text)
    if kind == "word":
        i = rng.randint(1, n - 1)
        wrong = mutate(args[i], args, rng)
        said = [("arg", a) for a in args[:i]] + [("arg", wrong)]
        said += [("marker", rng.choice(["no lah", "I mean", "change to"]))]
        said += [("arg", a) for a in args[i:]]
    elif kind == "restart":
        j = rng.randint(1, n - 1)
        k = rng.randint(0, j - 1)
        wrong = mutate(args[j], args, rng)
        said = [("arg", a) for a in args[:j]] + [("arg", wrong)]
        said += [("marker", rng.choice(["wait wait", "no lah", "I mean"]))]
        said += [("arg", a) for a in args[k:]]
    elif kind == "whole":
        first = list(args)
        if n == 1:
            first.append(rng.choice(["--help", "--version", "-v", "status"]))
        else:
            m = rng.randint(1, n - 1)
            first[m] = mutate(args[m], args, rng)
        said = [("arg", a) for a in first]
        said += [("marker", rng.choice(["not that one", "wait wait"]))]
        said += [("arg", a) for a in args]
    else:
        j = rng.randint(0, n - 1)
        said = [("arg", a) for a in args[:j]]
        said += [("cut", args[j])]
        back = 0 if (j and rng.random() < 0.4) else j
        said += [("arg", a) for a in args[back:]]
    # render
    sep = " space " if proto else " "
    out = ""
    prev = ""
    for what, text in said:
        if what == "arg":
            body = (
                protocol_text([text], rng, fuzzy=rng.random() < 0.3)[0]
                if proto
                else (natural_arg(text, habits))
            )
            if prev == "arg":
                if rng.random() < 0.12:
                    out += sep.rstrip() + ", " + rng.choice(["uh", "um", "er", "hmm"]) + ", "
                else:
                    out += sep
            elif prev:
                out += " "
            out += body
        elif what == "marker":
            out += ", " + text + ","
        else:
            spoken = (
                protocol_text([text], rng, fuzzy=False)[0] if proto else natural_arg(text, habits)
            )
            stem = spoken.split()[0]
            stem = stem[: max(2, min(len(stem) - 1, rng.randint(2, 4)))]
            if prev == "arg":
                out += sep
            out += stem + "..."
        prev = what
    if proto:
        text = out
        if rng.random() < 0.3:
            text = rng.choice(["Uh, ", "Um, ", "Er, "]) + text
        return text[:1].upper() + text[1:] + ("." if rng.random() < 0.5 else ""), True
    lead = rng.choice(LEADS)
    text = lead + (rng.choice([", uh, ", ", um, ", ", er, "]) if rng.random() < 0.2 else " ") + out
    if rng.random() < 0.4:
        text = rng.choice(ASIDES) + " " + text
    if rng.random() < 0.3:
        text += " " + rng.choice(["lah", "lor", "can already"])
    text += "."
    if rng.random() < 0.4:
        text += rng.choice(TAILS)
    return text, True


# ---------------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(32)
    why = load_why()
    commands = load_commands()
    rng.shuffle(commands)
    per_tool: Counter[str] = Counter()
    pool: list[str] = []
    for cmd in commands:
        if per_tool[tool_of(cmd)] < 2:
            per_tool[tool_of(cmd)] += 1
            pool.append(cmd)

    def make(slice_name: str, cmd: str) -> str:
        if slice_name == "clean":
            return gen_clean(cmd, rng)
        if slice_name == "fuzzy":
            return gen_fuzzy(cmd, rng)
        if slice_name == "natural":
            return gen_natural(cmd, why.get(cmd, ""), rng)
        return gen_chaotic(cmd, rng)[0]

    rows: dict[str, list[dict[str, str]]] = {}
    for slice_name in ("natural", "chaotic", "clean", "fuzzy"):
        rows[slice_name] = []
        for cmd in list(pool):
            if len(rows[slice_name]) == PER_SLICE:
                break
            for _ in range(8):
                line = make(slice_name, cmd)
                if line.isascii() and "\n" not in line and decode(line) == cmd:
                    rows[slice_name].append(
                        {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    )
                    pool.remove(cmd)
                    break
        if len(rows[slice_name]) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows[slice_name])} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for row in rows[slice_name]:
                fh.write(json.dumps(row) + "\n")
    print(f"wrote {OUT} ({sum(len(r) for r in rows.values())} lines)")


if __name__ == "__main__":
    main()
