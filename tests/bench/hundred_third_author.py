#!/usr/bin/env python3
# ruff: noqa: B007, B905, E501, UP031
r"""Dictation test set "author103": 400 spoken bash commands, written apart from the reader.

    python3 tests/bench/hundred_third_author.py

writes assets/training/bash/author103.jsonl, one line per command:
{"input": <what Whisper wrote>, "command": <the exact command>, "slice": ..., "author": "author103"},
100 lines each of the slices clean, fuzzy, natural, chaotic, in that order. Standard library only;
one random.Random(103) is consumed in a fixed order, so reruns are byte-identical.

SOURCE AND CREDIT
    Every command comes from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0,
    by way of assets/training/bash/pages_dev58_commands.jsonl, used only at 0-based line numbers
    n with n % 3 == 0. A command is kept when it is ASCII, has no tab and no double space, is at
    most 64 characters, and this speaker's clean rendering of it is at most 48 words and decodes
    back to it. The seeded generator shuffles the kept pool; commands are taken in that order,
    skipping repeats and any third command with the same first word. The first 100 are the clean
    slice, then fuzzy, natural, chaotic. Command text is copied exactly.

======================================================================== STYLE GUIDE

THE SPEAKER
    Bram, SRE in Amsterdam, Dutch, on call, dictating into a laptop at odd hours. Dry and direct:
    he says the command, maybe "Klaar." and goes back to the incident. His English is good and
    his bash is better; Dutch leaks in when he is tired.
    Openers: "Oké.", "Right,", "Nou,", "Typ even:", "Run this:", "Next one:", "Next:",
        "On the box:", "Okay, on the bastion:", "Dus,", "Give me", "Command:", "Alright, type:",
        "Nou, even:".
    Sign-offs: "Klaar.", "That's it.", "Go.", "Done.", "Dat was 'm.", "Ship it.", "Enter, please."
    Fillers: "eh" (most), "ehm", "nou", "dus", "even kijken"; hesitations "eh...",
        "even kijken...", "wacht even...". Fillers only fall between two command tokens.
    Asides (say nothing a listener could mistake for the command: no symbol, number or letter
        names): "Hold on, pager again.", "Sorry, Slack is pinging.", "Who merged this on a
        Friday.", "Nou ja, whatever.", "My coffee went cold.", "Ugh, the kettle.",
        "Not you, the other tab.", "Great, the graphs are red again.", ...
    Letters: English letter names, British/European habit: "zed" for z, "eff", "oh" for the
        letter o (the digit is always "zero"). His Dutch letter names slip out: "ha" (h), "ka"
        (k), "jee" (j, sounds like English g), "ie" (i), "ee" (e), "aa" (a), "uu" (u), "ij" (y),
        "wee" (w), "er" (r), "ku" (q), "zet" (z); always caught at once.

THE CLEAN PROTOCOL (how Bram dictates when careful; decode() below is its listener)
    1. Tokens. The command is cut at its single spaces. Between two tokens he says "space";
       everything said between two "space"s is glued together with nothing in between.
       So "docs slash photo dot p y" is docs/photo.py and "s t d in" is stdin.
    2. Symbols, always these names:
         -  dash          .  dot           /  slash         \  backslash     ~  tilde
         "  quote         '  single quote  `  backtick      >  redirect      >> append
         <  less than     :  colon         ;  semicolon     _  underscore    =  equals
         *  star          @  at            +  plus          %  percent       |  pipe
         ,  comma         !  bang          $  dollar        ?  question mark #  hash
         &  ampersand     && and and       ^  caret         ( ) open paren / close paren
         { } open brace / close brace      [ ] open bracket / close bracket
       Doubles are just said twice: -- "dash dash", .. "dot dot", || "pipe pipe",
       2> "two redirect", 2>&1 "two redirect ampersand one".
       Never in clean: minus, hyphen, period, point, forward slash, asterisk, greater than.
    3. Words or letters. A lower-case run of letters is said as a word when it is an everyday
       English word or a name every sysadmin can spell (data, backup, config, sudo, docker,
       grep, json, yaml, numpy, pacman, whoami ...; with their plurals and -ed/-er/-ing forms).
       A run made of such words is said as those words ("host last" = hostlast, "my app" =
       myapp, "wallpaper image"). A run that starts or ends with a consonant cluster keeps the
       cluster spelled: "r clone", "system c t l", "g cloud", "h top", "p npm", "k nine s".
       Everything else is spelled letter by letter: "s r c", "t m p", "p d f", "x x d".
       Letters are written as single lower-case letters in the clean transcript.
       Words that sound like a letter name or a number are always spelled, never said:
       to, too, for, won, ate, tree, are, you, why, see, be, tea, eye, oh, queue, ex, ...
       ("2to3" is "two t o three").
    4. Literal protocol words. A command word that is one of his protocol words is said after
       "word": "crane word append", "dash dash word hash", "mount underscore word point". This
       covers every symbol name in 2., the number words, space, word, capital, minus, hyphen,
       period, point, asterisk, equal, sign; and all, single, double, question, less,
       greater, and, forward, open, close, camel, snake, pascal, kebab, screaming, but only
       when the next thing said would make them a phrase ("all" before "caps", "open" before
       "paren", ...). Plain "dash dash all" is just --all.
    5. Numbers. A run of digits is one number, said as:
         one or two digits (not starting with 0): the number     7 "seven", 42 "forty two"
         x00 / xx00: hundreds      100 "one hundred", 1500 "fifteen hundred"
         x000 .. 99000: thousands  3000 "three thousand", 10000 "ten thousand"
         four digits, third not 0: two pairs   8080 "eighty eighty", 2024 "twenty twenty four"
         anything else: digit by digit, 0 is "zero"   443 "four four three", 01 "zero one"
       Listener: number words in a row are read term by term and the terms' digits are glued;
       a tens word takes a following 1-9 ("forty two" 42, "two eighty" 280), "hundred" and
       "thousand" multiply the term before. Decimals and versions use "dot": "three dot eleven".
    6. Capitals. Nothing is upper case unless he says so:
         "capital x" X; "capital server" Server (first letter of the next word or letter)
         "all caps todo" TODO; "all caps p v e" PVE (the next word, or the run of letters)
         "camel case log level" logLevel, "pascal case the island" TheIsland,
         "snake case source code" source_code, "screaming case" for SCREAMING_SNAKE.
       A case run takes the plain words that follow until a symbol, number, "space" or the end.
       He uses a case run only when every part is a plain word; otherwise capitals one by one:
       "capital server all caps p v e" for ServerPVE, "capital v capital box capital manage".
    Unambiguous: symbol names, number words and "space" never stand for themselves unless
    "word" comes first; letters are single letters; soundalikes are spelled; case runs and
    "all caps" have fixed ends. decode(input) == command is asserted for every clean line, and
    for every command in the usable pool.

NATURAL-SPEECH HABITS (natural and chaotic slices)
    When not careful, Bram drops most "space"s: seven times in ten he goes for this natural
    style, and uses it when every piece of the command can be said so (about half the lines);
    the rest keep protocol style with "space" (everything between two spaces glues, as in
    clean). In natural style:
      - a word, a number, and a run of letters are each one piece; Whisper writes the letters
        as capitals ("L S", "LS"); short letter+digit runs glued ("P1", "eth0", "60s", "v2").
      - "dash" / "minus" / "dash dash" / "double dash" starts an option: a space before it.
      - a hyphen inside a name is "hyphen" (his habit, so "pacman hyphen key" is pacman-key,
        "dash key" would be a new option).
      - pipe, redirect, append, less than, and and: spaces on both sides.
      - two pieces in a row (word, number, letters) get a space, except two runs of letters
        (they would glue); every other symbol glues on both sides.
      - where those defaults would be wrong he still says "space": "build slash space slash
        t m p", "dash q space single quote", "dash capital S space E N".
    Loose symbol names: minus, hyphen, period, point, forward slash, asterisk, greater than,
    double greater than, equal sign, at sign, dollar sign, "redirect to", left/right paren,
    "open curly". Numbers come out as numerals. He may open with a filler opener and close
    with a sign-off.

CORRECTIONS AND TROUBLE (chaotic slice; each line has at least one correction or restart)
    "ik bedoel" / "I mean"      replace the last piece: a word, number, run of letters or a
                                symbol name ("dot C S V, ik bedoel P P M"; "underscore, ik
                                bedoel dash").
    "nee wacht" / "no wait" / "wacht, nee" (sometimes "nee nee, wacht")
                                drop the token being said and say it again from its start
                                ("dash dash mode, nee wacht, dash dash mode"); flag scope.
    "Sorry, fout. Opnieuw:" / "Laat maar, from the top:" / "Nee, scratch that. Opnieuw:"
                                drop everything said so far; the whole command follows.
    "waar was ik" / "where was I"
                                after trailing off mid-token (a hesitation or an aside), he
                                says that token again from its start (partial answer).
    Dutch slip                  a Dutch symbol or letter name ("punt", "streepje", "schuine
                                streep", "spatie", "apenstaartje", "dubbele punt", "pijp",
                                "groter dan", "ha", "ka", ...) is always followed by the English
                                one: "punt, eh, dot", "spatie... space", "ha, ik bedoel H".
                                Only the English name counts.
    Stutters fall on openers and correction words ("Oké, oké,", "nee nee, wacht"), never on
    command words. Asides fall between tokens, as their own sentences.

WHISPER'S HABITS (fuzzy, natural, chaotic)
    - Capitalisation means nothing: sentence starts, "Docker", "GitHub", letters as capitals.
      Only "capital", "all caps" and case runs make capitals.
    - Commas and sentence periods anywhere ("space, dash", "space. Dash"); a final period.
    - Numerals: "8080", "80 80", "3,000", "1 2 7", "192 dot 168"; or words with homophones
      "to" / "too" (two) and "for" (four).
    - Letters: "LS", "L S", "L-S", or as words: "Are", "Why", "Zed", "Eff", "Oh", "Tea", "Em".
    - Homophones: sink (sync), Maine (main), cash (cache), tale (tail), reed (read), sight (site),
      male (mail), roll (role), pseudo (sudo), tilda (tilde), carrot (caret).
    - Split words: "back up", "local host", "up time", "file name", "out put", "data base";
      glued ones: "hostlast", "bundletool"; glued dotted names: "report.txt", "example.com",
      "10.0.0.5", "3.11".
    - "dash, dash", "all-caps", "camelCase layer name", "snake_case new layer", "word, hash".

THE FOUR SLICES
    clean    the clean protocol above, a careful transcript: lower case, no punctuation,
             nothing but the command.
    fuzzy    the same protocol words as Whisper writes them, with his symbol synonyms
             (minus, hyphen, period, point, forward slash, asterisk, double dash, ...);
             no opener, no fillers, no corrections.
    natural  natural style (or protocol style when natural cannot carry the command), loose
             symbol names, numerals, an opener most of the time, fillers, maybe a sign-off.
    chaotic  natural plus trouble: word / token (flag) / whole-command corrections, restarts
             after trailing off, Dutch slips caught at once, asides, stutters. A careful
             listener who knows the rules above rebuilds the command exactly.
"""
import json
import os
import random
import re
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, 'assets', 'training', 'bash', 'pages_dev58_commands.jsonl')
OUT = os.path.join(ROOT, 'assets', 'training', 'bash', 'author103.jsonl')
SLICES = ('clean', 'fuzzy', 'natural', 'chaotic')

