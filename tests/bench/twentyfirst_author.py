"""Twenty-first independent author: Arjun's dictation of shell commands (author21).

Writes assets/training/bash/author21.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author"}. Commands are the
"command" field of assets/training/bash/train.jsonl, 0-based lines with number % 7 == 5, each at
most once, and one tool (first word; for sudo also the word after it) at most twice. The "why" in
some natural and chaotic framings is the plain-English description of the command from
assets/training/bash/corpus.jsonl. Those commands and descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Deterministic: one random.Random(21), consumed in a fixed order; reruns are byte-identical.
Run: cd /work/main && python3 tests/bench/twentyfirst_author.py

STYLE GUIDE
===========
Persona. Arjun, a developer from Bengaluru who teaches juniors over calls. Indian English: he is
patient, repeats himself, says "kindly", "do one thing", "then only it will work", "okay na?",
"itself" for emphasis, "basically", "actually", "see,", "arey", "haan".

Vocabulary (what he says -> what it means). Persona words first, looser synonyms after the bar;
Whisper writes all of them as plain lower-case words.
  -   hyphen, minus | dash          --  double hyphen, hyphen hyphen | minus minus, double dash,
  .   dot | period, point               dash dash, double minus
  /   slash | forward slash         \\   backslash
  |   pipe symbol | pipe            ||  double pipe
  *   star | asterisk               ~   tilde symbol | tilde
  $   dollar symbol | dollar, dollar sign
  @   at the rate | at sign         #   hash | hash symbol
  &   ampersand                     &&  double ampersand
  >   greater than symbol | greater than     <   less than symbol | less than
  _   underscore    :  colon    ;  semicolon    =  equal to | equals    ,  comma
  '   single quote  "  double quote   ( )  open bracket, close bracket
  { } open curly bracket, close curly bracket   [ ]  open square bracket, close square bracket
  %   percent   +  plus   !  exclamation mark   ?  question mark   ^  caret   `  backtick
  digits: zero .. nine, one word per digit; "double X" / "triple X" repeat a digit (or a single
  spelled letter) two / three times: "one double zero" = 100, "triple zero eight" = 0008.
  case: "capital X" upper-cases the first letter of the next word ("capital head" = Head,
  "capital l" = L); "all capitals X" upper-cases the whole next word (HEAD); "small X" stresses
  that the next word is lower case ("small l" = l).
A command word that is itself one of these names (dot, hash, one, space, small ...) is spelled
out letter by letter in protocol speech ("h a s h"). Short vowel-less names are often spelled
too ("l s", "double p m to p j").

Protocol speech (clean, fuzzy, some chaotic). "space" is said exactly where the command has a
space; everything else is glued together with no spaces, in the order spoken: "git space stash
space pop". Any word that is not in the vocabulary is taken as lower-case letters. Clean lines are
pure protocol: persona names, digits as words, no punctuation and no framing. Fuzzy lines use the
synonyms and Whisper's slips: a capitalised first word, a final full stop, commas after some
"space"s, some numbers written as digits ("100"), a long name split in two ("mongo dump").

Natural speech (natural, most chaotic). "space" is never said. Whisper writes what it knows as
text: ordinary words, numbers as digits, flags ("-la", "--dry-run"), paths ("/dev/sdb"), file
names ("config.yaml"), hyphenated names ("hello-world"); symbols Arjun names are words. The
listener rebuilds the spaces like this:
  - two written words (or numbers) have a space between them;
  - dot, slash, colon, underscore, equal to, at the rate, comma, brackets, percent, plus, and the
    other punctuation names glue to both neighbours ("config dot yaml" = config.yaml);
  - hyphen, double hyphen, tilde symbol, dollar symbol, star and hash start a new word and glue to
    what follows ("hyphen hyphen track" = --track, "tilde symbol slash notes" = ~/notes);
  - pipe symbol, greater than symbol, less than symbol, double ampersand and double pipe stand
    alone with a space on both sides; a semicolon glues to the word before it;
  - a quote opens (space before, glued after) and the same quote closes (glued before);
  - digit words glue to each other ("double zero" after "triple zero" = 00000).
So a path right after a flag is written by Whisper as text ("-o /tmp/x.go"), never spoken.

Framing (natural and chaotic). The command follows a lead-in that ends with one of the cue
phrases: "what you do is", "kindly type", "simply run", "just give", "simply give", "just run",
"just type", "the command is", "you have to type", "you have to run", "please run", "can you run",
"note it down", "write it down", "exactly like this". The first cue in the line starts the
command; a colon or comma right after it is skipped. The command ends at the first comma, full
stop, question or exclamation mark followed by a space or the end of the line (in protocol speech
only at . ? !), or at one of the tails "and press enter", "and hit enter", "and share your
screen", "and tell me", "in the terminal", "and you will get the output", "then only it will
work". Whatever comes after is chat. With no cue the command opens the line and Whisper's
capital on its first letter is dropped (so a command that really starts with a capital always
gets a lead-in). He sometimes names the tool first, in its own sentence ("The tool is lsd,
L-S-D."), before the cue.

Disfluencies (chaotic). The listener first drops hesitations ("uh", "um", "umm", "hmm", with a
comma or "..." after them), asides ("what is it", "let me see", "how to say") and cut-off words
("sta- stash": a written fragment ending in "-" that the next word starts with).
Correction markers: "sorry sorry", "no no", "one minute", "not that, I mean", "correction".
What comes after a marker is the repair; the listener compares its first word (as decoded) with
the words already heard:
  - if that word was already said, he goes back to its last occurrence and continues from there
    with the repair (whole-command restart "git stash pop, no no, git stash apply", or a partial
    one "install curl, sorry sorry, install wget");
  - otherwise the repair replaces the last word heard ("hyphen hyphen force, sorry sorry, hyphen
    hyphen full-restart" replaces the flag; "ls, no no, lsd" replaces the tool name).
Restart markers "let me start again" and "from the beginning" throw away everything before them;
a cue repeated after a marker is skipped. Every chaotic line has at least one marker.

Known ambiguities: a command ending in a bare "." or starting with a glue symbol after a word
cannot be said in natural speech under these rules, so such commands only appear in protocol
slices; a one-word command has no "space", so its clean line is heard as natural speech and is
kept only when both readings agree. decode() below is this listener; every line in the file was
checked with it and replaced if it did not give back its command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
TRAIN = DATA / "train.jsonl"
CORPUS = DATA / "corpus.jsonl"
OUT = DATA / "author21.jsonl"
AUTHOR = "author21"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ----------------------------------------------------------------------------- vocabulary

WORD, DIGIT, GLUE, PREFIX, OPER, QUOTE, SEMI, SPACE = range(8)

SYMBOL_KIND = {
    "-": PREFIX, "--": PREFIX, "~": PREFIX, "$": PREFIX, "*": PREFIX, "#": PREFIX,
    "|": OPER, "||": OPER, "&&": OPER, ">": OPER, "<": OPER,
    "'": QUOTE, '"': QUOTE, ";": SEMI, " ": SPACE,
}  # everything else glues

# persona names first (used in clean and natural), then synonyms (fuzzy).
NAMES = {
    "-": (["hyphen", "hyphen", "hyphen", "minus"], ["minus", "dash", "hyphen"]),
    "--": (["double hyphen", "hyphen hyphen"],
           ["minus minus", "double dash", "dash dash", "double minus", "double hyphen"]),
    ".": (["dot"], ["period", "point", "dot"]),
    "/": (["slash"], ["forward slash", "slash"]),
    "\\": (["backslash"], ["backslash"]),
    "|": (["pipe symbol"], ["pipe", "pipe symbol"]),
    "||": (["double pipe"], ["double pipe"]),
    "*": (["star"], ["asterisk", "star"]),
    "~": (["tilde symbol"], ["tilde", "tilde symbol"]),
    "$": (["dollar symbol"], ["dollar", "dollar sign"]),
    "@": (["at the rate"], ["at sign", "at the rate"]),
    "#": (["hash"], ["hash symbol"]),
    "&": (["ampersand"], ["ampersand"]),
    "&&": (["double ampersand"], ["double ampersand"]),
    ">": (["greater than symbol"], ["greater than"]),
    "<": (["less than symbol"], ["less than"]),
    "_": (["underscore"], ["underscore"]),
    ":": (["colon"], ["colon"]),
    ";": (["semicolon"], ["semicolon", "semi colon"]),
    "=": (["equal to"], ["equals", "equal to"]),
    "'": (["single quote"], ["single quote"]),
    '"': (["double quote"], ["double quote"]),
    ",": (["comma"], ["comma"]),
    "(": (["open bracket"], ["open bracket"]),
    ")": (["close bracket"], ["close bracket"]),
    "{": (["open curly bracket"], ["open curly bracket"]),
    "}": (["close curly bracket"], ["close curly bracket"]),
    "[": (["open square bracket"], ["open square bracket"]),
    "]": (["close square bracket"], ["close square bracket"]),
    "%": (["percent"], ["percent", "percentage"]),
    "+": (["plus"], ["plus"]),
    "!": (["exclamation mark"], ["exclamation mark"]),
    "?": (["question mark"], ["question mark"]),
    "^": (["caret"], ["caret"]),
    "`": (["backtick"], ["backtick"]),
    " ": (["space"], ["space"]),
}
PHRASES = {}
for _sym, (_persona, _loose) in NAMES.items():
    for _name in _persona + _loose:
        PHRASES[_name] = (_sym, SYMBOL_KIND.get(_sym, GLUE))
PHRASES["all caps"] = None  # modifiers, handled in _items
DIGITS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}
DIGIT_WORDS = {v: k for k, v in DIGITS.items()}
MODIFIERS = {"capital", "small", "double", "triple"}
FILLERS = {"uh", "um", "umm", "hmm"}
# words that can never be a literal command word (spelled out in protocol speech)
RESERVED = ({p for p in PHRASES if " " not in p} | set(DIGITS) | MODIFIERS | FILLERS
            | {"sorry", "correction", "capitals", "caps"})

CUES = ["what you do is", "kindly type", "simply run", "just give", "simply give", "just run",
        "just type", "the command is", "you have to type", "you have to run", "please run",
        "can you run", "note it down", "write it down", "exactly like this"]
TAILS = ["and press enter", "and hit enter", "and share your screen", "and tell me",
         "in the terminal", "and you will get the output", "then only it will work"]
CORRECTIONS = ["sorry sorry", "no no", "one minute", "not that, I mean", "correction"]
RESTARTS = ["let me start again", "from the beginning"]

_CUE_ALT = "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True))
_CUE_RE = re.compile(rf"(?i)\b(?:{_CUE_ALT})\b[:,]?\s*")
_TAIL_ALT = "|".join(re.escape(t) for t in TAILS)
_TAIL_RE = re.compile(rf"(?i)\s+(?:{_TAIL_ALT})\b")
_FILLER_RE = re.compile(r"(?i),?\s*(?<!\S)(?:uh|umm|um|hmm)(?:,|\.\.\.)?(?=\s|$)")
_ASIDE_RE = re.compile(r"(?i),?\s*\b(?:what is it|let me see|how to say)\b[,?]?(?=\s|$)")
_CUTOFF_RE = re.compile(r"(?<!\S)([A-Za-z]{2,})-\s+(?=(\S+))")
_RESTART_RE = re.compile(r"(?i)\s*[,.]?\s*\b(?:let me start again|from the beginning)\b[,.!]?\s*")
_CORR_RE = re.compile(
    r"(?i)\s*[,.]?\s*\b(?:sorry,? sorry|no,? no|one minute|not that,? i mean|correction)\b"
    r"[,.!]?\s*")
_SPACE_RE = re.compile(r"(?i)\bspace\b")

# ----------------------------------------------------------------------------- the listener


def _items(words, protocol):
    """Turn transcript words into (kind, text) items."""
    low = [w.lower() for w in words]
    items = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            phrase = " ".join(low[i:i + n])
            if i + n <= len(words) and PHRASES.get(phrase):
                sym, kind = PHRASES[phrase]
                items.append((kind, sym))
                i += n
                break
        else:
            w = low[i]
            nxt = words[i + 1] if i + 1 < len(words) else None
            if w in ("double", "triple") and nxt is not None and (
                    nxt.lower() in DIGITS or (len(nxt) == 1 and nxt.isalpha())):
                times = 2 if w == "double" else 3
                if nxt.lower() in DIGITS:
                    items.append((DIGIT, DIGITS[nxt.lower()] * times))
                else:
                    items.append((WORD, nxt.lower() * times))
                i += 2
            elif w == "all" and nxt is not None and nxt.lower() in ("capitals", "caps") \
                    and i + 2 < len(words):
                items.append((WORD, words[i + 2].upper()))
                i += 3
            elif w == "capital" and nxt is not None:
                items.append((WORD, nxt[0].upper() + nxt[1:]))
                i += 2
            elif w == "small" and nxt is not None:
                items.append((WORD, nxt.lower()))
                i += 2
            elif w in DIGITS:
                items.append((DIGIT, DIGITS[w]))
                i += 1
            else:
                items.append((WORD, low[i] if protocol else words[i]))
                i += 1
    return items


_BEHAVIOUR = {WORD: ("space", "ok"), DIGIT: ("space", "ok"), GLUE: ("glue", "glue"),
              PREFIX: ("space", "glue"), OPER: ("force", "force"), SEMI: ("glue", "ok")}


def _join(items, protocol):
    if protocol:
        return "".join(text for _, text in items)
    out = ""
    prev_right, prev_kind = None, None
    open_quotes = set()
    for kind, text in items:
        if kind == QUOTE:
            if text in open_quotes:
                left, right = "glue", "ok"
                open_quotes.discard(text)
            else:
                left, right = "space", "glue"
                open_quotes.add(text)
        elif kind == DIGIT and prev_kind == DIGIT:
            left, right = "glue", "ok"
        else:
            left, right = _BEHAVIOUR.get(kind, ("space", "ok"))
        if out and ("force" in (prev_right, left) or (prev_right == "ok" and left == "space")):
            out += " "
        out += text
        prev_right, prev_kind = right, kind
    return out


def _segment(seg, protocol):
    seg = seg.strip()
    m = _CUE_RE.match(seg)
    if m:
        seg = seg[m.end():]
    if protocol:
        seg = seg.replace(",", " ").lower()
    return _join(_items(seg.split(), protocol), protocol).strip()


def _merge(prev, rep):
    p, r = prev.split(" "), rep.split(" ")
    if r[0] in p:
        cut = len(p) - 1 - p[::-1].index(r[0])
        return " ".join(p[:cut] + r)
    return " ".join(p[:-1] + r)


def decode(line):
    """Recover the command from one transcript, following the style guide above."""
    t = " " + line.strip() + " "
    t = _FILLER_RE.sub("", t)
    t = _ASIDE_RE.sub("", t)
    t = _CUTOFF_RE.sub(
        lambda m: "" if m.group(2).lower().startswith(m.group(1).lower()) else m.group(0), t)
    t = _RESTART_RE.sub(" \x02 ", t)
    t = _CORR_RE.sub(" \x01 ", t)
    protocol = _SPACE_RE.search(t) is not None
    cue = _CUE_RE.search(t)
    span = t[cue.end():] if cue else t.lstrip()
    ends = [len(span)]
    term = re.search(r"[.?!]+(?=\s|$)" if protocol else r"[,.?!]+(?=\s|$)", span)
    if term:
        ends.append(term.start())
    tail = _TAIL_RE.search(span)
    if tail:
        ends.append(tail.start())
    span = span[:min(ends)].strip()
    if not cue and not protocol:
        span = span[:1].lower() + span[1:]
    parts = re.split(r"\s*([\x01\x02])\s*", span)
    result = None
    marker = "\x02"
    for k, part in enumerate(parts):
        if k % 2:
            marker = part
            continue
        text = _segment(part, protocol)
        if not text:
            continue
        result = text if result is None or marker == "\x02" else _merge(result, text)
    return result or ""


# ----------------------------------------------------------------------------- rendering

_PIECE_RE = re.compile(r"--|&&|\|\||[A-Za-z]+|[0-9]+|.")
_CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")
_LITERAL_RE = re.compile(r"[A-Za-z0-9._/:=@,+%-]+")


def _spell(word, rng):
    out, i = [], 0
    while i < len(word):
        j = i
        while j < len(word) and word[j] == word[i]:
            j += 1
        run = j - i
        if run == 2 and rng.random() < 0.7:
            out.append("double " + word[i])
        elif run == 3 and rng.random() < 0.7:
            out.append("triple " + word[i])
        else:
            out.extend(word[i:j])
        i = j
    return " ".join(out)


def _digits(num, rng, as_digits=False):
    if as_digits:
        return num
    out, i = [], 0
    while i < len(num):
        j = i
        while j < len(num) and num[j] == num[i] and j - i < 3:
            j += 1
        word = DIGIT_WORDS[num[i]]
        if j - i == 3 and rng.random() < 0.8:
            out.append("triple " + word)
        elif j - i == 2 and rng.random() < 0.8:
            out.append("double " + word)
        else:
            out.extend([word] * (j - i))
        i = j
    return " ".join(out)


def _protocol_alpha(piece, rng):
    out = []
    for seg in _CASE_RE.findall(piece):
        if seg.isupper():
            out.append(("capital " if len(seg) == 1 else "all capitals ") + seg.lower())
        elif seg[0].isupper():
            out.append("capital " + seg.lower())
        elif seg in RESERVED:
            out.append(_spell(seg, rng))
        elif len(seg) == 1 and rng.random() < 0.25:
            out.append("small " + seg)
        elif not re.search(r"[aeiou]", seg) and len(seg) <= 5 and rng.random() < 0.6:
            out.append(_spell(seg, rng))
        else:
            out.append(seg)
    return " ".join(out)


def line_names(cmd, rng, loose=False):
    """One name per symbol for the whole line (persona names; loose: mostly synonyms)."""
    names = {}
    for sym in sorted({p for t in cmd.split(" ") for p in _PIECE_RE.findall(t)
                       if not p.isalnum()}):
        persona, synonyms = NAMES[sym]
        names[sym] = rng.choice(synonyms if loose and rng.random() < 0.7 else persona)
    return names


def protocol_token(tok, rng, names, as_digits=False):
    """One command word in protocol speech (as_digits: Whisper wrote its numbers as digits)."""
    out = []
    for piece in _PIECE_RE.findall(tok):
        if piece.isalpha():
            out.append(_protocol_alpha(piece, rng))
        elif piece.isdigit():
            out.append(_digits(piece, rng, as_digits))
        else:
            out.append(names[piece])
    return " ".join(out)


def literal_ok(tok):
    return (_LITERAL_RE.fullmatch(tok) is not None and tok[-1] not in ".,:"
            and tok.lower() not in RESERVED and not re.fullmatch(r"[A-Za-z]{2,}-", tok))


def natural_token(tok, rng, literal_p):
    """One command word the way Whisper writes Arjun's natural speech; None if impossible."""
    if literal_ok(tok) and rng.random() < literal_p:
        return tok
    out = []
    m = re.match(r"(--?)(?=[A-Za-z0-9])", tok)
    rest = tok
    if m:
        out.append(rng.choice(NAMES[m.group(1)][0]))
        rest = tok[m.end():]
    for piece in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|--|&&|\|\||.", rest):
        if piece[0].isalnum():
            if piece.lower() in RESERVED:
                return None
            if len(piece) == 1 and piece.isupper():
                out.append("capital " + piece)
            elif len(piece) == 1 and piece.islower() and rng.random() < 0.3:
                out.append("small " + piece)
            elif piece.isalpha() and piece.isupper() and len(piece) > 1 and rng.random() < 0.4:
                out.append("all capitals " + piece.lower())
            elif piece.isdigit() and re.search(r"(\d)\1", piece) and rng.random() < 0.3:
                out.append(_digits(piece, rng))
            else:
                out.append(piece)
        else:
            out.append(rng.choice(NAMES[piece][0]))
    return " ".join(out)


