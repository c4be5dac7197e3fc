"""Ninety-fourth author: a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author94.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <exact command>, "slice": ..., "author": "author94"}
100 per slice, in the order clean, fuzzy, natural, chaotic.

Source and credit
-----------------
Every command is taken verbatim from assets/training/bash/pages_dev55_commands.jsonl,
which is drawn from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0.  Only 0-based line numbers n with n % 3 == 0 are used, for all four
slices.  A command is skipped when it has non-ASCII or non-printable characters,
tabs, double spaces, leading or trailing blanks, more than 64 characters, or
more than 48 words in its clean spoken form.  At most two commands share a
first word, and no command appears twice.  The allowed commands are shuffled
by one random.Random(94); the first 400 that fit the first-word rule are taken,
and the first 100 are clean, the next 100 fuzzy, then natural, then chaotic.
The same generator then makes every rendering choice, in that order, so a
rerun writes byte-identical output.  Standard library only.

STYLE GUIDE
===========

The speaker
-----------
Lize Botha, platform engineer at a payments company in Cape Town (office in
Woodstock, works from home in Observatory when the wind is bad).  First language
Afrikaans, works in English all day.  Dictates commands into the app between
stand-ups, usually with Slack pinging and sometimes with load shedding about to
hit.  Dry and direct: no "please", no chatter beyond what she needs.  Speaks
fast, clipped, and has a few fixed habits:

* Letters: she spells anything that is not a word you could read aloud, letter by
  letter ("ls" is "l s", "tmp" is "t m p", "html" is "h t m l").  She says z as
  "zed" and h as "aitch"; Whisper writes those letters as "Z"/"zed" and
  "H"/"aitch".  Words you can pronounce she says as words ("docker", "json",
  "yaml", "alpha").  A word counts as sayable when it has a vowel, starts
  with an English consonant cluster, ends in a short one and has no
  unsayable cluster inside.  Tool names built from a spelled part and a word
  are split the way she says them: "kubectl" = "kube c t l", "xargs" = "x
  args", "mkdir" = "m k dir", "printf" = "print f", "openssl" = "open s s l",
  "pdfgrep" = "p d f grep", "csvtool" = "c s v tool", "msbuild" = "m s
  build", netpbm names "pnmtorle" = "p n m to r l e"; anything else that is
  not sayable is spelled whole ("g n m i c").  Within a token all of this is
  glued back together, so the split never matters to the listener.
* Numbers: one or two digits as an ordinary number ("five", "forty two",
  "sixteen"); three digits as a digit and a pair ("one ninety two", "nine
  eighty seven", "two fifty"), or digit by digit when the middle digit is zero
  ("one zero five"); round hundreds/thousands/millions as words ("five
  hundred", "three thousand", "one hundred million"); four digits in two pairs
  ("eighty eighty", "fifty four thirty two", "ten twenty four", "thirty zero
  five"), or "forty five hundred" when they end in 00; leading zeros and any
  other long number digit by digit ("zero five", "three two seven six eight").
  She never says "oh" for zero and never says "and" inside a number.
* Symbols, her own names: dash, dot, slash, tilde, colon, underscore, equals,
  at, comma, star, plus, pipe, bang, hash, dollar, percent, caret, ampersand,
  semicolon, backslash, backtick, quote (for "), single quote (for '), question
  mark, open/close paren, open/close brace, open/close bracket.  ">" is
  "redirect", ">>" is "append", "<" is "less than", except "<Word>" (a key
  name) which is "open angle ... close angle".  "--" is "dash dash", "&&" is
  "and and", "||" is "pipe pipe", ".." is "dot dot", "2>&1" is "two redirect
  ampersand one".
* Casing: "capital" makes the next word (or letter) start upper case
  ("capital x" = X, "capital enter" = Enter); "all caps" makes the next word
  upper case ("all caps todo" = TODO), or, when followed by single letters, all
  of those letters ("all caps u t f" = UTF).  Case runs: "snake case a b"
  (a_b), "screaming case a b" (A_B), "camel case a b" (aB), "pascal case a b"
  (AB with each word capitalised: "pascal case v box manage" = VBoxManage),
  "kebab case a b c" (a-b-c).  She uses snake/screaming/camel/pascal whenever
  every part is a word she can say; kebab only for three or more hyphenated
  words ("kebab case list grantable roles"); two hyphenated words are said
  with "dash" ("all dash branches").

Clean slice: the protocol exactly as Lize uses it
--------------------------------------------------
Careful transcript: lower case, no punctuation, only the command.  She says
"space" between the command's tokens and nothing else between them; within a
token everything she says is glued together, so "l s" = ls, "dash l a" = -la,
"tilde slash projects slash" = ~/projects/.

How a careful listener reads it (this is decode() below):
1. "space" is one blank.
2. Symbol phrases (two or three words: "single quote", "question mark",
   "open paren", "less than", "open angle", "and and", "at sign", "forward
   slash", "double dash", "greater than" ...) are read before single symbol
   words.  Synonyms from the shared protocol (minus, hyphen, period, point,
   forward slash, asterisk, greater than) are understood even though Lize
   does not use them in the clean slice.
3. A run of number words is one number: each group is a digit word, a teen,
   a tens word (joined with a following digit word one to nine: "forty two"
   = 42), or such a group multiplied by hundred/thousand/million ("forty five
   hundred" = 4500, "one hundred million" = 100000000); groups are written
   one after the other ("eighty eighty" = 8080, "one ninety two" = 192,
   "thirty zero five" = 3005).
4. "capital W" capitalises the first letter of the word W; "all caps" as above.
5. "<style> case" opens a case run; every plain word after it belongs to the
   run until the next protocol word ("space", a symbol, a number word,
   "capital"), which closes it ("snake case key name one" = key_name1).
6. Any other word is written as it is; a single letter is that letter.

"caps" and "case" on their own are ordinary words; only "all caps" and
"<style> case" are protocol.

Literal words that collide with the protocol: a literal word that is a
protocol word (space, dash, dot, at, star, colon, quote, redirect, append,
capital, any number word such as "one" or "ten", hundred, thousand ...) is
spelled letter by letter ("--space" = "dash dash s p a c e", "at" as a word =
"a t", "ten" = "t e n").  A word that only starts a protocol phrase (open,
close, less, all, single, double, question, forward, and, camel ...) is said
as a word unless the next thing she says would complete the phrase; then it
too is spelled.  Single letters are never protocol words.

Fuzzy slice: the same protocol as Whisper really writes it
----------------------------------------------------------
Lize still says "space" between tokens and uses the same casing and number
habits, but talks faster, so she drifts to synonyms now and then: "minus"
for a single-dash flag, "hyphen" inside a hyphenated word, "period" before a
file extension, "point" between digits, "forward slash" at the start of an
absolute path, "double dash", "greater than", "asterisk", "at sign".
Whisper then: capitalises the first word and proper names (Git, Docker, Bob,
JSON/YAML), ends most lines with a full stop, sometimes puts a comma or a full
stop after "space" and capitalises what follows, turns number words into
numerals ("8080", "80 80", "3,000", "one ninety-two", "100 million"), glues
spelled letters ("LS", "L-S", "L S", occasionally "ls"), writes single letters
as homophones ("see", "are", "why", "you", "eye", "zed", "aitch"), writes
dotted names as written text ("app.log", "example.com", "192.168.1.1"),
glues a spelled letter to a digit ("S3"), hyphenates "dash-dash", writes
"pseudo" for sudo, "Jason" for json, "said" for sed, "carrot" for caret,
"tilda" for tilde, "semi-colon", "back slash", "camelCase", "all-caps", and
splits glued compounds ("data store" for datastore, "user parameter").
No framing, no fillers.

Natural slice: Lize when she is not being careful
-------------------------------------------------
No "space": spacing is left for the listener to infer.  A short opener
("Okay,", "Right,", "Ja, so", "Quick one,", "Gooi this one:", "Next one,",
"Can you run", "Ja okay,") and sometimes a sign-off ("Sharp.", "Sharp
sharp.", "Dankie.", "That's it.", "Lekker.", "Cheers.").  Fillers between
tokens: "uh", "um", "ja", "ag", "eh".  Loose symbol names: "double dash",
"minus", "hyphen", "period", "point", "forward slash", "greater than",
"asterisk", "at sign", "equals sign", "open quote ... close quote" or
"end quote".  Casing and number habits as above; hyphenated words are always
said with "dash"/"hyphen", and a snake case run is sometimes just said with
"underscore".  Whisper writes it as sentences with numerals and the same
spelling habits as in fuzzy, and, more often than in fuzzy, writes dotted names
and sometimes whole flags as text ("--force").

Chaotic slice: natural plus trouble
-----------------------------------
Every line has one or two of these, always ending with the full command said
correctly so a careful listener can rebuild it exactly:
* token correction (word scope): she says a wrong token and takes it back
  with "nee wag,", "no sorry,", "ag, I mean", "no no,", then the right token.
* flag correction: "..., no wait, wrong flag, make it ...", "..., nee, not
  that one, ...".
* whole-command restart: starts wrongly (or loses the thread) after a token or
  three, then "Ag nee, scratch that. From the top:", "Wait wait, let me start
  again.", "No man, start over:", "Sorry, lost my train of thought. Again:"
  and says the whole command.
* trailing off (partial answer): says part of a token, stops ("... what's it
  now ...", "... hang on ...") and then says the whole token.
* stutter: a clipped start of a word before the word ("dock- docker").
* aside: a remark to herself or a colleague between tokens, set off by
  punctuation ("hang on, Slack's going mad. Okay,", "this is for staging,",
  "Thabo, two secs,", "before Eskom takes the power again,").
* repeat: the program name said twice at the start ("podman, podman build").
The restatement after a correction always repeats the whole token.  Asides
and trailing-off are set off with commas or "..." so they cannot be taken for
part of a token.

In natural and chaotic lines she pauses after a bare "-", "--", "." or ".."
token (Whisper writes a comma: "dash dash, recipient at example dot com"), and
Whisper often glues a word to its digits ("hunter2", "s3").
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets/training/bash/pages_dev55_commands.jsonl"
OUT = ROOT / "assets/training/bash/author94.jsonl"
AUTHOR = "author94"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ----------------------------------------------------------------------------
# The protocol vocabulary (shared facts + Lize's choices)
# ----------------------------------------------------------------------------

DIGITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
MULT = {"hundred": 100, "thousand": 1000, "million": 1000000}
NUMWORDS = set(DIGITS) | set(TEENS) | set(TENS) | set(MULT)
DIGIT_NAME = {v: k for k, v in DIGITS.items()}
TWO_NAME = {v: k for k, v in TEENS.items()}
TWO_NAME.update({v: k for k, v in TENS.items()})

ONE_WORD_SYM = {
    "space": " ", "dash": "-", "minus": "-", "hyphen": "-", "dot": ".",
    "period": ".", "point": ".", "slash": "/", "backslash": "\\", "pipe": "|",
    "star": "*", "asterisk": "*", "bang": "!", "hash": "#", "tilde": "~",
    "at": "@", "dollar": "$", "percent": "%", "caret": "^", "ampersand": "&",
    "equals": "=", "plus": "+", "colon": ":", "semicolon": ";",
    "underscore": "_", "comma": ",", "quote": '"', "backtick": "`",
    "redirect": ">", "append": ">>",
}
PHRASES = {
    ("double", "greater", "than"): ">>",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("forward", "slash"): "/", ("single", "quote"): "'",
    ("double", "quote"): '"', ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly"): "{", ("close", "curly"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
    ("less", "than"): "<", ("greater", "than"): ">",
    ("double", "dash"): "--", ("and", "and"): "&&",
    ("at", "sign"): "@", ("dollar", "sign"): "$", ("equals", "sign"): "=",
}
CASE_STYLES = ("camel", "snake", "pascal", "kebab", "screaming")
# words a literal must never be said as (spelled instead)
COLLIDE = set(ONE_WORD_SYM) | NUMWORDS | {"capital"}
# first words of phrases: spelled only when the phrase would complete
STARTERS = {p[0] for p in PHRASES} | {"all"} | set(CASE_STYLES)

# Lize's clean name for each symbol
SYM_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "`": "backtick",
    ">": "redirect", "<": "less than", "'": "single quote",
    "?": "question mark", "(": "open paren", ")": "close paren",
    "{": "open brace", "}": "close brace", "[": "open bracket",
    "]": "close bracket",
}
MULTI_SYM = {"&&": "and and", "||": "pipe pipe", ">>": "append",
             "--": "dash dash"}

# ----------------------------------------------------------------------------
# decode(): the careful listener for the clean slice
# ----------------------------------------------------------------------------


def parse_number(words):
    groups = []          # list of [value, open_for_unit]
    for w in words:
        if w in DIGITS:
            d = DIGITS[w]
            if groups and groups[-1][1] and 1 <= d <= 9:
                groups[-1][0] += d
                groups[-1][1] = False
            else:
                groups.append([d, False])
        elif w in TEENS:
            groups.append([TEENS[w], False])
        elif w in TENS:
            groups.append([TENS[w], True])
        else:  # multiplier
            if not groups:
                raise ValueError("multiplier without a number")
            groups[-1][0] *= MULT[w]
            groups[-1][1] = False
    return "".join(str(g[0]) for g in groups)


def _case_join(style, parts):
    if style == "snake":
        return "_".join(parts)
    if style == "screaming":
        return "_".join(p.upper() for p in parts)
    if style == "kebab":
        return "-".join(parts)
    title = [p[:1].upper() + p[1:] for p in parts]
    if style == "pascal":
        return "".join(title)
    return parts[0] + "".join(title[1:])  # camel


def decode(text):
    w = text.split()
    n = len(w)
    out = []
    run = None
    i = 0

    def flush():
        nonlocal run
        if run is not None:
            if run[1]:
                out.append(_case_join(run[0], run[1]))
            run = None

    while i < n:
        hit = None
        for length in (3, 2):
            key = tuple(w[i:i + length])
            if len(key) == length and key in PHRASES:
                hit = (length, PHRASES[key])
                break
        if hit:
            flush()
            out.append(hit[1])
            i += hit[0]
            continue
        t = w[i]
        if t in ONE_WORD_SYM:
            flush()
            out.append(ONE_WORD_SYM[t])
            i += 1
            continue
        if t in NUMWORDS:
            flush()
            j = i
            while j < n and w[j] in NUMWORDS:
                j += 1
            out.append(parse_number(w[i:j]))
            i = j
            continue
        if t == "capital" and i + 1 < n:
            flush()
            nxt = w[i + 1]
            out.append(nxt[:1].upper() + nxt[1:])
            i += 2
            continue
        if t == "all" and i + 2 < n and w[i + 1] == "caps":
            flush()
            if len(w[i + 2]) == 1:
                j = i + 2
                while j < n and len(w[j]) == 1:
                    j += 1
                out.append("".join(w[i + 2:j]).upper())
                i = j
            else:
                out.append(w[i + 2].upper())
                i += 3
            continue
        if t in CASE_STYLES and i + 1 < n and w[i + 1] == "case":
            flush()
            run = (t, [])
            i += 2
            continue
        if run is not None:
            run[1].append(t)
        else:
            out.append(t)
        i += 1
    flush()
    return "".join(out)


# ----------------------------------------------------------------------------
# How Lize says things
# ----------------------------------------------------------------------------

SHORT_WORDS = set("""
go up on in is it to no of by me my do if or we so be
add and all app apt bar bat bin bob box bug bun bus can cap cat cut day dev dig
dir dog end fix fly foo for fun get gem git hub hot job key kit lab let lib
log low man map max min mix mod new net not now off old out own pad pan pen
pet pin pip pod pop pot pub put ram ran raw red rev rip row run sad saw say
sed see set sit sky son sub sum sun tab tag tap tar tea the tie tip top toy
try use van via vim war was way web wet who why win yes yet zip zoo ask act
age aim air arm art bag ban bit bow buy cow cry cup den did die dry due ear
eat egg elf fan far fat fax fee few fig fit gap gas gun guy hat hit hog ice
ink jam jar jet joy kid lay leg lid lip lot mad mat mob mud nap nod nut oak
odd oil one own pay pig pit rat rod rug sat sea sew sin sip tin ton tow tub
two war wax win wit won zap
""".split())
VOWELS = set("aeiou")

SAY_OVERRIDE = {
    "kubectl": [("word", "kube"), ("spell", "ctl")],
    "systemctl": [("word", "system"), ("spell", "ctl")],
    "xargs": [("spell", "x"), ("word", "args")],
    "mkdir": [("spell", "mk"), ("word", "dir")],
    "chmod": [("spell", "ch"), ("word", "mod")],
    "chown": [("spell", "ch"), ("word", "own")],
    "printf": [("word", "print"), ("spell", "f")],
    "openssl": [("word", "open"), ("spell", "ssl")],
}
TAIL_WORDS = ("tool", "tools", "info", "dump", "diff", "grep", "merge",
              "query", "watch", "stat", "sum", "cat", "ctl")


ONSETS = set("""
b c d f g h j k l m n p q r s t v w y z bl br ch cl cr dr dw fl fr gl gr gn
kl kn kr ph pl pr ps sc sh sk sl sm sn sp st sw th tr tw wh wr sch scr shr
spl spr squ str thr sph
""".split())
CODA3 = set("""
tch nch rch nds nts rts rst cks sts pts lts rks nks lls rds rms rns mps ngs
nth ght rld lds rls sks cts nds nks mpt rth thm
""".split())


def _is_vowel(w, k):
    return w[k] in VOWELS or (w[k] == "y" and k > 0)


def _cluster_ok(c):
    """An inner consonant cluster: a short coda then a valid onset."""
    for k in range(len(c) + 1):
        coda, onset = c[:k], c[k:]
        if len(coda) > 3 or (len(coda) == 3 and coda not in CODA3):
            continue
        if not onset or onset in ONSETS:
            return True
    return False


def pronounceable(w):
    """True when Lize says this lower-case word as a word."""
    if w in COLLIDE:
        return False
    if len(w) == 1:
        return True
    if w in SHORT_WORDS:
        return True
    if len(w) <= 3:
        return False
    vpos = [k for k in range(len(w)) if _is_vowel(w, k)]
    if not vpos:
        return False
    onset = w[:vpos[0]]
    if onset and onset not in ONSETS:
        return False
    coda = w[vpos[-1] + 1:]
    if coda.endswith("s") and len(coda) > 1:
        coda = coda[:-1]
    if len(coda) > 3 or (len(coda) == 3 and coda not in CODA3):
        return False
    for a, b in zip(vpos, vpos[1:], strict=False):
        if b - a > 1 and not _cluster_ok(w[a + 1:b]):
            return False
    return True


def say_lower(w):
    """Units for a lower-case letter run: list of ("word", w) / ("spell", s)."""
    if w in SAY_OVERRIDE:
        return list(SAY_OVERRIDE[w])
    if pronounceable(w):
        return [("word", w)]
    for tail in TAIL_WORDS:
        head = w[:-len(tail)]
        if w.endswith(tail) and len(head) >= 2:
            said = [("spell", tail)] if tail == "ctl" else [("word", tail)]
            return say_lower(head) + said
    k = w.find("to", 3)
    if 3 <= k and len(w) - k - 2 >= 2:
        left, right = w[:k], w[k + 2:]
        return _sw(left) + [("word", "to")] + _sw(right)
    for k in (1, 2, 3, 4):
        rest = w[k:]
        if len(rest) >= 3 and pronounceable(rest) and rest not in SHORT_WORDS:
            return [("spell", w[:k]), ("word", rest)]
    for k in (3, 2, 1):
        head = w[:-k]
        if len(head) >= 4 and pronounceable(head):
            return [("word", head), ("spell", w[-k:])]
    return [("spell", w)]


def _sw(part):
    return [("word", part)] if pronounceable(part) else [("spell", part)]


def say_number(s):
    """Lize's number habit; returns groups (lists of words)."""
    def two(p):  # p: two digits, no leading zero
        v = int(p)
        if v in TWO_NAME:
            return [TWO_NAME[v]]
        return [TWO_NAME[v - v % 10], DIGIT_NAME[v % 10]]

    if len(s) == 1:
        return [[DIGIT_NAME[int(s)]]]
    if s[0] == "0":
        return [[DIGIT_NAME[int(c)]] for c in s]
    if len(s) == 2:
        return [two(s)]
    # round numbers
    for head_len in (1, 2):
        head, zeros = s[:head_len], s[head_len:]
        if set(zeros) != {"0"}:
            continue
        z = len(zeros)
        mults = {2: ["hundred"], 3: ["thousand"], 5: ["hundred", "thousand"],
                 6: ["million"], 8: ["hundred", "million"]}
        if z in mults and (head_len == 1 or int(head) >= 10):
            hw = [DIGIT_NAME[int(head)]] if head_len == 1 else two(head)
            if head_len == 2 and z == 2 and int(head) % 10 == 0:
                continue  # 2000 is "two thousand", not "twenty hundred"
            return [hw + mults[z]]
    if len(s) == 3:
        if s[1] == "0":
            return [[DIGIT_NAME[int(c)]] for c in s]
        return [[DIGIT_NAME[int(s[0])]], two(s[1:])]
    if len(s) == 4:
        first = two(s[:2])
        if s[2] == "0":
            return [first, [DIGIT_NAME[0]], [DIGIT_NAME[int(s[3])]]]
        return [first, two(s[2:])]
    return [[DIGIT_NAME[int(c)]] for c in s]


