#!/usr/bin/env python3
# ruff: noqa: B033, B905, E501, UP031, UP032
"""Dictation test set author106: "Noa", an incident responder in Tel Aviv.

Run:  python3 tests/bench/hundred_sixth_author.py
Writes assets/training/bash/author106.jsonl: 400 lines of
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author106"}
100 per slice, in that order. Standard library only. One random.Random(106)
is used for everything, in a fixed order (choose commands, then clean, fuzzy,
natural, chaotic), so reruns write the same bytes.

Source and credit
-----------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, as collected in
assets/training/bash/pages_dev59_commands.jsonl. Only 0-based line numbers n
with n % 3 == 0 are used, for all four slices. A command is kept only if it is
pure ASCII, has no tab, no double space, is at most 64 characters and takes at
most 48 spoken words in the clean protocol below. At most two commands share a
first word; all 400 are distinct; the command text is copied unchanged. The
seeded generator shuffles the allowed commands and takes them in that order.

STYLE GUIDE
===========

The speaker
-----------
Noa, 34, leads incident response at a payments company in Tel Aviv. She
dictates while her hands are busy with a second laptop, usually at night,
usually while something is on fire. Israeli, Hebrew first, fluent technical
English with an Israeli accent. Blunt, fast, no "please". She talks to the
machine like she talks to a junior on the bridge call: "yalla, type ...".
Hebrew leaks in when she is stressed: fillers ("ze", "eh", "ke'ilu", "ken"),
corrections ("lo lo", "sliha", "rega"), restarts ("mehahatchala" = from the
beginning), and the odd "be'etzem" (actually) or "yalla". Whisper sometimes
writes these in Hebrew script (יאללה, רגע, לא לא, סליחה, כאילו, זה, כן,
בעצם, מההתחלה). She says "zed" for the letter Z (British-school Israeli
English), in every slice.

Her protocol (clean slice): the exact rules her decode() implements
------------------------------------------------------------------
A clean line is a careful transcript: lower case words separated by single
spaces, no punctuation, nothing but the command.

1. Tokens. She says "space" between command tokens, and only there. Inside a
   token, everything she says is glued together with no gap: "main dot py"
   is main.py, "no backups" would be nobackups, "s d b one" is sdb1.
2. Symbols, one name each, always the same:
     -  dash            .  dot             /  slash          \\  backslash
     |  pipe            *  star            !  bang           #  hash
     ~  tilde           @  at              $  dollar         %  percent
     ^  caret           &  ampersand       =  equals         +  plus
     :  colon           ;  semicolon       _  underscore     ,  comma
     "  quote           '  single quote    `  backtick       ?  question mark
     ( )  open paren / close paren         { }  open brace / close brace
     [ ]  open bracket / close bracket     <  less than
   "--" is simply "dash dash", ".." is "dot dot", "||" is "pipe pipe",
   "&&" is "and and" (a single & is always "ampersand").
   ">" is "redirect" and ">>" is "append" when the token is a redirection
   (">", ">>", "2>", "2>&1", "&>": "two redirect ampersand one"); a ">"
   anywhere else (inside quotes, arrows) is "greater than".
   She never uses minus, hyphen, period, point, forward slash, asterisk or
   "sign" in the clean slice; decimals are said with "dot" ("one dot zero").
3. Letters. A piece that is a pronounceable word is said as the word
   ("config", "nginx", "sudo", "json"). Anything she would not pronounce is
   spelled letter by letter ("l s", "t m p", "s s h", "z s h" is "zed s h");
   a long name that starts or ends with a few unpronounceable letters is
   split: "x gettext", "p k g info". Spelled letters are written as bare
   letters in the transcript; Z is always "zed".
4. Case. "capital" applies to the next letter or word and raises its first
   letter ("capital m" = M, "capital server" = Server, "capital r script" =
   Rscript). "all caps" applies to exactly the next word ("all caps readme" =
   README). An all-caps run that is not a word is spelled with "capital"
   before every letter ("capital n capital t ..."). Mixed case is split at
   the case change: TerrariaServer = "capital terraria capital server".
   Case runs are used only when a WHOLE token is one identifier made of
   pronounceable words, and the run ends at the next "space" or the end:
     kebab case list command invocations -> list-command-invocations
                               (kebab only for three or more parts)
     snake case add member     -> add_member
     camel case iter source code -> iterSourceCode
     pascal case terraria server -> TerrariaServer
     screaming case max size   -> MAX_SIZE
   Each part of a run is a pronounceable word of three or more letters that
   is not a protocol word; otherwise she falls back to rules 2-4.
5. Numbers. A run of number words is one digit string, read chunk by chunk
   and concatenated: zero..nine give one digit, ten..nineteen two digits,
   twenty..ninety two digits (merged with a following one..nine: "forty
   two" = 42), "hundred"/"thousand"/"million" multiply the chunk just before.
   Her habits: one digit as the word; two digits as the compound ("ten",
   "forty two"); three digits as "four forty three" (443), "one twenty seven"
   (127) or "six hundred"; four digits in pairs like a year ("eighty eighty",
   "fifty four thirty two", "ten twenty four"), "twelve hundred" or "three
   thousand"; round larger numbers as "ten thousand", "one million";
   everything else, and anything with a leading zero, digit by digit
   ("one one five two zero zero", "zero seven five five").
6. Literal words that collide. If a word of the command is itself one of
   her protocol words she says "word" first: "word dash" is the text dash,
   "word space", "word word", "word one" (the text "one", not 1), "word
   capital", "word zed", "word and". Always escaped: every symbol name above
   and redirect/append, every number word, word, capital, zed, and the
   listener-known synonyms minus, hyphen, period, point, asterisk, and the
   phrase tails mark, paren, brace, bracket, angle, than, caps, case, sign.
   Words that only START a phrase (single, question, open, close, less,
   greater, all, double, forward, curly, camel, snake, kebab, pascal,
   screaming) are escaped only when the next thing she says would complete
   that phrase; otherwise "dash dash all" is just --all.

Natural-speech habits (natural and chaotic slices)
--------------------------------------------------
No "space"; she just talks and the listener infers spacing. Symbol names
get looser: mostly "dash" but "minus" when rushed, "double dash", "forward
slash", "asterisk", "greater than" / "redirect to", "append to", "pipe to",
"open quote ... close quote", "tilda". Numbers come out as she thinks them
("port 8080" style numerals in Whisper). She still says "capital",
"all caps", "zed" and "word X" for collisions, because she has been burned.
Openers are hers: "yalla, run", "okay listen, type", "rega, give me",
"quick one", "Noa here, command", "ze, run this", "be'etzem just do",
"next one". Sign-offs: "yalla", "go", "that's it", "enter", "send it",
"ken, that's it". Fillers between tokens: eh, ehh, ze, ke'ilu, uh, ken.

Trouble (chaotic slice), in her own words
-----------------------------------------
* word slip: "... dash p 5433, sliha, 5432 ..." / "lo lo, not X, Y".
* flag slip: "dash v, lo lo, dash x"; or an extra flag taken back: "dash
  dash force, rega, no force, forget it".
* whole restart: "nmap dash s ... lo lo, mehahatchala: <whole command>".
* stutter: the command word or a word said twice ("grep... grep").
* asides about the incident: "Avi, not now.", "ugh, the SIEM is screaming
  again.", "Dor, mute yourself.", "who gave the intern prod creds?"
* partial answers: she stalls on a value and then gives it: "eh, what was
  the file, rega... ken, app dot log".
In every case the last thing she says for a position wins, and an aside is
never part of the command; a careful listener can rebuild the exact text.

Whisper's habits (fuzzy, natural, chaotic)
------------------------------------------
Sentence case and a final period; commas at pauses; numerals for spoken
numbers ("8080", "443", "1.0", sometimes "80 80"); spelled letters in
capitals, spaced ("L S") or glued ("LS"), sometimes as homophones ("see",
"are", "why", "you", "tea", "eye", "oh", "queue", "ex", "Zed"); filenames
and domains glued ("main.py", "example.com"); brand capitals ("Git",
"Docker", "Python", "JSON", "Nginx"); "sudo" heard as "pseudo"; split or
joined words ("back slash", "under score", "semi-colon", "dash-dash",
"forward-slash"); "caret" as "carrot", "tilde" as "tilda"; now and then a
flag written literally ("-r", "--verbose"); in the fuzzy slice a pause
becomes a sentence break (". Space dash ..."); "..." for her trailing off,
and em dashes around asides.

The four slices
---------------
clean:   her protocol, careful lower-case transcript; decode(input) must
         equal the command (asserted for every line).
fuzzy:   the same protocol (still "space"), but as Whisper writes it and
         with her rushed synonyms (minus, hyphen, period, point, forward
         slash, asterisk, "double dash"). No framing, no fillers.
natural: her loose speech with an opener, maybe a sign-off and fillers.
chaotic: natural plus one or two kinds of trouble from the list above.
"""

