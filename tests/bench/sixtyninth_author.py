"""Independent voice-to-bash evaluation set "author69": Priya, the voice-coding front-end dev.

Writes assets/training/bash/author69.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0, by the tldr-pages contributors), via assets/training/bash/pages_dev45_commands.jsonl
(only lines whose 0-based number % 4 == 2).  Standard library only; one random.Random(69)
consumed in a fixed order, so reruns are byte-identical.
Run: cd /work/main && python3 tests/bench/sixtyninth_author.py

STYLE GUIDE
===========

Persona
-------
Priya is a front-end developer with RSI in both wrists.  She has driven her computer by voice
all day for two years and talks to it like a voice-coding grammar: fast, clipped, no wasted
words.  Framing is minimal ("terminal", "run", "okay", "please", a short "to <why>"); she says
"then" where she takes a breath between parts of a command and "go" when she is done.  When
something comes out wrong she does not apologise, she issues a command: "undo", "not that",
"undo that" or "change X to Y".  Now and then a wrist twinges ("ow", "ugh, wrist").

Vocabulary (Priya's own words)
------------------------------
  -   dash             --  double dash       .  dot             /  slash
  _   under            ~   tilde             *  star            =  equals
  :   colon            "   quote             '  single quote    |  pipe
  >   rangle           <   langle            +  plus            @  at sign
  #   hash
  cap W        the next word starts with an upper-case letter ("cap release" = Release,
               "cap r" = R)
  all caps W   the next word is all upper case ("all caps readme" = README)
Numbers: always digit by digit ("eight zero eight zero" = 8080, "one zero two four" = 1024),
with her one shortcut for repeated digits: "double D" = DD and "triple D" = DDD
("one double zero" = 100, "one triple zero" = 1000, "double four three" = 443).
Whisper, in the fuzzy slice, writes her sloppier moments and its own mishearings:
minus (-), point (.), forward slash (/), underscore (_), tilda (~), asterisk (*), equal (=),
colin (:), double quote ("), apostrophe ('), wrangle / right angle (>), left angle (<),
at symbol (@), capital (= cap), allcaps (= all caps), and digits written as digits.
No command in this set contains a word piece that is one of these keywords, a digit word, or
one of her control words (space, then, undo, not, change, to, cap, caps, please, thanks), so
a keyword is always a keyword.

Slices
------
clean    Pure protocol.  Every character is spoken, "space" exactly where the command has a
         space, symbols by name, numbers as digit words, case announced.  Whisper writes it
         all lower case with no punctuation: "git space stash space pop".
fuzzy    The same protocol with her synonyms and Whisper's slips: first word capitalised, a
         final full stop, commas where she paused after "space", some numbers written as
         digits, a long name heard as two words ("web pack"; in protocol every spoken piece is
         glued to the next, so the split is harmless).
natural  How she really talks.  No "space"; Whisper writes plain words, digits, file names
         ("data.csv"), written flags ("-la", "--force"), hyphenated names and whole absolute
         paths or URLs as text; symbols she names are words ("double dash output", "tilde
         slash src", "under", "colon").  Short framing: "Terminal, X", "Run X", "X, go.",
         "X please", "X, to <why>", "To <why>: X", and "then" between parts.
chaotic  Natural (about a third: protocol) speech with her corrections: every line has at least
         one "undo", "undo undo", "not that", "undo that" or "change X to Y", sometimes with a
         hesitation or a wrist aside.

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "um", "uh", "hmm", "er" are dropped wherever they are.
 2. The execute word: a final "go" (the last word of the line, whatever punctuation is round
    it) is dropped, and so is a trailing full stop / "!" / "?".
 3. Whisper's punctuation cuts the line into clauses at ", " "; " ": " "! " "? " ". " "... ".
 4. A clause with no spoken "space" is not command text when
    - it is an aside: "ow", "ugh", "ugh wrist", "wrist", "sorry", "okay", "ok", "right",
      "cool", "thanks", "thank you", "cheers", "please", "go", "one sec", "sec", "hmm",
      "oops", "wake up", "terminal", "shell", "run", "type", "next", "now", "quick one";
    - or it starts with a why/context word: "to", "so", "for", "because", "need to",
      "gotta", "that's", "this is", "it's", "I need", "I want", "want to".
    In natural mode, while no command word has been heard yet, a lead word at the start of
    a clause ("run", "type", "terminal", "shell", "okay", "ok", "now", "next", "quick one")
    is dropped, and a trailing " please" / " thanks" is cut off a command clause.
 5. Mode: if any remaining clause contains the word "space" the line is protocol, else
    natural.  The remaining clauses are one stream of words: a pause (comma) changes nothing.
    "then" is a breath between parts and is dropped.
 6. Corrections (both modes):
    - "undo" deletes the last command word (in protocol: the word being spelled if it has any
      letters yet, otherwise the last finished word).  "undo undo" deletes two.
    - "not that" means the same as "undo".
    - "undo that" deletes everything: the command starts again after it.
    - "change X to Y" (the rest of its clause): the last occurrence of X in the command so far
      is replaced by Y; X and Y are heard by the same rules as the command.
 7. Protocol mode: Whisper's punctuation and hyphens are noise and everything is lower-cased;
    every spoken piece is glued to the previous one and only "space" separates command words.
    Symbol names (longest match first), "cap"/"all caps", digit words with "double"/"triple"
    are read as in the vocabulary; digits Whisper wrote are kept.
 8. Natural mode: whitespace separates command words, except around symbol words:
    dot, slash, under, colon, equals, at sign glue to both neighbours ("index dot html"
    = index.html); dash and double dash always start a new word ("dash dash" is "--");
    tilde, star, hash, plus start a new word unless the previous word ends in a gluing
    symbol ("equals tilde slash out" = =~/out, "dash size plus 500k" = -size +500k); a
    quote opens (glues right) or closes (glues left) by counting the quotes of that kind
    so far; pipe, rangle, langle stand alone.  Digit words become digits.  Text Whisper
    wrote (flags, file names, paths, URLs) is kept as is.
 9. Start of a command (natural: the first word, or the first after "sudo"): Whisper's
    sentence capital is undone (a word with one capital, at its start: "Git" -> git,
    "Carbon-now" -> carbon-now), and Whisper's known spellings of tool names are mapped back
    (table SLIPS: "pseudo" -> sudo, "system CTL" -> systemctl, "PNPM" -> pnpm, "WebStorm"
    -> webstorm, "pod man" -> podman, ...).

Known ambiguities: the aside, context and slip lists are closed; a clause that merely begins
with "to"/"so"/"for" is taken as a why; a word that ends in a gluing symbol (a trailing "/")
swallows the next word in natural speech, so such commands only survive where Whisper wrote
the path as text.  The generator therefore keeps a candidate line only if decode() gives back
its command exactly, and discards it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev45_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author69.jsonl"
AUTHOR = "author69"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_PER_TOOL = 2

# ---------------------------------------------------------------- vocabulary
DIGITS = "zero one two three four five six seven eight nine".split()
REPEAT = {"double": 2, "triple": 3}

SYMBOLS = {
    ("double", "dash"): "--",
    ("double", "quote"): '"',
    ("single", "quote"): "'",
    ("forward", "slash"): "/",
    ("right", "angle"): ">",
    ("left", "angle"): "<",
    ("at", "sign"): "@",
    ("at", "symbol"): "@",
    ("dash",): "-",
    ("minus",): "-",
    ("dot",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("under",): "_",
    ("underscore",): "_",
    ("tilde",): "~",
    ("tilda",): "~",
    ("star",): "*",
    ("asterisk",): "*",
    ("equals",): "=",
    ("equal",): "=",
    ("colon",): ":",
    ("colin",): ":",
    ("quote",): '"',
    ("apostrophe",): "'",
    ("pipe",): "|",
    ("rangle",): ">",
    ("wrangle",): ">",
    ("langle",): "<",
    ("plus",): "+",
    ("hash",): "#",
}
CASES = {
    ("all", "caps"): "caps",
    ("allcaps",): "caps",
    ("cap",): "cap",
    ("capital",): "cap",
}
NAME = {
    "-": "dash",
    "--": "double dash",
    ".": "dot",
    "/": "slash",
    "_": "under",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    ":": "colon",
    '"': "quote",
    "'": "single quote",
    "|": "pipe",
    ">": "rangle",
    "<": "langle",
    "+": "plus",
    "@": "at sign",
    "#": "hash",
    "cap": "cap",
    "caps": "all caps",
}
FUZZY_NAME = {
    "-": ["minus"],
    "--": ["dash dash", "minus minus"],
    ".": ["point"],
    "/": ["forward slash"],
    "_": ["underscore"],
    "~": ["tilda"],
    "*": ["asterisk"],
    "=": ["equal"],
    ":": ["colin"],
    '"': ["double quote"],
    "'": ["apostrophe"],
    "|": ["pipe"],
    ">": ["wrangle", "right angle"],
    "<": ["left angle"],
    "+": ["plus"],
    "@": ["at symbol"],
    "#": ["hash"],
    "cap": ["capital"],
    "caps": ["allcaps"],
}
GLUE_BOTH = set("./_:=@")
DASHES = {"-", "--"}
GLUE_RIGHT = set("~*#+")
QUOTES = set("\"'")
STANDALONE = set("|<>")
ALLOWED = re.compile(r"[A-Za-z0-9 ./_:=~*|<>\"'@#+-]+")

CONTROL = {"space", "then", "undo", "not", "change", "to", "please", "thanks"}
RESERVED = (
    set(DIGITS)
    | set(REPEAT)
    | {w for k in SYMBOLS for w in k if w not in ("at", "right", "left")}
    | {w for k in CASES for w in k if w != "all"}
    | CONTROL
    | {"um", "uh", "hmm", "er", "sign", "symbol", "angle"}
)

# Whisper's spellings of tool names at the start of a command (decoder side)
SLIP_TEXT = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "machinectl": "machine CTL",
    "localectl": "locale CTL",
    "loginctl": "login CTL",
    "rabbitmqctl": "rabbit MQ CTL",
    "smartctl": "smart CTL",
    "wpctl": "WP CTL",
    "kubectx": "kube CTX",
    "pnpm": "PNPM",
    "tsc": "TSC",
    "ng": "NG",
    "ncu": "NCU",
    "fnm": "FNM",
    "esbuild": "ES build",
    "corepack": "core pack",
    "react-native": "React Native",
    "webstorm": "WebStorm",
    "phpstorm": "PhpStorm",
    "wezterm": "WezTerm",
    "podman": "pod man",
    "mongodump": "Mongo dump",
    "objdump": "obj dump",
    "hexdump": "hex dump",
    "speedtest": "speed test",
    "skaffold": "scaffold",
    "openssl": "OpenSSL",
    "openstack": "OpenStack",
    "ibmcloud": "IBM cloud",
    "gcloud": "G cloud",
    "glab": "G lab",
    "httpie": "HTTPie",
    "nmcli": "NM CLI",
    "gh": "GH",
    "uv": "UV",
    "jj": "JJ",
    "gcc": "GCC",
    "svn": "SVN",
    "aws": "AWS",
    "az": "AZ",
    "adb": "ADB",
    "mvn": "MVN",
    "qm": "QM",
    "pct": "PCT",
    "ufw": "UFW",
    "dnf": "DNF",
    "rpm": "RPM",
    "hg": "HG",
    "ldd": "LDD",
    "ksh": "KSH",
    "pwsh": "PWSH",
    "sar": "SAR",
    "npm": "NPM",
    "npx": "NPX",
}
SLIPS = {tuple(v.lower().split()): k for k, v in SLIP_TEXT.items()}

ASIDES = {
    "ow",
    "ugh",
    "ugh wrist",
    "wrist",
    "sorry",
    "okay",
    "ok",
    "right",
    "cool",
    "thanks",
    "thank you",
    "cheers",
    "please",
    "go",
    "one sec",
    "sec",
    "hmm",
    "oops",
    "wake up",
    "terminal",
    "shell",
    "run",
    "type",
    "next",
    "now",
    "quick one",
}
CONTEXT_RE = re.compile(
    r"^(?:to|so|for|because|need to|gotta|that's|thats|this is|it's|i need|i want|want to)\b",
    re.IGNORECASE,
)
LEAD_RE = re.compile(
    r"^(?:quick one|terminal|shell|okay|ok|run|type|now|next)\b[,:]?\s*", re.IGNORECASE
)
TAIL_RE = re.compile(r"\s+(?:please|thanks)$", re.IGNORECASE)
HES_RE = re.compile(r",?\s*\b(?:um+|uh+|hmm+|er)\b[,.]?", re.IGNORECASE)
GO_RE = re.compile(r"(?:^|[,.;:!?]?\s+)go[.!?]*$", re.IGNORECASE)
SPLIT_RE = re.compile(r"(?:\.\.\.|[,;:!?]|\.)\s+")


# ---------------------------------------------------------------- the listener
def _lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def _number(toks: list[str], i: int) -> tuple[str, int]:
    """Digit words with "double"/"triple" from toks[i]: (digits, tokens used)."""
    out, j = "", i
    while j < len(toks):
        t = toks[j].lower()
        if t in DIGITS:
            out += str(DIGITS.index(t))
            j += 1
        elif t in REPEAT and j + 1 < len(toks) and toks[j + 1].lower() in DIGITS:
            out += str(DIGITS.index(toks[j + 1].lower())) * REPEAT[t]
            j += 2
        else:
            break
    return out, j - i


class Protocol:
    """Rule 7: spelled speech, only "space" separates command words."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.cur = ""
        self.case: str | None = None

    def words(self) -> list[str]:
        return self.done + ([self.cur] if self.cur else [])

    def set_words(self, words: list[str]) -> None:
        self.done, self.cur, self.case = list(words), "", None

    def undo(self) -> None:
        if self.cur:
            self.cur = ""
        elif self.done:
            self.done.pop()
        self.case = None

    def feed(self, toks: list[str]) -> None:
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "space":
                if self.cur:
                    self.done.append(self.cur)
                self.cur, self.case = "", None
                i += 1
                continue
            sym, n = _lookup(toks, i, SYMBOLS)
            if sym:
                self.cur += sym
                i += n
                continue
            cw, n = _lookup(toks, i, CASES)
            if cw:
                self.case = cw
                i += n
                continue
            num, n = _number(toks, i)
            if n:
                self.cur += num
                i += n
                continue
            if self.case == "caps":
                t = t.upper()
            elif self.case == "cap":
                t = t[:1].upper() + t[1:]
            self.case = None
            self.cur += t
            i += 1

    @staticmethod
    def tokens(text: str) -> list[str]:
        return re.sub(r"[,.;:!?-]", " ", text).lower().split()


