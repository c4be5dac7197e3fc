"""Ninth independent author: voice-to-bash evaluation lines (author9.jsonl).

Commands come from the "command" field of assets/training/bash/eval.jsonl and
the "why" phrases are loose paraphrases of the matching "description" field in
assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the
tldr-pages authors.

Writes 200 lines (50 clean, 50 fuzzy, 50 natural, 50 chaotic, in that order)
with random.Random(9); rerunning gives byte-identical output. Standard library
only. Every clean/fuzzy line is decoded back by decode_protocol() and every
natural/chaotic line by resolve() + decode_natural(); lines that fail are
skipped, so the rules below are exactly what the checker enforces.

Style guide (what a careful listener needs to rebuild each command)
===================================================================

Persona: an ordinary developer talking casually to the box.

CLEAN (spoken protocol, nothing else in the line)
  * "space" is said exactly where the command has a space, nowhere else.
    Everything between two "space"s is glued together with no gaps.
  * Lowercase letter runs are said as the word itself ("pacman", "xvf").
    "capital foo" = "Foo" (one capital, rest as said; "capital t" = "T"),
    "all caps uuid" = "UUID". Mixed case is split at each case change:
    "LowQual" = "capital low capital qual".
  * A digit run is said in words: 0-99 as usual ("five", "twenty one");
    100-999 with "hundred" ("five hundred twelve"); round thousands with
    "thousand"; other 4-digit runs as two pairs ("eighty eighty" = 8080,
    "ten twenty four" = 1024) unless the second pair starts with 0; any other
    run digit by digit ("three two seven six seven"). Letters and digits
    touch: "eth zero" = "eth0".
  * Symbols by name: dash -, dot ., slash /, underscore _, colon :, tilde ~,
    equals =, pipe |, greater than >, less than <, quote ", single quote ',
    star *, dollar $, hash #, at @, ampersand &, comma ,, semicolon ;,
    bang !, question mark ?, percent %, plus +, backslash \\, caret ^,
    backtick `, open/close paren ( ), open/close bracket [ ],
    open/close brace { }. "dash dash" = "--".

FUZZY (same protocol, looser words, small Whisper slips)
  * Synonyms: minus / hyphen = -, "double dash" = --, period / point = .,
    forward slash = /, equal sign / equal = =, asterisk = *, dollar sign = $,
    pound = #, at sign = @, exclamation mark = !, double quote = ",
    apostrophe = ', left/right paren, left/right bracket, left/right brace,
    uppercase / cap = capital, vertical bar = |.
  * Slips: first word capitalised, a comma after some "space"s, a trailing
    period, Whisper writing a number as digits ("8080" instead of words),
    a capital letter written upper case ("capital T"), and compound symbol
    words split in two ("under score", "back slash", "semi colon").
    Punctuation attached to words is noise; the words "comma"/"period"
    are the real characters.

NATURAL (plain speech as Whisper writes it; "space" is never said)
  * Framing: the WHY (a loose paraphrase of what the command does) comes
    before ("I want to see what's using the disk, so du dash sh star.") or
    after ("Run du dash sh star, I need to ..." / "du ..., that should ...").
    The command is the stretch after the lead-in ("..., so", "Run", "Type",
    "Just do", "Can you run", "Okay, type") up to the next comma or the
    final period / question mark; when it opens the line it runs up to the
    first comma or period. No literal comma, period-at-end or "?" is ever part
    of a command (those are said "comma", "dot", "question mark"). When the
    tldr description is not a plain verb phrase there is no WHY, only
    "Run X." / "Okay, type X." / "X, please." / "Can you run X?".
  * Words are separate arguments unless glued by a symbol word. Glue rules:
    "dash" sticks to what follows (one "dash" per hyphen: "dash dash api" =
    "--api"); slash, underscore, equals, colon, at, comma, caret, percent
    stick on both sides; tilde, dot, dollar, hash, bang, backslash, "quote",
    "single quote", open paren/bracket/brace stick to what follows;
    "end quote", "end single quote", close paren/bracket/brace, semicolon and
    "question mark" stick to what precedes; pipe, greater than, less than,
    "double greater than" (>>), "double ampersand" (&&), ampersand and
    a lone "star" stand alone between spaces.
  * Whisper writes compactly: hyphenated words ("set-branch",
    "pacman-mirrors"), file names and domains ("config.yaml",
    "example.com", "*.txt"), digits ("8080", "eth0"), full URLs
    ("https://example.com/file.zip"). A leading dot is said "dot"
    ("dot slash run.sh" = "./run.sh").
  * Case: one upper-case letter is "capital X"; a word Whisper writes in all
    caps (UUID, QUAL) is literal; the program name (first command word) is
    always lower case even when Whisper writes "Git" or "LS".

CHAOTIC (natural plus corrections; the last version wins)
  * "X, no wait, Y" / "X. Scratch that, Y" / "X... actually, Y" /
    "X... sorry, let me start over, Y": throw away X, the command is Y.
  * "X, sorry, not A, B": in X replace the last word A with B.
  * "X, I mean Y": drop the last word of X, then continue with Y.
  The WHY framing is as in natural (before the first attempt or after the
  final one).
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author9.jsonl"
PER_SLICE = 50

# --------------------------------------------------------------------------
# numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def two(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    words = [TENS[n // 10]]
    if n % 10:
        words.append(UNITS[n % 10])
    return words


def say_number(d):
    if len(d) > 1 and d[0] == "0":
        return [UNITS[int(c)] for c in d]
    n = int(d)
    if n < 100:
        return two(n)
    if n < 1000:
        words = [UNITS[n // 100], "hundred"]
        if n % 100:
            words += two(n % 100)
        return words
    if n < 10000:
        if n % 1000 == 0:
            return [UNITS[n // 1000], "thousand"]
        if d[2] != "0":
            return two(int(d[:2])) + two(int(d[2:]))
    return [UNITS[int(c)] for c in d]


def parse_number(words, i):
    """Parse one spoken number group at words[i]; return (digits, next_i)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if w in UNITS:
        v = UNITS.index(w)
        if nxt == "hundred" and v:
            j = i + 2
            rest = 0
            if j < len(words) and (words[j] in TEENS or words[j] in TENS[2:]
                                   or (words[j] in UNITS and words[j] != "zero")):
                sub, j = parse_number(words, j)
                rest = int(sub)
            return str(v * 100 + rest), j
        if nxt == "thousand" and v:
            return str(v * 1000), i + 2
        return str(v), i + 1
    if w in TEENS:
        return str(TEENS.index(w) + 10), i + 1
    if w in TENS[2:]:
        v = TENS.index(w) * 10
        if nxt in UNITS[1:]:
            return str(v + UNITS.index(nxt)), i + 2
        return str(v), i + 1
    return None, i


