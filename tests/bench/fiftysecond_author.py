"""Author 52: Omar, a backend developer in Cairo, dictates shell commands to Whisper.

Writes assets/training/bash/author52.jsonl: 400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author": "author52"}.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), taken from
assets/training/bash/pages_dev41_commands.jsonl (only lines whose 0-based number % 4 == 1).
Each command is used once; one tool (first word after sudo / VAR=value) at most twice.

Run: cd /work/main && python3 tests/bench/fiftysecond_author.py
Deterministic: one random.Random(52), consumed in a fixed order.

STYLE GUIDE
===========

Persona
-------
Omar is an Egyptian backend developer in Cairo. He dictates in fluent English with Arabic
habits: "yalla" (come on / let's go), "khalas" (done; it also ENDS a dictation), "inshallah"
(hopefully), "wallahi" (honestly), "ya3ni" / "yani" (filler: I mean, like), "tab" (okay then),
"mashi" (okay), "habibi" / "ya habibi" (friendly address). When talking to a colleague he asks
directly and gives a reason: "Yalla, run X so we see the logs, khalas."

Protocol vocabulary (clean, fuzzy, protocol-style chaotic)
----------------------------------------------------------
* "space" is said exactly where the command has a space. Everything said between two
  "space"s is glued together with no space.
* Symbols: dash -, double dash --, dot ., slash /, pipe |, tilde ~, star *, equals =,
  underscore _, colon :, hash #, at @, quote ", single quote ', greater than >, less than <,
  dollar $, open/close paren ( ), open/close bracket [ ], open/close brace { },
  question mark ?, bang !, percent %, caret ^, ampersand &, semicolon ;, comma ,, plus +,
  backslash.
* Fuzzy synonyms (same meaning): minus / hyphen = dash; dash dash / minus minus /
  double minus = double dash; period / point = dot; forward slash = slash;
  under score = underscore; tilda = tilde; equal / equal sign = equals; at sign = at;
  pound = hash; asterisk = star; vertical bar = pipe; double quote = quote;
  exclamation mark = bang.
* Letters and words are said as words, lower case by default. "capital X" upper-cases the
  first letter of the next word ("capital v capital box capital manage" = VBoxManage);
  "all caps X" upper-cases the whole next word ("all caps readme" = README).
* Numbers: a run of one or two digits is a cardinal ("seven", "forty two"); round hundreds are
  "one hundred"; a four-digit run may be said as two pairs ("eighty eighty" = 8080,
  "fifty four thirty two" = 5432); any other run digit by digit ("one five seven seven ...").
  Fuzzy lines may carry Whisper's digits instead ("100").
* Clean lines are pure protocol: lower case, no punctuation, no framing.
* Fuzzy lines add Whisper slips: synonyms, first word capitalised, a final full stop, commas
  after some "space"s, some numbers as digits, a compound word split in two
  ("read array" = readarray; the listener glues words anyway).

Natural vocabulary
------------------
Omar talks to a colleague; "space" is never said. Whisper writes the command's words, flags,
numbers, paths, file names and URLs as text. Omar still names a few symbols as words:
"pipe" (|), "greater than" (>), "less than" (<) are separate words of the command; home paths
are said "tilde slash projects slash photo.jpg" (~/projects/photo.jpg), with "dot" for a
leading dot ("tilde slash dot coveralls.yml" = ~/.coveralls.yml). The command always follows a
cue word: run, type, execute, try, write, launch, enter, "the command is", or a colon. It ends
at the first terminator: a comma / full stop / question mark / exclamation mark / semicolon
followed by a space or the end of the line, or one of the words so, for, and, because, to,
on, in, please, then, khalas, inshallah, wallahi, yalla, mashi, habibi, ya. Framing text before
the cue never contains a cue word; the reason (often the tldr description) is said before the
cue or after the terminator.

Disfluencies (chaotic)
----------------------
* Hesitations: "uh", "um", "umm", "ehh", "ya3ni", "yani" (with Whisper's commas) mean nothing.
* Word or flag correction: "la la", "la2, I mean", "sorry, ya3ni" cancel the command word just
  said (the shell word in progress back to the previous "space" in protocol, the previous
  whitespace-separated command word in natural speech); Omar then says the right word and goes
  on. Example: "run docker ps -a, la la, -q" = docker ps -q.
* Whole-command restart: "from the start" (often "la2, from the start") throws away everything
  said before it; the rest is a complete new dictation.
* Asides come before the cue (natural) or before a colon (protocol); trailing thoughts come
  after the terminator / after "khalas". Every chaotic line has a correction or a restart.

Listener rules (decode)
-----------------------
1. Keep only the text after the last "from the start".
2. Replace each correction marker (with its commas) by a CORRECT mark; then drop the
   hesitations with their commas.
3. If the word "space" occurs, or no cue is found, the line is protocol; otherwise natural.
4. Protocol: cut at "khalas"; if a colon character followed by a space occurs, keep what
   follows the first one; drop fillers (yalla, tab, mashi, okay, ok, wallahi, inshallah,
   habibi, ya) and Whisper's punctuation; read left to right: "space" closes a word, symbol
   names become symbols (longest name first), number words become digits, "capital" / "all
   caps" shape the next word, CORRECT empties the word in progress (or, right after "space",
   removes the previous word), any other word is glued on in lower case.
5. Natural: take the text after the first cue, cut at the first terminator, split on spaces;
   "pipe", "greater than", "less than" are operator words; "tilde" starts a word and "slash" /
   "dot" glue onto their neighbours; CORRECT removes the previous command word; every other
   piece of text is a command word exactly as written. Join the words with single spaces.

Ambiguities kept out by construction: a candidate line is rejected (and another command or
phrasing tried) unless decode() returns exactly its command, so a command word that collides
with this vocabulary ("point", "tab", "so", ...) simply never appears in the slice that
would misread it.
"""

