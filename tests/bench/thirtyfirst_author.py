"""Author 31: Ravi, a sysadmin dictating shell commands on his phone between server rooms.

Writes assets/training/bash/author31.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input": what Whisper wrote, "command": the exact command, "slice", "author"}.
Run: ``python3 tests/bench/thirtyfirst_author.py`` (standard library only, deterministic: one
``random.Random(31)``; reruns are byte-identical).

Commands come from the "command" field of assets/training/bash/train.jsonl (0-based lines with
index % 11 == 3); the "why" Ravi sometimes gives is the plain-English description of the same
command in assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Style guide
===========

Persona
-------
Ravi walks between server rooms and dictates into his phone. His Whisper setup has
auto-formatting on, so a transcript MIXES spoken symbol words with symbols Whisper already
rendered: "slash" may come out as "/", "dot" as ".", "dash dash" as "--", "at" as "@", numbers
as digits, file names and URLs fused ("config.yaml", "example.com"), while in the same sentence
another "slash" stays a word. Whisper also sprinkles stray spaces around the symbols it renders
("ls - la", "cd / var / log", "- - force"). Ravi is brief; he frames commands with
walking-and-talking phrases ("Okay, next one.", "For the backup box,", "Run this when you get a
sec:") and Whisper adds sentence punctuation.

Vocabulary (one meaning per word, in every slice)
-------------------------------------------------
  -   dash, minus, hyphen (also "double dash" = --)      .   dot, period, point, full stop
  /   slash, forward slash        :  colon                @   at, at sign
  _   underscore                  ~  tilde                =   equals, equal, equal sign
  ,   comma                       |  pipe, vertical bar   >   greater than, into
  <   less than                   "  quote, double quote, end quote, unquote
  '   single quote                *  star, asterisk       $   dollar, dollar sign
  &   ampersand                   ;  semicolon            !   bang, exclamation mark
  #   hash, hash sign             %  percent, percent sign   +  plus
  (   open paren                  )  close paren
  Case: "capital X" capitalises the first letter of the next word (a single letter becomes
  upper case); "uppercase X" / "all caps X" puts the whole next word in capitals.
  Numbers said as words: "four four three" (digit by digit) or cardinals ("one hundred",
  "twenty two"); years and ports as pairs ("twenty twenty one" = 2021). A run of number words
  is read greedily: the longest prefix that is an ordinary English number becomes its digits,
  then the rest; so "one zero zero" = 100, "twenty twenty one" = 2021.
  A literal word that collides with this vocabulary is spelled letter by letter.

Two ways of speaking
--------------------
PROTOCOL (clean, fuzzy, some chaotic): Ravi says the word "space" exactly where the command has a
space. The listener then ignores every other gap in the transcript: everything between two
"space"s is glued together (symbols, number words, rendered text, split compounds such as
"pixel art"). Commas after "space" and a final full stop are Whisper's, and are dropped.
A transcript is read this way whenever the word "space" occurs in the command part.

NATURAL (natural, most chaotic): "space" is never said; a gap between two ordinary words is a
space in the command. Symbols attach by their own habits, and the gaps Whisper leaves around
rendered symbols mean nothing:
  * joiners glue on both sides: . : @ _ = , * + ( and "hyphen"; also a "-" that Whisper fused to
    the word before it ("ssh-keygen");
  * flag dashes ("dash", "minus", "double dash", or a rendered "-" with a gap before it) glue
    only to what follows: "ls dash la" = "ls - la" = "ls -la";
  * "/" and "~" glue to what follows, and to what precedes unless they start a new path: a path
    starts after the program name (the first word, or the word after sudo or an operator), after
    a flag, or after a closing quote. "cd / var / log" = "cd /var/log",
    "src slash main.py" = "src/main.py";
  * ) ! ; glue to the left only; $ # % glue to the right only;
  * operators | > < & stand alone with spaces, adjacent ones merge ("pipe ampersand" = |&);
  * quotes alternate open (glue right) / close (glue left); "end quote" always closes;
  * Whisper's sentence capital on the first word of the command is undone unless the word has
    other capitals (VBoxManage); a comma right after a word is punctuation, a comma inside a
    fused chunk ("user1,user2") or the word "comma" is literal.

Framing (natural and chaotic)
-----------------------------
The listener knows Ravi's stock sentences (TEMPLATES below: "Okay, next one. ...", "For the
backup box, ...", "Type ... and hit enter.", "This is to <why>. ...", ...) and keeps only the
command part. A line that fits no stock sentence is all command.

Disfluencies (chaotic)
----------------------
  * fillers uh, um, er, hmm and the asides "hang on", "hold on", "one sec", "where was I",
    "bear with me" are dropped; so are trailing thoughts ", I think", ", or something like
    that", ", if that works", ", I'm pretty sure";
  * "..." abandons everything before it: Ravi starts the command over from the top;
  * "delete that" throws away the command so far; what follows is the whole command;
  * "no," / "sorry" / "I mean" / "make that" correct what came just before, with what follows:
    if the new part starts with the program name it replaces the whole command; if it starts
    with a flag it replaces the last flag (and its value) onwards; otherwise it replaces the last
    word. Then Ravi carries on with the rest of the command. "no" is a correction only when
    Whisper put a comma after it ("--no-pager" is safe).

Slices
------
clean: protocol only, every symbol by its first name above, digits as words, capitals
announced, lower case, no punctuation, no framing.
fuzzy: protocol with synonyms, Whisper slips: capitalised first word, final full stop, commas
after some "space"s, some digits and symbols already rendered, compounds split in two.
natural: Ravi's own speech as transcribed, framed, never the word "space".
chaotic: natural or protocol speech with at least one correction or restart, plus fillers,
asides and trailing thoughts.

decode(line) below is this listener. Every candidate line is decoded and replaced unless it
gives back its command exactly.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author31.jsonl"
AUTHOR = "author31"
PER_SLICE = 100

# ----------------------------------------------------------------------------- vocabulary

ONE_WORD = {
    "dash": "-", "minus": "-", "hyphen": "-", "dot": ".", "period": ".", "point": ".",
    "slash": "/", "colon": ":", "at": "@", "underscore": "_", "tilde": "~", "equals": "=",
    "equal": "=", "comma": ",", "pipe": "|", "into": ">", "quote": '"', "unquote": '"',
    "star": "*", "asterisk": "*", "dollar": "$", "ampersand": "&", "semicolon": ";",
    "bang": "!", "hash": "#", "percent": "%", "plus": "+",
}
TWO_WORD = {
    "forward slash": "/", "full stop": ".", "at sign": "@", "equal sign": "=",
    "equals sign": "=", "vertical bar": "|", "greater than": ">", "less than": "<",
    "double quote": '"', "end quote": '"', "single quote": "'", "dollar sign": "$",
    "exclamation mark": "!", "hash sign": "#", "percent sign": "%", "open paren": "(",
    "close paren": ")", "double dash": "--",
}
CLOSERS = {"end quote", "unquote"}
CASE_HEADS = {"capital", "uppercase", "Capital", "Uppercase"}
FLAG_DASHES = {"dash", "minus", "double dash"}
OPS = set("|<>&")
QUOTES = set("\"'")
# how a symbol attaches in natural speech: (left, right); A always, N never, P path rule
GLUE = {
    ".": "AA", "/": "PA", "~": "PA", ":": "AA", "@": "AA", "_": "AA", "=": "AA", ",": "AA",
    "*": "AA", "+": "AA", "(": "AA", ")": "AN", "!": "AN", ";": "AN", "$": "NA", "#": "NA",
    "%": "NA", "-": "NA",
}

SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = set(SMALL) | set(TENS[2:]) | {"hundred", "thousand", "million"}


def _number_words(n: int) -> list[str]:
    if n < 20:
        return [SMALL[n]]
    if n < 100:
        t, u = divmod(n, 10)
        return [TENS[t]] + ([SMALL[u]] if u else [])
    if n < 1000:
        h, r = divmod(n, 100)
        return [SMALL[h], "hundred"] + (_number_words(r) if r else [])
    for value, name in ((10**6, "million"), (1000, "thousand")):
        if n >= value:
            q, r = divmod(n, value)
            return _number_words(q) + [name] + (_number_words(r) if r else [])
    raise ValueError(n)


NUMDICT: dict[tuple[str, ...], str] = {}
for _n in list(range(10000)) + [k * 10**m for k in range(1, 1000) for m in range(3, 7)]:
    NUMDICT.setdefault(tuple(_number_words(_n)), str(_n))
NUM_MAX = max(len(k) for k in NUMDICT)

FILLER_RE = re.compile(r"\b(?:uh|um|er|hmm)\b[,.]?", re.IGNORECASE)
ASIDE_RE = re.compile(
    r"(?:,\s*)?\b(?:hang on|hold on|one sec|where was I|bear with me)\b[,.]?", re.IGNORECASE
)
TAIL_RE = re.compile(
    r",?\s*(?:I think|or something like that|if that works|I'm pretty sure)[.?]?$"
)
MARKER_RE = re.compile(
    r"[,.]?\s+(no,|sorry[,.]?|I mean[,.]?|make that[,.]?|delete that[,.]?)\s+", re.IGNORECASE
)

TEMPLATES = [
    "Okay, next one. {Cmd}.",
    "Okay next one, {cmd}.",
    "For the backup box, {cmd}.",
    "Run this when you get a sec: {cmd}.",
    "Next one is {cmd}.",
    "Can you run {cmd} on the build server?",
    "{Cmd}, then ping me.",
    "Quick one. {Cmd}.",
    "On db two, {cmd}, please.",
    "Type {cmd} and hit enter.",
    "Heading to rack four now. {Cmd}.",
    "Just {cmd}, nothing fancy.",
    "{Cmd}. Thanks.",
    "When you're back at your desk, {cmd}.",
    "Last one for now, {cmd}.",
    "Try {cmd} and tell me what it says.",
    "Before the reboot, {cmd}.",
    "Alright, {cmd}.",
    "Can you do {cmd} for me?",
    "I'm at the other rack, so you type it: {cmd}.",
    "Walking over now. Go ahead and run {cmd}.",
    "We need to {why}, so {cmd}.",
    "This is to {why}. {Cmd}.",
    "{Cmd}. That should {why}.",
    "Okay, to {why}, run {cmd}.",
    "{Cmd}, it's to {why}.",
    "{Cmd}.",
]
PROTOCOL_TEMPLATES = ["Okay, next one. {Cmd}.", "Quick one. {Cmd}.", "{Cmd}."]


def _template_re(template: str) -> re.Pattern[str]:
    rx = ""
    for part in re.split(r"(\{cmd\}|\{Cmd\}|\{why\})", template):
        if part in ("{cmd}", "{Cmd}"):
            rx += r"(?P<cmd>.+?)"
        elif part == "{why}":
            rx += r"(?P<why>.+?)"
        else:
            rx += re.escape(part)
    return re.compile(rx)


TEMPLATE_RES = [_template_re(t) for t in TEMPLATES]

# ----------------------------------------------------------------------------- the listener


def _sentence_cap(tok: str) -> bool:
    return tok[:1].isupper() and not any(ch.isupper() for ch in tok[1:])


def _items(text: str) -> list[tuple[str, ...]]:
    raw = [t.rstrip(",") for t in text.split()]
    raw = [t for t in raw if t]
    if raw and _sentence_cap(raw[0]):
        raw[0] = raw[0][0].lower() + raw[0][1:]
    items: list[tuple[str, ...]] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        pair = f"{tok} {raw[i + 1]}" if i + 1 < len(raw) else ""
        if pair == "all caps":
            items.append(("upper",))
            i += 2
            continue
        if pair in TWO_WORD:
            word, ch = pair, TWO_WORD[pair]
            i += 2
        elif tok in ONE_WORD:
            word, ch = tok, ONE_WORD[tok]
            i += 1
        else:
            i += 1
            if tok == "space":
                items.append(("space",))
            elif tok == "capital":
                items.append(("cap",))
            elif tok == "uppercase":
                items.append(("upper",))
            else:
                items.append(("lit", tok))
            continue
        if ch in OPS:
            items.append(("op", ch))
        elif ch in QUOTES:
            items.append(("qc" if word in CLOSERS else "q", ch))
        elif word == "hyphen":
            items.append(("sym", ch, "A", "A"))
        elif word in FLAG_DASHES:
            items.append(("sym", ch, "N", "A"))
        else:
            items.append(("sym", ch, GLUE[ch][0], GLUE[ch][1]))
    return items


def _apply_case(case: str | None, text: str) -> str:
    if case == "cap":
        return text[:1].upper() + text[1:]
    if case == "upper":
        return text.upper()
    return text


def _protocol_words(items: list[tuple[str, ...]]) -> list[str]:
    merged: list[tuple[str, ...]] = []
    i = 0
    while i < len(items):
        if items[i][0] == "lit" and items[i][1] in NUMBER_WORDS:
            j = i
            while j < len(items) and items[j][0] == "lit" and items[j][1] in NUMBER_WORDS:
                j += 1
            run = [it[1] for it in items[i:j]]
            k = 0
            while k < len(run):
                for size in range(min(NUM_MAX, len(run) - k), 0, -1):
                    key = tuple(run[k:k + size])
                    if key in NUMDICT:
                        merged.append(("lit", NUMDICT[key]))
                        k += size
                        break
                else:
                    merged.append(("lit", run[k]))
                    k += 1
            i = j
        else:
            merged.append(items[i])
            i += 1
    words: list[str] = []
    cur = ""
    case = None
    for it in merged:
        if it[0] == "space":
            if cur:
                words.append(cur)
            cur = ""
        elif it[0] in ("cap", "upper"):
            case = it[0]
        elif it[0] == "lit":
            cur += _apply_case(case, it[1])
            case = None
        else:
            cur += it[1]
    if cur:
        words.append(cur)
    return words


def _edge(ch: str, side: int) -> str:
    if ch.isalnum() or ch not in GLUE:
        return "N"
    return GLUE[ch][side]


def _natural_words(items: list[tuple[str, ...]]) -> list[str]:
    words: list[str] = []
    cur = ""
    cur_is_op = False
    prog_pending = True
    prev_right = "N"
    quote_open = {'"': False, "'": False}
    case = None

    def flush() -> None:
        nonlocal cur, cur_is_op, prog_pending
        if cur:
            words.append(cur)
            if cur_is_op:
                prog_pending = True
            elif prog_pending and cur != "sudo":
                prog_pending = False
        cur = ""
        cur_is_op = False

    for it in items:
        kind = it[0]
        if kind in ("cap", "upper"):
            case = kind
            continue
        if kind == "op":
            if not cur_is_op:
                flush()
                cur_is_op = True
            cur += it[1]
            prev_right = "N"
            continue
        if cur_is_op:
            flush()
        if kind == "space":
            flush()
            prev_right = "N"
            continue
        if kind == "lit":
            text = _apply_case(case, it[1])
            case = None
            left, right = _edge(text[0], 0), _edge(text[-1], 1)
        elif kind in ("q", "qc"):
            text = it[1]
            if kind == "q" and not quote_open[text]:
                left, right = "N", "A"
                quote_open[text] = True
            else:
                left, right = "A", "N"
                quote_open[text] = False
        else:
            text, left, right = it[1], it[2], it[3]
        if cur:
            if prev_right == "A" or left == "A":
                glue = True
            elif left == "P":
                glue = not (prog_pending or cur.startswith("-") or cur[-1] in QUOTES)
            else:
                glue = False
            if not glue:
                flush()
        cur += text
        prev_right = right
    flush()
    return words


def _segment_words(text: str, protocol: bool) -> list[str]:
    text = re.sub(r"[.?]$", "", text.strip()).strip()
    items = _items(text)
    return _protocol_words(items) if protocol else _natural_words(items)


def _extract(text: str) -> str:
    for rx in TEMPLATE_RES:
        m = rx.fullmatch(text)
        if m:
            return m.group("cmd")
    return re.sub(r"[.?]$", "", text)


def decode(line: str) -> str:
    """The careful listener of the style guide: transcript -> command."""
    text = FILLER_RE.sub(" ", line)
    text = ASIDE_RE.sub(" ", text)
    text = " ".join(text.split())
    span = _extract(text).strip()
    span = TAIL_RE.sub("", span).strip()
    if "..." in span:
        span = span.rsplit("...", 1)[1].strip()
    protocol = any(t.strip(",.").lower() == "space" for t in span.split())
    parts = MARKER_RE.split(span)
    words = _segment_words(parts[0], protocol)
    for k in range(1, len(parts) - 1, 2):
        marker = parts[k].lower().strip(",.")
        new = _segment_words(parts[k + 1], protocol)
        if marker == "delete that" or not words:
            words = new
        elif new and new[0] == words[0]:
            words = new
        elif new and new[0].startswith("-"):
            flags = [i for i, w in enumerate(words) if i > 0 and w.startswith("-")]
            words = (words[: flags[-1]] if flags else words[:-1]) + new
        else:
            words = words[:-1] + new
    return " ".join(words)


# ----------------------------------------------------------------------------- the speaker

CANON = {
    "-": "dash", ".": "dot", "/": "slash", ":": "colon", "@": "at", "_": "underscore",
    "~": "tilde", "=": "equals", ",": "comma", "|": "pipe", ">": "greater than",
    "<": "less than", '"': "quote", "'": "single quote", "*": "star", "$": "dollar",
    "&": "ampersand", ";": "semicolon", "!": "bang", "#": "hash", "%": "percent", "+": "plus",
    "(": "open paren", ")": "close paren",
}
SYNONYMS = {
    "-": ["dash", "minus", "hyphen"], ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"], "@": ["at", "at sign"], "=": ["equals", "equal sign"],
    "|": ["pipe", "vertical bar"], '"': ["quote", "double quote"], "*": ["star", "asterisk"],
    "$": ["dollar", "dollar sign"], "!": ["bang", "exclamation mark"], "#": ["hash", "hash sign"],
    "%": ["percent", "percent sign"],
}
NAT_NAMES = {
    "/": ["slash"], ".": ["dot"], ":": ["colon"], "@": ["at"], "_": ["underscore"],
    "~": ["tilde"], "=": ["equals"], ",": ["comma"], "|": ["pipe"],
    ">": ["greater than", "into"], "<": ["less than"], "&": ["ampersand"], ";": ["semicolon"],
    "$": ["dollar"], "+": ["plus"], "%": ["percent"], "*": ["star"], "!": ["bang"],
    "#": ["hash"], "(": ["open paren"], ")": ["close paren"],
}
RENDER_P = {"/": 0.6, ".": 0.7, ":": 0.5, "@": 0.6, "_": 0.3, "~": 0.3, "=": 0.3, ",": 0.3}
FUZZY_RENDER = {"/": 0.2, ".": 0.25, ":": 0.15}
RESERVED = (set(ONE_WORD) | NUMBER_WORDS | {"space", "capital", "uppercase", "uh", "um", "er",
                                            "hmm", "sorry"})
COMPOUND_HEADS = ("free", "power", "time", "work", "back", "pixel", "note", "data", "user",
                  "host", "server", "config", "update", "speaker", "key", "name", "list", "file",
                  "mount", "post", "lock", "info", "check", "group", "screen", "tele", "light")
CASE_RUN = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+")
VERBS = set("""display list show start open create print run generate convert set get connect
search specify remove compile launch download calculate execute delete add view check install
update use scan build enter render send store load force initialize test enable capture export
monitor clear analyze uninstall output format trigger deploy validate merge copy compare upgrade
encode read change extract stop""".split())
EXTS = ["txt", "log", "yaml", "json", "conf", "py", "sh", "md", "csv"]
NAMES = ["main", "demo", "test", "data", "alpha", "backup", "notes", "prod", "staging"]
LONGS = ["--verbose", "--force", "--all", "--help", "--quiet", "--dry-run", "--version"]


def _say_number(s: str, rng: random.Random) -> str:
    options = [" ".join(SMALL[int(c)] for c in s)]
    if s[0] != "0" or len(s) == 1:
        spoken = tuple(_number_words(int(s))) if int(s) < 10**9 else ()
        if spoken in NUMDICT and (len(s) <= 3 or len(s.rstrip("0")) <= 2):
            options.append(" ".join(spoken))
        if len(s) == 4 and s[0] != "0" and s[2] != "0":
            options.append(" ".join(_number_words(int(s[:2])) + _number_words(int(s[2:]))))
    return rng.choice(options)


def _say_lower(run: str, rng: random.Random, fuzzy: bool) -> str:
    if run in RESERVED or (len(run) <= 3 and rng.random() < 0.2):
        return " ".join(run)
    if fuzzy and len(run) >= 6 and rng.random() < 0.5:
        for head in COMPOUND_HEADS:
            if run.startswith(head) and len(run) - len(head) >= 3:
                tail = run[len(head):]
                if head not in RESERVED and tail not in RESERVED:
                    return f"{head} {tail}"
    return run


def _say_run(run: str, rng: random.Random, fuzzy: bool) -> list[str]:
    out: list[str] = []
    for part in CASE_RUN.findall(run):
        if part.isdigit():
            out.append(part if fuzzy and rng.random() < 0.4 else _say_number(part, rng))
        elif part.islower():
            out.append(_say_lower(part, rng, fuzzy))
        elif len(part) > 1 and part.isupper():
            low = part.lower()
            if low in RESERVED:
                out.extend(f"capital {c}" for c in low)
            else:
                out.append(("all caps " if fuzzy and rng.random() < 0.4 else "uppercase ") + low)
        else:
            word = "uppercase" if fuzzy and len(part) == 1 and rng.random() < 0.3 else "capital"
            out.append(f"{word} {_say_lower(part.lower(), rng, fuzzy)}")
    return out


def _protocol_word(word: str, rng: random.Random, fuzzy: bool) -> str:
    out: list[str] = []
    prev = ""
    for unit in re.findall(r"[A-Za-z0-9]+|.", word):
        if unit.isalnum():
            out.extend(_say_run(unit, rng, fuzzy))
        elif unit == prev and unit in SYNONYMS and out[-1] in SYNONYMS[unit]:
            out.append(out[-1])  # "minus minus", never "minus hyphen"
        elif fuzzy and rng.random() < FUZZY_RENDER.get(unit, 0.0):
            if out and rng.random() < 0.5 and not out[-1][-1:].isalpha():
                out[-1] += unit
            else:
                out.append(unit)
        elif fuzzy and unit in SYNONYMS:
            out.append(rng.choice(SYNONYMS[unit]))
        else:
            out.append(CANON[unit])
        prev = unit
    return " ".join(out)


def protocol_span(words: list[str], rng: random.Random, fuzzy: bool) -> str:
    text = ""
    for i, word in enumerate(words):
        if i:
            text += " space, " if fuzzy and rng.random() < 0.3 else " space "
        text += _protocol_word(word, rng, fuzzy)
    return text


def _nat_run(run: str, first: bool, rng: random.Random) -> tuple[str, str]:
    if re.fullmatch(r"[A-Z][a-z]+", run) and not first and rng.random() < 0.7:
        return "w", "capital " + run.lower()
    if re.fullmatch(r"[A-Z]", run) and rng.random() < 0.5:
        return "w", "capital " + run.lower()
    if re.fullmatch(r"[A-Z]{2,}", run) and rng.random() < 0.3:
        return "w", "uppercase " + run.lower()
    return "r", run


def natural_span(words: list[str], rng: random.Random) -> str:
    tokens: list[str] = []
    qcount = {'"': 0, "'": 0}
    for wi, word in enumerate(words):
        units = re.findall(r"[A-Za-z0-9]+|.", word)
        segs: list[tuple[str, str]] = []
        k = 0
        while k < len(units):
            unit = units[k]
            k += 1
            if unit.isalnum():
                segs.append(_nat_run(unit, wi == 0 and k == 1, rng))
            elif unit == "-" and k == 1 and units[1:2] == ["-"]:
                k += 1
                r = rng.random()
                if r < 0.25:
                    segs.append(("w", "double dash"))
                elif r < 0.55:
                    segs.append(("r", "--"))
                elif r < 0.7:
                    segs += [("r", "-"), ("gap", ""), ("r", "-")]
                elif r < 0.9:
                    segs.append(("w", "dash dash"))
                else:
                    segs += [("w", "dash"), ("r", "-")]
                if segs[-1][0] == "r" and rng.random() < 0.2:
                    segs.append(("gap", ""))
            elif unit == "-" and all(u == "-" for u in units[: k - 1]):
                if rng.random() < 0.5:
                    segs.append(("r", "-"))
                    if rng.random() < 0.3:
                        segs.append(("gap", ""))
                else:
                    digit_next = units[k:k + 1] and units[k].isdigit()
                    segs.append(("w", "minus" if digit_next and rng.random() < 0.5 else "dash"))
            elif unit == "-":
                segs.append(("r", "-") if rng.random() < 0.6 else ("w", "hyphen"))
            elif unit in QUOTES:
                qcount[unit] += 1
                if unit == "'":
                    segs.append(("w", "single quote"))
                elif qcount[unit] % 2 == 0 and rng.random() < 0.5:
                    segs.append(("w", "end quote"))
                else:
                    segs.append(("w", "quote"))
            elif rng.random() < RENDER_P.get(unit, 0.0):
                if unit == "/" and rng.random() < 0.2:
                    segs.append(("gap", ""))
                segs.append(("r", unit))
                if unit == "/" and rng.random() < 0.2:
                    segs.append(("gap", ""))
            else:
                segs.append(("w", rng.choice(NAT_NAMES[unit])))
        cur = ""
        for kind, text in segs:
            if kind == "r":
                cur += text
                continue
            if cur:
                tokens.append(cur)
                cur = ""
            if kind == "w":
                tokens.append(text)
        if cur:
            tokens.append(cur)
    return " ".join(tokens)


def _why(desc: str | None) -> str | None:
    if not desc:
        return None
    first = desc.split()[0].lower()
    if first not in VERBS or ". " in desc or "..." in desc or desc.count('"') % 2:
        return None
    why = desc.rstrip(".").strip()
    return why[0].lower() + why[1:]


def _frame(span: str, rng: random.Random, why: str | None, templates: list[str]) -> str:
    usable = [t for t in templates if "{why}" not in t or why]
    template = rng.choice(usable)
    if "{Cmd}" in template and span[:1].islower():
        span = span[0].upper() + span[1:]
    out = template.replace("{Cmd}", span).replace("{cmd}", span)
    return out.replace("{why}", why or "")


def _mutate(word: str, rng: random.Random) -> str:
    if word.startswith("--") and len(word) > 2:
        return rng.choice([f for f in LONGS if f != word])
    if word.startswith("-") and len(word) > 4:
        return rng.choice([f for f in ("-h", "-v", "-q", "-f") if f != word])
    if word.startswith("-") and word[1:].isalpha():
        return word[:-1] + rng.choice([c for c in "alvfrhnq" if c not in word])
    digits = list(re.finditer(r"\d+", word))
    if digits:
        m = digits[-1]
        return word[: m.start()] + str(int(m.group()) + rng.choice([1, 2, 10])) + word[m.end():]
    ext = re.search(r"\.([a-z]+)$", word)
    if ext:
        return word[: ext.start(1)] + rng.choice([e for e in EXTS if e != ext.group(1)])
    head, sep, tail = word.rpartition("/")
    if sep and tail:
        return head + "/" + rng.choice([n for n in NAMES if n != tail])
    return rng.choice([n for n in NAMES if n != word])


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text


def chaotic_line(cmd: str, rng: random.Random, why: str | None) -> str:
    words = cmd.split(" ")
    n = len(words)
    protocol = rng.random() < 0.3
    fuzzy = rng.random() < 0.5

    def say(ws: list[str]) -> str:
        return protocol_span(ws, rng, fuzzy) if protocol else natural_span(ws, rng)

    kinds = ["ellipsis", "restart"]
    if n >= 2:
        kinds += ["word", "word"]
    flag_idx = [i for i in range(1, n) if words[i].startswith("-") and words[i] not in ("-", "--")]
    if flag_idx:
        kinds += ["flag", "flag"]
    kind = rng.choice(kinds)
    if kind == "word":
        j = rng.randrange(1, n)
        wrong, right = words[:j] + [_mutate(words[j], rng)], words[j:]
        marker = rng.choice(["no,", "sorry,", "I mean", "I mean,", "make that"])
        text = f"{say(wrong)}, {marker} {say(right)}"
    elif kind == "flag":
        j = rng.choice(flag_idx)
        wrong = words[:j] + [_mutate(words[j], rng)]
        if j + 1 < n and not words[j + 1].startswith("-") and rng.random() < 0.5:
            wrong.append(words[j + 1])
        marker = rng.choice(["no,", "sorry,", "I mean", "make that"])
        text = f"{say(wrong)}, {marker} {say(words[j:])}"
    elif kind == "restart":
        k = rng.randint(1, n)
        wrong = words[:k]
        if k >= 2 and rng.random() < 0.5:
            wrong = wrong[:-1] + [_mutate(wrong[-1], rng)]
        style = rng.randrange(3)
        if style == 0:
            text = f"{say(wrong)}, delete that, {say(words)}"
        elif style == 1:
            text = f"{say(wrong)}. Delete that. {_cap(say(words))}"
        else:
            text = f"{say(wrong)}, sorry, {say(words)}"
    else:
        k = rng.randint(1, max(1, n - 1))
        text = f"{say(words[:k])}... {say(words)}"
    if kind != "ellipsis" and rng.random() < 0.25:
        text = f"{say(words[:1])}... {text}"
    toks = text.split(" ")
    # hesitations and asides go between words, never inside a two-word name ("greater than",
    # "all caps"), a case announcement, or "I mean" / "make that" / "delete that"
    def free(i: int) -> bool:
        pair = f"{toks[i - 1]} {toks[i]}".rstrip(",")
        return not (pair in TWO_WORD or pair == "all caps" or toks[i - 1] in CASE_HEADS
                    or toks[i].rstrip(",") in ("mean", "that"))

    slots = [i for i in range(1, len(toks)) if free(i)]
    if slots and rng.random() < 0.5:
        pos = rng.choice(slots)
        toks.insert(pos, rng.choice(["uh", "um,", "er", "uh,", "hmm,"]))
        slots = [i + (i > pos) for i in slots]
    if slots and rng.random() < 0.3:
        pos = rng.choice(slots)
        toks.insert(pos, rng.choice(["hang on,", "one sec,", "where was I,", "hold on,"]))
        if not toks[pos - 1].endswith((",", ".")):
            toks[pos - 1] += ","
    text = " ".join(toks)
    tail = rng.random() < 0.2
    if tail:
        text += rng.choice([", I think", ", or something like that", ", if that works",
                            ", I'm pretty sure"])
    if protocol:
        return _frame(text, rng, None, PROTOCOL_TEMPLATES) if rng.random() < 0.3 else text
    if rng.random() < 0.8:
        usable = [t for t in TEMPLATES if not tail or t.endswith(("{cmd}.", "{Cmd}."))]
        return _frame(text, rng, why, usable)
    return _cap(text) + "."


def clean_line(cmd: str, rng: random.Random) -> str:
    return protocol_span(cmd.split(" "), rng, fuzzy=False)


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    text = protocol_span(cmd.split(" "), rng, fuzzy=True)
    if rng.random() < 0.5:
        text = _cap(text)
    if rng.random() < 0.4:
        text += "."
    return text


def natural_line(cmd: str, rng: random.Random, why: str | None) -> str:
    return _frame(natural_span(cmd.split(" "), rng), rng, why, TEMPLATES)


# ----------------------------------------------------------------------------- assembly


def _tool(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def _load() -> tuple[list[str], dict[str, str]]:
    lines = (DATA / "train.jsonl").read_text(encoding="utf-8").splitlines()
    cmds: list[str] = []
    for i, line in enumerate(lines):
        if i % 11 != 3:
            continue
        cmd = json.loads(line)["command"]
        ok = cmd.isascii() and len(cmd) <= 80 and not re.search(r"[\n\t]|  ", cmd)
        if ok and cmd == cmd.strip() and cmd not in cmds:
            cmds.append(cmd)
    desc: dict[str, str] = {}
    for line in (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        desc.setdefault(row["command"], row["description"])
    return cmds, desc


def _acceptable(slice_name: str, line: str, cmd: str) -> bool:
    if decode(line) != cmd or "\n" in line:
        return False
    if slice_name == "clean":
        return re.fullmatch(r"[a-z]+( [a-z]+)*", line) is not None
    if slice_name == "natural":
        return "space" not in line.lower().replace(",", " ").split()
    return True


def build() -> list[dict[str, str]]:
    rng = random.Random(31)
    cmds, desc = _load()
    rng.shuffle(cmds)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: dict[str, list[dict[str, str]]] = {}
    tries = {"natural": 12, "chaotic": 14, "clean": 6, "fuzzy": 8}
    for slice_name in ("natural", "chaotic", "clean", "fuzzy"):
        rows[slice_name] = []
        for cmd in cmds:
            if len(rows[slice_name]) == PER_SLICE:
                break
            if cmd in used or tools[_tool(cmd)] >= 2:
                continue
            why = _why(desc.get(cmd))
            for _ in range(tries[slice_name]):
                if slice_name == "natural":
                    line = natural_line(cmd, rng, why)
                elif slice_name == "chaotic":
                    line = chaotic_line(cmd, rng, why)
                elif slice_name == "clean":
                    line = clean_line(cmd, rng)
                else:
                    line = fuzzy_line(cmd, rng)
                if _acceptable(slice_name, line, cmd):
                    rows[slice_name].append(
                        {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    )
                    used.add(cmd)
                    tools[_tool(cmd)] += 1
                    break
        if len(rows[slice_name]) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows[slice_name])} lines")
    return [row for name in ("clean", "fuzzy", "natural", "chaotic") for row in rows[name]]


def _framings(line: str) -> int:
    for i, rx in enumerate(TEMPLATE_RES):
        if rx.fullmatch(line):
            return i
    return -1


def main() -> None:
    rows = build()
    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == len(rows)
    assert max(Counter(_tool(r["command"]) for r in rows).values()) <= 2
    assert all(decode(r["input"]) == r["command"] for r in rows)
    natural = [r["input"] for r in rows if r["slice"] == "natural"]
    assert len({_framings(x) for x in natural}) >= 15
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
