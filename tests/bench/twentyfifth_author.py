"""Author 25: Lena, on-call security engineer, reading runbook steps into a dictation app.

Writes assets/training/bash/author25.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input", "command", "slice", "author": "author25"}.

Commands are the "command" field of assets/training/bash/train.jsonl (0-based line number
% 7 == 2); the "why" Lena gives in natural/chaotic lines is the tldr description of the command
from assets/training/bash/corpus.jsonl. Both come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Persona
-------
Lena is the on-call security engineer in Berlin, fluent near-native English, in the middle of an
incident. She reads the runbook to herself into a dictation app: terse, precise, with the radio
habits of incident bridges ("copy", "confirm", "next", "step three", "executing", "stand by",
"done"). She never chats; every sentence is a runbook step, a reason, or a status word.

Vocabulary (symbol names, all modes)
------------------------------------
  dash -         double dash --     dot .            slash /          tilde ~
  pipe |         star *             at @             colon :          equals =
  quote "        single quote '     dollar $         hash #           greater than >
  ampersand &    double ampersand &&  open bracket [ close bracket ]  less than <
  underscore _   comma ,            semicolon ;      backslash \\     plus +
  open paren (   close paren )      open brace {     close brace }    bang !
  question mark ?  percent %        caret ^          backtick `       double pipe ||
  double greater than >>            space (protocol only: one space in the command)
Looser names a transcript may carry (fuzzy): minus / hyphen (-), period / point (.),
forward slash (/), asterisk (*), at sign (@), equal / equal sign / equals sign (=),
double quote ("), apostrophe ('), dollar sign ($), pound (#), vertical bar (|), tilda (~),
back slash (\\), under score (_).
Case: "capital X" makes the first letter of the next word upper case ("capital dockerfile" is
Dockerfile, "capital x" is X); "uppercase WORD" (or "all caps WORD") makes the whole next word
upper case ("uppercase readme" is README).

Two ways of speaking
--------------------
1. Protocol (clean, fuzzy, some chaotic lines). The line says the word "space". Everything is
   glued together; only "space" makes a space. Digits are spoken as words (zero .. nine), one
   word per digit, or written as digits by Whisper; both mean the digit. Words that are not
   vocabulary are typed as they are, lower case unless a case word comes first. Whisper's
   capitals, commas and the final full stop mean nothing; a word split in two ("kube ctl") is
   glued back by the rule itself.  "git space stash space pop" -> git stash pop.
2. Natural (natural, most chaotic lines). No "space" is ever said. Whisper writes ordinary
   words, digits, IPs, versions, flags and paths as text ("-la", "/etc/hosts", "10.0.0.5",
   "README.md"); those text words are separated by spaces in the command. Lena names the other
   symbols, and a named symbol sticks to its neighbours like this:
   - infix, sticks on both sides: dot, slash, colon, equals, at, underscore, comma,
     question mark, percent            ("deploy at 10.0.0.5" -> deploy@10.0.0.5)
   - prefix, sticks to what follows: dash, double dash, tilde, dollar, hash, star, plus, bang,
     backslash, caret, open bracket/paren/brace   ("tilde slash .ssh" -> ~/.ssh)
   - suffix, sticks to what precedes: close bracket/paren/brace, semicolon
   - quote, single quote, backtick: the first of a pair opens (sticks to what follows), the
     second closes (sticks to what precedes)   ("dash m quote fix it quote" -> -m "fix it")
   - standing alone, with spaces both sides: pipe, double pipe, greater than,
     double greater than, less than, ampersand, double ampersand.
   A command that starts a sentence gets Whisper's capital ("Git status."): the listener lowers
   the first letter when the rest of that first word has no capitals. Commas are punctuation;
   the full stop that ends the sentence is punctuation.

Framing (natural and chaotic)
-----------------------------
The listener strips Lena's runbook framing; what is left is the command:
lead-ins  "Step 4: run ...", "Step three, <why>: ...", "Step 4 of the runbook is ...",
          "Executing step 4: ...", "Runbook step 4. <Why>. Run ...", "<Why>. Command is ...",
          "Per the runbook, ...", "Runbook says ...", "Note to self: ...", "Mitigation: ...",
          "I need to <why>, so ...", "Now ...", "Run / Execute / Executing / Going to run /
          Running ...", radio words "Copy. / Confirm: / Next. / Okay, / Roger." and "Next step,".
tails     ", then we check the logs", ". Done / Copy / Confirm / Executing / Next",
          ". That's step 4, done", " now to <why>", ", because we need to <why>",
          trailing thoughts "... then we see", ", if that fails we escalate", "... hopefully",
          "... should hold".
A <why> never contains the punctuation that ends it.

Disfluencies (chaotic)
----------------------
- Pauses and asides carry nothing and are dropped: "uh", "um", "er", "hmm", "wait one",
  "stand by", "hang on", "one sec" (with their commas / dots).
- "negative", "correction", "I mean": cancel the argument being spoken (back to the last space
  of the command so far) and continue with its replacement: "restart nginx, negative, sshd"
  -> restart sshd; "git space stash space pip, correction, pop" -> git stash pop. A wrong flag
  is fixed the same way ("dash r, I mean, dash capital r").
- "disregard" and "say again": throw away everything said so far; the command is read again
  from the top (framing and all).
Every chaotic line has at least one correction or restart.

The decode() function below is this listener; every line written decodes to its command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author25.jsonl"
AUTHOR = "author25"
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
SYMS = {
    "space": " ",
    "dash": "-", "minus": "-", "hyphen": "-",
    "double dash": "--",
    "dot": ".", "period": ".", "point": ".",
    "slash": "/", "forward slash": "/",
    "backslash": "\\", "back slash": "\\",
    "tilde": "~", "tilda": "~",
    "pipe": "|", "vertical bar": "|", "double pipe": "||",
    "star": "*", "asterisk": "*",
    "at": "@", "at sign": "@",
    "colon": ":", "semicolon": ";",
    "equals": "=", "equal": "=", "equals sign": "=", "equal sign": "=",
    "quote": '"', "double quote": '"',
    "single quote": "'", "apostrophe": "'",
    "dollar": "$", "dollar sign": "$",
    "hash": "#", "pound": "#",
    "greater than": ">", "double greater than": ">>", "less than": "<",
    "ampersand": "&", "double ampersand": "&&",
    "open bracket": "[", "close bracket": "]",
    "open paren": "(", "close paren": ")",
    "open brace": "{", "close brace": "}",
    "underscore": "_", "under score": "_",
    "comma": ",", "bang": "!", "question mark": "?", "percent": "%",
    "plus": "+", "caret": "^", "backtick": "`",
}
# Lena's own name for each symbol (clean protocol and natural speech)
NAME = {
    " ": "space", "-": "dash", "--": "double dash", ".": "dot", "/": "slash", "\\": "backslash",
    "~": "tilde", "|": "pipe", "||": "double pipe", "*": "star", "@": "at", ":": "colon",
    ";": "semicolon", "=": "equals", '"': "quote", "'": "single quote", "$": "dollar",
    "#": "hash", ">": "greater than", ">>": "double greater than", "<": "less than",
    "&": "ampersand", "&&": "double ampersand", "[": "open bracket", "]": "close bracket",
    "(": "open paren", ")": "close paren", "{": "open brace", "}": "close brace",
    "_": "underscore", ",": "comma", "!": "bang", "?": "question mark", "%": "percent",
    "+": "plus", "^": "caret", "`": "backtick",
}
FUZZY = {
    "dash": ["minus", "hyphen"], "double dash": ["dash dash", "minus minus"],
    "dot": ["period", "point"], "slash": ["forward slash"], "star": ["asterisk"],
    "at": ["at sign"], "equals": ["equal", "equals sign", "equal sign"],
    "quote": ["double quote"], "single quote": ["apostrophe"], "dollar": ["dollar sign"],
    "hash": ["pound"], "pipe": ["vertical bar"], "tilde": ["tilda"],
    "backslash": ["back slash"], "underscore": ["under score"],
    "uppercase": ["all caps"],
}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}
CASE_WORDS = {"capital": "cap", "uppercase": "up", "all caps": "up"}

INFIX = set("./:=@_,?%")
PREFIX = {"-", "--", "~", "$", "#", "*", "+", "!", "\\", "^", "[", "(", "{"}
SUFFIX = {"]", ")", "}", ";"}
TOGGLE = {'"', "'", "`"}
SPACED = {"|", "||", ">", ">>", "<", "&", "&&"}

# ---------------------------------------------------------------- listener
FILLER = re.compile(
    r"(?i)(?<![^\s,])(?:uh|um|er|erm|hmm|wait one|stand by|hang on|one sec)"
    r"(?:\.\.\.|[,.])?(?=\s|$)"
)
RESTART = re.compile(r"(?i)(?<![^\s,.])(?:disregard|say again)(?![^\s,.:!])[.,:!]*")
CORRECT = re.compile(r"(?i),?\s*(?<![^\s,.])(?:negative|correction|i mean)(?![^\s,.:])[,.:]?")
CORR = "\x01"
PREFIXES = [re.compile(p, re.I) for p in (
    r"step \w+, [^:]*:\s+",
    r"(?:okay|ok|copy|confirm|next|roger)[.,:]\s+",
    r"next step[.,:]\s+",
    r"(?:executing |runbook )?step \w+(?: of the runbook is)?[.,:]?\s+",
    r"(?:per the runbook|runbook says|note to self|mitigation)[.,:]?\s+",
    r"i need to [^,]*, so\s+",
    r"[^.:,]*\.\s+(?:command is|run)\s+",
    r"(?:run|execute|executing|going to run|running|now)\s+",
)]
SUFFIXES = [re.compile(p, re.I) for p in (
    r"[,.]?\s+then we check the logs$",
    r"[,.]?\s+(?:done|copy|confirm|executing|next)$",
    r"[,.]?\s+that's step \w+(?:,? done)?$",
    r"\s+now to [^.]*$",
    r",?\s+because [^.]*$",
    r"(?:\.\.\.|,)?\s+(?:then we see|if that fails,? we escalate|hopefully|should hold)$",
)]


def _strip_framing(s: str) -> str:
    s = re.sub(r"^[\s.,:!]*\s", "", s.strip() + " ").strip()
    changed = True
    while changed:
        changed = False
        for pat in PREFIXES:
            m = pat.match(s)
            if m and m.end() < len(s):
                s = s[m.end():].lstrip()
                changed = True
                break
    changed = True
    while changed:
        changed = False
        t = s[:-1] if s.endswith(".") else s
        for pat in SUFFIXES:
            m = pat.search(t)
            if m and m.start() > 0:
                s = t[: m.start()].rstrip()
                changed = True
                break
    if s.endswith("."):
        s = s[:-1]
    return s.strip()


def _items(tokens: list[str], protocol: bool) -> list[tuple[str, str]]:
    """Turn words into ("sym", c), ("lit", w), ("case", kind) and ("corr", "") items."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == CORR:
            out.append(("corr", ""))
            i += 1
            continue
        for n in (3, 2, 1):
            phrase = " ".join(tokens[i:i + n]).lower()
            if len(tokens[i:i + n]) == n and phrase in CASE_WORDS:
                out.append(("case", CASE_WORDS[phrase]))
                break
            if len(tokens[i:i + n]) == n and phrase in SYMS and (protocol or phrase != "space"):
                out.append(("sym", SYMS[phrase]))
                break
        else:
            n = 1
            word = tokens[i]
            if protocol and word.lower() in DIGIT_OF:
                word = DIGIT_OF[word.lower()]
            out.append(("lit", word))
        i += n
    return out