import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev59_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author106.jsonl")
AUTHOR = "author106"
SEED = 106
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# --------------------------------------------------------------------------
# Protocol vocabulary
# --------------------------------------------------------------------------
SYM_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "`": "backtick",
    "'": "single quote", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than",
}
ONE_WORD = {v: k for k, v in SYM_NAME.items() if " " not in v}
ONE_WORD["redirect"] = ">"
ONE_WORD["append"] = ">>"
ONE_WORD["space"] = " "
TWO_WORD = {tuple(v.split()): k for k, v in SYM_NAME.items() if " " in v}
TWO_WORD[("and", "and")] = "&&"

DIGIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGITS = {w: i for i, w in enumerate(DIGIT_W)}
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: 10 * i for i, w in enumerate(TENS_W) if w}
MULT = {"hundred": 100, "thousand": 1000, "million": 1000000}
NUMWORDS = set(DIGITS) | set(TEENS) | set(TENS) | set(MULT)

CASE_RUNS = ("kebab", "snake", "camel", "pascal", "screaming")

ESC_ALWAYS = (set(ONE_WORD) | NUMWORDS |
              {"word", "capital", "zed", "and", "mark", "paren", "brace", "bracket",
               "angle", "than", "caps", "case", "sign", "minus", "hyphen", "period",
               "point", "asterisk"})
STARTERS = {
    "single": {"quote"}, "question": {"mark"},
    "open": {"paren", "brace", "bracket", "angle", "quote"},
    "close": {"paren", "brace", "bracket", "angle", "quote"},
    "less": {"than"}, "greater": {"than"}, "all": {"caps"},
    "double": {"dash", "quote", "greater", "redirect", "ampersand", "pipe"},
    "forward": {"slash"}, "curly": {"brace"},
    "kebab": {"case"}, "snake": {"case"}, "camel": {"case"},
    "pascal": {"case"}, "screaming": {"case"},
}


def letter_word(c):
    return "zed" if c == "z" else c


# --------------------------------------------------------------------------
# What Noa pronounces as a word
# --------------------------------------------------------------------------
VOW = set("aeiouy")
OK_ONSET = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn", "ph",
            "pl", "pr", "sc", "sch", "scr", "sh", "sk", "sl", "sm", "sn", "sp", "spl",
            "spr", "st", "str", "sw", "th", "thr", "tr", "tw", "wh", "wr", "shr", "qu",
            "sq"}
OK_CODA = {"nch", "rst", "nds", "nts", "rts", "rks", "rds", "lts", "sts", "cks",
           "nks", "ngs", "rch", "tch", "rth", "nth", "ght", "mps", "lds", "rms",
           "xts", "nst", "rld", "rgs", "lls", "ffs", "sks", "sps", "pts", "thm"}
TWO_OK = {"up", "go", "in", "on", "of", "to", "is", "it", "my", "no", "do", "me",
          "be", "we", "us", "as", "or", "if", "so", "by", "ok", "at", "an", "am"}
SAY = {"json", "yaml", "nginx", "mysql", "kubectl", "postgres", "sqlite", "python",
       "ffmpeg", "gzip", "bzip", "zip", "git", "grep", "awk", "sed", "curl", "wget",
       "redis", "docker", "helm", "sudo", "vim", "jpeg", "printf",
       "queue", "queues", "pueue"}
