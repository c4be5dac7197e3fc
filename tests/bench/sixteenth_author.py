"""Sixteenth independent author: Jonas dictates bash commands.

Writes assets/training/bash/author16.jsonl (400 lines: 100 clean, 100 fuzzy, 100 natural,
100 chaotic).  Each line is {"input", "command", "slice", "author": "sixteenth"}.

Commands come from the "command" field of assets/training/bash/train.jsonl (0-based line
number % 4 == 3 only); the "why" Jonas sometimes gives is the plain-English "description" of
the same command in assets/training/bash/corpus.jsonl.  Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Run: cd /work/main && python3 tests/bench/sixteenth_author.py   (stdlib only, deterministic:
one random.Random(16) consumed in a fixed order, so reruns are byte-identical).

STYLE GUIDE
===========

Persona
-------
Jonas, backend developer from Hamburg.  Fluent English with German habits: "minus" for "-"
(Minuszeichen), "point" for "." (Punkt; he says "dot" only inside domain names such as
"example dot com"), "round bracket open" / "round bracket close" (Klammer auf / Klammer zu),
"and then" for "&&", fillers "so", "also", "ja", "genau", "na ja", "ähm" that Whisper keeps.
Frames: "the command reads", "you write", "please execute", "with the option", "in the folder".

Vocabulary (protocol words; Jonas's own word first, looser synonyms after the slash)
----------------------------------------------------------------------------------
  space " "    minus "-" / dash, hyphen    minus minus "--" / double minus
  point "." / period, full stop, dot (dot: domains)    slash "/" / forward slash
  backslash "\\" / back slash   hash "#" / hash sign, hashtag   pipe "|" / pipe symbol,
  vertical bar   ampersand "&" / and sign   and then "&&"   tilde "~" / tilda
  quote '"' / double quote, quotation mark   single quote "'" / apostrophe
  round bracket open "(" / open round bracket, open bracket   round bracket close ")" /
  close round bracket, close bracket   square bracket open|close "[" "]" / open|close
  square bracket   curly bracket open|close "{" "}" / open|close curly bracket, curly brace
  open|close   equals sign "=" / equals, equal sign   colon ":" / double point
  semicolon ";"   comma ","   star "*" / asterisk   question mark "?"
  exclamation mark "!" / exclamation point   at "@" / at sign   dollar "$" / dollar sign
  percent "%" / percent sign   caret "^" / hat   less than "<" / smaller than
  greater than ">" / bigger than   underscore "_" / underline   plus "+" / plus sign
  backtick "`" / back tick
  digits: zero one two three four five six seven eight nine (one word = one digit)
  case: "capital w" = first letter of the next word upper case ("capital x" = "X");
        "all caps w" or "big w" = the whole next word upper case ("big head" = "HEAD");
        "in quotes w" / "in single quotes w" = the next single word inside quotes.

Slices
------
clean    Pure protocol, lower case, no punctuation, no framing.  "space" exactly where the
         command has a space, every symbol by Jonas's own name, every digit as a word, case
         announced with "capital" / "all caps".  E.g. "git space stash space pop".
fuzzy    The same protocol with the synonyms above and Whisper slips: first word
         capitalised, a final full stop, "space," with a comma, numbers written as digits
         ("1024"), a long name split in two ("ptar grep").
natural  How Jonas says it to a colleague.  "space" is never said.  Whisper writes plain
         words, numbers, file names, paths, URLs and flags it knows as text ("-la",
         "/etc/hosts", "config.yaml", "xbps-remove"); symbols Jonas names stay words
         ("tilde slash projects", "config point yaml", "minus minus force", "pipe").
         A framing sentence introduces the command ("So, the command reads: ...",
         "Please execute ... , genau.", "To <why>, you write ...", "..., that's the
         command.") and may add the why (the tldr description).  Inside the command he may
         say "with the option(s)" before flags, "in the folder" before a folder,
         "the file" before a file.
chaotic  Natural or protocol speech with at least one self-correction or restart, plus
         hesitations ("ähm", "..."), asides ("wait a second", "let me check") and trailing
         thoughts ("I hope that works.").

Listener rules (what decode() does, in order)
--------------------------------------------
1. "..." is a hesitation: ignore it.  "again from the start" (usually "sorry, again from
   the start") throws away everything said before it, framing included.
2. The command starts after the first introducer: "the command reads", "the command is",
   "please execute", "please type", "please run", "you write", "you type", "can / could
   you (please) execute", "dictate the command".  Without one it starts at the beginning.
   Leading fillers (so, also, ja, genau, na ja, okay, ähm) are skipped.
3. The command ends at the first sentence end (". ", "? ", "! ", end of text) or at a
   closer: ", please", ", ja", ", genau", ", okay", ", that's it", ", that is it",
   ", that's the command", ", then we can continue", " and press enter", " for me",
   " is the command", " is what you need".  A correction that Whisper started as a new
   sentence (". No, I mean") continues the command.
4. Inside the command: commas Whisper added are ignored (a real comma is said "comma");
   fillers (ähm, äh, hm, na ja), asides (wait a second, let me think, let me check, where
   was it again, one moment) and connectors (with the option(s), in the folder, the file)
   are dropped.
5. Corrections always refer to the last command word (everything since the last space);
   Jonas then says that whole word again, correctly:
   "no, I mean", "ah no", "ah no, I mean", "wrong", "correction:" -> drop the last word;
   "not X, Y" -> X must be the last word; drop it, Y follows.
6. If the word "space" occurs, it is protocol: every spoken piece is glued to the previous
   one, "space" is the only separator, Whisper's capitals are noise (all words are read
   lower case; case comes only from capital / all caps / big).
7. Otherwise it is natural speech: text that Whisper wrote is taken as written (the first
   letter of the command is lower-cased: Whisper's sentence capital), number words
   zero..nine are digits, and a space separates two pieces unless a symbol glues:
     glue both sides: point dot period hyphen slash backslash colon underscore equals-sign
                      at comma
     glue to the next piece (prefix): minus, minus minus, tilde, dollar, hash, plus,
                      exclamation mark, percent, opening brackets
     glue to the previous piece: closing brackets, semicolon, caret
     stand alone: pipe, and then, ampersand, star, question mark, less/greater than
     quotes: the first quote of a pair glues to the next piece, the second to the previous.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets" / "training" / "bash" / "train.jsonl"
CORPUS = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author16.jsonl"
AUTHOR = "sixteenth"
PER_SLICE = 100

# ---------------------------------------------------------------------------------------------
# Vocabulary: phrase -> (text, glue_left, glue_right); glue "Q" marks a pairing quote.
# ---------------------------------------------------------------------------------------------
BOTH, PREFIX, SUFFIX, ALONE = (True, True), (False, True), (True, False), (False, False)

SYMBOLS: dict[str, tuple[str, object]] = {
    "minus minus": ("--", PREFIX),
    "double minus": ("--", PREFIX),
    "minus": ("-", PREFIX),
    "dash": ("-", PREFIX),
    "hyphen": ("-", BOTH),
    "point": (".", BOTH),
    "period": (".", BOTH),
    "full stop": (".", BOTH),
    "dot": (".", BOTH),
    "slash": ("/", BOTH),
    "forward slash": ("/", BOTH),
    "backslash": ("\\", BOTH),
    "back slash": ("\\", BOTH),
    "hash": ("#", PREFIX),
    "hash sign": ("#", PREFIX),
    "hashtag": ("#", PREFIX),
    "pipe": ("|", ALONE),
    "pipe symbol": ("|", ALONE),
    "vertical bar": ("|", ALONE),
    "ampersand": ("&", ALONE),
    "and sign": ("&", ALONE),
    "and then": ("&&", ALONE),
    "tilde": ("~", PREFIX),
    "tilda": ("~", PREFIX),
    "quote": ('"', "Q"),
    "double quote": ('"', "Q"),
    "quotation mark": ('"', "Q"),
    "single quote": ("'", "Q"),
    "apostrophe": ("'", "Q"),
    "backtick": ("`", "Q"),
    "back tick": ("`", "Q"),
    "round bracket open": ("(", PREFIX),
    "open round bracket": ("(", PREFIX),
    "open bracket": ("(", PREFIX),
    "round bracket close": (")", SUFFIX),
    "close round bracket": (")", SUFFIX),
    "close bracket": (")", SUFFIX),
    "square bracket open": ("[", PREFIX),
    "open square bracket": ("[", PREFIX),
    "square bracket close": ("]", SUFFIX),
    "close square bracket": ("]", SUFFIX),
    "curly bracket open": ("{", PREFIX),
    "open curly bracket": ("{", PREFIX),
    "curly brace open": ("{", PREFIX),
    "curly bracket close": ("}", SUFFIX),
    "close curly bracket": ("}", SUFFIX),
    "curly brace close": ("}", SUFFIX),
    "equals sign": ("=", BOTH),
    "equals": ("=", BOTH),
    "equal sign": ("=", BOTH),
    "colon": (":", BOTH),
    "double point": (":", BOTH),
    "semicolon": (";", SUFFIX),
    "comma": (",", BOTH),
    "star": ("*", ALONE),
    "asterisk": ("*", ALONE),
    "question mark": ("?", ALONE),
    "exclamation mark": ("!", PREFIX),
    "exclamation point": ("!", PREFIX),
    "at": ("@", BOTH),
    "at sign": ("@", BOTH),
    "dollar": ("$", PREFIX),
    "dollar sign": ("$", PREFIX),
    "percent": ("%", PREFIX),
    "percent sign": ("%", PREFIX),
    "caret": ("^", SUFFIX),
    "hat": ("^", SUFFIX),
    "less than": ("<", ALONE),
    "smaller than": ("<", ALONE),
    "greater than": (">", ALONE),
    "bigger than": (">", ALONE),
    "underscore": ("_", BOTH),
    "underline": ("_", BOTH),
    "plus": ("+", PREFIX),
    "plus sign": ("+", PREFIX),
}
MODIFIERS = {
    "capital": "cap",
    "capital letter": "cap",
    "all caps": "big",
    "big": "big",
    "in quotes": "q2",
    "in single quotes": "q1",
}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}

# Jonas's own (clean) name for each character, and the looser synonyms of the fuzzy slice.
JONAS = {
    "-": "minus",
    ".": "point",
    "/": "slash",
    "\\": "backslash",
    "#": "hash",
    "|": "pipe",
    "&": "ampersand",
    "~": "tilde",
    '"': "quote",
    "'": "single quote",
    "`": "backtick",
    "(": "round bracket open",
    ")": "round bracket close",
    "[": "square bracket open",
    "]": "square bracket close",
    "{": "curly bracket open",
    "}": "curly bracket close",
    "=": "equals sign",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    "*": "star",
    "?": "question mark",
    "!": "exclamation mark",
    "@": "at",
    "$": "dollar",
    "%": "percent",
    "^": "caret",
    "<": "less than",
    ">": "greater than",
    "_": "underscore",
    "+": "plus",
}
LOOSE = {
    "-": ["dash", "hyphen"],
    ".": ["period"],
    "/": ["forward slash"],
    "\\": ["back slash"],
    "#": ["hash sign", "hashtag"],
    "|": ["pipe symbol", "vertical bar"],
    "&": ["and sign"],
    "~": ["tilda"],
    '"': ["double quote", "quotation mark"],
    "'": ["apostrophe"],
    "`": ["back tick"],
    "(": ["open round bracket", "open bracket"],
    ")": ["close round bracket", "close bracket"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly bracket", "curly brace open"],
    "}": ["close curly bracket", "curly brace close"],
    "=": ["equals", "equal sign"],
    ":": ["double point"],
    "*": ["asterisk"],
    "!": ["exclamation point"],
    "@": ["at sign"],
    "$": ["dollar sign"],
    "%": ["percent sign"],
    "^": ["hat"],
    "<": ["smaller than"],
    ">": ["bigger than"],
    "_": ["underline"],
    "+": ["plus sign"],
}
# English words (from the tldr descriptions) that Whisper may hear inside a compound name.
SPLIT_VOCAB: set[str] = set()
TLDS = {"com", "org", "net", "io", "de", "dev", "eu"}

# ---------------------------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------------------------
RESTART_RE = re.compile(r"again from the start[.,:!]?", re.I)
INTRO_RE = re.compile(
    r"\b(?:the command reads|the command is|please execute|please type|please run|you write"
    r"|you type|(?:can|could) you (?:please )?execute|dictate the command)\b[:,]?",
    re.I,
)
CLOSER_RE = re.compile(
    r",\s*(?:please|ja|genau|okay|that's it|that is it|that's the command"
    r"|that is the command|then we can continue)\b"
    r"|\s+(?:and press enter|for me|is the command|is what you need)\b",
    re.I,
)
SENTENCE_END_RE = re.compile(r"[.?!](?=\s|$)")
LEAD_FILLER_RE = re.compile(r"^(?:(?:so|also|ja|genau|na ja|okay|ok|ähm|äh|hm)\b[,.]?\s*)+", re.I)
SENTENCE_CORRECTION_RE = re.compile(
    r"[.?!]\s+(?=(?:ah no|no, i mean|wrong|correction:)(?:\W|$))", re.I
)
CANCEL_RE = re.compile(
    r"(?:^|(?<=[\s,]))(?:ah no, i mean|no, i mean|ah no|wrong|correction:)[,:]?(?=\s|$)", re.I
)
NOT_RE = re.compile(r"(?:^|(?<=[\s,]))not\s+([^,\x01]+?),(?=\s|$)", re.I)
ASIDE_RE = re.compile(
    r"\b(?:wait a second|let me think|let me check|where was it again|one moment|na ja)\b", re.I
)
CONNECTOR_RE = re.compile(r"\b(?:with the options?|in the folder|the file)\b", re.I)
FILLERS = {"ähm", "äh", "hm", "ehm"}
PHRASES = {
    **{k: ("sym",) + v for k, v in SYMBOLS.items()},
    **{k: ("mod", v) for k, v in MODIFIERS.items()},
    "space": ("space",),
}
MAX_PHRASE = max(len(k.split()) for k in PHRASES)


class Unclear(ValueError):
    """The listener cannot recover a command from what it heard."""


def find_span(text: str) -> str:
    """Rules 1-3: cut restarts, locate the command between introducer and closer."""
    text = text.replace("\u2019", "'").replace("\u2026", " ").replace("...", " ")
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    text = SENTENCE_CORRECTION_RE.sub(", ", text)
    intro = INTRO_RE.search(text)
    rest = text[intro.end() :] if intro else text
    rest = LEAD_FILLER_RE.sub("", rest.lstrip(" ,.:;!?"))
    end = len(rest)
    for rx in (CLOSER_RE, SENTENCE_END_RE):
        m = rx.search(rest)
        if m:
            end = min(end, m.start())
    return rest[:end].strip(" ,.:?!")


def parse(words: list[str], protocol: bool) -> list[tuple]:
    """Turn heard words into items: sym, text, space, mod, cancel, not."""
    items: list[tuple] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "\x01":
            items.append(("cancel",))
            i += 1
            continue
        if w == "\x02":
            j = words.index("\x03", i)
            items.append(("not", parse(words[i + 1 : j], protocol)))
            i = j + 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key = " ".join(x.lower() for x in words[i : i + n])
            if len(words[i : i + n]) == n and key in PHRASES:
                items.append(PHRASES[key])
                i += n
                break
        else:
            if w.lower() in DIGIT_OF:
                items.append(("text", DIGIT_OF[w.lower()]))
            else:
                items.append(("text", w.lower() if protocol else w))
            i += 1
    return items


def assemble(items: list[tuple], protocol: bool) -> str:
    """Rules 5-7: glue the items into the command."""
    out = ""
    glue_next = True
    mod = None
    for item in items:
        kind = item[0]
        if kind == "mod":
            if mod is not None:
                raise Unclear("two case words in a row")
            mod = item[1]
            continue
        if mod is not None and kind != "text":
            raise Unclear("case word without a word")
        if kind in ("cancel", "not"):
            if kind == "not":
                last = out[out.rfind(" ") + 1 :]
                if assemble(item[1], protocol) != last:
                    raise Unclear("'not X' does not name the last word")
            cut = out.rfind(" ")
            out = out[: cut + 1] if cut >= 0 else ""
            glue_next = True
            continue
        if kind == "space":
            out += " "
            glue_next = True
            continue
        if kind == "text":
            piece, left, right = item[1], False, False
            if mod == "cap":
                piece = piece[:1].upper() + piece[1:]
            elif mod == "big":
                piece = piece.upper()
            elif mod == "q2":
                piece = f'"{piece}"'
            elif mod == "q1":
                piece = f"'{piece}'"
            mod = None
        else:
            piece, glue = item[1], item[2]
            if glue == "Q":
                opening = out.count(piece) % 2 == 0
                glue = PREFIX if opening else SUFFIX
            left, right = glue
        if protocol or not out or out.endswith(" ") or glue_next or left:
            out += piece
        else:
            out += " " + piece
        glue_next = right
    if mod is not None:
        raise Unclear("dangling case word")
    return out.strip()


def decode_span(span: str) -> str:
    """Rules 4-7 on the command span."""
    s = CANCEL_RE.sub(" \x01 ", span)
    s = NOT_RE.sub(lambda m: " \x02 " + m.group(1) + " \x03 ", s)
    s = ASIDE_RE.sub(" ", s)
    s = CONNECTOR_RE.sub(" ", s)
    words = [w.strip(",") for w in s.split()]
    words = [w for w in words if w and w.lower() not in FILLERS]
    protocol = any(w.lower() == "space" for w in words)
    if not protocol:
        for k, w in enumerate(words):
            if w not in ("\x01", "\x02", "\x03"):
                words[k] = w[:1].lower() + w[1:]
                break
    return assemble(parse(words, protocol), protocol)


def decode(line: str) -> str | None:
    """The careful human listener of the guide: transcript -> command (None if unclear)."""
    try:
        return decode_span(find_span(line)) or None
    except (Unclear, ValueError):
        return None


# ---------------------------------------------------------------------------------------------
# The speaker
# ---------------------------------------------------------------------------------------------
SEG_RE = re.compile(r"&&|--|[A-Za-z]+|[0-9]+|.")
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")
INLINE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-_:@")


def is_domain_dot(segs: list[str], k: int) -> bool:
    return (
        0 < k < len(segs) - 1 and segs[k] == "." and segs[k - 1].isalpha() and segs[k + 1] in TLDS
    )


def proto_token(tok: str, rng: random.Random, fuzzy: bool) -> str:
    """One command word in protocol speech."""
    segs = SEG_RE.findall(tok)
    words: list[str] = []
    for k, s in enumerate(segs):
        if s.isalpha():
            for run in CASE_RE.findall(s):
                if run.islower():
                    cuts = [
                        c
                        for c in range(3, len(run) - 2)
                        if run[:c] in SPLIT_VOCAB and run[c:] in SPLIT_VOCAB
                    ]
                    if fuzzy and run not in SPLIT_VOCAB and cuts and rng.random() < 0.7:
                        cut = rng.choice(cuts)
                        words += [run[:cut], run[cut:]]
                    else:
                        words.append(run)
                elif len(run) > 1 and run.isupper():
                    big = "big" if fuzzy and rng.random() < 0.5 else "all caps"
                    words += [big, run.lower()]
                else:
                    cap = "capital"
                    if fuzzy and len(run) == 1 and rng.random() < 0.3:
                        cap = "big"
                    words += [cap, run.lower()]
        elif s.isdigit():
            if fuzzy and rng.random() < 0.5:
                words.append(s)
            else:
                words += [DIGITS[int(c)] for c in s]
        elif s == "--":
            words.append("double minus" if fuzzy and rng.random() < 0.3 else "minus minus")
        elif s == "&&":
            words.append("and then" if fuzzy else "ampersand ampersand")
        elif s == "." and is_domain_dot(segs, k):
            words.append("dot")
        elif s in JONAS:
            name = JONAS[s]
            if fuzzy and s in LOOSE and rng.random() < 0.5:
                name = rng.choice(LOOSE[s])
            words.append(name)
        else:
            raise Unclear(f"no name for {s!r}")
    return " ".join(words)


def case_word(run: str) -> str | None:
    """How Jonas announces the case of a letter run: None if lower case, "" if he cannot."""
    if run.islower():
        return None
    if len(run) == 1 or (run[0].isupper() and run[1:].islower()):
        return "capital"
    return "big" if run.isupper() else ""


def natural_token(tok: str, rng: random.Random) -> str:
    """One command word as Jonas says it naturally and Whisper writes it."""
    if tok == "&&":
        return "and then"
    m = re.fullmatch(r"([\"'])([A-Za-z0-9._/:@-]+)\1", tok)
    if m and rng.random() < 0.5:
        return ("in quotes " if m.group(1) == '"' else "in single quotes ") + m.group(2)
    if tok.isdigit() and len(tok) == 1 and rng.random() < 0.25:
        return DIGITS[int(tok)]
    segs = SEG_RE.findall(tok)
    # Per word, either Whisper writes it as text, or Jonas spells its symbols out ("tilde
    # slash projects slash report point pdf"); symbols Whisper cannot write force spelling.
    spell = any(not s.isalnum() and s not in INLINE and s != "--" for s in segs)
    spell = spell or rng.random() < 0.45
    units: list[tuple[str, str]] = []
    for k, s in enumerate(segs):
        if s.isalpha():
            cw = case_word(s)
            if spell and cw and rng.random() < 0.8:
                units += [("w", cw), ("w", s.lower())]
            else:
                units.append(("t", s))
        elif s.isdigit():
            units.append(("t", s))
        elif s in ("-", "--"):
            at_start = k == 0 and spell
            units.append(("w", "minus minus" if s == "--" else "minus") if at_start else ("t", s))
        elif s == ".":
            units.append(("w", "dot" if is_domain_dot(segs, k) else "point") if spell else ("t", s))
        elif s in INLINE:
            units.append(("w", JONAS[s]) if spell else ("t", s))
        elif s == "&&":
            units.append(("w", "and then"))
        elif s in JONAS:
            units.append(("w", JONAS[s]))
        else:
            raise Unclear(f"no name for {s!r}")
    words: list[str] = []
    glued = False
    for kind, text in units:
        if kind == "t" and glued:
            words[-1] += text
        else:
            words.append(text)
        glued = kind == "t"
    return " ".join(words)


def natural_body(cmd: str, rng: random.Random, connectors: bool = True) -> list[str] | None:
    """Natural rendering, one entry per command word; checked word by word."""
    toks = cmd.split(" ")
    said: list[str] = []
    flags_done = False
    for i, tok in enumerate(toks):
        want = " ".join(toks[: i + 1])
        for _ in range(30):
            try:
                r = natural_token(tok, rng)
            except Unclear:
                return None
            if decode_span(" ".join([*said, r])) == want:
                break
        else:
            return None
        if connectors and i > 0:
            last = i == len(toks) - 1
            if tok.startswith("-") and not flags_done and rng.random() < 0.2:
                many = i + 1 < len(toks) and toks[i + 1].startswith("-")
                r = ("with the options " if many else "with the option ") + r
            elif last and re.fullmatch(r"[\w.~/-]*[~/][\w./-]*", tok):
                if "." not in tok.rsplit("/", 1)[-1]:
                    r = ("in the folder " + r) if rng.random() < 0.5 else r
                elif rng.random() < 0.25:
                    r = "the file " + r
            elif last and re.fullmatch(r"[\w-]+\.[a-z]+", tok) and rng.random() < 0.2:
                r = "the file " + r
        if tok.startswith("-"):
            flags_done = True
        said.append(r)
    return said


# ---------------------------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------------------------
NATURAL_FRAMES = [
    "So, the command reads: {c}.",
    "The command reads {c}.",
    "Please execute {c}.",
    "Please execute {c}, genau.",
    "You write {c}, that's it.",
    "Also, we want to {w}. The command reads {c}.",
    "We want to {w}, so please execute {c}.",
    "To {w}, you write {c}.",
    "Can you please execute {c}? That should {w}.",
    "Ja, so, the command reads {c}. Genau.",
    "Na ja, we need to {w}. So you write {c} and press enter.",
    "Please type {c}, ja?",
    "The command is {c}. It will {w}.",
    "Ähm, please execute {c}, that is it.",
    "In the terminal you write {c}.",
    "Could you execute {c} for me, please?",
    "Quick one, please run {c}.",
    "Next step, please execute {c}, then we can continue.",
    "{C}, that's the command.",
    "Genau, {c} is the command to {w}.",
    "So, {c}, that's the command to {w}.",
    "Let me dictate the command: {c}.",
    "Okay, in the terminal, please type {c}. This will {w}.",
    "I want to {w}. For this you write {c}, genau.",
    "Also, {c} is what you need, it will {w}.",
    "For that the command reads {c}, okay?",
]
CHAOS_OPENERS = ["Please execute", "The command reads", "So, you write", "Ähm, please type", ""]
TRAILING = [
    " I hope that works.",
    " Na ja, we will see.",
    " Then we check the output.",
    " That was a long one, ja.",
    " Let me know if it fails.",
    " Genau.",
]
RESTART_GLUES = [
    ", ähm, sorry, again from the start. ",
    "... sorry, again from the start: ",
    ". Sorry, again from the start. ",
    ", no no, sorry, again from the start, ",
]
MARKERS = ["no, I mean", "ah no,", "ah no, I mean", "wrong,", "correction:"]
NOT_VERBS = {
    "only",
    "interactive",
    "interactively",
    "automatically",
    "usage",
    "path",
    "garbage",
    "telnet",
    "target",
    "shutdown,",
    "add/remove",
    "bruteforce",
    "do",
}


def why_of(desc: str) -> str | None:
    """The tldr description as Jonas's reason, or None if it does not read as a verb phrase."""
    d = re.sub(r"\s*\([^)]*\)", "", desc).strip().rstrip(".")
    if not re.fullmatch(r"[A-Za-z0-9 ,'/-]{8,90}", d):
        return None
    first = d.split()[0]
    if first.lower() in NOT_VERBS or first.endswith("ing"):
        return None
    if first[1:].islower():
        d = first.lower() + d[len(first) :]
    return d