def _cased(word: str, case: str | None) -> str:
    if case == "up":
        return word.upper()
    if case == "cap":
        return word[:1].upper() + word[1:]
    return word


def _build_protocol(items: list[tuple[str, str]]) -> str:
    out, case = "", None
    for kind, val in items:
        if kind == "case":
            case = val
        elif kind == "lit":
            out += _cased(val, case)
            case = None
        elif kind == "sym":
            out += val
        else:
            out = out[: out.rfind(" ") + 1]
    return out


def _build_natural(items: list[tuple[str, str]]) -> str:
    out, case, glue = "", None, False
    for kind, val in items:
        if kind == "case":
            case = val
        elif kind == "lit":
            if out and not glue:
                out += " "
            out += _cased(val, case)
            case, glue = None, False
        elif kind == "corr":
            cut = out.rfind(" ")
            out = out[:cut] if cut >= 0 else ""
            glue = False
        elif val in TOGGLE:
            if out.count(val) % 2 == 0:
                if out and not glue:
                    out += " "
                out += val
                glue = True
            else:
                out += val
                glue = False
        elif val in INFIX:
            out += val
            glue = True
        elif val in PREFIX:
            if out and not glue:
                out += " "
            out += val
            glue = True
        elif val in SUFFIX:
            out += val
            glue = False
        else:  # standing alone
            out += (" " if out else "") + val
            glue = False
    return out


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    s = FILLER.sub(" ", line)
    s = re.sub(r"\.\.\.(?=\s)", " ", s)
    s = RESTART.split(s)[-1]
    s = CORRECT.sub(f" {CORR} ", s)
    s = _strip_framing(s)
    words = s.split()
    protocol = any(w.strip(",.").lower() == "space" for w in words)
    if protocol:
        words = [w for w in s.lower().replace(",", " ").split()]
        return _build_protocol(_items(words, True))
    words = s.replace(",", " ").split()
    if words and words[0][:1].isupper() and not any(c.isupper() for c in words[0][1:]):
        words[0] = words[0][0].lower() + words[0][1:]
    return _build_natural(_items(words, False))


