"""Twenty-fourth independent author: "Sam", a voice-control developer with RSI, dictating bash.

Writes assets/training/bash/author24.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author24"}. Commands come
from the "command" field of assets/training/bash/train.jsonl (only 0-based lines whose number
% 7 == 1); the "why" Sam sometimes gives is the tldr description of the command, looked up in
assets/training/bash/corpus.jsonl. Those commands and descriptions derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages contributors.

Deterministic: one random.Random(24) consumed in a fixed order; reruns are byte-identical.
Run: cd /work/main && python3 tests/bench/twentyfourth_author.py

STYLE GUIDE
===========

Persona
-------
Sam has RSI and has driven his Mac by voice for years (Apple Voice Control, then Talon). He now
dictates shell commands to this app and keeps the habits of a command grammar: he talks to the
machine in short imperative bursts, names every symbol the way Voice Control does, announces
case with formatter words, and presses keys by voice ("enter", "press return"). He is terse;
when he explains himself it is one short sentence, usually before the command.

Vocabulary (what Sam says -> what it types)
-------------------------------------------
  hyphen (dash, minus)            -     double hyphen (double dash) -- ("hyphen hyphen" also works)
  period (dot, point, full stop)  .     slash (forward slash) /      backslash (back slash) \\
  tilde ~   colon :   semicolon (semi colon) ;   underscore (under score) _   caret ^
  vertical bar / pipe |   asterisk (star) *   equals sign (equals, equal sign) =
  at sign (at symbol) @   dollar sign (dollar) $   ampersand &   percent sign (percent) %
  greater than sign (greater than) >   less than sign (less than) <   plus sign (plus) +
  open quote / close quote "   quote, double quote " (opens, then closes, alternately)
  apostrophe (single quote) '  (opens, then closes, alternately)
  open paren / close paren ( )   open bracket / close bracket [ ]   open brace / close brace { }
  comma ,   exclamation mark (exclamation point, bang) !   question mark ?   hash sign #
  Words in brackets are looser synonyms: Sam's own words are the first ones (clean slice); the
  synonyms appear in the fuzzy slice, and the listener accepts every word everywhere.
  zero .. nine                    one digit each ("eight zero eight zero" = 8080)
  numeral <digit>                 a digit glued to the word before it ("card numeral one" = card1)
  cap <word>                      capitalise one word or letter ("cap d" = D, "cap box" = Box)
  all caps <word>                 upper-case word ("all caps debug" = DEBUG)
  camel / snake / kebab <words>   skipProject / api_key / dry-run; the formatter takes every
                                  following plain word, up to the first symbol, digit, keyword,
                                  or the word "over" (which is swallowed: "kebab lxc start over
                                  api" = "lxc-start api")
  word <x>                        types x literally: how Sam types a word that is also a keyword
                                  ("word space", "word no", "word one", "word enter")
  space                           one space (protocol style only, see below)
  no space                        glue the next thing to the previous one (natural style)

Two ways of speaking
--------------------
* Protocol (clean, fuzzy, some chaotic lines): Sam spells the command. Everything he says is
  glued together, and he says "space" exactly where the command has a space. Adjacent plain
  words therefore join ("hex edit" = hexedit), which makes Whisper's split compounds harmless.
  "git space stash space pop" = git stash pop.
* Natural (natural, most chaotic lines): "space" is never said. Whisper writes ordinary words,
  digits, file names, paths and flags it recognises ("-la", "/etc/hosts", "config.yaml") as
  text; symbols Sam names stay words. Things are separated by one space unless glued:
  hyphen, double hyphen, tilde, dollar, plus, hash, exclamation, open quote/paren/bracket/brace
  glue to what follows; close quote/paren/bracket/brace, semicolon, comma, question mark glue to
  what precedes; period, slash, backslash, colon, equals, at sign, underscore, caret and percent
  glue on both sides; pipe, asterisk, ampersand, greater than, less than stand alone; digits
  said as words glue to each other; quote/apostrophe said without open/close alternate
  open, close. "no space" or "numeral" glues the next thing to the previous one. A command
  whose symbols cannot be placed this way (a lone "." after a space) is spelled in protocol
  style; the natural slice holds only commands that can be said naturally.
  The listener knows the style from the transcript: any "space" (not "no space", not "word
  space") means protocol.

Framing (natural and chaotic)
-----------------------------
Sam starts the command with a trigger, "type", "insert" or "run", at the start of a sentence or
clause, optionally after "okay", "so", "now", "alright", "right", "and", "then", "please",
"next", "just", "let's", "can you", "could you". Before it there may be a short why ("I want to
list the open ports."). The command ends at his key press: "enter", "return", "press enter",
"press return", "hit enter", "then enter", "and go", ", go" or "Go." - none of these are typed.
Without a key press the command ends with the trigger's sentence. Anything after the key press
is a trailing thought and ignored. Clean and fuzzy lines have no framing at all.

Corrections and disfluencies (chaotic)
--------------------------------------
  scratch that      throw away everything typed so far; Sam starts over (he may say the
                    trigger again, which is then not typed)
  no / undo         remove the last argument (the last space-separated piece); what follows
                    replaces it ("hyphen r, no, hyphen f" = -f)
  delete word       remove the last spoken thing (word, symbol, digit, formatted group)
  correct X to Y    the last typed word X becomes Y
  um, uh, er, erm, hmm, umm, "hang on", "one sec", "let me think", "let me see", "where was I",
  "wait"            hesitations and asides; never typed
A trigger said when nothing has been typed yet is not typed either ("Type, uh, type ls" = ls).

Listener rules (decode)
-----------------------
1. Split the transcript on whitespace; trailing . , ? ! are Whisper's punctuation, not part
   of a token. A token ending in . ? ! (but not "...") ends a sentence.
2. Find the first trigger at a sentence or clause start before any "space"; the command runs
   from after it to the key press (or the sentence end). No trigger: the whole line.
3. Purely alphabetic tokens are spoken words: matched case-insensitively against the keywords
   (longest phrase first) and otherwise typed in lower case (Whisper's capitals are noise),
   except a word with a capital after its first letter ("DEBUG", "VBoxManage"), which Whisper
   wrote on purpose and is typed as written. Tokens with digits or symbols are typed as written.
4. Apply the keywords, then join: protocol style glues everything except "space"; natural
   style uses the glue table above.

Ambiguities, resolved
---------------------
* A literal "no", "one", "dot", "star", "space", "enter", "over" ... is said "word no" etc.; a
  leading literal "type"/"insert"/"run" and a final literal "go" are escaped the same way.
* "no" followed by "space" is always the glue command, never a correction.
* "quote"/"apostrophe" without open/close alternate open, close through the whole command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets/training/bash/train.jsonl"
CORPUS = ROOT / "assets/training/bash/corpus.jsonl"
OUT = ROOT / "assets/training/bash/author24.jsonl"
AUTHOR = "author24"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------------------------------------
# Vocabulary shared by the listener and the speaker.
# Glue: R = glues to what follows, L = to what precedes, B = both, N = neither, T = alternates.
# ---------------------------------------------------------------------------------------------
SYMBOLS: dict[str, tuple[str, str]] = {
    "hyphen": ("-", "R"),
    "dash": ("-", "R"),
    "minus": ("-", "R"),
    "double hyphen": ("--", "R"),
    "double dash": ("--", "R"),
    "period": (".", "B"),
    "dot": (".", "B"),
    "point": (".", "B"),
    "full stop": (".", "B"),
    "slash": ("/", "B"),
    "forward slash": ("/", "B"),
    "backslash": ("\\", "B"),
    "back slash": ("\\", "B"),
    "tilde": ("~", "R"),
    "pipe": ("|", "N"),
    "vertical bar": ("|", "N"),
    "asterisk": ("*", "N"),
    "star": ("*", "N"),
    "equals sign": ("=", "B"),
    "equal sign": ("=", "B"),
    "equals": ("=", "B"),
    "colon": (":", "B"),
    "semicolon": (";", "L"),
    "semi colon": (";", "L"),
    "at sign": ("@", "B"),
    "at symbol": ("@", "B"),
    "underscore": ("_", "B"),
    "under score": ("_", "B"),
    "open quote": ('"', "R"),
    "close quote": ('"', "L"),
    "quote": ('"', "T"),
    "double quote": ('"', "T"),
    "apostrophe": ("'", "T"),
    "single quote": ("'", "T"),
    "open paren": ("(", "R"),
    "left paren": ("(", "R"),
    "close paren": (")", "L"),
    "right paren": (")", "L"),
    "open bracket": ("[", "R"),
    "close bracket": ("]", "L"),
    "open brace": ("{", "R"),
    "close brace": ("}", "L"),
    "dollar sign": ("$", "R"),
    "dollar": ("$", "R"),
    "ampersand": ("&", "N"),
    "greater than sign": (">", "N"),
    "greater than": (">", "N"),
    "less than sign": ("<", "N"),
    "less than": ("<", "N"),
    "caret": ("^", "B"),
    "percent sign": ("%", "B"),
    "percent": ("%", "B"),
    "plus sign": ("+", "R"),
    "plus": ("+", "R"),
    "comma": (",", "L"),
    "exclamation mark": ("!", "R"),
    "exclamation point": ("!", "R"),
    "bang": ("!", "R"),
    "question mark": ("?", "L"),
    "hash sign": ("#", "R"),
    "number sign": ("#", "R"),
}
DIGITS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
DIGIT_NAMES = {v: k for k, v in DIGITS.items()}
CONTROL = {
    "space": "SPACE",
    "no space": "JOIN",
    "word": "WORD",
    "cap": "CAP",
    "all caps": "CAPS",
    "camel": "CAMEL",
    "snake": "SNAKE",
    "kebab": "KEBAB",
    "numeral": "NUMERAL",
    "over": "OVER",
    "undo": "ARG",
    "no": "ARG",
    "scratch that": "SCRATCH",
    "delete word": "DELWORD",
    "correct": "CORRECT",
}
SKIPS = (
    "um",
    "uh",
    "er",
    "erm",
    "hmm",
    "umm",
    "uhh",
    "hang on",
    "one sec",
    "let me think",
    "let me see",
    "where was i",
    "wait",
)
PHRASES: dict[tuple[str, ...], tuple[str, str]] = {}
for _p, (_c, _g) in SYMBOLS.items():
    PHRASES[tuple(_p.split())] = ("SYM", _c + _g)
for _p, _d in DIGITS.items():
    PHRASES[(_p,)] = ("DIGIT", _d)
for _p, _k in CONTROL.items():
    PHRASES[tuple(_p.split())] = (_k, "")
for _p in SKIPS:
    PHRASES[tuple(_p.split())] = ("SKIP", "")
TRIGGERS = {"type", "insert", "run"}
OPENERS = {"okay", "ok", "so", "now", "alright", "right", "and", "then", "please", "next", "just"}
OPENERS_APOS = {"let's", "lets"}
OPENER_PAIRS = {("can", "you"), ("could", "you")}
# single words that must be said with "word" in front to be typed literally
RESERVED = {p[0] for p in PHRASES if len(p) == 1} | {"enter", "return"}

_ALPHA = re.compile(r"[A-Za-z]+")


# ---------------------------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------------------------
class _Tok:
    __slots__ = ("comma", "core", "end", "low")

    def __init__(self, core: str, comma: bool, end: bool) -> None:
        self.core = core
        self.comma = comma
        self.end = end
        self.low = core.lower() if _ALPHA.fullmatch(core) else None


def _lex(line: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for raw in line.split():
        core = raw.rstrip(".,?!")
        end = bool(re.search(r"[?!]$", raw)) or (raw.endswith(".") and not raw.endswith(".."))
        comma = raw.endswith((",", ":"))
        if not core:
            if end and toks:
                toks[-1].end = True
            continue
        toks.append(_Tok(core, comma, end))
    return toks


def _find_start(toks: list[_Tok]) -> int | None:
    n = len(toks)
    for i in range(n):
        if toks[i].low == "space":
            return None
        if i and not (toks[i - 1].end or toks[i - 1].comma):
            continue
        j = i
        while j < n:
            if toks[j].low in OPENERS or toks[j].core.lower() in OPENERS_APOS:
                j += 1
            elif j + 1 < n and (toks[j].low, toks[j + 1].low) in OPENER_PAIRS:
                j += 2
            else:
                break
        if j < n and toks[j].low in TRIGGERS:
            return j + 1
    return None


def _find_end(toks: list[_Tok], start: int) -> int:
    n = len(toks)
    for k in range(start, n):
        if k > start and toks[k - 1].low == "word":
            continue
        low = toks[k].low
        hit = low in ("enter", "return")
        if low == "go" and k > start and (toks[k].end or k == n - 1):
            prev = toks[k - 1]
            hit = prev.comma or prev.end or prev.low in ("and", "then")
        if hit:
            e = k
            while e > start and toks[e - 1].low in ("press", "hit", "then", "and"):
                if e - 2 >= start and toks[e - 2].low == "word":
                    break
                e -= 1
            return e
    for k in range(start, n):
        if toks[k].end:
            return k + 1
    return n


def _match(toks: list[_Tok], p: int) -> tuple[str, str, int] | None:
    for size in (3, 2, 1):
        words = [t.low for t in toks[p : p + size]]
        if len(words) < size or None in words:
            continue
        hit = PHRASES.get(tuple(words))  # type: ignore[arg-type]
        if hit:
            return hit[0], hit[1], size
    return None


def _glues(items: list[dict]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for it in items:
        g = it["g"]
        if it["k"] == "sym" and it["t"] in "\"'":
            count = seen.get(it["t"], 0)
            seen[it["t"]] = count + 1
            if g == "T":
                g = "R" if count % 2 == 0 else "L"
        out.append(g)
    return out


def _joined(a: dict, ga: str, b: dict, gb: str) -> bool:
    if b["j"] or ga in "RB" or gb in "LB":
        return True
    return a["k"] == "digit" and b["k"] == "digit"


def _drop_arg(items: list[dict], protocol: bool) -> None:
    if protocol:
        spaces = [i for i, it in enumerate(items) if it["k"] == "sp"]
        del items[(spaces[-1] + 1 if spaces else 0) :]
        return
    glues = _glues(items)
    start = 0
    for i in range(1, len(items)):
        if not _joined(items[i - 1], glues[i - 1], items[i], glues[i]):
            start = i
    del items[start:]


def _items(toks: list[_Tok]) -> tuple[list[dict], bool]:
    protocol = any(
        t.low == "space" and (i == 0 or toks[i - 1].low not in ("no", "word"))
        for i, t in enumerate(toks)
    )
    items: list[dict] = []
    state = {"join": False}

    def add(text: str, kind: str, glue: str = "N") -> None:
        items.append({"t": text, "k": kind, "g": glue, "j": state["join"]})
        state["join"] = False

    n = len(toks)
    p = 0
    while p < n:
        tok = toks[p]
        if not items and tok.low in TRIGGERS:
            p += 1
            continue
        m = _match(toks, p)
        kind = m[0] if m else "LIT"
        size = m[2] if m else 1
        nxt = toks[p + 1] if p + 1 < n else None
        if kind == "SKIP" or kind == "OVER":
            pass
        elif kind == "SCRATCH":
            items.clear()
            state["join"] = False
        elif kind == "DELWORD":
            if items:
                items.pop()
        elif kind == "JOIN" or kind == "NUMERAL":
            state["join"] = True
        elif kind == "ARG":
            _drop_arg(items, protocol)
        elif kind == "SPACE":
            add(" ", "sp")
        elif kind == "CORRECT" and p + 3 < n and toks[p + 2].low == "to" and nxt and nxt.low:
            new = toks[p + 3]
            for it in reversed(items):
                if it["k"] == "plain" and it["t"] == nxt.low:
                    it["t"] = new.low if new.low else new.core
                    break
            size = 4
        elif kind in ("WORD", "CAP", "CAPS") and nxt is not None:
            if kind == "WORD":
                add(nxt.low if nxt.low else nxt.core, "plain")
            elif kind == "CAP":
                add(nxt.core.lower().capitalize(), "plain")
            else:
                add(nxt.core.upper(), "plain")
            size += 1
        elif kind in ("CAMEL", "SNAKE", "KEBAB"):
            q = p + 1
            words: list[str] = []
            while q < n and toks[q].low and _match(toks, q) is None:
                words.append(toks[q].low or "")
                q += 1
            if q < n and toks[q].low == "over":
                q += 1
            if kind == "CAMEL":
                text = words[0] + "".join(w.capitalize() for w in words[1:]) if words else ""
            else:
                text = ("_" if kind == "SNAKE" else "-").join(words)
            add(text, "fmt")
            size = q - p
        elif kind == "DIGIT":
            add(m[1] if m else "", "digit")
        elif kind == "SYM" and m:
            add(m[1][:-1], "sym", m[1][-1])
        elif tok.low is not None:
            literal = any(c.isupper() for c in tok.core[1:])
            add(tok.core if literal else tok.low, "plain")
        else:
            add(tok.core, "text")
        p += size
    return items, protocol


def _render(items: list[dict], protocol: bool) -> str:
    if protocol:
        return "".join(it["t"] for it in items)
    glues = _glues(items)
    out = ""
    for i, it in enumerate(items):
        if i and not _joined(items[i - 1], glues[i - 1], it, glues[i]):
            out += " "
        out += it["t"]
    return out


def decode(line: str) -> str:
    """Recover the command from a transcript, following the style guide above."""
    toks = _lex(line)
    start = _find_start(toks)
    span = toks if start is None else toks[start : _find_end(toks, start)]
    items, protocol = _items(span)
    return _render(items, protocol)


# ---------------------------------------------------------------------------------------------
# The speaker
# ---------------------------------------------------------------------------------------------
CLEAN_NAMES = {
    "-": ["hyphen"],
    ".": ["period"],
    "/": ["slash"],
    "\\": ["backslash"],
    "~": ["tilde"],
    "|": ["vertical bar", "pipe"],
    "*": ["asterisk"],
    "=": ["equals sign"],
    ":": ["colon"],
    ";": ["semicolon"],
    "@": ["at sign"],
    "_": ["underscore"],
    "(": ["open paren"],
    ")": ["close paren"],
    "[": ["open bracket"],
    "]": ["close bracket"],
    "{": ["open brace"],
    "}": ["close brace"],
    "$": ["dollar sign"],
    "&": ["ampersand"],
    ">": ["greater than sign"],
    "<": ["less than sign"],
    "^": ["caret"],
    "%": ["percent sign"],
    "+": ["plus sign"],
    ",": ["comma"],
    "!": ["exclamation mark"],
    "?": ["question mark"],
    "#": ["hash sign"],
    "'": ["apostrophe"],
}
FUZZY_NAMES = {
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "point", "period"],
    "/": ["forward slash", "slash"],
    "\\": ["back slash"],
    "|": ["pipe", "vertical bar"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal sign"],
    ";": ["semi colon"],
    "@": ["at symbol", "at sign"],
    "_": ["under score", "underscore"],
    "(": ["left paren"],
    ")": ["right paren"],
    "$": ["dollar"],
    ">": ["greater than"],
    "<": ["less than"],
    "%": ["percent"],
    "+": ["plus"],
    "!": ["exclamation point", "bang"],
    "#": ["number sign"],
    "'": ["single quote", "apostrophe"],
}
SEG_RE = re.compile(
    r"(?P<dd>--)"
    r"|(?P<kebab>[a-z]+(?:-[a-z]+)+)(?![A-Za-z0-9])"
    r"|(?P<snake>[a-z]+(?:_[a-z]+)+)(?![A-Za-z0-9])"
    r"|(?P<camel>[a-z]+(?:[A-Z][a-z]+)+)(?![A-Za-z0-9])"
    r"|(?P<caps>[A-Z]{2,})(?![a-z])"
    r"|(?P<cap>[A-Z][a-z]*)"
    r"|(?P<plain>[a-z]+)"
    r"|(?P<digit>[0-9])"
    r"|(?P<sym>.)"
)
TEXT_PATTERNS = (
    (re.compile(r"-[A-Za-z]{1,3}"), 0.5),
    (re.compile(r"--[a-z]+(?:-[a-z]+)*"), 0.45),
    (re.compile(r"\d+"), 0.95),
    (re.compile(r"\d+(?:\.\d+)+"), 0.9),
    (re.compile(r"\d+[A-Za-z]{1,2}"), 0.8),
    (re.compile(r"[a-z][a-z0-9_-]*\.[a-z0-9]{1,5}"), 0.7),
    (re.compile(r"(?:~|\.{1,2})?/?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+/?"), 0.75),
    (re.compile(r"/[A-Za-z0-9_.-]+"), 0.75),
    (re.compile(r"https?://[A-Za-z0-9./_-]+"), 0.85),
    (re.compile(r"[a-z0-9.]+@[a-z0-9.]+\.[a-z]+"), 0.7),
)
BRANDS = {"git": "Git", "docker": "Docker", "python": "Python", "rust": "Rust", "ruby": "Ruby"}
WRONG_WORDS = (
    "status",
    "start",
    "list",
    "main",
    "config",
    "build",
    "push",
    "pull",
    "show",
    "remove",
    "install",
    "update",
    "delete",
    "check",
    "logs",
    "info",
    "init",
    "stop",
    "sync",
    "debug",
)
COMMON = set(
    "font tools tool file frag hex edit sock stat speed test read zero claw light lock screen "
    "pass word key net work time data base back down load make path sync dump info list view "
    "mount check code doc box play star book mark line pipe clean build image disk boot pack "
    "date host name user group shell power grep find sort diff patch note notes mail server "
    "client git web cat dog fire wall show cast map top fetch log port scan".split()
)
HOMOPHONES = {
    "sync": "sink",
    "cache": "cash",
    "write": "right",
    "read": "red",
    "mail": "male",
    "site": "sight",
    "root": "route",
    "route": "root",
    "pair": "pear",
    "tail": "tale",
    "load": "lode",
    "main": "Maine",
    "test": "taste",
    "demo": "demon",
    "alpha": "alfa",
    "help": "kelp",
    "data": "date",
    "list": "lest",
    "push": "bush",
    "pull": "pool",
    "deploy": "employ",
    "add": "ad",
    "pending": "spending",
    "lock": "luck",
}
ENGLISH = (
    COMMON
    | set(WRONG_WORDS)
    | set(
        "help demo deploy remove logout production photo video package script archive report "
        "config test alpha install lock output input backup server password admin domain event "
        "balance pending users profile default session commit branch query table index module "
        "models message interactive force version".split()
    )
)
VERBS = set(
    "Display List Show Start Print Create Set Convert Generate Use Check Open Delete Add Remove "
    "Build Specify Install Get Change Download Search Update Read View Copy Scan Execute Export "
    "Clean Write Connect Initialize Calculate Extract Disable Test Launch Move Send Append "
    "Compress Prepare Compare Resume Find Uninstall Analyze Make Stop Restart Synchronize "
    "Retrieve Enable Ignore Increase Deploy Limit Replace Verify Upgrade Cancel Load Invoke "
    "Play Attempt Isolate Switch Store Deactivate Reboot Authenticate Reset Overwrite".split()
)


def _chunk(say: str, text: str, glue: str, kind: str, join: bool = False) -> dict:
    return {"say": say, "t": text, "g": glue, "k": kind, "j": join}


def _plain_say(word: str, first: bool, last: bool, natural: bool) -> str:
    low = word.lower()
    if low in RESERVED or (first and low in TRIGGERS) or (last and natural and low == "go"):
        return "word " + low
    return word


def _word_chunks(
    word: str, rng: random.Random, style: str, quotes: dict[str, int], first: bool, last: bool
) -> list[dict]:
    """Spoken chunks for one shell word (no "no space"/"over" yet)."""
    natural = style in ("natural",)
    names = FUZZY_NAMES if style == "fuzzy" else CLEAN_NAMES
    out: list[dict] = []
    for m in SEG_RE.finditer(word):
        kind = m.lastgroup or "sym"
        val = m.group()
        at0 = first and m.start() == 0
        if kind in ("kebab", "snake", "camel"):
            parts = re.split(r"[-_]|(?=[A-Z])", val)
            parts = [x.lower() for x in parts if x]
            if all(x not in RESERVED for x in parts) and rng.random() < 0.85:
                out.append(_chunk(f"{kind} {' '.join(parts)}", val, "N", "fmt"))
                continue
            for sub in SEG_RE.finditer(val):
                out.extend(_seg_chunk(sub.lastgroup or "sym", sub.group(), rng, names, quotes))
            continue
        if kind == "plain":
            say = _plain_say(val, at0, last and m.end() == len(word), natural)
            out.append(_chunk(say, val, "N", "plain"))
            continue
        if kind == "digit" and m.start() and word[m.start() - 1].isalpha():
            out.append(_chunk("numeral " + DIGIT_NAMES[val], val, "N", "digit", True))
            continue
        out.extend(_seg_chunk(kind, val, rng, names, quotes))
    return out


def _seg_chunk(
    kind: str, val: str, rng: random.Random, names: dict, quotes: dict[str, int]
) -> list[dict]:
    if kind == "plain":
        return [_chunk(_plain_say(val, False, False, False), val, "N", "plain")]
    if kind == "caps":
        return [_chunk("all caps " + val.lower(), val, "N", "plain")]
    if kind == "cap":
        return [_chunk("cap " + val.lower(), val, "N", "plain")]
    if kind == "digit":
        return [_chunk(DIGIT_NAMES[val], val, "N", "digit")]
    if kind == "dd":
        if names is FUZZY_NAMES:
            say = rng.choice(["double dash", "dash dash", "minus minus", "double hyphen"])
        else:
            say = rng.choice(["double hyphen", "double hyphen", "hyphen hyphen"])
        return [_chunk(say, "--", "R", "sym")]
    if val == '"':
        count = quotes.get('"', 0)
        quotes['"'] = count + 1
        opening = count % 2 == 0
        if names is FUZZY_NAMES and rng.random() < 0.6:
            say = rng.choice(["quote", "double quote"])
        else:
            say = "open quote" if opening else "close quote"
        return [_chunk(say, '"', "R" if opening else "L", "sym")]
    if val == "'":
        count = quotes.get("'", 0)
        quotes["'"] = count + 1
        say = rng.choice(names.get("'", CLEAN_NAMES["'"]))
        return [_chunk(say, "'", "R" if count % 2 == 0 else "L", "sym")]
    if val == "`" or val not in CLEAN_NAMES:
        raise ValueError(val)
    say = rng.choice(names.get(val, CLEAN_NAMES[val]))
    return [_chunk(say, val, SYMBOLS[say][1], "sym")]


def _starts_plain(say: str) -> bool:
    head = say.split()[0]
    return bool(_ALPHA.fullmatch(head)) and head.lower() not in RESERVED


def _protocol_words(cmd: str, rng: random.Random, style: str) -> list[list[str]]:
    """Per shell word, the list of spoken chunks (protocol style)."""
    words = cmd.split(" ")
    quotes: dict[str, int] = {}
    out = []
    for i, w in enumerate(words):
        chunks = _word_chunks(w, rng, style, quotes, i == 0, i == len(words) - 1)
        says = []
        for j, c in enumerate(chunks):
            say = c["say"]
            if c["k"] == "fmt" and j + 1 < len(chunks) and _starts_plain(chunks[j + 1]["say"]):
                say += " over"
            says.append(say)
        out.append(says)
    return out


def _textable(word: str) -> float:
    if word.endswith((".", ",", ":", ";")):
        return 0.0
    for rx, prob in TEXT_PATTERNS:
        if rx.fullmatch(word):
            return prob
    return 0.0


def _natural_words(cmd: str, rng: random.Random) -> list[list[str]] | None:
    words = cmd.split(" ")
    quotes: dict[str, int] = {}
    per_word: list[list[dict]] = []
    for i, w in enumerate(words):
        first, last = i == 0, i == len(words) - 1
        prob = _textable(w)
        if prob and rng.random() < prob:
            for q in "\"'":
                quotes[q] = quotes.get(q, 0) + w.count(q)
            per_word.append([_chunk(w, w, "N", "text")])
            continue
        chunks = _word_chunks(w, rng, "natural", quotes, first, last)
        if first and len(chunks) == 1 and chunks[0]["say"] in BRANDS and rng.random() < 0.5:
            chunks[0]["say"] = BRANDS[chunks[0]["say"]]
        per_word.append(chunks)
    flat = [c for ws in per_word for c in ws]
    glues = _glues(flat)
    for c, g in zip(flat, glues, strict=True):
        c["g"] = g
    out: list[list[str]] = []
    for i, chunks in enumerate(per_word):
        says = []
        for j, c in enumerate(chunks):
            say = c["say"]
            if j and not _joined(chunks[j - 1], chunks[j - 1]["g"], c, c["g"]):
                say = "no space " + say
            says.append(say)
        if i and _joined(per_word[i - 1][-1], per_word[i - 1][-1]["g"], chunks[0], chunks[0]["g"]):
            return None
        out.append(says)
    # "over" after a formatter that is followed by a plain word
    flat_says = [(i, j) for i, ws in enumerate(out) for j in range(len(ws))]
    for n, (i, j) in enumerate(flat_says):
        if per_word[i][j]["k"] == "fmt" and n + 1 < len(flat_says):
            ni, nj = flat_says[n + 1]
            if _starts_plain(out[ni][nj]):
                out[i][j] += " over"
    return out


def _flat_protocol(words: list[list[str]]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        if i:
            out.append("space")
        out.extend(w)
    return out


def _tidy(pieces: list[str], cap_first: bool = True) -> str:
    s = ""
    for p in pieces:
        if not p:
            continue
        if s and (p.startswith((",", "...", ". ", "? ")) or p in (".", ",")):
            s = s.rstrip() + p
        else:
            s = f"{s} {p}" if s else p
    s = re.sub(r"\s+(,|\.\.\.)", r"\1", s)
    s = re.sub(r"(?<=[,.?!]),", "", s)
    s = re.sub(r",\.\.\.", "...", s)
    s = re.sub(r",+(?=[.?!](?:\s|$))", "", s)
    s = re.sub(r"\s+", " ", s).strip()

    def cap(m: re.Match) -> str:
        word = m.group(2)
        if _ALPHA.fullmatch(word):
            word = word[0].upper() + word[1:]
        return m.group(1) + word

    return re.sub(r"((?:^|[.?!] ))(\S+)" if cap_first else r"([.?!] )(\S+)", cap, s)


# ---------------------------------------------------------------------------------------------
# Slices
# ---------------------------------------------------------------------------------------------
def make_clean(cmd: str, rng: random.Random) -> str:
    return " ".join(_flat_protocol(_protocol_words(cmd, rng, "clean")))


def _split_compound(word: str, rng: random.Random) -> str:
    """Whisper's split of a run-together name at a word it knows ("font tools")."""
    cuts = [
        k
        for k in range(2, len(word) - 1)
        if (word[:k] in COMMON or word[k:] in COMMON)
        and word[:k] not in RESERVED
        and word[k:] not in RESERVED
    ]
    if not cuts:
        return word
    k = rng.choice(cuts)
    return word[:k] + " " + word[k:]


