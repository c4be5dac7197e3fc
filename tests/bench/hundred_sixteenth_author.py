# ruff: noqa: B905
"""Dictation test set "author116": a Helsinki embedded-Linux developer
dictating shell commands to a voice-to-bash app.

Writes assets/training/bash/author116.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author116"}
100 per slice, in that order.  Run:  python3 tests/bench/hundred_sixteenth_author.py

Source and credit
-----------------
Every command is taken verbatim from assets/training/bash/
pages_dev62_commands.jsonl, which is derived from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0; credit to the
tldr-pages authors and contributors.  Only 0-based lines n with n % 3 == 1
are used, for all four slices.  Commands are skipped when they cannot
sensibly be dictated: non-ASCII, tabs, double spaces, leading/trailing
blanks, over 64 characters, or over 48 spoken words in the clean protocol.
All 400 commands are distinct and no first word appears more than twice.
One random.Random(116) drives everything, in a fixed order: the shuffle
that picks the commands, then the fuzzy, natural and chaotic renderings
(clean needs no randomness).  Reruns are byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
Mid-career embedded-Linux developer in Helsinki: Yocto images, serial
consoles, boards that will not boot.  Dictates in English, terse and dry,
with Finnish leaking out when not concentrating.  Never says please.
Says letters the way he learned them at school: "zed" for z, always.

  openers     No niin. / Noniin. / Okei. / Okei, so / Okei, next: / Right. /
              Next one. / Next: / Tota, / So. / Fine. / Let's see. / Then /
              Run / Type / Seuraava. ("next")
  sign-offs   That's it. / Enter. / And enter. / Done. / Go. / Kiitos. /
              Okei. / No niin. / That one.
  fillers     tota, tota noin, niinku, öö, ööh, öh, uh
  corrections eiku ("no I mean"), ei vaan ("no but"), siis ("I mean"),
              no wait, sorry, not that
  restarts    "eiku, from the top:", "ei vaan. Again:", "no. Scratch that:",
              "siis, the whole thing again:", "wrong one. Again:",
              "eiku, alusta. From the start:", "perkele. Again:"
  asides      don't ask, koska tietenkin ("because of course"), the board is
              sulking again, same as yesterday, classic Monday, why is it
              always this board, hetki ("a moment"), coffee's cold, yes, I know
  hesitation  öö, what was it... / tota, hetki... / and then, tota... /
              where did I put it, öö... / the rest is...
  Finnish symbol names (loose speech only): viiva = dash, piste = dot,
  kauttaviiva = slash, tähti = star.

2. The clean protocol, as this speaker uses it
----------------------------------------------
A careful transcript: lower case, no punctuation, only the command.
decode() below is the listener; every clean line satisfies
decode(input) == command.

Arguments.  "space" is said for every space in the command: between
arguments and for each space inside quotes.  Everything said between two
"space"s is glued together with no separator: "main dot p y" -> main.py,
"pid of" -> pidof, "t c p dump" -> tcpdump.

Words or letters.  A lowercase stretch is said as a word when it is a word
he would read aloud (English words and names such as grep, sudo, nginx,
numpy, yaml, json, obj, elf, wal; the LEXICON below), otherwise spelled.
Compounds are split into the fewest pieces: "tcpdump" = "t c p dump",
"pnmtopng" = "p n m to p n g", "objdump" = "obj dump", "readelf" = "read
elf".  When part of a stretch must be spelled he does not mix in tiny
words (no "c on k y"); only to, go, my, get, set, app, dev, log, net, web,
zip, tar, git, key, pam, run, add, fix, max, sum, pid, bin, dir, std, cat,
env, box, lab survive next to spelled letters, and only in stretches of
five letters or more.  Letters are plain letter names, written as the
single letter; z is "zed".

Symbols (one name each; decode() also accepts the synonyms in brackets):
  -  dash (minus, hyphen)       .  dot (period, point)
  /  slash (forward slash)      \\  backslash (back slash)
  |  pipe                       *  star (asterisk)
  !  bang                       #  hash
  ~  tilde                      @  at (at sign)
  $  dollar (dollar sign)       %  percent
  ^  caret                      &  ampersand
  =  equals (equals sign)       +  plus
  :  colon                      ;  semicolon
  _  underscore                 ,  comma
  "  quote (double quote)       '  single quote
  `  backtick (back tick)       ?  question mark
  ( ) open paren / close paren  { } open brace / close brace
  [ ] open bracket / close bracket
  <  less than (open angle)
  >  "redirect" outside quotes, "greater than" inside quotes (close angle)
  >> as a whole argument outside quotes: "append" (double greater than)
  && "and and"   || "pipe pipe"   -- "dash dash" (double dash)   .. "dot dot"
  2> "two redirect"   2>&1 "two redirect ampersand one"

Numbers.  A digit run is one number, said as:
  one digit                      -> the digit word ("five")
  leading zero or 5+ digits      -> digit by digit ("zero eight",
                                    "one two three four five")
  two digits                     -> compound ("ten", "forty two")
  three digits: round hundreds   -> "one hundred", "eight hundred"
                middle zero      -> digit by digit ("two zero four")
                otherwise        -> digit + compound ("six forty" = 640,
                                    "four forty three" = 443,
                                    "one ninety two" = 192)
  four digits:  round thousands  -> "three thousand"
                round hundreds   -> "fifteen hundred"
                both halves 10+  -> pairs ("ten twenty four" = 1024,
                                    "eighty eighty" = 8080,
                                    "fifty four thirty two" = 5432)
                otherwise        -> digit by digit ("two zero zero four")
The listener concatenates number units: "one twenty seven dot zero dot
zero dot one" -> 127.0.0.1, "x eighty six" -> x86, "ten m s" -> 10ms.

Casing.  Lowercase is the default.
  "capital X"   capitalises the next word or letter only:
                "capital write" -> Write, "capital x m x" -> Xmx
  "all caps"    upper-cases the following run: "all caps readme" -> README,
                "all caps p s n r" -> PSNR
  "camel case proxy port" -> proxyPort ("camel case no auth no priv" ->
                noAuthNoPriv), "pascal case v box manage" -> VBoxManage,
  "snake case" (three or more lowercase words joined by _),
  "kebab case" (three or more lowercase words joined by -, also after
                "dash dash": --remove-all-files),
  "screaming case" (UPPER_WORDS with _).
  A case run takes one spoken word per part and ends at the next protocol
  word (space, a symbol, a number, capital, another case word).  He uses a
  run only when every part is a word or a single letter; otherwise
  capital / all caps / underscore / dash piece by piece
  ("LM_Hash" = "all caps l m underscore capital literal hash").

Collisions.  A literal word that would be heard as protocol is preceded
by "literal": symbol names, number words, capital, literal, zed,
hundred/thousand after a number, the first word of a two-word form when
its partner follows (and and, all caps, single quote, less than, ...),
and "sign" after at/dollar/equals.  "at alpha:test" = "literal at space
alpha colon test"; "pw-dot" = "p w dash literal dot"; "--append" = "dash
dash literal append".  Such words are said whole only when they are the
entire lowercase stretch; inside a longer stretch he spells ("dotnet" is
a word of its own, "handlr" = "h a n d l r").

3. Loose (natural) speech
-------------------------
No "space" between arguments; the listener infers the gaps.  Names get
loose: minus / hyphen / viiva for dash, point / period / piste for dot,
forward slash / kauttaviiva for slash, asterisk / tähti for star, equal /
equals sign, at sign, dollar sign, greater than for redirect, double
greater than for append, double ampersand for &&, double dash for --.
A closing quote may be "end quote" or "unquote".  Words are said as
words, spelled things as letters, numbers as numbers.  Casing still only
comes from "capital", "all caps" and the case words; kebab and snake
identifiers may instead be said with dash / underscore between the parts.
One old scar: inside quotes, where a gap touches a symbol, he still says
"space" ("quote percent s space percent n end quote").  Fillers never go
inside quotes.

4. What Whisper does to him
---------------------------
Capitalises sentence starts and spelled letters ("LS", "L S", "Ls"); puts
commas at pauses and periods at the end; writes numerals ("1024",
occasionally "10 24"); glues what it recognises ("main.py", "--verbose",
"-v", "10.0.0.5", "https://example.com", "alice@example.com",
"localhost:5432"); hears lone letters as words (are, why, you, see, eye,
oh, ex, queue, bee, tea, pee, jay, kay, gee, vee, el, em, en, es, dee, ef,
double you), numbers as words (for, to, too, ate), and writes tilda,
carrot, capitol, re-direct, semi-colon, back slash, under score,
dash-dash, all-caps, camelcase / camel-case.  Finnish comes out with or
without umlauts and split or glued: tähti/tahti, eiku/ei ku/eikku,
ei vaan/ei van, no niin/noniin, niinku/niin ku, okei/okay.  In the Whisper
slices upper case written by Whisper means nothing; only the speaker's
case words mark capitals.

5. The slices
-------------
clean    The protocol of section 2, exactly; checked by decode().
fuzzy    The same protocol (every "space" still said) as Whisper writes
         it: section 4 applied, synonyms and Finnish symbol names mixed
         in, "literal" kept.  No framing, no fillers.
natural  Section 3 through section 4: an opener most of the time, a
         sign-off about half the time, 0-2 fillers between arguments.
chaotic  natural plus trouble, always at least one repair a careful
         listener can undo:
           flag/argument scope  "-x... ei vaan, -m 5"
           word scope           "docs slash notes, eiku, main dot pdf"
           whole command        "<wrong start>. Eiku, from the top: <cmd>"
           restart              "git com... again, git commit ..."
                                or a cut-off word "bzgr- bzgrep"
         and sometimes one more: an aside between arguments, a hesitation
         ("öö, what was it..."), or a cut-off stutter.  Nothing is inserted
         inside quotes.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "assets", "training", "bash", "pages_dev62_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author116.jsonl")
AUTHOR = "author116"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------
# Words the speaker says as words (everything else is spelled letter by
# letter).  A lowercase stretch of a command is split into the fewest
# pieces drawn from this list plus single letters.
# --------------------------------------------------------------------------
LEXICON = frozenset("""
abort absolute absorb accept access account accounts action active acyclic add address addresses
admin age agent air alias alice all allocate allow alpha alternatives amass analysis and ansible
api app append apple application apptainer apt arch architecture archive argos args argument arm
armor artifact as ascii aspect assembly assert assignee async at attach attack atuin audio audit
aura auth author authorize auto average awk axel back backend background backup backups bacon
balancers bang bar base bash batch bats beep below bench betty bin binaries binary bind bisect
bit bitcoin blight block blood bloodhound bob book boot bootstrap bore box brew bridge browse
browser bucket budget build building bun bundle burp buzz by byte bytes cache calc call cancel
cap capability capital capitalize caption capture caret cargo case cast cat change chars chat
check checker checksum cherry chess chmod chown chromium clam class classes clean cleanup
cleared client clip clipboard clippy cloc clone close cloud cluster code cognitive cognito
collection colon color column columns com comby comma command commit compare compiler complete
component components compose composer compress compressed compression compute conda condition
conf config configuration conky connect console consumer contacts container content context
continue controller convert cookie copyright core cosign cost count course coverage crack crane
crash crater crawl create creds cron crypt crypto crystal curl current cut daemon dart dash data
database dataset date deauth debug decode decrypt default delay delete delimiter delta deluge
demo dependencies depends deploy depot depth describe description dest detach determinism dev
developers device diff dir directories directory dirname disk dismiss display dissect distro
distrobox dither do dock docker docs doctor dollar domain done doppler dos dot dotnet double
download draft driver drop dry dump dupe dupes duration east ebook echo edit editor eight eighty
elastic electron eleven elf elvish email emerge emu emulate enable encode encoded encrypted
enforce enroll entity env environment envoy equals error errors europe eval events evolog
example exec executable exercism exit expand expect expires export exports express extent
extents extract fail fast feature fedora fermat fetch field fifty fig file filename files filter
find first fits five fix fixed fixer flac flash flask flate flood flow flux fold folder follow
font fonts foo for force format forty forward fossil four frame free frida from full fuzz gamma
gem gen generate get gif gist git github gitlab global gnome go gradle grant graph graphic grep
group grub grubby grunt halt hard hash hashcat hashes head header hello help hex high highlight
hist home host hound htop hub hundred hunter hup hyper hyphen ident identifier idle if ignore
image images import in include includes indent index individual info inhibit init initial
initialize inkscape inline inode input inspect install installed instance instances intel
interactive interesting interface internal intro introspect invert iotop is issuer it item jar
java jenkins jira job jobs joe join journal jpeg json jumps just kaggle katana keep kernel key
keygen keypair keys kill kismet kite kiterunner knock kube lab lambo lame landscape lang
language latest latte launch layout length less let level library lilypond limit line linear
lines link linode lint list lit literal live llama load local localhost lodash log login logout
logs long loop lynx machine magick mail main make malloc man manage manifest mark markdown mask
mat match mate matrix max me membership memory menu merge mesh meson message messages meta
metadata meter method metric micro mid migrate mime mini minus mirror missing mixer mod mode
model models module mongo mono montage most mount mountpoint move multi multipass my nag name
named namespace nano nautilus net network new next nginx nine ninety ninja no node noise non
none note notes now nuclei number numpy obj object ocaml of okular on one onefetch only open
options or orca org origin out output overlay own owner package pacman page palm pam pangolin
parallel paranoia paris parquet parse parser partition pass passage password passwords paste
patch path pattern pause peco percent period perl permissions photo phrase pick pid ping pinky
pip pipe pipelines pixel platform play playback plug plugins plus pod podman poetry point policy
pool port portal position post postgres power prefix preflight presign pretty preview prices
primary print printf priority private probe process profile program project projects prompt
property provider prowler proxy public publish pull pulse pulumi puppet purge push put python
quarto query question quick quiet quit quota quote rabbit racket radix rafter rails random range
ranges rate raw rawhide rclone read readme realms reason rebase reboot receipt record recovered
rector recursive redirect redis refresh regex region register reinstall release reload remap
remember remote remove rename render repair reply repo report repos repository requests require
resolution resolve resource resources restart restore result results return reverse roles root
row ruby rule run runner runtime rust sails sandbox save say scaffold scale scan scene scheme
scrapy screen screenshot script scrub search seconds secret sector seed select send sensors
separate serve server service services session set settings setup seven seventy shadow share
shark shear shell shelly ship show shuttle sign signature simple single site six sixty size
skeleton skip skips skopeo slash snapshot snapshots socket sort sound source sources space spark
speed sphinx sponge sport sprint squash squid ssh stacks staff star starship start startup stat
state stats status std step stop storage store strategy string strings strip style stylesheet
sublist submission submit sudo suite sulogin sum summary super support surf swap sway sym sync
syntax system tables tabs tag tags tail tailscale tar tarball target task tasks tee tegra
template templates ten term terraform tesseract test text than theme then thirty this thousand
three thrift thumbnail thunderbird tidy tiff tilde time timezone timidity title to todo token
toml tool toolbox toolchain tools torrent total trace track train transcode transfer transform
translate translation transmission trash tree true trunk try tunnel twelve twenty two type typo
ubuntu uncompress undefine unflatten uninstall union unison units unix unsign untag unzip up
update upload upstream uptime usage user username usernames users util uvicorn vagrant valid
validate validator value variable vector vectorize vendor verb verbose verbosity verify version
versions video view viewer vim virtual visualize volume volumes vote vue vulkan wait waitress
wal wall wallpaper warning warnings warts watch way waypipe web website what while whisper
whoami why width window wine with without word wordlist words work worker workgroup world write
yaml yank yara yarn year yes yolo zapier zero zeroclaw zinc zip zone zones zoxide
""".split())

# --------------------------------------------------------------------------
# The protocol vocabulary (what decode() understands)
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NUMWORDS = set(ONES) | set(TEENS) | set(TENS[2:])

# one spoken word -> one symbol (the decoder also accepts the synonyms)
SINGLE = {
    "space": " ", "dash": "-", "minus": "-", "hyphen": "-",
    "dot": ".", "period": ".", "point": ".",
    "slash": "/", "backslash": "\\", "pipe": "|",
    "star": "*", "asterisk": "*", "bang": "!", "hash": "#", "tilde": "~",
    "at": "@", "dollar": "$", "percent": "%", "caret": "^",
    "ampersand": "&", "equals": "=", "plus": "+", "colon": ":",
    "semicolon": ";", "underscore": "_", "comma": ",", "quote": '"',
    "backtick": "`", "redirect": ">", "append": ">>",
}
# several spoken words -> one symbol (longest first)
MULTI = [
    (("double", "greater", "than"), ">>"),
    (("and", "and"), "&&"),
    (("double", "dash"), "--"),
    (("double", "quote"), '"'),
    (("single", "quote"), "'"),
    (("back", "tick"), "`"),
    (("back", "slash"), "\\"),
    (("forward", "slash"), "/"),
    (("question", "mark"), "?"),
    (("open", "paren"), "("), (("close", "paren"), ")"),
    (("open", "brace"), "{"), (("close", "brace"), "}"),
    (("open", "bracket"), "["), (("close", "bracket"), "]"),
    (("open", "angle"), "<"), (("close", "angle"), ">"),
    (("less", "than"), "<"), (("greater", "than"), ">"),
]
CASES = {
    ("all", "caps"): "upper", ("camel", "case"): "camel",
    ("pascal", "case"): "pascal", ("snake", "case"): "snake",
    ("kebab", "case"): "kebab", ("screaming", "case"): "screaming",
}
SIGNED = {"at", "dollar", "equals"}      # "at sign", "dollar sign", ...
PROTOCOL_SINGLE = set(SINGLE) | NUMWORDS | {"capital", "literal", "zed"}


def _multi_at(w, i):
    for words, sym in MULTI:
        if tuple(w[i:i + len(words)]) == words:
            return words, sym
    return None


def _case_at(w, i):
    key = tuple(w[i:i + 2])
    return CASES.get(key)


def starts_protocol(w, i):
    """True when the word at i begins a protocol item (ends a case run)."""
    t = w[i]
    if t in PROTOCOL_SINGLE and t != "zed":
        return True
    return _multi_at(w, i) is not None or _case_at(w, i) is not None


def _cap(s):
    return s[:1].upper() + s[1:]


def _read_number(w, i):
    """One number unit -> (digits, next index)."""
    t = w[i]
    nxt = w[i + 1] if i + 1 < len(w) else None
    if t in ONES:
        d = str(ONES.index(t))
        if nxt == "hundred":
            return d + "00", i + 2
        if nxt == "thousand":
            return d + "000", i + 2
        return d, i + 1
    if t in TEENS:
        v, i = str(10 + TEENS.index(t)), i + 1
    else:
        tens = TENS.index(t)
        if nxt in ONES[1:]:
            v, i = str(tens * 10 + ONES.index(nxt)), i + 2
        else:
            v, i = str(tens * 10), i + 1
    if i < len(w) and w[i] == "hundred":
        return v + "00", i + 1
    return v, i


def decode(text):
    """The listener for this speaker's clean protocol."""
    w = text.split()
    out = []
    i, n = 0, len(w)
    while i < n:
        t = w[i]
        if t == "literal":
            out.append(w[i + 1])
            i += 2
            continue
        style = _case_at(w, i)
        if style:
            i += 2
            comps = []
            while i < n:
                if w[i] == "literal":
                    comps.append(w[i + 1])
                    i += 2
                    continue
                if starts_protocol(w, i):
                    break
                comps.append("z" if w[i] == "zed" else w[i])
                i += 1
            if style == "upper":
                out.append("".join(comps).upper())
            elif style == "camel":
                out.append(comps[0] + "".join(_cap(c) for c in comps[1:]))
            elif style == "pascal":
                out.append("".join(_cap(c) for c in comps))
            elif style == "snake":
                out.append("_".join(comps))
            elif style == "kebab":
                out.append("-".join(comps))
            else:
                out.append("_".join(comps).upper())
            continue
        m = _multi_at(w, i)
        if m:
            out.append(m[1])
            i += len(m[0])
            continue
        if t in NUMWORDS:
            digits, i = _read_number(w, i)
            out.append(digits)
            continue
        if t == "capital":
            j = i + 1
            if w[j] == "literal":
                j += 1
            word = "z" if (w[j] == "zed" and w[j - 1] != "literal") else w[j]
            out.append(_cap(word))
            i = j + 1
            continue
        if t in SINGLE:
            out.append(SINGLE[t])
            i += 1
            if t in SIGNED and i < n and w[i] == "sign":
                i += 1
            continue
        out.append("z" if t == "zed" else t)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# Encoder: command -> units (each unit knows its exact text and its clean
