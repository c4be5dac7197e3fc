#!/usr/bin/env python3
# ruff: noqa: B007, E501, UP031
"""Dictation test set, author108: 400 spoken bash commands in four slices.

Writes assets/training/bash/author108.jsonl, one JSON object a line:
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean" | "fuzzy" | "natural" | "chaotic", "author": "author108"}
100 lines per slice, in that order.  Standard library only; one
random.Random(108) is consumed in a fixed order (command choice first, then
the fuzzy, natural and chaotic lines in file order), so reruns are
byte-identical.  The clean slice uses no randomness at all.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/pages_dev59_commands.jsonl.  Only
0-based line numbers n with n % 3 == 2 are used, for all four slices.  Commands
are dropped when they cannot sensibly be dictated: non-ASCII, a tab, a double
space, more than 64 characters, or more than 48 spoken tokens in the clean
protocol below.  The remaining commands are shuffled by the seeded generator
and taken in that order, keeping at most two commands per first word and no
command twice; the first 100 go to clean, the next 100 to fuzzy, and so on.


STYLE GUIDE
===========

1. The speaker
--------------
One speaker across all four slices: a British-English (Scottish) ops engineer,
long in the trade, who learned to read commands aloud over a phone line.
Habits that set this voice apart, and hold in every slice:
  * "hyphen" is the everyday name for "-", and "--" is "hyphen hyphen";
    loosely also "dash", "dash dash", "double dash", now and then "minus".
  * "hash" for "#", "forward slash" for "/", "asterisk" for "*",
    "at sign" for "@", "dollar sign" for "$", "full" symbol names when careful.
  * The letter z is "zed", always.
  * Numbers are said the way a Briton reads a port or a year: in pairs and
    compounds ("eighty eighty", "ten twenty four", "four forty three",
    "fifteen hundred", "three thousand"), digit by digit where a zero would
    make pairs awkward ("one zero zero five").
  * Fillers: "erm", "em", "eh", "like", "you know", "right".
  * Openers: "Right, can you run ...", "Right, so I'm wanting ...",
    "Can you do us a ...", "Go on and run ...", "Right, pop in ...",
    "Aye, right, ...", "So I'm needing ...".
  * Sign-offs: "Cheers.", "Ta.", "That's us.", "Cheers, pal.",
    "Ta very much.", "Magic, cheers.", "That's it."
  * Corrections: "naw, sorry", "no wait", "och, no", "sorry, I mean",
    "hang on, no", "naw naw", "no, make that", "wait, I mean".
  * Restarts: "och, scratch that. Start again.", "naw, hang on. From the top,",
    "sorry, let me start that again.", "right, no. Again,".
  * Whole-command do-overs: "Naw, that's all wrong. It's ...",
    "Scratch all that, what I want is ...", "Och, no, forget that.
    It should be ...".
  * Asides: "bear with me", "that's for the staging box", "where was I, aye",
    "och, this keyboard", "don't ask", "that's the one from yesterday",
    "hang on, let me check, aye".

2. The clean protocol (this speaker, careful)
----------------------------------------------
Transcript form: lower case words separated by single spaces, no
punctuation, nothing but the command.  decode() below is the listener for
exactly this protocol, and every clean line is asserted to round-trip.

2.1 Spaces.  "space" is said wherever the command has a space, and nowhere
    else.  Everything said between two "space"s is glued together with no
    gap: words, letters, numbers and symbols alike ("docs forward slash app
    dot log" -> docs/app.log, "l s" -> ls, "e two undo" -> e2undo).

2.2 Symbols, one name each (the speaker's choice within the facts):
      -  hyphen          .  dot              /  forward slash
      \\  backslash       |  pipe             *  asterisk
      !  bang            #  hash             ~  tilde
      @  at sign         $  dollar sign      %  percent
      ^  caret           &  ampersand        =  equals
      +  plus            :  colon            ;  semicolon
      _  underscore      ,  comma            "  quote
      '  single quote    `  backtick         ?  question mark
      ( )  open paren / close paren     { }  open brace / close brace
      [ ]  open bracket / close bracket <    less than
      >  "redirect" when it redirects (at the start of a token, or right
         after a digit or "&": "two redirect ampersand one" -> 2>&1),
         otherwise "greater than" (<Enter> is "less than capital enter
         greater than")
      >> append          && and and
    Doubled symbols are simply said twice: "hyphen hyphen" -> --,
    "dot dot" -> .., "pipe pipe" -> ||.  "and" alone is never a symbol.

2.3 Numbers.  Each maximal run of digits is one spoken number:
      one digit            -> its word ("seven")
      leading zero         -> digit by digit ("zero eight", "zero zero seven")
      10-99                -> teen or compound ("twelve", "forty two", "eighty")
      X00                  -> "X hundred"       (100 "one hundred")
      3 digits, middle != 0-> digit + pair      (443 "four forty three",
                              127 "one twenty seven", 280 "two eighty")
      3 digits, middle 0   -> digit by digit    (105 "one zero five")
      X000                 -> "X thousand"      (3000 "three thousand")
      XY00                 -> pair + hundred    (1500 "fifteen hundred")
      4 digits, 3rd != 0   -> pair + pair       (8080 "eighty eighty",
                              1024 "ten twenty four", 2024 "twenty twenty four")
      XY000                -> pair + thousand   (10000 "ten thousand")
      anything else        -> digit by digit
    Listener rule: digit words concatenate; a tens word takes a directly
    following one..nine ("forty two" -> 42), otherwise it is X0 ("two eighty"
    -> 280, "eighty eighty" -> 8080); "hundred" appends 00, "thousand" 000.
    Decimals and versions use "dot" ("one dot zero dot zero" -> 1.0.0).

2.4 Letters and words.  A lower-case letter run that can be pronounced is
    said as the word itself ("grep", "docker", "datashader", "readelf",
    "in", "it", "to").  "Pronounceable" means: a vowel, an English onset
    ("str", "gr", ...), English codas ("nd", "ght", ...), inner consonant
    clusters that split into coda + onset; two-letter runs only when they
    are ordinary English words.  A run that cannot be pronounced is spelled,
    written as single lower-case letters ("l s", "n p m", "t x t").  Two
    halfway cases, tried in this order:
      - an unpronounceable head of one to four letters spelled and the rest
        said as a word ("w get" -> wget, "p p m toleaf" -> ppmtoleaf,
        "i b m cloud" -> ibmcloud, "zed lib" -> zlib);
      - a word followed by a familiar spelled ending (ctl, pkg, mgr, db, fs,
        png, pnm, vm, d, c, x, p, v, ...): "system c t l" -> systemctl,
        "maria d b" -> mariadb, "system d" -> systemd, "ven v" -> venv.
    Some common acronyms and path bits are always spelled even though they
    could be said (a w s, a d b, c l i, s r c, t m p, e n v, i s o, ...).
    The letter z is always "zed".  Everything between two "space"s is glued,
    so "s r c forward slash" -> src/ and "b zip two" -> bzip2.
    Collisions: a literal run that is also a protocol word (space, dot,
    hash, pipe, open, close, less, than, all, case, sign, mark, single, and,
    at, append, redirect, capital, camel, snake, any number word, zed, ...)
    is spelled letter by letter, never split: "o p e n", "a l l", "zed e r
    o", "h a s h"; so is a run that contains one as its head (openssh,
    openssl).  A single letter is only ever a letter, so spelled letters can
    never be mistaken for protocol words.

2.5 Casing.
      "capital" + letter     -> that letter upper case ("capital x" -> X)
      "capital" + word       -> first letter upper case ("capital mode" -> Mode)
      "all caps" + word      -> the whole word upper case ("all caps free")
    An upper-case run that cannot be said as a word gets "capital" before
    each letter ("capital l capital m" -> LM).
    Case runs, used whenever every part is a pronounceable, non-protocol word:
      "camel case get user name"   -> getUserName   (one letter run)
      "pascal case get user name"  -> GetUserName   (one letter run)
      "snake case foo bar"         -> foo_bar       (2 or more parts)
      "screaming case foo bar"     -> FOO_BAR       (2 or more parts)
      "kebab case auto self update"-> auto-self-update (3 or more parts;
                                      two parts are said with "hyphen")
    A case run takes every following plain word up to the next protocol word
    (space, a symbol, a number, casing word) or the end.

3. Fuzzy slice (protocol style, as Whisper writes it)
-----------------------------------------------------
Same speaker, same "space"-between-tokens protocol, but the loose name set
(each chosen once per command and mostly kept for that command):
"dash"/"minus" beside "hyphen", "period"/"point" beside "dot", plain "slash"
beside "forward slash", "star", "at", "dollar", "equals sign", "greater
than" for a redirect, "double greater than" for append, "double dash" /
"dash dash" for "--", and numbers sometimes said digit by digit.  Whisper
then: capitalises the first word and sometimes the word after a pause it
heard as a full stop ("space." / "space,"); writes numbers as numerals
("8080", "4 4 3"), single digits often as words; glues spelled letters
("LS", "NPM", "L.S.", "P-B-M-T-O") - never when the letters spell a
protocol word, those stay apart ("S P A C E") - or writes
them as homophones now and then ("see", "are", "you", "Zed"); glues or
splits words ("dash-dash", "forward-slash", "back slash", "semi-colon",
"under score", "all-caps", "local host", "back up"); uses homophones
("tilda", "carrot", "per cent", "kebob", "said" for sed, "tea" for tee,
"pseudo" for sudo); capitalises names it knows (Docker, Ubuntu, GitHub,
Alice); now and then writes a dot as a glyph ("app.log", "10.0.0.5").  No
framing and no fillers.  Ends with a full stop most of the time.

4. Natural slice
----------------
The same speaker not being careful: no "space" words (spacing must be
inferred), an opener and often a sign-off from section 1, fillers at token
boundaries, the loose symbol names, case runs only some of the time (the
rest spelled out with "underscore"/"hyphen"), Whisper's sentences,
numerals and glued letters as in the fuzzy slice.  Two numbers in a row are
always written as numerals ("800 640").  Whole command said once.

5. Chaotic slice
----------------
Natural, plus at least one kind of trouble, in this speaker's words:
  * word fix: wrong word, correction phrase, right word
    ("origin master, naw, sorry, main");
  * flag fix: whole wrong flag, correction phrase, the right flag;
  * number fix: wrong number, correction phrase, right number;
  * partial answer: a flag or word cut off mid-way ("out...") and then said
    again in full from the start of that token;
  * restart: the first one to three tokens, a restart phrase, then the whole
    command from the top;
  * whole-command do-over: the whole command with one thing wrong, a do-over
    phrase, then the whole command right;
and sometimes a stuttered repeat ("docker, docker run") or an aside between
tokens.  The last thing said for each position is always the right one, so a
careful listener can rebuild the command exactly.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
POOL = os.path.join(ROOT, 'assets', 'training', 'bash', 'pages_dev59_commands.jsonl')
OUT = os.path.join(ROOT, 'assets', 'training', 'bash', 'author108.jsonl')
AUTHOR = 'author108'
SEED = 108
PER_SLICE = 100
SLICES = ('clean', 'fuzzy', 'natural', 'chaotic')
MAX_CHARS = 64
MAX_TOKENS = 48

# --------------------------------------------------------------------------
# Protocol vocabulary
# --------------------------------------------------------------------------
UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
         'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
         'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty',
        7: 'seventy', 8: 'eighty', 9: 'ninety'}
TENS_VAL = {w: k for k, w in TENS.items()}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS.values()) | {'hundred', 'thousand'}

CLEAN_SYM = {
    '-': ['hyphen'], '.': ['dot'], '/': ['forward', 'slash'],
    '\\': ['backslash'], '|': ['pipe'], '*': ['asterisk'], '!': ['bang'],
    '#': ['hash'], '~': ['tilde'], '@': ['at', 'sign'],
    '$': ['dollar', 'sign'], '%': ['percent'], '^': ['caret'],
    '&': ['ampersand'], '=': ['equals'], '+': ['plus'], ':': ['colon'],
    ';': ['semicolon'], '_': ['underscore'], ',': ['comma'],
    '"': ['quote'], "'": ['single', 'quote'], '`': ['backtick'],
    '?': ['question', 'mark'], '(': ['open', 'paren'], ')': ['close', 'paren'],
    '{': ['open', 'brace'], '}': ['close', 'brace'],
    '[': ['open', 'bracket'], ']': ['close', 'bracket'],
    '<': ['less', 'than'], '>': ['greater', 'than'],
}
DECODE_ONE = {w[0]: ch for ch, w in CLEAN_SYM.items() if len(w) == 1}
DECODE_ONE.update({'append': '>>', 'redirect': '>', 'space': ' '})
DECODE_TWO = {tuple(w): ch for ch, w in CLEAN_SYM.items() if len(w) == 2}
DECODE_TWO[('and', 'and')] = '&&'
CASE_STYLES = {'camel', 'snake', 'kebab', 'pascal', 'screaming'}
CASING = {'capital', 'all', 'caps', 'case'} | CASE_STYLES

RESERVED = set(NUMWORDS) | set(DECODE_ONE) | CASING | {'zed', 'and'}
for _pair in DECODE_TWO:
    RESERVED.update(_pair)

LETTER = {c: c for c in 'abcdefghijklmnopqrstuvwxy'}
LETTER['z'] = 'zed'


# --------------------------------------------------------------------------
# The listener for the clean protocol
# --------------------------------------------------------------------------
def _parse_number(toks, i):
    out = ''
    n = len(toks)
    while i < n and toks[i] in NUMWORDS:
        t = toks[i]
        if t in UNITS:
            out += str(UNITS.index(t))
            i += 1
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
            i += 1
        elif t in TENS_VAL:
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt in UNITS and nxt != 'zero':
                out += str(TENS_VAL[t] * 10 + UNITS.index(nxt))
                i += 2
            else:
                out += str(TENS_VAL[t] * 10)
                i += 1
        elif t == 'hundred':
            if not out:
                raise ValueError('hundred without a number')
            out += '00'
            i += 1
        else:  # thousand
            if not out:
                raise ValueError('thousand without a number')
            out += '000'
            i += 1
    return out, i


def decode(text):
    """Rebuild a command from a clean-slice transcript."""
    toks = text.split()
    n = len(toks)
    out = []
    i = 0

    def plain(t):
        return t not in RESERVED

    def letter_or_word(j):
        if j >= n:
            raise ValueError('casing word at end')
        t = toks[j]
        if t == 'zed':
            return 'z'
        if plain(t):
            return t
        raise ValueError('casing word before %r' % t)

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if (t, nxt) in DECODE_TWO:
            out.append(DECODE_TWO[(t, nxt)])
            i += 2
        elif t in DECODE_ONE:
            out.append(DECODE_ONE[t])
            i += 1
        elif t in NUMWORDS:
            s, i = _parse_number(toks, i)
            out.append(s)
        elif t == 'capital':
            w = letter_or_word(i + 1)
            out.append(w[0].upper() + w[1:])
            i += 2
        elif t == 'all' and nxt == 'caps':
            out.append(letter_or_word(i + 2).upper())
            i += 3
        elif t in CASE_STYLES and nxt == 'case':
            j = i + 2
            parts = []
            while j < n and plain(toks[j]):
                parts.append(toks[j])
                j += 1
            if len(parts) < 2:
                raise ValueError('case run needs two words')
            if t == 'camel':
                out.append(parts[0] + ''.join(p.capitalize() for p in parts[1:]))
            elif t == 'pascal':
                out.append(''.join(p.capitalize() for p in parts))
            elif t == 'snake':
                out.append('_'.join(parts))
            elif t == 'screaming':
                out.append('_'.join(parts).upper())
            else:
                out.append('-'.join(parts))
            i = j
        elif t == 'zed':
            out.append('z')
            i += 1
        elif plain(t):
            out.append(t)
            i += 1
        else:
            raise ValueError('unexpected %r' % t)
    return ''.join(out)


# --------------------------------------------------------------------------
# What the speaker can pronounce
# --------------------------------------------------------------------------
VOWELS = set('aeiouy')
ONSETS = set('b c d f g h j k l m n p q r s t v w x y z'.split()) | {
    '', 'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'kn',
    'pl', 'pr', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th',
    'tr', 'tw', 'wh', 'wr', 'ph', 'qu', 'scr', 'spl', 'spr', 'str', 'thr',
    'shr', 'sch', 'squ', 'dw', 'gn'}
CODAS = set('b c d f g h j k l m n p q r s t v w x y z'.split()) | set(
    'ck ct ft ld lf lk ll lm lp lt mp nd ng nk nt pt rb rc rd rf rk rl rm rn '
    'rp rs rt sk sp ss st th sh ch ts ds ks ps ms ns ls gs bs rg nc wn wl ws '
    'wk ff zz tt dd gg nn rr bb xt lb lv rv nz sm gh ph nx ys yd ym yn yl yr '
    'ws rch tch nch lch rsh lsh ght nds nts rst sts ngs rks mps cts lts pts '
    'rds lds nks rms rns rts sks sps lls cks nth rth lth fts lks rbs rgs wns '
    'nct mpt cs mns pth ngth dth rld pp nf fs ml bl cl gn pst'.split())
TWO_LETTER_WORDS = {'to', 'in', 'on', 'is', 'it', 'of', 'go', 'up', 'as',
                    'if', 'me', 'my', 'no', 'do', 'so', 'we', 'an', 'or',
                    'by', 'be', 'he', 'us', 'hi', 'ok', 'ex'}
# Runs that pass the pronunciation test but that this speaker spells anyway.
SPELL_ALWAYS = {
    'aws', 'adb', 'api', 'cli', 'usb', 'ide', 'eof', 'gpu', 'cpu', 'uid',
    'gid', 'pid', 'ssd', 'hdd', 'ocr', 'abi', 'vpc', 'acl', 'oci', 'ecs',
    'eks', 'acr', 'aur', 'iso', 'ini', 'exe', 'env', 'img', 'ipa', 'apk',
    'ova', 'ovf', 'eps', 'otf', 'uri', 'url', 'ios', 'vim', 'avi', 'ico',
    'qcow', 'tif', 'ttf', 'mkv', 'pem', 'csr', 'rpm', 'tgz', 'nvr', 'ipv',
    'ipc', 'nfs', 'lvm', 'efi', 'uefi', 'ufw', 'upx', 'pio', 'iex', 'irb',
    'pnpx', 'npx', 'ipfs', 'kde', 'xdg', 'fzf', 'bpf', 'ebpf', 'asdf', 'ubi',
    'osx', 'ssl', 'tls', 'ecdsa', 'rsa', 'sha', 'lsof', 'sql', 'dpkg', 'etc',
    'opt', 'usr', 'tmp', 'src', 'gpg', 'ftp', 'openssh', 'openssl',
}
# Runs that fail the pronunciation test but that this speaker says as words.
SAY_ALWAYS = {'nginx', 'xrandr', 'autorandr', 'json', 'tmux', 'sudo', 'yaml',
              'toml', 'grep'}
# Spelled endings the speaker splits off a word ("system c t l", "maria d b").
KNOWN_TAILS = ['ctl', 'pkgs', 'pkg', 'mgr', 'cli', 'ssh', 'ssl', 'png', 'pnm',
               'pgm', 'ppm', 'pbm', 'pdf', 'vpn', 'utf', 'env', 'vms', 'db',
               'fs', 'sh', 'rc', 'tl', 'vm', 'bw', 'd', 'c', 'x', 'p', 'v']


def _is_vowel(w, i):
    c = w[i]
    if c in 'aeiou':
        return True
    return c == 'y' and i > 0 and w[i - 1] not in 'aeiou'


def _pronounceable(w):
    flags = [_is_vowel(w, i) for i in range(len(w))]
    if not any(flags):
        return False
    runs = []
    for i, f in enumerate(flags):
        if runs and runs[-1][0] == f:
            runs[-1][1] += w[i]
        else:
            runs.append([f, w[i]])
    for k, (vowel, text) in enumerate(runs):
        if vowel:
            if len(text) > 4:
                return False
            continue
        if k == 0:
            if text not in ONSETS:
                return False
        elif k == len(runs) - 1:
            if text not in CODAS:
                return False
        elif len(text) > 1:
            if not any((text[:j] == '' or text[:j] in CODAS) and text[j:] in ONSETS
                       for j in range(len(text))):
                return False
    return True


def sayable(w):
    """True when the speaker says this lower-case letter run as one word."""
    if w in RESERVED or w in SPELL_ALWAYS:
        return False
    if w in SAY_ALWAYS:
        return True
    if len(w) < 2:
        return False
    if len(w) == 2:
        return w in TWO_LETTER_WORDS
    if len(w) == 3 and w[0] in 'aeiou' and w[1] not in VOWELS and w[2] not in VOWELS \
            and w[1] != w[2]:
        # vowel-consonant-consonant runs are read as acronyms (adb, ext, ...)
        return w in {'apt', 'add', 'end', 'ask', 'act', 'ant', 'art', 'elm',
                     'ink', 'imp', 'ops', 'arg', 'arm', 'alt'}
    return _pronounceable(w)


# --------------------------------------------------------------------------
# The speaker: one command token -> spoken units
# --------------------------------------------------------------------------
class Voice:
    """Clean voice makes the fixed choice; loose voice draws from rng."""

    def __init__(self, rng=None):
        self.rng = rng
        self.prefs = {}

    @property
    def clean(self):
        return self.rng is None

    def pick(self, opts):
        if self.rng is None:
            return opts[0][0]
        total = sum(w for _, w in opts)
        x = self.rng.random() * total
        for v, w in opts:
            x -= w
            if x < 0:
                return v
        return opts[-1][0]

    def habit(self, key, opts):
        """A choice the speaker keeps for the whole command, mostly."""
        if self.rng is None:
            return opts[0][0]
        if key not in self.prefs:
            self.prefs[key] = self.pick(opts)
            return self.prefs[key]
        if self.rng.random() < 0.1:
            return self.pick(opts)
        return self.prefs[key]

    def chance(self, p):
        if self.rng is None:
            return False
        return self.rng.random() < p


def unit(kind, words, **kw):
    d = {'k': kind, 'w': list(words)}
    d.update(kw)
    return d


def number_words(s):
    """The speaker's careful way of saying a digit run (section 2.3)."""
    def two(p):
        v = int(p)
        if v < 20:
            return [TEENS[v - 10]]
        t, u = divmod(v, 10)
        return [TENS[t]] + ([UNITS[u]] if u else [])

    def digits(p):
        return [UNITS[int(c)] for c in p]

    n = len(s)
    if n == 1:
        return [UNITS[int(s)]]
    if s[0] == '0':
        return digits(s)
    if n == 2:
        return two(s)
    if n == 3:
        if s[1:] == '00':
            return [UNITS[int(s[0])], 'hundred']
        if s[1] != '0':
            return [UNITS[int(s[0])]] + two(s[1:])
        return digits(s)
    if n == 4:
        if s[1:] == '000':
            return [UNITS[int(s[0])], 'thousand']
        if s[2:] == '00':
            return two(s[:2]) + ['hundred']
        if s[2] != '0':
            return two(s[:2]) + two(s[2:])
        return digits(s)
    if n == 5 and s[2:] == '000':
        return two(s[:2]) + ['thousand']
    return digits(s)


