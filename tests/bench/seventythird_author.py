"""Independent voice-to-bash evaluation set "author73": Karthik, pairing from Bengaluru.

Writes assets/training/bash/author73.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0, by the tldr-pages contributors), via assets/training/bash/pages_dev46_commands.jsonl
(only lines whose 0-based number % 4 == 2).  Standard library only; one random.Random(7303)
consumed in a fixed order, so reruns are byte-identical.
Run: cd /work/main && python3 tests/bench/seventythird_author.py

STYLE GUIDE
===========

Persona
-------
Karthik is a backend developer in Bengaluru on a video call, pairing with a colleague who has
the terminal; he dictates and she types.  He speaks Indian English: careful symbol names
("hyphen", "forward slash", "pipe symbol", "greater than symbol", "equal to", "at the rate"),
numbers read like a phone number ("double zero", "triple eight", "eight zero eight zero"),
"capital" / "small" for letters, quoted text as "within double quotes ... close quotes".
Framing is friendly and a bit teacherly: "basically you have to type X", "just do one thing,
type X", "X only", "X, na?", "see, X, that's it", "the command is X", "type X and press enter",
"to <why>, just type X", "X.  This is to <why>."  The call is noisy: "can you hear me",
"you're on mute", "my net is slow", "haan", "achha".  When he slips he says "sorry sorry",
"no no", "not that", "it's A, not B", or gives up on the attempt with "leave it, I'll tell
you again" and dictates the whole thing afresh.

Vocabulary (Karthik's own words)
--------------------------------
  -   hyphen                 --  double hyphen        .  dot            /  forward slash
  _   underscore             ~   tilde                *  star           =  equal to
  :   colon                  |   pipe symbol          >  greater than symbol
  >>  double greater than symbol                      <  less than symbol
  @   at the rate            ,   comma                +  plus
  "x" within double quotes x close quotes       'x'  within single quotes x close quotes
  capital W    the next word (or letter) starts with an upper-case letter ("capital s" = S,
               "capital python" = Python)
  all caps W   the next word is all upper case ("all caps home" = HOME)
  small w      the next letter is lower case (he says it to contrast with a capital; "hyphen
               small r" = -r)
Numbers: digit by digit like a phone number, with "double D" = DD and "triple D" = DDD
("double two" = 22, "eight zero eight zero" = 8080, "one triple zero" = 1000,
"zero point triple zero" = 0.000).  In looser speech he also says plain numbers ("ten",
"forty two"), round ones ("five hundred", "two thousand") and, being from Bengaluru,
"ten lakh" = 1000000 (lakh = five zeros).
Fuzzy synonyms (his looser moments and Whisper's spellings): minus (-), hyphen hyphen /
minus minus / double minus (--), point (.), slash / front slash (/), under score (_),
tilda / tilde symbol (~), asterisk / star symbol (*), equals / is equal to (=), pipe (|),
greater than / greater than sign (>), less than (<), at the rate of (@), in double quotes /
open double quotes and close double quotes, full caps (= all caps), capital letter (=
capital), and digits written as digits ("double 0", "8080").
No command in this set contains a word piece that is a one-word keyword (hyphen, dot, star,
capital, small, ...), a number word (or double, triple, hundred, thousand, lakh), or one of his
control words (space, sorry, no, not, na, only, itself, yaar, ...), so such a word is always a
keyword; the longer names ("at the rate", "close quotes", "greater than symbol") count only
when said in full.

Slices
------
clean    Pure protocol.  Every character is spoken, "space" exactly where the command has a
         space, symbols by name, numbers as digit words with double/triple, case announced.
         Whisper writes it all lower case with no punctuation: "git space stash space pop".
fuzzy    The same protocol with his synonyms and Whisper's slips: first word capitalised, a
         final full stop, commas where he paused after "space", some numbers as digits or as
         plain numbers, a long name heard as two words ("code spell"; in protocol every
         spoken piece is glued to the next, so the split is harmless).
natural  How he really says it.  No "space"; Whisper writes plain words, digits, file names
         ("data.csv"), written flags ("-la", "--force"), hyphenated names, absolute paths,
         URLs and dot-files as text; symbols he names are words ("double hyphen force",
         "api underscore key", "tilde forward slash notes.txt", "pipe symbol").  Framing
         around the command (leads, "only", "na", why-clauses, call chatter).
chaotic  Natural (about a third: protocol) speech with his own corrections: every line has at
         least one "sorry sorry" / "no no" / "not that", "it's A, not B", "leave it, I'll tell
         you again", a cut-off restart ("git sta... git stash pop") or a second lead
         ("basically you have to type ..., just type ...").

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Fillers "um", "uh", "hmm", "aa" are dropped wherever they are.
 2. Mode: if the word "space" occurs anywhere, the line is protocol; otherwise natural.
 3. Whisper's punctuation cuts the line into clauses at ", " "; " ": " "? " "! " ". " and
    "... ".  Trailing full stops, question marks and "..." are dropped.  (No command in this
    set contains one of those punctuation marks followed by a blank.)
 4. Clauses that are not command text (checked only when the clause has no spoken "space"):
    - call chatter and fillers (ASIDES: "can you hear me", "you're on mute", "one sec",
      "haan", "achha", "okay", "see", "na", "that's it", "just do one thing", ...) -> ignored;
    - leads at the start of a clause (LEAD_RE: "basically you have to type", "just type",
      "you have to run", "so type", "the command is", "what you do is", "type", "run", ...)
      -> the command (re)starts right after them; a second lead means he started over.  A
      lead is stripped even when the clause has a spoken "space", but in protocol mode a
      bare "type" / "run" / "write" / "enter" is command text ("run zero space ..." = run0);
      there he frames with more words ("just type", "so type", "you have to type");
    - why and context (CONTEXT_RE: a clause starting with "this is", "this will", "it will",
      "that will", "so that", "because", "for", "to", "if", "then", "and then", "after
      that", "we need to", "we have to", "you want to", ...) -> ignored.
    At the end of a command clause (no comma) the tails "only", "na", "itself", "yaar",
    "and press enter", "and hit enter", "in the terminal", "in your terminal" are cut off.
 5. Corrections and restarts (his markers):
    - a clause "sorry sorry" / "sorry" / "no no" / "no no no" / "not that" / "not that one"
      / "sorry not that": the last command word was wrong; the next clause is the right word
      followed by the rest of the command.
    - a clause "it's A" (or "it is A") followed by a clause "not B" (or one clause "it's A
      not B"): the last B in the command so far is replaced by A.
    - a clause "I'll tell you again" / "I will tell you again" / "let me tell you again" /
      "leave it" / "leave that" / "once again": everything before is forgotten; the command
      starts again.
    - "X... X'": an ellipsis followed by more speech means he cut himself off; X' restarts
      the command.
 6. Protocol mode: Whisper's punctuation is noise, letters are lower-cased, every spoken piece
    is glued to the previous one, and only "space" separates command words.  Symbol names
    (the table above, longest match first), quote openers and "close quotes" (which closes
    whichever quote is open), case words, and number runs are read as above.
 7. Natural mode: whitespace separates command words, except around symbol words:
    dot, forward slash, underscore, colon, equal to, at the rate, comma glue to both
    neighbours ("main dot py" = main.py); hyphen, double hyphen, tilde, star, plus and a quote
    opener start a new word and glue to what follows ("hyphen la" = -la, "tilde forward slash
    logs" = ~/logs); "close quotes" glues onto the word before; pipe symbol, greater than
    symbol, double greater than symbol and less than symbol stand alone.  A hyphen inside a
    written word stays ("add-apt-repository").  Number runs become digits ("double two" = 22,
    "10 lakh" = 1000000, "double 0" = 00).
 8. Start of a command (natural): the tool word is written in lower case (Whisper's sentence
    capital and acronyms like "AWS", "FFmpeg" are undone; no tool in this set has capitals),
    and at the tool position Whisper's known splits are joined back (SLIPS: "pseudo" -> sudo,
    "system CTL" -> systemctl, "pod man" -> podman, "PG dump" -> pg_dump, ...).  After
    "sudo" the next word is the tool.

Known ambiguities: the aside, lead and context lists are closed; a clause that merely begins
with "to"/"for"/"if" is treated as a why.  The generator therefore keeps a candidate line
only if decode() gives back its command, and discards it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev46_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author73.jsonl"
AUTHOR = "author73"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
SEED = 7303

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
MULT = {"hundred": "00", "thousand": "000", "lakh": "00000"}
REPEAT = {"double": 2, "triple": 3}
NUM_START = set(UNITS) | set(TEENS) | set(TENS)

OPEN_DQ, OPEN_SQ, CLOSE_Q = "<dq>", "<sq>", "<close>"

SYMBOLS: dict[tuple[str, ...], str] = {
    ("double", "greater", "than", "symbol"): ">>",
    ("double", "greater", "than"): ">>",
    ("greater", "than", "symbol"): ">",
    ("greater", "than", "sign"): ">",
    ("greater", "than"): ">",
    ("less", "than", "symbol"): "<",
    ("less", "than"): "<",
    ("double", "hyphen"): "--",
    ("hyphen", "hyphen"): "--",
    ("minus", "minus"): "--",
    ("double", "minus"): "--",
    ("hyphen",): "-",
    ("minus",): "-",
    ("forward", "slash"): "/",
    ("front", "slash"): "/",
    ("slash",): "/",
    ("dot",): ".",
    ("point",): ".",
    ("underscore",): "_",
    ("under", "score"): "_",
    ("pipe", "symbol"): "|",
    ("pipe",): "|",
    ("tilde", "symbol"): "~",
    ("tilde",): "~",
    ("tilda",): "~",
    ("star", "symbol"): "*",
    ("star",): "*",
    ("asterisk",): "*",
    ("is", "equal", "to"): "=",
    ("equal", "to"): "=",
    ("equals",): "=",
    ("colon",): ":",
    ("at", "the", "rate", "of"): "@",
    ("at", "the", "rate"): "@",
    ("comma",): ",",
    ("plus",): "+",
    ("within", "double", "quotes"): OPEN_DQ,
    ("in", "double", "quotes"): OPEN_DQ,
    ("open", "double", "quotes"): OPEN_DQ,
    ("within", "single", "quotes"): OPEN_SQ,
    ("in", "single", "quotes"): OPEN_SQ,
    ("close", "double", "quotes"): CLOSE_Q,
    ("close", "single", "quotes"): CLOSE_Q,
    ("close", "quotes"): CLOSE_Q,
    ("close", "quote"): CLOSE_Q,
}
CASE_WORDS = {
    ("all", "caps"): "caps",
    ("full", "caps"): "caps",
    ("capital", "letter"): "cap",
    ("capital",): "cap",
    ("small",): "small",
}
# clean names (clause-free protocol) and the fuzzy slice's alternatives
CLEAN_NAME = {
    "-": "hyphen",
    "--": "double hyphen",
    ".": "dot",
    "/": "forward slash",
    "_": "underscore",
    "~": "tilde",
    "*": "star",
    "=": "equal to",
    ":": "colon",
    "|": "pipe symbol",
    ">": "greater than symbol",
    ">>": "double greater than symbol",
    "<": "less than symbol",
    "@": "at the rate",
    ",": "comma",
    "+": "plus",
    '"': "within double quotes",
    "'": "within single quotes",
    "close": "close quotes",
    "cap": "capital",
    "caps": "all caps",
}
FUZZY_NAME = {
    "-": ["hyphen", "minus"],
    "--": ["double hyphen", "minus minus", "hyphen hyphen", "double minus"],
    ".": ["dot", "point"],
    "/": ["forward slash", "slash", "front slash"],
    "_": ["underscore", "under score"],
    "~": ["tilde", "tilda", "tilde symbol"],
    "*": ["star", "asterisk", "star symbol"],
    "=": ["equal to", "equals", "is equal to"],
    ":": ["colon"],
    "|": ["pipe symbol", "pipe"],
    ">": ["greater than symbol", "greater than", "greater than sign"],
    ">>": ["double greater than symbol", "double greater than"],
    "<": ["less than symbol", "less than"],
    "@": ["at the rate", "at the rate of"],
    ",": ["comma"],
    "+": ["plus"],
    '"': ["within double quotes", "in double quotes", "open double quotes"],
    "'": ["within single quotes", "in single quotes"],
    "close": ["close quotes", "close double quotes"],
    "cap": ["capital", "capital", "capital letter"],
    "caps": ["all caps", "full caps"],
}
GLUE_BOTH = set("./_:=@,")
GLUE_RIGHT = {"-", "--", "~", "*", "+", '"', "'"}
STANDALONE = {"|", ">", ">>", "<"}

# words that trigger something on their own, so no command word piece may be one of them
RESERVED = NUM_START | set(MULT) | set(REPEAT)
RESERVED |= {"hyphen", "minus", "slash", "dot", "point", "underscore", "pipe", "tilde", "tilda"}
RESERVED |= {"star", "asterisk", "equals", "colon", "comma", "plus", "capital", "caps", "small"}
RESERVED |= {"space", "sorry", "no", "not", "na", "only", "itself", "yaar", "um", "uh", "hmm"}
RESERVED |= {"aa", "pseudo", "lakh", "quotes", "quote", "haan", "achha"}

# Whisper's splits of tool names at the tool position (decoder side) ...
SLIPS = {
    ("pseudo",): "sudo",
    ("system", "ctl"): "systemctl",
    ("system", "control"): "systemctl",
    ("machine", "ctl"): "machinectl",
    ("mako", "ctl"): "makoctl",
    ("hyper", "ctl"): "hyprctl",
    ("z", "ram", "ctl"): "zramctl",
    ("core", "dump", "ctl"): "coredumpctl",
    ("portable", "ctl"): "portablectl",
    ("pkg", "ctl"): "pkgctl",
    ("do", "ctl"): "doctl",
    ("pod", "man"): "podman",
    ("mongo", "dump"): "mongodump",
    ("pg", "dump"): "pg_dump",
    ("pg", "restore"): "pg_restore",
    ("pg", "base", "backup"): "pg_basebackup",
    ("flat", "pack"): "flatpak",
    ("mini", "cube"): "minikube",
    ("web", "pack"): "webpack",
    ("tail", "scale"): "tailscale",
    ("rust", "up"): "rustup",
    ("py", "env"): "pyenv",
    ("ps", "tree"): "pstree",
    ("nm", "cli"): "nmcli",
    ("s", "trace"): "strace",
    ("l", "trace"): "ltrace",
    ("ls", "blk"): "lsblk",
    ("ls", "logins"): "lslogins",
    ("ssh", "keygen"): "ssh-keygen",
    ("speed", "test", "cli"): "speedtest-cli",
    ("code", "spell"): "codespell",
    ("git", "leaks"): "gitleaks",
    ("sql", "fluff"): "sqlfluff",
    ("lol", "cat"): "lolcat",
    ("open", "stack"): "openstack",
    ("g", "cloud"): "gcloud",
    ("live", "server"): "live-server",
    ("virt", "manager"): "virt-manager",
    ("gnu", "plot"): "gnuplot",
    ("sys", "bench"): "sysbench",
    ("uuid", "gen"): "uuidgen",
    ("truffle", "hog"): "trufflehog",
    ("thunder", "bird"): "thunderbird",
    ("wez", "term"): "wezterm",
    ("elastic", "search", "keystore"): "elasticsearch-keystore",
    ("clam", "scan"): "clamscan",
    ("sha512", "sum"): "sha512sum",
    ("b3", "sum"): "b3sum",
    ("tar", "snap", "keygen"): "tarsnap-keygen",
    ("my", "sql", "check"): "mysqlcheck",
    ("glances",): "glances",
}
# ... and how Whisper writes them (generator side)
SLIP_TEXT = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "machinectl": "machine CTL",
    "makoctl": "Mako CTL",
    "hyprctl": "Hyper CTL",
    "zramctl": "Z RAM CTL",
    "coredumpctl": "core dump CTL",
    "portablectl": "portable CTL",
    "pkgctl": "PKG CTL",
    "doctl": "DO CTL",
    "podman": "pod man",
    "mongodump": "Mongo dump",
    "pg_dump": "PG dump",
    "pg_restore": "PG restore",
    "pg_basebackup": "PG base backup",
    "flatpak": "flat pack",
    "minikube": "mini cube",
    "webpack": "web pack",
    "tailscale": "tail scale",
    "rustup": "rust up",
    "pyenv": "Py env",
    "pstree": "PS tree",
    "nmcli": "NM CLI",
    "strace": "S trace",
    "ltrace": "L trace",
    "lsblk": "LS BLK",
    "lslogins": "LS logins",
    "ssh-keygen": "SSH keygen",
    "speedtest-cli": "speed test CLI",
    "codespell": "code spell",
    "gitleaks": "Git leaks",
    "sqlfluff": "SQL fluff",
    "lolcat": "lol cat",
    "openstack": "Open Stack",
    "gcloud": "G cloud",
    "live-server": "live server",
    "virt-manager": "virt manager",
    "gnuplot": "GNU plot",
    "sysbench": "sys bench",
    "uuidgen": "UUID gen",
    "trufflehog": "truffle hog",
    "thunderbird": "Thunder bird",
    "wezterm": "Wez term",
    "elasticsearch-keystore": "Elastic search keystore",
    "clamscan": "Clam scan",
    "sha512sum": "SHA512 sum",
    "b3sum": "B3 sum",
    "tarsnap-keygen": "tar snap keygen",
    "mysqlcheck": "My SQL check",
    # single-token acronyms and brand spellings: undone by rule 8's lower-casing
    "aws": "AWS",
    "az": "AZ",
    "gh": "GH",
    "jj": "JJ",
    "uv": "UV",
    "qm": "QM",
    "pct": "PCT",
    "svn": "SVN",
    "adb": "ADB",
    "dnf": "DNF",
    "hg": "HG",
    "ip": "IP",
    "ng": "NG",
    "pio": "PIO",
    "nvm": "NVM",
    "xxd": "XXD",
    "ffmpeg": "FFmpeg",
    "openssl": "OpenSSL",
    "sqlite3": "SQLite3",
    "iperf3": "iPerf3",
    "pm2": "PM2",
    "cdk": "CDK",
    "dvc": "DVC",
    "java": "Java",
    "conda": "Conda",
    "cargo": "Cargo",
}

ASIDES = {
    "can you hear me",
    "hello can you hear me",
    "am i audible",
    "are you able to hear me",
    "you're on mute",
    "you are on mute",
    "sorry my net is slow",
    "my net is slow",
    "my internet is slow",
    "one sec",
    "one second",
    "just a sec",
    "one minute",
    "wait",
    "wait wait",
    "hold on",
    "okay",
    "ok",
    "okay okay",
    "achha",
    "haan",
    "haan haan",
    "ya",
    "yeah",
    "yes",
    "right",
    "see",
    "listen",
    "correct",
    "done",
    "got it",
    "are you getting",
    "are you getting it",
    "fine",
    "tell me",
    "just do one thing",
    "do one thing",
    "it's very simple",
    "very simple",
    "simple",
    "no problem",
    "that's it",
    "that's all",
    "hello",
    "are you there",
    "let me check",
    "let me see",
    "can you see my screen",
    "are you able to see my screen",
    "na",
    "yaar",
    "boss",
    "thank you",
    "thanks",
}
FIX_MARKERS = {
    "sorry sorry",
    "sorry",
    "no no",
    "no no no",
    "not that",
    "not that one",
    "sorry not that",
}
RESTART_MARKERS = {
    "i'll tell you again",
    "i will tell you again",
    "let me tell you again",
    "leave it",
    "leave that",
    "once again",
}
LEAD_RE = re.compile(
    r"^(?:(?:so|okay|ok|now|and|first|just|simply|basically|please)\s+)*"
    r"(?:(?:(?:so\s+)?what you (?:have to )?do is)|(?:the )?command is|"
    r"(?:(?:you (?:have|need) to|you can|can you|you just)\s+)?(?:type|run|write|enter))\b[:,]?\s*",
    re.IGNORECASE,
)
BARE_LEADS = {"type", "run", "write", "enter"}
CONTEXT_RE = re.compile(
    r"^(?:this is|this will|that will|it will|it'll|so that|because|for|to|if|then|and then|"
    r"after that|otherwise|which will|we need to|we have to|we want to|you want to|"
    r"if you want to)\b",
    re.IGNORECASE,
)
SUFFIX_RE = re.compile(
    r"\s+(?:only|na|itself|yaar|and press enter|and hit enter|in the terminal|"
    r"in your terminal)$",
    re.IGNORECASE,
)
ITS_RE = re.compile(r"^(?:it's|it is)\s+(.+?)(?:\s+not\s+(.+))?$", re.IGNORECASE)
NOT_RE = re.compile(r"^not\s+(.+)$", re.IGNORECASE)
HES_RE = re.compile(r",?\s*\b(?:um+|uh+|hmm+|aa)\b[,.]?", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")


# ---------------------------------------------------------------- the listener
def _lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (4, 3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def _is_repeat(toks: list[str], i: int) -> bool:
    if toks[i].lower() not in REPEAT or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].lower()
    return nxt in UNITS or re.fullmatch(r"[0-9]", nxt) is not None


def _number_run(toks: list[str], i: int) -> int:
    """Length of the number run starting at toks[i] (0 if none)."""
    t = toks[i].lower()
    j = i
    if t in NUM_START:
        j = i + 1
    elif _is_repeat(toks, i):
        j = i + 2
    elif t.isdigit() and i + 1 < len(toks) and toks[i + 1].lower() in MULT:
        j = i + 1
    else:
        return 0
    while j < len(toks):
        u = toks[j].lower()
        if u in NUM_START or u in MULT:
            j += 1
        elif _is_repeat(toks, j):
            j += 2
        else:
            break
    return j - i


def parse_number(toks: list[str]) -> str:
    """A run of number words -> digits ("double two" -> 22, "ten lakh" -> 1000000)."""
    toks = [t.lower() for t in toks]
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t in REPEAT:
            d = toks[i + 1]
            digit = d if d.isdigit() else str(UNITS.index(d))
            out += digit * REPEAT[t]
            i += 2
            continue
        if t in TENS:
            v = 20 + 10 * TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                v += UNITS.index(toks[i + 1])
                i += 1
            out += str(v)
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in UNITS:
            out += str(UNITS.index(t))
        elif t in MULT:
            out += MULT[t]
        elif t.isdigit():
            out += t
        i += 1
    return out


def _apply_case(t: str, case: str | None) -> str:
    if case == "caps":
        return t.upper()
    if case == "cap":
        return t[:1].upper() + t[1:]
    if case == "small":
        return t[:1].lower() + t[1:]
    return t


def proto_words(text: str, state: dict) -> tuple[list[str], bool]:
    """Protocol speech -> (command words, ended with 'space')."""
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
            if sym == OPEN_DQ:
                sym = state["q"] = '"'
            elif sym == OPEN_SQ:
                sym = state["q"] = "'"
            elif sym == CLOSE_Q:
                sym = state.get("q") or '"'
                state["q"] = None
            cur += sym
            i += n
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
        if cw:
            case = cw
            i += n
            continue
        n = _number_run(toks, i)
        if n:
            cur += parse_number(toks[i : i + n])
            i += n
            continue
        cur += _apply_case(t, case)
        case = None
        i += 1
    if cur:
        words.append(cur)
    return words, open_


def fix_start(toks: list[str]) -> list[str]:
    """Rule 8: the tool word in lower case, Whisper's splits joined back (after sudo too)."""
    toks = list(toks)
    pos = 0
    while pos < len(toks):
        real, n = _lookup(toks, pos, SLIPS)
        if real:
            toks[pos : pos + n] = [real]
        elif re.fullmatch(r"[A-Za-z0-9]+", toks[pos]):
            toks[pos] = toks[pos].lower()
        if toks[pos] == "sudo":
            pos += 1
            continue
        break
    return toks