class Natural:
    """Rule 8: plain speech, whitespace separates words except round symbol words."""

    def __init__(self, start: bool = True) -> None:
        self.out: list[str] = []
        self.glue = False
        self.case: str | None = None
        self.start = start

    def words(self) -> list[str]:
        return list(self.out)

    def set_words(self, words: list[str]) -> None:
        self.out, self.glue, self.case = list(words), False, None

    def undo(self) -> None:
        if self.out:
            self.out.pop()
        self.glue, self.case = False, None

    def _text(self, t: str) -> None:
        if self.case == "caps":
            t = t.upper()
        elif self.case == "cap":
            t = t[:1].upper() + t[1:]
        self.case = None
        if self.glue and self.out:
            self.out[-1] += t
        else:
            self.out.append(t)
        self.glue = False

    def _symbol(self, sym: str) -> None:
        prev = self.out[-1] if self.out else None
        attach = prev is not None and not all(ch in STANDALONE for ch in prev)
        if sym in STANDALONE:
            self.out.append(sym)
            self.glue = False
        elif sym in GLUE_BOTH:
            if attach:
                self.out[-1] += sym
            else:
                self.out.append(sym)
            self.glue = True
        elif sym in DASHES:
            if self.glue and prev is not None and prev.strip("-") == "":
                self.out[-1] += sym
            else:
                self.out.append(sym)
            self.glue = True
        elif sym in QUOTES:
            opening = sum(w.count(sym) for w in self.out) % 2 == 0
            if opening:
                if self.glue and attach:
                    self.out[-1] += sym
                else:
                    self.out.append(sym)
                self.glue = True
            else:
                if attach:
                    self.out[-1] += sym
                else:
                    self.out.append(sym)
                self.glue = False
        else:  # GLUE_RIGHT
            if self.glue and attach:
                self.out[-1] += sym
            else:
                self.out.append(sym)
            self.glue = True

    def feed(self, toks: list[str]) -> None:
        i = 0
        while i < len(toks):
            at_tool = self.start and not self.glue and (self.out == [] or self.out == ["sudo"])
            if at_tool:
                real, n = _lookup(toks, i, SLIPS)
                if real:
                    self._text(real)
                    i += n
                    continue
            sym, n = _lookup(toks, i, SYMBOLS)
            if sym:
                self._symbol(sym)
                i += n
                continue
            cw, n = _lookup(toks, i, CASES)
            if cw:
                self.case = cw
                i += n
                continue
            num, n = _number(toks, i)
            if n:
                self._text(num)
                i += n
                continue
            t = toks[i]
            if at_tool and re.fullmatch(r"[A-Z][^A-Z]+", t):
                t = t[:1].lower() + t[1:]
            self._text(t)
            i += 1

    @staticmethod
    def tokens(text: str) -> list[str]:
        return text.split()


