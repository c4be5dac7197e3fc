"""Forty-ninth independent author: Leo and his home-lab voice assistant.

Writes assets/training/bash/author49.jsonl: 400 dictations (100 per slice, in the order clean,
fuzzy, natural, chaotic), each {"input", "command", "slice", "author": "author49"}.

Commands and their plain-English "why" come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), through the "command" and "description" fields
of assets/training/bash/pages_dev40_commands.jsonl (only lines whose 0-based number % 6 == 4).
Each command is used at most once and no tool (first word after sudo / VAR=value) more than
twice. Deterministic: one random.Random(49), consumed in a fixed order.

PERSONA
    Leo runs a home lab (Proxmox box, a NAS, a Raspberry Pi or two) and types into his terminal
    through a voice assistant. A dictation starts with a wake word as Whisper writes it ("Hey
    Jarvis,", "Computer,", "Okay terminal,", "Hey Mycroft,", sometimes "Hey, Jarvis." or "OK
    terminal,"), then an instruction ("type", "enter", "write out", "put in the terminal", "type
    in", "type out", "type the following:", "put this in the terminal:", optionally after
    "please", "now", "just", "can you", "could you", "go ahead and"), then the command, then
    sometimes a closing ("and hit enter", "and press enter", "then run it", "Over.", "That is
    all.", "Thanks.", "Don't run it yet.", "please", "for me?"). He often tells the assistant
    why, either before the instruction ("I want to ...", "I need to ..., so type ...", "let's
    ...", "time to ...") or after the command (", because I want to ...", ". It should ...",
    ". That's to ..."). "With sudo," before the instruction means the command is run with sudo.

SPELL MODE (clean and fuzzy slices)
    Leo has already said "Hey Jarvis, spell mode", so the transcript is only the spelled body:
    no wake word, no instruction, no framing. The word "space" is said exactly where the command
    has a space; between two "space"s every word is glued to the next with no gap.
    Symbols (clean name first, fuzzy synonyms after the slash):
        -  dash / minus, hyphen         --  double dash / dash dash, double minus, double hyphen
        .  dot / period, point           /  slash / forward slash
        |  pipe / vertical bar           ~  tilde
        *  star / asterisk               =  equals / equal, equal sign, equals sign
        _  underscore                    :  colon
        @  at / at sign                  #  hash / pound, hashtag
        "  quote / double quote          '  single quote / apostrophe
        >  greater than                  <  less than
        ( ) open paren, close paren / left paren, right paren, open/close parenthesis
        [ ] open bracket, close bracket / left bracket, right bracket
        { } open brace, close brace / left brace, right brace, open/close curly brace
        ;  semicolon   ,  comma   $  dollar / dollar sign   !  bang / exclamation mark, point
        ?  question mark   &  ampersand   \\  backslash   +  plus   %  percent   ^  caret
    Numbers: a lone digit is its word ("seven"), a two-digit number without a leading zero is
    its cardinal ("twelve", "forty two"), anything longer is read digit by digit ("eight zero
    eight zero"). Case: "capital X" capitalises the first letter of the next word, "all caps X"
    upper-cases the whole next word; the word after a case word is always taken literally.
    Camel case is read run by run: "VBoxManage" is "capital v capital box capital manage".
    Letters and ordinary words are just said; Whisper writes them in lower case.
    Fuzzy adds Whisper's small slips: the first word capitalised, a final full stop, a comma
    after some "space"s, some numbers written as digits, a long word split in two at an English
    seam ("screen fetch", "show conf"), "uppercase" for "capital", and the synonyms above.

NATURAL MODE (natural slice)
    "space" is never said. Whisper writes words, digits, flags, paths, file names, URLs and
    mixed case as text ("-la", "/dev/sdb1", "config.yaml", "ATmega328P"); small numbers may come
    out as words ("five"), and Leo sometimes spells a file name ("notes dot txt"). Characters
    Whisper cannot write from speech are said by name and written as words, with fixed glue:
        glue right only (start something): tilde, "tilde slash" (~/), star, dollar, bang,
            quote, single quote, open paren
        glue left only (end something): end quote, end single quote, close paren, semicolon
        glue both sides: dot, hash, ampersand, question mark, backslash, caret, percent,
            open/close bracket, open/close brace
        stand alone (spaces on both sides): pipe, greater than, less than
    Any other gap between two words in the command is a real space.

CHAOTIC (chaotic slice)
    Natural mode (or, now and then, spell mode with the wake word) spoiled by Leo's habits, every
    line with at least one correction or restart:
        "<name>, no," / "<name>, correction,"  (name: Jarvis, Computer, Mycroft, Terminal) and
        "No, I said ..." repair: the words after the marker replace what came before, starting
            at the last earlier word equal to their first word; if there is none, they replace
            only the last word. So "-la, Jarvis, no, -lh" fixes a flag, "stash apply, Computer,
            correction, stash pop" backs up one word, and "No, I said apt-cache policy curl"
            replaces the whole command.
        "delete the last word": drop the last word said, then keep listening.
        "cancel that": drop everything so far; he then restarts, often with a new instruction
            ("Type ...", "Hey Jarvis, type ...", "Let me start over. Type ...").
        false starts: a word cut off with "..." that the next word begins with ("systemctl...
            systemctl-tmp" style, "ls... ls -la") is dropped; other "..." are pauses.
        hesitations (uh, um, erm, hmm) and asides (hang on, one sec, where was I, let me see,
            bear with me, let me start over, wait a second) are noise, commas included.
        trailing thoughts ("I think that's right.", "Hopefully that works.") come after the end.

LISTENER (decode below, the careful human reading of this guide)
    1. Drop hesitations and asides. 2. No wake word: the whole line is a spell-mode body.
    3. Otherwise the command starts after the first instruction that opens a clause (line start,
    after . ! ? : or a comma, or after "so"); "with sudo" before it adds "sudo ". 4. Apply the
    corrections left to right. 5. The command ends at the first closing, why-after, or new
    sentence (". " then a capital letter); a last . , ; : ! ? is punctuation. 6. If a word
    "space" is left, read it as spell mode (punctuation is Whisper's and is ignored), else as
    natural mode.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
TARGET = ROOT / "assets" / "training" / "bash" / "author49.jsonl"
AUTHOR = "author49"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
BUILD_ORDER = ("natural", "chaotic", "fuzzy", "clean")
PER_SLICE = 100
TRIES = 8

# ---------------------------------------------------------------- spell-mode vocabulary

CLEAN_NAME = {
    "--": "double dash", "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "~": "tilde",
    "*": "star", "=": "equals", "_": "underscore", ":": "colon", "@": "at", "#": "hash",
    '"': "quote", "'": "single quote", ">": "greater than", "<": "less than",
    "(": "open paren", ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open brace", "}": "close brace", ";": "semicolon", ",": "comma", "$": "dollar",
    "!": "bang", "?": "question mark", "&": "ampersand", "\\": "backslash", "+": "plus",
    "%": "percent", "^": "caret",
}
FUZZY_NAME = {
    "--": ["double dash", "dash dash", "double minus", "double hyphen"],
    "-": ["dash", "minus", "hyphen"],
    ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal", "equal sign", "equals sign"],
    "@": ["at", "at sign"],
    "#": ["hash", "pound", "hashtag"],
    '"': ["quote", "double quote"],
    "'": ["single quote", "apostrophe"],
    "(": ["open paren", "left paren", "open parenthesis"],
    ")": ["close paren", "right paren", "close parenthesis"],
    "[": ["open bracket", "left bracket"],
    "]": ["close bracket", "right bracket"],
    "{": ["open brace", "left brace", "open curly brace"],
    "}": ["close brace", "right brace", "close curly brace"],
    "$": ["dollar", "dollar sign"],
    "!": ["bang", "exclamation mark", "exclamation point"],
}
SPELL_SYMBOL: dict[tuple[str, ...], str] = {}
for _char, _name in CLEAN_NAME.items():
    SPELL_SYMBOL[tuple(_name.split())] = _char
for _char, _names in FUZZY_NAME.items():
    for _name in _names:
        SPELL_SYMBOL[tuple(_name.split())] = _char
CASE_WORDS = {
    ("capital",): "cap", ("uppercase",): "cap", ("all", "caps"): "upper",
    ("all", "uppercase"): "upper",
}
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNIT_VAL = {w: i for i, w in enumerate(UNITS)}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS) if w}
VOCAB = {w for phrase in SPELL_SYMBOL for w in phrase} | {w for p in CASE_WORDS for w in p}
VOCAB |= set(UNIT_VAL) | set(TEEN_VAL) | set(TENS_VAL) | {"space", "end", "sign"}
# English pieces Whisper may write apart when a long name is spelled ("screen fetch")
SUBWORDS = set(
    "back up backup pass word key press show conf config change me flat web site inter active "
    "high state screen fetch home path user name file files list host server data base check "
    "build time stamp out put input output down load work tool tools cat slack note notes read "
    "write line set get net play media tag hub lab box manage device color picker filter port "
    "group report dump mail info print clean run test script help stat log lock wall paper power "
    "top mount boot root source code hard soft ware query search sync stop start archive image "
    "update install select view mode edit".split()
)

# ---------------------------------------------------------------- natural-mode vocabulary

# words -> (character, glues to the left, glues to the right)
NAT_SYMBOL: dict[tuple[str, ...], tuple[str, bool, bool]] = {
    ("end", "single", "quote"): ("'", True, False),
    ("single", "quote"): ("'", False, True),
    ("end", "quote"): ('"', True, False),
    ("quote",): ('"', False, True),
    ("pipe",): ("|", False, False),
    ("greater", "than"): (">", False, False),
    ("less", "than"): ("<", False, False),
    ("tilde", "slash"): ("~/", False, True),
    ("tilde",): ("~", False, True),
    ("star",): ("*", False, True),
    ("dollar",): ("$", False, True),
    ("bang",): ("!", False, True),
    ("open", "paren"): ("(", False, True),
    ("close", "paren"): (")", True, False),
    ("semicolon",): (";", True, False),
    ("open", "bracket"): ("[", True, True),
    ("close", "bracket"): ("]", True, True),
    ("open", "brace"): ("{", True, True),
    ("close", "brace"): ("}", True, True),
    ("hash",): ("#", True, True),
    ("ampersand",): ("&", True, True),
    ("question", "mark"): ("?", True, True),
    ("backslash",): ("\\", True, True),
    ("caret",): ("^", True, True),
    ("percent",): ("%", True, True),
    ("dot",): (".", True, True),
}
NAT_NAME = {
    "|": "pipe", ">": "greater than", "<": "less than", "~": "tilde", "*": "star",
    "$": "dollar", "!": "bang", "(": "open paren", ")": "close paren", ";": "semicolon",
    "[": "open bracket", "]": "close bracket", "{": "open brace", "}": "close brace",
    "#": "hash", "&": "ampersand", "?": "question mark", "\\": "backslash", "^": "caret",
    "%": "percent",
}
NAT_NUMBER = UNITS + ["ten"]
NAT_VOCAB = {w for phrase in NAT_SYMBOL for w in phrase}
WRITABLE = re.compile(r"[A-Za-z0-9._/:=,+@-]+")
SIMPLE_FILE = re.compile(r"[a-z][a-z0-9_-]*\.[a-z]{2,4}")

# ---------------------------------------------------------------- framing

WAKES = [
    ("Hey Jarvis,", "Jarvis"), ("Computer,", "Computer"), ("Okay terminal,", "Terminal"),
    ("Hey Mycroft,", "Mycroft"), ("Hey, Jarvis.", "Jarvis"), ("OK terminal,", "Terminal"),
    ("Computer.", "Computer"),
]
CUES = ["type", "enter", "write out", "put in the terminal", "type in", "type out"]
CLOSINGS = [
    "", ".", " and hit enter.", ", then run it.", ". Over.", ". That is all.",
    " and press enter.", ". Thanks.", ". Don't run it yet.", ", over.",
]
THOUGHTS = [
    " I think that's right.", " Hopefully that works.", " Should be fine.",
    " Yeah, that's the one.", " Let's see what happens.",
]
# (id, template, needs a why, only for sudo commands)
NATURAL_TEMPLATES = [
    ("plain", "{W} {c} {X}{E}", False),
    ("want", "{W} I want to {Y}. {C} {X}{E}", True),
    ("need-so", "{W} I need to {Y}, so {c} {X}{E}", True),
    ("because", "{W} {c} {X}, because I want to {Y}.", True),
    ("lets", "{W} let's {Y}. {C} {X}{E}", True),
    ("can-you", "{W} can you type {X} for me?", False),
    ("please", "{W} please {c} {X}{E}", False),
    ("put-this", "{W} put this in the terminal: {X}{E}", False),
    ("go-ahead", "{W} go ahead and {c} {X}{E}", False),
    ("new-command", "{W} new command. {C} {X}{E}", False),
    ("it-should", "{W} {c} {X}. It should {Y}.", True),
    ("time-to", "{W} time to {Y}. {C} {X}{E}", True),
    ("quick-one", "{W} quick one, {c} {X}{E}", False),
    ("following", "{W} type the following: {X}{E}", False),
    ("next-one", "{W} right, next one. {C} {X}{E}", False),
    ("thats-to", "{W} {c} {X}. That's to {Y}.", True),
    ("so-i-can", "{W} so I can {Y}, {c} {X}{E}", True),
    ("trailing-please", "{W} {c} {X} please.", False),
    ("could-you", "{W} I'd like to {Y}. Could you {c} {X}?", True),
    ("now", "{W} now {c} {X}{E}", False),
    ("just", "{W} just {c} {X}. Then run it.", False),
]
SUDO_TEMPLATES = [
    ("with-sudo", "{W} with sudo, {c} {X}{E}", False),
    ("with-sudo-why", "{W} with sudo, because I want to {Y}, {c} {X}{E}", True),
]
CHAOTIC_TEMPLATES = [
    ("plain", "{W} {c} {X}{E}", False),
    ("want", "{W} I want to {Y}. {C} {X}{E}", True),
    ("because", "{W} {c} {X}, because I want to {Y}.", True),
    ("please", "{W} please {c} {X}{E}", False),
    ("go-ahead", "{W} go ahead and {c} {X}{E}", False),
    ("lets", "{W} let's {Y}. {C} {X}{E}", True),
]
FILLERS = ["uh", "um", "erm", "hmm"]
ASIDES = ["hang on", "one sec", "where was I", "let me see", "bear with me", "wait a second"]
DISTRACTORS = ["main", "test", "demo", "alpha", "data", "backup", "docs", "config", "nginx",
               "redis", "notes", "build"]
LONG_FLAGS = ["--verbose", "--force", "--all", "--help", "--quiet", "--list", "--output"]

# ---------------------------------------------------------------- listener

WAKE_RE = re.compile(
    r"^\s*(?:hey,?\s+jarvis|hey,?\s+mycroft|ok(?:ay)?,?\s+terminal|computer)\s*[,.!]\s*", re.I
)
CUE_RE = re.compile(
    r"(?:^|(?<=[.!?:,])\s+|\bso\s+)"
    r"(?:(?:please|now|just|can you|could you|go ahead and)\s+)?"
    r"(?:type the following|type in|type out|type|enter|write out|put in the terminal"
    r"|put this in the terminal)\b[:,]?\s*",
    re.I,
)
MARK_RE = re.compile(
    r"[\s,.!?]*\b(?:(?P<cancel>cancel that)|(?P<delete>delete the last word)"
    r"|(?P<said>no,\s+i said)|(?P<fix>(?:jarvis|computer|mycroft|terminal),\s+(?:no|correction)))"
    r"\b[,.:!]?\s*",
    re.I,
)
NOISE_RE = re.compile(
    r",?\s*\b(?:uh|um|erm|hmm|hang on|one sec|where was i|let me see|bear with me"
    r"|let me start over|wait a second)\b(?:\.\.\.|[,.?!])?",
    re.I,
)
CLOSE_RE = re.compile(
    r"[,.]?\s+(?:and (?:hit|press) enter|then run it)\b"
    r"|[,.]\s+(?:over|that is all|thanks)\b"
    r"|,?\s+because\b"
    r"|\.\s+(?:it should|that should|that's to|don't run it yet)\b"
    r"|\s+for me\?"
    r"|,?\s+please[.!]?\s*$",
    re.I,
)
BREAK_RE = re.compile(r"[.!?]\s+(?=[A-Z])")
SUDO_RE = re.compile(r"\bwith sudo\b", re.I)


def _norm(word: str) -> str:
    return word.lower().strip(".,;:!?")


def _drop_false_starts(words: list[str]) -> list[str]:
    out = []
    for k, word in enumerate(words):
        if word.endswith("..."):
            stem = word[:-3]
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if not stem or nxt.lower().startswith(stem.lower()):
                continue
            word = stem
        out.append(word)
    return out


def decode_spell(words: list[str]) -> str:
    """Spell mode: 'space' separates tokens, every other word is glued."""
    ws = [w for w in (re.sub(r"[^a-z0-9]", "", w.lower()) for w in words) if w]
    segs = [""]
    i = 0
    while i < len(ws):
        word = ws[i]
        if word == "space":
            segs.append("")
            i += 1
            continue
        mode = None
        for size in (2, 1):
            if tuple(ws[i:i + size]) in CASE_WORDS:
                mode = CASE_WORDS[tuple(ws[i:i + size])]
                i += size
                break
        if mode is not None:
            nxt = ws[i] if i < len(ws) else ""
            segs[-1] += nxt.upper() if mode == "upper" else nxt[:1].upper() + nxt[1:]
            i += 1
            continue
        for size in (3, 2, 1):
            phrase = tuple(ws[i:i + size])
            if len(phrase) == size and phrase in SPELL_SYMBOL:
                segs[-1] += SPELL_SYMBOL[phrase]
                i += size
                break
        else:
            if word in TENS_VAL:
                value = TENS_VAL[word]
                if i + 1 < len(ws) and ws[i + 1] in UNIT_VAL and ws[i + 1] != "zero":
                    value += UNIT_VAL[ws[i + 1]]
                    i += 1
                segs[-1] += str(value)
            elif word in TEEN_VAL:
                segs[-1] += str(TEEN_VAL[word])
            elif word in UNIT_VAL:
                segs[-1] += str(UNIT_VAL[word])
            else:
                segs[-1] += word
            i += 1
    return " ".join(segs)


def decode_natural(words: list[str]) -> str:
    """Natural mode: text as written, named symbols glued by the table."""
    items: list[tuple[str, bool, bool]] = []
    i = 0
    while i < len(words):
        low = [w.lower() for w in words[i:i + 3]]
        for size in (3, 2, 1):
            phrase = tuple(low[:size])
            if len(phrase) == size and phrase in NAT_SYMBOL:
                items.append(NAT_SYMBOL[phrase])
                i += size
                break
        else:
            word = words[i]
            if word.lower() in NAT_NUMBER:
                word = str(NAT_NUMBER.index(word.lower()))
            items.append((word, False, False))
            i += 1
    out = ""
    glue_right = True
    for text, left, right in items:
        if out and not (glue_right or left):
            out += " "
        out += text
        glue_right = right
    return out


def decode(line: str) -> str:
    """Recover the command from one transcript, following the guide in the docstring."""
    text = re.sub(r"\s+", " ", NOISE_RE.sub(" ", line)).strip()
    wake = WAKE_RE.match(text)
    sudo = False
    framed = wake is not None
    if framed:
        text = text[wake.end():]
        cue = CUE_RE.search(text)
        if cue is not None:
            sudo = SUDO_RE.search(text[:cue.start()]) is not None
            text = text[cue.end():]
    parts = []
    kind = None
    pos = 0
    for mark in MARK_RE.finditer(text):
        parts.append((kind, text[pos:mark.start()]))
        kind = mark.lastgroup
        pos = mark.end()
    parts.append((kind, text[pos:]))
    buffer: list[str] = []
    for index, (kind, seg) in enumerate(parts):
        if kind == "cancel":
            again = WAKE_RE.match(seg)
            if again is not None:
                seg = seg[again.end():]
            cue = CUE_RE.match(seg)
            if cue is not None:
                seg = seg[cue.end():]
        if index == len(parts) - 1 and framed:
            ends = [m.start() for m in (CLOSE_RE.search(seg), BREAK_RE.search(seg)) if m]
            if ends:
                seg = seg[:min(ends)]
        seg = seg.strip().rstrip(".,;:!?").strip()
        words = _drop_false_starts(seg.split())
        if kind == "cancel":
            buffer = words
        elif kind == "delete":
            buffer = buffer[:-1] + words
        elif kind in ("said", "fix") and words:
            anchor = _norm(words[0])
            hits = [k for k, w in enumerate(buffer) if _norm(w) == anchor]
            buffer = buffer[:hits[-1]] + words if hits else buffer[:-1] + words
        else:
            buffer = buffer + words
    spell = not framed or any(_norm(w) == "space" for w in buffer)
    command = decode_spell(buffer) if spell else decode_natural(buffer)
    return ("sudo " + command) if sudo else command


# ---------------------------------------------------------------- speakers

RUN_RE = re.compile(r"--|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|.")


def say_number(run: str, rng: random.Random, digits: float) -> list[str]:
    if digits and rng.random() < digits:
        return [run]
    if len(run) == 1:
        return [UNITS[int(run)]]
    if len(run) == 2 and run[0] != "0":
        value = int(run)
        if value < 20:
            return [TEENS[value - 10]]
        return [TENS[value // 10]] + ([UNITS[value % 10]] if value % 10 else [])
    return [UNITS[int(d)] for d in run]


def spell_token(tok: str, rng: random.Random, fuzzy: bool) -> list[str]:
    words: list[str] = []
    for run in RUN_RE.findall(tok):
        if run.isdigit():
            words += say_number(run, rng, 0.35 if fuzzy else 0.0)
        elif run.isalpha():
            if run.islower():
                cuts = [
                    c for c in range(3, len(run) - 2)
                    if (run[:c] in SUBWORDS or run[c:] in SUBWORDS)
                    and run[:c] not in VOCAB and run[c:] not in VOCAB
                ]
                if fuzzy and cuts and rng.random() < 0.5:
                    cut = rng.choice(cuts)
                    words += [run[:cut], run[cut:]]
                else:
                    words.append(run)
            elif len(run) > 1 and run.isupper():
                words += ["all", "caps", run.lower()]
            else:
                cap = "uppercase" if fuzzy and rng.random() < 0.2 else "capital"
                words += [cap, run.lower()]
        else:
            if fuzzy and run in FUZZY_NAME:
                words += rng.choice(FUZZY_NAME[run]).split()
            else:
                words += CLEAN_NAME[run].split()
    return words


def spell_words(cmd: str, rng: random.Random, fuzzy: bool = False) -> list[str]:
    words: list[str] = []
    for k, tok in enumerate(cmd.split(" ")):
        if k:
            words.append("space," if fuzzy and rng.random() < 0.25 else "space")
        words += spell_token(tok, rng, fuzzy)
    return words


def clean_line(cmd: str, rng: random.Random) -> str:
    return " ".join(spell_words(cmd, rng))


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    plain = " ".join(spell_words(cmd, rng))
    line = " ".join(spell_words(cmd, rng, fuzzy=True))
    if rng.random() < 0.5:
        line = line[0].upper() + line[1:]
    if rng.random() < 0.5 or line == plain:
        line += "."
    return line


def natural_words(cmd: str, rng: random.Random) -> list[str]:
    words: list[str] = []
    open_quote = {'"': False, "'": False}
    for tok in cmd.split(" "):
        if WRITABLE.fullmatch(tok):
            if tok.isdigit() and int(tok) <= 10 and rng.random() < 0.35:
                words.append(NAT_NUMBER[int(tok)])
            elif SIMPLE_FILE.fullmatch(tok) and rng.random() < 0.2:
                name, ext = tok.rsplit(".", 1)
                words += [name, "dot", ext]
            else:
                words.append(tok)
            continue
        pieces = re.findall(r"[A-Za-z0-9._/:=,+@-]+|.", tok)
        for k, piece in enumerate(pieces):
            if piece == "~" and pieces[k + 1:] and pieces[k + 1].startswith("/"):
                words += ["tilde", "slash"]
                pieces[k + 1] = pieces[k + 1][1:]
            elif not piece:
                continue
            elif WRITABLE.fullmatch(piece):
                words.append(piece)
            elif piece in open_quote:
                name = "quote" if piece == '"' else "single quote"
                words += (["end"] if open_quote[piece] else []) + name.split()
                open_quote[piece] = not open_quote[piece]
            else:
                words += NAT_NAME[piece].split()
    return words


def why_of(desc: str) -> str | None:
    desc = desc.strip().rstrip(".")
    if not re.fullmatch(r"[A-Za-z0-9 ,'-]{8,90}", desc):
        return None
    if len(desc) > 1 and desc[1].islower():
        desc = desc[0].lower() + desc[1:]
    return desc


def fill(template: str, wake: str, cue: str, body: str, why: str | None, closing: str) -> str:
    line = template.format(
        W=wake, c=cue, C=cue[0].upper() + cue[1:], X=body, Y=why or "", E=closing
    )
    if wake.endswith("."):
        cut = len(wake) + 1
        line = line[:cut] + line[cut].upper() + line[cut + 1:]
    return line


def natural_line(cmd: str, desc: str, rng: random.Random) -> tuple[str, str]:
    why = why_of(desc)
    templates = list(NATURAL_TEMPLATES)
    body_cmd = cmd
    if cmd.startswith("sudo ") and rng.random() < 0.5:
        templates = list(SUDO_TEMPLATES)
        body_cmd = cmd[5:]
    templates = [t for t in templates if why or not t[2]]
    tid, template, _ = rng.choice(templates)
    wake, _ = rng.choice(WAKES)
    cue = rng.choice(CUES)
    closing = rng.choice(CLOSINGS)
    body = " ".join(natural_words(body_cmd, rng))
    return fill(template, wake, cue, body, why, closing), tid


def mutate_word(word: str, rng: random.Random) -> str | None:
    """A plausible wrong word Leo might say first (one transcript word)."""
    if re.fullmatch(r"-[A-Za-z]", word):
        return "-" + rng.choice([c for c in "abcdefhlnrsvx" if c != word[1].lower()])
    if re.fullmatch(r"--[a-z][a-z-]+", word):
        return rng.choice([f for f in LONG_FLAGS if f != word])
    if word.isdigit():
        return str(int(word) + rng.randint(1, 9))
    if word in NAT_NUMBER or word in UNIT_VAL or word in TEEN_VAL:
        return rng.choice([u for u in UNITS[1:] if u != word])
    if SIMPLE_FILE.fullmatch(word):
        name, ext = word.rsplit(".", 1)
        exts = [e for e in ("txt", "md", "log", "conf", "json") if e != ext]
        return name + "." + rng.choice(exts)
    if re.fullmatch(r"[a-z]{2,}", word) and word not in VOCAB:
        return rng.choice([d for d in DISTRACTORS if d != word])
    if re.fullmatch(r"[~/A-Za-z0-9._-]*[a-z0-9]", word) and len(word) > 2:
        last = word[-1]
        pool = "0123456789" if last.isdigit() else "abcdefghijklmnoprstuvw"
        return word[:-1] + rng.choice([c for c in pool if c != last])
    return None


def sprinkle(words: list[str], rng: random.Random) -> list[str]:
    """Insert one hesitation or aside between two words."""
    if len(words) < 2:
        return words
    k = rng.randint(1, len(words) - 1)
    noise = rng.choice(FILLERS) if rng.random() < 0.65 else rng.choice(ASIDES)
    if words[k - 1].endswith(","):
        return words
    return words[:k - 1] + [words[k - 1] + ","] + [noise + ","] + words[k:]


def tail(words: list[str], rng: random.Random) -> list[str]:
    return sprinkle(words, rng) if rng.random() < 0.35 else words


def chaotic_body(
    words: list[str], spell: bool, name: str, cue: str, rng: random.Random
) -> tuple[str, str] | None:
    """Build the spoken command with at least one correction; returns (body, kind)."""
    kind = rng.choice(["fix", "fix", "correction", "said", "said", "delete", "cancel"])
    content = [
        k for k, w in enumerate(words)
        if k > 0 and w != "space" and mutate_word(w, rng) is not None
        and (w not in VOCAB or w in UNIT_VAL if spell else w.lower() not in NAT_VOCAB)
    ]
    if kind == "cancel" or not content:
        cut = rng.randint(1, max(1, len(words) - 1))
        wrong = words[:cut]
        if content and rng.random() < 0.5:
            k = rng.choice(content)
            wrong = words[:k] + [mutate_word(words[k], rng) or words[k]] + words[k + 1:cut]
        restart = rng.choice([
            ". Cancel that. {C} ",
            "... cancel that, {c} ",
            ". Cancel that. Let me start over. {C} ",
            ". Cancel that. Hey Jarvis, {c} ",
        ]).format(c=cue, C=cue[0].upper() + cue[1:])
        head = " ".join(sprinkle(wrong, rng) if rng.random() < 0.3 else wrong)
        return head + restart + " ".join(tail(words, rng)), "cancel"
    i = rng.choice(content)
    wrong = mutate_word(words[i], rng)
    if wrong is None or _norm(wrong) == _norm(words[i]):
        return None
    if kind == "delete":
        head = words[:i] + [wrong]
        marker = rng.choice([", delete the last word, ", "... delete the last word, "])
        return " ".join(head) + marker + " ".join(tail(words[i:], rng)), kind
    stop = i + 1
    if kind == "said" and rng.random() < 0.5:
        stop = rng.randint(i + 1, len(words))
    head = words[:i] + [wrong] + words[i + 1:stop]
    if kind == "said" and rng.random() < 0.5:
        j = 0
    elif rng.random() < 0.5:
        j = i
    else:
        back = [k for k in range(max(0, i - 3), i) if words[k] != "space"]
        j = rng.choice(back) if back else i
    if kind == "fix":
        marker = rng.choice([f", {name}, no, ", f". {name}, no, ", f"... {name}, no, "])
    elif kind == "correction":
        marker = rng.choice([f". {name}, correction: ", f", {name}, correction, "])
    else:
        marker = rng.choice([". No, I said ", "... no, I said "])
    return " ".join(head) + marker + " ".join(tail(words[j:], rng)), kind


def chaotic_line(cmd: str, desc: str, rng: random.Random) -> tuple[str, str] | None:
    why = why_of(desc)
    spell = rng.random() < 0.3 and " " in cmd
    words = spell_words(cmd, rng) if spell else natural_words(cmd, rng)
    wake, name = rng.choice(WAKES)
    cue = rng.choice(CUES)
    built = chaotic_body(words, spell, name, cue, rng)
    if built is None:
        return None
    body, kind = built
    if not spell and rng.random() < 0.3 and len(words[0]) >= 4:
        stem = words[0][: rng.randint(2, len(words[0]) - 1)]
        body = stem + "... " + body
    if rng.random() < 0.4:
        noise = rng.choice(FILLERS)
        body = f"{noise}, {body}" if rng.random() < 0.5 else body
    templates = [t for t in CHAOTIC_TEMPLATES if why or not t[2]]
    tid, template, _ = rng.choice(templates)
    closing = rng.choice(CLOSINGS)
    line = fill(template, wake, cue, body, why, closing)
    line = re.sub(r"(\w) (uh|um|erm|hmm), ", r"\1, \2, ", line)
    if rng.random() < 0.25 and line.endswith("."):
        line += rng.choice(THOUGHTS)
    if rng.random() < 0.15:
        line = rng.choice(FILLERS).capitalize() + ", " + line[0].lower() + line[1:]
    return line, f"{kind}/{tid}"


# ---------------------------------------------------------------- selection


def tool_of(cmd: str) -> str:
    for tok in cmd.split():
        if tok == "sudo" or re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=\S*", tok):
            continue
        return tok
    return cmd


def usable(cmd: str) -> bool:
    return (
        cmd.isascii() and 0 < len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
        and "  " not in cmd and cmd == cmd.strip()
    )


def line_ok(slice_name: str, line: str, cmd: str) -> bool:
    if not line.isascii() or "\n" in line or decode(line) != cmd:
        return False
    has_wake = WAKE_RE.match(re.sub(r"^(?:uh|um|erm|hmm), ", "", line, flags=re.I)) is not None
    spaced = re.search(r"\bspace\b", line, re.I) is not None
    if slice_name == "clean":
        return re.fullmatch(r"[a-z ]+", line) is not None and not has_wake
    if slice_name == "fuzzy":
        return not has_wake and (spaced or " " not in cmd)
    if slice_name == "natural":
        return has_wake and not spaced
    return has_wake and (MARK_RE.search(line) is not None or "..." in line)


def render(slice_name: str, cmd: str, desc: str, rng: random.Random) -> tuple[str, str] | None:
    if slice_name == "clean":
        return clean_line(cmd, rng), "spell"
    if slice_name == "fuzzy":
        return fuzzy_line(cmd, rng), "spell"
    if slice_name == "natural":
        return natural_line(cmd, desc, rng)
    return chaotic_line(cmd, desc, rng)


def build() -> dict[str, list[dict[str, str]]]:
    rng = random.Random(49)
    with SOURCE.open(encoding="utf-8") as handle:
        rows = [json.loads(text) for text in handle]
    pool = []
    seen = set()
    for number, row in enumerate(rows):
        cmd = row["command"]
        if number % 6 == 4 and usable(cmd) and cmd not in seen:
            seen.add(cmd)
            pool.append((cmd, row.get("description", "")))
    rng.shuffle(pool)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    inputs: set[str] = set()
    out: dict[str, list[dict[str, str]]] = {name: [] for name in SLICES}
    for slice_name in BUILD_ORDER:
        for cmd, desc in pool:
            if len(out[slice_name]) == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            for _ in range(TRIES):
                made = render(slice_name, cmd, desc, rng)
                if made is None:
                    continue
                line, _shape = made
                if line not in inputs and line_ok(slice_name, line, cmd):
                    break
            else:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            inputs.add(line)
            out[slice_name].append(
                {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
            )
        if len(out[slice_name]) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(out[slice_name])} lines")
    return out


def main() -> None:
    out = build()
    with TARGET.open("w", encoding="utf-8") as handle:
        for slice_name in SLICES:
            for row in out[slice_name]:
                handle.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(f"wrote {sum(len(v) for v in out.values())} lines to {TARGET}")


if __name__ == "__main__":
    main()