class Unit:
    """One spoken piece of a token: kind, words said, text it stands for."""
    __slots__ = ("kind", "words", "text", "info")

    def __init__(self, kind, words, text, info=None):
        self.kind, self.words, self.text, self.info = kind, words, text, info


def lower_units(w):
    res = []
    for kind, part in say_lower(w):
        if kind == "word":
            res.append(Unit("word", [part], part))
        else:
            res.append(Unit("spell", list(part), part))
    return res


def segment_units(seg):
    """Units for one case segment of a letter run (generic, no case run)."""
    if seg.islower():
        return lower_units(seg)
    low = seg.lower()
    if len(seg) == 1:
        return [Unit("cap", ["capital", low], seg)]
    if seg[0].isupper() and seg[1:].islower():
        if pronounceable(low) and len(low) > 1:
            return [Unit("cap", ["capital", low], seg, "word")]
        return [Unit("cap", ["capital", low[0]], seg[0])] + lower_units(seg[1:])
    # all upper
    if pronounceable(low) and len(low) > 3:
        return [Unit("caps", ["all", "caps", low], seg, "word")]
    return [Unit("caps", ["all", "caps"] + list(low), seg, "letters")]


SEG_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def run_ok(parts):
    return all(pronounceable(p) and p not in STARTERS for p in parts)


