#!/usr/bin/env python3
# ruff: noqa: B007, UP032
"""Dictation test set, author125: a Tehran engineer dictating bash to a voice app.

Writes assets/training/bash/author125.jsonl: 400 lines of
{"input", "command", "slice", "author": "author125"}, 100 per slice, in the
order clean, fuzzy, natural, chaotic.  Standard library only; one
random.Random(125) is consumed in a fixed order, so reruns are byte-identical.

SOURCE AND CREDIT
    Every command is taken verbatim from tldr-pages
    (https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the pool
    assets/training/bash/pages_dev65_commands.jsonl.  Only 0-based pool lines
    n with n % 3 == 1 are used, for all four slices.  A command is skipped if it
    is not ASCII, holds a tab or a double space, is longer than 64 characters,
    or takes more than 48 spoken words in the clean protocol below.  The seeded
    generator shuffles the allowed lines; picks are taken in that order with at
    most two commands per first word and no command twice.

======================================================================
STYLE GUIDE
======================================================================

THE SPEAKER
    Behrouz, a backend engineer at a Tehran start-up, dictating in
    Persian-accented English late in the evening with a glass of chai going
    cold.  He learned the app's protocol from its README and likes it; when
    careful he speaks it strictly, when tired he drifts into ordinary talk and
    Persian.  His Persian: fillers and hedges "khob" (well / okay), "yani"
    (I mean / that is), "chiz" (thingy, when he forgets a name), "ino" (this);
    politeness "lotfan" (please), "bebakhshid" (sorry / excuse me), "merci",
    "mamnoon" (thanks); "tamam" (done); "sabr kon" (wait); "az aval" (from
    the start); "dobare" (again); "eshtebah shod" (that came out wrong);
    "bezan" (hit it / type it), "benevis" (write).  His corrections are
    "na na", "eshtebah shod", "yani", "I mean", "no vait" and "not X, Y".

THE CLEAN PROTOCOL AS BEHROUZ SPEAKS IT (slice "clean")
    A careful transcript: lower case, no punctuation, nothing but the command.
    decode() in this file is the listener for exactly this protocol and is
    asserted on every clean line.

    Spaces.  "space" is said between every two shell words, and nowhere else.
        Everything said between two "space"s is glued together: "p b m",
        "pbm" or "p b m to x b m" all glue into one word.

    Words and letters.  A lower-case run of letters that can be pronounced
        is said as the word ("backup", "grep", "config").  A run that cannot
        be pronounced is spelled one letter a word ("l s", "t m p",
        "n m c l i"); a mixed run is split, spelled head and tail around a
        sayable middle ("c h mod", "x args", "f f m peg", "p b m to x b m").
        Letters are said by their plain names and written as the single
        letter.  A short list of common abbreviations is always spelled even
        though it could be pronounced (ssh, aws, gpg, npm, adb, etc, src ...),
        and a few names are always said as words (json, yaml, awk).

    Collisions.  A literal word that is also a protocol word (any symbol
        name, "space", "capital", "all", "caps", "camel", "pascal", "case",
        "and", "than", "sign", "mark", "point", "minus", "open", "close", any
        number word ...), or the plural of one ("spaces", "quotes"), is never
        said as a word: Behrouz spells it ("less" -> "l e s s", "at" ->
        "a t", "open" -> "o p e n", "Spaces" -> "capital s p a c e s").
        A spelled-head-and-tail split never cuts a protocol word in two
        (he says "j l e s s", never "j les s").  So every word the listener
        hears that is not a protocol word is literal text.

    Capitals.  "capital" + one word or letter capitalises its first letter
        ("capital firefox" -> Firefox, "capital h" -> H).  "all caps" + one
        word upper-cases that word ("all caps readme" -> README).  An
        upper-case run that cannot be pronounced is spelled with "capital"
        before every letter ("capital p capital v capital e" -> PVE).
        Mixed-case names made of sayable words use a case run:
        "pascal case shooter game server" -> ShooterGameServer and
        "camel case get value" -> getValue.  A case run takes every plain
        word that follows it up to the next protocol word.  Behrouz never
        uses snake / kebab / screaming runs: he says the underscores and
        dashes.

    Symbols (his fixed names).
        -  dash            --  double dash       .  dot (point only inside a
        /  slash           \\  backslash            bare decimal like 0.7)
        |  pipe            ||  pipe pipe         *  star
        !  bang            #  hash               ~  tilde
        @  at sign         $  dollar             %  percent
        ^  caret           &  ampersand          && and and
        =  equals          +  plus               :  colon
        ;  semicolon       _  underscore         ,  comma
        "  quote           '  single quote       `  backtick
        ?  question mark   ( ) open paren / close paren
        { } open brace / close brace     [ ] open bracket / close bracket
        <  less than       >>  append
        >  "redirect" when it starts a shell word (after an optional digit
           or ampersand: "two redirect" -> 2>, "two redirect ampersand one"
           -> 2>&1), "greater than" anywhere else.
        ".." is simply "dot dot".

    Numbers.  Behrouz reads numbers in pairs from the right, like years:
        one digit: "five"; two digits: "forty two", "ten", "eleven";
        three: "one twenty seven" (127), "two eighty" (280), "one zero five"
        (105), "eight hundred" (800); four: "eighty eighty" (8080),
        "fifty four thirty two" (5432), "ten twenty four" (1024),
        "twenty zero five" (2005), "fifteen hundred" (1500),
        "eight thousand" (8000).  A pair starting with 0 is said digit by
        digit.  Numbers of five or more digits, numbers with a leading zero,
        and the digits after a decimal point are said digit by digit.
        Listener rule: a tens word followed by a unit word makes one pair;
        "hundred" appends 00 and "thousand" 000 to the group before it;
        all groups of one spoken number are concatenated.

THE SAME PROTOCOL THROUGH WHISPER (slice "fuzzy")
    Same speech as clean ("space" between shell words, no framing, no
    fillers), as Whisper writes it: a capital first letter and often a final
    full stop, stray commas, "Space," / "space." ; numerals for number words
    ("8080", "80 80", "8,000", "1 27"); spelled letters in capitals, spaced
    or glued ("L S", "LS", "T-L-M-G-R") or as homophones ("see", "are",
    "you", "why", "tea", "bee", "jay", "oh", "queue", "ex", "el");
    split or glued words ("read me", "local host", "dash-dash", "all-caps",
    "forward-slash"); word homophones ("pseudo" for sudo, "Jason" for json);
    and Behrouz's loosened symbol synonyms: minus / hyphen for dash,
    period / point for dot, forward slash, asterisk, at, equal sign,
    double dash / dash dash, tilda, carrot.  His accent shows now and then:
    the helping vowel before s-clusters ("espace", "eslash", "estar",
    "estatus"), and v / w blurred ("wersion", "serwer", "forvard slash").

NATURAL DICTATION (slice "natural")
    When he is not careful Behrouz drops "space" and lets the listener infer
    it, with habits that keep the command recoverable:
      * dash / minus for a dash that starts a flag, always "hyphen" for a
        dash inside a name (xdg hyphen open), "minus" before a negative
        number;
      * "space" is still said where a shell word begins with a symbol that
        is not a flag dash (a path "/tmp", "~/x", a quote), after a shell
        word that ends in such a symbol, after a case run, and between two
        bare numbers; never around pipes / redirects / "and and";
      * parts of one shell word that Whisper writes apart are glued by
        Whisper's own spelling ("unit1", "X86", "capital H32", "PBMtoXBM");
        where that is impossible he says "no space";
      * spelled letters come out of Whisper in capitals ("LS dash LA"),
        real capitals are still marked with "capital" / "all caps"
        ("capital X" capitalises the first letter of the written word
        after it, "all caps" upper-cases it, "all caps PVE" -> PVE);
        Whisper's own capital at the start of a sentence means nothing;
      * a name he spells partly ("c h mod", "p b m to x b m") is said fast
        and Whisper writes it whole ("chmod", "pbmtoxbm"); a name that is
        a protocol word is spelled slowly and Whisper hyphenates it
        ("S-I-G-N", "A-L-L");
      * numbers come out as numerals; a lone 1, 2 or 3 is sometimes said in
        Persian when he is tired: "yek", "do", "se";
      * Whisper writes some dots and at signs as characters ("app.log",
        "deploy@localhost") and "10%" for "ten percent".
    Framing: an opener ("Khob, lotfan bezan:", "Ino benevis:",
    "Bebakhshid, the command is", "Salam, okay, the command is") and
    sometimes a sign-off ("Merci.", "Tamam, merci.", "Mamnoon."); mid-command
    fillers "uh", "um", "ehh", "hmm", "khob" between shell words only, never
    inside a quoted string.  "yani" is a filler only in his openers
    ("Khob yani, write this for me:"); inside a command it always
    corrects.  Framing words never include a protocol word (checked by
    check_framing()).

CHAOTIC DICTATION (slice "chaotic")
    Natural plus trouble; every line has at least one repair a careful
    listener can undo:
      * word scope: "... slash data, na na, docs slash ..." - the word just
        before the correction phrase is replaced by the one after it
        ("na na", "eshtebah shod", "yani", "I mean", "no vait",
        "na, not data, docs");
      * flag scope: "dash dash verbose, eshtebah shod, dash dash quiet" - the
        whole flag is replaced;
      * partial answer: "dash dash, uh, chiz, what was it, ah yes, dash dash
        force" - a flag started, forgotten and then said whole;
      * restart: a few words, then "na na, az aval" / "bebakhshid, from the
        beginning" / "khob na, dobare" and the whole command again;
      * extras: stutters ("syst- systemctl"), asides between shell words
        ("sabr kon, my phone is ringing", "the chai is getting cold"),
        Persian numbers with a gloss ("se, yani three").
"""