# spoken words).  Unit kinds:
#   sp   a space between arguments          lw   a lowercase stretch
#   n    a digit run                        s    a symbol (or && || >>)
#   cap  a Capitalised stretch / capital    up   an ALL CAPS stretch
#   run  a camel/pascal/snake/kebab/screaming identifier
# --------------------------------------------------------------------------
SYM_CLEAN = {
    "-": ["dash"], ".": ["dot"], "/": ["slash"], "\\": ["backslash"],
    "|": ["pipe"], "*": ["star"], "!": ["bang"], "#": ["hash"],
    "~": ["tilde"], "@": ["at"], "$": ["dollar"], "%": ["percent"],
    "^": ["caret"], "&": ["ampersand"], "=": ["equals"], "+": ["plus"],
    ":": ["colon"], ";": ["semicolon"], "_": ["underscore"],
    ",": ["comma"], '"': ["quote"], "'": ["single", "quote"],
    "`": ["backtick"], "?": ["question", "mark"],
    "(": ["open", "paren"], ")": ["close", "paren"],
    "{": ["open", "brace"], "}": ["close", "brace"],
    "[": ["open", "bracket"], "]": ["close", "bracket"],
    "<": ["less", "than"], ">": ["redirect"],
    ">>": ["append"], "&&": ["and", "and"], "||": ["pipe", "pipe"],
}


