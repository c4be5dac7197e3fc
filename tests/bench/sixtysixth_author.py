"""Independent voice-to-bash evaluation set "author66": Rosa, the walking sysadmin.

Writes assets/training/bash/author66.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev44_commands.jsonl (lines whose 0-based number
% 4 == 3).  Standard library only; one random.Random(66) consumed in a fixed order, so reruns
are byte-identical.  Run: cd /work/main && python3 tests/bench/sixtysixth_author.py

STYLE GUIDE
===========

Persona
-------
Rosa is a sysadmin who dictates commands into her phone's notes app while walking between
server rooms.  She talks in short bursts; Whisper hears footsteps, badge readers and doors.
Her notes are tiny: "Note: X", "Remember X", "For later, X", "Todo, run X", "X on box three",
with trailing context ("for the backup job", "on staging", "before Friday"), half-sentences,
and now and then she says the command twice to be sure ("X, again, X").

Vocabulary (Rosa's own words)
-----------------------------
  -  dash          --  dash dash      .  dot         /  slash       |  pipe
  ~  tilde         *   star           =  equals      :  colon       _  underscore
  >  greater than
  capital W   the next word (or letter) starts with an upper-case letter ("capital t" = T,
              "capital value" = Value)
  caps W      the next word is all upper case ("caps home" = HOME)
Numbers are said the way people read them: "twenty two" = 22, "eighty eighty" = 8080,
"four forty three" = 443, "one hundred" = 100, "five thousand" = 5000, and anything with a
leading zero or many digits digit by digit ("zero six four four", "one one five two zero zero").
Whisper, in the fuzzy slice, also writes her synonyms: minus / hyphen (-), double dash (--),
period / point (.), forward slash (/), vertical bar (|), tilda (~), asterisk (*), equal /
equal sign (=), under score (_), greater than sign (>), uppercase (= capital), all caps
(= caps).  No command in this set contains a word that is also one of these keywords or a
number word, so a keyword is always a keyword.

Slices
------
clean    Pure protocol.  Every word of the command is spoken, "space" exactly where the
         command has a space, all symbols by name, numbers as words, case announced.  Whisper
         writes it all lower case with no punctuation.  "git space stash space pop".
fuzzy    The same protocol with her synonyms and Whisper's small slips: first word
         capitalised, a final full stop, commas after some "space"s, some numbers as digits,
         a long name split in two ("code spell" for codespell: inside one command word every
         spoken piece is glued to the next, so the split is harmless).
natural  How Rosa really leaves the note.  "space" is never said; Whisper writes plain words,
         digits, file names, paths and flags it recognises as text ("-la", "/etc/hosts",
         "config.yaml"); symbols she names are words ("dash dash force", "api underscore
         key", "tcp colon 22", "tilde slash app.log").  Short framing around the command.
chaotic  Natural (or, in about a third of lines, protocol) speech spoiled by her own
         disfluencies.  Every line has at least one correction or restart.

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "um", "uh", "erm" are dropped wherever they are.
 2. Mode: if the word "space" occurs, the line is protocol; otherwise it is natural.
 3. Whisper's punctuation cuts the line into clauses: ", " "; " ": " "? " "! " ". " and
    "... ".  A final full stop / question mark / trailing "..." is dropped.  (Commands in
    this set never contain a comma, colon or full stop followed by a space.)
 4. Clauses that are not command text (only checked when the clause has no spoken "space"):
    - asides: "hang on", "one sec", "sorry", "door", "ugh", "this door", "okay", "right",
      "oops", "thanks", "after you", "where was I", "not sure", "whatever", ... -> ignored;
    - lead words at the start of a clause: "note", "note to self", "remember",
      "remember to run", "for later", "todo", "to do", "reminder", "don't forget",
      "quick one", "next", "run", "box one/two/three/..." -> the command (re)starts right
      after them; a second lead word means she started over;
    - context and why: a clause starting with "for the", "for box", "on box", "on staging",
      "on prod", "on the", "before", "after", "tonight", "today", "tomorrow", "by friday",
      "if", "so", "that's", "because", "to", "it's", "then", "and", "or", "maybe",
      "probably", "I think" -> ignored.  The same context phrases "on box N", "on staging",
      "on prod", "before Friday", "for the backup job", "tonight", "after lunch" are also
      cut off the end of a command clause when Whisper wrote no comma.
 5. Corrections and restarts (her markers):
    - "..., no, Y" / "..., nope, Y" / "..., make that Y": the last command word before the
      marker was wrong; Y is the right word followed by the rest of the command.
    - "..., wait, A not B": replace the last B in the command so far by A.
    - "scratch that": forget everything before; the command starts again after it.
    - "X... X'": an ellipsis followed by more speech means she cut herself off; X' restarts
      the command.  An ellipsis at the very end is a trailing thought.
    - "X, again, X": a repetition; the second copy is the command.
 6. Protocol mode: punctuation is noise, letters are lower-cased, every spoken piece is glued
    to the previous one, and only "space" separates command words.  "capital"/"caps" act on
    the next letters.  A run of number words forms one number (rule above).
 7. Natural mode: whitespace separates command words, except around symbol words:
    dot, slash, underscore, colon, equals glue to both neighbours ("main dot py" = main.py);
    dash, dash dash, tilde, star start a new word and glue to what follows ("dash la" = -la,
    "tilde slash logs" = ~/logs, "star dot sql" = *.sql); pipe and greater than stand alone.
    A hyphen inside a written word stays ("add-zsh-hook").  Number words become digits.
 8. Start of a command (natural): Whisper's sentence capital is undone ("Cargo" -> cargo,
    "Pseudo" -> sudo), and at the tool position Whisper's known slips are mapped back (table
    SLIPS: "system CTL" -> systemctl, "code spell" -> codespell, "duff" -> duf, "scaffold" ->
    skaffold, "GH" -> gh, ...).  The careful listener knows the tools.

Known ambiguities: rule 4's context prefixes and the slip table are closed lists; a clause
that merely begins with "to"/"so"/"if" is treated as a why.  The generator therefore keeps a
candidate line only if decode() gives back its command, and discards it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev44_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author66.jsonl"
AUTHOR = "author66"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand"}

SYMBOL_WORDS = {
    ("greater", "than", "sign"): ">",
    ("greater", "than"): ">",
    ("double", "dash"): "--",
    ("forward", "slash"): "/",
    ("vertical", "bar"): "|",
    ("equal", "sign"): "=",
    ("equals", "sign"): "=",
    ("under", "score"): "_",
    ("dash",): "-",
    ("minus",): "-",
    ("hyphen",): "-",
    ("dot",): ".",
    ("period",): ".",
    ("point",): ".",
    ("slash",): "/",
    ("pipe",): "|",
    ("tilde",): "~",
    ("tilda",): "~",
    ("star",): "*",
    ("asterisk",): "*",
    ("equals",): "=",
    ("equal",): "=",
    ("colon",): ":",
    ("underscore",): "_",
}
CASE_WORDS = {
    ("all", "caps"): "caps",
    ("caps",): "caps",
    ("capital",): "cap",
    ("uppercase",): "cap",
}
CLEAN_NAME = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    ":": "colon",
    "_": "underscore",
    ">": "greater than",
}
FUZZY_NAME = {
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"],
    "~": ["tilde", "tilda"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal sign", "equal"],
    ":": ["colon"],
    "_": ["underscore", "under score"],
    ">": ["greater than", "greater than sign"],
}
GLUE_BOTH = set("./_:=")
GLUE_RIGHT = set("-~*")
STANDALONE = set("|>")

RESERVED = NUMWORDS | {w for k in SYMBOL_WORDS for w in k} | {w for k in CASE_WORDS for w in k}
RESERVED |= {
    "space",
    "no",
    "nope",
    "wait",
    "not",
    "again",
    "scratch",
    "um",
    "uh",
    "er",
    "erm",
    "hmm",
    "oh",
    "sign",
    "than",
    "pseudo",
}
RESERVED -= {"all"}

SLIPS = {
    ("pseudo",): "sudo",
    ("system", "ctl"): "systemctl",
    ("time", "date", "ctl"): "timedatectl",
    ("machine", "ctl"): "machinectl",
    ("mako", "ctl"): "makoctl",
    ("key", "ctl"): "keyctl",
    ("bus", "ctl"): "busctl",
    ("smart", "ctl"): "smartctl",
    ("rabbit", "mq", "ctl"): "rabbitmqctl",
    ("code", "spell"): "codespell",
    ("cloud", "flared"): "cloudflared",
    ("color", "diff"): "colordiff",
    ("fire", "base"): "firebase",
    ("duff",): "duf",
    ("sea", "test"): "ctest",
    ("ps", "tree"): "pstree",
    ("p", "grep"): "pgrep",
    ("io", "stat"): "iostat",
    ("ls", "pci"): "lspci",
    ("ls", "logins"): "lslogins",
    ("ls", "of"): "lsof",
    ("w", "get"): "wget",
    ("z", "grep"): "zgrep",
    ("z", "more"): "zmore",
    ("pie", "lint"): "pylint",
    ("pod", "man"): "podman",
    ("helm", "file"): "helmfile",
    ("scaffold",): "skaffold",
    ("tar", "snap"): "tarsnap",
    ("speed", "test"): "speedtest",
    ("sha", "sum"): "shasum",
    ("read", "link"): "readlink",
    ("wake", "on", "lan"): "wakeonlan",
    ("watch", "man"): "watchman",
    ("yaml", "lint"): "yamllint",
    ("ruby", "cop"): "rubocop",
    ("gnu", "chess"): "gnuchess",
    ("gnu", "cash"): "gnucash",
    ("mongo", "dump"): "mongodump",
    ("mysql", "dump"): "mysqldump",
    ("pg", "dump"): "pg_dump",
    ("pg", "restore"): "pg_restore",
    ("obj", "dump"): "objdump",
    ("obj", "copy"): "objcopy",
    ("ibm", "cloud"): "ibmcloud",
    ("ssh", "add"): "ssh-add",
    ("nm", "cli"): "nmcli",
    ("nm", "tui"): "nmtui",
    ("start", "x"): "startx",
    ("gnome", "screenshot"): "gnome-screenshot",
    ("git", "lab"): "gitlab",
    ("g", "lab"): "glab",
    ("web", "storm"): "webstorm",
    ("wez", "term"): "wezterm",
    ("mini", "serve"): "miniserve",
    ("openstack",): "openstack",
    ("iperf3",): "iperf3",
    ("gdb",): "gdb",
    ("gcc",): "gcc",
    ("uv",): "uv",
    ("jj",): "jj",
    ("gh",): "gh",
    ("aws",): "aws",
    ("az",): "az",
    ("qm",): "qm",
    ("pct",): "pct",
    ("mvn",): "mvn",
    ("svn",): "svn",
    ("adb",): "adb",
    ("ufw",): "ufw",
    ("wg",): "wg",
    ("dnf",): "dnf",
    ("gpg",): "gpg",
    ("php",): "php",
    ("sdk",): "sdk",
}
# how Whisper writes each slip (generator side)
SLIP_TEXT = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "timedatectl": "time date CTL",
    "machinectl": "machine CTL",
    "makoctl": "Mako CTL",
    "keyctl": "key CTL",
    "busctl": "bus CTL",
    "smartctl": "smart CTL",
    "rabbitmqctl": "rabbit MQ CTL",
    "codespell": "code spell",
    "cloudflared": "cloud flared",
    "colordiff": "color diff",
    "firebase": "fire base",
    "duf": "duff",
    "ctest": "sea test",
    "pstree": "PS tree",
    "pgrep": "P grep",
    "iostat": "IO stat",
    "lspci": "LS PCI",
    "lslogins": "LS logins",
    "lsof": "LS of",
    "wget": "W get",
    "zgrep": "Z grep",
    "zmore": "Z more",
    "pylint": "pie lint",
    "podman": "pod man",
    "helmfile": "helm file",
    "skaffold": "scaffold",
    "tarsnap": "tar snap",
    "speedtest": "speed test",
    "shasum": "SHA sum",
    "readlink": "read link",
    "wakeonlan": "wake on LAN",
    "watchman": "watch man",
    "yamllint": "YAML lint",
    "rubocop": "Ruby cop",
    "gnuchess": "GNU chess",
    "gnucash": "GNU cash",
    "mongodump": "Mongo dump",
    "mysqldump": "MySQL dump",
    "pg_dump": "PG dump",
    "pg_restore": "PG restore",
    "objdump": "obj dump",
    "objcopy": "obj copy",
    "ibmcloud": "IBM cloud",
    "ssh-add": "SSH add",
    "nmcli": "NM CLI",
    "nmtui": "NM TUI",
    "startx": "start X",
    "gnome-screenshot": "GNOME screenshot",
    "gitlab": "Git Lab",
    "glab": "G lab",
    "webstorm": "web storm",
    "wezterm": "Wez term",
    "miniserve": "mini serve",
    "openstack": "OpenStack",
    "iperf3": "iPerf3",
    "gdb": "GDB",
    "gcc": "GCC",
    "uv": "UV",
    "jj": "JJ",
    "gh": "GH",
    "aws": "AWS",
    "az": "AZ",
    "qm": "QM",
    "pct": "PCT",
    "mvn": "MVN",
    "svn": "SVN",
    "adb": "ADB",
    "ufw": "UFW",
    "wg": "WG",
    "dnf": "DNF",
    "gpg": "GPG",
    "php": "PHP",
    "sdk": "SDK",
}

ASIDES = {
    "hang on",
    "hold on",
    "one sec",
    "sorry",
    "door",
    "ugh",
    "this door",
    "ugh this door",
    "stupid door",
    "okay",
    "ok",
    "right",
    "oops",
    "thanks",
    "cheers",
    "after you",
    "come on",
    "morning",
    "anyway",
    "where was i",
    "badge",
    "stupid badge",
    "heavy door",
    "whoops",
    "got it",
    "yep",
    "not sure",
    "or something",
    "whatever",
    "i guess",
    "hi",
    "hmm",
}
LEAD_RE = re.compile(
    r"^(?:note to self|note|remember to run|remember|for later|to-do|todo|to do|reminder|"
    r"don't forget|quick one|next|run|box (?:one|two|three|four|five))\b[:,]?\s*",
    re.IGNORECASE,
)
CONTEXT_RE = re.compile(
    r"^(?:for the|for box|on box|on staging|on prod|on the|before|after|tonight|today|"
    r"tomorrow|by friday|if|so|that's|thats|because|to|it's|then|and|or|maybe|probably|"
    r"i think)\b",
    re.IGNORECASE,
)
SUFFIX_RE = re.compile(
    r"\s+(?:on box (?:one|two|three|four|five)|on staging|on prod|before friday|"
    r"for the backup job|tonight|after lunch)$",
    re.IGNORECASE,
)
HES_RE = re.compile(r",?\s*\b(?:um+|uh+|erm)\b[,.]?", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")


# ---------------------------------------------------------------- the listener
def parse_number(toks: list[str]) -> str:
    """A run of number words -> digits ("forty three twenty one" -> 4321)."""
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
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
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            out += "000"
        i += 1
    return out


def _lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def proto_words(text: str) -> tuple[list[str], bool]:
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
        sym, n = _lookup(toks, i, SYMBOL_WORDS)
        if sym:
            cur += sym
            i += n
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
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
        if case == "caps":
            t = t.upper()
        elif case == "cap":
            t = t[:1].upper() + t[1:]
        case = None
        cur += t
        i += 1
    if cur:
        words.append(cur)
    return words, open_


def fix_start(toks: list[str]) -> list[str]:
    """Undo Whisper's sentence capital and known tool-name slips at the command start."""
    toks = list(toks)
    if toks and re.fullmatch(r"[A-Z][a-z]+", toks[0]):
        toks[0] = toks[0].lower()
    pos = 0
    while pos < len(toks):
        real, n = _lookup(toks, pos, SLIPS)
        if real:
            toks[pos : pos + n] = [real]
        if toks[pos] == "sudo":
            pos += 1
            continue
        break
    return toks


