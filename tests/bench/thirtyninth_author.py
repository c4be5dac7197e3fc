"""Author 39: Ciarán, a Dublin backend developer, dictating bash commands.

Writes assets/training/bash/author39.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author"}. The commands and their
plain-English "why" come from the "command" and "description" fields of
assets/training/bash/pages_dev_commands.jsonl (lines whose 0-based number % 6 == 0), which are
examples from tldr-pages (https://github.com/tldr-pages/tldr), CC BY 4.0, by the tldr-pages
contributors. Standard library only; one random.Random(39) drawn in a fixed order, so reruns
are byte-identical. Every line is checked with decode() below; a line that does not decode to
its command is thrown away and another command (or another wording) takes its place.

Style guide
===========

Persona. Ciarán talks Irish English: "so it is", "grand", "deadly", "sure look", "ah here",
"give it a lash", "yoke" (a thing), "your man" (a tool: "your man jj"), tag questions ("isn't
it?"), and the "after" perfect: "I'm after running the tests" means he JUST ran them; it is
chat about the past, never the command he wants now. "Press return there now" = hit enter.

Symbols, by name. dash (-), double dash (--), dot (.), slash (/), tilde (~), pipe (|), star (*),
equals (=), underscore (_), colon (:), hash (#), at (@), quote ("), single quote ('), bang (!),
less than (<), greater than (>), comma (,), semicolon (;), dollar ($), open/close bracket
( ( ) ), open/close square bracket ([ ]), open/close curly bracket ({ }), percent (%), question
mark (?), plus (+), ampersand (&), backslash, caret (^), backtick.
Looser synonyms (fuzzy slice, and understood everywhere): minus / hyphen (-), dash dash / minus
minus / double hyphen (--), period / point / full stop (.), forward slash (/), squiggle (~),
vertical bar (|), asterisk (*), equals sign / equal sign (=), under score (_), hash sign (#),
at sign (@), double quote / inverted commas ("), apostrophe ('), exclamation mark (!), dollar
sign ($), per cent (%), semi colon (;).
Case. "capital x" upper-cases the first letter of the next word or letter ("capital dockerfile"
= Dockerfile, "capital v capital box capital manage" = VBoxManage). "all caps" upper-cases
everything up to the next "space", symbol, number or case word ("all caps x path one" =
XPATH1, "all caps p c" = PC). Fuzzy synonyms: "cap", "upper case"; "all capitals", "block
capitals". Words he cannot say whole are spelled, in full or in part ("c f v" = cfv, "p n m
remap" = pnmremap). A command word that is itself a key word is said "the word X" ("the word
at").
Numbers (protocol). Digits as words: "ten", "forty two", digit by digit ("one nine two"),
pairs ("eighty eighty" = 8080, "twenty twenty six" = 2026), "fourteen hundred", "ten
thousand", "ten million". A tens word takes the unit after it ("twenty one" = 21); any other
number words are written one after the other ("four forty three" = 443).

Slices.
- clean: the protocol only, all lower case, no punctuation, no framing: every space of the
  command is the word "space", every symbol by its name, numbers as words.
  "git space stash space pop".
- fuzzy: the same protocol with synonyms and Whisper's slips: first word capitalised, a final
  full stop, a comma after some "space"s, some numbers as digits ("8080"), a compound name split
  in two ("worm hole" = wormhole). In protocol the words are simply glued together, so a split
  word still reads right.
- natural: what he would say to a colleague: "space" is never said; Whisper writes words,
  digits, paths, file names and flags as text ("-la", "/etc/hosts", "config.yaml"), and the
  symbols he names stay words ("dash dash verbose", "config dot yaml", "tilde slash notes",
  "bob at example.org", "pipe"). The command always follows one of his cue phrases and sits
  inside chatty sentences (a why, "I'm after ..." chat, a tag).
- chaotic: natural or protocol speech with his disfluencies: "em", asides ("bear with me", "you
  know yourself", "where was I", "let me see now", "God help us"), restarts ("git sta... git
  stash pop"), and corrections: "sorry, I mean", "no, hang on", "wait wait" (repair) and "ah
  no, scratch that", "feck, no" (throw away everything said and start the command again).
  Every chaotic line has at least one correction or restart.

Listener rules (decode). A careful listener does this, in order:
1. Cue. Everything up to and including the first cue phrase is chat: "give it a lash with",
   "can you run", "could you run", "go on and run", "just run", "now run", "run this:", "type
   in", "stick in", "throw in", "put in", "fire in", "the command is", "what we want is", "next
   up is", "the yoke you want is", "the one we want is". No cue: the whole line is the command.
2. Drop asides and fillers (em, erm, ehm, uh). "space," counts as "space".
3. Split at the correction markers. In each piece: cut at the first end of the command (a comma
   and a space, a sentence end ". ", "? ", "! " or the end, " there now", " for me"); a "... "
   restart drops what came before it in that piece; a piece that opens with a cue restarts
   the command.
4. Read each piece. Protocol, when any piece holds the word "space": words glue together,
   "space" is the only space, symbols, numbers and case words as above, other words are lower
   case. Natural, otherwise: each written word is one command word, as written; a spoken symbol
   glues: dash, double dash, tilde, dollar and hash start a command word (or go on one after
   another glued symbol); pipe, greater than, less than, ampersand, semicolon stand alone; a
   first "quote" opens (glues right), the next closes (glues left); every other symbol (dot,
   slash, colon, equals, underscore, at, star, percent, question mark, ...) glues both sides.
   Numbers are the digits Whisper wrote; "capital" still upper-cases the next word's first
   letter.
5. Corrections. "ah no, scratch that" / "feck, no": the next piece replaces all. "sorry, I mean"
   / "no, hang on" / "wait wait": the repair replaces from the last earlier command word equal
   to its first word (so a repeated flag or tool name anchors it), and otherwise replaces just
   the last command word.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author39.jsonl"
AUTHOR = "author39"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------------------------------------
# Vocabulary

CLEAN_NAMES = {
    "--": "double dash",
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "~": "tilde",
    "|": "pipe",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    "#": "hash",
    "@": "at",
    '"': "quote",
    "'": "single quote",
    "!": "bang",
    "<": "less than",
    ">": "greater than",
    ",": "comma",
    ";": "semicolon",
    "$": "dollar",
    "(": "open bracket",
    ")": "close bracket",
    "[": "open square bracket",
    "]": "close square bracket",
    "{": "open curly bracket",
    "}": "close curly bracket",
    "%": "percent",
    "?": "question mark",
    "+": "plus",
    "&": "ampersand",
    "\\": "backslash",
    "^": "caret",
    "`": "backtick",
}
FUZZY_NAMES = {
    "--": ["dash dash", "minus minus", "double hyphen"],
    "-": ["minus", "hyphen"],
    ".": ["period", "point", "full stop"],
    "/": ["forward slash"],
    "~": ["squiggle"],
    "|": ["vertical bar"],
    "*": ["asterisk"],
    "=": ["equals sign", "equal sign"],
    "_": ["under score"],
    "#": ["hash sign"],
    "@": ["at sign"],
    '"': ["double quote", "inverted commas"],
    "'": ["apostrophe"],
    "!": ["exclamation mark"],
    "$": ["dollar sign"],
    "%": ["per cent"],
    ";": ["semi colon"],
}
PHRASES: dict[str, str] = {name: ch for ch, name in CLEAN_NAMES.items()}
for _ch, _names in FUZZY_NAMES.items():
    for _name in _names:
        PHRASES[_name] = _ch
RIGHT_GLUE = {"-", "--", "~", "$", "#"}
SPACED = {"|", ">", "<", "&", ";"}

CAP_WORDS = {"capital": 1, "cap": 1, "upper case": 2}
ALLCAPS_WORDS = ("all caps", "all capitals", "block capitals")

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUM_VALUE = {w: i for i, w in enumerate(UNITS)}
NUM_VALUE.update({w: 10 + i for i, w in enumerate(TEENS)})
NUM_VALUE.update({w: 20 + 10 * i for i, w in enumerate(TENS)})
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1000000}

RESERVED = (
    {p for p in PHRASES if " " not in p}
    | set(NUM_VALUE)
    | set(MULTIPLIERS)
    | {"space", "capital", "cap", "em", "erm", "ehm", "uh"}
)

# Letters said one by one: acronyms, and anything without a vowel.
SPELLED = set(
    "aws az adb cli gpg tui api apk dns url ui id pr mr vm gh jj fd fx ia ip ls uv npm tcp udp "
    "usb iso pdf png jpg svg css html xml md txt py js sh db sql cpu gpu efi uki mx ssh tls sif "
    "gv mtu rc ps ng hr cs ef ya sv ss tb rpk pm gst dvc dlv duc pct qm ceph sar ttyd sgi pam "
    "ppm pbm pgm pnm tga epson mda ooni".split()
)
WORDS2 = set("go at up on is no me to of in it if or an as do so we be by my hi ok".split())
COMMON = set(
    "file work hole link fire load host name play book word port server config status list base "
    "sync flutter worm hard dock docker machine node kube flame graph flake tool box build clean "
    "check update manage connect watch magic lint key chain pass shell snap shot down time "
    "shift code stats type find info test auto audio sink source mount point deck view calc "
    "crack make edge slice merge tree store sort spot player sploit scan touch hex edit ghost "
    "bundle table remote speed trans fix gate way cast stream".split()
)

CUES = [
    "give it a lash with",
    "can you run",
    "could you run",
    "go on and run",
    "just run",
    "now run",
    "run this:",
    "type in",
    "stick in",
    "throw in",
    "put in",
    "fire in",
    "the command is",
    "what we want is",
    "next up is",
    "the yoke you want is",
    "the one we want is",
]
CUE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")(?![\w])[:,]?\s*", re.IGNORECASE
)
ASIDES = ["bear with me", "you know yourself", "where was I", "let me see now", "God help us"]
ASIDE_RE = re.compile(r",?\s*\b(?:" + "|".join(ASIDES) + r")\b,?", re.IGNORECASE)
FILLER_RE = re.compile(r",?\s*\b(?:em|erm|ehm|uh)\b(?:\.\.\.|,)?", re.IGNORECASE)
SPACE_COMMA_RE = re.compile(r"\bspace,", re.IGNORECASE)
MARK_RE = re.compile(
    r"[,.!?]?\s*\b(ah no, scratch that|feck, no|sorry, I mean|no, hang on|wait,? wait)\b[,.:!]?",
    re.IGNORECASE,
)
TERM_RE = re.compile(r",\s|(?<!\.)[.!?](?=\s|$)|\s(?:there now|for me)\b", re.IGNORECASE)
SPACE_WORD_RE = re.compile(r"\bspace\b", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------
# The listener


def _phrase(toks: list[str], i: int) -> tuple[str, int] | None:
    for n in (3, 2, 1):
        if i + n <= len(toks):
            key = " ".join(t.lower() for t in toks[i : i + n])
            if key in PHRASES:
                return PHRASES[key], n
    return None


def _case_word(toks: list[str], i: int) -> tuple[str, int] | None:
    """('cap', n) or ('all', n) when a case word starts at i."""
    one = toks[i].lower()
    two = " ".join(t.lower() for t in toks[i : i + 2])
    if two in ALLCAPS_WORDS:
        return "all", 2
    if two in CAP_WORDS:
        return "cap", 2
    if one in CAP_WORDS and i + 1 < len(toks):
        return "cap", 1
    return None


def _number(toks: list[str], i: int) -> tuple[str, int]:
    word = toks[i]
    value = NUM_VALUE[word]
    i += 1
    if word in TENS and i < len(toks) and toks[i] in UNITS and toks[i] != "zero":
        value += NUM_VALUE[toks[i]]
        i += 1
    while i < len(toks) and toks[i] in MULTIPLIERS:
        value *= MULTIPLIERS[toks[i]]
        i += 1
    return str(value), i


def _protocol(text: str) -> str:
    toks = [t.lower().rstrip(",") for t in text.split()]
    toks = [t for t in toks if t]
    out: list[str] = []
    caps = False
    cap_next = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == "space":
            out.append(" ")
            caps = False
            i += 1
            continue
        if tok == "the" and i + 2 < len(toks) and toks[i + 1] == "word":
            word = toks[i + 2]
            if caps:
                word = word.upper()
            elif cap_next:
                word = word[:1].upper() + word[1:]
                cap_next = False
            out.append(word)
            i += 3
            continue
        case = _case_word(toks, i)
        if case:
            caps = case[0] == "all"
            cap_next = case[0] == "cap"
            i += case[1]
            continue
        sym = _phrase(toks, i)
        if sym:
            out.append(sym[0])
            caps = False
            i += sym[1]
            continue
        if tok in NUM_VALUE:
            digits, i = _number(toks, i)
            out.append(digits)
            caps = False
            continue
        if caps:
            tok = tok.upper()
        elif cap_next:
            tok = tok[:1].upper() + tok[1:]
            cap_next = False
        out.append(tok)
        i += 1
    return "".join(out)


def _natural(text: str) -> str:
    toks = text.split()
    words: list[str] = []
    glue = False
    in_quote = False
    caps = False
    cap_next = False
    i = 0
    while i < len(toks):
        case = _case_word(toks, i)
        if case:
            caps = case[0] == "all"
            cap_next = case[0] == "cap"
            i += case[1]
            continue
        sym = _phrase(toks, i)
        if sym:
            ch, n = sym
            i += n
            if ch == '"':
                if not in_quote:
                    if glue and words:
                        words[-1] += ch
                    else:
                        words.append(ch)
                    glue = True
                elif words:
                    words[-1] += ch
                    glue = False
                in_quote = not in_quote
            elif ch in RIGHT_GLUE:
                if glue and words:
                    words[-1] += ch
                else:
                    words.append(ch)
                glue = True
            elif ch in SPACED:
                words.append(ch)
                glue = False
            else:
                if words:
                    words[-1] += ch
                else:
                    words.append(ch)
                glue = True
            continue
        tok = toks[i]
        if caps:
            tok = tok.upper()
            caps = False
        elif cap_next:
            tok = tok[:1].upper() + tok[1:]
            cap_next = False
        if glue and words:
            words[-1] += tok
        else:
            words.append(tok)
        glue = False
        i += 1
    return " ".join(words)


def _cut(piece: str) -> str:
    m = TERM_RE.search(piece)
    return piece[: m.start()] if m else piece


def decode(line: str) -> str:
    """The careful listener of the style guide: the command Ciarán meant."""
    text = " ".join(line.split())
    cue = CUE_RE.search(text)
    if cue:
        text = text[cue.end() :]
    text = ASIDE_RE.sub(" ", text)
    text = FILLER_RE.sub(" ", text)
    text = SPACE_COMMA_RE.sub("space", text)
    chunks = MARK_RE.split(text)
    pieces: list[tuple[str, str]] = []
    for k in range(0, len(chunks), 2):
        kind = "first"
        if k:
            marker = chunks[k - 1].lower()
            kind = "restart" if marker.startswith(("ah", "feck")) else "fix"
        piece = _cut(chunks[k])
        dots = piece.rfind("... ")
        if dots >= 0:
            piece = piece[dots + 4 :]
        piece = piece.strip(" ,")
        again = CUE_RE.match(piece)
        if again:
            piece = piece[again.end() :]
            kind = "restart"
        pieces.append((kind, piece))
    protocol = any(SPACE_WORD_RE.search(p) for _, p in pieces)
    words: list[str] = []
    for kind, piece in pieces:
        said = (_protocol(piece) if protocol else _natural(piece)).strip()
        new = said.split(" ") if said else []
        if kind in ("first", "restart"):
            words = new
        elif new:
            if new[0] in words:
                j = len(words) - 1 - words[::-1].index(new[0])
                words = words[:j] + new
            else:
                words = words[:-1] + new
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Speaking: protocol

PIECE_RE = re.compile(r"--(?!-)|[A-Za-z]+|\d+|[^A-Za-z\d]")
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")


def cardinal(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    tens = TENS[n // 10 - 2]
    return tens if n % 10 == 0 else f"{tens} {UNITS[n % 10]}"


def say_number(s: str, rng: random.Random, fuzzy: bool) -> str:
    digit_by_digit = " ".join(UNITS[int(c)] for c in s)
    options = [digit_by_digit]
    lead = s == "0" or not s.startswith("0")
    n = int(s)
    if lead and len(s) <= 2:
        options = [cardinal(n)] * 3 + [digit_by_digit]
    elif lead and len(s) == 3 and n % 100 == 0:
        options = [f"{cardinal(n // 100)} hundred"] * 2 + [digit_by_digit]
    elif lead and len(s) == 3 and s[1] != "0":
        options.append(f"{cardinal(int(s[0]))} {cardinal(int(s[1:]))}")
    elif lead and len(s) == 4:
        if n % 1000 == 0:
            options = [f"{cardinal(n // 1000)} thousand"] * 2
        elif s[2:] == "00":
            options = [f"{cardinal(int(s[:2]))} hundred"] * 2
        elif s[2] != "0":
            options += [f"{cardinal(int(s[:2]))} {cardinal(int(s[2:]))}"] * 2
    elif lead and n % 1000000 == 0 and n // 1000000 < 100:
        options = [f"{cardinal(n // 1000000)} million"]
    elif lead and n % 1000 == 0 and n // 1000 < 100:
        options = [f"{cardinal(n // 1000)} thousand"]
    said = rng.choice(options)
    if fuzzy and rng.random() < 0.4:
        return s
    return said


ONSETS = ("str", "spl", "spr", "scr", "shr", "thr", "chr", "sch", "sph", "squ", "phr")


def pronounceable(w: str) -> bool:
    if w in SPELLED or w in RESERVED:
        return False
    if len(w) == 2:
        return w in WORDS2
    if len(w) == 1 or not re.search(r"[aeiouy]", w):
        return False
    onset = re.match(r"[^aeiouy]*", w)
    if onset and len(onset.group()) >= 3 and not w.startswith(ONSETS):
        return False
    return not any(c not in ("ngth", "nstr", "ndst") for c in re.findall(r"[^aeiouy]{4,}", w))


ONSETS2 = set(
    "bl br ch cl cr dr fl fr gl gr kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh".split()
)


def starts_well(w: str) -> bool:
    """A part that can open a spoken word: a vowel, one consonant or a usual cluster."""
    onset = re.match(r"[^aeiouy]*", w)
    size = len(onset.group()) if onset else 0
    return pronounceable(w) and (size <= 1 or w[:2] in ONSETS2 or w.startswith(ONSETS))


CODAS2 = set("nd st ng ck sh ch th rt nt ld rk sk mp rd ft lt pt ct ff ll ss tt rm rn".split())


def ends_well(w: str) -> bool:
    """A part that can close a spoken word: a vowel, one consonant or a usual cluster."""
    coda = re.search(r"[^aeiouy]*$", w)
    size = len(coda.group()) if coda else 0
    return size <= 1 or (size == 2 and w[-2:] in CODAS2)


def sayable(w: str) -> str:
    """A word he can't say in one go: sayable parts, and the rest spelled."""
    n = len(w)
    for k in range(3, n - 2):
        if pronounceable(w[:k]) and starts_well(w[k:]):
            return f"{w[:k]} {w[k:]}"
    for k in range(1, min(5, n - 2)):
        if starts_well(w[k:]):
            return f"{' '.join(w[:k])} {w[k:]}"
    tails = [k for k in range(3, n) if pronounceable(w[:k]) and n - k <= 5 and ends_well(w[:k])]
    if tails:
        k = tails[-1]
        return f"{w[:k]} {' '.join(w[k:])}"
    return " ".join(w)