# ---------------------------------------------------------------- speaker: protocol
RUN = re.compile(r"[a-z]+|[A-Z][a-z]+|[A-Z]+(?![a-z])|[0-9]|--|.", re.S)


def protocol_words(cmd: str) -> list[str]:
    """Clean protocol words for a command (no variation)."""
    words: list[str] = []
    for m in RUN.finditer(cmd):
        t = m.group()
        if t.islower() and t.isalpha():
            words.append(t)
        elif t[0].isupper() and t[1:].islower():
            words += ["capital", t.lower()]
        elif t.isupper() and t.isalpha():
            words += ["capital" if len(t) == 1 else "uppercase", t.lower()]
        elif t.isdigit():
            words.append(DIGITS[int(t)])
        else:
            words += NAME[t].split()
    return words


def _phrases(words: list[str]) -> list[str]:
    """Group protocol words into units (multi-word symbol names stay one unit)."""
    units: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            ph = " ".join(words[i:i + n])
            if n == 1 or ph in SYMS or ph in CASE_WORDS:
                units.append(ph)
                i += n
                break
    return units


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    units = _phrases(protocol_words(cmd))
    changes = 0
    out: list[str] = []
    for u in units:
        if u in FUZZY and rng.random() < 0.5:
            u = rng.choice(FUZZY[u])
            changes += 1
        out.append(u)
    # digits written as digits
    merged: list[str] = []
    for u in out:
        if u in DIGIT_OF and rng.random() < 0.6:
            if merged and merged[-1].isdigit():
                merged[-1] += DIGIT_OF[u]
            else:
                merged.append(DIGIT_OF[u])
            changes += 1
        else:
            merged.append(u)
    out = merged
    # a compound name split in two
    long_idx = [i for i, u in enumerate(out) if u.isalpha() and len(u) >= 6 and u not in SYMS
                and (i == 0 or out[i - 1] not in CASE_WORDS)]
    if long_idx and rng.random() < 0.5:
        i = rng.choice(long_idx)
        cut = rng.randint(3, len(out[i]) - 3)
        out[i] = out[i][:cut] + " " + out[i][cut:]
        changes += 1
    # commas after some spaces
    for i, u in enumerate(out):
        if u == "space" and i + 1 < len(out) and rng.random() < 0.3:
            out[i] = "space,"
            changes += 1
    text = " ".join(out)
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
        changes += 1
    if rng.random() < 0.5 or changes < 2:
        text += "."
    return text


