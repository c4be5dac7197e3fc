"""Independent voice-to-bash evaluation set, author46: persona "Ji-woo".

Writes assets/training/bash/author46.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author"}. Deterministic: one
random.Random(46), consumed in a fixed order. Run: python3 tests/bench/fortysixth_author.py

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" / "description" fields of
assets/training/bash/pages_dev40_commands.jsonl (only lines whose 0-based number % 6 == 1).

STYLE GUIDE
===========
Persona. Ji-woo is a Korean backend developer who dictates shell commands in English with Korean
IT habits. Polite and direct; often says why ("To check the logs, please run ..."), closes with
"thank you" or "please check". Hesitates with "Eum," / "Geu," and corrects with "ani," (Korean
"no"), "I mean", "sorry, again" and "not X, Y". Addresses colleagues as "Sunbae-nim" / "Hyeong".

1. Protocol speech (clean and fuzzy slices; also some chaotic lines).
   Every character is spoken; the word "space" marks exactly one space of the command; all other
   spoken pieces are glued together with no space. Vocabulary (clean = Ji-woo's own words):
     -  hyphen | bar          --  double bar          _  under bar        ~  wave | tilde
     .  dot | jeom            /   slash               @  golbaengi | at   #  sharp
     |  pipe                  *   star                =  equal            :  colon
     "  double quote          '   single quote        ,  comma            +  plus
     >  greater than          <   less than           ?  question mark    !  exclamation mark
     ( ) open paren / close paren    [ ] open bracket / close bracket    { } open brace / close
     brace    & ampersand    ; semicolon    % percent    $ dollar    \\ backslash    ^ caret
   Digits are said one by one as words ("eight zero eight zero"). Letters are said as the
   lowercase word. Case: "big letter X" capitalises the first letter of the next word ("big
   letter main" = Main, "big letter c" = C); "all big X" uppercases the next word ("all big
   readme" = README). A word that would be heard as a symbol or keyword is preceded by
   "literal" ("literal hash" = hash, "literal one" = one).
   Fuzzy adds looser synonyms: minus | dash (-), double dash | dash dash | minus minus | double
   minus (--), period | point (.), forward slash (/), underscore (_), at sign (@), hash (#),
   asterisk (*), equals | equal sign (=), apostrophe ('), quote ("), capital (= big letter),
   all caps (= all big); and Whisper slips: first word capitalised, a final full stop, a comma
   after some "space"s, some numbers written as digits, a long name split in two ("hypr ctl").
   Listener: lowercase, drop trailing , . ? ! from every word, map words as above, "space" -> " ",
   everything else is literal text glued to its neighbours.

2. Natural speech (natural slice; most chaotic lines). "space" is never said. Whisper writes what
   it recognises as text (words, digits, file names, paths, flags: "-la", "/etc/hosts",
   "config.yaml"); symbols Ji-woo names stay words. Written tokens are separate command words.
   Spoken symbols glue by class:
     prefix (glues to the word after it): bar | hyphen (-), double bar (--), wave | tilde (~),
       sharp (#); so "bar bar force" = --force, "wave slash notes" = ~/notes.
     infix (glues both sides): dot | jeom (.), slash (/), under bar (_), colon (:), equal (=),
       golbaengi (@); so "config dot yaml" = config.yaml, "s3 colon slash slash b" = s3://b.
     standalone (its own word): pipe (|), star (*), ampersand (&), greater than (>), less than (<).
   Ji-woo only speaks a "-" at the start of a word and an infix symbol between two characters of
   a word; anything else (leading "/", inner "-", quotes) is left to Whisper as text.
   Framing: the command always follows a cue phrase: "please run|type|execute|enter", "can you
   run|type", "could you run|type", "just run", "the command is", "now I run", "I will run",
   "let's run", "please check with", or a sentence-initial "Run"/"Type". The command ends at the
   first closer: ", please", ", thank", ", because", ", so ", ", to ", ", okay", ", and ", ", it
   is", ", this is", ", ah", " please", " for me", " and press", " on the ", or a sentence end
   (". ", "? ", "! ", or the final . ? !). Anything before the cue (why, politeness, asides) and
   after the closer is not part of the command.

3. Disfluencies (chaotic slice). Every line has at least one correction or restart.
   - "Eum," / "Geu," are hesitations: ignore them (and the comma before them).
   - "sorry, again": whole-command restart; forget everything said before it.
   - "X, ani, Y" / "X, I mean, Y": Y repairs the command words just said. If Y's first command
     word was already said, go back to its latest occurrence and continue from there with Y
     (flag or whole-command scope: "-c 5, ani, -c 4"); otherwise Y replaces only the last command
     word ("5, ani, 4"). Ji-woo always repeats whole command words.
   - "..., not X, Y" (at the end of the command): the latest X said is replaced in place by Y.
   - Asides and trailing thoughts come before the cue or after a closer.

LISTENER (decode): strip hesitations; keep the text after the last "sorry, again"; take the text
after the first cue (the whole text if there is none); cut at the first closer (if there is
none, strip one final . ? !); split at correction markers; decode every piece as protocol speech
if the line had no cue or the command part contains the word "space", else as natural speech;
apply the repairs; join the command words with single spaces. Candidate lines that do not
decode to their command are rejected and regenerated.

Ambiguities kept out by rejection: a natural command that ends in "." or contains ". " or ", "
(Whisper punctuation would swallow it); command words equal to a spoken symbol word in natural
speech; a closer word inside a command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author46.jsonl"
AUTHOR = "author46"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TRIES = 8

# ---------------------------------------------------------------- protocol vocabulary
CLEAN_SYM = {
    "-": ["hyphen", "bar"],
    "--": ["double bar"],
    "_": ["under bar"],
    "~": ["wave", "tilde"],
    ".": ["dot", "jeom"],
    "/": ["slash"],
    "@": ["golbaengi", "at"],
    "#": ["sharp"],
    "|": ["pipe"],
    "*": ["star"],
    "=": ["equal"],
    ":": ["colon"],
    '"': ["double quote"],
    "'": ["single quote"],
    ",": ["comma"],
    "+": ["plus"],
    ">": ["greater than"],
    "<": ["less than"],
    "?": ["question mark"],
    "!": ["exclamation mark"],
    "(": ["open paren"],
    ")": ["close paren"],
    "[": ["open bracket"],
    "]": ["close bracket"],
    "{": ["open brace"],
    "}": ["close brace"],
    "&": ["ampersand"],
    ";": ["semicolon"],
    "%": ["percent"],
    "$": ["dollar"],
    "\\": ["backslash"],
    "^": ["caret"],
}
FUZZY_EXTRA = {
    "-": ["minus", "dash", "hyphen", "bar"],
    "--": ["double dash", "dash dash", "minus minus", "double minus", "double bar"],
    ".": ["period", "point", "dot", "jeom"],
    "/": ["forward slash", "slash"],
    "_": ["underscore", "under bar"],
    "@": ["at sign", "at", "golbaengi"],
    "#": ["hash", "sharp"],
    "*": ["asterisk", "star"],
    "=": ["equals", "equal sign", "equal"],
    "'": ["apostrophe", "single quote"],
    '"': ["quote", "double quote"],
}
FUZZY_SYM = {**CLEAN_SYM, **FUZZY_EXTRA}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

PROTO_ONE: dict[str, str] = {}
PROTO_TWO: dict[str, str] = {}
for _table in (CLEAN_SYM, FUZZY_SYM):
    for _sym, _names in _table.items():
        for _name in _names:
            parts = _name.split()
            (PROTO_TWO if len(parts) == 2 else PROTO_ONE)[_name] = _sym
for _d, _w in enumerate(DIGITS):
    PROTO_ONE[_w] = str(_d)
CASE_ONE = {"capital": "cap"}
CASE_TWO = {"big letter": "cap", "all big": "upper", "all caps": "upper"}
KEYWORDS = {"space", "literal"}

# ---------------------------------------------------------------- natural vocabulary
NAT_ONE = {
    "bar": ("-", "P"),
    "hyphen": ("-", "P"),
    "wave": ("~", "P"),
    "tilde": ("~", "P"),
    "sharp": ("#", "P"),
    "dot": (".", "I"),
    "jeom": (".", "I"),
    "slash": ("/", "I"),
    "colon": (":", "I"),
    "equal": ("=", "I"),
    "golbaengi": ("@", "I"),
    "pipe": ("|", "S"),
    "star": ("*", "S"),
    "ampersand": ("&", "S"),
}
NAT_TWO = {
    "double bar": ("--", "P"),
    "under bar": ("_", "I"),
    "greater than": (">", "S"),
    "less than": ("<", "S"),
}
NAT_INFIX_SAY = {
    ".": ["dot", "dot", "jeom"],
    "/": ["slash"],
    "_": ["under bar"],
    ":": ["colon"],
    "=": ["equal"],
    "@": ["golbaengi"],
}
NAT_STANDALONE_SAY = {
    "|": "pipe",
    ">": "greater than",
    "<": "less than",
    "&": "ampersand",
    "*": "star",
}

CUES = [
    "please run",
    "please type",
    "please execute",
    "please enter",
    "can you run",
    "can you type",
    "could you run",
    "could you type",
    "just run",
    "the command is",
    "now i run",
    "i will run",
    "let's run",
    "please check with",
]
CUE_RE = re.compile(
    r"(?i)(?:\b(?:" + "|".join(re.escape(c) for c in CUES) + r")\b"
    r"|^\s*(?:run|type)\b)"
)
CLOSERS = [
    ", please",
    ", thank",
    ", because",
    ", so ",
    ", to ",
    ", okay",
    ", and ",
    ", it is",
    ", this is",
    ", ah",
    " please",
    " for me",
    " and press",
    " on the ",
    ". ",
    "? ",
    "! ",
]
HES_RE = re.compile(r"(?i),?\s*\b(?:eum|geu)\b[,.]?")
RESTART_RE = re.compile(r"(?i)\bsorry,?\s+again\b[,.]?")
NOT_RE = re.compile(r"(?is)^(.*),\s*not\s+(.+?),\s+(.+)$")
MARK_RE = re.compile(r"(?i),?\s*\b(?:ani|I mean)\b,?\s*")


# ---------------------------------------------------------------- listener
def _decode_proto(seg: str) -> str:
    toks = [t.strip(",.?!").lower() for t in seg.split()]
    toks = [t for t in toks if t]
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        two = f"{t} {toks[i + 1]}" if i + 1 < len(toks) else ""
        if two in CASE_TWO and i + 2 < len(toks):
            w = toks[i + 2]
            out.append(w.upper() if CASE_TWO[two] == "upper" else w[:1].upper() + w[1:])
            i += 3
        elif two in PROTO_TWO:
            out.append(PROTO_TWO[two])
            i += 2
        elif t in CASE_ONE and i + 1 < len(toks):
            w = toks[i + 1]
            out.append(w[:1].upper() + w[1:])
            i += 2
        elif t == "literal" and i + 1 < len(toks):
            out.append(toks[i + 1])
            i += 2
        elif t == "space":
            out.append(" ")
            i += 1
        else:
            out.append(PROTO_ONE.get(t, t))
            i += 1
    return "".join(out)


def _decode_nat(seg: str) -> str:
    toks = [t.rstrip(",") for t in seg.split()]
    toks = [t for t in toks if t]
    items: list[tuple[str, bool, bool]] = []
    i = 0
    while i < len(toks):
        low = toks[i].lower()
        two = f"{low} {toks[i + 1].lower()}" if i + 1 < len(toks) else ""
        if two in ("big letter", "all big") and i + 2 < len(toks):
            w = toks[i + 2]
            items.append((w.upper() if two == "all big" else w[:1].upper() + w[1:], False, False))
            i += 3
            continue
        if two in NAT_TWO:
            sym, cls = NAT_TWO[two]
            i += 2
        elif low in NAT_ONE:
            sym, cls = NAT_ONE[low]
            i += 1
        else:
            items.append((toks[i], False, False))
            i += 1
            continue
        items.append((sym, cls == "I", cls in "PI"))
    out = ""
    for k, (text, gl, _gr) in enumerate(items):
        if k and not (items[k - 1][2] or gl):
            out += " "
        out += text
    return out


def _words(seg: str, proto: bool) -> list[str]:
    text = _decode_proto(seg) if proto else _decode_nat(seg)
    return [w for w in text.split(" ") if w]


def _repair(buf: list[str], rep: list[str]) -> list[str]:
    if not rep:
        return buf
    for k in range(len(buf) - 1, -1, -1):
        if buf[k] == rep[0]:
            return buf[:k] + rep
    return buf[:-1] + rep


def _span_words(span: str, proto: bool) -> list[str]:
    m = NOT_RE.match(span)
    if m:
        base = _span_words(m.group(1), proto)
        old, new = _words(m.group(2), proto), _words(m.group(3), proto)
        n = len(old)
        for k in range(len(base) - n, -1, -1):
            if n and base[k : k + n] == old:
                return base[:k] + new + base[k + n :]
        return base[: len(base) - n] + new
    pieces = MARK_RE.split(span)
    buf = _words(pieces[0], proto)
    for piece in pieces[1:]:
        buf = _repair(buf, _words(piece, proto))
    return buf


def decode(line: str) -> str:
    """Careful human listener of the style guide: transcript -> command."""
    text = " ".join(HES_RE.sub("", line).split())
    has_cue = CUE_RE.search(text) is not None
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    cue = CUE_RE.search(text)
    span = text[cue.end() :] if cue else text
    low = span.lower()
    cuts = [p for p in (low.find(c) for c in CLOSERS) if p >= 0]
    if cuts:
        span = span[: min(cuts)]
    span = span.strip().lstrip(",:").strip().rstrip(",").strip()
    if not cuts and span[-1:] in ".?!":
        span = span[:-1].rstrip()
    proto = not has_cue or "space" in {t.strip(",.?!").lower() for t in span.split()}
    return " ".join(_span_words(span, proto))


# ---------------------------------------------------------------- protocol speaker
CASE_SEG_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[a-z]+")
SPLIT_SUFFIXES = [
    "ctl",
    "info",
    "tool",
    "dump",
    "list",
    "config",
    "leaks",
    "colors",
    "bird",
    "manage",
    "shot",
    "lock",
    "mail",
    "fmt",
    "watch",
    "print",
    "grep",
    "launch",
    "admin",
    "builder",
    "scale",
    "review",
    "profile",
    "export",
    "search",
    "cast",
    "server",
    "install",
    "lint",
    "mount",
    "path",
    "finder",
    "storm",
    "ping",
]
SPLIT_PREFIXES = [
    "sub",
    "web",
    "time",
    "date",
    "dir",
    "net",
    "file",
    "key",
    "git",
    "text",
    "data",
    "work",
    "pass",
    "over",
    "check",
    "name",
    "open",
    "night",
    "thunder",
]


def _units(word: str) -> list[tuple[str, str]] | None:
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        c = word[i]
        if word.startswith("--", i):
            out.append(("sym", "--"))
            i += 2
        elif c.isdigit():
            j = i
            while j < len(word) and word[j].isdigit():
                j += 1
            out.append(("num", word[i:j]))
            i = j
        elif c.isascii() and c.isalpha():
            j = i
            while j < len(word) and word[j].isascii() and word[j].isalpha():
                j += 1
            out.extend(("alpha", s) for s in CASE_SEG_RE.findall(word[i:j]))
            i = j
        elif c in CLEAN_SYM:
            out.append(("sym", c))
            i += 1
        else:
            return None
    return out


def _split_name(s: str) -> tuple[str, str] | None:
    for suf in SPLIT_SUFFIXES:
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            return s[: -len(suf)], suf
    for pre in SPLIT_PREFIXES:
        if s.startswith(pre) and len(s) - len(pre) >= 3:
            return pre, s[len(pre) :]
    return None


def _proto_tokens(words: list[str], rng: random.Random, fuzzy: bool) -> list[str] | None:
    """Spoken protocol tokens for words; entries are (spoken, is_plain_text)."""
    table = FUZZY_SYM if fuzzy else CLEAN_SYM
    flat: list[tuple[str, bool]] = []
    split_done = not fuzzy or rng.random() < 0.5
    for wi, word in enumerate(words):
        if wi:
            flat.append(("space", False))
        units = _units(word)
        if units is None:
            return None
        for kind, s in units:
            if kind == "sym":
                flat.append((rng.choice(table[s]), False))
            elif kind == "num":
                if fuzzy and rng.random() < 0.35:
                    flat.append((s, False))
                else:
                    flat.extend((DIGITS[int(d)], False) for d in s)
            elif s.islower():
                parts = _split_name(s) if not split_done and len(s) >= 6 else None
                if parts:
                    split_done = True
                    flat.extend((p, True) for p in parts)
                else:
                    flat.append((s, True))
            elif len(s) == 1 or s[1:].islower():
                cap = "capital" if fuzzy and rng.random() < 0.5 else "big letter"
                flat.extend([(cap, False), (s.lower(), False)])
            else:
                big = "all caps" if fuzzy and rng.random() < 0.5 else "all big"
                flat.extend([(big, False), (s.lower(), False)])
    spoken: list[str] = []
    for k, (tok, plain) in enumerate(flat):
        nxt = flat[k + 1][0].split()[0] if k + 1 < len(flat) else ""
        prev = spoken[-1] if spoken else ""
        pairs = (f"{tok} {nxt}", f"{prev} {tok}")
        if plain and (
            tok in PROTO_ONE
            or tok in KEYWORDS
            or tok in CASE_ONE
            or any(p in PROTO_TWO or p in CASE_TWO for p in pairs)
        ):
            spoken.append("literal")
        spoken.extend(tok.split())
    return spoken


def _say_proto(words: list[str], rng: random.Random, fuzzy: bool = False) -> str | None:
    toks = _proto_tokens(words, rng, fuzzy)
    if toks is None:
        return None
    if not fuzzy:
        return " ".join(toks)
    out = []
    for t in toks:
        out.append(t)
        if t == "space" and rng.random() < 0.25:
            out[-1] = "space,"
    line = " ".join(out)
    line = line[:1].upper() + line[1:]
    if rng.random() < 0.6:
        line += "."
    return line


# ---------------------------------------------------------------- natural speaker
def _say_nat_word(word: str, rng: random.Random, p: float) -> str:
    if word in NAT_STANDALONE_SAY:
        return NAT_STANDALONE_SAY[word]
    if rng.random() >= p:
        return word
    toks: list[str] = []
    i = 0
    if word.startswith("--") and len(word) > 2 and word[2] != "-":
        toks.append(rng.choice(["double bar", "double bar", "bar bar"]))
        i = 2
    elif word.startswith("-") and len(word) > 1:
        toks.append(rng.choice(["bar", "bar", "hyphen"]))
        i = 1
    elif word.startswith("~"):
        toks.append(rng.choice(["wave", "tilde"]))
        i = 1
    chunk = ""
    for j in range(i, len(word)):
        c = word[j]
        if c in NAT_INFIX_SAY and 0 < j < len(word) - 1 and (chunk or toks):
            if chunk:
                toks.append(chunk)
            chunk = ""
            toks.append(rng.choice(NAT_INFIX_SAY[c]))
        else:
            chunk += c
    if chunk:
        toks.append(chunk)
    return " ".join(toks)


def _say_nat(words: list[str], rng: random.Random, p: float = 0.4, hes: float = 0.0) -> str:
    out: list[str] = []
    for k, w in enumerate(words):
        s = _say_nat_word(w, rng, p)
        if k and hes and rng.random() < hes:
            out[-1] += ", " + rng.choice(["eum", "geu"]) + ","
        out.append(s)
    return " ".join(out)


CTX = [
    "staging",
    "deploy",
    "release",
    "hotfix",
    "migration",
    "code review",
    "batch job",
    "demo",
    "night batch",
    "QA",
]
NAT_TEMPLATES = [
    ("To {why}, please run {cmd}.", True),
    ("Please run {cmd}, thank you.", False),
    ("Could you run {cmd} for me? Thank you.", False),
    ("We need to {why}. Please type {cmd}, please check.", True),
    ("Sunbae-nim, can you run {cmd}? I want to {why}.", True),
    ("Please type {cmd} and press enter.", False),
    ("Next step. The command is {cmd}. Thank you.", False),
    ("Please run {cmd}, because I want to {why}.", True),
    ("Excuse me, could you type {cmd} please?", False),
    ("Now I run {cmd}, so please check the output.", False),
    ("For the {ctx}, please execute {cmd}, thank you so much.", False),
    ("Run {cmd} please, it is for the {ctx}.", False),
    ("Okay, just run {cmd}, okay? Thank you.", False),
    ("Let's run {cmd}, to {why}.", True),
    ("Please check with {cmd}, and tell me the result.", False),
    ("I will run {cmd} first. Please check.", False),
    ("Hyeong, please enter {cmd}, thank you.", False),
    ("In the terminal, please type {cmd}. Thank you.", False),
    ("You want to {why}? Then please run {cmd}.", True),
    ("Type {cmd} please, thank you.", False),
    ("Can you run {cmd} on the {ctx} server? Thank you.", False),
    ("Please run {cmd}, this is to {why}.", True),
    ("Before the {ctx}, please run {cmd}. Thank you.", False),
    ("Sorry to bother you, but please run {cmd}, please check.", False),
    ("To {why}, the command is {cmd}. Thank you.", True),
    ("I need to {why}, so please run {cmd}, thank you.", True),
    ("Hyeong, to {why}, just run {cmd} please.", True),
]
CH_PRE = [
    "",
    "",
    "Eum, ",
    "Geu, ",
    "Sunbae-nim, eum, ",
    "Okay, geu, ",
    "To {why}, ",
    "To {why}, eum, ",
    "The server is a bit strange today. ",
    "Eum, this is for the {ctx}. ",
    "Hyeong, ",
    "Wait. ",
]
CH_CUE = [
    "please run",
    "please type",
    "can you run",
    "could you type",
    "just run",
    "the command is",
    "please execute",
    "please enter",
    "let's run",
    "I will run",
]
CH_CLOSE = [
    ".",
    ", thank you.",
    ", please check.",
    ". Thank you.",
    ", because, eum, I want to {why}.",
    ", thank you. Ah, maybe the {ctx} one also.",
    ". Eum, that is all, I think.",
    ", please check, geu, the output.",
    ", and send me the result, thank you.",
    ", okay? Sorry, I am a bit tired.",
]
CH_PROTO_PRE = ["", "", "Eum, ", "Geu, ", "Please type, eum, ", "Okay, I spell it. Please type "]
CH_PROTO_CLOSE = ["", "", ", thank you.", ", please check.", ". Thank you."]
POOL_WORDS = [
    "nginx",
    "docker",
    "main",
    "test",
    "staging",
    "prod",
    "backup",
    "config",
    "install",
    "list",
    "status",
    "update",
]
LONG_FLAGS = ["--force", "--verbose", "--all", "--help", "--version", "--dry-run", "--quiet"]
EXTS = ["yaml", "yml", "json", "txt", "log", "csv", "py", "sh", "conf", "toml", "md"]


def _why(desc: str) -> str | None:
    d = re.sub(r"\s*\([^)]*\)", "", desc.strip()).rstrip(".").strip()
    first = d.split()[0] if d else ""
    if not d or len(d) > 75 or first.lower() in ("if", "interactive", "comma-delimited", "only"):
        return None
    if d[0].isupper() and (len(d) == 1 or d[1].islower()):
        d = d[0].lower() + d[1:]
    return d


def _mutate(word: str, rng: random.Random) -> str:
    digits = [k for k, c in enumerate(word) if c.isdigit()]
    m = re.search(r"\.([a-z]{2,4})$", word)
    if digits:
        k = rng.choice(digits)
        d = rng.choice([x for x in "0123456789" if x != word[k]])
        return word[:k] + d + word[k + 1 :]
    if m:
        ext = rng.choice([e for e in EXTS if e != m.group(1)])
        return word[: m.start(1)] + ext
    if word.startswith("--"):
        return rng.choice([f for f in LONG_FLAGS if f != word])
    if word.startswith("-") and len(word) <= 4:
        return "-" + rng.choice([c for c in "abcdefhlnqrsvx" if c not in word])
    return rng.choice([w for w in POOL_WORDS if w != word])


def _fill(tmpl: str, rng: random.Random, why: str | None) -> str:
    return tmpl.replace("{why}", why or "").replace("{ctx}", rng.choice(CTX))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- slice renderers
def _clean(cmd: str, desc: str, rng: random.Random) -> str | None:
    return _say_proto(cmd.split(" "), rng)


def _fuzzy(cmd: str, desc: str, rng: random.Random) -> str | None:
    return _say_proto(cmd.split(" "), rng, fuzzy=True)


def _natural(cmd: str, desc: str, rng: random.Random) -> str | None:
    why = _why(desc)
    want_why = why is not None and rng.random() < 0.55
    tmpl = rng.choice([t for t, w in NAT_TEMPLATES if w == want_why])
    said = _say_nat(cmd.split(" "), rng, p=0.4)
    return _fill(tmpl, rng, why).replace("{cmd}", said)


def _chaotic(cmd: str, desc: str, rng: random.Random) -> str | None:
    words = cmd.split(" ")
    why = _why(desc)
    proto = rng.random() < 0.35
    kind = rng.choice(["ani", "ani", "imean", "not", "restart", "restart"])
    n = len(words)
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = _mutate(words[i], rng)

    def say(ws: list[str]) -> str | None:
        if proto:
            return _say_proto(ws, rng)
        return _say_nat(ws, rng, p=0.35, hes=0.15)

    if kind in ("ani", "imean"):
        back = i >= 1 and rng.random() < 0.5
        head, rep = say(words[:i] + [wrong]), say(words[i - 1 if back else i :])
        marker = ", ani, " if kind == "ani" else rng.choice([", I mean, ", ", I mean "])
        body = None if head is None or rep is None else head + marker + rep
    elif kind == "not":
        full = say(words[:i] + [wrong] + words[i + 1 :])
        old, new = say([wrong]), say([words[i]])
        body = None if None in (full, old, new) else f"{full}, not {old}, {new}"
    else:
        k = rng.randrange(1, n) if n > 1 else 1
        if rng.random() < 0.5 and n > 1:
            part = words[:k]
        else:
            part = words[: k - 1] + [_mutate(words[k - 1], rng)]
        head, full = say(part), say(words)
        if head is None or full is None:
            return None
        if proto:
            sep = rng.choice(["sorry, again,", "geu, sorry, again."])
            body = f"{head}, {sep} {_cap(full) if sep.endswith('.') else full}"
        elif rng.random() < 0.5:
            body = f"{head}, sorry, again. {_cap(rng.choice(CH_CUE))} {full}"
        else:
            body = f"{head}, eum, sorry, again, {full}"
    if body is None:
        return None
    if proto:
        pre = rng.choice(CH_PROTO_PRE)
        line = pre + body + rng.choice(CH_PROTO_CLOSE)
        return _cap(line)
    pre = rng.choice(CH_PRE)
    close = rng.choice(CH_CLOSE)
    if ("{why}" in pre or "{why}" in close) and not why:
        return None
    cue = rng.choice(CH_CUE)
    line = _fill(pre, rng, why) + (cue if pre and not pre.endswith(". ") else _cap(cue))
    return line + " " + body + _fill(close, rng, why)


RENDER = {"clean": _clean, "fuzzy": _fuzzy, "natural": _natural, "chaotic": _chaotic}


def _tool(cmd: str) -> str:
    words = cmd.split()
    while words and (words[0] == "sudo" or re.match(r"^[A-Z_]+=", words[0])):
        words = words[1:]
    return words[0] if words else ""


def _load() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    with SRC.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 6 != 1:
                continue
            rec = json.loads(line)
            cmd, desc = rec["command"], rec.get("description", "")
            if (
                not cmd.isascii()
                or len(cmd) > 80
                or "\n" in cmd
                or "\t" in cmd
                or "  " in cmd
                or cmd != cmd.strip()
                or not cmd
                or cmd in seen
            ):
                continue
            seen.add(cmd)
            rows.append((cmd, desc))
    return rows


def main() -> None:
    rng = random.Random(46)
    pool = _load()
    rng.shuffle(pool)
    tools: dict[str, int] = {}
    out: list[dict[str, str]] = []
    for name in SLICES:
        got = 0
        for item in list(pool):
            if got == PER_SLICE:
                break
            cmd, desc = item
            if tools.get(_tool(cmd), 0) >= 2:
                continue
            for _ in range(TRIES):
                line = RENDER[name](cmd, desc, rng)
                if line is not None and "  " not in line and decode(line) == cmd:
                    break
            else:
                continue
            out.append({"input": line, "command": cmd, "slice": name, "author": AUTHOR})
            pool.remove(item)
            tools[_tool(cmd)] = tools.get(_tool(cmd), 0) + 1
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"slice {name}: only {got} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
