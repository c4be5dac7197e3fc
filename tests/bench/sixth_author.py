"""Sixth-author evaluation set for voice-to-bash (speaker "Margo").

Writes assets/training/bash/author6.jsonl from the "command" field of
assets/training/bash/platforms_commands.jsonl.  Standard library only,
deterministic (random.Random(SEED)).  Run:  python3 tests/bench/sixth_author.py

Source and licence
------------------
The commands are taken from tldr-pages (https://github.com/tldr-pages/tldr),
(c) the tldr-pages contributors, licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/).  The dictations written here
are derived from them and are shared under the same licence.

Counts
------
191 commands read; 0 dropped as undictatable (all are ASCII, single-line,
tab-free, heredoc-free, without backslashes, and every one is expressible
with the rules below); 0 lost to the round-trip self-check.  Each command is
used once: clean 48, fuzzy 48, natural 48, chaotic 47.

Who is speaking
---------------
Margo Haldane, 61, a retired court stenographer who now does part-time Mac
support for a small architecture office and a parish office.  She learned the
terminal from tldr pages, reads commands off a printout, and dictates slowly
and deliberately.  Decades of transcript work left fixed habits: she never
lets a capital letter go unannounced, she spells anything she would not find
in a dictionary, and she corrects herself with courtroom phrases ("strike
that", "correction").  Verbal tics: "Okay", "Right then", "go ahead and
type", "Please type", "and hit enter", "That's it", "Thank you".  When unsure
she thinks aloud ("let me see", "what's the word", "hang on").

Word boundaries
---------------
* clean / fuzzy: she says "space" between tokens (and for a space inside a
  quoted string).  Nothing else is a boundary: every other spoken piece is
  glued to its neighbours, so "bug report Z" is one token.
* natural / chaotic: no "space"; the listener must infer where tokens end.

Letters, words and spelling
---------------------------
* A lowercase letter run is split into the fewest pieces, each either a word
  from her fixed VOCAB list (spoken as the word) or a single letter (spelled).
  OVERRIDES fixes a few runs she always spells or splits her own way.
  Protocol words (RESERVED: dash, dot, at, oh, one, ...) are never used as
  words; such letters are spelled.
* Whisper writes a spelled letter as a capital letter.  Clean: separated by
  spaces ("K M util").  Fuzzy: a run of 2+ spelled letters is sometimes
  hyphenated ("P-Y") or run together ("PY").  Natural: always run together,
  and glued to a following number ("MD5", "EN0").
* Whisper capitalises names it knows (PROPER: Ubuntu, Apache, Java, Mac, ...)
  and the first word of a sentence; that casing means nothing.  A word or
  multi-letter lowercase word in the transcript is lowercase in the command
  unless "capital"/"all caps" says otherwise; a fully upper-case group of
  letters is spelled lowercase letters.

Casing
------
* "capital" before a letter makes that letter upper case; "capital" before a
  word capitalises its first letter (camelCase is spoken piecewise:
  "partition capital disk").
* "all caps" before a run of 2+ capitals; everything up to the next symbol,
  "space", number or "capital" is upper case ("all caps X M L").

Symbols
-------
* clean: - dash, -- dash dash, . dot, / slash, ~ tilde, _ underscore,
  : colon, @ at sign, = equals, " quote, ' single quote, * star, & ampersand,
  | pipe, < less than, > greater than, $ dollar sign, ( open paren,
  ) close paren (others as in the protocol).
* fuzzy (tired Margo): "minus" mostly before a one-letter flag and for a lone
  "-", "hyphen" mostly inside a word, "double dash" / "minus minus" for --;
  "period" mostly before an extension, "point" between digits; "forward
  slash" mostly at the start of a path; "asterisk"; bare "at"; bare "dollar".
* natural/chaotic: the clean words, but Whisper writes "dash-dash" in some
  lines, writes familiar file names literally in about half the cases
  ("main.py", "report.pdf"), always writes pool.ntp.org and
  com.apple.calculator literally, and turns "X code" into "Xcode".

Numbers
-------
* Single digits and numbers with a leading zero are said digit by digit and
  Whisper writes the digit words ("five", "zero one").  Numbers of two or more
  digits are said as quantities and Whisper writes numerals ("180", "1920").
  Decimals are written as numerals ("0.5"); dotted versions are spoken with
  "dot".
* fuzzy: Whisper writes some single digits as numerals; after a spelled
  letter she sometimes says "oh" for zero.
* natural: all numbers as numerals.

Whisper punctuation and sloppiness
----------------------------------
* clean: first letter capitalised, final period, nothing else.
* fuzzy: also commas after some "space"s, an occasional "uh,"/"um," (at the
  start or after a "space"), and sometimes a sentence break before a "space"
  ("... dash V. Space ...").  Commas, fillers and sentence periods carry no
  meaning.

Framing (natural)
-----------------
Opener from OPENERS ("Okay, go ahead and type", "Right then,", "Could you
run", ...), closer from CLOSERS ("and hit enter", "That's it", "please",
...), an occasional "uh,"/"um," between tokens.

Corrections (chaotic)
---------------------
Natural style plus one of: a wrong token then a fix phrase ("no wait",
"strike that", "I mean", "sorry, no", "actually", "scratch that",
"correction", "no no") and the right token, then the rest; two wrong tries
then "I mean"; a false start then "let me start that over" / "from the top"
and the whole command; the wrong program then "No wait, not X, it's Y" and
the whole command again; a pause mid-command ("um, what comes next"); thinking
aloud before the command; or the command minus its last token, then "Oh, and
then ... on the end".  The "command" is always the final intended one.

Self-check
----------
decode() implements the rules above for protocol style.  Every clean and
fuzzy line is decoded before writing and dropped if it does not reproduce
its command exactly.
"""
import json
import os
import random
import re
import sys