import json
import random
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev41_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author52.jsonl"
AUTHOR = "author52"
PER_SLICE = 100

RNG = random.Random(52)

# --------------------------------------------------------------------------- vocabulary

SAY = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "_": "underscore",
    "~": "tilde",
    ":": "colon",
    "=": "equals",
    "@": "at",
    "#": "hash",
    "*": "star",
    "|": "pipe",
    ">": "greater than",
    "<": "less than",
    '"': "quote",
    "'": "single quote",
    "$": "dollar",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "?": "question mark",
    "!": "bang",
    "%": "percent",
    "^": "caret",
    "&": "ampersand",
    ";": "semicolon",
    ",": "comma",
    "+": "plus",
    "\\": "backslash",
}
FUZZY_SAY = {
    "-": ["minus", "hyphen"],
    ".": ["period", "point"],
    "/": ["forward slash"],
    "_": ["under score"],
    "~": ["tilda"],
    "=": ["equal sign", "equal"],
    "@": ["at sign"],
    "#": ["pound"],
    "*": ["asterisk"],
    "|": ["vertical bar"],
    '"': ["double quote"],
    "!": ["exclamation mark"],
    "--": ["dash dash", "minus minus", "double minus"],
}
PHRASES = {("double", "dash"): "--", ("double", "minus"): "--"}
for _sym, _name in SAY.items():
    PHRASES[tuple(_name.split())] = _sym
for _sym, _names in FUZZY_SAY.items():
    for _name in _names:
        if tuple(_name.split()) not in PHRASES:
            PHRASES[tuple(_name.split())] = _sym

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNIT_VAL = {w: i for i, w in enumerate(UNITS)}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS) if w}

PROTOCOL_FILLERS = ["yalla", "tab", "mashi", "okay", "ok", "wallahi", "inshallah", "habibi", "ya"]
HESITATION_RE = re.compile(r"(?:,|\.\.\.)?\s*\b(?:uh|umm|um|ehh|ya3ni|yani)\b[,.]?", re.I)
CORR = "<<CORR>>"
CORR_RE = re.compile(r"(?:,|\.\.\.)?\s*\b(?:la la|la2,? I mean|sorry,? ya3ni)\b[,.]?\s*", re.I)
RESTART_RE = re.compile(r"\bfrom the start\b[.,:!]?", re.I)
CUE_RE = re.compile(r"\b(?:run|type|execute|try|write|launch|enter|the command is)\b\s+|:\s+", re.I)
TERM_RE = re.compile(
    r"[,.?!;](?=\s|$)|\s(?:so|for|and|because|to|on|in|please|then|khalas|inshallah"
    r"|wallahi|yalla|mashi|habibi|ya)\b",
    re.I,
)
SPACE_RE = re.compile(r"\bspace\b", re.I)

