#!/usr/bin/env python3
# ruff: noqa: E501, UP031, UP032
"""Dictation test set, author 111: writes assets/training/bash/author111.jsonl.

Source and credit
=================
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, through the pool file
assets/training/bash/pages_dev60_commands.jsonl (only 0-based lines n with
n % 3 == 2).  Command text is kept byte for byte as in the pool.

Output: 400 JSON lines {"input", "command", "slice", "author": "author111"},
100 per slice in the order clean, fuzzy, natural, chaotic.  One
random.Random(111) is consumed in a fixed order (selection first, then the
lines in output order), no set is ever iterated, so reruns are byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
One speaker throughout: an unhurried operations engineer who learned the
trade on terminals long before voice input, and whose letter names, symbol
names and conversational habits are not those of a typical American
developer.  The habits below are theirs in every slice; the slices differ
only in how careful the speaker is and in how Whisper writes it down.

2. The protocol as this speaker uses it (clean slice)
-----------------------------------------------------
A clean line is a careful transcript: lower case, no punctuation, nothing
but the command.

Tokens.  The command is split at its single spaces; between two tokens the
speaker says "space".  Inside a token everything the speaker says is glued
together with nothing in between (so "docs forward slash report dot p d f"
is docs/report.pdf, and "m m d b lookup" is mmdblookup).

Symbols, always by these names:
  -  hyphen              (so -- is "hyphen hyphen")
  .  dot; but "point" when the whole token is a decimal or two-part
     version, digits-dot-digits (0.7 is "zero point seven", 1.10 is
     "one point ten"); dotted quads and everything else use "dot"
     (10.0.0.5 is "ten dot zero dot zero dot five");
  /  forward slash       \\  backslash
  ~  tilde               |  pipe            *  star          !  bang
  #  hash                @  at              $  dollar        %  percent
  ^  caret               &  ampersand       && and and       =  equals
  +  plus                :  colon           ;  semicolon     _  underscore
  ,  comma               "  quote           '  single quote  `  backtick
  ?  question mark       ( ) open paren / close paren
  { } open brace / close brace              [ ] open bracket / close bracket
  <  less than
  >  redirect when it is a whole token or directly follows a digit run
     (so 2> is "two redirect", 2>&1 is "two redirect ampersand one");
     anywhere else "greater than"
  >> append
Repeated symbols are simply repeated: .. is "dot dot", || is "pipe pipe".

Letters.  A run of lower-case letters is said as a word when it is a real or
pronounceable word (git, docker, viewer, json, ascii); it is spelled letter
by letter when it is an abbreviation or has no sensible pronunciation
(l s, p d f, s r c, t m p, e n v).  A long run that is partly a word is said
in the easiest pieces: spelled part + word part (c h mod, m m d b lookup,
h ledger), word + word (skip lock storage) or a mix
(my s q l bin log); plurals of whole words stay whole (projects).  A very
long run with no sensible pieces is said as one word, however it sounds.
The letter z is always "zed", never "zee", and the transcript writes "zed".

Collisions.  A literal word that is also a protocol word (a symbol name, a
number word, "space", "capital", "all", "caps", "case", "camel", "pascal",
"snake", "kebab", "screaming", "and", "at", "open", "close", "single",
"forward", "question", "mark", "less", "greater", "than", "sign", "double",
"redirect", "append", "zed", ...) is never said as a word: the speaker spells
it, so pw-dot is "p w hyphen d o t" and --all is "hyphen hyphen a l l".

Casing.  Default is lower case.
  "capital <word>"    upper-cases the first letter of the next word or letter
                      only (capital x -> X, capital island -> Island,
                      capital x v f b -> Xvfb, capital h ledger ->
                      Hledger).
  "all caps <word>"   upper-cases a whole spoken word (all caps readme ->
                      README); followed by spelled letters it upper-cases
                      the whole run of single letters (all caps p d f -> PDF).
  "pascal case shooter game server" -> ShooterGameServer,
  "camel case color correct" -> colorCorrect;
                      used only for identifiers made entirely of whole words
                      (ShooterGameServer, colorCorrect); the run goes on
                      until the next protocol word (symbol, number, space) or
                      the end.  Snake, kebab and screaming case are never
                      used: this speaker says underscores and hyphens aloud.

Numbers.  A digit run is said as an ordinary number when it is 0-99 with no
leading zero ("seven", "twelve", "forty two"), or a round hundred or
thousand with one leading digit ("one hundred", "eight thousand").  Every
other digit run is said digit by digit ("four zero nine six", "one nine two",
"zero five").  Decimals use "point" between the parts ("zero point seven").

Mixed-case tokens are broken at case changes: ReqURL is
"capital r e q all caps u r l", fooG is "foo capital g", getST is
"get all caps s t".

decode() below is the listener for exactly this protocol, and every clean
line is asserted to decode back to its command.

3. Natural-speech habits of the speaker
---------------------------------------
* Openers: "Right,", "Right then,", "Okay, so", "Go on then,", "Can you do",
  "Could you run", "Let's have", "Just pop in", "I need".
* Sign-offs: "Cheers.", "Ta.", "Lovely.", "That'll do.", "Sorted.",
  "That's it.", "please".
* Fillers: "erm" (Whisper sometimes writes "um"), "er", "sort of", "like",
  "you know".
* When loose, "hyphen" drifts to "dash" and sometimes "minus"; "forward
  slash" shortens to "slash"; "--" becomes "double dash" or "dash dash";
  "star" sometimes "asterisk"; "equals" sometimes "equal".  Letters are still
  "zed", numbers are said as above, decimals with "point".
* Corrections (chaotic only), in the speaker's own words: "no, sorry,",
  "no hang on,", "I mean", "scrap that,", "not X, Y", "hang about, that
  should be", and whole restarts "scrap that, let me start again." /
  "hang on, start again." / "let me just say the whole thing.".  A correction
  always replaces exactly the token said just before it; a restart throws
  away everything before it.
* Asides (chaotic only): "bear with me", "where's it gone", "it's for the
  nightly job", "the laptop's being slow today", "bloody thing", "where
  was I", "right, yes".  They contain no protocol words and no numbers.
* Stutters (chaotic only): a token said twice with a pause ("docker...
  docker").
* In natural speech the speaker closes a camel/pascal case run with a
  pause (a comma in the transcript) when another token follows.
* "Could you run" / "Can you do" / "Let's have" / "Just pop in" / "I need"
  are framing, never part of the command.

4. Whisper's habits
-------------------
* Capitalises the first word and often ends with a full stop; commas at
  pauses, usually after "space" or at token boundaries.
* Numbers become numerals ("8000", "8,000", "42", "4096"); digit-by-digit
  runs are joined ("192") or left spaced ("4 0 9 6"); IP addresses and
  decimals are often written with real dots ("192.168.1.10", "0.7").
* Spelled letters come out upper case, glued or spaced or hyphenated
  ("LS", "L S", "L-S"); the listener still reads them lower case unless
  "capital" or "all caps" was said.  A spelled literal that is also a
  protocol word is never glued ("D-O-T", "A L L").  In the fuzzy slice a
  single letter sometimes comes out as a homophone ("see", "why", "are",
  "you", "ex", "Jay", "Kay", "queue", "oh", "bee", "tea", "I").  "zed" comes out
  "zed", "Zed" or "Z".
* British spellings and splits: "per cent", "semi-colon", "back slash",
  "under score", "forward-slash", "all-caps" / "all cap", "tilda",
  "carrot" (caret).  "dot" between two word pieces is sometimes a real "."
  ("report.pdf"); "at" in addresses sometimes "@".
* Homophones for a few literal words: sync -> sink, cache -> cash,
  write -> right, root -> route, main -> Maine.
* In natural speech there is no "space": tokens are separated by Whisper's
  own spaces, letters and digits inside a token are glued ("7ZA", "S3"), a
  word that was a spelled+word compound is written as the word itself.

5. The four slices
------------------
clean   -- the protocol exactly as in section 2, careful transcript.
fuzzy   -- the same protocol (every "space" still said), as Whisper writes it:
           capitals, punctuation, numerals, glued/split words, homophones,
           the occasional symbol synonym (dash, minus, period, slash).  No
           framing, no fillers.
natural -- no "space"; an opener, sometimes a sign-off, fillers, loose
           symbol names, Whisper's sentences and numerals.
chaotic -- natural plus trouble: at least one correction (word, flag or
           whole-command scope) or restart, sometimes also a stutter or an
           aside.  A careful listener can still rebuild the command exactly.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev60_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author111.jsonl")
AUTHOR = "author111"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

SYM_CLEAN = {
    "-": "hyphen", "/": "forward slash", "\\": "backslash", "~": "tilde",
    "|": "pipe", "*": "star", "!": "bang", "#": "hash", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    "&&": "and and", ">>": "append",
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NUMWORDS = {}
for _i, _w in enumerate(UNITS):
    NUMWORDS[_w] = _i
for _i, _w in enumerate(TEENS):
    NUMWORDS[_w] = 10 + _i
for _i, _w in enumerate(TENS):
    if _w:
        NUMWORDS[_w] = 10 * _i
NUMWORDS["hundred"] = 100
NUMWORDS["thousand"] = 1000
COMPOUND_ONLY = [w for w in NUMWORDS if NUMWORDS[w] >= 10]

# Every word a careful listener could take as part of the protocol.
RESERVED = sorted(set(
    " ".join(SYM_CLEAN.values()).split()
    + list(NUMWORDS)
    + """dash minus hyphen dot period point slash forward backslash pipe star
    asterisk bang hash tilde at sign dollar percent caret ampersand equals
    equal plus colon semicolon underscore comma quote single backtick
    question mark open close paren brace curly bracket angle less greater
    than redirect double append and space capital all caps camel pascal
    snake kebab screaming case zed literal letter million""".split()))
RESERVED_SET = dict.fromkeys(RESERVED)

SPELL_ALWAYS = dict.fromkeys("""usb url api aws gpu cpu iso ide ttl uid gid
ocr exe env src tmp pdf jpg png csv tsv svg xml html sql ssh npm dnf gh jj
ip id ui cli db fs vm os io ftp http https ssl tls dns tcp udp mp mkv avi
ppm pgm pbm pnm pam gpg pid tty lvm raw rgb vcs dir openssl""".split())

LEX = dict.fromkeys("""add app bar bin bob box bug but can cap car cat cut
day dev doc dog end fix fly foo fun gem get gif git got hub hot jar job key
kit lab lib log low map max man met min mix mod mug net new nix not now off
old out own pad pan pen pet pin pip pod pop pot pub put rap raw red rip rob
row rub run set sip sit sky sub sum sun tab tag tap tar tin tip top toy try
tub use van vim way web who why win yes zap zen zip via yum ack age ant arc
art ask bat bee bit bot bow buy col con cow cup dig dim dir due dry ego elf
elm emu era far fat fee fig fin fit fog gap gas gum guy hat hay hen hex hit
hop ice ink inn ion jam jaw jet joy kid lap law lay leg let lid lip lit lot
mat mid mob mop mud nap nod nor nut oak odd oil orb owl pay pea pie pig pit
ply ram ray rod rot rug rum saw say sea see sew she shy sin sir ski sly sob
son spy tan tax tea tie toe ton too tow toy urn vat vet war wax web wig wit
wok yak yam yet zoo lookup server client file files view viewer config list
test build check info image name link sync search install update user group
data load dump read write edit diff merge push pull clone commit status
mount disk part stat work daemon length script strings length width height
width fetch watch match batch patch switch branch crypt print tree free
pass word key keys time zone host port show hide start stop plot text font
shell spell line lines send store scan chunk my me we go do no on in is it
of to up so by or if as be he us agent cloud path make quiet json yaml toml
node type mode format level project include theme socket service source
input output error message remove delete create init show help version
release verbose force recursive export import query table index schema
policy role images container volume network secret token login logout
account conf context backup restore archive report notes photo video audio
sound power reset reboot shutdown kill verify package lock unlock stream
frame color colour scale page pages book mark mail boot menu sort call
base home local remote cache queue task tasks job jobs event events table
random sample record draw move copy paste grep find curl wget less more
the for you new skip storage date layout world hello ledger head tail flow block field fields count total limit range window socket
""".split())

ONSETS = dict.fromkeys("""bl br ch cl cr dr fl fr gl gr kl kn pl pr sc sh sk
sl sm sn sp st sw th tr tw wh wr str scr spr spl shr thr sch ph qu gn ps ts
tz""".split())
VOWELS = "aeiouy"

LETTER_HOMOPHONE = {"c": "see", "y": "why", "r": "are", "u": "you",
                    "x": "ex", "j": "Jay", "k": "Kay", "q": "queue",
                    "i": "I", "o": "oh", "b": "bee", "t": "tea"}
WORD_HOMOPHONE = {"sync": "sink", "cache": "cash", "write": "right",
                  "root": "route", "main": "Maine"}


def letter_name(c):
    return "zed" if c == "z" else c


def pronounceable(w):
    if len(w) < 4:
        return False
    if not any(c in VOWELS for c in w):
        return False
    if re.search(r"[^aeiouy]{4,}", w) or re.search(r"[aeiou]{3,}", w):
        return False
    start = re.match(r"[^aeiouy]*", w).group()
    if len(start) >= 2 and start not in ONSETS:
        return False
    end = re.search(r"[^aeiouy]*$", w).group()
    if len(end) == 2 and end not in ENDS2:
        return False
    if len(end) >= 3 and end not in ENDS3:
        return False
    return True


ENDS2 = dict.fromkeys("""ck ct ft ld lf lk ll lm lp lt mb mp nd ng nk ns nt pt
rb rc rd rf rg rk rl rm rn rp rs rt sh sk sp ss st th ch ts ks ds ps ls ms gs
ws bs ns ff tt gh ph zz ns cs""".split())
ENDS3 = dict.fromkeys("""nds nts rst nks rks lts pts cks rch tch nch ngs rds
sts mps rld rts cts rns lds rms lms rth nth lls ght rgs lps rps fts lks sks
sps ths""".split())


def whole_word_ok(w):
    if w in RESERVED_SET or w in SPELL_ALWAYS:
        return False
    if w in LEX or pronounceable(w):
        return True
    # plurals of words said whole are said whole too ("projects")
    return len(w) > 4 and w.endswith("s") and (w[:-1] in LEX or pronounceable(w[:-1]))


# ---------------------------------------------------------------------------
# Analysis of a command into spoken units
# ---------------------------------------------------------------------------
# A unit is a dict: k = sym | num | word | spell | cap | upper | case,
# plus "run" (id of the letter run it came from) where relevant.

_RUN = [0]


def _seg_cost(piece, whole):
    """Cost of saying piece as one segment of a letter run, or None."""
    if piece in RESERVED_SET:
        return None
    if piece in SPELL_ALWAYS:
        return None
    if piece in LEX:
        return 0.7
    if len(piece) >= 4 and pronounceable(piece):
        return 1.6
    return None


def say_lower(w):
    """Units for a run of lower-case letters: a word, spelled letters, or
    the cheapest mix of known words, pronounceable chunks and spelled
    letters (c h mod, m m d b lookup, my s q l bin log)."""
    if whole_word_ok(w):
        return [{"k": "word", "v": w}]
    if w in RESERVED_SET:
        return [{"k": "spell", "v": w, "res": True}]
    if w in SPELL_ALWAYS or len(w) <= 3:
        return [{"k": "spell", "v": w}]
    n = len(w)
    best = [None] * (n + 1)
    best[0] = (0.0, [])
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] is None:
                continue
            piece = w[i:j]
            c = _seg_cost(piece, False)
            if c is not None:
                cand = (best[i][0] + c, best[i][1] + [{"k": "word", "v": piece}])
            elif piece in SPELL_ALWAYS or len(piece) <= 4:
                cand = (best[i][0] + 0.8 * len(piece) + 0.2,
                        best[i][1] + [{"k": "spell", "v": piece}])
            else:
                continue
            if best[j] is None or cand[0] < best[j][0] - 1e-9:
                best[j] = cand
    cost, units = best[n]
    if len(w) >= 9 and cost > len(w) * 0.6:
        return [{"k": "word", "v": w}]
    return _merge(units)


def _merge(units):
    out = []
    for u in units:
        if out and u["k"] == "spell" and out[-1]["k"] == "spell":
            out[-1] = {"k": "spell", "v": out[-1]["v"] + u["v"]}
        else:
            out.append(u)
    return out


def tag_run(units, src):
    _RUN[0] += 1
    for u in units:
        u["run"] = _RUN[0]
        u["src"] = src
    return units


PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def analyze_alpha(seg):
    # whole-word case runs
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", seg) or re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", seg):
        parts = re.findall(r"[A-Z]?[a-z]+", seg)
        low = [p.lower() for p in parts]
        if all(len(p) >= 2 and whole_word_ok(p) for p in low):
            kind = "pascal" if seg[0].isupper() else "camel"
            return [{"k": "case", "v": kind, "parts": low, "src": seg}]
    units = []
    for m in PIECE.finditer(seg):
        p = m.group()
        if p.isupper():
            lw = p.lower()
            if len(p) == 1:
                units += tag_run([{"k": "cap", "sub": {"k": "spell", "v": lw}}], p)
            elif whole_word_ok(lw):
                units += tag_run([{"k": "upper", "sub": {"k": "word", "v": lw}}], p)
            else:
                units += tag_run([{"k": "upper", "sub": {"k": "spell", "v": lw}}], p)
        elif p[0].isupper():
            lw = p.lower()
            sub = say_lower(lw)
            first = sub[0]
            if first["k"] == "spell" and len(first["v"]) > 1:
                sub = [{"k": "spell", "v": first["v"][0]},
                       {"k": "spell", "v": first["v"][1:]}] + sub[1:]
            sub[0] = {"k": "cap", "sub": sub[0]}
            units += tag_run(sub, p)
        else:
            units += tag_run(say_lower(p), p)
    return units


def number_words(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    if n < 100:
        return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])
    if n < 1000:
        return [UNITS[n // 100], "hundred"]
    return [UNITS[n // 1000], "thousand"]


def num_unit(d):
    n = int(d)
    compound = (d == "0" or (d[0] != "0" and (n <= 99 or (n < 1000 and n % 100 == 0)
                                              or (n < 10000 and n % 1000 == 0))))
    if compound:
        words = number_words(n)
    else:
        words = [UNITS[int(c)] for c in d]
    return {"k": "num", "v": d, "mode": "compound" if compound else "digits",
            "words": words}


def analyze_token(tok):
    segs = re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+", tok)
    units = []
    for si, seg in enumerate(segs):
        if seg[0].isalpha():
            units += analyze_alpha(seg)
        elif seg[0].isdigit():
            units.append(num_unit(seg))
        else:
            prev_digit = si > 0 and segs[si - 1][0].isdigit()
            next_digit = si + 1 < len(segs) and segs[si + 1][0].isdigit()
            i = 0
            while i < len(seg):
                two = seg[i:i + 2]
                c = seg[i]
                if two == "&&":
                    units.append({"k": "sym", "v": "&&", "name": "and and"})
                    i += 2
                    continue
                if two == ">>":
                    units.append({"k": "sym", "v": ">>", "name": "append"})
                    i += 2
                    continue
                if c == ">":
                    whole = tok == ">"
                    name = "redirect" if (whole or (i == 0 and prev_digit)) else "greater than"
                    units.append({"k": "sym", "v": ">", "name": name})
                elif c == ".":
                    is_point = (seg == "." and prev_digit and next_digit
                                and re.fullmatch(r"[0-9]+\.[0-9]+", tok) is not None)
                    units.append({"k": "sym", "v": ".", "name": "point" if is_point else "dot"})
                else:
                    units.append({"k": "sym", "v": c, "name": SYM_CLEAN[c]})
                i += 1
    return units


def analyze(cmd):
    return [analyze_token(t) for t in cmd.split(" ")]


# ---------------------------------------------------------------------------
# Clean rendering and the listener
# ---------------------------------------------------------------------------

def clean_sub(u):
    if u["k"] == "word":
        return [u["v"]]
    if u["k"] == "spell":
        return [letter_name(c) for c in u["v"]]
    raise ValueError(u)


def clean_unit(u):
    k = u["k"]
    if k == "sym":
        return u["name"].split()
    if k == "num":
        return list(u["words"])
    if k in ("word", "spell"):
        return clean_sub(u)
    if k == "cap":
        return ["capital"] + clean_sub(u["sub"])
    if k == "upper":
        return ["all", "caps"] + clean_sub(u["sub"])
    if k == "case":
        return [u["v"], "case"] + list(u["parts"])
    raise ValueError(u)


def clean_words(units_by_token):
    out = []
    for ti, units in enumerate(units_by_token):
        if ti:
            out.append("space")
        for u in units:
            out += clean_unit(u)
    return out


def render_clean(units_by_token):
    return " ".join(clean_words(units_by_token))


DEC_TWO = {("and", "and"): "&&", ("forward", "slash"): "/",
           ("single", "quote"): "'", ("question", "mark"): "?",
           ("less", "than"): "<", ("greater", "than"): ">",
           ("open", "paren"): "(", ("close", "paren"): ")",
           ("open", "brace"): "{", ("close", "brace"): "}",
           ("open", "bracket"): "[", ("close", "bracket"): "]",
           ("open", "angle"): "<", ("close", "angle"): ">",
           ("dash", "dash"): "--", ("double", "dash"): "--"}
DEC_ONE = {"hyphen": "-", "dash": "-", "minus": "-", "dot": ".",
           "period": ".", "point": ".", "slash": "/", "backslash": "\\",
           "tilde": "~", "pipe": "|", "star": "*", "asterisk": "*",
           "bang": "!", "hash": "#", "at": "@", "dollar": "$",
           "percent": "%", "caret": "^", "ampersand": "&", "equals": "=",
           "plus": "+", "colon": ":", "semicolon": ";", "underscore": "_",
           "comma": ",", "quote": '"', "backtick": "`", "redirect": ">",
           "append": ">>"}


def _is_letter(w):
    return w == "zed" or (len(w) == 1 and w.isalpha())


def _letter(w):
    return "z" if w == "zed" else w


def _number(ws):
    if any(w in COMPOUND_ONLY for w in ws):
        total, cur = 0, 0
        for w in ws:
            v = NUMWORDS[w]
            if w == "hundred":
                cur = max(cur, 1) * 100
            elif w == "thousand":
                total += max(cur, 1) * 1000
                cur = 0
            else:
                cur += v
        return str(total + cur)
    return "".join(str(NUMWORDS[w]) for w in ws)


def decode_chunk(ws):
    out = []
    i = 0
    n = len(ws)
    while i < n:
        w = ws[i]
        pair = tuple(ws[i:i + 2])
        if pair in DEC_TWO:
            out.append(DEC_TWO[pair])
            i += 2
        elif w == "capital":
            nxt = _letter(ws[i + 1])
            out.append(nxt[:1].upper() + nxt[1:])
            i += 2
        elif pair == ("all", "caps"):
            i += 2
            if _is_letter(ws[i]):
                while i < n and _is_letter(ws[i]):
                    out.append(_letter(ws[i]).upper())
                    i += 1
            else:
                out.append(ws[i].upper())
                i += 1
        elif len(pair) == 2 and pair[1] == "case" and pair[0] in ("camel", "pascal", "snake", "kebab", "screaming"):
            kind = pair[0]
            i += 2
            parts = []
            while i < n and ws[i] not in RESERVED_SET:
                parts.append(ws[i])
                i += 1
            if kind == "camel":
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            elif kind == "pascal":
                out.append("".join(p.capitalize() for p in parts))
            elif kind == "snake":
                out.append("_".join(parts))
            elif kind == "kebab":
                out.append("-".join(parts))
            else:
                out.append("_".join(parts).upper())
        elif w in DEC_ONE:
            out.append(DEC_ONE[w])
            i += 1
        elif w in NUMWORDS:
            j = i
            while j < n and ws[j] in NUMWORDS:
                j += 1
            out.append(_number(ws[i:j]))
            i = j
        elif w == "zed":
            out.append("z")
            i += 1
        else:
            out.append(w)
            i += 1
    return "".join(out)


def decode(text):
    """Listener for this speaker's clean protocol."""
    ws = text.split()
    chunks, cur = [], []
    for w in ws:
        if w == "space":
            chunks.append(cur)
            cur = []
        else:
            cur.append(w)
    chunks.append(cur)
    return " ".join(decode_chunk(c) for c in chunks)


