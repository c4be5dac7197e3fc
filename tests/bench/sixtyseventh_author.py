"""Independent voice-to-bash evaluation set "author67": Keiko, the manual-literal DevOps engineer.

Writes assets/training/bash/author67.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev45_commands.jsonl (only lines whose 0-based number
% 4 == 0).  Standard library only; one random.Random(67) consumed in a fixed order, so reruns
are byte-identical.  Run: cd /work/main && python3 tests/bench/sixtyseventh_author.py

STYLE GUIDE
===========

Persona
-------
Keiko is a Japanese DevOps engineer in Osaka who learned her English from vendor manuals and
RFCs.  She dictates the way an operations runbook is written: formal, literal, unhurried.  She
names every symbol with its manual (often Unicode) name, announces every capital, reads long
numbers digit by digit, and spells a short tool name letter by letter when it is not an
ordinary word to her ("b u n", "A-W-S").  Framing is polite and procedural: "Please input the
following command", "The command is ...", "Next one.", "Thank you.", "That is all.", "End of
command."  When she slips she never says "no": she says "excuse me", gives an erratum
("Correction: for X read Y", as in a manual's errata sheet), or starts over with "Sorry, I say
again".  Her thinking noises are Japanese fillers: "ano", "eto", "etto" (and a plain "um").

Vocabulary (Keiko's own words; first name = what she says in the clean slice)
---------------------------------------------------------------------------
  -   hyphen               (also: minus, hyphen minus)
  --  double hyphen        (also: hyphen hyphen, two hyphens)
  .   full stop            (also: period, dot)
  /   solidus              (also: slash, forward slash)
  ~   tilde                (also: wave dash -- the Japanese name --, tilda)
  _   under bar            (also: underbar, underscore, low line)
  =   equal sign           (also: equal, equals sign)
  :   colon        ;  semicolon        ,  comma        &  ampersand
  *   asterisk             (also: star)
  |   vertical line        (also: vertical bar, pipe)
  >   greater than sign    (also: greater than, right angle bracket);  <  less than sign
  @   at mark              (also: atmark, at sign)
  #   sharp                (also: number sign, hash)
  $ dollar sign   % percent sign   + plus sign (plus)   ! exclamation mark   ? question mark
  "   double quotation mark (also: double quote)
  '   single quotation mark (also: single quote, apostrophe)
  ( ) open parenthesis / close parenthesis   (also: left / right parenthesis)
  [ ] open square bracket / close square bracket
  upper case W        the next word (or letter) starts with a capital: "upper case k" = K,
                      "upper case asia" = Asia  (also: uppercase, capital, capital letter)
  all upper case W    the next word is all capitals: "all upper case readme" = README
                      (also: all uppercase, all capitals, all capital letters)
Numbers: one or two digits are said as a number ("five", "eighteen", "forty two"); anything
longer, or with a leading zero, digit by digit ("eight zero eight zero", "zero nine").  She has
no "hundred" or "thousand".  Tool names of at most six letters/digits that are not on her
FAMILIAR list are spelled letter by letter; Whisper writes a spelling "b u n" in the clean
slice and "B-U-N" elsewhere.
No command in this set contains, as a word piece, one of her one-word keywords (symbol names,
case words, number words, fillers, "space", "excuse", "correction", "again", "please", ...), so
such a word is always a keyword.  Multi-word names are matched longest first.

Slices
------
clean    Pure protocol: every piece spoken, "space" exactly where the command has a space,
         symbols by their first name above, numbers as words, capitals announced, short
         unfamiliar tool names spelled.  Whisper writes lower case, no punctuation.
fuzzy    The same protocol with her synonyms and Whisper's small slips: first word
         capitalised, a final full stop, commas after some "space"s, numbers as digits,
         spellings as "B-U-N", "uppercase" as one word, a long name heard split in two
         ("yaml lint" -- harmless, every piece inside a command word is glued).
natural  How she really dictates: no "space"; Whisper writes words, digits, file names, paths
         and flags it recognises ("-f", "/tmp/x", "data.csv"); the symbols she names stay words
         ("hyphen hyphen dry-run", "tilde solidus report.pdf", "multi under bar gpu").  Polite
         procedural framing and a "why" clause around the command.
chaotic  Natural (about a third: protocol) speech with her fillers and at least one of her
         repairs in every line: "excuse me", "Correction: for X read Y" / "Correction: replace
         X with Y", or "Sorry, I say again".

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Fillers "um", "uh", "erm", "ano", "eto", "etto" are dropped wherever they are, with the
    comma, full stop or ellipsis Whisper wrote after them.  A final . ? ! or ... is dropped.
 2. Mode: if the word "space" occurs, the line is protocol; otherwise it is natural.
 3. Whisper's punctuation cuts the line into clauses: "..." , ; : ! ? and . when followed by
    a blank.  (A pause "..." is only a clause break for Keiko; it never restarts.)
 4. Clause by clause:
    a. after a "correction" clause with nothing behind it, the next clause is the erratum;
    b. asides, in a clause with no spoken "space" ("thank you", "please", "that is all",
       "end of command", "one moment", "okay", "yes", "hai", "sorry", "so", "let me see",
       "let me check", ...), are ignored;
    c. "I say again" (optionally "sorry I say again") at the start of a clause: forget the
       command so far; what follows (here or in the next clauses) is the command again;
    d. "excuse me" at the start of a clause: the last command word is wrong and is dropped
       (protocol: the word being spelled since the last "space"; if that is still empty, the
       word before it); what follows continues the command from that word;
    e. "correction" at the start of a clause: the rest (or the next clause) is an erratum,
       "for X read Y" or "replace X with Y": the last occurrence of X (decoded as command words
       in the line's mode) is replaced by Y; speech after it would start a new word;
    f. lead phrases at the start of a clause -- "please input the following command",
       "please input", "the next command is", "the command is", "i will read the command",
       "next command", "next one" -- start the command afresh right after them;
    g. a clause with no spoken "space" that starts with a why-phrase ("this is to", "this is
       for", "this command", "it is to", "it is for", "it will", "this will", "the purpose
       is", "in order to", "because", "to", "for") is the reason, not the command: ignored;
    h. a trailing " please" is cut off; everything else is command speech and continues the
       command where the previous clause stopped.
 5. Protocol speech: punctuation is noise, hyphens Whisper wrote ("B-U-N", "upper-case") are
    blanks, everything is lower-cased; "space" ends a word; every other spoken piece (symbol
    name, letter, word, number) is glued onto the word being built.  Case words act on the
    next piece.  Numbers: "twenty" + "five" = 25, teens and units are single groups, digits
    Whisper wrote stay; consecutive groups are concatenated ("eight zero eight zero" = 8080).
 6. Natural speech: blanks separate command words, except:
    - full stop, solidus, under bar, colon, equal sign, at mark, percent sign glue to both
      neighbours ("data under bar dir" = data_dir);
    - hyphen, double hyphen, tilde, asterisk, sharp, dollar sign, plus sign, open parenthesis,
      open square bracket start a new word (unless something is waiting to be glued) and glue
      to what follows ("hyphen hyphen dry-run" = --dry-run, "tilde solidus x" = ~/x);
    - comma, close parenthesis, close square bracket, exclamation mark, question mark,
      semicolon glue to the word before;
    - quotation marks alternate: the first of a kind opens (glues right), the next closes
      (glues left);
    - vertical line, greater/less than sign, ampersand stand alone (two in a row glue: >>);
    - a run of number words is one number (rule 5); Whisper's digits stay;
    - "B-U-N" (single capitals/digits joined by hyphens, two or more letters) is a spelling
      and gives "bun";
    - she announces every capital, so a lone capital letter Whisper wrote ("F") is lower case;
    - the first word of the command loses Whisper's sentence capital ("Git" -> git).

Known ambiguities: the why-phrases and asides are closed lists, and a command clause that
merely begins with "to" or "for" would be taken for a reason.  The generator therefore keeps a
candidate line only if decode() gives back its command, and discards it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev45_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author67.jsonl"
AUTHOR = "author67"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS)

SYMBOL_WORDS: dict[tuple[str, ...], str] = {
    ("double", "quotation", "mark"): '"',
    ("single", "quotation", "mark"): "'",
    ("greater", "than", "sign"): ">",
    ("right", "angle", "bracket"): ">",
    ("less", "than", "sign"): "<",
    ("left", "angle", "bracket"): "<",
    ("open", "square", "bracket"): "[",
    ("close", "square", "bracket"): "]",
    ("hyphen", "minus"): "-",
    ("double", "hyphen"): "--",
    ("two", "hyphens"): "--",
    ("full", "stop"): ".",
    ("forward", "slash"): "/",
    ("wave", "dash"): "~",
    ("under", "bar"): "_",
    ("low", "line"): "_",
    ("equal", "sign"): "=",
    ("equals", "sign"): "=",
    ("vertical", "line"): "|",
    ("vertical", "bar"): "|",
    ("greater", "than"): ">",
    ("less", "than"): "<",
    ("at", "mark"): "@",
    ("at", "sign"): "@",
    ("number", "sign"): "#",
    ("dollar", "sign"): "$",
    ("percent", "sign"): "%",
    ("plus", "sign"): "+",
    ("exclamation", "mark"): "!",
    ("question", "mark"): "?",
    ("double", "quote"): '"',
    ("single", "quote"): "'",
    ("open", "parenthesis"): "(",
    ("close", "parenthesis"): ")",
    ("left", "parenthesis"): "(",
    ("right", "parenthesis"): ")",
    ("hyphen",): "-",
    ("minus",): "-",
    ("period",): ".",
    ("dot",): ".",
    ("solidus",): "/",
    ("slash",): "/",
    ("tilde",): "~",
    ("tilda",): "~",
    ("underbar",): "_",
    ("underscore",): "_",
    ("equal",): "=",
    ("equals",): "=",
    ("colon",): ":",
    ("semicolon",): ";",
    ("comma",): ",",
    ("asterisk",): "*",
    ("star",): "*",
    ("pipe",): "|",
    ("atmark",): "@",
    ("sharp",): "#",
    ("hash",): "#",
    ("plus",): "+",
    ("ampersand",): "&",
    ("apostrophe",): "'",
}
CASE_WORDS: dict[tuple[str, ...], str] = {
    ("all", "upper", "case"): "caps",
    ("all", "capital", "letters"): "caps",
    ("all", "uppercase"): "caps",
    ("all", "capitals"): "caps",
    ("upper", "case"): "cap",
    ("capital", "letter"): "cap",
    ("uppercase",): "cap",
    ("capital",): "cap",
}
CLEAN_NAME = {
    "-": "hyphen",
    "--": "double hyphen",
    ".": "full stop",
    "/": "solidus",
    "~": "tilde",
    "_": "under bar",
    "=": "equal sign",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    "&": "ampersand",
    "*": "asterisk",
    "|": "vertical line",
    ">": "greater than sign",
    "<": "less than sign",
    "@": "at mark",
    "#": "sharp",
    "$": "dollar sign",
    "%": "percent sign",
    "+": "plus sign",
    "!": "exclamation mark",
    "?": "question mark",
    '"': "double quotation mark",
    "'": "single quotation mark",
    "(": "open parenthesis",
    ")": "close parenthesis",
    "[": "open square bracket",
    "]": "close square bracket",
}
OTHER_NAMES = {
    "-": ["minus", "hyphen minus"],
    "--": ["hyphen hyphen", "two hyphens"],
    ".": ["period", "dot"],
    "/": ["slash", "forward slash"],
    "~": ["wave dash", "tilda"],
    "_": ["underbar", "underscore", "low line"],
    "=": ["equal", "equals sign"],
    "*": ["star"],
    "|": ["vertical bar", "pipe"],
    ">": ["greater than", "right angle bracket"],
    "<": ["less than"],
    "@": ["atmark", "at sign"],
    "#": ["number sign", "hash"],
    "+": ["plus"],
    '"': ["double quote"],
    "'": ["single quote", "apostrophe"],
    "(": ["left parenthesis"],
    ")": ["right parenthesis"],
}
GLUE_BOTH = set("./_:=@%")
GLUE_RIGHT = {"-", "--", "~", "*", "#", "$", "+", "(", "["}
GLUE_LEFT = set(",)]!?;")
STANDALONE = set("|<>&")
QUOTES = set("\"'")
SYMBOL_CHARS = set(CLEAN_NAME) - {"--"}

FILLERS = ("um", "umm", "uh", "erm", "ano", "eto", "etto")
RESERVED = NUMWORDS | {k[0] for k in SYMBOL_WORDS if len(k) == 1}
RESERVED |= {k[0] for k in CASE_WORDS if len(k) == 1} | {"capitals", "hyphens"}
RESERVED |= set(FILLERS) | {"space", "excuse", "correction", "again", "please", "thank", "sorry"}

# Short tool names Keiko hears as ordinary words and therefore does not spell.
FAMILIAR = set(
    """sudo git cat echo find grep curl make brew conda cargo python node java ruby perl helm
    date time sort head tail less more touch mount kill sleep watch screen code gem pip yarn go
    rails borg betty biome bully cowsay crane cradle flux halt hydra jobs julia look lure patch
    pass rename show slim slop solo sport siege toilet trace until wall while write volta
    rage racket freeze forever blender poetry toolbox comby chisel logger quilt zoxide guile
    maim meld lynx elm vue pie ruff rustup xplr tokei pixi sox tor""".split()
)

ASIDES = {
    "thank you",
    "thank you very much",
    "thanks",
    "please",
    "that is all",
    "that's all",
    "that is all thank you",
    "end of command",
    "one moment",
    "one moment please",
    "okay",
    "ok",
    "yes",
    "hai",
    "sorry",
    "so",
    "let me see",
    "let me check",
    "wait a moment",
    "i am sorry",
}
LEAD_RE = re.compile(
    r"^(?:please input the following command|please input|the next command is|the command is|"
    r"i will read the command|next command|next one)\b[:,]?\s*",
    re.IGNORECASE,
)
WHY_RE = re.compile(
    r"^(?:this is to|this is for|this command|it is to|it is for|it will|this will|"
    r"the purpose is|in order to|because|to|for)\b",
    re.IGNORECASE,
)
AGAIN_RE = re.compile(r"^(?:sorry\s+)?i say again\b[:,]?\s*", re.IGNORECASE)
EXCUSE_RE = re.compile(r"^excuse me\b[:,]?\s*", re.IGNORECASE)
CORR_RE = re.compile(r"^correction\b[:,]?\s*", re.IGNORECASE)
FILLER_RE = re.compile(r"\b(?:" + "|".join(FILLERS) + r")\b(?:\.\.\.|[,.])?\s*", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")
SPELL_RE = re.compile(r"[A-Z0-9](?:-[A-Z0-9])+")


# ---------------------------------------------------------------- the listener
def lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def number_run(toks: list[str], i: int) -> tuple[str, int]:
    """Number words (and Whisper digits) from toks[i] on -> (digits, tokens used)."""
    out, j = "", i
    while j < len(toks):
        t = toks[j].lower()
        if t in TENS:
            v = 20 + 10 * TENS.index(t)
            if j + 1 < len(toks) and toks[j + 1].lower() in UNITS[1:]:
                v += UNITS.index(toks[j + 1].lower())
                j += 1
            out += str(v)
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in UNITS:
            out += str(UNITS.index(t))
        else:
            break
        j += 1
    return out, j - i


def apply_case(tok: str, case: str | None) -> str:
    if case == "caps":
        return tok.upper()
    if case == "cap":
        return tok[:1].upper() + tok[1:]
    return tok


class Proto:
    """Protocol speech: only "space" separates words; every piece is glued."""

    def __init__(self) -> None:
        self.words = [""]
        self.case: str | None = None

    def feed(self, text: str, start: bool = False) -> None:
        toks = re.sub(r"[,.;:!?\"'-]", " ", text).lower().split()
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "space":
                self.words.append("")
                i += 1
                continue
            sym, n = lookup(toks, i, SYMBOL_WORDS)
            if sym:
                self.words[-1] += sym
                i += n
                continue
            cw, n = lookup(toks, i, CASE_WORDS)
            if cw:
                self.case = cw
                i += n
                continue
            num, n = number_run(toks, i)
            if n:
                piece, i = num, i + n
            else:
                piece, i = t, i + 1
            self.words[-1] += apply_case(piece, self.case)
            self.case = None

    def excuse(self) -> None:
        if self.words[-1]:
            self.words[-1] = ""
        elif len(self.words) > 1:
            self.words.pop()
            self.words[-1] = ""

    def result(self) -> list[str]:
        return [w for w in self.words if w]

    def replace(self, words: list[str]) -> None:
        self.words = list(words) + [""]


class Natural:
    """Natural speech: blanks separate words except around symbol words (rule 6)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.glue = False
        self.last_alone = False
        self.case: str | None = None
        self.quotes = Counter()

    def _add(self, piece: str, attach: bool) -> None:
        if attach and self.out:
            self.out[-1] += piece
        else:
            self.out.append(piece)

    def feed(self, text: str, start: bool = True) -> None:
        toks = text.split()
        i = 0
        while i < len(toks):
            t = toks[i]
            sym, n = lookup(toks, i, SYMBOL_WORDS)
            if sym:
                i += n
                if sym in QUOTES:
                    opening = self.quotes[sym] % 2 == 0
                    self.quotes[sym] += 1
                    kind = "right" if opening else "left"
                elif sym in GLUE_BOTH:
                    kind = "both"
                elif sym in GLUE_RIGHT:
                    kind = "right"
                elif sym in GLUE_LEFT:
                    kind = "left"
                else:
                    kind = "alone"
                if kind == "both":
                    self._add(sym, True)
                    self.glue = True
                elif kind == "right":
                    self._add(sym, self.glue)
                    self.glue = True
                elif kind == "left":
                    self._add(sym, True)
                    self.glue = False
                else:
                    self._add(sym, self.last_alone and not self.glue)
                    self.glue = False
                self.last_alone = kind == "alone"
                continue
            cw, n = lookup(toks, i, CASE_WORDS)
            if cw:
                self.case = cw
                i += n
                continue
            num, n = number_run(toks, i)
            if n:
                piece, i = num, i + n
            else:
                piece, i = t, i + 1
                if SPELL_RE.fullmatch(piece) and sum(c.isalpha() for c in piece) >= 2:
                    piece = piece.replace("-", "").lower()
                elif re.fullmatch(r"[A-Z]", piece) and self.case is None:
                    piece = piece.lower()
                elif (
                    start
                    and not self.out
                    and self.case is None
                    and piece[:1].isupper()
                    and not any(c.isupper() for c in piece[1:])
                ):
                    piece = piece[:1].lower() + piece[1:]
            piece = apply_case(piece, self.case)
            self.case = None
            self._add(piece, self.glue)
            self.glue = False
            self.last_alone = False

    def excuse(self) -> None:
        if self.out:
            self.out.pop()
        self.glue = False
        self.last_alone = False

    def result(self) -> list[str]:
        return list(self.out)

    def replace(self, words: list[str]) -> None:
        self.out = list(words)
        self.glue = False
        self.last_alone = False


