#!/usr/bin/env python3
"""Fiftieth independent author: Priya, the hedging engineering manager.

Writes assets/training/bash/author50.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic.  Each line is {"input": <what Whisper wrote>, "command": <the exact
command>, "slice": <slice>, "author": "author50"}.  Standard library only; one
random.Random(50) consumed in a fixed order, so reruns are byte-identical.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via the "command" and "description" fields of
assets/training/bash/pages_dev40_commands.jsonl (only lines whose 0-based number % 6 == 5).
Each command is used at most once, and no tool (first word, after an optional sudo) more than
twice in the file.

Persona
-------
Priya is an engineering manager who almost never types commands herself any more.  She
dictates them into the team chat, hesitantly, wrapping every command in hedges: "I think it's
something like", "if I remember right", "probably", "or whatever the flag is, I think it's",
"don't quote me", "the one where you type", "you know the one".  The hedges surround the
command or sit between sentences; in the end she always says the whole command.  She likes to
give a long sentence of context first (who asked, what broke, why we need it).

Vocabulary (her names for symbols)
----------------------------------
dash (-), dash dash (--), dot (.), slash (/), pipe (|), tilde (~), star (*), equals (=),
underscore (_), colon (:).  Rarer ones: comma, semicolon, quote ("), single quote ('),
greater than (>), less than (<), ampersand (&), double ampersand (&&, natural speech only),
plus, percent, at sign (@), hash sign (#), dollar sign, question mark, exclamation mark,
backslash, caret, open/close bracket, paren, brace.
Case: "capital x" makes the next word start with a capital; "all caps rop" makes it upper case.
Digits: in the spoken protocol every digit is one word ("eight zero eight zero" is 8080);
Whisper may also write the digits themselves.

Slices
------
clean: pure protocol, lower case, no punctuation, no framing.  Every character is said:
  "space" exactly where the command has a space, symbols by the names above, digits as digit
  words, case changes announced.  Words said next to each other with no "space" between them
  are glued together ("capital build all caps id" is BuildID).
fuzzy: the same protocol with looser names (minus/hyphen, double dash, period/point, forward
  slash, asterisk, equal(s) sign, under score, vertical bar, "tilda", double quote) and
  Whisper slips: first word capitalised, a final full stop, commas after some "space"s, digit
  runs written as numerals, a compound name split in two ("dropbear key" is dropbearkey,
  because unspaced words glue).
natural: how Priya really says it in chat.  "space" is never said; Whisper writes words,
  numbers, file names, paths and the flags it recognises as text, hyphenated compounds with
  their hyphen ("no-dedupe"), and the symbols she names as words.  The command sits inside
  one sentence, right after one of her lead-ins, and is closed by a hedge or the end of the
  sentence.
chaotic: natural or protocol speech with her disfluencies: self-corrections ("no wait, I
  think it's", "or actually", "hmm, no, it was", "sorry, I got that wrong"), cut-off restarts
  ("gi- git stash pop"), fillers (um, uh, erm), asides and trailing thoughts outside the
  command.  Every chaotic line has at least one correction or restart.

Listener rules (what decode() implements)
-----------------------------------------
1. Correction markers are found first (any case, optional commas / full stop in front).
2. The command starts right after her LAST lead-in phrase (LEADS below); with no lead-in, at
   the start of the line.
3. It ends at the first closing hedge after that (CLOSERS below), at the first full stop
   followed by a space and a capital letter, or at a full stop ending the line.
4. Fillers (um, uh, erm, with their commas) are dropped.
5. Repairs, left to right: a marker, or a cut-off word (letters then "-"), ends what she was
   saying; what follows is the repair.  The repair is lined up with the place in what she had
   already said that begins the same way as the repair (the longest agreement wins, the latest
   place on a tie) and everything from there on is replaced.  If the repair's first word was
   not said before, it replaces only the last word she said.
6. If the word "space" is said, the stretch is protocol: ignore Whisper's case and
   punctuation, map every name to its character, digit words to digits, glue everything.
7. Otherwise it is natural: words separated by spaces are separate command words; text
   Whisper wrote is taken literally (case included).  "dash" and "tilde" glue to what
   follows; dot, slash, underscore, equals, colon, star, at sign, hash sign, plus, percent,
   question mark and friends glue on both sides; comma and semicolon glue to what precedes;
   pipe, greater than, less than, ampersand and double ampersand stand alone; a quote opens
   (glues right) and the next of the same kind closes (glues left).

Usage: cd /work/main && python3 tests/bench/fiftieth_author.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author50.jsonl"
AUTHOR = "author50"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

SYMBOL_NAME = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    '"': "quote",
    "'": "single quote",
    ">": "greater than",
    "<": "less than",
    "&": "ampersand",
    "+": "plus",
    "%": "percent",
    "@": "at sign",
    "#": "hash sign",
    "$": "dollar sign",
    "?": "question mark",
    "!": "exclamation mark",
    "\\": "backslash",
    "^": "caret",
    "[": "open bracket",
    "]": "close bracket",
    "(": "open paren",
    ")": "close paren",
    "{": "open brace",
    "}": "close brace",
}
FUZZY_NAME = {
    "-": ("minus", "hyphen"),
    ".": ("period", "point"),
    "/": ("forward slash",),
    "*": ("asterisk",),
    "=": ("equal sign", "equals sign"),
    "_": ("under score",),
    "|": ("vertical bar",),
    "~": ("tilda",),
    '"': ("double quote",),
}

PROTO: dict[tuple[str, ...], str] = {("space",): " ", ("double", "dash"): "--"}
for _ch, _name in SYMBOL_NAME.items():
    PROTO[tuple(_name.split())] = _ch
for _ch, _names in FUZZY_NAME.items():
    for _name in _names:
        PROTO[tuple(_name.split())] = _ch
for _i, _d in enumerate(DIGITS):
    PROTO[(_d,)] = str(_i)
RESERVED = {w for key in PROTO for w in key} | {"capital", "all", "caps"}

# natural speech: character and glue class (R right, B both, L left, S alone, Q quote)
NAT: dict[tuple[str, ...], tuple[str, str]] = {
    ("dash",): ("-", "R"),
    ("tilde",): ("~", "R"),
    ("comma",): (",", "L"),
    ("semicolon",): (";", "L"),
    ("pipe",): ("|", "S"),
    ("greater", "than"): (">", "S"),
    ("less", "than"): ("<", "S"),
    ("ampersand",): ("&", "S"),
    ("double", "ampersand"): ("&&", "S"),
    ("quote",): ('"', "Q"),
    ("single", "quote"): ("'", "Q"),
}
for _ch in "./_=:*@#+%?!\\^$":
    NAT[tuple(SYMBOL_NAME[_ch].split())] = (_ch, "B")
NAT_SPOKEN = {v[0]: " ".join(k) for k, v in NAT.items()}

LEADS = (
    "I think it's something like",
    "if I remember right, it's",
    "it's probably",
    "probably something like",
    "don't quote me, but I think it's",
    "or whatever the flag is, I think it's",
    "you know the one, it's",
    "the one where you type",
    "I'm fairly sure it's",
    "from memory it's",
    "I want to say it's",
    "I think you just run",
    "try something like",
    "my best guess is",
)
CLOSERS = (
    ", don't quote me",
    ", don't quote me on that",
    ", I think",
    ", if I remember right",
    ", probably",
    ", or something like that",
    ", you know the one",
    ", but double-check it",
    ". Don't quote me on that",
    ". At least I think so",
    " but don't quote me",
)
MARKERS = {
    "nowait": ", no wait, I think it's ",
    "actually": ", or actually ",
    "hmm": "... hmm, no, it was ",
    "sorry": ". Sorry, I got that wrong, ",
}
FIX = "\x00"


def _phrase_re(phrase: str, lead_punct: bool = False) -> re.Pattern[str]:
    words = [re.escape(w.strip(",")) for w in phrase.split()]
    body = r",?\s+".join(words)
    if lead_punct:
        return re.compile(r"[,.]*\s*\b" + body + r"[,.]?\s*", re.I)
    return re.compile(r"\b" + body, re.I)


MARK_RES = [_phrase_re(m.strip(" ,.").strip(), lead_punct=True) for m in MARKERS.values()]
LEAD_RES = [_phrase_re(p) for p in LEADS]
CLOSE_RES = [
    re.compile(r"[,.]?\s+" + r",?\s+".join(re.escape(w.strip(",.")) for w in c.split()), re.I)
    for c in CLOSERS
]
SENTENCE_END = re.compile(r"\.(?:\s+(?=[A-Z])|\s*$)")
FILLER_RE = re.compile(r",?\s*\b(?:um|uh|erm)\b,?", re.I)
CUT_RE = re.compile(r"^[A-Za-z]{2,}-$")
PUNCT = ".,;:!?"


def _norm(tok: str) -> str:
    return tok.lower().strip(PUNCT)


def _merge(said: list[str], repair: list[str]) -> list[str]:
    """Rule 5: line the repair up with what was said (longest agreement, latest on a tie)."""
    if not said:
        return repair
    best, best_len = -1, 0
    for i in range(len(said)):
        n = 0
        while i + n < len(said) and n < len(repair) and _norm(said[i + n]) == _norm(repair[n]):
            n += 1
        if n and n >= best_len:
            best, best_len = i, n
    if best < 0:
        return said[:-1] + repair
    return said[:best] + repair


def _apply_repairs(toks: list[str]) -> list[str]:
    segments: list[list[str]] = [[]]
    for tok in toks:
        if tok == FIX:
            segments.append([])
        elif CUT_RE.match(tok):
            segments[-1].append(tok)
            segments.append([])
        else:
            segments[-1].append(tok)
    said = segments[0]
    for seg in segments[1:]:
        if seg:
            said = _merge(said, seg)
    return said


def _decode_proto(toks: list[str]) -> str:
    words = [w for w in (_norm(t) for t in toks) if w]
    out: list[str] = []
    case = ""
    i = 0
    while i < len(words):
        if tuple(words[i : i + 2]) == ("all", "caps"):
            case, i = "upper", i + 2
            continue
        if words[i] == "capital":
            case, i = "cap", i + 1
            continue
        two = tuple(words[i : i + 2])
        if len(two) == 2 and two in PROTO:
            out.append(PROTO[two])
            i += 2
            continue
        if (words[i],) in PROTO:
            out.append(PROTO[(words[i],)])
            i += 1
            continue
        word = words[i]
        if case == "upper":
            word = word.upper()
        elif case == "cap":
            word = word[:1].upper() + word[1:]
        case = ""
        out.append(word)
        i += 1
    return "".join(out)


def _decode_natural(toks: list[str]) -> str:
    out = ""
    glue = False
    case = ""
    open_quote = {'"': False, "'": False}
    i = 0
    while i < len(toks):
        low = toks[i].lower()
        two = (low, toks[i + 1].lower()) if i + 1 < len(toks) else None
        if two == ("all", "caps"):
            case, i = "upper", i + 2
            continue
        if low == "capital":
            case, i = "cap", i + 1
            continue
        entry = None
        if two in NAT:
            entry, i = NAT[two], i + 2
        elif (low,) in NAT:
            entry, i = NAT[(low,)], i + 1
        if entry:
            ch, cls = entry
            if cls == "Q":
                cls = "L" if open_quote[ch] else "R"
                open_quote[ch] = not open_quote[ch]
            if cls == "B":
                out += ch
                glue = True
            elif cls == "R":
                out += ("" if glue or not out else " ") + ch
                glue = True
            elif cls == "L":
                out += ch
                glue = False
            else:
                out += (" " if out else "") + ch
                glue = False
            continue
        word = toks[i]
        if case == "upper":
            word = word.upper()
        elif case == "cap":
            word = word[:1].upper() + word[1:]
        case = ""
        out += ("" if glue or not out else " ") + word
        glue = False
        i += 1
    return out


def decode(line: str) -> str:
    """The careful human listener of the guide above: transcript in, command out."""
    text = line
    for rx in MARK_RES:
        text = rx.sub(f" {FIX} ", text)
    start = 0
    for rx in LEAD_RES:
        for m in rx.finditer(text):
            start = max(start, m.end())
    end = len(text)
    for rx in [*CLOSE_RES, SENTENCE_END]:
        m = rx.search(text, start)
        if m:
            end = min(end, m.start())
    stretch = FILLER_RE.sub(" ", text[start:end])
    toks = stretch.split()
    protocol = any(_norm(t) == "space" for t in toks)
    toks = _apply_repairs(toks)
    return _decode_proto(toks) if protocol else _decode_natural(toks)


# ---------------------------------------------------------------- protocol rendering


def proto_items(cmd: str) -> list[tuple[str, str]] | None:
    items: list[tuple[str, str]] = []
    for tok in re.findall(r"[A-Za-z]+|[0-9]+|.", cmd):
        if tok == " ":
            items.append(("space", " "))
        elif tok[0].isalpha():
            for seg in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", tok):
                if seg.islower():
                    items.append(("word", seg))
                elif seg.isupper() and len(seg) > 1:
                    items.append(("caps", seg.lower()))
                else:
                    items.append(("cap", seg.lower()))
        elif tok.isdigit():
            items.append(("num", tok))
        elif tok in SYMBOL_NAME:
            items.append(("sym", tok))
        else:
            return None
    return items


def clean_tokens(item: tuple[str, str]) -> list[str]:
    kind, val = item
    if kind == "space":
        return ["space"]
    if kind == "word":
        return [val]
    if kind == "cap":
        return ["capital", val]
    if kind == "caps":
        return ["all", "caps", val]
    if kind == "num":
        return [DIGITS[int(d)] for d in val]
    return SYMBOL_NAME[val].split()


def proto_words(cmd: str) -> list[list[str]] | None:
    """Protocol tokens per shell word (no "space" units); None if not encodable."""
    units = []
    for word in cmd.split(" "):
        items = proto_items(word)
        if items is None:
            return None
        units.append([t for it in items for t in clean_tokens(it)])
    return units


def join_units(units: list[list[str]], protocol: bool) -> list[str]:
    toks: list[str] = []
    for i, unit in enumerate(units):
        if i and protocol:
            toks.append("space")
        toks.extend(unit)
    return toks


SPLIT_TAILS = (
    "key",
    "ship",
    "tool",
    "server",
    "client",
    "map",
    "info",
    "lock",
    "list",
    "scan",
    "shot",
    "play",
    "dump",
    "fix",
    "file",
    "tail",
    "check",
    "build",
    "mod",
    "cash",
    "reader",
    "player",
    "sync",
    "music",
    "light",
    "card",
    "query",
    "text",
    "flip",
    "dither",
    "spread",
    "comp",
    "hist",
    "rotate",
    "alias",
    "view",
    "lint",
    "tree",
    "config",
    "admin",
    "scanner",
    "test",
    "edit",
    "size",
    "label",
    "role",
    "stat",
    "grep",
    "install",
    "format",
    "mount",
    "crash",
    "report",
    "sign",
    "pack",
    "docs",
    "lab",
    "hash",
    "profile",
    "agent",
    "set",
)


def compound_split(word: str) -> tuple[str, str] | None:
    for tail in SPLIT_TAILS:
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 2 and head not in RESERVED:
            if tail not in RESERVED:
                return head, tail
    return None


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    """Protocol with this line's own loose names for the symbols, plus Whisper's slips."""
    items = proto_items(cmd)
    assert items is not None
    names = {ch: rng.choice((SYMBOL_NAME[ch], *alts)) for ch, alts in sorted(FUZZY_NAME.items())}
    double_dash = rng.random() < 0.5
    digits_as_numerals = rng.random() < 0.6
    toks: list[str] = []
    split_done = False
    i = 0
    while i < len(items):
        kind, val = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        roll = rng.random()
        if kind == "sym" and val == "-" and nxt == ("sym", "-") and double_dash:
            toks += ["double", "dash"]
            i += 2
            continue
        if kind == "sym":
            toks += names.get(val, SYMBOL_NAME[val]).split()
        elif kind == "num" and digits_as_numerals and roll < 0.7:
            toks.append(val)
        elif kind == "space" and roll < 0.25:
            toks.append("space,")
        elif kind == "cap" and len(val) == 1 and roll < 0.5:
            toks += ["capital", val.upper()]
        elif kind == "word" and not split_done and roll < 0.35 and compound_split(val):
            toks += list(compound_split(val) or ())
            split_done = True
        else:
            toks += clean_tokens(items[i])
        i += 1
    line = " ".join(toks)
    if rng.random() < 0.5:
        line = line[:1].upper() + line[1:]
    if rng.random() < 0.5:
        line += "."
    if line == " ".join(join_units(proto_words(cmd) or [], True)):
        line = line[:1].upper() + line[1:] + "."
    return line


# ---------------------------------------------------------------- natural rendering

CHUNK_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.")


def spoken_forms(word: str) -> list[list[str]]:
    if word in ("|", ">", "<", "&", "&&"):
        return [NAT_SPOKEN[word].split()]
    pre: list[str] = []
    body = word
    dashes = len(word) - len(word.lstrip("-"))
    if dashes in (1, 2) and len(word) > dashes:
        pre, body = ["dash"] * dashes, word[dashes:]
    elif word.startswith("~") and len(word) > 1:
        pre, body = ["tilde"], word[1:]
    parts = CHUNK_RE.findall(body)
    toks = list(pre)
    for j, part in enumerate(parts):
        if CHUNK_RE.fullmatch(part) and (part[0].isalnum()):
            toks.append(part)
            continue
        spoken = NAT_SPOKEN.get(part)
        if spoken is None or part in "|<>&":
            return []
        cls = NAT[tuple(spoken.split())][1]
        if cls == "R" and part != "-":
            return []
        if part == "-":
            return []
        if j == 0 and not pre and cls == "B":
            return []
        if j == len(parts) - 1 and cls == "B":
            return []
        toks += spoken.split()
    forms = [toks] if toks != [word] else []
    if dashes == 1 and len(body) == 1 and body.isupper():
        forms.append(["dash", "capital", body])
    return forms


def natural_units(cmd: str, rng: random.Random, p_text: float) -> list[list[str]]:
    units = []
    for word in cmd.split(" "):
        forms = spoken_forms(word)
        roll = rng.random()
        pick = rng.randrange(len(forms)) if forms else 0
        if forms and word == "|":
            units.append(forms[0])
        elif forms and roll >= p_text:
            units.append(forms[pick])
        else:
            units.append([word])
    return units


# ---------------------------------------------------------------- framing

NAMES = ("Ravi", "Mei", "Jordan", "Aisha", "Tomas", "Lena", "Kofi", "Sam", "Priyanka", "Dev")
EVENTS = (
    "incident review",
    "release",
    "migration",
    "audit",
    "demo",
    "on-call handover",
    "sprint review",
    "postmortem",
    "offsite",
    "customer call",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend")

# (template, needs a closer because text follows the command directly)
NATURAL_TEMPLATES = (
    ("So {name} was asking how to {why}. {Lead} {C}.", False),
    ("Okay, for the {event} thing we need to {why}, and {lead} {C}.", False),
    ("{Lead} {C}. That should {why} for us.", False),
    ("Hi all, quick one. If you need to {why}, {lead} {C}.", False),
    ("I had to {why} back when I still did on-call, and {lead} {C}.", False),
    ("Re the {event}: what happened is nobody knew how to {why}, so {lead} {C}.", False),
    (
        "Someone asked in standup how to {why}. Honestly I haven't typed this in years, "
        "but {lead} {C}.",
        False,
    ),
    ("{name}, can you {why} before lunch? {Lead} {C}.", False),
    (
        "Before the {event} tomorrow somebody should {why}. {Lead} {C}, "
        "so maybe run it past {name2} first.",
        True,
    ),
    ("Sorry to jump in, but I saw the thread about how to {why}. {Lead} {C}.", False),
    ("{Lead} {C}, that's how {name} showed me to {why} last quarter.", True),
    ("Not my area anymore, but the way we used to {why} was, {lead} {C}.", False),
    ("For anyone trying to {why} after what happened on {day}: {lead} {C}.", False),
    ("Hmm, to {why}? {Lead} {C}. {name} will know for sure.", False),
    ("Just so this is written down somewhere, when you need to {why}, {lead} {C}.", False),
    (
        "{name} and I were talking about this at lunch, because we keep having to {why}, "
        "and {lead} {C}.",
        False,
    ),
    (
        "Long story, but the {event} slipped because nobody remembered how to {why}, "
        "so for next time, {lead} {C}.",
        False,
    ),
    ("I'm on my phone so bear with me. To {why}, {lead} {C}.", False),
    ("{Lead} {C}. I remember because we needed to {why} during the {event}.", False),
    ("Can someone sanity-check this? I need to {why} and {lead} {C}.", False),
    (
        "Okay so this is from memory, which is dangerous. We want to {why}. {Lead} {C}.",
        False,
    ),
    ("Following up on {name}'s question about how to {why}: {lead} {C}.", False),
    ("If the goal is to {why}, then {lead} {C}, and {name2} can correct me.", True),
)

ASIDES = (
    "Sorry, my other call is running over.",
    "Hang on, the dog is barking.",
    "Typing this from the train, so bear with me.",
    "Ugh, why do I volunteer for these.",
    "Okay, one sec, {name} is talking to me.",
    "Right, where was I.",
    "Sorry, I'm juggling three threads here.",
    "Oh, and good job on the {event}, everyone.",
)
TRAILS = (
    "Anyway, that's roughly it.",
    "Or just ask {name}, honestly.",
    "Let me know if it blows up.",
    "I should really stop doing this from memory.",
    "Anyway, {name2} knows this better than me.",
    "Okay, back to my spreadsheets.",
    "Hope that helps, or at least doesn't hurt.",
)
CHAOTIC_TEMPLATES = (
    "{aside} {Lead} {C}.",
    "Okay so to {why}, um, {lead} {C}. {trail}",
    "{Lead} {C}. {trail}",
    "{aside} So we need to {why}. {Lead} {C}.",
    "Uh, {name} asked how to {why}, and {lead} {C}. {trail}",
    "{Lead} {C}.",
    "Hmm. {aside} {Lead} {C}.",
    "For the {event}, {lead} {C}. {trail}",
)

WRONG_WORDS = {
    "install": "uninstall",
    "uninstall": "install",
    "list": "show",
    "show": "list",
    "start": "stop",
    "stop": "start",
    "create": "delete",
    "delete": "create",
    "add": "remove",
    "remove": "add",
    "enable": "disable",
    "get": "set",
    "set": "get",
    "push": "pull",
    "pull": "push",
    "build": "run",
    "run": "build",
    "update": "upgrade",
    "login": "logout",
    "logout": "login",
    "import": "export",
    "export": "import",
    "serve": "server",
    "commit": "push",
    "init": "start",
    "status": "state",
    "help": "info",
    "info": "help",
}
WRONG_POOL = ("status", "list", "config", "update", "info", "show", "check", "sync", "run")
WRONG_FLAGS = ("--verbose", "--force", "--all", "-v", "-f", "-r", "--help", "--dry-run", "-a")


def description_why(desc: str) -> str:
    why = desc.split(" (")[0].split(". ")[0].strip().rstrip(".")
    if len(why) > 1 and not why[1].isupper():
        why = why[:1].lower() + why[1:]
    if not why.isascii() or not why:
        why = "sort this out"
    return why


def fill(template: str, rng: random.Random, why: str, lead: str, cmd_text: str) -> str:
    name, name2 = rng.sample(NAMES, 2)
    values = {
        "name": name,
        "name2": name2,
        "event": rng.choice(EVENTS),
        "day": rng.choice(DAYS),
        "why": why,
        "lead": lead,
        "Lead": lead[:1].upper() + lead[1:],
        "C": cmd_text,
        "aside": rng.choice(ASIDES).format(name=name, event=rng.choice(EVENTS)),
        "trail": rng.choice(TRAILS).format(name=name, name2=name2),
    }
    return template.format(**values)


def pick_lead(cmd: str, rng: random.Random) -> str:
    lead = rng.choice(LEADS)
    if lead.startswith("or whatever"):
        lead = f"it's the {tool_of(cmd)} thing, {lead}"
    return lead


def pick_closer(lead: str, rng: random.Random, needs: bool, blanks: int) -> str:
    closers = CLOSERS if needs else ("",) * blanks + CLOSERS
    closers = tuple(c for c in closers if not ("quote me" in c and "quote me" in lead))
    return rng.choice(closers)


def natural_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    p_text = 1.0 if attempt >= 10 else 0.35 + 0.06 * attempt + 0.3 * rng.random()
    units = natural_units(cmd, rng, p_text)
    template, needs = rng.choice(NATURAL_TEMPLATES)
    lead = pick_lead(cmd, rng)
    text = " ".join(join_units(units, False)) + pick_closer(lead, rng, needs, 4)
    return fill(template, rng, description_why(desc), lead, text)


def mutate_word(word: str, rng: random.Random) -> str:
    if word.startswith("-"):
        choice = rng.choice([f for f in WRONG_FLAGS if f != word])
        return choice
    if word.isdigit():
        return str((int(word) + rng.randint(1, 8)) % 10 ** len(word)).zfill(len(word))
    if word in WRONG_WORDS:
        return WRONG_WORDS[word]
    if "." in word and not word.startswith("."):
        stem = word.rsplit(".", 1)[0]
        return stem + rng.choice([".txt", ".json", ".log", ".conf"])
    return rng.choice([w for w in WRONG_POOL if w != word])


def render_word(word: str, protocol: bool) -> list[str]:
    if protocol:
        units = proto_words(word)
        return units[0] if units else [word]
    return [word]


def join_parts(parts: list[list[str] | str]) -> str:
    """Token lists are joined by spaces; a marker string carries its own punctuation."""
    text = ""
    for part in parts:
        if isinstance(part, str):
            text = text.rstrip() + part
        elif part:
            text += (" " if text and not text.endswith(" ") else "") + " ".join(part)
    return text.replace(" \x01", ", ").replace("\x01", "")


def chaotic_body(cmd: str, rng: random.Random, protocol: bool, p_text: float) -> str:
    words = cmd.split(" ")
    units = proto_words(cmd) if protocol else natural_units(cmd, rng, p_text)
    assert units is not None
    full = join_units(units, protocol)
    kind = rng.choice(("restart", "word", "flag", "cut", "double"))
    flag_idx = [i for i, w in enumerate(words) if w.startswith("-") and len(w) > 1]
    word_idx = [i for i, w in enumerate(words) if i and re.fullmatch(r"[a-z]+", w)]
    mutable = [i for i, w in enumerate(words) if i and w not in ("|", ">", "<", "&", "&&", "--")]
    if kind == "flag" and not flag_idx:
        kind = "word"
    if kind in ("word", "double") and not word_idx:
        kind = "restart"
    if kind == "restart" and not mutable:
        kind = "cut"
    marker = rng.choice(list(MARKERS))
    parts: list[list[str] | str]
    if kind == "restart":
        j = rng.choice(mutable)
        wrong_units = units[:j] + [render_word(mutate_word(words[j], rng), protocol)]
        if rng.random() < 0.5:
            wrong_units += units[j + 1 :]
        marker = rng.choice(("nowait", "hmm", "sorry"))
        parts = [join_units(wrong_units, protocol), MARKERS[marker], full]
    elif kind == "cut":
        j = rng.choice(word_idx) if word_idx and rng.random() < 0.6 else 0
        letters = re.sub(r"[^A-Za-z]", "", words[j])
        frag = letters[: min(rng.randint(2, 4), len(letters) - 1)]
        if len(frag) < 2:
            frag = "th"
        head = join_units(units[:j], protocol)
        if head and protocol:
            head.append("space")
        again = full if rng.random() < 0.5 else join_units(units[j:], protocol)
        parts = [head + [frag.lower() + "-"], again]
    else:
        j = rng.choice(flag_idx if kind == "flag" else word_idx)
        head = join_units(units[:j], protocol)
        if head and protocol:
            head.append("space")
        wrong = render_word(mutate_word(words[j], rng), protocol)
        parts = [head + wrong]
        if kind == "double":
            wrong2 = render_word(mutate_word(words[j], rng), protocol)
            if wrong2 != wrong and len(wrong2) == 1:
                parts += [MARKERS["actually"], wrong2]
            marker = "nowait" if marker == "actually" else marker
        elif kind == "word" and marker in ("hmm", "sorry"):
            marker = "actually"
        parts += [MARKERS[marker], join_units(units[j:], protocol)]
    if rng.random() < 0.3:
        lists = [p for p in parts if isinstance(p, list) and len(p) > 1]
        if lists:
            target = rng.choice(lists)
            target.insert(
                rng.randrange(1, len(target)), "\x01" + rng.choice(("um,", "uh,", "erm,"))
            )
    body = join_parts(parts)
    if rng.random() < 0.25:
        first = re.sub(r"[^A-Za-z]", "", words[0])[:2]
        if len(first) == 2 and not protocol and len(words[0]) > 2:
            body = f"{first.lower()}- " + body
    return body


def chaotic_line(cmd: str, desc: str, rng: random.Random, attempt: int, protocol: bool) -> str:
    p_text = 1.0 if attempt >= 10 else 0.4 + 0.06 * attempt + 0.2 * rng.random()
    body = chaotic_body(cmd, rng, protocol, p_text)
    lead = pick_lead(cmd, rng)
    closer = pick_closer(lead, rng, False, 5)
    template = rng.choice(CHAOTIC_TEMPLATES)
    return fill(template, rng, description_why(desc), lead, body + closer)


def has_repair(line: str) -> bool:
    if any(rx.search(line) for rx in MARK_RES):
        return True
    return any(CUT_RE.match(tok) for tok in line.split())


def clean_line(cmd: str) -> str:
    units = proto_words(cmd)
    assert units is not None
    return " ".join(join_units(units, True))


# ---------------------------------------------------------------- selection


def load_candidates() -> list[dict[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6 != 5:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or "  " in cmd or cmd != cmd.strip():
                continue
            if "\n" in cmd or "\t" in cmd:
                continue
            rows.append({"command": cmd, "description": row.get("description", "")})
    return rows


def tool_of(cmd: str) -> str:
    words = cmd.split()
    if words[0] == "sudo" and len(words) > 1:
        return words[1]
    return words[0]


WEIRD = set("'\"[](){}<>!$%^&;\\#@?*`")


def natural_friendly(cmd: str) -> bool:
    return not any(ch in WEIRD for ch in cmd.replace(" > ", " ").replace(" | ", " "))


def main() -> None:
    rng = random.Random(50)
    rows = load_candidates()
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row["command"] not in seen:
            seen.add(row["command"])
            unique.append(row)
    rng.shuffle(unique)
    protocol_ok = {
        r["command"]
        for r in unique
        if proto_words(r["command"]) and decode(clean_line(r["command"])) == r["command"]
    }
    friendly = [r for r in unique if natural_friendly(r["command"])]
    natural_pool = friendly[:130]
    reserved = {r["command"] for r in natural_pool}
    other = [r for r in unique if r["command"] not in reserved]
    queues = {
        "clean": [r for r in other if r["command"] in protocol_ok],
        "fuzzy": [r for r in other if r["command"] in protocol_ok],
        "natural": natural_pool + other,
        "chaotic": other + natural_pool,
    }
    used: set[str] = set()
    tools: dict[str, int] = {}
    out_rows = []
    for slice_name in SLICES:
        got = 0
        for row in queues[slice_name]:
            if got == PER_SLICE:
                break
            cmd, desc = row["command"], row["description"]
            if cmd in used or tools.get(tool_of(cmd), 0) >= 2:
                continue
            line = None
            for attempt in range(12):
                if slice_name == "clean":
                    cand = clean_line(cmd)
                elif slice_name == "fuzzy":
                    cand = fuzzy_line(cmd, rng)
                elif slice_name == "natural":
                    cand = natural_line(cmd, desc, rng, attempt)
                else:
                    protocol = cmd in protocol_ok and (
                        not natural_friendly(cmd) or rng.random() < 0.3
                    )
                    cand = chaotic_line(cmd, desc, rng, attempt, protocol)
                if slice_name == "chaotic" and not has_repair(cand):
                    continue
                if cand.isascii() and "\n" not in cand and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
            out_rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"slice {slice_name}: only {got} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in out_rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {len(out_rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