# ---------------------------------------------------------------------------
# Whisper-ish rendering helpers
# ---------------------------------------------------------------------------

G = "\x01"  # glue marker


def glue(s):
    s = re.sub(" ?" + G + " ?", "", s)
    return re.sub(" +", " ", s).strip()


def pick(rng, items):
    return items[rng.randrange(len(items))]


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def fmt_thousands(d):
    if len(d) >= 4 and d[0] != "0":
        return "{:,}".format(int(d))
    return d


def whisper_num(rng, u, loose):
    d = u["v"]
    if u["mode"] == "compound":
        if int(d) >= 1000:
            return wpick(rng, [(d, 5), (fmt_thousands(d), 3), (" ".join(u["words"]), 2 if not loose else 1)])
        if int(d) >= 10:
            return wpick(rng, [(d, 7), (" ".join(u["words"]), 3 if not loose else 1)])
        return wpick(rng, [(d, 5), (u["words"][0], 5)])
    # digit by digit
    if len(d) <= 2:
        return wpick(rng, [(d, 5), (" ".join(u["words"]), 3), (" ".join(d), 2)])
    return wpick(rng, [(d, 6), (" ".join(d), 2), (" ".join(u["words"]), 2 if not loose else 1)])


def whisper_letters(rng, letters, allow_homophone=True):
    if len(letters) == 1:
        c = letters
        opts = [(c.upper(), 6), (c, 2)]
        if c == "z":
            opts = [("zed", 4), ("Zed", 3), ("Z", 3)]
        elif allow_homophone and c in LETTER_HOMOPHONE:
            opts.append((LETTER_HOMOPHONE[c], 1))
        return wpick(rng, opts)
    if "z" in letters:
        names = ["zed" if c == "z" else c.upper() for c in letters]
        return wpick(rng, [(" ".join(names), 6), (letters.upper(), 4)])
    return wpick(rng, [(letters.upper(), 5), (" ".join(letters.upper()), 3),
                       ("-".join(letters.upper()), 1), (" ".join(letters), 1)])


