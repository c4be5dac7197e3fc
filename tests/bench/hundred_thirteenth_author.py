#!/usr/bin/env python3
# ruff: noqa: E501, E731, E741, UP031, UP032, W605
"""Dictation test set, author113: Maja, a Stockholm platform engineer.

Writes assets/training/bash/author113.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <exact command>, "slice": ..., "author": "author113"},
100 per slice in the order clean, fuzzy, natural, chaotic.  Standard library only;
one random.Random(113) is consumed in a fixed order, so reruns are byte-identical.

Source and credit: every command is taken verbatim from
assets/training/bash/pages_dev61_commands.jsonl, which is derived from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0.  Only 0-based pool lines
n with n % 3 == 1 are used, for all four slices.

=====================================================================
STYLE GUIDE
=====================================================================

1. THE SPEAKER
--------------
Maja Lindqvist, platform engineer in Stockholm, Swedish, dictates English shell
commands at a standing desk.  Calm and precise when she is careful; when she is
not, Slack pulls her away mid-command.  Swedish leaks in as fillers ("eh", "ehm",
"mm", "alltså", "liksom", "typ", "ba", "så") and in her corrections and asides.
Her voice, used the same way in every slice:
  openers    "Okej, so", "Okej, next one:", "Alltså, run", "So, eh,", "Can you run",
             "Let's do", "Mm, okej, kör", "Ja, ba", "Right, så", "Okej, eh, kör"
  sign-offs  "Tack.", "That's it.", "Det var allt.", "Klart.", "Okej, tack.", "Mm, klart."
  word fix   "<wrong>, nej nej, <right>" / "förlåt," / "nej, jag menar" / "förlåt, jag menar" /
             "nej vänta," / "fel, fel,"
  flag fix   "<wrong flag>, nej, inte <wrong flag>, utan <right flag>"   (not X but Y)
  drop       "<stray flag>, nej, skippa den," / "nej vänta, inte den," / "förlåt, ta bort den,"
  restart    "<half a command>... vänta, vänta. Från början: <whole command>" /
             "nej, om igen:" / "förlåt, från början," / "nej nej, jag tar det igen:" /
             "hmm, nej. Från början:"
  wrong cmd  "<whole wrong command>. Nej, stryk det. Jag menar <whole command>" /
             "Nej nej nej, förlåt, det var fel. Det ska vara ..." /
             "Vänta, det där var fel kommando. Jag menar ..."
  asides     "åh, Slack igen, sorry." / "vänta, Erik pingar mig... okej." /
             "mm, sorry, Slack. Var var jag, ja," / "sekund, Slack... nej, det kan vänta. Okej," /
             "oj, standup snart. Okej, vidare," / "sorry, någon skrev i kanalen. Okej,"
  hesitation (a half answer before a flag's value) "eh, vad var det nu... ja," /
             "vänta, jag kollar... ja," / "ehm... ja, typ" / "eh, vänta... okej,"
  stutter    "sudo... sudo", "doc... doctl" (first word said twice, or a word cut off
             after three letters and said again)
None of her asides, fillers or correction phrases contains a protocol word, a
letter on its own, or a number, so they never read as part of a command.

2. THE CLEAN PROTOCOL (how Maja dictates when she is careful)
-------------------------------------------------------------
A command is a list of tokens (the command text split on single spaces).  She says
the tokens one after the other with the word "space" between them; inside a token
nothing is ever separated, everything she says is glued together.
The careful transcript is lower case, no punctuation.

2.1 Letters and words.  A lower-case run of letters is said as words where she
knows the word, and spelled where she does not: the run is cut into words from
her vocabulary (VOCAB below: English words and the tool names she uses daily)
and single letters, using the fewest pieces, e.g.
    ppmdither -> "p p m dither"     systemctl -> "system c t l"
    whoami -> "who a m i"           localhost -> "localhost"     src -> "s r c"
A two-letter word ("to", "in", "up", "my") is only said between real words,
never next to a spelled letter ("view n i o r", not "view n i or").  A letter is
written as the letter itself ("x"); a single-letter piece is always a letter.
Listener rule: every piece between protocol words is glued; a one-character
piece is that letter; a longer piece is that word, lower case.

2.2 Literal words that collide with the protocol: she says "word" before them.
"word dot", "word one", "word space", "word point", "word capital", "word word".
Always for words that are protocol words on their own (every one-word symbol
name, every number word, "space", "capital", "word"); for words that only start
or finish a protocol phrase ("all", "open", "close", "single", "double", "and",
"forward", "less", "greater", "question", "camel", "pascal", "sign", "case"...)
only when the neighbouring word would complete the phrase ("word forward slash"
but "forward" alone).  She prefers a split without escapes: dotnet -> "word dot
net" only if no cheaper split exists.

2.3 Casing.  Default is lower case.
    "capital X"            next piece only: a letter becomes upper case, a word gets
                           an upper-case first letter ("capital main" -> Main,
                           "capital x m x" -> Xmx, "capital word dot" -> Dot).
    "all caps ..."         every letter/word piece up to the next symbol, number or
                           "space" is upper case: "all caps readme dot m d" ->
                           README.md, "all caps i d n" -> IDN.
    "pascal case a b"      PascalCase of the word pieces up to the next symbol/number/
                           space: "pascal case dedicated server" -> DedicatedServer.
    "camel case a b"       camelCase likewise: "camel case ticket converter" ->
                           ticketConverter.
  She never uses snake, kebab or screaming case: underscores and hyphens are
  always said ("new underscore root", "all caps c make underscore all caps build").
  Mixed runs she cannot name are said piece by piece: getST -> "get capital s
  capital t", -Uz -> "dash capital u z".

2.4 Numbers.  A digit run is said by these rules (number_words):
    one digit                 "seven"
    leading zero              digit by digit: 09 -> "zero nine", 0 -> "zero"
    two digits                "twelve", "forty two", "eighty"
    three digits              round hundreds "eight hundred", else digit by digit:
                              443 -> "four four three", 192 -> "one nine two"
    four digits               round thousands "three thousand"; round hundreds
                              "nineteen hundred"; pairs when the third digit is not 0:
                              8080 -> "eighty eighty", 1024 -> "ten twenty four",
                              5432 -> "fifty four thirty two"; otherwise digit by
                              digit: 5001 -> "five zero zero one"
    five digits ending 000    "forty eight thousand"
    anything else             digit by digit
  Listener rule (parse_number): a tens word takes a following unit ("forty two" =
  42), a group takes a following "hundred"/"thousand", and consecutive groups
  are concatenated as digits ("eighty eighty" = 8080, "two eighty" = 280,
  "one two seven" = 127).  IPs and versions are said group by group with "dot":
  "one nine two dot one six eight dot one dot ten".  A decimal number (a token
  that is just digits.digits) uses "point": "zero point five".

2.5 Symbols (Maja's careful names):
    -  "dash" at the start of a token (flags: "dash dash verbose", "dash" alone for -),
       "hyphen" inside a word ("write hyphen exclusive", "five percent hyphen")
    .  "dot" ("point" only inside a decimal)   /  "slash"        \  "backslash"
    |  "pipe"     *  "star"     !  "bang"     #  "hash"     ~  "tilde"    @  "at"
    $  "dollar"   %  "percent"  ^  "caret"    &  "ampersand"  && "and and"
    =  "equals"   +  "plus"     :  "colon"    ;  "semicolon"  _  "underscore"
    ,  "comma"    "  "quote"    '  "single quote"   `  "backtick"   ?  "question mark"
    ( ) "open paren" / "close paren"    { } "open brace" / "close brace"
    [ ] "open bracket" / "close bracket"     <  "less than"
    >  "redirect" as its own token or after a file-descriptor digit ("two redirect
       ampersand one"), "greater than" inside any other token;  >> "append"
  The listener also accepts every synonym of the protocol facts (minus, hyphen,
  period, point, forward slash, asterisk, at sign, dollar sign, equals sign,
  double dash, open curly brace, open/close angle, double greater than).

3. NATURAL STYLE (how Maja talks when she is not careful)
---------------------------------------------------------
She drops "space" and says the command the way she reads it; Whisper decides the
spacing.  What stays from the clean protocol: "capital", "all caps", "camel case",
"pascal case", "word X", the symbol names, "dash" for flags and "hyphen" inside
words.  What changes:
  * a token she says fluently comes out as one written chunk: tool names
    ("ppmdither", "enp1s0", "7za"), spelled runs ("LS", "XZF", glued by Whisper),
    numbers as numerals ("8080", "3,000", "192.168.1.10"), and often whole paths
    or file names ("docs/config.yaml", "--verbose", "~/projects").
  * looser names: "minus" for a one-letter flag, "double dash" for --, "forward
    slash", "period", "asterisk", "at sign", "equals sign", "open curly brace".
  * an opener, sometimes a sign-off, and up to two fillers between tokens (never
    inside a quoted string); "ba", "typ", "så" come without commas.
  Reading it back (listen_natural_core; every natural line is asserted to read
  back exactly once openers, sign-offs and fillers are removed):
  * chunks separated by a blank are separate tokens, and Whisper's upper case is
    noise: chunks are lower case unless "capital" (first letter), "all caps"
    (all) or "camel/pascal case" (as written) comes before them;
  * "dash", "minus", "dash dash", "double dash", "tilde" and an opening "quote"
    start a new token after a chunk; every other symbol word ("hyphen", "dot",
    "slash", "colon", "equals", "at", ...) glues the chunks on both sides;
    a closing "quote" ends its token;
  * "pipe", "redirect", "greater than", "less than", "append", "and and" are
    tokens of their own; a symbol written as a character is part of the chunk it
    touches, and a symbol standing alone (" - ", " -- ", " * ") is its own token;
  * punctuation Whisper puts after a word (", . : ! ?") is never part of the
    command: a written chunk never ends in such a character (Maja says it as a
    word instead).  Commands she cannot say casually without ambiguity (a bare
    "." or "!" token, runs like DumpNTLMInfo that she can only spell piece by
    piece) are kept for the clean and fuzzy slices.

4. WHISPER'S HABITS (fuzzy, natural, chaotic)
---------------------------------------------
  * capital first letter, full stop at the end, commas and full stops at pauses
    (", space," / ". Space"), capitalised known names (Docker, GitHub, Ubuntu,
    NumPy, JSON, YAML, Alice ...);
  * spelled letters in upper case, glued or spaced ("L S", "LS"), now and then a
    lower-case letter or a homophone for a lone letter ("dash are", "dash tee",
    "dash ex", "zed");
  * numerals: "8080", "3,000", "1 2 7", "forty-two"; "to"/"for" for a lone 2 or 4;
  * glue: "config.yaml" for "config dot yaml", "--verbose", "-F", "~/";
  * splits: "back up", "read me", "local host", "file name", "semi-colon",
    "under score", "back slash"; homophones "capitol", "carrot", "tilda";
  * synonyms Maja herself uses when she is quick: minus, hyphen, period, point,
    forward slash, asterisk, at sign, dollar sign, equals sign, double dash,
    greater than for redirect, open curly brace.

5. THE SLICES
-------------
  clean    Section 2 exactly, lower case, no punctuation; decode(input) == command
           is asserted for every clean line.
  fuzzy    Section 2 as Whisper writes it (section 4): "space" still spoken, no
           opener, no fillers.
  natural  Section 3: opener (85%), maybe a sign-off (40%), up to two fillers.
  chaotic  Natural plus one correction (word, flag, stray-flag, restart or
           whole wrong command) and often a second trouble (Slack aside,
           stutter or cut-off word, hesitation before a value).  The last thing
           she says for each part is right; the listener applies her corrections.

6. SELECTION
------------
Pool lines n % 3 == 1 that are ASCII, without tabs or double spaces, at most 64
characters, at most 48 spoken words in the clean protocol, and that decode back,
are sorted by line number and shuffled once with Random(113).  The slices are
filled in order (clean, fuzzy, natural, chaotic) from that shuffled list: a
command is taken if it is new, its first word has been used fewer than two
times, and (natural, chaotic) Maja can say it casually in a way that reads back.
The same generator then renders the inputs slice by slice, line by line.
"""