def say_lower(w: str, rng: random.Random, fuzzy: bool, used: list[str]) -> str:
    if w in RESERVED:
        return f"the word {w}"
    if w in SPELLED:
        return " ".join(w)
    if not pronounceable(w):
        return sayable(w)
    if fuzzy and len(w) >= 7:
        splits = [
            k
            for k in range(3, len(w) - 2)
            if (w[:k] in COMMON or w[k:] in COMMON) and starts_well(w[k:]) and pronounceable(w[:k])
        ]
        if splits and rng.random() < 0.7:
            k = rng.choice(splits)
            used.append("split")
            return f"{w[:k]} {w[k:]}"
    return w


def say_alpha(part: str, rng: random.Random, fuzzy: bool, used: list[str]) -> str:
    cap = "capital"
    allcaps = "all caps"
    if fuzzy and rng.random() < 0.35:
        cap = rng.choice(["cap", "upper case"])
        allcaps = rng.choice(["all capitals", "block capitals"])
        if not part.islower():
            used.append("case")
    if part.islower():
        return say_lower(part, rng, fuzzy, used)
    if len(part) == 1:
        return f"{cap} {part.lower()}"
    if part[1:].islower():
        return f"{cap} {say_lower(part.lower(), rng, fuzzy, used)}"
    low = part.lower()
    return f"{allcaps} {low if pronounceable(low) else ' '.join(low)}"


