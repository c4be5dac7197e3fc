"""Author 61: Shane, an Australian DevOps engineer, dictates shell commands into Whisper.

Writes assets/training/bash/author61.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic.  Every line is {"input", "command", "slice", "author"}; "input" is what
Whisper wrote, "command" the exact command.  Run: python3 tests/bench/sixtyfirst_author.py

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command"/"description" fields of
assets/training/bash/pages_dev42_commands.jsonl (only lines whose 0-based number % 6 == 4).
Each command is used once; no tool (first word of a pipeline stage, after sudo or VAR=value)
appears more than twice in the file.

STYLE GUIDE (persona, vocabulary, listener rules)
=================================================

Persona.  Shane is laconic and dry.  He dictates into Slack huddles and tickets with his
laptop's dictation (Whisper).  Stock Australianisms: reckon, mate, heaps, no worries, she'll be
right, arvo, too easy, give it a burl, chuck in, righto, Bob's your uncle.

Vocabulary (one spoken name per symbol; the fuzzy synonyms are in brackets):
  space -> " "    dash [minus, hyphen] -> "-"     dot [period, point] -> "."
  slash [forward slash] -> "/"    pipe [vertical bar] -> "|"     tilde [squiggle] -> "~"
  star [asterisk] -> "*"          equals [equal sign, equals sign] -> "="      colon -> ":"
  underscore -> "_"               greater than [greater than sign] -> ">"      less than -> "<"
  at sign [at] -> "@"             plus -> "+"      bang [exclamation mark] -> "!"
  quote [double quote] -> '"'     single quote -> "'"      dollar -> "$"     ampersand -> "&"
  open bracket / close bracket [open paren / close paren] -> "(" ")"
  open square / close square -> "[" "]"      open curly / close curly -> "{" "}"
  semicolon -> ";"   comma -> ","   hash -> "#"   percent -> "%"   question mark -> "?"
  caret -> "^"   backslash -> "\\"   backtick -> "`"
Case: "capital x" upper-cases the first letter of the next word ("capital deja capital vu" is
DejaVu); "all caps head" upper-cases the whole next word (HEAD).
Numbers: digit words, teens, tens ("twenty four"), "five hundred", "three thousand", and pairs
("eighty eighty" is 8080, "ten twenty four" is 1024); each group is written down as its digits
and the groups are run together ("one nine two" is 192).  Whisper may write digits instead.

1. Protocol mode (clean and fuzzy slices; some chaotic lines). Once the frame is stripped,
   speech that contains the word "space" is protocol (a one-word command has no "space"; it is
   read in natural mode, which gives the same command). Every character is spoken: words are
   letter runs (lower case unless announced), symbols by name, digits as number words, and
   "space" exactly where the command has a space. Nothing else puts a space in the command: the
   listener writes the pieces down back to back, so a name Whisper split in two ("access
   analyzer") is joined again. Whisper's punctuation (a capital first word, a final full stop,
   a comma after "space") carries no meaning and is ignored; all letters are lower case unless
   "capital" / "all caps" says otherwise. Clean lines use only the first name of each symbol
   and number words; fuzzy lines mix in the bracketed synonyms, digits, and Whisper's slips.
2. Natural mode (natural slice; most chaotic lines).  "space" is never said: each word Whisper
   wrote is a separate piece of the command, and pieces are joined with a single space,
   except around glue symbols.  Whisper writes ordinary words, digits, flags, file names,
   paths and URLs as text (-la, --help, /etc/hosts, config.yaml), kept verbatim.  Spoken
   symbols are read as follows:
     - glue on both sides (no space either side): dot, slash, colon, underscore, equals, at,
       plus, comma, caret, backslash, open square;
     - glue to the right only (start a new piece): dash, tilde, hash, dollar, quote,
       open bracket, open curly;
     - glue to the left only (end the piece): unquote, semicolon, percent, question mark,
       close bracket, close square, close curly;
     - single quote and backtick alternate: the first opens (glues right), the next closes;
     - stand alone, spaced both sides: pipe, greater than, double greater than (>>),
       less than, ampersand, double ampersand (&&), bang, star.
   So "dash dash update 500" is --update 500 and "config dot yaml" is config.yaml.  A word
   that starts a sentence may carry Whisper's capital: the command's first word is never a
   capitalised plain word, so a capital on its first letter alone is dropped ("Brew outdated"
   is brew outdated; VBoxManage and Invoke-Binary keep theirs).
3. Framing (natural, chaotic).  Shane wraps the command in one stock sentence, which the
   listener strips:
     Just chuck {c} in. / Give {c} a burl. / Reckon {c}'ll do it. / {c}, too easy. /
     Righto, {c}. / Run {c}, mate. / Yeah, just run {c}. / Have a crack at {c}. /
     Whack {c} in the terminal. / Fire off {c}, no worries. / Pop {c} in the ticket, cheers. /
     All you need is {c}. / Mate, {c} and she'll be right. / Easy fix, {c}. /
     Try {c} this arvo. / Bang out {c} and Bob's your uncle. / Reckon {c} is what you're
     after. / Heaps easier to just run {c}. / For the ticket, the command is {c}. /
     No worries, {c} should sort it. / First up, {c}. / Give {c} a go and let me know how
     you go. / Chuck {c} in your terminal, too easy. / It's just {c}, mate. / {c}. Done. /
     Quick one: {c}.
   Optionally a reason (the tldr description, lower-cased, cut at its first comma or bracket)
   comes first or last, in one of these shapes, also stripped:
     Need to {why}. ... / Gotta {why}, so ... / Trying to {why} this arvo. ... /
     If you wanna {why}, ... / To {why}, ... / ... That'll {why}. / ... That should {why},
     no worries.
   The first and last words of the frame are never part of the command.
4. Disfluencies (chaotic).  The listener cleans them up in this order:
   a. asides and trailing thoughts are dropped wherever they occur: "bloody VPN's dropped out
      again", "sorry, dog's going off", "one sec, someone's at the door", "where was I",
      "Slack's lagging heaps today", "this wifi's cooked", "or something like that",
      "should be right", "give us a yell if it breaks", "anyway, that's me", "happy days";
   b. hesitations "um", "uh", "er", "ah" (with the commas around them) are dropped, and an
      ellipsis "..." is only a pause;
   c. a cut-off word ("sys- systemctl": letters and a hyphen, and the next word starts with
      those letters) is a restart of that word: the fragment is dropped;
   d. "nah scratch that" throws away everything said before it (whole-command restart);
   e. "yeah nah", "yeah nah, make that", "hang on, make that" and "I mean" correct what came
      just before.  The first word after the marker is looked up among the words before it:
      the speaker backs up to its last occurrence (or to the start of a run of it, so "dash
      dash verbose, I mean dash dash quiet" swaps the whole flag) and carries on from there.
      If that word was not said before, the correction replaces just the one word before the
      marker ("port 80, yeah nah, make that 8080").  Restating the tool name restarts the
      whole command; restating a flag replaces the flag and what followed it.
   Then the frame is stripped (3) and the command read in protocol or natural mode.

decode(line) below is that listener.  The generator keeps a candidate line only if decode
gives back its command exactly, so every line is unambiguous under this guide.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author61.jsonl"
AUTHOR = "author61"
SLICES = ["clean", "fuzzy", "natural", "chaotic"]
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary

CLEAN_NAME = {
    " ": "space", "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "~": "tilde",
    "*": "star", "=": "equals", ":": "colon", "_": "underscore", ">": "greater than",
    "<": "less than", "@": "at sign", "+": "plus", "!": "bang", '"': "quote",
    "'": "single quote", "$": "dollar", "&": "ampersand", "(": "open bracket",
    ")": "close bracket", "[": "open square", "]": "close square", "{": "open curly",
    "}": "close curly", ";": "semicolon", ",": "comma", "#": "hash", "%": "percent",
    "?": "question mark", "\\": "backslash", "^": "caret", "`": "backtick",
}
FUZZY_SYN = {
    "-": ["minus", "hyphen"], ".": ["period", "point"], "/": ["forward slash"],
    "|": ["vertical bar"], "~": ["squiggle"], "*": ["asterisk"],
    "=": ["equal sign", "equals sign"], ">": ["greater than sign"], "@": ["at"],
    "!": ["exclamation mark"], '"': ["double quote"], "(": ["open paren"],
    ")": ["close paren"],
}
PROTO_TABLE: dict[tuple[str, ...], str] = {}
for _ch, _name in CLEAN_NAME.items():
    PROTO_TABLE[tuple(_name.split())] = _ch
for _ch, _names in FUZZY_SYN.items():
    for _name in _names:
        PROTO_TABLE[tuple(_name.split())] = _ch

# natural mode: words -> (text, glue_left, glue_right); None marks an alternating symbol
NAT_TABLE: dict[tuple[str, ...], tuple[str, bool, bool] | None] = {
    ("dash",): ("-", False, True), ("dot",): (".", True, True),
    ("slash",): ("/", True, True), ("colon",): (":", True, True),
    ("underscore",): ("_", True, True), ("equals",): ("=", True, True),
    ("at",): ("@", True, True), ("plus",): ("+", True, True),
    ("comma",): (",", True, True), ("caret",): ("^", True, True),
    ("backslash",): ("\\", True, True), ("open", "square"): ("[", True, True),
    ("tilde",): ("~", False, True), ("hash",): ("#", False, True),
    ("dollar",): ("$", False, True), ("quote",): ('"', False, True),
    ("open", "bracket"): ("(", False, True), ("open", "curly"): ("{", False, True),
    ("unquote",): ('"', True, False), ("semicolon",): (";", True, False),
    ("percent",): ("%", True, False), ("question", "mark"): ("?", True, False),
    ("close", "bracket"): (")", True, False), ("close", "square"): ("]", True, False),
    ("close", "curly"): ("}", True, False),
    ("pipe",): ("|", False, False), ("greater", "than"): (">", False, False),
    ("double", "greater", "than"): (">>", False, False),
    ("less", "than"): ("<", False, False), ("ampersand",): ("&", False, False),
    ("double", "ampersand"): ("&&", False, False), ("bang",): ("!", False, False),
    ("star",): ("*", False, False),
    ("single", "quote"): None, ("backtick",): None,
}
NAT_TOGGLE = {("single", "quote"): "'", ("backtick",): "`"}
NAT_SPOKEN = {
    "-": "dash", ".": "dot", "/": "slash", ":": "colon", "_": "underscore", "=": "equals",
    "@": "at", "+": "plus", ",": "comma", "^": "caret", "\\": "backslash", "[": "open square",
    "~": "tilde", "#": "hash", "$": "dollar", "(": "open bracket", "{": "open curly",
    ";": "semicolon", "%": "percent", "?": "question mark", ")": "close bracket",
    "]": "close square", "}": "close curly", "|": "pipe", ">": "greater than",
    ">>": "double greater than", "<": "less than", "&": "ampersand",
    "&&": "double ampersand", "!": "bang", "*": "star", "'": "single quote",
    "`": "backtick",
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"hundred", "thousand"}

FRAMES = [
    "Just chuck {c} in.", "Give {c} a burl.", "Reckon {c}'ll do it.", "{c}, too easy.",
    "Righto, {c}.", "Run {c}, mate.", "Yeah, just run {c}.", "Have a crack at {c}.",
    "Whack {c} in the terminal.", "Fire off {c}, no worries.",
    "Pop {c} in the ticket, cheers.", "All you need is {c}.",
    "Mate, {c} and she'll be right.", "Easy fix, {c}.", "Try {c} this arvo.",
    "Bang out {c} and Bob's your uncle.", "Reckon {c} is what you're after.",
    "Heaps easier to just run {c}.", "For the ticket, the command is {c}.",
    "No worries, {c} should sort it.", "First up, {c}.",
    "Give {c} a go and let me know how you go.", "Chuck {c} in your terminal, too easy.",
    "It's just {c}, mate.", "{c}. Done.", "Quick one: {c}.",
]
# frames that read well after "Gotta ..., so" (a verb or the command comes first)
FRAMES_AFTER_COMMA = [
    "Just chuck {c} in.", "Give {c} a burl.", "{c}, too easy.", "Run {c}, mate.",
    "Have a crack at {c}.", "Whack {c} in the terminal.", "Fire off {c}, no worries.",
    "Try {c} this arvo.", "Bang out {c} and Bob's your uncle.",
    "Chuck {c} in your terminal, too easy.", "Give {c} a go and let me know how you go.",
    "Reckon {c}'ll do it.",
]
WHY_PRE = ["Need to {w}. ", "Gotta {w}, so ", "Trying to {w} this arvo. ",
           "If you wanna {w}, ", "To {w}, "]  # after ". " a new sentence, else a clause
WHY_POST = [" That'll {w}.", " That should {w}, no worries."]
ASIDES = ["bloody VPN's dropped out again", "sorry, dog's going off",
          "one sec, someone's at the door", "where was I", "Slack's lagging heaps today",
          "this wifi's cooked"]
TRAILING = ["or something like that", "should be right", "give us a yell if it breaks",
            "anyway, that's me", "happy days"]
FILLERS = ["um", "uh", "er", "ah"]
WHY_VERBS = {
    "list", "display", "show", "start", "create", "remove", "delete", "run", "install", "set",
    "print", "compile", "open", "convert", "enable", "disable", "search", "update", "upgrade",
    "check", "execute", "build", "add", "send", "connect", "export", "import", "read",
    "generate", "render", "restore", "scan", "sign", "stop", "clone", "compare", "format",
    "lint", "decode", "capture", "extract", "download", "launch", "edit", "view", "get",
    "fetch", "change", "mark", "move", "resume", "cancel", "play", "produce", "write", "query",
    "specify", "use", "reindex", "save", "sort", "unset", "initialize", "migrate", "optimize",
    "package", "parse", "filter", "share", "reply", "measure", "bundle", "define", "describe",
    "apply", "log", "enter", "clean", "stage", "analyze", "process", "calculate", "append",
    "encrypt", "translate", "wake", "overwrite", "report", "cluster", "collect", "manage",
    "discover", "resample", "flash", "enroll", "compress", "scale", "copy", "examine", "take",
}
LONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--dry-run", "--json", "--global"]
SWAP_WORDS = ["main", "test", "prod", "staging", "backup", "dev", "release", "latest"]
SUBWORDS = ["access", "analyzer", "docker", "machine", "config", "server", "client", "sealed",
            "secret", "update", "list", "data", "file", "name", "back", "type", "time",
            "power", "work", "book", "mark", "node", "script", "screen", "shot", "load",
            "down", "sync", "base", "host", "user", "group", "info", "port", "size", "check",
            "read", "write", "clean", "store", "test", "page", "image", "pixel", "art",
            "viewer", "play", "space", "count", "status", "import", "export", "forward",
            "media", "dump", "view", "profile", "snap", "shell", "frame", "stat", "build"]

# ---------------------------------------------------------------- listener


def _norm(word: str) -> str:
    return word.lower().rstrip(",.!?")


def _match(words: list[str], i: int, table: dict) -> tuple[tuple[str, ...], int] | None:
    for size in (3, 2, 1):
        key = tuple(w.lower() for w in words[i:i + size])
        if len(key) == size and key in table:
            return key, size
    return None


def _parse_number(words: list[str], i: int) -> tuple[str, int]:
    out = []
    n = len(words)
    while i < n and words[i] in NUMWORDS:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else ""
        if w in UNITS and nxt == "hundred":
            value = UNITS.index(w) * 100
            i += 2
            nxt = words[i] if i < n else ""
            if nxt in TENS[2:]:
                value += TENS.index(nxt) * 10
                i += 1
                nxt = words[i] if i < n else ""
                if nxt in UNITS[1:]:
                    value += UNITS.index(nxt)
                    i += 1
            elif nxt in TEENS:
                value += 10 + TEENS.index(nxt)
                i += 1
            elif nxt in UNITS[1:]:
                value += UNITS.index(nxt)
                i += 1
            out.append(str(value))
        elif w in UNITS and nxt == "thousand":
            out.append(str(UNITS.index(w) * 1000))
            i += 2
        elif w in UNITS:
            out.append(str(UNITS.index(w)))
            i += 1
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
        elif w in TENS[2:]:
            value = TENS.index(w) * 10
            i += 1
            if i < n and words[i] in UNITS[1:]:
                value += UNITS.index(words[i])
                i += 1
            out.append(str(value))
        else:  # a stray "hundred" / "thousand"
            out.append(w)
            i += 1
    return "".join(out), i


def _protocol(text: str) -> str:
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in text.split()]
    words = [w for w in words if w]
    out = []
    i = 0
    while i < len(words):
        hit = _match(words, i, PROTO_TABLE)
        if hit:
            out.append(PROTO_TABLE[hit[0]])
            i += hit[1]
        elif words[i] == "capital" and i + 1 < len(words):
            out.append(words[i + 1][:1].upper() + words[i + 1][1:])
            i += 2
        elif words[i] == "all" and i + 2 < len(words) and words[i + 1] == "caps":
            out.append(words[i + 2].upper())
            i += 3
        elif words[i] in NUMWORDS:
            digits, i = _parse_number(words, i)
            out.append(digits)
        else:
            out.append(words[i])
            i += 1
    return "".join(out)


def _natural(text: str) -> str:
    words = text.split()
    if not words:
        return ""
    first = words[0]
    if first[:1].isupper() and not any(ch.isupper() for ch in first[1:]):
        words[0] = first[0].lower() + first[1:]
    items: list[tuple[str, bool, bool]] = []
    open_toggle: dict[str, bool] = {}
    i = 0
    while i < len(words):
        hit = _match(words, i, NAT_TABLE)
        low = words[i].lower()
        if hit:
            key, size = hit
            if key in NAT_TOGGLE:
                ch = NAT_TOGGLE[key]
                is_open = not open_toggle.get(ch, False)
                open_toggle[ch] = is_open
                items.append((ch, not is_open, is_open))
            else:
                items.append(NAT_TABLE[key])
            i += size
        elif low == "capital" and i + 1 < len(words):
            nxt = words[i + 1]
            items.append((nxt[:1].upper() + nxt[1:], False, False))
            i += 2
        elif low == "all" and i + 2 < len(words) and words[i + 1].lower() == "caps":
            items.append((words[i + 2].upper(), False, False))
            i += 3
        else:
            items.append((words[i], False, False))
            i += 1
    out = items[0][0]
    for prev, cur in zip(items, items[1:], strict=False):
        out += ("" if prev[2] or cur[1] else " ") + cur[0]
    return out


def _frame_regex(template: str) -> re.Pattern[str]:
    before, after = template.split("{c}")
    after = after[:-1] if after.endswith(".") else after
    return re.compile("^" + re.escape(before) + "(?P<c>.+?)" + re.escape(after) + r"\.?$",
                      re.IGNORECASE)


def _why_pre_regex(template: str) -> re.Pattern[str]:
    before, after = template.split("{w}")
    return re.compile("^" + re.escape(before) + r"(?P<w>[^,.:]+?)" + re.escape(after)
                      + "(?P<r>.+)$", re.IGNORECASE)


def _why_post_regex(template: str) -> re.Pattern[str]:
    before, after = template.split("{w}")
    return re.compile("^(?P<r>.+?)" + re.escape(before) + r"(?P<w>[^,.:]+?)" + re.escape(after)
                      + "$", re.IGNORECASE)


FRAME_RES = [_frame_regex(t) for t in FRAMES]
WHY_RES = [_why_pre_regex(t) for t in WHY_PRE] + [_why_post_regex(t) for t in WHY_POST]
ASIDE_RE = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in ASIDES + TRAILING)
                      + r")\b[.,!]*", re.IGNORECASE)
FILLER_RE = re.compile(r",?\s*\b(?:" + "|".join(FILLERS) + r")\b[,.]*", re.IGNORECASE)
FRAGMENT_RE = re.compile(r"\b([a-z]+)- (?=\1)", re.IGNORECASE)
SCRATCH_RE = re.compile(r"\bnah,? scratch that\b[.,!]*", re.IGNORECASE)
CORRECT_RE = re.compile(r"[,.]?\s*\b(?:yeah,? nah(?:,? make that)?|hang on,? make that|I mean)"
                        r"\b[,.]?", re.IGNORECASE)


def _apply_corrections(text: str) -> str:
    while True:
        m = CORRECT_RE.search(text)
        if not m:
            return text
        before = text[:m.start()].split()
        after = text[m.end():].split()
        if not after:
            return " ".join(before)
        key = _norm(after[0])
        j = None
        for k in range(len(before) - 1, -1, -1):
            if _norm(before[k]) == key:
                j = k
                break
        if j is None:
            kept = before[:-1]
        else:
            while j > 0 and _norm(before[j - 1]) == key:
                j -= 1
            kept = before[:j]
        text = " ".join(kept + after)


def _strip_frame(text: str) -> str:
    for rx in WHY_RES:
        m = rx.match(text)
        if m:
            text = m.group("r").strip()
            break
    for rx in FRAME_RES:
        m = rx.match(text)
        if m:
            return m.group("c").strip()
    return text


def decode(line: str) -> str:
    """The careful listener of the style guide: transcript -> command."""
    text = ASIDE_RE.sub(" ", line)
    text = FILLER_RE.sub(" ", text)
    text = FRAGMENT_RE.sub("", text)
    text = text.replace("...", " ")
    text = " ".join(text.split())
    parts = SCRATCH_RE.split(text)
    text = parts[-1].lstrip(" ,.") if len(parts) > 1 else text
    text = _apply_corrections(text)
    text = " ".join(text.split())
    span = _strip_frame(text)
    if any(re.sub(r"[^a-z]", "", w.lower()) == "space" for w in span.split()):
        return _protocol(span)
    return _natural(span)


# ---------------------------------------------------------------- renderers

PIECE_RE = re.compile(r"[A-Z]{3,}(?=[a-z])|[A-Z]{2,}(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+|.")
PROTO_FRAMES = ["Righto, {c}.", "{c}, too easy.", "Quick one: {c}.", "First up, {c}."]


def _say_two(n: int) -> list[str]:
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])


def _say_digits(d: str, rng: random.Random) -> list[str]:
    options = [[UNITS[int(c)] for c in d]]
    if len(d) > 1 and d[0] != "0":
        n = int(d)
        if len(d) == 2:
            options = [_say_two(n)] * 3 + options
        elif len(d) == 3 and d[1:] == "00":
            options = [[UNITS[n // 100], "hundred"]] * 3 + options
        elif len(d) == 3:
            options.append([UNITS[n // 100], "hundred"] + _say_two(n % 100))
        elif len(d) == 4 and d[1:] == "000":
            options = [[UNITS[n // 1000], "thousand"]] * 3 + options
        elif len(d) == 4 and d[2] != "0":
            options = [_say_two(int(d[:2])) + _say_two(int(d[2:]))] * 2 + options
    return rng.choice(options)


def proto_units(token: str, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """One command token as (kind, source, words) units in clean protocol."""
    units = []
    leading = True
    for piece in PIECE_RE.findall(token):
        if piece != "-":
            leading = False
        if piece.isdigit():
            units.append(("num", piece, _say_digits(piece, rng)))
        elif piece.isalpha() and piece.islower():
            units.append(("word", piece, [piece]))
        elif piece.isalpha() and len(piece) > 1 and piece.isupper():
            units.append(("caps", piece, ["all", "caps", piece.lower()]))
        elif piece.isalpha():
            units.append(("cap", piece, ["capital", piece.lower()]))
        else:
            kind = "lead" if leading else "sym"
            units.append((kind, piece, CLEAN_NAME[piece].split()))
    return units


def proto_words(tokens: list[str], rng: random.Random) -> list[list[str]]:
    return [[w for u in proto_units(t, rng) for w in u[2]] for t in tokens]


def join_tokens(per_token: list[list[str]], sep: list[str]) -> list[str]:
    out: list[str] = []
    for k, words in enumerate(per_token):
        if k:
            out += sep
        out += words
    return out


def fuzzy_line(tokens: list[str], rng: random.Random) -> str:
    """Protocol with looser synonyms (chosen once per line) and Whisper's slips."""
    names: dict[str, str] = {}

    def name_for(key: str, char: str) -> list[str]:
        if key not in names:
            if key == "lead":
                names[key] = rng.choice(["dash", "minus", "minus"])
            elif key == "inner-":
                names[key] = rng.choice(["dash", "hyphen", "hyphen", "minus"])
            else:
                names[key] = rng.choice([CLEAN_NAME[char]] + FUZZY_SYN.get(char, []) * 2)
        return names[key].split()

    words: list[str] = []
    split_done = False
    digits_p = rng.choice([0.0, 0.5, 1.0])
    comma_p = rng.choice([0.0, 0.3, 0.6])
    for k, tok in enumerate(tokens):
        if k:
            words.append("space," if rng.random() < comma_p else "space")
        for kind, src, spoken in proto_units(tok, rng):
            if kind == "lead":
                words += name_for("lead", src)
            elif kind == "sym" and src == "-":
                words += name_for("inner-", src)
            elif kind == "sym":
                words += name_for(src, src)
            elif kind == "num" and rng.random() < digits_p:
                words.append(src)
            elif kind == "word" and len(src) >= 7 and not split_done and rng.random() < 0.6:
                cuts = [i for i in range(3, len(src) - 2)
                        if src[:i] in SUBWORDS or src[i:] in SUBWORDS]
                if cuts:
                    cut = rng.choice(cuts)
                    words += [src[:cut], src[cut:]]
                    split_done = True
                else:
                    words += spoken
            else:
                words += spoken
    if rng.random() < 0.6:
        words[0] = cap_first(words[0])
    text = " ".join(words)
    if rng.random() < 0.55:
        text += "."
    if text == text.lower() and "." not in text and "," not in text and not split_done:
        if not any(w.isdigit() for w in words) and not any(n != CLEAN_NAME.get(c, n)
                                                         for c, n in names.items()):
            text = cap_first(text) + "."
    return text