import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
POOL_PATH = os.path.join(ROOT, 'assets', 'training', 'bash', 'pages_dev61_commands.jsonl')
OUT_PATH = os.path.join(ROOT, 'assets', 'training', 'bash', 'author113.jsonl')
AUTHOR = 'author113'
SEED = 113
SLICES = ('clean', 'fuzzy', 'natural', 'chaotic')
PER_SLICE = 100
RESIDUE = 1            # 0-based pool line numbers n with n % 3 == 1
MAX_CHARS = 64
MAX_SPOKEN = 48
MAX_PER_FIRST_WORD = 2

# ---------------------------------------------------------------------------
# Words Maja says as words.  Any lower-case letter run is cut into these
# words plus spelled letters, preferring the fewest pieces.
# ---------------------------------------------------------------------------
VOCAB = frozenset("""
data main docs foo demo test config projects project alpha beta photo sudo report backup backups notes note
archive input output readme build log logs script example app apps yaml index json list run name file files
package key keys localhost local host show color deploy create add root search update ubuntu help alice bob
make pam nginx zip type numpy date hello init check install internal to cat delete binary tag cargo server
set user users pip tar sum curl template hunter vim admin fix dev done path verify get start home warning
bun verbose bar auth export target password api audit send image images argument java certificate monitor
profile profiles recursive login group staff backend dump manifest express conda jar diff remote directory
world exclude download uninstall status go tool tools todo username new python exec shell program level
cron write issue issues grep resource docker version versions editor watch commit destination bundle port
ports release code head ignore error node find lib out executable source hash rate import count compress
pass requests cache no record copy filter system conf load mount viewer inspect chat brute pull latest rule
style work bucket account token developers container brew sync patch interactive message threads lookup
column chisel move clang firefox default prompt coffee clean staging encrypt crane origin value switch mode
dolt page keep emulator compute instance security device devices reload upload repo clone true false gist
label github gitlab git launch layout email man flake cert restore summary web debug cluster tests module
hard link links edit schema recipient hashes typo purge machine poetry dir from psalm pause resize raw
quiet resend push stop share signer database ticket repository store namespace is item pacman service
allow policy volume volumes desktop model ping domain forward age alembic role galaxy application arduino
alias artifact owner browse closed draft rerun runner unregister develop quotes stack armor dependency
properties always graph define manager hub fork artist song bash duplicate insert after stat rebase
revisions into kill kitty kitten header apply less time convert notebook extract result collection minify
bindings listening rollback use workspace skip text decode session parallel clip paste serial parser last
suffix dry agent yes clear duration blue base rich pager preserve parents depth put arg trailing space
proxy shred standard step crypto public private strings surge up exit plan water flowers due squeeze
repeats transform transmission magnet torrent only verified authorize consumer open batch speed character
plain vault connect loop serve contacts net timeout trigger touch leave fast daily totals line functions
alien card capability overlay size registry why relative exclusive subvolume camera controls support
reset free installed locale change interface permanent zone foreman unlock completion linux seconds
temperature width class inside kernel reuse range detail analyze invoke helper filename nodes reserve
audio snapshot encoded playback secret remove vanilla operation display spy bind active dependencies
thaw attach none escape setup toolbox enter trace trash empty trust anchor deny point fullscreen boot
months sort wine query menu clipboard selection with while read do in at or as it on my an who am by of
view register probe block echo async gem pub front opened posts generate controller plugins disable
toolchain player keypair recording blame replace markdown rust tape autostart geometry paper events
compressed uncompress tabs section booklet traditional resample job parse spec beep arch ark cam doctor
tiles zoom map dot icon enlarge brighten scale split reduce enhance rainbow fade hist term hill shade
video transcoder kube stdin ansible terraform vagrant podman cloud doc mono tree spot real pop ghost
assembly obsolete magic mini sign crypt engine nodemon apptainer sponge friday terraria dedicated insight
converter gadget sky fake faster word wall option info pool tile vector pixel art pixelart slides spotify
pretty lint matrix unison rolling toast toilet mark mosquito most parity prune fossil gnu cash swap swig
bat zed zola dart flutter yarn php perl ruby rails lua julia kotlin scala swift deno mocha jest vite
webpack babel sass stylus jinja django flask fastapi lodash underscore moment axios fetch request
response redis mongo postgres mysql sqlite kafka rabbit celery consul nomad packer buildah skopeo helm
istio traefik caddy apache tomcat unbound openssl tailscale zerotier chisel socat nmap masscan wireshark
tcpdump hydra medusa john hashcat sherlock amass onion
future yank undo orders cells reverse socks reference lexer formatter tidy checks complete vars bit
context checkout migrations analysis logfile follow expand declare destroy deflate platform highlight
evil fuzz activate configurations impersonate entity suite classify favicon combined usernames passwords
processes pickle background norepeat kubernetes opt imager builder sphinx utils infile keyfile tier
transcode bold description vectorize vet select demangle subsystems preempt depends faketime warn
force which nano starlet drop bear semaphore ruleset nova synchronous resolve reflector divisor distro unix dos keycode sensible iso
command deployment thin interlace wrangler toy box flash notify wait nice concat mirror secrets much not
font wormhole bisect storm detox combo dialog part scan control rom grab screen shot stream disk
""".split())

