"""Fortieth independent author: Dana, reading commands off a paused YouTube Linux tutorial.

Writes assets/training/bash/author40.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author40"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), through assets/training/bash/pages_dev_commands.jsonl (lines whose 0-based number
% 6 == 1). Each command is used once; one tool (first word after sudo / VAR=value / export) at
most twice in the file.

Persona
-------
Dana is new to Linux. She pauses a YouTube tutorial and reads each command off the screen into
a dictation app (Whisper). She is unsure of herself: "I think it says", "it looks like", "is
that a one or an L? It's an L". She names some symbols by what they look like and then by name
("the little line thing, the dash", "the squiggly one, tilde", "the straight up-and-down line,
pipe"), says "and then" / "then there's a" between parts, reads the tutor's why ("He says this
is to ..."), and confirms an odd word by spelling it ("nmcli, N-M-C-L-I").

Vocabulary (protocol: clean and fuzzy slices)
---------------------------------------------
Every symbol by name, and the word "space" exactly where the command has a space:
  -  dash (fuzzy: minus, hyphen; "double dash" is --)   .  dot (period, point)
  /  slash (forward slash)        |  pipe (vertical bar)      ~  tilde (tilda)
  _  underscore (under score)     :  colon                    =  equals (equal sign, equals sign)
  *  star (asterisk)              ,  comma                    @  at sign (at symbol)
  #  hash (hash sign, pound sign) %  percent (percent sign)   $  dollar (dollar sign)
  "  quote (double quote)         '  single quote (apostrophe)
  >  greater than (greater than sign)   <  less than (less than sign)   +  plus (plus sign)
  ?  question mark   !  exclamation mark (exclamation point)   &  ampersand   ;  semicolon
  ( ) open paren / close paren (left / right paren)   [ ] open / close bracket (left / right)
  { } open / close brace (left / right brace)   ^ caret   \\ backslash (back slash)   ` backtick
Case: "capital x" upper-cases the first letter of the next word ("capital pal capital server" is
PalServer); "all caps long" upper-cases the whole next word (fuzzy: "uppercase", "all capitals").
Numbers are words: one digit is its word, two digits a cardinal ("twenty two"), 100..900 and
1000..9000 round numbers as "one hundred" / "three thousand", anything else digit by digit
("eight eight eight three", "zero eight"). A word that sounds like a symbol or number name
("hash", "one", "point") is spelled letter by letter. Letters with no vowel ("ls") may be
spelled. Fuzzy adds Whisper's slips: first word capitalised, a final full stop, commas after
some "space"s, some numbers written as digits, a long word split in two ("key gen").

Vocabulary (natural and chaotic slices)
---------------------------------------
Dana never says "space"; Whisper writes file names, paths, flags and numbers it recognises as
text ("-f", "--verbose", "/tmp/config.yaml", "192.168.1.10"), and writes the symbols she names
as words. Her names, and how they stick to their neighbours:
  sticks to the next thing only:     dash, two dashes, tilde, star / asterisk, dollar sign,
                                     plus sign, exclamation mark, caret, quote, single
                                     quote, open curly bracket
  sticks to both sides:              dot, slash, underscore, colon, equals / equals sign,
                                     at sign, hash sign, percent sign, question mark,
                                     ampersand, backslash, open paren, open bracket
  sticks to the previous thing only: comma, semicolon, end quote, end single quote,
                                     close paren, close bracket, close curly bracket
  stands alone:                      pipe, greater than, less than, "a dot on its own" /
                                     "just a dot" (a lone .)
Descriptive forms always end with the name: "the little line thing, the dash", "a little line,
a dash", "two little lines, two dashes", "the squiggly one, tilde", "the squiggly line, the
tilde", "the straight up-and-down line, pipe", "the up-and-down line, the pipe", "the slanty
line, slash", "the two dots, colon", "the arrow thing, greater than", "the little star,
asterisk", "the line at the bottom, underscore". "capital" / "all caps" work as in the
protocol. A lone letter is lower case unless "capital" comes before it (Whisper's "dash F" for
the spoken flag letter means -f). Spelled letters ("V-R-T") are one lower-case word; right
after the same word they only confirm it. Whisper's commas between parts are punctuation, never
part of the command (a comma in the command is said "comma" or sits inside a number such as
"2,6").

Framing (natural, chaotic)
--------------------------
[why] opener body[.] [closers]. The why is "He says this is to <why>." (or "The guy says this
one is to", "So this part is supposed to", "In the video he says we're going to", "He says you
use this to") before the opener, or "He says that's to <why>." / "Apparently that's how you
<why>." / "That's supposed to <why>, I think." after the body. Openers ("Okay, I think it
says", "It looks like", "On the screen it says", "Next he types", ...; see OPENERS) end
mid-sentence so the body is never capitalised. Closers: "Is that right?", "I think that's it.",
"That's the whole line.", ... (see CLOSERS). Inside the body, "and then", "then there's a",
"then there's", "then", "I think", "it looks like", "um", "uh" are filler, and "hang on, let me
pause it", "sorry, he's going really fast", "the video's kind of blurry", "wait, let me rewind
it", "ugh, an ad came on" are asides.

Corrections (chaotic)
---------------------
  "sorry, that was W"                  W replaces the last word or symbol she said.
  "oh wait, no, T" / "T0, never mind," drops the last whole token (a flag, path, argument).
  "hold on, I read it wrong, it's C"   starts the whole command again;
  "never mind all that, it's C"        likewise.
  "is that a one or an L? It's an L"   (also "an L or a one", "a zero or an O") sets the last
                                       1/l (0/o) of the word just read to the answer; in
                                       natural lines it only confirms.
  "word..."                            a false start (Whisper's trailing dots): dropped.
About one chaotic line in six is protocol speech ("space" said); there a token is everything
since the last "space" and a word is one piece (a name, a symbol, a number).

Listener (decode)
-----------------
Strip the why, the opener and the closers. If the word "space" remains, or nothing was
stripped, the line is protocol: pieces between "space"s are glued together, symbol names,
number words and case words are turned into characters, other pieces are lower-cased. Otherwise
it is natural: words are read left to right, fillers and asides vanish, symbol names become
characters that stick as listed above, other words are text (a trailing comma is Whisper's),
and a space goes between two items unless one of them sticks to the other. Corrections apply
as they are heard.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author40.jsonl"
AUTHOR = "author40"
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary

CLEAN_NAMES = {
    "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "~": "tilde", "_": "underscore",
    ":": "colon", "=": "equals", "*": "star", ",": "comma", "@": "at sign", "#": "hash",
    "%": "percent", "$": "dollar", '"': "quote", "'": "single quote", ">": "greater than",
    "<": "less than", "+": "plus", "?": "question mark", "!": "exclamation mark",
    "&": "ampersand", "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace", ";": "semicolon",
    "^": "caret", "\\": "backslash", "`": "backtick",
}
FUZZY_NAMES = {
    "-": ["minus", "hyphen"], ".": ["period", "point"], "/": ["forward slash"],
    "|": ["vertical bar"], "~": ["tilda"], "_": ["under score"],
    "=": ["equal sign", "equals sign"], "*": ["asterisk"], "@": ["at symbol"],
    "#": ["hash sign", "pound sign"], "%": ["percent sign"], "$": ["dollar sign"],
    '"': ["double quote"], "'": ["apostrophe"], ">": ["greater than sign"],
    "<": ["less than sign"], "+": ["plus sign"], "!": ["exclamation point"],
    "(": ["left paren"], ")": ["right paren"], "[": ["left bracket"], "]": ["right bracket"],
    "{": ["left brace"], "}": ["right brace"], "\\": ["back slash"],
}

# Dana's natural names: (spoken, char, sticks-left, sticks-right)
NAT_SYMBOLS = [
    ("dash", "-", False, True), ("two dashes", "--", False, True),
    ("dot", ".", True, True), ("slash", "/", True, True),
    ("tilde", "~", False, True), ("pipe", "|", False, False),
    ("underscore", "_", True, True), ("colon", ":", True, True),
    ("equals", "=", True, True), ("equals sign", "=", True, True),
    ("star", "*", False, True), ("asterisk", "*", False, True), ("comma", ",", True, False),
    ("at sign", "@", True, True), ("hash sign", "#", True, True),
    ("percent sign", "%", True, True), ("dollar sign", "$", False, True),
    ("quote", '"', False, True), ("end quote", '"', True, False),
    ("single quote", "'", False, True), ("end single quote", "'", True, False),
    ("greater than", ">", False, False), ("less than", "<", False, False),
    ("plus sign", "+", False, True), ("question mark", "?", True, True),
    ("exclamation mark", "!", False, True), ("ampersand", "&", True, True),
    ("open paren", "(", True, True), ("close paren", ")", True, False),
    ("open bracket", "[", True, True), ("close bracket", "]", True, False),
    ("open curly bracket", "{", False, True), ("close curly bracket", "}", True, False),
    ("semicolon", ";", True, False), ("caret", "^", False, True),
    ("backslash", "\\", True, True),
    ("a dot on its own", ".", False, False), ("just a dot", ".", False, False),
]
NAT_DESCRIPTIVE = {
    "-": ["the little line thing, the dash", "a little line, a dash"],
    "--": ["two little lines, two dashes"],
    "~": ["the squiggly one, tilde", "the squiggly line, the tilde"],
    "|": ["the straight up-and-down line, pipe", "the up-and-down line, the pipe"],
    "/": ["the slanty line, slash"],
    ":": ["the two dots, colon"],
    ">": ["the arrow thing, greater than"],
    "*": ["the little star, asterisk"],
    "_": ["the line at the bottom, underscore"],
}
DESC_TO_NAME = {
    "the little line thing, the dash": "dash", "a little line, a dash": "dash",
    "two little lines, two dashes": "two dashes",
    "the squiggly one, tilde": "tilde", "the squiggly line, the tilde": "tilde",
    "the straight up-and-down line, pipe": "pipe", "the up-and-down line, the pipe": "pipe",
    "the slanty line, slash": "slash", "the two dots, colon": "colon",
    "the arrow thing, greater than": "greater than",
    "the little star, asterisk": "asterisk",
    "the line at the bottom, underscore": "underscore",
}

NAT_FILLERS = ["and then", "then there's a", "then there's", "then", "i think", "it looks like",
               "um", "uh"]
ASIDES = ["hang on, let me pause it", "sorry, he's going really fast",
          "the video's kind of blurry", "wait, let me rewind it", "ugh, an ad came on"]
MARKERS = [
    ("hold on, i read it wrong, it's", "restart"),
    ("never mind all that, it's", "restart"),
    ("oh wait, no", "drop_token"),
    ("never mind", "drop_token"),
    ("sorry, that was", "drop_unit"),
]

WHY_PRE = ["He says this is to {}. ", "The guy says this one is to {}. ",
           "So this part is supposed to {}. ", "In the video he says we're going to {}. ",
           "He says you use this to {}. "]
WHY_POST = [" He says that's to {}.", " Apparently that's how you {}.",
            " That's supposed to {}, I think."]
OPENERS = [
    "Okay, I think it says ", "It looks like ", "Um, okay, it says ",
    "So the next one, I think it's ", "Okay, he's typing ", "On the screen it says ",
    "I paused it, and it says ", "Alright, the command is ", "Next he types ",
    "So I have to type ", "Can you type ", "Let me read it off the screen, it's ",
    "Okay so it's ", "I think this one is ", "Hmm, it looks like it says ",
    "Okay, reading it off the video, ", "The next line is ", "He's got ",
    "So the tutorial says to type ", "Right, I paused the video, it says ",
    "Okay, this one's ", "I'm pretty sure it says ",
]
CHAOS_OPENERS = ["Um, okay, so, uh, it says ", "Okay wait, um, it says "]
CLOSERS = [" I think that's it.", " Is that right?", " That's the whole line.",
           " That's what it says on the screen, anyway.", " And then I press enter.",
           " Hopefully I got that right.", " Okay.", " I think."]
CHAOS_CLOSERS = [" Wait, is that right? Yeah, I think so.", " Ugh, he types so fast.",
                 " I hope that's right, the video's kind of blurry.",
                 " Or, no, yeah, that's it."]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: i for i, w in enumerate(UNITS)}
NUMBER_WORDS.update({w: 10 + i for i, w in enumerate(TEENS)})
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(TENS) if w})
NUMBER_WORDS.update({"hundred": 100, "thousand": 1000})


def _norm(word: str) -> str:
    return word.lower().strip(",.?!;:")


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_norm(w) for w in text.split())


def _table(entries: list[tuple[str, object]]) -> list[tuple[tuple[str, ...], object]]:
    return sorted(((_phrase(t), v) for t, v in entries), key=lambda e: -len(e[0]))


PROTO_TABLE = _table(
    [(n, ("sym", c)) for c, n in CLEAN_NAMES.items()]
    + [(n, ("sym", c)) for c, ns in FUZZY_NAMES.items() for n in ns]
    + [("double dash", ("sym", "--")), ("space", ("sep", None)),
       ("capital", ("cap", "first")), ("uppercase", ("cap", "first")),
       ("all caps", ("cap", "all")), ("all capitals", ("cap", "all")),
       ("um", ("noop", None)), ("uh", ("noop", None))]
    + [(m, (a, None)) for m, a in MARKERS]
)
NAT_TABLE = _table(
    [(n, ("nsym", (c, left, right))) for n, c, left, right in NAT_SYMBOLS]
    + [(d, ("desc", n)) for d, n in DESC_TO_NAME.items()]
    + [(f, ("noop", None)) for f in NAT_FILLERS]
    + [(a, ("noop", None)) for a in ASIDES]
    + [("capital", ("cap", "first")), ("all caps", ("cap", "all"))]
    + [(m, (a, None)) for m, a in MARKERS]
)
NAT_BY_NAME = {n: (c, left, right) for n, c, left, right in NAT_SYMBOLS}
PROTO_RESERVED = {p[0] for p, _ in PROTO_TABLE if len(p) == 1} | set(NUMBER_WORDS)
NAT_RESERVED = {p[0] for p, _ in NAT_TABLE if len(p) == 1}

OPENER_RE = re.compile("|".join(re.escape(o) for o in sorted(OPENERS + CHAOS_OPENERS,
                                                              key=len, reverse=True)))
WHY_PRE_RE = re.compile(
    "^(?:" + "|".join(re.escape(w.split("{}")[0]) for w in WHY_PRE) + r")[^.?!]*\. "
)
CLOSER_RE = re.compile(
    r"[.?!,]?(?:"
    + "|".join(re.escape(c) for c in sorted(CLOSERS + CHAOS_CLOSERS, key=len, reverse=True))
    + "|" + "|".join(re.escape(w.split("{}")[0]) + r"[^.?!]*[^.?!,]" + re.escape(w.split("{}")[1])
                     for w in WHY_POST)
    + r")$"
)
FIX_PAIRS = {"one": "1", "l": "l", "zero": "0", "o": "o"}
SPELLED_RE = re.compile(r"[A-Za-z0-9](?:-[A-Za-z0-9])+")

# ---------------------------------------------------------------- listener


def _strip_frame(line: str) -> tuple[str, bool]:
    s = line.strip()
    framed = False
    m = WHY_PRE_RE.match(s)
    if m:
        s, framed = s[m.end():], True
    m = OPENER_RE.match(s)
    if m:
        s, framed = s[m.end():], True
    while True:
        m = CLOSER_RE.search(s)
        if not m:
            break
        s, framed = s[: m.start()], True
    s = s.strip()
    if s.endswith("."):
        s = s[:-1]
    return s, framed


def _numbers(words: list[str]) -> str:
    if all(NUMBER_WORDS[w] < 10 for w in words):
        return "".join(str(NUMBER_WORDS[w]) for w in words)
    total = cur = 0
    for w in words:
        v = NUMBER_WORDS[w]
        if v == 100:
            cur *= 100
        elif v == 1000:
            total, cur = total + cur * 1000, 0
        else:
            cur += v
    return str(total + cur)


def _match(table, norms: list[str], i: int):
    for phrase, value in table:
        if tuple(norms[i: i + len(phrase)]) == phrase:
            return len(phrase), value
    return 0, None


def _match_fix(norms: list[str], i: int):
    seg = norms[i: i + 10]
    if len(seg) < 10 or seg[:2] != ["is", "that"] or seg[4] != "or" or seg[7] != "it's":
        return None
    arts = {"a", "an"}
    if not (seg[2] in arts and seg[5] in arts and seg[8] in arts):
        return None
    x, y, z = seg[3], seg[6], seg[9]
    if {x, y} not in ({"one", "l"}, {"zero", "o"}) or z not in (x, y):
        return None
    return FIX_PAIRS[x] + FIX_PAIRS[y], FIX_PAIRS[z]


def _drop_token(units: list, protocol: bool) -> None:
    if protocol:
        while units and units[-1][0] != " ":
            units.pop()
        return
    if not units:
        return
    cur = units.pop()
    while units and (units[-1][2] or cur[1]):
        cur = units.pop()


def _apply_case(text: str, cap: str | None) -> str:
    if cap == "first":
        return text[:1].upper() + text[1:]
    if cap == "all":
        return text.upper()
    return text


def decode(line: str) -> str:
    """Recover the command from one transcript, following the style guide above."""
    body, framed = _strip_frame(line)
    words = body.split()
    norms = [_norm(w) for w in words]
    protocol = "space" in norms or not framed
    table = PROTO_TABLE if protocol else NAT_TABLE
    units: list[list] = []  # [text, sticks_left, sticks_right, is_word]
    cap: str | None = None
    i = 0
    while i < len(words):
        fix = _match_fix(norms, i)
        if fix:
            if units and units[-1][3]:
                text = units[-1][0]
                pos = max(text.rfind(fix[0][0]), text.rfind(fix[0][1]))
                if pos >= 0:
                    units[-1][0] = text[:pos] + fix[1] + text[pos + 1:]
            i += 10
            continue
        n, value = _match(table, norms, i)
        if n:
            kind, arg = value
            i += n
            if kind == "sep":
                units.append([" ", False, False, False])
            elif kind == "sym":
                units.append([arg, True, True, False])
            elif kind in ("nsym", "desc"):
                char, left, right = NAT_BY_NAME[arg] if kind == "desc" else arg
                units.append([char, left, right, False])
            elif kind == "cap":
                cap = arg
            elif kind == "restart":
                units, cap = [], None
            elif kind == "drop_token":
                _drop_token(units, protocol)
                cap = None
            elif kind == "drop_unit":
                if units and units[-1][0] != " ":
                    units.pop()
                cap = None
            continue
        word = words[i]
        if word.endswith("..."):
            i += 1
            continue
        bare = word.rstrip(",.") if protocol else (word[:-1] if word.endswith(",") else word)
        if protocol and norms[i] in NUMBER_WORDS:
            j = i
            while j < len(words) and norms[j] in NUMBER_WORDS:
                j += 1
            units.append([_numbers(norms[i:j]), True, True, True])
            i = j
            continue
        i += 1
        if SPELLED_RE.fullmatch(bare):
            letters = bare.replace("-", "").lower()
            prev = units[-1] if units else None
            if (cap is None and prev and prev[3]
                    and re.sub(r"[^a-z0-9]", "", prev[0].lower()) == letters):
                continue
            text = letters
        elif protocol or (len(bare) == 1 and bare.isalpha()):
            text = bare.lower()
        else:
            text = bare
        units.append([_apply_case(text, cap), protocol, protocol, True])
        cap = None
    if protocol:
        return "".join(u[0] for u in units).strip()
    out = ""
    prev = None
    for u in units:
        if prev is not None and not (prev[2] or u[1]):
            out += " "
        out += u[0]
        prev = u
    return out


# ---------------------------------------------------------------- protocol speaker

SUBWORDS = set(
    "key gen file mask back up down mount pass word user name host type list time out over data "
    "base work load lock board check config manage launch watch set get port root sync start "
    "stop system net info play view help clean build test report dump init fetch search update "
    "install export import server client track comments format level snap shot shell space "
    "volume color dash project source output input version remove create delete".split()
)
PIECE_RE = re.compile(r"[a-z]+|[A-Z][a-z]+|[A-Z]+(?![a-z])|[0-9]+|.")
VOWELS = set("aeiouy")


def num_words(digits: str) -> str:
    n = len(digits)
    if n == 1:
        return UNITS[int(digits)]
    if digits[0] != "0":
        if n == 2:
            t, u = int(digits[0]), int(digits[1])
            if t == 1:
                return TEENS[u]
            return TENS[t] + ("" if u == 0 else " " + UNITS[u])
        if n == 3 and digits[1:] == "00":
            return UNITS[int(digits[0])] + " hundred"
        if n == 4 and digits[1:] == "000":
            return UNITS[int(digits[0])] + " thousand"
    return " ".join(UNITS[int(d)] for d in digits)


def say_lower(word: str, rng: random.Random, fuzzy: bool) -> str:
    if word in PROTO_RESERVED or (len(word) <= 4 and not (set(word) & VOWELS)):
        return " ".join(word)
    if fuzzy and len(word) >= 6 and rng.random() < 0.35:
        cuts = [c for c in range(3, len(word) - 2)
                if (word[:c] in SUBWORDS or word[c:] in SUBWORDS)
                and word[:c] not in PROTO_RESERVED and word[c:] not in PROTO_RESERVED]
        if cuts:
            cut = rng.choice(cuts)
            return word[:cut] + " " + word[cut:]
    return word


def proto_pieces(tok: str, rng: random.Random, fuzzy: bool) -> list[str]:
    out = []
    for p in PIECE_RE.findall(tok):
        if p.isdigit():
            out.append(p if fuzzy and rng.random() < 0.45 else num_words(p))
        elif p.isalpha():
            cap_word = "uppercase" if fuzzy and rng.random() < 0.4 else "capital"
            caps_word = "all capitals" if fuzzy and rng.random() < 0.4 else "all caps"
            low = p.lower()
            spoken = say_lower(low, rng, False) if len(p) == 1 or p[1:].islower() else low
            if p.islower():
                out.append(say_lower(low, rng, fuzzy))
            elif p[0].isupper() and (len(p) == 1 or p[1:].islower()):
                out.append(cap_word + " " + spoken)
            elif low in PROTO_RESERVED:
                out.append(" ".join(caps_word + " " + c for c in low))
            else:
                out.append(caps_word + " " + low)
        else:
            name = CLEAN_NAMES.get(p)
            if name is None:
                raise ValueError(p)
            if fuzzy and p in FUZZY_NAMES and rng.random() < 0.5:
                name = rng.choice(FUZZY_NAMES[p])
            out.append(name)
    if fuzzy and tok.startswith("--") and out[:2] == ["dash", "dash"] and rng.random() < 0.3:
        out[:2] = ["double dash"]
    return out


def render_clean(cmd: str, rng: random.Random) -> str:
    return " space ".join(" ".join(proto_pieces(t, rng, False)) for t in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    parts = [" ".join(proto_pieces(t, rng, True)) for t in cmd.split(" ")]
    text = parts[0]
    for p in parts[1:]:
        text += (" space, " if rng.random() < 0.3 else " space ") + p
    slips = 0
    if rng.random() < 0.6:
        text, slips = text[:1].upper() + text[1:], slips + 1
    if rng.random() < 0.5 or slips == 0 and "," not in text:
        text += "."
    return text


# ---------------------------------------------------------------- natural speaker

LITERAL_RE = re.compile(r"[a-z0-9/.-][a-z0-9._/:@,=+%-]*")
NAT_PIECE_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.")
NAT_NAMES = {
    "-": ["dash"], ".": ["dot"], "/": ["slash"], "~": ["tilde"], "|": ["pipe"],
    "_": ["underscore"], ":": ["colon"], "=": ["equals", "equals sign"],
    "*": ["star", "asterisk"], ",": ["comma"], "@": ["at sign"], "#": ["hash sign"],
    "%": ["percent sign"], "$": ["dollar sign"], ">": ["greater than"], "<": ["less than"],
    "+": ["plus sign"], "?": ["question mark"], "!": ["exclamation mark"], "&": ["ampersand"],
    "(": ["open paren"], ")": ["close paren"], "[": ["open bracket"], "]": ["close bracket"],
    "{": ["open curly bracket"], "}": ["close curly bracket"], ";": ["semicolon"],
    "^": ["caret"], "\\": ["backslash"], "--": ["two dashes"],
}
AFTER_ASIDE_RE = re.compile(
    "(?:It's (?:a|an) [A-Za-z]+|" + "|".join(re.escape(a) for a in ASIDES) + ")$"
)


def literal_ok(tok: str) -> bool:
    return (
        bool(LITERAL_RE.fullmatch(tok))
        and tok[-1] not in ".,:"
        and tok not in NAT_RESERVED
        and not SPELLED_RE.fullmatch(tok)
        and any(c.isalnum() for c in tok)
    )


class Speaker:
    """Natural speech for one command: keeps quote state and the descriptive budget."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.quote_open = {'"': False, "'": False}
        self.described: set[str] = set()

    def symbol(self, ch: str) -> str:
        rng = self.rng
        if ch in self.quote_open:
            opened = self.quote_open[ch]
            self.quote_open[ch] = not opened
            base = "quote" if ch == '"' else "single quote"
            return ("end " + base) if opened else base
        if ch in NAT_DESCRIPTIVE and ch not in self.described and rng.random() < 0.3:
            self.described.add(ch)
            return rng.choice(NAT_DESCRIPTIVE[ch]) + ","
        return rng.choice(NAT_NAMES[ch])

    def word(self, run: str, flag: bool = False) -> str | None:
        """One letter/digit run; a flag letter may come out of Whisper upper-cased."""
        rng = self.rng
        low = run.lower()
        if run.islower() or run.isdigit() or not any(c.isalpha() for c in run):
            if len(run) == 1 and run.isalpha():
                return run.upper() if flag and rng.random() < 0.25 else run
            if low in NAT_RESERVED:
                return "-".join(low.upper())
            return run
        if "-" in run:
            return None
        if run[0].isupper() and (len(run) == 1 or not any(c.isupper() for c in run[1:])):
            return "capital " + (run if len(run) == 1 else low)
        if not any(c.islower() for c in run):
            if len(run) <= 3 and run.isalpha():
                return "all caps " + "-".join(run)
            return "all caps " + low
        return None

    def symbols(self, chars: str) -> list[str]:
        out = []
        i = 0
        while i < len(chars):
            if chars.startswith("--", i):
                two = self.symbol("--") if self.rng.random() < 0.35 else "dash dash"
                out.append(two)
                i += 2
            else:
                out.append(self.symbol(chars[i]))
                i += 1
        return out

    def spoken(self, tok: str) -> list[str] | None:
        lead = re.match(r"-*", tok).group()
        chunks = self.symbols(lead)
        for n, p in enumerate(NAT_PIECE_RE.findall(tok[len(lead):])):
            if p[0].isalnum():
                w = self.word(p, flag=n == 0 and bool(lead))
                if w is None:
                    return None
                chunks.append(w)
            elif p in NAT_NAMES or p in self.quote_open:
                chunks.append(self.symbol(p))
            else:
                return None
        return chunks

    def affix(self, tok: str) -> list[str] | None:
        m = re.fullmatch(r"([~\-\"'$*+!]*)(.*?)([\"');,]*)", tok)
        if not m or not (m.group(1) or m.group(3)) or not literal_ok(m.group(2)):
            return None
        chunks = self.symbols(m.group(1))
        middle = m.group(2)
        if m.group(1).endswith("-") and len(middle) == 1 and middle.isalpha():
            middle = self.word(middle, flag=True)
        chunks.append(middle)
        chunks += [self.symbol(c) for c in m.group(3)]
        return chunks

    def token(self, tok: str) -> list[str] | None:
        """Chunks for one token, checked to decode back on its own."""
        rng = self.rng
        if tok == ".":
            return [rng.choice(["a dot on its own", "just a dot"])]
        order = []
        r = rng.random()
        if literal_ok(tok):
            order = ["lit", "affix", "spoken"] if r < 0.6 else (
                ["affix", "spoken", "lit"] if r < 0.8 else ["spoken", "lit"])
        else:
            order = ["affix", "spoken"] if r < 0.5 else ["spoken", "affix"]
        saved = dict(self.quote_open)
        for how in order:
            self.quote_open = dict(saved)
            chunks = [tok] if how == "lit" else (
                self.affix(tok) if how == "affix" else self.spoken(tok))
            if chunks and decode("Next he types qqa " + " ".join(chunks) + " qqb.") == (
                    "qqa " + tok + " qqb"):
                return chunks
        self.quote_open = saved
        return None


