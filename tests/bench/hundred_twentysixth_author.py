#!/usr/bin/env python3
# ruff: noqa: E501, UP031
"""Author 126: a held-out dictation set for the voice-to-bash reader.

Writes assets/training/bash/author126.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author126"}
100 lines per slice, in that order.  Standard library only; one
random.Random(126), consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, via the pool
assets/training/bash/pages_dev65_commands.jsonl (0-based lines n with
n % 3 == 2 only).  Placeholders in that pool were already filled in; the
command text is kept byte for byte.

Selection
---------
Candidates: pool lines with n % 3 == 2 whose command is ASCII, has no tab,
no double space, is at most 64 characters, and whose clean rendering (below)
is at most 48 spoken tokens and round-trips through decode().  The seeded
generator shuffles the candidates; commands are taken in that order, skipping
repeats and any command whose first word already has two commands.  The first
100 taken are the clean slice, then fuzzy, natural, chaotic.  All 400
commands are distinct.

STYLE GUIDE
===========

1. The speaker
--------------
One speaker throughout: a systems person who learned English outside the
United States and dictates the way people from that side of the water
spell things out over the phone.  Habits that stay the same in every slice:

* Letters: the last letter is always "zed", never "zee".  A letter that
  repeats back to back inside a spelled run is "double x" (three in a row:
  "triple x"): ssh is "double s h", tty is "double t y".  Exception: two u's
  are said "u u", because "double u" is the letter w.  The letter w itself is
  transcribed "w".
* Digits: repeats in digit-by-digit runs are "double"/"triple" the same way
  ("double zero", "triple nine").  Four-digit numbers are said in pairs, like
  years ("fifty four thirty two" = 5432, "eighty eighty" = 8080, "ten twenty
  four" = 1024, "twenty twenty five" = 2025).  Three-digit numbers are a digit
  then a pair ("one twenty seven" = 127, "four forty three" = 443, "two
  eighty" = 280).  When not being careful (natural/chaotic), a zero inside a
  digit string or an address is often "oh" ("ten dot oh dot oh dot five").
* Symbol names: "dash" for a minus that starts a word (a flag, or a lone
  "-"), "hyphen" for one inside a word (xdg-open, 2025-08-01), "double dash"
  for "--" (loose speech also "dash dash"), "hash" for #, "forward slash" or
  "slash" for /, "star" for *, "tilde" for ~, "point" for a dot between two
  digits and "dot" everywhere else, "redirect" for a bare > and "append" for
  >>.
* Fillers: "em", "like", "so", "sure", "eh", "you know".
* Openers: "Right, so", "Okay so", "Would you ever run", "Go on and run",
  "Stick in", "Do us a quick", "Next one is", "Now,", "Yeah so it's", "Pop
  in", "Throw in", "Just".
* Sign-offs: "Grand.", "That's it.", "Grand, thanks.", "Sound.", "Cheers.",
  "That's the lot.", "Thanks a million.", "And that's it now."
* Corrections: "no, sorry,", "ah no, I mean", "no no, hang on,", "I'm after
  saying that wrong, it's", "actually make that", "not that one,", "scratch
  that", "let me start that again".
* Asides: "hold on till I check the name", "where did I put that", "God,
  these names", "bear with me", "this is the one for the backup job", "sorry,
  the dog", "what's it called again, yeah".

2. The protocol as this speaker uses it (clean slice)
------------------------------------------------------
The clean input is a careful lower-case transcript with no punctuation.  The
command is split on single spaces into words; each word is spoken in pieces
and the word "space" is said between words (also inside quoted strings,
since the space there is part of the command).  Everything said between two
"space"s is glued together with nothing in between.  decode() below is the
listener for exactly this protocol; every clean line is asserted to decode
back to its command.

Pieces of a word:

* Alphabetic text, split first at case changes (new|Key, tty|XYZ):
  - Lower-case text is said as dictionary words where it is made of them
    (a fixed vocabulary of ordinary English and well-known tech words whose
    spelling a listener can be sure of), otherwise spelled letter by letter.
    A run is said in words only when it is one vocabulary word, or made
    wholly of vocabulary words ("my app", "load keys", "archive cleanup"), or
    made of vocabulary words of three or more letters plus spelled stretches
    with no vowel in them ("g cloud", "system c t l", "p grep"); then the
    split with the fewest spoken tokens is used.  Anything else ("pandoc",
    "clementine") is spelled right through.  Words that sound like a letter
    or a number (to, too, for, see, you, are, why, oh, ...) are never said as
    words; they are spelled.
  - Spelled letters are transcribed as single letters ("l s"), z as "zed",
    with "double"/"triple" as above.
  - A capitalised part: "capital" before it.  "capital r" is R; "capital
    rotate" is Rotate (capital raises the first letter of the next word or
    letter only).
  - An all-caps part: "all caps readme" = README when the part is a
    vocabulary word; otherwise each letter is "capital x" ("capital x capital
    y capital zed" = XYZ).
  - Case runs, only when every part is a vocabulary word: "camel case new
    key" = newKey, "pascal case my class" = MyClass, "snake case output
    executable" = output_executable, "screaming case log level" = LOG_LEVEL.
    A run takes the plain words that follow it and ends at the first symbol,
    number, letter, protocol word or "space".  The speaker never uses kebab
    case; hyphens are always said.
* Digit runs: one digit is its word ("seven"); two digits are the compound
  ("ten", "forty two", "eighty"); three are a digit plus a pair ("one twenty
  seven"), or "x hundred" for x00; four are pairs ("fifty four thirty two"),
  "x thousand" for x000, "fifteen hundred" for 1500.  A number with a
  leading zero, a zero in the middle that would be lost ("three zero five",
  "two double zero five"), or five or more digits is said digit by digit
  with double/triple.  The listener's rule: adjacent number groups
  concatenate as strings; a tens word takes a following single digit
  ("forty two" = 42, never 402); "hundred"/"thousand" multiply the group
  before them.
* Symbols, one name each: - dash (hyphen inside a word), -- double dash,
  . dot (point between digits), .. dot dot, / slash, \\ backslash, | pipe,
  || pipe pipe, * star, ! bang, # hash, ~ tilde, @ at, $ dollar, % percent,
  ^ caret, & ampersand, && and and, = equals, + plus, : colon, ; semicolon,
  _ underscore, , comma, " quote, ' single quote, ` backtick, ? question
  mark, ( ) open paren / close paren, { } open brace / close brace, [ ]
  open bracket / close bracket, < less than, > redirect (when the word is a
  redirection such as > 2> &> 2>&1) or greater than (elsewhere), >> append.
  "two redirect ampersand one" is therefore 2>&1.
* Literal words that collide with a protocol word (any symbol name, number
  word, "space", "double", "triple", "capital", "all", "caps", "case",
  "camel", "snake", "pascal", "kebab", "screaming", "the", "word", "zed",
  "and", "sign", "than", "mark", "open", "close", "single", "forward",
  "question", "less", "greater", "paren", "brace", "bracket", "angle",
  "curly", "redirect", "append") are said "the word X": --one-file-system is
  "double dash the word one hyphen file hyphen system", xdg-open is "x d g
  hyphen the word open".

3. Natural-speech habits (natural and chaotic slices)
-----------------------------------------------------
No "space" is said; the listener infers word breaks.  An opener comes
first, a sign-off sometimes follows, fillers fall between words.  Symbol
names loosen within the stated synonyms (minus/hyphen/dash, slash/forward
slash, star/asterisk, at sign, equals sign, dash dash, greater than for a
redirect, double greater than for append).  "oh" for zero in addresses and
digit strings.  Letters, zed, double/triple, capital, all caps, the case
runs and "the word X" are kept, since the speaker knows the listener needs
them.  In chaotic lines the speaker also corrects a word, a flag or the
whole command, restarts from the top, stutters the first word, or wanders
off into an aside; the last thing said for any position is the one that
counts, and asides and fillers are never part of the command.

4. Whisper's habits (fuzzy, natural and chaotic slices)
-------------------------------------------------------
Sentence capitals and a closing full stop; commas at pauses; numerals for
spoken numbers ("8080", "80 80", "1 27", "3,000", "42", "forty-two"); dotted
addresses and versions collapsed to "10.0.0.5"; "stem dot ext" sometimes
written "main.py"; spelled letters in capitals, spaced or glued ("L S",
"LS", "double S H", "Zed"); brand capitals (Git, Docker, JSON, YAML, GitHub,
Ubuntu, README); split or glued words ("back slash", "under score",
"semi-colon", "dot-dot", "double-dash", "myapp"); homophones ("pseudo" for
sudo, "docks" for docs, "cash" for cache, "sink" for sync, "tilda",
"carrot", "to"/"for" for two/four, "are"/"see"/"why" for letters); the odd
"-L" for "dash L".

5. The slices
-------------
* clean: the protocol of section 2, verbatim, lower case, no punctuation.
* fuzzy: the same protocol, "space" and all, as Whisper writes it (section
  4), with the symbol synonyms minus, hyphen, period, point, forward slash,
  asterisk, at sign, equals sign, dollar sign, dash dash, greater than,
  double greater than.  No framing, no fillers.
* natural: section 3 in Whisper's hand: opener, loose names, numerals,
  fillers, maybe a sign-off.
* chaotic: natural plus one or two troubles from section 3; a careful
  listener can still rebuild the exact command.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev65_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author126.jsonl")
AUTHOR = "author126"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]
MAX_TOKENS = 48
MAX_CHARS = 64

# --------------------------------------------------------------------------
# Protocol tables
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(t for t in TENS if t) | {"hundred", "thousand"}

SYMBOL_WORDS = {
    "dash": "-", "minus": "-", "hyphen": "-",
    "dot": ".", "period": ".", "point": ".",
    "slash": "/", "backslash": "\\", "pipe": "|",
    "star": "*", "asterisk": "*", "bang": "!", "hash": "#", "tilde": "~",
    "at": "@", "dollar": "$", "percent": "%", "caret": "^", "ampersand": "&",
    "equals": "=", "plus": "+", "colon": ":", "semicolon": ";",
    "underscore": "_", "comma": ",", "quote": '"', "backtick": "`",
    "redirect": ">", "append": ">>",
}
SIGNABLE = {"at", "dollar", "equals"}
PAIR_SYMBOLS = {
    ("forward", "slash"): "/", ("single", "quote"): "'", ("question", "mark"): "?",
    ("less", "than"): "<", ("greater", "than"): ">", ("and", "and"): "&&",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
}
TRIPLE_SYMBOLS = {
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("double", "greater", "than"): ">>",
}
RUN_STYLES = ["camel", "snake", "pascal", "kebab", "screaming"]
LETTER_Z = "zed"

RESERVED = (set(SYMBOL_WORDS) | NUMBER_WORDS | set(RUN_STYLES) | {
    "space", "double", "triple", "capital", "all", "caps", "case", "the", "word",
    LETTER_Z, "and", "sign", "than", "mark", "open", "close", "single", "forward",
    "question", "less", "greater", "paren", "brace", "bracket", "angle", "curly",
})

# Symbol -> the clean speaker's one name for it.
CLEAN_SYMBOL = {
    "\\": ["backslash"], "|": ["pipe"], "*": ["star"], "!": ["bang"], "#": ["hash"],
    "~": ["tilde"], "@": ["at"], "$": ["dollar"], "%": ["percent"], "^": ["caret"],
    "&": ["ampersand"], "=": ["equals"], "+": ["plus"], ":": ["colon"],
    ";": ["semicolon"], "_": ["underscore"], ",": ["comma"], '"': ["quote"],
    "'": ["single", "quote"], "`": ["backtick"], "?": ["question", "mark"],
    "(": ["open", "paren"], ")": ["close", "paren"], "{": ["open", "brace"],
    "}": ["close", "brace"], "[": ["open", "bracket"], "]": ["close", "bracket"],
    "<": ["less", "than"], "/": ["slash"], "&&": ["and", "and"], "||": ["pipe", "pipe"],
    ">>": ["append"], "..": ["dot", "dot"], "--": ["double", "dash"],
}

# Words the speaker says as words (spelling unambiguous).  Homophones of
# letters and numbers are deliberately absent.
VOCAB = set("""
data main test tests config demo alpha beta foo bar baz sudo report notes backup
backups output photo input index app script archive log logs build localhost list
root name install ubuntu create readme server update zip bob internal key keys json
run user users docker hello add verbose make backend remove admin date show only
alice vim help repo set color colors path todo delete check tar git bun cargo
project projects docs uptime clone cat type password count commit fix device image
images info new deploy binary start init query package store my app curl latest
executable view prompt crane mount mode format login policy sync remote keep box
website conda search database host tool port requests web filename editor restore
exec filter debug raw whoami local express podman configuration version true files
file string page error instance size secret secrets group disk developers quiet top
dump manifest uninstall sort done upload link import section enable stat tag tags
username library eval send force world edit load poetry python level ticket manage
text gnome description age wordlist capture lint upgrade read watch grep checkout
feature table generate account recursive bucket lock brew tap decompress bundle
item owner client clip combine plugin github catalog export tarball what typo
status progress author map global warning generator flake fold resolution artifact
issue target branch null pattern firefox push jar java duplicate from metadata
default enter node cluster model window montage move frames events switch button
compress across object select ping home publish container tail repository source
inspect builder viewer timeout touch transmission download template messages rule
provider memory profiles pull bind dedicated partition record post terminal title
command save interface unit allow disconnect threads resource unset public stop
location describe organization skeleton pool samples prune within compile
reinstall gitlab feedback pack dry resources now end locate features yank quality
recent compact socks playlist clear cache strip code include complete doctor forge
document elastic populate full mutate rebase interactive crystal resolve depends on
unchanged drive declare engine solution fast continuous cookie false do loop
accounts tiles zoom average folder summarize language verify suggest undo
screensaver workflow transfer dependencies android maximize highlight inline syntax
prefer validator idea then condition first frame bulk join high absorb into
changes hashes decode base kill leak args symlink silent geometry mail subject
ports dataset decrypt site address recipient restricted work prefix extract
translation which this similar reset monitor tunnel serve sunset overlay underlay
corrupted parallel pass insert parser hostname reload slot black explain validate
pickle team wheel oldest matrix background follow email duration rainbow seek
diagnostics number railway theme route toolchain samba scrape screen golden shift
head speak sponge copy certificate transpose quit release lines nodes domain
converter tidy quotes authorize auto unzip optional suspend deployment connect
context message warp echo agent history onboard audit complain logfile chat
destination shooter game island away beep subvolume filesystem category phone
daemon changelog since newest clean drawing linux fullscreen flags fail ban length
proverbs cancel refresh mirror system range detail screenshot speed module unload
listen option console print summary legend still action time job jobs scrub
permissive body patch requires is enabled state attach max quota wait talk isolate
random video walker entry audio rotate profile example dev com org net bin lib var
opt conf toml yaml media temp hello in up go no it of or if so with get put wire
master network proxy http https more less help man flat snap file access apply
accept block boot browse call change class clean cloud copy cover cut disable
display docs domain edit event exit export fetch field find flash font free game
guard hand hard help hide history hook image items key kit layer light line list
live lock loop mark master menu merge mesh meta mode mount name net next note open
order pack page paint pair paper part password path peer pick pin plan play plot
point pool post power press preview print private process profile proxy queue quick
read record remote rename render repair reply request reset rest restart return
review rich ring role run safe sample save scale scan scene score screen script
search secure seed select serial service session setting settings shell short show
signal simple size skip sleep slow small snap socket soft solid sound spawn split
stack stage standard start state status step stop storage stream style sudo super
swap switch table task team term test text theme thread tick timer token tool top
total touch trace track trade trash tree trust tune turn unit unlock usage user
valid value vault verify view virtual visual volume watch web wheel white wide
window work write zone out dir fire rust crypt setup spell pad storm plumber
control fan part grow harvest harvester pipe wire tree water paper jump cloud
""".split())
VOCAB -= {"to", "too", "for", "four", "won", "one", "ate", "eight", "be", "bee",
          "see", "sea", "you", "are", "why", "oh", "owe", "pea", "pee", "tea", "tee",
          "queue", "jay", "eye", "ex", "gee", "el", "em", "en", "ess", "by", "buy",
          "write", "right", "us", "we", "me"}
MAXW = max(len(w) for w in VOCAB | RESERVED)


# --------------------------------------------------------------------------
# The listener for the clean protocol
# --------------------------------------------------------------------------
def _letter(tok):
    if tok == LETTER_Z:
        return "z"
    if len(tok) == 1 and "a" <= tok <= "z":
        return tok
    return None


def _plain(tok):
    return tok.isalpha() and tok.islower() and len(tok) > 1 and tok not in RESERVED


def decode(text):
    """Rebuild the command from a clean-slice transcript."""
    toks = text.split()
    n = len(toks)
    out = []
    i = 0

    def at(k):
        return toks[k] if k < n else None

    def literal(k):
        """A letter or a literal word starting at k -> (text, next index)."""
        t = at(k)
        if t == "the" and at(k + 1) == "word" and at(k + 2) is not None:
            return toks[k + 2], k + 3
        lt = _letter(t) if t is not None else None
        if lt:
            return lt, k + 1
        if t is not None and t.isalpha() and t not in RESERVED:
            return t, k + 1
        raise ValueError("expected a literal at %d in %r" % (k, text))

    def number(k):
        t = toks[k]
        if t in UNITS:
            v = UNITS.index(t)
            k += 1
        elif t in TEENS:
            v = 10 + TEENS.index(t)
            k += 1
        elif t in TENS:
            v = 10 * TENS.index(t)
            k += 1
            if at(k) in UNITS[1:]:
                v += UNITS.index(toks[k])
                k += 1
        else:
            raise ValueError("not a number word: %r" % t)
        if at(k) == "hundred":
            v *= 100
            k += 1
        elif at(k) == "thousand":
            v *= 1000
            k += 1
        return str(v), k

    while i < n:
        t = toks[i]
        if t == "space":
            out.append(" ")
            i += 1
            continue
        if t == "the" and at(i + 1) == "word":
            s, i = literal(i)
            out.append(s)
            continue
        if t == "capital" and at(i + 1) is not None:
            s, i = literal(i + 1)
            out.append(s[0].upper() + s[1:])
            continue
        if t == "all" and at(i + 1) == "caps":
            s, i = literal(i + 2)
            out.append(s.upper())
            continue
        if t in RUN_STYLES and at(i + 1) == "case":
            j = i + 2
            parts = []
            while j < n and _plain(toks[j]):
                parts.append(toks[j])
                j += 1
            if len(parts) < 2:
                raise ValueError("short case run in %r" % text)
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
            continue
        tri = tuple(toks[i:i + 3])
        if tri in TRIPLE_SYMBOLS:
            out.append(TRIPLE_SYMBOLS[tri])
            i += 3
            continue
        if t in ("double", "triple") and at(i + 1) is not None:
            times = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in UNITS:
                out.append(str(UNITS.index(nxt)) * times)
                i += 2
                continue
            if nxt == "dash":
                out.append("-" * times)
                i += 2
                continue
            lt = _letter(nxt)
            if lt:
                out.append(lt * times)
                i += 2
                continue
        pair = tuple(toks[i:i + 2])
        if pair in PAIR_SYMBOLS:
            out.append(PAIR_SYMBOLS[pair])
            i += 2
            continue
        if t in SYMBOL_WORDS:
            out.append(SYMBOL_WORDS[t])
            i += 1
            if t in SIGNABLE and at(i) == "sign":
                i += 1
            continue
        if t in NUMBER_WORDS:
            s, i = number(i)
            out.append(s)
            continue
        s, i = literal(i)
        out.append(s)
    return "".join(out)


# --------------------------------------------------------------------------
# The speaker's encoder: command word -> pieces
# --------------------------------------------------------------------------
def say_two(v):
    if v < 10:
        return [UNITS[v]]
    if v < 20:
        return [TEENS[v - 10]]
    return [TENS[v // 10]] if v % 10 == 0 else [TENS[v // 10], UNITS[v % 10]]


def say_digits(s, zero="zero"):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        name = zero if s[i] == "0" else UNITS[int(s[i])]
        while run > 0:
            if run >= 3 and run != 4:
                out += ["triple", name]
                run -= 3
            elif run >= 2:
                out += ["double", name]
                run -= 2
            else:
                out += [name]
                run -= 1
        i = j
    return out


def say_number(s):
    """Digit string -> (tokens, mode)."""
    if len(s) == 1:
        return [UNITS[int(s)]], "compound"
    if s[0] == "0" or len(s) > 4:
        return say_digits(s), "digits"
    v = int(s)
    if len(s) == 2:
        return say_two(v), "compound"
    if len(s) == 3:
        if v % 100 == 0:
            return [UNITS[v // 100], "hundred"], "compound"
        if s[1] == "0":
            return say_digits(s), "digits"
        return [UNITS[int(s[0])]] + say_two(int(s[1:])), "compound"
    if v % 1000 == 0:
        return [UNITS[v // 1000], "thousand"], "compound"
    hi, lo = int(s[:2]), int(s[2:])
    if lo == 0:
        return say_two(hi) + ["hundred"], "compound"
    if s[2] == "0":
        return say_digits(s), "digits"
    return say_two(hi) + say_two(lo), "compound"


def letter_name(c):
    return LETTER_Z if c == "z" else c


def spell(s):
    """Lower-case letters -> spoken tokens with double/triple."""
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        name = letter_name(s[i])
        while run > 0:
            if s[i] != "u" and run >= 3 and run != 4:
                out += ["triple", name]
                run -= 3
            elif s[i] != "u" and run >= 2:
                out += ["double", name]
                run -= 2
            else:
                out += [name]
                run -= 1
        i = j
    return out


VOWELS = set("aeiou")


def _best_cover(s, step):
    """Cheapest split of s; step(i) yields (j, cost, item) moves."""
    n = len(s)
    best = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost0, seq = best[i]
        for j, c, item in step(i):
            tot = cost0 + c
            if best[j] is None or tot < best[j][0] - 1e-9:
                best[j] = (tot, seq + [item])
    return best[n]


def segment(s):
    """Lower-case run -> list of ('W', word) / ('L', letters).

    The speaker says a run as words only if it is one vocabulary word, or is
    made entirely of vocabulary words ("my app", "load keys"), or is made of
    vocabulary words of three or more letters plus vowel-less letter stretches
    that are spelled ("g cloud", "system c t l", "p grep").  Anything else is
    spelled letter by letter.
    """
    n = len(s)
    if s in RESERVED or s in VOCAB:
        return [("W", s)]
    options = [(n * 1.01, [("L", s)])]

    def all_words(i):
        for j in range(i + 2, min(n, i + MAXW) + 1):
            w = s[i:j]
            if w in RESERVED:
                yield j, 3.0, ("W", w)
            elif w in VOCAB:
                yield j, 1.0, ("W", w)

    def mixed(i):
        for j in range(i + 1, min(n, i + 4) + 1):
            chunk = s[i:j]
            if not (set(chunk) & VOWELS):
                yield j, 1.01 * len(chunk), ("L", chunk)
        for j in range(i + 3, min(n, i + MAXW) + 1):
            w = s[i:j]
            if w in VOCAB and w not in RESERVED:
                yield j, 1.0, ("W", w)

    for step in (all_words, mixed):
        got = _best_cover(s, step)
        if got is not None and any(k == "W" for k, _ in got[1]):
            options.append(got)
    options.sort(key=lambda o: o[0])
    merged = []
    for kind, val in options[0][1]:
        if kind == "L" and merged and merged[-1][0] == "L":
            merged[-1] = ("L", merged[-1][1] + val)
        else:
            merged.append((kind, val))
    return merged


def word_piece(w):
    if w in RESERVED:
        return {"k": "esc", "s": w, "t": ["the", "word", w]}
    return {"k": "word", "s": w, "t": [w]}


def lower_pieces(s):
    out = []
    for kind, val in segment(s):
        if kind == "W":
            out.append(word_piece(val))
        else:
            out.append({"k": "letters", "s": val, "t": spell(val)})
    return out


def alpha_pieces(run):
    subs = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", run)
    assert "".join(subs) == run, run
    if len(subs) >= 2 and all(len(p) > 1 and _plain(p.lower()) and p.lower() in VOCAB
                              for p in subs):
        parts = [p.lower() for p in subs]
        if subs[0].islower() and all(p[0].isupper() and p[1:].islower() for p in subs[1:]):
            return [{"k": "run", "s": run, "style": "camel", "parts": parts,
                     "t": ["camel", "case"] + parts}]
        if all(p[0].isupper() and p[1:].islower() for p in subs):
            return [{"k": "run", "s": run, "style": "pascal", "parts": parts,
                     "t": ["pascal", "case"] + parts}]
    out = []
    for p in subs:
        if p.islower():
            out += lower_pieces(p)
        elif len(p) == 1:
            out.append({"k": "cap", "s": p, "t": ["capital", letter_name(p.lower())]})
        elif p[1:].islower():
            first = lower_pieces(p.lower())
            head = first[0]
            if head["k"] == "letters" and len(head["s"]) > 1:
                # capital takes one letter; re-spell the rest of that stretch
                tail = head["s"][1:]
                first = ([{"k": "letters", "s": head["s"][0], "t": spell(head["s"][0])},
                          {"k": "letters", "s": tail, "t": spell(tail)}] + first[1:])
                head = first[0]
            capped = dict(head)
            capped["k"] = "cap"
            capped["s"] = head["s"][0].upper() + head["s"][1:]
            capped["t"] = ["capital"] + head["t"]
            capped["inner"] = head["k"]
            out += [capped] + first[1:]
        else:
            low = p.lower()
            if low in VOCAB and _plain(low):
                out.append({"k": "caps", "s": p, "t": ["all", "caps", low]})
            else:
                for c in low:
                    out.append({"k": "cap", "s": c.upper(), "t": ["capital", letter_name(c)]})
    return out


REDIRECT_WORD = re.compile(r"^(\d?|&)>(&\d)?$|^(\d?)>>$")


def encode_word(w):
    """One command word -> list of pieces (dicts with k, s, t)."""
    pieces = []
    redir = bool(REDIRECT_WORD.match(w))
    snake_spans = {}
    for m in re.finditer(r"(?<![A-Za-z0-9_])([a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)+)(?![A-Za-z0-9_])", w):
        parts = m.group(1).split("_")
        low = [p.lower() for p in parts]
        if all(len(p) > 1 and _plain(p) and p in VOCAB for p in low):
            style = "snake" if parts[0].islower() else "screaming"
            snake_spans[m.start()] = (m.end(), {"k": "run", "s": m.group(1), "style": style,
                                               "parts": low, "t": [style, "case"] + low})
    i = 0
    while i < len(w):
        if i in snake_spans:
            end, piece = snake_spans[i]
            pieces.append(piece)
            i = end
            continue
        c = w[i]
        if c.isalpha():
            j = i
            while j < len(w) and w[j].isalpha():
                j += 1
            pieces += alpha_pieces(w[i:j])
            i = j
            continue
        if c.isdigit():
            j = i
            while j < len(w) and w[j].isdigit():
                j += 1
            toks, mode = say_number(w[i:j])
            pieces.append({"k": "num", "s": w[i:j], "t": toks, "mode": mode})
            i = j
            continue
        two = w[i:i + 2]
        if two in ("&&", "||", ">>", "..", "--"):
            role = "lead" if i == 0 else "inner"
            pieces.append({"k": "sym", "s": two, "t": list(CLEAN_SYMBOL[two]), "role": role,
                           "redir": redir})
            i += 2
            continue
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "-":
            role = "inner" if (prev.isalnum() and nxt.isalnum()) else "lead"
            toks = ["hyphen"] if role == "inner" else ["dash"]
        elif c == ".":
            role = "digits" if (prev.isdigit() and nxt.isdigit()) else "inner"
            toks = ["point"] if role == "digits" else ["dot"]
        elif c == ">":
            role = "redir" if redir else "inner"
            toks = ["redirect"] if redir else ["greater", "than"]
        else:
            role = "inner"
            toks = list(CLEAN_SYMBOL[c])
        pieces.append({"k": "sym", "s": c, "t": toks, "role": role, "redir": redir})
        i += 1
    return pieces


def encode_command(cmd):
    return [encode_word(w) for w in cmd.split(" ")]


def clean_text(words_pieces):
    chunks = []
    for pieces in words_pieces:
        chunks.append(" ".join(t for p in pieces for t in p["t"]))
    return " space ".join(chunks)


# --------------------------------------------------------------------------
# Whisper's hand
# --------------------------------------------------------------------------
BRAND = {
    "git": "Git", "docker": "Docker", "python": "Python", "github": "GitHub",
    "gitlab": "GitLab", "json": "JSON", "yaml": "YAML", "toml": "TOML",
    "ubuntu": "Ubuntu", "linux": "Linux", "firefox": "Firefox", "java": "Java",
    "android": "Android", "alice": "Alice", "bob": "Bob", "readme": "README",
    "podman": "Podman", "conda": "Conda", "cargo": "Cargo", "gnome": "GNOME",
    "samba": "Samba", "http": "HTTP", "https": "HTTPS", "alpha": "Alpha",
    "crystal": "Crystal", "poetry": "Poetry",
}
HOMOPHONE = {
    "sudo": "pseudo", "docs": "docks", "cache": "cash", "sync": "sink",
    "tail": "tale", "json": "Jason", "yaml": "Yamel", "null": "Knoll",
    "grep": "grip", "foo": "Fu",
}
LETTER_HOMOPHONE = {"c": "see", "r": "are", "u": "you", "y": "why", "q": "queue",
                    "j": "Jay", "t": "tea", "b": "be"}
NUM_HOMOPHONE = {"two": "to", "four": "for", "eight": "ate", "one": "won"}


def cap_first(s):
    for k, ch in enumerate(s):
        if ch.isalpha():
            return s[:k] + ch.upper() + s[k + 1:]
        if ch.isdigit():
            return s
    return s


def w_letters(tokens, rng, glue_p=0.4):
    """Spoken letter tokens (with double/triple/zed) -> Whisper's text."""
    out = []
    for t in tokens:
        if t in ("double", "triple"):
            out.append(t if rng.random() < 0.85 else t.capitalize())
        elif t == LETTER_Z:
            out.append(rng.choice(["Zed", "zed", "Zed", "Z"]))
        else:
            out.append(t.upper())
    singles = [t for t in tokens if t not in ("double", "triple")]
    if len(singles) == 1 and len(tokens) == 1 and tokens[0] in LETTER_HOMOPHONE \
            and rng.random() < 0.06:
        return LETTER_HOMOPHONE[tokens[0]]
    if rng.random() < glue_p:
        # glue consecutive single capitals: "L S" -> "LS"
        text = []
        locked = True      # the last chunk may not take more letters
        for t in out:
            if text and not locked and len(t) == 1 and t.isupper() \
                    and text[-1].isupper() and text[-1].isalpha():
                text[-1] += t
            else:
                # the letter after double/triple stands alone, and so does Zed
                locked = (bool(text) and text[-1].lower() in ("double", "triple")) \
                    or not (len(t) == 1 and t.isupper())
                text.append(t)
        return " ".join(text)
    if rng.random() < 0.15:
        return " ".join(o.lower() if len(o) == 1 else o for o in out)
    return " ".join(out)