def say_symbol(ch: str, rng: random.Random, fuzzy: bool, used: list[str]) -> str:
    if fuzzy and ch in FUZZY_NAMES and rng.random() < 0.5:
        used.append("synonym")
        return rng.choice(FUZZY_NAMES[ch])
    return CLEAN_NAMES[ch]


def render_proto(word: str, rng: random.Random, fuzzy: bool, used: list[str]) -> str:
    toks: list[str] = []
    for piece in PIECE_RE.findall(word):
        if piece.isdigit():
            said = say_number(piece, rng, fuzzy)
            if said == piece:
                used.append("digits")
            toks.append(said)
        elif piece[0].isalpha():
            toks.extend(say_alpha(part, rng, fuzzy, used) for part in CASE_RE.findall(piece))
        else:
            toks.append(say_symbol(piece, rng, fuzzy, used))
    return " ".join(toks)


def make_clean(cmd: str, rng: random.Random) -> str:
    return " space ".join(render_proto(w, rng, False, []) for w in cmd.split(" "))


def make_fuzzy(cmd: str, rng: random.Random) -> str:
    used: list[str] = []
    parts = [render_proto(w, rng, True, used) for w in cmd.split(" ")]
    line = parts[0]
    for part in parts[1:]:
        if rng.random() < 0.25:
            line += " space, " + part
            used.append("comma")
        else:
            line += " space " + part
    if rng.random() < 0.6:
        line = line[0].upper() + line[1:]
        used.append("capital")
    if rng.random() < 0.5 or not used:
        line += "."
    return line