SEED = 6606
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "assets", "training", "bash", "platforms_commands.jsonl")
DST = os.path.join(ROOT, "assets", "training", "bash", "author6.jsonl")

# ---------------------------------------------------------------- vocabulary
# Letter runs Margo pronounces as words.  Anything else she spells.
VOCAB = set("""
accessory sensor add privacy info play airport always on exclave alpha apache
app apple applications camera sleep arch archive argument arguments auto mount
raise tool device backup bar base name battery binary biome sync biometric kit
bless boot bootstrap brightness buddy bug report build burn calculator carthage
cat change me changes check flags choice pass class path clean cleanup clear
cloud photo code sign com commit config console contacts convert core audio
auth data dark darwin defaults delete deleted demo descriptor detail detailed
dev device disable disk util ditto dock trace dry eject error events exit
expand express file coordination icon filename files find flake folders font
foo from get prop goku group height hello help herd hidden home host image
import include index input inspect install installer internet jar java keychain
load latest launch leaks less level limit line link list lodash log logs lucky
mac machine main make man manage master mate max message mist mode mole my
sides net top network quality setup notifier notify noted no verify only in off
orb org output package partition password paste copy pool print process
profiler projects proxy put rate readme rebuild remove run runtimes safe say
bin scan screen cap capture record script security select set several share
sharing shell shortcuts show signature size snoop software update spotify
status stream system settings sound server swipe symptoms tag tart terminal
terraform test text time timed title translation truss ubuntu unicode universal
access user valet velocity volume volumes warm warning watch dog web inspector
width codes diff stats if proc stat prefs remote login library analysis dump
cron storage art names resample to yabai docs notes create pause all pod vim
cot verbose force quiet type
""".split())

# fixed spellings that the greedy splitter would get "wrong" for Margo
OVERRIDES = {
    "dmesg": "D M E S G", "emond": "E M O N D", "nginx": "N G I N X",
    "wifi": "W I F I", "wifivelocityd": "W I F I velocity D",
    "todo": "to do", "nohidden": "no hidden",
}

# protocol words that can never be a spoken word for letters
RESERVED = set("""dash minus hyphen dot period point slash forward backslash pipe
star asterisk bang hash tilde at dollar percent caret ampersand equals
plus colon semicolon underscore comma quote single backtick question mark open
close paren brace curly bracket angle than greater redirect append double space
capital caps camel snake pascal kebab screaming case uh um oh zero one two three
four five six seven eight nine and do""".split())
assert not (VOCAB & RESERVED), VOCAB & RESERVED

# how Whisper writes some words it recognises as names
PROPER = {"ubuntu": "Ubuntu", "apache": "Apache", "java": "Java",
          "spotify": "Spotify", "terraform": "Terraform", "carthage": "Carthage",
          "lodash": "Lodash", "goku": "Goku", "yabai": "Yabai",
          "darwin": "Darwin", "apple": "Apple", "unicode": "Unicode",
          "mac": "Mac"}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]