# --------------------------------------------------------------------------- listener


def _protocol(text: str) -> str:
    text = re.split(r"\bkhalas\b", text, maxsplit=1, flags=re.I)[0]
    colon = re.search(r":\s", text)
    if colon:
        text = text[colon.end() :]
    toks = []
    for raw in text.split():
        if raw == CORR:
            toks.append(raw)
            continue
        tok = raw.strip(",.!?;").lower()
        if tok and tok not in PROTOCOL_FILLERS:
            toks.append(tok)
    words: list[str] = []
    cur = ""
    case = ""
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if tok == CORR:
            if cur:
                cur = ""
            elif words:
                words.pop()
            i += 1
            continue
        if tok == "space":
            words.append(cur)
            cur = ""
            i += 1
            continue
        if tok == "capital":
            case, i = "cap", i + 1
            continue
        if tok == "all" and nxt == "caps":
            case, i = "all", i + 2
            continue
        matched = False
        for size in (3, 2, 1):
            key = tuple(toks[i : i + size])
            if len(key) == size and key in PHRASES:
                cur += PHRASES[key]
                i += size
                matched = True
                break
        if matched:
            continue
        if tok in TENS_VAL:
            val = TENS_VAL[tok]
            if nxt in UNIT_VAL and UNIT_VAL[nxt]:
                val += UNIT_VAL[nxt]
                i += 1
            cur += str(val)
        elif tok in TEEN_VAL:
            cur += str(TEEN_VAL[tok])
        elif tok in UNIT_VAL:
            if nxt == "hundred":
                cur += str(UNIT_VAL[tok]) + "00"
                i += 1
            else:
                cur += str(UNIT_VAL[tok])
        else:
            if case == "cap":
                tok = tok[:1].upper() + tok[1:]
            elif case == "all":
                tok = tok.upper()
            case = ""
            cur += tok
        i += 1
    if cur:
        words.append(cur)
    return " ".join(words)


def _natural(span: str) -> str:
    toks = span.split()
    words: list[str] = []
    glue = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if tok == CORR:
            if words:
                words.pop()
            glue = False
        elif low == "pipe":
            words.append("|")
            glue = False
        elif low in ("greater", "less") and nxt == "than":
            words.append(">" if low == "greater" else "<")
            glue = False
            i += 1
        elif low == "tilde":
            words.append("~")
            glue = True
        elif low in ("slash", "dot"):
            mark = "/" if low == "slash" else "."
            if words:
                words[-1] += mark
            else:
                words.append(mark)
            glue = True
        elif glue and words:
            words[-1] += tok
            glue = False
        else:
            words.append(tok)
        i += 1
    return " ".join(words)


def decode(line: str) -> str:
    """Recover the command from one of Omar's transcripts (the listener of the guide)."""
    text = RESTART_RE.split(line)[-1]
    text = CORR_RE.sub(f" {CORR} ", text)
    text = HESITATION_RE.sub(" ", text)
    cue = CUE_RE.search(text)
    if SPACE_RE.search(text) or not cue:
        return _protocol(text)
    span = text[cue.end() :]
    term = TERM_RE.search(span)
    if term:
        span = span[: term.start()]
    return _natural(span)


# --------------------------------------------------------------------------- speakers


