"""Forty-seventh independent author: Thiago, a Brazilian DevOps engineer in Sao Paulo.

Writes assets/training/bash/author47.jsonl: 400 lines, 100 per slice in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author47"}.

Commands (and the plain-English "why" some lines give) come from the tldr-pages project,
https://github.com/tldr-pages/tldr, licensed CC BY 4.0, by way of
assets/training/bash/pages_dev40_commands.jsonl (only lines whose 0-based number % 6 == 2).

Run:  cd /work/main && python3 tests/bench/fortyseventh_author.py
Standard library only; one random.Random(47) consumed in a fixed order, so reruns are identical.

STYLE GUIDE
===========

Persona
-------
Thiago dictates in English but names symbols in Portuguese, the way he learned them at work.
He is friendly and a little chatty: to a colleague or to the dictation app he says "Can you run
...", "Just type ...", "Okay, so the command is ...", often with the reason ("I need to list the
secrets, so can you run ..."). He never says "Roda aí". His fillers are "né", "tipo", "então",
"beleza", the hesitations "hum" and "é...", and the asides "deixa eu ver" and "como é mesmo".

Symbol names (canonical, what he says in the clean slice)
---------------------------------------------------------
  -   traço (a flag's dash) / hífen (a hyphen between two letters or digits)
  --  dois traços        /  barra          .  ponto          @  arroba        ~  til
  _   underline          #  cerquilha / hashtag               =  igual
  :   dois pontos        |  pipe           *  asterisco      >  maior que     <  menor que
  &   e comercial        ;  ponto e vírgula                   ,  vírgula
  '   aspas simples      "  aspas duplas (in natural speech just "aspas")
  ( ) abre / fecha parênteses   [ ] abre / fecha colchetes   { } abre / fecha chaves
  $   cifrão             !  exclamação     ?  interrogação   +  mais          %  por cento
  \\   barra invertida    ^  circunflexo
Looser names he (or Whisper) also produces in the fuzzy slice and that always mean the same:
dash, hyphen, minus, menos (-); double dash, dois hífens (--); slash, forward slash (/);
dot, period, point (.); at sign; tilde; underscore; hash; equals, equal sign; colon; asterisk,
star; greater than; less than; ampersand; semicolon; comma; single quote; double quote;
open/close paren, bracket, brace; dollar sign; exclamation mark; question mark; plus; percent;
backslash. Whisper sometimes drops the accents (traco, hifen, maiusculo): same words.

Case: "maiúsculo" before a word capitalises its first letter ("maiúsculo v" = V,
"maiúsculo box" = Box); "tudo maiúsculo" before a word puts it all in capitals.
Digits are said one by one as English words ("eight zero eight zero" = 8080).
"palavra" before a word means "this word literally" (used when a word of the command is itself a
symbol name or a control word: "palavra dot" = dot, "palavra hash" = hash).

Spelled mode (clean, fuzzy, some chaotic lines)
-----------------------------------------------
The word "space" is said exactly where the command has a space; everything between two
"space"s is glued together with no spaces, so "mongo import" and "mongoimport" are the same
word. Letters are lowercase unless "maiúsculo"/"tudo maiúsculo" says otherwise, so
Whisper's own capitals are ignored. Commas and full stops that Whisper adds are ignored, and
numbers Whisper writes as digits are just those digits.
  clean:  "git space stash space pop", "ls space traço la"
  fuzzy:  "Git space, stash space pop.", "seq space double dash equal hyphen width space 5"

Natural mode (natural and most chaotic lines; recognised because the word "space" is absent)
---------------------------------------------------------------------------------------------
The command sits inside one of Thiago's sentence frames (the list FRAMES below: "Can you run
{cmd}?", "Just type {cmd}, please.", "I need to {why}, so can you run {cmd}?", ...). The listener
takes the part in the {cmd} slot. In it:
  * Every word Whisper writes as text is a command word as written (case kept): "-la",
    "config.yaml", "/etc/hosts", "8080". Text never ends in , . ! ? ; : (those would be
    Whisper's punctuation, so Thiago names such characters instead).
  * Spoken symbols glue by kind:
      traço, hífen, dois traços, til and an OPENING quote start a new word
        (unless the previous thing glued to the right) and glue to what follows:
        "traço la" = -la, "dois traços dry-run" = --dry-run.
      barra, ponto, underline, igual, dois pontos, arroba, cerquilha, asterisco, vírgula,
        ponto e vírgula, cifrão, mais, exclamação, interrogação and
        the "abre ..." brackets glue on both sides: "main ponto py" = main.py.
      fecha ... brackets and a CLOSING quote glue to the left only.
      pipe, maior que, menor que, e comercial stand alone with spaces around.
      Quotes alternate: the 1st "aspas simples" opens, the 2nd closes, and so on (same for aspas).
  * "sozinho" ("alone") right after a symbol makes it a word of its own:
    "traço sozinho" = " - ", "dois traços sozinho" = " -- ", "ponto sozinho" = " . ".
  * A hyphen inside a word is written by Whisper ("age-keygen"); a spoken traço always
    starts a flag.

Disfluencies (chaotic) - the listener applies them in order, in either mode
----------------------------------------------------------------------------
  * Fillers, hesitations and asides are dropped wherever they occur.
  * "digo" (I mean): cancels the last word said (one word, number or symbol name):
    "ninja traço j 8, digo, 4" = ninja -j 4.
  * "errei" / "corrigindo" (my mistake / correcting): cancels the whole argument or flag just
    said; Thiago then says the right one: "git reset dois traços hard, errei, dois
    traços soft". In spelled mode it removes back to the last "space".
  * "não, pera" (no, wait): throws away everything said so far in the command; he restarts:
    "Can you run terraform pl... não, pera, terraform apply?"
  * Trailing thoughts ("... acho que é isso") are part of the frames.

Ambiguities the guide settles: "traço" between two words starts a flag (a word-internal
hyphen is only ever written as text in natural mode); "dois" is never a number (digits are
English); a single-word command has no "space" and reads the same in both modes.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev40_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author47.jsonl"
AUTHOR = "author47"
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary
PT_NAMES: dict[str, list[str]] = {
    "--": ["dois traços"],
    "-": ["traço", "hífen"],
    "/": ["barra"],
    ".": ["ponto"],
    "@": ["arroba"],
    "~": ["til"],
    "_": ["underline"],
    "#": ["cerquilha", "hashtag"],
    "=": ["igual"],
    ":": ["dois pontos"],
    "|": ["pipe"],
    "*": ["asterisco"],
    ">": ["maior que"],
    "<": ["menor que"],
    "&": ["e comercial"],
    ";": ["ponto e vírgula"],
    ",": ["vírgula"],
    "'": ["aspas simples"],
    '"': ["aspas duplas", "aspas"],
    "(": ["abre parênteses"],
    ")": ["fecha parênteses"],
    "[": ["abre colchetes"],
    "]": ["fecha colchetes"],
    "{": ["abre chaves"],
    "}": ["fecha chaves"],
    "$": ["cifrão"],
    "!": ["exclamação"],
    "?": ["interrogação"],
    "+": ["mais"],
    "%": ["por cento"],
    "\\": ["barra invertida"],
    "^": ["circunflexo"],
}
EN_NAMES: dict[str, list[str]] = {
    "--": ["double dash", "dois hífens"],
    "-": ["dash", "hyphen", "minus", "menos"],
    "/": ["slash", "forward slash"],
    ".": ["dot", "period", "point"],
    "@": ["at sign"],
    "~": ["tilde"],
    "_": ["underscore"],
    "#": ["hash"],
    "=": ["equals", "equal sign"],
    ":": ["colon"],
    "*": ["asterisk", "star"],
    ">": ["greater than"],
    "<": ["less than"],
    "&": ["ampersand"],
    ";": ["semicolon"],
    ",": ["comma"],
    "'": ["single quote"],
    '"': ["double quote"],
    "(": ["open paren"],
    ")": ["close paren"],
    "[": ["open bracket"],
    "]": ["close bracket"],
    "{": ["open brace"],
    "}": ["close brace"],
    "$": ["dollar sign"],
    "!": ["exclamation mark"],
    "?": ["question mark"],
    "+": ["plus"],
    "%": ["percent"],
    "\\": ["backslash"],
}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FILLERS = ["né", "tipo", "então", "beleza", "hum", "é"]
FILLER_PHRASES = [("deixa", "eu", "ver"), ("como", "é", "mesmo")]
CONTROL = ["space", "palavra", "maiusculo", "sozinho", "digo", "errei", "corrigindo"]

# natural-mode glue classes
PREFIX = ["-", "--", "~"]
CLOSE = [")", "]", "}"]
ALONE = ["|", ">", "<", "&"]
QUOTES = ["'", '"']

FRAMES: list[str] = [
    "Can you run {cmd}?",
    "Can you run {cmd}, please?",
    "Could you run {cmd} for me?",
    "Então, can you run {cmd}?",
    "Hey, could you type {cmd}, né?",
    "Just type {cmd}.",
    "Just type {cmd}, please.",
    "Beleza, now just run {cmd}.",
    "Tipo, just run {cmd} and we're good.",
    "Okay, so the command is {cmd}.",
    "Next one is {cmd}, beleza?",
    "Go ahead and run {cmd}. Thanks!",
    "So now I'm going to run {cmd}, né?",
    "Write this down: {cmd}. That's it.",
    "Please run {cmd}, obrigado!",
    "Alright, type {cmd} and hit enter.",
    "I need to {why}, so can you run {cmd}?",
    "To {why}, just type {cmd}.",
    "We want to {why}. Can you run {cmd}?",
    "Let's try {cmd}, because I want to {why}.",
    "Please type {cmd}. It's to {why}.",
    "Let me see, I have to {why}... okay, just type {cmd}.",
    "Então, for this one, {cmd} should {why}, né?",
]
CHAOTIC_FRAMES: list[str] = [
    "Can you run {cmd}... e acho que é isso, né?",
    "Just type {cmd}, and then, tipo, we check the output.",
    "Hum, okay, então... {cmd}, I think that's right.",
    "I need to {why}, so, é... can you run {cmd}?",
]
SPELLED_CHAOTIC_FRAMES: list[str] = [
    "{cmd}",
    "Então, {cmd}",
    "Beleza, {cmd}.",
    "{cmd}... acho que é isso.",
    "Tipo, {cmd}, né.",
]


def _fold(word: str) -> str:
    """Lowercase and strip accents (Whisper may or may not write them)."""
    nfd = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn")


def _phrase_table(*tables: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for table in tables:
        for ch, names in table.items():
            for name in names:
                out[tuple(_fold(w) for w in name.split())] = ch
    return out


SPELLED_PHRASES = _phrase_table(PT_NAMES, EN_NAMES)
NATURAL_PHRASES = _phrase_table(PT_NAMES)
_ASCII_FILLERS = [f for f in FILLERS if f.isascii()]
SPELLED_SINGLE = sorted(
    {k[0] for k in SPELLED_PHRASES if len(k) == 1}
    | set(DIGIT_WORDS)
    | set(CONTROL)
    | set(_ASCII_FILLERS)
)
NATURAL_SINGLE = sorted(
    {k[0] for k in NATURAL_PHRASES if len(k) == 1} | set(CONTROL) | set(_ASCII_FILLERS)
)


def _frame_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{cmd\}|\{why\})", template)
    rx = ""
    for part in parts:
        if part == "{cmd}":
            rx += "(?P<cmd>.+)"
        elif part == "{why}":
            rx += ".+?"
        else:
            rx += re.escape(part)
    return re.compile(rx, re.S)


def _literal_len(template: str) -> int:
    return len(template.replace("{cmd}", "").replace("{why}", ""))


_ALL_FRAMES = [f for f in FRAMES + CHAOTIC_FRAMES + SPELLED_CHAOTIC_FRAMES if f != "{cmd}"]
FRAME_RX = [_frame_regex(t) for t in sorted(_ALL_FRAMES, key=_literal_len, reverse=True)]


# ---------------------------------------------------------------- the listener
def _strip_frame(line: str) -> str:
    for rx in FRAME_RX:
        m = rx.fullmatch(line)
        if m:
            return m.group("cmd")
    return line


def _natural_spacing(items: list[tuple]) -> list[bool]:
    """For each natural-mode item: is there a space before it?"""
    out: list[bool] = []
    glue = False
    parity = {"'": 0, '"': 0}
    for idx, item in enumerate(items):
        if item[0] == "t":
            space, glue = not glue, False
        else:
            ch, alone = item[1], item[2]
            if alone:
                space, glue = True, False
            elif ch in QUOTES:
                parity[ch] += 1
                if parity[ch] % 2:
                    space, glue = not glue, True
                else:
                    space, glue = False, False
            elif ch in PREFIX:
                space, glue = not glue, True
            elif ch in CLOSE:
                space, glue = False, False
            elif ch in ALONE:
                space, glue = True, False
            else:
                space, glue = False, True
        out.append(space and idx > 0)
    return out


def _render(items: list[tuple], spelled: bool) -> str:
    if spelled:
        return "".join(" " if it[0] == "sp" else it[1] for it in items)
    spacing = _natural_spacing(items)
    return "".join((" " if sp else "") + it[1] for it, sp in zip(items, spacing, strict=True))


def _drop_argument(items: list[tuple], spelled: bool) -> None:
    if spelled:
        if items and items[-1][0] == "sp":
            items.pop()
        while items and items[-1][0] != "sp":
            items.pop()
        return
    spacing = _natural_spacing(items)
    start = 0
    for idx, sp in enumerate(spacing):
        if sp:
            start = idx
    del items[start:]


def _apply_case(word: str, case: str | None) -> str:
    if case == "cap":
        return word[:1].upper() + word[1:]
    if case == "up":
        return word.upper()
    return word


def decode(line: str) -> str:
    """Recover the command from a transcript, following the style guide above."""
    span = _strip_frame(line.strip())
    cores = [w.rstrip(",.!?;:") for w in span.split()]
    cores = [c for c in cores if c]
    keys = [_fold(c) for c in cores]
    raws = [c.lower() for c in cores]
    spelled = "space" in keys
    table = SPELLED_PHRASES if spelled else NATURAL_PHRASES
    items: list[tuple] = []
    case: str | None = None
    i, n = 0, len(cores)
    while i < n:
        k = keys[i]
        phrase = next((p for p in FILLER_PHRASES if tuple(raws[i : i + len(p)]) == p), None)
        if phrase:
            i += len(phrase)
            continue
        if raws[i] in FILLERS:
            i += 1
            continue
        if k == "nao" and i + 1 < n and keys[i + 1] == "pera":
            items.clear()
            case = None
            i += 2
            continue
        if k == "digo":
            if items:
                items.pop()
            i += 1
            continue
        if k in ("errei", "corrigindo"):
            _drop_argument(items, spelled)
            i += 1
            continue
        if k == "palavra" and i + 1 < n:
            word = cores[i + 1].lower() if spelled else cores[i + 1]
            items.append(("t", _apply_case(word, case)))
            case = None
            i += 2
            continue
        if k == "maiusculo":
            case = "cap"
            i += 1
            continue
        if k == "tudo" and i + 1 < n and keys[i + 1] == "maiusculo":
            case = "up"
            i += 2
            continue
        if spelled and k == "space":
            items.append(("sp",))
            i += 1
            continue
        if not spelled and k == "sozinho" and items and items[-1][0] == "s":
            items[-1] = ("s", items[-1][1], True)
            i += 1
            continue
        for size in (3, 2, 1):
            ch = table.get(tuple(keys[i : i + size])) if i + size <= n else None
            if ch is not None:
                items.append(("s", ch, False))
                i += size
                break
        else:
            if spelled and k in DIGIT_WORDS:
                items.append(("t", str(DIGIT_WORDS.index(k))))
            else:
                word = cores[i].lower() if spelled else cores[i]
                items.append(("t", _apply_case(word, case)))
            case = None
            i += 1
    return _render(items, spelled)


# ---------------------------------------------------------------- speaking
PIECE_RX = re.compile(r"--|[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")
COMPOUND_HEADS = [
    "auto",
    "mongo",
    "neo",
    "back",
    "work",
    "name",
    "file",
    "data",
    "base",
    "key",
    "pass",
    "config",
    "help",
    "list",
    "read",
    "write",
    "time",
    "host",
    "local",
    "server",
    "dump",
    "load",
    "check",
    "photo",
    "note",
    "report",
    "archive",
    "output",
    "input",
    "index",
    "main",
    "test",
    "build",
    "clean",
    "update",
    "install",
    "search",
    "show",
    "tail",
    "home",
    "bash",
    "shell",
    "root",
    "tree",
    "tool",
    "type",
    "word",
    "make",
    "fetch",
    "phrase",
    "screen",
    "shot",
    "graph",
    "pack",
    "spell",
    "sign",
    "trans",
    "docker",
    "python",
    "node",
    "cert",
    "deploy",
]


def _spelled_word(word: str) -> str:
    return ("palavra " + word) if _fold(word) in SPELLED_SINGLE else word


def spelled_token(tok: str, rng: random.Random, fuzzy: bool) -> list[str]:
    """Units (one per listener item) for one command word in spelled mode."""
    units: list[str] = []
    pieces = PIECE_RX.findall(tok)
    for idx, piece in enumerate(pieces):
        if piece.isdigit():
            if fuzzy and rng.random() < 0.5:
                units.append(piece)
            else:
                units.extend(DIGIT_WORDS[int(d)] for d in piece)
        elif piece.isalpha():
            if piece.islower():
                units.append(_spelled_word(piece))
            elif len(piece) == 1 or (piece[0].isupper() and piece[1:].islower()):
                units.append("maiúsculo " + _spelled_word(piece.lower()))
            else:
                units.append("tudo maiúsculo " + _spelled_word(piece.lower()))
        elif fuzzy and rng.random() < 0.6 and piece in EN_NAMES:
            units.append(rng.choice(EN_NAMES[piece]))
        elif fuzzy:
            units.append(rng.choice(PT_NAMES[piece]))
        elif piece == "-":
            inner = 0 < idx < len(pieces) - 1 and pieces[idx - 1][-1].isalnum()
            units.append("hífen" if inner and pieces[idx + 1][0].isalnum() else "traço")
        elif piece == "#":
            units.append(rng.choice(["cerquilha", "cerquilha", "hashtag"]))
        else:
            units.append(PT_NAMES[piece][0])
    return units


NAT_TEXT_OK = "-./_:@=~+%"
SPEAK_P = {"/": 0.25, ".": 0.12, "_": 0.45, ":": 0.45, "@": 0.5, "=": 0.55, "+": 0.5, "%": 0.5}
FORBID_END = ",.!?;:"


def _natural_word(text: str) -> str:
    return ("palavra " + text) if _fold(text) in NATURAL_SINGLE else text


def _natural_name(ch: str, rng: random.Random) -> str:
    if ch == "-":
        return rng.choice(["traço", "traço", "traço", "hífen"])
    if ch == '"':
        return "aspas"
    if ch == "#":
        return rng.choice(["hashtag", "cerquilha"])
    return PT_NAMES[ch][0]


def natural_token(tok: str, rng: random.Random, last: bool) -> list[str]:
    """Units for one command word in natural mode (Whisper text plus spoken symbol names)."""
    if tok == "--":
        return ["dois traços sozinho"]
    if len(tok) == 1 and not tok.isalnum():
        if tok in ALONE:
            return [_natural_name(tok, rng)]
        return [_natural_name(tok, rng) + " sozinho"]
    if "://" in tok and tok[0].isalpha():
        return [_natural_word(tok)]  # Whisper writes URLs as text
    units: list[str] = []
    buf = ""

    def flush() -> None:
        nonlocal buf
        tail = ""
        while buf and buf[-1] in FORBID_END:
            tail = buf[-1] + tail
            buf = buf[:-1]
        if buf:
            units.append(_natural_word(buf))
        units.extend(_natural_name(ch, rng) for ch in tail)
        buf = ""

    i = 0
    if tok.startswith("--") and rng.random() < 0.7:
        units.append("dois traços")
        i = 2
    elif tok.startswith("-") and not tok.startswith("--") and rng.random() < 0.6:
        units.append(_natural_name("-", rng))
        i = 1
        if len(tok) == 2 and tok[1].isupper() and rng.random() < 0.5:
            units.append("maiúsculo " + tok[1].lower())
            i = 2
    elif tok.startswith("~") and rng.random() < 0.5:
        units.append("til")
        i = 1
        if tok[1:2] == "/":
            units.append("barra")
            i = 2
    while i < len(tok):
        c = tok[i]
        if c.isalnum():
            buf += c
        elif c in NAT_TEXT_OK:
            between_digits = tok[i - 1 : i].isdigit() and tok[i + 1 : i + 2].isdigit()
            speak = (
                i > 0
                and c in SPEAK_P
                and not (c == "." and between_digits)
                and not (c == "/" and tok[i - 1] == "~")
                and (buf or units)
                and (i < len(tok) - 1 or last)
                and rng.random() < SPEAK_P[c]
            )
            if speak:
                flush()
                units.append(_natural_name(c, rng))
            else:
                buf += c
        else:
            flush()
            units.append(_natural_name(c, rng))
        i += 1
    flush()
    return units


def join_units(units: list[str]) -> str:
    out = ""
    for u in units:
        if not out:
            out = u.lstrip(", ")
        elif u.startswith((",", "...")):
            out = out + " " + u.lstrip(",. ") if out.endswith((",", "...")) else out + u
        else:
            out += " " + u
    return out


# ---------------------------------------------------------------- mistakes
SWAPS = {
    "start": "stop",
    "stop": "start",
    "list": "show",
    "show": "list",
    "add": "remove",
    "remove": "add",
    "install": "uninstall",
    "uninstall": "install",
    "push": "pull",
    "pull": "push",
    "get": "set",
    "set": "get",
    "enable": "disable",
    "disable": "enable",
    "create": "delete",
    "delete": "create",
    "update": "upgrade",
    "upgrade": "update",
    "input": "output",
    "output": "input",
    "src": "docs",
    "docs": "src",
    "data": "demo",
    "demo": "data",
    "main": "test",
    "test": "main",
    "json": "yaml",
    "yaml": "json",
    "txt": "csv",
    "csv": "txt",
    "tmp": "temp",
    "alpha": "beta",
    "foo": "bar",
    "backup": "backups",
    "notes": "note",
    "report": "reports",
    "photo": "picture",
    "archive": "archives",
    "config": "conf",
    "help": "version",
    "version": "help",
    "info": "help",
    "init": "install",
    "run": "exec",
    "exec": "run",
    "new": "next",
    "view": "show",
    "dev": "prod",
    "root": "admin",
    "local": "remote",
    "server": "service",
    "file": "files",
    "log": "logs",
    "logs": "log",
    "projects": "project",
    "example": "sample",
    "docker": "podman",
    "user": "users",
}
FALLBACK_WORDS = ["status", "config", "start", "list", "main", "help", "server"]
SYMBOL_SWAPS = {
    "-": "--",
    "--": "-",
    "/": ".",
    ".": "/",
    "_": "-",
    ":": "=",
    "=": ":",
    "@": ".",
    "~": "/",
    ",": ".",
    "*": ".",
    "'": '"',
    '"': "'",
    "#": "@",
    "+": "-",
}


def mutate_word(word: str, rng: random.Random) -> str:
    if word.lower() in SWAPS and word.islower():
        return SWAPS[word]
    digits = [i for i, c in enumerate(word) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        return word[:i] + str((int(word[i]) + rng.randint(1, 8)) % 10) + word[i + 1 :]
    return rng.choice([w for w in FALLBACK_WORDS if w != word.lower()])


def mutate_token(tok: str, rng: random.Random) -> str:
    if re.fullmatch(r"-[A-Za-z]", tok):
        letters = [c for c in "abcdefhilmnoprstuvx" if c != tok[1].lower()]
        return "-" + rng.choice(letters)
    runs = list(re.finditer(r"[A-Za-z]+|[0-9]+", tok))
    if not runs:
        return tok + "x"
    swappable = [m for m in runs if m.group().lower() in SWAPS and m.group().islower()]
    numbers = [m for m in runs if m.group().isdigit()]
    m = rng.choice(swappable or numbers or runs)
    return tok[: m.start()] + mutate_word(m.group(), rng) + tok[m.end() :]


def _reverse_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (PT_NAMES, EN_NAMES):
        for ch, names in table.items():
            for name in names:
                out[name] = ch
    return out


NAME_TO_CHAR = _reverse_names()


def _can_mutate(unit: str) -> bool:
    if unit == "space" or unit.startswith(("palavra", ",", "...")) or "sozinho" in unit:
        return False
    if unit in NAME_TO_CHAR:
        return NAME_TO_CHAR[unit] in SYMBOL_SWAPS
    return unit not in HESITATIONS


def mutate_unit(unit: str, rng: random.Random, spelled: bool) -> str | None:
    """A plausible wrong version of one unit (one listener item), or None."""
    if unit in ("space",) or unit.startswith(("palavra", ",")) or "sozinho" in unit:
        return None
    if unit in NAME_TO_CHAR:
        ch = NAME_TO_CHAR[unit]
        other = SYMBOL_SWAPS.get(ch)
        if other is None or (not spelled and other not in PT_NAMES):
            return None
        return PT_NAMES[other][0]
    if unit.startswith("maiúsculo ") or unit.startswith("tudo maiúsculo "):
        return unit.split()[-1]
    if spelled and unit in DIGIT_WORDS:
        return rng.choice([w for w in DIGIT_WORDS if w != unit])
    wrong = mutate_token(unit, rng)
    if wrong == unit or _fold(wrong) in (SPELLED_SINGLE if spelled else NATURAL_SINGLE):
        return None
    return wrong


# ---------------------------------------------------------------- line builders
def _why(description: str) -> str | None:
    d = description.strip().rstrip(".")
    if len(d) > 72 or any(c in d for c in "()\"':$<>{}[];/") or not d:
        return None
    if len(d) > 1 and d[1].isupper():
        return d
    return d[0].lower() + d[1:]


def _frame(template: str, body: str, why: str | None) -> str:
    return template.replace("{cmd}", body).replace("{why}", why or "")


def _pick_frame(rng: random.Random, frames: list[str], why: str | None) -> str:
    usable = [f for f in frames if why is not None or "{why}" not in f]
    return rng.choice(usable)


def make_clean(cmd: str, rng: random.Random) -> str:
    units: list[str] = []
    for ti, tok in enumerate(cmd.split(" ")):
        if ti:
            units.append("space")
        units.extend(spelled_token(tok, rng, fuzzy=False))
    return " ".join(units)


def _split_compound(word: str, rng: random.Random) -> str | None:
    heads = [h for h in COMPOUND_HEADS if word.startswith(h) and len(word) - len(h) >= 3]
    if not heads:
        return None
    head = rng.choice(heads)
    rest = word[len(head) :]
    if _fold(rest) in SPELLED_SINGLE or _fold(head) in SPELLED_SINGLE:
        return None
    return head + " " + rest


ACCENT_DROPS = {
    "traço": "traco",
    "hífen": "hifen",
    "maiúsculo": "maiusculo",
    "vírgula": "virgula",
    "parênteses": "parenteses",
    "traços": "tracos",
}


def make_fuzzy(cmd: str, rng: random.Random) -> str:
    units: list[str] = []
    for ti, tok in enumerate(cmd.split(" ")):
        if ti:
            units.append("space," if rng.random() < 0.3 else "space")
        units.extend(spelled_token(tok, rng, fuzzy=True))
    if rng.random() < 0.5:
        spots = [i for i, u in enumerate(units) if u.isalpha() and u.islower() and len(u) >= 6]
        if spots:
            i = rng.choice(spots)
            split = _split_compound(units[i], rng)
            if split:
                units[i] = split
    text = " ".join(units)
    if rng.random() < 0.3:
        for pt, plain in ACCENT_DROPS.items():
            text = text.replace(pt, plain)
    if rng.random() < 0.55:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.45:
        text += "."
    return text


def make_natural(cmd: str, why: str | None, rng: random.Random) -> str:
    toks = cmd.split(" ")
    units: list[str] = []
    for ti, tok in enumerate(toks):
        units.extend(natural_token(tok, rng, last=ti == len(toks) - 1))
    return _frame(_pick_frame(rng, FRAMES, why), join_units(units), why)


HESITATIONS = [", tipo,", "é...", ", hum,", ", deixa eu ver,", ", como é mesmo,", ", né,"]
WORD_MARK = [", digo,"]
ARG_MARK = [", errei,", ", corrigindo,", "... errei,"]
RESTART_MARK = [", não, pera,", "... não, pera,"]


def make_chaotic(cmd: str, why: str | None, rng: random.Random) -> str:
    toks = cmd.split(" ")
    spelled = rng.random() < 0.3
    if spelled:
        per_tok = [spelled_token(t, rng, fuzzy=rng.random() < 0.3) for t in toks]
    else:
        per_tok = [natural_token(t, rng, last=i == len(toks) - 1) for i, t in enumerate(toks)]

    def assemble(groups: list[list[str]]) -> list[str]:
        out: list[str] = []
        for gi, g in enumerate(groups):
            if spelled and gi:
                out.append("space")
            out.extend(g)
        return out

    def render_tok(tok: str) -> list[str]:
        return spelled_token(tok, rng, False) if spelled else natural_token(tok, rng, True)

    kinds = ["restart", "argument", "word"]
    kind = rng.choice(kinds) if len(toks) > 1 else "restart"
    units: list[str]
    if kind == "restart":
        k = rng.randint(2, len(toks)) if len(toks) > 1 else 1
        prefix = [list(g) for g in per_tok[:k]]
        last = prefix[-1][-1]
        mark = rng.choice(RESTART_MARK)
        cut = last.isalpha() and len(last) >= 3 and (k == 1 or rng.random() < 0.4)
        if cut:
            prefix[-1][-1] = last[: max(2, len(last) // 2)] + "..."
            mark = "não, pera,"
        elif k > 1 and toks[k - 1] != tool_of(cmd):
            prefix[-1] = render_tok(mutate_token(toks[k - 1], rng))
        units = assemble(prefix) + [mark] + assemble(per_tok)
    elif kind == "argument":
        i = rng.randint(1, len(toks) - 1)
        flags = [j for j in range(1, len(toks)) if toks[j].startswith("-")]
        if flags and rng.random() < 0.6:
            i = rng.choice(flags)
        wrong = render_tok(mutate_token(toks[i], rng))
        units = assemble(per_tok[:i]) + (["space"] if spelled else []) + wrong
        units += [rng.choice(ARG_MARK)] + per_tok[i]
        for g in per_tok[i + 1 :]:
            units += (["space"] if spelled else []) + g
    else:
        units = assemble(per_tok)
        spots = [j for j, u in enumerate(units) if j > 0 and _can_mutate(u)]
        if not spots:
            return ""
        j = rng.choice(spots)
        wrong = mutate_unit(units[j], rng, spelled)
        units = units[:j] + [wrong or "", rng.choice(WORD_MARK)] + units[j:]
    if rng.random() < 0.5:
        pos = rng.randint(1, max(1, len(units) - 1))
        units.insert(pos, rng.choice(HESITATIONS))
    body = join_units(units)
    if spelled:
        return _frame(rng.choice(SPELLED_CHAOTIC_FRAMES), body, None)
    frames = FRAMES + CHAOTIC_FRAMES * 3
    return _frame(_pick_frame(rng, frames, why), body, why)


# ---------------------------------------------------------------- assembly
def tool_of(cmd: str) -> str:
    for tok in cmd.split():
        if tok == "sudo" or ("=" in tok and not tok.startswith("-")):
            continue
        return tok
    return cmd.split()[0]


def load_pool() -> list[dict]:
    pool = []
    for n, raw in enumerate(SRC.read_text(encoding="utf-8").splitlines()):
        if n % 6 != 2:
            continue
        row = json.loads(raw)
        cmd = row["command"]
        if not cmd.isascii() or len(cmd) > 80 or "\n" in cmd or "\t" in cmd or "  " in cmd:
            continue
        if cmd != cmd.strip():
            continue
        pool.append({"command": cmd, "description": row.get("description", "")})
    return pool


def main() -> None:
    rng = random.Random(47)
    pool = load_pool()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    slices: dict[str, list[dict]] = {}
    builders = {
        "natural": lambda c, w: make_natural(c, w, rng),
        "chaotic": lambda c, w: make_chaotic(c, w, rng),
        "clean": lambda c, w: make_clean(c, rng),
        "fuzzy": lambda c, w: make_fuzzy(c, rng),
    }
    for name in ("natural", "chaotic", "clean", "fuzzy"):
        rows: list[dict] = []
        for entry in pool:
            if len(rows) == PER_SLICE:
                break
            cmd = entry["command"]
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            why = _why(entry["description"])
            clean_form = make_clean(cmd, rng) if name == "fuzzy" else None
            for _ in range(40):
                line = builders[name](cmd, why)
                if not line or line == clean_form or decode(line) != cmd:
                    continue
                rows.append({"input": line, "command": cmd, "slice": name, "author": AUTHOR})
                used.add(cmd)
                tools[tool_of(cmd)] += 1
                break
        if len(rows) != PER_SLICE:
            raise SystemExit(f"slice {name}: only {len(rows)} lines")
        slices[name] = rows
    with OUT.open("w", encoding="utf-8") as fh:
        for name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in slices[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({sum(len(v) for v in slices.values())} lines)")


if __name__ == "__main__":
    main()