# ----------------------------------------------------------------------------- framings

VERBS = set("""display list start show create run print convert set open generate remove specify
check use add delete search install execute update view get connect change build enable compile
scan send read download extract launch initialize output copy log find stop apply write disable
test force upgrade format load restore compare export uninstall perform switch capture compress
clean play make move verify render fetch save retrieve limit analyze query produce store clone
edit import calculate dump merge synchronize reset wait lint watch replace decrypt restart skip
ignore count monitor deploy return enter preview evaluate reboot decode ping upload filter clear
rename validate attach increase kill decompress scale take turn mount pass prepare split close
overwrite process sign encrypt replay append delete tag destroy simulate decode substitute
activate deactivate describe inspect emulate embed block unblock approve revoke""".split())

# (template, needs) where needs is "" / "why" / "tool"; {c} command, {w} why, {t} tool,
# {s} tool spelled; templates starting with {C} have no cue (command opens the line).
NATURAL = [
    ("What you do is {c}, then only it will work.", ""),
    ("Kindly type {c} and press enter.", ""),
    ("Do one thing, simply run {c}. You will get the output.", ""),
    ("See, basically we want to {w}. So just give {c}, okay na?", "why"),
    ("Actually the command is {c}.", ""),
    ("The tool is {t}, {s}. Kindly type {c} and hit enter.", "tool"),
    ("Okay, now simply run {c}, it will {w}.", "why"),
    ("Basically you have to type {c}, that's it.", ""),
    ("If you want to {w}, what you do is {c}.", "why"),
    ("Now see, the command is {c}, okay na?", ""),
    ("Please run {c} and tell me what output you are getting.", ""),
    ("Open the terminal and just give {c}. You will get the output.", ""),
    ("To {w}, kindly type {c}. Then only it will work.", "why"),
    ("Arey, it is very simple yaar. Just run {c}, done.", ""),
    ("{C}, that is the command to {w}.", "why"),
    ("{C}, basically this only. Then only it will work.", ""),
    ("Note it down: {c}. You will get the output.", ""),
    ("Can you run {c} and share your screen?", ""),
    ("Run it from the project folder itself. Just type {c} and press enter.", ""),
    ("Just give {c} in the terminal, you will get the output.", ""),
    ("Listen, first we need to {w}. For that simply run {c}.", "why"),
    ("Type it exactly like this, {c}, okay na?", ""),
    ("Write it down: {c}. Actually it will {w}.", "why"),
    ("You can simply give {c} and you will get the output.", ""),
    ("Don't use any GUI, use the command itself. Kindly type {c}.", ""),
    ("Actually it is simple, you have to run {c}, okay na?", ""),
    ("So what you do is, {c}. Then you will get the output.", ""),
    ("The command name is {t}, {s}. Simply run {c}, okay na?", "tool"),
    ("Haan, so to {w} you have to type {c}. Then only it will work.", "why"),
]