def make_fuzzy(cmd: str, rng: random.Random) -> str:
    words = _protocol_words(cmd, rng, "fuzzy")
    pieces: list[str] = []
    for i, w in enumerate(words):
        if i:
            pieces.append("space," if rng.random() < 0.3 else "space")
        digits_as_text = rng.random() < 0.5
        for say in w:
            if say in DIGIT_NAMES.values() and digits_as_text:
                say = DIGITS[say]
            elif say.startswith("numeral ") and digits_as_text:
                say = DIGITS[say.split()[1]]
            elif _ALPHA.fullmatch(say) and len(say) >= 6 and rng.random() < 0.5:
                say = _split_compound(say, rng)
            pieces.append(say)
    s = " ".join(pieces)
    s = re.sub(r"(?<=\d) (?=\d)", "", s)
    if rng.random() < 0.7:
        s = s[0].upper() + s[1:]
    if rng.random() < 0.6:
        s += "."
    return s


NATURAL_PLAIN = (
    "Type {C}.",
    "Type {C}, enter.",
    "Insert {C}, then press return.",
    "Okay, type {C}. Press return.",
    "Run {C}, go.",
    "Okay, next one. Insert {C}.",
    "Alright, run {C}. Enter.",
    "Please type {C} and hit enter.",
    "Now insert {C}. Go.",
    "Let's run {C}. Press enter.",
    "Can you type {C}? Thanks.",
    "Right, type {C}, then enter.",
    "Back in the terminal. Type {C}. Press return.",
    "Okay. Type {C}. Enter.",
    "New line. Insert {C} and press return.",
    "Terminal's focused. Type {C}, enter.",
)
NATURAL_WHY = (
    "I want to {D}. Type {C}, enter.",
    "To {D}, type {C} and press return.",
    "Type {C}, press return. That should {D}.",
    "So, to {D}: type {C}.",
    "Next, I need to {D}. Run {C} and go.",
    "Okay, so we need to {D}. Insert {C}, then enter.",
    "Type {C}. Enter. That's the one to {D}.",
    "This is to {D}. Type {C}, press return.",
    "Goal is to {D}. Okay, run {C}.",
    "Need to {D} real quick. Type {C}, enter.",
)
CHAOTIC_FRAMES = (
    "{T} {S}, enter.",
    "Okay, {t} {S}. Press return.",
    "{T} {S}, press return. {X}",
    "I want to {D}. {T} {S}, enter.",
    "Alright. {T} {S}, then enter.",
    "{T} {S}. Enter. {X}",
    "So, {t} {S}, and go.",
    "To {D}, {t} {S}, press return.",
)
TRAILING = (
    "Hopefully that's right.",
    "I think that's it.",
    "Okay, wrists need a break.",
    "Let's see what it does.",
    "Whisper keeps mishearing me today.",
    "That's better.",
    "Good.",
)