# ---------------------------------------------------------------------------------------------
# Speaking: natural

NAT_ALONE = {"|": "pipe", ">": "greater than", "<": "less than", "||": "pipe pipe"}


def render_nat(word: str, rng: random.Random) -> str:
    if word in NAT_ALONE:
        return NAT_ALONE[word]
    out = word
    r = rng.random()
    if word.startswith("--") and len(word) > 2 and r < 0.45:
        out = rng.choice(["double dash ", "dash dash "]) + word[2:]
    elif word.startswith("-") and not word.startswith("--") and len(word) > 1 and r < 0.35:
        rest = word[1:]
        if len(rest) == 1 and rest.isupper():
            out = "dash capital " + rest
        else:
            out = "dash " + rest
    elif word.startswith("~/") and r < 0.5:
        out = "tilde slash " + word[2:]
    if "@" in out and rng.random() < 0.6:
        out = out.replace("@", " at ")
    if "=" in out and rng.random() < 0.5:
        out = out.replace("=", " equals ")
    if "_" in out and rng.random() < 0.4:
        out = out.replace("_", " underscore ")
    if re.fullmatch(r'"[^"\s]+"', out) and rng.random() < 0.5:
        out = "quote " + out[1:-1] + " quote"
    if re.fullmatch(r"[a-z0-9]+\.[a-z0-9]+", out) and rng.random() < 0.25:
        out = out.replace(".", " dot ")
    return " ".join(out.split())