def frame(template: str, body: str, why: str | None) -> str:
    text = template.replace("{C}", body[:1].upper() + body[1:]).replace("{c}", body)
    return text.replace("{w}", why or "")


# ---------------------------------------------------------------------------------------------
# Slice builders: each returns a transcript that decodes to cmd, or None.
# ---------------------------------------------------------------------------------------------
def make_clean(cmd: str, rng: random.Random) -> str | None:
    try:
        return " space ".join(proto_token(t, rng, fuzzy=False) for t in cmd.split(" "))
    except Unclear:
        return None


def make_fuzzy(cmd: str, rng: random.Random) -> str | None:
    clean = make_clean(cmd, rng)  # clean speech draws nothing from rng
    try:
        parts = [proto_token(t, rng, fuzzy=True) for t in cmd.split(" ")]
    except Unclear:
        return None
    seps = [" space, " if rng.random() < 0.3 else " space " for _ in parts[1:]]
    text = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.45:
        text += "."
    if text == clean:
        text = text[:1].upper() + text[1:] + "."
    return text


def make_natural(cmd: str, why: str | None, rng: random.Random) -> tuple[str, str] | None:
    said = natural_body(cmd, rng)
    if said is None:
        return None
    body = " ".join(said)
    frames = [f for f in NATURAL_FRAMES if why or "{w}" not in f]
    template = rng.choice(frames)
    return frame(template, body, why), template


