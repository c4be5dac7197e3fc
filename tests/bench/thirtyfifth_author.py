#!/usr/bin/env python3
"""Author 35: Kenji's dictation set for the voice-to-bash evaluation.

Writes assets/training/bash/author35.jsonl: 400 lines, 100 each in the slices clean, fuzzy,
natural and chaotic, in that order. Each line is {"input", "command", "slice", "author"}.
Commands come from the "command" field of assets/training/bash/train.jsonl (0-based lines
with n % 11 == 7, then n % 11 == 8 to fill up): ASCII, at most 80 characters, no tab,
newline or double blank, each once, at most two per tool (the tool is the first word after
sudo and VAR=value prefixes). Under that rule the n % 11 == 7 lines already give 419, so
the first 400 of them are used. The "why" Kenji sometimes gives is the
plain-English description of the same command in assets/training/bash/corpus.jsonl. Both
derive from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to
the tldr-pages authors. Standard library only; one random.Random(35) consumed in a fixed
order, so reruns are byte-identical: `python3 tests/bench/thirtyfifth_author.py`.

Persona
-------
Kenji, a developer, dictates on his laptop microphone into a small, fast Whisper model.
He is plain and polite ("okay so", "can you run", "let's do", "that should list the
files"). Whisper-tiny gives him homophones for tool names, odd number formatting, random
capitalisation, sometimes no punctuation at all and sometimes a full stop in the middle of
the command. His own slips are fixed with "no", "sorry", "I mean" or "scratch that".
He says "dash" for option dashes and lets Whisper write paths, file names, URLs and
hyphenated names as text ("~/projects/index.html", "daemon-reload"); now and then he spells
a word out ("docs slash main dot py", "one two seven dot zero dot zero dot one"). Symbols
Whisper cannot write he always says: pipe, greater than, "and and", quote ... unquote.

Style guide (what the listener, decode() below, does)
-----------------------------------------------------
0. Words are split on whitespace. "Norm" of a word = lower case, trailing . , ? ! removed.
   Whisper's case is noise on purely alphabetic words that are lower case, Capitalised or
   ALL CAPS ("LS", "Git", "Okay"): they are read in lower case. Words with internal
   capitals ("VBoxManage", "skipTests") and any word containing a digit or symbol
   ("README.md", "-S", "/etc/hosts") are copied exactly as Whisper wrote them.
1. Framing. The command starts after the openers Kenji puts first (okay, ok, so, alright,
   right, hi, hey, and, now, then, well, "let's see", run, type, try, fillers) and one
   lead-in cue: "can you run", "could you run", "can you type", "let's do", "let's run",
   "let's try", "please run", "please type", "go ahead and run", "go ahead and type",
   "the command is", "next one is", "I'd like to run". If the line does not start that
   way but a cue occurs later ("I need to back this up, so let's run ..."), the command
   starts after the first cue. The command ends at the first tail phrase: "that should",
   "which should", "it should", "that'll", "that's for", "so I can", "just to", "because",
   "thanks", "thank you", "please", "for me", "and tell me", "I think", "or something",
   "if that works". Text inside quote ... unquote, and the word after "literally", is
   never searched for these (nor for the fillers and repair words of 7).
2. Whisper punctuation. Trailing . , ? ! on any word longer than one character (outside
   quote ... unquote) is dropped, so "log." or "dash," or "config.yaml," lose the mark;
   a full stop in the middle of a command means nothing.
3. Mode. If the command part contains the word "space", it is spoken protocol (clean,
   fuzzy, some chaotic lines); otherwise it is natural speech.
4. Protocol mode. "space" separates the command's words; the words between two "space"s
   are glued with no blanks, so a name Whisper split in two ("check updates") is rejoined.
   Symbol names: dash - , dot . , slash / , underscore _ , tilde ~ , colon : , semicolon ;
   comma , equals = , plus + , star * , at @ , hash # , dollar $ , percent % , caret ^ ,
   ampersand & , pipe | , bang ! , question mark ? , quote " , single quote ' , backtick ` ,
   backslash \\ , open/close paren ( ) , open/close bracket [ ] , open/close brace { } ,
   less than < , greater than > . Looser names heard in fuzzy speech: minus, hyphen, period,
   point, forward slash, under score, tilda, equal, equal sign, asterisk, at sign, pound,
   dollar sign, percent sign, and sign, vertical bar, exclamation mark, double quote,
   apostrophe, left/right paren, left/right bracket, left/right brace, semi colon,
   back slash, plus sign. Digits are said one by one (zero ... nine) or written as
   numerals; both are kept as digits. "capital x" (also "cap", "uppercase") capitalises
   the first letter of the next word; "all caps home" (also "all uppercase") upper-cases
   the whole next word; "literally" takes the next word as plain text even if it is a
   symbol name. Whisper may write a symbol as itself ("-"); such words are kept as is.
5. Natural mode. Words are the command's words in order, except for spoken symbols:
   - prefix words glue to what follows: dash (also a lone "-") -, tilde ~, dollar $;
     so "dash dash all" is --all and "dash la" is -la;
   - joining words glue the words on both sides: hyphen -, dot ., slash (also a lone "/"),
     forward slash /, underscore _, colon :, equals =, at @, comma ,, plus +; with nothing
     to join on one side they stand alone ("go test dash v dash bench dot" ends with " .");
   - semicolon glues to the word before it; star *, question mark ? act as words;
   - stand-alone words: pipe |, greater than >, less than <, "and and" &&, "or or" ||,
     ampersand &, "double dash" --;
   - quote ... unquote (single quote ... unquote) encloses text copied verbatim, blanks
     included, inside " (or ');
   - consecutive digit words join into one number ("one two seven dot zero dot zero dot
     one" is 127.0.0.1); two two-digit numbers in a row are one four-digit number ("80 80"
     is 8080); a lone "v" before a number is a version prefix ("v 1.2" is v1.2);
   - capital / all caps / literally work as in protocol mode.
6. Mishearings the listener knows (and the only ones used). At the tool position (first
   word of the command, or right after sudo, a pipe, && or ||): pseudo / "sue do" = sudo,
   get = git, grab / grip = grep, "see dee" = cd, "l s" = ls, "cube control" / "cube
   cuddle" = kubectl, doctor = docker, "pie test" = pytest, "my pie" = mypy, "rust up" =
   rustup, "my sequel" = mysql, "tea mux" = tmux, "system control" / "system CTL" =
   systemctl, app = apt. Anywhere: jason = json, yamel = yaml, pie = py, "engine x" =
   nginx, "num pie" = numpy. (23 in all; Whisper's other slips are case and punctuation.)
7. Disfluencies. Fillers um, uh, er, erm, hmm, umm, uhh and the asides "hang on", "one
   sec", "let me check", "where was I", "bear with me" are ignored. "scratch that", "let
   me start over" and "start over" throw away everything said so far. "no," (with a
   mark), "no no", "no wait", "sorry" and "I mean" start a repair: openers and a lead-in
   cue at its start are skipped; if the repair's first word (or its tool mishearing)
   already occurred, the command is cut back to its last occurrence and the repair
   continues from there (restarts, "origin main, sorry, origin dev"); otherwise the
   repair replaces the last word said ("dash dash verbose, no, dash dash quiet").

Slices
------
clean: protocol only, canonical names, every space said, digits as words, no framing, no
punctuation. fuzzy: protocol with looser names, a capitalised first word, a final full
stop, commas after some "space"s, numerals, split compound names, tool mishearings, a "-"
written as a character. natural: Kenji's framings and Whisper's slips as in 1, 2, 5, 6.
chaotic: natural (or protocol) speech with at least one repair or restart per line, plus
fillers, asides and trailing thoughts.

A one-word command with a symbol in it ("nvidia-smi") has no "space", so by rule 3 it
reads as natural speech ("nvidia dash smi" would be nvidia -smi); such commands are only
used in the natural and chaotic slices, where Whisper writes "nvidia-smi".

Known ambiguities, resolved by fixed rules rather than by sense: "get", "app" and
"doctor" at the tool position are always git, apt and docker; two two-digit numbers in a
row always join ("80 80"); a joining word always glues, so a path that starts with "/" or
"." is only ever written as text, never said as "slash tmp ..."; a real command word that
is itself a symbol name, filler or tail word is said after "literally"; a command with a
real "space" word, a final "?" or "." glued to a word, or a trailing "/" said as "slash"
cannot be said in natural style, so such words are written as text or the line is
re-rendered (the generator keeps only lines that decode() maps back to their command).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
TRAIN = BASH / "train.jsonl"
CORPUS = BASH / "corpus.jsonl"
OUT = BASH / "author35.jsonl"
AUTHOR = "author35"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TOTAL = PER_SLICE * len(SLICES)

# ---------------------------------------------------------------- vocabulary
CANON = {
    "-": "dash", ".": "dot", "/": "slash", "_": "underscore", "~": "tilde", ":": "colon",
    ";": "semicolon", ",": "comma", "=": "equals", "+": "plus", "*": "star", "@": "at",
    "#": "hash", "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand", "|": "pipe",
    "!": "bang", "?": "question mark", '"': "quote", "'": "single quote", "`": "backtick",
    "\\": "backslash", "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace", "<": "less than",
    ">": "greater than",
}
LOOSE = {
    "-": ("minus", "hyphen"), ".": ("period", "point"), "/": ("forward slash",),
    "_": ("under score",), "~": ("tilda",), "=": ("equal", "equal sign"),
    "*": ("asterisk",), "@": ("at sign",), "#": ("pound",), "$": ("dollar sign",),
    "%": ("percent sign",), "&": ("and sign",), "|": ("vertical bar",),
    "!": ("exclamation mark",), '"': ("double quote",), "'": ("apostrophe",),
    "(": ("left paren",), ")": ("right paren",), "[": ("left bracket",),
    "]": ("right bracket",), "{": ("left brace",), "}": ("right brace",),
    ";": ("semi colon",), "\\": ("back slash",), "+": ("plus sign",),
}
PROTO = {tuple(name.split()): ch for ch, name in CANON.items()}
for _ch, _names in LOOSE.items():
    for _name in _names:
        PROTO[tuple(_name.split())] = _ch

PREFIX, INFIX, SUFFIX, ALONE, WORDISH = "prefix", "infix", "suffix", "alone", "wordish"
NAT = {
    ("dash",): ("-", PREFIX), ("-",): ("-", PREFIX), ("double", "dash"): ("--", ALONE),
    ("hyphen",): ("-", INFIX), ("dot",): (".", INFIX), ("slash",): ("/", INFIX),
    ("/",): ("/", INFIX), ("forward", "slash"): ("/", INFIX), ("underscore",): ("_", INFIX),
    ("colon",): (":", INFIX), ("equals",): ("=", INFIX), ("at",): ("@", INFIX),
    ("comma",): (",", INFIX), ("plus",): ("+", INFIX), ("tilde",): ("~", PREFIX),
    ("dollar",): ("$", PREFIX), ("star",): ("*", WORDISH),
    ("question", "mark"): ("?", WORDISH), ("pipe",): ("|", ALONE),
    ("greater", "than"): (">", ALONE), ("less", "than"): ("<", ALONE),
    ("and", "and"): ("&&", ALONE), ("or", "or"): ("||", ALONE),
    ("ampersand",): ("&", ALONE), ("semicolon",): (";", SUFFIX),
}
NAT_ALONE_SAY = {
    "|": "pipe", ">": "greater than", "<": "less than", "&&": "and and", "||": "or or",
    "&": "ampersand", "--": "double dash",
}
NAT_INFIX_SAY = {
    ".": "dot", "/": "slash", "_": "underscore", ":": "colon", "=": "equals", "@": "at",
    ",": "comma", "+": "plus",
}
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}
CAPS = {
    ("capital",): "cap", ("cap",): "cap", ("uppercase",): "cap",
    ("all", "caps"): "upper", ("all", "uppercase"): "upper",
}
FILLERS = {"um", "uh", "er", "erm", "hmm", "umm", "uhh"}
ASIDES = [("hang", "on"), ("one", "sec"), ("let", "me", "check"), ("where", "was", "i"),
          ("bear", "with", "me")]
REPAIRS = [("no", "no"), ("no", "wait"), ("sorry",), ("i", "mean")]
RESTARTS = [("let", "me", "start", "over"), ("scratch", "that"), ("start", "over")]
CUES = [
    ("can", "you", "run"), ("could", "you", "run"), ("can", "you", "type"), ("let's", "do"),
    ("let's", "run"), ("let's", "try"), ("please", "run"), ("please", "type"),
    ("go", "ahead", "and", "run"), ("go", "ahead", "and", "type"), ("the", "command", "is"),
    ("next", "one", "is"), ("i'd", "like", "to", "run"),
]
OPENERS = [("okay",), ("ok",), ("so",), ("alright",), ("right",), ("hi",), ("hey",),
           ("and",), ("now",), ("then",), ("well",), ("let's", "see"), ("run",), ("type",),
           ("try",)] + [(f,) for f in sorted(FILLERS)]
TAILS = [
    ("that", "should"), ("which", "should"), ("it", "should"), ("that'll",),
    ("that's", "for"), ("so", "i", "can"), ("just", "to"), ("because",), ("thanks",),
    ("thank", "you"), ("please",), ("for", "me"), ("and", "tell", "me"), ("i", "think"),
    ("or", "something"), ("if", "that", "works"),
]
TOOL_HEARD = {
    ("pseudo",): "sudo", ("sue", "do"): "sudo", ("get",): "git", ("grab",): "grep",
    ("grip",): "grep", ("see", "dee"): "cd", ("l", "s"): "ls", ("cube", "control"): "kubectl",
    ("cube", "cuddle"): "kubectl", ("doctor",): "docker", ("pie", "test"): "pytest",
    ("my", "pie"): "mypy", ("rust", "up"): "rustup", ("my", "sequel"): "mysql",
    ("tea", "mux"): "tmux", ("system", "control"): "systemctl", ("system", "ctl"): "systemctl",
    ("app",): "apt",
}
ANY_HEARD = {("jason",): "json", ("yamel",): "yaml", ("pie",): "py",
             ("engine", "x"): "nginx", ("num", "pie"): "numpy"}
TOOL_SAID: dict[str, list[tuple[str, ...]]] = {}
for _k, _v in TOOL_HEARD.items():
    TOOL_SAID.setdefault(_v, []).append(_k)
ANY_SAID = {v: k for k, v in ANY_HEARD.items()}
TOOL_BREAKS = {"sudo", "|", "&&", "||"}

RISKY = (
    {w for k in PROTO for w in k} | {w for k in CAPS for w in k} | set(DIGITS)
    | {"space", "literally"} | FILLERS | {k[0] for k in ANY_HEARD if len(k) == 1}
)
NAT_RISKY = (
    {k[0] for k in NAT if len(k) == 1} | {k[0] for k in CAPS if len(k) == 1} | set(DIGITS)
    | FILLERS | {"space", "literally", "quote", "unquote", "sorry"}
    | {k[0] for k in ANY_HEARD if len(k) == 1} | {k[0] for k in TAILS if len(k) == 1}
)


# ---------------------------------------------------------------- the listener
def norm(word: str) -> str:
    return word.lower().rstrip(".,?!")


def strip_marks(word: str) -> str:
    return word.rstrip(".,?!") if len(word) > 1 else word


def match(words: list, i: int, table) -> int:
    """Length of the longest key of table that matches the norms of words at i, else 0."""
    best = 0
    for key in table:
        n = len(key)
        if n <= best or i + n > len(words):
            continue
        if all(isinstance(words[i + j], str) and norm(words[i + j]) == key[j]
               for j in range(n)):
            best = n
    return best


def key_at(words: list, i: int, n: int) -> tuple[str, ...]:
    return tuple(norm(w) for w in words[i:i + n])


def group_quotes(words: list[str]) -> list:
    """Turn quote ... unquote (single quote ... unquote) into one ("Q", text) item."""
    items: list = []
    i = 0
    while i < len(words):
        lw = norm(words[i])
        opener = 0
        if lw == "quote":
            opener, mark = 1, '"'
        elif lw == "single" and i + 1 < len(words) and norm(words[i + 1]) == "quote":
            opener, mark = 2, "'"
        if opener:
            close = next((j for j in range(i + opener, len(words))
                          if norm(words[j]) == "unquote"), None)
            if close is not None:
                items.append(("Q", mark + " ".join(words[i + opener:close]) + mark))
                i = close + 1
                continue
        items.append(words[i])
        i += 1
    return items


def strip_openers(items: list, i: int) -> tuple[int, bool]:
    """Skip openers and one lead-in cue at i; also say whether a cue was found."""
    while i < len(items):
        n = match(items, i, OPENERS)
        if not n:
            break
        i += n
    n = match(items, i, CUES)
    if not n:
        return i, False
    i += n
    while i < len(items) and isinstance(items[i], str) and norm(items[i]) in FILLERS:
        i += 1
    return i, True


def find_start(items: list) -> int:
    i, cued = strip_openers(items, 0)
    if cued:
        return i
    for j in range(i, len(items)):
        n = match(items, j, CUES)
        if n:
            return j + n
    return i


def find_end(items: list, start: int) -> int:
    j = start
    while j < len(items):
        if isinstance(items[j], str) and norm(items[j]) == "literally":
            j += 2
            continue
        if match(items, j, TAILS):
            return j
        j += 1
    return len(items)


def split_repairs(span: list) -> list[tuple[str, list]]:
    segs: list[tuple[str, list]] = [("first", [])]
    i = 0
    while i < len(span):
        it = span[i]
        if isinstance(it, str) and norm(it) == "literally":
            segs[-1][1].extend(span[i:i + 2])
            i += 2
            continue
        if isinstance(it, str):
            if norm(it) in FILLERS:
                i += 1
                continue
            n = match(span, i, ASIDES)
            if n:
                i += n
                continue
            n = match(span, i, RESTARTS)
            if n:
                segs.append(("restart", []))
                i += n
                continue
            n = match(span, i, REPAIRS)
            if not n and norm(it) == "no" and it[-1] in ",.!":
                n = 1
            if n:
                segs.append(("repair", []))
                i += n
                continue
        segs[-1][1].append(it)
        i += 1
    return segs


def spell_proto(words: list[str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        if lw == "literally" and i + 1 < len(words):
            nxt = words[i + 1]
            out.append(case_rule(nxt))
            i += 2
            continue
        n = match(words, i, CAPS)
        if n and i + n < len(words):
            nxt = words[i + n].lower()
            out.append(nxt.upper() if CAPS[key_at(words, i, n)] == "upper"
                       else nxt[:1].upper() + nxt[1:])
            i += n + 1
            continue
        n = match(words, i, PROTO)
        if n:
            out.append(PROTO[key_at(words, i, n)])
            i += n
            continue
        if lw in DIGIT_OF:
            out.append(DIGIT_OF[lw])
            i += 1
            continue
        n = match(words, i, ANY_HEARD)
        if n:
            out.append(ANY_HEARD[key_at(words, i, n)])
            i += n
            continue
        out.append(case_rule(w))
        i += 1
    return "".join(out)


def is_space(items: list, k: int) -> bool:
    """A "space" separator (not the word after "literally")."""
    return (isinstance(items[k], str) and norm(items[k]) == "space"
            and not (k and isinstance(items[k - 1], str) and norm(items[k - 1]) == "literally"))


def decode_proto(seg: list, tool_first: bool) -> list[str]:
    chunks: list[list[str]] = [[]]
    for k, it in enumerate(seg):
        if is_space(seg, k):
            chunks.append([])
        else:
            chunks[-1].append(it if isinstance(it, str) else it[1])
    tokens: list[str] = []
    for chunk in chunks:
        words = [w for w in (strip_marks(w) for w in chunk) if w]
        if not words:
            continue
        at_tool = (tool_first and not tokens) or bool(tokens and tokens[-1] in TOOL_BREAKS)
        key = tuple(w.lower() for w in words)
        if at_tool and key in TOOL_HEARD:
            tokens.append(TOOL_HEARD[key])
        else:
            tokens.append(spell_proto(words))
    return tokens


def case_rule(word: str) -> str:
    if word.isalpha() and (word.islower() or word.istitle() or word.isupper()):
        return word.lower()
    return word


def nat_units(seg: list, tool_first: bool) -> list[list]:
    raw: list = []
    for it in seg:
        if isinstance(it, str):
            w = strip_marks(it)
            if w:
                raw.append(w)
        else:
            raw.append(it)
    units: list[list] = []
    i = 0
    while i < len(raw):
        it = raw[i]
        if not isinstance(it, str):
            units.append(["W", it[1], False])
            i += 1
            continue
        lw = it.lower()
        if lw == "literally" and i + 1 < len(raw) and isinstance(raw[i + 1], str):
            units.append(["W", case_rule(raw[i + 1]), False])
            i += 2
            continue
        n = match(raw, i, CAPS)
        if n and i + n < len(raw) and isinstance(raw[i + n], str):
            nxt = raw[i + n].lower()
            text = (nxt.upper() if CAPS[key_at(raw, i, n)] == "upper"
                    else nxt[:1].upper() + nxt[1:])
            units.append(["W", text, False])
            i += n + 1
            continue
        n = match(raw, i, NAT)
        if n:
            ch, cls = NAT[key_at(raw, i, n)]
            units.append(["W", ch, False] if cls == WORDISH else ["S", ch, cls])
            i += n
            continue
        if lw in DIGIT_OF:
            if units and units[-1][0] == "D":
                units[-1][1] += DIGIT_OF[lw]
            else:
                units.append(["D", DIGIT_OF[lw], False])
            i += 1
            continue
        units.append(["W", case_rule(it), it.isalpha()])
        i += 1
    for u in units:
        if u[0] == "D":
            u[0] = "W"
    # mishearings
    heard: list[list] = []
    k = 0
    while k < len(units):
        prev = heard[-1] if heard else None
        at_tool = (tool_first and not heard) or bool(
            prev and ((prev[0] == "S" and prev[2] in (ALONE, SUFFIX)) or
                      (prev[0] == "W" and prev[1] == "sudo")))
        done = False
        for table in ((TOOL_HEARD, ANY_HEARD) if at_tool else (ANY_HEARD,)):
            for key in sorted(table, key=len, reverse=True):
                n = len(key)
                part = units[k:k + n]
                if len(part) == n and all(u[0] == "W" and u[2] for u in part) and tuple(
                        u[1].lower() for u in part) == key:
                    heard.append(["W", table[key], False])
                    k += n
                    done = True
                    break
            if done:
                break
        if not done:
            heard.append(units[k])
            k += 1
    # number formatting: "80 80" -> 8080, "v 1.2" -> v1.2
    joined: list[list] = []
    for u in heard:
        if (joined and u[0] == "W" and joined[-1][0] == "W"
                and re.fullmatch(r"\d\d", u[1]) and re.fullmatch(r"\d\d", joined[-1][1])):
            joined[-1] = ["W", joined[-1][1] + u[1], False]
        elif (joined and u[0] == "W" and joined[-1][0] == "W" and joined[-1][1] == "v"
              and u[1][:1].isdigit()):
            joined[-1] = ["W", "v" + u[1], False]
        else:
            joined.append(u)
    return joined


def decode_nat(seg: list, tool_first: bool) -> list[str]:
    units = nat_units(seg, tool_first)
    tokens: list[str] = []
    cur: str | None = None
    glue = False

    def push() -> None:
        if cur is not None:
            tokens.append(cur)

    for k, u in enumerate(units):
        if u[0] == "W":
            if cur is not None and glue:
                cur += u[1]
            else:
                push()
                cur = u[1]
            glue = False
            continue
        ch, cls = u[1], u[2]
        if cls == PREFIX:
            if cur is not None and glue:
                cur += ch
            else:
                push()
                cur = ch
            glue = True
        elif cls == INFIX:
            nxt = units[k + 1] if k + 1 < len(units) else None
            if cur is not None and nxt is not None and (
                    nxt[0] == "W" or nxt[2] in (PREFIX, INFIX)):
                cur += ch
                glue = True
            else:
                push()
                tokens.append(ch)
                cur, glue = None, False
        elif cls == SUFFIX:
            cur = ch if cur is None else cur + ch
            glue = False
        else:
            push()
            tokens.append(ch)
            cur, glue = None, False
    push()
    return tokens


def rfind(tokens: list[str], tok: str) -> int:
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k] == tok:
            return k
    return -1


def decode(line: str) -> str:
    """The careful listener of the style guide: transcript -> command."""
    items = group_quotes(line.split())
    start = find_start(items)
    span = items[start:find_end(items, start)]
    proto = any(is_space(span, k) for k in range(len(span)))
    dec = decode_proto if proto else decode_nat
    result: list[str] = []
    for kind, seg in split_repairs(span):
        if kind != "first":
            seg = seg[strip_openers(seg, 0)[0]:]
        if not seg:
            continue
        if kind in ("first", "restart") or not result:
            result = dec(seg, True)
            continue
        plain = dec(seg, False)
        if not plain:
            continue
        k = rfind(result, plain[0])
        if k >= 0:
            result = result[:k] + plain
            continue
        heard = dec(seg, True)
        k = rfind(result, heard[0]) if heard and heard != plain else -1
        if k >= 0:
            result = result[:k] + heard
        else:
            result = result[:-1] + plain
    return " ".join(result)


# ---------------------------------------------------------------- commands
def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    for w in words:
        if w == "sudo" or re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", w):
            continue
        return w
    return words[0]


def usable(cmd: str) -> bool:
    return (bool(cmd) and cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd
            and "\t" not in cmd and "  " not in cmd and cmd == cmd.strip())


def candidates() -> list[str]:
    rows = TRAIN.read_text(encoding="utf-8").splitlines()
    picked: list[str] = []
    seen: set[str] = set()
    tools: Counter[str] = Counter()
    for mod in (7, 8):
        for n, row in enumerate(rows):
            if n % 11 != mod:
                continue
            cmd = json.loads(row)["command"]
            if not usable(cmd) or cmd in seen or tools[tool_of(cmd)] >= 2:
                continue
            seen.add(cmd)
            tools[tool_of(cmd)] += 1
            picked.append(cmd)
    return picked


def descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in CORPUS.read_text(encoding="utf-8").splitlines():
        d = json.loads(row)
        out.setdefault(d["command"], d["description"])
    return out


NOUNISH = {"interactive", "path", "after", "garbage", "dry-run", "verbose", "number", "cap",
           "target", "host", "back", "stack"}


def why_of(desc: str) -> tuple[str, bool]:
    """Description as Kenji says it, and whether it reads as a verb phrase."""
    text = re.sub(r"\([^)]*\)", "", desc)
    text = re.sub(r"[\"`<>{}\[\]]", "", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip(".:;, ")
    first = text.split(" ")[0] if text else ""
    if first[:1].isupper() and first[1:].islower() or first.isalpha() and first.istitle():
        text = first.lower() + text[len(first):]
    return text, first.lower().rstrip(",") not in NOUNISH


# ---------------------------------------------------------------- protocol speech
def camel_split(s: str) -> list[str]:
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", s)


COMPOUND_PARTS = {
    "back", "up", "data", "file", "files", "check", "updates", "update", "screen", "recorder",
    "user", "name", "names", "pass", "word", "words", "key", "store", "host", "read", "link",
    "time", "play", "list", "down", "load", "out", "put", "in", "date", "grade", "dock",
    "mount", "server", "client", "config", "script", "type", "info", "view", "web", "app",
    "main", "test", "path", "line", "lines", "node", "net", "hub", "lab", "set", "show",
    "note", "notes", "box", "tool", "tools", "log", "logs", "sub", "volume", "system", "make",
    "power", "shell", "chat", "secret", "secrets", "resource", "resources", "report",
    "status", "free", "pack", "age", "help", "task", "sign", "desk", "top", "graph", "image",
    "photo", "dump", "sync", "home", "auto", "run", "manager", "cache", "base", "root", "boot",
    "clean", "color", "picker", "label", "release", "deploy", "work", "output", "input",
}


def split_compound(low: str) -> list[str]:
    """Whisper writes a compound name as two words ("check updates"), if it is one."""
    for cut in range(2, len(low) - 1):
        if low[:cut] in COMPOUND_PARTS and low[cut:] in COMPOUND_PARTS:
            return [low[:cut], low[cut:]]
    return [low]


def fuzzy_style(cmd: str, rng: random.Random) -> dict:
    """Kenji's looser names for this line: one name per symbol, held for the whole line."""
    names = {}
    for ch in sorted(set(cmd)):
        if ch in CANON:
            loose = LOOSE.get(ch, ())
            names[ch] = rng.choice(loose) if loose and rng.random() < 0.55 else CANON[ch]
    return {
        "names": names,
        "cap": rng.choice(("capital", "capital", "cap", "uppercase")),
        "caps": rng.choice((["all", "caps"], ["all", "caps"], ["all", "uppercase"])),
        "numerals": rng.random() < 0.5,
    }


