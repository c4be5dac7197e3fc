"""Author 79: Marisol's voice-to-bash evaluation set (400 lines, four slices of 100).

Run:  cd /work/main && python3 tests/bench/seventyninth_author.py
Writes assets/training/bash/author79.jsonl.  Standard library only; one random.Random(7909)
is consumed in a fixed order, so reruns are byte-identical.

Source commands: assets/training/bash/pages_dev49_commands.jsonl, drawn from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0.  Command text is kept exactly as in
the pool.  Only pool lines whose 0-based line number % 4 == 0 are used, at most two commands
per first word, and each slice uses its own commands (400 distinct commands).

STYLE GUIDE
===========

The speaker
-----------
Marisol is a blind backend developer in Mexico City.  She has used the NVDA screen reader for
fifteen years, so when she dictates a command she names the punctuation exactly the way NVDA
speaks it when she reviews a line character by character.  English is her second language:
when she relaxes, her phrasing follows Spanish ("I need that you run ...", "and give enter",
"do me the favor to ...", "I lost myself"), she fills pauses with "este", "o sea", "bueno",
and now and then a Spanish symbol name slips out ("arroba", "punto", "guion bajo").

The strict protocol (the clean slice)
-------------------------------------
A clean line is lower case, has no punctuation, and holds nothing but the command.  The
listener reads it word by word:

* Separator.  The word "space" is the ONLY thing that makes a space.  Everything else glues
  directly onto what came before: words, spelled letters, digits and symbols.  So
  "dash dash no backups" would be "--nobackups", and "git space status" is "git status".
* Words vs. letters.  A run of letters she can pronounce she says as a word ("docs",
  "backup", "nginx", "sudo", "json").  She spells a run letter by letter when it has no
  vowel ("l s", "n p m", "x z"), when it is one or two letters that are not an everyday word
  ("d e", "r b"; but "go", "up", "in", "no" are words), or when it is an acronym she always
  reads letter by letter (a w s, i p, a p i, u r l, i s o, c l i, e x e, i d, i o, u i, o s,
  u d p, i m g ...).  Since everything glues, the listener need not care which way a run
  was said: "a w s" and "aws" both give "aws".
* Digits.  Every digit is said on its own: zero one two three four five six seven eight
  nine.  "five four three two" is "5432"; "one dot two dot three" is "1.2.3".
* Casing.  Everything is lower case unless she says so:
    "cap X"          capitalises the next item: a letter becomes upper case ("dash cap i" is
                     "-I"), a word gets a capital first letter ("cap main" is "Main").
    "all caps WORD"  the next word entirely upper case ("all caps head" is "HEAD").
  Camel-case words are said in parts: "cap v cap box cap manage" is "VBoxManage",
  "the cap harvester" is "theHarvester"; an upper-case run she cannot pronounce gets "cap"
  before every letter ("cap l cap m" is "LM").
* Escape.  "word X" means X is the literal text X, even when X is a symbol name, a digit
  name or a casing word: "word line" is "line", "word one" is "one", "word cap" is "cap".
  "left"/"right" are only symbols when followed by paren/bracket/brace, and "all" is only a
  casing word when followed by "caps"; otherwise they are plain words.
* Symbols (NVDA names; each name is one symbol):
    space       (a space)             dash       -      line        _
    dot         .                     slash      /      backslash   \\
    tilde       ~                     at         @      number      #
    bar         |                     less       <      greater     >
    tick        '                     quote      "      grave       `
    caret       ^                     percent    %      and         &
    colon       :                     semi       ;      comma       ,
    equals      =                     plus       +      star        *
    bang        !                     question   ?      dollar      $
    left paren  (                     right paren )
    left bracket [                    right bracket ]
    left brace  {                     right brace }
  Note: underscore is "line" (what NVDA says), "#" is "number", "&&" is "and and".

The slices
----------
* clean: the strict protocol above, exactly as a perfect transcriber would write it.
  decode() below implements the listener's rules and must give back the command.
* fuzzy: the same protocol, but Whisper slips: a capital at the start and a full stop at the
  end, stray commas, capitalised or glued spelled letters ("E N P", "ENP"), digits written as
  numerals ("192", "5432"), words glued or split ("dash-dash", "back slash", "local host",
  "no backups"), homophones ("to"/"too" for two, "for" for four, "ate" for eight, "won" for
  one, "tilda", "carrot" for caret, "pseudo" for sudo, "Jason" for json), "X dot Y" written
  as "X.Y", and now and then a symbol said by a common variant name (hyphen, minus, period,
  underscore, pipe, hash, asterisk, apostrophe, double quote, greater than, less than, equal
  sign, exclamation, semicolon, at sign, ampersand, forward slash, capital for cap).
  Whisper's own capitals (sentence start, "E N P", "PY") mean nothing: only "cap"/"capital"
  and "all caps" set case; Whisper's commas and full stops are never part of the command.
* natural: how she says it when she is not being careful, as Whisper writes it.  She frames
  it ("Okay, so ...", "Bueno, can you run ...", "I need that you run ...", "Write me ...")
  and signs off ("and give enter", "that's it", "gracias", "ya").  She mostly stops saying
  "space" (only now and then, from habit): arguments are simply said one after another,
  and the listener splits them the way a shell user would.  Symbols are named loosely: NVDA
  names mixed with "minus", "double dash", "point", "underscore", "pipe", "greater than",
  "redirect to", "open quote ... close quote", "open single quote ... close tick",
  and Spanish slips ("guion" for -, "guion bajo" for _, "punto" for ., "diagonal" for /,
  "arroba" for @, "gato" for #, "dos puntos" for :, "coma" for ,, "igual" for =, "asterisco"
  for *).  Numbers are digits; Whisper may glue "main dot py" into "main.py" or an address
  into "192.168.1.10".  Capitals are said as "capital X", "X capital" (the Spanish order,
  "I mayuscula"), "uppercase X", "capital O, j" for "Oj", "head in capitals" / "HEAD, all
  caps", or after a mixed-case word as "with capital V, B and M"; Whisper's own
  capital letters mean nothing.  Fillers "este", "o sea", "bueno", "eh" sit between
  arguments and are never part of the command.
* chaotic: natural plus trouble: long framing about what she is doing, corrections
  ("no wait, I mean ...", "mejor dicho ...", "no no, perdon, it's ..."; the corrected part
  replaces the wrong one), restarts ("ay, I lost myself, from the beginning: ..."), asides
  about NVDA talking over her, her dog or the street noise, and a word said twice as a
  stutter ("install... install").  A careful human can still rebuild the command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev49_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author79.jsonl"
AUTHOR = "author79"
SEED = 7909
PER_SLICE = 100
MAX_LEN = 72

# ---------------------------------------------------------------------------------------------
# Vocabulary (shared by the encoder and the decoder)
# ---------------------------------------------------------------------------------------------

SYMBOL_WORDS = {
    " ": "space", "-": "dash", "_": "line", ".": "dot", "/": "slash", "\\": "backslash",
    "~": "tilde", "@": "at", "#": "number", "|": "bar", "<": "less", ">": "greater",
    "'": "tick", '"': "quote", "`": "grave", "^": "caret", "%": "percent", "&": "and",
    ":": "colon", ";": "semi", ",": "comma", "=": "equals", "+": "plus", "*": "star",
    "!": "bang", "?": "question", "$": "dollar",
    "(": "left paren", ")": "right paren", "[": "left bracket", "]": "right bracket",
    "{": "left brace", "}": "right brace",
}
SINGLE_SYMBOL = {w: s for s, w in SYMBOL_WORDS.items() if " " not in w}
PAIRED = {"paren": ("(", ")"), "bracket": ("[", "]"), "brace": ("{", "}")}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}
# words that can never be said plainly as literal text
RESERVED = set(SINGLE_SYMBOL) | set(DIGIT_OF) | {"cap", "word"}

SHORT_WORDS = {"go", "do", "up", "to", "in", "on", "of", "is", "it", "as", "no", "me", "my",
               "so", "if", "or", "by", "we", "be", "an", "am", "ok", "at", "fi"}
SPELLED = {"aws", "ip", "api", "url", "iso", "cli", "exe", "id", "io", "ui", "os", "udp",
           "img", "uri", "oci", "usb", "ec", "az", "ng", "uv", "age", "ipa", "ide", "ssl"}
VOWELS = set("aeiouy")


# ---------------------------------------------------------------------------------------------
# Listener: clean-slice decoder
# ---------------------------------------------------------------------------------------------

def decode(text: str) -> str:
    """Rebuild a command from a clean line using only the style-guide rules."""
    toks = text.split()
    out: list[str] = []
    case = None  # None, "cap" or "upper": applies to the next literal item
    i = 0
    n = len(toks)

    def emit(lit: str) -> None:
        nonlocal case
        if case == "cap":
            lit = lit[:1].upper() + lit[1:]
        elif case == "upper":
            lit = lit.upper()
        case = None
        out.append(lit)

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t == "word" and nxt is not None:
            emit(nxt)
            i += 2
        elif t == "cap":
            case = "cap"
            i += 1
        elif t == "all" and nxt == "caps":
            case = "upper"
            i += 2
        elif t in ("left", "right") and nxt in PAIRED:
            out.append(PAIRED[nxt][0 if t == "left" else 1])
            i += 2
        elif t in SINGLE_SYMBOL:
            out.append(SINGLE_SYMBOL[t])
            i += 1
        elif t in DIGIT_OF:
            out.append(DIGIT_OF[t])
            i += 1
        else:
            emit(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Speaker: clean-slice encoder
# ---------------------------------------------------------------------------------------------

def should_spell(low: str) -> bool:
    if len(low) == 1 or low in SPELLED:
        return True
    if not (set(low) & VOWELS):
        return True
    return len(low) <= 2 and low not in SHORT_WORDS


def say_run(part: str, nxt_word: str | None) -> list[str]:
    """One case-uniform run of letters (after camel splitting) as spoken words."""
    low = part.lower()
    if part.islower():
        prefix: list[str] = []
    elif len(part) == 1 or (part[0].isupper() and part[1:].islower()):
        prefix = ["cap"]
    else:  # all upper case, two letters or more
        if should_spell(low):
            out: list[str] = []
            for ch in low:
                out += ["cap", ch]
            return out
        prefix = ["all", "caps"]
    if should_spell(low):
        return prefix + list(low)
    escape = (
        low in RESERVED
        or (low == "all" and nxt_word == "caps")
        or (low in ("left", "right") and nxt_word in PAIRED)
    )
    return prefix + (["word", low] if escape else [low])


CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")
PIECE = re.compile(r"[A-Za-z]+|[0-9]|.")


def pieces(cmd: str) -> list[str]:
    out: list[str] = []
    for p in PIECE.findall(cmd):
        if p.isalpha():
            out += CAMEL.findall(p)
        else:
            out.append(p)
    return out


def encode_clean(cmd: str) -> str:
    ps = pieces(cmd)
    words: list[str] = []
    # encode right-to-left so each run knows the next spoken word
    chunks: list[list[str]] = []
    nxt: str | None = None
    for p in reversed(ps):
        if p.isalpha():
            chunk = say_run(p, nxt)
        elif p.isdigit():
            chunk = [DIGITS[int(p)]]
        else:
            chunk = SYMBOL_WORDS[p].split()
        chunks.append(chunk)
        nxt = chunk[0]
    for chunk in reversed(chunks):
        words += chunk
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Fuzzy slice: Whisper's slips on the strict protocol
# ---------------------------------------------------------------------------------------------

VARIANTS = {
    "dash": ["hyphen", "minus"], "dot": ["period", "point"], "line": ["underscore"],
    "bar": ["pipe"], "number": ["hash", "pound"], "star": ["asterisk"],
    "tick": ["apostrophe", "single quote"], "quote": ["double quote"],
    "greater": ["greater than"], "less": ["less than"], "equals": ["equal sign", "equal"],
    "bang": ["exclamation"], "semi": ["semicolon"], "at": ["at sign"],
    "and": ["ampersand"], "slash": ["forward slash"], "cap": ["capital"],
    "question": ["question mark"], "percent": ["percent sign"],
}
HOMOPHONES = {
    "two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"],
    "tilde": ["tilda"], "caret": ["carrot", "carat"], "sudo": ["pseudo"], "json": ["Jason"],
    "yaml": ["Yamel"], "nginx": ["engine x"], "numpy": ["NumPy"], "tick": ["tic"],
    "semi": ["semmy"], "grave": ["grav"],
}
SPLITS = {"backslash": "back slash", "localhost": "local host", "readme": "read me",
          "username": "user name", "password": "pass word", "nobackups": "no backups",
          "keyfile": "key file", "outdir": "out dir", "logfile": "log file",
          "wordlist": "word list", "snapshot": "snap shot", "hostname": "host name",
          "webroot": "web root", "database": "data base", "playbook": "play book",
          "mountpoint": "mount point", "toolchain": "tool chain", "overwrite": "over write"}


def fuzzy(clean: str, rng: random.Random) -> str:
    toks = clean.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        # a run of digit words -> numerals
        if t in DIGIT_OF:
            j = i
            while j < len(toks) and toks[j] in DIGIT_OF:
                j += 1
            run = toks[i:j]
            r = rng.random()
            if r < 0.55:
                out.append("".join(DIGIT_OF[w] for w in run))
            elif r < 0.7 and len(run) > 1:
                out.append(" ".join(DIGIT_OF[w] for w in run))
            else:
                for w in run:
                    if w in HOMOPHONES and rng.random() < 0.5:
                        out.append(rng.choice(HOMOPHONES[w]))
                    else:
                        out.append(w)
            i = j
            continue
        # a run of spelled letters -> Whisper capitals or glued
        if len(t) == 1 and t.isalpha():
            j = i
            while j < len(toks) and len(toks[j]) == 1 and toks[j].isalpha():
                j += 1
            run = toks[i:j]
            r = rng.random()
            if len(run) > 1 and r < 0.3:
                out.append("".join(run).upper())
            elif r < 0.6:
                out.append(" ".join(run).upper())
            else:
                out.append(" ".join(run))
            i = j
            continue
        # "X dot Y" -> "X.Y"
        if (t == "dot" and out and out[-1].isalpha() and out[-1] not in RESERVED
                and out[-1] not in ("space", "caps", "all", "left", "right", "capital")
                and i + 1 < len(toks)
                and toks[i + 1].isalpha() and toks[i + 1] not in RESERVED
                and len(toks[i + 1]) > 1 and rng.random() < 0.35):
            out[-1] = out[-1] + "." + toks[i + 1]
            i += 2
            continue
        if t == "dash" and i + 1 < len(toks) and toks[i + 1] == "dash" and rng.random() < 0.3:
            out.append(rng.choice(["dash-dash", "dashdash", "Dash-dash"]))
            i += 2
            continue
        r = rng.random()
        if t in VARIANTS and r < 0.15:
            out.append(rng.choice(VARIANTS[t]))
        elif t in HOMOPHONES and r < 0.45:
            out.append(rng.choice(HOMOPHONES[t]))
        elif t in SPLITS and r < 0.6:
            out.append(SPLITS[t])
        elif t == "all" and i + 1 < len(toks) and toks[i + 1] == "caps" and r < 0.5:
            out.append(rng.choice(["all-caps", "All caps", "allcaps"]))
            i += 1
        elif t.isalpha() and len(t) >= 8 and t not in RESERVED and r < 0.12:
            k = rng.randint(3, len(t) - 3)
            out.append(t[:k] + " " + t[k:])
        else:
            out.append(t)
        i += 1
    # Whisper's punctuation: stray commas, capital start, full stop
    words = []
    for w in out:
        if words and words[-1] == "space" and rng.random() < 0.12:
            words[-1] = "space,"
        words.append(w)
    text = " ".join(words)
    text = text[:1].upper() + text[1:]
    end = rng.random()
    if end < 0.7:
        text += "."
    elif end < 0.8:
        text += "?"
    return text


# ---------------------------------------------------------------------------------------------
# Natural and chaotic slices
# ---------------------------------------------------------------------------------------------

LOOSE = {
    "-": ["dash", "dash", "dash", "dash", "minus", "minus", "guion"],
    ".": ["dot", "dot", "dot", "dot", "point", "punto"],
    "/": ["slash", "slash", "slash", "slash", "slash", "diagonal"],
    "_": ["underscore", "line", "guion bajo"],
    "~": ["tilde", "tilde", "the tilde"],
    "@": ["at", "arroba", "at sign"],
    "#": ["number", "hash", "gato"],
    "|": ["bar", "pipe", "pipe to"],
    "<": ["less than", "less"],
    ">": ["greater than", "greater", "redirect to"],
    "`": ["grave", "backtick"],
    "^": ["caret"],
    "%": ["percent", "percent sign"],
    "&": ["and", "ampersand"],
    ":": ["colon", "colon", "dos puntos"],
    ";": ["semicolon", "semi"],
    ",": ["comma", "coma"],
    "=": ["equals", "equal", "igual"],
    "+": ["plus"],
    "*": ["star", "asterisk", "asterisco"],
    "!": ["bang", "exclamation"],
    "?": ["question mark", "question"],
    "$": ["dollar", "dollar sign"],
    "\\": ["backslash"],
    "(": ["open paren", "left paren"], ")": ["close paren", "right paren"],
    "[": ["open bracket", "left bracket"], "]": ["close bracket", "right bracket"],
    "{": ["open brace", "left curly"], "}": ["close brace", "right curly"],
}
LOOSE_NAMES = {w for names in LOOSE.values() for n in names for w in n.split()} | {
    "quote", "single", "tick", "open", "close", "double", "capital", "uppercase", "all"}
NPIECE = re.compile(r"[A-Za-z]+|[0-9]+|--|&&|.")
GLUE_NAME = re.compile(r"^[a-z][a-z0-9_]*\.[a-z]{1,4}$")
GLUE_IP = re.compile(r"^\d+(\.\d+)+$")


def say_capitals(run: str, rng: random.Random) -> str:
    if len(run) == 1:
        form = rng.choice(["capital {}", "{} capital", "capital {}", "uppercase {}"])
        return form.format(run)
    if run.isupper():
        low = run.lower()
        if should_spell(low):
            letters = " ".join(run)
            return rng.choice([f"capital {letters}", f"{letters}, all capitals"])
        return rng.choice([f"{run}, all caps", f"all caps {low}", f"{low} in capitals"])
    if run[0].isupper() and run[1:].islower():
        if should_spell(run.lower()):
            return f"capital {run[0]}, {' '.join(run[1:])}"
        return rng.choice([f"capital {run.lower()}", f"{run.lower()} with capital {run[0]}"])
    parts = [p.lower() for p in CAMEL.findall(run)]
    caps = [c for c in run if c.isupper()]
    if len(caps) == 1:
        listing = caps[0]
    else:
        listing = ", ".join(caps[:-1]) + " and " + caps[-1]
    return f"{' '.join(parts)}, with capital {listing}"


def say_arg(arg: str, rng: random.Random, quotes: dict[str, int]) -> str:
    """One whitespace-separated argument, said loosely, as Whisper would write it."""
    if GLUE_IP.match(arg) and rng.random() < 0.7:
        return arg
    if GLUE_NAME.match(arg) and rng.random() < 0.45:
        return arg
    words: list[str] = []
    plain_before = False  # the previous piece was a lower-case word said as a word
    for p in NPIECE.findall(arg):
        was_plain, plain_before = plain_before, False
        if p.isalpha():
            if p.islower():
                low = p
                if should_spell(low) and len(low) > 1 and rng.random() < 0.5:
                    words.append(" ".join(low.upper()))
                elif len(low) == 1 and rng.random() < 0.3:
                    words.append(low.upper())  # Whisper's capital, not hers
                else:
                    words.append(low)
                    plain_before = len(low) > 1
            else:
                words.append(say_capitals(p, rng))
        elif p.isdigit():
            if was_plain:
                words[-1] += p  # Whisper writes "file1", "ext2", "sha1sum"
            else:
                words.append(p)
        elif p == "--":
            words.append(rng.choice(["dash dash", "dash dash", "double dash", "minus minus"]))
        elif p == "&&":
            words.append(rng.choice(["and and", "double ampersand"]))
        elif p in "\"'":
            name = "quote" if p == '"' else rng.choice(["single quote", "tick"])
            if quotes[p] % 2 == 0:
                quotes[p + "n"] += 1
                opening = quotes[p + "n"] % 2 == 1
                words.append(("open " if opening else "close ") + name)
            else:
                words.append(name)
        else:
            words.append(rng.choice(LOOSE[p]))
    return " ".join(words)


OPENERS = [
    "Okay, so {c}.",
    "Bueno, can you run {c}?",
    "Este... {c}.",
    "I need that you run {c}.",
    "Write me {c}.",
    "Can you type {c}?",
    "Okay so the command is {c}.",
    "Do me the favor to run {c}.",
    "Let's execute {c}.",
    "O sea, {c}.",
    "Put {c}.",
    "Run please {c}.",
    "Mm, {c}.",
    "So now we do {c}.",
    "Bueno, bueno. {c}.",
    "The next one is {c}.",
    "Okay, write {c}.",
]
FILLERS = ["este", "o sea", "eh", "bueno", "mm"]
LONG_FRAMES = [
    "Okay, so, este, I am fixing the deploy of the backend for the client, and before the "
    "meeting I need to check one thing, so do me the favor to write",
    "Bueno, this is for the ticket of yesterday, the one that Rodrigo opened, o sea, the "
    "thing with the server. I need that you run",
    "Mm, okay. I was reading the documentation with NVDA and it says that I have to use this "
    "command, so, este, please type",
    "So, the tests are failing again, ay, and I think is for the configuration, so let's try "
    "this, write me",
    "Okay, give me one second, I am finding the window... ya. Okay, the command is",
]
ASIDES = [
    "sorry, NVDA is talking at the same time as me,",
    "perdon, my dog is barking,",
    "one moment, the street here is very noisy,",
    "sorry, my screen reader was reading the Slack,",
    "ay, the headphones, one second,",
    "how do you say, este,",
]
CORRECTIONS = ["no wait, I mean", "no no, perdon, it's", "mejor dicho, I mean", "no, sorry,",
               "ay, no, that's wrong, it's"]
RESTARTS = ["ay, I lost myself, from the beginning:", "no, wait, let me start again.",
            "perdon, I start again.", "no, espera, again from the start:"]
CLOSERS = ["", "", " And give enter.", " That's it.", " Gracias.", " Ya.", " Please.",
           " That's all, gracias.", " And enter, please.", " Ya, and give enter."]
WRONG_WORDS = ["backup", "config", "output", "notes", "test", "demo", "src", "docs", "main"]
EXTS = ["txt", "py", "json", "yaml", "log", "csv", "md"]


def sentence_case(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def arg_phrases(cmd: str, rng: random.Random) -> list[str]:
    quotes = {'"': cmd.count('"'), "'": cmd.count("'"), '"n': 0, "'n": 0}
    return [say_arg(a, rng, quotes) for a in cmd.split(" ")]


def join_body(phrases: list[str], rng: random.Random, filler_p: float) -> str:
    out: list[str] = []
    for k, ph in enumerate(phrases):
        if k and rng.random() < filler_p:
            out.append(f", {rng.choice(FILLERS)}, ")
        elif k and rng.random() < 0.08:
            out.append(" space ")
        elif k:
            out.append(" ")
        out.append(ph)
    return "".join(out).replace(" ,", ",")


def natural(cmd: str, rng: random.Random) -> str:
    body = join_body(arg_phrases(cmd, rng), rng, 0.12)
    frame = rng.choice(OPENERS)
    return sentence_case(frame.format(c=body) + rng.choice(CLOSERS)).strip()


def wrong_arg(arg: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(arg) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        d = str((int(arg[i]) + rng.randint(1, 8)) % 10)
        return arg[:i] + d + arg[i + 1:]
    m = re.search(r"\.([a-z]{2,4})$", arg)
    if m:
        other = rng.choice([e for e in EXTS if e != m.group(1)])
        return arg[: m.start(1)] + other
    if re.fullmatch(r"-[a-zA-Z]", arg):
        return "-" + rng.choice([c for c in "abcdefhlnpqrsvx" if c != arg[1]])
    if arg.startswith("--") and len(arg) > 4:
        return arg[:-1] if len(arg) > 6 else arg + "s"
    return rng.choice([w for w in WRONG_WORDS if w != arg])


def chaotic(cmd: str, rng: random.Random) -> str:
    args = cmd.split(" ")
    phrases = arg_phrases(cmd, rng)
    # a correction on one argument (the wrong version is said, then taken back)
    if rng.random() < 0.75:
        k = rng.randrange(1, len(args)) if len(args) > 1 else 0
        quotes = {'"': 1, "'": 1, '"n': 0, "'n": 0}
        wrong = say_arg(wrong_arg(args[k], rng), rng, quotes)
        if wrong != phrases[k]:
            fix = rng.choice(CORRECTIONS)
            phrases[k] = f"{wrong}, {fix} {phrases[k]}"
    # a stutter: one plain word said twice
    if rng.random() < 0.5:
        k = rng.randrange(len(phrases))
        first = phrases[k].split(" ")[0]
        if first.isalpha() and len(first) > 2 and first not in LOOSE_NAMES:
            phrases[k] = f"{first}... {phrases[k]}"
    # an aside between two arguments
    if len(phrases) > 1 and rng.random() < 0.55:
        k = rng.randrange(1, len(phrases))
        phrases[k] = f", {rng.choice(ASIDES)} {phrases[k]}"
    body = join_body(phrases, rng, 0.2)
    # a restart: the first words, given up, then everything again
    if rng.random() < 0.35:
        head = join_body(arg_phrases(cmd, rng)[: max(1, len(args) // 2)], rng, 0.0)
        body = f"{head}... {rng.choice(RESTARTS)} {body}"
    if rng.random() < 0.45:
        text = f"{rng.choice(LONG_FRAMES)} {body}."
    else:
        text = rng.choice(OPENERS).format(c=body)
    text += rng.choice(CLOSERS)
    return sentence_case(text.replace(" ,", ",").replace(",,", ",")).strip()


# ---------------------------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------------------------

SKIP = {
    # an unbalanced quote: nobody could say where the string ends
    'function demo { data "Function test test; }',
}


def candidates() -> list[str]:
    rows = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines()]
    seen_first: dict[str, int] = {}
    seen: set[str] = set()
    out: list[str] = []
    for n, row in enumerate(rows):
        if n % 4:
            continue
        cmd = row["command"]
        if (not cmd.isascii() or len(cmd) > MAX_LEN or cmd in SKIP or cmd in seen
                or "  " in cmd or cmd != cmd.strip() or not cmd.isprintable()):
            continue
        first = cmd.split()[0]
        if seen_first.get(first, 0) >= 2:
            continue
        seen_first[first] = seen_first.get(first, 0) + 1
        seen.add(cmd)
        out.append(cmd)
    return out


def main() -> None:
    rng = random.Random(SEED)
    pool = candidates()
    rng.shuffle(pool)
    clean_cmds: list[str] = []
    rest: list[str] = []
    dropped: list[str] = []
    for cmd in pool:
        if len(clean_cmds) < PER_SLICE:
            spoken = encode_clean(cmd)
            if decode(spoken) == cmd and re.fullmatch(r"[a-z]+( [a-z]+)*", spoken):
                clean_cmds.append(cmd)
            else:
                dropped.append(cmd)
        else:
            rest.append(cmd)
    assert len(clean_cmds) == PER_SLICE and len(rest) >= 3 * PER_SLICE
    fuzzy_cmds = rest[:PER_SLICE]
    natural_cmds = rest[PER_SLICE: 2 * PER_SLICE]
    chaotic_cmds = rest[2 * PER_SLICE: 3 * PER_SLICE]

    lines: list[dict[str, str]] = []
    for cmd in clean_cmds:
        spoken = encode_clean(cmd)
        assert decode(spoken) == cmd, (spoken, cmd)
        lines.append({"input": spoken, "command": cmd, "slice": "clean"})
    for cmd in fuzzy_cmds:
        lines.append({"input": fuzzy(encode_clean(cmd), rng), "command": cmd, "slice": "fuzzy"})
    for cmd in natural_cmds:
        lines.append({"input": natural(cmd, rng), "command": cmd, "slice": "natural"})
    for cmd in chaotic_cmds:
        lines.append({"input": chaotic(cmd, rng), "command": cmd, "slice": "chaotic"})

    assert len(lines) == 4 * PER_SLICE
    assert len({row["command"] for row in lines}) == 4 * PER_SLICE
    for row in lines:
        if row["slice"] == "clean":
            assert decode(row["input"]) == row["command"]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in lines:
            row["author"] = AUTHOR
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}; dropped for clean: {dropped}")


if __name__ == "__main__":
    main()