AFTER = [
    "I'm after running the tests",
    "I'm after pulling the latest from main",
    "I'm only after rebooting the box",
    "I'm after breaking the build on myself",
    "I'm after running make clean",
    "We're after deploying to staging",
    "I'm after doing a git pull",
    "I'm just after running the migrations",
]

NATURAL = [
    "Right, give it a lash with {c}, so it is.",
    "{after}, so now can you run {c} there now?",
    "I want to {why}. Stick in {c}, would you?",
    "Ah here, this yoke is acting the maggot again. Just run {c}, and we'll see what happens.",
    "Sure look, throw in {c}, grand.",
    "Deadly. Now type in {c}. That should {why}.",
    "Your man {tool} is the lad for this, so go on and run {c}.",
    "Would you ever put in {c} for me?",
    "Grand so. What we want is {c}, because we need to {why}.",
    "To {why}, the yoke you want is {c}, sure look.",
    "Can you run {c} for me there now, please?",
    "Fire in {c}, and press return there now.",
    "{after}. Next up is {c}.",
    "Okay, I need to {why}, so run this: {c}. Deadly.",
    "The command is {c}, isn't it?",
    "Do us a favour and type in {c}. Cheers.",
    "Right so, {after_l}, and now the one we want is {c}, so it is.",
    "Sure we'll give it a lash with {c}. If that doesn't {why}, I don't know what will.",
    "Ah here, would you stop. Throw in {c} there now and press return.",
    "Press return after you stick in {c}, there's a good man.",
    "So the idea is to {why}. Just run {c}.",
    "It's your man {tool} we want, isn't it? Could you run {c}, please.",
    "{after}, and now I need to {why}. Type in {c}, grand.",
    "Howya. Stick in {c} there now and tell me what it says.",
]

