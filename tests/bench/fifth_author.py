#!/usr/bin/env python3
"""The fifth author: an independent dictation set for the voice-to-bash app.

Writes ``assets/training/bash/author5.jsonl`` (400 lines, 100 per slice:
clean, fuzzy, natural, chaotic).  Every line is
``{"input": <what Whisper would write>, "command": <exact command>,
"slice": ..., "author": "fifth"}``.  Run ``python3 tests/bench/fifth_author.py``;
the output is rewritten byte-for-byte the same every time (random.Random(5),
standard library only).  A self-check runs before anything is written.

Commands come from the "command" field of ``assets/training/bash/eval.jsonl``,
which are examples from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0.  Commands that cannot honestly be dictated are dropped:
non-ASCII, tabs, double spaces, heredocs, longer than 72 characters, or any
command my own rules below cannot express without ambiguity (the renderer
round-trips every line through the decoder and skips failures).

WHO I AM
========
A DevOps person who reads commands off a screen into a dictation box.  I know
the protocol, I'm fairly careful, and I have the following fixed habits.  This
is the style guide a listener needs to recover my commands exactly.

1. Word boundaries
   * Protocol style (clean, fuzzy): I say "space" exactly where the command
     has a space and nowhere else.  Everything between two "space"s is glued
     together, whatever gaps Whisper leaves between the words.
   * Natural style (natural, chaotic): I never say "space"; tokens follow one
     another.  To keep it fair I mark joins in my symbol words: "dash" only
     starts a flag, "hyphen" is a hyphen inside a name (pacman hyphen mirrors),
     "dot" / "slash" / "underscore" / "equals" / "colon" are always glued to
     both neighbours.  Spelled letters glue to each other and to the words and
     numbers next to them (kube C T L, S R C, V G one).  I add ", no spaces"
     right after a token when that would not be enough: two said words or a
     word and a number inside one name (type config, server one, who am I,
     change me), a pipe or redirect glued to its neighbours (photo.xml|uri),
     or a short flag glued to a path (-p/proc).  The program name itself
     (first word, or the word after sudo or a pipe) gets no hint.  A token
     made only of "." "-" "--" "~" "/" gets ", on its own" instead
     ("develop dot, on its own").  Both hints mean nothing else and are
     ignored in decoding.

2. Symbol words
   * clean (my default words): dash, dash dash, dot, slash, backslash, pipe,
     pipe pipe, star, bang, hash, tilde, at, dollar, percent, caret,
     ampersand, and and, equals, plus, colon, semicolon, underscore, comma,
     quote ("), single quote ('), backtick, question mark, open/close paren,
     open/close bracket, open/close brace, less than (<), redirect (>),
     append (>>).  "2>" is "two redirect" (the number two, then redirect).
   * fuzzy (I drift into synonyms): minus or hyphen for "-"; double dash or
     minus minus for "--"; period for "."; point for a dot in a version
     number; forward slash; asterisk; at sign; dollar sign; equals sign;
     percent sign; greater than for ">"; double greater than for ">>"; open
     curly brace.  I pick the word for a symbol once per line and mostly
     stick to it.
   * natural/chaotic: as clean, plus "hyphen" inside names, "point" inside
     version numbers (three point eleven; an IP address is always "dot"),
     and whatever Whisper compacts.

3. Letters and words
   * A name part that is a real word or a well-known tech name I say as a word
     (docker, backup, kube, nginx, whatsapp).  Anything else I spell letter by
     letter; Whisper writes spelled letters as capitals, spaced in clean
     lines ("P B M") and, for runs of up to four letters, sometimes run
     together ("PBM"), more often in natural style.
     Long made-up names are split into the words I hear in them:
     hledger -> "H ledger", kubectl -> "kube C T L", rustup -> "rust up",
     pbmtomacp -> "P B M to M A C P" (netpbm "X to Y" is always said with
     the word "to"), whoami -> "who am I".
   * Known acronyms are said as acronyms and Whisper writes them in capitals:
     API, JSON, YAML, CSV, PDF, SSH, NPM, URL, HTTPS, IP, TCP, SQL ...
   * If a word of the command is itself a protocol word (dot, hash, pipe,
     quote, zero, at, ...) I spell it instead: the graphviz tool "dot" is
     "D O T", commit_hash1 is "commit underscore H A S H one".
   * Single-letter words and flags are spelled: "rar a" -> "R A R space A".

4. Casing (what Whisper writes is never trusted for case)
   * Whisper's capitals mean nothing: it capitalises the first word, proper
     nouns (Docker, NVIDIA, NumPy), spelled letters and acronyms.  A listener
     lower-cases everything unless I asked for case.
   * "capital X" -> the next letter or word starts with an upper-case letter
     ("dash capital T" -> -T, "capital system" -> System).
   * "all caps" -> everything up to the next space, symbol word or number is
     upper-case ("all caps head" -> HEAD, "all caps S R C info" -> SRCINFO).
   * "camel case w1 w2" -> w1W2, "pascal case w1 w2" -> W1W2 (same scope).

5. Numbers (I read numbers the way I'd read them out loud)
   * 0-99 as ordinary words: "zero", "seven", "twelve", "forty two".
   * three digits: "X hundred" for X00 ("one hundred"), "X oh Y" when the
     middle digit is zero ("one oh one"), otherwise "X" + two-digit word
     ("four forty three", "two forty four", "six forty").
   * four digits: "X thousand" for X000, "XY hundred" for XY00, otherwise
     in pairs: "eighty eighty", "ten twenty four", "twelve thirty four",
     "twenty oh one".
   * five or more digits, or a leading zero: digit by digit, with "oh" for a
     zero that is not the first digit.
   * Decoding: consecutive number words concatenate group by group; a tens
     word followed by one..nine merges ("forty two" = 42, "two forty four" =
     244); "hundred"/"thousand" append 00/000 to the group before them;
     "oh" and "zero" are 0.
   * Whisper often writes numbers, IP addresses, domains, e-mail addresses and
     simple file names compactly ("8080", "8.8.8.8", "example.com",
     "config.yaml", "user@example.com"), and in natural style long flags made
     of plain words ("--force", "--dry-run").  Those are taken literally.

6. Whisper punctuation
   * Commas, colons, "?", "!" and a word-final period are Whisper's, not
     mine; the symbols themselves are always said as words.  Literal dots
     only appear inside compact text such as "example.com".  Whisper also
     starts every sentence with a capital (rule 4 makes that harmless).

7. Framing (natural and chaotic)
   I talk to the box like a colleague: "Okay so, ...", "Alright, ...",
   "Go ahead and run ...", "Can you give me ...", "I need ...",
   "Let's do ...", "Type this: ...", "So the command is ...",
   "Right, next one: ...", ending with "please", "thanks", "That's it." or
   "for me".  I sometimes drop an "uh," between tokens.

8. Corrections (chaotic)
   A correction always comes straight after the mistake and says the
   replacement in full:
   * "four, no wait, three" / "sorry, I mean ..." / "actually, make that ..."
     -> the new words replace the token I just said (a whole token, or just
     the number when the token is a number);
   * "master, sorry, not master, main" -> main replaces the master I just
     said;
   * "hang on, let me start over." / "scratch that." / "no, from the top:" /
     "wait, no. Let me start over." -> throw away everything before it (the
     framing words aside), the full command follows;
   * "Oh, and put sudo in front of that." / "that needs sudo at the start"
     -> prepend sudo;
   * "Oh, I forgot, dash V at the end." -> append that token;
   * a stutter "git, uh, git ..." -> the first word is said twice, once.

SELF-CHECK
==========
clean / fuzzy: ``decode()`` below implements rules 1-6 and must turn every
input back into the exact command.  natural / chaotic: the spoken form of every
token must decode (under the same rules, joined by "space") to the exact
command, must appear in the input in full, and a loose decode of the whole
input must contain every token of the command.
"""