SPELL = {"ssh", "http", "https", "tcp", "udp", "dns", "url", "usb", "sql", "sdb", "sda",
         "tmp", "pdf", "api", "cli", "cpu", "gpu", "ip", "id", "os", "db", "vm", "pid",
         "uid", "gid", "tty", "ftp", "scp", "ls", "cd", "dd", "rm", "cp", "mv", "ps",
         "df", "du", "npm", "aws", "gcc", "lvm", "ssl", "tls", "jwt", "csv", "css",
         "pem", "ttl", "cfg", "sh", "txt", "md", "py", "js", "ts", "rb", "gh", "jq",
         "iso", "apk", "deb", "ctl", "tl", "rpm", "vnc", "smb", "wmi", "mp", "gpg", "gcr", "eu",
         "io", "ll", "bc", "crt", "xz", "ini", "obj", "ppm", "pgm", "pbm", "pnm", "pam"}
MORPHEMES = {"info", "check", "config", "get", "set", "info", "list", "tool", "name",
             "view", "viewer", "test", "data", "file", "make", "ping", "sync", "top",
             "dump", "stat", "edit", "search", "server", "client", "port", "host",
             "err", "out", "login", "open", "rabbit", "register", "mount"}


def sayable(w):
    if w in SAY:
        return True
    if w in SPELL:
        return False
    if len(w) <= 2:
        return w in TWO_OK
    w = w.replace("gh", "g")  # "light", "highlights": gh is one sound
    if not any(c in VOW for c in w):
        return False
    onset = re.match(r"[^aeiouy]*", w).group()
    if len(onset) >= 2 and onset not in OK_ONSET:
        return False
    if re.search(r"[^aeiouy]{4,}", w):
        return False
    coda = re.search(r"[^aeiouy]*$", w).group()
    if len(coda) >= 3 and coda not in OK_CODA and not (coda.endswith("s") and len(coda) == 3):
        return False
    if re.search(r"[aeiou]{4,}", w) or re.search(r"(.)\1\1", w):
        return False
    return True


# --------------------------------------------------------------------------
# Encoder: command -> units (each unit knows its spoken words and its text)
# --------------------------------------------------------------------------
def U(kind, words, text, **kw):
    d = {"k": kind, "w": list(words), "t": text}
    d.update(kw)
    return d


def two_digit_words(v):
    if v < 10:
        return [DIGIT_W[v]]
    if v < 20:
        return [TEEN_W[v - 10]]
    t, u = divmod(v, 10)
    return [TENS_W[t]] + ([DIGIT_W[u]] if u else [])


def decode_number(words):
    chunks = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in DIGITS:
            chunks.append(str(DIGITS[w]))
        elif w in TEENS:
            chunks.append(str(TEENS[w]))
        elif w in TENS:
            v = TENS[w]
            if i + 1 < len(words) and words[i + 1] in DIGITS and DIGITS[words[i + 1]]:
                v += DIGITS[words[i + 1]]
                i += 1
            chunks.append(str(v))
        elif w in MULT:
            if not chunks:
                raise ValueError("multiplier without a number")
            chunks[-1] = str(int(chunks[-1]) * MULT[w])
        else:
            raise ValueError(w)
        i += 1
    return "".join(chunks)


def say_number(s):
    cands = []
    if len(s) == 1:
        cands.append([DIGIT_W[int(s)]])
    elif s[0] != "0":
        if len(s) == 2:
            cands.append(two_digit_words(int(s)))
        elif len(s) == 3:
            if s[1:] == "00":
                cands.append([DIGIT_W[int(s[0])], "hundred"])
            elif s[1] != "0":
                cands.append([DIGIT_W[int(s[0])]] + two_digit_words(int(s[1:])))
        elif len(s) == 4:
            if s.endswith("000"):
                cands.append([DIGIT_W[int(s[0])], "thousand"])
            elif s[2:] == "00" and s[1] != "0":
                cands.append(two_digit_words(int(s[:2])) + ["hundred"])
            elif s[2] != "0":
                cands.append(two_digit_words(int(s[:2])) + two_digit_words(int(s[2:])))
        elif s == "1000000":
            cands.append(["one", "million"])
        elif len(s) in (5, 6) and s.endswith("000"):
            cands.append(say_number(s[:-3]) + ["thousand"])
    cands.append([DIGIT_W[int(c)] for c in s])
    for c in cands:
        if decode_number(c) == s:
            return c
    raise AssertionError(s)


def spell_units(letters, upper=False):
    out = []
    for c in letters:
        if upper:
            out.append(U("mod", ["capital"], ""))
        out.append(U("letter", [letter_word(c.lower())], c))
    return out


def lower_units(seg):
    """A lower-case piece: the word, or spelled, or a word with a few spelled
    letters split off the front or back (x gettext, rabbit m q)."""
    if sayable(seg):
        return [U("lit", [seg], seg)]
    if len(seg) >= 4:
        opts = []
        for k in (1, 2, 3, 4):
            pre, rest = seg[:k], seg[k:]
            if len(rest) >= 3 and sayable(rest):
                opts.append((rest not in MORPHEMES and rest not in SAY, True, False, k, 0, k))
        for k in (1, 2, 3):
            pre, rest = seg[:-k], seg[-k:]
            if len(pre) >= 3 and sayable(pre):
                coda = len(re.search(r"[^aeiouy]*$", pre).group())
                known = rest in SPELL or rest in ("png", "jpg", "gif")
                opts.append((pre not in MORPHEMES and pre not in SAY, not known,
                             coda > 1, -k if known else k, 1, k))
        if opts:
            best = min(opts)
            k = best[5]
            if best[4] == 0:
                return spell_units(seg[:k]) + [U("lit", [seg[k:]], seg[k:])]
            return [U("lit", [seg[:-k]], seg[:-k])] + spell_units(seg[-k:])
    return spell_units(seg)


def split_alpha(run):
    segs = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", run)
    assert "".join(segs) == run, run
    return segs