def nat_token(token: str, mode: str, rng: random.Random) -> list[str]:
    """One command token as Whisper writes it in natural mode ("lit" or "spoken")."""
    if re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", token):
        if re.fullmatch(r"[A-Z]", token) and mode == "spoken":
            return ["capital", token.lower()]
        return [token]
    if mode == "lit":
        return [token]
    words: list[str] = []
    pieces = re.findall(r"^--|>>|&&|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.", token)
    for idx, piece in enumerate(pieces):
        if piece == "--":
            words += ["dash", "dash"]
        elif piece == '"':
            words.append("quote" if idx == 0 or pieces[idx - 1] == "=" else "unquote")
        elif piece in NAT_SPOKEN:
            words += NAT_SPOKEN[piece].split()
        elif re.fullmatch(r"[A-Z]", piece) and rng.random() < 0.5:
            words += ["capital", piece.lower()]
        elif re.fullmatch(r"[A-Z]{2,}", piece) and rng.random() < 0.4:
            words += ["all", "caps", piece.lower()]
        else:
            words.append(piece)
    return words


def nat_modes(tokens: list[str], rng: random.Random) -> list[str]:
    """Shane is consistent within a command: flags, paths and quotes each one way."""
    flag = "spoken" if rng.random() < 0.5 else "lit"
    path = "spoken" if rng.random() < 0.45 else "lit"
    quote = "spoken" if rng.random() < 0.65 else "lit"
    modes = []
    for tok in tokens:
        if re.search(r"[\"'`]", tok):
            modes.append(quote)
            continue
        if not re.search(r"[A-Za-z0-9]", tok):
            modes.append("spoken")
            continue
        mode = flag if tok.startswith("-") else path
        if rng.random() < 0.1:
            mode = "lit" if mode == "spoken" else "spoken"
        modes.append(mode)
    return modes


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def low_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2] != "'" else text