# --------------------------------------------------------------------------
# clean / fuzzy protocol
SYM_CLEAN = {
    "-": "dash", ".": "dot", "/": "slash", "_": "underscore", ":": "colon",
    "~": "tilde", "=": "equals", "|": "pipe", ">": "greater than",
    "<": "less than", '"': "quote", "'": "single quote", "*": "star",
    "$": "dollar", "#": "hash", "@": "at", "&": "ampersand", ",": "comma",
    ";": "semicolon", "!": "bang", "?": "question mark", "%": "percent",
    "+": "plus", "\\": "backslash", "^": "caret", "`": "backtick",
    "(": "open paren", ")": "close paren", "[": "open bracket",
    "]": "close bracket", "{": "open brace", "}": "close brace",
}
SYM_FUZZY = {
    "-": ["dash", "minus", "hyphen"], ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"], "=": ["equals", "equal sign", "equal"],
    "*": ["star", "asterisk"], "$": ["dollar", "dollar sign"],
    "#": ["hash", "pound"], "@": ["at", "at sign"],
    "!": ["bang", "exclamation mark"], '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"], "(": ["open paren", "left paren"],
    ")": ["close paren", "right paren"], "[": ["open bracket", "left bracket"],
    "]": ["close bracket", "right bracket"],
    "{": ["open brace", "left brace"], "}": ["close brace", "right brace"],
    "|": ["pipe", "vertical bar"],
}
SPLIT_SLIPS = {"underscore": "under score", "backslash": "back slash",
               "semicolon": "semi colon"}

