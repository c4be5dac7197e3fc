r"""Twenty-ninth author: Joy, a technical-support agent in Manila, dictating bash commands.

Writes assets/training/bash/author29.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic, each {"input", "command", "slice", "author": "author29"}.
Run: cd /work/main && python3 tests/bench/twentyninth_author.py (deterministic, stdlib only).

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0) through the project's train.jsonl (0-based
line number % 11 == 1, each command once, one tool at most twice) and corpus.jsonl.

Persona
-------
Joy works a night-shift helpdesk in Manila. She reads a command over the phone to a customer
who types it, then dictates the same command into the ticket with a dictation app. Filipino
English, polite and procedural: "Okay ma'am, please type ...", "then press enter", "po",
"is that okay?", "did you get that?". She confirms single letters with as-in words (NATO
"s as in Sierra" or her own "b as in boy") and reads numbers one digit at a time.

Vocabulary (all slices)
-----------------------
  space                        the gap between two words of the command (protocol only)
  dash, hyphen, minus          -          double dash     --
  dot, period, point           .          slash, forward slash   /
  backslash, back slash        \          underscore, under score  _
  at sign, at                  @          colon :     semicolon, semi colon ;
  pipe, vertical bar, vertical line |     asterisk, star *      tilde ~
  open quote, close quote, quote, double quote            "
  open single quote, close single quote, single quote, apostrophe   '
  greater than (sign) >    less than (sign) <    equals, equal(s) sign =    plus (sign) +
  comma ,    hash, number sign #    dollar (sign) $    percent (sign) %    ampersand &
  caret ^    exclamation point/mark !    question mark ?    open/close paren(thesis) ( )
  open/close bracket [ ]    open/close (curly) brace { }    backtick `
  zero ... nine      one digit each; "one two seven" is 127
  capital x          the next letter or word starts upper case: "capital v capital box" VBox
  all caps word      the next word in upper case: "all caps head" HEAD
  small letter x / letter x / just the letter x      the lower-case letter x
  x as in Xray       confirms the letter just said (the word starts with it), adds nothing
  the word w         w itself even if it is a vocabulary word: "the word dash" is dash
Letters are lower case unless "capital" or "all caps" is said; Whisper's own capitals in
protocol speech, and on a lone letter in natural speech, mean nothing.

Clean and fuzzy: protocol speech
--------------------------------
Every character is said: words as words, symbols by name, "space" exactly where the command
has a space, digits as words, case announced. Everything between two "space"s is glued
together ("archive dot pnm" is archive.pnm, "system ctl" is systemctl).
  clean:  only Joy's usual names (dash, dot, slash, open quote ...), no punctuation, e.g.
          "tlmgr space dash dash all"
  fuzzy:  looser synonyms (minus, hyphen, period, point, forward slash, star, double dash,
          equal sign ...) plus Whisper slips: first word capitalised, a final full stop,
          commas after some "space"s, some digits written as numerals ("100" or "1 0 0"),
          a long name split in two ("system ctl").

Natural: how Joy really says it
-------------------------------
"space" is never said. The command always follows an opener cue and ends at a closer cue or
at the end of its sentence:
  openers: please/kindly type (this), please/kindly key in, please/kindly enter, just type,
           type in, (the) (next) command (is), advised/asked/instructed (the customer) to
           run/type, had the customer run/type.
  closers: (and/then/and then/after that) press/hit enter, is that okay, did you get that,
           after that, that's all, that's it, per my instruction; or a sentence end
           (. ? ! followed by a space or the end of the line).
Framing (why, politeness, ticket notes, a re-read of the tricky part) lies outside the span.
Inside the span, separate words are separate command words, Whisper's text is kept as written
("-la", "/etc/hosts", "config.yaml", "10.0.0.5"), a comma after a word is only a pause, and
spoken symbols glue to their neighbours:
  to both sides:   hyphen, dot, slash, backslash, underscore, at sign, colon, equals, caret,
                   asterisk, comma, ampersand, exclamation point, question mark, backtick
  to the right:    dash, minus, double dash, tilde, plus, hash, dollar, percent,
                   open quote, open single quote, open paren, open bracket, open brace
  to the left:     close quote, close single quote, close paren, close bracket, close brace,
                   semicolon
  stand alone:     pipe, greater than, less than
"quote" / "single quote" alone open when the command so far has an even number of that quote
character, else close. Digit words glue to each other ("eight zero eight zero" is 8080).
So "dash dash no hyphen legend" is --no-legend and "tilde slash notes dot txt" ~/notes.txt.
Whisper capitalises the first word when the command starts a sentence ("Tlmgr restore"): a
first word capitalised only on its first letter is read in lower case.

Chaotic: Joy's own disfluencies (every line has a correction or a restart)
-------------------------------------------------------------------------
  "sorry po", "sorry ma'am", "sorry sir", "I mean"  replace the last command word: in natural
          speech the last space-separated word (a whole flag or path), in protocol speech
          everything since the last "space". Joy always re-says that whole word; two markers
          in a row count once.
  "let me repeat", "scratch that", "let me start again"   throw away everything before; the
          command is read again from the start (with or without a new opener).
  fillers "uh", "um", "uhm", "ah", "ahm", "ano", "er" mean nothing.
  asides "wait lang po", "one moment po", "hold on po", "just a second po", "let me check my
          notes po", "sorry, my headset is acting up", "the system is a bit slow today" are
          dropped with their commas.
  trailing thoughts come after the closer or the sentence end and are not part of it.

Listener (decode)
-----------------
 1. Drop asides. 2. Keep only the text after the last restart marker. 3. Start after the first
 opener cue if there is one. 4. Cut at the first closer cue, drop leading punctuation and
 leading "ma'am / sir / po / okay / so / again", cut at the first sentence end. 5. Protocol
 speech if "space" is said or there was neither opener nor restart; natural speech otherwise.
 6. Read the words with the vocabulary (longest phrase first), drop fillers, apply corrections,
 then glue: protocol joins everything and "space" separates; natural uses the glue table.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
TRAIN = DATA / "train.jsonl"
CORPUS = DATA / "corpus.jsonl"
OUT = DATA / "author29.jsonl"
AUTHOR = "author29"
PER_SLICE = 100

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
BOTH, RIGHT, LEFT, ALONE = (True, True), (False, True), (True, False), (False, False)

# spoken symbol -> (characters, glue in natural speech); glue None toggles open/close
SYMBOLS: dict[str, tuple[str, tuple[bool, bool] | None]] = {
    "dash": ("-", RIGHT),
    "minus": ("-", RIGHT),
    "double dash": ("--", RIGHT),
    "hyphen": ("-", BOTH),
    "dot": (".", BOTH),
    "period": (".", BOTH),
    "point": (".", BOTH),
    "slash": ("/", BOTH),
    "forward slash": ("/", BOTH),
    "backslash": ("\\", BOTH),
    "back slash": ("\\", BOTH),
    "underscore": ("_", BOTH),
    "under score": ("_", BOTH),
    "at sign": ("@", BOTH),
    "at": ("@", BOTH),
    "colon": (":", BOTH),
    "semicolon": (";", LEFT),
    "semi colon": (";", LEFT),
    "pipe": ("|", ALONE),
    "vertical bar": ("|", ALONE),
    "vertical line": ("|", ALONE),
    "asterisk": ("*", BOTH),
    "star": ("*", BOTH),
    "tilde": ("~", RIGHT),
    "open quote": ('"', RIGHT),
    "close quote": ('"', LEFT),
    "quote": ('"', None),
    "double quote": ('"', None),
    "open single quote": ("'", RIGHT),
    "close single quote": ("'", LEFT),
    "single quote": ("'", None),
    "apostrophe": ("'", None),
    "greater than": (">", ALONE),
    "greater than sign": (">", ALONE),
    "less than": ("<", ALONE),
    "less than sign": ("<", ALONE),
    "equals": ("=", BOTH),
    "equal sign": ("=", BOTH),
    "equals sign": ("=", BOTH),
    "plus": ("+", RIGHT),
    "plus sign": ("+", RIGHT),
    "comma": (",", BOTH),
    "hash": ("#", RIGHT),
    "number sign": ("#", RIGHT),
    "dollar": ("$", RIGHT),
    "dollar sign": ("$", RIGHT),
    "percent": ("%", RIGHT),
    "percent sign": ("%", RIGHT),
    "ampersand": ("&", BOTH),
    "caret": ("^", BOTH),
    "exclamation point": ("!", BOTH),
    "exclamation mark": ("!", BOTH),
    "question mark": ("?", BOTH),
    "open paren": ("(", RIGHT),
    "open parenthesis": ("(", RIGHT),
    "close paren": (")", LEFT),
    "close parenthesis": (")", LEFT),
    "open bracket": ("[", RIGHT),
    "close bracket": ("]", LEFT),
    "open brace": ("{", RIGHT),
    "open curly brace": ("{", RIGHT),
    "close brace": ("}", LEFT),
    "close curly brace": ("}", LEFT),
    "backtick": ("`", BOTH),
}
FILLERS = ("uh", "um", "uhm", "ah", "ahm", "ano", "er")
MARKS = ("sorry po", "sorry ma'am", "sorry sir", "i mean")
ASIDES = (
    "wait lang po",
    "one moment po",
    "hold on po",
    "just a second po",
    "let me check my notes po",
    "sorry, my headset is acting up",
    "the system is a bit slow today",
)


def _phrase_table() -> dict[tuple[str, ...], tuple]:
    table: dict[tuple[str, ...], tuple] = {}
    for name, (chars, glue) in SYMBOLS.items():
        table[tuple(name.split())] = ("sym", chars, glue)
    for value, word in enumerate(DIGITS):
        table[(word,)] = ("digit", str(value))
    table[("space",)] = ("space",)
    for mark in MARKS:
        table[tuple(mark.split())] = ("mark",)
    for filler in FILLERS:
        table[(filler,)] = ("filler",)
    for phrase in ("capital", "capital letter"):
        table[tuple(phrase.split())] = ("case", "cap")
    for phrase in ("all caps", "all capital", "all capitals"):
        table[tuple(phrase.split())] = ("case", "upper")
    table[("small", "letter")] = ("case", "lower")
    for phrase in ("letter", "the letter", "just the letter", "the word"):
        table[tuple(phrase.split())] = ("take",)
    table[("as", "in")] = ("asin",)
    return table


PHRASES = _phrase_table()
RESERVED = {key[0] for key in PHRASES if len(key) == 1} | {"as", "the", "just", "small", "all"}

OPENER_RE = re.compile(
    r"\b(?:please|kindly) (?:type|key in|enter)(?: this| the following)?\b"
    r"|\bjust type\b|\btype in\b"
    r"|\b(?:the )?next command(?: is)?\b|\bthe command is\b"
    r"|\b(?:advised|asked|instructed)(?: the)?(?: customer)? to (?:run|type)\b"
    r"|\bhad the customer (?:run|type)\b",
    re.I,
)
CLOSER_RE = re.compile(
    r"\b(?:(?:and then|and|then|after that)[\s,]+)?(?:press|hit) enter\b"
    r"|\bis that okay\b|\bdid you get that\b|\bafter that\b|\bthat's (?:all|it)\b"
    r"|\bper my instruction\b",
    re.I,
)
RESTART_RE = re.compile(r"\b(?:let me repeat|scratch that|let me start again)\b", re.I)
ASIDE_RE = re.compile(r"(?:,\s*)?\b(?:" + "|".join(re.escape(a) for a in ASIDES) + r")\b,?", re.I)
LEAD_RE = re.compile(r"^(?:[\s,.:;!?]+|(?:ma'am|sir|po|okay|so|again)\b)+", re.I)
END_RE = re.compile(r"[.?!]+(?=\s|$)")
SEG_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|.")


def _norm(word: str) -> str:
    return word.lower().strip(",.;:!?\"'()")


# ---------------------------------------------------------------------------- listener


def _parse(words: list[str], natural: bool) -> list[tuple]:
    norms = [_norm(w) for w in words]
    items: list[tuple] = []
    case = None
    i = 0
    while i < len(words):
        hit, size = None, 1
        for size in (4, 3, 2, 1):
            key = tuple(norms[i : i + size])
            if len(key) == size and key in PHRASES:
                hit = PHRASES[key]
                break
        kind = hit[0] if hit else "lit"
        if hit is None:
            size = 1
        if kind == "filler":
            i += size
            continue
        if kind == "case":
            case = hit[1]
            i += size
            continue
        if kind == "asin":
            prev = items[-1] if items else None
            if (
                prev
                and prev[0] == "lit"
                and len(prev[1]) == 1
                and i + 2 < len(words)
                and norms[i + 2][:1] == prev[1].lower()
            ):
                i += 3
                continue
            kind, size = "lit", 1
        if kind == "take":
            i += size
            if i >= len(words):
                break
            kind, size = "lit", 1
        if kind == "lit":
            text = words[i].rstrip(",") if natural else norms[i]
            if text:
                if case == "cap":
                    text = text[0].upper() + text[1:]
                elif case == "upper":
                    text = text.upper()
                elif case == "lower" or (natural and len(text) == 1 and text.isalpha()):
                    text = text.lower()
                items.append(("lit", text, case is None))
            case = None
        elif kind == "sym":
            items.append(("sym", hit[1], hit[2]))
        elif kind == "digit":
            items.append(("digit", hit[1]))
        else:
            items.append((kind,))
        i += size
    return items


def _join_protocol(items: list[tuple]) -> str:
    chunks = [""]
    last_mark = False
    for item in items:
        if item[0] == "mark":
            if not last_mark:
                if chunks[-1]:
                    chunks[-1] = ""
                elif len(chunks) > 1:
                    chunks.pop()
                    chunks[-1] = ""
            last_mark = True
            continue
        last_mark = False
        if item[0] == "space":
            chunks.append("")
        else:
            chunks[-1] += item[1]
    return " ".join(chunks)


def _join_natural(items: list[tuple]) -> str:
    chunks: list[str] = []
    prev_right = prev_digit = False
    fresh, first, last_mark = True, True, False
    for item in items:
        if item[0] == "mark":
            if not last_mark and chunks:
                chunks.pop()
            last_mark, fresh = True, True
            continue
        last_mark = False
        if item[0] == "space":
            continue
        digit = item[0] == "digit"
        text, left, right = item[1], False, False
        if item[0] == "sym":
            glue = item[2]
            if glue is None:
                glue = LEFT if " ".join(chunks).count(text) % 2 else RIGHT
            left, right = glue
        elif item[0] == "lit" and first and item[2] and re.fullmatch(r"[A-Z][^A-Z]*", text):
            text = text[0].lower() + text[1:]
        if chunks and not fresh and (prev_right or left or (prev_digit and digit)):
            chunks[-1] += text
        else:
            chunks.append(text)
        prev_right, prev_digit, fresh, first = right, digit, False, False
    return " ".join(chunks)


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    text = " ".join(line.split())
    text = ASIDE_RE.sub(" ", text)
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    opener = OPENER_RE.search(text)
    if opener:
        text = text[opener.end() :]
    closer = CLOSER_RE.search(text)
    if closer:
        text = text[: closer.start()]
    text = LEAD_RE.sub("", text)
    end = END_RE.search(text)
    if end:
        text = text[: end.start()]
    words = text.rstrip(" ,").split()
    protocol = any(_norm(w) == "space" for w in words) or not (opener or restarts)
    items = _parse(words, natural=not protocol)
    return _join_protocol(items) if protocol else _join_natural(items)


# ---------------------------------------------------------------------------- speaker

ASIN = {
    "a": ("Alpha", "apple"),
    "b": ("Bravo", "boy"),
    "c": ("Charlie", "cat"),
    "d": ("Delta", "dog"),
    "e": ("Echo", "egg"),
    "f": ("Foxtrot", "Frank"),
    "g": ("Golf", "George"),
    "h": ("Hotel", "house"),
    "i": ("India", "ice"),
    "j": ("Juliet", "Jose"),
    "k": ("Kilo", "king"),
    "l": ("Lima", "love"),
    "m": ("Mike", "Mary"),
    "n": ("November", "Nancy"),
    "o": ("Oscar", "orange"),
    "p": ("Papa", "Peter"),
    "q": ("Quebec", "queen"),
    "r": ("Romeo", "Robert"),
    "s": ("Sierra", "Sam"),
    "t": ("Tango", "Tom"),
    "u": ("Uniform", "umbrella"),
    "v": ("Victor", "victory"),
    "w": ("Whiskey", "William"),
    "x": ("X-ray", "Xerox"),
    "y": ("Yankee", "yellow"),
    "z": ("Zulu", "zebra"),
}
CLEAN_NAMES = {
    "-": ("dash",),
    ".": ("dot",),
    "/": ("slash",),
    "\\": ("backslash",),
    "_": ("underscore",),
    "@": ("at sign",),
    ":": ("colon",),
    ";": ("semicolon",),
    "|": ("pipe", "vertical bar"),
    "*": ("asterisk",),
    "~": ("tilde",),
    ">": ("greater than",),
    "<": ("less than",),
    "=": ("equals",),
    "+": ("plus",),
    ",": ("comma",),
    "#": ("hash",),
    "$": ("dollar sign",),
    "%": ("percent",),
    "&": ("ampersand",),
    "^": ("caret",),
    "!": ("exclamation point",),
    "?": ("question mark",),
    "(": ("open parenthesis",),
    ")": ("close parenthesis",),
    "[": ("open bracket",),
    "]": ("close bracket",),
    "{": ("open curly brace",),
    "}": ("close curly brace",),
    "`": ("backtick",),
}
FUZZY_NAMES = {
    "-": ("minus", "hyphen", "dash"),
    ".": ("period", "point", "dot"),
    "/": ("forward slash", "slash"),
    "\\": ("back slash",),
    "_": ("under score", "underscore"),
    "@": ("at", "at sign"),
    ";": ("semi colon",),
    "|": ("vertical line", "pipe"),
    "*": ("star",),
    ">": ("greater than sign",),
    "<": ("less than sign",),
    "=": ("equal sign", "equals sign"),
    "+": ("plus sign",),
    "#": ("number sign",),
    "$": ("dollar",),
    "%": ("percent sign",),
    "!": ("exclamation mark",),
    "(": ("open paren",),
    ")": ("close paren",),
    "{": ("open brace",),
    "}": ("close brace",),
}


def _pick(rng: random.Random | None, options, weights=None):
    if rng is None:
        return options[0]
    return rng.choices(options, weights=weights)[0]


def _digits(run: str) -> str:
    return " ".join(DIGITS[int(d)] for d in run)


def _quote_name(char: str, opened: bool, rng: random.Random | None, fuzzy: bool) -> str:
    single = "single " if char == "'" else ""
    if fuzzy:
        plain = ("single quote", "apostrophe") if single else ("double quote", "quote")
        return _pick(rng, plain + (f"{'close' if opened else 'open'} {single}quote",))
    side = "close" if opened else "open"
    return _pick(rng, [f"{side} {single}quote", "single quote" if single else "quote"], [8, 1])


def _letters(run: str, rng: random.Random | None, natural: bool, fuzzy: bool = False) -> str:
    low = run.lower()
    safe = f"the word {low}" if low in RESERVED else low
    if run.islower():
        if len(run) == 1:
            options = [run, f"{run} as in {_pick(rng, ASIN[run])}", f"small letter {run}"]
            options.append(f"just the letter {run}")
            word = _pick(rng, options, [9, 6, 2, 2])
            if fuzzy and " as in " in word and rng is not None and rng.random() < 0.5:
                word = word[0].upper() + word[1:]
            return word
        return safe
    if len(run) == 1:
        asin = f" as in {_pick(rng, ASIN[low])}"
        return f"capital {low}" + _pick(rng, ["", asin], [3, 1])
    if run[0].isupper() and run[1:].islower():
        spoken = f"capital {safe}"
        return _pick(rng, [run, spoken]) if natural and low not in RESERVED else spoken
    spoken = f"all caps {safe}"
    return _pick(rng, [run, spoken]) if natural and low not in RESERVED else spoken


PARTS = {
    "pnm",
    "ppm",
    "pbm",
    "pgm",
    "pam",
    "system",
    "ctl",
    "mgr",
    "config",
    "info",
    "tool",
    "file",
    "files",
    "dump",
    "list",
    "load",
    "server",
    "pkg",
    "back",
    "up",
    "check",
    "host",
    "pass",
    "play",
    "down",
    "log",
    "test",
    "name",
    "time",
    "path",
    "port",
    "type",
    "view",
    "shell",
    "link",
    "boot",
    "update",
    "status",
    "lock",
    "sync",
    "power",
    "net",
    "web",
    "script",
    "cache",
    "color",
    "colors",
    "key",
    "keys",
    "mail",
    "box",
    "word",
    "pack",
    "fetch",
    "matrix",
    "menu",
    "set",
    "get",
    "run",
    "data",
    "base",
    "store",
    "book",
    "note",
    "notes",
    "monitor",
    "image",
    "mount",
    "user",
    "group",
    "cat",
    "sort",
    "find",
    "diff",
}


def _split_compound(word: str, rng: random.Random) -> str | None:
    """Whisper hears a long name as two words, cut where it knows a part ("system ctl")."""
    both, one = [], []
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if left in RESERVED or right in RESERVED:
            continue
        if left in PARTS and right in PARTS:
            both.append(cut)
        elif (left in PARTS or right in PARTS) and min(len(left), len(right)) >= 3:
            one.append(cut)
    if not both + one:
        return None
    cut = rng.choice(both or one)
    return f"{word[:cut]} {word[cut:]}"


def proto_chunk(chunk: str, rng: random.Random, quotes: dict, fuzzy: bool, state: dict) -> str:
    """One command word in protocol speech (clean or fuzzy)."""
    quotes = dict(quotes)
    segs = SEG_RE.findall(chunk)
    out: list[str] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        if seg[0].isdigit():
            if fuzzy and rng.random() < 0.35:
                out.append(seg if rng.random() < 0.7 else " ".join(seg))
                state["fuzz"] = True
            else:
                out.append(_digits(seg))
        elif seg[0].isalpha():
            if (
                fuzzy
                and seg.islower()
                and len(seg) >= 6
                and seg not in RESERVED
                and not state.get("split")
                and rng.random() < 0.3
            ):
                split = _split_compound(seg, rng)
                if split:
                    state["split"] = state["fuzz"] = True
                    out.append(split)
                    i += 1
                    continue
            out.append(_letters(seg, rng, natural=False, fuzzy=fuzzy))
        elif seg == "-" and segs[i + 1 : i + 2] == ["-"]:
            options = ["dash dash", "double dash", "minus minus", "hyphen hyphen"]
            said = rng.choice(options) if fuzzy and rng.random() < 0.5 else "dash dash"
            state["fuzz"] = state.get("fuzz") or said != "dash dash"
            out.append(said)
            i += 2
            continue
        elif seg in "\"'":
            out.append(_quote_name(seg, quotes[seg] % 2 == 1, rng, fuzzy))
            quotes[seg] += 1
        elif fuzzy and seg in FUZZY_NAMES and rng.random() < 0.6:
            out.append(rng.choice(FUZZY_NAMES[seg]))
            state["fuzz"] = True
        elif seg == "-" and i > 0 and segs[i - 1][-1].isalnum() and rng.random() < 0.4:
            out.append("hyphen")
        else:
            out.append(rng.choice(CLEAN_NAMES[seg]))
        i += 1
    return " ".join(out)


def _quote_counts(chunks: list[str]) -> list[dict]:
    counts, seen = [], {'"': 0, "'": 0}
    for chunk in chunks:
        counts.append(dict(seen))
        for char in seen:
            seen[char] += chunk.count(char)
    return counts


def protocol_text(cmd: str, rng: random.Random, fuzzy: bool) -> str:
    chunks = cmd.split(" ")
    state: dict = {}
    parts = [
        proto_chunk(c, rng, q, fuzzy, state)
        for c, q in zip(chunks, _quote_counts(chunks), strict=True)
    ]
    text = parts[0]
    for part in parts[1:]:
        comma = fuzzy and rng.random() < 0.3
        state["fuzz"] = state.get("fuzz") or comma
        text += (" space, " if comma else " space ") + part
    if fuzzy:
        if rng.random() < 0.5:
            text = text[0].upper() + text[1:]
            state["fuzz"] = True
        if rng.random() < 0.45 or not state.get("fuzz"):
            text += "."
    return text


LITERAL_KINDS = (
    (re.compile(r"[0-9]+"), 0.75),
    (re.compile(r"[A-Za-z0-9]+"), 1.0),
    (re.compile(r"[0-9]+(?:\.[0-9]+)+"), 0.8),
    (re.compile(r"--?[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:=[A-Za-z0-9./:_-]+)?"), 0.5),
    (re.compile(r"https?://[A-Za-z0-9._~:/?=&%#-]+"), 0.9),
    (re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"), 0.85),
    (re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+"), 0.8),
    (re.compile(r"(?=.*[./])(?:~/)?[/A-Za-z0-9_.][A-Za-z0-9_./-]*"), 0.65),
    (re.compile(r"[A-Za-z0-9._-]+:[A-Za-z0-9._-]+"), 0.6),
)


def literal_chance(chunk: str) -> float:
    """How likely Whisper writes this command word as text (0: it never does)."""
    if chunk.lower() in RESERVED or re.fullmatch(r"[A-Z]", chunk):
        return 0.0
    for pattern, chance in LITERAL_KINDS:
        if pattern.fullmatch(chunk):
            return 0.6 if re.fullmatch(r"[a-z]", chunk) else chance
    return 0.0


def speak_natural(chunk: str, rng: random.Random | None, quotes: dict) -> str | None:
    """One command word as Joy says it in natural speech, or None if it cannot be said."""
    quotes = dict(quotes)
    segs = SEG_RE.findall(chunk)
    out: list[str] = []
    prev = None
    i = 0
    while i < len(segs):
        seg = segs[i]
        kind = "sym" if not seg[0].isalnum() else ("num" if seg[0].isdigit() else "alpha")
        if kind != "sym" and prev not in (None, "sym"):
            return None
        if kind == "num":
            out.append(_pick(rng, [seg, _digits(seg)], [4, 6]))
        elif kind == "alpha":
            out.append(_letters(seg, rng, natural=True))
        elif seg == "-" and i == 0:
            if segs[1:2] == ["-"]:
                out.append(_pick(rng, ["dash dash", "double dash"], [6, 1]))
                i += 1
            else:
                out.append("dash")
        elif seg == "-":
            out.append("hyphen")
        elif seg in "\"'":
            out.append(_quote_name(seg, quotes[seg] % 2 == 1, rng, fuzzy=False))
            quotes[seg] += 1
        else:
            out.append(_pick(rng, CLEAN_NAMES[seg]))
        prev = kind
        i += 1
    return " ".join(out)


def natural_chunks(cmd: str, rng: random.Random | None) -> list[str] | None:
    chunks = cmd.split(" ")
    out = []
    for chunk, quotes in zip(chunks, _quote_counts(chunks), strict=True):
        chance = literal_chance(chunk)
        spoken = speak_natural(chunk, rng, quotes)
        if spoken is None and not chance:
            return None
        if chance and (spoken is None or rng is None or rng.random() < chance):
            out.append(chunk)
        else:
            out.append(spoken)
    return out


def _join_natural_words(parts: list[str], rng: random.Random) -> str:
    text = parts[0]
    for part in parts[1:]:
        text += (", " if rng.random() < 0.05 else " ") + part
    return text


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


def _why(desc: str) -> str:
    desc = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".")
    return desc


def _tricky(cmd: str, rng: random.Random) -> str | None:
    chunks = cmd.split(" ")
    scored = sorted(
        ((sum(not ch.isalnum() for ch in c), i) for i, c in enumerate(chunks)), reverse=True
    )
    if not scored or scored[0][0] == 0:
        return None
    index = scored[0][1]
    return speak_natural(chunks[index], rng, _quote_counts(chunks)[index])


NATURAL_TEMPLATES = (
    "Okay {hon}, please type {c}, then press enter.",
    "Alright {hon}, next step po. Kindly type {c} and press enter.",
    "{why_need} So {hon}, please type {c}. After that, press enter.",
    "{Hon}, can you please type {c}? Then press enter po.",
    "Thank you for waiting, {hon}. On your terminal, please key in {c}, then hit enter.",
    "Okay {hon}, I'll read it slowly. Please type {c}. Did you get that, {hon}?",
    "Next po, type in {c} and then press enter, {hon}.",
    "For this one {hon}, just type {c}. That's all, then press enter.",
    "Okay {hon}, the next command is {c}. Please press enter after typing it.",
    "{Hon}, {why_lc} Please type this: {c}. Then press enter.",
    "So the command is {c}, is that okay {hon}?",
    "Let's try this one, {hon}. Please enter {c}, then press enter.",
    "Ticket note: advised customer to run {c}. Purpose: {why}.",
    "Customer was instructed to type {c}. {why_will}",
    "Troubleshooting step {step}: had the customer run {c}. Waiting for the result.",
    "Update: I asked the customer to type {c} and press enter. {why_will}",
    "Please type {c}. Again {hon}, that's {part}. Then press enter.",
    "Next command, {hon}. {C}. Then press enter po.",
    "{Hon}, sorry po for the wait. Please type {c}, then press enter. {why_will}",
    "Okay {hon}, kindly type {c}, then press enter. Is that okay?",
    "On the black screen {hon}, please type {c}. After that, press enter and tell me what you see.",
)


def _frame_parts(cmd: str, why: str, rng: random.Random) -> dict:
    hon = rng.choice(["ma'am", "ma'am", "sir"])
    reason = _why(why)
    return {
        "hon": hon,
        "Hon": hon[0].upper() + hon[1:],
        "why": reason,
        "why_need": f"We need to {_lower_first(reason)}.",
        "why_lc": f"we need to {_lower_first(reason)}.",
        "why_will": f"This will {_lower_first(reason)}.",
        "step": rng.choice(["one", "two", "three", "four", "5", "6"]),
        "part": _tricky(cmd, rng),
    }


def natural_line(cmd: str, why: str, rng: random.Random) -> str | None:
    chunks = natural_chunks(cmd, rng)
    if chunks is None:
        return None
    parts = _frame_parts(cmd, why, rng)
    text = _join_natural_words(chunks, rng)
    parts["c"] = text
    parts["C"] = text[0].upper() + text[1:]
    template = rng.choice(NATURAL_TEMPLATES)
    if "{part}" in template and parts["part"] is None:
        template = NATURAL_TEMPLATES[0]
    return template.format(**parts)


def canonical_natural(cmd: str) -> str | None:
    chunks = natural_chunks(cmd, None)
    if chunks is None:
        return None
    return "Okay ma'am, please type " + " ".join(chunks) + ", then press enter."


SWAPS = (
    ("data", "docs", "demo", "main", "test", "alpha", "backup", "input", "output", "config"),
    ("txt", "log", "csv", "json", "py", "sh", "md", "html", "pnm", "ppm", "pbm", "tar"),
    ("tmp", "var", "etc", "home", "projects", "src"),
)


def mutate(chunk: str, rng: random.Random) -> str | None:
    """A plausible slip on one command word: a sibling name, a wrong letter or digit, a
    word cut short or two letters swapped (None if there is no good one)."""
    runs = [m.span() for m in re.finditer(r"[a-z]{2,}|[0-9]+", chunk)]
    runs = runs or [m.span() for m in re.finditer(r"[a-z]", chunk)]
    if not runs:
        return None
    start, end = rng.choice(runs)
    word = chunk[start:end]
    family = next((f for f in SWAPS if word in f), None)
    roll = rng.random()
    if word.isdigit():
        new = "".join(rng.choice("0123456789") for _ in word)
    elif family and roll < 0.7:
        new = rng.choice([w for w in family if w != word])
    elif len(word) >= 4 and roll < 0.6:
        new = word[: -rng.randint(1, 2)]
    elif len(word) >= 2 and roll < 0.8:
        index = rng.randrange(len(word))
        new = word[:index] + rng.choice("aeioustlnrdm") + word[index + 1 :]
    elif len(word) >= 2:
        cut = rng.randint(0, len(word) - 2)
        new = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
    else:
        new = rng.choice([c for c in "abcdefghijklmnoprstuvw" if c != word])
    result = chunk[:start] + new + chunk[end:]
    return result if result != chunk else None


CHAOTIC_OPENERS = (
    "Okay {hon}, please type",
    "Kindly type",
    "{Hon}, please key in",
    "So, type in",
    "Please type",
    "Okay, uh, {hon}, just type",
)
CHAOTIC_CLOSERS = (
    ", then press enter.",
    " and press enter po.",
    ", then press enter. Did you get that, {hon}?",
    ". Then press enter.",
    ", is that okay?",
    ", then hit enter.",
)
RESTARTS = (
    ", sorry po, let me repeat.",
    ". Scratch that, {hon}.",
    ", ano, let me start again po.",
    ", scratch that, {hon},",
    ". Sorry {hon}, let me repeat.",
)
TRAILS = (
    " Hopefully that fixes it po.",
    " If you see an error, just read it to me po.",
    " I'll wait for the output, {hon}.",
    " Then we'll check again, okay?",
    " Take your time po.",
    " Just tell me when you're done, {hon}.",
)
NAT_FILLERS = (", uh,", ", um,", ", ano,", ", ah,", " uhm")
PROTO_FILLERS = (" space, uh,", " space, um,", ", ano, space", " space ah", " uhm, space")


def _sequence(cmd, rng, proto, fix_at=None, upto=None, hon="ma'am") -> str | None:
    chunks = cmd.split(" ")
    quotes = _quote_counts(chunks)
    limit = len(chunks) if upto is None else upto
    parts = []
    for i in range(limit):
        if proto:
            said = proto_chunk(chunks[i], rng, quotes[i], False, {})
        else:
            said = speak_natural(chunks[i], rng, quotes[i])
            chance = literal_chance(chunks[i])
            if chance and (said is None or rng.random() < chance):
                said = chunks[i]
        if said is None:
            return None
        if i == fix_at:
            wrong = mutate(chunks[i], rng)
            if wrong is None:
                return None
            if proto:
                wrong_said = proto_chunk(wrong, rng, quotes[i], False, {})
            else:
                wrong_said = (
                    wrong if literal_chance(wrong) else speak_natural(wrong, rng, quotes[i])
                )
            if wrong_said is None:
                return None
            mark = rng.choice(["sorry po", "I mean", f"sorry {hon}", "sorry po"])
            said = f"{wrong_said}, {mark}, {said}"
        parts.append(said)
    text = parts[0]
    for part in parts[1:]:
        roll = rng.random()
        if roll < 0.15:
            sep = rng.choice(PROTO_FILLERS if proto else NAT_FILLERS) + " "
        elif roll < 0.22:
            aside = rng.choice(ASIDES)
            sep = f" space, {aside}, " if proto else f", {aside}, "
        else:
            sep = " space " if proto else " "
        text += sep + part
    return text


def chaotic_line(cmd: str, why: str, rng: random.Random) -> str | None:
    styles = ["nat_fix", "nat_restart", "proto_fix", "proto_restart", "nat_both"]
    style = rng.choices(styles, weights=[34, 26, 18, 10, 12])[0]
    proto = style.startswith("proto")
    hon = rng.choice(["ma'am", "ma'am", "sir"])
    fmt = {"hon": hon, "Hon": hon[0].upper() + hon[1:]}
    count = len(cmd.split(" "))
    opener = rng.choice(CHAOTIC_OPENERS).format(**fmt) + " "
    if proto and rng.random() < 0.4:
        opener = ""
    closer = rng.choice(CHAOTIC_CLOSERS).format(**fmt) if rng.random() < 0.8 else ""
    if not opener and not closer and rng.random() < 0.5:
        closer = ", then press enter."
    pre = ""
    if opener and rng.random() < 0.3:
        pre = f"We need to {_lower_first(_why(why))}. "
    if style.endswith("fix"):
        body = _sequence(cmd, rng, proto, fix_at=rng.randrange(count), hon=hon)
        if body is None:
            return None
        text = pre + opener + body + closer
    else:
        upto = rng.randint(1, max(1, count - 1))
        first = _sequence(cmd, rng, proto, upto=upto, hon=hon)
        if first is None:
            return None
        slip = mutate(cmd.split(" ")[upto - 1], rng) if rng.random() < 0.5 else None
        if slip:
            words = cmd.split(" ")
            words[upto - 1] = slip
            first = _sequence(" ".join(words), rng, proto, upto=upto, hon=hon) or first
        else:
            first = first[: max(2, len(first) - rng.randint(2, 5))].rstrip(" ,")
        restart = rng.choice(RESTARTS).format(**fmt)
        fix = rng.randrange(count) if style == "nat_both" else None
        second = _sequence(cmd, rng, proto, fix_at=fix, hon=hon)
        if second is None:
            return None
        again = rng.choice(["", "", "Please type ", "Okay, please type ", "Again po, "])
        if restart.endswith(","):
            again = again.lower()
        elif not again:
            second = second[0].upper() + second[1:]
        text = f"{pre}{opener}{first}{restart} {again}{second}{closer}"
    if rng.random() < 0.45:
        if not closer:
            text += "."
        text += rng.choice(TRAILS).format(**fmt)
    return " ".join(text.split())


def canonical_chaotic(cmd: str) -> str | None:
    chunks = natural_chunks(cmd, None)
    if chunks is None:
        return None
    first = chunks[0][: max(2, len(chunks[0]) - 2)]
    return (
        f"Okay ma'am, please type {first}, sorry po, let me repeat. "
        f"Please type {' '.join(chunks)}, then press enter."
    )


# ---------------------------------------------------------------------------- data


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        words = words[1:]
    return words[0]


def load_commands() -> list[str]:
    seen: set[str] = set()
    out = []
    with TRAIN.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 11 != 1:
                continue
            cmd = json.loads(line)["command"]
            if cmd in seen:
                continue
            seen.add(cmd)
            if (
                cmd.isascii()
                and len(cmd) <= 80
                and "\n" not in cmd
                and "\t" not in cmd
                and "  " not in cmd
                and cmd == cmd.strip()
            ):
                out.append(cmd)
    return out


def load_descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            out.setdefault(row["command"], row["description"])
    return out


def pick_variety(cmds: list[str]) -> list[str]:
    """Every tool once, then a second command for as many tools as have one (cap: two)."""
    first, second, uses = [], [], {}
    for cmd in cmds:
        tool = tool_of(cmd)
        uses[tool] = uses.get(tool, 0) + 1
        if uses[tool] == 1:
            first.append(cmd)
        elif uses[tool] == 2:
            second.append(cmd)
    return first + second


def _render(cmd: str, slice_name: str, why: str, rng: random.Random) -> str | None:
    """A line for cmd that the listener decodes back to cmd, or None."""
    for _ in range(40):
        if slice_name == "clean":
            line = protocol_text(cmd, rng, fuzzy=False)
        elif slice_name == "fuzzy":
            line = protocol_text(cmd, rng, fuzzy=True)
        elif slice_name == "natural":
            line = natural_line(cmd, why, rng)
        else:
            line = chaotic_line(cmd, why, rng)
        if line and line.isascii() and decode(line) == cmd:
            return line
    fallback = {"natural": canonical_natural, "chaotic": canonical_chaotic}.get(slice_name)
    line = fallback(cmd) if fallback else None
    return line if line and decode(line) == cmd else None


def main() -> None:
    rng = random.Random(29)
    descriptions = load_descriptions()
    cmds = [c for c in load_commands() if c in descriptions]
    rng.shuffle(cmds)
    pool = pick_variety(cmds)
    speakable = [c for c in pool if decode(canonical_natural(c) or "") == c]
    others = [c for c in pool if c not in set(speakable)]
    spoken_part = speakable[: 2 * PER_SLICE]
    protocol_part = (others + speakable[2 * PER_SLICE :])[: 2 * PER_SLICE]
    rng.shuffle(protocol_part)
    spares = [c for c in pool if c not in set(spoken_part) | set(protocol_part)]
    plan = {
        "clean": protocol_part[:PER_SLICE],
        "fuzzy": protocol_part[PER_SLICE:],
        "natural": spoken_part[:PER_SLICE],
        "chaotic": spoken_part[PER_SLICE:],
    }
    rows = []
    for slice_name, chosen in plan.items():
        queue = list(chosen)
        made = 0
        while made < PER_SLICE:
            cmd = queue.pop(0) if queue else spares.pop(0)
            line = _render(cmd, slice_name, descriptions[cmd], rng)
            if line is None:
                continue
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            made += 1
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