# Whisper's habit of capitalising names it knows (noise: the listener ignores it).
PROPER = {
    'docker': 'Docker', 'python': 'Python', 'github': 'GitHub', 'gitlab': 'GitLab', 'linux': 'Linux',
    'ubuntu': 'Ubuntu', 'java': 'Java', 'nginx': 'Nginx', 'firefox': 'Firefox', 'alice': 'Alice',
    'bob': 'Bob', 'json': 'JSON', 'yaml': 'YAML', 'friday': 'Friday', 'kubernetes': 'Kubernetes',
    'terraform': 'Terraform', 'ansible': 'Ansible', 'vagrant': 'Vagrant', 'numpy': 'NumPy',
    'rust': 'Rust', 'markdown': 'Markdown', 'spotify': 'Spotify', 'redis': 'Redis', 'php': 'PHP',
    'perl': 'Perl', 'ruby': 'Ruby', 'rails': 'Rails', 'django': 'Django', 'flask': 'Flask',
    'conda': 'Conda', 'cargo': 'Cargo', 'podman': 'Podman', 'tailscale': 'Tailscale', 'mysql': 'MySQL',
    'sqlite': 'SQLite', 'postgres': 'Postgres', 'apache': 'Apache', 'kafka': 'Kafka', 'helm': 'Helm',
}
# Whisper splitting compounds it does not know as one word (harmless inside a token).
SPLITS = {
    'backup': 'back up', 'backups': 'back ups', 'localhost': 'local host', 'username': 'user name',
    'readme': 'read me', 'toolbox': 'tool box', 'filename': 'file name', 'keypair': 'key pair',
    'fullscreen': 'full screen', 'workspace': 'work space', 'logfile': 'log file', 'keyfile': 'key file',
    'namespace': 'name space', 'database': 'data base', 'playback': 'play back', 'snapshot': 'snap shot',
    'rollback': 'roll back', 'clipboard': 'clip board', 'checkout': 'check out', 'notebook': 'note book',
}

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------
UNIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
              'eighteen', 'nineteen']
TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
UNIT_VAL = {w: i for i, w in enumerate(UNIT_WORDS)}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS_WORDS) if w}
NUMBER_WORDS = frozenset(UNIT_VAL) | frozenset(TEEN_VAL) | frozenset(TENS_VAL) | {'hundred', 'thousand'}


def small_words(n):
    """0..99 as Maja says it: 'seven', 'twelve', 'forty two'."""
    if n < 10:
        return [UNIT_WORDS[n]]
    if n < 20:
        return [TEEN_WORDS[n - 10]]
    t, u = divmod(n, 10)
    return [TENS_WORDS[t]] + ([UNIT_WORDS[u]] if u else [])


def number_words(d):
    """A digit run as Maja says it (see STYLE GUIDE, numbers)."""
    each = [UNIT_WORDS[int(c)] for c in d]
    n = len(d)
    if n == 1 or d[0] == '0':
        return each
    if n == 2:
        return small_words(int(d))
    if n == 3:
        return [UNIT_WORDS[int(d[0])], 'hundred'] if d[1:] == '00' else each
    if n == 4:
        if d[1:] == '000':
            return [UNIT_WORDS[int(d[0])], 'thousand']
        if d[2:] == '00':
            return small_words(int(d[:2])) + ['hundred']
        if d[2] != '0':
            return small_words(int(d[:2])) + small_words(int(d[2:]))
        return each
    if n == 5 and d[2:] == '000':
        return small_words(int(d[:2])) + ['thousand']
    return each


def parse_number(ws):
    """Listener side: groups combine ('forty two', 'three thousand'), groups concatenate."""
    out, i = '', 0
    while i < len(ws):
        w = ws[i]
        if w in TENS_VAL:
            v = TENS_VAL[w]
            i += 1
            if i < len(ws) and UNIT_VAL.get(ws[i], 0) > 0:
                v += UNIT_VAL[ws[i]]
                i += 1
        elif w in TEEN_VAL:
            v = TEEN_VAL[w]
            i += 1
        elif w in UNIT_VAL:
            v = UNIT_VAL[w]
            i += 1
        else:
            raise ValueError('not a number word: %r' % w)
        if i < len(ws) and ws[i] in ('hundred', 'thousand'):
            v *= 100 if ws[i] == 'hundred' else 1000
            i += 1
        out += str(v)
    return out


# ---------------------------------------------------------------------------
# Symbols.  SYM_CLEAN is what Maja says in careful dictation; PHRASES is what
# a listener who knows the protocol accepts (all synonyms of the facts).
# ---------------------------------------------------------------------------
SYM_CLEAN = {
    '-': 'dash', '.': 'dot', '/': 'slash', '\\': 'backslash', '|': 'pipe', '*': 'star', '!': 'bang',
    '#': 'hash', '~': 'tilde', '@': 'at', '$': 'dollar', '%': 'percent', '^': 'caret', '&': 'ampersand',
    '=': 'equals', '+': 'plus', ':': 'colon', ';': 'semicolon', '_': 'underscore', ',': 'comma',
    '"': 'quote', "'": 'single quote', '`': 'backtick', '?': 'question mark', '(': 'open paren',
    ')': 'close paren', '{': 'open brace', '}': 'close brace', '[': 'open bracket', ']': 'close bracket',
    '<': 'less than', '>': 'greater than',
}
PHRASES = {
    ('dash',): '-', ('minus',): '-', ('hyphen',): '-', ('double', 'dash'): '--',
    ('dot',): '.', ('period',): '.', ('point',): '.',
    ('slash',): '/', ('forward', 'slash'): '/', ('backslash',): '\\',
    ('pipe',): '|', ('star',): '*', ('asterisk',): '*', ('bang',): '!', ('hash',): '#', ('tilde',): '~',
    ('at',): '@', ('at', 'sign'): '@', ('dollar',): '$', ('dollar', 'sign'): '$', ('percent',): '%',
    ('caret',): '^', ('ampersand',): '&', ('and', 'and'): '&&', ('equals',): '=', ('equals', 'sign'): '=',
    ('plus',): '+', ('colon',): ':', ('semicolon',): ';', ('underscore',): '_', ('comma',): ',',
    ('quote',): '"', ('single', 'quote'): "'", ('backtick',): '`', ('question', 'mark'): '?',
    ('open', 'paren'): '(', ('close', 'paren'): ')', ('open', 'brace'): '{', ('close', 'brace'): '}',
    ('open', 'curly', 'brace'): '{', ('close', 'curly', 'brace'): '}',
    ('open', 'bracket'): '[', ('close', 'bracket'): ']', ('open', 'angle'): '<', ('close', 'angle'): '>',
    ('less', 'than'): '<', ('greater', 'than'): '>', ('redirect',): '>', ('append',): '>>',
    ('double', 'greater', 'than'): '>>',
}
CONTROL_MULTI = [('all', 'caps'), ('camel', 'case'), ('pascal', 'case')]
MULTI_PHRASES = [p for p in PHRASES if len(p) > 1] + CONTROL_MULTI
# Literal words that always need 'word' in front of them.
ALWAYS_ESCAPE = frozenset(p[0] for p in PHRASES if len(p) == 1) | NUMBER_WORDS | {'space', 'capital', 'word'}