def _why(desc: str | None) -> str | None:
    if not desc:
        return None
    d = desc.strip().rstrip(".")
    if not d.isascii() or len(d) > 80 or re.search(r"[`\"\[\]{}<>|;:,()]|\. ", d):
        return None
    if re.search(r"\b(enter|return|go|type|insert|run)\b", d, re.I):
        return None
    first, _, rest = d.partition(" ")
    if first not in VERBS:
        return None
    return first.lower() + (" " + rest if rest else "")


def make_natural(cmd: str, rng: random.Random, desc: str | None) -> str | None:
    words = _natural_words(cmd, rng)
    if words is None:
        return None
    spoken = " ".join(s for w in words for s in w)
    why = _why(desc)
    if why and rng.random() < 0.45:
        frame = rng.choice(NATURAL_WHY)
    else:
        frame = rng.choice(NATURAL_PLAIN)
    return frame.replace("{C}", spoken).replace("{D}", why or "")


def _wrong_word(rng: random.Random, cmd: str) -> str:
    present = set(re.findall(r"[a-z]+", cmd.lower()))
    choices = [w for w in WRONG_WORDS if w not in present]
    return rng.choice(choices)


def _wrong_arg(word: str, rng: random.Random, cmd: str, natural: bool) -> list[str]:
    if word.startswith("-") and not word.startswith("--"):
        letters = [c for c in "abcdefhiklmnopqrstuvx" if c not in word.lower()]
        letter = rng.choice(letters)
        if natural and rng.random() < 0.5:
            return ["-" + letter]
        return ["hyphen " + letter]
    if re.fullmatch(r"[a-z]{3,}", word) and rng.random() < 0.5:
        slip = _slip(word, rng, cmd)
        if slip:
            return [slip]
    return [_wrong_word(rng, cmd)]