SYM_CLEAN = {"-": "dash", "--": "dash dash", ".": "dot", "/": "slash",
             "~": "tilde", "_": "underscore", ":": "colon", "@": "at sign",
             "=": "equals", '"': "quote", "'": "single quote", "*": "star",
             "&": "ampersand", "|": "pipe", "<": "less than",
             ">": "greater than", "$": "dollar sign", "(": "open paren",
             ")": "close paren", ",": "comma", ";": "semicolon",
             "+": "plus", "%": "percent", "#": "hash", "!": "bang",
             "?": "question mark", "^": "caret", "[": "open bracket",
             "]": "close bracket", "{": "open brace", "}": "close brace"}

# ------------------------------------------------------------------ pieces
TOK_RE = re.compile(r"(?P<space> )|(?P<dec>(?<![\d.])\d+\.\d+(?![\d.]))"
                    r"|(?P<num>\d+)|(?P<alpha>[A-Za-z]+)|(?P<dd>--)"
                    r"|(?P<sym>[^\sA-Za-z0-9])")
CAMEL_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def split_lower(s):
    """Spoken pieces for a lowercase letter run: fewest words-or-letters."""
    if s in OVERRIDES:
        return [("word", x) if len(x) > 1 else ("letter", x.lower())
                for x in OVERRIDES[s].split()]
    n = len(s)
    best = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, path = best[i]
        cands = [(i + 1, ("letter", s[i]))]
        cands += [(j, ("word", s[i:j])) for j in range(i + 2, n + 1)
                  if s[i:j] in VOCAB]
        for j, pc in cands:
            if best[j] is None or cost + 1 < best[j][0]:
                best[j] = (cost + 1, path + [pc])
    return best[n][1]


def pieces_of(cmd):
    out = []
    pos = 0
    for m in TOK_RE.finditer(cmd):
        if m.start() != pos:
            raise ValueError(f"untokenisable: {cmd!r}")
        pos = m.end()
        kind = m.lastgroup
        text = m.group()
        if kind == "space":
            out.append(("space",))
        elif kind == "dec":
            out.append(("num", text))
        elif kind == "num":
            if len(text) == 1 or text[0] == "0":
                out.extend(("digit", d) for d in text)
            else:
                out.append(("num", text))
        elif kind == "alpha":
            for seg in CAMEL_RE.findall(text):
                if seg.islower():
                    out.extend(split_lower(seg))
                elif len(seg) == 1:
                    out.append(("cap",))
                    out.append(("letter", seg.lower()))
                elif seg.isupper():
                    out.append(("allcaps",))
                    out.extend(split_lower(seg.lower()))
                else:
                    out.append(("cap",))
                    out.extend(split_lower(seg.lower()))
        else:
            prev = cmd[m.start() - 1] if m.start() > 0 else " "
            nxt = cmd[m.end()] if m.end() < len(cmd) else " "
            rest = cmd[m.end():].split(" ")[0]
            out.append(("sym", text, {"prev": prev, "next": nxt,
                                      "start": prev == " ",
                                      "last_dot": "." not in rest}))
    if pos != len(cmd):
        raise ValueError(f"untokenisable: {cmd!r}")
    return out


def word_text(w):
    return PROPER.get(w, w)


# ------------------------------------------------------------------ clean
def render_clean(cmd, rng):
    words = []
    for p in pieces_of(cmd):
        k = p[0]
        if k == "space":
            words.append("space")
        elif k == "sym":
            words.append(SYM_CLEAN[p[1]])
        elif k == "word":
            words.append(word_text(p[1]))
        elif k == "letter":
            words.append(p[1].upper())
        elif k == "cap":
            words.append("capital")
        elif k == "allcaps":
            words.append("all caps")
        elif k == "num":
            words.append(p[1])
        elif k == "digit":
            words.append(DIGITS[int(p[1])])
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


# ------------------------------------------------------------------ fuzzy
def pick(rng, options):
    r = rng.random()
    acc = 0.0
    for word, weight in options:
        acc += weight
        if r < acc:
            return word
    return options[-1][0]