def w_number(piece, rng, tokens=None):
    s = piece["s"]
    toks = tokens if tokens is not None else piece["t"]
    r = rng.random()
    if "oh" in toks and r < 0.35:
        return " ".join(toks)
    if r < 0.55:
        if len(s) == 4 and s.endswith("000") and rng.random() < 0.4:
            return s[0] + "," + s[1:]
        return s
    if r < 0.75:
        # group by group as numerals
        groups = []
        k = 0
        while k < len(toks):
            t = toks[k]
            if t in ("double", "triple"):
                nm = toks[k + 1]
                d = "0" if nm in ("zero", "oh") else str(UNITS.index(nm))
                groups.append(t + " " + d if rng.random() < 0.6 else d * (2 if t == "double" else 3))
                k += 2
                continue
            if t == "oh":
                groups.append("oh")
                k += 1
                continue
            if t in UNITS:
                v = UNITS.index(t)
                k += 1
            elif t in TEENS:
                v = 10 + TEENS.index(t)
                k += 1
            else:
                v = 10 * TENS.index(t)
                k += 1
                if k < len(toks) and toks[k] in UNITS[1:]:
                    v += UNITS.index(toks[k])
                    k += 1
            if k < len(toks) and toks[k] == "hundred":
                groups.append(str(v) + " hundred")
                k += 1
            elif k < len(toks) and toks[k] == "thousand":
                groups.append(str(v * 1000))
                k += 1
            else:
                groups.append(str(v))
        return " ".join(groups)
    words = list(toks)
    if len(words) == 1 and words[0] in NUM_HOMOPHONE and rng.random() < 0.3:
        return NUM_HOMOPHONE[words[0]]
    text = " ".join(words)
    text = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) "
                  r"(one|two|three|four|five|six|seven|eight|nine)\b", r"\1-\2", text)
    return text