def letter_word(ch):
    return "zed" if ch == "z" else ch


SHORT_OK = {"to", "go", "my", "get", "set", "app", "dev", "log", "net", "web",
            "zip", "tar", "git", "key", "pam", "run", "add", "fix", "max",
            "sum", "pid", "bin", "dir", "std", "cat", "env", "box", "lab"}
# words that are also protocol words: said (with "literal") only when they
# are the whole lowercase stretch, never as a piece of a longer one
COLLIDING = PROTOCOL_SINGLE | {"hundred", "thousand", "sign", "and", "all",
                               "double", "single", "back", "forward", "open",
                               "close", "question", "less", "greater", "than",
                               "camel", "snake", "pascal", "kebab",
                               "screaming", "case", "caps", "mark"}


def _split(s, allow_short):
    n = len(s)
    best = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, lets, parts = best[i]
        cands = [(s[i], True)]
        for j in range(i + 2, n + 1):
            piece = s[i:j]
            if piece not in LEXICON:
                continue
            if allow_short is None and len(piece) <= 3:
                continue
            if allow_short is False and len(piece) <= 3 and piece not in SHORT_OK:
                continue
            if piece in COLLIDING and (i, j) != (0, n):
                continue
            cands.append((piece, False))
        for piece, is_letter in cands:
            extra = 2 if (not is_letter and piece in PROTOCOL_SINGLE) else 1
            key = (cost + extra, lets + (1 if is_letter else 0),
                   parts + [(piece, is_letter)])
            j = i + len(piece)
            if best[j] is None or key[:2] < best[j][:2]:
                best[j] = key
    return best[n][2]


