"""Nineteenth independent author: "Tyler", a streamer who dictates shell commands.

Writes assets/training/bash/author19.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic.  Each line is {"input", "command", "slice", "author": "nineteenth"}.
Run:  cd /work/main && python3 tests/bench/nineteenth_author.py

The commands are the "command" field of assets/training/bash/train.jsonl (only lines whose
0-based number % 5 == 4); the "why" Tyler gives in the natural and chaotic slices is the
plain-English description of the same command in assets/training/bash/corpus.jsonl.  Both
come from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0; the
descriptions are shortened and lower-cased here.

Persona
-------
Tyler is a 19-year-old CS student who streams his coding sessions.  He talks fast and
casually, to his viewers ("chat") as much as to the dictation app.  Whisper writes him as
long run-on text: few commas, usually no final punctuation, sometimes all lower case.  His
words: lemme, gonna, like, literally, bro, ok so, yo, chat, real quick, lowkey.  He likes
to tell chat what a command does, before it ("chat I need to list the ports so lemme run
...") or after it ("... this is gonna list the ports", "so basically it deletes the cache").

Vocabulary (how Tyler names symbols)
------------------------------------
    -  dash          --  dash dash      .  dot          /  slash       ~  tilde / squiggly
    |  pipe          && and and         >  greater than <  less than   *  star
    @  at            _  underscore      =  equals       "  quote       '  single quote
    :  colon         ,  comma           +  plus         $  dollar      ;  semicolon
    %  percent       ^  caret           #  hashtag      \\ backslash   !  bang
    ?  question mark &  ampersand       ( ) open paren / close paren
    [ ] open bracket / close bracket    { } open brace / close brace
Loose synonyms heard in the fuzzy slice: minus, hyphen (-); double dash (--); period,
point (.); forward slash (/); tilda, squiggle (~); vertical bar (|); ampersand ampersand
(&&); greater than sign (>); asterisk (*); at sign (@); under score (_); equal, equal sign,
equals sign (=); double quote ("); dollar sign ($); exclamation mark (!).

Protocol speech (clean, fuzzy, and some chaotic lines)
-----------------------------------------------------
* The word "space" is said exactly where the command has a space and nowhere else.
* Between two "space"s everything is glued together: "json capital array" is jsonArray,
  "mongo import" is mongoimport, "dash l a" is -la.
* Digits are said one by one as words ("one zero zero" = 100); Whisper sometimes writes
  them as numerals (fuzzy).
* Everything is lower case unless announced: "capital x" upper-cases the first letter of
  the next word, "all caps x" upper-cases the whole next word.
* Short letter clusters are spelled ("dash d p"), longer words are said as words.
* Fuzzy slips are Whisper noise and mean nothing: a capitalised first word, a final full
  stop, commas after a "space", numerals, a compound split in two.

Natural speech (natural and most chaotic lines)
-----------------------------------------------
* "space" is never said.  Whisper writes words, numbers, file names, paths and the flags
  it recognises ("-la", "--force", "/etc/hosts", "config.yaml") as text; the symbols Tyler
  names stay words ("tilde slash projects", "quote fix typo quote", "pipe", "greater than").
* A spoken symbol sticks to its neighbours like it would when typed:
  dot, slash, at, underscore, equals, colon, comma, caret, percent, backslash, question
  mark and open bracket stick on both sides; dash, dash dash, tilde, dollar, plus, hashtag,
  bang, open paren and open brace stick to what follows; close paren, close bracket, close
  brace and semicolon stick to what precedes; pipe, and and, greater than, less than, star
  and ampersand stand alone.  A quote opens (sticks right) and then closes (sticks left).
  So a spoken "dash" always starts a flag; a hyphen inside a name is heard as written
  text ("udiskie-dmenu").
* Framing: the command starts right after the first hand-off: a subject (lemme, let me,
  gonna, I'm, I'll, we, we're, you, just) with optional just / literally / real quick /
  gonna, then run / type / do / hit / use / paste / throw in / type in / running / typing
  / doing ("lemme run", "you literally just do", "I'm gonna type"), or one of "watch
  this", "the command is", "it's just", "it's literally", "it's literally just", "is
  just", "is literally just".  With no hand-off the command starts after the leading
  ok / okay / so / yo / chat / bro / alright / lowkey / real quick.
* The command ends at the first comment cue (real quick, chat, this is, this gonna,
  that's, so basically, basically, which, cause, bro, lowkey, and boom, and it's, and
  that, and then, to, right now, yeah, i think, lets you, so i, so we) or at a word that
  ends a sentence with a comma, full stop, question or exclamation mark (that mark is
  Whisper's, not the command's), or at the end of the line.
* Whisper's sentence capital on the tool name is dropped ("Git stash pop" = git stash pop).

Disfluencies (chaotic; also the listener's first step for every line)
---------------------------------------------------------------------
* Hesitations um, uh, uhh, umm, erm, er, hmm and the filler "like" are dropped.
* Correction markers: "wait no", "nah", "my bad", "hold up", "I meant", "bro what, I
  mean" (several in a row count as one).  The listener looks at the first word Tyler says
  after the marker: if he already said that word, he is re-saying from there (a flag,
  "dash dash force nah dash dash dry-run"; or the whole command, "git stash drop wait no
  git stash pop"; or the hand-off, "nah lemme run ..."), so everything from its latest
  earlier use is dropped.  Otherwise the marker fixes just the one word before it ("git
  stash pop wait no apply", "ls -la nah -lh").
* "scratch that" throws away everything said before it; Tyler starts over.
* A cut-off word ("mongo-", "sta-") is dropped; if the next word was already said, Tyler is
  starting over from there, as above.
* Asides and trailing thoughts live only before the hand-off or after a comment cue.

decode(line) below is that listener.  The script only keeps lines it decodes back to their
command, so every line in the file is unambiguous under this guide.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets" / "training" / "bash" / "train.jsonl"
CORPUS = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author19.jsonl"
AUTHOR = "nineteenth"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------------------------------
# Listener tables
# ---------------------------------------------------------------------------------------

DIGIT_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
WORD_OF_DIGIT = {v: k for k, v in DIGIT_WORDS.items()}

# Tyler's own names (clean slice, natural speech).
CANON = {
    "-": "dash", "--": "dash dash", ".": "dot", "/": "slash", "~": "tilde", "|": "pipe",
    "&&": "and and", ">": "greater than", "<": "less than", "*": "star", "@": "at",
    "_": "underscore", "=": "equals", '"': "quote", "'": "single quote", ":": "colon",
    ",": "comma", "+": "plus", "$": "dollar", ";": "semicolon", "%": "percent",
    "^": "caret", "#": "hashtag", "\\": "backslash", "!": "bang", "?": "question mark",
    "&": "ampersand", "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace",
}
# Looser names (fuzzy slice).
LOOSE = {
    "-": ["minus", "hyphen"], "--": ["double dash", "minus minus"],
    ".": ["period", "point"], "/": ["forward slash"], "~": ["tilda", "squiggle"],
    "|": ["vertical bar"], "&&": ["ampersand ampersand"], ">": ["greater than sign"],
    "*": ["asterisk"], "@": ["at sign"], "_": ["under score"],
    "=": ["equal", "equal sign", "equals sign"], '"': ["double quote"],
    "$": ["dollar sign"], "!": ["exclamation mark"],
}

PROTO_SYMBOLS: dict[tuple[str, ...], str] = {}
for _sym, _name in CANON.items():
    PROTO_SYMBOLS[tuple(_name.split())] = _sym
PROTO_SYMBOLS[("squiggly",)] = "~"
for _sym, _names in LOOSE.items():
    for _name in _names:
        PROTO_SYMBOLS[tuple(_name.split())] = _sym

# Natural speech: symbol -> (sticks left, sticks right).  Quotes are handled apart.
GLUE = {
    "-": (False, True), "--": (False, True), ".": (True, True), "/": (True, True),
    "~": (False, True), "|": (False, False), "&&": (False, False), ">": (False, False),
    "<": (False, False), "*": (False, False), "@": (True, True), "_": (True, True),
    "=": (True, True), ":": (True, True), ",": (True, True), "+": (False, True),
    "$": (False, True), ";": (True, False), "%": (True, True), "^": (True, True),
    "#": (False, True), "\\": (True, True), "!": (False, True), "?": (True, True),
    "&": (False, False), "(": (False, True), ")": (True, False), "[": (True, True),
    "]": (True, False), "{": (False, True), "}": (True, False),
}
NAT_SYMBOLS: dict[tuple[str, ...], str] = {
    tuple(name.split()): sym for sym, name in CANON.items()
}
NAT_SYMBOLS[("squiggly",)] = "~"
QUOTES = {'"', "'"}

FILLERS = {"um", "uh", "uhh", "umm", "erm", "er", "hmm", "like"}
FIX, RESTART, CUT = "<fix>", "<restart>", "<cut>"
MARKER_RE = re.compile(
    r"[,.]?\s*\b(bro what,? i mean|scratch that|wait,? no|my bad|hold up|i meant|nah)\b[,.!]?",
    re.IGNORECASE,
)

SUBJECTS = {("lemme",), ("let", "me"), ("gonna",), ("i'm",), ("i'll",), ("we",), ("we're",),
            ("you",), ("just",)}
ADVERBS = {("just",), ("literally",), ("real", "quick"), ("gonna",)}
VERBS = {("run",), ("type",), ("do",), ("hit",), ("use",), ("paste",), ("throw", "in"),
         ("type", "in"), ("running",), ("typing",), ("doing",)}
HANDOFFS = [("watch", "this"), ("the", "command", "is"), ("it's", "literally", "just"),
            ("it's", "just"), ("it's", "literally"), ("is", "literally", "just"),
            ("is", "just")]
LEADERS = [("real", "quick"), ("ok",), ("okay",), ("so",), ("yo",), ("chat",), ("bro",),
           ("alright",), ("lowkey",)]
CUES = [("real", "quick"), ("chat",), ("this", "is"), ("this", "gonna"), ("that's",),
        ("so", "basically"), ("basically",), ("which",), ("cause",), ("bro",), ("lowkey",),
        ("and", "boom"), ("and", "it's"), ("and", "that"), ("and", "then"), ("to",),
        ("right", "now"), ("yeah",), ("i", "think"), ("lets", "you"), ("so", "i"),
        ("so", "we")]


def _key(unit: str) -> str:
    return unit.lower().strip(",.!?;:")


def _at(keys: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(keys[i:i + len(phrase)]) == phrase


def _match_any(keys: list[str], i: int, phrases) -> int:
    """Length of the longest phrase starting at i, 0 if none."""
    best = 0
    for phrase in phrases:
        if len(phrase) > best and _at(keys, i, phrase):
            best = len(phrase)
    return best


def _handoff_end(keys: list[str], i: int) -> int:
    """Index just after a hand-off starting at i, or -1."""
    n = _match_any(keys, i, HANDOFFS)
    if n:
        return i + n
    n = _match_any(keys, i, SUBJECTS)
    if not n:
        return -1
    j = i + n
    while True:
        v = _match_any(keys, j, VERBS)
        if v:
            return j + v
        a = _match_any(keys, j, ADVERBS)
        if not a:
            return -1
        j += a


def _group(tokens: list[str], table: dict, protocol: bool) -> list[str]:
    """Join multi-word symbol names (and case announcements) into single units."""
    keys = [_key(t) if t not in (FIX, RESTART, CUT) else t for t in tokens]
    units: list[str] = []
    i = 0
    while i < len(tokens):
        if protocol and keys[i] == "all" and i + 2 < len(keys) and keys[i + 1] == "caps":
            units.append("all caps " + keys[i + 2])
            i += 3
            continue
        if protocol and keys[i] == "capital" and i + 1 < len(keys):
            units.append("capital " + keys[i + 1])
            i += 2
            continue
        n = _match_any(keys, i, table)
        if n > 1:
            units.append(" ".join(keys[i:i + n]))
            i += n
            continue
        units.append(keys[i] if protocol else tokens[i])
        i += 1
    return units


def _repair(units: list[str]) -> list[str]:
    out: list[str] = []
    pending = None
    for u in units:
        if u == RESTART:
            out, pending = [], None
            continue
        if u in (FIX, CUT):
            pending = FIX if FIX in (pending, u) else CUT
            continue
        if pending:
            k = _key(u)
            hits = [i for i, o in enumerate(out) if _key(o) == k]
            if hits:
                out = out[:hits[-1]]
            elif pending == FIX and out:
                out.pop()
            pending = None
        out.append(u)
    return out


def _sentence_end(unit: str) -> bool:
    return len(unit) > 1 and unit[-1] in ",.!?" and (unit[-2].isalnum() or unit[-2] in "\"')")


def _span(units: list[str], protocol: bool) -> list[str]:
    keys = [_key(u) for u in units]
    start = -1
    for i in range(len(keys)):
        start = _handoff_end(keys, i)
        if start >= 0:
            break
    if start < 0:
        start = 0
        while start < len(keys):
            n = _match_any(keys, start, LEADERS)
            if not n:
                break
            start += n
    span: list[str] = []
    j = start
    while j < len(units):
        if span and _match_any(keys, j, CUES):
            break
        if not protocol and _sentence_end(units[j]):
            span.append(units[j][:-1])
            break
        span.append(units[j])
        j += 1
    return span


def _render_protocol(units: list[str]) -> str:
    out = []
    for u in units:
        words = tuple(u.split())
        if u == "space":
            out.append(" ")
        elif words in PROTO_SYMBOLS:
            out.append(PROTO_SYMBOLS[words])
        elif u in DIGIT_WORDS:
            out.append(DIGIT_WORDS[u])
        elif u.startswith("all caps "):
            out.append(u[9:].upper())
        elif u.startswith("capital "):
            w = u[8:]
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(u)
    return "".join(out)


def _render_natural(units: list[str]) -> str:
    pieces: list[tuple[str, bool, bool]] = []
    open_quotes: set[str] = set()
    for n, u in enumerate(units):
        sym = NAT_SYMBOLS.get(tuple(u.lower().split()))
        if sym in QUOTES:
            if sym in open_quotes:
                open_quotes.discard(sym)
                pieces.append((sym, True, False))
            else:
                open_quotes.add(sym)
                pieces.append((sym, False, True))
        elif sym is not None:
            pieces.append((sym, *GLUE[sym]))
        else:
            text = u
            if n == 0 and text[:1].isupper() and not any(c.isupper() for c in text[1:]):
                text = text[0].lower() + text[1:]
            pieces.append((text, False, False))
    out = ""
    for i, (text, left, _right) in enumerate(pieces):
        if i and not (left or pieces[i - 1][2]):
            out += " "
        out += text
    return out


def decode(line: str) -> str:
    """The careful listener of the guide: transcript in, command out."""
    text = MARKER_RE.sub(
        lambda m: f" {RESTART if m.group(1).lower() == 'scratch that' else FIX} ", line)
    raw = text.split()
    specials = (FIX, RESTART, CUT)
    protocol = any(t not in specials and _key(t) == "space" for t in raw)
    tokens = []
    for t in raw:
        if t not in specials and _key(t) in FILLERS:
            continue
        if re.fullmatch(r"[A-Za-z]+-", t):
            tokens.append(CUT)
            continue
        tokens.append(t)
    if protocol:
        units = _group(tokens, PROTO_SYMBOLS, True)
        units = [u for u in _repair(units) if u]
        return _render_protocol(_span(units, True))
    units = _group(tokens, NAT_SYMBOLS, False)
    units = _repair(units)
    return _render_natural(_span(units, False))


# ---------------------------------------------------------------------------------------
# Speaker (generator)
# ---------------------------------------------------------------------------------------

COMPOUND_PARTS = {
    "mongo", "import", "export", "docker", "git", "hub", "file", "name", "data", "base",
    "work", "type", "script", "config", "server", "client", "pass", "word", "user", "key",
    "time", "zone", "note", "book", "back", "up", "down", "load", "net", "info", "list",
    "view", "shot", "flame", "launcher", "boot", "init", "make", "sync", "stat", "top",
    "watch", "exec", "pack", "age", "man", "tool", "box", "font", "color", "line", "mail",
    "web", "link", "host", "port", "manager", "mount", "video", "audio", "image", "icon",
    "screen", "shell", "code", "test", "build", "check", "sum", "hash", "tree", "diff",
    "lock", "node", "module", "archive", "output", "input", "table", "disk", "ctl", "help",
    "remote", "print", "game", "play", "search", "power", "photo", "report", "main",
}
VERB_OK = {
    "display", "list", "create", "start", "show", "print", "convert", "open", "set", "run",
    "remove", "update", "generate", "delete", "install", "search", "add", "execute",
    "check", "send", "upgrade", "view", "extract", "compile", "change", "enable", "scan",
    "download", "initialize", "read", "build", "monitor", "launch", "connect", "get",
    "find", "restore", "write", "make", "copy", "sort", "load", "switch", "clean",
    "restart", "register", "play", "disable", "capture", "retrieve", "analyze", "reset",
    "move", "test", "merge", "dump", "compare", "reboot", "query", "uninstall", "calculate",
    "preview", "fetch", "decode", "exclude", "stop", "kill", "edit", "import", "export",
    "mount", "sync", "verify", "validate", "format", "encrypt", "decrypt", "upload",
    "rename", "count", "clear", "apply", "push", "pull", "clone", "watch", "lint", "store",
    "save", "replace", "select", "resize", "split", "join", "attach", "detach", "record",
    "render", "inspect", "close", "trace", "benchmark", "measure", "lock", "unlock",
}
WRONG_WORDS = ["main", "test", "demo", "alpha", "foo", "data", "docs", "src", "notes",
               "config", "report", "backup", "output", "input", "archive", "photo", "script",
               "build", "users", "staff", "admin", "alice", "server", "app", "list", "status",
               "start", "stop", "update", "install", "remove", "show", "add", "init"]
WRONG_EXT = ["py", "txt", "json", "rs", "md", "log", "sh", "csv", "yaml", "conf"]

NATURAL_TEMPLATES = [
    # (id, text, needs why)
    ("lemme-run-quick", "ok so lemme run {cmd} real quick", False),
    ("watch-this", "yo chat watch this {cmd}", False),
    ("cmd-quick-bro", "{cmd} real quick bro", False),
    ("literally-just", "bro it's literally just {cmd}", False),
    ("the-command-is", "ok chat the command is {cmd}", False),
    ("and-boom", "lemme just type {cmd} and boom", False),
    ("and-then", "alright lemme do {cmd} and then we'll see what happens", False),
    ("right-now", "lowkey I'm gonna run {cmd} right now", False),
    ("always-forget", "chat I always forget this one it's literally just {cmd}", False),
    ("thats-it", "{cmd}, yeah that's it chat", False),
    ("its-thing", "so we're gonna type {cmd} and it's gonna do its thing", False),
    ("typing-watch", "real quick I'm typing {cmd} bro watch", False),
    ("need-to-so", "chat I need to {why} so lemme run {cmd}", True),
    ("this-is-gonna", "ok so lemme run {cmd} real quick, this is gonna {why}", True),
    ("if-you-wanna", "yo if you wanna {why} you literally just do {cmd}", True),
    ("so-basically", "lemme throw in {cmd} so basically it {why3}", True),
    ("cmd-chat-gonna", "{cmd} chat this is gonna {why}", True),
    ("run-to", "I'm gonna run {cmd} to {why}", True),
    ("we-need-to", "ok so basically we need to {why} so I'm gonna type {cmd}", True),
    ("easiest-way", "lowkey the easiest way to {why} is just {cmd}", True),
    ("which-is-gonna", "chat watch this {cmd} which is gonna {why}", True),
    ("cause-wanna", "lemme do {cmd} cause I wanna {why}", True),
    ("lets-you", "yo chat real quick, {cmd} lets you {why}", True),
    ("gonna-hit-to", "so to {why} I'm literally just gonna hit {cmd}", True),
    ("explain-after", "alright lemme type {cmd}. This is gonna {why} chat", True),
]
ASIDES = [
    "oh thanks for the follow bro",
    "sorry chat my cat is literally on the keyboard",
    "ok chat someone in the comments asked about this",
    "yo what's up new people",
    "lowkey my internet is so bad today",
]
TRAILS = [
    "bro I think that's right",
    "yeah idk we'll see",
    "chat tell me if that's wrong",
    "bro my brain is fried",
    "and boom done",
]
MARKERS = ["wait no", "nah", "my bad", "hold up", "I meant", "bro what, I mean",
           "wait, no,", "nah I meant"]
HESITATIONS = ["um", "uh", "like", "uhh"]


def tool_of(cmd: str) -> str:
    words = cmd.split()
    if words[0] == "sudo" and len(words) > 1:
        return words[1]
    return words[0]


def why_phrases(desc: str) -> tuple[str, str] | None:
    """Tyler's short version of the tldr description: (imperative, third person)."""
    d = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".").strip()
    d = re.split(r"[;:]| - ", d)[0].strip()
    if not re.fullmatch(r"[A-Za-z0-9 ,'/-]+", d):
        return None
    words = d.split()
    if not 2 <= len(words) <= 12 or words[0].lower() not in VERB_OK:
        return None
    verb = words[0].lower()
    rest = " ".join(words[1:])
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return f"{verb} {rest}", f"{third} {rest}"


