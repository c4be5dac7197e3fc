"""Author 81: "Greg", a dictation-trained voice, rebuilding shell commands.

STYLE GUIDE
===========

Source and credit
-----------------
Commands come from assets/training/bash/pages_dev49_commands.jsonl, which was drawn from
tldr-pages (https://github.com/tldr-pages/tldr, CC BY 4.0, (c) the tldr-pages contributors).
Only pool lines whose 0-based line number % 4 == 2 are used, at most two commands share a
first word, and lines that cannot sensibly be dictated are skipped (non-ASCII text, more
than 70 characters, unbalanced quotes or parentheses).  The command text is kept exactly as
in the pool, placeholders and oddities included.  Each slice uses its own 100 commands.

Persona
-------
Greg is a paralegal from Dayton, Ohio who moved into development in his forties.  He
learned computers on Dragon NaturallySpeaking at a law firm, dictating pleadings all day,
and he still talks to every machine in Dragon's command vocabulary.  Nothing is "said"
unless he says it: words are separated by default, and whenever two pieces must touch he
says "no space".  He is polite, a little formal from years of court filings ("for the
record", "strike that"), says "ope" when he trips, and closes with Dragon's
"press enter" out of habit.

The strict protocol (what the clean slice is)
---------------------------------------------
Whisper's text is split on blanks into spoken words; every word below is lower case.

Separator
  * Every spoken piece (a word, a spelled letter, a number, a symbol) is separated from the
    previous piece by ONE space, unless told otherwise.
  * "no space" - the next piece is glued to the previous one (no space between them).
  * "no space on" ... "no space off" - inside this stretch every piece is glued to the one
    before it.  The first piece after "no space on" is still separated normally from what
    came before; it is the pieces after it that glue.  After "no space off" the default
    (one space) comes back.
  * "spacebar" - types exactly one literal space, and no automatic space is added before
    or after it.  Greg uses it inside a "no space on" stretch, for the blanks inside a
    quoted argument.
  Greg's own habit: one piece is just said; two glued pieces get "A no space B"; three or
  more glued pieces are wrapped in "no space on ... no space off".  A quoted argument
  with blanks in it (for instance "hello world") is one "no space on" stretch with
  "spacebar" for each inner blank.

Symbols (each is one piece)
  -  hyphen            _  underscore          .  dot              /  slash
  \\  backslash         ~  tilde               :  colon            ;  semicolon
  ,  comma             (  open paren          )  close paren      [  open bracket
  ]  close bracket     {  open brace          }  close brace      <  less than sign
  >  greater than sign |  vertical bar        &  ampersand        *  asterisk
  @  at sign           #  pound sign          $  dollar sign      %  percent sign
  ^  caret             =  equals sign         +  plus sign        !  exclamation mark
  ?  question mark     `  back quote
  "  open quote (the one that opens a quoted stretch) / close quote (the one that closes)
  '  open single quote / close single quote; "apostrophe" for a ' inside double quotes.
  "--" is simply "hyphen hyphen".

Casing
  * Everything is lower case unless a casing command comes first.
  * "cap X" - the next word (or letter) starts with a capital: "cap box" -> Box.
  * "all caps X" - the next word (or letter) is all upper case: "all caps head" -> HEAD.
  * "all caps on" ... "all caps off" - every word or letter in between is upper case.
    Greg uses it for an upper-case run he says in several pieces ("all caps on u u i d
    all caps off" -> UUID, "all caps on c name all caps off" -> CNAME), except that two
    upper-case letters alone are "cap a cap s".
  * A capitalised run said in pieces takes "cap" on its first piece only: Pnm is
    "cap p n m", glued.
  * A mixed-case name is broken where its case changes: VBoxManage is
    "cap v cap box cap manage", glued; getArch is "get cap arch", glued.

Numbers
  * "numeral" followed by digit words, one word per digit: zero one two three four five six
    seven eight nine.  All digit words right after "numeral" form one number:
    "numeral eight zero eight zero" -> 8080.  A new "numeral" starts a new number.
  * Version numbers and addresses are numbers and dots: "numeral one dot numeral two".

Letters, words and "literal"
  * A run of letters that is an English or everyday tech word, or reads like one (sudo,
    cargo, bonsai, nginx), is said as a word and Whisper writes it as that word.
  * A run that does not read as a word is spelled letter by letter, each letter written
    by Whisper as the single letter: "ls" -> "l no space s".  Long tool names are said
    in pieces, words where they are words and letters elsewhere, glued:
    pgmtoppm -> "no space on p g m to p p m no space off".
  * Any single letter or word stands for itself; a spelled letter and a one-letter word are
    the same thing.
  * "literal X" - X is typed as the plain word, never as a command.  Greg says "literal"
    before any word that is also the first word of one of his commands: no, cap, all,
    numeral, literal, spacebar, on, off, open, close, hyphen, underscore, dot, slash,
    backslash, tilde, colon, semicolon, comma, less, greater, vertical, ampersand,
    asterisk, at, pound, dollar, percent, caret, equals, plus, exclamation, question,
    back, apostrophe and the digit words zero..nine.  "--no-pass" is
    "no space on hyphen hyphen literal no hyphen pass no space off".
  * Order inside one piece: casing command, then "literal", then the word
    ("cap literal open" -> Open).

Listener rules (what decode() implements)
  Read words left to right; at each point try, in this order: "no space on", "no space
  off", "no space", "all caps on", "all caps off", "all caps", "cap", "spacebar",
  "numeral" + digit words, "literal" + one word, the longest symbol name, and otherwise
  the word itself.  Apply the pending casing to word pieces, and join pieces with one
  space unless glued.

Slices
------
clean    The strict protocol above, lower case, no punctuation, nothing but the command.
         decode(input) == command for every clean line (asserted below).
fuzzy    The same protocol as Whisper writes it with its slips: sentence capitals and
         punctuation ("No space on, hyphen hyphen verify, no space off."), numbers as digits
         ("numeral 8080"), joined or split words ("nospace", "space bar", "back slash",
         "PGM" for "p g m"), homophones ("see" for c, "are" for r, "Colin" for colon,
         "carrot" for caret, "tilda"), Whisper's idea of proper nouns ("JSON", "GitHub"),
         and now and then a symbol by a variant name (dash, minus, period, point, pipe,
         star, hash sign, left paren, end quote ...; "capital" for "cap").  Capitals that
         Whisper adds mean nothing; only "cap"/"capital"/"all caps" do.
natural  Greg talking when he is not being careful, as Whisper writes it.  He frames the
         request ("Okay, so run ...", "Can you type ...", "For the record, the command
         is ..."), drops in fillers (um, uh, ope, let's see) and usually signs off with
         "press enter" or "that's it".  Numbers come out as digits (now and then still
         "numeral 5" out of habit).  Symbols are named
         loosely: a flag's leading "-" is "dash" ("dash dash" / "double dash" for --), but
         a hyphen inside a name is still "hyphen" (Dragon glues hyphens; Greg trusts
         that), "|" is "pipe", ">" "greater than"/"redirect into", quotes are
         "quote ... end quote".  Pieces of one argument still glue: symbols glue to their
         neighbours, two word-pieces that touch get his old "no space", and a name said in
         pieces ends with "all one word".  When an argument ends or begins with a symbol
         he says "space bar" between the two arguments so they do not run together, and
         a dash standing alone is "a dash by itself".  Case is spoken: "capital H",
         "cap box", "all caps HEAD"; Whisper's own capitals (spelled letters come out as
         "PGM") mean nothing.
chaotic  Natural, plus the mess of real dictation: a long preamble from his day, a
         correction ("no wait, scratch that", "strike that", "sorry, I mean") that
         replaces the argument just said, a restart ("let me start over"), asides
         (the dog, the snowplow, how Dragon did it better) and a word said twice.
         Whatever was corrected or restarted is thrown away; a careful listener can still
         rebuild the command.

Run:  cd /work/main && python3 tests/bench/eightyfirst_author.py
Output: assets/training/bash/author81.jsonl (400 lines; 100 per slice, clean, fuzzy,
natural, chaotic).  One random.Random(8108) is consumed in a fixed order, so reruns are
byte-identical.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev49_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author81.jsonl"
AUTHOR = "author81"
PER_SLICE = 100
MAX_LEN = 70
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# The protocol's vocabulary
# ---------------------------------------------------------------------------

SYMBOLS = {
    "-": "hyphen",
    "_": "underscore",
    ".": "dot",
    "/": "slash",
    "\\": "backslash",
    "~": "tilde",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "<": "less than sign",
    ">": "greater than sign",
    "|": "vertical bar",
    "&": "ampersand",
    "*": "asterisk",
    "@": "at sign",
    "#": "pound sign",
    "$": "dollar sign",
    "%": "percent sign",
    "^": "caret",
    "=": "equals sign",
    "+": "plus sign",
    "!": "exclamation mark",
    "?": "question mark",
    "`": "back quote",
}
QUOTE_NAMES = {
    "open quote": '"',
    "close quote": '"',
    "open single quote": "'",
    "close single quote": "'",
    "apostrophe": "'",
}
PHRASES: dict[tuple[str, ...], str] = {tuple(v.split()): k for k, v in SYMBOLS.items()}
PHRASES.update({tuple(k.split()): v for k, v in QUOTE_NAMES.items()})
MAX_PHRASE = max(len(p) for p in PHRASES)

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGIT_WORDS)}

CONTROL_FIRST = ["no", "cap", "all", "numeral", "literal", "spacebar", "on", "off"]
KEYWORD_FIRST = set(CONTROL_FIRST) | {p[0] for p in PHRASES} | set(DIGIT_WORDS)

# Words Greg says whole (anything else that reads like a word is said whole as well).
VOCAB = set(
    """
