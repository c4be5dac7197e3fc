#!/usr/bin/env python3
"""Author48: Giulia dictates bash commands (independent voice-to-bash evaluation set).

Writes assets/training/bash/author48.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic; each line {"input", "command", "slice", "author": "author48"}.
Commands (and the plain-English "why" of the natural/chaotic slices) come from tldr-pages,
https://github.com/tldr-pages/tldr, licensed CC BY 4.0 (via the rows of
assets/training/bash/pages_dev40_commands.jsonl whose 0-based line number % 6 == 3).
Deterministic: one random.Random(48), consumed in a fixed order.

Persona
-------
Giulia, an SRE in Milan, dictates in English with Italian habits.  She names symbols in
Italian, uses Italian fillers ("allora", "dunque", "ecco", "vabbè", and "cioè" at the very
start), corrects herself with "no, scusa", "anzi", "cioè" + the fix, or "ho sbagliato",
and restarts a whole command with "ricomincio (da capo)" or "da capo".

Vocabulary (what Whisper writes -> symbol)
------------------------------------------
  trattino -, doppio trattino --, punto ., barra / slash /, chiocciola @, cancelletto #,
  tilde ~, underscore _, uguale =, due punti :, asterisco *, pipe |, virgola ,,
  punto e virgola ;, virgolette ", apice ', maggiore >, minore <, e commerciale &, più +,
  percento %, punto interrogativo ?, punto esclamativo !, apri/chiudi parentesi ( ),
  apri/chiudi quadra [ ], apri/chiudi graffa { }, dollaro $.
  Case: "maiuscolo x" capitalises the next word/letter, "tutto maiuscolo x" upper-cases the
  next word only.  Protocol digits are English words, one per digit ("five four three two").
  Looser forms (fuzzy slice only): meno / dash / minus / hyphen / tratino (-), due trattini /
  meno meno / dash dash / double dash (--), dot / period / point (.), forward slash (/),
  chiocciolina / at sign (@), hash / hashtag (#), tilda (~), trattino basso (_), equals (=),
  colon (:), asterisk / star (*), doppi apici / double quote ("), apostrofo / single quote
  ('), comma (,), semicolon (;), greater than (>), less than (<), ampersand (&), plus (+),
  percent (%), maiuscola / capital (cap), tutto in maiuscolo / all caps (upper), spazio
  (space).

Slices
------
  clean    Pure protocol: "space" exactly where the command has a space, every symbol by
           its Italian name, digits as words, case announced, everything lower case, no
           punctuation.  Short runs without vowels (or unusual 2-3 letter runs) are spelled
           letter by letter: "ls" -> "l s"; everything between two "space"s is glued.
  fuzzy    Same protocol with the looser names above plus Whisper slips: first word
           capitalised, a final full stop, commas after some "space"s, "spazio", digit runs
           written as digits, a long word split in two ("net plan").
  natural  Plain sentences to a colleague; "space" is never said.  Whisper writes words,
           numbers, file names, paths, URLs and flags as text ("-la", "/tmp/app.log"),
           while the symbols Giulia names stay Italian words.  Inside a command, named
           symbols glue:
             prefix  (start a new word, glue to the next): trattino, doppio trattino, tilde,
                     apri virgolette / apice / parentesi / quadra / graffa;
             joiner  (glue both sides): punto, barra, slash, chiocciola, uguale, due punti,
                     underscore, asterisco, più, percento, cancelletto;
             suffix  (glue to the previous word): virgola, punto e virgola, chiudi ...;
             alone   (a word by itself): pipe, maggiore, minore, e commerciale,
                     "trattino da solo" (-), "doppio trattino da solo" (--).
           Every other transcript word is one command word, verbatim (case kept).
           Framing: one of Giulia's sentence shapes (TEMPLATES below), e.g. "Can you run
           <cmd>, so we can <why>?", "For the backup, run <cmd>, please.", "<Why>, that's
           the goal. The command is <cmd>."  The command is never at a sentence start.
  chaotic  Natural or protocol speech with Giulia's disfluencies; every line has at least
           one correction or restart, plus hesitations ("ehm", "uhm", "..."), asides
           ("mamma mia che lag") and trailing thoughts ("poi vediamo").

Listener rules (decode)
-----------------------
  1. Drop asides (ASIDES, with their dashes) and trailing thoughts (TRAILS) at the end.
  2. Restart: keep only what follows the last "ricomincio [da capo]" / "da capo".
  3. Drop leading fillers (allora, dunque, ecco, vabbè, cioè) and, anywhere, hesitations
     (ehm, uhm, mmm, allora, dunque, ecco, vabbè, with their commas) and "...".
  4. If a word "space"/"spazio" remains, it is protocol: the whole text is the command,
     Whisper punctuation is ignored, "space" separates words, all the rest is glued.
     Otherwise match Giulia's sentence shapes (in the order listed) and read the command
     slot with the natural glue rules; a single-word command with no frame is protocol.
  5. Corrections inside the command ("no, scusa", "anzi", "cioè", "ho sbagliato"): the
     command word just before the marker is thrown away and the speech after the marker
     continues from that word (word and flag scope); whole-command fixes use rule 2.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author48.jsonl"
AUTHOR = "author48"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------- vocabulary
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

CLEAN_NAMES = {
    "--": "doppio trattino", "-": "trattino", ".": "punto", "/": "barra", "@": "chiocciola",
    "#": "cancelletto", "~": "tilde", "_": "underscore", "=": "uguale", ":": "due punti",
    "*": "asterisco", "|": "pipe", '"': "virgolette", "'": "apice", ",": "virgola",
    ";": "punto e virgola", ">": "maggiore", "<": "minore", "&": "e commerciale", "+": "più",
    "%": "percento", "?": "punto interrogativo", "!": "punto esclamativo",
    "(": "apri parentesi", ")": "chiudi parentesi", "[": "apri quadra", "]": "chiudi quadra",
    "{": "apri graffa", "}": "chiudi graffa", "$": "dollaro",
}
FUZZY_NAMES = {
    "--": ("due trattini", "meno meno", "dash dash", "double dash"),
    "-": ("meno", "dash", "minus", "hyphen", "tratino"),
    ".": ("dot", "period", "point"),
    "/": ("slash", "forward slash"),
    "@": ("chiocciolina", "at sign"),
    "#": ("hash", "hashtag"),
    "~": ("tilda",),
    "_": ("trattino basso",),
    "=": ("equals",),
    ":": ("colon",),
    "*": ("asterisk", "star"),
    '"': ("doppi apici", "double quote"),
    "'": ("apostrofo", "single quote"),
    ",": ("comma",),
    ";": ("semicolon",),
    ">": ("greater than",),
    "<": ("less than",),
    "&": ("ampersand",),
    "+": ("plus",),
    "%": ("percent",),
}
EXTRA_PROTO = {
    "slash": "/", "apri virgolette": '"', "chiudi virgolette": '"', "apri apice": "'",
    "chiudi apice": "'", "trattino da solo": "-", "doppio trattino da solo": "--",
}
SEPARATORS = ("space", "spazio")
CAP_WORDS = ("maiuscolo", "maiuscola", "capital")
UPPER_PHRASES = ("tutto maiuscolo", "tutto in maiuscolo", "all caps")

NAT_VOCAB = {
    "trattino": ("prefix", "-"), "doppio trattino": ("prefix", "--"), "tilde": ("prefix", "~"),
    "apri virgolette": ("prefix", '"'), "apri apice": ("prefix", "'"),
    "apri parentesi": ("prefix", "("), "apri quadra": ("prefix", "["),
    "apri graffa": ("prefix", "{"),
    "punto": ("join", "."), "barra": ("join", "/"), "slash": ("join", "/"),
    "chiocciola": ("join", "@"), "uguale": ("join", "="), "due punti": ("join", ":"),
    "underscore": ("join", "_"), "asterisco": ("join", "*"), "più": ("join", "+"),
    "percento": ("join", "%"), "cancelletto": ("join", "#"),
    "virgola": ("suffix", ","), "punto e virgola": ("suffix", ";"),
    "chiudi virgolette": ("suffix", '"'), "chiudi apice": ("suffix", "'"),
    "chiudi parentesi": ("suffix", ")"), "chiudi quadra": ("suffix", "]"),
    "chiudi graffa": ("suffix", "}"),
    "pipe": ("alone", "|"), "maggiore": ("alone", ">"), "minore": ("alone", "<"),
    "e commerciale": ("alone", "&"), "trattino da solo": ("alone", "-"),
    "doppio trattino da solo": ("alone", "--"),
    "maiuscolo": ("cap", ""), "tutto maiuscolo": ("upper", ""),
}
NAT_PREFIX = {'"': "apri virgolette", "'": "apri apice", "(": "apri parentesi",
              "[": "apri quadra", "{": "apri graffa"}
NAT_SUFFIX = {'"': "chiudi virgolette", "'": "chiudi apice", ")": "chiudi parentesi",
              "]": "chiudi quadra", "}": "chiudi graffa", ",": "virgola",
              ";": "punto e virgola"}
NAT_JOIN = {".": "punto", "/": "barra", "@": "chiocciola", "=": "uguale", ":": "due punti",
            "_": "underscore", "*": "asterisco", "+": "più", "%": "percento",
            "#": "cancelletto"}
NAT_ALONE = {"|": "pipe", ">": "maggiore", "<": "minore", "&": "e commerciale",
             "-": "trattino da solo", "--": "doppio trattino da solo"}

FILLERS = ("allora", "dunque", "ecco", "vabbè", "vabbe")
HESITATIONS = ("ehm", "uhm", "mmm")
ASIDES = (
    "aspetta un attimo", "mamma mia che lag", "the VPN is dropping again",
    "madonna, this coffee machine", "non ci credo, the pager again",
    "un secondo, Marco is talking to me", "che giornata oggi",
)
TRAILS = ("poi vediamo", "speriamo bene", "almeno credo", "o qualcosa del genere",
          "I think that's it", "should be fine")
SHORT_WORDS = frozenset(
    "add all api app arg bar bat bin bit box bug bun cat dag day dev dir doc end env fix foo "
    "fun gem get git hub img key lab let lib log man map max mem min mix mod new nix not now "
    "off old out pad pod pop pub put raw red ref rev row run see set sub sum tab tag tar tea "
    "the tip top try use val var vim web who win yes zip bad big cap com org net job led sin cos "
    "cut gap hat kit lot mad pet pin pot sad say sea tap van wet yet".split()
)

# Giulia's sentence shapes for the natural slice ({cmd} = the command slot).
TEMPLATES = (
    "Can you run {cmd}, so we can {vp}?",
    "Please type {cmd}. We need to {vp}.",
    "{Vp}, that's the goal. The command is {cmd}.",
    "I want to {vp}, so let's launch {cmd}.",
    "{For}, run {cmd}, please.",
    "Could you launch {cmd}? It's to {vp}.",
    "Now we do {cmd}, because I want to {vp}.",
    "Dai, just run {cmd} and then we check.",
    "I'm running {cmd} to {vp}.",
    "Next one is {cmd}, {for}.",
    "Senti, we need to {vp}. Write {cmd}.",
    "Guarda, the command is {cmd}, okay? It's {for}.",
    "Could you please execute {cmd}? Grazie mille.",
    "The idea is to {vp}. Type {cmd} and press enter.",
    "Let's try with {cmd} and we see if it works.",
    "Write this for me: {cmd}. It's {for}.",
    "We need to {vp}, so: {cmd}, okay?",
    "Per favore, run {cmd} for me, I want to {vp}.",
    "Go with {cmd}, that's all, {for}.",
    "I'm typing {cmd} now, so we can {vp}.",
    "On the bastion, run {cmd}, {for}.",
    "Fammi un favore, launch {cmd}. I need to {vp}.",
    "What I want is {cmd}, to {vp}.",
    "In the terminal: {cmd}. Then we can {vp}.",
)
REASONS = (
    "for the backup", "for the incident ticket", "for the postmortem",
    "for the migration tonight", "for the on-call handover", "for the change request",
    "for the audit", "for the release on Friday", "for the capacity review",
    "for the dashboard", "before the deploy", "for Luca's ticket",
)


def _template_rx(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template)
    out = []
    for part in parts:
        if part == "{cmd}":
            out.append(r"(?P<cmd>.+?)")
        elif part.startswith("{"):
            out.append(r".+?")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


TEMPLATE_RX = tuple(_template_rx(t) for t in TEMPLATES)


def _phrase_table(pairs: list[tuple[str, tuple[str, str]]]) -> dict[tuple[str, ...], tuple]:
    return {tuple(name.split()): value for name, value in pairs}


def _proto_table() -> dict[tuple[str, ...], tuple[str, str]]:
    pairs: list[tuple[str, tuple[str, str]]] = []
    for sym, name in CLEAN_NAMES.items():
        pairs.append((name, ("sym", sym)))
    for sym, names in FUZZY_NAMES.items():
        pairs.extend((name, ("sym", sym)) for name in names)
    pairs.extend((name, ("sym", sym)) for name, sym in EXTRA_PROTO.items())
    pairs.extend((word, ("sym", str(i))) for i, word in enumerate(DIGIT_WORDS))
    pairs.extend((word, ("sep", " ")) for word in SEPARATORS)
    pairs.extend((word, ("cap", "")) for word in CAP_WORDS)
    pairs.extend((phrase, ("upper", "")) for phrase in UPPER_PHRASES)
    return _phrase_table(pairs)


PROTO_TABLE = _proto_table()
NAT_TABLE = _phrase_table(list(NAT_VOCAB.items()))
MAX_PHRASE = 4

# --------------------------------------------------------------------------- listener
_ALT = "|".join
RESTART_RX = re.compile(r"\b(?:ricomincio(?:\s+da\s+capo)?|da\s+capo)\b[.:,!]*\s*", re.I)
ASIDE_RX = re.compile(
    r"\s*(?:—\s*)?\b(?:" + _ALT(re.escape(a) for a in ASIDES) + r")\b[.!]?(?:\s*—)?\s*", re.I
)
TRAIL_RX = re.compile(r"\s+(?:" + _ALT(re.escape(t) for t in TRAILS) + r")[.!?]*\s*$", re.I)
LEAD_RX = re.compile(r"^(?:(?:" + _ALT(FILLERS + ("cioè", "cioe")) + r")\b[,.]*\s*)+", re.I)
HESIT_RX = re.compile(r"(?:,\s*)?\b(?:" + _ALT(FILLERS + HESITATIONS) + r")\b,?", re.I)
FIX_RX = re.compile(r",?\s*\b(?:no,?\s+scusa|anzi|cioè|cioe|ho\s+sbagliato)\b,?\s*", re.I)


def _match(toks: list[str], i: int, table: dict) -> tuple[tuple, int] | None:
    for n in range(min(MAX_PHRASE, len(toks) - i), 0, -1):
        key = tuple(t.lower() for t in toks[i:i + n])
        if key in table:
            return table[key], n
    return None


def _cased(tok: str, case: str | None) -> str:
    if case == "cap":
        return tok[:1].upper() + tok[1:]
    if case == "upper":
        return tok.upper()
    return tok


def _proto_words(text: str) -> list[str]:
    toks = [t.strip(",.;:!?").lower() for t in text.split()]
    toks = [t for t in toks if t]
    words = [""]
    case = None
    i = 0
    while i < len(toks):
        hit = _match(toks, i, PROTO_TABLE)
        if hit:
            (kind, sym), n = hit
            i += n
            if kind == "sep":
                words.append("")
            elif kind in ("cap", "upper"):
                case = kind
            else:
                words[-1] += sym
            continue
        words[-1] += _cased(toks[i], case)
        case = None
        i += 1
    return words


def _nat_words(text: str) -> list[str]:
    toks = text.split()
    words: list[str] = []
    glue = False
    case = None
    i = 0
    while i < len(toks):
        hit = _match(toks, i, NAT_TABLE)
        if hit:
            (kind, sym), n = hit
            i += n
            if kind in ("cap", "upper"):
                case = kind
            elif kind == "alone":
                words.append(sym)
                glue = False
            elif kind == "prefix" and not (glue and words):
                words.append(sym)
                glue = True
            elif not words:
                words.append(sym)
                glue = kind != "suffix"
            else:
                words[-1] += sym
                glue = kind != "suffix"
            continue
        tok = _cased(toks[i], case)
        case = None
        if glue and words:
            words[-1] += tok
        else:
            words.append(tok)
        glue = False
        i += 1
    return words


def _corrected(text: str, reader) -> list[str]:
    segments = FIX_RX.split(text)
    words = reader(segments[0])
    for seg in segments[1:]:
        words = words[:-1] + reader(seg)
    return words


def _is_protocol(text: str) -> bool:
    return any(t.strip(",.;:!?").lower() in SEPARATORS for t in text.split())


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    text = ASIDE_RX.sub(" ", line).strip()
    text = TRAIL_RX.sub("", text)
    parts = RESTART_RX.split(text)
    text = parts[-1].strip()
    text = LEAD_RX.sub("", text)
    text = HESIT_RX.sub(" ", text).replace("...", " ")
    text = re.sub(r"\s+", " ", text).strip()
    if not _is_protocol(text):
        for rx in TEMPLATE_RX:
            m = rx.fullmatch(text)
            if m:
                return " ".join(_corrected(m.group("cmd"), _nat_words))
    return " ".join(_corrected(text, _proto_words))


# --------------------------------------------------------------------------- speaker
def _pronounceable(run: str) -> bool:
    has_vowel = any(c in "aeiouy" for c in run)
    return has_vowel and (len(run) >= 4 or run in SHORT_WORDS)


class Speaker:
    """Giulia's mouth: renders commands in protocol or natural form."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # ---- protocol
    def _say_lower(self, run: str, fuzzy: bool, state: dict) -> str:
        if not _pronounceable(run):
            return " ".join(run)
        if fuzzy and state.get("split", 0) > 0 and len(run) >= 7:
            state["split"] -= 1
            cut = self.rng.randint(3, len(run) - 3)
            return f"{run[:cut]} {run[cut:]}"
        return run

    def _case_words(self, fuzzy: bool) -> tuple[str, str]:
        if fuzzy:
            return self.rng.choice(CAP_WORDS), self.rng.choice(UPPER_PHRASES)
        return "maiuscolo", "tutto maiuscolo"

    def _say_alpha(self, run: str, fuzzy: bool, state: dict) -> str:
        out = []
        for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run):
            cap, upper = self._case_words(fuzzy)
            low = part.lower()
            if part.islower():
                out.append(self._say_lower(part, fuzzy, state))
            elif len(part) == 1:
                out.append(f"{cap} {low}")
            elif part.isupper():
                if _pronounceable(low):
                    out.append(f"{upper} {low}")
                else:
                    out.extend(f"{cap} {c}" for c in low)
            elif _pronounceable(low):
                out.append(f"{cap} {low}")
            else:
                out.append(f"{cap} {low[0]} " + " ".join(low[1:]))
        return " ".join(out)

    def _say_symbol(self, sym: str, fuzzy: bool) -> str:
        if fuzzy and sym in FUZZY_NAMES and self.rng.random() < 0.5:
            return self.rng.choice(FUZZY_NAMES[sym])
        if sym == "/" and self.rng.random() < 0.3:
            return "slash"
        return CLEAN_NAMES[sym]

    def proto_word(self, word: str, fuzzy: bool = False, state: dict | None = None) -> str:
        state = state if state is not None else {}
        out = []
        for piece in re.findall(r"--|[A-Za-z]+|[0-9]+|.", word):
            if piece[0].isalpha():
                out.append(self._say_alpha(piece, fuzzy, state))
            elif piece[0].isdigit():
                if fuzzy and self.rng.random() < 0.45:
                    out.append(piece)
                else:
                    out.append(" ".join(DIGIT_WORDS[int(c)] for c in piece))
            elif piece in CLEAN_NAMES:
                out.append(self._say_symbol(piece, fuzzy))
            else:
                raise ValueError(piece)
        return " ".join(out)

    def clean(self, cmd: str) -> str:
        return " space ".join(self.proto_word(w) for w in cmd.split(" "))

    def fuzzy(self, cmd: str) -> str:
        rng = self.rng
        state = {"split": 1 if rng.random() < 0.4 else 0}
        spoken = [self.proto_word(w, True, state) for w in cmd.split(" ")]
        text = spoken[0]
        for word in spoken[1:]:
            sep = rng.choices(("space", "space,", "spazio"), (55, 25, 20))[0]
            text += f" {sep} {word}"
        if rng.random() < 0.6:
            text = text[:1].upper() + text[1:]
        if rng.random() < 0.5:
            text += "."
        if text[:1].islower() and not text.endswith(".") and "," not in text:
            text = text[:1].upper() + text[1:] + "."
        return text

    # ---- natural
    @staticmethod
    def literal_ok(word: str) -> bool:
        low = word.lower()
        if (low,) in NAT_TABLE or (low,) in PROTO_TABLE or low in FILLERS + HESITATIONS:
            return False
        if low in ("no", "anzi", "cioè", "scusa", "da", "capo", "ricomincio"):
            return False
        if re.search(r"[\"'(){}\[\];|<>&*%?!$\\^]", word) or word in ("-", "--"):
            return False
        return word[-1] not in ".,:"

    def _nat_case(self, part: str) -> str:
        if part.isalpha() and not part.islower() and self.rng.random() < 0.5:
            if part.isupper():
                return ("maiuscolo " if len(part) == 1 else "tutto maiuscolo ") + part.lower()
            if part[0].isupper() and part[1:].islower():
                return "maiuscolo " + part.lower()
        return part

    def nat_spoken(self, word: str) -> str | None:
        if word in NAT_ALONE:
            return NAT_ALONE[word]
        pre: list[str] = []
        post: list[str] = []
        w = word
        if w.startswith("--"):
            pre.append("doppio trattino")
            w = w[2:]
        elif w.startswith("-"):
            pre.append("trattino")
            w = w[1:]
        if w[:1] in NAT_PREFIX:
            pre.append(NAT_PREFIX[w[0]])
            w = w[1:]
        if w.startswith("~"):
            pre.append("tilde")
            w = w[1:]
        while w and w[-1] in NAT_SUFFIX:
            post.insert(0, NAT_SUFFIX[w[-1]])
            w = w[:-1]
        parts = re.split(r"([./@=:_*+%#])", w)
        if parts[0] == "" and len(parts) > 1 and not pre:
            return None
        out = []
        for k, part in enumerate(parts):
            if k % 2:
                name = NAT_JOIN[part]
                if part == "/" and self.rng.random() < 0.3:
                    name = "slash"
                out.append(name)
            elif part:
                if not re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", part):
                    return None
                out.append(self._nat_case(part))
        if not out and not pre and not post:
            return None
        return " ".join(pre + out + post)

    def nat_word(self, word: str, p_literal: float) -> str | None:
        ok = self.literal_ok(word)
        if ok and self.rng.random() < p_literal:
            return word
        spoken = self.nat_spoken(word)
        if spoken is None:
            return word if ok else None
        return spoken

    def nat_words(self, words: list[str], p_literal: float) -> list[str] | None:
        out = []
        for w in words:
            said = self.nat_word(w, p_literal)
            if said is None:
                return None
            out.append(said)
        return out


