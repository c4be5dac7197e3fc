"""Fifteenth author: Dale, a print-shop owner reading shell commands off a support chat.

Writes assets/training/bash/author15.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input", "command", "slice", "author": "fifteenth"}. Deterministic: one
random.Random(15), consumed in a fixed order. Run from the repository root:

    python3 tests/bench/fifteenth_author.py

Commands come from assets/training/bash/train.jsonl (lines whose 0-based number % 3 == 2); the
"why" Dale sometimes gives is the plain-English description of the command in
assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), CC BY 4.0, (c) the tldr-pages contributors.

PERSONA
=======
Dale runs a small print shop and is not a programmer. A support person types commands into a
chat on his other screen and Dale reads them aloud into a dictation app (Whisper). He reads
what he sees, symbol by symbol when he has to, is polite, apologises, thinks aloud and asks
whether he got it right. He never explains what a flag means; the only "why" he gives is what
the support person told him the command is for.

VOCABULARY (what Dale says for each symbol; the listener accepts every form in every slice)
--------------------------------------------------------------------------------------------
  -   dash, minus, hyphen, a dash, the little line, (a) little line     [glues to the right]
  --  two dashes, double dash (or "dash" twice)                          [glues to the right]
  ~   tilde, squiggle, the squiggle, a squiggle                          [glues to the right]
  /   slash, forward slash, a slash                                      [glues both sides]
  \\   backslash, back slash, (the / a) backwards slash                   [glues both sides]
  |   pipe, the pipe, vertical bar, (the / a) straight up and down line  [stands alone]
  .   dot, period, point, a period                                       [glues both sides]
  @   at sign, the at sign, at symbol, an at sign                        [glues both sides]
  *   star, asterisk, a star, the star                                   [stands alone]
  #   hash, number sign, the number sign, pound sign                     [glues to the right]
  <   less than (sign);  >  greater than (sign), the arrow, an arrow;
  >>  two arrows, two greater thans, double greater than               [all stand alone]
  _ underscore   = equals (sign) / equal sign   : colon   , comma (the word)   ^ caret
  ` backtick                                                             [glue both sides]
  ;  semicolon, ? question mark, % percent (sign)                         [glue to the left]
  +  plus (sign), $ dollar (sign)                                        [glue to the right]
  &  ampersand, and sign;  && two ampersands;  ! exclamation mark / point [stand alone]
  "  quote, double quote, quotation mark, open quote   ... end quote, close quote, unquote
  '  single quote, apostrophe ... end single quote
  ( ) open / close paren (or bracket);  [ ] open / close square bracket;
  { } open / close curly bracket (or brace)
Opening quotes and brackets glue to the right, closing ones to the left.
Phrases starting with "a"/"an" ("a dash", "an at sign") count as symbols only in ordinary
speech (below), never in the spoken protocol, where "a" is the letter a.

Letters and case. In the protocol everything is lower case unless announced. In ordinary
speech a word Whisper wrote keeps Whisper's case, but a single letter is lower case unless Dale
says "capital" (or "capital letter") before it. Letters said one after another ("c h m o d";
Whisper may write "C-H-M-O-D") are spelled out and join into one lower-case word, even across
Whisper's commas. Dale spells a word when it sounds like one of his symbol, filler or spacing
words ("s t a r", "t h e n"), and sometimes a short tool name he does not trust himself to
pronounce. "capital hello" is Hello; "all caps" / "all capitals" before a word (or before a
spelled run) puts all of it in upper case.

Numbers. In the protocol, number words are digits: a run of them is read as whole numbers
one after another ("two hundred fifty five" 255, "eighty eighty" 8080, "ten twenty four" 1024,
"one nine two" 192, "zero" always 0); Whisper may also write digits. In ordinary speech
Whisper writes numbers as digits and a number word stays a word.

Spacing words (ordinary speech): "no space" (the next bit sticks to the last), "all one word"
(everything since the last pause, i.e. Whisper's last comma or the start of the command, is
one word), "on its own" / "by itself" / "by themselves" after a symbol (the symbol stands
alone, spaces both sides). In the protocol they change nothing.

Fillers the listener drops, also in the middle of a symbol's name ("greater, hmm, than"):
um, uh, er, hmm, okay, ok, alright, let me see, then there's (a/an), and then, then. Asides
the listener drops wherever they occur: "sorry, the writing's really small", "the writing's
really small", "bear with me", "sorry about this", "I'm not a computer person", "this is all
Greek to me", "my eyes aren't what they were", "he types so fast", "sorry". Whisper's commas
are pauses, never part of a name ("no, hang on" is "no hang on").

Corrections. "whoops", "no, hang on", "no wait, that's a(n)", "it's actually" each throw away
the last command word (everything back to the last space; a "space" Dale already said after it
goes too); Dale then re-reads that whole word and carries on. "let me read that again" throws
away everything before it, framing included: the transcript starts over from what follows.

THE FOUR SLICES
===============
clean: the spoken protocol, nothing else. Every symbol by its first name above ("dash", "two
  dashes", "dot", "slash", "tilde", ...), "space" exactly where the command has one and
  nowhere else, everything else runs together; numbers as words (digit by digit when longer
  than four digits or with a leading zero); capitals announced. Lower case, no punctuation, no
  framing.
fuzzy: the same protocol with any name from the table (minus, hyphen, period, point, forward
  slash, squiggle, ...), and Whisper's slips: the first word capitalised, a final full stop, a
  comma after some "space"s, some numbers as digits, a long word split in two ("pbm pscale" is
  still pbmpscale, since nothing but "space" makes a space), a spelled word written "H-A-S-H".
natural: Dale reading to the dictation app in his own words. "space" is never said; Whisper
  writes words, digits, file names, paths, URLs and flags it recognises as text ("-la",
  "/etc/hosts", "config.yaml", "--json"); the symbols Dale names are words ("a squiggle slash
  projects", "the straight up and down line grep"). He narrates ("then there's a dash c") and
  frames the command: what the support person said, what it is for (the tldr description),
  "is that right?", "and then I hit enter".
chaotic: natural or protocol speech spoiled by Dale's slips: every line has a correction of a
  word or flag, or a restart of the whole command, often with a hesitation, an aside or a
  trailing remark.

THE LISTENER (decode below)
===========================
1. Restart: keep only what follows the last "let me read that again".
2. Drop the asides.
3. Where the command starts: right after the first lead-in ("it says to type", "it says",
   "says to type", "wants me to type", "supposed to type", "the command is", "the line says",
   "he's written", "he's put", "I've got to type", "the next bit is", "what's on the screen
   is"), or after a colon and a space, whichever comes first; with neither, at the start.
4. Where it ends: at the first sentence end (. ? ! before a space or the end of the line) or
   closing remark (", is that right", ", and then I hit enter", ", that's the whole thing",
   ", I think that's it", ", because", ", that's to", ", that's so", ", he says it'll", ", he
   says that'll", ", so it'll", ", it's for", ", and that's it"), whichever comes first.
   Whatever Dale says about the command goes in another sentence or after one of these.
5. It is protocol if the word "space" occurs in it (not as "no space"), or if the whole
   transcript is lower-case letters and spaces. Protocol: ignore case and punctuation, drop
   fillers, turn names into symbols, number words into digits and "space" into a space, apply
   capitals, corrections and spelled runs, and run everything else together.
6. Otherwise it is ordinary speech: drop fillers; text in double quotes is verbatim; other text
   stays as Whisper wrote it (if the command opens a sentence, its first word loses Whisper's
   capital); Dale's names become symbols; Whisper's word gaps become spaces, except that a
   symbol glues as the table says, "no space" / "all one word" glue, "on its own" unglues,
   and a correction removes the last command word.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets" / "training" / "bash" / "train.jsonl"
CORPUS = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author15.jsonl"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ----------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------
# char: (glue class, names). The first name is the clean-slice name. Glue classes for
# ordinary speech: R sticks to what follows, L to what precedes, B to both, S stands alone.
SYMBOLS: dict[str, tuple[str, list[str]]] = {
    "-": ("R", ["dash", "minus", "hyphen", "a dash", "the little line", "little line",
                "a little line"]),
    "--": ("R", ["two dashes", "double dash"]),
    "~": ("R", ["tilde", "squiggle", "the squiggle", "a squiggle"]),
    "/": ("B", ["slash", "forward slash", "a slash"]),
    "\\": ("B", ["backslash", "back slash", "the backwards slash", "backwards slash",
                 "a backwards slash"]),
    "|": ("S", ["pipe", "the pipe", "vertical bar", "the straight up and down line",
                "straight up and down line", "a straight up and down line"]),
    ".": ("B", ["dot", "period", "point", "a period"]),
    "@": ("B", ["at sign", "the at sign", "at symbol", "an at sign"]),
    "*": ("S", ["star", "asterisk", "a star", "the star"]),
    "#": ("R", ["hash", "number sign", "the number sign", "pound sign", "a number sign"]),
    "<": ("S", ["less than", "less than sign", "a less than sign"]),
    ">": ("S", ["greater than", "greater than sign", "the arrow", "an arrow"]),
    ">>": ("S", ["two arrows", "two greater thans", "double greater than"]),
    "_": ("B", ["underscore", "an underscore"]),
    "=": ("B", ["equals", "equals sign", "equal sign", "an equals sign"]),
    ":": ("B", ["colon", "a colon"]),
    ";": ("L", ["semicolon", "a semicolon"]),
    ",": ("B", ["comma"]),
    "+": ("R", ["plus", "plus sign", "a plus sign"]),
    "$": ("R", ["dollar", "dollar sign", "a dollar sign"]),
    "%": ("L", ["percent", "percent sign"]),
    "&": ("S", ["ampersand", "and sign", "an and sign"]),
    "&&": ("S", ["two ampersands", "double ampersand"]),
    "!": ("S", ["exclamation mark", "exclamation point", "an exclamation mark"]),
    "?": ("L", ["question mark", "a question mark"]),
    "^": ("B", ["caret", "the little hat"]),
    "`": ("B", ["backtick", "a backtick"]),
    '"': ("R", ["quote", "double quote", "quotation mark", "open quote"]),
    "'": ("R", ["single quote", "apostrophe"]),
    "(": ("R", ["open paren", "open bracket", "left paren"]),
    ")": ("L", ["close paren", "close bracket", "right paren"]),
    "[": ("R", ["open square bracket"]),
    "]": ("L", ["close square bracket"]),
    "{": ("R", ["open curly bracket", "open brace"]),
    "}": ("L", ["close curly bracket", "close brace"]),
}
# closing forms of the quotes: same character, glued to the left
CLOSERS = {'"': ["end quote", "close quote", "unquote"], "'": ["end single quote"]}
# Dale's own names, used in the natural and chaotic slices
DALE = {
    "-": ["a dash", "the little line", "dash", "a little line"],
    "--": ["two dashes", "two dashes", "dash dash"],
    "~": ["squiggle", "the squiggle", "a squiggle"],
    "/": ["slash", "slash", "forward slash"],
    "\\": ["the backwards slash", "a backwards slash"],
    "|": ["the straight up and down line", "pipe", "the pipe"],
    ".": ["period", "period", "dot"],
    "@": ["the at sign", "an at sign"],
    "*": ["star", "a star"],
    "#": ["the number sign", "a number sign"],
    ">": ["greater than", "the arrow"],
    ">>": ["two arrows", "two greater thans"],
    "<": ["less than", "a less than sign"],
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: i for i, w in enumerate(UNITS)}
NUMBER_WORDS.update({w: 10 + i for i, w in enumerate(TEENS)})
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(TENS) if w})

FILLERS = ["um", "uh", "er", "hmm", "okay", "ok", "alright", "let me see", "then there's an",
           "then there's a", "then there's", "and then", "then"]
ASIDES = ["sorry, the writing's really small", "the writing's really small", "bear with me",
          "sorry about this", "I'm not a computer person", "this is all Greek to me",
          "my eyes aren't what they were", "he types so fast", "sorry"]
BACKSPACE = ["whoops", "no hang on", "no wait that's an", "no wait that's a", "it's actually"]
RESTART = "let me read that again"
LEAD_INS = ["it says to type", "it says", "says to type", "wants me to type", "supposed to type",
            "the command is", "the line says", "he's written", "he's put", "I've got to type",
            "the next bit is", "what's on the screen is"]
TRAILERS = [", is that right", ", and then I hit enter", ", that's the whole thing",
            ", I think that's it", ", because", ", that's to", ", that's so", ", he says it'll",
            ", he says that'll", ", so it'll", ", it's for", ", and that's it"]


def _phrase_table() -> dict[tuple[str, ...], tuple]:
    """words -> (kind, payload, natural_only)."""
    table: dict[tuple[str, ...], tuple] = {}

    def add(phrase: str, kind: str, payload: object = None) -> None:
        words = tuple(phrase.lower().split())
        table[words] = (kind, payload, words[0] in ("a", "an"))

    for char, (cls, names) in SYMBOLS.items():
        for name in names:
            add(name, "sym", (char, cls))
    for char, names in CLOSERS.items():
        for name in names:
            add(name, "sym", (char, "L"))
    for word in ("capital", "capital letter", "a capital"):
        add(word, "cap")
    for word in ("all caps", "all capitals", "all capital letters"):
        add(word, "allcaps")
    for word in ("no space", "no spaces"):
        add(word, "nospace")
    for word in ("on its own", "by itself", "by themselves"):
        add(word, "alone")
    add("all one word", "oneword")
    add("space", "space")
    for word in FILLERS:
        add(word, "filler")
    for word in BACKSPACE:
        add(word, "back")
    return table


PHRASES = _phrase_table()
MAX_PHRASE = max(len(k) for k in PHRASES)
# words that, said alone, the listener would take for something other than text
RESERVED = {k[0] for k in PHRASES if len(k) == 1} | set(NUMBER_WORDS) | {"hundred", "thousand"}
RESERVED_ANY = {w for k in PHRASES for w in k if len(w) > 1} | RESERVED

# ----------------------------------------------------------------------------------------
# The listener
# ----------------------------------------------------------------------------------------


def _find_span(text: str) -> tuple[str, bool]:
    """The command part of a transcript, and whether it starts a sentence."""
    start, best_len = None, 0
    for phrase in LEAD_INS:
        m = re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", text, re.I)
        if m and (start is None or m.start() < start[0]
                  or (m.start() == start[0] and m.end() - m.start() > best_len)):
            start, best_len = (m.start(), m.end()), m.end() - m.start()
    m = re.search(r":\s", text)
    if m and (start is None or m.start() < start[0]):
        start = (m.start(), m.end())
    if start is None:
        begin = 0
    else:
        begin = start[1]
        while begin < len(text) and text[begin] in " ,:":
            begin += 1
    rest = text[begin:]
    end = len(rest)
    m = re.search(r"[.?!](?=\s|$)", rest)
    if m:
        end = m.start()
    low = rest.lower()
    for phrase in TRAILERS:
        i = low.find(phrase.lower())
        if 0 <= i < end:
            end = i
    return rest[:end].strip(" ,"), start is None


def _match(words: list[str], i: int, natural: bool) -> tuple[int, tuple] | None:
    """The longest phrase starting at words[i]; Whisper's commas inside it are skipped."""
    key: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(words) and len(key) < MAX_PHRASE:
        if words[j] != "," or not key:
            if words[j] == ",":
                return None
            key.append(words[j].lower())
            ends.append(j + 1)
        j += 1
    for n in range(len(key), 0, -1):
        hit = PHRASES.get(tuple(key[:n]))
        if hit and (natural or not hit[2]):
            return ends[n - 1] - i, hit
    return None