def w_word(w, rng):
    r = rng.random()
    if w in HOMOPHONE and r < 0.12:
        return HOMOPHONE[w]
    if w in BRAND and r < 0.7:
        return BRAND[w]
    return w


SYM_SPLIT = {"backslash": ["back slash", "backslash", "Backslash"],
             "underscore": ["under score", "underscore", "underscore"],
             "semicolon": ["semi-colon", "semicolon", "semicolon"],
             "backtick": ["back tick", "backtick", "back-tick"],
             "tilde": ["tilde", "tilda", "tilde", "Tilde"],
             "caret": ["caret", "carrot", "caret"],
             "hash": ["hash", "hash", "Hash", "hash"],
             "ampersand": ["ampersand", "ampersand", "Ampersand"],
             "colon": ["colon", "colon", "Colon"]}


def w_symword(text, rng):
    """A spoken symbol name (possibly several words) in Whisper's hand."""
    if text in SYM_SPLIT:
        return rng.choice(SYM_SPLIT[text])
    if text in ("dot dot", "pipe pipe", "double dash", "dash dash", "and and") \
            and rng.random() < 0.3:
        return text.replace(" ", "-")
    if text == "question mark" and rng.random() < 0.2:
        return "?"
    if text == "plus" and rng.random() < 0.2:
        return "+"
    if text == "percent" and rng.random() < 0.3:
        return "%"
    return text


