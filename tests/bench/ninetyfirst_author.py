#!/usr/bin/env python3
"""Dictation test set "author91": one speaker, four slices, 400 lines.

Writes assets/training/bash/author91.jsonl, one JSON object a line:
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean" | "fuzzy" | "natural" | "chaotic", "author": "author91"}
100 lines per slice, in that order.  Standard library only; one
random.Random(91) drives every choice, consumed in a fixed order (choose the
clean commands, choose the other commands, then the fuzzy, natural and
chaotic lines), so a rerun writes the same bytes.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages (https://github.com/tldr-pages/tldr),
CC BY 4.0, through the project's extracted pools:
  * clean:   assets/training/bash/platforms_dev54_commands.jsonl, 0-based lines n, n % 2 == 1
  * fuzzy, natural, chaotic: assets/training/bash/pages_dev53_commands.jsonl, n % 4 == 1
The generator shuffles the allowed line numbers and walks them, keeping a
command only if it is new to the set, its first word has been used fewer than
two times in the whole file, and it can sensibly be dictated: ASCII, no tab,
no double space, no leading/trailing space, at most 64 characters, at most 48
words in its clean transcript, and the clean listener below rebuilds it.

STYLE GUIDE
===========

The speaker
-----------
Hamish Laird, 71, from Dundee.  Thirty years a Unix sysadmin - Solaris at a
university computing service, then FreeBSD and OpenBSD boxes for a shipping
firm in Aberdeen.  Retired, he volunteers three mornings a week at the
central library, keeping the public PCs and the wee Linux server going, which
is why he now types PowerShell and cmd.exe commands he grumbles about.  He is
precise and old-fashioned: he learnt his options from printed man pages
("ls minus l"), gives symbols their full names ("forward slash", "asterisk",
"at sign", "dollar sign", "equals sign", "question mark", "ampersand"), never
says "period" (he is not American) and, when careful, never says "star".  The
one bit of jargon he keeps is "bang" for "!", from UUCP bang paths.  He spells
anything that is not a real word, letter by letter, as he used to read
hostnames down the phone.

The protocol as Hamish uses it (the clean slice)
-----------------------------------------------
The transcript is a careful one: lower case, no punctuation, nothing but the
command.  decode() below is the listener for it and is checked on every clean
line.

1. Tokens.  He says "space" between every two tokens of the command,
   including the spaces inside quotes.  Everything he says between two
   "space"s is written down in order with nothing between the pieces: words,
   spelled letters, numbers and symbols all join up.  So he may say a
   compound in parts: "power metrics" -> powermetrics, "who am i" -> whoami,
   "c h pass" -> chpass, "base sixty four" -> base64.

2. Words and spelling.  A run of letters that is a sayable word he says as a
   word ("config", "yaml", "choco", "nginx", "lodash", "opensnoop").  He
   spells, letter by letter, anything that is not: runs with no vowel or a
   cluster he cannot say ("p f c t l", "c h k d s k", "w s l"), the usual
   abbreviations (p d f, t x t, c s v, t m p, s r c, x m l, j p g, m d, s h,
   h t t p s, a p i, v m, ...), and two-letter runs other than real words (in,
   do, if, is, on, to, go, up, no, of, or, it, me, my, as, an, be, by, we, so,
   am, us, hi, he).  Mixed ones he splits: "i p m i tool", "p w policy",
   "find s t r", "n v ram", "power c f g", "x m l starlet".  Spelled letters
   are written as the bare lower-case letter.

3. Words that collide with the protocol.  A literal word equal to any word
   that carries protocol meaning - the number words (zero ... ninety, hundred,
   thousand) and: space dash minus hyphen dot period point slash forward
   backslash pipe star asterisk bang hash tilde at sign dollar percent caret
   ampersand equals plus colon semicolon underscore comma quote single
   backtick question mark open close paren brace curly bracket angle less
   greater than redirect append double and capital all caps camel snake
   pascal kebab screaming case - is spelled out letter by letter:
   "--all" -> "double dash a l l", "auto-open-..." -> "auto hyphen o p e n
   hyphen ...", "mount_point" -> "mount underscore p o i n t".  So a listener
   never meets a protocol word used literally.

4. Case.  Lower case is the default.  "capital" makes the first letter of the
   next piece upper case: "capital get" -> Get, "capital s u" -> Su,
   "capital i" -> I.  "all caps" before a word upper-cases the word
   ("all caps path" -> PATH, "all caps readme" -> README); before spelled
   letters it covers the whole run of single letters that follows, up to the
   next word, number, symbol, "capital" or "space" ("all caps v t o y c l i"
   -> VTOYCLI, "all caps no all caps u s b capital check" -> NOUSBCheck).
   Where such a run would swallow lower-case letters he says "capital" before
   each capital letter instead.  He does not use camel, snake, pascal, kebab
   or screaming case runs at all ("newfangled"): he marks each capital where
   it falls - "capital out hyphen capital grid capital view" -> Out-GridView,
   "minus capital startup capital type" -> -StartupType.

5. Numbers.
   * one digit: its word ("five");
   * 10 to 99: the compound ("ten", "seventy five", "twenty two");
   * round hundreds and thousands: "one hundred", "eight thousand",
     "forty two thousand";
   * other four-digit numbers whose third digit is not 0: in pairs, the way
     he says years and ports - "eighty eighty" (8080), "twenty twenty three"
     (2023), "ten twenty four" (1024), "fifty four thirty two" (5432);
   * anything else digit by digit: "four four three" (443), "one six zero",
     "zero zero one", and any number with a leading zero;
   * numbers inside dotted addresses and versions always digit by digit, group
     by group: "one nine two dot one six eight dot one dot one zero",
     "one dot two dot three";
   * "zero", never "oh" or "nought", when he is being careful.
   The listener reads a run of number words group by group and writes the
   groups one after another: a unit word is one digit; a unit before
   "hundred"/"thousand" multiplies; a teen is two digits (times a thousand if
   "thousand" follows); a tens word takes a following one..nine, and a
   following "thousand".  Hence "two eighty" -> 280, "twenty twenty three"
   -> 2023, while 201 can only be "two zero one".

6. Symbols, always these names when careful:
     -  "minus" at the start of a token (options, stdin), "hyphen" inside one
     -- "double dash"            .  "dot"              /  "forward slash"
     \\  "backslash"             |  "pipe"             *  "asterisk"
     !  "bang"                   #  "hash"             ~  "tilde"
     @  "at sign"                $  "dollar sign"      %  "percent"
     ^  "caret"                  &  "ampersand"        =  "equals sign"
     +  "plus"                   :  "colon"            ;  "semicolon"
     _  "underscore"             ,  "comma"            "  "quote"
     '  "single quote"           `  "backtick"         ?  "question mark"
     ( ) "open paren" / "close paren"     { } "open brace" / "close brace"
     [ ] "open bracket" / "close bracket" <  "less than"  >  "greater than"
     >> "double greater than"
   Pairs are simply said twice: "&&" "ampersand ampersand", "||" "pipe pipe",
   ".." "dot dot", "==" "equals sign equals sign"; "2>" is "two greater than"
   and "2>&1" "two greater than ampersand one".  He never says "double
   quote" (it would sound like two quotes, as "double dash" is two dashes).

Natural-speech habits (natural and chaotic slices)
-------------------------------------------------
When he is talking rather than dictating he drops "space" (the listener must
infer the spacing) and loosens his names:
  * openers: "Right,", "Right then,", "Now then,", "Aye, right,", "Righto,",
    "Right you are,", "Now, if you'd be so kind,", "Could you put in",
    "Aye, go on and run", "Och, right, it's", "Now then, I'm after",
    "Right, for the machine at the front desk," ...
  * sign-offs: "That's the lot.", "That'll do.", "Thank you kindly.",
    "Cheers.", "Ta very much.", "Lovely.", "Grand.", "Much obliged." ...
  * fillers between tokens (never inside quotes): "erm,", "em,", "um,",
    "let me see,", "och,";
  * options: "dash f" or "minus f", now and then "hyphen"; "dash dash" /
    "double dash" / "minus minus" for "--"; a lone lower-case option letter
    may get his telephone spelling: "dash f for Freddie", "-t for Tommy";
  * "dot", sometimes "point", now and then "full stop"; "slash" more than
    "forward slash"; "star" or "asterisk"; "at" / "dollar" / "equals";
  * redirection by meaning: "redirect to", "redirect into", "append to",
    "redirect from", "pipe it into", "pipe through";
  * brackets the British way: "open round bracket", "open square bracket",
    "open curly bracket" as well as "paren" / "brace";
  * quotes as "quote ... unquote" (or "open quote ... close quote",
    "end quote"); single quotes "single quote ... close single quote";
  * numbers as in clean, but "oh" for a zero inside a run ("one oh one") and
    "nought" for a zero standing alone;
  * case still always marked: "capital X", "all caps" or "all in capitals".
    Lower case is the default; capitals Whisper adds on its own mean nothing.

Whisper's habits (fuzzy, natural, chaotic)
-----------------------------------------
  * capitalises the first word, often ends with a full stop, sometimes puts a
    comma after "space" or capitalises it ("Space");
  * spelled letters come out in capitals, glued ("PFCTL") or spaced
    ("P F C T L") or hyphenated ("P-F-C-T-L"), sometimes lower case; a lone
    letter mostly as a capital ("minus F" is still -f: no "capital", no
    capital); in fuzzy a lone letter is now and then written as its sound
    ("see", "why", "you", "are", "eye", "tea", "ex", "oh");
  * numerals: compounds as figures ("75", "8080", "2023", "100") or
    hyphenated ("seventy-five") or split ("80 80"); digit runs as "443",
    "4 4 3" or in words; lone digits as "5" or "five", in fuzzy "two" now and
    then as "too";
  * writes some symbol words as the character and glues it to the
    neighbours: "config.yaml", "data/app.log", "bob@example", "-f",
    "--verbose", "Get-Command"; a flag letter after a written "-" stays lower
    case;
  * mishears: pseudo (sudo), said (sed), Jason (JSON), engine X (nginx),
    num pie (numpy), grip (grep), route (root), dox (docs), Maine (main),
    tilda, carrot, asterix, semi-colon, under score, back slash, Colin (colon),
    capitol (capital);
  * glues and splits words: "power metrics" or "powermetrics", "read me",
    "local host", "con fig", "screen shooter";
  * capitalises names it knows: Docker, Vim, Python, GitHub, PowerShell.

The four slices
---------------
  * clean: the protocol above, careful transcript, nothing else.  decode()
    rebuilds every line exactly (asserted).
  * fuzzy: the same protocol ("space" between tokens, symbol names, case
    words) as Whisper writes it, with his looser synonyms mixed in - "dash"
    or "hyphen" for minus, "point" for dot, "slash" for forward slash, "star",
    "redirect", "append", "at", "dollar", "equals", "percent sign",
    "exclamation mark", "open parenthesis", "open curly brace", "dash dash".
    No framing, no fillers.
  * natural: an opener, the command as he says it when talking (above),
    fillers, maybe a sign-off, written by Whisper.
  * chaotic: natural plus trouble, one main kind a line:
      - word scope: the wrong word, then "no, I tell a lie," / "och, no, I
        mean" / "beg your pardon," / "no, no, wait," / "sorry, that should
        be" / "scrub that," / "no, hang on, it's" / "wait, not that," /
        "och, wrong one," and the right one;
      - flag scope: "dash f, no, not dash f, dash x" / "I tell a lie, it's
        dash x, not dash f" / "och, that's wrong, ..." / "beg pardon, ...";
      - whole command: a wrong version, then "Och, scrub all that. Let me
        start again." / "No, that's all wrong. From the top:" / "Hang on,
        I've made a right mess of that. Again:" / "No, I tell a lie. The
        whole thing's:" and the whole command again;
      - restart: a few tokens, then "... sorry, let me start that again," /
        "... no, hang on, from the beginning," / "... och, I've lost my
        place. Again," and the whole command;
      - partial answer: a token left out and supplied at the end with its
        place: "Oh, and I missed out the X. That goes straight after the Y."
        / "Wait, I forgot the X, it comes right after Y." (Y occurs once in
        the command);
      - for a one-word command with nothing to get wrong: "it's, erm... och,
        what's it called... X".
    Riding along: a stutter on the command name ("hg, erm, hg update"), a
    repeated opener word ("Right, Right then,"), and asides set off by commas
    between tokens ("that's the way we did it on the Solaris boxes", "don't
    tell the head librarian", "the coffee in here's gone cold again").  The
    listener's rules: the last version said wins, asides are never part of
    the command, a supplied token goes right after the named neighbour.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASH = os.path.join(ROOT, "assets", "training", "bash")
CLEAN_POOL = os.path.join(BASH, "platforms_dev54_commands.jsonl")
OTHER_POOL = os.path.join(BASH, "pages_dev53_commands.jsonl")
OUT_PATH = os.path.join(BASH, "author91.jsonl")
AUTHOR = "author91"
PER_SLICE = 100
MAX_CHARS = 64
MAX_SPOKEN = 48

# ---------------------------------------------------------------------------
# Vocabulary of the clean protocol (Hamish's careful dictation)
# ---------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
TENS_VALUE = {w: k for k, w in TENS.items()}
NUMBER_WORDS = UNITS + TEENS + list(TENS.values()) + ["hundred", "thousand"]

# Symbols as Hamish names them in careful dictation.  "-" is "minus" when it
# opens a token and "hyphen" inside one; "--" is always "double dash".
SYMBOL_NAMES = {
    ".": "dot", "/": "forward slash", "\\": "backslash", "|": "pipe",
    "*": "asterisk", "!": "bang", "#": "hash", "~": "tilde",
    "@": "at sign", "$": "dollar sign", "%": "percent", "^": "caret",
    "&": "ampersand", "=": "equals sign", "+": "plus", ":": "colon",
    ";": "semicolon", "_": "underscore", ",": "comma", '"': "quote",
    "'": "single quote", "`": "backtick", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket",
    "<": "less than", ">": "greater than",
}
# Phrases the listener matches, longest first.
DECODE_PHRASES = [
    ("double greater than", ">>"), ("double dash", "--"),
    ("greater than", ">"), ("less than", "<"), ("minus", "-"),
    ("hyphen", "-"),
] + sorted(((v, k) for k, v in SYMBOL_NAMES.items()
            if v not in ("greater than", "less than")),
           key=lambda p: (-len(p[0].split()), p[0]))

# Every word that carries protocol meaning, for Hamish or for anyone who
# knows the protocol.  A literal word equal to one of these is spelled.
RESERVED = set(NUMBER_WORDS) | {
    "space", "dash", "minus", "hyphen", "dot", "period", "point", "slash",
    "forward", "backslash", "pipe", "star", "asterisk", "bang", "hash",
    "tilde", "at", "sign", "dollar", "percent", "caret", "ampersand",
    "equals", "plus", "colon", "semicolon", "underscore", "comma", "quote",
    "single", "backtick", "question", "mark", "open", "close", "paren",
    "brace", "curly", "bracket", "angle", "less", "greater", "than",
    "redirect", "append", "double", "and", "capital", "all", "caps",
    "camel", "snake", "pascal", "kebab", "screaming", "case",
}

# How Hamish says particular command-line words in careful dictation.  Each
# entry is a run of spoken pieces (whole words, or single letters spelled
# out) that concatenate back to the word.
LEXICON = {
    "ipmitool": "i p m i tool", "chpass": "c h pass", "tmutil": "t m util",
    "psping": "p s ping", "powercfg": "power c f g",
    "pwlauncher": "p w launcher", "pwpolicy": "p w policy",
    "rpcinfo": "r p c info", "msedge": "m s edge", "netsh": "net s h",
    "certutil": "cert util", "fsutil": "f s util", "findstr": "find s t r",
    "cscript": "c script", "wmplayer": "w m player",
    "virtualboxvm": "virtual box v m", "setx": "set x", "ftype": "f type",
    "nvram": "n v ram", "xed": "x e d", "rargs": "r args",
    "getmac": "get mac", "pathping": "path ping", "pipwin": "pip win",
    "spindump": "spin dump", "powermetrics": "power metrics",
    "whoami": "who am i", "setpassword": "set password",
    "setactive": "set active", "startvm": "start v m",
    "stripchart": "strip chart", "packetinfo": "packet info",
    "inprivate": "in private", "devtools": "dev tools",
    "alphanum": "alpha num", "localhost": "local host",
    "systeminfo": "system info", "tasklist": "task list",
    "errorlevel": "error level", "forfiles": "for files",
    "doskey": "dos key", "logoff": "log off", "changeme": "change me",
    "olk": "o l k", "wmic": "w m i c", "vtoycli": "v t o y c l i",
    "nousb": "no u s b", "datamain": "data main", "winget": "win get",
    "netstat": "net stat", "fuser": "f user", "appx": "app x",
    "ath": "a t h", "cret": "c r e t", "htop": "h top", "ext": "e x t",
    "tracert": "trace r t", "chkdsk": "c h k d s k", "msiexec": "m s i exec",
    "mkdir": "m k dir", "rmdir": "r m dir", "chmod": "c h mod",
    "chown": "c h own", "chgrp": "c h g r p", "sysctl": "sys c t l",
    "systemctl": "system c t l", "journalctl": "journal c t l",
    "kubectl": "kube c t l", "pgrep": "p grep", "pkill": "p kill",
    "egrep": "e grep", "zgrep": "z grep", "ifconfig": "if config",
    "iwconfig": "i w config", "nslookup": "n s lookup",
    "dirname": "dir name", "basename": "base name", "mkfs": "m k f s",
    "fsck": "f s c k", "ssh": "s s h", "scp": "s c p",
    "tmux": "t mux", "xargs": "x args", "readme": "readme", "usr": "u s r",
    "etc": "e t c", "lsof": "l s o f", "npm": "n p m", "npx": "n p x",
    "nginx": "nginx", "opensnoop": "opensnoop", "lodash": "lodash",
    "json": "json", "xmlstarlet": "x m l starlet", "cupstestppd": "cups test p p d",
}
SPELL = {
    "pdf", "txt", "csv", "xml", "src", "tmp", "usr", "ssh", "ssl", "tls",
    "dns", "url", "uri", "api", "cli", "gpu", "cpu", "tcp", "udp", "http",
    "https", "ftp", "www", "iso", "png", "jpg", "jpeg", "gif", "svg", "ppm",
    "pnm", "pbm", "pgm", "sql", "cfg", "ini", "exe", "deb", "rpm", "gcc",
    "tty", "pty", "uid", "gid", "pid", "nfs", "zfs", "ufs", "lvm", "usb",
    "ipk", "vbs", "wsl", "html", "css", "yml", "img", "dmg", "pcx", "vm",
    "ntlm", "lz", "gz", "xz", "bz", "ps", "aws", "gpg", "pgp", "ip", "asr",
    "pth", "sdk", "ui", "id", "ok", "avi", "mov", "mkv", "ogg", "wav",
    "ttf", "otf", "ico", "bmp", "tif", "tiff", "eps", "vcf", "icmp",
    "cmd", "ctl", "pcap", "nm", "db", "pg", "lj", "rc", "fs", "pw", "vpn",
}
TWO_LETTER_WORDS = {"in", "do", "if", "is", "on", "to", "go", "up", "no",
                    "of", "or", "it", "me", "my", "as", "an", "be", "by",
                    "we", "so", "am", "us", "hi", "he"}
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn",
          "ph", "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st",
          "sw", "th", "tr", "tw", "wh", "wr", "scr", "spl", "spr", "str",
          "qu", "squ", "sch", "thr", "shr", "gn", "ps", "dw", "gh", "kl",
          "kr", "zh"}
VOWELS = set("aeiouy")
CHUNK_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")


def onset_ok(word):
    head = ""
    for ch in word:
        if ch in VOWELS:
            break
        head += ch
    return len(head) <= 1 or head in ONSETS


def longest_consonant_run(word):
    best = run = 0
    for ch in word:
        run = 0 if ch in VOWELS else run + 1
        best = max(best, run)
    return best


def split_lower(word):
    """Spoken pieces for a lower-case letter run: list of ('w'|'l', text)."""
    if word in LEXICON:
        out = []
        for part in LEXICON[word].split():
            out.append(("l", part) if len(part) == 1 else ("w", part))
        return merge_letters(out)
    if len(word) == 1 or word in RESERVED or word in SPELL:
        return [("l", word)]
    if len(word) == 2:
        return [("w", word)] if word in TWO_LETTER_WORDS else [("l", word)]
    if sayable(word):
        return [("w", word)]
    # two words run together ("handbrake" + "cli" is not; "hand" + "brake" is)
    for k in range(3, len(word) - 2):
        if sayable(word[:k]) and sayable(word[k:]):
            return [("w", word[:k]), ("w", word[k:])]
    # a known abbreviation at the front or the back, the rest said
    for size in (4, 3, 2):
        head, rest = word[:size], word[size:]
        if head in SPELL and sayable(rest):
            return [("l", head), ("w", rest)]
        tail, rest = word[-size:], word[:-size]
        if tail in SPELL and sayable(rest):
            return [("w", rest), ("l", tail)]
    # otherwise spell a few stray letters at the front or the back
    for size in range(1, 4):
        head, rest = word[:size], word[size:]
        if sayable(rest):
            return [("l", head), ("w", rest)]
        tail, rest = word[-size:], word[:-size]
        if sayable(rest):
            return [("w", rest), ("l", tail)]
    return [("l", word)]


def sayable(word):
    """Whether Hamish would say a lower-case chunk as a word."""
    return (len(word) >= 3 and word not in RESERVED and word not in SPELL
            and any(ch in VOWELS for ch in word)
            and longest_consonant_run(word) < 4 and onset_ok(word))


def merge_letters(pieces):
    out = []
    for kind, text in pieces:
        if out and kind == "l" and out[-1][0] == "l":
            out[-1] = ("l", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def is_dotted(chs, i):
    """A digit run that is part of an address or version (1.2.3)."""
    if i >= 2 and chs[i - 1] == "." and chs[i - 2].isdigit():
        return True
    if i + 2 < len(chs) and chs[i + 1] == "." and chs[i + 2].isdigit():
        return True
    return False


def say_two(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    out = [TENS[n // 10]]
    if n % 10:
        out.append(UNITS[n % 10])
    return out


def say_number(ds, dotted=False):
    """Hamish's way with a digit run (see the style guide)."""
    digits = [UNITS[int(c)] for c in ds]
    if dotted or (len(ds) > 1 and ds[0] == "0"):
        return digits
    n = int(ds)
    if len(ds) <= 2:
        return say_two(n)
    if len(ds) == 3 and ds[1:] == "00":
        return [UNITS[int(ds[0])], "hundred"]
    if len(ds) == 4 and ds[1:] == "000":
        return [UNITS[int(ds[0])], "thousand"]
    if len(ds) == 5 and ds[2:] == "000":
        return say_two(int(ds[:2])) + ["thousand"]
    if len(ds) == 4 and ds[2] != "0":
        return say_two(int(ds[:2])) + say_two(int(ds[2:]))
    return digits


