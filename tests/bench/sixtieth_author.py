"""Author 60: Tyler, a YouTube screencaster narrating a terminal tutorial.

Writes assets/training/bash/author60.jsonl: 400 dictated bash commands, 100 per slice
(clean, fuzzy, natural, chaotic). Each line is {"input", "command", "slice", "author"}.

The commands are the "command" field of assets/training/bash/pages_dev42_commands.jsonl
(lines whose 0-based number % 6 == 3), examples taken from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0); the "description" field of the same line
is the plain-English "why" Tyler gives in the natural and chaotic slices.

Run: cd /work/main && python3 tests/bench/sixtieth_author.py
Deterministic: one random.Random(60), consumed in a fixed order.

Persona
=======
Tyler records terminal tutorials; Whisper writes his narration as the video captions. He
reads out what he types ("I'm gonna type ..."), says what the command or flag is for, and
wraps everything in his video habits: "alright, so what we're gonna do is", "go ahead and",
"let's go ahead and run", "you guys", "super simple", "boom", "and that's it", "smash that
like button" (never inside a command). Sometimes he says the command twice.

Vocabulary (what Tyler says -> what he means)
=============================================
  dash -> -          dash dash -> --       dot -> .          slash -> /
  pipe -> |          tilde -> ~            star, asterisk -> *
  equals -> =        colon -> :            underscore -> _   greater than -> >
  less than -> <     quote -> "            single quote -> ' comma -> ,
  plus -> +          percent -> %          dollar sign -> $  at sign -> @
  hash -> #          bang -> !             semicolon -> ;    backslash -> \\
  open paren / close paren -> ( )          open brace / close brace -> { }
  capital X -> X with its first letter upper case ("capital wall" -> Wall)
  all caps X -> X in upper case ("all caps utf" -> UTF)
  zero ... nine -> 0 ... 9 (spelled protocol only)
Looser forms Whisper also writes (fuzzy): minus, hyphen, double dash, period, point,
forward slash, vertical bar, tilda, equal, equal sign, under score, greater than sign,
double quote, end quote, apostrophe, exclamation point, dollar, plus sign, percent sign.
Fillers: um, uh (never meaningful). Corrections (Tyler's own markers):
  "scratch that"        drop everything said so far and start the command again;
  "oh wait, my bad"     and "actually, let's do": a repair; he re-says from some point;
  "not X, Y"            X (the thing he just said) was wrong, Y replaces it.
Lead-ins (Tyler's cue that the command starts right after): "I'm gonna type (in)",
"I'm just gonna type", "go ahead and type", "(let's) go ahead and run", "we're gonna run",
"we're gonna type", "wanna type", "just type", "the command is", "the command we want is",
"here's the command", "all I'm doing is typing", "type in".

Slices
======
clean    Spelled protocol, nothing else: every symbol by name, "space" exactly where the
         command has a space, every digit as a word, case announced with "capital" /
         "all caps", lower case, no punctuation. "git space stash space pop".
fuzzy    The same protocol with looser names and Whisper slips: first word capitalised,
         a final full stop, commas after some "space"s, some numbers as digits, a
         compound name split in two ("mongo dump").
natural  How Tyler really says it in a video. He never says "space"; Whisper writes file
         names, paths, flags and numbers as text ("-l", "~/notes.txt", "8080"), Tyler
         names the other symbols as words, and framing sentences surround the command.
chaotic  Natural or spelled speech with at least one correction or restart, plus
         hesitations, asides and trailing thoughts.

Listener rules (decode() below)
===============================
1. Lead-in. If the line contains a lead-in, the command starts after the LAST one (a
   restart is simply a new lead-in; anything before it is ignored). Otherwise the whole
   line is the command.
2. Mode. If the word "space" occurs after that point, the line is spelled protocol:
   everything after the lead-in is command; punctuation at the end of a word is Whisper's
   and is dropped; words are read lower case; the listener joins all pieces with no gap
   and "space" is the only source of a space.
3. Natural mode. A comma, full stop, "!" or "?" after a word ends the command, unless the
   next words (after um/uh) are a correction marker. "..." is a pause, not an end.
   Written words are kept as Whisper wrote them; spoken symbols glue: dot, slash, colon,
   equals, underscore, star, comma, percent, at sign, backslash join both neighbours;
   dash, tilde, plus, dollar sign, hash, open paren join the next word; semicolon and
   close paren join the word before; pipe, greater than, less than and bang stand alone;
   the first "quote" opens (joins the next word), the second closes (joins the word
   before). A path starting with "/" or "." is therefore always written, not spoken.
4. Corrections split the command into parts; each part is read by rule 2 or 3, giving a
   list of arguments (words between spaces).
   - scratch that: the arguments so far are dropped.
   - oh wait, my bad / actually, let's do: if the first re-said argument was said before,
     go back to its last occurrence and continue from there (flag or whole-command scope);
     otherwise the re-said arguments replace the last one (word scope).
   - not X, Y: the last argument is dropped (X repeats it, up to the comma); Y goes on.
5. um / uh are ignored wherever they appear.

Known ambiguities: Tyler can't speak a hyphen inside a word in natural speech ("dash" there
starts a new flag), so compound names are written; "dot"/"slash" at the start of a
natural argument would glue to the previous one, so such arguments are written; in the
spelled protocol a literal word that is also a vocabulary word ("point", "not") can't be
said, and such commands are left out of the slice. The generator rejects any line that
decode() does not turn back into its command.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author60.jsonl"
AUTHOR = "author60"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_PER_TOOL = 2

DIGITS = "zero one two three four five six seven eight nine".split()
FILLERS = {"um", "uh", "umm", "uhh"}

# ---------------------------------------------------------------- listener vocabulary

PROTO: dict[tuple[str, ...], str] = {
    ("space",): " ",
    ("dash",): "-",
    ("minus",): "-",
    ("hyphen",): "-",
    ("double", "dash"): "--",
    ("dot",): ".",
    ("period",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("forward", "slash"): "/",
    ("backslash",): "\\",
    ("pipe",): "|",
    ("vertical", "bar"): "|",
    ("tilde",): "~",
    ("tilda",): "~",
    ("star",): "*",
    ("asterisk",): "*",
    ("equals",): "=",
    ("equal",): "=",
    ("equal", "sign"): "=",
    ("colon",): ":",
    ("semicolon",): ";",
    ("underscore",): "_",
    ("under", "score"): "_",
    ("greater", "than"): ">",
    ("greater", "than", "sign"): ">",
    ("less", "than"): "<",
    ("quote",): '"',
    ("double", "quote"): '"',
    ("end", "quote"): '"',
    ("single", "quote"): "'",
    ("apostrophe",): "'",
    ("comma",): ",",
    ("plus",): "+",
    ("plus", "sign"): "+",
    ("percent",): "%",
    ("percent", "sign"): "%",
    ("dollar", "sign"): "$",
    ("dollar",): "$",
    ("at", "sign"): "@",
    ("hash",): "#",
    ("bang",): "!",
    ("exclamation", "point"): "!",
    ("open", "paren"): "(",
    ("close", "paren"): ")",
    ("open", "brace"): "{",
    ("close", "brace"): "}",
}
for _d, _w in enumerate(DIGITS):
    PROTO[(_w,)] = str(_d)

# natural mode: phrase -> (text, glue to the word before, glue to the word after)
NAT: dict[tuple[str, ...], tuple[str, bool, bool]] = {
    ("dash",): ("-", False, True),
    ("dot",): (".", True, True),
    ("slash",): ("/", True, True),
    ("backslash",): ("\\", True, True),
    ("tilde",): ("~", False, True),
    ("star",): ("*", True, True),
    ("asterisk",): ("*", True, True),
    ("equals",): ("=", True, True),
    ("colon",): (":", True, True),
    ("semicolon",): (";", True, False),
    ("underscore",): ("_", True, True),
    ("comma",): (",", True, True),
    ("percent",): ("%", True, True),
    ("at", "sign"): ("@", True, True),
    ("plus",): ("+", False, True),
    ("dollar", "sign"): ("$", False, True),
    ("hash",): ("#", False, True),
    ("open", "paren"): ("(", False, True),
    ("close", "paren"): (")", True, False),
    ("open", "brace"): ("{", True, True),
    ("close", "brace"): ("}", True, False),
    ("pipe",): ("|", False, False),
    ("greater", "than"): (">", False, False),
    ("less", "than"): ("<", False, False),
    ("bang",): ("!", False, False),
}
QUOTES: dict[tuple[str, ...], str] = {
    ("quote",): '"',
    ("end", "quote"): '"',
    ("single", "quote"): "'",
}

CUES = [
    tuple(c.split())
    for c in (
        "i'm gonna type",
        "i'm just gonna type",
        "go ahead and type",
        "go ahead and run",
        "we're gonna run",
        "we're gonna type",
        "wanna type",
        "just type",
        "the command is",
        "the command we want is",
        "here's the command",
        "all i'm doing is typing",
        "type in",
    )
]
MARKERS = [
    (("scratch", "that"), "scratch"),
    (("oh", "wait", "my", "bad"), "repair"),
    (("actually", "let's", "do"), "repair"),
    (("not",), "not"),
]


def _norm(tok: str) -> str:
    return tok.lower().strip('.,!?:;"')


def _match(words: list[str], i: int, phrases) -> int:
    """Length of the longest phrase starting at words[i], 0 if none."""
    best = 0
    for p in phrases:
        if len(p) > best and tuple(words[i : i + len(p)]) == p:
            best = len(p)
    return best


def _marker(words: list[str], i: int) -> tuple[str, int]:
    for phrase, kind in MARKERS:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return kind, len(phrase)
    return "", 0


def _read_protocol(toks: list[str]) -> str:
    words = [t.lower() for t in toks]
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "capital" and i + 1 < len(words):
            nxt = words[i + 1]
            out.append(nxt[:1].upper() + nxt[1:])
            i += 2
            continue
        if w == "all" and words[i + 1 : i + 2] == ["caps"] and i + 2 < len(words):
            out.append(words[i + 2].upper())
            i += 3
            continue
        n = _match(words, i, PROTO)
        if n:
            out.append(PROTO[tuple(words[i : i + n])])
            i += n
            continue
        out.append(w)
        i += 1
    return "".join(out)


def _read_natural(toks: list[str]) -> str:
    low = [t.lower() for t in toks]
    pieces: list[tuple[str, bool, bool]] = []
    open_q: dict[str, bool] = {}
    i = 0
    while i < len(toks):
        w = low[i]
        if w == "capital" and i + 1 < len(toks):
            nxt = toks[i + 1]
            pieces.append((nxt[:1].upper() + nxt[1:], False, False))
            i += 2
            continue
        if w == "all" and low[i + 1 : i + 2] == ["caps"] and i + 2 < len(toks):
            pieces.append((toks[i + 2].upper(), False, False))
            i += 3
            continue
        n = _match(low, i, QUOTES)
        if n:
            q = QUOTES[tuple(low[i : i + n])]
            if open_q.get(q):
                pieces.append((q, True, False))
            else:
                pieces.append((q, False, True))
            open_q[q] = not open_q.get(q)
            i += n
            continue
        n = _match(low, i, NAT)
        if n:
            pieces.append(NAT[tuple(low[i : i + n])])
            i += n
            continue
        pieces.append((toks[i], False, False))
        i += 1
    out = ""
    glue_next = True
    for text, left, right in pieces:
        if out and not (glue_next or left):
            out += " "
        out += text
        glue_next = right
    return out


def decode(line: str) -> str:
    """Tyler's careful human listener: recover the command from one transcript."""
    toks = line.split()
    words = [_norm(t) for t in toks]
    start = 0
    for i in range(len(words)):
        n = _match(words, i, CUES)
        if n:
            start = i + n
    toks, words = toks[start:], words[start:]
    protocol = "space" in words
    parts: list[tuple[str, list[str]]] = [("start", [])]
    i = 0
    while i < len(toks):
        if words[i] in FILLERS:
            i += 1
            continue
        kind, n = _marker(words, i)
        if kind:
            i += n
            if kind == "not":
                while i < len(toks) and not toks[i].endswith(","):
                    i += 1
                i += 1
            parts.append((kind, []))
            continue
        tok = toks[i]
        if protocol:
            core = tok.rstrip(".,!?")
            if core:
                parts[-1][1].append(core)
            i += 1
            continue
        if tok.endswith("..."):
            core, boundary = tok[:-3], False
        else:
            core = tok.rstrip(".,!?")
            boundary = core != tok
        if core:
            parts[-1][1].append(core)
        i += 1
        if boundary:
            j = i
            while j < len(words) and words[j] in FILLERS:
                j += 1
            if not _marker(words, j)[0]:
                break
    read = _read_protocol if protocol else _read_natural
    args: list[str] = []
    for kind, seg in parts:
        text = read(seg)
        new = text.split(" ") if text else []
        if kind in ("start", "scratch"):
            args = new
        elif kind == "not":
            args = args[:-1] + new
        elif new and new[0] in args:
            k = len(args) - 1 - args[::-1].index(new[0])
            args = args[:k] + new
        else:
            args = args[:-1] + new
    return " ".join(args)