def letters(run, cap=False):
    return [unit('let', [LETTER[c]], c=c, cap=cap) for c in run]


def say_lower(w):
    """A lower-case run: a word, letters, or letters glued to a word."""
    if sayable(w):
        return [unit('word', [w], t=w)]
    if w not in RESERVED and w not in SPELL_ALWAYS:
        # an unpronounceable head spelled, the rest said ("w get", "i b m cloud")
        for k in range(1, min(4, len(w) - 3) + 1):
            rest = w[k:]
            if rest[0] not in 'aeiou' and sayable(rest):
                return letters(w[:k]) + [unit('word', [rest], t=rest)]
        # a word with a spelled ending ("login c t l", "maria d b")
        for tail in KNOWN_TAILS:
            head = w[:-len(tail)]
            if w.endswith(tail) and len(head) >= 3 and sayable(head):
                return [unit('word', [head], t=head)] + letters(tail)
    return letters(w)


def say_alpha(w, voice):
    if w.islower():
        return say_lower(w)
    if w.isupper():
        low = w.lower()
        if len(w) >= 3 and sayable(low):
            return [unit('mod', ['all', 'caps'], m='allcaps'),
                    unit('word', [low], t=low, upper=True)]
        out = []
        for c in low:
            out.append(unit('mod', ['capital'], m='capital'))
            out.extend(letters(c, cap=True))
        return out
    if w[0].isupper() and w[1:].islower():
        low = w.lower()
        if sayable(low):
            return [unit('mod', ['capital'], m='capital'),
                    unit('word', [low], t=low, cap=True)]
        return ([unit('mod', ['capital'], m='capital')] + letters(low[0], cap=True)
                + say_lower(w[1:]))
    segs = re.findall(r'[A-Z]+(?![a-z])|[A-Z]?[a-z]+', w)
    assert ''.join(segs) == w, w
    if len(segs) >= 2 and all(sayable(s.lower()) and not (s.isupper() and len(s) > 1) for s in segs):
        style = 'camel' if segs[0].islower() else 'pascal'
        if voice.habit('runs', [(True, 65), (False, 35)]):
            return ([unit('mod', [style, 'case'], m='run')]
                    + [unit('word', [s.lower()], t=s.lower(), run=True) for s in segs])
    out = []
    for s in segs:
        out.extend(say_alpha(s, voice))
    return out