def _slip(word: str, rng: random.Random, cmd: str) -> str | None:
    """What Whisper writes for a word it half-heard: a homophone or a wrong plural."""
    present = set(re.findall(r"[a-z]+", cmd.lower()))
    opts = []
    if word in HOMOPHONES:
        opts.append(HOMOPHONES[word])
    if word in ENGLISH:
        opts.append(word[:-1] if word.endswith("s") and len(word) >= 5 else word + "s")
    opts = [o for o in opts if o not in RESERVED and o not in present and o != word]
    return rng.choice(opts) if opts else None


def make_chaotic(cmd: str, rng: random.Random, desc: str | None) -> str | None:
    natural = rng.random() < 0.7
    if natural:
        words = _natural_words(cmd, rng)
        if words is None:
            return None
    else:
        words = _protocol_words(cmd, rng, "clean")
    # pieces: list of (text, word_index, chunk_index); separators carry index -1
    pieces: list[list] = []
    for i, w in enumerate(words):
        if i and not natural:
            pieces.append(["space", i, -1])
        for j, say in enumerate(w):
            pieces.append([say, i, j])

    def word_start(k: int) -> int:
        return next(n for n, p in enumerate(pieces) if p[1] == k and p[2] == 0)

    starts = [n for n, p in enumerate(pieces) if p[2] == 0]
    ops = ["arg", "correct", "delete", "scratch", "retrigger"]
    weights = [0.32, 0.2, 0.16, 0.22, 0.1]
    main = rng.choices(ops, weights)[0]
    second = rng.random() < 0.3
    trig = rng.choice(["Type", "Type", "Insert", "Run"])
    prefix: list[str] = []
    if main == "correct":
        cands = [
            n
            for n, p in enumerate(pieces)
            if p[2] >= 0
            and re.fullmatch(r"[a-z]{3,}", p[0])
            and p[0] not in RESERVED
            and len(re.findall(rf"(?<![A-Za-z]){p[0]}(?![A-Za-z])", cmd)) == 1
        ]
        if not cands:
            return None
        n = rng.choice(cands)
        target = pieces[n][0]
        wrong = _slip(target, rng, cmd)
        if not wrong:
            return None
        pieces[n][0] = wrong
        later = [m for m in starts if m > n] + [len(pieces)]
        at = rng.choice(later[:2])
        if at and pieces[at - 1][0] == "space":
            at -= 1
        pieces[at:at] = [[f", correct {wrong} to {target},", -1, -1]]
    if main == "arg" or (second and len(words) > 1):
        k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        at = word_start(k)
        marker = rng.choice([", no,", ", no,", ", undo,", "... no,"])
        wrong = _wrong_arg(cmd.split(" ")[k], rng, cmd, natural)
        pieces[at:at] = [[w, -1, -1] for w in wrong] + [[marker, -1, -1]]
    if main == "delete":
        at = rng.randint(1, len(pieces))
        extra = rng.choice([_wrong_word(rng, cmd), "hyphen " + rng.choice("qxz")])
        pieces[at:at] = [[extra, -1, -1], [", delete word,", -1, -1]]
    if main == "scratch":
        first = cmd.split(" ")[0]
        body_says = [p[0] for p in pieces]
        if first == "sudo" and len(words) > 2:
            # he left out sudo, then starts again with it
            skip = 2 if not natural else 1
            head = body_says[skip : skip + rng.randint(1, 3)]
        elif first != "sudo" and rng.random() < 0.25:
            head = ["sudo", *body_says[: rng.randint(1, 2)]]
        else:
            cut = rng.randint(1, max(1, len(pieces) - 1))
            head = body_says[:cut]
        if not head:
            return None
        if rng.random() < 0.4 and re.fullmatch(r"[a-z]{5,}", head[-1]):
            head[-1] = head[-1][: rng.randint(2, len(head[-1]) - 2)] + "-"
        again = rng.choice(["type", "insert", ""]) if rng.random() < 0.7 else ""
        if rng.random() < 0.5:
            sep = ", scratch that." if again else "... scratch that,"
        else:
            sep = ". Hmm, scratch that." if again else ", uh, scratch that,"
        prefix = [*head, sep, again]
    if main == "retrigger":
        prefix = [rng.choice([", uh,", ", um,", "... hmm,", ", one sec,"]), trig.lower()]
    # hesitations and asides
    for _ in range(rng.choice([0, 1, 1, 2])):
        at = rng.randint(1, len(pieces))
        filler = rng.choice(
            [", um,", ", uh,", "... er,", ", hang on,", ", let me think,", ", where was I,"]
        )
        pieces[at:at] = [[filler, -1, -1]]
    body = _tidy([*prefix, *(p[0] for p in pieces)], cap_first=False)
    why = _why(desc)
    frames = [f for f in CHAOTIC_FRAMES if "{D}" not in f or why]
    frame = rng.choice(frames)
    line = (
        frame.replace("{T}", trig)
        .replace("{t}", trig.lower())
        .replace("{S}", body)
        .replace("{D}", why or "")
        .replace("{X}", rng.choice(TRAILING))
    )
    return _tidy([line])


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------
def _tool_keys(cmd: str) -> list[str]:
    words = cmd.split()
    keys = [words[0]]
    if words[0] == "sudo" and len(words) > 1:
        keys.append(words[1])
    return keys