def wrong_word(tok: str, i: int, rng: random.Random, bank: dict[str, list[str]]) -> str | None:
    """A plausible slip for the command word tok (the word at position i)."""
    if i == 0:
        kind = "tool"
    elif tok.startswith("--"):
        kind = "long"
    elif tok.startswith("-"):
        kind = "short"
    elif tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 10])) if len(tok) < 6 else None
    elif "/" in tok:
        kind = "path"
    elif "." in tok:
        kind = "file"
    elif tok.isalpha() and tok.islower():
        kind = "word"
    else:
        return None
    for attempt in range(40):
        w = rng.choice(bank[kind])
        if w != tok and (w[:1] == tok[:1] or attempt >= 30):
            return w
    return None


def make_chaotic(
    cmd: str, why: str | None, rng: random.Random, bank: dict[str, list[str]]
) -> tuple[str, str] | None:
    toks = cmd.split(" ")
    protocol = rng.random() < 0.3
    if protocol:
        try:
            said = [proto_token(t, rng, fuzzy=rng.random() < 0.3) for t in toks]
        except Unclear:
            return None
        sep = " space "
    else:
        got = natural_body(cmd, rng)
        if got is None:
            return None
        said, sep = got, " "

    def say(tok: str) -> str:
        return proto_token(tok, rng, False) if protocol else natural_token(tok, rng)

    kinds = ["word", "word", "flag", "not", "restart", "restart"]
    kind = rng.choice(kinds)
    flags = [i for i, t in enumerate(toks) if t.startswith("-") and i > 0]
    if kind == "flag" and not flags:
        kind = "word"
    fixed = list(said)
    label = kind
    if kind in ("word", "flag", "not"):
        idx = rng.choice(flags) if kind == "flag" else rng.randrange(len(toks))
        wrong = wrong_word(toks[idx], idx, rng, bank)
        if wrong is None:
            kind = label = "restart"
        else:
            try:
                w_said = say(wrong)
            except Unclear:
                return None
            if kind == "not":
                fixed[idx] = f"{w_said}, not {w_said}, {said[idx]}"
            else:
                marker = rng.choice(MARKERS)
                if rng.random() < 0.25 and not protocol:
                    marker = marker[:1].upper() + marker[1:]
                    fixed[idx] = f"{w_said}. {marker} {said[idx]}"
                else:
                    fixed[idx] = f"{w_said}, {marker} {said[idx]}"
    # hesitations and asides between words
    for _ in range(rng.choice([0, 1, 1, 2])):
        if len(fixed) > 1:
            k = rng.randrange(1, len(fixed))
            filler = rng.choice(
                [
                    "ähm,",
                    "äh,",
                    "... ähm",
                    "wait a second,",
                    "let me check,",
                    "where was it again,",
                    "na ja,",
                ]
            )
            fixed[k] = filler + " " + fixed[k]
    body = sep.join(fixed)
    if protocol:
        template = rng.choice(
            [
                "{c}",
                "{c}.",
                "The command reads {c}.",
                "Please execute {c}.",
                "So, {c}, that's the command.",
            ]
        )
    else:
        template = rng.choice([f for f in NATURAL_FRAMES if why or "{w}" not in f])
    text = frame(template, body, why)
    if kind == "restart":
        cut = rng.randrange(1, len(toks) + 1)
        part = list(said[:cut])
        mistake = wrong_word(toks[cut - 1], cut - 1, rng, bank)
        if mistake is not None and (cut == len(toks) or rng.random() < 0.5):
            try:
                part[-1] = say(mistake)
            except Unclear:
                return None
        elif cut == len(toks):
            part[-1] = part[-1][: max(2, len(part[-1]) // 2)] + "-"
        opener = rng.choice(CHAOS_OPENERS)
        start = (opener + " " if opener else "") + sep.join(part)
        start = start[:1].upper() + start[1:]
        glue = rng.choice(RESTART_GLUES)
        if glue.endswith(". "):
            text = text[:1].upper() + text[1:]
        elif glue.endswith(", "):
            text = text[:1].lower() + text[1:]
        text = start + glue + text
    if rng.random() < 0.3 and text[-1] in ".?":
        text += rng.choice(TRAILING)
    return text, f"{label}:{template}"


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
def tool_keys(cmd: str) -> list[str]:
    words = cmd.split(" ")
    return words[:2] if words[0] == "sudo" and len(words) > 1 else words[:1]


def load() -> tuple[list[str], dict[str, str]]:
    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    pool: list[str] = []
    for n, line in enumerate(lines):
        if n % 4 != 3:
            continue
        cmd = json.loads(line)["command"]
        if (
            cmd.isascii()
            and 0 < len(cmd) <= 80
            and "\n" not in cmd
            and "\t" not in cmd
            and "  " not in cmd
            and cmd == cmd.strip()
            and cmd not in pool
        ):
            pool.append(cmd)
    desc: dict[str, str] = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        desc.setdefault(row["command"], row["description"])
    return pool, desc


def word_bank(pool: list[str]) -> dict[str, list[str]]:
    bank: dict[str, list[str]] = {k: [] for k in ("tool", "long", "short", "path", "file", "word")}
    simple = re.compile(r"[a-z0-9][a-z0-9._/-]*|--?[a-z][a-z0-9-]*")
    for cmd in pool:
        for i, t in enumerate(cmd.split(" ")):
            if not simple.fullmatch(t):
                continue
            if i == 0:
                kind = "tool" if t.isalpha() and t != "sudo" else ""
            elif t.startswith("--"):
                kind = "long"
            elif t.startswith("-"):
                kind = "short"
            elif "/" in t:
                kind = "path"
            elif "." in t:
                kind = "file"
            elif t.isalpha() and len(t) > 2:
                kind = "word"
            else:
                kind = ""
            if kind and t not in bank[kind]:
                bank[kind].append(t)
    return bank


def main() -> None:
    rng = random.Random(16)
    pool, desc = load()
    bank = word_bank(pool)
    for text in desc.values():
        SPLIT_VOCAB.update(w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3)
    rng.shuffle(pool)
    used_tools: dict[str, int] = {}
    rows: dict[str, list[dict[str, str]]] = {
        s: [] for s in ("clean", "fuzzy", "natural", "chaotic")
    }
    shapes: dict[str, set[str]] = {"natural": set(), "chaotic": set()}
    cursor = 0
    for slice_name in ("natural", "chaotic", "clean", "fuzzy"):
        singles = 0
        while len(rows[slice_name]) < PER_SLICE:
            if cursor >= len(pool):
                raise SystemExit(f"ran out of commands in slice {slice_name}")
            cmd = pool[cursor]
            cursor += 1
            keys = tool_keys(cmd)
            if any(used_tools.get(k, 0) >= 2 for k in keys):
                continue
            if " " not in cmd and singles >= 6:
                continue
            why = why_of(desc.get(cmd, ""))
            line = None
            for _ in range(6):
                if slice_name == "clean":
                    got = make_clean(cmd, rng)
                elif slice_name == "fuzzy":
                    got = make_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    got = make_natural(cmd, why, rng)
                else:
                    got = make_chaotic(cmd, why, rng, bank)
                if got is None:
                    continue
                text, shape = got if isinstance(got, tuple) else (got, "")
                if decode(text) == cmd and "\n" not in text and "\t" not in text:
                    line = text
                    if shape:
                        shapes[slice_name].add(shape)
                    break
            if line is None:
                continue
            if " " not in cmd:
                singles += 1
            for k in keys:
                used_tools[k] = used_tools.get(k, 0) + 1
            rows[slice_name].append(
                {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
            )
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in rows[slice_name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    frames = {s.split(":", 1)[-1] for s in shapes["chaotic"]}
    print(
        f"wrote {OUT.relative_to(ROOT)}: "
        + ", ".join(f"{k} {len(v)}" for k, v in rows.items())
        + f"; natural frames {len(shapes['natural'])}, chaotic frames {len(frames)}"
    )


if __name__ == "__main__":
    main()