import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "assets", "training", "bash", "eval.jsonl")
DST = os.path.join(ROOT, "assets", "training", "bash", "author5.jsonl")
AUTHOR = "fifth"
PER_SLICE = 100
MAX_LEN = 72

# ---------------------------------------------------------------- vocabulary
# Name parts I say as words, and that Whisper writes correctly.
VOCAB = set(
    """
about abort abbrev access account accounts action add addresses admin align
alice all allow alpaca alpha alpine am analyse analytics analyze app apptainer
apt arch archive args argument ark arpa ask attach attack audit authorize auto
back background backup bar base batch beta bin bind blame block bob bonsai
boot bootstrap bore branch branches brew bridge browser build bun bundle by
cache cafe calc call cap cargo cat change channels char chat check checksum
claw class clean clip clock clone cloud cluster clusters cockpit cocoa code
coffee collaborators color column com command comment comments commit compile
completions component composer conda conf config console consumer contacts
container context control cookies copy crane create critique crush current
data databases date dead deactivate dedup default delay delete delimiter
deluged demo deploy depth description design destroy dev develop developers
device dice diff dig dir disable discover disk do doc docker docs dog dolphin
dolt down download drive dry dump
echo edit elements elf else email enable enter entries entry envy error event
example exclude exclusive exec exist export express
fail fake false fast fastlane features file files filter find fix flow flux
focus folder foo force forever format frame freeze full functions
gamma gateway gears gen generate get git glow glue gnome go google gradle
graph grep group
head header health hello help helper hive home host hub hud
icon idle if ignore image images import index individual info init input
install installed instances intercept internal introspect isolate
jack job journal
kafka kaggle keep kernel key kiwi kube
latest leaf ledger left lerna less limit lint list load local log logger login
logs lorem low
mac magic main make man mango map mapper maria mash master matches me measure
merge merged message micro migration mini mirrors mise mod mode mono mongo
more my
name net new nginx nikto nix no nokogiri note notes num numpy nvidia
of old on once open opt or orders organization origin out output owner
pack package packages pacman page parallel parent parse part password paste
path paused peer perf perl photo pint pip pixi pod podman pods poetry port
posts preempt prefix prettier print probe proc profile project projects prompt
properties prosody protector proton provider provides pull push pylint python
query quick quiet
rails raven raw react read rebuild redis ref refresh region release remote
remove repo report repos repository request requests reset resolve resources
responses restic restore result rev reverse right roll root ruff run rush rust
sam scale schedule schema screen script scripts search secret seed self semver
server set settings setup share shot show signature site size slop snake sock
soft sort source spaces spawn split sport stan start stat status step storage
store string subversion sudo summary surf swap sway switches symlink sync sys
system
table tabula tag tail talk talos tar tarball target telnet temp template
terminal test tex time times title to tool toolbox toolchain tools top topic
tor trace tree tricks trust turbo type types
ubuntu unison unity unix unsafe unschedule unset unzip up update upload uptime
user username users
validate value variable verbose verify version view vim vite vitest volume
wait wallet warning watch way web website whatsapp who whois why wiki win
window with work workflow world write
yank zapier zip zotero
biome identify someone vagrant wrangler sequelize mate solve tab scan select
distro box uninstall viewer spread tile flip slice enlarge forge
localhost hostname swapfile fakeroot autoremove backtrace outfile
""".split()
)