def nat_words(text: str, start: bool, state: dict) -> list[str]:
    """Natural speech -> command words (glue rules of the guide)."""
    toks = text.split()
    if start:
        toks = fix_start(toks)
    out: list[str] = []
    glue, case, i = False, None, 0
    while i < len(toks):
        sym, n = _lookup(toks, i, SYMBOLS)
        if sym:
            i += n
            if sym == CLOSE_Q:
                q = state.get("q") or '"'
                state["q"] = None
                if out:
                    out[-1] += q
                else:
                    out.append(q)
                glue = False
                continue
            if sym in (OPEN_DQ, OPEN_SQ):
                sym = state["q"] = '"' if sym == OPEN_DQ else "'"
            if sym in STANDALONE:
                out.append(sym)
                glue = False
            elif sym in GLUE_BOTH:
                if out and out[-1] not in STANDALONE:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = True
            else:  # glue right
                if glue and out:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = True
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
        if cw:
            case = cw
            i += n
            continue
        n = _number_run(toks, i)
        if n:
            t = parse_number(toks[i : i + n])
            i += n
        else:
            t = toks[i]
            i += 1
        t = _apply_case(t, case)
        case = None
        if glue and out:
            out[-1] += t
        else:
            out.append(t)
        glue = False
    return out


def strip_suffixes(text: str) -> str:
    while True:
        new = SUFFIX_RE.sub("", text).strip()
        if new == text:
            return text
        text = new


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z' ]", " ", text.lower()).split())