# ---------------------------------------------------------------------------
# Encoding a command into spoken items
#   L letter, W word, N number, S symbol, M case modifier
# ---------------------------------------------------------------------------
def segment_lower(run):
    """Cut a lower-case run into vocabulary words and spelled letters (fewest pieces).

    A two-letter word is never put next to a spelled letter ('v i e w n i o r',
    not 'view n i or'): Maja only says 'to', 'in', 'up' between real words."""
    n = len(run)
    best = {(0, 'none'): (0.0, 0, 0, [])}
    for i in range(n):
        for last in ('none', 'letter', 'word2', 'word'):
            cur = best.get((i, last))
            if cur is None:
                continue
            cost, nl, ni, its = cur
            cands = []
            if last != 'word2':
                cands.append((i + 1, {'t': 'L', 'c': run[i]}, 1.0, 1, 'letter'))
            for j in range(i + 2, n + 1):
                w = run[i:j]
                if w not in VOCAB:
                    continue
                if len(w) == 2 and last == 'letter':
                    continue
                c = 1.5 if len(w) == 2 else 1.0
                if w in ALWAYS_ESCAPE:
                    c += 1.0
                cands.append((j, {'t': 'W', 'w': w, 'esc': False}, c, 0, 'word2' if len(w) == 2 else 'word'))
            for j, it, c, l, state in cands:
                if j == n and state == 'word2' and last == 'letter':
                    continue
                key = (cost + c, nl + l, ni + 1)
                old = best.get((j, state))
                if old is None or key < old[:3]:
                    best[(j, state)] = (cost + c, nl + l, ni + 1, its + [it])
    finals = [best[(n, st)] for st in ('none', 'letter', 'word2', 'word') if (n, st) in best]
    return [dict(x) for x in min(finals, key=lambda b: b[:3])[3]]


def single_word(part):
    return part in VOCAB and part not in ALWAYS_ESCAPE


def encode_alpha(run):
    if run.islower():
        return segment_lower(run)
    if run.isupper():
        if len(run) == 1:
            return [{'t': 'M', 'm': 'capital'}, {'t': 'L', 'c': run.lower()}]
        return [{'t': 'M', 'm': 'all caps'}] + segment_lower(run.lower())
    parts = re.findall(r'[A-Z][a-z]+', run)
    if len(parts) >= 2 and ''.join(parts) == run and all(single_word(p.lower()) for p in parts):
        return [{'t': 'M', 'm': 'pascal case'}] + [{'t': 'W', 'w': p.lower(), 'esc': False} for p in parts]
    m = re.fullmatch(r'([a-z]+)((?:[A-Z][a-z]+)+)', run)
    if m:
        parts = [m.group(1)] + re.findall(r'[A-Z][a-z]+', m.group(2))
        if all(single_word(p.lower()) for p in parts):
            return [{'t': 'M', 'm': 'camel case'}] + [{'t': 'W', 'w': p.lower(), 'esc': False} for p in parts]
    items = []
    for part in re.findall(r'[A-Z]?[a-z]+|[A-Z]', run):
        if part[0].isupper():
            items.append({'t': 'M', 'm': 'capital'})
        items.extend(segment_lower(part.lower()))
    return items


def encode_token(tok):
    items = []
    decimal = re.fullmatch(r'\d+\.\d+', tok) is not None
    i, n = 0, len(tok)
    while i < n:
        ch = tok[i]
        if ch.isalpha():
            j = i
            while j < n and tok[j].isalpha():
                j += 1
            items.extend(encode_alpha(tok[i:j]))
            i = j
        elif ch.isdigit():
            j = i
            while j < n and tok[j].isdigit():
                j += 1
            items.append({'t': 'N', 'd': tok[i:j], 'words': number_words(tok[i:j])})
            i = j
        elif tok.startswith('&&', i):
            items.append({'t': 'S', 'ch': '&&', 'name': 'and and'})
            i += 2
        elif tok.startswith('>>', i):
            items.append({'t': 'S', 'ch': '>>', 'name': 'append'})
            i += 2
        else:
            name = SYM_CLEAN[ch]
            if ch == '-':
                name = 'dash' if tok[:i].strip('-') == '' else 'hyphen'
            elif ch == '.' and decimal:
                name = 'point'
            elif ch == '>' and (tok == '>' or (i == 1 and tok[0].isdigit())):
                name = 'redirect'
            items.append({'t': 'S', 'ch': ch, 'name': name})
            i += 1
    return items


def item_words(it):
    t = it['t']
    if t == 'L':
        return [it['c']]
    if t == 'W':
        return (['word'] if it['esc'] else []) + [it['w']]
    if t == 'N':
        return list(it['words'])
    if t == 'S':
        return it['name'].split()
    return it['m'].split()


def mark_escapes(tokens):
    stream = []
    for k, items in enumerate(tokens):
        if k:
            stream.append(('space', None))
        for it in items:
            if it['t'] == 'W':
                it['esc'] = it['w'] in ALWAYS_ESCAPE
            for w in item_words(it):
                stream.append((w, it if it['t'] == 'W' and not it['esc'] else None))
    words = [w for w, _ in stream]
    for j, (w, it) in enumerate(stream):
        if it is None:
            continue
        for p in MULTI_PHRASES:
            for k, pw in enumerate(p):
                if pw == w and j - k >= 0 and tuple(words[j - k:j - k + len(p)]) == p:
                    it['esc'] = True


def encode(cmd):
    tokens = [encode_token(t) for t in cmd.split(' ')]
    mark_escapes(tokens)
    return tokens


def render_clean(tokens):
    return ' space '.join(' '.join(w for it in items for w in item_words(it)) for items in tokens)


# ---------------------------------------------------------------------------
# The listener for Maja's clean protocol
# ---------------------------------------------------------------------------
def decode(text):
    ws = text.split()
    tokens = [[]]
    state = {'mode': None, 'run': 0}

    def add_alpha(s):
        mode = state['mode']
        if mode == 'all caps':
            s = s.upper()
        elif mode == 'pascal case' or (mode == 'camel case' and state['run'] > 0):
            s = s[0].upper() + s[1:]
        state['run'] += 1
        tokens[-1].append(s)

    def add_other(s):
        state['mode'], state['run'] = None, 0
        tokens[-1].append(s)

    def read_alpha(i):
        if ws[i] == 'word':
            return ws[i + 1], i + 2
        w = ws[i]
        if not w.isalpha() or w in ALWAYS_ESCAPE:
            raise ValueError('expected a letter or word at %r' % w)
        return w, i + 1

    i = 0
    while i < len(ws):
        w = ws[i]
        if w == 'space':
            tokens.append([])
            state['mode'], state['run'] = None, 0
            i += 1
            continue
        if w == 'capital':
            s, i = read_alpha(i + 1)
            add_alpha(s[0].upper() + s[1:])
            continue
        if tuple(ws[i:i + 2]) in CONTROL_MULTI:
            state['mode'], state['run'] = ' '.join(ws[i:i + 2]), 0
            i += 2
            continue
        for size in (3, 2, 1):
            if tuple(ws[i:i + size]) in PHRASES:
                add_other(PHRASES[tuple(ws[i:i + size])])
                i += size
                break
        else:
            if w in NUMBER_WORDS:
                j = i
                while j < len(ws) and ws[j] in NUMBER_WORDS:
                    j += 1
                add_other(parse_number(ws[i:j]))
                i = j
            else:
                s, i = read_alpha(i)
                add_alpha(s)
    return ' '.join(''.join(t) for t in tokens)


# ---------------------------------------------------------------------------
# Randomness helper.  Canon picks the likelier option and uses no randomness.
# ---------------------------------------------------------------------------
class Rand:
    def __init__(self, rng):
        self.rng = rng

    def p(self, x):
        return self.rng.random() < x

    def choice(self, seq):
        return self.rng.choice(seq)


class Canon:
    def p(self, x):
        return x >= 0.5

    def choice(self, seq):
        return seq[0]