def fuzzy_sym(p, rng):
    s, ctx = p[1], p[2]
    if s == "--":
        return pick(rng, [("double dash", .55), ("dash dash", .3),
                          ("minus minus", .15)])
    if s == "-":
        if ctx["start"] and ctx["next"].isalpha():
            return pick(rng, [("minus", .55), ("dash", .3), ("hyphen", .15)])
        if ctx["prev"].isalnum() and ctx["next"].isalnum():
            return pick(rng, [("hyphen", .5), ("dash", .35), ("minus", .15)])
        return pick(rng, [("minus", .6), ("dash", .4)])
    if s == ".":
        if ctx["prev"].isdigit() and ctx["next"].isdigit():
            return pick(rng, [("point", .7), ("dot", .3)])
        if ctx["last_dot"] and ctx["next"].isalpha():
            return pick(rng, [("period", .5), ("dot", .5)])
        return pick(rng, [("dot", .75), ("period", .25)])
    if s == "/":
        if ctx["start"]:
            return pick(rng, [("forward slash", .6), ("slash", .4)])
        return pick(rng, [("slash", .75), ("forward slash", .25)])
    if s == "*":
        return pick(rng, [("asterisk", .7), ("star", .3)])
    if s == "@":
        return pick(rng, [("at", .6), ("at sign", .4)])
    if s == "$":
        return pick(rng, [("dollar sign", .6), ("dollar", .4)])
    if s == "'":
        return "single quote"
    return SYM_CLEAN[s]


def render_fuzzy(cmd, rng):
    ps = pieces_of(cmd)
    words = []
    i = 0
    while i < len(ps):
        p = ps[i]
        k = p[0]
        if k == "letter":
            j = i
            while j < len(ps) and ps[j][0] == "letter":
                j += 1
            run = [q[1].upper() for q in ps[i:j]]
            if len(run) >= 2:
                style = pick(rng, [("hy", .3), ("merge", .25), ("spaced", .45)])
            else:
                style = "spaced"
            if style == "hy":
                words.append("-".join(run))
            elif style == "merge":
                words.append("".join(run))
            else:
                words.extend(run)
            i = j
            continue
        if k == "space":
            w = "space"
            if rng.random() < .2:
                w += ","
            words.append(w)
            if rng.random() < .07:
                words.append(rng.choice(["uh,", "um,"]))
        elif k == "sym":
            words.append(fuzzy_sym(p, rng))
        elif k == "word":
            words.append(word_text(p[1]))
        elif k == "cap":
            words.append("capital")
        elif k == "allcaps":
            words.append("all caps")
        elif k == "num":
            words.append(p[1])
        elif k == "digit":
            d = p[1]
            prev = ps[i - 1][0] if i else None
            if d == "0" and prev == "letter" and rng.random() < .4:
                words.append("oh")
            elif rng.random() < .4:
                words.append(d)
            else:
                words.append(DIGITS[int(d)])
        i += 1
    # Whisper sometimes cuts a sentence at a pause before "space"
    spots = [n for n in range(1, len(words)) if words[n].startswith("space")
             and not words[n - 1].endswith(",")]
    if spots and rng.random() < .35:
        n = rng.choice(spots)
        words[n - 1] += "."
        words[n] = "S" + words[n][1:]
    text = " ".join(words)
    if rng.random() < .12:
        text = rng.choice(["Uh, ", "Um, "]) + text
    text = text[0].upper() + text[1:]
    return text.rstrip(",") + "."


# ----------------------------------------------------------------- decoder
PHRASES = {}
for _s, _w in SYM_CLEAN.items():
    PHRASES[tuple(_w.split())] = _s
PHRASES.update({("minus",): "-", ("hyphen",): "-", ("double", "dash"): "--",
                ("period",): ".", ("point",): ".", ("forward", "slash"): "/",
                ("asterisk",): "*", ("at",): "@", ("dollar",): "$"})
MAXPH = max(len(k) for k in PHRASES)
LETTERS_HY = re.compile(r"[A-Z](?:-[A-Z])+")
NUMERAL = re.compile(r"\d+(?:\.\d+)?")