def why_text(desc: str) -> str | None:
    d = re.sub(r"\s*\([^)]*\)", "", desc)
    d = re.sub(r"<[^>]*>", "", d).split(";")[0].split(":")[0].strip()
    if not d or not re.fullmatch(r"[A-Za-z0-9 ,'/+-]+", d):
        return None
    if len(d) > 1 and d[1].isupper():
        return d
    return d[0].lower() + d[1:]


def frame(body: str, why: str | None, rng: random.Random, chaos: bool) -> str:
    opener = rng.choice(OPENERS + CHAOS_OPENERS if chaos else OPENERS)
    closers = CLOSERS + CHAOS_CLOSERS if chaos else CLOSERS
    r = rng.random()
    pre = post = ""
    if why and r < 0.35:
        pre = rng.choice(WHY_PRE).format(why)
    elif why and r < 0.6:
        post = rng.choice(WHY_POST).format(why)
    closer = rng.choice(closers) if rng.random() < 0.55 else ""
    end = "" if body.endswith("?") else "."
    return pre + opener + body + end + closer + post


def quoted_gaps(cmd: str) -> list[bool]:
    """For each token, whether the gap before it lies inside quotes."""
    out = []
    seen = ""
    for tok in cmd.split(" "):
        out.append(seen.count('"') % 2 == 1 or seen.count("'") % 2 == 1)
        seen += tok
    return out