def proto_piece(piece: str, style: dict | None, rng: random.Random | None,
                escape: bool) -> list[str]:
    """Protocol words for one space-free piece; without style, the canonical (clean) form."""
    words: list[str] = []
    for atom in re.findall(r"[A-Za-z]+|[0-9]+|.", piece):
        if atom.isalpha():
            for seg in camel_split(atom):
                low = seg.lower()
                if seg.islower():
                    if escape and low in RISKY:
                        words += ["literally", low]
                    elif style and rng and rng.random() < 0.5:
                        words += split_compound(low)
                    else:
                        words.append(low)
                elif len(seg) == 1 or seg.istitle():
                    words += [style["cap"] if style else "capital", low]
                else:
                    words += (style["caps"] if style else ["all", "caps"]) + [low]
        elif atom.isdigit():
            if style and rng and (style["numerals"] or len(atom) > 2) and rng.random() < 0.6:
                words.append(atom)
            else:
                words += [DIGITS[int(d)] for d in atom]
        else:
            name = CANON.get(atom, atom)
            if style and rng:
                name = style["names"].get(atom, name)
                if atom in LOOSE and rng.random() < 0.1:
                    name = rng.choice((CANON[atom],) + LOOSE[atom])
                if atom in "-/" and rng.random() < 0.06:
                    name = atom
            words += name.split()
    return words


