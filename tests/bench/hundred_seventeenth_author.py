#!/usr/bin/env python3
# ruff: noqa: B007, E501, E702, E731, UP031, UP032
"""Dictation test set, author117: spoken bash commands as Whisper writes them.

Writes assets/training/bash/author117.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author117"}
100 lines per slice, in the order clean, fuzzy, natural, chaotic.

Source and credit
-----------------
Every command is taken verbatim from assets/training/bash/pages_dev62_commands.jsonl,
which was derived from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0.  Only 0-based line numbers n with n % 3 == 2 are used, for all four
slices.  Commands with non-ASCII characters, tabs, double spaces, more than 64
characters, or more than 48 spoken words in the clean protocol below are skipped.
At most two commands share a first word, and no command is used twice.  The
choice is made by one random.Random(117), consumed in a fixed order (pool
shuffle, then the clean, fuzzy, natural and chaotic lines in turn), so a rerun
writes a byte-identical file.  Standard library only.

STYLE GUIDE
===========

The speaker
-----------
A British (northern English) systems administrator of long standing, who learnt
to read things out over the telephone.  British letter and symbol names:
"zed" for z, "hyphen" rather than "dash" when careful, "hash", "tilde", "forward
slash" when relaxed.  Says "double" for a repeated digit ("double four three"),
and in casual speech "oh" for a zero inside a number ("eight oh eight oh").
Says "point" between the parts of a version number or address, "dot" elsewhere.
Fillers: "erm", "er", "sort of", "you know".  Openers: "right", "right then",
"go on then", "pop in", "stick in", "bung in", "let's have", "do us a favour".
Sign-offs: "cheers", "ta", "ta very much", "lovely", "that's the lot", "job done",
"that'll do".  Corrections: "no, sorry", "sorry, I tell a lie", "no, hang about",
"scrap that", "beg pardon", "no no"; restarts: "hang on, let me start again",
"I've made a pig's ear of that, from the top".  Asides: the kettle, the dog,
"bear with me", "where was I", "this is for the backup box".

The clean protocol (this speaker, careful)
------------------------------------------
Written as a careful transcript: lower case, no punctuation, only the command.

* Spacing.  Every spoken word is glued to the one before it; the word "space"
  is said wherever the command has a space, and only there.
* Words.  Ordinary English words and tool names that are said as words
  (docker, git, grep, flask, ubuntu, ...) are said as words.  A run of letters
  that is not a word is split into known words and single letters, preferring
  few pieces and long words ("checkinstall" = "check install", "ppmshift" =
  "p p m shift", "systemctl" = "system c t l", "mysql" = "my s q l"); short
  words are used as pieces only where they sound natural ("my", "no", "go" at
  the start, "top", "me" at the end: "h top", "change me").  Because words are
  glued, "check install" means checkinstall.
* Letters are said by name; the transcript writes each as the bare letter,
  except z, which this speaker calls "zed" and is written "zed".
* Words that sound like a letter or a digit are always spelled, never said:
  to, too, for, won, ate, be, see, sea, are, you, why, tea, tee, owe, oh,
  eye, queue, cue, pea, pee, jay, kay, ex, gee, dee, em, en, es, el, zee.
  Likewise words that are protocol words (below) are spelled letter by letter
  when meant literally: "dot" = "d o t", "all" (only when "caps" follows),
  "one" = "o n e", "space" = "s p a c e", "sign", "case", "capital", "caps",
  "zed", "double".  Phrase openers (and, all, open, close, less, greater,
  forward, single, question) are said as words unless the next word would
  complete a symbol phrase; then they are spelled.  Compounds that would be
  heard as a symbol phrase (pipeline, dotnet, starship, mountpoint) are never
  said as one word; their symbol part is spelled.
* Case.  Everything is lower case unless marked.  "capital" before a letter
  makes it upper case; before a word it capitalises the word's first letter
  ("capital box" = Box).  "all caps" before one word makes that whole word
  upper case ("all caps readme" = README).  An upper-case run that is not a
  word is spelled with "capital" before each letter ("capital s capital a
  capital m" = SAM).  Mixed case is done piece by piece ("capital v capital box
  capital manage" = VBoxManage).  This speaker never uses camel/snake/pascal/
  kebab/screaming case runs.
* Symbols, always these names when careful:
    -  hyphen        .  dot ("point" between two numbers)   /  slash
    \\  backslash     |  pipe        *  star          !  bang
    #  hash          ~  tilde       @  at            $  dollar
    %  percent       ^  caret       &  ampersand     =  equals
    +  plus          :  colon       ;  semicolon     _  underscore
    ,  comma         "  quote       '  single quote  `  backtick
    ?  question mark ( ) open paren / close paren
    { } open brace / close brace    [ ] open bracket / close bracket
    <  less than     >  greater than
  Two-symbol forms: "--" is "hyphen hyphen" (simply two hyphens), "&&" is
  "and and", ">>" is "double greater than", "||" is "pipe pipe", ".." is
  "dot dot", "2>" is "two greater than".
* Numbers.  One digit: its name ("zero" for 0, never "oh" when careful).  Two
  digits: the compound ("forty two", "ten", "sixty").  Three digits: "N
  hundred" when it ends in 00, "two eighty" style when it ends in a single 0
  (640 = "six forty", 120 = "one twenty"), otherwise digit by digit.  Four
  digits: "N thousand" for x000, "nineteen hundred" style for 1100-1900 ending
  in 00, two pairs when the third digit is not 0 ("eighty eighty",
  "ten twenty four", "fifty four thirty two"), otherwise digit by digit.  Five
  or more digits, or a leading zero: digit by digit.  Digit by digit always
  says "double" for two equal neighbouring digits ("double four three" = 443,
  44100 = "double four one double zero").
  A listener reads a run of number words group by group: a digit name (or
  "double" + digit name) is one group, unless "hundred"/"thousand" follows; a
  tens word takes a following non-zero digit name; a teen or a digit name
  followed by "hundred" gets 00; groups are written one after another.

Whisper's habits (fuzzy, natural, chaotic)
------------------------------------------
Sentence case and commas/full stops; numerals for numbers ("8080", "127",
"8,000", sometimes "80 80" or "1 2 7"); "double 4"; bare letters in capitals
("L", "PNM", "P-N-M"); homophones for letters and digits ("see", "are", "you",
"why", "tea", "oh", "queue", "ex", "to", "for"); "zed" as "Zed" or even
"said"; "sudo" as "pseudo", "json" as "Jason"; split or glued symbol names
("back slash", "semi-colon", "under score", "all-caps", "greater-than");
"tilde" as "tilda", "caret" as "carrot", "colon" as "Colin"; known names
capitalised (Docker, Git, Python, Ubuntu); a file name it recognises may come
out glued ("config.yaml"), and so may a version or address ("1.2.3",
"10.0.0.5").  A letter and a short number may come out glued ("S3", "X11");
a real word that was spelt out keeps its letters apart ("P-O-I-N-T", "T O"),
while other spelt runs may be glued ("PNM", "SCRCPY"): glued capitals are
letters said one by one, not upper case; upper case is always announced with
"capital" or "all caps".

The four slices
---------------
* clean: the protocol above exactly, careful transcript.  decode() below is
  the listener, and decode(input) == command is asserted for every line.
* fuzzy: the same protocol (with "space") as Whisper writes it: capitals,
  punctuation, numerals, glued/split words, homophones, symbol synonyms
  (minus, dash, point, forward slash).  No framing, no fillers.
* natural: natural style, no "space" words, spacing left to the listener;
  loose symbol names ("dash", "double dash", "minus", "forward slash"),
  numerals, "capital"/"all caps" where case matters, an opener and often a
  sign-off, fillers.
  Fillers never fall inside a quoted string.
* chaotic: natural plus trouble, in this speaker's words.  Word scope: "WRONG,
  no, sorry, RIGHT" / "WRONG, sorry, I tell a lie, RIGHT" / "WRONG, scrap
  that, RIGHT" / "WRONG, hang on, not that, RIGHT".  Flag scope: "dash dash
  WRONG, sorry, wrong flag, it's dash dash RIGHT" / "hyphen X, scrap that
  flag, hyphen Y".  Whole command: a false start cut off with "...", then
  "Hang on, let me start again." / "I've made a pig's ear of that. From the
  top." and the full command.  Partial answers: the command handed over in
  two or three pieces ("That's the first bit. Then ...", "And then, erm,
  ...").  Also stuttered words ("config, config dot P G M"; never where the
  command itself repeats the word) and asides ("sorry, the kettle's just
  boiled,").  The last stated version of every part is the one that counts.
"""