# ---------------------------------------------------------------------------
# Natural style: no 'space'; Whisper writes a token as a few chunks.
# ---------------------------------------------------------------------------
NAT_START = {'dash': '-', 'minus': '-', 'dash dash': '--', 'double dash': '--', 'tilde': '~'}
NAT_JOIN = {
    'hyphen': '-', 'dot': '.', 'period': '.', 'point': '.', 'slash': '/', 'forward slash': '/',
    'backslash': '\\', 'star': '*', 'asterisk': '*', 'bang': '!', 'hash': '#', 'at': '@', 'at sign': '@',
    'dollar': '$', 'dollar sign': '$', 'percent': '%', 'caret': '^', 'ampersand': '&', 'equals': '=',
    'equals sign': '=', 'plus': '+', 'colon': ':', 'semicolon': ';', 'underscore': '_', 'comma': ',',
    'backtick': '`', 'question mark': '?', 'open paren': '(', 'close paren': ')', 'open brace': '{',
    'close brace': '}', 'open curly brace': '{', 'close curly brace': '}', 'open bracket': '[',
    'close bracket': ']',
}
NAT_OPS = {'pipe': '|', 'pipe pipe': '||', 'redirect': '>', 'greater than': '>', 'append': '>>',
           'double greater than': '>>', 'less than': '<', 'and and': '&&'}
NAT_QUOTES = {'quote': '"', 'single quote': "'"}
NAT_MODS = ('capital', 'all caps', 'camel case', 'pascal case')
OP_SPOKEN = {'|': ['pipe'], '||': ['pipe pipe'], '>': ['redirect', 'greater than'],
             '>>': ['append', 'double greater than'], '<': ['less than'], '&&': ['and and']}
NAT_NAMES = {}
for _table in (NAT_START, NAT_JOIN, NAT_OPS, NAT_QUOTES):
    NAT_NAMES.update({tuple(k.split()): k for k in _table})
for _m in NAT_MODS + ('word',):
    NAT_NAMES[tuple(_m.split())] = _m
# Chunks that would be heard as protocol words get 'word' in front: always for
# words that are protocol words on their own, and for words that only start a
# protocol phrase ('all', 'open', 'forward'...) when the casual reading is
# otherwise ambiguous (the strict rendering escapes those too).
NAT_ALWAYS = ALWAYS_ESCAPE | {p[0] for p in NAT_NAMES if len(p) == 1}
NAT_ESCAPE = NAT_ALWAYS | {p[0] for p in NAT_NAMES}
NAT_SYM_SPOKEN = {
    '.': ['dot'], '/': ['slash'], '\\': ['backslash'], '*': ['star', 'asterisk'], '!': ['bang'],
    '#': ['hash'], '@': ['at', 'at sign'], '$': ['dollar', 'dollar sign'], '%': ['percent'],
    '^': ['caret'], '=': ['equals', 'equals sign'], '+': ['plus'], ':': ['colon'], ';': ['semicolon'],
    '_': ['underscore'], ',': ['comma'], '`': ['backtick'], '?': ['question mark'],
    '(': ['open paren'], ')': ['close paren'], '{': ['open brace', 'open curly brace'],
    '}': ['close brace', 'close curly brace'], '[': ['open bracket'], ']': ['close bracket'],
}
MUST_GLUE = set('|<>&~')
PUNCT_END = set('.,;:!?')


def group_units(items):
    """Split a token's items into alnum groups and symbol units; None if unsayable casually."""
    units, cur = [], None
    for it in items:
        t = it['t']
        if t == 'S':
            if cur is not None:
                units.append(cur)
                cur = None
            units.append({'kind': 'sym', 'ch': it['ch']})
        elif t == 'M':
            if cur is not None and cur['items']:
                return None
            if cur is None:
                cur = {'kind': 'grp', 'mod': it['m'], 'items': []}
        else:
            if cur is None:
                cur = {'kind': 'grp', 'mod': None, 'items': []}
            cur['items'].append(it)
    if cur is not None:
        units.append(cur)
    for u in units:
        if u['kind'] == 'grp':
            u['text'] = ''.join(x.get('c') or x.get('w') or x.get('d') for x in u['items'])
    return units


def grp_render(u, R, esc):
    items, mod, text = u['items'], u['mod'], u['text']
    if mod == 'all caps':
        return 'all caps ' + text.upper()
    if mod in ('camel case', 'pascal case'):
        words = [x['w'] for x in items]
        ident = ''.join((w if (k == 0 and mod == 'camel case') else w[0].upper() + w[1:]) for k, w in enumerate(words))
        return mod + ' ' + ident
    if all(x['t'] == 'L' for x in items):
        shown = text.upper()
    elif all(x['t'] == 'N' for x in items) and len(items) == 1:
        d = text
        if len(d) >= 4 and d[0] != '0' and d.endswith('000') and R.p(0.25):
            shown = '{:,}'.format(int(d))
        else:
            shown = d
    elif len(items) == 1 and items[0]['t'] == 'W' and text in PROPER and R.p(0.6):
        shown = PROPER[text]
    else:
        shown = text
    if mod == 'capital':
        return 'capital ' + shown
    if text in esc:
        return 'word ' + text
    return shown


def plain_grp(u, esc):
    return u['kind'] == 'grp' and u['mod'] is None and u['text'] not in esc


def render_natural_token(tok, R, esc=NAT_ALWAYS):
    """One command token as Whisper writes Maja's casual dictation; None if not sayable."""
    if tok in OP_SPOKEN:
        return R.choice(OP_SPOKEN[tok])
    if not any(c.isalnum() for c in tok):
        return None if set(tok) & PUNCT_END else tok
    if (re.fullmatch(r'[a-z0-9._/~:@=+%-]+', tok) and tok[-1] not in PUNCT_END and tok not in esc
            and not tok.isalnum()):
        if R.p(0.2 if tok.startswith('-') else 0.45):
            return tok
    units = group_units(encode_token(tok))
    if units is None:
        return None
    nu = len(units)
    grp_idx = [k for k, u in enumerate(units) if u['kind'] == 'grp']
    first, last = grp_idx[0], grp_idx[-1]
    # merge a leading run of dashes into one unit
    k = 0
    while k < nu and units[k]['kind'] == 'sym' and units[k]['ch'] == '-':
        k += 1
    if k >= 2:
        units[0]['ch'] = '-' * k
        del units[1:k]
        nu = len(units)
        grp_idx = [j for j, u in enumerate(units) if u['kind'] == 'grp']
        first, last = grp_idx[0], grp_idx[-1]
    # decide each symbol: ('say', words) or ('glue', chars)
    for j, u in enumerate(units):
        if u['kind'] != 'sym':
            continue
        ch = u['ch']
        if j < first:
            if ch == '-':
                u['mode'] = ('glue',) if R.p(0.15) else ('say', 'dash' if R.p(0.8) else 'minus')
            elif ch == '--':
                u['mode'] = ('say', 'dash dash' if R.p(0.6) else 'double dash')
            elif ch == '~':
                u['mode'] = ('say', 'tilde') if R.p(0.7) else ('glue',)
            elif ch in NAT_QUOTES.values():
                u['mode'] = ('say', 'quote' if ch == '"' else 'single quote')
            else:
                u['mode'] = ('glue',)
        elif j > last:
            if ch in NAT_QUOTES.values():
                u['mode'] = ('say', 'quote' if ch == '"' else 'single quote')
            else:
                u['mode'] = ('glue',)
        else:
            if ch == '-':
                u['mode'] = ('say', 'hyphen') if R.p(0.6) else ('glue',)
            elif ch in MUST_GLUE or ch in ('&&', '>>'):
                u['mode'] = ('glue',)
            elif ch in NAT_QUOTES.values():
                u['mode'] = ('say', 'quote' if ch == '"' else 'single quote')
            elif ch == ',':
                u['mode'] = ('say', 'comma')
            elif ch == '.':
                prev = units[j - 1]
                if prev['kind'] == 'sym' and prev['ch'] == '.':
                    u['mode'] = prev['mode']
                else:
                    nm = 'point' if re.fullmatch(r'\d+\.\d+', tok) else ('dot' if R.p(0.93) else 'period')
                    u['mode'] = ('say', nm) if R.p(0.55) else ('glue',)
            elif ch == '/':
                u['mode'] = ('say', 'slash' if R.p(0.85) else 'forward slash') if R.p(0.55) else ('glue',)
            else:
                names = NAT_SYM_SPOKEN[ch]
                u['mode'] = ('say', names[0] if (len(names) == 1 or R.p(0.7)) else names[1]) if R.p(0.75) else ('glue',)
    # a glued symbol needs glue-able neighbours; otherwise say it when allowed
    changed = True
    while changed:
        changed = False
        for j, u in enumerate(units):
            if u['kind'] != 'sym' or u['mode'][0] != 'glue':
                continue
            ok = True
            for nb in (j - 1, j + 1):
                if 0 <= nb < nu:
                    v = units[nb]
                    if v['kind'] == 'grp' and not plain_grp(v, esc):
                        ok = False
                    if v['kind'] == 'sym' and v['mode'][0] != 'glue':
                        ok = False
            if (j == 0 or j == nu - 1) and nu == 1:
                ok = True
            if j == nu - 1 and u['ch'][-1] in PUNCT_END:
                ok = False
            if not ok:
                if u['ch'] in MUST_GLUE or u['ch'] in ('&&', '>>') or j < first or j > last:
                    return None
                names = NAT_SYM_SPOKEN.get(u['ch'], ['hyphen'])
                u['mode'] = ('say', names[0])
                changed = True
    out = ''
    prev_glue = True
    for u in units:
        if u['kind'] == 'grp':
            s, glue = grp_render(u, R, esc), False
        elif u['mode'][0] == 'glue':
            s, glue = u['ch'], True
        else:
            s, glue = u['mode'][1], False
        out += s if (prev_glue or glue or not out) else ' ' + s
        prev_glue = glue
    return out