def pieces_of(tok):
    """Break one command token into spoken pieces.

    Each piece is a dict: k = 'w' (word said whole), 'l' (letters spelled),
    'n' (digit run), 's' (symbol); t = the exact text it stands for;
    grp = index of the source chunk (pieces of one chunk share it)."""
    chs = CHUNK_RE.findall(tok)
    out = []
    i = 0
    while i < len(chs):
        c = chs[i]
        if c.isdigit():
            out.append({"k": "n", "t": c, "say": say_number(c, is_dotted(chs, i)), "grp": i})
        elif c.isalpha() and c.isascii():
            low = c.lower()
            pos = 0
            for kind, text in split_lower(low):
                real = c[pos:pos + len(text)]
                pos += len(text)
                out.append({"k": kind, "t": real, "grp": i})
        elif c == "-" and i + 1 < len(chs) and chs[i + 1] == "-":
            out.append({"k": "s", "t": "--", "grp": i})
            i += 1
        elif c == ">" and i + 1 < len(chs) and chs[i + 1] == ">":
            out.append({"k": "s", "t": ">>", "grp": i})
            i += 1
        else:
            out.append({"k": "s", "t": c, "grp": i, "start": i == 0})
        i += 1
    return out


def letters_clean(text):
    """Spoken form of a spelled letter run, with Hamish's case words."""
    if text.islower():
        return list(text)
    if text.isupper() and len(text) >= 2:
        return ["all", "caps"] + list(text.lower())
    out = []
    for ch in text:
        out += ["capital", ch.lower()] if ch.isupper() else [ch]
    return out