# ---------------------------------------------------------------- speaker: natural
WRITABLE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-")


def natural_arg(arg: str, rng: random.Random) -> str | None:
    """How Lena says one argument of the command, as Whisper writes it."""
    if arg in SPACED:
        return NAME[arg]
    pieces: list[list[str]] = []  # ["w", text] or ["s", symbol]
    i = 0
    while i < len(arg):
        m = re.match(r"https?://", arg[i:])
        if m:
            j = i + m.end()
            while j < len(arg) and arg[j] in WRITABLE:
                j += 1
            pieces.append(["w", arg[i:j]])
            i = j
        elif arg[i] in WRITABLE:
            j = i
            while j < len(arg) and arg[j] in WRITABLE:
                j += 1
            pieces.append(["w", arg[i:j]])
            i = j
        elif arg[i:i + 2] in ("&&", "||", ">>"):
            pieces.append(["s", arg[i:i + 2]])
            i += 2
        else:
            pieces.append(["s", arg[i]])
            i += 1
    # a flag may be spoken: "dash la", "double dash force"
    first = pieces[0]
    fm = re.fullmatch(r"(--?)([a-z][a-z0-9-]*)", first[1]) if first[0] == "w" else None
    if fm and rng.random() < 0.35:
        pieces[0:1] = [["s", fm.group(1)], ["w", fm.group(2)]]
    # a spoken prefix symbol right after text: the joining dot/slash is spoken too;
    # a path right after a spoken symbol: its leading slash is spoken ("tilde slash ...")
    fixed: list[list[str]] = []
    for p in pieces:
        if p[0] == "w" and p[1].startswith("/") and len(p[1]) > 1 and fixed:
            if fixed[-1][0] == "s":
                fixed.append(["s", "/"])
                p = ["w", p[1][1:]]
        if p[0] == "s" and p[1] in PREFIX and fixed and fixed[-1][0] == "w":
            prev = fixed[-1][1]
            if prev[-1] not in "./" or len(prev) == 1:
                return None
            fixed[-1][1] = prev[:-1]
            fixed.append(["s", prev[-1]])
        fixed.append(p)
    words: list[str] = []
    for kind, text in fixed:
        if kind == "s":
            words.append(NAME[text])
            continue
        dm = re.fullmatch(r"([a-z0-9]+)\.([a-z0-9]+)", text)
        if text.isalpha() and text.isupper() and len(text) > 1 and rng.random() < 0.5:
            words += ["uppercase", text.lower()]
        elif len(text) == 1 and text.isupper() and rng.random() < 0.6:
            words += ["capital", text.lower()]
        elif dm and not dm.group(1).isdigit() and rng.random() < 0.25:
            words += [dm.group(1), "dot", dm.group(2)]
        else:
            words.append(text)
    return " ".join(words)


