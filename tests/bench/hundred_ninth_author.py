#!/usr/bin/env python3
# ruff: noqa: E501, E741, UP031, UP032
"""Dictation test set, author109: "Tuấn", a Hanoi backend developer on a xe ôm.

Writes assets/training/bash/author109.jsonl: 400 lines of
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": clean|fuzzy|natural|chaotic, "author": "author109"}
100 lines per slice, in that order.  Standard library only; one
random.Random(109) is consumed in a fixed order, so reruns are byte-identical.

SOURCE AND CREDIT
-----------------
Every command is copied verbatim from assets/training/bash/pages_dev60_commands.jsonl,
which is derived from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0.  Only 0-based pool lines n with n % 3 == 0 are used, for
all four slices.  A command is skipped if it is non-ASCII, has a tab or a
double space, is over 64 characters, or needs over 48 spoken words in the
clean protocol below.  At most two commands share a first word; all 400
commands are distinct; the order is chosen by the seeded generator.

STYLE GUIDE
===========

1. The speaker
--------------
Tuấn, 29, backend developer (Go, Postgres, a lot of k8s) in Hanoi.  He
dictates on his way to the office, pillion on a GrabBike, earbuds in, helmet
on, traffic all around.  Fast and terse: he never says "please" or "could
you", he just says the command.  His English is good and technical, with a
northern Vietnamese accent (final consonants sometimes soft, which Whisper
turns into homophones), and Vietnamese leaks in when he is not careful:

  * fillers:      ờ, à, ừ, ừm, thì, kiểu   (Whisper writes them with
                  diacritics, or for the longer ones without: "thi", "kieu").
                  The one-letter fillers are ALWAYS written with their
                  diacritic (à, ờ, ừ), so they never look like the letters
                  A, O, U.
  * openers:      "ờ, lệnh là", "rồi, gõ cho mình", "ok, chạy cái này",
                  "ừ thì", "note lệnh", "à, command:", "cho mình cái lệnh"
  * sign-offs:    "thế thôi", "xong", "rồi, enter", "ok chạy đi", "hết",
                  "vậy thôi" (sometimes "the thoi", "roi, enter")
  * corrections:  "không không" (khong khong), "nhầm" (nham), "à nhầm",
                  "ý là" (y la, = "I mean"), "xin lỗi" (xin loi),
                  "sai rồi"; he always re-says the WHOLE corrected piece
                  (the whole word/number/token, or the flag together with
                  its value), never just a fragment.
  * restarts:     "thôi, làm lại từ đầu", "xin lỗi, lại nhé", "nhầm hết, lại",
                  "khoan, bỏ, lại từ đầu" - followed by the full command.
  * continuing:   after an interruption he resumes with "tiếp" / "tiếp nhé"
                  or "sau <last piece> là ..." and then only the rest.
  * asides:       talks to the driver or about the road: "anh ơi, rẽ trái
                  chỗ kia nhé", "đợi tí, đèn đỏ", "ồn quá", "mưa rồi",
                  "anh đi chậm thôi ạ", "mất sóng à"; Whisper wraps them in
                  "..." or full stops.

2. The protocol as Tuấn uses it (clean slice)
---------------------------------------------
The clean slice is a careful transcript: lower case, no punctuation, only
the words he said, nothing but the command.

Tokens.  Between two whitespace-separated tokens of the command he says
"space" - always, also around pipe and redirect.  Everything said between
two "space"s is glued together into one token.

Words or letters.  A lower-case alphabetic run is said as a word when it is
pronounceable (a vowel, no unpronounceable cluster: "deploy", "kubectl",
"pamtogif") or in his small vocabulary.  Otherwise he spells it letter by
letter ("s s h", "t m p", "s r c"), or splits it into vocabulary words and
letters ("m k dir", "p grep", "p n m to tiff c m y k").  He always spells
the usual acronyms even when they are pronounceable: aws, cli, api, url,
cpu, gpu, iso, ide, sdk, ui, id, io, eof.  Letters are written as single
lower-case letters; he never uses a phonetic alphabet.

Case.  Lower case is the default.
  * "capital X"         -> upper-case the first letter of the next spoken
                           word or letter ("capital main" -> Main,
                           "capital r" -> R).
  * "all caps WORD"     -> upper-case exactly the next spoken word
                           ("all caps head" -> HEAD).  Acronyms that are
                           not a word he spells with "capital" on every
                           letter ("capital p capital i capital d" if PID
                           were unpronounceable).
  * case runs: "kebab case", "snake case", "camel case", "pascal case",
    "screaming case" followed by plain words; the run lasts to the next
    "space" (or the end).  He uses one only when the rest of the token is
    exactly such an identifier of sayable words:
       "dash dash kebab case dry run"      -> --dry-run
       "snake case private key"            -> private_key
       "camel case max size"               -> maxSize
       "pascal case hello world"           -> HelloWorld
       "screaming case log level"          -> LOG_LEVEL
    Mixed pieces (digits, dots, letters) are said piece by piece instead:
    "new underscore archive dot zip".

Symbols (his choices; a listener also accepts every synonym in the
protocol facts, e.g. minus/hyphen, period/point, forward slash, asterisk,
at sign, dollar sign, equals sign, double dash, double greater than):
  -  dash           -- dash dash        .  dot (point inside a decimal)
  .. dot dot        /  slash            \\  backslash
  |  pipe           || pipe pipe        *  star
  !  bang           #  hash             ~  tilde
  @  at             $  dollar           %  percent
  ^  caret          &  ampersand        && and and
  =  equals         +  plus             :  colon
  ;  semicolon      _  underscore       ,  comma
  "  quote          '  single quote     `  backtick
  ?  question mark  ( ) open paren / close paren
  { } open brace / close brace          [ ] open bracket / close bracket
  <  less than
  >  redirect when it is a redirection token (">", "2>", "&>", "2>&1"),
     otherwise greater than
  >> append (as a redirection), otherwise double greater than
  "two redirect ampersand one" is simply 2 + > + & + 1 glued: 2>&1.

Numbers.  A maximal digit run is said as one number:
  * 1-2 digits: as a compound: "seven", "twelve", "forty two".
  * a leading zero: digit by digit: "zero seven" -> 07.
  * exact thousands: "three thousand", "eight thousand", "ten thousand".
  * exact hundreds: "one hundred", "five hundred", "twenty five hundred".
  * 4 digits whose third digit is not 0: two pairs, the way he says
    ports and years: "eighty eighty" 8080, "ten twenty four" 1024,
    "fifty four thirty two" 5432, "forty ninety six" 4096.
  * everything else digit by digit: "one nine two dot one six eight",
    "six four zero", "six five five three five".
  Listener rule: tens+unit combine (forty two = 42), X hundred / X thousand
  multiply, every other number word is concatenated as digits
  ("eighty eighty" = 80|80, "two eighty" = 2|80, "one two seven" = 127).
  Decimals use "point": "zero point seven" -> 0.7, "three point zero" -> 3.0
  (only when the token has exactly one dot and it sits between digits).

Literal words that collide with the protocol.  He says "literal" before
the word: "file dot literal hash" -> file.hash, "literal space" -> space,
"literal one" -> one, "literal literal" -> literal.  ALWAYS escaped (hard
words): space, literal, capital, caps, case, every symbol word and every
second word of a symbol phrase (dash, minus, hyphen, double, dot, period,
point, slash, forward, back, backslash, pipe, star, asterisk, bang, hash,
tilde, at, sign, dollar, percent, caret, ampersand, and, equals, plus,
colon, semicolon, underscore, comma, quote, single, backtick, mark, paren,
brace, curly, bracket, angle, than, redirect, append) and every number
word (zero..nineteen, twenty..ninety, hundred, thousand).  The first words
open, close, less, greater, all, question, camel, snake, kebab, pascal and
screaming are said plainly (e.g. the pager "less"): they only form a
phrase when the very next word is their hard second word, and a literal
hard word is always preceded by "literal", so no clash is possible.
"capital literal x" / "all caps literal x" case an escaped word.

3. Natural speech (natural and chaotic slices)
----------------------------------------------
When he is not careful he drops "space" (the listener infers spacing),
drops most "literal"s, and uses loose symbol names: "minus" for a
one-dash flag about a third of the time, "hyphen" inside words,
"double dash" or "minus minus" for "--", "period" for a dot now and then,
"forward slash", "at sign", "dollar sign", "equals sign", "asterisk",
"greater than" for a redirect.  Case runs half of the time, otherwise the
pieces with their separators ("role dash name").  "capital" and
"all caps" are still said whenever case matters; lower case is never
marked.  A short opener most of the time, a sign-off about half of the
time, a filler between tokens now and then.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
  * capitalises the first word, adds commas at pauses and a final period;
    its capitals carry no meaning - only "capital"/"all caps" do.
  * spelled letters come out upper case: "LS", "S S H", "S-S-H";
    single letters sometimes as homophones: "are" (r), "see" (c),
    "you" (u), "why" (y), "oh" (o), "eye" (i), "ex" (x), "bee" (b).
  * numbers become numerals: "8080", "80 80", "1 2 7", "8,000",
    "0.7", dotted IPs "192.168.1.10"; small ones sometimes stay words.
  * he pauses after a token that ends in a slash when another token
    follows ("docs slash, slash TMP"); Whisper writes the pause as a comma.
  * file names and hosts it knows are glued: "config.yaml", "example.com",
    "https://example.com" (only for all-lower-case tokens).
  * homophones/spellings: pseudo (sudo), grip (grep), Jason (json),
    Yamel (yaml), tilda (tilde), carrot (caret), kebob (kebab),
    semi colon, under score, back slash, back tick, literally (literal);
    brand capitals: Git, Docker, Python, Redis, Ubuntu, Firefox ...
  * split or glued words: "local host", "user name", "back up",
    "file name", "up stream", "who am I", "up time", "host name";
    "dash-dash", "dot-dot", "and-and", "all-caps", "kebab-case".

5. The four slices
------------------
  clean    protocol style, careful lower-case transcript, nothing else.
           decode() below is the listener; decode(input) == command is
           asserted for every clean line.
  fuzzy    the same protocol ("space" still said) as Whisper writes it:
           capitals, punctuation, numerals, glued/split words,
           homophones, symbol synonyms.  No framing, no fillers.
  natural  natural style (no "space"), loose symbol names, opener and
           maybe sign-off, Vietnamese fillers, Whisper's sentences.
  chaotic  natural plus trouble: a word/value correction, a flag
           correction (incl. "ý là, dash capital V"), a whole-command
           restart, or a partial command resumed after an aside; extra
           stutters ("docker... docker run") and asides.  The corrected
           piece is always re-said whole, so a careful listener rebuilds
           the command exactly.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
POOL = os.path.join(ROOT, 'assets', 'training', 'bash', 'pages_dev60_commands.jsonl')
OUT = os.path.join(ROOT, 'assets', 'training', 'bash', 'author109.jsonl')
AUTHOR = 'author109'
SLICES = ['clean', 'fuzzy', 'natural', 'chaotic']
PER_SLICE = 100

# ---------------------------------------------------------------- numbers
UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
         'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
UNIT_V = {w: i for i, w in enumerate(UNITS)}
TEEN_V = {w: i + 10 for i, w in enumerate(TEENS)}
TENS_V = {w: i * 10 for i, w in enumerate(TENS) if w}
NUMWORDS = set(UNIT_V) | set(TEEN_V) | set(TENS_V) | {'hundred', 'thousand'}


def small(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])


def num_words(s):
    """Tuấn's way of saying a digit run: (words, kind)."""
    if len(s) > 1 and s[0] == '0':
        return [UNITS[int(c)] for c in s], 'digits'
    n = int(s)
    if len(s) <= 2:
        return small(n), 'small'
    if n % 1000 == 0 and 1 <= n // 1000 <= 99:
        return small(n // 1000) + ['thousand'], 'thousand'
    if n % 100 == 0 and len(s) <= 4 and (n // 100) % 10 != 0:
        return small(n // 100) + ['hundred'], 'hundred'
    if len(s) == 4 and s[2] != '0':
        return small(int(s[:2])) + small(int(s[2:])), 'pair'
    return [UNITS[int(c)] for c in s], 'digits'


def parse_number(run):
    out = ''
    i = 0
    while i < len(run):
        w = run[i]
        if w in TENS_V:
            val = TENS_V[w]
            i += 1
            if i < len(run) and run[i] in UNIT_V and UNIT_V[run[i]] != 0:
                val += UNIT_V[run[i]]
                i += 1
        elif w in TEEN_V:
            val = TEEN_V[w]
            i += 1
        elif w in UNIT_V:
            val = UNIT_V[w]
            i += 1
        else:
            raise ValueError('misplaced ' + w)
        if i < len(run) and run[i] == 'hundred':
            out += str(val * 100)
            i += 1
        elif i < len(run) and run[i] == 'thousand':
            out += str(val * 1000)
            i += 1
        else:
            out += str(val)
    return out


# ---------------------------------------------------------------- symbols
CLEAN_SYM = {
    '-': 'dash', '--': 'dash dash', '.': 'dot', '..': 'dot dot', '/': 'slash',
    '\\': 'backslash', '|': 'pipe', '||': 'pipe pipe', '*': 'star', '!': 'bang',
    '#': 'hash', '~': 'tilde', '@': 'at', '$': 'dollar', '%': 'percent',
    '^': 'caret', '&': 'ampersand', '&&': 'and and', '=': 'equals', '+': 'plus',
    ':': 'colon', ';': 'semicolon', '_': 'underscore', ',': 'comma', '"': 'quote',
    "'": 'single quote', '`': 'backtick', '?': 'question mark',
    '(': 'open paren', ')': 'close paren', '{': 'open brace', '}': 'close brace',
    '[': 'open bracket', ']': 'close bracket', '<': 'less than',
    '>': 'greater than', '>>': 'double greater than',
}
REDIRECT_SYM = {'>': 'redirect', '>>': 'append'}
PAIRS = ('&&', '>>', '--', '..', '||')

# phrases the listener understands (speaker's own + protocol synonyms)
PHRASES = {}
for _s, _w in CLEAN_SYM.items():
    if len(_s) == 1 or _s in ('&&', '>>'):
        PHRASES[tuple(_w.split())] = _s
PHRASES.update({
    ('minus',): '-', ('hyphen',): '-', ('double', 'dash'): '--', ('period',): '.',
    ('point',): '.', ('forward', 'slash'): '/', ('back', 'slash'): '\\',
    ('asterisk',): '*', ('at', 'sign'): '@', ('dollar', 'sign'): '$',
    ('equals', 'sign'): '=', ('redirect',): '>', ('append',): '>>',
    ('open', 'curly', 'brace'): '{', ('close', 'curly', 'brace'): '}',
    ('open', 'angle'): '<', ('close', 'angle'): '>',
})
RUNS = {'kebab': '-', 'snake': '_', 'camel': '', 'pascal': '', 'screaming': '_'}

HARD = set('''space literal capital caps case than paren brace curly bracket angle mark
quote backtick and dash minus hyphen double dot period point slash forward back backslash
pipe star asterisk bang hash tilde at sign dollar percent caret ampersand equals plus colon
semicolon underscore comma redirect append single'''.split()) | NUMWORDS
SOFT_FIRST = {'open', 'close', 'less', 'greater', 'all', 'question'} | set(RUNS)


def decode(text):
    """The listener for Tuấn's clean protocol."""
    w = text.split()
    out = []
    pend = [None]

    def emit(s):
        if pend[0] == 'cap':
            s = s[0].upper() + s[1:]
        elif pend[0] == 'all':
            s = s.upper()
        pend[0] = None
        out.append(s)

    def plain():
        if pend[0]:
            raise ValueError('case word before a non-word')

    i = 0
    while i < len(w):
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t == 'space':
            plain()
            out.append(' ')
            i += 1
        elif t == 'literal':
            emit(w[i + 1])
            i += 2
        elif t == 'capital':
            plain()
            pend[0] = 'cap'
            i += 1
        elif t == 'all' and nxt == 'caps':
            plain()
            pend[0] = 'all'
            i += 2
        elif t in RUNS and nxt == 'case':
            plain()
            j = i + 2
            parts = []
            while j < len(w) and w[j] != 'space':
                parts.append(w[j])
                j += 1
            if len(parts) < 2:
                raise ValueError('short run')
            if t == 'camel':
                s = parts[0] + ''.join(p.capitalize() for p in parts[1:])
            elif t == 'pascal':
                s = ''.join(p.capitalize() for p in parts)
            elif t == 'screaming':
                s = '_'.join(p.upper() for p in parts)
            else:
                s = RUNS[t].join(parts)
            out.append(s)
            i = j
        elif t in NUMWORDS:
            plain()
            j = i
            while j < len(w) and w[j] in NUMWORDS:
                j += 1
            out.append(parse_number(w[i:j]))
            i = j
        else:
            for n in (3, 2, 1):
                key = tuple(w[i:i + n])
                if len(key) == n and key in PHRASES:
                    plain()
                    out.append(PHRASES[key])
                    i += n
                    break
            else:
                if t in HARD:
                    raise ValueError('bare protocol word ' + t)
                emit(t)
                i += 1
    plain()
    return ''.join(out)


# ---------------------------------------------------------------- words
VOCAB = set('''dir mod own file files name names to from get set add del list user users
group pass word key keys info config conf init make build run test man help tiff gif png
jpeg raw ascii tex doc docs dump load save show view top tool tools net web mail log logs
cat grep find diff sort cut link lock mount zip tar git hub lab node go py system journal
kube ctl lint fmt sync edit ping image images pod pods disk mem type tab menu desktop
server client proxy host port path root home boot new old text data env update install
remove print scan copy move open close less all up down in out on off my pdf check ledger
admin split thin clones dupes limit rotate hist map spec merge pool track con pick edit
show info icon font sound play stat watch background foreground fullscreen backup
keyboard workspace'''.split()) - HARD
VOCAB -= {'ctl', 'fmt', 'pdf'}
FINALS = set('ng nd nt st ck sh th ll ss rt rk ls ts rd ct ft lt mp nk rn rm ps ks'.split())
SHORT = {'go', 'do', 'to', 'in', 'on', 'up', 'no', 'is', 'it', 'of', 'or', 'my', 'me',
         'we', 'so', 'by', 'if', 'as'}
SPELL = {'aws', 'cli', 'api', 'url', 'cpu', 'gpu', 'iso', 'ide', 'sdk', 'ui', 'id',
         'io', 'eof', 'usb', 'dns', 'ssh', 'sql', 'css', 'vm', 'db', 'os'}
ONSET2 = set('bl br ch cl cr dr fl fr gl gr kl kr pl pr sc sh sk sl sm sn sp st sw th tr '
             'tw wh wr ph qu kn gn'.split())
ONSET3 = {'str', 'spr', 'scr', 'spl', 'thr', 'chr', 'sch', 'shr', 'squ'}


def pronounceable(w):
    if not re.search('[aeiouy]', w):
        return False
    m = re.match('[^aeiouy]+', w)
    if m:
        on = m.group()
        if len(on) == 2 and on not in ONSET2:
            return False
        if len(on) >= 3 and on not in ONSET3:
            return False
    if any(len(c) > 3 for c in re.findall('[^aeiouy]+', w)):
        return False
    if any(len(v) > 4 for v in re.findall('[aeiouy]+', w)):
        return False
    return True


def sayable(w):
    if w in SPELL:
        return False
    if w in VOCAB:
        return True
    if len(w) < 3:
        return w in SHORT
    return pronounceable(w)


def chunk_ok(p):
    """A pronounceable stretch inside an unsayable run ("bentley" in pgmbentley)."""
    if len(p) < 4 or p in HARD or p in SPELL or not pronounceable(p):
        return False
    tail = re.search('[^aeiouy]*$', p).group()
    if len(tail) > 1 and tail not in FINALS:
        return False
    clusters = re.findall('[^aeiouy]+', p)
    if p[0] not in 'aeiouy':
        clusters = clusters[1:]
    return all(len(c) <= 2 for c in clusters)


def segment(s):
    """Split an unsayable lower-case run into vocabulary words and letters."""
    n = len(s)
    best = [None] * (n + 1)
    best[n] = (0, [])
    for i in range(n - 1, -1, -1):
        opts = []
        for j in range(n, i + 1, -1):
            piece = s[i:j]
            if piece in VOCAB:
                opts.append((1 + best[j][0], [('word', piece)] + best[j][1]))
            elif chunk_ok(piece):
                opts.append((1.5 + best[j][0], [('word', piece)] + best[j][1]))
        opts.append((1.01 + best[i + 1][0], [('letters', s[i])] + best[i + 1][1]))
        best[i] = min(opts, key=lambda o: o[0])
    merged = []
    for it in best[0][1]:
        if it[0] == 'letters' and merged and merged[-1][0] == 'letters':
            merged[-1] = ('letters', merged[-1][1] + it[1])
        else:
            merged.append(it)
    return merged


def lower_items(s):
    if s in HARD:
        return [('lit', s)]
    if sayable(s):
        return [('word', s)]
    return segment(s)


def runnable(p):
    return p not in HARD and p not in SPELL and sayable(p) and len(p) >= 2


RUN_PATTERNS = [
    ('kebab', r'[a-z]+(?:-[a-z]+)+', lambda b: b.split('-')),
    ('snake', r'[a-z]+(?:_[a-z]+)+', lambda b: b.split('_')),
    ('screaming', r'[A-Z]+(?:_[A-Z]+)+', lambda b: b.lower().split('_')),
    ('camel', r'[a-z]+(?:[A-Z][a-z]+)+', lambda b: re.findall('[A-Z]?[a-z]+', b)),
    ('pascal', r'(?:[A-Z][a-z]+){2,}', lambda b: re.findall('[A-Z][a-z]+', b)),
]


def token_ir(tok):
    m = re.fullmatch(r'(-{0,2})(.+)', tok)
    pre, body = m.group(1), m.group(2)
    for kind, pat, split in RUN_PATTERNS:
        if re.fullmatch(pat, body):
            parts = [p.lower() for p in split(body)]
            if all(runnable(p) for p in parts):
                items = [('sym', '-')] * len(pre) + [('run', kind, parts)]
                return group(items, tok)
    items = []
    for piece in re.findall(r'[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|.', tok):
        if piece.isdigit():
            items.append(('num', piece))
        elif re.fullmatch('[a-z]+', piece):
            items.extend(lower_items(piece))
        elif re.fullmatch('[A-Z][a-z]+', piece):
            low = piece.lower()
            if low in HARD:
                items.append(('caplit', low))
            elif sayable(low):
                items.append(('capword', low))
            else:
                items.append(('capletter', low[0]))
                items.extend(lower_items(low[1:]))
        elif re.fullmatch('[A-Z]', piece):
            items.append(('capletter', piece.lower()))
        elif re.fullmatch('[A-Z]+', piece):
            low = piece.lower()
            if low in HARD:
                items.append(('allcapslit', low))
            elif len(low) >= 3 and sayable(low):
                items.append(('allcaps', low))
            else:
                items.append(('capletters', low))
        else:
            items.append(('sym', piece))
    return group(items, tok)


def group(items, tok):
    out = []
    i = 0
    while i < len(items):
        it = items[i]
        if (it[0] == 'sym' and i + 1 < len(items) and items[i + 1][0] == 'sym'
                and it[1] + items[i + 1][1] in PAIRS):
            out.append(('sym', it[1] + items[i + 1][1]))
            i += 2
            continue
        if (it[0] == 'num' and i + 2 < len(items) and items[i + 1] == ('sym', '.')
                and items[i + 2][0] == 'num' and tok.count('.') == 1):
            out.append(('dec', it[1], items[i + 2][1]))
            i += 3
            continue
        out.append(it)
        i += 1
    redir = bool(re.fullmatch(r'[0-9&]?>>?(&[0-9]?)?', tok))
    return [('sym', it[1], 'redir') if redir and it[0] == 'sym' and it[1] in REDIRECT_SYM
            else it for it in out]


def clean_item(it):
    k = it[0]
    if k == 'word':
        return [it[1]]
    if k == 'lit':
        return ['literal', it[1]]
    if k == 'letters':
        return list(it[1])
    if k == 'capword':
        return ['capital', it[1]]
    if k == 'caplit':
        return ['capital', 'literal', it[1]]
    if k == 'capletter':
        return ['capital', it[1]]
    if k == 'capletters':
        return [w for c in it[1] for w in ('capital', c)]
    if k == 'allcaps':
        return ['all', 'caps', it[1]]
    if k == 'allcapslit':
        return ['all', 'caps', 'literal', it[1]]
    if k == 'num':
        return num_words(it[1])[0]
    if k == 'dec':
        return num_words(it[1])[0] + ['point'] + num_words(it[2])[0]
    if k == 'sym':
        if len(it) == 3:
            return REDIRECT_SYM[it[1]].split()
        return CLEAN_SYM[it[1]].split()
    if k == 'run':
        return [it[1], 'case'] + it[2]
    raise ValueError(k)


def clean_text(cmd):
    words = []
    for n, tok in enumerate(cmd.split(' ')):
        if n:
            words.append('space')
        for it in token_ir(tok):
            words.extend(clean_item(it))
    return ' '.join(words)


# ---------------------------------------------------------------- Whisper
HOMO = {
    'sudo': ['pseudo', 'Sudo'], 'grep': ['grip', 'Grep'], 'json': ['Jason', 'JSON'],
    'yaml': ['YAML', 'Yamel'], 'nginx': ['engine X'], 'kebab': ['kebob'],
    'tilde': ['tilda', 'Tilda'], 'caret': ['carrot'], 'semicolon': ['semi colon', 'semi-colon'],
    'underscore': ['under score'], 'backslash': ['back slash'], 'backtick': ['back tick'],
    'linux': ['Linux'], 'ubuntu': ['Ubuntu'], 'git': ['Git'], 'docker': ['Docker'],
    'python': ['Python'], 'redis': ['Redis'], 'firefox': ['Firefox'], 'postgres': ['Postgres'],
    'alice': ['Alice'], 'bob': ['Bob'], 'github': ['GitHub'], 'debian': ['Debian'],
    'java': ['Java'], 'rust': ['Rust'], 'chrome': ['Chrome'], 'google': ['Google'],
}
SPLIT_WORDS = {
    'localhost': 'local host', 'username': 'user name', 'database': 'data base',
    'backup': 'back up', 'filename': 'file name', 'upstream': 'up stream',
    'whoami': 'who am I', 'uptime': 'up time', 'hostname': 'host name',
    'password': 'pass word', 'keyboard': 'key board', 'workspace': 'work space',
    'readme': 'read me', 'output': 'out put', 'webhook': 'web hook',
}
LETTER_HOMO = {'c': 'see', 'r': 'are', 'u': 'you', 'y': 'why', 'o': 'oh', 'i': 'eye',
               'b': 'bee', 'x': 'ex'}
GLUE_RE = re.compile(r'(?:[a-z][a-z0-9-]*\.[a-z]{2,4}|https?://[a-z0-9./:-]+|[0-9]+(?:\.[0-9]+){3})')


class Whisper:
    """Turns Tuấn's spoken pieces into what Whisper writes."""

    def __init__(self, rng):
        self.r = rng

    def p(self, x):
        return self.r.random() < x

    def word(self, w):
        if w in HOMO and self.p(0.5):
            return self.r.choice(HOMO[w])
        if w in SPLIT_WORDS and self.p(0.4):
            return SPLIT_WORDS[w]
        return w

    def letters(self, s, style):
        if len(s) == 1 and s in LETTER_HOMO and self.p(0.15):
            return LETTER_HOMO[s]
        if style == 'glued' or len(s) == 1:
            return s.upper()
        if style == 'hyph':
            return '-'.join(s.upper())
        return ' '.join(s.upper())

    def number(self, s, natural):
        words, kind = num_words(s)
        said = ' '.join(words)
        if kind == 'small':
            n = int(s)
            if n >= 10 or self.p(0.6 if natural else 0.4):
                return s
            return said
        if kind == 'digits':
            return self.r.choice([s, s, ' '.join(s), said] if natural else [s, ' '.join(s), said])
        if kind == 'pair':
            return self.r.choice([s, s, s[:2] + ' ' + s[2:], said])
        if kind == 'hundred':
            return self.r.choice([s, s, said])
        return self.r.choice([s, '{:,}'.format(int(s)), said])

    def sym(self, s, role, start, natural):
        r = self.r
        if s == '-':
            if start:
                opts = ['dash', 'dash', 'minus'] if natural else ['dash', 'dash', 'dash', 'minus', 'hyphen']
            else:
                opts = ['dash', 'hyphen'] if natural else ['dash', 'dash', 'hyphen']
            return r.choice(opts)
        if s == '--':
            return r.choice(['dash dash', 'dash dash', 'double dash', 'minus minus', 'dash-dash'])
        if s == '.':
            return r.choice(['dot', 'dot', 'dot', 'period'] if natural else ['dot', 'dot', 'period', 'point'])
        if s == '..':
            return r.choice(['dot dot', 'dot-dot'])
        if s == '/':
            return r.choice(['slash', 'slash', 'forward slash'])
        if s == '&&':
            return r.choice(['and and', 'and-and'])
        if s == '>' and role:
            return r.choice(['redirect', 'redirect', 'greater than'])
        if s == '>>' and role:
            return r.choice(['append', 'append', 'double greater than'])
        if s == '*':
            return r.choice(['star', 'asterisk'])
        if s in '@$=' and self.p(0.35):
            return CLEAN_SYM[s] + ' sign'
        w = CLEAN_SYM[s]
        if w in HOMO and self.p(0.35):
            return r.choice(HOMO[w])
        return w

    def token(self, tok, st, natural):
        r = self.r
        if tok.islower() and GLUE_RE.fullmatch(tok) and self.p(0.35 if natural else 0.25):
            return tok
        items = token_ir(tok)
        out = []
        for n, it in enumerate(items):
            k = it[0]
            if k == 'word':
                out.append(self.word(it[1]))
            elif k == 'lit':
                if natural and self.p(0.7):
                    out.append(it[1])
                else:
                    out.append(r.choice(['literal ' + it[1], 'literal "%s"' % it[1], 'literally ' + it[1],
                                         'literal ' + it[1]]))
            elif k == 'letters':
                out.append(self.letters(it[1], st['letters']))
            elif k in ('capword', 'caplit'):
                w = it[1] if k == 'capword' else ('literal ' + it[1] if not natural else it[1])
                out.append(r.choice(['capital ', 'capital ', 'Capital '])
                           + (w.capitalize() if self.p(0.5) else w))
            elif k == 'capletter':
                out.append(r.choice(['capital ', 'capital ', 'Capital ', 'capital-']) + it[1].upper())
            elif k == 'capletters':
                out.append(' '.join('capital ' + c.upper() for c in it[1]))
            elif k in ('allcaps', 'allcapslit'):
                w = it[1] if k == 'allcaps' or natural else 'literal ' + it[1]
                out.append(r.choice(['all caps ', 'all caps ', 'all-caps ', 'All caps '])
                           + (w.upper() if self.p(0.4) else w))
            elif k == 'num':
                out.append(self.number(it[1], natural))
            elif k == 'dec':
                if self.p(0.75):
                    out.append(it[1] + '.' + it[2])
                else:
                    out.append(self.number(it[1], natural) + ' point ' + self.number(it[2], natural))
            elif k == 'sym':
                out.append(self.sym(it[1], len(it) == 3, n == 0, natural))
            elif k == 'run':
                kind, parts = it[1], it[2]
                if natural and self.p(0.5):
                    out.append(self.expand_run(kind, parts))
                else:
                    kw = 'kebob' if kind == 'kebab' and self.p(0.3) else kind
                    out.append(r.choice(['%s case %s', '%s-case %s', '%s case, %s'])
                               % (kw, ' '.join(parts)))
        return ' '.join(out)

    def expand_run(self, kind, parts):
        if kind == 'kebab':
            sep = ' %s ' % self.r.choice(['dash', 'hyphen'])
            return sep.join(parts)
        if kind == 'snake':
            return ' underscore '.join(parts)
        if kind == 'screaming':
            return ' underscore '.join('all caps ' + p for p in parts)
        if kind == 'camel':
            return ' '.join([parts[0]] + ['capital ' + p for p in parts[1:]])
        return ' '.join('capital ' + p for p in parts)


def capfirst(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s


# ---------------------------------------------------------------- speaker
OPENERS = ['ờ, lệnh là', 'rồi, gõ cho mình', 'ok, chạy cái này:', 'ừ thì', 'note lệnh:',
           'à, command:', 'cho mình cái lệnh', 'ờ', 'ok', 'rồi, lệnh:', 'ừm, gõ',
           'u thi', 'lenh la', 'à ờ, chạy']
SIGNOFFS = ['thế thôi', 'xong', 'rồi, enter', 'ok chạy đi', 'hết', 'vậy thôi', 'the thoi',
            'roi, enter', 'xong nhé']
FILLERS = ['ờ', 'à', 'ừm', 'thì', 'kiểu', 'thi', 'kieu', 'ờ ờ']
CORR_WORD = ['không không', 'nhầm', 'à nhầm', 'ý là', 'xin lỗi', 'sai rồi', 'khong khong',
             'nham', 'y la', 'xin loi']
RESTART = ['thôi, làm lại từ đầu:', 'xin lỗi, lại nhé:', 'nhầm hết, lại:',
           'khoan, bỏ, lại từ đầu:', 'khong khong, lai tu dau:', 'thôi sai rồi, lại:']
ASIDES = ['anh ơi, rẽ trái chỗ kia nhé', 'đợi tí, đèn đỏ', 'ồn quá', 'mưa rồi',
          'anh đi chậm thôi ạ', 'mất sóng à', 'anh ơi cho em xuống đầu ngõ',
          'sorry, xe buýt bấm còi', 'ơ, ổ gà', 'doi ti, den do']
RESUME = ['tiếp:', 'tiếp nhé,', 'rồi, tiếp:', 'ok tiếp,']

SWAPS = {'main': 'master', 'master': 'main', 'dev': 'prod', 'prod': 'dev', 'test': 'demo',
         'demo': 'test', 'json': 'yaml', 'yaml': 'json', 'start': 'stop', 'stop': 'start',
         'add': 'remove', 'remove': 'add', 'install': 'remove', 'push': 'pull', 'pull': 'push',
         'get': 'set', 'set': 'get', 'list': 'show', 'show': 'list', 'alice': 'bob',
         'bob': 'alice', 'data': 'docs', 'docs': 'data', 'src': 'tmp', 'tmp': 'src',
         'backup': 'archive', 'archive': 'backup', 'report': 'notes', 'input': 'output',
         'output': 'input', 'projects': 'project', 'config': 'settings', 'txt': 'md',
         'log': 'txt', 'pdf': 'png', 'jpg': 'png', 'png': 'jpg', 'py': 'sh', 'sh': 'py'}
WRONG_WORDS = ['main', 'test', 'demo', 'data', 'backup', 'config']
FLAG_ALTS = ['--force', '--verbose', '--all', '--quiet', '--recursive', '--dry-run', '--help',
             '--output', '--name']


def wrong_token(tok, rng=None):
    """A plausible slip for tok (rng None: just say whether one exists)."""
    def pick(opts):
        return opts[0] if rng is None else rng.choice(opts)
    m = re.fullmatch(r'-([A-Za-z])', tok)
    if m:
        c = m.group(1)
        if rng is not None and rng.random() < 0.35:
            return '-' + c.swapcase()
        return '-' + pick([x for x in 'vqfrnlaxp' if x != c.lower()])
    if re.fullmatch(r'--[a-z][a-z-]*', tok):
        return pick([f for f in FLAG_ALTS if f != tok])
    m = re.search(r'[0-9]+', tok)
    if m:
        d = m.group()
        if d[0] == '0':
            alt = d[:-1] + str((int(d[-1]) + 1) % 10)
        else:
            alt = str(int(d) + pick([1, 2, 10]))
        return tok[:m.start()] + alt + tok[m.end():]
    for m in re.finditer(r'[a-z]+', tok):
        if m.group() in SWAPS:
            return tok[:m.start()] + SWAPS[m.group()] + tok[m.end():]
    for m in re.finditer(r'[a-z]{3,}', tok):
        alt = pick([w for w in WRONG_WORDS if w != m.group()])
        return tok[:m.start()] + alt + tok[m.end():]
    return None


def natural_segments(toks, W, st, rng, fillers=True):
    segs = []
    for n, tok in enumerate(toks):
        if fillers and n and rng.random() < 0.12:
            segs[-1] += ','
            segs.append(rng.choice(FILLERS) + ',')
        segs.append(W.token(tok, st, True))
        if tok.endswith('/') and n < len(toks) - 1:
            segs[-1] += ','          # he pauses after a directory; Whisper writes a comma
    return segs


def frame(segs, rng, opener_p=0.8, signoff_p=0.5):
    if rng.random() < opener_p:
        op = rng.choice(OPENERS)
        segs = [op if op[-1] in ':,' else op + ','] + segs
    if rng.random() < signoff_p:
        segs = segs[:-1] + [segs[-1] + rng.choice(['.', ',', '...'])] + [rng.choice(SIGNOFFS)]
    text = ' '.join(segs)
    text = re.sub(r'\s+,', ',', text)
    text = re.sub(r',,+', ',', text)
    text = re.sub(r',\.', '.', text)
    if rng.random() < 0.7:
        text = capfirst(text)
    if rng.random() < 0.5 and text[-1] not in '.?!':
        text += '.'
    return text


def line_style(rng):
    return {'letters': rng.choice(['glued', 'glued', 'spaced', 'hyph'])}


def fuzzy_line(cmd, rng):
    W = Whisper(rng)
    st = line_style(rng)
    sep = rng.choice([' space ', ' space ', ', space, ', ' space, ', '. Space. '])
    text = sep.join(W.token(t, st, False) for t in cmd.split(' '))
    if rng.random() < 0.7:
        text = capfirst(text)
    if rng.random() < 0.5:
        text += '.'
    return text


def natural_line(cmd, rng):
    W = Whisper(rng)
    st = line_style(rng)
    st['letters'] = rng.choice(['glued', 'glued', 'glued', 'spaced'])
    return frame(natural_segments(cmd.split(' '), W, st, rng), rng)


def chaotic_line(cmd, rng):
    W = Whisper(rng)
    st = {'letters': rng.choice(['glued', 'glued', 'spaced'])}
    toks = cmd.split(' ')
    flag_idx = [i for i, t in enumerate(toks) if re.fullmatch(r'-[A-Za-z]|--[a-z][a-z-]*', t)]
    word_idx = [i for i, t in enumerate(toks) if i not in flag_idx and wrong_token(t)
                and (i > 0 or t in SWAPS)]
    kinds = ['restart', 'partial'] if len(toks) > 1 else ['restart']
    if word_idx:
        kinds += ['word', 'word', 'word']
    if flag_idx:
        kinds += ['flag', 'flag']
    kind = rng.choice(kinds)
    R = [W.token(t, st, True) + (',' if t.endswith('/') and i < len(toks) - 1 else '')
         for i, t in enumerate(toks)]
    corr = rng.choice(CORR_WORD)
    if kind in ('word', 'flag'):
        i = rng.choice(word_idx if kind == 'word' else flag_idx)
        wrong = wrong_token(toks[i], rng)
        wr = W.token(wrong, st, True)
        back = 1 if (i > 0 and toks[i - 1].startswith('-') and not toks[i].startswith('-')
                     and rng.random() < 0.5) else 0
        ctx = R[i - back:i]
        segs = R[:i - back] + ctx + [wr + ',', corr + ','] + ctx + R[i:]
    elif kind == 'restart':
        k = min(len(toks), rng.choice([1, 2, 2, 3]))
        head = list(toks[:k])
        if k > 1:
            j = rng.randrange(1, k)
            alt = wrong_token(head[j], rng)
            if alt:
                head[j] = alt
        wr = ' '.join(W.token(t, st, True) for t in head)
        segs = [wr + '...', rng.choice(RESTART)] + R
    else:
        k = rng.randrange(1, len(toks))
        aside = rng.choice(ASIDES)
        if rng.random() < 0.5:
            segs = R[:k] + ['... ' + capfirst(aside) + '...', rng.choice(RESUME)] + R[k:]
        else:
            segs = R[:k] + ['... ' + capfirst(aside) + '...', 'sau ' + R[k - 1] + ' là'] + R[k:]
    # secondary trouble: stutter on the first token, or an aside
    extra = rng.random()
    if extra < 0.25 and kind != 'restart' and len(toks) > 1 and toks[0] != toks[1] and segs[0] == R[0]:
        segs = [segs[0] + '...'] + segs
    elif extra < 0.45:
        pos = rng.randrange(1, len(segs))
        segs = segs[:pos] + ['(' + rng.choice(ASIDES) + ')'] + segs[pos:]
    elif extra < 0.6:
        pos = rng.randrange(1, len(segs))
        segs = segs[:pos] + [rng.choice(FILLERS) + ','] + segs[pos:]
    return frame(segs, rng, 0.75, 0.45)


# ---------------------------------------------------------------- selection
def eligible(cmd):
    if not cmd.isascii() or '\t' in cmd or '  ' in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    spoken = clean_text(cmd)
    if len(spoken.split()) > 48:
        return False
    return decode(spoken) == cmd


def main():
    rng = random.Random(109)
    with open(POOL, encoding='utf-8') as f:
        pool = [json.loads(l)['command'] for l in f]
    cands = []
    seen = set()
    for n, cmd in enumerate(pool):
        if n % 3 == 0 and cmd not in seen and eligible(cmd):
            seen.add(cmd)
            cands.append(cmd)
    rng.shuffle(cands)
    chosen, per_first = [], {}
    for cmd in cands:
        fw = cmd.split(' ')[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == 400 and len(set(chosen)) == 400
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            if name == 'clean':
                text = clean_text(cmd)
                assert decode(text) == cmd, (text, cmd)
            elif name == 'fuzzy':
                text = fuzzy_line(cmd, rng)
            elif name == 'natural':
                text = natural_line(cmd, rng)
            else:
                text = chaotic_line(cmd, rng)
            rows.append({'input': text, 'command': cmd, 'slice': name, 'author': AUTHOR})
    with open(OUT, 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote %d lines to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
