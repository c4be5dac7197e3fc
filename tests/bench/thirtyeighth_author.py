"""Thirty-eighth independent author set for voice-to-bash: Priyanka dictating Slack messages.

Writes assets/training/bash/author38.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each {"input", "command", "slice", "author": "author38"}.

Commands come from the "command" field of assets/training/bash/train.jsonl (0-based line
number % 11 == 0 first, then % 11 == 1), which itself derives from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0). The plain-English "why" the speaker gives
comes from the tldr description in assets/training/bash/corpus.jsonl.

Persona
-------
Priyanka is a DevOps lead. She dictates Slack messages to her team with a dictation app
(Whisper underneath). A message holds exactly one command, often in the middle of a sentence:
"hey at Bob can you run kubectl get pods dash n prod and post the output in the thread thanks".
Mentions come out as "at Bob" or "@bob"; channel words are "hey team", "heads up", "FYI",
"PSA", "thread"; emoji are said as words ("thumbs up", "fire emoji", "eyes emoji"). She
sometimes wraps the command in the word "backtick" (or Whisper types real backticks).

Vocabulary (canonical name first, then the looser names Whisper or she may use)
------------------------------------------------------------------------------
  -  dash (minus, hyphen)          --  double dash (dash dash, minus minus)
  .  dot (period, point)           /   slash (forward slash)
  |  pipe (vertical bar)           ~   tilde (squiggle)
  *  star (asterisk)               =   equals (equal sign, equals sign)
  _  underscore (under score)      :   colon
  @  at sign (at symbol)           "   quote (double quote)
  '  single quote (apostrophe)     >   greater than (right angle)
  <  less than (left angle)        &   ampersand (and sign)
  $  dollar (dollar sign)          #   hash (pound sign)
  !  bang (exclamation mark)       ?   question mark
  %  percent (percent sign)        +   plus (plus sign)
  ^  caret                         \\   backslash (back slash)
  ;  semicolon (semi colon)        ,   comma
  ( ) open paren / close paren     [ ] open bracket / close bracket
  { } open brace / close brace
Case: "capital x" makes the next word start upper-case, "all caps word" makes the whole next
word upper-case. Fillers "uh", "um", "uhh", "umm", "hmm" are never part of a command.

Protocol dictation (clean and fuzzy slices)
-------------------------------------------
A bare message in which she says "space" exactly where the command has a space. Every symbol
is named, digits are digit words ("one zero zero") or, in fuzzy, digits Whisper wrote ("100").
Everything said between two "space"s is glued together into one argument: "git lab" is
"gitlab", "branch one" is "branch1". Literal words are lower-case unless "capital"/"all caps"
says otherwise; Whisper's own punctuation (a comma after "space", a final full stop) and a
capitalised first word mean nothing. Fuzzy adds the looser names from the table above.

Natural speech (natural slice)
------------------------------
She never says "space": each word she says is its own argument. Whisper writes words, digits,
hyphenated words, file names, paths, URLs and flags it recognises as text ("-la", "/etc/hosts",
"config.yaml", "--help"); what it cannot spell she says with symbol names, and the names glue:
  * dot, slash, colon, equals, underscore, at sign, comma, plus, percent, caret, backslash
    join the word before and the word after ("double dash dest equals foo" is "--dest=foo");
  * dash, double dash, tilde, star, dollar, bang, hash and the open brackets start a new
    argument (unless glued to what came before) and join the word after;
  * close brackets, question mark and semicolon join the word before;
  * pipe, greater than, less than, ampersand stand alone ("ampersand ampersand" is "&&");
  * quote / single quote open and close a quoted string; words inside keep their spaces.
Where is the command? (1) If there are backticks, said or typed, it is what the last pair
encloses. (2) Otherwise it starts after the first cue: run, ran, running, try, tried, type,
use, used, paste, or a colon followed by a space ("Heads up team: ..."). It ends at the first
comma, full stop, question or exclamation mark followed by a space, at " — ", or at a framing
word: "and post/paste/drop/share/let/ping/tell/send/check/then", "thanks", "thank you",
"then", "when", "whenever", "so", "if", "before", "to". A final ".", "?" or "!" belongs to the
sentence; a first word Whisper capitalised ("Kubectl") is lower-cased.

Corrections (chaotic slice)
---------------------------
"wait no", "sorry", "I mean" (Whisper may add commas) throw away the last argument she said
(a word, a whole flag like "dash n", a path) and she says the right one next:
"kubectl get pods dash n staging, wait, no, prod" is "kubectl get pods -n prod". "edit:" and
"correction" throw away everything said before them: what follows is the whole command again
(with its own backticks, or bare up to the framing words above). Protocol speech inside
backticks follows the protocol rules; a bare message with no cue is protocol dictation.

The decode() function below is this listener; every line in the file decodes to its command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author38.jsonl"
AUTHOR = "author38"
PER_SLICE = 100
MAX_PER_TOOL = 2

SYMBOLS: dict[str, tuple[str, list[str]]] = {
    "-": ("dash", ["minus", "hyphen"]),
    ".": ("dot", ["period", "point"]),
    "/": ("slash", ["forward slash"]),
    "\\": ("backslash", ["back slash"]),
    "|": ("pipe", ["vertical bar"]),
    "~": ("tilde", ["squiggle"]),
    "*": ("star", ["asterisk"]),
    "=": ("equals", ["equal sign", "equals sign"]),
    "_": ("underscore", ["under score"]),
    ":": ("colon", []),
    ";": ("semicolon", ["semi colon"]),
    ",": ("comma", []),
    "@": ("at sign", ["at symbol"]),
    '"': ("quote", ["double quote"]),
    "'": ("single quote", ["apostrophe"]),
    ">": ("greater than", ["right angle"]),
    "<": ("less than", ["left angle"]),
    "&": ("ampersand", ["and sign"]),
    "$": ("dollar", ["dollar sign"]),
    "#": ("hash", ["pound sign"]),
    "!": ("bang", ["exclamation mark"]),
    "?": ("question mark", []),
    "%": ("percent", ["percent sign"]),
    "+": ("plus", ["plus sign"]),
    "^": ("caret", []),
    "(": ("open paren", ["left paren"]),
    ")": ("close paren", ["right paren"]),
    "[": ("open bracket", ["left bracket"]),
    "]": ("close bracket", ["right bracket"]),
    "{": ("open brace", ["left brace"]),
    "}": ("close brace", ["right brace"]),
}
PHRASES: dict[str, str] = {"double dash": "--"}
for _ch, (_name, _syn) in SYMBOLS.items():
    PHRASES[_name] = _ch
    for _s in _syn:
        PHRASES[_s] = _ch
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_WORD = {w: str(i) for i, w in enumerate(DIGITS)}

INFIX = set(".:/=_@,+%^\\")
PREFIX = {"-", "--", "~", "*", "$", "!", "#", "(", "[", "{"}
SUFFIX = set(")]};?")
OPERATOR = set("|><&")
QUOTES = set("\"'")

FIX = "\u00a7"  # sentinel for "wait no" / "sorry" / "I mean"
FIX_RE = re.compile(r"[,.;]?\s*\b(?:wait[,.]?\s+no|sorry|i\s+mean)\b[,.;]?", re.I)
FILLER_RE = re.compile(r"[,]?\s*\b(?:uh+|um+|hmm+)\b[,.]?", re.I)
RESTART_RE = re.compile(r"\b(?:edit|correction)\b:?", re.I)
CUE_RE = re.compile(r"\b(?:run|ran|running|try|tried|type|use|used|paste)\b|:(?=\s|$)", re.I)
TAIL_RE = re.compile(
    r"[,.?!](?=\s)|\s[—-]\s|\s(?:and\s(?:post|paste|drop|share|let|ping|tell|send|check|then)"
    r"|thanks|thank you|then|when|whenever|so|if|before|to)\b",
    re.I,
)
PUNCT = ",.!?;:"


def _phrases(tokens: list[str], lower: bool) -> list[tuple[str, str]]:
    """Split tokens into (kind, value) items: sym, mod, fix, lit."""
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        two = (low + " " + tokens[i + 1].lower()) if i + 1 < len(tokens) else ""
        if tok == FIX:
            items.append(("fix", ""))
        elif two == "all caps":
            items.append(("mod", "upper"))
            i += 1
        elif two in PHRASES:
            items.append(("sym", PHRASES[two]))
            i += 1
        elif low == "capital":
            items.append(("mod", "cap"))
        elif low in PHRASES:
            items.append(("sym", PHRASES[low]))
        elif lower and low in DIGIT_WORD:
            items.append(("lit", DIGIT_WORD[low]))
        elif lower and low == "space":
            items.append(("space", ""))
        else:
            items.append(("lit", low if lower else tok))
        i += 1
    return items


def _apply(mod: str | None, word: str) -> str:
    if mod == "upper":
        return word.upper()
    if mod == "cap":
        return word[:1].upper() + word[1:]
    return word


def decode_protocol(text: str) -> str:
    toks = [t.strip(PUNCT) for t in text.split()]
    toks = [t for t in toks if t]
    args: list[str] = []
    fresh = True
    mod: str | None = None
    for kind, val in _phrases(toks, lower=True):
        if kind == "space":
            fresh = True
            continue
        if kind == "fix":
            if args:
                args.pop()
            fresh = True
            continue
        if kind == "mod":
            mod = val
            continue
        if kind == "lit":
            val = _apply(mod, val)
        mod = None
        if fresh or not args:
            args.append(val)
            fresh = False
        else:
            args[-1] += val
    return " ".join(args)


def decode_natural(text: str) -> str:
    toks = text.split()
    if toks:
        toks[-1] = toks[-1].rstrip(".?!,")
        if not toks[-1]:
            toks.pop()
    if toks and toks[0][:1].isupper() and not any(c.isupper() for c in toks[0][1:]):
        toks[0] = toks[0][:1].lower() + toks[0][1:]
    args: list[str] = []
    glue = False
    quote: str | None = None
    prev_op = False
    mod: str | None = None

    def add(s: str, attach: bool) -> None:
        if attach and args:
            args[-1] += s
        elif quote is not None and args:
            args[-1] += " " + s
        else:
            args.append(s)

    for kind, val in _phrases(toks, lower=False):
        if kind == "fix":
            if args:
                args.pop()
            glue = False
            prev_op = False
            continue
        if kind == "mod":
            mod = val
            continue
        if kind == "lit":
            add(_apply(mod, val), glue)
            mod = None
            glue = False
            prev_op = False
            continue
        if val in QUOTES:
            if quote is None:
                add(val, glue)
                quote = val
                glue = True
            else:
                add(val, True)
                if val == quote:
                    quote = None
                glue = False
        elif val in INFIX:
            add(val, True)
            glue = True
        elif val in PREFIX:
            add(val, glue)
            glue = True
        elif val in SUFFIX:
            add(val, True)
            glue = False
        else:  # operator
            add(val, prev_op or glue)
            glue = False
            prev_op = True
            continue
        prev_op = False
    return " ".join(args)


def _is_protocol(text: str) -> bool:
    return any(t.strip(PUNCT).lower() == "space" for t in text.split())


def _cut_tail(text: str) -> str:
    m = TAIL_RE.search(text)
    return text[: m.start()] if m else text


def decode(line: str) -> str:
    """The careful listener of the style guide: transcript -> command."""
    text = FILLER_RE.sub(" ", line)
    text = FIX_RE.sub(f" {FIX} ", text)
    restart = False
    parts = RESTART_RE.split(text)
    if len(parts) > 1:
        text = parts[-1].lstrip(" ,.:;")
        restart = True
    ticks = re.findall(r"`([^`]*)`", text)
    worded = re.split(r"\bbacktick\b[,.]?", text, flags=re.I)
    if ticks:
        region = ticks[-1]
    elif len(worded) >= 3:
        region = worded[-2]
    elif _is_protocol(text):
        return decode_protocol(text)
    elif restart:
        region = _cut_tail(text)
    else:
        m = CUE_RE.search(text)
        if m is None:
            return decode_protocol(text)
        region = _cut_tail(text[m.end() :])
    region = region.strip().strip(",;:").strip()
    if _is_protocol(region):
        return decode_protocol(region)
    return decode_natural(region)


# --------------------------------------------------------------------------- encoders
RUN_RE = re.compile(r"[a-z]+|[A-Z]+|[0-9]+|--|.")


def _sym_name(ch: str, rng: random.Random, fuzzy: bool) -> str:
    if ch == "--":
        if fuzzy and rng.random() < 0.4:
            return rng.choice(["dash dash", "minus minus"])
        return "double dash"
    name, syn = SYMBOLS[ch]
    if fuzzy and syn and rng.random() < 0.5:
        return rng.choice(syn)
    return name


def protocol_words(cmd: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """Say a command in protocol: one list of spoken chunks per argument, 'space' between."""
    out: list[str] = []
    for ai, arg in enumerate(cmd.split(" ")):
        if ai:
            out.append("space," if fuzzy and rng.random() < 0.2 else "space")
        runs = RUN_RE.findall(arg)
        k = 0
        while k < len(runs):
            r = runs[k]
            if r.isupper():
                nxt = runs[k + 1] if k + 1 < len(runs) else ""
                if len(r) == 1 and nxt.islower():
                    out.append("capital " + (r + nxt).lower())
                    k += 2
                    continue
                out.append(("capital " if len(r) == 1 else "all caps ") + r.lower())
            elif r.islower():
                if fuzzy and len(r) >= 7 and rng.random() < 0.3:
                    cut = rng.randint(3, len(r) - 3)
                    out.append(r[:cut] + " " + r[cut:])
                else:
                    out.append(r)
            elif r.isdigit():
                if fuzzy and rng.random() < 0.5:
                    out.append(r)
                else:
                    out.append(" ".join(DIGITS[int(c)] for c in r))
            elif r == "--" or r in SYMBOLS:
                out.append(_sym_name(r, rng, fuzzy))
            else:
                raise ValueError(r)
            k += 1
    return out


def say_clean(cmd: str, rng: random.Random) -> str:
    return " ".join(protocol_words(cmd, rng, fuzzy=False))


def say_fuzzy(cmd: str, rng: random.Random) -> str:
    text = " ".join(protocol_words(cmd, rng, fuzzy=True))
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


PIECE_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|--|.")
WORD_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PATH_RE = re.compile(r"(?:https?://)?[~.]?[A-Za-z0-9_./-]*")
EMAIL_RE = re.compile(r"[A-Za-z0-9_.]+@[A-Za-z0-9_.]+\.[a-z]+")


def natural_token(tok: str, rng: random.Random) -> str:
    """How Priyanka says one argument, as Whisper writes it."""
    if WORD_RE.fullmatch(tok):
        return tok
    if re.fullmatch(r"-[A-Za-z0-9]{1,4}", tok):
        if tok[1:].islower() and rng.random() < 0.5:
            return "dash " + tok[1:]
        return tok
    if re.fullmatch(r"--[a-z0-9]+(?:-[a-z0-9]+)*", tok):
        return tok if rng.random() < 0.35 else "double dash " + tok[2:]
    if EMAIL_RE.fullmatch(tok):
        return tok
    if (
        PATH_RE.fullmatch(tok)
        and not tok.startswith("-")
        and ("/" in tok or re.search(r"[A-Za-z0-9]\.[A-Za-z0-9]", tok))
    ):
        return tok
    words: list[str] = []
    for p in PIECE_RE.findall(tok):
        if p == "--" or p in SYMBOLS:
            words.append(_sym_name(p, rng, fuzzy=False))
        elif p.isupper() and len(p) > 1 and p.isalpha():
            words.append("all caps " + p.lower())
        elif p[:1].isupper() and (p[1:].islower() or len(p) == 1):
            words.append("capital " + p.lower())
        else:
            words.append(p)
    return " ".join(words)


def say_natural_cmd(cmd: str, rng: random.Random) -> list[str]:
    return [natural_token(t, rng) for t in cmd.split(" ")]


NAMES = ["Bob", "Wei", "Marco", "Aisha", "Tom", "Dana", "Luis", "Keiko", "Sam", "Nadia"]
EMOJI = ["thumbs up", "fire emoji", "eyes emoji", "rocket emoji", "pray emoji", "tada emoji"]


def mention(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    form = rng.randrange(3)
    return ["@" + name.lower(), "at " + name, "@" + name][form]


def emoji(rng: random.Random) -> str:
    return rng.choice(EMOJI)


NATURAL_FRAMES = [
    "Hey {m}, can you run {c} and post the output in the thread? Thanks!",
    "hey {m} can you run {c} and post the output in the thread thanks",
    "Heads up team: {c}. That's going out on prod in ten minutes, so hold off on deploys.",
    "PSA, before you open a PR please run {c}. {E}.",
    "FYI I just ran {c}, looks good on staging. Thumbs up.",
    "{m} try {c} and let me know if it still fails.",
    "Eyes emoji. Could someone with prod access run {c}? I don't have the role yet.",
    "Hey team, you can use {c} to {w}.",
    "If you need to {w}, just type {c} and you're done.",
    "Here's the command: backtick {c} backtick. Please don't run it on prod.",
    "`{c}` is what fixed it for me, {e}.",
    "Sanity check before I ship this: {c}",
    "I'm about to run {c}, shout if that's a problem.",
    "{m} {m2} can one of you run {c} and paste what you get?",
    "Morning all. The fix is: {c}. Thumbs up if it works for you.",
    "Pro tip, you can just type {c} if you want to {w}.",
    "Thread, for anyone asking, I used {c}, it should {w}.",
    "Thumbs up from me. Run {c} when you get a sec.",
    "{m} quick favor: {c}, then ping me with the result.",
    "Status update, I'm running {c} now, will report back in the thread.",
    "Reminder for the on call rotation, always try {c} before paging me.",
    "Can we all agree to stop doing this by hand and just run {c}? {E}.",
    "TIL you can {w} with backtick {c} backtick, mind blown emoji.",
    "Whoever's on call, type {c} and then restart the deploy.",
    "Hey {m}, I ran {c}, and it hung for a while. Any idea why?",
]


def _why(desc: str | None) -> str | None:
    if not desc:
        return None
    w = desc.strip().rstrip(".")
    if not w or "`" in w:
        return None
    return w[:1].lower() + w[1:]


def frame(tpl: str, c: str, why: str | None, rng: random.Random) -> str | None:
    if "{w}" in tpl and why is None:
        return None
    m, m2 = mention(rng), mention(rng)
    e = emoji(rng)
    return tpl.format(m=m, m2=m2, c=c, w=why or "", e=e, E=e[:1].upper() + e[1:])


def say_natural(cmd: str, why: str | None, rng: random.Random, k: int) -> str | None:
    spoken = " ".join(say_natural_cmd(cmd, rng))
    tpl = NATURAL_FRAMES[(k + rng.randrange(3)) % len(NATURAL_FRAMES)]
    return frame(tpl, spoken, why, rng)


WRONG_WORDS = ["staging", "prod", "main", "dev", "default", "backup", "old", "test"]
WRONG_FLAGS = ["--force", "--all", "--verbose", "--dry-run", "--quiet"]


def wrong_arg(tok: str, rng: random.Random) -> str:
    if re.fullmatch(r"-[a-z]", tok):
        return "-" + rng.choice([c for c in "abcdefhlnqrstv" if c != tok[1]])
    if tok.startswith("--"):
        return rng.choice([f for f in WRONG_FLAGS if f != tok])
    if tok.isdigit():
        return str(int(tok) + rng.randint(1, 9))
    return rng.choice([w for w in WRONG_WORDS if w != tok])


def fix_marker(rng: random.Random) -> str:
    return rng.choice(
        [", wait, no,", " wait no", ", wait no,", ", sorry,", " sorry", ", I mean", " I mean,"]
    )


def _fixable(tok: str) -> bool:
    return not any(ch in tok for ch in "\"'")


def chaotic_natural_fix(cmd: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    cands = [i for i, t in enumerate(toks) if _fixable(t)]
    if not cands:
        return None
    later = [i for i in cands if i > 0]
    k = rng.choice(later) if later and rng.random() < 0.85 else rng.choice(cands)
    spoken = say_natural_cmd(cmd, rng)
    bad = toks[0][:-1] if k == 0 and len(toks[0]) > 3 else wrong_arg(toks[k], rng)
    wrong = natural_token(bad, rng)
    parts = spoken[:k] + [wrong + fix_marker(rng), spoken[k]] + spoken[k + 1 :]
    if rng.random() < 0.4:
        j = rng.randrange(1, len(parts)) if len(parts) > 1 else 1
        parts.insert(j, rng.choice(["uh", "um", "umm"]) if rng.random() < 0.5 else "uh,")
    return " ".join(parts).replace(" ,", ",")


def chaotic_protocol_fix(cmd: str, rng: random.Random) -> str | None:
    toks = cmd.split(" ")
    if len(toks) < 2:
        return None
    cands = [i for i, t in enumerate(toks) if _fixable(t)]
    if not cands:
        return None
    k = rng.choice(cands)
    chunks = [" ".join(protocol_words(t, rng, fuzzy=False)) for t in toks]
    bad = toks[0][:-1] if k == 0 and len(toks[0]) > 3 else wrong_arg(toks[k], rng)
    wrong = " ".join(protocol_words(bad, rng, fuzzy=False))
    chunks[k] = wrong + fix_marker(rng) + " " + chunks[k]
    return " space ".join(chunks).replace(" ,", ",")


CHAOTIC_FIX_FRAMES = [
    "Hey {m}, can you run {c} and post the output in the thread? Thanks!",
    "hey team can you um run {c} and paste what you get",
    "{m} try {c} and let me know if it still fails. Eyes emoji.",
    "Heads up team: {c}. That's, uh, going out in ten minutes.",
    "Okay so I ran {c}, and it just hangs. {E}.",
    "Hey {m}, quick one, could you run {c} before standup?",
    "PSA, uh, please use {c} so nobody gets paged again, {e}.",
    "{m} {m2} whoever is around, type {c} and then ping me.",
    "So the fix is: {c}. I think? Let me know.",
    "Thread, uh, for the incident, I used {c} thanks all.",
]
CHAOTIC_PROTO_FRAMES = [
    "hey {m} run backtick {c} backtick thanks",
    "Heads up team, the command is backtick {c} backtick, {e}.",
    "{m} can you paste this, backtick {c} backtick, into the runbook?",
    "FYI backtick {c} backtick is what I ran, hmm, at least I think so.",
]
RESTART_MARKERS = ["Edit:", "edit:", "Correction:", "correction,", "correction", "Edit,"]
RESTART_FRAMES = [
    "Hey {m}, can you run {p}. {R} {c}, thanks!",
    "{m} try {p} wait actually hmm. {R} backtick {c} backtick",
    "Heads up team: {p}, uh, {R} {c} and then ping me.",
    "hey team run {p} {R} {c} and post the output in the thread",
    "FYI I ran {p}... {R} {c}. {E}.",
]


def say_chaotic(cmd: str, rng: random.Random, k: int) -> str | None:
    kind = (k + rng.randrange(2)) % 4
    m, m2, e = mention(rng), mention(rng), emoji(rng)
    fill = {"m": m, "m2": m2, "e": e, "E": e[:1].upper() + e[1:]}
    if kind in (0, 1):
        c = chaotic_natural_fix(cmd, rng)
        if c is None:
            return None
        tpl = rng.choice(CHAOTIC_FIX_FRAMES)
        return tpl.format(c=c, **fill)
    if kind == 2:
        c = chaotic_protocol_fix(cmd, rng)
        if c is None:
            return None
        return rng.choice(CHAOTIC_PROTO_FRAMES).format(c=c, **fill)
    toks = cmd.split(" ")
    spoken = say_natural_cmd(cmd, rng)
    cut = rng.randint(1, max(1, len(toks) - 1))
    partial = spoken[:cut]
    if rng.random() < 0.5 and _fixable(toks[cut - 1]):
        partial[-1] = natural_token(wrong_arg(toks[cut - 1], rng), rng)
    full = " ".join(spoken)
    tpl = rng.choice(RESTART_FRAMES)
    marker = rng.choice(RESTART_MARKERS)
    if rng.random() < 0.3 and marker[0].isupper():
        full = full[:1].upper() + full[1:]
    if "wait actually" in tpl:
        fill["p"] = " ".join(partial)
        return tpl.format(c=" ".join(say_natural_cmd(cmd, rng)), R=marker, **fill)
    fill["p"] = " ".join(partial)
    return tpl.format(c=full, R=marker, **fill)


# --------------------------------------------------------------------------- selection
def usable(cmd: str) -> bool:
    return (
        cmd.isascii()
        and 0 < len(cmd) <= 80
        and "\n" not in cmd
        and "\t" not in cmd
        and "  " not in cmd
        and cmd == cmd.strip()
        and "`" not in cmd
    )


def tool_of(cmd: str) -> str:
    toks = cmd.split(" ")
    if toks[0] == "sudo" and len(toks) > 1:
        return toks[1]
    return toks[0]


def load() -> tuple[list[str], list[str], dict[str, str]]:
    primary: list[str] = []
    secondary: list[str] = []
    with (DATA / "train.jsonl").open(encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            if i % 11 not in (0, 1):
                continue
            cmd = json.loads(raw)["command"]
            if usable(cmd):
                (primary if i % 11 == 0 else secondary).append(cmd)
    desc: dict[str, str] = {}
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            d = json.loads(raw)
            desc.setdefault(d["command"], d.get("description", ""))
    return list(dict.fromkeys(primary)), list(dict.fromkeys(secondary)), desc


def main() -> None:
    rng = random.Random(38)
    primary, secondary, desc = load()
    rng.shuffle(primary)
    rng.shuffle(secondary)
    seen = set(primary)
    pool = primary + [c for c in secondary if c not in seen]
    used: set[str] = set()
    tools: dict[str, int] = {}
    rows: dict[str, list[dict[str, str]]] = {}
    for slice_name in ["natural", "chaotic", "clean", "fuzzy"]:
        got: list[dict[str, str]] = []
        for cmd in pool:
            if len(got) >= PER_SLICE:
                break
            if cmd in used or tools.get(tool_of(cmd), 0) >= MAX_PER_TOOL:
                continue
            line = None
            for attempt in range(6):
                k = len(got) + attempt
                if slice_name == "clean":
                    cand = say_clean(cmd, rng)
                elif slice_name == "fuzzy":
                    cand = say_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    cand = say_natural(cmd, _why(desc.get(cmd)), rng, k)
                else:
                    cand = say_chaotic(cmd, rng, k)
                if cand is not None and "  " not in cand and decode(cand) == cmd:
                    line = cand
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
            got.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(got) < PER_SLICE:
            raise SystemExit(f"only {len(got)} lines for {slice_name}")
        rows[slice_name] = got
    with OUT.open("w", encoding="utf-8") as fh:
        for slice_name in ["clean", "fuzzy", "natural", "chaotic"]:
            for row in rows[slice_name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {sum(len(v) for v in rows.values())} lines to {OUT}")


if __name__ == "__main__":
    main()