TWO_LETTER_WORDS = {"on", "in", "go", "up", "no", "of", "or", "if", "my", "me", "we", "an",
                    "as", "be", "by", "ok", "hi", "is", "it"}


def split_alpha(run: str) -> list[tuple[str, str]]:
    """Split a letter run by case: [(kind, lower word)], kind in low/cap/caps."""
    out = []
    for piece in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", run):
        if piece.islower():
            out.append(("low", piece))
        elif piece.isupper() and len(piece) > 1:
            out.append(("caps", piece.lower()))
        else:
            out.append(("cap", piece.lower()))
    return out


def compound_split(word: str) -> tuple[str, str] | None:
    for p in range(2, len(word) - 1):
        if word[:p] in COMPOUND_PARTS and word[p:] in COMPOUND_PARTS:
            return word[:p], word[p:]
    return None


def proto_units(cmd: str, rng: random.Random, fuzzy: bool,
                slips: list[str] | None = None) -> list[str] | None:
    """The command in protocol speech, as listener units (one string each).

    With fuzzy, Whisper's and Tyler's looser variants are mixed in and listed in slips.
    """
    if slips is None:
        slips = []
    units: list[str] = []
    for ci, chunk in enumerate(cmd.split(" ")):
        if ci:
            units.append("space")
        for piece in re.findall(r"[A-Za-z]+|[0-9]+|--|&&|.", chunk):
            if piece[0].isalpha():
                for kind, word in split_alpha(piece):
                    spell = len(word) == 1 or (len(word) == 2 and word not in TWO_LETTER_WORDS) \
                        or (len(word) <= 4 and not re.search("[aeiouy]", word))
                    if kind == "caps":
                        units.append("all caps " + word)
                    elif kind == "cap":
                        units.append("capital " + word)
                    elif spell:
                        units.extend(word)
                    elif fuzzy and len(word) >= 7 and (parts := compound_split(word)) \
                            and rng.random() < 0.6:
                        units.extend(parts)
                        slips.append("split")
                    else:
                        units.append(word)
            elif piece.isdigit():
                if fuzzy and rng.random() < 0.5:
                    units.append(piece)
                    slips.append("numeral")
                else:
                    units.extend(WORD_OF_DIGIT[d] for d in piece)
            elif piece in CANON:
                name = CANON[piece]
                if piece == "~" and rng.random() < 0.4:
                    name = "squiggly"
                if fuzzy and piece in LOOSE and rng.random() < 0.6:
                    name = rng.choice(LOOSE[piece])
                    slips.append("synonym")
                units.append(name)
            else:
                return None
    return units