import json
import os
import random
import re

AUTHOR = "author125"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev65_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author125.jsonl")

# ---------------------------------------------------------------- vocabulary

CLEAN_SYM = {
    "-": "dash", "--": "double dash", ".": "dot", "..": "dot dot",
    "/": "slash", "\\": "backslash", "|": "pipe", "||": "pipe pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at sign",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "&&": "and and", "=": "equals", "+": "plus", ":": "colon",
    ";": "semicolon", "_": "underscore", ",": "comma", '"': "quote",
    "'": "single quote", "`": "backtick", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket",
    "<": "less than", ">": "greater than", ">>": "append",
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NUMWORDS = UNITS + TEENS + [t for t in TENS if t] + ["hundred", "thousand"]

RESERVED = set(" ".join(CLEAN_SYM.values()).split()) | set(NUMWORDS) | {
    "space", "redirect", "point", "capital", "all", "caps", "camel",
    "pascal", "snake", "kebab", "screaming", "case", "minus", "hyphen",
    "period", "forward", "asterisk", "sign", "curly", "angle", "equal",
    "double", "single", "less", "greater", "than", "and", "question", "mark",
    "open", "close", "paren", "brace", "bracket", "append", "at",
}

VOWELS = set("aeiouy")
ONSETS = set("b c d f g h j k l m n p q r s t v w z".split()) | {
    "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn",
    "ph", "pl", "pr", "sc", "sch", "scr", "sh", "shr", "sk", "sl", "sm",
    "sn", "sp", "spl", "spr", "st", "str", "sw", "th", "thr", "tr", "tw",
    "wh", "wr", "gn"}
FINALS = set("b c d f g h j k l m n p q r s t v w x z".split()) | {
    "st", "nd", "nt", "ng", "nk", "rt", "rd", "rk", "rm", "rn", "rs", "ts",
    "ks", "ps", "ls", "ms", "ns", "ds", "gs", "ck", "ch", "sh", "th", "ll",
    "ss", "ff", "zz", "lt", "ld", "lk", "lp", "mp", "sk", "sp", "ft", "pt",
    "ct", "xt", "rch", "nch", "nth", "rst", "nds", "nts", "ngs", "rts",
    "cks", "lls", "sts", "rks", "lf", "rl", "ml", "nc", "rp", "rg", "lm",
    "rf", "rb", "tch", "gh", "ght", "ws", "wn", "dd", "gg", "pp", "tt",
    "nn", "mm", "rr", "bb", "cs", "cts", "pts", "fts", "lts", "mps",
    "nks", "rds", "rms", "rns", "ths", "sks", "lds", "mn", "nf", "rv", "lv"}
COMMON_SHORT = {"go", "to", "in", "on", "of", "up", "do", "is", "it", "no",
                "me", "my", "as", "by", "if", "or", "so", "we", "ok", "hi"}
ALWAYS_SPELLED = {
    "ssh", "aws", "gpg", "npm", "adb", "usb", "dns", "sql", "api", "cli",
    "gui", "tcp", "udp", "pdf", "obj", "ico", "iso", "eps", "url", "ide",
    "cpu", "gpu", "env", "kvm", "lvm", "acl", "ttl", "uid", "gid", "pid",
    "tty", "etc", "rle", "ppa", "mda", "src", "ext", "avc", "sha", "xpm",
    "ubi", "apk", "deb", "iwd", "jpeg", "mpeg", "dbus", "vnc", "gcc", "ipv",
    "gcloud"}
ALWAYS_WORD = {"json", "yaml", "awk"}


def pronounceable(w):
    """True when Behrouz says the lower-case letter run as one word."""
    if w in ALWAYS_WORD or w in COMMON_SHORT:
        return True
    if len(w) < 3 or w in ALWAYS_SPELLED:
        return False
    if len(w) >= 4 and w.endswith("s") and pronounceable(w[:-1]):
        return True
    marks = ["v" if (c in VOWELS and not (c == "y" and i == 0)) else "c"
             for i, c in enumerate(w)]
    runs = []
    for i, m in enumerate(marks):
        if runs and runs[-1][0] == m:
            runs[-1][1] += w[i]
        else:
            runs.append([m, w[i]])
    if not any(m == "v" for m, _ in runs):
        return False
    for idx, (m, r) in enumerate(runs):
        if m == "v":
            if len(r) > 3:
                return False
        elif idx == 0:
            if r not in ONSETS:
                return False
        elif idx == len(runs) - 1:
            if r not in FINALS:
                return False
        elif len(r) > 3:
            return False
    return True


def near_reserved(w):
    """A protocol word or its plural ("space", "spaces", "quotes")."""
    return (w in RESERVED or (w.endswith("s") and w[:-1] in RESERVED)
            or (w.endswith("es") and w[:-2] in RESERVED))


def word_ok(w):
    return pronounceable(w) and not near_reserved(w)


# ---------------------------------------------------------------- analysis

PIECE_RE = re.compile(r"[A-Za-z]+|[0-9]+|&&|\|\||>>|--|\.\.|[^A-Za-z0-9]")
CAMEL_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
OP_RE = re.compile(r"^(\||\|\||&&|&|;|>|>>|<|<<|<<<|2>|2>>|&>|2>&1|1>)$")
DECIMAL_RE = re.compile(r"^-?[0-9]+\.[0-9]+$")


RESERVED_LONG = sorted(r for r in RESERVED if len(r) >= 3)


def cuts_reserved(w, lo, hi):
    """True when the sayable middle w[lo:hi] cuts a protocol word in two
    ("appen d", "les s"), which a listener could mishear as the symbol."""
    for r in RESERVED_LONG:
        i = w.find(r)
        while i >= 0:
            j = i + len(r)
            if i < lo < j or i < hi < j:
                return True
            i = w.find(r, i + 1)
    return False


def lower_chunks(w):
    """A lower-case letter run: a word, spelled letters, or a mix of both.

    A mix ("c h mod", "p b m to x b m") is one chunk of kind "mixed" whose
    parts are said in turn; Whisper writes such a name as one word when the
    speaker is not spelling carefully.
    """
    if word_ok(w):
        return [{"k": "word", "v": w, "case": "low"}]
    if near_reserved(w):
        return [{"k": "letters", "v": w, "case": "low", "collide": True}]
    best = None
    n = len(w)
    for a in range(0, 5):
        for b in range(0, 5):
            mid = w[a:n - b]
            if not mid or a + b == 0:
                continue
            if not (word_ok(mid) and (len(mid) >= 3 or mid in COMMON_SHORT)):
                continue
            if cuts_reserved(w, a, n - b):
                continue
            score = (a + b, a)
            if best is None or score < best[0]:
                best = (score, a, b)
    if best is None:
        return [{"k": "letters", "v": w, "case": "low"}]
    _, a, b = best
    parts = []
    if a:
        parts.append({"k": "letters", "v": w[:a], "case": "low"})
    parts.append({"k": "word", "v": w[a:n - b], "case": "low"})
    if b:
        parts.append({"k": "letters", "v": w[n - b:], "case": "low"})
    return [{"k": "mixed", "v": w, "case": "low", "parts": parts}]


def alpha_chunks(run):
    pieces = CAMEL_RE.findall(run)
    if len(pieces) >= 2:
        titles = all(p[0].isupper() and p[1:].islower() and len(p) >= 2
                     for p in pieces)
        camel = (pieces[0].islower() and
                 all(p[0].isupper() and p[1:].islower() and len(p) >= 2
                     for p in pieces[1:]))
        if (titles or camel) and all(word_ok(p.lower()) for p in pieces):
            return [{"k": "run", "v": [p.lower() for p in pieces],
                     "case": "pascal" if titles else "camel"}]
    out = []
    for p in pieces:
        lo = p.lower()
        if p.islower():
            out.extend(lower_chunks(p))
        elif len(p) == 1:
            out.append({"k": "letters", "v": lo, "case": "cap"})
        elif p[0].isupper() and p[1:].islower():
            if word_ok(lo):
                out.append({"k": "word", "v": lo, "case": "cap"})
            else:
                out.append({"k": "letters", "v": lo, "case": "cap"})
        else:  # all upper
            if word_ok(lo) and len(lo) >= 3:
                out.append({"k": "word", "v": lo, "case": "up"})
            else:
                out.append({"k": "letters", "v": lo, "case": "up"})
    return out


def analyze_token(tok):
    parts = PIECE_RE.findall(tok)
    assert "".join(parts) == tok, tok
    decimal = bool(DECIMAL_RE.match(tok))
    chunks = []
    seen_dot = False
    for i, p in enumerate(parts):
        if p[0].isalpha():
            chunks.extend(alpha_chunks(p))
        elif p[0].isdigit():
            chunks.append({"k": "num", "v": p, "frac": decimal and seen_dot})
        else:
            ctx = "inner"
            if p in ("-", "--") and i == 0:
                ctx = "flag"
            elif p == "-" and i + 1 < len(parts) and parts[i + 1][0].isdigit():
                ctx = "neg"
            elif p in (">", ">>") and all(q.isdigit() or q == "&"
                                          for q in parts[:i]):
                ctx = "redir"
            elif p == "." and decimal:
                ctx = "point"
                seen_dot = True
            chunks.append({"k": "sym", "v": p, "ctx": ctx})
    return {"text": tok, "chunks": chunks, "op": bool(OP_RE.match(tok))}


def analyze(cmd):
    return [analyze_token(t) for t in cmd.split(" ")]


# ---------------------------------------------------------------- numbers

def pair_words(p):
    """Two digits, first not 0, as one compound."""
    v = int(p)
    if v < 20:
        return [TEENS[v - 10]]
    t, u = divmod(v, 10)
    return [TENS[t]] + ([UNITS[u]] if u else [])


def pair_or_digits(p):
    if p[0] == "0":
        return [UNITS[int(c)] for c in p]
    return pair_words(p)


def say_number(d, frac=False):
    digits = [UNITS[int(c)] for c in d]
    if frac or len(d) >= 5 or (len(d) > 1 and d[0] == "0"):
        return digits
    if len(d) == 1:
        return digits
    if len(d) == 2:
        return pair_words(d)
    if len(d) == 3:
        if d[1:] == "00":
            return [UNITS[int(d[0])], "hundred"]
        return [UNITS[int(d[0])]] + pair_or_digits(d[1:])
    if d[1:] == "000":
        return [UNITS[int(d[0])], "thousand"]
    if d[2:] == "00":
        return pair_words(d[:2]) + ["hundred"]
    return pair_words(d[:2]) + pair_or_digits(d[2:])


def parse_number(words):
    out = ""
    i = 0
    while i < len(words):
        w = words[i]
        if w in TENS[2:]:
            g = str(TENS.index(w))
            if i + 1 < len(words) and words[i + 1] in UNITS[1:]:
                g += str(UNITS.index(words[i + 1]))
                i += 1
            else:
                g += "0"
        elif w in TEENS:
            g = str(10 + TEENS.index(w))
        elif w in UNITS:
            g = str(UNITS.index(w))
        else:
            raise ValueError("number starts with " + w)
        i += 1
        while i < len(words) and words[i] in ("hundred", "thousand"):
            g += "00" if words[i] == "hundred" else "000"
            i += 1
        out += g
    return out


# ---------------------------------------------------------------- clean

def clean_chunk(c):
    k = c["k"]
    if k == "sym":
        if c["ctx"] == "redir":
            return ["redirect"] if c["v"] == ">" else ["append"]
        if c["ctx"] == "point":
            return ["point"]
        return CLEAN_SYM[c["v"]].split()
    if k == "num":
        return say_number(c["v"], c["frac"])
    if k == "word":
        if c["case"] == "low":
            return [c["v"]]
        if c["case"] == "cap":
            return ["capital", c["v"]]
        return ["all", "caps", c["v"]]
    if k == "letters":
        if c["case"] == "low":
            return list(c["v"])
        if c["case"] == "cap":
            return ["capital", c["v"][0]] + list(c["v"][1:])
        out = []
        for ch in c["v"]:
            out += ["capital", ch]
        return out
    if k == "run":
        return [c["case"], "case"] + c["v"]
    if k == "mixed":
        return [w for p in c["parts"] for w in clean_chunk(p)]
    raise ValueError(k)


def clean_words(toks):
    out = []
    for i, t in enumerate(toks):
        if i:
            out.append("space")
        for c in t["chunks"]:
            out.extend(clean_chunk(c))
    return out


PHRASES = {}
for _s, _w in CLEAN_SYM.items():
    PHRASES[tuple(_w.split())] = _s
PHRASES[("redirect",)] = ">"
PHRASES[("point",)] = "."
PHRASES[("space",)] = " "


def decode(text):
    """The listener for Behrouz's clean protocol."""
    w = text.split()
    out = []
    i = 0
    while i < len(w):
        if tuple(w[i:i + 2]) in PHRASES:
            out.append(PHRASES[tuple(w[i:i + 2])])
            i += 2
        elif (w[i],) in PHRASES:
            out.append(PHRASES[(w[i],)])
            i += 1
        elif w[i] == "capital":
            nxt = w[i + 1]
            assert nxt not in RESERVED, text
            out.append(nxt[0].upper() + nxt[1:])
            i += 2
        elif w[i:i + 2] == ["all", "caps"]:
            nxt = w[i + 2]
            assert nxt not in RESERVED, text
            out.append(nxt.upper())
            i += 3
        elif w[i:i + 2] in (["camel", "case"], ["pascal", "case"]):
            j = i + 2
            while j < len(w) and w[j] not in RESERVED:
                j += 1
            parts = w[i + 2:j]
            assert len(parts) >= 2, text
            first = parts[0] if w[i] == "camel" else parts[0].capitalize()
            out.append(first + "".join(p.capitalize() for p in parts[1:]))
            i = j
        elif w[i] in NUMWORDS:
            j = i
            while j < len(w) and w[j] in NUMWORDS:
                j += 1
            out.append(parse_number(w[i:j]))
            i = j
        else:
            assert w[i] not in RESERVED, (w[i], text)
            out.append(w[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- Whisper

LETTER_HOMOPHONES = {"b": "bee", "c": "see", "i": "eye", "j": "jay",
                     "k": "kay", "l": "el", "o": "oh", "p": "pee",
                     "q": "queue", "r": "are", "t": "tea", "u": "you",
                     "x": "ex", "y": "why"}
WORD_HOMOPHONES = {"sudo": "pseudo", "json": "Jason", "sed": "said",
                   "cache": "cash", "yaml": "Yamel", "sum": "some",
                   "tee": "tea", "new": "knew"}
WORD_SPLITS = {"readme": "read me", "localhost": "local host",
               "github": "git hub", "backup": "back up",
               "username": "user name", "hostname": "host name",
               "whoami": "who am I", "database": "data base",
               "timeout": "time out", "stdin": "std in",
               "download": "down load", "upstream": "up stream",
               "workspace": "work space", "password": "pass word",
               "keyboard": "key board", "homeserver": "home server",
               "changeme": "change me", "wordlist": "word list",
               "filename": "file name", "wallpaper": "wall paper",
               "playlist": "play list", "endpoint": "end point",
               "checkout": "check out", "setup": "set up"}
PROPER = {"docker", "python", "git", "linux", "ubuntu", "postgres", "alice",
          "bob", "firefox", "github", "java", "chrome", "google", "debian",
          "redis", "kubernetes", "apple", "android", "windows"}
VW = {"version": "wersion", "verbose": "werbose", "view": "wiew",
      "value": "walue", "web": "veb", "watch": "vatch", "window": "vindow",
      "server": "serwer", "video": "wideo", "volume": "wolume",
      "write": "vrite", "wait": "vait", "wheel": "vheel", "vault": "wault"}
S_CLUSTER = re.compile(r"^s[tpckmnlw]")

FUZZY_SYM = {
    "-": ["dash", "minus", "hyphen", "Dash"],
    "--": ["double dash", "dash dash", "dash-dash", "minus minus",
           "double-dash"],
    ".": ["dot", "period", "point", "Dot"],
    "..": ["dot dot", "dot-dot"],
    "/": ["slash", "forward slash", "eslash", "forward-slash",
          "forvard slash"],
    "\\": ["backslash", "back slash"],
    "|": ["pipe", "Pipe"], "||": ["pipe pipe", "pipe-pipe"],
    "*": ["star", "asterisk", "estar"], "!": ["bang"], "#": ["hash"],
    "~": ["tilde", "tilda"], "@": ["at sign", "at", "at-sign"],
    "$": ["dollar", "dollar sign"], "%": ["percent"],
    "^": ["caret", "carrot"], "&": ["ampersand"], "&&": ["and and", "and-and"],
    "=": ["equals", "equal sign", "equal", "equals sign"], "+": ["plus"],
    ":": ["colon", "Colon"], ";": ["semicolon", "semi colon", "semi-colon"],
    "_": ["underscore", "under score"], ",": ["comma"], '"': ["quote"],
    "'": ["single quote"], "`": ["backtick", "back tick"],
    "?": ["question mark"], "(": ["open paren"], ")": ["close paren"],
    "{": ["open brace", "open curly brace"],
    "}": ["close brace", "close curly brace"],
    "[": ["open bracket"], "]": ["close bracket"], "<": ["less than"],
    ">": ["greater than"], ">>": ["append", "double greater than"],
}


def pick(rng, options, first_weight=0.6):
    """Behrouz's usual name first; otherwise any of the loose ones."""
    if len(options) == 1 or rng.random() < first_weight:
        return options[0]
    return rng.choice(options[1:])


def whisper_word(rng, w, p_split=0.4, p_homo=0.4, p_accent=0.12,
                 p_proper=0.5):
    if w in WORD_SPLITS and rng.random() < p_split:
        return WORD_SPLITS[w]
    if w in WORD_HOMOPHONES and rng.random() < p_homo:
        return WORD_HOMOPHONES[w]
    r = rng.random()
    if w in VW and r < p_accent * 2:
        return VW[w]
    if S_CLUSTER.match(w) and len(w) >= 4 and r < p_accent:
        return "e" + w
    if w in PROPER and rng.random() < p_proper:
        return w.capitalize()
    return w


def fuzzy_letters(rng, s):
    r = rng.random()
    if r < 0.35:
        return " ".join(s.upper())
    if r < 0.6:
        return s.upper()
    if r < 0.72 and len(s) > 1:
        return "-".join(s.upper())
    if r < 0.85:
        return " ".join(s)
    return " ".join(LETTER_HOMOPHONES.get(c, c.upper())
                    if rng.random() < 0.5 else c.upper() for c in s)


def fuzzy_number(rng, c):
    words = say_number(c["v"], c["frac"])
    d = c["v"]
    r = rng.random()
    if r < 0.55:
        if len(d) >= 4 and d.endswith("000") and rng.random() < 0.4:
            return "{:,}".format(int(d)) if d[0] != "0" else d
        return d
    if r < 0.75 and len(words) > 1:
        # Whisper writes each spoken group as its own numeral
        groups, i = [], 0
        while i < len(words):
            j = i + 1
            if words[i] in TENS[2:] and j < len(words) and words[j] in UNITS[1:]:
                j += 1
            while j < len(words) and words[j] in ("hundred", "thousand"):
                j += 1
            groups.append(parse_number(words[i:j]))
            i = j
        return " ".join(groups)
    return " ".join(words)


def fuzzy_chunk(rng, c):
    k = c["k"]
    if k == "sym":
        if c["ctx"] == "redir":
            return pick(rng, ["redirect", "greater than"] if c["v"] == ">"
                        else ["append", "double greater than"], 0.75)
        if c["ctx"] == "point":
            return pick(rng, ["point", "dot"], 0.8)
        return pick(rng, FUZZY_SYM[c["v"]])
    if k == "num":
        return fuzzy_number(rng, c)
    if k == "word":
        w = whisper_word(rng, c["v"])
        if c["case"] == "low":
            return w
        if c["case"] == "cap":
            return pick(rng, ["capital", "Capital", "capital,"], 0.7) + " " + \
                (w.capitalize() if rng.random() < 0.6 else w)
        return pick(rng, ["all caps", "all-caps", "All caps"], 0.6) + " " + \
            (w.upper() if rng.random() < 0.6 else w)
    if k == "letters":
        if c["case"] == "low":
            if c.get("collide") and rng.random() < 0.5:
                return "-".join(c["v"].upper())
            return fuzzy_letters(rng, c["v"])
        if c["case"] == "cap":
            rest = c["v"][1:]
            s = pick(rng, ["capital", "Capital"], 0.7) + " " + c["v"][0].upper()
            return s + (" " + fuzzy_letters(rng, rest) if rest else "")
        return ", ".join(pick(rng, ["capital", "Capital"], 0.7) + " " +
                         ch.upper() for ch in c["v"])
    if k == "run":
        head = pick(rng, [c["case"] + " case", c["case"].capitalize() + " case",
                          c["case"] + "case"], 0.6)
        words = [whisper_word(rng, w, p_homo=0, p_accent=0) for w in c["v"]]
        if rng.random() < 0.4:
            words = [w.capitalize() for w in words]
        return head + " " + " ".join(words)
    if k == "mixed":
        if rng.random() < 0.2:
            return c["v"]
        return " ".join(fuzzy_chunk(rng, p) for p in c["parts"])
    raise ValueError(k)


def fuzzy_line(rng, toks):
    items = []
    for i, t in enumerate(toks):
        if i:
            if rng.random() < 0.07:       # Whisper's pause comma
                items[-1] += ","
            items.append(pick(rng, ["space", "espace", "Space", "space,",
                                    "space."], 0.72))
        for c in t["chunks"]:
            items.append(fuzzy_chunk(rng, c))
    text = " ".join(items)
    # a full stop before "space" starts a new sentence
    text = re.sub(r"\. ([a-z])", lambda m: ". " + m.group(1).upper(), text)
    if rng.random() < 0.8:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.55 and not text.endswith((".", ",")):
        text += "."
    return text


# ---------------------------------------------------------------- natural

OPENERS = ["Khob,", "Khob, lotfan,", "Okay khob,", "Lotfan bezan:",
           "Ino benevis:", "Bebakhshid, the command is", "Salam, okay, the command is",
           "Khob yani, write this for me:", "Next command:", "Alright, khob,",
           "Okay, lotfan,", "Khob, ino bezan:", "Vell, the command is",
           "Lotfan, this command:"]
SIGNOFFS = ["Merci.", "Tamam, merci.", "Mamnoon.", "Tamam.", "Khob, tamam.",
            "That's it, merci.", "Merci, mamnoon."]
FILLERS = ["uh", "um", "ehh", "khob", "hmm"]
ASIDES = ["sabr kon, sabr kon", "bebakhshid, my phone is ringing",
          "vait, let me check the name", "ah, the chai is getting cold",
          "khob khob, where was I", "my colleague is asking something, bebakhshid",
          "the internet is so slow today", "hmm, lemme see",
          "ino check konam, yes", "vell, anyway", "ah, my boss is calling, later",
          "wery long day, bebakhshid"]
FORGOT = ["uh, chiz, what was it, ah yes", "chiz, esmesh chi bood, aha",
          "ehh, I forget, vait, yes", "khob, the chiz, yes yes"]
CORRECTIONS = ["na na", "na na, bebakhshid", "eshtebah shod", "yani",
               "I mean", "no vait", "eshtebah shod, I mean"]
RESTARTS = ["na na, az aval", "bebakhshid, az aval", "khob na, dobare",
            "eshtebah shod, from the beginning", "vait vait, let me start again"]
PERSIAN = {"1": "yek", "2": "do", "3": "se"}
GLOSS = {"1": "one", "2": "two", "3": "three"}


def nat_letters(rng, s, alone):
    if alone and len(s) > 2 and rng.random() < 0.15:
        return s            # Whisper knew the tool name
    if len(s) > 1 and rng.random() < 0.12:
        return "-".join(s.upper())
    return s.upper()


def nat_sym(rng, c, literal):
    v, ctx = c["v"], c["ctx"]
    if ctx == "point":
        return "."
    if ctx == "redir":
        return pick(rng, ["redirect", "greater than"], 0.6) if v == ">" else \
            pick(rng, ["append", "double greater than"], 0.7)
    if v == "-":
        if ctx == "flag":
            return pick(rng, ["dash", "minus"], 0.75)
        if ctx == "neg":
            return "minus"
        return "hyphen"
    if v == "--":
        return pick(rng, ["dash dash", "double dash"], 0.6) if ctx == "flag" \
            else "double hyphen"
    if v in literal:
        return v
    table = {".": ["dot", "period"], "/": ["slash", "eslash", "forward slash"],
             "~": ["tilde", "tilda"], "*": ["star", "estar", "asterisk"],
             "@": ["at", "at sign"], "=": ["equals", "equal"],
             ">": ["greater than"], ">>": ["append"]}
    if v in table:
        return pick(rng, table[v], 0.7)
    return CLEAN_SYM[v]


def nat_chunk(rng, c, alone, tired, lower=False):
    k = c["k"]
    if k == "mixed":
        return c["v"]
    if k == "letters" and c["case"] == "low":
        if c.get("collide"):
            # an exact protocol word stays spelled; a longer name is said
            return "-".join(c["v"].upper())
        if lower:
            return c["v"]
    if k == "num":
        d = c["v"]
        if alone and d in PERSIAN and rng.random() < tired:
            return PERSIAN[d]
        if alone and len(d) <= 2 and rng.random() < 0.15:
            return " ".join(say_number(d))
        return d
    if k == "word":
        w = whisper_word(rng, c["v"], p_split=0, p_homo=0.25, p_accent=0.15,
                         p_proper=0)
        if c["case"] == "low":
            return w
        if c["case"] == "cap":
            return "capital " + w.capitalize()
        return "all caps " + w.upper()
    if k == "letters":
        if c["case"] == "low":
            return nat_letters(rng, c["v"], alone)
        if c["case"] == "cap":
            return "capital " + c["v"].upper()
        return "all caps " + c["v"].upper()
    if k == "run":
        return c["case"] + " case " + " ".join(c["v"])
    raise ValueError(k)


def nat_token_parts(rng, tok, tired):
    """Natural rendering of one shell word as [(joint, text)]."""
    chunks = tok["chunks"]
    literal = set()
    names = [c for c in chunks if c["k"] != "sym"]

    def plain(i):
        return (0 <= i < len(chunks) and chunks[i]["k"] in
                ("word", "letters", "mixed", "num")
                and chunks[i].get("case", "low") == "low"
                and not chunks[i].get("collide"))
    dots = [i for i, c in enumerate(chunks)
            if c["k"] == "sym" and c["v"] == "." and c["ctx"] == "inner"]
    if dots and all(plain(i - 1) and plain(i + 1) for i in dots) \
            and rng.random() < 0.3:
        literal.add(".")
    if any(c["k"] == "sym" and c["v"] == "@" for c in chunks) and rng.random() < 0.4:
        literal.add("@")
    if any(c["k"] == "sym" and c["v"] == "%" for c in chunks) and rng.random() < 0.6:
        literal.add("%")
    alone = len(chunks) == 1 or (len(names) == 1 and chunks[0]["k"] == "sym"
                                 and chunks[0]["ctx"] == "flag")
    parts = []
    prev = None
    for c in chunks:
        if c["k"] == "sym":
            text = nat_sym(rng, c, literal)
        else:
            text = nat_chunk(rng, c, alone, tired, lower="." in literal)
        glue_sym = c["k"] == "sym" and (text in literal or c["ctx"] == "point")
        if prev is None:
            joint = ""
        elif glue_sym or (prev[0]["k"] == "sym" and prev[2]):
            joint = ""
        elif c["k"] == "sym" or prev[0]["k"] == "sym":
            joint = " "
        elif " " not in text and not text.startswith(("capital", "all caps")) \
                and re.search(r"[A-Za-z0-9]$", prev[1]):
            joint = ""
        else:
            joint = " no space "
        parts.append([joint, text, c])
        prev = (c, text, glue_sym)
    return parts


def parts_text(parts):
    return "".join(j + t for j, t, _ in parts)


def need_space(prev, nxt):
    if prev["op"] or nxt["op"]:
        return False
    first, last = nxt["chunks"][0], prev["chunks"][-1]
    if first["k"] == "sym" and first["ctx"] == "flag":
        return False
    if first["k"] == "sym":
        return True
    if last["k"] == "sym" and last["v"] not in ')"\']}':
        return True
    if last["k"] == "run":
        return True
    if last["k"] == "num" and first["k"] == "num":
        return True
    return False


def nat_space_word(rng):
    return pick(rng, ["space", "espace"], 0.8)


def natural_pieces(rng, toks, tired):
    """List of [joint_before, token_parts] with joints ' ' or ' space '."""
    out = []
    for i, t in enumerate(toks):
        joint = ""
        if i:
            joint = " " + nat_space_word(rng) + " " if need_space(toks[i - 1], t) else " "
        out.append([joint, nat_token_parts(rng, t, tired)])
    return out


def assemble(rng, pieces, filler_p, opener_p=0.85, signoff_p=0.4,
             asides=None, capitalise=True, quoted=None):
    asides = asides or {}
    segs = []
    for i, (joint, parts) in enumerate(pieces):
        text = parts if isinstance(parts, str) else parts_text(parts)
        if i and quoted and quoted[i]:
            pass                      # never talk inside a quoted string
        elif i:
            if i in asides:
                segs.append(", " + asides[i] + ",")
            elif rng.random() < filler_p:
                segs.append(", " + rng.choice(FILLERS) + ",")
            elif rng.random() < 0.05:
                segs.append(",")
        segs.append(joint)
        segs.append(text)
    body = "".join(segs)
    body = re.sub(r"\s+", " ", body).strip()
    body = re.sub(r",\s*,", ",", body)
    if rng.random() < opener_p:
        body = rng.choice(OPENERS) + " " + body
    elif capitalise:
        body = body[0].upper() + body[1:]
    if rng.random() < signoff_p:
        body = body.rstrip(",") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.5:
        body = body.rstrip(",") + "."
    return body


def inside_quotes(toks):
    """For each shell word: does it start inside an open quoted string?"""
    out, open_q = [], None
    for t in toks:
        out.append(open_q is not None)
        for ch in t["text"]:
            if open_q is None and ch in "\"'":
                open_q = ch
            elif ch == open_q:
                open_q = None
    return out


def natural_line(rng, toks):
    tired = 0.25
    pieces = natural_pieces(rng, toks, tired)
    return assemble(rng, pieces, filler_p=0.1, quoted=inside_quotes(toks))


# ---------------------------------------------------------------- chaotic

DECOY_WORDS = ["data", "docs", "main", "test", "demo", "foo", "bar",
               "alpha", "report", "config", "notes", "backup", "archive",
               "input", "output", "photo", "script", "index", "projects",
               "admin", "server", "master", "staging", "release"]
DECOY_EXT = ["txt", "log", "py", "md", "json", "yaml", "csv", "conf"]
DECOY_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--recursive",
               "-v", "-f", "-r", "-a", "-q", "--dry-run", "--help"]


def wrong_for(rng, c, avoid):
    """A plausible wrong chunk text for a word / letters / number chunk."""
    if c["k"] == "num":
        v = int(c["v"])
        cands = [v + 1, v - 1 if v > 0 else v + 2, v * 10, v + 10]
        return str(rng.choice([x for x in cands if str(x) != c["v"]]))
    v = c["v"]
    if c["k"] == "letters" and len(v) == 1:
        return rng.choice([x for x in "abcdefhlmnprstuvx" if x != v]).upper()
    if c["k"] == "letters" and len(v) <= 4:
        cands = [e for e in DECOY_EXT if e != v and e not in avoid]
    else:
        cands = [d for d in DECOY_WORDS if d != v and d not in avoid]
    w = rng.choice(cands)
    if pronounceable(w):
        return w
    return w.upper()


def correctable(parts, j):
    c = parts[j][2]
    if c["k"] not in ("word", "letters", "num", "mixed") or \
            c.get("case", "low") != "low" or c.get("collide"):
        return False
    if j > 0 and parts[j - 1][2]["k"] != "sym":
        return False
    if j + 1 < len(parts) and parts[j + 1][2]["k"] != "sym":
        return False
    if parts[j][0] == "" and j > 0:
        return False        # glued to a literal dot: Whisper wrote it whole
    if j + 1 < len(parts) and parts[j + 1][0] == "":
        return False
    return True


def chaotic_line(rng, toks, cmd):
    tired = 0.35
    avoid = set(re.findall(r"[a-z]+", cmd.lower()))
    pieces = natural_pieces(rng, toks, tired)
    n = len(toks)
    kinds = ["word", "flag", "partial", "restart"]
    kind = rng.choices(kinds, weights=[40, 22, 10, 28])[0]
    flag_idx = [i for i, t in enumerate(toks) if i > 0
                and t["chunks"][0]["k"] == "sym" and t["chunks"][0]["ctx"] == "flag"
                and len(t["chunks"]) > 1]
    word_sites = [(i, j) for i, (_, parts) in enumerate(pieces) if i > 0
                  for j in range(len(parts)) if correctable(parts, j)]
    if kind in ("flag", "partial") and not flag_idx:
        kind = "word"
    if kind == "partial" and not any(toks[i]["chunks"][0]["v"] == "--"
                                     for i in flag_idx):
        kind = "flag"
    if kind == "word" and not word_sites:
        kind = "restart"
    prefix = ""
    if kind == "word":
        i, j = rng.choice(word_sites)
        parts = pieces[i][1]
        c = parts[j][2]
        right = parts[j][1]
        wrong = wrong_for(rng, c, avoid)
        if rng.random() < 0.25:
            fix = wrong + ", na, not " + wrong + ", " + right
        else:
            fix = wrong + ", " + rng.choice(CORRECTIONS) + ", " + right
        parts[j][1] = fix
    elif kind == "flag":
        i = rng.choice(flag_idx)
        right = parts_text(pieces[i][1])
        cands = [f for f in DECOY_FLAGS if f != toks[i]["text"]]
        wrong_tok = analyze_token(rng.choice(cands))
        wrong = parts_text(nat_token_parts(rng, wrong_tok, 0))
        pieces[i][1] = wrong + ", " + rng.choice(CORRECTIONS) + ", " + right
    elif kind == "partial":
        i = rng.choice([x for x in flag_idx if toks[x]["chunks"][0]["v"] == "--"])
        right = parts_text(pieces[i][1])
        start = pieces[i][1][0][1]
        pieces[i][1] = start + ", " + rng.choice(FORGOT) + ", " + right
    else:
        k = rng.randint(1, max(1, min(3, n - 1)))
        pre = natural_pieces(rng, toks[:k], tired)
        pre_text = "".join(j + parts_text(p) for j, p in pre).strip()
        if rng.random() < 0.5 and k >= 1:
            sites = [(x, y) for x, (_, parts) in enumerate(pre)
                     for y in range(len(parts)) if correctable(parts, y)]
            if sites:
                x, y = rng.choice(sites)
                pre[x][1][y][1] = wrong_for(rng, pre[x][1][y][2], avoid)
                pre_text = "".join(j + parts_text(p) for j, p in pre).strip()
        prefix = pre_text + "... " + rng.choice(RESTARTS) + ", "
    # extras: stutter, aside, Persian gloss
    if rng.random() < 0.25:
        sites = [i for i, (_, parts) in enumerate(pieces)
                 if not isinstance(parts, str) and parts[0][2]["k"] == "word"
                 and len(parts[0][1]) >= 5 and parts[0][1].isalpha()]
        if sites:
            i = rng.choice(sites)
            w = pieces[i][1][0][1]
            pieces[i][1][0][1] = w[:rng.randint(2, 3)] + "- " + w
    asides = {}
    quoted = inside_quotes(toks)
    free = [i for i in range(1, n) if not quoted[i]]
    if free and rng.random() < 0.45:
        asides[rng.choice(free)] = rng.choice(ASIDES)
    for i, (_, parts) in enumerate(pieces):
        if isinstance(parts, str):
            continue
        for p in parts:
            if p[1] in PERSIAN.values() and rng.random() < 0.5:
                d = [k for k, v in PERSIAN.items() if v == p[1]][0]
                p[1] = p[1] + ", yani " + GLOSS[d]
    body = assemble(rng, pieces, filler_p=0.12, opener_p=0.0 if prefix else 0.8,
                    signoff_p=0.35, asides=asides, capitalise=not prefix,
                    quoted=quoted)
    if prefix:
        opener = rng.choice(OPENERS) + " " if rng.random() < 0.7 else ""
        first = opener + prefix
        body = first[0].upper() + first[1:] + body
    return body


# ---------------------------------------------------------------- selection

def eligible_commands():
    rows = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 != 1:
                continue
            cmd = json.loads(line)["command"]
            if not cmd.isascii() or "\t" in cmd or "  " in cmd:
                continue
            if len(cmd) > 64 or cmd != cmd.strip() or not cmd:
                continue
            words = clean_words(analyze(cmd))
            if len(words) > 48:
                continue
            rows.append((n, cmd))
    return rows


def check_framing():
    """No framing word may be a protocol word."""
    for s in OPENERS + SIGNOFFS + FILLERS + ASIDES + FORGOT + CORRECTIONS + RESTARTS:
        for w in re.findall(r"[A-Za-z']+", s.lower()):
            assert w not in RESERVED, (w, s)


def main():
    check_framing()
    rng = random.Random(125)
    rows = eligible_commands()
    rng.shuffle(rows)
    chosen, seen, first_count = [], set(), {}
    for n, cmd in rows:
        fw = cmd.split(" ")[0]
        if cmd in seen or first_count.get(fw, 0) >= 2:
            continue
        seen.add(cmd)
        first_count[fw] = first_count.get(fw, 0) + 1
        chosen.append(cmd)
        if len(chosen) == 400:
            break
    assert len(chosen) == 400
    slices = ["clean", "fuzzy", "natural", "chaotic"]
    out = []
    for si, name in enumerate(slices):
        for cmd in chosen[si * 100:(si + 1) * 100]:
            toks = analyze(cmd)
            if name == "clean":
                text = " ".join(clean_words(toks))
                assert decode(text) == cmd, (text, decode(text), cmd)
            elif name == "fuzzy":
                text = fuzzy_line(rng, toks)
            elif name == "natural":
                text = natural_line(rng, toks)
            else:
                text = chaotic_line(rng, toks, cmd)
            out.append({"input": text, "command": cmd, "slice": name,
                        "author": AUTHOR})
    # the clean listener also has to hold for every allowed command
    for _, cmd in rows:
        assert decode(" ".join(clean_words(analyze(cmd)))) == cmd, cmd
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "lines to", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