def natural_cmd(args: list[str], rng: random.Random) -> list[str] | None:
    out = []
    for a in args:
        r = natural_arg(a, rng)
        if r is None:
            return None
        out.append(r)
    return out


def protocol_arg(arg: str) -> str:
    return " ".join(protocol_words(arg))


STEP_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]

# {c} command as spoken, {C} the same opening a sentence, {n} step, {w} why, {W} Why
TEMPLATES = [
    "Step {n}: run {c}.",
    "Per the runbook, {c}.",
    "Runbook says {c}.",
    "Now {c}, then we check the logs.",
    "Next. {C}. Copy.",
    "Executing {c}.",
    "Step {n}, {w}: {c}.",
    "{W}. Command is {c}.",
    "Confirm: {c}. Done.",
    "Step {n} of the runbook is {c}. Executing.",
    "Running {c} now to {w}.",
    "I need to {w}, so {c}.",
    "Runbook step {n}. {W}. Run {c}.",
    "{C}. That's step {n}, done.",
    "Going to run {c}, then we check the logs.",
    "Copy, step {n}. {C}. Stand by.",
    "Note to self: {c}, because we need to {w}.",
    "Mitigation: {c}.",
    "Okay, per the runbook, step {n}: {c}. Confirm.",
    "Step {n}. {C}, then we check the logs.",
    "Next step, {c}. Stand by.",
    "Executing step {n}: {c}.",
    "Roger. {C}. Next.",
]
BAD_WHY = re.compile(
    r"(?i)\b(?:uh|um|er|erm|hmm|disregard|negative|correction|mean|say again|wait|stand|hang"
    r"|sec|now|because|then|run|command|so|step)\b"
)