def whisper_word(rng, w, loose=False):
    if w in WORD_HOMOPHONE and rng.random() < 0.25:
        return WORD_HOMOPHONE[w]
    r = rng.random()
    if r < 0.07 and not loose:
        # split a compound word Whisper heard as two
        for i in range(3, len(w) - 2):
            if w[:i] in LEX and w[i:] in LEX:
                return w[:i] + " " + w[i:]
    if r > 0.97:
        return w.capitalize()
    return w


def natural_letters(rng, letters, glued):
    if letters == "z" and not glued:
        return wpick(rng, [("zed", 5), ("Zed", 3), ("Z", 2)])
    up = letters.upper()
    if len(letters) == 1 or glued:
        return up
    return wpick(rng, [(up, 8), ("-".join(up), 2)])


SYM_FUZZY = {
    "hyphen": [("hyphen", 8), ("Hyphen", 1), ("dash", 1), ("minus", 1)],
    "dot": [("dot", 8), ("period", 1), ("Dot", 1)],
    "forward slash": [("forward slash", 6), ("forward-slash", 2), ("slash", 2)],
    "backslash": [("backslash", 5), ("back slash", 3), ("Backslash", 1)],
    "tilde": [("tilde", 5), ("tilda", 4), ("Tilde", 1)],
    "caret": [("caret", 5), ("carrot", 3), ("carat", 1)],
    "equals": [("equals", 7), ("equal", 2), ("Equals", 1)],
    "percent": [("per cent", 5), ("percent", 4), ("%", 1)],
    "semicolon": [("semicolon", 5), ("semi-colon", 4), ("semi colon", 1)],
    "underscore": [("underscore", 6), ("under score", 3), ("Underscore", 1)],
    "single quote": [("single quote", 8), ("single-quote", 2)],
    "question mark": [("question mark", 9), ("question mark?", 1)],
    "and and": [("and and", 7), ("and, and", 3)],
    "star": [("star", 8), ("asterisk", 2)],
    "hash": [("hash", 9), ("Hash", 1)],
    "at": [("at", 9), ("@", 1)],
}

