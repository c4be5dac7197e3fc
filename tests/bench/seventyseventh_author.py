#!/usr/bin/env python3
"""Author 77: Siobhan, an Irish network engineer dictating bash into her phone.

An independent evaluation set for voice-to-bash.  Source commands and their
descriptions come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev47_commands.jsonl; only lines
whose 0-based line number % 4 == 0 are used, at most 2 commands per first word.
Run:  cd /work/main && python3 tests/bench/seventyseventh_author.py
It writes assets/training/bash/author77.jsonl (400 lines: 100 clean, 100
fuzzy, 100 natural, 100 chaotic).  Standard library only; one
random.Random(7707) consumed in a fixed order, so reruns are byte-identical.

STYLE GUIDE
===========

Persona
-------
Siobhan is a network engineer from Dublin, dictating into her phone on a
noisy data-centre floor.  She is brisk and exact when she dictates, chatty
when she doesn't.  She reads numbers the Irish/British way (doubles,
triples, "oh" for a zero), and she always says "capital" out loud.

Vocabulary
----------
separator       "space" - said exactly where the command has a space.
-   "dash"              --  "double dash"
.   "dot" inside a word (file names, hosts, IPs, versions);
    "full stop" when the dot stands alone as a whole word (source ., stern .)
/   "forward slash"     \\  "back slash"
#   "hash"              |   "pipe"          ~   "tilde"
*   "star"              _   "underscore"    :   "colon"
=   "equals"            @   "at"            ,   "comma"
"   "quote" to open, "end quote" to close
'   "single quote" (both ends)
( ) "open bracket" / "close bracket"
[ ] "square bracket" / "close square bracket"
{ } "curly bracket" / "close curly bracket"
>   "greater than"      >>  "double greater than"    <   "less than"
$   "dollar"            ;   "semicolon"     &   "ampersand"  (&& "double ampersand")
+   "plus"              !   "exclamation mark"       ?   "question mark"
^   "caret"             %   "percent"

Casing:  "capital X" = one capital letter, or a word with a capital first
letter ("capital manage" -> Manage).  "block capitals X" = a word in
capitals ("block capitals todo" -> TODO); before spelled letters it covers
the whole run of single letters ("block capitals t x t" -> TXT).  She
never capitalises a symbol, so the word after "capital"/"block capitals" is
always taken as a word ("samba capital pipe" -> sambaPipe).

Words and letters: a piece you would say as a word is said as a word
("install", "config", "numpy"); pieces with no vowel, acronyms and format
names are spelled ("s r c", "a w s", "p p m to p n m").  Glued pieces are
said one after another with nothing between them.  When a plain word of the
command sounds like one of her symbol or number words she says "the word"
first ("the word dot" -> dot, "laravel dash the word zero").

Numbers (digit strings inside a word are said in place: "eth zero",
"m d five sum"):
* counts and small numbers as plain cardinals: "five", "twenty two",
  "a hundred", "eight hundred", "three thousand", "ten thousand",
  "a hundred and twenty".
* four digits in pairs: 8080 "eighty eighty", 1024 "ten twenty four",
  2024 "twenty twenty four", 5001 "fifty oh one"; or digit by digit.
* digit by digit with "oh" for zero and "double"/"triple" for repeats:
  443 "four four three", 101 "one oh one", 88 "double eight",
  000 "triple zero", 57600 "five seven six double oh".
* dotted numbers octet by octet: 10.0.0.1 "ten dot oh dot oh dot one",
  192.168.1.10 "one nine two dot one six eight dot one dot ten".
* a lone zero next to letters is "zero" ("w lan zero").

Natural-speech habits: "grand", "so", "now", "right", "sure look",
"would you ever type ...", "thanks a million", "go raibh maith agat",
"grand so".  Fillers: "em", "erm", "ehm".
Corrections: "no, hang on", "ah no, go back", "sorry, I mean",
"that's wrong, it's", "scrap that".

Slices
------
clean    strict protocol, lower case, no punctuation, nothing but the command.
fuzzy    the same protocol with Whisper's slips: variant symbol names
         (hyphen/minus, point/full stop, slash/forwardslash, backslash,
         tilda, asterisk, under score, equal/equal sign, at sign, hash sign,
         open quote/double quote, close quote/unquote, apostrophe, carrot,
         semi colon, dollar sign, dash dash/double hyphen, block caps/all
         caps), a capitalised first word, a final full stop, commas after
         some "space"s, some numbers written as digits (8080, 443, 5),
         hyphenated number words (twenty-two), and words Whisper
         splits or joins ("local host", "adb").
natural  no "space" word: Whisper writes the command's words, flags, paths,
         URLs and numbers as text.  She still speaks the pipe and the
         redirections ("pipe", "greater than", "double greater than",
         "less than"), "exclamation mark", and quotes ("quote ... end quote",
         "single quote ... single quote"); small numbers sometimes come out
         as words ("eighty eighty", "twenty two").  The command always comes
         straight after one of her request cues (below), wrapped in her own
         framing: what it's for (from the tldr description), "grand",
         "sure look", thanks.
chaotic  natural framing (about one line in five in protocol) with at least
         one self-correction on every line, and fillers.

Listener rules (implemented by decode())
----------------------------------------
1. Cue.  Her request cues are: "would you ever type|run|pop in|put in",
   "can you type|run", "just type|run", "the command is".  If the line has a
   cue, everything up to and including the first cue is framing.  A line
   with no cue is pure dictation.
2. Sign-off.  Trailing sign-offs ("grand", "grand so", "thanks",
   "thanks a million", "cheers", "sure look", "that's it", "that's the one",
   "go raibh maith agat") and Whisper's punctuation at the end are dropped.
3. Mode.  A line without a cue, or whose remaining text contains the word
   "space", is dictation (protocol); otherwise it is natural speech.
4. Corrections split the rest into segments.  A segment that contains a cue
   starts the command over (framing up to the cue is dropped).  Otherwise:
   "scrap that": throw away everything so far, the next segment is the
   whole command.  "sorry, I mean" / "that's wrong, it's": the last word
   (command token) before it was wrong; drop it and carry on with what
   follows.  "no, hang on" / "ah no, go back": she goes back to a word she
   already said and says everything again from there: find the last time
   she said the first word of the repair, drop from there on, and carry on;
   if she never said it, she is starting over.
5. Fillers "em", "erm", "ehm" are dropped anywhere.
6. Protocol decoding.  Lower-case everything; Whisper's punctuation is
   ignored (its hyphens too: "twenty-two"), except a full stop between two
   digits.  Split on "space"; inside one token concatenate every piece with
   no gaps: symbol names become symbols (longest name first), "the word X"
   is X, "capital X" capitalises the next word's first letter, "block
   capitals X" upper-cases the next word or the following run of single
   letters, words and spelled letters are written as they are, digits
   written by Whisper stay.  A run of number words is read as consecutive
   groups written one after another: a cardinal (units, teens, tens with an
   optional unit, "X hundred [and Y]", "X thousand [and Y / Z hundred...]",
   "a" for one before hundred/thousand), "double X", "triple X", or a
   digit; "oh" is a zero when it sits next to a number, or across a dot name
   from one; "zero" is always 0.
7. Natural decoding.  Split on white space, drop Whisper's commas/full
   stops/question marks at the ends of words; "pipe", "greater than",
   "double greater than", "less than", "exclamation mark" are stand-alone
   symbols; "quote" puts a double quote on the start of the next word and
   "end quote" on the end of the previous one; "single quote" does the same
   alternately (opening, closing); a quote said last of all closes the last
   word; a run of number words becomes one number
   (same number rules as above); everything else is the text as written.

Skips: none of the selected commands is skipped for being unrenderable;
every line is kept only if decode(line) == command.  Commands whose text
Whisper could not write in natural speech (globs, $, ;, &, brackets, #, ^,
backslash, a lone dot, quotes glued inside a word) are given to the
dictation slices (clean, fuzzy, or protocol-mode chaotic lines).
"""
import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev47_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author77.jsonl")
AUTHOR = "author77"
PER_SLICE = 100