# ---------------------------------------------------------------- speaker

CLEAN_NAME = {
    "-": ["dash"],
    ".": ["dot"],
    "/": ["slash"],
    "\\": ["backslash"],
    "|": ["pipe"],
    "~": ["tilde"],
    "*": ["star", "asterisk"],
    "=": ["equals"],
    ":": ["colon"],
    ";": ["semicolon"],
    "_": ["underscore"],
    ">": ["greater than"],
    "<": ["less than"],
    '"': ["quote"],
    "'": ["single quote"],
    ",": ["comma"],
    "+": ["plus"],
    "%": ["percent"],
    "$": ["dollar sign"],
    "@": ["at sign"],
    "#": ["hash"],
    "!": ["bang"],
    "(": ["open paren"],
    ")": ["close paren"],
    "{": ["open brace"],
    "}": ["close brace"],
}
FUZZY_NAME = {
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"],
    "~": ["tilde", "tilda"],
    "=": ["equals", "equal", "equal sign"],
    "_": ["underscore", "under score"],
    ">": ["greater than", "greater than sign"],
    '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"],
    "!": ["bang", "exclamation point"],
    "$": ["dollar sign", "dollar"],
    "+": ["plus", "plus sign"],
    "%": ["percent", "percent sign"],
}
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")
LIT_RE = re.compile(r"^[A-Za-z0-9~/.-][A-Za-z0-9._/:@~+,-]*$")
LOOSE_RE = re.compile(r"""^[A-Za-z0-9~/."'@:=+%,_-]+$""")


