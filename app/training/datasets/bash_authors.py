"""Other speakers for the bash normalizer's data: the same commands dictated with speech
habits the team's generator (:mod:`bash`) never uses.

A normalizer trained on one author's habits learns that author (issue 13: the team's
generator scores 85% on its own eval and 20% on another author's). Each :class:`Author` here
has its own fillers, correction and restart phrases, framing and words for symbols, and
some of: tool names said in parts ("ppm cie", "system control", "L S B L K"), sound-alike
slips, numbers grouped as people read them ("eighty eighty", "four oh four"), quotes said
as "quote … unquote", symbols written by the recognizer ("--force", "*.txt"), pauses
written as commas, "develop, not main" corrections. The target is always the same clean
protocol words, so the model learns to undo the habit, not the author.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from app.training.datasets import bash
from app.training.datasets.bash import STYLES, Habits

# Symbol words as other people say them (each key is protocol words of the target).
SAID_OTHERWISE: dict[tuple[str, ...], list[str]] = {
    ("dash", "dash"): ["hyphen hyphen", "double hyphen", "two dashes", "minus minus"],
    ("dash",): ["minus", "hyphen", "dash"], ("dot",): ["full stop", "point", "period"],
    ("slash",): ["forward slash", "stroke", "slash"], ("star",): ["asterisk", "wildcard"],
    ("pipe",): ["bar", "vertical bar", "pipe into", "pipe symbol"],
    ("underscore",): ["underline", "under score", "low dash"],
    ("greater", "than"): ["right angle bracket", "greater than sign", "redirect to"],
    ("less", "than"): ["left angle bracket", "less than sign"],
    ("and", "and"): ["double ampersand", "ampersand ampersand", "double and"],
    ("open", "bracket"): ["left bracket", "open square bracket", "left square bracket"],
    ("close", "bracket"): ["right bracket", "close square bracket", "right square bracket"],
    ("open", "brace"): ["left brace", "open curly", "open curly brace", "left curly"],
    ("close", "brace"): ["right brace", "close curly", "close curly brace", "right curly"],
    ("open", "paren"): ["open parenthesis", "left paren", "left parenthesis"],
    ("close", "paren"): ["close parenthesis", "right paren", "right parenthesis"],
    ("dollar",): ["dollar sign", "dollar"], ("at",): ["at sign", "at symbol"],
    ("hash",): ["hash sign", "number sign", "pound sign", "hashtag"],
    ("equals",): ["equal sign", "equals sign", "equal"], ("tilde",): ["tilda", "squiggle"],
    ("capital",): ["cap", "uppercase", "capital letter", "big"],
    ("all", "caps"): ["uppercase", "all capitals", "in caps", "caps"],
    ("backslash",): ["back slash", "backward slash"], ("semicolon",): ["semi colon"],
    ("bang",): ["exclamation mark", "exclamation point"],
    ("percent",): ["percent sign", "per cent"], ("plus",): ["plus sign"],
    ("backtick",): ["back tick", "backquote"], ("single", "quote"): ["apostrophe", "tick"],
    ("colon",): ["colon symbol", "colon"], ("comma",): ["comma"],
}
# What a recognizer writes for a word (input side only).
SOUNDS_LIKE: dict[str, list[str]] = {
    "git": ["get", "kit"], "grep": ["grip", "grape"], "sed": ["said", "set"],
    "awk": ["ok", "auk", "hawk"], "vim": ["vin", "them"], "cat": ["kat", "cut"],
    "du": ["do", "due"], "curl": ["carl", "curls"], "apt": ["app", "apped"],
    "tee": ["tea", "t"], "less": ["lez", "les"], "sudo": ["pseudo", "sudu", "suda"],
    "ssh": ["SSH", "s s h"], "pip": ["pipp", "pep"], "npm": ["NPM", "n p m"],
    "tar": ["tarr", "tahr"], "yarn": ["yawn"], "make": ["mike"], "mv": ["move", "MV"],
    "cp": ["copy", "CP"], "rm": ["arm", "RM"], "ls": ["LS", "else"], "cd": ["CD", "see dee"],
    "docker": ["doctor", "docket"], "brew": ["bro", "brew"], "yum": ["yam"],
    "two": ["to", "too"], "four": ["for"], "eight": ["ate"], "main": ["Maine", "mane"],
    "dash": ["-", "dosh"], "dot": [".", "dog"], "slash": ["/", "flash"],
    "space": ["spaces", "base"], "tilde": ["tilder", "tilda"], "pipe": ["type", "pipes"],
    "config": ["conflict"], "json": ["jason", "JSON"], "yaml": ["yamel", "camel"],
    "src": ["source"], "tmp": ["temp"], "etc": ["etcetera", "et cetera"],
    "usr": ["user"], "bin": ["been"], "dev": ["death"], "var": ["bar", "far"],
    "lib": ["lip"], "log": ["lock"], "logs": ["locks"],
}
# Pieces of tool names, for saying a name in parts ("ppm cie", "system ctl").
PIECES = sorted("""ppm pgm pbm pnm pdf png jpg gif svg txt md ps eps tex to 2 ctl cli fs db
  sh bash zsh fish ssh scp ftp http url net ip dns host name user group pass word key gen
  sign add rm mk del dir file files info stat top tool tools util utils make build conf
  config cfg set get put list ls view edit load dump man admin server client daemon sync
  diff patch find grep sed cat log logs mon watch check test run exec shell term screen
  audio video image img pic font text xml json yaml html css js py rb go rs java node npm
  pip git hub lab docker pod kube compose cert tls ssl crypt hash sum zip tar gz xz bz
  lz unzip split join sort count char line word up down pack unpack mount disk part
  boot sys system kernel mod proc mem cpu gpu net work wifi blue tooth pulse alsa x win
  desktop open close new old pkg package source src doc docs help""".split(),
                key=len, reverse=True)
SAID_PIECE = {"ctl": ["control", "C T L", "cuttle"], "2": ["to", "two"], "fs": ["F S"],
              "db": ["D B"], "cli": ["C L I", "CLI"], "pkg": ["package", "P K G"]}
DIGIT = {w: i for i, w in enumerate(bash.DIGIT_NAMES)}
TEENS_TENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TENS_SAID = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
             "ninety"]
_VOWELS = set("aeiouy")


@dataclass(frozen=True)
class Author:
    """A speaker: :class:`Habits` for the generator plus how often each other habit shows."""

    name: str
    habits: Habits
    parts: float = 0.0       # tool name said in parts or letter by letter
    sounds: float = 0.0      # per-word rate of a sound-alike
    symbols: float = 0.0     # recognizer writes symbols ("--force", "*.txt")
    pauses: float = 0.0      # commas between tokens
    numbers: float = 0.0     # digits read in groups, "oh" for zero, "double"
    quotes: float = 0.0      # "quote ... unquote"
    negated: float = 0.0     # chaotic: "develop, not main"
    tool_case: float = 0.0   # the tool's name capitalised like a sentence's first word


def _habits(**kw: list[str]) -> Habits:
    variants = {**bash.VARIANTS, **SAID_OTHERWISE}
    return Habits(variants=variants, **kw)


AUTHORS = [
    Author("formal", _habits(
        fillers=["er", "erm", "right", "now"],
        asides=["let me see", "if I remember right", "bear with me", "erm", "how do you say",
                "one moment"],
        fixes=["correction", "I meant", "sorry, I meant", "rather", "let me correct that",
               "pardon", "that should be", "strike that"],
        restarts=["strike that", "let me start again", "from the top", "cancel that",
                  "disregard that", "I'll start over"],
        additions=["and also", "additionally", "plus"],
        frames=["the command is {}", "please enter {}", "execute {}", "I would like {}",
                "kindly run {}", "the following: {}", "{}, please", "enter the command {}",
                "next, {}", "command: {}", "I require {}", "write {}"],
        described=["in order to {d}, the command is {c}", "{c}, which will {d}",
                   "to {d}: {c}", "I need to {d}. The command is {c}"]),
        parts=0.2, sounds=0.03, symbols=0.05, pauses=0.3, numbers=0.3, quotes=0.5,
        negated=0.2, tool_case=0.5),
    Author("casual", _habits(
        fillers=["like", "uh", "um", "yeah", "ok"],
        asides=["like", "you know", "uh hold on", "what was it", "lemme think", "ugh",
                "dang", "oh boy"],
        fixes=["oops", "my bad", "nope", "nah", "whoops", "I meant", "wrong one",
               "not that", "hmm no", "no sorry"],
        restarts=["nah start over", "ugh again", "forget that", "never mind", "redo",
                  "let me try again", "ok again", "wait wait"],
        additions=["oh yeah and", "plus", "also"],
        frames=["gimme {}", "I wanna run {}", "lemme do {}", "how about {}", "try {}",
                "{} real quick", "do {}", "hit {}", "yo {}", "{} and hit enter",
                "ok so {}", "{} I guess", "maybe {}", "pop in {}", "throw in {}"],
        described=["gotta {d}, so {c}", "{c} to {d}", "wanna {d}, {c}",
                   "ok so I'm trying to {d}, {c}"]),
        parts=0.3, sounds=0.06, symbols=0.15, pauses=0.1, numbers=0.4, quotes=0.3,
        negated=0.3, tool_case=0.2),
    Author("terse", _habits(
        fillers=["mm", "ok"], asides=["mm", "hm", "er"],
        fixes=["no", "wrong", "not that", "change that to", "make it", "instead"],
        restarts=["again", "restart", "reset", "clear that", "delete that"],
        additions=["and", "add"],
        frames=["{}", "{}", "{}", "run {}", "type {}", "{} enter", "cmd {}", "{} go"],
        described=["{d}: {c}", "{c} ({d})"]),
        parts=0.35, sounds=0.04, symbols=0.35, pauses=0.05, numbers=0.3, quotes=0.2,
        negated=0.35, tool_case=0.1),
    Author("whisper", _habits(
        frames=["So {}", "{}", "Okay, {}", "Let's run {}", "Next is {}", "And {}",
                "Run {}", "Then {}", "Now {}"],
        fixes=["sorry", "I mean", "no, wait", "actually", "no, no", "oh, I mean"],
        restarts=["Sorry, let me start over", "Scratch that", "No, start again",
                  "Hold on, again"]),
        parts=0.25, sounds=0.08, symbols=0.4, pauses=0.4, numbers=0.5, quotes=0.3,
        negated=0.2, tool_case=0.6),
]


def split_name(name: str) -> list[str] | None:
    """A tool name in parts a person might say ("ppmcie" -> ppm cie), or None."""
    out, i = [], 0
    while i < len(name):
        piece = next((p for p in PIECES if name.startswith(p, i)), None)
        if piece is None:
            j = i + 1
            while j < len(name) and not any(name.startswith(p, j) for p in PIECES):
                j += 1
            piece = name[i:j]
        out.append(piece)
        i += len(piece)
    return out if len(out) >= 2 and all(len(p) >= 2 for p in out) else None


def say_in_parts(name: str, rng: random.Random) -> str:
    """``name`` as said in parts, or letter by letter when it has (almost) no vowels."""
    if name.isalpha() and 2 <= len(name) <= 6 and sum(c in _VOWELS for c in name) <= 1:
        letters = list(name.upper() if rng.random() < 0.6 else name)
        return " ".join(letters)
    parts = split_name(name.lower())
    if not parts:
        return name
    return " ".join(rng.choice(SAID_PIECE[p]) if p in SAID_PIECE and rng.random() < 0.7
                    else p for p in parts)


def _grouped(digits: list[int], rng: random.Random) -> list[str]:
    """Digits said as people read them: "eighty eighty", "four oh four", "double seven"."""
    if len(digits) == 4 and digits[0] and digits[2] and rng.random() < 0.6:
        return _two(digits[0], digits[1]) + _two(digits[2], digits[3])
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.4:
            out += ["double", bash.DIGIT_NAMES[d]]
            i += 2
            continue
        out.append("oh" if d == 0 and i and rng.random() < 0.7 else bash.DIGIT_NAMES[d])
        i += 1
    return out


def _two(a: int, b: int) -> list[str]:
    if a == 1:
        return [TEENS_TENS[b]]
    return [TENS_SAID[a]] + ([bash.DIGIT_NAMES[b]] if b else [])


def regroup_numbers(words: list[str], rng: random.Random) -> list[str]:
    """Runs of two or more digit names said in groups."""
    out, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in DIGIT:
            j += 1
        if j - i >= 2:
            out += _grouped([DIGIT[w] for w in words[i:j]], rng)
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


_WRITTEN = [  # what a recognizer writes for spoken symbols between plain words
    (re.compile(r"\b(?:dash|minus|hyphen) (?:dash|minus|hyphen) (?=[a-z])"), "--"),
    (re.compile(r"(?<![\w-])(?:dash|minus|hyphen) (?=[a-zA-Z]\b)"), "-"),
    (re.compile(r"\bstar (?:dot|period) (?=[a-z])"), "*."),
    (re.compile(r"\btilde slash "), "~/"),
    (re.compile(r"\bdot slash "), "./"),
    (re.compile(r"\b(?:pipe|vertical bar)\b"), "|"),
    (re.compile(r"\bgreater than\b"), ">"),
    (re.compile(r"(?<=\w) equals (?=\w)"), "="),
    (re.compile(r"(?<=\w) slash (?=\w)"), "/"),
]


def write_symbols(text: str, rng: random.Random) -> str:
    """Some spoken symbols written as the recognizer would."""
    for pattern, symbol in _WRITTEN:
        if rng.random() < 0.6:
            text = pattern.sub(symbol, text)
    return text


def quote_unquote(words: list[str]) -> list[str]:
    """Pairs of "quote" said as "quote ... unquote" (or "end quote")."""
    out, opened = [], False
    for w in words:
        if w == "quote":
            w = ("unquote" if len(out) % 2 else "end quote") if opened else "quote"
            opened = not opened
        out.append(w)
    return " ".join(out).split()


def negated(target: str, rng: random.Random) -> str:
    """A token said right, then the wrong one denied after it ("develop, not main")."""
    units = bash.units_of(" ".join(bash._uncased(target.split(), rng)))
    if len(units) < 2:
        return bash.render(units, spaced=True)
    k = rng.randrange(1, len(units))
    wrong = " ".join(bash._wrong(units[k], rng))
    deny = rng.choice(["not", "not", "and not", "rather than"])
    seq = [*units[:k + 1], ("aside", f"{deny} {wrong},"), *units[k + 1:]]
    return bash.render(seq, spaced=rng.random() < 0.5)


def _tool_index(words: list[str], tool: str) -> int | None:
    return next((i for i, w in enumerate(words[:8]) if w.lower().strip(",.") == tool), None)


def dictate_as(author: Author, row: dict, style: str, seed: int | str) -> str:
    """What ``author`` might say for a corpus row (with ``target``) in ``style``."""
    rng = random.Random(f"{seed}:{author.name}:{style}:{row['command']}")
    target, command = row["target"], row["command"]
    if style == "chaotic" and rng.random() < author.negated:
        text = negated(target, rng)
    else:
        text = bash.dictate(target, command, style, f"{seed}:{author.name}",
                            row.get("description", ""), author.habits)
    light = 0.4 if style == "clean" else 1.0
    words = text.split()
    if rng.random() < author.quotes * light:
        words = quote_unquote(words)
    if rng.random() < author.numbers * light:
        words = regroup_numbers(words, rng)
    tool = bash.tool_of(command)
    at = _tool_index(words, tool)
    if at is not None and tool.isalnum() and rng.random() < author.parts * light:
        words[at] = say_in_parts(tool, rng)
    words = [rng.choice(SOUNDS_LIKE[w]) if w in SOUNDS_LIKE and
             rng.random() < author.sounds * light else w for w in " ".join(words).split()]
    if rng.random() < author.pauses * light:
        words = [w + "," if w not in ("space",) and rng.random() < 0.15 and i + 1 < len(words)
                 else w for i, w in enumerate(words)]
    text = " ".join(words)
    if style != "clean" and rng.random() < author.symbols:
        text = write_symbols(text, rng)
    at = _tool_index(text.split(), tool)
    if at == 0 and rng.random() < author.tool_case:
        text = text[:1].upper() + text[1:]
    return text


def examples(rows: list[dict], n: int, seed: int | str = 0) -> list[dict]:
    """``n`` examples over ``rows`` (with ``target``), styles and authors taken in turn."""
    out = []
    for j in range(n):
        row = rows[j % len(rows)]
        style = STYLES[j % len(STYLES)]
        author = AUTHORS[(j // len(STYLES)) % len(AUTHORS)]
        out.append({"input": dictate_as(author, row, style, seed), "target": row["target"],
                    "command": row["command"], "slice": style, "author": author.name})
    return out


__all__ = ["AUTHORS", "Author", "dictate_as", "examples", "say_in_parts", "split_name"]