def decode(line: str) -> str:
    """Karthik's careful listener: transcript -> command (rules 1-8 of the guide)."""
    s = " ".join(line.split())
    s = " ".join(HES_RE.sub("", s).split())
    s = s.rstrip(" .!?").strip()
    proto = re.search(r"\bspace\b", s, re.IGNORECASE) is not None
    parts = SPLIT_RE.split(s)
    clauses, delims = parts[0::2], [None, *parts[1::2]]
    state: dict = {"q": None}

    def words_of(text: str, start: bool) -> tuple[list[str], bool]:
        if proto:
            return proto_words(text, state)
        return nat_words(text, start, state), True

    cmd: list[str] = []
    mode, open_ = "start", True
    skip = False
    for idx, (clause, delim) in enumerate(zip(clauses, delims, strict=True)):
        if skip:
            skip = False
            continue
        if delim == "...":
            mode = "start"
        c = clause.strip()
        if not c:
            continue
        spoken_space = proto and re.search(r"\bspace\b", c, re.IGNORECASE) is not None
        if not spoken_space:
            key = _key(c)
            if key in ASIDES:
                continue
            if key in FIX_MARKERS:
                mode = "no"
                continue
            if key in RESTART_MARKERS:
                cmd, mode = [], "start"
                continue
            m = ITS_RE.match(c)
            if m:
                good_txt, bad_txt = m.group(1), m.group(2)
                if bad_txt is None and idx + 1 < len(clauses):
                    m2 = NOT_RE.match(clauses[idx + 1].strip())
                    if m2:
                        bad_txt, skip = m2.group(1), True
                if bad_txt is not None:
                    good = words_of(strip_suffixes(good_txt), False)[0]
                    bad = words_of(strip_suffixes(bad_txt), False)[0]
                    for j in range(len(cmd) - len(bad), -1, -1):
                        if bad and cmd[j : j + len(bad)] == bad:
                            cmd = cmd[:j] + good + cmd[j + len(bad) :]
                            break
                    mode = "cont"
                    continue
        m = LEAD_RE.match(c)
        if m and proto and m.group(0).strip(" ,:").lower() in BARE_LEADS:
            m = None  # protocol: a bare "type"/"run" is command text ("run zero" = run0)
        if m:
            c = c[m.end() :].strip()
            cmd, mode = [], "start"
            if not c:
                continue
        elif not spoken_space and CONTEXT_RE.match(c):
            continue
        c = strip_suffixes(c)
        if not c:
            continue
        words, ends_open = words_of(c, mode == "start")
        if mode == "start" or not cmd:
            cmd = words
        elif mode == "no":
            cmd = cmd[:-1] + words
        elif open_ or not words:
            cmd = cmd + words
        else:
            cmd = cmd[:-1] + [cmd[-1] + words[0]] + words[1:]
        open_, mode = ends_open, "cont"
    return " ".join(cmd)