def clean_line(cmd: str) -> str:
    for escape in (False, True):
        line = " space ".join(" ".join(proto_piece(p, None, None, escape))
                              for p in cmd.split(" "))
        if decode(line) == cmd:
            return line
    return ""


def heard_tool(words: list[str], rng: random.Random, p: float) -> list[str]:
    """Whisper's tool-name mishearing, when the piece is a tool it knows."""
    joined = "".join(words)
    if joined in TOOL_SAID and rng.random() < p:
        return list(rng.choice(TOOL_SAID[joined]))
    return words


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    pieces = cmd.split(" ")
    escape = rng.random() < 0.2
    style = fuzzy_style(cmd, rng)
    parts: list[list[str]] = []
    for k, piece in enumerate(pieces):
        words = proto_piece(piece, style, rng, escape)
        if k == 0 or pieces[k - 1] in TOOL_BREAKS:
            if piece in TOOL_SAID:
                words = heard_tool([piece], rng, 0.45)
        parts.append(words)
    line = ""
    for k, words in enumerate(parts):
        if k:
            line += " space, " if rng.random() < 0.2 else " space "
        line += " ".join(words)
    if rng.random() < 0.6 and line[:1].isalpha():
        line = line[:1].upper() + line[1:]
    if rng.random() < 0.45:
        line += "."
    if line == clean_line(cmd):
        line += "."
    return line