def fragment(text: str, proto: bool) -> list[str]:
    st = Proto() if proto else Natural()
    st.feed(text, start=False)
    return st.result()


def apply_erratum(state, text: str, proto: bool) -> None:
    """'for X read Y' / 'replace X with Y': replace the last X in the command by Y."""
    m = re.match(r"^(for|replace)\s+(.+)$", text.strip(), re.IGNORECASE)
    if not m:
        return
    sep = " read " if m.group(1).lower() == "for" else " with "
    body = m.group(2)
    cmd = state.result()
    low = body.lower()
    pos = low.find(sep)
    while pos != -1:
        bad = fragment(body[:pos], proto)
        good = fragment(body[pos + len(sep) :], proto)
        for j in range(len(cmd) - len(bad), -1, -1):
            if bad and cmd[j : j + len(bad)] == bad:
                state.replace(cmd[:j] + good + cmd[j + len(bad) :])
                return
        pos = low.find(sep, pos + 1)


def decode(line: str) -> str:
    """Keiko's careful listener: transcript -> command (rules 1-6 of the guide)."""
    s = " ".join(line.split())
    s = " ".join(FILLER_RE.sub(" ", s).split())
    s = re.sub(r"^[,.\s]+", "", s)
    s = re.sub(r"(?:\.\.\.|[.!?])+$", "", s).strip()
    proto = re.search(r"\bspace\b", s, re.IGNORECASE) is not None
    if not proto:
        s = re.sub(r"\b(upper|greater|less)-(case|than)\b", r"\1 \2", s, flags=re.IGNORECASE)
    parts = SPLIT_RE.split(s)
    clauses = parts[0::2]
    state = Proto() if proto else Natural()
    erratum_next = False
    for clause in clauses:
        c = clause.strip()
        if not c:
            continue
        if erratum_next:
            erratum_next = False
            apply_erratum(state, c, proto)
            continue
        key = " ".join(re.sub(r"[^a-z' ]", " ", c.lower()).split())
        spoken_space = proto and re.search(r"\bspace\b", c, re.IGNORECASE) is not None
        if not spoken_space and key in ASIDES:
            continue
        m = AGAIN_RE.match(c)
        if m:
            state = Proto() if proto else Natural()
            c = c[m.end() :]
        m = EXCUSE_RE.match(c)
        if m:
            state.excuse()
            c = c[m.end() :]
        m = CORR_RE.match(c)
        if m:
            rest = c[m.end() :].strip()
            if rest:
                apply_erratum(state, rest, proto)
            else:
                erratum_next = True
            continue
        m = LEAD_RE.match(c)
        if m:
            state = Proto() if proto else Natural()
            c = c[m.end() :]
        elif not spoken_space and WHY_RE.match(c):
            continue
        c = re.sub(r"\s+please$", "", c.strip(), flags=re.IGNORECASE)
        if c:
            state.feed(c, start=True)
    return " ".join(state.result())


