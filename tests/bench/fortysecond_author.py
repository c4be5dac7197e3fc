"""Author 42: Kenji dictates bash commands to Whisper (independent evaluation set).

Writes assets/training/bash/author42.jsonl: 400 lines, 100 per slice in the order
clean, fuzzy, natural, chaotic.  Each line is {"input": what Whisper wrote,
"command": the exact command, "slice": ..., "author": "author42"}.

Commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via the "command" and "description"
fields of assets/training/bash/pages_dev_commands.jsonl (only lines whose 0-based line
number % 6 == 3; ASCII, at most 80 characters, no tab or double space; each command used
once, one tool at most twice).  Deterministic: one random.Random(42), consumed in a fixed
order.  Run: cd /work/main && python3 tests/bench/fortysecond_author.py

Persona
=======
Kenji is a Japanese infrastructure engineer.  He dictates in English, formally and
politely ("please", "next, please input", "thank you"; never "desu"), and names the
symbols the way Japanese IT people do.  He hesitates with "Ano," "Eto," "Etto..." and
corrects himself with Japanese-flavoured markers.

Vocabulary (Kenji's own names; used in every slice)
---------------------------------------------------
  -  hyphen (never "dash")     --  double hyphen        _  under bar
  #  sharp                     @   at mark              .  period / dot
  /  slash                     :   colon                ;  semicolon
  *  asterisk                  ~   tilde                |  vertical bar
  =  equal                     &   and mark             $  dollar
  "  double quotation          '   single quotation     %  percent
  +  plus                      ,   comma                ?  question mark
  !  exclamation mark          ^   hat                  (  ) open / close parenthesis
  <  less than                 >   greater than         \\  yen mark
  digits: zero one two ... nine, always one word per digit ("one zero" is 10, never
  "oh" and never "ten").
  case: everything is lower case unless announced.  "big" and "capital" both make the
  first letter of the next word upper case (Kenji says "big x" = X for one letter and
  "capital home" = Home for a word; the fuzzy slice mixes them); "all caps path" = PATH
  (whole word); "small x" stresses a lower-case letter (changes nothing).

Looser names (fuzzy slice, and protocol speech in the chaotic slice): minus (-),
minus minus / hyphen hyphen (--), underscore, hash / igeta (#), at (@), point (.),
forward slash, semi colon, star / kome (*), nyoro (~), pipe / vertical line (|),
equals / equal mark, ampersand, dollar mark, double quote, single quote, hatena (?),
bikkuri (!), caret (^), left / right parenthesis, shounari (<), dainari (>).

Slices
======
clean    Pure protocol.  The word "space" is said exactly where the command has a space;
         every symbol by its Kenji name, digits as words, case announced; all lower case,
         no punctuation, no framing.  "git space stash space pop".
         A word that is itself a vocabulary word (for example "hash", "at", "one") is
         spelled letter by letter ("h a s h").
fuzzy    The same protocol with looser names and Whisper's slips: first word capitalised,
         a final full stop, commas after some "space"s, some digit runs written as
         digits ("2020"), a long word split in two ("key gen").
natural  What Kenji really says to a colleague.  He never says "space"; Whisper writes
         words, digits, file names, paths, URLs and flags as text ("-la", "/etc/hosts",
         "config.yaml"), while the symbols Kenji names stay words ("czkawka under bar
         cli", "PATH equal dollar PATH colon ~/append").  Framed by formal sentences:
         "Please execute the following command. ...", "Next, please input ...",
         "This command is to <why>. ...", "First, ... .", "... thank you." etc.
chaotic  Natural (or protocol) speech with hesitations, asides before the command, trailing
         thoughts after it, and at least one self-correction or restart per line.

Listener rules (what decode() implements)
=========================================
1. Restart: "once more" means Kenji starts again from the very beginning; only what
   follows the last "once more" counts.
2. Hesitations "Ano", "Eto", "Etto..." (with their commas / dots) are dropped.
3. Corrections (the marker and the commas Whisper puts around it are dropped):
     "X, chigau, Y"              word scope: the last spoken word X is replaced by Y.
     "..., ah, sorry, mistake, Z" token scope: the command token being spoken (back to
                                 the last space) is dropped; Z is said again from its start.
     "..., no, correct is C"      whole command: everything before is dropped; C is the
                                 full command.
4. Finding the command: after "no, correct is" if present; otherwise after the first cue
   phrase ("please input / type / execute / run / enter", "could you input / type /
   execute / run", "the following command", "the following:", "the command is", or a
   sentence starting "First, / Next, / Then, / Finally, / Now,"), cues chaining
   ("Next, please input", "Please execute the following command:"); with no cue, from
   the start.  The command ends at the first sentence end ("." or "?" before a capital
   letter or the end), ", thank you", ", please", " and press enter", " on the server",
   " in the terminal".  Asides come before the cue, trailing thoughts after the end.
5. Protocol or natural: the command part is protocol speech when it contains the word
   "space" or another protocol-only word (a digit word, big / capital / small / all caps,
   or a looser symbol name); otherwise it is natural speech.
6. Protocol speech: punctuation Whisper added is ignored; every symbol name, digit word
   and word is glued to the next one; only "space" makes a space.  Words are lower case
   unless announced by big / capital / all caps.  Digits Whisper wrote stay digits.
7. Natural speech: a gap between written words is a space in the command.  A symbol
   name glues the words on both sides ("app dot log" = app.log), except vertical bar,
   greater than, less than and "and mark and mark", which are stand-alone operators
   (| > < &&).  Text Whisper wrote keeps its characters and case, except that a first
   word Whisper capitalised for the sentence ("Git", "Sudo") goes back to lower case.
   A token that begins with a symbol is written by Whisper as text ("--force",
   "~/docs", "*.java", '"quoted'); a bare symbol argument ("-", "/", "*") is written too.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author42.jsonl"
AUTHOR = "author42"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TRIES = 10

# --------------------------------------------------------------------------- vocabulary

KENJI: dict[str, tuple[str, ...]] = {
    "--": ("double hyphen",),
    "-": ("hyphen",),
    "_": ("under bar",),
    "#": ("sharp",),
    "@": ("at mark",),
    ".": ("period", "dot"),
    "/": ("slash",),
    ":": ("colon",),
    ";": ("semicolon",),
    "*": ("asterisk",),
    "~": ("tilde",),
    "|": ("vertical bar",),
    "=": ("equal",),
    "&": ("and mark",),
    "$": ("dollar",),
    '"': ("double quotation",),
    "'": ("single quotation",),
    "%": ("percent",),
    "+": ("plus",),
    ",": ("comma",),
    "?": ("question mark",),
    "!": ("exclamation mark",),
    "^": ("hat",),
    "(": ("open parenthesis",),
    ")": ("close parenthesis",),
    "[": ("open bracket",),
    "]": ("close bracket",),
    "{": ("open brace",),
    "}": ("close brace",),
    "<": ("less than",),
    ">": ("greater than",),
    "\\": ("yen mark",),
    "`": ("back quote",),
}
LOOSE: dict[str, tuple[str, ...]] = {
    "-": ("minus",),
    "_": ("underscore",),
    "#": ("hash", "igeta"),
    "@": ("at",),
    ".": ("point",),
    "/": ("forward slash",),
    ";": ("semi colon",),
    "*": ("star", "kome"),
    "~": ("nyoro",),
    "|": ("pipe", "vertical line"),
    "=": ("equals", "equal mark"),
    "&": ("ampersand",),
    "$": ("dollar mark",),
    '"': ("double quote",),
    "'": ("single quote",),
    "?": ("hatena",),
    "!": ("bikkuri",),
    "^": ("caret",),
    "(": ("left parenthesis",),
    ")": ("right parenthesis",),
    "<": ("shounari",),
    ">": ("dainari",),
}
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER = {w: str(i) for i, w in enumerate(DIGITS)}
CASE = {"big": "cap", "capital": "cap", "small": "low", "all caps": "upper"}

# protocol phrase -> (kind, value)
PROTO: dict[str, tuple[str, str]] = {"space": ("space", " ")}
for _table in (KENJI, LOOSE):
    for _ch, _names in _table.items():
        for _name in _names:
            PROTO[_name] = ("sym", _ch)
for _w, _d in NUMBER.items():
    PROTO[_w] = ("num", _d)
for _w, _m in CASE.items():
    PROTO[_w] = ("case", _m)
SINGLE_WORDS = {p for p in PROTO if " " not in p}
FIRST_WORDS = {p.split()[0] for p in PROTO if " " in p}
# words that can only come from protocol speech
PROTO_ONLY = (
    {"space"}
    | set(NUMBER)
    | {"big", "capital", "small"}
    | {n for names in LOOSE.values() for n in names if " " not in n}
)

# natural speech: Kenji's names glue; these four stand alone
NAT_OPS = {"vertical bar": "|", "greater than": ">", "less than": "<", "and mark and mark": "&&"}
NAT_SYM = {n: ch for ch, names in KENJI.items() for n in names if n not in NAT_OPS}
OP_WORDS = {v: k for k, v in NAT_OPS.items()}

W_MARK, T_MARK, C_MARK = "\x00W", "\x00T", "\x00C"
HES_RE = re.compile(r",?\s*\b(?:ano|etto|eto)\b(?:\.\.\.|[,.])?", re.I)
RESTART_RE = re.compile(r"\bonce more\b[.,!]*", re.I)
FIX_T_RE = re.compile(r",?\s*\bah, sorry, mistake\b[.,]?", re.I)
FIX_W_RE = re.compile(r",?\s*\bchigau\b[.,]?", re.I)
FIX_C_RE = re.compile(r",?\s*\bno, correct is\b[:,]?", re.I)
CUE_RE = re.compile(
    r"(?:please (?:input|type|execute|run|enter)|could you (?:input|type|execute|run)"
    r"|the following command|the following:|the command is"
    r"|(?:^|(?<=[.!?] ))(?:first|next|then|finally|now),)[\s:.,]*",
    re.I,
)
END_RE = re.compile(
    r"\.(?=\s+[A-Z]|\s*$)|\?(?=\s+[A-Z]|\s*$)|,\s*(?:thank you|please)\b"
    r"|\s+and press enter\b|\s+(?:on the server|in the terminal)\b"
)

# ------------------------------------------------------------------------------ listener


def _span(text: str) -> str:
    """Rules 1-4: the command part of the transcript, with correction sentinels."""
    text = RESTART_RE.split(" ".join(text.split()))[-1]
    text = HES_RE.sub(" ", text)
    text = FIX_T_RE.sub(f" {T_MARK} ", text)
    text = FIX_W_RE.sub(f" {W_MARK} ", text)
    text = FIX_C_RE.sub(f" {C_MARK} ", text)
    text = " ".join(text.split())
    if C_MARK in text:
        text = text.rsplit(C_MARK, 1)[1]
        start = 0
    else:
        start = 0
        m = CUE_RE.search(text)
        if m:
            start = m.end()
            while m2 := CUE_RE.match(text, start):
                start = m2.end()
    rest = text[start:]
    end = END_RE.search(rest)
    if end:
        rest = rest[: end.start()]
    return rest.lstrip(" ,:").rstrip(" ,")


def _fix(units: list, mark: str, is_sep) -> None:
    if mark == C_MARK:
        units.clear()
    elif mark == T_MARK:
        while units and not is_sep(units[-1]):
            units.pop()
    else:
        while units and is_sep(units[-1]):
            units.pop()
        if units:
            units.pop()
        while units and is_sep(units[-1]):
            units.pop()


def _protocol(items: list[str]) -> str:
    """Rule 6."""
    units: list[str] = []
    mode = ""
    words = [w if w.startswith("\x00") else w.strip(",.!?;:").lower() for w in items]
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("\x00"):
            _fix(units, w, lambda u: u == " ")
            mode = ""
            i += 1
            continue
        if not w:
            i += 1
            continue
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in PROTO:
            kind, val = PROTO[pair]
            i += 2
        elif w in PROTO:
            kind, val = PROTO[w]
            i += 1
        else:
            kind, val = "word", w
            i += 1
        if kind == "case":
            mode = val
            continue
        if kind == "word" and mode == "cap":
            val = val[:1].upper() + val[1:]
        elif kind == "word" and mode == "upper":
            val = val.upper()
        mode = ""
        units.append(val)
    return "".join(units).strip()


def _natural(items: list[str]) -> str:
    """Rule 7."""
    sep = ("sep", " ")
    units: list[tuple[str, str]] = []
    if items and not items[0].startswith("\x00") and re.fullmatch(r"[A-Z][^A-Z]*", items[0]):
        items = [items[0][0].lower() + items[0][1:], *items[1:]]
    i = 0
    while i < len(items):
        raw = items[i]
        if raw.startswith("\x00"):
            _fix(units, raw, lambda u: u[0] == "sep")
            i += 1
            continue
        hit = None
        for n in (4, 3, 2, 1):
            chunk = items[i : i + n]
            if len(chunk) < n or any(c.startswith("\x00") for c in chunk):
                continue
            phrase = " ".join(chunk).lower()
            if phrase in NAT_OPS:
                hit = ("op", NAT_OPS[phrase], n)
                break
            if phrase in NAT_SYM:
                hit = ("join", NAT_SYM[phrase], n)
                break
        kind, text, n = hit or ("lit", raw, 1)
        if kind == "op":
            if units and units[-1][0] != "sep":
                units.append(sep)
            units += [("op", text), sep]
        elif kind == "join":
            units.append(("join", text))
        else:
            if units and units[-1][0] in ("lit", "op"):
                units.append(sep)
            units.append(("lit", text))
        i += n
    return "".join(t for _, t in units).strip()


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    span = _span(line)
    items = span.split()
    bare = {w.strip(",.!?;:").lower() for w in items}
    if bare & PROTO_ONLY:
        return _protocol(items)
    return _natural(items)


# ----------------------------------------------------------------------------- speakers

SPOKEN_CASE = {"ROPgadget": ["ROP", "gadget"]}
CONFUSE = {
    "--": "-",
    "-": "_",
    "_": "-",
    ".": ",",
    "/": ".",
    ":": ";",
    ";": ":",
    "=": "-",
    "@": "&",
    "~": "-",
    "*": "%",
    "$": "#",
    "#": "$",
    '"': "'",
    "'": '"',
    "%": "*",
    "+": "-",
    ",": ".",
    "?": "!",
    "!": "?",
}
SWAPS = {
    "start": "stop",
    "stop": "start",
    "add": "remove",
    "remove": "add",
    "install": "uninstall",
    "list": "show",
    "show": "list",
    "get": "set",
    "set": "get",
    "push": "pull",
    "on": "off",
    "true": "false",
    "false": "true",
    "main": "master",
    "test": "text",
    "data": "date",
    "date": "data",
    "demo": "memo",
    "enable": "disable",
    "disable": "enable",
    "tmp": "temp",
    "docs": "doc",
    "src": "source",
    "projects": "project",
    "json": "yaml",
    "yaml": "yml",
    "txt": "text",
    "log": "logs",
    "config": "conf",
    "help": "hello",
    "init": "install",
    "new": "now",
    "sudo": "pseudo",
    "build": "built",
    "foo": "food",
    "alpha": "alfa",
    "backup": "back",
}


def _letters(word: str) -> list[str]:
    return list(word)


COMMON = set(
    "key gen file name book work flow back load check auto start host view time data base"
    " pass word shot crash report calc mark make sync config note type script server list"
    " path read write line tool user group boot shell scan dump info image browser notebook"
    " build cache search export import format create commit update upgrade install remove"
    " delete print play watch lock screen track version verify backup project package merge"
    " split table socket container volume cluster secret service password machine readable"
    " interaction directory color output input upload request remote local keep".split()
)


def _compound_cuts(low: str) -> list[int]:
    """Where Whisper may split a long word in two ("keygen" -> "key gen")."""
    cuts = []
    for k in range(3, len(low) - 2):
        a, b = low[:k], low[k:]
        if (a in COMMON or b in COMMON) and not {a, b} & (SINGLE_WORDS | FIRST_WORDS):
            cuts.append(k)
    return cuts


def _alpha_units(seg: str, rng: random.Random, loose: bool, cautious: bool) -> list[str]:
    parts = SPOKEN_CASE.get(seg) or re.findall(
        r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", seg
    )
    out: list[str] = []
    for part in parts:
        low = part.lower()
        risky = low in SINGLE_WORDS or (cautious and low in FIRST_WORDS)
        if part.islower():
            if risky:
                out += _letters(low)
            elif len(part) == 1 and rng.random() < 0.25:
                out.append(f"small {low}")
            elif loose and (cuts := _compound_cuts(low)) and rng.random() < 0.5:
                k = rng.choice(cuts)
                out += [low[:k], low[k:]]
            else:
                out.append(low)
        elif len(part) == 1:
            out.append(f"{rng.choice(('capital', 'big')) if loose else 'big'} {low}")
        elif part[0].isupper() and part[1:].islower():
            if risky:
                out += [f"big {low[0]}", *_letters(low[1:])]
            else:
                out.append(f"{rng.choice(('capital', 'big')) if loose else 'capital'} {low}")
        elif risky:
            out += [f"big {c}" for c in low]
        else:
            out.append(f"all caps {low}")
    return out


def proto_tokens(
    cmd: str, rng: random.Random, loose: bool, cautious: bool = False
) -> list[list[str]]:
    """Protocol speech, one list of spoken units per command token."""
    toks = []
    for tok in cmd.split(" "):
        units: list[str] = []
        for seg in re.findall(r"--|[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", tok):
            if seg.isdigit():
                if loose and rng.random() < 0.5:
                    units.append(seg)
                else:
                    units += [DIGITS[int(c)] for c in seg]
            elif seg[0].isalpha():
                units += _alpha_units(seg, rng, loose, cautious)
            elif seg == "--":
                if loose and rng.random() < 0.5:
                    units += [rng.choice(("hyphen", "minus")) for _ in range(2)]
                else:
                    units.append("double hyphen")
            else:
                names = KENJI[seg]
                if loose and seg in LOOSE and rng.random() < 0.6:
                    names = LOOSE[seg]
                units.append(rng.choice(names))
        toks.append(units)
    return toks


LIT_OK = {".": 0.25, "-": 0.2, "/": 0.08, ":": 0.3, "~": 0.0}
TRAIL_NAME = {";"}


def nat_tokens(cmd: str, rng: random.Random) -> list[list[str]]:
    """Natural speech: what Whisper writes for each command token."""
    toks = cmd.split(" ")
    out = []
    for ti, tok in enumerate(toks):
        if tok in OP_WORDS:
            out.append(OP_WORDS[tok].split())
            continue
        segs = re.findall(r"--|[A-Za-z0-9]+|[^A-Za-z0-9]", tok)
        alnum = [k for k, s in enumerate(segs) if s[0].isalnum()]
        if not alnum:
            out.append([tok])
            continue
        first, last = alnum[0], alnum[-1]
        words: list[str] = []
        cur = "".join(segs[: first + 1])
        for k in range(first + 1, len(segs)):
            s = segs[k]
            if s[0].isalnum():
                cur += s
                continue
            if k > last:
                named = ti == len(toks) - 1 and s in TRAIL_NAME and rng.random() < 0.7
            elif s == "--":
                named = True
            elif s not in LIT_OK:
                named = True
            elif s == "." and cur[-1:].isdigit() and segs[k + 1].isdigit():
                named = False  # numbers and addresses stay text: 10.0.0.5, 1.0
            else:
                named = not cur or not segs[k + 1][0].isalnum() or rng.random() < LIT_OK[s]
            if named:
                if cur:
                    words.append(cur)
                words += rng.choice(KENJI[s]).split()
                cur = ""
            else:
                cur += s
        if cur:
            words.append(cur)
        out.append(words)
    return out


# --------------------------------------------------------------------------- framings

TEMPLATES = (
    "Please execute the following command. {c}. Thank you.",
    "Next, please input {c}.",
    "First, {c}. This command is to {why}.",
    "This command is to {why}. Please input {c}.",
    "Please input {c}, thank you.",
    "The command is {c}. Please confirm the result.",
    "In order to {why}, please execute {c}.",
    "Please type {c} and press enter.",
    "Excuse me, could you input {c}? Thank you.",
    "Then, {c}. After that, please tell me the output.",
    "We want to {why}. So, please run {c}.",
    "Please execute the following: {c}",
    "{c}. That is all, thank you.",
    "Next step. Please enter {c}. Thank you very much.",
    "I will explain. This command is to {why}. The command is {c}.",
    "Sorry to bother you. Please input {c} on the server.",
    "Finally, please run {c}. That is all.",
    "OK, next, please input {c}. This is to {why}.",
    "Please execute {c} in the terminal.",
    "Please execute the following command: {c}. It is to {why}.",
    "Now, {c}. Please check the output after that.",
    "Good morning. First, please input {c}.",
    "For this step, the command is {c}. It is to {why}.",
    "Could you run {c}, please.",
)
ASIDES = (
    "Ano, this is the production server, so please be careful.",
    "Sorry, my English is not so good.",
    "Eto, Suzuki-san asked me about this yesterday.",
    "Today the VPN is a little slow.",
    "I checked the manual already.",
    "Etto... wait a moment.",
    "This is for the night batch job.",
)
TRAILING = (
    "Maybe it takes some time.",
    "I think it is OK.",
    "After that, I will check the log.",
    "If some error occurs, please tell me.",
    "Ah, the log is in the usual place.",
    "Hmm, I hope it works.",
)
HESITATIONS = (", ano,", ", eto,", ", etto...")
NOT_VERBS = {"only", "interactive", "unit", "directory", "pretty-print", "keep/add/remove"}


def why_of(desc: str) -> str | None:
    why = desc.split(" (")[0].split(". ")[0].split(";")[0].strip().rstrip(".")
    first = why.split(" ")[0]
    if (
        not why.isascii()
        or first.lower() in NOT_VERBS
        or first.endswith((",", "ly"))
        or "-" in first
        or len(why) > 70
    ):
        return None
    if len(first) > 1 and first[1].isupper():
        return why
    return why[0].lower() + why[1:]


def _cap(text: str) -> str:
    first = text.split(" ")[0]
    if re.fullmatch(r"[a-z][^A-Z]*", first):
        return text[0].upper() + text[1:]
    return text


def frame(tpl: str, ctext: str, why: str | None) -> str:
    prefix = tpl.split("{c}")[0]
    if prefix == "" or prefix.endswith(". "):
        ctext = _cap(ctext)
    return tpl.replace("{why}", why or "").replace("{c}", ctext)


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return re.sub(r"\s+,", ",", text)


# --------------------------------------------------------------------------- the slices


def clean_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    toks = proto_tokens(cmd, rng, loose=False, cautious=attempt > 2)
    return " space ".join(" ".join(t) for t in toks)


def fuzzy_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    toks = proto_tokens(cmd, rng, loose=True, cautious=attempt > 2)
    words: list[str] = []
    for i, t in enumerate(toks):
        if i:
            words.append("space," if rng.random() < 0.35 else "space")
        words += t
    text = " ".join(words)
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5 or text == " space ".join(" ".join(t) for t in toks):
        text += "."
    return text


def natural_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    words = [w for t in nat_tokens(cmd, rng) for w in t]
    why = why_of(desc)
    pool = [t for t in TEMPLATES if why or "{why}" not in t]
    tpl = rng.choice(pool)
    return frame(tpl, " ".join(words), why)


def _mutate_text(s: str, rng: random.Random) -> str:
    if s.lower() in SWAPS:
        return SWAPS[s.lower()]
    runs = [m for m in re.finditer(r"[A-Za-z]+|[0-9]+", s)]
    if not runs:
        return s + s[-1]
    m = rng.choice(runs)
    run = m.group()
    if run.lower() in SWAPS:
        new = SWAPS[run.lower()]
    elif run.isdigit():
        k = rng.randrange(len(run))
        d = rng.choice([c for c in "0123456789" if c != run[k]])
        new = run[:k] + d + run[k + 1 :]
    elif len(run) > 3 and rng.random() < 0.5:
        k = rng.randrange(1, len(run))
        new = run[:k] + run[k + 1 :]
    else:
        k = rng.randrange(len(run))
        c = rng.choice([c for c in "aeioustrnlk" if c != run[k].lower()])
        new = run[:k] + (c.upper() if run[k].isupper() else c) + run[k + 1 :]
    return s[: m.start()] + new + s[m.end() :]


def mutate(unit: str, rng: random.Random, proto: bool) -> str | None:
    """A plausible wrong version of one spoken unit (None when there is none)."""
    if unit in NAT_OPS:
        return None
    sym = None
    if proto:
        kind, val = PROTO.get(unit, ("", ""))
        if kind == "num":
            return rng.choice([d for d in DIGITS if d != unit])
        if kind in ("space", "case"):
            return None
        if kind == "sym":
            sym = val
    elif unit in NAT_SYM:
        sym = NAT_SYM[unit]
    if sym is not None:
        wrong = CONFUSE.get(sym)
        return KENJI[wrong][0] if wrong else None
    head, _, word = unit.rpartition(" ")
    if proto and head and head not in CASE:
        return None
    new = _mutate_text(word, rng)
    if new == word:
        return None
    if proto:
        new = new.lower()
        if not new.isalnum() or new in SINGLE_WORDS or new in FIRST_WORDS:
            return None
    elif new.lower() in NAT_SYM or new.lower() in PROTO_ONLY:
        return None
    return f"{head} {new}".strip()


def _flat(toks: list[list[str]], proto: bool) -> list[str]:
    words: list[str] = []
    for i, t in enumerate(toks):
        if i and proto:
            words.append("space")
        words += t
    return words


def _units_of(toks: list[list[str]]) -> list[tuple[int, int]]:
    return [(j, k) for j, t in enumerate(toks) for k in range(len(t))]


def chaotic_line(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    proto = rng.random() < 0.3
    if proto:
        toks = proto_tokens(cmd, rng, loose=rng.random() < 0.5, cautious=attempt > 2)
    else:
        toks = nat_tokens(cmd, rng)
    why = why_of(desc)
    kind = rng.choice(("word", "word", "token", "token", "whole", "restart"))
    # a spoken unit of the natural speech may be several words ("under bar"): regroup
    if not proto:
        toks = [_regroup(t) for t in toks]
    slots = _units_of(toks)
    j, k = rng.choice(slots)
    wrong = mutate(toks[j][k], rng, proto)
    if wrong is None and kind != "restart":
        kind = "restart"
    full = _flat(toks, proto)
    if kind == "word":
        t2 = [list(t) for t in toks]
        t2[j][k : k + 1] = [wrong, ", chigau,", toks[j][k]]
        spoken = _flat(t2, proto)
    elif kind == "token":
        t2 = [list(t) for t in toks]
        bad = list(toks[j])
        bad[k] = wrong
        t2[j] = [*bad, ", ah, sorry, mistake,", *toks[j]]
        spoken = _flat(t2, proto)
    elif kind == "whole":
        t2 = [list(t) for t in toks]
        t2[j][k] = wrong
        spoken = [*_flat(t2, proto), ", no, correct is", *full]
    else:
        spoken = full
    # hesitations inside the command
    for _ in range(rng.choice((0, 1, 1, 2))):
        if len(spoken) < 2:
            break
        pos = rng.randrange(1, len(spoken))
        if spoken[pos].startswith(",") or spoken[pos - 1].startswith(","):
            continue
        spoken.insert(pos, rng.choice(HESITATIONS))
    cued = [t for t in TEMPLATES if (why or "{why}" not in t) and not t.startswith("{c}")]
    if proto and rng.random() < 0.4:
        tpl = "{c}."
    else:
        tpl = rng.choice(cued if proto else [t for t in TEMPLATES if why or "{why}" not in t])
    body = frame(tpl, _join(spoken), why)
    if kind == "restart":
        cut = rng.randrange(0, max(1, len(full) - 1))
        stub = frame(tpl.split("{c}")[0] + "{c}", _join(full[:cut]), why).rstrip(" ,")
        stub = stub.rstrip(".").rstrip()
        body = f"{stub}, etto... once more. {frame(tpl, _join(spoken), why)}"
        if cut == 0 and tpl.startswith("{c}"):
            body = f"Etto... once more. {frame(tpl, _join(spoken), why)}"
    lead = ""
    if tpl != "{c}." and not tpl.startswith("{c}") and rng.random() < 0.45:
        lead = rng.choice(ASIDES) + " "
    tail = ""
    if rng.random() < 0.4:
        if not body.endswith((".", "?")):
            body += "."
        tail = " " + rng.choice(TRAILING)
    return lead + body + tail


def _regroup(words: list[str]) -> list[str]:
    """Merge multi-word symbol names of natural speech into one unit."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and (phrase in NAT_SYM or phrase in NAT_OPS):
                out.append(phrase)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


