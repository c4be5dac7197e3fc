"""Independent voice-to-bash evaluation set "author68": Walt, the retired Unix greybeard.

Writes assets/training/bash/author68.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev45_commands.jsonl (lines whose 0-based number
% 4 == 1).  Standard library only; one random.Random(68) consumed in a fixed order, so reruns
are byte-identical.  Run: cd /work/main && python3 tests/bench/sixtyeighth_author.py

STYLE GUIDE
===========

Persona
-------
Walt is a retired Unix greybeard (started on a PDP-11, still calls "/" a whack) mentoring an
intern over a video call.  He dictates a command for the intern to type, wrapped in teacherly
framing ("Okay kiddo, type X", "Go ahead and punch in X", "What you want is X"), a why ("That'll
...", "If you want to ..., type X") and rambling asides ("Back in my day we did this on a
teletype", "Trust me on this one", "You still with me?").  He corrects himself like an old Navy
man: "belay that", "strike that", "or rather", "I misspoke", "from the top".

Vocabulary (Walt's own words; the fuzzy slice also uses the synonyms after the bar)
-----------------------------------------------------------------------------------
  -   minus            | dash            --  minus minus   | double minus, dash dash
  /   whack            | slash           .   dot           | point, period
  ..  dot dot          ~   tilde         | twiddle, squiggle
  *   splat            | star            !   bang          | shriek
  #   hash             | pound           '   tick          (both ends)
  `   back tick        | backtick, back quote
  "   quote (opening) ... unquote (closing)  | open quote ... end quote / close quote
  $   dollar           | dollar sign     |   pipe
  :   colon            =   equals        | equal
  _   underbar         | underscore      >   right angle   | greater than
  <   left angle       | less than       @   at sign
  +   plus             ,   comma         ;   semi          | semicolon
  %   percent          ?   question mark     ^   hat         | caret
  &   ampersand        \\   backwhack     | backslash
  ( ) open paren / close paren    [ ] open bracket / close bracket
  { } open brace / close brace    | open curly / close curly
  space (between command words)   | blank
  cap W        the next word (or letter) starts upper case: "cap v" = V, "cap user" = User
               | capital
  all caps W   the next word is all upper case: "all caps home" = HOME   | all capitals
Numbers, Walt's way: zero is "oh"; one- and two-digit numbers as words ("seven", "twenty two");
round hundreds and thousands the old way ("five hundred", "fifteen hundred", "three
thousand"); everything else digit by digit ("eight oh eight oh" = 8080, "four four three" =
443, "oh six four four" = 0644).  Versions and addresses go digit-dot-digit ("one dot two
dot three").  In the fuzzy slice zero may be "zero" and some numbers are heard as digits.
Two-word names are keywords only as a pair ("right angle", "at sign", "back tick", "open
paren"); no command in this set contains a word that is a one-word keyword, a number word,
or the second word of a pair, so such a word is always a keyword.

Slices
------
clean    Pure protocol.  Every piece of the command is spoken, "space" exactly where the
         command has a space, symbols by name, numbers as words, case announced.  Whisper
         writes it all lower case with no punctuation: "git space log space minus minus
         oneline".
fuzzy    The same protocol with Walt's synonyms (chosen once per line) and Whisper's slips:
         first word capitalised, final full stop, commas after some "space"s, some numbers
         as digits, one long name heard split in two ("lazy git").  Inside one command word
         every spoken piece is glued to the next, so a split is harmless.
natural  How Walt really dictates.  "space" is never said; Whisper writes plain words, digits,
         flags ("-la", "--force"), file names ("config.yaml"), paths ("/etc/hosts",
         "./run.sh") and URLs as text; Walt names what Whisper cannot write (quotes, pipes,
         redirects, splats, dollars, "dot dot") and often the rest too ("minus minus force",
         "tilde whack projects whack notes dot txt", "app underbar db").  Framing around
         the command: a lead-in, a why, an anecdote, "and hit return".
chaotic  Natural (or, in about a third of lines, protocol) speech with Walt's disfluencies.
         Every line has at least one correction or restart.

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "uh", "um", "er", "erm", "hmm", "ah" are dropped wherever they are, with
    the one comma, full stop or "..." Whisper wrote after them ("git, uh, log" = "git, log").
 2. Mode: if the word "space" or "blank" occurs, the line is protocol; otherwise natural.
 3. Whisper's punctuation cuts the line into clauses: ", " "; " ": " "? " "! " ". " and
    "... ".  A final full stop / question mark / "!" / "..." is dropped.  (Commands in this
    set never contain such a mark followed by a space.)
 4. Clause kinds, checked in this order (the asides and markers only when the clause has no
    spoken "space"):
    a. asides (the whole clause): "okay", "alright", "right", "now", "good", "kiddo", "okay
       kiddo", "listen", "you still with me", "can you see my screen", "you froze", "you cut
       out there", "is this thing on", "where was I", "where were we", "anyway", "bear with
       me", "hold your horses", "hold on", "trust me on this one", "old habits", "for me",
       "please", ... -> ignored;
    b. markers (the whole clause): "belay that", "from the top", "let me start over" -> the
       command so far is thrown away; "strike that" -> the last command word is thrown away
       and the next clause goes on from there; "rather" / "or rather" -> the next clause
       replaces the last command word (and goes on); "I misspoke" -> see rule 5;
    c. lead words at the start of a clause, optionally after "okay", "alright", "now",
       "so", "just", "then", "kiddo": "type", "go ahead and type", "punch in", "go ahead
       and punch in", "key in", "enter", "try", "what you want is", "you want" -> the
       command (re)starts right after them;
    d. why, context and anecdote: a clause starting with "that'll", "that will", "this'll",
       "this will", "it'll", "so", "to", "in order to", "because", "since", "that's", "it's",
       "if", "when", "then", "and", "or", "but", "back in", "in my day", "trust me",
       "believe me", "I learned", "I remember", "I've", "I once", "we used to", "you'll",
       "you'd", "don't", "never", "always", "old habits", "nobody" -> ignored;
    e. a clause starting "rather " or "or rather " is a correction in one breath: what
       follows replaces the last command word;
    f. the trailing phrases "and hit return", "and hit enter", "then hit return", "and
       press return", "for me", "if you would", "kiddo", "please" are cut off the end of a
       command clause when Whisper wrote no comma.
 5. Corrections and restarts:
    - "X... Y": an ellipsis followed by more speech means Walt cut himself off; Y restarts
      the command (an ellipsis at the very end is a trailing thought);
    - "..., I misspoke, A not B" (also "it's A not B", "that's A not B", "should be A not
      B"): the last B in the command so far becomes A; "..., I misspoke, Y" without "not":
      Y replaces the last command word (like "rather").
 6. Protocol mode: punctuation is noise, letters are lower-cased, every spoken piece is glued
    to the previous one, and only "space"/"blank" separates command words; a clause after
    a comma goes on the same word unless the previous clause ended with "space".  "cap"
    and "all caps" act on the next piece.  A run of number words forms one number: "oh" and
    "zero" are 0, units one digit, a tens word takes a following unit ("twenty two" = 22),
    teens two digits, "hundred" appends 00 and "thousand" 000 ("fifteen hundred" = 1500).
 7. Natural mode: whitespace separates command words; text Whisper wrote is kept as written;
    number words become digits (rule 6) and case words act on the next token.  Symbol words
    glue by kind:
      both sides   dot whack underbar colon equals at-sign comma hash percent question-mark
                   hat backwhack                       ("main dot py" = main.py)
      to the right minus tilde splat dollar plus "dot dot" open-paren/bracket/brace, quote,
                   and an opening tick / back tick; they start a new word unless the token
                   before was a gluing symbol        ("minus minus force" = --force,
                   "tilde whack logs" = ~/logs, "quote foo" = "foo)
      to the left  semi unquote close-paren/bracket/brace and a closing tick / back tick
      alone        pipe right-angle left-angle ampersand bang; two of them in a row join
                   ("right angle right angle" = >>)
    A tick (back tick) is opening when the command so far holds an even number of them.
    A hyphen inside a written word stays ("files-with-matches"); Walt only says "minus" for
    leading dashes, and Whisper writes paths that start at the root or with a dot.
 8. Start of a command (natural): Whisper's sentence capital is undone ("Git" -> git), and at
    the tool position Whisper's known slips are mapped back (table SLIPS: "pseudo" -> sudo,
    "system CTL" -> systemctl, "who am I" -> whoami, "lazy git" -> lazygit, ...).

Known ambiguities: the lead, aside and context lists are closed; a command clause that merely
begins with "try", "to", "so" or "if" would be misread.  The generator therefore keeps a
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
OUT = ROOT / "assets" / "training" / "bash" / "author68.jsonl"
AUTHOR = "author68"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"oh", "hundred", "thousand"}

# spoken name(s) -> character(s); the listener looks up three, two, then one word
SYMBOLS: dict[tuple[str, ...], str] = {
    ("double", "minus"): "--",
    ("double", "dash"): "--",
    ("dot", "dot"): "..",
    ("back", "tick"): "`",
    ("back", "quote"): "`",
    ("open", "quote"): '"',
    ("end", "quote"): '"',
    ("close", "quote"): '"',
    ("dollar", "sign"): "$",
    ("right", "angle"): ">",
    ("greater", "than"): ">",
    ("left", "angle"): "<",
    ("less", "than"): "<",
    ("at", "sign"): "@",
    ("question", "mark"): "?",
    ("open", "paren"): "(",
    ("close", "paren"): ")",
    ("open", "bracket"): "[",
    ("close", "bracket"): "]",
    ("open", "brace"): "{",
    ("close", "brace"): "}",
    ("open", "curly"): "{",
    ("close", "curly"): "}",
    ("minus",): "-",
    ("dash",): "-",
    ("whack",): "/",
    ("slash",): "/",
    ("dot",): ".",
    ("point",): ".",
    ("period",): ".",
    ("tilde",): "~",
    ("twiddle",): "~",
    ("squiggle",): "~",
    ("splat",): "*",
    ("star",): "*",
    ("bang",): "!",
    ("shriek",): "!",
    ("hash",): "#",
    ("pound",): "#",
    ("tick",): "'",
    ("backtick",): "`",
    ("quote",): '"',
    ("unquote",): '"',
    ("dollar",): "$",
    ("pipe",): "|",
    ("colon",): ":",
    ("equals",): "=",
    ("equal",): "=",
    ("underbar",): "_",
    ("underscore",): "_",
    ("plus",): "+",
    ("comma",): ",",
    ("semi",): ";",
    ("semicolon",): ";",
    ("percent",): "%",
    ("hat",): "^",
    ("caret",): "^",
    ("ampersand",): "&",
    ("backwhack",): "\\",
    ("backslash",): "\\",
}
# which closing words close a double quote (natural glue to the left)
CLOSE_QUOTE = {("unquote",), ("end", "quote"), ("close", "quote")}
CASE_WORDS = {
    ("all", "caps"): "caps",
    ("all", "capitals"): "caps",
    ("cap",): "cap",
    ("capital",): "cap",
}
CLEAN_NAME = {
    "-": "minus",
    "/": "whack",
    ".": "dot",
    "~": "tilde",
    "*": "splat",
    "!": "bang",
    "#": "hash",
    "'": "tick",
    "`": "back tick",
    '"': "quote",
    "$": "dollar",
    "|": "pipe",
    ":": "colon",
    "=": "equals",
    "_": "underbar",
    ">": "right angle",
    "<": "left angle",
    "@": "at sign",
    "+": "plus",
    ",": "comma",
    ";": "semi",
    "%": "percent",
    "?": "question mark",
    "^": "hat",
    "&": "ampersand",
    "\\": "backwhack",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
}
FUZZY_NAME = {
    "-": ["dash"],
    "/": ["slash"],
    ".": ["point", "period"],
    "~": ["twiddle", "squiggle"],
    "*": ["star"],
    "!": ["shriek"],
    "#": ["pound"],
    "`": ["backtick", "back quote"],
    "$": ["dollar sign"],
    "=": ["equal"],
    "_": ["underscore"],
    ">": ["greater than"],
    "<": ["less than"],
    ";": ["semicolon"],
    "^": ["caret"],
    "\\": ["backslash"],
    "{": ["open curly"],
    "}": ["close curly"],
}
# natural-mode glue kinds
GLUE_BOTH = set("./_:=@,#%?^\\")
GLUE_RIGHT = set("-~*$+([{") | {".."}
GLUE_LEFT = set(";)]}")
STANDALONE = set("|><&!")
# characters Whisper never writes for Walt in natural mode: he names them
FORCE_SPOKEN = set("\"'`$|><;,!#*()[]{}^&\\?%")
LITERAL_OK = re.compile(r"[A-Za-z0-9./~_:=@+-]+")
URL_OK = re.compile(r"[a-z]+://[A-Za-z0-9./_:=@?&%#+-]+")

RESERVED = NUMWORDS | {w for k in SYMBOLS if len(k) == 1 for w in k}
RESERVED |= {k[1] for k in SYMBOLS if len(k) == 2}
RESERVED |= {"cap", "capital", "caps", "capitals", "space", "blank"}
RESERVED |= {"belay", "strike", "rather", "misspoke", "not"}
RESERVED |= {"uh", "um", "er", "erm", "hmm", "ah", "pseudo"}

SLIPS: dict[tuple[str, ...], str] = {
    ("pseudo",): "sudo",
    ("sue", "do"): "sudo",
    ("system", "ctl"): "systemctl",
    ("mako", "ctl"): "makoctl",
    ("talos", "ctl"): "talosctl",
    ("lldp", "ctl"): "lldpctl",
    ("audit", "ctl"): "auditctl",
    ("dunst", "ctl"): "dunstctl",
    ("login", "ctl"): "loginctl",
    ("do", "ctl"): "doctl",
    ("wm", "ctrl"): "wmctrl",
    ("nm", "cli"): "nmcli",
    ("my", "cli"): "mycli",
    ("redis", "cli"): "redis-cli",
    ("valkey", "cli"): "valkey-cli",
    ("linode", "cli"): "linode-cli",
    ("warp", "cli"): "warp-cli",
    ("lazy", "git"): "lazygit",
    ("tcp", "dump"): "tcpdump",
    ("hex", "dump"): "hexdump",
    ("pod", "man"): "podman",
    ("r", "clone"): "rclone",
    ("p", "grep"): "pgrep",
    ("ls", "of"): "lsof",
    ("ls", "usb"): "lsusb",
    ("t", "shark"): "tshark",
    ("udev", "adm"): "udevadm",
    ("who", "am", "i"): "whoami",
    ("up", "time"): "uptime",
    ("c", "make"): "cmake",
    ("g", "cloud"): "gcloud",
    ("mini", "kube"): "minikube",
    ("s3", "cmd"): "s3cmd",
    ("sha256", "sum"): "sha256sum",
    ("md5", "sum"): "md5sum",
    ("b3", "sum"): "b3sum",
    ("pdf", "latex"): "pdflatex",
    ("pdf", "tk"): "pdftk",
    ("pdf", "crop"): "pdfcrop",
    ("pdf", "fonts"): "pdffonts",
    ("pdf", "jam"): "pdfjam",
    ("ssh", "keyscan"): "ssh-keyscan",
    ("f", "dupes"): "fdupes",
    ("rm", "lint"): "rmlint",
    ("sql", "fluff"): "sqlfluff",
    ("ns", "lookup"): "nslookup",
    ("hci", "tool"): "hcitool",
    ("snmp", "get"): "snmpget",
    ("rf", "kill"): "rfkill",
    ("rm", "mod"): "rmmod",
    ("xdg", "open"): "xdg-open",
    ("git", "lab"): "gitlab",
    ("g", "lab"): "glab",
    ("open", "ssl"): "openssl",
    ("openssl",): "openssl",
    ("open", "stack"): "openstack",
    ("openstack",): "openstack",
    ("gh",): "gh",
    ("az",): "az",
    ("jj",): "jj",
    ("uv",): "uv",
    ("qm",): "qm",
    ("pct",): "pct",
    ("dnf",): "dnf",
    ("svn",): "svn",
    ("gdb",): "gdb",
    ("adb",): "adb",
    ("hg",): "hg",
    ("ng",): "ng",
    ("ldd",): "ldd",
    ("aws",): "aws",
    ("k6",): "k6",
}
# how Whisper writes each slip (generator side)
SLIP_TEXT = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "makoctl": "Mako CTL",
    "talosctl": "Talos CTL",
    "lldpctl": "LLDP CTL",
    "auditctl": "audit CTL",
    "dunstctl": "Dunst CTL",
    "loginctl": "login CTL",
    "doctl": "DO CTL",
    "wmctrl": "WM ctrl",
    "nmcli": "NM CLI",
    "mycli": "my CLI",
    "redis-cli": "Redis CLI",
    "valkey-cli": "Valkey CLI",
    "linode-cli": "Linode CLI",
    "warp-cli": "Warp CLI",
    "lazygit": "lazy git",
    "tcpdump": "TCP dump",
    "hexdump": "hex dump",
    "podman": "pod man",
    "rclone": "R clone",
    "pgrep": "P grep",
    "lsof": "LS of",
    "lsusb": "LS USB",
    "tshark": "T shark",
    "udevadm": "udev ADM",
    "whoami": "who am I",
    "uptime": "up time",
    "cmake": "C make",
    "gcloud": "G cloud",
    "minikube": "mini kube",
    "s3cmd": "S3 CMD",
    "sha256sum": "SHA256 sum",
    "md5sum": "MD5 sum",
    "b3sum": "B3 sum",
    "pdflatex": "PDF LaTeX",
    "pdftk": "PDF TK",
    "pdfcrop": "PDF crop",
    "pdffonts": "PDF fonts",
    "pdfjam": "PDF jam",
    "ssh-keyscan": "SSH keyscan",
    "fdupes": "F dupes",
    "rmlint": "RM lint",
    "sqlfluff": "SQL fluff",
    "nslookup": "NS lookup",
    "hcitool": "HCI tool",
    "snmpget": "SNMP get",
    "rfkill": "RF kill",
    "rmmod": "RM mod",
    "xdg-open": "XDG open",
    "gitlab": "GitLab",
    "glab": "G lab",
    "openssl": "OpenSSL",
    "openstack": "OpenStack",
    "gh": "GH",
    "az": "AZ",
    "jj": "JJ",
    "uv": "UV",
    "qm": "QM",
    "pct": "PCT",
    "dnf": "DNF",
    "svn": "SVN",
    "gdb": "GDB",
    "adb": "ADB",
    "hg": "HG",
    "ng": "NG",
    "ldd": "LDD",
    "aws": "AWS",
    "k6": "K6",
}

ASIDES = {
    "okay",
    "ok",
    "alright",
    "all right",
    "right",
    "now",
    "good",
    "good good",
    "kiddo",
    "okay kiddo",
    "alright kiddo",
    "listen",
    "look",
    "see",
    "got it",
    "you with me",
    "still with me",
    "you still with me",
    "can you see my screen",
    "can you hear me",
    "you froze",
    "you're frozen",
    "you cut out there",
    "you cut out",
    "is this thing on",
    "where was i",
    "where were we",
    "anyway",
    "bear with me",
    "hold your horses",
    "hold on",
    "one second",
    "sorry",
    "ahem",
    "well",
    "yep",
    "perfect",
    "there you go",
    "trust me on this one",
    "old habits",
    "my coffee",
    "darn cat",
    "my hip",
    "where'd i put my glasses",
    "for me",
    "please",
}
RESTART_KEYS = {"belay that", "from the top", "let me start over"}
LEAD_RE = re.compile(
    r"^(?:(?:okay|alright|now|so|just|then|kiddo)\s+)*"
    r"(?:go ahead and type|go ahead and punch in|punch in|key in|type|enter|try|"
    r"what you want is|you want)\b[:,]?\s*",
    re.IGNORECASE,
)
CONTEXT_RE = re.compile(
    r"^(?:that'll|that will|this'll|this will|it'll|so|to|in order to|because|since|"
    r"that's|thats|it's|if|when|then|and|or|but|back in|in my day|trust me|believe me|"
    r"i learned|i remember|i've|i once|we used to|you'll|you'd|don't|never|always|"
    r"old habits|nobody)\b",
    re.IGNORECASE,
)
RATHER_RE = re.compile(r"^(?:or\s+)?rather\s+", re.IGNORECASE)
SUFFIX_RE = re.compile(
    r"\s+(?:and hit return|and hit enter|then hit return|and press return|for me|"
    r"if you would|kiddo|please)$",
    re.IGNORECASE,
)
FIX_RE = re.compile(
    r"^(?:(?:it's|its|that's|thats|should be)\s+)?(.+?)\s+not\s+(.+)$", re.IGNORECASE
)
HES_RE = re.compile(r"\b(?:um+|uh+|er|erm|hmm+|ah+)\b(?:\.\.\.|[,.])?", re.IGNORECASE)
SPLIT_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)\s+")
SPACE_RE = re.compile(r"\b(?:space|blank)\b", re.IGNORECASE)


# ---------------------------------------------------------------- the listener
def parse_number(toks: list[str]) -> str:
    """A run of number words -> digits ("eight oh eight oh" -> 8080, "fifteen hundred")."""
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
        elif t == "oh":
            out += "0"
        elif t in UNITS:
            out += str(UNITS.index(t))
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            out += "000"
        i += 1
    return out


def _lookup(toks: list[str], i: int, table: dict) -> tuple[object | None, int]:
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
        if t in ("space", "blank"):
            words.append(cur)
            cur, open_, i = "", True, i + 1
            continue
        open_ = False
        sym, n = _lookup(toks, i, SYMBOLS)
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


def nat_words(text: str, start: bool, prior: str) -> list[str]:
    """Natural speech -> command words (glue rules 7); prior = command text so far."""
    toks = text.split()
    if start:
        toks = fix_start(toks)
    out: list[str] = []
    glue, stand, case, i = False, False, None, 0
    while i < len(toks):
        t = toks[i]
        sym, n = _lookup(toks, i, SYMBOLS)
        if sym:
            key = tuple(x.lower() for x in toks[i : i + n])
            so_far = prior + " " + " ".join(out)
            if sym == '"':
                kind = "left" if key in CLOSE_QUOTE else "right"
            elif sym in ("'", "`"):
                kind = "left" if so_far.count(sym) % 2 else "right"
            elif sym in GLUE_BOTH:
                kind = "both"
            elif sym in GLUE_RIGHT or sym == "--":
                kind = "right"
            elif sym in GLUE_LEFT:
                kind = "left"
            else:
                kind = "alone"
            if kind == "both":
                if out and not stand:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = True
            elif kind == "right":
                if glue and out:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = True
            elif kind == "left":
                if out:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = False
            else:
                if out and stand:
                    out[-1] += sym
                else:
                    out.append(sym)
                glue = False
            stand = kind == "alone"
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
        glue = stand = False
    return out


def strip_suffixes(text: str) -> str:
    while True:
        new = SUFFIX_RE.sub("", text).strip()
        if new == text:
            return text
        text = new


def decode(line: str) -> str:
    """Walt's careful listener: transcript -> command (rules 1-8 of the guide)."""
    s = " ".join(line.split())
    s = " ".join(HES_RE.sub("", s).split())
    s = re.sub(r"([,.]) ?, ", r"\1 ", s).lstrip(" ,.")
    s = s.rstrip(" .!?").strip()
    proto = SPACE_RE.search(s) is not None
    parts = SPLIT_RE.split(s)
    clauses, delims = parts[0::2], [None, *parts[1::2]]

    cmd: list[str] = []
    mode, open_ = "start", True

    def words_of(text: str, start: bool, prior: list[str]) -> tuple[list[str], bool]:
        if proto:
            return proto_words(text)
        return nat_words(text, start, " ".join(prior)), True

    for clause, delim in zip(clauses, delims, strict=True):
        if delim == "...":
            mode = "start"
        c = clause.strip()
        if not c:
            continue
        low = c.lower()
        key = " ".join(re.sub(r"[^a-z' ]", " ", low).split())
        spoken_space = proto and SPACE_RE.search(low) is not None
        if mode == "fix":
            m = FIX_RE.match(c)
            if m:
                good = words_of(m.group(1), False, cmd)[0]
                bad = words_of(strip_suffixes(m.group(2)), False, cmd)[0]
                for j in range(len(cmd) - len(bad), -1, -1):
                    if bad and cmd[j : j + len(bad)] == bad:
                        cmd = cmd[:j] + good + cmd[j + len(bad) :]
                        break
                mode = "cont"
                continue
            mode = "replace"
        if not spoken_space:
            if key in ASIDES:
                continue
            if key in RESTART_KEYS:
                cmd, mode = [], "start"
                continue
            if key == "strike that":
                cmd, open_, mode = cmd[:-1], True, "cont"
                continue
            if key in ("rather", "or rather"):
                mode = "replace"
                continue
            if key == "i misspoke":
                mode = "fix"
                continue
        m = LEAD_RE.match(c)
        if m:
            c = c[m.end() :].strip()
            cmd, mode = [], "start"
            if not c:
                continue
        elif not spoken_space and CONTEXT_RE.match(c):
            continue
        m = RATHER_RE.match(c)
        if m:
            c, mode = c[m.end() :], "replace"
        c = strip_suffixes(c)
        if not c:
            continue
        if mode == "start" or not cmd:
            words, ends_open = words_of(c, True, [])
            cmd = words
        elif mode == "replace":
            words, ends_open = words_of(c, False, cmd[:-1])
            cmd = cmd[:-1] + words
        else:
            words, ends_open = words_of(c, False, cmd)
            if open_ or not words:
                cmd = cmd + words
            else:
                cmd = cmd[:-1] + [cmd[-1] + words[0]] + words[1:]
        open_, mode = ends_open, "cont"
    return " ".join(cmd)


