"""Independent voice-to-bash evaluation set "author74": Imogen, the audio-documentation writer.

Writes assets/training/bash/author74.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English purpose come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev46_commands.jsonl (only lines whose 0-based number
% 4 == 3).  Standard library only; one random.Random(7404) consumed in a fixed order, so reruns
are byte-identical.  Run: cd /work/main && python3 tests/bench/seventyfourth_author.py

STYLE GUIDE
===========

Persona
-------
Imogen is a technical writer recording the audio edition of a command-line handbook.  She reads
every command in the handbook's house style, slowly and completely, as if the listener had no
screen: each token, then "space"; every symbol by its full typographic name; capitals announced.
Around the command she keeps the handbook's framing: "Example three.  Type the following: ...,
then press Enter.", "To <purpose>, type ...", "The command is ...", "This will <purpose>."
When she misreads she does not stop the tape: "correction:", "rather", "make that", "A instead
of B", or a fresh start ("strike that", "let me start over", "from the top", "take two").

Vocabulary (Imogen's house style; Whisper's variants in brackets, seen in the fuzzy slice)
----------------------------------------------------------------------------------------
  -   hyphen                [hyphen minus, minus sign]
  --  double hyphen         [hyphen hyphen]
  .   period                [dot]
  /   slash                 [forward slash]
  \\   backslash
  _   underscore            [under score]
  |   vertical bar          [pipe symbol, vertical line]
  ~   tilde                 [tilda]
  *   asterisk              [asterix]
  >   greater than sign     [greater-than sign]
  <   less than sign        [less-than sign]
  &   ampersand             &&  double ampersand
  $   dollar sign           [dollar]
  =   equals sign           [equal sign]
  ( ) open parenthesis / close parenthesis     [open paren / close paren,
                                                left parenthesis / right parenthesis]
  [ ] open square bracket / close square bracket  [left / right square bracket]
  { } open curly brace / close curly brace
  :   colon     ;  semicolon [semi colon]     ,  comma
  '   single quote          [apostrophe]
  "   double quote          [quotation mark]
  @   at sign    +  plus sign    %  percent sign    ^  caret    ?  question mark
  !   exclamation point     #  number sign
  uppercase W       the next word (or letter) gets an initial capital  [upper case, capital]
  all uppercase W   the next word is written in capitals               [all upper case,
                                                                        all capitals]
Casing and letters: a piece of a word that has no vowel (ls, npm, -rf) is read letter by
letter ("l s"); a short single-hyphen flag is spelled too ("hyphen l a").  A capital letter
alone is "uppercase t"; a capitalised piece is "uppercase main"; a piece in capitals is "all
uppercase path" (or, with no vowel, letter by letter: "uppercase p uppercase g").
Numbers: counts and sizes as full cardinals ("ten", "one hundred twenty three", "one thousand
twenty four", "forty four thousand one hundred"); ports, years and IP octets the way a person
says them ("eighty eighty", "four forty three", "fifty four thirty two", "three thousand",
"twenty twenty four", "one ninety two period one sixty eight period one period ten"); leading
zeros and long numbers digit by digit ("zero six four four").  No command in this set
contains a piece that is one of her keywords or a number word, so a keyword is a keyword.

Slices
------
clean    Pure house style: every character spoken, "space" exactly where the command has a
         space, symbols by name, numbers as words, case announced.  Whisper writes it in lower
         case with no punctuation.
fuzzy    The same reading with Whisper's variants above and its small slips: a capitalised
         first word, a final full stop, commas after some "space"s, some numbers as digits,
         spelled letters now and then in capitals, and a long name heard in two ("pnm to
         palm"): inside one command word every spoken piece is glued to the next, so the
         split is harmless.
natural  How Imogen reads when she is not dictating character by character: "space" is never
         said; Whisper writes plain words, digits, file names, paths and flags it knows as
         text ("--help", "config.yaml", "~/projects"); the symbols she does name are words
         ("hyphen hyphen", "tilde slash", "double quote").  The handbook framing surrounds the
         command (example number, "type the following", "then press Enter", the purpose).
chaotic  Natural (about a third: house-style) reading with at least one of her corrections
         or restarts on every line, plus the odd "um" / "uh" / "ahem".

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "um", "uh", "er", "erm", "ahem" are dropped wherever they are.
 2. Mode: if the word "space" occurs, the line is house style (protocol); otherwise natural.
 3. Whisper's punctuation cuts the line into clauses at ", " "; " ": " "? " "! " ". " and
    "... "; a final "." "!" "?" or "..." is dropped.
 4. A clause with no spoken "space" may be framing, not command text:
    - asides ("okay", "please", "thank you", "sorry", "pardon me", "excuse me", "next",
      "now", "I misspoke", "one moment", ...) -> ignored;
    - headings "example N" / "step N" / "section N" (N in words or digits) -> ignored;
    - restarts "strike that", "let me start over", "from the top", "take two", "take three",
      "once more", "let me read that again", "start again" -> everything so far is
      forgotten; the command starts again;
    - correction markers "correction", "rather", "or rather" -> the next clause corrects
      the last command word (rule 5).
    A clause that begins with a lead ("type the following", "enter the following", "run the
    following", "type in", "type", "enter", "the command is", "the command reads", each
    optionally after "now" / "next" / "please" / "so" / "then" / "and") starts the command
    afresh right after the lead.  Otherwise a clause with no spoken "space" that begins with
    "this", "that", "these", "which", "to", "in order to", "then", "and", "press", "hit",
    "it", "you", "we", "here", "the", "at the", "in the", "for this", "for example", "if",
    "when", "note", "as", "so that" is the purpose or an instruction -> ignored.  At the end
    of a command clause " and press Enter", " then press Enter" (or Return, or "hit") and
    " please" are cut off.
 5. Corrections:
    - "correction: Y", "rather, Y", "or rather Y", "make that Y": the last command word
      said so far was wrong; Y is the right word followed by the rest of the command.
    - "A instead of B" (a whole clause, once the command has begun): the last B in the
      command so far becomes A.
    - "X... X'": an ellipsis followed by more speech means she broke off; X' starts the
      command again.
 6. House style (protocol): Whisper's punctuation is noise, letters are lower-cased, every
    spoken piece is glued to the previous one and only "space" separates command words.
    "uppercase" / "all uppercase" act on the next piece.  A run of number words is one
    number: it is read as a chain of cardinals, each as long as possible ("one hundred
    twenty three" = 123, "forty four thousand one hundred" = 44100, "two thousand five" =
    2005), written one after the other ("eighty eighty" = 8080, "four forty three" = 443,
    "twenty twenty four" = 2024, "zero six four four" = 0644).
 7. Natural: whitespace separates command words, except around the symbol words:
    period, slash, underscore, colon, equals sign, at sign, question mark, percent sign,
    backslash glue to both neighbours; hyphen, double hyphen, tilde, asterisk, dollar
    sign, plus sign, caret, number sign, exclamation point and the opening brackets start a
    new word (unless glued on by the symbol before) and glue to what follows; closing
    brackets, semicolon and comma glue to what precedes; vertical bar, greater / less than
    sign, ampersand and double ampersand stand alone (a symbol right after one of these
    starts a new word).  A quote (single or double) opens
    like a bracket the first time and closes (glued to what precedes) the second time.
    Number words become digits (rule 6), case words act on the next word.
 8. Start of a natural command: Whisper's sentence capital is undone ("Git" -> git), a tool
    name Whisper wrote in capitals ("GH", "NPM", "K6") is lower-cased, and a few tool names
    it mishears are mapped back (table SLIPS: "pseudo" -> sudo, "pod man" -> podman, "cube
    seal" -> kubeseal, ".NET" -> dotnet, ...).

Known ambiguities: the lead, purpose and aside lists are closed; a command clause that itself
begins with "to", "the", "then", ... after a comma would be ignored.  The generator therefore
keeps a candidate line only if decode() gives back its command, and drops it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev46_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author74.jsonl"
AUTHOR = "author74"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
SEED = 7404

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand"}

SYMBOLS: dict[tuple[str, ...], str] = {
    ("hyphen",): "-",
    ("hyphen", "minus"): "-",
    ("minus", "sign"): "-",
    ("double", "hyphen"): "--",
    ("period",): ".",
    ("dot",): ".",
    ("slash",): "/",
    ("forward", "slash"): "/",
    ("backslash",): "\\",
    ("underscore",): "_",
    ("under", "score"): "_",
    ("vertical", "bar"): "|",
    ("pipe", "symbol"): "|",
    ("vertical", "line"): "|",
    ("tilde",): "~",
    ("tilda",): "~",
    ("asterisk",): "*",
    ("asterix",): "*",
    ("greater", "than", "sign"): ">",
    ("greater-than", "sign"): ">",
    ("less", "than", "sign"): "<",
    ("less-than", "sign"): "<",
    ("ampersand",): "&",
    ("double", "ampersand"): "&&",
    ("dollar", "sign"): "$",
    ("dollar",): "$",
    ("equals", "sign"): "=",
    ("equal", "sign"): "=",
    ("open", "parenthesis"): "(",
    ("open", "paren"): "(",
    ("left", "parenthesis"): "(",
    ("close", "parenthesis"): ")",
    ("close", "paren"): ")",
    ("right", "parenthesis"): ")",
    ("open", "square", "bracket"): "[",
    ("left", "square", "bracket"): "[",
    ("close", "square", "bracket"): "]",
    ("right", "square", "bracket"): "]",
    ("open", "curly", "brace"): "{",
    ("close", "curly", "brace"): "}",
    ("colon",): ":",
    ("semicolon",): ";",
    ("semi", "colon"): ";",
    ("comma",): ",",
    ("single", "quote"): "'",
    ("apostrophe",): "'",
    ("double", "quote"): '"',
    ("quotation", "mark"): '"',
    ("at", "sign"): "@",
    ("plus", "sign"): "+",
    ("percent", "sign"): "%",
    ("caret",): "^",
    ("question", "mark"): "?",
    ("exclamation", "point"): "!",
    ("number", "sign"): "#",
}
CASES: dict[tuple[str, ...], str] = {
    ("uppercase",): "cap",
    ("upper", "case"): "cap",
    ("capital",): "cap",
    ("all", "uppercase"): "all",
    ("all", "upper", "case"): "all",
    ("all", "capitals"): "all",
}
CLEAN_NAME = {
    "-": "hyphen",
    "--": "double hyphen",
    ".": "period",
    "/": "slash",
    "\\": "backslash",
    "_": "underscore",
    "|": "vertical bar",
    "~": "tilde",
    "*": "asterisk",
    ">": "greater than sign",
    "<": "less than sign",
    "&": "ampersand",
    "&&": "double ampersand",
    "$": "dollar sign",
    "=": "equals sign",
    "(": "open parenthesis",
    ")": "close parenthesis",
    "[": "open square bracket",
    "]": "close square bracket",
    "{": "open curly brace",
    "}": "close curly brace",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    "'": "single quote",
    '"': "double quote",
    "@": "at sign",
    "+": "plus sign",
    "%": "percent sign",
    "^": "caret",
    "?": "question mark",
    "!": "exclamation point",
    "#": "number sign",
    "cap": "uppercase",
    "all": "all uppercase",
}
FUZZY_NAME = {
    "-": ["hyphen minus", "minus sign"],
    "--": ["hyphen hyphen"],
    ".": ["dot"],
    "/": ["forward slash"],
    "_": ["under score"],
    "|": ["pipe symbol", "vertical line"],
    "~": ["tilda"],
    "*": ["asterix"],
    ">": ["greater-than sign"],
    "<": ["less-than sign"],
    "$": ["dollar"],
    "=": ["equal sign"],
    "(": ["open paren", "left parenthesis"],
    ")": ["close paren", "right parenthesis"],
    "[": ["left square bracket"],
    "]": ["right square bracket"],
    ";": ["semi colon"],
    "'": ["apostrophe"],
    '"': ["quotation mark"],
    "cap": ["upper case", "capital"],
    "all": ["all upper case", "all capitals"],
}
# natural-mode glue classes (rule 7)
GLUE_BOTH = set("./_:=@?%\\")
GLUE_RIGHT = {"-", "--", "~", "*", "$", "+", "^", "#", "!", "(", "[", "{"}
GLUE_LEFT = set(")]};,")
STANDALONE = {"|", ">", "<", "&", "&&"}
QUOTES = {"'", '"'}
# characters Whisper never writes as text in her natural reading: she names them
ALWAYS_SAID = set("'\"$()[]{}&|<>;,!#^%\\")

HESITATIONS = {"um", "uh", "er", "erm", "ahem"}
RESERVED = set(NUMWORDS) | HESITATIONS
RESERVED |= {w for k in SYMBOLS if len(k) == 1 for w in k}
RESERVED |= {w for k in CASES if len(k) == 1 for w in k}
RESERVED |= {"space", "correction", "rather", "instead", "misspoke", "strike", "pseudo"}

ASIDES = {
    "okay",
    "ok",
    "alright",
    "all right",
    "right",
    "good",
    "please",
    "thank you",
    "thanks",
    "sorry",
    "pardon",
    "pardon me",
    "excuse me",
    "next",
    "now",
    "so",
    "i misspoke",
    "one moment",
    "hold on",
    "let me see",
}
RESTARTS = {
    "strike that",
    "let me start over",
    "from the top",
    "take two",
    "take three",
    "once more",
    "let me read that again",
    "start again",
}
CORRECTIONS = {"correction", "rather", "or rather"}
LEAD_RE = re.compile(
    r"^(?:(?:now|next|please|so|then|and)\s+)*"
    r"(?:type the following|enter the following|run the following|type in|type|enter|"
    r"the command is|the command reads)\b[:,]?\s*",
    re.IGNORECASE,
)
CONTEXT_RE = re.compile(
    r"^(?:this|that|these|which|to|in order to|then|and|press|hit|it|you|we|here|the|"
    r"at the|in the|for this|for example|if|when|note|as|so that)\b",
    re.IGNORECASE,
)
PREFIX_RE = re.compile(r"^(?:correction|or rather|rather|make that)\s+", re.IGNORECASE)
SUFFIX_RE = re.compile(
    r"\s+(?:(?:and|then)\s+(?:press|hit)\s+(?:enter|return)|please)$", re.IGNORECASE
)
SWAP_RE = re.compile(r"^(.+?)\s+instead of\s+(.+)$", re.IGNORECASE)
HES_RE = re.compile(r",?\s*\b(?:um+|uh+|erm?|ahem)\b[,.]?", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")

SLIPS = {
    ("pseudo",): "sudo",
    ("pod", "man"): "podman",
    ("cube", "seal"): "kubeseal",
    ("mini", "cube"): "minikube",
    ("tail", "scale"): "tailscale",
    ("terra", "form"): "terraform",
    ("pie", "doc"): "pydoc",
    ("pie", "flakes"): "pyflakes",
    ("rust", "up"): "rustup",
    ("hyper", "fine"): "hyperfine",
    ("lazy", "docker"): "lazydocker",
    ("jupiter",): "jupyter",
    ("key", "base"): "keybase",
    (".net",): "dotnet",
    ("see", "make"): "cmake",
    ("cmake",): "cmake",
    ("hex", "dump"): "hexdump",
    ("open", "ssl"): "openssl",
    ("openssl",): "openssl",
    ("gitlab", "runner"): "gitlab-runner",
    ("g", "cloud"): "gcloud",
    ("ffmpeg",): "ffmpeg",
    ("ocaml",): "ocaml",
    ("speed", "test", "rs"): "speedtest-rs",
}
SLIP_TEXT = {
    "sudo": "pseudo",
    "podman": "pod man",
    "kubeseal": "cube seal",
    "minikube": "mini cube",
    "tailscale": "tail scale",
    "terraform": "Terra form",
    "pydoc": "pie doc",
    "pyflakes": "pie flakes",
    "rustup": "rust up",
    "hyperfine": "hyper fine",
    "lazydocker": "lazy Docker",
    "jupyter": "Jupiter",
    "keybase": "key base",
    "dotnet": ".NET",
    "cmake": "CMake",
    "hexdump": "hex dump",
    "openssl": "OpenSSL",
    "gitlab-runner": "GitLab runner",
    "gcloud": "G Cloud",
    "ffmpeg": "FFmpeg",
    "ocaml": "OCaml",
    "speedtest-rs": "speed test RS",
}


# ---------------------------------------------------------------- numbers
def _small(toks: list[str], i: int) -> tuple[int | None, int]:
    """0..99 from one or two number words."""
    t = toks[i]
    if t in TENS:
        v = 20 + 10 * TENS.index(t)
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return v + UNITS.index(toks[i + 1]), i + 2
        return v, i + 1
    if t in TEENS:
        return 10 + TEENS.index(t), i + 1
    if t in UNITS:
        return UNITS.index(t), i + 1
    return None, i


def parse_number(toks: list[str]) -> str:
    """A run of number words -> digits: a chain of longest cardinals (rule 6)."""
    out, i, n = "", 0, len(toks)
    while i < n:
        v, j = _small(toks, i)
        if v is None:  # a stray "hundred" / "thousand"
            out += "100" if toks[i] == "hundred" else "1000"
            i += 1
            continue
        i = j
        if v == 0:
            out += "0"
            continue
        if i < n and toks[i] == "hundred":
            v *= 100
            i += 1
            if i < n and toks[i] != "thousand":
                r, j = _small(toks, i)
                if r:
                    v, i = v + r, j
        if i < n and toks[i] == "thousand":
            v *= 1000
            i += 1
            if i < n:
                r, j = _small(toks, i)
                if r:
                    if j < n and toks[j] == "hundred":
                        r *= 100
                        j += 1
                        if j < n:
                            r2, j2 = _small(toks, j)
                            if r2:
                                r, j = r + r2, j2
                    v, i = v + r, j
        out += str(v)
    return out


def words2(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t = TENS[n // 10 - 2]
    return t if n % 10 == 0 else f"{t} {UNITS[n % 10]}"


def digit_by_digit(s: str) -> str:
    return " ".join(UNITS[int(ch)] for ch in s)


def cardinal(n: int) -> str:
    if n < 100:
        return words2(n)
    if n < 1000:
        rest = n % 100
        return f"{UNITS[n // 100]} hundred" + (f" {words2(rest)}" if rest else "")
    th, rest = divmod(n, 1000)
    text = f"{words2(th)} thousand"
    if rest >= 100:
        text += f" {cardinal(rest)}"
    elif rest:
        text += f" {words2(rest)}"
    return text


def spoken_pairs(s: str) -> str:
    """Ports, years and IP octets, the way people say them."""
    n = int(s)
    if len(s) <= 2:
        return words2(n)
    if len(s) == 3:
        if s[1:] == "00":
            return f"{UNITS[n // 100]} hundred"
        if s[1] != "0":
            return f"{UNITS[int(s[0])]} {words2(int(s[1:]))}"
        return digit_by_digit(s)
    if len(s) == 4:
        if s[1:] == "000":
            return f"{UNITS[int(s[0])]} thousand"
        if s.startswith("200"):
            return cardinal(n)
        if s[2:] == "00":
            return f"{words2(int(s[:2]))} hundred"
        if s[2] != "0":
            return f"{words2(int(s[:2]))} {words2(int(s[2:]))}"
    return digit_by_digit(s)


PORT_FLAGS = {"-p", "-P", "--port", "-M"}
IP_RE = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")


def say_number(s: str, ctx: str) -> str:
    """ctx: 'pairs' (port, IP octet) or 'plain' (anything else; years detected here)."""
    if len(s) > 1 and s[0] == "0":
        return digit_by_digit(s)
    n = int(s)
    if ctx == "pairs":
        return spoken_pairs(s)
    if len(s) == 4 and 1900 <= n <= 2099:
        return spoken_pairs(s)
    if len(s) <= 5:
        return cardinal(n)
    return digit_by_digit(s)


# ---------------------------------------------------------------- the listener
def _lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def _apply_case(t: str, case: str | None) -> str:
    if case == "all":
        return t.upper()
    if case == "cap":
        return t[:1].upper() + t[1:]
    return t


def proto_words(text: str) -> tuple[list[str], bool]:
    """House-style speech -> (command words, whether it ended on 'space')."""
    toks = re.sub(r"[,.;:!?]", " ", text).lower().split()
    words: list[str] = []
    cur, case, i, open_ = "", None, 0, False
    while i < len(toks):
        t = toks[i]
        if t == "space":
            words.append(cur)
            cur, open_, i = "", True, i + 1
            continue
        open_ = False
        sym, n = _lookup(toks, i, SYMBOLS)
        if sym:
            cur += sym
            i += n
            continue
        cw, n = _lookup(toks, i, CASES)
        if cw:
            case = cw
            i += n
            continue
        if t in NUMWORDS:
            j = i
            while j < len(toks) and toks[j] in NUMWORDS:
                j += 1
            cur += parse_number(toks[i:j])
            i = j
            continue
        cur += _apply_case(t, case)
        case = None
        i += 1
    if cur:
        words.append(cur)
    return words, open_


def fix_start(toks: list[str]) -> list[str]:
    """Rule 8: sentence capital, tool names in capitals, known slips."""
    toks = list(toks)
    pos = 0
    while pos < len(toks):
        real, n = _lookup(toks, pos, SLIPS)
        if real:
            toks[pos : pos + n] = [real]
        elif re.fullmatch(r"[A-Z][a-z]+", toks[pos]) and pos == 0:
            toks[pos] = toks[pos].lower()
        elif re.fullmatch(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,5}", toks[pos]):
            toks[pos] = toks[pos].lower()
        if toks[pos] == "sudo":
            pos += 1
            continue
        break
    return toks


def nat_words(text: str, start: bool) -> list[str]:
    """Natural speech -> command words (glue rules 7)."""
    toks = text.split()
    if start:
        toks = fix_start(toks)
    out: list[str] = []
    pend, case, i = False, None, 0
    seen = {"'": 0, '"': 0}

    def new(t: str) -> None:
        out.append(t)

    while i < len(toks):
        t = toks[i]
        sym, n = _lookup(toks, i, SYMBOLS)
        if sym:
            i += n
            if sym in QUOTES:
                seen[sym] += 1
                if seen[sym] % 2 == 1:  # opening
                    if pend and out:
                        out[-1] += sym
                    else:
                        new(sym)
                    pend = True
                else:
                    if out:
                        out[-1] += sym
                    else:
                        new(sym)
                    pend = False
            elif sym in STANDALONE:
                new(sym)
                pend = False
            elif sym in GLUE_BOTH:
                if out and out[-1] not in STANDALONE:
                    out[-1] += sym
                else:
                    new(sym)
                pend = True
            elif sym in GLUE_LEFT:
                if out:
                    out[-1] += sym
                else:
                    new(sym)
                pend = False
            else:  # GLUE_RIGHT
                if pend and out:
                    out[-1] += sym
                else:
                    new(sym)
                pend = True
            continue
        cw, n = _lookup(toks, i, CASES)
        if cw:
            case = cw
            i += n
            continue
        if t.lower() in NUMWORDS:
            j = i
            while j < len(toks) and toks[j].lower() in NUMWORDS:
                j += 1
            t = parse_number([x.lower() for x in toks[i:j]])
            i = j
        else:
            i += 1
        t = _apply_case(t, case)
        case = None
        if pend and out:
            out[-1] += t
        else:
            new(t)
        pend = False
    return out


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]", " ", text.lower()).split())


def _is_heading(key: str) -> bool:
    toks = key.split()
    if len(toks) < 2 or toks[0] not in ("example", "step", "section"):
        return False
    return all(t in NUMWORDS or t.isdigit() for t in toks[1:])


def decode(line: str) -> str:
    """Imogen's careful listener: transcript -> command (rules 1-8 of the guide)."""
    s = " ".join(line.split())
    s = " ".join(HES_RE.sub("", s).split())
    s = s.rstrip(" .!?").strip()
    proto = re.search(r"\bspace\b", s, re.IGNORECASE) is not None
    parts = SPLIT_RE.split(s)
    clauses, delims = parts[0::2], [None, *parts[1::2]]

    def words_of(text: str, start: bool) -> tuple[list[str], bool]:
        if proto:
            return proto_words(text)
        return nat_words(text, start), True

    cmd: list[str] = []
    mode, open_ = "start", True
    for clause, delim in zip(clauses, delims, strict=True):
        if delim == "...":
            mode = "start"
        c = clause.strip()
        if not c:
            continue
        spoken_space = proto and re.search(r"\bspace\b", c, re.IGNORECASE) is not None
        if not spoken_space:
            key = _key(c)
            if key in ASIDES or _is_heading(key):
                continue
            if key in RESTARTS:
                cmd, mode = [], "start"
                continue
            if key in CORRECTIONS:
                mode = "replace"
                continue
        m = LEAD_RE.match(c)
        if m:
            c = c[m.end() :].strip()
            cmd, mode = [], "start"
            if not c:
                continue
        elif not spoken_space:
            if CONTEXT_RE.match(c):
                continue
            sw = SWAP_RE.match(c)
            if sw and cmd:
                good = words_of(sw.group(1), False)[0]
                bad = words_of(sw.group(2), False)[0]
                for j in range(len(cmd) - len(bad), -1, -1):
                    if bad and cmd[j : j + len(bad)] == bad:
                        cmd = cmd[:j] + good + cmd[j + len(bad) :]
                        break
                mode = "cont"
                continue
        pm = PREFIX_RE.match(c)
        if pm:
            c, mode = c[pm.end() :], "replace"
        while True:
            new_c = SUFFIX_RE.sub("", c).strip()
            if new_c == c:
                break
            c = new_c
        if not c:
            continue
        first = mode == "start" or not cmd or (mode == "replace" and len(cmd) == 1)
        words, ends_open = words_of(c, first)
        if mode == "start" or not cmd:
            cmd = words
        elif mode == "replace":
            cmd = cmd[:-1] + words
        elif open_ or not words:
            cmd = cmd + words
        else:
            cmd = cmd[:-1] + [cmd[-1] + words[0]] + words[1:]
        open_, mode = ends_open, "cont"
    return " ".join(cmd)