def alpha_units(run):
    out = []
    for seg in split_alpha(run):
        low = seg.lower()
        if seg.islower():
            out += lower_units(seg)
        elif len(seg) > 1 and seg[0].isupper() and seg[1:].islower():
            if sayable(low):
                out += [U("mod", ["capital"], ""), U("lit", [low], seg, shown=seg)]
            else:
                out += [U("mod", ["capital"], ""), U("letter", [letter_word(low[0])], seg[0])]
                out += lower_units(low[1:])
        elif len(seg) == 1:
            out += spell_units(seg, upper=True)
        elif sayable(low):
            out += [U("mod", ["all", "caps"], ""), U("lit", [low], seg, shown=seg)]
        else:
            out += spell_units(seg, upper=True)
    return out


def protected(w):
    return w in ESC_ALWAYS or w in STARTERS


def case_run(tok):
    def ok(parts):
        return all(len(p) >= 3 and sayable(p) and not protected(p) for p in parts)
    if re.fullmatch(r"[a-z]+(-[a-z]+){2,}", tok):
        parts = tok.split("-")
        if ok(parts):
            return U("case", ["kebab", "case"] + parts, tok, parts=parts, style="kebab")
    if re.fullmatch(r"[a-z]+(_[a-z]+)+", tok):
        parts = tok.split("_")
        if ok(parts):
            return U("case", ["snake", "case"] + parts, tok, parts=parts, style="snake")
    if re.fullmatch(r"[A-Z]+(_[A-Z]+)+", tok):
        parts = tok.lower().split("_")
        if ok(parts):
            return U("case", ["screaming", "case"] + parts, tok, parts=parts, style="screaming")
    if re.fullmatch(r"[a-z]+([A-Z][a-z]+)+", tok):
        parts = [p.lower() for p in split_alpha(tok)]
        if ok(parts):
            return U("case", ["camel", "case"] + parts, tok, parts=parts, style="camel")
    if re.fullmatch(r"([A-Z][a-z]+){2,}", tok):
        parts = [p.lower() for p in split_alpha(tok)]
        if ok(parts):
            return U("case", ["pascal", "case"] + parts, tok, parts=parts, style="pascal")
    return None


REDIR_RE = re.compile(r"(\d|&)?>>?(&\d)?")


def token_units(tok, allow_case=True):
    if allow_case:
        cr = case_run(tok)
        if cr:
            return [cr]
    redir = REDIR_RE.fullmatch(tok) is not None
    units = []
    for m in re.finditer(r"[A-Za-z]+|[0-9]+|&&|>>|.", tok):
        p = m.group()
        if p[0].isalpha():
            units += alpha_units(p)
        elif p[0].isdigit():
            units.append(U("num", say_number(p), p))
        elif p == "&&":
            units.append(U("sym", ["and", "and"], p))
        elif p == ">>":
            if redir:
                units.append(U("sym", ["append"], p))
            else:
                units += [U("sym", ["greater", "than"], ">"), U("sym", ["greater", "than"], ">")]
        elif p == ">":
            units.append(U("sym", ["redirect"] if redir else ["greater", "than"], p))
        else:
            units.append(U("sym", SYM_NAME[p].split(), p))
    # escape literal words that would be heard as protocol (right to left)
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u["k"] != "lit":
            continue
        w = u["w"][0]
        nxt = units[i + 1]["w"][0] if i + 1 < len(units) else None
        if w in ESC_ALWAYS or (w in STARTERS and nxt in STARTERS[w]):
            u["w"] = ["word", w]
            u["esc"] = True
    return units


def command_tokens(cmd):
    return cmd.split(" ")


def encode_clean(cmd):
    words = []
    for i, tok in enumerate(command_tokens(cmd)):
        if i:
            words.append("space")
        for u in token_units(tok):
            words += u["w"]
    return " ".join(words)


