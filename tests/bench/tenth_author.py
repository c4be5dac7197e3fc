"""Tenth independent author of the voice-to-bash evaluation set ("tenth", author10.jsonl).

Run from the repository root:

    python3 tests/bench/tenth_author.py

It writes assets/training/bash/author10.jsonl: 400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic. Each line is {"input": what Whisper wrote, "command": the exact shell
command, "slice": ..., "author": "tenth"}. The script uses only the standard library and
random.Random(10), so a rerun rewrites the file byte for byte.

Source and credit
-----------------
The commands are the "command" field of assets/training/bash/train.jsonl and the "why" phrases
are the descriptions in assets/training/bash/corpus.jsonl. Both are adapted from tldr-pages,
https://github.com/tldr-pages/tldr, (c) the tldr-pages team and contributors, licensed
CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Each command is used at most once,
at most one command per tool (the first word, or the second after "sudo"), none longer than
80 characters, none with a newline or tab; only about a third of the bare one-word
commands are kept, so that most lines have something to say.

This docstring is the style guide. The listener at the bottom of the script implements it
word for word, and every line in the file was read back by that listener to exactly its
command; a line it could not read back was dropped and another command tried instead.


PERSONA
=======
Bron (Bronwyn) Maddox: born in Adelaide, fifteen years running a university's Linux estate in
Leeds. British spelling and symbol names with Australian leftovers. Says "full stop" or "dot",
"hyphen" or "dash", "forward slash" (or "stroke"), "brackets" for ( ), "inverted commas" or
"speech marks" for a double quote, "apostrophe" for a single quote, "hash", "zed" for the
letter z, "double u" for w, "nought" for 0. Polite and chatty: "Right, so", "could you pop
in", "be a love and type", "cheers", "ta", "brilliant", "lovely", "if you would".


WHAT THE LISTENER IS TOLD
=========================
The listener knows the slice. clean and fuzzy are read with the SPOKEN PROTOCOL; natural with
the NATURAL READING; chaotic is first cleaned of corrections, hesitations and asides, then read
with the protocol if the word "space" is said (not as "the word space"), otherwise naturally.


THE SPOKEN PROTOCOL (clean, fuzzy, and chaotic lines that say "space")
=====================================================================
P1. Spaces. The word "space" stands for exactly one space in the command. Everything said
    between two "space"s is glued together with no space at all.
P2. Letters. A run of lower-case letters is said as one word, as written ("rebase",
    "xargs"); the listener writes it back unchanged. A run of a single letter is said by its
    name: the letter itself, except "zed" for z and "double u" for w. Because everything
    between "space"s is glued, a spelt-out word ("a d b") reads the same as "adb".
P3. Capitals. One upper-case letter is "capital" + the letter's name ("capital v" -> V,
    "capital zed" -> Z). A run of two or more upper-case letters is "all caps" + the run in
    lower case ("all caps head" -> HEAD, "all caps readme dot md" -> README.md). Nothing else
    is ever upper case: the listener lower-cases every word it hears in the protocol.
P4. Numbers. Digit by digit, each digit as a word: nought one two three four five six seven
    eight nine ("five four three two" -> 5432, "one nought nought" -> 100).
P5. Symbols. Each character is said by its name. Clean uses the first name only; fuzzy and
    chaotic lines use any of them (a speaker keeps mostly to one name per line):
        -   hyphen | dash | minus
        /   forward slash | slash | stroke
        .   dot | full stop | point
        _   underscore
        :   colon
        ~   tilde
        =   equals | equals sign
        "   inverted commas | speech marks | double quote | quote, and in pairs:
            open/close inverted commas, open/close speech marks, open/close quote, unquote
        '   apostrophe | single quote | single inverted comma | open/close single quote
        |   pipe | vertical bar
        *   asterisk | star
        @   at sign | at symbol
        ,   comma
        >   greater than | right angle bracket
        <   less than | left angle bracket
        +   plus | plus sign
        ;   semicolon
        $   dollar | dollar sign
        %   percent
        &   ampersand
        !   exclamation mark | bang
        ?   question mark
        #   hash | hash sign
        ^   caret | hat
        \\   backslash
        `   backtick
        ( ) open bracket, close bracket | open/close round bracket | left/right bracket
        [ ] open square bracket, close square bracket | left/right square bracket
        { } open curly bracket, close curly bracket | open/close brace |
            left/right curly bracket
P6. Doubles. "double" + a symbol name is that symbol twice, for - / . : = * & | < > ; +
    ("double hyphen" -> --, "double greater than" -> >>). "double" + a digit is that digit
    twice ("double five" -> 55). "double quote" is one " (not two), "double u" is w.
P7. Escapes. When a run of letters is itself one of the one-word names above (a digit word,
    a symbol word such as "dot" or "star", "space", "zed", "unquote", or a hesitation such as
    "um"), Bron says "the word" first: "the word star" -> star. "the word" is never
    part of a command.
P8. Longest name wins. The listener reads left to right and always takes the longest name
    that matches ("open square bracket" before "open bracket"); a word that starts no name is
    an ordinary run of letters.

CLEAN: the protocol and nothing else. All lower case, no punctuation, first names only,
"nought" for 0, digits always as words, "hyphen hyphen" (never "double"), no framing words.

FUZZY: the same protocol with looser words and Whisper's small slips. Symbols take any of the
names in P5; "zero", "oh", "naught" and "nought" are all 0; "double" may be used (P6);
capitals may be "upper case x", and upper-case runs "all capitals" or "block capitals". Every
fuzzy line has at least one slip:
    - the first word is capitalised ("Git space ...");
    - a full stop after the last word;
    - a comma after some "space"s ("space, hyphen ...");
    - a number written as digits ("5432", glued like any other word);
    - a compound symbol word split in two: "under score", "semi colon", "back slash",
      "back tick", "per cent", "amper sand".
The listener lower-cases every word, strips commas and full stops that Whisper attached to a
word (the command's own punctuation is always said by name), and then reads the protocol.


THE NATURAL READING (natural, and chaotic lines that never say "space")
=======================================================================
Bron talks normally and never says "space". Whisper writes what it hears compactly:

N1. Framing. The command is wrapped in a short British framing sentence.
    - Before the command, the framing always ends with one of these lead-ins, and the command
      starts right after the first one: "could you just pop in", "could you pop in", "can you
      pop in", "could you type", "would you mind typing", "what I'm after is", "be a love and
      type", "let's have". Anything before the lead-in ("Right, so", "I want to <why>.",
      "Right, I need to <why>, so") is framing.
    - After the command, framing starts with a comma or full stop followed by one of:
      "cheers", "ta", "thanks", "brilliant", "lovely", "if you would", "please", "that's to
      <why>", "so I can <why>". The command ends at the first such comma or full stop.
    - A full stop, question mark or exclamation mark at the very end is Whisper's.
    - When the command opens the sentence, Whisper capitalised its first letter; the
      listener lower-cases that one letter (Bron never starts a line with a command whose
      first letter is a capital).
    The "why" is the tldr description of the command, first letter lower-cased.
N2. Words, numbers, file names. Whisper writes a word, number, file name, dotted name,
    hyphenated name, e-mail or IP address compactly as one word: "data.csv", "README.md",
    ".bashrc", "pull-request", "api-7f9c", "192.168.178.2", "1.2.3", "0..9", "g++",
    "alice@example.com", "*.txt". A whole URL is one word ("https://example.com/file.zip").
    Numbers are digits. Case is kept as Whisper wrote it (HEAD, RANDOM). The listener takes
    such a word literally. Two words in a row are two separate pieces with a space between.
N3. Single letters. A lone lower-case letter is the letter ("dash l"), except "zed" for z and
    "double u" for w. A lone capital is "capital" + the letter ("dash capital V" -> -V).
N4. Symbol words and how they glue. Whatever is not a compact word is said by name, and each
    name has a fixed glue. The listener puts a space between two neighbouring pieces unless
    the left one glues to the right or the right one glues to the left.
        glue to the next piece only (a space before, unless the previous piece glues right):
            dash / hyphen (-), forward slash (/ at the very start of a word), tilde (~),
            dollar ($), hash (#), plus (+), at sign (@ at the start of a word),
            open bracket ( (, open square bracket [, open curly bracket {,
            an opening quote
        glue on both sides: slash (/ inside or at the end of a word), underscore (_),
            colon (:), equals (=), comma (,), percent (%), caret (^), question mark (?),
            backslash (\\)
        glue to the previous piece only: semicolon (;), close bracket ), close square
            bracket ], close curly bracket }, a closing quote
        stand alone (a space each side): dot (.), dot dot (..), pipe (|), double pipe (||),
            greater than (>), double greater than (>>), less than (<), ampersand (&),
            double ampersand (&&), asterisk / star (*), exclamation mark (!)
    So "dash dash dry-run equals 10.0.0.5" -> --dry-run=10.0.0.5, "tilde slash projects
    slash notes.txt" -> ~/projects/notes.txt, "mknod forward slash tmp slash x" -> mknod
    /tmp/x, "bash dot slash run.sh" -> bash ./run.sh, "git add dot" -> git add .
N5. Quotes. For " Bron says "inverted commas", "speech marks" or "quote"; for ' she says
    "apostrophe" or "single quote"; for ` "backtick". The first one of each kind opens and the
    next one closes, turn about. "open ..." / "close ..." (and "unquote") say which outright.
N6. Escapes. A piece that is itself a symbol word, "capital", "zed" or a hesitation is said as
    "the word X" ("gh repo the word star").


CHAOTIC
=======
Natural speech or the protocol (only for commands with at least one space), with the framing
of N1, and Bron correcting herself on the fly. Whisper puts commas around the interruptions.
The listener first takes off the framing (N1), then walks the words left to right:
C1. Hesitations "erm", "um", "umm", "uh", "er" are dropped wherever they are.
C2. Asides are dropped: "bear with me", "where was I", "just a tick", "one sec", "let me
    think", "hang on" (when not followed by "I meant").
C3. Restart: "scrap that", "start again", "let me start again", "from the top" throw away
    everything said so far; the command is said again from its beginning.
C4. Replace the last word: "no no", "hang on, I meant", "sorry, I meant" throw away the one
    word said just before; the right word follows.
C5. Explicit replacement: "sorry, not X, Y": X (up to the next comma) repeats the words just
    said, which are thrown away; saying then goes on with Y.
Each chaotic line has at least one of C3-C5, often a hesitation, sometimes an aside. Once the
corrections are applied, the words left are read by the protocol if "space" is among them and
by N2-N6 otherwise.
"""

