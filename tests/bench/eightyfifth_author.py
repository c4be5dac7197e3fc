"""Eighty-fifth independent author: "Macca", the design-school Mac admin from Melbourne.

Writes assets/training/bash/author85.jsonl: 400 dictated shell commands, 100 per slice, in the
order clean, fuzzy, natural, chaotic.  Each line is
{"input": <what Whisper wrote>, "command": <the exact command>, "slice": ..., "author": "author85"}.

Run it as `cd /work/main && python3 tests/bench/eightyfifth_author.py`.  Standard library only;
one random.Random(85) is consumed in a fixed order, so reruns are byte-identical.

Source commands and credit
--------------------------
Every command is copied verbatim from tldr-pages (https://github.com/tldr-pages/tldr), the
community-maintained help pages for command-line tools, (c) the tldr-pages contributors, licensed
under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).  Two pre-extracted pools of
{command, description, page, source} lines are used:

* clean and fuzzy: assets/training/bash/platforms_dev_commands.jsonl (macOS, BSD, SunOS and
  Android pages), any line;
* natural and chaotic: assets/training/bash/pages_dev50_commands.jsonl, only the lines whose
  0-based line number % 4 == 2.

Within one slice no first word appears more than twice (``sudo`` counts as a first word), and
no command appears in two slices.  Commands that cannot sensibly be dictated are skipped:
non-ASCII, longer than 80 characters (72 for the second pool), doubled blanks, hex hashes and
other long runs of junk, or a character with no spoken name below.

STYLE GUIDE
===========

The speaker
-----------
Macca is the IT admin at a design school in Melbourne.  He looks after a fleet of iMacs and
MacBooks in the studios and a few FreeBSD boxes in the comms cupboard, and he dictates commands
to his laptop while he walks between labs.  When he is being careful he is slow and methodical:
he names every blank, every symbol and every capital, spells what he cannot pronounce and reads
numbers one digit at a time, the way you read a serial number down the phone.  When he relaxes
he talks like a Melburnian ("righto", "reckon", "no worries", "heaps", "this arvo", "mate",
"cheers", "ta") and drops most of the bookkeeping, trusting the listener to know a shell.

The careful protocol (the clean slice; decode() below implements the listener's side)
-------------------------------------------------------------------------------------
1. Separator.  He says "space" for every blank in the command, and only there.  Everything he
   says between two "space"s runs together into one shell word with NOTHING in between: "who am
   i" is whoami, "sock stat" is sockstat, "p m set" is pmset, "config dot yaml" is config.yaml,
   "dash capital c capital s" is -CS.  A listener glues every piece and puts a blank only where
   "space" was said.
2. Symbols, always by these names (a name of several words is one symbol):
      space  (blank)           slash  /                backslash  \\
      dot  .                   dash  -                 double dash  --
      underscore  _            tilde  ~                pipe  |
      greater than  >          double greater than  >>          less than  <
      single quote  '          double quote  "         backtick  `
      dollar  $                star  *                 plus  +
      equals  =                colon  :                semicolon  ;
      comma  ,                 percent  %              caret  ^
      at sign  @               hash  #                 ampersand  &
      double ampersand  &&     bang  !                 question mark  ?
      open bracket  (          close bracket  )        (Australian: plain brackets are round)
      open square  [           close square  ]         open curly  {     close curly  }
   He never says "space" twice in a row and never names a symbol any other way in this slice.
   When relaxed he may say "forward slash" for / and "full stop" for . instead; a listener
   accepts both anywhere.
3. Numbers.  Every digit is said on its own with its word: zero one two three four five six
   seven eight nine.  Ports, versions, PIDs, times and sizes alike: 8080 is "eight zero eight
   zero", 3600 is "three six zero zero", 3.11 is "three dot one one", 192.168.1.10 is "one nine
   two dot one six eight dot one dot one zero", disk0 is "disk zero", base64 is "base six four".
   He says "zero", never "oh", and never "double" for a repeated digit.
4. Spelled letters.  A name he cannot pronounce as a word is spelled one letter per word: pm is
   "p m", df "d f", ls "l s", sshd "s s h d", pfctl "p f c t l", tmp "t m p", src "s r c", jpg
   "j p g", single-letter flags ("dash h").  Two-letter names are spelled unless they are an
   everyday English word (as, if, of, to, no, do, up, on, in, is, at, by, go, my, me, so, or,
   it, we, an, ok); a run with no vowel (a e i o u y) is always spelled.  Whisper writes a
   spelled letter as a single lower-case letter, and it IS lower case unless he said "capital".
   He says the letter z as "zed" and h as "haitch" (Whisper writes them "z" and "h" here).
5. Said as a word.  Anything pronounceable is said as the word it is: list, packages, caffeinate,
   archey, yaml, ubuntu, uptime, readme.  Compound tool names are said in their pieces, which
   still glue because no "space" comes between them: "power metrics", "disk util", "open snoop",
   "x code build", "i o stat", "l p stat", "m k temp", "n v ram", "u u i d gen", "t c c util",
   "sys c t l", "apache c t l", "local host", "change me", "display sleep", "self update".
6. Capitals.  "capital" makes the very next spoken word start with a capital: "capital x" is X,
   "capital library" is Library, "capital x san capital volume" is XsanVolume, "capital your
   capital workspace" is YourWorkspace.  "all caps" upper-cases the whole next word: "all caps
   home" is HOME, "all caps readme dot m d" is README.md.  An upper-case name he has to spell
   gets "capital" before every letter: "capital u capital s capital r one" is USR1.  macOS paths
   are read folder by folder: "slash capital library slash capital preferences".
7. Literal words.  The word right after "capital" or "all caps" is always taken literally.  When
   a word of the command is itself one of the spoken names above (zero, one, space, dot, star,
   double, single, open, capital ...) and could be misread, he warns the listener with "the
   word": "slash dev slash the word zero" is /dev/zero.
8. Nothing else is said: no framing, no fillers, no corrections; the utterance is the command
   and only the command.  Whisper writes it all in lower case with no punctuation.

Listener rules (exactly what decode() does): split on blanks and read left to right; "the word
W" gives W; "capital W" gives W with its first letter upper-cased; "all caps W" gives W
upper-cased; otherwise the longest symbol name that matches gives its symbol ("space" gives a
blank); a digit word gives its digit; any other word is copied as it is.  Concatenate everything
with no separator.

Natural habits (the natural and chaotic slices)
-----------------------------------------------
* Framing and sign-offs.  He opens with a request or a bit of context - "Okay so, can you
  run ...", "Righto, next one's ...", "Can you punch in ...", "I reckon just run ...", "For the
  studio iMacs we need ...", "Over on the FreeBSD box, ...", "Heaps of these to do this arvo,
  so ..." - and often signs off: "Cheers.", "Ta.", "No worries.", "Thanks mate.", "Righto.",
  "That should sort it.".  None of it belongs to the command.
* Fillers ("um", "uh", "ah", "er", "like", each followed by a comma) fall between shell words,
  never inside one and never inside quotes.
* He stops saying "space": a blank goes wherever one shell word clearly ends and the next one
  begins.  Inside a shell word the pieces still glue (a path, a file name, a flag and its
  letters).  A tool name's pieces are still said apart ("disk util", "PNM to PNG"); inside an
  argument Whisper writes the word whole ("pythonbin").
* Numbers come out of Whisper as numerals: "8080", "3.11", "192.168.1.10", "dash 3", "file 1".
* Spelled names come out of Whisper in capitals ("PNM", "SRC", "TMP"); single letters in lower
  case.  Whisper's own capitals (sentence starts, spelled runs) mean nothing: only a spoken
  "capital", "with a capital X", "all caps" or "in capitals" makes anything upper case.
* Symbols are named loosely: "forward slash" as well as "slash"; "full stop" as well as "dot";
  "minus" for a dash; "dash dash" for a double dash; "tilda" or "squiggle" for ~; "asterisk"
  for *; "hat" for ^; "pipe to" or "pipe it into" for |; "into" or "redirect to" for >;
  "append to" for >>; "input from" for <; "at" for @; "and and" for &&; "exclamation mark"
  for !; "open square bracket" for [.  Quotes are opened and closed: "single quote" or "open
  single quote" opens ', "double quotes", "open quotes" or "open double quotes" opens ";
  "end quote", "close single quote", "close quotes" or "unquote" closes whichever is open.
  Between them the words keep one blank each.
* Capitals become "capital Hello" or "hello with a capital H"; a word in capitals becomes "all
  caps HOME" or "home in capitals".  Whisper itself often writes a file name or a flag straight
  out: "config.yaml", "example.com", "--verbose", "-f".
* Chaotic extras, all of which a careful listener undoes:
  - a correction: a wrong shell word, then "no wait, I mean", "sorry, I mean", "nah, scratch
    that,", "no, hang on, make that" or "sorry, not that," and the right shell word, which
    replaces the wrong one ("dash n 9, no wait, I mean 8");
  - a restart: the first word or two, "...", then "hang on, let me start again." (or "sorry,
    start over.", "no, wait, from the top.", "ugh, let me say that again.") and the whole
    command from the beginning;
  - an aside in a sentence of its own between two shell words, after which he picks up with
    "Anyway,": "Hang on, the kettle's boiling.", "Bloody magpie outside, sorry.";
  - a stutter: one word said twice.  Whisper puts a comma in a stuttered command word ("list,
    list"); a real repeated argument ("main main") has no comma.  In the framing it is just
    doubled ("can can you");
  - long rambling framing about the lab, the campus, the trams or the weather.

The slices
----------
* clean: the careful protocol above, lower case, no punctuation, nothing but the command.
  decode(input) == command holds for every clean line (asserted when the file is written).
* fuzzy: the same careful protocol, as Whisper really writes it: a capital at the start and
  usually a full stop at the end, commas after a pause ("space,"), digits as numerals ("8 0 8
  0" or "8080"), spelled letters run together ("PM", "CNW"), pieces joined or split ("whoami",
  "up time", "caffein ate"), homophones ("pseudo" for sudo, "said" for sed, "heard" for herd,
  "Archie", "Maine"), letter names ("pee", "see", "you", "eye", "are", "tea", "zed", "haitch"),
  "config.yaml" or "-f" written straight out, Whisper's capitals after "capital" and "all caps"
  ("capital Volume", "all caps README"), and now and then a symbol by a variant name (forward
  slash, full stop, period, hyphen, minus, asterisk, under score, double-dash, tilda, carrot).
* natural: how he says it when he is not being careful, as Whisper writes it (habits above).
* chaotic: natural plus corrections, restarts, asides, a word twice and long framing; a careful
  human can still recover the exact command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
POOL_PLATFORMS = BASH / "platforms_dev_commands.jsonl"
POOL_PAGES = BASH / "pages_dev50_commands.jsonl"
OUT = BASH / "author85.jsonl"
AUTHOR = "author85"
PER_SLICE = 100

# ---------------------------------------------------------------------------------------------
# Vocabulary of the careful protocol
# ---------------------------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

SYM_NAMES = {
    " ": "space",
    "/": "slash",
    "\\": "backslash",
    ".": "dot",
    "-": "dash",
    "--": "double dash",
    "_": "underscore",
    "~": "tilde",
    "|": "pipe",
    ">": "greater than",
    ">>": "double greater than",
    "<": "less than",
    "'": "single quote",
    '"': "double quote",
    "`": "backtick",
    "$": "dollar",
    "*": "star",
    "+": "plus",
    "=": "equals",
    ":": "colon",
    ";": "semicolon",
    ",": "comma",
    "%": "percent",
    "^": "caret",
    "@": "at sign",
    "#": "hash",
    "&": "ampersand",
    "&&": "double ampersand",
    "!": "bang",
    "?": "question mark",
    "(": "open bracket",
    ")": "close bracket",
    "[": "open square",
    "]": "close square",
    "{": "open curly",
    "}": "close curly",
}
RELAXED_NAMES = {"forward slash": "/", "full stop": "."}

PHRASES: dict[tuple[str, ...], str] = {tuple(n.split()): s for s, n in SYM_NAMES.items()}
PHRASES.update({tuple(n.split()): s for n, s in RELAXED_NAMES.items()})
MAX_PHRASE = max(len(p) for p in PHRASES)


def decode(text: str) -> str:
    """Rebuild a command from a clean-slice utterance (the listener rules of the guide)."""
    words = text.split()
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w == "the" and i + 2 < n and words[i + 1] == "word":
            out.append(words[i + 2])
            i += 3
            continue
        if w == "capital" and i + 1 < n:
            nxt = words[i + 1]
            out.append(nxt[:1].upper() + nxt[1:])
            i += 2
            continue
        if w == "all" and i + 2 < n and words[i + 1] == "caps":
            out.append(words[i + 2].upper())
            i += 3
            continue
        for size in range(MAX_PHRASE, 0, -1):
            key = tuple(words[i : i + size])
            if len(key) == size and key in PHRASES:
                out.append(PHRASES[key])
                i += size
                break
        else:
            out.append(str(DIGIT_WORDS.index(w)) if w in DIGIT_WORDS else w)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# How he says each alphabetic piece: pieces of one word separated by blanks, a one-letter piece
# is a spelled letter.  Anything not listed follows say_parts()' default rule.
# ---------------------------------------------------------------------------------------------

SAY = {
    # macOS / BSD / Android tools
    "am": "a m",
    "apachectl": "apache c t l",
    "apk": "a p k",
    "asr": "a s r",
    "aux": "a u x",
    "auxww": "a u x w w",
    "bak": "b a k",
    "changeme": "change me",
    "cpu": "c p u",
    "diskb": "disk b",
    "disksleep": "disk sleep",
    "displaysleep": "display sleep",
    "displaysleepnow": "display sleep now",
    "diskutil": "disk util",
    "disableuser": "disable user",
    "doas": "do as",
    "dtruss": "d truss",
    "enableuser": "enable user",
    "eoc": "e o c",
    "etc": "e t c",
    "fuser": "f user",
    "gcrane": "g crane",
    "gethashtypes": "get hash types",
    "htop": "h top",
    "img": "i m g",
    "inet": "i net",
    "iostat": "i o stat",
    "iso": "i s o",
    "libexec": "lib exec",
    "localhost": "local host",
    "lpstat": "l p stat",
    "machdep": "mach dep",
    "macports": "mac ports",
    "mathlib": "math lib",
    "mktemp": "m k temp",
    "netstat": "net stat",
    "nocolor": "no color",
    "noerror": "no error",
    "noverify": "no verify",
    "nvram": "n v ram",
    "opensnoop": "open snoop",
    "pgrep": "p grep",
    "plist": "p list",
    "pmset": "p m set",
    "powermetrics": "power metrics",
    "ppid": "p p i d",
    "pwpolicy": "p w policy",
    "rargs": "r args",
    "selfupdate": "self update",
    "setdestination": "set destination",
    "setpassword": "set password",
    "showsdks": "show s d k s",
    "sockstat": "sock stat",
    "spindump": "spin dump",
    "startbackup": "start backup",
    "stopbackup": "stop backup",
    "sysctl": "sys c t l",
    "tccutil": "t c c util",
    "tmpdir": "t m p dir",
    "tmutil": "t m util",
    "tty": "t t y",
    "uname": "u name",
    "updatedb": "update d b",
    "uri": "u r i",
    "usb": "u s b",
    "usr": "u s r",
    "uuidgen": "u u i d gen",
    "whatis": "what is",
    "whoami": "who am i",
    "xcodebuild": "x code build",
    "xcodeproj": "x code proj",
    "xcodes": "x codes",
    "xctool": "x c tool",
    "xcworkspace": "x c workspace",
    "xed": "x e d",
    "xsan": "x san",
    "zoneadm": "zone a d m",
    "alphanum": "alpha num",
    "bclm": "b c l m",
    # second pool (natural and chaotic)
    "aab": "a a b",
    "acad": "a cad",
    "adb": "a d b",
    "aider": "aider",
    "api": "a p i",
    "apim": "a p i m",
    "apkeep": "a p keep",
    "aria": "aria",
    "arn": "a r n",
    "ast": "a s t",
    "aws": "a w s",
    "binstall": "b install",
    "bpython": "b python",
    "btrfs": "b t r f s",
    "bun": "bun",
    "bup": "bup",
    "cdecl": "c decl",
    "cfv": "c f v",
    "chfn": "c h f n",
    "chgrp": "c h g r p",
    "chkfont": "c h k font",
    "chsh": "c h s h",
    "cifs": "c i f s",
    "cli": "c l i",
    "cmp": "c m p",
    "coredumpctl": "core dump c t l",
    "cpufreq": "c p u freq",
    "createdb": "create d b",
    "crictl": "cri c t l",
    "csc": "c s c",
    "csvtool": "c s v tool",
    "dbaas": "d b a a s",
    "dbclient": "d b client",
    "dbt": "d b t",
    "dconf": "d conf",
    "deb": "deb",
    "dev": "dev",
    "diffimg": "diff i m g",
    "dnf": "d n f",
    "doctl": "d o c t l",
    "dtrx": "d t r x",
    "dumpcap": "dump cap",
    "dutree": "d u tree",
    "dvc": "d v c",
    "ef": "e f",
    "eog": "e o g",
    "etcdctl": "e t c d c t l",
    "exa": "exa",
    "exif": "exif",
    "exiv": "exiv",
    "fdp": "f d p",
    "ffe": "f f e",
    "ffsend": "f f send",
    "filefrag": "file frag",
    "fnm": "f n m",
    "frps": "f r p s",
    "gcloud": "g cloud",
    "gcov": "g cov",
    "gcpdiag": "g c p diag",
    "gdal": "g dal",
    "gdalwarp": "g dal warp",
    "getcap": "get cap",
    "getopt": "get opt",
    "gh": "g h",
    "ghq": "g h q",
    "gixy": "gixy",
    "glab": "g lab",
    "gnmic": "g n m i c",
    "gpg": "g p g",
    "gpgv": "g p g v",
    "gron": "gron",
    "gsutil": "g s util",
    "gv": "g v",
    "gyb": "g y b",
    "hddtemp": "h d d temp",
    "hg": "h g",
    "hledger": "h ledger",
    "htpdate": "h t p date",
    "httpx": "h t t p x",
    "hx": "h x",
    "ibmcloud": "i b m cloud",
    "idevicecrashreport": "i device crash report",
    "idnits": "i d nits",
    "inxi": "inxi",
    "ipaggmanip": "i p agg manip",
    "ippeveprinter": "i p p eve printer",
    "iptables": "i p tables",
    "irb": "i r b",
    "jcal": "j cal",
    "jhipster": "j hipster",
    "jj": "j j",
    "jmx": "j m x",
    "josm": "josm",
    "jxlinfo": "j x l info",
    "kbdx": "k b d x",
    "kcat": "k cat",
    "keytool": "key tool",
    "kglobalaccel": "k global accel",
    "kmix": "k mix",
    "ko": "k o",
    "lchage": "l chage",
    "llc": "l l c",
    "llm": "l l m",
    "llvm": "l l v m",
    "lsar": "l s a r",
    "lsfd": "l s f d",
    "lsns": "l s n s",
    "lsof": "l s o f",
    "ltrace": "l trace",
    "lxc": "l x c",
    "lxi": "l x i",
    "lz": "l z",
    "makepkg": "make p k g",
    "mcopy": "m copy",
    "mda": "m d a",
    "mdatopbm": "m d a to p b m",
    "mkfs": "m k f s",
    "mkinitcpio": "m k init c p i o",
    "mkosi": "m k o s i",
    "mktorrent": "m k torrent",
    "mlabel": "m label",
    "mpremote": "m p remote",
    "msgattrib": "msg attrib",
    "mssql": "m s s q l",
    "mssqlclient": "m s s q l client",
    "mvn": "m v n",
    "mycli": "my c l i",
    "mydb": "my d b",
    "mysqlbinlog": "my s q l bin log",
    "nbtscan": "n b t scan",
    "ncat": "n cat",
    "ng": "n g",
    "nh": "n h",
    "nl": "n l",
    "nmcli": "n m c l i",
    "nslookup": "n s lookup",
    "nstat": "n stat",
    "nvm": "n v m",
    "nxc": "n x c",
    "objcopy": "obj copy",
    "ocamlc": "o caml c",
    "ogrinfo": "o g r info",
    "olevba": "ole v b a",
    "ots": "o t s",
    "oxipng": "oxi p n g",
    "pam": "p a m",
    "pbm": "p b m",
    "pbmreduce": "p b m reduce",
    "pbmtextps": "p b m text p s",
    "pbmtoepsi": "p b m to e p s i",
    "pbmtolj": "p b m to l j",
    "pbmtozinc": "p b m to zinc",
    "pcapfix": "p cap fix",
    "pct": "p c t",
    "pcx": "p c x",
    "pcxtoppm": "p c x to p p m",
    "pdbedit": "p d b edit",
    "pdffonts": "p d f fonts",
    "pdfjam": "p d f jam",
    "pdfseparate": "p d f separate",
    "pdfxup": "p d f x up",
    "pgm": "p g m",
    "pgmtolispm": "p g m to lisp m",
    "phpbu": "p h p b u",
    "phpcs": "p h p c s",
    "phploc": "p h p loc",
    "piactl": "p i a c t l",
    "pio": "p i o",
    "pnm": "p n m",
    "pnmconvol": "p n m convol",
    "pnmindex": "p n m index",
    "pnmmontage": "p n m montage",
    "pnmpaste": "p n m paste",
    "pnmscalefixed": "p n m scale fixed",
    "pnmtofiasco": "p n m to fiasco",
    "pnmtopng": "p n m to p n g",
    "pnmtorle": "p n m to r l e",
    "pnmtoxwd": "p n m to x w d",
    "ppm": "p p m",
    "ppmcie": "p p m c i e",
    "ppmdraw": "p p m draw",
    "ppmntsc": "p p m n t s c",
    "ppmtoacad": "p p m to a cad",
    "ppmtobmp": "p p m to b m p",
    "ppmtoleaf": "p p m to leaf",
    "ppmtompeg": "p p m to m peg",
    "ppmtopj": "p p m to p j",
    "ppmwheel": "p p m wheel",
    "prt": "p r t",
    "psexec": "p s exec",
    "psysh": "p s y s h",
    "pv": "p v",
    "pveam": "p v e a m",
    "pveum": "p v e u m",
    "pw": "p w",
    "qdbus": "q d bus",
    "qjoypad": "q joy pad",
    "qm": "q m",
    "qrttoppm": "q r t to p p m",
    "qtgrace": "q t grace",
    "raco": "raco",
    "rbac": "r b a c",
    "rcs": "r c s",
    "rdiff": "r diff",
    "rhash": "r hash",
    "rletopnm": "r l e to p n m",
    "rpicam": "r pi cam",
    "rpmconf": "r p m conf",
    "rtcwake": "r t c wake",
    "sar": "sar",
    "sbcl": "s b c l",
    "scd": "s c d",
    "scpi": "s c p i",
    "scrcpy": "s c r c p y",
    "sfdk": "s f d k",
    "sfdp": "s f d p",
    "sfill": "s fill",
    "sha": "s h a",
    "sirtopnm": "sir to p n m",
    "slocate": "s locate",
    "smbmap": "s m b map",
    "snmpnetstat": "s n m p net stat",
    "spctoppm": "s p c to p p m",
    "sq": "s q",
    "sqsc": "s q s c",
    "ssh": "s s h",
    "stdbuf": "std buf",
    "sui": "s u i",
    "svg": "s v g",
    "sysext": "sys ext",
    "systemctl": "system c t l",
    "systemd": "system d",
    "talosctl": "talos c t l",
    "tcsh": "t c s h",
    "tgpt": "t g p t",
    "tifftopnm": "tiff to p n m",
    "timg": "t i m g",
    "tlmgr": "t l m g r",
    "tlsx": "t l s x",
    "tmt": "t m t",
    "tput": "t put",
    "tsc": "t s c",
    "twurl": "t w u r l",
    "udisksctl": "u disks c t l",
    "unar": "un a r",
    "urpmf": "u r p m f",
    "uv": "u v",
    "vcluster": "v cluster",
    "vgremove": "v g remove",
    "vnstati": "v n stat i",
    "wacli": "wa c l i",
    "wpaclean": "w p a clean",
    "wpctl": "w p c t l",
    "xdg": "x d g",
    "xdotool": "x do tool",
    "xfreerdp": "x free r d p",
    "xmake": "x make",
    "xman": "x man",
    "xmlstarlet": "x m l starlet",
    "xpm": "x p m",
    "xpmtoppm": "x p m to p p m",
    "xwd": "x w d",
    "xwdtopnm": "x w d to p n m",
    "xzdiff": "x z diff",
    "yadm": "y a d m",
    "ybmtopbm": "y b m to p b m",
    "ykman": "y k man",
    "zdiff": "z diff",
    "zgrep": "z grep",
    "zstd": "z s t d",
    "zypper": "zypper",
    "alphaout": "alpha out",
    "autoexpect": "auto expect",
    "binlog": "bin log",
    "blackfire": "black fire",
    "bpftrace": "b p f trace",
    "calligrasheets": "calligra sheets",
    "croneval": "cron eval",
    "cupsreject": "cups reject",
    "distrobox": "distro box",
    "dosbox": "dos box",
    "dropuser": "drop user",
    "exe": "e x e",
    "fastapi": "fast a p i",
    "filename": "file name",
    "flutterfire": "flutter fire",
    "gpu": "g p u",
    "hexdump": "hex dump",
    "hyprpm": "hypr p m",
    "idn": "i d n",
    "imgcat": "i m g cat",
    "interdiff": "inter diff",
    "ipmitool": "i p m i tool",
    "kubeconfig": "kube config",
    "micromamba": "micro mamba",
    "mitmdump": "m i t m dump",
    "openscad": "open scad",
    "openstack": "open stack",
    "outdir": "out dir",
    "pamslice": "pam slice",
    "pamtogif": "pam to gif",
    "pkgdiff": "p k g diff",
    "pridecat": "pride cat",
    "pve": "p v e",
    "pythonbin": "python bin",
    "readarray": "read array",
    "rle": "r l e",
    "scriptlive": "script live",
    "searchsploit": "search sploit",
    "slabtop": "slab top",
    "slackcat": "slack cat",
    "switcherooctl": "switcheroo c t l",
    "termdown": "term down",
    "tping": "t ping",
    "tracediff": "trace diff",
    "unimatrix": "uni matrix",
    "username": "user name",
    "utf": "u t f",
    "uuidparse": "u u i d parse",
    "virtualenv": "virtual env",
    "watchfd": "watch f d",
    "wezterm": "wez term",
    "winecfg": "wine c f g",
    "zipcloak": "zip cloak",
}

SHORT_WORDS = {"as", "if", "of", "to", "no", "do", "up", "on", "in", "is", "at", "by", "go", "my",
               "me", "so", "or", "it", "we", "an", "ok"}
VOWELS = set("aeiouy")


def say_parts(seg: str) -> list[str]:
    """Spoken pieces of one lower-case alphabetic run; one-letter pieces are spelled letters."""
    if seg in SAY:
        parts = SAY[seg].split()
        assert "".join(parts) == seg, seg
        return parts
    if len(seg) == 1:
        return [seg]
    if len(seg) == 2 and seg not in SHORT_WORDS:
        return list(seg)
    if not VOWELS & set(seg):
        return list(seg)
    return [seg]


# ---------------------------------------------------------------------------------------------
# Lexing a command into spoken groups
# ---------------------------------------------------------------------------------------------

SEG_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")
MULTI_SYMS = sorted((s for s in SYM_NAMES if len(s) == 2), key=len, reverse=True)


def units_of(token: str) -> list[tuple[str, str]] | None:
    """Split one shell word into ('alpha'|'num'|'sym', text) units; None if unspeakable."""
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(token):
        ch = token[i]
        if ch.isascii() and ch.isalpha():
            j = i
            while j < len(token) and token[j].isascii() and token[j].isalpha():
                j += 1
            units.extend(("alpha", seg) for seg in SEG_RE.findall(token[i:j]))
            i = j
        elif ch.isascii() and ch.isdigit():
            j = i
            while j < len(token) and token[j].isascii() and token[j].isdigit():
                j += 1
            units.append(("num", token[i:j]))
            i = j
        elif token[i : i + 2] in MULTI_SYMS:
            units.append(("sym", token[i : i + 2]))
            i += 2
        elif ch in SYM_NAMES:
            units.append(("sym", ch))
            i += 1
        else:
            return None
    return units


class Group:
    """One spoken piece: kind, the strict words, the text it stands for, token and segment ids."""

    __slots__ = ("kind", "words", "text", "tok", "seg")

    def __init__(self, kind: str, words: list[str], text: str, tok: int, seg: int) -> None:
        self.kind = kind
        self.words = words
        self.text = text
        self.tok = tok
        self.seg = seg


def alpha_groups(seg: str, tok: int, seg_id: int) -> list[Group]:
    parts = say_parts(seg.lower())
    if seg.islower():
        case = "lower"
    elif seg.isupper() and len(seg) > 1:
        case = "upper"
    else:
        case = "cap"
    groups = []
    for k, p in enumerate(parts):
        letter = len(p) == 1
        if case == "upper" or (case == "cap" and k == 0):
            if letter:
                groups.append(Group("capletter", ["capital", p], p.upper(), tok, seg_id))
            elif case == "cap":
                groups.append(Group("capword", ["capital", p], p.capitalize(), tok, seg_id))
            else:
                groups.append(Group("upword", ["all", "caps", p], p.upper(), tok, seg_id))
        else:
            groups.append(Group("letter" if letter else "word", [p], p, tok, seg_id))
    return groups


def misread(words: list[str], k: int) -> bool:
    """Would the listener read words[k] as something other than the literal word?"""
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if w in DIGIT_WORDS or w == "capital":
        return True
    if (w, nxt) in {("all", "caps"), ("the", "word")}:
        return True
    for size in range(1, MAX_PHRASE + 1):
        if tuple(words[k : k + size]) in PHRASES:
            return True
    return False


def strict_groups(command: str) -> list[Group] | None:
    groups: list[Group] = []
    seg_id = 0
    for ti, tok in enumerate(command.split(" ")):
        if ti:
            groups.append(Group("space", ["space"], " ", ti, -1))
        units = units_of(tok)
        if units is None or not tok:
            return None
        for kind, text in units:
            seg_id += 1
            if kind == "sym":
                groups.append(Group("sym", SYM_NAMES[text].split(), text, ti, seg_id))
            elif kind == "num":
                words = [DIGIT_WORDS[int(d)] for d in text]
                groups.append(Group("num", words, text, ti, seg_id))
            else:
                groups.extend(alpha_groups(text, ti, seg_id))
    # escape literal words the listener would otherwise read as vocabulary
    flat: list[str] = []
    starts = []
    for g in groups:
        starts.append(len(flat))
        flat.extend(g.words)
    for g, s in zip(groups, starts, strict=True):
        if g.kind == "word" and misread(flat, s):
            g.kind = "esc"
            g.words = ["the", "word", g.text]
    return groups


def clean_text(groups: list[Group]) -> str:
    return " ".join(w for g in groups for w in g.words)


# ---------------------------------------------------------------------------------------------
# Fuzzy: the careful protocol with Whisper's slips
# ---------------------------------------------------------------------------------------------

LETTER_NAMES = {
    "a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "f": "eff", "g": "gee",
    "h": "haitch", "i": "eye", "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en",
    "o": "oh", "p": "pee", "q": "queue", "r": "are", "s": "ess", "t": "tea", "u": "you",
    "v": "vee", "w": "double you", "x": "ex", "y": "why", "z": "zed",
}
SYM_VARIANTS = {
    "/": ["forward slash"],
    ".": ["full stop", "period"],
    "-": ["hyphen", "minus"],
    "--": ["double-dash", "double hyphen"],
    "_": ["under score"],
    "~": ["tilda"],
    "*": ["asterisk"],
    "|": ["pipe,"],
    "=": ["equal", "equals sign"],
    "@": ["at symbol"],
    "'": ["single-quote"],
    '"': ["double-quote"],
    ">": ["greater-than"],
    "^": ["carrot"],
    "%": ["per cent"],
    ":": ["Colin"],
}
HOMOPHONES = {
    "sed": "said", "cal": "Cal", "herd": "heard", "sudo": "pseudo", "tail": "tale",
    "main": "Maine", "bob": "Bob", "alice": "Alice", "ubuntu": "Ubuntu", "python": "Python",
    "root": "Root", "caffeinate": "caffeinate", "archey": "Archie", "rev": "Rev",
    "whatis": "what is", "bird": "Bird", "mango": "Mango", "apple": "Apple", "sed,": "said",
    "yaml": "YAML", "html": "HTML", "brew": "Brew", "mem": "mam", "shuf": "shoof",
    "zsh": "ZSH", "bash": "Bash", "europe": "Europe", "vim": "Vim", "express": "Express",
    "numpy": "NumPy", "read": "red", "write": "right", "rules": "rules", "stat": "stat",
    "look": "Look", "trash": "trash", "head": "Head", "top": "Top", "cut": "Cut",
    "split": "split", "port": "Port", "open": "Open", "ping": "Ping", "data": "Data",
}
WORD_SPLITS = {
    "uptime": "up time", "backup": "back up", "shutdown": "shut down", "reboot": "re boot",
    "download": "down load", "offline": "off line", "outdated": "out dated",
    "uninstall": "un install", "unpersist": "un persist", "backend": "back end",
    "caffeinate": "caffein ate", "mathlib": "math lib", "whoami": "who am I",
    "workspace": "work space", "keyword": "key word", "unmount": "un mount",
    "spindump": "spin dump", "archive": "arc hive", "installed": "in stalled",
}


def seg_span(groups: list[Group], i: int) -> list[int]:
    """Indices of the contiguous groups that share group i's alphabetic segment."""
    lo = hi = i
    while lo > 0 and groups[lo - 1].seg == groups[i].seg:
        lo -= 1
    while hi + 1 < len(groups) and groups[hi + 1].seg == groups[i].seg:
        hi += 1
    return list(range(lo, hi + 1))


