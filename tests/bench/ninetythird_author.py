"""Ninety-third author: a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author93.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <exact command>, "slice": ...,
"author": "author93"}, 100 per slice in the order clean, fuzzy, natural,
chaotic.  Standard library only; one random.Random(93) is consumed in a fixed
order (selection shuffle first, then fuzzy, natural and chaotic lines), so a
rerun is byte-identical.  Run:  python3 tests/bench/ninetythird_author.py

Source and credit
-----------------
Every command is taken verbatim from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the pool
assets/training/bash/pages_dev53_commands.jsonl.  Only 0-based pool lines n
with n % 4 == 3 are used, for all four slices.  A command is skipped if it is
not plain printable ASCII, holds a tab or a double space, is longer than 64
characters, or takes more than 48 spoken words in this speaker's clean
protocol.  The eligible commands are shuffled by the seeded generator and
taken in that order, at most two per first word, none twice; the first 100 go
to clean, the next 100 to fuzzy, then natural, then chaotic.

STYLE GUIDE
===========

The speaker
-----------
A British sysadmin in his fifties, from the north of England, who learnt his
trade on the phone to data centres.  Phone habits run through everything he
says: he spells with "zed", says "double p" for a doubled letter, says "oh"
for a nought when reading digits casually, and calls "-" a hyphen first and a
dash second.  He is courteous and a bit old-fashioned: "Right," to start,
"cheers" or "ta" to finish, "erm" while he thinks, "I tell a lie" and "oh
bother" when he gets something wrong, "hang about" when he stops himself,
"scrap that, from the top" when he restarts, "bear with me" as an aside.  He
says "full stop" now and then for a dot, "stroke" for a slash, "squiggle" for
the tilde, "speech marks" for double quotes, "inverted commas" for single
quotes and "round / square / curly brackets" for ( [ {.  None of those loose
names appear in his clean protocol; they only show up when he is not being
careful (natural and chaotic).

The clean protocol as this speaker uses it
------------------------------------------
The clean input is a careful transcript: lower case, no punctuation, nothing
but the command, words separated by single spaces.

1. Tokens.  The command is split on its single spaces; between two tokens he
   says "space".  Inside a token nothing separates the pieces: everything he
   says between two "space"s is written together.  So a compound may be said
   as the words a person hears in it ("local host" -> localhost, "who am i" ->
   whoami, "my env" -> myenv) and a digit may follow a letter directly
   ("t p m two" -> tpm2).

2. Words or letters.  Lower-case letter runs he knows are said as words
   (install, docs, config, photo).  A run he does not know is said whole when
   it is easy to pronounce (nicotine, apptainer, pueue), split into known
   words when it is a compound of them (elastic search, meta flac), and
   otherwise spelled, keeping any longer known word inside it as a word
   ("p k g file", "p n m to p n g", "g calc l i").
   Letters are written as single lower-case letters, except z, which he
   always says "zed".  Two identical letters in a row are "double x"
   ("double p m" -> ppm, "h double t p s" -> https) -- except u, which is
   always said "u u", because "double u" is the letter w; w itself is written
   "w".

3. Collisions.  Any literal word that is also a protocol word is spelled
   letter by letter, never said: the symbol names below (dot, hash, point,
   star, at, pipe, case, mark, quote, than, sign, append, redirect, and ...),
   the number words (one, ten, hundred ...), and space, capital, caps, double,
   zed, curly, kebab, screaming, literal.  "--ignore-case" is therefore
   "hyphen hyphen ignore hyphen c a s e" and the command "asterisk" is
   "a s t e r i s k".  A few words are protocol words only when followed by
   their partner: open / close (paren, brace, bracket, angle, curly), less /
   greater (than), single (quote), forward (slash), question (mark), all
   (caps), camel / snake / pascal (case).  Because every partner word is
   itself reserved, a literal "open", "all" or "forward" is simply said.

4. Symbols, one name each:
     -  hyphen          .  dot             /  forward slash    \\  backslash
     |  pipe            *  asterisk        !  bang             #  hash
     ~  tilde           @  at              $  dollar           %  percent
     ^  caret           &  ampersand       && and and          =  equals
     +  plus            :  colon           ;  semicolon        _  underscore
     ,  comma           "  quote           '  single quote     `  backtick
     ?  question mark   (  open paren      )  close paren      [  open bracket
     ]  close bracket   {  open brace      }  close brace      <  less than
     >  greater than
   Doubled symbols are said twice: "--" is "hyphen hyphen", ">>" is "greater
   than greater than", "||" is "pipe pipe", ".." is "dot dot".  "2>" is just
   "two greater than".  (The listener also accepts the other names the
   protocol allows -- dash, minus, period, point, slash, star, redirect,
   append, double dash, dash dash, at sign, dollar sign, percent sign, equals
   sign, open angle, open curly brace -- but this speaker never uses them in
   the clean slice.)

5. Numbers.  A maximal run of digits is one number:
   - one or two digits without a leading zero: as a number ("five",
     "sixteen", "forty two");
   - a round number: "two hundred", "nineteen hundred", "three thousand",
     "ten thousand" (n % 100 == 0 with n/100 < 100, thousands preferred);
   - four digits whose halves are both 10..99 and either the second half ends
     in 0 or the first half is 19 or 20: as two pairs ("eighty eighty" ->
     8080, "nineteen ninety nine", "twenty forty eight");
   - everything else, and anything with a leading zero, digit by digit with
     "zero" for 0 ("one two seven", "five four three two", "zero five").
   The listener reads number words left to right in groups -- a digit word,
   a teen, or a tens word plus an optional unit, each optionally followed by
   "hundred" or "thousand" -- and writes the groups one after another.  A
   tens word followed by a unit word is always one two-digit group, so
   "twenty two" is 22 and never 202.  "Dot" is used for every ".", decimals
   and versions included ("v two dot one dot zero").

6. Case.  Letters and words are lower case unless he says otherwise:
   - "capital x" is X (one letter);
   - "all caps word" upper-cases the single word that follows (all caps head
     -> HEAD; all caps readme -> README); an upper-case run that is not a
     word he knows is spelled with "capital" on every letter (capital r
     capital p capital m -> RPM);
   - case runs: "camel case w1 w2 ..." (theHarvester), "pascal case w1 ..."
     (BoxManage, and also a single capitalised word: "pascal case location"
     -> Location), "snake case w1 w2 ..." (api_key, remote_location).  A run
     takes every following plain word and stops at the first protocol word,
     letter, number, "space" or the end; he only uses a run when all its
     parts are words he knows and nothing but a protocol word follows.
   He never uses kebab or screaming case: hyphens are said as hyphens.

7. The listener, decode() below, implements exactly these rules; every clean
   line is asserted to round-trip.  Longer phrases win ("double greater
   than" over "double"), and "double" before a letter doubles the letter.

Whisper's habits (fuzzy, natural, chaotic)
------------------------------------------
Whisper capitalises the first word, adds full stops and commas (", space,",
"space."), writes numbers as numerals ("8080", "8 0 8 0", "3,000", "80 80",
"twenty-two"), writes spelled letters upper case and glued ("LS", "TMP"),
spaced ("T M P"), lower case or with dots ("P.G.M."), sometimes as homophones
("see", "are", "why", "tee", "pee", "aitch", "eye", "oh", "queue"), writes
"zed" as "Zed" or "Z", capitalises brands (Docker, GitHub, Python, Alice),
mishears a few words ("pseudo" for sudo, "Jason" for json, "cash" for cache),
glues a said-apart compound ("whoami", "localhost") or splits a known one
("screen shot"), hyphenates or glues two-word names ("forward-slash",
"forwardslash", "hyphen-hyphen", "all-caps", "camelCase"), and spells a few
names the British way ("semi-colon", "per cent", "tilda", "carrot").

The four slices
---------------
clean    The protocol above, a careful transcript; decode(input) == command.
fuzzy    The same protocol with "space" kept, as Whisper writes it: the
         Whisper habits above plus his occasional symbol synonyms (dash or
         minus for hyphen, period or point for dot, slash for forward slash,
         star, redirect, append, double dash, equals sign, at sign, dollar
         sign, per cent).  No framing, no fillers.
natural  No "space": spacing must be inferred.  An opener ("Right,", "Right
         then,", "Could you run", "Let's have", "Go on then,", "Pop in",
         "Next one,"), maybe a sign-off ("Cheers.", "Ta.", "Lovely, thanks.",
         "That's the one.", "Thanks ever so much."), an occasional "erm"
         (Whisper: erm / um / er / uh) between tokens, loose symbol names
         (double hyphen, full stop, stroke, squiggle, speech marks, inverted
         comma, round/square/curly brackets, exclamation mark, double
         ampersand), "oh" and "double" when he reads digits ("double four
         three"), case said as "capital S", "upper case S", "HEAD in
         capitals", "Location with a capital L", "old base in snake case",
         and Whisper gluing file names and addresses ("notes.txt",
         "10.0.0.5").
chaotic  Natural plus trouble, one main fault per line and some extras:
         - a word-scope slip and repair ("X, no, sorry, Y", "X, I tell a lie,
           Y", "X, no, hang about, not X, Y", "X, scrap that, Y", "X, oh
           bother, Y", "X, no, that's wrong, it's Y");
         - a flag-scope slip ("dash dash force, wrong flag, sorry, dash dash
           smalltalk", "hyphen S, no, sorry, not hyphen S, hyphen N");
         - a whole-command restart after a partial answer, sometimes with a
           slip in it ("... oh bother, let me start again.", "no, scrap that,
           from the top.", "hang about, I've muddled that. Again:", "I tell a
           lie, start again.");
         - extras: a stutter on the first word ("cppcheck, cppcheck"), an
           aside between tokens ("bear with me,", "where was I,", "sorry, the
           phone's going,", "it's on the other screen,", "and after that,
           what was it,"), a stray "erm".
         The repaired text is always given in full after the correction
         phrase, so a careful listener rebuilds the command exactly.
"""
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev53_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author93.jsonl")
AUTHOR = "author93"
SEED = 93
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_CHARS = 64
MAX_SPOKEN = 48

