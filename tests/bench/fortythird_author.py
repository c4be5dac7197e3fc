"""Forty-third independent author: Sam on a noisy desk (voice-to-bash evaluation set).

Writes assets/training/bash/author43.jsonl: 400 lines, 100 per slice (clean, fuzzy,
natural, chaotic), each {"input", "command", "slice", "author": "author43"}.

Commands come from tldr-pages (https://github.com/tldr-pages/tldr, CC BY 4.0), through the
"command" and "description" fields of assets/training/bash/pages_dev_commands.jsonl (only
lines whose 0-based number % 6 == 4). Every command is used at most once and one tool at
most twice (the tool is the first word after any "sudo").

Run: cd /work/main && python3 tests/bench/fortythird_author.py  (standard library only,
one random.Random(43) consumed in a fixed order, so reruns are byte-identical).

STYLE GUIDE
===========

Persona
-------
Sam, a platform engineer, plain US English, dictates shell commands while typing, with
music playing. Whisper hears it all: its transcript carries sound tags ("[typing]",
"(keyboard clicking)", "[BLANK_AUDIO]", "[Music]", "*cough*", "♪"), stray "..." marks,
sign-offs hallucinated on silence ("Thank you.", "Thanks for watching!", "Please
subscribe.", "Subtitles by the Amara.org community") and, when the audio stalls, a stretch
of three or more words written twice in a row. These surround or interrupt the command at
word boundaries; they never stand for a part of it.

Vocabulary (both styles)
------------------------
Symbols: dash -, double dash --, dot ., slash /, pipe |, tilde ~, star *, equals =,
underscore _, colon :, at @, comma ",", semicolon ;, single quote ', double quote ",
open/close paren ( ), open/close bracket [ ], open/close brace { }, less than <,
greater than >, double greater than >>, dollar $, hash #, percent %, plus +,
question mark ?, bang !, ampersand &, backslash, caret ^, backtick `.
Looser names (fuzzy and chaotic): minus / hyphen (dash), period / point (dot), forward
slash, vertical bar (pipe), tilda, asterisk, equal / equal sign, at sign, quote (double
quote), apostrophe (single quote), pound (hash), exclamation mark, dollar sign,
left / right paren.
Numbers: digits, or number words read the way people say them: "forty two" 42,
"four forty three" 443, "fifteen thirty six" 1536, "eight hundred" 800, "three thousand"
3000, "twenty thousand" 20000, or digit by digit "one zero eight six zero zero". A number
phrase is greedy (units after a tens word, "hundred" after a unit, "thousand" after a number
below a thousand); consecutive phrases are written side by side.
Case: the transcript's own capitals mean nothing (Whisper capitalises sentences and brand
names). Sam announces case: "capital x" (first letter of the next word upper-case),
"all caps readme" (the letters at the start of the next word upper-case). The word after
"capital" / "all caps" is always taken literally, even if it is a symbol name.
Escape: "literal dot" means the word "dot" itself (e.g. the graphviz tool).

Protocol speech (clean, fuzzy, part of chaotic)
-----------------------------------------------
Sam says "space" exactly where the command has a space; everything between two "space"s is
glued together with nothing in between: "git space stash space pop". Symbols by name, digits
as words, case announced. Clean lines are pure protocol: lower case, no punctuation, no tags.
Fuzzy lines add Whisper's slips: a capitalised first word, a final full stop, commas after
some "space"s, some numbers as digits, a long word split in two ("hyper fine"), looser
symbol names, and now and then a sound tag, a sign-off or a stall echo.
The listener drops every punctuation mark Whisper added in protocol speech (symbols only ever
come from spoken names).

Natural speech (natural, part of chaotic)
-----------------------------------------
"space" is never said. Whisper writes what it recognises as text (words, digits, paths,
file names, flags like "-la", URLs) and the symbol names Sam says as words. Sam frames the
command with a short sentence of his own. Listener rules:
  1. The command starts after the last cue at a sentence start (start of the transcript,
     after ". ", "? ", "! ", "... ", or after a correction): Run / Type / Type in / Enter /
     Try / Then / Now / Let's do|run|try / Let me (just) run|type / Go ahead and run|type /
     Can|Could you run|type|enter|put in / Next one is / Next one's / Next up, / The command
     is / Quick one: / Last one for now, / I want to <why>, so run|type / To <why>, it's /
     So this one's to <why>: ; "okay", "alright", "so", "right" may come before a cue.
     With no cue, the command is the first sentence (after a leading okay/alright/so).
  2. It ends at the sentence end (. ? ! followed by a capital or the end of the line) or
     before a tail: ", please", " for me", " real quick", " and see if that works",
     " in the terminal", ", that's to ...", ", which should ...", ", so we can ...".
     Other sentences are the why, politeness or chatter.
  3. Inside it, transcript spaces are command spaces. A comma or "..." at the end of a word
     is Whisper's, not the command's. Letters are lower-cased unless case is announced.
  4. Spoken symbols glue: dot slash colon at equals underscore star comma plus percent
     question mark hash caret backtick join both neighbours ("tilde slash projects" ~/projects,
     "s3 colon slash slash bucket" s3://bucket); dash, double dash, tilde, dollar, backslash and
     opening brackets stick to the next word ("dash dash force" --force); closing brackets to
     the previous one; pipe, greater than, double greater than, less than, ampersand,
     semicolon and bang stand alone; quotes open (stick right) then close (stick left).
     Number words are a word of their own ("dash c three" -c 3).

Corrections and chaos (chaotic)
-------------------------------
Markers: "no wait", "I mean", "actually" replace; "scratch that" (or "let me start over")
throws away everything said so far. After a replace marker, if its first word (token) was
already said, Sam is backing up to that word; otherwise the marker replaces only the last
word, so "pop, no wait, apply" fixes one word, "dash n five, no wait, dash n ten" fixes a
flag and its value, and "git stash, I mean, git stash pop" restarts. A new cue sentence
("Run aws s3... Run aws s3 rb ...") is a restart as well. Hesitations ("um", "uh", "hmm"),
asides ("hang on", "hold on", "one sec", "sorry", "where was I", "ugh, this song",
"let me turn this down") and trailing thoughts ("I think", "I guess") are not part of the
command.

The listener in decode() applies, in order: remove sign-offs, sound tags, hesitations and
asides; collapse stall echoes (3+ words written twice in a row); mark corrections; detect the
style (protocol if the word "space" occurs); find the command span; decode it; apply the
corrections. The generator keeps a line only if decode(line) gives back its command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author43.jsonl"
AUTHOR = "author43"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TRIES = 40

# ------------------------------------------------------------------ vocabulary
SYMBOL_NAMES = {
    "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "~": "tilde", "*": "star",
    "=": "equals", "_": "underscore", ":": "colon", "@": "at", ",": "comma",
    ";": "semicolon", "'": "single quote", '"': "double quote", "(": "open paren",
    ")": "close paren", "[": "open bracket", "]": "close bracket", "{": "open brace",
    "}": "close brace", "<": "less than", ">": "greater than", "$": "dollar",
    "#": "hash", "%": "percent", "+": "plus", "?": "question mark", "!": "bang",
    "&": "ampersand", "\\": "backslash", "^": "caret", "`": "backtick",
}
LOOSE_NAMES = {
    "-": ("minus", "hyphen"), ".": ("period", "point"), "/": ("forward slash",),
    "|": ("vertical bar",), "~": ("tilda",), "*": ("asterisk",),
    "=": ("equal sign", "equal"), "@": ("at sign",), '"': ("quote",), "'": ("apostrophe",),
    "#": ("pound",), "!": ("exclamation mark",), "$": ("dollar sign",),
    "(": ("left paren",), ")": ("right paren",),
}
PHRASES: dict[tuple[str, ...], str] = {}
for _ch, _name in SYMBOL_NAMES.items():
    PHRASES[tuple(_name.split())] = _ch
for _ch, _names in LOOSE_NAMES.items():
    for _name in _names:
        PHRASES[tuple(_name.split())] = _ch
PHRASES[("double", "dash")] = "--"
PHRASES[("double", "greater", "than")] = ">>"

# natural-speech glue: (glue to the left, glue to the right)
GLUE: dict[str, tuple[bool, bool]] = {}
for _ch in ".:/@=_*,+%?#^`":
    GLUE[_ch] = (True, True)
for _ch in ("-", "--", "~", "$", "\\", "(", "[", "{"):
    GLUE[_ch] = (False, True)
for _ch in ")]}":
    GLUE[_ch] = (True, False)
for _ch in ("|", "<", ">", ">>", "&", ";", "!"):
    GLUE[_ch] = (False, False)
QUOTES = "'\""

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ONE_V = {w: i for i, w in enumerate(ONES)}
TEEN_V = {w: 10 + i for i, w in enumerate(TEENS)}
TEN_V = {w: 10 * i for i, w in enumerate(TENS) if w}

# ------------------------------------------------------------------ Whisper's noise
TAGS = ["[BLANK_AUDIO]", "[typing]", "[Typing]", "(keyboard clicking)", "(typing)",
        "[Music]", "[MUSIC]", "(music playing)", "*cough*", "[coughing]", "♪♪", "♪"]
MID_TAGS = ["[typing]", "(keyboard clicking)", "[BLANK_AUDIO]", "[Music]", "*cough*",
            "(typing)", "[Typing]"]
SIGNOFFS = ["Thank you so much for watching!", "Thank you for watching.",
            "Thanks for watching!", "Subtitles by the Amara.org community",
            "Please subscribe.", "Thank you."]
FILLERS = ["um", "uh", "hmm", "uh", "um"]
ASIDES = ["hang on", "hold on", "one sec", "sorry", "where was I", "ugh, this song",
          "let me turn this down"]

FILLER_RE = re.compile(r"\b(?:um+|uh+|hmm+)\b[,.]?", re.I)
ASIDE_RE = re.compile(
    r"\b(?:hang on|hold on|one sec|where was i|ugh, this song|let me turn this down"
    r"|sorry|i think|i guess)\b,?", re.I)
REPLACE_RE = re.compile(r"(?:\.\.\.|[,.])?\s*\b(?:no,? wait|i mean|actually)\b[,.:!]?", re.I)
SCRATCH_RE = re.compile(
    r"(?:\.\.\.|[,.])?\s*\b(?:scratch that|let me start over)\b[,.:!]?", re.I)
MARK_R, MARK_S = "\x01R", "\x01S"

DISC = r"(?:(?:okay|ok|alright|all right|so|right)\b[,.]?\s+)*"
DISC_RE = re.compile(DISC, re.I)
CUES = [
    r"i want to .+?, so (?:run|type)",
    r"to .+?, it's",
    r"this one's to .+?:",
    r"go ahead and (?:run|type)",
    r"(?:hey,? )?(?:can|could) you (?:run|type|enter|put in)",
    r"let me (?:just )?(?:run|type)",
    r"let's (?:do|run|try)",
    r"(?:the )?command is",
    r"next one(?:'s| is)",
    r"next up,",
    r"quick one:",
    r"last one for now,",
    r"type in", r"type", r"run", r"enter", r"try", r"then", r"now",
]
CUE_RE = re.compile(DISC + r"(?:" + "|".join(CUES) + r")\s+", re.I)
SENT_START_RE = re.compile(r"[.?!]\s+|\x01[RS]\s*")
SENT_END_RE = re.compile(r"[.?!](?=\s+[A-Z]|\s*$)")
TAIL_RE = re.compile(
    r",?\s+(?:please|for me|real quick|and see if that works|in the terminal)\b"
    r"|,\s+(?:that's to|which should|so we can)\s", re.I)


# ------------------------------------------------------------------ listener
def _match_phrase(norm: list[str], i: int) -> tuple[str, int] | None:
    for k in (3, 2, 1):
        key = tuple(norm[i:i + k])
        if len(key) == k and key in PHRASES:
            return PHRASES[key], k
    return None


def _below100(norm: list[str], j: int) -> tuple[int, int] | None:
    if j >= len(norm):
        return None
    w = norm[j]
    if w in TEN_V:
        if j + 1 < len(norm) and ONE_V.get(norm[j + 1], 0) > 0:
            return TEN_V[w] + ONE_V[norm[j + 1]], j + 2
        return TEN_V[w], j + 1
    if w in TEEN_V:
        return TEEN_V[w], j + 1
    if w in ONE_V:
        return ONE_V[w], j + 1
    return None


def _below1000(norm: list[str], j: int) -> tuple[int, int] | None:
    got = _below100(norm, j)
    if got is None:
        return None
    v, j = got
    if 1 <= v <= 9 and j < len(norm) and norm[j] == "hundred":
        v, j = v * 100, j + 1
        rest = _below100(norm, j)
        if rest and rest[0] > 0:
            v, j = v + rest[0], rest[1]
    return v, j


def _parse_number(norm: list[str], i: int) -> tuple[str, int] | None:
    if norm[i].isdigit():
        return norm[i], i + 1
    got = _below1000(norm, i)
    if got is None:
        return None
    v, j = got
    if 1 <= v <= 999 and j < len(norm) and norm[j] == "thousand":
        v, j = v * 1000, j + 1
        rest = _below1000(norm, j)
        if rest and rest[0] > 0:
            v, j = v + rest[0], rest[1]
    return str(v), j


def _apply_case(word: str, case: str | None) -> str:
    if case == "cap":
        return word[:1].upper() + word[1:]
    if case == "all":
        m = re.match(r"[a-z]+", word)
        if m:
            return word[:m.end()].upper() + word[m.end():]
    return word


def _collapse_echo(words: list[str]) -> list[str]:
    changed = True
    while changed:
        changed = False
        for n in range(8, 2, -1):
            for i in range(len(words) - 2 * n + 1):
                if words[i:i + n] == words[i + n:i + 2 * n]:
                    del words[i + n:i + 2 * n]
                    changed = True
                    break
            if changed:
                break
    return words


def _clean(line: str) -> str:
    t = line
    for s in SIGNOFFS:
        t = t.replace(s, " ")
    for tag in TAGS:
        t = t.replace(tag, " ")
    t = FILLER_RE.sub(" ", t)
    t = ASIDE_RE.sub(" ", t)
    t = " ".join(_collapse_echo(t.split()))
    t = SCRATCH_RE.sub(f" {MARK_S} ", t)
    t = REPLACE_RE.sub(f" {MARK_R} ", t)
    return " ".join(t.split())


def _protocol_chunks(words: list[str]) -> list[str]:
    norm = [w.lower().strip(",.?!;:") for w in words]
    norm = [w for w in norm if w]
    chunks = [""]
    case: str | None = None
    i = 0
    while i < len(norm):
        w = norm[i]
        if case or (w == "literal" and i + 1 < len(norm)):
            if not case:
                i += 1
            chunks[-1] += _apply_case(norm[i], case)
            case = None
            i += 1
            continue
        if w == "space":
            chunks.append("")
            i += 1
            continue
        if w in ("capital", "uppercase") and i + 1 < len(norm):
            case = "cap"
            i += 1
            continue
        if w == "all" and i + 2 < len(norm) and norm[i + 1] == "caps":
            case = "all"
            i += 2
            continue
        ph = _match_phrase(norm, i)
        if ph:
            chunks[-1] += ph[0]
            i += ph[1]
            continue
        num = _parse_number(norm, i)
        if num:
            chunks[-1] += num[0]
            i = num[1]
            continue
        chunks[-1] += w
        i += 1
    return [c for c in chunks if c]


def _natural_tokens(words: list[str]) -> list[str]:
    raw = [re.sub(r"(?:\.\.\.|,)+$", "", w) for w in words]
    raw = [w for w in raw if w]
    norm = [w.lower() for w in raw]
    pieces: list[tuple[str, bool, bool]] = []
    open_q = {q: False for q in QUOTES}
    case: str | None = None
    i = 0
    while i < len(norm):
        w = norm[i]
        if case or (w == "literal" and i + 1 < len(norm)):
            if not case:
                i += 1
            pieces.append((_apply_case(norm[i], case), False, False))
            case = None
            i += 1
            continue
        if w in ("capital", "uppercase") and i + 1 < len(norm):
            case = "cap"
            i += 1
            continue
        if w == "all" and i + 2 < len(norm) and norm[i + 1] == "caps":
            case = "all"
            i += 2
            continue
        ph = _match_phrase(norm, i)
        if ph:
            ch, k = ph
            if ch in QUOTES:
                glue = (True, False) if open_q[ch] else (False, True)
                open_q[ch] = not open_q[ch]
            else:
                glue = GLUE[ch]
            pieces.append((ch, *glue))
            i += k
            continue
        num = _parse_number(norm, i)
        if num:
            pieces.append((num[0], False, False))
            i = num[1]
            continue
        pieces.append((w, False, False))
        i += 1
    out = ""
    prev: tuple[str, bool, bool] | None = None
    for p in pieces:
        if prev is not None and not (prev[2] or p[1]):
            out += " "
        out += p[0]
        prev = p
    return [t for t in out.split(" ") if t]


def _fold(segments: list[tuple[str, list[str]]]) -> list[str]:
    cur: list[str] = []
    for kind, seg in segments:
        if kind == "S" or not cur:
            cur = list(seg)
        elif seg and seg[0] in cur:
            idx = len(cur) - 1 - cur[::-1].index(seg[0])
            cur = cur[:idx] + seg
        else:
            cur = cur[:-1] + seg
    return cur


def decode(line: str) -> str:
    """Recover the command from one transcript, following the style guide above."""
    t = _clean(line)
    protocol = re.search(r"\bspace\b", t, re.I) is not None
    start = DISC_RE.match(t).end()
    if not protocol:
        for p in [0] + [m.end() for m in SENT_START_RE.finditer(t)]:
            m = CUE_RE.match(t, p)
            if m:
                start = m.end()
    span = t[start:]
    if not protocol:
        ends = [len(span)]
        for rx in (TAIL_RE, SENT_END_RE):
            m = rx.search(span)
            if m:
                ends.append(m.start())
        span = span[:min(ends)]
    segments: list[tuple[str, list[str]]] = []
    kind, words = "R", []
    for w in span.split():
        if w in (MARK_R, MARK_S):
            segments.append((kind, words))
            kind, words = w[1], []
        else:
            words.append(w)
    segments.append((kind, words))
    dec = _protocol_chunks if protocol else _natural_tokens
    return " ".join(_fold([(k, dec(ws)) for k, ws in segments]))


# ------------------------------------------------------------------ speaker
PIECE_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+|--|.")
NAT_PIECE_RE = re.compile(r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*|--|.")
BRANDS = {"aws": "AWS", "json": "JSON", "html": "HTML", "ssh": "SSH", "docker": "Docker",
          "ubuntu": "Ubuntu", "python": "Python", "flask": "Flask", "firefox": "Firefox",
          "nginx": "Nginx", "mysql": "MySQL", "vim": "Vim", "kafka": "Kafka",
          "localhost": "localhost", "s3": "S3", "git": "Git", "curl": "curl",
          "github": "GitHub", "pdf": "PDF", "yaml": "YAML"}
EXTS = ["txt", "csv", "yaml", "json", "log", "py", "sh", "conf", "md", "png"]


def say2(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + (" " + ONES[n % 10] if n % 10 else "")


def number_readings(d: str) -> list[str]:
    """Ways Sam reads a digit run, the most natural first."""
    out = []
    if d[0] != "0" or d == "0":
        n = int(d)
        if n < 100:
            out.append(say2(n))
        elif len(d) == 3 and d[1:] == "00":
            out.append(f"{ONES[n // 100]} hundred")
        elif len(d) == 3 and d[1] != "0":
            out.append(f"{ONES[int(d[0])]} {say2(int(d[1:]))}")
        elif len(d) == 4 and d[1:] == "000":
            out.append(f"{ONES[int(d[0])]} thousand")
        elif len(d) == 4 and d[2] != "0":
            out.append(f"{say2(int(d[:2]))} {say2(int(d[2:]))}")
        elif len(d) == 5 and d[2:] == "000":
            out.append(f"{say2(int(d[:2]))} thousand")
    if len(d) > 1:
        out.append(" ".join(ONES[int(c)] for c in d))
    return out


def _special_at(norm: list[str], j: int) -> bool:
    w = norm[j]
    if w in ("space", "literal", "capital", "uppercase"):
        return True
    if w == "all" and j + 1 < len(norm) and norm[j + 1] == "caps":
        return True
    if _match_phrase(norm, j):
        return True
    return not w.isdigit() and _parse_number(norm, j) is not None


SPLIT_HEADS = ("auto", "hyper", "multi", "open", "elastic", "calligra", "security", "compose",
               "super", "power", "pass", "lat", "tele", "net", "zero", "docker", "kube")
SPLIT_TAILS = ("prints", "phrase", "expand", "viewer", "fine", "tool", "check", "list", "info",
               "view", "config", "diff", "fetch", "print", "sheets", "watch", "client",
               "manager", "filter", "install", "lock", "mail", "ping", "parser", "search",
               "status", "grep", "ctl", "keeper", "shot", "weather", "cast", "backup")


def _split_point(word: str) -> int | None:
    """Where Whisper may break a long compound name in two ("hyper fine")."""
    if len(word) < 6:
        return None
    for head in SPLIT_HEADS:
        if word.startswith(head) and len(word) - len(head) >= 3:
            return len(head)
    for tail in SPLIT_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return len(word) - len(tail)
    return None


def proto_words(tok: str, rng: random.Random, loose: float = 0.0, digits: float = 0.0,
                split: float = 0.0) -> list[str]:
    """Protocol words for one command token (no 'space')."""
    out: list[tuple[str, str]] = []
    for piece in PIECE_RE.findall(tok):
        if piece[0].isalpha() and piece[0].isupper():
            out.append(("all caps" if len(piece) > 1 else "capital", "case"))
            out.append((piece.lower(), "lit"))
        elif piece.isalpha():
            cut = _split_point(piece)
            if cut and rng.random() < split:
                halves = [piece[:cut], piece[cut:]]
                if not any(_special_at([h], 0) for h in halves):
                    out.extend((h, "lit") for h in halves)
                    continue
            out.append((piece, "lit"))
        elif piece.isdigit():
            if len(piece) > 1 and rng.random() < digits:
                out.append((piece, "num"))
            else:
                readings = number_readings(piece) or [ONES[int(piece)]]
                pick = readings[0] if loose == 0.0 else rng.choice(readings)
                out.append((pick, "num"))
        elif piece == "--":
            if loose and rng.random() < loose:
                out.append((rng.choice(["dash dash", "minus minus"]), "sym"))
            else:
                out.append(("double dash", "sym"))
        else:
            name = SYMBOL_NAMES[piece]
            if piece in LOOSE_NAMES and rng.random() < loose:
                name = rng.choice(LOOSE_NAMES[piece])
            out.append((name, "sym"))
    flat: list[tuple[str, str]] = []
    for text, kind in out:
        flat.extend((w, kind) for w in text.split())
    norm = [w for w, _ in flat]
    words: list[str] = []
    for j, (w, kind) in enumerate(flat):
        after_case = j > 0 and flat[j - 1][1] == "case" and flat[j - 1][0] in ("capital", "caps")
        if kind == "lit" and not after_case and _special_at(norm, j):
            words.append("literal")
        words.append(w)
    return words


def nat_words(tok: str, rng: random.Random) -> list[str] | None:
    """How Sam says one token in natural speech, as Whisper writes it; None if he can't."""
    if re.fullmatch(r"[^A-Za-z0-9]+", tok):
        if tok in (">>",):
            return ["double greater than"]
        return [SYMBOL_NAMES[c] for c in tok]
    plain = tok == tok.lower()
    simple = re.fullmatch(r"[a-z0-9./~_@:=,+%-]+", tok) is not None
    if plain and rng.random() < (0.72 if simple else 0.5):
        if tok.isdigit() and len(tok) == 1 and rng.random() < 0.4:
            return [ONES[int(tok)]]
        return [BRANDS.get(tok, tok) if rng.random() < 0.6 else tok]
    words: list[str] = []
    for piece in NAT_PIECE_RE.findall(tok):
        if piece == "--":
            words.append(rng.choice(["dash dash", "double dash"]))
        elif len(piece) == 1 and not piece.isalnum():
            words.append(SYMBOL_NAMES[piece])
        elif piece != piece.lower():
            lead = re.match(r"[A-Za-z]+", piece)
            rest = piece[lead.end():] if lead else piece
            if piece[0].isupper() and piece[1:] == piece[1:].lower():
                words += ["capital", piece]
            elif lead and len(lead.group()) > 1 and lead.group().isupper() and (
                    rest == rest.lower()):
                words += ["all caps", piece]
            else:
                return None
        elif "." in piece and not piece.replace(".", "").isdigit() and rng.random() < 0.3:
            words.append(" dot ".join(piece.split(".")))
        elif piece.isdigit() and piece == tok and rng.random() < 0.35:
            words.append((number_readings(piece) or [ONES[int(piece)]])[0])
        else:
            words.append(BRANDS.get(piece, piece) if rng.random() < 0.5 else piece)
    return words


