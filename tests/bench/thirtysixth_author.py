"""Independent voice-to-bash evaluation set, author 36: "Tom", a developer who stutters.

Writes assets/training/bash/author36.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic). Commands are the "command" field of assets/training/bash/train.jsonl lines whose
0-based number % 11 == 8, then % 11 == 9 (the first group alone gives fewer than 400 under the
tool limit). The "why" sentences come from the "description" field of corpus.jsonl. Both are
derived from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.
Deterministic: one random.Random(36), consumed in a fixed order.

STYLE GUIDE: TOM
================
Persona. Tom is a developer who stutters and dictates shell commands anyway. Whisper writes his
disfluencies faithfully. His framing is short ("okay", "so I need", "run"), his fillers are
what he uses to push through a block, and he corrects himself with "no", "sorry", "I mean".

Two ways of speaking.
  Protocol (clean, fuzzy, part of chaotic): he says the word "space" exactly where the command
  has a space; everything between two "space"s is one shell word, its spoken pieces glued
  together with nothing between them ("s three cret" = s3cret, "pgm texture" = pgmtexture).
  Natural (natural, part of chaotic): he never says "space". Whisper writes words, numbers,
  file names, paths and flags as text ("-la", "/etc/hosts", "config.yaml"), one shell word per
  written word; only characters Whisper cannot write are named (see the natural table).
  The listener knows which: a transcript that contains the word "space" is protocol.

Protocol vocabulary (clean name first, fuzzy synonyms after the slash).
  -  dash / minus, hyphen          --  double dash / double minus, double hyphen
  .  dot / period, point           /   slash / forward slash
  |  pipe / vertical bar           ~   tilde / tilda
  *  star / asterisk               =   equals / equal sign, equal
  _  underscore / under score      :   colon
  "  quote / double quote          '   single quote / apostrophe
  $  dollar / dollar sign          ;   semicolon / semi colon
  ( ) open paren, close paren      [ ] open bracket, close bracket
  { } open brace, close brace / open curly, close curly
  <  less than    >  greater than  ,   comma    &  ampersand    @  at / at sign
  #  hash   %  percent   +  plus   !  bang   ?  question mark   ^  caret   \\  backslash
  `  backtick
  Digits are said one by one ("four zero nine six"); in fuzzy Whisper may write a run of them
  as a number ("4096"), which is taken literally. Letters: a lower-case run is said as a word.
  Case: "capital X" makes the next word start upper-case ("capital no capital exit" = NoExit,
  "capital c" = C); "all caps X" makes the whole next word upper-case ("all caps head" = HEAD).
  The word after "capital"/"all caps" is always literal, never a symbol or a marker.
  "--" is ALWAYS "double dash". "dash dash" is a stutter, not two dashes (see below).

Natural table. Only these are named in natural speech, and they glue as shown:
  quote, single quote, backtick: the first of a pair glues to the word after it, the second to
  the word before it ("quote hello world quote" = "hello world"). star, dollar, bang, hash,
  open paren/bracket/brace glue to the next word; close paren/bracket/brace and semicolon glue
  to the previous word; question mark, caret, backslash glue both ways; pipe, less than,
  greater than, ampersand stand alone. Everything else Whisper writes as text.

Stutter rules (the listener applies these first, to every word):
  1. Part-word repetition: "g-g-git", "da-dash", "s-s-sudo", "k-kubectl": when the piece
     before a hyphen is the start of what follows it, drop it (repeat): "g-g-git" = git.
  2. Prolonged first sound: "sssudo", "Mmmake": three or more of the same first letter = one.
     (Tom only prolongs words whose first two letters differ, so "ssh" is never prolonged.)
  3. Broken-off fragment: a word ending in a hyphen ("st-", "--for-") was abandoned. Drop it;
     if the words right after it repeat the words right before it ("git st- git status"),
     he restarted: keep only the second copy (the longest such repeat).
  4. Whole-word repetition: a word said twice or more in a row counts once ("the the",
     "dash dash dash force" = "dash force" = -force, "double dash dash force" = --force).
     When the command really repeats a word, he says "twice" (or "three times" up to
     "nine times") right after it: "one zero twice" = 100, "dot twice" = .., "foo twice" = foo foo.
  5. Fillers vanish with their commas: um, uh, well, like, you know, so so. (He says them to
     get past a block, just before the blocked word.)

Corrections. Markers: "sorry", "I mean", and "no" when Whisper wrote a comma after it ("no,"),
which it does for an interjection; a bare "no" is a literal word (--no-pager). Consecutive
markers ("no, sorry,") count as one. What follows the marker replaces:
  - if its first word was already said in the current attempt: everything from the LAST time
    that word was said (whole-command scope "git push, no, git pull"; flag scope
    "ls -l -a, sorry, -h" in protocol "dash a sorry dash h");
  - otherwise just the last shell word (word scope "cat notes.txt, I mean, todo.txt").

Framing (natural). Lead-ins, stripped from the start (repeatable, fillers included): okay, ok,
okay so, so I need (to run), I need, okay run, run, now run, then run, next, next one, right,
alright, can you run, please run, let's do, and then. The command ends at Whisper's sentence end
(".", "?", "!" followed by a space or the end of the line) or at a comma followed by a tail:
to, please, because, thanks, thank you, I think, that's, so that, just to. Whisper capitalises
a sentence; a command word that opens a sentence is read lower-case (unless all caps).
Protocol lines carry no framing except Whisper's capital first letter, commas after some
"space"s and a final full stop (fuzzy), and the same lead-ins/tails in chaotic.

Slices. clean: pure protocol, at most mild part-word stutters, no punctuation, no framing.
fuzzy: protocol with synonyms, Whisper slips (capital first word, final full stop, commas,
digit runs as numbers, a long name split in two), occasional "um". natural: Tom talking, with
framing, fillers and stutters. chaotic: natural or protocol with at least one correction or
restart per line, plus asides and trailing thoughts.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets/training/bash/train.jsonl"
CORPUS = ROOT / "assets/training/bash/corpus.jsonl"
OUT = ROOT / "assets/training/bash/author36.jsonl"
AUTHOR = "author36"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_VAL = {w: str(i) for i, w in enumerate(DIGITS)}
COUNTS = {"twice": 2} | {f"{DIGITS[n]} times": n for n in range(3, 10)}

SAY = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    '"': "quote",
    "'": "single quote",
    "$": "dollar",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "<": "less than",
    ">": "greater than",
    ",": "comma",
    ";": "semicolon",
    "&": "ampersand",
    "@": "at",
    "#": "hash",
    "%": "percent",
    "+": "plus",
    "!": "bang",
    "?": "question mark",
    "^": "caret",
    "\\": "backslash",
    "`": "backtick",
}
FUZZY_SAY = {
    "dash": ["minus", "hyphen"],
    "double dash": ["double minus", "double hyphen"],
    "dot": ["period", "point"],
    "slash": ["forward slash"],
    "pipe": ["vertical bar"],
    "tilde": ["tilda"],
    "star": ["asterisk"],
    "equals": ["equal sign", "equal"],
    "underscore": ["under score"],
    "quote": ["double quote"],
    "single quote": ["apostrophe"],
    "dollar": ["dollar sign"],
    "semicolon": ["semi colon"],
    "open brace": ["open curly"],
    "close brace": ["close curly"],
    "at": ["at sign"],
}
PROTO_PHRASES: dict[tuple[str, ...], str] = {("double", "dash"): "--"}
for _ch, _name in SAY.items():
    PROTO_PHRASES[tuple(_name.split())] = _ch
for _name, _alts in FUZZY_SAY.items():
    for _alt in _alts:
        PROTO_PHRASES[tuple(_alt.split())] = PROTO_PHRASES[tuple(_name.split())]
PROTO_PHRASES[("back", "slash")] = "\\"

TEXT_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/~:=,@+%-")
NAT_CHARS = "\"'`*$()[]{}<>|;&!#?^\\"
NAT_PHRASES = {tuple(SAY[c].split()): c for c in NAT_CHARS}
NAT_PHRASES[("asterisk",)] = "*"
# glue (left, right); quotes alternate open/close
GLUE = {
    "|": (0, 0),
    "<": (0, 0),
    ">": (0, 0),
    "&": (0, 0),
    ";": (1, 0),
    "*": (0, 1),
    "$": (0, 1),
    "(": (0, 1),
    "[": (0, 1),
    "{": (0, 1),
    ")": (1, 0),
    "]": (1, 0),
    "}": (1, 0),
    "!": (0, 1),
    "#": (0, 1),
    "?": (1, 1),
    "^": (1, 1),
    "\\": (1, 1),
}
QUOTES = "\"'`"

FILLERS = [("you", "know"), ("so", "so"), ("um",), ("uh",), ("well",), ("like",)]
LEADINS = [
    ("okay", "so", "i", "need", "to", "run"),
    ("so", "i", "need", "to", "run"),
    ("okay", "so", "i", "need"),
    ("so", "i", "need"),
    ("can", "you", "run"),
    ("please", "run"),
    ("let's", "do"),
    ("and", "then"),
    ("okay", "run"),
    ("okay", "so"),
    ("now", "run"),
    ("then", "run"),
    ("next", "one"),
    ("i", "need"),
    ("okay",),
    ("ok",),
    ("run",),
    ("next",),
    ("right",),
    ("alright",),
]
TAILS = [
    ("to",),
    ("please",),
    ("because",),
    ("thanks",),
    ("thank", "you"),
    ("i", "think"),
    ("that's",),
    ("so", "that"),
    ("just", "to"),
]


# ----------------------------------------------------------------------------- listener
def _unstutter(w: str) -> str:
    while True:
        m = re.match(r"^([A-Za-z]+)-(.+)$", w)
        if m and m.group(2).lower().startswith(m.group(1).lower()):
            w = m.group(2)
            continue
        break
    m = re.match(r"^([A-Za-z])\1\1+(.*)$", w, re.I)
    if m:
        w = m.group(1) + m.group(2)
    return w


def _match(words: list[list[str]], i: int, phrases) -> int:
    """Length of the longest phrase (tuple of lower-case words) matching at words[i]."""
    best = 0
    for ph in phrases:
        n = len(ph)
        if n > best and i + n <= len(words):
            if all(words[i + j][0].lower() == ph[j] for j in range(n)):
                best = n
    return best


def decode(line: str) -> str:
    """Recover the command from one transcript, following the style guide above."""
    words: list[list[str]] = []
    for raw in line.split():
        m = re.match(r"^(.*?)([,.?!]*)$", raw)
        core, punct = m.group(1), m.group(2)
        if not core:
            if words:
                words[-1][1] += punct
            continue
        words.append([_unstutter(core), punct])
    proto = any(w[0].lower() == "space" for w in words)
    # framing: lead-ins and leading fillers
    sentence_start = True
    while words:
        n = _match(words, 0, FILLERS)
        if n:
            words = words[n:]
            continue
        n = _match(words, 0, LEADINS) if (not proto or "," in words[0][1]) else 0
        if n and n < len(words):
            sentence_start = any(c in words[n - 1][1] for c in ".?!")
            words = words[n:]
            continue
        break
    # fillers in the middle (their comma and the one before them vanish)
    kept: list[list[str]] = []
    i = 0
    while i < len(words):
        n = _match(words, i, FILLERS)
        if n:
            if kept:
                kept[-1][1] = kept[-1][1].replace(",", "")
            i += n
            continue
        kept.append(words[i])
        i += 1
    words = kept
    # tail
    for i, (_core, punct) in enumerate(words):
        if any(c in punct for c in ".?!"):
            words = words[: i + 1]
            break
        if "," in punct and _match(words, i + 1, TAILS):
            words = words[: i + 1]
            break
    # specials: markers and fragments
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        core, punct = words[i]
        low = core.lower()
        if i > 0 and words[i - 1][0].lower() in ("capital", "caps"):
            items.append(("w", core))
        elif low == "sorry" or (low == "no" and "," in punct):
            items.append(("mark", ""))
        elif low == "i" and i + 1 < len(words) and words[i + 1][0].lower() == "mean":
            items.append(("mark", ""))
            i += 1
        elif core.endswith("-") and re.search(r"[A-Za-z]", core):
            items.append(("frag", ""))
        else:
            items.append(("w", core))
        i += 1
    out: list[str] = []
    special = ""
    seg: list[str] = []

    def flush() -> None:
        nonlocal out
        if special == "frag":
            k = min(len(out), len(seg))
            while k > 0 and [x.lower() for x in out[-k:]] != [x.lower() for x in seg[:k]]:
                k -= 1
            if k:
                del out[-k:]
            out += seg
        elif special == "mark" and seg:
            anchor = seg[0].lower()
            idx = -1
            if not (proto and anchor == "space"):
                for j in range(len(out) - 1, -1, -1):
                    if out[j].lower() == anchor:
                        idx = j
                        break
            if idx >= 0:
                out = out[:idx]
            elif proto:
                while out and out[-1].lower() == "space":
                    out.pop()
                while out and out[-1].lower() != "space":
                    out.pop()
            elif out:
                out.pop()
            out += seg
        else:
            out += seg

    for kind, val in items:
        if kind == "w":
            seg.append(val)
            continue
        flush()
        if kind == "mark" and special == "mark" and not seg:
            pass
        special, seg = kind, []
    flush()
    # whole-word repetition collapse, then "twice"
    coll: list[str] = []
    for w in out:
        if coll and coll[-1].lower() == w.lower():
            continue
        coll.append(w)
    exp: list[str] = []
    i = 0
    while i < len(coll):
        w = coll[i].lower()
        two = " ".join(x.lower() for x in coll[i : i + 2])
        if exp and w == "twice":
            exp.append(exp[-1])
            i += 1
            continue
        if exp and two in COUNTS:
            exp += [exp[-1]] * (COUNTS[two] - 1)
            i += 2
            continue
        exp.append(coll[i])
        i += 1
    if proto:
        return _assemble_proto(exp)
    if sentence_start and exp:
        w = exp[0]
        if len(w) > 1 and w[0].isupper() and w[1].islower():
            exp[0] = w[0].lower() + w[1:]
    return _assemble_nat(exp)


def _assemble_proto(ws: list[str]) -> str:
    words = [[w.lower(), ""] for w in ws]
    tokens: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i][0]
        if w == "space":
            tokens.append(cur)
            cur = ""
            i += 1
            continue
        if w == "capital" and i + 1 < len(words):
            nxt = words[i + 1][0]
            cur += nxt[:1].upper() + nxt[1:]
            i += 2
            continue
        if w == "all" and i + 2 < len(words) and words[i + 1][0] == "caps":
            cur += words[i + 2][0].upper()
            i += 3
            continue
        n = _match(words, i, PROTO_PHRASES)
        if n:
            cur += PROTO_PHRASES[tuple(x[0] for x in words[i : i + n])]
            i += n
            continue
        cur += DIGIT_VAL.get(w, w)
        i += 1
    tokens.append(cur)
    return " ".join(t for t in tokens if t)


def _assemble_nat(ws: list[str]) -> str:
    words = [[w, ""] for w in ws]
    pieces: list[tuple[str, int, int]] = []
    open_q = {q: False for q in QUOTES}
    i = 0
    while i < len(words):
        n = _match(words, i, NAT_PHRASES)
        if n:
            ch = NAT_PHRASES[tuple(x[0].lower() for x in words[i : i + n])]
            if ch in QUOTES:
                glue = (1, 0) if open_q[ch] else (0, 1)
                open_q[ch] = not open_q[ch]
            else:
                glue = GLUE[ch]
            pieces.append((ch, *glue))
            i += n
            continue
        pieces.append((words[i][0], 0, 0))
        i += 1
    text = ""
    for j, (s, left, _right) in enumerate(pieces):
        if j and not (left or pieces[j - 1][2]):
            text += " "
        text += s
    return text


# ----------------------------------------------------------------------------- speaker
SEG_RE = re.compile(r"--|[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]|.")


def proto_units(token: str) -> list[list[str]] | None:
    units: list[list[str]] = []
    for s in SEG_RE.findall(token):
        if s == "--":
            units.append(["double", "dash"])
        elif s.isupper() and s.isalpha():
            units.append(["capital", s.lower()] if len(s) == 1 else ["all", "caps", s.lower()])
        elif s[0].isupper():
            units.append(["capital", s.lower()])
        elif s.isalpha():
            units.append([s])
        elif s.isdigit():
            units.append([DIGITS[int(s)]])
        elif s in SAY:
            units.append(SAY[s].split())
        else:
            return None
    # "twice" / "N times" for repeated single-word units
    res: list[list[str]] = []
    reps: list[int] = []
    for u in units:
        if res and len(u) == 1 and res[-1] == u and reps[-1] < 9:
            reps[-1] += 1
        else:
            res.append(list(u))
            reps.append(1)
    out: list[list[str]] = []
    for u, n in zip(res, reps, strict=True):
        out.append(u if n == 1 else u + (["twice"] if n == 2 else [DIGITS[n], "times"]))
    return out


def text_ok(s: str) -> bool:
    return (
        bool(s)
        and all(c in TEXT_CHARS for c in s)
        and s[0] not in ",:=+@%"
        and s[-1] not in ".,:=-"
        and s.lower() not in RESERVED
    )


RESERVED = {
    "space",
    "sorry",
    "no",
    "um",
    "uh",
    "well",
    "like",
    "twice",
    "capital",
    "i",
    "mean",
    "so",
    "you",
    "know",
} | {w for p in NAT_PHRASES for w in p}


def nat_words(token: str) -> list[str] | None:
    if text_ok(token):
        return [token]
    out: list[str] = []
    run = ""
    for c in token:
        if c in TEXT_CHARS:
            run += c
            continue
        if run:
            if not text_ok(run):
                return None
            out.append(run)
            run = ""
        if c not in NAT_CHARS:
            return None
        out += SAY[c].split()
    if run:
        if not text_ok(run):
            return None
        out.append(run)
    return out


class Speaker:
    def __init__(self, rng: random.Random, desc: dict[str, str]):
        self.rng = rng
        self.desc = desc

    # --- stutters on single words
    def part_word(self, w: str) -> str:
        r = self.rng
        if len(w) < 2 or not w[0].isalpha():
            return w
        n = 2 if (len(w) > 3 and w[1] in "aeiou" and r.random() < 0.5) else 1
        reps = 1 if r.random() < 0.6 else 2
        return "-".join([w[:n].lower()] * reps + [w])

    def prolong(self, w: str) -> str:
        if len(w) > 2 and w[0].lower() in "sfmnlvzh" and w[1].lower() != w[0].lower():
            return w[0] * 3 + w[1:]
        return w

    def stutter(self, w: str) -> str:
        return self.prolong(w) if self.rng.random() < 0.25 else self.part_word(w)

    # --- decoys for corrections
    def decoy(self, tok: str) -> str:
        r = self.rng
        if tok.startswith("--") and len(tok) > 2:
            alts = ["--all", "--force", "--verbose", "--help", "--quiet", "--list", "--output"]
            return r.choice([a for a in alts if a != tok])
        if tok.startswith("-") and len(tok) >= 2:
            return "-" + r.choice([c for c in "aflnrvx" if c not in tok])
        m = re.match(r"^(.*)\.([a-z]+)$", tok)
        if m and m.group(1):
            exts = [e for e in ("txt", "json", "log", "yaml", "sh") if e != m.group(2)]
            return m.group(1) + "." + r.choice(exts)
        alts = [
            "main",
            "test",
            "build",
            "start",
            "status",
            "list",
            "config",
            "origin",
            "install",
            "update",
            "data",
            "logs",
            "backup",
            "dev",
        ]
        return r.choice([a for a in alts if a != tok.lower()])

    # --- protocol
    def proto_tokens(self, cmd: str) -> list[list[list[str]]] | None:
        toks = []
        for t in cmd.split(" "):
            u = proto_units(t)
            if u is None:
                return None
            toks.append(u)
        return toks

    def clean(self, cmd: str) -> str | None:
        toks = self.proto_tokens(cmd)
        if toks is None:
            return None
        words = join_proto(toks)
        r = self.rng
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            i = r.randrange(len(words))
            if words[i] not in ("space", "twice", "times"):
                words[i] = self.part_word(words[i]) if r.random() < 0.8 else self.prolong(words[i])
        return " ".join(words)

    def fuzzy(self, cmd: str) -> str | None:
        r = self.rng
        toks = self.proto_tokens(cmd)
        if toks is None:
            return None
        new = []
        for units in toks:
            nu: list[list[str]] = []
            for u in units:
                name = " ".join(u)
                if name in FUZZY_SAY and r.random() < 0.55:
                    u = r.choice(FUZZY_SAY[name]).split()
                elif len(u) == 1 and len(u[0]) >= 7 and u[0].isalpha() and r.random() < 0.3:
                    k = r.randrange(3, len(u[0]) - 2)
                    u = [u[0][:k], u[0][k:]]
                nu.append(u)
            # digit runs as numbers
            if r.random() < 0.6:
                merged: list[list[str]] = []
                for u in nu:
                    if len(u) == 1 and u[0] in DIGIT_VAL:
                        d = DIGIT_VAL[u[0]]
                        if merged and merged[-1][0].isdigit():
                            merged[-1] = [merged[-1][0] + d]
                        else:
                            merged.append([d])
                    else:
                        merged.append(u)
                nu = merged
            new.append(nu)
        words = join_proto(new)
        for _ in range(r.choice([0, 1, 1, 2])):
            i = r.randrange(len(words))
            if words[i].isalpha() and words[i] not in ("space", "twice", "times"):
                words[i] = self.stutter(words[i])
        if r.random() < 0.3:
            i = r.randrange(1, len(words)) if len(words) > 1 else 0
            if words[i] != "space":
                words.insert(i, "um")
        out = []
        for w in words:
            if w == "space" and r.random() < 0.3:
                w = "space,"
            out.append(w)
        s = " ".join(out)
        s = s[0].upper() + s[1:]
        if r.random() < 0.6:
            s = s.rstrip(",") + "."
        return s

    # --- natural
    def why(self, cmd: str) -> str | None:
        d = self.desc.get(cmd)
        if not d or not d.isascii() or len(d) > 90:
            return None
        d = d.strip().rstrip(".")
        if len(d) > 1 and d[1].isupper():
            return d
        return d[0].lower() + d[1:]

    def frame(self, body: str, cmd: str, chaotic: bool = False) -> str:
        """body: the command as spoken, lower-case start. Returns the full transcript."""
        r = self.rng
        why = self.why(cmd)
        cap = body[0].upper() + body[1:]
        shapes = [
            f"{cap}.",
            f"Okay, {body}.",
            f"Okay, run {body}.",
            f"So I need {body}.",
            f"Run {body}, please.",
            f"Next one, {body}.",
            f"Okay. {cap}. That's it.",
            f"Can you run {body}?",
            f"Right, {body}, thanks.",
            f"Now run {body}.",
            f"Um, okay, run {body}.",
            f"Let's do {body}, please.",
            f"So so I need {body}.",
            f"Okay, okay, {body}.",
            f"Alright, {body}. Okay.",
            f"I need {body}, I think.",
            f"Then run {body}.",
            f"Okay so I need to run {body}, thank you.",
        ]
        if why:
            shapes += [
                f"So I need to run {body}, to {why}.",
                f"Okay, so I need {body}, because I want to {why}.",
                f"Okay, next one, {body}, just to {why}.",
                f"Then run {body}. I want to {why}.",
                f"{cap}, so that I can {why}.",
                f"Okay, {body}, to, um, {why}.",
                f"Run {body}, to {why}. Th-th-thanks.",
            ] * 2
        if chaotic:
            shapes += [
                f"Okay, {body}. Wait, yeah, that's it.",
                f"{cap}, I think. Or, um, yeah.",
                f"Okay, um, {body}. Sorry, that took a while.",
                f"So I need {body}. Right? Yeah.",
            ]
        return r.choice(shapes)

    def nat_flat(self, cmd: str) -> list[list[tuple[str, str]]] | None:
        toks = []
        for t in cmd.split(" "):
            w = nat_words(t)
            if w is None:
                return None
            toks.append(
                [
                    (
                        x,
                        "sym"
                        if (x.lower(),) in NAT_PHRASES
                        or x in ("single", "open", "close", "less", "greater", "question")
                        else "cmd",
                    )
                    for x in w
                ]
            )
        return toks

    def nat_body(self, toks: list[list[tuple[str, str]]]) -> str:
        r = self.rng
        flat = [w for t in toks for w in t]
        words = [w for w, _ in flat]
        kinds = [k for _, k in flat]
        cand = [i for i, (w, k) in enumerate(flat) if k == "cmd" and w[:1].isalpha()]
        for _ in range(r.choice([0, 1, 1, 2])):
            if cand:
                i = r.choice(cand)
                words[i] = self.stutter(words[i])
        if r.random() < 0.45 and len(words) > 1:
            i = r.randrange(1, len(words))
            if kinds[i] not in ("mark", "frag") and words[i - 1][-1:] not in (",", "-"):
                words[i - 1] += ","
                words.insert(i, r.choice(["um,", "well,", "like,", "you know,", "so so,"]))
        return " ".join(words)

    def natural(self, cmd: str) -> str | None:
        toks = self.nat_flat(cmd)
        if toks is None:
            return None
        return self.frame(self.nat_body(toks), cmd)

    # --- chaotic
    def chaotic(self, cmd: str) -> str | None:
        r = self.rng
        use_proto = r.random() < 0.4
        parts = cmd.split(" ")
        if use_proto:
            toks = self.proto_tokens(cmd)
            if toks is None:
                return None
            tw = [[w for u in t for w in u] for t in toks]

            def say(tok: str) -> list[str]:
                u = proto_units(tok) or [["main"]]
                return [w for x in u for w in x]

            sep = ["space"]
        else:
            nt = self.nat_flat(cmd)
            if nt is None:
                return None
            tw = [[w for w, _ in t] for t in nt]

            def say(tok: str) -> list[str]:
                return nat_words(tok) or ["main"]

            sep = []
        n = len(tw)
        ops = r.sample(["word", "whole", "restart"], k=r.choice([1, 1, 2]))
        prefix: dict[int, list[str]] = {}

        def marker() -> list[str]:
            m = r.choice(
                [["no,"], ["sorry,"], ["sorry"], ["I", "mean"], ["no,", "sorry,"], ["I", "mean,"]]
            )
            return m

        def comma(ws: list[str]) -> list[str]:
            if ws and not use_proto:
                ws = ws[:-1] + [ws[-1] + ","]
            return ws

        used: set[int] = set()
        for op in ops:
            if op == "word" and n >= 2:
                t = r.randrange(1, n)
                if t in used or not re.match(r"[A-Za-z0-9~/-]", parts[t]):
                    continue
                used.add(t)
                prefix[t] = comma(say(self.decoy(parts[t]))) + marker()
            elif op == "whole" and 0 not in used:
                used.add(0)
                k = r.randrange(1, n + 1) if n > 1 else 1
                wrong = list(parts[:k])
                wrong[k - 1] = self.decoy(parts[k - 1])
                ws: list[str] = []
                for j, p in enumerate(wrong):
                    if j:
                        ws += sep
                    ws += say(p)
                prefix[0] = comma(ws) + marker()
            elif op == "restart" and n >= 2:
                t = r.randrange(1, n)
                first = tw[t][0]
                if t in used or not (first.isalpha() and len(first) >= 3):
                    continue
                used.add(t)
                j = r.choice([0, t - 1, t])
                frag = first[: r.choice([2, 3])] + "-"
                rep: list[str] = []
                for q in range(j, t):
                    rep += tw[q] + sep
                prefix[t] = [frag] + rep
        if not used:
            return None
        words: list[str] = []
        for i in range(n):
            if i:
                words += sep
            words += prefix.get(i, []) + tw[i]
        # stutters and a block filler
        for _ in range(r.choice([0, 1, 2])):
            i = r.randrange(len(words))
            w = words[i]
            if w.isalpha() and w.lower() not in ("space", "sorry", "no", "i", "mean", "twice"):
                words[i] = self.stutter(w)
        if r.random() < 0.4 and len(words) > 2:
            i = r.randrange(1, len(words))
            if words[i - 1][-1:] not in (",", "-") and words[i] != "space":
                if not use_proto:
                    words[i - 1] += ","
                words.insert(i, r.choice(["um,", "well,", "like,", "you know,", "uh,"]))
        body = " ".join(words)
        if use_proto:
            lead = r.choice(["", "", "Okay, ", "Um, ", "Okay, so, "])
            tail = r.choice(["", ".", ". That's it.", ", I think.", ". Yeah."])
            s = lead + body + tail
            return s[0].upper() + s[1:]
        return self.frame(body, cmd, chaotic=True)


def join_proto(toks: list[list[list[str]]]) -> list[str]:
    words: list[str] = []
    for i, units in enumerate(toks):
        if i:
            words.append("space")
        for u in units:
            words += u
    return words


# ----------------------------------------------------------------------------- driver
def tool_of(cmd: str) -> str:
    parts = cmd.split()
    if parts[0] == "sudo" and len(parts) > 1:
        return parts[1]
    return parts[0]


def usable(cmd: str) -> bool:
    return (
        cmd.isascii()
        and 0 < len(cmd) <= 80
        and "\n" not in cmd
        and "\t" not in cmd
        and "  " not in cmd
        and cmd == cmd.strip()
    )


def main() -> None:
    rng = random.Random(36)
    lines = TRAIN.read_text().splitlines()
    group8, group9 = [], []
    for n, raw in enumerate(lines):
        cmd = json.loads(raw)["command"]
        if not usable(cmd):
            continue
        if n % 11 == 8:
            group8.append(cmd)
        elif n % 11 == 9:
            group9.append(cmd)
    desc: dict[str, str] = {}
    for raw in CORPUS.read_text().splitlines():
        d = json.loads(raw)
        desc.setdefault(d["command"], d["description"])
    rng.shuffle(group8)
    rng.shuffle(group9)
    pool = list(dict.fromkeys(group8 + group9))
    speaker = Speaker(rng, desc)
    used: set[str] = set()
    tools: dict[str, int] = {}
    rows = []
    for sl in SLICES:
        make = getattr(speaker, sl)
        got = 0
        for cmd in pool:
            if got == PER_SLICE:
                break
            if cmd in used or tools.get(tool_of(cmd), 0) >= 2:
                continue
            for _ in range(6):
                line = make(cmd)
                if line is None:
                    break
                if "  " in line or not line.isascii():
                    continue
                if decode(line) == cmd:
                    rows.append({"input": line, "command": cmd, "slice": sl, "author": AUTHOR})
                    used.add(cmd)
                    tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
                    got += 1
                    break
        if got != PER_SLICE:
            raise SystemExit(f"slice {sl}: only {got} lines")
    with OUT.open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
