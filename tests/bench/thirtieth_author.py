#!/usr/bin/env python3
"""Thirtieth independent author: Noor, the navigator, dictating bash to her driver.

Writes assets/training/bash/author30.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input": <what Whisper wrote>, "command": <exact
command>, "slice": ..., "author": "author30"}. Commands are the "command" field of
assets/training/bash/train.jsonl, lines whose 0-based number % 11 == 2; the "why" Noor gives
in the natural and chaotic slices comes from the matching "description" in corpus.jsonl.
Those commands and descriptions derive from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0; thanks to the tldr-pages authors.

Deterministic: one random.Random(30), consumed in a fixed order; reruns are byte-identical.
Every candidate line is run through decode() below and replaced unless it gives back its
command exactly, so every line in the file is unambiguous under this guide.

PERSONA
    Noor navigates in a pair-programming session and tells the driver what to type. Terse
    and fast. She chunks a command ("okay, git, then log, then dash dash oneline"), puts
    "then", "and then" or "followed by" between the parts, says the usual things with an
    article ("a dash", "the pipe"), sometimes describes a part before naming it ("the flag
    for recursive, that's -recursive"), and answers the driver ("Yep.", "Right, now ...",
    "No, other slash."). Only her half of the conversation is in the transcript.

VOCABULARY (one name per character; the fuzzy slice adds the synonyms after the slash)
    -  dash / minus, hyphen          --  double dash / double hyphen, double minus
    .  dot / period, point           /   slash / forward slash
    \\  backslash / back slash        |   pipe / vertical bar
    *  star / asterisk               ~   tilde / tilda
    =  equals / equal, equal sign    :   colon
    _  underscore / under score      "   quote / double quote
    @  at / at sign                  '   single quote / apostrophe
    <  less than     >  greater than     ;  semicolon     &  ampersand
    #  pound / pound sign            [ ] open bracket, close bracket
    ( ) open paren, close paren      { } open brace, close brace
    $  dollar   %  percent   +  plus   ,  comma   !  bang   ?  question mark
    ^  caret    `  backtick
    Digits: zero one two three four five six seven eight nine (one word per digit).
    Case: "capital x" upper-cases the first letter of the next word, "caps x" (or "all
    caps x") the whole next word; "VBoxManage" is "capital v capital box capital manage".
    Corrections: "no no", "not that", "actually", "wait, change that to" (replace the last
    part), "other way" (swap the last two parts), "no, other slash" (the last slash was the
    wrong kind), "no no, from the top" / "actually, start over" (restart the whole command).
    Hesitations: uh, um, er, erm, hmm.

SLICES
    clean    Pure protocol: every character by name, the word "space" exactly where the
             command has a space, digits as words, case announced. No punctuation.
             "git space stash space pop".
    fuzzy    Same protocol, looser: synonyms from the table, Whisper capitalises the first
             word, adds a final full stop or a comma after a "space", writes some numbers as
             digits, splits a long name in two ("fmt util").
    natural  How Noor says it. "space" is never said. Whisper writes plain words, numbers,
             flags, paths, file names and URLs as text ("-la", "/dev/sdb", "config.yaml");
             characters Noor names stay words ("tilde slash script.m"). Framing sentences
             around the command: openers ("Next one.", "Your turn."), the why ("That's to
             list the mounts."), acknowledgements ("Yep.", "Got it?"), polite tails.
    chaotic  Natural (or, for some lines, protocol) speech with Noor's disfluencies: every
             line has at least one correction or restart; also hesitations, asides ("Hang
             on, reading it off the ticket."), trailing thoughts ("I think that's it.").

LISTENER RULES (what decode() does)
    A. Protocol or not. The transcript is protocol if it contains the word "space", or if it
       has no capital letter and no punctuation at all (a one-word command spelled out).
    B. Protocol. Drop Whisper's punctuation (, . ? !) from the ends of words and ignore
       hesitations. Read left to right: "space" ends the current part; a symbol name (the
       longest match, up to three words) is its character; a digit word or a written number
       is its digits; "capital"/"caps"/"all caps" set the case of the next word; any other
       word is text, lower-cased, glued to what came before (so "fmt util" is "fmtutil").
       Corrections act on parts: "no no"/"not that"/"actually"/"wait change that to" throw
       away the part being spoken (or, right after a "space", the previous part); "other
       way" swaps the last two parts; "no other slash" flips the last slash or backslash;
       "no no from the top" / "actually start over" throws away everything so far.
    C. Natural. Split into sentences at . ? ! followed by a space. Drop a sentence that is an
       acknowledgement (Yep. Right. Good. Nice. Okay. Mm-hm. Got it? Perfect. Cool. Yep,
       that's it.) or that opens like framing (That's, That'll, This one, This is, We need,
       We want, Because, Reason being, Goal is, The idea, Point is, The docs, Should, Next
       one, Okay, next one, Your turn, Keep going, Moving on, Easy one, Quick one, Last one,
       Hang on, Sorry, Let me, Where was I, Hmm, I think, Or something, Trust me, Careful,
       Don't, Nearly there, One sec, Wait for it). Every other sentence carries command.
    D. In a command sentence, strip at most one opener (okay / right / yep / so / alright /
       next / good, optionally followed by "so" or "now"; or a bare "now") and then at most
       one cue (type, put, go with, start with, write, enter, do, optionally after "can you",
       "let's" or "just"; or "it's", "what we want is", "just"). If nothing was stripped,
       the first letter is Whisper's sentence capital and is read lower-case. A tail is
       dropped: ", please", ", nothing else", "and hit enter", and a why clause after ", so
       we can", ", because we want/need to" or ", that'll".
    E. The command sentences are read as one stream. A described part counts from "that's":
       "the flag for recursive, that's -recursive" is "-recursive". Commas (followed by a
       space), "then", "and then" and "followed by" are the gaps between parts; a gap is one
       space in the command. Inside a part, a symbol name glues to both neighbours with no
       space, while two written words in a row keep one space between them ("git log").
       "a"/"an"/"the" right before a symbol name is Noor's habit and is dropped ("a dash r"
       is "-r"). Hesitations are ignored. Corrections act on parts as in B; a replacement
       part follows its marker directly ("push, no no, pull").
    Ambiguity is avoided, not resolved: a line where a framing word, cue, marker or symbol
    name would collide with the command's own text is rejected and written another way.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author30.jsonl"
AUTHOR = "author30"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
ATTEMPTS = 40

# ---------------------------------------------------------------- vocabulary

SYMBOLS = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe", "*": "star",
    "~": "tilde", "=": "equals", ":": "colon", "_": "underscore", '"': "quote", "@": "at",
    "'": "single quote", "<": "less than", ">": "greater than", ";": "semicolon",
    "&": "ampersand", "#": "pound", "[": "open bracket", "]": "close bracket",
    "(": "open paren", ")": "close paren", "{": "open brace", "}": "close brace",
    "$": "dollar", "%": "percent", "+": "plus", ",": "comma", "!": "bang",
    "?": "question mark", "^": "caret", "`": "backtick",
}
FUZZY_SYNONYMS = {
    "-": ("minus", "hyphen"), ".": ("period", "point"), "/": ("forward slash",),
    "\\": ("back slash",), "*": ("asterisk",), "~": ("tilda",), "=": ("equal sign", "equal"),
    "|": ("vertical bar",), '"': ("double quote",), "@": ("at sign",), "#": ("pound sign",),
    "_": ("under score",), "'": ("apostrophe",),
}
FUZZY_DOUBLE = ("double hyphen", "minus minus", "dash dash", "double minus")
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
FILLERS = {"uh", "um", "er", "erm", "hmm"}


def _lexicon() -> dict[tuple[str, ...], str]:
    lex: dict[tuple[str, ...], str] = {}
    for ch, name in SYMBOLS.items():
        lex[tuple(name.split())] = ch
    for ch, names in FUZZY_SYNONYMS.items():
        for name in names:
            lex[tuple(name.split())] = ch
    for name in ("double dash", "double hyphen", "double minus"):
        lex[tuple(name.split())] = "--"
    return lex


LEXICON = _lexicon()
LEX_MAX = max(len(k) for k in LEXICON)
RESERVED = {w for k in LEXICON for w in k} | set(DIGIT_WORDS) | FILLERS | {
    "space", "capital", "caps", "all", "no", "not", "that", "actually", "wait", "change",
    "to", "other", "way", "from", "the", "top", "start", "over", "then", "and", "a", "an",
}


def match_symbol(words: list[str], i: int) -> tuple[str | None, int]:
    """Longest symbol name starting at words[i] (already lower-cased)."""
    for n in range(min(LEX_MAX, len(words) - i), 0, -1):
        ch = LEXICON.get(tuple(words[i:i + n]))
        if ch is not None:
            return ch, n
    return None, 0


# ---------------------------------------------------------------- listener

PROTO_MARKERS = (
    (("no", "no", "from", "the", "top"), "S"),
    (("actually", "start", "over"), "S"),
    (("no", "other", "slash"), "O"),
    (("wait", "change", "that", "to"), "R"),
    (("no", "no"), "R"),
    (("not", "that"), "R"),
    (("actually",), "R"),
    (("other", "way"), "W"),
)


def _flip_slash(text: str) -> str | None:
    i = max(text.rfind("/"), text.rfind("\\"))
    if i < 0:
        return None
    return text[:i] + ("\\" if text[i] == "/" else "/") + text[i + 1:]


def decode_protocol(text: str) -> str | None:
    words = [w.strip(",.?!").lower() for w in text.split()]
    words = [w for w in words if w and w not in FILLERS]
    parts: list[str] = []
    cur = ""
    case = None
    i = 0
    while i < len(words):
        w = words[i]
        marker = None
        for seq, kind in PROTO_MARKERS:
            if tuple(words[i:i + len(seq)]) == seq:
                marker, i = kind, i + len(seq)
                break
        if marker == "S":
            parts, cur = [], ""
            continue
        if marker == "R":
            if cur:
                cur = ""
            elif parts:
                parts.pop()
            continue
        if marker == "W":
            if cur:
                parts.append(cur)
                cur = ""
            parts = [p for p in parts if p]
            if len(parts) < 2:
                return None
            parts[-1], parts[-2] = parts[-2], parts[-1]
            continue
        if marker == "O":
            target = cur if cur else (parts[-1] if parts else "")
            flipped = _flip_slash(target)
            if flipped is None:
                return None
            if cur:
                cur = flipped
            else:
                parts[-1] = flipped
            continue
        if w == "space":
            parts.append(cur)
            cur = ""
            i += 1
            continue
        if w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
            case, i = "caps", i + 2
            continue
        if w in ("capital", "caps"):
            case, i = w, i + 1
            continue
        ch, n = match_symbol(words, i)
        if ch is not None:
            if case:
                return None
            cur += ch
            i += n
            continue
        if w in DIGIT_WORDS:
            cur += str(DIGIT_WORDS.index(w))
        elif w.isdigit() and w.isascii():
            cur += w
        elif w.isalpha() and w.isascii():
            if case == "capital":
                w = w[0].upper() + w[1:]
            elif case == "caps":
                w = w.upper()
            cur += w
            case = None
        else:
            return None
        i += 1
    parts.append(cur)
    return " ".join(p for p in parts if p)


ACKS = {
    "Yep", "Right", "Good", "Nice", "Okay", "Mm-hm", "Got it", "Perfect", "Cool",
    "Yep, that's it", "Yep, yep", "Right, right",
}
FRAMING_RE = re.compile(
    r"(?:That's|That'll|This one|This is|We need|We want|Because|Reason being|Goal is|"
    r"The idea|Point is|The docs|Should|Next one|Okay, next one|Your turn|Keep going|"
    r"Moving on|Easy one|Quick one|Last one|Hang on|Sorry|Let me|Where was I|Hmm|I think|"
    r"Or something|Trust me|Careful|Don't|Nearly there|One sec|Wait for it)\b"
)
LEAD_RE = re.compile(
    r"(?:(?:okay|right|yep|so|alright|next|good),?\s+(?:so,?\s+|now,?\s+)?|now,?\s+)?"
    r"(?:(?:can you |let's |just )?(?:type|put|go with|start with|write|enter|do)\s+"
    r"|it's\s+|what we want is\s+|just\s+)?",
    re.I,
)
TAIL_RE = re.compile(
    r"(?:,\s+(?:please|nothing else)|,?\s+and hit enter"
    r"|,\s+(?:so we can|because we (?:want|need) to|that'll)\s.*)$",
    re.I,
)
DESCRIBE_RE = re.compile(r"\bthe (?:(?!\bthe )[^,])*, that's\s+", re.I)
NAT_MARKERS = (
    (re.compile(r"\b(?:no no|not that|actually),?\s+(?:from the top|start over)\b", re.I), "S"),
    (re.compile(r"\bno,?\s+other slash\b", re.I), "O"),
    (re.compile(r"\bwait,?\s+change that to\b", re.I), "R"),
    (re.compile(r"\bother way(?: round)?\b", re.I), "W"),
    (re.compile(r"\b(?:no no|not that|actually)\b", re.I), "R"),
)
MARKER_RE = re.compile(
    r"\b(?:no no|not that|actually|wait,? change that to|other way|no,? other slash)\b", re.I
)
SENT_SPLIT = re.compile(r"(?<=[.?!])\s+")
NAT_TOKEN = re.compile(r"\x01[RSWO]|[^\s,]+(?:,[^\s,]+)*|,")


def glue(tokens: list[str]) -> str | None:
    """One part: symbol names glue to both sides, written words keep a space between."""
    low = [t.lower() for t in tokens]
    out = ""
    prev = None
    case = None
    i = 0
    while i < len(tokens):
        if low[i] in ("a", "an", "the") and match_symbol(low, i + 1)[0] is not None:
            i += 1
            continue
        ch, n = match_symbol(low, i)
        if ch is not None:
            if case:
                return None
            out += ch
            prev = "sym"
            i += n
            continue
        if low[i] == "all" and i + 1 < len(low) and low[i + 1] == "caps":
            case, i = "caps", i + 2
            continue
        if low[i] in ("capital", "caps"):
            case, i = low[i], i + 1
            continue
        word = tokens[i]
        if case == "capital":
            word = word[0].upper() + word[1:]
        elif case == "caps":
            word = word.upper()
        case = None
        if prev == "lit":
            out += " "
        out += word
        prev = "lit"
        i += 1
    return None if case else out


def decode_natural(text: str) -> str | None:
    bodies = []
    for sent in SENT_SPLIT.split(text.strip()):
        s = sent.strip().rstrip(".?!").strip()
        if not s or s in ACKS or FRAMING_RE.match(s):
            continue
        m = LEAD_RE.match(s)
        body = s[m.end():] if m.end() else s[:1].lower() + s[1:]
        bodies.append(TAIL_RE.sub("", body))
    body = " , ".join(bodies)
    body = DESCRIBE_RE.sub(" ", body)
    for pattern, kind in NAT_MARKERS:
        body = pattern.sub(f" , \x01{kind} , ", body)
    tokens = NAT_TOKEN.findall(body)
    parts: list[list[str]] = []
    cur: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        low = t.lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        gap = t == "," or low == "then" or t.startswith("\x01")
        two = (low, nxt) in (("and", "then"), ("followed", "by"))
        if gap or two:
            if cur:
                parts.append(cur)
                cur = []
            if two:
                i += 1
            kind = t[1] if t.startswith("\x01") else ""
            if kind == "S":
                parts = []
            elif kind == "R":
                if not parts:
                    return None
                parts.pop()
            elif kind == "W":
                if len(parts) < 2:
                    return None
                parts[-1], parts[-2] = parts[-2], parts[-1]
            elif kind == "O":
                if not parts:
                    return None
                j = max((k for k, w in enumerate(parts[-1]) if w.lower() in
                         ("slash", "backslash")), default=-1)
                if j < 0:
                    return None
                parts[-1][j] = "backslash" if parts[-1][j].lower() == "slash" else "slash"
        elif low not in FILLERS:
            cur.append(t)
        i += 1
    if cur:
        parts.append(cur)
    glued = [glue(p) for p in parts]
    if not glued or any(g is None for g in glued):
        return None
    return " ".join(g for g in glued if g)


def decode(line: str) -> str | None:
    """Noor's careful listener: the command this transcript stands for, or None."""
    words = [w.strip(",.?!").lower() for w in line.split()]
    bare = not re.search(r"[A-Z,.?!]", line)
    if "space" in words or bare:
        return decode_protocol(line)
    return decode_natural(line)