def fuzzy_text(groups: list[Group], rng: random.Random) -> str:
    """Render strict groups the way Whisper formats and mishears a careful dictation."""
    n = len(groups)
    # per group a list of [text, glue_left]; an emptied group says nothing of its own
    pieces: list[list[list]] = [[[w, False] for w in g.words] for g in groups]
    touched: set[int] = set()

    def of(kind: str) -> list[int]:
        return [i for i, g in enumerate(groups) if g.kind == kind]

    def plain(span: list[int]) -> bool:
        return all(groups[m].kind in ("word", "letter") and m not in touched for m in span)

    def collapse(span: list[int], text: str, glue: bool) -> None:
        pieces[span[0]] = [[text, glue]]
        for m in span[1:]:
            pieces[m] = []
        touched.update(span)

    dots = [i for i in of("sym") if groups[i].text == "." and 0 < i < n - 1
            and groups[i - 1].kind in ("word", "letter", "num")
            and groups[i + 1].kind in ("word", "letter")]
    dashes = [i for i in of("sym") if groups[i].text in ("-", "--") and i + 1 < n
              and groups[i + 1].kind in ("word", "letter")
              and (i == 0 or groups[i - 1].kind == "space")]
    joins = sorted({seg_span(groups, i)[0] for i in range(n) if groups[i].kind == "word"
                    and len(seg_span(groups, i)) > 1 and plain(seg_span(groups, i))})
    splits = [i for i in of("word") if groups[i].text in WORD_SPLITS]
    homs = [i for i in of("word") if groups[i].text in HOMOPHONES]
    letter_runs = sorted({seg_span(groups, i)[0] for i in of("letter")
                          if len(seg_span(groups, i)) > 1
                          and all(groups[m].kind == "letter" for m in seg_span(groups, i))})
    slips = []
    for name, ok in (("dot_join", dots), ("dash_glyph", dashes), ("join_split", joins + splits),
                     ("join_letters", letter_runs), ("letter_name", of("letter")),
                     ("homophone", homs), ("digits", of("num")),
                     ("sym_variant", [i for i in of("sym") if groups[i].text in SYM_VARIANTS]),
                     ("commas", of("space"))):
        if ok:
            slips.append(name)
    chosen = rng.sample(slips, min(len(slips), rng.randint(2, 4)))

    if "dot_join" in chosen:
        for i in dots:
            span = seg_span(groups, i + 1)
            if plain(span) and i not in touched:
                pieces[i] = [[".", True]]
                touched.add(i)
                collapse(span, "".join(groups[m].text for m in span), True)
    if "dash_glyph" in chosen:
        for i in rng.sample(dashes, min(len(dashes), rng.randint(1, 2))):
            span = seg_span(groups, i + 1)
            if plain(span):
                pieces[i] = [[groups[i].text, False]]
                touched.add(i)
                collapse(span, "".join(groups[m].text for m in span), True)
    if "join_split" in chosen:
        live = [i for i in joins if plain(seg_span(groups, i))]
        live_splits = [i for i in splits if i not in touched]
        if live and (not live_splits or rng.random() < 0.5):
            span = seg_span(groups, rng.choice(live))
            collapse(span, "".join(groups[m].text for m in span), False)
        elif live_splits:
            i = rng.choice(live_splits)
            pieces[i] = [[w, False] for w in WORD_SPLITS[groups[i].text].split()]
            touched.add(i)
    if "join_letters" in chosen:
        for i in letter_runs:
            span = seg_span(groups, i)
            if plain(span):
                collapse(span, "".join(groups[m].text for m in span).upper(), False)
    if "letter_name" in chosen:
        cands = [i for i in of("letter") if i not in touched]
        if cands:
            i = rng.choice(cands)
            pieces[i] = [[LETTER_NAMES[groups[i].text], False]]
            touched.add(i)
    if "homophone" in chosen:
        cands = [i for i in homs if i not in touched]
        for i in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
            pieces[i] = [[HOMOPHONES[groups[i].text], False]]
            touched.add(i)
    if "digits" in chosen:
        joined = rng.random() < 0.6
        for i in of("num"):
            digits = groups[i].text
            pieces[i] = [[digits, False]] if joined else [[d, False] for d in digits]
    if "sym_variant" in chosen:
        cands = [i for i in of("sym") if groups[i].text in SYM_VARIANTS and i not in touched]
        for i in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
            pieces[i] = [[rng.choice(SYM_VARIANTS[groups[i].text]), False]]
    if "commas" in chosen:
        spaces = of("space")
        for i in rng.sample(spaces, min(len(spaces), rng.randint(1, 3))):
            pieces[i] = [["space,", False]]
    # Whisper's own capitals right after a spoken "capital" / "all caps"
    for i, g in enumerate(groups):
        if g.kind in ("capletter", "capword", "upword"):
            pieces[i][-1][0] = g.text

    out = ""
    for grp in pieces:
        for text, glue in grp:
            if not out:
                out = text
            elif glue:
                out += text
            else:
                out += " " + text
    out = out[:1].upper() + out[1:]
    if rng.random() < 0.75:
        out = out.rstrip(",") + "."
    return out.rstrip(",")