PIECE_RE = re.compile(r'[A-Za-z]+|[0-9]+|--|&&|>>|\.\.|.')


def find_runs(pieces):
    """Spans (start, end, style, parts) of case runs among the pieces."""
    runs = []
    i = 0
    n = len(pieces)
    while i < n:
        p = pieces[i]
        if not p.isalpha():
            i += 1
            continue
        found = None
        for sep in ('_', '-'):
            for kind in ('lower', 'upper'):
                parts = [p]
                j = i + 1
                while j + 1 < n and pieces[j] == sep and pieces[j + 1].isalpha():
                    parts.append(pieces[j + 1])
                    j += 2
                good = []
                for q in parts:
                    ok = (q.islower() if kind == 'lower' else (q.isupper() and len(q) > 1))
                    if ok and sayable(q.lower()) and len(q) >= 2:
                        good.append(q)
                    else:
                        break
                need = 3 if sep == '-' else 2
                if kind == 'upper' and sep == '-':
                    continue
                if len(good) >= need:
                    style = ('kebab' if sep == '-' else
                             'snake' if kind == 'lower' else 'screaming')
                    found = (i, i + 2 * (len(good) - 1), style, [q.lower() for q in good])
                    break
            if found:
                break
        if found:
            runs.append(found)
            i = found[1] + 1
        else:
            i += 1
    return runs