SYM_NATURAL = {
    "hyphen": [("hyphen", 6), ("dash", 4), ("minus", 1)],
    "dot": [("dot", 9), ("period", 1)],
    "forward slash": [("slash", 6), ("forward slash", 4)],
    "backslash": [("backslash", 6), ("back slash", 4)],
    "tilde": [("tilde", 5), ("tilda", 5)],
    "caret": [("caret", 5), ("carrot", 5)],
    "equals": [("equals", 6), ("equal", 4)],
    "percent": [("per cent", 6), ("percent", 4)],
    "semicolon": [("semicolon", 5), ("semi-colon", 5)],
    "underscore": [("underscore", 7), ("under score", 3)],
    "star": [("star", 6), ("asterisk", 4)],
    "greater than": [("greater than", 7), ("redirect", 3)],
}


def is_alnum_piece(s):
    return bool(s) and re.fullmatch(r"[A-Za-z0-9,]+", s) is not None


def render_units_whisper(rng, units, loose):
    """Render one token's units to a Whisper string (no 'space' words)."""
    pieces = []  # (text, kind)
    n = len(units)
    seen_runs = {}
    # dotted numbers (IP addresses, versions): Whisper usually writes them
    # as numerals with real dots, all of a piece
    dotted = {}
    for idx in range(1, n - 1):
        u = units[idx]
        if u["k"] == "sym" and u["v"] == "." and units[idx - 1]["k"] == "num" \
                and units[idx + 1]["k"] == "num":
            dotted[idx - 1] = dotted[idx] = dotted[idx + 1] = True
    dotted_literal = bool(dotted) and rng.random() < (0.85 if loose else 0.65)
    for idx, u in enumerate(units):
        k = u["k"]
        prev_k = units[idx - 1]["k"] if idx else None
        next_k = units[idx + 1]["k"] if idx + 1 < n else None
        if loose and "run" in u and u["run"] in seen_runs:
            continue
        if loose and "run" in u:
            # natural: a run split into several spoken parts is written whole
            run_units = [x for x in units if x.get("run") == u["run"]]
            if len(run_units) > 1:
                seen_runs[u["run"]] = True
                src = u["src"]
                if k == "cap":
                    pieces.append(("capital " + src.lower(), "cap"))
                else:
                    pieces.append((src, "word"))
                continue
        if dotted_literal and idx in dotted:
            txt = u["v"]
            pieces.append(((G + txt + G) if k == "sym" else txt, "glue" if k == "sym" else "num"))
            continue
        if k == "sym":
            name = u["name"]
            table = SYM_NATURAL if loose else SYM_FUZZY
            glued_ok = (idx > 0 and idx + 1 < n and prev_k in ("word", "spell", "num")
                        and next_k in ("word", "spell", "num"))
            if u["v"] == "." and glued_ok:
                both_num = prev_k == "num" and next_k == "num"
                p = 0.8 if both_num else (0.45 if loose else 0.2)
                if rng.random() < p:
                    pieces.append((G + "." + G, "glue"))
                    continue
            if u["v"] == "/" and glued_ok and rng.random() < (0.25 if loose else 0.08):
                pieces.append((G + "/" + G, "glue"))
                continue
            if u["v"] == "@" and glued_ok and rng.random() < 0.3:
                pieces.append((G + "@" + G, "glue"))
                continue
            if u["v"] == "-" and loose and idx + 1 < n and units[idx + 1]["k"] == "sym" \
                    and units[idx + 1]["v"] == "-" and (idx == 0 or units[idx - 1]["v"] != "-"):
                # a "--": loose speech
                txt = wpick(rng, [("double dash", 4), ("dash dash", 3), ("hyphen hyphen", 3), (G + "--" + G, 2)])
                pieces.append((txt, "sym2"))
                continue
            if pieces and pieces[-1][1] == "sym2" and u["v"] == "-" and units[idx - 1]["v"] == "-":
                continue
            if name in table:
                txt = wpick(rng, table[name])
            else:
                txt = name
            pieces.append((txt, "sym"))
        elif k == "num":
            if loose and (prev_k in ("word", "spell") or next_k in ("word", "spell")):
                pieces.append((u["v"], "num"))
            else:
                pieces.append((whisper_num(rng, u, loose), "num"))
        elif k == "spell" and u.get("res"):
            # a spelled literal that is also a protocol word: never glued
            up = u["v"].upper()
            txt = wpick(rng, [("-".join(up), 6), (" ".join(up), 4 if not loose else 0)])
            pieces.append((txt, "res"))
        elif k == "spell":
            if loose:
                glued = prev_k in ("word", "num") or next_k in ("word", "num")
                pieces.append((natural_letters(rng, u["v"], glued), "spell"))
            else:
                pieces.append((whisper_letters(rng, u["v"]), "spell"))
        elif k == "word":
            pieces.append((whisper_word(rng, u["v"], loose), "word"))
        elif k == "cap":
            sub = u["sub"]
            if sub["k"] == "spell":
                c = sub["v"]
                letter = wpick(rng, [("zed", 1), ("Zed", 1)]) if c == "z" else c.upper()
                txt = wpick(rng, [("capital " + letter, 7), ("Capital " + letter, 2), ("capital " + c if c != "z" else "capital zed", 1)])
            else:
                txt = wpick(rng, [("capital " + sub["v"], 5), ("capital " + sub["v"].capitalize(), 4), ("Capital " + sub["v"], 1)])
            pieces.append((txt, "cap"))
        elif k == "upper":
            sub = u["sub"]
            head = wpick(rng, [("all caps", 6), ("all-caps", 2), ("All caps", 1), ("all cap", 1)])
            if sub["k"] == "spell":
                body = wpick(rng, [(sub["v"].upper(), 6), (" ".join(sub["v"].upper()), 4)])
            else:
                body = wpick(rng, [(sub["v"].upper(), 5), (sub["v"], 5)])
            pieces.append((head + " " + body, "upper"))
        elif k == "case":
            head = wpick(rng, [(u["v"] + " case", 6), (u["v"].capitalize() + " case", 3), (u["v"] + "Case", 1)])
            txt = head + " " + " ".join(u["parts"])
            if loose and idx == n - 1:
                txt += ","  # the speaker pauses to close the run
            pieces.append((txt, "case"))
    # join: natural glues adjacent plain alnum pieces inside a token
    out = ""
    for i, (txt, kind) in enumerate(pieces):
        if i == 0:
            out = txt
            continue
        pk = pieces[i - 1][1]
        if loose and kind in ("num", "spell", "word") and pk in ("num", "spell", "word") \
                and is_alnum_piece(txt) and is_alnum_piece(pieces[i - 1][0]):
            out += G + txt
        elif (not loose) and kind == "num" and pk == "spell" and re.fullmatch(r"[0-9]+", txt) \
                and re.fullmatch(r"[A-Z]+", pieces[i - 1][0]) and rng.random() < 0.4:
            out += G + txt
        else:
            out += " " + txt
    return out