def _control(toks: list[str], machine, proto: bool) -> None:
    """Feed tokens, acting on then / undo / not that / undo that / change X to Y (rule 6)."""
    seg: list[str] = []

    def flush() -> None:
        if seg:
            machine.feed(seg)
            seg.clear()

    i = 0
    while i < len(toks):
        low = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if low == "then":
            i += 1
        elif low == "undo" and nxt == "that":
            flush()
            machine.set_words([])
            if not proto:
                machine.start = True
            i += 2
        elif low == "undo" or (low == "not" and nxt == "that"):
            flush()
            machine.undo()
            i += 1 if low == "undo" else 2
        elif low == "change":
            flush()
            rest = toks[i + 1 :]
            lows = [t.lower() for t in rest]
            if "to" in lows:
                k = lows.index("to")
                bad, good = hear(rest[:k], proto), hear(rest[k + 1 :], proto)
                words = machine.words()
                for j in range(len(words) - len(bad), -1, -1):
                    if bad and words[j : j + len(bad)] == bad:
                        machine.set_words(words[:j] + good + words[j + len(bad) :])
                        break
            return
        else:
            seg.append(toks[i])
            i += 1
    flush()


def hear(toks: list[str], proto: bool) -> list[str]:
    """X or Y of "change X to Y", heard with a fresh listener."""
    m = Protocol() if proto else Natural(start=False)
    _control(toks, m, proto)
    return m.words()