def say_sym(p, prev, nxt, voice):
    if p == '--':
        w = voice.habit('--', [(['hyphen', 'hyphen'], 4), (['double', 'dash'], 3),
                        (['dash', 'dash'], 3)])
        return unit('sym', w, ch=p)
    if p == '&&':
        return unit('sym', ['and', 'and'], ch=p)
    if p == '..':
        return unit('sym', voice.habit('..', [(['dot', 'dot'], 8), (['period', 'period'], 1),
                                       (['point', 'point'], 1)]), ch=p)
    if p == '>>':
        return unit('sym', voice.habit('>>', [(['append'], 6), (['double', 'greater', 'than'], 4)]), ch=p)
    if p == '>':
        redirect = prev is None or prev.isdigit() or prev == '&'
        if redirect:
            return unit('sym', voice.habit('>', [(['redirect'], 6), (['greater', 'than'], 4)]), ch=p)
        return unit('sym', ['greater', 'than'], ch=p)
    if voice.clean:
        return unit('sym', CLEAN_SYM[p], ch=p)
    if p == '-':
        w = voice.habit('-', [(['hyphen'], 55), (['dash'], 35), (['minus'], 10)])
    elif p == '.':
        between_digits = prev is not None and prev.isdigit() and nxt is not None and nxt.isdigit()
        if between_digits:
            w = voice.habit('.num', [(['dot'], 55), (['point'], 45)])
        else:
            w = voice.habit('.', [(['dot'], 88), (['period'], 7), (['point'], 5)])
    elif p == '/':
        w = voice.habit('/', [(['forward', 'slash'], 45), (['slash'], 55)])
    elif p == '*':
        w = voice.habit('*', [(['asterisk'], 6), (['star'], 4)])
    elif p == '@':
        w = voice.habit('@', [(['at', 'sign'], 6), (['at'], 4)])
    elif p == '$':
        w = voice.habit('$', [(['dollar', 'sign'], 5), (['dollar'], 5)])
    elif p == '=':
        w = voice.habit('=', [(['equals'], 8), (['equals', 'sign'], 2)])
    elif p == '{':
        w = ['open', 'curly', 'brace'] if voice.habit('curly', [(False, 6), (True, 4)]) \
            else ['open', 'brace']
    elif p == '}':
        w = ['close', 'curly', 'brace'] if voice.habit('curly', [(False, 6), (True, 4)]) \
            else ['close', 'brace']
    else:
        w = CLEAN_SYM[p]
    return unit('sym', w, ch=p)