# ------------------------------------------------------------------ framing
NAT_FRAMES = [
    ("Run {c}.", False),
    ("Okay, next one. Run {c}.", False),
    ("Can you type {c}?", False),
    ("Go ahead and run {c}, please.", False),
    ("I want to {w}, so run {c}.", True),
    ("To {w}, it's {c}.", True),
    ("{c}. That should {w}.", True),
    ("Alright, the command is {c}.", False),
    ("Quick one: {c}.", False),
    ("Let's do {c} real quick.", False),
    ("We need to {w}. Type {c}.", True),
    ("So this one's to {w}: {c}.", True),
    ("Could you enter {c} for me?", False),
    ("Then {c}, which should {w}.", True),
    ("Try {c} and see if that works.", False),
    ("Hey, can you put in {c} in the terminal?", False),
    ("Okay, so, {c}. Thanks.", False),
    ("Next up, {c}.", False),
    ("Let me just run {c} real quick.", False),
    ("Last one for now, {c}.", False),
    ("Type in {c}. That's to {w}.", True),
    ("Can you run {c}? I'm trying to {w}.", True),
    ("Now {c}, please.", False),
    ("Alright. {c}.", False),
    ("Okay, type {c}, that's to {w}.", True),
    ("Next one's {c}. It'll {w}.", True),
    ("The command is {c}, so we can {w}.", True),
    ("Right, so I need to {w}. Let's run {c}.", True),
]
CHAOS_LEADS = ["", "", "Okay, um, ", "Uh, ", "Alright, so, ", "Hmm. ", "Okay. "]
REPLACE_NAT = [", no wait, ", ". No, wait, ", "... no wait, ", ", I mean, ", ", I mean ",
               ", actually, ", ". Actually, ", "... actually, "]