def sym_speech(piece, rng, loose):
    """Which name the speaker uses for a symbol piece (fuzzy or natural)."""
    s, role = piece["s"], piece["role"]
    if s == "-":
        if role == "inner":
            return rng.choice(["hyphen", "hyphen", "dash", "minus"] if loose else
                              ["hyphen", "hyphen", "dash", "minus"])
        return rng.choice(["dash", "dash", "dash", "minus", "hyphen"])
    if s == "--":
        return rng.choice(["double dash", "dash dash"] if loose else
                          ["double dash", "double dash", "dash dash"])
    if s == ".":
        if role == "digits":
            return rng.choice(["point", "dot", "point"])
        return rng.choice(["dot", "dot", "dot", "period", "point"] if loose else
                          ["dot", "dot", "period", "point"])
    if s == "/":
        return rng.choice(["slash", "forward slash", "forward slash"])
    if s == "*":
        return rng.choice(["star", "star", "asterisk"])
    if s == "@":
        return rng.choice(["at", "at sign"])
    if s == "=":
        return rng.choice(["equals", "equals", "equals sign"])
    if s == "$":
        return rng.choice(["dollar", "dollar sign"])
    if s == ">":
        if role == "redir":
            return rng.choice(["redirect", "greater than"] if loose else
                              ["redirect", "redirect", "greater than"])
        return "greater than"
    if s == ">>":
        return rng.choice(["append", "double greater than"])
    if s == "..":
        return "dot dot"
    return " ".join(piece["t"])