PHRASES = {}
for _ch, _w in SYM_CLEAN.items():
    PHRASES[tuple(_w.split())] = _ch
for _ch, _ws in SYM_FUZZY.items():
    for _w in _ws:
        PHRASES[tuple(_w.split())] = _ch
_NAME_TO_SYM = {v: k for k, v in SYM_CLEAN.items()}
for _w, _s in SPLIT_SLIPS.items():
    PHRASES[tuple(_s.split())] = _NAME_TO_SYM[_w]
PHRASES[("double", "dash")] = "--"
PHRASES[("space",)] = " "
MAXP = max(len(k) for k in PHRASES)
CAPS = {("capital",): "cap", ("uppercase",): "cap", ("cap",): "cap",
        ("all", "caps"): "allcaps"}

RUN_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+|[a-z]+|[A-Z]|[0-9]+|.")


def protocol_units(cmd):
    """Split a command into (kind, text) units."""
    out = []
    for m in RUN_RE.finditer(cmd):
        t = m.group()
        if t == " ":
            out.append(("space", t))
        elif t.isdigit():
            out.append(("num", t))
        elif t.isalpha():
            out.append(("word", t))
        else:
            out.append(("sym", t))
    return out


def say_word(t):
    if t.islower():
        return [t]
    if len(t) > 1 and t.isupper():
        return ["all", "caps", t.lower()]
    return ["capital", t.lower()]


def clean_say(cmd):
    words = []
    for kind, t in protocol_units(cmd):
        if kind == "space":
            words.append("space")
        elif kind == "num":
            words += say_number(t)
        elif kind == "word":
            words += say_word(t)
        else:
            words += SYM_CLEAN[t].split()
    return " ".join(words)


def fuzzy_say(cmd, rng):
    units = protocol_units(cmd)
    words = []
    numerals = rng.random() < 0.5
    upper_caps = rng.random() < 0.5
    comma_rate = rng.choice([0.0, 0.15, 0.3])
    # a person mostly sticks to one name per symbol within a line
    pick = {k: rng.choice(v) for k, v in SYM_FUZZY.items()}
    double = rng.random() < 0.5
    i = 0
    while i < len(units):
        kind, t = units[i]
        if kind == "space":
            words.append("space," if rng.random() < comma_rate else "space")
        elif kind == "num":
            if numerals and rng.random() < 0.7:
                words.append(t)
            else:
                words += say_number(t)
        elif kind == "word":
            w = say_word(t)
            if w[0] == "capital":
                w[0] = rng.choice(["capital", "capital", "uppercase", "cap"])
                if upper_caps and len(w[1]) == 1:
                    w[1] = w[1].upper()
            elif len(w) == 3 and upper_caps:
                w[2] = w[2].upper()
            words += w
        else:
            if (t == "-" and i + 1 < len(units) and units[i + 1] == ("sym", "-")
                    and double):
                words += ["double", "dash"]
                i += 2
                continue
            name = pick.get(t, SYM_CLEAN[t])
            if t in SYM_FUZZY and rng.random() < 0.15:
                name = rng.choice(SYM_FUZZY[t])
            if name in SPLIT_SLIPS and rng.random() < 0.5:
                name = SPLIT_SLIPS[name]
            words += name.split()
        i += 1
    if words and rng.random() < 0.6:
        words[0] = words[0][:1].upper() + words[0][1:]
    text = " ".join(words)
    if rng.random() < 0.35:
        text += "."
    return text