REPLACE_PROTO = [" no wait ", ", no wait, ", " I mean ", ", I mean, ", " actually ",
                 ", actually, ", "... no wait, "]
SCRATCH_NAT = [", scratch that, ", ". Scratch that. ", "... scratch that, ",
               ". Let me start over. "]
SCRATCH_CUES = ["Run", "Type", "Okay, run", "It's", "Let's do"]
SCRATCH_PROTO = [" scratch that ", ", scratch that, ", ". Scratch that. ",
                 "... let me start over. "]


def _why(desc: str) -> str | None:
    d = re.sub(r"\([^)]*\)|<[^>]*>", "", desc)
    d = d.replace("[", "").replace("]", "").replace("`", "")
    d = " ".join(d.split()).strip(" .:;,")
    if not d or not d.isascii() or len(d) > 90:
        return None
    if len(d) > 1 and d[1].isupper():
        return d
    return d[0].lower() + d[1:]


def _pools(cands: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    flags, words = set(), set()
    for cmd, _ in cands:
        for tok in cmd.split():
            if re.fullmatch(r"--[a-z][a-z-]{2,}", tok):
                flags.add(tok)
            elif re.fullmatch(r"[a-z]{3,9}", tok):
                words.add(tok)
    return sorted(flags), sorted(words)


FLAG_POOL: list[str] = []
WORD_POOL: list[str] = []


def wrong_variant(tok: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"-[a-z]", tok):
        return "-" + rng.choice([c for c in "abcdefhlnoprstuvx" if c != tok[1]])
    if re.fullmatch(r"--[a-z][a-z-]+", tok):
        return rng.choice([f for f in FLAG_POOL if f != tok])
    if tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 5, 10]))
    m = re.fullmatch(r"([a-z0-9_/~.-]+)\.([a-z0-9]+)", tok)
    if m:
        return m.group(1) + "." + rng.choice([e for e in EXTS if e != m.group(2)])
    if re.fullmatch(r"[a-z][a-z0-9-]*", tok):
        return rng.choice([w for w in WORD_POOL if w != tok])
    return None