# ---------------------------------------------------------------------------------------------
# Natural and chaotic: relaxed speech as Whisper writes it
# ---------------------------------------------------------------------------------------------

NAT_SYM = {
    "/": ["slash", "slash", "slash", "forward slash"],
    "\\": ["backslash"],
    ".": ["dot", "dot", "dot", "full stop"],
    "-": ["dash", "dash", "dash", "minus"],
    "--": ["dash dash", "double dash", "dash dash"],
    "_": ["underscore"],
    "~": ["tilde", "tilda", "squiggle"],
    "|": ["pipe", "pipe it into", "pipe to"],
    ">": ["greater than", "into", "redirect to"],
    ">>": ["append to", "double greater than"],
    "<": ["less than", "input from"],
    "`": ["backtick"],
    "$": ["dollar"],
    "*": ["star", "asterisk"],
    "+": ["plus"],
    "=": ["equals", "equals"],
    ":": ["colon"],
    ";": ["semicolon"],
    ",": ["comma"],
    "%": ["percent"],
    "^": ["caret", "hat"],
    "@": ["at"],
    "#": ["hash"],
    "&": ["ampersand"],
    "&&": ["double ampersand", "and and"],
    "!": ["bang", "exclamation mark"],
    "?": ["question mark"],
    "(": ["open bracket"],
    ")": ["close bracket"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly"],
    "}": ["close curly"],
}
QUOTE_OPEN = {"'": ["single quote", "open single quote"],
              '"': ["double quotes", "open quotes", "open double quotes"]}
QUOTE_CLOSE = {"'": ["end quote", "close single quote"], '"': ["close quotes", "unquote"]}

PREFIXES = [
    "Okay so, can you run", "Righto, next one's", "Can you run", "Okay, so", "Right, type",
    "Um, let's do", "Alright, I reckon we want", "For the studio iMacs we need",
    "Can you punch in", "Next up,", "So, uh,", "Righto mate,", "Okay, can you do",
    "I reckon just run", "Quick one,", "Go ahead and run", "Over on the FreeBSD box,",
    "Heaps of these to do this arvo, so", "Yeah, just", "Ah, let's try",
]
SUFFIXES = ["", "", "Cheers.", "No worries.", "Ta.", "Thanks mate.", "That should sort it.",
            "Cheers, mate.", "Easy.", "Righto."]
FILLERS = ["um", "uh", "ah", "like", "er"]
LONG_FRAMES = [
    "Okay, so we had heaps of trouble with the lab twelve iMacs this arvo, the printmaking kids "
    "were in there all day, anyway,",
    "Right, this is for the Fitzroy campus, the second-year comms design room, they rang me "
    "twice about it, so can you run",
    "Morning. So, um, before the tram gets in, I reckon the quickest fix is",
    "Okay, bit of a long story, the FreeBSD box in the cupboard fell over again last night, "
    "so what I want you to type is",
    "Right, so the animation students reckon their Macs are cactus, which they're not, but "
    "to be safe, can you run",
    "So it's bucketing down in Melbourne, nobody's in the studio yet, good time to do this one,",
    "Okay mate, this is the one I was telling you about at lunch, for the photo lab,",
    "Alright, um, the Year 12 showcase is Friday and the render Macs need sorting, so",
]
ASIDES = [
    "Hang on, the kettle's boiling.", "Sorry, someone's at the door.",
    "Sorry, that was the fire drill.", "Give me a sec, the tram's loud.",
    "Oops, hang on, wrong window.", "Sorry, one of the students is asking something.",
    "Hang on, phone's going.", "Bloody magpie outside, sorry.",
]
CORRECTIONS = ["no wait, I mean", "sorry, I mean", "nah, scratch that,", "no, hang on, make that",
               "sorry, not that,"]
RESTARTS = ["hang on, let me start again.", "sorry, start over.", "no, wait, from the top.",
            "ugh, let me say that again."]
WRONG_WORDS = ["docs", "data", "src", "backup", "main", "demo", "test", "alpha", "build", "logs",
               "config", "notes", "report", "photo", "projects"]
WRONG_EXTS = ["txt", "yaml", "json", "log", "py", "md", "csv", "conf"]


def quote_state(command: str) -> tuple[dict[int, str], list[bool]]:
    """Quote roles by character position, and for each shell word whether the blank before it
    lies inside quotes."""
    roles: dict[int, str] = {}
    inside_before: list[bool] = [False]
    open_q = ""
    for pos, ch in enumerate(command):
        if ch in "'\"" and (not open_q or open_q == ch):
            roles[pos] = "close" if open_q else "open"
            open_q = "" if open_q else ch
        elif ch == " ":
            inside_before.append(bool(open_q))
    return roles, inside_before


def natural_tokens(command: str, rng: random.Random) -> list[str]:
    """Relaxed speech, one string per shell word (no 'space' said), as Whisper writes it."""
    groups = strict_groups(command)
    assert groups is not None
    roles, _ = quote_state(command)
    # character position of each group, to look up quote roles
    positions = []
    pos = 0
    for g in groups:
        positions.append(pos)
        pos += len(g.text)
    n = len(groups)
    # pieces per shell word: [shown text, kind, raw lower-case text]
    raw = command.split(" ")
    tokens: list[list[list[str]]] = [[] for _ in raw]
    tool_words = {0} | {k + 1 for k, w in enumerate(raw) if w in ("|", "sudo", "&&")}
    last_sym: tuple[str, str] = ("", "")
    i = 0
    while i < n:
        g = groups[i]
        out = tokens[g.tok]
        if g.kind == "space":
            i += 1
            continue
        if g.kind == "num":
            # Whisper writes dotted numbers as one numeral: 192.168.1.10, 3.11
            j = i
            text = g.text
            while (j + 2 < n and groups[j + 1].kind == "sym" and groups[j + 1].text == "."
                   and groups[j + 2].kind == "num"):
                text += "." + groups[j + 2].text
                j += 2
            out.append([text, "num", text])
            i = j + 1
            continue
        span = seg_span(groups, i)
        if (g.kind in ("word", "letter") and g.tok not in tool_words and len(span) > 1
                and span[0] == i and any(groups[m].kind == "word" for m in span)
                and all(groups[m].kind in ("word", "letter") for m in span)):
            whole = "".join(groups[m].text for m in span)
            out.append([whole, "word", whole])
            i = span[-1] + 1
            continue
        if g.kind == "letter":
            j = i
            while j + 1 < n and groups[j + 1].kind == "letter" and groups[j + 1].seg == g.seg:
                j += 1
            raw = "".join(groups[m].text for m in range(i, j + 1))
            out.append([raw.upper() if j > i else raw, "letters", raw])
            i = j + 1
            continue
        if g.kind == "sym":
            if positions[i] in roles:
                table = QUOTE_OPEN if roles[positions[i]] == "open" else QUOTE_CLOSE
                out.append([rng.choice(table[g.text]) + ",", "quote", g.text])
            else:
                if last_sym[0] == g.text and i > 0 and groups[i - 1].kind == "sym":
                    name = last_sym[1]
                else:
                    name = rng.choice(NAT_SYM[g.text])
                last_sym = (g.text, name)
                out.append([name, "sym", g.text])
            i += 1
            continue
        if g.kind == "capletter":
            out.append(["capital " + g.text, "cap", g.text])
        elif g.kind == "capword":
            if rng.random() < 0.6:
                out.append(["capital " + g.text, "cap", g.text])
            else:
                out.append([f"{g.text.lower()} with a capital {g.text[0]}", "cap", g.text])
        elif g.kind == "upword":
            if rng.random() < 0.6:
                out.append(["all caps " + g.text, "cap", g.text])
            else:
                out.append([f"{g.text.lower()} in capitals", "cap", g.text])
        else:  # word, esc: a tool name's pieces are said apart, an argument's run together
            if out and out[-1][1] == "word" and groups[i - 1].seg == g.seg:
                out[-1][0] += (" " if g.tok in tool_words else "") + g.text
                out[-1][2] += g.text
            else:
                out.append([g.text, "word", g.text])
        i += 1

    result = []
    for parts in tokens:
        # Whisper writes some file names and flags straight out: config.yaml, --verbose
        k = 0
        while k < len(parts):
            p = parts[k]
            plain_next = (k + 1 < len(parts) and parts[k + 1][1] in ("word", "letters")
                          and " " not in parts[k + 1][0])
            if (p[1] == "sym" and p[2] == "." and k > 0 and plain_next
                    and parts[k - 1][1] in ("word", "letters", "num")
                    and " " not in parts[k - 1][0] and rng.random() < 0.45):
                prev = parts[k - 1][2]
                parts[k - 1 : k + 2] = [[f"{prev}.{parts[k + 1][2]}", "word", ""]]
                continue
            if (p[1] == "sym" and p[2] in ("-", "--") and k == 0 and plain_next
                    and rng.random() < 0.15):
                parts[k : k + 2] = [[p[2] + parts[k + 1][2], "flag", ""]]
            k += 1
        text = " ".join(p[0] for p in parts).strip()
        result.append(text)
    return result


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" ,", ",").replace(",,", ",").replace(",.", ".").replace(" .", ".")
    text = re.sub(r"(?<![.])\.\.(?![.])", ".", text)
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text[:1].upper() + text[1:]


