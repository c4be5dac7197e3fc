"""Independent voice-to-bash evaluation set "author70": Marcus, the nervous interviewee.

Writes assets/training/bash/author70.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and the plain-English reason Marcus gives for them come from tldr-pages
(https://github.com/tldr-pages/tldr, CC BY 4.0), via
assets/training/bash/pages_dev45_commands.jsonl (only lines whose 0-based number % 4 == 3).
Standard library only; one random.Random(70) consumed in a fixed order, so reruns are
byte-identical.  Run: cd /work/main && python3 tests/bench/seventieth_author.py

STYLE GUIDE
===========

Persona
-------
Marcus is a junior developer in a live-coding job interview, sharing his screen and thinking
aloud for the interviewer.  He is nervous and polite: he explains *why* before he says the
command ("So to list the open ports, I think I would do ..."), hedges ("I think", "I'd
probably", "let me just"), and asks for reassurance afterwards ("is that okay?", "hopefully
this is right").  He was taught to read commands out carefully, so his symbol names are the
long, formal ones ("forward slash", "period", "equal sign", "vertical bar") and he reads long
numbers digit by digit, the way he would read them off a screen.  When he slips he apologises
and fixes it at once: "oh sorry", "wait no", "I mean", "I meant A instead of B", "actually let
me redo that".

Vocabulary (Marcus's own words)
-------------------------------
  symbol  clean (what he says first)   also says / Whisper also writes (fuzzy, natural)
  -       dash                          hyphen, minus
  --      dash dash                     two dashes, double dash
  .       period                        dot
  /       forward slash                 slash
  |       vertical bar                  pipe
  *       asterisk                      star
  =       equal sign                    equals, equals sign
  ~       tilde                         tilda (Whisper's spelling)
  :       colon
  _       underscore                    under score (Whisper's split)
  >       greater than sign             greater than, right angle bracket
  @       at sign                       at symbol
  +       plus sign                     plus
  capital W     the next word (or letter) starts with an upper-case letter; "uppercase W"
                is his other way of saying it ("capital t" = T, "capital monday" = Monday)
  all caps W    the next word is all upper case; also "all uppercase W", "all capitals W"
                ("all caps readme" = README)
Numbers: zero to ninety-nine are said as words ("seven", "twenty", "forty two"); a round
hundred or thousand is said so ("three hundred" = 300, "two thousand" = 2000); anything else,
and anything with a leading zero, digit by digit ("eight zero eight zero" = 8080, "one zero
two four" = 1024, "zero six" = 06).  No command in this set has a word (a run of letters)
that is one of the keywords above or a number word, so a keyword is always a keyword.

In natural speech Marcus makes a careful distinction: "dash" is the dash that starts an
option ("dash dash verbose", "dash la"), "hyphen" is the one inside a name ("apt hyphen
clone", "dash dash dry hyphen run").

Slices
------
clean    Pure protocol, no framing.  Every character of the command is spoken, "space" said
         exactly where the command has a space, symbols by their clean names, numbers as
         words, case announced.  Whisper writes it all lower case with no punctuation:
         "git space stash space pop".
fuzzy    The same protocol with his other names for symbols and Whisper's small slips: the
         first word capitalised, a final full stop, a comma after some "space"s, some numbers
         written as digits, a long name heard split in two ("shell check" for shellcheck:
         inside one command word every spoken piece is glued to the next, so the split is
         harmless).
natural  How Marcus actually says it in the interview.  "space" is never said; Whisper writes
         plain words, digits, file names, paths, URLs and flags it recognises as text ("-la",
         "/etc/hosts", "config.yaml"); the symbols he names are words ("dash dash force",
         "api underscore key", "tilde slash projects"); a relative path is either read out
         in full or written by Whisper in full.  Around the command: an intro ("So I
         think I would do", "Let me just run", "The command would be"), usually the reason
         first ("So to <reason>, ..."), and politeness after ("is that okay?").
chaotic  Natural (or, in about a third of the lines, protocol) speech in which he corrects
         himself.  Every line has at least one of his correction or restart markers.

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "um", "uh", "er", "erm", "hmm" are dropped wherever they are, together with a
    comma or full stop right after them.
 2. Mode: if the word "space" occurs anywhere, the line is protocol; otherwise natural.
 3. Whisper's punctuation cuts the line into clauses: ", " "; " ": " "? " "! " ". " and "...".
    A final full stop, "?" or "!" and a trailing "..." are dropped.  (No command in this set
    contains one of , ; : ? ! . followed by a space, or ends with one of them.)
 4. Clauses that are only talk (checked on a clause that has no spoken "space"):
    - asides, the whole clause: "okay", "so", "right", "sorry", "actually", "oh wait", "I
      think", "hopefully this is right", "is that okay", "is that right", "does that make
      sense", "if that makes sense", "bear with me", "let me think", "sorry I'm a bit
      nervous", ... (table ASIDES) -> ignored;
    - restarts, the whole clause: "actually let me redo that", "let me redo that", "sorry
      let me redo that", "let me start over", "actually let me start over", "sorry let me
      start over" -> forget the command so far;
    - "I meant A instead of B" (or "I meant A not B"): replace the last B in the command so
      far by A;
    - reasons: a clause that starts (after an optional "okay"/"so"/"okay so") with "to",
      "since", "because", "in order to", "just to", "I want to", "I need to", "we want to",
      "we need to", "the idea is", "the task is", "the goal is", "if I want", "if we want",
      "if I need", "if we need", "first I need to", "basically" -> ignored, unless an intro
      (next item) occurs inside it, in which case the command starts right after the intro
      ("To list the files I would do ls -la").  A protocol clause with a spoken "space" is
      never a reason, but the intro inside it is still honoured.
 5. Intros at the start of a clause: [any of okay, so, and then, then] [I think]
    (I would|I'd|I'll|let me|let me just) [probably|just] (do|run|type|try), or [so] "the
    command would be", "the command is", "it would be", "something like" -> the command
    (re)starts right after the intro; a second intro means he started over.
 6. Fixes at the start of a clause: "oh sorry", "wait no", "sorry I mean", "I mean" -> the
    last command word said before them was wrong; what follows (in the same clause or the
    next command clause) is the right word and the rest of the command.
 7. An ellipsis followed by more speech means he broke off; the command starts again after it.
 8. Trailing hedges written without a comma are cut off the end of a command clause: "I
    think", "hopefully", "if that's okay", "if that's alright", "I guess", "right".
 9. Protocol mode: punctuation is noise, letters are lower-cased, every spoken piece is glued
    to the one before, and only "space" separates command words.  A clause that follows one
    ending in "space" starts a new word; otherwise it continues the last word.  "capital" /
    "uppercase" upper-case the first letter of the next piece, "all caps" / "all uppercase" /
    "all capitals" the whole next piece.  A run of number words is one number (rule above).
10. Natural mode: whitespace separates command words, except around symbol words:
    period/dot, forward slash/slash, underscore, colon, equal sign, at sign and hyphen glue to
    both neighbours ("main period py" = main.py, "apt hyphen clone" = apt-clone); dash (and
    minus), dash dash, tilde, asterisk and plus sign start a new word (or continue one that
    a gluing symbol left open) and glue to what follows ("dash la" = -la, "tilde slash logs"
    = ~/logs, "asterisk dot jpg" = *.jpg); vertical bar/pipe and greater than sign stand
    alone.
    A hyphen Whisper wrote inside a word stays ("ansible-vault").  Number words become digits
    and glue like words.  Case words act on the next word.
11. Start of a command (natural mode): Whisper's capital is undone ("Cargo" -> cargo) and, at
    the tool position, Whisper's known spellings of tools are mapped back (table TOOL_HEARD:
    "pseudo" -> sudo, "system CTL" -> systemctl, "shell check" -> shellcheck, "GH" -> gh,
    ...).  A clause that follows ". ", "? " or "! " and continues a command only has
    Whisper's sentence capital undone.

Known ambiguities: the aside, reason, intro and hedge lists and the tool table are closed
lists; a clause that merely begins with "to" or "because" is taken as a reason.  The generator
therefore keeps a candidate line only if decode() gives back its command, and otherwise tries
another rendering (up to 8) or skips the command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev45_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author70.jsonl"
AUTHOR = "author70"
SEED = 70
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_PER_TOOL = 2

# ================================================================= vocabulary
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = frozenset(ONES + TEENS + TENS + ["hundred", "thousand"])

# spoken form -> symbol; the longest spoken form is tried first
SYMBOLS: dict[tuple[str, ...], str] = {
    ("greater", "than", "sign"): ">",
    ("right", "angle", "bracket"): ">",
    ("greater", "than"): ">",
    ("dash", "dash"): "--",
    ("two", "dashes"): "--",
    ("double", "dash"): "--",
    ("forward", "slash"): "/",
    ("vertical", "bar"): "|",
    ("equal", "sign"): "=",
    ("equals", "sign"): "=",
    ("under", "score"): "_",
    ("at", "sign"): "@",
    ("at", "symbol"): "@",
    ("plus", "sign"): "+",
    ("dash",): "-",
    ("hyphen",): "-",
    ("minus",): "-",
    ("period",): ".",
    ("dot",): ".",
    ("slash",): "/",
    ("pipe",): "|",
    ("asterisk",): "*",
    ("star",): "*",
    ("equals",): "=",
    ("tilde",): "~",
    ("tilda",): "~",
    ("colon",): ":",
    ("underscore",): "_",
    ("plus",): "+",
}
CASE_WORDS: dict[tuple[str, ...], str] = {
    ("all", "caps"): "upper",
    ("all", "uppercase"): "upper",
    ("all", "capitals"): "upper",
    ("capital",): "title",
    ("uppercase",): "title",
}
CLEAN_SAY = {
    "-": "dash",
    "--": "dash dash",
    ".": "period",
    "/": "forward slash",
    "|": "vertical bar",
    "*": "asterisk",
    "=": "equal sign",
    "~": "tilde",
    ":": "colon",
    "_": "underscore",
    ">": "greater than sign",
    "@": "at sign",
    "+": "plus sign",
    "title": "capital",
    "upper": "all caps",
}
OTHER_SAY = {
    "-": ["hyphen", "minus"],
    "--": ["two dashes", "double dash"],
    ".": ["dot"],
    "/": ["slash"],
    "|": ["pipe"],
    "*": ["star"],
    "=": ["equals", "equals sign"],
    "~": ["tilda"],
    ":": [],
    "_": ["under score"],
    ">": ["greater than", "right angle bracket"],
    "@": ["at symbol"],
    "+": ["plus"],
    "title": ["uppercase"],
    "upper": ["all uppercase", "all capitals"],
}
# natural mode: how each symbol word glues (rule 10)
GLUE_BOTH = {".", "/", "_", ":", "=", "@"}
GLUE_NEXT = {"--", "~", "*", "+"}
ALONE = {"|", ">"}

RESERVED = set(NUMBER_WORDS) | {w for k in SYMBOLS for w in k} | {w for k in CASE_WORDS for w in k}
RESERVED |= {"space", "um", "uh", "er", "erm", "hmm", "sorry", "mean", "meant", "redo"}
RESERVED -= {"all", "right", "at"}  # keywords only with the word after them, itself reserved

# how Whisper writes a tool name when Marcus says it naturally (generator side); the listener
# knows these spellings and maps them back at the tool position (rule 11)
WHISPER_TOOL = {
    "sudo": "pseudo",
    "systemctl": "system CTL",
    "networkctl": "network CTL",
    "supervisorctl": "supervisor CTL",
    "portablectl": "portable CTL",
    "limactl": "Lima CTL",
    "busctl": "bus CTL",
    "keyctl": "key CTL",
    "doctl": "DO CTL",
    "iwctl": "IW CTL",
    "wpctl": "WP CTL",
    "pactl": "PA CTL",
    "proctl": "pro CTL",
    "nmcli": "NM CLI",
    "shellcheck": "shell check",
    "lazydocker": "lazy docker",
    "killall": "kill all",
    "updatedb": "update DB",
    "uptime": "up time",
    "btop": "B top",
    "podman": "pod man",
    "speedtest": "speed test",
    "readlink": "read link",
    "tarsnap": "tar snap",
    "webstorm": "WebStorm",
    "cloudflared": "Cloudflare D",
    "ibmcloud": "IBM cloud",
    "gcloud": "G cloud",
    "glab": "G lab",
    "gh": "GH",
    "uv": "UV",
    "jj": "JJ",
    "aws": "AWS",
    "az": "AZ",
    "dnf": "DNF",
    "svn": "SVN",
    "mvn": "MVN",
    "qm": "QM",
    "pct": "PCT",
    "adb": "ADB",
    "ldd": "LDD",
    "scc": "SCC",
    "pip": "PIP",
    "pnpm": "PNPM",
    "eslint": "ES lint",
    "hledger": "H ledger",
    "rustup": "Rust up",
    "pipenv": "pip env",
    "fastapi": "FastAPI",
    "openssl": "OpenSSL",
    "openstack": "OpenStack",
    "kubeseal": "Kube seal",
    "zoxide": "Z oxide",
    "pwgen": "PW gen",
    "pydoc": "Py doc",
    "ptpython": "PT Python",
    "dconf": "D conf",
    "xrandr": "X randr",
    "vimdiff": "Vim diff",
    "sdiff": "S diff",
    "zdiff": "Z diff",
    "firefox": "Firefox",
    "obsidian": "Obsidian",
    "gradle": "Gradle",
    "terraform": "Terraform",
    "tailscale": "Tailscale",
    "vagrant": "Vagrant",
    "hugo": "Hugo",
    "laravel": "Laravel",
    "symfony": "Symfony",
    "kaggle": "Kaggle",
    "brew": "Brew",
    "cargo": "Cargo",
    "conda": "Conda",
    "poetry": "Poetry",
    "rails": "Rails",
    "gatsby": "Gatsby",
    "grafana": "Grafana",
    "zellij": "Zellij",
}
TOOL_HEARD = {tuple(v.lower().split()): k for k, v in WHISPER_TOOL.items()}

ASIDES = {
    "okay",
    "ok",
    "okay so",
    "so",
    "so yeah",
    "yeah",
    "right",
    "alright",
    "cool",
    "okay cool",
    "sorry",
    "oh",
    "actually",
    "oh wait",
    "and",
    "then",
    "i think",
    "i hope",
    "i guess",
    "hopefully",
    "hopefully this is right",
    "hopefully that's right",
    "hopefully that works",
    "i think that's right",
    "i think that's it",
    "is that okay",
    "is that right",
    "is that correct",
    "does that make sense",
    "if that makes sense",
    "if that's okay",
    "let me think",
    "let me see",
    "let's see",
    "bear with me",
    "give me a second",
    "one second",
    "sorry i'm a bit nervous",
    "sorry i'm nervous",
    "i'm pretty sure",
    "i'm not totally sure",
    "or something like that",
}
RESTARTS = {
    "actually let me redo that",
    "let me redo that",
    "sorry let me redo that",
    "let me start over",
    "actually let me start over",
    "sorry let me start over",
}
_INTRO = (
    r"(?:(?:okay|so|and then|then)\s+)*(?:i think\s+)?"
    r"(?:i would|i'd|i'll|let me just|let me)\s+(?:probably\s+|just\s+)?(?:do|run|type|try)"
    r"|(?:so\s+)?(?:the command would be|the command is|it would be|something like)"
)
INTRO_START_RE = re.compile(rf"^(?:{_INTRO})\b[,:]?\s*", re.IGNORECASE)
INTRO_ANY_RE = re.compile(rf"\b(?:{_INTRO})\b[,:]?\s*", re.IGNORECASE)
REASON_RE = re.compile(
    r"^(?:(?:okay so|okay|so)\s+)?(?:to|since|because|in order to|just to|i want to|"
    r"i need to|we want to|we need to|the idea is|the task is|the goal is|if i want|if we want|"
    r"if i need|if we need|first i need to|basically)\b",
    re.IGNORECASE,
)
FIX_RE = re.compile(r"^(?:oh sorry|wait no|sorry i mean|i mean)\b[,:]?\s*", re.IGNORECASE)
MEANT_RE = re.compile(r"^i meant\s+(.+?)\s+(?:instead of|not)\s+(.+)$", re.IGNORECASE)
HEDGE_END_RE = re.compile(
    r"\s+(?:i think|hopefully|if that's okay|if that's alright|i guess|right)$", re.IGNORECASE
)
HESITATION_RE = re.compile(r"(?<!\S)(?:um+|uh+|erm|er|hmm+)[,.]?(?!\S)", re.IGNORECASE)
CLAUSE_RE = re.compile(r"(\.\.\.|[,;:!?]|\.)(?:\s+|$)")


# ================================================================= the listener
def number_from_words(words: list[str]) -> str:
    """A run of Marcus's number words -> digits ("eight zero eight zero" -> 8080)."""
    digits, k = "", 0
    while k < len(words):
        w = words[k]
        if w in TENS:
            value = 10 * (TENS.index(w) + 2)
            if k + 1 < len(words) and words[k + 1] in ONES[1:]:
                value += ONES.index(words[k + 1])
                k += 1
            digits += str(value)
        elif w in TEENS:
            digits += str(10 + TEENS.index(w))
        elif w in ONES:
            digits += str(ONES.index(w))
        elif w == "hundred":
            digits += "00"
        elif w == "thousand":
            digits += "000"
        k += 1
    return digits