def why_of(desc: str | None) -> str | None:
    if not desc:
        return None
    d = desc.strip().rstrip(".")
    if not re.fullmatch(r"[A-Za-z0-9 '/-]{8,70}", d) or BAD_WHY.search(d):
        return None
    return d


def sentence_case(c: str) -> str:
    return c[0].upper() + c[1:] if c[:1].islower() else c


def step_no(rng: random.Random) -> str:
    return rng.choice(STEP_WORDS) if rng.random() < 0.4 else str(rng.randint(2, 9))


def frame(template: str, c: str, why: str | None, rng: random.Random, n: str = "") -> str:
    n = n or step_no(rng)
    w = W = ""
    if why:
        w = why[0].lower() + why[1:] if why[1:2].islower() else why
        W = why[0].upper() + why[1:]
    return template.format(c=c, C=sentence_case(c), n=n, w=w, W=W)


def natural_line(cmd: str, why: str | None, rng: random.Random, tpl: str) -> str | None:
    said = natural_cmd(cmd.split(" "), rng)
    if said is None:
        return None
    return frame(tpl, " ".join(said), why, rng)


# ---------------------------------------------------------------- speaker: chaotic
def mutate(arg: str, rng: random.Random) -> str | None:
    """A plausible slip for one argument."""
    m = re.fullmatch(r"-([A-Za-z])", arg)
    if m:
        c = m.group(1)
        alts = [x for x in "aflnrsvx" if x != c.lower()] + [c.swapcase()]
        return "-" + rng.choice(alts)
    runs = [m for m in re.finditer(r"[a-z]{3,}", arg)]
    if runs:
        m = rng.choice(runs)
        w = m.group()
        k = rng.randrange(len(w) - 1)
        how = rng.random()
        if how < 0.5 and w[k] != w[k + 1]:
            bad = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif how < 0.8:
            bad = w[:k] + w[k + 1:]
        else:
            bad = w[:k] + w[k] + w[k:]
        return arg[: m.start()] + bad + arg[m.end():]
    d = [i for i, ch in enumerate(arg) if ch.isdigit()]
    if d:
        i = rng.choice(d)
        return arg[:i] + str((int(arg[i]) + rng.randint(1, 8)) % 10) + arg[i + 1:]
    return None


WORD_FIX = [", negative, ", ", correction, ", ", I mean, ", ", I mean ", ", wait one, negative, ",
            "... correction, ", ", uh, negative, "]
RESTARTS = [". Disregard. ", "... disregard. ", ". Say again. ", ", negative. Disregard. ",
            "... wait one. Say again. "]
PAUSES = [", uh, ", ", um, ", ", hang on, ", "... one sec... ", ", stand by, ", ", er, "]
TRAILS = ["... then we see.", ", if that fails we escalate.", "... hopefully.",
          "... should hold."]