def join_tokens(parts: list[str], rng: random.Random, gaps: list[bool]) -> str:
    text = parts[0]
    for p, quoted in zip(parts[1:], gaps[1:], strict=True):
        r = rng.random()
        if not quoted and r < 0.15:
            sep = ", and then "
        elif not quoted and r < 0.2:
            sep = ", then "
        elif r < 0.55 or AFTER_ASIDE_RE.search(text):
            sep = ", "
        else:
            sep = " "
        text += sep + p
    return text


def natural_parts(cmd: str, rng: random.Random) -> list[list[str]] | None:
    sp = Speaker(rng)
    parts = []
    for tok in cmd.split(" "):
        chunks = sp.token(tok)
        if chunks is None:
            return None
        parts.append(chunks)
    return parts


def render_natural(cmd: str, why: str | None, rng: random.Random) -> str | None:
    parts = natural_parts(cmd, rng)
    if parts is None:
        return None
    texts = [" ".join(c) for c in parts]
    gaps = quoted_gaps(cmd)
    free = [k for k in range(len(texts)) if k + 1 == len(texts) or not gaps[k + 1]]
    r = rng.random()
    if texts[0] == cmd.split(" ")[0] and odd_word(texts[0]) and r < 0.45:
        texts[0] += ", " + "-".join(texts[0].upper())
    elif 0.45 <= r < 0.6:
        cands = [k for k in free if re.search(r"[l1]", texts[k]) and texts[k] == parts[k][0]]
        if cands:
            k = rng.choice(cands)
            ask = rng.choice(["is that a one or an L?", "is that an L or a one?"])
            t = texts[k]
            ans = "It's an L" if t[max(t.rfind("l"), t.rfind("1"))] == "l" else "It's a one"
            texts[k] += ", " + ask + " " + ans
    if rng.random() < 0.12:
        k = rng.choice(free)
        texts[k] += ", um"
    return frame(join_tokens(texts, rng, gaps), why, rng, False)


