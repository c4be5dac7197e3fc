#!/usr/bin/env python3
# ruff: noqa: E501, UP032
"""Held-out dictation test set, author 105 (voice-to-bash).

Writes assets/training/bash/author105.jsonl: 400 lines of
{"input", "command", "slice", "author"}, 100 per slice in the order
clean, fuzzy, natural, chaotic.

SOURCE AND CREDIT
=================
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, through the pool assets/training/bash/pages_dev58_commands.jsonl.
Only 0-based pool lines n with n % 3 == 2 are used, for all four slices.
A command is eligible when it is ASCII, has no tab, no double space, is at
most 64 characters, contains no <Placeholder> in angle brackets, and its clean
spoken form (below) is at most 48 words. Eligible commands are shuffled with
random.Random(105); they are taken in that order, at most two per first word,
no command twice, until 400 are chosen. The command text is kept byte for byte.
Everything else (phrasing, fillers, Whisper errors) draws from the SAME
Random(105) object in a fixed order, so reruns are byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
A seasoned ops engineer who learnt to spell aloud on the telephone and speaks
British English. Habits that show in every slice:
  * says "zed" for the letter z, never "zee";
  * says "hash" for #, "forward slash" for / when talking loosely, "double dash"
    for --, and "tilde" for ~;
  * in loose talk says "oh" for a zero inside a run of digits, and "double"
    before a repeated digit or letter ("double oh", "double P");
  * in loose talk calls ( ) "round brackets", [ ] "square brackets",
    { } "curly brackets", and " "speech marks" or "quote ... unquote";
  * in loose talk says a capitalised word as "X in capitals" or "all caps X";
  * fillers: "erm", "er", "sort of", "you know";
  * openers: "Right,", "Right then,", "Go on then, type", "Give us",
    "Let's have", "Can you put in", "Okay, so", "Next one,";
  * sign-offs: "Cheers.", "Ta.", "That'll do.", "Lovely.", "Job's a good 'un.";
  * self-corrections: "no, hang about,", "sorry, I mean", "scrub that,",
    "no, not X, Y", "it's Y, not X"; restarts: "let me start again",
    "scrub all that, from the top";
  * asides: tea, the dog, the headset, "bear with me", looking at notes.

2. The clean protocol, as this speaker uses it
----------------------------------------------
A careful transcript: lower case, no punctuation, only the command.

Tokens. The word "space" is said between every two command tokens and nowhere
else. Between two "space"s everything that is said is glued together with no
gap: "h ledger" is hledger, "docs slash photo dot p y" is docs/photo.py.

Symbols. Exactly one name per symbol:
  -  dash            --  double dash      .  dot          /  slash
  \\  backslash       |   pipe             *  star         !  bang
  #  hash            ~   tilde            @  at           $  dollar
  %  percent         ^   caret            &  ampersand    =  equals
  +  plus            :   colon            ;  semicolon    _  underscore
  ,  comma           "   quote            '  single quote `  backtick
  ?  question mark   (   open paren       )  close paren  {  open brace
  }  close brace     [   open bracket     ]  close bracket
  <  less than       >   greater than     >> double greater than
Three or more dashes are "double dash dash". Two-symbol combinations are simply
said one after another: && is "ampersand ampersand", || is "pipe pipe",
.. is "dot dot", 2> is "two greater than", 2>&1 is
"two greater than ampersand one".

Words and letters. A run of letters is said as one or more pieces, glued:
a piece is either an ordinary word ("photo", "backup", "ledger", "install")
or a single spelled letter, written in the transcript as that letter
("n m" for nm). The letter z is said and written "zed". Pronounceable names
may be said as one word ("apptainer", "pyflakes"); clusters that do not read
as a word are spelled ("t m p", "s r c", "p n m to p n g" for pnmtopng).

Collisions. A literal word that on its own would be heard as a protocol word
is always spelled letter by letter: symbol names and their parts (dash, dot,
point, period, minus, hyphen, slash, forward, pipe, star, bang, hash, at,
and, plus, less, greater, than, open, close, double, single, question,
quote, redirect, append, space, ...), number words (one, two, ten, ...,
hundred, thousand), casing words (capital, caps, camel, snake, pascal,
kebab, screaming) and "zed" and "oh". Familiar letter clusters (p n g,
t m p, s r c, c t l, h t m l) are spelled as a unit even inside a longer
name ("p n m to p n g").
So the command "less" is "l e s s", "--all" stays "double dash all" but
"-tenfoot" is "dash tenfoot" (said as one word, so no "ten" is heard). Words
that only complete a multi-word name (all, case, sign, mark) are said as
words unless they would follow the word they complete, and are spelled then.

Numbers. A maximal run of digits is said as follows:
  * one digit: its name, zero to nine;
  * two digits not starting with 0: one compound, "ten", "forty two";
  * three digits: a round hundred is "d hundred" ("eight hundred"); if the
    middle digit is not 0 it is the first digit then a compound ("one ninety
    two" = 192, "two eighty" = 280, "one ten" = 110);
  * four digits: a round thousand is "d thousand" ("three thousand"); a round
    hundred with a two-digit head is "forty five hundred" (4500); if the third
    digit is not 0 it is two compounds ("eighty eighty" = 8080, "twenty forty
    eight" = 2048);
  * five digits that are a round thousand: "ten thousand", "sixty thousand";
  * anything else, and anything with a leading zero, digit by digit ("one one
    five two zero zero", "zero five").
A listener reads a run of number words left to right: a digit name is one
digit; a teen is two digits; a tens word takes a following unit if there is
one; "hundred"/"thousand" multiply the group just read. The groups' digits are
concatenated. Decimals are just digits around "dot" ("three dot eleven").

Casing.
  * "capital" upper-cases the first letter of the next piece ("capital b" = B,
    "capital python" = Python).
  * "all caps" upper-cases every piece up to the next symbol or space
    ("all caps readme dot m d" = README.md). Used only when every letter up to
    that point is upper case.
  * "camel case" / "pascal case": the following pieces up to the next symbol or
    space are glued, each one after the first (camel) or every one (pascal)
    starting with a capital: "camel case log prefix" = logPrefix,
    "pascal case node install location" = NodeInstallLocation. Only used when
    each capitalised part is a single spoken word.
  * Anything else mixed is said with "capital" before each upper-case letter
    or word ("t t y capital x capital y capital zed").
  * The speaker never uses snake, kebab or screaming case: underscores and
    dashes are always said.

3. The fuzzy slice (protocol through Whisper)
---------------------------------------------
The same clean protocol, still with "space" between tokens, but as Whisper
writes it: sentence capitals and a final full stop, stray commas around
"space", numerals ("127", "4500", "3,000", "80 80"), spelled letters as
capitals ("N M", "NM", "N.M."), letter homophones ("why", "are", "see", "you",
"oh", "Zed"), word homophones ("right" for write, "cash" for cache, "sink"
for sync, "pseudo" for sudo, "pie" for py), compound words split ("back up",
"user name"), a symbol now and then written as the glyph itself, and the
symbol synonyms the speaker also uses: minus / hyphen for dash, period / point
for dot, forward slash, dash dash, redirect, append, at sign, dollar sign,
equals sign, asterisk, "per cent". No framing, no fillers.

4. The natural slice
--------------------
Natural style: no "space" is said; token breaks are left to the listener.
An opener almost always, sometimes a sign-off, a filler here and there, commas
where the speaker breathes. Whisper writes words as words, spelled letter
runs as capitals ("LS dash LA", "double P M flash"), numbers as numerals, and
often glues dotted versions and file names ("3.11", "photo.jpg", ".py").
Loose symbol names from section 1 appear (round/square/curly brackets,
speech marks, quote ... unquote, forward slash, hyphen, "redirect to",
"append to", "pipe into", "exclamation mark", "from" for <). Zeros in digit
runs may come out as "oh", repeats as "double". A dash or double dash that
is a whole argument is "dash on its own". Capitals: "capital B", "Dump with
a capital D", "N T L M in capitals", "all caps R P C", "HEAD in capitals",
"camel case json array".

5. The chaotic slice
--------------------
Natural plus one or two kinds of trouble, always repaired so a careful
listener can rebuild the command exactly:
  * word-scope correction inside a token ("docs slash notes, no, not notes,
    photo dot jpg");
  * flag-scope correction (a wrong flag, then "no, hang about," and the right
    flag);
  * whole-command restart (a false start, "let me start again", the whole
    command);
  * a stuttered first word ("git, git commit ...");
  * an aside between tokens ("hang on, where's me tea gone");
  * a partial answer, the speaker recalling the next bit ("erm, what's it
    called, ...").
The last value said for any part is always the right one.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev58_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author105.jsonl")
AUTHOR = "author105"
SLICES = ["clean", "fuzzy", "natural", "chaotic"]
PER_SLICE = 100

# ---------------------------------------------------------------------------
# Clean protocol tables
# ---------------------------------------------------------------------------

SYM_CLEAN = {
    "-": "dash", "--": "double dash", ".": "dot", "/": "slash",
    "\\": "backslash", "|": "pipe", "*": "star", "!": "bang", "#": "hash",
    "~": "tilde", "@": "at", "$": "dollar", "%": "percent", "^": "caret",
    "&": "ampersand", "=": "equals", "+": "plus", ":": "colon",
    ";": "semicolon", "_": "underscore", ",": "comma", '"': "quote",
    "'": "single quote", "`": "backtick", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket",
    "<": "less than", ">": "greater than", ">>": "double greater than",
}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NUMBER_WORDS = DIGITS + TEENS + TENS[2:] + ["hundred", "thousand"]

# words never said as literal pieces: spelled instead
BANNED_PIECES = sorted(set(
    NUMBER_WORDS
    + "dash minus hyphen dot period point slash forward backslash pipe star "
      "asterisk bang hash tilde at dollar percent caret ampersand equals "
      "equal plus colon semicolon underscore comma quote single backtick "
      "question open close paren brace bracket curly angle less greater "
      "redirect double append and space capital camel snake pascal kebab "
      "screaming zed oh than caps".split()))
# words only colliding in context: said as words unless roundtrip fails
CONTEXT_PIECES = ["all", "case", "sign", "mark"]

VOCAB_TEXT = """
about access account action activate add address admin agent alias alice all
allow alpha alpine always am analyze ansible api app apply approve arch archive
argument attach attack audit auth auto average backend backup backups ban bank
base bash batch beep binary bind bit black body book booklet boot bob bucket
budget bug build builder building bundle button cache calendar capture cargo
cat certificate change changelog channel channels chat check checkout checks
children cipher clean cleaner client clip cluster code coffee collection color
columns command commit commits compile complete compress compressed compute
config console container copy coverage cradle crane create credential
credentials cron cypher daemon data database date debug default delay delete
demo deploy depth describe desktop destination destroy detail detect develop
developers device dictionary diff digest directory disable disk distro do docs
docker domain done down download drive drop dump edit editor embed emit encode
encoding encrypt engine engines entry error escape eval events example exec
expand expire explain export express extension extract extended fabric fail
failed false feedback fetch field fields file files filename filter find
fingerprints first fix flake flakes flash flask flow flush follow font force
foreground format framework from full function game genie get gif git global
globe go group guest hangup hardlinks head headers height hello help history
hist home host identity ignore image import in incremental index info init
initial inner insensitive install installed instance interactive interface
internal invert issue job journal key keygen kill kind label launch latest
layout ledger level library lines link lint list listen listener live load
local locale lock login log logs loop main man map master match max memory
menu merge metadata micro midi mix mode model module monitor monthly mount
mouse move my name net new next no node noise notes null object objects of
off on only open option order orders out output owner package page pair
palm parallel parent parser partition pass password patch path pattern pause
pause permit pick pie ping plan plot policy pool port pre preserve preset
pretty print private prod profile profiles progress project projects prompt
property protocol prune public publish pull push python query queue quick
quiet rainbow random range rate raw record recipe recipient recreate
recursive registry reload relocation remote remove rename render replace
report repository request requests reset resolution resolve resource restart
restore result retain retry revert reverse revision revisions role root rule
run safe sandbox save schedule schema scheme search secret section seed seek
select send server serve service services session set settings setup shadow
share shell show shuffle shutdown signature site size skip slot snapshot soft
sort source speed split spread squash stable start status steam step stop
storage store stream strip summary summarize sync system table tag tags tail
target task template test text theme themes thumbnails tile time timeout
timestamp title to token tool top trace transfer transpose tree trigger true
trusted try type typo unit unmount unpublish unset untag up update upgrade
upgrades upload uptime use used user users using validate validator variant
verbose verify via video view viewer vim volume wait warn warning watch web
website who width work working world write year yes yank
py json yaml conf dev bin lib var opt sudo apt tar nix lint
foo bar baz sys fold awk sed grep lid less trans stall
script scripts sign source sources args arg types targets tiles paths pools
ports hosts labels nodes defaults passwords algorithm analyzer day length
line column contacts curl own old threads wall win unity unix opus mercator
gamma join quant scale fixed bentley separate detach dir modify terminal
register virtual env sub regex graph perf freq mozilla rabbit cloud chromium
paper relax wrap walk lite fluff probe mux wipe fortran pack pub inkscape
keepass joe john last mutt bun min so or if make mate dict mini cups reject
insight connect gadget
"""
# letter clusters the speaker spells as one familiar unit
ACRONYMS = frozenset("""
png pnm ppm pbm pgm jpg pdf html xml csv txt svg rgb tga rle src tmp usr etc
ssh cli sql usb vm db gh cpu ip id ls pg ctl pkg cfg gz yml mp wav nginx eof
ini md sh rs js ts cpp gv
""".split())
VOCAB = sorted(set(w for w in VOCAB_TEXT.split()
                   if w not in BANNED_PIECES and len(w) >= 2))
VOCAB_SET = frozenset(VOCAB)
ONSETS = ("bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw th tr "
          "tw wh wr str spr scr qu ph kn").split()
VOWELS = "aeiouy"


CODAS = ("ck ng nk nd nt st sk sp ft lt ld lk lm lp rd rk rm rn rt rb rg rp rs "
         "ts ks ps ds ns ls ms gs ch sh th pt mp ll ss ff zz rst nds nts rks "
         "lls sts cks rch tch nch ngs wn rl mn nk lf rf").split()


def pronounceable(chunk):
    """Could the speaker say this unknown run of letters as one word?"""
    if len(chunk) < 3:
        return False
    if len(chunk) == 3:
        a, b, c = chunk
        return (a not in VOWELS and b in "aeiou" and (c not in VOWELS or c == b)
                and a not in "qx" and c not in "qjv")
    if 6 * sum(ch in VOWELS for ch in chunk) < len(chunk):
        return False
    lead = re.match(r"[^aeiouy]*", chunk).group(0)
    if len(lead) > 1 and lead not in ONSETS:
        return False
    tail = re.search(r"[^aeiouy]*$", chunk).group(0)
    if len(tail) > 1 and tail not in CODAS:
        return False
    if re.search(r"[^aeiouy]{4,}", chunk):
        return False
    for m in re.finditer(r"(?<=[aeiouy])[^aeiouy]{3}(?=[aeiouy])", chunk):
        cl = m.group(0)
        if cl[1:] not in ONSETS and cl[:2] not in CODAS:
            return False
    if re.search(r"(.)\1\1", chunk):
        return False
    return True


def segment(run, banned):
    """Split a lower-case letter run into spoken pieces, cheapest first.

    Pieces are dictionary words, single spelled letters, or (more costly)
    unknown pronounceable words; an unknown word is never glued to a spelled
    letter, since the speaker would then spell the whole stretch.
    """
    n = len(run)
    if run in banned:
        return [("let", c) for c in run]
    inf = (1e9, None)
    # best[i][k]: cheapest split of run[:i] whose last piece has kind k
    best = [{"start": (0.0, [])}] + [{} for _ in range(n)]
    for i in range(n):
        for last, (cost, pieces) in sorted(best[i].items()):
            options = [(run[i], 1.0, "let")]
            for j in range(i + 2, n + 1):
                sub = run[i:j]
                if sub in ACRONYMS:
                    options.append((sub, 0.9, "let"))
                if sub in banned:
                    continue
                if sub in VOCAB_SET:
                    options.append((sub, 1.0, "word"))
                elif pronounceable(sub):
                    options.append((sub, 1.9 if len(sub) == 3 else 2.2, "unknown"))
            for sub, c, kind in options:
                if {last, kind} == {"let", "unknown"}:
                    continue
                j = i + len(sub)
                if cost + c < best[j].get(kind, inf)[0] - 1e-9:
                    if kind == "let":
                        new = [("let", ch) for ch in sub]
                    else:
                        new = [("word", sub)]
                    best[j][kind] = (cost + c, pieces + new)
    if not best[n]:
        return [("let", c) for c in run]
    return min(best[n].values(), key=lambda x: x[0])[1]


def number_words(s):
    """Say a run of digits the way the speaker does in the clean protocol."""
    def two(t):
        v = int(t)
        if v < 10:
            return [DIGITS[v]]
        if v < 20:
            return [TEENS[v - 10]]
        return [TENS[v // 10]] + ([DIGITS[v % 10]] if v % 10 else [])
    digits_only = [DIGITS[int(c)] for c in s]
    if len(s) == 1:
        return digits_only
    if s[0] == "0":
        return digits_only
    v = int(s)
    if len(s) == 2:
        return two(s)
    if len(s) == 3:
        if v % 100 == 0:
            return [DIGITS[v // 100], "hundred"]
        if s[1] != "0":
            return [DIGITS[int(s[0])]] + two(s[1:])
        return digits_only
    if len(s) == 4:
        if v % 1000 == 0:
            return [DIGITS[v // 1000], "thousand"]
        if v % 100 == 0:
            return two(s[:2]) + ["hundred"]
        if s[2] != "0":
            return two(s[:2]) + two(s[2:])
        return digits_only
    if len(s) == 5 and v % 1000 == 0:
        return two(s[:2]) + ["thousand"]
    return digits_only


# ---------------------------------------------------------------------------
# Encoder: command -> tokens of items
#   ("sym", s) ("cap",) ("mode", "all caps"|"camel case"|"pascal case")
#   ("word", w) ("let", c) ("num", digits, [words])
# ---------------------------------------------------------------------------

def plain_items(run, banned):
    """Items for a chunk of lower-case letters and digits."""
    items = []
    for part in re.findall(r"[a-z]+|[0-9]+", run):
        if part.isdigit():
            items.append(("num", part, number_words(part)))
        else:
            for kind, sub in segment(part, banned):
                items.append((kind, sub))
    return items


def chunk_candidates(chunk, banned):
    letters = [c for c in chunk if c.isalpha()]
    if not any(c.isupper() for c in letters):
        yield plain_items(chunk, banned)
        return
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        yield [("mode", "all caps")] + plain_items(chunk.lower(), banned)
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", chunk) or \
            re.fullmatch(r"(?:[A-Z][a-z]+){2,}", chunk):
        mode = "camel case" if chunk[0].islower() else "pascal case"
        parts = re.findall(r"[A-Z]?[a-z]+", chunk)
        items = [("mode", mode)]
        ok = True
        for p in parts:
            seg = segment(p.lower(), banned)
            if len(seg) != 1 or seg[0][0] != "word":
                ok = False
                break
            items.append(seg[0])
        if ok:
            yield items
    items = []
    for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+", chunk):
        if part.isdigit():
            items.append(("num", part, number_words(part)))
        elif part.islower():
            items.extend(plain_items(part, banned))
        elif len(part) > 1 and part[1:].islower():
            items.append(("cap",))
            items.extend(plain_items(part.lower(), banned))
        else:
            for c in part:
                items.append(("cap",))
                items.append(("let", c.lower()))
    yield items


def item_words(item):
    kind = item[0]
    if kind == "sym":
        return SYM_CLEAN[item[1]].split()
    if kind == "cap":
        return ["capital"]
    if kind == "mode":
        return item[1].split()
    if kind == "word":
        return [item[1]]
    if kind == "let":
        return ["zed"] if item[1] == "z" else [item[1]]
    return list(item[2])


def items_text(items):
    return " ".join(w for it in items for w in item_words(it))


def encode_token(tok):
    parts = re.findall(r"[A-Za-z0-9]+|--|>>|.", tok)
    for banned_extra in ([], CONTEXT_PIECES):
        banned = frozenset(BANNED_PIECES + banned_extra)
        items = []
        for p in parts:
            if re.fullmatch(r"[A-Za-z0-9]+", p):
                chosen = None
                for cand in chunk_candidates(p, banned):
                    if decode(items_text(cand)) == p:
                        chosen = cand
                        break
                if chosen is None:
                    return None
                items.extend(chosen)
            else:
                items.append(("sym", p))
        if decode(items_text(items)) == tok:
            return items
    return None


def encode(cmd):
    tokens = []
    for tok in cmd.split(" "):
        items = encode_token(tok)
        if items is None:
            return None
        tokens.append(items)
    return tokens


def clean_text(tokens):
    return " space ".join(items_text(t) for t in tokens)


# ---------------------------------------------------------------------------
# Decoder: the listener for the clean protocol (independent of the encoder)
# ---------------------------------------------------------------------------

SYM_PHRASES = sorted(((tuple(v.split()), k) for k, v in SYM_CLEAN.items()),
                     key=lambda x: -len(x[0]))
SYM_PHRASES += [(("dash", "dash"), "--")]
SYM_PHRASES.sort(key=lambda x: -len(x[0]))
MODES = {("all", "caps"): "upper", ("camel", "case"): "camel",
         ("pascal", "case"): "pascal"}


def read_number(words, i):
    out = ""
    while i < len(words) and words[i] in NUMBER_WORDS:
        w = words[i]
        if w in DIGITS:
            v = DIGITS.index(w)
            i += 1
        elif w in TEENS:
            v = 10 + TEENS.index(w)
            i += 1
        elif w in TENS:
            v = 10 * TENS.index(w)
            i += 1
            if i < len(words) and words[i] in DIGITS[1:]:
                v += DIGITS.index(words[i])
                i += 1
        else:
            raise ValueError("multiplier without a number: " + w)
        if i < len(words) and words[i] == "hundred":
            v *= 100
            i += 1
        elif i < len(words) and words[i] == "thousand":
            v *= 1000
            i += 1
        out += str(v)
    return out, i


def decode(text):
    words = text.split()
    out = []
    i = 0
    cap = False
    mode = None
    count = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            out.append(" ")
            mode = None
            i += 1
            continue
        hit = None
        for phrase, sym in SYM_PHRASES:
            if tuple(words[i:i + len(phrase)]) == phrase:
                hit = (phrase, sym)
                break
        if hit:
            out.append(hit[1])
            mode = None
            i += len(hit[0])
            continue
        if w == "capital":
            cap = True
            i += 1
            continue
        if tuple(words[i:i + 2]) in MODES:
            mode = MODES[tuple(words[i:i + 2])]
            count = 0
            i += 2
            continue
        if w in NUMBER_WORDS:
            piece, i = read_number(words, i)
        else:
            piece = "z" if w == "zed" else w
            i += 1
        if mode == "upper":
            piece = piece.upper()
        elif mode == "pascal" or (mode == "camel" and count > 0):
            piece = piece[:1].upper() + piece[1:]
        if cap:
            piece = piece[:1].upper() + piece[1:]
            cap = False
        count += 1
        out.append(piece)
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper-ish rendering helpers (fuzzy / natural / chaotic)
# ---------------------------------------------------------------------------

LETTER_HOMOPHONES = {"y": "why", "r": "are", "c": "see", "u": "you",
                     "o": "oh", "i": "I", "b": "bee", "t": "tea", "q": "queue",
                     "j": "Jay", "k": "Kay", "z": "Zed", "p": "pee", "g": "gee"}
WORD_HOMOPHONES = {"write": "right", "cache": "cash", "sync": "sink",
                   "sudo": "pseudo", "py": "pie", "root": "route",
                   "tail": "tale", "role": "roll", "new": "knew",
                   "flask": "flask", "yaml": "YAML", "json": "Jason",
                   "nix": "nicks", "mode": "mowed", "main": "Maine",
                   "key": "key", "seek": "Sikh", "plot": "plot"}
SPLITS = {"backup": "back up", "backups": "back ups", "uptime": "up time",
          "username": "user name", "filename": "file name",
          "database": "data base", "wordlist": "word list",
          "checkout": "check out", "download": "down load",
          "upload": "up load", "localhost": "local host",
          "timestamp": "time stamp", "keygen": "key gen",
          "whoami": "who am I", "website": "web site",
          "foreground": "fore ground", "hardlinks": "hard links",
          "thumbnails": "thumb nails", "shutdown": "shut down",
          "workspace": "work space", "feedback": "feed back"}
SPOKEN_NAMES = {"nginx": "engine X", "sudo": "sudo", "kubectl": "kube control"}

FUZZY_SYM = {
    "-": [("dash", 6), ("hyphen", 3), ("minus", 1)],
    "--": [("double dash", 7), ("dash dash", 2), ("minus minus", 1)],
    ".": [("dot", 7), ("period", 2), ("point", 1)],
    "/": [("forward slash", 6), ("slash", 4)],
    ">": [("greater than", 6), ("redirect", 4)],
    ">>": [("double greater than", 5), ("append", 5)],
    "@": [("at", 6), ("at sign", 4)],
    "$": [("dollar", 6), ("dollar sign", 4)],
    "=": [("equals", 7), ("equals sign", 3)],
    "*": [("star", 6), ("asterisk", 4)],
    "%": [("percent", 5), ("per cent", 5)],
    ";": [("semicolon", 6), ("semi colon", 4)],
    "_": [("underscore", 8), ("under score", 2)],
    "~": [("tilde", 7), ("Tilda", 3)],
    '"': [("quote", 7), ("quote,", 3)],
}

NATURAL_SYM = {
    "-": [("dash", 6), ("hyphen", 4)],
    "--": [("double dash", 7), ("dash dash", 3)],
    ".": [("dot", 10)],
    "/": [("forward slash", 5), ("slash", 5)],
    "\\": [("backslash", 10)],
    "|": [("pipe", 6), ("pipe into", 4)],
    "*": [("star", 6), ("asterisk", 4)],
    "!": [("bang", 5), ("exclamation mark", 5)],
    "#": [("hash", 10)],
    "~": [("tilde", 10)],
    "@": [("at", 7), ("at sign", 3)],
    "$": [("dollar", 7), ("dollar sign", 3)],
    "%": [("per cent", 6), ("percent sign", 4)],
    "^": [("caret", 10)],
    "&": [("ampersand", 10)],
    "=": [("equals", 10)],
    "+": [("plus", 10)],
    ":": [("colon", 10)],
    ";": [("semicolon", 10)],
    "_": [("underscore", 10)],
    ",": [("comma", 10)],
    "`": [("backtick", 10)],
    "?": [("question mark", 10)],
    "(": [("open round bracket", 7), ("open bracket", 3)],
    ")": [("close round bracket", 7), ("close bracket", 3)],
    "[": [("open square bracket", 10)],
    "]": [("close square bracket", 10)],
    "{": [("open curly bracket", 7), ("open curly brace", 3)],
    "}": [("close curly bracket", 7), ("close curly brace", 3)],
    "<": [("less than", 7), ("from", 3)],
    ">": [("greater than", 4), ("redirect to", 4), ("into", 2)],
    ">>": [("append to", 6), ("double greater than", 4)],
}
QUOTE_OPEN = [("quote", 4), ("open quote", 2), ("speech marks", 3), ("in quotes", 1)]
QUOTE_CLOSE = [("unquote", 4), ("close quote", 3), ("end quote", 1), ("close speech marks", 2)]
SQUOTE_OPEN = [("single quote", 7), ("open single quote", 3)]
SQUOTE_CLOSE = [("single quote", 5), ("close single quote", 5)]

OPENERS = ["Right,", "Right then,", "Go on then, type", "Give us", "Let's have",
           "Can you put in", "Okay, so", "Next one,", "Right, erm,",
           "Right, type", "Okay, give us", "Could you do"]
SIGNOFFS = ["Cheers.", "Ta.", "That'll do.", "Lovely.", "Job's a good 'un.",
            "Ta very much.", "That's the lot."]
FILLERS = ["erm", "er", "sort of", "you know", "erm,"]
WORD_CORR = ["no, hang about, {r}", "sorry, I mean {r}", "no, not {w}, {r}",
             "scrub that, {r}", "no, no, {r}"]
FLAG_CORR = ["no, hang about, {r}", "sorry, I mean {r}", "not {w}, I mean {r}",
             "hang about, that's wrong, it's {r}", "scrub that flag, {r}"]
RESTARTS = ["No, hang on, let me start again.", "Scrub all that, from the top.",
            "Sorry, I've made a right mess of that. Again:",
            "No, that's wrong. Let me start again,", "Hang about, start over."]
ASIDES = ["hang on, where's me tea gone,", "sorry, the dog's going mad,",
          "bear with me,", "this headset's playing up, right,",
          "one sec, kettle's boiled, right,", "let me check me notes,"]
RECALLS = ["erm, what's it called,", "now what was it,", "hang on, it's,",
           "let me think, erm,"]
ALT_WORDS = ["docs", "data", "notes", "backup", "config", "main", "test",
             "projects", "output", "input", "photo", "report", "archive",
             "demo", "logs", "build", "server", "alpha"]
ALT_LONG_FLAGS = ["verbose", "force", "quiet", "all", "output", "recursive",
                  "help", "dry-run", "file"]


def wchoice(rng, options):
    total = sum(w for _, w in options)
    x = rng.random() * total
    for val, w in options:
        x -= w
        if x < 0:
            return val
    return options[-1][0]


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


def num_numeral(item, rng, spaced_ok=True):
    digits, words = item[1], item[2]
    x = rng.random()
    if all(w in DIGITS for w in words) and len(words) > 1:
        if x < 0.55:
            return digits
        if x < 0.8:
            return " ".join(digits)
        return " ".join(words)
    if x < 0.6:
        if len(digits) >= 4 and int(digits) % 1000 == 0 and rng.random() < 0.4:
            return "{:,}".format(int(digits))
        return digits
    if x < 0.75 and spaced_ok and len(words) > 1 and \
            "hundred" not in words and "thousand" not in words:
        # each spoken group as a numeral: "80 80", "1 92", "45 hundred"
        groups = []
        i = 0
        while i < len(words):
            w = words[i]
            if w in ("hundred", "thousand"):
                groups.append(w)
                i += 1
                continue
            sub, j = read_number(words[i:i + 2] if w in TENS and i + 1 < len(words)
                                 and words[i + 1] in DIGITS[1:] else [w], 0)
            groups.append(sub)
            i += j
        return " ".join(groups)
    return " ".join(words)


def letters_fuzzy(lets, rng):
    x = rng.random()
    if x < 0.4:
        return " ".join(c.upper() for c in lets)
    if x < 0.6:
        return "".join(c.upper() for c in lets)
    if x < 0.72:
        return " ".join("zed" if c == "z" else c for c in lets)
    if x < 0.88:
        return " ".join(LETTER_HOMOPHONES.get(c, c.upper())
                        if rng.random() < 0.5 else c.upper() for c in lets)
    return "".join(c.upper() + "." for c in lets)


def letters_natural(lets, rng):
    # the speaker's "double" habit for repeated letters
    spoken = []
    i = 0
    use_double = rng.random() < 0.75
    while i < len(lets):
        c = lets[i]
        if use_double and i + 1 < len(lets) and lets[i + 1] == c:
            spoken.append(("double", c))
            i += 2
        else:
            spoken.append(("single", c))
            i += 1
    glue = rng.random() < 0.55
    out = []
    for kind, c in spoken:
        letter = "Zed" if (c == "z" and rng.random() < 0.5) else c.upper()
        if kind == "double":
            out.append("double " + letter)
        else:
            out.append(letter)
    if glue and all(k == "single" for k, _ in spoken):
        return "".join(out)
    return " ".join(out)


def group_letters(items):
    """Merge consecutive ("let") items into ("lets", [..]) groups."""
    out = []
    for it in items:
        if it[0] == "let" and out and out[-1][0] == "lets":
            out[-1][1].append(it[1])
        elif it[0] == "let":
            out.append(("lets", [it[1]]))
        else:
            out.append(it)
    return out


def render_fuzzy_token(items, rng):
    parts = []
    pending_cap = False
    for it in group_letters(items):
        kind = it[0]
        if kind == "sym":
            if rng.random() < 0.08 and it[1] in "./-":
                parts.append(("glyph", it[1]))
            else:
                opts = FUZZY_SYM.get(it[1])
                parts.append(("text", wchoice(rng, opts) if opts else SYM_CLEAN[it[1]]))
        elif kind == "cap":
            parts.append(("text", "Capital" if rng.random() < 0.3 else "capital"))
            pending_cap = True
            continue
        elif kind == "mode":
            m = it[1]
            x = rng.random()
            if m == "all caps":
                parts.append(("text", "all caps" if x < 0.6 else ("all-caps" if x < 0.8 else "All caps,")))
            elif m == "camel case":
                parts.append(("text", "camel case" if x < 0.6 else "CamelCase"))
            else:
                parts.append(("text", "Pascal case" if x < 0.7 else "pascal case"))
        elif kind == "word":
            w = it[1]
            x = rng.random()
            if w in WORD_HOMOPHONES and x < 0.45:
                w = WORD_HOMOPHONES[w]
            elif w in SPLITS and x < 0.5:
                w = SPLITS[w]
            if pending_cap:
                w = cap_first(w)
            parts.append(("text", w))
        elif kind == "lets":
            lets = it[1]
            if pending_cap:
                # "capital b" -> Whisper writes "capital B"
                s = lets[0].upper() + ("" if len(lets) == 1 else " " + letters_fuzzy(lets[1:], rng))
            else:
                s = letters_fuzzy(lets, rng)
            parts.append(("text", s))
        elif kind == "num":
            parts.append(("text", num_numeral(it, rng)))
        pending_cap = False
    # glue glyphs to neighbours, occasionally glue a letter to a word
    out = ""
    prev_glyph = False
    for k, s in parts:
        if k == "glyph":
            out += s
            prev_glyph = True
            continue
        if not out or prev_glyph:
            out += s
        else:
            out += " " + s
        prev_glyph = False
    return out


def fuzzy_text(tokens, rng):
    rendered = [render_fuzzy_token(t, rng) for t in tokens]
    out = rendered[0]
    for r in rendered[1:]:
        x = rng.random()
        if x < 0.12:
            sep = ", space, "
        elif x < 0.24:
            sep = " space, "
        elif x < 0.3:
            sep = ". Space "
        else:
            sep = " space "
        out += sep + r
    out = cap_first(out.strip())
    if rng.random() < 0.55 and out[-1] not in ".,":
        out += "."
    return out


class NaturalState:
    """Tracks quote pairing across a whole command for natural renderings."""

    def __init__(self):
        self.dq = 0
        self.sq = 0


def natural_sym(sym, rng, st):
    if sym == '"':
        st.dq += 1
        return wchoice(rng, QUOTE_OPEN if st.dq % 2 else QUOTE_CLOSE)
    if sym == "'":
        st.sq += 1
        return wchoice(rng, SQUOTE_OPEN if st.sq % 2 else SQUOTE_CLOSE)
    return wchoice(rng, NATURAL_SYM[sym])


def natural_number(item, rng):
    digits, words = item[1], item[2]
    if all(w in DIGITS for w in words) and len(words) > 1 and "0" in digits \
            and rng.random() < 0.45:
        # the speaker's "oh" and "double" for digit runs
        out = []
        i = 0
        while i < len(digits):
            d = digits[i]
            name = "oh" if d == "0" else DIGITS[int(d)]
            if i + 1 < len(digits) and digits[i + 1] == d:
                out.append("double " + name)
                i += 2
            else:
                out.append(name)
                i += 1
        return " ".join(out)
    return num_numeral(item, rng, spaced_ok=False)


def render_natural_items(items, rng, st):
    """Render a list of items (part of one token) into natural Whisper text."""
    out = []
    pending_cap = False
    grouped = group_letters(items)
    k = 0
    while k < len(grouped):
        it = grouped[k]
        kind = it[0]
        if kind == "sym":
            nxt = grouped[k + 1] if k + 1 < len(grouped) else None
            # Whisper glues "dot" + short extension: ".py", ".com"
            if it[1] == "." and nxt is not None and rng.random() < 0.3 and \
                    nxt[0] in ("word", "lets") and (out and out[-1][-1:].isalnum()):
                ext = nxt[1] if nxt[0] == "word" else "".join(nxt[1])
                out[-1] = out[-1] + "." + ext
                k += 2
                continue
            out.append(natural_sym(it[1], rng, st))
        elif kind == "cap":
            # two or more capital letters in a row: "N T L M in capitals"
            run = []
            q = k
            while q + 1 < len(grouped) and grouped[q][0] == "cap" and \
                    grouped[q + 1][0] == "lets" and len(grouped[q + 1][1]) == 1:
                run.append(grouped[q + 1][1][0])
                q += 2
            if len(run) >= 2:
                letters = " ".join("Zed" if c == "z" else c.upper() for c in run)
                if rng.random() < 0.5:
                    out.append(letters + " in capitals")
                else:
                    out.append("all caps " + letters)
                k = q
                continue
            pending_cap = True
            k += 1
            continue
        elif kind == "mode":
            m = it[1]
            rest = grouped[k + 1:]
            if m == "all caps":
                # count pieces up to next sym
                span = []
                for r in rest:
                    if r[0] == "sym":
                        break
                    span.append(r)
                if len(span) == 1 and span[0][0] == "word" and rng.random() < 0.5:
                    out.append(span[0][1].upper() + " in capitals")
                    k += 2
                    continue
                out.append("all caps")
            else:
                out.append(m)
        elif kind == "word":
            w = it[1]
            x = rng.random()
            if w in SPOKEN_NAMES and x < 0.5:
                w = SPOKEN_NAMES[w]
            elif w in WORD_HOMOPHONES and w != "main" and x < 0.25:
                w = WORD_HOMOPHONES[w]
            if pending_cap:
                if rng.random() < 0.6:
                    out.append("capital " + cap_first(w))
                else:
                    out.append(cap_first(w) + " with a capital " + w[0].upper())
            else:
                out.append(w)
        elif kind == "lets":
            lets = it[1]
            if pending_cap:
                s = "capital " + ("Zed" if lets[0] == "z" else lets[0].upper())
                if len(lets) > 1:
                    s += " " + letters_natural(lets[1:], rng)
            else:
                s = letters_natural(lets, rng)
            out.append(s)
        elif kind == "num":
            out.append(natural_number(it, rng))
        pending_cap = False
        k += 1
    return out


def render_natural_token(items, rng, st):
    # a lone dash or double dash: the speaker marks it as standing alone
    if len(items) == 1 and items[0][0] == "sym" and items[0][1] in ("-", "--") \
            and rng.random() < 0.7:
        return natural_sym(items[0][1], rng, st) + " on its own"
    # whole numeric token like 3.11 or 192.168.1.244: Whisper writes numerals
    if items and all(i[0] == "num" or (i[0] == "sym" and i[1] == ".") for i in items) \
            and rng.random() < 0.7:
        return "".join(i[1] for i in items)
    return " ".join(render_natural_items(items, rng, st))


def natural_body(tokens, rng, st, fillers=True):
    pieces = []
    for idx, t in enumerate(tokens):
        s = render_natural_token(t, rng, st)
        if idx and fillers and rng.random() < 0.1:
            pieces.append(rng.choice(FILLERS))
        pieces.append(s)
        if idx < len(tokens) - 1 and rng.random() < 0.12:
            pieces[-1] += ","
    return " ".join(pieces)


def frame(body, rng, opener_p=0.85, signoff_p=0.4):
    text = body
    if rng.random() < opener_p:
        op = rng.choice(OPENERS)
        text = op + " " + text
    text = cap_first(text)
    if not text.endswith((".", ",", ":")):
        text += "."
    elif text.endswith(","):
        text = text[:-1] + "."
    if rng.random() < signoff_p:
        text += " " + rng.choice(SIGNOFFS)
    return text


def natural_text(tokens, rng):
    st = NaturalState()
    return frame(natural_body(tokens, rng, st), rng)


# ---- chaotic ---------------------------------------------------------------

def wrong_piece(item, rng):
    kind = item[0]
    if kind == "word":
        alts = [w for w in ALT_WORDS if w != item[1]]
        return ("word", rng.choice(alts))
    if kind == "let":
        alts = [c for c in "abcdefghklmnprstvwx" if c != item[1]]
        return ("let", rng.choice(alts))
    # number
    digits = item[1]
    v = int(digits) + rng.choice([1, 2, 10])
    s = str(v)
    return ("num", s, number_words(s))


def wrong_flag(tok_items, rng):
    """A different flag of the same shape."""
    first = tok_items[0]
    if first == ("sym", "--"):
        name = rng.choice(ALT_LONG_FLAGS)
        return encode_token("--" + name)
    c = rng.choice("abcdefhilnpqrstvx")
    return encode_token("-" + c)


def is_flag(items):
    return items and items[0][0] == "sym" and items[0][1] in ("-", "--") and len(items) > 1


def chaotic_text(tokens, rng):
    st = NaturalState()
    n = len(tokens)
    kinds = ["word", "flag", "restart", "stutter", "aside", "recall"]
    first = wchoice(rng, [("word", 4), ("flag", 3), ("restart", 3)])
    troubles = [first]
    if rng.random() < 0.55:
        extra = wchoice(rng, [("stutter", 2), ("aside", 3), ("recall", 2), ("word", 1)])
        if extra not in troubles:
            troubles.append(extra)
    flag_idx = [i for i, t in enumerate(tokens) if is_flag(t)]
    if "flag" in troubles and not flag_idx:
        troubles[troubles.index("flag")] = "word"
        troubles = list(dict.fromkeys(troubles))
    word_target = None
    if "word" in troubles:
        cands = [(i, j) for i, t in enumerate(tokens) for j, it in enumerate(t)
                 if it[0] in ("word", "num", "let") and (i > 0 or n == 1)]
        if cands:
            word_target = rng.choice(cands)
        else:
            troubles.remove("word")
    flag_target = rng.choice(flag_idx) if "flag" in troubles else None
    aside_at = rng.randrange(1, n) if ("aside" in troubles or "recall" in troubles) and n > 1 else None
    if aside_at is None:
        troubles = [t for t in troubles if t not in ("aside", "recall")]
    del kinds

    segs = []
    for i, t in enumerate(tokens):
        if aside_at == i:
            if "aside" in troubles:
                segs.append(rng.choice(ASIDES))
            else:
                segs.append(rng.choice(RECALLS))
        if word_target and word_target[0] == i:
            j = word_target[1]
            bad = wrong_piece(t[j], rng)
            pre = render_natural_items(t[:j], rng, st)
            w = " ".join(render_natural_items([bad], rng, st))
            r = " ".join(render_natural_items([t[j]], rng, st))
            post = render_natural_items(t[j + 1:], rng, st)
            corr = rng.choice(WORD_CORR).format(w=w, r=r)
            segs.append(" ".join(pre + [w + ",", corr] + post))
        elif flag_target is not None and flag_target == i:
            bad = wrong_flag(t, rng)
            if bad is None or items_text(bad) == items_text(t):
                bad = encode_token("--verbose") if items_text(t) != "double dash verbose" \
                    else encode_token("--quiet")
            w = render_natural_token(bad, rng, NaturalState())
            r = render_natural_token(t, rng, st)
            segs.append(w + ", " + rng.choice(FLAG_CORR).format(w=w, r=r))
        else:
            segs.append(render_natural_token(t, rng, st))
        if i == 0 and "stutter" in troubles and t and t[0][0] in ("word", "let"):
            segs[-1] = segs[-1].split(" ")[0] + ", " + segs[-1]
    body = " ".join(segs)
    if "restart" in troubles:
        k = rng.randint(1, max(1, min(3, n - 1)))
        fst = NaturalState()
        false_start = " ".join(render_natural_token(t, rng, fst) for t in tokens[:k])
        if rng.random() < 0.5 and n > k:
            # false start wanders off into a wrong word
            false_start += " " + rng.choice(ALT_WORDS)
        opener = rng.choice(OPENERS)
        text = cap_first(opener + " " + false_start) + "... " + rng.choice(RESTARTS) + " "
        text += cap_first(body) if text.rstrip().endswith(".") else body
        text = text.rstrip(",")
        if not text.endswith("."):
            text += "."
        if rng.random() < 0.35:
            text += " " + rng.choice(SIGNOFFS)
        return text
    return frame(body, rng, opener_p=0.8, signoff_p=0.35)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------

def eligible_commands():
    with open(POOL, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    seen = set()
    out = []
    for n, line in enumerate(lines):
        if n % 3 != 2:
            continue
        cmd = json.loads(line)["command"]
        if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
            continue
        if cmd != cmd.strip() or not cmd or re.search(r"<[A-Za-z][A-Za-z ]*>", cmd):
            continue
        if cmd in seen:
            continue
        tokens = encode(cmd)
        if tokens is None:
            continue
        spoken = clean_text(tokens)
        if len(spoken.split()) > 48 or decode(spoken) != cmd:
            continue
        seen.add(cmd)
        out.append((n, cmd, tokens))
    return out


def main():
    rng = random.Random(105)
    pool = eligible_commands()
    order = list(range(len(pool)))
    rng.shuffle(order)
    per_first = {}
    chosen = []
    for k in order:
        n, cmd, tokens = pool[k]
        fw = cmd.split(" ")[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        chosen.append((cmd, tokens))
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    assert len(set(c for c, _ in chosen)) == len(chosen)

    rows = []
    for s_idx, slice_name in enumerate(SLICES):
        for cmd, tokens in chosen[s_idx * PER_SLICE:(s_idx + 1) * PER_SLICE]:
            if slice_name == "clean":
                text = clean_text(tokens)
                assert decode(text) == cmd, (text, cmd)
                assert text == text.lower() and re.fullmatch(r"[a-z ]+", text), text
            elif slice_name == "fuzzy":
                text = fuzzy_text(tokens, rng)
            elif slice_name == "natural":
                text = natural_text(tokens, rng)
            else:
                text = chaotic_text(tokens, rng)
            rows.append({"input": text, "command": cmd, "slice": slice_name,
                         "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r["slice"]] = counts.get(r["slice"], 0) + 1
    print("wrote", OUT, counts)


if __name__ == "__main__":
    main()