EXT_OK = re.compile(r"^[a-z0-9]+$")


def speak_word(pieces, rng, style):
    """One command word, as the speaker says it and Whisper writes it."""
    loose = style == "natural"
    out = []          # list of (text, glue_hint)
    k = 0
    is_dotted_num = (all(p["k"] == "num" or (p["k"] == "sym" and p["s"] == ".") for p in pieces)
                     and len(pieces) >= 3)
    if is_dotted_num and rng.random() < (0.75 if loose else 0.35):
        return "".join(p["s"] for p in pieces)
    while k < len(pieces):
        p = pieces[k]
        # stem dot ext -> "main.py"
        if (k + 2 < len(pieces) and pieces[k + 1]["k"] == "sym" and pieces[k + 1]["s"] == "."
                and p["k"] in ("word", "letters", "num") and pieces[k + 2]["k"] in ("word", "letters", "num")
                and EXT_OK.match(p["s"]) and EXT_OK.match(pieces[k + 2]["s"])
                and (k + 3 == len(pieces) or pieces[k + 3]["k"] == "sym")
                and rng.random() < (0.5 if loose else 0.2)):
            out.append((p["s"] + "." + pieces[k + 2]["s"], "word"))
            k += 3
            continue
        kind = p["k"]
        if kind == "sym":
            spoken = sym_speech(p, rng, loose)
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if spoken == "dash" and p["role"] == "lead" and nxt is not None \
                    and nxt["k"] in ("letters", "word") and rng.random() < 0.12:
                out.append(("-", "glue_next"))
            elif spoken in ("double dash", "dash dash") and nxt is not None \
                    and nxt["k"] == "word" and rng.random() < (0.25 if loose else 0.1):
                out.append(("--", "glue_next"))
            elif spoken == "at" and loose and k > 0 and nxt is not None \
                    and nxt["k"] == "word" and rng.random() < 0.4:
                out.append(("@", "glue_both"))
            else:
                out.append((w_symword(spoken, rng), "sym"))
        elif kind == "num":
            toks = list(p["t"])
            near_dot = any(0 <= k + d < len(pieces) and pieces[k + d]["k"] == "sym"
                           and pieces[k + d]["s"] == "." for d in (-1, 1))
            if loose and "zero" in toks and (p["mode"] == "digits" or near_dot) \
                    and rng.random() < 0.5:
                toks = ["oh" if t == "zero" else t for t in toks]
            out.append((w_number(p, rng, toks), "num"))
        elif kind == "letters":
            out.append((w_letters(p["t"], rng), "letters"))
        elif kind == "word":
            out.append((w_word(p["s"], rng), "word"))
        elif kind == "esc":
            out.append((rng.choice(["the word " + p["s"], "the word " + p["s"],
                                    "the word, " + p["s"] + ",", "the word " + p["s"].capitalize()]),
                        "word"))
        elif kind == "cap":
            if p.get("inner") == "word":
                body = p["s"]
            elif p.get("inner") == "esc":
                body = "the word " + p["s"]
            else:
                body = p["s"] if len(p["s"]) == 1 else w_letters(p["t"][1:], rng)
                if p["s"].lower() == "z":
                    body = rng.choice(["Zed", "zed"])
            lead = rng.choice(["capital", "capital", "Capital"])
            if p.get("inner") == "letters" and len(p["s"]) == 1 and rng.random() < 0.15:
                body = body.lower()
            out.append((lead + " " + body, "word"))
        elif kind == "caps":
            out.append((rng.choice(["all caps ", "all caps ", "all-caps ", "All caps "]) +
                        rng.choice([p["s"], p["s"], p["s"].lower()]), "word"))
        elif kind == "run":
            style_name = p["style"]
            lead = rng.choice([style_name + " case", style_name + " case",
                               style_name + "-case", style_name.capitalize() + " case,"])
            if style_name == "camel" and rng.random() < 0.2:
                lead = "camelCase"
            out.append((lead + " " + " ".join(p["parts"]), "word"))
        k += 1
    # join with Whisper's gluing habits
    text = ""
    prev_hint = None
    for t, hint in out:
        if not text:
            text = t
        elif prev_hint in ("glue_next", "glue_both") or hint == "glue_both":
            text += t
        elif prev_hint == "word" and hint == "word" and rng.random() < 0.25 \
                and re.match(r"^[a-z]+$", t) and re.search(r"[a-z]$", text):
            text += t
        elif prev_hint == "letters" and hint == "num" and rng.random() < 0.3 \
                and re.search(r"[A-Z]$", text) and re.match(r"^\d+$", t):
            text += t
        else:
            text += " " + t
        prev_hint = hint
    return text