# --------------------------------------------------------------------------
# Vocabulary (shared by the speaker and the listener)
# --------------------------------------------------------------------------

# spoken phrase -> symbol (all the names the listener knows, variants included)
SYMBOL_NAMES = {
    "double dash": "--", "dash dash": "--", "double hyphen": "--",
    "dash": "-", "hyphen": "-", "minus": "-",
    "full stop": ".", "dot": ".", "point": ".",
    "forward slash": "/", "forwardslash": "/", "slash": "/",
    "back slash": "\\", "backslash": "\\",
    "hash sign": "#", "hash": "#",
    "pipe": "|",
    "tilde": "~", "tilda": "~",
    "star": "*", "asterisk": "*",
    "underscore": "_", "under score": "_",
    "semicolon": ";", "semi colon": ";",
    "colon": ":",
    "equals sign": "=", "equal sign": "=", "equals": "=", "equal": "=",
    "at sign": "@", "at": "@",
    "end quote": '"', "close quote": '"', "unquote": '"', "open quote": '"',
    "double quote": '"', "quote": '"',
    "single quote": "'", "apostrophe": "'",
    "open bracket": "(", "close bracket": ")",
    "open square bracket": "[", "square bracket": "[", "close square bracket": "]",
    "open curly bracket": "{", "curly bracket": "{", "close curly bracket": "}",
    "double greater than": ">>", "greater than": ">", "less than": "<",
    "dollar sign": "$", "dollar": "$",
    "double ampersand": "&&", "ampersand": "&",
    "plus": "+", "exclamation mark": "!", "question mark": "?",
    "comma": ",", "caret": "^", "carrot": "^", "percent": "%",
}
SYMBOL_PHRASES = sorted(((tuple(k.split()), v) for k, v in SYMBOL_NAMES.items()),
                        key=lambda kv: -len(kv[0]))

# canonical (clean) names
CLEAN_NAME = {
    "--": "double dash", "-": "dash", ".": "dot", "/": "forward slash",
    "\\": "back slash", "#": "hash", "|": "pipe", "~": "tilde", "*": "star",
    "_": "underscore", ":": "colon", "=": "equals", "@": "at", ",": "comma",
    "'": "single quote", "(": "open bracket", ")": "close bracket",
    "[": "square bracket", "]": "close square bracket",
    "{": "curly bracket", "}": "close curly bracket",
    ">": "greater than", ">>": "double greater than", "<": "less than",
    "$": "dollar", ";": "semicolon", "&": "ampersand", "&&": "double ampersand",
    "+": "plus", "!": "exclamation mark", "?": "question mark", "^": "caret",
    "%": "percent",
}
# Whisper's variants for the fuzzy slice
FUZZY_NAMES = {
    "--": ["dash dash", "double hyphen"], "-": ["hyphen", "minus"],
    ".": ["full stop", "point"], "/": ["slash", "forwardslash"],
    "\\": ["backslash"], "#": ["hash sign"], "~": ["tilda"], "*": ["asterisk"],
    "_": ["under score"], "=": ["equal", "equal sign", "equals sign"],
    "@": ["at sign"], ";": ["semi colon"], "$": ["dollar sign"], "^": ["carrot"],
    "'": ["apostrophe"], "(": ["open bracket"], "[": ["open square bracket"],
    "{": ["open curly bracket"],
}
FUZZY_OPEN_QUOTE = ["open quote", "double quote"]
FUZZY_CLOSE_QUOTE = ["close quote", "unquote"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNIT_VAL = {w: i for i, w in enumerate(UNITS)}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS) if w}
DIGIT_WORDS = dict(UNIT_VAL, oh=0)
NUMBER_WORDS = set(UNIT_VAL) | set(TEEN_VAL) | set(TENS_VAL) | {"hundred", "thousand"}

CAPITAL = ("capital",)
BLOCK = [("block", "capitals"), ("block", "caps"), ("block", "capital"), ("all", "caps")]
FILLERS = {"em", "erm", "ehm"}

CUE_RE = re.compile(
    r"\b(would you ever (?:type|run|pop in|put in)|can you (?:type|run)|"
    r"just (?:type|run)|the command is)\b[:,]?", re.I)
CLOSER_RE = re.compile(
    r"[\s,.?!]*\b(grand so|grand|thanks a million|thanks|cheers|sure look|"
    r"that's it|that's the one|go raibh maith agat)[\s,.?!]*$", re.I)
MARKER_RE = re.compile(
    r"[\s,.]*\b(no,? hang on|ah,? no,? go back|sorry,? i mean|"
    r"that'?s wrong,? it'?s|scrap that)\b(?:[\s,]|\.(?!\S))*", re.I)

# --------------------------------------------------------------------------
# Listener
# --------------------------------------------------------------------------


def _is_digits(w):
    return bool(re.fullmatch(r"\d+(?:\.\d+)*", w))