def clean_why(description: str) -> str | None:
    why = re.split(r" \(|,|\. |;", description)[0].strip().rstrip(".")
    if not why or len(why) > 60:
        return None
    words = why.split()
    if words[0].lower() not in WHY_VERBS or words[0][1:] != words[0][1:].lower():
        return None
    if re.search(r"[^A-Za-z0-9 \-]", why):
        return None
    banned = {"space", "mean", "scratch", "nah", "um", "uh", "er", "ah", "that'll", "so"}
    if any(w.lower() in banned for w in words):
        return None
    return words[0].lower() + why[len(words[0]):]


def frame_parts(rng: random.Random, why: str | None, why_p: float) -> tuple[str, str]:
    """(prefix, suffix) around the command for one framed utterance."""
    if why and rng.random() < why_p:
        if rng.random() < 0.6:
            pre = rng.choice(WHY_PRE).replace("{w}", why)
            if pre.endswith(". "):
                before, after = rng.choice(FRAMES).split("{c}")
                return pre + before, after
            before, after = rng.choice(FRAMES_AFTER_COMMA).split("{c}")
            return pre + low_first(before), after
        post = rng.choice(WHY_POST).replace("{w}", why)
        before, after = rng.choice(FRAMES).split("{c}")
        return before, after + post
    before, after = rng.choice(FRAMES).split("{c}")
    return before, after