# ---------------------------------------------------------------- speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def two_digits(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t = TENS[n // 10 - 2]
    return t if n % 10 == 0 else f"{t} {UNITS[n % 10]}"


def say_number(s: str) -> str:
    """Keiko: one or two digits as a number, longer (or leading zero) digit by digit."""
    if len(s) <= 2 and not (len(s) == 2 and s[0] == "0"):
        return two_digits(int(s))
    return " ".join(UNITS[int(ch)] for ch in s)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def spelled_tool(word: str) -> bool:
    return (
        re.fullmatch(r"[a-z0-9]{1,6}", word) is not None
        and any(c.isalpha() for c in word)
        and word not in FAMILIAR
    )


def line_names(rng: random.Random | None, p_other: float = 0.5) -> dict[str, str]:
    """Per-line symbol names: clean = first names; otherwise a synonym now and then."""
    names = dict(CLEAN_NAME)
    names["cap"] = "upper case"
    names["caps"] = "all upper case"
    names["spell"] = "plain"
    if rng is None:
        return names
    names["spell"] = rng.choice(["plain", "hyphens", "hyphens", "caps"])
    for sym in sorted(OTHER_NAMES):
        if rng.random() < p_other:
            names[sym] = rng.choice(OTHER_NAMES[sym])
    names["cap"] = rng.choice(
        ["upper case", "upper case", "uppercase", "capital", "capital letter"]
    )
    names["caps"] = rng.choice(
        ["all upper case", "all uppercase", "all capitals", "all capital letters"]
    )
    return names