# ---------------------------------------------------------------- protocol speaker

UNIT_RE = re.compile(r"--|[A-Z]{2,}(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+| |.")


def protocol_units(cmd: str) -> list[str]:
    return UNIT_RE.findall(cmd)


def clean_words(cmd: str) -> list[str]:
    words: list[str] = []
    for u in protocol_units(cmd):
        if u == " ":
            words.append("space")
        elif u == "--":
            words.append("double dash")
        elif u.islower():
            words.append(u)
        elif u.isdigit():
            words.extend(DIGIT_WORDS[int(d)] for d in u)
        elif u.isupper() and len(u) > 1:
            words.append("caps " + u.lower())
        elif u[0].isupper():
            words.append("capital " + u.lower())
        else:
            words.append(SYMBOLS[u])
    return words


def render_clean(cmd: str, rng: random.Random) -> str:
    return " ".join(clean_words(cmd))


SUBWORDS = {
    "crop", "util", "tool", "tools", "img", "grep", "file", "name", "show", "list", "info",
    "ctl", "top", "server", "load", "view", "diff", "test", "config", "push", "pull", "build",
    "dump", "fetch", "make", "clean", "check", "sort", "look", "cat", "mirror", "mirrors",
    "pdf", "ppm", "pnm", "pam", "pgm", "csv", "git", "py", "kube", "docker", "virtual", "env",
    "power", "script", "log", "manage", "remote", "image", "html", "user", "password", "group",
    "sync", "lint", "shell", "debug", "capacity", "upgrade", "extensions", "wire", "pulse",
    "snapshot", "container", "version", "force", "remove", "install", "help", "status",
}