def utter(prefix: str, words: list[str], suffix: str, line_start: bool) -> str:
    """Whisper's sentence case: the command is capitalised when it opens a sentence."""
    body = " ".join(words)
    if (prefix == "" and line_start) or prefix.endswith(". "):
        body = cap_first(body)
    if not line_start:
        prefix = low_first(prefix)
    return prefix + body + suffix


# ---------------------------------------------------------------- chaos


def mutate(token: str, rng: random.Random) -> str:
    for _ in range(10):
        new = _mutate_once(token, rng)
        if new != token:
            return new
    return token + "x"


def _mutate_once(token: str, rng: random.Random) -> str:
    if re.fullmatch(r"--[a-z-]+", token):
        return rng.choice(LONG_FLAGS)
    if re.fullmatch(r"-[A-Za-z]", token):
        return "-" + rng.choice("vxqfnr")
    digits = list(re.finditer(r"[0-9]+", token))
    letters = list(re.finditer(r"[a-z]{2,}", token))
    if letters and (not digits or rng.random() < 0.5):
        run = rng.choice(letters)
        return token[:run.start()] + rng.choice(SWAP_WORDS) + token[run.end():]
    if digits:
        run = rng.choice(digits)
        value = str(int(run.group()) + rng.choice([1, 2, 5, 10]))
        return token[:run.start()] + value + token[run.end():]
    return rng.choice(SWAP_WORDS)