# ---------------------------------------------------------------- speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")
NAT_PIECE_RE = re.compile(r"\.\.|[A-Za-z0-9]+|.")


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


def walt_number(s: str, zero: str = "oh") -> str:
    """Walt's way with numbers (see the guide)."""
    digits = " ".join(zero if ch == "0" else UNITS[int(ch)] for ch in s)
    if s[0] == "0":
        return digits
    if len(s) <= 2:
        return two_digits(s)
    if len(s) == 3 and s[1:] == "00":
        return f"{UNITS[int(s[0])]} hundred"
    if len(s) == 4 and s[1:] == "000":
        return f"{UNITS[int(s[0])]} thousand"
    if len(s) == 4 and s[2:] == "00":
        return f"{two_digits(s[:2])} hundred"
    return digits


def speech_tokens_ok(cmd: str) -> bool:
    for p in pieces(cmd):
        if p.isalpha() and p.lower() in RESERVED:
            return False
    return True


def fuzzy_names(rng: random.Random) -> dict[str, str]:
    """Per-line synonyms: Walt (or Whisper) settles on one name per symbol within a line."""
    names = {}
    for sym, clean in CLEAN_NAME.items():
        alts = FUZZY_NAME.get(sym)
        names[sym] = rng.choice(alts) if alts and rng.random() < 0.45 else clean
    names["--"] = rng.choice(["minus minus", "double minus", "dash dash", "minus minus"])
    names['"open'], names['"close'] = rng.choice(
        [
            ("quote", "unquote"),
            ("quote", "unquote"),
            ("open quote", "end quote"),
            ("open quote", "close quote"),
        ]
    )
    names["cap"] = "cap" if rng.random() < 0.7 else "capital"
    names["caps"] = "all caps" if rng.random() < 0.7 else "all capitals"
    names["zero"] = "oh" if rng.random() < 0.6 else "zero"
    names["space"] = "space" if rng.random() < 0.85 else "blank"
    names["digits"] = "words" if rng.random() < 0.5 else "mixed"
    return names


