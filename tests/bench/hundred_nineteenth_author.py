# ruff: noqa: E501, E731, UP032
"""Dictation test set, author119: "Kuan", a Taipei backend developer.

Writes assets/training/bash/author119.jsonl: 400 lines of
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author119"}
100 lines per slice, in that order.

Source and credit
-----------------
Every command is taken verbatim from assets/training/bash/pages_dev63_commands.jsonl,
which was built from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0.  Only 0-based lines n with n % 3 == 1 are used, for all four
slices.  A command is skipped when it is not ASCII, holds a tab or a double
space, is longer than 64 characters, or needs more than 48 spoken words in
the clean protocol below.  At most two commands share a first word and no
command appears twice.  One random.Random(119) drives everything, consumed
in a fixed order (shuffle of the allowed pool, then clean, fuzzy, natural,
chaotic lines in order), so reruns are byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
Kuan (Lin Kuan-yu), 31, backend developer at a payments start-up in
Neihu, Taipei.  Go and Python all day, Postgres and Redis, deploys to a
staging box over a VPN that drops.  He dictates because of a wrist strain.
His English is fluent but Mandarin leaks in: fillers ("nage", "en",
"jiushi", "suoyi", "dui", "hao"), correction words ("bu dui bu dui",
"wo shuo", "deng yixia"), a few symbol names in pinyin ("dian" = dot,
"xiegang" = slash, "jianhao" = minus/dash for a flag, "maohao" = colon,
"denghao" = equals, "xiahuaxian" = underscore, "kongge" = space) and,
now and then, digits in Mandarin ("ba ling ba ling" = 8080,
"yi er qi" = 127).  He never uses "er" as a filler (it is the digit two).

Voice, the same in every slice where it may appear:
  openers   "Hao, next one." / "Okay, next one." / "En, run this:" /
            "Nage, type" / "Suoyi now" / "Let me do" / "Can you type" /
            "Alright, this one:"
  fillers   nage, en, jiushi, suoyi, dui, "you know", "ah"
  sign-offs "Hao le." / "That's it." / "Okay, enter." / "Xie xie." /
            "Dui, that's all." / "Jiu zheyang."
  corrections (his own words)
            "bu dui bu dui" (the usual), "wo shuo" ("I mean"),
            "aiyo, wrong", "no no no", "sorry, I mean"
  restarts  "deng yixia, chong lai" (wait, again), "suan le, from the top",
            "aiya, let me start over"
  late fix  "oh, and at the end," / "wang le, at the end put"
  asides    "ai, the VPN dropped again", "this is for the staging box",
            "my manager wants this today", "hold on, Slack is pinging",
            "wait, my bubble tea", "zhege hen fan", "the aircon is so loud"
  stutter   he repeats the first word when he loses his place: "git... git"

2. The clean protocol (careful mode; what decode() in this file listens for)
---------------------------------------------------------------------------
The transcript is lower case, unpunctuated, and nothing but the command.
* "space" is said wherever the command has a space, and only there.  Every
  spoken item between two "space"s is glued together with nothing between.
* Symbols, always with these names:
    -  dash        .  dot          /  slash       \\ backslash
    |  pipe        *  star         !  bang        #  hash
    ~  tilde       @  at           $  dollar      %  percent
    ^  caret       &  ampersand    =  equals      +  plus
    :  colon       ;  semicolon    _  underscore  ,  comma
    "  quote       '  single quote `  backtick    ?  question mark
    ( )  open paren / close paren    { }  open brace / close brace
    [ ]  open bracket / close bracket
    <  less than   >  redirect     >>  append     &&  and and
  "--" is simply "dash dash", ".." "dot dot", "||" "pipe pipe", "2>" "two
  redirect".  Every ">" is "redirect", even inside quotes.
* Words.  A lower-case run of letters that Kuan would say as a word (the
  VOCAB list in this file: English words, common tool names such as git,
  docker, curl, sudo, yaml, json) is said as that word.  Anything else is
  split into the fewest pieces, each piece a VOCAB word of three letters
  or more, one of the short words to/go/in/up/my/me/no/on (only next to a
  longer word), or a single spelled letter: "rsync" -> "r sync",
  "changeme" -> "change me", "ls" -> "l s", "pdf" -> "p d f", "src" ->
  "s r c", "tmp" -> "t m p".  He never strands a three-letter word between
  spelled letters ("dedicated" is a word, not "d e d i cat e d").
  Converter names are "<format> to <format>": "pamtosrf" -> "p a m to s r
  f", "ppmtobmp" -> "p p m to b m p".  Abbreviations people spell
  (sql, env, api, http, ssh, html) are spelled.  Spelled letters are
  written as single lower-case letters; everything between two "space"s
  is glued, so "r sync" can only be rsync.
* A literal word that is also a protocol word (space, dash, dot, all,
  open, close, one, two ..., capital, case, sign, and, at, point, minus,
  literal, ...) is said "literal <word>": "--all" -> "dash dash literal
  all", "--one-file-system" -> "dash dash literal one dash file dash
  system".
* Case.  "capital x" makes one letter upper case, "capital <word>"
  capitalises the word's first letter ("capital mozilla" -> Mozilla).
  "all caps <word>" upper-cases one word ("all caps readme" -> README).
  An upper-case run that is not a word is spelled with "capital" on each
  letter ("UTF" -> "capital u capital t capital f").  Modifiers come
  before "literal": "capital literal open" -> Open.
* Case runs.  When a whole space-delimited chunk is two to four VOCAB
  words joined by "_" or by "-", Kuan says "snake case w1 w2" or
  "kebab case w1 w2"; the run lasts until the next "space" or the end
  ("output_executable" -> "snake case output executable",
  "write-gitignore" -> "kebab case write gitignore").  He never uses
  camel, pascal or screaming case.
* Numbers.  Digit words glue like everything else.
    one digit             the digit word
    two digits            a compound: "ten", "forty two", "thirty"
    X00, X000, XY000      "four hundred", "three thousand",
                          "twenty two thousand"
    8080-like, years, 1024/2048/4096
                          pairs: "eighty eighty", "twenty twenty four",
                          "ten twenty four"
    anything else, any run with a leading zero, and any run touching a
                          dot (versions, IP addresses) digit by digit:
                          "one two seven dot zero dot zero dot one"
  A tens word followed by one..nine is one number ("forty two" = 42);
  "hundred"/"thousand" append 00/000 to the number said just before.
  In careful mode he never uses Mandarin digits or pinyin symbol names.

3. Fuzzy (the same protocol, as Whisper really writes it)
--------------------------------------------------------
Still "space" between tokens, no framing and no fillers, but Kuan is a
little looser and Whisper does its usual things:
* symbol synonyms: minus / hyphen / jianhao for dash, period / point /
  dian for dot, forward slash / xiegang for slash, asterisk, equal sign,
  at sign, greater than, double dash, "under score", "semi colon";
* Whisper: sentence capital, commas after some "space"s, a final period;
  spelled letters as capitals ("LS", "L S"), single letters as homophones
  ("see", "you", "are", "why", "bee", "queue"); digits as numerals
  ("127", "1 2 7", "8080", "80 80", "3,000"), two/four as "to"/"for";
  proper nouns capitalised (GitHub, Python, JSON); compounds split
  ("local host", "user name", "file name", "read me") and some dots
  written as "." ("example.com") or double dash as "dash-dash".

4. Natural (how Kuan talks when not careful)
--------------------------------------------
No "space" between ordinary tokens, an opener (nine lines in ten),
sometimes a sign-off, now and then a filler between tokens (never inside
quotes).  He drops "literal": "dash dash all".  Symbol names loosen:
"dash" / "minus" / "jianhao" for the dash that starts a flag, "dash dash"
/ "double dash" for "--", but always "hyphen" for a dash inside a word
(his habit: a dash starts a flag, a hyphen joins), "dot" / "dian",
"slash" / "xiegang", "colon" / "maohao", "equals" / "equal sign" /
"denghao", "underscore" / "xiahuaxian", "tilde" (Whisper: "tilda"),
"redirect" / "greater than", "open quote ... close quote" / "end quote",
"open single quote".  Upper case: "capital F", "big F", "daxie F",
"Mozilla with a capital M", "all caps USER" / "TODO in all caps".
Lower-case letters are just spelled and Whisper writes them as capitals
("LS dash LA"), so only an announced capital is a capital; Whisper also
capitalises names (Ubuntu, Redis, Flask) that are lower case in the
command.  Numbers come out as Whisper numerals ("8080", "127.0.0.1");
a number that stands alone between symbols is now and then said in
Mandarin ("ba ling ba ling", "yi ling ling"), but never a lone "er".
His spacing cues:
* "together" / "lian qilai" / "all together" (and, inside a token only,
  "no space") right after a stretch of letters, words and digits that
  Whisper wrote apart but that is one piece: "SHA224 sum, together" =
  sha224sum, "R desktop, lian qilai" = rdesktop, "argument 1, together";
  letters and digits Whisper glues itself ("S2", "O3", "X1") need none;
* "space" / "kongge" before a token that starts with a gluing symbol
  (. / : = , _ @ ) ] } * % + ? ! ;), after a token that ends with one
  (/ . : = , _ @ ( [ { - ~ + * \\ !), and between two numbers;
* a lone "." is "dot, current folder", ".." "dot dot, parent folder".
Whisper sometimes writes a file name, a hyphenated word or a whole plain
path literally ("config.yaml", "newer-config", "docs/sdcard.img"), splits
compounds ("local host", "mark down") and writes IPs and versions as
numerals.

5. Chaotic
----------
Natural plus trouble, always rebuildable by a careful listener.  Each
line carries one or two of:
* word scope: a wrong path word or number, his correction word, then the
  right word and the rest of the token: "docs slash photo, bu dui bu dui,
  report dot PDF" - the correction replaces the last word only;
* flag scope: a whole wrong flag, the correction, the right flag:
  "dash V, wo shuo, dash Q";
* whole command: a false start of one to three tokens, "...", a restart
  phrase ("deng yixia, chong lai", "suan le, from the top", "aiya, let me
  start over"), then the full command;
* partial answer: everything but the last token, then "oh, and at the
  end," / "wang le, at the end put" and the last token;
and maybe a stutter on the first word ("PDFJAM... PDFJAM") and one aside
at a token boundary outside quotes.  Asides, fillers and wrong words never
reuse a word of the command, and asides hold no digits or symbol names.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev63_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author119.jsonl")
AUTHOR = "author119"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------- lexicon
SYM_WORD = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "redirect",
}
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
PINYIN_DIGIT = "ling yi er san si wu liu qi ba jiu".split()

# every word that takes part in any protocol phrase (facts + this speaker);
# a literal word from this set is said "literal <word>".
LEXICON = set(ONES) | set(TEENS) | set(TENS) | {
    "hundred", "thousand", "space", "literal", "dash", "minus", "hyphen",
    "dot", "period", "point", "slash", "forward", "backslash", "pipe",
    "star", "asterisk", "bang", "hash", "tilde", "at", "sign", "dollar",
    "percent", "caret", "ampersand", "equals", "equal", "plus", "colon",
    "semicolon", "underscore", "comma", "quote", "single", "backtick",
    "question", "mark", "open", "close", "paren", "brace", "curly",
    "bracket", "angle", "less", "than", "greater", "redirect", "double",
    "append", "and", "capital", "all", "caps", "camel", "snake", "pascal",
    "kebab", "screaming", "case",
}

# Runs of letters Kuan says as words.
VOCAB = set("""
about access account add address admin agent agents alias alice all allow
alpha alpine amass analysis android ansible apply app applet archive
argument aria artifact asset assemble assembly async attach auth author awk
axel back backend backup bar barcode base bash batch bats baz bin binary
binlog biome black blob board bob book boot box branch brew browser bucket
buffer build bun bundle button by cache calculator call cap capabilities
capture card cargo cast cat ceph chafa chain change changes channel chat
check checksum chroma chunk class clean clear client clone cloud cluster
code codespell color colors column command commit component compose
compress compute conda conf config configuration connect container content
context convert converter copy core corrupted cost count cradle crane
create credentials critical cron crystal cue curl daemon dart data
database date dead debug decode default delete deluge demo deploy
deployment describe destroy dev device diff dir disk dist dock docker docs
document domain domains done down download draft drop dump dust ebook echo
edit editor elixir email empty enter entry enum environment escape events
evacuate example exclude exec executable execute exercism exists exit
export express faces factorio factorize fail false feature features fetch
fiasco file filename files filesystem filter find firefox first fish fisher
fix flake flask flutter flux fold folder foo force format formatter fossil
frida from gamemode generate geometry get gimp gist git github gitlab
gitignore glob global gnome go graph grep groff group grow hard hardlink
harvester head header hello help hex home host hunter image import include
index info init initial input install instance instances interface
internal into item java jira julia keep key keychain keycode keyfile
keyring kill kite kube kustomize label last latest latex latte launch
layout lib license limine limited line link linux list load local
localhost locate lock lodash log logical login logs loop main make manage
manifest map mark master maze merge meta metadata method metric mic model
modify module mongo monitor more mount mozilla mutt my myapp mysql name
nano nest net network new newer newfile next nix node none notes numpy
only open opencode option options order org output owner package pal palm
paper params part partition pass password patch path pattern peer photo
pickle ping pip plan plasma play players pluma pool port post postgres
pretty print priority private process prod profile program project
projects prompt psalm publish pull push putty python quilt query queue
quiet quote rails rapper read readme realm real realpath reboot record
records redis reduce regex register registry reload remote remove rename
repair repo report requests require requirements resample reset
resolution resolve resource restart restore result return reverse rock
root rule rules run rust sample save scan scanner scenes scrape script
search secret secrets section sector select selection send serve server
service session set settings setup shadow share shell show shuffle sign
signature size skip sleep slop slots snap snapshot solve source spaces
speed spell split sponge start stat status stop store stow strings
strip submit submitted substring subtitles sudo sum summary sunset surge
swap swig switch sync system tab table tag tap tar tarball target task
telnet terminal test text the thumbnail ticket tidy time timeout timestamp
title to todo tofu token tool toolchain top torrent trace track
transmission tree trigger true turtle type typescript ubuntu uninstall
unix update upgrade upload upstream uptime user username users vagrant
verbose verify version video viewer vim vulkan wait walk warning watch
watchman web wheel whoami width wiggle windows wire word wordlist work
world write yaml yara year yes zip json mongod mongorestore
doctor podman poetry docker swift while read sleep pidof
absorb acquire activate algorithm analyze args ascii audio backups bicep
braille cheat checks clip comments completion compression contacts crush
crypt cypher developers diagnostics directory distribution doppler electron
elide emulator engine errors existing explain favicon funnel ghost height
ignore indent interlace john knife lang leave length location markdown
memory middleman midi mode nemo edges page parallel plot prefix rewrite
route running schema screen sides site stack stash strict subject symbols
train tunnel undo view without yank yolo wrapper website validate refresh
recursive required repository ratio snapshots tokens semaphore rector
referrers refs gradle terraform tailscale zabbix skopeo hakyll magick
nodemon meson lilypond rabbit shuttle cyclone verilog hipster keepass lint
ledger notify loader crack systems unexpand expand media machine readable
supervisor distro elastic cloudflare whatsapp wayland full scheme
packager hostname smooth dither options convert qemu pinky paru pueue
dolt koji ocaml opam maim manim dexter posh lure zerotier detox storm
contact errno image wipe charset builtin dropdb desktop radeon margin
much not noise auto self disconnect nowait dry
dedicated traffic issue max pacman squash bag kustomization long bridge micro com apptainer insta
""".split())
SHORT_PIECES = {"to", "go", "in", "up", "my", "me", "no", "on"}
# netpbm-style converter names are said "<format> to <format>"
FORMATS = set("""pbm pgm ppm pnm pam png bmp gem pict ilbm fiasco any biorad
pcdov rle palm sgi spu xpm lispm epsi escp winicon jpeg gif tiff xwd srf
lj sunicon""".split())

PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|[0-9]+|.")


def _dp(run, shorts, min_word=3):
    n = len(run)
    best = [None] * (n + 1)
    best[n] = (0, 0, [])
    for i in range(n - 1, -1, -1):
        cands = [(1, run[i])]
        for j in range(i + 2, n + 1):
            w = run[i:j]
            if w in LEXICON:
                continue
            if (len(w) >= min_word and w in VOCAB) or w in shorts:
                cands.append((j - i, w))
        opts = []
        for ln, w in cands:
            rest = best[i + ln]
            letters = rest[1] + (1 if ln == 1 else 0)
            opts.append((rest[0] + 1, letters, [w] + rest[2]))
        opts.sort(key=lambda o: (o[0], o[1], [-len(p) for p in o[2]]))
        best[i] = opts[0]
    return best[0][2]


def segment(run):
    """Split a lower-case letter run into spoken pieces (words / letters)."""
    if run in VOCAB:
        return [run]
    if run.startswith("to") and run[2:] in FORMATS:
        return ["to"] + segment(run[2:])
    for k in range(1, len(run) - 2):
        left, right = run[:k], run[k + 2:]
        if run[k:k + 2] == "to" and (left in FORMATS or right in FORMATS):
            return segment(left) + ["to"] + segment(right)
    pieces = _dp(run, SHORT_PIECES)
    for k, w in enumerate(pieces):
        nb = pieces[k - 1:k] + pieces[k + 1:k + 2]
        if w in SHORT_PIECES and not any(len(x) >= 3 for x in nb):
            return _dp(run, set())
        # a three-letter word stranded between spelled letters sounds wrong
        if len(w) == 3 and 0 < k < len(pieces) - 1 and all(len(x) == 1 for x in nb):
            return _dp(run, set(), 4)
    return pieces


# ------------------------------------------------------------ analysis
# A unit is a tuple:
#   ("word", w, case)   w lower-case, case in low/cap/up
#   ("letter", ch, up)  one spelled letter, up = upper case
#   ("num", digits, touches_dot)
#   ("sym", ch)

def analyze_token(tok):
    raw = PIECE_RE.findall(tok)
    units = []
    for k, p in enumerate(raw):
        if p.isdigit():
            near_dot = (k > 0 and raw[k - 1] == ".") or (k + 1 < len(raw) and raw[k + 1] == ".")
            units.append(("num", p, near_dot))
        elif p.isalpha():
            if p.islower():
                case = "low"
            elif p.isupper():
                case = "up"
            else:
                case = "cap"
            pieces = segment(p.lower())
            for m, w in enumerate(pieces):
                if len(w) == 1:
                    up = case == "up" or (case == "cap" and m == 0)
                    units.append(("letter", w, up))
                else:
                    if case == "up":
                        c = "up"
                    elif case == "cap" and m == 0:
                        c = "cap"
                    else:
                        c = "low"
                    units.append(("word", w, c))
        else:
            units.append(("sym", p))
    return units


def case_run(tok):
    """Return ("snake"|"kebab", parts) when the whole token is a case run."""
    for sep, name in (("_", "snake"), ("-", "kebab")):
        parts = tok.split(sep)
        if 2 <= len(parts) <= 4 and all(
                p and p.isalpha() and p.islower() and p in VOCAB and p not in LEXICON
                for p in parts):
            return name, parts
    return None


def two_digit(n):
    if n < 10:
        return [ONES[n]]
    if n < 20:
        return [TEENS[n - 10]]
    t = [w for w, v in TENS.items() if v == n - n % 10][0]
    return [t] if n % 10 == 0 else [t, ONES[n % 10]]


def say_number(d, digitwise=False):
    if digitwise or (len(d) > 1 and d[0] == "0") or len(d) > 5:
        return [ONES[int(c)] for c in d]
    n = int(d)
    if len(d) == 1:
        return [ONES[n]]
    if len(d) == 2:
        return two_digit(n)
    if len(d) == 3:
        if n % 100 == 0:
            return [ONES[n // 100], "hundred"]
        return [ONES[int(c)] for c in d]
    if len(d) == 4:
        if n % 1000 == 0:
            return [ONES[n // 1000], "thousand"]
        a, b = d[:2], d[2:]
        if b[0] != "0" and (a == b or n in (1024, 2048, 4096) or 1900 <= n <= 2099):
            return two_digit(int(a)) + two_digit(int(b))
        return [ONES[int(c)] for c in d]
    if n % 1000 == 0:
        return two_digit(n // 1000) + ["thousand"]
    return [ONES[int(c)] for c in d]


def say_word(w):
    return ["literal", w] if w in LEXICON else [w]


def clean_token(tok):
    cr = case_run(tok)
    if cr:
        return [cr[0], "case"] + cr[1]
    units = analyze_token(tok)
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if u[0] == "sym":
            if u[1] == ">" and nxt == ("sym", ">"):
                out.append("append")
                i += 2
                continue
            if u[1] == "&" and nxt == ("sym", "&"):
                out += ["and", "and"]
                i += 2
                continue
            out += SYM_WORD[u[1]].split()
        elif u[0] == "num":
            out += say_number(u[1], u[2])
        elif u[0] == "letter":
            out += (["capital", u[1]] if u[2] else [u[1]])
        else:
            pre = {"low": [], "cap": ["capital"], "up": ["all", "caps"]}[u[2]]
            out += pre + say_word(u[1])
        i += 1
    return out


def clean_render(cmd):
    words = []
    for k, tok in enumerate(cmd.split(" ")):
        if k:
            words.append("space")
        words += clean_token(tok)
    return " ".join(words)


# --------------------------------------------------------------- decode
PHRASE2 = {}
PHRASE1 = {}
for _ch, _w in SYM_WORD.items():
    (PHRASE2 if " " in _w else PHRASE1)[_w] = _ch
PHRASE1["append"] = ">>"
PHRASE2["and and"] = "&&"
DIGIT_WORD = {w: str(i) for i, w in enumerate(ONES)}


def decode(text):
    """The listener for Kuan's clean protocol (section 2 of the guide)."""
    w = text.split()
    out = []
    pending = None
    i = 0

    def emit(s):
        nonlocal pending
        if pending == "cap":
            s = s[:1].upper() + s[1:]
        elif pending == "up":
            s = s.upper()
        pending = None
        out.append(s)

    while i < len(w):
        x = w[i]
        two = " ".join(w[i:i + 2])
        if x == "space":
            out.append(" ")
            i += 1
        elif two in ("snake case", "kebab case"):
            sep = "_" if x == "snake" else "-"
            j = i + 2
            parts = []
            while j < len(w) and w[j] != "space":
                parts.append(w[j])
                j += 1
            out.append(sep.join(parts))
            i = j
        elif two == "all caps":
            pending = "up"
            i += 2
        elif x == "capital":
            pending = "cap"
            i += 1
        elif x == "literal":
            emit(w[i + 1])
            i += 2
        elif two in PHRASE2:
            out.append(PHRASE2[two])
            i += 2
        elif x in PHRASE1:
            out.append(PHRASE1[x])
            i += 1
        elif x in DIGIT_WORD:
            out.append(DIGIT_WORD[x])
            i += 1
        elif x in TEENS:
            out.append(str(10 + TEENS.index(x)))
            i += 1
        elif x in TENS:
            v = TENS[x]
            if i + 1 < len(w) and w[i + 1] in ONES[1:]:
                v += ONES.index(w[i + 1])
                i += 1
            out.append(str(v))
            i += 1
        elif x == "hundred":
            out.append("00")
            i += 1
        elif x == "thousand":
            out.append("000")
            i += 1
        else:
            emit(x)
            i += 1
    return "".join(out)