def letters_units(run, mode, rng):
    segs = SEG_RE.findall(run)
    assert "".join(segs) == run, run
    if len(segs) >= 2 and run_ok([s.lower() for s in segs]):
        if segs[0].islower() and all(s[0].isupper() and s[1:].islower()
                                     for s in segs[1:]):
            style = "camel"
        elif all(s[0].isupper() and s[1:].islower() for s in segs):
            style = "pascal"
        else:
            style = None
        if style and not (mode == "natural" and rng.random() < 0.3):
            parts = [s.lower() for s in segs]
            return [Unit("run", [style, "case"] + parts, run, style)]
    res = []
    for s in segs:
        res.extend(segment_units(s))
    return res


CASE_PATTERNS = (
    ("snake", re.compile(r"[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9])")),
    ("screaming", re.compile(r"[A-Z]+(?:_[A-Z]+)+(?![A-Za-z0-9])")),
    ("kebab", re.compile(r"[a-z]+(?:-[a-z]+){2,}(?![A-Za-z0-9])")),
)


def speak_token(tok, mode, rng, spell_starters=False):
    """List of Units for one command token.  mode: clean | fuzzy | natural."""
    units = []
    i = 0
    n = len(tok)
    while i < n:
        rest = tok[i:]
        ch = tok[i]
        if ch.isalpha():
            done = False
            starts_word = i == 0 or not (
                tok[i - 1].isalnum()
                or (tok[i - 1] in "_-" and i >= 2 and tok[i - 2].isalnum()))
            for style, pat in (CASE_PATTERNS if starts_word else ()):
                m = pat.match(rest)
                if not m:
                    continue
                sep = "-" if style == "kebab" else "_"
                parts = [p.lower() for p in m.group(0).split(sep)]
                if not run_ok(parts):
                    continue
                if style == "kebab" and mode == "natural":
                    continue
                if style == "snake" and mode == "natural" and rng.random() < 0.4:
                    continue
                units.append(Unit("run", [style, "case"] + parts, m.group(0), style))
                i += m.end()
                done = True
                break
            if done:
                continue
            m = re.match(r"[A-Za-z]+", rest)
            units.extend(letters_units(m.group(0), mode, rng))
            i += m.end()
            continue
        if ch.isdigit():
            m = re.match(r"[0-9]+", rest)
            groups = say_number(m.group(0))
            units.append(Unit("num", [w for g in groups for w in g], m.group(0), groups))
            i += m.end()
            continue
        m = re.match(r"<([A-Za-z]+)>", rest)
        if m:
            units.append(Unit("sym", ["open", "angle"], "<"))
            units.extend(letters_units(m.group(1), mode, rng))
            units.append(Unit("sym", ["close", "angle"], ">"))
            i += m.end()
            continue
        two = rest[:2]
        if two in MULTI_SYM:
            units.append(Unit("sym", MULTI_SYM[two].split(), two))
            i += 2
            continue
        units.append(Unit("sym", SYM_NAME[ch].split(), ch))
        i += 1
    if spell_starters:
        fixed = []
        for u in units:
            if u.kind == "word" and u.text in STARTERS:
                fixed.append(Unit("spell", list(u.text), u.text))
            else:
                fixed.append(u)
        units = fixed
    return units