def clean_line(cmd: str, rng: random.Random) -> str | None:
    units = proto_units(cmd, rng, fuzzy=False)
    return " ".join(units) if units else None


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    slips: list[str] = []
    units = proto_units(cmd, rng, True, slips)
    if not units:
        return None
    words = []
    for u in units:
        words.append(u + ("," if u == "space" and rng.random() < 0.3 else ""))
    if rng.random() < 0.6:
        words[0] = words[0][:1].upper() + words[0][1:]
    line = " ".join(words)
    if rng.random() < 0.45:
        line += "."
    slips.extend(w for w in words if w.endswith(","))
    slips.extend(["capital"] if words[0][:1].isupper() else [])
    slips.extend(["stop"] if line.endswith(".") else [])
    return line if len(slips) >= 2 else None


LITERAL_RE = re.compile(r"[A-Za-z0-9._~/:@=+,-]*[A-Za-z0-9][A-Za-z0-9._~/:@=+,-]*")


def natural_units(cmd: str, rng: random.Random) -> list[str] | None:
    """The command as Tyler says it in natural speech, as listener units."""
    units: list[str] = []
    for chunk in cmd.split(" "):
        if re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", chunk):
            units.append(chunk)
            continue
        literal_ok = bool(LITERAL_RE.fullmatch(chunk))
        if chunk.startswith("/"):
            p_literal = 0.95
        elif chunk.startswith("-"):
            p_literal = 0.75
        else:
            p_literal = 0.5
        if literal_ok and rng.random() < p_literal:
            units.append(chunk)
            continue
        for piece in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|--|&&|.", chunk):
            if piece[0].isalnum():
                units.append(piece)
            elif piece in CANON:
                name = CANON[piece]
                if piece == "~" and rng.random() < 0.4:
                    name = "squiggly"
                units.append(name)
            else:
                return None
    return units


