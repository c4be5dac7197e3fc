#!/usr/bin/env python3
"""Eighteenth author: Priya, a blind SRE who dictates bash to a screen reader all day.

Writes assets/training/bash/author18.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input": what Whisper wrote, "command": the exact command, "slice", "author"}.
Commands are the "command" field of assets/training/bash/train.jsonl (0-based line % 5 == 2);
the "why" Priya sometimes gives is the plain-English "description" of the command in
assets/training/bash/corpus.jsonl. Both come from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0; thanks to its authors.

Deterministic: one random.Random(18), consumed in a fixed order. Every line is checked against
decode() below (the listener of this guide) and a line that does not give back its command is
thrown away and replaced, so every line in the file is unambiguous under this guide.

STYLE GUIDE
===========

Persona
-------
Priya is a blind site-reliability engineer. She works with a screen reader and voice control,
so she is used to dictating exactly. She is precise and terse: no chit-chat, short framings,
and when a letter matters she spells it with the NATO alphabet.

Vocabulary (the same words in every slice)
------------------------------------------
Symbols. Her own word first, the looser synonyms Whisper or a tired Priya produce after the bar.
  -  dash | minus, hyphen              --  dash dash | double dash, minus minus
  .  dot | period, point, full stop    /   slash | forward slash        \\  backslash
  ~  tilde      |  pipe | vertical bar   >  greater than    >>  append    <  less than
  &  ampersand  && and and | double ampersand                ||  or or | double pipe
  !  bang | exclamation mark   #  hash | pound   @  at | at sign   :  colon
  ;  semi | semicolon     "  quote | double quote      '  single quote | apostrophe
  (  paren | open paren   )  close paren   { brace   } close brace   [ bracket   ] close bracket
  _  underscore   =  equals | equal sign   +  plus   *  star | asterisk   $  dollar | dollar sign
  ,  comma   %  percent   ^  caret   `  backtick   ?  question mark
  ./  dot slash    ../  dot dot slash    ..  dot dot
Whisper may hyphenate a two-word name ("greater-than"); that is the same name.
Letters. NATO words (alpha/alfa, bravo, charlie, ... x-ray, yankee, zulu) spell letters:
  "dash alpha" = -a, "charlie delta" = cd. A NATO word on its own (a whole word of the command
  by itself, with no other NATO word, dash or cap next to it) is just that word: "echo" is echo.
Case. "cap X" (or "capital X"): X is a NATO letter -> that capital letter; X is a word -> the
  word with a capital first letter ("cap insight" = Insight). "all caps X": X in capitals
  ("all caps home" = HOME). Otherwise letters are lower case.
Literal. "literal X" is the word X itself, never a symbol, letter or digit: "literal dot"
  = dot (the graphviz tool), "literal at" = at, "literal cap" = cap.

Protocol speech (slices clean and fuzzy, and half of chaotic)
------------------------------------------------------------
Priya says "space" exactly where the command has a space and nothing is ever spaced otherwise:
every word she says between two "space"s is glued together. Digits are said one by one as
words ("one three zero" = 130); a single lower-case letter inside a word is a NATO letter
("enp three sierra zero" = enp3s0); a one-letter argument on its own is said as the letter.
  clean: exactly that, no punctuation, no framing: "git space stash space pop".
  fuzzy: the same protocol, but with the synonyms above and Whisper's slips: the first word
    capitalised, a final full stop, a comma after some "space"s, some digits written as
    digits ("10" for "one zero"), a long name split in two ("efi bootmgr").
Listener, protocol: Whisper's capitals, commas and final full stop mean nothing; case comes
only from cap / all caps. A line is protocol speech when the command part contains the word
"space" (not after "literal").

Natural speech (slice natural, and half of chaotic)
---------------------------------------------------
How Priya really talks to the dictation app: "space" is never said. Whisper writes the words,
numbers, file names, paths, URLs, hyphenated names and flags itself ("-la", "--no-pretty",
"/etc/hosts", "config.yaml", "10.0.0.5:443"), capitalises and punctuates the sentence. Anything
Whisper would not write she names with the vocabulary above; sometimes she spells a short flag
("dash capital bravo") or a short tool ("charlie delta") or says "all caps home".
Framing: brief. Lead-ins: "Run", "Type", "Then", "Now", "Command:", "Command is", "Next:",
  "Next command:", "Run this:", optionally after "Okay," / "Okay." / "Right," / "So,".
  Closers after the command: "And that's it.", "That's it.", "Enter.", "Then enter.",
  ", please." The reason she gives (the tldr description) goes before a lead-in ("To list the
  tables, run ...", "I need to ... . Command: ...", "Right, ... . Run ...") or after the
  command (", to ...", ", because I need to ...", ". That should ...").
Listener, natural, how the words join:
  * a written word is taken as written; Whisper's commas and final full stop are dropped;
  * pipe, and and, or or, semi, greater than, append, less than, ampersand stand alone;
  * dot, slash, colon, underscore, at, equals, comma, plus, percent, caret, backslash glue to
    the word before and after ("archive underscore file.dump" = archive_file.dump);
  * dash, dash dash, tilde, dollar, bang, hash, star, paren, brace, bracket, dot slash,
    dot dot slash start a new word and glue to what follows ("tilde slash notes.txt");
  * close paren / close brace / close bracket / question mark glue to the word before;
  * quote and single quote open (glue forward) and then close (glue backward) in turn;
  * after a dash, NATO letters keep gluing ("dash sierra cap victor" = -sV); two or more NATO
    words in a row spell one word ("charlie delta" = cd); digits are never words here.
  * Whisper capitalises a sentence: when the command opens a sentence, its first word loses
    a capital that only its first letter has ("Gradle clean build." = gradle clean build).

Corrections and other disfluencies (slice chaotic)
--------------------------------------------------
  * "um", "uh", "er", "erm", "hmm" are ignored; so are the asides "hang on", "hold on",
    "wait", "sorry", "let me check", "where was I". The comma Whisper puts there stays a pause.
  * a word Whisper cut off ("sta-") is ignored; she then says the word in full.
  * "correction" (word scope): the last word said before it is dropped, the next words follow.
  * "no, make that" and "undo that" (token scope): the last command word (a whole flag, a
    whole path, in protocol speech everything back to the last "space") is dropped.
  * "scratch that" (whole command): everything said before it is dropped; she starts again.
  * "replace X with Y": the last X said before it becomes Y.
  * restart: saying a lead-in again after a pause ("Run git st-, uh, run git stash pop")
    starts the command again (the listener keeps what follows the last lead-in).
  * trailing thoughts after the command ("I think", "I hope that's right", "should be right",
    "if I remember right") are dropped like the closers.

Listener order: disfluencies and corrections (left to right) -> closers -> last lead-in ->
cut a trailing reason (", to" / ", because" / ", so" / ", since" / next sentence) -> protocol
or natural decoding.

Known limits: a command whose words collide with the framing (a tool called "run" or "type"
opening a natural sentence, an argument "to" after a pause) or that Whisper cannot write
(camelCase, 2>&1) only appears in the slices where this guide keeps it unambiguous.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
TRAIN = DATA / "train.jsonl"
CORPUS = DATA / "corpus.jsonl"
OUT = DATA / "author18.jsonl"
AUTHOR = "eighteenth"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# --------------------------------------------------------------------------- vocabulary

PREFIX, JOIN, SUFFIX, OP, QUOTE = "prefix", "join", "suffix", "op", "quote"

NAMES: dict[str, tuple[str, str]] = {
    "dash": ("-", PREFIX), "minus": ("-", PREFIX), "hyphen": ("-", PREFIX),
    "dash dash": ("--", PREFIX), "double dash": ("--", PREFIX),
    "dot": (".", JOIN), "period": (".", JOIN), "point": (".", JOIN), "full stop": (".", JOIN),
    "dot slash": ("./", PREFIX), "dot dot": ("..", PREFIX), "dot dot slash": ("../", PREFIX),
    "slash": ("/", JOIN), "forward slash": ("/", JOIN), "backslash": ("\\", JOIN),
    "tilde": ("~", PREFIX),
    "pipe": ("|", OP), "vertical bar": ("|", OP),
    "greater than": (">", OP), "append": (">>", OP), "less than": ("<", OP),
    "ampersand": ("&", OP), "and and": ("&&", OP), "double ampersand": ("&&", OP),
    "or or": ("||", OP), "double pipe": ("||", OP),
    "semi": (";", OP), "semicolon": (";", OP),
    "bang": ("!", PREFIX), "exclamation mark": ("!", PREFIX),
    "hash": ("#", PREFIX), "pound": ("#", PREFIX),
    "at": ("@", JOIN), "at sign": ("@", JOIN),
    "colon": (":", JOIN),
    "quote": ('"', QUOTE), "double quote": ('"', QUOTE),
    "open quote": ('"', PREFIX), "close quote": ('"', SUFFIX),
    "single quote": ("'", QUOTE), "apostrophe": ("'", QUOTE),
    "paren": ("(", PREFIX), "open paren": ("(", PREFIX), "close paren": (")", SUFFIX),
    "brace": ("{", PREFIX), "open brace": ("{", PREFIX), "close brace": ("}", SUFFIX),
    "bracket": ("[", PREFIX), "open bracket": ("[", PREFIX), "close bracket": ("]", SUFFIX),
    "underscore": ("_", JOIN),
    "equals": ("=", JOIN), "equal sign": ("=", JOIN), "equals sign": ("=", JOIN),
    "plus": ("+", JOIN),
    "star": ("*", PREFIX), "asterisk": ("*", PREFIX),
    "dollar": ("$", PREFIX), "dollar sign": ("$", PREFIX),
    "comma": (",", JOIN), "percent": ("%", JOIN), "caret": ("^", JOIN),
    "backtick": ("`", QUOTE), "question mark": ("?", SUFFIX),
}
NAME_KEYS = {tuple(k.split()): k for k in NAMES}
SINGLE_NAMES = {k for k in NAMES if " " not in k}

# Priya's own word for each character, then the fuzzy synonyms.
SAY: dict[str, list[str]] = {
    "-": ["dash", "minus", "hyphen"], "--": ["dash dash", "double dash", "minus minus"],
    ".": ["dot", "period", "point"], "/": ["slash", "forward slash"], "\\": ["backslash"],
    "~": ["tilde"], "|": ["pipe", "vertical bar"], ">": ["greater than", "greater-than"],
    ">>": ["append"], "<": ["less than", "less-than"], "&": ["ampersand"],
    "&&": ["and and", "double ampersand"], "||": ["or or", "double pipe"],
    "!": ["bang", "exclamation mark"], "#": ["hash", "pound"], "@": ["at", "at sign"],
    ":": ["colon"], ";": ["semi", "semicolon"], '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"], "(": ["paren", "open paren"], ")": ["close paren"],
    "{": ["brace", "open brace"], "}": ["close brace"], "[": ["bracket", "open bracket"],
    "]": ["close bracket"], "_": ["underscore"], "=": ["equals", "equal sign"],
    "+": ["plus"], "*": ["star", "asterisk"], "$": ["dollar", "dollar sign"],
    ",": ["comma"], "%": ["percent"], "^": ["caret"], "`": ["backtick"], "?": ["question mark"],
}

NATO_LIST = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
             "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
             "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu"]
NATO = {w: w[0] for w in NATO_LIST}
NATO.update({"alfa": "a", "juliet": "j", "xray": "x", "whisky": "w"})
SPELL = {w[0]: w for w in NATO_LIST}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGITS = {w: str(i) for i, w in enumerate(DIGIT_WORDS)}
MODIFIERS = {"cap", "capital", "literal", "space", "caps"}

HESITATIONS = {"um", "uh", "er", "erm", "hmm"}
ASIDES = [("let", "me", "check"), ("where", "was", "i"), ("hang", "on"), ("hold", "on"),
          ("wait",), ("sorry",)]
FRAGMENT = re.compile(r"^[A-Za-z]+-([,.;]?)$")

_INTERJ = r"(?:okay|ok|right|alright|so)[,.]\s+"
_LEAD = r"(?:run this:|next command:|command:|command is|next:|run|type|then|now)\s+(?!space\b)"
MARK = re.compile(rf"(?:^|(?<=[.,:;!?])\s+)(?:{_INTERJ}|{_LEAD})+", re.I)
TAIL = re.compile(
    r"[,.;!?]\s+(?:and that's it|that's it|that's all|then enter|press enter|enter|please"
    r"|thanks|i hope that's right|i hope|i think|if i remember right|should be right"
    r"|should be fine)[.!?]*$", re.I)
WHY_AFTER = re.compile(r",\s+(?:to|so|because|since)\s|\.\s")


# --------------------------------------------------------------------------- the listener

def _bare(word: str) -> str:
    return word.lower().strip(",.;:!?")


def _trail(word: str) -> str:
    m = re.search(r"[,.;:!?]+$", word)
    return m.group(0) if m else ""


class Item:
    __slots__ = ("kind", "value", "cls", "mods", "idx", "word")

    def __init__(self, kind: str, value: str, idx: int, mods: tuple[str, ...] = (),
                 cls: str = "", word: str = "") -> None:
        self.kind, self.value, self.idx, self.mods = kind, value, idx, mods
        self.cls, self.word = cls, word


def _split_hyphen_names(words: list[str]) -> list[str]:
    out = []
    for w in words:
        b = _bare(w)
        parts = b.split("-")
        if len(parts) > 1 and " ".join(parts) in NAMES:
            out.extend(parts)
        else:
            out.append(w)
    return out


def _items(words: list[str], protocol: bool) -> list[Item]:
    items: list[Item] = []
    mods: list[str] = []
    i = 0
    while i < len(words):
        raw, b = words[i], _bare(words[i])
        if b == "literal" and i + 1 < len(words):
            text = words[i + 1].rstrip(",")
            items.append(Item("text", text.lower() if protocol else text, i, tuple(mods)))
            mods = []
            i += 2
            continue
        if b in ("cap", "capital"):
            mods.append("cap")
            i += 1
            continue
        if b == "all" and i + 1 < len(words) and _bare(words[i + 1]) == "caps":
            mods.append("all")
            i += 2
            continue
        for n in (3, 2, 1):
            key = tuple(_bare(w) for w in words[i:i + n])
            if len(key) == n and key in NAME_KEYS:
                chars, cls = NAMES[NAME_KEYS[key]]
                items.append(Item("sym", chars, i, (), cls))
                i += n
                break
        else:
            if protocol and b == "space":
                items.append(Item("space", " ", i))
            elif b in NATO:
                items.append(Item("nato", NATO[b], i, tuple(mods), word=raw.rstrip(",")))
            elif protocol and b in DIGITS:
                items.append(Item("digit", DIGITS[b], i))
            else:
                text = raw.rstrip(",")
                items.append(Item("text", text.lower() if protocol else text, i, tuple(mods)))
            mods = []
            i += 1
    return items


def _cased(it: Item) -> str:
    v = it.value
    if "all" in it.mods:
        return v.upper()
    if "cap" in it.mods:
        return v[:1].upper() + v[1:]
    return v


def _protocol(words: list[str]) -> str:
    tokens: list[list[Item]] = [[]]
    for it in _items(words, True):
        if it.kind == "space":
            tokens.append([])
        else:
            tokens[-1].append(it)
    out = []
    for tok in tokens:
        if len(tok) == 1 and tok[0].kind == "nato" and not tok[0].mods:
            out.append(tok[0].word.lower())
        else:
            out.append("".join(_cased(it) for it in tok))
    return " ".join(out)


def _natural_tokens(words: list[str]) -> list[list]:
    """[[token text, index of its first word], ...] under the natural joining rules."""
    items = _items(words, False)
    grouped: list[Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind != "nato":
            grouped.append(it)
            i += 1
            continue
        j = i
        while j < len(items) and items[j].kind == "nato":
            j += 1
        run = items[i:j]
        prev = grouped[-1] if grouped else None
        after_dash = prev is not None and prev.kind == "sym" and prev.value in ("-", "--")
        if len(run) > 1 or after_dash or run[0].mods:
            grouped.append(Item("text", "".join(_cased(x) for x in run), run[0].idx))
        else:
            grouped.append(Item("text", it.word, it.idx))
        i = j
    toks: list[list] = []
    glue, after_op = False, True
    open_q = {'"': False, "'": False, "`": False}
    for it in grouped:
        if it.kind == "text":
            val = _cased(it)
            if glue and toks:
                toks[-1][0] += val
            else:
                toks.append([val, it.idx])
            glue, after_op = False, False
            continue
        cls = it.cls
        if cls == QUOTE:
            cls = SUFFIX if open_q[it.value] else PREFIX
            open_q[it.value] = not open_q[it.value]
        elif it.value in open_q:
            open_q[it.value] = cls == PREFIX
        if cls == OP:
            toks.append([it.value, it.idx])
            glue, after_op = False, True
        elif cls == PREFIX:
            if glue and toks:
                toks[-1][0] += it.value
            else:
                toks.append([it.value, it.idx])
            glue, after_op = True, False
        else:
            if toks and not after_op:
                toks[-1][0] += it.value
            else:
                toks.append([it.value, it.idx])
            glue, after_op = cls == JOIN, False
    return toks


def _drop_token(out: list[str]) -> list[str]:
    bares = [_bare(w) for w in out]
    if "space" in bares:
        return out[:len(bares) - bares[::-1].index("space")]
    toks = _natural_tokens(out)
    return out[:toks[-1][1]] if toks else []


def _carry(out: list[str], punct: str) -> None:
    if punct and out and not _trail(out[-1]):
        out[-1] += punct


def _disfluencies(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        b = [_bare(x) for x in words[i:i + 3]]
        if b[0] in HESITATIONS:
            _carry(out, _trail(w))
            i += 1
            continue
        aside = next((a for a in ASIDES if tuple(b[:len(a)]) == a), None)
        if aside:
            _carry(out, _trail(words[i + len(aside) - 1]))
            i += len(aside)
            continue
        frag = FRAGMENT.match(w)
        if frag:
            _carry(out, frag.group(1))
            i += 1
            continue
        if b[:2] == ["scratch", "that"]:
            out = []
            i += 2
            continue
        if b[:2] == ["undo", "that"]:
            out = _drop_token(out)
            i += 2
            continue
        if b == ["no", "make", "that"]:
            out = _drop_token(out)
            i += 3
            continue
        if b[0] == "correction":
            out = out[:-1]
            i += 1
            continue
        if b[0] == "replace" and (not out or _trail(out[-1])):
            rest = [_bare(x) for x in words[i + 1:i + 5]]
            if "with" in rest[1:]:
                k = rest.index("with")
                x_words = rest[:k]
                j = i + 2 + k
                y_words: list[str] = []
                while j < len(words):
                    y_words.append(words[j])
                    j += 1
                    if _trail(y_words[-1]):
                        break
                for s in range(len(out) - len(x_words), -1, -1):
                    if [_bare(x) for x in out[s:s + len(x_words)]] == x_words:
                        punct = _trail(out[s + len(x_words) - 1])
                        y_clean = [y.rstrip(",.;:!?") for y in y_words]
                        y_clean[-1] += punct
                        out[s:s + len(x_words)] = y_clean
                        break
                _carry(out, _trail(y_words[-1]) if y_words else "")
                i = j
                continue
        out.append(w)
        i += 1
    return out


def _strip_frame(text: str) -> tuple[str, bool]:
    text = text.strip()
    while True:
        new = TAIL.sub("", text).strip()
        if new == text:
            break
        text = new
    start = 0
    for m in MARK.finditer(text):
        start = m.end()
    prefix = text[:start].rstrip()
    body = text[start:]
    body = WHY_AFTER.split(body, maxsplit=1)[0]
    body = body.strip().rstrip(".!?,;:").strip()
    return body, prefix == "" or prefix[-1] in ".!?"


def decode(line: str) -> str:
    """The careful listener of the guide above: the command Priya meant."""
    words = _split_hyphen_names(_disfluencies(line.split()))
    body, sentence_start = _strip_frame(" ".join(words))
    bw = body.split()
    if not bw:
        return ""
    bares = [_bare(w) for w in bw]
    protocol = any(b == "space" and (j == 0 or bares[j - 1] != "literal")
                   for j, b in enumerate(bares))
    if protocol:
        return _protocol(bw)
    first = bw[0]
    if sentence_start and re.match(r"^[A-Z][^A-Z]*$", first):
        bw[0] = first[0].lower() + first[1:]
    return " ".join(t for t, _ in _natural_tokens(bw))


# --------------------------------------------------------------------------- the speaker

_ALW = r"(?:[a-z0-9]+|[A-Z][a-z0-9]*|[A-Z0-9]+)"
_WORD = rf"{_ALW}(?:[.-]{_ALW})*"
WRITABLE = re.compile(
    rf"-[A-Za-z0-9]+|--[a-z0-9]+(?:-[a-z0-9]+)*"
    rf"|[a-z]+://(?:[a-z0-9]+(?::[a-z0-9]+)?@)?{_WORD}(?::[0-9]+)?(?:/{_WORD})*"
    rf"|{_WORD}:[0-9]+|[a-z0-9.]+@{_WORD}|/?{_WORD}(?:/{_WORD})*")
OP_TOKENS = {"|": "pipe", "&&": "and and", "||": "or or", ">": "greater than", ">>": "append",
             "<": "less than", ";": "semi", "&": "ampersand"}
NAT_SPECIAL = SINGLE_NAMES | MODIFIERS | {"all"}
PROTO_SPECIAL = SINGLE_NAMES | MODIFIERS | set(DIGITS) | {"all"}


def _pieces(token: str) -> list[tuple[str, str]]:
    """Split one command word into (kind, text): sym, lower, cap, upper, digits."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(token):
        for op in ("&&", "||", ">>", "--"):
            if token.startswith(op, i):
                out.append(("sym", op))
                i += len(op)
                break
        else:
            c = token[i]
            if c.isdigit():
                m = re.match(r"[0-9]+", token[i:])
                out.append(("digits", m.group(0)))
                i += m.end()
            elif c.isascii() and c.isalpha():
                m = re.match(r"[A-Za-z]+", token[i:])
                for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", m.group(0)):
                    if part.islower():
                        out.append(("lower", part))
                    elif len(part) > 1 and part[1:].islower():
                        out.append(("cap", part.lower()))
                    else:
                        out.append(("upper", part.lower()))
                i += m.end()
            else:
                out.append(("sym", c))
                i += 1
    return out