def natural_text(command: str, rng: random.Random) -> str:
    toks = natural_tokens(command, rng)
    _, inside = quote_state(command)
    body = []
    fillers_left = 2
    for k, t in enumerate(toks):
        if k and not inside[k] and fillers_left and rng.random() < 0.12:
            body.append(rng.choice(FILLERS) + ",")
            fillers_left -= 1
        body.append(t)
    prefix = rng.choice(PREFIXES)
    suffix = rng.choice(SUFFIXES)
    end = "?" if "can you" in prefix.lower() else "."
    return tidy(f"{prefix} {' '.join(body)}{end} {suffix}")


def wrong_token(tok: str, rng: random.Random) -> str:
    """A plausible wrong version of one shell word, for a spoken correction."""
    digits = [m.start() for m in re.finditer(r"\d", tok)]
    if digits and rng.random() < 0.7:
        p = rng.choice(digits)
        d = str((int(tok[p]) + rng.randint(1, 8)) % 10)
        return tok[:p] + d + tok[p + 1 :]
    m = re.fullmatch(r"(-{1,2})([a-zA-Z])", tok)
    if m:
        letters = [c for c in "abcdefhlnpqrstuvx" if c != m.group(2).lower()]
        return m.group(1) + rng.choice(letters)
    m = re.search(r"\.([a-z]+)$", tok)
    if m:
        exts = [e for e in WRONG_EXTS if e != m.group(1)]
        return tok[: m.start()] + "." + rng.choice(exts)
    words = [w for w in WRONG_WORDS if w not in tok]
    m = re.search(r"[a-z]{3,}", tok)
    if m:
        return tok[: m.start()] + rng.choice(words) + tok[m.end() :]
    return rng.choice(words)