# --------------------------------------------------------------------------
# Slices
# --------------------------------------------------------------------------
SPACE_FORMS = [" space ", " space ", " space ", " space, ", ", space ", " Space ",
               " space. ", " spaced "]


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ,", ",", text)
    text = re.sub(r",,+", ",", text)
    text = re.sub(r"\.\s*,", ".", text)
    # capital after a full stop
    text = re.sub(r"([.?!]) ([a-z])", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    return cap_first(text)


def make_fuzzy(cmd, rng):
    words = encode_command(cmd)
    parts = [speak_word(p, rng, "fuzzy") for p in words]
    text = parts[0]
    for part in parts[1:]:
        sep = rng.choice(SPACE_FORMS)
        if sep == " spaced ":
            sep = " space "
        text += sep + part
    text = tidy(text)
    r = rng.random()
    if r < 0.55:
        text += "."
    return text


OPENERS = ["Right, so", "Right so,", "Okay so", "Okay, so", "Would you ever run",
           "Go on and run", "Stick in", "Do us a quick", "Next one is", "Now,",
           "Yeah so it's", "Pop in", "Throw in", "Just", "So,", "Right,"]
SIGNOFFS = ["Grand.", "That's it.", "Grand, thanks.", "Sound.", "Cheers.",
            "That's the lot.", "Thanks a million.", "And that's it now."]
FILLERS = ["em,", "em,", "like,", "so,", "eh,", "sure,", "you know,", "um,"]
ASIDES = ["hold on till I check the name", "where did I put that", "God, these names",
          "bear with me", "this is the one for the backup job", "sorry, the dog",
          "what's it called again, yeah", "hang on, I have it written down here",
          "don't mind me"]
WORD_FIX = ["{w}, no, sorry, {r}", "{w}, ah no, I mean {r}", "{w}, no no, hang on, {r}",
            "{w}, I'm after saying that wrong, it's {r}", "{w}, actually make that {r}",
            "{w}... no wait, {r}"]
FLAG_FIX = ["{w}, no, not that one, {r}", "{w}, ah no, not that flag, it's {r}",
            "{w}, sorry, scratch that flag, {r}", "{w}, no, sorry, {r}"]
WHOLE_FIX = ["{w}. No, scratch that, it's {r}", "{w}. Ah no, let me start that again. {r}",
             "{w}, no, sorry, forget all that. {r}", "{w}. No no, hang on, start again. {r}"]
RESTART = ["{p}... ah no, let me start that again. {r}", "{p}, em, no, from the top. {r}",
           "{p}, sorry, start again. {r}"]


def natural_parts(cmd, rng):
    return [speak_word(p, rng, "natural") for p in encode_command(cmd)]


def join_natural(parts, rng, filler_p=0.12):
    text = ""
    for k, part in enumerate(parts):
        if k > 0 and rng.random() < filler_p:
            text += " " + rng.choice(FILLERS)
        text += (" " if text else "") + part
    return text


def frame(body, rng, sign_p=0.45):
    opener = rng.choice(OPENERS)
    text = opener + " " + body
    if rng.random() < sign_p:
        text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.5:
        text += "."
    return tidy(text)


def make_natural(cmd, rng):
    parts = natural_parts(cmd, rng)
    return frame(join_natural(parts, rng), rng)


EXTS = ["txt", "log", "yaml", "json", "py", "sh", "csv", "conf", "md", "toml"]
DIRS = ["tmp", "docs", "src", "data", "projects", "home", "backup"]
SWAP_WORDS = ["config", "data", "main", "test", "backup", "input", "output", "report",
              "notes", "demo", "index", "build", "server", "logs", "alpha"]


def mutate_word(w, rng, long_opts):
    """A plausible wrong version of one command word."""
    m = list(re.finditer(r"\d+", w))
    if m and rng.random() < 0.7:
        g = rng.choice(m)
        s = g.group(0)
        if s[0] == "0" and len(s) > 1:
            new = s[:-1] + str((int(s[-1]) + rng.choice([1, 2, 3])) % 10)
        else:
            new = str(int(s) + rng.choice([1, 2, 10, 100]))
        return w[:g.start()] + new + w[g.end():]
    em = re.search(r"\.([a-z0-9]+)$", w)
    if em and rng.random() < 0.7:
        ext = rng.choice([e for e in EXTS if e != em.group(1)])
        return w[:em.start(1)] + ext
    if re.match(r"^--[a-z][a-z-]*$", w):
        opts = [o for o in long_opts if o != w]
        return rng.choice(opts)
    if re.match(r"^-[A-Za-z]$", w):
        c = w[1]
        alt = c.swapcase() if rng.random() < 0.5 and c.isalpha() else \
            rng.choice([x for x in "abcdefhilnrstvx" if x != c.lower()])
        return "-" + alt
    if "/" in w:
        comps = w.split("/")
        idx = [k for k, c in enumerate(comps) if c in DIRS or c in SWAP_WORDS]
        if idx:
            k = rng.choice(idx)
            comps[k] = rng.choice([d for d in DIRS + SWAP_WORDS if d != comps[k]])
            return "/".join(comps)
    if re.match(r"^[a-z]+$", w) and w in VOCAB:
        return rng.choice([s for s in SWAP_WORDS if s != w])
    if m:
        g = m[-1]
        return w[:g.start()] + str(int(g.group(0)) + 1) + w[g.end():]
    if len(w) > 3 and w[-1].isalpha():
        return w[:-1] + rng.choice([x for x in "aeiost" if x != w[-1]])
    return w + rng.choice(["s", "x", "2"])


def make_chaotic(cmd, rng, long_opts):
    words = cmd.split(" ")
    parts = natural_parts(cmd, rng)
    flag_idx = [k for k, w in enumerate(words) if w.startswith("-") and len(w) > 1]
    kinds = ["word", "whole", "restart"]
    if flag_idx:
        kinds += ["flag", "flag"]
    primary = rng.choice(kinds)
    secondary = rng.choice(["none", "none", "aside", "repeat", "aside", "filler"])
    body_pre = ""
    if primary in ("word", "flag"):
        if primary == "flag":
            k = rng.choice(flag_idx)
        else:
            k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        wrong = mutate_word(words[k], rng, long_opts)
        if wrong == words[k]:
            wrong = words[k] + "s"
        wrong_sp = speak_word(encode_word(wrong), rng, "natural")
        tmpl = rng.choice(FLAG_FIX if primary == "flag" else WORD_FIX)
        parts[k] = tmpl.format(w=wrong_sp, r=parts[k])
    elif primary == "whole":
        k = rng.randrange(len(words))
        wrong_words = list(words)
        wrong_words[k] = mutate_word(words[k], rng, long_opts)
        if wrong_words == words:
            wrong_words[k] = words[k] + "s"
        wrong_sp = join_natural(natural_parts(" ".join(wrong_words), rng), rng, 0.05)
        body_pre = ("WHOLE", rng.choice(WHOLE_FIX), wrong_sp)
    else:
        cut = rng.randrange(1, len(words)) if len(words) > 1 else 1
        partial = " ".join(parts[:cut]) if len(words) > 1 else parts[0].split(" ")[0]
        body_pre = ("RESTART", rng.choice(RESTART), partial)
    if secondary == "aside" and len(parts) > 1:
        k = rng.randrange(1, len(parts))
        parts[k] = "... " + rng.choice(ASIDES) + "... " + parts[k]
    elif secondary == "repeat" and (len(words) < 2 or words[1] != words[0]):
        parts[0] = parts[0] + ", " + rng.choice(["", "em, ", "eh, "]) + parts[0]
    body = join_natural(parts, rng, 0.3 if secondary == "filler" else 0.12)
    if body_pre:
        _, tmpl, first = body_pre
        if tmpl.startswith("{w}"):
            body = tmpl.format(w=first, r=body)
        else:
            body = tmpl.format(p=first, r=body)
    return frame(body, rng, 0.35)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > MAX_CHARS:
        return None
    if cmd != cmd.strip() or not cmd:
        return None
    text = clean_text(encode_command(cmd))
    if len(text.split()) > MAX_TOKENS:
        return None
    if decode(text) != cmd:
        return None
    return text


def main():
    rng = random.Random(126)
    rows = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 == 2:
                rows.append(json.loads(line)["command"])
    long_opts = sorted(set(w for c in rows for w in c.split(" ")
                           if re.match(r"^--[a-z][a-z-]{2,}$", w)))
    cands = []
    seen = set()
    for cmd in rows:
        if cmd in seen:
            continue
        seen.add(cmd)
        if dictatable(cmd) is not None:
            cands.append(cmd)
    rng.shuffle(cands)
    chosen = []
    per_first = {}
    for cmd in cands:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    assert len(set(chosen)) == len(chosen)

    out = []
    for si, name in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if name == "clean":
                text = clean_text(encode_command(cmd))
                assert re.match(r"^[a-z]+( [a-z]+)*$", text), text
                assert decode(text) == cmd, (text, cmd)
            elif name == "fuzzy":
                text = make_fuzzy(cmd, rng)
            elif name == "natural":
                text = make_natural(cmd, rng)
            else:
                text = make_chaotic(cmd, rng, long_opts)
            out.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    clean_ok = sum(1 for r in out if r["slice"] == "clean" and decode(r["input"]) == r["command"])
    print("wrote %d lines to %s (%d candidates); clean round-trip %d/%d"
          % (len(out), os.path.relpath(OUT, ROOT), len(cands), clean_ok, PER_SLICE))


if __name__ == "__main__":
    main()