# ---------------------------------------------------------------- speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|--|>>|.")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def two_digits(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t = TENS[n // 10 - 2]
    return t if n % 10 == 0 else f"{t} {UNITS[n % 10]}"


def phone_digits(s: str, rng: random.Random | None = None) -> str:
    """Digit by digit with double/triple for repeated digits ("one triple zero")."""
    out: list[str] = []
    k = 0
    while k < len(s):
        d = s[k]
        run = 1
        while k + run < len(s) and s[k + run] == d:
            run += 1
        k += run
        word = d if (rng is not None and rng.random() < 0.25) else UNITS[int(d)]
        while run > 0:
            if run == 4:
                take = 2
            elif run >= 3:
                take = 3
            else:
                take = run
            run -= take
            if take == 1:
                out.append(UNITS[int(d)])
            else:
                out.append(("double " if take == 2 else "triple ") + word)
    return " ".join(out)


def loose_number(s: str, rng: random.Random) -> str:
    """His looser readings: plain numbers, round numbers, lakh; else phone style."""
    if len(s) > 1 and s[0] == "0":
        return phone_digits(s, rng)
    n = int(s)
    opts = []
    if n < 100:
        opts.append(two_digits(n))
    if n >= 100000 and n % 100000 == 0 and n // 100000 < 100:
        opts.append(f"{two_digits(n // 100000)} lakh")
    elif n >= 1000 and n % 1000 == 0 and n // 1000 < 100:
        opts.append(f"{two_digits(n // 1000)} thousand")
    elif n >= 100 and n % 100 == 0 and n < 1000:
        opts.append(f"{UNITS[n // 100]} hundred")
    if opts and rng.random() < 0.7:
        return rng.choice(opts)
    return phone_digits(s, rng)