# Words I only say when they are the whole name part (never carved out of a
# longer made-up name), and names I always split the same way.
WHOLE_ONLY = {"pip", "mac", "man", "cap"}
SPLITS = {
    "whoami": ["who", "am", "i"],
    "ifup": ["if", "up"],
    "rustup": ["rust", "up"],
    "nopack": ["no", "pack"],
    "pidof": ["pid", "of"],
    "todo": ["to", "do"],
    "myapp": ["my", "app"],
    "mysqldump": ["my", "sql", "dump"],
    "changeme": ["change", "me"],
    "readme": ["read", "me"],
    "gopath": ["go", "path"],
}

# Said as acronyms; Whisper writes them in capitals.
ACRONYMS = set(
    """
abi api aws cli cpu css csv db gcp gif gpu html http https hud ibm id ip jpg
js json md mp npm pdf php pid png ps sql ssh ssl tcp tls ts tv txt uri url
uuid vm vpn xml yaml
""".split()
)

# Whisper's own capitalisation of proper nouns (noise; decoding ignores it).
PROPER = {
    "docker": "Docker",
    "nginx": "Nginx",
    "redis": "Redis",
    "ubuntu": "Ubuntu",
    "nvidia": "NVIDIA",
    "numpy": "NumPy",
    "python": "Python",
    "alice": "Alice",
    "bob": "Bob",
    "perl": "Perl",
    "gnome": "GNOME",
    "whatsapp": "WhatsApp",
    "vim": "Vim",
    "kafka": "Kafka",
    "alpine": "Alpine",
    "conda": "Conda",
    "react": "React",
    "gradle": "Gradle",
    "tex": "TeX",
    "kaggle": "Kaggle",
    "zotero": "Zotero",
    "google": "Google",
    "unix": "Unix",
    "podman": "Podman",
    "vite": "Vite",
    "vitest": "Vitest",
    "lerna": "Lerna",
    "zapier": "Zapier",
    "nokogiri": "Nokogiri",
    "tor": "Tor",
    "rust": "Rust",
    "mongo": "Mongo",
    "maria": "Maria",
    "prettier": "Prettier",
    "apptainer": "Apptainer",
}

FORMATS = {"pbm", "pnm", "ppm", "pam", "pgm", "pj", "raw", "rast", "tga"}
KNOWN_EXT = {
    "com",
    "net",
    "org",
    "internal",
    "txt",
    "py",
    "sh",
    "js",
    "ts",
    "md",
    "csv",
    "json",
    "yaml",
    "xml",
    "html",
    "pdf",
    "png",
    "jpg",
    "gif",
    "zip",
    "log",
    "conf",
    "sql",
    "pub",
    "tar",
    "gz",
}

# ------------------------------------------------------------ number words
UNITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 2,
    "thirty": 3,
    "forty": 4,
    "fifty": 5,
    "sixty": 6,
    "seventy": 7,
    "eighty": 8,
    "ninety": 9,
}
SCALES = {"hundred": "00", "thousand": "000"}
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(SCALES)
DIGIT_NAME = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_NAME = {v: k for k, v in TEENS.items()}
TENS_NAME = {v: k for k, v in TENS.items()}

# ------------------------------------------------------------ symbol words
SYMBOL_PHRASES = {
    "dash dash": "--",
    "double dash": "--",
    "minus minus": "--",
    "dash": "-",
    "minus": "-",
    "hyphen": "-",
    "dot dot": "..",
    "dot": ".",
    "period": ".",
    "point": ".",
    "forward slash": "/",
    "slash": "/",
    "backslash": "\\",
    "pipe pipe": "||",
    "pipe": "|",
    "star": "*",
    "asterisk": "*",
    "bang": "!",
    "hash": "#",
    "tilde": "~",
    "at sign": "@",
    "at": "@",
    "dollar sign": "$",
    "dollar": "$",
    "percent sign": "%",
    "percent": "%",
    "caret": "^",
    "and and": "&&",
    "ampersand": "&",
    "equals sign": "=",
    "equal sign": "=",
    "equals": "=",
    "plus": "+",
    "colon": ":",
    "semicolon": ";",
    "underscore": "_",
    "comma": ",",
    "single quote": "'",
    "quote": '"',
    "backtick": "`",
    "question mark": "?",
    "open paren": "(",
    "close paren": ")",
    "open bracket": "[",
    "close bracket": "]",
    "open curly brace": "{",
    "close curly brace": "}",
    "open brace": "{",
    "close brace": "}",
    "less than": "<",
    "double greater than": ">>",
    "greater than": ">",
    "redirect": ">",
    "append": ">>",
}
CASE_PHRASES = {
    "capital": "cap",
    "uppercase": "cap",
    "all caps": "upper",
    "camel case": "camel",
    "pascal case": "pascal",
}
NOOP_PHRASES = {"no space", "no spaces", "on its own"}
PHRASES = {}
for _p, _v in SYMBOL_PHRASES.items():
    PHRASES[tuple(_p.split())] = ("sym", _v)
for _p, _v in CASE_PHRASES.items():
    PHRASES[tuple(_p.split())] = ("case", _v)
