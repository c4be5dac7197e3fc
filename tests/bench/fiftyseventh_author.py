"""Author57: Fraser, on call at three in the morning, dictating shell commands.

Independent evaluation set for the voice-to-bash feature.  Running this script writes
assets/training/bash/author57.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic.  Each line is {"input", "command", "slice", "author"}.  The script is
deterministic: a single random.Random(57) is consumed in a fixed order.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0) by way of assets/training/bash/pages_dev42_commands.jsonl (only lines whose 0-based
line number % 6 == 0).  Each command is used once, one tool (the first word, or the word after
"sudo") at most twice in the whole file.

Persona
-------
Fraser is a Scottish SRE on call.  It is 3 a.m., he is knackered, and he dictates commands into
the incident channel with his phone's voice typing (Whisper writes the transcript).  He says
"aye", "och", "wee", "cannae", "ken", opens with "right", closes with "so it is".  He narrates
("gonna just check with ..."), trails off ("and then... yeah"), repeats himself ("gonna, gonna")
and loses the thread ("where was I, right, ...").

Vocabulary (what Fraser says for each character)
-----------------------------------------------
    space " "        dash -          double dash --    dot .          slash /
    pipe |           tilde ~         star *            equals =       colon :
    underscore _     greater than >  less than <       comma ,        semicolon ;
    at @             hash #          percent %         plus +         bang !
    dollar $         ampersand &     backslash \\      caret ^        question mark ?
    quote "          single quote '  open/close paren ( )   open/close brace { }
    open/close bracket [ ]
    digits: zero one two ... nine, one word per digit ("eight zero eight zero" is 8080)
    case:   "capital x" capitalises the next word's first letter ("capital v" is V,
            "capital box" is Box); "uppercase word" upper-cases the leading letters of the
            next word ("uppercase home" is HOME, "uppercase readme dot md" is README.md)
    escape: "the word X" is the literal word X, used when X is itself a vocabulary word
            ("the word one", "the word space").
Fuzzy synonyms Whisper may write instead: minus / hyphen (-), dash dash / minus minus (--),
period / point (.), forward slash (/), vertical bar (|), asterisk (*), equal / equal sign /
equals sign (=), under score (_), greater than sign (>), tilda (~), double quote ("),
apostrophe ('), at sign (@), exclamation mark (!), upper case / all caps (uppercase).

Slices
------
clean    Pure protocol, all lower case, no punctuation, no framing: every space is the word
         "space", every symbol and digit is its name.  "git space stash space pop".
fuzzy    The same protocol with synonyms and Whisper slips: first word capitalised, a final full
         stop, commas after some "space"s, some numbers written as digits ("8080"), a compound
         name split in two ("fan control" for fancontrol).
natural  How Fraser actually says it to the channel.  He never says "space".  Whisper writes
         plain words, digits, flags ("-l", "--in-place"), file names ("output.7z"), absolute
         paths ("/tmp/build") and URLs as text; everything else he names with the vocabulary
         above (pipe, greater than, tilde slash projects, star, quote ... unquote, equals,
         underscore, capital, uppercase).  Whisper capitalises and punctuates the sentence,
         and the command sits inside one of Fraser's sentence shapes (see FRAMES), often with
         the tldr "why" as his reason: "Right, gonna just list the contents of an archive with
         7z l output.7z."
chaotic  Natural (or spelled-out protocol) speech spoiled by Fraser's tiredness.  Every line has
         at least one correction or restart, and may add hesitations ("uh," "erm," "um,"),
         asides ("och, the pager again"), repeats and trailing thoughts.

Listener rules (what decode() does, in order)
---------------------------------------------
1. Restarts.  "scrap that", "hang on, that's wrong" and "where was I, right," throw away
   everything said before them; only what follows the LAST such marker counts.
2. Asides and hesitations are dropped: the aside phrases in ASIDES (between commas, or as a
   sentence at the very start) and the fillers "uh", "um", "erm" with their commas.
3. Mode.  If the word "space" is said anywhere, Fraser is spelling the command out (protocol
   mode); otherwise it is natural speech.
4. Word corrections.  "naw, wait," and "och no, I mean" replace the item said just before
   them with what follows.  In natural speech the item is the previous word (one flag, one
   file name, one number); in protocol mode it is everything since the last "space".
5. Framing.  The command is the {c} slot of the first of Fraser's sentence shapes (FRAMES, tried
   in order, case-insensitively) that fits the whole line; a bare line is all command.  If the
   command starts a sentence, Whisper's capital on its first letter is undone.
6. Protocol mode: Whisper's commas, full stops and capitals are ignored; every vocabulary word
   becomes its character, "space" becomes a space, and everything else is glued together with
   no space ("git lint" is gitlint, "s three cret" is s3cret).
7. Natural mode: text words are taken literally and separated by single spaces.  Named
   symbols glue to their neighbours: slash, dot, colon, equals, underscore, percent glue on both
   sides; dash, double dash, tilde, dollar, plus, backslash, hash, open brackets and an opening
   quote glue to the right; comma, semicolon, close brackets, "unquote" and a closing quote glue
   to the left; pipe, greater than, less than, star, ampersand, bang stand alone.  "quote" opens
   a double-quoted string and "unquote" closes it; "single quote" alternates open / close.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author57.jsonl"
AUTHOR = "author57"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# Clean spoken name of every symbol character.
SYM = {
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    ":": "colon",
    "_": "underscore",
    ">": "greater than",
    "<": "less than",
    '"': "quote",
    "'": "single quote",
    "\\": "backslash",
    ";": "semicolon",
    ",": "comma",
    "@": "at",
    "#": "hash",
    "%": "percent",
    "+": "plus",
    "!": "bang",
    "$": "dollar",
    "&": "ampersand",
    "(": "open paren",
    ")": "close paren",
    "{": "open brace",
    "}": "close brace",
    "[": "open bracket",
    "]": "close bracket",
    "?": "question mark",
    "^": "caret",
}
# Looser names Whisper may write in the fuzzy slice.
FUZZY_SYM = {
    "-": ["minus", "hyphen", "dash"],
    ".": ["period", "point", "dot"],
    "/": ["forward slash", "slash"],
    "|": ["vertical bar", "pipe"],
    "*": ["asterisk", "star"],
    "=": ["equal sign", "equals sign", "equal"],
    "_": ["under score", "underscore"],
    ">": ["greater than sign", "greater than"],
    "~": ["tilda", "tilde"],
    '"': ["double quote", "quote"],
    "'": ["apostrophe", "single quote"],
    "@": ["at sign", "at"],
    "!": ["exclamation mark", "bang"],
}
FUZZY_DOUBLE_DASH = ["dash dash", "minus minus", "double dash", "double hyphen"]

# Protocol phrase table (listener side): tuple of words -> character(s).
PROTO = {tuple(v.split()): k for k, v in SYM.items()}
for _ch, _names in FUZZY_SYM.items():
    for _n in _names:
        PROTO[tuple(_n.split())] = _ch
PROTO[("space",)] = " "
PROTO[("double", "dash")] = "--"
PROTO[("double", "hyphen")] = "--"
CAPITAL = {("capital",)}
UPPER = {("uppercase",), ("upper", "case"), ("all", "caps")}
PROTO_RESERVED = {w for k in PROTO for w in k} | set(DIGITS) | {"capital", "uppercase", "upper"}
PROTO_SINGLE = {k[0] for k in PROTO if len(k) == 1} | set(DIGITS) | {"capital", "uppercase"}

# Natural-mode named symbols: words -> (text, glue_left, glue_right).
NAT = {
    ("pipe",): ("|", False, False),
    ("greater", "than"): (">", False, False),
    ("less", "than"): ("<", False, False),
    ("star",): ("*", False, False),
    ("ampersand",): ("&", False, False),
    ("bang",): ("!", False, False),
    ("slash",): ("/", True, True),
    ("dot",): (".", True, True),
    ("colon",): (":", True, True),
    ("equals",): ("=", True, True),
    ("underscore",): ("_", True, True),
    ("percent",): ("%", True, True),
    ("dash",): ("-", False, True),
    ("double", "dash"): ("--", False, True),
    ("tilde",): ("~", False, True),
    ("dollar",): ("$", False, True),
    ("plus",): ("+", False, True),
    ("backslash",): ("\\", False, True),
    ("hash",): ("#", False, True),
    ("open", "paren"): ("(", False, True),
    ("open", "brace"): ("{", False, True),
    ("open", "bracket"): ("[", False, True),
    ("quote",): ('"', False, True),
    ("comma",): (",", True, False),
    ("semicolon",): (";", True, False),
    ("close", "paren"): (")", True, False),
    ("close", "brace"): ("}", True, False),
    ("close", "bracket"): ("]", True, False),
    ("unquote",): ('"', True, False),
}
NAT_WORD = {v[0]: " ".join(k) for k, v in NAT.items() if k != ("unquote",)}
NAT_RESERVED = {w for k in NAT for w in k} | {"single", "capital", "uppercase", "uh", "um", "erm"}

# Fraser's sentence shapes.  {w} is the tldr "why" (a verb phrase), {c} the command.
NATURAL_FRAMES = [
    "Right, gonna just {w} with {c}.",
    "Aye, so to {w}, it's {c}, so it is.",
    "Och, need to {w}. Running {c} now.",
    "Just a wee {c}, that should {w}.",
    "Can someone run {c} for me? Cannae get the laptop open.",
    "Gonna, gonna just check with {c}.",
    "Aye, {c}. That'll {w}, ken.",
    "Trying {c} next, see if that helps.",
    "Right, so the plan is to {w}. Command's {c}.",
    "Och, I'll just do {c}.",
    "Let's {w}: {c}.",
    "Type {c}, cheers.",
    "Running {c} so we can {w}.",
    "It's three in the morning and I cannae think straight. {c}, I reckon.",
    "Wee one for the channel: {c}.",
    "Last thing before I go back to bed, {c}.",
    "{c}. Right, that's me.",
    "Let me just {w}. {c}, so it is.",
    "Och, gonna {w} real quick with {c}, then I'm off.",
    "Someone remind me, is it {c}? Aye, it is.",
    "Dinnae touch anything, I'm running {c}.",
    "Pager's going mental. {c}, please.",
    "Right, we need to {w}, so {c}.",
    "Okay, {c} and then... yeah.",
    "Right, running {c}.",
    "{c}, so it is.",
    "{c} and then... yeah.",
]
PROTOCOL_FRAMES = [
    "Right, spelling it out for the phone. {c}.",
    "Phone's no having it, so letter by letter: {c}.",
    "Och, I'll spell it. {c}, so it is.",
]
BARE_FRAMES = ["{c}.", "{c}"]
FRAMES = NATURAL_FRAMES + PROTOCOL_FRAMES + BARE_FRAMES


def _frame_rx(tpl: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[wc]\})", tpl)
    rx = "".join(
        "(?P<w>.+?)" if p == "{w}" else "(?P<c>.+?)" if p == "{c}" else re.escape(p) for p in parts
    )
    return re.compile(rx, re.IGNORECASE | re.DOTALL)


FRAME_RX = [_frame_rx(t) for t in FRAMES]

RESTART_RX = re.compile(r"(?:scrap that|hang on, that's wrong|where was i, right)[.,!]*\s*", re.I)
FIX_RX = re.compile(r",? (?:naw, wait|och no, I mean),? ", re.I)
FILLER_RX = re.compile(r"(?:^|,? )(?:uh|um|erm),(?= |$)", re.I)
ASIDES = [
    "och, the pager again",
    "cannae see a thing on this phone",
    "where's my tea",
    "this phone, honestly",
    "ken how it is",
]
_ASIDE_ALT = "|".join(re.escape(a) for a in ASIDES)
ASIDE_MID_RX = re.compile(r",? (?:" + _ASIDE_ALT + "),", re.I)
ASIDE_START_RX = re.compile(r"^(?:" + _ASIDE_ALT + r")[.!] ", re.I)


# ----------------------------------------------------------------------------- listener
def _norm(tok: str) -> str:
    return re.sub(r"[^a-z0-9]", "", tok.lower())


def _protocol(body: str) -> str:
    toks = [t for t in (_norm(t) for t in body.split()) if t]
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == "the" and i + 2 < len(toks) and toks[i + 1] == "word":
            out.append(toks[i + 2])
            i += 3
            continue
        for n in (2, 1):
            key = tuple(toks[i : i + n])
            if len(key) == n and key in UPPER and i + n < len(toks):
                out.append(_upper(toks[i + n]))
                i += n + 1
                break
            if len(key) == n and key in CAPITAL and i + n < len(toks):
                nxt = toks[i + n]
                out.append(nxt[:1].upper() + nxt[1:])
                i += n + 1
                break
        else:
            for n in (3, 2, 1):
                key = tuple(toks[i : i + n])
                if len(key) == n and key in PROTO:
                    out.append(PROTO[key])
                    i += n
                    break
            else:
                t = toks[i]
                out.append(str(DIGITS.index(t)) if t in DIGITS else t)
                i += 1
    return "".join(out)


def _upper(word: str) -> str:
    m = re.match(r"[A-Za-z]+", word)
    return word if not m else m.group(0).upper() + word[m.end() :]


def _natural(body: str) -> str:
    toks = body.split(" ")
    items: list[tuple[str, bool, bool]] = []
    single_open = False
    i = 0
    while i < len(toks):
        low = [t.lower() for t in toks[i : i + 2]]
        if low[:1] == ["the"] and low[1:] == ["word"] and i + 2 < len(toks):
            items.append((toks[i + 2], False, False))
            i += 3
            continue
        if low[:1] in (["capital"], ["uppercase"]) and i + 1 < len(toks):
            nxt = toks[i + 1]
            text = nxt[:1].upper() + nxt[1:] if low[0] == "capital" else _upper(nxt)
            items.append((text, False, False))
            i += 2
            continue
        if low == ["single", "quote"]:
            items.append(("'", single_open, not single_open))
            single_open = not single_open
            i += 2
            continue
        if tuple(low) in NAT:
            items.append(NAT[tuple(low)])
            i += 2
            continue
        if tuple(low[:1]) in NAT:
            items.append(NAT[tuple(low[:1])])
            i += 1
            continue
        items.append((toks[i], False, False))
        i += 1
    out = ""
    prev_right = True
    for text, left, right in items:
        out += text if (prev_right or left) else " " + text
        prev_right = right
    return out


def _unframe(text: str) -> tuple[str, bool]:
    for rx in FRAME_RX:
        m = rx.fullmatch(text)
        if m:
            lead = text[: m.start("c")]
            return m.group("c"), (not lead.strip()) or lead.rstrip()[-1:] in ".?!"
    return text, True


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    text = " ".join(line.split())
    last = None
    for m in RESTART_RX.finditer(text):
        last = m
    if last is not None:
        text = text[last.end() :].strip()
    text = ASIDE_START_RX.sub("", text)
    text = ASIDE_MID_RX.sub("", text)
    text = FILLER_RX.sub("", text).strip()
    protocol = any(_norm(t) == "space" for t in text.split())
    while True:
        m = FIX_RX.search(text)
        if not m:
            break
        pre, post = text[: m.start()].rstrip(), text[m.end() :]
        if protocol:
            toks = pre.split()
            idx = max((k for k, t in enumerate(toks) if _norm(t) == "space"), default=-1)
            pre = " ".join(toks[: idx + 1]) + " " if idx >= 0 else ""
        else:
            cut = pre.rfind(" ")
            pre = pre[: cut + 1] if cut >= 0 else ""
        text = pre + post
    body, sentence_start = _unframe(text)
    if protocol:
        return _protocol(body)
    if sentence_start and body[:1].isupper():
        body = body[0].lower() + body[1:]
    return _natural(body)


# ----------------------------------------------------------------------------- speakers
SEG_RX = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]*|[a-z]+")
COMPOUNDS = {
    "gitlint": "git lint",
    "fancontrol": "fan control",
    "supervisorctl": "supervisor ctl",
    "systemctl": "system ctl",
    "localectl": "locale ctl",
    "hostnamectl": "hostname ctl",
    "dircolors": "dir colors",
    "cloudflared": "cloud flared",
    "netstat": "net stat",
    "uptime": "up time",
    "checksec": "check sec",
    "snmpwalk": "snmp walk",
    "speedtest": "speed test",
    "tcptraceroute": "tcp traceroute",
    "keyfile": "key file",
    "readme": "read me",
    "backup": "back up",
    "database": "data base",
    "output": "out put",
    "filesystem": "file system",
    "username": "user name",
    "hostname": "host name",
    "checksum": "check sum",
    "wallpaper": "wall paper",
    "keymaps": "key maps",
    "fingerprints": "finger prints",
    "localhost": "local host",
    "dataset": "data set",
    "password": "pass word",
    "whoami": "who am i",
    "firewall": "fire wall",
    "workdir": "work dir",
    "playlist": "play list",
    "typescript": "type script",
    "screenshot": "screen shot",
    "upgradepkg": "upgrade pkg",
    "reposync": "repo sync",
    "switcherooctl": "switcheroo ctl",
    "keyname": "key name",
    "showvminfo": "show vm info",
    "whatweb": "what web",
    "mozillavpn": "mozilla vpn",
    "wezterm": "wez term",
}


def _seg_words(seg: str, fz: dict | None, rng: random.Random | None) -> list[str]:
    if seg.islower():
        if fz is not None and fz.get("split") and seg in COMPOUNDS:
            return COMPOUNDS[seg].split()
        strict = fz is not None and fz.get("strict")
        return (
            ["the", "word", seg] if seg in (PROTO_RESERVED if strict else PROTO_SINGLE) else [seg]
        )
    if len(seg) > 1 and seg.isupper():
        up = "uppercase"
        if fz is not None and rng is not None and rng.random() < 0.5:
            up = rng.choice(["upper case", "all caps"])
        return up.split() + [seg.lower()]
    return ["capital", seg.lower()]


def protocol_words(cmd: str, rng: random.Random | None = None, fz: dict | None = None) -> list:
    """Spell a command in Fraser's protocol; fz (fuzzy options) enables synonyms and slips."""
    words: list[str] = []
    for k, tok in enumerate(cmd.split(" ")):
        if k:
            words.append("space")
        for piece in re.findall(r"--|[A-Za-z]+|[0-9]+|.", tok):
            if piece[0].isalpha():
                for seg in SEG_RX.findall(piece):
                    words.extend(_seg_words(seg, fz, rng))
            elif piece.isdigit():
                if fz is not None and rng is not None and fz.get("digits") and rng.random() < 0.7:
                    words.append(piece)
                else:
                    words.extend(DIGITS[int(d)] for d in piece)
            elif piece == "--":
                name = "double dash"
                if fz is not None and rng is not None and rng.random() < 0.7:
                    name = rng.choice(FUZZY_DOUBLE_DASH)
                words.extend(name.split())
            else:
                name = SYM[piece]
                if fz is not None and rng is not None and piece in FUZZY_SYM:
                    if rng.random() < 0.6:
                        name = rng.choice(FUZZY_SYM[piece])
                words.extend(name.split())
    return words