# ---------------------------------------------------------------- speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")
VOWEL_RE = re.compile(r"[aeiouy]")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def number_ctx(word: str, ps: list[str], k: int, prev_word: str) -> str:
    if IP_RE.search(word) and ps[k].isdigit():
        return "pairs"
    if k >= 2 and ps[k - 1] == ":" and ps[k - 2].isalnum():
        return "pairs"
    if k == 0 and prev_word in PORT_FLAGS:
        return "pairs"
    return "plain"


def spell(p: str) -> str:
    return " ".join(p)


def proto_word(
    word: str,
    prev_word: str,
    names: dict[str, str] | None = None,
    rng: random.Random | None = None,
) -> str:
    """One command word in house style; rng=None and names=None give the clean form."""
    names = names or CLEAN_NAME
    out: list[str] = []
    ps = pieces(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        nxt = ps[k + 1] if k + 1 < len(ps) else ""
        if p in ("-", "&") and nxt == p:
            out.append(names[p + p])
            k += 2
            continue
        if p in CLEAN_NAME:
            out.append(names[p])
        elif p.isdigit():
            if rng is not None and rng.random() < 0.35:
                out.append(p)
            else:
                out.append(say_number(p, number_ctx(word, ps, k, prev_word)))
        elif p.islower():
            flag = k == 1 and ps[0] == "-" and len(p) <= 2
            if flag or (not VOWEL_RE.search(p) and len(p) <= 5):
                letters = spell(p)
                if rng is not None and rng.random() < 0.15:
                    letters = letters.upper()
                out.append(letters)
            else:
                out.append(p)
        elif p.isupper():
            low = p.lower()
            if len(p) == 1:
                out.append(f"{names['cap']} {low}")
            elif len(p) >= 3 and VOWEL_RE.search(low):
                out.append(f"{names['all']} {low}")
            else:
                out.append(" ".join(f"{names['cap']} {ch}" for ch in low))
        else:  # Capitalised piece
            low = p.lower()
            if not VOWEL_RE.search(low) and len(p) <= 5:
                out.append(f"{names['cap']} {low[0]} {spell(low[1:])}")
            else:
                out.append(f"{names['cap']} {p.lower()}")
        k += 1
    return " ".join(out)


def command_ok(cmd: str) -> bool:
    """Can Imogen read this command unambiguously in her house style?"""
    for w in cmd.split(" "):
        for p in pieces(w):
            if p.isalpha():
                low = p.lower()
                if low in RESERVED:
                    return False
                if len(p) > 18:
                    return False
                if not VOWEL_RE.search(low) and len(p) > 5:
                    return False
            elif p.isdigit() and len(p) > 8:
                return False
        if len(re.findall(r"[A-Za-z]+|[0-9]+", w)) > 12:
            return False
        if re.search(r"(?:[a-z]+[0-9]+){4}|0x", w):  # hex-like ids
            return False
    return True


def render_clean(cmd: str) -> str:
    words = cmd.split(" ")
    return " space ".join(proto_word(w, words[k - 1] if k else "") for k, w in enumerate(words))


def fuzzy_names(rng: random.Random) -> dict[str, str]:
    """Per line, Whisper settles on one spelling for each symbol."""
    names = dict(CLEAN_NAME)
    for sym, alts in FUZZY_NAME.items():
        if rng.random() < 0.5:
            names[sym] = rng.choice(alts)
    return names


COMPOUND_PARTS = set(
    """pnm ppm pgm pbm pam to from palm tiff cmyk rast mix draw forge spread sixel mpeg
    eyuv gamma norm remap mercator psnr page epsi mda ptx stretch gen cut fix arith toqoi
    tuil qoi file browser slide show key scan seal base doc flakes lint check sum code
    snap shot rev iew review tool box tree node mon demon server client runner watch time
    out book note books make script hyper fine lazy docker quilt spell board color diff
    dump all work space flow cloud data load down up over lay line word pass port host
    name user group view star red hub home help list info test build push pull clone copy
    move sync merge split find grep edit read write open close play back stop start
    guide size dir decrypt encrypt compress decompress strip header delay format output
    input slides record transfer repo monitor typefind launch device analyzer smart scale
    mingle paint edge ray image images simple update updates mode delete text strings
    service services channel channels deploy export import render""".split()
)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper hears one long lower-case piece as two words ("pnm to palm")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 7 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        if idx > 0 and toks[idx - 1] in ("uppercase", "capital", "case", "capitals"):
            continue
        for cut in range(3, len(t) - 2):
            a, b = t[:cut], t[cut:]
            if a in COMPOUND_PARTS and b in COMPOUND_PARTS and not {a, b} & RESERVED:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = fuzzy_names(rng)
    words = cmd.split(" ")
    parts = [proto_word(w, words[k - 1] if k else "", names, rng) for k, w in enumerate(words)]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.25 else " space "
    if rng.random() < 0.45:
        text = split_compound(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


def nat_style(rng: random.Random) -> dict[str, bool]:
    """Per line: which kinds of symbol Imogen names aloud (True) or Whisper writes as text."""
    base = {
        "flag": 0.5,
        "~": 0.6,
        "*": 0.6,
        ".": 0.35,
        "/": 0.25,
        "_": 0.6,
        ":": 0.6,
        "=": 0.7,
        "@": 0.6,
        "?": 0.8,
        "+": 0.5,
        "case": 0.5,
    }
    return {key: rng.random() < p for key, p in base.items()}


def nat_word(word: str, prev_word: str, rng: random.Random, style: dict[str, bool]) -> str:
    """One command word the way Whisper writes Imogen's natural reading."""
    if word in CLEAN_NAME and word in STANDALONE:
        return CLEAN_NAME[word]
    if word.isdigit():
        if len(word) <= 2 and word[0] != "0" and rng.random() < 0.35:
            return words2(int(word))
        return word
    if "://" in word and not set(word) & ALWAYS_SAID:
        return word
    ps = pieces(word)
    n = len(ps)
    spoken = [False] * n
    for k, p in enumerate(ps):
        if p in ALWAYS_SAID:
            spoken[k] = True
    lead = 0
    while lead < n and ps[lead] == "-":
        lead += 1
    if lead and lead < n and style["flag"]:
        for k in range(lead):
            spoken[k] = True
    if ps[0] in ("~", "*", "+") and n > 1 and style.get(ps[0], False):
        spoken[0] = True
        if ps[1] == "/":
            spoken[1] = True  # "tilde slash"
    absolute = word.startswith("/") or (ps[0] == "~" and not spoken[0])
    for k in range(1, n):
        p = ps[k]
        if p == "/" and absolute:
            continue  # Whisper writes /usr/local and ~/projects as text
        if p in GLUE_BOTH and style.get(p, False):
            spoken[k] = True
    # a hyphen or star after a spoken glue symbol may be named too
    for k in range(1, n):
        if ps[k] in ("-", "*", "~") and spoken[k - 1] and style["flag"]:
            spoken[k] = True
    # a piece in capitals after a spoken symbol (or at the start) is announced
    toks: list[str] = []
    buf = ""
    for k, p in enumerate(ps):
        if spoken[k]:
            if buf:
                toks.append(buf)
                buf = ""
            if p == "-" and k + 1 < n and ps[k + 1] == "-" and spoken[k + 1]:
                continue  # said once as "double hyphen" below
            if p == "-" and k > 0 and ps[k - 1] == "-" and spoken[k - 1]:
                toks.append(CLEAN_NAME["--"])
            else:
                toks.append(CLEAN_NAME[p])
            continue
        if (
            p[:1].isupper()
            and p.isalpha()
            and (k == 0 or spoken[k - 1])
            and not buf
            and (k + 1 == n or spoken[k + 1])
            and (style["case"] or k == 0)
        ):
            if p.isupper() and len(p) > 1:
                toks.append(f"all uppercase {p.lower()}")
            else:
                toks.append(f"uppercase {p.lower()}")
            continue
        buf += p
    if buf:
        toks.append(buf)
    # Whisper's text may not end in punctuation that would cut the sentence: named instead
    fixed: list[str] = []
    for t in toks:
        if len(t) > 1 and t[-1] in ".:?" and t not in CLEAN_NAME.values():
            fixed += [t[:-1], CLEAN_NAME[t[-1]]]
        else:
            fixed.append(t)
    return " ".join(fixed)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_render(cmd: str, rng: random.Random, style: dict[str, bool]) -> list[str]:
    words = cmd.split(" ")
    out = [nat_word(w, words[k - 1] if k else "", rng, style) for k, w in enumerate(words)]
    if words[0] == "sudo" and rng.random() < 0.2:
        out[0] = "pseudo"
    ti = tool_index(words)
    tool = words[ti]
    if tool in SLIP_TEXT and tool != "sudo" and rng.random() < 0.5:
        out[ti] = SLIP_TEXT[tool]
    elif re.fullmatch(r"[a-z][a-z0-9]{1,3}", tool) and not VOWEL_RE.search(tool):
        if rng.random() < 0.5:
            out[ti] = tool.upper()  # Whisper writes a spelled tool name in capitals
    return out


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    if re.match(r"[a-z]", text):
        return text[:1].upper() + text[1:]
    return text


WHY_BAD = re.compile(
    r"\b(space|type|enter|instead|correction|rather|example|step|press|strike|take|once|"
    r"please|sorry|period|hyphen|slash|um|uh|er)\b",
    re.IGNORECASE,
)


def why_of(desc: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z0-9 '/-]+", desc) or len(desc) > 70 or WHY_BAD.search(desc):
        return None
    if re.match(r"(?:don't|do not|never)\b", desc, re.IGNORECASE):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


EXAMPLE_NUMS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "3",
    "4",
    "7",
    "12",
]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    style = nat_style(rng)
    c = " ".join(nat_render(cmd, rng, style))
    cap = sent(c)
    num = rng.choice(EXAMPLE_NUMS)
    shapes = [
        lambda: f"Example {num}. Type the following: {c}, then press Enter.",
        lambda: f"Example {num}: {c}.",
        lambda: f"Type {c}, then press Enter.",
        lambda: f"Step {num}. At the prompt, type {c}.",
        lambda: f"The command is {c}.",
        lambda: f"Please type {c}, then press Enter.",
        lambda: f"In the terminal, enter {c}.",
        lambda: f"Next, type the following: {c}.",
        lambda: f"Now type {c} and press Return.",
        lambda: f"Example {num}. {cap}. Then press Enter.",
        lambda: f"Section {num}. Type {c} and press Enter. Thank you.",
        lambda: f"For this example, type {c}, then press Enter.",
    ]
    if why:
        shapes += [
            lambda: f"To {why}, type {c} and press Enter.",
            lambda: f"Type {c}, then press Enter. This will {why}.",
            lambda: f"Example {num}. To {why}, type the following: {c}.",
            lambda: f"You can also {why}. Enter {c}, then press Enter.",
            lambda: f"If you want to {why}, type {c}.",
            lambda: f"Here we {why}. Type the following: {cap}.",
            lambda: f"In order to {why}, the command is {c}.",
        ] * 2
    return rng.choice(shapes)()


WRONG_WORDS = [
    "install",
    "status",
    "update",
    "upgrade",
    "list",
    "remove",
    "create",
    "delete",
    "start",
    "show",
    "build",
    "init",
    "sample",
    "draft",
]
WRONG_FLAGS = [
    "--version",
    "--verbose",
    "--force",
    "--recursive",
    "--output",
    "--all",
    "-v",
    "-r",
    "-n",
    "-o",
]
WRONG_STEMS = ["draft", "sample", "readme", "chapter"]
WRONG_EXTS = ["txt", "md", "json", "yaml", "log", "conf"]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif re.fullmatch(r"[\w/~-]*[A-Za-z0-9]\.[a-z]{1,5}", word):
            head, _, tail = word.rpartition("/")
            stem, _, ext = tail.rpartition(".")
            if rng.random() < 0.5:
                tail = rng.choice(WRONG_STEMS) + "." + ext
            else:
                tail = stem + "." + rng.choice(WRONG_EXTS)
            w = (head + "/" if head or word.startswith("/") else "") + tail
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "sample"


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    proto = rng.random() < 0.35
    if proto:
        names = fuzzy_names(rng) if rng.random() < 0.4 else None

        def say(w: str, k: int) -> str:
            return proto_word(w, words[k - 1] if k else "", names)

        rendered = [say(w, k) for k, w in enumerate(words)]
        joiner = " space "
    else:
        style = nat_style(rng)

        def say(w: str, k: int) -> str:
            return nat_word(w, words[k - 1] if k else "", rng, style)

        rendered = nat_render(cmd, rng, style)
        joiner = " "

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    kind = rng.choice(
        [
            "correction",
            "correction",
            "correction",
            "rather",
            "rather",
            "make",
            "make",
            "swap",
            "swap",
            "swap",
            "restart",
            "restart",
            "restart",
            "cut",
            "cut",
            "stumble",
        ]
    )
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = mutate(words[i], words, rng)
    wrong_r = say(wrong, i)
    full = j(rendered)
    if not proto and n > 1 and rng.random() < 0.3:
        k = rng.randrange(1, n)
        hes = rng.choice([", um, ", " uh ", ", ahem, ", " um "])
        full = " ".join((" ".join(rendered[:k]) + hes + " ".join(rendered[k:])).split())
    num = rng.choice(EXAMPLE_NUMS)
    lead = rng.choice(
        [
            "",
            "",
            "Type ",
            "Type the following: ",
            f"Example {num}. Type ",
            "Next, type ",
            f"Step {num}. Enter ",
            "The command is ",
        ]
    )
    if kind == "correction":
        marker = rng.choice([", correction: ", ". Correction: ", ", correction, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "rather":
        marker = rng.choice([", rather, ", ", or rather, ", ", or rather "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "make":
        core = j(rendered[:i] + [wrong_r]) + ", make that " + j(rendered[i:])
    elif kind == "swap":
        marker = rng.choice([". Correction: ", ", I misspoke, ", ". Sorry, ", ", correction, "])
        core = j(rendered[:i] + [wrong_r] + rendered[i + 1 :]) + marker
        core += f"{rendered[i]} instead of {wrong_r}"
    elif kind == "restart":
        k = rng.randrange(1, n + 1)
        attempt = j(rendered[: k - 1] + [say(mutate(words[k - 1], words, rng), k - 1)])
        marker = rng.choice(
            [
                ". Strike that. ",
                ", strike that. ",
                ". Let me start over. ",
                ". From the top: ",
                ". Take two. ",
                ". Let me read that again: ",
            ]
        )
        again = rng.choice(["", "Type ", "Type the following: "])
        rest = again + full
        core = attempt + marker + (sent(rest) if marker.endswith(". ") else rest)
    elif kind == "cut":  # she breaks off inside a word and reads the command again
        k = rng.randrange(1, n + 1)
        last = rendered[k - 1]
        cutw = last[: max(2, len(last) // 2)].rstrip(" .,:;!?")
        core = j(rendered[: k - 1] + [cutw]) + "... " + full
    else:  # stumble on the framing itself, then start over
        lead = ""
        frag = rng.choice(["Type the fol", "Type the", "Example", "Enter the fo"])
        core = f"{frag}... type the following: {full}"
    if lead.endswith(". ") or lead == "" and kind != "stumble":
        core = sent(core)
    tail = rng.choice(["", "", ", then press Enter", " and press Enter", ", please"])
    if why and rng.random() < 0.25:
        tail += f". This will {why}"
    return f"{lead}{core}{tail}."


# ---------------------------------------------------------------- candidates
def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 3:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (
                not cmd.isascii()
                or len(cmd) > 90
                or cmd != cmd.strip()
                or "  " in cmd
                or "\n" in cmd
                or "\t" in cmd
            ):
                continue
            if not all(ch.isalnum() or ch == " " or ch in CLEAN_NAME for ch in cmd):
                continue
            if not command_ok(cmd):
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


def valid_input(text: str, slice_name: str) -> bool:
    if not text.isascii() or "\n" in text or "\t" in text or "  " in text:
        return False
    has_space = re.search(r"\bspace\b", text, re.IGNORECASE) is not None
    if slice_name in ("clean", "fuzzy"):
        return has_space
    if slice_name == "natural":
        return not has_space
    return True


def main() -> None:
    rng = random.Random(SEED)
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
                if valid_input(text, slice_name) and decode(text) == cmd:
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