def chaotic_line(cmd: str, why: str | None, rng: random.Random, tpl: str) -> str | None:
    args = cmd.split(" ")
    natural = rng.random() < 0.65
    if natural:
        said = natural_cmd(args, rng)
        if said is None:
            return None
        sep = " "
    else:
        said = [protocol_arg(a) for a in args]
        sep = " space "
        tpl = rng.choice(["{c}.", "{C}", "Step {n}: {c}.", "Per the runbook, {c}.",
                          "Copy. {C}. Done.", "Next. {C}."])

    def say(parts: list[str], pause: bool) -> str:
        seps = [sep] * (len(parts) - 1)
        if pause and seps:
            k = rng.randrange(len(seps))
            seps[k] = rng.choice(PAUSES) if natural else sep.rstrip() + rng.choice(PAUSES)
        text = parts[0]
        for s, p in zip(seps, parts[1:], strict=True):
            text += s + p
        return text

    def render(a: str) -> str | None:
        return natural_arg(a, rng) if natural else protocol_arg(a)

    kind = rng.choice(["arg", "arg", "flag", "restart", "restart"])
    flags = [i for i, a in enumerate(args) if re.fullmatch(r"--?[A-Za-z][\w-]*", a)]
    if kind == "flag" and flags:
        kind, k = "arg", rng.choice(flags)
    elif kind == "flag":
        kind = "arg"
        k = rng.randrange(len(args))
    else:
        k = rng.randrange(len(args))
    pause = rng.random() < 0.45
    if kind == "arg":
        wrong = mutate(args[k], rng)
        wrong_said = render(wrong) if wrong else None
        if not wrong_said:
            return None
        fixed = said[:k] + [wrong_said + rng.choice(WORD_FIX) + said[k]] + said[k + 1:]
        text = frame(tpl, say(fixed, pause), why, rng)
    else:
        if len(args) > 2 and rng.random() < 0.4:
            cut = rng.randint(1, len(args) - 1)
            first = say(said[:cut], False)
        else:
            wrong = mutate(args[k], rng)
            wrong_said = render(wrong) if wrong else None
            if not wrong_said:
                return None
            first = say(said[:k] + [wrong_said] + said[k + 1:], False)
        lead = tpl.split("{c}")[0].split("{C}")[0]
        n = step_no(rng)
        head = frame(lead + ("{C}" if "{C}" in tpl else "{c}"), first, why, rng, n)
        again = frame(tpl, say(said, pause), why, rng, n)
        text = head + rng.choice(RESTARTS) + again
    if natural and rng.random() < 0.25 and text.endswith("."):
        text = text[:-1] + rng.choice(TRAILS)
    return text


# ---------------------------------------------------------------- assembly
def load_commands() -> list[str]:
    cmds: list[str] = []
    with open(DATA / "train.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 7 != 2:
                continue
            c = json.loads(line)["command"]
            if (c.isascii() and 0 < len(c) <= 80 and "\n" not in c and "\t" not in c
                    and "  " not in c and c == c.strip() and c not in cmds):
                cmds.append(c)
    return cmds


def load_descriptions() -> dict[str, str]:
    desc: dict[str, str] = {}
    with open(DATA / "corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            desc.setdefault(d["command"], d.get("description") or "")
    return desc


def main() -> None:
    rng = random.Random(25)
    pool = load_commands()
    rng.shuffle(pool)
    descs = load_descriptions()
    tools: Counter[str] = Counter()
    used: set[str] = set()
    rows: list[dict[str, str]] = []
    single: Counter[str] = Counter()
    for slice_name in ("clean", "fuzzy", "natural", "chaotic"):
        got = 0
        tpl_cycle: list[str] = []
        for cmd in pool:
            if got == PER_SLICE:
                break
            tool = cmd.split(" ")[0]
            if cmd in used or tools[tool] >= 2:
                continue
            if " " not in cmd and (slice_name in ("clean", "fuzzy") or single[slice_name] >= 6
                                   or got < 60):
                continue
            why = why_of(descs.get(cmd))
            line = None
            for _ in range(4):
                if not tpl_cycle:
                    tpl_cycle = TEMPLATES[:]
                    rng.shuffle(tpl_cycle)
                tpl = tpl_cycle[-1]
                if ("{w}" in tpl or "{W}" in tpl) and not why:
                    tpl = rng.choice([t for t in TEMPLATES if "{w}" not in t and "{W}" not in t])
                if slice_name == "clean":
                    cand = " ".join(protocol_words(cmd))
                elif slice_name == "fuzzy":
                    cand = fuzzy_line(cmd, rng)
                elif slice_name == "natural":
                    cand = natural_line(cmd, why, rng, tpl)
                else:
                    cand = chaotic_line(cmd, why, rng, tpl)
                if cand is not None and "  " not in cand and decode(cand) == cmd:
                    line = cand
                    if tpl == tpl_cycle[-1]:
                        tpl_cycle.pop()
                    break
                if slice_name == "clean":
                    break
            if line is None:
                continue
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            used.add(cmd)
            single[slice_name] += " " not in cmd
            tools[tool] += 1
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} {slice_name} lines")
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