def style_whisper(line: str, rng: random.Random, allow_lower: bool) -> str:
    r = rng.random()
    if allow_lower and r < 0.3:
        return line.lower()
    if r < 0.8:
        return line[:1].upper() + line[1:]
    return line


def natural_line(cmd: str, desc: str, rng: random.Random, used: dict) -> str | None:
    why = why_phrases(desc)
    for _ in range(12):
        units = natural_units(cmd, rng)
        if units is None:
            return None
        choices = [t for t in NATURAL_TEMPLATES if why or not t[2]]
        # Prefer templates used least so far, for variety.
        least = min(used.get(t[0], 0) for t in choices)
        pool = [t for t in choices if used.get(t[0], 0) <= least + 2]
        tid, template, _need = rng.choice(pool)
        line = template.format(cmd=" ".join(units), why=why[0] if why else "",
                               why3=why[1] if why else "")
        if rng.random() < 0.12 and not line.endswith("chat"):
            line += rng.choice([".", ".", "!"])
        line = style_whisper(line, rng, cmd == cmd.lower())
        if decode(line) == cmd:
            used[tid] = used.get(tid, 0) + 1
            return line
    return None


def _sibling(tool: str, rng: random.Random, tools: list[str], protocol: bool) -> str | None:
    """A tool Tyler could plausibly say by mistake: same first letters."""
    for n in (4, 3, 2):
        shape = r"[a-z]{5,}" if protocol else r"[a-z][a-z0-9-]+"
        near = [t for t in tools if t != tool and t[:n] == tool[:n] and re.fullmatch(shape, t)]
        if near:
            return rng.choice(near)
    return None