# Words this speaker says as words (lower case, never a protocol word).
VOCAB_TEXT = """
abandon about account across activate add address admin age agent air alias
alice alien all allow alpha alpine am an ansible api app apple applet apt
arch archive armor as ascii ask attr audio audit auth auto automake
autostart aws azure babel back backend background backup backups bar base
basename bash bear berlin bin binary bind bird bit bitrate blender block bob
book boot box branch branches brew broadcast browser bucket build builder
bun bundle by byte bytes cache cal calc calendar cap capture carbon cargo
cat category change changeme chat check checking checkinstall checks chrome
clang clean cleanup clear cleared clementine client clip clone cloud code
coffee collection color column com command commit compact compile composer
compress compression compute conda conf config configure connect console
container contingent cookies copy count cover coverage crane create critical
cron crypt current daemon daemonize data database datagram date deb debug
decaffeinate dedicated deep default delay delete delta demo dependencies
depends deploy deployment depot describe description desktop detach dev
developers device devices diff direct directory disconnect disk distro do
doc docker docs doctor dolt domain domains done down download downmix dry
dump duplicate duration dust east echo edge edit editor elapsed elastic
electron embed emerge empty enable end engine env environment epson error
escape espeak eval events example exec executable execute exit expand export
express extra factor factorize failure fake fast feed feedback fetch file
filter find fine firefox firmware first fish fix flac flake flash flask
flatpak flavor flip flow follow font foo foot for force forge format formats
frames free from function gallery game gameserver gamma gen generate
geometry germany get gettext gif gimp gist git github gitlab glob global
gnome go grab grade grafana gray grep group grub hall harvester have head
hello help helper hex high highlight history hold home host hub hunter hyper
icon image images import in include indent index info init initramfs input
inspect install instance interaction interactive internal into inventory
invert is island it java jenv join json keep kernel key keycode keymap keys
keystore keytool keyword kill label language last latest latex latitude
launch lazy leaks ledger level library license licenses limit line lines
link lint linux list live llama load loadtest local location lock lodash log
logfile logout logrotate logs long longitude loop loose magick mail main
make man manage manifest map match mate me media meld memory merge message
messages meta method mime mini mirror mirrorlist missing model modify module
modules monitor mono monolith most mount mountpoint mounts multi multicast
my name nano native net new newtab next no node nodebalancers none not notes
now numbat numpy object of off offerings old on only open opus or org origin
out outdir outfile output owner pack package packager packages pacman page
paginate pam paper parallel params parents part partition pass passphrase
password patch path pattern pause photo pie ping pinky pixie plasma platform
play player plugin plugins poetry policy poll pomodoros populate port post
postgres power prime print profile profiler program progress project
projects protector proxy prune push python query quick rabbit raku ram
rapper rate raw read readme ready real realpath rebase reboot recipient
reconfigure recursive redis reference reflector register registry release
relief remote remove rename repeats replay repo report repos repository
requests requires resample reset resize resource restore reverse rigol root
rotate rule run runtimes rust salt sam sandbox save saver scala scanner
scrape screen screenfetch screensaver screenshot script search second
seconds secrets select send sender sensible serial serif server session set
setup shaded shadow share shell shooter show siege silent simulate sink size
skate slack smalltalk snapshot sort sound source sources spacing speak speed
split splits squeak squeeze stack staff standard starship start station
stats status stern stop storage stow stream string strings style subject
sudo summaries surge suspend swap sync system table tag tags tail takeout
tap tar tarball target template terminal terraform test testbed text the
theme thing threads thrift tidy time to todo toilet tokens tool toolbox top
topic torrent total touch trace traffic transfer transmission tree true
trunk tune tuned tunnel turtle type typo typos ubuntu uniform uninstall
unset unzip up update upgrade upload uptime usage use user username users
validate vanilla variable variants verbose version vet video view viewer vim
volume volumes walker warn warning warp watch watson web webapp website west
what whatis who why width window wine wire with word wordlist workflow
workspace world wormhole wrapped write yank yes youtube zip
"""