# --------------------------------------------------------------------------
# decode(): the listener for Noa's clean protocol
# --------------------------------------------------------------------------
def decode(text):
    w = text.split(" ")
    n = len(w)
    out = []
    mode = [None]

    def lit(s):
        if mode[0] == "cap":
            s = s[0].upper() + s[1:]
        elif mode[0] == "upper":
            s = s.upper()
        mode[0] = None
        out.append(s)

    def plain(s):
        if mode[0] is not None:
            raise ValueError("case word before a symbol")
        out.append(s)

    i = 0
    while i < n:
        a = w[i]
        b = w[i + 1] if i + 1 < n else None
        if a == "word":
            if b is None:
                raise ValueError("dangling word")
            lit(b)
            i += 2
        elif a == "capital":
            mode[0] = "cap"
            i += 1
        elif (a, b) == ("all", "caps"):
            mode[0] = "upper"
            i += 2
        elif a in CASE_RUNS and b == "case":
            j = i + 2
            while j < n and w[j] != "space":
                j += 1
            parts = w[i + 2:j]
            if not parts:
                raise ValueError("empty case run")
            if a == "kebab":
                plain("-".join(parts))
            elif a == "snake":
                plain("_".join(parts))
            elif a == "screaming":
                plain("_".join(parts).upper())
            elif a == "camel":
                plain(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            else:
                plain("".join(p.capitalize() for p in parts))
            i = j
        elif (a, b) in TWO_WORD:
            plain(TWO_WORD[(a, b)])
            i += 2
        elif a in ONE_WORD:
            plain(ONE_WORD[a])
            i += 1
        elif a in NUMWORDS:
            j = i
            while j < n and w[j] in NUMWORDS:
                j += 1
            plain(decode_number(w[i:j]))
            i = j
        elif a == "zed":
            lit("z")
            i += 1
        else:
            lit(a)
            i += 1
    if mode[0] is not None:
        raise ValueError("dangling case word")
    return "".join(out)


# --------------------------------------------------------------------------
# Shared Whisper / speaker helpers
# --------------------------------------------------------------------------
HEBREW = {"yalla": "יאללה", "rega": "רגע", "rega rega": "רגע רגע", "ken": "כן", "ze": "זה", "sliha": "סליחה",
          "lo lo": "לא לא", "be'etzem": "בעצם", "ke'ilu": "כאילו",
          "mehahatchala": "מההתחלה"}
PROPER = {"git": "Git", "docker": "Docker", "python": "Python", "json": "JSON",
          "yaml": "YAML", "nginx": "Nginx", "redis": "Redis", "mysql": "MySQL",
          "postgres": "Postgres", "linux": "Linux", "github": "GitHub",
          "ubuntu": "Ubuntu", "java": "Java", "rust": "Rust", "html": "HTML",
          "xml": "XML", "png": "PNG", "jpeg": "JPEG", "readme": "README",
          "kubectl": "kubectl", "windows": "Windows", "firefox": "Firefox",
          "android": "Android", "apache": "Apache"}
HOMOPHONE = {"b": ["be", "bee"], "c": ["see", "sea"], "d": ["dee"], "g": ["gee"],
             "i": ["eye", "I"], "j": ["jay"], "k": ["kay"], "o": ["oh"], "p": ["pee"],
             "q": ["queue", "cue"], "r": ["are"], "t": ["tea", "tee"], "u": ["you"],
             "x": ["ex"], "y": ["why"], "z": ["Zed", "zed"]}


def pick(rng, options):
    """options: list of (value, weight); one rng.random() call."""
    total = sum(wt for _, wt in options)
    r = rng.random() * total
    for val, wt in options:
        r -= wt
        if r < 0:
            return val
    return options[-1][0]


def hebrew(rng, word, p=0.25):
    if word in HEBREW and rng.random() < p:
        return HEBREW[word]
    return word


def sentence(text, rng, end_p=0.7):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.?!])", r"\1", text)
    text = re.sub(r",+", ",", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # keep "..." pauses
    text = re.sub(r"\.,|,\.(?!\.)", ".", text)
    if text and text[0].isalpha() and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".?!" and rng.random() < end_p:
        text = text.rstrip(",") + "."
    return text


# --------------------------------------------------------------------------
# Fuzzy: her protocol ("space" and all) as Whisper writes it
# --------------------------------------------------------------------------
FUZZY_SYN = {
    "dash": [("dash", 60), ("minus", 25), ("hyphen", 15)],
    "dot": [("dot", 72), ("period", 16), ("point", 12)],
    "slash": [("slash", 68), ("forward slash", 22), ("forward-slash", 10)],
    "backslash": [("backslash", 55), ("back slash", 45)],
    "star": [("star", 60), ("asterisk", 40)],
    "tilde": [("tilde", 55), ("tilda", 45)],
    "underscore": [("underscore", 65), ("under score", 35)],
    "semicolon": [("semicolon", 55), ("semi-colon", 45)],
    "equals": [("equals", 60), ("equal", 20), ("equals sign", 20)],
    "at": [("at", 60), ("at sign", 40)],
    "dollar": [("dollar", 55), ("dollar sign", 45)],
    "caret": [("caret", 50), ("carrot", 50)],
    "redirect": [("redirect", 70), ("greater than", 30)],
    "append": [("append", 70), ("double greater than", 30)],
    "quote": [("quote", 70), ("double quote", 30)],
    "backtick": [("backtick", 55), ("back tick", 45)],
    "colon": [("colon", 85), ("Colon", 15)],
    "pipe": [("pipe", 85), ("Pipe", 15)],
}


def whisper_letters(letters, rng, cap_flags):
    """letters: list of lowercase chars; cap_flags: spoken with 'capital'."""
    out = []
    if not any(cap_flags) and len(letters) >= 2 and rng.random() < 0.35:
        return ["".join(letters).upper()]
    for c, capf in zip(letters, cap_flags):
        if capf:
            out.append(pick(rng, [("capital", 80), ("Capital", 20)]) + " " + c.upper())
            continue
        if c in HOMOPHONE and rng.random() < 0.18:
            out.append(rng.choice(HOMOPHONE[c]))
        elif c == "z":
            out.append(rng.choice(["zed", "Zed", "Z"]))
        else:
            out.append(c.upper())
    return out


def whisper_number(u, rng, alone=False):
    digits = u["t"]
    r = rng.random()
    if r < 0.72:
        if alone and len(digits) >= 4 and int(digits) % 1000 == 0 and rng.random() < 0.5:
            return "{:,}".format(int(digits))
        return digits
    if r < 0.84 and len(u["w"]) >= 2 and not any(w in MULT for w in u["w"]):
        # Whisper writes each chunk as numerals: "80 80", "4 43"
        parts, ws, i = [], u["w"], 0
        while i < len(ws):
            if ws[i] in TENS and i + 1 < len(ws) and ws[i + 1] in DIGITS and DIGITS[ws[i + 1]]:
                parts.append(str(TENS[ws[i]] + DIGITS[ws[i + 1]]))
                i += 2
            else:
                parts.append(decode_number([ws[i]]))
                i += 1
        return " ".join(parts)
    return " ".join(u["w"])


def fuzzy_units(units, rng):
    """Render one token's units in protocol style, Whisper-written."""
    out = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        k = u["k"]
        if k == "sym":
            name = " ".join(u["w"])
            if u["t"] == "-" and i + 1 < n and units[i + 1]["t"] == "-" and units[i + 1]["k"] == "sym":
                out.append(pick(rng, [("dash dash", 45), ("double dash", 25),
                                      ("dash-dash", 15), ("minus minus", 15)]))
                i += 2
                continue
            if (u["t"] == "." and out and i + 1 < n and units[i + 1]["k"] == "lit"
                    and not units[i + 1].get("esc") and i > 0 and units[i - 1]["k"] in ("lit", "num") and rng.random() < 0.35):
                nxt = units[i + 1]
                out[-1] = out[-1] + "." + " ".join(nxt["w"])
                i += 2
                continue
            if (u["t"] == "." and i > 0 and units[i - 1]["k"] == "num" and i + 1 < n
                    and units[i + 1]["k"] == "num" and out and out[-1].isdigit() and rng.random() < 0.5):
                out[-1] = out[-1] + "." + units[i + 1]["t"]
                i += 2
                continue
            if name in FUZZY_SYN:
                out.append(pick(rng, FUZZY_SYN[name]))
            else:
                out.append(name)
            i += 1
        elif k == "letter" or (k == "mod" and u["w"] == ["capital"] and i + 1 < n
                               and units[i + 1]["k"] == "letter"):
            letters, caps = [], []
            while i < n:
                if units[i]["k"] == "letter":
                    letters.append(units[i]["t"].lower())
                    caps.append(False)
                    i += 1
                elif (units[i]["k"] == "mod" and units[i]["w"] == ["capital"] and i + 1 < n
                      and units[i + 1]["k"] == "letter"):
                    letters.append(units[i + 1]["t"].lower())
                    caps.append(True)
                    i += 2
                else:
                    break
            out += whisper_letters(letters, rng, caps)
        elif k == "mod":
            nxt = units[i + 1]
            if u["w"] == ["capital"]:
                word = nxt["w"][-1]
                shown = word.capitalize() if rng.random() < 0.6 else word
                out.append(pick(rng, [("capital", 80), ("Capital", 20)]))
            else:
                word = nxt["w"][-1]
                shown = word.upper() if rng.random() < 0.55 else word
                out.append(pick(rng, [("all caps", 70), ("all-caps", 20), ("All caps", 10)]))
            if nxt.get("esc"):
                out.append("word")
            out.append(shown)
            i += 2
        elif k == "lit":
            word = u["w"][-1]
            after_dot = i > 0 and units[i - 1]["t"] == "."
            if word == "sudo" and rng.random() < 0.3:
                shown = "pseudo"
            elif word in PROPER and not after_dot and rng.random() < 0.6:
                shown = PROPER[word]
            else:
                shown = word
            if u.get("esc"):
                out.append(pick(rng, [("word", 85), ("Word", 15)]))
            out.append(shown)
            i += 1
        elif k == "num":
            out.append(whisper_number(u, rng, alone=(n == 1)))
            i += 1
        elif k == "case":
            out.append(pick(rng, [(u["w"][0] + " case", 60), (u["w"][0] + "-case", 25),
                                  (u["w"][0].capitalize() + " case", 15)]))
            out += u["parts"]
            i += 1
        else:
            raise AssertionError(k)
    return " ".join(out)


def make_fuzzy(cmd, rng):
    parts = []
    toks = command_tokens(cmd)
    for i, tok in enumerate(toks):
        body = fuzzy_units(token_units(tok), rng)
        if i:
            sp = pick(rng, [("space", 82), ("space,", 8), ("Space", 4), (". Space", 6)])
            parts.append(sp)
        parts.append(body)
    text = " ".join(parts)
    return sentence(text, rng, end_p=0.6)


# --------------------------------------------------------------------------
# Natural: her loose speech, Whisper-written, no "space"
# --------------------------------------------------------------------------
NAT_SYN = {
    "-": [("dash", 76), ("minus", 24)],
    ".": [("dot", 88), ("period", 8), ("point", 4)],
    "/": [("slash", 84), ("forward slash", 16)],
    "\\": [("backslash", 100)],
    "|": [("pipe", 75), ("pipe to", 25)],
    "*": [("star", 60), ("asterisk", 40)],
    "~": [("tilde", 65), ("tilda", 35)],
    "=": [("equals", 75), ("equal", 25)],
    "@": [("at", 80), ("at sign", 20)],
    "$": [("dollar", 70), ("dollar sign", 30)],
    "&&": [("and and", 60), ("double ampersand", 40)],
    ">": [("greater than", 45), ("redirect", 35), ("redirect to", 20)],
    ">>": [("append", 50), ("append to", 30), ("double greater than", 20)],
    "_": [("underscore", 100)],
    "'": [("single quote", 100)],
    "`": [("backtick", 100)],
}
GLUE_FILE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9]+)+")