def _wrong_for(unit: str, rng: random.Random, flags: list[str], protocol: bool) -> str:
    """Something Tyler says by mistake where the command has unit."""
    if protocol and unit in DIGIT_WORDS:
        return rng.choice([w for w in DIGIT_WORDS if w != unit])
    if protocol and re.fullmatch(r"[a-z]", unit):
        return rng.choice([c for c in "abcdefghklmnoprstuvwxz" if c != unit])
    if re.fullmatch(r"[0-9]+", unit):
        return str(int(unit) + rng.choice([1, 2, 5, 10]))
    if unit.startswith("-"):
        return rng.choice([f for f in flags if f != unit])
    m = re.fullmatch(r"(.+)\.([a-z]+)", unit)
    if m:
        return m.group(1) + "." + rng.choice([e for e in WRONG_EXT if e != m.group(2)])
    word = rng.choice([w for w in WRONG_WORDS if w != unit.lower()])
    if "/" in unit and re.search(r"[a-z]+/?$", unit):
        return re.sub(r"[a-z]+(/?)$", lambda m: word + m.group(1), unit)
    return word


def disfluent_span(units: list[str], rng: random.Random, tools: list[str],
                   flags: list[str], protocol: bool) -> tuple[list[str], str] | None:
    """Insert one correction or restart into a command's units."""
    t = 1 if units[0] == "sudo" and len(units) > 1 else 0
    if protocol and t:
        t = 2  # "sudo", "space"
    content = [i for i, u in enumerate(units)
               if i > t and u != "space" and _key(u) not in {"dash", "dash dash"}
               and re.search(r"[a-z0-9]", u) and tuple(u.split()) not in NAT_SYMBOLS]
    flag_at = [i for i, u in enumerate(units) if i > t and (
        (u.startswith("-") and not protocol) or u in ("dash", "dash dash"))]
    kinds = ["tool", "cut", "scratch"]
    if content:
        kinds += ["word", "word", "word", "command", "scratch"]
    if flag_at:
        kinds += ["flag", "flag"]
    kind = rng.choice(kinds)
    marker = rng.choice(MARKERS)
    tool = units[t]
    if kind == "tool" or (kind == "scratch" and not content):
        sib = _sibling(tool, rng, tools, protocol)
        if sib is None:
            return None
        if kind == "scratch":
            return units[:t] + [sib, "scratch that"] + units, kind
        if t and rng.random() < 0.5:
            return units[:t] + [sib, marker] + units, kind
        return units[:t] + [sib, marker] + units[t:], kind
    if kind == "word":
        j = rng.choice(content)
        return units[:j] + [_wrong_for(units[j], rng, flags, protocol), marker] + units[j:], kind
    if kind == "flag":
        j = rng.choice(flag_at)
        if protocol:
            wrong = [units[j], rng.choice(["verbose", "force", "all", "help", "quiet"])]
        elif j + 1 < len(units) and not units[j + 1].startswith("-"):
            wrong = [units[j], _wrong_for(units[j + 1], rng, flags, protocol)]
        else:
            wrong = [_wrong_for(units[j], rng, flags, protocol)]
        return units[:j] + wrong + [marker] + units[j:], kind
    if kind in ("command", "scratch"):
        j = rng.choice(content)
        wrong = units[:j] + [_wrong_for(units[j], rng, flags, protocol)]
        if kind == "scratch":
            return wrong + ["scratch that"] + units, kind
        return wrong + [marker] + units, kind
    # A cut-off word, then Tyler goes on or starts over.
    if not re.fullmatch(r"[a-z]{4,}", tool):
        return None
    frag = tool[: rng.randint(2, len(tool) - 2)] + "-"
    if t or rng.random() < 0.5:
        return units[:t] + [frag] + units[t:], kind
    later = [j for j in content if re.fullmatch(r"[a-z]{5,}", units[j])]
    if later:
        j = rng.choice(later)
        frag = units[j][: rng.randint(2, len(units[j]) - 2)] + "-"
        if rng.random() < 0.5:
            return units[:j] + [frag] + units, kind
        return units[:j] + [frag] + units[j:], kind
    return [frag] + units, kind