def split_name(word: str, rng: random.Random) -> str | None:
    """A long name that Whisper writes as two words ("fmt util", "pdf crop")."""
    cuts = [k for k in range(2, len(word) - 1)
            if word[:k] not in RESERVED and word[k:] not in RESERVED
            and (word[:k] in SUBWORDS or word[k:] in SUBWORDS)]
    if not cuts:
        return None
    k = rng.choice(cuts)
    return word[:k] + " " + word[k:]


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    words: list[str] = []
    split_done = False
    for u in protocol_units(cmd):
        if u == " ":
            words.append("space," if rng.random() < 0.3 else "space")
        elif u == "--":
            words.append(rng.choice(FUZZY_DOUBLE) if rng.random() < 0.6 else "double dash")
        elif u.islower():
            alt = None
            if not split_done and len(u) >= 6 and rng.random() < 0.6:
                alt = split_name(u, rng)
            if alt:
                split_done = True
            words.append(alt or u)
        elif u.isdigit():
            if rng.random() < 0.5:
                words.append(u)
            else:
                words.extend(DIGIT_WORDS[int(d)] for d in u)
        elif u.isupper() and len(u) > 1:
            words.append(("all caps " if rng.random() < 0.4 else "caps ") + u.lower())
        elif u[0].isupper():
            words.append("capital " + u.lower())
        elif u in FUZZY_SYNONYMS and rng.random() < 0.55:
            words.append(rng.choice(FUZZY_SYNONYMS[u]))
        else:
            words.append(SYMBOLS[u])
    text = " ".join(words).rstrip(",")
    if rng.random() < 0.6:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


