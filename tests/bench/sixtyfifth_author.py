#!/usr/bin/env python3
"""Author65: an independent voice-to-bash evaluation set spoken by "Dmitri".

Writes assets/training/bash/author65.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author": "author65"}.
Deterministic: one random.Random(65), consumed in a fixed order. Standard library only.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command"/"description" fields of
assets/training/bash/pages_dev44_commands.jsonl (only lines whose 0-based number % 4 == 2).
Each command is used at most once and each tool (first word, ignoring sudo and VAR=value)
at most twice in the file.

STYLE GUIDE
===========

Persona
-------
Dmitri is a Russian backend developer in Berlin. Fast, precise, slightly blunt English; he
drops articles ("run command with flag"), opens with "so" / "nu", searches words with
"how to say" / "kak eto", tags questions with "da", ends with "like this".

Symbol vocabulary (persona names first; fuzzy-slice synonyms after the bar)
  -  minus              | hyphen, dash          --  double minus | double dash, double hyphen
  .  dot, point         | period                /   slash        | forward slash
  \\  backslash          | back slash            |   pipe, stick  | vertical bar
  ~  tilde              | tilda                 *   star         | asterisk
  =  equal              | equals, equal sign    :   colon
  _  underline          | underscore            @   dog, at      | at sign
  >  more than          | greater than          <   less than
  "  quote              | double quote, quotes  '   apostrophe   | single quote
  ,  comma   ;  semicolon   #  hash | sharp   $  dollar   &  ampersand   +  plus
  %  percent   ^  caret   ( ) open / close bracket | open / close paren
  [ ] open / close square   { } open / close curly   ?  question mark   !  exclamation mark
  "double" before any symbol name means that symbol twice ("double slash" = //,
  "double more than" = >>), except "double quote", which is the single character ".
Case: "big X" / "capital X" upper-cases the first letter of the next word or letter;
"all big X" / "all caps X" upper-cases the whole next word.

Slice "clean" (pure protocol, no punctuation, no framing)
  * "space" is said exactly where the command has a space; nothing else separates.
  * Everything between two "space"s is glued together: words, letters, symbols, numbers.
    So "log cat" means logcat, "c z f" means czf, "minus l a" means -la.
  * Unpronounceable pieces are spelled letter by letter ("l s", "c z f"). A literal word
    that is also a vocabulary word (dot, one, space, big, minus, ...) is always spelled.
  * Numbers are words: digits one by one ("five four three two"), or a two-digit group
    as one number ("forty two", "ten", "eighty"); a tens word followed by a unit word is
    one group ("twenty four" = 24), groups concatenate ("ten twenty four" = 1024,
    "eighty eighty" = 8080); "hundred" appends two zeros ("one hundred" = 100).
Slice "fuzzy" (same protocol, Whisper slips)
  * synonyms from the right column above; first word capitalised; a final full stop;
    commas after some "space"s; some numbers written as digits ("8080"); compound names
    split in two ("access analyzer"). The listener ignores Whisper's capitals and
    punctuation: case comes only from big / capital / all big.
Slice "natural" (how Dmitri really says it; "space" is never said)
  * Framing: [why sentence.] OPENER COMMAND CLOSER [why sentence.]
    OPENERS (at the start of a sentence, optionally preceded by "Nu," / "So," / "Da,"):
      "you write", "command is", "command:", "here we need", "so you run", "please run",
      "you type", "for this we use", "just do", "it is simple:", "run command",
      "write please", "execute", "try", "we do", "type in terminal", "to <why>, you write",
      or a bare "Nu," / "So,". Without an opener the command starts the transcript and
      Whisper capitalised its first letter (the listener lower-cases a first word written
      "Xxxx" with no other capital).
    CLOSERS: ", like this", ", da", ", nothing more", ", that's all", ", and done",
      " and press enter", or the end of the sentence (". " + capital letter, or the final
      full stop / question mark). What follows a closer is commentary. A "why" sentence
      before the opener (from the tldr description: "I want to ...", "Need to ...") never
      starts with an opener word, so the first opener at a sentence start wins.
  * Whisper writes words, digits, file names, paths and some flags as text; every space
    in the command part is a space in the command. Symbols Dmitri names are words and
    glue as follows:
      - minus, double minus, tilde, dollar: glue to the next word ("minus la" = -la).
      - pipe/stick, more than, less than, ampersand: stand alone (" | ", " > ").
      - semicolon glues to the previous word.
      - quote / apostrophe: the first one opens (glues right), the next closes (glues left).
      - every other symbol (dot, slash, colon, equal, underline, dog, star, ...) glues on
        both sides ("tilde slash projects slash script" = ~/projects/script).
      - "big X" capitalises as above. Number words are not converted (Whisper writes
        digits).
Slice "chaotic" (natural or protocol speech with Dmitri's disfluencies)
  * Fillers are dropped together with their commas: "eh,", "uh,", "hmm,", "how to say,",
    "kak eto,", "wait,", "one moment,", "where was I,".
  * Restart (whole command): "ah, wrong, again:" - everything before it is discarded and
    the rest is read as a new utterance (it may have its own opener).
  * Local corrections: "no, stop,", "not this,", "sorry, mistake,". The words after the
    marker replace what was said before it: if the first word after the marker was
    already said, everything from its last occurrence on is replaced (flag or
    whole-command scope: "minus o a.txt, not this, minus o b.txt"); otherwise only the
    last word is replaced (word scope: "main dot pi, no, stop, main dot py"). Speech
    continues after the correction.
  * A line is protocol speech if it contains the word "space" (then an optional leading
    "So," / "Nu," and a trailing ", like this" / ", da" are framing); otherwise natural.

Listener (decode below)
  clean/fuzzy -> protocol rules; natural -> natural rules; chaotic -> fillers, restart,
  framing, then corrections, each piece read with the protocol or natural rules.
Known ambiguities: natural glue cannot express a token that starts with a both-sides
symbol (".png", "/usr") or a lone "-", so such tokens are written as Whisper text; a
literal command word equal to a vocabulary word cannot appear in natural speech, so such
commands only appear in clean/fuzzy (spelled there).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "pages_dev44_commands.jsonl"
OUTPUT = ROOT / "assets" / "training" / "bash" / "author65.jsonl"
AUTHOR = "author65"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary

PERSONA_NAMES: dict[str, tuple[str, ...]] = {
    "-": ("minus",),
    ".": ("dot", "point"),
    "/": ("slash",),
    "\\": ("backslash",),
    "|": ("pipe", "stick"),
    "~": ("tilde",),
    "*": ("star",),
    "=": ("equal",),
    ":": ("colon",),
    "_": ("underline",),
    "@": ("dog", "at"),
    ">": ("more than",),
    "<": ("less than",),
    '"': ("quote",),
    "'": ("apostrophe",),
    ",": ("comma",),
    ";": ("semicolon",),
    "#": ("hash",),
    "$": ("dollar",),
    "&": ("ampersand",),
    "+": ("plus",),
    "%": ("percent",),
    "^": ("caret",),
    "(": ("open bracket",),
    ")": ("close bracket",),
    "[": ("open square",),
    "]": ("close square",),
    "{": ("open curly",),
    "}": ("close curly",),
    "?": ("question mark",),
    "!": ("exclamation mark",),
}
FUZZY_EXTRA: dict[str, tuple[str, ...]] = {
    "-": ("hyphen", "dash"),
    ".": ("period",),
    "/": ("forward slash",),
    "\\": ("back slash",),
    "|": ("vertical bar",),
    "~": ("tilda",),
    "*": ("asterisk",),
    "=": ("equals", "equal sign"),
    "_": ("underscore",),
    "@": ("at sign",),
    ">": ("greater than",),
    '"': ("double quote", "quotes"),
    "'": ("single quote",),
    "#": ("sharp",),
    "(": ("open paren",),
    ")": ("close paren",),
}
FUZZY_NAMES = {c: PERSONA_NAMES[c] + FUZZY_EXTRA.get(c, ()) for c in PERSONA_NAMES}
SYMBOL_WORDS: dict[str, str] = {n: c for c, names in FUZZY_NAMES.items() for n in names}

UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_VAL = {w: i for i, w in enumerate(UNITS)}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TEN_VAL = {w: 2 + i for i, w in enumerate(TENS)}
CASE_WORDS = ("big", "capital")
ALL_CASE_NEXT = ("big", "caps", "capital")

# Words that always mean something in protocol speech: spelled when literal.
HARD_RESERVED = (
    {n for n in SYMBOL_WORDS if " " not in n}
    | set(UNITS) | set(TEENS) | set(TENS)
    | {"hundred", "space", "big", "capital", "caps", "eh", "uh", "hmm", "like", "so", "nu", "da"}
)
# First words of multi-word names: said as words, spelled only if that confuses the listener.
SOFT_RESERVED = {n.split()[0] for n in SYMBOL_WORDS if " " in n} | {"all", "double"}

PREFIX = set("-~$")
STANDALONE = set("|<>&")
SUFFIX = set(";")
QUOTES = set("\"'")

FILLERS = ("eh", "uh", "hmm", "how to say", "kak eto", "wait", "one moment", "where was I")
FILLER_RE = re.compile(
    r",?\s*\b(?:" + "|".join(re.escape(f) for f in FILLERS) + r")(?:,|\.\.\.)(?=\s|$)",
    re.IGNORECASE,
)
RESTART_RE = re.compile(r"\bah, wrong, again:\s*", re.IGNORECASE)
CORRECTION_MARKERS = ("no, stop", "not this", "sorry, mistake")
CORRECTION_RE = re.compile(
    r"\s*[,.]?\s*\b(?:" + "|".join(CORRECTION_MARKERS) + r"),\s*", re.IGNORECASE
)
OPENER_CORE = (
    r"to [^!?]*?, you write", r"you write", r"command is", r"command:", r"here we need",
    r"so you run", r"please run", r"you type", r"for this we use", r"just do",
    r"it is simple:", r"run command", r"write please", r"execute", r"try", r"we do",
    r"type in terminal",
)
OPENER_RE = re.compile(
    r"(?:(?:nu|so|da),? )*(?:" + "|".join(OPENER_CORE) + r") |(?:(?:nu|so), )+",
    re.IGNORECASE,
)
CLOSER_RE = re.compile(
    r",\s+(?:like this|da|nothing more|that's all|and done)\b|\s+and press enter\b"
    r"|[.?!]\s+(?=[A-Z])"
)
PROTO_CLOSER_RE = re.compile(r",?\s+(?:like this|da)\b.*$", re.IGNORECASE | re.DOTALL)
PROTO_OPENER_RE = re.compile(r"^(?:(?:so|nu)\b,?\s*)+", re.IGNORECASE)
STRIP = ",.;:!?"


# ------------------------------------------------------------------ listener

def match_symbol(low: list[str], i: int) -> tuple[str | None, int]:
    """A symbol name starting at low[i]: (characters, number of words) or (None, 0)."""
    for n in (2, 1):
        words = low[i:i + n]
        if len(words) == n and " ".join(words) in SYMBOL_WORDS:
            return SYMBOL_WORDS[" ".join(words)], n
    if low[i] == "double" and i + 1 < len(low):
        for n in (2, 1):
            words = low[i + 1:i + 1 + n]
            if len(words) == n and " ".join(words) in SYMBOL_WORDS:
                return SYMBOL_WORDS[" ".join(words)] * 2, n + 1
    return None, 0


def match_number(low: list[str], i: int) -> tuple[str | None, int]:
    t = low[i]
    if t in UNIT_VAL:
        return str(UNIT_VAL[t]), 1
    if t in TEEN_VAL:
        return str(TEEN_VAL[t]), 1
    if t in TEN_VAL:
        if i + 1 < len(low) and low[i + 1] in UNIT_VAL and low[i + 1] != "zero":
            return f"{TEN_VAL[t]}{UNIT_VAL[low[i + 1]]}", 2
        return f"{TEN_VAL[t]}0", 1
    if t == "hundred":
        return "00", 1
    if t.isdigit():
        return t, 1
    return None, 0


def decode_protocol(text: str) -> list[str]:
    low = [t.strip(STRIP) for t in text.lower().split()]
    low = [t for t in low if t]
    chunks = [""]
    cap = ""
    i = 0
    while i < len(low):
        t = low[i]
        if t == "space":
            chunks.append("")
            i += 1
            continue
        if t in CASE_WORDS:
            cap = "first"
            i += 1
            continue
        if t == "all" and i + 1 < len(low) and low[i + 1] in ALL_CASE_NEXT:
            cap = "all"
            i += 2
            continue
        piece, n = match_symbol(low, i)
        if piece is None:
            piece, n = match_number(low, i)
        if piece is None:
            piece, n = t, 1
        if cap == "first":
            piece = piece[:1].upper() + piece[1:]
        elif cap == "all":
            piece = piece.upper()
        cap = ""
        chunks[-1] += piece
        i += n
    return [c for c in chunks if c]


def decode_natural_tokens(text: str) -> list[str]:
    toks = text.split()
    low = [t.lower() for t in toks]
    out: list[str] = []
    glue = False
    cap = ""
    open_quotes: set[str] = set()
    i = 0

    def put(piece: str, join: bool) -> None:
        if join and out:
            out[-1] += piece
        else:
            out.append(piece)

    while i < len(toks):
        t = low[i]
        if t in CASE_WORDS and i + 1 < len(toks):
            cap = "first"
            i += 1
            continue
        if t == "all" and i + 1 < len(toks) and low[i + 1] in ALL_CASE_NEXT:
            cap = "all"
            i += 2
            continue
        sym, n = match_symbol(low, i)
        if sym is not None:
            c = sym[0]
            if c in QUOTES and c in open_quotes:
                put(sym, True)
                glue = False
                open_quotes.discard(c)
            elif c in QUOTES:
                put(sym, glue)
                glue = True
                open_quotes.add(c)
            elif c in PREFIX:
                put(sym, glue)
                glue = True
            elif c in STANDALONE:
                put(sym, False)
                glue = False
            elif c in SUFFIX:
                put(sym, True)
                glue = False
            else:
                put(sym, True)
                glue = True
            i += n
            continue
        word = toks[i]
        if cap == "first":
            word = word[:1].upper() + word[1:]
        elif cap == "all":
            word = word.upper()
        cap = ""
        put(word, glue)
        glue = False
        i += 1
    return out


def sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]


def extract_natural(text: str) -> tuple[str, bool]:
    """The command part of a natural utterance, and whether it starts the sentence."""
    start = None
    for pos in sentence_starts(text):
        m = OPENER_RE.match(text, pos)
        if m:
            start = m.end()
            break
    first = start is None
    rest = text if first else text[start:]
    c = CLOSER_RE.search(rest)
    if c:
        rest = rest[:c.start()]
    else:
        rest = re.sub(r"[.?!]$", "", rest.rstrip())
    return rest.strip(), first


def combine(segments: list[list[str]]) -> list[str]:
    cur = list(segments[0])
    for rep in segments[1:]:
        if not rep:
            continue
        if rep[0] in cur:
            i = len(cur) - 1 - cur[::-1].index(rep[0])
            cur = cur[:i] + rep
        else:
            cur = cur[:-1] + rep
    return cur


def decode_text(text: str, mode: str) -> str:
    """mode: 'protocol' (clean/fuzzy), 'natural', or 'chaotic'."""
    if mode == "protocol":
        return " ".join(decode_protocol(text))
    text = FILLER_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,")
    parts = RESTART_RE.split(text)
    text = parts[-1].strip()
    text = CORRECTION_RE.sub(" \x00 ", text)
    protocol = mode == "chaotic" and re.search(r"\bspace\b", text, re.IGNORECASE) is not None
    if protocol:
        text = PROTO_OPENER_RE.sub("", text)
        text = PROTO_CLOSER_RE.sub("", text)
        segments = [decode_protocol(s) for s in text.split("\x00")]
        return " ".join(combine(segments))
    body, first = extract_natural(text)
    pieces = [s.strip() for s in body.split("\x00")]
    if first and pieces[0]:
        head = pieces[0].split(" ", 1)
        if re.fullmatch(r"[A-Z][^A-Z\s]*", head[0]):
            head[0] = head[0][0].lower() + head[0][1:]
        pieces[0] = " ".join(head)
    segments = [decode_natural_tokens(p) for p in pieces]
    return " ".join(combine(segments))


def decode(line: str | dict) -> str:
    """Recover the command from a JSONL line (or its dict, or a bare transcript)."""
    if isinstance(line, dict):
        record = line
    else:
        try:
            record = json.loads(line)
        except ValueError:
            record = {"input": line}
        if not isinstance(record, dict):
            record = {"input": line}
    text = record["input"]
    slice_name = record.get("slice", "chaotic")
    mode = {"clean": "protocol", "fuzzy": "protocol", "natural": "natural"}.get(
        slice_name, "chaotic")
    return decode_text(text, mode)


# ---------------------------------------------------------------- rendering

VOCAB = (
    "access analyzer backup plan get set list show install remove update upgrade config data "
    "base file name key gen type script build test info run new add log cat map top tar pass "
    "word server client time line work load down up out in to text view edit help status "
    "check cert user group node port host main dev prod docs src tmp project projects report "
    "notes photo input output archive index page image video mail message net network disk "
    "key store sync lock power shell stack web app api path root home go do on is no of my "
    "sub tree diff patch grep find sort split join merge pull push fetch clone tag branch "
    "commit stash pop state start stop kill clean bench secret token deploy release read "
    "write open close flash zip pack unpack mount scan fix lint format color book mark table "
    "query slot space wheel rate depth hist noise dither flip wall screen shot"
).split()
VOCAB_SET = set(VOCAB)
COMMON_SHORT = {
    "git", "cat", "get", "set", "run", "new", "add", "log", "map", "top", "tar", "sed", "man",
    "pip", "bun", "gem", "tag", "key", "use", "pop", "zip", "web", "app", "dev", "env", "fix",
    "red", "sum", "max", "min", "box", "dig", "gif", "net", "put", "rar", "bar", "foo", "raw",
    "hub", "job", "tab", "cut", "fit", "hex", "lit", "mid", "nix", "vim", "src", "wat",
}
TWO_LETTER = {"go", "up", "on", "in", "do", "is", "to", "no", "of", "my", "as", "at", "it"}


ONSET = re.compile(
    r"(?:[aeiouy]|[^aeiouy][aeiouy]|(?:bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|sc|sk|sl|sm|sn|sp|st|sw"
    r"|tr|th|ch|sh|wh|ph|kn|tw|str|spr|scr|thr)[aeiouy])"
)


CODAS = set(
    "ck st nd nt ng sh ch th ll ss ff rt rd rk rm rn ls ms ns ts ps ks ds gs rs ws lt lk lp mp "
    "nk sk sp ft pt ct xt rl lf lm rp rg rb wn dd gg tt zz bs lls nds nts rts sts cks ngs nks "
    "rks lds mps nth rst tch nths rch rth ght nf rf lb mb nc rc nx rv lv".split()
)


def good_coda(w: str) -> bool:
    m = re.search(r"[^aeiouy]+$", w)
    return m is None or len(m.group()) == 1 or m.group() in CODAS


def sayable(w: str) -> bool:
    """Would Dmitri say w as one word (rather than spell it)?"""
    if not (w.isalpha() and w.islower()) or w in HARD_RESERVED:
        return False
    if len(w) == 2:
        return w in TWO_LETTER
    if len(w) == 3:
        return w in COMMON_SHORT or re.fullmatch(r"[^aeiouy][aeiouy][^aeiouy]", w) is not None
    if len(w) < 2 or not ONSET.match(w) or not good_coda(w):
        return False
    for run in re.findall(r"[^aeiouy]+", w):
        if len(run) >= 5:
            return False
        if len(run) == 4 and not any(x in run for x in ("th", "ch", "sh", "ck", "ng", "ts")):
            return False
    return True


def spell_word(w: str) -> list[str]:
    """Cut an unpronounceable lowercase word into vocabulary words and single letters."""
    best: list[list[str] | None] = [None] * (len(w) + 1)
    best[0] = []
    for end in range(1, len(w) + 1):
        for start in range(end):
            prev = best[start]
            if prev is None:
                continue
            piece = w[start:end]
            if (len(piece) == 1 or (len(piece) >= 3 and piece in VOCAB_SET
                                    and piece not in HARD_RESERVED)
                    or (len(piece) >= 4 and sayable(piece))):
                cand = prev + [piece]
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    result = best[len(w)]
    return result if result is not None else list(w)


def say_word(w: str, rng: random.Random, fuzzy: bool, spell_soft: bool) -> list[str]:
    if w in HARD_RESERVED:
        return list(w)
    if w in SOFT_RESERVED and spell_soft:
        return list(w)
    if sayable(w) or (w in SOFT_RESERVED and w.isalpha()):
        if fuzzy and len(w) >= 6 and rng.random() < 0.5:
            for k in range(3, len(w) - 2):
                if w[:k] in VOCAB_SET and w[k:] in VOCAB_SET:
                    return [w[:k], w[k:]]
        return [w]
    return spell_word(w)


def two_digit(s: str) -> str:
    if s[0] == "1":
        return TEENS[int(s[1])]
    tens = TENS[int(s[0]) - 2]
    return tens if s[1] == "0" else f"{tens} {UNITS[int(s[1])]}"


def say_number(s: str, rng: random.Random, fuzzy: bool) -> str:
    if fuzzy and rng.random() < 0.45:
        return s
    opts = [" ".join(UNITS[int(c)] for c in s)]
    if len(s) == 2 and s[0] != "0":
        opts.append(two_digit(s))
    if len(s) == 3 and s[0] != "0" and s[1:] == "00":
        opts.append(f"{UNITS[int(s[0])]} hundred")
    if len(s) == 4 and s[0] != "0" and s[2] != "0":
        opts.append(f"{two_digit(s[:2])} {two_digit(s[2:])}")
    if len(opts) > 1 and rng.random() < 0.75:
        return opts[-1]
    return opts[0]


def say_letters(run: str, rng: random.Random, fuzzy: bool, spell_soft: bool) -> list[str]:
    words: list[str] = []
    big = ("big", "capital")
    for sub in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", run):
        if sub.islower():
            words += say_word(sub, rng, fuzzy, spell_soft)
        elif len(sub) == 1:
            words += [rng.choice(big), sub.lower() if rng.random() < 0.6 else sub]
        elif sub[1:].islower():
            said = say_word(sub.lower(), rng, fuzzy, spell_soft)
            words += [rng.choice(big)] + said
        elif sayable(sub.lower()) and rng.random() < 0.6:
            words += ["all", rng.choice(("caps", "big") if fuzzy else ("big",)), sub.lower()]
        else:
            for ch in sub.lower():
                words += [rng.choice(big), ch]
    return words


def say_chunk(chunk: str, rng: random.Random, fuzzy: bool, spell_soft: bool) -> str:
    names = FUZZY_NAMES if fuzzy else PERSONA_NAMES
    words: list[str] = []
    for m in re.finditer(r"([^A-Za-z0-9])\1?|[0-9]+|[A-Za-z]+", chunk):
        p = m.group()
        if p.isdigit():
            words.append(say_number(p, rng, fuzzy))
        elif p.isalpha():
            words += say_letters(p, rng, fuzzy, spell_soft)
        elif len(p) == 2 and p[0] not in QUOTES and (p[0] == "-" or rng.random() < 0.6):
            name = rng.choice(names[p[0]])
            if fuzzy and p[0] == "-" and rng.random() < 0.3:
                words.append(f"{name} {name}")
            else:
                words.append(f"double {name}")
        else:
            words += [rng.choice(names[c]) for c in p]
    return " ".join(words)


def render_protocol(cmd: str, rng: random.Random, fuzzy: bool, spell_soft: bool) -> str:
    chunks = [say_chunk(c, rng, fuzzy, spell_soft) for c in cmd.split(" ")]
    if not fuzzy:
        return " space ".join(chunks)
    out = chunks[0]
    for c in chunks[1:]:
        out += (" space, " if rng.random() < 0.3 else " space ") + c
    if rng.random() < 0.55:
        out = out[0].upper() + out[1:]
    if rng.random() < 0.5:
        out += "."
    if (out == out.lower() and "," not in out and not out.endswith(".")
            and not re.search(r"\d", out)):
        out += "."  # every fuzzy line carries at least one Whisper slip
    return out


def nat_token(tok: str, rng: random.Random, speak_quotes: bool) -> str:
    if tok.endswith("..."):
        return tok  # a word broken off mid-way, as Whisper writes it
    if set(tok) <= STANDALONE:
        name = rng.choice(PERSONA_NAMES[tok[0]])
        return name if len(tok) == 1 else f"double {name}"
    lead = trail = ""
    core = tok
    if speak_quotes and core[:1] in QUOTES:
        lead = PERSONA_NAMES[core[0]][0] + " "
        core = core[1:]
    if speak_quotes and len(core) > 0 and core[-1] in QUOTES:
        trail = " " + PERSONA_NAMES[core[-1]][0]
        core = core[:-1]
    if not core:
        return " ".join((lead + trail).split())
    if core.startswith("-"):
        p = 0.75
    elif "/" in core or core.startswith("~"):
        p = 0.45
    elif any(c in core for c in "_@=:*"):
        p = 0.6
    elif "." in core and not re.fullmatch(r"[\d.]+", core):
        p = 0.2
    else:
        p = 0.0
    if (core[0] not in "-~" and not core[0].isalnum()) or not core[-1].isalnum():
        p = 0.0  # a both-sides symbol at the edge would glue to the neighbour
    if p == 0.0 or rng.random() >= p:
        return lead + core + trail
    words: list[str] = []
    rest = core
    if rest.startswith("--") and len(rest) > 2:
        words.append("double minus")
        rest = rest[2:]
    elif rest.startswith("-") and len(rest) > 1:
        words.append("minus")
        rest = rest[1:]
    elif rest.startswith("~"):
        words.append("tilde")
        rest = rest[1:]
    for m in re.finditer(r"\d+(?:\.\d+)+|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.", rest):
        part = m.group()
        if len(part) == 1 and not part.isalnum():
            words.append(rng.choice(PERSONA_NAMES[part]))
        elif len(part) == 1 and part.isupper() and rng.random() < 0.5:
            words.append(f"{rng.choice(CASE_WORDS)} {part}")
        else:
            words.append(part)
    return lead + " ".join(words) + trail


def nat_render(tokens: list[str], rng: random.Random, speak_quotes: bool) -> list[str]:
    return [nat_token(t, rng, speak_quotes) for t in tokens]


NAT_OK = re.compile(r"[A-Za-z0-9 \-./~*=:_@|<>\"',+]+")


def natural_ok(cmd: str) -> bool:
    toks = cmd.split(" ")
    return (
        NAT_OK.fullmatch(cmd) is not None
        and len(toks) <= 9
        and "-" not in toks
        and cmd.count('"') % 2 == 0
        and cmd.count("'") % 2 == 0
        and not ('"' in cmd and "'" in cmd)
    )


def why_of(desc: str) -> str:
    d = re.sub(r"\s*\([^)]*\)", "", desc)
    d = re.split(r"\. ", d)[0].strip().rstrip(".")
    d = re.sub(r"^Interactive ", "", d)
    d = re.sub(r"^(?:Don't|Do not) ", "not ", d)
    d = d.replace(":", ",")
    if len(d) > 1 and not d[1].isupper():
        d = d[0].lower() + d[1:]
    return d


OPENERS = (
    "Nu, you write {c}", "Command is {c}", "Here we need {c}", "So, {c}", "So you run {c}",
    "Please run {c}", "You type {c}", "For this we use {c}", "Just do {c}",
    "It is simple: {c}", "Run command {c}", "Nu, {c}", "To {why}, you write {c}",
    "Command: {c}", "Write please {c}", "Execute {c}", "Try {c}", "We do {c}",
    "Type in terminal {c}", "Nu, command is {c}", "So, here we need {c}", "{C}",
)
CLOSERS = (", like this.", ", da.", ".", " and press enter.", ", nothing more.",
           ", that's all.", ", da?", ", and done.")
PRES = (
    "I want to {why}.", "Need to {why}.", "Task is to {why}.", "We must {why}.",
    "I need, how to say, to {why}.", "Goal is to {why}.", "Is easy.", "This one I know.",
    "Okay, we {why}.", "For this task, kak eto, we {why}.",
)
POSTS = (
    "This is to {why}.", "It will {why}.", "Then it will {why}, da.", "Is for when you {why}.",
    "Works on my machine.", "Is quick.", "Check output after.",
)
THOUGHTS = (
    "I think this is correct.", "Should work, I hope.", "Or... yes, is correct.",
    "Then we check log.", "We will see.", "Maybe needs sudo, I am not sure.",
    "And then coffee.", "Is strange tool, but works.",
)


def frame_natural(body: str, why: str, opener: str, rng: random.Random) -> str:
    closer = rng.choice(CLOSERS)
    if closer == "." and not body[-1].isalnum():
        closer = ", like this."  # a bare full stop after "/" or "." reads badly
    if opener == "{C}":
        if body[:1].islower():
            body = body[0].upper() + body[1:]
        closer = rng.choice((", like this.", ", da.", ", nothing more."))
        text = body + closer
        if rng.random() < 0.5:
            text += " " + rng.choice(POSTS).format(why=why)
        return text
    text = opener.format(c=body, why=why) + closer
    explicit = closer not in (".", ", da?")
    if "{why}" not in opener and rng.random() < 0.45:
        text = rng.choice(PRES).format(why=why) + " " + text
    elif explicit and rng.random() < 0.35:
        text += " " + rng.choice(POSTS).format(why=why)
    return text


def render_natural(cmd: str, desc: str, opener: str, rng: random.Random) -> str:
    speak_quotes = rng.random() < 0.6
    body = " ".join(nat_render(cmd.split(" "), rng, speak_quotes))
    return frame_natural(body, why_of(desc), opener, rng)


# ------------------------------------------------------------------ chaotic

SWAPS = (
    ("main", "master"), ("dev", "prod"), ("yaml", "yml"), ("txt", "md"), ("json", "yaml"),
    ("list", "show"), ("install", "remove"), ("start", "stop"), ("docs", "doc"),
    ("src", "source"), ("backup", "backups"), ("config", "conf"), ("notes", "note"),
    ("report", "record"), ("alice", "alex"), ("bob", "rob"), ("localhost", "local"),
    ("tmp", "temp"), ("projects", "project"), ("data", "date"), ("pdf", "png"),
    ("create", "add"), ("build", "make"), ("status", "state"), ("init", "new"),
    ("update", "upgrade"), ("remove", "delete"), ("push", "pull"), ("get", "set"),
    ("help", "info"), ("export", "import"), ("enable", "disable"), ("run", "start"),
    ("view", "show"), ("test", "check"), ("login", "connect"), ("reset", "restart"),
    ("server", "service"), ("html", "htm"), ("jpg", "jpeg"), ("output", "input"),
)
TOOL_SWAPS = (
    ("docker", "podman"), ("pip", "pip3"), ("apt", "apt-get"), ("vim", "vi"),
    ("systemctl", "service"), ("less", "more"), ("gzip", "zip"), ("head", "tail"),
    ("cat", "bat"), ("xz", "gzip"), ("nmcli", "nmtui"), ("ftp", "sftp"),
)


def wrong_variant(tok: str, rng: random.Random) -> str | None:
    """Something Dmitri could say by mistake instead of tok (None if nothing plausible)."""
    parts = re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+", tok)
    cands: list[str] = []
    for k, part in enumerate(parts):
        for a, b in SWAPS:
            for x, y in ((a, b), (b, a)):
                if part == x:
                    cands.append("".join(parts[:k] + [y] + parts[k + 1:]))
        if part.isdigit():
            d = str((int(part[-1]) + 1) % 10)
            cands.append("".join(parts[:k] + [part[:-1] + d] + parts[k + 1:]))
    if re.fullmatch(r"-[A-Za-z]", tok):
        cands.append("-" + rng.choice([c for c in "vxqnfr" if c != tok[1]]))
    cands = [c for c in cands if c != tok]
    return rng.choice(cands) if cands else None


def wrong_tool(tok: str) -> str | None:
    for a, b in TOOL_SWAPS:
        if tok == a:
            return b
        if tok == b:
            return a
    return None


def fill(texts: list[str], rng: random.Random, count: int, joiner: str) -> str:
    """Join rendered words, inserting `count` fillers at random gaps."""
    gaps = sorted(rng.sample(range(1, len(texts)), min(count, len(texts) - 1)))
    out = texts[0]
    for i, t in enumerate(texts[1:], start=1):
        if i in gaps:
            out += joiner.rstrip() + ", " + rng.choice(FILLERS) + ", " + t
        else:
            out += joiner + t
    return out


def chaotic_plan(toks: list[str], rng: random.Random) -> list[tuple[str, list[str]]]:
    """Segments: (marker before it, tokens); the first marker is ''."""
    n = len(toks)
    kind = rng.choice(("word", "word", "flag", "restart", "whole", "skip"))
    marker = rng.choice(CORRECTION_MARKERS)
    if kind == "flag":
        flags = [i for i in range(1, n - 1) if toks[i].startswith("-")
                 and not toks[i + 1].startswith("-")]
        rng.shuffle(flags)
        for i in flags:
            wrong = wrong_variant(toks[i + 1], rng)
            if wrong:
                return [("", toks[:i + 1] + [wrong]), (marker, toks[i:])]
        kind = "word"
    if kind in ("word", "whole"):
        order = list(range(1, n))
        rng.shuffle(order)
        for i in order:
            wrong = wrong_variant(toks[i], rng)
            if wrong and kind == "word":
                return [("", toks[:i] + [wrong]), (marker, toks[i:])]
            if wrong:
                return [("", toks[:i] + [wrong] + toks[i + 1:]), ("sorry, mistake", toks)]
        kind = "skip"
    if kind == "skip" and n >= 3:
        # he skipped a word (said the next one too early) and puts the missing one back
        i = rng.randint(1, n - 2)
        if toks[i + 1] != toks[i] and toks[i] not in toks[:i]:
            return [("", toks[:i] + [toks[i + 1]]), (marker, toks[i:])]
    if toks[0] == "sudo" and n >= 2 and rng.random() < 0.7:
        k = rng.randint(1, min(3, n - 1))
        return [("", toks[1:1 + k]), ("ah, wrong, again", toks)]
    tool = wrong_tool(toks[0])
    if tool and rng.random() < 0.8:
        k = rng.randint(1, max(1, min(3, n - 1)))
        return [("", [tool] + toks[1:k]), ("ah, wrong, again", toks)]
    k = rng.randint(1, max(1, min(3, n - 1)))
    first = toks[:k]
    wrong = wrong_variant(first[-1], rng) if k > 1 else None
    if wrong:
        return [("", first[:-1] + [wrong]), ("ah, wrong, again", toks)]
    last = first[-1]
    if len(last) >= 4 and last.isalpha():
        return [("", first[:-1] + [last[:len(last) // 2 + 1] + "..."]), ("ah, wrong, again", toks)]
    return [("", first), ("ah, wrong, again", toks)]


def render_chaotic(cmd: str, desc: str, rng: random.Random, openers: list[str]) -> str | None:
    toks = cmd.split(" ")
    plan = chaotic_plan(toks, rng)
    why = why_of(desc)
    protocol = len(toks) >= 2 and rng.random() < 0.3
    n_fill = rng.choice((0, 0, 1, 1, 2))
    speak_quotes = rng.random() < 0.6
    parts: list[str] = []
    for idx, (marker, seg) in enumerate(plan):
        if protocol:
            texts = [t if t.endswith("...") else say_chunk(t, rng, False, False) for t in seg]
            body = fill(texts, rng, n_fill if idx == len(plan) - 1 else 0, " space ")
        else:
            texts = nat_render(seg, rng, speak_quotes)
            body = fill(texts, rng, n_fill if idx == len(plan) - 1 else 0, " ")
        if marker == "ah, wrong, again":
            lead = " " if parts[-1].endswith("...") else rng.choice(("... ", ", "))
            again = rng.choice(("Ah, wrong, again: ", "ah, wrong, again: "))
            if lead == ", ":
                again = again.lower()
            reopen = "" if protocol or rng.random() < 0.5 else rng.choice(
                ("you write ", "command is ", "here we need "))
            parts.append(lead + again + reopen + body)
        elif marker:
            sep = rng.choice((", ", ", ", ". "))
            m = marker if sep == ", " else marker[0].upper() + marker[1:]
            parts.append(sep + m + ", " + body)
        else:
            parts.append(body)
    core = "".join(parts)
    if protocol:
        text = core
        if rng.random() < 0.5:
            text = rng.choice(("So, ", "Nu, ", "So, eh, ", "Nu, how to say, ")) + text
        if rng.random() < 0.5:
            text += rng.choice((", like this. ", ", da. ")) + rng.choice(THOUGHTS)
        return text
    opener = rng.choice(openers)
    if opener == "{C}":
        opener = "Nu, {c}"
    text = opener.format(c=core, why=why)
    if rng.random() < 0.4:
        text += rng.choice((", like this. ", ", da. ", ", that's all. ")) + rng.choice(THOUGHTS)
    else:
        text += rng.choice((", like this.", ", da.", ", da?", "."))
    if "{why}" not in opener and rng.random() < 0.3:
        text = rng.choice(PRES).format(why=why) + " " + text
    return text


# ------------------------------------------------------------------ assembly

def tool_of(cmd: str) -> str:
    for t in cmd.split(" "):
        if t == "sudo" or re.fullmatch(r"[A-Za-z_]+=\S*", t):
            continue
        return t
    return cmd


def load_pool() -> list[tuple[str, str]]:
    pool: list[tuple[str, str]] = []
    seen: set[str] = set()
    with SOURCE.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 2:
                continue
            rec = json.loads(raw)
            cmd = rec["command"]
            if (cmd in seen or not cmd.isascii() or len(cmd) > 80 or "\n" in cmd
                    or "\t" in cmd or "  " in cmd or cmd != cmd.strip()):
                continue
            if any(not (c.isalnum() or c == " " or c in PERSONA_NAMES) for c in cmd):
                continue
            seen.add(cmd)
            pool.append((cmd, rec["description"]))
    return pool


def make_line(slice_name: str, cmd: str, desc: str, rng: random.Random,
              opener: str, openers: list[str]) -> str | None:
    for attempt in range(6):
        if slice_name in ("clean", "fuzzy"):
            text = render_protocol(cmd, rng, slice_name == "fuzzy", attempt >= 2)
        elif slice_name == "natural":
            text = render_natural(cmd, desc, opener, rng)
        else:
            text = render_chaotic(cmd, desc, rng, openers)
        if text is None:
            continue
        if decode({"input": text, "slice": slice_name}) == cmd:
            return text
    return None


def build() -> list[dict[str, str]]:
    rng = random.Random(65)
    pool = load_pool()
    rng.shuffle(pool)
    openers = list(OPENERS)
    rng.shuffle(openers)
    used: set[str] = set()
    tools: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    for slice_name in SLICES:
        count = 0
        for cmd, desc in pool:
            if count == PER_SLICE:
                break
            tool = tool_of(cmd)
            if cmd in used or tools.get(tool, 0) >= 2:
                continue
            if slice_name in ("natural", "chaotic") and not natural_ok(cmd):
                continue
            if slice_name == "chaotic" and len(cmd.split(" ")) < 2:
                continue
            opener = openers[count % len(openers)]
            text = make_line(slice_name, cmd, desc, rng, opener, openers)
            if text is None:
                continue
            used.add(cmd)
            tools[tool] = tools.get(tool, 0) + 1
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"slice {slice_name}: only {count} lines")
    return rows


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            line = json.dumps(row, ensure_ascii=True)
            if decode(line) != row["command"]:
                raise SystemExit(f"undecodable: {line}")
            fh.write(line + "\n")
    print(f"wrote {len(rows)} lines to {OUTPUT}")


if __name__ == "__main__":
    main()