def decode(line: str) -> str:
    """Priya's listener: transcript -> command (rules 1-9 of the guide)."""
    s = " ".join(line.split())
    s = " ".join(HES_RE.sub("", s).split())
    s = s.rstrip(" .!?")
    s = GO_RE.sub("", s) if GO_RE.sub("", s).strip() else s
    s = s.rstrip(" .!?").strip()
    kept: list[str] = []
    for clause in SPLIT_RE.split(s):
        c = clause.strip()
        if not c:
            continue
        if not re.search(r"\bspace\b", c, re.IGNORECASE):
            key = " ".join(re.sub(r"[^a-z' ]", " ", c.lower()).split())
            if key in ASIDES or CONTEXT_RE.match(c):
                continue
        kept.append(c)
    proto = any(re.search(r"\bspace\b", c, re.IGNORECASE) for c in kept)
    machine = Protocol() if proto else Natural()
    for c in kept:
        if not proto:
            if not machine.words():
                m = LEAD_RE.match(c)
                if m and c[m.end() :].strip():
                    c = c[m.end() :].strip()
            if not re.search(r"\bchange\b", c, re.IGNORECASE):
                c = TAIL_RE.sub("", c)
        toks = Protocol.tokens(c) if proto else Natural.tokens(c)
        _control(toks, machine, proto)
    return " ".join(machine.words())