# ------------------------------------------------------------ selection
def allowed_pool():
    with open(POOL, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    seen = set()
    out = []
    for n, row in enumerate(rows):
        if n % 3 != 1:
            continue
        c = row["command"]
        if c in seen or not c.isascii() or "\t" in c or "  " in c:
            continue
        if len(c) > 64 or c != c.strip() or not c:
            continue
        if len(clean_render(c).split()) > 48:
            continue
        seen.add(c)
        out.append(c)
    return out


def choose(rng, n_total):
    pool = allowed_pool()
    rng.shuffle(pool)
    per_first = {}
    chosen = []
    for c in pool:
        fw = c.split(" ")[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        chosen.append(c)
        if len(chosen) == n_total:
            break
    assert len(chosen) == n_total, len(chosen)
    return chosen


# ------------------------------------------------------ shared helpers
def wpick(rng, options):
    """options: list of (value, weight); one rng.random() call."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for v, w in options:
        x -= w
        if x < 0:
            return v
    return options[-1][0]


def cmd_words(cmd):
    return {w.lower() for w in re.findall(r"[A-Za-z]+", cmd)}


PROPER = {
    "github": "GitHub", "gitlab": "GitLab", "python": "Python",
    "docker": "Docker", "ubuntu": "Ubuntu", "linux": "Linux",
    "firefox": "Firefox", "json": "JSON", "yaml": "YAML", "redis": "Redis",
    "postgres": "Postgres", "numpy": "NumPy", "flask": "Flask",
    "alice": "Alice", "bob": "Bob", "julia": "Julia", "windows": "Windows",
    "readme": "README", "mozilla": "Mozilla", "java": "Java",
    "android": "Android", "gnome": "GNOME", "whatsapp": "WhatsApp",
    "terraform": "Terraform", "gradle": "Gradle", "vagrant": "Vagrant",
    "ansible": "Ansible", "elixir": "Elixir", "rust": "Rust", "dart": "Dart",
    "flutter": "Flutter", "tailscale": "Tailscale", "cloudflare": "Cloudflare",
    "mysql": "MySQL", "ascii": "ASCII", "jira": "Jira", "john": "John",
    "zabbix": "Zabbix", "qemu": "QEMU", "ocaml": "OCaml", "typescript": "TypeScript",
    "wayland": "Wayland", "vulkan": "Vulkan", "electron": "Electron",
}
SPLITS = {
    "localhost": "local host", "username": "user name", "filename": "file name",
    "gitignore": "git ignore", "hardlink": "hard link", "keyfile": "key file",
    "wordlist": "word list", "toolchain": "tool chain", "filesystem": "file system",
    "timestamp": "time stamp", "checksum": "check sum", "tarball": "tar ball",
    "whoami": "who am I", "readme": "read me", "uptime": "up time",
    "hostname": "host name", "newfile": "new file", "myapp": "my app",
    "backend": "back end", "database": "data base", "keychain": "key chain",
    "markdown": "mark down", "nodemon": "node mon", "fullscreen": "full screen",
}
LETTER_HOMOPHONE = {"c": "see", "u": "you", "r": "are", "y": "why",
                    "b": "bee", "q": "queue"}


def whisper_word(w, rng, split_p):
    if w in SPLITS and rng.random() < split_p:
        return SPLITS[w]
    if w in PROPER and rng.random() < 0.7:
        return PROPER[w]
    return w


def dotted_numbers(units):
    """Mark runs num(.num)+ so Whisper can write them as one literal."""
    spans = []
    i = 0
    while i < len(units):
        if units[i][0] == "num":
            j = i
            while (j + 2 < len(units) and units[j + 1] == ("sym", ".")
                   and units[j + 2][0] == "num"):
                j += 2
            if j > i:
                spans.append((i, j))
            i = j + 1
        else:
            i += 1
    return spans


def plain_run(units, i):
    """A lower-case word or lower-case letter run starting at i, as Whisper
    would write it after a literal dot: (text, next index) or None."""
    if i >= len(units):
        return None
    u = units[i]
    if u[0] == "word" and u[2] == "low":
        return u[1], i + 1
    if u[0] == "letter" and not u[2]:
        j = i
        while j < len(units) and units[j][0] == "letter" and not units[j][2]:
            j += 1
        return "".join(x[1] for x in units[i:j]), j
    return None


# ----------------------------------------------------------------- fuzzy
FUZZY_SYM = {
    "-": [("dash", 67), ("minus", 14), ("hyphen", 13), ("jianhao", 6)],
    ".": [("dot", 66), ("period", 11), ("point", 10), ("dian", 8), ("", 5)],
    "/": [("slash", 70), ("forward slash", 20), ("xiegang", 10)],
    "~": [("tilde", 70), ("tilda", 30)],
    "*": [("star", 60), ("asterisk", 40)],
    "=": [("equals", 60), ("equal sign", 25), ("equals sign", 15)],
    "@": [("at", 60), ("at sign", 40)],
    "_": [("underscore", 80), ("under score", 20)],
    ";": [("semicolon", 70), ("semi colon", 30)],
    ">": [("redirect", 60), ("greater than", 40)],
    "$": [("dollar", 70), ("dollar sign", 30)],
    "\\": [("backslash", 70), ("back slash", 30)],
}


def fuzzy_number(d, digitwise, rng):
    spoken = say_number(d, digitwise)
    style = wpick(rng, [("num", 55), ("split", 20), ("words", 25)])
    if style == "num":
        if "thousand" in spoken and rng.random() < 0.5:
            return "{:,}".format(int(d))
        return d
    if style == "split":
        if digitwise or all(s in ONES for s in spoken):
            return " ".join(d) if len(d) > 1 else d
        # pairs / compounds written as separate numerals: "80 80", "3 thousand"
        out, cur = [], []
        for s in spoken:
            if s in ("hundred", "thousand"):
                if cur:
                    out.append(str(sum(cur)))
                    cur = []
                out.append(s)
                continue
            if s in TENS and cur:
                out.append(str(sum(cur)))
                cur = []
            if s in ONES:
                v = ONES.index(s)
            elif s in TEENS:
                v = 10 + TEENS.index(s)
            else:
                v = TENS[s]
            if cur and s in ONES and cur[-1] % 10 == 0 and cur[-1] >= 20:
                cur[-1] += v
            else:
                if cur:
                    out.append(str(sum(cur)))
                cur = [v]
        if cur:
            out.append(str(sum(cur)))
        return " ".join(out)
    words = []
    for s in spoken:
        if s == "two" and rng.random() < 0.3:
            s = rng.choice(["to", "too"])
        elif s == "four" and rng.random() < 0.3:
            s = "for"
        words.append(s)
    return " ".join(words)


def fuzzy_token(tok, rng):
    cr = case_run(tok)
    if cr:
        name = cr[0] if rng.random() < 0.8 else cr[0].capitalize()
        return name + " case " + " ".join(whisper_word(p, rng, 0.0) for p in cr[1])
    units = analyze_token(tok)
    spans = {i: j for i, j in dotted_numbers(units)}
    frags = []  # (text, glue_before)
    i = 0
    while i < len(units):
        u = units[i]
        if i in spans and rng.random() < 0.5:
            j = spans[i]
            frags.append(("".join(x[1] for x in units[i:j + 1]), False))
            i = j + 1
            continue
        if u[0] == "letter" and not u[2]:
            j = i
            while j < len(units) and units[j][0] == "letter" and not units[j][2]:
                j += 1
            letters = [x[1] for x in units[i:j]]
            if len(letters) == 1:
                ch = letters[0]
                opts = [(ch.upper(), 60), (ch, 15)]
                if ch in LETTER_HOMOPHONE:
                    opts.append((LETTER_HOMOPHONE[ch], 25))
                frags.append((wpick(rng, opts), False))
            else:
                style = wpick(rng, [("glued", 50), ("spaced", 35), ("lower", 15)])
                if style == "glued":
                    frags.append(("".join(letters).upper(), False))
                elif style == "spaced":
                    frags.append((" ".join(letters).upper(), False))
                else:
                    frags.append((" ".join(letters), False))
            i = j
            continue
        if u[0] == "letter":
            cap = wpick(rng, [("capital", 80), ("Capital", 10), ("capitol", 10)])
            frags.append((cap + " " + u[1].upper(), False))
        elif u[0] == "word":
            w = u[1]
            if u[2] == "cap":
                frags.append(("capital " + w.capitalize(), False))
            elif u[2] == "up":
                frags.append((wpick(rng, [("all caps", 70), ("all-caps", 30)]) + " " + w.upper(), False))
            elif w in LEXICON:
                frags.append(("literal " + w, False))
            else:
                frags.append((whisper_word(w, rng, 0.35), False))
        elif u[0] == "num":
            frags.append((fuzzy_number(u[1], u[2], rng), False))
        else:
            ch = u[1]
            nxt = units[i + 1] if i + 1 < len(units) else None
            if ch == "-" and nxt == ("sym", "-") and i == 0:
                frags.append((wpick(rng, [("dash dash", 55), ("double dash", 25),
                                          ("dash-dash", 20)]), False))
                i += 2
                continue
            if ch == ">" and nxt == ("sym", ">"):
                frags.append((wpick(rng, [("append", 70), ("double greater than", 30)]), False))
                i += 2
                continue
            if ch == "&" and nxt == ("sym", "&"):
                frags.append(("and and", False))
                i += 2
                continue
            if ch in FUZZY_SYM:
                name = wpick(rng, FUZZY_SYM[ch])
                if name == "":
                    run = plain_run(units, i + 1)
                    prev_ok = i > 0 and units[i - 1][0] in ("word", "letter")
                    if run is None or not prev_ok:
                        name = "dot"
                    else:
                        frags.append(("." + run[0], True))
                        i = run[1]
                        continue
            else:
                name = SYM_WORD[ch]
            frags.append((name, False))
        i += 1
    out = ""
    for text, glue in frags:
        if not out:
            out = text
        elif glue:
            out += text
        else:
            out += " " + text
    return out


def fuzzy_render(cmd, rng):
    parts = []
    for k, tok in enumerate(cmd.split(" ")):
        if k:
            parts.append(wpick(rng, [("space", 70), ("space,", 22), ("Space", 8)]))
        parts.append(fuzzy_token(tok, rng))
    text = " ".join(parts)
    text = text[:1].upper() + text[1:]
    if rng.random() < 0.55 and text[-1].isalnum():
        text += "."
    return text


# --------------------------------------------------------------- natural
OPENERS = [("Hao, next one.", True), ("Okay, next one.", True),
           ("En, run this:", False), ("Nage, type", False),
           ("Suoyi now", False), ("Let me do", False),
           ("Can you type", False), ("Alright, this one:", False),
           ("Hao.", True), ("Okay so,", False), ("Dui, next,", False)]
SIGNOFFS = ["Hao le.", "That's it.", "Okay, enter.", "Xie xie.",
            "Dui, that's all.", "Jiu zheyang."]
FILLERS = ["nage", "en", "jiushi", "suoyi", "you know", "ah", "dui"]
CUES_TOGETHER = [("together", 40), ("no space", 30), ("lian qilai", 20),
                 ("all together", 10)]
CUES_SPACE = [("space", 75), ("kongge", 25)]
GLUE_START = set("./:=,_@)]}*%+?!;")
GLUE_END = set("/.:=,_@([{-~+*\\!")

NAT_SYM = {
    "/": [("slash", 80), ("xiegang", 20)],
    "~": [("tilde", 50), ("tilda", 50)],
    ":": [("colon", 80), ("maohao", 20)],
    "=": [("equals", 60), ("equal sign", 20), ("denghao", 20)],
    "_": [("underscore", 80), ("xiahuaxian", 20)],
    ">": [("greater than", 50), ("redirect", 50)],
    "*": [("star", 70), ("asterisk", 30)],
    "@": [("at", 70), ("at sign", 30)],
}


class Ctx:
    def __init__(self):
        self.dq_open = False
        self.sq_open = False


def nat_number(d, near_dot, rng, pinyin_ok=True):
    if pinyin_ok and not near_dot and len(d) <= 4 and d != "2" and rng.random() < 0.14:
        return " ".join(PINYIN_DIGIT[int(c)] for c in d)
    return d


def nat_units(units, rng, ctx):
    """Render a token's units the way Kuan says them and Whisper writes them.
    Returns a string."""
    # fragments: list of [text, kind, glue_before]; kind: alnum|sym|cue
    frags = []
    stretch = []  # indices into frags of the current alnum stretch

    def close_stretch(final=False):
        texts = [frags[k] for k in stretch]
        spaced = any(not f[2] for f in texts[1:])
        if spaced:
            # at the end of a token "no space" could be heard as "no space
            # before the next token", so he only says it inside a token
            cues = [c for c in CUES_TOGETHER if not (final and c[0] == "no space")]
            frags.append([", " + wpick(rng, cues) + ",", "cue", True])
        stretch.clear()

    def add_alnum(text, kind_tag):
        glue = False
        if stretch:
            prev_tag = frags[stretch[-1]][3]
            if (prev_tag in ("letters", "capletter") and kind_tag == "num") or \
               (prev_tag == "num" and kind_tag == "letters"):
                glue = True
        frags.append([text, "alnum", glue, kind_tag])
        stretch.append(len(frags) - 1)

    i = 0
    n = len(units)
    # leading dashes of a flag
    if n >= 2 and units[0] == ("sym", "-") and units[1] == ("sym", "-"):
        frags.append([wpick(rng, [("dash dash", 50), ("double dash", 40),
                                  ("minus minus", 10)]), "sym", False, None])
        i = 2
    elif n >= 1 and units[0] == ("sym", "-"):
        frags.append([wpick(rng, [("dash", 60), ("minus", 20), ("jianhao", 20)]),
                      "sym", False, None])
        i = 1
    spans = {a: b for a, b in dotted_numbers(units)}
    while i < n:
        u = units[i]
        if u[0] != "sym":
            if i in spans and rng.random() < 0.8:
                j = spans[i]
                add_alnum("".join(x[1] for x in units[i:j + 1]), "num")
                i = j + 1
                continue
            if u[0] == "letter" and not u[2]:
                j = i
                while j < n and units[j][0] == "letter" and not units[j][2]:
                    j += 1
                add_alnum("".join(x[1] for x in units[i:j]).upper(), "letters")
                i = j
                continue
            if u[0] == "letter":
                pre = wpick(rng, [("capital", 40), ("big", 30), ("daxie", 30)])
                add_alnum(pre + " " + u[1].upper(), "capletter")
            elif u[0] == "word":
                w = u[1]
                if u[2] == "cap":
                    t = wpick(rng, [("capital " + w.capitalize(), 50),
                                    (w.capitalize() + " with a capital " + w[0].upper(), 50)])
                elif u[2] == "up":
                    t = wpick(rng, [("all caps " + w.upper(), 50),
                                    (w.upper() + " in all caps", 30),
                                    (w.upper() + ", all caps,", 20)])
                else:
                    t = whisper_word(w, rng, 0.3)
                add_alnum(t, "word")
            else:
                alone = (i == 0 or units[i - 1][0] == "sym") and (
                    i + 1 >= n or units[i + 1][0] == "sym")
                add_alnum(nat_number(u[1], u[2], rng, alone), "num")
            i += 1
            continue
        # symbols
        ch = u[1]
        nxt = units[i + 1] if i + 1 < n else None
        prev_alnum = bool(stretch)
        if stretch:
            close_stretch()
        if ch == "-" and not prev_alnum:
            if nxt == ("sym", "-"):
                frags.append([wpick(rng, [("dash dash", 60), ("double dash", 40)]),
                              "sym", False, None])
                i += 2
                continue
            frags.append([wpick(rng, [("dash", 70), ("minus", 30)]), "sym", False, None])
        elif ch == "-":
            if (nxt is not None and nxt[0] != "sym" and frags[-1][1] != "cue"
                    and rng.random() < 0.25):
                frags.append(["-", "sym", True, None])
                frags.append(["", "joiner", True, None])
            else:
                frags.append(["hyphen", "sym", False, None])
        elif ch == ".":
            run = plain_run(units, i + 1)
            if (prev_alnum and run is not None and frags[-1][1] != "cue"
                    and rng.random() < 0.3):
                frags.append(["." + run[0], "sym", True, None])
                i = run[1]
                continue
            frags.append([wpick(rng, [("dot", 75), ("dian", 25)]), "sym", False, None])
        elif ch == '"':
            if ctx.dq_open:
                t = wpick(rng, [("quote", 40), ("close quote", 40), ("end quote", 20)])
            else:
                t = wpick(rng, [("quote", 50), ("open quote", 50)])
            ctx.dq_open = not ctx.dq_open
            frags.append([t, "sym", False, None])
        elif ch == "'":
            if ctx.sq_open:
                t = wpick(rng, [("single quote", 60), ("close single quote", 40)])
            else:
                t = wpick(rng, [("single quote", 60), ("open single quote", 40)])
            ctx.sq_open = not ctx.sq_open
            frags.append([t, "sym", False, None])
        elif ch == ">" and nxt == ("sym", ">"):
            frags.append([wpick(rng, [("append", 60), ("double greater than", 40)]), "sym", False, None])
            i += 2
            continue
        elif ch == "&" and nxt == ("sym", "&"):
            frags.append(["and and", "sym", False, None])
            i += 2
            continue
        elif ch in NAT_SYM:
            frags.append([wpick(rng, NAT_SYM[ch]), "sym", False, None])
        else:
            frags.append([SYM_WORD[ch], "sym", False, None])
        i += 1
    if stretch:
        close_stretch(final=True)
    out = ""
    glue_next = False
    for f in frags:
        text, kind, glue = f[0], f[1], f[2]
        if kind == "joiner":
            glue_next = True
            continue
        if not out:
            out = text
        elif glue or glue_next:
            out += text
        else:
            out += " " + text
        glue_next = False
    return out


def nat_token(tok, rng, ctx):
    if tok == ".":
        return wpick(rng, [("dot, current folder,", 50), ("dian, current directory,", 25),
                           ("dot, the current folder,", 25)])
    if tok == "..":
        return "dot dot, parent folder,"
    if tok == "-":
        return wpick(rng, [("dash", 70), ("a lone dash", 30)])
    if tok == "|":
        return "pipe"
    if tok == "||":
        return "pipe pipe"
    if tok == "&&":
        return "and and"
    if tok == ">":
        return wpick(rng, NAT_SYM[">"])
    if tok == ">>":
        return wpick(rng, [("append", 60), ("double greater than", 40)])
    if (re.fullmatch(r"[a-z0-9_]+(?:[./][a-z0-9_]+)+/?", tok) and "/" in tok
            and rng.random() < 0.1):
        return tok  # Whisper wrote the path literally
    cr = case_run(tok)
    if cr and rng.random() < 0.5:
        sep = "hyphen" if cr[0] == "kebab" else "underscore"
        return (" " + sep + " ").join(cr[1])
    return nat_units(analyze_token(tok), rng, ctx)


def space_cue_needed(prev, tok):
    if tok in (".", ".."):
        return False
    if tok[0] in GLUE_START:
        return True
    if prev[-1] in GLUE_END and (tok[0].isalnum() or tok[0] in GLUE_START or tok[0] in "\"'~-"):
        return True
    if prev[-1].isdigit() and tok[0].isdigit():
        return True
    return False


def quote_free_boundaries(cmd):
    """For each token index k > 0: True when the space before it is outside
    any quotes (so a filler or aside may go there)."""
    free = [True]
    dq = sq = False
    for ch in cmd:
        if ch == '"' and not sq:
            dq = not dq
        elif ch == "'" and not dq:
            sq = not sq
        elif ch == " ":
            free.append(not (dq or sq))
    return free


def natural_pieces(cmd, rng):
    """Per token: [cue_before or '', rendered token, interruptible_before]."""
    ctx = Ctx()
    toks = cmd.split(" ")
    free = quote_free_boundaries(cmd)
    out = []
    for k, tok in enumerate(toks):
        cue = ""
        if k and space_cue_needed(toks[k - 1], tok):
            cue = wpick(rng, CUES_SPACE)
            if out[-1][1].endswith(", no space,"):
                out[-1][1] = out[-1][1][:-len("no space,")] + "together,"
        out.append([cue, nat_token(tok, rng, ctx), free[k]])
    return out


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip().rstrip(",").rstrip()
    text = re.sub(r" ,", ",", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r",\s*\.", ".", text)
    text = re.sub(r"\.\s*,", ".", text)
    text = re.sub(r":\s*,", ":", text)
    text = re.sub(r"\.\.+(?!\.)", "...", text) if "...." in text else text
    # capitalise after a sentence end
    text = re.sub(r"([.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text[:1].upper() + text[1:]


def join_pieces(pieces, rng, fillers, filler_p):
    parts = []
    used = 0
    for k, piece in enumerate(pieces):
        cue, body, free = piece[:3]
        if len(piece) > 3 and piece[3]:
            parts.append(", " + piece[3] + ",")
        elif k and free and fillers and used < 2 and rng.random() < filler_p:
            parts.append(", " + rng.choice(fillers) + ",")
            used += 1
        if cue:
            parts.append(", " + cue + ",")
        parts.append(body)
    return " ".join(parts)


def frame(body, rng, cmd):
    opener, sentence = (None, False)
    if rng.random() < 0.9:
        opener, sentence = rng.choice(OPENERS)
    text = body
    if opener:
        text = opener + " " + text
    if rng.random() < 0.45:
        text = text.rstrip(", ") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.7:
        text = text.rstrip(", ") + "."
    return tidy(text)


def safe_list(items, cmd):
    words = cmd_words(cmd)
    return [x for x in items if not (set(re.findall(r"[a-z]+", x.lower())) & words)]


def natural_render(cmd, rng):
    pieces = natural_pieces(cmd, rng)
    fillers = safe_list(FILLERS, cmd)
    body = join_pieces(pieces, rng, fillers, 0.12)
    return frame(body, rng, cmd)


# --------------------------------------------------------------- chaotic
CORRECTIONS = [("bu dui bu dui", 40), ("wo shuo", 20), ("aiyo, wrong", 10),
               ("no no no", 15), ("sorry, I mean", 15)]
RESTARTS = ["deng yixia, chong lai", "suan le, from the top",
            "aiya, let me start over", "deng yixia, deng yixia, chong lai"]
LATE = ["oh, and at the end,", "wang le, at the end put",
        "oh wait, and at the end,"]
ASIDES = ["ai, the VPN dropped again", "this is for the staging box",
          "my manager wants this today", "hold on, Slack is pinging",
          "wait, my bubble tea", "zhege hen fan", "the aircon is so loud",
          "aiya, why is this so long"]
LONG_FLAGS = ["verbose", "force", "quiet", "all", "output", "debug", "help",
              "recursive", "name", "file", "config", "dry-run", "user"]
WRONG_WORDS = ["data", "docs", "main", "test", "config", "backup", "notes",
               "photo", "report", "alpha", "demo", "output", "input", "build",
               "master", "staging", "deploy", "release", "logs", "home"]
FLAG_LETTERS = "vqfnrxsdlpo"


def wrong_flag(tok, rng):
    if tok.startswith("--"):
        name = re.split(r"[=]", tok[2:])[0]
        opts = [f for f in LONG_FLAGS if f != name]
        return "--" + rng.choice(opts)
    c = tok[1]
    opts = [x for x in FLAG_LETTERS if x != c.lower()]
    w = rng.choice(opts)
    return "-" + (w.upper() if c.isupper() else w)


def word_slots(tok):
    if '"' in tok or "'" in tok:
        return []
    units = analyze_token(tok)
    out = []
    for k, u in enumerate(units):
        edge_l = k == 0 or units[k - 1][0] == "sym"
        edge_r = k == len(units) - 1 or units[k + 1][0] == "sym"
        if not (edge_l and edge_r):
            continue
        if u[0] == "word" and u[2] == "low" and len(u[1]) >= 3 and u[1] not in LEXICON:
            out.append(k)
        elif u[0] == "num" and not u[2]:
            out.append(k)
    return out


def wrong_unit(u, rng):
    if u[0] == "word":
        return ("word", rng.choice([w for w in WRONG_WORDS if w != u[1]]), "low")
    d = u[1]
    pos = rng.randrange(len(d))
    digit = rng.choice([c for c in "0123456789" if c != d[pos] and not (pos == 0 and c == "0" and len(d) > 1)])
    return ("num", d[:pos] + digit + d[pos + 1:], u[2])


def chaotic_render(cmd, rng):
    toks = cmd.split(" ")
    n = len(toks)
    pieces = natural_pieces(cmd, rng)
    original = [list(p) for p in pieces]
    free = [p[2] for p in pieces]
    corr = lambda: wpick(rng, CORRECTIONS)

    flag_idx = [k for k, t in enumerate(toks)
                if re.match(r"^--?[A-Za-z]", t) and free[k]
                and (k + 1 >= n or free[k + 1])]
    word_idx = [k for k, t in enumerate(toks) if word_slots(t)
                and free[k] and (k + 1 >= n or free[k + 1])]
    kinds = []
    if flag_idx:
        kinds.append(("flag", 30))
    if word_idx:
        kinds.append(("word", 30))
    if n >= 2:
        kinds.append(("restart", 22))
    if n >= 3 and free[-1] and '"' not in toks[-1] and "'" not in toks[-1]:
        kinds.append(("late", 18))
    events = []
    if kinds:
        events.append(wpick(rng, kinds))
        rest = [kv for kv in kinds if kv[0] != events[0]]
        if rest and rng.random() < 0.3:
            events.append(wpick(rng, rest))

    if "flag" in events:
        k = rng.choice(flag_idx)
        wrong = nat_token(wrong_flag(toks[k], rng), rng, Ctx())
        pieces[k][1] = wrong + ", " + corr() + ", " + pieces[k][1]
    if "word" in events:
        choices = [k for k in word_idx if "flag" not in events or True]
        k = rng.choice(choices)
        units = analyze_token(toks[k])
        j = rng.choice(word_slots(toks[k]))
        s1 = nat_units(units[:j] + [wrong_unit(units[j], rng)], rng, Ctx())
        s2 = nat_units(units[j:], rng, Ctx())
        if "flag" in events and pieces[k][1] != original[k][1]:
            pass  # this token already carries a flag correction
        else:
            pieces[k][1] = s1 + ", " + corr() + ", " + s2
    stutter = rng.random() < 0.25
    if stutter:
        first = pieces[0][1].split(" ")[0].rstrip(",")
        if first and first[0].isalnum():
            pieces[0][1] = first + "... " + pieces[0][1]
    fillers = safe_list(FILLERS, cmd)
    asides = safe_list(ASIDES, cmd)
    if asides and rng.random() < 0.4:
        slots = [k for k in range(1, n) if free[k]]
        if slots:
            k = rng.choice(slots)
            pieces[k].append(rng.choice(asides))
    if "late" in events:
        body = join_pieces(pieces[:-1], rng, fillers, 0.15)
        body += ", " + rng.choice(LATE) + " " + pieces[-1][1]
    else:
        body = join_pieces(pieces, rng, fillers, 0.15)
    if "restart" in events:
        k = rng.randint(1, min(3, n - 1))
        false_start = join_pieces(original[:k], rng, [], 0.0)
        body = false_start + "... " + rng.choice(RESTARTS) + ". " + body
    if not events and not stutter:
        first = pieces[0][1].split(" ")[0].rstrip(",")
        body = first + "... " + rng.choice(RESTARTS) + ". " + body
    return frame(body, rng, cmd)


# ------------------------------------------------------------------ main
RENDER = {"clean": None, "fuzzy": fuzzy_render, "natural": natural_render,
          "chaotic": chaotic_render}


def build():
    rng = random.Random(119)
    commands = choose(rng, PER_SLICE * len(SLICES))
    rows = []
    for si, name in enumerate(SLICES):
        for cmd in commands[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if name == "clean":
                text = clean_render(cmd)
                assert decode(text) == cmd, (cmd, text, decode(text))
                assert text == text.lower() and re.fullmatch(r"[a-z ]+", text), text
            else:
                text = RENDER[name](cmd, rng)
            assert "\n" not in text and "\t" not in text
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    return rows


def main():
    rows = build()
    cmds = [r["command"] for r in rows]
    assert len(rows) == 400 and len(set(cmds)) == 400
    firsts = {}
    for c in cmds:
        firsts[c.split(" ")[0]] = firsts.get(c.split(" ")[0], 0) + 1
    assert max(firsts.values()) <= 2
    for name in SLICES:
        assert sum(r["slice"] == name for r in rows) == PER_SLICE
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=True) + "\n")
    print("wrote", len(rows), "lines to", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
