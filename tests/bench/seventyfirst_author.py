"""Independent voice-to-bash evaluation set "author71": Graham, reading commands down a bad line.

Writes assets/training/bash/author71.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev46_commands.jsonl (only lines whose 0-based line
number % 4 == 0).  Standard library only; one random.Random(7101) consumed in a fixed order, so
reruns are byte-identical.  Run: cd /work/main && python3 tests/bench/seventyfirst_author.py

STYLE GUIDE
===========

Persona
-------
Graham is a British infrastructure engineer on call.  He reads commands over a crackly mobile
line to a junior colleague who types them in, the way he learnt to read things out on the
phone: every symbol by its proper British name, digits one at a time, "nought" for zero,
"double"/"treble" for repeats, unpronounceable names spelled out letter by letter.  He frames
things like a patient senior ("Right, so, type ...", "Pop this in: ...", "Bung in ...",
"Have you got that?", "Cheers", "Lovely") and when the line breaks up or he misreads he says
"sorry, no", "I tell a lie", "or rather", "hang on, that should be A not B", "let me say
that again" or "from the top".

Vocabulary (Graham's own words; the fuzzy slice also has the second column)
--------------------------------------------------------------------------
  char  Graham says                        also heard (fuzzy, chaotic)
  -     hyphen                             dash, minus
  --    double hyphen                      (any repeat is "double X"/"treble X")
  .     full stop; point between digits    dot, point
  /     oblique                            forward slash, stroke
  ~     tilde                              twiddle, squiggle
  _     underscore                         underline
  *     asterisk                           star
  =     equals                             equals sign
  :     colon                              -
  ;     semicolon                          semi colon
  |     pipe                               vertical bar
  >     greater than                       greater than sign, close angle bracket
  <     less than                          less than sign, open angle bracket
  "     open inverted commas ...           quote ... unquote / end quote,
        close inverted commas              open speech marks ... close speech marks
  '     open single inverted commas ...    single quote ... end single quote
        close single inverted commas
  ( )   open brackets / close brackets     open bracket / close bracket
  [ ]   open / close square brackets       open / close square bracket
  { }   open / close curly brackets        open / close curly bracket
  #     hash                               hash sign
  @     at                                 at sign
  +     plus                               plus sign
  !     exclamation mark                   pling
  $     dollar                             dollar sign
  %     per cent                           percent, percent sign
  &     ampersand                          -
  ?     question mark                      -
  ^     caret                              hat
  ,     comma                              -
Case:  "capital X"       X's first letter is upper case ("capital t" = T, "capital printf" =
                         Printf); fuzzy also "upper case X".
       "all capitals X"  X is all upper case ("all capitals todo" = TODO); fuzzy also "block
                         capitals X".
       "lower case x"    x is lower case.  Graham says it before every single-letter flag so
                         the junior never types a capital ("hyphen lower case l"); fuzzy also
                         "small x".
Numbers: always digit by digit, "nought" for 0 ("one two seven point nought point nought
       point one"); a pair of equal digits is "double", three is "treble" ("one double nought"
       = 100, "one treble nought" = 1000).  Fuzzy: "zero" or "oh" for nought, "triple" for
       treble, and Whisper writing the digits ("8080", "1 double 0").
Spelling: a lower-case piece of 2-5 letters with no vowel (a e i o u y) cannot be said as a
       word, so he spells it, doubling letters too ("double s h" = ssh, "t c p" = tcp).
Repeats: "double"/"treble" before a digit, a spelled letter or a symbol repeats it
       ("double hyphen" = --, "double greater than" = >>, "double oblique" = //).
Natural-speech idioms: "X in inverted commas" (= "X"), "X in single inverted commas" (= 'X');
       "..., hyphenated" (join the words of the clause he just said with hyphens: "ssh copy id,
       hyphenated" = ssh-copy-id, "double hyphen no deps, hyphenated" = --no-deps);
       "..., all one word" (join them with nothing: "black fire, all one word" = blackfire).
No command in this set contains a word that is also one of these keywords or a digit word.

Slices
------
clean    Pure protocol.  Every character spoken, "space" exactly where the command has a
         space, symbols by Graham's name, digits one by one, case announced.  Whisper writes
         it all lower case with no punctuation.  "a p t space hyphen lower case y".
fuzzy    The same protocol, with the second column's names (one choice per symbol per line)
         and Whisper's small slips: first word capitalised, a final full stop, commas after
         some "space"s, some numbers written as digits, spelled letters written as capitals
         ("T C P"), a long name heard split in two ("tail scale").
natural  How Graham really reads it down the phone.  "space" is never said; Whisper writes
         plain words, digits, file names, paths and flags it recognises as text ("-la",
         "/etc/hosts", "main.py"); symbols he names are words ("hyphen lower case l",
         "tilde oblique backup dot py", "bob at localhost").  Short framing around it.
chaotic  Natural (or, for about a third of lines, protocol) speech with his own repairs: every
         line has at least one "sorry, no" / "I tell a lie" / "or rather" / "that should be A
         not B" / "let me say that again" / "from the top" / broken-off word, plus er/erm.

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "er", "erm", "um", "uh" are dropped wherever they are.
 2. Mode: if the word "space" occurs, the line is protocol; otherwise natural.
 3. Whisper's punctuation cuts the line into clauses at ", " "; " ": " "? " "! " ". " "... ".
    A final full stop, question mark, "!" or "..." is dropped.  After "..." (the line broke
    up) the command starts again with the next clause.
 4. Clauses that are not command text (checked only if the clause has no spoken "space"):
    - asides (ASIDES: "right", "okay", "cheers", "lovely", "hang on", "sorry", "can you hear
      me", "you're breaking up", "have you got that", ...) are ignored;
    - "no", "sorry no", "no sorry", "no no", "I tell a lie": the last command word was wrong;
      the next clause gives the right word and the rest of the command;
    - "let me say that again", "let me start again", "from the top", "I'll say that again":
      forget everything so far; the command starts again;
    - "hyphenated" / "all one word": join the words that the previous clause added, with
      hyphens / with nothing;
    - why and context: a clause starting "that's", "that'll", "this one's", "this is", "it'll",
      "which", "so that", "so you can", "if you want", "if you need", "because", "we need",
      "you'll need", "and that's", "have you got", "did you get", "can you", "are you" ...
      (WHY_RE) is ignored, unless it is a lead (next rule) while no command has started.
 5. Leads: while no command has started (line start, or after a restart), a clause may begin
    with "type", "pop in", "bung in", "stick in", "run", "enter", "key in", "pop this in",
    "it's", "the command is", "what you want is", "next one's" ... optionally after "so",
    "right so", "can you", "could you", "just", "now" (LEAD_RE); the command is the rest.
    Polite or context tails "for me", "please", "if you would", "on the jump box", "on the
    live box", "when you're ready" are cut off the end of a command clause.
 6. Repairs inside a clause: "or rather Y" at the start of a clause = "no" then Y;
    "that should be A not B" replaces the last B in the command by A.
 7. Protocol mode: punctuation is noise, letters are lower-cased, every spoken piece is
    glued to the previous one and only "space" separates words; a clause that does not end
    in "space" continues the same word in the next clause.  Digit words are digits, "oh" is 0.
    "capital" / "upper case", "all capitals" / "block capitals", "lower case" / "small" act on
    the next piece; "double" / "treble" / "triple" repeat the next digit, letter or symbol.
 8. Natural mode: whitespace separates command words except around symbol words:
    - full stop/point/dot, oblique, underscore, colon, equals, at, comma, caret, question mark
      glue to both neighbours ("main full stop py" = main.py);
    - hyphen, tilde, asterisk, hash, plus, dollar, open brackets/inverted commas start a new
      word and glue to what follows; straight after an opener or dollar they glue on, and
      after a both-sides symbol all but hyphen glue on ("docs oblique asterisk" = docs/*);
    - close brackets/inverted commas, semicolon, per cent, exclamation mark glue to the left;
    - pipe, greater than, less than, ampersand stand alone.
    A run of digit words ("one two seven", "double eight") is one number; digits Whisper
    wrote stay as written.  "capital"/"all capitals" act on the next word.
 9. Start of a command (natural): Whisper's sentence capital is undone ("Apt" -> apt), an
    all-capitals tool name of up to five letters is lower-cased ("SSH" -> ssh, Whisper writes
    acronyms that way), and known mishearings at the tool position are mapped back (SLIPS:
    "pseudo" -> sudo, "system CTL" -> systemctl, ...).

Known ambiguities: the lead, why and aside lists are closed; a clause that merely starts with
one of the why words is ignored.  The generator keeps a line only if decode() gives back its
command exactly, and discards the rendering (or the command) otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev46_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author71.jsonl"
AUTHOR = "author71"
SEED = 7101
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
TOOL_CAP = 2

# ---------------------------------------------------------------- vocabulary
DIGIT_NAMES = "nought one two three four five six seven eight nine".split()
DIGIT_WORDS = {w: str(k) for k, w in enumerate(DIGIT_NAMES)}
DIGIT_WORDS["zero"] = "0"
PROTO_DIGITS = dict(DIGIT_WORDS, oh="0")
REPEATS = {"double": 2, "treble": 3, "triple": 3}

BOTH, START, END, ALONE = "both", "start", "end", "alone"

# spoken phrase -> (character, how it glues in natural speech)
_SYMBOL_LIST: list[tuple[str, str, str]] = [
    ("hyphen", "-", START),
    ("dash", "-", START),
    ("minus", "-", START),
    ("full stop", ".", BOTH),
    ("point", ".", BOTH),
    ("dot", ".", BOTH),
    ("oblique", "/", BOTH),
    ("forward slash", "/", BOTH),
    ("stroke", "/", BOTH),
    ("tilde", "~", START),
    ("twiddle", "~", START),
    ("squiggle", "~", START),
    ("underscore", "_", BOTH),
    ("underline", "_", BOTH),
    ("asterisk", "*", START),
    ("star", "*", START),
    ("equals", "=", BOTH),
    ("equals sign", "=", BOTH),
    ("colon", ":", BOTH),
    ("semicolon", ";", END),
    ("semi colon", ";", END),
    ("pipe", "|", ALONE),
    ("vertical bar", "|", ALONE),
    ("greater than", ">", ALONE),
    ("greater than sign", ">", ALONE),
    ("close angle bracket", ">", ALONE),
    ("less than", "<", ALONE),
    ("less than sign", "<", ALONE),
    ("open angle bracket", "<", ALONE),
    ("open inverted commas", '"', START),
    ("inverted commas", '"', START),
    ("close inverted commas", '"', END),
    ("quote", '"', START),
    ("unquote", '"', END),
    ("end quote", '"', END),
    ("open speech marks", '"', START),
    ("close speech marks", '"', END),
    ("open single inverted commas", "'", START),
    ("single inverted commas", "'", START),
    ("close single inverted commas", "'", END),
    ("single quote", "'", START),
    ("end single quote", "'", END),
    ("open brackets", "(", START),
    ("open bracket", "(", START),
    ("close brackets", ")", END),
    ("close bracket", ")", END),
    ("open square brackets", "[", START),
    ("open square bracket", "[", START),
    ("close square brackets", "]", END),
    ("close square bracket", "]", END),
    ("open curly brackets", "{", START),
    ("open curly bracket", "{", START),
    ("close curly brackets", "}", END),
    ("close curly bracket", "}", END),
    ("hash", "#", START),
    ("hash sign", "#", START),
    ("at", "@", BOTH),
    ("at sign", "@", BOTH),
    ("plus", "+", START),
    ("plus sign", "+", START),
    ("exclamation mark", "!", END),
    ("pling", "!", END),
    ("dollar", "$", START),
    ("dollar sign", "$", START),
    ("per cent", "%", END),
    ("percent", "%", END),
    ("percent sign", "%", END),
    ("ampersand", "&", ALONE),
    ("question mark", "?", BOTH),
    ("caret", "^", BOTH),
    ("hat", "^", BOTH),
    ("comma", ",", BOTH),
]
SYMBOLS: dict[tuple[str, ...], tuple[str, str]] = {
    tuple(phrase.split()): (ch, cls) for phrase, ch, cls in _SYMBOL_LIST
}
CASES: dict[tuple[str, ...], str] = {
    ("capital",): "cap",
    ("upper", "case"): "cap",
    ("all", "capitals"): "caps",
    ("block", "capitals"): "caps",
    ("lower", "case"): "low",
    ("small",): "low",
}

# Graham's clean names; quotes and brackets have an opening and a closing name
CLEAN_NAME = {
    "-": "hyphen",
    ".": "full stop",
    "/": "oblique",
    "~": "tilde",
    "_": "underscore",
    "*": "asterisk",
    "=": "equals",
    ":": "colon",
    ";": "semicolon",
    "|": "pipe",
    ">": "greater than",
    "<": "less than",
    "#": "hash",
    "@": "at",
    "+": "plus",
    "!": "exclamation mark",
    "$": "dollar",
    "%": "per cent",
    "&": "ampersand",
    "?": "question mark",
    "^": "caret",
    ",": "comma",
}
CLEAN_PAIRS = {
    '"': ("open inverted commas", "close inverted commas"),
    "'": ("open single inverted commas", "close single inverted commas"),
    "(": ("open brackets", None),
    ")": (None, "close brackets"),
    "[": ("open square brackets", None),
    "]": (None, "close square brackets"),
    "{": ("open curly brackets", None),
    "}": (None, "close curly brackets"),
}
FUZZY_NAME = {
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "point", "full stop"],
    "/": ["forward slash", "stroke", "oblique"],
    "~": ["twiddle", "squiggle", "tilde"],
    "_": ["underline", "underscore"],
    "*": ["star", "asterisk"],
    "=": ["equals sign", "equals"],
    ":": ["colon"],
    ";": ["semi colon", "semicolon"],
    "|": ["vertical bar", "pipe"],
    ">": ["greater than sign", "close angle bracket", "greater than"],
    "<": ["less than sign", "open angle bracket", "less than"],
    "#": ["hash sign", "hash"],
    "@": ["at sign", "at"],
    "+": ["plus sign", "plus"],
    "!": ["pling", "exclamation mark"],
    "$": ["dollar sign", "dollar"],
    "%": ["percent", "percent sign", "per cent"],
    "&": ["ampersand"],
    "?": ["question mark"],
    "^": ["hat", "caret"],
    ",": ["comma"],
}
FUZZY_PAIRS = {
    '"': [
        ("quote", "unquote"),
        ("quote", "end quote"),
        ("open speech marks", "close speech marks"),
    ],
    "'": [("single quote", "end single quote")],
    "(": [("open bracket", "close bracket")],
    "[": [("open square bracket", "close square bracket")],
    "{": [("open curly bracket", "close curly bracket")],
}
PAIR_OF = {")": "(", "]": "[", "}": "{"}

RESERVED = set(DIGIT_WORDS) | set(PROTO_DIGITS) | set(REPEATS)
RESERVED |= {k[0] for k in SYMBOLS if len(k) == 1} | {k[0] for k in CASES if len(k) == 1}
RESERVED |= {
    "space",
    "capitals",
    "no",
    "not",
    "rather",
    "hyphenated",
    "er",
    "erm",
    "um",
    "uh",
    "sorry",
    "pseudo",
    "inverted",
    "commas",
}
VOWELS = set("aeiouy")

# Whisper's mishearings of tool names down a bad line (natural mode, tool position)
SLIPS: dict[tuple[str, ...], str] = {
    ("pseudo",): "sudo",
    ("system", "ctl"): "systemctl",
    ("pod", "man"): "podman",
    ("my", "sql", "dump"): "mysqldump",
    ("trace", "root"): "traceroute",
    ("if", "config"): "ifconfig",
    ("tcp", "dump"): "tcpdump",
    ("sha256", "sum"): "sha256sum",
    ("yaml", "lint"): "yamllint",
    ("x", "prop"): "xprop",
    ("x", "set"): "xset",
    ("x", "dotool"): "xdotool",
    ("open", "ssl"): "openssl",
    ("open", "stack"): "openstack",
    ("vim", "touch"): "vmtouch",
    ("h", "top"): "htop",
    ("nv", "top"): "nvtop",
    ("z", "pool"): "zpool",
    ("lazy", "git"): "lazygit",
    ("kube", "adm"): "kubeadm",
    ("tail", "scale"): "tailscale",
    ("hex", "edit"): "hexedit",
}
SLIP_TEXT = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "podman": "pod man",
    "mysqldump": "MySQL dump",
    "traceroute": "trace root",
    "ifconfig": "if config",
    "tcpdump": "TCP dump",
    "sha256sum": "SHA256 sum",
    "yamllint": "YAML lint",
    "xprop": "X prop",
    "xset": "X set",
    "xdotool": "X dotool",
    "openssl": "OpenSSL",
    "openstack": "OpenStack",
    "vmtouch": "vim touch",
    "htop": "H top",
    "nvtop": "NV top",
    "zpool": "Z pool",
    "lazygit": "lazy git",
    "kubeadm": "kube ADM",
    "tailscale": "Tail scale",
    "hexedit": "hex edit",
}

ASIDES = [
    "right",
    "right so",
    "okay",
    "ok",
    "okay so",
    "so",
    "cheers",
    "ta",
    "lovely",
    "brilliant",
    "great",
    "perfect",
    "good",
    "nice one",
    "yep",
    "yes",
    "hang on",
    "hold on",
    "bear with me",
    "sorry",
    "sorry about this",
    "sorry about the line",
    "this line's awful",
    "terrible line",
    "hello",
    "can you hear me",
    "can you still hear me",
    "are you still there",
    "you're breaking up",
    "you broke up there",
    "the line's going",
    "did you catch that",
    "have you got that",
    "got that",
    "got it",
    "ready",
    "are you ready",
    "go on then",
    "next one",
    "okay next one",
    "right next one",
    "where was i",
    "anyway",
    "let me see",
    "when you're ready",
    "no rush",
]
ASIDE_SET = frozenset(ASIDES)
NO_MARKERS = frozenset(
    ["no", "sorry no", "no sorry", "no no", "i tell a lie", "sorry i tell a lie"]
)
RESTART_MARKERS = frozenset(
    [
        "let me say that again",
        "let me start again",
        "sorry let me say that again",
        "from the top",
        "i'll say that again",
        "i'll start again",
        "start again",
    ]
)
WHY_RE = re.compile(
    r"^(?:that's|that is|that'll|this one's|this one is|this is|it'll|which|so that|"
    r"so you can|so we can|if you want|if you need|because|we need|you'll need|you need|"
    r"and that's|have you got|did you get|did that|can you hear|can you|are you|is that|"
    r"you should|it should)\b",
    re.IGNORECASE,
)
LEAD_RE = re.compile(
    r"^(?:(?:right|okay|ok)\s+)?(?:so\s+)?(?:(?:can|could) you\s+|just\s+|now\s+)?"
    r"(?:(?:type|pop|bung|stick|put|key)\s+this\s+in(?:\s+(?:at|on|in)\s+the\s+"
    r"(?:prompt|terminal|console))?|pop in|bung in|stick in|put in|key in|type in|type|run|"
    r"enter|it's|the command is|what you want is|next one's|the next one's|next one is)"
    r"(?:\s+|$)",
    re.IGNORECASE,
)
TAIL_RE = re.compile(
    r"\s+(?:for me please|for me|please|if you would|if you don't mind|on the jump box|"
    r"on the live box|on the build box|when you're ready)$",
    re.IGNORECASE,
)
HES_RE = re.compile(r"(?:^|(?<=\s)),?\s*\b(?:er|erm|um|uh)\b[,.]?(?=\s|$)", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")
SHOULD_RE = re.compile(r"^that should be\s+(.+?)\s+not\s+(.+)$", re.IGNORECASE)
RATHER_RE = re.compile(r"^or rather\s+", re.IGNORECASE)


# ---------------------------------------------------------------- the listener
def _lookup(low: list[str], i: int, table: dict) -> tuple[object, int]:
    for n in (4, 3, 2, 1):
        key = tuple(low[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def _apply_case(t: str, case: str | None) -> str:
    if case == "cap":
        return t[:1].upper() + t[1:]
    if case == "caps":
        return t.upper()
    if case == "low":
        return t.lower()
    return t


def proto_clause(text: str) -> tuple[list[str], bool, bool]:
    """Protocol speech -> (words, starts with a break, ends with 'space')."""
    low = re.sub(r"[,.;:!?\"]", " ", text).lower().split()
    words: list[str] = []
    cur, case, rep, i = "", None, 1, 0
    lead_break, open_ = False, False
    while i < len(low):
        t = low[i]
        if t == "space":
            if not words and not cur:
                lead_break = True
            else:
                words.append(cur)
            cur, open_, rep, i = "", True, 1, i + 1
            continue
        open_ = False
        if t in REPEATS and i + 1 < len(low):
            rep, i = REPEATS[t], i + 1
            continue
        sym, n = _lookup(low, i, SYMBOLS)
        if sym:
            cur += sym[0] * rep
            rep, i = 1, i + n
            continue
        cw, n = _lookup(low, i, CASES)
        if cw:
            case, i = cw, i + n
            continue
        if t in PROTO_DIGITS:
            piece = PROTO_DIGITS[t]
        else:
            piece = _apply_case(t, case)
        case = None
        cur += piece * rep
        rep, i = 1, i + 1
    if cur:
        words.append(cur)
    return words, lead_break, open_


def fix_start(toks: list[str]) -> list[str]:
    """Undo Whisper's sentence capital, acronym capitals and tool slips at the command start."""
    toks = list(toks)
    pos = 0
    while pos < len(toks):
        low = [t.lower() for t in toks]
        real, n = _lookup(low, pos, SLIPS)
        if real:
            toks[pos : pos + n] = [real]
        elif re.fullmatch(r"[A-Z][a-z0-9]+|[A-Z]{2,5}", toks[pos]):
            if tuple([toks[pos].lower()]) not in SYMBOLS and toks[pos].lower() not in RESERVED:
                toks[pos] = toks[pos].lower()
        if toks[pos] == "sudo":
            pos += 1
            continue
        break
    return toks


