"""Fifty-sixth independent author: Chiamaka's WhatsApp voice notes, decoded.

Writes assets/training/bash/author56.jsonl: 240 transcripts (60 each of clean, fuzzy, natural,
chaotic) of commands taken from the odd-numbered lines of platforms_dev43_commands.jsonl.
Those commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; the descriptions are used here as the
"why" Chiamaka gives.  Run: ``python3 tests/bench/fiftysixth_author.py`` (standard library only,
one ``random.Random(56)``, byte-identical reruns).

STYLE GUIDE
===========

Persona
-------
Chiamaka is an IT consultant in Lagos.  She supports clients' Windows PCs and Macs over WhatsApp
voice notes, which get transcribed by Whisper.  Nigerian English: "abeg", "oya", "you get?",
"sha", "now" as a softener ("run it now"), "make you type", "no wahala", "e don work".

Vocabulary (one spoken name per symbol; fuzzy speech may use the alternatives)
------------------------------------------------------------------------------
  -  dash (alt: minus, hyphen)        /  slash (alt: forward slash)
  .  dot (alt: point, period)         :  colon         _  underscore
  *  star (alt: asterisk)             |  pipe          ~  tilde
  "  quote / open quote to open it, close quote to close it
  '  single quote to open, close single quote to close
  (  open bracket    )  close bracket    {  open curly bracket    }  close curly bracket
  $  dollar (alt: dollar sign)   %  percent   =  equals (alt: equal sign)   +  plus
  ,  comma    ;  semicolon    ?  question mark    @  at sign (alt: at)
The listener maps "quote"/"close quote" (and the single ones) to the same character: which one
she says only tells you where the quoted text starts and ends.
Case: "capital X" (alt: "big letter X") = the next word starts with a capital letter;
"all capital X" = the next word is all capitals ("all capital reg" = REG).
Numbers: digits are words; "ten".."ninety nine" and "one hundred" are said as numbers,
anything longer digit by digit or in pairs ("fifty four thirty two" = 5432,
"nine eighty seven" = 987).  A tens word followed by a unit word is one number
("twenty one" = 21); every other run of number words is written one after another.

Clean (pure protocol)
---------------------
Every word of the command is spoken, every symbol by name, and the word "space" exactly where
the command has a space; nothing else.  Words are lowercase, case changes are announced,
digits are words, short consonant clusters may be spelled out ("s f c" = sfc).
  "choco space uninstall space numpy space dash y"  ->  choco uninstall numpy -y

Fuzzy
-----
The same protocol with the alternative symbol names, and Whisper's slips: a capital first
word, a final full stop, a comma after some "space"s, some numbers as digits, a compound
name written as two words ("task list" = tasklist).

Natural
-------
How she really instructs a client.  "space" is never said; Whisper writes ordinary words,
digits, file names, paths and the flags it recognises as text ("-y", "/s", "config.yaml",
"~/app.log"); symbols she names are words ("slash s", "minus n 10", "quote hello close quote").
The command always follows a cue verb: type, run, put, enter or paste ("Oya, open command
prompt as admin and type ...", "Make you run ...", "Abeg just put ... for me.").  Framing
sentences and the why (the tldr description) come around it.

Chaotic
-------
Natural (mostly) or protocol speech with her disfluencies; every line has at least one
correction or restart: "I mean", "sorry, not that one", "no no, wait" (repairs at word, flag
or whole-command scope), "abeg cancel that" (throw away everything before), a repeated cue
("type, type ..."), a cut-off word ("cho- choco"); plus hesitations (ehm, erm, ehn, uhm),
asides ("hold on", "let me check my notes", "this network sef", "as I dey drive",
"you dey hear me") and trailing thoughts in a separate sentence after the command.

The listener (what ``decode`` does; a careful human reads the same way)
----------------------------------------------------------------------
1. Drop hesitations, asides and cut-off words (a word ending in "-", like "cho-").
2. Restart: drop everything up to the last "abeg cancel that" / "make I start again".
3. Mode: it is protocol speech if the word "space" occurs, or no cue verb occurs; else natural.
4. Protocol: take the first sentence; ignore commas and Whisper's capitals.  Then apply the
   repairs (step 6) and glue every spoken piece together: "space" is the only space.
5. Natural: take the first sentence containing a cue verb; the command starts after its first
   cue verb (skipping a repeated cue and "this one:" / "am like this:" / "this command:") and
   runs to the end of that sentence.  Ignore commas, then strip trailing tails: now, sha, abeg,
   o, for me, you get, no wahala, then/and press enter, and send me screenshot, when you get
   chance, and e don finish, then tell me wetin e show, inside <command prompt | PowerShell |
   Terminal>.  Words are separated by spaces as written, except symbol words, which glue:
   dash/minus/hyphen, slash, tilde, dollar, percent, at, quote, single quote, open (curly)
   bracket stick to the NEXT word; dot, colon, underscore, equals, plus stick to BOTH sides;
   close quote, close single quote, close (curly) bracket, comma, semicolon, question mark
   stick to the PREVIOUS word; pipe and star stand alone.
6. Repairs ("I mean", "sorry, not that one", "no no, wait"): the words after the marker
   replace what came before it, starting at the last earlier occurrence of the first word
   after the marker; if that word did not occur, only the last word before the marker goes.
   ("ping minus n 5, I mean 10 server1" = ping -n 10 server1;
   "minus x, sorry, not that one, minus y" = -y).

Every line in the file was checked: decode(input) == command, otherwise the candidate was
rejected and another rendering (or another command) was used.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "platforms_dev43_commands.jsonl"
OUTPUT = ROOT / "assets" / "training" / "bash" / "author56.jsonl"
AUTHOR = "author56"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 60
MAX_PER_TOOL = 3

# ---------------------------------------------------------------- vocabulary ----------------
# (spoken phrase, character, how it glues in natural speech)
SYMBOLS: list[tuple[str, str, str]] = [
    ("dash", "-", "prefix"), ("minus", "-", "prefix"), ("hyphen", "-", "prefix"),
    ("forward slash", "/", "prefix"), ("slash", "/", "prefix"),
    ("tilde", "~", "prefix"), ("dollar sign", "$", "prefix"), ("dollar", "$", "prefix"),
    ("percent", "%", "prefix"), ("at sign", "@", "prefix"), ("at", "@", "prefix"),
    ("open quote", '"', "prefix"), ("quote", '"', "prefix"), ("close quote", '"', "suffix"),
    ("single quote", "'", "prefix"), ("close single quote", "'", "suffix"),
    ("open curly bracket", "{", "prefix"), ("close curly bracket", "}", "suffix"),
    ("open bracket", "(", "prefix"), ("close bracket", ")", "suffix"),
    ("dot", ".", "infix"), ("point", ".", "infix"), ("period", ".", "infix"),
    ("colon", ":", "infix"), ("underscore", "_", "infix"),
    ("equal sign", "=", "infix"), ("equals", "=", "infix"), ("plus", "+", "infix"),
    ("comma", ",", "suffix"), ("semicolon", ";", "suffix"), ("question mark", "?", "suffix"),
    ("pipe", "|", "standalone"), ("star", "*", "standalone"), ("asterisk", "*", "standalone"),
]
SYMBOL_PHRASES = sorted(
    ((tuple(p.split()), ch, cls) for p, ch, cls in SYMBOLS), key=lambda s: -len(s[0])
)
CLEAN_NAME = {
    "-": "dash", "/": "slash", ".": "dot", ":": "colon", "_": "underscore", "*": "star",
    "|": "pipe", "~": "tilde", "$": "dollar", "%": "percent", "=": "equals", "+": "plus",
    ",": "comma", ";": "semicolon", "?": "question mark", "@": "at sign",
    "(": "open bracket", ")": "close bracket", "{": "open curly bracket",
    "}": "close curly bracket",
}
FUZZY_NAMES = {
    "-": ["minus", "hyphen", "dash"], "/": ["forward slash", "slash"],
    ".": ["point", "period", "dot"], "*": ["asterisk", "star"], "$": ["dollar sign", "dollar"],
    "=": ["equal sign", "equals"], "@": ["at", "at sign"],
}
NATURAL_NAMES = {
    "-": ["minus", "dash"], "/": ["slash", "slash", "forward slash"], ".": ["dot"],
    "@": ["at"],
}
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"hundred", "thousand"}

CUES = ("type", "run", "put", "enter", "paste")
CUE_RE = re.compile(r"(?<![\w/~.-])(type|run|put|enter|paste)(?![\w/~.-])", re.I)
INTROS = ("this one", "am like this", "this command")
FILLERS = ("ehm", "erm", "ehn", "uhm")
ASIDES = ("hold on", "let me check my notes", "this network sef", "as I dey drive",
          "you dey hear me")
RESTARTS = ("abeg cancel that", "make I start again")
REPAIRS = (("sorry", "not", "that", "one"), ("no", "no", "wait"), ("i", "mean"))
TAILS = tuple(sorted((tuple(t.split()) for t in (
    "now", "sha", "abeg", "o", "for me", "you get", "no wahala", "then press enter",
    "and press enter", "and send me screenshot", "when you get chance", "and e don finish",
    "then tell me wetin e show", "inside command prompt", "inside powershell",
    "inside terminal")), key=lambda t: -len(t)))


# ---------------------------------------------------------------- the listener --------------
def _drop_noise(text: str) -> str:
    for aside in ASIDES:
        text = re.sub(r",?\s*\b" + re.escape(aside) + r"\b\s*,?", " ", text, flags=re.I)
    text = re.sub(r"\b(?:" + "|".join(FILLERS) + r")\b,?", " ", text, flags=re.I)
    text = re.sub(r"(?<![\w-])[A-Za-z]+-(?=[\s,]|$)", " ", text)
    last = None
    for m in re.finditer(r"\b(?:" + "|".join(RESTARTS) + r")\b", text, flags=re.I):
        last = m
    if last is not None:
        text = text[last.end():]
    return text.lstrip(" ,.")


def _repair(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        marker = next((m for m in REPAIRS
                       if [w.lower() for w in words[i:i + len(m)]] == list(m)), None)
        if marker is None:
            out.append(words[i])
            i += 1
            continue
        i += len(marker)
        if i >= len(words):
            break
        first = words[i].lower()
        hits = [j for j, w in enumerate(out) if w.lower() == first]
        if hits:
            del out[hits[-1]:]
        elif out:
            out.pop()
    return out


def _symbol_at(words: list[str], i: int) -> tuple[int, str, str] | None:
    low = [w.lower() for w in words[i:i + 3]]
    for phrase, ch, cls in SYMBOL_PHRASES:
        if tuple(low[:len(phrase)]) == phrase:
            return len(phrase), ch, cls
    return None


def _case_at(words: list[str], i: int) -> tuple[int, str] | None:
    low = [w.lower() for w in words[i:i + 2]]
    if low == ["all", "capital"]:
        return 2, "all"
    if low == ["big", "letter"]:
        return 2, "cap"
    if low[:1] == ["capital"]:
        return 1, "cap"
    return None


def _cased(word: str, case: str | None) -> str:
    if case == "all":
        return word.upper()
    if case == "cap":
        return word[:1].upper() + word[1:]
    return word


def _numbers(words: list[str]) -> str:
    digits = ""
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in TENS[2:] and nxt in UNITS[1:]:
            digits += str(TENS.index(w) * 10 + UNITS.index(nxt))
            i += 2
            continue
        if w in UNITS:
            digits += str(UNITS.index(w))
        elif w in TEENS:
            digits += str(10 + TEENS.index(w))
        elif w in TENS[2:]:
            digits += str(TENS.index(w) * 10)
        elif w == "hundred":
            digits += "00"
        else:
            digits += "000"
        i += 1
    return digits


def _protocol(words: list[str]) -> str:
    out: list[str] = []
    case = None
    i = 0
    while i < len(words):
        if words[i] == "space":
            out.append(" ")
            i += 1
            continue
        c = _case_at(words, i)
        if c:
            i, case = i + c[0], c[1]
            continue
        s = _symbol_at(words, i)
        if s:
            out.append(s[1])
            i += s[0]
            continue
        if words[i] in NUMBER_WORDS:
            j = i
            while j < len(words) and words[j] in NUMBER_WORDS:
                j += 1
            out.append(_numbers(words[i:j]))
            i = j
            continue
        out.append(_cased(words[i], case))
        case = None
        i += 1
    return "".join(out)


def _natural(words: list[str]) -> str:
    out = ""
    glue = False
    case = None
    i = 0
    while i < len(words):
        c = _case_at(words, i)
        if c:
            i, case = i + c[0], c[1]
            continue
        s = _symbol_at(words, i)
        if s:
            n, ch, cls = s
            if cls in ("prefix", "standalone"):
                out += ch if glue or not out else " " + ch
                glue = cls == "prefix"
            else:
                out += ch
                glue = cls == "infix"
            i += n
            continue
        w = _cased(words[i], case)
        out += w if glue or not out else " " + w
        glue, case = False, None
        i += 1
    return out


def decode(line: str) -> str:
    """Recover the command from one transcript, following the style guide above."""
    text = _drop_noise(line)
    lowered = re.findall(r"[a-z]+", text.lower())
    if "space" in lowered or not CUE_RE.search(text):
        first = next((s for s in re.split(r"[.?!](?:\s|$)", text) if s.strip()), "")
        words: list[str] = []
        for w in first.lower().replace(",", " ").split():
            parts = w.split("-")
            if len(parts) > 1 and all(p in NUMBER_WORDS for p in parts):
                words += parts
            else:
                words.append(w)
        return _protocol(_repair(words))
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    sentence = next(s for s in sentences if CUE_RE.search(s))
    body = sentence[CUE_RE.search(sentence).end():].strip()
    body = re.sub(r"[.?!]+$", "", body)
    while True:
        body = body.lstrip(" :,")
        m = CUE_RE.match(body)
        if m is None:
            m = re.match(r"(?:" + "|".join(INTROS) + r")\b\s*:?", body, flags=re.I)
        if m is None:
            break
        body = body[m.end():]
    words = body.replace(",", " ").split()
    stripped = True
    while stripped:
        stripped = False
        for tail in TAILS:
            if len(words) > len(tail) and tuple(w.lower() for w in words[-len(tail):]) == tail:
                del words[-len(tail):]
                stripped = True
                break
    return _natural(_repair(words))


# ---------------------------------------------------------------- speaking ------------------
def _say_number(run: str, rng: random.Random, digits_ok: bool) -> list[str]:
    if digits_ok and rng.random() < 0.5:
        return [run]
    if run in ("100", "1000"):
        return ["one", "hundred" if run == "100" else "thousand"]
    if len(run) <= 2 and (run[0] != "0" or run == "0"):
        n = int(run)
        if n < 10:
            return [UNITS[n]]
        if n < 20:
            return [TEENS[n - 10]]
        return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])
    if rng.random() < 0.5:
        return [UNITS[int(d)] for d in run]
    words: list[str] = []
    start = len(run) % 2
    if start:
        words.append(UNITS[int(run[0])])
    for k in range(start, len(run), 2):
        pair = run[k:k + 2]
        if pair[0] == "0":
            words += [UNITS[0], UNITS[int(pair[1])]]
        else:
            words += _say_number(pair, rng, False)
    return words


SPLITS = {
    "tasklist": "task list", "driverquery": "driver query", "systeminfo": "system info",
    "powermetrics": "power metrics", "spindump": "spin dump", "portproxy": "port proxy",
    "hostednetwork": "hosted network", "sockstat": "sock stat", "iostat": "io stat",
    "netstat": "net stat", "pathping": "path ping", "pwpolicy": "pw policy",
    "xcodebuild": "xcode build", "virtualboxvm": "virtualbox vm", "wmplayer": "wm player",
    "doskey": "dos key", "fsutil": "fs util", "pnputil": "pnp util", "getmac": "get mac",
    "gpupdate": "gp update", "forfiles": "for files", "cleanmgr": "clean mgr",
    "certutil": "cert util", "tccutil": "tcc util", "tmutil": "tm util",
    "robocopy": "robo copy", "showmount": "show mount", "shutdown": "shut down",
    "lowdisk": "low disk", "urandom": "u random", "uninstall": "un install",
    "apikey": "api key", "setdestination": "set destination", "inprivate": "in private",
    "safemode": "safe mode", "logonid": "logon id", "stripchart": "strip chart",
    "domaincontrollers": "domain controllers", "systemtime": "system time",
    "verifyonly": "verify only", "opensnoop": "open snoop", "bleachbit": "bleach bit",
    "pptview": "ppt view", "msaccess": "ms access", "winword": "win word",
    "dvdmaker": "dvd maker", "eventcreate": "event create", "sekurlsa": "sekur lsa",
    "lsadump": "lsa dump", "powershell": "power shell", "hunter": "hun ter",
}
CASE_SEGMENT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def _say_letters(run: str, rng: random.Random, fuzzy: bool) -> list[str]:
    words: list[str] = []
    for seg in CASE_SEGMENT.findall(run):
        low = seg.lower()
        if seg.islower():
            if fuzzy and low in SPLITS and rng.random() < 0.7:
                words += SPLITS[low].split()
            elif 2 <= len(low) <= 4 and not re.search(r"[aeiou]", low) and rng.random() < 0.6:
                words += list(low)
            else:
                words.append(low)
        elif len(seg) > 1 and seg.isupper():
            words += ["all", "capital", low]
        else:
            cap = ["big", "letter"] if fuzzy and rng.random() < 0.4 else ["capital"]
            words += cap + [low]
    return words


def _say_symbol(ch: str, rng: random.Random, names: dict[str, str] | None,
                quotes: dict[str, int]) -> list[str]:
    fuzzy = names is not None
    if ch in "\"'":
        quotes[ch] += 1
        opening = quotes[ch] % 2 == 1
        base = "quote" if ch == '"' else "single quote"
        if opening:
            return (["open"] if fuzzy and ch == '"' and rng.random() < 0.4 else []) + base.split()
        return ["close"] + base.split()
    if names is not None and ch in names:
        return names[ch].split()
    return CLEAN_NAME[ch].split()


def protocol_tokens(cmd: str, rng: random.Random, fuzzy: bool) -> list[list[str]]:
    quotes = {'"': 0, "'": 0}
    # a speaker sticks to one name per symbol within a line
    names = {ch: rng.choice(opts) for ch, opts in FUZZY_NAMES.items()} if fuzzy else None
    tokens: list[list[str]] = []
    for tok in cmd.split(" "):
        words: list[str] = []
        for piece in re.findall(r"[A-Za-z]+|[0-9]+|.", tok):
            if piece.isdigit():
                words += _say_number(piece, rng, fuzzy)
            elif piece.isalpha():
                words += _say_letters(piece, rng, fuzzy)
            else:
                words += _say_symbol(piece, rng, names, quotes)
        tokens.append(words)
    return tokens


def join_protocol(tokens: list[list[str]], rng: random.Random, fuzzy: bool) -> str:
    text = ""
    for k, words in enumerate(tokens):
        if k:
            text += " space, " if fuzzy and rng.random() < 0.3 else " space "
        text += " ".join(words)
    return text


LITERAL = re.compile(r"[A-Za-z0-9~/-][A-Za-z0-9._/:~@+-]*")
SPOKEN_WORDS = {p.split()[0] for p, _, _ in SYMBOLS} | {"capital", "space"}
EDGE = "\"'(){}$%;,?*|"


def _literal_ok(tok: str) -> bool:
    return (bool(LITERAL.fullmatch(tok)) and re.search(r"[A-Za-z0-9]", tok) is not None
            and tok[-1] not in ".-" and tok.lower() not in SPOKEN_WORDS)


def _nat_symbol(ch: str, rng: random.Random, quotes: dict[str, int],
                names: dict[str, str]) -> list[str]:
    if ch in "\"'":
        quotes[ch] += 1
        base = ["quote"] if ch == '"' else ["single", "quote"]
        if quotes[ch] % 2 == 1:
            return (["open"] if ch == '"' and rng.random() < 0.2 else []) + base
        return ["close"] + base
    return names.get(ch, CLEAN_NAME[ch]).split()


def _nat_spoken(tok: str, rng: random.Random, quotes: dict[str, int],
                names: dict[str, str]) -> list[str]:
    lead = len(tok) - len(tok.lstrip(EDGE))
    core_end = len(tok.rstrip(EDGE))
    core = tok[lead:core_end]
    words: list[str] = []
    if core and core_end > lead and _literal_ok(core) and rng.random() < 0.6:
        for ch in tok[:lead]:
            words += _nat_symbol(ch, rng, quotes, names)
        words.append(core)
        for ch in tok[core_end:]:
            words += _nat_symbol(ch, rng, quotes, names)
        return words
    for piece in re.findall(r"[A-Za-z0-9]+|.", tok):
        if piece.isalnum():
            if len(piece) == 1 and piece.isupper() and rng.random() < 0.4:
                words += ["capital", piece]
            else:
                words.append(piece)
        else:
            words += _nat_symbol(piece, rng, quotes, names)
    return words


def natural_tokens(cmd: str, rng: random.Random) -> list[list[str]]:
    quotes = {'"': 0, "'": 0}
    names = {ch: rng.choice(opts) for ch, opts in NATURAL_NAMES.items()}
    tokens: list[list[str]] = []
    for tok in cmd.split(" "):
        if re.fullmatch(r"[A-Za-z0-9]+", tok):
            tokens.append(tok.split())
        elif _literal_ok(tok) and rng.random() < (0.85 if tok[0] not in "-/" else 0.45):
            tokens.append([tok])
        else:
            tokens.append(_nat_spoken(tok, rng, quotes, names))
    return tokens


def flat(tokens: list[list[str]]) -> str:
    return " ".join(w for t in tokens for w in t)


# ---------------------------------------------------------------- framings ------------------
# (before the command, after the command); {app} is where she sends them, {why} the description
NATURAL_FRAMES = [
    ("Oya, open {app}{admin} and type ", "."),
    ("Make you type ", ", then press enter."),
    ("Abeg just put ", " for me."),
    ("Run ", " now, you get?"),
    ("Oya type ", ". E go {why}."),
    ("No wahala, just type ", " and send me screenshot."),
    ("Enter ", " sha."),
    ("So that we fit {why}, make you run ", "."),
    ("Type this one: ", ""),
    ("Abeg help me paste ", " inside {app}, no wahala."),
    ("Good morning ma. Abeg open {app}, then type ", "."),
    ("Sorry to disturb you, abeg make you type ", " when you get chance."),
    ("Once {app} open, just put ", " and e don finish."),
    ("I want make you {why}. Oya, type ", " and press enter."),
    ("Open {app}, type ", ", then tell me wetin e show."),
    ("Make you run ", " now now."),
    ("E simple: type ", ". Na im go {why}."),
    ("Abeg no forget, type ", " o."),
    ("Just type ", ", abeg."),
    ("Ehen, for that {app} wahala, make you enter ", ", you get?"),
]
TRAILING = ["I think say e go work.", "If e no work, call me.", "Make we see wetin e go show.",
            "E don work?", "Na so e be.", "Send me the result when e finish."]
WRONG_WORDS = ["pandas", "flask", "docker", "nginx", "alpha", "demo", "backup", "report",
               "admin", "server", "main", "test", "data", "config", "bob", "list", "show"]


def app_for(row: dict) -> str:
    platform = row["page"].split("/")[0]
    if platform != "windows":
        return "Terminal"
    if re.search(r"\b[A-Z][a-z]+-[A-Z]|\$", row["command"]):
        return "PowerShell"
    return "command prompt"


def why_for(row: dict, before: bool) -> str | None:
    desc = row["description"].strip().rstrip(".")
    if len(desc) > 90 or re.search(r"\bspace\b", desc, re.I):
        return None
    if before and (re.search(r"[.?!:<>]", desc) or CUE_RE.search(desc)):
        return None
    return desc[:1].lower() + desc[1:]


def frame(template: tuple[str, str], row: dict) -> tuple[str, str] | None:
    pre, post = template
    fill = {"app": app_for(row), "admin": "" if app_for(row) == "Terminal" else " as admin"}
    if "{why}" in pre + post:
        why = why_for(row, "{why}" in pre)
        if why is None:
            return None
        fill["why"] = why
    return pre.format(**fill), post.format(**fill)


# ---------------------------------------------------------------- building lines ------------
def tools(cmd: str) -> set[str]:
    found = set()
    for seg in re.split(r"[|;]", cmd):
        words = [w.strip("'\"({") for w in seg.split()]
        while words and words[0] in ("sudo", "doas", "su", "-c"):
            words = words[1:]
        if words and re.match(r"[A-Za-z]", words[0]):
            found.add(words[0].lower())
    return found


def mutate(tok: str, rng: random.Random) -> str:
    runs = re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+", tok)
    digit_idx = [k for k, r in enumerate(runs) if r.isdigit()]
    alpha_idx = [k for k, r in enumerate(runs) if r.isalpha()]
    if digit_idx:
        k = rng.choice(digit_idx)
        runs[k] = str(int(runs[k]) + rng.choice([1, 2, 5]))
    elif alpha_idx:
        k = alpha_idx[-1]
        if len(runs[k]) <= 2:
            runs[k] = rng.choice([c for c in "abcdefhklmnpqrstuvwxz" if c != runs[k].lower()])
        else:
            word = rng.choice([w for w in WRONG_WORDS if w != runs[k].lower()])
            runs[k] = word.capitalize() if runs[k][0].isupper() else word
    else:
        return tok + tok
    return "".join(runs)


def clean_line(cmd: str, rng: random.Random) -> str:
    return join_protocol(protocol_tokens(cmd, rng, False), rng, False)


def fuzzy_line(cmd: str, rng: random.Random) -> str:
    text = join_protocol(protocol_tokens(cmd, rng, True), rng, True)
    text = text[:1].upper() + text[1:]
    return text + "." if rng.random() < 0.6 else text


def natural_line(row: dict, rng: random.Random, template: tuple[str, str]) -> str | None:
    framed = frame(template, row)
    if framed is None:
        return None
    return framed[0] + flat(natural_tokens(row["command"], rng)) + framed[1]


GLUED_FIRST = {"single", "close", "open", "curly", "question", "forward", "all", "big", "dollar",
               "equal", "at", "capital"}


def _sprinkle(text: str, rng: random.Random) -> str:
    """A hesitation or an aside somewhere inside the spoken command (never mid-phrase)."""
    words = text.split(" ")
    spots = [k for k in range(1, len(words))
             if words[k - 1].lower().rstrip(",") not in GLUED_FIRST
             and not words[k - 1].endswith("-")]
    if not spots:
        return text
    k = rng.choice(spots)
    extra = rng.choice(FILLERS) if rng.random() < 0.6 else rng.choice(ASIDES)
    return " ".join(words[:k - 1] + [words[k - 1].rstrip(",") + ",", extra + ","] + words[k:])


def _correct(toks: list[list[str]], cmd: str, rng: random.Random, protocol: bool,
             render) -> tuple[str, str, str, str]:
    """Return (before, marker, after, kind): the spoken command with a repair or restart."""
    def joiner(t: list[list[str]]) -> str:
        return join_protocol(t, rng, rng.random() < 0.5) if protocol else flat(t)

    parts = cmd.split(" ")
    kind = rng.choice(["token", "token", "token", "whole", "cancel", "cutoff"])
    if kind == "cutoff":
        words = joiner(toks).split(" ")
        cands = [k for k, w in enumerate(words) if re.fullmatch(r"[A-Za-z]{4,}", w)
                 and w.lower() not in SPOKEN_WORDS | GLUED_FIRST | NUMBER_WORDS]
        if cands:
            k = rng.choice(cands)
            cut = words[k][:rng.randint(2, len(words[k]) - 2)] + "-"
            return " ".join(words[:k] + [cut]), " ", " ".join(words[k:]), kind
        kind = "token"
    marker = rng.choice([", I mean, ", ", I mean ", ", sorry, not that one, ", ", no no, wait, "])
    spots = [k for k, p in enumerate(parts) if re.search(r"[A-Za-z0-9]", p)]
    later = [k for k in spots if k] or spots
    t = rng.choice(later)
    wrong = parts[:t] + [mutate(parts[t], rng)] + parts[t + 1:]
    wrong_toks = render(" ".join(wrong))
    if kind == "token":
        back = 1 if t and rng.random() < 0.3 else 0
        return joiner(toks[:t] + [wrong_toks[t]]), marker, joiner(toks[t - back:]), kind
    if kind == "whole":
        return joiner(wrong_toks), marker, joiner(toks), kind
    return joiner(wrong_toks), ", abeg cancel that, ", joiner(toks), kind


def chaotic_line(row: dict, rng: random.Random, template: tuple[str, str],
                 protocol: bool) -> str | None:
    cmd = row["command"]
    if protocol:
        def render(c: str) -> list[list[str]]:
            return protocol_tokens(c, rng, rng.random() < 0.5)
    else:
        def render(c: str) -> list[list[str]]:
            return natural_tokens(c, rng)
    toks = render(cmd)
    before, marker, after, kind = _correct(toks, cmd, rng, protocol, render)
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            before = _sprinkle(before, rng)
        else:
            after = _sprinkle(after, rng)
    spoken = before + marker + after
    if protocol:
        text = spoken[:1].upper() + spoken[1:]
        if rng.random() < 0.5:
            text += ". " + rng.choice(TRAILING)
        return text
    framed = frame(template, row)
    if framed is None:
        return None
    pre, post = framed
    if kind == "cancel":
        spoken = spoken.replace(", abeg cancel that, ",
                                rng.choice([", abeg cancel that, type ",
                                            ". No no, wait, abeg cancel that. Make you type ",
                                            ", abeg cancel that, make you run "]))
    elif rng.random() < 0.3 and re.search(r"\b(type|run|put|enter|paste) $", pre):
        cue = pre.split()[-1]
        pre = pre.rstrip() + rng.choice([", ", ", ehm, ", " ehn, "]) + cue.lower() + " "
    text = pre + spoken + post
    if rng.random() < 0.4:
        text = text.rstrip() + ("" if text.rstrip()[-1] in ".?!" else ".")
        text += " " + rng.choice(TRAILING)
    return text


def _valid(cmd: str) -> bool:
    return (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
            and "  " not in cmd and cmd == cmd.strip())


def build() -> list[dict]:
    rng = random.Random(56)
    rows = [json.loads(line) for line in SOURCE.read_text().splitlines() if line.strip()]
    pool = [r for n, r in enumerate(rows) if n % 2 == 1 and _valid(r["command"])]
    rng.shuffle(pool)
    used: set[str] = set()
    tool_count: dict[str, int] = {}
    chosen: dict[str, list[dict]] = {s: [] for s in SLICES}
    frames = list(NATURAL_FRAMES)
    rng.shuffle(frames)
    frame_no = 0

    def attempt(slice_name: str, row: dict) -> str | None:
        nonlocal frame_no
        cmd = row["command"]
        for tries in range(40):
            template = frames[(frame_no + tries) % len(frames)]
            if slice_name == "clean":
                text = clean_line(cmd, rng)
            elif slice_name == "fuzzy":
                text = fuzzy_line(cmd, rng)
            elif slice_name == "natural":
                text = natural_line(row, rng, template)
            else:
                protocol = len(chosen["chaotic"]) % 4 == 3
                text = chaotic_line(row, rng, template, protocol)
            if text is None or not text.isascii() or "  " in text:
                continue
            if decode(text) == cmd:
                if slice_name in ("natural", "chaotic"):
                    frame_no += tries + 1
                return text
        return None

    for slice_name in ("natural", "chaotic", "clean", "fuzzy"):
        for row in pool:
            if len(chosen[slice_name]) == PER_SLICE:
                break
            cmd = row["command"]
            names = tools(cmd)
            if cmd in used or any(tool_count.get(t, 0) >= MAX_PER_TOOL for t in names):
                continue
            text = attempt(slice_name, row)
            if text is None:
                continue
            used.add(cmd)
            for t in names:
                tool_count[t] = tool_count.get(t, 0) + 1
            chosen[slice_name].append(
                {"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if len(chosen[slice_name]) != PER_SLICE:
            raise SystemExit(f"only {len(chosen[slice_name])} lines for {slice_name}")
    return [line for s in SLICES for line in chosen[s]]


def main() -> None:
    lines = build()
    OUTPUT.write_text("".join(json.dumps(line) + "\n" for line in lines))
    print(f"wrote {len(lines)} lines to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