def clean_words(units):
    return [w for u in units for w in u.words]


def clean_token(tok):
    """Lize's clean rendering of one token, checked against decode()."""
    rng = random.Random(0)  # clean mode never consults it
    for strict in (False, True):
        units = speak_token(tok, "clean", rng, spell_starters=strict)
        if decode(" ".join(clean_words(units))) == tok:
            return units
    raise ValueError(f"cannot say token {tok!r}")


def clean_line(cmd):
    toks = cmd.split(" ")
    return " space ".join(" ".join(clean_words(clean_token(t))) for t in toks)


# ----------------------------------------------------------------------------
# Speaker drift: symbol synonyms (fuzzy / natural)
# ----------------------------------------------------------------------------

def drift_symbols(units, mode, rng, quote_state):
    """Swap some of Lize's symbol names for looser synonyms, in place."""
    k = 0
    for idx, u in enumerate(units):
        if u.kind != "sym" or u.words[0] in ("open", "close"):
            continue
        prev = units[idx - 1] if idx > 0 else None
        nxt = units[idx + 1] if idx + 1 < len(units) else None
        t = u.text
        r = rng.random()
        loose = 1.0 if mode == "natural" else 0.6
        if t == "-":
            if prev is None and nxt is not None and nxt.kind in ("spell", "cap") and r < 0.2 * loose:  # noqa: E501
                u.words = ["minus"]
            elif prev is not None and prev.kind == "word" and nxt is not None and nxt.kind == "word" and r < 0.35 * loose:  # noqa: E501
                u.words = ["hyphen"]
        elif t == "--":
            if r < 0.35 * loose:
                u.words = ["double", "dash"]
        elif t == ".":
            if prev is not None and nxt is not None and prev.kind == "num" and nxt.kind == "num":
                if r < 0.5:
                    u.words = ["point"]
            elif nxt is not None and idx + 2 >= len(units) and r < 0.15 * loose:
                u.words = ["period"]
        elif t == "/":
            if prev is None and r < 0.3 * loose:
                u.words = ["forward", "slash"]
        elif t == ">":
            if r < 0.4 * loose:
                u.words = ["greater", "than"]
        elif t == "*":
            if r < 0.3 * loose:
                u.words = ["asterisk"]
        elif t == "@":
            if r < 0.2 * loose:
                u.words = ["at", "sign"]
        elif t == "=":
            if r < 0.15 * loose:
                u.words = ["equals", "sign"]
        elif t == '"' and mode == "natural":
            quote_state[0] += 1
            if quote_state[0] % 2 == 1:
                if r < 0.5:
                    u.words = ["open", "quote"]
            else:
                if r < 0.3:
                    u.words = ["close", "quote"]
                elif r < 0.5:
                    u.words = ["end", "quote"]
        k += 1
    return units