# ---------------------------------------------------------------- speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def say_digits(s: str) -> str:
    """Digit by digit, with double/triple for repeats ("100" -> "one double zero")."""
    out: list[str] = []
    for m in re.finditer(r"(\d)\1*", s):
        d, n = DIGITS[int(m.group(1))], len(m.group(0))
        while n > 0:
            if n in (2, 4):
                out.append(f"double {d}")
                n -= 2
            elif n >= 3:
                out.append(f"triple {d}")
                n -= 3
            else:
                out.append(d)
                n -= 1
    return " ".join(out)


def speech_ok(cmd: str) -> bool:
    return all(not (p.isalpha() and p.lower() in RESERVED) for p in pieces(cmd))


def line_names(rng: random.Random | None) -> dict[str, str]:
    """Clean names, or (fuzzy) one name per symbol for the whole line."""
    if rng is None:
        return dict(NAME)
    return {k: (v if rng.random() < 0.55 else rng.choice(FUZZY_NAME[k])) for k, v in NAME.items()}


def proto_word(word: str, names: dict[str, str], rng: random.Random | None) -> str:
    """One command word spelled in protocol speech; rng=None gives the clean form."""
    ps = pieces(word)
    out: list[str] = []
    k = 0
    while k < len(ps):
        p = ps[k]
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            out.append(names["--"])
            k += 2
            continue
        if p in NAME:
            out.append(names[p])
        elif p.isdigit():
            out.append(p if rng is not None and rng.random() < 0.45 else say_digits(p))
        elif p.isupper() and len(p) > 1:
            out.append(f"{names['caps']} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{names['cap']} {p.lower()}")
        else:
            out.append(p)
        k += 1
    return " ".join(out)


