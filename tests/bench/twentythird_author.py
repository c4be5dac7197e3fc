"""Author 23: an independent voice-to-bash evaluation set in Mei's voice.

Writes assets/training/bash/author23.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input": what Whisper wrote, "command": the exact command,
"slice": ..., "author": "author23"}. Run: ``python3 tests/bench/twentythird_author.py``.

Commands come from the "command" field of assets/training/bash/train.jsonl (0-based line numbers
divisible by 7 only); the reasons Mei gives come from the plain-English "description" of the same
command in assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; thanks to the tldr-pages authors.
Deterministic: one random.Random(23), consumed in a fixed order.

STYLE GUIDE
===========

Persona
-------
Mei is a data scientist in Toronto. Her hands stay on a notebook, so she dictates terminal
commands into a Whisper dictation app. She talks plainly and fast, the way she would say the
command to herself, and lets Whisper write file names, paths, flags and numbers as text
("data.csv", "~/projects", "-n 5", "--verbose", "8080", "v2.1.0"). She rarely says "space".

Vocabulary (what Mei says for each symbol; the first name is hers, the rest are looser synonyms)
------------------------------------------------------------------------------------------------
  -  dash (minus, hyphen)        --  dash dash (double dash)    .  dot (period, point)
  /  slash (forward slash)       ~   tilde                       |  pipe (vertical bar)
  *  star (asterisk)             =   equals (equal sign)         :  colon
  @  at (at sign)                _   underscore                  "  quote (double quote)
  '  single quote (apostrophe)   >   greater than                >> double greater than
  <  less than                   &   ampersand                   && double ampersand
  ;  semicolon   ,  comma   +  plus   %  percent   $  dollar   #  hash   !  bang
  ?  question mark   ^  caret   \\  backslash   ( ) open/close paren   [ ] open/close bracket
  { } open/close brace
  Digits: zero ... nine (one word per digit in the protocol); ten ... twenty also read as numbers.
  Case: "capital x" (or "uppercase x") capitalises the first letter of the next word;
  "all caps word" upper-cases the whole next word. Otherwise words are lower case.

Slices
------
clean    Strict protocol, as on the app's help page: every symbol by its name, "space" exactly
         where the command has a space, digits one word each, case announced, no punctuation and
         no framing. "git space stash space pop".
fuzzy    The same protocol with the looser synonyms and Whisper's small slips: first word
         capitalised, a final full stop, commas after some "space"s, digit runs written as
         digits, a long word split in two ("dns domain name").
natural  How Mei really says it. No "space". Whisper writes ordinary words, digits, file names,
         paths and flags as text; symbols she names are words ("dash n", "data dot csv",
         "tilde slash projects"). Framing around the command: "Okay,", "So", "I need to run",
         "Let me run", "Can you run ...?", "Quickly,", "And then", "Just", "For the notebook,",
         "..., that's it.", "... to check the GPU.", "..., so I can <reason>.", "To <reason>: ...",
         "Next one: ...", "..., please.", "..., thanks.".
chaotic  Natural (or sometimes protocol) speech with at least one self-correction or restart:
         "oh wait", "no", "sorry", "I mean", "make that", "not X, Y", "scratch that", a cut-off
         start written by Whisper as "...", plus hesitations ("um", "uh"), asides ("hang on",
         "let me see") and trailing thoughts ("I think", "yeah", "or something").

Listener rules (decode() below implements them in this order)
--------------------------------------------------------------
 1. Drop asides ("hang on", "let me see", "where was I", "one sec", "bear with me") and
    hesitations ("um", "uh", "erm", "hmm") with the comma or full stop right after them.
 2. A colon followed by a space ends a framing sentence: drop everything up to it
    ("To check the GPU: ..."). Commands never contain ": ".
 3. Drop lead-ins from the start, repeatedly: okay, ok, so, alright, right, now, and then, then,
    just, quickly, can you, could you, let me, let's, I need to, I need, run, for the notebook,
    next one, next, please (each with an optional comma or full stop).
 4. Cut at the first tail marker that follows some command text: "that's it", "so I can",
    "so that", "to check", "for the notebook", "thanks", "thank you", "please", "I think",
    "yeah", "or something", "because", "I want to" (with the punctuation before it). Then drop
    the final full stop, question mark, comma or ellipsis.
 5. Mode: if the word "space" is left anywhere, the line is protocol; otherwise natural.
 6. Split at corrections. Markers: "scratch that", "oh wait (no)", "no wait", "sorry (I mean)",
    "I mean", "make that" anywhere; "no", "wait" and "not" only right after a comma, full stop
    or ellipsis. A word ending in "..." ends a fragment (a pause or a cut-off). Markers in a
    row count as one (the strongest: scratch that > not > the others). Every piece loses its
    own lead-ins (rule 3).
 7. Read each piece into command words.
    Protocol: punctuation Whisper added is dropped, words are lower-cased, symbol and number
    words become characters, case words apply to the next word, everything is glued together
    and "space" is the only separator.
    Natural: a trailing comma is Whisper's (and the last word's full stop); the first word of a
    piece written "Git"-style (capital then lower case) is lower-cased, and so are "Git",
    "Docker", "Conda" and "Python" anywhere. Text Whisper wrote stays as it is; each word is a
    command word, except that spoken symbols glue:
      joiners glue to both sides  dot . slash / colon : equals = at @ underscore _ comma ,
                                  plus + percent % caret ^ question mark ? semicolon ; \\
      openers start a word and glue to the next: dash/minus/hyphen - (so "dash dash verbose" is
                                  --verbose), tilde ~, dollar $, hash #, bang !, open brackets
      star * starts a word on its own; closing brackets glue to the left
      quote / single quote open a quoted string (glued to the next word) and close it (glued
                                  to the previous word); words inside keep their spaces
      pipe, greater than, double greater than, less than, ampersand, double ampersand stand
                                  alone as their own word.
    A hyphen inside a name is written by Whisper ("list-backup-plans"); a spoken dash always
    starts a flag. Mei never starts a word with a joiner: Whisper writes "/etc/hosts".
 8. Join the pieces. The first piece is the attempt. For each later piece (the repair):
      - after "scratch that": the repair replaces everything;
      - if it starts with the same word as the attempt (the tool): it replaces everything;
      - else if its first word occurs in the attempt: cut back to the last occurrence and
        continue with the repair (re-saying a flag: "-n 5, sorry, -n 10");
      - else after a marker: the repair replaces the attempt's last word and continues;
      - else after a pause: a repair whose first word completes a cut-off word ("cl...
        clone") replaces it; otherwise it simply continues the command.
      - "not X, Y": the last occurrence of X in the attempt is replaced by Y.
 9. The command is the words joined by single spaces.

Every line in the file was checked with decode(); a candidate that does not decode to its
command is replaced by another rendering (or the command is skipped).
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
OUT = ROOT / "assets" / "training" / "bash" / "author23.jsonl"
AUTHOR = "author23"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_PER_TOOL = 2
ATTEMPTS = 16

# ---------------------------------------------------------------------------------------------
# Vocabulary shared by the renderer and the listener
# ---------------------------------------------------------------------------------------------

NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
NUMBER_WORDS = {name: str(value) for value, name in enumerate(NUMBER_NAMES)}

# phrase -> (characters, natural-mode class)
SYMBOL_WORDS = {
    "dash": ("-", "open"),
    "minus": ("-", "open"),
    "hyphen": ("-", "open"),
    "double dash": ("--", "open"),
    "dot": (".", "join"),
    "period": (".", "join"),
    "point": (".", "join"),
    "slash": ("/", "join"),
    "forward slash": ("/", "join"),
    "backslash": ("\\", "join"),
    "tilde": ("~", "open"),
    "pipe": ("|", "alone"),
    "vertical bar": ("|", "alone"),
    "star": ("*", "lone"),
    "asterisk": ("*", "lone"),
    "equals": ("=", "join"),
    "equal sign": ("=", "join"),
    "colon": (":", "join"),
    "semicolon": (";", "join"),
    "at": ("@", "join"),
    "at sign": ("@", "join"),
    "underscore": ("_", "join"),
    "comma": (",", "join"),
    "plus": ("+", "join"),
    "percent": ("%", "join"),
    "caret": ("^", "join"),
    "question mark": ("?", "join"),
    "dollar": ("$", "open"),
    "hash": ("#", "open"),
    "bang": ("!", "open"),
    "open paren": ("(", "open"),
    "close paren": (")", "close"),
    "open bracket": ("[", "open"),
    "close bracket": ("]", "close"),
    "open brace": ("{", "open"),
    "close brace": ("}", "close"),
    "greater than": (">", "alone"),
    "double greater than": (">>", "alone"),
    "less than": ("<", "alone"),
    "ampersand": ("&", "alone"),
    "double ampersand": ("&&", "alone"),
    "quote": ('"', "quote"),
    "double quote": ('"', "quote"),
    "single quote": ("'", "quote"),
    "apostrophe": ("'", "quote"),
}
CASE_WORDS = {"capital": "cap", "uppercase": "cap", "all caps": "upper"}
TITLE_TOOLS = {"Git", "Docker", "Conda", "Python"}

# Mei's own names in the clean protocol, and looser ones for the fuzzy slice.
SAY = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "~": "tilde",
    "|": "pipe",
    "*": "star",
    "=": "equals",
    ":": "colon",
    "@": "at",
    "_": "underscore",
    '"': "quote",
    "'": "single quote",
    ">": "greater than",
    "<": "less than",
    "&": "ampersand",
    ";": "semicolon",
    ",": "comma",
    "+": "plus",
    "%": "percent",
    "$": "dollar",
    "#": "hash",
    "!": "bang",
    "?": "question mark",
    "^": "caret",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "\\": "backslash",
}
LOOSE = {
    "-": ("minus", "hyphen"),
    ".": ("period", "point"),
    "/": ("forward slash",),
    "*": ("asterisk",),
    "=": ("equal sign",),
    "|": ("vertical bar",),
    "@": ("at sign",),
    '"': ("double quote",),
    "'": ("apostrophe",),
}
NATURAL_ALONE = {
    "|": "pipe",
    ">": "greater than",
    ">>": "double greater than",
    "<": "less than",
    "&&": "double ampersand",
    "&": "ampersand",
}

# ---------------------------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------------------------

ASIDE = re.compile(
    r"(?<![\w'-])(?:hang on|let me see|where was I|one sec|bear with me)(?![\w'-])[,.]?\s*", re.I
)
HESITATION = re.compile(r"(?<![\w'-])(?:um+|uh+|erm|hmm+)(?![\w'-])[,.]?\s*", re.I)
LEAD = re.compile(
    r"^(?:okay|ok|so|alright|right|now|and then|then|just|quickly|can you|could you|let me|"
    r"let's|I need to|I need|run|for the notebook|next one|next|please)(?![\w'-])[,.]?\s+",
    re.I,
)
TAIL = re.compile(
    r"(?:\.\.\.|[,.;!?])?\s+(?:that's it|so I can|so that|to check|for the notebook|thanks|"
    r"thank you|please|I think|yeah|or something|because|I want to)(?![\w'-])",
    re.I,
)
MARKERS = (
    (("scratch", "that"), "scratch", False),
    (("oh", "wait", "no"), "fix", False),
    (("sorry", "i", "mean"), "fix", False),
    (("no", "wait"), "fix", False),
    (("oh", "wait"), "fix", False),
    (("i", "mean"), "fix", False),
    (("make", "that"), "fix", False),
    (("sorry",), "fix", False),
    (("wait",), "fix", True),
    (("no",), "fix", True),
    (("not",), "not", True),
)
STRENGTH = {"pause": 0, "fix": 1, "not": 2, "scratch": 3}
PHRASES = sorted(
    list(SYMBOL_WORDS) + list(CASE_WORDS) + list(NUMBER_WORDS) + ["space"],
    key=lambda p: -len(p.split()),
)


def _strip_lead(text: str) -> str:
    while True:
        new = LEAD.sub("", text, count=1)
        if new == text:
            return text
        text = new


def _bare(token: str) -> str:
    return re.sub(r"[^\w']", "", token.lower())


def _marker_at(tokens: list[str], i: int) -> tuple[str | None, int]:
    if i == 0:
        return None, 0
    for words, kind, weak in MARKERS:
        n = len(words)
        if tuple(_bare(t) for t in tokens[i : i + n]) != words:
            continue
        if weak and not re.search(r"(?:[,.;!?]|\.\.\.|…)$", tokens[i - 1]):
            continue
        return kind, n
    return None, 0


def _segments(span: str) -> list[list]:
    """Split a framing-free span into [kind, tokens] pieces (rule 6)."""
    tokens = span.split()
    segs: list[list] = [["start", []]]
    i = 0
    while i < len(tokens):
        kind, n = _marker_at(tokens, i)
        if kind == "not":
            j = i + 1
            while j < len(tokens) and not tokens[j].endswith(","):
                j += 1
            if j >= len(tokens) - 1:
                kind = None
            else:
                segs.append(["not", tokens[i + 1 : j + 1]])
                segs.append(["fixnot", []])
                i = j + 1
                continue
        if kind:
            last = segs[-1]
            if not last[1] and last[0] in STRENGTH:
                if STRENGTH[kind] > STRENGTH[last[0]]:
                    last[0] = kind
            else:
                segs.append([kind, []])
            i += n
            continue
        token = tokens[i]
        if token.endswith(("...", "…")):
            core = token.rstrip(".…")
            if core:
                segs[-1][1].append(core)
            segs.append(["pause", []])
        else:
            segs[-1][1].append(token)
        i += 1
    return segs


def _phrase_at(low: list[str], i: int) -> tuple[str, int]:
    for phrase in PHRASES:
        words = phrase.split()
        if low[i : i + len(words)] == words:
            return phrase, len(words)
    return "", 1


def _protocol_words(tokens: list[str]) -> list[str]:
    low = [re.sub(r"[.,!?;:]+$", "", t).lower() for t in tokens]
    low = [t for t in low if t]
    out: list[str] = []
    mod = None
    i = 0
    while i < len(low):
        phrase, n = _phrase_at(low, i)
        i += n
        if phrase in CASE_WORDS:
            mod = CASE_WORDS[phrase]
            continue
        if phrase == "space":
            out.append(" ")
        elif phrase in SYMBOL_WORDS:
            out.append(SYMBOL_WORDS[phrase][0])
        elif phrase in NUMBER_WORDS:
            out.append(NUMBER_WORDS[phrase])
        else:
            word = low[i - 1]
            if mod == "cap":
                word = word[:1].upper() + word[1:]
            elif mod == "upper":
                word = word.upper()
            out.append(word)
        mod = None
    return [w for w in "".join(out).split(" ") if w]


def _natural_words(tokens: list[str]) -> list[str]:
    clean: list[str] = []
    for k, token in enumerate(tokens):
        token = token.rstrip(",")
        if k == len(tokens) - 1:
            token = token.rstrip(".?!,")
        if token:
            clean.append(token)
    if clean and clean[0][:1].isupper() and not any(c.isupper() for c in clean[0][1:]):
        clean[0] = clean[0].lower()
    clean = [t.lower() if t in TITLE_TOOLS else t for t in clean]
    words: list[str] = []
    glue = False
    mod = None
    quotes: list[str] = []

    def put(text: str, glue_left: bool) -> None:
        if words and glue_left:
            words[-1] += text
        else:
            words.append(text)

    i = 0
    while i < len(clean):
        phrase, n = _phrase_at(clean, i)
        i += n
        if phrase in CASE_WORDS:
            mod = CASE_WORDS[phrase]
            continue
        if phrase in SYMBOL_WORDS:
            sym, cls = SYMBOL_WORDS[phrase]
            if cls == "quote" and quotes and quotes[-1] == sym:
                quotes.pop()
                put(sym, True)
                glue = False
            elif cls == "quote":
                quotes.append(sym)
                put(sym, glue)
                glue = True
            elif cls == "join":
                put(sym, True)
                glue = True
            elif cls == "open":
                put(sym, glue)
                glue = True
            elif cls == "lone":
                put(sym, glue)
                glue = False
            elif cls == "close":
                put(sym, True)
                glue = False
            else:
                put(sym, False)
                glue = False
        else:
            text = NUMBER_WORDS.get(phrase, clean[i - 1])
            if mod == "cap":
                text = text[:1].upper() + text[1:]
            elif mod == "upper":
                text = text.upper()
            put(text, glue)
            glue = False
        mod = None
    return words


def _span(line: str) -> str:
    """Rules 1-4: the command part of the transcript, corrections still in it."""
    text = " ".join(line.split())
    text = ASIDE.sub("", text)
    text = HESITATION.sub("", text)
    colon = text.find(": ")
    if colon >= 0:
        text = text[colon + 2 :]
    text = _strip_lead(text.strip())
    for match in TAIL.finditer(text):
        if match.start() > 0:
            text = text[: match.start()]
            break
    return text.strip().rstrip(".?!,…").strip()


def _merge(pieces: list[tuple[str, list[str]]]) -> list[str]:
    """Rule 8."""
    cur: list[str] = []
    pending: list[str] = []
    for kind, words in pieces:
        if kind == "not":
            pending = words
            continue
        if kind == "fixnot":
            n = len(pending)
            spots = [k for k in range(len(cur) - n + 1) if n and cur[k : k + n] == pending]
            if spots and words:
                k = spots[-1]
                cur = cur[:k] + words + cur[k + n :]
            else:
                cur = cur + words
            continue
        if not words:
            continue
        if not cur or kind in ("start", "scratch") or words[0] == cur[0]:
            cur = list(words)
        elif words[0] in cur:
            k = len(cur) - 1 - cur[::-1].index(words[0])
            cur = cur[:k] + words
        elif kind == "fix" or (words[0].startswith(cur[-1]) and words[0] != cur[-1]):
            cur = cur[:-1] + words
        else:
            cur = cur + words
    return cur


def _pieces(line: str) -> list[tuple[str, list[str]]]:
    span = _span(line)
    protocol = any(_bare(t) == "space" for t in span.split())
    pieces = []
    for kind, tokens in _segments(span):
        text = " ".join(tokens)
        if kind != "not":
            text = _strip_lead(text)
        toks = text.split()
        words = _protocol_words(toks) if protocol else _natural_words(toks)
        pieces.append((kind, words))
    return pieces


def decode(line: str) -> str:
    """The careful human listener of the style guide: transcript -> command."""
    return " ".join(_merge(_pieces(line)))


def repairs(line: str) -> int:
    """How many corrections or restarts the listener hears in a line."""
    return sum(1 for kind, words in _pieces(line) if kind != "start" and kind != "not" and words)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

# Whisper splits a long name in two where one half is an ordinary word ("dns domainname").
SPLIT_PARTS = set(
    """