def decode(text):
    """Margo's protocol-style transcript (clean or fuzzy) -> command."""
    t = text.strip()
    if t.endswith("."):
        t = t[:-1]
    t = re.sub(r"\.(?=\s)", "", t)
    t = t.replace(",", "")
    raw = []
    for w in t.split():
        if LETTERS_HY.fullmatch(w):
            raw.extend(w.split("-"))
        else:
            raw.append(w)
    raw = [w for w in raw if w.lower() not in ("uh", "um")]
    low = [w.lower() for w in raw]
    out = []
    cap_next = False
    allcaps = False
    i = 0
    while i < len(raw):
        if low[i] == "space":
            out.append(" ")
            allcaps = False
            i += 1
            continue
        if low[i:i + 2] == ["all", "caps"]:
            allcaps = True
            i += 2
            continue
        if low[i] == "capital":
            cap_next = True
            allcaps = False
            i += 1
            continue
        hit = None
        for n in range(MAXPH, 0, -1):
            key = tuple(low[i:i + n])
            if len(key) == n and key in PHRASES:
                hit = (n, PHRASES[key])
                break
        if hit:
            out.append(hit[1])
            allcaps = False
            i += hit[0]
            continue
        w = raw[i]
        i += 1
        if low[i - 1] in DIGITS:
            out.append(str(DIGITS.index(low[i - 1])))
            allcaps = False
            continue
        if low[i - 1] == "oh":
            out.append("0")
            allcaps = False
            continue
        if NUMERAL.fullmatch(w):
            out.append(w)
            allcaps = False
            continue
        if not w.isalpha():
            raise ValueError(f"cannot read {w!r}")
        s = w.lower()  # spelled letters ("P", "PY") and words alike
        if allcaps:
            s = s.upper()
        elif cap_next:
            s = s[0].upper() + s[1:]
        cap_next = False
        out.append(s)
    return "".join(out)


# ---------------------------------------------------------------- natural
def natural_core(cmd, rng, filler=0.0):
    """The command as Margo says it conversationally, as Whisper writes it."""
    ps = pieces_of(cmd)
    words = []
    i = 0
    while i < len(ps):
        p = ps[i]
        k = p[0]
        if k == "space":
            if filler and words and rng.random() < filler:
                if not words[-1].endswith(","):
                    words[-1] += ","
                words.append(rng.choice(["um,", "uh,"]))
            i += 1
            continue
        if k == "letter":
            j = i
            while j < len(ps) and ps[j][0] == "letter":
                j += 1
            block = "".join(q[1].upper() for q in ps[i:j])
            if j < len(ps) and ps[j][0] in ("num", "digit"):
                m = j
                while m < len(ps) and ps[m][0] == "digit":
                    m += 1
                if m == j:
                    block += ps[j][1]
                    m = j + 1
                else:
                    block += "".join(q[1] for q in ps[j:m])
                j = m
            words.append(block)
            i = j
            continue
        if k == "digit":
            j = i
            while j < len(ps) and ps[j][0] == "digit":
                j += 1
            words.append("".join(q[1] for q in ps[i:j]))
            i = j
            continue
        if k == "sym":
            words.append(SYM_CLEAN[p[1]])
        elif k == "word":
            prev = ps[i - 1][0] if i else None
            w = word_text(p[1])
            if prev == "cap":
                w = w[0].upper() + w[1:]
            words.append(w)
        elif k == "cap":
            words.append("capital")
        elif k == "allcaps":
            words.append("all caps")
        elif k == "num":
            words.append(p[1])
        i += 1
    text = " ".join(words)
    # Whisper writes familiar file names, domains and brands its own way
    def lit(m):
        return m.group(0) if rng.random() < .45 else \
            m.group(1) + "." + m.group(2).lower()
    text = re.sub(r"\b([A-Za-z]+) dot (PY|TXT|MD|HTML|PDF|JPG|PKG|XML|log|app)\b",
                  lit, text)
    text = text.replace("pool dot NTP dot org", "pool.ntp.org")
    text = text.replace("com dot Apple dot calculator", "com.apple.calculator")
    text = re.sub(r"\bX code\b", "Xcode", text)
    text = re.sub(r"\bX codes\b", "Xcodes", text)
    if rng.random() < .3:
        text = text.replace("dash dash", "dash-dash")
    return text


OPENERS = ["Okay, go ahead and type", "Right then,", "Okay, so", "Next one is",
           "Alright, in the terminal,", "Could you run", "Go ahead and run",
           "Um, okay,", "Okay. Please type", "For this one it's", "Let's do"]