def say_token(tok, voice):
    """Spoken units for one space-free command token."""
    pieces = PIECE_RE.findall(tok)
    assert ''.join(pieces) == tok
    runs = {r[0]: r for r in find_runs(pieces)}
    out = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        prev = pieces[i - 1] if i else None
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if i in runs and voice.habit('runs', [(True, 65), (False, 35)]):
            _, end, style, parts = runs[i]
            out.append(unit('mod', [style, 'case'], m='run'))
            out.extend(unit('word', [q], t=q, run=True) for q in parts)
            i = end + 1
            continue
        if p.isalpha():
            out.extend(say_alpha(p, voice))
        elif p.isdigit():
            if voice.clean:
                said = number_words(p)
            else:
                said = (number_words(p) if voice.habit('num', [(True, 7), (False, 3)])
                        else [UNITS[int(c)] for c in p])
            out.append(unit('num', said, d=p))
        else:
            out.append(say_sym(p, prev, nxt, voice))
        i += 1
    return out


def say_command(cmd, voice):
    return [say_token(t, voice) for t in cmd.split(' ')]


def clean_transcript(cmd):
    items = say_command(cmd, Voice(None))
    words = []
    for k, item in enumerate(items):
        if k:
            words.append('space')
        for u in item:
            words.extend(u['w'])
    return ' '.join(words)


# --------------------------------------------------------------------------
# Whisper: spoken units -> text
# --------------------------------------------------------------------------
PROPER = {'docker': 'Docker', 'python': 'Python', 'ubuntu': 'Ubuntu',
          'github': 'GitHub', 'alice': 'Alice', 'bob': 'Bob', 'linux': 'Linux',
          'java': 'Java', 'windows': 'Windows', 'google': 'Google',
          'debian': 'Debian', 'nginx': 'Nginx', 'redis': 'Redis',
          'postgres': 'Postgres', 'flask': 'Flask', 'django': 'Django',
          'apache': 'Apache', 'firefox': 'Firefox', 'chrome': 'Chrome',
          'kubernetes': 'Kubernetes', 'ruby': 'Ruby', 'rust': 'Rust',
          'node': 'Node', 'youtube': 'YouTube', 'slack': 'Slack',
          'android': 'Android', 'azure': 'Azure', 'jenkins': 'Jenkins',
          'express': 'Express', 'fedora': 'Fedora', 'arch': 'Arch',
          'mac': 'Mac', 'steam': 'Steam', 'spotify': 'Spotify',
          'perl': 'Perl', 'php': 'PHP', 'mysql': 'MySQL', 'json': 'JSON',
          'yaml': 'YAML', 'toml': 'TOML', 'lodash': 'Lodash',
          'numpy': 'NumPy', 'gradle': 'Gradle', 'maven': 'Maven'}
HOMOPHONE_WORD = {'sed': 'said', 'tee': 'tea', 'sudo': 'pseudo', 'awk': 'auk',
                  'cron': 'Kron', 'gem': 'Jem', 'nice': 'Nice', 'bat': 'Bat'}
SPLIT_PREFIXES = ['read', 'write', 'file', 'user', 'host', 'local', 'back',
                  'data', 'down', 'make', 'time', 'over', 'under', 'work',
                  'pass', 'super', 'type', 'name', 'key', 'web', 'net']
LETTER_HOMOPHONE = {'b': 'bee', 'c': 'see', 'i': 'eye', 'j': 'jay', 'k': 'kay',
                    'o': 'oh', 'p': 'pee', 'q': 'queue', 'r': 'are', 't': 'tea',
                    'u': 'you', 'x': 'ex', 'y': 'why', 'z': 'Zed'}
SYM_RENDER = {
    ('tilde',): [('tilde', 6), ('tilda', 4)],
    ('caret',): [('caret', 5), ('carrot', 5)],
    ('percent',): [('percent', 5), ('per cent', 5)],
    ('semicolon',): [('semicolon', 5), ('semi-colon', 5)],
    ('underscore',): [('underscore', 8), ('under score', 2)],
    ('backslash',): [('backslash', 6), ('back slash', 4)],
    ('backtick',): [('backtick', 6), ('back tick', 4)],
    ('asterisk',): [('asterisk', 8), ('asterisks', 2)],
    ('forward', 'slash'): [('forward slash', 8), ('forward-slash', 2)],
    ('dash', 'dash'): [('dash dash', 6), ('dash-dash', 3), ('dashdash', 1)],
    ('hyphen', 'hyphen'): [('hyphen hyphen', 8), ('hyphen-hyphen', 2)],
    ('double', 'dash'): [('double dash', 8), ('double-dash', 2)],
    ('at', 'sign'): [('at sign', 7), ('@ sign', 3)],
    ('open', 'paren'): [('open paren', 7), ('open parent', 3)],
    ('close', 'paren'): [('close paren', 7), ('close parent', 3)],
    ('and', 'and'): [('and and', 8), ('and-and', 2)],
}
MOD_RENDER = {
    'capital': [('capital', 9), ('Capital', 1)],
    'all caps': [('all caps', 6), ('all-caps', 2), ('all cap', 2)],
    'camel case': [('camel case', 6), ('camelCase', 2), ('Camel case', 2)],
    'pascal case': [('Pascal case', 7), ('pascal case', 3)],
    'kebab case': [('kebab case', 6), ('kebob case', 2), ('kebab-case', 2)],
    'snake case': [('snake case', 8), ('snake_case', 2)],
    'screaming case': [('screaming case', 8), ('screaming snake case', 2)],
}