def word_clean(text):
    if text.islower():
        return [text]
    if text.isupper():
        return ["all", "caps", text.lower()]
    if text[0].isupper() and text[1:].islower():
        return ["capital", text.lower()]
    raise ValueError(text)


def symbol_clean(piece):
    t = piece["t"]
    if t == "--":
        return ["double", "dash"]
    if t == ">>":
        return ["double", "greater", "than"]
    if t == "-":
        return ["minus"] if piece.get("start") else ["hyphen"]
    return SYMBOL_NAMES[t].split()


def clean_token(tok, safe=False):
    words = []
    for p in pieces_of(tok):
        if p["k"] == "n":
            words += p["say"]
        elif p["k"] == "s":
            words += symbol_clean(p)
        elif p["k"] == "l":
            if safe and not p["t"].islower():
                words += [w for ch in p["t"] for w in
                          (["capital", ch.lower()] if ch.isupper() else [ch])]
            else:
                words += letters_clean(p["t"])
        else:
            words += word_clean(p["t"])
    return words


def clean_render(cmd):
    """The clean (protocol-style) transcript of a command."""
    out = []
    for n, tok in enumerate(cmd.split(" ")):
        if n:
            out.append("space")
        words = clean_token(tok)
        if decode(" ".join(words)) != tok:
            words = clean_token(tok, safe=True)
        out += words
    return " ".join(out)


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

