"""Fifty-fifth independent author of voice-to-bash evaluation lines: Gareth's runbook dictation.

Writes assets/training/bash/author55.jsonl: 240 lines, 60 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input": what Whisper wrote, "command": the exact command,
"slice": ..., "author": "author55"}. Standard library only; one random.Random(55) is consumed in a
fixed order, so a rerun writes the same bytes. Run: python3 tests/bench/fiftyfifth_author.py

Commands and their plain-English "why" come from the even-numbered lines (0-based) of
assets/training/bash/platforms_dev43_commands.jsonl, examples drawn from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0 - thanks to the tldr-pages authors.

STYLE GUIDE
===========
Persona. Gareth, a Welsh Windows sysadmin at a county council, dictating runbook steps for the
night operators. Mostly cmd and PowerShell tools, a few for the Mac in the print room, the FreeBSD
firewall and the old Solaris box. He is meticulous about letter case (PowerShell cmdlets and
parameters are Pascal case). Welsh English habits: "now then", "tidy", "there we are", a tag
"isn't it", "lush" when it works, "I'll do that now in a minute".

Vocabulary (first name = the clean-slice name; the rest turn up in fuzzy and chaotic lines).
  -  dash, hyphen, minus         --  dash dash, double dash, double hyphen
  /  forward slash, slash         //  double forward slash
  .  dot, full stop, point, period
  :  colon                        ::  colon colon, double colon
  *  asterisk, star               "   double quote, speech marks, quote
  '  single quote, apostrophe     |   pipe, vertical bar
  >  greater than, chevron        <   less than
  =  equals, equals sign          _   underscore          ~  tilde
  ?  question mark                %   percent, percent sign
  @  at sign, at symbol           $   dollar, dollar sign
  ( )  open bracket / close bracket (left bracket / right bracket)
  { }  open curly bracket / close curly bracket (open brace / close brace)
  [ ]  open square bracket / close square bracket
  ;  semicolon   ,  comma   +  plus   &  ampersand   \\  backslash   #  hash   !  exclamation mark
Case: "capital X" is the upper-case letter X; when the next word starts with x (Whisper writes
it in lower case) that word is the one capitalised: "capital S set" = Set, "capital S" = S.
"all caps" upper-cases what follows (protocol: the following words up to the next symbol, number,
"space" or case word; natural: the next word): "all caps wu capital H history" = WUHistory.

Protocol (clean, fuzzy, some chaotic lines). Gareth says "space" exactly where the command has a
space; everything between two "space"s is glued together, so a split compound ("task kill") is
still one word. Plain words are lower case unless a case word says otherwise. Numbers: digit words
are glued digit by digit ("four four three" = 443), 10-99 may be one number ("fifteen", "sixty
four"), "one hundred" = 100, "double five" = 55, "nought" = 0; Whisper may write digits instead.
Clean lines are pure protocol with the clean names, digits as words and no punctuation. Fuzzy
lines use the other names and Whisper's slips: first word capitalised, a final full stop, commas
after some "space"s, digits, split compounds, a spoken letter written in capitals. Whisper's
punctuation is never part of the command: every symbol is spoken.

Natural (natural, most chaotic lines). Gareth reads a runbook step and names the window ("in an
admin PowerShell", "in the command prompt", "in Terminal on the Mac"). He never says "space".
  1. The command follows the first cue in the line: run, type, type in, key in, punch in, enter,
     you want (to run), you'll want (to run), the command is, the command for that is, for the
     runbook it's.
  2. It ends at the first comma, full stop, question or exclamation mark that is followed by a
     space or ends the line, at "and hit enter" / "and press enter|return", or at "in <window>".
  3. Words are separated by spaces. What Whisper wrote as text (-Name, --version, config.yaml,
     ~/projects/, https://..., Get-ChildItem, 8080) is taken verbatim, case included.
  4. Spoken symbols attach: forward slash, dash, double dash, open bracket, open square bracket,
     dollar, plus and hash lean on the next word ("forward slash S" = /s); close brackets lean on
     the previous word; dot, colon, underscore, equals, comma, at sign and backslash glue both
     sides, except that a colon after a lone capital letter closes a drive letter ("capital C
     colon" = C:); double quotes, single quotes and percent signs alternate: the opening one leans
     right, the closing one leans left; pipe, greater/less than, asterisk, tilde, question mark,
     curly brackets, semicolon and ampersand stand alone.
  5. A lone letter is lower case (Whisper writes it as a capital anyway) unless he said
     "capital". Digits are digits. After a token, "that's capital S, capital A" re-cases the
     initials of its hyphen-separated parts in order (set-alias -> Set-Alias); "that's all caps"
     upper-cases it.
  Framing: "Step 4, on the file server, run ...", "Then you want to run ..., that'll <why>.",
  "To <why>, just run ... There we are." and so on (18 sentence shapes); the why is the tldr
  description, lower-cased and without its brackets.

Chaotic. Natural or protocol speech spoiled by Gareth's own disfluencies; every line has at least
one correction or restart. The listener, in this order:
  a. "wait, strike that" - throw away everything said before it (a whole-command restart).
  b. er / erm / um / uh / ah are dropped with their commas.
  c. "no, hang on," / "sorry, I tell a lie," / a cut-off "..." : if the first word after the
     marker was said before, Gareth is backing up to its latest occurrence and re-saying from
     there (word, flag or whole-command scope); otherwise the correction replaces the last word.
  d. "W, not W, Y": drop from the latest W and carry on with Y ("5, not 5, 6" = 6).
  e. Asides ("Bear with me, my tea's gone cold.") are sentences before the cue; trailing thoughts
     come after the command's sentence end. Protocol lines may open with a tic ("Now then,",
     "Right,") and the command stops at the first full stop.
Then: case notes; the protocol reading if "space" is said or there is no cue, else the natural
one. decode() below is that listener; the generator keeps a line only if decode() gives back the
exact command.

Known ambiguities (handled by rejecting the line, not by the listener): a why that itself
contains a cue word or "space"; a command word that is also a vocabulary word; tokens whose
spoken symbols cannot be spaced by rule 4 (for example "*alpha*", ".alpha=alpha", "% == x")
never go to natural lines; "capital S set" cannot mean "Sset".
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "platforms_dev43_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author55.jsonl"
AUTHOR = "author55"
PER_SLICE = 60
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_PER_TOOL = 3
NONWIN_MAX = {"natural": 8, "chaotic": 10, "clean": PER_SLICE, "fuzzy": PER_SLICE}

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------
SYMBOLS: dict[str, tuple[str, ...]] = {
    "-": ("dash", "hyphen", "minus"),
    "/": ("forward slash", "slash"),
    ".": ("dot", "full stop", "point", "period"),
    ":": ("colon",),
    "*": ("asterisk", "star"),
    '"': ("double quote", "speech marks", "quote"),
    "'": ("single quote", "apostrophe"),
    "|": ("pipe", "vertical bar"),
    ">": ("greater than", "chevron"),
    "<": ("less than",),
    "=": ("equals", "equals sign"),
    "_": ("underscore",),
    "~": ("tilde",),
    "?": ("question mark",),
    "%": ("percent", "percent sign"),
    "@": ("at sign", "at symbol"),
    "(": ("open bracket", "left bracket"),
    ")": ("close bracket", "right bracket"),
    "{": ("open curly bracket", "open brace"),
    "}": ("close curly bracket", "close brace"),
    "[": ("open square bracket",),
    "]": ("close square bracket",),
    "$": ("dollar", "dollar sign"),
    ";": ("semicolon",),
    ",": ("comma",),
    "+": ("plus",),
    "&": ("ampersand",),
    "\\": ("backslash",),
    "#": ("hash",),
    "!": ("exclamation mark",),
}
MULTI: dict[str, tuple[str, ...]] = {
    "--": ("double dash", "double hyphen"),
    "::": ("double colon",),
    "//": ("double forward slash",),
}
PHRASES: dict[tuple[str, ...], str] = {}
for _char, _names in list(SYMBOLS.items()) + list(MULTI.items()):
    for _name in _names:
        PHRASES[tuple(_name.split())] = _char
PHRASE_LENGTHS = sorted({len(k) for k in PHRASES}, reverse=True)

UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
UNITS["nought"] = 0
TEENS = {
    w: 10 + i
    for i, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 2 + i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
UNIT_WORDS = "zero one two three four five six seven eight nine".split()
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand"}

# natural-mode attachment of spoken symbols
LEAN_RIGHT = {"/", "-", "--", "//", "(", "[", "$", "+", "#"}
LEAN_LEFT = {")", "]"}
GLUE = {".", ":", "::", "_", "=", ",", "@", "\\"}
ALTERNATE = {'"', "'", "%"}

# ---------------------------------------------------------------------------------------------
# Framing vocabulary shared by generator and listener
# ---------------------------------------------------------------------------------------------
ENV_PS = ("an admin PowerShell", "PowerShell", "an elevated PowerShell window")
ENV_CMD = ("the command prompt", "an elevated command prompt", "an admin command prompt")
ENV_MAC = ("Terminal on the Mac", "the Mac terminal")
ENV_BSD = ("a root shell on the firewall", "the FreeBSD box's shell")
ENV_SUN = ("a root shell on the Solaris box",)
ALL_ENVS = ENV_PS + ENV_CMD + ENV_MAC + ENV_BSD + ENV_SUN
SERVERS_WIN = (
    "the file server",
    "FS01",
    "the print server",
    "the domain controller",
    "DC02",
    "the SQL box",
    "the Carmarthen office PC",
    "the Llanelli depot laptop",
    "the housing team's PC",
    "the library kiosk",
    "the Aberystwyth site server",
)
SERVERS_MAC = ("the Mac in the print room", "the comms team's MacBook")
SERVERS_BSD = ("the firewall", "the old FreeBSD box")
SERVERS_SUN = ("the Solaris box",)

CUE_RE = re.compile(
    r"(?:^|(?<=[\s,.:;!?]))(?:you want to run|you'll want to run|you'll want|you want"
    r"|the command for that is|the command is|for the runbook it's|type in|key in|punch in"
    r"|type|run|enter)\s+",
    re.I,
)
END_RE = re.compile(
    r"[.,!?](?=\s|$)|\s+(?:and (?:hit|press) (?:enter|return)\b|in (?:"
    + "|".join(re.escape(e) for e in sorted(ALL_ENVS, key=len, reverse=True))
    + r")\b)",
    re.I,
)
STRIKE_RE = re.compile(r"\b(?:wait,?\s+)?strike that\b[.,!]*\s*", re.I)
HESITATION_RE = re.compile(r",?\s*\b(?:er|erm|um|uh|ah)\b(?:\.\.\.|[,.])*(?=\s|$)", re.I)
MARK_RE = re.compile(
    r"[,.]*\s*\b(?:no,?\s+hang on|sorry,?\s+I tell a lie)\b[,.]*\s+"
    r"|\.\.\.\s+"
    r"|,\s+not\s+([^\s,]+),\s+",
    re.I,
)
NOTE_RE = re.compile(
    r"(\S+?),?\s+that's\s+(all caps|capital [A-Za-z](?:,?\s+(?:and\s+)?capital [A-Za-z])*)"
    r"(?=[,.!?]?(?:\s|$))",
    re.I,
)
LEAD_TIC_RE = re.compile(r"^(?:(?:now then|right|okay|so|well)[,.]?\s+)+", re.I)
TAIL_TIC_RE = re.compile(r"[,.]?\s+(?:there we are|tidy|lush|isn't it)[.!]*$", re.I)
SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")


# ---------------------------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------------------------
def _norm(word: str) -> str:
    return word.strip(",.;:!?").lower()


def _phrase_at(words: list[str], i: int, clean) -> tuple[str, int] | None:
    for n in PHRASE_LENGTHS:
        key = tuple(clean(w) for w in words[i : i + n])
        if len(key) == n and key in PHRASES:
            return PHRASES[key], n
    return None


def _resolve(text: str) -> str:
    """Strike-that restarts, hesitations and local corrections."""
    text = STRIKE_RE.split(text)[-1]
    text = HESITATION_RE.sub("", text).strip()
    for _ in range(20):
        m = MARK_RE.search(text)
        if not m:
            break
        before, after = text[: m.start()].split(), text[m.end() :]
        anchor = m.group(1) or (after.split()[0] if after.split() else "")
        idx = None
        for i in range(len(before) - 1, -1, -1):
            if _norm(before[i]) == _norm(anchor):
                idx = i
                break
        if idx is not None:
            keep = before[:idx]
        else:
            keep = before if m.group(1) else before[:-1]
        text = " ".join([*keep, after]).strip()
    return text


def _apply_note(match: re.Match) -> str:
    token, note = match.group(1), match.group(2).lower()
    if note == "all caps":
        return token.upper()
    chars = list(token)
    pos = 0
    for letter in re.findall(r"capital ([a-z])", note):
        for p in range(pos, len(chars)):
            if chars[p].lower() == letter and (p == 0 or chars[p - 1] == "-"):
                chars[p] = chars[p].upper()
                pos = p + 1
                break
    return "".join(chars)


def _number_at(words: list[str], i: int) -> tuple[str, int] | None:
    w = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if w.isdigit():
        return w, 1
    if w == "double" and nxt in UNITS:
        return str(UNITS[nxt]) * 2, 2
    if w in UNITS:
        if nxt == "hundred":
            return f"{UNITS[w]}00", 2
        if nxt == "thousand":
            return f"{UNITS[w]}000", 2
        return str(UNITS[w]), 1
    if w in TEENS:
        return str(TEENS[w]), 1
    if w in TENS:
        if nxt in UNITS and UNITS[nxt]:
            return f"{TENS[w]}{UNITS[nxt]}", 2
        return f"{TENS[w]}0", 1
    return None


def _proto_plain(words: list[str], j: int) -> bool:
    if j >= len(words):
        return False
    w = words[j]
    return (
        w.isalpha()
        and w.lower() not in NUMBER_WORDS
        and w.lower() not in ("space", "capital", "double")
        and not (w.lower() == "all" and j + 1 < len(words) and words[j + 1].lower() == "caps")
        and _phrase_at(words, j, str.lower) is None
    )


def _protocol(text: str) -> str:
    text = LEAD_TIC_RE.sub("", text)
    m = SENTENCE_END_RE.search(text)
    if m:
        text = text[: m.start()]
    text = TAIL_TIC_RE.sub("", text)
    words = [w for w in (x.strip(",.;:!?") for x in text.split()) if w]
    out: list[str] = []
    caps = False
    i = 0
    while i < len(words):
        w = words[i].lower()
        ph = _phrase_at(words, i, str.lower)
        if ph:
            out.append(ph[0])
            i += ph[1]
            caps = False
            continue
        if w == "space":
            out.append(" ")
            i += 1
            caps = False
            continue
        if w == "all" and i + 1 < len(words) and words[i + 1].lower() == "caps":
            caps = True
            i += 2
            continue
        if w == "capital" and i + 1 < len(words):
            letter = words[i + 1]
            if len(letter) == 1 and letter.isalpha():
                nxt = words[i + 2] if i + 2 < len(words) else ""
                if nxt[:1] == letter.lower() and _proto_plain(words, i + 2):
                    out.append(letter.upper() + nxt[1:].lower())
                    i += 3
                else:
                    out.append(letter.upper())
                    i += 2
            else:
                out.append(letter[:1].upper() + letter[1:].lower())
                i += 2
            caps = False
            continue
        num = _number_at(words, i)
        if num:
            out.append(num[0])
            i += num[1]
            caps = False
            continue
        out.append(w.upper() if caps else w)
        i += 1
    return "".join(out)


def _natural(span: str) -> str:
    words = span.split()
    pieces: list[tuple[str, bool, bool]] = []
    open_marks: set[str] = set()
    caps_next = False
    i = 0
    while i < len(words):
        ph = _phrase_at(words, i, str.lower)
        if ph:
            char, n = ph
            i += n
            if char in ALTERNATE:
                if char in open_marks:
                    open_marks.discard(char)
                    pieces.append((char, True, False))
                else:
                    open_marks.add(char)
                    pieces.append((char, False, True))
            elif char in LEAN_RIGHT:
                pieces.append((char, False, True))
            elif char in LEAN_LEFT:
                pieces.append((char, True, False))
            elif char == ":":
                prev = pieces[-1][0] if pieces else ""
                drive = len(prev) == 1 and prev.isupper()
                pieces.append((char, True, not drive))
            elif char in GLUE:
                pieces.append((char, True, True))
            else:
                pieces.append((char, False, False))
            continue
        w = words[i]
        low = w.lower()
        if low == "all" and i + 1 < len(words) and words[i + 1].lower() == "caps":
            caps_next = True
            i += 2
            continue
        if low == "capital" and i + 1 < len(words) and len(words[i + 1]) == 1:
            letter = words[i + 1].upper()
            nxt = words[i + 2] if i + 2 < len(words) else ""
            if (
                nxt[:1] == letter.lower()
                and nxt.isalpha()
                and not _phrase_at(words, i + 2, str.lower)
            ):
                text = letter + nxt[1:]
                i += 3
            else:
                text = letter
                i += 2
        else:
            text = w.lower() if len(w) == 1 and w.isalpha() else w
            i += 1
        if caps_next:
            text = text.upper()
            caps_next = False
        pieces.append((text, False, False))
    out = ""
    lean = True
    for text, left, right in pieces:
        out += text if (not out or lean or left) else " " + text
        lean = right
    return out


def decode(line: str) -> str:
    """Recover the command from one transcript, as the careful listener of the guide does."""
    text = " ".join(line.split())
    text = _resolve(text)
    text = NOTE_RE.sub(_apply_note, text)
    text = " ".join(text.split())
    if not re.search(r"\bspace\b", text, re.I):
        m = CUE_RE.search(text)
        if m:
            rest = text[m.end() :]
            e = END_RE.search(rest)
            return _natural(rest[: e.start()] if e else rest)
    return _protocol(text)


# ---------------------------------------------------------------------------------------------
# Generator helpers
# ---------------------------------------------------------------------------------------------
class Voice:
    """Random choices; with rng=None every choice is the first option and nothing is optional."""

    def __init__(self, rng: random.Random | None) -> None:
        self.rng = rng

    def pick(self, seq):
        return seq[0] if self.rng is None else self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return False if self.rng is None else self.rng.random() < p


COMPOUNDS = {
    "taskkill": "task kill",
    "tasklist": "task list",
    "netstat": "net stat",
    "systeminfo": "system info",
    "driverquery": "driver query",
    "gpupdate": "gp update",
    "cleanmgr": "clean mgr",
    "powercfg": "power cfg",
    "pathping": "path ping",
    "getmac": "get mac",
    "whoami": "who am i",
    "doskey": "dos key",
    "showmount": "show mount",
    "rpcinfo": "rpc info",
    "cmdkey": "cmd key",
    "logoff": "log off",
    "winword": "win word",
    "wmplayer": "wm player",
    "tzutil": "tz util",
    "powermetrics": "power metrics",
    "opensnoop": "open snoop",
    "spindump": "spin dump",
    "sockstat": "sock stat",
    "ipmitool": "ipmi tool",
    "uptime": "up time",
    "localhost": "local host",
    "eventcreate": "event create",
    "forfiles": "for files",
    "pnputil": "pnp util",
    "nfsstat": "nfs stat",
    "setdestination": "set destination",
    "displaysleep": "display sleep",
    "timeout": "time out",
    "startvm": "start vm",
    "scannow": "scan now",
    "sageset": "sage set",
    "logonpasswords": "logon passwords",
    "masterkey": "master key",
    "minidump": "mini dump",
    "clipboard": "clip board",
    "powershell": "power shell",
    "pwlauncher": "pw launcher",
    "explorer": "ex plorer",
    "chromium": "chrome ium",
    "bleachbit": "bleach bit",
}
CASE_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")
PROTO_RUNS = re.compile(r"[A-Za-z]+|[0-9]+|--|::|//|.")


def _num_word(n: int) -> list[str]:
    if n < 10:
        return [UNIT_WORDS[n]]
    if n < 20:
        return [list(TEENS)[n - 10]]
    tens = list(TENS)[n // 10 - 2]
    return [tens] if n % 10 == 0 else [tens, UNIT_WORDS[n % 10]]


def _say_number(digits: str, v: Voice, fuzzy: bool) -> list[str]:
    if fuzzy and v.chance(0.35):
        return [digits]
    if len(digits) <= 2 and (digits == "0" or digits[0] != "0"):
        if len(digits) == 2 and v.chance(0.2):
            return [UNIT_WORDS[int(d)] for d in digits]
        return _num_word(int(digits))
    if len(digits) in (3, 4) and digits[0] != "0" and set(digits[1:]) == {"0"}:
        return [UNIT_WORDS[int(digits[0])], "hundred" if len(digits) == 3 else "thousand"]
    if len(digits) == 4 and digits[:2] == digits[2:] and digits[1] == "0" and v.chance(0.6):
        return _num_word(int(digits[:2])) * 2
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = int(digits[i])
        word = "nought" if d == 0 and fuzzy and v.chance(0.4) else UNIT_WORDS[d]
        if fuzzy and i + 1 < len(digits) and digits[i + 1] == digits[i] and v.chance(0.4):
            out += ["double", word]
            i += 2
            continue
        out.append(word)
        i += 1
    return out


def _say_letters(run: str, v: Voice, fuzzy: bool) -> list[str]:
    out: list[str] = []
    for part in CASE_PARTS.findall(run):
        if part.islower():
            if fuzzy and part in COMPOUNDS and v.chance(0.6):
                out += COMPOUNDS[part].split()
            elif fuzzy and len(part) == 1 and v.chance(0.4):
                out.append(part.upper())
            else:
                out.append(part)
        elif len(part) == 1:
            out += ["capital", part]
        elif part.isupper():
            out += ["all", "caps", part if fuzzy and v.chance(0.5) else part.lower()]
        else:
            out += ["capital", part[0], part.lower()]
    return out


def proto_token(tok: str, v: Voice, fuzzy: bool) -> list[str]:
    out: list[str] = []
    for run in PROTO_RUNS.findall(tok):
        if run.isalpha():
            out += _say_letters(run, v, fuzzy)
        elif run.isdigit():
            out += _say_number(run, v, fuzzy)
        elif run in MULTI:
            if fuzzy and v.chance(0.5):
                out += v.pick(MULTI[run]).split()
            else:
                name = v.pick(SYMBOLS[run[0]]) if fuzzy else SYMBOLS[run[0]][0]
                out += name.split() * 2
        else:
            names = SYMBOLS[run]
            out += (v.pick(names) if fuzzy else names[0]).split()
    return out


def proto_join(token_words: list[list[str]], v: Voice, fuzzy: bool) -> list[str]:
    out: list[str] = []
    for i, words in enumerate(token_words):
        if i:
            out.append("space," if fuzzy and v.chance(0.25) else "space")
        out += words
    return out


def fuzzy_finish(words: list[str], v: Voice) -> str:
    words = list(words)
    if v.chance(0.7):
        words[0] = words[0][:1].upper() + words[0][1:]
    text = " ".join(words)
    if v.chance(0.6):
        text += "."
    return text


LIT_RE = re.compile(
    r"(?:--?)?[A-Za-z0-9~][A-Za-z0-9_.~/@+-]*[A-Za-z0-9/_~]"
    r"|/[\w.-]+/[\w./-]*"
    r"|[a-z]+://[\w./:-]+"
    r"|[\w.-]+:\d+"
)
NAT_SYMBOLS: dict[str, tuple[str, ...]] = {
    "/": ("forward slash", "forward slash", "slash"),
    "-": ("dash", "hyphen"),
    ".": ("dot",),
    '"': ("double quote", "speech marks"),
}
NAT_RUNS = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?|.")
PASCAL_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def _nat_letter(ch: str) -> list[str]:
    return ["capital", ch] if ch.isupper() else [ch.upper()]


def nat_token(tok: str, v: Voice, last: bool = False) -> list[str]:
    if re.fullmatch(r"-[A-Za-z]", tok):
        return [v.pick(("dash", "hyphen")), *_nat_letter(tok[1])]
    if len(tok) > 1 and LIT_RE.fullmatch(tok):
        if tok.isalpha() and tok.isupper() and v.chance(0.5):
            return ["all", "caps", tok.lower()]
        if last and PASCAL_PAIR.fullmatch(tok) and v.chance(0.4):
            second = tok.index("-") + 1
            return [f"{tok.lower()},", "that's", "capital", f"{tok[0]},", "capital", tok[second]]
        return [tok]
    words: list[str] = []
    for run in NAT_RUNS.findall(tok):
        if run[0].isalnum():
            if len(run) == 1 and run.isalpha():
                words += _nat_letter(run)
            elif run.isalpha() and run.isupper() and v.chance(0.5):
                words += ["all", "caps", run.lower()]
            else:
                words.append(run)
        else:
            names = NAT_SYMBOLS.get(run, SYMBOLS[run][:1])
            words += v.pick(names).split()
    return words


def tools_of(cmd: str) -> set[str]:
    heads = set()
    for seg in re.split(r"\s[|;]\s|;\s", cmd):
        toks = [t.strip("'\"") for t in seg.split()]
        while toks and toks[0] in ("sudo", "doas"):
            toks = toks[1:]
        if toks and toks[0] == "su" and len(toks) > 2 and toks[1] == "-c":
            toks = toks[2:]
        if toks:
            heads.add(toks[0].lower())
    return heads


def platform(page: str, cmd: str) -> str:
    osname = page.split("/")[0]
    if osname == "windows":
        first = cmd.split()[0]
        if re.fullmatch(r"[A-Z][a-z]+-[A-Za-z]+", first) or first == "powershell":
            return "ps"
        return "cmd"
    return {"osx": "mac", "sunos": "sun"}.get(osname, "bsd")


def why_of(desc: str) -> str | None:
    text = re.sub(r"\s*\([^)]*\)", "", desc)
    text = re.split(r"\. |,? e\.g\.|,? i\.e\.", text)[0].strip().rstrip(".")
    if re.match(r"(?i)(do not|check whether|if |determine)", text) or len(text) > 90:
        return None
    if not text.isascii() or any(c in text for c in "\"'{}"):
        return None
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


# Natural framings: (pre, cue, post, needs_why). {n} step, {env} window, {server}, {why}.
TEMPLATES: list[tuple[str, str, str, bool]] = [
    ("Step {n}, on {server}, ", "run", ".", False),
    ("Step {n}. In {env}, ", "type", " and press enter.", False),
    ("Now then, to {why}, ", "you want", ". Tidy.", True),
    ("Then ", "you want to run", ", that'll {why}.", True),
    ("To {why}, just ", "run", ". There we are.", True),
    ("Right, for the night operators, in {env} ", "key in", ", and that's you done.", False),
    ("If {server} is playing up, open {env} and ", "run", ", isn't it.", False),
    ("On {server}, ", "the command is", ". That'll {why}.", True),
    ("I'll do that now in a minute, but ", "for the runbook it's", ".", False),
    ("Step {n}, {why}. In {env}, ", "enter", ". Lush.", True),
    ("Next, in {env}, ", "you'll want", ", lush.", False),
    ("Once you've logged on to {server}, ", "type in", " and hit enter.", False),
    ("Okay, so this one's to {why}. Open {env} and ", "run", ". Tidy, isn't it.", True),
    ("Don't forget, before you go home, ", "run", ", on {server}.", False),
    ("Step {n} on the runbook, {env}, ", "punch in", ". There we are, job done.", False),
    ("Last thing for tonight, lads. ", "Run", ", and then log it in the ticket.", False),
    (
        "Night shift, if somebody rings asking you to {why}, ",
        "the command for that is",
        ". Nothing else.",
        True,
    ),
    ("Now then, step {n}. ", "Type", " in {env}, isn't it.", False),
]
ASIDES = (
    "Bear with me, my tea's gone cold. ",
    "Hang about, Dai's on the other line. Right. ",
    "Oh, and tell Rhian this one's for the new server as well. ",
    "Where was I. Oh yes. ",
)
TRAILERS = (
    " Or was it the other server? No, that's right, this one.",
    " I'll do that now in a minute.",
    " Honestly, that one caught me out last week.",
    " Lush.",
)
WRONG_WORDS = ("spooler", "notepad", "payroll", "finance", "printq", "backup", "helpdesk")
WRONG_FLAGS = ("-Force", "-Verbose", "-Name", "-Recurse", "-All")
WRONG_SWITCHES = ("/s", "/q", "/f", "/a", "/v")


WRONG_TOOLS = {
    "ps": ("Get-Service", "Get-Process", "Get-EventLog"),
    "cmd": ("ipconfig", "hostname", "tasklist", "netstat"),
    "mac": ("diskutil", "launchctl", "softwareupdate"),
    "bsd": ("pkg", "service", "sysctl"),
    "sun": ("svcadm", "zonecfg"),
}


def mutate(tok: str, v: Voice, first: bool = False, plat: str = "cmd") -> str | None:
    """A plausible wrong token for a correction; None where Gareth would not slip."""
    if tok in ("sudo", "doas", "su"):
        return None
    if first:
        return v.pick([t for t in WRONG_TOOLS[plat] if t.lower() != tok.lower()])
    if tok.isdigit():
        return str(int(tok) + v.pick((1, 2, 3))).zfill(len(tok))
    if re.fullmatch(r"-[A-Z][a-zA-Z]+", tok):
        return v.pick([f for f in WRONG_FLAGS if f != tok])
    if re.fullmatch(r"-[a-z]", tok):
        return "-" + v.pick([c for c in "afnrsv" if c != tok[1]])
    if re.fullmatch(r"/[A-Za-z]+", tok):
        return v.pick([s for s in WRONG_SWITCHES if s != tok.lower()])
    if re.fullmatch(r"[a-z][a-z0-9_]*", tok):
        return v.pick([w for w in WRONG_WORDS if w != tok])
    m = re.fullmatch(r"(.+)\.(txt|log|py|sh|csv|html|yaml|md)", tok)
    if m:
        return m.group(1) + "." + v.pick([e for e in ("txt", "log", "csv") if e != m.group(2)])
    return None


# ---------------------------------------------------------------------------------------------
# Line makers
# ---------------------------------------------------------------------------------------------
class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.v = Voice(rng)
        self.template_use: Counter[int] = Counter()

    def context(self, row: dict) -> dict:
        plat = row["platform"]
        env = {"ps": ENV_PS, "cmd": ENV_CMD, "mac": ENV_MAC, "bsd": ENV_BSD, "sun": ENV_SUN}[plat]
        servers = {
            "ps": SERVERS_WIN,
            "cmd": SERVERS_WIN,
            "mac": SERVERS_MAC,
            "bsd": SERVERS_BSD,
            "sun": SERVERS_SUN,
        }[plat]
        n = self.rng.randint(2, 14)
        return {
            "n": str(n) if self.rng.random() < 0.7 else _num_word(n)[0],
            "env": self.rng.choice(env),
            "server": self.rng.choice(servers),
            "why": row["why"] or "",
        }

    def templates(self, row: dict) -> list[int]:
        ids = [i for i, t in enumerate(TEMPLATES) if row["why"] or not t[3]]
        self.rng.shuffle(ids)
        ids.sort(key=lambda i: self.template_use[i])
        return ids

    def frame(self, tid: int, ctx: dict, body: str) -> str:
        pre, cue, post, _ = TEMPLATES[tid]
        return pre.format(**ctx) + cue + " " + body + post.format(**ctx)

    # clean / fuzzy -------------------------------------------------------------------------
    def clean(self, row: dict) -> list[str]:
        toks = row["command"].split(" ")
        return [" ".join(proto_join([proto_token(t, self.v, False) for t in toks], self.v, False))]

    def fuzzy(self, row: dict) -> list[str]:
        toks = row["command"].split(" ")
        out = []
        for _ in range(4):
            words = proto_join([proto_token(t, self.v, True) for t in toks], self.v, True)
            out.append(fuzzy_finish(words, self.v))
        return out

    # natural -------------------------------------------------------------------------------
    def natural(self, row: dict) -> list[tuple[str, int]]:
        toks = row["command"].split(" ")
        out = []
        for tid in self.templates(row)[:6]:
            ctx = self.context(row)
            words = [
                w for i, t in enumerate(toks) for w in nat_token(t, self.v, i == len(toks) - 1)
            ]
            out.append((self.frame(tid, ctx, " ".join(words)), tid))
        return out

    # chaotic -------------------------------------------------------------------------------
    def _hesitate(self, words: list[str]) -> list[str]:
        if len(words) > 1 and self.rng.random() < 0.4:
            k = self.rng.randint(1, len(words) - 1)
            words = [
                *words[: k - 1],
                words[k - 1] + ",",
                self.rng.choice(("er,", "erm,")),
                *words[k:],
            ]
        return words

    def chaotic(self, row: dict) -> list[tuple[str, int]]:
        cmd = row["command"]
        toks = cmd.split(" ")
        out: list[tuple[str, int]] = []
        kinds = ["anchor", "not", "strike", "restart"]
        self.rng.shuffle(kinds)
        use_proto = not row["nat_ok"] or self.rng.random() < 0.3
        for kind in kinds * 2:
            tid = self.templates(row)[0]
            ctx = self.context(row)
            if use_proto:
                sayer = [proto_token(t, self.v, self.rng.random() < 0.5) for t in toks]
                joiner = ["space"]
            else:
                sayer = [nat_token(t, self.v, False) for t in toks]
                joiner = []

            def flat(parts: list[list[str]], joiner: list[str] = joiner) -> list[str]:
                res: list[str] = []
                for i, p in enumerate(parts):
                    res += [*joiner, *p] if i else list(p)
                return res

            def wrap(body: str, tid: int = tid, ctx: dict = ctx) -> str:
                if use_proto:
                    lead = self.rng.choice(("", "", "Now then, ", "Right, erm, ", "Right, "))
                    tail = self.rng.choice(("", ".", ". There we are.", ", tidy.", ". Lush."))
                    text = lead + body + tail
                    return text[:1].upper() + text[1:]
                line = self.frame(tid, ctx, body)
                if self.rng.random() < 0.3:
                    line = self.rng.choice(ASIDES) + line
                if self.rng.random() < 0.3:
                    line += self.rng.choice(TRAILERS)
                return line

            plat = row["platform"]
            cands = [
                k
                for k in range(len(toks))
                if mutate(toks[k], Voice(None), k == 0, plat) is not None
            ]
            if kind in ("anchor", "not") and cands:
                k = self.rng.choice(cands[1:] or cands)
                wrong = mutate(toks[k], self.v, k == 0, plat)
                if wrong is None:
                    continue
                say = (
                    (lambda t: proto_token(t, self.v, False))
                    if use_proto
                    else (lambda t: nat_token(t, self.v, False))
                )
                wrong_words = say(wrong)
                before = flat([*sayer[:k], wrong_words])
                if kind == "not":
                    if len(wrong_words) != 1:
                        continue
                    after = flat(sayer[k:])
                    body = " ".join(before) + f", not {wrong_words[0]}, " + " ".join(after)
                    out.append((wrap(body), tid))
                    continue
                marker = self.rng.choice((", no, hang on, ", ", sorry, I tell a lie, "))
                for j in range(k, max(-1, k - 3), -1):
                    after = flat(sayer[j:])
                    body = " ".join(self._hesitate(before)) + marker + " ".join(after)
                    out.append((wrap(body), tid))
            elif kind == "strike":
                wrong_cmd_toks = list(toks)
                if cands:
                    k = self.rng.choice(cands[1:] or cands)
                    wrong_cmd_toks[k] = mutate(toks[k], self.v, k == 0, plat) or toks[k]
                if use_proto:
                    wrong_words = flat([proto_token(t, self.v, False) for t in wrong_cmd_toks])
                else:
                    wrong_words = flat([nat_token(t, self.v, False) for t in wrong_cmd_toks])
                cut = self.rng.randint(max(1, len(wrong_words) // 2), len(wrong_words))
                if use_proto:
                    first = " ".join(wrong_words[:cut])
                    first = first[:1].upper() + first[1:]
                else:
                    pre, cue, _, _ = TEMPLATES[tid]
                    first = pre.format(**ctx) + cue + " " + " ".join(wrong_words[:cut])
                marker = self.rng.choice(("... wait, strike that. ", ", wait, strike that, "))
                body = " ".join(self._hesitate(flat(sayer)))
                if use_proto or self.rng.random() < 0.35:
                    second = wrap(body)
                else:  # he only re-says the cue and the command
                    cue, post = TEMPLATES[tid][1].lower(), TEMPLATES[tid][2].format(**ctx)
                    second = cue + " " + body + post
                if marker.startswith(",") and not second.startswith("I"):
                    second = second[:1].lower() + second[1:]
                elif marker.endswith(". "):
                    second = second[:1].upper() + second[1:]
                out.append((first + marker + second, tid))
            else:  # restart with a cut-off "..."
                full = flat(sayer)
                if len(full) < 2:
                    continue
                m = self.rng.randint(1, max(1, min(3, len(full) - 1)))
                if use_proto:
                    body = " ".join(full[:m]) + "... " + " ".join(self._hesitate(full))
                    out.append((wrap(body), tid))
                else:
                    pre, cue, post, _ = TEMPLATES[tid]
                    cue_low = cue if pre else cue.lower()
                    body = (
                        " ".join(full[:m])
                        + "... "
                        + self.rng.choice(("er, ", "", "erm, "))
                        + cue_low
                        + " "
                        + " ".join(full)
                    )
                    out.append((self.frame(tid, ctx, body), tid))
        return out


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
def load_rows() -> list[dict]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            if i % 2:
                continue
            rec = json.loads(raw)
            cmd = rec["command"]
            if not cmd.isascii() or len(cmd) > 80 or "  " in cmd or "\n" in cmd or "\t" in cmd:
                continue
            if cmd != cmd.strip():
                continue
            rows.append(
                {
                    "command": cmd,
                    "description": rec["description"],
                    "why": why_of(rec["description"]),
                    "platform": platform(rec["page"], cmd),
                    "tools": tools_of(cmd),
                }
            )
    return rows


def nat_ok(cmd: str) -> bool:
    toks = cmd.split(" ")
    words = [w for t in toks for w in nat_token(t, Voice(None))]
    return decode("Then run " + " ".join(words) + ".") == cmd


def main() -> None:
    rng = random.Random(55)
    rows = load_rows()
    for row in rows:
        row["nat_ok"] = nat_ok(row["command"])
    rng.shuffle(rows)
    # Gareth is a Windows man: only a few Mac / BSD / Solaris commands in the speech slices.
    nat_rows = [r for r in rows if r["nat_ok"]]
    other_rows = [r for r in rows if not r["nat_ok"]]
    maker = Maker(rng)
    tool_use: Counter[str] = Counter()
    used: set[str] = set()
    seen_inputs: set[str] = set()
    result: dict[str, list[dict]] = {s: [] for s in SLICES}
    nonwin: Counter[str] = Counter()

    def fits(row: dict) -> bool:
        return row["command"] not in used and all(tool_use[t] < MAX_PER_TOOL for t in row["tools"])

    def take(row: dict, slice_name: str, text: str) -> None:
        used.add(row["command"])
        tool_use.update(row["tools"])
        seen_inputs.add(text)
        result[slice_name].append(
            {"input": text, "command": row["command"], "slice": slice_name, "author": AUTHOR}
        )

    plan = [
        ("natural", nat_rows),
        ("chaotic", nat_rows + other_rows),
        ("clean", other_rows + nat_rows),
        ("fuzzy", other_rows + nat_rows),
    ]
    for slice_name, pool in plan:
        for row in pool:
            if len(result[slice_name]) >= PER_SLICE:
                break
            if not fits(row):
                continue
            if (
                row["platform"] not in ("ps", "cmd")
                and nonwin[slice_name] >= NONWIN_MAX[slice_name]
            ):
                continue
            maker_fn = getattr(maker, slice_name)
            for cand in maker_fn(row):
                text, tid = cand if isinstance(cand, tuple) else (cand, None)
                text = " ".join(text.split())
                if text in seen_inputs or decode(text) != row["command"]:
                    continue
                if slice_name == "chaotic" and not re.search(
                    r"strike that|hang on|tell a lie|\.\.\.|, not ", text
                ):
                    continue
                if tid is not None:
                    maker.template_use[tid] += 1
                take(row, slice_name, text)
                nonwin[slice_name] += row["platform"] not in ("ps", "cmd")
                break
        if len(result[slice_name]) < PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(result[slice_name])} lines")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in SLICES:
            for rec in result[slice_name]:
                fh.write(json.dumps(rec, ensure_ascii=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{s} {len(result[s])}" for s in SLICES))


if __name__ == "__main__":
    main()