# ---------------------------------------------------------------------------
# Fuzzy slice
# ---------------------------------------------------------------------------

def render_fuzzy(rng, ubt):
    toks = [glue(render_units_whisper(rng, units, loose=False)) for units in ubt]
    s = toks[0]
    for t in toks[1:]:
        sp = wpick(rng, [("space", 12), ("space,", 3), ("Space", 1), (", space", 2), ("space.", 1)])
        if sp == "space." or sp == "Space":
            s += " " + ("space." if sp == "space." else "Space")
            if sp == "space.":
                t = t[:1].upper() + t[1:] if rng.random() < 0.7 else t
        else:
            s += (sp if sp.startswith(",") else " " + sp)
        s += " " + t
    s = s[:1].upper() + s[1:]
    s += wpick(rng, [(".", 6), ("", 4)])
    return re.sub(" +", " ", s)


# ---------------------------------------------------------------------------
# Natural and chaotic slices
# ---------------------------------------------------------------------------

OPENERS = [("Right,", 5), ("Right then,", 3), ("Okay, so", 3), ("Go on then,", 2),
           ("Can you do", 3), ("Could you run", 2), ("Let's have", 3),
           ("Just pop in", 2), ("I need", 2), ("Right, erm,", 2), ("So erm,", 2),
           ("", 2)]