# ---------------------------------------------------------------- natural speech
Said = list[tuple[str, bool]]  # (word, protected from Whisper's case and punctuation)


def coin(rng: random.Random | None, p: float, default: bool) -> bool:
    """A random choice; without rng (the fixed, most literal rendering) the default."""
    return default if rng is None else rng.random() < p


def verbatim_ok(piece: str) -> bool:
    """Can Whisper write this command word as plain text that the listener copies back?"""
    if not piece or piece[-1] in ".,?!" or piece in ("-", "/", ".") or piece in NAT_ALONE_SAY:
        return False
    if "\"" in piece or "'" in piece:
        return False
    if piece.isalpha() and not piece.islower() and (piece.istitle() or piece.isupper()):
        return False
    return piece.lower() not in NAT_RISKY


def say_number(text: str, rng: random.Random | None, p_words: float) -> list[str]:
    """Whisper writes numbers as numerals, a four-digit one often as two pairs ("80 80")
    and a lone digit sometimes as a word."""
    if len(text) == 4 and text[0] != "0" and text[2] != "0" and coin(rng, 0.35, False):
        return [text[:2], text[2:]]
    if len(text) == 1 and coin(rng, p_words, False):
        return [DIGITS[int(text)]]
    return [text]


def say_chunk(text: str, rng: random.Random | None, p_words: float) -> list[str]:
    if text.isalpha():
        if text.islower():
            if text in ANY_SAID and coin(rng, 0.6, False):
                return list(ANY_SAID[text])
            return ["literally", text] if text in NAT_RISKY else [text]
        if text.istitle() or len(text) == 1:
            return ["capital", text.lower()]
        if text.isupper():
            return ["all", "caps", text.lower()]
        return [text]
    if text.isdigit():
        return say_number(text, rng, p_words)
    return [text]


