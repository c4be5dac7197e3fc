"""Twenty-second independent author: "Walt", the PDP-11 greybeard, dictating bash.

Writes assets/training/bash/author22.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author22"}. Commands are
taken from assets/training/bash/train.jsonl (only 0-based lines whose number % 7 == 6); the "why"
Walt gives comes from the matching "description" in assets/training/bash/corpus.jsonl. Both derive
from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages
authors. Standard library only; one random.Random(22), consumed in a fixed order, so a rerun is
byte-identical.

STYLE GUIDE
===========

Persona
-------
Walt is 64, learned Unix on a PDP-11, now mentors a young ops team. He calls people "kid", tells
war stories (Solaris, the VAX, the front panel), and usually gives the reason after the command.
He never says "dash". Whisper (speech-to-text) writes what he says.

Walt's symbol vocabulary (his own words; any of them may appear in any slice)
    -  minus (never "dash"; "minus minus" is --)   .  dot ("dot dot" is ..)
    /  slash or whack      \\  backwhack      '  tick      `  backtick      "  quote
    ~  twiddle or tilde    |  pipe           #  hash or pound      @  at    $  dollar
    &  and ("and and" is &&)    ;  semi      :  colon     =  equals    ^  caret
    _  under or underscore      *  splat     !  bang      %  percent   +  plus   ,  comma
    >  redirect or into    >>  append        <  from      ?  question mark
    ( )  paren / close paren    { }  brace / close brace    [ ]  bracket / close bracket
Case: "cap" before a word capitalises its first letter ("cap x" is X, "cap scene cap name" is
SceneName); "all caps" before a word writes it in capitals ("all caps head" is HEAD).
Numbers: 0-99 as cardinals ("twenty", "forty two"), round hundreds/thousands as "eight hundred",
"eight thousand"; anything else (and anything with a leading zero) digit by digit ("four four
three", "zero x zero"). A run of digit words is read as the digits; any other run of number words
is read as one cardinal.
Escape: "literal" before a word means the word itself, not a symbol/number/keyword ("literal from",
"literal one", "literal space").

Looser synonyms (fuzzy slice only; Walt's listener accepts them everywhere): hyphen, period,
point, forward slash, backslash, star, asterisk, semicolon, greater than, less than, double quote,
single quote, apostrophe, exclamation point, equal, equal sign, at sign, dollar sign, percent sign,
ampersand, vertical bar, hat, open paren, open brace, open bracket, capital (for cap).

Slices
------
clean    Pure protocol in Walt's words: every symbol named, "space" exactly where the command has a
         space, numbers as words, case announced, no punctuation, no framing.
         "git space stash space pop"
fuzzy    The same protocol with looser synonyms and Whisper's slips: first word capitalised, a
         final full stop, commas after some "space"s, some numbers written as digits, a long
         word split in two ("lvm devices").
natural  Walt talking to the team. He never says "space". Whisper writes flags, paths, file
         names, URLs and numbers as text ("-la", "/etc/hosts", "config.yaml", "8080"); Walt names
         only what Whisper cannot write from speech: pipe, into/redirect, append, from, and and,
         semi, quote/tick/backtick, twiddle/tilde, splat, bang, dollar, hash/pound, the brackets,
         a lone dot / minus ("dot" is ., "minus minus" is --), and "all caps WORD" for a word in
         capitals. The command is always wrapped in one of his stock framings (below), usually
         with the why after it. Whisper writes "sudo" as "pseudo" when he says "sue-doo".
         "Kid, just do a cat config.yaml pipe httprobe --prefer-https. Works every time."
         "Need to list files? Easy. Pseudo lsof twiddle /data.txt."  (sudo lsof ~/data.txt)
chaotic  Natural or protocol speech with his disfluencies; every line has at least one
         correction or restart, often also "uh"/"um"/"er"/"hmm", an aside, a trailing thought
         ("... yeah, that's the one.", "Anyway, where was I.").
         "You want poweroff --delete, er, rather --reboot. Trust me on this one."
         "Kid, just do a tsort, no, strike that, tsort /tmp/photo.jpg... where was I going
         with this."

Corrections (Walt's own markers)
    word/flag scope:  "make that X", "er, rather X"   -> X replaces the last word he said
                      (protocol: everything since the last "space"; natural: the last word).
    command scope:    "no, strike that", "belay that", "wait, wait" -> forget everything said of
                      the command so far; he starts it again from the top.
Fillers "uh", "um", "er", "hmm" are dropped. Asides are set off by commas and come from a closed
list (ASIDES below); the listener drops them.

Listener (decode)
-----------------
1. Drop asides. If the line matches one of Walt's framings (FRAMES, CHAOTIC_FRAMES; placeholders
   cmd/why) keep the command part; if several match, the shortest command part wins.
2. If the command part contains the word "space", or there was no framing, it is PROTOCOL: words
   are glued together with no spaces, "space" is a space, symbol words are their symbols, number
   words become digits, "cap"/"all caps"/"literal" as above, plain words are lower-cased (case
   is only ever announced), Whisper's commas and full stops are ignored.
3. Otherwise it is NATURAL: Whisper's words are the command's words, separated by single spaces,
   with trailing . , ? ! removed (they are sentence punctuation). The named symbols attach:
   twiddle tilde splat bang dollar hash pound paren brace bracket glue to the next word;
   close paren/brace/bracket and semi glue to the previous word; quote/tick/backtick alternate
   open (glue right) and close (glue left); pipe, and and, into/redirect, append, from, colon,
   dot(s), minus(es) stand alone as words.
4. The first letter of a command is never a capital (that is Whisper's sentence case).
Every line below is checked against decode(); a line that does not come back as its command is
rejected and another is drawn.

Selection: each command once; at most two per tool, where the tool is the first word after an
optional "sudo". Commands starting with a capital letter are left out (rule 4).
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
OUT = BASH / "author22.jsonl"
AUTHOR = "author22"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_PER_TOOL = 2

# ---------------------------------------------------------------- vocabulary

# Walt's own names (clean may use any of these).
WALT_SYM = {
    "-": ["minus"], ".": ["dot"], "/": ["slash", "whack"], "\\": ["backwhack"], "~": ["twiddle",
    "tilde"], "_": ["under", "underscore"], "#": ["hash", "pound"], ">": ["redirect", "into"],
    ">>": ["append"], "<": ["from"], '"': ["quote"], "'": ["tick"], "`": ["backtick"],
    "*": ["splat"], "!": ["bang"], ":": ["colon"], ";": ["semi"], "=": ["equals"], "@": ["at"],
    "$": ["dollar"], "%": ["percent"], "&": ["and"], "|": ["pipe"], "^": ["caret"], "+": ["plus"],
    ",": ["comma"], "?": ["question mark"], "(": ["paren"], ")": ["close paren"], "{": ["brace"],
    "}": ["close brace"], "[": ["bracket"], "]": ["close bracket"],
}
# Looser synonyms, used by the fuzzy slice.
LOOSE_SYM = {
    "-": ["hyphen"], ".": ["period", "point"], "/": ["forward slash"], "\\": ["backslash"],
    "*": ["star", "asterisk"], ";": ["semicolon"], ">": ["greater than"], "<": ["less than"],
    '"': ["double quote"], "'": ["single quote", "apostrophe"], "!": ["exclamation point"],
    "=": ["equal", "equal sign"], "@": ["at sign"], "$": ["dollar sign"], "%": ["percent sign"],
    "&": ["ampersand"], "|": ["vertical bar"], "^": ["hat"], "(": ["open paren"],
    "{": ["open brace"], "[": ["open bracket"],
}

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUM_VALUE = {w: i for i, w in enumerate(ONES)}
NUM_VALUE.update({w: 10 + i for i, w in enumerate(TEENS)})
NUM_VALUE.update({w: 10 * i for i, w in enumerate(TENS) if w})
NUM_WORDS = set(NUM_VALUE) | {"hundred", "thousand"}

FILLERS = {"uh", "um", "er", "hmm"}
RESTART = [("no", "strike", "that"), ("belay", "that"), ("wait", "wait")]
FIXWORD = [("make", "that"), ("er", "rather")]

ASIDES = [
    "and I can't stress this enough",
    "bless its little heart",
    "we had this on the PDP-11, you know",
    "don't tell the security folks",
    "hold on, where are my glasses",
    "this is the part you kids always get wrong",
    "I've typed this a thousand times",
]


def _proto_phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for sym, names in list(WALT_SYM.items()) + list(LOOSE_SYM.items()):
        for name in names:
            table[tuple(name.split())] = ("sym", sym)
    table[("space",)] = ("space", " ")
    table[("cap",)] = ("cap", "")
    table[("capital",)] = ("cap", "")
    table[("all", "caps")] = ("allcaps", "")
    table[("literal",)] = ("literal", "")
    for m in RESTART:
        table[m] = ("restart", "")
    for m in FIXWORD:
        table[m] = ("fix", "")
    for f in FILLERS:
        table[(f,)] = ("filler", "")
    return table


PROTO = _proto_phrases()

# Natural speech: symbol word -> (symbol, attachment). op = stands alone, pre = glues to the next
# word, suf = glues to the previous word, par = alternates open/close.
NAT_SYM = {
    ("pipe",): ("|", "op"), ("and", "and"): ("&&", "op"), ("into",): (">", "op"),
    ("redirect",): (">", "op"), ("append",): (">>", "op"), ("from",): ("<", "op"),
    ("colon",): (":", "op"), ("dot",): (".", "op"), ("dot", "dot"): ("..", "op"),
    ("minus",): ("-", "op"), ("minus", "minus"): ("--", "op"),
    ("twiddle",): ("~", "pre"), ("tilde",): ("~", "pre"), ("splat",): ("*", "pre"),
    ("bang",): ("!", "pre"), ("dollar",): ("$", "pre"), ("hash",): ("#", "pre"),
    ("pound",): ("#", "pre"), ("paren",): ("(", "pre"), ("brace",): ("{", "pre"),
    ("bracket",): ("[", "pre"), ("backwhack",): ("\\", "pre"),
    ("close", "paren"): (")", "suf"), ("close", "brace"): ("}", "suf"),
    ("close", "bracket"): ("]", "suf"), ("semi",): (";", "suf"),
    ("quote",): ('"', "par"), ("tick",): ("'", "par"), ("backtick",): ("`", "par"),
}
NAT_OPS = {"|": "pipe", "&&": "and and", ">>": "append", "<": "from", ".": "dot", "..": "dot dot",
           "-": "minus", "--": "minus minus", ":": "colon"}
NAT_PRE = {"~": ["twiddle", "tilde"], "*": ["splat"], "!": ["bang"], "$": ["dollar"],
           "#": ["hash", "pound"], "(": ["paren"], "{": ["brace"], "[": ["bracket"],
           '"': ["quote"], "'": ["tick"], "`": ["backtick"]}
NAT_SUF = {")": "close paren", "}": "close brace", "]": "close bracket", ";": "semi",
           '"': "quote", "'": "tick", "`": "backtick"}
SAFE = re.compile(r"[A-Za-z0-9._/:=@,+%-]+")

# Protocol words that must be said with "literal" in front: every word that starts a keyword.
RESERVED = {key[0] for key in PROTO} | NUM_WORDS | {"caps"}
RESERVED -= {"all", "no", "make", "wait"}
# Words Walt cannot use as plain words in natural speech.
NAT_RESERVED = ({w for key in NAT_SYM for w in key} | FILLERS
                | {"pseudo", "space", "belay", "caps", "rather", "strike"})

# ---------------------------------------------------------------- framings

FRAMES = [
    # no reason given
    "Kid, just do a {cmd}. Works every time.",
    "You want {cmd}. Trust me on this one.",
    "Old trick: {cmd}.",
    "Listen, {cmd}. I've been typing that since the PDP-11 days.",
    "Here's what you type, kid: {cmd}.",
    "Back when we ran Solaris we had to script this by hand. Now it's just {cmd}.",
    "{Cmd}. Trust me on this one.",
    "Don't overthink it. {Cmd}.",
    "Punch in {cmd} and hit return.",
    "Same as we did on the VAX: {cmd}.",
    "Ha, easy one. {Cmd}.",
    "Kid, {cmd}. You'll thank me later.",
    "First thing I do every morning is {cmd}. Old habit.",
    "Simple. {Cmd}, and you're done.",
    "Go on, type {cmd}. I'll wait.",
    "Nothing fancy, just {cmd}.",
    "In my day we toggled this in on the front panel. You just type {cmd}.",
    # with the why
    "Kid, just do a {cmd}. That'll {why}.",
    "You want {cmd}, that'll {why}.",
    "Run {cmd} if you need to {why}.",
    "To {why}, you do {cmd}.",
    "Need to {why}? {Cmd}. Works every time.",
    "Old trick: {cmd}. That's how you {why}.",
    "{Cmd}. That's how we {why}, always have.",
    "If you want to {why}, it's {cmd}. Trust me on this one.",
    "Write this down: {cmd}. That's to {why}.",
    "Do me a favor and run {cmd}, would you? I want to {why}.",
    "What you want is {cmd}. It'll {why}.",
    "Back when we ran Solaris there was no way to {why}. Now it's just {cmd}.",
    "Go ahead and type {cmd}. It'll {why}, no fuss.",
    "Kid, {cmd}. {Why}. That's all it does.",
    "{Why}? Easy. {Cmd}.",
]
CHAOTIC_FRAMES = [
    "{Cmd}. Anyway, where was I.",
    "{Cmd}... yeah, that's the one.",
    "So it's {cmd}, and then go get yourself a coffee.",
    "You want {cmd}. I think. Yeah, that's right.",
    "Kid, just do a {cmd}... where was I going with this.",
]
ALL_FRAMES = FRAMES + CHAOTIC_FRAMES

VERBS = set("""display list run create start show print set add open remove delete generate
search use check install connect execute update view convert get log change copy restore build
load output produce scan perform send disable compile capture write apply launch render test
make download lock store query split compare upgrade fork play enable transpile import rebuild
replace reverse initialize save clean bundle expose scale call decrypt do format migrate reset
verify request commit suspend extract find edit move stop kill read watch sync publish deploy
switch attach detach mount unmount encrypt sign clone push pull fetch merge rename resize
validate monitor backup inspect print describe submit evaluate analyze manage install""".split())


def _frame_regex(template: str) -> re.Pattern[str]:
    out = []
    for part in re.split(r"(\{cmd\}|\{Cmd\}|\{why\}|\{Why\})", template):
        if part.lower() == "{cmd}":
            out.append(r"(?P<cmd>.+?)")
        elif part.lower() == "{why}":
            out.append(r"(?P<why>.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$")


FRAME_RES = [_frame_regex(t) for t in ALL_FRAMES]

# ---------------------------------------------------------------- the listener


def _norm(tok: str) -> str:
    return tok.lower().rstrip(".,?!")


def _match(table: dict, words: list[str], i: int):
    for n in (3, 2, 1):
        key = tuple(words[i:i + n])
        if len(key) == n and key in table:
            return key, table[key]
    return None, None


def _number(run: list[str]) -> str:
    if len(run) > 1 and all(w in ONES for w in run):
        return "".join(str(NUM_VALUE[w]) for w in run)
    total, cur = 0, 0
    for w in run:
        if w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "thousand":
            total += max(cur, 1) * 1000
            cur = 0
        else:
            cur += NUM_VALUE[w]
    return str(total + cur)


def _decode_protocol(words: list[str]) -> str:
    buf = ""
    case = ""
    i = 0
    while i < len(words):
        w = words[i]
        if not w:
            i += 1
            continue
        key, act = _match(PROTO, words, i)
        if act is not None and act[0] != "literal":
            kind, val = act
            i += len(key)
            if kind == "sym":
                buf += val
                case = ""
            elif kind == "space":
                buf += " "
                case = ""
            elif kind == "cap":
                case = "cap"
            elif kind == "allcaps":
                case = "all"
            elif kind == "fix":
                buf = buf[:buf.rfind(" ") + 1]
            elif kind == "restart":
                buf = ""
            continue
        if act is not None:  # literal
            i += 1
            if i >= len(words):
                break
            w = words[i]
        elif w in NUM_WORDS:
            j = i
            while j < len(words) and words[j] in NUM_WORDS:
                j += 1
            buf += _number(words[i:j])
            i = j
            case = ""
            continue
        if case == "cap":
            w = w[:1].upper() + w[1:]
        elif case == "all":
            w = w.upper()
        buf += w
        case = ""
        i += 1
    return buf


def _decode_natural(toks: list[str]) -> str:
    raws = [t.rstrip(".,?!") for t in toks]
    words = [r.lower() for r in raws]
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        if not words[i]:
            i += 1
            continue
        key, act = _match(PROTO, words, i)
        if act is not None and act[0] in ("restart", "fix", "filler", "allcaps"):
            i += len(key)
            if act[0] == "restart":
                items = []
            elif act[0] == "fix" and items:
                items.pop()
            elif act[0] == "allcaps" and i < len(words):
                items.append((raws[i].upper(), "w"))
                i += 1
            continue
        key, act = _match(NAT_SYM, words, i)
        if act is not None:
            items.append(act)
            i += len(key)
            continue
        items.append(("sudo" if words[i] == "pseudo" else raws[i], "w"))
        i += 1
    out = ""
    glue_right = False
    opened: dict[str, bool] = {}
    for text, kind in items:
        left = False
        right = False
        if kind == "pre":
            right = True
        elif kind == "suf":
            left = True
        elif kind == "par":
            opened[text] = not opened.get(text, False)
            right = opened[text]
            left = not right
        if out and not glue_right and not left:
            out += " "
        out += text
        glue_right = right
    return out


def _unframe(text: str) -> tuple[str, bool]:
    best = None
    for rx in FRAME_RES:
        m = rx.match(text)
        if m and (best is None or len(m.group("cmd")) < len(best)):
            best = m.group("cmd")
    return (text, False) if best is None else (best, True)


def decode(line: str) -> str:
    """What a careful listener who knows this guide writes down for a transcript line."""
    text = " ".join(line.split())
    for aside in ASIDES:
        text = re.sub(r",\s*" + re.escape(aside) + r",\s*", " ", text, flags=re.IGNORECASE)
    span, framed = _unframe(text)
    toks = span.split()
    if not framed or "space" in [_norm(t) for t in toks]:
        cmd = _decode_protocol([_norm(t) for t in toks])
    else:
        cmd = _decode_natural(toks)
    return cmd[:1].lower() + cmd[1:]


# ---------------------------------------------------------------- speaking: protocol

VOCAB: set[str] = set()  # ordinary words (from the tldr descriptions) Whisper might hear
UNIT = re.compile(r" |>>|[A-Za-z]+|[0-9]+|[^A-Za-z0-9 ]")
CASE_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


def say_number(digits: str) -> list[str]:
    n = int(digits)
    if digits[0] == "0" and len(digits) > 1:
        return [ONES[int(d)] for d in digits]
    if n < 10:
        return [ONES[n]]
    if n < 20:
        return [TEENS[n - 10]]
    if n < 100:
        return [TENS[n // 10]] + ([ONES[n % 10]] if n % 10 else [])
    if n < 1000 and n % 100 == 0:
        return [ONES[n // 100], "hundred"]
    if n < 10000 and n % 1000 == 0:
        return [ONES[n // 1000], "thousand"]
    return [ONES[int(d)] for d in digits]


def say_letters(run: str) -> list[str]:
    words: list[str] = []
    for part in CASE_PART.findall(run):
        low = part.lower()
        lit = ["literal", low] if low in RESERVED else [low]
        if part.islower():
            words += lit
        elif len(part) > 1 and part.isupper():
            words += ["all", "caps"] + lit
        else:
            words += ["cap"] + lit
    return words


def split_compound(word: str, rng: random.Random) -> list[str]:
    """Whisper hears a long name as two words where both halves are ordinary words."""
    cuts = [c for c in range(3, len(word) - 2)
            if word[:c] in VOCAB and word[c:] in VOCAB
            and word[:c] not in RESERVED and word[c:] not in RESERVED]
    if not cuts:
        return [word]
    cut = rng.choice(cuts)
    return [word[:cut], word[cut:]]


def say_protocol(cmd: str, rng: random.Random, loose: bool) -> list[str]:
    """Walt's protocol words for cmd; loose adds synonyms and Whisper's slips (fuzzy)."""
    words: list[str] = []
    last = ("", "")
    for unit in UNIT.findall(cmd):
        if unit == " ":
            words.append("space," if loose and rng.random() < 0.25 else "space")
        elif unit.isalpha():
            parts = say_letters(unit)
            low = parts[-1]
            if loose and len(parts) == 1 and len(low) >= 6 and rng.random() < 0.5:
                parts = split_compound(low, rng)
            words += parts
        elif unit.isdigit():
            words += [unit] if loose and rng.random() < 0.45 else say_number(unit)
        elif unit == last[0]:  # "minus minus", "whack whack": one name for a run
            words += last[1].split()
        else:
            names = list(WALT_SYM[unit])
            if loose and unit in LOOSE_SYM and rng.random() < 0.6:
                names = LOOSE_SYM[unit]
            name = rng.choice(names)
            words += name.split()
            last = (unit, name)
            continue
        last = ("", "")
    return words


def finish_fuzzy(words: list[str], rng: random.Random) -> str:
    words = list(words)
    capital = rng.random() < 0.6
    stop = rng.random() < 0.5
    if not (capital or stop or any(w.endswith(",") or w[:1].isdigit() for w in words)):
        capital = True
    if capital:
        words[0] = words[0][:1].upper() + words[0][1:]
    if stop:
        words[-1] = words[-1].rstrip(",") + "."
    return " ".join(words)


# ---------------------------------------------------------------- speaking: natural


def nat_token(tok: str, rng: random.Random, first: bool):
    """(pre words, core words, suffix words) for one command word, or None if Walt can't say it."""
    if tok in NAT_OPS:
        return [], NAT_OPS[tok].split(), []
    if tok == ">":
        return [], [rng.choice(["into", "redirect"])], []
    pre: list[str] = []
    suf: list[str] = []
    core = tok
    while core and core[0] in NAT_PRE:
        pre.append(rng.choice(NAT_PRE[core[0]]))
        core = core[1:]
    while core and core[-1] in NAT_SUF:
        suf.insert(0, NAT_SUF[core[-1]])
        core = core[:-1]
    if not core or not SAFE.fullmatch(core) or core[-1] in ".,":
        return None
    if core.lower() in NAT_RESERVED:
        return None
    if first and core == "sudo" and rng.random() < 0.35:
        return pre, ["pseudo"], suf
    if core.isalpha() and core.isupper() and len(core) > 1 and rng.random() < 0.5:
        return pre, ["all", "caps", core.lower()], suf
    return pre, [core], suf