def nat_clause(text: str, start: bool) -> list[str]:
    """Natural speech -> command words (rule 8)."""
    toks = text.split()
    if start:
        toks = fix_start(toks)
    low = [t.lower() for t in toks]
    out: list[str] = []
    pend: str | None = None
    case: str | None = None
    i = 0
    while i < len(toks):
        if low[i : i + 3] == ["in", "inverted", "commas"] and out:
            out[-1] = '"' + out[-1] + '"'
            i += 3
            continue
        if low[i : i + 4] == ["in", "single", "inverted", "commas"] and out:
            out[-1] = "'" + out[-1] + "'"
            i += 4
            continue
        rep, j = 1, i
        if low[i] in REPEATS and i + 1 < len(toks):
            rep, j = REPEATS[low[i]], i + 1
        sym, n = _lookup(low, j, SYMBOLS)
        if sym:
            ch, cls = sym
            s = ch * rep
            if cls == BOTH:
                if out:
                    out[-1] += s
                else:
                    out.append(s)
                pend = BOTH
            elif cls == START:
                if out and (pend == START or (pend == BOTH and ch != "-")):
                    out[-1] += s
                else:
                    out.append(s)
                pend = START
            elif cls == END:
                if out:
                    out[-1] += s
                else:
                    out.append(s)
                pend = None
            else:
                out.append(s)
                pend = None
            i = j + n
            continue
        cw, n = _lookup(low, i, CASES)
        if cw:
            case, i = cw, i + n
            continue
        if low[j] in DIGIT_WORDS:
            t, k = "", i
            while k < len(toks):
                r, m = 1, k
                if low[k] in REPEATS and k + 1 < len(toks):
                    r, m = REPEATS[low[k]], k + 1
                if low[m] in DIGIT_WORDS:
                    t += DIGIT_WORDS[low[m]] * r
                    k = m + 1
                else:
                    break
            i = k
        else:
            t = toks[i]
            i += 1
        t = _apply_case(t, case)
        case = None
        if pend and out:
            out[-1] += t
        else:
            out.append(t)
        pend = None
    return out