def symbol_phrase(atoms: list[str], idx: int) -> str | None:
    """Kenji's word for a symbol at this place in a command word, if he has one."""
    atom = atoms[idx]
    first, last = idx == 0, idx == len(atoms) - 1
    if len(atom) != 1 or atom.isalnum():
        return None
    if atom == "-" and all(a == "-" for a in atoms[:idx]) and not last:
        return "dash"
    if atom == "-" and not first and not last:
        return "hyphen"
    if atom in NAT_INFIX_SAY and not first and not last:
        return NAT_INFIX_SAY[atom]
    if atom in "~$" and first and not last:
        return "tilde" if atom == "~" else "dollar"
    if atom == ";" and last and not first:
        return "semicolon"
    return {"*": "star", "?": "question mark"}.get(atom)


def nat_piece(piece: str, rng: random.Random | None, p_say: float) -> Said:
    """How Kenji says one command word (quotes kept whole) and Whisper writes it."""
    if piece in NAT_ALONE_SAY and coin(rng, 0.95, True):
        return [(w, False) for w in NAT_ALONE_SAY[piece].split()]
    if re.fullmatch(r"\d+(\.\d+){3}", piece) and coin(rng, 0.35, False):
        return [(w, False) for w in " dot ".join(
            " ".join(DIGITS[int(d)] for d in part) for part in piece.split(".")).split()]
    if verbatim_ok(piece) and coin(rng, 1.0 - p_say, False):
        m = re.fullmatch(r"v(\d[\d.]*)", piece)
        if m and coin(rng, 0.5, False):
            return [("v", False), (m.group(1), False)]
        if piece.isdigit():
            return [(w, False) for w in say_number(piece, rng, 0.3)]
        if piece in ANY_SAID and coin(rng, 0.5, False):
            return [(w, False) for w in ANY_SAID[piece]]
        return [(piece, False)]
    atoms = re.findall(r"\"[^\"]*\"|'[^']*'|[A-Za-z]+|[0-9]+|.", piece)
    # Kenji either spells the whole word out or only says its leading dashes.
    p_sym = 1.0 if coin(rng, 0.45, True) else 0.0
    said: Said = []
    text = ""
    for idx, atom in enumerate(atoms):
        if len(atom) >= 2 and atom[0] in "\"'" and atom[-1] == atom[0]:
            if text:
                said += [(w, False) for w in say_chunk(text, rng, 0.0)]
                text = ""
            opener = ["quote"] if atom[0] == '"' else ["single", "quote"]
            said += [(w, False) for w in opener]
            said += [(w, True) for w in atom[1:-1].split(" ") if w]
            said.append(("unquote", False))
            continue
        phrase = symbol_phrase(atoms, idx)
        if phrase == "hyphen" and not coin(rng, 0.2, True):
            phrase = None
        if phrase and (coin(rng, p_sym, True) or phrase in ("dash", "question mark")):
            if text:
                said += [(w, False) for w in say_chunk(text, rng, 0.0)]
                text = ""
            said += [(w, False) for w in phrase.split()]
        else:
            text += atom
    if text:
        said += [(w, False) for w in say_chunk(text, rng, 0.0)]
    return said