# ---------------------------------------------------------------- natural speaker

TEXTABLE = set(".-/:@,+=%")
TRAIL_OK = set("/:")
SEPARATORS = (
    (", then ", 30), (", ", 18), (" then ", 8), (", and then ", 14), (", followed by ", 7),
    (". Then ", 5), (". Yep. Then ", 4), (". Yep, then ", 3), (". Right. And then ", 3),
    (". Got it? Then ", 2), (". Mm-hm, and then ", 2), (". Followed by ", 2),
)
SENTENCE_SEPARATORS = ("Then ", "And then ", "Yep, then ", "Right, and then ", "Followed by ")
OPENERS = (
    "Okay, ", "Right, now ", "Right, ", "Yep, ", "So, ", "Alright, ", "Now ", "Okay, so ",
    "Yep, now ", "Next, ", "Good, now ", "Okay, now ",
)
CUES = (
    "type ", "put ", "go with ", "start with ", "it's ", "write ", "let's do ",
    "can you type ", "just ", "what we want is ", "enter ", "just type ",
)
PRE_FILLERS = (
    "Next one.", "Okay, next one.", "Your turn.", "Easy one.", "Quick one.", "Moving on.",
    "Keep going.", "Last one for this bit.", "Careful with this one.", "Nearly there.",
    "Yep.", "Right.", "Good.", "Okay.", "Perfect.", "Yep, that's it.", "Wait for it.",
)
POST_FILLERS = (
    "Yep, that's it.", "That's all.", "Should do it.", "Trust me.", "Don't hit enter yet.",
    "Careful, double-check it.", "That's the one.", "Got it?", "Good.",
)
WHY_PRE = (
    "We need to {d}.", "We want to {d}.", "Goal is to {d}.", "The idea is to {d}.",
    "Point is to {d}.", "Okay, next one, we need to {d}.",
)
WHY_POST = (
    "That's to {d}.", "That'll {d}.", "Should {d}.", "This one should {d}.",
    "Reason being, we want to {d}.", "Because we want to {d}.",
)
WHY_NOUN = ("The docs call it {d}.", "This is for {d}.", "This one is {d}.")
WHY_TAILS = (", so we can {d}", ", because we want to {d}", ", because we need to {d}",
             ", that'll {d}")