def say_number(digits: str, rng: random.Random) -> str:
    def pair(n: int) -> str:
        if n < 10:
            return UNITS[n]
        if n < 20:
            return TEENS[n - 10]
        tens, unit = divmod(n, 10)
        return TENS[tens] + (" " + UNITS[unit] if unit else "")

    if len(digits) == 1 or (len(digits) == 2 and digits[0] != "0"):
        return pair(int(digits))
    if len(digits) == 3 and digits[0] != "0" and digits[1:] == "00":
        return UNITS[int(digits[0])] + " hundred"
    if len(digits) == 4 and digits[0] != "0" and digits[2] != "0" and rng.random() < 0.6:
        return pair(int(digits[:2])) + " " + pair(int(digits[2:]))
    return " ".join(UNITS[int(d)] for d in digits)


HEADS = [
    "back",
    "data",
    "file",
    "name",
    "read",
    "work",
    "pass",
    "user",
    "down",
    "load",
    "over",
    "mount",
    "screen",
    "time",
    "key",
    "news",
    "auto",
    "fire",
    "home",
    "play",
    "rain",
    "web",
    "word",
    "net",
    "light",
    "snap",
    "speed",
    "tool",
    "wallpaper",
    "config",
    "source",
    "lock",
    "check",
    "print",
    "boot",
    "power",
    "list",
    "test",
    "make",
    "search",
    "host",
    "stream",
    "golang",
    "java",
    "kube",
    "post",
    "flat",
    "open",
    "docker",
    "flag",
    "font",
    "info",
    "init",
    "maestral",
    "mongo",
    "secrets",
    "terra",
    "waifu",
    "tmux",
    "pdf",
]


def say_alpha(run: str, rng: random.Random, fuzzy: bool) -> list[str]:
    out = []
    for seg in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run):
        if seg.islower():
            heads = [h for h in HEADS if seg.startswith(h) and len(seg) - len(h) >= 3]
            if fuzzy and heads and rng.random() < 0.6:
                head = max(heads, key=len)
                out.extend([head, seg[len(head) :]])
            else:
                out.append(seg)
        elif len(seg) == 1 or seg[1:].islower():
            out.extend(["capital", seg.lower()])
        else:
            out.extend(["all caps", seg.lower()])
    return out


def say_piece(piece: str, rng: random.Random, fuzzy: bool = False) -> str:
    out = []
    for run in re.findall(r"[A-Za-z]+|[0-9]+|--|.", piece):
        if run == "--":
            use = fuzzy and rng.random() < 0.5
            out.append(rng.choice(FUZZY_SAY["--"]) if use else "double dash")
        elif run.isdigit():
            out.append(run if fuzzy and rng.random() < 0.4 else say_number(run, rng))
        elif run.isalpha():
            out.extend(say_alpha(run, rng, fuzzy))
        else:
            name = SAY[run]
            if fuzzy and run in FUZZY_SAY and rng.random() < 0.6:
                name = rng.choice(FUZZY_SAY[run])
            out.append(name)
    return " ".join(out)


NAT_TOKEN = re.compile(r"[A-Za-z0-9/-][A-Za-z0-9._/:=@+,-]*")
NAT_TILDE = re.compile(r"~/[A-Za-z0-9._/-]*")


def nat_token(tok: str) -> str | None:
    if tok == "|":
        return "pipe"
    if tok == ">":
        return "greater than"
    if tok == "<":
        return "less than"
    if NAT_TILDE.fullmatch(tok):
        words = ["tilde"]
        for part in tok[2:].split("/"):
            words.append("slash")
            if part.startswith("."):
                words.extend(["dot", part[1:]])
            elif part:
                words.append(part)
        return " ".join(words)
    if NAT_TOKEN.fullmatch(tok) and tok[-1] not in ".," and tok != "--":
        return tok
    return None


def nat_tokens(cmd: str) -> list[str] | None:
    out = []
    for tok in cmd.split(" "):
        said = nat_token(tok)
        if said is None:
            return None
        out.append(said)
    return out


BAD_WHY_STARTS = ["don't", "do", "verbose", "interactive", "output", "compile"]


def why_of(description: str) -> str:
    """The description as an infinitive clause ("display help"), or "" when it is not a verb."""
    text = re.sub(r"\s*\([^)]*\)|\s*<[^>]*>", "", description).strip().rstrip(".")
    text = text.split(". ")[0]
    if not text or text.split()[0].lower() in BAD_WHY_STARTS:
        return ""
    if len(text) > 1 and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


