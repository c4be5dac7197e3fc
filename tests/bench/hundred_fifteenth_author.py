#!/usr/bin/env python3
# ruff: noqa: B905, E501, UP032
"""Author 115 -- a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author115.jsonl: 400 lines of
{"input", "command", "slice", "author"}, 100 per slice, in the order
clean, fuzzy, natural, chaotic.  Standard library only; one
random.Random(115) is consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command is taken verbatim from
assets/training/bash/pages_dev62_commands.jsonl (0-based line numbers n with
n % 3 == 0 only), which is derived from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0.  Commands are
drawn by the seeded generator among the allowed ones: ASCII only, no tabs,
no double spaces, at most 64 characters, at most 48 spoken tokens in this
speaker's clean protocol, at most two commands per first word, all 400
distinct.

STYLE GUIDE
===========

The speaker
-----------
Karthik (invented), a site-reliability engineer on a Chennai on-call
rotation.  He dictates shell commands into the app between pager alerts,
headset on, in Tanglish: English for everything technical, Tamil for the
glue.  His Tamil leaks in as fillers ("aama" = yes, "seri" = okay,
"enna" = what / so, "apdiye" = just like that, "machi" / "da" = mate,
"paaru" = look), as corrections ("illa illa" = no no, "thappu" = wrong,
"athu illa" = not that, "sorry sorry", "correct-a sollanum na" = to say it
properly, "thirumba sollren" = I'll say it again, "maathu" = change it), as
pauses ("oru nimisham" = one minute, "pager adikuthu" = the pager is
ringing, "later paakalam" = we'll see later) and as the Indian-English
sentence-final "only" ("slash tmp only" = exactly /tmp, nothing else).
He counts in Indian English: "double five", "triple zero", and round
numbers as "eight thousand", "one hundred".

The protocol as this speaker uses it (clean slice)
--------------------------------------------------
The clean slice is a careful transcript: lower case, no punctuation,
nothing but the command.  decode() in this file is the listener for it and
every clean line is asserted to decode to its command.

* Spacing.  He says "space" at every space of the command, including
  spaces inside quotes.  Nothing else produces a space: every other spoken
  token between two "space"s is glued together.  Because of that, how he
  chops a token into words does not matter to the listener ("bundle tool"
  and "bundletool" both give bundletool).
* Symbols - always the same name:
    -  dash            .  dot             /  slash        \\ backslash
    |  pipe            *  star            !  bang         #  hash
    ~  tilde           @  at              $  dollar       %  percent
    ^  caret           &  ampersand       =  equals       +  plus
    :  colon           ;  semicolon       _  underscore   ,  comma
    "  quote           '  single quote    `  backtick     ?  question mark
    ( ) open paren / close paren          { } open brace / close brace
    [ ] open bracket / close bracket      <  less than    >  greater than
  A token that is only a redirection (">", ">>", "2>", "2>&1", "&>")
  uses "redirect" for > and "append" for >>: "two redirect ampersand one".
  Elsewhere > is "greater than" and >> is "double greater than".
  && is "and and", || is "pipe pipe", .. is "dot dot".
* Repeats - his Indian habit, applied uniformly: "double X" is X twice and
  "triple X" is X three times, for a digit, a letter or a symbol.  So --
  is "double dash", // is "double slash", 55 is "double five", 000 is
  "triple zero", ss is "double s", "" is "double quote" (two quote marks;
  a single " is always just "quote").  Four of a kind is "double X double
  X", five is "triple X double X".
* Numbers are said digit by digit ("one nine two dot one six eight"),
  with double/triple for repeated digits, except exact round numbers:
  d00 is "d hundred", d000 is "d thousand", 10000 is "ten thousand".
  "hundred"/"thousand" only ever multiply the single digit word just before
  them.  Decimals are "zero dot seven" - he always says "dot", never point.
* Letters are spelled as bare letter names, written as single letters
  ("l s", "s d b one").  A lower-case run is said as a word when it is
  pronounceable (has a vowel, a legal English onset and coda, no triple
  letters, not a known acronym such as aws, env, img, etc); an
  unpronounceable head or tail is spelled and the rest said ("p n m norm",
  "m k swap", "h double d temp", "debug f s", "system d"); anything else is
  spelled outright ("h t m l q", "x double f").  Two-letter runs are
  spelled unless they are everyday words (go, up, in, on, to, do, my, ...).
* Casing.  "capital" upper-cases the first letter of the next word or
  letter ("capital makefile" = Makefile, "dash capital r" = -R).
  "all caps" upper-cases the next word ("all caps path" = PATH) or, when
  followed by spelled letters, the whole run of spelled letters up to the
  next non-letter ("all caps double y double y dot" = YYYY.).  When an
  upper-case run is glued to spelled lower-case letters he falls back to
  "capital" on each letter.
* Case runs - he uses them for identifiers made entirely of
  pronounceable words: "snake case bucket name" = bucket_name,
  "screaming case max size" = MAX_SIZE, "camel case my app" = myApp,
  "pascal case dedicated server" = DedicatedServer, and "kebab case" only
  for three or more hyphenated words ("double dash kebab case list archive
  rules" = --list-archive-rules; two-word ones are "no dash create").
  A case run takes the following plain words and stops at the first
  symbol, digit, spelled letter, "space" or escaped word.
* Collisions.  A literal word that is also a protocol word (any symbol
  name or synonym from the app's facts, digit or number words, double,
  triple, capital, all, caps, case, camel, snake, kebab, pascal, screaming,
  space, word, redirect, append, and) is preceded by "word": "word space",
  "word and", "capital word dot" = Dot.  "word word" is the literal word.

Natural-speech habits (natural and chaotic slices)
--------------------------------------------------
Same spelling, digit, repeat and casing habits, but he stops saying
"space" (the listener infers spacing from the command shape), and his
symbol names loosen: dash / minus / hyphen ("hyphen hyphen" for --),
dot / period / point and now and then an Indian "full stop", slash /
forward slash, "at the rate" for @, "equal to" for =, "redirect to" and
"append to", "open quote ... close quote".  Literal protocol words
become "the word X".  He half the time drops "snake case" and says the
underscores.  He opens with a short Tanglish frame ("Seri machi, type
this:", "Aama, next command:", "Okay da, run this one:") and sometimes
signs off ("athu dhaan.", "that's it only.", "enter pannidu.").  Fillers
(aama, seri, basically, apdiye, enna, hmm, machi) fall between tokens,
set off by commas.

Chaotic habits
--------------
Natural plus trouble, always recoverable by a careful listener:
* word-scope correction: "config dot json, illa illa, config dot yaml"
  (also "thappu", "athu illa", "sorry sorry", "no no, I mean", "wait,
  make that", "illa, correct-a sollanum na"); at the end of the command
  the fix may be clinched with "only".
* flag-scope correction: "dash V, thappu, flag maathu, dash capital V";
  for a case slip "small v illa, capital V".
* whole-command correction: a wrong start or a whole wrong command, then
  "illa illa, full command thappu, thirumba sollren:" and the full command
  again from the top.
* partial answer: he stops mid-command for an aside ("oru nimisham,
  pager adikuthu", "aiyyo, PagerDuty again", "disk alert on prod, later
  paakalam") and resumes with "seri, where was I, aama," and the rest.
* restarts and repeated words: "mkswap... mkswap", "aama aama".

Whisper's habits (fuzzy, natural, chaotic)
------------------------------------------
Whisper capitalises the first letter, adds commas and a final period,
writes spelled letters as capitals (glued "PNM" or spaced "P N M"),
sometimes hears a letter as a homophone ("see", "are", "why", "you",
"oh", "tea"), writes digit runs as numerals ("192", "8,000", "double 5",
"21 double 0") and sometimes hears "two" as "to", "four" as "for",
"three" as "tree"; it glues "config dot yaml" into "config.yaml", writes a
spoken path straight as "/tmp/app.log", splits "backslash", "underscore",
"semicolon", "backtick" and long words, hears "tilde" as "tilda",
"caret" as "carrot", "paren" as "parent", "kebab" as "kabab".

The four slices
---------------
clean    - the careful protocol transcript above.
fuzzy    - the same protocol ("space" still said) as Whisper writes it,
           with the symbol synonyms minus / hyphen, period / point,
           forward slash, asterisk; no framing and no fillers.
natural  - natural style: opener, maybe a sign-off, fillers, loose symbol
           names, Whisper's sentences and numerals.
chaotic  - natural plus one correction, restart or partial answer, and
           sometimes a stutter or an aside as well.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev62_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author115.jsonl")
AUTHOR = "author115"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# Protocol tables
# ---------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_INDEX = {w: i for i, w in enumerate(DIGIT_WORDS)}

SYM_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than",
}
PHRASES = {tuple(v.split()): k for k, v in SYM_NAME.items()}
PHRASES[("redirect",)] = ">"
PHRASES[("append",)] = ">>"
PHRASES[("and", "and")] = "&&"

CASE_STYLES = ("camel", "snake", "kebab", "pascal", "screaming")

RESERVED = set()
for _v in SYM_NAME.values():
    RESERVED.update(_v.split())
RESERVED.update(DIGIT_WORDS)
RESERVED.update(CASE_STYLES)
RESERVED.update("""space word double triple capital all caps case redirect append and
    ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
    twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    minus hyphen period point forward sign asterisk curly angle equal
    parens brackets braces lower upper""".split())

VOWELS = set("aeiou")
ONSETS = set("""bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps qu sc sch
    scr sh shr sk sl sm sn sp spl spr sq st str sw th thr tr tw wh wr""".split())
CODAS2 = set("""st nd nt ng nk ck sk sp ft ld lt lk lf lm lp mp pt rt rd rk rm rn
    rs rl rp ct ts ds ns ms ls ks ps gs bs rb rg rf rc ch sh th ph gh wn wl ws
    xt ll ss ff zz tt nn mm dd pp gg rr bb lv rv nc gn cs""".split())
CODAS3 = set("nts nds rst mps nks ght tch sts lds rds rks rts rld dth nch rch rth xts nst rns lls cts pts".split())
SPELL = set("""aws gh ip id os io ui db vm api url uri cli gpu cpu ssl tls dns img usb
    ssd hdd tty pid uid gid adb apk arn ecs eks iam kms sns sqs ssm sts env obj exe
    aab osm etc ext iso ini sif jj pw""".split())
FORCE_WORDS = set("json yaml toml".split())
SHORT_WORDS = set("go up in on to do no my me we so or if by as at is it of ok hi us an be".split())


def _vowel_mask(w):
    return [c in VOWELS or (c == "y" and i > 0) for i, c in enumerate(w)]


def sayable(w):
    """Would this speaker pronounce the lower-case run w as a word?"""
    if w in SPELL:
        return False
    if w in SHORT_WORDS or w in FORCE_WORDS:
        return True
    if len(w) < 3 or re.search(r"(.)\1\1", w):
        return False
    mask = _vowel_mask(w)
    if not any(mask):
        return False
    first = mask.index(True)
    onset = w[:first]
    if len(onset) >= 2 and onset not in ONSETS:
        return False
    run = 0
    for m in mask:
        run = 0 if m else run + 1
        if run > 4:
            return False
    last = len(mask) - 1 - mask[::-1].index(True)
    coda = w[last + 1:]
    if len(coda) == 2 and coda not in CODAS2:
        return False
    if len(coda) == 3 and coda not in CODAS3:
        return False
    if len(coda) > 3:
        return False
    return True


def alpha_units(w):
    """Units for a lower-case letter run: words, escaped words, spelled letters."""
    def wordunit(x):
        return ("esc", x) if x in RESERVED else ("word", x)
    if sayable(w):
        return [wordunit(w)]
    for k in range(1, 5):          # spell an unpronounceable head
        rest = w[k:]
        if len(rest) >= 3 and rest not in SHORT_WORDS and rest not in RESERVED and sayable(rest):
            return [("spell", w[:k]), wordunit(rest)]
    for k in range(1, 6):          # spell an unpronounceable tail
        head = w[:-k]
        if (len(head) >= 4 or head == "my") and head not in RESERVED and sayable(head):
            return [wordunit(head), ("spell", w[-k:])]
    return [("spell", w)]


def repeat_words(s, no_rep_first=False):
    """Spell letters / digits / symbol names with double and triple."""
    out = []
    first = True
    for m in re.finditer(r"(.)\1*", s):
        ch = m.group(0)[0]
        n = len(m.group(0))
        if ch.isdigit():
            name = [DIGIT_WORDS[int(ch)]]
        elif ch.isalpha():
            name = [ch]
        else:
            name = SYM_NAME[ch].split()
        if first and no_rep_first and n > 1:
            out += name
            n -= 1
        first = False
        while n > 0:
            if n >= 5 or n == 3:
                out += ["triple"] + name
                n -= 3
            elif n in (2, 4):
                out += ["double"] + name
                n -= 2
            else:
                out += name
                n -= 1
    return out


def num_words(d):
    if re.fullmatch(r"[1-9]00", d):
        return [DIGIT_WORDS[int(d[0])], "hundred"]
    if re.fullmatch(r"[1-9]000", d):
        return [DIGIT_WORDS[int(d[0])], "thousand"]
    if d == "10000":
        return ["ten", "thousand"]
    return repeat_words(d)


def sym_words(run, redir):
    if redir and run == ">":
        return ["redirect"]
    if redir and run == ">>":
        return ["append"]
    if run == "&&":
        return ["and", "and"]
    if run == "..":
        return ["dot", "dot"]
    if run == "||":
        return ["pipe", "pipe"]
    return repeat_words(run)


CASE_PATTERNS = [
    ("screaming", re.compile(r"(?<![A-Za-z])[A-Z]+(?:_[A-Z]+)+(?![A-Za-z])")),
    ("snake", re.compile(r"(?<![A-Za-z])[a-z]+(?:_[a-z]+)+(?![A-Za-z])")),
    ("kebab", re.compile(r"(?<![A-Za-z])[a-z]+(?:-[a-z]+){2,}(?![A-Za-z])")),
    ("pascal", re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]+){2,}(?![A-Za-z])")),
    ("camel", re.compile(r"(?<![A-Za-z])[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z])")),
]
LEX = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|[0-9]+|([^A-Za-z0-9])\1*")
REDIR_CHUNK = re.compile(r"[0-9&]?>{1,2}(?:&[0-9])?")


def case_parts(style, text):
    if style in ("snake", "screaming"):
        parts = text.lower().split("_")
    elif style == "kebab":
        parts = text.split("-")
    else:
        parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", text)]
    return parts


def case_ok(parts):
    return all(len(p) >= 2 and sayable(p) and p not in RESERVED for p in parts)


def join_case(style, parts):
    if style == "snake":
        return "_".join(parts)
    if style == "screaming":
        return "_".join(parts).upper()
    if style == "kebab":
        return "-".join(parts)
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def lex_units(seg, redir, caps_fallback):
    units = []
    for m in LEX.finditer(seg):
        t = m.group(0)
        if t.islower():
            units += alpha_units(t)
        elif t.isdigit():
            units.append(("num", t))
        elif t[0].isupper() and t[1:].islower() and len(t) > 1:
            units.append(("cap", alpha_units(t.lower())))
        elif t.isupper():
            if len(t) == 1:
                units.append(("capl", t.lower()))
            elif caps_fallback and not sayable(t.lower()):
                units += [("capl", c.lower()) for c in t]
            else:
                lw = t.lower()
                if sayable(lw):
                    units.append(("caps", "esc" if lw in RESERVED else "word", lw))
                else:
                    units.append(("caps", "spell", lw))
        else:
            units.append(("sym", t, redir))
    return units


def encode_chunk(chunk, use_case=True, caps_fallback=False):
    redir = bool(REDIR_CHUNK.fullmatch(chunk))
    spans = []
    if use_case:
        cands = []
        for style, pat in CASE_PATTERNS:
            for m in pat.finditer(chunk):
                parts = case_parts(style, m.group(0))
                if case_ok(parts) and join_case(style, parts) == m.group(0):
                    cands.append((m.start(), -(m.end() - m.start()), m.end(), style, parts))
        cands.sort()
        end = 0
        for start, _, stop, style, parts in cands:
            if start >= end:
                spans.append((start, stop, style, parts))
                end = stop
    units = []
    pos = 0
    for start, stop, style, parts in spans:
        units += lex_units(chunk[pos:start], redir, caps_fallback)
        units.append(("case", style, parts))
        pos = stop
    units += lex_units(chunk[pos:], redir, caps_fallback)
    return units


def unit_clean(u):
    k = u[0]
    if k == "word":
        return [u[1]]
    if k == "esc":
        return ["word", u[1]]
    if k == "spell":
        return repeat_words(u[1])
    if k == "num":
        return num_words(u[1])
    if k == "sym":
        return sym_words(u[1], u[2])
    if k == "capl":
        return ["capital", u[1]]
    if k == "cap":
        subs = u[1]
        first = subs[0]
        words = ["capital"]
        if first[0] == "spell":
            words += repeat_words(first[1], no_rep_first=True)
        else:
            words += unit_clean(first)
        for s in subs[1:]:
            words += unit_clean(s)
        return words
    if k == "caps":
        if u[1] == "word":
            return ["all", "caps", u[2]]
        if u[1] == "esc":
            return ["all", "caps", "word", u[2]]
        return ["all", "caps"] + repeat_words(u[2])
    if k == "case":
        return [u[1], "case"] + list(u[2])
    raise ValueError(u)


def chunk_clean(units):
    out = []
    for u in units:
        out += unit_clean(u)
    return " ".join(out)


def encode(command):
    """Return (list of unit lists per chunk, clean transcript) or None."""
    all_units = []
    spoken = []
    for chunk in command.split(" "):
        for opts in ((True, False), (False, False), (False, True)):
            units = encode_chunk(chunk, *opts)
            text = chunk_clean(units)
            if decode(text) == chunk:
                break
        else:
            return None
        all_units.append(units)
        spoken.append(text)
    return all_units, " space ".join(spoken)


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

def decode(text):
    toks = text.split()
    items = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t == "space":
            items.append(("SP", " "))
            i += 1
        elif t == "word" and nx is not None:
            items.append(("E", nx))
            i += 2
        elif t == "all" and nx == "caps":
            items.append(("UP", None))
            i += 2
        elif t in CASE_STYLES and nx == "case":
            items.append(("CASE", t))
            i += 2
        elif t == "capital":
            items.append(("CAP", None))
            i += 1
        elif t in ("double", "triple"):
            items.append(("REP", 2 if t == "double" else 3))
            i += 1
        elif t == "ten" and nx == "thousand":
            items.append(("D", "10000"))
            i += 2
        elif t in DIGIT_INDEX:
            d = str(DIGIT_INDEX[t])
            if nx == "hundred" and d != "0":
                items.append(("D", d + "00"))
                i += 2
            elif nx == "thousand" and d != "0":
                items.append(("D", d + "000"))
                i += 2
            else:
                items.append(("D", d))
                i += 1
        else:
            for size in (2, 1):
                key = tuple(toks[i:i + size])
                if len(key) == size and key in PHRASES:
                    items.append(("S", PHRASES[key]))
                    i += size
                    break
            else:
                items.append(("L" if len(t) == 1 and t.isalpha() else "W", t))
                i += 1

    def atom(j):
        kind, val = items[j]
        if kind == "REP":
            text_, k2, j2 = atom(j + 1)
            return text_ * val, k2, j2
        if kind == "CAP":
            text_, k2, j2 = atom(j + 1)
            return text_[:1].upper() + text_[1:], k2, j2
        if kind in ("L", "W", "E", "D", "S"):
            return val, kind, j + 1
        raise ValueError("modifier without a target")

    def letter_next(j):
        if j >= len(items):
            return False
        kind = items[j][0]
        return kind == "L" or (kind == "REP" and j + 1 < len(items) and items[j + 1][0] == "L")

    out = []
    j = 0
    while j < len(items):
        kind, val = items[j]
        if kind == "SP":
            out.append(" ")
            j += 1
        elif kind == "UP":
            text_, k2, j = atom(j + 1)
            if k2 == "L":
                parts = [text_]
                while letter_next(j):
                    t2, _, j = atom(j)
                    parts.append(t2)
                text_ = "".join(parts)
            out.append(text_.upper())
        elif kind == "CASE":
            parts = []
            j += 1
            while j < len(items) and items[j][0] == "W":
                parts.append(items[j][1])
                j += 1
            out.append(join_case(val, parts))
        else:
            text_, _, j = atom(j)
            out.append(text_)
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper renderings
# ---------------------------------------------------------------------------

def pick(rng, options):
    """options: list of (value, weight); one rng.random() call."""
    total = sum(w for _, w in options)
    r = rng.random() * total
    for v, w in options:
        r -= w
        if r < 0:
            return v
    return options[-1][0]


HOMO = {"c": "see", "r": "are", "y": "why", "u": "you", "o": "oh", "i": "eye",
        "b": "bee", "t": "tea", "q": "queue", "j": "jay", "p": "pee"}
NUM_HOMO = {"two": "to", "four": "for", "three": "tree"}

SYN = {
    "fuzzy": {
        "-": [("dash", 6), ("minus", 2), ("hyphen", 2)],
        ".": [("dot", 6), ("period", 2), ("point", 2)],
        "/": [("slash", 7), ("forward slash", 3)],
        "\\": [("backslash", 6), ("back slash", 4)],
        "*": [("star", 7), ("asterisk", 3)],
        "=": [("equals", 6), ("equal", 2), ("equals sign", 2)],
        "@": [("at", 6), ("at sign", 4)],
        "$": [("dollar", 6), ("dollar sign", 4)],
        "_": [("underscore", 7), ("under score", 3)],
        ";": [("semicolon", 6), ("semi colon", 4)],
        "~": [("tilde", 7), ("tilda", 3)],
        "^": [("caret", 6), ("carrot", 4)],
        '"': [("quote", 8), ("quotes", 2)],
        "'": [("single quote", 7), ("single-quote", 3)],
        "`": [("backtick", 6), ("back tick", 4)],
        "(": [("open paren", 6), ("open parenthesis", 2), ("open parent", 2)],
        ")": [("close paren", 6), ("close parenthesis", 2), ("close parent", 2)],
        "{": [("open brace", 6), ("open curly brace", 4)],
        "}": [("close brace", 6), ("close curly brace", 4)],
        "[": [("open bracket", 7), ("open square bracket", 3)],
        "]": [("close bracket", 7), ("close square bracket", 3)],
        "<": [("less than", 7), ("less-than", 3)],
        ">": [("greater than", 7), ("greater-than", 3)],
        "#": [("hash", 8), ("Hash", 2)],
        "!": [("bang", 8), ("Bang", 2)],
        "%": [("percent", 7), ("per cent", 3)],
        "|": [("pipe", 1)], "&": [("ampersand", 1)], "+": [("plus", 1)],
        ":": [("colon", 1)], ",": [("comma", 1)], "?": [("question mark", 1)],
    },
}
SYN["natural"] = dict(SYN["fuzzy"])
SYN["natural"].update({
    ".": [("dot", 6), ("period", 1), ("point", 1), ("full stop", 1)],
    "@": [("at the rate", 6), ("at", 3), ("at sign", 1)],
    "=": [("equal to", 5), ("equals", 4), ("equal", 1)],
    "/": [("slash", 7), ("forward slash", 3)],
    "~": [("tilde", 6), ("tilda", 4)],
})
RUN_SYN = {
    "fuzzy": {
        "--": [("double dash", 5), ("dash dash", 3), ("double hyphen", 1), ("minus minus", 1)],
        "&&": [("and and", 8), ("and, and", 2)],
        "||": [("pipe pipe", 6), ("double pipe", 4)],
        "..": [("dot dot", 7), ("double dot", 3)],
    },
    "natural": {
        "--": [("double dash", 4), ("dash dash", 3), ("hyphen hyphen", 2), ("minus minus", 1)],
        "&&": [("and and", 8), ("double ampersand", 2)],
        "||": [("pipe pipe", 6), ("double pipe", 4)],
        "..": [("dot dot", 7), ("double dot", 3)],
    },
}
CASE_SAY = {
    "snake": [("snake case", 6), ("Snake case", 2), ("snake-case", 2)],
    "kebab": [("kebab case", 5), ("kebab-case", 3), ("kabab case", 2)],
    "camel": [("camel case", 6), ("camelCase", 2), ("Camel case", 2)],
    "pascal": [("Pascal case", 7), ("pascal case", 3)],
    "screaming": [("screaming case", 6), ("Screaming case", 2), ("screaming-case", 2)],
}


def render_letters(s, rng, st):
    """Spelled letters (with double/triple) as Whisper writes them."""
    groups = []
    for m in re.finditer(r"(.)\1*", s):
        n = len(m.group(0))
        ch = m.group(0)[0]
        while n > 0:
            take = 3 if (n >= 5 or n == 3) else (2 if n in (2, 4) else 1)
            groups.append((take, ch))
            n -= take
    style = pick(rng, [("glued", 5 if st == "fuzzy" else 7), ("spaced", 3), ("lower", 1), ("homo", 1)])
    homo_at = None
    if style == "homo":
        idx = [i for i, (t, c) in enumerate(groups) if t == 1 and c in HOMO]
        if idx:
            homo_at = idx[rng.randrange(len(idx))]
        style = "spaced"
    words = []
    buf = ""
    for i, (take, ch) in enumerate(groups):
        letter = ch if style == "lower" else ch.upper()
        if i == homo_at:
            letter = HOMO[ch]
        if take > 1 or i == homo_at or style != "glued":
            if buf:
                words.append(buf)
                buf = ""
            if take > 1:
                words.append(("double " if take == 2 else "triple ") + letter)
            else:
                words.append(letter)
        else:
            buf += letter
    if buf:
        words.append(buf)
    return " ".join(words)


def render_num(d, rng, st):
    clean = num_words(d)
    if "hundred" in clean or "thousand" in clean:
        opts = [(d, 5), (clean[0] + " " + clean[1], 3)]
        if "thousand" in clean:
            opts.append(("{:,}".format(int(d)), 3))
        return pick(rng, opts)
    mode = pick(rng, [("numerals", 6 if st == "fuzzy" else 8), ("words", 3 if st == "fuzzy" else 2),
                      ("spaced", 1 if st == "fuzzy" else 0)])
    if mode == "numerals" and "double" in clean or mode == "numerals" and "triple" in clean:
        if rng.random() < 0.3:
            return d      # Whisper collapses "double five" to 55
    if mode == "words":
        ws = []
        for w in clean:
            if w in NUM_HOMO and st == "fuzzy" and rng.random() < 0.12:
                ws.append(NUM_HOMO[w])
            else:
                ws.append(w)
        return " ".join(ws)
    out = []
    after_rep = False
    for w in clean:
        if w in DIGIT_INDEX:
            dig = str(DIGIT_INDEX[w])
            if mode == "numerals" and out and out[-1].isdigit() and not after_rep:
                out[-1] += dig
            else:
                out.append(dig)
            after_rep = bool(len(out) >= 2 and out[-2] in ("double", "triple"))
        else:
            out.append(w)
            after_rep = False
    return " ".join(out)


def render_sym(run, redir, rng, st, pos):
    if redir and run == ">":
        return pick(rng, [("redirect", 7), ("greater than", 3)] if st == "fuzzy"
                    else [("redirect to", 4), ("redirect", 3), ("greater than", 3)])
    if redir and run == ">>":
        return pick(rng, [("append", 8), ("double greater than", 2)] if st == "fuzzy"
                    else [("append to", 5), ("append", 3), ("double greater than", 2)])
    if run in RUN_SYN[st]:
        return pick(rng, RUN_SYN[st][run])
    ch = run[0]
    table = SYN[st]
    if st == "natural" and ch == "-":
        opts = ([("dash", 5), ("minus", 3), ("hyphen", 2)] if pos == 0
                else [("hyphen", 5), ("dash", 5)])
    else:
        opts = table[ch]
    name = pick(rng, opts)
    n = len(run)
    out = []
    while n > 0:
        take = 3 if (n >= 5 or n == 3) else (2 if n in (2, 4) else 1)
        out.append({3: "triple ", 2: "double ", 1: ""}[take] + name)
        n -= take
    return " ".join(out)


def render_word(w, rng, st):
    if st == "fuzzy" and len(w) >= 9 and rng.random() < 0.08:
        cut = len(w) // 2
        return w[:cut] + " " + w[cut:]
    return w


def render_unit(u, rng, st, pos):
    k = u[0]
    if k == "word":
        return render_word(u[1], rng, st)
    if k == "esc":
        return ("word " if st == "fuzzy" else "the word ") + u[1]
    if k == "spell":
        return render_letters(u[1], rng, st)
    if k == "num":
        return render_num(u[1], rng, st)
    if k == "sym":
        return render_sym(u[1], u[2], rng, st, pos)
    if k == "capl":
        return pick(rng, [("capital " + u[1].upper(), 6), ("capital " + u[1], 2), ("Capital " + u[1].upper(), 2)])
    if k == "cap":
        subs = u[1]
        pieces = [render_unit(s, rng, st, 1) for s in subs]
        if subs[0][0] == "spell":
            # keep the capitalised letter apart so the listener still knows
            # which one "capital" was about: "capital G p"
            pieces[0] = subs[0][1][0].upper() + "".join(" " + c for c in subs[0][1][1:])
        how = pick(rng, [("lower", 6), ("upper", 2), ("Cap", 2)])
        if how == "upper" and subs[0][0] == "word":
            pieces[0] = pieces[0][:1].upper() + pieces[0][1:]
        return ("Capital " if how == "Cap" else "capital ") + " ".join(pieces)
    if k == "caps":
        lead = pick(rng, [("all caps", 7), ("all-caps", 2), ("All caps", 1)])
        if u[1] == "word":
            return lead + " " + pick(rng, [(u[2].upper(), 6), (u[2], 4)])
        if u[1] == "esc":
            return lead + " word " + u[2]
        return lead + " " + render_letters(u[2], rng, st)
    if k == "case":
        if st == "natural" and u[1] in ("snake", "screaming", "kebab") and rng.random() < 0.5:
            sep = " hyphen " if u[1] == "kebab" else " underscore "
            parts = [p.upper() if u[1] == "screaming" else p for p in u[2]]
            return sep.join(parts)
        lead = pick(rng, CASE_SAY[u[1]])
        comma = "," if rng.random() < 0.2 else ""
        return lead + comma + " " + " ".join(u[2])
    raise ValueError(u)


SIMPLE_LIT = re.compile(r"[a-z0-9_./~-]+")


def render_chunk(chunk, units, rng, st):
    """One command token as Whisper writes the speaker saying it."""
    if st == "natural":
        if SIMPLE_LIT.fullmatch(chunk) and ("/" in chunk or "." in chunk) and any(c.isalpha() for c in chunk):
            if rng.random() < 0.22:
                return chunk
        if re.fullmatch(r"-[a-zA-Z]", chunk) and rng.random() < 0.1:
            return chunk
    pieces = []
    lits = []
    for i, u in enumerate(units):
        pieces.append(render_unit(u, rng, st, i))
        lits.append(u[1] if u[0] in ("word", "spell", "num") else None)
    # Whisper glues "config dot yaml" -> "config.yaml"
    glue_p = 0.25 if st == "fuzzy" else 0.4
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if (u[0] == "sym" and u[1] == "." and out and i + 1 < len(units)
                and lits[i - 1] is not None and lits[i + 1] is not None
                and out[-1] == pieces[i - 1] and rng.random() < glue_p):
            out[-1] = lits[i - 1] + "." + lits[i + 1]
            i += 2
            continue
        out.append(pieces[i])
        i += 1
    return " ".join(out)


def sentence_case(s):
    s = s.strip()
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def finish(s, rng, p_period):
    s = sentence_case(s)
    if s and s[-1].isalnum() and rng.random() < p_period:
        s += "."
    return s


# ---------------------------------------------------------------------------
# The speaker's own phrases
# ---------------------------------------------------------------------------

OPENERS = [
    "Seri machi, type this:", "Aama, next command:", "Okay da, run this one:",
    "Basically I need", "Enna, just put", "Quick one between alerts:",
    "Machi, command is", "Type pannu:", "Okay okay, this one:",
    "Seri, for the incident box:", "Aama, on the jump host,", "Paaru, run",
    "Next one da,", "Seri seri, put",
]
SIGNOFFS = [
    "athu dhaan.", "that's it only.", "enter pannidu.", "done da.",
    "apdiye run pannu.", "that's it.", "ok va?", "run pannu, seri.",
]
FILLERS = ["aama", "seri", "basically", "apdiye", "enna", "hmm", "machi", "aama aama"]
WORD_FIX = [
    "{w}, illa illa, {r}", "{w}... thappu, {r}", "{w}, sorry sorry, {r}",
    "{w}, no no, I mean {r}", "{w}, athu illa, {r}", "{w}, wait, make that {r}",
    "{w}, illa, correct-a sollanum na {r}",
]
FLAG_FIX = [
    "{w}, thappu, flag maathu, {r}", "{w}, illa illa, {r}", "{w}... sorry sorry, that flag is {r}",
    "{w}, athu illa, {r}",
]
WHOLE_FIX = [
    "illa illa, full command thappu, thirumba sollren:", "sorry sorry, scratch that whole thing, start again:",
    "enna panren... cancel cancel, from the top:", "thappu, full-a maathu, once more:",
]
ASIDES = [
    "oru nimisham, pager adikuthu", "aiyyo, PagerDuty again", "disk alert on prod, later paakalam",
    "one sec, Slack la yaaro ping panranga", "wait, let me ack this alert", "chai vandhuduchu, okay",
]
RESUMES = ["seri, where was I, aama,", "okay continuing,", "apdiye continue,", "seri, after that,"]

SWAP_WORDS = ["data", "docs", "config", "main", "test", "backup", "notes", "report", "alpha", "demo"]
SWAP_EXT = ["txt", "log", "json", "yaml", "conf", "csv", "sh"]
SWAP_SINGLE = ["-verbose", "-help", "-output", "-force", "-name"]
SWAP_LONG = ["--verbose", "--force", "--output", "--name", "--all", "--quiet"]


def mutate(chunk, rng):
    """A plausible wrong version of one command token (never equal to it)."""
    for _ in range(8):
        digits = list(re.finditer(r"[0-9]+", chunk))
        m_ext = re.search(r"\.([a-z]+)$", chunk)
        words = list(re.finditer(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", chunk))
        if chunk in (">", ">>", "|", "<"):
            others = [x for x in (">", ">>", "|") if x != chunk]
            cand = others[rng.randrange(len(others))]
        elif re.fullmatch(r"-[A-Za-z]{4,}", chunk):
            cand = SWAP_SINGLE[rng.randrange(len(SWAP_SINGLE))]
        elif re.fullmatch(r"-[A-Za-z]+", chunk):
            c = chunk[-1]
            if rng.random() < 0.5 and c.swapcase() != c:
                cand = chunk[:-1] + c.swapcase()
            else:
                cand = chunk[:-1] + "vfnrlaq"[rng.randrange(7)]
        elif chunk.startswith("--"):
            cand = SWAP_LONG[rng.randrange(len(SWAP_LONG))]
            if "=" in chunk:
                cand += chunk[chunk.index("="):]
        else:
            kinds = []
            if digits:
                kinds.append("digits")
            if m_ext:
                kinds.append("ext")
            if words:
                kinds.append("word")
            if not kinds:
                return None
            kind = kinds[rng.randrange(len(kinds))]
            if kind == "digits":
                m = digits[rng.randrange(len(digits))]
                new = str(int(m.group(0)) + rng.choice([1, 2, 10, 5]))
                cand = chunk[:m.start()] + new + chunk[m.end():]
            elif kind == "ext":
                cand = chunk[:m_ext.start(1)] + SWAP_EXT[rng.randrange(len(SWAP_EXT))]
            else:
                m = words[rng.randrange(len(words))]
                cand = chunk[:m.start()] + SWAP_WORDS[rng.randrange(len(SWAP_WORDS))] + chunk[m.end():]
        if cand != chunk and encode(cand) is not None:
            return cand
    return None


def case_slip(wrong, right):
    """The letter whose case the speaker slipped on, or None."""
    if len(wrong) == len(right) and wrong != right and wrong.lower() == right.lower():
        diff = [b for a, b in zip(wrong, right) if a != b]
        if len(diff) == 1:
            return diff[0]
    return None


# ---------------------------------------------------------------------------
# Slice builders
# ---------------------------------------------------------------------------

def fuzzy_line(cmd, units, rng):
    parts = []
    for i, (chunk, us) in enumerate(zip(cmd.split(" "), units)):
        if i:
            parts.append(pick(rng, [("space", 75), ("space,", 15), ("Space", 10)]))
        parts.append(render_chunk(chunk, us, rng, "fuzzy"))
    return finish(" ".join(parts), rng, 0.45)


def natural_body(chunks, units, rng, p_filler=0.12):
    """Rendered command tokens, and the filler (or None) said before each."""
    segs = []
    fills = []
    for i, (chunk, us) in enumerate(zip(chunks, units)):
        segs.append(render_chunk(chunk, us, rng, "natural"))
        fills.append(FILLERS[rng.randrange(len(FILLERS))] if i and rng.random() < p_filler else None)
    return segs, fills


def join_body(segs, fills):
    out = []
    for seg, fill in zip(segs, fills):
        if fill and out:
            out[-1] = out[-1].rstrip(",") + ","
            out.append(fill + ",")
        out.append(seg)
    return " ".join(out)


def frame(body, rng, p_open, p_close):
    s = body
    if rng.random() < p_open:
        s = OPENERS[rng.randrange(len(OPENERS))] + " " + s
    s = sentence_case(s)
    if rng.random() < p_close:
        s = s.rstrip(".,") + ", " + SIGNOFFS[rng.randrange(len(SIGNOFFS))]
    elif s[-1].isalnum() and rng.random() < 0.4:
        s += "."
    return s


def natural_line(cmd, units, rng):
    segs, fills = natural_body(cmd.split(" "), units, rng)
    return frame(join_body(segs, fills), rng, 0.85, 0.45)


def render_tok(chunk, rng):
    return render_chunk(chunk, encode(chunk)[0][0], rng, "natural")


def chaotic_line(cmd, units, rng):
    chunks = cmd.split(" ")
    segs, fills = natural_body(chunks, units, rng, 0.08)
    flags = [i for i, c in enumerate(chunks) if i and c.startswith("-") and len(c) > 1]
    kinds = [("word", 4), ("whole", 2)]
    if flags:
        kinds.append(("flag", 4))
    if len(chunks) >= 3:
        kinds.append(("partial", 2))
    kind = pick(rng, kinds)
    touched = set()
    if kind == "word":
        cands = [i for i in range(len(chunks)) if i > 0 or len(chunks) == 1]
        idx = cands[rng.randrange(len(cands))]
        wrong = mutate(chunks[idx], rng)
        if wrong is None:
            kind = "whole"
        else:
            tmpl = WORD_FIX[rng.randrange(len(WORD_FIX))]
            right = segs[idx]
            slip = case_slip(wrong, chunks[idx])
            if slip and slip.islower():
                right += ", small " + slip
            elif slip and "capital" not in right.lower():
                right += ", capital " + slip
            if idx == len(chunks) - 1 and rng.random() < 0.4:
                right += " only"
            segs[idx] = tmpl.format(w=render_tok(wrong, rng), r=right)
            touched.add(idx)
    if kind == "flag":
        idx = flags[rng.randrange(len(flags))]
        wrong = mutate(chunks[idx], rng)
        c = chunks[idx]
        if wrong is None:
            kind = "whole"
        elif case_slip(wrong, c) and len(c) == 2:
            slip = case_slip(wrong, c)
            if slip.isupper():
                segs[idx] = render_tok(wrong, rng) + ", small " + slip.lower() + " illa, capital " + slip
            else:
                segs[idx] = render_tok(wrong, rng) + ", thappu, capital illa, small " + slip
        elif case_slip(wrong, c):
            slip = case_slip(wrong, c)
            segs[idx] = (render_tok(wrong, rng) + ", illa illa, " + segs[idx] +
                         (", capital " + slip if slip.isupper() else ", small " + slip))
        else:
            tmpl = FLAG_FIX[rng.randrange(len(FLAG_FIX))]
            segs[idx] = tmpl.format(w=render_tok(wrong, rng), r=segs[idx])
        touched.add(idx)
    if kind == "whole":
        if len(chunks) >= 2 and rng.random() < 0.5:
            k = rng.randint(1, min(3, len(chunks) - 1))
            false_start = " ".join(render_tok(c, rng) for c in chunks[:k]) + "..."
        else:
            idx = rng.randrange(len(chunks))
            wrong = mutate(chunks[idx], rng) or chunks[idx] + "x"
            bad = chunks[:idx] + [wrong] + chunks[idx + 1:]
            false_start = " ".join(render_tok(c, rng) for c in bad) + ","
        segs = [false_start, WHOLE_FIX[rng.randrange(len(WHOLE_FIX))]] + segs
        fills = [None, None] + fills
    if kind == "partial":
        k = rng.randint(1, len(chunks) - 1)
        aside = ASIDES[rng.randrange(len(ASIDES))]
        resume = RESUMES[rng.randrange(len(RESUMES))]
        segs = segs[:k] + ["... " + aside + "... " + resume] + segs[k:]
        fills = fills[:k] + [None] + fills[k:]
    # secondary trouble: a stutter or an aside
    extra = pick(rng, [("none", 5), ("stutter", 3), ("aside", 2)])
    if extra == "stutter":
        idx = rng.randrange(len(chunks))
        first = units[idx][0]
        if (first[0] == "word" and len(first[1]) >= 3 and kind not in ("whole", "partial")
                and idx not in touched and segs[idx].lower().startswith(first[1])):
            segs[idx] = segs[idx][:len(first[1])] + "... " + segs[idx]
    elif extra == "aside" and kind != "partial" and len(segs) >= 2:
        at = rng.randint(1, len(segs) - 1)
        segs.insert(at, "(" + ASIDES[rng.randrange(len(ASIDES))] + ")")
        fills.insert(at, None)
    body = join_body(segs, fills).replace(" ... ", "... ").replace(",,", ",")
    return frame(body, rng, 0.6, 0.35)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def allowed(cmd):
    return (cmd.isascii() and "\t" not in cmd and "  " not in cmd and len(cmd) <= 64
            and cmd == cmd.strip() and cmd != "")


def main():
    rng = random.Random(115)
    pool = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 == 0:
                pool.append(json.loads(line)["command"])
    cands = []
    seen = set()
    for cmd in pool:
        if cmd in seen or not allowed(cmd):
            continue
        seen.add(cmd)
        cands.append(cmd)
    rng.shuffle(cands)
    chosen = []
    per_first = {}
    for cmd in cands:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        enc = encode(cmd)
        if enc is None or len(enc[1].split()) > 48:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append((cmd, enc))
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)

    rows = []
    for s_i, sl in enumerate(SLICES):
        for cmd, (units, clean) in chosen[s_i * PER_SLICE:(s_i + 1) * PER_SLICE]:
            if sl == "clean":
                assert decode(clean) == cmd, (clean, cmd)
                text = clean
            elif sl == "fuzzy":
                text = fuzzy_line(cmd, units, rng)
            elif sl == "natural":
                text = natural_line(cmd, units, rng)
            else:
                text = chaotic_line(cmd, units, rng)
            rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})

    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "lines to", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