def _numeric_flags(words):
    """Which words belong to a number (rule 6: when 'oh' is a zero)."""
    n = len(words)
    flags = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        f = (w in NUMBER_WORDS or _is_digits(w)
             or (w in ("double", "triple") and nxt in DIGIT_WORDS)
             or (w == "a" and nxt in ("hundred", "thousand")))
        flags.append(f)
    changed = True
    while changed:
        changed = False
        for i, w in enumerate(words):
            if w != "oh" or flags[i]:
                continue
            near = [i - 1, i + 1]
            hit = any(0 <= j < n and flags[j] for j in near)
            if not hit:
                # across a dot name: "dot", "point" or "full stop"
                if i >= 2 and words[i - 1] in ("dot", "point") and flags[i - 2]:
                    hit = True
                if i >= 3 and words[i - 2:i] == ["full", "stop"] and flags[i - 3]:
                    hit = True
                if i + 2 < n and words[i + 1] in ("dot", "point") and flags[i + 2]:
                    hit = True
                if i + 3 < n and words[i + 1:i + 3] == ["full", "stop"] and flags[i + 3]:
                    hit = True
            if hit:
                flags[i] = True
                changed = True
    return flags


def _below_hundred(words, i):
    """Cardinal below 100 at i -> (value, next index) or (None, i)."""
    w = words[i] if i < len(words) else ""
    if w in TEEN_VAL:
        return TEEN_VAL[w], i + 1
    if w in TENS_VAL:
        v = TENS_VAL[w]
        if i + 1 < len(words) and words[i + 1] in UNIT_VAL and words[i + 1] != "zero":
            return v + UNIT_VAL[words[i + 1]], i + 2
        return v, i + 1
    if w in UNIT_VAL:
        return UNIT_VAL[w], i + 1
    if w == "a" and i + 1 < len(words) and words[i + 1] in ("hundred", "thousand"):
        return 1, i + 1
    return None, i


def _number_group(words, i, flags):
    """One group of a number run -> (digit string, next index)."""
    w = words[i]
    if _is_digits(w):
        return w, i + 1
    if w in ("double", "triple") and i + 1 < len(words) and words[i + 1] in DIGIT_WORDS:
        return str(DIGIT_WORDS[words[i + 1]]) * (2 if w == "double" else 3), i + 2
    if w == "oh":
        return "0", i + 1
    v, j = _below_hundred(words, i)
    if v is None:
        return None, i
    nxt = words[j] if j < len(words) else ""
    if nxt == "hundred" and v < 100:
        v *= 100
        j += 1
        if j + 1 < len(words) and words[j] == "and":
            r, k = _below_hundred(words, j + 1)
            if r is not None:
                v, j = v + r, k
        nxt = words[j] if j < len(words) else ""
    if nxt == "thousand":
        v *= 1000
        j += 1
        if j + 1 < len(words) and words[j] == "and":
            r, k = _below_hundred(words, j + 1)
            if r is not None:
                v, j = v + r, k
        elif j + 1 < len(words) and words[j] in UNIT_VAL and words[j + 1] == "hundred":
            v += UNIT_VAL[words[j]] * 100
            j += 2
            if j + 1 < len(words) and words[j] == "and":
                r, k = _below_hundred(words, j + 1)
                if r is not None:
                    v, j = v + r, k
    return str(v), j


def _starts_number(words, i, flags):
    w = words[i]
    if w == "oh":
        return flags[i]
    if w in ("hundred", "thousand"):
        return False
    return flags[i]


def _read_number_run(words, i, flags):
    out = ""
    while i < len(words) and _starts_number(words, i, flags):
        g, j = _number_group(words, i, flags)
        if g is None or j == i:
            break
        out += g
        i = j
    return out, i


def _match_phrase(words, i):
    for ph, sym in SYMBOL_PHRASES:
        if tuple(words[i:i + len(ph)]) == ph:
            return sym, len(ph)
    return None, 0


def _block_at(words, i):
    for b in BLOCK:
        if tuple(words[i:i + 2]) == b:
            return 2
    return 0


def _decode_protocol_token(words):
    flags = _numeric_flags(words)
    out = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w == "the" and i + 2 < n and words[i + 1] == "word":
            out.append(words[i + 2])
            i += 3
            continue
        if w == "capital" and i + 1 < n:
            nx = words[i + 1]
            if nx == "the" and i + 3 < n and words[i + 2] == "word":
                nx, i = words[i + 3], i + 2
            out.append(nx[:1].upper() + nx[1:])
            i += 2
            continue
        b = _block_at(words, i)
        if b and i + b < n:
            j = i + b
            if len(words[j]) == 1 and words[j].isalpha():
                while j < n and len(words[j]) == 1 and words[j].isalpha():
                    out.append(words[j].upper())
                    j += 1
                i = j
            else:
                out.append(words[j].upper())
                i = j + 1
            continue
        sym, k = _match_phrase(words, i)
        if sym is not None:
            out.append(sym)
            i += k
            continue
        if _starts_number(words, i, flags):
            s, j = _read_number_run(words, i, flags)
            if j > i:
                out.append(s)
                i = j
                continue
        out.append(w)
        i += 1
    return "".join(out)


def _protocol_words(text):
    t = text.lower()
    t = re.sub(r"(?<=\d)\.(?=\d)", "\u0001", t)  # a full stop between digits is hers
    t = re.sub(r"[^a-z0-9\u0001\s]", " ", t)
    t = t.replace("\u0001", ".")
    return [w for w in t.split() if w not in FILLERS]


def _decode_protocol(text):
    words = _protocol_words(text)
    toks, cur = [], []
    for w in words:
        if w == "space":
            toks.append(cur)
            cur = []
        else:
            cur.append(w)
    toks.append(cur)
    return [_decode_protocol_token(t) for t in toks if t]


NAT_SYMBOLS = [
    (("double", "greater", "than"), ">>"), (("greater", "than"), ">"),
    (("less", "than"), "<"), (("exclamation", "mark"), "!"), (("pipe",), "|"),
]


def _decode_natural(text):
    raw = []
    for w in text.split():
        bare = w.strip(",.?!").lower()
        if bare in FILLERS:
            continue
        w = re.sub(r"[,.?!]+$", "", w)
        if w:
            raw.append(w)
    low = [w.lower() for w in raw]
    flags = _numeric_flags(low)
    out = []
    pending_open = ""
    in_single = False
    i, n = 0, len(raw)
    while i < n:
        lw = low[i]
        if lw == "end" and i + 1 < n and low[i + 1] == "quote":
            if out:
                out[-1] += '"'
            i += 2
            continue
        if lw == "quote":
            pending_open += '"'
            i += 1
            continue
        if lw == "single" and i + 1 < n and low[i + 1] == "quote":
            if in_single:
                if out:
                    out[-1] += "'"
            else:
                pending_open += "'"
            in_single = not in_single
            i += 2
            continue
        hit = None
        for ph, sym in NAT_SYMBOLS:
            if tuple(low[i:i + len(ph)]) == ph:
                hit = (sym, len(ph))
                break
        if hit:
            out.append(pending_open + hit[0])
            pending_open = ""
            i += hit[1]
            continue
        if _starts_number(low, i, flags) and not _is_digits(lw):
            s, j = _read_number_run(low, i, flags)
            if j > i:
                out.append(pending_open + s)
                pending_open = ""
                i = j
                continue
        out.append(pending_open + raw[i])
        pending_open = ""
        i += 1
    if pending_open and out:  # a quote said at the very end closes the last word
        out[-1] += pending_open
    return out