for _p in NOOP_PHRASES:
    PHRASES[tuple(_p.split())] = ("noop", None)
PHRASES[("space",)] = ("space", None)
MAX_PHRASE = max(len(k) for k in PHRASES)
FIRST_WORDS = {k[0] for k in PHRASES} | NUMBER_WORDS
# a literal word equal to one of these is spelled out instead of said
RESERVED = {w for k in PHRASES if len(k) == 1 for w in k} | NUMBER_WORDS

CLEAN_SYM = {
    "-": "dash",
    "--": "dash dash",
    ".": "dot",
    "/": "slash",
    "\\": "backslash",
    "|": "pipe",
    "||": "pipe pipe",
    "*": "star",
    "!": "bang",
    "#": "hash",
    "~": "tilde",
    "@": "at",
    "$": "dollar",
    "%": "percent",
    "^": "caret",
    "&": "ampersand",
    "&&": "and and",
    "=": "equals",
    "+": "plus",
    ":": "colon",
    ";": "semicolon",
    "_": "underscore",
    ",": "comma",
    '"': "quote",
    "'": "single quote",
    "`": "backtick",
    "?": "question mark",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    "<": "less than",
    ">": "redirect",
    ">>": "append",
}
FUZZY_SYM = {
    "-": ["dash", "minus", "hyphen"],
    "--": ["dash dash", "double dash", "minus minus"],
    ".": ["dot", "period"],
    "/": ["slash", "forward slash"],
    "*": ["star", "asterisk"],
    "@": ["at", "at sign"],
    "$": ["dollar", "dollar sign"],
    "=": ["equals", "equals sign"],
    "%": ["percent", "percent sign"],
    ">": ["redirect", "greater than"],
    ">>": ["append", "double greater than"],
    "{": ["open brace", "open curly brace"],
    "}": ["close brace", "close curly brace"],
}


# =================================================================== decoder
def _strip_whisper_punct(word):
    word = word.strip(",?!:;")
    if len(word) > 1 and word.endswith("."):
        word = word[:-1]
    return word


def _digits(words):
    """Number words -> digit string (rule 5)."""
    groups = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS:
            groups.append(str(UNITS[w]))
        elif w in TEENS:
            groups.append(str(TEENS[w]))
        elif w in TENS:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt in UNITS and UNITS[nxt] != 0:
                groups.append(str(TENS[w] * 10 + UNITS[nxt]))
                i += 1
            else:
                groups.append(str(TENS[w] * 10))
        elif w in SCALES:
            if not groups:
                raise ValueError("scale word without a number")
            groups[-1] += SCALES[w]
        i += 1
    return "".join(groups)


def decode(text, loose=False):
    """Protocol decoder for my habits (rules 1-6).

    loose=True ignores "space" (everything is glued) and treats Whisper commas
    as number boundaries; it is used for the natural/chaotic recoverability
    check only.
    """
    raw = text.split()
    words = []
    for r in raw:
        if loose and r.endswith(","):
            words.append((_strip_whisper_punct(r), True))
        else:
            words.append((_strip_whisper_punct(r), False))
    words = [(w, b) for w, b in words if w]
    tokens, cur = [], []
    state = {"cap": False, "mode": None, "first": True}

    def boundary():
        state["mode"] = None

    def emit_literal(w):
        w = w.lower()
        mode = state["mode"]
        if mode == "upper":
            w = w.upper()
        elif mode == "camel":
            w = w if state["first"] else w[:1].upper() + w[1:]
            state["first"] = False
        elif mode == "pascal":
            w = w[:1].upper() + w[1:]
        if state["cap"]:
            w = w[:1].upper() + w[1:]
            state["cap"] = False
        cur.append(w)

    i = 0
    nums = []
    while i < len(words):
        lw = words[i][0].lower()
        if lw in NUMBER_WORDS:
            nums.append(lw)
            brk = words[i][1]
            i += 1
            if brk and nums:
                cur.append(_digits(nums))
                nums = []
                boundary()
            continue
        if nums:
            cur.append(_digits(nums))
            nums = []
            boundary()
        match = None
        for n in range(MAX_PHRASE, 0, -1):
            key = tuple(x[0].lower() for x in words[i : i + n])
            if len(key) == n and key in PHRASES:
                match = (n, PHRASES[key])
                break
        if match:
            n, (kind, val) = match
            i += n
            if kind == "space":
                if not loose:
                    tokens.append("".join(cur))
                    cur = []
                boundary()
            elif kind == "sym":
                cur.append(val)
                boundary()
            elif kind == "case":
                if val == "cap":
                    state["cap"] = True
                else:
                    state["mode"] = val
                    state["first"] = True
            continue
        emit_literal(words[i][0])
        i += 1
    if nums:
        cur.append(_digits(nums))
    tokens.append("".join(cur))
    return " ".join(tokens)


# ================================================================== renderer
class Cannot(Exception):
    pass