a add admin age alias all alpha analyse api app apply arch archive arg args as at attr
audit auth auto back backup bar base bash batch bin bit block boot box brew browse build
bundle burn cache cal can cap cargo cat cell chat check chrome clean cli client code collect
color commit compile complete config conf connect console container control convert copy
core count cover create crypt cup curl dash data date debug def delete demo dep desk dev
diff dir disk doc docs domain done dot down draw drop dump edit editor end entry env event
exe exec export extract fetch file files filter find fix flash flow font fonts foo for
force form format free fuzz gen get git go grace group grub guard gui hash head help hist
history home host hub icon id image img import in info init input inspect install ip item
jar job join json key keygen keys kill kit lab label launch less lib lift line link lint
list live load local lock log login logs look man manage map mark master match media menu
merge meta mind mini mode model mount move name net new next node note notes off on one
open opt out output pack package page pager pass patch path pick pin pipe play plug point
pool port post power pretty print pro probe profile project proxy pub pull push py query
queue quick raw read record regex remote remove rename repo report reset restore result
rich role root run rust safe save scan scope screen script search secret seed select self
send serve server service session set setup share shell show sign size slack slot snap sort
source space spec split sql stack start stat stats status stop store stream strip style
sub sum switch sync system tab table tag task term test text tidy time to todo token tool
top trace track tree trust type unit up update upgrade user users util value verify view
viewer vim volume wait wall watch web who win word work write yank zip sudo nginx mysql
docker python yaml make better analyzer nvidia discord fig ground
back up no do in of is it if ok my me we be by so an or hi con tiff encode decode
""".split()
)

ONSETS = set(
    "bl br ch cl cr dr fl fr gl gr kl kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh "
    "wr qu str spr scr spl thr shr sch".split()
)
CODAS = set(
    "ck ct ft ld lf lk lm lp lt mp nd ng nk nt pt rb rd rf rg rk rl rm rn rp rt sk sp st th "
    "sh ch ks ps ts ds ns ms ls rs gs bs ws ll ss ff zz tt nx wn wl gh ph rld nch rch tch "
    "ght nth rth lth mpt xt rst rts nts nds lds sks cks sts rds rks rms rns ngs nks pts cts "
    "lts mps rls wns lls nc mn sm lm ngth pth fth xth".split()
)
VOWELS = "aeiouy"


def coda_ok(cluster: str) -> bool:
    if len(cluster) == 1 or cluster in CODAS:
        return True
    return len(cluster) <= 4 and cluster.endswith("s") and cluster[:-1] in CODAS


def onset_ok(cluster: str) -> bool:
    return len(cluster) == 1 or cluster in ONSETS


def reads_as_word(w: str) -> bool:
    """A crude pronounceability test: does this letter run read like an English word?"""
    if len(w) < 3 or not w.isalpha():
        return False
    if "q" in w and "qu" not in w:
        return False
    # y before a vowel is a consonant (layout, yes); elsewhere it is a vowel (dync, my).
    shape = re.sub(r"y(?=[aeiou])", "Y", w)
    parts = re.findall(r"[aeiouy]+|[^aeiouy]+", shape)
    if not any(p[0] in VOWELS for p in parts):
        return False
    for idx, part in enumerate(parts):
        if part[0] in VOWELS:
            if len(part) > 2 and part not in ("eau", "iou", "you"):
                return False
        elif idx == 0:
            if not onset_ok(part):
                return False
        elif idx == len(parts) - 1:
            if not coda_ok(part):
                return False
        elif not any(
            (cut == 0 or coda_ok(part[:cut])) and (cut == len(part) or onset_ok(part[cut:]))
            for cut in range(len(part) + 1)
        ):
            return False
    return True


def segment(run: str) -> list[str]:
    """How Greg says a lower-case letter run: whole words, pieces, or spelled letters."""
    if run in VOCAB or reads_as_word(run) or len(run) == 1:
        return [run]
    n = len(run)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(1, n + 1):
        for j in range(i):
            if best[j] is None:
                continue
            piece = run[j:i]
            if i - j == 1:
                cost = 1.0
            elif piece in VOCAB:
                cost = 0.8
            elif reads_as_word(piece) and len(piece) >= 4:
                cost = 3.0
            else:
                continue
            base = best[j]
            assert base is not None
            cand = (base[0] + cost, base[1] + [piece])
            cur = best[i]
            if cur is None or cand[0] < cur[0] - 1e-9:
                best[i] = cand
    final = best[n]
    assert final is not None
    return final[1]


# ---------------------------------------------------------------------------
# Command -> chunks -> tokens
# ---------------------------------------------------------------------------


def split_chunks(cmd: str) -> list[str] | None:
    """Split on blanks outside quotes; None when quotes do not balance."""
    chunks: list[str] = []
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
            if cur:
                chunks.append(cur)
            cur = ""
        else:
            cur += ch
    if quote:
        return None
    if cur:
        chunks.append(cur)
    if " ".join(chunks) != cmd:
        return None
    return chunks


CASE_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def tokenize(chunk: str) -> list[tuple]:
    """Tokens: ("seg", case, pieces) ("num", digits) ("sym", ch, name) ("sp",)."""
    toks: list[tuple] = []
    i = 0
    dq = False  # inside "..."
    sq = False  # inside '...'
    nested = False  # a " opened inside '...'
    while i < len(chunk):
        ch = chunk[i]
        if ch.isalpha():
            j = i
            while j < len(chunk) and chunk[j].isalpha():
                j += 1
            for seg in CASE_SPLIT.findall(chunk[i:j]):
                if seg.islower():
                    case = ""
                elif seg.isupper():
                    case = "upper" if len(seg) > 1 else "cap"
                else:
                    case = "cap"
                toks.append(("seg", case, segment(seg.lower())))
            i = j
            continue
        if ch.isdigit():
            j = i
            while j < len(chunk) and chunk[j].isdigit():
                j += 1
            toks.append(("num", chunk[i:j]))
            i = j
            continue
        if ch == " ":
            toks.append(("sp",))
        elif ch == '"':
            if sq:
                name = "close quote" if nested else "open quote"
                nested = not nested
            else:
                name = "close quote" if dq else "open quote"
                dq = not dq
            toks.append(("sym", ch, name))
        elif ch == "'":
            if dq:
                name = "apostrophe"
            else:
                name = "close single quote" if sq else "open single quote"
                sq = not sq
            toks.append(("sym", ch, name))
        elif ch in SYMBOLS:
            toks.append(("sym", ch, SYMBOLS[ch]))
        else:
            raise ValueError(f"no spoken name for {ch!r}")
        i += 1
    return toks


def word_atom(piece: str) -> list[str]:
    return (["literal"] if piece in KEYWORD_FIRST else []) + [piece]


def token_atoms(tok: tuple) -> list[tuple[str, list[str]]]:
    """Atoms: ("out", words) produce one piece of text; ("ctl", words) only change state."""
    kind = tok[0]
    if kind == "num":
        return [("out", ["numeral"] + [DIGIT_WORDS[int(d)] for d in tok[1]])]
    if kind == "sym":
        return [("out", tok[2].split())]
    if kind == "sp":
        return [("out", ["spacebar"])]
    _, case, pieces = tok
    atoms = [("out", word_atom(p)) for p in pieces]
    if case == "cap":
        atoms[0] = ("out", ["cap"] + atoms[0][1])
    elif case == "upper":
        if len(pieces) == 1:
            atoms[0] = ("out", ["all", "caps"] + atoms[0][1])
        elif len(pieces) == 2 and all(len(p) == 1 for p in pieces):
            atoms = [("out", ["cap"] + a[1]) for a in atoms]
        else:
            atoms = [("ctl", ["all", "caps", "on"])] + atoms + [("ctl", ["all", "caps", "off"])]
    return atoms


def chunk_plan(chunk: str) -> list[tuple[str, list[str]]]:
    """The atoms of one blank-separated argument, with Greg's gluing commands added."""
    atoms: list[tuple[str, list[str]]] = []
    for tok in tokenize(chunk):
        atoms.extend(token_atoms(tok))
    outs = [k for k, a in enumerate(atoms) if a[0] == "out"]
    if len(outs) == 2:
        atoms.insert(outs[1], ("glue", ["no", "space"]))
    elif len(outs) >= 3:
        atoms = [("run", ["no", "space", "on"])] + atoms + [("run", ["no", "space", "off"])]
    return atoms