NATURAL_TEMPLATES = [
    "Yalla, run {c} so we see the output, khalas.",
    "Yalla, run {c} so we can {why}, khalas.",
    "Tab, can you run {c} for me? I want to {why}.",
    "Habibi, just type {c} and press enter, mashi?",
    "Okay, ya3ni, execute {c} because I need to {why}.",
    "I need to {why}. Yalla, run {c}, khalas.",
    "Mashi, now run {c} and tell me what you get.",
    "Inshallah this works: {c}.",
    "Please try {c}, inshallah it works this time.",
    "Yalla, let's try {c} to {why}.",
    "The command is {c}, khalas.",
    "Wallahi I keep forgetting this one. Type {c} in the terminal, khalas.",
    "Before the standup, run {c}, wallahi it's important.",
    "Tab, we need to {why}, so type {c} and we're done.",
    "Can you quickly run {c}? Wallahi the client is waiting.",
    "Run {c} please, habibi.",
    "Okay, note this one down: {c}. Khalas.",
    "Mashi mashi, launch {c} on the server, yalla.",
    "Yalla habibi, enter {c} and let's see, inshallah nothing breaks.",
    "So the idea is to {why}. Tab, run {c}, mashi?",
    "Run {c}. That's it, khalas.",
    "Tab, one more thing, execute {c} to {why}, yalla.",
    "Ya3ni it's simple, just run {c}, wallahi nothing else.",
    "Okay yalla, first thing, type {c}, then tell me, mashi?",
    "Can you run {c} for me, ya habibi? I want to {why}.",
    "Khalas, I found it. Execute {c} and we can {why}.",
]
ASIDES = [
    "Wallahi this laptop is so slow today.",
    "Ehh, one second, the AC guy is here.",
    "Okay okay, where was I.",
    "Habibi, the VPN dropped again.",
    "Ya3ni this ticket is taking forever.",
    "Wallahi the coffee here is terrible.",
    "Mashi, the client changed the requirements again.",
]
TRAILS = [
    " Wallahi I always mix this one up.",
    " Ya3ni, we'll see what happens.",
    " And then lunch, inshallah.",
    " Tab, I think that's it... mashi.",
    " If it fails, call me, ok?",
    " Wallahi, last one for today.",
]
NAT_MARKERS = [", la la, ", ", la2, I mean, ", ", sorry, ya3ni, ", "... la la, "]
PROTO_MARKERS = [" la la ", ", la2, I mean, ", ", sorry, ya3ni, ", " la la, "]
HESITATIONS = [", uh, ", ", ehh, ", ", ya3ni, ", ", umm, "]
NAT_RESTART_LEADS = ["Yalla, run", "Tab, type", "Okay, execute", "Habibi, run"]
RESTARTS = ["... la2, from the start. ", "... la la, from the start. ", ", wait, from the start: "]
PROTO_LEADS = [
    "",
    "",
    "Yalla, ",
    "Okay, tab, write this down: ",
    "Mashi, here it is: ",
    "Ehh, wallahi, slowly now: ",
    "Tab, ya3ni, the command: ",
    "Yalla habibi, in protocol: ",
]
PROTO_ENDS = [
    ", khalas.",
    " khalas",
    ", khalas, yalla.",
    ".",
    ", khalas. Wallahi, long one.",
    ", khalas, inshallah it works.",
]

EXTS = ["txt", "json", "yaml", "log", "conf", "csv", "py", "md"]
DIRS = ["docs", "src", "data", "tmp", "projects", "logs", "build"]
LONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--list", "--help", "--version"]
SHORT = "acdfhlnpqrsvx"
VOCAB: list[str] = []