_PART_WORDS = """web pack type script java node view port file name key chain work book check
    lint build test watch serve server style sheet store state route router hook hooks fetch
    load down up data base pass word host user back end front main line time zone stamp snap
    shot screen tool box kit hub lab cloud storm term dump copy sync trash tree fire wall flat
    gram graph code info page mark text note grep find font table mount point power top stat
    sum hash play list class path sort map help shell image magic photo audio video print"""
PARTS = set(_PART_WORDS.split()) - RESERVED


def split_long(text: str, rng: random.Random) -> str:
    """Whisper hears one long lower-case name as two words ("webpack" -> "web pack")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 6 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        for cut in range(3, len(t) - 2):
            if t[:cut] in PARTS and t[cut:] in PARTS:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_clean(cmd: str) -> str:
    names = line_names(None)
    return " space ".join(proto_word(w, names, None) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = line_names(rng)
    parts = [proto_word(w, names, rng) for w in cmd.split(" ")]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.3 else " space "
    if rng.random() < 0.45:
        text = split_long(text, rng)
    if rng.random() < 0.65:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.55:
        text += "."
    return text


def nat_style(rng: random.Random) -> dict[str, bool]:
    """Per-line habits: what Whisper writes as text and what Priya names aloud."""
    return {
        "flag_text": rng.random() < 0.35,  # Whisper writes "-la" / "--force"
        "dot_text": rng.random() < 0.8,  # "data.csv" rather than "data dot csv"
        "path_text": rng.random() < 0.3,  # a relative path written whole
        "say_case": rng.random() < 0.6,  # "cap r" / "all caps readme"
        "digit_words": rng.random() < 0.25,  # a lone small number as a word
    }


def nat_word(word: str, rng: random.Random, style: dict[str, bool]) -> str:
    """One command word the way Whisper writes Priya's natural speech."""
    if word in STANDALONE:
        return NAME[word]
    if word.isdigit():
        if style["digit_words"] and len(word) <= 2:
            return say_digits(word)
        return word
    quoted = any(q in word for q in QUOTES)
    if not quoted and ("://" in word or word[0] in "/." or (style["path_text"] and "/" in word)):
        if not word.startswith("~"):
            return word
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", word):
        return word
    ps = re.findall(r"[A-Za-z0-9]+|.", word)
    spoken = [False] * len(ps)
    k = 0
    while k < len(ps) and ps[k] == "-":
        k += 1
    if k and not style["flag_text"]:
        for j in range(k):
            spoken[j] = True
    for j in range(k, len(ps)):
        p = ps[j]
        if p.isalnum():
            continue
        between = 0 < j < len(ps) - 1 and ps[j - 1].isalnum() and ps[j + 1].isalnum()
        if p == "-" and between:
            continue
        if p == "." and between and style["dot_text"]:
            continue
        spoken[j] = True
    toks: list[str] = []
    buf = ""
    k = 0
    while k < len(ps):
        if spoken[k]:
            if buf:
                toks.append(buf)
                buf = ""
            if ps[k] == "-" and k + 1 < len(ps) and ps[k + 1] == "-" and spoken[k + 1]:
                toks.append(NAME["--"])
                k += 2
                continue
            toks.append(NAME[ps[k]])
        else:
            buf += ps[k]
        k += 1
    if buf:
        toks.append(buf)
    if style["say_case"]:
        for j, t in enumerate(toks):
            if re.fullmatch(r"[A-Z]", t) or re.fullmatch(r"[A-Z][a-z]+", t):
                toks[j] = "cap " + t.lower()
            elif re.fullmatch(r"[A-Z]{2,}", t):
                toks[j] = "all caps " + t.lower()
    return " ".join(toks)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_words(cmd: str, rng: random.Random) -> list[str]:
    words = cmd.split(" ")
    style = nat_style(rng)
    out = [nat_word(w, rng, style) for w in words]
    ti = tool_index(words)
    if words[0] == "sudo" and rng.random() < 0.3:
        out[0] = SLIP_TEXT["sudo"]
    if words[ti] in SLIP_TEXT and words[ti] != "sudo" and rng.random() < 0.5:
        out[ti] = SLIP_TEXT[words[ti]]
    return out