def say_natural(cmd: str, rng: random.Random):
    parts = []
    for k, tok in enumerate(cmd.split(" ")):
        p = nat_token(tok, rng, k == 0)
        if p is None:
            return None
        parts.append(p)
    return parts


def flat(parts) -> list[str]:
    return [w for pre, core, suf in parts for w in pre + core + suf]


# ---------------------------------------------------------------- reasons and framing


def why_of(desc: str | None) -> str | None:
    if not desc or not desc.isascii() or len(desc) > 90 or '"' in desc:
        return None
    desc = desc.strip().rstrip(".:")
    first = desc.split()[0]
    if first.lower() not in VERBS or not first[1:].islower():
        return None
    return first.lower() + desc[len(first):]


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def frame(template: str, span: str, why: str | None) -> str:
    return (template.replace("{cmd}", span).replace("{Cmd}", capitalise(span))
            .replace("{why}", why or "").replace("{Why}", capitalise(why or "")))


def pick_frame(rng: random.Random, frames: list[str], why: str | None) -> str:
    usable = [f for f in frames if why is not None or "why}" not in f.lower()]
    return rng.choice(usable)


# ---------------------------------------------------------------- chaos

RESTART_SAY = [(",", ["no,", "strike", "that,"], False), (".", ["No,", "strike", "that."], True),
               (",", ["belay", "that,"], False), (".", ["Belay", "that."], True),
               ("...", ["wait,", "wait,"], False), (",", ["wait,", "wait,"], False)]