power stat web cam proxy control down mix bit rate list archive domain name host page key tool
info config file home data server time type read only view clean check mount image color scheme
shell store work load port user group pass word code test note book play update upgrade zone box
manage lock screen shot count bench mark graph build fetch search query table dump display flash
pixel art scan sync auto expect watch fire wall grab term shark music score mail light back dark
mode node daemon volume label edit merge storm monitor capacity support language runner plugins
""".split()
)

PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|.")


def _letters(piece: str) -> str:
    if piece.islower():
        return piece
    if len(piece) == 1:
        return "capital " + piece.lower()
    if piece[0].isupper() and piece[1:].islower():
        return "capital " + piece.lower()
    return "all caps " + piece.lower()


def protocol_word(word: str, rng: random.Random | None = None) -> str:
    """One command word in protocol speech; with rng, the fuzzy slice's loose variants."""
    out: list[str] = []
    for piece in PIECE.findall(word):
        if piece.isdigit():
            if rng is not None and rng.random() < 0.45:
                out.append(piece)
            else:
                out.extend(NUMBER_NAMES[int(d)] for d in piece)
        elif piece.isalpha():
            said = _letters(piece)
            cuts = [
                k
                for k in range(2, len(piece) - 1)
                if piece[:k] in SPLIT_PARTS or piece[k:] in SPLIT_PARTS
            ]
            if rng is not None and said.islower() and cuts and rng.random() < 0.35:
                cut = rng.choice(cuts)
                said = piece[:cut] + " " + piece[cut:]
            if rng is not None and said.startswith("capital ") and rng.random() < 0.3:
                said = "uppercase " + said[len("capital ") :]
            out.append(said)
        else:
            said = SAY[piece]
            if rng is not None and piece in LOOSE and rng.random() < 0.5:
                said = rng.choice(LOOSE[piece])
            out.append(said)
    text = " ".join(out)
    if rng is not None and word.startswith("--") and rng.random() < 0.3:
        text = "double dash" + text[len("dash dash") :]
    return text