# ---------------------------------------------------------------- words
DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
              'seventeen', 'eighteen', 'nineteen']
TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
DIG_V = {w: i for i, w in enumerate(DIGIT_WORDS)}
TEEN_V = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TENS_V = {w: 10 * i for i, w in enumerate(TENS_WORDS) if w}
NUMBER_WORDS = set(DIG_V) | set(TEEN_V) | set(TENS_V) | {'hundred', 'thousand'}

# clean symbol names (this speaker's choice)
SYM_CLEAN = {
    '-': 'dash', '--': 'dash dash', '.': 'dot', '..': 'dot dot', '/': 'slash',
    '\\': 'backslash', '~': 'tilde', '"': 'quote', "'": 'single quote', '`': 'backtick',
    '>': 'redirect', '>>': 'append', '<': 'less than', ':': 'colon', ';': 'semicolon',
    '_': 'underscore', '=': 'equals', '*': 'star', '@': 'at', '+': 'plus', '%': 'percent',
    '|': 'pipe', '||': 'pipe pipe', ',': 'comma', '(': 'open paren', ')': 'close paren',
    '{': 'open brace', '}': 'close brace', '[': 'open bracket', ']': 'close bracket',
    '!': 'bang', '$': 'dollar', '?': 'question mark', '#': 'hash', '&': 'ampersand',
    '&&': 'and and', '^': 'caret',
}
ONE_WORD_SYM = {v: k for k, v in SYM_CLEAN.items() if ' ' not in v}
TWO_WORD_SYM = {tuple(v.split()): k for k, v in SYM_CLEAN.items() if ' ' in v}
# the two-word symbols that are not simply two one-word symbols glued
TWO_WORD_SYM = {k: v for k, v in TWO_WORD_SYM.items()
                if not (k[0] in ONE_WORD_SYM and k[1] in ONE_WORD_SYM)}

CASE_KINDS = ('camel', 'pascal', 'snake', 'screaming', 'kebab')
# words that are always protocol words: said literally only after "word"
ALWAYS = (set(ONE_WORD_SYM) | NUMBER_WORDS |
          {'space', 'word', 'capital', 'minus', 'hyphen', 'period', 'point', 'asterisk',
           'equal', 'sign'})
# words that are protocol words only in front of a partner word
CONTEXT = {
    'all': {'caps'}, 'single': {'quote'}, 'double': {'dash', 'quote', 'greater', 'ampersand', 'pipe'},
    'question': {'mark'}, 'less': {'than'}, 'greater': {'than'}, 'and': {'and'},
    'forward': {'slash'},
    'open': {'paren', 'brace', 'bracket', 'angle', 'curly'},
    'close': {'paren', 'brace', 'bracket', 'angle', 'curly'},
}
for _k in CASE_KINDS:
    CONTEXT[_k] = {'case'}
RESERVED = ALWAYS | set(CONTEXT)

# words that sound like a letter name or a number: always spelled, never said
SOUNDALIKE = {'are', 'you', 'why', 'see', 'sea', 'be', 'bee', 'tea', 'tee', 'eye', 'oh', 'owe',
              'pea', 'pee', 'queue', 'cue', 'ex', 'jay', 'kay', 'el', 'em', 'en', 'es', 'ess',
              'gee', 'dee', 'vee', 'zed', 'aye', 'ay', 'to', 'too', 'for', 'fore', 'won', 'ate',
              'tree', 'ad', 'an', 'eh', 'ok'}