def natural_token(tok, rng):
    """One command token as Noa says it loosely and Whisper writes it."""
    if GLUE_FILE.fullmatch(tok) and rng.random() < 0.45:
        return tok  # Whisper glues filenames and domains: main.py, example.com
    if re.fullmatch(r"--[a-z][a-z-]*", tok) and rng.random() < 0.08:
        return tok  # Whisper sometimes writes a long flag literally
    units = token_units(tok, allow_case=rng.random() < 0.5)
    out = []
    i, n = 0, len(units)
    while i < n:
        u = units[i]
        k = u["k"]
        if k == "sym":
            t = u["t"]
            if t == "-" and i + 1 < n and units[i + 1]["t"] == "-" and units[i + 1]["k"] == "sym":
                out.append(pick(rng, [("dash dash", 60), ("double dash", 40)]))
                i += 2
                continue
            if t == "." and i > 0 and i + 1 < n and units[i - 1]["k"] in ("lit", "num") \
                    and units[i + 1]["k"] in ("lit", "num") and out and rng.random() < 0.3:
                out[-1] = out[-1] + "." + units[i + 1]["t"]
                i += 2
                continue
            if t == '"':
                if i == 0 and n > 1:
                    out.append(pick(rng, [("quote", 70), ("open quote", 30)]))
                elif i == n - 1 and n > 1:
                    out.append(pick(rng, [("quote", 60), ("close quote", 25), ("end quote", 15)]))
                else:
                    out.append("quote")
            elif t == "-" and i == 0 and n > 1 and rng.random() < 0.06:
                # Whisper glues a short flag: "-v"
                nxt = units[i + 1]
                if nxt["k"] == "letter":
                    out.append("-" + nxt["t"])
                    i += 2
                    continue
                out.append("dash")
            elif t in NAT_SYN:
                out.append(pick(rng, NAT_SYN[t]))
            else:
                out.append(" ".join(u["w"]))
            i += 1
        elif k == "letter" or (k == "mod" and u["w"] == ["capital"] and i + 1 < n
                               and units[i + 1]["k"] == "letter"):
            letters, caps = [], []
            while i < n:
                if units[i]["k"] == "letter":
                    letters.append(units[i]["t"].lower())
                    caps.append(False)
                    i += 1
                elif (units[i]["k"] == "mod" and units[i]["w"] == ["capital"] and i + 1 < n
                      and units[i + 1]["k"] == "letter"):
                    letters.append(units[i + 1]["t"].lower())
                    caps.append(True)
                    i += 2
                else:
                    break
            if not any(caps) and len(letters) >= 2 and rng.random() < 0.45:
                out.append("".join(letters).upper())
            else:
                for c, capf in zip(letters, caps):
                    if capf:
                        out.append("capital " + c.upper())
                    elif c == "z":
                        out.append(rng.choice(["zed", "Z"]))
                    elif c in HOMOPHONE and rng.random() < 0.08:
                        out.append(rng.choice(HOMOPHONE[c]))
                    else:
                        out.append(c.upper())
        elif k == "mod":
            nxt = units[i + 1]
            word = nxt["w"][-1]
            if u["w"] == ["capital"]:
                out.append("capital")
                shown = word.capitalize() if rng.random() < 0.7 else word
            else:
                out.append("all caps")
                shown = word.upper() if rng.random() < 0.6 else word
            if nxt.get("esc"):
                out.append("word")
            out.append(shown)
            i += 2
        elif k == "lit":
            word = u["w"][-1]
            if u.get("esc"):
                out.append(pick(rng, [("word", 75), ("the word", 25)]))
            after_dot = i > 0 and units[i - 1]["t"] == "."
            if word == "sudo" and rng.random() < 0.2:
                out.append("pseudo")
            elif word in PROPER and not after_dot and rng.random() < 0.5:
                out.append(PROPER[word])
            else:
                out.append(word)
            i += 1
        elif k == "num":
            if len(u["t"]) == 1 and rng.random() < 0.25:
                out.append(u["w"][0])
            else:
                out.append(u["t"])
            i += 1
        elif k == "case":
            out.append(u["w"][0] + " case")
            out += u["parts"]
            i += 1
        else:
            raise AssertionError(k)
    return " ".join(out)