CHAOS_LEADS = ["Okay so kindly type ", "What you do is ", "See, simply run ",
               "Arey wait. Just give ", "Hmm, the command is ", "Do one thing, just type ",
               "So, um, kindly type ",
               "Okay one sec, my screen is frozen. Haan, now simply run ",
               "Basically you have to type ", "", "Actually, uh, what you do is ",
               "Listen carefully. Please run "]
CHAOS_TAILS = [".", ", then only it will work.", ", okay na?", ". I think that should work.",
               ". Something like that only.", " and press enter.", ". Rest you can figure out.",
               ", you will get the output.", "... yeah, that's it."]
PROTO_LEADS = ["", "", "Okay, kindly type ", "Write it down: ", "Hmm, just type "]
PROTO_TAILS = ["", ".", ". Then only it will work.", ". Okay na?"]
MARKERS = [", sorry sorry, ", ", no no, ", ", one minute, ", ", not that, I mean, ",
           ", correction, ", ". Sorry, sorry, ", ". No no, "]
RESTART_MARKS = [", let me start again, ", "... let me start again, from the beginning, ",
                 ". From the beginning, "]
LONG_FLAGS = ["--force", "--verbose", "--all", "--help", "--quiet", "--list", "--name",
              "--output", "--debug", "--version", "--global", "--user"]