import json
import random
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
TRAIN = DATA / "train.jsonl"
CORPUS = DATA / "corpus.jsonl"
OUT = DATA / "author10.jsonl"

SEED = 10
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
AUTHOR = "tenth"

# ---------------------------------------------------------------------------- vocabulary

LETTERS = "abcdefghijklmnopqrstuvwxyz"
LETTER_NAME = {c: c for c in LETTERS} | {"z": "zed", "w": "double u"}
DIGIT_NAME = ("nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZERO_ALSO = ("zero", "oh", "naught")

PROTO_SYMBOLS: dict[str, tuple[str, ...]] = {
    "-": ("hyphen", "dash", "minus"),
    "/": ("forward slash", "slash", "stroke"),
    ".": ("dot", "full stop", "point"),
    "_": ("underscore",),
    ":": ("colon",),
    "~": ("tilde",),
    "=": ("equals", "equals sign"),
    '"': ("inverted commas", "speech marks", "double quote", "quote"),
    "'": ("apostrophe", "single quote", "single inverted comma"),
    "|": ("pipe", "vertical bar"),
    "*": ("asterisk", "star"),
    "@": ("at sign", "at symbol"),
    ",": ("comma",),
    ">": ("greater than", "right angle bracket"),
    "<": ("less than", "left angle bracket"),
    "+": ("plus", "plus sign"),
    ";": ("semicolon",),
    "$": ("dollar", "dollar sign"),
    "(": ("open bracket", "open round bracket", "left bracket"),
    ")": ("close bracket", "close round bracket", "right bracket"),
    "[": ("open square bracket", "left square bracket"),
    "]": ("close square bracket", "right square bracket"),
    "{": ("open curly bracket", "open brace", "left curly bracket"),
    "}": ("close curly bracket", "close brace", "right curly bracket"),
    "%": ("percent",),
    "&": ("ampersand",),
    "!": ("exclamation mark", "bang"),
    "?": ("question mark",),
    "#": ("hash", "hash sign"),
    "^": ("caret", "hat"),
    "\\": ("backslash",),
    "`": ("backtick",),
}
# Whisper's split compounds (fuzzy slip), heard everywhere in the protocol.
SPLIT_NAMES = {"_": "under score", ";": "semi colon", "\\": "back slash", "`": "back tick",
               "%": "per cent", "&": "amper sand"}
QUOTE_PAIRS = (("open inverted commas", "close inverted commas"),
               ("open speech marks", "close speech marks"),
               ("open quote", "close quote"), ("quote", "unquote"))
DOUBLE_OK = "-/.:=*&|<>;+"
CAPITAL_WORDS = ("capital", "upper case", "uppercase")
ALL_CAPS_WORDS = ("all caps", "all capitals", "block capitals")
HESITATIONS = ("erm", "um", "umm", "uh", "er")

# Natural reading: char -> (names, glues to the left, glues to the right).
NAT_SYMBOLS: dict[str, tuple[tuple[str, ...], bool, bool]] = {
    "-": (("dash", "hyphen"), False, True),
    "~": (("tilde",), False, True),
    "$": (("dollar",), False, True),
    "#": (("hash",), False, True),
    "+": (("plus",), False, True),
    "@": (("at sign",), False, True),
    "(": (("open bracket",), False, True),
    "[": (("open square bracket",), False, True),
    "{": (("open curly bracket",), False, True),
    "_": (("underscore",), True, True),
    ":": (("colon",), True, True),
    "=": (("equals",), True, True),
    ",": (("comma",), True, True),
    "%": (("percent",), True, True),
    "^": (("caret",), True, True),
    "?": (("question mark",), True, True),
    "\\": (("backslash",), True, True),
    ";": (("semicolon",), True, False),
    ")": (("close bracket",), True, False),
    "]": (("close square bracket",), True, False),
    "}": (("close curly bracket",), True, False),
    "|": (("pipe",), False, False),
    ">": (("greater than",), False, False),
    "<": (("less than",), False, False),
    "&": (("ampersand",), False, False),
    "*": (("asterisk", "star"), False, False),
    "!": (("exclamation mark",), False, False),
}
NAT_DOUBLES = {">>": "double greater than", "&&": "double ampersand", "||": "double pipe"}
# quote char -> families of (name said either way, name that opens, name that closes)
NAT_QUOTES: dict[str, tuple[tuple[str, str, str], ...]] = {
    '"': (("inverted commas", "open inverted commas", "close inverted commas"),
          ("speech marks", "open speech marks", "close speech marks"),
          ("quote", "open quote", "close quote"), ("quote", "quote", "unquote")),
    "'": (("apostrophe", "apostrophe", "apostrophe"),
          ("single quote", "open single quote", "close single quote")),
    "`": (("backtick", "backtick", "backtick"),),
}

LEAD_INS = ("could you just pop in", "could you pop in", "can you pop in", "could you type",
            "would you mind typing", "what i'm after is", "be a love and type", "let's have")
CLOSER_STARTS = ("cheers", "ta", "thanks", "brilliant", "lovely", "if you would", "please",
                 "that's to", "so i can")
LEAD_RE = re.compile(r"(?i)(?:^|(?<=[\s,.]))(?:"
                     + "|".join(re.escape(x) for x in LEAD_INS) + r")\s+")
CLOSER_RE = re.compile(r"(?i)[,.]\s+(?:"
                       + "|".join(re.escape(x) for x in CLOSER_STARTS) + r")\b")

ASIDES = (("bear", "with", "me"), ("where", "was", "i"), ("just", "a", "tick"), ("one", "sec"),
          ("let", "me", "think"), ("hang", "on"))
RESTARTS = (("scrap", "that"), ("start", "again"), ("let", "me", "start", "again"),
            ("from", "the", "top"))
REPLACE_LAST = (("no", "no"), ("hang", "on", "i", "meant"), ("sorry", "i", "meant"))
EXPLICIT = ("sorry", "not")


def _proto_phrases() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for ch, names in PROTO_SYMBOLS.items():
        for name in names:
            table[tuple(name.split())] = ch
            if ch in DOUBLE_OK:
                table[("double", *name.split())] = ch * 2
    for ch, name in SPLIT_NAMES.items():
        table[tuple(name.split())] = ch
    for pair in QUOTE_PAIRS:
        for name in pair:
            table[tuple(name.split())] = '"'
    table[("open", "single", "quote")] = "'"
    table[("close", "single", "quote")] = "'"
    digits = {name: str(d) for d, name in enumerate(DIGIT_NAME)}
    digits |= {name: "0" for name in ZERO_ALSO}
    for name, d in digits.items():
        table[(name,)] = d
        table[("double", name)] = d * 2
    table[("zed",)] = "z"
    table[("double", "u")] = "w"
    return table


PROTO_PHRASES = _proto_phrases()
PROTO_RESERVED = {k[0] for k in PROTO_PHRASES if len(k) == 1} | {"space", *HESITATIONS}


def _nat_phrases() -> dict[tuple[str, ...], tuple[str, str, bool, bool]]:
    """Natural phrase -> (kind, text, glue left, glue right); kind is sym/toggle/open/close."""
    table: dict[tuple[str, ...], tuple[str, str, bool, bool]] = {}
    for ch, (names, left, right) in NAT_SYMBOLS.items():
        for name in names:
            table[tuple(name.split())] = ("sym", ch, left, right)
    for chars, name in NAT_DOUBLES.items():
        table[tuple(name.split())] = ("sym", chars, False, False)
    table[("slash",)] = ("sym", "/", True, True)
    table[("forward", "slash")] = ("sym", "/", False, True)
    table[("dot",)] = ("sym", ".", False, False)
    table[("dot", "dot")] = ("sym", "..", False, False)
    for ch, families in NAT_QUOTES.items():
        for either, opens, closes in families:
            table[tuple(either.split())] = ("toggle", ch, False, False)
            if opens != either:
                table[tuple(opens.split())] = ("open", ch, False, True)
            if closes != either:
                table[tuple(closes.split())] = ("close", ch, True, False)
    table[("zed",)] = ("sym", "z", False, False)
    table[("double", "u")] = ("sym", "w", False, False)
    return table


NAT_PHRASES = _nat_phrases()
NAT_RESERVED = {k[0] for k in NAT_PHRASES if len(k) == 1} | {"capital", *HESITATIONS}


# ---------------------------------------------------------------------------- the listener

def _norm(word: str) -> str:
    return word.lower().strip(",.;:!?")


def _letter_at(words: list[str], j: int) -> tuple[str, int] | None:
    """A letter's name at words[j]: (letter, number of words) or None."""
    if j < len(words):
        w = words[j].lower()
        if len(w) == 1 and w in LETTERS:
            return w, 1
        if w == "zed":
            return "z", 1
        if w == "double" and j + 1 < len(words) and words[j + 1].lower() == "u":
            return "w", 2
    return None


def _prefix_len(words: list[str], i: int, phrases: tuple[str, ...]) -> int:
    for phrase in phrases:
        parts = phrase.split()
        if [w.lower() for w in words[i:i + len(parts)]] == parts:
            return len(parts)
    return 0


def read_protocol(words_in: list[str]) -> str:
    """P1-P8: protocol words -> command."""
    words = [w for w in (_norm(w) for w in words_in) if w]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "the" and i + 2 < len(words) and words[i + 1] == "word":
            out.append(words[i + 2])
            i += 3
            continue
        if w == "space":
            out.append(" ")
            i += 1
            continue
        n = _prefix_len(words, i, CAPITAL_WORDS)
        if n and (letter := _letter_at(words, i + n)):
            out.append(letter[0].upper())
            i += n + letter[1]
            continue
        n = _prefix_len(words, i, ALL_CAPS_WORDS)
        if n and i + n < len(words):
            out.append(words[i + n].upper())
            i += n + 1
            continue
        for size in (4, 3, 2, 1):
            key = tuple(words[i:i + size])
            if len(key) == size and key in PROTO_PHRASES:
                out.append(PROTO_PHRASES[key])
                i += size
                break
        else:
            out.append(w)
            i += 1
    return "".join(out)


def read_natural(words: list[str]) -> str:
    """N2-N6: natural words (framing already off) -> command."""
    items: list[tuple[str, bool, bool]] = []
    is_open: dict[str, bool] = {}
    i = 0
    while i < len(words):
        low = words[i].lower()
        if low == "the" and i + 2 < len(words) and words[i + 1].lower() == "word":
            items.append((words[i + 2], False, False))
            i += 3
            continue
        if low == "capital" and (letter := _letter_at(words, i + 1)):
            items.append((letter[0].upper(), False, False))
            i += 1 + letter[1]
            continue
        for size in (3, 2, 1):
            key = tuple(w.lower() for w in words[i:i + size])
            if len(key) == size and key in NAT_PHRASES:
                kind, text, left, right = NAT_PHRASES[key]
                if kind == "toggle":
                    kind = "close" if is_open.get(text) else "open"
                    left, right = kind == "close", kind == "open"
                if kind in ("open", "close"):
                    is_open[text] = kind == "open"
                items.append((text, left, right))
                i += size
                break
        else:
            items.append((words[i], False, False))
            i += 1
    out = ""
    for k, (text, left, _right) in enumerate(items):
        if k and not (items[k - 1][2] or left):
            out += " "
        out += text
    return out


def strip_framing(text: str) -> str:
    """N1: the command part of a natural or chaotic line."""
    lead = LEAD_RE.search(text)
    body = text[lead.end():] if lead else text
    close = CLOSER_RE.search(body)
    if close:
        body = body[:close.start()]
    body = body.strip()
    if body[-1:] in (".", "?", "!"):
        body = body[:-1]
    if not lead and body:
        body = body[0].lower() + body[1:]
    return body


def _match_any(norm: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    best = 0
    for phrase in phrases:
        if len(phrase) > best and tuple(norm[i:i + len(phrase)]) == phrase:
            best = len(phrase)
    return best


def apply_corrections(body: str) -> list[str] | None:
    """C1-C5: the words left once hesitations, asides and corrections are applied."""
    raw = body.split()
    norm = [_norm(w) for w in raw]
    out: list[str] = []
    i = 0
    while i < len(raw):
        if norm[i] in HESITATIONS:
            i += 1
            continue
        aside = _match_any(norm, i, ASIDES)
        restart = _match_any(norm, i, RESTARTS)
        last = _match_any(norm, i, REPLACE_LAST)
        longest = max(aside, restart, last)
        if longest:
            if longest == restart:
                out.clear()
            elif longest == last:
                if not out:
                    return None
                out.pop()
            i += longest
            continue
        if tuple(norm[i:i + 2]) == EXPLICIT:
            j = i + 2
            said: list[str] = []
            while j < len(raw):
                if norm[j] not in HESITATIONS:
                    said.append(norm[j])
                if raw[j].endswith(","):
                    break
                j += 1
            else:
                return None
            if not said or [_norm(w) for w in out[-len(said):]] != said:
                return None
            del out[-len(said):]
            i = j + 1
            continue
        out.append(raw[i].rstrip(","))
        i += 1
    return out


def _says_space(words: list[str]) -> bool:
    low = [_norm(w) for w in words]
    return any(w == "space" and low[k - 2:k] != ["the", "word"] for k, w in enumerate(low))


def listen(text: str, slice_name: str) -> str | None:
    """The careful human listener: what Whisper wrote -> the command."""
    if slice_name in ("clean", "fuzzy"):
        return read_protocol(text.split())
    body = strip_framing(text)
    if slice_name == "natural":
        return read_natural([w.rstrip(",") for w in body.split()])
    words = apply_corrections(body)
    if words is None:
        return None
    if _says_space(words):
        return read_protocol(words)
    return read_natural(words)


# ---------------------------------------------------------------------------- the speaker

class Unit(NamedTuple):
    kind: str  # space, sym, word, digit, number, caps, escaped
    words: tuple[str, ...]
    text: str


RUN_RE = re.compile(r"[a-z]+|[A-Z]+|[0-9]|[^a-zA-Z0-9]")
PIECE_RE = re.compile(r"(?:\*?\.+|\*)?[A-Za-z0-9](?:[A-Za-z0-9]|[.@+-]+(?=[A-Za-z0-9]))*\+*")
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://\S+")


class _Style:
    """One speaker's choice of words for one line: mostly the same name for the same thing."""

    def __init__(self, rng: random.Random, loose: bool, wobble: float = 0.0) -> None:
        self.rng = rng
        self.loose = loose
        self.wobble = wobble
        self.chosen: dict[str, str] = {}

    def pick(self, key: str, options: tuple[str, ...]) -> str:
        if not self.loose:
            return options[0]
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(options)
        if key != "-" and self.rng.random() < self.wobble:
            return self.rng.choice(options)
        return self.chosen[key]


def protocol_units(cmd: str, rng: random.Random, fuzzy: bool) -> list[Unit] | None:
    """The command in the spoken protocol, one unit per piece (clean when not fuzzy)."""
    style = _Style(rng, fuzzy, wobble=0.1)
    units: list[Unit] = []
    quote_open = False
    quote_pair = rng.choice(QUOTE_PAIRS) if fuzzy and rng.random() < 0.4 else None
    doubles = fuzzy and rng.random() < 0.5
    for t, tok in enumerate(cmd.split(" ")):
        if t:
            units.append(Unit("space", ("space",), " "))
        runs = RUN_RE.findall(tok)
        k = 0
        while k < len(runs):
            run = runs[k]
            nxt = runs[k + 1] if k + 1 < len(runs) else None
            if run.isdigit():
                name = DIGIT_NAME[int(run)]
                if run == "0":
                    name = style.pick("0", ("nought", "zero", "oh", "naught"))
                if doubles and nxt == run:
                    units.append(Unit("digit", ("double", name), run * 2))
                    k += 2
                    continue
                units.append(Unit("digit", (name,), run))
            elif run.islower():
                if len(run) == 1:
                    units.append(Unit("word", tuple(LETTER_NAME[run].split()), run))
                elif run in PROTO_RESERVED:
                    units.append(Unit("escaped", ("the", "word", run), run))
                else:
                    units.append(Unit("word", (run,), run))
            elif run.isupper():
                if len(run) == 1:
                    cap = style.pick("capital", CAPITAL_WORDS[:2])
                    words = (*cap.split(), *LETTER_NAME[run.lower()].split())
                else:
                    caps = style.pick("caps", ALL_CAPS_WORDS)
                    words = (*caps.split(), run.lower())
                units.append(Unit("caps", words, run))
            else:
                if run not in PROTO_SYMBOLS:
                    return None
                if run == '"' and quote_pair:
                    name = quote_pair[1] if quote_open else quote_pair[0]
                    quote_open = not quote_open
                else:
                    name = style.pick(run, PROTO_SYMBOLS[run])
                if doubles and nxt == run and run in DOUBLE_OK:
                    units.append(Unit("sym", ("double", *name.split()), run * 2))
                    k += 2
                    continue
                units.append(Unit("sym", tuple(name.split()), run))
            k += 1
    return units


def _piece_unit(piece: str) -> Unit:
    if len(piece) == 1 and piece.islower():
        return Unit("word", tuple(LETTER_NAME[piece].split()), piece)
    if len(piece) == 1 and piece.isupper():
        return Unit("caps", ("capital", piece), piece)
    if piece.isdigit():
        return Unit("number", (piece,), piece)
    if piece.lower() in NAT_RESERVED:
        return Unit("escaped", ("the", "word", piece), piece)
    return Unit("word", (piece,), piece)


def natural_units(cmd: str, rng: random.Random) -> list[Unit] | None:
    """The command as Bron says it naturally and Whisper writes it (N2-N6)."""
    style = _Style(rng, loose=True)
    units: list[Unit] = []
    is_open: dict[str, bool] = {}
    for tok in cmd.split(" "):
        if URL_RE.fullmatch(tok):
            units.append(Unit("word", (tok,), tok))
            continue
        i = 0
        while i < len(tok):
            m = PIECE_RE.match(tok, i)
            if m:
                units.append(_piece_unit(m.group()))
                i = m.end()
                continue
            ch = tok[i]
            pair = tok[i:i + 2]
            if ch == ".":
                j = i
                while j < len(tok) and tok[j] == ".":
                    j += 1
                if j - i > 2:
                    return None
                units.append(Unit("sym", ("dot",) * (j - i), tok[i:j]))
                i = j
                continue
            if pair in NAT_DOUBLES:
                units.append(Unit("sym", tuple(NAT_DOUBLES[pair].split()), pair))
                i += 2
                continue
            if ch in NAT_QUOTES:
                family = NAT_QUOTES[ch][int(style.pick(ch, tuple(
                    str(n) for n in range(len(NAT_QUOTES[ch])))))]
                if style.pick(ch + "open/close", ("no", "no", "yes")) == "yes":
                    name = family[2] if is_open.get(ch) else family[1]
                else:
                    name = family[0]
                is_open[ch] = not is_open.get(ch)
                units.append(Unit("sym", tuple(name.split()), ch))
            elif ch == "/":
                name = "forward slash" if i == 0 else "slash"
                units.append(Unit("sym", tuple(name.split()), ch))
            elif ch in NAT_SYMBOLS:
                names = NAT_SYMBOLS[ch][0]
                # Bron mostly says "dash"; "hyphen" on some lines.
                name = style.pick(ch, (*names, names[0], names[0]))
                units.append(Unit("sym", tuple(name.split()), ch))
            else:
                return None
            i += 1
    return units


def _words(units: list[Unit]) -> list[str]:
    return [w for u in units for w in u.words]


def _speak(parts: list[str]) -> str:
    """Join words; a "," part sticks to the word before it (Whisper's comma)."""
    text = ""
    for part in parts:
        if part == ",":
            if text and not text.endswith(","):
                text += ","
        elif text:
            text += " " + part
        else:
            text = part
    return text


def clean_line(cmd: str, rng: random.Random) -> str | None:
    units = protocol_units(cmd, rng, fuzzy=False)
    return None if units is None else " ".join(_words(units))


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    units = protocol_units(cmd, rng, fuzzy=True)
    if units is None:
        return None
    slips = ["capital", "stop"]
    if any(u.kind == "space" for u in units):
        slips.append("comma")
    if any(u.kind == "digit" for u in units):
        slips.append("digits")
    if any(u.kind == "sym" and u.text in SPLIT_NAMES for u in units):
        slips += ["split", "split"]
    chosen = set(rng.sample(slips, rng.randint(1, min(3, len(slips)))))
    if "split" in chosen:
        units = [Unit(u.kind, tuple(SPLIT_NAMES[u.text].split()), u.text)
                 if u.kind == "sym" and u.text in SPLIT_NAMES and rng.random() < 0.8 else u
                 for u in units]
    if "digits" in chosen:
        grouped: list[list[Unit]] = []
        for u in units:
            if u.kind == "digit" and grouped and grouped[-1][-1].kind == "digit":
                grouped[-1].append(u)
            else:
                grouped.append([u])
        units = []
        for group in grouped:
            if group[0].kind == "digit" and rng.random() < 0.7:
                number = "".join(u.text for u in group)
                units.append(Unit("number", (number,), number))
            else:
                units += group
    if "comma" in chosen:
        units = [Unit(u.kind, ("space,",), u.text)
                 if u.kind == "space" and rng.random() < 0.5 else u for u in units]
    words = _words(units)
    if "capital" in chosen:
        words[0] = words[0][:1].upper() + words[0][1:]
    if "stop" in chosen:
        words[-1] += "."
    text = " ".join(words)
    if text == clean_line(cmd, random.Random(0)):
        text += "."
    return text


def why_phrase(description: str | None) -> str | None:
    if not description or len(description) > 70:
        return None
    if not re.fullmatch(r"[A-Za-z0-9 ,'()/-]+", description):
        return None
    if LEAD_RE.search(description) or CLOSER_RE.search(", " + description):
        return None
    if len(description) > 1 and description[1].isupper():
        return description
    return description[0].lower() + description[1:]


PREFIXES = ("Right, so could you pop in ", "Could you pop in ", "Right, I need to {why}, so could "
            "you type ", "I want to {why}. Could you pop in ", "Morning. Would you mind typing ",
            "Can you pop in ", "Right, what I'm after is ", "Be a love and type ",
            "To {why}, could you type ", "Let's have ", "Right, could you just pop in ")
SUFFIXES = (", cheers.", ", ta.", ". Cheers.", ", if you would.", ", brilliant, ta.",
            ", that's to {why}.", ", so I can {why}.", ". Ta very much.", ", please.",
            ", thanks ever so.", ". Lovely, cheers.")


def _frame(rng: random.Random, why: str | None, body: str, cmd: str,
           need_frame: bool) -> str:
    prefixes = [p for p in PREFIXES if why or "{why}" not in p]
    suffixes = [s for s in SUFFIXES if why or "{why}" not in s]
    can_open = cmd[:1].islower() or cmd[:1].isdigit()
    choice = rng.random()
    prefix = suffix = ""
    if choice < 0.45 or not can_open:
        prefix = rng.choice(prefixes)
        if rng.random() < 0.35:
            suffix = rng.choice(suffixes)
    elif choice < 0.85 or need_frame:
        suffix = rng.choice(suffixes)
    if "{why}" in prefix and "{why}" in suffix:
        suffix = ", cheers."
    if prefix:
        text = prefix.format(why=why) + body
    else:
        text = body[:1].upper() + body[1:]
    if not suffix and rng.random() < 0.7:
        suffix = "."
    return text + suffix.format(why=why)


def natural_line(cmd: str, rng: random.Random, why: str | None) -> str | None:
    units = natural_units(cmd, rng)
    if units is None:
        return None
    return _frame(rng, why, " ".join(_words(units)), cmd, need_frame=True)


STEMS = ("notes", "backup", "report", "config", "draft", "index", "archive", "old")


def _wrong(unit: Unit, rng: random.Random, pools: tuple[list[str], list[str]],
           first: bool) -> str:
    """A plausible slip for a one-word unit: another tool, word, number or file name."""
    text = unit.words[0]
    if unit.kind == "digit":
        return rng.choice([d for d in DIGIT_NAME if d != text])
    if unit.kind == "number":
        pos = rng.randrange(len(text))
        digit = rng.choice([d for d in "0123456789" if d != text[pos]])
        return text[:pos] + digit + text[pos + 1:]
    if len(text) == 1:
        return rng.choice([c for c in "bcdfghjklmnpqrstvx" if c != text])
    if unit.kind == "word" and "." in text.strip(".") and "@" not in text and "/" not in text:
        stem, ext = text.rsplit(".", 1)
        new = rng.choice([s for s in STEMS if s != stem])
        return f"{new}.{ext}"
    pool = pools[0] if first else pools[1]
    return rng.choice([w for w in pool if w != text.lower()])


def chaotic_line(cmd: str, rng: random.Random, why: str | None,
                 pools: tuple[list[str], list[str]]) -> str | None:
    """Natural speech or the protocol, with self-corrections (C1-C5) and framing."""
    protocol = " " in cmd and rng.random() < 0.4
    units = protocol_units(cmd, rng, fuzzy=True) if protocol else natural_units(cmd, rng)
    if units is None:
        return None
    n = len(units)
    cands = [k for k, u in enumerate(units)
             if u.kind in ("word", "digit", "number") and len(u.words) == 1]
    restart = not cands or rng.random() < 0.35
    fixes: dict[int, str] = {}
    later = [k for k in cands if k > 0] if restart else cands
    if later and (not restart or rng.random() < 0.3):
        for k in rng.sample(later, min(len(later), 2 if rng.random() < 0.2 else 1)):
            fixes[k] = rng.choice(("explicit", "explicit", "last"))
    segments: list[list[str]] = []
    if restart:
        if n == 1 and not cands:
            return None
        upto = rng.randint(1, max(1, n - 1))
        aborted = [list(u.words) for u in units[:upto]]
        tail = units[upto - 1]
        if n == 1 or (upto - 1 in cands and rng.random() < 0.6):
            aborted[-1] = [_wrong(tail, rng, pools, upto == 1)]
        segments += aborted
        segments.append(list(rng.choice(
            ([",", "scrap", "that", ","], [",", "scrap", "that", ",", "let", "me", "start",
                                          "again", ","],
             [",", "hang", "on", ",", "let", "me", "start", "again", ","],
             [",", "erm", ",", "from", "the", "top", ","]))))
    for k, u in enumerate(units):
        how = fixes.get(k)
        if how is None:
            segments.append(list(u.words))
            continue
        wrong = _wrong(u, rng, pools, k == 0)
        if how == "last":
            segments.append([wrong])
            segments.append(list(rng.choice(([",", "no", "no", ","],
                                             [",", "hang", "on", ",", "I", "meant"],
                                             [",", "sorry", ",", "I", "meant"]))))
            segments.append(list(u.words))
        else:
            start = k - 1 if k and k - 1 not in fixes and rng.random() < 0.4 else k
            said = _words(units[start:k]) + [wrong]
            segments.append([wrong])
            segments.append([",", "sorry", ",", "not", *said, ","])
            segments += [list(x.words) for x in units[start:k + 1]]
    # Fillers go between two pieces of speech, never at the very end.
    for _ in range(rng.choice((0, 1, 1, 2))):
        pos = rng.randint(0, len(segments) - 1)
        filler = rng.choice(HESITATIONS[:3])
        segments.insert(pos, [filler, ","] if pos == 0 else [",", filler, ","])
    if rng.random() < 0.3:
        aside = rng.choice(ASIDES[:-1])
        pos = rng.randint(1, len(segments) - 1)
        segments.insert(pos, [",", *aside, ","])
    body = _speak([w for seg in segments for w in seg])
    return _frame(rng, why, body, cmd, need_frame=False)


# ---------------------------------------------------------------------------- the set

def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def main() -> int:
    rng = random.Random(SEED)
    commands = [json.loads(line)["command"] for line in TRAIN.read_text("utf-8").splitlines()
                if line.strip()]
    described = {}
    for line in CORPUS.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            described.setdefault(row["command"], row["description"])
    usable = [c for c in dict.fromkeys(commands)
              if len(c) <= 80 and "\n" not in c and "\t" not in c and c.isascii()
              and "" not in c.split(" ") and not re.search(r"(?<!:)//", c)]
    banned = PROTO_RESERVED | NAT_RESERVED | {w for p in ASIDES + RESTARTS + REPLACE_LAST
                                              for w in p}
    tools = sorted({tool_of(c) for c in usable if re.fullmatch(r"[a-z][a-z0-9]{2,11}",
                                                                tool_of(c))} - banned)
    words = sorted({w for c in usable for w in re.findall(r"[a-z]+", c)
                    if 4 <= len(w) <= 9} - banned)
    rng.shuffle(usable)
    # Keep the set varied: only some bare one-word commands.
    usable = [c for c in usable if " " in c or rng.random() < 0.3]

    used_cmds: set[str] = set()
    used_tools: set[str] = set()
    rows: list[dict[str, str]] = []
    rejected = dict.fromkeys(SLICES, 0)
    unsayable = dict.fromkeys(SLICES, 0)
    for slice_name in SLICES:
        got = 0
        for cmd in usable:
            if got == PER_SLICE:
                break
            if cmd in used_cmds or tool_of(cmd) in used_tools:
                continue
            why = why_phrase(described.get(cmd))
            if slice_name == "clean":
                text = clean_line(cmd, rng)
            elif slice_name == "fuzzy":
                text = fuzzy_line(cmd, rng)
            elif slice_name == "natural":
                text = natural_line(cmd, rng, why)
            else:
                text = chaotic_line(cmd, rng, why, (tools, words))
            if text is None:
                unsayable[slice_name] += 1
                continue
            if listen(text, slice_name) != cmd:
                rejected[slice_name] += 1
                continue
            used_cmds.add(cmd)
            used_tools.add(tool_of(cmd))
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got < PER_SLICE:
            print(f"only {got} lines for {slice_name}", file=sys.stderr)
            return 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")
    for slice_name in SLICES:
        print(f"  {slice_name:8s} 100 kept, {rejected[slice_name]} rejected by the listener, "
              f"{unsayable[slice_name]} not sayable in this style")
    return 0


if __name__ == "__main__":
    sys.exit(main())