COMMON = ["name", "domain", "boot", "config", "tool", "ctl", "stat", "info", "server", "client",
          "list", "make", "file", "sync", "view", "edit", "tree", "path", "mgr", "shell", "net",
          "user", "wrapped", "store", "image", "data", "key", "log", "build", "test", "check"]


def _split_compound(word: str) -> list[str] | None:
    """Where Whisper would break a long tool name in two ("efi bootmgr"), if anywhere."""
    for part in COMMON:
        k = word.find(part)
        if k >= 3 and len(word) - k >= 3:
            return [word[:k], word[k:]]
        if k == 0 and len(word) - len(part) >= 3:
            return [word[:len(part)], word[len(part):]]
    return None


class Speaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---------------------------------------------------------------- protocol
    def protocol_token(self, token: str, fuzzy: bool, first: bool) -> list[str]:
        rng = self.rng
        pieces = _pieces(token)
        if len(pieces) == 1 and pieces[0][0] == "lower" and len(pieces[0][1]) == 1:
            return [pieces[0][1]]
        words: list[str] = []
        for kind, text in pieces:
            if kind == "sym":
                names = SAY.get(text, [text])
                if fuzzy and len(names) > 1 and self.chance(0.45):
                    words.extend(rng.choice(names[1:]).split())
                else:
                    words.extend(names[0].split())
            elif kind == "digits":
                if fuzzy and self.chance(0.5):
                    words.append(text)
                else:
                    words.extend(DIGIT_WORDS[int(d)] for d in text)
            elif kind == "lower":
                if len(text) == 1 or (first and len(text) == 2 and self.chance(0.4)):
                    words.extend(SPELL[c] for c in text)
                elif text in PROTO_SPECIAL or (text in NATO and len(pieces) > 1):
                    words.extend(["literal", text])
                elif fuzzy and len(text) >= 7 and _split_compound(text) and self.chance(0.4):
                    words.extend(_split_compound(text) or [])
                else:
                    words.append(text)
            elif kind == "cap":
                cap = "capital" if fuzzy and self.chance(0.5) else "cap"
                if text in PROTO_SPECIAL or text in NATO:
                    words.extend([cap, "literal", text])
                else:
                    words.extend([cap, text])
            else:  # upper
                if len(text) == 1 or (len(text) <= 3 and self.chance(0.4)):
                    for c in text:
                        words.extend(["capital" if fuzzy and self.chance(0.4) else "cap",
                                      SPELL[c]])
                elif text in PROTO_SPECIAL or text in NATO:
                    words.extend(["all", "caps", "literal", text])
                else:
                    words.extend(["all", "caps", text])
        return words

    def protocol_tokens(self, command: str, fuzzy: bool) -> list[list[str]]:
        return [self.protocol_token(t, fuzzy, k == 0)
                for k, t in enumerate(command.split(" "))]

    # ---------------------------------------------------------------- natural
    def natural_token(self, token: str, first: bool) -> list[str]:
        rng = self.rng
        if token in OP_TOKENS:
            return OP_TOKENS[token].split()
        if WRITABLE.fullmatch(token):
            if re.fullmatch(r"-[A-Za-z]", token) and self.chance(0.4):
                c = token[1]
                if c.isupper():
                    return ["dash", rng.choice(["cap", "capital"]), SPELL[c.lower()]]
                return ["dash", SPELL[c]]
            if (first and re.fullmatch(r"[a-z]{2}", token) and token not in ("go", "do")
                    and self.chance(0.5)):
                return [SPELL[c] for c in token]
            if re.fullmatch(r"--[a-z0-9-]+", token) and self.chance(0.2):
                return ["dash", "dash", token[2:]]
            if re.fullmatch(r"[A-Z]{2,}", token) and self.chance(0.5):
                return ["all", "caps", token.lower()]
            if token.lower() in NAT_SPECIAL:
                return ["literal", token]
            return [token]
        words: list[str] = []
        i = 0
        if token == "..":
            return ["dot", "dot"]
        for lead, said in (("../", ["dot", "dot", "slash"]), ("./", ["dot", "slash"])):
            if token.startswith(lead):
                words.extend(said)
                i = len(lead)
                break
        while i < len(token):
            best = 0
            if token[i].isalnum() or token[i] in "/-":
                for j in range(len(token), i, -1):
                    if WRITABLE.fullmatch(token, i, j):
                        best = j
                        break
            if best and not (token[i] == "/" and not words) and not (
                    token[i] == "-" and words):
                text = token[i:best]
                words.extend(["literal", text] if text.lower() in NAT_SPECIAL else [text])
                i = best
                continue
            for op in ("&&", "||", ">>"):
                if token.startswith(op, i):
                    words.extend(OP_TOKENS[op].split())
                    i += 2
                    break
            else:
                c = token[i]
                if c.isalpha():
                    words.extend(["cap", SPELL[c.lower()]] if c.isupper() else [SPELL[c]])
                else:
                    words.extend(SAY.get(c, [c])[0].split())
                i += 1
        return words

    def natural_tokens(self, command: str) -> list[list[str]]:
        toks = [self.natural_token(t, k == 0) for k, t in enumerate(command.split(" "))]
        flat = [w.lower() for t in toks for w in t]
        # a lone NATO word next to another NATO word, or after dash or cap, is said "literal"
        pos = 0
        for t in toks:
            size = len(t)
            if size == 1 and flat[pos] in NATO:
                prev = flat[pos - 1] if pos else ""
                nxt = flat[pos + 1] if pos + 1 < len(flat) else ""
                if prev in NATO or prev in ("dash", "cap", "capital") or nxt in NATO:
                    t[:] = ["literal", t[0]]
            pos += size
        return toks