CHAOS_PRE = [
    "Right, give it a lash with ",
    "Okay, em, can you run ",
    "Ah here. Just run ",
    "{after}, so now type in ",
    "I want to {why}, so stick in ",
    "Sure look, throw in ",
    "Would you ever put in ",
    "The command is ",
    "Your man {tool}, yeah. Go on and run ",
    "Em, right, what we want is ",
]
CHAOS_POST = [
    ", so it is.",
    ", or something like that, I think.",
    ". Sure look, we'll see.",
    ", if I have it right.",
    " there now, grand.",
    ". Deadly.",
    ", I think, yeah.",
    "? Is that it? Yeah.",
    ".",
]
FIX_MARKERS = [", sorry, I mean ", ", no, hang on, ", ", wait wait, ", ". Sorry, I mean "]
RESTART_MARKERS = [
    ", ah no, scratch that, ",
    ". Feck, no. ",
    ", feck, no, ",
    ". Ah no, scratch that. ",
]
RESTART_CUES = ["give it a lash with ", "just run ", "type in ", "stick in ", "throw in "]
WRONG_WORDS = ["staging", "master", "prod", "test", "config", "latest", "backup", "main", "old"]
WRONG_FLAGS = ["--force", "--all", "--verbose", "--quiet", "--help", "--dry-run", "--list"]
WRONG_TOOLS = ["docker", "git", "npm", "kubectl", "make", "python", "cargo", "systemctl"]


