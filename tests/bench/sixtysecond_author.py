"""Author 62: Anand dictates shell commands to his junior on a Zoom call; Whisper transcribes.

Writes assets/training/bash/author62.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input": what Whisper wrote, "command": the exact command,
"slice": ..., "author": "author62"}. Run: python3 tests/bench/sixtysecond_author.py

The commands and their plain-English descriptions (used as Anand's "why") come from tldr-pages,
https://github.com/tldr-pages/tldr, licensed CC BY 4.0, by way of
assets/training/bash/pages_dev42_commands.jsonl (the lines whose 0-based number % 6 == 5).

Persona
-------
Anand is an Indian backend developer pair-programming on Zoom, telling his junior what to type.
His Indian English: "do one thing, type X", "just put X only", "put X itself", "run X na",
"kindly", "basically", "what happens is", "see,", "okay?", "one minute", "arre". He often gives
the purpose first: "To list the images, type ...". Hesitations: uh, um, hmm. Self-corrections:
"no no, not X, Y", "sorry sorry, make it Y", "wait wait, ...", "sorry, I told wrong, it is ...",
"same thing but Y instead of X".

Vocabulary (the same for every slice)
-------------------------------------
  -  hyphen, minus (fuzzy: dash)          --  double hyphen, hyphen hyphen
  .  dot (fuzzy: period, point)           /   slash (fuzzy: forward slash)
  ~  tilde   *  star (fuzzy: asterisk)    |   pipe   >  greater than   <  less than
  =  equal to (fuzzy: equals)   :  colon   ;  semicolon   _  underscore
  @  at the rate (fuzzy: at sign)   #  hash   ,  comma   +  plus   %  percent   $  dollar
  ^  caret   &  ampersand   !  exclamation   ?  question mark   \\  backslash
  "  open quote ... close quote (fuzzy: open double quote ... close double quote)
  '  open single quote ... close single quote (fuzzy: open/close inverted comma)
  ( ) open/close bracket   [ ] open/close square bracket   { } open/close curly bracket
  double X / triple X   X two / three times: "one double zero" = 100, "double hyphen" = --
  capital W             first letter of the next word upper-case ("capital test" = Test)
  all caps W, caps W    the whole next word upper-case ("all caps head" = HEAD)
  Protocol speech only: zero ... nine are digits, "space" is one space, and a command word
  that is itself a vocabulary word (dot, one, space, ...) is spelled out: "d o t".

Slices
------
  clean    protocol speech: every symbol named, "space" exactly where the command has a
           space, digits as words, letters lower-case unless announced. No punctuation, no
           framing: "git space stash space pop".
  fuzzy    the same protocol with the fuzzy synonyms and Whisper slips: capital first letter,
           final full stop, a comma after some "space"s, some numbers as digits, a long word
           split in two ("calibre db"), "caps" for "all caps".
  natural  Anand talks to the junior; "space" is never said. Whisper writes words, numbers,
           flags, file names, absolute paths and URLs as text ("-la", "/etc/hosts",
           "config.yaml"); what it cannot write Anand names (tilde, underscore, equal to,
           at the rate, quotes, pipe, greater than, ...), and sometimes he names a flag's
           hyphens or a file name's dot himself. Framing sentences around the command.
  chaotic  natural speech (sometimes protocol speech inside natural framing) with at least
           one self-correction or restart, plus hesitations, asides and trailing thoughts.

Listener rules (decode() below does exactly this)
-------------------------------------------------
  1. A comma Whisper put after "space" means nothing. Hesitations (uh, um, umm, hmm, er)
     are dropped together with the comma just before them.
  2. The command starts after the first cue verb (type, put, run, write, enter) that opens a
     clause: at the start of the line or after , . ? !, with only softeners before it in that
     clause (just, kindly, simply, now, so, then, first, please, you, we, can, okay, also,
     basically, have to, need to). With no cue, the whole line is the command (clean, fuzzy).
  3. Restart: after the last "wait wait" or "I told wrong, it is", everything said before is
     forgotten; a softener + cue right after it is skipped.
  4. Corrections, left to right:
       "no no, not X, Y"                the words X just said are replaced by Y;
       "sorry sorry, make it Y"         the last words said, as many as Y has, become Y;
       "same thing but Y instead of X"  the last X said becomes Y.
     Y runs up to the next , . ? or !; what follows it carries on.
  5. The command ends at the first , . ? or ! that is followed by a space or ends the line.
     Trailing tags (na, only, itself, once) are not part of it.
  6. If "space" is among the command's words it is protocol speech: lower-case every word,
     read symbols, digits and modifiers, and join everything with no gaps; each "space" is
     one space. Otherwise it is natural speech: written text stays exactly as written and
     words are separated by one space, except that named symbols join their neighbours:
       - dot slash colon semicolon underscore equal-to at-the-rate hash comma plus percent
         caret exclamation question-mark backslash join both sides;
       - hyphen, tilde, star, dollar, open quote and open brackets join the next word only;
       - close quote and close brackets join the word before only;
       - pipe, greater than, less than and ampersand stand alone with spaces around them.
     So in natural speech a lone "." or a word starting with "." or "/" after another word
     cannot be said; such commands only appear as protocol speech.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author62.jsonl"
AUTHOR = "author62"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TRIES = 8

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# symbol -> (clean name, fuzzy alternatives...)
NAMES: dict[str, tuple[str, ...]] = {
    "-": ("hyphen", "minus", "dash"),
    ".": ("dot", "period", "point"),
    "/": ("slash", "forward slash"),
    "~": ("tilde",),
    "*": ("star", "asterisk"),
    "|": ("pipe",),
    ">": ("greater than",),
    "<": ("less than",),
    "=": ("equal to", "equals"),
    ":": ("colon",),
    ";": ("semicolon",),
    "_": ("underscore",),
    "@": ("at the rate", "at sign"),
    "#": ("hash",),
    ",": ("comma",),
    "+": ("plus",),
    "%": ("percent",),
    "$": ("dollar",),
    "^": ("caret",),
    "&": ("ampersand",),
    "!": ("exclamation",),
    "?": ("question mark",),
    "\\": ("backslash",),
    "(": ("open bracket",),
    ")": ("close bracket",),
    "[": ("open square bracket",),
    "]": ("close square bracket",),
    "{": ("open curly bracket",),
    "}": ("close curly bracket",),
}
QUOTES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    '"': (("open quote", "open double quote"), ("close quote", "close double quote")),
    "'": (
        ("open single quote", "open inverted comma"),
        ("close single quote", "close inverted comma"),
    ),
}
JOIN_NEXT = set("-~*$([{")
JOIN_PREV = set(")]}")
STANDALONE = set("|<>&")

# spoken phrase -> (text, joins the word before, joins the word after) in natural speech
PHRASES: dict[tuple[str, ...], tuple[str, bool, bool]] = {}
for _sym, _names in NAMES.items():
    if _sym in STANDALONE:
        _glue = (False, False)
    elif _sym in JOIN_NEXT:
        _glue = (False, True)
    elif _sym in JOIN_PREV:
        _glue = (True, False)
    else:
        _glue = (True, True)
    for _name in _names:
        PHRASES[tuple(_name.split())] = (_sym, *_glue)
for _sym, (_opens, _closes) in QUOTES.items():
    for _name in _opens:
        PHRASES[tuple(_name.split())] = (_sym, False, True)
    for _name in _closes:
        PHRASES[tuple(_name.split())] = (_sym, True, False)
MAXP = max(len(k) for k in PHRASES)

CUES = {"type", "put", "run", "write", "enter"}
SOFT_RE = re.compile(
    r"(?:(?:just|kindly|simply|now|so|then|first|please|you|we|can|okay|also|basically"
    r"|(?:have|need) to) )*"
)
FILLERS = {"uh", "um", "umm", "hmm", "er"}
TAGS = {"na", "only", "itself", "once"}
MODIFIERS = {"space", "double", "triple", "capital", "caps"}
RESERVED = set(DIGITS) | MODIFIERS | {k[0] for k in PHRASES if len(k) == 1}
RESERVED_WIDE = (
    RESERVED
    | {k[0] for k in PHRASES}
    | CUES
    | FILLERS
    | TAGS
    | {"all", "no", "not", "sorry", "wait", "same", "told"}
)

# ----------------------------------------------------------------------------- listener

Tok = tuple[str, str]
PUNCT_RE = re.compile(r"(.*?)([,.?!]*)")


def _tokens(line: str) -> list[Tok]:
    toks: list[Tok] = []
    for raw in line.split():
        m = PUNCT_RE.fullmatch(raw)
        assert m is not None
        word, punct = m.group(1), m.group(2)
        if not word:
            if toks:
                toks[-1] = (toks[-1][0], toks[-1][1] + punct)
            continue
        toks.append((word, punct))
    return toks


def _soft(toks: list[Tok]) -> bool:
    if any(p for _, p in toks):
        return False
    return SOFT_RE.fullmatch("".join(w.lower() + " " for w, _ in toks)) is not None


def _drop_fillers(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for w, p in toks:
        if w.lower() in FILLERS:
            if out and out[-1][1] == ",":
                out[-1] = (out[-1][0], "")
            if out and p and p != ",":
                out[-1] = (out[-1][0], p)
            continue
        out.append((w, p))
    return out


def _find_cue(toks: list[Tok]) -> int:
    clause = 0
    for i, (w, p) in enumerate(toks):
        if w.lower() in CUES and _soft(toks[clause:i]):
            return i + 1
        if p:
            clause = i + 1
    return 0


def _restart(toks: list[Tok]) -> list[Tok]:
    words = [w.lower() for w, _ in toks]
    cut = -1
    for i in range(len(words)):
        if words[i : i + 2] == ["wait", "wait"]:
            cut = i + 2
        if words[i : i + 4] == ["told", "wrong", "it", "is"]:
            cut = i + 4
    if cut < 0:
        return toks
    rest = toks[cut:]
    for j, (w, p) in enumerate(rest):
        if w.lower() in CUES and _soft(rest[:j]):
            return rest[j + 1 :]
        if p:
            break
    return rest


def _next_punct(toks: list[Tok], start: int) -> int:
    for i in range(start, len(toks)):
        if toks[i][1]:
            return i
    return len(toks) - 1


def _same(a: list[Tok], b: list[Tok]) -> bool:
    return [w.lower() for w, _ in a] == [w.lower() for w, _ in b]


def _fix(toks: list[Tok]) -> list[Tok]:
    k = 0
    while k < len(toks):
        head = [w.lower() for w, _ in toks[k : k + 4]]
        before = toks[:k]
        if head[:3] == ["no", "no", "not"]:
            e = _next_punct(toks, k + 3)
            x = toks[k + 3 : e + 1]
            f = _next_punct(toks, e + 1)
            y = toks[e + 1 : f + 1]
            n = len(x)
            if y and 0 < n <= len(before) and _same(before[-n:], x):
                toks = before[:-n] + y + toks[f + 1 :]
                k = 0
                continue
        elif head == ["sorry", "sorry", "make", "it"]:
            f = _next_punct(toks, k + 4)
            y = toks[k + 4 : f + 1]
            n = len(y)
            if y and n <= len(before):
                toks = before[:-n] + y + toks[f + 1 :]
                k = 0
                continue
        elif head[:3] == ["same", "thing", "but"]:
            words = [w.lower() for w, _ in toks]
            m = next(
                (j for j in range(k + 3, len(toks) - 1) if words[j : j + 2] == ["instead", "of"]),
                -1,
            )
            if m > k + 3:
                f = _next_punct(toks, m + 2)
                y = [(w, "") for w, _ in toks[k + 3 : m]]
                x = toks[m + 2 : f + 1]
                n = len(x)
                hits = [j for j in range(len(before) - n + 1) if n and _same(before[j : j + n], x)]
                if hits:
                    j = hits[-1]
                    new = before[:j] + y + before[j + n :]
                    new[-1] = (new[-1][0], toks[f][1])
                    toks = new + toks[f + 1 :]
                    k = 0
                    continue
        k += 1
    return toks


def _span(toks: list[Tok]) -> list[str]:
    for i, (_, p) in enumerate(toks):
        if p:
            toks = toks[: i + 1]
            break
    words = [w for w, _ in toks]
    while len(words) > 1 and words[-1].lower() in TAGS:
        words.pop()
    return words


def _render(words: list[str]) -> str:
    low = [w.lower() for w in words]
    proto = "space" in low
    items: list[tuple[str, bool, bool]] = []
    i, rep, case = 0, 1, ""
    while i < len(words):
        w = low[i]
        more = i + 1 < len(words)
        if w in ("double", "triple") and more:
            rep, i = (2 if w == "double" else 3), i + 1
            continue
        if w == "capital" and more:
            case, i = "cap", i + 1
            continue
        if w == "caps" and more:
            case, i = "up", i + 1
            continue
        if w == "all" and low[i + 1 : i + 2] == ["caps"] and i + 2 < len(words):
            case, i = "up", i + 2
            continue
        for size in range(MAXP, 0, -1):
            key = tuple(low[i : i + size])
            if len(key) == size and key in PHRASES:
                text, gl, gr = PHRASES[key]
                i += size
                break
        else:
            if proto and w == "space":
                text, gl, gr = " ", True, True
            elif proto and w in DIGITS:
                text, gl, gr = str(DIGITS.index(w)), True, True
            else:
                text, gl, gr = (w if proto else words[i]), False, False
            i += 1
        if case == "cap":
            text = text[:1].upper() + text[1:]
        elif case == "up":
            text = text.upper()
        items.append((text * rep, gl or proto, gr or proto))
        rep, case = 1, ""
    out = ""
    for idx, (text, gl, _) in enumerate(items):
        if idx and not (items[idx - 1][2] or gl):
            out += " "
        out += text
    return out


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    toks = [(w, "" if w.lower() == "space" and p == "," else p) for w, p in _tokens(line)]
    toks = _drop_fillers(toks)
    toks = toks[_find_cue(toks) :]
    toks = _restart(toks)
    toks = _fix(toks)
    return _render(_span(toks))


# ----------------------------------------------------------------------------- speaker


class Quotes:
    """Which quotes are open while one command is being spoken."""

    def __init__(self) -> None:
        self.open: dict[str, bool] = {'"': False, "'": False}

    def say(self, ch: str, fuzzy: bool, rng: random.Random) -> list[str]:
        opens, closes = QUOTES[ch]
        names = closes if self.open[ch] else opens
        self.open[ch] = not self.open[ch]
        return (names[1] if fuzzy and rng.random() < 0.5 else names[0]).split()


def _sym_name(ch: str, fuzzy: bool, rng: random.Random) -> list[str]:
    names = NAMES[ch]
    if fuzzy and len(names) > 1 and rng.random() < 0.6:
        return rng.choice(names[1:]).split()
    if ch == "-" and rng.random() < 0.2:
        return ["minus"]
    return names[0].split()


def _alpha_words(run: str, fuzzy: bool, wide: bool, rng: random.Random) -> list[str]:
    out: list[str] = []
    reserved = RESERVED_WIDE if wide else RESERVED
    for seg in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run):
        low = seg.lower()
        spoken = list(low) if low in reserved and len(low) > 1 else [low]
        if seg.isupper() and len(seg) > 1:
            out += (["caps"] if fuzzy and rng.random() < 0.6 else ["all", "caps"]) + spoken
        elif seg[0].isupper():
            out += ["capital"] + spoken
        else:
            out += spoken
    return out


def _digit_words(run: str, fuzzy: bool, rng: random.Random) -> list[str]:
    if fuzzy and rng.random() < 0.5:
        return [run]
    out: list[str] = []
    i = 0
    while i < len(run):
        j = i
        while j < len(run) and run[j] == run[i]:
            j += 1
        n, name = j - i, DIGITS[int(run[i])]
        if n == 2 and rng.random() < 0.6:
            out += ["double", name]
        elif n == 3 and rng.random() < 0.6:
            out += ["triple", name]
        else:
            out += [name] * n
        i = j
    return out


def proto_token(tok: str, rng: random.Random, q: Quotes, fuzzy: bool, wide: bool) -> list[str]:
    out: list[str] = []
    for m in re.finditer(r"[A-Za-z]+|[0-9]+|([^A-Za-z0-9])\1*", tok):
        run = m.group(0)
        if run[0].isalpha():
            out += _alpha_words(run, fuzzy, wide, rng)
        elif run[0].isdigit():
            out += _digit_words(run, fuzzy, rng)
        elif run[0] in QUOTES:
            for ch in run:
                out += q.say(ch, fuzzy, rng)
        elif len(run) in (2, 3) and rng.random() < 0.7:
            out += ["double" if len(run) == 2 else "triple"] + _sym_name(run[0], fuzzy, rng)
        else:
            out += _sym_name(run[0], fuzzy, rng) * len(run)
    return out


def proto_tokens(cmd: str, rng: random.Random, fuzzy: bool, wide: bool) -> list[list[str]]:
    q = Quotes()
    return [proto_token(t, rng, q, fuzzy, wide) for t in cmd.split(" ")]


def join_proto(parts: list[list[str]]) -> list[str]:
    out: list[str] = []
    for i, p in enumerate(parts):
        if i:
            out.append("space")
        out += p
    return out


LIT_RES = (
    re.compile(r"-{0,2}[A-Za-z0-9][A-Za-z0-9./-]*"),
    re.compile(r"\.{0,2}/[A-Za-z0-9._/-]*"),
    re.compile(r"[a-z][a-z0-9+]*://[A-Za-z0-9._/-]+"),
)
OPS = {
    "|": ["pipe"],
    ">": ["greater", "than"],
    "<": ["less", "than"],
    "&&": ["double", "ampersand"],
    ">>": ["double", "greater", "than"],
    "&": ["ampersand"],
}


def literal_ok(tok: str) -> bool:
    return tok[-1] not in ".," and any(r.fullmatch(tok) for r in LIT_RES)


def nat_token(tok: str, rng: random.Random, q: Quotes) -> list[str]:
    if tok in OPS:
        return list(OPS[tok])
    if literal_ok(tok) and rng.random() < (0.55 if tok.startswith("-") else 0.9):
        return [tok]
    out: list[str] = []
    lead = re.match(r"-*", tok).group(0)  # type: ignore[union-attr]
    if lead == "--":
        out += rng.choice([["double", "hyphen"], ["hyphen", "hyphen"], ["double", "hyphen"]])
    elif lead == "-":
        out += ["minus"] if rng.random() < 0.2 else ["hyphen"]
    else:
        out += ["hyphen"] * len(lead)
    rest = tok[len(lead) :]
    if rest[:1] in ("/", ".") or ("~" not in rest and rng.random() < 0.4):
        pat = r"[A-Za-z0-9./-]*[A-Za-z0-9/]|."
    else:
        pat = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|."
    for m in re.finditer(pat, rest):
        piece = m.group(0)
        if re.search(r"[A-Za-z0-9]", piece):
            out.append(piece)
        elif piece in QUOTES:
            out += q.say(piece, False, rng)
        else:
            out += NAMES[piece][0].split()
    return out


def nat_tokens(cmd: str, rng: random.Random) -> list[list[str]]:
    q = Quotes()
    return [nat_token(t, rng, q) for t in cmd.split(" ")]


def flat(parts: list[list[str]]) -> list[str]:
    return [w for p in parts for w in p]


# ----------------------------------------------------------------------------- framing

# (before the command, after the command); {w} is the why, from the tldr description
NATURAL = [
    ("To {w}, type", "."),
    ("Do one thing, type", "."),
    ("Just put", " only."),
    ("Kindly type", ", okay?"),
    ("See, we have to {w}. So just type", "."),
    ("Run", " na."),
    ("Basically we want to {w}, so run", "."),
    ("Now type", ", then press enter."),
    ("One minute. Put", " itself."),
    ("For that, you have to type", ", okay?"),
    ("What happens is, we need to {w}. For that, simply type", "."),
    ("Okay, so first run", ", then we will see."),
    ("Type", ". See, this will {w}."),
    ("Write", ", no need to think too much."),
    ("Yeah, so enter", ", okay? Then show me the output."),
    ("Can you type", "? We need to {w}."),
    ("Simply put", ", that's it."),
    ("Arre, not like that. Type", " na."),
    ("First of all, type", ", then we will check the output."),
    ("Okay, now what you do is, type", "."),
    ("You want to {w}, right? For that, just put", "."),
    ("So, to {w}, we just type", " itself."),
    ("Hmm, okay. Type", " only, nothing else."),
    ("Kindly run", " once, and tell me what it says."),
    ("Listen, basically you have to run", " na, it is very simple."),
    ("Now we need to {w}. So, type", ", okay?"),
    ("Don't copy paste from the chat. Just type", "."),
    ("To {w}, do one thing, put", " only."),
    ("See, what happens is, people forget this. Type", ", okay?"),
    ("Same terminal only. Now run", "."),
]
ASIDES = [
    "One minute, my net is slow. ",
    "Hello? Can you hear me? Okay. ",
    "Hmm, let me see. ",
    "See, basically this is simple. ",
    "One minute, one minute. ",
    "Wait, let me share my screen. ",
]
TRAILS = [
    " Then we will see what comes.",
    " I think that should work.",
    " Basically that's all.",
    " Don't worry, it won't break anything.",
]
WORDS = [
    "main",
    "test",
    "demo",
    "backup",
    "data",
    "docs",
    "logs",
    "build",
    "config",
    "output",
    "alpha",
    "prod",
    "staging",
    "admin",
    "report",
    "notes",
]
EXTS = ["txt", "csv", "json", "yaml", "log", "md", "py", "sh", "pdf", "png", "conf"]
LONG_FLAGS = ["--verbose", "--force", "--help", "--quiet", "--all", "--debug", "--json"]


def why_of(desc: str) -> str | None:
    d = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".").strip()
    if not d or len(d) > 70 or re.search(r"[<>\[\]{}\"`:;/|]", d):
        return None
    if re.search(r"\b(e\.g|i\.e|above|below|etc|same as)\b", d, re.I) or not d.isascii():
        return None
    words = d.split()
    if len(words) < 2 or (words[1][0].isupper() and not words[1].isupper()):
        return None
    first = words[0]
    if first[0].isupper() and first[1:].islower():
        words[0] = first.lower()
    return " ".join(words)


def fill(template: str, why: str | None) -> str:
    text = template.replace("{w}", why or "")
    return text[:1].upper() + text[1:]


def pick_frame(rng: random.Random, why: str | None, punct_end: bool = False) -> tuple[str, str]:
    frames = [f for f in NATURAL if why or "{w}" not in f[0] + f[1]]
    if punct_end:
        frames = [f for f in frames if f[1][0] in ",.?"]
    pre, post = rng.choice(frames)
    return fill(pre, why), post.replace("{w}", why or "")


def mutate(tok: str, idx: int, tools: list[str], rng: random.Random) -> str | None:
    """A plausible wrong word for a correction."""
    if idx == 0:
        cands = tools
    elif re.fullmatch(r"\d+", tok):
        cands = [str(int(tok) + d) for d in (1, 2, 10)] + ["8", "20", "100"]
    elif re.fullmatch(r"--[a-z][a-z-]*", tok):
        cands = LONG_FLAGS
    elif re.fullmatch(r"-[A-Za-z]", tok):
        cands = ["-" + c for c in "alrvfnhd"]
    elif (m := re.fullmatch(r"([A-Za-z0-9_/~.-]*[A-Za-z]\.)([a-z]+)", tok)) is not None:
        cands = [m.group(1) + e for e in EXTS]
    elif re.fullmatch(r"[a-z][a-z0-9-]*", tok):
        cands = WORDS
    else:
        hits = list(re.finditer(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok))
        if not hits:
            return None
        h = hits[-1]
        cands = [tok[: h.start()] + w + tok[h.end() :] for w in WORDS]
    cands = [c for c in cands if c != tok]
    return rng.choice(cands) if cands else None


# ----------------------------------------------------------------------------- slices


def make_clean(cmd: str, why: str | None, rng: random.Random, wide: bool) -> str:
    return " ".join(join_proto(proto_tokens(cmd, rng, False, wide)))


# pieces of compound tool and flag names that Whisper may hear as two words
PARTS = set(
    """
    add agent alias audit back base blob book boot box build cat chars check cli clip code
    color config count cron ctl cup data date db deb debug deploy depth dev diff dir doc
    docs down dump edit file files flash font force form format get git grep group help
    hist hold host hub icon image images index info init install key keys lab level line
    link list live load lock log logs long make man map max min mode mon mount name net
    new node note open out page pass path pipe play player port print profile query quick
    read remote repo root run scan search secret select send server set shell show size
    sort speed stat status store sync tab table tar test text time token tool top tray
    tree type up update user view viewer web word work write zip
    """.split()
)


def _compound_split(word: str) -> list[str] | None:
    for cut in range(2, len(word) - 1):
        a, b = word[:cut], word[cut:]
        if a in PARTS and b in PARTS and not {a, b} & RESERVED_WIDE:
            return [a, b]
    return None


def make_fuzzy(cmd: str, why: str | None, rng: random.Random, wide: bool) -> str:
    words = join_proto(proto_tokens(cmd, rng, True, wide))
    slips = ["cap", "stop", "comma", "split"]
    chosen = set(rng.sample(slips, rng.choice([1, 2, 2, 3])))
    done = False
    if "split" in chosen:
        spots = [i for i, w in enumerate(words) if w.isalpha() and _compound_split(w)]
        if spots:
            i = rng.choice(spots)
            words[i : i + 1] = _compound_split(words[i]) or [words[i]]
            done = True
    if "comma" in chosen:
        spaces = [i for i, w in enumerate(words) if w == "space"]
        for i in rng.sample(spaces, min(len(spaces), rng.randint(1, 3))):
            words[i] = "space,"
            done = True
    if "cap" in chosen:
        words[0] = words[0][:1].upper() + words[0][1:]
        done = True
    line = " ".join(words)
    if "stop" in chosen or not done:
        line += "."
    return line


def make_natural(cmd: str, why: str | None, rng: random.Random, wide: bool) -> str:
    pre, post = pick_frame(rng, why)
    return f"{pre} {' '.join(flat(nat_tokens(cmd, rng)))}{post}"


def _say(parts: list[list[str]], proto: bool, rng: random.Random, hesitate: bool) -> str:
    """Join the spoken words; with hesitate, sometimes an 'uh' between two command words."""
    words = join_proto(parts) if proto else flat(parts)
    if hesitate and len(parts) > 1 and rng.random() < 0.4:
        k = rng.randrange(1, len(parts))
        at = sum(len(p) for p in parts[:k]) - 1 + (k if proto else 0)
        uh = rng.choice(["uh,", "um,", "umm,"])
        words = words[:at] + [words[at] + ",", uh] + words[at + 1 :]
    return " ".join(words)


def make_chaotic(
    cmd: str, why: str | None, rng: random.Random, wide: bool, tools: list[str]
) -> str | None:
    toks = cmd.split(" ")
    proto = rng.random() < 0.3
    parts = proto_tokens(cmd, rng, False, wide) if proto else nat_tokens(cmd, rng)
    idxs = [
        i
        for i, t in enumerate(toks)
        if t not in OPS and not set(t) & set("\"'") and (i > 0 or len(toks) == 1)
    ]
    kind = rng.choice(["no", "no", "sorry", "wait", "wait", "told", "same"])
    if kind == "same" and len(toks) == 1:
        kind = "told"
    i, wparts = 0, None
    if idxs and kind != "wait":
        i = idxs[-1] if kind == "sorry" else rng.choice(idxs)
        wrong = mutate(toks[i], i, tools, rng)
        if wrong is not None:
            q = Quotes()
            wparts = proto_token(wrong, rng, q, False, wide) if proto else nat_token(wrong, rng, q)
    pre, post = pick_frame(rng, why, punct_end=kind in ("sorry", "same"))
    aside = rng.choice(ASIDES)
    if rng.random() < 0.3 and aside.split()[0] != pre.split()[0]:
        pre = aside + pre
    full = _say(parts, proto, rng, False)
    if wparts is None:
        k = rng.randint(1, max(1, len(parts) - 1))
        first = _say(parts[:k], proto, rng, True) if len(parts) > 1 else rng.choice(tools)
        cue = rng.choice(["", "type ", "just type ", "put "])
        line = f"{pre} {first}, wait wait, {cue}{full}"
    elif kind == "no":
        head = _say(parts[:i] + [wparts], proto, rng, True)
        tail = _say(parts[i:], proto, rng, False)
        line = f"{pre} {head}, no no, not {' '.join(wparts)}, {tail}"
    elif kind == "sorry":
        head = _say(parts[:i] + [wparts], proto, rng, True)
        line = f"{pre} {head}, sorry sorry, make it {' '.join(parts[i])}"
    elif kind == "told":
        bad = _say(parts[:i] + [wparts] + parts[i + 1 :], proto, rng, True)
        opener = rng.choice(["Sorry, I", "No, I", "Wait wait, I", "Arre, I"])
        line = f"{pre} {bad}. {opener} told wrong, it is {full}"
    else:
        bad = _say(parts[:i] + [wparts] + parts[i + 1 :], proto, rng, False)
        if bad.count(" ".join(wparts)) != 1:
            return None
        line = f"{pre} {bad}, same thing but {' '.join(parts[i])} instead of {' '.join(wparts)}"
    line += post
    if post[-1] in ".?" and rng.random() < 0.3:
        line += rng.choice(TRAILS)
    return line


MARKERS = re.compile(r"\b(no no, not|sorry sorry, make it|wait wait|told wrong|same thing but)\b")


def valid(line: str, cmd: str, slice_name: str) -> bool:
    if not line.isascii() or "  " in line or "\n" in line or "\t" in line:
        return False
    if line != line.strip() or decode(line) != cmd:
        return False
    if slice_name == "clean":
        return re.fullmatch(r"[a-z]+( [a-z]+)*", line) is not None
    if slice_name == "natural":
        return "space" not in line.lower().split() and not MARKERS.search(line)
    if slice_name == "chaotic":
        return MARKERS.search(line) is not None
    return True


def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load() -> list[dict[str, str]]:
    rows = []
    for n, raw in enumerate(SRC.read_text(encoding="utf-8").splitlines()):
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


def main() -> None:
    rng = random.Random(62)
    pool = load()
    rng.shuffle(pool)
    tools = sorted({tool_of(r["command"]) for r in pool})
    used: set[str] = set()
    tool_count: Counter[str] = Counter()
    out: dict[str, list[dict[str, str]]] = {s: [] for s in SLICES}
    # natural first: it is the pickiest, and the most important slice
    for slice_name in ("natural", "chaotic", "fuzzy", "clean"):
        rows = out[slice_name]
        for row in pool:
            if len(rows) == PER_SLICE:
                break
            cmd = row["command"]
            if cmd in used or tool_count[tool_of(cmd)] >= 2:
                continue
            why = why_of(row["description"])
            for attempt in range(TRIES):
                wide = attempt >= TRIES // 2
                if slice_name == "clean":
                    line = make_clean(cmd, why, rng, wide)
                elif slice_name == "fuzzy":
                    line = make_fuzzy(cmd, why, rng, wide)
                elif slice_name == "natural":
                    line = make_natural(cmd, why, rng, wide)
                else:
                    line = make_chaotic(cmd, why, rng, wide, tools)
                if line is not None and valid(line, cmd, slice_name):
                    rows.append(
                        {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    )
                    used.add(cmd)
                    tool_count[tool_of(cmd)] += 1
                    break
        if len(rows) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows)} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for row in out[slice_name]:
                fh.write(json.dumps(row) + "\n")
    print(f"wrote {OUT} ({sum(len(v) for v in out.values())} lines)")


if __name__ == "__main__":
    main()
