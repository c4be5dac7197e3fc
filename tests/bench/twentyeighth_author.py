"""Twenty-eighth independent author: Rosa, the Linux podcast host, reads commands aloud.

Writes assets/training/bash/author28.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author": "author28"}.
Run: ``python3 tests/bench/twentyeighth_author.py`` (standard library only, deterministic: a
single random.Random(28) is consumed in a fixed order, so reruns are byte-identical).

Commands come from assets/training/bash/train.jsonl (only lines whose 0-based number % 11 == 10),
each used once, ASCII, at most 80 characters, and no tool (the word after an optional ``sudo``)
more than twice. The "why" Rosa gives comes from the matching "description" in
assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Style guide
===========

Persona. Rosa hosts a Linux podcast. She reads each command out for her listeners, carefully,
explaining symbols as she goes ("that's a dash, as in minus", "the tilde, the squiggle",
"that's g-r-e-p"), repeats tricky parts ("that's dash L, capital L") and adds listener context
("for those following along", "if you're driving, don't try this right now", "links in the
show notes"). She corrects herself with "let me read that again", "correction", "sorry, that's"
and "I misspoke".

Vocabulary (canonical name first; fuzzy synonyms after the slash):
  -  dash / minus, hyphen          --  two dashes / double dash, dash dash
  .  dot / period, point           /   forward slash / slash
  \\  backslash / back slash        ~   tilde / squiggle
  |  pipe / vertical bar           *   star / asterisk
  @  at / at sign                  #   hash / hashtag, pound sign
  :  colon                         =   equals / equal sign, equals sign
  _  underscore                    "   quote / double quote
  '  single quote / apostrophe     >   greater than / greater than sign
  <  less than                     ,   comma
  +  plus / plus sign              ?   question mark
  %  percent / percent sign        $   dollar / dollar sign
  ;  semicolon                     ( ) { } [ ]  open/close paren, brace, bracket
  == double equals (natural speech only)
Case: "capital X" upper-cases the first letter of the next word ("capital l" is L,
"capital posts" is Posts); "uppercase WORD" upper-cases the whole next word. "the word X" means
the literal word X, used when a command word is itself a vocabulary or number word
("two dashes the word one dash file" is --one-file, "mount underscore the word point").

Protocol speech (clean, fuzzy, some chaotic lines). Words concatenate; the word "space" is said
exactly where the command has a space and is the only source of spaces. Literal words are
lower case unless a case marker says otherwise. Numbers: one or two digits as number words
("thirty two"), round hundreds and 1000 as "five hundred" / "one thousand", anything else or
with a leading zero digit by digit ("four four three", "zero nine"). A tens word followed by a
unit word is one number ("twenty five" is 25). Clean uses only canonical names. Fuzzy adds
synonyms and Whisper's slips: a capitalised first word, a final full stop, a comma after some
"space"s, some numbers written as digits, a long word split in two ("net server"); a listener
ignores commas and the final stop and joins the halves (words concatenate anyway).

Natural speech (natural, most chaotic lines). "space" is never said. Whisper writes ordinary
words, digits, file names, absolute paths, URLs, e-mail addresses and plain flags as text
("-lh", "/tmp/index.html", "config.yaml"); Rosa names everything else (tilde, quotes,
equals, colon, braces ...). A command sits inside framing: it starts right after the first
cue ("the command is", "you type", "you'd type", "just type", "go ahead and type",
"type this:", "type", "run", "what you want is", "it's", "you'll see", "the magic words are",
"reads", or a colon) or at the start of the line when there is no cue, and it ends at the
first sentence end. Its first letter is always lower case (Whisper may capitalise it).
Whisper's commas are punctuation, never part of a command (a command comma is "comma").
A comma-delimited aside that starts with a gloss opener ("that's", "as in", "not a",
"not one", "the tilde", "the squiggle", "capital", "all lowercase", "all caps", "spelled",
"the pipe") only explains what was just read and is dropped. Joining: two text words are
separated by a space; dash, two dashes, tilde and plus start a new word and glue to what
follows; pipe, greater than, less than and double equals stand alone with spaces around
them; quotes open (glue right) and close (glue left) in turn; every other symbol glues to both
neighbours. "X on its own" makes symbol X a word by itself ("dot on its own" is " . ").

Disfluencies (chaotic; every line has at least one correction or restart). Fillers "um",
"uh", "hmm" are dropped. "let me read that again" discards everything before it; what follows
is the whole command, read again with no cue. "correction", "sorry, that's" and
"I misspoke" are followed by a restatement up to the next comma or sentence end: the
restatement decodes to k command words, which replace the last k words read so far (k is 1
for a word or flag, 2 for a flag and its value); reading then continues. Asides opening with
"for those following along", "if you're driving", "bear with me", "by the way",
"stay with me" or "I know" are dropped in either kind of speech. Anything after the
command's sentence (trailing thoughts, show-notes plugs) is ignored.

decode(line) below is that listener; every line written decodes to its command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author28.jsonl"
AUTHOR = "author28"
PER_SLICE = 100

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMVAL = {w: i for i, w in enumerate(UNITS)}
NUMVAL.update({w: 10 + i for i, w in enumerate(TEENS)})
NUMVAL.update({w: 10 * i for i, w in enumerate(TENS) if w})
NUMVAL.update({"hundred": 100, "thousand": 1000})

# symbol -> canonical spoken name, fuzzy synonyms
CANON = {
    "--": "two dashes", "-": "dash", ".": "dot", "/": "forward slash", "\\": "backslash",
    "~": "tilde", "|": "pipe", "*": "star", "@": "at", "#": "hash", ":": "colon",
    "=": "equals", "_": "underscore", '"': "quote", "'": "single quote", ">": "greater than",
    "<": "less than", ",": "comma", "+": "plus", "?": "question mark", "%": "percent",
    "$": "dollar", ";": "semicolon", "(": "open paren", ")": "close paren",
    "{": "open brace", "}": "close brace", "[": "open bracket", "]": "close bracket",
    "==": "double equals",
}
FUZZY = {
    "--": ["double dash", "dash dash", "two dashes"], "-": ["minus", "hyphen", "dash"],
    ".": ["period", "point", "dot"], "/": ["slash", "forward slash"],
    "\\": ["back slash"], "~": ["squiggle", "tilde"], "|": ["vertical bar", "pipe"],
    "*": ["asterisk", "star"], "@": ["at sign", "at"], "#": ["hashtag", "pound sign"],
    "=": ["equal sign", "equals sign", "equals"], '"': ["double quote", "quote"],
    "'": ["apostrophe", "single quote"], ">": ["greater than sign", "greater than"],
    "<": ["less than sign"], "+": ["plus sign", "plus"], "%": ["percent sign"],
    "$": ["dollar sign"],
}
PHRASES: dict[tuple[str, ...], str] = {}
for _sym, _name in CANON.items():
    PHRASES[tuple(_name.split())] = _sym
for _sym, _names in FUZZY.items():
    for _name in _names:
        PHRASES[tuple(_name.split())] = _sym
PHRASES[("slash",)] = "/"
PHRASES[("dollar", "sign")] = "$"
MAXPH = max(len(k) for k in PHRASES)

ESCAPE = {w for k in PHRASES for w in k} | set(NUMVAL) | {
    "space", "capital", "uppercase", "the", "sorry", "correction", "um", "uh", "hmm", "sign"}

NAT_ESCAPE = {k[0] for k in PHRASES if len(k) == 1} | {"capital", "the"}
GLUE_RIGHT = {"-", "--", "~", "+"}
STANDALONE = {"|", ">", "<", "=="}
QUOTES = {'"', "'"}

CUE_RE = re.compile(
    r"(?:\bthe command is|\byou(?:'d)? type|\bgo ahead and type|\bjust type|\btype this:"
    r"|\btype|\brun|\bwhat you want is|\bit's|\byou'll see|\bthe magic words are|\breads|:)"
    r"\s+", re.I)
RESTART_RE = re.compile(r"let me read that again[.,:!]*", re.I)
CORR_RE = re.compile(
    r"[.,;:]?\s*\b(?:sorry,? that's|correction|i misspoke)\b[,.:]?\s*", re.I)
FILLER_RE = re.compile(r"\b(?:um+|uh+|hmm+)\b[,.]?", re.I)
GLOSS = ("that's", "that is", "as in", "not a", "not one", "the tilde", "the squiggle",
         "capital", "all lowercase", "all caps", "spelled", "the pipe")
ASIDE = ("for those following along", "if you're driving", "bear with me", "by the way",
         "stay with me", "i know")


# ----------------------------------------------------------------------------- listener
def _number(run: list[str]) -> str:
    vals = [NUMVAL[w] for w in run]
    if "hundred" in run or "thousand" in run:
        total = cur = 0
        for w, v in zip(run, vals, strict=True):
            if w == "hundred":
                cur = max(cur, 1) * 100
            elif w == "thousand":
                total += max(cur, 1) * 1000
                cur = 0
            else:
                cur += v
        return str(total + cur)
    out, i = [], 0
    while i < len(vals):
        v = vals[i]
        if v >= 20 and i + 1 < len(vals) and 0 < vals[i + 1] < 10:
            out.append(str(v + vals[i + 1]))
            i += 2
        else:
            out.append(str(v))
            i += 1
    return "".join(out)


def _phrase(words: list[str], i: int) -> tuple[str, int] | None:
    for n in range(MAXPH, 0, -1):
        key = tuple(w.lower() for w in words[i:i + n])
        if len(key) == n and key in PHRASES:
            return PHRASES[key], n
    return None


def _parse_protocol(text: str) -> list[str]:
    words = text.lower().split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            out.append(" ")
            i += 1
        elif w == "the" and i + 2 < len(words) + 0 and words[i + 1] == "word":
            out.append(words[i + 2])
            i += 3
        elif w == "capital" and i + 1 < len(words):
            out.append(words[i + 1][:1].upper() + words[i + 1][1:])
            i += 2
        elif w == "uppercase" and i + 1 < len(words):
            out.append(words[i + 1].upper())
            i += 2
        elif w in NUMVAL:
            j = i
            while j < len(words) and words[j] in NUMVAL:
                j += 1
            out.append(_number(words[i:j]))
            i = j
        elif (ph := _phrase(words, i)) is not None:
            out.append(ph[0])
            i += ph[1]
        else:
            out.append(w)
            i += 1
    return [t for t in "".join(out).split(" ") if t]


def _parse_natural(text: str) -> list[str]:
    words = text.split()
    items: list[tuple[str, str]] = []  # (kind, value); kind: text, sym
    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        if low == "the" and i + 2 < len(words) and words[i + 1].lower() == "word":
            items.append(("text", words[i + 2]))
            i += 3
            continue
        if low == "capital" and i + 1 < len(words):
            items.append(("text", words[i + 1][:1].upper() + words[i + 1][1:]))
            i += 2
            continue
        ph = _phrase(words, i)
        if ph is None:
            items.append(("text", w))
            i += 1
            continue
        i += ph[1]
        if [x.lower() for x in words[i:i + 3]] == ["on", "its", "own"]:
            items.append(("alone", ph[0]))
            i += 3
        else:
            items.append(("sym", ph[0]))
    out = ""
    prev: tuple[str, str] | None = None
    open_q = {'"': False, "'": False}
    prev_glues_right = False
    for kind, val in items:
        if kind == "sym" and val in QUOTES:
            if open_q[val]:
                out += val
                open_q[val] = False
                prev_glues_right = False
            else:
                out += ("" if prev is None or prev_glues_right else " ") + val
                open_q[val] = True
                prev_glues_right = True
            prev = (kind, val)
            continue
        alone = kind == "alone" or (kind == "sym" and val in STANDALONE)
        if prev is None:
            sep = ""
        elif alone or (prev[0] == "alone") or (prev[0] == "sym" and prev[1] in STANDALONE):
            sep = " "
        elif kind == "sym" and val in GLUE_RIGHT:
            sep = "" if prev_glues_right else " "
        elif kind == "sym":
            sep = ""
        else:
            sep = "" if prev_glues_right else " "
        out += sep + val
        prev = (kind, val)
        prev_glues_right = kind == "sym" and not alone
    return [t for t in out.split(" ") if t]


def decode(line: str) -> str:
    """Recover the command from a transcript, following the style guide above."""
    t = FILLER_RE.sub(" ", line.strip())
    restart = False
    last = None
    for m in RESTART_RE.finditer(t):
        last = m
    if last is not None:
        t = t[last.end():]
        restart = True
    t = t.lstrip(" ,.:;")
    first = re.split(r"[.!?](?:\s|$)", t, maxsplit=1)[0]
    proto = bool(re.search(r"\bspace\b", first, re.I))
    if not proto and not restart:
        m = CUE_RE.search(t)
        if m:
            t = t[m.end():]
    t = CORR_RE.sub(" ,\x00, ", t)
    t = re.split(r"[.!?](?:\s|$)", t, maxsplit=1)[0]
    parse = _parse_protocol if proto else _parse_natural
    tokens: list[str] = []
    pending: list[str] = []
    correcting = False

    def flush() -> None:
        if pending:
            tokens.extend(parse(" ".join(pending)))
            pending.clear()

    for seg in t.split(","):
        seg = seg.strip()
        if not seg:
            continue
        if seg == "\x00":
            flush()
            correcting = True
            continue
        low = seg.lower()
        if low.startswith(ASIDE) or (not proto and low.startswith(GLOSS)):
            continue
        if correcting:
            fix = parse(seg)
            if fix and len(fix) <= len(tokens):
                tokens[len(tokens) - len(fix):] = fix
            correcting = False
            continue
        pending.append(seg)
    flush()
    if tokens and not proto:
        tokens[0] = tokens[0][:1].lower() + tokens[0][1:]
    return " ".join(tokens)


# ----------------------------------------------------------------------------- speakers
PIECE_RE = re.compile(r"==|--|[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")


def say_number(d: str, rng: random.Random, numerals: float) -> list[str]:
    if rng.random() < numerals:
        return [d]
    if len(d) == 3 and d[0] != "0" and d[1:] == "00":
        return [UNITS[int(d[0])], "hundred"]
    if d == "1000":
        return ["one", "thousand"]
    if len(d) == 1:
        return [UNITS[int(d)]]
    if len(d) == 2 and d[0] != "0":
        v = int(d)
        if v < 20:
            return [TEENS[v - 10]]
        return [TENS[v // 10]] + ([UNITS[v % 10]] if v % 10 else [])
    return [UNITS[int(c)] for c in d]


def say_proto_token(tok: str, rng: random.Random, fuzzy: bool) -> list[str]:
    out: list[str] = []
    for p in PIECE_RE.findall(tok):
        if p.isdigit():
            out += say_number(p, rng, 0.4 if fuzzy else 0.0)
        elif p.islower():
            if p in ESCAPE:
                out += ["the", "word", p]
            elif fuzzy and len(p) >= 8 and rng.random() < 0.3:
                k = rng.randint(3, len(p) - 3)
                out += [p[:k], p[k:]]
            else:
                out.append(p)
        elif p.isupper() and len(p) > 1:
            out += ["uppercase", p.lower()]
        elif p[0].isupper():
            out += ["capital", p.lower()]
        elif fuzzy and p in FUZZY:
            out.append(rng.choice(FUZZY[p]))
        else:
            out.append(CANON[p])
    return out


def say_protocol(cmd: str, rng: random.Random, fuzzy: bool) -> str:
    toks = cmd.split(" ")
    words: list[str] = []
    for i, tok in enumerate(toks):
        if i:
            words.append("space," if fuzzy and rng.random() < 0.25 else "space")
        words += say_proto_token(tok, rng, fuzzy)
    text = " ".join(words)
    if fuzzy:
        plain = text == " ".join(
            w for i, t in enumerate(toks) for w in (["space"] if i else []) + say_proto_token(
                t, rng, False))
        if plain or rng.random() < 0.6:
            text = text[:1].upper() + text[1:]
        if rng.random() < 0.5:
            text += "."
    return text


TEXTY = re.compile(
    r"^(?:[A-Za-z0-9]+(?:[-._][A-Za-z0-9]+)*|-{1,2}[A-Za-z0-9][A-Za-z0-9-]*"
    r"|(?:/[A-Za-z0-9._-]+)+/?|https?://[A-Za-z0-9./_-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"
    r"|[a-z0-9_-]+(?:/[A-Za-z0-9._-]+)+/?)$")
CHUNK_RE = re.compile(r"==|--|[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*|.")
LONE = {".": "dot", "/": "forward slash", "-": "dash", "*": "star", "~": "tilde"}


def say_natural_token(tok: str, rng: random.Random, p_text: float = 0.7) -> tuple[str, str]:
    """Return (spoken text, kind of gloss it invites)."""
    if tok in STANDALONE:
        return CANON[tok], "op"
    if tok in LONE:
        return f"{LONE[tok]} on its own", "lone"
    texty = bool(TEXTY.match(tok)) and not tok.endswith(".")
    if texty and (rng.random() < p_text or tok.startswith("/") or "://" in tok or "@" in tok):
        if re.fullmatch(r"-[A-Z]", tok):
            return tok, "capflag"
        if re.fullmatch(r"[a-z]{3,9}", tok):
            return tok, "word"
        if re.fullmatch(r"[A-Z]{2,}[A-Za-z.]*", tok):
            return tok, "caps"
        return tok, "text"
    parts: list[str] = []
    gloss = "text"
    for c in CHUNK_RE.findall(tok):
        if c in CANON:
            name = CANON[c]
            if c == "--" and rng.random() < 0.3:
                name = "double dash"
            if c == "/" and rng.random() < 0.3:
                name = "slash"
            if c == "$":
                name = "dollar sign"
            parts.append(name)
            gloss = {"-": "dash", "--": "dashes", "~": "tilde", ".": "dot", "/": "slash",
                     "_": "underscore"}.get(c, gloss)
        elif re.fullmatch(r"[A-Z]", c) and parts and parts[-1] == "dash":
            parts.append(f"capital {c}")
            gloss = "capdash"
        elif c.lower() in NAT_ESCAPE:
            parts.append(f"the word {c}")
        else:
            parts.append(c)
    return " ".join(parts), gloss


def gloss_for(tok: str, kind: str, rng: random.Random) -> str | None:
    if kind == "dash":
        return rng.choice(["that's a dash, as in minus", "that's dash, as in minus"])
    if kind == "dashes":
        return rng.choice(["that's two dashes", "two dashes, not one", "that's double dash"])
    if kind == "tilde":
        return rng.choice(["the tilde, the squiggle", "that's the tilde, the squiggle"])
    if kind == "dot":
        return "that's dot, like a period"
    if kind == "slash":
        return rng.choice(["that's a forward slash", "a forward slash, not a backslash"])
    if kind == "underscore":
        return "that's an underscore"
    if kind == "capflag":
        return f"that's dash {tok[1]}, capital {tok[1]}"
    if kind == "capdash":
        return f"capital {tok[1]}"
    if kind == "word":
        return rng.choice([f"that's {'-'.join(tok)}", "all lowercase", f"spelled {'-'.join(tok)}"])
    if kind == "caps":
        return "all caps"
    if kind == "op" and tok == "|":
        return "the pipe, the vertical bar"
    return None


def say_natural(toks: list[str], rng: random.Random, glosses: int) -> list[str]:
    spoken = [say_natural_token(t, rng) for t in toks]
    parts = [s for s, _ in spoken]
    cands = [i for i, (_, k) in enumerate(spoken) if gloss_for(toks[i], k, random.Random(0))]
    rng.shuffle(cands)
    for i in sorted(cands[:glosses]):
        g = gloss_for(toks[i], spoken[i][1], rng)
        parts[i] += f", {g}" + ("," if i < len(parts) - 1 else "")
    return parts


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def low_desc(d: str) -> str:
    d = d.strip().rstrip(".")
    if len(d) > 1 and not d[1].isupper():
        d = d[:1].lower() + d[1:]
    return d


# (pre with cue, post); {d} lower-cased description, {D} as written
NATURAL = [
    ("For those following along at home, the command is ", ". {D}."),
    ("Okay, next one. If you want to {d}, you type ", "."),
    ("If you're driving, don't try this right now, but here it is: ", ". Links in the show notes."),
    ("This one's for a listener who wrote in asking how to {d}. You'd type ", "."),
    ("Alright, let's {d}. Go ahead and type ", ". That's it, that's the whole thing."),
    ("Here's the one I promised last episode: ", ". Again, links in the show notes."),
    ("Write this down: ", ". That will {d}."),
    ("Our tip of the week: ", ". It lets you {d}."),
    ("Quick one before the break. The command is ", "."),
    ("{D}? Easy. You just type ", "."),
    ("Now, for everyone sitting at a terminal, run ", ". {D}."),
    ("A listener emailed in about this. What you want is ", "."),
    ("I use this every day, honestly. It's ", ". {D}, in one line."),
    ("You can {d} with a single line. Here it goes: ", "."),
    ("Reading it out slowly for you: ", ". Let me know on socials if that worked for you."),
    ("On screen, if you're watching the video version, you'll see ", "."),
    ("And the magic words are ", ". {D}."),
    ("The full command reads ", ". Show notes have the details."),
    ("", ". That's the command. {D}."),
    ("So, to {d}, the command is ", ". Nice and short."),
    ("Okay, for those following along, type this: ", ". Got it? Good."),
    ("Step three. Type ", ". Then hit enter."),
    ("Last one for today, a good one: ", ". Thanks for listening, everybody."),
    ("Here's a fun one from the mailbag. Just type ", ". {D}."),
]
RESTARTS = ["Hmm, no. Let me read that again. ", "Wait, let me read that again: ",
            "Sorry, let me read that again. ",
            "Hold on, that's not right. Let me read that again. ",
            "Oops, slowly this time. Let me read that again: "]
MARKERS = [", sorry, that's ", ". Correction: ", ", correction, ", ". I misspoke, ",
           ", I misspoke, ", ". Sorry, that's "]
PROTO_MARKERS = [", sorry, that's ", ", correction, ", ". I misspoke, ", ", correction: "]
ASIDES = ["for those following along", "if you're driving please don't type along",
          "bear with me", "by the way this one trips people up", "stay with me here",
          "I know this looks scary"]
TRAILERS = ["", " Anyway, where was I.", " I always forget that one, honestly.",
            " Links in the show notes.", " Okay, moving on."]
SWAPS = {"main": "man", "data": "date", "docker": "dockr", "test": "text", "alpha": "alfa",
         "list": "lust", "foo": "fu", "demo": "demon", "src": "source", "docs": "dogs"}


def mutate(tok: str, rng: random.Random) -> str | None:
    if tok in SWAPS:
        return SWAPS[tok]
    if re.fullmatch(r"-[a-zA-Z]", tok):
        letters = [c for c in "abcdefhlmnprstv" if c != tok[1].lower()]
        return "-" + rng.choice(letters)
    if tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 10])) if tok[0] != "0" else None
    if re.fullmatch(r"--[a-z][a-z-]+", tok):
        return tok[:-1] if len(tok) > 5 else None
    m = re.fullmatch(r"([a-z_]+)\.([a-z]+)", tok)
    if m:
        alt = rng.choice(["txt", "md", "log", "json", "conf"])
        return None if alt == m.group(2) else f"{m.group(1)}.{alt}"
    if re.fullmatch(r"[a-z]{4,}", tok):
        k = rng.randint(1, len(tok) - 2)
        w = tok[:k] + tok[k + 1] + tok[k] + tok[k + 2:]
        return w if w != tok else None
    return None


# ----------------------------------------------------------------------------- slices
def make_clean(cmd: str, desc: str, rng: random.Random) -> str:
    return say_protocol(cmd, rng, fuzzy=False)


def make_fuzzy(cmd: str, desc: str, rng: random.Random) -> str:
    return say_protocol(cmd, rng, fuzzy=True)


def fill(tpl: str, desc: str) -> str:
    return tpl.replace("{d}", low_desc(desc)).replace("{D}", desc.strip().rstrip(".?!"))


def natural_line(pre: str, span: str, post: str, desc: str) -> str:
    pre = fill(pre, desc)
    if pre == "" or pre.endswith((". ", "? ")):
        span = cap(span)
    return pre + span + fill(post, desc)


def make_natural(cmd: str, desc: str, rng: random.Random, used: Counter) -> str:
    k = min(range(len(NATURAL)), key=lambda i: (used[i], rng.random()))
    used[k] += 1
    pre, post = NATURAL[k]
    span = " ".join(say_natural(cmd.split(" "), rng, rng.choice([0, 1, 1, 2])))
    return natural_line(pre, span, post, desc)


def make_chaotic(cmd: str, desc: str, rng: random.Random, used: Counter) -> str | None:
    toks = cmd.split(" ")
    proto = rng.random() < 0.3 and len(toks) > 1
    pick = [i for i, t in enumerate(toks) if i > 0 and mutate(t, random.Random(i)) is not None]
    style = rng.choice(["restart", "partial", "word", "word", "flag", "double"])
    if not pick:
        style = rng.choice(["restart", "partial"]) if len(toks) > 1 else "partial"
    j = rng.choice(pick) if pick else 0
    bad = mutate(toks[j], rng) if pick else None
    wrong = toks[:j] + [bad] + toks[j + 1:] if bad else toks[:]
    disfluent = style == "double" or rng.random() < 0.4
    if proto:
        def say(ts: list[str]) -> str:
            return " space ".join(" ".join(say_proto_token(t, rng, False)) for t in ts)
        right = say(toks)
        if disfluent:
            words = right.split(" ")
            spots = [i for i, w in enumerate(words) if w == "space"]
            words.insert(rng.choice(spots) + 1, rng.choice(["um", "uh"]))
            right = " ".join(words)
        if style in ("restart", "partial") or not bad:
            first = say(wrong[:max(1, j)]) + "..." if style == "partial" else say(wrong) + "."
            text = first + " " + rng.choice(RESTARTS) + cap(right)
        else:
            text = say(toks[:j] + [bad]) + rng.choice(PROTO_MARKERS) + say([toks[j]])
            if j + 1 < len(toks):
                text += ", space " + say(toks[j + 1:])
        return cap(text) + "."
    k = min(range(len(NATURAL)), key=lambda i: (used[i], rng.random()))
    used[k] += 1
    pre, post = NATURAL[k]
    post = rng.choice([post, "." + rng.choice(TRAILERS)])
    parts = say_natural(toks, rng, rng.choice([0, 1]))
    if style in ("restart", "partial") or not bad:
        wparts = [say_natural_token(t, rng)[0] for t in wrong]
        if style == "partial":
            cut = max(1, j if bad else len(toks) // 2)
            first = " ".join(wparts[:cut]) + "... "
        else:
            first = " ".join(wparts) + ". "
        if disfluent:
            parts = disfluency(parts, rng)
        span = first + rng.choice(RESTARTS) + cap(" ".join(parts))
    else:
        scope = 2 if style == "flag" and j >= 2 and toks[j - 1].startswith("-") else 1
        head = [say_natural_token(t, rng)[0] for t in toks[:j]] + [say_natural_token(bad, rng)[0]]
        if disfluent:
            head = disfluency(head, rng)
        fix = " ".join(say_natural_token(t, rng, 0.9)[0] for t in toks[j - scope + 1:j + 1])
        span = " ".join(head) + rng.choice(MARKERS) + fix
        if j + 1 < len(toks):
            span += ", " + " ".join(parts[j + 1:])
    return natural_line(pre, span, post, desc)


def disfluency(parts: list[str], rng: random.Random) -> list[str]:
    """Insert a hesitation or an aside at a word boundary (never inside a word)."""
    if len(parts) < 2:
        return parts
    b = rng.randrange(1, len(parts))
    out = parts[:]
    if rng.random() < 0.5:
        if not out[b - 1].endswith(","):
            out[b - 1] += ","
        out.insert(b, rng.choice(ASIDES) + ",")
    else:
        out.insert(b, rng.choice(["um,", "uh,", "hmm,"]))
    return out


# ----------------------------------------------------------------------------- main
def tool_of(cmd: str) -> str:
    w = cmd.split()
    if w[0] == "sudo" and len(w) > 1 and not w[1].startswith("-"):
        return w[1]
    return w[0]


def load() -> list[tuple[str, str]]:
    desc: dict[str, str] = {}
    with (DATA / "corpus.jsonl").open() as fh:
        for line in fh:
            o = json.loads(line)
            desc.setdefault(o["command"], o["description"])
    seen: set[str] = set()
    tools: Counter = Counter()
    pool: list[tuple[str, str]] = []
    with (DATA / "train.jsonl").open() as fh:
        for n, line in enumerate(fh):
            if n % 11 != 10:
                continue
            cmd = json.loads(line)["command"]
            ok = cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
            if not ok or "  " in cmd or cmd != cmd.strip():
                continue
            if cmd in seen or cmd not in desc or tools[tool_of(cmd)] >= 2:
                continue
            seen.add(cmd)
            tools[tool_of(cmd)] += 1
            pool.append((cmd, desc[cmd]))
    return pool


def main() -> None:
    rng = random.Random(28)
    pool = load()
    rng.shuffle(pool)
    taken: set[str] = set()
    rows: dict[str, list[dict]] = {s: [] for s in ("clean", "fuzzy", "natural", "chaotic")}
    used_n: Counter = Counter()
    used_c: Counter = Counter()
    makers = {
        "natural": lambda c, d: make_natural(c, d, rng, used_n),
        "chaotic": lambda c, d: make_chaotic(c, d, rng, used_c),
        "clean": lambda c, d: make_clean(c, d, rng),
        "fuzzy": lambda c, d: make_fuzzy(c, d, rng),
    }
    for name in ("natural", "chaotic", "clean", "fuzzy"):
        for cmd, desc in pool:
            if len(rows[name]) == PER_SLICE:
                break
            if cmd in taken:
                continue
            for _ in range(6):
                text = makers[name](cmd, desc)
                if text and decode(text) == cmd and "  " not in text:
                    rows[name].append({"input": text, "command": cmd, "slice": name,
                                       "author": AUTHOR})
                    taken.add(cmd)
                    break
        if len(rows[name]) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(rows[name])} lines")
    with OUT.open("w") as fh:
        for name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in rows[name]:
                fh.write(json.dumps(row) + "\n")
    print(f"wrote {sum(len(v) for v in rows.values())} lines to {OUT}")


if __name__ == "__main__":
    main()