def decode(line):
    """Recover the command from one transcript line (listener rules 1-7)."""
    text = line.strip()
    m = CUE_RE.search(text)
    has_cue = m is not None
    if has_cue:
        text = text[m.end():]
    while True:
        m2 = CLOSER_RE.search(text)
        if not m2 or m2.start() == 0:
            break
        text = text[:m2.start()]
    text = re.sub(r"[\s,.?!]+$", "", text)
    protocol = (not has_cue) or re.search(r"\bspace\b", text, re.I) is not None
    parts = MARKER_RE.split(text)
    segs = [parts[0]]
    marks = []
    for k in range(1, len(parts), 2):
        marks.append(re.sub(r"[^a-z ]", "", parts[k].lower()))
        segs.append(parts[k + 1])

    def dec(s):
        return _decode_protocol(s) if protocol else _decode_natural(s)

    toks = dec(segs[0])
    for mk, seg in zip(marks, segs[1:], strict=False):
        c = CUE_RE.search(seg)
        if c:
            toks = dec(seg[c.end():])
            continue
        rep = dec(seg)
        if mk.startswith("scrap"):
            toks = rep
        elif mk.startswith("sorry") or mk.startswith("that"):
            toks = toks[:-1] + rep
        else:  # "no hang on", "ah no go back"
            idx = -1
            if rep:
                for j in range(len(toks) - 1, -1, -1):
                    if toks[j] == rep[0]:
                        idx = j
                        break
            toks = rep if idx < 0 else toks[:idx] + rep
    return " ".join(toks)


# --------------------------------------------------------------------------
# Speaker lexicon: how she says the pieces of words
# --------------------------------------------------------------------------

TWO_LETTER_WORDS = {"go", "do", "is", "me", "my", "no", "on", "or", "so", "to", "up",
                    "us", "as", "in", "it", "of", "an", "be", "by", "we", "ok"}