CLOSERS = [".", ", and hit enter.", ". That's it.", ", please.", ". Thank you.",
           ". Enter.", ".", "."]


def sentence(text):
    return text[0].upper() + text[1:] if text else text


def frame(core, rng):
    opener = rng.choice(OPENERS)
    closer = rng.choice(CLOSERS)
    if opener == "Could you run" and closer in (".", ". Enter.", ". That's it."):
        closer = "?"
    if opener.endswith(".") or opener.endswith(","):
        body = core if not opener.endswith(".") else sentence(core)
    else:
        body = core
    return opener + " " + body + closer


def render_natural(cmd, rng):
    return frame(natural_core(cmd, rng, filler=.12), rng)


# ---------------------------------------------------------------- chaotic
FIXES = ["no wait,", "strike that,", "I mean", "sorry, no,", "actually,",
         "scratch that,", "correction,", "no no,"]
POOL_DIRS = ["docs", "src", "data", "tmp", "projects"]
POOL_BASES = ["notes", "main", "report", "backup", "index", "config", "app"]
POOL_WORDS = ["list", "info", "status", "update", "create", "remove",
              "install", "show", "clear", "test"]


def wrong_token(tok, rng, names):
    if re.fullmatch(r"-[A-Za-z]", tok):
        c = tok[1]
        alt = [x for x in "vxlnrfsadp" if x != c.lower()]
        return "-" + (c.swapcase() if rng.random() < .3 else rng.choice(alt))
    if re.fullmatch(r"-[A-Za-z][A-Za-z_]+", tok):
        return rng.choice([x for x in ["-name", "-list", "-verbose", "-all",
                                       "-type", "-x"] if x != tok])
    if tok.startswith("--") and len(tok) > 2:
        return rng.choice([x for x in ["--verbose", "--force", "--list",
                                       "--all", "--help", "--quiet"]
                           if x != tok])
    if tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 10]))
    if re.fullmatch(r"\d+\.\d+", tok):
        return tok[:-1] + str((int(tok[-1]) + 5) % 10)
    if "/" in tok:
        parts = tok.split("/")
        for n, x in enumerate(parts):
            if x in POOL_DIRS or x in ("~", ""):
                continue
            if "." in x:
                b, e = x.split(".", 1)
                parts[n] = rng.choice([y for y in POOL_BASES if y != b]) + "." + e
            else:
                parts[n] = rng.choice([y for y in POOL_DIRS if y != x])
            return "/".join(parts)
        parts[-1] = rng.choice([y for y in POOL_DIRS if y != parts[-1]])
        return "/".join(parts)
    if "." in tok and tok[0].isalpha():
        b, e = tok.split(".", 1)
        return rng.choice([y for y in POOL_BASES if y != b]) + "." + e
    if tok in names:
        sim = [n for n in names if n != tok and n[:2] == tok[:2]] or \
              [n for n in names if n != tok and n[:1] == tok[:1]]
        if sim:
            return rng.choice(sorted(sim))
        return tok[:-1] if len(tok) > 3 else tok + "d"
    return rng.choice([x for x in POOL_WORDS if x != tok])