def chaotic_text(command: str, rng: random.Random) -> str:
    toks = natural_tokens(command, rng)
    _, inside = quote_state(command)
    raw = command.split(" ")
    n = len(toks)
    inside.append(False)  # the end of the command is never inside quotes

    def free(k: int) -> bool:  # shell word k can be touched on its own
        return not inside[k] and not inside[k + 1] and not re.search(r"['\"`]", raw[k])

    do_correct = rng.random() < 0.65
    do_restart = rng.random() < 0.4
    if not (do_correct or do_restart):
        do_correct = True
    do_aside = rng.random() < 0.5
    do_twice = rng.random() < 0.5
    long_frame = rng.random() < 0.6

    body = list(toks)
    # a correction: a wrong shell word, then "no wait, I mean" and the right one
    if do_correct:
        cands = [k for k in range(n) if re.search(r"[A-Za-z0-9]", raw[k]) and free(k)] or [0]
        k = rng.choice(cands[1:] or cands)
        wrong = wrong_token(raw[k], rng)
        if wrong != raw[k] and strict_groups(wrong) is not None:
            wrong_said = natural_tokens(wrong, rng)[0]
            body[k] = f"{wrong_said}, {rng.choice(CORRECTIONS)} {toks[k]}"
    # a stutter: a plain word said twice, written with a comma between
    stutter = False
    if do_twice:
        cands = [k for k in range(n) if re.fullmatch(r"[a-z]{3,}", raw[k]) and free(k)
                 and (k == 0 or raw[k - 1] != raw[k]) and (k + 1 >= n or raw[k + 1] != raw[k])
                 and body[k] == toks[k] and toks[k] == raw[k]]
        if cands:
            k = rng.choice(cands)
            body[k] = f"{raw[k]}, {raw[k]}"
            stutter = True
    # an aside between two shell words, in a sentence of its own
    if do_aside and n > 1:
        spots = [k for k in range(1, n) if not inside[k]]
        if spots:
            k = rng.choice(spots)
            body[k - 1] = body[k - 1] + "."
            body[k] = f"{rng.choice(ASIDES)} Anyway, {body[k]}"
    text = " ".join(body)
    if do_restart:
        heads = [h for h in range(1, min(n - 1, 2) + 1) if not inside[h]] or [1]
        head = " ".join(toks[: rng.choice(heads)])
        text = f"{head}... {rng.choice(RESTARTS)} {text}"
    prefix = rng.choice(LONG_FRAMES) if long_frame else rng.choice(PREFIXES)
    if do_twice and not stutter:
        words = prefix.split(" ")
        k = next(k for k, w in enumerate(words) if not w.endswith("."))
        words[k] = f"{words[k]} {words[k].lower().strip(',')}"
        prefix = " ".join(words)
    suffix = rng.choice(SUFFIXES)
    return tidy(f"{prefix} {text}. {suffix}")