SPELL = set("""aws api apk aot cli cpu eks env exe ext fio gui iam ico ifs img ipp iso
kde lke obs osv rsa sgi sif sku tga tif uki uri url usb uuid viu wpa xyz eim enp gio
ipcs lbu ncu pio ilbm escp avif efi ipynb cret aur ani adm dua eva exo amd ssl""".split())
SPLIT_TEXT = """
archwiki: arch wiki | autopkgtest: auto p k g test | bchunk: b chunk
bmptopnm: b m p to p n m | bootctl: boot c t l | bpftrace: b p f trace
bsub: b sub | busctl: bus c t l | cdecl: c decl | cgo: c go | chatgpt: chat g p t
cmake: c make | cmuwmtopbm: c m u w m to p b m | colorscheme: color scheme
cpufreq: c p u freq | csproj: c s proj | csvgrep: c s v grep | ctan: c tan
dbaas: d b a a s | dconf: d conf | ddata: d data | ddrescue: d d rescue
dnsrecon: d n s recon | dstat: d stat | dunstctl: dunst c t l | dwebp: d web p
fdisk: f disk | ffplay: f f play | findfs: find f s | fprintd: f print d
fpsync: f p sync | fscrypt: f s crypt | fswebcam: f s webcam | fsync: f sync
gcloud: g cloud | gdal: g dal | gdebi: g debi | gdrive: g drive | gfortran: g fortran
gnmic: g n m i c | gprinstall: g p r install | gzip: g zip | hledger: h ledger
href: h ref | htpdate: h t p date | hyprpm: hypr p m | ibmcloud: i b m cloud
ilbmtoppm: i l b m to p p m | importctl: import c t l | jdeps: j deps
jhipster: j hipster | jmeter: j meter | jpegtopnm: jpeg to p n m | kcadm: k c a d m
kpackagetool: k package tool | lmhash: l m hash | lscpu: l s c p u | lsipc: l s i p c
lsix: l s i x | ltrace: l trace | lvconvert: l v convert | lvextend: l v extend
lvresize: l v resize | lvscan: l v scan | lzop: l z o p | matchpathcon: match path con
mcat: m cat | mkdir: m k dir | mklabel: m k label | mknod: m k nod | mmcli: m m c l i
mpic: m p i c | mplayer: m player | msgattrib: m s g attrib
mssqlclient: m s s q l client | mysqldump: my s q l dump | nbconvert: n b convert
nginx: n g i n x | nixpkgs: nix p k g s | nslookup: n s lookup | nspawn: n spawn
ntasks: n tasks | nthash: n t hash | nvim: n vim | openttd: open t t d
pamstretch: pam stretch | passwd: pass w d | pbmmake: p b m make
pbmreduce: p b m reduce | pbmtobbnbg: p b m to b b n b g | pbmtogo: p b m to go
pbmtosunicon: p b m to sun icon | pbzip: p b zip | pcap: p cap
pcdovtoppm: p c d o v to p p m | pdfbook: p d f book | pdffonts: p d f fonts
pdfimages: p d f images | pdftex: p d f tex | pdftocairo: p d f to cairo
pgmbentley: p g m bentley | pgmhist: p g m hist | pgmtoppm: p g m to p p m
phpstorm: p h p storm | pkexec: p k exec | pkgbuild: p k g build | pkginfo: p k g info
pkill: p kill | pngcrush: p n g crush | pnmcolormap: p n m color map
pnmhistmap: p n m hist map | pnmnorm: p n m norm | pnmremap: p n m remap
pnmshear: p n m shear | pnmtopalm: p n m to palm | pnmtosgi: p n m to s g i
postcss: post c s s | ppmdist: p p m dist | ppmtoascii: p p m to ascii
ppmtoilbm: p p m to i l b m | ppmtompeg: p p m to m peg | ppmtopuzz: p p m to puzz
ppmwheel: p p m wheel | ptargrep: p tar grep | pveam: p v e a m | pveum: p v e u m
qrencode: q r encode | rabbitmqctl: rabbit m q c t l | rabbitmq: rabbit m q
rclone: r clone | rdesktop: r desktop | rle: r l e | rletopnm: r l e to p n m
rmlint: r m lint | rmmod: r m mod | rpcdump: r p c dump | rsync: r sync
rustscan: rust scan | sbin: s bin | sccmap: s c c map | showcmd: show c m d
smartctl: smart c t l | smbclient: s m b client | snmpgetnext: s n m p get next
solcjs: sol c j s | sqlite: s q lite | srun: s run | sshpass: s s h pass
sshpublickey: s s h public key | stdout: s t d out | systemctl: system c t l
talosctl: talos c t l | tcpick: t c pick | testssl: test s s l | tgatoppm: t g a to p p m
tlnet: t l net | tmpfiles: t m p files | tput: t put | upnpc: u p n p c
uvcdynctrl: u v c dyn c t r l | vgcfgrestore: v g c f g restore | vzdump: v z dump
wget: w get | wlan: w lan | xdelta: x delta | xdotool: x do tool | xfreerdp: x free r d p
xhost: x host | xmlto: x m l to | xpmtoppm: x p m to p p m | xsel: x sel
xwininfo: x win info | xzmore: x z more | zipsplit: zip split | zrok: z rok
zsteg: z steg | astyle: a style | autossh: auto s s h | birdc: bird c
catimg: cat i m g | cupsreject: cups reject | datashader: data shader
devcontainer: dev container | dockdiver: dock diver | doctl: doc t l
elasticsearch: elastic search | exiftool: exif tool | fastapi: fast a p i
fiascotopnm: fiasco to p n m | flexget: flex get | flutterfire: flutter fire
flyctl: fly c t l | footclient: foot client | gitlab: git lab | gitwatch: git watch
glab: g lab | godoc: go doc | gofumpt: go fumpt | guacd: guac d | haproxy: h a proxy
hipstopgm: hips to p g m | htmlq: h t m l q | hyperfine: hyper fine | iconv: i conv
ideviceimagemounter: i device image mounter | iotop: i o top | iperf: i perf
ipptool: i p p tool | irb: i r b | iverilog: i verilog | keytool: key tool
kiterunner: kite runner | kubeseal: kube seal | leaftoppm: leaf to p p m
macptopbm: mac p to p b m | mdk: m d k | memray: mem ray | miniserve: mini serve
mongorestore: mongo restore | multitail: multi tail | mutool: mu tool
neotoppm: neo to p p m | oathtool: oath tool | ocamlc: o caml c | ohdear: oh dear
opencode: open code | openscad: open scad | openstack: open stack | openclaw: open claw
opusenc: opus enc | packwiz: pack wiz | palmtopnm: palm to p n m | pamdepth: pam depth
pamexec: pam exec | pamshadedrelief: pam shaded relief | pamtotga: pam to t g a
pipx: pip x | polybar: poly bar | propelauth: propel auth | pylint: py lint
rawtopgm: raw to p g m | realpath: real path | reflac: re flac
resticprofile: restic profile | rexec: r exec | rustdoc: rust doc | rustup: rust up
scontrol: s control | scrun: s c run | sealert: se alert | secrethub: secret hub
semanage: se manage | showmount: show mount | showvminfo: show v m info
slurmrestd: slurm rest d | speedread: speed read | speedtest: speed test
spotdl: spot d l | sprof: s prof | sqlx: s q l x | steamos: steam o s
sunicontopnm: sun icon to p n m | surfraw: surf raw | swaylock: sway lock
termusic: termusic | toybox: toy box | updog: up dog | usql: u s q l
wacli: wa c l i | watchexec: watch exec | weasyprint: weasy print
webtorrent: web torrent | woeusb: woe u s b | wondershaper: wonder shaper
wpctl: w p c t l | ykman: y k man | zinit: z init | amcheck: am check
resetwal: reset wal | nixos: nix o s | systemd: system d | kernelstub: kernel stub
archinstall: arch install | appman: app man | avifenc: avif enc | bluebuild: blue build
compsize: comp size | cryptcat: crypt cat | debtap: deb tap | dutree: du tree
ebuild: e build | envycontrol: envy control | eselect: e select | ethtool: eth tool
extrepo: ext repo | faketime: fake time | fatrace: fa trace | getent: get ent
getopt: get opt | datagoldeneye: data golden eye | hardinfo: hard info
iptables: i p tables | iwconfig: i w config | lastb: last b | localectl: locale c t l
logwatch: log watch | makepkg: make p k g | netselect: net select
paccapability: pac capability | paclock: pac lock | pacstall: pac stall
physlock: phys lock | pikman: pik man | portablectl: portable c t l
pridecat: pride cat | protontricks: proton tricks | quickemu: quick emu
ostree: o s tree | runlim: run lim | salloc: s alloc | setfont: set font
useradd: user add | usermod: user mod | viewnior: view nior | adoc: a doc
changeme: change me | mydb: my d b | myapp: my app | whoami: who am i
sealedsecret: sealed secret | webp: web p | sysprep: sys prep | mhwd: m h w d
dotoutput: dot output | ptx: p t x | pty: p t y | virsh: vir s h
enconf: en conf | apptainer: app tainer
"""
SPLIT = {}
for _chunk in SPLIT_TEXT.replace("\n", "|").split("|"):
    if ":" in _chunk:
        _k, _v = _chunk.split(":", 1)
        SPLIT[_k.strip()] = _v.split()

# plain words that collide with her symbol/number/casing vocabulary
ESCAPE = ({k for k in SYMBOL_NAMES if " " not in k}
          | set(UNITS) | set(TEENS) | set(TENS_VAL) | {"hundred", "thousand"}
          | {"space", "capital", "double", "triple", "em", "erm", "ehm"})
ESCAPE.discard("")
# "dot" inside "dotoutput" etc. is fine because the whole piece is one word;
# a split item "dot" needs the escape like any other.


def _has_vowel(p):
    return bool(re.search(r"[aeiou]", p)) or (len(p) >= 4 and "y" in p)


def piece_items(p):
    """Lower-case letter piece -> list of spoken items (words or letters)."""
    if p in SPLIT:
        return list(SPLIT[p])
    if len(p) == 1:
        return [p]
    if len(p) == 2:
        return [p] if p in TWO_LETTER_WORDS else list(p)
    if p in SPELL or not _has_vowel(p):
        return list(p)
    return [p]


# --------------------------------------------------------------------------
# Speaker: numbers
# --------------------------------------------------------------------------