def match_table(tokens: list[str], k: int, table: dict) -> tuple[str | None, int]:
    for size in (3, 2, 1):
        key = tuple(t.lower() for t in tokens[k : k + size])
        if len(key) == size and key in table:
            return table[key], size
    return None, 0


def apply_case(text: str, case: str | None) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        return text[:1].upper() + text[1:]
    return text


def protocol_words(text: str) -> tuple[list[str], bool]:
    """Protocol speech -> (command words, whether the clause ended on 'space')."""
    tokens = re.sub(r"[,.;:!?]", " ", text).lower().split()
    words: list[str] = []
    current, case, k, open_end = "", None, 0, False
    while k < len(tokens):
        tok = tokens[k]
        if tok == "space":
            words.append(current)
            current, open_end, k = "", True, k + 1
            continue
        open_end = False
        sym, size = match_table(tokens, k, SYMBOLS)
        if sym:
            current += sym
            k += size
            continue
        how, size = match_table(tokens, k, CASE_WORDS)
        if how:
            case = how
            k += size
            continue
        if tok in NUMBER_WORDS:
            end = k
            while end < len(tokens) and tokens[end] in NUMBER_WORDS:
                end += 1
            current += number_from_words(tokens[k:end])
            k = end
            continue
        current += apply_case(tok, case)
        case = None
        k += 1
    if current:
        words.append(current)
    return words, open_end