def _number(words, i):
    """Read one number group at words[i]; return (digits, next index)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if w in UNITS:
        v = UNITS.index(w)
        if nxt == "hundred" and v:
            return str(v * 100), i + 2
        if nxt == "thousand" and v:
            return str(v * 1000), i + 2
        return str(v), i + 1
    if w in TEENS:
        v = 10 + TEENS.index(w)
        if nxt == "thousand":
            return str(v * 1000), i + 2
        return str(v), i + 1
    v = 10 * TENS_VALUE[w]
    j = i + 1
    if nxt in UNITS and nxt != "zero":
        v += UNITS.index(nxt)
        j += 1
    if j < len(words) and words[j] == "thousand":
        return str(v * 1000), j + 1
    return str(v), j


def decode_token(words):
    out = ""
    i = 0
    cap = False
    while i < len(words):
        w = words[i]
        if w == "capital":
            cap = True
            i += 1
            continue
        if w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
            i += 2
            if len(words[i]) == 1:
                while i < len(words) and len(words[i]) == 1 and words[i].isalpha():
                    out += words[i].upper()
                    i += 1
            else:
                out += words[i].upper()
                i += 1
            continue
        for phrase, sym in DECODE_PHRASES:
            ph = phrase.split()
            if words[i:i + len(ph)] == ph:
                out += sym
                i += len(ph)
                break
        else:
            if w in UNITS or w in TEENS or w in TENS_VALUE:
                digits, i = _number(words, i)
                out += digits
                continue
            if w in RESERVED or not w.isalpha() or not w.islower():
                raise ValueError(f"not a clean protocol word: {w!r}")
            out += (w[0].upper() + w[1:]) if cap else w
            cap = False
            i += 1
            continue
        cap = False
    return out


def decode(text):
    """Rebuild the command from a clean-slice transcript.

    "space" separates tokens; within a token every spoken piece is written
    down in order with nothing between them."""
    tokens, cur = [], []
    for w in text.split():
        if w == "space":
            tokens.append(cur)
            cur = []
        else:
            cur.append(w)
    tokens.append(cur)
    return " ".join(decode_token(t) for t in tokens)


# ---------------------------------------------------------------------------
# Choosing the commands
# ---------------------------------------------------------------------------

def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def dictable(cmd):
    if not cmd or cmd != cmd.strip() or not cmd.isascii():
        return False
    if "\t" in cmd or "  " in cmd or len(cmd) > MAX_CHARS:
        return False
    if any(ord(ch) < 32 for ch in cmd):
        return False
    spoken = clean_render(cmd)
    return len(spoken.split()) <= MAX_SPOKEN and decode(spoken) == cmd


def choose(pool, lines, want, rng, used, firsts):
    order = list(lines)
    rng.shuffle(order)
    out = []
    for n in order:
        cmd = pool[n]["command"]
        first = cmd.split(" ")[0]
        if cmd in used or firsts.get(first, 0) >= 2 or not dictable(cmd):
            continue
        used.add(cmd)
        firsts[first] = firsts.get(first, 0) + 1
        out.append(cmd)
        if len(out) == want:
            break
    if len(out) < want:
        raise SystemExit(f"pool too small: {len(out)} < {want}")
    return out


# ---------------------------------------------------------------------------
# Whisper's habits
# ---------------------------------------------------------------------------

def pick(rng, options):
    """options: list of (weight, value); one draw of rng.random()."""
    total = sum(w for w, _ in options)
    r = rng.random() * total
    for w, v in options:
        r -= w
        if r < 0:
            return v
    return options[-1][1]


WHISPER_WORDS = {
    "sudo": ["pseudo", "Sudo"], "sed": ["said", "Sed"],
    "yaml": ["YAML", "Yamel"], "json": ["JSON", "Jason"],
    "nginx": ["engine X", "Nginx"], "numpy": ["NumPy", "num pie"],
    "docker": ["Docker"], "python": ["Python"], "vim": ["Vim"],
    "git": ["Git"], "github": ["GitHub"], "choco": ["Choco", "chocko"],
    "cron": ["Cron"], "grep": ["grip"], "awk": ["ork", "Orc"],
    "readme": ["read me", "README"], "lodash": ["Lodash", "low dash"],
    "bash": ["Bash"], "linux": ["Linux"], "ubuntu": ["Ubuntu"],
    "debian": ["Debian"], "java": ["Java"], "shuf": ["shuff", "shove"],
    "doas": ["do as", "doers"], "alice": ["Alice"], "bob": ["Bob"],
    "foo": ["Foo"], "todo": ["to do", "to-do"], "main": ["Maine"],
    "docs": ["dox", "Docs"], "root": ["route"], "conf": ["Conf", "cons"],
    "config": ["Config", "con fig"], "mango": ["Mango"], "apple": ["Apple"],
    "powershell": ["PowerShell"], "fondue": ["fondu"], "cal": ["Cal"],
    "lan": ["LAN"], "wifi": ["Wi-Fi"], "macros": ["macro's"],
    "localhost": ["local host"], "ventoy": ["Ventoi"], "vagrant": ["Vagrant"],
    "emacs": ["Emacs", "e-max"], "tmux": ["T-Mux"], "zsh": ["ZSH"],
    "ssh": ["SSH"], "kubectl": ["cube control"], "ansible": ["Ansible"],
    "helm": ["Helm"], "npm": ["NPM"], "pip": ["Pip"], "rsync": ["R sync"],
    "scp": ["SCP"], "deploy": ["Deploy"], "chpass": ["ch pass"],
    "finger": ["Finger"], "postgres": ["Postgres"], "redis": ["Redis"],
    "mysql": ["MySQL"], "firefox": ["Firefox"], "chrome": ["Chrome"],
    "nano": ["Nano"], "unset": ["un set"], "ping": ["Ping"],
    "tar": ["tarr"], "gzip": ["G zip"], "cargo": ["Cargo"], "rust": ["Rust"],
}
LETTER_SOUNDS = {"c": "see", "y": "why", "u": "you", "r": "are", "i": "eye",
                 "t": "tea", "b": "be", "q": "queue", "x": "ex", "o": "oh",
                 "p": "pea", "j": "jay", "k": "kay"}
PHONETIC = {"a": "Apple", "b": "Bertie", "c": "Charlie", "d": "David",
            "e": "Edward", "f": "Freddie", "g": "George", "h": "Harry",
            "i": "Isaac", "j": "Jack", "k": "King", "l": "London",
            "m": "Mother", "n": "Nellie", "o": "Oliver", "p": "Peter",
            "q": "Queen", "r": "Robert", "s": "Sugar", "t": "Tommy",
            "u": "Uncle", "v": "Victor", "w": "William", "x": "X-ray",
            "y": "Yellow", "z": "Zebra"}
COMMON_SPLITS = ["screen", "shot", "shooter", "check", "config", "info",
                 "util", "tool", "tools", "manage", "manager", "play",
                 "player", "list", "view", "viewer", "edit", "editor",
                 "file", "files", "server", "client", "watch", "search",
                 "read", "write", "mount", "point", "time", "date", "line",
                 "name", "host", "user", "pass", "word", "key", "keys",
                 "boot", "disk", "sync", "dump", "lock", "link", "page",
                 "build", "test", "tree", "trace", "scan", "power", "net",
                 "work", "data", "base", "docker", "shell", "code", "note",
                 "notes", "upgrade", "update", "export", "import", "print",
                 "format", "stream", "audio", "video", "image", "color",
                 "window", "start", "stop", "status", "report", "backup",
                 "virtual", "env", "config", "wall", "paper", "book", "mark",
                 "pad", "box", "cast", "record", "mail", "chart", "packet",
                 "set", "get", "make", "run", "find", "open", "snoop",
                 "metrics", "active", "password", "private", "channel"]


RARE_SLIPS = {"main": 0.06, "root": 0.25, "docs": 0.2, "config": 0.2,
              "conf": 0.15, "foo": 0.2, "tar": 0.15, "cal": 0.3}


def whisper_word(word, rng, p=0.35):
    """How Whisper writes a word it heard whole (lower-case source)."""
    r = rng.random()
    if word in WHISPER_WORDS and r < RARE_SLIPS.get(word, p):
        return rng.choice(WHISPER_WORDS[word])
    if len(word) >= 8 and r > 1 - p * 0.6:
        for head in COMMON_SPLITS:
            tail = word[len(head):]
            if word.startswith(head) and tail in COMMON_SPLITS:
                return head + " " + tail
    return word


def join_items(items):
    out = ""
    prev_glue = True
    for text, gl, gr in items:
        if out and not (prev_glue or gl):
            out += " "
        out += text
        prev_glue = gr
    return out


def sym_names(t, start, style, rng):
    """Speaker's names for a symbol outside clean dictation.

    style 'fuzzy': the protocol, with his looser synonyms.
    style 'natural': talking, not dictating."""
    if style == "fuzzy":
        table = {
            "--": [(6, "double dash"), (3, "dash dash"), (1, "minus minus")],
            ">>": [(6, "double greater than"), (4, "append")],
            ".": [(8, "dot"), (2, "point")],
            "/": [(6, "forward slash"), (4, "slash")],
            "*": [(7, "asterisk"), (3, "star")],
            ">": [(6, "greater than"), (4, "redirect")],
            "@": [(7, "at sign"), (3, "at")],
            "$": [(7, "dollar sign"), (3, "dollar")],
            "=": [(6, "equals sign"), (4, "equals")],
            "%": [(7, "percent"), (3, "percent sign")],
            "!": [(7, "bang"), (3, "exclamation mark")],
            "(": [(8, "open paren"), (2, "open parenthesis")],
            ")": [(8, "close paren"), (2, "close parenthesis")],
            "{": [(7, "open brace"), (3, "open curly brace")],
            "}": [(7, "close brace"), (3, "close curly brace")],
        }
        if t == "-":
            table["-"] = ([(55, "minus"), (30, "dash"), (15, "hyphen")] if start
                          else [(60, "hyphen"), (25, "dash"), (15, "minus")])
    else:
        table = {
            "--": [(45, "dash dash"), (45, "double dash"), (10, "minus minus")],
            ">>": [(5, "append to"), (5, "double greater than")],
            ".": [(75, "dot"), (15, "point"), (10, "full stop")],
            "/": [(7, "slash"), (3, "forward slash")],
            "*": [(6, "asterisk"), (4, "star")],
            ">": [(4, "greater than"), (3, "redirect to"), (3, "redirect into")],
            "<": [(6, "less than"), (4, "redirect from")],
            "|": [(6, "pipe"), (2, "pipe it into"), (2, "pipe through")],
            "@": [(6, "at"), (4, "at sign")],
            "$": [(6, "dollar"), (4, "dollar sign")],
            "=": [(6, "equals"), (4, "equals sign")],
            "%": [(7, "percent"), (3, "percent sign")],
            "!": [(5, "exclamation mark"), (5, "bang")],
            "(": [(5, "open paren"), (5, "open round bracket")],
            ")": [(5, "close paren"), (5, "close round bracket")],
            "[": [(5, "open square bracket"), (5, "open bracket")],
            "]": [(5, "close square bracket"), (5, "close bracket")],
            "{": [(5, "open curly bracket"), (5, "open brace")],
            "}": [(5, "close curly bracket"), (5, "close brace")],
            "_": [(8, "underscore"), (2, "under score")],
        }
        if t == "-":
            table["-"] = ([(50, "dash"), (42, "minus"), (8, "hyphen")] if start
                          else [(5, "hyphen"), (5, "dash")])
    if t in table:
        name = pick(rng, table[t])
    elif t == "--":
        name = "double dash"
    elif t == ">>":
        name = "double greater than"
    elif t == "-":
        name = "minus" if start else "hyphen"
    else:
        name = SYMBOL_NAMES[t]
    return name


# Symbol words Whisper mishears, and symbols it writes as the character.
SYMBOL_HOMOPHONES = {"tilde": (0.3, ["tilda", "Tilde"]), "caret": (0.3, ["carrot"]),
                     "semicolon": (0.3, ["semi-colon", "semi colon"]),
                     "underscore": (0.15, ["under score"]),
                     "backslash": (0.3, ["back slash"]),
                     "asterisk": (0.25, ["asterix"]), "colon": (0.05, ["Colin"])}
AS_CHAR = {".": 0.35, "/": 0.2, "@": 0.35, ":": 0.25, "-": 0.25, "_": 0.15,
           "=": 0.1, "%": 0.2, "#": 0.15, "?": 0.2, "~": 0.15, ",": 0.1,
           "+": 0.2}


def mishear_symbol(name, rng):
    words = name.split()
    out = []
    for w in words:
        if w in SYMBOL_HOMOPHONES and rng.random() < SYMBOL_HOMOPHONES[w][0]:
            out.append(rng.choice(SYMBOL_HOMOPHONES[w][1]))
        else:
            out.append(w)
    return " ".join(out)


def number_text(piece, rng, style):
    say = piece["say"]
    ds = piece["t"]
    single = len(say) == 1 and say[0] in UNITS
    if single:
        r = rng.random()
        if style == "natural" and ds == "0" and r < 0.2:
            return "nought"
        if r < 0.5:
            return ds
        if style == "fuzzy" and ds == "2" and r < 0.56:
            return "too"
        return say[0]
    digitwise = all(w in UNITS for w in say)
    r = rng.random()
    if digitwise:
        if r < (0.45 if style == "fuzzy" else 0.6):
            return ds
        if r < 0.75:
            return " ".join(ds)
        words = say
        if style == "natural":
            words = [("oh" if w == "zero" and rng.random() < 0.4 else w) for w in say]
        return " ".join(words)
    # compounds: 75, 8080, 2023, 100, 8000
    if r < 0.75:
        return ds
    if r < 0.85 and len(say) == 2 and say[0] in TENS_VALUE and say[1] in UNITS:
        return say[0] + "-" + say[1]
    if r < 0.93 and len(ds) == 4 and say[-1] not in ("thousand",):
        half = len(ds) // 2
        return ds[:half] + " " + ds[half:]
    return " ".join(say)


def letters_text(text, rng, style, flag=False):
    """Whisper's writing of letters spoken one by one."""
    low = text.lower()
    if len(low) == 1:
        r = rng.random()
        if r < 0.55:
            return low.upper()
        if r < 0.9 or flag or style != "fuzzy":
            return low
        return LETTER_SOUNDS.get(low, low.upper())
    r = rng.random()
    if style == "natural" and r < 0.35:
        return low
    if r < 0.4:
        return " ".join(low.upper())
    if r < 0.72:
        return low.upper()
    if r < 0.85:
        return " ".join(low)
    if len(low) >= 3:
        return "-".join(low.upper())
    return low.upper()