def decode(line: str) -> str:
    """Graham's junior, listening carefully: transcript -> command (rules 1-9)."""
    s = " ".join(line.split())
    s = " ".join(HES_RE.sub(" ", s).split())
    s = re.sub(r"(?:\.\.\.|[.!?])+$", "", s).strip()
    proto = re.search(r"\bspace\b", s, re.IGNORECASE) is not None
    parts = SPLIT_RE.split(s)
    clauses, delims = parts[0::2], [None, *parts[1::2]]

    cmd: list[str] = []
    mode = "start"  # start | cont | replace
    open_ = True
    last_added = 0

    def words_of(text: str, at_start: bool) -> tuple[list[str], bool, bool]:
        if proto:
            return proto_clause(text)
        return nat_clause(text, at_start), True, True

    for clause, delim in zip(clauses, delims, strict=True):
        if delim == "...":
            mode = "start"
        c = clause.strip()
        if not c:
            continue
        low = c.lower()
        has_space = proto and re.search(r"\bspace\b", low) is not None
        if not has_space:
            key = " ".join(re.sub(r"[^a-z' ]", " ", low).split())
            if key in ASIDE_SET:
                continue
            if key in NO_MARKERS:
                mode = "replace"
                continue
            if key in RESTART_MARKERS:
                cmd, mode, open_ = [], "start", True
                continue
            if key in ("hyphenated", "all one word") and last_added and cmd:
                glue = "-" if key == "hyphenated" else ""
                k = min(last_added, len(cmd))
                cmd = cmd[:-k] + [glue.join(cmd[-k:])]
                last_added = 1
                continue
        m = SHOULD_RE.match(c)
        if m and cmd:
            good = words_of(m.group(1), False)[0]
            bad = words_of(TAIL_RE.sub("", m.group(2)), False)[0]
            for j in range(len(cmd) - len(bad), -1, -1):
                if bad and cmd[j : j + len(bad)] == bad:
                    cmd = cmd[:j] + good + cmd[j + len(bad) :]
                    break
            mode = "cont"
            continue
        m = RATHER_RE.match(c)
        if m:
            c, mode = c[m.end() :], "replace"
        if mode == "start" or not cmd:
            m = LEAD_RE.match(c)
            if m and (m.end() < len(c) or not c[m.end() :].strip()):
                rest = c[m.end() :].strip()
                if not rest:
                    mode = "start"
                    continue
                c = rest
            elif not has_space and WHY_RE.match(c):
                continue
        elif not has_space and WHY_RE.match(c):
            continue
        c = TAIL_RE.sub("", c).strip()
        if not c:
            continue
        words, lead_break, ends_open = words_of(c, mode == "start" or not cmd)
        if not words:
            continue
        if mode == "start" or not cmd:
            cmd = words
        elif mode == "replace":
            cmd = cmd[:-1] + words
        elif open_ or lead_break:
            cmd = cmd + words
        else:
            cmd = cmd[:-1] + [cmd[-1] + words[0]] + words[1:]
        last_added = len(words)
        open_, mode = ends_open, "cont"
    return " ".join(cmd)