# ---------------------------------------------------------------------------
# The protocol: symbol names, reserved words, letters, numbers
# ---------------------------------------------------------------------------

# What this speaker says in the clean slice, one name per symbol.
CLEAN_SYM = {
    "-": "hyphen", ".": "dot", "/": "forward slash", "\\": "backslash",
    "|": "pipe", "*": "asterisk", "!": "bang", "#": "hash", "~": "tilde",
    "@": "at", "$": "dollar", "%": "percent", "^": "caret",
    "&": "ampersand", "&&": "and and", "=": "equals", "+": "plus",
    ":": "colon", ";": "semicolon", "_": "underscore", ",": "comma",
    '"': "quote", "'": "single quote", "`": "backtick",
    "?": "question mark", "(": "open paren", ")": "close paren",
    "[": "open bracket", "]": "close bracket", "{": "open brace",
    "}": "close brace", "<": "less than", ">": "greater than",
}

# Everything a listener who knows the protocol accepts (decode side).
PHRASES = {
    ("hyphen",): "-", ("dash",): "-", ("minus",): "-",
    ("dot",): ".", ("period",): ".", ("point",): ".",
    ("slash",): "/", ("forward", "slash"): "/", ("backslash",): "\\",
    ("pipe",): "|", ("star",): "*", ("asterisk",): "*", ("bang",): "!",
    ("hash",): "#", ("tilde",): "~", ("at",): "@", ("at", "sign"): "@",
    ("dollar",): "$", ("dollar", "sign"): "$", ("percent",): "%",
    ("percent", "sign"): "%", ("caret",): "^", ("ampersand",): "&",
    ("equals",): "=", ("equals", "sign"): "=", ("plus",): "+",
    ("colon",): ":", ("semicolon",): ";", ("underscore",): "_",
    ("comma",): ",", ("quote",): '"', ("single", "quote"): "'",
    ("backtick",): "`", ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
    ("less", "than"): "<", ("greater", "than"): ">", ("redirect",): ">",
    ("double", "greater", "than"): ">>", ("append",): ">>",
    ("dash", "dash"): "--", ("double", "dash"): "--",
    ("and", "and"): "&&", ("pipe", "pipe"): "||", ("dot", "dot"): "..",
}