EASY_RX = re.compile(r"(?:-{1,2}[a-z0-9][a-z0-9\-]*|[a-z0-9/][a-z0-9._/:@+\-]*)")


def _easy(tok: str) -> bool:
    return (
        bool(EASY_RX.fullmatch(tok))
        and tok[-1] not in ".:-"
        and not any(p in NAT_RESERVED for p in re.split(r"[^a-z]+", tok))
    )


def natural_token(tok: str) -> list[str] | None:
    """Words Fraser says for one command token in natural speech (None: he cannot say it)."""
    if _easy(tok):
        return [tok]
    words: list[str] = []
    rest = tok
    m = re.match(r"-{1,2}[a-z0-9][a-z0-9\-]*(?=[^a-z0-9\-]|$)", rest)
    if m and m.group(0)[-1] != "-":
        words.append(m.group(0))
        rest = rest[m.end() :]
    dq_open = False
    prev_text = False
    while rest:
        m = re.match(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*", rest)
        if m:
            if prev_text or any(p in NAT_RESERVED for p in re.split(r"[^a-z]+", m.group(0))):
                return None
            words.append(m.group(0))
            rest = rest[m.end() :]
            prev_text = True
            continue
        m = re.match(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]*", rest)
        if m:
            if prev_text:
                return None
            seg = m.group(0)
            words += ["uppercase" if len(seg) > 1 and seg.isupper() else "capital", seg.lower()]
            rest = rest[m.end() :]
            m2 = re.match(r"[a-z0-9]+", rest)
            if m2 and seg.isupper() and len(seg) > 1:
                return None
            prev_text = True
            continue
        ch = rest[0]
        if rest.startswith("--"):
            words += ["double", "dash"]
            rest = rest[2:]
        elif ch == '"':
            words.append("unquote" if dq_open else "quote")
            dq_open = not dq_open
            rest = rest[1:]
        elif ch == "'":
            words += ["single", "quote"]
            rest = rest[1:]
        elif ch in NAT_WORD:
            words += NAT_WORD[ch].split()
            rest = rest[1:]
        else:
            return None
        prev_text = False
    return words


def natural_body(cmd: str) -> list[list[str]] | None:
    """Per command token, the words Fraser says; the quote state runs across tokens."""
    out: list[list[str]] = []
    dq_open = False
    for tok in cmd.split(" "):
        words = natural_token(tok)
        if words is None:
            return None
        if dq_open:
            words = ["unquote" if w == "quote" else "quote" if w == "unquote" else w for w in words]
        dq_open ^= tok.count('"') % 2 == 1
        out.append(words)
    return out


def _why(desc: str) -> str | None:
    d = desc.strip().rstrip(" .")
    m = re.fullmatch(r"(.*?) \([^()]*\)", d)
    if m:
        d = m.group(1)
    if not d or "(" in d or len(d) > 70 or not re.fullmatch(r"[A-Za-z0-9 ,.'/%:\-]+", d):
        return None
    first = d.split()[0]
    if not first.isalpha() or first.lower() in {"interactive", "new", "if", "verbose", "always"}:
        return None
    return d[0].lower() + d[1:] if first[1:].islower() or len(first) == 1 else d


def _cap_first(s: str) -> str:
    return s[0].upper() + s[1:] if s[:1].islower() else s


def _fill(tpl: str, body: str, why: str | None) -> str | None:
    if "{w}" in tpl and why is None:
        return None
    lead = tpl.split("{c}")[0]
    if not lead or lead.rstrip()[-1:] in ".?!":
        body = _cap_first(body)
    return tpl.replace("{w}", why or "").replace("{c}", body)


WRONG_WORDS = ["nginx", "sshd", "main", "test", "demo", "prod", "staging", "docker", "redis"]
WRONG_TOOLS = ["journalctl", "systemctl", "kubectl", "docker", "grep", "tail", "htop"]
WRONG_STEMS = ["notes", "data", "config", "backup", "report", "main", "app"]


def wrong_token(tok: str, first: bool, rng: random.Random) -> str:
    """A plausible wrong version of a token, for Fraser to say before correcting himself."""
    runs = list(re.finditer(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok))
    nums = [m for m in re.finditer(r"[0-9]+", tok)]
    if first:
        pool = WRONG_TOOLS
    elif re.fullmatch(r"-[a-zA-Z]", tok):
        pool = ["-" + c for c in "acdfhlnprsv"]
    elif re.fullmatch(r"--[a-z][a-z\-]*", tok):
        pool = ["--verbose", "--force", "--all", "--quiet", "--debug", "--dry-run"]
    elif re.fullmatch(r"[a-z0-9_\-]+\.[a-z0-9.]+", tok):
        ext = tok.split(".", 1)[1]
        pool = [s + "." + ext for s in WRONG_STEMS]
    elif nums:
        m = nums[-1]
        pool = [tok[: m.start()] + str(int(m.group()) + d) + tok[m.end() :] for d in (1, 2, 8)]
    elif runs and not re.fullmatch(r"[a-z]+", tok):
        m = runs[-1]
        pool = [tok[: m.start()] + s + tok[m.end() :] for s in WRONG_STEMS + ["logs", "tmp"]]
    else:
        pool = WRONG_WORDS
    pool = [p for p in pool if p != tok]
    return rng.choice(pool)


def _insert_extra(words: list[str], spots: list[int], what: str, rng: random.Random) -> None:
    """Put a filler or an aside between two command tokens (never after a comma)."""
    spots = [i for i in spots if 0 < i < len(words) and not words[i - 1].endswith((",", "."))]
    if spots:
        i = rng.choice(spots)
        words[i - 1] += ","
        words.insert(i, what + ",")


def make_clean(cmd: str, why: str | None, rng: random.Random) -> str:
    line = " ".join(protocol_words(cmd))
    if decode(line) != cmd:
        line = " ".join(protocol_words(cmd, None, {"strict": True}))
    return line


def make_fuzzy(cmd: str, why: str | None, rng: random.Random) -> str:
    clean = make_clean(cmd, why, rng)
    strict = "the word" in clean
    for _ in range(6):
        fz = {"digits": rng.random() < 0.5, "split": rng.random() < 0.6, "strict": strict}
        words = protocol_words(cmd, rng, fz)
        if rng.random() < 0.5:
            words = [w + "," if w == "space" and rng.random() < 0.4 else w for w in words]
        if rng.random() < 0.6:
            words[0] = _cap_first(words[0])
        line = " ".join(words)
        if rng.random() < 0.5:
            line += "."
        if line != clean:
            return line
    return clean + "."


def make_natural(cmd: str, why: str | None, rng: random.Random) -> str | None:
    body = natural_body(cmd)
    if body is None:
        return None
    text = " ".join(w for tok in body for w in tok)
    frames = [f for f in NATURAL_FRAMES if why is not None or "{w}" not in f]
    if rng.random() < 0.06:
        frames = BARE_FRAMES[:1]
    return _fill(rng.choice(frames), text, why)


def make_chaotic(cmd: str, why: str | None, rng: random.Random) -> str | None:
    nat = natural_body(cmd)
    protocol = nat is None or rng.random() < 0.25
    toks = cmd.split(" ")
    if protocol:
        per_tok = [protocol_words(t) for t in toks]
        frames = PROTOCOL_FRAMES + ["{c}", "{c}, so it is.", "{c} and then... yeah."]
    else:
        per_tok = [list(w) for w in nat]
        frames = [f for f in NATURAL_FRAMES if why is not None or "{w}" not in f]

    def spoken(parts: list[list[str]], spots: list[int] | None = None) -> list[str]:
        out: list[str] = []
        for k, p in enumerate(parts):
            if k and protocol:
                out.append("space")
            if spots is not None:
                spots.append(len(out))
            out.extend(p)
        return out

    kind = rng.choice(["fix", "fix", "restart", "lost"])
    fixable = [
        k
        for k, t in enumerate(toks)
        if (protocol and k > 0) or (not protocol and per_tok[k] == [t] and _easy(t))
    ]
    if kind == "fix" and not fixable:
        kind = "restart"
    marker = rng.choice(["naw, wait,", "och no, I mean"])
    if kind == "fix":
        k = rng.choice(fixable)
        bad = wrong_token(toks[k], k == 0 or toks[:k] == ["sudo"], rng)
        if not protocol and not _easy(bad):
            return None
        bad_words = protocol_words(bad) if protocol else [bad]
        bad_words[-1] += ","
        parts = [list(p) for p in per_tok]
        parts[k] = bad_words + marker.split() + parts[k]
    else:
        parts = per_tok
    spots: list[int] = []
    words = spoken(parts, spots)
    if rng.random() < 0.4:
        _insert_extra(words, spots, rng.choice(["uh", "erm", "um"]), rng)
        spots = []
    if rng.random() < 0.25:
        _insert_extra(words, spots, rng.choice(ASIDES), rng)
    line = _fill(rng.choice(frames), " ".join(words), why)
    if line is None:
        return None
    if kind == "restart":
        if rng.random() < 0.5 and len(toks) > 1:
            cut = rng.randrange(1, len(toks))
            attempt = " ".join(spoken(per_tok[:cut])) + "..."
            attempt = rng.choice(["Right, running ", "Gonna do ", "Och, it's "]) + attempt
        else:
            k = rng.randrange(len(toks))
            bad = wrong_token(toks[k], k == 0 or toks[:k] == ["sudo"], rng)
            parts = [list(p) for p in per_tok]
            bad_words = protocol_words(bad) if protocol else natural_token(bad)
            if bad_words is None:
                return None
            parts[k] = bad_words
            attempt = rng.choice(["Right, running ", "Gonna do ", "Type "])
            attempt += " ".join(spoken(parts)) + ","
        stop = rng.choice(["naw, scrap that.", "scrap that.", "hang on, that's wrong."])
        if attempt.endswith("..."):
            stop = _cap_first(stop)
        line = f"{attempt} {stop} {line}"
    elif kind == "lost":
        frag = rng.choice(
            [
                "Gonna check the, the...",
                "Right, so we need the... the...",
                "Och, what's it called...",
                "So it's, it's...",
                "Aye, so first the...",
            ]
        )
        line = f"{frag} where was I, right, {line[0].lower() + line[1:]}"
    if rng.random() < 0.15:
        line = _cap_first(rng.choice(ASIDES)) + ". " + line
    return line


MAKERS = {
    "clean": make_clean,
    "fuzzy": make_fuzzy,
    "natural": make_natural,
    "chaotic": make_chaotic,
}


# ----------------------------------------------------------------------------- assembly
def load_rows() -> list[dict]:
    rows = []
    seen: set[str] = set()
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (
                cmd in seen
                or not cmd.isascii()
                or len(cmd) > 80
                or any(bad in cmd for bad in ("\n", "\t", "  "))
                or cmd != cmd.strip()
            ):
                continue
            seen.add(cmd)
            rows.append(row)
    return rows


def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def build() -> list[dict]:
    rng = random.Random(57)
    rows = load_rows()
    rng.shuffle(rows)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    out: dict[str, list[dict]] = {}
    # Natural and chaotic first: they need commands Fraser can say without spelling.
    for name in ("natural", "chaotic", "clean", "fuzzy"):
        lines: list[dict] = []
        for row in rows:
            if len(lines) == PER_SLICE:
                break
            cmd = row["command"]
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            why = _why(row["description"])
            for _ in range(8):
                text = MAKERS[name](cmd, why, rng)
                if text is not None and "\n" not in text and decode(text) == cmd:
                    break
            else:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            lines.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
        if len(lines) != PER_SLICE:
            raise SystemExit(f"{name}: only {len(lines)} lines")
        out[name] = lines
    return [line for name in SLICES for line in out[name]]


def main() -> None:
    lines = build()
    for line in lines:
        assert decode(line["input"]) == line["command"], line
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