def decode_protocol(text):
    raw = text.split()
    words = []
    for w in raw:
        w = w.rstrip(",.?!") if not w.isdigit() else w
        if w:
            words.append(w.lower())
    out = []
    pend = None
    i = 0
    while i < len(words):
        hit = None
        for n in range(MAXP, 0, -1):
            key = tuple(words[i:i + n])
            if len(key) == n and key in CAPS:
                pend = CAPS[key]
                i += n
                hit = "caps"
                break
            if len(key) == n and key in PHRASES:
                out.append(PHRASES[key])
                i += n
                hit = "sym"
                break
        if hit:
            continue
        w = words[i]
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        num, j = parse_number(words, i)
        if num is not None:
            out.append(num)
            i = j
            continue
        if pend == "cap":
            w = w[:1].upper() + w[1:]
        elif pend == "allcaps":
            w = w.upper()
        pend = None
        out.append(w)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# natural speech
# symbol -> (spoken, glue_left, glue_right)
NAT_SYM = {
    "/": ("slash", 1, 1), "_": ("underscore", 1, 1), "=": ("equals", 1, 1),
    ":": ("colon", 1, 1), "@": ("at", 1, 1), ",": ("comma", 1, 1),
    "^": ("caret", 1, 1), "%": ("percent", 1, 1),
    "~": ("tilde", 0, 1), ".": ("dot", 0, 1), "$": ("dollar", 0, 1),
    "#": ("hash", 0, 1), "!": ("bang", 0, 1), "\\": ("backslash", 0, 1),
    "(": ("open paren", 0, 1), "[": ("open bracket", 0, 1),
    "{": ("open brace", 0, 1),
    ")": ("close paren", 1, 0), "]": ("close bracket", 1, 0),
    "}": ("close brace", 1, 0), ";": ("semicolon", 1, 0),
    "?": ("question mark", 1, 0),
    "|": ("pipe", 0, 0), ">": ("greater than", 0, 0),
    "<": ("less than", 0, 0), "&": ("ampersand", 0, 0),
    ">>": ("double greater than", 0, 0), "&&": ("double ampersand", 0, 0),
    "*": ("star", 0, 0), "-": ("dash", 0, 1),
}
NAT_QUOTES = {'"': ("quote", "end quote"),
              "'": ("single quote", "end single quote")}
NAT_PHRASES = {}
for _ch, (_w, _gl, _gr) in NAT_SYM.items():
    NAT_PHRASES[tuple(_w.split())] = (_ch, _gl, _gr)
for _ch, (_o, _c) in NAT_QUOTES.items():
    NAT_PHRASES[tuple(_o.split())] = (_ch, 0, 1)
    NAT_PHRASES[tuple(_c.split())] = (_ch, 1, 0)
NAT_MAXP = max(len(k) for k in NAT_PHRASES)
PLAIN_RE = re.compile(r"[A-Za-z0-9*]+(?:[.\-+][A-Za-z0-9*]+)*")
URL_RE = re.compile(r"https?://[A-Za-z0-9./_\-:?=&%]+$")


class Unfit(Exception):
    pass


def nat_pieces(cmd):
    """Return list of (spoken_text, glue_left, glue_right) for a command."""
    pieces = []
    quote_open = {'"': False, "'": False}
    for tok in cmd.split(" "):
        if not tok:
            raise Unfit("double space")
        if URL_RE.match(tok):
            pieces.append((tok, 0, 0))
            continue
        i = 0
        while i < len(tok) and tok[i] == "-":
            pieces.append(("dash", 0, 1))
            i += 1
        while i < len(tok):
            m = PLAIN_RE.match(tok, i)
            if m:
                t = m.group()
                i = m.end()
                if t == "*":
                    pieces.append(("star", 0, 0))
                    continue
                letters = re.sub(r"[^A-Za-z]", "", t)
                if len(t) == 1 and t.isupper():
                    pieces.append(("capital " + t, 0, 0))
                elif letters and not (letters.islower() or letters.isupper()):
                    raise Unfit("mixed case")
                elif letters.isupper() and len(letters) == 1:
                    raise Unfit("lone capital in word")
                else:
                    pieces.append((t, 0, 0))
                continue
            two_ch = tok[i:i + 2]
            if two_ch in (">>", "&&"):
                pieces.append(NAT_SYM[two_ch])
                i += 2
                continue
            ch = tok[i]
            if ch in NAT_QUOTES:
                o, c = NAT_QUOTES[ch]
                if quote_open[ch]:
                    pieces.append((c, 1, 0))
                else:
                    pieces.append((o, 0, 1))
                quote_open[ch] = not quote_open[ch]
                i += 1
                continue
            if ch not in NAT_SYM:
                raise Unfit("symbol " + ch)
            pieces.append(NAT_SYM[ch])
            i += 1
    first = pieces[0][0]
    if not re.fullmatch(r"[a-z][a-z0-9\-.]*", first):
        raise Unfit("program name")
    return pieces