def render_clean(cmd: str) -> str:
    return " space ".join(protocol_word(w) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    parts = [protocol_word(w, rng) for w in cmd.split(" ")]
    text = parts[0]
    for part in parts[1:]:
        text += " space, " if rng.random() < 0.25 else " space "
        text += part
    if rng.random() < 0.7:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    if text == render_clean(cmd):
        text = text[:1].upper() + text[1:] + "."
    return text


def natural_word(word: str, rng: random.Random, spoken: float, numword: float) -> str:
    """One command word as Mei says it and Whisper writes it."""
    if word in NATURAL_ALONE:
        return NATURAL_ALONE[word]
    if word.isdigit() and int(word) <= 20 and str(int(word)) == word:
        return NUMBER_NAMES[int(word)] if rng.random() < numword else word
    if word.isalnum() or rng.random() >= spoken:
        return word
    parts = re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.", word)
    if parts[0] in SAY and SYMBOL_WORDS[SAY[parts[0]]][1] == "join":
        return word
    dash = "minus" if rng.random() < 0.15 else "dash"
    out: list[str] = []
    for part in parts:
        if part == "-":
            out.append(dash)
        elif part in SAY:
            out.append(SAY[part])
        elif part.isdigit() and int(part) <= 20 and str(int(part)) == part:
            out.append(NUMBER_NAMES[int(part)] if rng.random() < numword else part)
        else:
            out.append(part)
    return " ".join(out)


def natural_words(words: list[str], rng: random.Random, spoken: float, numword: float) -> str:
    said = [natural_word(w, rng, spoken, numword) for w in words]
    said = [
        s[:1].upper() + s[1:] if s in ("git", "docker") and rng.random() < 0.35 else s for s in said
    ]
    return " ".join(said)


def _cap(text: str) -> str:
    head = text.split(" ", 1)[0]
    if head[:1].islower() and head.isalpha():
        return text[:1].upper() + text[1:]
    return text


THINGS = (
    "the GPU",
    "the output",
    "the logs",
    "the versions",
    "it worked",
    "the data",
    "the memory",
    "what changed",
)
NATURAL_TEMPLATES = (
    "{C}.",
    "Okay, {c}.",
    "So {c}.",
    "I need to run {c}.",
    "Let me run {c}.",
    "Can you run {c}?",
    "Quickly, {c}.",
    "And then {c}.",
    "Just {c}.",
    "For the notebook, {c}.",
    "{C}, that's it.",
    "{C} to check {thing}.",
    "{C}, so I can {why}.",
    "To {why}: {c}.",
    "Okay, let me just run {c} for the notebook.",
    "Next one: {c}.",
    "Run {c}, please.",
    "Okay. {C}. That's it.",
    "Can you quickly run {c}? I want to {why}.",
    "Alright, {c}, so I can see the logs.",
    "I need {c} so I can {why}.",
    "So, for the notebook, {c}, thanks.",
    "Let's run {c} to check {thing}.",
    "Okay, I need to {why}: {c}.",
    "Now {c}, that's it.",
    "Okay so {c}.",
)


def reason(description: str) -> str:
    text = re.sub(r"`[^`]*`|<[^>]*>", "", description)
    while re.search(r"\([^()]*\)", text):
        text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.split(r"(?<=[a-z0-9])\. ", text)[0]
    text = re.sub(r"[:;\"`{}()<>|\[\]]", "", text).strip().rstrip(".,")
    words = text.split()
    if len(words) > 12:
        words = text.split(",")[0].split()
    if len(words) > 12 or text.lower().startswith(("do not", "don't")):
        return "see what it gives"
    if words and not (len(words[0]) > 1 and words[0][1].isupper()):
        words[0] = words[0].lower()
    return " ".join(words) or "see what it does"


def render_natural(cmd: str, rng: random.Random, why: str) -> str:
    spoken = rng.choice((0.0, 0.15, 0.35))
    numword = rng.choice((0.0, 0.3))
    said = natural_words(cmd.split(" "), rng, spoken, numword)
    template = rng.choice(NATURAL_TEMPLATES)
    capital = _cap(said) if rng.random() < 0.85 else said
    return template.format(c=said, C=capital, thing=rng.choice(THINGS), why=why)


STEMS = ("data", "notes", "report", "config", "main", "output", "train", "results", "test")
WORDS = ("status", "list", "main", "logs", "test", "data", "info", "show", "build")
EXTENSIONS = set(
    "csv txt py json log md yaml yml sh pdf html gv tfvars cfg conf jpg png el ml scm css ino sif "
    "iso tex pam pnm ppm pbm".split()
)
LONG_FLAGS = ("--verbose", "--all", "--help", "--force", "--quiet", "--json")
OTHERS = ("git status", "ls -la", "nvidia-smi", "pip list", "df -h", "python train.py", "pwd")
FILLERS = {"so", "no", "ok", "run", "just", "then", "now", "not", "um", "uh", "at", "to", "on"}
CHAOS_LEADS = (
    "",
    "Okay, ",
    "Okay, um, ",
    "So, ",
    "So, uh, ",
    "Let me run ",
    "I need to run ",
    "Um, ",
    "Can you run ",
    "Right, so ",
    "For the notebook, ",
    "Quickly, ",
)
CHAOS_TAILS = ("", "", ", I think", ", yeah", " or something", ", that's it")
FIX_MARKERS = ("sorry", "I mean", "no", "oh wait", "sorry, I mean", "no, sorry", "no wait")


def slippable(word: str) -> bool:
    """Whether wrong_word() has a slip for this command word."""
    return bool(
        word.isdigit()
        or re.fullmatch(r"-[a-zA-Z]|--[a-z][a-z-]*|[a-z]+", word)
        or (
            (match := re.fullmatch(r"(.*?)([A-Za-z]+)\.([a-z]+)", word))
            and match.group(3) in EXTENSIONS
            and not re.search(r"[\"'|<>*]", word)
        )
    )


def wrong_word(word: str, rng: random.Random) -> str | None:
    """A plausible slip for one command word, or None."""
    if word.isdigit():
        return str(int(word) + rng.choice((1, 2, 5, 10)))
    if re.fullmatch(r"-[a-zA-Z]", word):
        return "-" + rng.choice([c for c in "abdefhlnrsv" if c != word[1]])
    if re.fullmatch(r"--[a-z][a-z-]*", word):
        return rng.choice([f for f in LONG_FLAGS if f != word])
    match = re.fullmatch(r"(.*?)([A-Za-z]+)\.([a-z]+)", word)
    if match and match.group(3) in EXTENSIONS and not re.search(r"[\"'|<>*]", word):
        stem = rng.choice([s for s in STEMS if s != match.group(2)])
        return f"{match.group(1)}{stem}.{match.group(3)}"
    if re.fullmatch(r"[a-z]+", word):
        return rng.choice([w for w in WORDS if w != word])
    return None


def render_chaotic(cmd: str, rng: random.Random, why: str) -> str | None:
    words = cmd.split(" ")
    protocol = rng.random() < 0.25
    spoken = rng.choice((0.0, 0.2, 0.4))
    numword = rng.choice((0.0, 0.3))

    def say(ws: list[str]) -> str:
        if protocol:
            return " space ".join(protocol_word(w) for w in ws)
        return natural_words(ws, rng, spoken, numword)

    def sep(marker: str) -> str:
        style = rng.random()
        aside = "hang on, " if rng.random() < 0.15 else ""
        hes = "uh, " if rng.random() < 0.2 else ""
        if style < 0.6:
            return f", {aside}{marker}, {hes}"
        if style < 0.8:
            return f"... {marker}, {hes}"
        if aside:
            return f". Hang on, {marker}, {hes}"
        return f". {marker[:1].upper() + marker[1:]}, {hes}"

    lead = rng.choice(CHAOS_LEADS)
    tail = rng.choice(CHAOS_TAILS + (f" so I can {why}",))
    slots = [i for i in range(1, len(words)) if slippable(words[i])]
    kinds = ["pause", "restart", "scratch"] if len(words) > 1 else ["pause", "scratch"]
    if slots:
        kinds += ["end", "end", "not", "not"]
    if any(words[i - 1].startswith("-") for i in slots):
        kinds += ["retrace", "retrace"]
    kind = rng.choice(kinds)
    if kind == "pause":
        frag = words[: rng.randint(1, min(2, len(words)))]
        last = frag[-1]
        cut = last[: rng.randint(2, max(2, len(last) - 2))]
        if last.isalpha() and len(last) > 3 and rng.random() < 0.7 and cut not in FILLERS:
            frag = frag[:-1] + [cut]
        body = f"{say(frag)}... {say(words)}"
    elif kind == "restart":
        cut = rng.randint(1, max(1, len(words) - 1))
        frag = words[:cut]
        marker = rng.choice(("oh wait", "no wait", "sorry", "no", "wait", "oh wait, no"))
        body = say(frag) + sep(marker) + say(words)
    elif kind == "scratch":
        other = rng.choice(OTHERS)
        first = " space ".join(protocol_word(w) for w in other.split()) if protocol else other
        body = first + rng.choice((", no, scratch that, ", "... scratch that, ")) + say(words)
    else:
        if kind == "retrace":
            i = rng.choice([i for i in slots if words[i - 1].startswith("-")])
        else:
            i = rng.choice(slots)
        bad = wrong_word(words[i], rng)
        assert bad is not None
        if kind == "end":
            marker = rng.choice(FIX_MARKERS + (("make that",) if words[i].isdigit() else ()))
            body = say(words[:i] + [bad]) + sep(marker) + say(words[i:])
        elif kind == "retrace":
            marker = rng.choice(FIX_MARKERS)
            body = say(words[:i] + [bad] + words[i + 1 :]) + sep(marker) + say(words[i - 1 :])
        else:
            body = say(words[:i] + [bad] + words[i + 1 :])
            body += f", not {say([bad])}, {say([words[i]])}"
    if not lead:
        body = _cap(body)
    return f"{lead}{body}{tail}."


# ---------------------------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------------------------

FRIENDLY = set(
    """
git docker conda mamba poetry kubectl gcloud aws az gh glab npm pnpm yarn bun uv cargo rustup
go make mvn gradle dvc dbt marimo streamlit csvstat csvcut csvsql csvpy htop lscpu lsblk lsmod
mpstat split sort wget adb ollama hugo zola supabase nvm traceroute nping ncat sbatch mpirun
salloc skaffold helm pulumi terraform tofu vagrant systemctl sshfs hostname shutdown chmod nvim
more strings ccache fd pgrep zgrep dd wormhole croc rails laravel symfony ember ng elm julia
ocaml guile bpython flatpak snap brew dnf apt nix jj sleep time type command uptime whoami cal
bc telnet firefox cowsay figlet cmatrix wmctrl xwininfo tailscale netstat ethtool lsns sestatus
umount mkdir cd find sdiff rename hardlink shred echo cat dotnet redis-benchmark valkey-cli
mysqlsh cypher-shell initdb heroku fly linode-cli ibmcloud doctl zellij nnn feh emacs latex
lame whatweb fswatch hexo meteor expo vue prek pyats codespell sqlfluff psalm tslint csslint
rspec behat stack elixir gdb dlv caffeinate keychain cosign ykman apptainer singularity podman
skopeo kube-capacity devpod mosquitto_sub wol upnpc axel http fastboot lpr task atrm pueue
nextflow webtorrent spotify_player tty-clock pio arduino openocd ffplay jupyter tmux pandoc
""".split()
)


def tools(cmd: str) -> list[str]:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        return ["sudo", words[1]]
    return [words[0]]


def load_candidates() -> list[str]:
    out = []
    with TRAIN.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle):
            if number % 7:
                continue
            cmd = json.loads(raw)["command"]
            if not cmd.isascii() or len(cmd) > 80 or cmd != cmd.strip():
                continue
            if "\n" in cmd or "\t" in cmd or "  " in cmd:
                continue
            out.append(cmd)
    return list(dict.fromkeys(out))