FIX_SAY = [(",", ["make", "that"]), ("", ["make", "that"]), (",", ["er,", "rather,"]),
           (",", ["er,", "rather"])]


def shape(tok: str) -> str:
    if tok.startswith("-"):
        return "flag"
    if "/" in tok:
        return "path"
    if tok.isdigit():
        return "num"
    return "word"


def add_marker(pieces: list[str], say, cap_next: bool) -> bool:
    punct, marker = say[0], say[1]
    if pieces and punct:
        pieces[-1] = pieces[-1].rstrip(",") + punct
    pieces.extend(marker)
    return cap_next


def chaos(cmd: str, rng: random.Random, pool: dict[str, list[str]], protocol: bool):
    """Pieces of a disfluent span for cmd, or None. Pauses fall only between spoken words."""
    toks = cmd.split(" ")
    loose = protocol and rng.random() < 0.3

    def say(tokens: list[str]) -> list[list[str]] | None:
        """One group of transcript words per command word (protocol: with its "space")."""
        if protocol:
            groups = [say_protocol(t, rng, loose) for t in tokens]
            return [g + ["space"] for g in groups[:-1]] + groups[-1:]
        parts = say_natural(" ".join(tokens), rng)
        return None if parts is None else [pre + core + suf for pre, core, suf in parts]

    def wrong(tok: str) -> str:
        """A plausible slip: same kind of word, same first letters where possible."""
        options = [t for t in pool[shape(tok)] if t != tok and len(t) <= 20]
        for n in (3, 2, 1):
            near = [t for t in options if t[:n] == tok[:n]]
            if len(near) >= 2:
                return rng.choice(near)
        return rng.choice(options)

    def marker(groups: list[list[str]], how) -> None:
        if how[0]:
            groups[-1][-1] = groups[-1][-1].rstrip(",") + how[0]
        groups.append(list(how[1]))

    fixable = [k for k, t in enumerate(toks) if any(c.isalnum() for c in t)]
    kind = rng.choice(["fix", "fix", "restart"])
    groups: list[list[str]] = []
    if kind == "fix" and fixable:
        idx = rng.choice(fixable)
        if protocol:
            head = say(toks[:idx] + [wrong(toks[idx])])
            tail = say(toks[idx:])
            if head is None or tail is None:
                return None
            groups += head
            marker(groups, rng.choice(FIX_SAY))
            groups += tail
        else:
            parts = say_natural(cmd, rng)
            if parts is None:
                return None
            pre, core, suf = parts[idx]
            bad = nat_token(wrong(toks[idx]), rng, False)
            if len(core) != 1 or bad is None or len(bad[1]) != 1 or bad[0] or bad[2]:
                return None
            groups += [p[0] + p[1] + p[2] for p in parts[:idx]] + [pre + bad[1]]
            marker(groups, rng.choice(FIX_SAY))
            groups += [core + suf] + [p[0] + p[1] + p[2] for p in parts[idx + 1:]]
    else:
        k = rng.randrange(1, len(toks)) if len(toks) > 1 else 1
        partial = toks[:k]
        if len(toks) == 1 or rng.random() < 0.5:
            partial = partial[:-1] + [wrong(partial[-1])]
        head = say(partial)
        full = say(toks)
        if head is None or full is None:
            return None
        groups += head
        how = rng.choice(RESTART_SAY)
        marker(groups, how)
        if how[2]:
            full[0][0] = capitalise(full[0][0])
        groups += full

    def pause_spots() -> list[int]:
        return [j for j in range(1, len(groups)) if groups[j - 1][-1][-1:].isalnum()]

    # hesitations and asides, never before the first word
    spots = pause_spots()
    if rng.random() < 0.5 and spots:
        j = rng.choice(spots)
        filler = rng.choice(["uh,", "um,", "hmm,"] + ([] if kind == "fix" else ["er,"]))
        if rng.random() < 0.5:
            groups[j - 1][-1] += ","
        groups.insert(j, [filler])
    spots = pause_spots()
    if rng.random() < 0.35 and spots:
        j = rng.choice(spots)
        groups[j - 1][-1] += ","
        groups.insert(j, (rng.choice(ASIDES) + ",").split())
    return [w for g in groups for w in g]