BRANDS = {"git": "Git", "ls": "LS", "docker": "Docker", "npm": "NPM",
          "du": "DU", "ssh": "SSH", "python": "Python", "kubectl": "Kubectl",
          "curl": "Curl", "vim": "Vim", "df": "DF", "nginx": "Nginx",
          "poetry": "Poetry", "gradle": "Gradle", "hledger": "Hledger"}


def nat_text(pieces, rng, cap_prog=0.0):
    """Whisper sometimes writes well-known program names capitalised."""
    words = [p[0] for p in pieces]
    if words[0] in BRANDS and rng.random() < cap_prog:
        words[0] = BRANDS[words[0]]
    return " ".join(words)


def decode_natural(text):
    text = text.strip()
    if text.endswith("."):
        text = text[:-1]
    words = text.split()
    pieces = []
    i = 0
    while i < len(words):
        hit = False
        for n in range(NAT_MAXP, 0, -1):
            key = tuple(w.lower() for w in words[i:i + n])
            if len(key) == n and key in NAT_PHRASES:
                pieces.append(NAT_PHRASES[key])
                i += n
                hit = True
                break
        if hit:
            continue
        w = words[i]
        if w.lower() == "capital" and i + 1 < len(words) and len(words[i + 1]) == 1:
            pieces.append((words[i + 1].upper(), 0, 0))
            i += 2
            continue
        pieces.append((w.lower() if not pieces else w, 0, 0))
        i += 1
    out = ""
    prev_r = 1
    for t, gl, gr in pieces:
        if out and not prev_r and not gl:
            out += " "
        out += t
        prev_r = gr
    return out


# --------------------------------------------------------------------------
# corrections (chaotic)
RESTARTS = [", no wait, ", ". Scratch that, ", "... actually, ",
            "... sorry, let me start over, "]


def resolve(said):
    for mk in RESTARTS:
        if mk in said:
            said = said.rsplit(mk, 1)[1]
    m = re.match(r"(.*), sorry, not (\S+), (\S+)$", said)
    if m:
        base, a, b = m.groups()
        ws = base.split(" ")
        idx = max(k for k, w in enumerate(ws) if w == a)
        ws[idx] = b
        said = " ".join(ws)
    if ", I mean " in said:
        before, after = said.split(", I mean ", 1)
        said = before.rsplit(" ", 1)[0] + " " + after
    return said


NAME_POOL = ["notes", "report", "backup", "main", "data", "config", "test",
             "app", "demo", "output"]


def mutate(cmd, rng):
    """Wrong first attempt: (wrong_cmd, index, wrong_tok, right_tok) or None."""
    toks = cmd.split(" ")
    cands = [k for k in range(1, len(toks))
             if re.fullmatch(r"[a-z0-9]+(\.[a-z0-9]+)*", toks[k])
             and not (k == 1 and toks[0] == "sudo")]
    if not cands:
        return None
    k = rng.choice(cands)
    t = toks[k]
    if t.isdigit():
        new = str(int(t) + rng.choice([1, 2, 10])) if int(t) < 1000 else t[:-1] + "5"
        if new == t:
            new = t + "0"
    elif re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+", t):
        stem, ext = t.split(".", 1)
        new = rng.choice([n for n in NAME_POOL if n != stem]) + "." + ext
    elif t.isalpha():
        new = rng.choice([n for n in NAME_POOL if n != t])
    else:
        return None
    if new == t:
        return None
    wrong = toks[:k] + [new] + toks[k + 1:]
    return " ".join(wrong), k, new, t