def segment(chunk):
    """Lower-case alpha chunk -> list of ('w', word) / ('a', acronym) /
    ('l', letters) pieces, as I would say it (rule 3)."""
    if chunk in VOCAB and chunk not in RESERVED:
        return [("w", chunk)]
    if chunk in ACRONYMS:
        return [("a", chunk)]
    if chunk in SPLITS:
        return [
            ("a", w) if w in ACRONYMS else ("l", w) if len(w) == 1 else ("w", w)
            for w in SPLITS[chunk]
        ]
    m = re.match(r"^(pbm|pnm|ppm|pam|pgm|pj|raw|rast|tga)to([a-z]+)$", chunk)
    if m and m.group(1) in FORMATS:
        return segment(m.group(1)) + [("w", "to")] + segment(m.group(2))
    n = len(chunk)
    best = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, parts = best[i]
        cands = [(i + 1, 1.0, ("l", chunk[i]))]
        for j in range(i + 3, n + 1):
            piece = chunk[i:j]
            if piece in VOCAB and piece not in RESERVED and piece not in WHOLE_ONLY:
                cands.append((j, 0.6, ("w", piece)))
            elif piece in ACRONYMS:
                cands.append((j, 0.6, ("a", piece)))
        for j, c, p in cands:
            if best[j] is None or cost + c < best[j][0] - 1e-9:
                best[j] = (cost + c, parts + [p])
    out = []
    for kind, text in best[n][1]:
        if kind == "l" and out and out[-1][0] == "l":
            out[-1] = ("l", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def say_pieces(pieces, style, rng):
    words = []
    for kind, text in pieces:
        if kind == "w":
            words.append(PROPER.get(text, text))
        elif kind == "a":
            words.append(text.upper())
        else:
            if (
                style != "clean"
                and 1 < len(text) <= 4
                and text not in FIRST_WORDS
                and rng.random() < (0.5 if style == "natural" else 0.3)
            ):
                words.append(text.upper())
            else:
                words.extend(text.upper())
    return words


def say_alpha(chunk, style, rng):
    if chunk.islower():
        return say_pieces(segment(chunk), style, rng)
    if chunk.isupper():
        if len(chunk) == 1:
            return ["capital", chunk]
        return ["all", "caps"] + say_pieces(segment(chunk.lower()), style, rng)
    segs = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+", chunk)
    if "".join(segs) != chunk:
        raise Cannot(chunk)
    low = [s.lower() for s in segs]
    single = all(s in VOCAB and s not in RESERVED for s in low)
    if single and len(segs) > 1 and all(s[0].isupper() and s[1:].islower() for s in segs[1:]):
        if segs[0].islower():
            return ["camel", "case"] + [PROPER.get(s, s) for s in low]
        if segs[0][0].isupper() and segs[0][1:].islower():
            return ["pascal", "case"] + [PROPER.get(s, s) for s in low]
    out = []
    for s in segs:
        if s.islower():
            out += say_pieces(segment(s), style, rng)
        elif s.isupper() and len(s) > 1:
            out += ["all", "caps"] + say_pieces(segment(s.lower()), style, rng)
        else:
            sp = say_pieces(segment(s.lower()), style, rng)
            out += ["capital"] + sp
    return out


def say_number(s):
    """Digit string -> number words (rule 5)."""
    d = [int(c) for c in s]

    def two(a, b):
        v = a * 10 + b
        if v < 10:
            return [DIGIT_NAME[v]]
        if v < 20:
            return [TEEN_NAME[v]]
        return [TENS_NAME[a]] + ([DIGIT_NAME[b]] if b else [])

    if len(s) == 1:
        return [DIGIT_NAME[d[0]]]
    if s[0] == "0" or len(s) >= 5:
        return [DIGIT_NAME[d[0]]] + ["oh" if x == 0 else DIGIT_NAME[x] for x in d[1:]]
    if len(s) == 2:
        return two(d[0], d[1])
    if len(s) == 3:
        if s[1:] == "00":
            return [DIGIT_NAME[d[0]], "hundred"]
        if d[1] == 0:
            return [DIGIT_NAME[d[0]], "oh", DIGIT_NAME[d[2]]]
        return [DIGIT_NAME[d[0]]] + two(d[1], d[2])
    if s[1:] == "000":
        return [DIGIT_NAME[d[0]], "thousand"]
    if s[2:] == "00":
        return two(d[0], d[1]) + ["hundred"]
    if d[2] == 0:
        return two(d[0], d[1]) + ["oh", DIGIT_NAME[d[3]]]
    return two(d[0], d[1]) + two(d[2], d[3])


UNIT_RE = re.compile(r"--|&&|\|\||>>|[A-Za-z]+|[0-9]+|.")


def say_symbol(sym, style, rng, ctx, memo=None):
    if style == "clean":
        return CLEAN_SYM[sym].split()
    if style == "fuzzy":
        # I pick a word for each symbol once per line and mostly stick to it.
        memo = {} if memo is None else memo
        key = (sym, "numeric" if ctx.get("numeric") else "inword" if ctx.get("inword") else "")
        if key in memo and rng.random() < 0.85:
            return memo[key].split()
        if key[1] == "numeric" and sym == ".":
            word = rng.choice(["point", "point", "dot", "period"])
        elif key[1] == "inword" and sym == "-":
            word = rng.choice(["hyphen", "dash", "minus"])
        elif sym in FUZZY_SYM:
            word = rng.choice(FUZZY_SYM[sym])
        else:
            word = CLEAN_SYM[sym]
        memo[key] = word
        return word.split()
    # natural habits
    if sym == "-" and ctx.get("inword"):
        return ["hyphen"]
    if sym == "." and ctx.get("numeric"):
        return ["point"]
    return CLEAN_SYM[sym].split()


def compact_spans(tok, style, rng):
    """Spans of the token Whisper writes compactly (rule 5)."""
    if style == "clean":
        return []
    p_ip, p_dom, p_num, p_flag = {
        "fuzzy": (0.5, 0.35, 0.4, 0.0),
        "natural": (0.85, 0.6, 0.8, 0.35),
    }[style]
    spans = []

    def pronounceable(comp):
        return (comp in VOCAB and comp not in RESERVED) or comp in ACRONYMS or comp in KNOWN_EXT

    for m in re.finditer(r"(?<![A-Za-z0-9.])\d+(?:\.\d+){3}(?![A-Za-z0-9])", tok):
        if rng.random() < p_ip:
            spans.append((m.start(), m.end()))
    for m in re.finditer(r"(?<![A-Za-z0-9.@])(?:[a-z]+@)?[a-z]+(?:\.[a-z]+)+(?![A-Za-z0-9])", tok):
        comps = re.split(r"[.@]", m.group())
        if m.group().endswith(".") or not all(pronounceable(c) for c in comps):
            continue
        if comps[-1] not in KNOWN_EXT:
            continue
        if rng.random() < p_dom:
            spans.append((m.start(), m.end()))
    m = re.match(r"^--[a-z]+(?:-[a-z]+)*(?==|$)", tok)
    if (
        m
        and all(c in VOCAB and c not in RESERVED for c in m.group()[2:].split("-"))
        and rng.random() < p_flag
    ):
        spans.append((0, m.end()))
    for m in re.finditer(r"(?<![A-Za-z0-9.])\d{2,}(?![A-Za-z0-9.])", tok):
        if rng.random() < p_num:
            spans.append((m.start(), m.end()))
    spans.sort()
    out, last = [], -1
    for a, b in spans:
        if a >= last:
            out.append((a, b))
            last = b
    return out


def chunk_kinds(chunk):
    """Kinds of the spoken units of one alpha chunk: 'w' a word I say,
    'l' spelled letters or an acronym (letters always glue, rule 1)."""
    if chunk.islower() or chunk.isupper():
        return ["w" if k == "w" else "l" for k, _ in segment(chunk.lower())]
    segs = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+", chunk)
    if all(x.lower() in VOCAB and x.lower() not in RESERVED for x in segs):
        return ["w"]  # camel / pascal case: the case words mark one word
    out = []
    for x in segs:
        out += ["w" if k == "w" else "l" for k, _ in segment(x.lower())]
    return out


def words_run_together(text):
    """True if two said words (or a word and a number) sit side by side
    inside one name, so that a listener could not tell where a space goes."""
    for run in re.findall(r"[A-Za-z0-9]+", text):
        kinds = []
        for part in re.findall(r"[A-Za-z]+|[0-9]+", run):
            kinds += ["n"] if part.isdigit() else chunk_kinds(part)
        for a, b in zip(kinds, kinds[1:], strict=False):
            if a in "wn" and b in "wn":
                return True
    return False


def say_token(tok, style, rng, force_digits=False, memo=None, is_tool=False):
    """One command token -> list of spoken words (Whisper-written)."""
    words = []
    spans = compact_spans(tok, style, rng)
    if force_digits and tok.isdigit() and not spans:
        spans = [(0, len(tok))]
    pos = 0
    pieces = []
    for a, b in spans:
        if a > pos:
            pieces.append(("say", tok[pos:a], pos))
        pieces.append(("lit", tok[a:b], a))
        pos = b
    if pos < len(tok):
        pieces.append(("say", tok[pos:], pos))
    for kind, text, off in pieces:
        if kind == "lit":
            words.append(text)
            continue
        units = UNIT_RE.findall(text)
        for k, u in enumerate(units):
            absolute = off + sum(len(x) for x in units[:k])
            if u.isalpha():
                words += say_alpha(u, style, rng)
            elif u.isdigit():
                words += say_number(u)
            elif u == "2>":
                words += ["two", "redirect"]
            else:
                prev = tok[absolute - 1] if absolute > 0 else ""
                nxt = tok[absolute + len(u)] if absolute + len(u) < len(tok) else ""
                run = (
                    re.search(r"[0-9.]*$", tok[:absolute]).group()
                    + re.match(r"[0-9.]*", tok[absolute:]).group()
                )
                ctx = {
                    "inword": u == "-" and absolute > 0 and prev.isalnum(),
                    # a version number, not an IP address
                    "numeric": prev.isdigit() and nxt.isdigit() and run.count(".") <= 2,
                }
                words += say_symbol(u, style, rng, ctx, memo)
    if style == "natural":
        glued = re.search(r"[^|<>&;][|>&;]|[|>;][^|>&;]", tok) and not re.fullmatch(
            r"\d?>{1,2}(&\d?)?|\|\|?|&&", tok
        )
        attached = re.match(r"^-[A-Za-z][/=.:~]", tok)
        said = "".join(text if kind == "say" else " " for kind, text, _ in pieces)
        run_together = not is_tool and words_run_together(said)
        if re.fullmatch(r"[-.~/]+", tok):
            words[-1] = words[-1] + ","
            words += ["on", "its", "own,"]
        elif glued or attached or run_together:
            words[-1] = words[-1] + ","
            words += ["no", "spaces,"]
    return words


def split_command(cmd):
    return cmd.split(" ")


def render_protocol(cmd, style, rng):
    toks = split_command(cmd)
    memo = {}
    parts = [" ".join(say_token(t, style, rng, memo=memo)) for t in toks]
    if style == "fuzzy":
        joined = ""
        for k, p in enumerate(parts):
            if k:
                joined += " space, " if rng.random() < 0.08 else " space "
            joined += p
    else:
        joined = " space ".join(parts)
    joined = joined[:1].upper() + joined[1:]
    if rng.random() < (0.5 if style == "clean" else 0.6):
        joined += "."
    return joined


# ============================================================ natural style
PREFIXES = [
    "",
    "",
    "Okay so, ",
    "Alright, ",
    "Go ahead and run ",
    "Can you give me ",
    "I need ",
    "Let's do ",
    "Type this: ",
    "So the command is ",
    "Right, next one: ",
    "Um, ",
    "Could you put in ",
]
SUFFIXES = [".", ".", ", please.", ". That's it.", ", thanks.", " for me."]


def natural_renders(cmd, rng):
    toks = split_command(cmd)
    renders = []
    for k, t in enumerate(toks):
        neighbour_num = (k > 0 and toks[k - 1].isdigit()) or (
            k + 1 < len(toks) and toks[k + 1].isdigit()
        )
        is_tool = k == 0 or toks[k - 1] in ("sudo", "|", "&&", "||")
        renders.append(
            " ".join(
                say_token(
                    t, "natural", rng, force_digits=t.isdigit() and neighbour_num, is_tool=is_tool
                )
            )
        )
    return toks, renders


def frame(body, rng):
    pre = rng.choice(PREFIXES)
    suf = rng.choice(SUFFIXES)
    if pre.endswith("? "):
        suf = "?"
    if pre.startswith("Can you") or pre.startswith("Could you"):
        suf = rng.choice(["?", ", please?", " for me?"])
    line = pre + body
    if line.endswith(","):
        line = line[:-1]
    return whisper_caps(line + suf)


def whisper_caps(line):
    """Whisper starts every sentence with a capital."""
    line = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), line)
    return line[:1].upper() + line[1:]