def disfluent(per: list[list[str]], sep: list[str], rng: random.Random) -> list[str]:
    """Join tokens, with a hesitation or an aside in some gaps between them."""
    flat: list[str] = []
    gaps: list[int] = []
    for k, words in enumerate(per):
        if k:
            gaps.append(len(flat))
            flat += sep
        flat += words
    inserts: dict[int, str] = {}
    if gaps and rng.random() < 0.5:
        filler = rng.choice(FILLERS)
        inserts[rng.choice(gaps)] = rng.choice([f"{filler},", f"... {filler}..."])
    if gaps and rng.random() < 0.2:
        gap = rng.choice(gaps)
        if gap not in inserts:
            inserts[gap] = f"... {rng.choice(ASIDES)}..."
    if gaps and rng.random() < 0.15:
        gap = rng.choice(gaps)
        if gap not in inserts and flat[gap - 1].isalnum():
            inserts[gap] = "..."
    out: list[str] = []
    for i, word in enumerate(flat):
        if i in inserts:
            if inserts[i] == "...":
                out[-1] += "..."
            else:
                out.append(inserts[i])
        out.append(word)
    return out


def add_fragment(per: list[list[str]], rng: random.Random) -> bool:
    cands = [k for k, ws in enumerate(per)
             if re.fullmatch(r"[a-z]{4,}", ws[0]) and (ws[0],) not in NAT_TABLE
             and (ws[0],) not in PROTO_TABLE and ws[0] not in NUMWORDS]
    if not cands:
        return False
    k = rng.choice(cands)
    word = per[k][0]
    per[k] = [word[:rng.randint(2, len(word) - 2)] + "-"] + per[k]
    return True


