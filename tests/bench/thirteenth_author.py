"""Thirteenth independent author: a kept-apart voice-to-bash evaluation set.

Commands come from the "command" field of
assets/training/bash/platforms_commands.jsonl, which holds examples from
tldr-pages (https://github.com/tldr-pages/tldr, CC BY 4.0) for macOS, BSD,
SunOS and Android tools.  The "why" phrases are my own paraphrases.

Run from the repository root:  python3 tests/bench/thirteenth_author.py
It writes assets/training/bash/author13.jsonl (160 lines, 40 per slice, in
the order clean, fuzzy, natural, chaotic).  It is deterministic
(random.Random(13)) and rewrites the file byte for byte.

STYLE GUIDE
===========

Persona
-------
I am a German-born Mac and Unix helpdesk technician at an engineering firm.
I dictate in careful second-language English between support calls, with a
headset on.  Some German habits leak through: a dash is "minus" (flags) or
"hyphen" (inside a word), a dot is often "point", a colon can be
"double point", an underscore can be "underline", round/square/curly
brackets are "round bracket open" etc., greater/less than are
"bigger than"/"smaller than", an ampersand is "and sign", and a capital
letter is sometimes "big".  My hesitation word is "ehm" (Whisper may write
it "um" or "uh").  I correct myself with "no, sorry", "no, I mean",
"ah, no, wrong" or "sorry, I mean", and when I lose the thread I say
"no, let me start again." and begin from the very start.  Phone calls and
colleagues interrupt me ("moment, my phone is ringing", "where was I",
"how do you say", "sorry, my colleague is asking something",
"just a second").  I like to end with a tag question ", yes?".

Rules a listener needs
----------------------
Protocol speech (clean, fuzzy, and half of chaotic) is recognised by the
word "space" being said, or by the absence of any lead-in (rule 6): a
one-word command said in protocol never comes with a lead-in.

1. The word "space" is said exactly where the command has one space.  All
   words between two "space"s are glued together with nothing between.
2. Symbols are said by name.  Clean uses only: dash -, dot ., slash /,
   underscore _, colon :, tilde ~, equals =, pipe |, greater than >,
   less than <, quote ", single quote ', star *, dollar $, hash #, at @,
   ampersand &, comma ",", semicolon ;, bang !, question mark ?,
   percent %, plus +, backslash \\, caret ^, backtick `, open/close paren
   ( ), open/close bracket [ ], open/close brace { }.  "dash dash" is --.
   Fuzzy and chaotic may also use my own words: minus or hyphen (-),
   double minus (--), point (.), forward slash (/), under score or
   underline (_), double point (:), equal sign (=), vertical bar (|),
   bigger than (>), smaller than (<), quotation mark or double quote ("),
   apostrophe ('), asterisk (*), dollar sign ($), at sign (@),
   and sign (&), exclamation mark (!), percent sign (%), back slash,
   back tick, semi colon, round bracket open/close ( ), square bracket
   open/close [ ], curly bracket open/close { }.
3. Letters and words are lower case unless announced: "capital x" (or
   "big x") upper-cases the first letter of the next word, so
   "capital code" is "Code" and "capital x" is "X"; "all caps word"
   (or "all big word") upper-cases the whole next word.  A word written
   as separate single letters ("m z") is glued: "mz".  I spell out
   short words without vowels letter by letter, and I also spell out
   any word of the command that is itself one of my symbol, number,
   filler or correction words (so "a t" for the letters "at").
4. Numbers: a run of one to three digits that does not start with zero
   is said as an English cardinal ("three", "forty two",
   "one hundred eighty", "nine hundred eighty seven").  A run that
   starts with zero or has four or more digits is read digit by digit
   ("zero one", "one nine two zero").  "zero" never combines with a
   following number word.  Fuzzy Whisper output may simply show digits.
5. Whisper noise in fuzzy/chaotic: a capital first word, commas after
   some "space"s, a full stop at the end, a number written as digits, a
   compound symbol word split in two ("under score", "back slash").
   Ignore case and punctuation of protocol words.

Natural speech (natural, and the other half of chaotic) never says
"space".

6. Framing: the command follows one of my lead-ins: "please type",
   "the command is", "we make", "you write", "now comes".  Before it I
   may say why ("To pause the music, the command is ...", "I want to ...,
   so you write ...").  The command ends at the first comma+space or
   full-stop+space after the lead-in (then comes why or ", yes?"), or at
   the end of the line, where Whisper's final full stop is dropped.
7. Whisper writes compact forms for much of it: file names, paths, flags,
   numbers and quoted strings appear as typed ("main.py", "--dry-run",
   "~/volume", "300", '"error"').  Two written words are separated by one
   space.
8. Glue words in natural speech: "dot" or "point" (.), "slash" (/),
   "underscore" (_), "colon" (:) and "hyphen" (-) glue to both
   neighbours ("backup dot pkg" is backup.pkg).  "minus" (-),
   "minus minus" or "double minus" (--) and "tilde" (~) start a new word
   and glue only to what follows ("minus v" is -v, "tilde slash logs"
   is ~/logs).  "pipe" (|), "smaller than" (<), "bigger than" (>) and
   "and sign" (&) stand alone as their own word.

Chaotic speech: natural or protocol speech with my habits.

9. Drop "ehm"/"um"/"uh" and the interruption phrases listed above.
10. After "no, sorry" / "no, I mean" / "ah, no, wrong" / "sorry, I mean"
    the word I just said (everything since the last space of the
    command) is wrong: throw it away and take what follows instead.
11. After "no, let me start again." throw away everything said before and
    listen to the whole command again.
12. In protocol chaotic lines a lead-in may come before the command and a
    sentence "This is to ..." may follow it; neither is part of the
    command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets/training/bash/platforms_commands.jsonl"
OUT = ROOT / "assets/training/bash/author13.jsonl"
AUTHOR = "thirteenth"
PER_SLICE = 40
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

CLEAN_SYM = {
    "-": "dash", ".": "dot", "/": "slash", "_": "underscore", ":": "colon",
    "~": "tilde", "=": "equals", "|": "pipe", ">": "greater than",
    "<": "less than", '"': "quote", "'": "single quote", "*": "star",
    "$": "dollar", "#": "hash", "@": "at", "&": "ampersand", ",": "comma",
    ";": "semicolon", "!": "bang", "?": "question mark", "%": "percent",
    "+": "plus", "\\": "backslash", "^": "caret", "`": "backtick",
    "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace",
}

FUZZY_SYM = {
    "-": ["minus", "minus", "hyphen", "dash"],
    ".": ["point", "point", "dot"],
    "/": ["slash", "slash", "forward slash"],
    "_": ["under score", "underline", "underscore"],
    ":": ["double point", "colon"],
    "~": ["tilde"],
    "=": ["equal sign", "equals"],
    "|": ["pipe", "vertical bar"],
    ">": ["bigger than"],
    "<": ["smaller than"],
    '"': ["quotation mark", "double quote", "quote"],
    "'": ["apostrophe", "single quote"],
    "*": ["asterisk", "star"],
    "$": ["dollar sign", "dollar"],
    "@": ["at sign", "at"],
    "&": ["and sign", "ampersand"],
    ",": ["comma"],
    ";": ["semi colon"],
    "!": ["exclamation mark"],
    "?": ["question mark"],
    "%": ["percent sign", "percent"],
    "+": ["plus"],
    "\\": ["back slash"],
    "^": ["caret"],
    "`": ["back tick"],
    "(": ["round bracket open", "open paren"],
    ")": ["round bracket close", "close paren"],
    "[": ["square bracket open", "open bracket"],
    "]": ["square bracket close", "close bracket"],
    "{": ["curly bracket open", "open brace"],
    "}": ["curly bracket close", "close brace"],
}

PHRASES: dict[tuple[str, ...], str] = {}
for _sym, _name in CLEAN_SYM.items():
    PHRASES[tuple(_name.split())] = _sym
for _sym, _names in FUZZY_SYM.items():
    for _name in _names:
        PHRASES[tuple(_name.split())] = _sym
PHRASES[("double", "minus")] = "--"
MAX_PHRASE = max(len(k) for k in PHRASES)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
TENS_BY_VALUE = {v: k for k, v in TENS.items()}
UNIT_VALUE = {w: i for i, w in enumerate(UNITS)}

FILLERS = ("ehm", "um", "uh")
CORRECTIONS = ("no, sorry", "no, I mean", "ah, no, wrong", "sorry, I mean")
RESTART = "no, let me start again."
ASIDES = (
    "moment, my phone is ringing",
    "where was I",
    "how do you say",
    "sorry, my colleague is asking something",
    "just a second",
)
LEADS = ("please type", "the command is", "we make", "you write", "now comes")
WHY_CUTS = ("this is to ", "it is to ")

COLLIDE = (
    {k[0] for k in PHRASES if len(k) == 1}
    | set(UNITS) | set(TENS) | {"hundred", "space", "capital", "big", "no", "sorry"}
    | set(FILLERS)
)
VOWELS = set("aeiouy")

# Natural speech glue words.
NAT_JOIN = {"dot": ".", "point": ".", "slash": "/", "underscore": "_", "colon": ":",
            "hyphen": "-"}
NAT_RIGHT = {("minus", "minus"): "--", ("double", "minus"): "--", ("minus",): "-",
             ("tilde",): "~"}
NAT_ALONE = {("pipe",): "|", ("smaller", "than"): "<", ("bigger", "than"): ">",
             ("and", "sign"): "&"}

# --------------------------------------------------------------------------
# My own "why" paraphrases, keyed by tldr page name.
# --------------------------------------------------------------------------

WHY = {
    "bugreport": "dump a full bug report from the phone",
    "bugreportz": "see which version it is",
    "cmd": "call a phone service with some arguments",
    "dalvikvm": "start a Java program on the phone",
    "dumpsys": "get diagnostics from all the system services",
    "getprop": "read one property of the device",
    "input": "send a swipe to the phone screen",
    "logcat": "save the system log into a file",
    "pkg": "remove a package",
    "pm-install-commit": "install the packages that wait in the queue",
    "screencap": "see the help",
    "screenrecord": "record the screen for three minutes at most",
    "settings": "change one setting value",
    "wm": "see how big the screen physically is",
    "ipmitool": "load the kernel module for IPMI",
    "procstat": "see the arguments of a process",
    "chpass": "change the login shell of a user",
    "pkgin": "install a package",
    "pkg_add": "update all packages with their dependencies",
    "pkg_delete": "test the removal of a package without doing it",
    "pkg_info": "list the installed packages",
    "afinfo": "show the metadata of an audio file",
    "afplay": "play a sound at half speed",
    "aiac": "generate Terraform code",
    "airport": "look for wireless networks nearby",
    "arch": "run a program under the Intel architecture",
    "automount": "unmount things after five idle minutes",
    "automountd": "get more details in the system log",
    "autoraise": "run it in the background",
    "auvaltool": "list all the audio units",
    "bless": "make that volume the boot volume",
    "brightness": "set the screen to half brightness",
    "cal": "see when Easter is",
    "carthage": "rebuild the dependencies without updating them",
    "chflags": "make a hidden file visible again",
    "codesign": "check the certificate of an app",
    "cot": "open the text editor",
    "csrutil": "reset the system integrity protection status",
    "csshx": "open SSH to several hosts with one key",
    "dark-mode": "switch dark mode off",
    "darwin-rebuild": "build the configuration without switching",
    "defaults": "search the preferences for a keyword",
    "dhcp6d": "start it with another config file",
    "diskutil-partitiondisk": "wipe the disk and give it a new partition scheme",
    "ditto": "copy one folder over the other",
    "dmesg": "read the kernel messages page by page",
    "dockutil": "take an app out of the dock",
    "dot_clean": "clean up the hidden resource files without recursion",
    "drutil": "burn a folder to a DVD and eject it",
    "dtrace": "choose the architecture for the data model",
    "duti": "see which app opens log files",
    "fdesetup": "check if FileVault is on",
    "fileicon": "remove the custom icon of a folder",
    "fsck": "check if the disk was unmounted cleanly",
    "ftxdiff": "show the unicode names too",
    "getfileinfo": "show information about a file",
    "goku": "test the new configuration without applying it",
    "hdiutil": "list the mounted disk images",
    "herd-list": "see all the available commands",
    "icalbuddy": "show the calendar events in a date range",
    "installer": "get the XML of the install choices",
    "ipconfig": "list all network interfaces",
    "istats": "show all the sensor stats",
    "java_home": "see the help",
    "kmutil": "look inside a kext collection",
    "launchctl": "list all the loaded agents and daemons",
    "launchd": "run init by hand",
    "leaks": "check for memory leaks when the program ends",
    "lipo": "show details about a universal binary",
    "log": "follow the logs of one process",
    "lsappinfo": "show information about the calculator app",
    "m": "check the battery",
    "mac-cleanup": "clean up the Mac",
    "machine": "see the CPU architecture",
    "mas": "install the first search result from the App Store",
    "mate": "open a file at a certain line and column",
    "md5": "get only the checksum of a file",
    "mdfind": "find files containing a word in a folder",
    "mdls": "read one metadata attribute of a file",
    "mdutil": "erase the Spotlight index and build it again",
    "mist": "list the macOS installers",
    "mole": "see what a cleanup would do without doing it",
    "mysides": "add the current folder to the Finder sidebar",
    "nettop": "see the help",
    "networkquality": "test the speed of one interface",
    "networksetup": "show the settings of the wireless adapter",
    "notifyd": "log debug messages into another file",
    "orb": "create a Linux virtual machine",
    "osascript": "run some JavaScript",
    "pbcopy": "copy a file into the clipboard",
    "pbpaste": "use the clipboard as input for another program",
    "pkgutil": "verify the signature of a package",
    "plutil": "convert a plist and print it out",
    "pod": "update all the pods",
    "qlmanage": "make thumbnails of the pictures",
    "safeejectgpu": "see the status of a GPU",
    "say": "read a text file aloud",
    "screencapture": "record the screen into a file",
    "scutil": "show the proxy settings",
    "sdef": "print the scripting definitions of Xcode",
    "security": "create a new keychain",
    "setfile": "set the modification date of files",
    "shortcuts": "list the shortcut folders",
    "sips": "scale down an image",
    "sntp": "turn on debug output",
    "sntpd": "use the local clock as the time source",
    "softwareupdate": "install all the updates",
    "spctl": "turn Gatekeeper off",
    "spotify": "pause the music",
    "sw_vers": "see the OS version and build",
    "system_profiler": "get a detailed hardware report",
    "systemsetup": "allow remote login",
    "tag": "remove a tag from a file",
    "tart": "create a Mac VM from an ipsw file",
    "terminal-notifier": "send a notification",
    "textutil": "put all the RTF files together into one HTML file",
    "valet": "serve only one site",
    "vm_stat": "see memory statistics a few times",
    "vpnd": "see the help",
    "wacaw": "take a photo with the webcam",
    "wifi-password": "get the password of a wireless network",
    "xattr": "write an extended attribute on a file",
    "xcode-select": "see which developer folder is active",
    "xcodes-runtimes": "install a simulator runtime",
    "xcrun": "see the help",
    "xip": "unpack the archive here",
    "xml2man": "compile a documentation file",
    "xsltproc": "transform an XML file with a stylesheet",
    "yaa": "pack a file into an archive",
    "yabai": "turn on the status bar",
    "devfsadm": "clean up old device links",
    "prctl": "check a limit of a running process",
    "prstat": "see microstate accounting for processes",
    "share": "share a folder read-only",
    "snoop": "capture packets on one interface",
    "svcadm": "disable a service",
    "svccfg": "import a service configuration",
    "svcs": "see information about a service",
    "truss": "trace a running process",
}
DAEMON_WHY = (
    "start that background service by hand",
    "bring up the background service manually",
    "run the service in the foreground for testing",
)

# --------------------------------------------------------------------------
# Speaking
# --------------------------------------------------------------------------

PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+|.")


def number_words(digits: str) -> list[str]:
    if len(digits) > 3 or (digits.startswith("0") and len(digits) > 1):
        return [UNITS[int(d)] for d in digits]
    n = int(digits)
    if n == 0:
        return ["zero"]
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [UNITS[hundreds], "hundred"]
    if rest:
        if rest < 20:
            words.append(UNITS[rest])
        else:
            words.append(TENS_BY_VALUE[rest // 10 * 10])
            if rest % 10:
                words.append(UNITS[rest % 10])
    return words


def say_lower(word: str) -> str:
    if word in COLLIDE or (2 <= len(word) <= 4 and not set(word) & VOWELS):
        return " ".join(word)
    return word


def line_style(rng: random.Random | None) -> dict[str, str]:
    """Per-line habits: clean words, or the words I happen to use in this line."""
    if rng is None:
        return {"cap": "capital", "all": "all caps", "dash": "dash"}
    big = rng.random() < 0.35
    return {"cap": "big" if big else "capital", "all": "all big" if big else "all caps",
            "dash": rng.choice(["minus", "minus", "dash"])}


def speak_chunk(chunk: str, rng: random.Random | None,
                style: dict[str, str] | None = None) -> str:
    """Protocol words for one space-free chunk; rng=None gives clean words."""
    style = style or line_style(None)
    cap, allc = style["cap"], style["all"]
    pieces = PIECE_RE.findall(chunk)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p == "-" and rng is not None:
            if i + 1 < len(pieces) and pieces[i + 1] == "-":
                if rng.random() < 0.35:
                    out.append("double minus")
                else:
                    out.append(f"{style['dash']} {style['dash']}")
                i += 2
                continue
            dash = style["dash"] if i == 0 else rng.choice([style["dash"], "hyphen"])
            out.append(dash)
        elif p.isdigit():
            if rng is not None and rng.random() < 0.4:
                out.append(p)
            else:
                out.extend(number_words(p))
        elif p.islower():
            out.append(say_lower(p))
        elif p.isupper():
            if len(p) == 1:
                out.append(f"{cap} {p.lower()}")
            elif p.lower() in COLLIDE:
                out.append(" ".join(f"{cap} {c}" for c in p.lower()))
            else:
                out.append(f"{allc} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{cap} {say_lower(p.lower())}")
        else:
            out.append(CLEAN_SYM[p] if rng is None else rng.choice(FUZZY_SYM[p]))
        i += 1
    return " ".join(out)


def speak_natural_chunk(chunk: str, rng: random.Random) -> str:
    """Natural words for one chunk: compact as Whisper writes it, or with glue words."""
    m = re.fullmatch(r"(--|-|~)?([A-Za-z0-9._/:-]+)", chunk)
    if not m or not re.search(r"[._/:-]", m.group(2) or "") and not m.group(1):
        return chunk
    prefix, body = m.group(1), m.group(2)
    parts = re.findall(r"[A-Za-z0-9]+|[._/:-]", body)
    if not prefix and not parts[0].isalnum():
        return chunk
    if prefix == "-" or prefix == "--":
        if not parts[0].isalnum():
            return chunk
    if any(p.isalnum() and p.lower() in NAT_WORDS for p in parts):
        return chunk
    if rng.random() < 0.45 and not chunk.endswith("."):
        return chunk
    words: list[str] = []
    if prefix == "--":
        words.append(rng.choice(["minus minus", "double minus"]))
    elif prefix == "-":
        words.append("minus")
    elif prefix == "~":
        words.append("tilde")
    for p in parts:
        if p.isalnum():
            words.append(p)
        elif p == ".":
            words.append(rng.choice(["dot", "point"]))
        else:
            words.append({"/": "slash", "_": "underscore", ":": "colon", "-": "hyphen"}[p])
    return " ".join(words)


NAT_WORDS = set(NAT_JOIN) | {w for k in NAT_RIGHT for w in k} | {
    w for k in NAT_ALONE for w in k} | set(FILLERS) | {"no", "sorry"}


def natural_chunks(command: str, rng: random.Random) -> list[str]:
    out = []
    for chunk in command.split(" "):
        if chunk == "|" and rng.random() < 0.7:
            out.append("pipe")
        elif chunk == "<":
            out.append("smaller than")
        elif chunk == ">":
            out.append("bigger than")
        elif chunk == "&" and rng.random() < 0.5:
            out.append("and sign")
        else:
            out.append(speak_natural_chunk(chunk, rng))
    return out


def why_for(rec: dict, rng: random.Random) -> str:
    page = rec["page"].split("/", 1)[1]
    if page in WHY:
        return WHY[page]
    return rng.choice(DAEMON_WHY)


def frame_natural(body: str, why: str, rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"Please type {body}. This is to {why}."
    if k == 1:
        return f"To {why}, the command is {body}."
    if k == 2:
        return f"So, we make {body}, to {why}, yes?"
    if k == 3:
        return f"I want to {why}, so you write {body}."
    if k == 4:
        return f"Now comes {body}. It is to {why}."
    return f"Okay, the command is {body}, yes?"


def wrong_chunk(chunk: str, rng: random.Random) -> str | None:
    if re.search(r"[0-9]", chunk):
        idx = [i for i, c in enumerate(chunk) if c.isdigit()]
        i = rng.choice(idx)
        d = rng.choice([c for c in "123456789" if c != chunk[i]])
        return chunk[:i] + d + chunk[i + 1:]
    m = re.fullmatch(r"(.*\.)([a-z]+)", chunk)
    if m and m.group(1) != ".":
        ext = rng.choice([e for e in ("txt", "py", "log", "pdf", "json") if e != m.group(2)])
        return m.group(1) + ext
    if re.fullmatch(r"-[a-zA-Z]", chunk):
        return "-" + rng.choice([c for c in "abcdefghlnopqrstuvx" if c != chunk[1]])
    if re.fullmatch(r"[a-z]{5,}", chunk):
        return chunk[: rng.randrange(2, len(chunk) - 2)]
    return None


# --------------------------------------------------------------------------
# Slice generators
# --------------------------------------------------------------------------


def gen_clean(rec: dict, rng: random.Random) -> str:
    return " space ".join(speak_chunk(c, None) for c in rec["command"].split(" "))


def whisperize(words: list[str], rng: random.Random) -> str:
    seps = [" space, " if rng.random() < 0.3 else " space " for _ in words[1:]]
    text = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True))
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    return text


def gen_fuzzy(rec: dict, rng: random.Random) -> str:
    style = line_style(rng)
    return whisperize([speak_chunk(c, rng, style) for c in rec["command"].split(" ")], rng)


def gen_natural(rec: dict, rng: random.Random) -> str:
    body = " ".join(natural_chunks(rec["command"], rng))
    return frame_natural(body, why_for(rec, rng), rng)


def chaos_parts(chunks: list[str], spoken: list[str], speak, rng: random.Random,
                sep: str) -> str:
    """Join spoken chunks with `sep`, adding a correction, fillers and asides."""
    order = list(range(len(chunks)))
    rng.shuffle(order)
    fix = None
    for i in order:
        wrong = wrong_chunk(chunks[i], rng)
        if wrong is not None:
            fix = (i, wrong)
            break
    pieces = list(spoken)
    if fix is not None and rng.random() < 0.85:
        i, wrong = fix
        pieces[i] = f"{speak(wrong)}, {rng.choice(CORRECTIONS)}, {pieces[i]}"
    text = pieces[0]
    gaps = len(pieces) - 1
    extra = rng.sample(range(gaps), k=min(gaps, rng.randint(1, 2))) if gaps else []
    kinds = {g: rng.choice(["filler", "filler", "aside"]) for g in extra}
    for g, nxt in enumerate(pieces[1:]):
        if g in kinds and kinds[g] == "filler":
            text += f", {rng.choice(FILLERS)},{sep}{nxt}"
        elif g in kinds:
            text += f", {rng.choice(ASIDES)},{sep}{nxt}"
        else:
            text += sep + nxt
    if not extra or rng.random() < 0.3:
        text = f"{rng.choice(FILLERS)}, {text}"
    return text


def gen_chaotic(rec: dict, rng: random.Random) -> str:
    command = rec["command"]
    chunks = command.split(" ")
    why = why_for(rec, rng)
    if rng.random() < 0.5:
        style = line_style(rng)
        spoken = [speak_chunk(c, rng, style) for c in chunks]
        body = chaos_parts(chunks, spoken, lambda c: speak_chunk(c, rng, style), rng,
                           " space ")
        if len(chunks) > 1 and rng.random() < 0.3:
            k = rng.randint(2, len(chunks))
            start = " space ".join(speak_chunk(c, rng, style) for c in chunks[:k])
            cut = start.rsplit(" ", 1)[0]
            body = f"{cut}, ehm, {RESTART} {body[0].upper()}{body[1:]}"
        k = rng.randrange(3) if len(chunks) > 1 else 1
        if k == 0:
            return f"Okay, the command is {body}. This is to {why}."
        if k == 1:
            return f"{body[0].upper()}{body[1:]}. This is to {why}."
        return f"To {why}, please type {body}."
    spoken = natural_chunks(command, rng)
    body = chaos_parts(chunks, spoken, lambda c: c, rng, " ")
    return frame_natural(body, why, rng)


# --------------------------------------------------------------------------
# Listener
# --------------------------------------------------------------------------

UNDO = "\u27f2"
RESET = "\u27f3"


def preprocess(text: str) -> str:
    s = " " + text + " "
    for aside in ASIDES:
        s = re.sub(r"(?i),? " + re.escape(aside) + r",? ", " ", s)
    s = re.sub(r"(?i),? " + re.escape(RESTART) + " ", f" {RESET} ", s)
    s = re.sub(r"(?i)(?:^|,? )(?:" + "|".join(FILLERS) + r"),? ", " ", s)
    for marker in CORRECTIONS:
        s = re.sub(r"(?i),? " + re.escape(marker) + ",? ", f" {UNDO} ", s)
    return re.sub(r" +", " ", s).strip()


def parse_number(toks: list[str], i: int) -> tuple[str, int]:
    def val(t: str) -> int | None:
        return UNIT_VALUE.get(t)

    t = toks[i]
    if t == "zero":
        return "0", i + 1
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    total = 0
    if t in UNIT_VALUE and nxt == "hundred":
        total = UNIT_VALUE[t] * 100
        i += 2
        t = toks[i] if i < len(toks) else ""
        if t in TENS:
            total += TENS[t]
            i += 1
            t = toks[i] if i < len(toks) else ""
            if t in UNIT_VALUE and 0 < UNIT_VALUE[t] < 10:
                total += UNIT_VALUE[t]
                i += 1
        elif t in UNIT_VALUE and val(t):
            total += UNIT_VALUE[t]
            i += 1
        return str(total), i
    if t in TENS:
        total = TENS[t]
        i += 1
        if nxt in UNIT_VALUE and 0 < UNIT_VALUE[nxt] < 10:
            total += UNIT_VALUE[nxt]
            i += 1
        return str(total), i
    return str(UNIT_VALUE[t]), i + 1


def decode_protocol(text: str) -> str:
    s = preprocess(text)
    low = s.lower()
    hits = [(low.find(lead), lead) for lead in LEADS if low.find(lead) >= 0]
    if hits:
        pos, lead = min(hits)
        s = s[pos + len(lead):]
        low = s.lower()
    for cut in WHY_CUTS:
        pos = low.find(cut)
        if pos >= 0:
            s = s[:pos]
            low = s.lower()
    toks = [t.strip(",.!?;:").lower() for t in s.split()]
    toks = [t for t in toks if t and t not in FILLERS]
    if RESET in toks:
        toks = toks[len(toks) - toks[::-1].index(RESET):]
    chunks: list[str] = []
    cur = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "space":
            chunks.append(cur)
            cur = ""
            i += 1
            continue
        if t == UNDO:
            cur = ""
            i += 1
            continue
        if t == RESET:
            chunks, cur = [], ""
            i += 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key = tuple(toks[i:i + n])
            if len(key) == n and key in PHRASES:
                cur += PHRASES[key]
                i += n
                break
        else:
            if t in ("capital", "big") and i + 1 < len(toks):
                w = toks[i + 1]
                cur += w[0].upper() + w[1:]
                i += 2
            elif t == "all" and i + 2 < len(toks) and toks[i + 1] in ("caps", "big"):
                cur += toks[i + 2].upper()
                i += 3
            elif t in UNIT_VALUE or t in TENS:
                digits, i = parse_number(toks, i)
                cur += digits
            else:
                cur += t
                i += 1
    chunks.append(cur)
    return " ".join(chunks)


def decode_natural(text: str) -> str:
    s = preprocess(text)
    low = s.lower()
    hits = [(low.find(lead), lead) for lead in LEADS if low.find(lead) >= 0]
    if hits:
        pos, lead = min(hits)
        s = s[pos + len(lead):]
    s = s.strip()
    ends = [p for p in (s.find(", "), s.find(". ")) if p >= 0]
    if ends:
        s = s[:min(ends)]
    elif s.endswith((".", "?")):
        s = s[:-1]
    toks = s.split()
    chunks: list[str] = []
    glue = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == UNDO:
            if chunks:
                chunks.pop()
            glue = False
            i += 1
            continue
        two = tuple(toks[i:i + 2])
        if t in NAT_JOIN:
            if chunks:
                chunks[-1] += NAT_JOIN[t]
            else:
                chunks.append(NAT_JOIN[t])
            glue = True
            i += 1
            continue
        matched = False
        for table, right in ((NAT_RIGHT, True), (NAT_ALONE, False)):
            for key in (two, (t,)):
                if key in table:
                    if glue and chunks:
                        chunks[-1] += table[key]
                    else:
                        chunks.append(table[key])
                    glue = right
                    i += len(key)
                    matched = True
                    break
            if matched:
                break
        if matched:
            continue
        if glue and chunks:
            chunks[-1] += t
        else:
            chunks.append(t)
        glue = False
        i += 1
    return " ".join(chunks)


def listen(text: str) -> str:
    words = {w.strip(",.!?;:").lower() for w in text.split()}
    if "space" in words or not any(lead in text.lower() for lead in LEADS):
        return decode_protocol(text)
    return decode_natural(text)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

GENERATORS = {"clean": gen_clean, "fuzzy": gen_fuzzy, "natural": gen_natural,
              "chaotic": gen_chaotic}


def main() -> None:
    rng = random.Random(13)
    records = []
    seen: set[str] = set()
    for line in SRC.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        cmd = rec["command"]
        if cmd in seen or len(cmd) > 80:
            continue
        seen.add(cmd)
        records.append(rec)
    rng.shuffle(records)
    pool = list(records)
    rejected = 0
    rows = []
    for slice_name in SLICES:
        made = 0
        retry = []
        while made < PER_SLICE and pool:
            rec = pool.pop(0)
            text = GENERATORS[slice_name](rec, rng)
            if listen(text) != rec["command"]:
                rejected += 1
                retry.append(rec)
                continue
            rows.append({"input": text, "command": rec["command"], "slice": slice_name,
                         "author": AUTHOR})
            made += 1
        pool = retry + pool
        if made < PER_SLICE:
            raise SystemExit(f"not enough commands for slice {slice_name}")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {s: sum(r["slice"] == s for r in rows) for s in SLICES}
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {counts}; "
          f"listener rejected {rejected} candidates")


if __name__ == "__main__":
    main()