WORD_POOL = ["start", "stop", "list", "status", "show", "delete", "update", "install", "remove",
             "init", "config", "info", "build", "main", "test"]
FILE_POOL = ["main.py", "notes.txt", "config.yaml", "backup.tar", "report.pdf", "app.log"]
# pieces Whisper hears as separate words when it splits a long name in two ("mongo dump")
SUBWORDS = set("""back light new role anti body mate screen shot list time zones date ctl set
merge dump pass word check config file tool man view info load port top run make build table
type host name user key sign mail send play show watch test data base backup report store search
scan scanner server client node init source stat stats status master index remote power disk
image track diff shell script path clean query link copy move paste print sort tree sync mount
boot core kill select control manager monitor agent helper service package install update upgrade
export import convert pick join split free open lock web net work form cast cat bundle face book
mark trace route log logs socket secure cert crypt zip ring mongo msg doctor tokens format viewer
graph fetch chart proxy cluster recorder browser mirror mirrors label snapshot editor
reader pdf ppm pnm pbm pgm pam jpeg png svg html xml json yaml csv git ssh apt npm pip sql
kube docker multi walk hub lsb pkg repo kernel usb wifi fire fox ctl key smb snmp rest api cloud
hot spot dir man page net mon pub sub bench mark word count line sheet calc""".split())
TOOL_POOL = ["ls", "cat", "git", "npm", "make", "grep", "echo", "less"]