def strip_punct(w):
    return w.rstrip(',.;:!?') or w


def listen_natural_core(text):
    """Listener for Maja's casual dictation, once openers, fillers and asides are gone."""
    raw = [strip_punct(w) for w in text.split()]
    raw = [w for w in raw if w]
    low = [w.lower() for w in raw]
    tokens, cur = [], None
    pending = False
    in_quote = {'"': False, "'": False}

    def start_or_join():
        nonlocal cur
        if cur is None or pending:
            if cur is None:
                cur = ''
        else:
            tokens.append(cur)
            cur = ''

    i = 0
    while i < len(raw):
        name = None
        for size in (3, 2, 1):
            if tuple(low[i:i + size]) in NAT_NAMES:
                name = NAT_NAMES[tuple(low[i:i + size])]
                i += size
                break
        if name is None or name in NAT_MODS or name == 'word':
            mod = name
            if mod is not None:
                start_or_join()
                if i >= len(raw):
                    raise ValueError('dangling ' + mod)
            else:
                start_or_join()
            chunk = raw[i]
            i += 1
            if re.fullmatch(r'\d{1,3}(,\d{3})+', chunk):
                chunk = chunk.replace(',', '')
            if mod == 'capital':
                chunk = chunk[0].upper() + chunk[1:].lower()
            elif mod == 'all caps':
                chunk = chunk.upper()
            elif mod in ('camel case', 'pascal case'):
                pass
            else:
                chunk = chunk.lower()
            cur += chunk
            pending = False
        elif name in NAT_OPS:
            if cur is not None:
                tokens.append(cur)
            tokens.append(NAT_OPS[name])
            cur, pending = None, False
        elif name in NAT_QUOTES:
            q = NAT_QUOTES[name]
            if in_quote[q]:
                cur = (cur or '') + q
                in_quote[q] = False
                pending = False
            else:
                start_or_join()
                cur += q
                in_quote[q] = True
                pending = True
        elif name in NAT_START:
            start_or_join()
            cur += NAT_START[name]
            pending = True
        else:
            cur = (cur or '') + NAT_JOIN[name]
            pending = True
    if cur is not None:
        tokens.append(cur)
    return ' '.join(tokens)


def render_natural_core(cmd, R, esc=NAT_ALWAYS):
    parts = []
    for tok in cmd.split(' '):
        s = render_natural_token(tok, R, esc)
        if s is None:
            return None
        parts.append(s)
    return parts


def reads_back(parts, cmd):
    if parts is None:
        return False
    try:
        return listen_natural_core(' '.join(parts)) == cmd
    except (ValueError, IndexError):
        return False


def natural_ok(cmd):
    return any(reads_back(render_natural_core(cmd, Canon(), esc), cmd) for esc in (NAT_ALWAYS, NAT_ESCAPE))


def natural_parts(cmd, R):
    """A random casual rendering that the listener provably reads back; canonical as fallback."""
    for attempt in range(6):
        parts = render_natural_core(cmd, R, NAT_ALWAYS if attempt < 4 else NAT_ESCAPE)
        if reads_back(parts, cmd):
            return parts
    for esc in (NAT_ALWAYS, NAT_ESCAPE):
        parts = render_natural_core(cmd, Canon(), esc)
        if reads_back(parts, cmd):
            return parts
    raise AssertionError('no casual rendering for %r' % cmd)


# ---------------------------------------------------------------------------
# Maja's voice
# ---------------------------------------------------------------------------
OPENERS = ['Okej, so', 'Okej, next one:', 'Alltså, run', 'So, eh,', 'Can you run', "Let's do",
           'Mm, okej, kör', 'Ja, ba', 'Right, så', 'Okej, eh, kör']
SIGNOFFS = ['Tack.', "That's it.", 'Det var allt.', 'Klart.', 'Okej, tack.', 'Mm, klart.']
FILLERS = ['eh', 'ehm', 'alltså', 'liksom', 'typ', 'ba', 'så', 'mm']
WORD_FIX = ['nej nej,', 'förlåt,', 'nej, jag menar', 'förlåt, jag menar', 'nej vänta,', 'fel, fel,']
RESTARTS = ['vänta, vänta. Från början:', 'nej, om igen:', 'förlåt, från början,',
            'nej nej, jag tar det igen:', 'hmm, nej. Från början:']
WRONG_CMD = ['Nej, stryk det. Jag menar', 'Nej nej nej, förlåt, det var fel. Det ska vara',
             'Vänta, det där var fel kommando. Jag menar']
DROP = ['nej, skippa den,', 'nej vänta, inte den,', 'förlåt, ta bort den,']
ASIDES = ['åh, Slack igen, sorry.', 'vänta, Erik pingar mig... okej.', 'mm, sorry, Slack. Var var jag, ja,',
          'sekund, Slack... nej, det kan vänta. Okej,', 'oj, standup snart. Okej, vidare,',
          'sorry, någon skrev i kanalen. Okej,']
HESITATE = ['eh, vad var det nu... ja,', 'vänta, jag kollar... ja,', 'ehm... ja, typ', 'eh, vänta... okej,']
FLAG_WORDS = ['force', 'verbose', 'all', 'quiet', 'help', 'version', 'recursive', 'debug', 'output', 'list']
EXTS = ['txt', 'md', 'json', 'yaml', 'yml', 'log', 'py', 'sh', 'csv', 'conf']
DIRS = ['docs', 'data', 'src', 'tmp', 'projects', 'logs']
SWAP_WORDS = ['main', 'alpha', 'demo', 'test', 'foo', 'backup', 'config', 'data']
EXTRA_FLAGS = ['-v', '--force', '--verbose', '-r', '--all', '-q']


def mutate(tok, R):
    opts = []
    if re.search(r'\d', tok):
        opts.append('num')
    if re.fullmatch(r'-[a-zA-Z]', tok):
        opts.append('short')
    if re.fullmatch(r'--[a-z][a-z-]*', tok):
        opts.append('long')
    if re.search(r'\.[a-z]{2,4}$', tok):
        opts.append('ext')
    if re.match(r'(~/|/)?[a-z]+/', tok):
        opts.append('dir')
    if re.fullmatch(r'[a-z]{3,}', tok):
        opts.append('word')
    if not opts:
        return None
    kind = R.choice(opts)
    if kind == 'num':
        m = re.search(r'\d+', tok)
        d = m.group()
        last = int(d[-1])
        nd = d[:-1] + str((last + R.choice([1, 2, 3])) % 10)
        if nd[0] == '0' and len(nd) > 1 and d[0] != '0':
            nd = '1' + nd[1:]
        new = tok[:m.start()] + nd + tok[m.end():]
    elif kind == 'short':
        c = tok[1]
        letters = [x for x in 'abcdefhlnprstvx' if x != c.lower()]
        nc = R.choice(letters)
        new = '-' + (nc.upper() if c.isupper() else nc)
    elif kind == 'long':
        new = '--' + R.choice([w for w in FLAG_WORDS if w != tok[2:]])
    elif kind == 'ext':
        m = re.search(r'\.([a-z]{2,4})$', tok)
        new = tok[:m.start()] + '.' + R.choice([e for e in EXTS if e != m.group(1)])
    elif kind == 'dir':
        m = re.match(r'(~/|/)?([a-z]+)/', tok)
        new = tok[:m.start(2)] + R.choice([d for d in DIRS if d != m.group(2)]) + tok[m.end(2):]
    else:
        new = R.choice([w for w in SWAP_WORDS if w != tok])
    return new if new != tok else None