def case_word(rng, kind, style):
    if kind == "cap":
        return pick(rng, [(7, "capital"), (2, "Capital"), (1, "capitol")] if style == "fuzzy"
                    else [(1, "capital")])
    return pick(rng, [(6, "all caps"), (3, "all-caps"), (1, "All caps")] if style == "fuzzy"
                else [(6, "all caps"), (4, "all in capitals")])


def render_pieces(tok, rng, style, qstate):
    """Whisper text items for one token, spoken outside clean dictation."""
    ps = pieces_of(tok)
    items = []
    glued_flag = False
    for idx, p in enumerate(ps):
        k, t = p["k"], p["t"]
        prev = ps[idx - 1] if idx else None
        nxt = ps[idx + 1] if idx + 1 < len(ps) else None
        if k == "s":
            if t in ('"', "'"):
                opening = not qstate[t]
                qstate[t] = opening
                if style == "natural":
                    base = "quote" if t == '"' else "single quote"
                    if opening:
                        name = pick(rng, [(6, base), (4, "open " + base)])
                    elif t == '"':
                        name = pick(rng, [(5, "unquote"), (3, "close quote"), (2, "end quote")])
                    else:
                        name = pick(rng, [(5, "close single quote"), (5, "single quote")])
                else:
                    name = SYMBOL_NAMES[t]
                items.append((mishear_symbol(name, rng), False, False))
                continue
            name = sym_names(t, p.get("start"), style, rng)
            between = (prev is not None and nxt is not None
                       and prev["k"] in "wln" and nxt["k"] in "wln"
                       and prev["t"].islower() | prev["t"].isdigit()
                       and (nxt["t"].islower() or nxt["t"].isdigit()))
            chance = AS_CHAR.get(t, 0.0)
            if style == "natural":
                chance = min(0.6, chance * 1.6)
            lower_next = nxt is not None and nxt["k"] in "wl" and nxt["t"].islower()
            if t in ("-", "--") and p.get("start", t == "--" and idx == 0) and lower_next:
                if rng.random() < (chance if t == "-" else chance * 0.8):
                    items.append((t, False, True))
                    glued_flag = True
                    continue
            elif t in AS_CHAR and between:
                if rng.random() < chance:
                    items.append((t, True, True))
                    continue
            items.append((mishear_symbol(name, rng), False, False))
        elif k == "n":
            said = number_text(p, rng, style)
            if said == "nought" and items and items[-1] == (".", True, True):
                items[-1] = ("point", False, False)
            items.append((said, False, False))
        elif k == "l":
            if t.islower():
                is_flag = idx == 1 and ps[0]["t"] == "-"
                if (style == "natural" and len(t) == 1 and is_flag
                        and len(ps) == 2 and rng.random() < 0.15):
                    items.append((t + " for " + PHONETIC[t], False, False))
                elif glued_flag:
                    items.append((t, False, False))
                else:
                    items.append((letters_text(t, rng, style, is_flag), False, False))
            elif t.isupper() and len(t) >= 2:
                items.append((case_word(rng, "upper", style), False, False))
                items.append((letters_text(t, rng, style).upper(), False, False))
            else:
                for ch in t:
                    if ch.isupper():
                        items.append((case_word(rng, "cap", style) + " " + ch, False, False))
                    else:
                        items.append((letters_text(ch, rng, style), False, False))
        else:
            low = t.lower()
            said = whisper_word(low, rng, 0.35 if style == "fuzzy" else 0.45)
            if t.isupper() and not t.islower():
                cue = case_word(rng, "upper", style)
                said = said.upper() if rng.random() < 0.5 else said
                items.append((cue + " " + said, False, False))
            elif not t.islower():
                cue = case_word(rng, "cap", style)
                said = said[0].upper() + said[1:] if rng.random() < 0.6 else said
                items.append((cue + " " + said, False, False))
            else:
                glue = (prev is not None and prev["k"] == "w" and prev["grp"] == p["grp"]
                        and rng.random() < 0.5)
                items.append((said, glue, False))
    return items