def why_phrase(desc):
    if not desc:
        return None
    w = desc.strip().rstrip(".")
    first = w.split()[0]
    if (first.lower() not in VERBS or _SPACE_RE.search(w) or len(w) > 90
            or not re.fullmatch(r"[A-Za-z0-9 ,.'/+-]+", w)):
        return None
    if not (len(first) > 1 and first[1].isupper()):
        w = w[0].lower() + w[1:]
    return w


def tool_of(tokens):
    t = tokens[1] if tokens[0] == "sudo" and len(tokens) > 1 else tokens[0]
    if re.fullmatch(r"[a-z]{2,7}", t) and len(re.findall(r"[aeiou]", t)) <= 1:
        return t, "-".join(t.upper())
    return None, None


def make_natural(cmd, desc, rng):
    toks = cmd.split(" ")
    why = why_phrase(desc)
    tool, spelled = tool_of(toks)
    for attempt in range(8):
        literal_p = 0.55 if attempt < 5 else 1.0
        renders = [natural_token(t, rng, literal_p) for t in toks]
        template, needs = rng.choice(NATURAL)
        if None in renders or (needs == "why" and not why) or (needs == "tool" and not tool):
            continue
        span = " ".join(renders)
        cap = span[:1].upper() + span[1:]
        text = template.format(c=span, C=cap, w=why, t=tool, s=spelled)
        if not _SPACE_RE.search(text) and decode(text) == cmd:
            return text
    return None