def chaotic_line(cmd: str, desc: str, rng: random.Random, tools: list[str],
                 flags: list[str], used: dict) -> str | None:
    why = why_phrases(desc)
    for _ in range(12):
        protocol = rng.random() < 0.3
        units = proto_units(cmd, rng, False) if protocol else natural_units(cmd, rng)
        if units is None:
            return None
        got = disfluent_span(units, rng, tools, flags, protocol)
        if got is None:
            continue
        span, kind = got
        if rng.random() < 0.6:
            span = list(span)
            span.insert(rng.randint(0, len(span)), rng.choice(HESITATIONS))
        body = " ".join(span)
        if protocol:
            lead = rng.choice(["", "ok so ", "uh ok so lemme type ", "yo chat lemme type ",
                               "alright um "])
            tail = rng.choice(["", " bro", " real quick", " yeah I think that's it"])
            line = lead + body + tail
            tid = "protocol"
        else:
            choices = [t for t in NATURAL_TEMPLATES if why or not t[2]]
            tid, template, _need = rng.choice(choices)
            line = template.format(cmd=body, why=why[0] if why else "",
                                   why3=why[1] if why else "")
            if rng.random() < 0.3:
                trail = rng.choice(TRAILS)
                if not (line.endswith("chat") and trail.startswith("chat")):
                    line += " " + trail
            if rng.random() < 0.2 and _first_handoff(line) >= 0:
                line = rng.choice(ASIDES) + rng.choice([" ", ", "]) + line
        if kind == "scratch" and rng.random() < 0.5 and not protocol:
            line = line.replace("scratch that", "scratch that lemme run", 1)
        line = style_whisper(line, rng, cmd == cmd.lower() and not protocol)
        spoiled = MARKER_RE.search(line) or re.search(r"\b[A-Za-z]+- ", line)
        if spoiled and decode(line) == cmd:
            used[tid] = used.get(tid, 0) + 1
            return line
    return None