def chaotic_line(tokens: list[str], why: str | None, rng: random.Random) -> str:
    natural = rng.random() < 0.72
    if natural:
        modes = nat_modes(tokens, rng)
        per = [nat_token(t, m, rng) for t, m in zip(tokens, modes, strict=True)]
        sep: list[str] = []
        prefix, suffix = frame_parts(rng, why, 0.35)
    else:
        modes = ["lit"] * len(tokens)
        per = proto_words(tokens, rng)
        sep = ["space"]
        prefix, suffix = rng.choice(PROTO_FRAMES).split("{c}") if rng.random() < 0.5 else ("", "")

    def render_one(token: str, k: int) -> list[str]:
        return nat_token(token, modes[k], rng) if natural else proto_words([token], rng)[0]

    kind = rng.choices(["scratch", "correct", "fragment"], weights=[3, 6, 1.5])[0]
    if kind == "fragment" and not add_fragment(per, rng):
        kind = "correct"
    movable = list(range(1, len(tokens))) or [0]
    if kind == "fragment":
        text = utter(prefix, disfluent(per, sep, rng), suffix, True)
    elif kind == "scratch":
        k = rng.choice(movable)
        wper = per[:k] + [render_one(mutate(tokens[k], rng), k)] + per[k + 1:]
        if natural:
            wprefix, wsuffix = frame_parts(rng, None, 0.0)
        else:
            wprefix, wsuffix = prefix, suffix
        if rng.random() < 0.5:
            first = utter(wprefix, join_tokens(wper[:k + 1], sep), "...", True)
        else:
            first = utter(wprefix, join_tokens(wper, sep), wsuffix, True)
        if rng.random() < 0.5:
            if not first.endswith("."):
                first += "."
            text = first + " Nah, scratch that. " + utter(prefix, disfluent(per, sep, rng),
                                                          suffix, True)
        else:
            if first.endswith("...") or first.endswith(","):
                pass
            elif first.endswith("."):
                first = first[:-1] + ","
            else:
                first += ","
            text = first + " nah scratch that, " + utter(prefix, disfluent(per, sep, rng),
                                                         suffix, False)
    else:
        k = rng.choice(movable)
        wrong = render_one(mutate(tokens[k], rng), k)
        start = k if rng.random() < 0.6 else rng.choice([max(0, k - 1), 0])
        head = disfluent(per[:k] + [wrong], sep, rng)
        markers = [", yeah nah, make that ", ", yeah nah, ", ", hang on, make that ",
                   ", I mean ", "... I mean, "]
        marker = rng.choice(markers[:4] if head[-1].endswith("...") else markers)
        if head[-1].endswith("..."):
            marker = marker[1:]
        text = utter(prefix, head, "", True) + marker + " ".join(join_tokens(per[start:], sep))
        text += suffix
    if rng.random() < 0.3:
        text = cap_first(rng.choice(ASIDES)) + ". " + text
    if rng.random() < 0.35:
        if not text.endswith((".", "!", "?")):
            text += "."
        text += " " + cap_first(rng.choice(TRAILING)) + "."
    return text