# --------------------------------------------------------------------------
# why phrases (loose paraphrase of tldr descriptions)
VERB_SWAP = {
    "display": ["see", "show", "look at"], "print": ["print", "get", "see"],
    "show": ["see", "show"], "list": ["list", "see"], "output": ["get"],
    "create": ["make", "create"], "delete": ["get rid of", "delete"],
    "remove": ["remove", "get rid of"], "start": ["start", "kick off"],
    "view": ["look at", "see"], "run": ["run"], "install": ["install"],
    "convert": ["convert", "turn"], "get": ["get", "grab"],
}


VERBS = set("""
add align allow analyze append apply archive attach authenticate build
calculate capture change check clean clear clone comment compile compress
connect convert copy count create decode decompress decrypt delete deploy
describe detach disable display download dump edit enable encode encrypt
establish execute export extract fetch filter find format generate get
import initialize inspect install kill launch list load lock login merge
monitor mount move open output play print probe produce pull push query
read rebuild record refresh release reload remove rename replace reset
resize restart restore run save scan search send serve set show sign sort
split start stop submit subtract switch sync trace track trust uninstall
unlock unmount update upgrade upload validate verify view wait watch write
""".split())
FIXED_WHY = {"display help": "see the help", "display version": "check the version",
             "show help": "see the help", "show version": "check the version",
             "print help": "see the help", "print version": "check the version"}


def why_phrase(desc, rng):
    """Loose paraphrase of a tldr description, or None if it isn't a verb phrase."""
    key = desc.strip().rstrip(".").lower()
    if key in FIXED_WHY:
        return FIXED_WHY[key]
    if desc.split(" ")[0].lower() not in VERBS:
        return None
    d = re.sub(r"\([^)]*\)", "", desc)
    d = d.replace("`", "").replace('"', "")
    d = re.split(r"[;:]| - |\. ", d)[0]
    d = d.split(", ")[0].strip().rstrip(".")
    d = re.sub(r"\s+", " ", d)
    ws = d.split(" ")
    if ws and not (len(ws[0]) > 1 and ws[0][1:2].isupper()):
        ws[0] = ws[0].lower()
    if ws and ws[0] in VERB_SWAP:
        ws[0] = rng.choice(VERB_SWAP[ws[0]])
    if len(ws) > 12:
        ws = ws[:12]
        while ws and ws[-1].lower() in ("a", "an", "the", "of", "to", "for",
                                        "and", "or", "in", "with", "from",
                                        "on", "by", "its", "their"):
            ws.pop()
    return " ".join(ws)


def cap(s):
    return s[:1].upper() + s[1:]


def frame(cmd_text, why, rng):
    if why is None:
        return rng.choice([f"Run {cmd_text}.", f"Okay, type {cmd_text}.",
                           f"{cap(cmd_text)}, please.",
                           f"Can you run {cmd_text}?"])
    forms = [
        lambda: f"I want to {why}, so {cmd_text}.",
        lambda: f"I need to {why}, so {cmd_text}.",
        lambda: f"Okay, I wanna {why}, so {cmd_text}.",
        lambda: f"So I'm trying to {why}. Run {cmd_text}.",
        lambda: f"Run {cmd_text}, I need to {why}.",
        lambda: f"Just do {cmd_text}, that should {why}.",
        lambda: f"Can you run {cmd_text}, I want to {why}.",
        lambda: f"Type {cmd_text}, to {why}.",
        lambda: f"{cap(cmd_text)}, that should {why}.",
        lambda: f"{cap(cmd_text)}. I want to {why}.",
    ]
    return rng.choice(forms)()