# ---------------------------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------------------------


def load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["command"] for line in fh if line.strip()]


def dictatable(cmd: str, max_len: int) -> bool:
    if not cmd.isascii() or len(cmd) > max_len or "  " in cmd or cmd != cmd.strip():
        return False
    if re.search(r"[0-9a-f]{12,}", cmd) or re.search(r"[A-Za-z0-9]{28,}", cmd):
        return False
    groups = strict_groups(cmd)
    return groups is not None and decode(clean_text(groups)) == cmd


def pick(cmds: list[str], rng: random.Random, names: list[str],
         used: set[str]) -> dict[str, list[str]]:
    """Deal shuffled commands to the slices, at most 2 per first word in each slice."""
    order = list(range(len(cmds)))
    rng.shuffle(order)
    chosen: dict[str, list[str]] = {s: [] for s in names}
    counts: dict[str, Counter] = {s: Counter() for s in names}
    for idx in order:
        cmd = cmds[idx]
        if cmd in used:
            continue
        first = cmd.split(" ")[0]
        open_slices = [s for s in names
                       if len(chosen[s]) < PER_SLICE and counts[s][first] < 2]
        if not open_slices:
            continue
        s = min(open_slices, key=lambda x: (len(chosen[x]), names.index(x)))
        chosen[s].append(cmd)
        counts[s][first] += 1
        used.add(cmd)
    for s in names:
        assert len(chosen[s]) == PER_SLICE, (s, len(chosen[s]))
    return chosen