def encode_clean(cmd: str) -> str:
    chunks = split_chunks(cmd)
    assert chunks is not None
    words: list[str] = []
    for chunk in chunks:
        for _, ws in chunk_plan(chunk):
            words.extend(ws)
    return " ".join(words)


# ---------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------


def decode(text: str) -> str:
    """Rebuild a command from a clean-slice line, following the style guide."""
    words = text.split()
    out: list[str] = []
    state = {"started": False, "glue": False, "nospace": False, "run_first": False}
    case_next = ""
    allcaps = False

    def put(s: str) -> None:
        glued = state["glue"] or (state["nospace"] and not state["run_first"])
        if state["started"] and not glued:
            out.append(" ")
        out.append(s)
        state["started"] = True
        state["glue"] = False
        state["run_first"] = False

    def cased(w: str) -> str:
        if allcaps or case_next == "upper":
            return w.upper()
        if case_next == "cap":
            return w[:1].upper() + w[1:]
        return w

    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        three = words[i : i + 3]
        two = words[i : i + 2]
        if three == ["no", "space", "on"]:
            state["nospace"] = True
            state["run_first"] = True
            i += 3
        elif three == ["no", "space", "off"]:
            state["nospace"] = False
            i += 3
        elif two == ["no", "space"]:
            state["glue"] = True
            i += 2
        elif three == ["all", "caps", "on"]:
            allcaps = True
            i += 3
        elif three == ["all", "caps", "off"]:
            allcaps = False
            i += 3
        elif two == ["all", "caps"]:
            case_next = "upper"
            i += 2
        elif w == "cap":
            case_next = "cap"
            i += 1
        elif w == "spacebar":
            out.append(" ")
            state["started"] = True
            state["glue"] = True
            i += 1
        elif w == "numeral":
            j = i + 1
            digits = ""
            while j < n and words[j] in DIGIT_OF:
                digits += DIGIT_OF[words[j]]
                j += 1
            put(digits)
            i = j
        elif w == "literal" and i + 1 < n:
            put(cased(words[i + 1]))
            case_next = ""
            i += 2
        else:
            for size in range(MAX_PHRASE, 0, -1):
                key = tuple(words[i : i + size])
                if len(key) == size and key in PHRASES:
                    put(PHRASES[key])
                    i += size
                    break
            else:
                put(cased(w))
                case_next = ""
                i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Fuzzy: the protocol as Whisper writes it