def natural_token(tok, rng, qstate):
    """One token as Hamish says it when talking, as Whisper writes it."""
    plain = re.fullmatch(r"(--?)?[a-z0-9][a-z0-9._/~-]*", tok) is not None
    if plain and "'" not in tok and '"' not in tok and rng.random() < 0.3:
        return tok
    if tok == "&&":
        return pick(rng, [(4, "and and"), (3, "double ampersand"), (3, "ampersand ampersand")])
    if tok == "||":
        return pick(rng, [(6, "pipe pipe"), (4, "double pipe")])
    if tok == "2>&1":
        return pick(rng, [(5, "two redirect ampersand one"), (5, "2 greater than ampersand 1")])
    return join_items(render_pieces(tok, rng, "natural", qstate))


def natural_tokens(cmd, rng):
    qstate = {'"': False, "'": False}
    return [natural_token(tok, rng, qstate) for tok in cmd.split(" ")]


def quote_depths(cmd):
    """For each gap between tokens, whether it lies inside quotes."""
    inside = []
    q = None
    for tok in cmd.split(" ")[:-1]:
        for ch in tok:
            if q is None and ch in "\"'":
                q = ch
            elif ch == q:
                q = None
        inside.append(q is not None)
    return inside


# ---------------------------------------------------------------------------
# The slices
# ---------------------------------------------------------------------------