MAKERS = {
    "clean": clean_line,
    "fuzzy": fuzzy_line,
    "natural": natural_line,
    "chaotic": chaotic_line,
}
MARKERS = ("chigau", "ah, sorry, mistake", "no, correct is", "once more")


def acceptable(slice_name: str, text: str, cmd: str) -> bool:
    if not text.isascii() or "\n" in text or decode(text) != cmd:
        return False
    low = text.lower()
    if slice_name == "clean":
        return re.fullmatch(r"[a-z ]+", text) is not None
    if slice_name == "natural":
        return not re.search(r"\bspace\b", low) and text != cmd
    if slice_name == "chaotic":
        return any(m in low for m in MARKERS)
    return True


# ------------------------------------------------------------------------------ driver


def load_pool() -> list[tuple[str, str]]:
    pool = []
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines()):
        if n % 6 != 3:
            continue
        row = json.loads(line)
        cmd = row["command"]
        if not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd or "  " in cmd:
            continue
        if cmd != cmd.strip():
            continue
        pool.append((cmd, row["description"]))
    return pool


def tool_of(cmd: str) -> str:
    words = [w for w in cmd.split(" ") if w != "sudo" and "=" not in w]
    return words[0] if words else cmd


def build() -> list[dict[str, str]]:
    rng = random.Random(42)
    pool = load_pool()
    rng.shuffle(pool)
    seen: set[str] = set()
    tools: Counter[str] = Counter()
    deferred: list[tuple[str, str]] = []
    fresh = iter(pool)
    rows = []
    for slice_name in SLICES:
        made = 0
        retry, deferred = deferred, []
        candidates = iter(retry)
        while made < PER_SLICE:
            item = next(candidates, None)
            if item is None:
                item = next(fresh, None)
            if item is None:
                raise SystemExit(f"pool exhausted in slice {slice_name}")
            cmd, desc = item
            if cmd in seen or tools[tool_of(cmd)] >= 2:
                continue
            for attempt in range(TRIES):
                text = MAKERS[slice_name](cmd, desc, rng, attempt)
                if acceptable(slice_name, text, cmd):
                    rows.append(
                        {"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    )
                    seen.add(cmd)
                    tools[tool_of(cmd)] += 1
                    made += 1
                    break
            else:
                deferred.append(item)
        deferred += list(candidates)
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