def nat_words(text: str, start: bool) -> list[str]:
    """Natural speech -> command words (glue rules of the guide)."""
    toks = text.split()
    if start:
        toks = fix_start(toks)
    out: list[str] = []
    glue, case, i = False, None, 0
    while i < len(toks):
        t = toks[i]
        sym, n = _lookup(toks, i, SYMBOL_WORDS)
        if sym:
            first = sym[0]
            if first in GLUE_BOTH and out and out[-1] not in STANDALONE:
                out[-1] += sym
            elif first in GLUE_RIGHT and glue and out:
                out[-1] += sym
            else:
                out.append(sym)
            glue = first not in STANDALONE
            i += n
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
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
        if case == "caps":
            t = t.upper()
        elif case == "cap":
            t = t[:1].upper() + t[1:]
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


def decode(line: str) -> str:
    """Rosa's careful listener: transcript -> command (rules 1-8 of the guide)."""
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
        low = c.lower()
        spoken_space = proto and re.search(r"\bspace\b", low) is not None
        if mode == "wait":
            m = re.match(r"(.+?)\s+not\s+(.+)$", c, re.IGNORECASE)
            if m:
                good = words_of(m.group(1), False)[0]
                bad = words_of(strip_suffixes(m.group(2)), False)[0]
                for j in range(len(cmd) - len(bad), -1, -1):
                    if bad and cmd[j : j + len(bad)] == bad:
                        cmd = cmd[:j] + good + cmd[j + len(bad) :]
                        break
                mode = "cont"
                continue
            mode = "cont"
        if not spoken_space:
            key = " ".join(re.sub(r"[^a-z' ]", " ", low).split())
            if key in ASIDES:
                continue
            if key in ("no", "no no", "nope"):
                mode = "no"
                continue
            if key == "scratch that":
                cmd, mode = [], "start"
                continue
            if key == "wait":
                mode = "wait"
                continue
            if key == "again":
                mode = "start"
                continue
        m = LEAD_RE.match(c)
        if m:
            c = c[m.end() :].strip()
            cmd, mode = [], "start"
            if not c:
                continue
        elif not spoken_space and CONTEXT_RE.match(c):
            continue
        if c.lower().startswith("make that "):
            c, mode = c[len("make that ") :], "no"
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
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def two_digits(s: str) -> str:
    n = int(s)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t = TENS[n // 10 - 2]
    return t if n % 10 == 0 else f"{t} {UNITS[n % 10]}"


def say_number(s: str) -> str:
    digits = " ".join(UNITS[int(ch)] for ch in s)
    if len(s) > 1 and s[0] == "0":
        return digits
    if len(s) <= 2:
        return two_digits(s)
    if len(s) == 3:
        if s[1:] == "00":
            return f"{UNITS[int(s[0])]} hundred"
        if s[1] != "0":
            return f"{UNITS[int(s[0])]} {two_digits(s[1:])}"
        return digits
    if len(s) == 4:
        if s[1:] == "000":
            return f"{UNITS[int(s[0])]} thousand"
        if s[2] != "0":
            return f"{two_digits(s[:2])} {two_digits(s[2:])}"
    return digits


def speech_tokens_ok(cmd: str) -> bool:
    for p in pieces(cmd):
        if p.isalpha() and p.lower() in RESERVED:
            return False
    return True


def fuzzy_names(rng: random.Random) -> dict[str, str]:
    """Per-line synonyms: Rosa (or Whisper) settles on one name per symbol within a line."""
    names = {
        sym: (CLEAN_NAME[sym] if rng.random() < 0.5 else rng.choice(FUZZY_NAME[sym]))
        for sym in CLEAN_NAME
    }
    names["--"] = rng.choice(["dash dash", "double dash", "minus minus", "dash dash"])
    names["cap"] = "capital" if rng.random() < 0.7 else "uppercase"
    names["caps"] = "caps" if rng.random() < 0.7 else "all caps"
    return names


def proto_word(word: str, rng: random.Random | None, names: dict[str, str] | None = None) -> str:
    """One command word in protocol speech; rng=None gives the clean form."""
    if names is None:
        names = dict(CLEAN_NAME, **{"--": "dash dash", "cap": "capital", "caps": "caps"})
    out: list[str] = []
    glue = [False]  # glue[k + 1]: out[k] is written onto out[k - 1] with no blank (digits)
    ps = pieces(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        tight = False
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            text = names["--"]
            k += 1
        elif p in CLEAN_NAME:
            text = names[p]
        elif p.isdigit():
            if rng is not None and rng.random() < 0.5:
                text = p
                tight = k > 0 and ps[k - 1].islower()
                if k + 1 < len(ps) and ps[k + 1].islower():
                    glue.append(tight)
                    out.append(text)
                    k += 1
                    text, tight = ps[k], True
            else:
                text = say_number(p)
        elif p.isupper() and len(p) == 1:
            text = f"{names['cap']} {p.lower()}"
        elif p.isupper():
            text = f"{names['caps']} {p.lower()}"
        elif p[0].isupper():
            text = f"{names['cap']} {p.lower()}"
        else:
            text = p
        glue.append(tight)
        out.append(text)
        k += 1
    joined = ""
    for k, text in enumerate(out):
        joined += text if (k == 0 or glue[k + 1]) else " " + text
    return joined


COMPOUND_PARTS = set(
    """black fire code spell import cloud color set file system time date machine config page
    net work back up data base key mail web storm watch man speed test snap read link play
    type script server host name user pass word port list check flat pack down load over lay
    node path size stash dump mongo pod helm tar sum pdf info png crush zip note auto make dir
    gen tool box hyper paper light show line text grep more less cat kit log in out repo
    sitory temper ature dead lock unit files bundle fast slow sync copy move clean build
    update version print flake rain bow brush font mirror mirrors table hash mount point
    short long view kill tree disk group share shot screen shooter shell home scan stat
    stream streams value range format query frequency session export status enable disable
    create delete remove restore commit branch label usage account deploy help init""".split()
)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper splits one long lower-case name in two ("blackfire" -> "black fire")."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 6 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        if idx > 0 and toks[idx - 1] in ("capital", "caps", "uppercase"):
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
    return " space ".join(proto_word(w, None) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = fuzzy_names(rng)
    parts = [proto_word(w, rng, names) for w in cmd.split(" ")]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.25 else " space "
    if rng.random() < 0.4:
        text = split_compound(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


def nat_style(rng: random.Random) -> dict[str, float]:
    """Per-line habits: whether Rosa says each kind of symbol aloud or Whisper writes it."""
    base = {
        "flag": 0.45,
        "path.": 0.2,
        "word.": 0.5,
        "/": 0.15,
        "_": 0.8,
        ":": 0.8,
        "=": 0.85,
        "~": 0.7,
    }
    return {key: (0.92 if rng.random() < p else 0.08) for key, p in base.items()}


def nat_word(word: str, rng: random.Random, style: dict[str, float]) -> str:
    """One command word the way Whisper writes Rosa's natural speech."""
    if word in STANDALONE:
        return CLEAN_NAME[word]
    if word.isdigit():
        n = int(word)
        if 0 < n <= 10 and word[0] != "0" and rng.random() < 0.3:
            return say_number(word)
        return word
    if "://" in word:
        return word
    ps = re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", word)
    spoken = [False] * len(ps)
    lead_dash = 0
    while lead_dash < len(ps) and ps[lead_dash] == "-":
        lead_dash += 1
    if lead_dash and lead_dash < len(ps) and rng.random() < style["flag"]:
        for k in range(lead_dash):
            spoken[k] = True
    if ps and ps[0] in ("~", "*") and len(ps) > 1 and rng.random() < style["~"]:
        spoken[0] = True
        if ps[1] == "/":
            spoken[1] = True
    pathish = "/" in word
    say = {}
    for sym in "._/:=":
        key = sym if sym != "." else ("path." if pathish else "word.")
        say[sym] = rng.random() < style[key]
    if word[0] in "/.":  # Whisper writes absolute paths and dot-files as text
        say["/"] = say["."] = False
    for k in range(1, len(ps) - 1):
        p = ps[k]
        if p in GLUE_BOTH and say[p] and (ps[k - 1] not in GLUE_BOTH or spoken[k - 1]):
            spoken[k] = True
    toks: list[str] = []
    buf = ""
    for k, p in enumerate(ps):
        if spoken[k]:
            if buf:
                toks.append(buf)
                buf = ""
            toks.append(CLEAN_NAME[p])
        else:
            buf += p
    if buf:
        toks.append(buf)
    # "dash capital T": Rosa announces a lone capital after a spoken dash
    if len(toks) >= 2 and toks[-2] == "dash" and re.fullmatch(r"[A-Z]", toks[-1]):
        if rng.random() < 0.6:
            toks[-1] = "capital " + toks[-1]
    return " ".join(toks)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_render_words(cmd: str, rng: random.Random) -> list[str]:
    words = cmd.split(" ")
    style = nat_style(rng)
    out = [nat_word(w, rng, style) for w in words]
    if words[0] == "sudo" and rng.random() < 0.25:
        out[0] = "pseudo"
    ti = tool_index(words)
    if words[ti] in SLIP_TEXT and words[ti] != "sudo" and rng.random() < 0.4:
        out[ti] = SLIP_TEXT[words[ti]]
    return out


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    first = text.split(" ", 1)[0]
    if re.fullmatch(r"[a-z]+[.,:]?", first):
        return text[:1].upper() + text[1:]
    return text


def why_of(desc: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z0-9 '()/-]+", desc) or len(desc) > 70:
        return None
    if re.search(r"\b(space|again|no|wait|not|note|remember|run)\b", desc, re.IGNORECASE):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


TRAIL_CTX = [
    "for the backup job",
    "before Friday",
    "on staging",
    "on box three",
    "after the reboot",
    "for the migration",
    "on prod",
    "tonight",
    "for the cert renewal",
    "before the window closes",
    "on box two",
]
SUFFIX_CTX = [
    "on box three",
    "on staging",
    "before Friday",
    "for the backup job",
    "on prod",
    "on box two",
    "tonight",
    "after lunch",
]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    c = " ".join(nat_render_words(cmd, rng))
    cap = sent(c)
    ctx = rng.choice(TRAIL_CTX)
    sfx = rng.choice(SUFFIX_CTX)
    shapes = [
        lambda: f"Note: {cap}.",
        lambda: f"Note to self: {cap}.",
        lambda: f"Remember {c}.",
        lambda: f"For later, {c}.",
        lambda: f"Todo, run {c}.",
        lambda: f"To do: run {c} {sfx}.",
        lambda: f"{cap} {sfx}.",
        lambda: f"{cap}, {ctx}.",
        lambda: f"{cap}, again, {' '.join(nat_render_words(cmd, rng))}.",
        lambda: f"Box three: {cap}.",
        lambda: f"Quick one: {cap}, {ctx}.",
        lambda: f"Remember to run {c} {sfx}.",
        lambda: f"For later, {c}. {sent(ctx)}.",
        lambda: f"Don't forget: {c}.",
        lambda: f"Reminder, {c} {sfx}.",
        lambda: f"{sent(ctx)}: {c}.",
        lambda: f"Okay. Next: {cap}.",
        lambda: f"{cap}... {ctx}.",
        lambda: f"Todo, run {c}, {ctx}.",
        lambda: f"Note: {cap}. {sent(ctx)}.",
    ]
    if why:
        shapes += [
            lambda: f"Note: {cap}, to {why}.",
            lambda: f"To {why}: {c}.",
            lambda: f"{cap}, so I can {why}.",
            lambda: f"If I need to {why}, {c}.",
            lambda: f"{cap}. That's to {why}.",
            lambda: f"{why[:1].upper() + why[1:]}. Note: {cap}.",
            lambda: f"For later, {c}, because we need to {why} {sfx}.",
        ] * 2
    return rng.choice(shapes)()


WRONG_WORDS = [
    "status",
    "stash",
    "staging",
    "master",
    "test",
    "backup",
    "list",
    "show",
    "start",
    "stop",
    "prod",
    "old",
    "restart",
    "reload",
]
WRONG_FLAGS = [
    "--force",
    "--verbose",
    "--all",
    "--quiet",
    "--dry-run",
    "--debug",
    "-v",
    "-f",
    "-r",
    "-x",
]
WRONG_FILES = ["notes", "backup", "old", "main", "config", "report", "draft"]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10, 100]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif "." in word and re.fullmatch(r"[\w./~-]+", word):
            head, _, tail = word.rpartition("/")
            stem, dot, ext = tail.partition(".")
            w = (head + "/" if head else "") + rng.choice(WRONG_FILES) + dot + ext
            if "/" not in word and not head:
                w = rng.choice(WRONG_FILES) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "staging"


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    proto = rng.random() < 0.3
    if proto:
        names = fuzzy_names(rng) if rng.random() < 0.4 else None
        fuzzy = rng if names else None

        def say(w: str) -> str:
            return proto_word(w, fuzzy, names)

        rendered = [say(w) for w in words]
        joiner = " space "
    else:
        style = nat_style(rng)

        def say(w: str) -> str:
            return nat_word(w, rng, style)

        rendered = nat_render_words(cmd, rng)
        joiner = " "
    n = len(words)
    kind = rng.choice(["no", "no", "make", "wait", "wait", "scratch", "cut", "lead", "again"])
    if n == 1 and kind == "lead":
        kind = "no"
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = mutate(words[i], words, rng)
    wrong_r = say(wrong)
    right_r = rendered[i]

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    full = j(rendered)
    # hesitations and a mid-command aside (natural only, between whole words)
    if not proto and n > 1 and rng.random() < 0.35:
        k = rng.randrange(1, n)
        aside = rng.choice([", uh, ", " um ", ", hang on, door, ", ", sorry, ", " uh "])
        full = " ".join((" ".join(rendered[:k]) + aside + " ".join(rendered[k:])).split())
    if kind == "no":
        marker = rng.choice([", no, ", ", no no, ", ", nope, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "make":
        core = j(rendered[:i] + [wrong_r]) + ", make that " + j(rendered[i:])
    elif kind == "wait":
        core = j(rendered[:i] + [wrong_r] + rendered[i + 1 :]) + f", wait, {right_r} not {wrong_r}"
    elif kind == "scratch":
        k = rng.randrange(1, n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        marker = rng.choice([", scratch that. ", ". Scratch that. ", ", no, scratch that. "])
        core = j(attempt) + marker + sent(full)
    elif kind == "cut":
        k = rng.randrange(1, n + 1)
        last = rendered[k - 1]
        cutw = last[: max(2, len(last) // 2)] if last.isalpha() else last
        core = j(rendered[: k - 1] + [cutw]) + "... " + full
    elif kind == "lead":
        k = rng.randrange(1, n)
        lead = rng.choice(["Note: ", "Remember ", "For later, ", "Todo, run "])
        sep = rng.choice(["... ", ", ", ". "])
        lead2 = sent(lead.lower()) if sep == ". " else lead.lower()
        first = j(rendered[:k])
        first, second = (sent(first), sent(full)) if lead.endswith(": ") else (first, full)
        tail = rng.choice(["", ", " + rng.choice(TRAIL_CTX)])
        return f"{lead}{first}{sep}{lead2}{second}{tail}."
    else:  # again: the first copy had a slip, so she says it again
        core = j(rendered[:i] + [wrong_r] + rendered[i + 1 :]) + ", no, again, " + full
    frame = rng.randrange(11)
    if frame == 0:
        line = f"Note: {sent(core)}"
    elif frame == 1:
        line = f"Remember {core}"
    elif frame == 2:
        line = f"Um, for later, {core}"
    elif frame == 3:
        line = f"Ugh, this door. Todo, run {core}"
    elif frame == 4:
        line = f"{sent(core)}, {rng.choice(TRAIL_CTX)}"
    elif frame == 5 and why:
        line = f"{sent(core)}, to {why}"
    elif frame == 6:
        line = f"{sent(core)}, {rng.choice(TRAIL_CTX)}, I think..."
    elif frame == 7:
        line = f"Hang on. {sent(core)} {rng.choice(SUFFIX_CTX)}"
    elif frame == 8 and why:
        line = f"Uh, to {why}: {core}"
    elif frame == 9:
        line = f"Sorry, door. Okay, {core}"
    else:
        line = f"Box three: {sent(core)}"
    return line + ("" if line.endswith("...") else ".")


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
                or len(cmd) > 80
                or cmd != cmd.strip()
                or "  " in cmd
                or "\n" in cmd
                or "\t" in cmd
            ):
                continue
            if not re.fullmatch(r"[A-Za-z0-9 ./_:=~*|>-]+", cmd):
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
    rng = random.Random(66)
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