def mistake(tok: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([c for c in SHORT if c != tok[1]])
    if re.fullmatch(r"--[a-z][a-z-]+", tok):
        return rng.choice([f for f in LONG_FLAGS if f != tok])
    if tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 5, 10]))
    ext = re.fullmatch(r"(.*[A-Za-z])\.([A-Za-z0-9]+)", tok)
    if ext:
        return ext.group(1) + "." + rng.choice([e for e in EXTS if e != ext.group(2)])
    parts = tok.split("/")
    for k, part in enumerate(parts):
        if part in DIRS:
            parts[k] = rng.choice([d for d in DIRS if d != part])
            return "/".join(parts)
    runs = re.findall(r"[a-z]{3,}", tok)
    if runs:
        options = [w for w in VOCAB if w[:2] == runs[0][:2] and w != runs[0]]
        if not options:
            options = [w for w in VOCAB if w[0] == runs[0][0] and w != runs[0]]
        if options:
            return tok.replace(runs[0], rng.choice(options), 1)
    return None


# --------------------------------------------------------------------------- slice makers


def make_clean(cmd: str, desc: str, rng: random.Random) -> str | None:
    return " space ".join(say_piece(p, rng) for p in cmd.split(" "))


def make_fuzzy(cmd: str, desc: str, rng: random.Random) -> str | None:
    pieces = [say_piece(p, rng, fuzzy=True) for p in cmd.split(" ")]
    text = pieces[0]
    for piece in pieces[1:]:
        text += (" space, " if rng.random() < 0.3 else " space ") + piece
    text = text[0].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


TEMPLATE_CYCLE: list[int] = []