def make_clean(cmd, rng):
    names = line_names(cmd, rng)
    text = " space ".join(protocol_token(t, rng, names) for t in cmd.split(" "))
    return text if decode(text) == cmd else None


def make_fuzzy(cmd, rng):
    for _ in range(4):
        names = line_names(cmd, rng, loose=True)
        parts = [protocol_token(t, rng, names, rng.random() < 0.4) for t in cmd.split(" ")]
        slips = 0
        words = " space ".join(parts).split(" ")
        splits = [(k, cut) for k, w in enumerate(words) for cut in range(3, len(w) - 2)
                  if w.isalpha() and w not in RESERVED
                  and w[:cut] in SUBWORDS and w[cut:] in SUBWORDS
                  and (k == 0 or words[k - 1] not in MODIFIERS | {"capitals"})]
        if splits and rng.random() < 0.6:
            k, cut = rng.choice(splits)
            words[k] = words[k][:cut] + " " + words[k][cut:]
            slips += 1
        out = []
        for w in words:
            out.append(w)
            if w == "space" and rng.random() < 0.25:
                out[-1] = "space,"
                slips += 1
        text = " ".join(out)
        if rng.random() < 0.5 or not slips:
            text = text[:1].upper() + text[1:]
        if rng.random() < 0.5:
            text += "."
        if decode(text) == cmd:
            return text
    return None