# ---------------------------------------------------------------------------

SYMBOL_VARIANTS = {
    "hyphen": ["dash", "minus", "hyphen"],
    "dot": ["period", "point"],
    "slash": ["forward slash"],
    "vertical bar": ["pipe", "vertical line"],
    "pound sign": ["number sign", "hash sign"],
    "asterisk": ["star", "asterix"],
    "exclamation mark": ["exclamation point"],
    "open paren": ["left paren", "open parenthesis"],
    "close paren": ["right paren", "close parenthesis"],
    "open quote": ["begin quote", "quote"],
    "close quote": ["end quote", "unquote"],
    "open single quote": ["single quote"],
    "close single quote": ["end single quote"],
    "equals sign": ["equal sign", "equals"],
    "at sign": ["at symbol", "at-sign"],
    "greater than sign": ["greater-than sign", "greater than"],
    "less than sign": ["less-than sign", "less than"],
    "underscore": ["under score", "underline"],
    "tilde": ["tilda", "Tilde"],
    "backslash": ["back slash"],
    "open brace": ["open curly brace", "left brace"],
    "close brace": ["close curly brace", "right brace"],
    "open bracket": ["left bracket", "open square bracket"],
    "close bracket": ["right bracket", "close square bracket"],
    "colon": ["Colin", "colon"],
    "caret": ["carrot"],
    "plus sign": ["plus"],
    "dollar sign": ["dollar"],
    "percent sign": ["percent"],
    "ampersand": ["and sign"],
    "semicolon": ["semi colon", "semi-colon"],
    "comma": ["coma"],
    "apostrophe": ["apostrophe"],
    "question mark": ["question mark"],
    "back quote": ["backquote", "back tick"],
}
LETTER_HOMOPHONES = {
    "b": "bee", "c": "see", "d": "dee", "g": "gee", "i": "eye", "j": "jay", "k": "kay",
    "o": "oh", "p": "pee", "q": "queue", "r": "are", "t": "tea", "u": "you", "x": "ex",
    "y": "why", "l": "el", "m": "em", "n": "en", "s": "es", "f": "ef", "z": "zee",
    "v": "vee", "e": "E", "a": "A", "h": "aitch", "w": "double you",
}
WORD_HOMOPHONES = {
    "to": "too", "write": "right", "right": "write", "new": "knew", "cache": "cash",
    "sync": "sink", "site": "sight", "role": "roll", "roll": "role", "byte": "bite",
    "tail": "tale", "mail": "male", "sum": "some", "root": "route", "read": "red",
    "main": "Maine", "key": "key", "seed": "cede", "peek": "peak", "plain": "plane",
    "hole": "whole", "flour": "flower", "week": "weak", "one": "won", "for": "four",
}
WHISPER_PROPER = {
    "json": "JSON", "yaml": "YAML", "github": "GitHub", "docker": "Docker", "ubuntu": "Ubuntu",
    "python": "Python", "postgres": "Postgres", "nginx": "Nginx", "alice": "Alice",
    "bob": "Bob", "alpine": "Alpine", "kubernetes": "Kubernetes", "microsoft": "Microsoft",
    "firefox": "Firefox", "linux": "Linux", "html": "HTML", "api": "API", "macos": "macOS",
    "sudo": "Sudo", "cargo": "Cargo", "flask": "Flask", "lodash": "Lodash", "redis": "Redis",
}


