"""Author 75: Kenji dictating shell commands: an independent evaluation set and its style guide.

Writes ``assets/training/bash/author75.jsonl`` (400 lines: 100 clean, 100 fuzzy, 100 natural,
100 chaotic, in that order), deterministic (one ``random.Random(7505)``, consumed in a fixed
order; reruns are byte-identical)::

    cd /work/main && python3 tests/bench/seventyfifth_author.py          # --why: list skips

Commands and descriptions come from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0, via two pools: ``platforms_dev48_commands.jsonl`` (macOS, Windows, Android, BSD and
SunOS tools; lines whose 0-based number is even), used first and all of them, in the clean and
then the fuzzy slice; then ``pages_dev47_commands.jsonl`` (lines whose number % 4 == 1). At most
two commands per tool (first word), no command twice. Every line is kept only if ``decode()``
(the listener rules below) gives back the exact command.

PERSONA
    Kenji, an iOS and macOS developer in Osaka. He learned his English from Apple's
    documentation: careful, formal, a little slow. He reads symbols by their formal (Unicode)
    names, announces capitals, reads numbers digit by digit, is polite ("Please execute the
    following command"), and corrects himself formally ("sorry, correction").

VOCABULARY
    separator      "space key" (now and then just "space"; always "space key" when the next
                   word he says is "key")
    symbols        - hyphen           . period              / solidus | slash (one per line)
                   _ low line | underscore (one per line)   \\ reverse solidus
                   | vertical line    # number sign         @ commercial at
                   ' apostrophe       " quotation mark      ( left parenthesis
                   ) right parenthesis ~ tilde              : colon     ; semicolon   , comma
                   = equals sign      + plus sign           * asterisk  ? question mark
                   ! exclamation mark $ dollar sign         % percent sign  & ampersand
                   < less-than sign   > greater-than sign   [ ] left / right square bracket
                   { } left / right curly bracket           ^ circumflex accent  ` grave accent
    slips          (Whisper, or the everyday name escaping him; fuzzy and chaotic lines)
                   - hyphen-minus, minus, dash     . full stop, dot, point
                   / forward slash, "solid us"     \\ backslash, back slash
                   _ lowline, "under score"        | vertical bar, pipe
                   # hash, pound sign              @ at sign, at mark
                   ' single quote   " double quote   ~ tilda   = equal sign, equals
                   * star   ( open parenthesis   ) close parenthesis   + plus
                   < less than   > greater than   separator: "spacekey"
    casing         "capital X": the next word or letter starts with a capital ("capital finder"
                   Finder, "capital f" F). "all capital": the next word in capitals ("all
                   capital head" HEAD), or, when a letter follows, every letter of that spelled
                   run ("all capital t c p" TCP). camelCase is read piece by piece: Get-WUHistory
                   = "capital get hyphen all capital w u capital history".
    numbers        digit by digit, Japanese-English fashion: 8080 "eight zero eight zero",
                   127.0.0.1 "one two seven period zero period zero period one", 100 "one zero
                   zero"; a number that is exactly 10, 20 ... 90 is said as a count ("ten",
                   "twenty", "thirty").
    words          a piece of letters he would say as a word is said as a word ("install",
                   "config", "uptime"); compounds are said as their words ("hostednetwork"
                   "hosted network", "getblockchaininfo" "get block chain info"); pieces with no
                   vowel, unsayable clusters and acronyms are spelled ("c h k d s k", "p d f",
                   "e x e", "g crane", "c m d key"). A word of the command that is one of his
                   instruction words (a digit or count name, a one-word symbol name such as
                   "dot", "pipe", "hash", "tilde", "star", "plus", "equals", "point", "slash",
                   "underscore"; "capital", "space", "please", "sorry", "excuse", a filler) is
                   spelled letter by letter ("d o t", "z e r o"); when a word would run into
                   one of his multi-word names ("all" before "capital", "open" before
                   "parenthesis") he spells that too.
    framing        "Please execute the following command: ...", "Please execute: ...", "Please
                   execute ...", "Please run ...", "Please type: ...", "The command is: ...",
                   "Excuse me, one more: ...", "One more, please: ..."; before them a purpose
                   ("This is to ...", "I would like to ...", "We need to ...") or a thought
                   ("Let me see. Yes, ..."); after them "Thank you.", "Thank you very much.",
                   "That is all.", "This is to ...", "The purpose is to ...". For a hard command
                   he announces spelling: "I will read it character by character: ...", "I will
                   spell it: ...".
    corrections    "sorry, correction" and "excuse me, I mean" (the word before was wrong, the
                   right one follows); "please delete that" (drop the word before); "one more
                   time from the beginning" (start the command again).
    fillers        "ano", "eto", "ah", "um".

SLICES
    clean    strict dictation, nothing else: every character spoken, "space key" at every
             space, symbols by the names above, numbers digit by digit, casing words; Whisper
             writes it in lower case without punctuation.
    fuzzy    the same dictation through Whisper: slip names from the list above, a capitalised
             first word, a final full stop, commas after some separators, some digit runs as
             numerals ("8080", "10"), spelled letters run together ("chkdsk", "all capital
             tcp"), a long word cut in two ("user name") or two words run together.
    natural  no "space" word: he reads the command as he would to a colleague and Whisper
             writes the words, flags, paths, numbers and quotes as text; only operators standing
             alone are named: | "vertical line", || "double vertical line", > "greater than
             sign", >> "double greater than sign", < "less than sign", && "double ampersand",
             & "ampersand", ; "semicolon". The command sits inside his framing, always after
             one of the introducers, so it is never capitalised by Whisper. Commands with '$',
             '*', brackets, braces, '!', '#', '?', '\\' or other symbols inside a word cannot be
             heard naturally (where the spaces fall is lost); those go to the chaotic slice,
             where he spells them.
    chaotic  natural speech (or, after "I will spell it:", dictation) with at least one
             correction or restart on every line and at least one filler: a near-miss word (a
             wrong digit, extension, folder, flag, or the next word said too early) followed by
             "sorry, correction" / "excuse me, I mean" and the right word; an extra word
             followed by "please delete that"; a false start followed by "one more time from
             the beginning" and the whole command.

LISTENER RULES (what ``decode()`` implements)
    Finding the command
     1. If the line contains one of his introducers (the natural ones or "i will read it
        character by character:" / "i will spell it:", any case; the earliest wins, and of two
        starting together the longer), the command starts right after it; otherwise the whole
        line is dictation.
     2. After an introducer the command ends at the first full stop that begins a closing
        sentence ("Thank you", "This is ...", "That is all", "The purpose is ...", perhaps
        after a filler); with no such sentence, at the end, less one final full stop.
    Dictation (clean, fuzzy, spelled chaotic)
     3. Read it in lower case; hyphens inside Whisper's words are spaces; drop . , ! ? ; : and
        quotes that Whisper wrote (every real symbol is spoken).
     4. Left to right, longest match first: a correction phrase; a filler (ignored); a symbol
        name or slip name (that character; any separator name is one space); "all capital";
        "capital"; a digit name or count (its digits); anything else is literal text.
     5. Everything is joined with no spaces: only the separator makes a space. Whisper's
        splits and joins therefore do not matter, and numerals mean themselves.
     6. "capital" + next word or letter: its first letter upper case. "all capital" + a word
        of two letters or more: that word in upper case; "all capital" + a letter: that letter
        and every single letter right after it, upper case.
     7. "sorry, correction", "excuse me, I mean", "please delete that": remove the last piece
        written (one symbol, one letter, one word, one digit or count, one space).
     8. "one more time from the beginning": remove everything written so far.
     9. Fillers are ignored.
    Natural speech (natural, chaotic)
    10. Remove fillers (with the commas Whisper put around them).
    11. Cut the text at each correction phrase (with its commas). Each stretch is split at
        spaces into words; the operator names of the natural slice become their operators,
        every other word is taken as written.
    12. "sorry, correction", "excuse me, I mean", "please delete that": drop the last word so
        far; "one more time from the beginning": drop all words so far.
    13. The command is the words joined by single spaces.

Nothing was skipped: every platform command renders, and a pages command that cannot be said
naturally is dictated in the chaotic slice instead (``--why`` lists any command a slice could
not render, with the slice).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
PLATFORMS = DATA / "platforms_dev48_commands.jsonl"
PAGES = DATA / "pages_dev47_commands.jsonl"
OUT = DATA / "author75.jsonl"
AUTHOR = "author75"
PER_SLICE = 100
MOST_PER_TOOL = 2

# ---------------------------------------------------------------------------------------------
# Kenji's vocabulary
# ---------------------------------------------------------------------------------------------

# The names he uses in careful dictation (clean slice). '/' and '_' have two names each; he picks
# one of the two for a whole line.
SYMBOL_NAMES = {
    "-": "hyphen", ".": "period", "\\": "reverse solidus", "|": "vertical line",
    "#": "number sign", "@": "commercial at", "'": "apostrophe", '"': "quotation mark",
    "(": "left parenthesis", ")": "right parenthesis", "~": "tilde", ":": "colon",
    ";": "semicolon", ",": "comma", "=": "equals sign", "+": "plus sign", "*": "asterisk",
    "?": "question mark", "!": "exclamation mark", "$": "dollar sign", "%": "percent sign",
    "&": "ampersand", "<": "less than sign", ">": "greater than sign",
    "[": "left square bracket", "]": "right square bracket", "{": "left curly bracket",
    "}": "right curly bracket", "^": "circumflex accent", "`": "grave accent",
}
SLASH_NAMES = ("solidus", "slash")
LOW_LINE_NAMES = ("low line", "underscore")

# What Whisper makes of some of those names now and then (fuzzy slice), or the everyday name
# that slips out of him.
SYMBOL_VARIANTS = {
    "-": ["hyphen-minus", "minus", "dash"],
    ".": ["full stop", "dot", "point"],
    "/": ["forward slash", "solid us"],
    "\\": ["backslash", "back slash"],
    "_": ["lowline", "under score"],
    "|": ["vertical bar", "pipe"],
    "#": ["hash", "pound sign"],
    "@": ["at sign", "at mark"],
    "'": ["single quote"],
    '"': ["double quote"],
    "~": ["tilda"],
    "=": ["equal sign", "equals"],
    "*": ["star"],
    "(": ["open parenthesis"],
    ")": ["close parenthesis"],
    "+": ["plus"],
    "<": ["less-than sign", "less than"],
    ">": ["greater-than sign", "greater than"],
}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {"ten": "10", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
        "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
TENS_BY_VALUE = {v: k for k, v in TENS.items()}

SEPARATORS = [("space", "key"), ("spacekey",), ("space",)]
CORRECTIONS = {
    ("sorry", "correction"): "drop",
    ("excuse", "me", "i", "mean"): "drop",
    ("please", "delete", "that"): "drop",
    ("one", "more", "time", "from", "the", "beginning"): "restart",
}
FILLERS = ("ano", "eto", "ah", "um")

# Every spoken name the listener knows, as word tuples (after the listener's normalising: lower
# case, hyphens read as spaces, punctuation dropped).
PHRASES: dict[tuple[str, ...], str] = {}
for _ch, _name in SYMBOL_NAMES.items():
    PHRASES[tuple(_name.split())] = _ch
for _name in SLASH_NAMES:
    PHRASES[(_name,)] = "/"
for _name in LOW_LINE_NAMES:
    PHRASES[tuple(_name.split())] = "_"
for _ch, _names in SYMBOL_VARIANTS.items():
    for _name in _names:
        PHRASES[tuple(_name.replace("-", " ").split())] = _ch
for _sep in SEPARATORS:
    PHRASES[_sep] = " "
LONGEST_PHRASE = max(len(k) for k in list(PHRASES) + list(CORRECTIONS))

# A word of the command that is itself one of these is spelled letter by letter, so that it is
# never heard as an instruction.
RESERVED_SINGLE = ({k[0] for k in PHRASES if len(k) == 1} | set(DIGITS) | set(TENS)
                   | {"capital", "space", "please", "sorry", "excuse"} | set(FILLERS))
RESERVED_FIRST = (RESERVED_SINGLE | {k[0] for k in PHRASES} | {k[0] for k in CORRECTIONS}
                  | {"all"})

# Natural speech: the only symbols he still names are the ones standing alone between words.
NATURAL_OPERATORS = {
    "|": "vertical line", "||": "double vertical line", ">": "greater than sign",
    ">>": "double greater than sign", "<": "less than sign", "&&": "double ampersand",
    "&": "ampersand", ";": "semicolon",
}
NATURAL_OPERATOR_PHRASES = {tuple(v.split()): k for k, v in NATURAL_OPERATORS.items()}
# What Whisper writes as text when he reads a word normally.
NATURAL_TEXT = re.compile(r"^[A-Za-z0-9\-./~_:=@+,%\"']+$")

# Sentence openers that hand over the command.  Natural ones: Whisper writes what follows as
# text.  Spelling ones: what follows is careful dictation.
NATURAL_INTRODUCERS = [
    "please execute the following command:", "please execute:", "please execute",
    "please run", "please type:", "the command is:", "excuse me, one more:",
    "one more, please:",
]
SPELLING_INTRODUCERS = ["i will read it character by character:", "i will spell it:"]
# A sentence that starts like this (perhaps after a filler) ends the command.
CLOSER_RE = re.compile(r"\.\s+(?:(?:ano|eto|ah|um),\s+)?"
                       r"(?:thank you|this is |that is all|the purpose is)", re.I)

# ---------------------------------------------------------------------------------------------
# Listener rules: decode()
# ---------------------------------------------------------------------------------------------

_INTRO_RE = re.compile("|".join(
    sorted((re.escape(x) for x in NATURAL_INTRODUCERS + SPELLING_INTRODUCERS),
           key=len, reverse=True)), re.I)


def _cut_closer(body: str) -> str:
    m = CLOSER_RE.search(body)
    if m:
        return body[:m.start()]
    body = body.rstrip()
    return body[:-1] if body.endswith(".") else body


def _normalise(text: str) -> list[str]:
    text = text.lower().replace("-", " ")
    text = re.sub(r"[.,!?;:\"']", " ", text)
    return text.split()


def _match(table, toks: list[str], i: int):
    for n in range(LONGEST_PHRASE, 0, -1):
        key = tuple(toks[i:i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def decode_spelled(text: str) -> str:
    """Rules 1-9: careful dictation, read word by word."""
    toks = _normalise(text)
    pieces: list[str] = []
    i = 0
    while i < len(toks):
        kind, n = _match(CORRECTIONS, toks, i)
        if kind:
            i += n
            if kind == "restart":
                pieces = []
            elif pieces:
                pieces.pop()
            continue
        tok = toks[i]
        if tok in FILLERS:
            i += 1
            continue
        sym, n = _match(PHRASES, toks, i)
        if sym is not None:
            pieces.append(sym)
            i += n
            continue
        if tok == "all" and i + 1 < len(toks) and toks[i + 1] == "capital":
            i += 2
            if i < len(toks) and len(toks[i]) > 1:
                pieces.append(_word(toks[i]).upper())
                i += 1
            else:
                while i < len(toks) and re.fullmatch(r"[a-z]", toks[i]):
                    pieces.append(toks[i].upper())
                    i += 1
            continue
        if tok == "capital" and i + 1 < len(toks):
            word = _word(toks[i + 1])
            pieces.append(word[:1].upper() + word[1:])
            i += 2
            continue
        pieces.append(_word(tok))
        i += 1
    return "".join(pieces)


def _word(tok: str) -> str:
    if tok in DIGITS:
        return str(DIGITS.index(tok))
    if tok in TENS:
        return TENS[tok]
    return tok


def _natural_words(segment: str) -> list[str]:
    segment = re.sub(r"(?:,\s*|\s+|^)(?:ano|eto|ah|um)(?=,|\s|$),?", " ", segment, flags=re.I)
    toks = segment.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        op, n = None, 0
        for m in (3, 2, 1):
            key = tuple(t.lower() for t in toks[i:i + m])
            if len(key) == m and key in NATURAL_OPERATOR_PHRASES:
                op, n = NATURAL_OPERATOR_PHRASES[key], m
                break
        if op:
            out.append(op)
            i += n
        else:
            out.append(toks[i])
            i += 1
    return out


_CORR_RE = re.compile(r",?\s*\b(sorry, correction|excuse me, i mean|please delete that|"
                      r"one more time from the beginning)\b,?\s*", re.I)


def decode_natural(body: str) -> str:
    """Rules 10-13: everyday speech, Whisper writes the command words as text."""
    parts = _CORR_RE.split(body)
    words: list[str] = []
    for k, part in enumerate(parts):
        if k % 2 == 0:
            words.extend(_natural_words(part))
        elif part.lower() == "one more time from the beginning":
            words = []
        elif words:
            words.pop()
    return " ".join(words)


def decode(line: str) -> str:
    m = _INTRO_RE.search(line)
    if not m:
        return decode_spelled(line)
    body = _cut_closer(line[m.end():])
    if m.group(0).lower() in SPELLING_INTRODUCERS:
        return decode_spelled(body)
    return decode_natural(body)


# ---------------------------------------------------------------------------------------------
# How Kenji says a letter run
# ---------------------------------------------------------------------------------------------

VOCAB = set("""
accept access account action active add admin agent alias all allow analyzer apple application
apply append archive as assembly audio auth auto balance base bench binary binding bit bits
blob block boot branch browser bucket build bundle cache caffeinate calendar call caller camera
cast cat chain change changes check checker checks class clean cleaner clip clipboard clone
cloud code coffee cohort collection color command commit compare completion compose composer
compute con condition conf config configuration console contained continue contour convert copy
core count crane create current cut daemon data database date debug decode decompress default
defined delete demo deploy depends describe destination destroy detect dev develop device
diff direct directories disable disk display do doc docs domain done down download drive
driver dump dup edit edition editor elastic enable entry enum erase error errors event events
exact exist exit expand export express expression feature fetch file files filter find finder
first fix folder font fonts for force format frame free freeze front full func function fuzzy
get git go group groups hash head health height hello help hide history home host hosted hub
image import in index indent info init input install interactive invoke is issue job jobs join
keep key keys kill kind lab label labels last launch layout leave length level light limit
line lines link lint list listen load local lock log logic login logs look loop mac main make
man manage manifests map master match max maximized me media member merge metrics mingle mode
module modules monitor more most mount move name names net network new next no node nodes non
note notes object of off on only open optional option org out outdated outlook output overwrite
owner pack package packages page parent parental partition pass password passwords patch path
pattern photo pin ping play plugin policy pool port power preserve primary print private
process progress project projects prompt proxy prune publish pull push query queue quiet range
raw react read record records recreate reference region remote remove render repair repo report
require required reset resource restart restore result results return role root route run
sandbox schema scope script search section security seed select self serve server service
services session set sets shadow shell short show silent since site size skyline smaller sort
source speed split stack staff start startup stat status stop storage store stream string
stretch sum suggest sync system target task test text thumb thumbnails time title token tool
total track tracks tree true type under undo unique up update upgrade upload use user username
usernames users using value vault verbose version view volume wait warning watch web what
where which while who am window mango apple yaml json uptime util edge fire wall
scheme explore private over stream box fox tail wind word query system level env sub lib
cameras windows with wiki word work world wrap wrapped write yes zone
""".split())

ACRONYMS = {
    "aac", "aapt", "api", "apk", "asr", "aws", "exe", "iam", "id", "io", "ui", "ia", "ip", "oci",
    "url", "usb", "utf", "xed", "eks", "ecpg", "avd", "gui", "iso", "os", "es", "od", "oc",
    "ssid", "vbs", "adoc", "sku", "vm", "rdp", "ntlm", "bde", "llm", "jpeg", "ide", "ios", "sdk",
    "uwf", "iewzd", "lsof", "ospp", "nginx", "cli", "dmg", "tty", "ocaml", "hs", "jxl", "kbdx",
    "cpp", "py",
}
SHORT_WORDS = {"go", "do", "up", "on", "in", "to", "of", "is", "it", "as", "if", "or", "no",
               "me", "my", "by", "am", "be", "we", "so", "an", "at"}
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sh",
          "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr", "ph", "kn",
          "qu", "sq", "str", "scr", "spr", "spl", "thr", "shr", "chr", "sch"}
VOWELS = set("aeiouy")
CODAS = set("""ck ct ft ld lf lk lm lp lt mp nd nk ns nt pt rb rd rk rl rm rn rp rs rt sh sk sp
st th ch ng ss ll ff zz ts ds ks ps ms ls gs bs ws rf rg wn wl wd xt nds nts rst rts rds rks lts
cks nks ngs sts tch rch nch mps rms lds ght tz""".split())


def _pronounceable(chunk: str) -> bool:
    if chunk in ACRONYMS:
        return False
    if len(chunk) <= 2:
        return chunk in SHORT_WORDS
    if not any(c in VOWELS for c in chunk) or chunk[0] == "y" and len(chunk) < 4:
        return False
    onset = re.match(r"[^aeiouy]*", chunk).group(0)
    if len(onset) > 1 and onset not in ONSETS:
        return False
    coda = re.search(r"[^aeiouy]*$", chunk).group(0)
    if coda.endswith("s") and len(coda) > 1:
        coda = coda[:-1]
    if len(coda) > 1 and coda not in CODAS:
        return False
    return not re.search(r"[^aeiouy]{4,}", chunk)


def _chunks(run: str, spell: set[str]) -> list[str]:
    """Split a lower-case letter run into the pieces he says: known words, sayable pieces,
    letters.  Cheapest split wins (known word 1, letter 1.2, other sayable piece 1.6 + 0.2 a
    letter).  A piece may not be one of his instruction words (for the whole run: not one he
    must spell)."""
    n = len(run)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost_i, parts_i = best[i]
        for j in range(i + 1, n + 1):
            piece = run[i:j]
            banned = spell if (i, j) == (0, n) else RESERVED_FIRST
            if j - i == 1:
                cost = 1.2
            elif piece in banned or piece in ACRONYMS:
                continue
            elif piece in VOCAB or piece in SHORT_WORDS:
                cost = 1.0
            elif _pronounceable(piece):
                cost = 1.6 + 0.2 * len(piece)
            else:
                continue
            cand = (cost_i + cost, parts_i + [piece])
            if best[j] is None or cand[0] < best[j][0] - 1e-9:
                best[j] = cand
    return best[n][1]


def _case_segments(run: str) -> list[str]:
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z][a-z])|[A-Z]+", run)


# A unit is (kind, [spoken words]); kinds: sep, sym, digit, word, letter, cased.
def letter_units(run: str, careful: bool = False) -> list[tuple[str, list[str]]]:
    spell = RESERVED_FIRST if careful else RESERVED_SINGLE
    units: list[tuple[str, list[str]]] = []
    for seg in _case_segments(run):
        if len(seg) > 1 and (seg.lower() in ACRONYMS or seg.lower() in spell):
            letters = list(seg.lower())
            if seg.islower():
                units.extend(("letter", [c]) for c in letters)
            elif seg.isupper():
                units.append(("cased", ["all capital"] + letters))
            else:
                units.append(("cased", ["capital", letters[0]]))
                units.extend(("letter", [c]) for c in letters[1:])
        elif seg.islower():
            for c in _chunks(seg, spell):
                units.append(("letter" if len(c) == 1 else "word", [c]))
        elif len(seg) == 1:
            units.append(("cased", ["capital", seg.lower()]))
        elif seg.isupper():
            low = seg.lower()
            if len(low) > 2 and (low in VOCAB or _pronounceable(low)) and low not in spell:
                units.append(("cased", ["all capital", low]))
            else:
                units.append(("cased", ["all capital"] + list(low)))
        else:
            chunks = _chunks(seg.lower(), spell)
            units.append(("cased", ["capital"] + chunks[:1]))
            for c in chunks[1:]:
                units.append(("letter" if len(c) == 1 else "word", [c]))
    return units


def spelled_units(cmd: str, slash: str, low_line: str,
                  careful: bool = False) -> list[tuple[str, list[str]]]:
    units: list[tuple[str, list[str]]] = []
    for wi, word in enumerate(cmd.split(" ")):
        if wi:
            units.append(("sep", ["space key"]))
        for piece in re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", word):
            if piece[0].isalpha():
                units.extend(letter_units(piece, careful))
            elif piece[0].isdigit():
                if piece in TENS_BY_VALUE:
                    units.append(("digit", [TENS_BY_VALUE[piece]]))
                else:
                    units.extend(("digit", [DIGITS[int(c)]]) for c in piece)
            elif piece == "/":
                units.append(("sym", [slash]))
            elif piece == "_":
                units.append(("sym", [low_line]))
            else:
                units.append(("sym", [SYMBOL_NAMES[piece]]))
    return units


def _fix_separators(units, rng: random.Random, plain_space: float):
    """'space key' by default, sometimes just 'space' (never before the word 'key')."""
    out = []
    for k, (kind, words) in enumerate(units):
        if kind == "sep":
            nxt = units[k + 1][1][0] if k + 1 < len(units) else ""
            short = rng.random() < plain_space
            if short and not nxt.startswith("key"):
                words = ["space"]
        out.append((kind, words))
    return out


def _line_names(rng: random.Random) -> tuple[str, str]:
    return rng.choice(SLASH_NAMES), rng.choice(LOW_LINE_NAMES)


def render_clean(cmd: str, rng: random.Random) -> str | None:
    slash, low_line = _line_names(rng)
    for careful in (False, True):
        units = _fix_separators(spelled_units(cmd, slash, low_line, careful), rng, 0.12)
        line = " ".join(w for _, words in units for w in words)
        if decode(line) == cmd:
            return line
    return None


# ---------------------------------------------------------------------------------------------
# Fuzzy: the same dictation through Whisper's slips
# ---------------------------------------------------------------------------------------------

def _split_points(word: str) -> list[int]:
    """Where Whisper may cut a long word in two: after a known word of three letters or more,
    before a sayable rest of four letters or more."""
    return [c for c in range(3, len(word) - 3)
            if word[:c] in VOCAB and (word[c:] in VOCAB or _pronounceable(word[c:]))
            and word[:c] not in RESERVED_FIRST and word[c:] not in RESERVED_FIRST]


def render_fuzzy(cmd: str, rng: random.Random) -> str | None:
    slash, low_line = _line_names(rng)
    for _attempt in range(8):
        base = _fix_separators(spelled_units(cmd, slash, low_line, _attempt >= 4), rng, 0.12)
        tokens: list[str] = []
        slips = 0
        k = 0
        while k < len(base):
            kind, words = base[k]
            if kind == "letter":
                # a run of spelled letters; Whisper sometimes writes it as one word
                j = k
                while j < len(base) and base[j][0] == "letter":
                    j += 1
                letters = [base[m][1][0] for m in range(k, j)]
                if j - k > 1 and rng.random() < 0.4:
                    tokens.append("".join(letters))
                    slips += 1
                else:
                    tokens.extend(letters)
                k = j
                continue
            if kind == "cased" and words[0] == "all capital" and len(words) > 2 \
                    and rng.random() < 0.35:
                tokens.extend(["all capital", "".join(words[1:])])
                slips += 1
            elif kind == "sep":
                r = rng.random()
                if r < 0.08:
                    tokens.append("spacekey")
                    slips += 1
                elif r < 0.35:
                    tokens.append(words[0] + ",")
                    slips += 1
                else:
                    tokens.extend(words)
            elif kind == "sym":
                ch = PHRASES[tuple(words[0].split())]
                if ch in SYMBOL_VARIANTS and rng.random() < 0.3:
                    tokens.append(rng.choice(SYMBOL_VARIANTS[ch]))
                    slips += 1
                else:
                    tokens.extend(words)
            elif kind == "digit":
                j = k
                while j < len(base) and base[j][0] == "digit":
                    j += 1
                said = [base[m][1][0] for m in range(k, j)]
                if rng.random() < 0.5:
                    tokens.append("".join(_word(w) for w in said))
                    slips += 1
                else:
                    tokens.extend(said)
                k = j
                continue
            elif kind == "word" and _split_points(words[0]) and rng.random() < 0.3:
                w = words[0]
                cut = rng.choice(_split_points(w))
                tokens.extend([w[:cut], w[cut:]])
                slips += 1
            elif kind == "word" and k + 1 < len(base) and base[k + 1][0] == "word" \
                    and rng.random() < 0.3:
                tokens.append(words[0] + base[k + 1][1][0])
                slips += 1
                k += 2
                continue
            else:
                tokens.extend(words)
            k += 1
        line = " ".join(tokens)
        if rng.random() < 0.55:
            line = line[:1].upper() + line[1:]
            slips += 1
        if rng.random() < 0.6 or slips == 0:
            line = line.rstrip(",") + "."
        if decode(line) == cmd:
            return line
    return None


# ---------------------------------------------------------------------------------------------
# Natural and chaotic
# ---------------------------------------------------------------------------------------------

def natural_ok(cmd: str) -> bool:
    return all(NATURAL_TEXT.match(w) or w in NATURAL_OPERATORS for w in cmd.split(" "))


def _natural_said(cmd: str) -> list[str]:
    return [NATURAL_OPERATORS.get(w, w) for w in cmd.split(" ")]


def _purpose(description: str) -> str:
    d = description.strip().rstrip(".")
    if len(d) > 1 and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


NATURAL_TEMPLATES = [
    "Please execute the following command: {c}.",
    "Please execute the following command: {c}. This is to {d}.",
    "This is to {d}. Please execute: {c}.",
    "This is to {d}. Please execute: {c}. Thank you.",
    "Excuse me, one more: {c}. Thank you.",
    "Excuse me, one more: {c}. This is to {d}.",
    "I would like to {d}. The command is: {c}.",
    "Please type: {c}. Thank you very much.",
    "Let me see. Yes, please run {c}. That is all.",
    "Next, the command is: {c}. Thank you.",
    "Good. Then please execute {c}.",
    "We need to {d}. So, one more, please: {c}. Thank you.",
    "Please run {c}. The purpose is to {d}.",
    "Hmm, this one is simple. Please type: {c}.",
]

CHAOTIC_NATURAL_TEMPLATES = [
    "Ano, please execute the following command: {c}. Thank you.",
    "Eto, this is to {d}. Please execute: {c}.",
    "Ah, excuse me, one more: {c}. Thank you.",
    "Ano, I would like to {d}. The command is: {c}.",
    "Please run {c}. Ah, thank you.",
    "Eto, please type: {c}. This is to {d}.",
    "Um, the command is: {c}. That is all.",
    "Ano, next one. Please execute {c}.",
]
CHAOTIC_SPELLED_TEMPLATES = [
    "Ano, this one is difficult. I will read it character by character: {c}. Thank you.",
    "Eto, I will spell it: {c}.",
    "This is to {d}. Ah, I will spell it: {c}. Thank you.",
    "Um, I will read it character by character: {c}. That is all.",
]

CONFUSABLE_WORDS = ["install", "update", "config", "status", "list", "start", "stop", "main",
                    "test", "data", "demo", "init", "show", "remove", "build", "delete"]
EXTENSIONS = ["txt", "csv", "pdf", "log", "json", "yaml", "py", "png"]


LONG_FLAGS = ["--verbose", "--force", "--help", "--all", "--output", "--debug", "--quiet"]
FOLDERS = ["src", "docs", "data", "logs", "tmp", "projects", "build"]


def _wrong_word(words: list[str], k: int, rng: random.Random) -> str:
    """A plausible slip for command word k: a near miss, or the next word said too early."""
    word = words[k]
    if re.search(r"\d", word):
        spots = [m.start() for m in re.finditer(r"\d", word)]
        at = rng.choice(spots)
        digit = rng.choice([d for d in "0123456789" if d != word[at]])
        return word[:at] + digit + word[at + 1:]
    if word.startswith("--"):
        return rng.choice([f for f in LONG_FLAGS if f != word])
    if re.fullmatch(r"-[a-zA-Z]", word):
        return "-" + rng.choice([c for c in "vfnrsdlo" if c != word[1]])
    m = re.search(r"\.([a-z]+)$", word)
    if m and "/" not in word[m.start():] and rng.random() < 0.6:
        ext = rng.choice([e for e in EXTENSIONS if e != m.group(1)])
        return word[:m.start() + 1] + ext
    if word.startswith("~/"):
        return "/tmp/" + word[2:]
    if word.startswith("/tmp/"):
        return "~/" + word[5:]
    parts = word.split("/")
    if len(parts) > 1 and parts[0] in FOLDERS:
        return "/".join([rng.choice([f for f in FOLDERS if f != parts[0]])] + parts[1:])
    if k + 1 < len(words) and words[k + 1] != word and NATURAL_TEXT.match(words[k + 1]):
        return words[k + 1]
    return rng.choice([w for w in CONFUSABLE_WORDS if w != word])


def _render_natural_tokens(items: list[tuple[str, str]]) -> str:
    """items: ('w', word) | ('f', filler) | ('c', correction phrase)."""
    out = ""
    for kind, text in items:
        if kind == "w":
            out = text if not out else out + " " + text
        else:
            out = (out + ", " + text + ",") if out else text + ","
    return out.rstrip(",")


def _chaos_natural_body(cmd: str, rng: random.Random) -> str:
    said = _natural_said(cmd)
    words = cmd.split(" ")
    plain = [k for k, w in enumerate(words) if w not in NATURAL_OPERATORS and '"' not in w
             and "'" not in w]
    items: list[tuple[str, str]] = []
    kind = rng.random()
    if kind < 0.22 or not plain:
        # restart from the beginning
        k = rng.randint(1, max(1, len(said) - 1))
        for w in said[:k]:
            items.append(("w", w))
        if k in plain and rng.random() < 0.6:
            items.append(("w", _wrong_word(words, k, rng)))
        items.append(("c", "one more time from the beginning"))
        items.extend(("w", w) for w in said)
    elif kind < 0.45:
        # an extra word, then "please delete that"
        k = rng.randint(0, len(said))
        if k == 0:
            extra = "sudo"
        else:
            extra = rng.choice([said[k - 1], "-v", "--force", "-r"])
        for w in said[:k]:
            items.append(("w", w))
        items.append(("w", extra))
        items.append(("c", "please delete that"))
        items.extend(("w", w) for w in said[k:])
    else:
        k = rng.choice(plain)
        phrase = rng.choice(["sorry, correction", "excuse me, I mean", "sorry, correction"])
        for w in said[:k]:
            items.append(("w", w))
        items.append(("w", _wrong_word(words, k, rng)))
        items.append(("c", phrase))
        items.extend(("w", w) for w in said[k:])
    _add_fillers(items, rng, ["ano", "eto", "ah", "um"], 0.4)
    return _render_natural_tokens(items)


def _add_fillers(items: list[tuple[str, str]], rng: random.Random, fillers: list[str],
                 second: float) -> None:
    """One filler (sometimes two), never next to another filler or a correction."""
    for _ in range(1 + (rng.random() < second)):
        spots = [k for k in range(len(items) + 1)
                 if (k == 0 or items[k - 1][0] == "w") and (k == len(items) or items[k][0] == "w")]
        items.insert(rng.choice(spots), ("f", rng.choice(fillers)))


_WRONG_SYMBOL = {"period": "solidus", "solidus": "period", "slash": "period",
                 "hyphen": "low line", "low line": "hyphen", "underscore": "hyphen",
                 "colon": "semicolon", "tilde": "hyphen", "equals sign": "colon"}


def _chaos_spelled_body(cmd: str, rng: random.Random, careful: bool) -> str:
    slash, low_line = _line_names(rng)
    units = _fix_separators(spelled_units(cmd, slash, low_line, careful), rng, 0.2)
    spots = [k for k, (kind, words) in enumerate(units)
             if kind == "digit" or (kind == "sym" and words[0] in _WRONG_SYMBOL)
             or (kind == "word" and len(words[0]) > 2)]
    items: list[tuple[str, str]] = []   # ('w', words) | ('f', filler) | ('c', phrase)
    said = [" ".join(words) for _, words in units]
    kind = rng.random()
    if kind < 0.25 or not spots:
        k = rng.randint(1, max(1, len(said) - 1))
        items += [("w", s) for s in said[:k]]
        items.append(("c", "one more time from the beginning"))
        items += [("w", s) for s in said]
    elif kind < 0.45:
        k = rng.randint(1, len(said))
        items += [("w", s) for s in said[:k]]
        items.append(("w", rng.choice(["space key", "hyphen", "period", "tilde"])))
        items.append(("c", "please delete that"))
        items += [("w", s) for s in said[k:]]
    else:
        k = rng.choice(spots)
        ukind, words = units[k]
        if ukind == "digit":
            if words[0] in TENS:
                wrong = rng.choice([t for t in TENS if t != words[0]])
            else:
                wrong = rng.choice([d for d in DIGITS if d != words[0]])
        elif ukind == "sym":
            wrong = _WRONG_SYMBOL[words[0]]
        else:
            later = [u[1][0] for u in units[k + 1:] if u[0] == "word" and u[1][0] != words[0]]
            wrong = later[0] if later and rng.random() < 0.6 else \
                rng.choice([w for w in CONFUSABLE_WORDS if w != words[0]])
        items += [("w", s) for s in said[:k]]
        items.append(("w", wrong))
        items.append(("c", rng.choice(["sorry, correction", "excuse me, I mean"])))
        items += [("w", s) for s in said[k:]]
    _add_fillers(items, rng, ["ano", "eto", "ah"], 0.5)
    text = _render_natural_tokens(items)
    # Whisper puts a comma after some of his pauses at 'space key'
    return re.sub(r"space key (?=\w)", lambda m: "space key, " if rng.random() < 0.25
                  else m.group(0), text)


def render_natural(cmd: str, desc: str, rng: random.Random) -> str | None:
    if not natural_ok(cmd):
        return None
    said = " ".join(_natural_said(cmd))
    order = list(range(len(NATURAL_TEMPLATES)))
    rng.shuffle(order)
    for t in order:
        line = NATURAL_TEMPLATES[t].format(c=said, d=_purpose(desc))
        if decode(line) == cmd:
            return line
    return None


def render_chaotic(cmd: str, desc: str, rng: random.Random) -> str | None:
    for _attempt in range(6):
        if natural_ok(cmd) and rng.random() < 0.75:
            body = _chaos_natural_body(cmd, rng)
            template = rng.choice(CHAOTIC_NATURAL_TEMPLATES)
        else:
            body = _chaos_spelled_body(cmd, rng, _attempt >= 3)
            template = rng.choice(CHAOTIC_SPELLED_TEMPLATES)
        line = template.format(c=body, d=_purpose(desc))
        if decode(line) == cmd:
            return line
    return None


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

def _pool(path: Path, every: int, rest: int) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for k, line in enumerate(lines) if k % every == rest]


SKIPPED: list[tuple[str, str]] = []


def build() -> list[dict]:
    rng = random.Random(7505)
    platforms = _pool(PLATFORMS, 2, 0)
    pages = _pool(PAGES, 4, 1)
    per_tool: dict[str, int] = {}
    used: set[str] = set()
    rows: list[dict] = []

    def claim(entry: dict) -> bool:
        cmd = entry["command"]
        tool = cmd.split(" ")[0]
        if cmd in used or per_tool.get(tool, 0) >= MOST_PER_TOOL:
            return False
        return True

    def keep(entry: dict, line: str, slice_: str) -> None:
        cmd = entry["command"]
        tool = cmd.split(" ")[0]
        per_tool[tool] = per_tool.get(tool, 0) + 1
        used.add(cmd)
        rows.append({"input": line, "command": cmd, "slice": slice_, "author": AUTHOR})

    # clean, then fuzzy: every platform command first, then the pages pool
    queue = [e for e in platforms] + [e for e in pages]
    qi = 0
    for slice_, render in (("clean", render_clean), ("fuzzy", render_fuzzy)):
        count = 0
        while count < PER_SLICE:
            entry = queue[qi]
            qi += 1
            if not claim(entry):
                continue
            line = render(entry["command"], rng)
            if line is None:
                SKIPPED.append((slice_, entry["command"]))
                continue
            keep(entry, line, slice_)
            count += 1
    rest = queue[qi:]
    deferred: list[dict] = []
    count = 0
    ri = 0
    while count < PER_SLICE:
        entry = rest[ri]
        ri += 1
        if not claim(entry):
            continue
        if not natural_ok(entry["command"]):
            # Spoken naturally, the spacing around '$', '*', brackets and braces cannot be
            # heard; he dictates these in the chaotic slice instead.
            deferred.append(entry)
            per_tool[entry["command"].split(" ")[0]] = \
                per_tool.get(entry["command"].split(" ")[0], 0) + 1
            continue
        line = render_natural(entry["command"], entry["description"], rng)
        if line is None:
            SKIPPED.append(("natural", entry["command"]))
            continue
        keep(entry, line, "natural")
        count += 1
    for entry in deferred:
        per_tool[entry["command"].split(" ")[0]] -= 1
    chaos_queue = deferred + rest[ri:]
    count = 0
    ci = 0
    while count < PER_SLICE:
        entry = chaos_queue[ci]
        ci += 1
        if not claim(entry):
            continue
        line = render_chaotic(entry["command"], entry["description"], rng)
        if line is None:
            SKIPPED.append(("chaotic", entry["command"]))
            continue
        keep(entry, line, "chaotic")
        count += 1
    return rows


def main() -> None:
    rows = build()
    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == len(rows)
    for r in rows:
        assert decode(r["input"]) == r["command"], r
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")
    if "--why" in sys.argv:
        for slice_, cmd in SKIPPED:
            print(f"skipped in {slice_}: {cmd}")


if __name__ == "__main__":
    main()