def quote_split(cmd: str) -> list[str]:
    pieces: list[str] = []
    cur = ""
    quote = ""
    for ch in cmd:
        if quote:
            cur += ch
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            cur += ch
        elif ch == " ":
            pieces.append(cur)
            cur = ""
        else:
            cur += ch
    pieces.append(cur)
    if quote:
        return cmd.split(" ")
    return pieces


def nat_span(cmd: str, rng: random.Random, p_say: float) -> list[Said]:
    """Spoken pieces of the command, with Whisper's tool mishearings and capitals."""
    pieces = quote_split(cmd)
    said = [nat_piece(p, rng, p_say) for p in pieces]
    for k, piece in enumerate(pieces):
        if (k == 0 or pieces[k - 1] in TOOL_BREAKS) and piece in TOOL_SAID:
            if rng.random() < 0.5:
                said[k] = [(w, False) for w in rng.choice(TOOL_SAID[piece])]
    for k, words in enumerate(said):
        # Whisper capitalises a tool name now and then ("LS", "Git"), rarely anything else.
        tool = k == 0 or pieces[k - 1] in TOOL_BREAKS
        if len(words) != 1 or not (words[0][0].isalpha() and words[0][0].islower()):
            continue
        w = words[0][0]
        short = tool and len(w) <= 3
        if w in NAT_RISKY or not rng.random() < (0.35 if short else 0.1 if tool else 0.03):
            continue
        words[0] = (w.upper() if short else w.title(), False)
    return said