def fuzzy_atom(kind: str, words: list[str], rng: random.Random) -> str:
    """Whisper's rendering of one atom of the protocol."""
    if kind == "glue":
        return rng.choice(["no space", "no space", "no space", "nospace", "no-space", "No space"])
    if kind == "run":
        if words[-1] == "on":
            return rng.choice(["no space on", "no space on", "no-space on", "nospace on"])
        return rng.choice(["no space off", "no space off", "no-space off", "nospace off"])
    if kind == "ctl":
        head = rng.choice(["all caps", "all caps", "all-caps", "all cap"])
        return f"{head} {words[-1]}"
    if words[0] == "numeral":
        digits = "".join(DIGIT_OF[w] for w in words[1:])
        r = rng.random()
        if r < 0.55:
            return f"numeral {digits}"
        if r < 0.7:
            return "numeral " + " ".join(digits)
        if r < 0.8:
            return f"Numeral {digits}"
        return " ".join(words)
    if words == ["spacebar"]:
        return rng.choice(["space bar", "spacebar", "Space bar"])
    phrase = " ".join(words)
    if phrase in SYMBOL_VARIANTS:
        if rng.random() < 0.22:
            return rng.choice(SYMBOL_VARIANTS[phrase])
        if phrase == "backslash" and rng.random() < 0.5:
            return "back slash"
        if phrase == "underscore" and rng.random() < 0.2:
            return "under score"
        return phrase
    # A word piece, possibly with cap / all caps / literal in front of it.
    out: list[str] = []
    k = 0
    if words[:2] == ["all", "caps"]:
        out.append(rng.choice(["all caps", "all caps", "all-caps", "allcaps"]))
        k = 2
    elif words[0] == "cap":
        out.append(rng.choice(["cap", "cap", "cap", "Cap", "capital"]))
        k = 1
    if words[k] == "literal":
        out.append(rng.choice(["literal", "literal", "literal", "Literal"]))
        k += 1
    word = words[k]
    r = rng.random()
    if len(word) == 1 and r < 0.3:
        word = LETTER_HOMOPHONES[word]
    elif len(word) == 1 and r < 0.5:
        word = word.upper()
    elif word in WORD_HOMOPHONES and r < 0.35:
        word = WORD_HOMOPHONES[word]
    elif word in WHISPER_PROPER and r < 0.7:
        word = WHISPER_PROPER[word]
    elif len(word) >= 7 and r < 0.25:
        for cut in range(3, len(word) - 2):
            if word[:cut] in VOCAB and len(word[:cut]) >= 3:
                word = word[:cut] + " " + word[cut:]
                break
    out.append(word)
    return " ".join(out)


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    chunks = split_chunks(cmd)
    assert chunks is not None
    pieces: list[str] = []  # rendered chunks
    for chunk in chunks:
        atoms = chunk_plan(chunk)
        parts: list[str] = []
        k = 0
        while k < len(atoms):
            kind, words = atoms[k]
            # Whisper hears "p g m" as one acronym now and then.
            if kind == "out" and len(words) == 1 and len(words[0]) == 1:
                j = k
                while j < len(atoms) and atoms[j][0] == "out" and len(atoms[j][1]) == 1 \
                        and len(atoms[j][1][0]) == 1:
                    j += 1
                if j - k >= 2 and rng.random() < 0.35:
                    letters = "".join(a[1][0] for a in atoms[k:j])
                    parts.append(rng.choice([letters.upper(), letters]))
                    k = j
                    continue
            text = fuzzy_atom(kind, words, rng)
            if kind == "run" and words[-1] == "on" and rng.random() < 0.35:
                text += ","
            if kind == "glue" and rng.random() < 0.2:
                text = ", " + text + ","
                if parts:
                    parts[-1] += ","
                    text = text[2:]
            parts.append(text)
            k += 1
        pieces.append(" ".join(parts))
    text = ""
    for idx, piece in enumerate(pieces):
        if idx == 0:
            text = piece
            continue
        r = rng.random()
        if r < 0.12:
            text += ", " + piece
        elif r < 0.2 and not text.endswith(","):
            text += ". " + piece[:1].upper() + piece[1:]
        else:
            text += " " + piece
    text = text.replace(",,", ",")
    if rng.random() < 0.85:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.7 and not text.endswith((".", ",")):
        text += "."
    return text


# ---------------------------------------------------------------------------
# Natural and chaotic: Greg off the clock
# ---------------------------------------------------------------------------