# --------------------------------------------------------------------------- mistakes

EXT_SWAP = {".txt": ".md", ".md": ".txt", ".py": ".sh", ".sh": ".py", ".json": ".yaml",
            ".yaml": ".json", ".yml": ".yaml", ".csv": ".tsv", ".log": ".txt", ".conf": ".cfg",
            ".html": ".htm", ".png": ".jpg", ".jpg": ".png", ".xml": ".json", ".tar": ".zip"}
EXTRA_FLAGS = ["--verbose", "-v", "--force", "-f", "--all", "-r", "--dry-run", "-q"]


def mutate(word: str, rng: random.Random) -> str | None:
    """A plausible wrong version of one spoken/written word, or None."""
    b = word.lower()
    if b in NATO:
        return rng.choice([w for w in NATO_LIST if w[0] != NATO[b]])
    if b in DIGITS:
        return rng.choice([w for w in DIGIT_WORDS if w != b])
    if b in NAMES or b in MODIFIERS or b in ("all", "caps", "and", "than"):
        return None
    options: list[str] = []
    for ext, other in EXT_SWAP.items():
        if word.endswith(ext):
            options.append(word[: -len(ext)] + other)
    digits = [k for k, c in enumerate(word) if c.isdigit()]
    if digits:
        k = rng.choice(digits)
        options.append(word[:k] + str((int(word[k]) + rng.randint(1, 8)) % 10) + word[k + 1:])
    m = re.fullmatch(r"(-)([a-zA-Z])", word)
    if m:
        letters = "abcdefghilmnoqrstvx"
        options.append("-" + rng.choice([c for c in letters if c != word[1].lower()]))
    spots = [k for k in range(len(word) - 1)
             if word[k].islower() and word[k + 1].islower() and word[k] != word[k + 1]]
    if len(re.sub(r"[^a-z]", "", word)) >= 4 and spots:
        k = rng.choice(spots)
        options.append(word[:k] + word[k + 1] + word[k] + word[k + 2:])
    options = [o for o in options if o != word and o.lower() not in NAT_SPECIAL
               and o.lower() not in NATO and o.lower() not in DIGITS]
    return rng.choice(options) if options else None


