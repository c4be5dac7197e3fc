"""Independent voice-to-bash evaluation set no. 45: "Marcus", a Dragon NaturallySpeaking veteran.

Writes assets/training/bash/author45.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic; each line is {"input", "command", "slice", "author"}. Deterministic: a single
random.Random(45) consumed in a fixed order, so reruns are byte-identical.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" and "description" fields of
assets/training/bash/pages_dev40_commands.jsonl (only lines whose 0-based number % 6 == 0).

Persona
-------
Marcus is a developer with RSI who has dictated everything through Dragon NaturallySpeaking for
ten years. He speaks Dragon's command language out of habit, even when Whisper is listening:
"cap", "all caps", "no space on", "literal", "spell that", "scratch that", "press enter". He is
short and efficient; in ordinary dictation he says "type ..." or "insert ..." and rarely explains
why. Whisper writes what he says: ordinary words, digits, file names, paths and flags it
recognises ("-la", "/etc/hosts", "config.yaml") as text; symbols he names stay words.

Vocabulary (every name below is a word sequence; matching ignores case and edge punctuation)
-------------------------------------------------------------------------------------------
  -  dash, minus (a flag dash: glues to the NEXT word)   hyphen (glues to BOTH sides)
  .  dot, point, period     /  slash, forward slash      \\  backslash
  ~  tilde, tilda           |  vertical bar, pipe        *  asterisk, star
  =  equals sign, equals    :  colon                     _  underscore
  @  at sign                ,  comma                     ;  semicolon
  (  open paren, open parenthesis        )  close paren, close parenthesis
  "  open quote / close quote             '  open single quote / close single quote
  [  open bracket, open square bracket    ]  close bracket, close square bracket
  {  open brace, open curly brace         }  close brace, close curly brace
  >  greater than sign, greater than      <  less than sign, less than
  $  dollar sign, dollar    %  percent sign, percent     +  plus sign, plus
  !  exclamation mark, exclamation point, bang           ?  question mark
  #  pound sign, hash sign  &  ampersand
Case:   "cap X" capitalises the next word; "all caps X" upper-cases the next word;
        "all caps on" ... "all caps off" upper-cases every word in between.
Join:   "no space on" ... "no space off": everything in between is typed as ONE word.
Digits: "numeral five" / "numeral 5" always types the digit 5.
Escape: "literal X" types the word X even when X is a vocabulary word ("literal dash").
Spell:  "spell" (or "spell that") followed by single letters / digits ("A N T S A", "a-n-t-s-a",
        "cap x" for an upper-case letter) types them as one lower-case word.

Two registers
-------------
Protocol (clean, fuzzy, some chaotic): the word "space" is said exactly where the command has a
space; every other word is joined to its neighbours; digits are said as digit words ("one zero
two four"); all case comes from cap / all caps (Whisper's own capitals are ignored). Fuzzy adds
Whisper's slips: synonyms (minus, period, point, forward slash, pipe, star, equals ...), a
capitalised first word, a final full stop, commas after some "space"s, digits written as
numerals, compound names split in two ("file system") - none of them change the command.

Natural (natural, most chaotic): "space" is never said. The command follows the Dragon-style
trigger "type" / "insert" (start of a sentence or clause, or after "and/then/now/just/please";
"type this:" also works) and ends at "press enter" / "hit enter" or at the first sentence end.
Words before the trigger and after the end are framing. Inside the command Whisper's words keep
their exact case and are separated by single spaces, except around named symbols, which follow
Dragon's spacing: dash, minus, tilde, open quote/paren/bracket/brace, dollar, plus, bang, pound
attach to the next word; close quote/paren/bracket/brace, comma, semicolon, question mark and
percent attach to the previous word; hyphen, dot, slash, backslash, underscore, colon, equals,
and at sign attach to both; vertical bar, asterisk, greater/less than and ampersand stand
alone (an attaching neighbour still wins: "asterisk dot py" is "*.py").
Number words stay words here; Whisper writes digits. Other Whisper punctuation inside the
command is typed as written (only the final full stop or comma is dropped).

Which register? After the corrections below, a transcript is natural when it has a trigger and
no word "space" after the last one; otherwise the whole transcript is protocol (its Whisper
punctuation is ignored). "press enter" / "hit enter" ends the dictation in both registers.

Corrections and disfluencies (applied first; a "phrase" is the text up to Whisper's next
, . ; ! ? mark)
----------------------------------------------------------------------------------------------
- "scratch that" / "undo that" / "delete that" (a phrase on its own) deletes the phrase before
  it. The pause comma in front of a deleted or dropped phrase is not typed (it still marks
  where that phrase began).
- "spell that" deletes the phrase before it and spells the replacement that follows.
- "correct X" / "select X" followed by a phrase Y replaces the last X already said with Y;
  dictation then continues at the end.
- A second trigger restarts the command: the last "type"/"insert" wins ("Type git st... Type").
- Fillers um / uh / er / erm / hmm vanish; aside phrases (hang on, hold on, wait, sorry, where
  was I, one sec, let me see, no, nope, oops, okay, right, wake up, mic on, mic off) vanish;
  "go to sleep" ... "wake up" (or the end) is not dictation at all.
- "new line" is never inside a command (only as framing before the trigger).

Ambiguities resolved by this guide: "dash" vs "hyphen" matter only in natural speech; a word
that is itself a vocabulary word is always preceded by "literal"; a flag that Whisper writes as
text ("--verbose") is taken literally; "correct X" needs X to be exactly what was said.

Selection: each source command at most once; ASCII, at most 80 characters; a tool (the first
word, or the word after sudo) at most twice in the file. A candidate line that the listener
(decode) does not turn back into its command is rejected and replaced.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
OUTPUT = ROOT / "assets" / "training" / "bash" / "author45.jsonl"
AUTHOR = "author45"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

PRE, IN, SUF, FREE = "pre", "in", "suf", "free"
SYMBOLS = {
    "dash": ("-", PRE), "minus": ("-", PRE), "hyphen": ("-", IN),
    "dot": (".", IN), "point": (".", IN), "period": (".", IN),
    "slash": ("/", IN), "forward slash": ("/", IN), "backslash": ("\\", IN),
    "tilde": ("~", PRE), "tilda": ("~", PRE),
    "vertical bar": ("|", FREE), "pipe": ("|", FREE),
    "asterisk": ("*", FREE), "star": ("*", FREE),
    "equals sign": ("=", IN), "equals": ("=", IN),
    "colon": (":", IN), "underscore": ("_", IN), "at sign": ("@", IN),
    "comma": (",", SUF), "semicolon": (";", SUF),
    "open paren": ("(", PRE), "open parenthesis": ("(", PRE),
    "close paren": (")", SUF), "close parenthesis": (")", SUF),
    "open quote": ('"', PRE), "close quote": ('"', SUF),
    "open single quote": ("'", PRE), "close single quote": ("'", SUF),
    "open bracket": ("[", PRE), "open square bracket": ("[", PRE),
    "close bracket": ("]", SUF), "close square bracket": ("]", SUF),
    "open brace": ("{", PRE), "open curly brace": ("{", PRE),
    "close brace": ("}", SUF), "close curly brace": ("}", SUF),
    "greater than sign": (">", FREE), "greater than": (">", FREE),
    "less than sign": ("<", FREE), "less than": ("<", FREE),
    "dollar sign": ("$", PRE), "dollar": ("$", PRE),
    "percent sign": ("%", SUF), "percent": ("%", SUF),
    "plus sign": ("+", PRE), "plus": ("+", PRE),
    "exclamation mark": ("!", PRE), "exclamation point": ("!", PRE), "bang": ("!", PRE),
    "question mark": ("?", SUF),
    "pound sign": ("#", PRE), "hash sign": ("#", PRE),
    "ampersand": ("&", FREE),
}
DIGITS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
DIGIT_WORDS = {v: k for k, v in DIGITS.items()}
CONTROL = {
    "space", "cap", "all caps", "all caps on", "all caps off", "no space on", "no space off",
    "numeral", "literal", "spell", "spell that",
}
FILLERS = {"um", "uh", "uhm", "er", "erm", "hmm"}
ASIDES = {
    "hang on", "hold on", "wait", "sorry", "where was i", "one sec", "let me see", "no", "nope",
    "oops", "okay", "right", "wake up", "mic on", "mic off",
}
SCRATCH = {"scratch that", "undo that", "delete that"}

SLEEP_RE = re.compile(r"\bgo to sleep\b.*?(?:\bwake up\b[,.;!?]*|$)", re.I | re.S)
ENTER_RE = re.compile(r"\s*[,.;]?\s*\b(?:(?:and|then)\s+)?(?:press|hit)\s+enter\b.*$", re.I | re.S)
TRIGGER_RE = re.compile(
    r"(?:^|[.,;:!?]\s+|\b(?:and|then|now|just|please)\s+)(?:type|insert)\b(?:\s+this\b)?:?(?=\s|$)",
    re.I,
)
NOSPACE_RE = re.compile(r"\bno space o(?:n|ff)\b", re.I)
SPACE_RE = re.compile(r"\bspace\b", re.I)
SENTENCE_END_RE = re.compile(r"[.!?]+(?=\s|$)")


# ----------------------------------------------------------------------------------- listener
def _norm(word: str) -> str:
    return word.lower().strip(",.;:!?")


def _match(norms: list[str], i: int, natural: bool) -> str | None:
    """Longest vocabulary phrase starting at word i."""
    for n in (4, 3, 2, 1):
        if i + n > len(norms):
            continue
        key = " ".join(norms[i:i + n])
        if key in SYMBOLS or key in CONTROL or (n == 1 and not natural and key in DIGITS):
            return key
    return None


def _spelled(norms: list[str], i: int) -> tuple[str, int]:
    """Letters after "spell": returns (text, next index)."""
    out = ""
    while i < len(norms):
        w = norms[i]
        if w == "cap" and i + 1 < len(norms) and re.fullmatch(r"[a-z]", norms[i + 1]):
            out += norms[i + 1].upper()
            i += 2
        elif re.fullmatch(r"[a-z0-9](?:-[a-z0-9])*", w):
            out += w.replace("-", "")
            i += 1
        elif w in DIGITS:
            out += DIGITS[w]
            i += 1
        else:
            break
    return out, i


def _events(words: list[str], natural: bool) -> list[tuple]:
    norms = [_norm(w) for w in words]
    events: list[tuple] = []
    pending = None
    caps_lock = False

    def word(text: str) -> None:
        nonlocal pending
        if caps_lock or pending == "upper":
            text = text.upper()
        elif pending == "cap" and text:
            text = text[0].upper() + text[1:]
        pending = None
        events.append(("W", text))

    def raw(k: int) -> str:
        return words[k] if natural else norms[k]

    i = 0
    while i < len(words):
        if not norms[i] and not natural:
            i += 1
            continue
        key = _match(norms, i, natural)
        if key is None:
            word(raw(i))
            i += 1
            continue
        i += len(key.split())
        if key in SYMBOLS:
            events.append(("S",) + SYMBOLS[key])
        elif key in DIGITS:
            word(DIGITS[key])
        elif key == "space":
            events.append(("SP",))
        elif key == "cap":
            pending = "cap"
        elif key == "all caps":
            pending = "upper"
        elif key == "all caps on":
            caps_lock = True
        elif key == "all caps off":
            caps_lock = False
        elif key == "no space on":
            events.append(("ON",))
        elif key == "no space off":
            events.append(("OFF",))
        elif key in ("spell", "spell that"):
            text, i = _spelled(norms, i)
            if text:
                events.append(("W", text))
        elif key == "numeral" and i < len(words):
            nxt = norms[i]
            word(DIGITS.get(nxt, nxt if nxt.isdigit() else raw(i)))
            i += 1
        elif key == "literal" and i < len(words):
            word(raw(i))
            i += 1
    return events


def _render(words: list[str], natural: bool) -> str:
    events = _events(words, natural)
    if not natural:
        return "".join(" " if e[0] == "SP" else e[1] for e in events if e[0] in ("W", "S", "SP"))
    out = ""
    glue = True
    i = 0
    while i < len(events):
        ev = events[i]
        i += 1
        if ev[0] == "ON":
            joined = ""
            while i < len(events) and events[i][0] != "OFF":
                if events[i][0] in ("W", "S"):
                    joined += events[i][1]
                i += 1
            i += 1
            ev = ("W", joined)
        if ev[0] == "W":
            out += ("" if glue or not out else " ") + ev[1]
            glue = False
        elif ev[0] == "S":
            _, ch, kind = ev
            if kind in (PRE, FREE) and out and not glue:
                out += " "
            out += ch
            glue = kind in (PRE, IN)
        elif ev[0] == "SP":
            out += " "
            glue = True
    return out


def _edit(text: str) -> str:
    """Apply fillers, asides, scratch that, spell that, correct/select."""
    toks: list[list] = []
    for raw in text.split():
        core, punct = re.fullmatch(r"(.*?)([,.;!?]*)", raw).groups()
        if not core:
            if toks:
                toks[-1][1] += punct
            continue
        toks.append([core, punct, False])
    phrases: list[list[list]] = []
    cur: list[list] = []
    for t in toks:
        cur.append(t)
        if t[1]:
            phrases.append(cur)
            cur = []
    if cur:
        phrases.append(cur)
    for p in phrases:
        punct = p[-1][1]
        p[:] = [t for t in p if t[0].lower() not in FILLERS]
        if p:
            p[-1][1] = punct

    kept: list[list[list]] = []

    def unpause() -> None:
        # a pause comma next to removed material is not typed
        if kept and kept[-1] and kept[-1][-1][1] == ",":
            kept[-1][-1][2] = True

    i = 0
    while i < len(phrases):
        p = phrases[i]
        key = " ".join(_norm(t[0]) for t in p)
        if not p or key in ASIDES:
            unpause()
            i += 1
            continue
        if key in SCRATCH or key == "spell that":
            if kept:
                kept.pop()
            unpause()
            if key == "spell that":
                kept.append([["spell", "", False]])
            i += 1
            continue
        first = _norm(p[0][0])
        if first in ("correct", "select") and len(p) > 1 and i + 1 < len(phrases):
            target = [_norm(t[0]) for t in p[1:]]
            flat = [t for ph in kept for t in ph]
            pos = None
            for s in range(len(flat) - len(target), -1, -1):
                if [_norm(t[0]) for t in flat[s:s + len(target)]] == target:
                    pos = s
                    break
            if pos is not None:
                repl = [[t[0], "", False] for t in phrases[i + 1]]
                kept = [flat[:pos] + repl + flat[pos + len(target):]]
                unpause()
                i += 2
                continue
        kept.append(p)
        i += 1
    return " ".join(t[0] + ("" if t[2] else t[1]) for ph in kept for t in ph)


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    text = " ".join(line.split())
    text = SLEEP_RE.sub(" ", text)
    text = ENTER_RE.sub("", text)
    text = _edit(text)
    trigger = None
    for m in TRIGGER_RE.finditer(text):
        trigger = m
    if trigger is not None:
        span = text[trigger.end():]
        if not SPACE_RE.search(NOSPACE_RE.sub(" ", span)):
            end = SENTENCE_END_RE.search(span)
            if end:
                span = span[:end.start()]
            span = span.strip().rstrip(",;").strip()
            return _render(span.split(), natural=True)
    return _render(text.split(), natural=False)


# ------------------------------------------------------------------------------------ speaker
CLEAN_NAMES = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "~": "tilde",
    "|": "vertical bar", "*": "asterisk", "=": "equals sign", ":": "colon", "_": "underscore",
    "@": "at sign", "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace", ">": "greater than sign",
    "<": "less than sign", "$": "dollar sign", "%": "percent sign", "+": "plus sign",
    "!": "exclamation mark", "?": "question mark", "#": "pound sign", "&": "ampersand",
    ",": "comma", ";": "semicolon",
}
FUZZY_NAMES = {
    "dash": ["minus", "hyphen"], "hyphen": ["minus", "dash"], "dot": ["period", "point"],
    "point": ["dot", "period"], "slash": ["forward slash"], "tilde": ["tilda"],
    "vertical bar": ["pipe"], "asterisk": ["star"], "equals sign": ["equals"],
    "greater than sign": ["greater than"], "less than sign": ["less than"],
    "dollar sign": ["dollar"], "percent sign": ["percent"], "plus sign": ["plus"],
    "exclamation mark": ["bang", "exclamation point"], "open paren": ["open parenthesis"],
    "close paren": ["close parenthesis"], "open bracket": ["open square bracket"],
    "close bracket": ["close square bracket"], "pound sign": ["hash sign"],
}
COMPOUNDS = {
    "filesystem": "file system", "localhost": "local host", "screensaver": "screen saver",
    "wordlist": "word list", "userslist": "users list", "blocklist": "block list",
    "username": "user name", "password": "pass word", "hostname": "host name",
    "snapshot": "snap shot", "headless": "head less", "upstream": "up stream",
    "poweroff": "power off", "outdated": "out dated", "flameshot": "flame shot",
    "speedtest": "speed test", "database": "data base", "workmail": "work mail",
    "watchman": "watch man", "helpfile": "help file", "certfile": "cert file",
    "gitconfig": "git config", "appconfig": "app config", "toolchain": "tool chain",
    "thinpool": "thin pool", "skiplock": "skip lock", "lightsail": "light sail",
    "bootstrap": "boot strap", "changeme": "change me", "noconfirm": "no confirm",
    "noheader": "no header", "verylong": "very long", "secureboot": "secure boot",
    "distfiles": "dist files", "filenames": "file names", "tailscale": "tail scale",
    "software": "soft ware", "diffedit": "diff edit", "blurlock": "blur lock",
    "silentcast": "silent cast", "bundletool": "bundle tool", "backup": "back up",
    "whoami": "who am i", "uptime": "up time", "dryrun": "dry run", "keyfile": "key file",
    "toolbox": "tool box", "gitlab": "git lab", "webpack": "web pack", "workdir": "work dir",
    "changelist": "change list", "passwords": "pass words", "servernum": "server num",
    "gotelemetry": "go telemetry", "mkhomedir": "mk home dir",
}
SOUNDALIKE = {
    "data": "date", "test": "text", "main": "mane", "demo": "memo", "foo": "food",
    "alpha": "alfa", "docs": "dogs", "list": "lists", "show": "so", "run": "ran",
    "install": "instal", "build": "built", "config": "confit", "report": "reports",
    "projects": "project", "status": "state", "set": "said", "get": "git", "git": "get",
    "tmp": "temp", "src": "source", "logs": "locks", "file": "fail", "help": "health",
    "update": "updates", "search": "surge", "list-": "lest", "delete": "deletes",
}
EXTS = ["json", "yaml", "txt", "csv", "log", "py", "sh", "pdf", "png"]

NATURAL_FRAMES = [
    "Type {c}.",
    "Type {c}, press enter.",
    "Type {c} and press enter.",
    "Insert {c}.",
    "Insert {c}, then press enter.",
    "Switch to terminal. Type {c}. Press enter.",
    "Wake up. Type {c}, press enter. Go to sleep.",
    "Okay, type {c}.",
    "Click terminal. Insert {c}, press enter.",
    "Next one. Type {c}.",
    "New line. Type {c}, press enter.",
    "Now type {c}.",
    "Just type {c} and hit enter.",
    "In the terminal, type {c}.",
    "Type this: {c}. Press enter.",
    "Mic on. Type {c}. Mic off.",
    "Go to end. Type {c}, press enter.",
    "Right. Insert {c} and press enter.",
    "Type {c}. That's it.",
    "Terminal window. Type {c}, press enter.",
    "Please type {c}.",
    "Last one for now. Insert {c}.",
]
WHY_FRAMES = [
    "{why}. Type {c}.",
    "{why}: type {c}, press enter.",
    "Type {c}, press enter. That should {whyl}.",
    "Insert {c} and press enter. Need it to {whyl}.",
    "To {whyl}, type {c}.",
]
TRAILERS = [
    " That should do it.", " Hopefully that works.", " Let's see what it says.",
    " Okay, good.", " Right, next.", " Go to sleep.",
]
ASIDE_SAY = ["hang on", "hold on", "wait", "sorry", "where was I", "one sec", "let me see"]
SLEEP_SAY = [
    "go to sleep. Yeah, I'll be there in five. Wake up,",
    "go to sleep. Sorry, phone. Wake up,",
    "go to sleep. Can you hold the door? Thanks. Wake up,",
]


def tool_of(cmd: str) -> str:
    toks = cmd.split()
    return toks[1] if toks[0] == "sudo" and len(toks) > 1 else toks[0]


def _case_runs(alpha: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", alpha)


def _alpha_words(run: str, rng: random.Random) -> list[str]:
    """Protocol words for one letters-only run (case announced)."""
    words: list[str] = []
    for part in _case_runs(run):
        low = part.lower()
        if part.islower():
            words.append(low)
        elif len(part) == 1 or (part[0].isupper() and part[1:].islower()):
            words += ["cap", low]
        elif len(part) >= 3 and re.search(r"[aeiou]", low) and rng.random() < 0.7:
            words += ["all caps", low]
        elif rng.random() < 0.5:
            words += ["all caps on"] + list(low) + ["all caps off"]
        else:
            for ch in low:
                words += ["cap", ch]
    return words


def _escape(words: list[str], literal: list[bool], natural: bool) -> list[str] | None:
    """Insert "literal" before literal words that the listener would read as vocabulary."""
    flat = " ".join(words).split()
    lit_flat: list[bool] = []
    for w, lit in zip(words, literal, strict=True):
        lit_flat += [lit] * len(w.split())
    norms = [_norm(w) for w in flat]
    out: list[str] = []
    for i, w in enumerate(flat):
        if lit_flat[i]:
            if norms[i] in FILLERS:
                return None
            if _match(norms, i, natural) is not None:
                out.append("literal")
        out.append(w)
    return out


def protocol_units(cmd: str, rng: random.Random) -> list[tuple[str, list[str], bool]]:
    """Clean protocol as units (kind, words, literal?) - kind: space/sym/alpha/digits/ctrl."""
    units: list[tuple[str, list[str], bool]] = []
    dq = sq = False
    for ti, tok in enumerate(cmd.split(" ")):
        if ti:
            units.append(("space", ["space"], False))
        pieces = re.findall(r"[A-Za-z]+|[0-9]+|.", tok)
        for pi, piece in enumerate(pieces):
            if piece.isdigit():
                if len(piece) == 1 and rng.random() < 0.15:
                    units.append(("digits", ["numeral", DIGIT_WORDS[piece]], False))
                else:
                    units.append(("digits", [DIGIT_WORDS[d] for d in piece], False))
            elif piece.isalpha():
                for w in _alpha_words(piece, rng):
                    kind = "ctrl" if w.startswith(("cap", "all caps")) else "alpha"
                    units.append((kind, [w], kind == "alpha"))
            else:
                if piece == '"':
                    name = "close quote" if dq else "open quote"
                    dq = not dq
                elif piece == "'":
                    name = "close single quote" if sq else "open single quote"
                    sq = not sq
                elif piece == "-":
                    leading = all(p == "-" for p in pieces[:pi])
                    name = "dash" if leading or rng.random() < 0.5 else "hyphen"
                elif piece == ".":
                    between = (0 < pi < len(pieces) - 1 and pieces[pi - 1].isdigit()
                               and pieces[pi + 1].isdigit())
                    name = "point" if between and rng.random() < 0.6 else "dot"
                else:
                    name = CLEAN_NAMES[piece]
                units.append(("sym", [name], False))
    return units


def _units_words(units: list[tuple[str, list[str], bool]]) -> list[str] | None:
    words = [" ".join(u[1]) for u in units]
    return _escape(words, [u[2] for u in units], natural=False)


def clean_line(cmd: str, rng: random.Random) -> str | None:
    words = _units_words(protocol_units(cmd, rng))
    return " ".join(words) if words else None


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    units = protocol_units(cmd, rng)
    out: list[tuple[str, list[str], bool]] = []
    slips = 0
    prev_name = prev_choice = ""
    for kind, words, lit in units:
        if kind == "sym":
            name = words[0]
            if name != prev_name:
                prev_name, prev_choice = name, name
                if name in FUZZY_NAMES and rng.random() < 0.55:
                    prev_choice = rng.choice(FUZZY_NAMES[name])
                    slips += 1
            words = [prev_choice]  # a run like "dash dash" keeps one name: "minus minus"
            out.append((kind, words, lit))
            continue
        prev_name = ""
        if kind == "digits" and words[0] != "numeral" and rng.random() < 0.5:
            words = ["".join(DIGITS[w] for w in words)]
            slips += 1
        elif kind == "alpha" and words[0] in COMPOUNDS and rng.random() < 0.8:
            words = [COMPOUNDS[words[0]]]
            slips += 1
        out.append((kind, words, lit))
    words = _units_words(out)
    if words is None:
        return None
    if rng.random() < 0.4:
        idx = [i for i, w in enumerate(words) if w == "space"]
        for i in idx:
            if rng.random() < 0.4:
                words[i] = "space,"
                slips += 1
    if rng.random() < 0.6 or slips == 0:
        words[0] = words[0][0].upper() + words[0][1:]
    line = " ".join(words)
    if rng.random() < 0.5 or slips == 0:
        line += "."
    return line


WRITABLE_RE = re.compile(r"(?:[a-z0-9~/+-][a-z0-9./~+-]*|https?://[a-z0-9./:-]+)")


def _writable(tok: str) -> bool:
    return bool(WRITABLE_RE.fullmatch(tok)) and bool(re.search(r"[a-z0-9]", tok))


def _nat_run(run: str) -> list[str] | None:
    """Natural words for an alnum(.alnum) run; None when it needs a no-space group."""
    if "." in run and re.search(r"[A-Z]", run):
        words: list[str] = []
        for k, part in enumerate(run.split(".")):
            sub = _nat_run(part)
            if sub is None:
                return None
            words += (["dot"] if k else []) + sub
        return words
    if not re.search(r"[A-Z]", run):
        return [run]
    if re.search(r"[0-9]", run):
        return None
    parts = _case_runs(run)
    if len(parts) != 1:
        return None
    part = parts[0]
    if len(part) == 1 or part[1:].islower():
        return ["cap", part.lower()]
    if len(part) >= 3 and re.search(r"[AEIOU]", part):
        return ["all caps", part.lower()]
    return ["spell"] + [w for ch in part.lower() for w in ("cap", ch)]


def _sym_name(ch: str, pieces: list[str], pi: int, state: dict) -> str:
    if ch == '"':
        state["dq"] = not state["dq"]
        return "open quote" if state["dq"] else "close quote"
    if ch == "'":
        state["sq"] = not state["sq"]
        return "open single quote" if state["sq"] else "close single quote"
    if ch == "-":
        return "dash" if all(p == "-" for p in pieces[:pi]) else "hyphen"
    return CLEAN_NAMES[ch]


def _group_words(tok: str, state: dict) -> list[tuple[str, bool]]:
    """Words for a no-space group (Whisper digits, announced case)."""
    out: list[tuple[str, bool]] = [("no space on", False)]
    pieces = re.findall(r"[A-Za-z]+|[0-9]+|.", tok)
    for pi, piece in enumerate(pieces):
        if piece.isdigit():
            out.append((piece, True))
        elif piece.isalpha():
            for part in _case_runs(piece):
                low = part.lower()
                if part.islower():
                    out.append((low, True))
                elif len(part) == 1 or part[1:].islower():
                    out += [("cap", False), (low, True)]
                else:
                    out += [("all caps", False), (low, True)]
        else:
            out.append((_sym_name(piece, pieces, pi, state), False))
    out.append(("no space off", False))
    return out


def _check_token(words: list[str], tok: str, has_prev: bool, has_next: bool) -> bool:
    pre = ["aa"] if has_prev else []
    post = ["bb"] if has_next else []
    want = " ".join(pre + [tok] + post)
    return _render(pre + words + post, natural=True) == want


def natural_tokens(cmd: str, rng: random.Random, p_lit: float) -> list[str] | None:
    """Rendered words for each command token in the natural register."""
    toks = cmd.split(" ")
    state = {"dq": False, "sq": False}
    rendered: list[str] = []
    for ti, tok in enumerate(toks):
        has_prev, has_next = ti > 0, ti < len(toks) - 1
        spoken: list[tuple[str, bool]] | None = []
        sstate = dict(state)
        pieces = re.findall(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*|.", tok)
        for pi, piece in enumerate(pieces):
            if re.match(r"[A-Za-z0-9]", piece):
                sub = _nat_run(piece)
                if sub is None:
                    spoken = None
                    break
                if piece.isdigit() and len(piece) == 1 and rng.random() < 0.2:
                    sub = ["numeral", rng.choice([piece, DIGIT_WORDS[piece]])]
                spoken += [(w, w not in CONTROL and w not in SYMBOLS) for w in sub]
            else:
                spoken.append((_sym_name(piece, pieces, pi, sstate), False))
        candidates: list[list[tuple[str, bool]]] = []
        if _writable(tok) and rng.random() < p_lit:
            candidates.append([(tok, True)])
        if spoken:
            candidates.append(spoken)
        if _writable(tok):
            candidates.append([(tok, True)])
        candidates.append(_group_words(tok, dict(state)))
        state["dq"] ^= tok.count('"') % 2 == 1
        state["sq"] ^= tok.count("'") % 2 == 1
        for cand in candidates:
            words = _escape([w for w, _ in cand], [lit for _, lit in cand], natural=True)
            if words and _check_token(words, tok, has_prev, has_next):
                rendered.append(" ".join(words))
                break
        else:
            return None
    return rendered


def protocol_tokens(cmd: str, rng: random.Random) -> list[str] | None:
    """Clean protocol words for each command token (quote names follow the whole command)."""
    groups: list[list[tuple[str, list[str], bool]]] = [[]]
    for unit in protocol_units(cmd, rng):
        if unit[0] == "space":
            groups.append([])
        else:
            groups[-1].append(unit)
    out = []
    for group in groups:
        words = _units_words(group)
        if not words:
            return None
        out.append(" ".join(words))
    return out


def _why(desc: str) -> tuple[str, str] | None:
    d = desc.strip().rstrip(".")
    if not d.isascii() or len(d) > 70 or re.search(r"[<>()\[\]\"]", d) or ". " in d:
        return None
    return d, d[0].lower() + d[1:]


def natural_line(cmd: str, desc: str, rng: random.Random) -> str | None:
    for attempt in range(3):
        rendered = natural_tokens(cmd, rng, 0.6 if attempt == 0 else 1.0)
        if rendered is None:
            return None
        c = " ".join(rendered)
        if c.count("no space on") > 1:
            return None
        why = _why(desc)
        if why and rng.random() < 0.12:
            line = rng.choice(WHY_FRAMES).format(c=c, why=why[0], whyl=why[1])
        else:
            line = rng.choice(NATURAL_FRAMES).format(c=c)
        if decode(line) == cmd:
            return line
    return None


def mutate(tok: str, rng: random.Random) -> str:
    """A plausible wrong version of a token (misheard or misremembered)."""
    if tok.isdigit():
        k = rng.randrange(len(tok))
        d = rng.choice([x for x in "0123456789" if x != tok[k] and (k or x != "0")])
        return tok[:k] + d + tok[k + 1:]
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([x for x in "abcdefhlnoprstuvx" if x != tok[1].lower()])
    m = re.fullmatch(r"(.*\.)([a-z]+)", tok)
    if m and not tok.startswith("--"):
        return m.group(1) + rng.choice([e for e in EXTS if e != m.group(2)])
    runs = list(re.finditer(r"[a-z]{2,}", tok))
    if runs:
        r = runs[-1]
        w = r.group()
        if w in SOUNDALIKE:
            new = SOUNDALIKE[w]
        elif len(w) > 4 and rng.random() < 0.5:
            new = w[:-1]
        else:
            new = w + "s"
        return tok[:r.start()] + new + tok[r.end():]
    return tok + "s"


LETTER_STYLES = (" ", "-")


def _spell_out(word: str, rng: random.Random) -> str:
    upper = rng.random() < 0.6
    letters = [ch.upper() if upper else ch for ch in word]
    return rng.choice(LETTER_STYLES).join(letters)


def chaotic_line(cmd: str, desc: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    natural = rng.random() < 0.62
    rendered: list[str] | None = None
    if natural:
        rendered = natural_tokens(cmd, rng, 0.8)
        if rendered is None or " ".join(rendered).count("no space on") > 1:
            natural = False
    if not natural:
        rendered = protocol_tokens(cmd, rng)
        if rendered is None:
            return None

    def render_tok(tok: str, like: str) -> str | None:
        if natural:
            if like == toks[k] and _writable(tok):
                words = _escape([tok], [True], natural=True)
                return " ".join(words) if words else None
            got = natural_tokens(tok, rng, 0.0)
            return got[0] if got else None
        words = _units_words(protocol_units(tok, rng))
        return " ".join(words) if words else None

    sep = " " if natural else " space "
    kinds = ["scratch", "undo", "correct", "select", "scratch_all", "spell_that"]
    if natural:
        kinds.append("restart")
        kinds.append("restart")
    kind = rng.choice(kinds)
    limit = 6 if natural else 4
    simple = [
        i for i, r in enumerate(rendered)
        if len(r.split()) <= limit and "no space" not in r
        and re.search(r"[a-z0-9]", toks[i]) and not re.search("[\"']", toks[i])
    ]
    if natural:
        simple = [i for i in simple if i > 0] or simple
    if kind == "spell_that":
        simple = [i for i in simple if re.fullmatch(r"[a-z]{3,9}", toks[i])]
        if not simple:
            kind = "scratch"
            simple = [i for i, r in enumerate(rendered)
                      if len(r.split()) <= limit and re.search(r"[a-z0-9]", toks[i])
                      and not re.search("[\"']", toks[i])]
    if not simple and kind not in ("scratch_all", "restart"):
        kind = "scratch_all"
    k = rng.choice(simple) if simple else 0
    wrong_tok = mutate(toks[k], rng)
    wrong = render_tok(wrong_tok, rendered[k])
    if wrong is None or "no space" in wrong:
        return None
    before = sep.join(rendered[:k])
    after = sep.join(rendered[k + 1:])
    right = rendered[k]

    def join(*parts: str) -> str:
        return " ".join(p for p in parts if p)

    trig = rng.choice(["Type", "Type", "Insert"]) if natural else ""
    trig2 = rng.choice(["Type", "Insert"]) if natural else ""
    glue_before = before + (" space" if before and not natural else "")
    glue_after = (("space " if not natural else "") + after) if after else ""

    if kind in ("scratch", "undo"):
        marker = "scratch that" if kind == "scratch" else "undo that"
        head = join(trig, glue_before)
        body = (head + ", " if head else "") + f"{wrong}, {marker}, {join(right, glue_after)}"
    elif kind in ("correct", "select"):
        head = join(trig, glue_before, wrong)
        body = f"{head}, {kind} {wrong}, {right}" + (f", {glue_after}" if glue_after else "")
    elif kind == "spell_that":
        head = join(trig, glue_before)
        body = (head + ", " if head else "") + f"{wrong}, spell that, "
        body += join(_spell_out(toks[k], rng), glue_after)
    elif kind == "scratch_all":
        whole_wrong = sep.join(rendered[:k] + [wrong] + rendered[k + 1:])
        full = sep.join(rendered)
        if natural:
            body = f"{trig} {whole_wrong}. Scratch that. {trig2} {full}"
        else:
            body = f"{whole_wrong}. Scratch that. {full[0].upper()}{full[1:]}"
    else:  # restart
        cut = max(1, k)
        partial = sep.join(rendered[:cut])
        if len(partial.split()) > 1 and rng.random() < 0.5:
            partial = partial[: max(2, len(partial) - rng.randint(2, 4))].rstrip()
        body = f"{trig} {partial}... {trig2} {sep.join(rendered)}"

    # one extra disfluency now and then, never inside the correction itself
    extra = rng.random()
    if extra < 0.22:
        opener = rng.choice(["Um, ", "Uh, ", "Okay, um, ", "Right. "])
        if natural and not opener.endswith(". "):
            body = body[0].lower() + body[1:]
        body = opener + body
    elif extra < 0.34 and kind not in ("scratch_all", "restart"):
        body = body.replace(", ", f", {rng.choice(['um', 'uh'])}, ", 1)
    elif extra < 0.44 and natural and kind not in ("scratch_all", "restart") and before:
        first = f"{trig} {rendered[0]}"
        if body.startswith(first + " ") and k > 1:
            body = first + f", {rng.choice(ASIDE_SAY)}, " + body[len(first) + 1:]
    elif extra < 0.5 and natural and kind in ("scratch", "undo", "correct", "select"):
        body = body.replace(", ", f", {rng.choice(SLEEP_SAY)} ", 1)

    end = rng.random()
    why = _why(desc)
    if end < 0.45:
        line = body + ", press enter."
        if rng.random() < 0.4:
            if why and rng.random() < 0.5:
                line += f" That should {why[1]}."
            else:
                line += rng.choice(TRAILERS)
    elif end < 0.6:
        line = body + " and press enter."
    else:
        line = body + ("." if natural or rng.random() < 0.5 else "")
    if not natural:
        line = line[0].upper() + line[1:] if rng.random() < 0.7 else line
    if decode(line) != cmd:
        return None
    return line


# ----------------------------------------------------------------------------------- assembly
def load_pool() -> list[tuple[str, str]]:
    pool = []
    with SOURCE.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                    and "  " not in cmd and cmd == cmd.strip()):
                pool.append((cmd, row.get("description", "")))
    return pool


def make(slice_name: str, cmd: str, desc: str, rng: random.Random) -> str | None:
    for _ in range(4):
        if slice_name == "clean":
            line = clean_line(cmd, rng)
        elif slice_name == "fuzzy":
            line = fuzzy_line(cmd, rng)
        elif slice_name == "natural":
            line = natural_line(cmd, desc, rng)
        else:
            line = chaotic_line(cmd, desc, rng)
        if line and line.isascii() and "\n" not in line and decode(line) == cmd:
            return line
    return None


def main() -> None:
    rng = random.Random(45)
    pool = load_pool()
    rng.shuffle(pool)
    tools: Counter[str] = Counter()
    used: set[str] = set()
    rows = []
    for slice_name in SLICES:
        count = 0
        for cmd, desc in pool:
            if count == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            line = make(slice_name, cmd, desc, rng)
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"only {count} lines for slice {slice_name}")
    with OUTPUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {len(rows)} lines to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