def join_natural(renders, rng, filler=True):
    out = []
    used = False
    for k, r in enumerate(renders):
        if filler and k and not used and len(renders) > 2 and rng.random() < 0.12:
            out[-1] = out[-1].rstrip(",") + ", uh,"
            used = True
        out.append(r)
    return " ".join(out)


def build_natural(cmd, rng):
    toks, renders = natural_renders(cmd, rng)
    return frame(join_natural(renders, rng), rng), toks, renders


# ============================================================ chaotic style
WRONG_WORDS = [
    "main",
    "master",
    "demo",
    "test",
    "data",
    "alpha",
    "beta",
    "foo",
    "bar",
    "dev",
    "backup",
    "docs",
    "build",
    "logs",
]
WRONG_TOOLS = ["git", "docker", "make", "cat", "npm", "pip", "brew"]
WRONG_EXT = ["txt", "json", "yaml", "csv", "log", "md", "conf"]
FIX_AFTER = ["no wait,", "sorry, I mean", "actually, make that", "no no,", "I mean"]
RESTARTS = [
    "hang on, let me start over.",
    "scratch that.",
    "no, from the top:",
    "wait, no. Let me start over.",
]


def wrong_number(s, rng):
    n = int(s)
    for cand in (n + 1, n * 2, n - 1, n + 10):
        if cand >= 0 and str(cand) != s:
            return str(cand)
    return "7"