def flatten(said: list[Said], rng: random.Random, mid_stop: bool) -> str:
    out: list[str] = []
    stop_at = rng.randrange(len(said) - 1) if mid_stop and len(said) > 1 else -1
    capital_next = False
    for k, words in enumerate(said):
        for j, (w, prot) in enumerate(words):
            if capital_next and not prot and w.isalpha() and w.islower():
                w = w.title()
            capital_next = False
            if k == stop_at and j == len(words) - 1 and not prot and w[-1:].isalnum():
                w += "."
                capital_next = True
            out.append(w)
    return " ".join(out)


VERB_FRAMES = [
    "Okay so can you run {cmd}, that should {why}.",
    "Okay, let's do {cmd}. That should {why}.",
    "I need to {why}, so let's run {cmd}.",
    "Um, okay so {cmd}, that should {why}.",
    "Okay so {cmd}. That should {why}.",
    "Go ahead and run {cmd}, just to {why}.",
    "Right, now {cmd}, so I can {why}.",
    "We want to {why}. Let's try {cmd}.",
    "{cmd}, which should {why}.",
    "Can you run {cmd}? It should {why}.",
]
NOUN_FRAMES = [
    "Let's run {cmd}, that's for {why}.",
    "Okay so {cmd}, that's for {why}.",
]
PLAIN_FRAMES = [
    "Can you run {cmd} please?",
    "Let's do {cmd}.",
    "Could you run {cmd} for me?",
    "Next one is {cmd}.",
    "{cmd}",
    "Please type {cmd}, thanks.",
    "So the command is {cmd}.",
    "Alright, run {cmd} and tell me what it says.",
    "Can you type {cmd} for me, thank you.",
    "Let's see, {cmd}.",
    "Hi, could you run {cmd}? Thanks.",
    "Then {cmd} please.",
    "Okay next one is {cmd}.",
    "Hmm, try {cmd}.",
    "I'd like to run {cmd} please.",
    "Okay so {cmd}",
]