def _parse_number(words: list[str], i: int) -> tuple[str, int]:
    """One cardinal (or 'zero') from words[i:], greedily: 'two hundred fifty five' -> 255."""
    if words[i] == "zero":
        return "0", i + 1

    def small(j: int) -> tuple[int, int] | None:
        if j >= len(words) or words[j] not in NUMBER_WORDS or words[j] == "zero":
            return None
        v = NUMBER_WORDS[words[j]]
        j += 1
        if v >= 20 and v % 10 == 0 and j < len(words) and words[j] in UNITS[1:]:
            v += NUMBER_WORDS[words[j]]
            j += 1
        return v, j

    got = small(i)
    assert got is not None
    value, j = got

    def hundreds(v: int, j: int) -> tuple[int, int]:
        if j < len(words) and words[j] == "hundred":
            v *= 100
            j += 1
            more = small(j)
            if more:
                v += more[0]
                j = more[1]
        return v, j

    value, j = hundreds(value, j)
    if j < len(words) and words[j] == "thousand" and value < 1000:
        value *= 1000
        j += 1
        more = small(j)
        if more:
            low, j = hundreds(*more)
            value += low
    return str(value), j


def _items(words: list[str], natural: bool) -> list[tuple]:
    """Spoken words -> items: ('lit', text), ('let', ch), ('sym', ch, cls), ('space',),
    ('cap',), ('allcaps',), ('nospace',), ('alone',), ('oneword',), ('back',), ('chunk',)."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        hit = _match(words, i, natural)
        if hit and hit[1][0] == "filler":
            i += hit[0]
        else:
            kept.append(words[i])
            i += 1
    words = kept
    items: list[tuple] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == ",":
            items.append(("chunk",))
            i += 1
            continue
        if w.startswith('"') and w.endswith('"') and len(w) > 1:
            items.append(("lit", w))
            i += 1
            continue
        hit = _match(words, i, natural)
        if hit:
            n, (kind, payload, _) = hit
            if kind == "sym":
                items.append(("sym", payload[0], payload[1]))
            else:
                items.append((kind,))
            i += n
            continue
        if not natural and w in NUMBER_WORDS:
            text, i = _parse_number(words, i)
            items.append(("lit", text))
            continue
        if re.fullmatch(r"[A-Za-z](?:-[A-Za-z])+", w):
            items.extend(("let", c) for c in w.split("-"))
        elif re.fullmatch(r"[A-Za-z]", w):
            items.append(("let", w))
        else:
            items.append(("lit", w))
        i += 1
    return items


def _apply_case(items: list[tuple]) -> list[tuple]:
    """Capitals, then runs of spelled letters joined into one word."""
    out: list[tuple] = []
    i = 0
    while i < len(items):
        it = items[i]
        if it[0] in ("cap", "allcaps"):
            j = i + 1
            while j < len(items) and items[j][0] == "chunk":
                j += 1
            if j < len(items) and items[j][0] == "lit":
                t = items[j][1]
                out.append(("lit", t.upper() if it[0] == "allcaps" else t[:1].upper() + t[1:]))
                i = j + 1
                continue
            if j < len(items) and items[j][0] == "let":
                if it[0] == "cap":
                    out.append(("LET", items[j][1].upper()))
                    i = j + 1
                    continue
                k = j
                while k < len(items) and items[k][0] in ("let", "chunk"):
                    if items[k][0] == "let":
                        out.append(("LET", items[k][1].upper()))
                    k += 1
                i = k
                continue
            i += 1
            continue
        out.append(it)
        i += 1
    # join runs of letters (pauses inside a spelled run do not break it)
    joined: list[tuple] = []
    i = 0
    while i < len(out):
        if out[i][0] in ("let", "LET"):
            text = ""
            while i < len(out) and out[i][0] in ("let", "LET", "chunk"):
                if out[i][0] == "let":
                    text += out[i][1].lower()
                elif out[i][0] == "LET":
                    text += out[i][1]
                elif i + 1 >= len(out) or out[i + 1][0] not in ("let", "LET"):
                    break
                i += 1
            joined.append(("lit", text))
            continue
        joined.append(out[i])
        i += 1
    return joined


def _backspace(out: str) -> str:
    s = out.rstrip(" ")
    return s[: s.rfind(" ") + 1]


def _assemble_protocol(items: list[tuple]) -> str:
    out = ""
    for it in items:
        if it[0] == "space":
            out += " "
        elif it[0] == "back":
            out = _backspace(out)
        elif it[0] == "lit":
            out += it[1]
        elif it[0] == "sym":
            out += it[1]
    return out


def _assemble_natural(items: list[tuple]) -> str:
    out, pend, chunk_start, last = "", False, 0, None
    for it in items:
        kind = it[0]
        if kind == "chunk":
            chunk_start = len(out)
        elif kind == "back":
            out, pend, last = _backspace(out), False, None
            chunk_start = min(chunk_start, len(out))
        elif kind == "nospace":
            pend = True
        elif kind == "alone":
            if last is not None and last[1]:
                at = last[0]
                if at > 0 and out[at - 1] != " ":
                    out = out[:at] + " " + out[at:]
            pend = False
        elif kind == "oneword":
            seg = out[chunk_start:]
            lead = " " if seg.startswith(" ") else ""
            out = out[:chunk_start] + lead + seg.strip(" ").replace(" ", "")
            pend, last = False, None
        elif kind in ("lit", "sym"):
            text = it[1]
            cls = it[2] if kind == "sym" else "N"
            if not (out == "" or out.endswith(" ") or pend or cls in ("B", "L")):
                out += " "
            last = (len(out), kind == "sym")
            out += text
            pend = cls in ("R", "B")
    return out.strip()


def decode(line: str) -> str:
    """Recover the command from one transcript, following the guide in the docstring."""
    text = " ".join(line.split())
    low = text.lower()
    cut = low.rfind(RESTART)
    if cut >= 0:
        text = text[cut + len(RESTART):].lstrip(" .,!?")
    for aside in ASIDES:
        text = re.sub(r"(?<![\w'])" + re.escape(aside) + r"(?![\w'])", "", text, flags=re.I)
    text = re.sub(r"\s+", " ", text).strip(" ,")
    text = re.sub(r"(,\s*)+(?=[,.?!])", "", text)
    text = re.sub(r"^[,.?!\s]+", "", text)
    span, sentence_start = _find_span(text)
    protocol = bool(re.search(r"(?<!no )\bspace\b", span, re.I)
                    or re.fullmatch(r"[a-z ]+", line))
    if protocol:
        words = re.sub(r"[,.?!;:\"]", " ", span.lower()).split()
        return _assemble_protocol(_apply_case(_items(words, natural=False)))
    words = []
    for part in re.split(r'("[^"]*")', span):
        if part.startswith('"') and part.endswith('"') and len(part) > 1:
            words.append(part)
            continue
        for w in part.split():
            if w.endswith(",") and len(w) > 1:
                words.extend([w[:-1], ","])
            else:
                words.append(w)
    if sentence_start and words and re.fullmatch(r"[A-Z][a-z0-9._/-]*", words[0]):
        words[0] = words[0][0].lower() + words[0][1:]
    return _assemble_natural(_apply_case(_items(words, natural=True)))


# ----------------------------------------------------------------------------------------
# Dale's speech
# ----------------------------------------------------------------------------------------


def _cardinal(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " " + _cardinal(rest))
    rest = n % 1000
    return _cardinal(n // 1000) + " thousand" + ("" if rest == 0 else " " + _cardinal(rest))


def say_number(s: str) -> str:
    digits = " ".join(UNITS[int(c)] for c in s)
    if (len(s) > 1 and s[0] == "0") or len(s) > 4:
        return digits
    if len(s) <= 3:
        words = _cardinal(int(s))
    elif s[1:] == "000" or s[2] == "0":
        words = _cardinal(int(s))
    elif s[2:] == "00":
        words = _cardinal(int(s[:2])) + " hundred"
    else:
        words = _cardinal(int(s[:2])) + " " + _cardinal(int(s[2:]))
    ws = words.split()
    got, i = "", 0
    while i < len(ws):
        part, i = _parse_number(ws, i)
        got += part
    return words if got == s else digits


def _case_pieces(seg: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", seg)


def _spell(word: str, rng: random.Random, hyphens: bool) -> str:
    if hyphens and len(word) > 2:
        return "-".join(word.upper())
    return " ".join(word)


def protocol_token(tok: str, rng: random.Random, fuzzy: bool, spell_all: bool) -> list[str]:
    """One command word in the spoken protocol (no 'space')."""
    out: list[str] = []
    for seg in re.findall(r"-+|[A-Za-z]+|[0-9]+|>>|&&|.", tok):
        if seg[0] == "-":
            n = len(seg)
            if n == 2:
                out.append(rng.choice(["two dashes", "double dash", "dash dash", "minus minus"])
                           if fuzzy else "two dashes")
            else:
                out.extend(rng.choice(["dash", "minus", "hyphen"]) if fuzzy else "dash"
                           for _ in range(n))
        elif seg.isdigit():
            out.append(seg if fuzzy and rng.random() < 0.4 else say_number(seg))
        elif seg.isalpha():
            for piece in _case_pieces(seg):
                low = piece.lower()
                reserved = low in (RESERVED_ANY if spell_all else RESERVED)
                if piece.islower():
                    if reserved:
                        out.append(_spell(low, rng, fuzzy and rng.random() < 0.5))
                    elif fuzzy and len(low) >= 7 and rng.random() < 0.35:
                        cut = rng.randint(3, len(low) - 3)
                        out.append(low[:cut] + " " + low[cut:])
                    else:
                        out.append(low)
                elif len(piece) == 1:
                    out.append("capital " + low)
                elif piece.isupper():
                    caps = rng.choice(["all caps", "all capitals"]) if fuzzy else "all caps"
                    out.append(caps + " " + (" ".join(low) if reserved else low))
                else:
                    head = "capital " + (" ".join(low) if reserved else low)
                    out.append(head)
        else:
            names = SYMBOLS[seg][1]
            pool = [n for n in names if n.split()[0] not in ("a", "an")]
            out.append(rng.choice(pool) if fuzzy else pool[0])
    return out


def render_clean(cmd: str, rng: random.Random, spell_all: bool = False) -> str:
    return " space ".join(" ".join(protocol_token(t, rng, False, spell_all))
                          for t in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random, spell_all: bool = False) -> str:
    parts = [" ".join(protocol_token(t, rng, True, spell_all)) for t in cmd.split(" ")]
    text = ""
    for i, p in enumerate(parts):
        if i:
            text += " space, " if rng.random() < 0.3 else " space "
        text += p
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


WRITABLE = re.compile(
    r"(?:--?)?[A-Za-z0-9][A-Za-z0-9._-]*"
    r"|\.{0,2}/?(?:[A-Za-z0-9._-]+/)+[A-Za-z0-9._-]*"
    r"|/[A-Za-z0-9._-]+"
    r"|https?://[A-Za-z0-9./_-]+"
    r"|[A-Za-z0-9._-]+@[A-Za-z0-9._-]+"
    r"|\+?[0-9]+|[0-9.]+:[0-9]+"
)


RESERVED_NAT = RESERVED - set(NUMBER_WORDS) - {"hundred", "thousand"}


def _words_ok(text: str, reserved: set[str]) -> bool:
    """No word in text that the listener would take for a symbol, filler or marker."""
    return not any(w.lower() in reserved for w in re.findall(r"[A-Za-z']+", text))


def _natural_units(cmd: str) -> list[str] | None:
    """Command words, with a double-quoted string (spaces and all) kept as one unit."""
    units: list[str] = []
    buf: list[str] = []
    for tok in cmd.split(" "):
        if buf:
            buf.append(tok)
            if tok.count('"') % 2 == 1:
                units.append(" ".join(buf))
                buf = []
            continue
        if tok.count('"') % 2 == 1:
            buf = [tok]
            continue
        units.append(tok)
    return None if buf else units


def _natural_word(sub: str, rng: random.Random, reserved: set[str]) -> str | None:
    """How Dale says a run of letters and digits (Whisper writes it down as text)."""
    if sub.isdigit():
        return sub
    if not sub.isalpha():
        return sub if _words_ok(sub, reserved) else None
    low = sub.lower()
    if len(sub) == 1:
        return "capital " + sub if sub.isupper() else sub
    if sub.isupper():
        caps = rng.choice(["all capitals", "all caps"])
        return caps + " " + (" ".join(low) if low in RESERVED_ANY else low)
    if low in reserved:
        if not sub.islower():
            return None
        return _spell(low, rng, rng.random() < 0.5)
    return sub


def _spoken_pieces(unit: str, rng: random.Random,
                   reserved: set[str]) -> list[tuple[str, str]] | None:
    """(words, glue class) pieces of one command word said the long way."""
    pieces: list[tuple[str, str]] = []
    rest = unit
    m = re.match(r"-+", rest)
    if m:
        n = len(m.group())
        if n > 2:
            return None
        pieces.append((rng.choice(DALE["-" * n]), "R"))
        rest = rest[n:]
    quote_open = {'"': True, "'": True}
    for seg in re.findall(r"[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*|>>|&&|.", rest):
        if seg[0].isalnum():
            subs = re.split(r"(\.)", seg) if "." in seg and rng.random() < 0.5 else [seg]
            for sub in subs:
                if sub == ".":
                    pieces.append((rng.choice(DALE["."]), "B"))
                    continue
                said = _natural_word(sub, rng, reserved)
                if said is None:
                    return None
                pieces.append((said, "N"))
        elif seg in ('"', "'"):
            if quote_open[seg]:
                pieces.append((rng.choice(SYMBOLS[seg][1][:3 if seg == '"' else 2]), "R"))
            else:
                pieces.append((rng.choice(CLOSERS[seg]), "L"))
            quote_open[seg] = not quote_open[seg]
        elif seg == " ":
            pieces.append(("", "SP"))
        else:
            cls, names = SYMBOLS[seg]
            pool = DALE.get(seg) or [n for n in names if n.split()[0] not in ("a", "an")]
            pieces.append((rng.choice(pool), cls))
    return pieces


def natural_unit(unit: str, rng: random.Random, first: bool, last: bool,
                 strict: bool = False) -> str | None:
    """How Dale says one command word in ordinary speech, or None if he cannot."""
    reserved = RESERVED_ANY if strict else RESERVED_NAT
    quoted = unit.startswith('"') and unit.endswith('"') and len(unit) > 1
    if quoted and '"' not in unit[1:-1] and rng.random() < 0.6:
        return unit
    if (not quoted and WRITABLE.fullmatch(unit) and _words_ok(unit, reserved)
            and not re.fullmatch(r"[A-Za-z]", unit) and rng.random() < 0.6):
        return unit
    if not quoted and re.fullmatch(r"[a-z]{3,7}", unit) and rng.random() < 0.12:
        spelled = _spell(unit, rng, rng.random() < 0.5)
        if rng.random() < 0.5:
            return ("" if first else ", ") + spelled + ", all one word"
        return spelled
    pieces = _spoken_pieces(unit, rng, reserved)
    if not pieces:
        return None
    if quoted:
        return " ".join(p for p, _ in pieces if p)
    if len(pieces) == 1:
        text, cls = pieces[0]
        if cls in ("R", "B", "L"):
            return text + " " + rng.choice(["on its own", "by itself"])
        return text
    if (not last and pieces[-1][1] in ("R", "B")) or (not first and pieces[0][1] in ("B", "L")):
        return None
    plan: list[str] = [pieces[0][0]]
    glues = 0
    for (_, a), (b_words, b) in zip(pieces, pieces[1:], strict=False):
        if not (a in ("R", "B") or b in ("B", "L")):
            glues += 1
            plan.append("no space")
        plan.append(b_words)
    if glues == 0:
        return " ".join(plan)
    if glues == 1 and rng.random() < 0.6:
        return ", ".join(plan) if rng.random() < 0.5 else " ".join(plan)
    words = " ".join(p for p in plan if p != "no space")
    return ("" if first else ", ") + words + ", all one word"


def natural_command(cmd: str, rng: random.Random, connectors: bool = True,
                    at_start: bool = True, at_end: bool = True,
                    strict: bool = False) -> str | None:
    units = _natural_units(cmd)
    if units is None:
        return None
    out = ""
    for i, unit in enumerate(units):
        text = natural_unit(unit, rng, at_start and i == 0, at_end and i == len(units) - 1,
                            strict)
        if text is None:
            return None
        if i == 0:
            out = text
            continue
        if connectors and rng.random() < 0.08 and not text.startswith(","):
            text = rng.choice(["then there's", "then"]) + " " + text
        sep = "" if text.startswith(",") else (", " if rng.random() < 0.15 else " ")
        if out.endswith("all one word") and sep == " ":
            sep = ", "
        out += sep + text
    return out.replace(" ,", ",").replace(",,", ",")


def _why(desc: str | None) -> str | None:
    if not desc or not desc.isascii() or len(desc) > 90:
        return None
    d = desc.rstrip(".").strip()
    if re.search(r"[`<>\[\]{}|\"]|\bspace\b|:", d):
        return None
    if len(d) > 1 and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


# framings of the natural slice: {c} the command, {w} the why (lower case), {W} the why as a
# sentence start, {C} the command at the start of a sentence
FRAMES = [
    "Okay, it says {c}.",
    "The fella in the chat says to type {c}. Is that right?",
    "Hmm, let me see. It says {c}.",
    "He wants me to type {c}, because he says it'll {w}.",
    "{W}, that's what he's after. So I'm supposed to type {c}.",
    "Alright, next one. It says {c}, and then I hit enter.",
    "Sorry, I'm not a computer person. The line says {c}.",
    "He's written {c}. I'm just copying what he's got.",
    "Can you put this in for me: {c}. Thanks.",
    "Okay, the command is {c}, that's to {w}.",
    "So this one is to {w}. It says {c}. Is that right?",
    "Right, then it says {c}. Do I press enter after that?",
    "{C}, that's the whole thing, I think.",
    "Next bit. He's put {c}, he says that'll {w}.",
    "I've got to type {c}. Sorry, he's going a bit fast for me.",
    "The next bit is {c}, is that right?",
    "What's on the screen is {c}. He says it should {w}.",
    "Okay, bear with me. It says to type {c}.",
    "The support chat says to type {c}, it's for when you want to {w}.",
    "Let me just read it out. It says {c}. That's all he's put.",
    "Um, okay. He wants me to type {c}.",
    "It says {c}, so it'll {w}, apparently.",
    "Okay, I'm reading off the other screen here. The line says {c}.",
    "For the record, it says {c}. I hope that's right.",
    "The printer's still not working, so he wants me to type {c}.",
]


def render_natural(cmd: str, why: str | None, frame: str, rng: random.Random,
                   strict: bool = False) -> str | None:
    if ("{w}" in frame or "{W}" in frame) and not why:
        return None
    spoken = natural_command(cmd, rng, strict=strict)
    if spoken is None:
        return None
    if "{C}" in frame:
        if not spoken[0].isalpha():
            return None
        spoken_c = spoken[0].upper() + spoken[1:]
    else:
        spoken_c = spoken
    w = why or ""
    return frame.format(c=spoken, C=spoken_c, w=w, W=w[:1].upper() + w[1:])


# ------------------------------ chaos ------------------------------------------------------
MISREAD = {"l": "i", "i": "l", "m": "n", "n": "m", "o": "a", "a": "o", "e": "c", "c": "e",
           "t": "f", "f": "t", "r": "n", "u": "v", "v": "u", "s": "z", "g": "q", "d": "b"}


def wrong_version(tok: str, rng: random.Random) -> str:
    """What Dale misreads a command word as."""
    if re.fullmatch(r"--[a-z][a-z-]+", tok) and rng.random() < 0.4:
        return tok[1:]
    if re.fullmatch(r"-[A-Za-z]", tok):
        return tok.swapcase() if rng.random() < 0.5 else "--" + tok[1:]
    if re.fullmatch(r"[0-9]+", tok):
        d = rng.randrange(len(tok))
        return tok[:d] + str((int(tok[d]) + rng.randint(1, 8)) % 10) + tok[d + 1:]
    spots = [i for i, c in enumerate(tok) if c in MISREAD]
    if spots:
        i = rng.choice(spots)
        return tok[:i] + MISREAD[tok[i]] + tok[i + 1:]
    return tok + "s"


HESITATE = ["um", "uh", "hmm", "let me see", "okay"]
CHAOS_ASIDES = ["sorry, the writing's really small", "bear with me", "sorry about this",
                "this is all Greek to me", "my eyes aren't what they were", "he types so fast"]
CHAOS_LEADS = ["Okay, it says ", "It says ", "Hmm, okay, it says ", "He wants me to type ",
               "Um, the line says ", "Right, so he's put ", "It says to type ", ""]
CHAOS_TAILS = ["", "", ".", ". Is that right?", ", I think that's it.",
               ", and then I hit enter.", ". Sorry, is that right?", ", is that right?"]
CHAOS_MARKERS = ["whoops", "no, hang on", "it's actually", "no wait, that's a"]
RESTARTS = ["hmm, no, hang on, let me read that again.", "whoops, let me read that again.",
            "no wait, sorry, let me read that again.",
            "no, hang on, let me read that again, he's changed it.",
            "oh dear. Let me read that again."]


def render_chaotic(cmd: str, why: str | None, rng: random.Random,
                   strict: bool = False) -> str | None:
    toks = cmd.split(" ")
    protocol = rng.random() < 0.4
    fuzzy = rng.random() < 0.5
    if not protocol and _natural_units(cmd) != toks:
        return None

    def body(words: list[str], at_start: bool, at_end: bool) -> str | None:
        if not words:
            return ""
        if protocol:
            return " space ".join(" ".join(protocol_token(t, rng, fuzzy, strict))
                                  for t in words)
        return natural_command(" ".join(words), rng, connectors=False, at_start=at_start,
                               at_end=at_end, strict=strict)

    def join(a: str, b: str) -> str:
        if not (a and b):
            return a or b
        if protocol:
            return a + " space " + b
        return a + ("" if b.startswith(",") else " ") + b

    lead = rng.choice(CHAOS_LEADS)
    tail = rng.choice(CHAOS_TAILS)
    if rng.random() < 0.3 and len(toks) >= 2:
        # whole-command restart
        k = rng.randint(1, len(toks) - 1)
        pre = toks[:k]
        if rng.random() < 0.5:
            pre = pre[:-1] + [wrong_version(pre[-1], rng)]
        first = body(pre, True, False)
        again = body(toks, True, True)
        if first is None or again is None:
            return None
        lead2 = rng.choice(["It says ", "Okay, it says ", "", "Right, it says "])
        if not lead2:
            again = again[0].upper() + again[1:]
        text = lead + first + ", " + rng.choice(RESTARTS) + " " + lead2 + again
        body_from = len(lead)
    else:
        # a word or flag corrected on the spot
        i = rng.randrange(len(toks))
        wrong = wrong_version(toks[i], rng)
        if wrong == toks[i]:
            return None
        before = body(toks[:i], True, False)
        bad = body([wrong], i == 0, False)
        good = body([toks[i]], i == 0, i + 1 == len(toks))
        after = body(toks[i + 1:], False, True)
        if before is None or bad is None or not good or after is None:
            return None
        options = CHAOS_MARKERS[:3]
        if good.split()[0].lower() in ("dash", "capital", "squiggle", "period", "slash", "star"):
            options.append(CHAOS_MARKERS[3])
        head = join(before, bad)
        if protocol and i and rng.random() < 0.4:
            head += " space"  # Dale had already said the space after the slip
        marker = rng.choice(options)
        glue = " " if marker.endswith(" a") else ", "
        fixed = head + ", " + marker + glue + good.lstrip(", ")
        text = lead + join(fixed, after)
        body_from = len(lead)
    if lead == "" and text[:1].isalpha():
        text = text[0].upper() + text[1:]
    # a hesitation or an aside at a word boundary
    if rng.random() < 0.7:
        fill = rng.choice(HESITATE + CHAOS_ASIDES)
        taken = [(m.start(), m.end()) for phrase in RESTARTS + CHAOS_MARKERS
                 for m in re.finditer(re.escape(phrase), text)]
        spots = [m.start() for m in re.finditer(r" (?=\S)", text) if m.start() > body_from
                 and not any(a <= m.start() <= b for a, b in taken)]
        if spots:
            at = rng.choice(spots)
            text = text[:at] + ", " + fill + "," + text[at:]
    text = text.rstrip(" ,") + tail
    if why and not protocol and rng.random() < 0.25:
        text += " He says it's to " + why + "."
    return re.sub(r",(\s*,)+", ",", text.replace(" ,", ","))


# ----------------------------------------------------------------------------------------
# Building the file
# ----------------------------------------------------------------------------------------


def _tool(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load() -> tuple[list[str], dict[str, str]]:
    cmds: list[str] = []
    with TRAIN.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            c = json.loads(line)["command"]
            if (c.isascii() and len(c) <= 80 and "\n" not in c and "\t" not in c
                    and "  " not in c and c == c.strip() and c not in cmds):
                cmds.append(c)
    descs: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            descs.setdefault(d["command"], d["description"])
    return cmds, descs


def _valid(slice_name: str, text: str, cmd: str) -> bool:
    if not text or not text.isascii() or "\n" in text or decode(text) != cmd:
        return False
    if slice_name == "clean":
        return bool(re.fullmatch(r"[a-z]+(?: [a-z]+)*", text))
    if slice_name == "natural":
        return not re.search(r"(?<!no )\bspace\b", text, re.I)
    if slice_name == "chaotic":
        return bool(re.search(r"whoops|no, hang on|it's actually|no wait, that's|"
                              + RESTART, text, re.I))
    return True


def build() -> list[dict[str, str]]:
    rng = random.Random(15)
    cmds, descs = load()
    rng.shuffle(cmds)
    frames = FRAMES[:]
    rng.shuffle(frames)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    for slice_name in SLICES:
        slice_tools: set[str] = set()
        count = 0
        for cmd in cmds:
            if count == PER_SLICE:
                break
            tool = _tool(cmd)
            if cmd in used or tools[tool] >= 2 or tool in slice_tools:
                continue
            why = _why(descs.get(cmd))
            text = None
            for attempt in range(6):
                if slice_name == "clean":
                    cand = render_clean(cmd, rng, spell_all=attempt >= 3)
                elif slice_name == "fuzzy":
                    cand = render_fuzzy(cmd, rng, spell_all=attempt >= 3)
                elif slice_name == "natural":
                    cand = render_natural(cmd, why, frames[count % len(frames)], rng,
                                          strict=attempt >= 3)
                else:
                    cand = render_chaotic(cmd, why, rng, strict=attempt >= 3)
                if cand is not None and _valid(slice_name, cand, cmd):
                    text = cand
                    break
            if text is None:
                continue
            used.add(cmd)
            tools[tool] += 1
            slice_tools.add(tool)
            rows.append({"input": text, "command": cmd, "slice": slice_name,
                         "author": "fifteenth"})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {count} lines")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