NAT_SYMBOL = {
    ".": ["dot"],
    "/": ["slash"],
    "~": ["tilde"],
    "_": ["underscore"],
    ":": ["colon"],
    ";": ["semicolon"],
    ",": ["comma"],
    "=": ["equals", "equals", "equal sign"],
    "+": ["plus"],
    "*": ["star", "asterisk"],
    "@": ["at", "at sign"],
    "#": ["hash", "pound"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent"],
    "^": ["caret"],
    "&": ["ampersand"],
    "|": ["pipe"],
    ">": ["greater than"],
    "<": ["less than"],
    "!": ["exclamation point", "bang"],
    "?": ["question mark"],
    "(": ["open paren", "left paren"],
    ")": ["close paren", "right paren"],
    "[": ["open bracket", "left square bracket"],
    "]": ["close bracket", "right square bracket"],
    "{": ["open curly", "left curly brace"],
    "}": ["close curly", "right curly brace"],
    "\\": ["backslash"],
    "`": ["backtick"],
}
ALONE = {
    "-": ["a dash by itself,", "just a dash, by itself,", "dash, on its own,"],
    "--": ["double dash by itself,", "dash dash, on its own,"],
    "|": ["pipe", "pipe that into", "pipe it to"],
    ">": ["greater than", "redirect into", "greater than sign"],
    "<": ["less than", "redirect from", "less than sign"],
    "&&": ["and and", "double ampersand"],
    "<<<": ["three less-than signs", "triple less than"],
    ":::": ["three colons", "triple colon"],
    "!": ["exclamation point", "bang"],
    "+": ["plus by itself", "a plus sign"],
    ";": ["semicolon"],
}
GLUE_WORDS = ["no space", "no space", "no space", "no-space"]


def nat_letters(letters: str, rng: random.Random) -> str:
    if len(letters) == 1:
        return rng.choice([letters, letters, letters.upper()])
    return rng.choice([letters.upper(), letters.upper(), " ".join(letters.upper()),
                       "-".join(letters.upper())])


def nat_seg(case: str, pieces: list[str], rng: random.Random) -> list[str]:
    """Whisper's words for one case-segment when Greg is talking loosely."""
    items: list[str] = []
    k = 0
    while k < len(pieces):
        if len(pieces[k]) == 1:
            j = k
            while j < len(pieces) and len(pieces[j]) == 1:
                j += 1
            items.append(nat_letters("".join(pieces[k:j]), rng))
            k = j
        else:
            word = pieces[k]
            if word in WHISPER_PROPER and rng.random() < 0.5:
                word = WHISPER_PROPER[word]
            items.append(word)
            k += 1
    if case == "cap":
        if len(pieces[0]) == 1 and len(pieces) > 1 and len(pieces[1]) == 1:
            # "Pnm": only the first letter is a capital, so it is said on its own.
            rest = items[0].replace(" ", "").replace("-", "")[1:].lower()
            items[0:1] = [pieces[0].upper(), rest]
        items[0] = rng.choice(["capital", "cap", "capital", "uppercase"]) + " " + items[0]
    elif case == "upper":
        word = "".join(items).replace(" ", "").replace("-", "").upper()
        return [rng.choice([f"all caps {word}", f"{word} in all caps", f"all caps {word}"])]
    return items


def merge_dotted_numbers(toks: list[tuple]) -> list[tuple]:
    """1 . 2 . 3 -> one Whisper token 1.2.3 (as Whisper writes versions and addresses)."""
    out: list[tuple] = []
    for tok in toks:
        if tok[0] == "num" and len(out) >= 2 and out[-1][0] == "sym" and out[-1][1] == "." \
                and out[-2][0] in ("num", "numdot"):
            prev = out[-2]
            out[-2:] = [("numdot", prev[1] + "." + tok[1])]
        else:
            out.append(tok)
    return out


def nat_chunk(chunk: str, rng: random.Random) -> tuple[str, str, str]:
    """Loose rendering of one argument; returns (text, first kind, last kind)."""
    raw = tokenize(chunk)
    if chunk in ALONE:
        return rng.choice(ALONE[chunk]), "alone", "alone"
    toks = merge_dotted_numbers(raw)
    parts: list[str] = []
    prev = ""
    quoted = False
    k = 0
    seg_count = sum(1 for t in toks if t[0] == "seg")
    while k < len(toks):
        tok = toks[k]
        kind = tok[0]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if kind == "seg":
            items = nat_seg(tok[1], tok[2], rng)
            if prev in ("word", "num"):
                parts.append(rng.choice(GLUE_WORDS))
            if len(items) > 1:
                if seg_count == 1 and len(toks) == 1:
                    parts.append(" ".join(items) + rng.choice([", all one word,",
                                                               ", one word,", ", all one word,"]))
                else:
                    glue = f" {rng.choice(GLUE_WORDS)} "
                    parts.append(glue.join(items))
            else:
                parts.append(items[0])
            prev = "word"
        elif kind in ("num", "numdot"):
            if prev in ("word", "num"):
                parts.append(rng.choice(GLUE_WORDS))
            digits = tok[1]
            parts.append(f"numeral {digits}" if rng.random() < 0.12 else digits)
            prev = "num"
        elif kind == "sp":
            neighbours = (prev in ("word", "num"), nxt is not None and nxt[0] != "sym")
            if not all(neighbours):
                parts.append("space")
            prev = "sp"
        else:
            ch, name = tok[1], tok[2]
            if ch == "-":
                if k == 0 and nxt is not None and nxt[0] == "sym" and nxt[1] == "-":
                    parts.append(rng.choice(["dash dash", "dash dash", "double dash"]))
                    k += 2
                    prev = "sym"
                    continue
                if k == 0 or prev in ("sym", "sp"):
                    parts.append(rng.choice(["dash", "dash", "dash", "minus"]))
                else:
                    parts.append("hyphen")
            elif ch == '"':
                if name == "open quote":
                    parts.append(rng.choice(["quote", "open quote", "quote"]))
                    quoted = True
                else:
                    parts.append(rng.choice(["end quote", "close quote", "unquote"]))
                    quoted = False
            elif ch == "'":
                if name == "open single quote":
                    parts.append(rng.choice(["single quote", "open single quote"]))
                elif name == "close single quote":
                    parts.append(rng.choice(["end single quote", "close single quote"]))
                else:
                    parts.append("apostrophe")
            elif ch == "." and quoted and (nxt is None or nxt[0] != "seg"):
                parts.append("period")
            elif ch in "\"'":
                parts.append(name)
            else:
                parts.append(rng.choice(NAT_SYMBOL[ch]))
            prev = "sym"
        k += 1
    first = "sym" if toks[0][0] == "sym" else "word"
    last = "sym" if toks[-1][0] == "sym" else "word"
    if first == "sym" and toks[0][1] in "-\"'":
        first = "flag"
    if last == "sym" and toks[-1][1] in "\"')]}":
        last = "word"
    return " ".join(parts), first, last


def nat_chunks(cmd: str, rng: random.Random) -> list[tuple[str, str]]:
    """Every argument rendered loosely, as (lead, text): the lead is Greg's "space bar"
    where two arguments would otherwise run together."""
    chunks = split_chunks(cmd)
    assert chunks is not None
    rendered = [nat_chunk(c, rng) for c in chunks]
    out: list[tuple[str, str]] = []
    for idx, (text, first, _last) in enumerate(rendered):
        lead = ""
        if idx > 0:
            prev_last = rendered[idx - 1][2]
            if (prev_last == "sym" and first != "alone") or first == "sym":
                lead = rng.choice(["space bar, ", "space, ", "space bar "])
        out.append((lead, text))
    return out


FRAMES = [
    "Okay, so run",
    "Can you type",
    "Alright, next one is",
    "Let's do",
    "I need",
    "Go ahead and put in",
    "Type this for me:",
    "For the record, the command is",
    "Okay, let's run",
    "Could you enter",
    "Next command:",
    "Okay, so I want",
    "Please type",
    "Run this one:",
]
FILLERS = ["um", "uh", "ope", "let's see", "uh", "um"]
SIGNOFFS = [
    "Press enter.",
    "And press enter.",
    "That's it.",
    "Thanks.",
    "Go ahead and hit enter.",
    "That's all, thank you.",
    "Press enter, please.",
]
PREAMBLES = [
    "Okay, so I'm still getting the hang of this new setup, my old firm had Dragon on "
    "every desk and I could dictate a whole brief without touching the keyboard, anyway,",
    "Alright, this is for the ticket I've been chasing since lunch, and I just need this "
    "typed exactly, so, here we go,",
    "Okay, for the record, and bear with me because the furnace guy is here,",
    "So my lead asked me to try this before the standup, and I'd rather not type it, so,",
    "Okay, let the record reflect that I tried this twice already, third time's the charm,",
    "Alright, coffee's hot, dog's out, snow's coming down sideways here in Dayton, "
    "let's get this done,",
    "Okay, I'm reading this off my notes from the training session, so go slow with me,",
]
ASIDES = [
    "hang on, the dog wants out",
    "sorry, Dragon used to handle this so much better",
    "don't mind the snowplow outside",
    "bear with me",
    "my old supervising attorney would laugh at me right now",
    "hold on, my coffee",
    "ope, sorry, somebody's at the door",
]
CORRECTIONS = [
    "no wait, scratch that,",
    "strike that,",
    "sorry, no, I mean",
    "ope, scratch that,",
    "no no, correction,",
    "wait, that's wrong, it's",
]
RESTARTS = [
    "Hmm, no, let me start over.",
    "Scratch all that, I'm starting over.",
    "Okay, strike everything, from the top.",
]
SWAP_WORDS = ["data", "main", "demo", "test", "docs", "src", "foo", "alpha", "logs",
              "build", "config", "backup", "notes", "report", "server"]


def slip_spots(toks: list[tuple]) -> list[int]:
    """Tokens Greg could plausibly get wrong: a number or a whole lower-case word."""
    return [k for k, t in enumerate(toks) if t[0] == "num"
            or (t[0] == "seg" and t[1] == "" and len(t[2]) == 1 and len(t[2][0]) >= 3)]


def wrong_chunk(chunk: str, rng: random.Random) -> str | None:
    """A plausible slip for one argument (a different word or number), or None."""
    toks = tokenize(chunk)
    spots = slip_spots(toks)
    if not spots:
        return None
    k = rng.choice(spots)
    tok = toks[k]
    if tok[0] == "num":
        digits = tok[1]
        last = (int(digits[-1]) + rng.randint(1, 8)) % 10
        new = digits[:-1] + str(last)
        toks[k] = ("num", new)
    else:
        options = [w for w in SWAP_WORDS if w != tok[2][0]]
        toks[k] = ("seg", "", [rng.choice(options)])
    text = ""
    for t in toks:
        if t[0] == "num":
            text += t[1]
        elif t[0] == "seg":
            seg = "".join(t[2])
            text += seg.upper() if t[1] == "upper" else (seg.capitalize() if t[1] else seg)
        elif t[0] == "sp":
            text += " "
        else:
            text += t[1]
    return text if text != chunk else None


def join_natural(parts: list[str], rng: random.Random, filler_p: float) -> str:
    out = ""
    for idx, part in enumerate(parts):
        if idx == 0:
            out = part
            continue
        r = rng.random()
        if r < filler_p:
            out = out.rstrip(",") + f", {rng.choice(FILLERS)}, " + part
        elif r < filler_p + 0.15 or out.endswith(","):
            out += (" " if out.endswith(",") else ", ") + part
        else:
            out += " " + part
    return out


def lower_first(text: str) -> str:
    """A frame that continues a sentence ("I" stays a capital)."""
    if text.startswith("I "):
        return text
    return text[:1].lower() + text[1:]


def render_natural(cmd: str, rng: random.Random) -> str:
    parts = [lead + text for lead, text in nat_chunks(cmd, rng)]
    body = join_natural(parts, rng, 0.12)
    frame = rng.choice(FRAMES)
    text = f"{frame} {body}"
    if rng.random() < 0.2:
        opener = rng.choice(["Um", "Uh", "Ope"] if frame.startswith("Okay") else
                            ["Um", "Uh", "Okay", "Ope"])
        text = f"{opener}, {lower_first(text)}"
    text = text.rstrip(",") + "."
    if rng.random() < 0.7:
        text += " " + rng.choice(SIGNOFFS)
    return text


def render_chaotic(cmd: str, rng: random.Random) -> str:
    chunks = split_chunks(cmd)
    assert chunks is not None
    said = nat_chunks(cmd, rng)
    leads = [lead for lead, _ in said]
    texts = [text for _, text in said]
    # A correction: say an argument wrong, take it back, say it right.
    fixable = [k for k, c in enumerate(chunks) if slip_spots(tokenize(c))]
    if fixable and rng.random() < 0.8:
        k = rng.choice(fixable)
        bad = wrong_chunk(chunks[k], rng)
        if bad is not None:
            bad_text = nat_chunk(bad, rng)[0].rstrip(",")
            texts[k] = f"{bad_text}, {rng.choice(CORRECTIONS)} {texts[k]}"
    # A word said twice: the first word of an argument of two words or more, stuttered.
    if rng.random() < 0.6:
        k = rng.randrange(len(texts))
        words = texts[k].split(" ")
        first = words[0].rstrip(",")
        if len(words) > 1 and first.isalpha():
            texts[k] = f"{first}... {texts[k]}"
    parts = [lead + text for lead, text in zip(leads, texts, strict=True)]
    # An aside between two arguments.
    if len(parts) > 1 and rng.random() < 0.55:
        k = rng.randrange(1, len(parts))
        parts[k - 1] = parts[k - 1].rstrip(",") + ","
        parts[k] = f"{rng.choice(ASIDES)}, okay, {parts[k]}"
    body = join_natural(parts, rng, 0.18)
    frame = rng.choice(FRAMES)
    pre = rng.choice(PREAMBLES)
    text = f"{pre} {lower_first(frame)} {body}"
    # A restart: the first arguments, abandoned, then the whole thing again.
    if len(parts) > 1 and rng.random() < 0.3:
        m = rng.randrange(1, len(parts))
        false_start = " ".join(lead + t for lead, t in nat_chunks(" ".join(chunks[:m]), rng))
        text = (f"{pre} {lower_first(frame)} {false_start.rstrip(',')}... "
                f"{rng.choice(RESTARTS)} {rng.choice(FRAMES)} {body}")
    text = text.rstrip(",") + "."
    if rng.random() < 0.8:
        text += " " + rng.choice(SIGNOFFS)
    return text


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------


def balanced(cmd: str) -> bool:
    depth = 0
    for ch in cmd:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def load_candidates() -> tuple[list[str], list[tuple[str, str]]]:
    cands: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    with POOL.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh):
            if lineno % 4 != 2:
                continue
            cmd = json.loads(line)["command"]
            if cmd in seen:
                continue
            seen.add(cmd)
            if not cmd.isascii() or not cmd.isprintable():
                skipped.append((cmd, "non-ASCII or control characters"))
            elif len(cmd) > MAX_LEN:
                skipped.append((cmd, f"longer than {MAX_LEN} characters"))
            elif split_chunks(cmd) is None or not balanced(cmd):
                skipped.append((cmd, "unbalanced quotes or parentheses"))
            else:
                cands.append(cmd)
    return cands, skipped