def mutate_token(token: str, rng: random.Random) -> str | None:
    if token in OP_TOKENS:
        return None
    for ext, other in EXT_SWAP.items():
        if token.endswith(ext):
            return token[: -len(ext)] + other
    m = re.fullmatch(r"-([a-zA-Z])", token)
    if m:
        return mutate(token, rng)
    m = re.fullmatch(r"--([a-z]+)(.*)", token)
    if m and len(m.group(1)) >= 4:
        w = mutate(m.group(1), rng)
        return "--" + w + m.group(2) if w else None
    runs = [mm for mm in re.finditer(r"[a-z]{4,}|[0-9]+", token)]
    if not runs:
        return None
    mm = rng.choice(runs)
    w = mutate(mm.group(0), rng)
    return token[:mm.start()] + w + token[mm.end():] if w else None


# --------------------------------------------------------------------------- framings

def _why(description: str) -> str | None:
    d = re.sub(r"\s*\([^)]*\)", "", description).replace("[", "").replace("]", "").strip()
    d = d.rstrip(".")
    if not d.isascii() or re.search(r"[`<>{}|$\"';:]", d) or len(d) > 90:
        return None
    if len(d) > 1 and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


# (template, needs a why). {c}: the command mid-sentence, {C}: opening a sentence.
TEMPLATES: list[tuple[str, bool]] = [
    ("Run {c}.", False),
    ("Command: {c}.", False),
    ("Okay, {c}.", False),
    ("Next: {c}.", False),
    ("Then {c}.", False),
    ("Okay, run {c}.", False),
    ("{C}. And that's it.", False),
    ("{W}. Run {c}.", True),
    ("To {w}, run {c}.", True),
    ("Next command: {c}.", False),
    ("Type {c}.", False),
    ("{C}. Enter.", False),
    ("Okay, next: {c}. That's it.", False),
    ("Now {c}.", False),
    ("Run this: {c}.", False),
    ("I need to {w}. Command: {c}.", True),
    ("{C}, to {w}.", True),
    ("Then {c}, and that's it.", False),
    ("Okay. {C}.", False),
    ("Command is {c}.", False),
    ("Run {c}, please.", False),
    ("Right, {w}. Run {c}.", True),
    ("{C}. That should {w}.", True),
    ("So, {c}.", False),
    ("Next: {c}, because I need to {w}.", True),
    ("Run {c}. Then enter.", False),
    ("Okay, {w}. Next: {c}.", True),
]