SPLIT_PREFIXES = (
    "auto",
    "back",
    "base",
    "code",
    "data",
    "dry",
    "file",
    "flame",
    "free",
    "host",
    "inter",
    "key",
    "light",
    "micro",
    "mini",
    "mongo",
    "mount",
    "multi",
    "net",
    "over",
    "pass",
    "play",
    "power",
    "pulse",
    "screen",
    "shell",
    "spell",
    "sys",
    "test",
    "time",
    "tool",
    "touch",
    "type",
    "web",
    "work",
    "word",
)


def split_point(word: str) -> int:
    """Where Whisper would split a compound name in two ("mongodump" -> "mongo dump")."""
    for pre in SPLIT_PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return len(pre)
    return 0


def spell_arg(arg: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """Spelled-protocol words for one argument (no spaces inside an argument)."""
    words: list[str] = []
    for m in re.finditer(r"^--(?=[A-Za-z])|[A-Za-z]+|[0-9]+|.", arg):
        s = m.group()
        if s == "--":
            if fuzzy and rng.random() < 0.35:
                words.append("double dash")
            else:
                words += ["dash", "dash"] if not fuzzy else [rng.choice(["dash", "minus"])] * 2
        elif s.isalpha():
            for part in CASE_RE.findall(s):
                if part.islower():
                    cut = split_point(part)
                    if fuzzy and cut and rng.random() < 0.5:
                        words += [part[:cut], part[cut:]]
                    else:
                        words.append(part)
                elif len(part) == 1 or part[1:].islower():
                    words += ["capital", part.lower()]
                else:
                    words += ["all caps", part.lower()]
        elif s.isdigit():
            if fuzzy and rng.random() < 0.5:
                words.append(s)
            else:
                words += [DIGITS[int(c)] for c in s]
        else:
            names = FUZZY_NAME.get(s) if fuzzy else None
            words.append(rng.choice(names or CLEAN_NAME[s]))
    return words


def spell(args: list[str], rng: random.Random, fuzzy: bool) -> str:
    out = []
    for k, arg in enumerate(args):
        if k:
            out.append("space," if fuzzy and rng.random() < 0.25 else "space")
        out += spell_arg(arg, rng, fuzzy)
    return " ".join(out)


def say_chunk(s: str, rng: random.Random) -> list[str]:
    if s.isalpha() and len(s) == 1 and s.isupper():
        return ["capital", s]
    if s.isalpha() and len(s) > 1 and s[0].isupper() and s[1:].islower() and rng.random() < 0.5:
        return ["capital", s.lower()]
    if s.isalpha() and len(s) > 1 and s.isupper() and rng.random() < 0.5:
        return ["all caps", s.lower()]
    return [s]


def say_arg(arg: str, rng: random.Random, p_lit: float, loose: bool, quotes: dict) -> list[str]:
    """Natural-speech words for one argument, as Whisper writes them."""
    if (LIT_RE.match(arg) or (loose and LOOSE_RE.match(arg))) and rng.random() < p_lit:
        for q in "\"'":
            if arg.count(q) % 2:
                quotes[q] = not quotes.get(q)
        return [arg]
    words: list[str] = []
    m = re.match(r"-{1,2}(?=[A-Za-z0-9])", arg)
    pos = 0
    if m:
        words += ["dash"] * len(m.group())
        pos = m.end()
    for m in re.finditer(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|.", arg[pos:]):
        s = m.group()
        if s[0].isalnum():
            words += say_chunk(s, rng)
        elif s in "\"'":
            opened = quotes.get(s, False)
            if s == '"':
                words.append(rng.choice(["quote", "end quote"]) if opened else "quote")
            else:
                words.append("single quote")
            quotes[s] = not opened
        elif s == "-":
            words.append("dash")
        else:
            words.append(CLEAN_NAME[s][0])
    return words


def say(args: list[str], rng: random.Random, p_lit: float, loose: bool) -> str:
    quotes: dict = {}
    out: list[str] = []
    for arg in args:
        out += say_arg(arg, rng, p_lit, loose, quotes)
    return " ".join(out)


# ---------------------------------------------------------------- framing

NATURAL = [
    "Alright, so what we're gonna do is {w}. I'm gonna type {c}, and boom.",
    "Okay you guys, super simple. Go ahead and type {c}. That's it.",
    "So if you wanna {w}, let's go ahead and run {c}. And that's it.",
    "Next up, we're gonna {w}. So I'm just gonna type {c}, hit enter, boom.",
    "Let's go ahead and run {c}. Again, that's {c}.",
    "Alright, so what we're gonna do is go ahead and run {c}, and that's gonna {w}.",
    "Here's the command: {c}. Super simple.",
    "Now, to {w}, you guys just type {c}, and you're good to go.",
    "So I'm gonna type in {c}. Boom. And that's it.",
    "What you guys wanna do is go ahead and type {c}, and that'll {w}.",
    "This one's super simple. The command is {c}. Boom.",
    "Okay, so I'm gonna type {c}, and the {f} flag is what lets us {w}.",
    "Alright, let's go ahead and run {c}. Boom, there it is.",
    "If you guys wanna {w}, all I'm doing is typing {c}. That's literally it.",
    "First thing we're gonna do is {w}. Let's go ahead and run {c}, boom.",
    "Go ahead and run {c}. And if this helped you out, smash that like button.",
    "So real quick, we're gonna run {c}, which is gonna {w}.",
    "Alright you guys, I'm gonna type {c}. Let me just hit enter, and boom.",
    "Now we're gonna {w}. I'm gonna type {c}, that's {c}.",
    "Okay, so the goal here is to {w}. Let's go ahead and run {c}.",
    "Super simple command, I'm just gonna type {c}, hit enter, and that's it.",
    "And for the next part, go ahead and type {c}. That's gonna {w}, super handy.",
    "Alright, so now you guys wanna type {c}. Boom.",
    "We're gonna type {c}, and that's gonna {w}. Pretty cool, right?",
    "So the command we want is {c}. Don't forget to smash that like button.",
    "Let's go ahead and run {c}, and the {f} there is gonna {w}.",
    "Okay, this is the one you guys keep asking about. I'm gonna type {c}. Boom, done.",
]
PREFIXES = [
    "Alright, so what we're gonna do is {w}. ",
    "Okay you guys, ",
    "So, um, ",
    "Alright, uh, ",
    "Okay, hold on, let me zoom in so you guys can see this. ",
    "So to {w}, ",
    "Alright, let me clear the screen real quick. Okay, ",
    "Next up, we're gonna {w}. ",
    "",
]
LEADS = [
    "I'm gonna type ",
    "let's go ahead and run ",
    "go ahead and type ",
    "I'm just gonna type ",
    "we're gonna run ",
]
SUFFIXES = [
    ". Boom.",
    ", and that's it.",
    ". Super simple.",
    ". And, uh, yeah, that should {w}, I think.",
    ". Boom, there it is. Smash that like button if this helped.",
    ", hit enter, and we're good.",
    ". Okay, cool, I'll link the docs down below.",
    ".",
]
REPAIRS = [", oh wait, my bad, ", "... oh wait, my bad, ", ", actually, let's do "]


def why(desc: str) -> str:
    d = re.sub(r"<Ctrl c>", "Ctrl C", desc)
    d = re.sub(r"\s*\([^)]*\)", "", d)
    d = d.replace("<", "").replace(">", "").strip().rstrip(".")
    if len(d) > 1 and not d[:2].isupper():
        d = d[0].lower() + d[1:]
    return d


def sentence(before: str, lead: str) -> str:
    """Join framing and a lead-in, capitalising the lead-in where Whisper starts a sentence."""
    if not before.strip() or before.rstrip().endswith((".", "?", "!")):
        lead = lead[0].upper() + lead[1:]
    return before + lead


def tool_of(cmd: str) -> str:
    for w in cmd.split(" "):
        if w != "sudo" and not re.match(r"^[A-Z_]+=", w):
            return w
    return cmd


def wrong_arg(arg: str, args: list[str], pools: dict, rng: random.Random) -> str:
    if arg.startswith("--"):
        pool = pools["long"]
    elif re.fullmatch(r"-[A-Za-z]", arg):
        pool = [f"-{c}" for c in "abcdefhilnqrstvx"]
    elif arg.isdigit():
        pool = [str(n) for n in (2, 3, 5, 8, 10, 16, 30, 42, 64, 100, 443, 8000)]
    elif "." in arg or "/" in arg:
        pool = pools["file"]
    else:
        pool = pools["word"]
    pool = [p for p in pool if p not in args]
    return rng.choice(pool)


def make_clean(args, desc, rng, tries, pools):
    return spell(args, rng, fuzzy=False)


def make_fuzzy(args, desc, rng, tries, pools):
    text = spell(args, rng, fuzzy=True)
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5 or text == spell(args, random.Random(0), fuzzy=False):
        text += "."
    return text


def make_natural(args, desc, rng, tries, pools):
    p_lit = 0.65 if tries < 6 else 0.95
    c = say(args, rng, p_lit, loose=tries >= 8)
    flags = [a for a in args if re.fullmatch(r"--?[A-Za-z][A-Za-z0-9-]*", a)]
    shapes = [t for t in NATURAL if flags or "{f}" not in t]
    shape = rng.choice(shapes)
    f = rng.choice(flags) if flags else ""
    return shape.format(c=c, w=why(desc), f=f)


def make_chaotic(args, desc, rng, tries, pools):
    p_lit = 0.65 if tries < 6 else 0.95
    loose = tries >= 8
    w = why(desc)
    n = len(args)
    # arguments a slip can hit: words, flags, files, numbers (not symbols or quoted text)
    spots = [k for k in range(1, n) if re.fullmatch(r"[\w.~/,:+-]+", args[k])]
    kinds = ["scratch", "restart", "proto"]
    if spots:
        kinds += ["repair", "repair", "restate", "not", "not"]
    kind = rng.choice(kinds)
    pre = rng.choice(PREFIXES).format(w=w)
    lead = rng.choice(LEADS)
    suf = rng.choice(SUFFIXES).format(w=w)
    if kind == "proto":
        fuzzy = rng.random() < 0.5
        pos = rng.choice(spots) if spots else 0
        if spots and rng.random() < 0.7:
            bad = args[:pos] + [wrong_arg(args[pos], args, pools, rng)]
            head = spell(bad, rng, fuzzy)
            wrong = spell(bad[-1:], rng, False)
            mark = rng.choice([", oh wait, my bad, ", ", not " + wrong + ", "])
            tail = spell(args[pos:], rng, fuzzy)
        else:
            head = spell(args[: max(1, pos)], rng, fuzzy)
            mark = ", scratch that, "
            tail = spell(args, rng, fuzzy)
        opener = rng.choice(["", "Okay, I'm gonna spell this one out. I'm gonna type ", "Um, "])
        return opener + head + mark + tail
    if kind == "scratch":
        bad = list(args)
        if spots:
            k = rng.choice(spots)
            bad[k] = wrong_arg(args[k], args, pools, rng)
        else:
            bad = [pools["tool"][rng.randrange(len(pools["tool"]))]]
        again = rng.choice(["", "Let's go ahead and run ", "I'm gonna type "])
        mark = rng.choice([", scratch that", ", uh, scratch that"])
        mark += ". " if again else ", "
        return (
            sentence(pre, lead)
            + say(bad, rng, p_lit, loose)
            + mark
            + again
            + say(args, rng, p_lit, loose)
            + suf
        )
    if kind == "restart":
        part = say(args[: max(1, n // 2)], rng, p_lit, loose)
        aside = rng.choice(
            [
                "uh, hold on, let me make this bigger for you guys. Okay, ",
                "um, wait. Okay, ",
                "no, hang on. Alright, ",
                "uh, sorry, my cat just jumped on the desk. Okay, ",
            ]
        )
        return (
            sentence(pre, lead)
            + part
            + "... "
            + sentence(aside, rng.choice(LEADS))
            + say(args, rng, p_lit, loose)
            + suf
        )
    pos = rng.choice(spots)
    bad = wrong_arg(args[pos], args, pools, rng)
    head = say(args[:pos] + [bad], rng, p_lit, loose)
    if kind == "repair":
        body = head + rng.choice(REPAIRS) + say(args[pos:], rng, p_lit, loose)
    elif kind == "restate":
        back = rng.randrange(0, pos)
        mark = rng.choice([", actually, let's do ", ", oh wait, my bad, "])
        body = head + mark + say(args[back:], rng, p_lit, loose)
    else:
        wrong = say([bad], rng, p_lit, loose)
        body = head + ", not " + wrong + ", " + say(args[pos:], rng, p_lit, loose)
    return sentence(pre, lead) + body + suf


MAKERS = {
    "clean": make_clean,
    "fuzzy": make_fuzzy,
    "natural": make_natural,
    "chaotic": make_chaotic,
}


def load() -> list[tuple[str, str]]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 6 != 3:
                continue
            d = json.loads(line)
            cmd = d["command"]
            if not cmd.isascii() or len(cmd) > 80:
                continue
            if "\n" in cmd or "\t" in cmd or "  " in cmd or cmd != cmd.strip():
                continue
            # nobody dictates a random hash: skip words with many case changes
            if any(len(CASE_RE.findall(w)) > 6 for w in re.findall(r"[A-Za-z]+", cmd)):
                continue
            rows.append((cmd, d["description"]))
    return rows


def build_pools(rows) -> dict:
    pools: dict[str, set] = {"long": set(), "file": set(), "word": set(), "tool": set()}
    for cmd, _ in rows:
        parts = cmd.split(" ")
        pools["tool"].add(tool_of(cmd))
        for a in parts[1:]:
            if re.fullmatch(r"--[a-z][a-z-]+", a):
                pools["long"].add(a)
            elif re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z0-9]+", a):
                pools["file"].add(a)
            elif re.fullmatch(r"[a-z]{3,}", a):
                pools["word"].add(a)
    return {k: sorted(v) for k, v in pools.items()}


def main() -> None:
    rng = random.Random(60)
    rows = load()
    pools = build_pools(rows)
    seen: set[str] = set()
    pool = []
    for cmd, desc in rows:
        if cmd not in seen:
            seen.add(cmd)
            pool.append((cmd, desc))
    rng.shuffle(pool)
    per_tool: dict[str, int] = {}
    out = []
    for name in SLICES:
        made = 0
        for item in list(pool):
            if made == PER_SLICE:
                break
            cmd, desc = item
            tool = tool_of(cmd)
            if per_tool.get(tool, 0) >= MAX_PER_TOOL:
                continue
            args = cmd.split(" ")
            for tries in range(12):
                text = MAKERS[name](args, desc, rng, tries, pools)
                if text.isascii() and "\n" not in text and decode(text) == cmd:
                    break
            else:
                continue
            pool.remove(item)
            per_tool[tool] = per_tool.get(tool, 0) + 1
            out.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
            made += 1
        if made != PER_SLICE:
            raise SystemExit(f"only {made} lines for slice {name}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