def chaotic_options(toks):
    opts = ["restart", "stutter"]
    if len(toks) >= 2 and toks[0] == "sudo":
        opts += ["sudo_after"] * 2
    if len(toks) >= 3 and toks[-1].startswith("-") and toks[-1] != "--":
        opts += ["tail_after"] * 2
    for k, t in enumerate(toks):
        if k == 0:
            continue
        if re.search(r"\d", t):
            opts += ["num"] * 2
        if re.fullmatch(r"[a-z]{3,}", t) and t in VOCAB and t not in RESERVED:
            opts += ["word"] * 2
        if re.search(r"\.[a-z]+$", t):
            opts += ["ext"]
        if re.fullmatch(r"-[a-zA-Z]", t):
            opts += ["flag"]
    return opts


def build_chaotic(cmd, rng):
    toks, renders = natural_renders(cmd, rng)
    opts = chaotic_options(toks)
    kind = rng.choice(opts)
    n = len(toks)
    say = lambda t: " ".join(say_token(t, "natural", rng))  # noqa: E731
    if kind == "restart":
        k = rng.randint(1, max(1, min(2, n - 1)))
        start = renders[:k]
        if n == 1:
            start = [say(rng.choice([w for w in WRONG_TOOLS if w != toks[0]]))]
        elif rng.random() < 0.5:
            start = renders[:k] + [say(rng.choice(WRONG_WORDS))]
        body = (
            join_natural(start, rng, False).rstrip(",")
            + ", "
            + rng.choice(RESTARTS)
            + " "
            + join_natural(renders, rng)
        )
        return frame(body, rng), toks, renders, kind
    if kind == "stutter":
        body = renders[0].rstrip(",") + ", uh, " + join_natural(renders, rng, False)
        return frame(body, rng), toks, renders, kind
    if kind == "sudo_after":
        body = join_natural(renders[1:], rng)
        tail = rng.choice(
            [
                " Oh, and put sudo in front of that.",
                " Actually, that needs sudo at the start.",
                " Oh wait, with sudo in front.",
            ]
        )
        line = frame(body, rng)
        return whisper_caps(line + tail), toks, renders, kind
    if kind == "tail_after":
        body = join_natural(renders[:-1], rng)
        line = frame(body, rng)
        tail = rng.choice(
            [
                " Oh, I forgot, {} at the end.",
                " Wait, and add {} on the end.",
                " Oh, and {} at the end.",
            ]
        ).format(renders[-1].rstrip(","))
        return whisper_caps(line + tail), toks, renders, kind
    # in-place corrections
    cands = []
    for k, t in enumerate(toks):
        if k == 0:
            continue
        if kind == "num" and re.search(r"\d", t):
            cands.append(k)
        elif kind == "word" and re.fullmatch(r"[a-z]{3,}", t) and t in VOCAB:
            cands.append(k)
        elif kind == "ext" and re.search(r"\.[a-z]+$", t):
            cands.append(k)
        elif kind == "flag" and re.fullmatch(r"-[a-zA-Z]", t):
            cands.append(k)
    k = rng.choice(cands)
    t = toks[k]
    if kind == "num":
        m = list(re.finditer(r"\d+", t))[0]
        wrong_tok = t[: m.start()] + wrong_number(m.group(), rng) + t[m.end() :]
        wrong = say(wrong_tok)
        fix = rng.choice(FIX_AFTER) + " " + renders[k]
    elif kind == "word":
        wrong_w = rng.choice([w for w in WRONG_WORDS if w != t])
        wrong = say(wrong_w)
        fix = rng.choice(
            [f"sorry, not {wrong}, {renders[k]}", rng.choice(FIX_AFTER) + " " + renders[k]]
        )
    elif kind == "ext":
        ext = re.search(r"\.([a-z]+)$", t).group(1)
        wrong_tok = t[: -len(ext)] + rng.choice([e for e in WRONG_EXT if e != ext])
        wrong = say(wrong_tok)
        fix = rng.choice(FIX_AFTER) + " " + renders[k]
    else:
        letter = t[1]
        pool = [c for c in "abcdfhiklnoprstvx" if c != letter.lower()]
        wrong = say("-" + rng.choice(pool))
        fix = rng.choice(FIX_AFTER) + " " + renders[k]
    seq = renders[:k] + [wrong.rstrip(",") + ", " + fix.rstrip(",") + ","] + renders[k + 1 :]
    if k == n - 1:
        seq[-1] = seq[-1].rstrip(",")
    body = join_natural(seq, rng, False)
    return frame(body, rng), toks, renders, kind