def fill(template: str, body: str, why: str | None) -> str:
    cap = body[:1].upper() + body[1:]
    w = why or ""
    return template.format(c=body, C=cap, w=w, W=w[:1].upper() + w[1:])


# --------------------------------------------------------------------------- slices

class Author:
    def __init__(self) -> None:
        self.rng = random.Random(18)
        self.sp = Speaker(self.rng)
        self.template_next = 0
        self.templates_used: Counter[str] = Counter()
        self.chaos_ops: Counter[str] = Counter()
        self.descriptions: dict[str, str] = {}

    def clean(self, command: str) -> str | None:
        toks = self.sp.protocol_tokens(command, fuzzy=False)
        return " space ".join(" ".join(t) for t in toks)

    def fuzzy(self, command: str) -> str | None:
        rng = self.rng
        toks = self.sp.protocol_tokens(command, fuzzy=True)
        parts = [" ".join(toks[0])]
        for t in toks[1:]:
            parts.append(("space, " if self.sp.chance(0.3) else "space ") + " ".join(t))
        line = " ".join(parts)
        slips = [self.sp.chance(0.5), self.sp.chance(0.5)]
        clean = " space ".join(" ".join(t) for t in self.sp.protocol_tokens(command, False))
        if not any(slips) and line.replace(",", "") == clean:
            slips[rng.randrange(2)] = True
        if slips[0]:
            line = line[:1].upper() + line[1:]
        if slips[1]:
            line += "."
        return line

    def natural(self, command: str) -> str | None:
        why = _why(self.descriptions.get(command, ""))
        toks = self.sp.natural_tokens(command)
        body = " ".join(w for t in toks for w in t)
        n = len(TEMPLATES)
        for k in range(n):
            idx = (self.template_next + k) % n
            template, needs_why = TEMPLATES[idx]
            if needs_why and not why:
                continue
            line = fill(template, body, why)
            if decode(line) == command:
                self.template_next = (idx + 1) % n
                self.templates_used[template] += 1
                return line
        return None

    # -------------------------------------------------------------- chaotic
    def chaotic(self, command: str) -> str | None:
        rng = self.rng
        natural = self.sp.chance(0.6)
        if natural:
            toks = self.sp.natural_tokens(command)
        else:
            toks = self.sp.protocol_tokens(command, fuzzy=self.sp.chance(0.5))
        ops = ["word", "token", "scratch", "replace", "fragment"]
        if natural:
            ops += ["restart", "undo"]
        else:
            ops += ["undo"]
        op = rng.choice(ops)
        words = self._apply(op, command, toks, natural)
        if words is None:
            return None
        words = self._decorate(words, natural)
        line = " ".join(words)
        if natural:
            lead = rng.choice(["", "", "Run", "Okay, run", "Command:", "Next:", "Okay,"])
            if lead and op not in ("restart", "scratch"):
                line = lead + " " + line
            elif not lead and op not in ("restart",):
                line = line[:1].upper() + line[1:]
            line += "."
            if self.sp.chance(0.3):
                line = line[:-1] + rng.choice([", I think.", ". I hope that's right.",
                                               ", if I remember right.", ". That's it."])
        elif self.sp.chance(0.2):
            line += rng.choice([", I think", ", should be right"])
        if decode(line) != command:
            return None
        self.chaos_ops[op] += 1
        return line

    def _join(self, toks: list[list[str]], natural: bool) -> list[str]:
        if natural:
            return [w for t in toks for w in t]
        out: list[str] = []
        for k, t in enumerate(toks):
            if k:
                out.append("space")
            out.extend(t)
        return out

    def _render(self, command: str, natural: bool) -> list[list[str]]:
        if natural:
            return self.sp.natural_tokens(command)
        return self.sp.protocol_tokens(command, fuzzy=False)

    def _apply(self, op: str, command: str, toks: list[list[str]],
               natural: bool) -> list[str] | None:
        rng = self.rng
        cmd_toks = command.split(" ")
        if op in ("word", "replace", "fragment"):
            flat = self._join(toks, natural)
            spots = []
            for k, w in enumerate(flat):
                if op == "fragment":
                    if (re.fullmatch(r"[a-z]{4,}", w) and w not in PROTO_SPECIAL
                            and w not in NATO and (k == 0 or flat[k - 1] != "literal")):
                        spots.append((k, w[:rng.randint(2, len(w) - 2)] + "-"))
                    continue
                if k and flat[k - 1].lower() in ("literal", "cap", "capital", "caps"):
                    continue
                wrong = mutate(w, rng)
                if wrong and (op == "word" or not any(x.lower() == wrong.lower() for x in flat)):
                    spots.append((k, wrong))
            if not spots:
                return None
            k, wrong = rng.choice(spots)
            if op == "fragment":
                return flat[:k] + [wrong] + flat[k:]
            if op == "word":
                marker = rng.choice([["correction,"], ["correction:"], ["Correction,"]])
                sep = "." if marker[0][0] == "C" else ","
                return flat[:k] + [wrong + sep] + marker + flat[k:]
            said = flat[:k] + [wrong] + flat[k + 1:]
            said[-1] += ","
            return said + ["replace", wrong, "with", flat[k]]
        if op in ("token", "undo"):
            k = rng.randrange(len(cmd_toks))
            if op == "token":
                wrong_tok = mutate_token(cmd_toks[k], rng)
                if wrong_tok is None:
                    return None
                marker = ["no,", "make", "that"]
            else:
                wrong_tok = rng.choice(EXTRA_FLAGS)
                if k == 0:
                    k = 1 if len(cmd_toks) > 1 else 0
                if k == 0:
                    return None
                marker = ["undo", "that,"]
            wrong_words = (self.sp.natural_token(wrong_tok, False) if natural
                           else self.sp.protocol_token(wrong_tok, False, False))
            before = self._join(toks[:k], natural)
            after = self._join(toks[k:], natural)
            if not natural and before:
                before = before + ["space"]
            wrong_words = wrong_words[:-1] + [wrong_words[-1] + ","]
            return before + wrong_words + marker + after
        if op == "scratch":
            wrong_cmd_toks = list(cmd_toks)
            k = rng.randrange(len(cmd_toks))
            wt = mutate_token(cmd_toks[k], rng)
            if wt is None:
                return None
            wrong_cmd_toks[k] = wt
            cut = rng.randint(k + 1, len(cmd_toks))
            wrong_words = self._join(self._render(" ".join(wrong_cmd_toks[:cut]), natural),
                                     natural)
            full = self._join(toks, natural)
            if natural:
                lead = rng.choice(["Run", "Okay, run", "Command:", "Next:", "Run"])
                again = rng.choice(["Run", "Okay, run", "Command:", "Next:", "Run"])
                marker = rng.choice([["Scratch", "that."], ["No,", "scratch", "that."],
                                     ["Scratch", "that,"]])
                if marker[-1].endswith(","):
                    again = again[:1].lower() + again[1:]
                return [lead] + wrong_words[:-1] + [wrong_words[-1] + "."] + marker + [
                    again] + full
            marker = rng.choice([["scratch", "that,"], ["no,", "scratch", "that,"]])
            return wrong_words[:-1] + [wrong_words[-1] + ","] + marker + full
        if op == "restart":
            flat_toks = toks
            if len(flat_toks) < 2:
                return None
            k = rng.randint(1, len(flat_toks) - 1)
            partial = self._join(flat_toks[:k], natural)
            nxt = flat_toks[k][0]
            frag = []
            if re.fullmatch(r"[a-z]{4,}", nxt) and nxt not in PROTO_SPECIAL and nxt not in NATO:
                frag = [nxt[:rng.randint(2, len(nxt) - 2)] + "-,"]
            else:
                partial[-1] += ","
            lead = rng.choice([("Run", "run"), ("Okay,", "okay,"), ("Command:", "command:"),
                               ("Run", "okay, run"), ("Next:", "next:")])
            filler = rng.choice([["uh,"], ["um,"], ["hmm,"], ["sorry,"], []])
            return [lead[0]] + partial + frag + filler + [lead[1]] + self._join(
                flat_toks, natural)
        return None

    def _decorate(self, words: list[str], natural: bool) -> list[str]:
        rng = self.rng
        words = list(words)
        if self.sp.chance(0.45) and len(words) > 2:
            k = rng.randint(1, len(words) - 1)
            near = {_bare(words[k - 1]), _bare(words[k])}
            if not _trail(words[k - 1]) and not near & KEEP_TOGETHER:
                filler = rng.choice(["um,", "uh,", "er,", "hang on,", "wait,", "hmm,",
                                     "let me check,"])
                words[k - 1] += ","
                words[k:k] = filler.split()
        return words