VOCAB_TEXT = """
data main project projects doc docs test tests alpha beta demo foo bar baz qux config report notes
note backup backups photo photos archive output input file files script scripts example examples
index app apps log logs run build name names user users add install remove date root key keys get
update all uptime server servers init hello world ubuntu debian fedora arch package packages flask
admin alice bob charlie repo repos show create hunter color colors verbose true false list help
docker curl new latest localhost source search service services tar delete cluster type cargo git
tag tags format shell host hosts warning warnings binary mount info vim password github gitlab port
ports only conda push image images release path debug bin python target disable enable api
directory count cat uninstall lodash feature error errors make crane command configuration edit
device devices export cron value values dump web mode out check url nix argument compress podman
desktop journal width height events event watch lint my group groups restart start stop fix diff
bundle read full disk disks query destination clone sort convert dir in website launch clip no deploy
raw backend frontend view login logout gradle reset bash kill node nodes changeme force global upgrade
inspect reload top preserve repository record records interface nginx size write issue issues
ansible prod staging account bucket speed exists description rate entry validate overwrite regex
chroot clang executable by code match depends do send resolve on delta side connect access
token tokens profile page pages recursive platform eval dry fish fold fossil installed print folder
version pass label param params address go brief skip artist keep open range revision stat
patch join duration share ledger balance exec ignore magick identify site mid dependency orders
flake env home yarn partition volume volumes compressed parallel gray database level environment
pip lock matrix machine poetry process rename express rustup toolchain secret secrets quiet parse
local plugin plugins strip message messages destroy filename ticket generate cipher import default
store gnome header headers rule rules profiles restore audit filesystem manifest tool tools options
option unix raid auto clear job jobs working model silent container containers resource resources
priority use location brew zap nightly workspace reverse socks tidy prompt combine not forge
override channel channels while continue copy extract directories flatten tarball registry serve
relay complete fetch java what publish flat up blame work enter editor system status commit branch
merge pull checkout remote origin stash compose kube helm pod pods namespace network networks proxy
cache memory swap kernel module modules boot policy table tables chain drop accept reject zone
domain org com net text long short human readable follow tail head lines bytes chars max min depth
time times first last next since until after before limit offset json yaml toml sync mask plain
secure insecure timer socket unit units task tasks worker workers stream topic broker client cert
certs vault role roles auth session sessions terminal window screen theme font scale frame video
audio sound music picture movie document book title author album track song playlist link links
mirror upstream rebase squash pick revert hard soft clean dirty state detail details summary stats
metrics health ready live dead sudo grep sed awk apt wget git npm node deno bun rust go java ruby
perl php lua zsh fish tmux screen less more man cargo crate crates wheel setup settings setting
show hide list lists item items queue quit exit open close save load loaded unload backup restore
template templates layer layers tab tabs row rows column columns field fields key value pair pairs
size sizes small large big tiny huge point mark flag flags line word words char letter letters
number numbers count counts total sum average mean median random seed shuffle simple single double
triple block blocks chunk chunks part parts piece pieces slice slices batch batches cache cached
dev test prod stage staging live mock fake real virtual physical cloud edge core main master slave
primary secondary replica replicas shard shards leader follower peer peers member members people
person team teams org orgs owner owners admin admins guest guests public private internal external
inside outside upper lower left right center middle front back side sides top bottom level levels
hunter alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar
papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu
ping pong trace route routes router switch bridge tunnel gateway firewall filter filters allow deny
hash sign append star at plus dash dot slash tilde quote caret bang dollar percent pipe comma
colon semicolon underscore equals
jar war zip unzip pack unpack encode decode encrypt decrypt sign verify hash salt pepper
mail email inbox draft drafts spam junk trash bin bins recycle
sleep wake suspend resume hibernate shutdown reboot power battery charge
light dark night day days week weeks month months year years hour hours minute minutes second seconds
yes none null nil empty void zero
pages page paper print printer scan scanner
alias aliases history clipboard paste cut undo redo
fast slow quick full half quarter
green red blue black white yellow orange purple pink brown
north south east west
apple banana cherry grape lemon lime mango melon peach pear plum
dog cats mouse bird fox wolf bear horse cow pig duck

key secret token

"""
VOCAB_MORE = """
accounts across action age alien alive alpine alter alternate amass amplify apply arg assembly
attribute audiobook away bank base bind best binaries blend blender body bookworm bootstrap brand
browse brute builder burn buy cancel canonical canonicalize camera change changelog chat chisel clock
clover coffee collection combined comment compile completions component compute configs configure
confirmation context cookie cookies copyright corrupted coverage crystal daemon daemonize declared
decompress defaults define definition dependencies describe developers diagram dim display dissect
done download driver ebook electron emulate emulator end entity entries enum exclude exist explorer
extensions extra fail fancy fill firefox fixed fixup flash float flame graph foobar foreman from
galaxy gallery game geometry gimp gist helper highlight hive how include infer initial inkscape
instance interaction isolated kafka knife library loader look loop map margins menu metadata
middleman migrate migration minimum mountpoint navi ninja nitrogen now once original orphans
outdated overlay pandoc pause permanent pipeline place plane plasma pointer pool portal postgres
postgresql prefix program properties property protect protocol provider provision pub purge race
racket redis reference refresh register render repair replay request requests requirement
requirements rerun revoke rewind safe saturation scaffold scene screenshot scrub security select
sequence set sets simulate skyline slot snapshot spacing speaker spec split spy staged standalone
station storage stow stress string strings style suite swift symmetric takeout terraform thaw this
the that thrift translate transmission trunk turtle typo typescript unavailable underlay unified
upload validation validator vagrant valgrind viewer walk walker wall wait weight where whom wiggle
windows wine with wizard workflow wormhole wrap yank pacman flatpak podman grafana emacs numpy pandas
webpack elastic whoami who dotnet dashboard island ark ascended game shooter palserver trigger
recipient inhibit expect off brighten stack supervisor hex band which submit subscriber manage box
wheel rainbow forge dither noise kernel texture enhance invert mercator norm remap shear
hist oil slice split undice cut fix comp
basename dirname hostname username usernames passwords readme shark
calibre alacritty caligula firstboot firewall tunnel
"""


def _inflect(words):
    out = set(words)
    for w in words:
        if len(w) < 4 or w in ALWAYS:
            continue
        stem = w[:-1] if w.endswith('e') else w
        out.update({w + 's', stem + 'ed', stem + 'er', stem + 'ers', stem + 'ing'})
        if w.endswith(('s', 'x', 'sh', 'ch')):
            out.add(w + 'es')
    return out


BASE_WORDS = {w for w in (VOCAB_TEXT + VOCAB_MORE).split() if w.isalpha() and len(w) >= 2} - SOUNDALIKE
VOCAB = {w for w in _inflect(BASE_WORDS) if w not in SOUNDALIKE}
# words allowed as pieces when a run is split into words
SHORT_OK = {'up', 'in', 'on', 'no', 'my', 'go', 'do', 'by', 'of', 'is', 'it', 'me', 'we', 'so', 'or', 'if'}
SEG_VOCAB = {w for w in BASE_WORDS if (len(w) >= 3 or w in SHORT_OK) and w not in ALWAYS}