def odd_word(word: str) -> bool:
    """A tool name Dana would spell to be sure: few vowels or a digit in it."""
    if not re.fullmatch(r"[a-z0-9]{3,9}", word):
        return False
    vowels = sum(c in "aeiou" for c in word)
    return vowels / len(word) < 0.25 or any(c.isdigit() for c in word)


# ---------------------------------------------------------------- chaotic speaker

CONFUSE = [("l", "i"), ("i", "l"), ("m", "n"), ("n", "m"), ("rn", "m"), ("e", "c"), ("c", "e"),
           ("a", "o"), ("o", "a"), ("u", "v"), ("t", "f"), ("f", "t"), ("h", "b"), ("g", "q"),
           ("5", "6"), ("3", "8"), ("8", "3"), ("y", "v"), ("d", "b"), ("p", "q")]
EXTRA_FLAGS = ["-v", "--help", "-r", "-a", "--force", "-n"]


def misread(word: str, rng: random.Random) -> str | None:
    spots = [(i, a, b) for a, b in CONFUSE for i in range(len(word)) if word.startswith(a, i)]
    if not spots:
        return None
    i, a, b = rng.choice(spots)
    out = word[:i] + b + word[i + len(a):]
    return out if out != word else None


def chaos_natural(cmd: str, why: str | None, rng: random.Random, pool: list[str]) -> str | None:
    parts = natural_parts(cmd, rng)
    if parts is None:
        return None
    toks = cmd.split(" ")
    texts = [" ".join(c) for c in parts]
    kinds = ["token", "unit", "restart", "false", "nevermind", "fix"]
    first = rng.choices(kinds, weights=[25, 20, 20, 15, 10, 10])[0]
    events = [first]
    if rng.random() < 0.35:
        events.append(rng.choice([k for k in kinds if k not in (first, "restart")]))
    done = 0
    prefix = ""
    for ev in events:
        k = rng.randrange(len(toks))
        if ev == "token":
            wrong = misread(toks[k], rng)
            wp = Speaker(rng).token(wrong) if wrong else None
            if wp:
                texts[k] = " ".join(wp) + ", oh wait, no, " + texts[k]
                done += 1
        elif ev == "unit":
            words = [j for j, c in enumerate(parts[k])
                     if re.fullmatch(r"[a-z0-9._/-]{2,}", c) and c not in NAT_RESERVED]
            if words:
                j = rng.choice(words)
                wrong = misread(parts[k][j], rng)
                if wrong and wrong not in NAT_RESERVED:
                    ch = list(parts[k])
                    ch[j] = wrong + ", sorry, that was " + ch[j]
                    texts[k] = " ".join(ch)
                    done += 1
        elif ev == "restart":
            n = rng.randint(1, min(3, len(toks)))
            if rng.random() < 0.5:
                head_toks = rng.choice(pool).split(" ")[:n]
            else:
                head_toks = list(toks[:n])
                j = rng.randrange(n)
                head_toks[j] = misread(head_toks[j], rng) or head_toks[j] + "s"
            head_parts = natural_parts(" ".join(head_toks), rng)
            if head_parts is None:
                continue
            head = ", ".join(" ".join(c) for c in head_parts)
            marker = rng.choice(["hold on, I read it wrong, it's", "never mind all that, it's"])
            prefix = head + ", " + rng.choice(["um, ", ""]) + marker + " "
            done += 1
        elif ev == "false":
            c0 = parts[k][0]
            if re.fullmatch(r"[a-z0-9-]{4,}", c0):
                cut = rng.randint(2, len(c0) - 2)
                texts[k] = c0[:cut] + "... " + texts[k]
                done += 1
        elif ev == "nevermind" and k > 0:
            extra = rng.choice(EXTRA_FLAGS)
            texts[k] = extra + ", never mind, " + texts[k]
            done += 1
        elif ev == "fix":
            cands = [j for j, t in enumerate(texts)
                     if t == parts[j][0] and re.search(r"[l1o0]", t)]
            if cands:
                j = rng.choice(cands)
                t = texts[j]
                pos = max(t.rfind(c) for c in "l1o0")
                c = t[pos]
                pair = "1l" if c in "1l" else "0o"
                pos = max(t.rfind(pair[0]), t.rfind(pair[1]))
                c = t[pos]
                other = pair[1] if c == pair[0] else pair[0]
                names = {"1": "a one", "l": "an L", "0": "a zero", "o": "an O"}
                a, b = (names[c], names[other]) if rng.random() < 0.5 else (names[other], names[c])
                texts[j] = (t[:pos] + other + t[pos + 1:] + ", is that " + a + " or " + b
                            + "? It's " + names[c])
                done += 1
    if not done:
        return None
    if rng.random() < 0.4:
        k = rng.randrange(len(texts))
        texts[k] = rng.choice(["um, ", "uh, "]) + texts[k]
    if rng.random() < 0.3:
        k = rng.randrange(len(texts))
        texts[k] += ", " + rng.choice(ASIDES)
    return frame(prefix + join_tokens(texts, rng, quoted_gaps(cmd)), why, rng, True)