SIGNOFFS = [("", 8), ("Cheers.", 3), ("Ta.", 2), ("Lovely.", 2), ("That'll do.", 2),
            ("Sorted.", 1), ("That's it.", 2), ("please.", 2)]
FILLERS = [("erm", 5), ("um", 2), ("er", 2), ("sort of", 1), ("like", 1), ("you know", 1)]
ASIDES = ["bear with me", "where's it gone", "it's for the nightly job",
          "the laptop's being slow today", "bloody thing",
          "where was I", "right, yes"]


def natural_tokens(rng, ubt):
    return [glue(render_units_whisper(rng, units, loose=True)) for units in ubt]


def join_body(rng, toks, filler_rate):
    s = toks[0]
    for t in toks[1:]:
        r = rng.random()
        sep = "" if s.endswith(",") else ","
        if r < filler_rate:
            s += sep + " " + wpick(rng, FILLERS) + ", " + t
        elif r < filler_rate + 0.1:
            s += sep + " " + t
        else:
            s += " " + t
    return s


def frame(rng, body):
    body = re.sub(r",(\s*,)+", ",", body)
    body = re.sub(r",(\.\.\.|\.)", r"\1", body)
    op = wpick(rng, OPENERS)
    so = wpick(rng, SIGNOFFS)
    if op:
        s = op + " " + body
    else:
        s = body[:1].upper() + body[1:]
    if so == "please.":
        s += ", please."
    else:
        s = s.rstrip(",") + "."
        if so:
            s += " " + so
    return s


