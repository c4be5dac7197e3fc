"""Bash training data: real commands spoken as protocol words, then dictated four ways.

:func:`speak` is the processor's inverse: a command becomes its protocol words ("git space
status"); only commands that :func:`~app.specialists.bash.processor.process` turns back into
exactly themselves are kept. :func:`dictate` makes what a person might say from those words
in one of four styles (clean, fuzzy, natural, chaotic); the target is always the clean
protocol words of the final intended command. Splits are by command: no command is in two.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.specialists.bash.processor import process
from app.specialists.bash.vocabulary import (
    CAPITAL_WORDS,
    CASE_WORDS,
    COMMANDS,
    MISHEARD_FIRST,
    MISHEARD_PHRASES,
    SCALES,
    SPACE_WORDS,
    SYMBOL_PHRASES,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)
from app.training.datasets.common import read_jsonl

STYLES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------- command -> protocol words

SPOKEN = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe", "*": "star",
    "!": "bang", "#": "hash", "~": "tilde", "@": "at", "$": "dollar", "%": "percent",
    "^": "caret", "&": "ampersand", "=": "equals", "+": "plus", ":": "colon",
    ";": "semicolon", "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than", "?": "question mark",
}
QUOTES = {'"', "'", "`"}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)
DIGIT_NAMES = sorted(UNITS, key=UNITS.get)[:10]
TENS_NAMES = {v: k for k, v in TENS.items()}
# Words the processor reads as something else: said letter by letter when literal.
RESERVED = set(SYMBOL_WORDS) | SPACE_WORDS | NUMBER_WORDS | {
    k[0] for k in CAPITAL_WORDS if len(k) == 1}
# Words that start a phrase or a misheard command: spelled only if the plain reading fails.
RISKY = RESERVED | set(MISHEARD_FIRST) | {
    w for table in (SYMBOL_PHRASES, CASE_WORDS, CAPITAL_WORDS, MISHEARD_PHRASES)
    for key in table for w in key}
PROTOCOL = RISKY | {"space"}
_PIECES = re.compile(r"\s+|[A-Za-z]+|[0-9]+|.")
_CASE_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


def say_number(digits: str) -> list[str]:
    """Number words the processor reads back as ``digits``: 42 "forty two", 8000 "eight
    thousand", 2222 "two two two two"."""
    n = int(digits)
    if (digits[0] == "0" and len(digits) > 1) or len(digits) > 5:
        return [DIGIT_NAMES[int(d)] for d in digits]
    if n < 100:
        return _below_100(n)
    if n % 1000 == 0 and n < 100_000:
        return _below_100(n // 1000) + ["thousand"]
    if n % 100 == 0 and n < 1000:
        return _below_100(n // 100) + ["hundred"]
    return [DIGIT_NAMES[int(d)] for d in digits]


def _below_100(n: int) -> list[str]:
    if n < 20:
        return [DIGIT_NAMES[n] if n < 10 else next(k for k, v in UNITS.items() if v == n)]
    return [TENS_NAMES[n - n % 10]] + ([DIGIT_NAMES[n % 10]] if n % 10 else [])


def _say_letters(run: str, spell: set[str]) -> list[str]:
    """A letter run by its case parts: ``README`` "all caps readme", ``getUser`` "get
    capital user"; a word in ``spell`` is said letter by letter."""
    out: list[str] = []
    for part in _CASE_PARTS.findall(run):
        low = part.lower()
        spelled = low in spell
        if part.islower():
            out += list(low) if spelled else [low]
        elif len(part) == 1:
            out += ["capital", low]
        elif part.isupper():
            out += [w for c in low for w in ("capital", c)] if spelled else ["all", "caps", low]
        else:
            out += ["capital"] + (list(low) if spelled else [low])
    return out


def _said_cased(token: str) -> list[str] | None:
    """A name said with a case word ("kebab case apt get" for ``apt-get``), or None."""
    if re.fullmatch(r"[a-z]+(-[a-z]+)+", token):
        return ["kebab", "case", *token.split("-")]
    if re.fullmatch(r"[a-z]+(_[a-z]+)+", token):
        return ["snake", "case", *token.split("_")]
    if re.fullmatch(r"([A-Z][a-z]*){2,}|[a-z]+([A-Z][a-z]*)+", token):
        style = "pascal" if token[0].isupper() else "camel"
        return [style, "case", *(p.lower() for p in _CASE_PARTS.findall(token))]
    return None


def speak(command: str, spell: set[str] = RESERVED, quote_spaces: bool = False,
          head_case: bool = False) -> str:
    """Protocol words for ``command``: "space" between tokens (inside quotes words keep
    their spaces unless ``quote_spaces``), symbols, numbers and casing as words. With
    ``head_case`` a compound first token is said with a case word, so that the processor
    still sees "space" right after it."""
    head, _, rest = command.partition(" ")
    cased = _said_cased(head) if head_case else None
    if cased:
        return " ".join([*cased, *(["space", speak(rest, spell, quote_spaces)] if rest else [])])
    pieces = _PIECES.findall(command)
    out: list[str] = []
    quoted = False
    for i, p in enumerate(pieces):
        if p.isspace():
            implied = quoted and not quote_spaces and 0 < i < len(pieces) - 1 and \
                pieces[i - 1][0].isalnum() and pieces[i + 1][0].isalnum()
            out += [] if implied else ["space"]
        elif p.isdigit():
            out += say_number(p)
        elif p.isalpha():
            out += _say_letters(p, spell)
        else:
            quoted ^= p in QUOTES
            out += SPOKEN[p].split()
    return " ".join(out).replace("ampersand ampersand", "and and")


READINGS = [(RESERVED, False, False), (RISKY, False, False), (RISKY, True, False),
            (RESERVED, False, True), (RISKY, True, True)]


def speak_checked(command: str) -> str | None:
    """The first reading of ``command`` that the processor turns back into it, or None."""
    for spell, quote_spaces, head_case in READINGS:
        words = speak(command, spell, quote_spaces, head_case)
        if process(words) == command:
            return words
    return None


# ---------------------------------------------------------------- how people say it

FILLERS = ["um", "uh", "okay", "so", "hmm", "er"]
ASIDES = ["uh", "um", "hmm", "let me think", "what's it called", "hang on", "one sec",
          "where was I", "you know", "like"]
FIXES = ["no wait", "I mean", "sorry", "no", "actually", "wait no", "or rather", "no no",
         "make that", "correction"]
RESTARTS = ["scratch that", "no wait", "let me start over", "sorry start again",
            "actually no", "hold on"]
ADDITIONS = ["oh and", "and also", "oh and also"]
FRAMES = ["okay so the command is {}", "can you type {} for me", "{} please",
          "please run {}", "I need {}", "let's do {}", "go ahead and run {}", "type out {}",
          "the next one is {}", "right so {}", "could you give me {}", "what I want is {}",
          "and then {} thanks", "just {}", "we need {} here", "alright {}",
          "the command should be {}", "so basically {}", "um {} I think", "I'd run {}"]
DESCRIBED = ["I want to {d}, so {c}", "to {d} it's {c}", "{c}, that's to {d}",
             "okay this one should {d}. {c}", "so to {d} I'd type {c}"]
SAID_ALSO: dict[tuple[str, ...], list[str]] = {
    ("dash", "dash"): ["double dash", "minus minus"], ("dash",): ["minus", "hyphen"],
    ("dot",): ["period", "point"], ("slash",): ["forward slash"],
    ("pipe",): ["vertical bar", "pipe symbol"], ("star",): ["asterisk"],
    ("dollar",): ["dollar sign"], ("at",): ["at sign"],
    ("equals",): ["equal sign", "equal", "equals sign"],
    ("quote",): ["double quote", "quotes", "quote mark"],
    ("hash",): ["pound sign", "hashtag", "pound"], ("tilde",): ["tilda", "squiggle"],
    ("underscore",): ["under score", "underscored"],
    ("all", "caps"): ["caps", "uppercase", "all cap", "all cats"],
    ("capital",): ["cap", "uppercase", "capital letter"],
    ("and", "and"): ["double ampersand", "ampersand ampersand"],
    ("greater", "than"): ["redirect", "greater than sign", "angle bracket"],
    ("open", "paren"): ["left paren", "open parenthesis"],
    ("close", "paren"): ["right paren", "close parenthesis"],
    ("backslash",): ["back slash"], ("single", "quote"): ["apostrophe", "single tick"],
    ("semicolon",): ["semi colon"], ("percent",): ["percent sign"],
    ("plus",): ["plus sign"], ("comma",): ["coma"],
    ("bang",): ["exclamation mark", "exclamation point"], ("question", "mark"): ["question"],
}
MISHEARD_AS = {  # what speech recognition writes for a word said alone
    "git": ["get"], "grep": ["grip", "grab"], "pip": ["peep", "pep"],
    "sudo": ["pseudo", "sue do"], "kubectl": ["cube control", "kube cuddle", "cube ctl"],
    "docker": ["doctor", "dock her"], "pytest": ["pie test"], "mkdir": ["make dir", "mk dir"],
    "wget": ["w get"], "rsync": ["our sync", "r sync"], "npm": ["n p m", "and p m"],
    "chmod": ["ch mod", "change mod"], "nginx": ["engine x"], "json": ["jason"],
    "yaml": ["yamel"], "ssh": ["s s h"], "sql": ["sequel"], "readme": ["read me"],
    "etc": ["e t c", "etcetera"], "venv": ["v env", "vent"], "regex": ["reg ex"],
    "github": ["get hub"], "localhost": ["local host"], "tmp": ["temp"], "usr": ["user"],
    "src": ["source"], "py": ["pie", "pi"], "ls": ["l s", "lss"], "cd": ["c d", "see d"],
    "rm": ["r m", "our m"], "sed": ["said"], "awk": ["auk"], "cp": ["c p", "copy"],
    "mv": ["m v", "move"], "tail": ["tale"], "config": ["con fig"],
    "a": ["hey"], "b": ["be"], "c": ["see"], "i": ["eye"], "l": ["el"], "m": ["em"],
    "n": ["en"], "o": ["oh"], "p": ["pea"], "r": ["are"], "s": ["ess"], "t": ["tea"],
    "u": ["you"], "v": ["vee"], "x": ["ex"], "y": ["why"],
}
WHISPER_GLUE = {"dot": ".", "dash": "-", "slash": "/"}
CASE_JOINS = {"kebab": ["dash"], "snake": ["underscore"], "camel": [], "pascal": []}
OTHER_WORDS = ["main", "develop", "test", "build", "src", "config", "data", "logs", "web",
               "api", "foo", "backup", "release", "staging", "prod", "home", "docs", "temp"]
OTHER_FLAGS = ["verbose", "force", "all", "quiet", "help", "dry run", "recursive", "output"]
OTHER_EXTS = ["txt", "md", "py", "log", "json", "yaml", "sh", "csv"]

VARIANTS = {**SAID_ALSO, **{(k,): v for k, v in MISHEARD_AS.items()}}


@dataclass(frozen=True)
class Habits:
    """One speaker's ways of saying things: their fillers, asides, correction and restart
    phrases, framing, and other words for protocol words and tool names. :data:`HOUSE` is
    the team's own; ``bash_authors`` adds other speakers."""

    fillers: list[str] = field(default_factory=lambda: FILLERS)
    asides: list[str] = field(default_factory=lambda: ASIDES)
    fixes: list[str] = field(default_factory=lambda: FIXES)
    restarts: list[str] = field(default_factory=lambda: RESTARTS)
    additions: list[str] = field(default_factory=lambda: ADDITIONS)
    frames: list[str] = field(default_factory=lambda: FRAMES)
    described: list[str] = field(default_factory=lambda: DESCRIBED)
    variants: dict[tuple[str, ...], list[str]] = field(default_factory=lambda: VARIANTS)


HOUSE = Habits()
Seq = list  # a dictation being built: units (lists of words) and (kind, words) inserts


def units_of(target: str) -> list[list[str]]:
    """The target's tokens: its words between "space"."""
    out: list[list[str]] = [[]]
    for w in target.split():
        if w == "space":
            out.append([])
        else:
            out[-1].append(w)
    return [u for u in out if u]


def render(seq: Seq, spaced: bool) -> str:
    """Words of a dictation: "space" between two units unless a correction came between
    them (the unit after it replaces the one before); inserts are said as they are."""
    out: list[str] = []
    pending = False
    for el in seq:
        if isinstance(el, tuple):
            pending = pending and el[0] != "fix"
            out.append(el[1])
        else:
            out += (["space"] if pending and spaced else []) + el
            pending = True
    return " ".join(out)


def _swap(words: list[str], rng: random.Random, rate: float,
          variants: dict[tuple[str, ...], list[str]] = VARIANTS) -> list[str]:
    """Each phrase in ``variants`` (longest first) said another way at ``rate``."""
    out, i = [], 0
    while i < len(words):
        n = next((n for n in (3, 2, 1) if tuple(words[i:i + n]) in variants), 1)
        key = tuple(words[i:i + n])
        out += rng.choice(variants[key]).split() if key in variants and rng.random() < rate \
            else key
        i += n
    return out


def _digits(words: list[str], rng: random.Random, rate: float) -> list[str]:
    """Runs of number words written as digits ("8000"), or read another way, at ``rate``."""
    out, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in NUMBER_WORDS:
            j += 1
        if j == i:
            out.append(words[i])
            j += 1
        elif rng.random() < rate:
            value = process(" ".join(words[i:j]))
            out += [value] if rng.random() < 0.7 else [DIGIT_NAMES[int(d)] for d in value]
        else:
            out += words[i:j]
        i = j
    return out


def _drop_spaces(words: list[str], command: str, rng: random.Random) -> list[str]:
    """Some "space" words left out, where the processor still reads the same command."""
    spaces = [i for i, w in enumerate(words) if w == "space"]
    for share in (rng.uniform(0.3, 1.0), 1.0):
        drop = {spaces[0]} | {i for i in spaces if rng.random() < share} if spaces else set()
        kept = [w for i, w in enumerate(words) if i not in drop]
        if process(" ".join(kept)) == command:
            return kept
    return words


def _uncased(words: list[str], rng: random.Random) -> list[str]:
    """A compound command name as people say it ("apt dash get", "capital v box"), not
    with the case word the target needs ("kebab case apt get"), most of the time."""
    if len(words) < 3 or words[1] != "case" or words[0] not in CASE_JOINS or \
            rng.random() < 0.15:
        return words
    end = words.index("space") if "space" in words else len(words)
    join, said = CASE_JOINS[words[0]], []
    for i, part in enumerate(words[2:end]):
        if join:
            said += (join if i else []) + [part]
        else:
            said += [part] if i == 0 and words[0] == "camel" else ["capital", part]
    return said + words[end:]


def _glue(words: list[str], rng: random.Random, rate: float) -> list[str]:
    """Whisper's own symbols: "config dot yaml" -> "config.yaml" between two plain words."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        plain = bool(out) and out[-1].isalnum() and out[-1] not in PROTOCOL and \
            i + 1 < len(words) and words[i + 1].isalnum() and words[i + 1] not in PROTOCOL
        if w in WHISPER_GLUE and plain and rng.random() < rate:
            out[-1] += WHISPER_GLUE[w] + words[i + 1]
            i += 2
        else:
            out.append(w)
            i += 1
    return out


def _whisper(text: str, rng: random.Random) -> str:
    """Casing and punctuation the way Whisper writes a sentence."""
    text = re.sub(r"(?<![\w-])i(?![\w-])", "I", text)
    text = re.sub(r"^(okay|so|um|uh|alright|right|hmm|well)\b", r"\1,", text)
    text = text[:1].upper() + text[1:]
    if re.match(r"(can|could|would) you", text, re.IGNORECASE):
        return text + "?"
    return text + ("." if rng.random() < 0.7 else "")


def _frame(text: str, rng: random.Random, description: str, habits: Habits = HOUSE) -> str:
    """Wrapped in what people say around a command, sometimes what it is for."""
    what = description[:1].lower() + description[1:].rstrip(".")
    if what and len(what) < 70 and rng.random() < 0.3:
        return rng.choice(habits.described).format(d=what, c=text)
    return rng.choice(habits.frames).format(text)


def _wrong(unit: list[str], rng: random.Random, head: bool = False) -> list[str]:
    """A plausible token the speaker did not mean, for them to correct (another command
    name for the ``head`` of the command)."""
    if head:
        cut = len(unit[0]) > 4 and rng.random() < 0.3
        return [unit[0][:3]] if cut else [rng.choice(sorted(COMMANDS - {unit[0], "sudo"}))]
    if any(w in NUMBER_WORDS for w in unit):
        return _other_number(unit, rng)
    if unit[:2] == ["dash", "dash"]:
        return ["dash", "dash", *rng.choice(OTHER_FLAGS).replace(" ", " dash ").split()]
    if unit[0] == "dash" and len(unit) == 2 and len(unit[1]) <= 2:
        return ["dash", rng.choice([c for c in "abcdefhilnopqrsuvx" if c != unit[1]])]
    if "dot" in unit[:-1] and rng.random() < 0.5:
        ext = rng.choice([e for e in OTHER_EXTS if e != unit[-1]])
        return unit[:-1] + [ext]
    plain = [i for i, w in enumerate(unit) if w not in PROTOCOL]
    if not plain:
        return [rng.choice(OTHER_WORDS)]
    i = rng.choice(plain)
    other = rng.choice([w for w in OTHER_WORDS if w != unit[i]])
    return unit[:i] + [other if len(unit[i]) < 5 or rng.random() < 0.6 else unit[i][:3]] + \
        unit[i + 1:]


def _other_number(unit: list[str], rng: random.Random) -> list[str]:
    """The unit with its first number said as another number."""
    i = next(i for i, w in enumerate(unit) if w in NUMBER_WORDS)
    j = i
    while j < len(unit) and unit[j] in NUMBER_WORDS:
        j += 1
    said = process(" ".join(unit[i:j]))
    other = str(rng.choice([n for n in range(1, 100) if str(n) != said]))
    return unit[:i] + say_number(other) + unit[j:]


def _corrected(units: list[list[str]], rng: random.Random, habits: Habits = HOUSE) -> Seq:
    """One token said wrong, then fixed ("origin main no wait origin develop")."""
    k = rng.randrange(len(units))
    restate = [units[k - 1]] if k and rng.random() < 0.4 else []
    return [*units[:k], _wrong(units[k], rng, k == 0), ("fix", rng.choice(habits.fixes)), *restate,
            *units[k:]]


def _restarted(units: list[list[str]], rng: random.Random, habits: Habits = HOUSE) -> Seq:
    """A false start abandoned, then the whole command."""
    j = rng.randint(1, min(3, len(units)))
    start = [*units[:j]]
    start[-1] = _wrong(start[-1], rng, j == 1)
    return [*start, ("fix", rng.choice(habits.restarts)), *units]


def _added(units: list[list[str]], rng: random.Random, habits: Habits = HOUSE) -> Seq:
    """The last flag remembered late ("docker ps oh and dash a")."""
    return [*units[:-1], ("add", rng.choice(habits.additions)), units[-1]]


def _aside(seq: Seq, rng: random.Random, choices: list[str]) -> Seq:
    """An aside or filler dropped in after a random element."""
    at = rng.randint(0, len(seq))
    return [*seq[:at], ("aside", rng.choice(choices)), *seq[at:]]


def _stutter(seq: Seq, rng: random.Random) -> Seq:
    """A plain word said twice ("git git status")."""
    spots = [i for i, el in enumerate(seq[:2]) if isinstance(el, list) and
             el[0] not in PROTOCOL and len(el[0]) > 2]
    if not spots:
        return seq
    i = rng.choice(spots)
    return [*seq[:i], ("aside", seq[i][0]), *seq[i:]]


def clean(target: str, command: str, rng: random.Random, description: str = "",
          habits: Habits = HOUSE) -> str:
    """The protocol words as spoken, now and then with a filler."""
    seq: Seq = units_of(target)
    if rng.random() < 0.3:
        seq = _aside(seq, rng, habits.fillers)
    return render(seq, spaced=True)


def fuzzy(target: str, command: str, rng: random.Random, description: str = "",
          habits: Habits = HOUSE) -> str:
    """Speech recognition slips and other ways to say the same: "minus" for "dash",
    digits, "period", homophones ("get" for git, "el" for l), some "space" words left out."""
    words = _uncased(target.split(), rng)
    if rng.random() < 0.5:
        words = _drop_spaces(words, command, rng)
    for rate in (0.35, 1.0):
        out = _digits(_swap(words, rng, rate, habits.variants), rng, rate / 2)
        if out != target.split():
            return " ".join(out)
    return " ".join(out)


def natural(target: str, command: str, rng: random.Random, description: str = "",
            habits: Habits = HOUSE) -> str:
    """How a person dictates it to Whisper: no "space" words mostly, framing around it,
    digits, Whisper's casing and punctuation and its own dots and dashes."""
    words = render(units_of(" ".join(_uncased(target.split(), rng))),
                   spaced=rng.random() < 0.2).split()
    words = _glue(_digits(_swap(words, rng, 0.1, habits.variants), rng, 0.6), rng, 0.35)
    text = _frame(" ".join(words), rng, description, habits)
    return _whisper(text, rng) if rng.random() < 0.8 else text


def chaotic(target: str, command: str, rng: random.Random, description: str = "",
            habits: Habits = HOUSE) -> str:
    """Thinking aloud: a token corrected or the command restarted, an afterthought, asides,
    a stutter; what a correction replaces is gone from the target."""
    units = units_of(" ".join(_uncased(target.split(), rng)))
    late = len(units) >= 3 and units[-1][0] == "dash" and len(units[-1]) <= 3
    roll = rng.random()
    seq = _added(units, rng, habits) if late and roll < 0.15 else (
        _restarted(units, rng, habits) if roll < 0.4 else _corrected(units, rng, habits))
    if rng.random() < 0.5:
        seq = _aside(seq, rng, habits.asides)
    if rng.random() < 0.25:
        seq = _stutter(seq, rng)
    words = _digits(_swap(render(seq, spaced=rng.random() < 0.35).split(), rng, 0.1,
                          habits.variants), rng, 0.3)
    text = " ".join(words)
    if rng.random() < 0.3:
        text = _frame(text, rng, description, habits)
    return _whisper(text, rng) if rng.random() < 0.5 else text


STYLE_FNS: dict[str, Callable[..., str]] = {
    "clean": clean, "fuzzy": fuzzy, "natural": natural, "chaotic": chaotic}


def dictate(target: str, command: str, style: str, seed: int | str = 0,
            description: str = "", habits: Habits = HOUSE) -> str:
    """What a person might say for ``target`` in ``style``; the same for the same seed."""
    rng = random.Random(f"{seed}:{style}:{command}")
    return STYLE_FNS[style](target, command, rng, description, habits)


# ---------------------------------------------------------------- splits


def spoken(rows: list[dict]) -> tuple[list[dict], dict]:
    """Corpus rows with their protocol words (``target``), those that round-trip only,
    and the round-trip count."""
    out = [{**r, "target": t} for r in rows if (t := speak_checked(r["command"]))]
    return out, {"commands": len(rows), "round_trip": len(out),
                 "rate": round(len(out) / max(len(rows), 1), 4)}


def examples(rows: list[dict], n: int, seed: int | str) -> list[dict]:
    """``n`` examples, a quarter per style, each style on different commands where there
    are enough (style ``s`` takes rows s, s+4, s+8, ...)."""
    per_style = n // len(STYLES)
    out = []
    for j in range(per_style):
        for s, style in enumerate(STYLES):
            row = rows[(j * len(STYLES) + s) % len(rows)]
            said = dictate(row["target"], row["command"], style, seed, row["description"])
            out.append({"input": said, "target": row["target"], "command": row["command"],
                        "slice": style})
    return out


def tool_of(command: str) -> str:
    """The command family: the first word, or the one after ``sudo``."""
    words = command.split()
    if words[:1] == ["sudo"] and len(words) > 1:
        words = words[1:]
    return words[0] if words else ""


def build(rows: list[dict], seed: int = 0, n_train: int = 5000,
          n_eval: int = 400) -> tuple[dict[str, list[dict]], dict]:
    """Train and eval examples from corpus rows, split by command; a ``family`` split of
    commands whose tool (:func:`tool_of`) is in neither (a family never trained on, nor
    tuned on); and the round-trip stats."""
    ok, stats = spoken(rows)
    ok = sorted({r["command"]: r for r in ok}.values(), key=lambda r: r["command"])
    random.Random(seed).shuffle(ok)
    held = ok[:n_eval]
    splits = {"train": examples(ok[n_eval:], n_train, seed), "eval": examples(held, n_eval, seed)}
    seen = {tool_of(e["command"]) for rows_ in splits.values() for e in rows_}
    family = [r for r in ok if tool_of(r["command"]) not in seen]
    splits["family"] = examples(family, min(n_eval, len(family) // 4 * 4), seed)
    return splits, stats


def counts(rows: list[dict]) -> dict[str, int]:
    """Examples per slice, and in all."""
    by = Counter(e["slice"] for e in rows)
    return {**{s: by[s] for s in STYLES if by[s]}, "total": len(rows)}


def load_corpus(path: str | Path) -> list[dict]:
    return read_jsonl(Path(path))


def rules_baseline(rows: list[dict]) -> dict[str, dict]:
    """Exact match of the rule pipeline alone (no gate, no LLM) on each slice: the score a
    trained normalizer has to beat."""
    from app.specialists.bash.pipeline import BashPipeline

    pipeline = BashPipeline()
    hits: Counter = Counter()
    for e in rows:
        hits[e["slice"], "n"] += 1
        got = pipeline.run(e["input"], use_llm=False).output
        hits[e["slice"], "exact"] += got == e["command"]
    slices = sorted({s for s, _ in hits}, key=lambda s: (STYLES + (s,)).index(s))
    out = {s: {"n": hits[s, "n"], "exact": round(hits[s, "exact"] / hits[s, "n"], 4)}
           for s in slices}
    n = sum(v["n"] for v in out.values())
    out["all"] = {"n": n, "exact": round(sum(hits[s, "exact"] for s in slices) / max(n, 1), 4)}
    return out