# ---------------------------------------------------------------- numbers
def two_digit(v):
    if v < 10:
        return [DIGIT_WORDS[v]]
    if v < 20:
        return [TEEN_WORDS[v - 10]]
    return [TENS_WORDS[v // 10]] + ([DIGIT_WORDS[v % 10]] if v % 10 else [])


def num_words(s):
    """How this speaker says a run of digits."""
    n = len(s)
    if s[0] != '0':
        v = int(s)
        if n >= 4 and v % 1000 == 0 and v // 1000 < 100:
            return two_digit(v // 1000) + ['thousand']
        if n == 4 and s[2:] == '00':
            return two_digit(v // 100) + ['hundred']
        if n == 3 and s[1:] == '00':
            return [DIGIT_WORDS[v // 100], 'hundred']
        if n <= 2:
            return two_digit(v)
        if n == 4 and s[2] != '0':
            return two_digit(int(s[:2])) + two_digit(int(s[2:]))
    return [DIGIT_WORDS[int(c)] for c in s]


def parse_num(w, i):
    out = ''
    while i < len(w) and (w[i] in DIG_V or w[i] in TEEN_V or w[i] in TENS_V):
        t = w[i]
        i += 1
        if t in DIG_V:
            v = DIG_V[t]
        elif t in TEEN_V:
            v = TEEN_V[t]
        else:
            v = TENS_V[t]
            if i < len(w) and w[i] in DIG_V and DIG_V[w[i]]:
                v += DIG_V[w[i]]
                i += 1
        if i < len(w) and w[i] == 'hundred':
            v *= 100
            i += 1
        elif i < len(w) and w[i] == 'thousand':
            v *= 1000
            i += 1
        out += str(v)
    return out, i


# ---------------------------------------------------------------- pieces
# ('sym', s) ('num', digits) ('word', w) ('spell', letters) ('seg', [parts])
# ('cap', sub) ('caps', sub) ('case', kind, [parts]) ('space',)

def word_split(s):
    """Fewest known words that make up s exactly, or None."""
    n = len(s)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(1, n + 1):
        for j in range(i):
            if best[j] is not None and s[j:i] in SEG_VOCAB and (len(s[j:i]) >= 3 or s[j:i] in SHORT_OK):
                c = best[j] + [s[j:i]]
                if best[i] is None or len(c) < len(best[i]):
                    best[i] = c
    return best[n]


def segment(run):
    """Say a lower-case run as [spelled prefix] words [spelled suffix], or spell it all."""
    n = len(run)
    best = None
    for a in range(n):
        for b in range(0, n - a):
            words = word_split(run[a:n - b])
            if not words:
                continue
            if (a or b) and any(len(x) < 3 for x in (words if b else words[:-1])):
                continue
            if re.search('[aeiouy]', run[:a] + run[n - b:]):
                continue
            cover = n - a - b
            if cover < 0.4 * n:
                continue
            key = (a + b + len(words), -cover, a)
            if best is None or key < best[0]:
                best = (key, a, b, words)
    if best is None:
        return ('spell', run)
    _, a, b, words = best
    out = ([('spell', run[:a])] if a else []) + [('word', x) for x in words] + \
        ([('spell', run[n - b:])] if b else [])
    return out[0] if len(out) == 1 else ('seg', out)


def lower_speak(run):
    if run in SOUNDALIKE:
        return ('spell', run)
    if run in VOCAB:
        return ('word', run)
    if len(run) == 1:
        return ('spell', run)
    return segment(run)


def plain_part(w):
    return w in VOCAB and w not in RESERVED and len(w) >= 2


def alpha_pieces(run):
    if run.islower():
        return [lower_speak(run)]
    m = re.fullmatch(r'[a-z]+(?:[A-Z][a-z]+)+', run)
    if m:
        parts = [p.lower() for p in re.findall(r'[A-Z]?[a-z]+', run)]
        if all(plain_part(p) for p in parts):
            return [('case', 'camel', parts)]
    if re.fullmatch(r'(?:[A-Z][a-z]+){2,}', run):
        parts = [p.lower() for p in re.findall(r'[A-Z][a-z]+', run)]
        if all(plain_part(p) for p in parts):
            return [('case', 'pascal', parts)]
    if run.isupper():
        if len(run) == 1:
            return [('cap', ('spell', run.lower()))]
        lw = run.lower()
        if lw in VOCAB:
            return [('caps', ('word', lw))]
        return [('caps', ('spell', lw))]
    if run[0].isupper() and run[1:].islower():
        return [('cap', lower_speak(run.lower()))]
    segs = re.findall(r'[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+', run)
    out = []
    for k, s in enumerate(segs):
        last = k == len(segs) - 1
        if s.islower():
            out.append(lower_speak(s))
        elif s[0].isupper() and s[1:].islower() and len(s) > 1:
            out.append(('cap', lower_speak(s.lower())))
        elif len(s) > 1 and last:
            lw = s.lower()
            out.append(('caps', ('word', lw) if lw in VOCAB else ('spell', lw)))
        else:
            for ch in s:
                out.append(('cap', ('spell', ch.lower())))
    return out


TOKEN_RE = re.compile(r'[A-Za-z_]+|[0-9]+|--|>>|&&|\|\||\.\.|.')


def encode_token(tok):
    pieces = []
    for m in TOKEN_RE.finditer(tok):
        s = m.group()
        if s[0].isdigit():
            pieces.append(('num', s))
        elif s[0].isalpha() or s[0] == '_':
            if re.fullmatch(r'[a-z]+(?:_[a-z]+)+', s) and all(plain_part(p) for p in s.split('_')):
                pieces.append(('case', 'snake', s.split('_')))
            elif re.fullmatch(r'[A-Z]+(?:_[A-Z]+)+', s) and all(plain_part(p.lower()) for p in s.split('_')):
                pieces.append(('case', 'screaming', s.lower().split('_')))
            else:
                for part in re.findall(r'[A-Za-z]+|_', s):
                    if part == '_':
                        pieces.append(('sym', '_'))
                    else:
                        pieces.extend(alpha_pieces(part))
        elif s in SYM_CLEAN:
            pieces.append(('sym', s))
        else:
            raise ValueError('cannot say %r' % s)
    return pieces


def first_word(p):
    return clean_entries(p)[0][0]


def mark_context(toks):
    """A literal word that would start a two-word protocol phrase becomes ('esc', w)."""
    for n, tok in enumerate(toks):
        for i, p in enumerate(tok):
            if p[0] == 'word' and p[1] in CONTEXT and p[1] not in ALWAYS:
                if i + 1 < len(tok):
                    nxt = first_word(tok[i + 1])
                else:
                    nxt = 'space' if n + 1 < len(toks) else None
                if nxt in CONTEXT[p[1]]:
                    tok[i] = ('esc', p[1])
    return toks


def encode(cmd):
    """Command -> list of tokens, each a list of pieces."""
    return mark_context([encode_token(t) for t in cmd.split(' ')])


def piece_text(p):
    k = p[0]
    if k in ('sym', 'num', 'word', 'spell', 'esc'):
        return p[1]
    if k == 'seg':
        return ''.join(piece_text(q) for q in p[1])
    if k == 'cap':
        t = piece_text(p[1])
        return t[0].upper() + t[1:]
    if k == 'caps':
        return piece_text(p[1]).upper()
    if k == 'case':
        return join_case(p[1], p[2])
    raise ValueError(p)


def join_case(kind, parts):
    if kind == 'camel':
        return parts[0] + ''.join(x.capitalize() for x in parts[1:])
    if kind == 'pascal':
        return ''.join(x.capitalize() for x in parts)
    if kind == 'snake':
        return '_'.join(parts)
    if kind == 'screaming':
        return '_'.join(parts).upper()
    return '-'.join(parts)


# ---------------------------------------------------------------- clean
def clean_entries(p):
    """(text, literal) entries of one piece in the clean protocol."""
    k = p[0]
    if k == 'sym':
        return [(w, False) for w in SYM_CLEAN[p[1]].split()]
    if k == 'num':
        return [(w, False) for w in num_words(p[1])]
    if k == 'word':
        return [(p[1], True)]
    if k == 'esc':
        return [('word', False), (p[1], False)]
    if k == 'spell':
        return [(c, False) for c in p[1]]
    if k == 'seg':
        return [e for q in p[1] for e in clean_entries(q)]
    if k == 'cap':
        return [('capital', False)] + clean_entries(p[1])
    if k == 'caps':
        return [('all', False), ('caps', False)] + clean_entries(p[1])
    if k == 'case':
        return [(p[1], False), ('case', False)] + [(w, False) for w in p[2]]
    if k == 'space':
        return [('space', False)]
    raise ValueError(p)


def escape(entries):
    out = []
    for i, (t, lit) in enumerate(entries):
        nxt = entries[i + 1][0] if i + 1 < len(entries) else None
        if lit and (t in ALWAYS or (t in CONTEXT and nxt in CONTEXT[t])):
            out.append('word')
        out.append(t)
    return out


def clean_say(cmd):
    ents = []
    for i, tok in enumerate(encode(cmd)):
        if i:
            ents.append(('space', False))
        for p in tok:
            ents.extend(clean_entries(p))
    return ' '.join(escape(ents))


def is_plain(t):
    return t.isalpha() and len(t) >= 2 and t not in RESERVED


def decode(text):
    """Listener for the clean protocol of author103."""
    w = text.split()
    out = []
    i = 0
    while i < len(w):
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t == 'space':
            out.append(' ')
            i += 1
        elif t == 'word':
            out.append(nxt)
            i += 2
        elif t == 'capital':
            if nxt == 'word':
                s, i = w[i + 2], i + 3
            else:
                s, i = nxt, i + 2
            out.append(s[0].upper() + s[1:])
        elif t == 'all' and nxt == 'caps':
            i += 2
            if w[i] == 'word':
                out.append(w[i + 1].upper())
                i += 2
            elif len(w[i]) == 1:
                while i < len(w) and len(w[i]) == 1 and w[i].isalpha():
                    out.append(w[i].upper())
                    i += 1
            else:
                out.append(w[i].upper())
                i += 1
        elif t in CASE_KINDS and nxt == 'case':
            i += 2
            parts = []
            while i < len(w) and is_plain(w[i]):
                parts.append(w[i])
                i += 1
            out.append(join_case(t, parts))
        elif (t, nxt) in TWO_WORD_SYM:
            out.append(TWO_WORD_SYM[(t, nxt)])
            i += 2
        elif t in ONE_WORD_SYM:
            out.append(ONE_WORD_SYM[t])
            i += 1
        elif t in DIG_V or t in TEEN_V or t in TENS_V:
            s, i = parse_num(w, i)
            out.append(s)
        else:
            out.append(t)
            i += 1
    return ''.join(out)

# ================================================================ Whisper
SYM_LOOSE = {   # what the speaker may say for a symbol, and Whisper writes (fuzzy / natural)
    '-': ['dash', 'dash', 'dash', 'minus', 'hyphen'],
    '--': ['dash dash', 'dash dash', 'double dash', 'minus minus', 'dash, dash'],
    '.': ['dot', 'dot', 'dot', 'period', 'point'],
    '..': ['dot dot', 'dot, dot', 'period period'],
    '/': ['slash', 'slash', 'slash', 'forward slash', 'forward-slash'],
    '\\': ['backslash', 'back slash'],
    '~': ['tilde', 'tilde', 'tilda', 'Tilde'],
    '"': ['quote', 'quote', 'double quote', 'quotes'],
    "'": ['single quote', 'single quote', 'single-quote'],
    '`': ['backtick', 'back tick'],
    '>': ['redirect', 'redirect', 'greater than', 'redirect to'],
    '>>': ['append', 'append', 'double greater than'],
    '<': ['less than', 'less than', 'less-than'],
    ':': ['colon', 'colon', 'Colon'],
    ';': ['semicolon', 'semi colon', 'semi-colon'],
    '_': ['underscore', 'underscore', 'under score'],
    '=': ['equals', 'equals', 'equal sign', 'equals sign', 'equal'],
    '*': ['star', 'star', 'asterisk'],
    '@': ['at', 'at', 'at sign', 'at-sign'],
    '+': ['plus', 'plus', 'plus sign'],
    '%': ['percent', 'percent', 'per cent', 'percent sign'],
    '|': ['pipe', 'pipe', 'Pipe'],
    '||': ['pipe pipe', 'double pipe'],
    ',': ['comma', 'comma'],
    '(': ['open paren', 'open parenthesis', 'left paren'],
    ')': ['close paren', 'close parenthesis', 'right paren'],
    '{': ['open brace', 'open curly brace', 'open curly'],
    '}': ['close brace', 'close curly brace', 'close curly'],
    '[': ['open bracket', 'open square bracket'],
    ']': ['close bracket', 'close square bracket'],
    '!': ['bang', 'bang', 'exclamation mark'],
    '$': ['dollar', 'dollar sign', 'dollar'],
    '?': ['question mark', 'question mark'],
    '#': ['hash', 'hash', 'hash sign'],
    '&': ['ampersand', 'ampersand'],
    '&&': ['and and', 'and, and', 'double ampersand'],
    '^': ['caret', 'carrot'],
}
DUTCH_SYM = {'.': 'punt', '-': 'streepje', '/': 'schuine streep', ':': 'dubbele punt',
             '@': 'apenstaartje', '*': 'sterretje', '_': 'liggend streepje',
             '"': 'aanhalingsteken', '=': 'is-teken', '>': 'groter dan', '|': 'pijp',
             ' ': 'spatie', '--': 'streepje streepje'}
DUTCH_LETTER = {'a': 'aa', 'e': 'ee', 'h': 'ha', 'i': 'ie', 'j': 'jee', 'k': 'ka', 'q': 'ku',
                'u': 'uu', 'w': 'wee', 'y': 'ij', 'r': 'er', 'z': 'zet'}
LETTER_NAME = {'b': 'bee', 'c': 'see', 'd': 'dee', 'i': 'eye', 'j': 'jay', 'k': 'kay', 'o': 'oh',
               'p': 'pee', 'q': 'queue', 'r': 'are', 't': 'tea', 'u': 'you', 'x': 'ex', 'y': 'why',
               'z': 'zed', 'g': 'gee', 'v': 'vee', 'm': 'em', 'f': 'eff'}
WORD_HOMOPHONE = {'sync': 'sink', 'main': 'Maine', 'cache': 'cash', 'tail': 'tale', 'read': 'reed',
                  'site': 'sight', 'mail': 'male', 'role': 'roll', 'sudo': 'pseudo',
                  'alice': 'Alice', 'bob': 'Bob', 'ubuntu': 'Ubuntu', 'docker': 'Docker',
                  'github': 'GitHub', 'python': 'Python', 'cron': 'Cron', 'json': 'JSON',
                  'yaml': 'YAML', 'nginx': 'NGINX'}
WORD_SPLIT = {'backup': 'back up', 'localhost': 'local host', 'uptime': 'up time',
              'username': 'user name', 'database': 'data base', 'filename': 'file name',
              'output': 'out put', 'input': 'in put', 'workspace': 'work space',
              'filesystem': 'file system', 'toolchain': 'tool chain', 'website': 'web site',
              'changeme': 'change me', 'tarball': 'tar ball', 'nightly': 'night-ly',
              'upstream': 'up stream', 'playlist': 'play list', 'keyboard': 'key board'}


def cap1(s):
    return s[:1].upper() + s[1:]


def w_letters(letters, rng, natural=False):
    if len(letters) == 1 and not natural and rng.random() < 0.2 and letters in LETTER_NAME:
        return cap1(LETTER_NAME[letters]) if rng.random() < 0.5 else LETTER_NAME[letters]
    r = rng.random()
    up = letters.upper()
    if len(letters) == 1:
        return up
    if r < 0.45:
        return up
    if r < 0.85 or natural:
        return ' '.join(up)
    if r < 0.93:
        return '-'.join(up)
    return ' '.join(letters)


def w_number(digits, rng, numerals):
    """Whisper's writing of a spoken number."""
    words = num_words(digits)
    if rng.random() < numerals:
        if len(digits) >= 4 and digits.endswith('000') and digits[0] != '0' and rng.random() < 0.4:
            return f'{int(digits):,}'
        if words and all(x in DIG_V for x in words) and len(words) > 1 and rng.random() < 0.2:
            return ' '.join(str(DIG_V[x]) for x in words)
        if len(words) == 2 and words[0] in TENS_V | TEEN_V.keys() and words[1] in TENS_V | TEEN_V.keys() \
                and rng.random() < 0.3:
            return ' '.join(str(parse_num([x], 0)[0]) for x in words)
        return digits
    out = []
    for x in words:
        if x == 'two' and rng.random() < 0.25:
            x = rng.choice(['to', 'too'])
        elif x == 'four' and rng.random() < 0.25:
            x = 'for'
        out.append(x)
    return (', ' if len(out) > 2 and all(x in DIG_V or x in ('to', 'too', 'for') for x in out)
            and rng.random() < 0.4 else ' ').join(out)


def w_word(w, rng, loose=0.25):
    r = rng.random()
    if w in WORD_SPLIT and r < loose * 1.6:
        return WORD_SPLIT[w]
    if w in WORD_HOMOPHONE and r < loose:
        return WORD_HOMOPHONE[w]
    return w


def w_sym(s, rng, loose):
    if rng.random() < loose:
        return rng.choice(SYM_LOOSE[s])
    return SYM_LOOSE[s][0]


def w_piece(p, rng, mode):
    """One piece as Whisper writes it in protocol style. mode: fuzzy | natural."""
    k = p[0]
    loose = 0.35 if mode == 'fuzzy' else 0.3
    if k == 'sym':
        return w_sym(p[1], rng, loose)
    if k == 'num':
        return w_number(p[1], rng, 0.7 if mode == 'fuzzy' else 0.9)
    if k == 'esc' or (k == 'word' and p[1] in ALWAYS):
        return ('word, ' if rng.random() < 0.3 else 'word ') + p[1]
    if k == 'word':
        return w_word(p[1], rng)
    if k == 'spell':
        return w_letters(p[1], rng)
    if k == 'seg':
        parts = [w_piece(q, rng, mode) for q in p[1]]
        if all(q[0] == 'word' for q in p[1]) and rng.random() < 0.4:
            return ''.join(q[1] for q in p[1])
        return ' '.join(parts)
    if k == 'cap':
        sub = p[1]
        head = rng.choice(['capital', 'capital', 'Capital'])
        if sub[0] == 'spell' and len(sub[1]) == 1:
            return head + ' ' + sub[1].upper()
        inner = w_piece(sub, rng, mode)
        return head + ' ' + cap1(inner)
    if k == 'caps':
        sub = p[1]
        head = rng.choice(['all caps', 'all caps', 'all-caps', 'All caps'])
        if sub[0] == 'word':
            body = ('word ' + sub[1].upper()) if sub[1] in ALWAYS else \
                (sub[1].upper() if rng.random() < 0.7 else sub[1])
        else:
            body = w_letters(sub[1], rng)
        return head + ' ' + body
    if k == 'case':
        kind, parts = p[1], p[2]
        r = rng.random()
        if r < 0.25:
            head = {'camel': 'camelCase', 'pascal': 'PascalCase', 'snake': 'snake_case',
                    'screaming': 'screaming snake case', 'kebab': 'kebab-case'}[kind]
        else:
            head = kind + ' case'
        if kind == 'screaming' and head == 'screaming case' and r > 0.8:
            head = 'screaming case,'
        return head + ' ' + ' '.join(parts)
    raise ValueError(p)


def plain_lower(p):
    return p[0] in ('word', 'spell', 'num', 'glued') and not (p[0] == 'word' and p[1] in ALWAYS)


def token_units(tok, rng, mode, glue=0.3):
    """Protocol-style units of one token: [(text, piece)]; Whisper may glue dotted names."""
    units = [(w_piece(p, rng, mode), p) for p in tok]
    # Whisper writes report dot t x t as report.txt now and then
    i = 1
    while i < len(units) - 1:
        p = units[i][1]
        if p == ('sym', '.') and plain_lower(units[i - 1][1]) and plain_lower(units[i + 1][1]) \
                and rng.random() < glue:
            left = units[i - 1]
            ltxt = left[0] if left[1][0] == 'glued' else piece_text(left[1])
            txt = ltxt + '.' + piece_text(units[i + 1][1])
            units[i - 1:i + 2] = [(txt, ('glued', txt))]
        else:
            i += 1
    return units


# ================================================================ natural style (no "space")
OPS = {'|', '>', '>>', '<', '&&', '||'}


def group_item(g, rng):
    """Alnum pieces of one run -> (text, kind) in natural style, or None."""
    if len(g) == 1:
        p = g[0]
        k = p[0]
        if k == 'esc' or (k == 'word' and p[1] in ALWAYS):
            return ('word ' + p[1], 'W')
        if k == 'word':
            return (w_word(p[1], rng, 0.2), 'W')
        if k == 'seg' and all(q[0] == 'word' for q in p[1]):
            return (''.join(q[1] for q in p[1]), 'W')
        if k == 'spell':
            return (w_letters(p[1], rng, natural=True), 'L')
        if k == 'num':
            return (w_number(p[1], rng, 1.0).replace(' ', '').replace(',', ''), 'W')
        if k == 'cap' and p[1][0] == 'spell':
            s = p[1][1]
            return ('capital ' + s[0].upper() + ('' if len(s) == 1 else ' ' + w_letters(s[1:], rng, True)), 'L')
        if k == 'cap' and (p[1][0] == 'word' and p[1][1] not in ALWAYS or
                           p[1][0] == 'seg' and all(q[0] == 'word' for q in p[1][1])):
            return ('capital ' + cap1(piece_text(p[1])), 'W')
        if k == 'caps' and p[1][0] == 'word' and p[1][1] not in ALWAYS:
            return ('all caps ' + p[1][1].upper(), 'W')
        if k == 'caps' and p[1][0] == 'spell':
            return ('all caps ' + w_letters(p[1][1], rng, True), 'L')
        if k == 'case':
            return (w_piece(p, rng, 'natural'), 'W')
        return None
    if all(p[0] == 'spell' or (p[0] == 'cap' and p[1][0] == 'spell' and len(p[1][1]) == 1) for p in g):
        out = []
        for p in g:
            out.append(('capital ' + p[1][1].upper()) if p[0] == 'cap' else w_letters(p[1], rng, True))
        return (' '.join(out), 'L')
    if len(g) == 2:
        a, b = g
        if a[0] in ('spell', 'word') and b[0] == 'num' and (a[0] == 'word' or len(a[1]) <= 3):
            left = a[1].upper() if a[0] == 'spell' and rng.random() < 0.6 else a[1]
            return (left + b[1], 'W')
        if a[0] == 'num' and b[0] == 'spell' and len(b[1]) <= 2:
            return (a[1] + (b[1].upper() if rng.random() < 0.4 else b[1]), 'W')
    return None


def default_space(a, b):
    """The listener's default between two natural-style items (kinds)."""
    if b == 'F':
        return True
    if a == 'OP' or b == 'OP':
        return True
    if a in ('W', 'L') and b in ('W', 'L'):
        return not (a == 'L' and b == 'L')
    return False


def natural_token(tok, rng, first):
    """Items [(text, kind, pieces)] of one token in natural style, or None."""
    items = []
    i = 0
    while i < len(tok):
        p = tok[i]
        if p[0] == 'sym':
            s = p[1]
            if i == 0 and s in ('-', '--') and not first:
                txt = rng.choice(['dash', 'dash', 'minus']) if s == '-' else \
                    rng.choice(['dash dash', 'dash dash', 'double dash'])
                items.append((txt, 'F', [p]))
            elif s == '-':
                items.append(('hyphen', 'S', [p]))
            elif s == '--':
                items.append(('double hyphen', 'S', [p]))
            elif s in OPS:
                items.append((w_sym(s, rng, 0.3), 'OP', [p]))
            else:
                items.append((w_sym(s, rng, 0.3), 'S', [p]))
            i += 1
            continue
        j = i
        while j < len(tok) and tok[j][0] != 'sym':
            j += 1
        it = group_item(tok[i:j], rng)
        if it is None:
            return None
        items.append((it[0], it[1], tok[i:j]))
        i = j
    for a, b in zip(items, items[1:]):
        if default_space(a[1], b[1]):
            return None
    return items


def natural_core(toks, rng):
    """Natural-style rendering: list of tokens of items, and whether "space" is said before each."""
    out = []
    for n, tok in enumerate(toks):
        items = natural_token(tok, rng, n == 0)
        if items is None:
            return None
        out.append(items)
    seps = [False]
    for a, b in zip(out, out[1:]):
        seps.append(not default_space(a[-1][1], b[0][1]))
    return out, seps


def natural_listen(core):
    """Rebuild the command from natural-style items (the listener's spacing rules)."""
    toks, seps = core
    flat = []
    for n, items in enumerate(toks):
        if seps[n]:
            flat.append(('space', 'SP', None))
        flat.extend(items)
    out = ''
    prev = None
    for text, kind, pieces in flat:
        if kind == 'SP':
            out += ' '
            prev = None
            continue
        if prev is not None and default_space(prev, kind):
            out += ' '
        out += ''.join(piece_text(p) for p in pieces)
        prev = kind
    return out


# ================================================================ the speaker
OPENERS = ['Oké.', 'Oké,', 'Right.', 'Right,', 'Nou,', 'Typ even:', 'Run this:', 'Next one:',
           'On the box:', 'Dus,', 'Okay, on the bastion:', 'Give me', 'Command:', 'Alright, type:',
           'Nou, even:', 'Next:']
SIGNOFFS = ['Klaar.', "That's it.", 'Go.', 'Done.', "Dat was 'm.", 'Ship it.', 'Enter, please.']
FILLERS = ['eh', 'eh', 'eh', 'ehm', 'nou', 'dus', 'even kijken']
ASIDES = ['Hold on, pager again.', 'Sorry, Slack is pinging.', 'Who merged this on a Friday.',
          'Nou ja, whatever.', 'My coffee went cold.', 'This laptop is slow tonight.',
          'Incident channel is going mad.', 'Ugh, the kettle.', 'Not you, the other tab.',
          'Great, the graphs are red again.']
WORD_FIX = ['ik bedoel', 'I mean', 'eh, ik bedoel']            # replace the last item
TOKEN_FIX = ['nee wacht,', 'no wait,', 'wacht, nee,']          # scratch the current token
RESTART = ['Sorry, fout. Opnieuw:', 'Laat maar, from the top:', 'Nee, scratch that. Opnieuw:',
           'Sorry, fout, from the top:']
RESUME = ['waar was ik,', 'where was I,', 'waar was ik, eh,']   # restart the current token
HESITATE = ['eh...', 'even kijken...', 'ehm...', 'wacht even...']
SLIP = ['{nl}, eh, {en}', '{nl}, ik bedoel {en}', '{nl}... {en}']
MUTATE_WORDS = sorted(w for w in BASE_WORDS if 3 <= len(w) <= 8 and w not in RESERVED)
SWAP_SYM = {'-': '_', '_': '-', '.': '-', '/': '.', ':': '.', '=': ':'}


class Unit:
    def __init__(self, text, pieces, kind):
        self.text, self.pieces, self.kind = text, pieces, kind

    @property
    def alnum(self):
        return self.kind in ('P', 'W', 'L')


def protocol_core(toks, rng, glue):
    out = []
    for tok in toks:
        units = []
        for text, p in token_units(tok, rng, 'natural', glue):
            kind = 'G' if p[0] == 'glued' else ('PS' if p[0] == 'sym' else 'P')
            units.append(Unit(text, [p], kind))
        out.append(units)
    return out, [False] + [True] * (len(toks) - 1), 'protocol'


def build_core(toks, rng, p_natural):
    if rng.random() < p_natural:
        core = natural_core(toks, rng)
        if core is not None:
            cmd = ' '.join(''.join(piece_text(p) for p in tok) for tok in toks)
            assert natural_listen(core) == cmd, (cmd, core)
            items, seps = core
            return [[Unit(t, ps, k) for t, k, ps in it] for it in items], seps, 'natural'
    return protocol_core(toks, rng, 0.2)


def mutate(p, rng):
    k = p[0]
    if k == 'word':
        if p[1] in ALWAYS:
            return None
        w = rng.choice(MUTATE_WORDS)
        return ('word', w) if w != p[1] else None
    if k == 'spell':
        i = rng.randrange(len(p[1]))
        c = rng.choice('abcdefghklmnprstvwxz')
        if c == p[1][i]:
            return None
        return ('spell', p[1][:i] + c + p[1][i + 1:])
    if k == 'num':
        i = rng.randrange(len(p[1]))
        c = rng.choice('123456789' if i == 0 else '0123456789')
        if c == p[1][i]:
            return None
        return ('num', p[1][:i] + c + p[1][i + 1:])
    if k in ('cap', 'caps'):
        sub = mutate(p[1], rng)
        return (k, sub) if sub else None
    if k == 'case':
        parts = list(p[2])
        i = rng.randrange(len(parts))
        w = rng.choice(MUTATE_WORDS)
        if w == parts[i] or not plain_part(w):
            return None
        parts[i] = w
        return ('case', p[1], parts)
    if k == 'seg':
        parts = list(p[1])
        i = rng.randrange(len(parts))
        sub = mutate(parts[i], rng)
        if sub is None:
            return None
        parts[i] = sub
        return ('seg', parts)
    if k == 'sym' and p[1] in SWAP_SYM:
        return ('sym', SWAP_SYM[p[1]])
    return None


def rerender(unit, pieces, style, rng, first):
    """Text of a unit made of other pieces, in the same style; None if it cannot be said so."""
    if style == 'protocol':
        return w_piece(pieces[0], rng, 'natural')
    if unit.kind in ('W', 'L'):
        it = group_item(pieces, rng)
        return it[0] if it and it[1] == unit.kind else None
    if unit.kind == 'S' and pieces[0][1] not in ('-', '--') and pieces[0][1] not in OPS:
        return w_sym(pieces[0][1], rng, 0.3)
    return None


def wrong_unit(unit, style, rng, first, allow_sym):
    """A plausible slip for this unit: (text, pieces) or None."""
    if unit.kind not in ('P', 'W', 'L') and not (allow_sym and unit.kind in ('PS', 'S')):
        return None
    for _ in range(6):
        ps = list(unit.pieces)
        idx = [i for i, p in enumerate(ps) if p[0] != 'sym' or allow_sym]
        if not idx:
            return None
        i = rng.choice(idx)
        m = mutate(ps[i], rng)
        if m is None:
            continue
        ps[i] = m
        text = rerender(unit, ps, style, rng, first)
        if text and text != unit.text:
            return text, ps
    return None


def finish(chunks, rng, end_period):
    """Join chunks the way Whisper punctuates: commas, sentence capitals."""
    text = ' '.join(c for c in chunks if c)
    text = re.sub(r'\s+(\.\.\.|[,.:;?!])(?=\s|$)', r'\1', text)
    text = re.sub(r',\s*,', ',', text)
    text = re.sub(r'([.:])\s*,', r'\1', text)
    text = re.sub(r',(\s*[.:])', r'\1', text)
    if end_period and re.search(r'[A-Za-z0-9]$', text) and not re.search(r'\.\S+$', text):
        text += '.'
    text = re.sub(r'([.?!]|\.\.\.) ([a-z])', lambda m: m.group(1) + ' ' + m.group(2).upper(), text)
    text = text.strip()
    return text[0].upper() + text[1:]


def token_chunks(units):
    return [u.text for u in units]


# ================================================================ slices
def fuzzy_line(toks, rng):
    chunks = []
    for n, tok in enumerate(toks):
        if n:
            r = rng.random()
            chunks.append('space,' if r < 0.12 else 'space.' if r < 0.17 else 'space')
        for text, p in token_units(tok, rng, 'fuzzy', 0.3):
            if rng.random() < 0.04 and chunks and not chunks[-1].endswith(('.', ',')):
                chunks[-1] += ','
            chunks.append(text)
    return finish(chunks, rng, rng.random() < 0.3 and toks[-1][-1][0] != 'sym')


def signoff(chunks, rng):
    last = chunks[-1]
    if '.' in last.split()[-1]:
        chunks[-1] = last + ','
        chunks.append(rng.choice(SIGNOFFS).lower())
    else:
        if last[-1:].isalnum():
            chunks[-1] = last + '.'
        chunks.append(rng.choice(SIGNOFFS))


def join_tokens(per_tok, seps, rng, rate, most=2, asides=None):
    """Chunks of the whole command; fillers (and asides) only fall between tokens."""
    chunks = []
    n = 0
    for k, ch in enumerate(per_tok):
        if k and asides is not None and asides[0] == k:
            if chunks and chunks[-1][-1:].isalnum():
                chunks[-1] += ',' if '.' in chunks[-1].split()[-1] else '.'
            chunks.append(asides[1])
        elif k and n < most and rng.random() < rate:
            chunks.append(rng.choice(FILLERS) + ',')
            n += 1
        if seps[k]:
            chunks.append('space')
        chunks.extend(ch)
    return chunks


def natural_line(toks, rng):
    tokens, seps, style = build_core(toks, rng, 0.7)
    chunks = join_tokens([token_chunks(u) for u in tokens], seps, rng, 0.15)
    if rng.random() < 0.85:
        chunks.insert(0, rng.choice(OPENERS))
    end = toks[-1][-1][0] != 'sym'
    if rng.random() < 0.4:
        signoff(chunks, rng)
        end = False
    return finish(chunks, rng, end and rng.random() < 0.5), style


def chaotic_line(toks, rng):
    tokens, seps, style = build_core(toks, rng, 0.7)
    per_tok = [token_chunks(u) for u in tokens]
    pre = []          # chunks said before the command proper (false start)
    kinds = ['word', 'token', 'restart', 'partial']
    kind = rng.choices(kinds, [3, 3, 2, 2])[0]
    done = False
    touched = set()
    for _attempt in range(4):
        if kind == 'word':
            cands = [(k, j) for k, us in enumerate(tokens) for j, u in enumerate(us)
                     if u.kind in ('P', 'W', 'L', 'PS', 'S')]
            rng.shuffle(cands)
            for k, j in cands:
                u = tokens[k][j]
                wr = wrong_unit(u, style, rng, k == 0, allow_sym=True)
                if wr and (u.alnum or rng.random() < 0.5):
                    ch = per_tok[k]
                    ch[j] = '%s, %s %s' % (wr[0], rng.choice(WORD_FIX), u.text)
                    touched.add(k)
                    done = True
                    break
        elif kind == 'token':
            cands = [k for k, us in enumerate(tokens)
                     if style == 'protocol' or us[0].kind == 'F' or len(us) == 1]
            rng.shuffle(cands)
            for k in cands:
                us = tokens[k]
                alts = [j for j, u in enumerate(us) if u.alnum]
                if not alts:
                    continue
                j = rng.choice(alts)
                wr = wrong_unit(us[j], style, rng, k == 0, allow_sym=False)
                if not wr:
                    continue
                wrong = [u.text for u in us]
                wrong[j] = wr[0]
                fix = rng.choice(TOKEN_FIX)
                if rng.random() < 0.2:
                    fix = 'nee nee, wacht,'
                per_tok[k] = wrong[:-1] + [wrong[-1] + ','] + [fix] + per_tok[k]
                touched.add(k)
                done = True
                break
        elif kind == 'restart':
            m = rng.randint(1, max(1, min(3, len(tokens) - 1)))
            false = []
            for k in range(m):
                if seps[k]:
                    false.append('space')
                false.extend(u.text for u in tokens[k])
            alts = [j for j, u in enumerate(tokens[m - 1]) if u.alnum]
            if alts and rng.random() < 0.7:
                j = rng.choice(alts)
                wr = wrong_unit(tokens[m - 1][j], style, rng, m == 1, allow_sym=False)
                if wr:
                    idx = len(false) - len(tokens[m - 1]) + j
                    false[idx] = wr[0]
            pre = false + [rng.choice(HESITATE) if rng.random() < 0.4 else '...', rng.choice(RESTART)]
            done = True
        elif kind == 'partial':
            cands = [k for k, us in enumerate(tokens) if len(us) >= 2]
            if cands:
                k = rng.choice(cands)
                j = rng.randint(1, len(tokens[k]) - 1)
                mid = rng.choice(ASIDES) if rng.random() < 0.4 else rng.choice(HESITATE)
                per_tok[k] = [u.text for u in tokens[k][:j]] + [mid, rng.choice(RESUME)] + per_tok[k]
                touched.add(k)
                done = True
        if done:
            break
        kind = kinds[(kinds.index(kind) + 1) % 4]
    assert done, 'no trouble fits'
    # Dutch slip, caught at once
    if rng.random() < 0.5:
        cands = []
        for k, us in enumerate(tokens):
            if k in touched:
                continue
            if seps[k]:
                cands.append((k, -1, ' '))
            for j, u in enumerate(us):
                p = u.pieces[0]
                if u.kind in ('PS', 'S', 'F', 'OP') and p[1] in DUTCH_SYM:
                    cands.append((k, j, p[1]))
                elif u.kind in ('P', 'L') and len(u.pieces) == 1 and p[0] == 'spell' \
                        and len(p[1]) == 1 and p[1] in DUTCH_LETTER:
                    cands.append((k, j, 'letter'))
        if cands:
            k, j, what = rng.choice(cands)
            if j == -1:
                per_tok[k].insert(0, rng.choice(SLIP).format(nl='spatie', en='space'))
                seps = list(seps)
                seps[k] = False
            else:
                u = tokens[k][j]
                nl = DUTCH_LETTER[u.pieces[0][1]] if what == 'letter' else DUTCH_SYM[what]
                per_tok[k][j] = rng.choice(SLIP).format(nl=nl, en=per_tok[k][j])
            touched.add(k)
    aside = None
    free = [k for k in range(1, len(per_tok)) if k not in touched]
    if free and rng.random() < 0.25:
        aside = (rng.choice(free), rng.choice(ASIDES))
    chunks = list(pre) + join_tokens(per_tok, seps, rng, 0.12, asides=aside)
    if rng.random() < 0.7:
        op = rng.choice(OPENERS)
        if rng.random() < 0.2:
            op = op.rstrip('.,:') + ', ' + op.rstrip('.,:').lower() + ','
        chunks.insert(0, op)
    end = toks[-1][-1][0] != 'sym'
    if rng.random() < 0.3:
        signoff(chunks, rng)
        end = False
    return finish(chunks, rng, end and rng.random() < 0.4), style


# ================================================================ main
def dictable(cmd):
    if not cmd or not cmd.isascii() or '\t' in cmd or '  ' in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or any(ord(c) < 32 for c in cmd):
        return False
    try:
        said = clean_say(cmd)
    except ValueError:
        return False
    return len(said.split()) <= 48 and decode(said) == cmd


def pick(rng):
    with open(SRC, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f]
    pool = []
    seen = set()
    for n, row in enumerate(rows):
        c = row['command']
        if n % 3 == 0 and c not in seen and dictable(c):
            seen.add(c)
            pool.append(c)
    rng.shuffle(pool)
    chosen = []
    per_first = Counter()
    for c in pool:
        first = c.split()[0]
        if per_first[first] >= 2:
            continue
        per_first[first] += 1
        chosen.append(c)
        if len(chosen) == 400:
            break
    assert len(chosen) == 400, len(chosen)
    return chosen


def main():
    rng = random.Random(103)
    chosen = pick(rng)
    lines = []
    styles = Counter()
    for i, cmd in enumerate(chosen):
        toks = encode(cmd)
        slice_ = SLICES[i // 100]
        if slice_ == 'clean':
            said = clean_say(cmd)
            assert decode(said) == cmd, (cmd, said)
            assert re.fullmatch('[a-z]+( [a-z]+)*', said), said
        elif slice_ == 'fuzzy':
            said = fuzzy_line(toks, rng)
        elif slice_ == 'natural':
            said, style = natural_line(toks, rng)
            styles[slice_, style] += 1
        else:
            said, style = chaotic_line(toks, rng)
            styles[slice_, style] += 1
        lines.append({'input': said, 'command': cmd, 'slice': slice_, 'author': 'author103'})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + '\n')
    print('wrote %d lines to %s' % (len(lines), os.path.relpath(OUT, ROOT)))
    for s in SLICES:
        print('  %-8s %d' % (s, sum(1 for x in lines if x['slice'] == s)))
    print('  styles: ' + ', '.join('%s/%s=%d' % (a, b, n) for (a, b), n in sorted(styles.items())))


if __name__ == '__main__':
    main()