MARK_PARTS = {"no", "wait", "i", "mean", "actually", "scratch", "that", "let", "me", "start",
              "over"}
MARK_PAIRS = {("no", "wait"), ("i", "mean"), ("scratch", "that"), ("let", "me"), ("me", "start"),
              ("start", "over")}


def _bare(w: str) -> str:
    return w.lower().strip(",.")


def _insert(words: list[str], rng: random.Random, item: str, comma: bool) -> list[str]:
    """Put item between two words of the span (not at either end, not inside a marker)."""
    spots = [at for at in range(1, len(words))
             if (_bare(words[at - 1]), _bare(words[at])) not in MARK_PAIRS]
    if not spots:
        return words
    at = rng.choice(spots)
    words = list(words)
    if comma and re.search(r"[A-Za-z0-9]$", words[at - 1]):
        words[at - 1] += ","
    return words[:at] + [item] + words[at:]


def _echo(words: list[str], rng: random.Random, protocol: bool = False) -> list[str]:
    """Whisper stalls: a stretch of four to six words written twice in a row."""
    if len(words) < 5:
        return words
    n = rng.randint(4, min(6, len(words) - 1))
    starts = [at for at in range(0, len(words) - n + 1)
              if (not protocol or at == 0 or words[at - 1] == "space")
              and all(_bare(w) not in MARK_PARTS and re.search(r"[A-Za-z0-9]$", w)
                      for w in words[at:at + n])]
    if not starts:
        return words
    at = rng.choice(starts)
    return words[:at + n] + words[at:at + n] + words[at + n:]