def spell(word: str, style: str) -> str:
    if style == "hyphens":
        return "-".join(word.upper())
    if style == "caps":
        return " ".join(word.upper())
    return " ".join(word)


def proto_word(word: str, names: dict[str, str], rng: random.Random | None, spell_it: bool) -> str:
    """One command word in protocol speech; rng=None gives the clean form."""
    if spell_it:
        style = names["spell"]
        out = []
        for p in re.findall(r"[a-z]+|[0-9]+", word):
            if p.isdigit() and (rng is None or rng.random() < 0.5):
                out.append(say_number(p) if len(p) <= 2 else " ".join(UNITS[int(c)] for c in p))
            else:
                out.append(spell(p, style))
        return " ".join(out)
    out = []
    ps = PIECE_RE.findall(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            out.append(names["--"])
            k += 2
            continue
        if p in CLEAN_NAME:
            out.append(names[p])
        elif p.isdigit():
            out.append(p if rng is not None and rng.random() < 0.5 else say_number(p))
        elif p.isupper() and len(p) > 1:
            out.append(f"{names['caps']} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{names['cap']} {p.lower()}")
        else:
            out.append(p)
        k += 1
    return " ".join(out)


SPLIT_PARTS = set(
    """yaml lint code spell cloud light work space back up data base key mail web storm speed
    test play type script server host name user pass port list check flat pack down load over
    lay node path size stash dump mongo tool box paper show line text grep more less kit sync
    copy move clean build update print font mirror table mount point short long view kill tree
    disk group share shot screen shell home scan stat stream value range format query session
    export status enable disable create delete remove restore commit branch label deploy help
    password file vault docker compose kube config bucket snap shot report project projects
    info image merge recorder builder machine lock""".split()
)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper hears one long lower-case name as two words ("yamllint" -> "yaml lint")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 7 or not t.isalpha() or not t.islower():
            continue
        for cut in range(3, len(t) - 2):
            a, b = t[:cut], t[cut:]
            if a in SPLIT_PARTS and b in SPLIT_PARTS and a not in RESERVED and b not in RESERVED:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_clean(cmd: str) -> str:
    words = cmd.split(" ")
    ti = tool_index(words)
    names = line_names(None)
    return " space ".join(
        proto_word(w, names, None, k == ti and spelled_tool(w)) for k, w in enumerate(words)
    )


def render_proto(cmd: str, rng: random.Random, names: dict[str, str]) -> list[str]:
    words = cmd.split(" ")
    ti = tool_index(words)
    return [proto_word(w, names, rng, k == ti and spelled_tool(w)) for k, w in enumerate(words)]


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    parts = render_proto(cmd, rng, line_names(rng))
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.25 else " space "
    if rng.random() < 0.35:
        text = split_compound(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


NAT_BASE = {
    "flag": 0.55,
    ".path": 0.45,
    ".file": 0.25,
    "/": 0.6,
    "_": 0.75,
    ":": 0.7,
    "=": 0.8,
    "~": 0.85,
    "@": 0.85,
    "other": 0.9,
}


def nat_style(rng: random.Random) -> dict[str, float]:
    """Per-line habits: how often Keiko names each kind of symbol rather than Whisper writing it."""
    return {key: (0.9 if rng.random() < p else 0.1) for key, p in NAT_BASE.items()}


def say_chunk(chunk: str, rng: random.Random, names: dict[str, str], first: bool) -> str:
    """A run of command text with no spoken symbol inside it."""
    if chunk.isdigit():
        if rng.random() < 0.4:
            return say_number(chunk)
        return chunk
    if re.fullmatch(r"[A-Z]", chunk):
        return f"{names['cap']} {chunk.lower()}"
    if re.fullmatch(r"[A-Z][a-z]+", chunk) and (first or rng.random() < 0.7):
        return f"{names['cap']} {chunk.lower()}"
    if re.fullmatch(r"[A-Z]{2,}", chunk) and (first or rng.random() < 0.6):
        return f"{names['caps']} {chunk.lower()}"
    return chunk


def nat_word(
    word: str,
    rng: random.Random,
    style: dict[str, float],
    names: dict[str, str],
    spell_it: bool,
    first: bool,
) -> str | None:
    """One command word the way Whisper writes Keiko's natural speech (None: cannot be said)."""
    if all(ch in STANDALONE for ch in word):
        return " ".join(names[ch] for ch in word)
    if spell_it:
        return spell(word, "hyphens")
    ps = re.findall(r"[A-Za-z0-9]+|.", word)
    if len(ps) >= 2 and ps[0] == "-" and ps[1] == "-":
        ps = ["--"] + ps[2:]
    if all(p in CLEAN_NAME for p in ps) and not any(p in QUOTES for p in ps):
        return word  # "--", "-", "." : Whisper writes it
    pathish = "/" in word
    want_say: dict[str, bool] = {}  # one decision per kind of symbol within a word
    for p in ps:
        if p in CLEAN_NAME and p not in want_say:
            if p in ("-", "--"):
                key = "flag"
            elif p == ".":
                key = ".path" if pathish else ".file"
            elif p in NAT_BASE:
                key = p
            else:
                key = "other"
            want_say[p] = rng.random() < style[key]
    spoken = [False] * len(ps)
    for k, p in enumerate(ps):
        if p not in CLEAN_NAME:
            continue
        last = k == len(ps) - 1
        prev_glue = k > 0 and spoken[k - 1] and ps[k - 1] in GLUE_BOTH | GLUE_RIGHT | QUOTES
        if p in QUOTES:
            spoken[k] = True
            continue
        want = want_say[p]
        if p in GLUE_BOTH:
            ok = 0 < k and not last
        elif p in GLUE_RIGHT:
            ok = (k == 0 or prev_glue) and not last
        elif p in GLUE_LEFT:
            ok = k > 0 and last
        else:
            ok = False
        spoken[k] = want and ok
    toks: list[str] = []
    buf = ""
    for k, p in enumerate(ps):
        if spoken[k]:
            if buf:
                toks.append(say_chunk(buf, rng, names, first and not toks))
                buf = ""
            toks.append(names[p])
        else:
            buf += p
    if buf:
        toks.append(say_chunk(buf, rng, names, first and not toks))
    text = " ".join(toks)
    if text[-1] in ".,;:!?":
        return None  # Whisper would read the written mark as its own punctuation
    return text


def nat_render(cmd: str, rng: random.Random) -> list[str] | None:
    words = cmd.split(" ")
    style = nat_style(rng)
    names = line_names(rng, 0.15)
    ti = tool_index(words)
    out = [
        nat_word(w, rng, style, names, k == ti and spelled_tool(w), k == 0)
        for k, w in enumerate(words)
    ]
    return None if None in out else out


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    if re.match(r"[a-z]", text):
        return text[:1].upper() + text[1:]
    return text


def why_of(desc: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z0-9 '()/-]+", desc) or len(desc) > 70:
        return None
    if re.search(r"\b(space|again|excuse|correction|please|read|replace)\b", desc, re.IGNORECASE):
        return None
    if re.match(r"(?i)(don't|do not|not)\b", desc):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str | None:
    said = nat_render(cmd, rng)
    if said is None:
        return None
    c = " ".join(said)
    cap = sent(c)
    shapes = [
        lambda: f"Please input the following command: {c}.",
        lambda: f"Please input the following command. {cap}.",
        lambda: f"The command is {c}.",
        lambda: f"The command is: {c}. Thank you.",
        lambda: f"Next one. {cap}.",
        lambda: f"Next one: {c}.",
        lambda: f"Next one. The command is {c}.",
        lambda: f"Please input {c}.",
        lambda: f"{cap}, please.",
        lambda: f"{cap}. That is all.",
        lambda: f"I will read the command. {cap}. End of command.",
        lambda: f"Next command, please input {c}. Thank you.",
        lambda: f"Hai. The next command is {c}.",
        lambda: f"One moment. Please input {c}. Thank you very much.",
    ]
    if why:
        shapes += [
            lambda: f"{cap}. This is to {why}.",
            lambda: f"In order to {why}, please input the following command: {c}.",
            lambda: f"The purpose is to {why}. The command is {c}.",
            lambda: f"Next one, it is to {why}. {cap}.",
            lambda: f"{cap}. It will {why}.",
            lambda: f"Next one. {cap}, this is to {why}. Thank you.",
            lambda: f"To {why}, the command is {c}.",
        ] * 2
    return rng.choice(shapes)()


WRONG_WORDS = [
    "deploy",
    "service",
    "status",
    "config",
    "restart",
    "staging",
    "release",
    "cluster",
    "backup",
    "master",
]
WRONG_FLAGS = ["-v", "-a", "-r", "-n", "--verbose", "--force", "--all", "--dry-run", "--debug"]
WRONG_STEMS = ["config", "backup", "release", "deploy", "old", "test"]


def mutate(word: str, words: list[str], rng: random.Random, spelled: bool = False) -> str:
    for _ in range(20):
        if spelled:  # she misspells one letter of a spelled tool name
            k = rng.choice([m for m, ch in enumerate(word) if ch.isalpha()])
            w = word[:k] + rng.choice("abcdeklmnoprstu") + word[k + 1 :]
        elif word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif re.fullmatch(r"[\w./~-]+", word) and "." in word.lstrip("."):
            head, slash, tail = word.rpartition("/")
            stem, dot, ext = tail.partition(".")
            w = head + slash + rng.choice(WRONG_STEMS) + dot + ext
        elif re.fullmatch(r"[a-z]{3,6}", word) and rng.random() < 0.5:
            k = rng.randrange(1, len(word))
            w = word[:k] + rng.choice("aeioumnst") + word[k + 1 :]
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "staging"


CHAOTIC_FRAMES = [
    "Next one. {s}",
    "Please input the following command: {c}",
    "The command is {c}",
    "{s}. Thank you",
    "Ano, the command is {c}",
    "Eto... next one. {s}",
    "Please input {c}. That is all",
    "Hai. {s}",
    "{s}. End of command",
]


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    proto = n > 1 and rng.random() < 0.33
    if proto:
        names = line_names(rng) if rng.random() < 0.4 else line_names(None)
        prng = rng if rng.random() < 0.4 else None
        ti = tool_index(words)
        spelled = spelled_tool(words[ti])

        def say(w: str, k: int = -1) -> str:
            return proto_word(w, names, prng, k == ti and spelled)

        rendered = [say(w, k) for k, w in enumerate(words)]
        joiner = " space "
    else:
        style = nat_style(rng)
        names = line_names(rng, 0.15)
        ti = tool_index(words)
        spelled = spelled_tool(words[ti])

        def say(w: str, k: int = -1) -> str:
            return nat_word(w, rng, style, names, k == ti and spelled, k == 0) or "\t"

        rendered = [say(w, k) for k, w in enumerate(words)]
        joiner = " "

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    i = rng.randrange(1, n) if n > 1 else 0
    wrong = mutate(words[i], words, rng, i == ti and spelled)
    wrong_r = say(wrong, i)
    full = j(rendered)
    kind = rng.choice(["excuse", "excuse", "correction", "correction", "again", "again", "cut"])
    filler = rng.random() < 0.5
    if filler and n > 1:
        k = rng.randrange(1, n)
        f = rng.choice([", ano, ", ", eto, ", " um ", ", etto... ", " ano "])
        sep = " space" if proto else ""
        full_f = " ".join((j(rendered[:k]) + sep + f + j(rendered[k:])).split())
    else:
        full_f = full
    if kind == "excuse":
        marker = rng.choice([", excuse me, ", ", excuse me, ", "... excuse me, "])
        rest = j(rendered[i:])
        core = j(rendered[:i] + [wrong_r]) + marker + rest
        line = rng.choice(CHAOTIC_FRAMES).format(s=sent(core), c=core)
    elif kind == "correction":
        bad = rendered[:i] + [wrong_r] + rendered[i + 1 :]
        core = j(bad)
        frame = rng.choice(CHAOTIC_FRAMES).format(s=sent(core), c=core)
        how = rng.choice(["for", "for", "replace"])
        if how == "for":
            fix = f"for {wrong_r} read {rendered[i]}"
        else:
            fix = f"replace {wrong_r} with {rendered[i]}"
        marker = rng.choice(
            ["Correction: ", "Correction, ", "Ano, correction: ", "Sorry, correction. "]
        )
        if marker.endswith(". "):
            fix = sent(fix)
        line = f"{frame}. {marker}{fix}"
    else:
        if kind == "again":
            k = rng.randrange(1, n + 1)
            attempt = rendered[: k - 1] + [
                say(mutate(words[k - 1], words, rng, k - 1 == ti and spelled), k - 1)
            ]
        else:  # cut: she breaks off in the middle of a word
            k = rng.randrange(1, n + 1)
            last = rendered[k - 1]
            attempt = rendered[: k - 1] + [last[: max(2, len(last) // 2)].rstrip()]
            if j(attempt) == full:
                attempt = attempt[:-1] if len(attempt) > 1 else [last[:1]]
        marker = rng.choice(
            [
                "... sorry, I say again. ",
                ", sorry, I say again: ",
                ". Sorry, I say again. ",
                "... I say again, ",
            ]
        )
        second = sent(full_f) if marker.endswith(". ") else full_f
        lead = rng.choice(
            ["", "", "Next one. ", "Please input the following command: ", "The command is "]
        )
        first = sent(j(attempt)) if lead in ("", "Next one. ") else j(attempt)
        tail = rng.choice(["", ". Thank you", ". That is all"])
        if why and rng.random() < 0.3:
            tail = f". This is to {why}"
        return f"{lead}{first}{marker}{second}{tail}."
    if kind == "excuse" and filler and n > 1:
        if not line.startswith(("Ano", "Eto")):
            line = "Ano, " + (
                line[:1].lower() + line[1:] if re.match(r"[A-Z][a-z]", line) else line
            )
    if why and rng.random() < 0.25:
        line += f". It is for {why}" if why.endswith("ing") else f". This is to {why}"
    return line + "."


# ---------------------------------------------------------------- candidates
def speech_tokens_ok(cmd: str) -> bool:
    for p in re.findall(r"[A-Za-z]+", cmd):
        if p.lower() in RESERVED:
            return False
    return True


def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 0:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or cmd != cmd.strip() or "  " in cmd:
                continue
            if any(not (ch.isalnum() or ch == " " or ch in SYMBOL_CHARS) for ch in cmd):
                continue
            if not speech_tokens_ok(cmd):
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
    rng = random.Random(67)
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
            if cmd in used or tools[cand["tool"]] >= 2:
                continue
            if slice_name in ("clean", "fuzzy") and " " not in cmd:
                continue
            line = None
            for _ in range(8):
                if slice_name == "clean":
                    text = render_clean(cmd)
                elif slice_name == "fuzzy":
                    text = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    text = natural_line(cmd, cand["why"], rng)
                else:
                    text = chaotic_line(cmd, cand["why"], rng)
                if text is not None and valid_input(text) and decode(text) == cmd:
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
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