def _why(desc: str) -> str | None:
    d = desc.split(" (")[0]
    d = re.split(r"[.;:]\s|, e\.g\.", d)[0].strip().rstrip(".")
    if not d or len(d) > 62 or re.search(r"\b(space|spazio|da capo|ricomincio)\b", d, re.I):
        return None
    if re.search(r"[\"<>]", d):
        return None
    if not (len(d) > 1 and d[1].isupper()):
        d = d[0].lower() + d[1:]
    return d


def _fill(template: str, cmd_text: str, vp: str, reason: str) -> str:
    return (template.replace("{cmd}", cmd_text).replace("{vp}", vp)
            .replace("{Vp}", vp[:1].upper() + vp[1:]).replace("{for}", reason)
            .replace("{For}", reason[:1].upper() + reason[1:]))


def _tool(cmd: str) -> str:
    toks = cmd.split()
    return toks[1] if toks[0] == "sudo" and len(toks) > 1 else toks[0]


def _wrong(word: str, rng: random.Random, pool: list[str]) -> str:
    m = re.fullmatch(r"(-{1,2})([a-z])", word)
    if m:
        letters = [c for c in "abcdefghilmnoprstuvxz" if c != m.group(2)]
        return m.group(1) + rng.choice(letters)
    digits = [i for i, c in enumerate(word) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        return word[:i] + rng.choice([d for d in "0123456789" if d != word[i]]) + word[i + 1:]
    vowels = [i for i, c in enumerate(word) if c in "aeiou" and 0 < i]
    if len(word) >= 3 and word.isalpha() and vowels:
        i = rng.choice(vowels)
        swap = {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o"}[word[i]]
        return word[:i] + swap + word[i + 1:]
    near = [w for w in pool if w[0] == word[:1] and w != word]
    choice = rng.choice(near or pool)
    return choice if choice != word else choice + "s"


# --------------------------------------------------------------------------- generator
class Author:
    def __init__(self, rng: random.Random, rows: list[dict]) -> None:
        self.rng = rng
        self.say = Speaker(rng)
        self.rows = rows
        self.pool = sorted({w for r in rows for w in r["command"].split()
                            if re.fullmatch(r"[a-z]{3,9}", w)})
        self.deck: list[int] = []

    def _template(self) -> int:
        if not self.deck:
            self.deck = list(range(len(TEMPLATES)))
            self.rng.shuffle(self.deck)
        return self.deck.pop()

    def _reasons(self, desc: str) -> tuple[str, str]:
        vp = _why(desc)
        if vp is None:
            vp = self.rng.choice(("check it", "see what happens", "fix the alert",
                                  "close the ticket", "test it before the deploy"))
        return vp, self.rng.choice(REASONS)

    def _filler(self, text: str) -> str:
        lead = self.rng.choice(("Allora, ", "Dunque, ", "Ecco, ", "Allora... ", "Cioè, ",
                                "Vabbè, "))
        if re.match(r"I\b", text):
            return lead + text
        return lead + text[:1].lower() + text[1:]

    # ---- clean / fuzzy
    def clean(self, row: dict) -> str:
        return self.say.clean(row["command"])

    def fuzzy(self, row: dict) -> str:
        return self.say.fuzzy(row["command"])

    # ---- natural
    def natural(self, row: dict) -> str | None:
        rng = self.rng
        words = row["command"].split(" ")
        said = self.say.nat_words(words, rng.choice((0.35, 0.6, 0.85)))
        if said is None:
            return None
        vp, reason = self._reasons(row["description"])
        text = _fill(TEMPLATES[self._template()], " ".join(said), vp, reason)
        if rng.random() < 0.3:
            text = self._filler(text)
        return text

    # ---- chaotic
    def _fix(self, spoken: list[str], words: list[str], render, sep: str) -> str | None:
        rng = self.rng
        i = rng.randrange(len(words))
        wrong = _wrong(words[i], rng, self.pool)
        wrong_said = render(wrong)
        if wrong_said is None:
            return None
        marker = rng.choice((", no, scusa, ", ", anzi, ", " anzi ", " cioè ", ", cioè, ",
                             "... no, scusa, ", ", ho sbagliato, "))
        return sep.join(spoken[:i] + [wrong_said]) + marker + sep.join(spoken[i:])

    def _restart(self, partial: str) -> str:
        marker = self.rng.choice(("... no, scusa, ricomincio da capo. ",
                                  ", ho sbagliato, ricomincio: ", "... aspetta, da capo. ",
                                  ". No no, ricomincio. "))
        return partial + marker

    def chaotic(self, row: dict) -> str | None:
        rng = self.rng
        cmd = row["command"]
        words = cmd.split(" ")
        protocol = rng.random() < 0.35
        if protocol:
            fuzzy = rng.random() < 0.3
            spoken = [self.say.proto_word(w, fuzzy) for w in words]
            sep = " space "

            def render(w: str) -> str:
                return self.say.proto_word(w, fuzzy)
        else:
            p_lit = rng.choice((0.4, 0.7))
            said = self.say.nat_words(words, p_lit)
            if said is None:
                return None
            spoken = said
            sep = " "

            def render(w: str) -> str | None:
                return self.say.nat_word(w, p_lit)
        if len(spoken) > 1 and rng.random() < 0.55:
            k = rng.randrange(1, len(spoken))
            spoken = list(spoken)
            spoken[k] = rng.choice(("ehm, ", "uhm, ", "... ", "ehm... ")) + spoken[k]
        mode = rng.choice(("fix", "fix", "restart", "both"))
        body = sep.join(spoken)
        if mode in ("fix", "both"):
            body = self._fix(spoken, words, render, sep)
            if body is None:
                return None
        if protocol:
            text = body
            head = ""
        else:
            vp, reason = self._reasons(row["description"])
            template = TEMPLATES[self._template()]
            text = _fill(template, body, vp, reason)
            head = template.split("{cmd}")[0]
            head = _fill(head, "", vp, reason)
        if mode in ("restart", "both"):
            k = rng.randint(1, max(1, len(spoken) - 1))
            partial = sep.join(spoken[:k])
            if rng.random() < 0.5 and k < len(words):
                wrong = render(_wrong(words[k], rng, self.pool))
                if wrong is not None:
                    partial += sep + wrong
            text = self._restart(head + partial) + text
        if rng.random() < 0.45:
            text = self._filler(text)
        if rng.random() < 0.35:
            aside = rng.choice(ASIDES)
            text = aside[:1].upper() + aside[1:] + ". " + text
        if rng.random() < 0.35:
            trail = rng.choice(TRAILS)
            end = "... " if protocol else " "
            text = text + end + trail[:1].upper() + trail[1:] + "."
        return text

    def build(self) -> dict[str, list[dict]]:
        order = ("natural", "chaotic", "clean", "fuzzy")
        rows = list(self.rows)
        self.rng.shuffle(rows)
        used: set[str] = set()
        tools: Counter[str] = Counter()
        out: dict[str, list[dict]] = {s: [] for s in SLICES}
        for name in order:
            maker = getattr(self, name)
            for row in rows:
                if len(out[name]) == PER_SLICE:
                    break
                cmd = row["command"]
                if cmd in used or tools[_tool(cmd)] >= 2:
                    continue
                for _ in range(6):
                    line = maker(row)
                    if line is not None and decode(line) == cmd:
                        break
                else:
                    continue
                used.add(cmd)
                tools[_tool(cmd)] += 1
                out[name].append({"input": line, "command": cmd, "slice": name,
                                  "author": AUTHOR})
            if len(out[name]) != PER_SLICE:
                raise SystemExit(f"slice {name}: only {len(out[name])} lines")
        return out


def _load() -> list[dict]:
    rows = []
    seen = set()
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6 != 3:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (cmd in seen or not cmd.isascii() or len(cmd) > 80 or "\n" in cmd
                    or "\t" in cmd or "  " in cmd or cmd != cmd.strip()):
                continue
            seen.add(cmd)
            rows.append({"command": cmd, "description": row["description"]})
    return rows


def main() -> None:
    rng = random.Random(48)
    out = Author(rng, _load()).build()
    with OUT.open("w", encoding="utf-8") as fh:
        for name in SLICES:
            for item in out[name]:
                assert decode(item["input"]) == item["command"]
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {sum(len(v) for v in out.values())} lines to {OUT}")


if __name__ == "__main__":
    main()