OPENERS = [("yalla, run", 14), ("okay listen, type", 8), ("rega, give me", 8),
           ("quick one:", 8), ("Noa here, command:", 5), ("ze, run this:", 8),
           ("be'etzem just do", 6), ("next one,", 8), ("type", 8), ("run", 8),
           ("okay, yalla,", 6), ("ken, now", 5), ("I need", 6)]
SIGNOFFS = [("yalla.", 30), ("go.", 20), ("that's it.", 20), ("enter.", 15),
            ("send it.", 10), ("ken, that's it.", 10)]
FILLERS = [("eh", 30), ("ehh", 10), ("ze", 20), ("ke'ilu", 15), ("uh", 15), ("ken", 10)]


def speaker_word(rng, word):
    return hebrew(rng, word)


def opener(rng):
    o = pick(rng, OPENERS)
    for hw in ("yalla", "rega", "ze", "be'etzem", "ken"):
        if o.startswith(hw):
            o = speaker_word(rng, hw) + o[len(hw):]
            break
    return o


def signoff(rng):
    s = pick(rng, SIGNOFFS)
    for hw in ("yalla", "ken"):
        if s.startswith(hw):
            s = speaker_word(rng, hw) + s[len(hw):]
            break
    return s


def filler(rng):
    return speaker_word(rng, pick(rng, FILLERS))


def with_fillers(segs, rng, p=0.1):
    out = []
    for i, s in enumerate(segs):
        if i and rng.random() < p:
            out.append(filler(rng) + ",")
        out.append(s)
    return out


def frame(body_segs, rng, open_p=0.85, sign_p=0.4):
    parts = []
    if rng.random() < open_p:
        parts.append(opener(rng))
    parts += body_segs
    text = " ".join(parts)
    if rng.random() < sign_p:
        text = text.rstrip(".") + ". " + signoff(rng)
    return sentence(text, rng, end_p=0.75)


def make_natural(cmd, rng):
    segs = [natural_token(t, rng) for t in command_tokens(cmd)]
    segs = with_fillers(segs, rng, p=0.12)
    return frame(segs, rng)


# --------------------------------------------------------------------------
# Chaotic: natural plus trouble
# --------------------------------------------------------------------------
WORD_FIX = [("sliha,", 25), ("lo lo,", 25), ("rega, I mean", 15), ("no no,", 10),
            ("lo, not that,", 10), ("sorry,", 5), ("be'etzem", 10)]
FLAG_FIX = [("lo lo,", 35), ("sliha,", 20), ("rega, not that flag,", 20),
            ("lo, the flag is", 25)]
RESTART = [("lo lo, mehahatchala:", 30), ("rega rega, from the top:", 25),
           ("sliha, again:", 15), ("forget it, mehahatchala,", 15),
           ("no, start over:", 15)]
ASIDES = ["Avi, not now.", "ugh, the SIEM is screaming again.", "Dor, mute yourself.",
          "who gave the intern prod creds?", "this box is so slow, I swear.",
          "Maya, check the firewall, I'm busy.", "coffee, where is my coffee.",
          "the attacker is still in, yalla.", "why is Slack on fire.",
          "okay okay, I see it.", "ken ken, one second, Ronen."]
STALLS = ["eh, what was it, rega... ken,", "ze, the, eh... ken,", "rega, what's it called... okay,",
          "eh, I'll tell you, ze,", "ehh, rega, ken,"]
WRONG_WORDS = ["prod", "staging", "admin", "root", "backup", "logs", "tmp", "old",
               "test", "main", "data", "web", "api", "db"]
EXTRA_FLAGS = ["-v", "--force", "-r", "--all", "-f", "--verbose", "-q", "--debug"]
EXTS = [".log", ".txt", ".conf", ".json", ".yaml", ".sh", ".py"]