def _wrong(tok, toks, rng):
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        pool = LONG_FLAGS
    elif re.fullmatch(r"-[A-Za-z]", tok):
        pool = ["-" + c for c in "aflnrsvx"]
    elif tok.isdigit():
        pool = [str(int(tok) + d) for d in (1, 2, 5, 10)]
    elif "/" in tok or "." in tok:
        pool = FILE_POOL
    else:
        pool = WORD_POOL
    pool = [p for p in pool if p not in toks and p != tok]
    return rng.choice(pool)


def _disfluent(renders, rng, protocol):
    """Join token renders, sprinkling hesitations, an aside or a cut-off word."""
    out = []
    for k, r in enumerate(renders):
        pre = ""
        if k and rng.random() < 0.12:
            pre = rng.choice(["uh", "um,", "umm...", "hmm"]) + " "
        first = r.split(" ")[0]
        if first.isalpha() and len(first) >= 4 and rng.random() < 0.08:
            pre += first[:rng.randint(2, len(first) - 2)] + "- "
        if k and not protocol and not pre and rng.random() < 0.05:
            out[-1] += ", what is it,"
        out.append(pre + r)
    return (" space " if protocol else " ").join(out)


def make_chaotic(cmd, desc, rng, protocol):
    toks = cmd.split(" ")
    n = len(toks)
    for _ in range(10):
        kinds = ["word", "whole", "restart"] + (["anchor"] if n >= 3 else [])
        kinds += [] if protocol else ["tool"]
        kind = rng.choice(kinds) if n >= 2 else "tool"
        marker = rng.choice(MARKERS)
        if kind == "word":
            k = rng.randrange(1, n)
            prev, rep = toks[:k] + [_wrong(toks[k], toks, rng)], toks[k:]
        elif kind == "anchor":
            k = rng.randrange(2, n)
            j = rng.randrange(1, k)
            prev, rep = toks[:k] + [_wrong(toks[k], toks, rng)], toks[j:]
        elif kind == "whole":
            k = rng.randrange(1, n)
            prev, rep = toks[:k] + [_wrong(toks[k], toks, rng)], toks
        elif kind == "tool":
            prev, rep = [rng.choice([t for t in TOOL_POOL if t not in toks])], toks
        else:
            prev, rep = toks[:rng.randrange(1, n)], toks
            marker = rng.choice(RESTART_MARKS)
        if protocol:
            names = line_names(" ".join(prev + rep), rng)
            r1 = [protocol_token(t, rng, names) for t in prev]
            r2 = [protocol_token(t, rng, names) for t in rep]
            lead, tail = rng.choice(PROTO_LEADS), rng.choice(PROTO_TAILS)
        else:
            r1 = [natural_token(t, rng, 0.7) for t in prev]
            r2 = [natural_token(t, rng, 0.7) for t in rep]
            lead, tail = rng.choice(CHAOS_LEADS), rng.choice(CHAOS_TAILS)
            if None in r1 or None in r2:
                continue
        again = ""
        if marker in RESTART_MARKS and lead and rng.random() < 0.5:
            again = "Kindly type " if marker.endswith(". ") else "kindly type "
        body = _disfluent(r1, rng, protocol) + marker + again + _disfluent(r2, rng, protocol)
        if not lead:
            body = body[:1].upper() + body[1:]
        text = lead + body + tail
        if (protocol or not _SPACE_RE.search(text)) and decode(text) == cmd:
            return text
    return None