def render_chaotic(cmd, rng, names):
    toks = cmd.split(" ")
    def nat(xs):
        return natural_core(" ".join(xs), rng) if xs else ""

    # quoted strings with spaces are kept whole as units for corrections
    units = []
    for t in toks:
        if units and (units[-1].count('"') % 2 == 1 or
                      units[-1].count("'") % 2 == 1):
            units[-1] += " " + t
        else:
            units.append(t)
    n = len(units)
    if n >= 2:
        kinds = ["fix", "restart", "think", "double", "fix", "name", "tail",
                 "hesitate"]
    else:
        kinds = ["fix", "think", "double", "fix"]
    kind = rng.choice(kinds)
    if kind in ("fix", "double"):
        i = rng.randrange(n) if n > 1 and rng.random() < .8 else 0
        if n > 1 and i == 0 and rng.random() < .5:
            i = n - 1
        wrong = wrong_token(units[i], rng, names)
        if kind == "double":
            wrong2 = wrong
            for _ in range(10):
                if wrong2 != wrong:
                    break
                wrong2 = wrong_token(units[i], rng, names)
            mid = "{}, no, {}, {}".format(nat(units[:i] + [wrong]), nat([wrong2]),
                                      rng.choice(["I mean", "ugh, I mean",
                                                  "strike that, I mean"]))
        else:
            mid = f"{nat(units[:i] + [wrong])}, {rng.choice(FIXES)}"
        core = mid + " " + nat([units[i]])
        if i + 1 < n:
            core += " " + nat(units[i + 1:])
        lead = rng.choice(["Okay, so", "Right,", "Um,", "Okay,", "Let me see,"])
        return f"{lead} {core}."
    if kind == "restart":
        k = rng.randint(1, max(1, n - 1))
        part = nat(units[:k])
        again = rng.choice(["hang on, let me start that over.",
                            "strike that whole thing.",
                            "no wait, from the top.",
                            "hmm, scratch that, let me redo it."])
        return f"Okay, {part}, uh, {again} {sentence(nat(units))}."
    if kind == "think":
        pre = rng.choice(["Hmm, let me see, what's the one for this. Oh right,",
                          "Okay, what's the word, um. I think it's",
                          "Let me think. Okay, it should be",
                          "Um, hang on, I had this a minute ago. It's"])
        post = rng.choice([".", ". Yeah, I think that's it.", ". Yes.",
                           ". That should do it."])
        return f"{pre} {nat(units)}{post}"
    if kind == "name":
        wrong = wrong_token(units[0], rng, names)
        if wrong == units[0]:
            wrong = units[0] + "s"
        nat(units[1:])  # consumes rng draws; keeps the output unchanged
        return "{} {}. No wait, not {}, it's {}. {} {}.".format(
            rng.choice(["Okay,", "Right,", "So"]), nat([wrong] + units[1:]),
            nat([wrong]), nat([units[0]]),
            rng.choice(["So that's", "Start over,", "Again,"]), nat(units))
    if kind == "tail":
        return "{} {}. Oh, and then {} on the end, {}.".format(
            rng.choice(["Okay,", "Um, so", "Right,"]), nat(units[:-1]),
            nat(units[-1:]), rng.choice(["sorry", "I forgot that bit",
                                          "almost forgot"]))
    # hesitate
    k = rng.randint(1, n - 1)
    return "{} {}, um, {}, {}.".format(
        rng.choice(["Okay,", "So,", "Right then,"]), nat(units[:k]),
        rng.choice(["what comes next", "hang on", "let me look",
                    "what was the rest"]), nat(units[k:]))


# ------------------------------------------------------------------- main
def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "\n" in cmd or "<<" in cmd:
        return False
    if cmd != cmd.strip() or "  " in cmd or "\\" in cmd:
        return False
    try:
        pieces_of(cmd)
    except ValueError:
        return False
    return True


def main():
    cmds = []
    with open(SRC) as f:
        for line in f:
            cmds.append(json.loads(line)["command"])
    seen = set()
    kept = []
    dropped = 0
    for c in cmds:
        if c in seen or not dictatable(c):
            dropped += 1
            continue
        seen.add(c)
        kept.append(c)
    names = sorted({c.split(" ")[0] for c in kept})
    rng = random.Random(SEED)
    order = kept[:]
    rng.shuffle(order)
    slices = ["clean", "fuzzy", "natural", "chaotic"]
    rows = []
    failed = 0
    for n, cmd in enumerate(order):
        sl = slices[n % 4]
        if sl == "clean":
            text = render_clean(cmd, rng)
        elif sl == "fuzzy":
            text = render_fuzzy(cmd, rng)
        elif sl == "natural":
            text = render_natural(cmd, rng)
        else:
            text = render_chaotic(cmd, rng, names)
        if sl in ("clean", "fuzzy"):
            got = decode(text)
            if got != cmd:  # self-check: must round-trip exactly
                print(f"ROUND-TRIP FAIL {sl}: {text!r} -> {got!r}",
                      file=sys.stderr)
                failed += 1
                continue
        rows.append({"input": text, "command": cmd, "slice": sl,
                     "author": "sixth"})
    counts = {s: sum(r["slice"] == s for r in rows) for s in slices}
    print(f"dropped as undictatable: {dropped:d}, round-trip failures: {failed:d}",
          file=sys.stderr)
    print(f"per slice: {counts}", file=sys.stderr)
    with open(DST, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
