"""Twenty-seventh independent author: Chiamaka, a backend engineer in Lagos, on a call.

Writes ``assets/training/bash/author27.jsonl``: 400 lines, 100 per slice, in the order
clean, fuzzy, natural, chaotic.  Each line is ``{"input", "command", "slice", "author"}``.
Standard library only, deterministic (one ``random.Random(27)`` consumed in a fixed order),
so rerunning rewrites the file byte for byte.

Commands come from ``assets/training/bash/train.jsonl`` (only 0-based lines with
``n % 11 == 5``); the "why" Chiamaka gives comes from the matching ``description`` in
``assets/training/bash/corpus.jsonl``.  Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to its contributors.

Persona
-------
Chiamaka is a backend engineer in Lagos explaining commands to a new colleague on a call.
Nigerian English with a little Pidgin: "just type", "you will now type", "abeg run",
"oya type", "make you run", "e go show you", "it will now ...", "no wahala", "sha",
a sentence-final "o" ("run it o"), "you get?", "is it clear?".  When she is careful she
dictates symbol by symbol; when she is relaxed she just talks and Whisper writes the
paths, file names and most flags as text.

Protocol vocabulary (words Whisper writes, lower case; longest phrase wins)
---------------------------------------------------------------------------
``space`` is one space.  ``-``: hyphen, dash (fuzzy: minus).  ``--``: double hyphen
(fuzzy: double dash, double minus).  ``.``: full stop, dot (fuzzy: period, point).
``/``: slash (fuzzy: forward slash).  ``\\``: backslash.  ``~``: tilde.  ``|``: pipe
(fuzzy: vertical bar).  ``*``: asterisk (fuzzy: star).  ``@``: at sign.  ``#``: hash.
``_``: underscore.  ``=``: equal sign (fuzzy: equals).  ``:``: colon.  ``;``: semicolon.
``"``: quote (fuzzy: double quote).  ``'``: single quote (fuzzy: apostrophe).
``>``: greater than sign (fuzzy: greater than).  ``<``: less than sign.  ``$``: dollar
sign.  ``(`` / ``)``: open bracket / close bracket (Nigerian "bracket" is the round one).
``[`` / ``]``: open / close square bracket.  ``{`` / ``}``: open / close curly bracket.
``%``: percent sign.  ``+``: plus sign.  ``&``: ampersand.  Digits are said one by one
("nine six zero zero"); in fuzzy lines Whisper may write a run as "9600".
Case: ``capital X`` capitalises the next word's first letter (``capital s`` is ``S``),
``all capital WORD`` upper-cases the whole next word (fuzzy: uppercase, all caps).
A literal word that is itself a vocabulary word is escaped with ``the word``
("double hyphen the word all" is ``--all`` only when needed; "the word one" is ``one``).
Everything else is a literal word; words are glued together with NO space unless
``space`` is said, so "net select" and "netselect" both give ``netselect``.

Slices
------
clean: pure protocol, persona names only, no punctuation, no framing.
fuzzy: same protocol with synonyms and Whisper slips: first word capitalised, final full
stop, commas after some "space"s, digit runs as digits, a long word split in two.
natural: Chiamaka talks; "space" is never said.  The command follows a cue phrase
(just type, just run, oya type, oya run, abeg type, abeg run, make you type, make you run,
you will now type, you go type, type am like this, the command is) and Whisper writes it
as text, except that she may say flags as "dash la" / "hyphen f" / "double hyphen name",
and may name a standalone ``|`` (pipe), ``>`` (greater than sign) or ``.`` (dot).
The command ends at the first comma, full stop, question or exclamation mark that is
followed by a space or ends the line; a trailing "o", "sha", "and press enter" or
"then press enter" is her talk, not the command.
chaotic: natural or protocol speech with at least one correction or restart, plus
hesitations (ehm, uhm, mmm), asides before the cue, and trailing thoughts.

Listener rules (``decode``)
---------------------------
1. Drop hesitations "ehm", "uhm", "mmm" with their commas.
2. Restart (whole-command scope): "scratch that" or "let me say it again" throws away
   everything said before it; the listener starts again after the LAST such marker.
3. Word/flag scope: "sorry, no", "not that one", "ehn, I mean" cancel the last command
   word (protocol: everything since the last "space"; natural: the last whitespace word,
   a spoken "dash la" counting as one word) and what follows replaces it.
4. If a cue phrase is present the line is natural (command = after the first cue, up to
   the end rule above); otherwise the line is protocol: lower-case it, drop commas, cut at
   the first sentence end, then map the vocabulary and glue.
Ambiguity left open: a protocol line can contain no aside before the command unless a
restart marker follows it; natural lines need a cue phrase.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author27.jsonl"
AUTHOR = "author27"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------- vocabulary
SYMBOLS = {
    ("space",): " ",
    ("dash",): "-",
    ("hyphen",): "-",
    ("minus",): "-",
    ("double", "hyphen"): "--",
    ("double", "dash"): "--",
    ("double", "minus"): "--",
    ("dot",): ".",
    ("full", "stop"): ".",
    ("period",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("forward", "slash"): "/",
    ("backslash",): "\\",
    ("tilde",): "~",
    ("pipe",): "|",
    ("vertical", "bar"): "|",
    ("asterisk",): "*",
    ("star",): "*",
    ("at", "sign"): "@",
    ("hash",): "#",
    ("underscore",): "_",
    ("equal", "sign"): "=",
    ("equals",): "=",
    ("colon",): ":",
    ("semicolon",): ";",
    ("quote",): '"',
    ("double", "quote"): '"',
    ("single", "quote"): "'",
    ("apostrophe",): "'",
    ("greater", "than", "sign"): ">",
    ("greater", "than"): ">",
    ("less", "than", "sign"): "<",
    ("dollar", "sign"): "$",
    ("open", "bracket"): "(",
    ("close", "bracket"): ")",
    ("open", "square", "bracket"): "[",
    ("close", "square", "bracket"): "]",
    ("open", "curly", "bracket"): "{",
    ("close", "curly", "bracket"): "}",
    ("percent", "sign"): "%",
    ("plus", "sign"): "+",
    ("ampersand",): "&",
}
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CAP = (("capital",), ("uppercase",))
UPPER = (("all", "capital"), ("all", "caps"))
ESCAPE = ("the", "word")
RESERVED = {w for k in SYMBOLS for w in k if len(k) == 1} | set(DIGIT_WORDS)
RESERVED |= {"capital", "uppercase"}

# clean names (persona) and fuzzy synonyms for each symbol
CLEAN_NAMES = {
    "-": ("hyphen", "dash"),
    "--": ("double hyphen",),
    ".": ("full stop", "dot"),
    "/": ("slash",),
    "\\": ("backslash",),
    "~": ("tilde",),
    "|": ("pipe",),
    "*": ("asterisk",),
    "@": ("at sign",),
    "#": ("hash",),
    "_": ("underscore",),
    "=": ("equal sign",),
    ":": ("colon",),
    ";": ("semicolon",),
    '"': ("quote",),
    "'": ("single quote",),
    ">": ("greater than sign",),
    "<": ("less than sign",),
    "$": ("dollar sign",),
    "(": ("open bracket",),
    ")": ("close bracket",),
    "[": ("open square bracket",),
    "]": ("close square bracket",),
    "{": ("open curly bracket",),
    "}": ("close curly bracket",),
    "%": ("percent sign",),
    "+": ("plus sign",),
    "&": ("ampersand",),
}
FUZZY_NAMES = {
    "-": ("minus", "hyphen", "dash", "minus"),
    "--": ("double dash", "double minus", "dash dash", "minus minus"),
    ".": ("period", "point", "dot", "period"),
    "/": ("forward slash", "slash"),
    "|": ("vertical bar", "pipe"),
    "*": ("star", "asterisk"),
    "=": ("equals", "equal sign"),
    '"': ("double quote", "quote"),
    "'": ("apostrophe", "single quote"),
    ">": ("greater than", "greater than sign"),
}

CUES = (
    "just type",
    "just run",
    "oya type",
    "oya run",
    "abeg type",
    "abeg run",
    "make you type",
    "make you run",
    "you will now type",
    "you go type",
    "type am like this",
    "the command is",
)
CUE_RE = re.compile(r"\b(?:" + "|".join(CUES) + r")\b:?", re.I)
FILLER_RE = re.compile(r",?\s*\b(?:uhm|ehm|mmm)\b[,.]?", re.I)
RESTART_RE = re.compile(r"\b(?:scratch that|let me say it again)\b[,.:!]?", re.I)
CORRECT_RE = re.compile(r",?\s*\b(?:sorry, no|not that one|ehn, i mean)\b[,.:]?\s*", re.I)
END_RE = re.compile(r"[,.?!](?=\s|$)")
TAIL_RE = re.compile(r"(?:\s+(?:o|sha|and press enter|then press enter))+\s*$", re.I)
SENT = "\x00"


# ---------------------------------------------------------------- listener
def _protocol(text: str) -> str:
    text = text.lower().replace(",", " ")
    m = re.search(r"[.?!](?=\s|$)", text)
    if m:
        text = text[: m.start()]
    toks = text.split()
    out = ""
    case = None
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == SENT:
            out = out[: out.rfind(" ") + 1]
            case = None
            i += 1
            continue
        if tuple(toks[i : i + 2]) == ESCAPE and i + 2 < len(toks):
            i += 2
            piece = toks[i]
            i += 1
        else:
            hit = None
            for n in (3, 2, 1):
                key = tuple(toks[i : i + n])
                if len(key) == n and (key in SYMBOLS or key in CAP or key in UPPER):
                    hit = key
                    break
            if hit in CAP or hit in UPPER:
                case = "cap" if hit in CAP else "up"
                i += len(hit)
                continue
            if hit is not None:
                out += SYMBOLS[hit]
                i += len(hit)
                case = None
                continue
            piece = str(DIGIT_WORDS.index(tok)) if tok in DIGIT_WORDS else tok
            i += 1
        if case == "cap":
            piece = piece[:1].upper() + piece[1:]
        elif case == "up":
            piece = piece.upper()
        case = None
        out += piece
    return out


def _natural(span: str) -> str:
    toks = span.split()
    words: list[str] = []
    prefix = ""
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = [t.lower() for t in toks[i : i + 3]]
        if tok == SENT:
            if words:
                words.pop()
            prefix = ""
            i += 1
        elif low[:2] in (["double", "hyphen"], ["double", "dash"]):
            prefix = "--"
            i += 2
        elif low[0] in ("dash", "hyphen"):
            prefix = "-"
            i += 1
        elif low[0] == "pipe":
            words.append("|")
            i += 1
        elif low == ["greater", "than", "sign"]:
            words.append(">")
            i += 3
        elif low[0] == "dot":
            words.append(".")
            i += 1
        else:
            words.append(prefix + tok)
            prefix = ""
            i += 1
    return " ".join(words)


def decode(line: str) -> str:
    """The careful human listener of the guide: transcript -> command."""
    text = FILLER_RE.sub(" ", line)
    text = RESTART_RE.split(text)[-1]
    text = CORRECT_RE.sub(f" {SENT} ", text)
    cue = CUE_RE.search(text)
    if cue is None:
        return _protocol(text)
    span = text[cue.end() :]
    end = END_RE.search(span)
    if end:
        span = span[: end.start()]
    span = TAIL_RE.sub("", span)
    return _natural(span)


# ---------------------------------------------------------------- speakers
SEG_RE = re.compile(r"--|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]| |.")


def protocol_tokens(cmd: str, rng: random.Random, fuzzy: bool, escape_all: bool) -> list:
    """Spoken protocol as a list of word groups (one group per segment)."""
    names = FUZZY_NAMES if fuzzy else CLEAN_NAMES
    dash = rng.choice(CLEAN_NAMES["-"])
    dot = rng.choice(CLEAN_NAMES["."])
    groups: list[list[str]] = []
    for seg in SEG_RE.findall(cmd):
        if seg == " ":
            groups.append(["space"])
        elif seg.isdigit():
            groups.append(["#" + seg])  # marked digit, resolved below
        elif seg.isalpha():
            low = seg.lower()
            need = low in RESERVED or (escape_all and low in _ALL_VOCAB)
            esc = ["the", "word"] if need else []
            if seg.islower():
                groups.append(esc + [low])
            elif len(seg) > 1 and seg.isupper():
                up = rng.choice(("all caps", "all capital")) if fuzzy else "all capital"
                groups.append(up.split() + esc + [low])
            else:
                cap = rng.choice(("uppercase", "capital")) if fuzzy else "capital"
                groups.append([cap] + esc + [low])
        else:
            if fuzzy and seg in names:
                name = rng.choice(names[seg])
            elif seg == "-":
                name = dash
            elif seg == ".":
                name = dot
            else:
                name = CLEAN_NAMES[seg][0]
            groups.append(name.split())
    return groups


_ALL_VOCAB = {w for k in SYMBOLS for w in k} | {"capital", "uppercase", "all", "caps", "the"}


def flatten(groups: list, rng: random.Random, digits_as_text: bool) -> list[str]:
    words: list[str] = []
    run = ""
    for g in groups + [["\x01"]]:
        if g[0].startswith("#") and len(g[0]) == 2:
            run += g[0][1]
            continue
        if run:
            if digits_as_text and rng.random() < 0.6:
                words.append(run)
            else:
                words.extend(DIGIT_WORDS[int(d)] for d in run)
            run = ""
        if g[0] != "\x01":
            words.extend(g)
    return words


def say_clean(cmd: str, rng: random.Random) -> str:
    for escape_all in (False, True):
        words = flatten(protocol_tokens(cmd, rng, False, escape_all), rng, False)
        line = " ".join(words)
        if decode(line) == cmd:
            return line
    return ""


PARTS = (
    "open",
    "net",
    "git",
    "file",
    "key",
    "mail",
    "web",
    "server",
    "select",
    "config",
    "tool",
    "box",
    "book",
    "info",
    "data",
    "view",
    "load",
    "lock",
    "screen",
    "ctl",
    "list",
    "time",
    "sync",
    "scan",
    "host",
    "name",
    "back",
    "down",
    "dump",
    "top",
    "shell",
    "pass",
    "word",
    "cloud",
    "graph",
    "docker",
    "text",
    "test",
    "pdf",
    "image",
    "user",
    "auth",
    "code",
)


def compound_cuts(word: str) -> list[int]:
    """Where Whisper may hear a long tool or file name as two words."""
    if len(word) < 7 or not word.isalpha() or word in _ALL_VOCAB or word in RESERVED:
        return []
    cuts = []
    for part in PARTS:
        if word.startswith(part) and len(word) - len(part) >= 3:
            cuts.append(len(part))
        if word.endswith(part) and len(word) - len(part) >= 3:
            cuts.append(len(word) - len(part))
    return sorted(set(cuts))


def say_fuzzy(cmd: str, rng: random.Random, clean: str) -> str:
    for attempt in range(6):
        escape_all = attempt >= 3
        words = flatten(protocol_tokens(cmd, rng, True, escape_all), rng, True)
        # split one long literal word in two (compound heard as two words)
        cuts = [(i, c) for i, w in enumerate(words) for c in compound_cuts(w)]
        if cuts and rng.random() < 0.6:
            i, cut = rng.choice(cuts)
            words[i : i + 1] = [words[i][:cut], words[i][cut:]]
        words = [w + "," if w == "space" and rng.random() < 0.3 else w for w in words]
        if words[-1].endswith(","):
            words[-1] = words[-1][:-1]
        if rng.random() < 0.6:
            words[0] = words[0][:1].upper() + words[0][1:]
        line = " ".join(words)
        if rng.random() < 0.5:
            line += "."
        if line != clean and decode(line) == cmd:
            return line
    return ""


FLAG_RE = re.compile(r"^(--?)([a-z][a-z0-9-]*|[A-Za-z0-9]+)$")


def nat_word(word: str, rng: random.Random, spoken: float) -> str:
    m = FLAG_RE.match(word)
    if m and rng.random() < spoken:
        if m.group(1) == "--":
            return "double hyphen " + m.group(2)
        return rng.choice(("dash ", "hyphen ", "dash ")) + m.group(2)
    if word == "|" and rng.random() < 0.7:
        return "pipe"
    if word == ">" and rng.random() < 0.6:
        return "greater than sign"
    if word == ".":
        return "dot"
    return word


def say_cmd_natural(cmd: str, rng: random.Random) -> str:
    spoken = rng.choice((0.0, 0.3, 0.6, 0.9))
    return " ".join(nat_word(w, rng, spoken) for w in cmd.split(" "))


VERBS = set(
    """
    display list run create start show check remove convert open print set use install
    search scan specify build update add delete download change generate initialize call
    extract perform output retrieve view copy write log upgrade launch select apply capture
    query load compile disable lock move play split return stop uninstall get clone put
    watch find enable replace send kill produce push align cancel insert commit destroy
    associate report sort halt fork shift discard render finish colorize reset decompress
    clear execute tell suspend decrypt read reboot connect turn repair concatenate checkout
    manage sign override scale mark simplify overwrite give strip evict include reload
    continue hunt import format test browse follow compress fetch rebuild activate reformat
    trace refresh join tail export interleave reinitialize switch merge register combine
    bundle synchronize exit evaluate edit save restore pretty-print re-enable do make prune
    rename mount unmount
    """.split()
)


def why_of(desc: str) -> tuple[str, bool]:
    desc = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".").strip()
    desc = re.split(r"[,;:]\s| - ", desc.replace('"', "").replace("`", ""))[0]
    first = desc.split()[0] if desc else ""
    verb = first.lower().rstrip(",") in VERBS
    if len(first) > 1 and first[1:2].isupper():
        return desc, verb
    return desc[:1].lower() + desc[1:], verb


VERB_FRAMES = (
    "To {why}, just type {cmd}.",
    "Oya type {cmd}, e go {why}.",
    "You will now type {cmd}, it will now {why}.",
    "If you want to {why}, make you run {cmd}, no wahala.",
    "So to {why}, the command is {cmd}.",
    "Let us {why}. Oya run {cmd} o.",
    "We need to {why}, so you will now type {cmd}, you get?",
    "Just run {cmd}, it will now {why}. Is it clear?",
    "My dear, to {why} abeg type {cmd} and press enter.",
    "Next thing, we go {why}. Make you type {cmd}, e go show you.",
)
NOUN_FRAMES = (
    "This one is for {why}. Just type {cmd}, you get?",
    "For {why}, abeg run {cmd} sha.",
    "Next one na {why}. You go type {cmd} o.",
)
PLAIN_FRAMES = (
    "Abeg run {cmd} o.",
    "Okay, now just type {cmd}. Is it clear?",
    "No wahala, oya type {cmd} sha.",
    "It is easy. You go type {cmd}, you get?",
    "Type am like this: {cmd}. E go show you everything.",
    "Oya, make you run {cmd} then press enter, then tell me wetin you see.",
    "Ehen, good. You will now type {cmd}, no wahala at all.",
    "Don't worry, just type {cmd}, e go work.",
)


def say_natural(cmd: str, desc: str, rng: random.Random, frame_idx: int) -> str:
    why, verb = why_of(desc)
    frames = (VERB_FRAMES if verb else NOUN_FRAMES) + PLAIN_FRAMES
    for attempt in range(8):
        frame = frames[(frame_idx + attempt) % len(frames)]
        line = frame.format(why=why, cmd=say_cmd_natural(cmd, rng))
        if decode(line) == cmd:
            return line
    return ""


WRONG_FLAGS = ("-v", "-a", "--force", "-r", "--all", "-l", "--verbose", "-n", "--help", "-x")
WRONG_WORDS = ("main", "demo", "docs/", "test", "config.yaml", "foo", "data", "alpha", "src")
CORRECTIONS = ("sorry, no,", "not that one,", "ehn, I mean,")
RESTARTS = ("Scratch that.", "Let me say it again.", "Scratch that, let me say it again.")
ASIDES = (
    "Ehm, hold on, NEPA just took light.",
    "Wait, my network is shaking small.",
    "Mmm, let me check my note.",
    "Okay, are you still with me?",
    "Hope your terminal is open.",
)
TRAILS = (
    "you get?",
    "is it clear?",
    "e go show you the result.",
    "then we move to the next one.",
    "no wahala.",
)


def wrong_for(word: str, rng: random.Random) -> str:
    pool = WRONG_FLAGS if word.startswith("-") else WRONG_WORDS
    choices = [w for w in pool if w != word]
    return rng.choice(choices)


def say_chaotic(cmd: str, desc: str, rng: random.Random, idx: int) -> str:
    words = cmd.split(" ")
    for attempt in range(8):
        kind = (idx + attempt) % 5
        line = ""
        if kind in (0, 1):  # natural, word or flag correction
            i = rng.randrange(1, len(words)) if len(words) > 1 else 0
            flags = [k for k, w in enumerate(words) if w.startswith("-")]
            if kind == 1 and flags:
                i = rng.choice(flags)
            spoken = rng.choice((0.0, 0.5, 1.0))
            pre = [nat_word(w, rng, spoken) for w in words[:i]]
            bad = nat_word(wrong_for(words[i], rng), rng, spoken)
            post = [nat_word(w, rng, spoken) for w in words[i:]]
            mid = " ".join(pre + [bad]) + ", " + rng.choice(CORRECTIONS) + " "
            if rng.random() < 0.4:
                mid = mid.replace(", ", ", ehm, ", 1) if pre else mid
            body = mid + " ".join(post)
            head = rng.choice(("Oya type", "Just type", "Abeg run", "You will now type"))
            lead = rng.choice(ASIDES) + " " if rng.random() < 0.3 else ""
            line = f"{lead}{head} {body}, {rng.choice(TRAILS)}"
        elif kind == 2:  # natural, whole-command restart
            k = rng.randrange(1, len(words) + 1)
            first = [nat_word(w, rng, 0.5) for w in words[:k]]
            if k == len(words):
                j = rng.randrange(1, len(words)) if len(words) > 1 else 0
                first[j] = nat_word(wrong_for(words[j], rng), rng, 0.5)
            aside = " " + rng.choice(ASIDES) if rng.random() < 0.4 else ""
            redo = say_natural(cmd, desc, rng, rng.randrange(20))
            if not redo:
                continue
            line = f"Oya type {' '.join(first)}, uhm...{aside} {rng.choice(RESTARTS)} {redo}"
        elif kind == 3:  # protocol, word correction
            groups = protocol_tokens(cmd, rng, rng.random() < 0.5, False)
            spaces = [k for k, g in enumerate(groups) if g == ["space"]]
            if not spaces:
                continue
            s = rng.choice(spaces)
            bad = protocol_tokens(wrong_for(words[spaces.index(s) + 1], rng), rng, False, False)
            pre = flatten(groups[: s + 1], rng, False)
            post = flatten(groups[s + 1 :], rng, False)
            wrong = flatten(bad, rng, False)
            marker = rng.choice(CORRECTIONS)
            line = " ".join(pre + wrong) + ", " + marker + " " + " ".join(post)
            if rng.random() < 0.5:
                line += ". " + rng.choice(TRAILS).capitalize()
        else:  # protocol, whole restart with an aside
            groups = protocol_tokens(cmd, rng, False, False)
            spaces = [k for k, g in enumerate(groups) if g == ["space"]]
            cut = rng.choice(spaces) if spaces else len(groups)
            first = " ".join(flatten(groups[:cut], rng, False))
            again = " ".join(flatten(groups, rng, False))
            filler = rng.choice(("ehm, ", "uhm, ", ""))
            aside = rng.choice(ASIDES) + " " if rng.random() < 0.5 else ""
            line = f"{filler}{first}... {aside}{rng.choice(RESTARTS)} {again}"
        line = line[:1].upper() + line[1:]
        if decode(line) == cmd:
            return line
    return ""


# ---------------------------------------------------------------- assembly
def tool_of(cmd: str) -> str:
    w = cmd.split()
    return w[1] if w[0] == "sudo" and len(w) > 1 else w[0]


def load() -> tuple[list[str], dict[str, str]]:
    cmds: list[str] = []
    with open(DATA / "train.jsonl", encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 11 != 5:
                continue
            cmd = json.loads(raw)["command"]
            ok = cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
            if ok and "  " not in cmd and cmd == cmd.strip() and cmd not in cmds:
                cmds.append(cmd)
    desc: dict[str, str] = {}
    with open(DATA / "corpus.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            desc.setdefault(row["command"], row["description"])
    return cmds, desc


def main() -> None:
    rng = random.Random(27)
    cmds, desc = load()
    rng.shuffle(cmds)
    tools: dict[str, int] = {}
    rows: list[dict] = []
    pos = 0
    for slice_name in SLICES:
        made = 0
        while made < PER_SLICE:
            if pos >= len(cmds):
                raise SystemExit("ran out of commands")
            cmd = cmds[pos]
            pos += 1
            tool = tool_of(cmd)
            if tools.get(tool, 0) >= 2:
                continue
            why = desc.get(cmd, "")
            if slice_name == "clean":
                line = say_clean(cmd, rng)
            elif slice_name == "fuzzy":
                line = say_fuzzy(cmd, rng, say_clean(cmd, rng))
            elif slice_name == "natural":
                line = say_natural(cmd, why, rng, made) if why else ""
            else:
                line = say_chaotic(cmd, why, rng, made) if why else ""
            if not line or decode(line) != cmd:
                continue
            tools[tool] = tools.get(tool, 0) + 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            made += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