# Head words are only protocol words when followed by one of their tails;
# every tail is reserved, so a literal head can never be misread.
HEAD_TAILS = {
    "open": {"paren", "brace", "bracket", "angle", "curly"},
    "close": {"paren", "brace", "bracket", "angle", "curly"},
    "less": {"than"}, "greater": {"than"}, "single": {"quote"},
    "forward": {"slash"}, "question": {"mark"}, "all": {"caps"},
    "camel": {"case"}, "snake": {"case"}, "pascal": {"case"},
}
RUN_HEADS = ("camel", "snake", "pascal")

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}
TEENS = {w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
TENS = {w: (i + 2) * 10 for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
UNIT_WORD = {v: k for k, v in UNITS.items()}
TEEN_WORD = {v: k for k, v in TEENS.items()}
TENS_WORD = {v: k for k, v in TENS.items()}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand"}

LETTERS = {c: c for c in "abcdefghijklmnopqrstuvwxyz"}
LETTERS["zed"] = "z"
LETTER_NAME = {c: c for c in "abcdefghijklmnopqrstuvwxy"}
LETTER_NAME["z"] = "zed"

RESERVED = set()
for _k in PHRASES:
    for _w in _k:
        if _w not in HEAD_TAILS:
            RESERVED.add(_w)
RESERVED |= NUMWORDS
RESERVED |= {"space", "capital", "caps", "case", "double", "zed", "sign",
             "curly", "kebab", "screaming", "literal"}

VOCAB = set(w for w in VOCAB_TEXT.split()
            if w.isalpha() and w.islower() and len(w) >= 2
            and w not in RESERVED)


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

def _two(n):
    """Words for 1..99 (no leading zero)."""
    if n < 10:
        return [UNIT_WORD[n]]
    if n < 20:
        return [TEEN_WORD[n]]
    t, u = divmod(n, 10)
    return [TENS_WORD[t * 10]] + ([UNIT_WORD[u]] if u else [])


def number_words(s):
    """How this speaker says a maximal run of digits in the clean slice."""
    if len(s) > 1 and s[0] == "0":
        return [UNIT_WORD[int(c)] for c in s]
    n = int(s)
    if len(s) <= 2:
        return [UNIT_WORD[0]] if n == 0 else _two(n)
    if n % 1000 == 0 and 1 <= n // 1000 <= 99:
        return _two(n // 1000) + ["thousand"]
    if n % 100 == 0 and 1 <= n // 100 <= 99:
        return _two(n // 100) + ["hundred"]
    if len(s) == 4 and s[2] != "0":
        a, b = int(s[:2]), int(s[2:])
        if b % 10 == 0 or a in (19, 20):
            return _two(a) + _two(b)
    return [UNIT_WORD[int(c)] for c in s]


def _parse_number(ws, i):
    w = ws[i]
    if w in UNITS:
        v = UNITS[w]
        i += 1
    elif w in TEENS:
        v = TEENS[w]
        i += 1
    elif w in TENS:
        v = TENS[w]
        i += 1
        if i < len(ws) and ws[i] in UNITS and UNITS[ws[i]] > 0:
            v += UNITS[ws[i]]
            i += 1
    else:
        raise ValueError(f"number expected at {w!r}")
    if i < len(ws) and ws[i] in ("hundred", "thousand"):
        if v == 0:
            raise ValueError("zero hundred")
        v *= 100 if ws[i] == "hundred" else 1000
        i += 1
    return str(v), i


# ---------------------------------------------------------------------------
# The listener: decode() for the clean protocol
# ---------------------------------------------------------------------------

def _is_plain(ws, j):
    if j >= len(ws):
        return False
    w = ws[j]
    if not (w.isalpha() and w.islower() and len(w) >= 2):
        return False
    if w in RESERVED or w in LETTERS:
        return False
    if w in HEAD_TAILS and j + 1 < len(ws) and ws[j + 1] in HEAD_TAILS[w]:
        return False
    return True


def _apply_run(kind, parts):
    if kind == "snake":
        return "_".join(parts)
    if kind == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    return "".join(p.capitalize() for p in parts)


def _decode_chunk(ws):
    out = []
    i = 0
    n = len(ws)
    while i < n:
        w = ws[i]
        nxt = ws[i + 1] if i + 1 < n else None
        if w in RUN_HEADS and nxt == "case":
            j = i + 2
            parts = []
            while _is_plain(ws, j):
                parts.append(ws[j])
                j += 1
            if not parts:
                raise ValueError("empty case run")
            out.append(_apply_run(w, parts))
            i = j
            continue
        if w == "all" and nxt == "caps":
            if not _is_plain(ws, i + 2):
                raise ValueError("all caps needs a word")
            out.append(ws[i + 2].upper())
            i += 3
            continue
        if w == "capital":
            if nxt not in LETTERS:
                raise ValueError("capital needs a letter")
            out.append(LETTERS[nxt].upper())
            i += 2
            continue
        if w == "double" and nxt in LETTERS:
            if nxt == "u":
                raise ValueError("double u is the letter w")
            out.append(LETTERS[nxt] * 2)
            i += 2
            continue
        hit = None
        for size in (3, 2, 1):
            key = tuple(ws[i:i + size])
            if len(key) == size and key in PHRASES:
                hit = (PHRASES[key], size)
                break
        if hit:
            out.append(hit[0])
            i += hit[1]
            continue
        if w in NUMWORDS:
            s, i = _parse_number(ws, i)
            out.append(s)
            continue
        if w in LETTERS:
            out.append(LETTERS[w])
            i += 1
            continue
        if _is_plain(ws, i):
            out.append(w)
            i += 1
            continue
        raise ValueError(f"cannot read {w!r}")
    return "".join(out)


def decode(text):
    """Rebuild the command from a clean-slice transcript."""
    chunks = [[]]
    for w in text.split():
        if w == "space":
            chunks.append([])
        else:
            chunks[-1].append(w)
    if any(not c for c in chunks):
        raise ValueError("empty token")
    return " ".join(_decode_chunk(c) for c in chunks)


# ---------------------------------------------------------------------------
# The speaker: encode a command into units, then into clean words
# ---------------------------------------------------------------------------

PIECE_RE = re.compile(r"[A-Za-z]+|[0-9]+|&&|.")


def _unit(kind, lit, sp, **kw):
    d = {"k": kind, "lit": lit, "sp": sp}
    d.update(kw)
    return d


def _spell_words(letters):
    out = []
    i = 0
    while i < len(letters):
        c = letters[i]
        if i + 1 < len(letters) and letters[i + 1] == c and c != "u":
            out += ["double", LETTER_NAME[c]]
            i += 2
        else:
            out.append(LETTER_NAME[c])
            i += 1
    return out


SHORT_JOIN = set("to my up in on is it am me do of no go by or".split())
SEG3 = set("""app bin cat dev env log git key new old web zip tar man pam run mix
set get box doc net map tag use sum cal deb add fix hub ram raw sam""".split())
ONSETS = set("""bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw
th tr tw wh wr ph kn qu sq""".split())
VOWELS = set("aeiouy")
CLUSTERS3 = set("""tch nch str scr spr ngs nds nts rst sch thr chr ght lls rts
cks nst""".split())


def pronounceable(s):
    """Would this speaker just say an unknown name rather than spell it?"""
    if len(s) < 4:
        return False
    squashed = re.sub(r"(.)\1", r"\1", s)
    if not any(c in VOWELS for c in squashed):
        return False
    for run in re.findall(r"[^aeiouy]+", squashed):
        if len(run) > 3 or (len(run) == 3 and run not in CLUSTERS3):
            return False
    head = re.match(r"[^aeiouy]+", squashed)
    if head and len(head.group(0)) == 2 and head.group(0) not in ONSETS:
        return False
    return True


def _dp(s, word_ok, letter_ok):
    n = len(s)
    best = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(1, n + 1):
        cands = []
        prev = best[i - 1]
        if prev is not None and letter_ok(s[i - 1]):
            cands.append((prev[0] + 1, prev[1] + 1, prev[2] + [("l", s[i - 1])]))
        for j in range(0, i - 1):
            piece = s[j:i]
            if best[j] is not None and word_ok(piece, j, i, n):
                b = best[j]
                cands.append((b[0] + 1, b[1] - len(piece),
                              b[2] + [("w", piece)]))
        best[i] = min(cands) if cands else None
    return best[n][2] if best[n] is not None else None


def _seg_plan(s):
    if s in VOCAB:
        return [("w", s)]
    if s in RESERVED:
        # a literal word that is also a protocol word is always spelled
        return [("l", c) for c in s]
    # 1. the run is a compound of words the speaker knows ("local host")
    plan = _dp(s, lambda p, j, i, n: p in VOCAB
               and (len(p) > 2 or p in SHORT_JOIN), lambda c: c in "ai")
    if plan:
        return plan
    # 2. an unknown but sayable name is simply said
    if pronounceable(s) and s not in RESERVED:
        return [("w", s)]
    # 3. otherwise spelled, keeping any longer words said as words
    return _dp(s, lambda p, j, i, n: (p in VOCAB and len(p) > 3)
               or p in SEG3 or (p == "to" and j >= 2 and i <= n - 2),
               lambda c: True)


def segment(s):
    """Split a lower-case run into words the speaker says and letters."""
    units = []
    group = s
    for kind, piece in _seg_plan(s):
        if kind == "w":
            units.append(_unit("word", piece, [piece], grp=group))
        elif units and units[-1]["k"] == "spell":
            units[-1]["lit"] += piece
        else:
            units.append(_unit("spell", piece, None, grp=group))
    for u in units:
        if u["k"] == "spell":
            u["sp"] = _spell_words(u["lit"])
    return units


def _upper_units(seg):
    if len(seg) >= 2 and seg.lower() in VOCAB:
        return [_unit("upper", seg, ["all", "caps", seg.lower()])]
    return [_unit("cap", c, ["capital", LETTER_NAME[c.lower()]]) for c in seg]


def _alpha_units(p):
    if p.islower():
        return segment(p)
    if p.isupper():
        return _upper_units(p)
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", p):
        parts = re.findall(r"[A-Z]?[a-z]+", p)
        if all(x.lower() in VOCAB for x in parts):
            low = [x.lower() for x in parts]
            return [_unit("run", p, ["camel", "case"] + low, run="camel",
                          parts=low)]
    if re.fullmatch(r"(?:[A-Z][a-z]+)+", p):
        parts = re.findall(r"[A-Z][a-z]+", p)
        if all(x.lower() in VOCAB for x in parts):
            low = [x.lower() for x in parts]
            return [_unit("run", p, ["pascal", "case"] + low, run="pascal",
                          parts=low)]
    units = []
    segs = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", p)
    k = 0
    while k < len(segs):
        seg = segs[k]
        if re.fullmatch(r"[A-Z][a-z]+", seg) and seg.lower() in VOCAB:
            parts = []
            while (k < len(segs) and re.fullmatch(r"[A-Z][a-z]+", segs[k])
                   and segs[k].lower() in VOCAB):
                parts.append(segs[k].lower())
                k += 1
            units.append(_unit("run", "".join(x.capitalize() for x in parts),
                               ["pascal", "case"] + parts, run="pascal",
                               parts=parts))
            continue
        if seg.isupper():
            units += _upper_units(seg)
        elif seg.islower():
            units += segment(seg)
        else:
            units += _upper_units(seg[0]) + segment(seg[1:])
        k += 1
    return units


def _lower_word(p):
    return p.isalpha() and p.islower() and p in VOCAB


def encode_token(tok):
    pieces = PIECE_RE.findall(tok)
    assert "".join(pieces) == tok, tok
    units = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if _lower_word(p):
            parts = [p]
            j = i
            while (j + 2 < len(pieces) and pieces[j + 1] == "_"
                   and _lower_word(pieces[j + 2])):
                parts.append(pieces[j + 2])
                j += 2
            if len(parts) >= 2:
                units.append(_unit("run", "_".join(parts),
                                   ["snake", "case"] + parts, run="snake",
                                   parts=parts))
                i = j + 1
                continue
        if p.isalpha():
            units += _alpha_units(p)
        elif p.isdigit():
            units.append(_unit("num", p, number_words(p)))
        else:
            units.append(_unit("sym", p, CLEAN_SYM[p].split()))
        i += 1
    return units


def encode(command):
    return [encode_token(t) for t in command.split(" ")]


def clean_words(tokens):
    out = []
    for k, units in enumerate(tokens):
        if k:
            out.append("space")
        for u in units:
            out += u["sp"]
    return out


def clean_text(command):
    return " ".join(clean_words(encode(command)))


# ---------------------------------------------------------------------------
# Whisper and the looser speaker: fuzzy, natural and chaotic renderings
# ---------------------------------------------------------------------------

def pick(rng, options):
    """Weighted choice; options are (weight, value) pairs or bare values."""
    opts = [o if isinstance(o, tuple) else (1, o) for o in options]
    total = sum(w for w, _ in opts)
    r = rng.random() * total
    for w, v in opts:
        r -= w
        if r < 0:
            return v
    return opts[-1][1]


BRANDS = {
    "docker": "Docker", "git": "Git", "github": "GitHub", "gitlab": "GitLab",
    "python": "Python", "linux": "Linux", "ubuntu": "Ubuntu", "java": "Java",
    "firefox": "Firefox", "postgres": "Postgres", "redis": "Redis",
    "terraform": "Terraform", "ansible": "Ansible", "youtube": "YouTube",
    "azure": "Azure", "alice": "Alice", "bob": "Bob", "berlin": "Berlin",
    "germany": "Germany", "grafana": "Grafana", "conda": "Conda",
    "vim": "Vim", "slack": "Slack", "gimp": "GIMP", "json": "JSON",
    "ascii": "ASCII", "bash": "Bash", "flask": "Flask", "chrome": "Chrome",
    "electron": "Electron", "nano": "Nano",
    "raku": "Raku", "numpy": "NumPy", "poetry": "Poetry", "wine": "Wine",
    "smalltalk": "Smalltalk", "scala": "Scala", "epson": "Epson",
}
WORD_HOMOPHONES = {
    "sudo": ["pseudo", "Sudo"], "json": ["Jason"], "cache": ["cash"],
    "byte": ["bite"], "bytes": ["bites"], "sam": ["Sam"],
    "gist": ["jist"], "numpy": ["num pie"], "yank": ["Yank"],
}
LETTER_HOMOPHONES = {
    "b": "bee", "c": "see", "j": "jay", "o": "oh", "p": "pee",
    "q": "queue", "r": "are", "t": "tee", "u": "you", "y": "why",
    "h": "aitch", "i": "eye",
}


def _split_two(word):
    for k in range(3, len(word) - 2):
        a, b = word[:k], word[k:]
        if a in VOCAB and b in VOCAB:
            return a + " " + b
    return None


def wh_word(u, rng, natural):
    w = u["lit"]
    r = rng.random()
    if w in WORD_HOMOPHONES and r < 0.25:
        return rng.choice(WORD_HOMOPHONES[w])
    if w in BRANDS and r < (0.75 if natural else 0.5):
        return BRANDS[w]
    split = _split_two(w)
    if split and r > 0.78:
        return split
    return w


def wh_letters(sp, rng, natural):
    """Whisper's way with a spelled run (sp: clean words incl. double/zed)."""
    style = pick(rng, [(5 if natural else 4, "glue"), (3, "spaced"),
                       (1, "lower"), (0 if natural else 1, "dotted")])
    out = []
    run = []

    def flush():
        if not run:
            return
        if style == "glue":
            out.append("".join(c.upper() for c in run))
        elif style == "dotted":
            out.append("".join(c.upper() + "." for c in run))
        else:
            for c in run:
                if c == "z":
                    out.append(rng.choice(["zed", "Zed", "Z"]))
                elif c in LETTER_HOMOPHONES and rng.random() < 0.12:
                    out.append(LETTER_HOMOPHONES[c])
                elif style == "lower":
                    out.append(c)
                else:
                    out.append(c.upper())
        del run[:]

    for w in sp:
        if w == "double":
            flush()
            out.append(rng.choice(["double", "double", "Double"]))
        elif w == "zed" and style != "spaced" and style != "lower":
            flush()
            out.append(rng.choice(["zed", "Zed"]))
        else:
            run.append(LETTERS[w])
    flush()
    return " ".join(out)


def _digits_spoken_natural(lit):
    """Speaker's own digit-by-digit: 'oh' for nought, 'double' for pairs."""
    out = []
    i = 0
    while i < len(lit):
        c = lit[i]
        name = "oh" if c == "0" else UNIT_WORD[int(c)]
        if i + 1 < len(lit) and lit[i + 1] == c:
            out += ["double", name]
            i += 2
        else:
            out.append(name)
            i += 1
    return out


def wh_number(u, rng, natural):
    sp, lit = u["sp"], u["lit"]
    digitwise = len(sp) > 1 and all(w in UNITS for w in sp)
    if digitwise:
        if natural:
            spoken = _digits_spoken_natural(lit)
            return pick(rng, [(6, lit), (2, " ".join(
                w if w in ("double", "oh") else str(UNITS[w]) for w in spoken)),
                (2, " ".join(spoken))])
        return pick(rng, [(5, lit), (3, " ".join(lit)), (2, " ".join(sp))])
    if len(sp) == 1 and sp[0] in UNITS:
        if natural and lit == "0":
            return pick(rng, [(3, "0"), (1, "oh"), (1, "zero")])
        return pick(rng, [(6 if natural else 4, lit), (4, sp[0])])
    if sp[-1] in ("hundred", "thousand"):
        head = "".join(_parse_number(sp[:-1], 0)[0]) if len(sp) > 1 else ""
        grouped = f"{int(lit):,}"
        return pick(rng, [(4, lit), (3, grouped), (2, " ".join(sp)),
                          (1, head + " " + sp[-1])])
    # compounds (2-digit) and pairs (eighty eighty)
    groups = []
    i = 0
    while i < len(sp):
        s, i = _parse_number(sp, i)
        groups.append(s)
    if len(groups) > 1:
        return pick(rng, [(4, lit), (3, " ".join(groups)), (2, " ".join(sp))])
    return pick(rng, [(6, lit), (2, "-".join(sp)), (2, " ".join(sp))])


FUZZY_SYM = {
    "-": [(6, "hyphen"), (2, "dash"), (2, "minus")],
    "--": [(4, "hyphen hyphen"), (2, "double dash"), (2, "dash dash"),
           (1, "hyphen-hyphen"), (1, "minus minus")],
    ".": [(6, "dot"), (2, "period"), (1, "point")],
    "..": ["dot dot"],
    "/": [(5, "forward slash"), (2, "slash"), (2, "forward-slash"),
          (1, "forwardslash")],
    "\\": ["backslash", "back slash"],
    "|": ["pipe"], "||": ["pipe pipe"],
    "*": [(3, "asterisk"), (1, "star")],
    "!": ["bang"], "#": ["hash"],
    "~": [(3, "tilde"), (1, "tilda")],
    "@": [(3, "at"), (1, "at sign")],
    "$": [(3, "dollar"), (1, "dollar sign")],
    "%": [(2, "percent"), (1, "per cent")],
    "^": [(2, "caret"), (1, "carrot")],
    "&": ["ampersand"], "&&": [(3, "and and"), (1, "and, and")],
    "=": [(3, "equals"), (1, "equals sign")],
    "+": ["plus"], ":": ["colon"],
    ";": [(1, "semicolon"), (1, "semi-colon")],
    "_": [(3, "underscore"), (1, "under score")],
    ",": ["comma"], '"': ["quote"],
    "'": [(3, "single quote"), (1, "single-quote")],
    "`": [(1, "backtick"), (1, "back tick")],
    "?": ["question mark"],
    "(": [(3, "open paren"), (1, "open parenthesis")],
    ")": [(3, "close paren"), (1, "close parenthesis")],
    "[": ["open bracket"], "]": ["close bracket"],
    "{": [(2, "open brace"), (1, "open curly brace")],
    "}": [(2, "close brace"), (1, "close curly brace")],
    "<": [(3, "less than"), (1, "less-than")],
    ">": [(5, "greater than"), (2, "greater-than"), (2, "redirect")],
    ">>": [(2, "greater than greater than"), (1, "double greater than"),
           (1, "append")],
}

NAT_SYM = {
    "-": [(5, "hyphen"), (3, "dash"), (2, "minus")],
    "--": [(4, "double hyphen"), (3, "dash dash"), (2, "hyphen hyphen"),
           (2, "double dash")],
    ".": [(9, "dot"), (1, "full stop")],
    "..": [(2, "dot dot"), (1, "two dots")],
    "/": [(5, "slash"), (4, "forward slash"), (1, "stroke")],
    "\\": ["backslash"],
    "|": ["pipe"], "||": [(1, "double pipe"), (1, "pipe pipe")],
    "*": [(1, "star"), (1, "asterisk")],
    "!": [(2, "exclamation mark"), (1, "bang")],
    "#": ["hash"],
    "~": [(4, "tilde"), (1, "squiggle")],
    "@": [(3, "at"), (1, "at sign")],
    "$": [(2, "dollar"), (1, "dollar sign")],
    "%": [(1, "percent"), (1, "per cent")],
    "^": ["caret"], "&": ["ampersand"],
    "&&": [(2, "double ampersand"), (1, "and and")],
    "=": [(4, "equals"), (1, "equals sign")],
    "+": ["plus"], ":": ["colon"],
    ";": [(1, "semicolon"), (1, "semi-colon")],
    "_": ["underscore"], ",": ["comma"], "`": ["backtick"],
    "?": ["question mark"],
    "(": ["open round bracket"], ")": ["close round bracket"],
    "[": ["open square bracket"], "]": ["close square bracket"],
    "{": [(2, "open curly bracket"), (1, "open curly brace")],
    "}": [(2, "close curly bracket"), (1, "close curly brace")],
    "<": ["less than"],
    ">": [(6, "greater than"), (2, "redirect")],
    ">>": [(2, "double greater than"), (1, "append"),
           (1, "greater than greater than")],
}
NAT_QUOTE = {
    ('"', "open"): [(3, "open speech marks"), (2, "open quote"), (1, "quote")],
    ('"', "close"): [(3, "close speech marks"), (2, "close quote"),
                     (1, "unquote")],
    ('"', "mid"): [(1, "quote"), (1, "speech marks")],
    ("'", "open"): [(2, "open inverted comma"), (2, "single quote")],
    ("'", "close"): [(2, "close inverted comma"), (2, "single quote")],
    ("'", "mid"): [(1, "apostrophe"), (1, "single quote")],
}

MERGE = {("-", "-"): "--", (">", ">"): ">>", ("|", "|"): "||",
         (".", "."): ".."}


def merge_syms(units):
    out = []
    for u in units:
        if (out and u["k"] == "sym" and out[-1]["k"] == "sym"
                and (out[-1]["lit"], u["lit"]) in MERGE
                and not out[-1].get("merged")):
            out[-1] = _unit("sym", MERGE[(out[-1]["lit"], u["lit"])],
                            out[-1]["sp"] + u["sp"], merged=True)
        else:
            out.append(dict(u))
    return out


def _render_unit(u, rng, natural, pos):
    k = u["k"]
    if k == "word":
        return wh_word(u, rng, natural)
    if k == "spell":
        return wh_letters(u["sp"], rng, natural)
    if k == "num":
        return wh_number(u, rng, natural)
    if k == "cap":
        c = u["lit"]
        if natural:
            return pick(rng, [(7, "capital " + c), (2, "upper case " + c)])
        return pick(rng, [(6, "capital " + c), (2, "Capital " + c),
                          (1, "capital-" + c), (1, "capital " + c.lower())])
    if k == "upper":
        w = u["lit"]
        if natural:
            return pick(rng, [(4, "all caps " + w), (3, w + " in capitals"),
                              (3, w.lower() + ", all in capitals")])
        return pick(rng, [(4, "all caps " + w.lower()), (3, "all caps " + w),
                          (2, "all-caps " + w.lower()),
                          (1, "all caps, " + w.lower())])
    if k == "run":
        kind = u["run"]
        words = " ".join(u["parts"])
        label = {"camel": "camel case", "snake": "snake case",
                 "pascal": "Pascal case"}[kind]
        if natural:
            if kind == "snake":
                return pick(rng, [(4, " underscore ".join(u["parts"])),
                                  (3, words + " in snake case"),
                                  (2, "snake case " + words)])
            if len(u["parts"]) == 1:
                w = u["parts"][0]
                return pick(rng, [(3, w.capitalize() + " with a capital "
                                   + w[0].upper()),
                                  (1, "capital " + w[0].upper() + " " + w)])
            return pick(rng, [(1, label + " " + words),
                              (1, words + " in " + label)])
        glued = {"camel": "camelCase", "snake": "snake_case",
                 "pascal": "PascalCase"}[kind]
        return pick(rng, [(5, label + " " + words), (2, glued + " " + words),
                          (1, label.replace(" ", "-") + " " + words)])
    # symbols
    lit = u["lit"]
    if natural and lit in ('"', "'"):
        return pick(rng, NAT_QUOTE[(lit, pos)])
    table = NAT_SYM if natural else FUZZY_SYM
    return pick(rng, table[lit])


def _glueable(u):
    return (u["k"] in ("word", "spell", "num")
            and u["lit"] == u["lit"].lower())


def render_token(units, rng, natural):
    units = merge_syms(units)
    parts = []
    i = 0
    last_glued = False
    nunits = len(units)
    while i < nunits:
        u = units[i]
        pos = "open" if i == 0 and nunits > 1 else (
            "close" if i == nunits - 1 and nunits > 1 else "mid")
        # Whisper writes a group of said-together words glued or split.
        grp = u.get("grp")
        first_of_grp = grp and (i == 0 or units[i - 1].get("grp") != grp)
        if first_of_grp and u["k"] in ("word", "spell"):
            j = i
            while (j < nunits and units[j].get("grp") == grp
                   and units[j]["k"] in ("word", "spell")):
                j += 1
            if j - i > 1 and rng.random() < (0.45 if natural else 0.25):
                parts.append(grp)
                last_glued = True
                i = j
                continue
        if (natural and u["k"] == "sym" and u["lit"] == "." and parts
                and i > 0 and i + 1 < nunits and _glueable(units[i - 1])
                and _glueable(units[i + 1])):
            both_num = units[i - 1]["k"] == "num" and units[i + 1]["k"] == "num"
            if rng.random() < (0.6 if both_num else 0.35):
                prev = parts.pop()
                if not last_glued:
                    prev = units[i - 1]["lit"]
                parts.append(prev + "." + units[i + 1]["lit"])
                last_glued = True
                i += 2
                continue
        parts.append(_render_unit(u, rng, natural, pos))
        last_glued = False
        i += 1
    return " ".join(parts)


def whisper_finish(text, rng, stop_p):
    text = re.sub(r"\s+", " ", text).strip().rstrip(",").strip()
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",,+", ",", text)
    if rng.random() < 0.85:
        text = text[0].upper() + text[1:]
    if text[-1] not in ".?!" and rng.random() < stop_p:
        text += "."
    return text


SPACE_FORMS = [(10, " space "), (2, " Space "), (2, ", space, "),
               (2, " space, "), (1, ". Space. "), (1, " space. ")]


def fuzzy_line(command, rng):
    toks = encode(command)
    out = render_token(toks[0], rng, False)
    for units in toks[1:]:
        sep = pick(rng, SPACE_FORMS)
        piece = render_token(units, rng, False)
        if sep.endswith(". "):
            piece = piece[0].upper() + piece[1:]
        out += sep + piece
    return whisper_finish(out, rng, 0.45)


# -- the speaker's own voice -------------------------------------------------

OPENERS = [
    "Right, ", "Right then, ", "Right, erm, ", "Okay, could you do ",
    "Could you run ", "Can you do ", "Let's have ", "Go on then, ",
    "Next one, ", "Pop in ", "I'd like ", "So, it's ", "Right, so that's ",
    "Erm, right, ", "Could we have ", "Right, the next one is ",
]
SIGNOFFS = [
    "Cheers.", "Ta.", "Lovely, thanks.", "That's the one.", "That'll do.",
    "Thanks ever so much.", "Ta very much.", "Cheers for that.",
]
FILLERS = [(3, "erm,"), (2, "um,"), (1, "er,"), (1, "uh,")]
CORRECTIONS = [
    "{w}, no, sorry, {r}", "{w}, sorry, I mean {r}", "{w}, I tell a lie, {r}",
    "{w}, no, hang about, not {w}, {r}", "{w}, scrap that, {r}",
    "{w}, no, that's wrong, it's {r}", "{w}, oh bother, {r}",
]
FLAG_CORRECTIONS = [
    "{w}, no, sorry, not {w}, {r}", "{w}, I tell a lie, {r}",
    "{w}, wrong flag, sorry, {r}", "{w}, no, hang about, that should be {r}",
    "{w}, oh bother, I mean {r}",
]
RESTARTS = [
    "oh bother, let me start again.", "no, scrap that, from the top.",
    "hang about, I've muddled that. Again:", "sorry, let me start that again.",
    "no, no, no. Right, again:", "I tell a lie, start again.",
]
ASIDES = [
    "bear with me,", "where was I,", "hang on, let me look,",
    "what's it called,", "give me a sec,", "sorry, the phone's going,",
    "it's on the other screen,", "let me just check,",
    "and then the next bit is,", "and after that, what was it,",
]
DISTRACTORS = ["notes", "report", "backup", "config", "main", "demo", "test",
               "data", "logs", "alpha", "docs", "output"]
FLAG_DISTRACTORS = ["--verbose", "--force", "--all", "--help", "--quiet",
                    "--output", "--name", "--debug"]


def filler(rng):
    return pick(rng, FILLERS)


def natural_body(command, rng, filler_p=0.08):
    parts = []
    for k, units in enumerate(encode(command)):
        if k and rng.random() < filler_p:
            parts.append(filler(rng))
        parts.append(render_token(units, rng, True))
    return parts


def frame(body, rng, signoff_p):
    text = rng.choice(OPENERS) + body
    if rng.random() < signoff_p:
        text = text.rstrip(".,") + rng.choice([". ", ", "]) + rng.choice(SIGNOFFS)
    return whisper_finish(text, rng, 0.6)


def natural_line(command, rng):
    return frame(" ".join(natural_body(command, rng)), rng, 0.55)


SINGLE_DASH_DISTRACTORS = ["-verbose", "-debug", "-output", "-force",
                           "-quiet", "-help"]


def can_mutate(tok):
    return bool(
        (tok.startswith("--") and len(tok) > 2)
        or re.fullmatch(r"-[A-Za-z]+", tok) or re.search(r"[0-9]", tok)
        or re.search(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok)
        or re.search(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])", tok))


def mutate(tok, rng):
    """A plausible wrong version of one token, or None if there is none."""
    if tok.startswith("--") and len(tok) > 2:
        return rng.choice([f for f in FLAG_DISTRACTORS if f != tok])
    if re.fullmatch(r"-[A-Za-z]+", tok):
        if len(tok) > 4:
            return rng.choice([f for f in SINGLE_DASH_DISTRACTORS if f != tok])
        last = tok[-1]
        c = rng.choice([c for c in "vfrlqdnahxs" if c != last.lower()])
        return tok[:-1] + (c.upper() if last.isupper() else c)
    m = re.search(r"[0-9]+", tok)
    if m:
        d = m.group(0)
        new = str(int(d) + rng.choice([1, 2, 3]))
        return tok[:m.start()] + new + tok[m.end():]
    m = re.search(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok)
    if m:
        alts = [w for w in DISTRACTORS if w != m.group(0)]
        return tok[:m.start()] + rng.choice(alts) + tok[m.end():]
    m = re.search(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])", tok)
    if m:
        alts = [w.capitalize() for w in DISTRACTORS
                if w.capitalize() != m.group(0)]
        return tok[:m.start()] + rng.choice(alts) + tok[m.end():]
    return None


def chaotic_line(command, rng):
    toks = command.split(" ")
    rendered = [render_token(encode_token(t), rng, True) for t in toks]
    flag_idx = [i for i, t in enumerate(toks)
                if t.startswith("-") and len(t) > 1
                and re.search(r"[A-Za-z]", t) and can_mutate(t)]
    word_idx = [i for i, t in enumerate(toks)
                if not t.startswith("-") and re.search(r"[A-Za-z0-9]", t)
                and can_mutate(t)]
    choices = [(3, "restart")]
    if word_idx:
        choices.append((4, "word"))
    if flag_idx:
        choices.append((4, "flag"))
    op = pick(rng, choices)
    segs = list(rendered)
    fixed = set()
    if op in ("word", "flag"):
        cands = flag_idx if op == "flag" else (
            [x for x in word_idx if x > 0] or word_idx)
        i = rng.choice(cands)
        wrong = mutate(toks[i], rng)
        w = render_token(encode_token(wrong), rng, True)
        tmpl = rng.choice(FLAG_CORRECTIONS if op == "flag" else CORRECTIONS)
        segs[i] = tmpl.format(w=w, r=rendered[i])
        fixed.add(i)
    else:
        k = rng.randint(1, max(1, len(toks) - 1))
        partial = rendered[:k]
        if rng.random() < 0.5:
            if can_mutate(toks[k - 1]):
                wrong = mutate(toks[k - 1], rng)
                partial[-1] = render_token(encode_token(wrong), rng, True)
        again = [render_token(encode_token(t), rng, True) for t in toks]
        segs = partial + [rng.choice(RESTARTS)] + again
    # stutter on the first word
    if op != "restart" and rng.random() < 0.3 and 0 not in fixed:
        segs[0] = segs[0] + ", " + segs[0]
    # an aside between two tokens
    if len(segs) > 1 and rng.random() < 0.5:
        g = rng.randint(1, len(segs) - 1)
        segs.insert(g, rng.choice(ASIDES))
    # a filler somewhere
    if rng.random() < 0.5:
        g = rng.randint(0, len(segs))
        segs.insert(g, filler(rng))
    return frame(" ".join(segs), rng, 0.4)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------

def dictatable(cmd):
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd:
        return False
    if cmd != cmd.strip() or len(cmd) > MAX_CHARS:
        return False
    if any(not (32 <= ord(c) < 127) for c in cmd):
        return False
    return len(clean_words(encode(cmd))) <= MAX_SPOKEN


def load_pool():
    rows = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 4 != 3:
                continue
            rows.append((n, json.loads(line)["command"]))
    return rows


def choose(rng):
    pool = [(n, c) for n, c in load_pool() if dictatable(c)]
    rng.shuffle(pool)
    seen, per_first, picked = set(), {}, []
    for _n, cmd in pool:
        first = cmd.split(" ")[0]
        if cmd in seen or per_first.get(first, 0) >= 2:
            continue
        seen.add(cmd)
        per_first[first] = per_first.get(first, 0) + 1
        picked.append(cmd)
        if len(picked) == PER_SLICE * len(SLICES):
            break
    if len(picked) < PER_SLICE * len(SLICES):
        raise SystemExit("pool too small: %d" % len(picked))  # noqa: UP031
    return picked


def build():
    rng = random.Random(SEED)
    picked = choose(rng)
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in picked[s * PER_SLICE:(s + 1) * PER_SLICE]:
            if name == "clean":
                text = clean_text(cmd)
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif name == "fuzzy":
                text = fuzzy_line(cmd, rng)
            elif name == "natural":
                text = natural_line(cmd, rng)
            else:
                text = chaotic_line(cmd, rng)
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    return rows


def main():
    rows = build()
    assert len(rows) == PER_SLICE * len(SLICES)
    assert len(set(r["command"] for r in rows)) == len(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r["slice"]] = counts.get(r["slice"], 0) + 1
    ok = sum(1 for r in rows if r["slice"] == "clean"
             and decode(r["input"]) == r["command"])
    print("wrote %s: %s; clean round-trip %d/%d" % (  # noqa: UP031
        os.path.relpath(OUT, ROOT), counts, ok, counts.get("clean", 0)))


if __name__ == "__main__":
    main()