# ---------------------------------------------------------------- speaking: protocol
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def runs(s: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1] = (ch, out[-1][1] + 1)
        else:
            out.append((ch, 1))
    return out


def split_run(n: int) -> list[int]:
    """How Graham groups a run of equal digits/letters: 2 double, 3 treble, 4 double double."""
    if n <= 3:
        return [n]
    if n % 2 == 0:
        return [2] * (n // 2)
    return [3] + [2] * ((n - 3) // 2)


def say_repeats(s: str, name, rep_words=("double", "treble")) -> str:
    out: list[str] = []
    for ch, n in runs(s):
        for g in split_run(n):
            word = name(ch)
            if g == 1:
                out.append(word)
            else:
                out.append(f"{rep_words[0] if g == 2 else rep_words[1]} {word}")
    return " ".join(out)


def spelled(p: str) -> bool:
    return p.isalpha() and p.islower() and 2 <= len(p) <= 5 and not (set(p) & VOWELS)


class Voice:
    """One line's choice of names (clean: Graham's own; fuzzy: the second column too)."""

    def __init__(self, rng: random.Random | None):
        self.rng = rng
        self.name = dict(CLEAN_NAME)
        self.pairs = {'"': CLEAN_PAIRS['"'], "'": CLEAN_PAIRS["'"]}
        for o, c in (("(", ")"), ("[", "]"), ("{", "}")):
            self.pairs[o] = (CLEAN_PAIRS[o][0], CLEAN_PAIRS[c][1])
        self.zero, self.cap, self.caps, self.low = "nought", "capital", "all capitals", "lower case"
        self.rep = ("double", "treble")
        self.point = "point"
        if rng is None:
            return
        for ch, alts in FUZZY_NAME.items():
            if rng.random() < 0.5:
                self.name[ch] = rng.choice(alts)
        for ch, alts in FUZZY_PAIRS.items():
            if rng.random() < 0.5:
                self.pairs[ch] = rng.choice(alts)
        self.zero = rng.choice(["nought", "nought", "zero", "oh"])
        self.cap = "capital" if rng.random() < 0.7 else "upper case"
        self.caps = "all capitals" if rng.random() < 0.6 else "block capitals"
        self.low = "lower case" if rng.random() < 0.7 else "small"
        self.rep = ("double", "treble" if rng.random() < 0.6 else "triple")
        self.point = rng.choice(["point", "point", "dot"])
        self.digits_as = rng.choice(["words", "words", "digits", "mixed"])
        self.caps_letters = rng.random() < 0.4

    def digit(self, ch: str) -> str:
        return self.zero if ch == "0" else DIGIT_NAMES[int(ch)]

    def number(self, s: str) -> str:
        if self.rng is None or self.digits_as == "words":
            return say_repeats(s, self.digit, self.rep)
        if self.digits_as == "digits":
            return s
        return say_repeats(s, lambda c: c, self.rep)

    def letters(self, p: str) -> str:
        text = say_repeats(p, lambda c: c, self.rep)
        if self.rng is not None and self.caps_letters:
            text = " ".join(t if t in self.rep else t.upper() for t in text.split())
        return text


def proto_word(word: str, v: Voice, quote_state: dict[str, int]) -> str:
    """One command word in Graham's protocol."""
    ps = pieces(word)
    out: list[str] = []
    k = 0
    while k < len(ps):
        p = ps[k]
        prev = ps[k - 1] if k else ""
        nxt = ps[k + 1] if k + 1 < len(ps) else ""
        if p in ('"', "'"):
            n = quote_state.get(p, 0)
            quote_state[p] = n + 1
            out.append(v.pairs[p][n % 2])
            k += 1
            continue
        if p in "([{":
            out.append(v.pairs[p][0])
            k += 1
            continue
        if p in ")]}":
            out.append(v.pairs[PAIR_OF[p]][1])
            k += 1
            continue
        if len(p) == 1 and not p.isalnum():
            n = 1
            while k + n < len(ps) and ps[k + n] == p:
                n += 1
            if p == "." and prev.isdigit() and nxt.isdigit() and n == 1:
                name = v.point
            else:
                name = v.name[p]
            out.append(say_repeats(p * n, lambda _c, nm=name: nm, v.rep))
            k += n
            continue
        if p.isdigit():
            out.append(v.number(p))
        elif spelled(p):
            out.append(v.letters(p))
        elif p.islower():
            if len(p) == 1 and prev == "-":
                out.append(f"{v.low} {p}")
            else:
                out.append(p)
        elif len(p) == 1:
            out.append(f"{v.cap} {p.lower()}")
        elif p.isupper():
            out.append(f"{v.caps} {p.lower()}")
        else:
            out.append(f"{v.cap} {p.lower()}")
        k += 1
    return " ".join(out)


def render_clean(cmd: str) -> str:
    v = Voice(None)
    qs: dict[str, int] = {}
    return " space ".join(proto_word(w, v, qs) for w in cmd.split(" "))


SPLIT_PARTS = """back up down load file system name host work space book mark note pad key board
data base fire wall time zone line text type script server user pass word port list check
lock sum make tool kit box mail web side car pod play store front end over flow stream cast
sync link shell home screen shot view walk out put get set tail scale cloud flare trace route
dump info stat log rotate config mount point flash drive disk part boot chain ring stack socket
bridge switch path find grep less more paste black white green snap shot shell draw light
dark mode sound audio video image photo pic graph chart merge split record send test bench
mark word press print open close lazy quick fast slow pack age build mini serve watch exec
rain bow tex fmt meta flac strip deter minism browser feed reader game scope comm develop
muse score nosey parker code claw patch eye pop red shift report bug secret hub take zip crypt
setup fake repo create sec kite runner micro mamba""".split()
SPLIT_SET = frozenset(SPLIT_PARTS)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper hears one long lower-case name as two words ("tailscale" -> "tail scale")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 6 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        for cut in range(3, len(t) - 2):
            if t[:cut] in SPLIT_SET and t[cut:] in SPLIT_SET:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    v = Voice(rng)
    qs: dict[str, int] = {}
    parts = [proto_word(w, v, qs) for w in cmd.split(" ")]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.3 else " space "
    if rng.random() < 0.45:
        text = split_compound(text, rng)
    if rng.random() < 0.65:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


# ---------------------------------------------------------------- speaking: natural
def nat_style(rng: random.Random) -> dict[str, bool]:
    """Per-line habits: which symbols Graham reads out (True) and which Whisper writes."""
    odds = {
        "flag": 0.6,
        "file.": 0.45,
        "/": 0.5,
        "~": 0.75,
        "_": 0.85,
        ":": 0.8,
        "=": 0.8,
        "@": 0.85,
        ",": 0.7,
        "num": 0.5,
        "cap": 0.6,
        "hyph": 0.45,
    }
    return {key: rng.random() < p for key, p in odds.items()}


SAY_ALWAYS = set("\"'()[]{}#+!$%&^?;|<>")
TEXT_LEAD = set("/.@=:,")


def nat_digits(s: str) -> str:
    return say_repeats(s, lambda c: DIGIT_NAMES[int(c)])


def nat_word(word: str, st: dict[str, bool], rng: random.Random, qs: dict[str, int]) -> str:
    """One command word the way Whisper writes Graham's natural reading of it."""
    if word in ("|", ">", "<", "&", ">>"):
        return say_repeats(word, lambda c: CLEAN_NAME[c])
    m = re.fullmatch(r"(['\"])([a-z][a-z0-9_.-]*)\1", word)
    if m and rng.random() < 0.6:
        inner = m.group(2)
        if m.group(1) == '"':
            return f"{inner} in inverted commas"
        return f"{inner} in single inverted commas"
    if word.isdigit():
        return nat_digits(word) if st["num"] else word
    if re.fullmatch(r"[^A-Za-z0-9]+", word):
        return say_repeats(word, lambda c: CLEAN_NAME.get(c, c))
    if word[0] in TEXT_LEAD or "://" in word or (word[0] == "~" and not st["~"]):
        return word
    ps = re.findall(r"[A-Za-z0-9]+|.", word)
    spoken = [False] * len(ps)
    lead = 0
    while lead < len(ps) and ps[lead] == "-":
        lead += 1
    if lead and lead < len(ps) and st["flag"]:
        for k in range(lead):
            spoken[k] = True
    pathish = "/" in word
    names: list[str | None] = [None] * len(ps)
    for k, p in enumerate(ps):
        if p.isalnum():
            continue
        if k < lead:
            pass
        elif p in SAY_ALWAYS:
            spoken[k] = True
        elif p == "~" and k == 0:
            spoken[k] = True
        elif p == "/" and k == 1 and ps[0] == "~":
            spoken[k] = True
        elif p == "*":
            spoken[k] = True
        elif p == ".":
            spoken[k] = (not pathish and st["file."]) or (pathish and st["/"] and st["file."])
        elif p in "/_:=@,":
            spoken[k] = st[p]
        elif p == "-":
            spoken[k] = False
        if p in ('"', "'"):
            n = qs.get(p, 0)
            qs[p] = n + 1
            names[k] = CLEAN_PAIRS[p][n % 2]
        elif p in "([{":
            names[k] = CLEAN_PAIRS[p][0]
        elif p in ")]}":
            names[k] = CLEAN_PAIRS[p][1]
        elif p == "." and k and k + 1 < len(ps) and ps[k - 1].isdigit() and ps[k + 1].isdigit():
            names[k] = "point"
        elif p in CLEAN_NAME:
            names[k] = CLEAN_NAME[p]
    toks: list[str] = []
    buf = ""
    k = 0
    while k < len(ps):
        p = ps[k]
        if spoken[k]:
            if buf:
                toks.append(buf)
                buf = ""
            n = 1
            if p in "-./":
                while k + n < len(ps) and ps[k + n] == p and spoken[k + n]:
                    n += 1
            toks.append(say_repeats(p * n, lambda _c, nm=names[k]: nm))
            k += n
            continue
        prev_spoken = k == 0 or spoken[k - 1]
        next_spoken = k + 1 >= len(ps) or spoken[k + 1]
        if p.isalnum() and prev_spoken and next_spoken and not buf:
            if p.isdigit() and st["num"]:
                toks.append(nat_digits(p))
            elif re.fullmatch(r"[A-Z]", p) and st["cap"]:
                toks.append(f"capital {p.lower()}")
            elif re.fullmatch(r"[A-Z][a-z]+", p) and st["cap"]:
                toks.append(f"capital {p.lower()}")
            elif re.fullmatch(r"[A-Z]{2,}", p) and st["cap"]:
                toks.append(f"all capitals {p.lower()}")
            elif re.fullmatch(r"[a-z]", p) and k and ps[k - 1] == "-" and rng.random() < 0.5:
                toks.append(f"lower case {p}")
            else:
                toks.append(p)
        else:
            buf += p
        k += 1
    if buf:
        toks.append(buf)
    return " ".join(toks)


HYPH_RE = re.compile(r"(-{0,2})([a-z]+(?:-[a-z]+)+)")


def nat_segments(cmd: str, rng: random.Random) -> list[str]:
    """Graham's natural reading as clauses (joined by ', ' later); may use his idioms."""
    words = cmd.split(" ")
    st = nat_style(rng)
    ti = 1 if words[0] == "sudo" and len(words) > 1 else 0
    marker_done = False
    qs: dict[str, int] = {}
    segs: list[str] = []
    cur: list[str] = []
    for k, w in enumerate(words):
        m = HYPH_RE.fullmatch(w)
        if m and not marker_done and st["hyph"]:
            if cur:
                segs.append(" ".join(cur))
                cur = []
            dashes = {"": "", "-": "hyphen ", "--": "double hyphen "}[m.group(1)]
            segs.append(dashes + " ".join(m.group(2).split("-")))
            segs.append("hyphenated")
            marker_done = True
            continue
        if k == ti and not marker_done and w.isalpha() and w.islower() and rng.random() < 0.6:
            cuts = [c for c in range(3, len(w) - 2) if w[:c] in SPLIT_SET and w[c:] in SPLIT_SET]
            if cuts:
                c = rng.choice(cuts)
                if cur:
                    segs.append(" ".join(cur))
                    cur = []
                segs.append(f"{w[:c]} {w[c:]}")
                segs.append("all one word")
                marker_done = True
                continue
        text = nat_word(w, st, rng, qs)
        if k == ti and w in SLIP_TEXT and rng.random() < 0.45:
            text = SLIP_TEXT[w]
        if k == 0 and w == "sudo" and rng.random() < 0.3:
            text = "pseudo"
        cur.append(text)
    if cur:
        segs.append(" ".join(cur))
    return segs


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    if re.match(r"[a-z]", text):
        return text[:1].upper() + text[1:]
    return text


def why_of(desc: str) -> str | None:
    d = desc.strip().rstrip(".")
    if not re.fullmatch(r"[A-Za-z0-9 '/-]+", d) or len(d) > 72 or len(d) < 8:
        return None
    if re.search(r"\b(space|no|not|sorry|rather|hyphenated)\b", d, re.IGNORECASE):
        return None
    if len(d) > 1 and d[1].isupper():
        return d
    return d[:1].lower() + d[1:]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    segs = nat_segments(cmd, rng)
    c = ", ".join(segs)
    C = sent(c)
    shapes = [
        lambda: f"Right, so, type {c}.",
        lambda: f"Right, so it's {c}.",
        lambda: f"Okay, next one. {C}.",
        lambda: f"Can you type {c} for me?",
        lambda: f"Pop this in: {C}.",
        lambda: f"Bung in {c}, cheers.",
        lambda: f"Stick this in at the prompt: {C}.",
        lambda: f"{C}. Have you got that?",
        lambda: f"What you want is {c}.",
        lambda: f"The command is {c}, have you got that?",
        lambda: f"Ready? {C}. Cheers.",
        lambda: f"Can you hear me? Right. {C}.",
        lambda: f"Go on then, type {c} on the jump box.",
        lambda: f"Lovely. Now run {c}.",
        lambda: f"Right, next one, {c}, when you're ready.",
        lambda: f"Sorry about the line. Type {c} please.",
    ]
    if why:
        shapes += [
            lambda: f"{C}. That's to {why}.",
            lambda: f"Right, this one's to {why}. {C}.",
            lambda: f"If you want to {why}, it's {c}.",
            lambda: f"Next one's {c}, that's to {why}.",
            lambda: f"{C}, and that's to {why}. Cheers.",
            lambda: f"So you can {why}, type {c}.",
        ] * 2
    return rng.choice(shapes)()


# ---------------------------------------------------------------- chaos
WRONG_WORDS = ["live", "staging", "prod", "backup", "master", "reload", "status", "old", "dev"]
WRONG_FLAGS = ["--force", "--verbose", "-v", "-r", "-f", "--all", "--quiet", "-q"]
WRONG_STEMS = ["notes", "backup", "old", "live", "config", "report"]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif re.fullmatch(r"[\w~/-]*\w\.\w+", word):
            head, _, tail = word.rpartition("/")
            stem, dot, ext = tail.partition(".")
            w = (head + "/" if head else "") + rng.choice(WRONG_STEMS) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "staging"


NO_MARK = [", sorry, no, ", ", no, sorry, ", ", I tell a lie, ", ", no no, ", ". Sorry, no, "]
RESTART_MARK = [
    ", hang on, let me say that again. ",
    ". Sorry, let me say that again: ",
    ". From the top: ",
    ", no, let me start again. ",
    ". Hang on, I'll say that again. ",
]
CUT_MARK = ["... ", "... sorry, you're breaking up. ", "... can you hear me? Right. "]


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    proto = rng.random() < 0.33
    if proto:
        v = Voice(rng if rng.random() < 0.4 else None)

        qs: dict[str, int] = {}
        rendered = [proto_word(w, v, qs) for w in words]

        def say(w: str) -> str:
            return proto_word(w, v, {})

        joiner = " space "
    else:
        st = nat_style(rng)
        st["hyph"] = False

        qs = {}
        rendered = [nat_word(w, st, rng, qs) for w in words]

        def say(w: str) -> str:
            return nat_word(w, st, rng, {})

        ti = 1 if words[0] == "sudo" and n > 1 else 0
        if words[ti] in SLIP_TEXT and rng.random() < 0.3:
            rendered[ti] = SLIP_TEXT[words[ti]]
        joiner = " "

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    kind = rng.choice(["no", "no", "rather", "should", "should", "restart", "cut", "number"])
    if n == 1:
        kind = "cut"
    i = rng.randrange(1, n) if n > 1 else 0
    if kind == "number":
        nums = [k for k, w in enumerate(words) if w.isdigit()]
        if nums:
            i = rng.choice(nums)
        kind = "no"
    wrong = mutate(words[i], words, rng)
    wrong_r = say(wrong)
    full = j(rendered)
    if not proto and n > 1 and rng.random() < 0.4:
        k = rng.randrange(1, n)
        filler = rng.choice([", er, ", " erm ", ", um, ", " er "])
        full = " ".join((j(rendered[:k]) + filler + j(rendered[k:])).split())
    if kind == "no":
        core = j(rendered[:i] + [wrong_r]) + rng.choice(NO_MARK) + j(rendered[i:])
    elif kind == "rather":
        core = j(rendered[:i] + [wrong_r]) + ", or rather " + j(rendered[i:])
    elif kind == "should":
        lead = rng.choice([", hang on, ", ". Hang on, ", ", sorry, "])
        core = (
            j(rendered[:i] + [wrong_r] + rendered[i + 1 :])
            + f"{lead}that should be {rendered[i]} not {wrong_r}"
        )
    elif kind == "restart":
        k = rng.randrange(2, n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        core = j(attempt) + rng.choice(RESTART_MARK) + sent(full)
    else:  # the line broke up mid-word
        k = rng.randrange(1, n + 1)
        last = rendered[k - 1]
        cut = last[: max(2, len(last) // 2)] if last.isalpha() else last
        mark = rng.choice(CUT_MARK)
        core = j(rendered[: k - 1] + [cut]) + mark + (sent(full) if mark != "... " else full)
    frame = rng.randrange(10)
    if frame == 0:
        line = f"Right, so, type {core}"
    elif frame == 1:
        line = f"Erm, pop this in: {sent(core)}"
    elif frame == 2:
        line = f"{sent(core)}, have you got that?"
    elif frame == 3 and why:
        line = f"Right, this one's to {why}. {sent(core)}"
    elif frame == 4:
        line = f"Okay, next one. {sent(core)}. Cheers"
    elif frame == 5 and why:
        line = f"{sent(core)}. That's to {why}"
    elif frame == 6:
        line = f"Can you hear me? Er, right. {sent(core)}"
    elif frame == 7:
        line = f"Bung in {core}, lovely"
    elif frame == 8:
        line = f"Sorry about the line. So it's {core}"
    else:
        line = f"Right, er, {core}"
    return line if line.endswith("?") else line + "."


# ---------------------------------------------------------------- candidates
def speech_ok(cmd: str) -> bool:
    for p in pieces(cmd):
        if p.isalpha() and p.lower() in RESERVED:
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
            if not re.fullmatch(r"[A-Za-z0-9 \-./~_*=:;|><\"'()\[\]{}#@+!$%&?^,]+", cmd):
                continue
            if not speech_ok(cmd):
                continue
            words = cmd.split(" ")
            out.append(
                {
                    "command": cmd,
                    "why": why_of(row.get("description", "")),
                    "tool": words[1 if words[0] == "sudo" and len(words) > 1 else 0],
                }
            )
    return out


def valid_input(text: str) -> bool:
    return text.isascii() and "\n" not in text and "\t" not in text and "  " not in text


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
            if cmd in used or tools[cand["tool"]] >= TOOL_CAP:
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
                if slice_name == "clean":
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