# ---------------------------------------------------------------- driver


def tools_of(command: str) -> list[str]:
    heads = []
    for stage in command.split(" | "):
        words = [w for w in stage.split() if w != "sudo"]
        while words and re.fullmatch(r"[A-Za-z_]+=\S*", words[0]):
            words = words[1:]
        if words and words[0] not in heads:
            heads.append(words[0])
    return heads


def load_pool() -> list[tuple[str, str]]:
    pool = []
    seen = set()
    with SRC.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh):
            if number % 6 != 4:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd
                    or "  " in cmd or cmd != cmd.strip() or cmd in seen):
                continue
            seen.add(cmd)
            pool.append((cmd, row.get("description", "")))
    return pool


def make_line(slice_name: str, cmd: str, why: str | None, rng: random.Random) -> str | None:
    tokens = cmd.split(" ")
    for _ in range(30):
        if slice_name == "clean":
            text = " ".join(join_tokens(proto_words(tokens, rng), ["space"]))
        elif slice_name == "fuzzy":
            text = fuzzy_line(tokens, rng)
        elif slice_name == "natural":
            prefix, suffix = frame_parts(rng, why, 0.4)
            modes = nat_modes(tokens, rng)
            words = [w for t, m in zip(tokens, modes, strict=True) for w in nat_token(t, m, rng)]
            text = utter(prefix, words, suffix, True)
            if re.search(r"\bspace\b", text, re.IGNORECASE):
                continue
        else:
            text = chaotic_line(tokens, why, rng)
        if "  " in text or not text.isascii():
            continue
        if decode(text) == cmd:
            return text
    return None


def main() -> None:
    rng = random.Random(61)
    pool = load_pool()
    rng.shuffle(pool)
    used: set[str] = set()
    tool_count: Counter[str] = Counter()
    lines: dict[str, list[dict[str, str]]] = {}
    for slice_name in ["natural", "chaotic", "clean", "fuzzy"]:
        rows = []
        for cmd, description in pool:
            if len(rows) == PER_SLICE:
                break
            if cmd in used or any(tool_count[t] >= 2 for t in tools_of(cmd)):
                continue
            if slice_name == "fuzzy" and " " not in cmd:
                continue  # nothing for Whisper to slip on
            text = make_line(slice_name, cmd, clean_why(description), rng)
            if text is None:
                continue
            used.add(cmd)
            tool_count.update(tools_of(cmd))
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(rows) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows)} lines")
        lines[slice_name] = rows
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for row in lines[slice_name]:
                fh.write(json.dumps(row) + "\n")
    print(f"wrote {sum(len(v) for v in lines.values())} lines to {OUT}")


if __name__ == "__main__":
    main()