def card2(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    t, u = divmod(n, 10)
    return [TENS[t]] + ([UNITS[u]] if u else [])


def compress_digits(d, rng):
    """Digit by digit, 'oh' for zero, double/triple for repeats."""
    out = []
    i = 0
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        run = j - i
        word = "oh" if d[i] == "0" else UNITS[int(d[i])]
        while run > 0:
            if run >= 3 and run != 4:
                out += ["triple", "zero" if d[i] == "0" and rng.random() < 0.5 else word]
                run -= 3
            elif run >= 2:
                out += ["double", word]
                run -= 2
            else:
                out.append(word)
                run -= 1
        i = j
    return out


def say_number(d, dotted, rng):
    n = len(d)
    if dotted:
        if n == 1:
            return ["oh" if d == "0" else UNITS[int(d)]]
        if n == 2 and d[0] != "0":
            return card2(int(d))
        return compress_digits(d, rng)
    if n == 1:
        return [UNITS[int(d)]]
    if n == 2:
        if d[0] == "0":
            return compress_digits(d, rng)
        if d[0] == d[1] and rng.random() < 0.5:
            return ["double", UNITS[int(d[0])]]
        return card2(int(d))
    if d[0] == "0":
        return compress_digits(d, rng)
    if n == 3:
        if d[1:] == "00":
            lead = ["a" if rng.random() < 0.6 else "one"] if d[0] == "1" else [UNITS[int(d[0])]]
            return lead + ["hundred"]
        r = rng.random()
        if d[0] == "1" and d[1] != "0" and r < 0.25:
            return ["a", "hundred", "and"] + card2(int(d[1:]))
        if d[1] != "0" and r < 0.6:
            return [UNITS[int(d[0])]] + card2(int(d[1:]))
        return compress_digits(d, rng)
    if n == 4:
        if d[1:] == "000":
            return (["a"] if d[0] == "1" else [UNITS[int(d[0])]]) + ["thousand"]
        r = rng.random()
        if d[2] != "0" and r < 0.75:
            return card2(int(d[:2])) + card2(int(d[2:]))
        if d[2:] == "00" and r < 0.75:
            return card2(int(d[:2])) + ["hundred"]
        if d[2] == "0" and d[3] != "0" and r < 0.75:
            return card2(int(d[:2])) + ["oh", UNITS[int(d[3])]]
        return compress_digits(d, rng)
    if d.endswith("000") and len(d) <= 5:
        return card2(int(d[:-3])) + ["thousand"]
    return compress_digits(d, rng)


# --------------------------------------------------------------------------
# Speaker: protocol (clean) rendering
# --------------------------------------------------------------------------
# A command becomes a list of tokens; each token a list of units:
#   ("sym", char, [words])   ("num", digits, [words])
#   ("word", text, [words])  (words include casing words / "the word")

CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[A-Z]")


def letter_units(run):
    units = []
    for piece in CASE_RE.findall(run):
        low = piece.lower()
        items = piece_items(low)
        if piece.islower():
            ws = []
            for it in items:
                ws += (["the", "word", it] if it in ESCAPE else [it])
            units.append(("word", piece, ws))
        elif piece.isupper() and len(piece) > 1:
            ws = []
            k = 0
            while k < len(items):
                if len(items[k]) == 1:
                    j = k
                    while j < len(items) and len(items[j]) == 1:
                        j += 1
                    ws += ["block", "capitals"] + items[k:j]
                    k = j
                else:
                    ws += ["block", "capitals", items[k]]
                    k += 1
            units.append(("word", piece, ws))
        else:  # Capitalised piece or single capital letter
            first = items[0]
            rest = []
            for it in items[1:]:
                rest += (["the", "word", it] if it in ESCAPE else [it])
            units.append(("word", piece, ["capital", first] + rest))
    return units


TOKEN_RE = re.compile(r"--|>>|&&|[A-Za-z]+|\d+|.")


def protocol_units(cmd, rng):
    tokens = []
    dq = 0
    for tok in cmd.split(" "):
        parts = TOKEN_RE.findall(tok)
        units = []
        pos = 0
        for _k, p in enumerate(parts):
            start = pos
            pos += len(p)
            if p.isdigit():
                before = tok[max(0, start - 2):start]
                after = tok[pos:pos + 2]
                dotted = bool(re.fullmatch(r"\d\.", before)) or bool(re.fullmatch(r"\.\d", after))
                units.append(("num", p, say_number(p, dotted, rng)))
            elif p.isalpha():
                units += letter_units(p)
            elif p == '"':
                units.append(("sym", p, ["quote"] if dq % 2 == 0 else ["end", "quote"]))
                dq += 1
            elif p == "." and tok == ".":
                units.append(("sym", p, ["full", "stop"]))
            else:
                units.append(("sym", p, CLEAN_NAME[p].split()))
        tokens.append(units)
    return tokens


def render_protocol(tokens, sep=" space "):
    return sep.join(" ".join(w for u in t for w in u[2]) for t in tokens)


def clean_line(cmd, rng):
    return render_protocol(protocol_units(cmd, rng))


SPLIT_PREFIXES = ["local", "back", "data", "work", "over", "down", "multi", "auto",
                  "file", "name", "user", "host", "pass", "key", "web", "mail", "time",
                  "sub", "super", "out", "with", "no", "read", "note", "play", "some",
                  "under", "snap", "check", "dead", "sort", "head"]


def fuzzy_line(cmd, rng):
    tokens = protocol_units(cmd, rng)
    slips = 0
    dq = 0
    new_tokens = []
    for t in tokens:
        nt = []
        for kind, text, ws in t:
            if kind == "sym":
                if text == '"':
                    opening = dq % 2 == 0
                    dq += 1
                    if rng.random() < 0.5:
                        ws = rng.choice(FUZZY_OPEN_QUOTE if opening else FUZZY_CLOSE_QUOTE).split()
                        slips += 1
                elif text in FUZZY_NAMES and rng.random() < 0.45 and ws != ["full", "stop"]:
                    ws = rng.choice(FUZZY_NAMES[text]).split()
                    slips += 1
            elif kind == "num":
                r = rng.random()
                if r < 0.4:
                    ws = [text]
                    slips += 1
                elif len(ws) >= 2 and ws[0] in TENS_VAL and ws[1] in UNIT_VAL and r < 0.7:
                    ws = [ws[0] + "-" + ws[1]] + ws[2:]
                    slips += 1
            elif kind == "word":
                if "block" not in ws and "the" not in ws:
                    # Whisper joins spelled letters, or splits a long word
                    if len(ws) >= 2 and all(len(w) == 1 for w in ws) and rng.random() < 0.35:
                        ws = ["".join(ws)]
                        slips += 1
                    elif len(ws) == 1 and len(ws[0]) >= 7 and rng.random() < 0.5:
                        w = ws[0]
                        for pre in SPLIT_PREFIXES:
                            if w.startswith(pre) and len(w) - len(pre) >= 3:
                                ws = [pre, w[len(pre):]]
                                slips += 1
                                break
            nt.append((kind, text, ws))
        new_tokens.append(nt)
    # separators: sometimes a comma after "space"
    pieces = [" ".join(w for u in t for w in u[2]) for t in new_tokens]
    out = pieces[0]
    for p in pieces[1:]:
        if rng.random() < 0.2:
            out += " space, " + p
            slips += 1
        else:
            out += " space " + p
    r = rng.random()
    if r < 0.55 or slips == 0:
        out = out[:1].upper() + out[1:]
        slips += 1
    if rng.random() < 0.6 or slips < 2:
        out += "."
    return out


# --------------------------------------------------------------------------
# Speaker: natural rendering
# --------------------------------------------------------------------------

NAT_BAD = set("*$;&()[]{}#^\\`")
NAT_STANDALONE = {"|": "pipe", ">": "greater than", ">>": "double greater than",
                  "<": "less than", "!": "exclamation mark"}


def natural_tokens(cmd, rng, words_for_numbers=True):
    """Command -> list of spoken token strings, or None if Whisper can't write it."""
    if any(c in NAT_BAD for c in cmd):
        return None
    toks = cmd.split(" ")
    out = []
    for _k, t in enumerate(toks):
        if t in NAT_STANDALONE:
            out.append(NAT_STANDALONE[t])
            continue
        if t in (".", "") or t[-1] in ",.?!":
            return None
        core = t
        pre, post = "", ""
        if core[:1] in "\"'":
            pre = "quote " if core[0] == '"' else "single quote "
            core = core[1:]
        if core[-1:] in "\"'" and core:
            post = " end quote" if core[-1] == '"' else " single quote"
            core = core[:-1]
        if not core or '"' in core or "'" in core or core[-1] in ",.?!":
            return None
        if (words_for_numbers and core.isdigit() and rng.random() < 0.3):
            core = " ".join(say_number(core, False, rng))
        out.append(pre + core + post)
    return out


def clean_description(desc):
    d = desc.strip().rstrip(".")
    d = re.split(r"\s*[(:]", d)[0].strip().rstrip(".")
    if len(d) > 70 or not d:
        return None
    if len(d) > 1 and not d[1].isupper():
        d = d[0].lower() + d[1:]
    return d


OPENERS = [
    "So, to {d}, would you ever type {c}",
    "Now, I need to {d}. Would you ever run {c}",
    "Right, this one's to {d}, so would you ever type {c}",
    "Grand, so, would you ever type {c}",
    "Sure look, we have to {d} anyway. Would you ever pop in {c}",
    "Okay, now, for this one the command is {c}",
    "Would you ever type {c}",
    "Ah listen, to {d}, just type {c}",
    "Now so, I want to {d}, can you type {c}",
    "Right, would you ever put in {c}",
]
CLOSERS = ["", ", grand.", ", thanks.", "? Thanks a million.", ". Grand, thanks.",
           ", sure look.", ". That's it.", ", cheers.", ". Go raibh maith agat.",
           ", grand so.", ".", "?"]


def natural_line(cmd, desc, rng):
    toks = natural_tokens(cmd, rng)
    if toks is None:
        return None
    body = " ".join(toks)
    d = clean_description(desc)
    opener = rng.choice(OPENERS)
    if "{d}" in opener and d is None:
        opener = "Grand, so, would you ever type {c}"
    closer = rng.choice(CLOSERS)
    if opener.startswith("Would") and closer in ("", ".", ", grand.", ", cheers."):
        closer = "? Thanks a million."
    return opener.format(d=d, c=body) + closer


# --------------------------------------------------------------------------
# Speaker: chaotic rendering
# --------------------------------------------------------------------------

def tok_category(t):
    if re.fullmatch(r"\d+", t):
        return "num"
    if t.startswith("-"):
        return "flag"
    if "/" in t or "." in t:
        return "path"
    return "word"


SWAP_DIRS = ["docs", "data", "src", "tmp", "projects", "logs"]
SWAP_EXT = ["txt", "csv", "json", "yaml", "log", "md", "png", "pdf", "conf"]


def wrong_token(toks, k, pools, rng):
    """The slip she makes at token k: says the next one too early, gets a
    number, a folder or an extension wrong, or cuts a word off."""
    t = toks[k]
    opts = []
    if k + 1 < len(toks) and toks[k + 1] != t:
        opts.append(toks[k + 1])
    if re.fullmatch(r"\d+", t):
        v = int(t)
        opts.append(str(v + 1 if v < 3 or rng.random() < 0.5 else v - 1))
        opts.append(str(v * 10 if v else 1))
    if t.isalpha() and len(t) >= 5:
        opts.append(t[:max(2, len(t) // 2)] + "-")
    if re.fullmatch(r"--[a-z]{5,}", t):
        opts.append(t[:2 + (len(t) - 2) // 2] + "-")
    m = re.search(r"\.([a-z]{2,4})$", t)
    if m:
        ext = rng.choice([e for e in SWAP_EXT if e != m.group(1)])
        opts.append(t[:m.start(1)] + ext)
    m = re.search(r"(^|/)(docs|data|src|tmp|projects|logs)/", t)
    if m:
        d = rng.choice([x for x in SWAP_DIRS if x != m.group(2)])
        opts.append(t[:m.start(2)] + d + t[m.end(2):])
    if not opts:
        cands = pools[tok_category(t)]
        for _ in range(20):
            w = rng.choice(cands)
            if w != t:
                opts.append(w)
                break
    if not opts:
        opts.append(t + "s")
    return rng.choice(opts)


FILLER_WORDS = ["em,", "erm,", "ehm,"]

CHAOS_OPENERS = [
    "Em, would you ever type {c}",
    "Right, em, so would you ever type {c}",
    "Now, erm, would you ever run {c}",
    "Ah, so, to {d}, would you ever type {c}",
    "Okay, em, the command is {c}",
    "Sure, would you ever, em, just type {c}",
    "So, erm, I need to {d}, would you ever pop in {c}",
    "Right so, would you ever type {c}",
]
CHAOS_CLOSERS = ["", ", grand.", ", thanks.", ". Grand so.", ", sure look.", ".",
                 ". That's the one.", ", cheers, thanks a million."]
REPLACE_MARKERS = [", sorry, I mean ", ", sorry, I mean, ", ". That's wrong, it's ",
                   ", that's wrong, it's ", "... sorry, I mean "]
ANCHOR_MARKERS = [", no, hang on, ", ". No, hang on, ", ", ah no, go back, ",
                  "... ah no, go back, ", ", ah no, go back, "]
SCRAP_MARKERS = [", scrap that, ", ". Scrap that, ", ", ah scrap that, "]


def chaotic_line(cmd, desc, pools, rng, protocol):
    """One self-correcting line; returns None if the command can't be said so."""
    toks = cmd.split(" ")
    if protocol:
        units = protocol_units(cmd, rng)
        said = [" ".join(w for u in t for w in u[2]) for t in units]

        def say_tok(t):
            # a cut-off word is just the part she got out
            return render_protocol(protocol_units(t.rstrip("-") or t, rng))
        join = " space "
    else:
        said = natural_tokens(cmd, rng)
        if said is None:
            return None

        def say_tok(t):
            nt = natural_tokens(t, rng, words_for_numbers=False)
            return " ".join(nt) if nt else None
        join = " "
    n = len(toks)
    kind = rng.choice(["scrap", "replace", "replace", "anchor", "anchor"])
    if n == 1:
        kind = rng.choice(["scrap", "replace"])
    k = rng.randrange(n) if kind != "anchor" else rng.randrange(1, n)
    wsaid = say_tok(wrong_token(toks, k, pools, rng))
    if wsaid is None:
        return None
    # pieces: lists of spoken tokens, and markers between them
    if kind == "replace":
        start = k
        marker = rng.choice(REPLACE_MARKERS)
    elif kind == "anchor":
        start = rng.randrange(max(0, k - 2), k)
        marker = rng.choice(ANCHOR_MARKERS)
    else:
        start = 0
        marker = rng.choice(SCRAP_MARKERS)
    pre = said[:k] + [wsaid]
    rep = said[start:]
    second = None
    if len(rep) >= 3 and rng.random() < 0.25:
        m = rng.randrange(1, len(rep))
        w2 = say_tok(wrong_token(toks, start + m, pools, rng))
        if w2 is not None:
            second = (rep[:m] + [w2], rng.choice(REPLACE_MARKERS), rep[m:])
    # fillers go between words she says, one or two per line
    spots = [("pre", i) for i in range(1, len(pre))] + [("rep", i) for i in range(len(rep))]
    chosen = set()
    for _ in range(rng.choice([1, 1, 2])):
        if spots:
            chosen.add(rng.choice(spots))

    def with_fillers(seq, tag, offset=0):
        return [(rng.choice(FILLER_WORDS) + " " if (tag, i + offset) in chosen else "") + w
                for i, w in enumerate(seq)]
    body = join.join(with_fillers(pre, "pre")) + marker
    if kind == "scrap" and rng.random() < 0.5:
        body += "would you ever type "
    if second:
        a, mk2, b = second
        body += join.join(with_fillers(a[:-1], "rep") + [a[-1]]) + mk2 + \
            join.join(with_fillers(b, "rep", len(a) - 1))
    else:
        body += join.join(with_fillers(rep, "rep"))
    d = clean_description(desc)
    opener = rng.choice(CHAOS_OPENERS)
    if "{d}" in opener and d is None:
        opener = "Em, would you ever type {c}"
    closer = rng.choice(CHAOS_CLOSERS)
    line = opener.format(d=d, c=body) + closer
    if not re.search(r"\b(em|erm|ehm)\b", line, re.I):
        line = line.replace(marker, marker + rng.choice(FILLER_WORDS) + " ", 1)
    return line


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def load_pool():
    rows = []
    with open(POOL, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 4 == 0:
                rows.append(json.loads(line))
    return rows


def main():
    rng = random.Random(7707)
    rows = load_pool()
    per_tool = {}
    cands = []
    seen = set()
    for r in rows:
        cmd = r["command"]
        tool = cmd.split()[0]
        if per_tool.get(tool, 0) >= 2 or cmd in seen:
            continue
        per_tool[tool] = per_tool.get(tool, 0) + 1
        seen.add(cmd)
        cands.append(r)
    rng.shuffle(cands)

    pools = {"num": [], "flag": [], "path": [], "word": []}
    for r in cands:
        for t in r["command"].split(" "):
            if t and not (set(t) & (NAT_BAD | set("\"'|<>!"))) and t[-1] not in ",.?!":
                if t not in pools[tok_category(t)]:
                    pools[tok_category(t)].append(t)

    def nat_ok(r):
        """Can Whisper write this command in natural speech? (no randomness)"""
        toks = natural_tokens(r["command"], None, words_for_numbers=False)
        return (
            toks is not None
            and decode("Would you ever type " + " ".join(toks) + "?") == r["command"]
        )

    natural_able = [r for r in cands if nat_ok(r)]
    protocol_only = [r for r in cands if not nat_ok(r)]

    out = {"clean": [], "fuzzy": [], "natural": [], "chaotic": []}
    used = set()

    def try_add(slice_name, r, make):
        if r["command"] in used or len(out[slice_name]) >= PER_SLICE:
            return False
        for _ in range(4):
            line = make(r)
            if line is not None and decode(line) == r["command"]:
                out[slice_name].append({"input": line, "command": r["command"],
                                        "slice": slice_name, "author": AUTHOR})
                used.add(r["command"])
                return True
        return False

    def make_clean(x):
        return clean_line(x["command"], rng)

    def make_fuzzy(x):
        return fuzzy_line(x["command"], rng)

    def make_natural(x):
        return natural_line(x["command"], x["description"], rng)

    def make_chaos_proto(x):
        return chaotic_line(x["command"], x["description"], pools, rng, True)

    def make_chaos_nat(x):
        return chaotic_line(x["command"], x["description"], pools, rng, False)

    # clean and fuzzy, alternately: what natural speech can't carry first
    turn = 0
    for r in protocol_only + natural_able:
        first, second = ("clean", "fuzzy") if turn % 2 == 0 else ("fuzzy", "clean")
        if try_add(first, r, make_clean if first == "clean" else make_fuzzy) or \
                try_add(second, r, make_clean if second == "clean" else make_fuzzy):
            turn += 1
    # a fifth of the chaotic lines are dictated
    for r in protocol_only + natural_able:
        if len(out["chaotic"]) >= PER_SLICE // 5:
            break
        try_add("chaotic", r, make_chaos_proto)
    # natural and chaotic, alternately
    turn = 0
    for r in natural_able:
        first, second = ("natural", "chaotic") if turn % 2 == 0 else ("chaotic", "natural")
        makers = {"natural": make_natural, "chaotic": make_chaos_nat}
        if try_add(first, r, makers[first]) or try_add(second, r, makers[second]):
            turn += 1

    with open(OUT, "w", encoding="utf-8") as f:
        for name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in out[name]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print({k: len(v) for k, v in out.items()}, "natural-able", len(natural_able),
          "protocol-only", len(protocol_only), "->", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
