"""Eighth independent author: a Spanish sysadmin dictating shell commands to the app.

Writes ``assets/training/bash/author8.jsonl``: 400 lines, 100 per slice, in the order
clean, fuzzy, natural, chaotic.  Each line is ``{"input", "command", "slice", "author"}``.
Standard library only, deterministic (``random.Random(8)``): rerunning rewrites the file
byte for byte.

The commands are examples from tldr-pages (https://github.com/tldr-pages/tldr, CC BY 4.0),
taken from the "command" field of ``assets/training/bash/corpus.jsonl``.  Only commands whose
tool (first word, after an optional ``sudo``) never starts a command of ``train.jsonl`` or
``eval.jsonl`` are used, so every tool is new; every command is used at most once.

Persona
=======
Javier, a sysadmin from Zaragoza.  English is his second language.  He is polite and a bit
wordy, dictates slowly, and in free speech he announces every piece ("now comes the flag",
"and the file is called").  Whisper (English model) writes what he says.  The style guide
below is everything a careful listener needs to rebuild each command exactly.

Style guide, all slices
-----------------------
* Words are said as they are written, and Whisper writes them as written (tool names too).
  In the protocol slices Javier often spells letter groups without a vowel (a, e, i, o, u,
  y), e.g. "gst", "pbm", "tmp", as single letters ("g s t").  Everything between two
  spaces of the command is one piece, so spelled letters and word parts simply join up.
* Letter case: commands are lowercase unless Javier says so.  "capital X" makes the next
  letter or word start with a capital ("capital job" = ``Job``, "capital p" = ``P``, and
  with the escape below "capital the word pipe" = ``Pipe``); "all caps word" makes the
  whole next word uppercase ("all caps id" = ``ID``).  Mixed-case names are said part by
  part: ``AveVMSize`` = "capital ave all caps vm capital size".
  Capital letters that Whisper writes on its own (sentence starts, a spelled letter written
  "D", an abbreviation written "PBM") mean nothing; only the spoken markers set case.
* Numbers: a number of one or two digits with no leading zero is said as an English
  number word ("five", "forty", "forty two", "sixteen"); every other digit run (three or
  more digits, or a leading zero) is said digit by digit like a phone number ("eight zero
  eight zero" = ``8080``, "one zero zero" = ``100``, "zero five" = ``05``).  Digits and
  letters in one piece just join: "b four" = ``b4``, "x eighty six" = ``x86``.
* When a word of the command is itself one of his symbol or number words (``point``,
  ``one``, ``tree``...), he says "the word" first: "mount underscore the word point".
* His own symbol names: ``@`` is always "arroba" (Spanish), ``!`` is "exclamation",
  ``&&`` is "and and", a lone ``&`` is "ampersand".

Clean slice (protocol, exact)
-----------------------------
All lowercase, no punctuation, no fillers.  "space" is said exactly where the command has a
space.  Symbols: dash -, dot ., slash /, pipe |, star *, tilde ~, quote ", single quote ',
equals =, colon :, underscore _, open paren (, close paren ), open bracket [, close
bracket ], open brace {, close brace }, greater than >, less than <, ampersand &, and and
&&, semicolon ;, comma ,, exclamation !, arroba @, hash #, dollar $, percent %, plus +,
question mark ?, caret ^, backslash \\, backtick `.  "dash dash" is ``--``.

Fuzzy slice (protocol with his synonyms and Whisper's slips)
------------------------------------------------------------
Same as clean, and also:
* Synonyms: minus / hyphen / guion (Spanish) for -, "double dash" for --, period / point
  for ., forward slash for /, asterisk for *, tilda for ~, double quote / comillas /
  open quotes / close quotes for ", apostrophe for ', equals sign / equal for =, under
  score / guion bajo for _, bigger than / redirect for > ("bigger than" and "smaller than"
  come from Spanish "mayor que" / "menor que"), smaller than for <, vertical bar for |,
  exclamation mark / bang for !, at sign for @, open parenthesis / close parenthesis,
  "uppercase" for capital, "all capitals" for all caps.
* Accent slips that Whisper makes, always the same way: an "e" before s+consonant gives
  "espace" (space), "eslash" (slash), "estar" (star); "coma" is comma, "column" is colon,
  "tree" is three, "cero" is zero.
* Whisper sometimes writes numbers as digits ("8080", "40") and sometimes writes a dot
  between two words as a real dot ("notes.log", "1.0").  A symbol character inside a word
  is meant literally.  A comma or period at the end of a word is only Whisper's
  punctuation, as is a capital first letter.
* A single letter may be spelled with his Spanish telephone alphabet, "d of Dolores"
  (= ``d``): Antonio Barcelona Carmen Dolores Enrique Francia Granada Historia Italia Jose
  Kilo Lorenzo Madrid Navarra Oviedo Pamplona Queso Ramon Sevilla Toledo Ulises Valencia
  Washington Xavier Yegua Zaragoza.
* Fillers "eh", "ehm", "um", "uh" and a polite "please" are not part of the command.

Natural slice
-------------
He says no "space".  He pauses between the words of the command, and Whisper writes each
pause as a comma or a full stop, so every comma/full stop followed by a blank separates
two words of the command; inside one such stretch all pieces join with no blank.  Around
the command he talks: an opening such as "Good morning. Please, I need that you write"
and a closing such as ". That is all, thank you very much.", filler stretches ("eh",
"ehm", "um"), little remarks between two words ("I hope this is clear", "this is
important", "as always", "one moment"), and before a word an
announcement: "now comes the flag", "then the option", "with the flag", "and the file is
called", "the file is", "on the path", "the address is", "the value is", "with the
number", "the name is", "then the program", "into the file", "into", "and then", "then",
"after that".  Whisper writes digits for all numbers here; names with letters and digits
come out as one word ("i3lock", "b4"); a dot between two words is often a real dot
("notes.log").  Symbols, case markers, "the word", the Spanish alphabet, and the
synonyms and accent slips of the fuzzy slice all keep their meaning ("space" and
"redirect" are not used here).

Chaotic slice
-------------
Natural, plus his self-corrections.  What comes right after "no wait", "no, no, sorry",
"I mean", "actually", "eh, I made a mistake", "sorry, I mean" replaces the word just
said.  "sorry, not X, Y" replaces X with Y.  A word that trails off with "..." and is then
said again is taken in its complete form.  "no, forget that one" drops the word just said.
"no, no, I start again from the beginning." (or "... scratch that.") throws away
everything before it.  "oh, and add X at the end" / "oh, I forgot, at the end comes X"
puts X as the last word of the command.

Self-check: the script decodes every clean and fuzzy input with the rules above and
every natural input with the natural rules; for chaotic it checks that every word of the
command appears, as these rules say it, in order after the last restart.  Lines that fail
are not written.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author8.jsonl"
SEED = 8
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_LEN = 72
MAX_SINGLE_WORD = 4  # one-word commands allowed per slice

# Commands from the corpus that are not real command lines (placeholders, keystrokes,
# shell fragments) or that carry long random strings nobody dictates.
SKIP = {
    "10.0.0.5 -iwad test +map alpha -host alpha",
    "visual<Enter>",
    "binary",
    "J5",
    "findpod",
    "get EDITOR",
    "test*",
    "/front",
    "Install-NodeVersion node_version1 ,",
    "Remove-NodeVersion node_version1 ,",
    "Integrate(x)Cos(x);",
    "tpm2 pcrextend 16:sha1=f1d2d2f924e986ac86fdf7b36c94bcdf32beec15",
    "youtube-dl 'https://www.youtube.com/watch?v=oHg5SJYRHA0'",
    'yt-dlp "https://www.youtube.com/watch?v=oHg5SJYRHA0"',
}

# ---------------------------------------------------------------- vocabulary

CLEAN_SYMBOLS = {
    "-": "dash", ".": "dot", "/": "slash", "|": "pipe", "*": "star", "~": "tilde",
    '"': "quote", "'": "single quote", "=": "equals", ":": "colon", "_": "underscore",
    "(": "open paren", ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open brace", "}": "close brace", ">": "greater than", "<": "less than",
    "&": "ampersand", "&&": "and and", ";": "semicolon", ",": "comma", "!": "exclamation",
    "@": "arroba", "#": "hash", "$": "dollar", "%": "percent", "+": "plus",
    "?": "question mark", "^": "caret", "\\": "backslash", "`": "backtick",
}

FUZZY_SYMBOLS = {
    "-": ["minus", "hyphen", "guion"],
    "--": ["double dash"],
    ".": ["period", "point"],
    "/": ["forward slash", "eslash"],
    "*": ["asterisk", "estar"],
    "~": ["tilda"],
    '"': ["double quote", "comillas", "open quotes", "close quotes"],
    "'": ["apostrophe"],
    "=": ["equals sign", "equal"],
    ":": ["column"],
    "_": ["under score", "guion bajo"],
    ">": ["bigger than", "redirect"],
    "<": ["smaller than"],
    "|": ["vertical bar"],
    ",": ["coma"],
    "!": ["exclamation mark", "bang"],
    "@": ["at sign"],
    "(": ["open parenthesis"],
    ")": ["close parenthesis"],
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

CITIES = {
    "a": "Antonio", "b": "Barcelona", "c": "Carmen", "d": "Dolores", "e": "Enrique",
    "f": "Francia", "g": "Granada", "h": "Historia", "i": "Italia", "j": "Jose",
    "k": "Kilo", "l": "Lorenzo", "m": "Madrid", "n": "Navarra", "o": "Oviedo",
    "p": "Pamplona", "q": "Queso", "r": "Ramon", "s": "Sevilla", "t": "Toledo",
    "u": "Ulises", "v": "Valencia", "w": "Washington", "x": "Xavier", "y": "Yegua",
    "z": "Zaragoza",
}

PROTOCOL_FILLERS = {"eh", "ehm", "um", "uh", "please"}

INTROS = [
    "Good morning. Please, I need that you write ",
    "Hello, please write ",
    "Okay, so now we run the program ",
    "Please, the command is ",
    "Eh, good, now I want to execute ",
    "So, please type for me ",
    "Now we do the following. The program is ",
    "Please, can you write ",
    "Okay, the next one. It is ",
    "Now comes a command for the server. We start with ",
    "Good afternoon. I would like to run ",
    "Um, please, the command goes like this: ",
]
RESTART_INTROS = ["The command is ", "So, again: ", "Once more, slowly: ", "Okay. "]
OUTROS = [
    ". Thank you.",
    ". That is all, thank you very much.",
    ", and that is everything. Thanks.",
    ". Please execute it.",
    ".",
    ", that is it. Thank you.",
    ". Okay, thank you.",
]
REMARKS = ["I hope this is clear", "this is important", "as always", "one moment"]
NAT_FILLERS = ["eh", "um", "ehm"]

CONN_FLAG = ["now comes the flag ", "then the option ", "with the flag ", "then ",
             "and then ", "", "", "after that "]
CONN_FILE = ["and the file is called ", "the file is ", "on the path ", "then ", "", ""]
CONN_URL = ["the address is ", "then ", ""]
CONN_NUM = ["the value is ", "with the number ", "then ", ""]
CONN_OP = ["and then ", "then ", ""]
CONN_AFTER_OP = ["into the file ", "into ", ""]
CONN_PROG = ["then the program ", "and then ", ""]
CONN_OTHER = ["then ", "and then ", "the name is ", "", "", "after that "]
CONNECTORS = sorted(
    {c.strip() for group in (CONN_FLAG, CONN_FILE, CONN_URL, CONN_NUM, CONN_OP,
                             CONN_AFTER_OP, CONN_PROG, CONN_OTHER) for c in group if c},
    key=len, reverse=True)

REPLACE_MARKS = ["no wait,", "no, no, sorry,", "I mean", "actually,", "eh, I made a mistake,",
                 "sorry, I mean"]
RESTART_MARKS = ["... no, no, I start again from the beginning. ", "... scratch that. "]


# ---------------------------------------------------------------- decoder

class Vocab:
    """The words a decoder knows for one slice."""

    def __init__(self, fuzzy: bool, spaces: tuple[str, ...]) -> None:
        self.fuzzy = fuzzy
        self.spaces = set(spaces)
        self.phrases: dict[tuple[str, ...], str] = {}
        for sym, word in CLEAN_SYMBOLS.items():
            self.phrases[tuple(word.split())] = sym
        self.units = {w: i for i, w in enumerate(UNITS)}
        self.cap = {"capital"}
        self.allcaps = {("all", "caps")}
        if fuzzy:
            for sym, words in FUZZY_SYMBOLS.items():
                for w in words:
                    self.phrases[tuple(w.split())] = sym
            self.units.update({"tree": 3, "cero": 0})
            self.cap.add("uppercase")
            self.allcaps.add(("all", "capitals"))
        self.teens = {w: 10 + i for i, w in enumerate(TEENS)}
        self.tens = {w: 10 * i for i, w in enumerate(TENS) if w}
        self.maxlen = max(len(k) for k in self.phrases)

    def special_at(self, words: list[str], i: int) -> bool:
        """True when the word at ``i`` would not be read as a plain literal."""
        w = words[i]
        if (w in self.spaces or w in self.cap or w in self.units or w in self.teens
                or w in self.tens):
            return True
        if self.fuzzy and w in PROTOCOL_FILLERS:
            return True
        pair = tuple(words[i:i + 2])
        if pair == ("the", "word") or pair in self.allcaps:
            return True
        for n in range(self.maxlen, 0, -1):
            if tuple(words[i:i + n]) in self.phrases:
                return True
        return bool(self.fuzzy and len(w) == 1 and w in CITIES and i + 2 < len(words)
                    and words[i + 1] == "of" and words[i + 2] == CITIES[w].lower())


CLEAN_VOCAB = Vocab(False, ("space",))
FUZZY_VOCAB = Vocab(True, ("space", "espace"))
NATURAL_VOCAB = Vocab(True, ())


def decode_words(words: list[str], v: Vocab) -> list[str]:
    """Rebuild command words from lowercase spoken words (protocol rules)."""
    tokens = [""]
    case = None
    i, n = 0, len(words)

    def emit(s: str) -> None:
        nonlocal case
        if case == "cap":
            s = s[:1].upper() + s[1:]
        elif case == "upper":
            s = s.upper()
        case = None
        tokens[-1] += s

    while i < n:
        w = words[i]
        if w in v.spaces:
            tokens.append("")
            i += 1
            continue
        if tuple(words[i:i + 2]) == ("the", "word") and i + 2 < n:
            emit(words[i + 2])
            i += 3
            continue
        if w in v.cap:
            case = "cap"
            i += 1
            continue
        if tuple(words[i:i + 2]) in v.allcaps:
            case = "upper"
            i += 2
            continue
        for size in range(v.maxlen, 0, -1):
            key = tuple(words[i:i + size])
            if len(key) == size and key in v.phrases:
                tokens[-1] += v.phrases[key]
                i += size
                break
        else:
            if w in v.tens:
                val = v.tens[w]
                if i + 1 < n and v.units.get(words[i + 1], 0) > 0:
                    val += v.units[words[i + 1]]
                    i += 1
                tokens[-1] += str(val)
                i += 1
            elif w in v.teens:
                tokens[-1] += str(v.teens[w])
                i += 1
            elif w in v.units:
                tokens[-1] += str(v.units[w])
                i += 1
            elif (v.fuzzy and len(w) == 1 and w in CITIES and i + 2 < n
                  and words[i + 1] == "of" and words[i + 2] == CITIES[w].lower()):
                emit(w)
                i += 3
            else:
                emit(w)
                i += 1
    return tokens


def decode_protocol(text: str, fuzzy: bool) -> str:
    """Clean or fuzzy transcript -> command."""
    words = []
    for raw in text.split():
        w = raw.lower()
        if fuzzy:
            w = w.rstrip(",.?!")
            if not w or w in PROTOCOL_FILLERS:
                continue
        words.append(w)
    return " ".join(decode_words(words, FUZZY_VOCAB if fuzzy else CLEAN_VOCAB))


def decode_natural(text: str) -> str:
    """Natural transcript -> command (pause punctuation separates the words)."""
    body = text
    for intro in sorted(INTROS + RESTART_INTROS, key=len, reverse=True):
        if body.startswith(intro):
            body = body[len(intro):]
            break
    for outro in sorted(OUTROS, key=len, reverse=True):
        if body.endswith(outro):
            body = body[: -len(outro)]
            break
    out = []
    for chunk in re.split(r"[,.](?:\s+|$)", body):
        c = chunk.strip().lower()
        if not c or c in NAT_FILLERS or c in REMARKS:
            continue
        for conn in CONNECTORS:
            if c.startswith(conn + " "):
                c = c[len(conn) + 1:]
                break
        toks = decode_words(c.split(), NATURAL_VOCAB)
        out.append("".join(toks))
    return " ".join(out)


# ---------------------------------------------------------------- encoder

VOWELS = set("aeiouy")


def camel(run: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run)


def pieces(tok: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in re.finditer(r"[A-Za-z]+|[0-9]+|&&|.", tok):
        s = m.group()
        if s[0].isalpha():
            out.extend(("L", sub) for sub in camel(s))
        elif s[0].isdigit():
            out.append(("N", s))
        else:
            out.append(("S", s))
    return out


def number_words(s: str) -> list[str]:
    if len(s) <= 2 and (s == "0" or s[0] != "0"):
        n = int(s)
        if n < 10:
            return [UNITS[n]]
        if n < 20:
            return [TEENS[n - 10]]
        return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])
    return [UNITS[int(d)] for d in s]


class Item:
    """One spoken unit: text, kind (lit, clit, elit, digits, num, sym, mark) and symbol."""

    __slots__ = ("kind", "sym", "text")

    def __init__(self, text: str, kind: str, sym: str = "") -> None:
        self.text, self.kind, self.sym = text, kind, sym


class Speaker:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.quotes = 0  # double quotes said so far in this command

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def symbol(self, s: str, tok: str) -> str:
        if s == '"':
            self.quotes += 1
        canon = CLEAN_SYMBOLS.get(s)
        if canon is None:
            raise ValueError(f"no word for {s!r}")
        if self.style == "clean":
            return canon
        if s == '"':
            opening = self.quotes % 2 == 1
            persona = "open quotes" if opening else "close quotes"
            options = [canon, persona, persona, "double quote", "comillas"]
            return self.rng.choice(options)
        if s == ">" and tok == ">":
            return self.rng.choice(["greater than", "bigger than", "bigger than", "redirect"]
                                   if self.style == "fuzzy" else
                                   ["greater than", "bigger than", "bigger than"])
        syn = [w for w in FUZZY_SYMBOLS.get(s, []) if w not in ("redirect", "open quotes",
                                                              "close quotes", "double dash")]
        p = 0.45 if self.style == "fuzzy" else 0.15
        if s in "<>":
            p = 0.5
        if syn and self.chance(p):
            return self.rng.choice(syn)
        return canon

    def letters(self, run: str, alone_flag: bool) -> list[Item]:
        st = self.style
        if run.islower():
            if len(run) == 1:
                if st != "clean" and alone_flag and self.chance(0.3):
                    return [Item(run, "lit"), Item("of", "mark"), Item(CITIES[run], "mark")]
                noisy = st == "fuzzy" or (st == "natural" and alone_flag)
                text = run.upper() if noisy and self.chance(0.2) else run
                return [Item(text, "lit")]
            if st in ("clean", "fuzzy") and len(run) <= 5 and not (set(run) & VOWELS):
                r = self.rng.random()
                if st == "clean" and r < 0.6:
                    return [Item(c, "lit") for c in run]
                if st == "fuzzy":
                    if r < 0.35:
                        return [Item(c, "lit") for c in run]
                    if r < 0.55:
                        return [Item(c.upper(), "lit") for c in run]
                    if r < 0.75:
                        return [Item(run.upper(), "lit")]
            return [Item(run, "lit")]
        cap_word = "capital"
        all_word = "all caps"
        if st == "fuzzy":
            if self.chance(0.2):
                cap_word = "uppercase"
            if self.chance(0.2):
                all_word = "all capitals"
        shown = run.lower() if st == "clean" else run
        if len(run) == 1 or (run[0].isupper() and run[1:].islower()):
            if len(run) == 1 and st != "clean" and alone_flag and self.chance(0.3):
                return [Item(cap_word, "mark"), Item(run.lower(), "clit"), Item("of", "mark"),
                        Item(CITIES[run.lower()], "mark")]
            return [Item(cap_word, "mark"), Item(shown, "clit")]
        return [Item(all_word, "mark"), Item(shown, "clit")]

    def number(self, s: str) -> list[Item]:
        if self.style == "natural" or (self.style == "fuzzy" and self.chance(0.3)):
            return [Item(s, "digits")]
        words = number_words(s)
        if self.style == "fuzzy":
            words = ["tree" if w == "three" and self.chance(0.5) else
                     "cero" if w == "zero" and self.chance(0.4) else w for w in words]
        return [Item(w, "num") for w in words]

    def token(self, tok: str, vocab: Vocab) -> list[Item]:
        pcs = pieces(tok)
        items: list[Item] = []
        j = 0
        while j < len(pcs):
            kind, s = pcs[j]
            if kind == "L":
                alone = len(pcs) == 2 and j == 1 and pcs[0] == ("S", "-")
                items.extend(self.letters(s, alone))
            elif kind == "N":
                items.extend(self.number(s))
            else:
                if s == "-" and self.style != "clean" and j + 1 < len(pcs) and pcs[j + 1] == (
                        "S", "-"):
                    pair = ["dash dash"] * 4 + ["double dash", "double dash", "minus minus"]
                    if self.style == "fuzzy":
                        pair += ["double dash", "minus minus", "guion guion", "hyphen hyphen"]
                    items.append(Item(self.rng.choice(pair), "sym", "--"))
                    j += 2
                    continue
                items.append(Item(self.symbol(s, tok), "sym", s))
            j += 1
        items = self.escape(items, vocab)
        if self.style != "clean":
            items = self.merge_dots(items)
        return items

    @staticmethod
    def escape(items: list[Item], vocab: Vocab) -> list[Item]:
        out: list[Item] = []
        for k, it in enumerate(items):
            if it.kind in ("lit", "clit"):
                rest = [w.lower() for x in items[k:] for w in x.text.split()]
                if len(it.text) > 1 and vocab.special_at(rest, 0):
                    out.append(Item("the word", "mark"))
                    it = Item(it.text, "elit")
            out.append(it)
        return out

    def merge_dots(self, items: list[Item]) -> list[Item]:
        p = 0.35 if self.style == "fuzzy" else 0.5
        out: list[Item] = []
        k = 0
        while k < len(items):
            it = items[k]
            if (it.kind == "sym" and it.sym == "." and out and k + 1 < len(items)
                    and out[-1].kind in ("lit", "digits", "mlit")
                    and items[k + 1].kind in ("lit", "digits")
                    and len(out[-1].text) > 1 and len(items[k + 1].text) > 1
                    and self.chance(p)):
                prev = out.pop()
                out.append(Item(prev.text + "." + items[k + 1].text, "mlit"))
                k += 2
                continue
            out.append(it)
            k += 1
        return out


def say_clean(cmd: str, rng: random.Random) -> str:
    sp = Speaker(rng, "clean")
    parts = [" ".join(it.text for it in sp.token(t, CLEAN_VOCAB)) for t in cmd.split(" ")]
    return " space ".join(parts)


def say_fuzzy(cmd: str, rng: random.Random) -> str:
    sp = Speaker(rng, "fuzzy")
    parts = [" ".join(it.text for it in sp.token(t, FUZZY_VOCAB)) for t in cmd.split(" ")]
    out = parts[0]
    fillers = 0
    for part in parts[1:]:
        if fillers < 2 and rng.random() < 0.12:
            out += " " + rng.choice(["eh,", "ehm,", "um,", "uh,"])
            fillers += 1
        word = "espace" if rng.random() < 0.2 else "space"
        if rng.random() < 0.1:
            word += ","
        out += " " + word + " " + part
    if rng.random() < 0.15:
        out += ", please"
    if rng.random() < 0.5:
        out = out[0].upper() + out[1:]
    if rng.random() < 0.35:
        out += "."
    return out


def natural_word(tok: str, sp: Speaker) -> str:
    """One command word as Javier says it in free speech (natural/chaotic)."""
    items = sp.token(tok, NATURAL_VOCAB)
    out = ""
    prev_plain = False
    for it in items:
        plain = it.kind in ("lit", "digits", "mlit") and not (
            it.kind == "lit" and len(it.text) == 1 and it.text.isupper())
        if out and not (plain and prev_plain):
            out += " "
        out += it.text
        prev_plain = plain
    return out


def kind_of(tok: str, prev: str) -> list[str]:
    if prev in (">", ">>", "|", "<"):
        return CONN_AFTER_OP
    if prev == "sudo":
        return CONN_PROG
    if tok.startswith("-") and len(tok) > 1 and (tok[1].isalpha() or tok[1] == "-"):
        return CONN_FLAG
    if "://" in tok:
        return CONN_URL
    if "/" in tok or re.search(r"\.[A-Za-z0-9]+$", tok):
        return CONN_FILE
    if tok.isdigit():
        return CONN_NUM
    if not any(c.isalnum() for c in tok):
        return CONN_OP
    return CONN_OTHER


def join_chunks(chunks: list[str], rng: random.Random) -> str:
    out = chunks[0]
    for c in chunks[1:]:
        if rng.random() < 0.15:
            out += ". " + c[0].upper() + c[1:]
        else:
            out += ", " + c
    return out


def natural_chunks(cmd: str, rng: random.Random, sp: Speaker) -> tuple[list[str], list[str]]:
    """Chunks (announcement + word) and the bare spoken words, one per command word."""
    toks = cmd.split(" ")
    chunks, said = [], []
    for k, tok in enumerate(toks):
        w = natural_word(tok, sp)
        conn = "" if k == 0 else rng.choice(kind_of(tok, toks[k - 1]))
        chunks.append(conn + w)
        said.append(w)
    return chunks, said


def sprinkle(chunks: list[str], rng: random.Random) -> list[str]:
    out = [chunks[0]]
    for c in chunks[1:]:
        r = rng.random()
        if r < 0.1:
            out.append(rng.choice(NAT_FILLERS))
        elif r < 0.15:
            out.append(rng.choice(REMARKS))
        out.append(c)
    return out


def say_natural(cmd: str, rng: random.Random) -> str:
    sp = Speaker(rng, "natural")
    chunks, _ = natural_chunks(cmd, rng, sp)
    text = rng.choice(INTROS) + join_chunks(sprinkle(chunks, rng), rng)
    return text + rng.choice(OUTROS)


# ---------------------------------------------------------------- chaotic

OTHER_EXT = ["txt", "log", "conf", "json", "py", "sh", "pdf"]
OTHER_LONG = ["--verbose", "--force", "--output", "--help", "--quiet", "--all"]
OTHER_WORD = ["main", "test", "demo", "alpha", "backup", "server"]
DIR_SWAP = {"projects": "project", "src": "docs", "docs": "src", "tmp": "var", "data": "date"}


def mutate(tok: str, rng: random.Random) -> str:
    options = []
    nums = list(re.finditer(r"\d+", tok))
    if nums:
        m = nums[-1]
        val = str(int(m.group()) + rng.choice([1, 2, 5])).zfill(len(m.group()))
        options.append(tok[: m.start()] + val + tok[m.end():])
    m = re.search(r"\.([a-z]{2,5})$", tok)
    if m:
        ext = rng.choice([e for e in OTHER_EXT if e != m.group(1)])
        options.append(tok[: m.start() + 1] + ext)
    if re.fullmatch(r"-[a-z]", tok):
        options.append("-" + rng.choice([c for c in "abcdefhlmnoprsv" if c != tok[1]]))
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        options.append(rng.choice([o for o in OTHER_LONG if o != tok]))
    for a, b in DIR_SWAP.items():
        if re.search(rf"(^|/){a}(/|$)", tok):
            options.append(re.sub(rf"(^|/){a}(/|$)", rf"\g<1>{b}\g<2>", tok, count=1))
    if re.fullmatch(r"[a-z]+", tok):
        options.append(rng.choice([w for w in OTHER_WORD if w != tok]))
    options = [o for o in options if o != tok]
    return rng.choice(options) if options else ""


def say_chaotic(cmd: str, rng: random.Random) -> tuple[str, list[str], int]:
    """Return the text, the spoken form of each command word, and where checking starts."""
    sp = Speaker(rng, "natural")
    toks = cmd.split(" ")
    chunks, said = natural_chunks(cmd, rng, sp)
    conns = [c[: len(c) - len(w)] for c, w in zip(chunks, said, strict=True)]
    kinds = ["replace", "sorrynot", "trail", "spurious", "append", "restart"]
    first = rng.choice(kinds)
    todo = [first]
    if rng.random() < 0.35:
        todo.append(rng.choice([k for k in kinds if k != first]))
    if len(toks) < 2:
        todo = [k for k in todo if k != "append"] or ["replace"]
    order = {"spurious": 1, "append": 2, "restart": 3}
    todo.sort(key=lambda k: order.get(k, 0))  # per-word edits first, restart wraps all
    used: set[int] = set()
    if "append" in todo:
        used.add(len(toks) - 1)  # that word is said at the very end instead
    extras: list[tuple[int, str]] = []
    tail = ""
    for kind in todo:
        free = [i for i in range(len(toks)) if i not in used]
        if kind in ("replace", "sorrynot", "trail") and free:
            i = rng.choice(free)
            used.add(i)
            words = said[i].split()
            if kind == "trail" and len(words) >= 2:
                cut = " ".join(words[: rng.randint(1, len(words) - 1)])
                mid = rng.choice(["", "I mean ", "eh "])
                chunks[i] = f"{conns[i]}{cut}... {mid}{said[i]}"
                continue
            wrong_tok = mutate(toks[i], rng)
            if not wrong_tok:
                wrong = said[i][:-1] if len(said[i]) > 3 else "eh"
                chunks[i] = f"{conns[i]}{wrong}... {said[i]}"
                continue
            wrong = natural_word(wrong_tok, sp)
            if kind == "sorrynot":
                chunks[i] = f"{conns[i]}{wrong}, sorry, not {wrong}, {said[i]}"
            else:
                chunks[i] = f"{conns[i]}{wrong}, {rng.choice(REPLACE_MARKS)} {said[i]}"
        elif kind == "spurious":
            extra = rng.choice([o for o in ["-v", "--verbose", "-f", "--force", "-r", "-q"]
                                if o not in toks])
            pos = rng.randint(1, len(toks))
            extras.append((pos, f"{rng.choice(CONN_FLAG)}{natural_word(extra, sp)}, "
                                "no, forget that one"))
        elif kind == "append":
            tail = rng.choice([f", oh, and add {said[-1]} at the end",
                               f". Oh, I forgot, at the end comes {said[-1]}"])
    final: list[str] = []
    for i, chunk in enumerate(chunks):
        final.extend(t for pos, t in extras if pos == i)
        if not (tail and i == len(chunks) - 1):
            final.append(chunk)
    final.extend(t for pos, t in extras if pos == len(chunks))
    body = join_chunks(sprinkle(final, rng), rng) + tail
    intro = rng.choice(INTROS)
    if "restart" in todo:
        keep = rng.randint(1, max(1, len(final) - 1))
        start = intro + ", ".join(final[:keep]) + rng.choice(RESTART_MARKS)
        text = start + rng.choice(RESTART_INTROS) + body + rng.choice(OUTROS)
        return text, said, len(start)
    return intro + body + rng.choice(OUTROS), said, 0


def chaotic_ok(text: str, said: list[str], start: int) -> bool:
    pos = start
    for w in said:
        idx = text.find(w, pos)
        if idx < 0:
            return False
        pos = idx + len(w)
    return True


# ---------------------------------------------------------------- driver

def first_word(cmd: str) -> str:
    t = cmd.split()
    if len(t) > 1 and t[0] == "sudo":
        return t[1]
    return t[0] if t else ""


def load_commands() -> list[str]:
    known = set()
    for name in ("train.jsonl", "eval.jsonl"):
        with open(DATA / name, encoding="utf-8") as fh:
            for line in fh:
                known.add(first_word(json.loads(line)["command"]))
    seen, out = set(), []
    with open(DATA / "corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            cmd = json.loads(line)["command"]
            if (cmd in seen or cmd in SKIP or first_word(cmd) in known or not cmd.isascii()
                    or len(cmd) > MAX_LEN or "\t" in cmd or "  " in cmd or "<<" in cmd
                    or cmd != cmd.strip() or not cmd):
                continue
            seen.add(cmd)
            out.append(cmd)
    return out


def make_line(cmd: str, slice_: str, rng: random.Random) -> str | None:
    for _ in range(3):
        try:
            if slice_ == "clean":
                text = say_clean(cmd, rng)
                ok = decode_protocol(text, fuzzy=False) == cmd
            elif slice_ == "fuzzy":
                text = say_fuzzy(cmd, rng)
                ok = decode_protocol(text, fuzzy=True) == cmd
            elif slice_ == "natural":
                text = say_natural(cmd, rng)
                ok = decode_natural(text) == cmd
            else:
                text, said, start = say_chaotic(cmd, rng)
                ok = chaotic_ok(text, said, start)
        except ValueError:
            return None
        if ok and text.isascii() and "\t" not in text:
            return text
    return None


def main() -> int:
    rng = random.Random(SEED)
    commands = load_commands()
    rng.shuffle(commands)
    rows: list[dict[str, str]] = []
    skipped: list[tuple[str, str]] = []
    it = iter(commands)
    for slice_ in SLICES:
        count = singles = 0
        while count < PER_SLICE:
            cmd = next(it, None)
            if cmd is None:
                print(f"ran out of commands in slice {slice_}", file=sys.stderr)
                return 1
            if " " not in cmd:
                if singles >= MAX_SINGLE_WORD:
                    continue
            text = make_line(cmd, slice_, rng)
            if text is None:
                skipped.append((slice_, cmd))
                continue
            singles += " " not in cmd
            rows.append({"input": text, "command": cmd, "slice": slice_, "author": "eighth"})
            count += 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    for slice_ in SLICES:
        print(f"{slice_}: {sum(r['slice'] == slice_ for r in rows)}")
    print(f"skipped (failed self-check): {len(skipped)}")
    for s, c in skipped:
        print(f"  {s}: {c}")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