def undo_whisper_start(tokens: list[str]) -> list[str]:
    """Rule 11: sentence capital and Whisper's spellings of tools at the tool position."""
    tokens = list(tokens)
    pos = 0
    while pos < len(tokens):
        if re.fullmatch(r"[A-Z][a-z]+", tokens[pos]) and tokens[pos].lower() not in RESERVED:
            tokens[pos] = tokens[pos].lower()
        real, size = match_table(tokens, pos, TOOL_HEARD)
        if real:
            tokens[pos : pos + size] = [real]
        if tokens[pos] == "sudo":
            pos += 1
            continue
        break
    return tokens


def natural_words(text: str, start: str | None) -> list[str]:
    """Natural speech -> command words (rule 10); start: "tool", "sentence" or None (rule 11)."""
    tokens = text.split()
    if start == "tool":
        tokens = undo_whisper_start(tokens)
    elif start == "sentence" and tokens and re.fullmatch(r"[A-Z][a-z]+", tokens[0]):
        tokens[0] = tokens[0].lower()
    words: list[str] = []
    open_glue, case, k = False, None, 0
    while k < len(tokens):
        sym, size = match_table(tokens, k, SYMBOLS)
        if sym:
            spoken_hyphen = tokens[k].lower() == "hyphen"
            if (sym in GLUE_BOTH or spoken_hyphen) and words and words[-1] not in ALONE:
                words[-1] += sym
            elif (sym in GLUE_NEXT or sym == "-") and open_glue and words:
                words[-1] += sym
            else:
                words.append(sym)
            open_glue = sym not in ALONE
            k += size
            continue
        how, size = match_table(tokens, k, CASE_WORDS)
        if how:
            case = how
            k += size
            continue
        if tokens[k].lower() in NUMBER_WORDS:
            end = k
            while end < len(tokens) and tokens[end].lower() in NUMBER_WORDS:
                end += 1
            text_ = number_from_words([t.lower() for t in tokens[k:end]])
            k = end
        else:
            text_ = tokens[k]
            k += 1
        text_ = apply_case(text_, case)
        case = None
        if open_glue and words:
            words[-1] += text_
        else:
            words.append(text_)
        open_glue = False
    return words