def _commands() -> list[str]:
    out = []
    with TRAIN.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 7 != 1:
                continue
            cmd = json.loads(raw)["command"]
            if (
                cmd.isascii()
                and len(cmd) <= 80
                and "\n" not in cmd
                and "\t" not in cmd
                and "  " not in cmd
                and cmd == cmd.strip()
                and cmd not in out
            ):
                out.append(cmd)
    return out


def _descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            out.setdefault(row["command"], row["description"])
    return out


def build() -> list[dict]:
    rng = random.Random(24)
    pool = _commands()
    rng.shuffle(pool)
    descs = _descriptions()
    used: set[str] = set()
    tools: dict[str, int] = {}
    rows: list[dict] = []
    for slice_name in SLICES:
        count = 0
        for cmd in pool:
            if count == PER_SLICE:
                break
            if cmd in used or any(tools.get(k, 0) >= 2 for k in _tool_keys(cmd)):
                continue
            if slice_name == "chaotic" and " " not in cmd:
                continue
            line = None
            for _ in range(4):
                try:
                    if slice_name == "clean":
                        cand = make_clean(cmd, rng)
                    elif slice_name == "fuzzy":
                        cand = make_fuzzy(cmd, rng)
                    elif slice_name == "natural":
                        cand = make_natural(cmd, rng, descs.get(cmd))
                    else:
                        cand = make_chaotic(cmd, rng, descs.get(cmd))
                except ValueError:
                    cand = None
                if cand and cand.isascii() and "\n" not in cand and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            used.add(cmd)
            for k in _tool_keys(cmd):
                tools[k] = tools.get(k, 0) + 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"only {count} lines for slice {slice_name}")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