PLAIN_TAILS = (", please", " and hit enter", ", nothing else")
ASIDES = (
    "Hang on, reading it off the ticket.", "Sorry, Slack pinged.", "Let me scroll up.",
    "Where was I.", "Hmm, hold on.", "One sec, the wifi.", "Sorry, I misread.",
    "Let me check the README.", "Hang on, my notes are a mess.", "Sorry, wrong tab.",
)
TRAILING = (
    "I think that's it.", "Or something like that.", "I think that's right, anyway.",
    "Should work, I think.", "I think. Yeah.", "Or something like that, we'll see.",
)
FLAG_POOL = ("-v", "-f", "-r", "-a", "-n", "-l", "--force", "--all", "--verbose", "--help",
             "--dry-run", "-h", "--quiet", "-d")
WORD_POOL = ("main", "demo", "test", "origin", "src", "docs", "data", "config", "build",
             "status", "pull", "push", "list", "show", "start", "stop", "init", "logs")
NOUNISH = {"Old"}
ARTICLES = {"dash": "a", "double dash": "a", "slash": "a", "star": "a", "tilde": "the",
            "pipe": "the", "dot": "the", "greater than": "a"}


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    total = sum(w for _, w in table)
    x = rng.random() * total
    for item, w in table:
        x -= w
        if x < 0:
            return item
    return table[-1][0]


def nat_tokens(arg: str, rng: random.Random, spell: bool = False) -> list[tuple[str, str]]:
    """How Whisper writes one argument: ("lit", text) and ("sym", spoken name) tokens."""
    pieces = re.findall(r"[A-Za-z0-9]+|.", arg)
    url = "://" in arg
    spelled = spell or (not url and rng.random() < 0.25)
    kinds = []
    for p in pieces:
        if p[0].isalnum():
            kinds.append("a")
        elif p in TEXTABLE and not spelled:
            kinds.append("t")
        else:
            kinds.append("s")
    lead = 0
    while lead < len(pieces) and pieces[lead] == "-":
        lead += 1
    body_follows = lead < len(pieces) and kinds[lead] == "a"
    for _ in range(3):
        for i, k in enumerate(kinds):
            if k != "t":
                continue
            if i < lead:
                if not body_follows:
                    kinds[i] = "s"
                continue
            starts = i == 0 or kinds[i - 1] == "s"
            if starts and not (i == 0 and pieces[i] == "/" and len(pieces) > 1
                               and kinds[1] == "a"):
                kinds[i] = "s"
        for i in range(len(pieces) - 1, -1, -1):
            ends = i == len(pieces) - 1 or kinds[i + 1] == "s"
            if kinds[i] == "t" and ends and pieces[i] not in TRAIL_OK:
                kinds[i] = "s"
    toks: list[tuple[str, str]] = []
    buf = ""
    i = 0
    while i < len(pieces):
        if kinds[i] in "at":
            buf += pieces[i]
            i += 1
            continue
        if buf:
            toks.append(("lit", buf))
            buf = ""
        if (pieces[i] == "-" and i + 1 < len(pieces) and pieces[i + 1] == "-"
                and kinds[i + 1] == "s" and rng.random() < 0.6):
            toks.append(("sym", "double dash"))
            i += 2
            continue
        toks.append(("sym", SYMBOLS[pieces[i]]))
        i += 1
    if buf:
        toks.append(("lit", buf))
    return toks