def make_natural(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = nat_tokens(cmd)
    if toks is None:
        return None
    speech = " ".join(toks)
    if not TEMPLATE_CYCLE:
        order = list(range(len(NATURAL_TEMPLATES)))
        rng.shuffle(order)
        TEMPLATE_CYCLE.extend(order)
    for attempt in range(len(TEMPLATE_CYCLE)):
        idx = TEMPLATE_CYCLE[attempt]
        if "{why}" in NATURAL_TEMPLATES[idx] and not why_of(desc):
            continue
        line = NATURAL_TEMPLATES[idx].format(c=speech, why=why_of(desc))
        if decode(line) == cmd:
            TEMPLATE_CYCLE.pop(attempt)
            return line
    return None


def _with_correction(pieces: list[str], wrong: str, at: int, marker: str) -> list[str]:
    out = list(pieces)
    out[at] = wrong + marker + pieces[at]
    return out


def make_chaotic_natural(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    said = nat_tokens(cmd)
    if said is None:
        return None
    template = rng.choice([t for t in NATURAL_TEMPLATES if why_of(desc) or "{why}" not in t])
    kind = rng.choice(["word", "flag", "restart", "word"])
    flags = [k for k, t in enumerate(toks) if t.startswith("-")]
    pieces = list(said)
    if kind == "restart":
        k = rng.randint(1, max(1, len(toks) - 1))
        partial = " ".join(said[:k])
        wrong = mistake(toks[k - 1], rng)
        if wrong is not None and nat_token(wrong) is not None and (k == 1 or rng.random() < 0.5):
            partial = " ".join(said[: k - 1] + [nat_token(wrong) or ""])
        lead = rng.choice(NAT_RESTART_LEADS) + " " + partial + rng.choice(RESTARTS)
    else:
        at = rng.choice(flags) if kind == "flag" and flags else rng.randrange(len(toks))
        wrong = mistake(toks[at], rng)
        if wrong is None or nat_token(wrong) is None:
            return None
        pieces = _with_correction(pieces, nat_token(wrong) or "", at, rng.choice(NAT_MARKERS))
        lead = rng.choice(ASIDES) + " " if rng.random() < 0.4 else ""
    if len(pieces) > 2 and rng.random() < 0.5:
        j = rng.randrange(1, len(pieces))
        pieces[j - 1] = pieces[j - 1] + rng.choice(HESITATIONS).rstrip()
    line = lead + template.format(c=" ".join(pieces), why=why_of(desc))
    if rng.random() < 0.4:
        line += rng.choice(TRAILS)
    return line


def make_chaotic_protocol(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    if len(toks) < 2:
        return None
    pieces = [say_piece(p, rng, fuzzy=rng.random() < 0.3) for p in toks]
    kind = rng.choice(["word", "flag", "restart"])
    flags = [k for k, t in enumerate(toks) if t.startswith("-")]
    prefix = ""
    if kind == "restart":
        k = rng.randint(1, len(toks) - 1)
        prefix = " space ".join(pieces[:k]) + rng.choice(RESTARTS)
    else:
        at = rng.choice(flags) if kind == "flag" and flags else rng.randrange(len(toks))
        wrong = mistake(toks[at], rng)
        if wrong is None:
            return None
        pieces = _with_correction(pieces, say_piece(wrong, rng), at, rng.choice(PROTO_MARKERS))
    if rng.random() < 0.4:
        j = rng.randrange(1, len(pieces))
        pieces[j] = rng.choice(["uh ", "ehh ", "ya3ni "]) + pieces[j]
    lead = rng.choice(PROTO_LEADS)
    body = " space ".join(pieces)
    line = prefix + lead + body + rng.choice(PROTO_ENDS)
    if rng.random() < 0.3:
        line += ("" if line.endswith(".") else ".") + rng.choice(TRAILS)
    return line[0].upper() + line[1:]


def make_chaotic(cmd: str, desc: str, rng: random.Random) -> str | None:
    if rng.random() < 0.6 and nat_tokens(cmd) is not None:
        return make_chaotic_natural(cmd, desc, rng)
    return make_chaotic_protocol(cmd, desc, rng)


# --------------------------------------------------------------------------- selection


def tool_of(cmd: str) -> str:
    toks = cmd.split()
    i = 0
    while i < len(toks) - 1 and (toks[i] == "sudo" or re.fullmatch(r"[A-Z_]+=\S*", toks[i])):
        i += 1
    return toks[i]


def usable(cmd: str) -> bool:
    if not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd or "  " in cmd:
        return False
    if cmd != cmd.strip() or not re.match(r"[A-Za-z~]", cmd):
        return False
    if any(not (c.isalnum() or c == " " or c in SAY) for c in cmd):
        return False
    try:
        shlex.split(cmd)
    except ValueError:
        return False
    return True


def load_pool() -> list[dict]:
    pool = []
    with SRC.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh):
            if number % 4 != 1:
                continue
            row = json.loads(raw)
            if usable(row["command"]):
                pool.append({"command": row["command"], "description": row["description"]})
    return pool


def is_chaotic(line: str) -> bool:
    return bool(CORR_RE.search(line) or RESTART_RE.search(line))


def fill(name, maker, pool, used, tools, rng) -> list[dict]:
    rows = []
    for cand in pool:
        if len(rows) == PER_SLICE:
            break
        cmd = cand["command"]
        if cmd in used or tools.get(tool_of(cmd), 0) >= 2:
            continue
        for _ in range(3):
            line = maker(cmd, cand["description"], rng)
            if line is None or decode(line) != cmd or "  " in line:
                continue
            if name == "chaotic" and not is_chaotic(line):
                continue
            if name == "clean" and not re.fullmatch(r"[a-z ]+", line):
                continue
            rows.append({"input": line, "command": cmd, "slice": name, "author": AUTHOR})
            used.add(cmd)
            tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
            break
    if len(rows) != PER_SLICE:
        raise SystemExit(f"{name}: only {len(rows)} lines")
    return rows


def main() -> None:
    pool = load_pool()
    for cand in pool:
        for word in re.findall(r"[a-z]{3,}", cand["command"]):
            if word not in VOCAB:
                VOCAB.append(word)
    RNG.shuffle(pool)
    used: set[str] = set()
    tools: dict[str, int] = {}
    natural = fill("natural", make_natural, pool, used, tools, RNG)
    chaotic = fill("chaotic", make_chaotic, pool, used, tools, RNG)
    clean = fill("clean", make_clean, pool, used, tools, RNG)
    fuzzy = fill("fuzzy", make_fuzzy, pool, used, tools, RNG)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in clean + fuzzy + natural + chaotic:
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {OUT} ({len(clean) + len(fuzzy) + len(natural) + len(chaotic)} lines)")


if __name__ == "__main__":
    main()
