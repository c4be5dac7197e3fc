"""Eighty-sixth independent evaluation set for voice-to-bash: the Hanoi backend developer.

Writes assets/training/bash/author86.jsonl: 400 lines, each a JSON object
{"input": <what Whisper wrote>, "command": <the exact command>, "slice": ..., "author": "author86"},
100 lines per slice in the order clean, fuzzy, natural, chaotic.

Source commands come from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0,
through two pools built from it: the clean slice draws from platforms_dev52_commands.jsonl
(macOS, Windows, BSD, SunOS and Android pages; even 0-based line numbers only), the other three
slices from pages_dev51_commands.jsonl (0-based line numbers divisible by four only). At most two
commands share a first word within each pool, no command is used twice, and the command text is
kept exactly as in the pool. Commands that cannot sensibly be dictated (non-ASCII, over 90
characters, doubled spaces, a character with no spoken name below) are skipped.

Run:  cd /work/main && python3 tests/bench/eightysixth_author.py
Standard library only; one random.Random(86) consumed in a fixed order, so reruns are
byte-identical. The script asserts decode(input) == command for every clean line.

=====================================================================================
STYLE GUIDE - how this speaker dictates a shell command
=====================================================================================

THE SPEAKER
    Born and raised in Hanoi, Vietnamese is his first language. Backend developer, works
    remotely for a Singapore startup, dictates commands to his laptop between video calls.
    His English is fluent but Vietnamese-shaped: few articles, "you type for me", "okay la",
    "ya", "nhé" at the end. When he is careful he follows a strict, very literal protocol.

THE STRICT PROTOCOL (this is exactly the clean slice)
    Everything is lower case, no punctuation, nothing but the command.

    1. Separator. Every single space in the command is said as the word "space". Nothing else
       produces a space: all other spoken pieces are glued together with no gap. So
       "docs slash notes dot t x t" is docs/notes.txt, one argument.

    2. Symbols. Each character that is not a letter or digit has one name:
           -  minus            (so -- is "minus minus")
           .  dot              /  slash            _  under  or  underscore (both, freely)
           :  colon            @  at sign          #  sharp            &  and sign
           |  vertical bar     ~  tilde            *  star             =  equal
           >  greater than     <  less than        ,  comma            ;  semicolon
           "  double quote     '  single quote     +  plus             $  dollar
           %  percent          ?  question mark    !  exclamation mark
           (  open bracket     )  close bracket    [  open square      ]  close square
           {  open curly       }  close curly      \\  backslash        ^  caret
           `  backtick
       Quotes are named where they are, one by one: "double quote hello space world double
       quote" is "hello world" with its quotes.

    3. Capitals. "cap" makes the first character of the next piece upper case: "cap x" is X,
       "cap get" is Get. "all cap" (never "all caps") makes the whole next word upper case:
       "all cap path" is PATH. CamelCase is said piece by piece: TextFormatType is
       "cap text cap format cap type". Capitals he would not pronounce as a word are spelled
       with "cap" before each letter: HME is "cap h cap m cap e". Everything not marked is
       lower case.

    4. Numbers. A run of digits is read as a whole number in plain English words without
       "and": 5 "five", 20 "twenty", 512 "five hundred twelve", 987 "nine hundred eighty
       seven", 1500 "one thousand five hundred". Four-digit numbers whose two halves are both
       10 or more are read as two halves, like a port: 8080 "eighty eighty", 1234 "twelve
       thirty four"; years 2000-2099 are "two thousand ..." (2024 "two thousand twenty four").
       Number words said back to back that cannot form one number are written back to back:
       "eighty eighty" is 8080, "twelve thirty four" is 1234. A run with a leading zero, longer
       than six digits, or an IP address is read digit by digit with "zero" for 0:
       192.168.1.10 is "one nine two dot one six eight dot one dot one zero".

    5. Words vs spelling. A lower-case letter run is "said as a word" when it is four letters
       or more, has a vowel, starts like an English word (one consonant, or a cluster such as
       bl, ch, scr, str, th) and never has four consonants in a row: docker, notes, report,
       screencap, choco, ubuntu, upgrade. Short names - three letters or fewer - are spelled
       letter by letter ("a d b", "c s v", "t x t", "s r c", "t m p") unless they are everyday
       words he says as words (cat, cut, top, add, get, set, new, key, log, run, foo, ...).
       A glued tool name that fails the test is said in pieces - familiar parts as words,
       the rest spelled: cleanmgr "clean m g r", sysctl "sys c t l", htop "h top",
       mysqldump "my s q l dump", pbmtoascii "p b m to ascii", psping "p s ping"; a few
       odd ones are spelled whole ("n t l m", "i e w z d"). Any word that is itself part of
       this vocabulary (space, minus, dot, slash, under, colon, cap, all, at, and, open,
       close, single, double, star, plus, equal, the number words one, two, ten, ...) is
       always spelled when it is meant literally: "choco uninstall all" ends "a l l",
       wsl-open is "w s l minus o p e n". So are the loose names he uses for symbols when
       relaxed (dash, hyphen, period, point, pipe, hash, bang, arrow, quote, asterisk,
       ampersand, underline, capital): the shell dash is "d a s h". A single spelled letter
       is just its name: "a", "b", ..., "z". Letters around digits are spelled around the
       numbers: a1b2c3d is "a one b two c three d", server1 is "server one".

    6. Listener rules (decode below implements them): split on spaces; "space" gives a
       space; two-word names (at sign, and sign, vertical bar, greater than, less than, double
       quote, single quote, open/close bracket/square/curly, question mark, exclamation mark,
       all cap) and one-word names give their symbol; "cap" / "all cap" change the next
       piece; a maximal run of number words is parsed into numbers left to right, a new
       number starting whenever the next word cannot extend the current one; every other
       word is copied as it is. Everything is concatenated.

NATURAL HABITS (fuzzy, natural and chaotic slices)
    Framing:   "You type for me: ...", "The command is like this: ...", "Okay so, ...",
               "Can you run ...", "Please type ...", "Okay la, you type for me, ...",
               "À, the command is like this ya: ...", "Okay, you help me type, ...";
               long ones when chatty: "Okay la, so my team lead in Singapore ask me to check
               this, you type for me, the command is like this: ...".
    Fillers:   "ờ", "à", "ờ ờ", "how to say", "ya", "okay la" between pieces (usually after
               a "space"); sign-offs "nhé", "ya", "okay la", "thank you nhé", "done nhé",
               "okay, that's all ya", "that's it". None of these are part of the command.
    Pauses:    when relaxed he sometimes lets a pause stand for the space after the program
               name ("cryptsetup, open ..."); Whisper's commas and the capital at the start
               of a sentence mean nothing.
    Loose symbol names:
               minus: "dash", "hyphen"; --: "double dash", "dash dash", "double minus",
               "minus-minus"; dot: "period", "point", Vietnamese "chấm" (Whisper also writes
               "main.py", "10.0.0.5"); slash: "forward slash"; _: "underline", "under bar";
               colon: "two dots"; @: "at", Vietnamese "a còng"; #: "hash", "hashtag";
               &: "ampersand", "and"; |: "pipe", "straight bar"; ~: "tilde sign",
               "squiggle"; >: "bigger than", "arrow"; <: "smaller than"; ": "quote",
               "quotation mark", and for a pair "open quote ... close quote"; ': "apostrophe",
               "single quotes"; =: "equals", "equal sign"; ,: "comma sign"; ;: "semi colon";
               ( ): "open/close parenthesis", "open/close round bracket"; [ ]: "open/close
               square bracket"; { }: "open/close curly brace"; *: "asterisk", "star sign";
               $: "dollar sign"; %: "percent sign"; ?: "question"; !: "exclamation",
               "bang"; +: "plus sign"; \\: "back slash"; cap: "capital"; all cap: "all
               capital".
    Numbers:   Whisper writes them as digits (8080, 2024, 10.0.0.5, 1.0).
    Spelling:  Whisper capitalises or glues spelled letters - "S R C", "SRC", "S-R-C" are
               still src (only "cap"/"capital" makes a capital) - and sometimes hears his
               Vietnamese letter names: "bê" b, "xê" c, "đê" d, "pê" p, "tê" t, "vê" v,
               "ca" k, "giê" g. A single spelled letter stays lower case in the natural and
               chaotic slices unless "cap"/"capital" comes before it.
    Corrections: "no wait, I mean ...", "sorry sorry, ...", "ờ no, not that, ...", "wrong
               already, it is ...", "no no, I say again, ...", "ah no, ...", "sorry, I mean
               ..." - the piece after the correction replaces the one said just before it (a
               word, a number or a symbol). "let me start again", "I say again from the
               start", "start again ya" throw away everything said so far in the command.
    Asides:    remarks about his day between pieces ("my internet in Hanoi is so slow today,
               okay", "sorry, so noisy here, the motorbike outside") are not typed.
    Stutter:   a word said twice in a row ("docker, docker") is typed once.

SLICES
    clean    the strict protocol, lower case, no punctuation, nothing but the command.
    fuzzy    the same protocol as Whisper mangles it: sentence capitals and a closing ".",
             "?" or "...", stray commas after "space", numbers as digits (8080, "80 80",
             "1 0 dot 0 ..."), words glued or split ("under score", "main.py", "TXT",
             "T-X-T", "local host", "Idevice name"), homophones from his accent ("spay",
             "spades", "spice" for space; "flash", "slack" for slash; "dog", "dart" for dot;
             "colin", "cologne", "coal on" for colon; "mine us", "minors" for minus; "cab",
             "cup", "cáp" for cap; "all caps", "o cap" for all cap; "ander", "undo" for
             under; "under scope"; "tilda"; "great than"; "double quotes"; "see", "tea",
             "are", "why", "eye", "oh", "ex" for the letters c, t, r, y, i, o, x), his
             Vietnamese letter names ("bê", "xê", "đê", "tê", "pê", "giê"), and now and then
             a symbol said by one of the loose names above.
    natural  how he really says it when relaxed: framing, fillers, sign-offs, loose symbol
             names, digits, Whisper punctuation; a careful human can still rebuild it.
    chaotic  natural plus corrections, restarts, asides about his day, a word said twice,
             long framing; still recoverable by a careful human.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
CLEAN_POOL = BASH / "platforms_dev52_commands.jsonl"
OTHER_POOL = BASH / "pages_dev51_commands.jsonl"
OUT = BASH / "author86.jsonl"
AUTHOR = "author86"
PER_SLICE = 100
MAX_LEN = 90

# --------------------------------------------------------------------------- vocabulary

SYMBOLS = {
    "-": "minus",
    ".": "dot",
    "/": "slash",
    "_": "underscore",
    ":": "colon",
    "@": "at sign",
    "#": "sharp",
    "&": "and sign",
    "|": "vertical bar",
    "~": "tilde",
    "*": "star",
    "=": "equal",
    ">": "greater than",
    "<": "less than",
    ",": "comma",
    ";": "semicolon",
    '"': "double quote",
    "'": "single quote",
    "+": "plus",
    "$": "dollar",
    "%": "percent",
    "?": "question mark",
    "!": "exclamation mark",
    "(": "open bracket",
    ")": "close bracket",
    "[": "open square",
    "]": "close square",
    "{": "open curly",
    "}": "close curly",
    "\\": "backslash",
    "^": "caret",
    "`": "backtick",
}
NAME_TO_SYMBOL = {name: ch for ch, name in SYMBOLS.items()}
NAME_TO_SYMBOL["under"] = "_"

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = set(UNITS) | set(TEENS) | {t for t in TENS if t} | {"hundred", "thousand"}

# words that can never be said literally (they would be heard as vocabulary)
RESERVED = (
    {w for name in NAME_TO_SYMBOL for w in name.split()[:1]}
    | {name for name in NAME_TO_SYMBOL if " " not in name}
    | NUMBER_WORDS
    | {"space", "cap", "all"}
    # names he uses loosely for symbols when relaxed; spelled too, so they never mislead
    | {"dash", "hyphen", "period", "point", "pipe", "hash", "bang", "arrow", "quote",
       "asterisk", "ampersand", "underline", "capital"}
)

# short words he says as words rather than spelling
SHORT_WORDS = {
    "add", "app", "bar", "bin", "box", "bug", "cat", "cut", "dev", "doc", "end", "fix", "foo",
    "get", "git", "job", "key", "log", "man", "map", "max", "min", "new", "old", "out", "pin",
    "pop", "put", "raw", "red", "run", "set", "tag", "tar", "top", "use", "web", "who", "win",
    "zip", "yes", "lab", "hub", "via", "go", "on", "off", "no", "is", "if", "do", "to", "in",
    "up", "me", "my", "we", "it", "as", "so", "or", "by", "of", "for", "the", "not", "our",
    "see", "say", "has", "was", "low", "sun", "cow", "pie", "son", "net", "pro", "ash",
    "elk", "joe", "moe", "ned", "bat", "ant", "bit", "mix", "fly", "ink", "kit", "row",
    "lock", "dash", "pick", "self",
}
# longer words he says as words although the spelling rule below would split them
WORDS = {"length", "dijkstra", "nginx", "strength", "width", "tldr", "upstream"}
# letter runs that look like words but that he spells or says in pieces
SPELL = {
    "iewzd", "ntlm", "ospp", "wmic", "hme", "wlan", "vbs", "exe", "dmg", "sgpt", "aapt", "etcd",
    "ipcs", "ipfs", "mocp", "ocamlc", "ocrmypdf", "usql", "uuid", "uuidgen", "wapm", "idtool",
    "getfacl", "setfattr", "gofmt", "mandb", "ximtoppm", "palmtopnm", "winicontopam",
    "fitstopnm", "bioradtopgm", "pamtopng", "gropdf", "pacrepairdb", "apkid", "aaff",
}
# pieces he pronounces inside a glued-together tool name: cleanmgr is "clean m g r"
PARTS = {
    "arch", "wiki", "tools", "tool", "grep", "group", "config", "disk", "clean", "script",
    "proj", "lint", "test", "event", "create", "find", "full", "screen", "util", "client",
    "shot", "cloud", "lookup", "next", "flow", "make", "over", "subscribe", "life", "ascii",
    "epson", "crop", "kernel", "dox", "storm", "player", "palm", "forge", "shift", "norm",
    "quant", "mercator", "convol", "policy", "update", "edge", "ram", "temp", "stream",
    "start", "stat", "sock", "info", "ping", "launcher", "dump", "server", "buf", "time",
    "work", "spaces", "grinder", "mpeg", "rabbit", "sys", "system", "disks", "user", "bin",
    "log", "dir", "tree", "tar", "power", "view", "play", "list", "mount", "data", "base",
    "file", "name", "host", "node", "net", "line", "note", "print", "term", "pass", "word",
    "case", "code", "mail", "read", "write", "load", "sort", "pack", "push", "pull", "help",
    "edit", "draw", "fetch", "font", "form", "move", "copy", "send", "show", "sync",
    "task", "text", "type", "unit", "wall", "watch", "zone", "wifi", "to", "go", "cat",
    "key", "man", "pkgs", "settings", "ledger", "package", "mux", "inator", "hosts", "mini",
    "warts", "setup", "my", "virtual", "lima", "transfer", "select", "scale", "clone",
    "crack", "free", "down", "gen", "prof", "clock", "fits", "bio", "rad", "pam", "repair",
    "pac", "icon", "kube", "docker", "cache", "check", "chat", "boot", "sign",
    "store", "image", "rec", "lock", "keep", "jpeg", "win", "num", "doc", "bench",
    "cups", "lite", "get", "set", "add", "new", "run", "auth", "hub", "lab", "card", "kit",
    "drop", "box", "back", "shell", "link", "path", "port", "spec", "scan", "snap", "page",
    "graph", "plot", "stack", "table", "crypt", "split", "query",
}
# runs whose pieces the parts search would cut differently from how he says them
OVERRIDES = {"htop": "h top", "btop": "b top", "ntop": "n top", "mysql": "my s q l"}
VOWELS = set("aeiouy")
ONSETS = {
    "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn", "ph", "pl", "pr", "sc",
    "sch", "scr", "sh", "sk", "sl", "sm", "sn", "sp", "spl", "spr", "st", "str", "sw", "th",
    "thr", "tr", "tw", "wh", "wr", "shr", "qu", "squ", "dw", "gn",
}
CODAS = {
    "nds", "nts", "sts", "rts", "cks", "ngs", "rks", "mps", "rst", "rld", "lls", "ght", "tch",
    "rch", "nch", "nks", "lts", "rds", "fts", "pts", "cts", "xts", "lds", "nth", "ths", "rth",
    "rms", "rns", "lks", "sks", "sps", "lms", "gth", "dth", "wns", "wls", "rls", "pth", "mpt",
    "tchs", "ghts", "rths", "nths", "ngth", "ngths",
}


def said_as_word(run: str) -> bool:
    """Whether a lower-case letter run is pronounced as one word."""
    if run in RESERVED or run in SPELL:
        return False
    if run in SHORT_WORDS or run in WORDS:
        return True
    if len(run) <= 3 or not VOWELS & set(run[1:] if run[0] == "y" else run):
        return False
    if re.search(r"[^aeiouy]{4}", run):
        return False
    onset = re.match(r"y?[^aeiouy]*", run).group()
    coda = re.search(r"[^aeiouy]*$", run).group()
    if len(coda) >= 3 and coda not in CODAS:
        return False
    return len(onset) <= 1 or onset in ONSETS


def pronounce(run: str) -> list[tuple[str, str]]:
    """A lower-case letter run as spoken pieces: ("word", w) or ("letter", c).

    Said as one word when pronounceable; otherwise cut into the fewest pieces, each a known
    part (PARTS) or a single spelled letter."""
    if said_as_word(run):
        return [("word", run)]
    if run in OVERRIDES:
        return [("word" if len(p) > 1 else "letter", p) for p in OVERRIDES[run].split()]
    best: list[tuple[int, int, list[tuple[str, str]]]] = [(0, 0, [])]
    for j in range(1, len(run) + 1):
        options = [(best[j - 1][0] + 1, best[j - 1][1] + 1,
                    best[j - 1][2] + [("letter", run[j - 1])])]
        for i in range(max(0, j - 10), j - 1):
            piece = run[i:j]
            if piece in PARTS and piece != run and piece not in RESERVED:
                options.append((best[i][0] + 1, best[i][1], best[i][2] + [("word", piece)]))
        best.append(min(options, key=lambda o: (o[0], o[1])))
    return best[-1][2]


# --------------------------------------------------------------------------- numbers


def below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [UNITS[hundreds], "hundred"]
    if rest >= 20:
        words.append(TENS[rest // 10])
        if rest % 10:
            words.append(UNITS[rest % 10])
    elif rest >= 10:
        words.append(TEENS[rest - 10])
    elif rest:
        words.append(UNITS[rest])
    return words


def whole_words(n: int) -> list[str]:
    """Read a number as a whole, in this speaker's habit."""
    if n == 0:
        return ["zero"]
    if 2000 <= n <= 2099:
        return ["two", "thousand"] + below_thousand(n - 2000)
    if 1000 <= n <= 9999 and n // 100 >= 10 and n % 100 >= 10:
        return below_thousand(n // 100) + below_thousand(n % 100)
    thousands, rest = divmod(n, 1000)
    words = below_thousand(thousands) + ["thousand"] if thousands else []
    return words + below_thousand(rest)


def digit_words(digits: str) -> list[str]:
    return [UNITS[int(d)] for d in digits]


def parse_numbers(words: list[str]) -> str:
    """Listener side: a run of number words -> the digits they stand for."""
    out: list[str] = []
    total = cur = 0
    last = ""

    def flush() -> None:
        nonlocal total, cur, last
        if last:
            out.append(str(total + cur))
        total = cur = 0
        last = ""

    for w in words:
        if w == "zero":
            flush()
            out.append("0")
            continue
        if w in UNITS:
            if last not in ("tens", "hundred", "thousand"):
                flush()
            cur += UNITS.index(w)
            last = "unit"
        elif w in TEENS:
            if last not in ("hundred", "thousand"):
                flush()
            cur += 10 + TEENS.index(w)
            last = "teen"
        elif w in TENS:
            if last not in ("hundred", "thousand"):
                flush()
            cur += 10 * TENS.index(w)
            last = "tens"
        elif w == "hundred":
            if last == "unit" and cur < 10:
                cur *= 100
            else:
                flush()
                cur = 100
            last = "hundred"
        else:  # thousand
            if total == 0 and last in ("unit", "teen", "tens", "hundred"):
                total, cur = (total + cur) * 1000, 0
            else:
                flush()
                total = 1000
            last = "thousand"
    flush()
    return "".join(out)


# --------------------------------------------------------------------------- listener


def decode(text: str) -> str:
    """Rebuild the command from a clean-slice line, following the guide's listener rules."""
    words = text.split()
    out: list[str] = []
    case = ""
    i = 0
    while i < len(words):
        w = words[i]
        pair = " ".join(words[i:i + 2])
        if w == "space":
            out.append(" ")
            i += 1
        elif pair == "all cap":
            case = "upper"
            i += 2
        elif w == "cap":
            case = "cap"
            i += 1
        elif pair in NAME_TO_SYMBOL:
            out.append(NAME_TO_SYMBOL[pair])
            i += 2
        elif w in NAME_TO_SYMBOL:
            out.append(NAME_TO_SYMBOL[w])
            i += 1
        elif w in NUMBER_WORDS:
            j = i
            while j < len(words) and words[j] in NUMBER_WORDS:
                j += 1
            out.append(parse_numbers(words[i:j]))
            i = j
        else:
            if case == "upper":
                w = w.upper()
            elif case == "cap":
                w = w[:1].upper() + w[1:]
            case = ""
            out.append(w)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------- speaker
# A command becomes a list of segments:
#   ("space",)  ("sym", ch)  ("word", run, case)  ("letters", [(letter, upper), ...])
#   ("num", digits, mode)    mode is "whole" or "digits"

PIECE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|\d+|--|.")
IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def segments(command: str) -> list[tuple]:
    segs: list[tuple] = []
    for k, token in enumerate(command.split(" ")):
        if k:
            segs.append(("space",))
        ip_spans = [m.span() for m in IP.finditer(token)]
        for m in PIECE.finditer(token):
            p = m.group()
            if p.isdigit():
                in_ip = any(a <= m.start() < b for a, b in ip_spans)
                whole = not in_ip and (p == "0" or not p.startswith("0")) and len(p) <= 6
                segs.append(("num", p, "whole" if whole else "digits"))
            elif p.isalpha():
                low = p.lower()
                if p.islower():
                    case = "lower"
                elif p.isupper() and len(p) > 1:
                    case = "upper"
                elif p[0].isupper() and p[1:].islower():
                    case = "cap"
                else:
                    case = "upper"
                if case == "upper" and (len(p) < 3 or not said_as_word(low)):
                    segs.append(("letters", [(c, True) for c in low]))
                    continue
                first = case
                for kind, piece in pronounce(low):
                    if kind == "word":
                        segs.append(("word", piece, first))
                    elif segs and segs[-1][0] == "letters" and first == "lower":
                        segs[-1][1].append((piece, False))
                    else:
                        segs.append(("letters", [(piece, first != "lower")]))
                    first = "lower" if case == "cap" else case
            elif p == "--":
                segs.append(("sym", "--"))
            elif p in SYMBOLS:
                segs.append(("sym", p))
            else:
                raise ValueError(f"no spoken name for {p!r}")
    return segs


def sym_clean(ch: str, under: str) -> list[str]:
    if ch == "--":
        return ["minus", "minus"]
    if ch == "_":
        return [under]
    return SYMBOLS[ch].split()


def num_clean(digits: str, mode: str) -> list[str]:
    return whole_words(int(digits)) if mode == "whole" else digit_words(digits)


def clean_words(segs: list[tuple], under: str) -> list[str]:
    words: list[str] = []
    for s in segs:
        kind = s[0]
        if kind == "space":
            words.append("space")
        elif kind == "sym":
            words += sym_clean(s[1], under)
        elif kind == "word":
            words += {"lower": [], "cap": ["cap"], "upper": ["all", "cap"]}[s[2]] + [s[1]]
        elif kind == "letters":
            for letter, upper in s[1]:
                words += ["cap", letter] if upper else [letter]
        else:
            words += num_clean(s[1], s[2])
    return words


# --------------------------------------------------------------------------- Whisper's ear

GLUE = "\x00"  # joins its neighbours without a space when the line is assembled

HOMOPHONES = {
    "minus": ["mine us", "minors", "minus"],
    "colon": ["colin", "cologne", "coal on"],
    "slash": ["flash", "slack"],
    "dot": ["dog", "dart", "dots"],
    "space": ["spay", "spades", "spaces", "spice"],
    "cap": ["cab", "cáp", "cup"],
    "under": ["ander", "undo"],
    "underscore": ["under score", "under scope"],
    "sharp": ["shop", "shap"],
    "tilde": ["tilda", "till the"],
    "equal": ["equals", "eco"],
    "star": ["stah", "start"],
    "comma": ["coma", "comer"],
    "dollar": ["dola", "dolla"],
    "percent": ["per cent", "percents"],
    "and sign": ["and sine", "end sign"],
    "at sign": ["at sine", "add sign"],
    "vertical bar": ["vertical ba", "vertical bah"],
    "greater than": ["greater then", "great than"],
    "less than": ["less then", "lesson"],
    "double quote": ["double quotes", "double coat"],
    "single quote": ["single quotes", "single coat"],
    "open bracket": ["open brackets", "opened bracket"],
    "close bracket": ["close brackets", "clothes bracket"],
    "semicolon": ["semi colon", "semi-colon"],
    "plus": ["bus", "pluss"],
    "backslash": ["back slash", "back flash"],
    "question mark": ["question marks"],
    "all cap": ["all caps", "o cap", "all cab", "allcap"],
}
VARIANTS = {
    "-": ["dash", "hyphen"],
    "--": ["double dash", "dash dash", "double minus", "minus-minus"],
    ".": ["period", "point", "chấm"],
    "/": ["forward slash"],
    "_": ["underline", "under bar"],
    ":": ["two dots"],
    "@": ["at", "a còng"],
    "#": ["hash", "hashtag"],
    "&": ["ampersand", "and"],
    "|": ["pipe", "straight bar"],
    "~": ["tilde sign", "squiggle"],
    ">": ["bigger than", "arrow"],
    "<": ["smaller than"],
    '"': ["quote", "quotation mark"],
    "'": ["apostrophe", "single quotes"],
    "=": ["equals", "equal sign"],
    ",": ["comma sign"],
    ";": ["semi colon"],
    "(": ["open parenthesis", "open round bracket"],
    ")": ["close parenthesis", "close round bracket"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly brace"],
    "}": ["close curly brace"],
    "*": ["asterisk", "star sign"],
    "$": ["dollar sign"],
    "%": ["percent sign"],
    "?": ["question"],
    "!": ["exclamation", "bang"],
    "+": ["plus sign"],
    "\\": ["back slash"],
    "^": ["hat"],
    "`": ["back tick"],
}
LETTER_HOMOPHONES = {
    "b": "bee", "c": "see", "i": "eye", "u": "you", "y": "why", "r": "are", "t": "tea",
    "q": "queue", "o": "oh", "x": "ex", "j": "jay", "k": "kay", "p": "pee",
}
VIET_LETTERS = {
    "b": "bê", "c": "xê", "d": "đê", "p": "pê", "t": "tê", "v": "vê", "k": "ca", "g": "giê",
}
SPLIT_PARTS = [
    "local", "screen", "sock", "data", "back", "file", "user", "work", "down", "over",
    "time", "host", "name", "pass", "power", "source", "config", "node", "image",
    "note", "word", "book", "shell", "snap", "play", "mark", "text", "line", "stat", "list",
]


def compound_split(word: str) -> str | None:
    for part in SPLIT_PARTS:
        if word.startswith(part) and len(word) - len(part) >= 3:
            head, tail = part, word[len(part):]
        elif word.endswith(part) and len(word) - len(part) >= 3:
            head, tail = word[: -len(part)], part
        else:
            continue
        if head not in RESERVED and tail not in RESERVED:
            return head + " " + tail
    return None


def assemble(pieces: list[str]) -> str:
    text = " ".join(p for p in pieces if p)
    text = re.sub(r"\s*\x00\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def render_fuzzy(rng: random.Random, segs: list[tuple], under: str) -> str:
    """The strict protocol as Whisper writes it, with at least two slips where it can."""
    best = ("", -1)
    for _ in range(8):
        text, slips = fuzzy_attempt(rng, segs, under)
        if slips > best[1]:
            best = (text, slips)
        if slips >= 2:
            break
    return best[0]


def fuzzy_attempt(rng: random.Random, segs: list[tuple], under: str) -> tuple[str, int]:
    """One rendering with Whisper's slips, and how many slips it has."""
    pieces: list[str] = []
    slips = 0
    budget = rng.choice([2, 3, 3, 4])
    n = len(segs)
    rate = max(0.22, 2.5 / n)
    for idx, s in enumerate(segs):
        kind = s[0]
        roll = rng.random()
        slip = roll < rate and slips < budget
        if kind == "space":
            if slip and rng.random() < 0.25:
                pieces.append(rng.choice(HOMOPHONES["space"]))
                slips += 1
            elif rng.random() < 0.12:
                pieces.append("space,")
            else:
                pieces.append("space")
        elif kind == "sym":
            ch = s[1]
            name = " ".join(sym_clean(ch, under))
            if slip:
                slips += 1
                how = rng.random()
                neighbour_ok = (
                    0 < idx < n - 1 and segs[idx - 1][0] in ("word", "letters")
                    and segs[idx + 1][0] in ("word", "letters")
                )
                if ch == "." and neighbour_ok and how < 0.45:
                    pieces.append(GLUE + "." + GLUE)
                elif how < 0.7 and name in HOMOPHONES:
                    pieces.append(rng.choice(HOMOPHONES[name]))
                else:
                    pieces.append(rng.choice(VARIANTS[ch]))
            else:
                pieces.append(name)
        elif kind == "word":
            word, case = s[1], s[2]
            prefix = {"lower": "", "cap": "cap", "upper": "all cap"}[case]
            if slip and prefix:
                slips += 1
                prefix = rng.choice(HOMOPHONES[prefix])
                pieces += [prefix, word]
            elif slip and compound_split(word):
                slips += 1
                pieces += [prefix, compound_split(word)]
            else:
                pieces += [prefix, word]
        elif kind == "letters":
            letters = s[1]
            if slip:
                slips += 1
                how = rng.random()
                plain = all(not up for _, up in letters)
                viet = [c for c, _ in letters if c in VIET_LETTERS]
                if viet and how < 0.35:
                    out = []
                    for c, up in letters:
                        said = VIET_LETTERS[c] if c in VIET_LETTERS else c
                        out += ["cap", said] if up else [said]
                    pieces += out
                elif plain and len(letters) > 1 and how < 0.65:
                    word = "".join(c for c, _ in letters)
                    pieces.append(rng.choice([word.upper(), "-".join(word.upper()), word]))
                elif plain and len(letters) > 1:
                    pieces.append(" ".join(c.upper() for c, _ in letters))
                else:
                    out = []
                    for c, up in letters:
                        said = LETTER_HOMOPHONES.get(c, c)
                        out += ["cap", said] if up else [said]
                    pieces += out
            else:
                for c, up in letters:
                    pieces += ["cap", c] if up else [c]
        else:
            digits, mode = s[1], s[2]
            if slip or rng.random() < 0.5:
                slips += 1
                if mode == "digits" and len(digits) > 1 and rng.random() < 0.5:
                    pieces.append(" ".join(digits))
                else:
                    words = whole_words(int(digits)) if mode == "whole" else []
                    if words and words[0] != "two" and len(digits) == 4 and words.count(
                            "thousand") == 0 and rng.random() < 0.5:
                        pieces.append(digits[:2] + " " + digits[2:])
                    else:
                        pieces.append(digits)
            else:
                pieces.append(" ".join(num_clean(digits, mode)))
    text = assemble(pieces)
    # Whisper's sentence habits
    text = sentence_case(text)
    end = rng.random()
    if end < 0.6:
        text += "."
    elif end < 0.7:
        text += "?"
    elif end < 0.8:
        text += "..."
    return text, slips


# --------------------------------------------------------------------------- relaxed speech

FRAMES = [
    "You type for me:", "The command is like this:", "Okay so,", "Can you run", "Please type",
    "Okay la, you type for me,", "À, the command is like this ya:", "Ờ, can you run",
    "You type for me the command,", "Okay so the command is like this:", "Ờ, please type",
    "Okay, you help me type,", "So, the command is,", "Okay la, can you run",
]
SIGNOFFS = ["nhé.", "ya.", "okay la.", "thank you nhé.", "okay, that's all ya.", "done nhé.",
            "that's it.", ".", ".", "."]
FILLERS = ["ờ,", "à,", "how to say,", "ya,", "okay la,", "ờ ờ,", "à,"]
ASIDES = [
    "sorry, my cat is walking on the keyboard,",
    "ờ, the Singapore team is waiting for this one,",
    "my internet in Hanoi is so slow today, okay,",
    "this one is for the staging server ya,",
    "wait, my boss is calling me, okay, okay, continue,",
    "how to say, the deploy is broken since morning,",
    "sorry, so noisy here, the motorbike outside,",
    "à, I copy this from the docs,",
    "I drink my coffee first, okay,",
    "Linh ask me to run this one yesterday, I forget,",
]
CORRECTIONS = [
    "no wait, I mean", "sorry sorry,", "ờ no, not that,", "wrong already, it is",
    "no no, I say again,", "ah no,", "sorry, I mean",
]
RESTARTS = [
    "ờ, sorry, let me start again.", "no no, wrong, let me start again from beginning.",
    "wait, I say again from the start.", "sorry, start again ya.",
]
LONG_FRAMES = [
    "Okay la, so my team lead in Singapore ask me to check this, you type for me, the "
    "command is like this:",
    "Ờ, good morning, how to say, I need to run one command on the server, you type for me:",
    "Okay, so before the standup I want to try this, the command is like this ya:",
    "À, this is the one from the ticket yesterday, can you run",
    "Okay so, ờ, the deploy is failing again, so the command is like this:",
]
WRONG_WORDS = ["report", "notes", "data", "main", "backup", "config", "docs", "build",
               "test", "demo", "alpha", "logs", "output", "input", "archive", "script"]
WRONG_SYM = {"-": "_", "_": "-", ".": ",", "/": "\\", ":": ";", "--": "-", "~": "-",
             ">": "<", "=": "-", '"': "'", "'": '"', ",": ".", "|": "/"}


def render_natural_pieces(
    rng: random.Random, segs: list[tuple], under: str, loose: float = 0.35
) -> list[list[str]]:
    """One list of spoken pieces per segment, relaxed style."""
    out: list[list[str]] = []
    quotes_open = False
    n = len(segs)
    for idx, s in enumerate(segs):
        kind = s[0]
        if kind == "space":
            if idx == 1 and segs[0][0] == "word" and segs[0][2] == "lower" and \
                    rng.random() < 0.2:
                out.append([","])
            else:
                out.append([rng.choice(["space", "space", "space", "space,"])])
        elif kind == "sym":
            ch = s[1]
            if ch == '"' and rng.random() < 0.5:
                out.append(["close quote" if quotes_open else "open quote"])
            elif ch == "." and 0 < idx < n - 1 and segs[idx - 1][0] == "num" and \
                    segs[idx + 1][0] == "num":
                out.append([GLUE + "." + GLUE])
            elif rng.random() < loose:
                out.append([rng.choice(VARIANTS[ch])])
            else:
                out.append([" ".join(sym_clean(ch, under))])
            if ch == '"':
                quotes_open = not quotes_open
        elif kind == "word":
            word, case = s[1], s[2]
            if case == "cap":
                out.append([rng.choice(["cap", "cap", "capital"]), word])
            elif case == "upper":
                out.append([rng.choice(["all cap", "all cap", "all capital"]), word])
            else:
                out.append([word])
        elif kind == "letters":
            letters = s[1]
            plain = all(not up for _, up in letters)
            if plain and len(letters) == 1:
                out.append([letters[0][0]])
            elif plain:
                word = "".join(c for c, _ in letters).upper()
                out.append([rng.choice([" ".join(word), word, "-".join(word)])])
            else:
                said = []
                for c, up in letters:
                    said += [rng.choice(["cap", "capital"]), c.upper()] if up else [c]
                out.append(said)
        else:
            out.append([s[1]])
    return out


def add_fillers(rng: random.Random, parts: list[list[str]], count: int) -> None:
    spaces = [i for i, p in enumerate(parts) if p and p[0].startswith("space")]
    for i in sorted(rng.sample(spaces, min(count, len(spaces))), reverse=True):
        parts[i] = parts[i] + [rng.choice(FILLERS)]


def render_natural(rng: random.Random, segs: list[tuple], under: str) -> str:
    parts = render_natural_pieces(rng, segs, under)
    add_fillers(rng, parts, rng.choice([0, 1, 1, 2]))
    frame = rng.choice(FRAMES)
    body = assemble([p for part in parts for p in part])
    sign = rng.choice(SIGNOFFS)
    text = f"{frame} {body}"
    text = text + sign if sign == "." else f"{text}, {sign}"
    return sentence_case(text.replace(" ,", ","))


def render_chaotic(rng: random.Random, segs: list[tuple], under: str) -> str:
    parts = render_natural_pieces(rng, segs, under, loose=0.45)
    add_fillers(rng, parts, rng.choice([1, 2, 2, 3]))
    before = [list(p) for p in parts]
    events = rng.sample(["correct", "restart", "aside", "twice", "correct"], 3)
    n = len(parts)
    restart_at = None
    corrected: set[int] = set()

    def standalone(i: int) -> bool:
        return all(not (0 <= j < n) or segs[j][0] in ("space", "sym") for j in (i - 1, i + 1))

    for ev in events:
        if ev == "correct":
            cands = [i for i, s in enumerate(segs) if i not in corrected and (
                (s[0] == "word" and len(s[1]) >= 4 and standalone(i)) or s[0] == "num"
                or (s[0] == "sym" and s[1] in WRONG_SYM))]
            if not cands:
                continue
            i = rng.choice(cands)
            corrected.add(i)
            s = segs[i]
            if s[0] == "word":
                wrong = rng.choice([w for w in WRONG_WORDS if w != s[1]])
            elif s[0] == "num":
                d = int(s[1])
                wrong = str(d + 1 if d % 2 == 0 else d - 1) if s[2] == "whole" else \
                    s[1][::-1] if len(set(s[1])) > 1 else s[1] + "0"
            else:
                wrong = " ".join(sym_clean(WRONG_SYM[s[1]], under))
            fix = rng.choice(CORRECTIONS)
            parts[i] = [wrong + ",", fix] + parts[i]
        elif ev == "restart" and n > 4:
            restart_at = rng.randrange(2, min(n, 7))
        elif ev == "aside" and n > 2:
            spaces = [i for i, p in enumerate(parts) if p and p[0].startswith("space")]
            if spaces:
                i = rng.choice(spaces)
                parts[i] = parts[i] + [rng.choice(ASIDES)]
        elif ev == "twice":
            words = [i for i, s in enumerate(segs) if s[0] == "word"]
            if words:
                i = rng.choice(words)
                parts[i] = parts[i][:-1] + [parts[i][-1] + ",", parts[i][-1]]
    frame = rng.choice(LONG_FRAMES if rng.random() < 0.5 else FRAMES)
    body = assemble([p for part in parts for p in part])
    if restart_at is not None:
        head = assemble([p for part in before[:restart_at] for p in part])
        body = f"{head}... {rng.choice(RESTARTS)} {sentence_case(body)}"
    sign = rng.choice(SIGNOFFS)
    text = f"{frame} {body}"
    text = text + sign if sign == "." else f"{text}, {sign}"
    return sentence_case(text.replace(" ,", ","))


# --------------------------------------------------------------------------- selection


def dictatable(command: str) -> bool:
    if not command.isascii() or len(command) > MAX_LEN or "  " in command:
        return False
    if command != command.strip() or not command:
        return False
    try:
        segments(command)
    except ValueError:
        return False
    return True


def candidates(path: Path, modulo: int, round_trip: bool) -> list[str]:
    seen: dict[str, int] = {}
    found: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % modulo:
                continue
            command = json.loads(line)["command"]
            if not dictatable(command) or command in found:
                continue
            if round_trip and decode(" ".join(clean_words(segments(command), "under"))) \
                    != command:
                continue
            first = command.split()[0]
            if seen.get(first, 0) >= 2:
                continue
            seen[first] = seen.get(first, 0) + 1
            found.append(command)
    return found


def main() -> None:
    rng = random.Random(86)
    clean_pool = candidates(CLEAN_POOL, 2, round_trip=True)
    other_pool = [c for c in candidates(OTHER_POOL, 4, round_trip=False) if c not in clean_pool]
    clean_cmds = [clean_pool[i] for i in sorted(rng.sample(range(len(clean_pool)), PER_SLICE))]
    picked = rng.sample(other_pool, 3 * PER_SLICE)
    fuzzy_cmds = picked[:PER_SLICE]
    natural_cmds = picked[PER_SLICE:2 * PER_SLICE]
    chaotic_cmds = picked[2 * PER_SLICE:]

    rows: list[dict] = []
    for command in clean_cmds:
        under = rng.choice(["under", "underscore"])
        text = " ".join(clean_words(segments(command), under))
        assert decode(text) == command, (text, decode(text), command)
        rows.append({"input": text, "command": command, "slice": "clean", "author": AUTHOR})
    for command in fuzzy_cmds:
        under = rng.choice(["under", "underscore"])
        text = render_fuzzy(rng, segments(command), under)
        rows.append({"input": text, "command": command, "slice": "fuzzy", "author": AUTHOR})
    for command in natural_cmds:
        under = rng.choice(["under", "underscore"])
        text = render_natural(rng, segments(command), under)
        rows.append({"input": text, "command": command, "slice": "natural", "author": AUTHOR})
    for command in chaotic_cmds:
        under = rng.choice(["under", "underscore"])
        text = render_chaotic(rng, segments(command), under)
        rows.append({"input": text, "command": command, "slice": "chaotic", "author": AUTHOR})

    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == 4 * PER_SLICE
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