def with_then(parts: list[str], rng: random.Random) -> str:
    """Join rendered words, sometimes breathing a "then" between two parts."""
    if len(parts) > 2 and rng.random() < 0.3:
        k = rng.randrange(1, len(parts))
        sep = rng.choice([" then ", ", then ", " then, "])
        return " ".join(parts[:k]) + sep + " ".join(parts[k:])
    return " ".join(parts)


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    if re.match(r"[a-z]+\b", text):
        return text[:1].upper() + text[1:]
    return text


def why_of(desc: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z '-]+", desc) or len(desc) > 60:
        return None
    low = desc.lower()
    if any(w in RESERVED or w in ASIDES for w in re.findall(r"[a-z']+", low)):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    c = with_then(nat_words(cmd, rng), rng)
    cap = sent(c)
    shapes = [
        lambda: f"{cap}",
        lambda: f"{cap}, go.",
        lambda: f"{cap}. Go.",
        lambda: f"{cap} go",
        lambda: f"Run {c}.",
        lambda: f"Terminal, {c}.",
        lambda: f"Terminal: {cap}, go.",
        lambda: f"Shell: {cap}.",
        lambda: f"Type {c}.",
        lambda: f"Okay, {c}.",
        lambda: f"{cap} please.",
        lambda: f"{cap}, please.",
        lambda: f"Next, {c}, go.",
        lambda: f"{cap}, thanks.",
        lambda: f"Quick one, {c}.",
        lambda: f"Wake up. {cap}. Go.",
        lambda: f"Okay, run {c} please.",
    ]
    if why:
        shapes += [
            lambda: f"{cap}, to {why}.",
            lambda: f"To {why}: {c}.",
            lambda: f"To {why}, {c}, go.",
            lambda: f"{cap}. Need to {why}.",
            lambda: f"Terminal, {c}, so I can {why}.",
            lambda: f"Run {c}, for the build.",
            lambda: f"I need to {why}. {cap}. Go.",
        ]
    return rng.choice(shapes)()


WRONG_WORDS = ["build", "dev", "serve", "lint", "watch", "preview", "staging", "start", "deploy"]
WRONG_FLAGS = ["--watch", "--verbose", "--silent", "--dev", "-w", "-v", "-q", "-f"]
WRONG_STEMS = ["index", "app", "styles", "bundle", "package", "vite", "tsconfig"]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif "." in word and re.fullmatch(r"[\w./~-]+", word):
            head, sep, tail = word.rpartition("/")
            stem, dot, ext = tail.partition(".")
            w = head + sep + rng.choice(WRONG_STEMS) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "preview"


ASIDE_MID = [", ow, ", ", uh, ", " um ", ", ugh, wrist, ", ", sorry, ", " hmm ", ", one sec, "]


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    proto = rng.random() < 0.33
    if proto:
        names = line_names(rng) if rng.random() < 0.4 else line_names(None)
        fz = rng if names != NAME else None

        def say(w: str) -> str:
            return proto_word(w, names, fz)

        rendered = [say(w) for w in words]
        joiner = " space "
    else:
        style = nat_style(rng)

        def say(w: str) -> str:
            return nat_word(w, rng, style)

        rendered = nat_words(cmd, rng)
        joiner = " "

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    kind = rng.choice(["undo", "undo", "not", "restart", "change", "change", "undo2"])
    if kind == "undo2" and n < 3:
        kind = "undo"
    i = rng.randrange(1, n) if n > 1 else 0
    if kind == "undo2" and i >= n - 1:
        i = rng.randrange(1, n - 1)
    wrong_r = say(mutate(words[i], words, rng))
    full = j(rendered)
    if not proto and n > 1 and rng.random() < 0.3:
        k = rng.randrange(1, n)
        full = " ".join((j(rendered[:k]) + rng.choice(ASIDE_MID) + j(rendered[k:])).split())
    if kind == "undo":
        marker = rng.choice([" undo ", ", undo, ", ". Undo, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "undo2":
        marker = rng.choice([" undo undo ", ", undo, undo, "])
        core = j(rendered[:i] + [wrong_r, rendered[i + 1]]) + marker + j(rendered[i:])
    elif kind == "not":
        marker = rng.choice([", not that, ", " not that ", ". Not that, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "restart":
        k = rng.randrange(min(2, n), n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        marker = rng.choice([", undo that. ", ". Undo that. ", " undo that "])
        core = j(attempt) + marker + (sent(full) if marker.endswith(". ") else full)
    else:  # change
        bad = j(rendered[:i] + [wrong_r] + rendered[i + 1 :])
        marker = rng.choice([", change ", ". Change ", " change "])
        core = bad + marker + f"{wrong_r} to {rendered[i]}"
    frame = rng.randrange(9)
    if frame == 0:
        line = f"Terminal, {core}"
    elif frame == 1:
        line = f"{sent(core)}, go"
    elif frame == 2:
        line = f"{sent(core)}. Go"
    elif frame == 3 and why:
        line = f"To {why}: {core}"
    elif frame == 4:
        line = f"Okay, {core}"
    elif frame == 5:
        line = f"Ow. {sent(core)}"
    elif frame == 6 and kind != "change":
        line = f"{sent(core)}, thanks"
    else:
        line = sent(core)
    return line + "."


# ---------------------------------------------------------------- candidates
def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 2:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or cmd != cmd.strip() or "  " in cmd:
                continue
            if not ALLOWED.fullmatch(cmd) or not speech_ok(cmd):
                continue
            words = cmd.split(" ")
            out.append(
                {
                    "command": cmd,
                    "why": why_of(row.get("description", "")),
                    "tool": words[tool_index(words)],
                }
            )
    return out


def valid_input(text: str) -> bool:
    return text.isascii() and "\n" not in text and "\t" not in text and "  " not in text


def main() -> None:
    rng = random.Random(69)
    cands = load_candidates()
    rng.shuffle(cands)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: list[dict] = []
    for slice_name in SLICES:
        got = 0
        for cand in cands:
            if got == PER_SLICE:
                break
            cmd = cand["command"]
            if cmd in used or tools[cand["tool"]] >= MAX_PER_TOOL:
                continue
            if slice_name in ("clean", "fuzzy") and " " not in cmd:
                continue
            line = None
            for _ in range(10):
                if slice_name == "clean":
                    text = render_clean(cmd)
                elif slice_name == "fuzzy":
                    text = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    text = natural_line(cmd, cand["why"], rng)
                else:
                    text = chaotic_line(cmd, cand["why"], rng)
                if valid_input(text) and decode(text) == cmd:
                    line = text
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[cand["tool"]] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} lines for slice {slice_name}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