# words a pause never falls inside: correction phrases, modifiers, lead-ins
KEEP_TOGETHER = {"scratch", "that", "no", "make", "undo", "correction", "replace", "with", "cap",
                 "capital", "literal", "all", "caps", "run", "okay", "command", "next", "dash",
                 "minus", "hyphen", "double"}


# --------------------------------------------------------------------------- main

def tools(command: str) -> list[str]:
    parts = command.split(" ")
    keys = [parts[0]]
    if parts[0] == "sudo" and len(parts) > 1:
        keys.append(parts[1])
    return keys


def load() -> tuple[list[str], dict[str, str]]:
    commands = []
    with TRAIN.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 5 != 2:
                continue
            cmd = json.loads(raw)["command"]
            if (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                    and "  " not in cmd and cmd == cmd.strip() and cmd not in commands):
                commands.append(cmd)
    descriptions: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            descriptions.setdefault(rec["command"], rec["description"])
    return commands, descriptions


def main() -> None:
    commands, descriptions = load()
    author = Author()
    author.descriptions = descriptions
    rng = author.rng
    pool = list(commands)
    rng.shuffle(pool)
    used: set[str] = set()
    tool_count: Counter[str] = Counter()
    chosen: dict[str, list[tuple[str, str]]] = {}
    makers = {"natural": author.natural, "chaotic": author.chaotic,
              "clean": author.clean, "fuzzy": author.fuzzy}
    for name in ("natural", "chaotic", "clean", "fuzzy"):
        lines: list[tuple[str, str]] = []
        for cmd in pool:
            if len(lines) == PER_SLICE:
                break
            if cmd in used or any(tool_count[t] >= 2 for t in tools(cmd)):
                continue
            for _attempt in range(6):
                line = makers[name](cmd)
                if line is not None and decode(line) == cmd:
                    break
            else:
                continue
            used.add(cmd)
            tool_count.update(tools(cmd))
            lines.append((line, cmd))
        if len(lines) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(lines)} lines")
        chosen[name] = lines
    with OUT.open("w", encoding="utf-8") as fh:
        for name in SLICES:
            for line, cmd in chosen[name]:
                assert decode(line) == cmd, (line, cmd)
                rec = {"input": line, "command": cmd, "slice": name, "author": AUTHOR}
                fh.write(json.dumps(rec) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(
        f"{n} {len(chosen[n])}" for n in SLICES))
    print(f"natural framings used: {len(author.templates_used)}")
    print("chaotic operations: " + ", ".join(f"{k} {v}" for k, v in author.chaos_ops.items()))


if __name__ == "__main__":
    main()