# ----------------------------------------------------------------------------
# Whisper: how the words come out in text
# ----------------------------------------------------------------------------

HOMOPHONE = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "i": "eye",
             "j": "jay", "k": "kay", "o": "oh", "p": "pee", "q": "queue",
             "r": "are", "t": "tee", "u": "you", "v": "vee", "x": "ex",
             "y": "why", "z": "zed", "h": "aitch", "f": "eff", "m": "em",
             "n": "en", "s": "es", "l": "el"}
WORD_HABIT = {
    "sudo": ["sudo", "sudo", "pseudo", "Sudo"],
    "json": ["JSON", "JSON", "Jason", "json"],
    "yaml": ["YAML", "YAML", "yaml", "Yaml"],
    "git": ["git", "Git"], "docker": ["docker", "Docker"],
    "bob": ["Bob"], "alice": ["Alice"], "github": ["GitHub"],
    "python": ["Python", "python"], "ubuntu": ["Ubuntu"], "linux": ["Linux"],
    "kube": ["kube", "Kube", "cube"], "grep": ["grep", "grep", "grip"],
    "sed": ["sed", "said"], "readme": ["README", "readme", "read me"],
    "alpha": ["alpha", "Alpha"], "localhost": ["localhost", "local host"],
    "vim": ["vim", "Vim"], "bash": ["bash", "Bash"],
    "gmail": ["Gmail", "gmail"], "todo": ["TODO", "to-do"],
    "postgres": ["Postgres", "postgres"], "nginx": ["nginx", "NGINX"],
}
SYM_HABIT = {
    "tilde": ["tilde", "tilde", "tilda", "Tilda"],
    "caret": ["caret", "carrot"], "semicolon": ["semicolon", "semi-colon"],
    "backslash": ["backslash", "back slash"],
    "underscore": ["underscore", "underscore", "under score"],
    "ampersand": ["ampersand", "ampersand", "&"],
    "star": ["star", "star", "*"], "plus": ["plus", "plus", "+"],
    "hash": ["hash", "hash", "#"], "percent": ["percent", "percent", "%"],
    "dollar": ["dollar", "dollar", "$"], "equals": ["equals", "equals", "="],
    "backtick": ["backtick", "back tick"], "bang": ["bang", "bang", "Bang"],
}
PARTS = set("""data store file name server path user parameter back work host
note book key board down load time stamp line word pass bench mark web site
play list base over lay under root make type script view check table dump
info test config share mount point wall paper drop box watch dog""".split())
SPLIT_BAN = NUMWORDS | COLLIDE