def whisper_sentence(words):
    """Join pieces, capitalise the start and sentence starts, finish with a full stop."""
    s = ' '.join(w for w in words if w)
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'([.:!?] )([a-zåäö])', lambda m: m.group(1) + m.group(2).upper(), s)
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    if s and s[-1] not in '.!?:':
        s = s.rstrip(',') + '.'
    return s


def add_comma(words):
    if words and not words[-1].endswith((',', '.', ':', '...')):
        words[-1] += ','


def pick_filler(R, banned):
    return R.choice([f for f in FILLERS if f not in banned])


def quiet_gaps(toks):
    """Gaps k (before toks[k]; k == len(toks) is the end) where Maja can pause:
    outside quoted strings and next to tokens she actually says."""
    said = lambda t: any(c.isalnum() for c in t) or t in OP_SPOKEN
    gaps, dq, sq = set(), False, False
    for k in range(1, len(toks) + 1):
        t = toks[k - 1]
        dq ^= t.count('"') % 2 == 1
        sq ^= t.count("'") % 2 == 1
        if dq or sq or not said(t) or (k < len(toks) and not said(toks[k])):
            continue
        gaps.add(k)
    return gaps


def natural_input(cmd, R):
    toks = cmd.split(' ')
    parts = natural_parts(cmd, R)
    gaps = quiet_gaps(toks)
    banned = {w.lower().strip(',.') for p in parts for w in p.split()}
    words = []
    if R.p(0.85):
        words.append(R.choice(OPENERS))
    nfill = 0
    for k, part in enumerate(parts):
        if k in gaps and nfill < 2 and R.p(0.13):
            f = pick_filler(R, banned)
            if f in ('ba', 'typ', 'så'):
                words.append(f)
            else:
                add_comma(words)
                words.append(f + ',')
            nfill += 1
        words.append(part)
    if R.p(0.4):
        add_comma(words)
        words.append(R.choice(SIGNOFFS))
    return whisper_sentence(words), parts


def listen_natural(text, parts_hint=None):
    """Strip Maja's openers, fillers and sign-offs, then read the command."""
    s = text
    for o in sorted(OPENERS, key=len, reverse=True):
        if s.startswith(o + ' ') or s.startswith(o[0].upper() + o[1:] + ' '):
            s = s[len(o) + 1:]
            break
    for so in sorted(SIGNOFFS, key=len, reverse=True):
        if s.endswith(' ' + so):
            s = s[:-len(so) - 1]
            break
    words = [w for w in s.split() if strip_punct(w).lower() not in FILLERS]
    return listen_natural_core(' '.join(words))


def chaotic_input(cmd, R):
    toks = cmd.split(' ')
    parts = natural_parts(cmd, R)
    n = len(parts)
    gaps = quiet_gaps(toks)
    inner = sorted(g for g in gaps if g < n)
    banned = {w.lower().strip(',.') for p in parts for w in p.split()}
    flag_idx = [k for k in range(1, n) if toks[k].startswith('-') and mutate(toks[k], Canon())]
    fix_idx = [k for k in range(1, n) if mutate(toks[k], Canon())]
    table = [('token_fix', 30, bool(fix_idx)), ('flag_fix', 18, bool(flag_idx)), ('restart', 20, n >= 2),
             ('wrong_command', 14, bool(fix_idx)), ('drop_extra', 12, bool(gaps))]
    avail = [(kind, wgt) for kind, wgt, ok in table if ok]
    x = R.rng.random() * sum(w for _, w in avail)
    primary = avail[-1][0]
    for kind, wgt in avail:
        if x < wgt:
            primary = kind
            break
        x -= wgt
    seq = list(parts)
    head, drop = [], None
    if primary in ('token_fix', 'flag_fix'):
        k = R.choice(flag_idx if primary == 'flag_fix' else fix_idx)
        wrong = mutate(toks[k], R)
        wr = render_natural_token(wrong, R) or wrong
        if primary == 'flag_fix':
            seq[k] = '%s, nej, inte %s, utan %s' % (wr, wr, parts[k])
        else:
            seq[k] = '%s, %s %s' % (wr, R.choice(WORD_FIX), parts[k])
    elif primary == 'restart':
        k = R.choice(list(range(1, n)))
        head = [' '.join(parts[:k]) + '...', R.choice(RESTARTS)]
    elif primary == 'wrong_command':
        k = R.choice(fix_idx)
        wrong_toks = list(toks)
        wrong_toks[k] = mutate(toks[k], R)
        wparts = [render_natural_token(t, R) or t for t in wrong_toks]
        head = [' '.join(wparts) + '.', R.choice(WRONG_CMD)]
    else:
        extra = R.choice([f for f in EXTRA_FLAGS if f not in toks])
        drop = (R.choice(sorted(gaps)), '%s, %s' % (render_natural_token(extra, R), R.choice(DROP)))
    if R.p(0.6):
        sec = R.choice(['aside', 'stutter', 'hesitate', 'cutoff', 'aside'])
        if sec == 'stutter' and (n < 2 or toks[1] == toks[0] or not re.fullmatch(r'[\w-]+', seq[0])):
            sec = 'aside'
        if sec == 'cutoff':
            cands = [k for k in range(n) if re.fullmatch(r'[a-zA-Z]{5,}', seq[k]) and toks.count(toks[k]) == 1]
            if cands:
                k = R.choice(cands)
                seq[k] = '%s... %s' % (seq[k][:3], seq[k])
            else:
                sec = 'aside'
        if sec == 'stutter':
            seq[0] = '%s... %s' % (seq[0], seq[0]) if R.p(0.5) else '%s, eh, %s' % (seq[0], seq[0])
        elif sec == 'hesitate':
            cands = [k for k in inner if toks[k - 1].startswith('-') and not toks[k].startswith('-')]
            if cands:
                k = R.choice(cands)
                seq[k] = '%s %s' % (R.choice(HESITATE), seq[k])
            else:
                sec = 'aside'
        if sec == 'aside' and inner:
            k = R.choice(inner)
            seq[k] = '%s %s' % (R.choice(ASIDES), seq[k])
    if drop is not None:
        seq.insert(drop[0], drop[1])
    words = []
    if R.p(0.7):
        words.append(R.choice(OPENERS))
    words.extend(head)
    nfill = 0
    for k, part in enumerate(seq):
        if k > 0 and nfill < 1 and (k in inner) and drop is None and R.p(0.1):
            words.append(pick_filler(R, banned) + ',')
            nfill += 1
        words.append(part)
    if R.p(0.3):
        add_comma(words)
        words.append(R.choice(SIGNOFFS))
    return whisper_sentence(words)


# ---------------------------------------------------------------------------
# Fuzzy: the clean protocol ('space' and all) as Whisper writes it.
# ---------------------------------------------------------------------------
LETTER_HOMO = {'c': ['see', 'sea'], 'r': ['are'], 'y': ['why'], 'u': ['you'], 'i': ['eye'], 'o': ['oh'],
               't': ['tea', 'tee'], 'b': ['bee'], 'q': ['queue'], 'x': ['ex'], 'j': ['jay'], 'k': ['kay'],
               'p': ['pee'], 'g': ['gee'], 'd': ['dee'], 'v': ['vee'], 'z': ['zed'], 'l': ['el'],
               'm': ['em'], 'n': ['en'], 's': ['ess'], 'f': ['ef']}
