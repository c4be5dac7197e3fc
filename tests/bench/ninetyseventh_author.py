#!/usr/bin/env python3
r"""author97: a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author97.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <the exact command>,
 "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author97"},
100 lines per slice, in that order.  Standard library only; one
random.Random(97) is consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, through assets/training/bash/pages_dev56_commands.jsonl.
Only 0-based pool lines n with n % 3 == 0 are used, for all four slices.
A command is skipped when it cannot sensibly be dictated: non-ASCII, a tab,
a double space, more than 64 characters, or more than 48 spoken tokens (the
word count of its clean rendering below).  The allowed commands are shuffled
with the seeded generator and taken in that order, at most two per first word,
400 distinct commands; the first 100 go to clean, then fuzzy, natural, chaotic.

STYLE GUIDE
===========

The speaker
-----------
Bartek Nowicki, 41, Kraków.  Embedded-Linux BSP engineer: Yocto and Buildroot
images, device trees, U-Boot, arm cross toolchains, serial consoles.  He
dictates because a long board bring-up left him with a sore wrist; the laptop
sits next to the board, so half his asides are about the target.  Polish
first, English for everything technical.  Terse and exact: when he is careful
he says nothing but the command, in the same words every time.  When he is
not careful, Polish leaks in:

  fillers      "yyy", "eee", "uh", "jakby" (like), "wiesz" (you know),
               "w sumie" (basically), and "no", which is Polish for
               "well / yeah" and is NEVER a correction
  openers      "Dobra," (okay), "No dobra,", "No więc," (well so),
               "Dobra, teraz" (okay, now), "Dobra, next:", "Okay, so",
               "Right,", "So,", "Command:", "Next one:", "On the board:",
               "On the target:", "Yyy, okay,"
  sign-offs    "I tyle." / "No i tyle." (and that's it), "Dzięki.",
               "Done.", "That's it.", "That's all."
  corrections  "znaczy" (I mean), "znaczy nie", "nie" / "nie nie" (no),
               "nie, czekaj" (no, wait), "nie, źle" (no, wrong),
               "poprawka:" (correction), and the English "sorry"
  restarts     "nie, od nowa" (no, from scratch), "czekaj, jeszcze raz od
               początku" (wait, once more from the start), "źle. Od nowa:",
               "kurczę, od nowa" (darn, from scratch)
  continuing   "dalej" (go on) after a pause: "... yyy, dalej: minus o ..."
  asides       the Yocto image, the dev kit, the scope beeping, the board
               rebooting, the toolchain still building, Marek (a colleague),
               coffee.  Asides never contain symbol, number or casing words.

The spoken protocol as Bartek uses it (the clean slice)
-------------------------------------------------------
A clean line is a careful transcript: lower case, no punctuation, nothing but
the command.  decode() below is the listener for exactly this protocol and
the script asserts decode(input) == command for every clean line.

1. Spaces.  "space" is said for every space in the command and nowhere else.
   Everything said between two "space"s is glued together, so a word may be
   said in pieces ("r torrent" = rtorrent, "k write" = kwrite).

2. Symbols.  One name per symbol, always the same:
     -   "minus" when it opens a word (flags, a lone dash; "--" at the start
         of a word is "minus minus"); "dash" inside a word
         ("virt dash viewer"; an inner "--" is "dash dash")
     .  dot        /  slash       \  backslash     |  pipe ("pipe pipe" = ||)
     *  star       !  bang        #  hash          ~  tilde
     @  at         $  dollar      %  percent       ^  caret
     &  ampersand, but a stand-alone && is "and and"
     =  equals     +  plus        :  colon         ;  semicolon
     _  underscore ,  comma       "  quote         '  single quote
     `  backtick   ?  question mark
     ( )  open paren / close paren      { }  open brace / close brace
     [ ]  open bracket / close bracket  <    less than
     >   "redirect" when it starts a word or follows only digits
         ("redirect", "two redirect ampersand one" = 2>&1),
         "greater than" anywhere else
     >>  "append"
   ".." is simply "dot dot", "||" "pipe pipe", ";;" "semicolon semicolon".

3. Numbers.  A digit run is said as:
     one digit                   the digit word ("zero", never "oh")
     two digits                  a compound ("ten", "eleven", "forty two")
     three digits                "N hundred" when a multiple of 100,
                                 otherwise digit by digit ("four four three")
     four digits                 "N thousand" when a multiple of 1000; two
                                 pairs when the third digit is not zero
                                 ("eighty eighty", "ten twenty four",
                                 "forty three twenty one"); otherwise digit
                                 by digit ("one four zero zero")
     five digits, x000           "sixty five thousand", "ten thousand"
     leading zero, six or more
     digits, or after "0x"       digit by digit ("zero x one two three four
                                 a b c d")
   IP addresses and versions are numbers and dots ("one nine two dot one six
   eight dot one dot ten", "one dot zero").  The listener's rule: a tens word
   followed by a digit word one..nine is one number; "hundred" / "thousand"
   multiply the number just before; otherwise each number word appends its
   digits.

4. Letters.  A run of letters is said as a word when Bartek can pronounce it:
   his short words (cat, git, dev, bin, lib, log, pub, foo, bob, json, yaml,
   sync, ...), or a run of four or more letters that starts with a single
   consonant or a common English onset (bl, br, ch, st, str, ...) and, when
   five letters or fewer, ends in a common coda.  Everything else is spelled
   one letter at a time and the transcript writes single letters: "l s",
   "e n v", "s r c", "t m p", "p d f", "j p g", "s s h", "u a r t".  A long
   tool name with an unpronounceable front is spelled up to the pronounceable
   rest: "z pool", "k write", "p p m fade", "c pufreq".  Netpbm
   converters are "<format> to <format>": "p n m to palm", "pam to p n g".

5. Casing.  Everything is lower case unless said otherwise:
     "capital x"          X (one letter)
     "capital server"     Server (a word with its first letter raised)
     "all caps label"     LABEL (a pronounceable upper-case run)
     an unpronounceable upper-case run is "capital" per letter:
                          "capital a capital b capital i" = ABI
     "camel case foo bar" fooBar      "pascal case foo bar" FooBar
     "snake case foo bar" foo_bar     "screaming case foo bar" FOO_BAR
     "kebab case no fail fast" no-fail-fast
   A case run takes every following plain word up to the next protocol word
   (space, a symbol, a number, ...).  Bartek uses camel / pascal only when
   every hump is a pronounceable word, snake / screaming for two or more such
   words joined by "_", and kebab only for three or more lower-case words
   joined by "-" (two-part names keep "dash": "no dash createdb").  Mixed
   identifiers are said piece by piece: "capital v capital box capital
   manage" = VBoxManage, "capital dump capital n capital t capital l capital
   m capital info" = DumpNTLMInfo.

6. Literal words that collide.  A word of the command that is itself a
   protocol word (a symbol name or synonym: minus, dash, hyphen, dot, period,
   point, slash, forward, pipe, star, asterisk, at, and, sign, ...; a number
   word; space, literal, capital, all, caps, case, camel, snake, kebab,
   pascal, screaming, open, close, less, greater, than, single, question,
   mark, paren, brace, bracket, curly, angle, double) is said
   "literal <word>": "minus minus literal all" = --all, "mount underscore
   literal point" = mount_point, "if equals slash dev slash literal zero".
   After "capital" / "all caps" the same escape follows the casing word.

Natural-speech habits (natural and chaotic slices)
--------------------------------------------------
No "space": word boundaries come from pauses, which Whisper writes as commas
or, now and then, a full stop.  Bartek still says "minus" for a leading dash
(a Polish habit) but mixes in "dash", "hyphen", "double dash", "period",
"point", "forward slash", "at sign", "equals sign", "greater than" for a
redirect.  He opens with one of his openers most of the time, signs off
sometimes, and drops fillers between command words.  He usually drops
"literal" in front of non-symbol collisions ("minus minus all") but keeps it
in front of symbol and number names.  Kebab runs he mostly says with "dash"
between the words, snake runs often with "underscore".  Letters, digits and
casing words are his clean habits; Whisper turns digits into numerals.

Chaotic adds trouble on top, and a careful listener can still rebuild the
command exactly.  Every chaotic line has one main repair:
  word scope   a wrong word, number or letter group, a correction word
               ("znaczy", "nie", "znaczy nie", "sorry"), then the right one;
               sometimes he re-says the symbol before it ("slash build, nie,
               slash backup"): the repair replaces just that piece.
  flag scope   a wrong flag, "nie nie" / "nie, czekaj" / "poprawka:" /
               "nie, źle", then the whole right flag.
  whole        one to three words (sometimes with a slip), "...", a restart
               phrase ("nie, od nowa", "czekaj, jeszcze raz od początku",
               "źle. Od nowa:", "kurczę, od nowa"), then the full command;
               everything before the restart phrase is dropped.
and may add a stutter ("cat... catimg", "pro... prowler"), an aside (a clause
between commas or a sentence of its own), a "dalej" after a pause, fillers.

Whisper's habits (fuzzy, natural, chaotic)
------------------------------------------
Sentence case for the first word and after a full stop, an optional final
full stop, commas at pauses ("space, " / ", space"), numerals ("443", "8080",
"80 80", "3,000", "1 2 7"), spelled letters in capitals ("L S", "LS",
"L-S"), letter homophones (see, you, are, why, I, be, tea, queue, jay, kay,
ex, pee, gee), "to" / "for" for a lone 2 / 4, symbol homophones ("tilda",
"carrot", "kebap case"), split and glued forms ("semi colon", "under score",
"back slash", "back tick", "minus-minus", "all-caps", "camelCase",
"PascalCase", "snake_case", "kebab-case", "single-quote"), file names and
addresses written glued ("model.obj", "192.168.1.10", "github.com"),
capitalised names (Git, Python, Alpha, README).  In fuzzy only (where "space"
marks the real boundaries) Whisper also splits compounds ("up load",
"back up", "local host").  Capital letters in Whisper's text mean nothing;
only the spoken "capital", "all caps" and case words set case.

The four slices
---------------
clean    the protocol above, as a careful transcript; decode() round-trips.
fuzzy    the same protocol words ("space" and all) as Whisper writes them,
         with Bartek's looser symbol synonyms; no framing, no fillers.
natural  natural style: opener, maybe a sign-off, fillers, loose symbol
         names, Whisper's sentences and numerals, no "space".
chaotic  natural plus one repair (word, flag or whole-command scope) and
         possibly stutters, asides, "dalej" continuations.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev56_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author97.jsonl")
AUTHOR = "author97"
SEED = 97
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_CHARS = 64
MAX_TOKENS = 48

# ---------------------------------------------------------------------------
# Protocol vocabulary (the clean listener and the clean speaker share it)
# ---------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty",
              6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
DIGIT_VALUE = {w: i for i, w in enumerate(DIGIT_WORDS)}
TEEN_VALUE = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TENS_VALUE = {w: 10 * k for k, w in TENS_WORDS.items()}
NUMBER_WORDS = (set(DIGIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS.values())
                | {"hundred", "thousand"})

# one-word symbol names this speaker uses in clean dictation
SYMBOL_ONE = {
    "minus": "-", "dash": "-", "dot": ".", "slash": "/", "backslash": "\\",
    "pipe": "|", "star": "*", "bang": "!", "hash": "#", "tilde": "~",
    "at": "@", "dollar": "$", "percent": "%", "caret": "^",
    "ampersand": "&", "equals": "=", "plus": "+", "colon": ":",
    "semicolon": ";", "underscore": "_", "comma": ",", "quote": '"',
    "backtick": "`", "redirect": ">", "append": ">>",
}
# two-word symbol names
SYMBOL_TWO = {
    ("single", "quote"): "'", ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("less", "than"): "<", ("greater", "than"): ">",
    ("and", "and"): "&&",
}
CASE_STYLES = ("camel", "pascal", "snake", "kebab", "screaming")

# Every word that means something to a listener who knows the protocol facts.
# A literal word of the command that is one of these is said "literal <word>".
RESERVED = (set(SYMBOL_ONE) | {w for pair in SYMBOL_TWO for w in pair}
            | NUMBER_WORDS | set(CASE_STYLES)
            | {"space", "literal", "capital", "all", "caps", "case",
               "hyphen", "period", "point", "forward", "asterisk", "sign",
               "double", "curly", "angle", "paren", "brace", "bracket"})

# ---------------------------------------------------------------------------
# When a run of letters is said as a word and when it is spelled
# ---------------------------------------------------------------------------

# short words this speaker says as words (everything else up to three
# letters is spelled letter by letter)
SAYABLE = set("""
go up on in do if no is it me my of or so we by
cat git run add new set get log key foo bar baz app dir man tar zip pip top
yes cut sed awk vim box ram map max min end out off fix raw bus net web tag
pod job doc sum pin dev bin lib var opt all zed dep pub hub fog big hot now bob
red low job use row sub who why how put pop dry via day pam gif json
yaml toml sync
""".split())
# pronounceable-looking letter groups that people nevertheless spell
SPELL_ALWAYS = set("uart usb ini io ip api url uri ui os id ide avr ecu aws "
                   "env tmp src etc usr obj img txt ssh".split())
ONSETS2 = set("bl br ch cl cr dr fl fr gl gr kl kn kr pl pr ph sc sh sk sl sm "
              "sn sp st sw th tr tw wh wr sq gn".split())
ONSETS3 = set("str spr scr spl squ thr chr sch shr".split())


def _first_vowel(a):
    for k, c in enumerate(a):
        if c in "aeiou" or (c == "y" and k > 0):
            return k
    return -1


CODAS = set("st nt nd ng nk rt rd rk rm rn rs ts ds ps ks ls ms ns ck ch sh th "
            "ll ss ff lt ld lk lp mp ft pt ct xt sk sp rl rb rp rc wn ws gs bs "
            "lf rf rg rv zz tt pp mm nn dd gg bb cs lm lb nc ph nx rch nch tch pth nth rst "
            "nts nds cks sts rld rth lth dth ght ngs nks mps lps rps".split())
# netpbm-style converter names ("pnmtopalm") are said "<format> to <format>"
NETPBM = ("pbm", "pgm", "ppm", "pnm", "pam")


def sayable(a):
    """True when this speaker pronounces the lower-case letter run as a word."""
    if a in SAYABLE:
        return True
    if a in SPELL_ALWAYS or len(a) <= 3 or re.search(r"(.)\1\1", a):
        return False
    k = _first_vowel(a)
    if k < 0:
        return False
    onset = a[:k]
    if not (len(onset) <= 1 or onset in ONSETS2 or onset in ONSETS3):
        return False
    if len(a) <= 5:
        coda = re.search(r"[^aeiouy]*$", a).group(0)
        if len(coda) >= 2 and coda not in CODAS:
            return False
    return True


def lower_units(a):
    """Units for a lower-case letter run (neighbouring spelled runs merged)."""
    merged = []
    for u in _lower_units(a):
        if merged and u[0] == "spell" and merged[-1][0] == "spell":
            merged[-1] = ("spell", merged[-1][1] + u[1])
        else:
            merged.append(u)
    return merged


def _lower_units(a):
    m = re.fullmatch(r"([a-z]{2,}?)to([a-z]{2,})", a)
    if m and (m.group(1) in NETPBM or m.group(2) in NETPBM):
        return lower_units(m.group(1)) + [("word", "to")] + lower_units(m.group(2))
    if sayable(a):
        return [("lit", a)] if a in RESERVED else [("word", a)]
    k = _first_vowel(a)
    if len(a) >= 4 and k >= 2:
        # unsayable consonant cluster in front ("zpool", "kwrite", "ppmfade"):
        # spell the letters before the longest onset the rest can start with
        cluster = a[:k]
        split = k - 1
        for size in (3, 2):
            if size < len(cluster) and (cluster[-size:] in ONSETS2
                                        or cluster[-size:] in ONSETS3):
                split = k - size
                break
        return [("spell", a[:split])] + lower_units(a[split:])
    return [("spell", a)]


def upper_units(a):
    low = a.lower()
    if len(a) == 1:
        return [("cap", low)]
    if sayable(low):
        return [("caps", low)]
    return [("cap", c) for c in low]


def plain_piece(p):
    return sayable(p) and p not in RESERVED


def alpha_units(a):
    if a.islower():
        return lower_units(a)
    if re.fullmatch(r"[a-z]{2,}(?:[A-Z][a-z]+)+", a):
        parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", a)]
        if all(plain_piece(p) for p in parts):
            return [("case", "camel", parts)]
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", a):
        parts = [p.lower() for p in re.findall(r"[A-Z][a-z]+", a)]
        if all(plain_piece(p) for p in parts):
            return [("case", "pascal", parts)]
    if a.isupper():
        return upper_units(a)
    segs = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", a)
    assert "".join(segs) == a, a
    units = []
    for s in segs:
        if s.islower():
            units += lower_units(s)
        elif s.isupper():
            units += upper_units(s)
        else:
            low = s.lower()
            if sayable(low):
                units.append(("cap", low))
            else:
                units.append(("cap", low[0]))
                units += lower_units(low[1:])
    return units


def try_chain(pieces, i):
    """kebab-, snake- or screaming-case run starting at pieces[i]."""
    for sep in ("-", "_"):
        j = i
        parts = [pieces[i]]
        while (j + 2 < len(pieces) and pieces[j + 1] == sep
               and pieces[j + 2].isalpha()):
            parts.append(pieces[j + 2])
            j += 2
        if len(parts) < 2:
            continue
        if sep == "-" and len(parts) >= 3 and all(
                p.islower() and plain_piece(p) for p in parts):
            return ("case", "kebab", parts), j + 1
        if sep == "_" and all(p.islower() and plain_piece(p) for p in parts):
            return ("case", "snake", parts), j + 1
        if sep == "_" and all(p.isupper() and len(p) > 1 and plain_piece(p.lower())
                              for p in parts):
            return ("case", "screaming", [p.lower() for p in parts]), j + 1
    return None


def encode_word(word):
    """Split one space-free command word into spoken units."""
    pieces = re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", word)
    units = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        lead = all(q == "-" for q in pieces[:i])
        if p.isalpha():
            chain = try_chain(pieces, i)
            if chain:
                units.append(chain[0])
                i = chain[1]
            else:
                units += alpha_units(p)
                i += 1
            continue
        if p.isdigit():
            # hex literal: after "0x" every digit is said on its own
            hexy = i >= 2 and pieces[i - 2] == "0" and pieces[i - 1].startswith("x")
            units.append(("num", p, "hex") if hexy else ("num", p))
            i += 1
            continue
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if p == "-" and nxt == "-":
            units.append(("sym", "--", "lead" if lead else "inner"))
            i += 2
            continue
        if p == "-":
            units.append(("sym", "-", "lead" if lead else "inner"))
        elif p == ">" and nxt == ">":
            units.append(("sym", ">>", "append"))
            i += 2
            continue
        elif p == ">":
            redir = all(q.isdigit() for q in pieces[:i])
            units.append(("sym", ">", "redir" if redir else "gt"))
        elif p == "&" and word == "&&":
            units.append(("sym", "&&", "andand"))
            i += 2
            continue
        elif p == ".":
            prev = pieces[i - 1] if i else ""
            numdot = prev.isdigit() and (nxt or "").isdigit()
            units.append(("sym", ".", "numdot" if numdot else "dot"))
        else:
            units.append(("sym", p, ""))
        i += 1
    return units


def encode(command):
    return [encode_word(w) for w in command.split(" ")]


# ---------------------------------------------------------------------------
# Clean rendering: protocol words, lower case, "space" between command words
# ---------------------------------------------------------------------------

CLEAN_SYM = {v: k for k, v in SYMBOL_ONE.items() if k not in ("dash", "minus")}
CLEAN_SYM.update({v: " ".join(k) for k, v in SYMBOL_TWO.items()
                  if k not in (("greater", "than"), ("and", "and"))})


def number_words(d, hexy=False):
    """How this speaker says a run of digits."""
    n = int(d)
    def say(k):
        return (DIGIT_WORDS[k] if k < 10 else TEEN_WORDS[k - 10] if k < 20
                else TENS_WORDS[k // 10] + ("" if k % 10 == 0 else " " + DIGIT_WORDS[k % 10]))
    digits = " ".join(DIGIT_WORDS[int(c)] for c in d)
    if len(d) == 1 or hexy or d[0] == "0":
        return digits.split()
    if len(d) == 2:
        return say(n).split()
    if len(d) == 3 and n % 100 == 0:
        return [DIGIT_WORDS[n // 100], "hundred"]
    if len(d) in (4, 5) and n % 1000 == 0:
        return say(n // 1000).split() + ["thousand"]
    if len(d) == 4 and d[2] != "0":
        return say(int(d[:2])).split() + say(int(d[2:])).split()
    return digits.split()


def number_kind(d, hexy=False):
    w = number_words(d, hexy)
    if "hundred" in w or "thousand" in w:
        return "round"
    if len(d) == 4 and len(w) < 4:
        return "pair"
    if len(d) == 2 and d[0] != "0":
        return "compound"
    return "digits"


def clean_unit(u):
    kind = u[0]
    if kind == "sym":
        text, role = u[1], u[2]
        if text == "-":
            return ["minus"] if role == "lead" else ["dash"]
        if text == "--":
            return ["minus", "minus"] if role == "lead" else ["dash", "dash"]
        if text == ">":
            return ["redirect"] if role == "redir" else ["greater", "than"]
        if text == ">>":
            return ["append"]
        if text == "&&":
            return ["and", "and"]
        return CLEAN_SYM[text].split()
    if kind == "num":
        return number_words(u[1], len(u) > 2)
    if kind == "spell":
        return list(u[1])
    if kind == "word":
        return [u[1]]
    if kind == "lit":
        return ["literal", u[1]]
    if kind == "cap":
        return ["capital"] + (["literal"] if u[1] in RESERVED else []) + [u[1]]
    if kind == "caps":
        return ["all", "caps"] + (["literal"] if u[1] in RESERVED else []) + [u[1]]
    if kind == "case":
        return [u[1], "case"] + list(u[2])
    raise ValueError(u)


def clean_words(command):
    out = []
    for k, units in enumerate(encode(command)):
        if k:
            out.append("space")
        for u in units:
            out += clean_unit(u)
    return out


def clean_line(command):
    return " ".join(clean_words(command))


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

def _parse_number(w, i):
    out = []
    while i < len(w) and w[i] in NUMBER_WORDS:
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t in DIGIT_VALUE:
            v = DIGIT_VALUE[t]
            i += 1
            if nxt == "hundred":
                v *= 100
                i += 1
            elif nxt == "thousand":
                v *= 1000
                i += 1
            out.append(str(v))
        elif t in TEEN_VALUE or t in TENS_VALUE:
            v = TEEN_VALUE.get(t) or TENS_VALUE[t]
            i += 1
            if t in TENS_VALUE and nxt in DIGIT_VALUE and DIGIT_VALUE[nxt] > 0:
                v += DIGIT_VALUE[nxt]
                i += 1
            if i < len(w) and w[i] == "thousand":
                v *= 1000
                i += 1
            out.append(str(v))
        else:
            raise ValueError(f"stray {t!r}")
    return "".join(out), i


def decode(text):
    """Rebuild the command from a clean-slice utterance."""
    w = text.split()
    out = []
    i = 0
    while i < len(w):
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t == "space":
            out.append(" ")
            i += 1
        elif t == "literal":
            out.append(nxt)
            i += 2
        elif (t, nxt) in SYMBOL_TWO:
            out.append(SYMBOL_TWO[(t, nxt)])
            i += 2
        elif t in SYMBOL_ONE:
            out.append(SYMBOL_ONE[t])
            i += 1
        elif t in NUMBER_WORDS:
            s, i = _parse_number(w, i)
            out.append(s)
        elif t == "capital" or (t, nxt) == ("all", "caps"):
            j = i + 1 if t == "capital" else i + 2
            if w[j] == "literal":
                j += 1
            out.append(w[j][0].upper() + w[j][1:] if t == "capital" else w[j].upper())
            i = j + 1
        elif t in CASE_STYLES and nxt == "case":
            j = i + 2
            parts = []
            while j < len(w) and w[j] not in RESERVED:
                parts.append(w[j])
                j += 1
            if t == "camel":
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            elif t == "pascal":
                out.append("".join(p.capitalize() for p in parts))
            elif t == "snake":
                out.append("_".join(parts))
            elif t == "kebab":
                out.append("-".join(parts))
            else:
                out.append("_".join(p.upper() for p in parts))
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper's renderings (fuzzy, natural, chaotic)
# ---------------------------------------------------------------------------

def pick(rng, table):
    """Weighted choice from [(value, weight), ...]."""
    total = sum(w for _, w in table)
    r = rng.random() * total
    for value, weight in table:
        r -= weight
        if r < 0:
            return value
    return table[-1][0]


SYM_VARIANTS = {
    ("-", "lead"): [("minus", 6), ("dash", 2), ("hyphen", 1)],
    ("-", "inner"): [("dash", 5), ("hyphen", 3), ("minus", 1)],
    ("--", "lead"): [("minus minus", 5), ("double dash", 3), ("dash dash", 2),
                     ("minus-minus", 1)],
    ("--", "inner"): [("dash dash", 3), ("double dash", 1)],
    (".", "dot"): [("dot", 6), ("period", 2), ("point", 1)],
    (".", "numdot"): [("dot", 4), ("point", 3)],
    ("/", ""): [("slash", 6), ("forward slash", 3)],
    ("\\", ""): [("backslash", 3), ("back slash", 2)],
    ("~", ""): [("tilde", 5), ("tilda", 3)],
    ("*", ""): [("star", 5), ("asterisk", 3)],
    ("|", ""): [("pipe", 1)],
    (">", "redir"): [("redirect", 5), ("greater than", 2)],
    (">", "gt"): [("greater than", 5), ("greater-than", 1)],
    (">>", "append"): [("append", 5), ("double greater than", 1)],
    ("<", ""): [("less than", 4), ("less-than", 1)],
    ("=", ""): [("equals", 6), ("equals sign", 2), ("equal", 1)],
    ("@", ""): [("at", 5), ("at sign", 3)],
    ("$", ""): [("dollar", 5), ("dollar sign", 3)],
    ("%", ""): [("percent", 4), ("percent sign", 1)],
    ("^", ""): [("caret", 3), ("carrot", 2)],
    ("&", ""): [("ampersand", 1)],
    ("&&", "andand"): [("and and", 4), ("ampersand ampersand", 1)],
    ("#", ""): [("hash", 5), ("hash sign", 1)],
    ("!", ""): [("bang", 1)],
    ("+", ""): [("plus", 1)],
    (":", ""): [("colon", 1)],
    (";", ""): [("semicolon", 4), ("semi colon", 2), ("semi-colon", 1)],
    ("_", ""): [("underscore", 6), ("under score", 1)],
    (",", ""): [("comma", 1)],
    ('"', ""): [("quote", 1)],
    ("'", ""): [("single quote", 4), ("single-quote", 1)],
    ("`", ""): [("backtick", 3), ("back tick", 2)],
    ("?", ""): [("question mark", 1)],
    ("(", ""): [("open paren", 4), ("open parenthesis", 1)],
    (")", ""): [("close paren", 4), ("close parenthesis", 1)],
    ("{", ""): [("open brace", 4), ("open curly brace", 2), ("open curly", 1)],
    ("}", ""): [("close brace", 4), ("close curly brace", 2), ("close curly", 1)],
    ("[", ""): [("open bracket", 4), ("open square bracket", 1)],
    ("]", ""): [("close bracket", 4), ("close square bracket", 1)],
}

LETTER_HOMOPHONES = {"c": "see", "u": "you", "r": "are", "y": "why", "i": "I",
                     "b": "be", "t": "tea", "q": "queue", "j": "jay",
                     "k": "kay", "x": "ex", "p": "pee", "g": "gee"}

# compounds Whisper tends to write as two words
COMPOUNDS = {"localhost": "local host", "filename": "file name",
             "database": "data base", "backup": "back up",
             "username": "user name", "password": "pass word",
             "workspace": "work space", "timeout": "time out",
             "namespace": "name space", "download": "down load",
             "upload": "up load", "readme": "read me",
             "changeme": "change me", "keyboard": "key board",
             "checkupdates": "check updates", "mailbox": "mail box",
             "hostname": "host name", "wordlist": "word list",
             "nodemon": "node mon", "whoami": "who am i",
             "uptime": "up time", "subtitles": "sub titles",
             "screenshot": "screen shot", "framebuffer": "frame buffer"}

# words Whisper likes to capitalise
PROPER = {"git": "Git", "docker": "Docker", "python": "Python",
          "linux": "Linux", "github": "GitHub", "json": "JSON",
          "yaml": "YAML", "nginx": "Nginx", "ubuntu": "Ubuntu",
          "java": "Java", "node": "Node", "ansible": "Ansible",
          "azure": "Azure", "inkscape": "Inkscape", "vim": "Vim",
          "bash": "Bash", "redis": "Redis", "postgres": "Postgres",
          "android": "Android", "firefox": "Firefox", "rust": "Rust",
          "cargo": "Cargo", "kotlin": "Kotlin", "debian": "Debian",
          "google": "Google", "chrome": "Chrome", "windows": "Windows",
          "readme": "README", "todo": "TODO", "admin": "Admin",
          "alpha": "Alpha", "latex": "LaTeX", "emacs": "Emacs"}


def w_number(d, mode, rng, hexy=False):
    words = number_words(d, hexy)
    kind = number_kind(d, hexy)
    r = rng.random()
    if len(d) == 1:
        if d in "24" and r < 0.12:
            return {"2": "to", "4": "for"}[d]
        if mode == "fuzzy":
            return d if r < 0.55 else words[0]
        return d if r < 0.75 else words[0]
    if kind == "compound":
        return d if r < 0.8 else " ".join(words)
    if kind == "pair":
        if r < 0.55:
            return d
        if r < 0.8:
            return d[:2] + " " + d[2:]
        return " ".join(words)
    if kind == "round":
        if r < 0.45:
            return d
        if r < 0.7 and len(d) >= 4:
            return f"{int(d):,}"
        return " ".join(words)
    # digit by digit
    if mode == "fuzzy" and r < 0.15 and len(d) <= 4:
        return " ".join(d)
    if r < 0.75:
        return d
    return " ".join(words)


def w_letters(s, rng):
    if len(s) == 1:
        if s in LETTER_HOMOPHONES and rng.random() < 0.12:
            return LETTER_HOMOPHONES[s]
        return s.upper()
    r = rng.random()
    if r < 0.4:
        return " ".join(c.upper() for c in s)
    if r < 0.85:
        return s.upper()
    return "-".join(c.upper() for c in s)


def w_word(w, mode, rng):
    # split compounds only where "space" marks the real word boundaries
    if mode == "fuzzy" and w in COMPOUNDS and rng.random() < 0.5:
        return COMPOUNDS[w]
    if w in PROPER and rng.random() < 0.5:
        return PROPER[w]
    return w


# reserved words that are not symbol or number names: when talking loosely
# the speaker often drops "literal" in front of these
DROPPABLE = sorted(RESERVED - set(SYMBOL_ONE) - NUMBER_WORDS
                   - {"space", "literal", "capital", "hyphen", "period", "point",
                      "asterisk"})


def w_unit(u, mode, rng):
    kind = u[0]
    if kind == "sym":
        return pick(rng, SYM_VARIANTS[(u[1], u[2])])
    if kind == "num":
        return w_number(u[1], mode, rng, len(u) > 2)
    if kind == "spell":
        return w_letters(u[1], rng)
    if kind == "word":
        return w_word(u[1], mode, rng)
    if kind == "lit":
        if mode != "fuzzy" and u[1] in DROPPABLE and rng.random() < 0.6:
            return u[1]
        return "literal " + u[1]
    if kind == "cap":
        w = u[1]
        if len(w) == 1:
            shown = w.upper()
        else:
            shown = w.capitalize() if rng.random() < 0.6 else w
        lit = "literal " if w in RESERVED else ""
        return "capital " + lit + shown
    if kind == "caps":
        lit = "literal " if u[1] in RESERVED else ""
        form = pick(rng, [("all caps ", 5), ("all-caps ", 2)])
        shown = u[1].upper() if rng.random() < 0.5 else u[1]
        return form + lit + shown
    if kind == "case":
        style, parts = u[1], u[2]
        if mode != "fuzzy" and style == "kebab" and rng.random() < 0.7:
            sep = " " + pick(rng, [("dash", 4), ("hyphen", 2), ("minus", 1)]) + " "
            return sep.join(parts)
        if mode != "fuzzy" and style == "snake" and rng.random() < 0.5:
            return " underscore ".join(parts)
        head = pick(rng, {
            "camel": [("camel case", 5), ("camelCase", 2), ("camel-case", 1)],
            "pascal": [("Pascal case", 5), ("pascal case", 2), ("PascalCase", 1)],
            "snake": [("snake case", 5), ("snake-case", 2), ("snake_case", 1)],
            "kebab": [("kebab case", 5), ("kebap case", 2), ("kebab-case", 1)],
            "screaming": [("screaming case", 5), ("screaming-case", 1)],
        }[style])
        return head + " " + " ".join(parts)
    raise ValueError(u)


def glued_form(u, rng):
    """How Whisper writes the unit right after a glued dot ("model.obj")."""
    if u[0] == "word":
        return u[1]
    if u[0] == "num":
        return u[1]
    return u[1] if rng.random() < 0.75 else u[1].upper()


def render_word(units, mode, rng, hook=None):
    """Whisper text for one command word.  hook=(start, end, text) replaces
    units[start:end+1] with ready-made text (used for corrections)."""
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if hook is not None and i == hook[0]:
            out.append(hook[2])
            i = hook[1] + 1
            continue
        if (hook is None and u[0] == "sym" and u[1] == "." and out
                and " " not in out[-1] and i + 1 < len(units)):
            prev, nxt = units[i - 1], units[i + 1]
            p = 0.7 if u[2] == "numdot" else 0.3 if mode == "fuzzy" else 0.4
            ok = ((prev[0] == "num" and nxt[0] == "num" and out[-1].isdigit())
                  or (prev[0] == "word" and nxt[0] in ("word", "spell")))
            if ok and rng.random() < p:
                out[-1] = out[-1] + "." + glued_form(nxt, rng)
                i += 2
                continue
        out.append(w_unit(u, mode, rng))
        i += 1
    return " ".join(out)


def sentence_case(s):
    s = s[0].upper() + s[1:] if s and s[0].isalpha() else s
    return re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)


def finish(s, rng, p_stop):
    s = sentence_case(s.strip())
    if s[-1] not in ".?!:" and rng.random() < p_stop:
        s += "."
    return s


# ------------------------------- fuzzy ------------------------------------

def fuzzy_line(command, rng):
    parts = [render_word(u, "fuzzy", rng) for u in encode(command)]
    s = parts[0]
    for p in parts[1:]:
        sep = pick(rng, [(" space ", 82), (" space, ", 8), (", space ", 6),
                         (". Space ", 3), (" Space ", 1)])
        s += sep + p
    return finish(s, rng, 0.5)


# ------------------------------ natural -----------------------------------

OPENERS = ["Dobra,", "No dobra,", "Okay,", "Okay, so", "So,", "Next one:",
           "Command:", "On the board:", "On the target:", "Yyy, okay,",
           "No więc,", "Dobra, teraz", "Right,", "Dobra, next:"]
SIGNOFFS = ["That's it.", "I tyle.", "No i tyle.", "Done.", "Dzięki.",
            "That's all."]
FILLERS = ["yyy", "yyy", "eee", "uh", "no", "jakby", "wiesz", "w sumie"]


def has_literal_no(command):
    return any(u in (("word", "no"),) for units in encode(command) for u in units)


def filler(rng, allow_no):
    f = rng.choice(FILLERS)
    if f == "no" and not allow_no:
        f = "yyy"
    return f


def assemble(phrases, rng, allow_no, inserts=None):
    inserts = inserts or {}
    s = phrases[0]
    for k in range(1, len(phrases)):
        if k in inserts:
            s += inserts[k] + phrases[k]
            continue
        r = rng.random()
        if r < 0.6:
            sep = " "
        elif r < 0.88:
            sep = ", "
        elif r < 0.97:
            sep = ", " + filler(rng, allow_no) + ", "
        else:
            sep = ". "
        s += sep + phrases[k]
    return s


def frame(body, command, rng, allow_no, p_open, p_sign):
    first = command.split(" ")[0].lower()
    s = body
    if rng.random() < p_open:
        op = rng.choice(OPENERS)
        if op.split()[-1].strip(":,").lower() == first:
            op = "Dobra,"
        lead = ""
        if rng.random() < 0.25:
            lead = " " + filler(rng, allow_no) + ","
        s = op + lead + " " + body
    if rng.random() < p_sign:
        s = s.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    return s


def natural_line(command, rng):
    allow_no = not has_literal_no(command)
    phrases = [render_word(u, "natural", rng) for u in encode(command)]
    body = assemble(phrases, rng, allow_no)
    return finish(frame(body, command, rng, allow_no, 0.9, 0.4), rng, 0.7)


# ------------------------------ chaotic -----------------------------------

WORD_FIXES = [", znaczy, ", ", znaczy ", ", nie, ", ", znaczy nie, ",
              ", sorry, "]
FLAG_FIXES = [", nie nie, ", ", nie, czekaj, ", ". Poprawka: ", ", nie, źle, "]
RESTARTS = ["... nie, od nowa. ", "... czekaj, jeszcze raz od początku. ",
            "... źle. Od nowa: ", "... kurczę, od nowa. "]
ASIDES = ["this is for the Yocto image", "kurczę, the board rebooted",
          "where was I", "same as on the dev kit",
          "not on the host, on the target", "tak, tak, that's right",
          "the toolchain is still building", "hold on, the scope is beeping",
          "the buildroot guys want this", "wait, let me think",
          "Marek wants this on the board", "kurczę, coffee"]
ALT_WORDS = ["config", "main", "data", "backup", "report", "input", "output",
             "test", "docs", "notes", "build", "demo", "image", "kernel",
             "board", "target", "module", "driver", "firmware", "rootfs"]
ALT_TOOLS = ["make", "git", "docker", "grep", "minicom", "picocom", "bitbake",
             "scp", "rsync", "dd"]
ALT_FLAGS = ["verbose", "force", "quiet", "help", "recursive", "debug",
             "output", "list", "dry-run", "config"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def wrong_unit(u, first, rng):
    """A plausible slip for one unit, as Whisper would write it."""
    if u[0] == "word":
        pool = ALT_TOOLS if first else ALT_WORDS
        alt = rng.choice([w for w in pool if w != u[1]])
        return alt
    if u[0] == "num":
        d = u[1]
        last = rng.choice([c for c in "0123456789" if c != d[-1]])
        bad = d[:-1] + last
        if len(bad) > 1 and bad[0] == "0" and d[0] != "0":
            bad = d[0] + bad[1:]
        return w_number(bad, "natural", rng)
    if u[0] == "spell":
        s = u[1]
        k = rng.randrange(len(s))
        c = rng.choice([x for x in LETTERS if x != s[k]])
        return w_letters(s[:k] + c + s[k + 1:], rng)
    raise ValueError(u)


def wrong_flag(flag, rng):
    if flag.startswith("--"):
        body = flag[2:]
        if rng.random() < 0.5 and body:
            return "-" + body
        return "--" + rng.choice([f for f in ALT_FLAGS if f != body])
    body = flag[1:]
    if len(body) > 2 and body.isalpha():
        return "-" + flag   # said a double dash where one belongs
    if body[:1].isalpha():
        c = rng.choice([x for x in LETTERS if x != body[0].lower()])
        return "-" + c + body[1:]
    return "--" + rng.choice(ALT_FLAGS)


def chaotic_line(command, rng):
    words = command.split(" ")
    units = encode(command)
    allow_no = not has_literal_no(command)
    slots = [(i, j) for i, us in enumerate(units) for j, u in enumerate(us)
             if u[0] in ("word", "num", "spell")]
    flags = [i for i, w in enumerate(words) if re.match(r"--?[A-Za-z]", w)]
    r = rng.random()
    if r < 0.38 and slots:
        kind = "word"
    elif r < 0.7 and flags:
        kind = "flag"
    elif len(words) >= 2:
        kind = "whole"
    else:
        kind = "word" if slots else "flag"

    phrases = [render_word(us, "natural", rng) for us in units]
    pre = ""
    touched = -1
    if kind == "word":
        i, j = rng.choice(slots)
        touched = i
        u = units[i][j]
        bad = wrong_unit(u, i == 0 and j == 0, rng)
        good = w_unit(u, "natural", rng)
        fix = rng.choice(WORD_FIXES)
        start = j
        if j > 0 and units[i][j - 1][0] == "sym" and rng.random() < 0.45:
            start = j - 1
            s1 = w_unit(units[i][j - 1], "natural", rng)
            text = s1 + " " + bad + fix + s1 + " " + good
        else:
            text = bad + fix + good
        phrases[i] = render_word(units[i], "natural", rng, (start, j, text))
    elif kind == "flag":
        i = rng.choice(flags)
        touched = i
        bad = render_word(encode_word(wrong_flag(words[i], rng)), "natural", rng)
        phrases[i] = bad + rng.choice(FLAG_FIXES) + phrases[i]
    else:
        k = rng.randint(1, min(3, len(words) - 1))
        head = list(phrases[:k])
        cands = [(a, b) for (a, b) in slots if a < k]
        if cands and rng.random() < 0.5:
            a, b = rng.choice(cands)
            head[a] = render_word(units[a], "natural", rng,
                                  (b, b, wrong_unit(units[a][b], a == 0 and b == 0, rng)))
        pre = " ".join(head) + rng.choice(RESTARTS)

    # stutter on a literal word at the start of a command word
    if rng.random() < 0.3:
        cands = [i for i, us in enumerate(units)
                 if us[0][0] == "word" and len(us[0][1]) >= 3 and i != touched]
        if cands:
            i = rng.choice(cands)
            w = units[i][0][1]
            cut = w[:3] if len(w) >= 6 and rng.random() < 0.5 else w
            phrases[i] = cut + "... " + phrases[i]
    inserts = {}
    if len(phrases) > 1 and rng.random() < 0.35:
        k = rng.randint(1, len(phrases) - 1)
        aside = rng.choice(ASIDES)
        inserts[k] = (", " + aside + ", ") if rng.random() < 0.5 else (". " + aside + ". ")
    if len(phrases) > 1 and rng.random() < 0.2:
        k = rng.randint(1, len(phrases) - 1)
        if k not in inserts:
            inserts[k] = "... " + rng.choice(["dalej, ", "yyy, dalej: ", "dobra, dalej, "])
    body = pre + assemble(phrases, rng, allow_no, inserts)
    return finish(frame(body, command, rng, allow_no, 0.8, 0.35), rng, 0.7)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------

def dictatable(command):
    if not command.isascii() or "\t" in command or "\n" in command:
        return False
    if "  " in command or command != command.strip() or not command:
        return False
    if len(command) > MAX_CHARS:
        return False
    try:
        words = clean_words(command)
    except (KeyError, ValueError):
        return False
    return len(words) <= MAX_TOKENS and decode(" ".join(words)) == command


def load_pool():
    with open(POOL, encoding="utf-8") as fh:
        return [json.loads(line)["command"] for line in fh]


def select(rng):
    seen = set()
    cands = []
    for n, command in enumerate(load_pool()):
        if n % 3 != 0 or command in seen:
            continue
        seen.add(command)
        if dictatable(command):
            cands.append(command)
    rng.shuffle(cands)
    chosen, per_first = [], {}
    for command in cands:
        first = command.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(command)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    return chosen


def main():
    rng = random.Random(SEED)
    chosen = select(rng)
    makers = {"clean": lambda c, r: clean_line(c), "fuzzy": fuzzy_line,
              "natural": natural_line, "chaotic": chaotic_line}
    rows = []
    for k, name in enumerate(SLICES):
        for command in chosen[k * PER_SLICE:(k + 1) * PER_SLICE]:
            text = makers[name](command, rng)
            if name == "clean":
                assert decode(text) == command, (text, command)
            rows.append({"input": text, "command": command, "slice": name,
                         "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {s: sum(r["slice"] == s for r in rows) for s in SLICES}
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {counts}")


if __name__ == "__main__":
    main()