def render_natural(rng, ubt):
    toks = natural_tokens(rng, ubt)
    return frame(rng, join_body(rng, toks, 0.12))


ALT_WORDS = ["test", "demo", "data", "main", "alpha", "foo", "bar", "backup",
             "notes", "report", "config", "logs", "docs", "output"]
ALT_EXT = ["txt", "pdf", "json", "yaml", "log", "csv", "png", "md", "py", "sh"]
ALT_LONG = ["verbose", "force", "quiet", "recursive", "output", "help", "list",
            "dry-run", "debug", "json"]


def wrong_token(rng, tok):
    """A plausible wrong version of tok (never equal to tok)."""
    for _ in range(20):
        cand = None
        r = rng.random()
        if re.fullmatch(r"--[a-z][a-z-]*", tok):
            cand = "--" + pick(rng, ALT_LONG)
        elif re.fullmatch(r"-[A-Za-z]", tok):
            cand = "-" + pick(rng, list("abcdefhilmnoprstuvx"))
        elif re.fullmatch(r"-[a-z]{2,3}", tok):
            letters = list(tok[1:])
            rng.shuffle(letters)
            cand = "-" + "".join(letters)
            if cand == tok:
                cand = tok[:-1]
        elif re.fullmatch(r"-[a-z][a-z-]*", tok):
            cand = "-" + pick(rng, ALT_LONG)
        elif re.search(r"[0-9]", tok) and r < 0.7:
            nums = re.findall(r"[0-9]+", tok)
            target = pick(rng, nums)
            newn = str(int(target) + pick(rng, [1, 2, 10, 100]))
            cand = tok.replace(target, newn, 1)
        elif re.search(r"\.[a-z]{2,4}$", tok) and r < 0.6:
            cand = re.sub(r"\.[a-z]{2,4}$", "." + pick(rng, ALT_EXT), tok)
        elif "/" in tok:
            words = re.findall(r"[a-z]{3,}", tok)
            if words:
                w = pick(rng, words)
                cand = re.sub(r"\b" + w + r"\b", pick(rng, ALT_WORDS), tok, count=1)
        else:
            cand = pick(rng, ALT_WORDS)
        if cand and cand != tok and " " not in cand:
            return cand
    return "demo" if tok != "demo" else "test"