def fuzzy_line(cmd, rng):
    items = []
    qstate = {'"': False, "'": False}
    for n, tok in enumerate(cmd.split(" ")):
        if n:
            items.append((pick(rng, [(82, "space"), (12, "space,"), (6, "Space")]),
                          False, False))
        items += render_pieces(tok, rng, "fuzzy", qstate)
    text = join_items(items)
    if rng.random() < 0.75:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5 and text[-1].isalnum():
        text += "."
    return text


OPENERS = [
    "Right,", "Right then,", "Now then,", "Aye, right,", "Okay, so,",
    "Right, here's one:", "Now, if you'd be so kind,", "Let me see now,",
    "Right, could you type", "Aye, go on and run", "Och, right, it's",
    "Here's the next one:", "Now then, I'm after", "Right you are,",
    "Could you put in", "Now, the command is", "Righto,",
    "Aye, this one's", "Right, for the machine at the front desk,",
]
SIGNOFFS = ["That's the lot.", "That'll do.", "Thank you kindly.", "Cheers.",
            "Ta very much.", "And that's it.", "Lovely.", "That's me.",
            "Grand.", "Much obliged."]
FILLERS = ["erm,", "em,", "um,", "let me see,", "och,", "erm, let me see,"]
WORD_FIX = ["no, I tell a lie,", "och, no, I mean", "beg your pardon,",
            "no, no, wait,", "sorry, that should be", "scrub that,",
            "no, hang on, it's", "wait, not that,", "och, wrong one,"]
FLAG_FIX = ["no, not {w}, {r}", "I tell a lie, it's {r}, not {w}",
            "och, that's wrong, {r}", "beg pardon, {r}"]
WHOLE_FIX = ["Och, scrub all that. Let me start again.",
             "No, that's all wrong. From the top:",
             "Hang on, I've made a right mess of that. Again:",
             "Wait, wait. I'll say the whole thing again.",
             "No, I tell a lie. The whole thing's:"]
RESTART = ["... sorry, let me start that again,", "... no, hang on, from the beginning,",
           "... och, I've lost my place. Again,", "... wait. Starting over,"]
INSERT_FIX = ["Oh, and I missed out the {t}. That goes straight after the {p}.",
              "Wait, I forgot the {t}, it comes right after {p}.",
              "Och, there should be a {t} after the {p} as well.",
              "Sorry, I left out {t}. Put it just after {p}."]
ASIDES = ["that's the way we did it on the Solaris boxes",
          "mind, the BSD version's a wee bit different",
          "this laptop's awful slow today",
          "I've had this one in my wee notebook for years",
          "it's for one of the library volunteers",
          "we'd a Sun box in the basement that did this fine",
          "my glasses are somewhere about",
          "don't tell the head librarian",
          "thirty years and I still have to look this up",
          "the coffee in here's gone cold again"]
LONG_FLAGS = ["--verbose", "--quiet", "--force", "--help", "--output",
              "--name", "--recursive", "--dry-run", "--file", "--version"]
WORD_ALT = {"install": "uninstall", "uninstall": "install", "add": "remove",
            "remove": "add", "search": "list", "list": "show", "show": "list",
            "start": "stop", "stop": "start", "enable": "disable",
            "disable": "enable", "get": "set", "set": "get", "create": "delete",
            "delete": "create", "push": "pull", "pull": "push",
            "upgrade": "update", "update": "upgrade", "main": "master",
            "test": "tests", "foo": "bar", "bar": "foo", "alpha": "beta",
            "demo": "data", "data": "demo", "docs": "data", "run": "start",
            "info": "status", "status": "info", "init": "install"}
EXT_ALT = {"txt": "log", "log": "txt", "yaml": "yml", "yml": "yaml",
           "pdf": "png", "png": "jpg", "jpg": "png", "json": "yaml",
           "conf": "cfg", "csv": "txt", "sh": "py", "py": "sh", "md": "txt",
           "xml": "json", "html": "htm", "zip": "tar", "gz": "xz"}
DIR_ALT = {"data": "docs", "docs": "data", "tmp": "var", "src": "lib",
           "projects": "project", "logs": "log", "backup": "backups",
           "build": "dist"}


