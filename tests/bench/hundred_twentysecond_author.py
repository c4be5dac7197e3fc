#!/usr/bin/env python3
# ruff: noqa: B007, E501, UP031, UP032
r"""Author 122: a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author122.jsonl: 400 lines of
{"input", "command", "slice", "author": "author122"}, 100 per slice in the
order clean, fuzzy, natural, chaotic.  Standard library only; one
random.Random(122) is consumed in a fixed order, so reruns are byte-identical.

Run:  python3 tests/bench/hundred_twentysecond_author.py

SOURCE AND CREDIT
    Every command comes from assets/training/bash/pages_dev64_commands.jsonl,
    which is built from tldr-pages (https://github.com/tldr-pages/tldr),
    licensed CC BY 4.0.  Commands are used exactly as they appear there.

SELECTION
    Only 0-based pool lines n with n % 3 == 1, for all four slices.  A
    command is skipped when it cannot sensibly be dictated: non-ASCII, a tab,
    a double space, over 64 characters, over 48 spoken tokens (words of its
    clean rendering below), or when the clean listener cannot rebuild it.
    The allowed commands (pool order) are shuffled with the seeded generator
    and taken in that order, at most two per first word, all distinct; the
    first 100 go to clean, the next 100 to fuzzy, then natural, then chaotic.

====================================================================
STYLE GUIDE
====================================================================

THE SPEAKER
    Duarte, a backend developer in Lisbon (Python and Postgres services,
    lots of terminal work).  Fluent, Portuguese-flavoured English.  When he
    relaxes, European Portuguese leaks in: fillers "pronto", "portanto",
    "pá", "tipo", "então", "olha", "bom", "ora bem", "vamos lá"; correction
    words "não não", "espera", "aliás", "quer dizer", "ou seja", "desculpa",
    "enfim", "esquece", "apaga isso"; sign-offs "e pronto", "e já está",
    "obrigado".  Now and then he names a symbol in Portuguese ("traço" or
    "hífen" for a dash, "ponto" for a dot, "barra" for a slash, "arroba" for
    @, "til" for ~, "aspas" for a double quote, "cardinal" for #,
    "asterisco" for *) and says a digit in Portuguese ("dois", "três",
    "oito"; never "um" for one, because Whisper writes "um" as a filler).
    His "three" sounds like "tree", so he is wary of number homophones.

THE CLEAN PROTOCOL, AS DUARTE USES IT
    Careful transcript: lower case, no punctuation, nothing but the command.

    Spacing.  He says "space" between the command's tokens and nowhere else.
        Everything between two "space"s is glued together.

    Words.  A lowercase run that is a word he knows (the VOCAB list: English
        words and tool names he pronounces, e.g. "sudo", "grep", "json",
        "yaml", "nginx") is said as that word.  A longer name that is not is
        broken into known words and spelled letters: "mkswap" -> "m k swap",
        "hexdump" -> "hex dump", "localhost" -> "local host", "go access",
        "rust up" (two-letter words only at the start or end of a name).
        Netpbm-style names "xtoy" are said with "to" spelled:
        "jpegtopnm" -> "jpeg t o p n m".  Anything else is spelled.

    Letters.  Spelled one letter per word, written as the bare lowercase
        letter: "src" -> "s r c", "ls" -> "l s", "env" -> "e n v".

    Casing.  Lower case unless he says otherwise.
        "capital" + letter or word: first letter upper ("capital d" -> D,
            "capital manage" -> Manage, "capital v capital box capital
            manage" -> VBoxManage).
        "all caps" + one word: the whole word upper ("all caps readme" ->
            README).  An upper-case acronym that is not a word is spelled
            with "capital" on every letter ("capital m capital x" -> MX).
        Case runs, used whenever every part is a word he knows and the run
            stands alone between symbols/spaces: "snake case api key" ->
            api_key, "kebab case dry run" -> dry-run (so "--dry-run" is
            "dash dash kebab case dry run"), "camel case is nil" -> isNil,
            "pascal case scene name" -> SceneName, "screaming case" -> FOO_BAR.
            The run takes the plain words that follow and ends at the first
            protocol word ("space", a symbol, a number, "literal", ...).

    Numbers.  Digits are glued to what surrounds them.
        one digit: the digit word ("zero" for 0, never "oh").
        two digits, no leading zero: the compound ("forty two", "ten",
            "twenty").
        exact hundreds 100-900: "one hundred", "eight hundred".
        exact thousands 1000-99000: "three thousand", "twenty two thousand".
        four digits whose third digit is not 0: two pairs, like a year:
            8080 "eighty eighty", 1024 "ten twenty four", 5432 "fifty four
            thirty two", 1920 "nineteen twenty".
        everything else digit by digit: 192 "one nine two", 1500 "one five
            zero zero", 007 "zero zero seven".
        Decimals and dotted numbers use "dot": 3.9 "three dot nine",
            10.0.0.5 "ten dot zero dot zero dot five".
        Listener rule: a tens word followed by a units word is one number;
            "hundred"/"thousand" multiply the number just said; the decimal
            strings of successive numbers are concatenated.

    Symbols (his words; the listener also knows every synonym in the facts).
        -  dash              .  dot               /  slash
        \  backslash         |  pipe              *  star
        !  bang              #  hash              ~  tilde
        @  at                $  dollar            %  percent
        ^  caret             &  ampersand         && and and
        =  equals            +  plus              :  colon
        ;  semicolon         _  underscore        ,  comma
        "  quote             '  single quote      `  backtick
        ?  question mark     ( ) open/close paren { } open/close brace
        [ ] open/close bracket                    <  less than
        >  "redirect" at the head of a token (after an optional fd digit or
           &: "two redirect ampersand one" -> 2>&1), otherwise "greater
           than" ("numpy greater than equals one dot eleven").
        >> "append" at the head of a token ("append dot gitignore").
        Doubled symbols are just said twice: "dash dash" --, "dot dot" ..,
        "pipe pipe" ||, "slash slash" //.

    Literal words.  When he means a protocol word as plain text he says
        "literal" first: the one-word protocol words and synonyms (dash,
        dot, point, at, star, hash, pipe, space, redirect, append, ...),
        number words, "capital", "literal", and the number homophones
        "to", "too", "for", "won", "ate", "tree" -> "literal dot" (the dot
        command), "blake two b underscore literal hash", "dash dash reverse
        dash literal tree".  A word of a multi-word phrase (open, close,
        single, question, less, greater, double, forward, sign, all, caps,
        case, snake, kebab, ...) gets "literal" only when the word next to
        it would complete the phrase.  Inside a broken-up name he spells a
        homophone instead ("t o") and says "literal" for the other protocol
        words ("literal dot net" -> dotnet).

    decode() below is the listener for exactly this protocol; every clean
    line is checked with decode(input) == command.

NATURAL-SPEECH HABITS (natural and chaotic slices)
    No "space"; the listener infers spacing.  Tool names are said as names.
    Openers: "Ok, pronto, so the command is", "Bom, portanto, I want to
    run", "Olha, can you type", "Right, pá, let's do", "Vamos lá,", ...
    Sign-offs: "e pronto.", "pronto, enter.", "that's all, pá.", "e já
    está.", ...  Fillers between tokens, never inside a quoted string.
    Loose symbol names: dash/minus/hyphen/traço/hífen, "dash dash" or
    "double dash" or "minus minus" or "traço traço"; dot/point/ponto;
    slash/forward slash/barra; at/arroba; tilde/tilda/til; quote/double
    quote/aspas; single quote/apostrophe; redirect/greater than;
    append/double greater than; and and/double ampersand; star/asterisk/
    asterisco; hash/cardinal.
    Capitals: "capital D" or, Portuguese-style, "D maiúsculo"; a word in
    capitals is "all caps TODO", "TODO in caps" or "TODO em maiúsculas".
    Single digits are sometimes Portuguese ("cinco", "três").

WHISPER'S HABITS (fuzzy, natural, chaotic)
    Capitalises the first word and ends with a period most of the time;
    sprinkles commas ("space," ...).  Writes spelled letters in capitals,
    glued, spaced or hyphenated ("TXT", "T X T", "T-X-T"); a capital
    written by Whisper means nothing, only a spoken "capital" does.  Now and
    then writes a letter as its sound ("see", "are", "why", "you", "ex",
    "bee", "jay", "queue", "eye").  Numbers become numerals ("8080", "80
    80", "8,000", "forty-two", "1 2 7"), IPs and versions get glued
    ("192.168.1.10"), "two"/"four" can come out as "to"/"for".  Splits or
    hyphenates compounds ("back slash", "semi colon", "under score",
    "dash-dash", "kebab-case", "all-caps"), mishears "caret" as "carrot",
    "paren" as "parent", "sudo" as "pseudo", "literal" as "literally",
    capitalises names ("Docker", "GitHub"), and sometimes writes a dot,
    "--", "&&" or "@" as the character itself ("report.pdf", "--force").

THE FOUR SLICES
    clean    The protocol above, as a careful transcript.  decode() checks it.
    fuzzy    The same protocol (with "space"), as Whisper writes it, and with
             Duarte's looser symbol synonyms (minus, hyphen, period, point,
             forward slash, traço, ponto, barra, arroba, til, ...).  No
             framing, no fillers.
    natural  Duarte talking normally: an opener most of the time, maybe a
             sign-off, fillers, loose symbol names, no "space", Whisper's
             sentences and numerals.
    chaotic  Natural plus one main trouble, and often one extra:
             word scope   a wrong value, then "não não," / "quer dizer," /
                          "aliás," / "ou seja," / "espera, espera," /
                          "desculpa, quer dizer," and the whole token again;
             flag scope   a wrong flag, then "não, wrong flag, é" /
                          "espera, not that flag," / "aliás, the flag is" /
                          "desculpa, the right flag is" and the right flag;
             whole command  a false start, then "enfim, esquece, from the
                          top:" / "não não não, apaga isso, again:" /
                          "pronto, vamos outra vez:" and the full command;
             late fix     the wrong value left in place, then after the
                          command "ah, espera, not X, Y" / "ou seja, not X
                          but Y" / "aliás, where it says X it's Y";
             extras       an aside ("the VPN is so slow today, enfim",
                          "Rui asked me about this", "espera, my coffee"),
                          a stutter ("kaggle... kaggle"), or a hesitation
                          ("hmm, como é que é,", "what was it, ah yes,").
             A careful listener can always rebuild the command exactly: the
             last thing said for a token wins, and asides never contain
             protocol words.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev64_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author122.jsonl")
AUTHOR = "author122"
SEED = 122
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
TEEN_WORDS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
              "eighteen nineteen").split()
TENS_LIST = [None, None, "twenty", "thirty", "forty", "fifty", "sixty",
             "seventy", "eighty", "ninety"]
TENS_WORDS = {w: i for i, w in enumerate(TENS_LIST) if w}
NUMBER_WORDS = (set(DIGIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS)
                | {"hundred", "thousand"})
# Portuguese digits the speaker lets slip in loose speech (never "um": Whisper
# writes the English filler "um", so one is always said in English).
PT_DIGITS = {2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis",
             7: "sete", 8: "oito", 9: "nove"}


def two_digits(n):
    """Words for 0..99 as this speaker says them."""
    if n < 10:
        return [DIGIT_WORDS[n]]
    if n < 20:
        return [TEEN_WORDS[n - 10]]
    t, u = divmod(n, 10)
    return [TENS_LIST[t]] + ([DIGIT_WORDS[u]] if u else [])


def say_number(ds):
    """The speaker's number habit (see the style guide, NUMBERS)."""
    n = int(ds)
    if len(ds) == 1:
        return [DIGIT_WORDS[n]]
    if ds[0] == "0":
        return [DIGIT_WORDS[int(c)] for c in ds]
    if len(ds) == 2:
        return two_digits(n)
    if len(ds) == 3 and ds[1:] == "00":
        return [DIGIT_WORDS[n // 100], "hundred"]
    if n % 1000 == 0 and 1 <= n // 1000 <= 99:
        return two_digits(n // 1000) + ["thousand"]
    if len(ds) == 4 and ds[2] != "0":
        return two_digits(int(ds[:2])) + two_digits(int(ds[2:]))
    return [DIGIT_WORDS[int(c)] for c in ds]


def number_form(ds):
    n = int(ds)
    if len(ds) == 1:
        return "digit"
    if ds[0] == "0":
        return "digits"
    if len(ds) == 2:
        return "compound"
    if len(ds) == 3 and ds[1:] == "00":
        return "hundred"
    if n % 1000 == 0 and 1 <= n // 1000 <= 99:
        return "thousand"
    if len(ds) == 4 and ds[2] != "0":
        return "pair"
    return "digits"


def parse_number(words, i):
    """Listener side: read a run of number words starting at i."""
    out = ""
    while i < len(words) and words[i] in NUMBER_WORDS \
            and words[i] not in ("hundred", "thousand"):
        w = words[i]
        i += 1
        if w in DIGIT_WORDS:
            v = DIGIT_WORDS.index(w)
        elif w in TEEN_WORDS:
            v = 10 + TEEN_WORDS.index(w)
        else:
            v = TENS_WORDS[w] * 10
            if i < len(words) and words[i] in DIGIT_WORDS[1:]:
                v += DIGIT_WORDS.index(words[i])
                i += 1
        if i < len(words) and words[i] == "hundred":
            v *= 100
            i += 1
        elif i < len(words) and words[i] == "thousand":
            v *= 1000
            i += 1
        out += str(v)
    return out, i


# --------------------------------------------------------------------------
# Symbols
# --------------------------------------------------------------------------
# What this speaker says in the clean protocol.
SYM_CLEAN = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than", "&&": "and and",
}
REDIRECT_CLEAN = {">": "redirect", ">>": "append"}

# Listener side: every single word / phrase of the protocol (the speaker's
# own words plus the synonyms every listener knows).
SINGLES = {
    "space": " ", "dash": "-", "minus": "-", "hyphen": "-", "dot": ".",
    "period": ".", "point": ".", "slash": "/", "backslash": "\\",
    "pipe": "|", "star": "*", "asterisk": "*", "bang": "!", "hash": "#",
    "tilde": "~", "at": "@", "dollar": "$", "percent": "%", "caret": "^",
    "ampersand": "&", "equals": "=", "plus": "+", "colon": ":",
    "semicolon": ";", "underscore": "_", "comma": ",", "quote": '"',
    "backtick": "`", "redirect": ">", "append": ">>",
}
PHRASES = {
    ("and", "and"): "&&", ("pipe", "pipe"): "||", ("dash", "dash"): "--",
    ("double", "dash"): "--", ("dot", "dot"): "..",
    ("single", "quote"): "'", ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
    ("less", "than"): "<", ("greater", "than"): ">",
    ("double", "greater", "than"): ">>", ("forward", "slash"): "/",
    ("at", "sign"): "@", ("dollar", "sign"): "$", ("equals", "sign"): "=",
    ("equal", "sign"): "=",
}
CASE_RUNS = {"snake": "_", "kebab": "-", "camel": "", "pascal": "",
             "screaming": "_"}
MARKERS = {"capital", "literal", "all", "caps", "case"} | set(CASE_RUNS)
# Words that always need "literal" when meant as a plain word: the one-word
# protocol words, the number words, and homophones of number words (a
# listener hears "to" and "two", "for" and "four" alike).
HOMOPHONES = {"to", "too", "for", "fore", "won", "ate", "tree", "tin"}
ALWAYS_ESCAPE = set(SINGLES) | NUMBER_WORDS | {"capital", "literal"} | HOMOPHONES
# Multi-word protocol phrases: a plain word needs "literal" when, with the
# word before or after it, it would form one of these.
PHRASE_LIST = list(PHRASES) + [("all", "caps")] + [(s, "case") for s in CASE_RUNS]
PHRASE_WORDS = {w for ph in PHRASE_LIST for w in ph}


def needs_literal(w, before, after):
    """before: spoken words so far; after: spoken words that follow."""
    if w in ALWAYS_ESCAPE:
        return True
    for ph in PHRASE_LIST:
        for j, pw in enumerate(ph):
            if pw != w:
                continue
            head, tail = list(ph[:j]), list(ph[j + 1:])
            if (not head or before[-len(head):] == head) and \
                    (not tail or after[:len(tail)] == tail) and (head or tail):
                if head and before[-len(head) - 1:-len(head)] == ["literal"]:
                    continue
                return True
    return False


# --------------------------------------------------------------------------
# Words: what the speaker says as a word, and what gets spelled
# --------------------------------------------------------------------------
VOCAB = set("""
access ack action activate add address admin aide aider alex alias alice
align all allow alpha alpine amplify analyse analysis analytics anchors and
android ansible app append apple applet apply apt arch archive args argument
arguments aria ark as aspect assembly atom audio auth auto autoload
autostart avail back backend background backup backups balena bar base bash
bear beet bin binary bind bisect bitrate black blake block body boolean boot
box branch brew bridge brief broker browse browser brute bucket build
builder bun bundle bytes cache call caller cam cancel cap caption capture
carbon cargo case cast cat chain channel chars chat check checkout checks
checksums clang clean cleanup clear client clipboard clone closed cloud
cluster code coffee collection color colors columns com command comment
commit compact compile complete component compress compressed compute
concurrent conda condition conf config configuration configure connect
console contacts context controller convert copilot copy core cotton count
course cowsay cradle crane create cron current daemon data date dates
debug decompress decrypt dedicated default defaults delay delete demo deploy
depth describe description design desktop detach detox dev develop
developers device diff dir directory disable disk docker docs doctor
document domain done dot download downloads drawing drive dry dump dust
echo edges editor emit empty emulate enable encrypt engines enroll
enrollment enter error errors event events example exclude exec exit
export express extension extract fake false fasta feed feedback file
filename files filter firefox firewall first fix flac flags flake flask
flat flate flatpak flips fly fold font fonts foo force format fossil frame
free freeze from full func galaxy gamma gem get gist git github gitignore
gitlab glob global gleam godoc gradle gray grep grab grub group hard hash
hashes head header height hello heroku highlight hints host hub hunter
identity ignore image imager images import in index info init initial input
install instance interaction interactive interface internal island issue
jack jar java join jpeg json julia kate keep kernel key keys kill kiwi knock
label lame landscape lang language latest launch layout length less level
light limit line link lint linux list load local lock locust lodash log
logfile login logs loop magick main make man manage manifest map markdown
market match matrix max maxplayers memory menu merge message messages
meteor method micro midi min minimum missing mode model models modify
module monthly more most mount move multipass my myapp mydb myenv name
namespace nano net network new next no node none note notes now number
numbering numbers numpy object of offline on onboard only opus option
optional options or org origin orphans other out outfile output owner
package pacman pages palm param params parse parser particle partition
password paste patch path photo pie pig ping pinned pint pip pixel place
plan plasma platform play player pool port position post postgres posts pot
prefix prep prepare pretty print private probe process prod profiles
program progress project projects prompt properties property proto protocol
proxy prune publish pull push put putty python query queue quiet rails
range ranger rate raw ray read readme readonly real recipe recurse
recursive redis reference registry relay release reload remote remove
removed rename repair repo report repository request requests requirements
requires reset resize resolution resolve resource restart restore result
resume reuse reverse rich roles root rotate route routes ruby rule run
runtime sandbox saturation saver scan scene screen screenshot script search
secret section sed seek select self send serve server service services
session set setup share shell short show shred signature silent single size
skip sleep slides snap snapshot sniff socket some sort source split spotify
stack staff start state status steam stop storage store string strip style
subs subscription substring summary support swap sync system table tag tags
tar target template terraform test tests text theme then tidy tilt time
timer timestamp tip todo token tokens toml tool toolbox toolchain tools top
torrent touch trace traffic transfer tree trust tunnel turbo type
typescript typos unit update upgrade upload uptime usage user username users
vagrant valkey vanilla variable verbose version versions via video view vim
walker wall warn warning watch watchdog wave web website where which whoami
width wiki window with within without word words work worker world write
yank yes zinc zip zone zoom
advise air andro androguard apropos apptainer arg ascii asciinema avahi azure
bicep blue boat bob cash chafa change clam computer crypt curl curlie decode
deemix deskew distro divisor dolt dos draw drupal due electrum elastic encode
envoy exa executable fast fastmod fee fetch fido fig fits forge frag front geometry
gibo gif gnucash go gomi grace groups grim guard hex icon if indent ink is
kaggle koji kool linode live matryoshka me meter mime mini mod mosquitto muse
mutate mypy neo news nginx nil nim nix nokogiri omit operations opt opts
osmium ouch pacstall pam parallel pep permanent pod poetry presenter prowler
prove pulumi quick rust sam scipy sec sheet shuttle skew skopeo slack snow
sparsify spec sport stats stern sudo sum sun syft tailscale talk thin tiles
timidity topydo trayer tricks true ubuntu uncompress unflatten unite unix
unset up virtual volumes walk warts what whereis wildcards wine wondershaper
yaml zabbix zapier dither teddy perl doc stan lib convol shear grops open
contain transmission will needed staging limine
""".split())
# Two-letter words the speaker uses only at the start or the end of a
# broken-up name ("no header", "go access", "my top", "rust up").
SHORT_PARTS = {"go", "up", "no", "my", "on", "me"}
# Image formats: a netpbm-style name "xtoy" is said "x t o y" ("to" is
# spelled, it sounds like "two").
FORMATS = set("""pnm ppm pbm pgm pam jpeg jpg png gif tiff tif xwd rast ps pdf
html yuv eyuv rgb acad lj palm sgi ddif macp escp zinc cmuwm uil pi bmp ybm
gem fits rle sunicon mda pict raw any pcdov thinkjet sixel tga""".split())


def part_cost(w, at_edge):
    """Cost of saying w as one part of a broken-up name, or None."""
    if w not in VOCAB:
        return None
    if len(w) < 3 and not (at_edge and w in SHORT_PARTS):
        return None
    if w in HOMOPHONES or w in NUMBER_WORDS:
        return None
    if w in ALWAYS_ESCAPE:
        return 2.5          # "literal dot net"
    return 1


_SEG_CACHE = {}


def lower_units(run):
    """Split a lowercase letter run into spoken units: (w, 'word') said as a
    word, (c, 'letter') spelled.  A vocabulary word is said whole."""
    if run in _SEG_CACHE:
        return _SEG_CACHE[run]
    m = re.fullmatch(r"([a-z]*?)to([a-z]+)", run)
    if run in VOCAB:
        res = [(run, "word")]
    elif m and (m.group(1) in FORMATS or not m.group(1)) and m.group(2) in FORMATS:
        res = (lower_units(m.group(1)) if m.group(1) else []) + \
            [("t", "letter"), ("o", "letter")] + lower_units(m.group(2))
    else:
        n = len(run)
        best = [None] * (n + 1)
        best[0] = ((0, 0), [])
        for i in range(n):
            if best[i] is None:
                continue
            (cost, letters), units = best[i]
            cands = [(i + 1, (cost + 1, letters + 1), units + [(run[i], "letter")])]
            for j in range(i + 2, n + 1):
                c = part_cost(run[i:j], i == 0 or j == n)
                if c is not None:
                    cands.append((j, (cost + c, letters), units + [(run[i:j], "word")]))
            for j, c, u in cands:
                if best[j] is None or c < best[j][0]:
                    best[j] = (c, u)
        res = best[n][1]
    _SEG_CACHE[run] = res
    return res


# --------------------------------------------------------------------------
# Pieces of one command token
# --------------------------------------------------------------------------
RUN_PATTERNS = [
    ("snake", re.compile(r"[a-z]+(?:_[a-z]+)+")),
    ("kebab", re.compile(r"[a-z]+(?:-[a-z]+)+")),
    ("screaming", re.compile(r"[A-Z]+(?:_[A-Z]+)+")),
    ("camel", re.compile(r"[a-z]+(?:[A-Z][a-z]+)+")),
    ("pascal", re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")),
]
PIECE_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|[0-9]+|.")
REDIRECT_RE = re.compile(r"^([0-9]|&)?(>>|>)")


def run_parts(style, text):
    if style in ("snake", "screaming"):
        parts = text.lower().split("_")
    elif style == "kebab":
        parts = text.split("-")
    else:
        parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", text)]
    return parts


def token_pieces(tok):
    """Split a token into pieces: (kind, text, extra).
    kinds: run (extra=(style, parts)), alpha, num, sym (extra='redir' for a
    redirection operator at the head of the token)."""
    pieces = []
    p = 0
    m = REDIRECT_RE.match(tok)
    redir_span = None
    if m:
        redir_span = (m.start(2), m.end(2))
    while p < len(tok):
        if redir_span and p == redir_span[0]:
            pieces.append(("sym", tok[p:redir_span[1]], "redir"))
            p = redir_span[1]
            continue
        if p == 0 or not tok[p - 1].isalnum():
            done = False
            for style, rx in RUN_PATTERNS:
                mm = rx.match(tok, p)
                if not mm:
                    continue
                e = mm.end()
                if e < len(tok) and tok[e].isalnum():
                    continue
                parts = run_parts(style, mm.group())
                if len(parts) >= 2 and all(x in VOCAB and x not in ALWAYS_ESCAPE
                                           and x not in PHRASE_WORDS
                                           for x in parts):
                    pieces.append(("run", mm.group(), (style, parts)))
                    p = e
                    done = True
                    break
            if done:
                continue
        if tok.startswith("&&", p):
            pieces.append(("sym", "&&", None))
            p += 2
            continue
        mm = PIECE_RE.match(tok, p)
        s = mm.group()
        if s.isdigit():
            pieces.append(("num", s, None))
        elif s.isalpha():
            pieces.append(("alpha", s, None))
        else:
            pieces.append(("sym", s, None))
        p = mm.end()
    return pieces


# --------------------------------------------------------------------------
# Clean protocol: items, rendering, and the listener (decode)
# --------------------------------------------------------------------------
def alpha_items(seg):
    low = seg.lower()
    if seg.islower():
        return [("word" if k == "word" else "letter", u, u) for u, k in lower_units(seg)]
    if len(seg) == 1:
        return [("cap", "capital", ""), ("letter", low, seg)]
    if seg[0].isupper() and seg[1:].islower():
        units = lower_units(low)
        out = [("cap", "capital", "")]
        for i, (u, k) in enumerate(units):
            out.append(("word" if k == "word" else "letter", u,
                        u[0].upper() + u[1:] if i == 0 else u))
        return out
    if low in VOCAB and low not in ALWAYS_ESCAPE and low not in PHRASE_WORDS:
        return [("allcaps", "all caps", ""), ("word", low, seg)]
    out = []
    for c in seg:
        if c.isupper():
            out += [("cap", "capital", ""), ("letter", c.lower(), c)]
        else:
            out.append(("letter", c, c))
    return out


def token_items(tok):
    items = []
    for kind, text, extra in token_pieces(tok):
        if kind == "run":
            style, parts = extra
            items.append(("run", style + " case", text))
            items += [("word", w, w) for w in parts]
        elif kind == "alpha":
            items += alpha_items(text)
        elif kind == "num":
            items.append(("num", " ".join(say_number(text)), text))
        elif extra == "redir":
            items.append(("sym", REDIRECT_CLEAN[text], text))
        elif text in SYM_CLEAN:
            items.append(("sym", SYM_CLEAN[text], text))
        elif text == ">>":
            items += [("sym", "greater than", ">"), ("sym", "greater than", ">")]
        else:
            raise ValueError("no spoken form for %r in %r" % (text, tok))
    return items


def clean_items(cmd):
    items = []
    for i, tok in enumerate(cmd.split(" ")):
        if i:
            items.append(("space", "space", " "))
        items += token_items(tok)
    out = []
    spoken = []
    for k, it in enumerate(items):
        if it[0] == "word":
            after = " ".join(x[1] for x in items[k + 1:k + 4]).split()
            if needs_literal(it[1], spoken, after):
                out.append(("lit", "literal", ""))
                spoken.append("literal")
        out.append(it)
        spoken += it[1].split()
    return out


def clean_text(items):
    return " ".join(it[1] for it in items)


def _is_keyword_at(words, i):
    w = words[i]
    if w in SINGLES or w in NUMBER_WORDS or w in ("capital", "literal"):
        return True
    for n in (3, 2):
        if tuple(words[i:i + n]) in PHRASES:
            return True
    if w == "all" and words[i + 1:i + 2] == ["caps"]:
        return True
    if w in CASE_RUNS and words[i + 1:i + 2] == ["case"]:
        return True
    return False


def decode(text):
    """The listener for this speaker's clean protocol."""
    words = text.split()
    out = []
    pending = None
    i = 0

    def emit_alpha(s):
        nonlocal pending
        if pending == "cap":
            s = s[0].upper() + s[1:]
        elif pending == "upper":
            s = s.upper()
        pending = None
        out.append(s)

    while i < len(words):
        w = words[i]
        hit = None
        for n in (3, 2):
            key = tuple(words[i:i + n])
            if key in PHRASES:
                hit = (PHRASES[key], n)
                break
        if hit:
            out.append(hit[0])
            i += hit[1]
        elif w == "literal":
            emit_alpha(words[i + 1])
            i += 2
        elif w == "capital":
            pending = "cap"
            i += 1
        elif w == "all" and words[i + 1:i + 2] == ["caps"]:
            pending = "upper"
            i += 2
        elif w in CASE_RUNS and words[i + 1:i + 2] == ["case"]:
            j = i + 2
            parts = []
            while j < len(words) and not _is_keyword_at(words, j):
                parts.append(words[j])
                j += 1
            if w == "camel":
                s = parts[0] + "".join(x.capitalize() for x in parts[1:])
            elif w == "pascal":
                s = "".join(x.capitalize() for x in parts)
            elif w == "screaming":
                s = "_".join(parts).upper()
            else:
                s = CASE_RUNS[w].join(parts)
            out.append(s)
            i = j
        elif w in NUMBER_WORDS:
            ds, i = parse_number(words, i)
            out.append(ds)
        elif w in SINGLES:
            out.append(SINGLES[w])
            i += 1
        else:
            emit_alpha(w)
            i += 1
    return "".join(out)

# --------------------------------------------------------------------------
# Whisper helpers
# --------------------------------------------------------------------------
GLUE = "\x00"   # marks "no space here" while assembling Whisper text


def pick(rng, table):
    """table: list of (weight, value); consumes exactly one rng.random()."""
    r = rng.random() * sum(w for w, _ in table)
    for w, v in table:
        r -= w
        if r < 0:
            return v
    return table[-1][1]


def finish(parts):
    s = " ".join(x for x in parts if x)
    s = re.sub(r"\s*" + GLUE + r"\s*", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.])", r"\1", s)
    s = re.sub(r",(\s*,)+", ",", s)
    s = re.sub(r"([:.?!]),", r"\1", s)
    return s


def sentence_case(s, rng, p_cap=0.85, p_stop=0.6):
    if s and rng.random() < p_cap:
        s = s[0].upper() + s[1:]
    if rng.random() < p_stop and not s.endswith((".", "?", "!")):
        s = s.rstrip(",") + "."
    return s


LETTER_SOUNDS = {"c": "see", "r": "are", "y": "why", "u": "you", "x": "ex",
                 "q": "queue", "j": "jay", "b": "bee", "i": "eye"}
PROPER = {"docker": "Docker", "python": "Python", "linux": "Linux",
          "java": "Java", "github": "GitHub", "firefox": "Firefox",
          "git": "Git", "ruby": "Ruby", "julia": "Julia", "alice": "Alice",
          "alex": "Alex", "spotify": "Spotify", "postgres": "Postgres",
          "android": "Android", "heroku": "Heroku", "redis": "Redis"}


def whisper_number(ds, rng):
    """Numerals as Whisper writes them for the clean-style number words."""
    form = number_form(ds)
    words = say_number(ds)
    n = int(ds)
    if form == "digit":
        table = [(45, ds), (35, words[0]), (10, PT_DIGITS.get(n, ds))]
        if n == 2:
            table.append((10, "to"))
        elif n == 4:
            table.append((10, "for"))
        return pick(rng, table)
    if form == "digits":
        return pick(rng, [(55, ds), (20, " ".join(ds)), (25, " ".join(words))])
    if form == "compound":
        return pick(rng, [(70, ds), (30, "-".join(words))])
    if form == "hundred":
        return pick(rng, [(60, ds), (40, " ".join(words))])
    if form == "thousand":
        return pick(rng, [(40, ds), (30, "{:,}".format(n)),
                          (30, " ".join(two_digits(n // 1000)) + " thousand")])
    # pair
    return pick(rng, [(50, ds), (30, ds[:2] + " " + ds[2:]),
                      (20, "-".join(two_digits(int(ds[:2]))) + " "
                       + "-".join(two_digits(int(ds[2:]))))])


# --------------------------------------------------------------------------
# Fuzzy: the clean protocol as Whisper writes it
# --------------------------------------------------------------------------
FUZZY_SYM = {
    "dash": [(52, "dash"), (16, "minus"), (12, "hyphen"), (12, "traço"), (8, "hífen")],
    "dot": [(52, "dot"), (15, "period"), (13, "point"), (20, "ponto")],
    "slash": [(55, "slash"), (20, "forward slash"), (25, "barra")],
    "backslash": [(60, "backslash"), (40, "back slash")],
    "at": [(45, "at"), (20, "at sign"), (35, "arroba")],
    "underscore": [(70, "underscore"), (30, "under score")],
    "semicolon": [(60, "semicolon"), (40, "semi colon")],
    "star": [(60, "star"), (40, "asterisk")],
    "tilde": [(55, "tilde"), (30, "tilda"), (15, "til")],
    "equals": [(60, "equals"), (20, "equal sign"), (20, "equals sign")],
    "dollar": [(70, "dollar"), (30, "dollar sign")],
    "caret": [(50, "caret"), (50, "carrot")],
    "quote": [(75, "quote"), (25, "aspas")],
    "single quote": [(75, "single quote"), (25, "single-quote")],
    "open paren": [(75, "open paren"), (25, "open parent")],
    "close paren": [(75, "close paren"), (25, "close parent")],
    "open brace": [(70, "open brace"), (30, "open curly brace")],
    "close brace": [(70, "close brace"), (30, "close curly brace")],
    "redirect": [(75, "redirect"), (25, "greater than")],
    "append": [(75, "append"), (25, "double greater than")],
    "and and": [(60, "and and"), (25, "and, and"), (15, "&&")],
    "hash": [(80, "hash"), (20, "cardinal")],
}
FUZZY_DASHDASH = [(35, "dash dash"), (20, "dash-dash"), (20, "double dash"),
                  (12, "minus minus"), (13, "--")]


def fuzzy_line(items, rng):
    out = []
    i = 0
    n = len(items)

    def kind(k):
        return items[k][0] if 0 <= k < n else None

    while i < n:
        k, text, val = items[i]
        if k == "space":
            w = "space"
            if rng.random() < 0.12:
                w += ","
            out.append(w)
        elif k == "sym":
            if text == "dash" and kind(i + 1) == "sym" and items[i + 1][1] == "dash":
                out.append(pick(rng, FUZZY_DASHDASH))
                i += 2
                continue
            if text == "dot" and kind(i - 1) in ("word", "letter", "num") \
                    and kind(i + 1) in ("word", "letter", "num"):
                numeric = kind(i - 1) == "num" and kind(i + 1) == "num"
                if rng.random() < (0.5 if numeric else 0.15):
                    out.append(GLUE + "." + GLUE)
                    i += 1
                    continue
            if text in FUZZY_SYM:
                out.append(pick(rng, FUZZY_SYM[text]))
            else:
                out.append(text)
        elif k == "letter":
            j = i
            while j < n and items[j][0] == "letter":
                j += 1
            letters = [it[1] for it in items[i:j]]
            if len(letters) == 1:
                c = letters[0]
                if c in LETTER_SOUNDS and rng.random() < 0.1:
                    out.append(LETTER_SOUNDS[c])
                else:
                    out.append(c.upper())
            else:
                style = pick(rng, [(45, "glued"), (45, "spaced"), (10, "hyphen")])
                if style == "glued":
                    out.append("".join(letters).upper())
                elif style == "hyphen":
                    out.append("-".join(letters).upper())
                else:
                    for c in letters:
                        if c in LETTER_SOUNDS and rng.random() < 0.08:
                            out.append(LETTER_SOUNDS[c])
                        else:
                            out.append(c.upper())
            i = j
            continue
        elif k == "word":
            if text == "sudo" and rng.random() < 0.3:
                out.append("pseudo")
            elif text in PROPER and rng.random() < 0.5:
                out.append(PROPER[text])
            else:
                out.append(text)
        elif k == "num":
            out.append(whisper_number(val, rng))
        elif k == "cap":
            out.append(pick(rng, [(75, "capital"), (25, "Capital")]))
        elif k == "allcaps":
            out.append(pick(rng, [(60, "all caps"), (25, "all-caps"), (15, "All caps")]))
        elif k == "lit":
            out.append(pick(rng, [(80, "literal"), (12, "Literal"), (8, "literally")]))
        elif k == "run":
            style = text.split()[0]
            out.append(pick(rng, [(60, text), (25, style + "-case"),
                                  (15, style.capitalize() + " case")]))
        i += 1
    return sentence_case(finish(out), rng)


# --------------------------------------------------------------------------
# Natural: how the speaker talks when not careful, as Whisper writes it
# --------------------------------------------------------------------------
def _simple(piece):
    """A piece Whisper would write as plain text right next to a dot."""
    if piece is None:
        return False
    kind, text, _ = piece
    return kind == "num" or (kind == "alpha" and text.islower())


def nat_sym(text, pieces, idx, rng):
    prev = pieces[idx - 1] if idx > 0 else None
    nxt = pieces[idx + 1] if idx + 1 < len(pieces) else None
    extra = pieces[idx][2]
    if text == "-":
        if idx == 0:
            return pick(rng, [(55, "dash"), (15, "minus"), (15, "traço"), (10, "hyphen"), (5, "hífen")])
        return pick(rng, [(50, "dash"), (30, "hyphen"), (10, "hífen"), (10, GLUE + "-" + GLUE)])
    if text == ".":
        if _simple(prev) and _simple(nxt):
            return pick(rng, [(35, GLUE + "." + GLUE), (40, "dot"), (15, "ponto"), (10, "point")])
        return pick(rng, [(70, "dot"), (30, "ponto")])
    if text == "/":
        return pick(rng, [(60, "slash"), (30, "barra"), (10, "forward slash")])
    if text == "~":
        return pick(rng, [(60, "tilde"), (25, "til"), (15, "tilda")])
    if text == "@":
        return pick(rng, [(50, "at"), (40, "arroba"), (10, GLUE + "@" + GLUE)])
    if text == "=":
        return pick(rng, [(70, "equals"), (20, "equal"), (10, "equal sign")])
    if text == '"':
        return pick(rng, [(60, "quote"), (25, "double quote"), (15, "aspas")])
    if text == "'":
        return pick(rng, [(80, "single quote"), (20, "apostrophe")])
    if text == ">" and extra == "redir":
        return pick(rng, [(60, "redirect"), (40, "greater than")])
    if text == ">>" and extra == "redir":
        return pick(rng, [(60, "append"), (40, "double greater than")])
    if text == ">":
        return "greater than"
    if text == "&&":
        return pick(rng, [(60, "and and"), (40, "double ampersand")])
    if text == "*":
        return pick(rng, [(50, "star"), (40, "asterisk"), (10, "asterisco")])
    if text == "#":
        return pick(rng, [(70, "hash"), (30, "cardinal")])
    if text == "|":
        return "pipe"
    if text == ":":
        return "colon"
    return SYM_CLEAN[text]


def spelled(letters, rng):
    up = letters.upper()
    if len(up) == 1:
        return up
    return pick(rng, [(65, up), (25, " ".join(up)), (10, "-".join(up))])


def nat_lower(run, rng):
    units = lower_units(run)
    if len(units) == 1 and units[0][1] == "word":
        w = units[0][0]
        if w in PROPER and rng.random() < 0.4:
            return PROPER[w]
        return w
    if all(k == "letter" for _, k in units):
        return spelled(run, rng)
    if any(u in ALWAYS_ESCAPE for u, _ in units):
        return run          # "dotnet": said as the tool's name
    if rng.random() < 0.6:
        return run          # Whisper knows the tool name
    out = []
    buf = ""
    for u, k in units:
        if k == "letter":
            buf += u
        else:
            if buf:
                out.append(spelled(buf, rng))
                buf = ""
            out.append(u)
    if buf:
        out.append(spelled(buf, rng))
    return " ".join(out)


def nat_alpha(seg, rng):
    if seg.islower():
        return nat_lower(seg, rng)
    low = seg.lower()
    if len(seg) == 1:
        return pick(rng, [(70, "capital " + seg), (30, seg + " maiúsculo")])
    if seg[0].isupper() and seg[1:].islower():
        return "capital " + seg
    if seg.isupper():
        if low in VOCAB:
            return pick(rng, [(50, "all caps " + seg), (25, seg + " in caps"),
                              (25, seg + " em maiúsculas")])
        return pick(rng, [(50, "all caps " + seg),
                          (50, " ".join("capital " + c for c in seg))])
    return " ".join(nat_alpha(x, rng) for x in PIECE_RE.findall(seg))


def nat_num(ds, rng):
    n = int(ds)
    form = number_form(ds)
    if form == "digit":
        return pick(rng, [(70, ds), (18, PT_DIGITS.get(n, DIGIT_WORDS[n])),
                          (12, DIGIT_WORDS[n])])
    if form == "thousand":
        return pick(rng, [(55, ds), (45, "{:,}".format(n))])
    if form == "pair":
        return pick(rng, [(80, ds), (20, ds[:2] + " " + ds[2:])])
    return ds


def nat_run(style, text, parts, rng):
    if style == "snake":
        return pick(rng, [(45, " underscore ".join(parts)), (25, text),
                          (30, "snake case " + " ".join(parts))])
    if style == "kebab":
        return pick(rng, [(40, " dash ".join(parts)), (35, text),
                          (25, " hyphen ".join(parts))])
    if style == "screaming":
        return pick(rng, [(50, text), (50, "all caps " + " underscore ".join(p.upper() for p in parts))])
    return pick(rng, [(50, text), (50, style + " case " + " ".join(parts))])


FLAG_RE = re.compile(r"--?[a-z]+(?:-[a-z]+)*")


def nat_token(tok, rng):
    """One command token in loose speech, as Whisper writes it."""
    if re.fullmatch(r"[a-z]+", tok):
        return nat_lower(tok, rng)
    if FLAG_RE.fullmatch(tok) and rng.random() < 0.2:
        return tok          # Whisper writes a well-known flag as text
    pieces = token_pieces(tok)
    out = []
    i = 0
    while i < len(pieces):
        kind, text, extra = pieces[i]
        if kind == "sym" and text == "-" and i == 0 and len(pieces) > 1 \
                and pieces[1][:2] == ("sym", "-"):
            w = pick(rng, [(35, "dash dash"), (30, "double dash"), (10, "minus minus"),
                           (10, "traço traço"), (15, "--" + GLUE)])
            out.append(w)
            i += 2
            continue
        if kind == "run":
            out.append(nat_run(extra[0], text, extra[1], rng))
        elif kind == "alpha":
            out.append(nat_alpha(text, rng))
        elif kind == "num":
            out.append(nat_num(text, rng))
        else:
            out.append(nat_sym(text, pieces, i, rng))
        i += 1
    return finish(out)


OPENERS = [
    "Ok, pronto, so the command is",
    "Bom, portanto, I want to run",
    "Olha, can you type",
    "Right, pá, let's do",
    "Então, I need",
    "Ok so, uh,",
    "Pronto, next:",
    "Let me see, portanto,",
    "Vamos lá,",
    "Hmm, ok, so basically",
    "Bom, write this:",
    "So, ora bem,",
]
SIGNOFFS = [
    "e pronto.", "and that's it, obrigado.", "pronto, enter.", "that's all, pá.",
    "ok, run it.", "enfim, that's it.", "e já está.", "pronto.",
]
FILLERS = ["uh", "hmm", "pá", "portanto", "tipo", "ok", "então", "uh, pronto"]


def assemble_natural(chunks, rng, p_open=0.85, p_sign=0.45, p_fill=0.12, max_fill=2,
                     no_fill=()):
    """chunks: command renderings (and chaos snippets) in spoken order;
    no_fill: indexes j where no filler may go before chunks[j]."""
    parts = []
    if rng.random() < p_open:
        parts.append(OPENERS[rng.randrange(len(OPENERS))])
    fills = 0
    for j, c in enumerate(chunks):
        if j and j not in no_fill and fills < max_fill and rng.random() < p_fill:
            parts.append(", " + FILLERS[rng.randrange(len(FILLERS))] + ",")
            fills += 1
        parts.append(c)
    if rng.random() < p_sign:
        parts.append(", " + SIGNOFFS[rng.randrange(len(SIGNOFFS))])
    return sentence_case(finish(parts), rng, p_cap=0.9, p_stop=0.7)


def inside_quotes(toks):
    """Indexes j such that the gap before toks[j] lies inside a quoted
    string (no filler goes there)."""
    res = set()
    open_q = None
    for j, t in enumerate(toks):
        if j and open_q:
            res.add(j)
        for ch in t:
            if ch in "'\"":
                if open_q is None:
                    open_q = ch
                elif open_q == ch:
                    open_q = None
    return res


def natural_line(cmd, rng):
    toks = cmd.split(" ")
    return assemble_natural([nat_token(t, rng) for t in toks], rng,
                            no_fill=inside_quotes(toks))


# --------------------------------------------------------------------------
# Chaotic: natural speech plus corrections, restarts, repeats and asides
# --------------------------------------------------------------------------
CORR_WORD = ["não não,", "não, espera,", "quer dizer,", "aliás,", "ou seja,",
             "desculpa, quer dizer,", "não, não é isso,", "espera, espera,",
             "no no, sorry,"]
CORR_FLAG = ["não, wrong flag, é", "espera, not that flag,", "aliás, the flag is",
             "não não, quer dizer", "desculpa, the right flag is"]
CORR_RESTART = ["enfim, esquece, from the top:", "não não não, apaga isso, again:",
                "pronto, vamos outra vez:", "espera, let me start again,",
                "aliás, esquece tudo, the command is", "ok, restart, pá,"]
LATE = ["ah, espera, not {w}, {r}", "aliás, where it says {w} it's {r}",
        "ou seja, not {w} but {r}", "não, quer dizer, {r}, not {w}"]
ASIDES = ["olha, this goes on the staging box", "the VPN is so slow today, enfim",
          "Rui asked me about this", "this flag always gets me, pá",
          "espera, my coffee", "this is the last thing before lunch",
          "the ticket says so, whatever", "servidor está lento hoje, pá"]
HESITATE = ["hmm, como é que é,", "uh, wait, got it here,", "what was it, ah yes,",
            "hmm, deixa ver,"]
WRONG_FLAGS = ["-v", "--verbose", "-r", "--force", "-a", "-n", "--all", "-l",
               "--quiet", "-f"]
DISTRACTORS = ["main", "test", "demo", "data", "prod", "staging", "backup",
               "docs", "config", "notes"]
EXTS = ["txt", "pdf", "json", "log", "md", "py", "sh", "yaml", "conf", "png"]


def mutate(tok, rng, avoid):
    """A plausible wrong version of tok (or None)."""
    m = re.search(r"[0-9]+", tok)
    if m:
        ds = m.group()
        for _ in range(10):
            nd = str(int(ds) + rng.choice([1, 2, 3, 5, 10]))
            new = tok[:m.start()] + nd + tok[m.end():]
            if new not in avoid:
                return new
        return None
    m = re.search(r"\.([a-z]{2,4})$", tok)
    if m:
        choices = [e for e in EXTS if e != m.group(1)]
        new = tok[:m.start(1)] + rng.choice(choices)
        return None if new in avoid else new
    m = re.fullmatch(r"([a-z~/]*/)?([a-z]+)", tok)
    if m and len(tok) > 1:
        choices = [d for d in DISTRACTORS if d != m.group(2)]
        new = (m.group(1) or "") + rng.choice(choices)
        return None if new in avoid else new
    return None


def chaotic_line(cmd, rng):
    toks = cmd.split(" ")
    rend = [nat_token(t, rng) for t in toks]
    avoid = set(toks)
    kind = pick(rng, [(35, "word"), (25, "flag"), (22, "restart"), (18, "late")])
    flag_idx = [k for k, t in enumerate(toks) if FLAG_RE.fullmatch(t) and k > 0]
    mut_idx = [k for k, t in enumerate(toks) if k > 0 or len(toks) == 1]
    if kind == "flag" and not flag_idx:
        kind = "word"
    chunks = None
    if kind == "flag":
        k = flag_idx[rng.randrange(len(flag_idx))]
        wrong = [f for f in WRONG_FLAGS if f not in avoid]
        wf = wrong[rng.randrange(len(wrong))]
        c = CORR_FLAG[rng.randrange(len(CORR_FLAG))]
        chunks = rend[:k] + [nat_token(wf, rng) + ",", c, rend[k]] + rend[k + 1:]
    elif kind in ("word", "late"):
        cands = []
        for k in mut_idx:
            w = mutate(toks[k], rng, avoid)
            if w is not None:
                cands.append((k, w))
        if not cands:
            kind = "restart"
        else:
            k, w = cands[rng.randrange(len(cands))]
            wr = nat_token(w, rng)
            if kind == "word":
                c = CORR_WORD[rng.randrange(len(CORR_WORD))]
                chunks = rend[:k] + [wr + ",", c, rend[k]] + rend[k + 1:]
            else:
                tmpl = LATE[rng.randrange(len(LATE))]
                chunks = rend[:k] + [wr] + rend[k + 1:] + \
                    [", " + tmpl.format(w=wr, r=rend[k])]
    if kind == "restart":
        j = 1 if len(toks) <= 2 else rng.randint(1, min(3, len(toks) - 1))
        pre = rend[:j]
        if len(toks) > 1:
            w = mutate(toks[j - 1], rng, avoid)
            if w is not None and rng.random() < 0.5:
                pre = rend[:j - 1] + [nat_token(w, rng)]
        c = CORR_RESTART[rng.randrange(len(CORR_RESTART))]
        chunks = pre + [("..." if rng.random() < 0.5 else ","), c] + rend
        chunks = [chunks[0]] + chunks[1:]
    # extras on top of the main trouble
    extra = pick(rng, [(30, None), (25, "aside"), (20, "repeat"), (25, "hesitate")])
    quoted = bool(inside_quotes(toks))
    if quoted and extra in ("aside", "hesitate"):
        extra = None        # never chatter inside a quoted string
    if extra == "aside":
        pos = rng.randint(1, len(chunks))
        a = ASIDES[rng.randrange(len(ASIDES))]
        chunks = chunks[:pos] + [", " + a + ","] + chunks[pos:]
    elif extra == "repeat":
        k = rng.randrange(len(rend))
        if rend[k] in chunks:
            pos = chunks.index(rend[k])
            chunks = chunks[:pos] + [rend[k] + "..."] + chunks[pos:]
    elif extra == "hesitate":
        k = rng.randrange(len(rend))
        if k > 0 and rend[k] in chunks:
            pos = len(chunks) - 1 - chunks[::-1].index(rend[k])
            h = HESITATE[rng.randrange(len(HESITATE))]
            chunks = chunks[:pos] + [", " + h] + chunks[pos:]
    text = assemble_natural(chunks, rng, p_open=0.8, p_sign=0.4, p_fill=0.1, max_fill=1,
                            no_fill=range(len(chunks)) if quoted else ())
    text = text.replace("...,", "...").replace(",...", "...")
    return text


# --------------------------------------------------------------------------
# Selecting commands
# --------------------------------------------------------------------------
def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    try:
        items = clean_items(cmd)
    except ValueError:
        return False
    text = clean_text(items)
    if len(text.split()) > 48:
        return False
    return decode(text) == cmd


def load_pool():
    rows = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 != 1:
                continue
            rows.append((n, json.loads(line)["command"]))
    return rows


def choose(rng, rows):
    seen = set()
    allowed = []
    for n, cmd in rows:
        if cmd in seen:
            continue
        seen.add(cmd)
        if dictatable(cmd):
            allowed.append((n, cmd))
    rng.shuffle(allowed)
    per_first = {}
    picked = []
    for n, cmd in allowed:
        first = cmd.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        picked.append(cmd)
        if len(picked) == PER_SLICE * len(SLICES):
            break
    if len(picked) < PER_SLICE * len(SLICES):
        raise SystemExit("not enough dictatable commands")
    return picked


def main():
    rng = random.Random(SEED)
    picked = choose(rng, load_pool())
    lines = []
    for si, sl in enumerate(SLICES):
        for cmd in picked[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if sl == "clean":
                text = clean_text(clean_items(cmd))
                assert decode(text) == cmd, (cmd, text)
            elif sl == "fuzzy":
                text = fuzzy_line(clean_items(cmd), rng)
            elif sl == "natural":
                text = natural_line(cmd, rng)
            else:
                text = chaotic_line(cmd, rng)
            lines.append({"input": text, "command": cmd, "slice": sl,
                          "author": AUTHOR})
    assert len({d["command"] for d in lines}) == len(lines) == 400
    with open(OUT, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {sl: sum(d["slice"] == sl for d in lines) for sl in SLICES}
    print("wrote %s %s" % (os.path.relpath(OUT, ROOT), counts))


if __name__ == "__main__":
    main()