def split_compound(w):
    for k in range(3, len(w) - 2):
        a, b = w[:k], w[k:]
        if a in PARTS and b in PARTS and a not in SPLIT_BAN and b not in SPLIT_BAN:
            return a + " " + b
    return None


def w_letters(letters, rng, p_homo):
    if len(letters) == 1:
        ch = letters
        if ch == "z" and rng.random() < 0.6:
            return "zed" if rng.random() < 0.5 else "Zed"
        if ch in HOMOPHONE and rng.random() < p_homo:
            return HOMOPHONE[ch]
        return ch.upper() if rng.random() < 0.9 else ch
    r = rng.random()
    if r < 0.5:
        return letters.upper()
    if r < 0.75:
        return " ".join(letters.upper())
    if r < 0.87:
        return "-".join(letters.upper())
    if r < 0.95:
        return letters
    return ". ".join(letters.upper()) + "."


def w_number(u, rng):
    s, groups = u.text, u.info
    words = u.words
    r = rng.random()
    if len(words) == 1 and len(s) == 1:
        return words[0] if r < 0.5 else s
    has_mult = any(w in MULT for w in words)
    if has_mult:
        if "million" in words and r < 0.3:
            head = parse_number([w for w in words if w != "million"])
            return head + " million"
        if r < 0.55:
            return s
        if r < 0.8 and len(s) >= 4:
            return f"{int(s):,}"
        return " ".join(words)
    if r < 0.6:
        return s
    if r < 0.85:
        out = []
        for g in groups:
            out.append("-".join(g) if len(g) == 2 else g[0])
        return " ".join(out)
    if len(groups) == 2 and all(len(parse_number(g)) == 2 for g in groups):
        return " ".join(parse_number(g) for g in groups)
    return s


def w_word(w, rng, mode):
    if w in WORD_HABIT:
        options = WORD_HABIT[w]
        if mode != "fuzzy":
            options = [o for o in options if " " not in o] or [w]
        return rng.choice(options)
    if mode == "fuzzy" and len(w) >= 7 and rng.random() < 0.5:
        sp = split_compound(w)
        if sp:
            return sp
    return w


def w_sym(words, rng, mode):
    key = " ".join(words)
    if key in SYM_HABIT:
        return rng.choice(SYM_HABIT[key])
    if key == "dash dash":
        r = rng.random()
        if r < 0.25:
            return "dash-dash"
        if r < 0.3 and mode == "natural":
            return "--"
        return key
    if key == "at" and mode == "natural" and rng.random() < 0.3:
        return "@"
    if key == "question mark" and rng.random() < 0.3:
        return "?"
    return key


def w_unit(u, rng, mode):
    p_homo = 0.25 if mode == "fuzzy" else 0.12
    if u.kind == "word":
        return w_word(u.text, rng, mode)
    if u.kind == "spell":
        return w_letters(u.text, rng, p_homo)
    if u.kind == "num":
        return w_number(u, rng)
    if u.kind == "sym":
        return w_sym(u.words, rng, mode)
    if u.kind == "cap":
        body = u.words[1]
        if len(body) == 1:
            body = body.upper() if rng.random() < 0.85 else body
        else:
            body = rng.choice([body, body.capitalize()])
        lead = rng.choice(["capital", "capital", "Capital"])
        return lead + " " + body
    if u.kind == "caps":
        lead = rng.choice(["all caps", "all caps", "all-caps", "All caps"])
        if u.info == "word":
            body = rng.choice([u.text, u.text, u.text.lower()])
        else:
            body = w_letters(u.text.lower(), rng, 0.0).upper()
        return lead + " " + body
    if u.kind == "run":
        style = u.info
        parts = u.words[2:]
        r = rng.random()
        if r < 0.2 and style in ("camel", "pascal"):
            lead = "camelCase" if style == "camel" else "PascalCase"
        elif r < 0.3:
            lead = style + "-case"
        else:
            lead = style + " case"
        body = " ".join(w_word(p, rng, mode) if p in WORD_HABIT else p for p in parts)
        return lead + " " + body
    raise ValueError(u.kind)


DOTTED_OK = ("word", "spell", "num")


def w_token(units, rng, mode):
    """Whisper text for one token's units (list of chunks)."""
    chunks = []
    i = 0
    p_glue = 0.3 if mode == "fuzzy" else 0.5
    n = len(units)
    while i < n:
        # dotted glue: word . word (. word)*
        if units[i].kind in DOTTED_OK:
            j = i + 1
            while (j + 1 < n and units[j].kind == "sym" and units[j].text == "."
                   and units[j + 1].kind in DOTTED_OK):
                j += 2
            if j > i + 1 and rng.random() < p_glue:
                chunks.append("".join(u.text for u in units[i:j]))
                i = j
                continue
        text = w_unit(units[i], rng, mode)
        # letter glued to a following numeral ("S3", "E2"), word to a digit
        if i + 1 < n and units[i + 1].kind == "num" and " " not in text:
            if (units[i].kind == "spell" and text.isupper() and rng.random() < 0.3) or (
                    units[i].kind == "word" and mode != "fuzzy" and rng.random() < 0.5):
                text += units[i + 1].text
                i += 1
        chunks.append(text)
        i += 1
    return " ".join(chunks)