def main() -> None:
    rng = random.Random(85)
    platforms = [c for c in load(POOL_PLATFORMS) if dictatable(c, 80)]
    pages = [c for k, c in enumerate(load(POOL_PAGES)) if k % 4 == 2 and dictatable(c, 72)]
    used: set[str] = set()
    first = pick(platforms, rng, ["clean", "fuzzy"], used)
    second = pick(pages, rng, ["natural", "chaotic"], used)

    rows = []
    for cmd in first["clean"]:
        groups = strict_groups(cmd)
        assert groups is not None
        text = clean_text(groups)
        assert decode(text) == cmd, (text, cmd)
        rows.append({"input": text, "command": cmd, "slice": "clean", "author": AUTHOR})
    for cmd in first["fuzzy"]:
        groups = strict_groups(cmd)
        assert groups is not None
        rows.append({"input": fuzzy_text(groups, rng), "command": cmd, "slice": "fuzzy",
                     "author": AUTHOR})
    for cmd in second["natural"]:
        rows.append({"input": natural_text(cmd, rng), "command": cmd, "slice": "natural",
                     "author": AUTHOR})
    for cmd in second["chaotic"]:
        rows.append({"input": chaotic_text(cmd, rng), "command": cmd, "slice": "chaotic",
                     "author": AUTHOR})

    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == 4 * PER_SLICE
    for r in rows:
        if r["slice"] == "clean":
            assert decode(r["input"]) == r["command"]
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
