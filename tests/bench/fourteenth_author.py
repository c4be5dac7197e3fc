"""Fourteenth independent author: Ms. Okafor live-codes an intro Linux class with a lapel mic.

Writes ``assets/training/bash/author14.jsonl``: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is ``{"input", "command", "slice", "author": "fourteenth"}``.
Run it with ``python3 tests/bench/fourteenth_author.py`` from the repository root; one
``random.Random(14)`` is consumed in a fixed order, so reruns are byte-identical.

Commands are the ``command`` field of ``assets/training/bash/train.jsonl`` (0-based line number
% 3 == 1 only). The commands, and the plain-English descriptions used as the "why" in the natural
and chaotic slices (``assets/training/bash/corpus.jsonl``), come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, by the tldr-pages contributors.

Persona
=======
Ms. Okafor teaches an introductory Linux course. She dictates while live-coding in front of the
class, so she narrates ("so what we're going to do here is type", "let's go ahead and run",
"and then we pass it", "and we hit enter"), explains a flag right after saying it ("dash l,
that's for the long format") without wanting the explanation typed, asks the room rhetorical
questions, and says "minus" for a dash about half the time, "tack" now and then (old sysadmin
habit). Her corrections: "oops", "let me fix that", "not X but Y", "(or) rather", "correction",
"strike that".

Slice 1, clean: the spoken protocol
-----------------------------------
Every space of the command is said as the word "space"; nothing else is said, no punctuation.
Between two "space"s everything she says is glued together with no gap.

* Symbols, one name each: - dash, . dot, / slash, | pipe, ~ tilde, " quote, ' single quote,
  _ underscore, : colon, > greater than, < less than, = equals, * star, @ at, , comma,
  ; semicolon, $ dollar, ( open paren, ) close paren, { open brace, } close brace,
  [ open bracket, ] close bracket, & ampersand, % percent, + plus, ! bang, # hash, ^ caret,
  ? question mark, \\ backslash.
* Digits one by one as words: 4096 is "four zero nine six".
* Letters are said as the word or letter run they form, lower case. Case is announced:
  "capital x" makes the first letter of the next word upper case ("capital read capital only"
  is ReadOnly), "all caps head" makes the whole next word upper case (HEAD).
  Example: "git space stash space pop", "mongoimport space dash dash json capital array".

Slice 2, fuzzy: the same protocol, said loosely and transcribed with slips
--------------------------------------------------------------------------
* Looser names (she keeps one name per symbol within a line): - minus / hyphen / tack,
  . period / point, / forward slash, | vertical bar, " double quote, ' apostrophe,
  > greater than sign, < less than sign, = equal sign / equals sign, * asterisk, @ at sign,
  $ dollar sign, ( ) left / right paren, { } left / right brace, [ ] left / right bracket,
  % percent sign, ! exclamation mark, # pound.
* Whisper's slips: the first word capitalised, a final full stop, a comma after some "space"s,
  a digit run written as digits ("4096"), a long name split in two ("mongo import").
  None of these change the command: in protocol speech Whisper's case and its , . ? ! ; :
  stuck to a word mean nothing, only announced case and named symbols count.

Slice 3, natural: how she really says it to the class
-----------------------------------------------------
She never says "space": Whisper's own word gaps are the command's spaces. Whisper writes tool
names, words, digits, IPs, versions, e-mails, URLs, most paths, file names and flags as text,
and writes quoted strings with their quote marks. Around the command she narrates.

* Lead-ins (the command starts right after the LAST one in the line): "what we're going to do
  here is type", "let's go ahead and run", "we start with", "everybody type", "watch what happens
  when I run", "you'd type", "the command is", "let me type this out for you:", "what happens
  if we run", "the next command on the slide is", "here we'd write", "let's try", "just type",
  "type along with me:", "we do that with", "I'm going to enter", "so now we type",
  "now I'm typing". Everything before the lead-in (the why, a question to the class) is talk.
* The command ends at the end of its sentence (. ? or ! then a gap or the end) or earlier at a
  closer: ", and we hit enter", "and hit enter", ", which tells it to ...", ", which is going
  to ...", "and see what we get", ", and notice the ...", ", and there we go".
* "..., and then we pass it ..." inside the command is just a space between the tool and its
  arguments ("We start with git, and then we pass it stash pop.").
* A flag explanation is set off by commas: ", that's ... ," (or up to the end of the command).
  It is never typed.
* Words she names for symbols, and how they join:
  - "dash" / "minus" / "tack": a "-" glued to what follows ("minus minus all" is --all);
  - "capital" before a single letter: that letter upper case ("dash capital L" is -L);
  - "dot", "slash" / "forward slash", "underscore", "equals", "colon": glued on both sides
    ("docs forward slash main dot py" is docs/main.py);
  - "tilde": a "~" glued to what follows ("tilde forward slash notes" is ~/notes);
  - "the dot" alone is the argument "." (current directory); "pipe" is |, "greater than" is >,
    both standing alone between spaces.
  Every other word is typed as written; a comma Whisper put after a word is not typed.

Slice 4, chaotic: the same speech, spoiled by her disfluencies
--------------------------------------------------------------
Every line has at least one correction or restart. The listener:

* drops hesitations "um", "uh", "er" and asides "hang on", "bear with me", "let me zoom in a
  bit", "can everyone in the back see that", "where was I", "I always mix these up", "just a
  second", with their commas;
* "strike that" throws away everything said before it; the command is taken from what follows
  (with or without a new lead-in); a repeated lead-in ("so what we're going to do here is, uh,
  let's go ahead and run ...") is a restart too, since the last lead-in counts;
* "not X but Y" (set off by commas): the last X said before it becomes Y;
* "oops", "let me fix that", "(or) rather", "correction", and a word broken off with a hyphen
  ("sta-,") mark a take-back. Anchor rule: if the first argument she says after the marker is
  an argument she already said, she went back to it and everything from its last occurrence on
  is replaced ("git stash drop, correction, git stash pop"); otherwise she re-says only the
  last argument, which is replaced ("dash la, oops, dash lh"). A broken-off word counts as
  that last argument. Arguments are the space-separated pieces of the command.
* She may also take back protocol speech the same way ("git space stash space drop, oops, pop").

Listener order (``decode``)
---------------------------
1. Drop hesitations and asides. 2. Keep what follows the last "strike that". 3. Keep what follows
the last lead-in, if any. 4. Cut at the sentence end, then at the first closer. 5. Turn "and then
we pass it" into a space, drop ", that's ..." explanations. 6. Apply "not X but Y". 7. Split at
take-back markers and apply the anchor rule, decoding each piece as protocol speech when the
command says the word "space" or the line has no lead-in at all, else as natural speech.

Ambiguities the generator avoids by construction (every line is checked with ``decode``): a
command whose own words are vocabulary words ("hash -r" in protocol speech, a literal "dot"
in natural speech), text tokens ending in , . ? or !, a correction whose re-said argument
already occurs earlier.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
TRAIN = BASH / "train.jsonl"
CORPUS = BASH / "corpus.jsonl"
OUT = BASH / "author14.jsonl"
AUTHOR = "fourteenth"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

CANON = {
    "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "~": "tilde", '"': "quote",
    "'": "single quote", "_": "underscore", ":": "colon", ">": "greater than",
    "<": "less than", "=": "equals", "*": "star", "@": "at", ",": "comma", ";": "semicolon",
    "$": "dollar", "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket", "&": "ampersand",
    "%": "percent", "+": "plus", "!": "bang", "#": "hash", "^": "caret",
    "?": "question mark", "\\": "backslash",
}

LOOSE = {
    "-": ["minus", "minus", "hyphen", "tack"], ".": ["period", "point"],
    "/": ["forward slash"], "|": ["vertical bar"], '"': ["double quote"], "'": ["apostrophe"],
    ">": ["greater than sign"], "<": ["less than sign"], "=": ["equal sign", "equals sign"],
    "*": ["asterisk"], "@": ["at sign"], "$": ["dollar sign"], "(": ["left paren"],
    ")": ["right paren"], "{": ["left brace"], "}": ["right brace"], "[": ["left bracket"],
    "]": ["right bracket"], "%": ["percent sign"], "!": ["exclamation mark"], "#": ["pound"],
}

PROTO_PHRASES: dict[str, str] = {"space": " ", "capital": "CAP", "all caps": "CAPS"}
for _sym, _name in CANON.items():
    PROTO_PHRASES[_name] = _sym
for _sym, _names in LOOSE.items():
    for _name in _names:
        PROTO_PHRASES[_name] = _sym

# natural speech: word -> (text, glued to the left, glued to the right)
NAT_WORDS = {
    "dash": ("-", False, True), "minus": ("-", False, True), "tack": ("-", False, True),
    "dot": (".", True, True), "slash": ("/", True, True), "forward slash": ("/", True, True),
    "underscore": ("_", True, True), "equals": ("=", True, True), "colon": (":", True, True),
    "tilde": ("~", False, True), "pipe": ("|", False, False),
    "greater than": (">", False, False), "the dot": (".", False, False),
}

LEADS = [
    "what we're going to do here is type", "let's go ahead and run", "we start with",
    "everybody type", "watch what happens when i run", "you'd type", "the command is",
    "let me type this out for you:", "what happens if we run", "the next command on the slide is",
    "here we'd write", "let's try", "just type", "type along with me:", "we do that with",
    "i'm going to enter", "so now we type", "now i'm typing",
]
CLOSERS = [
    ", and we hit enter", " and we hit enter", " and hit enter", ", which tells it to ",
    ", which is going to ", " and see what we get", ", and notice the ", ", and there we go",
]
ASIDES = [
    "hang on", "bear with me", "let me zoom in a bit", "can everyone in the back see that",
    "where was i", "i always mix these up", "just a second",
]

LEAD_RE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(x) for x in LEADS) + r")", re.I)
FILLER_RE = re.compile(r",?\s*\b(?:um+|uh+|er)\b[,.]?", re.I)
ASIDE_RE = re.compile(
    r",?\s*\b(?:" + "|".join(re.escape(x) for x in ASIDES) + r")\b[,.?]?", re.I)
STRIKE_RE = re.compile(r"\bstrike that\b[,.:]?", re.I)
END_RE = re.compile(r"[.?!](?=\s|$)")
PASS_RE = re.compile(r",?\s*\band then we pass it\b,?", re.I)
EXPLAIN_RE = re.compile(r",\s*(?:that's|that is)\b[^,]*(?:,|$)", re.I)
NOT_BUT_RE = re.compile(r",\s*not ([^,]+?) but ([^,]+?)\s*(?=,|$)", re.I)
CUTOFF_RE = re.compile(r"(?<![\w-])([a-z]{2,})-(?=[,\s]|$),?")
MARK_RE = re.compile(
    r",?\s*\b(?:oops|let me fix that|or rather|rather|correction)\b[,:]?", re.I)
MARK = "\x00"


# ---------------------------------------------------------------------------------------------
# The listener
# ---------------------------------------------------------------------------------------------


def _span(text: str) -> tuple[str, bool]:
    """Steps 1-5: the part of the transcript that is the command, and whether a lead-in exists."""
    t = " ".join(text.split())
    t = ASIDE_RE.sub(" ", t)
    t = FILLER_RE.sub(" ", t)
    has_lead = LEAD_RE.search(t) is not None
    strikes = list(STRIKE_RE.finditer(t))
    if strikes:
        t = t[strikes[-1].end():]
    leads = list(LEAD_RE.finditer(t))
    if leads:
        t = t[leads[-1].end():]
    t = t.strip(" ,.:")
    end = END_RE.search(t)
    if end:
        t = t[: end.start()]
    low = t.lower()
    cuts = [low.find(c) for c in CLOSERS if c in low]
    if cuts:
        t = t[: min(cuts)]
    t = PASS_RE.sub(" ", t)
    t = EXPLAIN_RE.sub(" ", t)
    return " ".join(t.split()).strip(" ,"), has_lead


def _not_but(t: str) -> str:
    """Step 6: ', not X but Y' turns the last X said before it into Y."""
    while (m := NOT_BUT_RE.search(t)) is not None:
        before, after = t[: m.start()], t[m.end():]
        wrong, right = m.group(1), m.group(2)
        hits = list(re.finditer(r"(?<!\S)" + re.escape(wrong) + r"(?=[\s,]|$)", before))
        if not hits:
            return ""
        h = hits[-1]
        t = before[: h.start()] + right + before[h.end():] + after
    return t


def _proto_args(seg: str) -> list[str]:
    words = [w.strip(",.?!;:").lower() for w in seg.split()]
    words = [w for w in words if w]
    args = [""]
    case = ""
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and phrase in PROTO_PHRASES:
                break
        else:
            n = 0
        if n:
            val = PROTO_PHRASES[phrase]
            i += n
            if val == " ":
                args.append("")
            elif val in ("CAP", "CAPS"):
                case = val
            else:
                args[-1] += val
            continue
        word = words[i]
        i += 1
        if word in NUMBERS:
            word = str(NUMBERS.index(word))
        elif case == "CAP":
            word = word[:1].upper() + word[1:]
        elif case == "CAPS":
            word = word.upper()
        case = ""
        args[-1] += word
    return [a for a in args if a]


def _natural_args(seg: str) -> list[str]:
    words = [w[:-1] if w.endswith(",") else w for w in seg.split()]
    words = [w for w in words if w]
    pieces: list[tuple[str, bool, bool]] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i:i + 2]).lower()
        if i + 1 < len(words) and two in NAT_WORDS:
            pieces.append(NAT_WORDS[two])
            i += 2
        elif words[i].lower() in NAT_WORDS:
            pieces.append(NAT_WORDS[words[i].lower()])
            i += 1
        elif (words[i].lower() == "capital" and i + 1 < len(words)
              and len(words[i + 1]) == 1 and words[i + 1].isalpha()):
            pieces.append((words[i + 1].upper(), False, False))
            i += 2
        else:
            pieces.append((words[i], False, False))
            i += 1
    args: list[str] = []
    glue = False
    for text, left, right in pieces:
        if args and (glue or left):
            args[-1] += text
        else:
            args.append(text)
        glue = right
    return args


def _take_back(args: list[str], new: list[str]) -> list[str]:
    """The anchor rule."""
    if not new:
        return args
    for k in range(len(args) - 1, -1, -1):
        if args[k] == new[0]:
            return args[:k] + new
    return args[:-1] + new


def decode(line: str | dict) -> str:
    """Recover the command from a transcript (or from a dataset row) under the guide above."""
    text = line["input"] if isinstance(line, dict) else line
    span, has_lead = _span(text)
    span = _not_but(span)
    if not span:
        return ""
    protocol = not has_lead or re.search(r"\bspace\b", span, re.I) is not None
    span = CUTOFF_RE.sub(lambda m: m.group(1) + " " + MARK + " ", span)
    span = MARK_RE.sub(" " + MARK + " ", span)
    parse = _proto_args if protocol else _natural_args
    args: list[str] = []
    for seg in span.split(MARK):
        args = _take_back(args, parse(seg))
    return " ".join(args)


# ---------------------------------------------------------------------------------------------
# Speaking: protocol
# ---------------------------------------------------------------------------------------------

RUN_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|[0-9]+|.")
SPLIT_WORDS = {
    "mongo", "git", "pass", "post", "lock", "list", "make", "data", "file", "back", "type",
    "view", "word", "play", "code", "sync", "push", "pull", "check", "config", "install",
    "update", "upgrade", "clean", "dump", "import", "export", "open", "power", "flame", "shell",
    "cloud", "fire", "light", "screen", "scan", "stream", "host", "name", "work", "docker",
    "secret", "search", "build", "debug", "format", "output", "watch", "trigger", "server",
    "info", "mount", "agent", "time", "player", "viewer", "shot", "manager", "monitor", "keys",
    "mark", "link", "test", "tool", "tools", "mail", "site", "chain", "store", "stats",
    "clip", "color", "font", "fonts", "logs", "paper", "saver", "book", "note", "notes", "task",
    "tasks", "user", "users", "group", "image", "images", "disk", "boot", "load", "net", "web",
    "page", "pages", "space", "star", "box", "run", "deploy", "package", "mix", "split", "wall",
    "desktop", "menu", "kernel", "release", "log", "dir", "path", "backup", "restore", "print",
    "hash", "lint", "send", "receive", "edit", "editor", "key", "event", "events", "audio",
} - set(PROTO_PHRASES) - set(NUMBERS)


def split_compound(run: str) -> list[str]:
    for cut in range(3, len(run) - 2):
        if run[:cut] in SPLIT_WORDS and run[cut:] in SPLIT_WORDS:
            return [run[:cut], run[cut:]]
    return [run]


def loose_names(rng: random.Random) -> dict[str, str]:
    """Fuzzy speech: for each symbol, the one name she uses throughout this line."""
    return {sym: rng.choice(LOOSE[sym]) if sym in LOOSE and rng.random() < 0.6 else name
            for sym, name in CANON.items()}


def proto_words(arg: str, rng: random.Random | None,
                names: dict[str, str] | None = None) -> list[str] | None:
    """Protocol words for one argument; rng None means clean (canonical), else fuzzy."""
    names = names or CANON
    out: list[str] = []
    for run in RUN_RE.findall(arg):
        if run.isdigit():
            if rng is not None and rng.random() < 0.4:
                out.append(run)
            else:
                out.extend(NUMBERS[int(d)] for d in run)
        elif run.isalpha() and run.isascii():
            if len(run) >= 2 and run.isupper():
                out += ["all caps", run.lower()]
            elif run[0].isupper():
                out += ["capital", run.lower()]
            elif rng is not None and rng.random() < 0.6:
                out.extend(split_compound(run))
            else:
                out.append(run)
        elif run in names:
            out.append(names[run])
        else:
            return None
    return out


def clean_line(cmd: str, rng: random.Random) -> str | None:
    parts = [proto_words(a, None) for a in cmd.split(" ")]
    if any(p is None for p in parts):
        return None
    return " space ".join(" ".join(p) for p in parts)


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    names = loose_names(rng)
    parts = [proto_words(a, rng, names) for a in cmd.split(" ")]
    if any(p is None for p in parts):
        return None
    text = " ".join(parts[0])
    for p in parts[1:]:
        text += " space, " if rng.random() < 0.3 else " space "
        text += " ".join(p)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.45:
        text += "."
    if text == clean_line(cmd, rng):
        text = text[:1].upper() + text[1:] + "."
    return text


# ---------------------------------------------------------------------------------------------
# Speaking: natural
# ---------------------------------------------------------------------------------------------

FLAG_RE = re.compile(r"(-{1,2})([A-Za-z][A-Za-z0-9-]*)(?:=(\S+))?")
PATH_RE = re.compile(r"(?:~|[\w.-]+)(?:/[\w.-]+)+")
DOTTED_RE = re.compile(r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+")
SPEAKABLE_RE = re.compile(r"[A-Za-z0-9._/~:=@+,%\"-]+")
DASHES = ["dash", "dash", "dash", "dash", "minus", "minus", "minus", "minus", "tack"]
KNOWN_NOTES = {
    ("ls", "-l"): "that's for the long format", ("lsblk", "-f"): "that's for the file systems",
    ("crontab", "-l"): "that's to list them", ("ccache", "-s"): "that's for the statistics",
    ("go", "-v"): "that's verbose", ("tcpflow", "-i"): "that's the interface",
    ("git", "--dry-run"): "that's so nothing actually changes",
}


def speak_dots(part: str, rng: random.Random) -> str:
    if DOTTED_RE.fullmatch(part) and rng.random() < 0.5:
        return part.replace(".", " dot ")
    return part


def nat_plain(tok: str, rng: random.Random) -> str:
    if PATH_RE.fullmatch(tok) and rng.random() < 0.45:
        slash = rng.choice(["forward slash", "forward slash", "slash"])
        return f" {slash} ".join("tilde" if p == "~" else speak_dots(p, rng)
                                 for p in tok.split("/"))
    return speak_dots(tok, rng)


def nat_tok(tok: str, rng: random.Random, spoken: float = 0.75) -> str:
    if tok == "|":
        return "pipe"
    if tok == ">":
        return "greater than"
    if tok == ".":
        return "the dot"
    m = FLAG_RE.fullmatch(tok)
    if m and rng.random() < spoken:
        dash = rng.choice(DASHES)
        body = m.group(2)
        if len(body) == 1 and body.isupper():
            body = "capital " + body
        out = " ".join([dash] * len(m.group(1))) + " " + body
        if m.group(3) is not None:
            out += " equals " + nat_plain(m.group(3), rng)
        return out
    return nat_plain(tok, rng)


def speakable(cmd: str) -> bool:
    return all(t in ("|", ">", ".") or SPEAKABLE_RE.fullmatch(t) for t in cmd.split(" "))


def flag_note(tool: str, tok: str) -> str | None:
    if (tool, tok) in KNOWN_NOTES:
        return KNOWN_NOTES[(tool, tok)]
    m = FLAG_RE.fullmatch(tok)
    if not m or m.group(3) is not None:
        return None
    body = m.group(2)
    if tok in ("--help", "-help"):
        return "that's the help flag"
    if tok in ("--version", "-version"):
        return "that just prints the version"
    if len(m.group(1)) == 2 and body.replace("-", "").isalpha():
        return f"that's the {body.replace('-', ' ').lower()} option"
    if len(body) == 1:
        return f"that's a capital {body}" if body.isupper() else f"that's a lowercase {body}"
    return None


def why_of(desc: str) -> str:
    desc = desc.strip().rstrip(".")
    first = desc.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]):
        return desc
    return desc[:1].lower() + desc[1:]


# Templates: (name, needs why, needs two tokens, aside allowed, text)
NATURAL_TEMPLATES = [
    ("type-enter", False, False, True,
     "So what we're going to do here is type {cmd}, and we hit enter."),
    ("go-ahead", False, False, True, "Let's go ahead and run {cmd}."),
    ("want-type", True, False, True,
     "Okay, so we want to {why}. So what we're going to do here is type {cmd}."),
    ("how-do-we", True, False, True,
     "Now, how do we {why}? Let's go ahead and run {cmd}, and we hit enter."),
    ("pass-it", False, True, False,
     "We start with {tool}, and then we pass it {rest}. And we hit enter."),
    ("everybody", False, False, True, "Okay, everybody type {cmd} and hit enter."),
    ("watch", False, False, True, "Watch what happens when I run {cmd}. Notice the output here."),
    ("if-you-want", True, False, True, "If you want to {why}, you'd type {cmd}."),
    ("tells-it", True, False, False, "Alright, so the command is {cmd}, which tells it to {why}."),
    ("type-out", False, False, True, "Let me type this out for you: {cmd}. Everyone got that?"),
    ("what-happens", False, False, False,
     "What happens if we run {cmd}? Anybody? Let's find out."),
    ("slide", False, False, True,
     "The next command on the slide is {cmd}. Go ahead and copy that down."),
    ("anybody-know", True, False, True,
     "Here we'd write {cmd}. Does anybody know what that does? It's going to {why}."),
    ("try-see", False, False, True, "Let's try {cmd} and see what we get."),
    ("just-type", False, False, True, "For this one, just type {cmd}, and we hit enter."),
    ("along", False, False, True, "Okay, type along with me: {cmd}. Take your time."),
    ("say-you-need", True, False, True, "Say you need to {why}. We do that with {cmd}."),
    ("enter-notice", False, False, True,
     "In the terminal I'm going to enter {cmd}, and notice the prompt comes right back."),
    ("who-remembers", True, False, True,
     "Who remembers how to {why}? Right, so now we type {cmd}."),
    ("there-we-go", False, False, True, "Now I'm typing {cmd}, and there we go."),
    ("see-screen", True, False, False,
     "Can everyone see the screen okay? Good. So what we're going to do here is type {cmd}, "
     "which is going to {why}."),
    ("straightforward", False, False, True,
     "Remember, we're in the terminal now. Let's go ahead and run {cmd}. "
     "Pretty straightforward, right?"),
]
PRE_TALK = [
    "", "", "", "Okay. ", "Alright, everyone. ", "Who's seen this one before? ",
    "This one trips people up on the exam. ", "Eyes up here for a second. ",
]
POST_TALK = ["", "", "", " Any questions so far?", " Simple, right?", " Remember this one."]


def natural_body(cmd: str, rng: random.Random, aside: bool) -> str:
    toks = cmd.split(" ")
    said = [nat_tok(t, rng) for t in toks]
    if aside and rng.random() < 0.45:
        spots = [i for i, t in enumerate(toks) if i and flag_note(toks[0], t)]
        if spots:
            i = rng.choice(spots)
            said[i] += ", " + str(flag_note(toks[0], toks[i])) + ","
    return " ".join(said).rstrip(",")


def fill(template: str, cmd: str, why: str, rng: random.Random, body: str) -> str:
    toks = cmd.split(" ")
    text = template.format(
        cmd=body, why=why, tool=toks[0],
        rest=" ".join(nat_tok(t, rng) for t in toks[1:]))
    pre = rng.choice(PRE_TALK)
    if re.match(r"(?:Okay|Alright|Can|Who|Now, how|What|Remember)\b", text):
        pre = ""
    return (pre + text + rng.choice(POST_TALK)).strip()


def good_why(why: str) -> bool:
    return 12 <= len(why) <= 90 and not re.search(r"[:;`]|\bspace\b|\be\.g\.", why)


def natural_line(cmd: str, rng: random.Random, why: str) -> tuple[str, str] | None:
    if not speakable(cmd):
        return None
    two = len(cmd.split(" ")) >= 2
    options = [t for t in NATURAL_TEMPLATES
               if (two or not t[2]) and (good_why(why) or not t[1])]
    if two:
        options += [t for t in NATURAL_TEMPLATES if t[0] == "pass-it"]
    name, _needs_why, _two, aside, template = rng.choice(options)
    body = natural_body(cmd, rng, aside)
    return fill(template, cmd, why, rng, body), name


# ---------------------------------------------------------------------------------------------
# Speaking: chaotic
# ---------------------------------------------------------------------------------------------

SIBLINGS = {
    "pop": "drop", "drop": "pop", "start": "stop", "stop": "start", "enable": "disable",
    "disable": "enable", "install": "remove", "remove": "install", "list": "show",
    "show": "list", "push": "pull", "pull": "push", "on": "off", "off": "on",
    "create": "delete", "delete": "create", "upgrade": "update", "update": "upgrade",
    "read": "write", "write": "read", "import": "export", "export": "import", "get": "set",
    "set": "get", "add": "remove", "init": "new", "new": "init", "reset": "restore",
    "restore": "reset", "test": "build", "build": "test", "demo": "data", "data": "demo",
    "alpha": "beta", "foo": "bar", "help": "version", "version": "help", "main": "master",
    "check": "verify", "status": "info", "info": "status", "open": "close", "run": "exec",
}
EXTENSIONS = {
    "txt": "log", "log": "txt", "py": "sh", "sh": "py", "json": "yaml", "yaml": "json",
    "pdf": "png", "png": "jpg", "jpg": "png", "html": "css", "csv": "tsv", "md": "txt",
    "xml": "json", "pam": "ppm", "ppm": "pam", "pnm": "pbm", "pbm": "pnm", "gz": "zip",
}
LONG_FLAGS = ["--verbose", "--quiet", "--force", "--all", "--list", "--debug", "--recursive"]
MARKERS = ["oops", "oops, let me fix that", "or rather", "correction", "let me fix that"]
CHAOS_LEADS = [
    "So what we're going to do here is type", "Let's go ahead and run", "Okay, everybody type",
    "Now I'm typing", "Here we'd write", "For this one, just type",
    "Watch what happens when I run", "So now we type",
]
TRAILING = [
    "", "", " I think that's right.", " Yeah, that should do it.",
    " Hopefully that works, fingers crossed.", " Let's see if it complains.",
    " And, well, you get the idea.", " Don't worry if yours looks different.",
]
INTERJECTIONS = ["um", "uh", "hang on", "bear with me", "let me zoom in a bit",
                 "can everyone in the back see that?", "where was I", "just a second"]


def mutate(tok: str, rng: random.Random) -> str | None:
    m = FLAG_RE.fullmatch(tok)
    if m and m.group(3) is None:
        body = m.group(2)
        if len(body) == 1:
            letters = "abcdefghijklmnopqrstuvwxyz"
            letters = letters.upper() if body.isupper() else letters
            return m.group(1) + rng.choice([c for c in letters if c != body])
        if len(m.group(1)) == 2:
            return rng.choice([f for f in LONG_FLAGS if f != tok])
        return None
    if tok in SIBLINGS:
        return SIBLINGS[tok]
    if re.fullmatch(r"[\w/~.-]*\.[a-z]+", tok) and tok.rsplit(".", 1)[1] in EXTENSIONS:
        stem, ext = tok.rsplit(".", 1)
        return f"{stem}.{EXTENSIONS[ext]}"
    digits = [i for i, c in enumerate(tok) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        return tok[:i] + rng.choice([d for d in "0123456789" if d != tok[i]]) + tok[i + 1:]
    return None


def add_hesitation(said: list[str], rng: random.Random, skip: int = -1) -> None:
    """Put one hesitation or aside after a token (not at token ``skip``)."""
    spots = [i for i in range(len(said) - 1) if i != skip]
    if spots:
        i = rng.choice(spots)
        said[i] = said[i].rstrip(",") + ", " + rng.choice(INTERJECTIONS) + ","


def chaos_natural(cmd: str, rng: random.Random, why: str) -> tuple[str, str] | None:
    if not speakable(cmd):
        return None
    toks = cmd.split(" ")
    kind = rng.choice(["oops", "oops", "oops", "not-but", "not-but", "strike", "strike",
                       "cutoff", "anchor", "relead"])
    said = [nat_tok(t, rng) for t in toks]
    spots = [i for i, t in enumerate(toks) if mutate(t, rng) is not None]
    if kind in ("oops", "not-but", "strike", "anchor") and not spots:
        kind = "cutoff"
    body = None
    if kind == "oops":
        i = rng.choice([s for s in spots if s] or spots)
        wrong = nat_tok(str(mutate(toks[i], rng)), rng)
        parts = said[:i] + [wrong + ", " + rng.choice(MARKERS) + ","] + said[i:]
        if rng.random() < 0.4:
            add_hesitation(parts, rng, skip=i)
        body = " ".join(parts)
    elif kind == "not-but":
        i = rng.choice(spots)
        bad = str(mutate(toks[i], rng))
        m, mb = FLAG_RE.fullmatch(toks[i]), FLAG_RE.fullmatch(bad)
        if m and mb and m.group(1) == mb.group(1):
            x, y = mb.group(2), m.group(2)
            dash = rng.choice(DASHES)
            wrong = " ".join([dash] * len(mb.group(1))) + " " + x
        else:
            x, y, wrong = bad, toks[i], bad
        body = " ".join(said[:i] + [f"{wrong}, not {x} but {y},"] + said[i + 1:])
    elif kind == "anchor":
        i = rng.choice(spots)
        wrong = nat_tok(str(mutate(toks[i], rng)), rng)
        marker = rng.choice(["correction", "oops", "let me fix that"])
        body = " ".join(said[:i] + [f"{wrong}, {marker},"] + said)
    elif kind == "cutoff":
        cuts = [i for i, t in enumerate(said) if re.match(r"[a-z]{4,}", t)]
        if not cuts:
            return None
        i = rng.choice(cuts)
        part = said[i][: rng.randint(2, 3)] + "-,"
        again = said if rng.random() < 0.4 else said[i:]
        filler = rng.choice(["", "", "uh,", "um,"])
        body = " ".join([*said[:i], part, filler, *again])
    elif kind == "relead":
        parts = list(said)
        add_hesitation(parts, rng)
        lead = rng.choice(["So what we're going to do here is, uh,",
                           "Let's go ahead and, um, okay,", "So now we, hmm, wait,"])
        text = f"{lead} let's go ahead and run {' '.join(parts).rstrip(',')}, and we hit enter."
        return text + rng.choice(TRAILING), "relead"
    if kind == "strike":
        i = rng.choice(spots)
        wrong = " ".join(said[:i] + [nat_tok(str(mutate(toks[i], rng)), rng)] + said[i + 1:])
        lead1, lead2 = rng.sample(CHAOS_LEADS, 2)
        form = rng.randrange(3)
        if form == 0:
            text = f"{lead1} {wrong}. Oops, strike that. {lead2} {' '.join(said)}."
        elif form == 1:
            text = f"{lead1} {wrong}, strike that, {' '.join(said)}, and we hit enter."
        else:
            text = (f"{lead1} {wrong}. No, no, strike that, wrong slide. "
                    f"{lead2} {' '.join(said)}.")
        return text + rng.choice(TRAILING), "strike"
    assert body is not None
    body = " ".join(body.split()).rstrip(",")
    opts = [t for t in NATURAL_TEMPLATES if not t[2] and t[0] != "what-happens"
            and (good_why(why) or not t[1])]
    name, _w, _t, _a, template = rng.choice(opts)
    text = template.format(cmd=body, why=why)
    return text + rng.choice(TRAILING), kind


def chaos_protocol(cmd: str, rng: random.Random) -> tuple[str, str] | None:
    toks = cmd.split(" ")
    fuzzy = rng.random() < 0.5
    names = loose_names(rng) if fuzzy else CANON
    said = [proto_words(t, rng if fuzzy else None, names) for t in toks]
    if any(s is None for s in said):
        return None
    words = [" ".join(s or []) for s in said]
    spots = [i for i, t in enumerate(toks) if mutate(t, rng) is not None]
    kind = rng.choice(["oops", "oops", "not-but", "cutoff"]) if spots else "cutoff"
    if kind == "cutoff":
        cuts = [i for i, w in enumerate(words) if re.match(r"[a-z]{4,}", w) and i]
        if not cuts:
            return None
        i = rng.choice(cuts)
        pre = " space ".join(words[:i]) + " space " + words[i][: rng.randint(2, 3)] + "-, "
        text = pre + rng.choice(["", "uh, ", "um, "]) + " space ".join(words[i:])
    else:
        i = rng.choice(spots)
        bad = proto_words(str(mutate(toks[i], rng)), None)
        if bad is None:
            return None
        wrong = " ".join(bad)
        head = " space ".join([*words[:i], wrong])
        if kind == "oops":
            marker = rng.choice(["oops", "oops, let me fix that", "correction", "or rather"])
            text = head + f", {marker}, " + " space ".join(words[i:])
        else:
            text = head + f", not {wrong} but {words[i]}"
            if i + 1 < len(toks):
                text += ", space " + " space ".join(words[i + 1:])
    if rng.random() < 0.4:
        text = text.replace(" space ", " space, um, ", 1)
    if rng.random() < 0.3:
        text = "So what we're going to do here is type " + text
    return text + rng.choice(["", "", "."]), "protocol-" + kind


MARK_WORDS = re.compile(
    r"\b(?:oops|let me fix that|rather|correction|strike that|not .+ but)\b|[a-z]-,", re.I)


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------


def tool_of(cmd: str) -> str:
    toks = cmd.split(" ")
    return toks[1] if toks[0] == "sudo" and len(toks) > 1 else toks[0]


def load() -> tuple[list[str], dict[str, str]]:
    cmds: list[str] = []
    seen: set[str] = set()
    with TRAIN.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 3 != 1:
                continue
            cmd = json.loads(raw)["command"]
            if (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                    and "  " not in cmd and cmd == cmd.strip() and cmd not in seen):
                cmds.append(cmd)
                seen.add(cmd)
    desc: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            desc.setdefault(row["command"], row["description"])
    return cmds, desc


def render(slice_name: str, cmd: str, rng: random.Random, why: str) -> tuple[str, str] | None:
    if slice_name == "clean":
        text = clean_line(cmd, rng)
        return (text, "clean") if text else None
    if slice_name == "fuzzy":
        text = fuzzy_line(cmd, rng)
        return (text, "fuzzy") if text else None
    if slice_name == "natural":
        return natural_line(cmd, rng, why)
    if rng.random() < 0.25:
        return chaos_protocol(cmd, rng)
    return chaos_natural(cmd, rng, why)


def acceptable(slice_name: str, text: str, cmd: str, kind: str) -> bool:
    if decode(text) != cmd:
        return False
    if slice_name == "clean":
        return re.fullmatch(r"[a-z]+(?: [a-z]+)*", text) is not None
    if slice_name == "natural":
        return re.search(r"\bspace\b", text, re.I) is None
    if slice_name == "chaotic":
        return kind == "relead" or MARK_WORDS.search(text) is not None
    return True


def build() -> tuple[list[dict[str, str]], Counter[str]]:
    rng = random.Random(14)
    cmds, desc = load()
    rng.shuffle(cmds)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    kinds: Counter[str] = Counter()
    for slice_name in SLICES:
        got = 0
        for cmd in cmds:
            if got == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2 or cmd not in desc:
                continue
            why = why_of(desc[cmd])
            for _attempt in range(3 if slice_name == "chaotic" else 1):
                made = render(slice_name, cmd, rng, why)
                if made and acceptable(slice_name, made[0], cmd, made[1]):
                    break
            else:
                continue
            assert made is not None
            text, kind = made
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            kinds[f"{slice_name}:{kind}"] += 1
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} {slice_name} lines")
    return rows, kinds


def main() -> None:
    rows, kinds = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    per_slice = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(per_slice)}")
    print(dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