def wpick(rng, opts):
    total = sum(w for _, w in opts)
    x = rng.random() * total
    for v, w in opts:
        x -= w
        if x < 0:
            return v
    return opts[-1][0]


class Piece:
    __slots__ = ('text', 'attach', 'frame')

    def __init__(self, text, attach=False, frame=False):
        self.text = text
        self.attach = attach
        self.frame = frame


def render_word(u, rng, mode):
    w = u['t']
    if u.get('upper'):
        return wpick(rng, [(w.upper(), 6), (w, 4)])
    if u.get('cap'):
        return wpick(rng, [(w.capitalize(), 6), (w, 4)])
    if u.get('run'):
        return w
    if w in HOMOPHONE_WORD and rng.random() < 0.4:
        return HOMOPHONE_WORD[w]
    if w in PROPER and rng.random() < 0.7:
        return PROPER[w]
    for p in SPLIT_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3 and sayable(w[len(p):]):
            if rng.random() < 0.15:
                return p + ' ' + w[len(p):]
            break
    return w


def render_letter_group(group, rng, mode, lower_glue=False):
    cs = [u['c'] for u in group]
    if lower_glue:
        return ''.join(cs)
    spells_protocol_word = ''.join(cs) in RESERVED
    if len(cs) == 1:
        c = cs[0]
        if c in LETTER_HOMOPHONE and rng.random() < (0.08 if mode == 'fuzzy' else 0.05):
            return LETTER_HOMOPHONE[c]
        if c == 'z':
            return wpick(rng, [('Zed', 5), ('zed', 3), ('Z', 2)])
        return wpick(rng, [(c.upper(), 9), (c, 1)])
    if spells_protocol_word:
        form = wpick(rng, [('spaced', 6), ('hyphens', 3), ('dots', 1)])
    elif len(cs) <= 4:
        form = wpick(rng, [('glue', 50), ('spaced', 35), ('dots', 5), ('lower', 10)])
    else:
        form = wpick(rng, [('glue', 20), ('spaced', 60), ('hyphens', 15), ('lower', 5)])
    if form == 'glue':
        return ''.join(cs).upper()
    if form == 'lower':
        return ''.join(cs)
    if form == 'dots':
        return ''.join(c.upper() + '.' for c in cs)
    if form == 'hyphens':
        return '-'.join(cs).upper()
    return ' '.join('zed' if c == 'z' else c.upper() for c in cs)


def render_num(u, rng, numeral=False):
    d = u['d']
    digit_said = all(w in UNITS for w in u['w']) and len(u['w']) > 1
    if numeral:
        return d
    if len(d) == 1:
        return wpick(rng, [(UNITS[int(d)], 55), (d, 45)])
    if digit_said:
        return wpick(rng, [(d, 55), (' '.join(d), 25), (' '.join(u['w']), 20)])
    return wpick(rng, [(d, 85), (' '.join(u['w']), 15)])


def render(seq, rng, mode, start_cap=True):
    """seq: units, {'k': 'gap'} between command tokens, {'k': 'frame'}."""
    n = len(seq)
    # decide glyph dots first
    glyph = set()
    for i, u in enumerate(seq):
        if u['k'] == 'sym' and u.get('ch') == '.' and u['w'] == ['dot']:
            prev = seq[i - 1] if i else None
            nxt = seq[i + 1] if i + 1 < n else None
            if prev is None or nxt is None:
                continue
            if prev['k'] == 'num' and nxt['k'] == 'num':
                if rng.random() < (0.5 if mode != 'fuzzy' else 0.35):
                    glyph.add(i)
            elif prev['k'] in ('word', 'let') and nxt['k'] in ('word', 'let') \
                    and not prev.get('run') and not nxt.get('cap') and not prev.get('cap'):
                if rng.random() < (0.12 if mode != 'fuzzy' else 0.06):
                    glyph.add(i)
    # a chain of numbers joined by glyph dots is written as numerals
    numeral_idx = set()
    for i in glyph:
        numeral_idx.add(i - 1)
        numeral_idx.add(i + 1)
    # two numbers in a row with only a token break between: Whisper writes
    # numerals ("800 640"), never a run of digit words
    for i in range(1, n - 1):
        if seq[i]['k'] == 'gap' and seq[i - 1]['k'] == 'num' and seq[i + 1]['k'] == 'num':
            numeral_idx.add(i - 1)
            numeral_idx.add(i + 1)
    pieces = []
    i = 0
    while i < n:
        u = seq[i]
        k = u['k']
        if k == 'gap':
            if mode == 'fuzzy':
                pieces.append(Piece(wpick(rng, [('space', 84), ('space,', 10), ('space.', 6)])))
            elif rng.random() < 0.05:
                pieces.append(Piece(',', attach=True))
            i += 1
            continue
        if k == 'frame':
            pieces.append(Piece(u['text'], attach=u.get('attach', True), frame=True))
            i += 1
            continue
        if k == 'let' and not u.get('cap'):
            j = i
            while j < n and seq[j]['k'] == 'let' and not seq[j].get('cap'):
                j += 1
            after_glyph = (i - 1) in glyph
            text = render_letter_group(seq[i:j], rng, mode, lower_glue=after_glyph)
            pieces.append(Piece(text, attach=after_glyph))
            i = j
            continue
        attach = (i - 1) in glyph
        if k == 'let':  # after "capital"
            c = u['c']
            text = wpick(rng, [(c.upper(), 9), (c, 1)]) if c != 'z' else wpick(rng, [('Zed', 6), ('Z', 4)])
        elif k == 'word':
            text = render_word(u, rng, mode)
        elif k == 'num':
            text = render_num(u, rng, numeral=(i in numeral_idx))
        elif k == 'mod':
            text = wpick(rng, MOD_RENDER[' '.join(u['w'])]) if ' '.join(u['w']) in MOD_RENDER else ' '.join(u['w'])
        elif k == 'sym':
            if i in glyph:
                pieces.append(Piece('.', attach=True))
                i += 1
                continue
            key = tuple(u['w'])
            text = wpick(rng, SYM_RENDER[key]) if key in SYM_RENDER else ' '.join(u['w'])
            if key == ('percent',) and i and seq[i - 1]['k'] == 'num' and rng.random() < 0.5:
                text = '%'
                attach = True
        elif k == 'trunc':
            text = u['text']
        else:
            raise ValueError(k)
        pieces.append(Piece(text, attach=attach))
        i += 1
    # join, with Whisper's sentence capitals
    out = ''
    cap_next = start_cap
    for p in pieces:
        t = p.text
        if not t:
            continue
        if cap_next and t[0].isalpha():
            t = t[0].upper() + t[1:]
        if out and not p.attach:
            out += ' '
        if p.attach and out.endswith('.') and t.startswith('.') and not t.startswith('..'):
            t = t[1:]
        out += t
        stripped = t.rstrip()
        cap_next = (stripped.endswith('.') or stripped.endswith('?')) and not stripped.endswith('...') \
            and not (p.text == '.' and p.attach and not p.frame)
    return out