def cut_hedges(text: str) -> str:
    while True:
        shorter = HEDGE_END_RE.sub("", text).strip()
        if shorter == text:
            return text
        text = shorter


def talk_key(clause: str) -> str:
    return " ".join(re.sub(r"[^a-z' ]", " ", clause.lower()).split())


def decode(line: str) -> str:
    """Marcus's interviewer, listening closely: transcript -> command (rules 1-11)."""
    text = " ".join(line.split())
    text = " ".join(HESITATION_RE.sub("", text).split())
    text = re.sub(r"(?:\.\.\.|[.!?])+$", "", text).strip()
    protocol = re.search(r"\bspace\b", text, re.IGNORECASE) is not None
    parts = CLAUSE_RE.split(text)
    clauses, delims = parts[0::2], [None, *parts[1::2]]

    def words_of(chunk: str, start: str | None) -> tuple[list[str], bool]:
        if protocol:
            return protocol_words(chunk)
        return natural_words(chunk, start), True

    cmd: list[str] = []
    mode, open_end = "new", True
    for clause, delim in zip(clauses, delims, strict=True):
        if delim == "...":
            mode = "new"
        c = clause.strip()
        if not c:
            continue
        has_space = protocol and re.search(r"\bspace\b", c, re.IGNORECASE) is not None
        if not has_space:
            key = talk_key(c)
            if key in ASIDES:
                continue
            if key in RESTARTS:
                cmd, mode = [], "new"
                continue
            meant = MEANT_RE.match(c)
            if meant:
                good = words_of(meant.group(1), None)[0]
                bad = words_of(cut_hedges(meant.group(2)), None)[0]
                for j in range(len(cmd) - len(bad), -1, -1):
                    if bad and cmd[j : j + len(bad)] == bad:
                        cmd = cmd[:j] + good + cmd[j + len(bad) :]
                        break
                mode = "cont"
                continue
        fix = FIX_RE.match(c)
        if fix:
            c, mode = c[fix.end() :].strip(), "fix"
            if not c:
                continue
        intro = INTRO_START_RE.match(c)
        if intro:
            c, cmd, mode = c[intro.end() :].strip(), [], "new"
            if not c:
                continue
        elif REASON_RE.match(c):
            inner = INTRO_ANY_RE.search(c)
            if inner:
                c, cmd, mode = c[inner.end() :].strip(), [], "new"
                if not c:
                    continue
            elif not has_space:
                continue
        c = cut_hedges(c)
        if not c:
            continue
        if mode == "new" or not cmd:
            start = "tool"
        else:
            start = "sentence" if delim in (".", "?", "!") else None
        words, ends_open = words_of(c, start)
        if mode == "new" or not cmd:
            cmd = words
        elif mode == "fix":
            cmd = cmd[:-1] + words
        elif open_end or not words or not protocol:
            cmd = cmd + words
        else:
            cmd = cmd[:-1] + [cmd[-1] + words[0]] + words[1:]
        open_end, mode = ends_open, "cont"
    return " ".join(cmd)