def speech_tokens_ok(cmd: str) -> bool:
    for p in pieces(cmd):
        if p.isalpha() and p.lower() in RESERVED:
            return False
    return True


def clean_names() -> dict[str, str]:
    return dict(CLEAN_NAME)


def fuzzy_names(rng: random.Random) -> dict[str, str]:
    """Per line he (or Whisper) settles on one name per symbol."""
    names = {}
    for sym, clean in CLEAN_NAME.items():
        names[sym] = clean if rng.random() < 0.5 else rng.choice(FUZZY_NAME[sym])
    return names


def proto_word(word: str, names: dict[str, str], rng: random.Random | None, q: list) -> str:
    """One command word in protocol speech; rng=None gives the clean form.

    q is a one-element list holding the quote that is open across words."""
    out: list[str] = []
    for p in pieces(word):
        if p in ('"', "'"):
            if q[0] == p:
                out.append(names["close"])
                q[0] = None
            else:
                out.append(names[p])
                q[0] = p
        elif p in names and not p.isalnum():
            out.append(names[p])
        elif p.isdigit():
            if rng is None:
                out.append(phone_digits(p))
            else:
                r = rng.random()
                if r < 0.35:
                    out.append(p)
                elif r < 0.65:
                    out.append(loose_number(p, rng))
                else:
                    out.append(phone_digits(p, rng))
        elif p.isupper() and len(p) == 1:
            out.append(f"{names['cap']} {p.lower()}")
        elif p.isupper():
            out.append(f"{names['caps']} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{names['cap']} {p.lower()}")
        elif rng is not None and len(p) == 1 and out and out[-1] in ("hyphen", "minus"):
            out.append(f"small {p}" if rng.random() < 0.3 else p)
        else:
            out.append(p)
    return " ".join(out)