def _outer(line: str, rng: random.Random, p: float) -> str:
    """Tags and sign-offs around the whole transcript."""
    if rng.random() < p * 0.4:
        line = rng.choice(["[typing]", "(keyboard clicking)", "[Music]", "♪", "[BLANK_AUDIO]",
                           "*cough*"]) + " " + line
    if rng.random() < p * 0.6:
        line = line + " " + rng.choice(SIGNOFFS + ["[BLANK_AUDIO]", "♪", "[Music]"])
    return line


def build_clean(cmd: str, desc: str, rng: random.Random) -> str:
    return " space ".join(" ".join(proto_words(t, rng)) for t in cmd.split(" "))


def build_fuzzy(cmd: str, desc: str, rng: random.Random) -> str:
    toks = [proto_words(t, rng, loose=0.45, digits=0.4, split=0.3) for t in cmd.split(" ")]
    words: list[str] = []
    for i, tw in enumerate(toks):
        if i:
            words.append("space," if rng.random() < 0.25 else "space")
        words.extend(tw)
    slips = 0
    if rng.random() < 0.6:
        words[0] = words[0][:1].upper() + words[0][1:]
        slips += 1
    if rng.random() < 0.3:
        words = _insert(words, rng, rng.choice(MID_TAGS), comma=False)
    elif rng.random() < 0.15:
        words = _echo(words, rng, protocol=True)
    line = " ".join(words)
    if rng.random() < 0.5 or not slips:
        line += "."
    return _outer(line, rng, 0.3)