# ================================================================= speaking
PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def split_pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def small_number(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    tens = TENS[n // 10 - 2]
    return tens if n % 10 == 0 else f"{tens} {ONES[n % 10]}"


def say_number(digits: str) -> str:
    """Marcus's number habit (see the style guide)."""
    one_by_one = " ".join(ONES[int(ch)] for ch in digits)
    if len(digits) > 1 and digits[0] == "0":
        return one_by_one
    if len(digits) <= 2:
        return small_number(int(digits))
    if len(digits) == 3 and digits[1:] == "00":
        return f"{ONES[int(digits[0])]} hundred"
    if len(digits) == 4 and digits[1:] == "000":
        return f"{ONES[int(digits[0])]} thousand"
    return one_by_one


def command_ok_to_say(cmd: str) -> bool:
    return all(not (p.isalpha() and p.lower() in RESERVED) for p in split_pieces(cmd))


def pick_names(rng: random.Random | None) -> dict[str, str]:
    """One name per symbol for a whole line: the clean name, or (fuzzy) now and then another."""
    names = dict(CLEAN_SAY)
    if rng is None:
        return names
    for sym in CLEAN_SAY:
        if OTHER_SAY[sym] and rng.random() < 0.45:
            names[sym] = rng.choice(OTHER_SAY[sym])
    return names


def protocol_word(word: str, names: dict[str, str], rng: random.Random | None) -> str:
    """One command word in protocol speech; rng=None: numbers always as words."""
    out: list[str] = []
    ps = split_pieces(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            out.append(names["--"])
            k += 2
            continue
        if p in CLEAN_SAY:
            out.append(names[p])
        elif p.isdigit():
            out.append(p if (rng is not None and rng.random() < 0.4) else say_number(p))
        elif p.isupper() and len(p) > 1:
            out.append(f"{names['upper']} {p.lower()}")
        elif p[0].isupper():
            out.append(f"{names['title']} {p.lower()}")
        else:
            out.append(p)
        k += 1
    return " ".join(out)


SPLIT_HEADS = """shell lazy need speed read web cloud fast file key net work pass word user data
back time auto type check mail kill load down up over under side tool box find fire make
sound photo image meta text code test build script server host port list flat pack view
stat search screen watch note power store print update info spell crash report""".split()


def split_long_name(text: str, rng: random.Random) -> str:
    """Whisper hears one long lower-case name as two words ("shellcheck" -> "shell check")."""
    tokens = text.split(" ")
    spots = []
    for idx, tok in enumerate(tokens):
        if len(tok) < 7 or not tok.isalpha() or not tok.islower() or tok in RESERVED:
            continue
        if idx > 0 and tokens[idx - 1] in ("capital", "uppercase", "caps", "capitals"):
            continue
        for head in SPLIT_HEADS:
            tail = tok[len(head) :]
            if tok.startswith(head) and len(tail) >= 3 and tail not in RESERVED:
                spots.append((idx, len(head)))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    tokens[idx] = tokens[idx][:cut] + " " + tokens[idx][cut:]
    return " ".join(tokens)


def render_clean(cmd: str) -> str:
    names = pick_names(None)
    return " space ".join(protocol_word(w, names, None) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = pick_names(rng)
    spoken = [protocol_word(w, names, rng) for w in cmd.split(" ")]
    text = spoken[0]
    for part in spoken[1:]:
        text += (" space, " if rng.random() < 0.3 else " space ") + part
    if rng.random() < 0.45:
        text = split_long_name(text, rng)
    if rng.random() < 0.65:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


def natural_habits(rng: random.Random) -> dict[str, bool]:
    """Per line: which symbols Marcus reads out (True) and which Whisper writes as text."""
    odds = {
        "flag": 0.5,
        "hyphen": 0.35,
        "dot": 0.45,
        "/": 0.2,
        "_": 0.75,
        ":": 0.7,
        "=": 0.8,
        "@": 0.8,
        "~": 0.6,
        "*": 0.7,
        "+": 0.5,
        "|": 0.85,
        "digits": 0.35,
    }
    return {key: rng.random() < p for key, p in odds.items()}


def natural_word(word: str, rng: random.Random, habits: dict[str, bool]) -> str:
    """One command word as Whisper writes Marcus's natural speech."""
    if word == "|":
        return "pipe" if habits["|"] else "vertical bar"
    if word == ">":
        return "greater than sign" if rng.random() < 0.6 else "greater than"
    if word.isdigit():
        if habits["digits"] and word[0] != "0" and len(word) <= 4:
            return say_number(word)
        return word
    if "://" in word or word[0] in "/.":
        return word  # Whisper writes URLs, absolute paths and dot-files as text
    if "/" in word and not habits["/"]:
        return word  # a relative path: either he reads out all of it, or Whisper writes it
    path = "/" in word
    ps = re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", word)
    spoken = [False] * len(ps)
    lead = 0
    while lead < len(ps) and ps[lead] == "-":
        lead += 1
    if lead and lead < len(ps) and habits["flag"]:
        spoken[:lead] = [True] * lead
    if ps[0] in ("~", "*", "+") and len(ps) > 1 and (habits[ps[0]] or path):
        spoken[0] = True
    for k in range(1, len(ps) - 1):
        p = ps[k]
        if not (ps[k - 1].isalnum() or spoken[k - 1]):
            continue
        if p == "-" and (habits["hyphen"] or path):
            spoken[k] = True
        elif p == "." and (habits["dot"] or path):
            spoken[k] = True
        elif p in ("/", "_", ":", "=", "@") and (habits[p] or path):
            spoken[k] = True
    tokens: list[str] = []
    buf = ""
    for k, p in enumerate(ps):
        if not spoken[k]:
            buf += p
            continue
        if buf:
            tokens.append(buf)
            buf = ""
        if p == "-":
            tokens.append("dash" if k < lead else "hyphen")
        elif p == ".":
            tokens.append("dot" if rng.random() < 0.7 else "period")
        elif p == "/":
            tokens.append("slash" if rng.random() < 0.6 else "forward slash")
        elif p == "*":
            tokens.append("asterisk" if rng.random() < 0.7 else "star")
        elif p == "=":
            tokens.append("equal sign" if rng.random() < 0.6 else "equals")
        else:
            tokens.append(CLEAN_SAY[p])
    if buf:
        tokens.append(buf)
    # after a spoken dash a lone capital letter is announced ("dash capital t")
    if len(tokens) >= 2 and tokens[-2] == "dash" and re.fullmatch(r"[A-Z]", tokens[-1]):
        tokens[-1] = "capital " + tokens[-1].lower()
    return " ".join(tokens)


def tool_at(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def natural_command(cmd: str, rng: random.Random) -> list[str]:
    words = cmd.split(" ")
    habits = natural_habits(rng)
    said = [natural_word(w, rng, habits) for w in words]
    if words[0] == "sudo" and rng.random() < 0.3:
        said[0] = "pseudo"
    t = tool_at(words)
    if words[t] in WHISPER_TOOL and words[t] != "sudo" and rng.random() < 0.5:
        said[t] = WHISPER_TOOL[words[t]]
    return said


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def sentence(text: str) -> str:
    """Whisper's sentence capital (only on a plain lower-case first word)."""
    first = text.split(" ", 1)[0]
    return upper_first(text) if re.fullmatch(r"[a-z]+", first) else text


BAD_REASON_WORDS = re.compile(r"\b(space|would|command|let|something)\b", re.IGNORECASE)


def reason_of(description: str) -> str | None:
    """tldr's description as the reason Marcus gives, or None when it cannot be said safely."""
    d = re.sub(r"\s*\([^()]*\)", "", description).strip().rstrip(".")  # he skips asides
    d = re.sub(r"(?<=[a-z])/(?=[a-z])", " or ", d)  # "temporary/old" -> "temporary or old"
    if not re.fullmatch(r"[A-Za-z0-9 '-]+", d) or len(d) > 65 or BAD_REASON_WORDS.search(d):
        return None
    if re.match(r"(?:do not|don't)\b", d, re.IGNORECASE):
        return None  # "so to do not ..." is not something he would say
    if len(d) > 1 and d[1].isupper():
        return d
    return d[:1].lower() + d[1:]


INTROS = [
    "so I think I would do",
    "I think I would do",
    "let me just run",
    "let me just type",
    "I'd probably run",
    "I would type",
    "I'd do",
    "so the command would be",
    "I think I'd run",
    "let me try",
    "okay so I'd type",
    "something like",
]
AFTERTHOUGHTS = [
    "is that okay?",
    "hopefully this is right.",
    "I think.",
    "does that make sense?",
    "is that right?",
    "hopefully that works.",
    "if that makes sense.",
    "I'm pretty sure.",
]
HEDGE_TAILS = ["I think", "hopefully", "if that's okay", "I guess"]
OPENERS = [
    "Okay.",
    "Um, okay.",
    "Sorry, I'm a bit nervous.",
    "Okay, so.",
    "Let me think.",
    "Bear with me.",
    "Right, okay.",
    "Hmm, let me see.",
]
REASON_WAYS = [
    "So to {r}",
    "To {r}",
    "Okay, so we want to {r}",
    "I need to {r}",
    "Since the task is to {r}",
    "The idea is to {r}",
    "Because we need to {r}",
    "Basically we want to {r}",
    "If I want to {r}",
]


def framed(core: str, reason: str | None, rng: random.Random) -> str:
    """Marcus's framing around one command (or one corrected attempt at it)."""
    intro = rng.choice(INTROS)
    after = rng.choice(AFTERTHOUGHTS)
    shapes = [
        lambda: f"{upper_first(intro)} {core}, {after}",
        lambda: f"{rng.choice(OPENERS)} {upper_first(intro)} {core}. {upper_first(after)}",
        lambda: f"{upper_first(intro)} {core} {rng.choice(HEDGE_TAILS)}.",
        lambda: f"Um, {intro} {core}.",
        lambda: f"{sentence(core)}, {after}",
        lambda: f"{upper_first(intro)} {core}.",
    ]
    if reason:
        way = rng.choice(REASON_WAYS).format(r=reason)
        bare_intro = re.sub(r"^(?:okay so|so) ", "", intro)
        shapes += [
            lambda: f"{way}, {intro} {core}, {after}",
            lambda: f"{way}, {intro} {core}.",
            lambda: f"{way}. {upper_first(intro)} {core}. {upper_first(after)}",
            lambda: f"{way} {intro} {core}.",
            lambda: f"{rng.choice(OPENERS)} {way}, so {bare_intro} {core}, {after}",
            lambda: f"Um, {lower_first(way)}, {intro} {core} {rng.choice(HEDGE_TAILS)}.",
        ] * 3
    return rng.choice(shapes)()


def natural_line(cmd: str, reason: str | None, rng: random.Random) -> str:
    return framed(" ".join(natural_command(cmd, rng)), reason, rng)


SLIP_WORDS = [
    "status",
    "start",
    "stop",
    "list",
    "show",
    "install",
    "remove",
    "create",
    "delete",
    "update",
    "config",
    "test",
    "main",
    "data",
    "build",
    "init",
]
SLIP_FLAGS = [
    "--verbose",
    "--force",
    "--all",
    "--help",
    "--version",
    "-v",
    "-f",
    "-a",
    "-r",
    "-n",
    "--dry-run",
    "--output",
]
SLIP_EXTS = ["txt", "json", "yaml", "yml", "py", "sh", "log", "csv", "md"]


def slip_for(word: str, words: list[str], rng: random.Random) -> str:
    """The word Marcus says by mistake in place of `word` (a nervous near-miss)."""
    for _ in range(25):
        if word.isdigit():
            wrong = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            wrong = rng.choice(SLIP_FLAGS)
        elif re.fullmatch(r"[\w/~-]+\.[a-z]+", word):
            wrong = word.rsplit(".", 1)[0] + "." + rng.choice(SLIP_EXTS)
        elif word.isalpha() and len(word) > 4 and rng.random() < 0.4:
            k = rng.randrange(1, len(word) - 2)
            wrong = word[:k] + word[k + 1] + word[k] + word[k + 2 :]  # swapped letters
        else:
            wrong = rng.choice(SLIP_WORDS)
        if wrong != word and wrong not in words and command_ok_to_say(wrong):
            return wrong
    return "status" if word != "status" else "start"


FIX_MARKERS = ["oh sorry", "wait no", "I mean", "sorry, I mean", "wait no, sorry"]


def chaotic_line(cmd: str, reason: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    use_protocol = n > 1 and rng.random() < 0.33
    if use_protocol:
        names = pick_names(rng if rng.random() < 0.5 else None)
        numrng = rng if rng.random() < 0.3 else None

        def say(w: str) -> str:
            return protocol_word(w, names, numrng)

        said = [say(w) for w in words]
        glue = " space "
    else:
        habits = natural_habits(rng)

        def say(w: str) -> str:
            return natural_word(w, rng, habits)

        said = natural_command(cmd, rng)
        glue = " "

    def join(xs: list[str]) -> str:
        return glue.join(xs)

    full = join(said)
    kind = rng.choice(["fix", "fix", "fix", "meant", "redo", "redo", "cutoff", "intro"])
    if n == 1 and kind in ("meant", "intro"):
        kind = "fix"
    i = rng.randrange(1, n) if n > 1 else 0
    wrong = say(slip_for(words[i], words, rng))
    intro = rng.choice(INTROS)
    if kind == "fix":
        marker = rng.choice(FIX_MARKERS)
        core = f"{join(said[:i] + [wrong])}, {marker}, {join(said[i:])}"
        return framed(core, reason, rng)
    if kind == "meant":
        core = join(said[:i] + [wrong] + said[i + 1 :])
        tail = rng.choice(["instead of", "not"])
        lead = rng.choice(["Oh wait, I meant", "Sorry, I meant", "Wait no, sorry, I meant"])
        return f"{upper_first(intro)} {core}. {lead} {said[i]} {tail} {wrong}."
    if kind == "redo":
        if n == 1:  # a slip of the tongue on the tool itself
            attempt = say(slip_for(words[0], [], rng))
        else:  # the tool was right; a later word was wrong
            k = rng.randrange(2, n + 1)
            attempt = join(said[: k - 1] + [say(slip_for(words[k - 1], words, rng))])
        marker = rng.choice(
            [
                "Actually let me redo that.",
                "Oh sorry. Actually, let me redo that.",
                "Wait no, let me start over.",
                "Sorry, let me start over.",
            ]
        )
        first = f"{upper_first(intro)} {attempt}."
        if reason and rng.random() < 0.5:
            first = f"{rng.choice(REASON_WAYS).format(r=reason)}, {intro} {attempt}."
        again = rng.choice(INTROS)
        return f"{first} {marker} {upper_first(again)} {full}, {rng.choice(AFTERTHOUGHTS)}"
    if kind == "cutoff":
        k = rng.randrange(1, n + 1)
        last = said[k - 1]
        cut = last[: max(2, len(last) // 2)] if last.isalpha() else last
        partial = join(said[: k - 1] + [cut])
        core = f"{partial}... sorry, {full}"
        return framed(core, reason, rng)
    # intro: he starts the sentence, stalls and starts it again
    k = rng.randrange(1, n)
    stall = rng.choice([", sorry, ", ", um, sorry, ", "... oh sorry, ", ". Sorry. "])
    again = intro if rng.random() < 0.5 else rng.choice(INTROS)
    if stall.endswith(". "):
        again = upper_first(again)
    line = f"{upper_first(intro)} {join(said[:k])}{stall}{again} {full}"
    return line + (", " + rng.choice(AFTERTHOUGHTS) if rng.random() < 0.5 else ".")


# ================================================================= candidates
SAYABLE_RE = re.compile(r"[A-Za-z0-9 ./_:=~*|>@+-]+")


def load_candidates() -> list[dict]:
    rows = []
    with SRC.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh):
            if number % 4 != 3:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if not cmd.isascii() or len(cmd) > 80 or not SAYABLE_RE.fullmatch(cmd):
                continue
            if cmd != cmd.strip() or "  " in cmd or re.search(r"[.:]( |$)", cmd):
                continue
            if not command_ok_to_say(cmd):
                continue
            words = cmd.split(" ")
            rows.append(
                {
                    "command": cmd,
                    "reason": reason_of(row.get("description", "")),
                    "tool": words[tool_at(words)],
                }
            )
    return rows


def clean_text(text: str) -> bool:
    return text.isascii() and "\n" not in text and "\t" not in text and "  " not in text


def main() -> None:
    rng = random.Random(SEED)
    candidates = load_candidates()
    rng.shuffle(candidates)
    used: set[str] = set()
    per_tool: Counter[str] = Counter()
    rows: list[dict] = []
    for slice_name in SLICES:
        got = 0
        for cand in candidates:
            if got == PER_SLICE:
                break
            cmd = cand["command"]
            if cmd in used or per_tool[cand["tool"]] >= MAX_PER_TOOL:
                continue
            if slice_name in ("clean", "fuzzy") and " " not in cmd:
                continue
            kept = None
            for _ in range(8):
                if slice_name == "clean":
                    text = render_clean(cmd)
                elif slice_name == "fuzzy":
                    text = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    text = natural_line(cmd, cand["reason"], rng)
                else:
                    text = chaotic_line(cmd, cand["reason"], rng)
                if clean_text(text) and decode(text) == cmd:
                    kept = text
                    break
            if kept is None:
                continue
            used.add(cmd)
            per_tool[cand["tool"]] += 1
            rows.append({"input": kept, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} lines for slice {slice_name}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(counts)}")


if __name__ == "__main__":
    main()