def _first_handoff(line: str) -> int:
    """Character offset of the first hand-off, so an aside can go before it."""
    words = line.split()
    keys = [_key(w) for w in words]
    for i in range(len(keys)):
        if _handoff_end(keys, i) >= 0:
            return len(" ".join(words[:i])) + (1 if i else 0)
    return -1


def load() -> tuple[list[str], dict[str, str]]:
    cmds = []
    with TRAIN.open() as fh:
        for n, line in enumerate(fh):
            if n % 5 == 4:
                cmds.append(json.loads(line)["command"])
    desc: dict[str, str] = {}
    with CORPUS.open() as fh:
        for line in fh:
            rec = json.loads(line)
            desc.setdefault(rec["command"], rec["description"])
    ok = []
    for c in cmds:
        if (c.isascii() and len(c) <= 80 and "\n" not in c and "\t" not in c
                and "  " not in c and c == c.strip() and c not in ok):
            ok.append(c)
    return ok, desc


def main() -> None:
    rng = random.Random(19)
    cmds, desc = load()
    pool = list(cmds)
    rng.shuffle(pool)
    tools = sorted({tool_of(c) for c in cmds})
    flags = sorted({w for c in cmds for w in c.split() if re.fullmatch(r"--?[a-z]{1,10}", w)})
    used_cmds: set[str] = set()
    tools: dict[str, int] = {}
    rows = []
    for slice_name in SLICES:
        used_templates: dict[str, int] = {}
        got = 0
        for cap in (1, 2):
            for cmd in pool:
                if got == PER_SLICE:
                    break
                if cmd in used_cmds or tools.get(tool_of(cmd), 0) >= cap:
                    continue
                d = desc.get(cmd, "")
                if slice_name == "clean":
                    line = clean_line(cmd, rng)
                    if line and not re.fullmatch(r"[a-z ]+", line):
                        line = None
                elif slice_name == "fuzzy":
                    line = fuzzy_line(cmd, rng)
                elif slice_name == "natural":
                    line = natural_line(cmd, d, rng, used_templates)
                else:
                    line = chaotic_line(cmd, d, rng, tools, flags, used_templates)
                if not line or decode(line) != cmd:
                    continue
                used_cmds.add(cmd)
                tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
                rows.append({"input": line, "command": cmd, "slice": slice_name,
                             "author": AUTHOR})
                got += 1
        if got != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {got} lines")
    with OUT.open("w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