# --------------------------------------------------------------------------
# The speaker's framing (natural and chaotic)
# --------------------------------------------------------------------------
OPENERS = [
    ('Right, can you run', True), ('Right, so I\'m wanting', False),
    ('Okay, so type', False), ('Aye, right,', False),
    ('Can you do us a', True), ('Right then, put in', False),
    ('Erm, right, the next one\'s', False), ('So I\'m needing', False),
    ('Go on and run', False), ('Right, pop in', False),
    ('Okay, let\'s have', False), ('Em, can you type', True),
]
SIGNOFFS = ['Cheers.', 'Ta.', 'That\'s us.', 'Cheers, pal.', 'Ta very much.',
            'Magic, cheers.', 'That\'s it.']
FILLERS = [', erm,', ', em,', ', eh,', ', like,', ', you know,', ', right,']
CORRECTIONS = [', naw, sorry,', ', no wait,', '... och, no,', ', sorry, I mean',
               ', hang on, no,', ', naw naw,', ', no, make that', ', wait, I mean']
RESTARTS = ['... och, scratch that. Start again.', '... naw, hang on. From the top,',
            '... sorry, let me start that again.', '... right, no. Again,']
DO_OVERS = ['. Naw, that\'s all wrong. It\'s', '. Scratch all that, what I want is',
            '. Och, no, forget that. It should be', '. Naw, sorry, the whole thing again,']
ASIDES = [', bear with me,', ', that\'s for the staging box,', ', where was I, aye,',
          ', och, this keyboard,', ', don\'t ask,', ', that\'s the one from yesterday,',
          ', hang on, let me check, aye,']
CONFUSABLE = {'main': 'master', 'master': 'main', 'data': 'date', 'docs': 'doc',
              'test': 'tests', 'tests': 'test', 'alpha': 'alfa', 'demo': 'dev',
              'output': 'input', 'input': 'output', 'backup': 'backups',
              'install': 'uninstall', 'list': 'lists', 'build': 'built',
              'notes': 'note', 'report': 'reports', 'config': 'configs',
              'server': 'service', 'photo': 'photos', 'user': 'users',
              'file': 'files', 'archive': 'archives', 'update': 'upgrade',
              'upgrade': 'update', 'start': 'stop', 'stop': 'start'}


def frame(text, attach=True):
    return {'k': 'frame', 'w': [], 'text': text, 'attach': attach}


def flatten(items, mode):
    seq = []
    for k, item in enumerate(items):
        if k:
            seq.append({'k': 'gap'})
        seq.extend(item)
    return seq


def add_fillers(items, rng, p=0.1, most=2):
    """Fillers at token boundaries: returns a seq."""
    seq = []
    used = 0
    for k, item in enumerate(items):
        if k:
            if used < most and rng.random() < p:
                seq.append(frame(rng.choice(FILLERS)))
                used += 1
            else:
                seq.append({'k': 'gap'})
        seq.extend(item)
    return seq


def natural_wrap(body_seq, rng):
    opener, question = rng.choice(OPENERS) if rng.random() < 0.85 else (None, False)
    body = render(body_seq, rng, 'natural', start_cap=opener is None)
    text = (opener + ' ' + body) if opener else body
    end = '?' if question and rng.random() < 0.7 else wpick(rng, [('.', 85), ('', 15)])
    if text[-1] in '.?!,':
        end = ''
    text += end
    if rng.random() < 0.55:
        if not text.endswith(('.', '?', '!')):
            text += '.'
        text += ' ' + rng.choice(SIGNOFFS)
    return text


# --------------------------------------------------------------------------
# Chaotic helpers
# --------------------------------------------------------------------------
def copy_units(units):
    return [dict(u, w=list(u['w'])) for u in units]


def wrong_word(w, vocab, rng):
    if w in CONFUSABLE and rng.random() < 0.6:
        return CONFUSABLE[w]
    while True:
        c = rng.choice(vocab)
        if c != w:
            return c


def wrong_digits(d, rng):
    while True:
        pos = rng.randrange(len(d))
        c = str(rng.randrange(10))
        if pos == 0 and len(d) > 1 and c == '0':
            continue
        nd = d[:pos] + c + d[pos + 1:]
        if nd != d:
            return nd


def mutate_unit(u, vocab, rng):
    u = dict(u, w=list(u['w']))
    if u['k'] == 'let':
        while True:
            c = rng.choice('abcdefghijklmnopqrstuvwxyz')
            if c != u['c']:
                break
        u['c'] = c
        u['w'] = [LETTER[c]]
    elif u['k'] == 'word':
        w = wrong_word(u['t'], vocab, rng)
        u['t'] = w
        u['w'] = [w]
    elif u['k'] == 'num':
        d = wrong_digits(u['d'], rng)
        u['d'] = d
        u['w'] = number_words(d)
    return u


def mutable_positions(units):
    return [i for i, u in enumerate(units)
            if (u['k'] == 'let') or (u['k'] == 'num')
            or (u['k'] == 'word' and not u.get('run') and not u.get('cap') and not u.get('upper'))]


def mutate_item(units, vocab, rng):
    pos = mutable_positions(units)
    if not pos:
        return None
    i = rng.choice(pos)
    out = copy_units(units)
    out[i] = mutate_unit(out[i], vocab, rng)
    return out


def op_word_fix(items, vocab, rng, touched):
    cands = [(k, i) for k, it in enumerate(items) if k not in touched for i, u in enumerate(it)
             if u['k'] == 'word' and not u.get('run') and not u.get('cap')
             and not u.get('upper') and len(u['t']) >= 3]
    if not cands:
        return None
    k, i = rng.choice(cands)
    it = items[k]
    bad = mutate_unit(it[i], vocab, rng)
    items[k] = it[:i] + [bad, frame(rng.choice(CORRECTIONS))] + it[i:]
    return k


def op_num_fix(items, vocab, rng, touched):
    cands = [(k, i) for k, it in enumerate(items) if k not in touched
             for i, u in enumerate(it) if u['k'] == 'num']
    if not cands:
        return None
    k, i = rng.choice(cands)
    it = items[k]
    bad = mutate_unit(it[i], vocab, rng)
    items[k] = it[:i] + [bad, frame(rng.choice(CORRECTIONS))] + it[i:]
    return k


def op_flag_fix(items, vocab, rng, touched):
    cands = [k for k, it in enumerate(items) if k not in touched
             and len(it) >= 2 and it[0]['k'] == 'sym' and it[0]['ch'] in ('-', '--')
             and mutable_positions(it)]
    if not cands:
        return None
    k = rng.choice(cands)
    bad = mutate_item(items[k], vocab, rng)
    items[k] = bad + [frame(rng.choice(CORRECTIONS))] + items[k]
    return k