def describe(arg: str, prev: str, rng: random.Random) -> str | None:
    """Noor's description of a part before she names it, or None."""
    if arg.startswith("--") and re.fullmatch(r"--[a-z][a-z-]+(=.*)?", arg):
        name = arg[2:].split("=")[0].replace("-", " ")
        return rng.choice((f"the flag for {name}", f"the {name} flag", f"the {name} option"))
    if re.fullmatch(r"-[A-Za-z]", arg):
        return rng.choice(("the short flag", "the one-letter flag"))
    if "://" in arg:
        return rng.choice(("the URL", "the address"))
    if arg.isdigit():
        if "port" in prev:
            return "the port"
        return rng.choice(("the number", "the value"))
    if "/" in arg:
        return rng.choice(("the path", "the location"))
    m = re.fullmatch(r"[\w-]+\.([a-z]{1,4})", arg)
    if m:
        return rng.choice(("the file", f"the {m.group(1)} file"))
    return None


def tok_text(toks: list[tuple[str, str]]) -> str:
    return " ".join(t for _, t in toks)


class Group:
    """A run of arguments that Noor says as one part (no gap word inside)."""

    def __init__(self, args: list[str], toks: list[list[tuple[str, str]]]):
        self.args = args
        self.toks = toks

    def text(self, rng: random.Random, intro: bool) -> str:
        body = " ".join(tok_text(t) for t in self.toks)
        if intro and len(self.args) == 1 and rng.random() < 0.14:
            d = describe(self.args[0], "", rng)
            if d:
                return f"{d}, that's {body}"
        first = self.toks[0][0]
        if intro and first[0] == "sym" and first[1] in ARTICLES and rng.random() < 0.35:
            return ARTICLES[first[1]] + " " + body
        return body


def make_groups(args: list[str], rng: random.Random, spell_idx: int = -1) -> list[Group]:
    groups: list[Group] = []
    for i, arg in enumerate(args):
        toks = nat_tokens(arg, rng, spell=i == spell_idx)
        if (groups and len(groups[-1].args) < 3 and groups[-1].toks[-1][-1][0] == "lit"
                and toks[0][0] == "lit" and spell_idx < 0 and rng.random() < 0.3):
            groups[-1].args.append(arg)
            groups[-1].toks.append(toks)
        else:
            groups.append(Group([arg], [toks]))
    return groups


def clean_desc(desc: str) -> tuple[str, bool]:
    d = re.sub(r"\s*\([^()]*\)", "", desc)
    d = re.sub(r"^Interactive (?=[A-Z])", "", d)
    d = re.split(r"\.\s|;|:\s", d)[0]
    d = re.sub(r"[\"?!<>]", "", d).rstrip(". ").strip()
    d = re.sub(r"\s+", " ", d)
    verbish = d.split()[0] not in NOUNISH
    first = d.split()[0]
    if not (len(first) > 1 and first[:2].isupper()):
        d = d[0].lower() + d[1:]
    return d, verbish


def marker_text(kind: str, rng: random.Random) -> tuple[str, bool]:
    """Spoken marker, and whether it ends the sentence."""
    table = {
        "R": ((", no no, ", False), (", not that, ", False), (", actually ", False),
              (", actually, ", False), (". No no, ", False), (". Not that, ", False),
              (", wait, change that to ", False), (". Wait, change that to ", False),
              (", uh, no no, ", False)),
        "S": ((". No no, from the top. ", True), (", actually, start over. ", True),
              (". Actually, start over. ", True), (", no no, from the top. ", True)),
        "W": ((", other way. ", True), (", other way round. ", True), (". Other way. ", True)),
        "O": ((". No, other slash. ", True), (", no, other slash. ", True)),
    }
    return rng.choice(table[kind])


def speak_elements(elements: list[tuple[str, str]], rng: random.Random) -> str:
    """Join parts ("G", text) and markers ("M", kind) into Noor's command speech."""
    out = ""
    state = "first"  # first | gap | sentence | direct
    for kind, val in elements:
        if kind == "M":
            phrase, ends = marker_text(val, rng)
            out += phrase
            if val in ("W", "O"):
                state = "sentence" if ends else "gap"
            else:
                state = "direct"
            continue
        if state == "gap":
            out += weighted(rng, SEPARATORS)
        elif state == "sentence":
            out += rng.choice(SENTENCE_SEPARATORS)
        if kind == "H":
            out += val
            continue
        out += val
        state = "gap"
    return out