def split_lower(s):
    """Fewest spoken pieces for a lowercase stretch: [(piece, is_letter)].
    When some of it has to be spelled, short words are only kept if they
    are in SHORT_OK (and the stretch is at least five letters long)."""
    parts = _split(s, True)
    if any(is_l for _, is_l in parts) and any(
            not is_l and len(p) <= 3 and (p not in SHORT_OK or len(s) < 5)
            for p, is_l in parts):
        parts = _split(s, False if len(s) >= 5 else None)
    return parts


def say_lower(s):
    return [(letter_word(p) if is_l else p, not is_l)
            for p, is_l in split_lower(s)]


def two_digits(v):
    if v < 20:
        return [TEENS[v - 10]]
    t, u = divmod(v, 10)
    return [TENS[t]] + ([ONES[u]] if u else [])


def say_number(ds):
    digits = [ONES[int(c)] for c in ds]
    if len(ds) == 1 or ds[0] == "0" or len(ds) > 4:
        return digits
    v = int(ds)
    if len(ds) == 2:
        return two_digits(v)
    if len(ds) == 3:
        if v % 100 == 0:
            return [ONES[v // 100], "hundred"]
        if ds[1] == "0":
            return digits
        return [ONES[v // 100]] + two_digits(v % 100)
    if v % 1000 == 0:
        return [ONES[v // 1000], "thousand"]
    a, b = divmod(v, 100)
    if b == 0:
        return two_digits(a) + ["hundred"]
    if b >= 10:
        return two_digits(a) + two_digits(b)
    return digits


def _sayable_comp(c):
    c = c.lower()
    return len(c) == 1 or c in LEXICON


RUN_RES = [
    ("snake", re.compile(r"(?<![A-Za-z0-9_])[a-z]+(?:_[a-z]+){2,}(?![A-Za-z_])")),
    ("screaming", re.compile(r"(?<![A-Za-z0-9_])[A-Z]{2,}(?:_[A-Z]{2,})+(?![A-Za-z_])")),
    ("kebab", re.compile(r"(?<![A-Za-z0-9_])[a-z]+(?:-[a-z]+){2,}(?![A-Za-z0-9_-])")),
    ("camel", re.compile(r"(?<![A-Za-z])[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z])")),
    ("pascal", re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]*){2,}(?![A-Za-z])")),
]


def _run_comps(style, text):
    if style in ("snake", "screaming"):
        comps = text.split("_")
    elif style == "kebab":
        comps = text.split("-")
    else:
        comps = re.findall(r"[A-Z]?[a-z]*", text)
        comps = [c for c in comps if c]
        if style == "pascal":
            if sum(len(c) > 1 for c in comps) < 2:
                return None
            if any(len(a) == 1 and len(b) == 1 for a, b in zip(comps, comps[1:])):
                return None
    if not all(_sayable_comp(c) for c in comps):
        return None
    return [c.lower() for c in comps]


def find_runs(tok):
    spans = []
    for style, rx in RUN_RES:
        for m in rx.finditer(tok):
            if any(m.start() < e and s < m.end() for s, e, _, _ in spans):
                continue
            comps = _run_comps(style, m.group())
            if comps:
                spans.append((m.start(), m.end(), style, comps))
    return sorted(spans)


LETTER_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _letters_units(seg):
    if seg.islower():
        return [{"k": "lw", "text": seg, "parts": split_lower(seg),
                 "say": say_lower(seg)}]
    if len(seg) == 1:
        return [{"k": "cap", "text": seg, "say": [("capital", False),
                                                  (letter_word(seg.lower()), False)]}]
    if seg.isupper():
        low = seg.lower()
        return [{"k": "up", "text": seg, "parts": split_lower(low),
                 "say": [("all", False), ("caps", False)] + say_lower(low)}]
    low = seg.lower()
    said = say_lower(low)
    return [{"k": "cap", "text": seg, "parts": split_lower(low),
             "say": [("capital", False)] + said}]


def token_units(tok, quote_state):
    """Units of one space-free token. quote_state is a one-item list."""
    if tok in (">>", "&&", "||") and not quote_state[0]:
        return [{"k": "s", "text": tok, "say": [(x, False) for x in SYM_CLEAN[tok]]}]
    units = []
    runs = find_runs(tok)
    pos = 0
    for start, end, style, comps in runs + [(len(tok), len(tok), None, None)]:
        chunk = tok[pos:start]
        for m in re.finditer(r"[A-Za-z]+|[0-9]+|.", chunk):
            g = m.group()
            if g[0].isalpha():
                for seg in LETTER_RE.findall(g):
                    units.extend(_letters_units(seg))
            elif g[0].isdigit():
                units.append({"k": "n", "text": g,
                              "say": [(x, False) for x in say_number(g)]})
            else:
                if g == ">" and quote_state[0]:
                    words = ["greater", "than"]
                else:
                    words = SYM_CLEAN[g]
                u = {"k": "s", "text": g, "say": [(x, False) for x in words]}
                if g in "\"'":
                    if quote_state[0] == g:
                        u["close"] = True
                        quote_state[0] = None
                    elif not quote_state[0]:
                        u["open"] = True
                        quote_state[0] = g
                units.append(u)
        if style:
            units.append({"k": "run", "text": tok[start:end], "style": style,
                          "comps": comps,
                          "say": [({"screaming": "screaming", "snake": "snake",
                                    "kebab": "kebab", "camel": "camel",
                                    "pascal": "pascal"}[style], False),
                                  ("case", False)] + [(c, True) for c in comps]})
        pos = end
    return units


def _needs_literal(words, i):
    w = words[i]
    if w in PROTOCOL_SINGLE or w in ("hundred", "thousand"):
        return True
    if w == "sign" and i > 0 and words[i - 1] in SIGNED:
        return True
    if _multi_at(words, i) or _case_at(words, i):
        return True
    return False


def encode(cmd):
    """command -> (list of tokens, each a list of units; clean string)."""
    qs = [None]
    tokens = []
    for k, tok in enumerate(cmd.split(" ")):
        if k:
            tokens.append([{"k": "sp", "text": " ", "say": [("space", False)]}])
        tokens.append(token_units(tok, qs))
    units = [u for t in tokens for u in t]
    flat = [(ui, wi) for ui, u in enumerate(units) for wi in range(len(u["say"]))]
    words = [units[ui]["say"][wi][0] for ui, wi in flat]
    escape = set()
    for pos, (ui, wi) in enumerate(flat):
        if units[ui]["say"][wi][1] and _needs_literal(words, pos):
            escape.add((ui, wi))
    for ui, u in enumerate(units):
        spoken = []
        for wi, (word, _lit) in enumerate(u["say"]):
            if (ui, wi) in escape:
                spoken.append("literal")
            spoken.append(word)
        u["clean"] = spoken
    clean = " ".join(w for u in units for w in u["clean"])
    args = [t for t in tokens if not (len(t) == 1 and t[0]["k"] == "sp")]
    return args, clean


# --------------------------------------------------------------------------
# Helpers shared by the three Whisper slices
# --------------------------------------------------------------------------
def pick(rng, options):
    """options: list of (value, weight)."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for value, weight in options:
        x -= weight
        if x < 0:
            return value
    return options[-1][0]


GLUE = "\x01"          # glue this item to the next one (no space)


def join_items(items):
    out = ""
    glue = True
    for it in items:
        if not it:
            continue
        g = it.endswith(GLUE)
        if it.startswith(GLUE):
            glue = True
        it = it.strip(GLUE)
        if it in (",", ".", "...", "?", "!"):
            out = out.rstrip() + it
        elif glue:
            out += it
        else:
            out += " " + it
        glue = g
    return out


def whisper_case(text):
    """Sentence-initial capitals, as Whisper writes them."""
    chars = list(re.sub(r"\s+", " ", text).strip())
    up = True
    for i, ch in enumerate(chars):
        if up and ch.isalpha():
            chars[i] = ch.upper()
            up = False
        elif up and ch not in " \"'":
            up = False
        end = i + 1 == len(chars) or chars[i + 1] == " "
        if ch in ".?!:" and end:
            up = not (ch == "." and i > 0 and chars[i - 1] == ".")
    return "".join(chars)


SOUNDS = {"a": "a", "b": "bee", "c": "see", "d": "dee", "e": "e", "f": "ef",
          "g": "gee", "h": "h", "i": "eye", "j": "jay", "k": "kay",
          "l": "el", "m": "em", "n": "en", "o": "oh", "p": "pee",
          "q": "queue", "r": "are", "s": "es", "t": "tea", "u": "you",
          "v": "vee", "w": "double you", "x": "ex", "y": "why", "z": "zed"}


def letter_group(rng, letters, homophones=0.15):
    """Whisper's rendering of a run of spelled letters."""
    if len(letters) == 1:
        ch = letters[0]
        if ch == "z":
            return pick(rng, [("zed", 5), ("Zed", 4), ("Z", 1)])
        return pick(rng, [(ch.upper(), 45), (ch, 40 - 100 * homophones),
                          (SOUNDS[ch], 15 + 100 * homophones)])
    word = "".join(letters)
    style = pick(rng, [("UP", 55), ("low", 18), ("spaced", 17), ("hom", 10)])
    if style == "UP":
        return word.upper()
    if style == "low":
        return word
    if style == "spaced":
        return " ".join(("zed" if c == "z" else c.upper()) for c in letters)
    k = rng.randrange(len(letters))
    return " ".join(SOUNDS[c] if i == k else ("zed" if c == "z" else c.upper())
                    for i, c in enumerate(letters))


def number_groups(words):
    """Split a number's clean words into the decoder's number units."""
    groups = []
    i = 0
    while i < len(words):
        digits, j = _read_number(words, i)
        groups.append((digits, words[i:j]))
        i = j
    return groups


NUM_HOMOPHONE = {"four": ["for"], "two": ["to", "too"], "eight": ["ate"]}


def whisper_number(rng, digits, words, style):
    """style 'fuzzy' or 'natural'."""
    groups = number_groups(words)
    if style == "natural":
        if len(digits) == 1 and rng.random() < 0.3:
            return words[0]
        if len(groups) == 2 and rng.random() < 0.08:
            return " ".join(g for g, _ in groups)
        return digits
    r = rng.random()
    if r < 0.62:
        return digits
    if r < 0.78 and len(groups) > 1:
        return " ".join(g for g, _ in groups)
    out = []
    for w in words:
        if w in NUM_HOMOPHONE and rng.random() < 0.3:
            out.append(rng.choice(NUM_HOMOPHONE[w]))
        else:
            out.append(w)
    return " ".join(out)


def parts_render(rng, parts, homophones=0.15, upper=False):
    """Render DP parts (word / letter) of a stretch, grouping letters."""
    out = []
    run = []
    for piece, is_letter in parts + [(None, False)]:
        if is_letter:
            run.append(piece)
            continue
        if run:
            if upper:
                out.append("".join(run).upper() if rng.random() < 0.7
                           else " ".join(c.upper() for c in run))
            else:
                out.append(letter_group(rng, run, homophones))
            run = []
        if piece is not None:
            out.append(piece.upper() if upper and rng.random() < 0.6 else piece)
    return " ".join(out)


# --------------------------------------------------------------------------
# fuzzy: the clean protocol ("space" and all) as Whisper writes it
# --------------------------------------------------------------------------
FUZZY_SYM = {
    "dash": [("dash", 58), ("minus", 16), ("hyphen", 12), ("viiva", 6),
             ("-", 8)],
    "dot": [("dot", 54), ("period", 15), ("point", 13), ("piste", 7),
            (".", 11)],
    "slash": [("slash", 58), ("forward slash", 24), ("kauttaviiva", 7),
              ("/", 11)],
    "star": [("star", 45), ("asterisk", 35), ("tähti", 12), ("tahti", 8)],
    "backslash": [("backslash", 60), ("back slash", 40)],
    "tilde": [("tilde", 55), ("tilda", 35)],
    "caret": [("caret", 55), ("carrot", 45)],
    "underscore": [("underscore", 72), ("under score", 20)],
    "semicolon": [("semicolon", 60), ("semi-colon", 40)],
    "backtick": [("backtick", 50), ("back tick", 50)],
    "equals": [("equals", 55), ("equal", 20), ("equals sign", 17)],
    "at": [("at", 70), ("at sign", 30)],
    "dollar": [("dollar", 55), ("dollar sign", 45)],
    "redirect": [("redirect", 80), ("re-direct", 20)],
    "percent": [("percent", 70), ("per cent", 12)],
    "colon": [("colon", 100)],
    "plus": [("plus", 100)],
    "ampersand": [("ampersand", 100)],
}
FUZZY_MULTI = {
    ("single", "quote"): [("single quote", 70), ("single-quote", 30)],
    ("question", "mark"): [("question mark", 80), ("?", 20)],
    ("less", "than"): [("less than", 70), ("less-than", 30)],
    ("greater", "than"): [("greater than", 70), ("greater-than", 30)],
    ("and", "and"): [("and and", 55), ("and, and", 30), ("&&", 15)],
    ("pipe", "pipe"): [("pipe pipe", 80), ("pipe, pipe", 20)],
    ("open", "paren"): [("open paren", 75), ("open-paren", 25)],
    ("close", "paren"): [("close paren", 75), ("close-paren", 25)],
}


def fuzzy_sym(rng, words):
    key = tuple(words)
    if key in FUZZY_MULTI:
        return pick(rng, FUZZY_MULTI[key])
    if len(words) == 1 and words[0] in FUZZY_SYM:
        return pick(rng, FUZZY_SYM[words[0]])
    return " ".join(words)


def merge_dashes(units):
    """Treat a '--' pair of dash units as one spoken item."""
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if (u["k"] == "s" and u["text"] == "-" and i + 1 < len(units)
                and units[i + 1]["k"] == "s" and units[i + 1]["text"] == "-"):
            out.append({"k": "dd", "text": "--"})
            i += 2
            continue
        out.append(u)
        i += 1
    return out


def fuzzy_unit(rng, u, prev, nxt):
    k = u["k"]
    lit = "literal " if u.get("clean", [""])[0] == "literal" else ""
    if lit and rng.random() < 0.3:
        lit = "Literal "
    if k == "sp":
        r = rng.random()
        return "space," if r < 0.12 else ("space." if r < 0.15 else "space")
    if k == "lw":
        if len(u["parts"]) > 1 and rng.random() < 0.2:
            return lit + u["text"]
        return lit + parts_render(rng, u["parts"])
    if k == "n":
        return whisper_number(rng, u["text"], u["clean"], "fuzzy")
    if k == "dd":
        v = pick(rng, [("dash dash", 45), ("dash-dash", 17), ("double dash", 12),
                       ("minus minus", 10), ("--", 16)])
        return v + GLUE if v == "--" and nxt and nxt["k"] == "lw" else v
    if k == "s":
        v = fuzzy_sym(rng, [w for w in u["clean"]])
        if v in ("-", ".", "/") and nxt and nxt["k"] == "lw":
            return (GLUE if prev and prev["k"] not in ("sp", "s") else "") + v + GLUE
        return v
    if k == "cap":
        head = pick(rng, [("capital", 70), ("Capital", 20), ("capitol", 10)])
        rest = [w for w in u["clean"][1:]]
        if rest[0] == "literal":
            rest = rest[1:]
            head += " literal"
        first = rest[0]
        if len(first) == 1 or first == "zed":
            first = first.upper() if first != "zed" else pick(rng, [("Zed", 1), ("zed", 1)])
        elif rng.random() < 0.5:
            first = first.capitalize()
        tail = u["parts"][1:] if u.get("parts") else []
        return " ".join([head, first] + ([parts_render(rng, tail)] if tail else []))
    if k == "up":
        head = pick(rng, [("all caps", 65), ("all-caps", 20), ("All caps", 15)])
        body = u["clean"][2:]
        if rng.random() < 0.6:
            return head + " " + u["text"]
        return head + " " + " ".join(body)
    if k == "run":
        style = u["clean"][0]
        head = pick(rng, [(style + " case", 65), (style + "case", 15),
                          (style + "-case", 20)])
        comps = [w for w in u["clean"][2:]]
        return head + " " + " ".join(comps)
    raise ValueError(k)


def fuzzy_line(rng, args):
    units = []
    for t in args:
        if units:
            units.append({"k": "sp", "text": " ", "clean": ["space"]})
        units.extend(merge_dashes(t))
    items = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if items and items[-1].endswith(GLUE) and u["k"] == "lw":
            items.append(u["text"])
        else:
            items.append(fuzzy_unit(rng, u, units[i - 1] if i else None, nxt))
    text = join_items(items)
    if rng.random() < 0.6 and not text.endswith((".", "?")):
        text += "."
    return whisper_case(text)


# --------------------------------------------------------------------------
# natural: the speaker's loose speech (no "space"), as Whisper writes it
# --------------------------------------------------------------------------
NAT_SYM = {
    "-": [("dash", 66), ("viiva", 14), ("minus", 12), ("hyphen", 8)],
    ".": [("dot", 64), ("piste", 16), ("point", 10), ("period", 10)],
    "/": [("slash", 68), ("kauttaviiva", 14), ("forward slash", 18)],
    "*": [("star", 45), ("tähti", 20), ("tahti", 10), ("asterisk", 25)],
    "\\": [("backslash", 70), ("back slash", 30)],
    "|": [("pipe", 100)],
    "!": [("bang", 100)],
    "#": [("hash", 100)],
    "~": [("tilde", 60), ("tilda", 40)],
    "@": [("at", 75), ("at sign", 25)],
    "$": [("dollar", 60), ("dollar sign", 40)],
    "%": [("percent", 100)],
    "^": [("caret", 60), ("carrot", 40)],
    "&": [("ampersand", 100)],
    "=": [("equals", 65), ("equal", 15), ("equals sign", 20)],
    "+": [("plus", 100)],
    ":": [("colon", 100)],
    ";": [("semicolon", 70), ("semi colon", 30)],
    "_": [("underscore", 85), ("under score", 15)],
    ",": [("comma", 100)],
    "`": [("backtick", 60), ("back tick", 40)],
    "?": [("question mark", 100)],
    "(": [("open paren", 100)], ")": [("close paren", 100)],
    "{": [("open brace", 100)], "}": [("close brace", 100)],
    "[": [("open bracket", 100)], "]": [("close bracket", 100)],
    "<": [("less than", 100)],
    ">": [("redirect", 62), ("greater than", 38)],
    ">>": [("append", 65), ("double greater than", 35)],
    "&&": [("and and", 70), ("double ampersand", 30)],
    "||": [("pipe pipe", 100)],
}

WHISPERABLE = [
    (re.compile(r"--?[a-z][a-z0-9]*(?:-[a-z0-9]+)*"), 0.35),
    (re.compile(r"[a-z0-9][a-z0-9_-]*\.[a-z0-9]{1,5}"), 0.4),
    (re.compile(r"\d+(?:\.\d+){1,3}"), 0.7),
    (re.compile(r"https?://[a-z0-9.-]+(?:/[a-z0-9._-]*)*"), 0.6),
    (re.compile(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+"), 0.6),
    (re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*:\d+"), 0.4),
    (re.compile(r"/?[a-z0-9]+(?:/[a-z0-9._-]+)+/?"), 0.2),
]


def nat_unit(rng, u, prev, nxt, quote_open):
    k = u["k"]
    if k == "lw":
        parts = u["parts"]
        if all(is_l for _, is_l in parts):
            return letter_group(rng, [p for p, _ in parts], 0.1)
        if len(parts) == 1:
            return parts[0][0]
        if rng.random() < 0.55:
            return u["text"]
        return parts_render(rng, parts, 0.1)
    if k == "n":
        return whisper_number(rng, u["text"], u["say_words"], "natural")
    if k == "dd":
        v = pick(rng, [("dash dash", 58), ("double dash", 14), ("--", 28)])
        return v + GLUE if v == "--" and nxt and nxt["k"] in ("lw", "run") else v
    if k == "s":
        t = u["text"]
        if t == '"':
            if u.get("close"):
                return pick(rng, [("quote", 55), ("end quote", 30), ("unquote", 15)])
            return "quote"
        if t == "'":
            if u.get("close"):
                return pick(rng, [("single quote", 65), ("end quote", 35)])
            return "single quote"
        v = pick(rng, NAT_SYM[t])
        if t == "-" and prev is None and nxt and nxt["k"] == "lw" and rng.random() < 0.25:
            return "-" + GLUE
        if t == "." and prev and nxt and prev["k"] == "lw" and nxt["k"] == "lw" \
                and len(nxt["text"]) <= 4 and rng.random() < 0.3:
            return GLUE + "." + GLUE
        return v
    if k == "cap":
        said = [w for w, _ in u["say"]][1:]
        first = said[0]
        first = "Z" if first == "zed" else (first.upper() if len(first) == 1
                                           else first.capitalize())
        tail = u["parts"][1:] if u.get("parts") else []
        out = pick(rng, [("capital", 80), ("Capital", 20)]) + " " + first
        if tail:
            out += " " + parts_render(rng, tail, 0.05)
        return out
    if k == "up":
        head = pick(rng, [("all caps", 75), ("all-caps", 25)])
        return head + " " + (u["text"] if rng.random() < 0.6
                             else parts_render(rng, u["parts"], 0.0, upper=True))
    if k == "run":
        style, comps = u["style"], u["comps"]
        if style == "kebab" and rng.random() < 0.5:
            sep = " " + pick(rng, NAT_SYM["-"]) + " "
            return sep.join(comps)
        if style == "snake" and rng.random() < 0.5:
            return " underscore ".join(comps)
        return style + " case " + " ".join(comps)
    raise ValueError(k)


def prep_units(units):
    out = merge_dashes(units)
    for u in out:
        if u["k"] == "n":
            u["say_words"] = [w for w, _ in u["say"]]
    return out


def nat_token(rng, units, allow_literal=True):
    text = "".join(u["text"] for u in units)
    if allow_literal and not any(c.isupper() for c in text):
        for rx, p in WHISPERABLE:
            if rx.fullmatch(text):
                if rng.random() < p:
                    return text
                break
    units = prep_units(units)
    items = []
    for i, u in enumerate(units):
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if items and items[-1].endswith(GLUE) and u["k"] == "lw":
            items.append(u["text"])
        else:
            items.append(nat_unit(rng, u, prev, nxt, False))
    return join_items(items)


# first words that would blur into an opener like "Run" or "Then"
COMMON_CMD_WORDS = {"run", "type", "then", "so", "next", "fine", "right",
                    "okei", "tota", "see"}
OPENERS = [("No niin.", 14), ("No niin,", 8), ("Noniin.", 4), ("Okei.", 7),
           ("Okay.", 3), ("Okei, so", 4), ("Okay, so", 2), ("Right.", 6),
           ("Next one.", 7), ("Tota,", 7),
           ("So.", 4), ("Next:", 5), ("Fine.", 4), ("Let's see.", 4),
           ("Then", 4), ("Run", 6), ("Type", 5), ("Okei, next:", 5),
           ("Seuraava.", 3)]
SIGNOFFS = [("That's it.", 14), ("Enter.", 14), ("Done.", 10), ("Kiitos.", 6),
            ("Okei.", 5), ("Okay.", 3), ("And enter.", 8), ("No niin.", 8), ("Go.", 6),
            ("That one.", 5)]
FILLERS = [("tota", 30), ("öö", 18), ("ööh", 6), ("niinku", 16),
           ("niin ku", 4), ("tota noin", 8), ("uh", 8), ("öh", 10)]


def opener(rng, first_word):
    head = re.match(r"[A-Za-z]*", first_word).group().lower()
    while True:
        o = pick(rng, OPENERS)
        words = [w.lower().strip(".,:") for w in o.split()]
        if head not in words and not (words[-1] in ("run", "type", "then", "so")
                                      and head in COMMON_CMD_WORDS):
            return o


def frame(rng, body, first_word, p_open=0.85, p_sign=0.45):
    items = []
    if rng.random() < p_open:
        items.append(opener(rng, first_word))
    items.append(body)
    end = rng.random()
    if not body[-1:].isalnum():
        end = 1.0           # no sentence period glued onto a path or flag
    if rng.random() < p_sign:
        items.append("." if end < 1.0 else "")
        items.append(pick(rng, SIGNOFFS))
    elif end < 0.55:
        items.append(".")
    return whisper_case(join_items(items))


def quote_bounds(args):
    """before[j]: whether the gap before argument j lies inside quotes."""
    inq = False
    before = []
    for t in args:
        before.append(inq)
        for u in t:
            if u["k"] == "s" and u["text"] in "\"'":
                if u.get("close"):
                    inq = False
                elif u.get("open"):
                    inq = True
    before.append(inq)
    return before


def quoted_spaces(toks, texts, before):
    """Inside quotes he says "space" where a gap touches a symbol."""
    toks = list(toks)
    for j in range(1, len(toks)):
        if before[j] and not (texts[j - 1][-1:].isalnum()
                              and texts[j][:1].isalnum()):
            toks[j] = "space " + toks[j]
    return toks


def with_fillers(rng, toks, count, before):
    toks = list(toks)
    slots = [j for j in range(1, len(toks)) if not before[j]]
    rng.shuffle(slots)
    for s in sorted(slots[:count], reverse=True):
        f = pick(rng, FILLERS)
        toks[s - 1] = toks[s - 1] + ","
        toks.insert(s, f + ",")
    return toks


def natural_line(rng, args):
    toks = [nat_token(rng, t) for t in args]
    before = quote_bounds(args)
    toks = quoted_spaces(toks, [tok_text(t) for t in args], before)
    count = pick(rng, [(0, 40), (1, 45), (2, 15)])
    toks = with_fillers(rng, toks, count, before)
    first = "".join(u["text"] for u in args[0])
    return frame(rng, join_items(toks), first)


# --------------------------------------------------------------------------
# chaotic: natural plus trouble
# --------------------------------------------------------------------------
CORR = [("eiku", 34), ("ei ku", 6), ("eikku", 5), ("ei vaan", 18),
        ("ei van", 4), ("siis", 12), ("no wait", 8), ("sorry", 7),
        ("not that", 6)]
WHOLE = [("eiku, from the top", 24), ("ei vaan. Again", 16),
         ("no. Scratch that", 14), ("siis, the whole thing again", 12),
         ("wrong one. Again", 12), ("eiku, alusta. From the start", 10),
         ("perkele. Again", 6)]
ASIDES = [("don't ask", 16), ("koska tietenkin", 14),
          ("the board is sulking again", 10), ("same as yesterday", 10),
          ("classic Monday", 8), ("why is it always this board", 8),
          ("hetki", 10), ("coffee's cold", 8), ("yes, I know", 8)]
HESITATE = [("öö, what was it", 20), ("tota, hetki", 20),
            ("and then, tota", 14), ("where did I put it, öö", 12),
            ("niinku", 10), ("the rest is", 12)]
COMMON = ["data", "docs", "notes", "main", "config", "backup", "test", "demo",
          "report", "photo", "output", "input", "build", "logs", "archive",
          "server", "alpha", "foo", "src", "tmp", "home", "cache"]
LONGOPTS = ["verbose", "force", "all", "debug", "quiet", "output", "help",
            "recursive", "version", "config", "name", "yes", "list", "dry-run",
            "format", "user"]
SWAP = {"install": "remove", "remove": "install", "start": "stop",
        "stop": "start", "add": "remove", "push": "pull", "pull": "push",
        "list": "show", "show": "list", "create": "delete", "delete": "create",
        "enable": "disable", "disable": "enable", "get": "set", "set": "get",
        "import": "export", "export": "import", "encode": "decode",
        "decode": "encode", "run": "exec", "info": "status",
        "status": "info", "init": "update", "update": "upgrade",
        "search": "find", "read": "write", "send": "receive"}


def mutate_number(rng, ds):
    while True:
        if len(ds) == 1:
            alt = str(rng.randrange(10))
        else:
            i = rng.randrange(len(ds))
            c = str(rng.randrange(1 if i == 0 else 0, 10))
            alt = ds[:i] + c + ds[i + 1:]
        if alt != ds:
            return alt


def mutable(tok):
    """Whether mutate_token() has a wrong version of this argument."""
    if any(c in tok for c in "\"'`()[]{}|<>&$"):
        return False
    if (re.fullmatch(r"--([a-z][a-z0-9-]*)(=.*)?", tok)
            or re.fullmatch(r"-([A-Za-z])", tok) or tok.isdigit() or tok in SWAP):
        return True
    if re.search(r"[a-z]{3,}", tok) and ("." in tok or "/" in tok):
        return True
    if re.fullmatch(r"[a-z]{3,}", tok):
        return True
    return bool(re.search(r"\d", tok))


def mutate_token(rng, tok):
    """A plausible wrong version of an argument, or None."""
    if any(c in tok for c in "\"'`()[]{}|<>&$"):
        return None
    m = re.fullmatch(r"--([a-z][a-z0-9-]*)(=.*)?", tok)
    if m:
        alt = rng.choice([o for o in LONGOPTS if o != m.group(1)])
        return "--" + alt + (m.group(2) or "")
    m = re.fullmatch(r"-([A-Za-z])", tok)
    if m:
        alt = rng.choice([c for c in "abcdfilnoqrstvx" if c != m.group(1)])
        return "-" + alt
    if tok.isdigit():
        return mutate_number(rng, tok)
    if tok in SWAP:
        return SWAP[tok]
    words = [m for m in re.finditer(r"[a-z]{3,}", tok)]
    if words and ("." in tok or "/" in tok):
        w = rng.choice(words)
        alt = rng.choice([c for c in COMMON if c != w.group()])
        return tok[:w.start()] + alt + tok[w.end():]
    if re.fullmatch(r"[a-z]{3,}", tok):
        return rng.choice([c for c in COMMON if c != tok])
    nums = list(re.finditer(r"\d+", tok))
    if nums:
        n = rng.choice(nums)
        return tok[:n.start()] + mutate_number(rng, n.group()) + tok[n.end():]
    return None


def units_of(tok):
    return token_units(tok, [None])


def tok_text(units):
    return "".join(u["text"] for u in units)


def corr(rng):
    return pick(rng, CORR)


def word_scope(rng, units):
    """Render a token with a correction inside it, or None."""
    cands = [i for i, u in enumerate(units)
             if (u["k"] == "lw" and len(u["parts"]) == 1 and not u["parts"][0][1]
                 and len(u["text"]) >= 3) or u["k"] == "n"]
    if len(units) < 2 or not cands:
        return None
    i = rng.choice(cands)
    u = units[i]
    if u["k"] == "n":
        wrong = mutate_number(rng, u["text"])
    else:
        wrong = rng.choice([c for c in COMMON if c != u["text"]])
    items = []
    pu = prep_units(units)
    # re-locate unit i inside the dash-merged list
    pos, j = 0, 0
    target = None
    for j, v in enumerate(pu):
        if pos == i and v["k"] != "dd":
            target = j
            break
        pos += 2 if v["k"] == "dd" else 1
    if target is None:
        return None
    for j, v in enumerate(pu):
        prev = pu[j - 1] if j else None
        nxt = pu[j + 1] if j + 1 < len(pu) else None
        if j == target:
            wu = prep_units(units_of(wrong))
            items.append(join_items([nat_unit(rng, x, None, None, False) for x in wu]) + ",")
            items.append(corr(rng) + ",")
            items.append(nat_unit(rng, v, None, None, False))
        else:
            if items and items[-1].endswith(GLUE) and v["k"] == "lw":
                items.append(v["text"])
            else:
                items.append(nat_unit(rng, v, prev, nxt, False))
    return join_items(items)


def chaotic_line(rng, args):
    texts = [tok_text(t) for t in args]
    n = len(args)
    before = quote_bounds(args)
    quoted = {j for j in range(n) if before[j] or before[j + 1]}
    toks = quoted_spaces([nat_token(rng, t) for t in args], texts, before)
    prefix = []
    fixed = set()
    kinds = [("flag", 34), ("word", 24), ("whole", 22), ("restart", 20)]
    for _ in range(20):
        kind = pick(rng, kinds)
        if kind == "flag":
            idx = [j for j in range(1, n) if j not in quoted
                   and texts[j].startswith("-") and mutable(texts[j])]
            if not idx:
                idx = [j for j in range(1, n)
                       if j not in quoted and mutable(texts[j])]
            if not idx:
                continue
            j = rng.choice(idx)
            wrong = mutate_token(rng, texts[j])
            wr = nat_token(rng, units_of(wrong))
            style = rng.random()
            c = corr(rng)
            if not wr[-1:].isalnum():
                style = min(style, 0.5)
            if style < 0.6:
                toks[j] = wr + ", " + c + ", " + toks[j]
            elif style < 0.85:
                toks[j] = wr + "... " + c + ", " + toks[j]
            else:
                toks[j] = wr + ". " + c.capitalize() + ". " + toks[j]
            fixed.add(j)
            break
        if kind == "word":
            idx = [j for j in range(n) if j not in quoted]
            rng.shuffle(idx)
            done = False
            for j in idx:
                r = word_scope(rng, args[j])
                if r:
                    toks[j] = r
                    fixed.add(j)
                    done = True
                    break
            if done:
                break
            continue
        if kind == "whole":
            idx = [j for j in range(1 if n > 1 else 0, n)
                   if j not in quoted and mutable(texts[j])]
            if not idx:
                continue
            j = rng.choice(idx)
            wrong = mutate_token(rng, texts[j])
            k = min(n, j + 1 + rng.randrange(0, 3))
            said = [nat_token(rng, units_of(wrong)) if i == j
                    else nat_token(rng, args[i]) for i in range(k)]
            prefix = [join_items(said) + ".", pick(rng, WHOLE) + ":"]
            break
        if kind == "restart":
            if n >= 2:
                k = rng.randint(1, min(3, n - 1))
                prefix = [join_items(toks[:k]) + "...",
                          pick(rng, [("", 30), ("no niin,", 20), ("öö,", 15),
                                     ("tota,", 15), ("again,", 20)])]
            else:
                t = texts[0]
                if len(t) < 4 or not t.isalpha():
                    continue
                prefix = [t[:rng.randint(2, len(t) - 2)] + "-"]
            break
    # a second, lighter trouble somewhere else
    extra = pick(rng, [(None, 40), ("stutter", 20), ("aside", 22), ("hesitate", 18)])
    free = [j for j in range(n) if j not in fixed and j not in quoted]
    gaps = [j for j in range(1, n) if not before[j]]
    if extra == "stutter":
        c = [j for j in free if re.fullmatch(r"[a-z]{4,}", texts[j])]
        if c:
            j = rng.choice(c)
            cut = texts[j][:rng.randint(2, len(texts[j]) - 2)]
            toks[j] = cut + "- " + toks[j]
    elif extra == "aside" and gaps:
        j = rng.choice(gaps)
        a = pick(rng, ASIDES)
        toks[j - 1] = toks[j - 1] + pick(rng, [(", " + a + ",", 6),
                                               ("... " + a + "...", 4)])
    elif extra == "hesitate" and gaps:
        j = rng.choice(gaps)
        toks[j - 1] = toks[j - 1] + ", " + pick(rng, HESITATE) + "..."
    body = join_items(prefix + toks)
    return frame(rng, body, texts[0], p_open=0.6, p_sign=0.35)


# --------------------------------------------------------------------------
# Choosing the commands and writing the file
# --------------------------------------------------------------------------
def load_pool():
    with open(SRC, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(n, r["command"]) for n, r in enumerate(rows) if n % 3 == 1]


def dictatable(cmd):
    """(args, clean) when the command can sensibly be dictated, else None."""
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return None
    if cmd != cmd.strip() or not cmd:
        return None
    args, clean = encode(cmd)
    if len(clean.split()) > 48:
        return None
    return args, clean


def choose(rng, pool, count):
    order = list(range(len(pool)))
    rng.shuffle(order)
    chosen, seen, firsts = [], set(), {}
    for k in order:
        _n, cmd = pool[k]
        if cmd in seen:
            continue
        first = cmd.split(" ")[0]
        if firsts.get(first, 0) >= 2:
            continue
        enc = dictatable(cmd)
        if enc is None:
            continue
        seen.add(cmd)
        firsts[first] = firsts.get(first, 0) + 1
        chosen.append((cmd, enc))
        if len(chosen) == count:
            return chosen
    raise SystemExit("pool too small")


def main():
    rng = random.Random(116)
    pool = load_pool()
    chosen = choose(rng, pool, PER_SLICE * len(SLICES))
    rows = []
    for s, name in enumerate(SLICES):
        for cmd, (args, clean) in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            if name == "clean":
                text = clean
                assert re.fullmatch(r"[a-z]+( [a-z]+)*", text), text
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif name == "fuzzy":
                text = fuzzy_line(rng, args)
            elif name == "natural":
                text = natural_line(rng, args)
            else:
                text = chaotic_line(rng, args)
            assert text and text == text.strip() and "  " not in text
            assert GLUE not in text and "\n" not in text
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows) == 400
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {name: sum(r["slice"] == name for r in rows) for name in SLICES}
    print(OUT, counts)


if __name__ == "__main__":
    main()