def chaos_protocol(cmd: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    if len(toks) < 2:
        return None
    parts = [proto_pieces(t, rng, rng.random() < 0.5) for t in toks]
    k = rng.randrange(len(toks))
    ev = rng.choice(["token", "unit", "restart"])
    texts = [" ".join(p) for p in parts]
    if ev == "token":
        wrong = misread(toks[k], rng)
        if not wrong:
            return None
        texts[k] = " ".join(proto_pieces(wrong, rng, False)) + ", oh wait, no, " + texts[k]
    elif ev == "unit":
        js = [j for j, p in enumerate(parts[k])
              if re.fullmatch(r"[a-z]{3,}", p) and p not in PROTO_RESERVED]
        if not js:
            return None
        j = rng.choice(js)
        wrong = misread(parts[k][j], rng)
        if not wrong or wrong in PROTO_RESERVED:
            return None
        ch = list(parts[k])
        ch[j] = wrong + ", sorry, that was " + ch[j]
        texts[k] = " ".join(ch)
    body = " space ".join(texts)
    if ev == "restart":
        wrong = misread(toks[0], rng)
        head = " ".join(proto_pieces(wrong, rng, False)) if wrong else texts[0]
        body = (head + " space " + rng.choice(["uh", "um"])
                + ", hold on, I read it wrong, it's " + body)
    if rng.random() < 0.5:
        return rng.choice(OPENERS) + body + "."
    return body[:1].upper() + body[1:] + "."


# ---------------------------------------------------------------- selection


def tool_of(cmd: str) -> str:
    for t in cmd.split(" "):
        if t in ("sudo", "export") or re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", t):
            continue
        return t
    return cmd


def load_pool() -> list[dict]:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines() if x.strip()]
    pool = []
    for i, r in enumerate(rows):
        c = r["command"]
        if (i % 6 == 1 and c.isascii() and len(c) <= 80 and "\n" not in c and "\t" not in c
                and "  " not in c and c == c.strip()):
            pool.append({"command": c, "description": r.get("description", "")})
    return pool


def main() -> None:
    rng = random.Random(40)
    pool = load_pool()
    rng.shuffle(pool)
    commands = [p["command"] for p in pool]
    used: set[str] = set()
    tools: Counter = Counter()
    chosen: dict[str, list[dict]] = {}
    for slice_name in ("natural", "chaotic", "clean", "fuzzy"):
        rows: list[dict] = []
        for item in pool:
            if len(rows) == PER_SLICE:
                break
            cmd = item["command"]
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            why = why_text(item["description"])
            line = None
            for _ in range(6):
                if slice_name == "clean":
                    cand = render_clean(cmd, rng)
                elif slice_name == "fuzzy":
                    cand = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    cand = render_natural(cmd, why, rng)
                elif rng.random() < 0.15:
                    cand = chaos_protocol(cmd, rng)
                else:
                    cand = chaos_natural(cmd, why, rng, commands)
                if cand and "  " not in cand and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(rows) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows)} lines")
        chosen[slice_name] = rows
    with OUT.open("w", encoding="utf-8") as f:
        for slice_name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in chosen[slice_name]:
                f.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {OUT} ({4 * PER_SLICE} lines)")


if __name__ == "__main__":
    main()