def op_partial(items, vocab, rng, touched):
    cands = [(k, i) for k, it in enumerate(items) if k not in touched for i, u in enumerate(it)
             if u['k'] == 'word' and not u.get('run') and not u.get('cap')
             and not u.get('upper') and len(u['t']) >= 5]
    if not cands:
        return None
    k, i = rng.choice(cands)
    it = items[k]
    w = it[i]['t']
    cut = rng.randrange(2, len(w) - 1)
    trunc = {'k': 'trunc', 'w': [w[:cut]], 'text': w[:cut] + wpick(rng, [('...', 6), ('-', 4)])}
    items[k] = copy_units(it[:i]) + [trunc] + it
    return k


def op_repeat(items, vocab, rng, touched):
    # a stutter on a token that is neither last nor next to the same word
    cands = [k for k, it in enumerate(items[:-1]) if k not in touched and it
             and it[0]['k'] == 'word' and not it[0].get('run')]
    if not cands:
        return None
    k = rng.choice(cands)
    w = items[k][0]['t']
    for j in (k - 1, k + 1):
        if 0 <= j < len(items) and any(u['k'] == 'word' and u.get('t') == w for u in items[j]):
            return None
    items[k] = [dict(items[k][0]), frame(',')] + items[k]
    return k


def op_aside(items, vocab, rng, touched):
    if len(items) < 2:
        return None
    k = rng.randrange(1, len(items))
    items[k] = [frame(rng.choice(ASIDES))] + items[k]
    items[k][0]['aside'] = True
    return k


def chaotic_seq(cmd, voice, vocab, rng):
    items = say_command(cmd, voice)
    base = [copy_units(it) for it in items]
    kind = wpick(rng, [('word', 26), ('flag', 20), ('num', 10), ('partial', 14),
                       ('restart', 15), ('doover', 15)])
    local = {'word': op_word_fix, 'flag': op_flag_fix, 'num': op_num_fix,
             'partial': op_partial}
    touched = set()
    done = False
    if kind in local:
        k = local[kind](items, vocab, rng, touched)
        if k is None:
            for alt in ('flag', 'word', 'num', 'partial'):
                k = local[alt](items, vocab, rng, touched)
                if k is not None:
                    break
        if k is not None:
            touched.add(k)
            done = True
    # a second, smaller trouble now and then
    if rng.random() < 0.3:
        k = rng.choice([op_word_fix, op_partial, op_flag_fix])(items, vocab, rng, touched)
        if k is not None:
            touched.add(k)
    extra = rng.random()
    if extra < 0.25:
        op_repeat(items, vocab, rng, touched)
    elif extra < 0.5:
        op_aside(items, vocab, rng, touched)
    # items may now start with an aside frame: a frame replaces the gap
    body = []
    for k, item in enumerate(items):
        if k and not (item and item[0]['k'] == 'frame' and item[0].get('aside')):
            if rng.random() < 0.07:
                body.append(frame(rng.choice(FILLERS)))
            else:
                body.append({'k': 'gap'})
        body.extend(item)
    if kind == 'restart' or (kind in local and not done):
        cut = rng.randrange(1, min(3, len(base)) + 1) if len(base) > 1 else 1
        head = [copy_units(it) for it in base[:cut]]
        if len(base) == 1 or rng.random() < 0.4:
            m = mutate_item(head[-1], vocab, rng)
            if m is not None:
                head[-1] = m
        return flatten(head, 'natural') + [frame(rng.choice(RESTARTS))] + body
    if kind == 'doover':
        wrong = [copy_units(it) for it in base]
        ks = [k for k, it in enumerate(wrong) if mutable_positions(it)]
        if ks:
            k = rng.choice(ks)
            wrong[k] = mutate_item(wrong[k], vocab, rng)
        else:
            wrong = wrong[:-1] if len(wrong) > 1 else wrong
        return flatten(wrong, 'natural') + [frame(rng.choice(DO_OVERS))] + body
    return body


# --------------------------------------------------------------------------
# Building the set
# --------------------------------------------------------------------------
def load_pool():
    rows = []
    with open(POOL, encoding='utf-8') as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            cmd = json.loads(line)['command']
            if not cmd.isascii() or '\t' in cmd or '  ' in cmd:
                continue
            if len(cmd) > MAX_CHARS or cmd != cmd.strip() or not cmd:
                continue
            clean = clean_transcript(cmd)
            if len(clean.split()) > MAX_TOKENS:
                continue
            rows.append((n, cmd))
    seen = set()
    out = []
    for n, cmd in rows:
        if cmd not in seen:
            seen.add(cmd)
            out.append((n, cmd))
    return out


def build_vocab(pool):
    vocab = set()
    for _, cmd in pool:
        for w in re.findall(r'[a-z]+', cmd):
            if 3 <= len(w) <= 8 and sayable(w):
                vocab.add(w)
    return sorted(vocab)


def choose(pool, rng):
    order = list(pool)
    rng.shuffle(order)
    per_first = {}
    chosen = []
    for n, cmd in order:
        first = cmd.split(' ')[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)
    return chosen


def make_line(cmd, slice_name, rng, vocab):
    if slice_name == 'clean':
        text = clean_transcript(cmd)
        assert decode(text) == cmd, (cmd, text, decode(text))
        return text
    voice = Voice(rng)
    if slice_name == 'fuzzy':
        items = say_command(cmd, voice)
        text = render(flatten(items, 'fuzzy'), rng, 'fuzzy')
        if not text.endswith(('.', '?', ',')) and rng.random() < 0.8:
            text += '.'
        return text.rstrip(',')
    if slice_name == 'natural':
        items = say_command(cmd, voice)
        return natural_wrap(add_fillers(items, rng), rng)
    seq = chaotic_seq(cmd, voice, vocab, rng)
    return natural_wrap(seq, rng)


def main():
    rng = random.Random(SEED)
    pool = load_pool()
    vocab = build_vocab(pool)
    chosen = choose(pool, rng)
    assert len(set(chosen)) == len(chosen)
    lines = []
    for s, slice_name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            text = make_line(cmd, slice_name, rng, vocab)
            text = re.sub(r'\s+', ' ', text).strip()
            lines.append({'input': text, 'command': cmd, 'slice': slice_name,
                          'author': AUTHOR})
    clean_ok = all(decode(d['input']) == d['command'] for d in lines if d['slice'] == 'clean')
    assert clean_ok
    with open(OUT, 'w', encoding='utf-8', newline='\n') as fh:
        for d in lines:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    counts = {s: sum(1 for d in lines if d['slice'] == s) for s in SLICES}
    print('wrote %d lines to %s' % (len(lines), os.path.relpath(OUT, ROOT)))
    print('per slice:', counts)
    print('clean lines round-trip through decode():', clean_ok)


if __name__ == '__main__':
    main()