def finish(text, rng, stop_p):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,.])", r"\1", text)
    text = re.sub(r"([.?!]) ([a-z])", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".?!" and rng.random() < stop_p:
        text += "."
    return text


# ----------------------------------------------------------------------------
# Slices
# ----------------------------------------------------------------------------

def make_fuzzy(cmd, rng):
    toks = cmd.split(" ")
    parts = []
    for k, tok in enumerate(toks):
        units = [Unit(u.kind, list(u.words), u.text, u.info) for u in clean_token(tok)]
        drift_symbols(units, "fuzzy", rng, [0])
        parts.append(w_token(units, rng, "fuzzy"))
        if k + 1 < len(toks):
            r = rng.random()
            if r < 0.7:
                parts.append("space")
            elif r < 0.82:
                parts.append("space,")
            elif r < 0.92:
                parts.append("space.")
            else:
                parts.append("Space")
    return finish(" ".join(parts), rng, 0.6)


OPENERS = ["Okay,", "Okay, so", "Right,", "Right, run", "Ja, so", "Ja okay,",
           "Quick one,", "Gooi this one:", "Next one,", "Can you run",
           "Okay, next:", "Um, okay,", "Ja, run", "Right so,"]
SIGNOFFS = ["Sharp.", "Sharp sharp.", "Dankie.", "That's it.", "Lekker.",
            "Cheers.", "Thanks.", "Done."]
FILLERS = ["uh,", "um,", "ja,", "ag,", "eh,", "uh", "um"]


def natural_tokens(cmd, rng, mode="natural"):
    toks = cmd.split(" ")
    quote_state = [0]
    out = []
    for tok in toks:
        out.append(natural_token(tok, rng, quote_state, mode))
    return out


def natural_token(tok, rng, quote_state, mode="natural"):
    if re.fullmatch(r"--?[a-z][a-z-]*[a-z]", tok) and rng.random() < 0.08:
        return tok
    units = speak_token(tok, "natural", rng)
    if decode(" ".join(clean_words(units))) != tok:
        units = [Unit(u.kind, list(u.words), u.text, u.info) for u in clean_token(tok)]
    drift_symbols(units, "natural", rng, quote_state)
    text = w_token(units, rng, "natural")
    if tok in ("-", "--", ".", ".."):
        text += ","  # she pauses after a bare dash so it is not glued on
    return text


def tidy(text):
    """Whisper never writes ",," or ":," and never opens with a comma."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ,", ",", text)
    text = re.sub(r"([,.:;!?]),", r"\1", text)
    return text.lstrip(", ")


def frame(body, rng):
    text = body
    if rng.random() < 0.9:
        text = rng.choice(OPENERS) + " " + text
    text = finish(tidy(text), rng, 0.0)
    if rng.random() < 0.5:
        text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.5 and not text.endswith("."):
        text += "."
    return text


def with_fillers(pieces, rng, p, skip=()):
    out = []
    used = 0
    for k, piece in enumerate(pieces):
        if 0 < k and k not in skip and used < 2 and rng.random() < p:
            out.append(rng.choice(FILLERS))
            used += 1
        out.append(piece)
    return out


def quoted_tokens(toks):
    """Indices of tokens that continue an open quote (no filler before them)."""
    inside = set()
    open_q = None
    for k, tok in enumerate(toks):
        if open_q:
            inside.add(k)
        for ch in tok:
            if ch in "'\"":
                open_q = None if open_q == ch else (open_q or ch)
    return inside


def make_natural(cmd, rng):
    pieces = natural_tokens(cmd, rng)
    pieces = with_fillers(pieces, rng, 0.12, quoted_tokens(cmd.split(" ")))
    return frame(" ".join(pieces), rng)


# --- chaotic ---------------------------------------------------------------

SWAP_WORDS = ["main", "demo", "test", "data", "alpha", "backup", "notes",
              "config", "report", "app", "docs", "output", "input", "logs"]
LONG_FLAGS = ["--force", "--verbose", "--all", "--output", "--help",
              "--dry-run", "--quiet", "--recursive", "--debug"]
WORD_FIX = ["nee wag,", "no sorry,", "ag, I mean", "no no,", "sorry, I mean",
            "nee,"]
FLAG_FIX = ["no wait, wrong flag, make it", "nee, not that one,",
            "ag, wrong flag,", "sorry, that flag should be"]
RESTART = ["Ag nee, scratch that. From the top:", "Wait wait, let me start again.",
           "No man, start over:", "Sorry, lost my train of thought. Again:",
           "Eish, no. Again, properly:"]
TRAIL = ["... what's it now...", "... hang on...", "... um, ja,",
         "... where was I... ja,"]
ASIDES = ["hang on, Slack's going mad. Okay,", "this is for staging,",
          "Thabo, two secs. Okay,", "before Eskom takes the power again,",
          "sorry, stand-up's in five. So,", "don't ask. Anyway,",
          "ja, the one from this morning,", "one sec... okay,"]


SYM_SWAP = {">": ">>", ">>": ">", "|": ">", "-": "--", "--": "-",
            "&&": "||", "||": "&&"}


def mutate(tok, rng):
    """A plausible wrong version of tok (different from it)."""
    if tok in SYM_SWAP:
        return SYM_SWAP[tok]
    cands = []
    if re.fullmatch(r"-[A-Za-z]", tok):
        letters = [c for c in "abcdefhlmnoprstuvx" if c != tok[1]]
        cands.append("-" + rng.choice(letters))
    if re.fullmatch(r"--[a-z][a-z-]+", tok):
        cands.append(rng.choice([f for f in LONG_FLAGS if f != tok]))
    m = re.search(r"[0-9]+", tok)
    if m:
        v = int(m.group(0))
        nv = str(v + rng.choice([1, 2, 10]))
        cands.append(tok[:m.start()] + nv + tok[m.end():])
    words = [m for m in re.finditer(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok)]
    if words:
        m = rng.choice(words)
        rep = rng.choice([w for w in SWAP_WORDS if w != m.group(0)])
        cands.append(tok[:m.start()] + rep + tok[m.end():])
    if not cands:
        cands.append(tok + rng.choice(["s", "x", "1"]) if tok[-1:].isalnum() else "main")
    res = rng.choice(cands)
    return res if res != tok else tok + "2"


def say_tok(tok, rng, qs):
    return natural_token(tok, rng, qs, "chaotic")


def make_chaotic(cmd, rng):
    toks = cmd.split(" ")
    n = len(toks)
    kinds = ["word", "flag", "restart", "trail", "stutter", "aside", "repeat"]
    want = 1 if rng.random() < 0.5 else 2
    chosen = []
    while len(chosen) < want:
        k = rng.choice(kinds)
        if k == "flag" and not any(t.startswith("-") and len(t) > 1 for t in toks):
            k = "word"
        if k in ("restart", "repeat") and n < 2:
            k = "word"
        if k not in chosen:
            chosen.append(k)
    qs = [0]
    pieces = []
    if "restart" in chosen:
        cut = rng.randint(1, min(3, n - 1))
        head = []
        wrong_at = rng.randrange(cut) if rng.random() < 0.6 else None
        for k in range(cut):
            t = toks[k]
            head.append(say_tok(mutate(t, rng) if k == wrong_at else t, rng, [0]))
        pieces.append(" ".join(head) + "...")
        pieces.append(rng.choice(RESTART))
    no_fill = {len(pieces) - 1, len(pieces)} if pieces else set()
    no_fill |= {len(pieces) + k for k in quoted_tokens(toks)}
    # pick positions for the per-token troubles
    flag_idx = [k for k, t in enumerate(toks) if t.startswith("-") and len(t) > 1]
    targets = {}
    for kind in chosen:
        if kind == "restart":
            continue
        if kind == "flag":
            targets.setdefault(rng.choice(flag_idx), "flag")
        elif kind == "repeat":
            targets.setdefault(0, "repeat")
        elif kind == "aside":
            if n > 1:
                targets.setdefault(rng.randrange(1, n), "aside")
            else:
                targets.setdefault(0, "aside0")
        elif kind == "stutter":
            wi = [k for k, t in enumerate(toks) if re.match(r"[a-z]{4,}", t)]
            targets.setdefault(rng.choice(wi) if wi else 0, "stutter" if wi else "word")
        else:
            alnum = [k for k, t in enumerate(toks) if re.search(r"[A-Za-z0-9]", t)]
            targets.setdefault(rng.choice(alnum or list(range(n))), kind)
    if not targets and "restart" not in chosen:
        targets[0] = "word"
    for k, tok in enumerate(toks):
        kind = targets.get(k)
        right = say_tok(tok, rng, qs)
        if kind == "word" or kind == "flag":
            wrong = say_tok(mutate(tok, rng), rng, [0])
            if kind == "flag" and tok.startswith("-"):
                pieces.append(wrong + ", " + rng.choice(FLAG_FIX) + " " + right)
            else:
                pieces.append(wrong + ", " + rng.choice(WORD_FIX) + " " + right)
        elif kind == "trail":
            words = right.split(" ")
            cut = max(1, len(words) // 2)
            if len(words) > 1:
                pieces.append(" ".join(words[:cut]) + rng.choice(TRAIL) + " " + right)
            else:
                pieces.append(", " + rng.choice(ASIDES) + " " + right)
        elif kind == "stutter":
            first = right.split(" ")[0]
            if re.fullmatch(r"[A-Za-z]{4,}", first):
                cut = rng.randint(2, min(4, len(first) - 1))
                pieces.append(first[:cut] + "- " + right)
            else:
                pieces.append(", " + rng.choice(ASIDES) + " " + right)
        elif kind == "repeat":
            first = right.split(" ")[0]
            pieces.append(first + rng.choice([", ", "... ", " ", ", uh, "]) + right)
        elif kind == "aside":
            pieces.append(", " + rng.choice(ASIDES) + " " + right)
        elif kind == "aside0":
            pieces.append(right + ", " + rng.choice(ASIDES).rstrip(",. ").split(".")[0])
        else:
            pieces.append(right)
    pieces = with_fillers(pieces, rng, 0.1, no_fill)
    return frame(" ".join(pieces), rng)


# ----------------------------------------------------------------------------
# Selection and output
# ----------------------------------------------------------------------------

def dictatable(cmd):
    if not cmd or cmd != cmd.strip() or "  " in cmd or "\t" in cmd:
        return False
    if len(cmd) > 64 or not all(32 <= ord(c) < 127 for c in cmd):
        return False
    try:
        spoken = clean_line(cmd)
    except (ValueError, KeyError, AssertionError):
        return False
    return len(spoken.split()) <= 48 and decode(spoken) == cmd


def pick(rng):
    pool = []
    seen = set()
    with open(SRC, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3:
                continue
            cmd = json.loads(line)["command"]
            if cmd in seen:
                continue
            seen.add(cmd)
            if dictatable(cmd):
                pool.append(cmd)
    rng.shuffle(pool)
    per_first = {}
    chosen = []
    for cmd in pool:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    return chosen


def main():
    rng = random.Random(94)
    cmds = pick(rng)
    rows = []
    makers = {"clean": lambda c, r: clean_line(c), "fuzzy": make_fuzzy,
              "natural": make_natural, "chaotic": make_chaotic}
    for s, name in enumerate(SLICES):
        for cmd in cmds[s * PER_SLICE:(s + 1) * PER_SLICE]:
            text = makers[name](cmd, rng)
            if name == "clean":
                assert decode(text) == cmd, (text, cmd)
                assert text == text.lower() and re.fullmatch(r"[a-z ]+", text), text
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))  # noqa: UP031


if __name__ == "__main__":
    main()