def why_ok(desc: str) -> bool:
    """A description that reads after 'to' (it opens with a verb)."""
    return desc.split(" ")[0].lower() not in {"interactive", "only", "also", "same"}


def why_of(desc: str) -> str:
    desc = desc.strip().rstrip(".")
    first = desc.split(" ")[0]
    if len(first) > 1 and first[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        return words[1]
    return words[0]


def fill(template: str, rng: random.Random, c: str, why: str, tool: str) -> str:
    after = rng.choice(AFTER)
    after_l = after if after.startswith("I") else after[0].lower() + after[1:]
    return template.format(c=c, why=why, tool=tool, after=after, after_l=after_l)


def make_natural(cmd: str, desc: str, rng: random.Random) -> str:
    said = " ".join(render_nat(w, rng) for w in cmd.split(" "))
    template = rng.choice(NATURAL)
    if "{why}" in template and not why_ok(desc):
        template = rng.choice([t for t in NATURAL if "{why}" not in t])
    return fill(template, rng, said, why_of(desc), tool_of(cmd))


def wrong_word(word: str, index: int, rng: random.Random) -> str:
    if index == 0:
        options = [t for t in WRONG_TOOLS if t != word]
    elif word.startswith("--"):
        options = [f for f in WRONG_FLAGS if f != word]
    elif re.fullmatch(r"-[A-Za-z]", word):
        options = ["-" + c for c in "avfrlhnq" if c != word[1]]
    elif word.isdigit():
        options = [str(int(word) + 1), str(max(0, int(word) - 1)), word + "0"]
    elif re.fullmatch(r"[\w./~-]+\.[a-z]+", word):
        stem = word.rsplit(".", 1)[0]
        options = [stem + ext for ext in (".txt", ".md", ".yaml", ".json", ".log")]
    else:
        options = WRONG_WORDS + ([word[:-1]] if len(word) > 3 else [])
    options = [o for o in options if o != word]
    return rng.choice(options)


def make_chaotic(cmd: str, desc: str, rng: random.Random) -> str:
    words = cmd.split(" ")
    proto = rng.random() < 0.4
    joiner = " space " if proto else " "

    def say(w: str) -> str:
        return render_proto(w, rng, False, []) if proto else render_nat(w, rng)

    def spoken(ws: list[str], noisy: bool = False) -> str:
        parts = [say(w) for w in ws]
        if noisy and len(parts) > 1 and rng.random() < 0.5:
            # A hesitation or an aside between two command words.
            k = rng.randrange(1, len(parts))
            extra = rng.choice([", em,", ", erm,", ", bear with me,", ", you know yourself,"])
            head = joiner.join(parts[:k]) + (" space" if proto else "")
            return head + extra + " " + joiner.join(parts[k:])
        return joiner.join(parts)

    def restart_cue(marker: str) -> str:
        if marker.endswith(". "):
            return rng.choice(RESTART_CUES).capitalize()
        return rng.choice(RESTART_CUES) if rng.random() < 0.5 else ""

    event = rng.choice(["word", "flag", "whole", "dots", "word", "flag"])
    flags = [
        i
        for i in range(len(words) - 1)
        if words[i].startswith("-") and not words[i + 1].startswith("-")
    ]
    if event == "flag" and not flags:
        event = "word"
    if event == "word":
        i = rng.randrange(len(words))
        wrong = wrong_word(words[i], i, rng)
        marker = rng.choice(FIX_MARKERS)
        body = spoken(words[:i] + [wrong]) + marker + spoken(words[i:], True)
    elif event == "flag":
        i = rng.choice(flags)
        wrong = wrong_word(words[i + 1], i + 1, rng)
        head = spoken(words[: i + 1] + [wrong])
        body = head + rng.choice(FIX_MARKERS) + spoken(words[i:], True)
    elif event == "whole":
        i = rng.randrange(len(words))
        bad = words[:i] + [wrong_word(words[i], i, rng)] + words[i + 1 :]
        marker = rng.choice(RESTART_MARKERS)
        body = spoken(bad) + marker + restart_cue(marker) + spoken(words, True)
    else:
        k = rng.randrange(len(words))
        start = spoken(words[:k])
        part = say(words[k])
        stub = part[: max(2, len(part) // 2)].rstrip()
        stub = (start + joiner + stub) if start else stub
        again = rng.choice(RESTART_CUES) if rng.random() < 0.3 else ""
        body = stub + "... " + again + spoken(words, True)
    why = why_of(desc)
    tool = tool_of(cmd)
    if proto and rng.random() < 0.5:
        line = body + rng.choice(["", "", ", so it is.", "."])
        line = line[0].upper() + line[1:]
    else:
        pres = [p for p in CHAOS_PRE if why_ok(desc) or "{why}" not in p]
        pre = fill(rng.choice(pres), rng, "", why, tool)
        line = pre + body + rng.choice(CHAOS_POST)
    return " ".join(line.split())


# ---------------------------------------------------------------------------------------------
# Checks and assembly


def ok_line(line: str, cmd: str, slice_name: str) -> bool:
    if not line.isascii() or "  " in line or "\n" in line or "\t" in line:
        return False
    if decode(line) != cmd:
        return False
    if slice_name == "clean":
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", line):
            return False
        spaces = len(re.findall(r"(?<!the word )\bspace\b", line))
        return spaces == cmd.count(" ")
    if slice_name == "natural":
        return not SPACE_WORD_RE.search(line) and not MARK_RE.search(line)
    if slice_name == "chaotic":
        has_dots = "... " in line
        return has_dots or bool(MARK_RE.search(line))
    return True


def load() -> list[tuple[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or "  " in cmd:
                continue
            if "\n" in cmd or "\t" in cmd or cmd != cmd.strip():
                continue
            rows.append((cmd, row["description"]))
    return rows


def main() -> None:
    rng = random.Random(39)
    rows = load()
    rng.shuffle(rows)
    used: set[str] = set()
    per_tool: dict[str, int] = {}
    makers = {
        "clean": lambda c, d: make_clean(c, rng),
        "fuzzy": lambda c, d: make_fuzzy(c, rng),
        "natural": lambda c, d: make_natural(c, d, rng),
        "chaotic": lambda c, d: make_chaotic(c, d, rng),
    }
    out: dict[str, list[dict[str, str]]] = {}
    seen_inputs: set[str] = set()
    # The hardest slices pick first; the file keeps the clean/fuzzy/natural/chaotic order.
    for slice_name in ("natural", "chaotic", "fuzzy", "clean"):
        lines: list[dict[str, str]] = []
        for cmd, desc in rows:
            if len(lines) == PER_SLICE:
                break
            if cmd in used or per_tool.get(tool_of(cmd), 0) >= 2:
                continue
            for _ in range(8):
                line = makers[slice_name](cmd, desc)
                if line not in seen_inputs and ok_line(line, cmd, slice_name):
                    break
            else:
                continue
            seen_inputs.add(line)
            used.add(cmd)
            per_tool[tool_of(cmd)] = per_tool.get(tool_of(cmd), 0) + 1
            lines.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(lines) != PER_SLICE:
            raise SystemExit(f"only {len(lines)} {slice_name} lines")
        out[slice_name] = lines
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for row in out[slice_name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {sum(len(v) for v in out.values())} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
