"""Author 63: Ines, a blind developer who dictates shell commands like her screen reader.

Writes assets/training/bash/author63.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author63"}.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" and "description" fields
of assets/training/bash/pages_dev44_commands.jsonl (only lines whose 0-based number % 4 == 0).
Each command is used once; no tool (first word after sudo and VAR=value) more than twice.

PERSONA
Ines is blind and hears a screen reader all day. When she dictates a command she uses the
names her screen reader speaks, calmly and exactly. Unusual names she spells letter by letter.

VOCABULARY (one symbol = one spoken name; alternatives in brackets are Whisper-era synonyms
that appear in the fuzzy slice, the listener accepts all of them everywhere)
  -  dash, hyphen [minus]            .  dot, period [point]
  /  slash [forward slash]          \\  backslash [back slash]
  ~  tilde                          |  vertical bar, pipe
  *  star [asterisk]                =  equals [equal sign]
  :  colon                          ;  semicolon
  _  underline [underscore]         @  at [at sign]
  #  number, hash [hash sign]       '  apostrophe, quote [single quote]
  "  double quote                   >  greater [greater than]
  <  less [less than]               $  dollar [dollar sign]
  %  percent [percent sign]         ,  comma
  +  plus [plus sign]               !  bang [exclamation mark]
  ?  question [question mark]       ^  caret
  &  ampersand                      ( ) left paren, right paren [open/close paren]
  [ ] left bracket, right bracket [open/close bracket]
  { } left brace, right brace [open/close brace]
  "quote" alone is always the apostrophe; the double quote is always "double quote".
  "dash dash" is simply two dashes.
Letters and case: words are said as words, unusual names are spelled ("a c k", "j j").
  "cap x" capitalises the first letter of the next word or letter ("cap notes" = Notes,
  "cap q cap own cap notes" = QOwnNotes). "all caps W" or "caps W" upper-cases the whole
  next word ("all caps home" = HOME). Acronyms that are not words get "cap" per letter.
Numbers: one word per digit ("six three six" = 636); a two-digit group may be said as a
  number ("eighty" = 80, "twenty five" = 25, "fifty four thirty two" = 5432); round numbers
  as "one hundred" (100), "five thousand" (5000), "one hundred thousand" (100000).
  A vocabulary word that is literally part of a command ("at", "number", "cap", "one",
  "space", "um") is spelled letter by letter so it cannot be read as a symbol.

SLICES
clean: pure protocol. Every space is the word "space", every symbol is named, digits are
  words, case is announced, all lower case, no punctuation and no framing.
fuzzy: the same protocol as Whisper writes it with slips: bracketed synonyms, the first
  word capitalised, spelled letters in capitals, a final full stop, commas after some
  "space"s, some numbers written as digits ("port 636"), a long name split in two
  ("sync thing").
natural: what Ines says to a colleague. She never says "space"; Whisper writes words,
  numbers, file names, paths, URLs and flags as text ("-la", "/tmp/data.csv",
  "config.yaml"). Ines still names the characters Whisper cannot write: tilde, pipe or
  vertical bar, greater, less, quotes, star, dollar, brackets and so on, and she sometimes
  names a slash, dot, colon, underline, equals or at inside a name ("tilde slash projects
  slash script.sh"). A strange tool name may be spelled, which Whisper writes as
  "B-3-S-U-M". The command always sits inside one of her framing sentences (FRAMES below):
  "The command is X.", "Please type X.", "What I run is X.", "Enter X, then press Enter.",
  often with the tldr description as her reason ("To list AKS clusters, I run X.").
chaotic: natural or protocol speech with her own disfluencies. Every line has at least one
  correction or restart; it may also have hesitations (um, uh, erm, hmm), asides ("hold on,
  my screen reader is still talking") and a trailing thought ("I think that's right.").
  Correction markers and their scope:
    "backspace that"         removes the last spoken unit (a word, a letter, a number
                             word, a symbol name; in natural speech one written word).
    "no, delete that word"   removes the last shell word: everything back to the last
    "correction:"            space of the command built so far (a whole flag or argument);
                             what follows replaces it.
    "I'll start over:"       throws away everything said before it, framing included.

LISTENER (decode below; a careful human reads the same way)
 1. Keep only what follows the last "I'll start over". Drop a trailing thought at the very
    end, drop asides and hesitations, turn the correction markers into edit commands.
 2. If the line fits one of the FRAMES (the longest fitting frame wins), the command is the
    part in the frame's slot; otherwise the whole line is the command part.
 3. Protocol reading (the line is unframed, or its command part contains the word "space"):
    lower-case everything, drop commas and a final full stop, then read unit by unit and
    concatenate: "space" is a space, symbol names are their symbols, number words are
    digits, "cap"/"caps"/"all caps" change case, anything else is literal text.
 4. Natural reading (framed, no "space"): written words are copied exactly as written (case
    kept) and separated by single spaces; a spelled word ("J-J", "B-3-S-U-M") becomes the
    lower-case word; symbol names become their symbols and glue to their neighbours (so Ines
    names slash, dot and the like only inside a name, never at its edge):
      both sides: slash dot colon underline at equals star dash backslash percent comma
                  question caret ampersand number/hash
      to the right only: tilde dollar plus bang, left paren/bracket/brace
      to the left only: semicolon, right paren/bracket/brace
      quotes: an opening quote glues right, the matching closing quote glues left
      operators (pipe, greater, less) stand alone with spaces around them; the same
      operator repeated joins up ("less less less" = <<<).
 5. Edits apply to what has been built so far: "backspace that" undoes the last unit,
    "no, delete that word" and "correction" cut back to the last space, and the speech that
    follows continues from there.
Every generated line is decoded with this listener and replaced if it does not give back
exactly its command, so no line in the file depends on guessing.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev44_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author63.jsonl"
AUTHOR = "author63"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# char: (protocol names, fuzzy-only synonyms, natural glue)
SYMBOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "-": (("dash", "hyphen"), ("minus",), "both"),
    ".": (("dot", "period"), ("point",), "both"),
    "/": (("slash",), ("forward slash",), "both"),
    "\\": (("backslash",), ("back slash",), "both"),
    "~": (("tilde",), (), "right"),
    "|": (("vertical bar", "pipe"), (), "op"),
    "*": (("star",), ("asterisk",), "both"),
    "=": (("equals",), ("equal sign",), "both"),
    ":": (("colon",), (), "both"),
    ";": (("semicolon",), (), "left"),
    "_": (("underline",), ("underscore",), "both"),
    "@": (("at",), ("at sign",), "both"),
    "#": (("number", "hash"), ("hash sign",), "both"),
    "(": (("left paren",), ("open paren",), "right"),
    ")": (("right paren",), ("close paren",), "left"),
    "[": (("left bracket",), ("open bracket",), "right"),
    "]": (("right bracket",), ("close bracket",), "left"),
    "{": (("left brace",), ("open brace",), "right"),
    "}": (("right brace",), ("close brace",), "left"),
    "'": (("apostrophe", "quote"), ("single quote",), "quote"),
    '"': (("double quote",), (), "quote"),
    ">": (("greater",), ("greater than",), "op"),
    "<": (("less",), ("less than",), "op"),
    "$": (("dollar",), ("dollar sign",), "right"),
    "%": (("percent",), ("percent sign",), "both"),
    ",": (("comma",), (), "both"),
    "+": (("plus",), ("plus sign",), "right"),
    "!": (("bang",), ("exclamation mark",), "right"),
    "?": (("question",), ("question mark",), "both"),
    "^": (("caret",), (), "both"),
    "&": (("ampersand",), (), "both"),
}
NAME2CHAR = {n: c for c, (a, b, _) in SYMBOLS.items() for n in a + b}
MAX_NAME_WORDS = max(len(n.split()) for n in NAME2CHAR)

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = {
    "twenty": "2",
    "thirty": "3",
    "forty": "4",
    "fifty": "5",
    "sixty": "6",
    "seventy": "7",
    "eighty": "8",
    "ninety": "9",
}
TENS_BY_DIGIT = {v: k for k, v in TENS.items()}
FILLERS = ("um", "uh", "erm", "hmm")
ASIDES = (
    "hold on, my screen reader is still talking",
    "sorry, that was my screen reader",
    "one second, I lost my place",
    "let me check my notes",
    "wait, NVDA just read the wrong line",
)
TRAILING = (
    "I think that's right.",
    "Tell me if it complains.",
    "That should be everything.",
    "I'm fairly sure about that one.",
    "Read me the output when it finishes.",
)
# words that must be spelled when they are literal text in protocol speech
COLLIDE = (
    {w for n in NAME2CHAR for w in [n] if " " not in n}
    | set(DIGITS)
    | set(TEENS)
    | set(TENS)
    | set(FILLERS)
    | {"space", "cap", "caps", "hundred", "thousand", "backspace", "correction"}
)

FRAMES = (
    "The command is {c}.",
    "Please type {c}.",
    "What I run is {c}.",
    "Enter {c}, then press Enter.",
    "{w}. The command for that is {c}.",
    "I want to {w}, so please type {c}.",
    "Could you type {c} for me?",
    "Type {c} and press Enter, please.",
    "Next one. The command is {c}.",
    "Okay, in the terminal, please type {c}.",
    "To {w}, I run {c}.",
    "Here is the command: {c}.",
    "Please enter the following: {c}.",
    "My next command is {c}, please.",
    "Would you please type {c}? It should {w}.",
    "This one is to {w}. Please type {c}.",
    "Please type the following, exactly as I say it: {c}.",
    "Let me give you the command. It is {c}.",
    "Now type {c}, and read me the output, please.",
    "In the shell, enter {c}, then press Enter.",
    "We need to {w}. What I run is {c}.",
    "Could you run {c} for me? I want to {w}.",
    "So, the command is {c}. That should {w}.",
    "Right, please type {c} and tell me what it says.",
    "For this step, the command is {c}.",
)


def _frame_regex(frame: str) -> tuple[re.Pattern[str], int]:
    parts = re.split(r"(\{[cw]\})", frame)
    rx = ""
    for p in parts:
        if p == "{c}":
            rx += r"(?P<c>.+?)"
        elif p == "{w}":
            rx += r"(?:.+?)"
        else:
            rx += re.escape(p)
    fixed = len(re.sub(r"\{[cw]\}", "", frame))
    return re.compile("^" + rx + "$", re.I | re.S), fixed


FRAME_RX = [_frame_regex(f) for f in FRAMES]

MARK_UNIT = "\x01U"
MARK_WORD = "\x01W"
RESTART_RX = re.compile(r"(?:\.\.\.|[,.;:])?\s*\bI'll start over\b[.:,]?", re.I)
UNIT_RX = re.compile(r"[,.]?\s*\bbackspace that\b[,.:]?", re.I)
WORD_RX = re.compile(r"[,.]?\s*\b(?:no, delete that word|correction)\b[,.:]?", re.I)
FILLER_RX = re.compile(r"(?:,\s*)?\b(?:" + "|".join(FILLERS) + r")\b[,.]*", re.I)
ASIDE_RX = re.compile(
    r"(?:[,.]\s*)?\b(?:" + "|".join(re.escape(a) for a in ASIDES) + r")\b[,.]?", re.I
)
SPELLED_RX = re.compile(r"^(?=.*[A-Z])(?:[A-Z0-9]-)+[A-Z0-9]$")


# ---------------------------------------------------------------- listener


def _match_symbol(tokens: list[str], i: int) -> tuple[str, int]:
    for k in range(MAX_NAME_WORDS, 0, -1):
        if i + k <= len(tokens):
            name = " ".join(tokens[i : i + k]).lower()
            if name in NAME2CHAR:
                return NAME2CHAR[name], k
    return "", 0


def _drop_word(out: str) -> str:
    s = out.rstrip(" ")
    cut = s.rfind(" ")
    return s[: cut + 1] if cut >= 0 else ""


def _protocol(span: str) -> str:
    span = span.replace(",", " ").strip()
    if span.endswith("."):
        span = span[:-1]
    toks = span.lower().split()
    out = ""
    hist: list[int] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t == MARK_UNIT.lower():
            if hist:
                out = out[: hist.pop()]
            i += 1
            continue
        if t == MARK_WORD.lower():
            out = _drop_word(out)
            hist = [h for h in hist if h < len(out)]
            i += 1
            continue
        char, k = _match_symbol(toks, i)
        if char:
            piece = char
            i += k
        elif t == "space":
            piece = " "
            i += 1
        elif t == "cap" and i + 1 < n:
            w = toks[i + 1]
            piece = w[:1].upper() + w[1:]
            i += 2
        elif t == "all" and i + 2 < n and toks[i + 1] == "caps":
            piece = toks[i + 2].upper()
            i += 3
        elif t == "caps" and i + 1 < n:
            piece = toks[i + 1].upper()
            i += 2
        elif t in DIGITS:
            piece = str(DIGITS.index(t))
            i += 1
        elif t in TEENS:
            piece = str(10 + TEENS.index(t))
            i += 1
        elif t in TENS:
            piece = TENS[t] + "0"
            i += 1
            if i < n and toks[i] in DIGITS[1:]:
                piece = TENS[t] + str(DIGITS.index(toks[i]))
                i += 1
        elif t == "hundred":
            piece = "00"
            i += 1
        elif t == "thousand":
            piece = "000"
            i += 1
        else:
            piece = t
            i += 1
        hist.append(len(out))
        out += piece
    return out


def _natural(span: str) -> str:
    toks = span.split()
    out = ""
    hist: list[tuple[int, bool, bool]] = []
    glue_r = True
    last_op = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == MARK_UNIT:
            if hist:
                ln, glue_r, last_op = hist.pop()
                out = out[:ln]
            i += 1
            continue
        if t == MARK_WORD:
            out = _drop_word(out)
            hist = [h for h in hist if h[0] < len(out)]
            glue_r, last_op = True, False
            i += 1
            continue
        char, k = _match_symbol(toks, i)
        if char:
            glue = SYMBOLS[char][2]
            if glue == "quote":
                glue = "right" if out.count(char) % 2 == 0 else "left"
            if glue == "op":
                gl, gr, op = last_op, False, True
            else:
                gl, gr, op = glue in ("both", "left"), glue in ("both", "right"), False
            piece = char
            i += k
        else:
            piece = t.replace("-", "").lower() if SPELLED_RX.match(t) else t
            gl = gr = op = False
            i += 1
        hist.append((len(out), glue_r, last_op))
        if out and not out.endswith(" ") and not gl and not glue_r:
            out += " "
        out += piece
        glue_r, last_op = gr, op
    return out


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    text = " ".join(line.split())
    text = RESTART_RX.split(text)[-1].strip()
    changed = True
    while changed:
        changed = False
        for tail in TRAILING:
            if text.lower().endswith(tail.lower()) and len(text) > len(tail):
                text = text[: -len(tail)].rstrip()
                changed = True
    text = ASIDE_RX.sub(" ", text)
    text = FILLER_RX.sub(" ", text)
    text = UNIT_RX.sub(" " + MARK_UNIT + " ", text)
    text = WORD_RX.sub(" " + MARK_WORD + " ", text)
    text = " ".join(text.split())
    best = None
    for rx, fixed in FRAME_RX:
        m = rx.match(text)
        if m and (best is None or fixed > best[1]):
            best = (m.group("c"), fixed)
    if best is None:
        return _protocol(text)
    span = best[0].strip()
    words = [w.strip(",.").lower() for w in span.split()]
    if "space" in words:
        return _protocol(span)
    return _natural(span)


# ---------------------------------------------------------------- speaker

COMMON = set(
    """
    data main test foo demo alpha config docs backup update list show create remove delete
    install build run start stop status help version info get set add init new open close
    edit view read write file files path project projects logs log report photo notes input
    output archive server client user users group key name remote origin local host port
    time date clean check search find copy move sync pull push fetch commit release image
    play mount print format export import query service default current latest force verbose
    quiet recursive only system network device devices package packages module source target
    table tree home cache index merge split send message text watch shell login logout auth
    token hello world error warning string color docker python stdout public private
    interactive include exclude store snapshot snapshots vault vaults task tasks debug profile
    channel deploy develop developers staff website express flask numpy requests lodash nginx
    make uptime whoami admin bob alice ubuntu root password passwords readme script binary
    secret library enum analyze lint completion completions upgrade catalog validate mutate
    inspect register restore compile launch monitor session sessions capture screen
    screenshot recorder kernel region resource resources container containers template react
    verify layout label labels annotation media repository repo branch revision revisions
    definition definitions describe reinstall tap erase queue work queues toolchain dump
    settings domain mirror tarball value values names level sudo cargo podman toolbox gradle
    off on not to in out up of for and or old all any put end top key tag fix cat map raw now
    day try use yes via web app box bin lib man job jobs pin rest pool zone type next last mute
    edit keep issue author colors define price flag flags hide site lock link self sink wants
    deps mode page role roles rows cols line lines font fonts disk loop trace tool tools pages
    grep sum node code open take scan thing note book mark pass word back head tail space
    power shift shot fire base fox flow hub lab brew snap net control check support fuzz
    builder entry launch agent wheel buy faucet crash ham learn family phrase
    """.split()
)
WORDS = COMMON - COLLIDE
SHOUTED = {
    "select",
    "from",
    "todo",
    "strategy",
    "depend",
    "fuzz",
    "home",
    "path",
    "commit",
    "first",
    "last",
    "age",
    "test",
    "hello",
    "proc",
    "debug",
    "dump",
    "dir",
    "query",
}


def _needs_spelling(seg: str, rng: random.Random) -> bool:
    if seg in COLLIDE:
        return True
    if len(seg) == 1 or seg in COMMON:
        return False
    if len(seg) <= 3 or not re.search(r"[aeiouy]", seg):
        return True
    if re.search(r"[^aeiouy]{4}", seg):
        return True
    return len(seg) <= 6 and rng.random() < 0.1


def _lower_units(seg: str, rng: random.Random) -> list[str]:
    if not _needs_spelling(seg, rng) or (seg not in COLLIDE and _compound_cut(seg)):
        return [seg]
    for cut in range(1, len(seg)):
        head, tail = seg[:cut], seg[cut:]
        if len(head) >= 4 and head in WORDS and len(tail) <= 4:
            return [head] + list(tail)
        if len(tail) >= 4 and tail in WORDS and len(head) <= 4:
            return list(head) + [tail]
    return list(seg)


def _letter_units(run: str, rng: random.Random) -> list[str]:
    units: list[str] = []
    for seg in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", run):
        if seg.islower():
            units += _lower_units(seg, rng)
        elif seg.isupper():
            low = seg.lower()
            if len(seg) > 1 and (low in SHOUTED or low in COMMON) and low not in COLLIDE:
                units.append(rng.choice(["all caps ", "all caps ", "caps "]) + low)
            else:
                units += ["cap " + ch.lower() for ch in seg]
        else:
            rest = _lower_units(seg.lower(), rng)
            if len(rest) == 1:
                units.append("cap " + rest[0])
            else:
                units += ["cap " + seg[0].lower()] + list(seg[1:])
    return units


def _number_units(run: str, rng: random.Random, fuzzy: bool) -> list[str]:
    if fuzzy and rng.random() < 0.4:
        return [run]
    m = re.fullmatch(r"([1-9])(0+)", run)
    if m and len(m.group(2)) in (2, 3, 5) and rng.random() < 0.6:
        word = {2: "hundred", 3: "thousand", 5: "hundred thousand"}[len(m.group(2))]
        return [DIGITS[int(m.group(1))] + " " + word]
    if len(run) in (2, 4) and rng.random() < 0.5:
        pairs = [run[j : j + 2] for j in range(0, len(run), 2)]
        if all(p[0] != "0" for p in pairs):
            out = []
            for p in pairs:
                if p[0] == "1":
                    out.append(TEENS[int(p[1])])
                elif p[1] == "0":
                    out.append(TENS_BY_DIGIT[p[0]])
                else:
                    out.append(TENS_BY_DIGIT[p[0]] + " " + DIGITS[int(p[1])])
            return out
    return [DIGITS[int(d)] for d in run]


def _symbol_name(
    ch: str, rng: random.Random, fuzzy: bool, in_word: bool, prefs: dict[str, str]
) -> str:
    """Ines keeps one name per symbol within a line (dash for flags, maybe hyphen inside)."""
    key = ch + ("w" if ch == "-" and in_word else "")
    if key not in prefs:
        names, syn, _ = SYMBOLS[ch]
        if fuzzy and syn and rng.random() < 0.5:
            prefs[key] = rng.choice(syn)
        elif ch == "-":
            prefs[key] = "hyphen" if in_word and rng.random() < 0.5 else "dash"
        elif ch == ".":
            prefs[key] = "period" if rng.random() < 0.2 else "dot"
        else:
            prefs[key] = rng.choice(names)
    return prefs[key]


def proto_arg(arg: str, rng: random.Random, fuzzy: bool, prefs: dict[str, str]) -> list[str]:
    """Spoken units for one space-free piece of a command."""
    units: list[str] = []
    pieces = re.findall(r"[A-Za-z]+|[0-9]+|.", arg)
    for j, p in enumerate(pieces):
        if p[0].isalpha():
            units += _letter_units(p, rng)
        elif p[0].isdigit():
            units += _number_units(p, rng, fuzzy)
        else:
            in_word = 0 < j < len(pieces) - 1 and pieces[j - 1][0].isalnum()
            units.append(_symbol_name(p, rng, fuzzy, in_word, prefs))
    return units


def proto_units(
    cmd: str, rng: random.Random, fuzzy: bool = False, prefs: dict[str, str] | None = None
) -> list[list[str]]:
    prefs = {} if prefs is None else prefs
    return [proto_arg(a, rng, fuzzy, prefs) for a in cmd.split(" ")]


def join_proto(args: list[list[str]]) -> list[str]:
    units: list[str] = []
    for k, a in enumerate(args):
        if k:
            units.append("space")
        units += a
    return units


def render_clean(cmd: str, rng: random.Random) -> str:
    return " ".join(join_proto(proto_units(cmd, rng)))


def _compound_cut(word: str) -> int:
    for cut in range(2, len(word) - 1):
        if word[:cut] in WORDS and word[cut:] in WORDS:
            return cut
    return 0


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    units = join_proto(proto_units(cmd, rng, fuzzy=True))
    upper_letters = rng.random() < 0.35
    out: list[str] = []
    split_done = False
    for u in units:
        cut = _compound_cut(u) if re.fullmatch(r"[a-z]{6,}", u) else 0
        if u == "space" and rng.random() < 0.3:
            out.append("space,")
        elif len(u) == 1 and u.isalpha() and upper_letters:
            out.append(u.upper())
        elif cut and not split_done and rng.random() < 0.7:
            out.append(u[:cut] + " " + u[cut:])
            split_done = True
        else:
            out.append(u)
    text = " ".join(out)
    text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


WHISPER_LIT = r"A-Za-z0-9\-._/:@=,%+"
SOFT_SEPS = "/.:_=@"


def _natural_run(p: str, rng: random.Random, after_tilde: bool) -> list[str]:
    """A run of characters Whisper can write; Ines may still name some separators."""
    if "://" in p:
        return [p]
    speak = {
        "_": True,
        "/": after_tilde or (not p.startswith("/") and rng.random() < 0.3),
        "=": rng.random() < 0.6,
        ":": rng.random() < 0.4,
        "@": rng.random() < 0.3,
        ".": rng.random() < (0.3 if after_tilde else 0.1),
    }
    chunks = re.split("([" + re.escape(SOFT_SEPS) + "])", p)
    for m in range(1, len(chunks), 2):
        c = chunks[m]
        if c == "/" and after_tilde:
            continue
        if not (any(chunks[:m]) and m + 1 < len(chunks) and chunks[m + 1] != ""):
            speak[c] = False  # never name a separator that sits at the edge of a word
    words: list[str] = []
    cur = ""
    for m, c in enumerate(chunks):
        is_sep = m % 2 == 1
        right_ok = m + 1 < len(chunks) and chunks[m + 1] != ""
        left_ok = bool(cur) or bool(words) or (after_tilde and m == 1)
        digits_round = (
            c == "."
            and m + 1 < len(chunks)
            and chunks[m - 1][-1:].isdigit()
            and chunks[m + 1][:1].isdigit()
        )
        if is_sep and speak[c] and right_ok and left_ok and not digits_round:
            if cur:
                words.append(cur)
                cur = ""
            words.append("dot" if c == "." else SYMBOLS[c][0][0])
        else:
            cur += c
    if cur:
        words.append(cur)
    return words


def natural_arg(
    arg: str, rng: random.Random, first: bool = False, prefs: dict[str, str] | None = None
) -> list[str]:
    """Written words for one space-free piece of a command, as Whisper would write it."""
    prefs = {} if prefs is None else prefs
    if (
        first
        and re.fullmatch(r"[a-z0-9]{2,7}", arg)
        and re.search(r"[a-z]", arg)
        and arg not in COMMON
    ):
        odd = len(arg) <= 4 or re.search(r"[^aeiouy]{3}", arg) or not re.search("[aeiouy]", arg)
        if rng.random() < (0.4 if odd else 0.08):
            return ["-".join(arg.upper())]
    words: list[str] = []
    pieces = re.findall("[" + WHISPER_LIT + "]+|.", arg)
    for j, p in enumerate(pieces):
        if p in SYMBOLS and not re.fullmatch("[" + WHISPER_LIT + "]", p):
            if p not in prefs:
                names, syn, _ = SYMBOLS[p]
                prefs[p] = rng.choice(names + syn) if p in "<>|" else rng.choice(names)
            words.append(prefs[p])
            continue
        words += _natural_run(p, rng, j > 0 and pieces[j - 1] == "~")
    return words


def natural_args(
    cmd: str, rng: random.Random, prefs: dict[str, str] | None = None
) -> list[list[str]]:
    prefs = {} if prefs is None else prefs
    return [natural_arg(a, rng, k == 0, prefs) for k, a in enumerate(cmd.split(" "))]


VERBS = set(
    """
    list display show create print run start install remove delete add set open convert
    search find compress decompress extract update check get generate enable disable build
    copy send scan mount unmount stop connect download view read write render compile
    execute launch clean monitor fetch sign encode decode merge save restore test validate
    verify mark count use specify force initialize analyze edit format lint publish deploy
    mirror kill play capture overwrite submit clone fork attach rename register filter
    upgrade query describe invite tap reinstall uninstall persist trigger calculate export
    import blink shrink toggle thaw reload unset hide pad draw scale overlay produce apply
    increase decrease organize upscale preload expose train establish transpile cancel
    recover relock erase declare call join destroy allow report synchronize load perform
    parallelize retrieve output compare adjust inspect interactively discover exit modify
    backup select lookup skip change
    """.split()
)


def why_text(desc: str) -> str | None:
    d = desc.strip().rstrip(".")
    if not d.isascii() or len(d) > 72 or re.search(r"[\"'()<>\[\]:;?!]", d):
        return None
    first = d.split()[0].lower()
    if first not in VERBS:
        return None
    if len(d) > 1 and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


def frame(cmd_text: str, why: str | None, rng: random.Random) -> str:
    usable = [f for f in FRAMES if "{w}" not in f or why]
    f = rng.choice(usable)
    if f.startswith("{w}") and why:
        w = why[0].upper() + why[1:]
    else:
        w = why or ""
    return f.replace("{c}", cmd_text).replace("{w}", w)


def render_natural(cmd: str, why: str | None, rng: random.Random) -> str:
    words = [w for a in natural_args(cmd, rng) for w in a]
    return frame(" ".join(words), why, rng)


def mutate_arg(arg: str, rng: random.Random) -> str | None:
    """A plausible wrong version of one argument (what Ines says before correcting)."""
    opts: list[str] = []
    digits = [m.start() for m in re.finditer(r"\d", arg)]
    if digits:
        j = rng.choice(digits)
        d = str((int(arg[j]) + rng.randint(1, 8)) % 10)
        opts.append(arg[:j] + d + arg[j + 1 :])
    ext = re.search(r"\.([a-z]{2,4})$", arg)
    if ext:
        swap = {
            "txt": "md",
            "md": "txt",
            "csv": "txt",
            "yaml": "yml",
            "json": "yaml",
            "py": "sh",
            "sh": "py",
            "log": "txt",
            "pdf": "png",
            "png": "jpg",
            "jpg": "png",
            "gv": "dot",
            "pam": "pnm",
            "pnm": "pam",
            "ppm": "pgm",
        }
        new = swap.get(ext.group(1))
        if new:
            opts.append(arg[: ext.start(1)] + new)
    if re.fullmatch(r"-[a-zA-Z]", arg):
        ch = arg[1]
        opts.append(
            "-"
            + (
                ch.swapcase()
                if rng.random() < 0.5
                else chr((ord(ch.lower()) - 97 + rng.randint(1, 25)) % 26 + 97)
            )
        )
    runs = [m for m in re.finditer(r"[a-z]{3,}", arg)]
    if runs:
        m = rng.choice(runs)
        w = m.group(0)
        w2 = w[:-1] if w.endswith("s") else w + "s"
        opts.append(arg[: m.start()] + w2 + arg[m.end() :])
    opts = [o for o in opts if o != arg and o]
    return rng.choice(opts) if opts else None


def _is_mark(item: str) -> bool:
    return item[:1] in ",." or item.startswith("...")


def _join_items(items: list[str]) -> str:
    text = ""
    for it in items:
        if not text:
            text = it.lstrip(", ")
        elif _is_mark(it):
            text += it
        else:
            text += " " + it
    return text


def _add_noise(items: list[str], rng: random.Random) -> list[str]:
    out = list(items)
    for extra, p in ((FILLERS, 0.5), (ASIDES, 0.25)):
        if rng.random() < p and len(out) > 2:
            pos = rng.randint(1, len(out) - 1)
            if not _is_mark(out[pos]) and not _is_mark(out[pos - 1]):
                out.insert(pos, ", " + rng.choice(extra) + ",")
    return out


UNIT_SWAP = {
    "dash": "underline",
    "hyphen": "underline",
    "dot": "slash",
    "period": "comma",
    "slash": "backslash",
    "colon": "semicolon",
    "underline": "dash",
    "tilde": "dash",
    "equals": "colon",
    "star": "dot",
    "apostrophe": "double quote",
    "quote": "double quote",
    "double quote": "apostrophe",
}


def _wrong_unit(u: str, natural: bool, rng: random.Random) -> str | None:
    if natural:
        if re.fullmatch("[" + WHISPER_LIT + "]+", u) and not SPELLED_RX.match(u):
            return mutate_arg(u, rng)
        return None
    if u in UNIT_SWAP:
        return UNIT_SWAP[u]
    if u in DIGITS:
        return DIGITS[(DIGITS.index(u) + rng.randint(1, 9)) % 10]
    if re.fullmatch(r"[a-z]{3,}", u) and u not in COLLIDE:
        wrong = u[:-1] if u.endswith("s") else u + "s"
        return None if wrong in COLLIDE else wrong
    return None


def render_chaotic(cmd: str, why: str | None, rng: random.Random) -> str:
    natural = rng.random() < 0.5
    raw_args = cmd.split(" ")
    framed = natural or rng.random() < 0.3
    prefs: dict[str, str] = {}
    if natural:
        args = natural_args(cmd, rng, prefs)
    else:
        args = proto_units(cmd, rng, fuzzy=rng.random() < 0.3, prefs=prefs)
    kinds = rng.sample(["unit", "word", "restart"], k=rng.choice([1, 1, 2]))
    targets = rng.sample(range(len(args)), k=min(2, len(args)))
    done = 0
    fixes = [k for k in ("unit", "word") if k in kinds]
    for kind, k in zip(fixes, targets, strict=False):
        if kind == "word":
            wrong = mutate_arg(raw_args[k], rng)
            if wrong is None:
                continue
            if natural:
                wr = natural_arg(wrong, rng, k == 0, prefs)
            else:
                wr = proto_arg(wrong, rng, False, prefs)
            marker = rng.choice(
                [
                    ", correction:",
                    ", no, delete that word,",
                    ". Correction:",
                    ". No, delete that word.",
                ]
            )
            args[k] = wr + [marker] + args[k]
            done += 1
        else:
            cand = [j for j, u in enumerate(args[k]) if _wrong_unit(u, natural, rng)]
            if not cand:
                continue
            j = rng.choice(cand)
            wrong = _wrong_unit(args[k][j], natural, rng)
            args[k] = args[k][:j] + [wrong or "", ", backspace that,"] + args[k][j:]
            done += 1
    items = [w for a in args for w in a] if natural else join_proto(args)
    items = _add_noise(items, rng)
    body = _join_items(items)
    text = frame(body, why, rng) if framed else body
    if "restart" in kinds or done == 0:
        if natural:
            full = [w for a in natural_args(cmd, rng, prefs) for w in a]
        else:
            full = join_proto(proto_units(cmd, rng, prefs=prefs))
        low = 2 if len(full[0]) == 1 and len(full) > 2 else 1
        cut = rng.randint(low, max(low, min(len(full) - 1, 4)))
        partial = _join_items(full[:cut])
        if framed:
            pre = frame(partial + "\x02", why, rng).split("\x02")[0]
        else:
            pre = partial
        pre = pre[:1].upper() + pre[1:]
        marker = rng.choice(["... I'll start over.", ". I'll start over:", "... I'll start over:"])
        text = pre + marker + " " + text[:1].upper() + text[1:]
    if rng.random() < 0.35:
        if not text.endswith((".", "?")):
            text += "."
        text += " " + rng.choice(TRAILING)
    return text


def _has_correction(line: str) -> bool:
    return bool(RESTART_RX.search(line) or UNIT_RX.search(line) or WORD_RX.search(line))


# ---------------------------------------------------------------- assembly


def tool_of(cmd: str) -> str:
    for tok in cmd.split(" "):
        if tok == "sudo" or re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", tok):
            continue
        return tok
    return cmd


def load_pool() -> list[tuple[str, str]]:
    pool = []
    with SRC.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 4:
                continue
            row = json.loads(line)
            cmd = row["command"]
            if (
                not cmd.isascii()
                or len(cmd) > 80
                or "\n" in cmd
                or "\t" in cmd
                or "  " in cmd
                or cmd != cmd.strip()
                or not cmd
            ):
                continue
            pool.append((cmd, row.get("description", "")))
    return pool


def build() -> list[dict[str, str]]:
    rng = random.Random(63)
    pool = load_pool()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: dict[str, int] = {}
    inputs: set[str] = set()
    rows: list[dict[str, str]] = []
    for slice_name in SLICES:
        count = 0
        for cmd, desc in pool:
            if count == PER_SLICE:
                break
            if cmd in used or tools.get(tool_of(cmd), 0) >= 2:
                continue
            why = why_text(desc)
            line = None
            for _ in range(6):
                if slice_name == "clean":
                    cand = render_clean(cmd, rng)
                elif slice_name == "fuzzy":
                    cand = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    cand = render_natural(cmd, why, rng)
                else:
                    cand = render_chaotic(cmd, why, rng)
                    if not _has_correction(cand):
                        continue
                if cand not in inputs and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
            inputs.add(line)
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"only {count} lines for slice {slice_name}")
    return rows


def main() -> None:
    rows = build()
    for r in rows:
        assert decode(r["input"]) == r["command"], r
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {s: sum(r["slice"] == s for r in rows) for s in SLICES}
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