import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "assets", "training", "bash", "pages_dev62_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author117.jsonl")
AUTHOR = "author117"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------- numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TENS_VAL = {v: k for k, v in TENS.items()}
NUMWORDS = set(ONES) | set(TEENS) | set(TENS.values()) | {"hundred", "thousand"}


def two_digit(s):
    n = int(s)
    if n < 10:
        raise ValueError(s)
    if n < 20:
        return [TEENS[n - 10]]
    t, o = divmod(n, 10)
    return [TENS[t]] + ([ONES[o]] if o else [])


def digit_words(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            out += ["double", ONES[int(s[i])]]
            i += 2
        else:
            out.append(ONES[int(s[i])])
            i += 1
    return out


def number_words(s):
    if len(s) == 1:
        return [ONES[int(s)]]
    if s[0] == "0":
        return digit_words(s)
    if len(s) == 2:
        return two_digit(s)
    if len(s) == 3:
        if s[1:] == "00":
            return [ONES[int(s[0])], "hundred"]
        if s[2] == "0" and s[1] != "0":
            return [ONES[int(s[0])]] + two_digit(s[1:])
        return digit_words(s)
    if len(s) == 4:
        if s[1:] == "000":
            return [ONES[int(s[0])], "thousand"]
        if s[2:] == "00" and s[0] == "1" and s[1] != "0":
            return two_digit(s[:2]) + ["hundred"]
        if s[2] != "0":
            return two_digit(s[:2]) + two_digit(s[2:])
        return digit_words(s)
    return digit_words(s)


def parse_numbers(toks):
    """Listener for a run of number words -> digit string."""
    out, i, n = [], 0, len(toks)
    nxt = lambda k: toks[k] if k < n else None
    while i < n:
        t = toks[i]
        if t == "double":
            out.append(str(ONES.index(toks[i + 1])) * 2)
            i += 2
        elif t in ONES:
            d = str(ONES.index(t))
            if nxt(i + 1) == "hundred":
                out.append(d + "00"); i += 2
            elif nxt(i + 1) == "thousand":
                out.append(d + "000"); i += 2
            else:
                out.append(d); i += 1
        elif t in TEENS:
            v = str(10 + TEENS.index(t)); i += 1
            if nxt(i) == "hundred":
                v += "00"; i += 1
            out.append(v)
        elif t in TENS_VAL:
            v = str(TENS_VAL[t]); i += 1
            o = nxt(i)
            if o in ONES and o != "zero" and nxt(i + 1) not in ("hundred", "thousand"):
                v += str(ONES.index(o)); i += 1
            else:
                v += "0"
            out.append(v)
        else:
            raise ValueError("not a number word: %r" % t)
    return "".join(out)


# ---------------------------------------------------------------- symbols
CLEAN_SYM = {
    "-": ["hyphen"], ".": ["dot"], "/": ["slash"], "\\": ["backslash"], "|": ["pipe"],
    "*": ["star"], "!": ["bang"], "#": ["hash"], "~": ["tilde"], "@": ["at"],
    "$": ["dollar"], "%": ["percent"], "^": ["caret"], "&": ["ampersand"],
    "=": ["equals"], "+": ["plus"], ":": ["colon"], ";": ["semicolon"],
    "_": ["underscore"], ",": ["comma"], '"': ["quote"], "'": ["single", "quote"],
    "`": ["backtick"], "?": ["question", "mark"], "(": ["open", "paren"],
    ")": ["close", "paren"], "{": ["open", "brace"], "}": ["close", "brace"],
    "[": ["open", "bracket"], "]": ["close", "bracket"], "<": ["less", "than"],
    ">": ["greater", "than"], "&&": ["and", "and"], ">>": ["double", "greater", "than"],
}

# listener tables
SYM1 = {"hyphen": "-", "dash": "-", "minus": "-", "dot": ".", "period": ".", "point": ".",
        "slash": "/", "backslash": "\\", "pipe": "|", "star": "*", "asterisk": "*",
        "bang": "!", "hash": "#", "tilde": "~", "at": "@", "dollar": "$", "percent": "%",
        "caret": "^", "ampersand": "&", "equals": "=", "plus": "+", "colon": ":",
        "semicolon": ";", "underscore": "_", "comma": ",", "quote": '"', "backtick": "`",
        "redirect": ">", "append": ">>"}
PHRASES = [
    (("double", "greater", "than"), ">>"), (("open", "curly", "brace"), "{"),
    (("close", "curly", "brace"), "}"), (("forward", "slash"), "/"),
    (("single", "quote"), "'"), (("question", "mark"), "?"), (("open", "paren"), "("),
    (("close", "paren"), ")"), (("open", "brace"), "{"), (("close", "brace"), "}"),
    (("open", "bracket"), "["), (("close", "bracket"), "]"), (("open", "angle"), "<"),
    (("close", "angle"), ">"), (("less", "than"), "<"), (("greater", "than"), ">"),
    (("and", "and"), "&&"), (("double", "dash"), "--"), (("at", "sign"), "@"),
    (("dollar", "sign"), "$"), (("equals", "sign"), "="),
]
PREFIX = {p[0][0] for p in PHRASES} - set(SYM1)          # and all open ... (+ "double")
PREFIX_NEXT = {}
for words, _ in PHRASES:
    if words[0] in PREFIX:
        PREFIX_NEXT.setdefault(words[0], set()).add(words[1])
PREFIX_NEXT["all"] = {"caps"}
PREFIX.add("all")
# words that always mean something in the protocol and so are spelled when literal
RESERVED = set(SYM1) | NUMWORDS | {"space", "capital", "caps", "zed", "oh", "sign",
                                  "case", "double", "paren", "brace", "bracket",
                                  "angle", "curly"}
# words that sound like a letter name or a digit: never said, always spelled
SOUNDALIKE = set("""to too two for fore four won ate eight be bee see sea are you why
tea tee owe oh eye queue cue pea pee jay kay ex gee dee em en es ess el ell zee
vee ewe yew aye ay i""".split())
LETTERNAME = {"z": "zed"}

# ---------------------------------------------------------------- vocabulary
VOCAB = set("""
data main foo test demo projects project config alpha sudo notes backup backups
photo output report input readme app list log logs example archive script yaml
build install type index file files run show zip dev pam local host server create
delete alice who am me bob user users add no get ubuntu set search docker secret
system website cat size help up time new image images path json tar todo flask
latest make hello init key keys internal start verbose warning warnings cargo
diff date change admin export true false check limit update binary error vim
format enable port executable clone hunter conf status in deploy shell group org
staff sum done from bun dir client root conda crane daemon word mount device
encoding version backend target bin audio remove package box manage store
service capture download pattern monitor account sync recursive repository my
storage description postgres dry copy coffee command env directory launch import
fix jobs domain domains access upload repo numpy python java kaggle linode
profile out compress gif color podman rust select is strings login record rule
rules owner home ping extension refactor clip enum doc max watch personal print
table developers firefox brew source requests request total deny info chroot
lodash clang compile tunnel jpeg tarball refs tag tags class side token query
username commit emulator curl compute block flac sample lines line lint language
address tools tool listen man tree issue issues summary unset policy global keep
exec license restore rate default bar validate threads network undo palm overlay
world debug machine machines delay apply publish raw arch remote prompt sort
terraform kill transmission vagrant header only allow filesystem partition enroll
refresh trash disk model top unix pacman guard age gen publisher band receive
application history params count grep awk anomaly dashboards dashboard names
name configure glue trigger sets organization subscription wait resource web
runtimes bash black verb boot trace tap outdated interactive item optional
registry task tasks socks style kit complete activate rename mutate pull columns
typo site loose modules delta by nice fuzz metadata insert into wallet submit
east plans cookie foot stop hard function gatsby snapshots within days tiles
zoom slope sandbox alias cache heads gist visibility variable origin next branch
develop glances elapsed persist definition golang vet signature graph helm lock
ident extract ignore database pairs bytes join jira git lab notebook explain
wrap decompress modulate channel channels page melt tests genres mingle replay
find subject payload options use nano work with icon this node ninja theme
invoke expression decode plugin plugins serve speed orca ouch opacity underlay
pangolin particle call parser stats platform team wheel spec text width inspect
save poetry progress checks bucket enqueue restart execute micro reverse trim
split shift shred silicon merge result desktop gnome elements schema upstream
feature fail on scaffold watchdog onboard provider ports min editor destination
audit release beep camera write bridge attempts suite drawing window slide
fixup unknown real nested reboot minimum auth freeze region link screen saver
layers terminate look alternative modem messaging express upgrade initial paper
force memory cores auto still action random scrub vanilla operation snap active
read level property cron mask attach setup trust comment title display offset
drive code capability reload agent include dependencies builder helper role comp
mime filter session generate tidy indent harvester the white recording transfer
objects held view connect contacts wave clusters object year symbolic card
labels builds hub identity lib deployment password tunnel open close less greater
forward single question and all plot mpeg ascii spell argo cloudflare core pack
lily pond mini neo mutt flow pig pip flakes score muse scale snort salt subl
surge trunk tmux wiggle zeek yara yazi kopia ansible avahi buku chisel chroma
detox dolt doxygen drush electrum emacs envoy espanso exercism fossil frida
gradle grunt guile hugo javac jupyter magick mamba maria meson monolith
nativefier nokogiri phing pico pinta prowler puppet quarto rabbit rapper crack
reflex ropper ruff skopeo tokei tail bump warp vulkan torrent webtorrent waybar
pacfile sandbox google cloud inkview nix kind knife lame lock lure more ocaml
olevba omz opencode openstack stack oathtool tool unzip zip un re sub super
multi over under wall whiptail yes title xdelta delta zsh boxxy beep tap ts
keygen keyring hex dump hexdump grim hardlink jarsigner signer jar ledger perf
ssl tls vnc view virt viewer viewers mount mutate nudoku kiterunner kite runner
gofumpt gofmt apptainer pueue rustup docs src
""".split())
VOCAB |= set("""
accept adjoin alien alpine argument assembly backlight bear bind bit bitrate browse
certificate chisels cipher colocate complain component compression control crypted
decaffeinate delimiters den discoverer drop duplicates echo entry epson evince
exists fiasco forensic gemini grants hardhat head hips imager inhibit label leaf
lexer mailcap matching module mounted offload omit orig pager palette parallel
parse part pass paste patch plasma private process prod profiles publickey push
quiet reset recipient recorder rector requires resample safe send sides silent
slides stylesheet subdomain subvolume symlink symlinks tabular timestamp toolbox
toolchain transcode transcoder turtle typescript units where yank katana gengar
gnomon koji kubie mogrify joe john moe gixy hut pup sox llama influx informix
ludusavi peludna prognoza takeo quick emu restic live terminalizer todoist zapier
claw steg snow storm sway sys dig sparsify snapshot rip array rar pride poke
presenter book detach separate unite perl texture kernel gamma margin smooth
fixed fade forge flip slice win map noise reduce deinterlace dither meta rescue
mongo hires liner opt repair physical extent last comm lol locale extend
resize topo stub optim inter place ram crash location shot probe grow googler
crypt game scope cam ever flash rom fig fake elastic dos recon distro buster mod
deluge eval clean track sec calligra bundle brotli walk base expect air dump
share amass aider secrets semanage alert serial skicka slack locate slurm bulk
fluff squash shuttle finder supervisor swap settings tex thin pool timidity
expand register encode parameter vera verify waifu what caddy free zabbix note
temp some circup tab do go it of if or us ok we so ask lid flow mutt neo alloc
notify sight whoami grub wire nodemon pygmentize contingent revision scan mail depth colors modify venom asciinema func
""".split())
VOCAB -= {w for w in VOCAB if len(w) == 1}
# two-letter pieces allowed inside a longer split; other two-letter words only whole
TWO_PIECES = {"my", "no", "go", "up", "me"}
# words kept whole, or as the last piece, but never inside a run ("ppmtoppm" has no "top")
NO_PIECE = {"top", "the", "all", "me"}
# two-letter pieces that may only open a run ("my s q l", "no wait", "go crypt")
START_ONLY = {"my", "no", "go"}
# a few places where the plain split would be heard as a protocol word
NEVER_WHOLE = {"pipeline", "pipelines", "pipewire", "dotnet", "starship", "mountpoint",
               "backslash", "hashtag"}


def split_word(w):
    """Cheapest split into vocab words (not reserved/sound-alike) and single letters.

    Cost: a letter 1.05, a piece of four or more letters 1, of three letters 1.2,
    an allowed two-letter piece 1; the whole run as one vocab word costs 1.
    """
    def cost(p):
        if len(p) == 1:
            return 1.05
        if p in RESERVED or p in SOUNDALIKE or p in NEVER_WHOLE or p not in VOCAB:
            return None
        if p == w:
            return 1.0
        if len(p) == 2:
            return 1.0 if p in TWO_PIECES else None
        return 1.2 if len(p) == 3 else 1.0
    n = len(w)
    best = [None] * (n + 1)
    best[n] = (0.0, [])
    for i in range(n - 1, -1, -1):
        cand = None
        for j in range(n, i, -1):
            p = w[i:j]
            c = None if ((p in NO_PIECE and j < n) or (p in START_ONLY and i > 0)) else cost(p)
            if c is None or best[j] is None:
                continue
            tot = (best[j][0] + c, [w[i:j]] + best[j][1])
            if cand is None or tot[0] < cand[0] - 1e-9:
                cand = tot
        best[i] = cand
    return best[0][1]


# ---------------------------------------------------------------- units
# A unit is a dict: kind in space/sym/num/word/letter; words = clean spoken words.
SEG_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+")


def letter_unit(ch):
    lw = ch.lower()
    words = [LETTERNAME.get(lw, lw)]
    if ch.isupper():
        words = ["capital"] + words
    return {"kind": "letter", "ch": ch, "words": words}


def word_unit(w, case):
    words = [w]
    if case == "cap":
        words = ["capital", w]
    elif case == "upper":
        words = ["all", "caps", w]
    text = {"lower": w, "cap": w[:1].upper() + w[1:], "upper": w.upper()}[case]
    return {"kind": "word", "w": w, "case": case, "text": text, "words": words}


def seg_units(seg):
    low = seg.lower()
    if seg.islower():
        case = "lower"
    elif seg.isupper() and len(seg) > 1:
        case = "upper"
    else:
        case = "cap"            # Capitalised, or a single capital letter
    if low in RESERVED or low in SOUNDALIKE:
        pieces = list(low)          # a protocol word or a sound-alike is spelled
    else:
        pieces = split_word(low)
    units = []
    for k, p in enumerate(pieces):
        if len(p) == 1:
            up = case == "upper" or (case == "cap" and k == 0)
            units.append(letter_unit(p.upper() if up else p))
        else:
            c = case if (case == "upper" or (case == "cap" and k == 0)) else "lower"
            units.append(word_unit(p, c))
    return units


def lex(cmd):
    units, i = [], 0
    while i < len(cmd):
        ch = cmd[i]
        if ch == " ":
            units.append({"kind": "space", "words": ["space"]}); i += 1
        elif ch.isdigit():
            j = i
            while j < len(cmd) and cmd[j].isdigit():
                j += 1
            s = cmd[i:j]
            units.append({"kind": "num", "s": s, "words": number_words(s)}); i = j
        elif ch.isalpha():
            j = i
            while j < len(cmd) and cmd[j].isalpha():
                j += 1
            for seg in SEG_RE.findall(cmd[i:j]):
                units.extend(seg_units(seg))
            i = j
        else:
            two = cmd[i:i + 2]
            if two in ("&&", ">>"):
                units.append({"kind": "sym", "ch": two, "words": list(CLEAN_SYM[two])}); i += 2
            else:
                if ch not in CLEAN_SYM:
                    raise ValueError("no name for %r" % ch)
                units.append({"kind": "sym", "ch": ch, "words": list(CLEAN_SYM[ch])}); i += 1
    # a dot between two numbers is said "point"
    for k, u in enumerate(units):
        if (u["kind"] == "sym" and u["ch"] == "." and 0 < k < len(units) - 1
                and units[k - 1]["kind"] == "num" and units[k + 1]["kind"] == "num"):
            u["words"] = ["point"]
    # phrase openers said literally right before their completion get spelled
    out = []
    for k, u in enumerate(units):
        nxt = units[k + 1]["words"][0] if k + 1 < len(units) else None
        if (u["kind"] == "word" and u["w"] in PREFIX and nxt in PREFIX_NEXT.get(u["w"], ())):
            for m, ch in enumerate(u["text"]):
                out.append(letter_unit(ch))
        else:
            out.append(u)
    return out


def clean_words(units):
    return [w for u in units for w in u["words"]]


# ---------------------------------------------------------------- listener
def decode(text):
    """The careful listener for the clean protocol."""
    toks = text.split()
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if t == "space":
            out.append(" "); i += 1; continue
        hit = None
        for words, sym in PHRASES:
            if tuple(toks[i:i + len(words)]) == words:
                hit = (words, sym); break
        if hit:
            out.append(hit[1]); i += len(hit[0]); continue
        if t in SYM1:
            out.append(SYM1[t]); i += 1; continue
        if t in NUMWORDS or (t == "double" and i + 1 < n and toks[i + 1] in ONES):
            j = i
            while j < n and (toks[j] in NUMWORDS or (toks[j] == "double" and j + 1 < n
                                                      and toks[j + 1] in ONES)):
                j += 2 if toks[j] == "double" else 1
            out.append(parse_numbers(toks[i:j])); i = j; continue
        if t == "capital":
            w = toks[i + 1]
            w = "z" if w == "zed" else w
            out.append(w[:1].upper() + w[1:]); i += 2; continue
        if t == "all" and i + 1 < n and toks[i + 1] == "caps":
            w = toks[i + 2]
            w = "z" if w == "zed" else w
            out.append(w.upper()); i += 3; continue
        if t == "zed":
            out.append("z"); i += 1; continue
        out.append(t); i += 1
    return "".join(out)


# ---------------------------------------------------------------- selection
def load_pool():
    pool = []
    with open(SRC, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 != 2:
                continue
            cmd = json.loads(line)["command"]
            if (not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64
                    or cmd != cmd.strip() or not cmd):
                continue
            try:
                units = lex(cmd)
            except ValueError:
                continue
            words = clean_words(units)
            if len(words) > 48:
                continue
            if decode(" ".join(words)) != cmd:
                continue
            pool.append(cmd)
    return pool


def choose(rng, pool):
    order = list(pool)
    rng.shuffle(order)
    seen, per_first, chosen = set(), {}, []
    for cmd in order:
        first = cmd.split()[0]
        if cmd in seen or per_first.get(first, 0) >= 2:
            continue
        seen.add(cmd)
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    if len(chosen) < PER_SLICE * len(SLICES):
        raise SystemExit("pool too small: %d" % len(chosen))
    return chosen


# ---------------------------------------------------------------- Whisper helpers
PROPER = {"docker": "Docker", "git": "Git", "python": "Python", "ubuntu": "Ubuntu",
          "firefox": "Firefox", "java": "Java", "alice": "Alice", "bob": "Bob",
          "flask": "Flask", "gnome": "GNOME", "postgres": "Postgres", "kaggle": "Kaggle",
          "jira": "Jira", "yaml": "YAML", "json": "JSON", "numpy": "NumPy",
          "terraform": "Terraform", "vagrant": "Vagrant", "gatsby": "Gatsby",
          "readme": "README", "vim": "Vim", "linode": "Linode", "conda": "Conda",
          "golang": "Golang", "ansible": "Ansible", "helm": "Helm", "nano": "Nano",
          "jupyter": "Jupyter", "podman": "Podman", "lodash": "Lodash"}
WORD_MISHEAR = {"sudo": ["pseudo", "Sudo"], "json": ["Jason", "J-son"], "grep": ["grip"],
                "yaml": ["Yamel"], "gif": ["Jif"], "env": ["NV"], "todo": ["to-do"],
                "chroot": ["CH root"]}
LETTER_SOUND = {"c": "see", "r": "are", "u": "you", "y": "why", "t": "tea", "o": "oh",
                "q": "queue", "i": "eye", "b": "be", "k": "Kay", "j": "Jay", "x": "ex",
                "p": "pee"}
ZED_FORMS = ["Zed", "zed", "Zedd", "said"]
NUM_SOUND = {"two": "to", "four": "for", "eight": "ate", "one": "won"}


def whisper_number(s, words, rng, casual):
    """How Whisper writes a spoken number."""
    r = rng.random()
    if casual and "0" in s[1:] and len(s) >= 3 and r < 0.15:
        # the speaker's "oh" for zero, e.g. "eight oh eight oh"
        return " ".join("oh" if c == "0" else ONES[int(c)] for c in s)
    if "double" in words and r < 0.3:
        return " ".join(str(ONES.index(w)) if w in ONES else w for w in words)
    if len(s) >= 4 and s.endswith("000") and r < 0.35:
        return "{:,}".format(int(s))
    if len(words) > 1 and "hundred" not in words and "thousand" not in words and r < 0.2:
        # split by groups: "80 80", "1 2 7"
        parts, i = [], 0
        while i < len(words):
            w = words[i]
            if w in TENS_VAL and i + 1 < len(words) and words[i + 1] in ONES and words[i + 1] != "zero":
                parts.append(str(TENS_VAL[w] * 10 + ONES.index(words[i + 1]))); i += 2
            elif w == "double":
                parts.append(str(ONES.index(words[i + 1])) * 2); i += 2
            else:
                parts.append(parse_numbers([w])); i += 1
        return " ".join(parts)
    if len(s) == 1 and r < 0.25:
        w = words[0]
        return NUM_SOUND.get(w, w) if rng.random() < 0.3 else w
    return s


def spell_letters(letters, rng, style):
    """letters: list of characters (case = real case)."""
    if any(c.isupper() for c in letters):
        return " ".join(("capital " if c.isupper() else "") + whisper_letter(c, rng)
                        for c in letters)
    if len(letters) == 1:
        return whisper_letter(letters[0], rng)
    spelt = "".join(letters)
    if spelt in RESERVED or spelt in SOUNDALIKE or spelt in VOCAB:
        # a real word spelt out: Whisper keeps the letters apart
        sep = " " if rng.random() < 0.5 else "-"
        return sep.join(whisper_letter(c, rng) for c in letters)
    if "z" in letters:
        return " ".join(whisper_letter(c, rng) for c in letters)
    r = rng.random()
    up = "".join(letters).upper()
    if style == "fuzzy":
        if r < 0.4:
            return " ".join(whisper_letter(c, rng) for c in letters)
        if r < 0.6:
            return "-".join(up)
        if r < 0.7:
            return ".".join(up) + "."
        return up
    if r < 0.55:
        return up
    if r < 0.8:
        return " ".join(up)
    return "-".join(up)


def whisper_letter(c, rng):
    lc = c.lower()
    if lc == "z":
        return rng.choice(ZED_FORMS) if rng.random() < 0.4 else "zed"
    if lc in LETTER_SOUND and rng.random() < 0.12:
        return LETTER_SOUND[lc]
    return lc.upper()


def whisper_word(u, rng, glue_ok=True):
    w = u["w"]
    if u["case"] == "upper":
        return rng.choice(["all caps", "all caps", "all-caps", "All caps"]) + " " + w.upper()
    if u["case"] == "cap":
        return rng.choice(["capital", "capital", "Capital"]) + " " + w.capitalize()
    r = rng.random()
    if w in WORD_MISHEAR and r < 0.25:
        return rng.choice(WORD_MISHEAR[w])
    if w in PROPER and r < 0.6:
        return PROPER[w]
    return w


# ---------------------------------------------------------------- fuzzy
FUZZY_SYM = {
    "-": [("hyphen", 5), ("minus", 2), ("dash", 2), ("Hyphen", 1)],
    ".": [("dot", 6), ("point", 2), ("period", 1)],
    "/": [("slash", 4), ("forward slash", 4), ("forward-slash", 1)],
    "\\": [("backslash", 2), ("back slash", 2)],
    "|": [("pipe", 1)], "*": [("star", 2), ("asterisk", 1)], "!": [("bang", 1)],
    "#": [("hash", 3), ("#", 1)], "~": [("tilde", 3), ("tilda", 2)],
    "@": [("at", 3), ("at sign", 1)], "$": [("dollar", 3), ("dollar sign", 1)],
    "%": [("percent", 2), ("per cent", 1)], "^": [("caret", 2), ("carrot", 1)],
    "&": [("ampersand", 1)], "=": [("equals", 4), ("equals sign", 1)],
    "+": [("plus", 1)], ":": [("colon", 5), ("Colin", 1)],
    ";": [("semicolon", 1), ("semi-colon", 1), ("semi colon", 1)],
    "_": [("underscore", 2), ("under score", 1)], ",": [("comma", 1)],
    '"': [("quote", 1)], "'": [("single quote", 3), ("single-quote", 1)],
    "`": [("backtick", 1), ("back tick", 1)], "?": [("question mark", 1)],
    "(": [("open paren", 1)], ")": [("close paren", 1)],
    "{": [("open brace", 2), ("open curly brace", 1)],
    "}": [("close brace", 2), ("close curly brace", 1)],
    "[": [("open bracket", 1)], "]": [("close bracket", 1)],
    "<": [("less than", 3), ("less-than", 1)],
    ">": [("greater than", 3), ("greater-than", 1), ("redirect", 1)],
    "&&": [("and and", 3), ("double ampersand", 1)],
    ">>": [("double greater than", 2), ("append", 1)],
}


FUZZY_PAIR = {
    "--": [("hyphen hyphen", 5), ("hyphen-hyphen", 1), ("minus minus", 1), ("dash dash", 2),
           ("double dash", 2)],
    "//": [("slash slash", 3), ("forward slash forward slash", 2)],
}
NAT_PAIR = {
    "--": [("double dash", 4), ("dash dash", 2), ("hyphen hyphen", 2), ("minus minus", 1)],
    "//": [("slash slash", 3), ("forward slash forward slash", 1)],
}


def wchoice(rng, options):
    total = sum(w for _, w in options)
    r = rng.random() * total
    for val, w in options:
        r -= w
        if r < 0:
            return val
    return options[-1][0]


def sentence_case(s):
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
        if c.isdigit():
            return s
    return s


def render_fuzzy(units, rng):
    parts, k = [], 0
    while k < len(units):
        u = units[k]
        kind = u["kind"]
        if kind == "space":
            r = rng.random()
            parts.append("space," if r < 0.15 else ("space." if r < 0.2 else "space"))
        elif kind == "sym":
            pair = u["ch"] + units[k + 1]["ch"] if (k + 1 < len(units) and units[k + 1]["kind"] == "sym") else ""
            if pair in FUZZY_PAIR:
                parts.append(wchoice(rng, FUZZY_PAIR[pair])); k += 2
                continue
            if u["words"] == ["point"]:
                parts.append("point" if rng.random() < 0.8 else "dot")
            else:
                parts.append(wchoice(rng, FUZZY_SYM[u["ch"]]))
        elif kind == "num":
            parts.append(whisper_number(u["s"], u["words"], rng, casual=False))
        elif kind == "word":
            # glue a following plain word now and then ("check install" -> "checkinstall")
            if (u["case"] == "lower" and k + 1 < len(units) and units[k + 1]["kind"] == "word"
                    and units[k + 1]["case"] == "lower" and rng.random() < 0.3):
                parts.append(u["w"] + units[k + 1]["w"]); k += 2; continue
            parts.append(whisper_word(u, rng))
        elif kind == "letter":
            j = k
            while (j < len(units) and units[j]["kind"] == "letter"
                   and units[j]["ch"].islower() == u["ch"].islower()):
                j += 1
            parts.append(spell_letters([x["ch"] for x in units[k:j]], rng, "fuzzy")); k = j
            continue
        k += 1
    text = " ".join(parts)
    # Whisper starts a new sentence after "space." and capitalises
    text = re.sub(r"(space\.) (\w)", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    text = sentence_case(text)
    if rng.random() < 0.45:
        text += "."
    return text


# ---------------------------------------------------------------- natural
OPENERS = ["Right, ", "Right then, ", "Right, can you run ", "Go on then, ", "Pop in ",
           "Could you pop in ", "Stick in ", "Can you bung in ", "Let's have ",
           "Do us a favour and run ", "Okay, so it's ", "Right, next one. ",
           "Erm, right, ", "Can we have ", "Type in ", "Right then, let's do "]
SIGNOFFS = [" Cheers.", " Ta.", " Ta very much.", " Lovely.", " That's the lot.",
            " Job done.", " That'll do.", " Cheers, love.", " Ta-ra.", " Brilliant, ta."]
FILLERS = ["erm,", "er,", "erm", "sort of", "you know,", "erm, let's see,"]
NAT_SYM = {
    "-": [("hyphen", 5), ("dash", 3), ("minus", 1)],
    ".": [("dot", 1)], "/": [("slash", 3), ("forward slash", 3)],
    "\\": [("backslash", 1)], "|": [("pipe", 1)],
    "*": [("star", 2), ("asterisk", 1)], "!": [("bang", 1)], "#": [("hash", 1)],
    "~": [("tilde", 3), ("tilda", 2)], "@": [("at", 2), ("at sign", 1)],
    "$": [("dollar", 2), ("dollar sign", 1)], "%": [("percent", 1)],
    "^": [("caret", 1)], "&": [("ampersand", 1)], "=": [("equals", 3), ("equals sign", 1)],
    "+": [("plus", 1)], ":": [("colon", 1)], ";": [("semicolon", 1)],
    "_": [("underscore", 1)], ",": [("comma", 1)], '"': [("quote", 1)],
    "'": [("single quote", 2), ("quote", 1)], "`": [("backtick", 1)],
    "?": [("question mark", 1)], "(": [("open paren", 1)], ")": [("close paren", 1)],
    "{": [("open curly brace", 1), ("open brace", 1)],
    "}": [("close curly brace", 1), ("close brace", 1)],
    "[": [("open bracket", 1)], "]": [("close bracket", 1)],
    "<": [("less than", 1)],
    ">": [("greater than", 2), ("redirect", 2)],
    "&&": [("and and", 2), ("double ampersand", 1)],
    ">>": [("double greater than", 1), ("append", 1)],
}


def tokens_of(units):
    """Split units into space-separated command tokens."""
    toks, cur = [], []
    for u in units:
        if u["kind"] == "space":
            toks.append(cur); cur = []
        else:
            cur.append(u)
    toks.append(cur)
    return toks


def render_token(tok, rng):
    """One command token in natural speech, as Whisper writes it -> list of pieces."""
    pieces, k = [], 0
    while k < len(tok):
        u = tok[k]
        kind = u["kind"]
        pair = (u["ch"] + tok[k + 1]["ch"] if kind == "sym" and k + 1 < len(tok)
                and tok[k + 1]["kind"] == "sym" else "")
        if pair in NAT_PAIR:
            pieces.append(wchoice(rng, NAT_PAIR[pair])); k += 2
            continue
        if (kind == "letter" and u["ch"].islower() and k + 1 < len(tok) and tok[k + 1]["kind"] == "num"
                and len(tok[k + 1]["s"]) <= 2 and (k == 0 or tok[k - 1]["kind"] != "letter")
                and rng.random() < 0.5):
            # Whisper glues a spoken letter and a short number: "S3", "X11"
            pieces.append(u["ch"].upper() + tok[k + 1]["s"]); k += 2
            continue
        if kind == "num" and k + 2 < len(tok) and tok[k + 1].get("words") == ["point"]:
            # versions and addresses: Whisper usually glues "1.2.1"
            j = k
            while j + 2 < len(tok) and tok[j + 1].get("words") == ["point"] and tok[j + 2]["kind"] == "num":
                j += 2
            nums = [tok[m]["s"] for m in range(k, j + 1, 2)]
            if rng.random() < 0.7:
                pieces.append(".".join(nums))
            else:
                pieces.append(" point ".join(whisper_number(s, number_words(s), rng, True)
                                             for s in nums))
            k = j + 1
            continue
        if kind == "sym":
            if (u["ch"] == "." and 0 < k < len(tok) - 1 and tok[k - 1]["kind"] == "word"
                    and tok[k + 1]["kind"] == "word" and tok[k + 1]["case"] == "lower"
                    and rng.random() < 0.3 and pieces):
                pieces[-1] = pieces[-1] + "." + tok[k + 1]["w"]; k += 2
                continue
            if u["words"] == ["point"]:
                pieces.append("point")
            else:
                pieces.append(wchoice(rng, NAT_SYM[u["ch"]]))
        elif kind == "num":
            pieces.append(whisper_number(u["s"], u["words"], rng, casual=True))
        elif kind == "word":
            pieces.append(whisper_word(u, rng))
        elif kind == "letter":
            j = k
            while (j < len(tok) and tok[j]["kind"] == "letter"
                   and tok[j]["ch"].islower() == u["ch"].islower()):
                j += 1
            pieces.append(spell_letters([x["ch"] for x in tok[k:j]], rng, "natural")); k = j
            continue
        k += 1
    return pieces


def natural_body(units, rng):
    """List of token strings (each a natural rendering of one command token)."""
    return [" ".join(render_token(t, rng)) for t in tokens_of(units)]


def gaps_outside_quotes(toks):
    """safe[i]: the gap before command token i is not inside a quoted string."""
    safe, state = [], None
    for t in toks:
        safe.append(state is None)
        for u in t:
            if u["kind"] == "sym" and u["ch"] in "\"'":
                if state is None:
                    state = u["ch"]
                elif state == u["ch"]:
                    state = None
    return safe


def add_fillers(tokens, rng, rate, safe):
    out = []
    for i, t in enumerate(tokens):
        if i > 0 and safe[i] and rng.random() < rate:
            out.append(rng.choice(FILLERS))
        out.append(t)
    return out


def frame(body, rng, signoff_rate=0.55):
    text = rng.choice(OPENERS) + body
    text = text.rstrip(" ,")
    if not text.endswith((".", "?", "!")):
        text += "."
    if rng.random() < signoff_rate:
        text += rng.choice(SIGNOFFS)
    # Whisper starts each new sentence with a capital
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return sentence_case(text)


def render_natural(units, rng):
    safe = gaps_outside_quotes(tokens_of(units))
    toks = natural_body(units, rng)
    toks = add_fillers(toks, rng, 0.1, safe)
    return frame(" ".join(toks), rng)


# ---------------------------------------------------------------- chaotic
CORRECT = ["no, sorry,", "sorry, I tell a lie,", "no, hang about,", "scrap that,",
           "beg pardon,", "no no,", "no, sorry, I mean", "hang on, not that,"]
RESTART = ["Hang on, let me start again.", "No, scrap all that, from the top.",
           "I've made a pig's ear of that. From the top.", "Sorry, start again.",
           "No, hang about, let me do that again."]
ASIDES = ["sorry, the kettle's just boiled,", "bear with me,", "where was I,",
          "hang on, the dog wants out, right,", "this is for the backup box,",
          "sorry, my glasses,", "ooh, where was I, yes,", "I always forget this one,"]
WRONG_WORDS = ["main", "test", "data", "backup", "demo", "notes", "config", "output",
               "report", "archive", "logs", "docs", "input", "script", "foo", "alpha"]


def wrong_for(u, rng):
    """A plausible wrong version of a unit, as Whisper would write it."""
    kind = u["kind"]
    if kind == "num":
        s = u["s"]
        while True:
            alt = str(int(s) + rng.choice([1, 2, -1, 10, 100, -2])) if int(s) > 2 else str(rng.randint(3, 9))
            if alt != s and not alt.startswith("-"):
                return alt
    if kind == "word":
        while True:
            alt = rng.choice(WRONG_WORDS)
            if alt != u["w"]:
                break
        if u["case"] == "cap":
            return "capital " + alt.capitalize()
        if u["case"] == "upper":
            return "all caps " + alt.upper()
        return alt
    if kind == "letter":
        while True:
            alt = rng.choice("abdefghlmnsv")
            if alt != u["ch"].lower():
                break
        return ("capital " if u["ch"].isupper() else "") + alt.upper()
    return None


def render_chaotic(units, rng):
    toks = tokens_of(units)
    rendered = [" ".join(render_token(t, rng)) for t in toks]
    flags = [i for i, t in enumerate(toks) if len(t) > 1 and t[0]["kind"] == "sym"
             and t[0]["ch"] == "-" and any(x["kind"] in ("letter", "word") for x in t)]
    targets = [(i, m) for i, t in enumerate(toks) for m, x in enumerate(t)
               if x["kind"] in ("word", "num") or (x["kind"] == "letter" and len(t) <= 3)]
    r = rng.random()
    if r < 0.3 and flags:
        mode = "flag"
    elif r < 0.55 and len(toks) >= 2:
        mode = "restart"
    elif r < 0.75:
        mode = "fragments" if len(toks) >= 3 else "word"
    else:
        mode = "word"
    if mode == "word" and not targets:
        mode = "restart"
    lead = ""
    if mode == "flag":
        i = rng.choice(flags)
        t = toks[i]
        bad = list(t)
        # change the flag's first letter/word
        for m, x in enumerate(bad):
            if x["kind"] in ("letter", "word"):
                alt = wrong_for(x, rng)
                wrong_piece = alt
                break
        dash = "double dash" if len(t) > 1 and t[1]["kind"] == "sym" and t[1]["ch"] == "-" else "hyphen"
        wrong = dash + " " + wrong_piece
        corr = rng.choice(["no, hang about, not that one, it's", "sorry, wrong flag, it's",
                           "no, I tell a lie, it's", "scrap that flag,"])
        rendered[i] = wrong + ", " + corr + " " + rendered[i]
    elif mode == "word":
        i, m = rng.choice(targets)
        alt = wrong_for(toks[i][m], rng)
        # render the parts before and after the corrected unit separately
        pre = " ".join(render_token(toks[i][:m], rng)) if m else ""
        this = " ".join(render_token([toks[i][m]], rng))
        post = " ".join(render_token(toks[i][m + 1:], rng)) if m + 1 < len(toks[i]) else ""
        mid = alt + ", " + rng.choice(CORRECT) + " " + this
        rendered[i] = " ".join(p for p in (pre, mid, post) if p)
    elif mode == "restart":
        cut = rng.randint(1, max(1, min(len(toks) - 1, 4)))
        lead = " ".join(rendered[:cut]) + "... " + rng.choice(RESTART) + " "
    elif mode == "fragments":
        cuts = sorted(rng.sample(range(1, len(toks)), min(2, len(toks) - 1)))
        out, prev = [], 0
        first_joins = ["That's the first bit. Then", "Got that? Then", "Right. Then",
                       "That's the start. Then"]
        more_joins = ["Then after that,", "And then, erm,", "And after that,"]
        for c in cuts + [len(toks)]:
            out.append(" ".join(rendered[prev:c]))
            prev = c
        body = out[0]
        for f, frag in enumerate(out[1:]):
            body += ". " + rng.choice(first_joins if f == 0 else more_joins) + " " + frag
        rendered = [body]
    # extra trouble: stutter a word, or an aside (never inside quotes)
    safe = gaps_outside_quotes(toks) if len(rendered) == len(toks) else [False] * len(rendered)
    extra = rng.random()
    if extra < 0.35 and any(safe[1:]):
        i = rng.choice([j for j in range(1, len(rendered)) if safe[j]])
        rendered.insert(i, rng.choice(ASIDES))
        safe.insert(i, True)
        safe[i + 1] = False
    elif extra < 0.6:
        i = rng.randrange(len(rendered))
        first = rendered[i].split(" ")[0]
        words = [" ".join(clean_words(t)) for t in toks]
        if (i < len(toks) and len(rendered) == len(toks) and toks[i] and toks[i][0]["kind"] == "word"
                and first.isalpha() and len(first) > 2
                and (i == 0 or words[i - 1] != words[i])
                and (i + 1 >= len(toks) or words[i + 1] != words[i])):
            # a stutter ("config, config dot P G M"); never where the command repeats a word
            rendered[i] = first + ", " + rendered[i]
    toks_out = add_fillers(rendered, rng, 0.12, safe)
    body = lead + " ".join(toks_out)
    return frame(body, rng, 0.4)


# ---------------------------------------------------------------- main
def build():
    rng = random.Random(117)
    pool = load_pool()
    chosen = choose(rng, pool)
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            units = lex(cmd)
            if name == "clean":
                text = " ".join(clean_words(units))
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif name == "fuzzy":
                text = render_fuzzy(units, rng)
            elif name == "natural":
                text = render_natural(units, rng)
            else:
                text = render_chaotic(units, rng)
            text = re.sub(r" +", " ", text).replace(" ,", ",").replace(",,", ",").strip()
            rows.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r["slice"]] = counts.get(r["slice"], 0) + 1
    ok = all(decode(r["input"]) == r["command"] for r in rows if r["slice"] == "clean")
    print("wrote %s: %d lines %s; clean round-trip: %s" % (OUT, len(rows), counts, ok))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