# ================================================================ self-check
def norm(s):
    s = s.lower()
    s = re.sub(r"[,!?:;]", " ", s)
    s = re.sub(r"(\S)\.(?=\s|$)", r"\1", s)
    return " ".join(s.split())


def check_natural(line, cmd, toks, renders):
    problems = []
    if decode(" space ".join(renders)) != cmd:
        got = decode(" space ".join(renders))
        problems.append(f"token renders do not decode: {got!r}")
    text = norm(line)
    for r in renders:
        if norm(r) not in text:
            problems.append(f"render missing: {r!r}")
    loose = decode(line, loose=True).lower()
    for t in toks:
        if t.lower() not in loose:
            problems.append(f"token not recoverable: {t!r}")
    for t in toks:
        if any(c.isupper() for c in t) and not re.search(
            r"capital|all caps|camel case|pascal case", line, re.I
        ):
            problems.append(f"capital not asked for: {t!r}")
    return problems


# ====================================================================== main
def eligible(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or "<<" in cmd:
        return False
    if len(cmd) > MAX_LEN or cmd != cmd.strip():
        return False
    probe = random.Random(0)
    try:
        for style in ("clean", "fuzzy"):
            for _ in range(3):
                if decode(render_protocol(cmd, style, probe)) != cmd:
                    return False
        for _ in range(3):
            _, renders = natural_renders(cmd, probe)
            if decode(" space ".join(renders)) != cmd:
                return False
    except (Cannot, ValueError, KeyError, IndexError):
        return False
    return True


def main():
    cmds = []
    seen = set()
    with open(SRC) as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            c = json.loads(line)["command"]
            if c not in seen:
                seen.add(c)
                cmds.append(c)
    pool = [c for c in cmds if eligible(c)]
    dropped = [c for c in cmds if c not in set(pool)]
    rng = random.Random(5)
    rows, failures = [], []
    for slice_name in ("clean", "fuzzy", "natural", "chaotic"):
        chosen = rng.sample(pool, PER_SLICE)
        for cmd in chosen:
            if slice_name in ("clean", "fuzzy"):
                line = render_protocol(cmd, slice_name, rng)
                got = decode(line)
                if got != cmd:
                    failures.append((slice_name, cmd, line, got))
            elif slice_name == "natural":
                line, toks, renders = build_natural(cmd, rng)
                for p in check_natural(line, cmd, toks, renders):
                    failures.append((slice_name, cmd, line, p))
            else:
                line, toks, renders, _kind = build_chaotic(cmd, rng)
                for p in check_natural(line, cmd, toks, renders):
                    failures.append((slice_name, cmd, line, p))
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
    if failures:
        for f in failures:
            print("SELF-CHECK FAIL", f, file=sys.stderr)
        sys.exit(1)
    with open(DST, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=True) + "\n")
    counts = {}
    for r in rows:
        counts[r["slice"]] = counts.get(r["slice"], 0) + 1
    print(f"eligible {len(pool)} of {len(cmds)} commands (dropped {len(dropped)}: {dropped})")
    print(f"wrote {len(rows)} lines to {os.path.relpath(DST, ROOT)} {counts}")
    print("self-check passed")


if __name__ == "__main__":
    main()