def frame_line(frame: str, span: str, why: str, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.2:
        frame = re.sub(r"[,.?!]", "", frame)
        why = re.sub(r"[,.?!]", "", why)
    line = frame.replace("{why}", why).replace("{cmd}", span)
    if frame.startswith("{cmd}") and line[:1].isalpha() and line.split(" ")[0].islower():
        if style > 0.5:
            line = line[:1].upper() + line[1:]
    if 0.2 <= style < 0.3:
        head, _, rest = line.partition(span)
        line = head.lower() + span + rest.lower()
    return line


def pick_frame(rng: random.Random, why: str, verb: bool) -> str:
    r = rng.random()
    if why and verb and r < 0.45:
        return rng.choice(VERB_FRAMES)
    if why and not verb and r < 0.3:
        return rng.choice(NOUN_FRAMES)
    return rng.choice(PLAIN_FRAMES)


def natural_line(cmd: str, desc: str, rng: random.Random, p_say: float) -> str:
    why, verb = why_of(desc)
    said = nat_span(cmd, rng, p_say)
    span = flatten(said, rng, rng.random() < 0.1)
    return frame_line(pick_frame(rng, why, verb), span, why, rng)


def fallback_span(cmd: str) -> str:
    """The fixed, most literal natural rendering (no randomness)."""
    return " ".join(w for p in quote_split(cmd) for w, _ in (
        [(p, False)] if verbatim_ok(p) else nat_piece(p, None, 1.0)))


def natural_fallback(cmd: str) -> str:
    return f"Can you run {fallback_span(cmd)} please?"


def chaotic_fallback(cmd: str) -> str:
    first = fallback_span(quote_split(cmd)[0])
    return f"Okay so {first}, um, sorry, let's do {fallback_span(cmd)}."


# ---------------------------------------------------------------- chaotic speech
LONG_FLAGS = ["--verbose", "--force", "--all", "--help", "--quiet", "--recursive", "--dry-run"]
SHORT_FLAGS = ["-v", "-f", "-r", "-a", "-n", "-l", "-x"]
FILES = ["notes.txt", "main.py", "config.yaml", "data.csv", "app.log", "report.pdf"]
WORDS = ["start", "stop", "list", "show", "status", "install", "update", "add", "remove"]
REPAIR_SAY = [", no, ", ", sorry, ", " I mean ", ", no no, ", ", no wait, ", ", uh, sorry, "]
RESTART_SAY = [", scratch that, ", ", no, let me start over, ", ", scratch that. "]
TRAIL = [", or something like that.", ", I think.", ", if that works.", "."]


def wrong(piece: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"--[a-z][a-z-]*", piece):
        pool = LONG_FLAGS
    elif re.fullmatch(r"-[A-Za-z]+", piece):
        pool = SHORT_FLAGS
    elif re.fullmatch(r"[\w/~-]*\.[a-z]+", piece):
        name = rng.choice([f for f in FILES if not piece.endswith(f)])
        return piece.rsplit("/", 1)[0] + "/" + name if "/" in piece else name
    elif piece.isdigit():
        return str(int(piece) + rng.choice((1, 2, 10)))
    elif re.fullmatch(r"[a-z]+", piece):
        pool = WORDS
    else:
        return None
    choices = [p for p in pool if p != piece]
    return rng.choice(choices)


def say_pieces(pieces: list[str], rng: random.Random, proto: bool, p_say: float) -> list[str]:
    """Each piece as a string of words (protocol pieces carry no 'space')."""
    out = []
    for piece in pieces:
        if proto:
            out.append(" ".join(proto_piece(piece, None, None, False)))
        else:
            out.append(" ".join(w for w, _ in nat_piece(piece, rng, p_say)))
    return out


def join_said(said: list[str], rng: random.Random, proto: bool) -> str:
    out = ""
    for k, s in enumerate(said):
        if k:
            out += " space " if proto else " "
            if rng.random() < 0.08:
                out += rng.choice(("um ", "uh ", "uh, ", "hmm "))
            elif rng.random() < 0.04:
                out += rng.choice(("hang on, ", "one sec, ", "let me check, "))
        out += s
    return out


def chaotic_line(cmd: str, desc: str, rng: random.Random, p_say: float) -> str:
    proto = rng.random() < 0.3
    pieces = cmd.split(" ") if proto else quote_split(cmd)
    said = say_pieces(pieces, rng, proto, p_say)
    if not proto and (pieces[0] in TOOL_SAID) and rng.random() < 0.4:
        said[0] = " ".join(rng.choice(TOOL_SAID[pieces[0]]))
    kind = rng.random()
    slots = [j for j in range(1, len(pieces)) if wrong(pieces[j], rng) is not None]
    if slots and kind < 0.55:
        j = rng.choice(slots)
        bad = wrong(pieces[j], rng) or ""
        bad_said = say_pieces([bad], rng, proto, p_say)[0]
        anchor = j - 1 if j > 1 and rng.random() < 0.3 else j
        head = join_said(said[:j] + [bad_said], rng, proto)
        body = head + rng.choice(REPAIR_SAY) + join_said(said[anchor:], rng, proto)
    elif kind < 0.75 or len(pieces) < 2:
        cut = rng.randint(1, max(1, min(2, len(pieces) - 1)))
        head = join_said(said[:cut], rng, proto)
        again = rng.choice(("", "", "let's do ", "can you run "))
        body = head + rng.choice((", um, sorry, ", "... sorry, ", ", no wait, ")) + again
        body += join_said(said, rng, proto)
    else:
        j = rng.choice(slots) if slots else 0
        bad = wrong(pieces[j], rng) if slots else None
        first = said[:]
        if bad is not None:
            first[j] = say_pieces([bad], rng, proto, p_say)[0]
        else:
            first = first[:1]
        body = join_said(first, rng, proto) + rng.choice(RESTART_SAY)
        body += join_said(said, rng, proto)
    why, verb = why_of(desc)
    r = rng.random()
    if r < 0.35:
        lead = rng.choice(("Okay so ", "Um, okay so ", "Can you run ", "Let's do ", "Uh, "))
        line = lead + body + rng.choice(TRAIL)
    elif r < 0.6 and why and verb:
        line = rng.choice(("Okay so {cmd}, that should {why}.", "Let's do {cmd}, just to {why}.",
                           "I need to {why}, so can you run {cmd}?")).format(cmd=body, why=why)
    else:
        line = rng.choice(("Can you run {cmd} please?", "Okay, let's do {cmd}",
                           "{cmd}", "Hmm, okay so {cmd}, thanks.")).format(cmd=body)
    first = line.split(" ")[0]
    if first.isalpha() and first.islower():
        line = line[:1].upper() + line[1:]
    return line


# ---------------------------------------------------------------- assembly
def render(slice_name: str, cmd: str, desc: str, rng: random.Random) -> str:
    for attempt in range(30):
        p_say = 0.45 if attempt < 10 else (0.2 if attempt < 20 else 0.0)
        if slice_name == "clean":
            line = clean_line(cmd)
        elif slice_name == "fuzzy":
            line = fuzzy_line(cmd, rng)
        elif slice_name == "natural":
            line = natural_line(cmd, desc, rng, p_say)
        else:
            line = chaotic_line(cmd, desc, rng, p_say)
        if line and decode(line) == cmd:
            return line
    line = {"clean": clean_line(cmd), "fuzzy": clean_line(cmd) + ".",
            "natural": natural_fallback(cmd), "chaotic": chaotic_fallback(cmd)}[slice_name]
    assert decode(line) == cmd, (slice_name, cmd, line)
    return line


def main() -> None:
    rng = random.Random(35)
    desc = descriptions()
    said = {}  # command -> (can be dictated in protocol, can be said naturally)
    for cmd in candidates():
        spoken = (decode(natural_fallback(cmd)) == cmd
                  and decode(chaotic_fallback(cmd)) == cmd)
        if bool(clean_line(cmd)) or spoken:
            said[cmd] = (bool(clean_line(cmd)), spoken)
        if len(said) == TOTAL:
            break
    pool = list(said)
    assert len(pool) == TOTAL, len(pool)
    rng.shuffle(pool)
    only_spoken = [c for c in pool if not said[c][0]]
    both = [c for c in pool if said[c] == (True, True)]
    to_speech = set(only_spoken + both[:2 * PER_SLICE - len(only_spoken)])
    speech = [c for c in pool if c in to_speech]
    protocol = [c for c in pool if c not in to_speech]
    assert len(speech) == len(protocol) == 2 * PER_SLICE
    assert all(said[c][1] for c in speech) and all(said[c][0] for c in protocol)
    plan = {
        "clean": protocol[:PER_SLICE],
        "fuzzy": protocol[PER_SLICE:],
        "natural": speech[:PER_SLICE],
        "chaotic": speech[PER_SLICE:],
    }
    rows = []
    for name in SLICES:
        for cmd in plan[name]:
            line = render(name, cmd, desc.get(cmd, ""), rng)
            rows.append({"input": line, "command": cmd, "slice": name, "author": AUTHOR})
    assert len(rows) == TOTAL and len({r["command"] for r in rows}) == TOTAL
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