# ----------------------------------------------------------------------------- driver


def load():
    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    cmds, seen = [], set()
    for i, line in enumerate(lines):
        if i % 7 != 5:
            continue
        c = json.loads(line)["command"]
        if (c in seen or not c.isascii() or len(c) > 80 or "\n" in c or "\t" in c
                or "  " in c or c != c.strip()):
            continue
        seen.add(c)
        cmds.append(c)
    desc = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        desc.setdefault(o["command"], o.get("description", ""))
    return cmds, desc


def tools(cmd):
    toks = cmd.split(" ")
    keys = {toks[0]}
    if toks[0] == "sudo" and len(toks) > 1:
        keys.add(toks[1])
    return keys


def speakable(cmd):
    toks = cmd.split(" ")
    hard = sum(not literal_ok(t) for t in toks)
    return len(cmd) <= 60 and len(toks) <= 7 and hard <= 3


def main():
    rng = random.Random(21)
    cmds, desc = load()
    order = list(cmds)
    rng.shuffle(order)
    used, counts = set(), Counter()
    rows = {s: [] for s in SLICES}
    plan = [("natural", True), ("chaotic", True), ("clean", False), ("fuzzy", False)]
    for name, need_speakable in plan:
        for cmd in order:
            if len(rows[name]) == PER_SLICE:
                break
            if cmd in used or any(counts[t] >= 2 for t in tools(cmd)):
                continue
            if need_speakable and not speakable(cmd):
                continue
            if name == "natural":
                text = make_natural(cmd, desc.get(cmd), rng)
            elif name == "chaotic":
                protocol = len(rows[name]) % 10 in (3, 7, 9)
                text = make_chaotic(cmd, desc.get(cmd), rng, protocol)
            elif name == "clean":
                text = make_clean(cmd, rng)
            else:
                text = make_fuzzy(cmd, rng)
            if text is None:
                continue
            used.add(cmd)
            counts.update(tools(cmd))
            rows[name].append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
        if len(rows[name]) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(rows[name])} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for name in SLICES:
            for row in rows[name]:
                assert decode(row["input"]) == row["command"]
                fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(
        f"{s} {len(rows[s])}" for s in SLICES))


if __name__ == "__main__":
    main()