def main() -> None:
    rng = random.Random(8108)
    cands, skipped = load_candidates()
    rng.shuffle(cands)
    per_first: dict[str, int] = {}
    dropped: list[tuple[str, str]] = []
    rows: list[dict[str, str]] = []
    renderers = {"natural": render_natural, "chaotic": render_chaotic}
    pos = 0
    for slice_name in SLICES:
        taken = 0
        while taken < PER_SLICE:
            cmd = cands[pos]
            pos += 1
            first = cmd.split()[0]
            if per_first.get(first, 0) >= 2:
                continue
            try:
                clean = encode_clean(cmd)
            except ValueError as exc:
                dropped.append((cmd, str(exc)))
                continue
            if decode(clean) != cmd:
                dropped.append((cmd, "decode(clean) differs"))
                continue
            per_first[first] = per_first.get(first, 0) + 1
            if slice_name == "clean":
                text = clean
                assert re.fullmatch(r"[a-z ]+", text), text
                assert decode(text) == cmd, (text, cmd)
            elif slice_name == "fuzzy":
                text = render_fuzzy(cmd, rng)
            else:
                text = renderers[slice_name](cmd, rng)
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            taken += 1
    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == len(rows)
    for row in rows:
        if row["slice"] == "clean":
            assert decode(row["input"]) == row["command"]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")
    print(f"skipped {len(skipped)} pool lines (unsayable), dropped {len(dropped)}")
    for cmd, why in dropped:
        print(f"  dropped: {cmd!r}: {why}")


if __name__ == "__main__":
    main()
