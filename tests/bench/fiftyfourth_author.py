"""Independent voice-to-bash evaluation set, author 54 ("Maya reads the README").

Writes assets/training/bash/author54.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic.  Each line is {"input", "command", "slice", "author"}.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" and "description" fields
of assets/training/bash/pages_dev41_commands.jsonl (only lines whose 0-based number % 4 == 3).

Persona
-------
Maya is a developer onboarding onto a new repo.  She is on a call with a teammate and reads
commands out of the README and the wiki, quoting the docs as she goes: "the README says run X",
"step three in the wiki is X", "under Installation it says X", "then the docs say X", "the next
code block is X", "it has a comment saying ..., and then X", "the heading is Local setup, and
the command under it is X", and for placeholders "where it says your-token I put mine, but for
you it's X".  She sometimes gives the why (the tldr description) before the command.

Vocabulary (symbol names)
-------------------------
Maya's own names: dash (-), dash dash (--), dot (.), slash (/), pipe (|), tilde (~), star (*),
equals (=), underscore (_), colon (:), angle bracket (>).  For the rest she uses:
left angle bracket (<), quote ("), single quote ('), open paren / close paren, open bracket /
close bracket, open brace / close brace, dollar sign, ampersand, semicolon, comma, at sign,
hash sign, plus sign, percent sign, caret, question mark, exclamation mark, backslash, backtick.
Looser synonyms heard in the fuzzy slice (the listener accepts them everywhere): minus, hyphen,
double dash, period, point, full stop, forward slash, vertical bar, asterisk, tilda, equal sign,
equals sign, greater than, less than, double quote, apostrophe, pound sign, bang.
Digits (spelled mode): zero ... nine, one word per digit.  Case: "capital x" capitalises the
first letter of the next word; "all caps home" upper-cases the whole next word.

Two ways of speaking
--------------------
1. Spelled mode (clean, fuzzy, some chaotic lines).  Maya says the word "space" exactly where
   the command has a space; every symbol is said by name, digits as words, short or vowel-less
   runs are spelled letter by letter ("l s").  No framing.  Example:
   "git space stash space pop".
2. Quoting mode (natural, most chaotic lines).  "space" is never said.  Whisper writes words,
   digits, file names, paths and flags it recognises as text ("-la", "/etc/hosts",
   "config.yaml"); the symbols Maya names are words.  The command always follows one of her
   quoting phrases (below) and runs to the end of that sentence.

Listener rules (decode() implements exactly these)
---------------------------------------------------
A. Clean-up, both modes: collapse whitespace; drop the fillers "um", "uh", "uhm" and Maya's
   asides (ASIDES below, e.g. "hang on, the page is still loading") with their commas.
B. Mode: if the word "space" is heard, it is spelled mode.  Otherwise, if a quoting phrase or a
   correction marker is heard, it is quoting mode; otherwise spelled mode (a one-word command).
C. Spelled mode: ignore letter case and Whisper's punctuation (. , ? ! ; :).  Whole-command
   corrections ("scratch that", "wait, I skipped a line", "no sorry, that's the old version,
   the new one is") throw away everything said before them; "spelling it out" likewise ends a
   lead-in.  Then read word by word: "space" ends a piece; symbol names, digit words and plain
   words are glued together inside a piece; "I mean" throws away the piece being spelled (if
   nothing has been spelled since the last "space", the previous piece and that space).
D. Quoting mode:
   1. Whole-command corrections: keep only what follows the last of "scratch that", "wait, I
      skipped a line", "no sorry, that's the old version".
   2. The command starts after the LAST quoting phrase (QUOTING below, e.g. "the README says
      run", "step four in the wiki is", "it says", "the docs say", "the next code block is",
      "and then", "for you it's", "the command is", "the snippet is", "the new one is").  Saying
      the phrase again is a restart: the earlier attempt is dropped.  After a correction with
      no new quoting phrase, the command is simply what follows the marker.
   3. The command ends at the end of its sentence: a ". ", "? " or "! " followed by a capital
      letter, or a trailing-off "...", or the end of the line (one final . ? ! is dropped).
   4. "I mean" (word or flag scope) replaces the one command word said just before it.
   5. Words Whisper wrote as text are kept as they are; a space separates them.  Spoken symbols
      glue to their neighbours: dot, slash, underscore, colon, equals, hyphen, comma, at sign,
      hash sign and backslash glue on both sides; dash, dash dash, tilde, dollar sign, plus
      sign, caret, percent sign and the open brackets glue to the right ("dash la" = "-la",
      "tilde slash src" = "~/src"); the close brackets, semicolon, question mark and
      exclamation mark glue to the left; pipe, angle brackets, star and ampersand stand alone
      between spaces.  Quote, single quote and backtick open (glue right) and close (glue
      left) in turn.  "capital"/"all caps" change the case of the next word.
Ambiguities: a command containing a bare word that is also a symbol or digit name ("dash",
"dot", "point", "one") cannot be said in spelled mode, and a trailing "." or a bare "-" before
another word cannot be said in quoting mode; the generator drops such renderings.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev41_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author54.jsonl"
AUTHOR = "author54"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
MAYA = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    ">": "angle bracket",
    "<": "left angle bracket",
    '"': "quote",
    "'": "single quote",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "$": "dollar sign",
    "&": "ampersand",
    ";": "semicolon",
    ",": "comma",
    "@": "at sign",
    "#": "hash sign",
    "+": "plus sign",
    "%": "percent sign",
    "^": "caret",
    "?": "question mark",
    "!": "exclamation mark",
    "\\": "backslash",
    "`": "backtick",
}
FUZZY = {
    "-": ["minus", "hyphen"],
    ".": ["period", "point", "full stop"],
    "/": ["forward slash"],
    "|": ["vertical bar"],
    "*": ["asterisk"],
    "~": ["tilda"],
    "=": ["equal sign", "equals sign"],
    ">": ["greater than"],
    "<": ["less than"],
    '"': ["double quote"],
    "'": ["apostrophe"],
    "#": ["pound sign"],
    "!": ["bang"],
}
SYMS: dict[str, str] = {name: ch for ch, name in MAYA.items()}
for _ch, _names in FUZZY.items():
    for _name in _names:
        SYMS[_name] = _ch
SYMS["dash dash"] = "--"
SYMS["double dash"] = "--"
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}

# Natural-mode glue: (glues left, glues right); None = toggles open/close.
GLUE: dict[str, tuple[int, int] | None] = {
    ".": (1, 1),
    "/": (1, 1),
    "_": (1, 1),
    ":": (1, 1),
    "=": (1, 1),
    "@": (1, 1),
    ",": (1, 1),
    "#": (1, 1),
    "\\": (1, 1),
    "-": (0, 1),
    "--": (0, 1),
    "~": (0, 1),
    "$": (0, 1),
    "(": (0, 1),
    "[": (0, 1),
    "{": (0, 1),
    "+": (0, 1),
    "^": (0, 1),
    "%": (0, 1),
    ")": (1, 0),
    "]": (1, 0),
    "}": (1, 0),
    ";": (1, 0),
    "?": (1, 0),
    "!": (1, 0),
    "|": (0, 0),
    ">": (0, 0),
    "<": (0, 0),
    "*": (0, 0),
    "&": (0, 0),
    '"': None,
    "'": None,
    "`": None,
}

ASIDES = [
    "hang on, the page is still loading",
    "sorry, my screen share froze",
    "let me zoom in",
    "this wiki is so slow",
    "hold on, I lost my place",
    "ugh, the formatting is broken here",
    "it's in one of those grey boxes",
]
QUOTING = [
    r"the (?:readme|wiki) says(?: to)?(?: run| type| paste)?",
    r"step(?: \w+)? (?:in|of) the wiki is",
    r"it says(?: to (?:run|type|paste))?",
    r"the docs say(?: to run)?",
    r"the next code block is",
    r"and then",
    r"for you it's",
    r"the command(?: under it)? is",
    r"and i'm quoting here",
    r"wants you to run",
    r"the (?:first|second|third|last) line is",
    r"just says",
    r"the snippet is",
    r"so you run",
    r"the code block reads",
    r"says to (?:run|type|paste)",
    r"the new one is",
]
QUOTE_RE = re.compile(r"(?i)\b(?:" + "|".join(QUOTING) + r")\b[,:]?")
RESET_NAT = re.compile(
    r"(?i)\b(?:scratch that|wait,? I skipped a line|no,? sorry,? that's the old version)[.,]?"
)
RESET_PROTO = re.compile(
    r"\b(?:scratch that|wait i skipped a line|spelling it out"
    r"|no sorry that's the old version the new one is)\b"
)
FILLER_RE = re.compile(r"(?i)(?:,\s*)?\b(?:um|uh|uhm)\b[,.]?")
ASIDE_RES = [re.compile(r"(?i)[,.]?\s*\b" + re.escape(a) + r"\b[,.]?") for a in ASIDES]
BREAK_RE = re.compile(r"\.\.\.|[.?!](?=\s+[A-Z])")
IMEAN_RE = re.compile(r",?\s*\bI mean\b,?\s*")


# ---------------------------------------------------------------- listener
def _clean_up(line: str) -> str:
    t = " ".join(line.split())
    for rx in ASIDE_RES:
        t = rx.sub(" ", t)
    t = FILLER_RE.sub(" ", t)
    return " ".join(t.split())


def _phrase(words: list[str], i: int) -> tuple[str, int] | None:
    """Longest symbol phrase (up to three words) starting at words[i]."""
    for n in (3, 2, 1):
        key = " ".join(w.lower() for w in words[i : i + n])
        if len(words) - i >= n and key in SYMS:
            return SYMS[key], n
    return None


def _case(word: str, mode: str | None) -> str:
    if mode == "cap":
        return word[:1].upper() + word[1:]
    if mode == "all":
        return word.upper()
    return word


def _decode_spelled(text: str) -> str:
    t = re.sub(r"[.,?!;:]", " ", text.lower())
    t = " ".join(t.split())
    last = 0
    for m in RESET_PROTO.finditer(t):
        last = m.end()
    words = t[last:].split()
    pieces: list[str] = []
    cur = ""
    mode: str | None = None
    i = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            pieces.append(cur)
            cur, mode, i = "", None, i + 1
            continue
        if words[i : i + 2] == ["i", "mean"]:
            if not cur and pieces:
                pieces.pop()
            cur, mode, i = "", None, i + 2
            continue
        if w == "capital":
            mode, i = "cap", i + 1
            continue
        if words[i : i + 2] == ["all", "caps"]:
            mode, i = "all", i + 2
            continue
        hit = _phrase(words, i)
        if hit:
            cur += hit[0]
            i += hit[1]
        elif w in DIGIT_OF:
            cur += DIGIT_OF[w]
            i += 1
        else:
            cur += _case(w, mode)
            i += 1
        mode = None
    pieces.append(cur)
    return " ".join(pieces)


def _decode_words(span: str) -> str:
    """Quoting-mode rule D5: text words plus glued spoken symbols."""
    words = span.split()
    items: list[tuple[str, int, int]] = []
    open_q: dict[str, bool] = {}
    mode: str | None = None
    i = 0
    while i < len(words):
        w = words[i]
        if w.lower() == "capital":
            mode, i = "cap", i + 1
            continue
        if [x.lower() for x in words[i : i + 2]] == ["all", "caps"]:
            mode, i = "all", i + 2
            continue
        hit = _phrase(words, i)
        if hit:
            sym, n = hit
            glue = (1, 1) if w.lower() == "hyphen" else GLUE[sym]
            if glue is None:
                glue = (1, 0) if open_q.get(sym) else (0, 1)
                open_q[sym] = not open_q.get(sym)
            items.append((sym, glue[0], glue[1]))
            i += n
        else:
            items.append((_case(w, mode), 0, 0))
            i += 1
        mode = None
    out = ""
    right = 1
    for text, left, r in items:
        if out and not right and not left:
            out += " "
        out += text
        right = r
    return out


def _decode_quoting(t: str) -> str | None:
    reset = None
    for m in RESET_NAT.finditer(t):
        reset = m
    if reset is not None:
        t = t[reset.end() :]
    intro = None
    for m in QUOTE_RE.finditer(t):
        intro = m
    if intro is not None:
        span = t[intro.end() :]
    elif reset is not None:
        span = t
    else:
        return None
    span = span.lstrip(" ,:")
    cut = BREAK_RE.search(span)
    if cut:
        span = span[: cut.start()]
    span = span.strip()
    if span[-1:] in (".", "?", "!"):
        span = span[:-1]
    parts = IMEAN_RE.split(span)
    out = _decode_words(parts[0])
    for part in parts[1:]:
        out = out.rsplit(" ", 1)[0] if " " in out else ""
        out = (out + " " + _decode_words(part)).strip()
    return out


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    t = _clean_up(line)
    if re.search(r"(?i)\bspace\b", t):
        return _decode_spelled(t)
    out = _decode_quoting(t)
    return _decode_spelled(t) if out is None else out


# ---------------------------------------------------------------- speaker
PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")
NAT_PIECE_RE = re.compile(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*|.")
NAT_LITERAL_RE = re.compile(r"(?:-{1,2}|/)?[A-Za-z0-9][A-Za-z0-9./:@,+-]*|\.|/")


PARTS = frozenset(
    "auto audio video sink create tools tool server client config info data base backup check"
    " garbage collect file name snap shot work flow list update screen book key gen lint test"
    " mount path power manager store admin import export grep scan read write view fix cloud"
    " host cast trans net web load dump editor shell user mod pass word my db proc term ctl"
    " edit zip top pkg build run install format status sync restd pdf png jpg wall paper".split()
)


def _spell(word: str) -> list[str]:
    if len(word) <= 2 or (len(word) <= 5 and not re.search(r"[aeiouy]", word)):
        return list(word)
    return [word]


def _sym_word(ch: str, rng: random.Random, fuzzy: bool) -> str:
    if fuzzy and ch in FUZZY and rng.random() < 0.5:
        return rng.choice(FUZZY[ch])
    return MAYA[ch]


def spelled(cmd: str, rng: random.Random, fuzzy: bool = False) -> str:
    """Spelled-mode rendering; fuzzy adds synonyms, digits and split words."""
    chunks = []
    for tok in cmd.split(" "):
        words: list[str] = []
        pieces = PIECE_RE.findall(tok)
        i = 0
        while i < len(pieces):
            p = pieces[i]
            if p == "-" and pieces[i + 1 : i + 2] == ["-"]:
                words.append("double dash" if fuzzy and rng.random() < 0.4 else "dash dash")
                i += 2
                continue
            if p.isdigit():
                if fuzzy and rng.random() < 0.5:
                    words.append(p)
                else:
                    words.extend(DIGITS[int(c)] for c in p)
            elif p.islower():
                cuts = [c for c in range(2, len(p) - 1) if p[:c] in PARTS or p[c:] in PARTS]
                if fuzzy and cuts and rng.random() < 0.4:
                    cut = rng.choice(cuts)
                    words.extend([p[:cut], p[cut:]])
                else:
                    words.extend(_spell(p))
            elif p.isupper() and p.isalpha():
                words.append(("capital " if len(p) == 1 else "all caps ") + p.lower())
            elif p.isalpha():
                words.append("capital " + " ".join(_spell(p.lower())))
            else:
                words.append(_sym_word(p, rng, fuzzy))
            i += 1
        chunks.append(" ".join(words))
    if not fuzzy:
        return " space ".join(chunks)
    out = chunks[0]
    for c in chunks[1:]:
        out += (" space, " if rng.random() < 0.25 else " space ") + c
    return out


def nat_token(tok: str, rng: random.Random, lit_p: float) -> str:
    """How Whisper writes one command word when Maya reads it in quoting mode."""
    if NAT_LITERAL_RE.fullmatch(tok) and rng.random() < lit_p:
        return tok
    pieces = NAT_PIECE_RE.findall(tok)
    words = []
    for i, p in enumerate(pieces):
        if p[0].isalnum():
            if "." in p and rng.random() < 0.35:
                words.append(" dot ".join(p.split(".")))
            elif p.isalpha() and p.isupper() and len(p) > 1 and rng.random() < 0.25:
                words.append("all caps " + p.lower())
            else:
                words.append(p)
        elif p == "-" and i > 0 and pieces[i - 1][-1:].isalnum():
            words.append("hyphen")
        else:
            words.append(MAYA[p])
    return " ".join(words)


def nat_cmd(cmd: str, rng: random.Random, lit_p: float = 0.75) -> str:
    return " ".join(nat_token(t, rng, lit_p) for t in cmd.split(" "))


SECTIONS = [
    "Local setup",
    "Installation",
    "Getting started",
    "Prerequisites",
    "Troubleshooting",
    "Running tests",
    "Deployment",
    "Database setup",
    "Configuration",
    "Building from source",
    "Usage",
    "Known issues",
    "Development workflow",
    "Release process",
    "Quick start",
]
COMMENTS = [
    "install the deps first",
    "only needed once",
    "run this from the repo root",
    "this one takes a while",
    "you might need sudo",
    "don't skip this",
    "optional but recommended",
    "make sure the VPN is on",
    "this is for Linux",
    "do this in a new terminal",
]
PLACEHOLDERS = [
    "your-token",
    "YOUR_API_KEY",
    "your username",
    "the project name",
    "path-to-repo",
    "your email",
]
STEPS = ["one", "two", "three", "four", "five", "six", "seven", "3", "4", "5", "8"]
NAT_TEMPLATES = [
    "The README says run {cmd}",
    "Okay, step {n} in the wiki is {cmd}",
    "Under {sec} it says {cmd}",
    "Then the docs say {cmd}",
    "The next code block is {cmd}",
    "It has a comment saying {comment}, and then {cmd}",
    "The heading is {sec}, and the command under it is {cmd}",
    "Where it says {ph} I put mine, but for you it's {cmd}",
    "So the README says to {why}, and I'm quoting here, {cmd}",
    "Right, after that the wiki wants you to run {cmd}",
    "Can you try this one? The README says {cmd}",
    "In the {sec} section the first line is {cmd}",
    "The wiki page just says {cmd}",
    "There's a note that says {why}, and the command is {cmd}",
    "If you want to {why}, the README says {cmd}",
    "Okay, {sec}. The snippet is {cmd}",
    "Then it tells you to {why}, so you run {cmd}",
    "Under {sec}, the code block reads {cmd}",
    "I'm just reading off the README here, it says to paste {cmd}",
    "Step {n} says to type {cmd}",
    "And the last step in the wiki is {cmd}",
    "Okay, so this is the part I got stuck on. The docs say {cmd}",
    "The heading is {sec}. It has a comment saying {comment}, and then {cmd}",
    "Next one. To {why}, the wiki says {cmd}",
]
RESTARTABLE = [0, 1, 2, 3, 4, 9, 12, 19, 20]
TRAILS = [
    " That's from the {sec2} section.",
    " The comment above it reads {why}.",
    " That one's pretty quick.",
    " Then there's a screenshot of the output.",
    " After that it moves on to {sec2}.",
    " It doesn't say anything else about it.",
]
THOUGHTS = [
    "... and then I think you restart your terminal?",
    " I think that's it for that part.",
    " Honestly half of this README is out of date.",
    "... or at least that's how I read it.",
    "... and then there's a bit about Docker I didn't get to.",
]
FLAG_WORDS = ["verbose", "force", "all", "quiet", "dry-run", "help", "debug", "recursive"]
WORDS = ["install", "update", "start", "list", "init", "status", "build", "remove", "show"]
NAMES = ["config", "main", "notes", "setup", "backup", "report", "app", "local"]


def _why(desc: str) -> str:
    d = desc.strip().rstrip(".")
    return d if d[1:2].isupper() else d[:1].lower() + d[1:]


def _fields(rng: random.Random, desc: str) -> dict[str, str]:
    return {
        "sec": rng.choice(SECTIONS),
        "comment": rng.choice(COMMENTS),
        "ph": rng.choice(PLACEHOLDERS),
        "n": rng.choice(STEPS),
        "why": _why(desc),
        "sec2": rng.choice(SECTIONS),
    }


def mutate_token(tok: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([c for c in "abcdfhklnrstvx" if c != tok[1]])
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        return "--" + rng.choice([w for w in FLAG_WORDS if w != tok[2:]])
    if tok.isdigit():
        return str(int(tok) + rng.randint(1, 9))
    if re.fullmatch(r"[A-Za-z0-9_./~-]+", tok) and re.search(r"[a-z]\.[a-z]", tok):
        head, _, base = tok.rpartition("/")
        stem, _, ext = base.partition(".")
        new = rng.choice([n for n in NAMES if n != stem])
        return (head + "/" if head else "") + new + "." + ext
    if re.fullmatch(r"~?/[a-z0-9_/]*[a-z]", tok):
        head, _, base = tok.rpartition("/")
        return head + "/" + rng.choice([n for n in NAMES if n != base])
    if re.fullmatch(r"[a-z][a-z0-9-]*", tok):
        return rng.choice([w for w in WORDS if w != tok])
    return None


def mutate_cmd(cmd: str, rng: random.Random) -> str:
    toks = cmd.split(" ")
    order = list(range(1, len(toks)))
    rng.shuffle(order)
    for k in order:
        new = mutate_token(toks[k], rng)
        if new:
            return " ".join(toks[:k] + [new] + toks[k + 1 :])
    return cmd + " " + rng.choice(["--legacy", "-v", "--old-style"])


HEADS = frozenset([k.split()[0] for k in SYMS if " " in k] + ["all", "i", "dash", "capital"])


def _gap(words: list[str], rng: random.Random) -> int:
    """A word boundary that does not split a multi-word name ("all caps", "angle bracket")."""
    for _ in range(4):
        k = rng.randrange(1, len(words)) if len(words) > 1 else 1
        if words[k - 1].lower() not in HEADS:
            return k
    return 0


def _filler(line: str, rng: random.Random) -> str:
    words = line.split(" ")
    k = _gap(words, rng)
    if not k:
        return line
    f = rng.choice([", um,", ", uh,", " um", " uh"])
    if words[k - 1][-1:] in ",.?":
        f = f.lstrip(",").lstrip()
        f = " " + f
    words[k - 1] += f
    return " ".join(words)


def _aside(line: str, rng: random.Random) -> str:
    aside = rng.choice(ASIDES)
    if rng.random() < 0.4:
        return aside[0].upper() + aside[1:] + ". " + line
    words = line.split(" ")
    k = _gap(words, rng)
    if not k or words[k - 1][-1:] in ",.?":
        return line
    words[k - 1] += ", " + aside + ","
    return " ".join(words)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    return s if s[1:2].isupper() else s[:1].lower() + s[1:]


def gen_clean(cmd: str, desc: str, rng: random.Random) -> str:
    return spelled(cmd, rng)


def gen_fuzzy(cmd: str, desc: str, rng: random.Random) -> str:
    line = spelled(cmd, rng, fuzzy=True)
    if rng.random() < 0.6:
        line = _cap(line)
    if rng.random() < 0.5:
        line += "."
    if line == spelled(cmd, rng):
        line = _cap(line) + "."
    return line


class Deck:
    """Cycles through template indices in shuffled order so framings stay varied."""

    def __init__(self, n: int, rng: random.Random) -> None:
        self.n, self.rng, self.left = n, rng, []

    def draw(self) -> int:
        if not self.left:
            self.left = list(range(self.n))
            self.rng.shuffle(self.left)
        return self.left.pop()


def gen_natural(cmd: str, desc: str, rng: random.Random, deck: Deck) -> tuple[str, int]:
    if cmd.endswith("."):
        return "", -1
    idx = deck.draw()
    f = _fields(rng, desc)
    line = NAT_TEMPLATES[idx].format(cmd=nat_cmd(cmd, rng), **f) + "."
    if rng.random() < 0.3:
        line += rng.choice(TRAILS).format(**f)
    return line, idx


def _nat_chaotic(cmd: str, desc: str, rng: random.Random, pool: list[str]) -> tuple[str, str]:
    if cmd.endswith("."):
        return "", "none"
    f = _fields(rng, desc)
    t1 = rng.choice(NAT_TEMPLATES)
    t2 = rng.choice(NAT_TEMPLATES)
    right = nat_cmd(cmd, rng)
    kind = rng.choices(["old", "skip", "scratch", "imean", "restart"], [22, 15, 20, 28, 15])[0]
    toks = cmd.split(" ")
    if kind == "old":
        old = nat_cmd(mutate_cmd(cmd, rng), rng)
        sep = rng.choice(
            [
                ", no sorry, that's the old version, the new one is ",
                ". No, sorry, that's the old version. The new one is ",
            ]
        )
        line = t1.format(cmd=old + sep + right, **f) + "."
    elif kind == "skip":
        other = nat_cmd(rng.choice([c for c in pool if c != cmd]), rng)
        sep = rng.choice(["... wait, I skipped a line. ", ". Wait, I skipped a line. "])
        line = t1.format(cmd=other, **f) + sep + t2.format(cmd=right, **f) + "."
    elif kind == "scratch":
        k = rng.randint(1, max(1, len(toks) - 1))
        part = nat_cmd(" ".join(toks[:k]) if len(toks) > 1 else mutate_cmd(cmd, rng), rng)
        if rng.random() < 0.5:
            line = t1.format(cmd=part + ", scratch that, " + right, **f) + "."
        else:
            line = t1.format(cmd=part, **f) + "... scratch that. " + t2.format(cmd=right, **f)
            line += "."
    elif kind == "imean":
        order = list(range(1, len(toks)))
        rng.shuffle(order)
        words = [nat_token(t, rng, 0.75) for t in toks]
        for k in order:
            wrong = mutate_token(toks[k], rng)
            if wrong:
                words[k] = nat_token(wrong, rng, 0.9) + ", I mean, " + words[k]
                break
        else:
            return "", "none"
        line = t1.format(cmd=" ".join(words), **f) + "."
    else:
        tr = NAT_TEMPLATES[rng.choice(RESTARTABLE)]
        pre = tr.split("{cmd}")[0].format(**f)
        lead = pre.rstrip() if rng.random() < 0.5 else pre + nat_cmd(toks[0], rng)
        line = lead + rng.choice([", uh, ", "... ", ", sorry, "]) + _low(pre) + right + "."
    if rng.random() < 0.5:
        line = _filler(line, rng)
    if rng.random() < 0.25:
        line = _aside(line, rng)
    if rng.random() < 0.3:
        line = line[:-1] + rng.choice(THOUGHTS)
    return line, kind


def _spelled_chaotic(cmd: str, desc: str, rng: random.Random, pool: list[str]) -> tuple[str, str]:
    chunks = spelled(cmd, rng).split(" space ")
    toks = cmd.split(" ")
    if len(toks) > 1:
        kind = rng.choice(["imean", "scratch", "old", "skip"])
    else:
        kind = rng.choice(["old", "skip"])
    if kind == "imean":
        order = list(range(1, len(toks)))
        rng.shuffle(order)
        for k in order:
            wrong = mutate_token(toks[k], rng)
            if wrong:
                chunks[k] = spelled(wrong, rng) + ", I mean, " + chunks[k]
                break
        else:
            return "", "none"
        line = " space ".join(chunks)
    elif kind == "scratch":
        k = rng.randint(1, len(chunks) - 1)
        line = " space ".join(chunks[:k]) + ", scratch that, " + " space ".join(chunks)
    elif kind == "old":
        line = (
            spelled(mutate_cmd(cmd, rng), rng)
            + ", no sorry, that's the old version, the new one is "
            + " space ".join(chunks)
        )
    else:
        other = spelled(rng.choice([c for c in pool if c != cmd]), rng)
        line = other + ". Wait, I skipped a line. " + _cap(" space ".join(chunks))
    if rng.random() < 0.35:
        line = (
            rng.choice(
                [
                    "The next code block, spelling it out, ",
                    "Okay, the README has this, spelling it out: ",
                ]
            )
            + line
        )
    if rng.random() < 0.6:
        line = _filler(line, rng)
    if rng.random() < 0.2:
        line = _aside(line, rng)
    line = _cap(line)
    if rng.random() < 0.5:
        line += "."
    return line, kind


def gen_chaotic(cmd: str, desc: str, rng: random.Random, pool: list[str]) -> tuple[str, str]:
    if rng.random() < 0.28:
        return _spelled_chaotic(cmd, desc, rng, pool)
    return _nat_chaotic(cmd, desc, rng, pool)


def _is_corrected(line: str, kind: str) -> bool:
    markers = ("I mean", "scratch that", "skipped a line", "old version")
    if any(m.lower() in line.lower() for m in markers):
        return True
    return kind == "restart" and len(QUOTE_RE.findall(_clean_up(line))) >= 2


# ---------------------------------------------------------------- main
def tool_of(cmd: str) -> str:
    toks = cmd.split(" ")
    return toks[1] if toks[0] == "sudo" and len(toks) > 1 else toks[0]


def ok_command(cmd: str) -> bool:
    return (
        cmd.isascii()
        and 0 < len(cmd) <= 80
        and "\n" not in cmd
        and "\t" not in cmd
        and "  " not in cmd
        and cmd == cmd.strip()
    )


def main() -> None:
    rng = random.Random(54)
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines() if x.strip()]
    cands = [r for i, r in enumerate(rows) if i % 4 == 3 and ok_command(r["command"])]
    rng.shuffle(cands)
    pool = [r["command"] for r in cands]
    used: set[str] = set()
    tools: dict[str, int] = {}
    deck = Deck(len(NAT_TEMPLATES), rng)
    out: list[dict[str, str]] = []
    framings: dict[int, int] = {}
    kinds: dict[str, int] = {}
    for sl in SLICES:
        slice_tools: dict[str, int] = {}
        got = 0
        for r in cands:
            if got == PER_SLICE:
                break
            cmd, desc = r["command"], r["description"]
            tool = tool_of(cmd)
            if cmd in used or tools.get(tool, 0) >= 2 or slice_tools.get(tool):
                continue
            line = None
            for _ in range(6):
                idx, kind = -1, ""
                if sl == "clean":
                    cand = gen_clean(cmd, desc, rng)
                elif sl == "fuzzy":
                    cand = gen_fuzzy(cmd, desc, rng)
                elif sl == "natural":
                    cand, idx = gen_natural(cmd, desc, rng, deck)
                    if not cand:
                        break
                else:
                    cand, kind = gen_chaotic(cmd, desc, rng, pool)
                    if not cand or not _is_corrected(cand, kind):
                        continue
                if cand.isascii() and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            if idx >= 0:
                framings[idx] = framings.get(idx, 0) + 1
            if kind:
                kinds[kind] = kinds.get(kind, 0) + 1
            used.add(cmd)
            tools[tool] = tools.get(tool, 0) + 1
            slice_tools[tool] = 1
            out.append({"input": line, "command": cmd, "slice": sl, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"slice {sl}: only {got} lines")
    assert len(framings) >= 15, framings
    assert all(decode(o["input"]) == o["command"] for o in out)
    OUT.write_text("".join(json.dumps(o) + "\n" for o in out), encoding="utf-8")
    print(f"wrote {len(out)} lines to {OUT}")
    print("natural framings used:", len(framings), "chaotic kinds:", sorted(kinds.items()))


if __name__ == "__main__":
    main()
