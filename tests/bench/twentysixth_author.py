#!/usr/bin/env python3
"""Independent voice-to-bash evaluation set, author26: "Mick", Melbourne DevOps, Australian English.

Writes assets/training/bash/author26.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic). Commands are the "command" field of assets/training/bash/train.jsonl, lines whose
0-based number % 7 == 4; the "why" Mick gives in natural/chaotic lines is the plain-English
"description" from assets/training/bash/corpus.jsonl. Both derive from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the tldr-pages authors.

Deterministic: one random.Random(26), consumed in a fixed order; standard library only.

STYLE GUIDE (persona, vocabulary, listener rules)
=================================================

Persona. Mick is a DevOps engineer in a noisy Melbourne open-plan office, dictating to a
Whisper-backed app. Australian English: "righto", "no worries", "reckon", "mate", "she'll be
right", "too easy", "just chuck in", "can you whack in". Whisper mishears his tool names, so he
corrects or spells them.

Symbol names (canonical, used in clean): dash (-), dash dash (--), dot (.), slash (/), tilde (~),
pipe (|), star (*), hash (#), at (@), colon (:), equals (=), underscore (_), quote ("),
single quote ('), greater than (>), less than (<), comma (,), semicolon (;), ampersand (&),
dollar ($), percent (%), plus (+), open/close paren ( ), open/close brace { },
open/close bracket [ ], bang (!), question mark (?), caret (^), backslash, backtick.
Looser synonyms (fuzzy and later): minus / hyphen (-), double dash / minus minus (--),
period / point / full stop (.), forward slash (/), asterisk (*), at sign (@),
equal sign / equals sign (=), under score (_), double quote ("), apostrophe ('),
vertical bar (|), squiggle (~), hashtag (#), dollar sign ($), percent sign (%),
exclamation mark (!), and sign (&), greater than sign (>), semi colon (;).

Digits: one digit word each ("eight zero eight zero" = 8080); Whisper may also write digits.
Case: "capital x" capitalises the next word or letter ("capital job" = Job); "all caps id"
upper-cases the next word (ID). A word that collides with the vocabulary (e.g. "one", "pipe",
"dot") is spelled letter by letter, as Whisper writes it: "o-n-e".

Known Whisper mishearings (the listener maps them back, any slice): "cube control" = kubectl,
"engine x" = nginx, "post gress" = postgres, "sequel" = sql, "jason" = json, "pie" = py,
"tee mux" = tmux, "see url" = curl, "system d" = systemd, and "get" = git when it is the first
word of the command. A spelled word right after the same word is only a clarification
("cube control, k-u-b-e-c-t-l" = kubectl once).

Slices.
- clean: protocol only. Every command space is the word "space"; everything else is
  concatenated. "git space stash space pop". No punctuation, no framing.
- fuzzy: the same protocol with synonyms, "space," with Whisper commas, a capitalised first
  word, a final full stop, some numbers as digits, some long words split in two (the protocol
  concatenates, so "shell check" = shellcheck), the odd known mishearing.
- natural: "space" is never said. Whisper writes words, digits, flags and file names as text
  ("-la", "config.yaml", "~/src"); Mick names the other symbols. Framed by Mick's sentences.
- chaotic: natural or protocol speech plus at least one correction or restart.

Correction markers. Word/flag scope: "nah", "yeah nah", "sorry mate", "hang on", "I mean",
"let me spell it" -- each throws away the last command token said (back to the previous
command space), and what follows replaces it. Whole-command scope: "scrap that",
"start again", "from the top", "not that, the other one" -- everything before is dropped.
"nah yeah" is Aussie for "yes": a hesitation, nothing is dropped. Hesitations (um, uh, er,
erm, ah) and asides ("it's bloody loud in here", "one sec", "where was I", "bear with me",
"the coffee machine's going off again", "sorry, Dave's on the phone") are ignored.

LISTENER (decode):
1. Drop asides, hesitations and "nah yeah"; keep only the text after the last whole-command
   marker.
2. Command start: right after the first cue phrase (chuck in, whack in, punch in, pop in,
   bang in, stick in, type in, reckon we run, go with, just run, what we want is,
   next one's, reckon it's, the command's, give it); then drop leading interjections that
   Whisper ended with punctuation (righto, right, okay, ok, alright, mate, no worries,
   too easy, yeah, so, quick one, g'day, cheers).
3. Command end: the first tail -- punctuation then mate / cheers / too easy / she'll be right /
   no worries / ta / thanks / I reckon / and that / that'll / that should / which should /
   so we / so I / so it / so that / cos / because; or "for me", "please", "and hit enter",
   "and she'll be right", "would ya", "in the terminal", "if you can", "so we can", "so I can".
4. Whisper punctuation is not command text: commas go, a . ? ! before a space or at the end
   goes. A sentence-case first word ("Git", "Dash") is lower-cased; "VBoxManage" stays.
5. If the word "space" occurs, it is protocol: "space" = one space, every other piece joins
   with no space. Otherwise natural: pieces are space-separated, except that dot, slash,
   colon, at, equals, underscore, comma, percent, caret, backslash join both sides; dash,
   dash dash, tilde, dollar, hash, plus, bang and opening brackets join the next piece;
   closing brackets, semicolon and question mark join the previous one; quotes open (join
   next) and close (join previous) in turn; consecutive digit words form one number; pipe,
   greater than, less than, ampersand, star and backtick stand alone.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "assets" / "training" / "bash" / "train.jsonl"
CORPUS = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author26.jsonl"
AUTHOR = "author26"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

SYMBOLS = {
    "dash": "-", "dash dash": "--", "dot": ".", "slash": "/", "tilde": "~", "pipe": "|",
    "star": "*", "hash": "#", "at": "@", "colon": ":", "equals": "=", "underscore": "_",
    "quote": '"', "single quote": "'", "greater than": ">", "less than": "<", "comma": ",",
    "semicolon": ";", "ampersand": "&", "dollar": "$", "percent": "%", "plus": "+",
    "open paren": "(", "close paren": ")", "open brace": "{", "close brace": "}",
    "open bracket": "[", "close bracket": "]", "bang": "!", "question mark": "?",
    "caret": "^", "backslash": "\\", "backtick": "`",
}
SYNONYMS = {
    "minus": "-", "hyphen": "-", "double dash": "--", "minus minus": "--", "period": ".",
    "point": ".", "full stop": ".", "forward slash": "/", "asterisk": "*", "at sign": "@",
    "equal sign": "=", "equals sign": "=", "under score": "_", "double quote": '"',
    "apostrophe": "'", "vertical bar": "|", "squiggle": "~", "hashtag": "#",
    "dollar sign": "$", "percent sign": "%", "exclamation mark": "!", "and sign": "&",
    "greater than sign": ">", "semi colon": ";",
}
CHAR_NAME = {v: k for k, v in SYMBOLS.items() if len(v) == 1}
FUZZY_NAMES: dict[str, list[str]] = {}
for _name, _ch in SYNONYMS.items():
    if len(_ch) == 1:
        FUZZY_NAMES.setdefault(_ch, []).append(_name)
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MISHEAR = {
    "cube control": "kubectl", "engine x": "nginx", "post gress": "postgres", "sequel": "sql",
    "jason": "json", "pie": "py", "tee mux": "tmux", "see url": "curl", "system d": "systemd",
}
MISHEAR_OUT = {v: k for k, v in MISHEAR.items()}
MARKERS = ("nah", "yeah nah", "sorry mate", "hang on", "i mean", "let me spell it")

PHRASES: dict[str, tuple[str, str]] = {"space": ("space", " ")}
for _name, _ch in {**SYMBOLS, **SYNONYMS}.items():
    PHRASES[_name] = ("sym", _ch)
for _i, _w in enumerate(DIGITS):
    PHRASES[_w] = ("digit", str(_i))
PHRASES["capital"] = ("mod", "cap")
PHRASES["all caps"] = ("mod", "caps")
for _m in MARKERS:
    PHRASES[_m] = ("marker", "")
for _k, _v in MISHEAR.items():
    PHRASES[_k] = ("word", _v)
FILLERS = {"um", "uh", "er", "erm", "ah"}
RESERVED = {p for p in PHRASES if " " not in p} | FILLERS

INFIX = set("./:@=_,%^\\")
PREFIX = set("-~$#+([{!") | {"--"}
SUFFIX = set(")]};?")

ASIDES = (
    "it's bloody loud in here", "one sec", "where was I", "bear with me",
    "the coffee machine's going off again", "sorry, Dave's on the phone",
)
ASIDE_RES = [re.compile(r"[,.]?\s*" + re.escape(a) + r"[,.!]?", re.I) for a in ASIDES]
FILLER_RE = re.compile(r"\b(?:um+|uh+|erm|er|ah+)\b[,.]?", re.I)
NAH_YEAH_RE = re.compile(r"\bnah,?\s+yeah\b[,.]?", re.I)
RESTART_RE = re.compile(
    r"\b(?:scrap that|start again|from the top|not that,? the other one)\b[,.:!]?", re.I)
CUES = (
    "chuck in", "whack in", "punch in", "pop in", "bang in", "stick in", "type in",
    "reckon we run", "go with", "just run", "what we want is", "next one's", "reckon it's",
    "the command's", "give it",
)
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")\b[,:]?\s*", re.I)
LEAD_RE = re.compile(
    r"^(?:righto|right|okay|ok|alright|mate|no worries|too easy|yeah|so|quick one|g'day|cheers)"
    r"(?:\s+mate)?[,.!:]\s*", re.I)
END_RE = re.compile(
    r"[,.!?]\s+(?:mate|cheers|too easy|she'll be right|no worries|ta|thanks|i reckon|and that|"
    r"that'll|that should|which should|so we|so i|so it|so that|cos|because)\b"
    r"|\s+(?:for me|please|and hit enter|and she'll be right|would ya|in the terminal|"
    r"if you can|so we can|so i can)\b", re.I)
SPELL_RE = re.compile(r"^[A-Za-z](?:-[A-Za-z])+$")


def _items(words: list[str]) -> list[tuple[str, str]]:
    """Turn transcript words into (kind, value) pieces, longest vocabulary phrase first."""
    items: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + n]).lower()
            if len(words[i:i + n]) == n and phrase in PHRASES:
                items.append(PHRASES[phrase])
                i += n
                break
        else:
            w = words[i]
            if SPELL_RE.match(w):
                items.append(("spelled", w.replace("-", "").lower()))
            else:
                items.append(("word", w))
            i += 1
    return items


def decode(line: str) -> str:
    """The careful listener of the guide above: transcript -> command."""
    t = " ".join(line.split())
    for rx in ASIDE_RES:
        t = rx.sub(" ", t)
    t = FILLER_RE.sub(" ", t)
    t = NAH_YEAH_RE.sub(" ", t)
    t = RESTART_RE.split(t)[-1].strip(" ,.:!")
    m = CUE_RE.search(t)
    if m:
        t = t[m.end():]
    t = t.strip()
    while m := LEAD_RE.match(t):
        t = t[m.end():].strip()
    m = END_RE.search(t)
    if m:
        t = t[:m.start()]
    t = re.sub(r"[.?!]+$", "", t.strip())
    t = t.replace(",", " ")
    t = re.sub(r"[.?!]+(?=\s)", " ", t)
    words = t.split()
    if not words:
        return ""
    w0 = words[0]
    if w0[:1].isupper() and not any(c.isupper() for c in w0[1:]):
        words[0] = w0[0].lower() + w0[1:]
    protocol = any(w.lower() == "space" for w in words)
    out = ""
    prev_gr = True
    prev_kind = ""
    last_word: str | None = None
    mod = ""
    quote_open = {'"': False, "'": False, "`": False}
    for kind, val in _items(words):
        if kind == "marker":
            out = out.rstrip()
            cut = out.rfind(" ")
            out = out[:cut + 1] if cut >= 0 else ""
            prev_gr, prev_kind, last_word, mod = True, "", None, ""
            continue
        if kind == "mod":
            mod = val
            continue
        if kind == "space":
            out += " "
            prev_gr, prev_kind, last_word = True, "space", None
            continue
        gl = gr = False
        text = val
        if kind in ("word", "spelled"):
            if kind == "spelled" and last_word is not None and last_word.lower() == val:
                continue
            if kind == "word" and val.lower() == "get" and not out.strip():
                text = "git"
            if mod == "cap":
                text = text[:1].upper() + text[1:]
            elif mod == "caps":
                text = text.upper()
            mod = ""
        elif kind == "digit":
            gl = prev_kind == "digit"
        else:  # symbol
            if val in ('"', "'", "`"):
                gl, gr = quote_open[val], not quote_open[val]
                quote_open[val] = not quote_open[val]
            elif val in INFIX:
                gl = gr = True
            elif val in PREFIX:
                gr = True
            elif val in SUFFIX:
                gl = True
        if not protocol and out and not out.endswith(" ") and not prev_gr and not gl:
            out += " "
        out += text
        prev_gr, prev_kind = gr, kind
        last_word = text if kind in ("word", "spelled") else None
    return out.strip()


# ---------------------------------------------------------------- encoders (the speaker)

UNIT_RE = re.compile(r"( )|([A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+)|([0-9]+)|(--|.)")
CHUNK_RE = re.compile(r"([A-Za-z0-9]+(?:[-~][A-Za-z0-9]+)*)|(--)|(.)")
LIT_RE = re.compile(r"^(?:--?)?[A-Za-z0-9~/][A-Za-z0-9._/~:+-]*$")
CURATED = {
    "sudo": "pseudo", "conda": "condor", "yadm": "yadam", "rubocop": "robocop",
    "pueue": "phooey", "dolt": "dalt", "helm": "helmet", "hledger": "ledger", "mvn": "maven",
    "jj": "jay", "npm": "NPN", "gcloud": "cloud", "glab": "glad", "ssh": "SSH",
}
DOUBLE_DASH = ("double dash", "minus minus", "dash dash")
COMMON = set(
    "shell check data base file name list line time info key dir path work space man view "
    "build load code config server client port host test plug ins type script tool box tree "
    "stat status pass word user group net network mount store link lock sync cache flow "
    "log logs grep search hub lab type sign mail fetch chat play note notes read write edit "
    "image photo back up down run start stop make pack age desk top book mark ring lint".split()
)
SOUND_SWAPS = (("ck", "k"), ("ph", "f"), ("x", "cks"), ("k", "c"), ("c", "k"), ("y", "i"),
               ("oo", "u"), ("z", "s"), ("s", "z"), ("i", "y"), ("e", "a"))


def spell(word: str) -> str:
    return "-".join(word.lower())


def proto_words(cmd: str, rng: random.Random | None) -> list[str] | None:
    """Protocol speech; rng None = clean, else fuzzy slips."""
    words: list[str] = []
    first = True
    for m in UNIT_RE.finditer(cmd):
        sp, al, dg, ch = m.groups()
        if sp:
            words.append("space," if rng and rng.random() < 0.25 else "space")
            first = False
            continue
        if al:
            low = al.lower()
            if rng and al.islower() and low in MISHEAR_OUT and rng.random() < 0.5:
                words.extend(MISHEAR_OUT[low].split())
            elif rng and first and low == "git" and rng.random() < 0.5:
                words.append("get")
            elif low in RESERVED or (first and low == "get"):
                words.append(spell(low))
            else:
                if al.islower():
                    body = [low]
                    cuts = [k for k in range(3, len(low) - 2)
                            if low[:k] in COMMON or low[k:] in COMMON]
                    if rng and cuts and rng.random() < 0.5:
                        cut = rng.choice(cuts)
                        body = [low[:cut], low[cut:]]
                    words.extend(body)
                elif len(al) == 1 or al[1:].islower():
                    words.extend(["capital", low])
                else:
                    words.extend(["all", "caps", low])
        elif dg:
            if rng and rng.random() < 0.4:
                words.append(dg)
            else:
                words.extend(DIGITS[int(d)] for d in dg)
        elif ch == "--":
            words.append(rng.choice(DOUBLE_DASH) if rng and rng.random() < 0.5 else "dash dash")
        elif ch:
            if ch not in CHAR_NAME:
                return None
            name = CHAR_NAME[ch]
            if rng and ch in FUZZY_NAMES and rng.random() < 0.5:
                name = rng.choice(FUZZY_NAMES[ch])
            words.append(name)
        first = False
    return words


def clean_line(cmd: str) -> str | None:
    words = proto_words(cmd, None)
    return " ".join(words) if words else None


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    words = proto_words(cmd, rng)
    if not words:
        return None
    if rng.random() < 0.6:
        words[0] = words[0][:1].upper() + words[0][1:]
    text = " ".join(words)
    if rng.random() < 0.5:
        text += "."
    return text


def mishear(tok: str) -> str | None:
    if tok in MISHEAR_OUT:
        return MISHEAR_OUT[tok]
    if tok == "git":
        return "get"
    if tok in CURATED:
        return CURATED[tok]
    for a, b in SOUND_SWAPS:
        if a in tok:
            return tok.replace(a, b, 1).capitalize()
    return None


def natural_token(tok: str, rng: random.Random, is_tool: bool) -> str | None:
    """One command token as Mick says it and Whisper writes it (no 'space')."""
    if is_tool and tok in MISHEAR_OUT and rng.random() < 0.4:
        heard = MISHEAR_OUT[tok]
        return f"{heard}, {spell(tok)}" if rng.random() < 0.5 else heard
    if is_tool and tok == "git" and rng.random() < 0.3:
        return "get"
    if (LIT_RE.match(tok) and not tok.endswith(".") and tok.lower() not in RESERVED
            and not SPELL_RE.match(tok) and rng.random() < 0.6):
        return tok
    words: list[str] = []
    for m in CHUNK_RE.finditer(tok):
        chunk, dd, sym = m.groups()
        if dd:
            words.append("dash dash")
        elif sym:
            if sym not in CHAR_NAME:
                return None
            words.append(CHAR_NAME[sym])
        else:
            low = chunk.lower()
            if chunk in MISHEAR_OUT and rng.random() < 0.35:
                words.append(MISHEAR_OUT[chunk])
            elif low in RESERVED or SPELL_RE.match(chunk) or (is_tool and low == "get"):
                if not chunk.isalpha():
                    return None
                words.append(spell(chunk))
            elif chunk.isdigit() and len(chunk) <= 4 and rng.random() < 0.2:
                words.extend(DIGITS[int(d)] for d in chunk)
            else:
                words.append(chunk)
    return " ".join(words)


def tool_index(tokens: list[str]) -> int:
    return 1 if tokens[0] == "sudo" and len(tokens) > 1 else 0


def tool_of(cmd: str) -> str:
    tokens = cmd.split(" ")
    return tokens[tool_index(tokens)]


def natural_pieces(cmd: str, rng: random.Random) -> list[str] | None:
    tokens = cmd.split(" ")
    ti = tool_index(tokens)
    pieces = []
    for i, tok in enumerate(tokens):
        p = natural_token(tok, rng, i == ti)
        if p is None:
            return None
        pieces.append(p)
    return pieces


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


NAT_FRAMES = (
    "Righto, just chuck in {c}.",
    "Can you whack in {c}, mate?",
    "No worries, I reckon we run {c}.",
    "{C}. She'll be right.",
    "Mate, punch in {c}, too easy.",
    "I need to {d}, so can you whack in {c}?",
    "{C}, so we can {d}.",
    "Let's go with {c}, cheers.",
    "Next one's {c}.",
    "Righto mate, type in {c} and hit enter.",
    "Quick one, {c}, ta.",
    "Reckon it's {c}, she'll be right.",
    "Can you pop in {c} for me?",
    "Too easy. {C}.",
    "To {d}, just chuck in {c}.",
    "Just run {c}, mate.",
    "Okay, what we want is {c}.",
    "Bang in {c} and she'll be right.",
    "{C}, no worries.",
    "Alright, the command's {c}, that'll {d}.",
    "Stick in {c}, would ya?",
    "G'day, can you whack in {c} please?",
    "We've gotta {d}. Righto, give it {c}, cheers mate.",
    "{C}, cos we need to {d}.",
    "Yeah, next one's {c}, thanks.",
)
CHAOS_LEADS = ("", "", "Righto, ", "Okay mate, um, ", "Can you whack in ", "Just chuck in ",
               "Uh, righto, punch in ", "Righto, nah yeah, chuck in ", "Mate, type in ")
CHAOS_TAILS = ("", ".", ", cheers.", ", mate.", ". She'll be right.",
               ", and that should do it, I reckon.", ", too easy.", "?")
TOKEN_MARKERS = ("nah", "sorry mate", "hang on", "yeah nah", "I mean")
RESTARTS = ("nah, scrap that", "sorry mate, start again", "nah, not that, the other one",
            "hang on, from the top", "yeah nah, scrap that")
SIBLINGS = ("status", "list", "start", "show", "init", "push", "run", "add", "info", "stop")


def wrong_token(tok: str, rng: random.Random) -> str:
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([c for c in "alvrxf" if c != tok[1]])
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        return "--" + rng.choice([w for w in ("force", "all", "verbose", "help") if w != tok[2:]])
    if tok.isdigit():
        return str(int(tok) + rng.randint(1, 9))
    if "/" in tok or "." in tok:
        return rng.choice(["docs", "~/src", "/tmp", "notes.txt"])
    return rng.choice([w for w in SIBLINGS if w != tok])


def describe(desc: str | None) -> str | None:
    if not desc or not desc.isascii():
        return None
    d = desc.strip().rstrip(".")
    return d[:1].lower() + d[1:]


def natural_line(cmd: str, desc: str | None, rng: random.Random) -> str | None:
    pieces = natural_pieces(cmd, rng)
    if pieces is None:
        return None
    c = " ".join(pieces)
    frame = rng.choice(NAT_FRAMES)
    d = describe(desc)
    if "{d}" in frame and d is None:
        return None
    return frame.format(c=c, C=sentence_case(c), d=d or "")


def chaotic_line(cmd: str, desc: str | None, rng: random.Random) -> str | None:
    tokens = cmd.split(" ")
    protocol = rng.random() < 0.3
    if protocol:
        pieces = []
        for tok in tokens:
            w = proto_words(tok, rng if rng.random() < 0.5 else None)
            if not w:
                return None
            pieces.append(" ".join(w))
        sep = " space "
    else:
        maybe = natural_pieces(cmd, rng)
        if maybe is None:
            return None
        pieces = maybe
        sep = " "

    def say(tok: str) -> str | None:
        if protocol:
            w = proto_words(tok, None)
            return " ".join(w) if w else None
        return natural_token(tok, rng, False)

    kind = rng.choice(("token", "token", "spell", "restart", "restart"))
    ti = tool_index(tokens)
    if kind == "spell":
        heard = mishear(tokens[ti]) if re.fullmatch(r"[a-z]{2,}", tokens[ti]) else None
        if heard is None:
            kind = "token"
        else:
            pieces[ti] = f"{heard}, let me spell it, {spell(tokens[ti])}"
    if kind == "token":
        choices = [i for i, t in enumerate(tokens) if not re.search("[\"'`]", t)]
        if not choices:
            return None
        i = rng.choice(choices)
        bad = say(wrong_token(tokens[i], rng))
        if bad is None:
            return None
        pieces[i] = f"{bad}, {rng.choice(TOKEN_MARKERS)}, {pieces[i]}"
    body = sep.join(pieces)
    if rng.random() < 0.35 and len(pieces) > 1:
        k = rng.randrange(1, len(pieces))
        extra = rng.choice(("um,", "uh,", "er,", ASIDES[rng.randrange(len(ASIDES))] + ","))
        body = sep.join(pieces[:k]) + sep + extra + " " + sep.join(pieces[k:]).lstrip()
    if kind == "restart":
        wrong_tokens = list(tokens)
        if len(tokens) > 1 and rng.random() < 0.5:
            wrong_tokens = tokens[:-1]
        else:
            j = rng.randrange(len(tokens))
            wrong_tokens[j] = wrong_token(tokens[j], rng)
        said = [say(t) for t in wrong_tokens]
        if any(s is None for s in said):
            return None
        again = rng.choice(("", "", "just chuck in ", "righto, ", "um, "))
        body = f"{sep.join(s for s in said if s)}, {rng.choice(RESTARTS)}, {again}{body}"
    lead = rng.choice(CHAOS_LEADS)
    tail = rng.choice(CHAOS_TAILS)
    d = describe(desc)
    if d and rng.random() < 0.25:
        tail = f", so we can {d}."
    text = lead + body + tail
    return sentence_case(text)


# ---------------------------------------------------------------- assembly


def load_commands() -> list[str]:
    cmds: list[str] = []
    with TRAIN.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 7 != 4:
                continue
            cmd = json.loads(raw)["command"]
            if (cmd.isascii() and len(cmd) <= 80 and "\n" not in cmd and "\t" not in cmd
                    and "  " not in cmd and cmd == cmd.strip() and cmd not in cmds):
                cmds.append(cmd)
    return cmds


def load_descriptions() -> dict[str, str]:
    out: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            out.setdefault(row["command"], row.get("description", ""))
    return out


def build() -> list[dict[str, str]]:
    rng = random.Random(26)
    pool = load_commands()
    rng.shuffle(pool)
    descs = load_descriptions()
    used: set[str] = set()
    tools: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    for slice_name in SLICES:
        count = 0
        for cmd in pool:
            if count == PER_SLICE:
                break
            if cmd in used or tools.get(tool_of(cmd), 0) >= 2:
                continue
            line = None
            for _ in range(6):
                if slice_name == "clean":
                    cand = clean_line(cmd)
                elif slice_name == "fuzzy":
                    cand = fuzzy_line(cmd, rng)
                elif slice_name == "natural":
                    cand = natural_line(cmd, descs.get(cmd), rng)
                else:
                    cand = chaotic_line(cmd, descs.get(cmd), rng)
                if cand and "\n" not in cand and decode(cand) == cmd:
                    if slice_name == "natural" and re.search(r"\bspace\b", cand, re.I):
                        continue
                    line = cand
                    break
                if slice_name == "clean":
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] = tools.get(tool_of(cmd), 0) + 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            count += 1
        if count != PER_SLICE:
            raise SystemExit(f"only {count} lines for slice {slice_name}")
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