# ---------------------------------------------------------------- line makers


def make_line(slice_name: str, cmd: str, why: str | None, rng: random.Random, pool) -> str | None:
    if slice_name == "clean":
        return " ".join(say_protocol(cmd, rng, loose=False))
    if slice_name == "fuzzy":
        return finish_fuzzy(say_protocol(cmd, rng, loose=True), rng)
    if slice_name == "natural":
        parts = say_natural(cmd, rng)
        if parts is None:
            return None
        return frame(pick_frame(rng, FRAMES, why), " ".join(flat(parts)), why)
    protocol = rng.random() < 0.4
    pieces = chaos(cmd, rng, pool, protocol)
    if pieces is None:
        return None
    span = " ".join(pieces)
    if protocol and (" " not in cmd or rng.random() < 0.5):
        return capitalise(span) + rng.choice(["", "."])
    return frame(pick_frame(rng, ALL_FRAMES, why), span, why)


def load() -> tuple[list[str], dict[str, str]]:
    cmds = []
    for n, raw in enumerate(TRAIN.read_text(encoding="utf-8").splitlines()):
        if n % 7 != 6:
            continue
        cmd = json.loads(raw)["command"]
        ok = (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
              and "  " not in cmd and cmd == cmd.strip() and not cmd[:1].isupper())
        if ok and cmd not in cmds:
            cmds.append(cmd)
    desc: dict[str, str] = {}
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        desc.setdefault(row["command"], row["description"])
        VOCAB.update(w for w in re.findall(r"[a-z]+", row["description"].lower()) if len(w) >= 3)
    return cmds, desc


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def main() -> None:
    rng = random.Random(22)
    cmds, desc = load()
    rng.shuffle(cmds)
    pool: dict[str, list[str]] = {"flag": [], "path": [], "num": [], "word": []}
    for cmd in sorted(cmds):
        for tok in cmd.split(" "):
            if SAFE.fullmatch(tok) and tok[-1] not in ".," and tok.lower() not in RESERVED:
                if tok not in pool[shape(tok)]:
                    pool[shape(tok)].append(tok)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows = []
    for slice_name in SLICES:
        made = 0
        for cmd in cmds:
            if made == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= MAX_PER_TOOL:
                continue
            why = why_of(desc.get(cmd))
            for _ in range(4):
                line = make_line(slice_name, cmd, why, rng, pool)
                if line is not None and line.isascii() and decode(line) == cmd:
                    break
            else:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            made += 1
        if made != PER_SLICE:
            raise SystemExit(f"only {made} lines for {slice_name}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