CORRECTIONS = [("{w}, no, sorry, {r}", 4), ("{w}... no hang on, {r}", 3),
               ("{w}, I mean {r}", 3), ("{w}, scrap that, {r}", 2),
               ("{w}. Not {w}, {r}", 2), ("{w}, hang about, that should be {r}", 2)]
RESTARTS = [("{p}... no, scrap that, let me start again. {f}", 3),
            ("{p}, hang on, start again. {f}", 3),
            ("{p}, and then erm... actually, let me just say the whole thing. {f}", 2),
            ("{p}... sorry, from the top. {f}", 2)]


def render_chaotic(rng, cmd, ubt):
    toks_cmd = cmd.split(" ")
    toks = natural_tokens(rng, ubt)
    orig = list(toks)
    n = len(toks)
    flag_idx = [i for i in range(1, n) if toks_cmd[i].startswith("-") and len(toks_cmd[i]) > 1]
    kind = wpick(rng, [("word", 4), ("flag", 3 if flag_idx else 0), ("restart", 3),
                       ("first", 1)])
    if n == 1 and kind in ("word", "flag"):
        kind = "first"
    i = -1
    if kind != "restart":
        if kind == "flag":
            i = pick(rng, flag_idx)
        elif kind == "first":
            i = 0
        else:
            i = rng.randrange(1, n)
        wtok = wrong_token(rng, toks_cmd[i])
        wtxt = glue(render_units_whisper(rng, analyze_token(wtok), loose=True))
        tmpl = wpick(rng, CORRECTIONS)
        if wtxt == toks[i]:
            tmpl = "{w}, no, sorry, {r}"
        toks[i] = tmpl.format(w=wtxt, r=toks[i])
    # extra trouble, always at a token boundary: a stutter or an aside
    extra = rng.random()
    if extra < 0.25 and n > 1:
        j = rng.randrange(n)
        if j == i:
            j = (j + 1) % n
        toks[j] = orig[j] + "... " + toks[j]
    elif extra < 0.5 and n > 1:
        j = rng.randrange(1, n)
        toks[j] = pick(rng, ASIDES) + ", " + toks[j]
        toks[j - 1] = toks[j - 1] + ","
    body = join_body(rng, toks, 0.08)
    body = re.sub(",,", ",", body)
    if kind == "restart":
        k = rng.randrange(1, n) if n > 1 else 1
        pre = natural_tokens(rng, ubt)[:k]
        if rng.random() < 0.4 and k < n:
            pre.append(glue(render_units_whisper(rng, analyze_token(wrong_token(rng, toks_cmd[k])), loose=True)))
        prefix = join_body(rng, pre, 0.1)
        body = wpick(rng, RESTARTS).format(p=prefix, f=body[:1].upper() + body[1:])
    return frame(rng, body)


# ---------------------------------------------------------------------------
# Selection and main
# ---------------------------------------------------------------------------

def eligible(cmd):
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd:
        return False
    if "\n" in cmd or cmd != cmd.strip() or len(cmd) > 64:
        return False
    if len(clean_words(analyze(cmd))) > 48:
        return False
    return True


def main():
    rng = random.Random(111)
    pool = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            pool.append(json.loads(line)["command"])
    cands = []
    seen = {}
    for c in pool:
        if c in seen:
            continue
        seen[c] = True
        if eligible(c):
            cands.append(c)
    rng.shuffle(cands)
    chosen = []
    first_count = {}
    for c in cands:
        fw = c.split(" ")[0]
        if first_count.get(fw, 0) >= 2:
            continue
        first_count[fw] = first_count.get(fw, 0) + 1
        chosen.append(c)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)
    assert len(set(chosen)) == len(chosen)

    rows = []
    for si, sl in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            ubt = analyze(cmd)
            if sl == "clean":
                text = render_clean(ubt)
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif sl == "fuzzy":
                text = render_fuzzy(rng, ubt)
            elif sl == "natural":
                text = render_natural(rng, ubt)
            else:
                text = render_chaotic(rng, cmd, ubt)
            assert "\x01" not in text
            rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