def load_descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for raw in handle:
            row = json.loads(raw)
            out.setdefault(row["command"], row["description"])
    return out


def acceptable(slice_name: str, line: str | None, cmd: str) -> bool:
    if not line or "\n" in line or "\t" in line or "  " in line or not line.isascii():
        return False
    if decode(line) != cmd:
        return False
    if slice_name == "clean":
        return re.fullmatch(r"[a-z]+(?: [a-z]+)*", line) is not None
    spaces = [t for t in line.split() if _bare(t) == "space"]
    if slice_name == "fuzzy":
        return bool(spaces) or " " not in cmd
    if slice_name == "natural":
        return not spaces and repairs(line) == 0
    return repairs(line) >= 1


def render(slice_name: str, cmd: str, rng: random.Random, why: str) -> str | None:
    if slice_name == "clean":
        return render_clean(cmd)
    if slice_name == "fuzzy":
        return render_fuzzy(cmd, rng)
    if slice_name == "natural":
        return render_natural(cmd, rng, why)
    return render_chaotic(cmd, rng, why)


def build() -> list[dict[str, str]]:
    rng = random.Random(23)
    candidates = load_candidates()
    descriptions = load_descriptions()
    rng.shuffle(candidates)
    friendly = [c for c in candidates if tools(c)[-1] in FRIENDLY]
    others = [c for c in candidates if tools(c)[-1] not in FRIENDLY]
    used: set[str] = set()
    seen_inputs: set[str] = set()
    tool_count: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    for slice_name in SLICES:
        pool = others + friendly if slice_name in ("clean", "fuzzy") else friendly + others
        made = 0
        for cmd in pool:
            if made == PER_SLICE:
                break
            if cmd in used or any(tool_count[t] >= MAX_PER_TOOL for t in tools(cmd)):
                continue
            why = reason(descriptions.get(cmd, "see what it does"))
            line = None
            for _ in range(ATTEMPTS):
                candidate = render(slice_name, cmd, rng, why)
                if candidate not in seen_inputs and acceptable(slice_name, candidate, cmd):
                    line = candidate
                    break
            if line is None:
                continue
            used.add(cmd)
            seen_inputs.add(line)
            tool_count.update(tools(cmd))
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            made += 1
        if made != PER_SLICE:
            raise SystemExit(f"only {made} lines for slice {slice_name}")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(row["slice"] for row in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