COMPOUND_PARTS = (
    set(
        """code spell fire wall back up data base file name user host port time date key store
    web pack tail scale speed test work flow bench mark clam scan thunder bird mini cube
    stack open light house dump check sum book mail lock down load tree view play list
    pass word make config auto sync cast fast slow line text note page read write build
    flag table screen shot shell type script info stat task set zip clip socket server
    wheel mono pipe sort split dither flash shift shadow hash kernel format cloud""".split()
    )
    - RESERVED
)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper splits one long lower-case name in two ("codespell" -> "code spell")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 6 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        if idx > 0 and toks[idx - 1] in ("capital", "caps", "letter", "small"):
            continue
        for cut in range(3, len(t) - 2):
            a, b = t[:cut], t[cut:]
            if a in COMPOUND_PARTS and b in COMPOUND_PARTS:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_clean(cmd: str) -> str:
    q: list = [None]
    names = clean_names()
    return " space ".join(proto_word(w, names, None, q) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = fuzzy_names(rng)
    q: list = [None]
    parts = [proto_word(w, names, rng, q) for w in cmd.split(" ")]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.25 else " space "
    if rng.random() < 0.5:
        text = split_compound(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


# ---------------------------------------------------------------- natural speech
def nat_style(rng: random.Random) -> dict[str, float]:
    """Per-line habits: how often he names each kind of symbol instead of Whisper writing it."""
    base = {"flag": 0.5, ".": 0.45, "/": 0.3, "~": 0.7, ":": 0.75, "@": 0.7, "num": 0.3}
    return {k: (0.9 if rng.random() < p else 0.1) for k, p in base.items()}


def nat_number(word: str, rng: random.Random, style: dict[str, float]) -> str:
    """A whole-number word: Whisper writes digits, unless he reads it his way."""
    if rng.random() >= style["num"]:
        return word
    n = int(word)
    if word[0] != "0" and n >= 100000 and n % 100000 == 0 and n // 100000 < 100:
        return f"{n // 100000} lakh"
    if len(word) > 1 and re.search(r"(.)\1", word):
        return phone_digits(word, rng)
    if word[0] != "0" and n <= 20:
        return two_digits(n)
    return word


def _nat_tokens(spoken: list[bool], ps: list[str], say: dict[int, str], q: list) -> list[str]:
    """Pieces -> Whisper tokens: named pieces become words, the rest is written as text."""
    toks: list[str] = []
    buf = ""
    for k, p in enumerate(ps):
        if spoken[k]:
            if buf:
                toks.append(buf)
                buf = ""
            if p in ('"', "'"):
                if q[0] == p:
                    toks.append(CLEAN_NAME["close"])
                    q[0] = None
                else:
                    toks.append(CLEAN_NAME[p])
                    q[0] = p
            elif k in say:
                toks.append(say[k])
            elif p.isalnum():
                toks.append(p)
            else:
                toks.append(CLEAN_NAME[p])
        else:
            buf += p
    if buf:
        toks.append(buf)
    return toks


def nat_word(word: str, rng: random.Random, style: dict[str, float], q: list) -> str:
    """One command word the way Whisper writes Karthik's natural speech.

    q is a one-element list holding the quote that is open across words."""
    if word in STANDALONE:
        return CLEAN_NAME[word]
    if word.isdigit():
        return nat_number(word, rng, style)
    ps = re.findall(r"[A-Za-z0-9]+|--|.", word)
    spoken = [False] * len(ps)
    url = "://" in word
    # one decision per word for each kind of symbol: he names all of its dots or none
    says = {sym: rng.random() < style[sym] for sym in (".", "/", ":", "@")}
    for k, p in enumerate(ps):
        if p in ('"', "'"):
            spoken[k] = True
        elif p.isalnum():
            continue
        elif k == 0 or (k == 1 and ps[0] in ('"', "'")):
            if p in ("-", "--"):
                spoken[k] = rng.random() < style["flag"]
            elif p in ("~", "*", "+"):
                spoken[k] = rng.random() < style["~"]
        elif url:
            continue
        elif p in "_=,":
            spoken[k] = True
        elif p in says:
            spoken[k] = says[p]
        elif p in ("~", "*", "+") and spoken[k - 1] and ps[k - 1] in GLUE_BOTH:
            spoken[k] = True
    # a tilde he names is followed by named slashes; a written one by written ones
    for t in range(len(ps) - 1):
        if ps[t] == "~" and ps[t + 1] == "/":
            for k in range(t + 1, len(ps)):
                if ps[k] == "/":
                    spoken[k] = spoken[t]
            break
    # a folder with a trailing slash is written as text ("data/docs/")
    if len(ps) > 1 and ps[-1] == "/":
        for k in range(len(ps)):
            if ps[k] in ("/", "~"):
                spoken[k] = False
    # Whisper writes absolute paths and dot-files as text
    first = 1 if ps and ps[0] in ('"', "'") else 0
    if len(ps) > first and ps[first] in ("/", "."):
        for k in range(first, len(ps)):
            if ps[k] in ("/", ".", "-", "_"):
                spoken[k] = False
    # letters he announces after a named hyphen ("hyphen capital S", "hyphen small r") and
    # all-caps words standing between named symbols ("all caps home")
    say: dict[int, str] = {}
    for k, p in enumerate(ps):
        if not p.isalnum():
            continue
        after_hyphen = k > 0 and spoken[k - 1] and ps[k - 1] in ("-", "--")
        if after_hyphen and re.fullmatch(r"[A-Z]", p):
            say[k] = f"capital {p}"
        elif after_hyphen and re.fullmatch(r"[a-z]", p) and rng.random() < 0.3:
            say[k] = f"small {p}"
        elif re.fullmatch(r"[A-Z]{2,}", p):
            left = k == 0 or spoken[k - 1]
            right = k == len(ps) - 1 or spoken[k + 1]
            if left and right and rng.random() < 0.5:
                say[k] = f"all caps {p.lower()}"
        if k in say:
            spoken[k] = True
    qq = list(q)
    text = " ".join(_nat_tokens(spoken, ps, say, qq))
    if nat_words(text, False, {"q": q[0]}) != [word]:
        # fall back: he names every internal glue symbol, Whisper writes the rest
        spoken = [p in ('"', "'") or (k > 0 and p in GLUE_BOTH) for k, p in enumerate(ps)]
        qq = list(q)
        text = " ".join(_nat_tokens(spoken, ps, {}, qq))
        if nat_words(text, False, {"q": q[0]}) != [word]:
            qq = list(q)
            text = " ".join(_nat_tokens([p in ('"', "'") for p in ps], ps, {}, qq))
    q[0] = qq[0]
    return text


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_render_words(cmd: str, rng: random.Random) -> list[str]:
    words = cmd.split(" ")
    style = nat_style(rng)
    q: list = [None]
    out = [nat_word(w, rng, style, q) for w in words]
    if words[0] == "sudo" and rng.random() < 0.25:
        out[0] = "pseudo"
    ti = tool_index(words)
    if words[ti] in SLIP_TEXT and words[ti] != "sudo" and rng.random() < 0.5:
        out[ti] = SLIP_TEXT[words[ti]]
    return out


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    first = text.split(" ", 1)[0]
    if re.fullmatch(r"[a-z]+[.,:]?", first):
        return text[:1].upper() + text[1:]
    return text


WHY_BAD = re.compile(
    r"\b(space|sorry|no|not|na|only|itself|again|type|run|write|enter|it's|leave|once|"
    r"dot|hyphen|slash|colon|comma|star|pipe|plus|tilde|underscore|equal|capital|small)\b",
    re.IGNORECASE,
)


def why_of(desc: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z0-9 '/-]+", desc) or len(desc) > 70:
        return None
    if WHY_BAD.search(desc):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


LEADS = [
    "basically you have to type ",
    "just type ",
    "you have to type ",
    "so type ",
    "now type ",
    "simply type ",
    "just run ",
    "you have to run ",
    "type ",
    "the command is ",
    "please type ",
]
TAILS = ["", "", "", " only", " na", " and press enter", " in the terminal", " itself"]
CHATTER = [
    "Can you hear me?",
    "Hello, can you hear me?",
    "Haan.",
    "Achha.",
    "Okay okay.",
    "See,",
    "Listen,",
    "You're on mute.",
    "One sec, my net is slow.",
]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    c = " ".join(nat_render_words(cmd, rng))
    cap = sent(c)
    lead = rng.choice(LEADS)
    tail = rng.choice(TAILS)
    shapes = [
        lambda: f"{sent(lead)}{c}{tail}.",
        lambda: f"Just do one thing, {lead}{c}{tail}.",
        lambda: f"Just do one thing. {sent(lead)}{c}{tail}.",
        lambda: f"So basically you have to type {c} only.",
        lambda: f"{cap}, na?",
        lambda: f"{cap} na?",
        lambda: f"See, {c}, that's it.",
        lambda: f"Okay, now type {c}.",
        lambda: f"The command is {c}.",
        lambda: f"Type {c} and press enter.",
        lambda: f"Simply run {c} in the terminal.",
        lambda: f"Can you type {c}?",
        lambda: f"What you do is, {c}.",
        lambda: f"{cap}. That's it, very simple.",
        lambda: f"Haan, {lead}{c} only.",
        lambda: f"Achha, so type {c}.",
        lambda: f"{rng.choice(CHATTER)} {sent(lead)}{c}{tail}.",
        lambda: f"{cap} only, na.",
    ]
    if why:
        shapes += [
            lambda: f"To {why}, basically you have to type {c}.",
            lambda: f"{cap}. This is to {why}.",
            lambda: f"Just do one thing, type {c}, it will {why}.",
            lambda: f"If you want to {why}, just type {c}.",
            lambda: f"For that, you have to type {c}. This will {why}.",
            lambda: f"See, we need to {why}, na? So type {c}.",
            lambda: f"{sent(lead)}{c}{tail}, so that we can {why}.",
        ] * 2
    return rng.choice(shapes)()


# ---------------------------------------------------------------- chaotic speech
WRONG_WORDS = ["staging", "prod", "master", "dev", "release", "local", "docker", "redis"]
WRONG_WORDS += ["kafka", "build", "status", "start", "stop", "restart", "list", "show"]
WRONG_FLAGS = ["--force", "--verbose", "--all", "--dry-run", "--debug", "-v", "-f", "-n", "-r"]
WRONG_FILES = ["app", "settings", "application", "backup", "old", "temp", "prod"]
MID_ASIDES = [
    ", can you hear me, ",
    ", one sec, ",
    ", haan, ",
    ", achha, ",
    " um ",
    ", uh, ",
    ", you're on mute, ",
    ", hello, ",
]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10, 100]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif "." in word and re.fullmatch(r"[\w./~-]+", word):
            head, _, tail = word.rpartition("/")
            _, dot, ext = tail.partition(".")
            w = (head + "/" if head else "") + rng.choice(WRONG_FILES) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "staging"


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    proto = rng.random() < 0.33
    if proto:
        names = fuzzy_names(rng) if rng.random() < 0.4 else clean_names()
        fz = rng if rng.random() < 0.4 else None

        def say(w: str) -> str:
            return proto_word(w, names, fz, [None])

        q: list = [None]
        rendered = [proto_word(w, names, fz, q) for w in words]
        joiner = " space "
    else:
        style = nat_style(rng)

        def say(w: str) -> str:
            return nat_word(w, rng, style, [None])

        rendered = nat_render_words(cmd, rng)
        joiner = " "
    n = len(words)
    kind = rng.choice(["fix", "fix", "fix", "its", "its", "again", "again", "cut", "lead"])
    if n == 1 and kind in ("lead", "its"):
        kind = "fix"
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = mutate(words[i], words, rng)
    wrong_r = say(wrong)
    right_r = rendered[i]

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    full = j(rendered)
    # a mid-command aside between whole words
    if n > 1 and rng.random() < 0.3:
        k = rng.randrange(1, n)
        aside = rng.choice(MID_ASIDES)
        if proto:
            full = j(rendered[:k]) + " space" + aside.rstrip() + " " + j(rendered[k:])
        else:
            full = j(rendered[:k]) + aside + j(rendered[k:])
        full = " ".join(full.split())
    framed_lead = True
    if kind == "fix":
        marker = rng.choice(
            [", sorry sorry, ", ", no no, ", ", not that, ", ", sorry, not that, ", ", no no no, "]
        )
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "its":
        pre = rng.choice([", ", ", one minute, ", ", wait wait, ", ", no no, ", ". Sorry, "])
        core = j(rendered[:i] + [wrong_r] + rendered[i + 1 :]) + pre
        core += (
            f"it's {right_r}, not {wrong_r}"
            if rng.random() < 0.7
            else (f"it's {right_r} not {wrong_r}")
        )
    elif kind == "again":
        k = rng.randrange(1, n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        marker = rng.choice(
            [
                ", I'll tell you again. ",
                ". Leave it, I'll tell you again. ",
                ", no no, leave it. ",
                ". Sorry sorry, let me tell you again. ",
                ", leave that, once again, ",
            ]
        )
        second = rng.choice(["", "", "just type ", "so type "])
        again = second + full
        core = j(attempt) + marker + (sent(again) if marker.endswith(". ") else again)
    elif kind == "cut":
        k = rng.randrange(1, n + 1)
        last = rendered[k - 1]
        if last.isalpha() and len(last) > 3:
            attempt = rendered[: k - 1] + [last[: max(2, len(last) // 2)]]
        else:
            attempt = rendered[: max(1, k - 1)]
        core = j(attempt) + "... " + full
    else:  # lead: a second lead restarts the command
        k = rng.randrange(1, n)
        first_lead = rng.choice(["Basically you have to type ", "Just type ", "So type "])
        second_lead = rng.choice(["just type ", "you have to type ", "simply type "])
        sep = rng.choice(["... ", ", ", "... no no, "])
        core = f"{first_lead}{j(rendered[:k])}{sep}{second_lead}{full}"
        framed_lead = False
    if framed_lead:
        frame = rng.randrange(9)
        if frame == 0:
            line = f"Basically you have to type {core}"
        elif frame == 1:
            line = f"Just do one thing, just type {core}"
        elif frame == 2:
            line = f"{sent(core)}, na" + rng.choice(["", "?"])
        elif frame == 3 and why:
            line = f"To {why}, just type {core}"
        elif frame == 4:
            line = f"Okay, so type {core}"
        elif frame == 5 and why:
            line = f"{sent(core)}. This is to {why}"
        elif frame == 6:
            line = f"Hello, can you hear me? Haan. The command is {core}"
        elif frame == 7:
            line = f"{sent(core)}, that's it"
        else:
            line = f"See, {core}"
    else:
        line = core
    return line if line.endswith("?") else line + "."


# ---------------------------------------------------------------- candidates
def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for num, raw in enumerate(fh):
            if num % 4 != 2:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (
                not cmd.isascii()
                or len(cmd) > 80
                or cmd != cmd.strip()
                or "  " in cmd
                or "\n" in cmd
                or "\t" in cmd
            ):
                continue
            if not re.fullmatch(r"[A-Za-z0-9 ./_:=~*|><@,+\"'-]+", cmd):
                continue
            if cmd.count('"') % 2 or cmd.count("'") % 2:
                continue
            if not speech_tokens_ok(cmd):
                continue
            words = cmd.split(" ")
            tool = words[tool_index(words)]
            if not re.fullmatch(r"[a-z0-9][a-z0-9._+-]*", tool):
                continue  # tools with capitals or symbols up front are not dictated
            out.append({"command": cmd, "why": why_of(row.get("description", "")), "tool": tool})
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
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