def build_natural(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = [nat_words(t, rng) for t in cmd.split(" ")]
    if any(t is None for t in toks):
        return None
    words = [w for tw in toks for w in tw]
    if rng.random() < 0.15:
        words = _echo(words, rng)
    if rng.random() < 0.3:
        words = _insert(words, rng, rng.choice(MID_TAGS), comma=False)
    if rng.random() < 0.1 and len(words) > 2:
        at = rng.randrange(0, len(words) - 1)
        if re.search(r"[a-z0-9]$", words[at]) and words[at + 1][:1].islower():
            words[at] += "..."
    why = _why(desc)
    frames = [f for f in NAT_FRAMES if why or not f[1]]
    frame = rng.choice(frames)[0]
    line = frame.format(c=" ".join(words), w=why)
    line = line[:1].upper() + line[1:]
    return _outer(line, rng, 0.55)


def build_chaotic(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    natural = rng.random() < 0.6
    loose = rng.choice([0.0, 0.4])

    def render(t: str) -> list[str] | None:
        return nat_words(t, rng) if natural else proto_words(t, rng, loose=loose, digits=0.3)

    rend = [render(t) for t in toks]
    if natural and any(r is None for r in rend):
        natural = False
        rend = [render(t) for t in toks]
    sep = " " if natural else " space "

    def join(rs: list[list[str]]) -> str:
        return sep.join(" ".join(r) for r in rs)

    kinds = ["fix", "fix", "pair", "scratch"] + (["restart"] if natural else [])
    kind = rng.choice(kinds)
    pairs = [k for k in range(1, len(toks))
             if toks[k - 1].startswith("-") and not toks[k].startswith("-")]
    if kind == "pair" and not pairs:
        kind = "fix"
    why = _why(desc)
    if kind in ("fix", "pair"):
        k = rng.choice(pairs) if kind == "pair" else (
            rng.randrange(1, len(toks)) if len(toks) > 1 else 0)
        wrong = wrong_variant(toks[k], rng)
        if wrong is None:
            return None
        wr = render(wrong)
        if wr is None:
            return None
        back = k - 1 if kind == "pair" else k
        mark = rng.choice(REPLACE_NAT if natural else REPLACE_PROTO)
        span = join(rend[:k] + [wr]) + mark + join(rend[back:])
    elif kind == "scratch":
        j = rng.randint(1, max(1, len(toks) - 1))
        part = rend[:j]
        if rng.random() < 0.5:
            wrong = wrong_variant(toks[j - 1], rng)
            wr = render(wrong) if wrong else None
            if wr:
                part = part[:-1] + [wr]
        mark = rng.choice(SCRATCH_NAT if natural else SCRATCH_PROTO)
        cue = ""
        if natural and mark.endswith(". ") and rng.random() < 0.6:
            cue = rng.choice(SCRATCH_CUES) + " "
        span = join(part) + mark + cue + join(rend)
    else:
        j = rng.randint(1, max(1, len(toks) - 1))
        c1 = rng.choice(["Run", "Type", "Okay, run", "So, type", "Let's do"])
        c2 = rng.choice(["Run", "Type", "Sorry, run", "Okay, type", "Let's do"])
        tail = rng.choice([".", ", please.", " real quick.", "."])
        line = f"{c1} {join(rend[:j])}... {c2} {join(rend)}{tail}"
        if why and rng.random() < 0.4:
            line = f"I need to {why}. " + line
        if rng.random() < 0.4:
            line = _join_words(_insert(line.split(" "), rng, rng.choice(MID_TAGS), False))
        return _outer(line, rng, 0.6)
    words = span.split(" ")
    if rng.random() < 0.15:
        words = _echo(words, rng, protocol=not natural)
    if rng.random() < 0.45:
        words = _insert(words, rng, rng.choice(FILLERS) + ",", comma=natural)
    if rng.random() < 0.3:
        words = _insert(words, rng, rng.choice(ASIDES) + ",", comma=natural)
    if rng.random() < 0.35:
        words = _insert(words, rng, rng.choice(MID_TAGS), comma=False)
    span = _join_words(words)
    if natural:
        frames = [f for f in NAT_FRAMES if why or not f[1]]
        frame = rng.choice(frames)[0]
        if rng.random() < 0.2:
            span += rng.choice([", I think", ", I guess"])
        line = _lead(rng.choice(CHAOS_LEADS), frame.format(c=span, w=why))
    else:
        line = _lead(rng.choice(CHAOS_LEADS), span)
        if rng.random() < 0.3:
            line += rng.choice(["... I think.", ". Hmm.", ", I guess.", "."])
    line = line[:1].upper() + line[1:]
    return _outer(line, rng, 0.6)


def _lead(lead: str, rest: str) -> str:
    """Sam's opening noise; the sentence goes on in lower case after a comma."""
    if re.match(r"(?:Okay|Alright|Right|So)\b", rest):
        lead = lead if lead in ("", "Uh, ", "Hmm. ") else "Uh, "
    if lead.endswith(", ") and not re.match(r"I\b|I'm\b", rest):
        rest = rest[:1].lower() + rest[1:]
    return lead + rest


def _join_words(words: list[str]) -> str:
    return " ".join(w for w in words if w)


BUILDERS = {"clean": build_clean, "fuzzy": build_fuzzy, "natural": build_natural,
            "chaotic": build_chaotic}
MARK_WORDS = re.compile(r"\b(?:no,? wait|i mean|actually|scratch that|let me start over)\b"
                        r"|\.\.\. (?:Run|Type|Sorry|Okay|Let's)", re.I)


def acceptable(slice_name: str, line: str, cmd: str) -> bool:
    if "\n" in line or "\t" in line or "  " in line or decode(line) != cmd:
        return False
    if slice_name == "clean":
        return re.fullmatch(r"[a-z0-9 ]+", line) is not None
    if slice_name == "natural":
        return re.search(r"\bspace\b", line, re.I) is None
    if slice_name == "chaotic":
        return MARK_WORDS.search(line) is not None
    return True


def tool_of(cmd: str) -> str:
    toks = cmd.split()
    i = 0
    while i < len(toks) - 1 and (toks[i] == "sudo" or re.match(r"[A-Z_]+=", toks[i])):
        i += 1
    return toks[i]


def load() -> list[tuple[str, str]]:
    cands, seen = [], set()
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6 != 4:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd
                    or "  " in cmd or cmd != cmd.strip() or cmd in seen):
                continue
            seen.add(cmd)
            cands.append((cmd, row.get("description", "")))
    return cands


def main() -> None:
    rng = random.Random(43)
    cands = load()
    flags, words = _pools(cands)
    FLAG_POOL.extend(flags)
    WORD_POOL.extend(words)
    order = list(range(len(cands)))
    rng.shuffle(order)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: dict[str, list[dict[str, str]]] = {}
    for slice_name in ("natural", "chaotic", "fuzzy", "clean"):
        rows[slice_name] = []
        for idx in order:
            if len(rows[slice_name]) == PER_SLICE:
                break
            cmd, desc = cands[idx]
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            for _ in range(TRIES):
                line = BUILDERS[slice_name](cmd, desc, rng)
                if line and acceptable(slice_name, line, cmd):
                    break
            else:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows[slice_name].append(
                {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(rows[slice_name]) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows[slice_name])} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for row in rows[slice_name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["slice"] for rs in rows.values() for r in rs)
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(counts.values())} lines", dict(counts))


if __name__ == "__main__":
    main()