def clean_names() -> dict[str, str]:
    names = dict(CLEAN_NAME)
    names.update(
        {
            "--": "minus minus",
            '"open': "quote",
            '"close': "unquote",
            "cap": "cap",
            "caps": "all caps",
            "zero": "oh",
            "space": "space",
            "digits": "words",
        }
    )
    return names


def proto_word(
    word: str, names: dict[str, str], rng: random.Random | None, quotes: list[int]
) -> str:
    """One command word in protocol speech; quotes[0] counts double quotes said so far."""
    out: list[str] = []
    ps = pieces(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            out.append(names["--"])
            k += 2
            continue
        if p == '"':
            out.append(names['"close'] if quotes[0] % 2 else names['"open'])
            quotes[0] += 1
        elif p in CLEAN_NAME:
            out.append(names[p])
        elif p.isdigit():
            if names["digits"] == "mixed" and rng is not None and rng.random() < 0.5:
                out.append(p)
            else:
                out.append(walt_number(p, names["zero"]))
        elif p.isupper() and len(p) == 1:
            out.append(f"{names['cap']} {p.lower()}")
        elif p.isupper():
            out.append(f"{names['caps']} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{names['cap']} {p.lower()}")
        else:
            out.append(p)
        k += 1
    return " ".join(out)


COMPOUND_PARTS = set(
    """lazy git hex dump pod man work flow file name host key scan base line data dir list
    tool box back up down load over lay node path size check pack mount point light dark
    sync copy move clean build print font page text view tree disk group share shot screen
    shell home stat stream value range format query session export status enable disable
    create delete remove restore commit branch label usage account deploy help init repo
    archive table cluster service policy secret role image bucket watch time zone output
    input proxy server client user pass word port rule storage instance socket device
    editor manager package install upgrade release resource template project version
    grep lint cli ctl config info mail pass word compress match verbose select force recurse
    modules module search serve fetch merge watch mode layout frame scale rotate format
    master slave store manage account prompt logs link unlink launch report""".split()
)


def split_compound(text: str, rng: random.Random) -> str:
    """Whisper splits one long lower-case name in two ("lazygit" -> "lazy git", "pvcreate"
    -> "pv create"): at least one half is a familiar English part."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 6 or not t.isalpha() or not t.islower() or t in RESERVED:
            continue
        if idx > 0 and toks[idx - 1] in ("cap", "capital", "caps", "capitals"):
            continue
        for cut in range(3, len(t) - 2):
            a, b = t[:cut], t[cut:]
            if a in RESERVED or b in RESERVED:
                continue
            if (a in COMPOUND_PARTS and len(b) >= 3) or (b in COMPOUND_PARTS and len(a) >= 3):
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_clean(cmd: str) -> str:
    names, quotes = clean_names(), [0]
    return " space ".join(proto_word(w, names, None, quotes) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names, quotes = fuzzy_names(rng), [0]
    parts = [proto_word(w, names, rng, quotes) for w in cmd.split(" ")]
    sp = names["space"]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += f" {sp}, " if rng.random() < 0.25 else f" {sp} "
    if rng.random() < 0.4:
        text = split_compound(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


def nat_style(rng: random.Random) -> dict[str, bool]:
    """Per-line habits: whether Walt says each kind of symbol aloud or Whisper writes it."""
    base = {
        "flag": 0.6,
        "/": 0.35,
        ".": 0.5,
        "~": 0.85,
        "_": 0.8,
        ":": 0.7,
        "=": 0.8,
        "@": 0.75,
        "+": 0.8,
        "case": 0.5,
        "numword": 0.3,
    }
    return {key: rng.random() < p for key, p in base.items()}


def chunk_ok(chunk: str) -> bool:
    """Text Whisper may write for Walt inside a natural line."""
    if not chunk or not LITERAL_OK.fullmatch(chunk):
        return False
    if chunk[-1] in ".:" or ".." in chunk:
        return False
    return True


def nat_word(
    word: str, rng: random.Random, style: dict[str, bool], quotes: list[int]
) -> str | None:
    """One command word the way Whisper writes Walt's natural speech (None: can't say it)."""
    if all(ch in STANDALONE for ch in word):
        return " ".join(CLEAN_NAME[ch] for ch in word)
    if URL_OK.fullmatch(word):
        return word
    ps = NAT_PIECE_RE.findall(word)
    lead = 0
    while lead < len(ps) and ps[lead] == "-":
        lead += 1
    spoken = [False] * len(ps)
    mid_tilde = "~" in ps[1:]  # Whisper writes such a word as it is
    for k, p in enumerate(ps):
        if p.isalnum():
            continue
        after_written_symbol = k > 0 and not ps[k - 1].isalnum() and not spoken[k - 1]
        if p in FORCE_SPOKEN or p == "..":
            spoken[k] = True
        elif mid_tilde:
            continue
        elif p == "-":
            spoken[k] = k < lead < len(ps) and style["flag"]
        elif p == "~":
            spoken[k] = k == 0 and style["~"]
        elif k == 1 and ps[0] == "~" and p == "/":
            spoken[k] = spoken[0]  # "tilde whack", or Whisper's "~/"
        elif p == "+":
            spoken[k] = (k == 0 or spoken[k - 1]) and style["+"]
        elif p in "/._:=@":
            spoken[k] = k > 0 and not after_written_symbol and style[p]
    toks: list[str] = []
    buf = ""

    def flush() -> bool:
        nonlocal buf
        if not buf:
            return True
        if not chunk_ok(buf):
            return False
        if buf.isdigit() and buf[0] != "0" and int(buf) <= 20 and style["numword"]:
            toks.append(walt_number(buf))
        elif re.fullmatch(r"[A-Z][a-z]*", buf) and style["case"]:
            toks.append("cap " + buf.lower())
        elif re.fullmatch(r"[A-Z]{2,}", buf) and style["case"]:
            toks.append("all caps " + buf.lower())
        else:
            toks.append(buf)
        buf = ""
        return True

    for k, p in enumerate(ps):
        if spoken[k]:
            if not flush():
                return None
            if p == '"':
                toks.append("unquote" if quotes[0] % 2 else "quote")
                quotes[0] += 1
            elif p == "..":
                toks.append("dot dot")
            else:
                toks.append(CLEAN_NAME[p])
        else:
            buf += p
    if not flush():
        return None
    return " ".join(toks)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_render(
    cmd: str, rng: random.Random, style: dict[str, bool] | None = None
) -> list[str] | None:
    words = cmd.split(" ")
    style = style if style is not None else nat_style(rng)
    quotes = [0]
    out = []
    for w in words:
        r = nat_word(w, rng, style, quotes)
        if r is None:
            return None
        out.append(r)
    ti = tool_index(words)
    if words[0] == "sudo" and rng.random() < 0.3:
        out[0] = "pseudo"
    if words[ti] in SLIP_TEXT and words[ti] != "sudo" and rng.random() < 0.45:
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
    if re.search(r"\b(space|blank|rather|belay|strike|misspoke|top)\b", desc, re.IGNORECASE):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


ANECDOTES = [
    "Back in my day we did this on a teletype",
    "Back in my day we had to toggle it in on the front panel",
    "Back in eighty seven this took all night on a VAX",
    "Trust me on this one",
    "I learned that the hard way",
    "I've broken prod with less",
    "We used to do this with a shell script and a prayer",
    "Old habits die hard",
    "You'll thank me later",
    "Never trust a GUI for this",
    "Believe me on this",
    "In my day the manual was three binders",
    "I remember when this was a whole afternoon",
    "Nobody reads the man page anymore",
    "Don't let anybody tell you otherwise",
]
TRAILS = ["and hit return", "and hit enter", "then hit return", "for me", "if you would", "kiddo"]
CHECKS = [
    "You still with me?",
    "Can you see my screen?",
    "Is this thing on?",
    "Okay kiddo.",
    "Listen.",
    "Alright.",
    "Hold your horses.",
]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str | None:
    r = nat_render(cmd, rng)
    if r is None:
        return None
    c = " ".join(r)
    cap = sent(c)
    an = rng.choice(ANECDOTES)
    tr = rng.choice(TRAILS)
    chk = rng.choice(CHECKS)
    shapes = [
        lambda: f"Type {c}.",
        lambda: f"Okay kiddo, type {c}.",
        lambda: f"Go ahead and type {c} {tr}.",
        lambda: f"Punch in {c}.",
        lambda: f"Now punch in {c}, {tr}.",
        lambda: f"Key in {c}. {an}.",
        lambda: f"What you want is {c}.",
        lambda: f"{chk} Type {c}.",
        lambda: f"{cap}. {an}.",
        lambda: f"{cap} {tr}.",
        lambda: f"{an}. Anyway, type {c}.",
        lambda: f"Alright, go ahead and punch in {c} {tr}.",
        lambda: f"{cap}... {an}.",
        lambda: f"Try {c}. {an}.",
        lambda: f"Now. {cap}, {tr}.",
    ]
    if why:
        shapes += [
            lambda: f"To {why}, type {c}.",
            lambda: f"{cap}. That'll {why}.",
            lambda: f"If you want to {why}, punch in {c}.",
            lambda: f"Okay kiddo, {c}, so you can {why}.",
            lambda: f"{cap}, that'll {why}. {an}.",
            lambda: f"So you want to {why}? Type {c} {tr}.",
            lambda: f"What you want is {c}, because we need to {why}.",
        ] * 2
    return rng.choice(shapes)()


WRONG_WORDS = [
    "install",
    "update",
    "status",
    "restart",
    "checkout",
    "config",
    "remove",
    "list",
    "start",
    "stop",
    "init",
    "show",
    "build",
    "deploy",
]
WRONG_FLAGS = [
    "--verbose",
    "--recursive",
    "--all",
    "--quiet",
    "--force",
    "-v",
    "-r",
    "-f",
    "-l",
    "-a",
]
WRONG_TOOLS = ["ls", "cat", "grep", "find", "ps", "df", "du", "vi", "ed", "awk", "sed", "make"]
WRONG_FILES = ["notes", "backup", "main", "config", "report", "draft", "old", "test"]


def mutate(word: str, words: list[str], rng: random.Random, tool: bool = False) -> str:
    for _ in range(20):
        if tool:
            w = rng.choice(WRONG_TOOLS)
        elif word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10, 100]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif "." in word and re.fullmatch(r"[\w./~-]+", word):
            head, _, tail = word.rpartition("/")
            stem, dot, ext = tail.partition(".")
            w = (head + "/" if head else "") + rng.choice(WRONG_FILES) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "status"


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str | None:
    words = cmd.split(" ")
    n = len(words)
    proto = n > 1 and rng.random() < 0.33
    if proto:
        names = fuzzy_names(rng) if rng.random() < 0.4 else clean_names()

        def say(w: str) -> str | None:
            return proto_word(w, names, rng, [0])

        quotes = [0]
        rendered: list[str] | None = [proto_word(w, names, rng, quotes) for w in words]
        joiner = f" {names['space']} "
    else:
        style = nat_style(rng)

        def say(w: str) -> str | None:
            return nat_word(w, rng, style, [0])

        rendered = nat_render(cmd, rng, style)
        joiner = " "
    if rendered is None:
        return None
    kind = rng.choice(
        ["rather", "rather", "strike", "strike", "misspoke", "misspoke", "belay", "top", "cut"]
    )
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = mutate(words[i], words, rng, tool=i == 0)
    wrong_r = say(wrong)
    right_r = rendered[i]
    if wrong_r is None:
        return None

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    full = j(rendered)
    # a hesitation or an aside in the middle of the command (natural only, between words)
    if not proto and n > 1 and rng.random() < 0.35:
        k = rng.randrange(1, n)
        aside = rng.choice([", uh, ", " um ", ", hold on, you froze, ", ", bear with me, ", " uh "])
        full = " ".join((" ".join(rendered[:k]) + aside + " ".join(rendered[k:])).split())
    if kind == "rather":
        marker = rng.choice([", rather, ", ", or rather ", ", uh, rather, ", ". Or rather, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "strike":
        marker = rng.choice([", strike that, ", ". Strike that, ", ", uh, strike that, "])
        core = j(rendered[:i] + [wrong_r]) + marker + j(rendered[i:])
    elif kind == "misspoke":
        if rng.random() < 0.6:
            form = rng.choice(["{a} not {b}", "it's {a} not {b}", "should be {a} not {b}"])
            core = (
                j(rendered[:i] + [wrong_r] + rendered[i + 1 :])
                + ", I misspoke, "
                + form.format(a=right_r, b=wrong_r)
            )
        else:
            core = j(rendered[:i] + [wrong_r]) + ", I misspoke, " + j(rendered[i:])
    elif kind == "belay":
        k = rng.randrange(2, n + 1) if n > 1 else 1
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng, k == 1)) or "ls"]
        marker = rng.choice([", belay that. ", ". Belay that. ", ", uh, belay that. "])
        core = j(attempt) + marker + sent(full)
    elif kind == "top":
        k = rng.randrange(2, n + 1) if n > 1 else 1
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng, k == 1)) or "ls"]
        marker = rng.choice(["... from the top. ", ", let me start over. ", ". From the top. "])
        core = j(attempt) + marker + sent(full)
    else:  # cut: he stops mid-word and starts over
        k = rng.randrange(1, n + 1)
        last = rendered[k - 1]
        cutw = last[: max(2, len(last) // 2)] if last.isalpha() else last
        core = j(rendered[: k - 1] + [cutw]) + rng.choice(["... ", "... uh... "]) + full
    frame = rng.randrange(10)
    an = rng.choice(ANECDOTES)
    if frame == 0:
        line = f"Okay kiddo, type {core}"
    elif frame == 1:
        line = f"Uh, punch in {core}"
    elif frame == 2:
        line = f"{sent(core)}, {rng.choice(TRAILS)}"
    elif frame == 3 and why:
        line = f"To {why}, type {core}"
    elif frame == 4:
        line = f"Where was I? Right, {core}"
    elif frame == 5:
        line = f"{sent(core)}. {an}"
    elif frame == 6 and why:
        line = f"{sent(core)}. That'll {why}"
    elif frame == 7:
        line = f"Go ahead and type, um, {core}"
    elif frame == 8:
        line = f"You still with me? Okay. {sent(core)}"
    else:
        line = f"Now, {core}"
    return line + "."


# ---------------------------------------------------------------- candidates
def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 1:
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
    if not text.isascii() or "\n" in text or "\t" in text or "  " in text:
        return False
    return True


def main() -> None:
    rng = random.Random(68)
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
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