FUZZY_SYN = {
    'dash': ['minus', 'hyphen'], 'hyphen': ['dash', 'minus'], 'dot': ['period', 'point'],
    'slash': ['forward slash'], 'star': ['asterisk'], 'at': ['at sign'], 'dollar': ['dollar sign'],
    'equals': ['equals sign', 'equal sign'], 'underscore': ['under score'], 'backslash': ['back slash'],
    'semicolon': ['semi-colon'], 'caret': ['carrot'], 'tilde': ['tilda'], 'greater than': ['greater-than'],
    'redirect': ['greater than'], 'append': ['double greater than'], 'open paren': ['open parenthesis'],
    'close paren': ['close parenthesis'], 'open brace': ['open curly brace'],
    'close brace': ['close curly brace'], 'less than': ['less-than'],
}
MOD_FUZZY = {'capital': ['capital', 'Capital', 'capitol'], 'all caps': ['all caps', 'all-caps', 'All caps'],
             'camel case': ['camel case', 'camelCase', 'camel-case'],
             'pascal case': ['Pascal case', 'PascalCase', 'pascal case']}


def fuzzy_number(it, R, alone):
    ws, d = it['words'], it['d']
    if len(ws) == 1:
        w = ws[0]
        if alone and w in ('two', 'four') and R.p(0.12):
            return 'to' if w == 'two' else 'for'
        return d if R.p(0.7) else w
    if all(w in UNIT_VAL for w in ws):            # digit by digit
        r = R.rng.random()
        if r < 0.5:
            return d
        if r < 0.8:
            return ' '.join(d)
        return ' '.join(ws)
    if ws[-1] in ('hundred', 'thousand'):
        r = R.rng.random()
        if r < 0.45:
            return d
        if r < 0.7 and len(d) >= 4:
            return '{:,}'.format(int(d))
        return ' '.join(ws)
    r = R.rng.random()
    if r < 0.6:
        return d
    if r < 0.8:
        return '-'.join(ws) if len(ws) == 2 and ws[0] in TENS_VAL else ' '.join(ws)
    return ' '.join(ws)


def fuzzy_input(tokens, R):
    out_tokens = []
    for items in tokens:
        alnum_count = sum(1 for it in items if it['t'] in 'LWN')
        pieces = []          # (text, glue_to_next)
        k = 0
        while k < len(items):
            it = items[k]
            t = it['t']
            nxt = items[k + 1] if k + 1 < len(items) else None
            prv = items[k - 1] if k > 0 else None
            if t == 'L':
                j = k
                letters = []
                while j < len(items) and items[j]['t'] == 'L':
                    letters.append(items[j]['c'])
                    j += 1
                if len(letters) > 1 and R.p(0.5):
                    pieces.append([''.join(letters).upper(), False])
                else:
                    for c in letters:
                        if (alnum_count == 1 and len(letters) == 1 and c in LETTER_HOMO
                                and not (prv and prv['t'] == 'M') and not (pieces and pieces[-1][1])
                                and R.p(0.18)):
                            pieces.append([R.choice(LETTER_HOMO[c]), False])
                        elif R.p(0.07):
                            pieces.append([c, False])
                        else:
                            pieces.append([c.upper(), False])
                k = j
                continue
            if t == 'W':
                w = it['w']
                if it['esc']:
                    pieces.append([R.choice(['word', 'word', 'Word', 'word,']) + ' ' + w, False])
                elif w in SPLITS and R.p(0.3):
                    pieces.append([SPLITS[w], False])
                elif w in PROPER and not (prv and prv['t'] == 'M') and R.p(0.6):
                    pieces.append([PROPER[w], False])
                else:
                    pieces.append([w, False])
            elif t == 'N':
                pieces.append([fuzzy_number(it, R, len(items) == 1), False])
            elif t == 'M':
                pieces.append([R.choice(MOD_FUZZY[it['m']]) if R.p(0.4) else it['m'], False])
            else:
                name = it['name']
                plain = lambda x: x is not None and x['t'] in 'LWN' and not (x['t'] == 'W' and x['esc'])
                if name == 'dot' and plain(prv) and plain(nxt) and nxt['t'] != 'N' and pieces[-1][0].isalnum() and R.p(0.35):
                    pieces[-1][1] = True
                    pieces.append(['.', True])
                elif name == 'slash' and plain(prv) and plain(nxt) and R.p(0.2):
                    pieces[-1][1] = True
                    pieces.append(['/', True])
                elif name == 'dash' and prv is None and nxt is not None and nxt.get('name') == 'dash':
                    r = R.rng.random()
                    k += 1
                    if r < 0.5:
                        pieces.append(['dash dash', False])
                    elif r < 0.75 and k + 1 < len(items) and plain(items[k + 1]):
                        pieces.append(['--', True])
                    elif r < 0.85:
                        pieces.append(['double dash', False])
                    elif r < 0.95:
                        pieces.append(['minus minus', False])
                    else:
                        pieces.append(['dash-dash', False])
                elif name == 'dash' and prv is None:
                    r = R.rng.random()
                    if r < 0.6:
                        pieces.append(['dash', False])
                    elif r < 0.8 and plain(nxt):
                        pieces.append(['-', True])
                    elif r < 0.92:
                        pieces.append(['minus', False])
                    else:
                        pieces.append(['hyphen', False])
                elif name in FUZZY_SYN and R.p(0.3):
                    pieces.append([R.choice(FUZZY_SYN[name]), False])
                else:
                    pieces.append([name, False])
            k += 1
        s = ''
        glue = True
        for text, g in pieces:
            s += text if glue or not s else ' ' + text
            glue = g
        out_tokens.append(s)
    out = out_tokens[0]
    for tok in out_tokens[1:]:
        r = R.rng.random()
        if r < 0.78:
            sep = ' space '
        elif r < 0.9:
            sep = ', space, '
        elif r < 0.96:
            sep = ' space, '
        else:
            sep = '. Space '
        out += sep + tok
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if R.p(0.55):
        out = out.rstrip(',') + '.'
    return out


# ---------------------------------------------------------------------------
# Pool, selection, output
# ---------------------------------------------------------------------------
def load_pool():
    rows = []
    with open(POOL_PATH, encoding='utf-8') as fh:
        for n, line in enumerate(fh):
            if n % 3 != RESIDUE:
                continue
            cmd = json.loads(line)['command']
            rows.append((n, cmd))
    return rows


def dictatable(cmd):
    if not cmd.isascii() or '\t' in cmd or '  ' in cmd or len(cmd) > MAX_CHARS:
        return False
    if cmd != cmd.strip() or not cmd or '\n' in cmd:
        return False
    try:
        spoken = render_clean(encode(cmd))
    except (KeyError, ValueError):
        return False
    if len(spoken.split()) > MAX_SPOKEN:
        return False
    return decode(spoken) == cmd


def select(rng):
    pool = [(n, c) for n, c in load_pool() if dictatable(c)]
    pool.sort()
    rng.shuffle(pool)
    seen, per_first, chosen = set(), {}, {s: [] for s in SLICES}
    remaining = list(pool)
    for sl in SLICES:
        rest = []
        for n, cmd in remaining:
            first = cmd.split(' ')[0]
            fits = (len(chosen[sl]) < PER_SLICE and cmd not in seen and per_first.get(first, 0) < MAX_PER_FIRST_WORD
                    and (sl in ('clean', 'fuzzy') or natural_ok(cmd)))
            if fits:
                chosen[sl].append(cmd)
                seen.add(cmd)
                per_first[first] = per_first.get(first, 0) + 1
            else:
                rest.append((n, cmd))
        remaining = rest
        assert len(chosen[sl]) == PER_SLICE, (sl, len(chosen[sl]))
    return chosen


def main():
    rng = random.Random(SEED)
    R = Rand(rng)
    chosen = select(rng)
    rows = []
    for sl in SLICES:
        for cmd in chosen[sl]:
            tokens = encode(cmd)
            if sl == 'clean':
                text = render_clean(tokens)
                assert re.fullmatch(r'[a-z]+( [a-z]+)*', text), text
                assert decode(text) == cmd, (cmd, text)
            elif sl == 'fuzzy':
                text = fuzzy_input(tokens, R)
            elif sl == 'natural':
                text, _ = natural_input(cmd, R)
                assert listen_natural(text) == cmd, (cmd, text, listen_natural(text))
            else:
                text = chaotic_input(cmd, R)
            rows.append({'input': text, 'command': cmd, 'slice': sl, 'author': AUTHOR})
    cmds = [r['command'] for r in rows]
    assert len(rows) == 4 * PER_SLICE and len(set(cmds)) == len(cmds)
    with open(OUT_PATH, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d lines to %s' % (len(rows), os.path.relpath(OUT_PATH, ROOT)))


if __name__ == '__main__':
    main()