def mutations(tok):
    """Plausible wrong versions of a token, grouped by kind of slip.

    Deterministic; the caller draws from it with the one generator."""
    if '"' in tok or "'" in tok or not tok:
        return []
    groups = []
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        groups.append([f for f in LONG_FLAGS if f != tok])
    m = re.fullmatch(r"-([a-zA-Z])", tok)
    if m:
        c = m.group(1)
        groups.append(["-" + x for x in "afilnqrsvx" if x != c.lower()] + ["-" + c.swapcase()])
    if re.fullmatch(r"-[a-zA-Z]{2,}", tok):
        groups.append([tok[:-1]])
    m = re.search(r"\d+", tok)
    if m:
        v = int(m.group())
        news = [v + 1, v + 2, v + 10] if v < 5 else [v - 1, v - 5]
        groups.append([tok[:m.start()] + str(x) + tok[m.end():] for x in news])
    m = re.search(r"\.([a-z]{2,4})$", tok)
    if m and m.group(1) in EXT_ALT:
        groups.append([tok[:m.start(1)] + EXT_ALT[m.group(1)]])
    for d, alt in sorted(DIR_ALT.items()):
        m = re.search(r"(^|/|~/)" + d + r"(/|$)", tok)
        if m:
            groups.append([tok[:m.start()] + m.group(1) + alt + m.group(2) + tok[m.end():]])
            break
    if tok in WORD_ALT:
        groups.append([WORD_ALT[tok]])
    if not groups and re.fullmatch(r"[a-z]{5,}", tok):
        groups.append([tok[:i] + tok[i + 1:] for i in range(1, len(tok) - 1)
                       if tok[i] != tok[i - 1]])
    groups = [[o for o in g if o and o != tok] for g in groups]
    return [g for g in groups if g]


def mutate_token(tok, rng):
    groups = mutations(tok)
    return rng.choice(rng.choice(groups)) if groups else None


def natural_line(cmd, rng):
    toks = natural_tokens(cmd, rng)
    inside = quote_depths(cmd)
    parts = [toks[0]]
    fillers = 0
    for i, t in enumerate(toks[1:]):
        if not inside[i] and fillers < 2 and rng.random() < 0.1:
            parts.append(rng.choice(FILLERS))
            fillers += 1
        parts.append(t)
    body = " ".join(parts)
    r = rng.random()
    if r < 0.85:
        text = rng.choice(OPENERS) + " " + body
    else:
        text = body[0].upper() + body[1:]
    if rng.random() < 0.6:
        text += ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.5:
        text += "."
    return text


def chaotic_line(cmd, rng):
    toks = cmd.split(" ")
    n = len(toks)
    inside = quote_depths(cmd)
    said = natural_tokens(cmd, rng)
    counts = {}
    for t in toks:
        counts[t] = counts.get(t, 0) + 1
    fixable = [i for i in range(n) if mutations(toks[i])]
    insertable = [j for j in range(1, n) if counts[toks[j - 1]] == 1
                  and '"' not in toks[j] and "'" not in toks[j]
                  and (j < 2 or not inside[j - 2]) and not inside[j - 1]
                  and (j >= n - 1 or not inside[j])]
    menu = []
    if fixable:
        menu += [(4, "fix"), (2, "whole")]
    if n >= 2:
        menu.append((2, "restart"))
    if insertable:
        menu.append((2, "insert"))
    if not menu:
        menu = [(1, "hunt")]
    kind = pick(rng, menu)
    segs = list(said)
    tail = ""
    lead = ""
    if kind == "fix":
        i = rng.choice(fixable)
        wrong = mutate_token(toks[i], rng)
        w = natural_token(wrong, rng, {'"': False, "'": False})
        if toks[i].startswith("-") and rng.random() < 0.6:
            segs[i] = w + ", " + rng.choice(FLAG_FIX).format(w=w, r=said[i])
        else:
            segs[i] = w + ", " + rng.choice(WORD_FIX) + " " + said[i]
    elif kind == "whole":
        i = rng.choice(fixable)
        wrong_toks = list(toks)
        wrong_toks[i] = mutate_token(toks[i], rng)
        wrong = " ".join(natural_tokens(" ".join(wrong_toks), rng))
        lead = wrong + ". " + rng.choice(WHOLE_FIX) + " "
    elif kind == "restart":
        k = rng.randrange(1, n)
        part = natural_tokens(cmd, rng)[:k]
        lead = " ".join(part) + rng.choice(RESTART) + " "
    elif kind == "insert":
        j = rng.choice(insertable)
        missing = segs[j]
        prev_said = natural_token(toks[j - 1], rng, {'"': False, "'": False})
        segs[j] = None
        tail = " " + rng.choice(INSERT_FIX).format(t=missing, p=prev_said)
    else:
        lead = "it's, erm... och, what's it called... "
    # trouble that rides along: a stutter on the command name, an aside
    if (kind in ("whole", "insert") or (kind == "fix" and i != 0)) and n >= 2 \
            and toks[0] != toks[1] and rng.random() < 0.25:
        segs[0] = said[0] + ", " + rng.choice(["erm,", "em,", "uh,"]) + " " + segs[0]
    gaps = [i for i in range(n - 1) if not inside[i] and segs[i] is not None]
    aside_at = rng.choice(gaps) if gaps and rng.random() < 0.45 else None
    parts = []
    for i, s in enumerate(segs):
        if s is None:
            continue
        parts.append(s)
        if i == aside_at:
            parts.append(", " + rng.choice(ASIDES) + ",")
    body = " ".join(parts).replace(" ,", ",").rstrip(",")
    if kind == "whole":
        body = body[0].upper() + body[1:]
    opener = rng.choice(OPENERS) if rng.random() < 0.8 else ""
    if opener and rng.random() < 0.2:
        first = opener.split()[0]
        opener = first.rstrip(",") + ", " + opener
    text = (opener + " " if opener else "") + lead + body
    text = text[0].upper() + text[1:]
    if tail:
        text = text.rstrip(".,") + "." + tail
    if rng.random() < 0.5:
        text += ("" if text.endswith(".") else ".") + " " + rng.choice(SIGNOFFS)
    return text


def main():
    rng = random.Random(91)
    used, firsts = set(), {}
    clean_pool = load(CLEAN_POOL)
    other_pool = load(OTHER_POOL)
    clean_cmds = choose(clean_pool, [n for n in range(len(clean_pool)) if n % 2 == 1],
                        PER_SLICE, rng, used, firsts)
    others = choose(other_pool, [n for n in range(len(other_pool)) if n % 4 == 1],
                    3 * PER_SLICE, rng, used, firsts)
    rows = []
    for cmd in clean_cmds:
        spoken = clean_render(cmd)
        assert decode(spoken) == cmd, (spoken, cmd)
        rows.append((spoken, cmd, "clean"))
    for cmd in others[:PER_SLICE]:
        rows.append((fuzzy_line(cmd, rng), cmd, "fuzzy"))
    for cmd in others[PER_SLICE:2 * PER_SLICE]:
        rows.append((natural_line(cmd, rng), cmd, "natural"))
    for cmd in others[2 * PER_SLICE:]:
        rows.append((chaotic_line(cmd, rng), cmd, "chaotic"))
    assert len(rows) == 4 * PER_SLICE
    assert len({r[1] for r in rows}) == len(rows)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for spoken, cmd, sl in rows:
            fh.write(json.dumps({"input": spoken, "command": cmd, "slice": sl,
                                 "author": AUTHOR}) + "\n")
    print(f"wrote {len(rows)} lines to {OUT_PATH}")


if __name__ == "__main__":
    main()