def capitalise_sentences(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def frame(body: str, desc: str, verbish: bool, rng: random.Random,
          chaotic: bool = False) -> str:
    """Wrap the command speech in Noor's framing sentences."""
    why_used = False
    pre = ""
    r = rng.random()
    if r < 0.28:
        pre = rng.choice(PRE_FILLERS) + " "
    elif r < 0.48:
        pre = rng.choice(WHY_PRE if verbish else WHY_NOUN).format(d=desc) + " "
        why_used = True
    if pre and pre.rstrip(". ") not in ACKS and rng.random() < 0.15:
        pre = rng.choice(("Yep. ", "Right. ", "Okay. ")) + pre
    opener = rng.choice(OPENERS) if rng.random() < 0.6 else ""
    cue = rng.choice(CUES) if rng.random() < 0.45 else ""
    if cue == "can you type " and re.search(r"[.?] ", body.strip()):
        cue = "type "
    question = cue == "can you type "
    tail = ""
    r = rng.random()
    if r < 0.15 and verbish and not why_used and not question:
        tail = rng.choice(WHY_TAILS).format(d=desc)
        why_used = True
    elif r < 0.27 and not question:
        tail = rng.choice(PLAIN_TAILS)
    post = ""
    r = rng.random()
    if r < 0.3 and not why_used:
        post = " " + rng.choice(WHY_POST if verbish else WHY_NOUN).format(d=desc)
    elif r < 0.5:
        post = " " + rng.choice(POST_FILLERS)
    if chaotic and rng.random() < 0.3:
        post += " " + rng.choice(TRAILING)
    end = "?" if question else "."
    text = pre + opener + cue + body.rstrip(" ") + tail
    if text.endswith((".", "?")):
        text = text[:-1]
    return capitalise_sentences(text + end + post)


def render_natural(cmd: str, desc: str, verbish: bool, rng: random.Random) -> str:
    groups = make_groups(cmd.split(" "), rng)
    elements = [("G", g.text(rng, i > 0)) for i, g in enumerate(groups)]
    return frame(speak_elements(elements, rng), desc, verbish, rng)


# ---------------------------------------------------------------- chaotic speaker


def wrong_arg(arg: str, others: list[str], rng: random.Random) -> str:
    if arg.startswith("-"):
        return rng.choice([f for f in FLAG_POOL if f != arg])
    choices = [o for o in others[1:]
               if o != arg and not o.startswith("-") and re.search("[a-z]", o)]
    if choices and rng.random() < 0.4:
        return rng.choice(choices)
    if re.fullmatch(r"[a-z]{4,}", arg) and rng.random() < 0.5:
        k = rng.randrange(1, len(arg) - 2)
        typo = arg[:k] + arg[k + 1] + arg[k] + arg[k + 2:]
        if typo != arg:
            return typo
    return rng.choice([w for w in WORD_POOL if w != arg])


def wrong_group(g: Group, others: list[str], rng: random.Random) -> str:
    k = rng.randrange(len(g.args))
    args = list(g.args)
    args[k] = wrong_arg(args[k], others, rng)
    return " ".join(tok_text(nat_tokens(a, rng)) for a in args)


def backslash_group(g: Group) -> str | None:
    toks = [list(t) for t in g.toks]
    for a in range(len(toks) - 1, -1, -1):
        for b in range(len(toks[a]) - 1, -1, -1):
            if toks[a][b] == ("sym", "slash"):
                toks[a][b] = ("sym", "backslash")
                return " ".join(tok_text(t) for t in toks)
    return None


def hesitate(text: str, rng: random.Random) -> str:
    return rng.choice(("uh, ", "um, ", "uh ", "er, ")) + text


def render_chaotic_natural(cmd: str, desc: str, verbish: bool, rng: random.Random,
                           other: str) -> str:
    args = cmd.split(" ")
    slash_args = [i for i, a in enumerate(args) if "/" in a and "://" not in a]
    primary = rng.choice(("R", "R", "R", "S", "W", "O"))
    if primary == "O" and not slash_args:
        primary = "R"
    spell_idx = rng.choice(slash_args) if primary == "O" else -1
    groups = make_groups(args, rng, spell_idx)
    if primary == "W" and len(groups) < 2:
        primary = "R"
    extra = rng.choice(("R", "S")) if rng.random() < 0.35 else ""
    if extra == primary:
        extra = ""
    n = len(groups)
    swap_at = -1
    if primary == "W":
        swap_at = rng.randrange(1, n - 1) if n > 2 else 0
    slash_at = -1
    if primary == "O":
        slash_at = next(i for i, g in enumerate(groups) if args[spell_idx] in g.args)
    fix_at = -1
    if "R" in (primary, extra):
        busy = {swap_at, swap_at + 1} if swap_at >= 0 else set()
        free = [i for i in range(n) if i not in busy and i != slash_at]
        later = [i for i in free if i > 0]
        if later or free:
            fix_at = rng.choice(later or free)
    elements: list[tuple[str, str]] = []
    restart = "S" in (primary, extra)
    if restart:
        if rng.random() < 0.5:
            wrong = make_groups(other.split(" "), rng)[: rng.randint(1, 2)]
            elements += [("G", g.text(rng, i > 0)) for i, g in enumerate(wrong)]
        else:
            k = rng.randint(1, n)
            for i, g in enumerate(groups[:k]):
                text = wrong_group(g, args, rng) if i == k - 1 else g.text(rng, i > 0)
                elements.append(("G", text))
        elements.append(("M", "S"))
    i = 0
    while i < n:
        g = groups[i]
        text = g.text(rng, i > 0)
        if i == 0 and restart and rng.random() < 0.5:
            text = rng.choice(("Okay, ", "Right, ", "Okay, so ", "Right, type ")) + text
        elif i > 0 and rng.random() < 0.15:
            text = hesitate(text, rng)
        if i == swap_at:
            first = groups[i + 1].text(rng, True)
            if i == 0 and restart and rng.random() < 0.5:
                first = "Okay, " + first
            elements += [("G", first), ("G", g.text(rng, True)), ("M", "W")]
            i += 2
            continue
        if i == fix_at:
            elements += [("G", wrong_group(g, args, rng)), ("M", "R")]
        if i == slash_at:
            bad = backslash_group(g)
            if bad is not None:
                elements += [("G", bad), ("M", "O")]
                i += 1
                continue
        elements.append(("G", text))
        i += 1
    spoken = speak_elements(elements, rng)
    if rng.random() < 0.3:
        cut = [m.start() for m in re.finditer(r"[.?] (?=[A-Z])", spoken)]
        if cut:
            k = rng.choice(cut) + 2
            spoken = spoken[:k] + rng.choice(ASIDES) + " " + spoken[k:]
    return frame(spoken, desc, verbish, rng, chaotic=True)


def render_chaotic_protocol(cmd: str, rng: random.Random, other: str) -> str:
    args = cmd.split(" ")
    pieces = [" ".join(clean_words(a)) for a in args]
    kind = rng.choice(("R", "R", "R", "S", "W", "O"))
    slash = [i for i, p in enumerate(pieces) if " slash" in " " + p]
    if kind == "O" and not slash:
        kind = "R"
    if kind == "W" and len(pieces) < 3:
        kind = "R"
    out: list[str] = []
    if kind == "S":
        wrong = [" ".join(clean_words(a)) for a in other.split(" ")][: rng.randint(1, 3)]
        out.append(" space ".join(wrong) + rng.choice(
            (", no no, from the top, ", ". Actually, start over. ", ", actually start over, ")))
    fix = rng.randrange(len(pieces)) if kind == "R" else -1
    swap = rng.randrange(1, len(pieces) - 1) if kind == "W" else -1
    flip = rng.choice(slash) if kind == "O" else -1
    body = ""
    i = 0
    while i < len(pieces):
        p = pieces[i]
        gap = "" if i == 0 else rng.choice(
            (" space ", " space ", " space ", " space, ", " space, ", " space uh "))
        if i == swap:
            body += gap + pieces[i + 1] + " space " + p + rng.choice(
                (", other way, ", " other way ")).rstrip(" ")
            i += 2
            continue
        if i == fix:
            wrong = " ".join(clean_words(wrong_arg(args[i], args, rng)))
            body += gap + wrong + rng.choice(
                (", no no, ", ", not that, ", " actually ", ", wait, change that to "))
            body += p
        elif i == flip:
            words = p.split(" ")
            j = max(k for k, w in enumerate(words) if w == "slash")
            words[j] = "backslash"
            words.insert(j + 1, rng.choice((", no, other slash,", "no, other slash,")))
            body += gap + " ".join(words).replace(" , ", ", ")
        else:
            body += gap + p
        i += 1
    out.append(body)
    text = "".join(out).rstrip(", ")
    if rng.random() < 0.3:
        text = rng.choice(("uh, ", "um ")) + text
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.4:
        text += "."
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- assembly


def tool(cmd: str) -> str:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        words = words[1:]
        while len(words) > 1 and words[0].startswith("-"):
            words = words[1:]
    return words[0]


def load_candidates() -> list[tuple[str, str]]:
    descs: dict[str, str] = {}
    with open(DATA / "corpus.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            descs.setdefault(row["command"], row["description"])
    out = []
    seen = set()
    with open(DATA / "train.jsonl", encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 11 != 2:
                continue
            cmd = json.loads(raw)["command"]
            ok = (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                  and "  " not in cmd and cmd == cmd.strip() and cmd in descs)
            if ok and cmd not in seen:
                seen.add(cmd)
                out.append((cmd, descs[cmd]))
    return out


def make_line(slice_name: str, cmd: str, desc: str, rng: random.Random,
              others: list[tuple[str, str]]) -> str | None:
    d, verbish = clean_desc(desc)
    clean = render_clean(cmd, rng)
    for _ in range(ATTEMPTS):
        spoken = slice_name in ("natural", "chaotic")
        if slice_name == "clean":
            line = clean
        elif slice_name == "fuzzy":
            line = render_fuzzy(cmd, rng)
            if line == clean:
                continue
        elif slice_name == "natural":
            line = render_natural(cmd, d, verbish, rng)
        else:
            other = rng.choice(others)[0]
            if " " in cmd and rng.random() < 0.25:
                line = render_chaotic_protocol(cmd, rng, other)
                spoken = False
            else:
                line = render_chaotic_natural(cmd, d, verbish, rng, other)
            if not MARKER_RE.search(line):
                continue
        line = re.sub(r"\s+", " ", line).strip()
        if spoken and re.search(r"\bspace\b", line, re.I):
            continue
        if decode(line) == cmd:
            return line
    return None


def main() -> None:
    rng = random.Random(30)
    cands = load_candidates()
    order = list(range(len(cands)))
    rng.shuffle(order)
    used: Counter[str] = Counter()
    rows = []
    deferred: list[int] = []
    queue = order
    for slice_name in SLICES:
        count = 0
        queue = deferred + queue
        deferred = []
        while count < PER_SLICE:
            if not queue:
                raise SystemExit(f"ran out of commands in slice {slice_name}")
            idx = queue.pop(0)
            cmd, desc = cands[idx]
            if used[tool(cmd)] >= 2:
                continue
            line = make_line(slice_name, cmd, desc, rng, cands)
            if line is None:
                deferred.append(idx)
                continue
            used[tool(cmd)] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