def mutate_token(tok, rng):
    """A plausible wrong version of tok (for a word-scope slip)."""
    digits = [i for i, c in enumerate(tok) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        c = tok[i]
        new = rng.choice([d for d in "0123456789" if d != c])
        return tok[:i] + new + tok[i + 1:]
    m = re.search(r"(\.[a-z0-9]+)$", tok)
    if m and len(tok) > len(m.group(1)):
        ext = rng.choice([e for e in EXTS if e != m.group(1)])
        return tok[:m.start()] + ext
    if "/" in tok:
        head, _, last = tok.rpartition("/")
        if last:
            return head + "/" + rng.choice([w for w in WRONG_WORDS if w != last])
        parts = head.split("/")
        parts[-1] = rng.choice([w for w in WRONG_WORDS if w != parts[-1]])
        return "/".join(parts) + "/"
    return rng.choice([w for w in WRONG_WORDS if w != tok])


def mutate_flag(tok, rng):
    m = re.fullmatch(r"(-{1,2})([A-Za-z])(.*)", tok)
    if m and not m.group(3) and len(m.group(1)) == 1:
        c = m.group(2)
        pool = [x for x in "vxrfnlaiqsdptc" if x != c.lower()]
        return "-" + rng.choice(pool)
    opts = [f for f in EXTRA_FLAGS if f != tok]
    return rng.choice(opts)


def make_chaotic(cmd, rng):
    toks = command_tokens(cmd)
    segs = [natural_token(t, rng) for t in toks]
    n = len(toks)
    kinds = ["word", "flag", "restart", "stutter", "aside", "stall", "extra"]
    first = pick(rng, [("word", 22), ("flag", 18), ("restart", 16), ("stutter", 10),
                       ("aside", 12), ("stall", 10), ("extra", 12)])
    chosen = [first]
    if rng.random() < 0.45:
        second = pick(rng, [(k, 1) for k in kinds if k != first and k != "restart"])
        chosen.append(second)
    flag_idx = [i for i, t in enumerate(toks) if re.fullmatch(r"--?[A-Za-z][A-Za-z0-9-]*", t)]
    arg_idx = [i for i, t in enumerate(toks) if i > 0 and re.search(r"[A-Za-z0-9]", t)
               and not t.startswith("-")]
    restart = False
    for kind in chosen:
        if kind == "flag" and not flag_idx:
            kind = "word"
        if kind == "word" and not arg_idx:
            kind = "aside"
        if kind == "stall" and not arg_idx:
            kind = "stutter"
        if kind == "restart" and n < 2:
            kind = "aside"
        if kind == "word":
            i = rng.choice(arg_idx)
            wrong = natural_token(mutate_token(toks[i], rng), rng)
            fix = speaker_word(rng, pick(rng, WORD_FIX))
            if fix.startswith("sliha"):
                fix = speaker_word(rng, "sliha") + fix[5:]
            if fix.startswith("lo lo"):
                fix = speaker_word(rng, "lo lo") + fix[5:]
            segs[i] = "%s, %s %s" % (wrong, fix, segs[i])
        elif kind == "flag":
            i = rng.choice(flag_idx)
            wrong = natural_token(mutate_flag(toks[i], rng), rng)
            fix = pick(rng, FLAG_FIX)
            if fix.startswith("lo lo"):
                fix = speaker_word(rng, "lo lo") + fix[5:]
            if fix.startswith("sliha"):
                fix = speaker_word(rng, "sliha") + fix[5:]
            segs[i] = "%s, %s %s" % (wrong, fix, segs[i])
        elif kind == "extra":
            extra = rng.choice(EXTRA_FLAGS)
            i = rng.randrange(1, n + 1)
            said = natural_token(extra, rng)
            take_back = pick(rng, [("rega, no %s, forget it," % said, 40),
                                   ("lo lo, without the %s," % said, 35),
                                   ("sliha, drop the %s," % said, 25)])
            if i < n:
                segs[i] = "%s, %s %s" % (said, take_back, segs[i])
            else:
                segs[n - 1] = "%s %s, %s" % (segs[n - 1], said, take_back.rstrip(","))
        elif kind == "stutter":
            # only the command word stutters, so a repeat never looks like an argument
            if n > 1 and toks[1] == toks[0]:
                segs[n - 1] = "%s. %s" % (segs[n - 1], rng.choice(ASIDES).capitalize())
            else:
                segs[0] = "%s... %s" % (segs[0], segs[0])
        elif kind == "aside":
            i = rng.randrange(1, n + 1) if n > 1 else 1
            aside = rng.choice(ASIDES)
            aside = aside[0].upper() + aside[1:]
            if i < n:
                segs[i] = "— %s — %s" % (aside, segs[i])
            else:
                segs[n - 1] = "%s. %s" % (segs[n - 1], aside)
        elif kind == "stall":
            i = rng.choice(arg_idx)
            segs[i] = "%s %s" % (rng.choice(STALLS), segs[i])
        elif kind == "restart":
            restart = True
    body = with_fillers(segs, rng, p=0.1)
    if restart:
        k = rng.randrange(1, min(3, n - 1) + 1)
        prefix = [natural_token(t, rng) for t in toks[:k]]
        phrase = pick(rng, RESTART)
        for hw in ("lo lo", "rega rega", "rega", "sliha"):
            if phrase.startswith(hw):
                phrase = speaker_word(rng, hw) + phrase[len(hw):]
                break
        phrase = phrase.replace("mehahatchala", speaker_word(rng, "mehahatchala"))
        body = prefix + ["... " + phrase] + body
    return frame(body, rng, open_p=0.8, sign_p=0.35)


# --------------------------------------------------------------------------
# Command selection and main
# --------------------------------------------------------------------------
def allowed(cmd):
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip():
        return False
    try:
        spoken = encode_clean(cmd)
    except (AssertionError, KeyError, ValueError):
        return False
    return len(spoken.split(" ")) <= 48 and decode(spoken) == cmd


def choose(rng):
    pool = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 != 0:
                continue
            cmd = json.loads(line)["command"]
            if allowed(cmd) and cmd not in pool:
                pool.append(cmd)
    rng.shuffle(pool)
    picked, per_first = [], {}
    for cmd in pool:
        fw = cmd.split(" ")[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        picked.append(cmd)
        if len(picked) == PER_SLICE * len(SLICES):
            break
    assert len(picked) == PER_SLICE * len(SLICES), len(picked)
    return picked


def main():
    rng = random.Random(SEED)
    cmds = choose(rng)
    rows = []
    makers = {"clean": lambda c, r: encode_clean(c), "fuzzy": make_fuzzy,
              "natural": make_natural, "chaotic": make_chaotic}
    for s, name in enumerate(SLICES):
        for cmd in cmds[s * PER_SLICE:(s + 1) * PER_SLICE]:
            text = makers[name](cmd, rng)
            if name == "clean":
                assert re.fullmatch(r"[a-z]+( [a-z]+)*", text), text
                assert decode(text) == cmd, (text, decode(text), cmd)
            rows.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows) == 400
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