# --------------------------------------------------------------------------
def load():
    rows = [json.loads(x) for x in (DATA / "eval.jsonl").read_text().splitlines()
            if x.strip()]
    desc = {}
    for x in (DATA / "corpus.jsonl").read_text().splitlines():
        if x.strip():
            r = json.loads(x)
            desc.setdefault(r["command"], r.get("description", ""))
    seen = set()
    cmds = []
    for r in rows:
        c = r["command"]
        if (c in seen or len(c) > 72 or not c.isascii() or "<<" in c
                or "\t" in c or "\n" in c or c != c.strip()):
            continue
        seen.add(c)
        cmds.append(c)
    return cmds, desc


def make_clean(cmd, rng):
    text = clean_say(cmd)
    return text if decode_protocol(text) == cmd else None


def make_fuzzy(cmd, rng):
    text = fuzzy_say(cmd, rng)
    if decode_protocol(text) != cmd:
        return None
    if text == clean_say(cmd):
        return None
    return text


def make_natural(cmd, why, rng):
    pieces = nat_pieces(cmd)
    seg = nat_text(pieces, rng, cap_prog=0.6)
    if decode_natural(seg) != cmd:
        return None
    text = frame(seg, why, rng)
    return text if seg[1:] in text else None


def make_chaotic(cmd, why, rng):
    pieces = nat_pieces(cmd)
    right = nat_text(pieces, rng, cap_prog=0.5)
    if decode_natural(right) != cmd:
        return None
    mut = mutate(cmd, rng)
    kind = rng.choice(["nowait", "scratch", "actually", "restart", "sorrynot",
                       "imean"])
    if mut is None:
        kind = "partial"
    if kind == "partial":
        words = right.split()
        if len(words) < 2:
            return None
        k = rng.randint(1, max(1, len(words) - 1))
        said = " ".join(words[:k]) + rng.choice(RESTARTS[2:]) + right
    else:
        wrong_cmd, k, new, old = mut
        wrong = " ".join(p[0] for p in nat_pieces(wrong_cmd))
        if kind == "nowait":
            said = wrong + ", no wait, " + right
        elif kind == "scratch":
            said = wrong + ". Scratch that, " + right
        elif kind == "actually":
            said = wrong + "... actually, " + right
        elif kind == "restart":
            said = wrong + "... sorry, let me start over, " + right
        elif kind == "sorrynot":
            said = wrong + f", sorry, not {new}, {old}"
        else:
            toks = cmd.split(" ")
            pre = " ".join(p[0] for p in nat_pieces(" ".join(toks[:k] + [new])))
            post = " ".join(p[0] for p in nat_pieces(" ".join(toks[:k + 1])))
            # words of the correct command from token k onwards
            post_full = right.split(" ")[len(post.split(" ")) - 1:]
            said = pre + ", I mean " + " ".join(post_full)
    if decode_natural(resolve(said)) != cmd:
        return None
    text = frame(said, why, rng)
    if said[1:] not in text:
        return None
    return text


def build():
    rng = random.Random(9)
    cmds, desc = load()
    pool = list(cmds)
    rng.shuffle(pool)
    used = set()
    out = {s: [] for s in ("clean", "fuzzy", "natural", "chaotic")}
    makers = {
        "chaotic": lambda c: make_chaotic(c, why_phrase(desc[c], rng), rng),
        "natural": lambda c: make_natural(c, why_phrase(desc[c], rng), rng),
        "clean": lambda c: make_clean(c, rng),
        "fuzzy": lambda c: make_fuzzy(c, rng),
    }
    for sl in ("chaotic", "natural", "clean", "fuzzy"):
        for c in pool:
            if len(out[sl]) >= PER_SLICE:
                break
            if c in used:
                continue
            if sl in ("chaotic", "natural") and not desc.get(c):
                continue
            try:
                text = makers[sl](c)
            except Unfit:
                text = None
            if text is None:
                continue
            used.add(c)
            out[sl].append({"input": text, "command": c, "slice": sl,
                            "author": "ninth"})
        if len(out[sl]) < PER_SLICE:
            raise SystemExit(f"only {len(out[sl])} lines for {sl}")
    lines = []
    for sl in ("clean", "fuzzy", "natural", "chaotic"):
        lines += [json.dumps(r, ensure_ascii=True) for r in out[sl]]
    return lines


def main():
    lines = build()
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
