"""Author 87: a fast-talking New York quant developer dictating shell commands.

Independent evaluation set for voice-to-bash (a person dictates a shell command, Whisper
transcribes it, software rebuilds the exact command).  This file is the STYLE GUIDE for the
speaker and the generator of ``assets/training/bash/author87.jsonl``.

Source commands: tldr-pages (https://github.com/tldr-pages/tldr), CC BY 4.0, (c) the
tldr-pages contributors, via ``assets/training/bash/pages_dev51_commands.jsonl``.  Only pool
lines whose 0-based line number % 4 == 1 are used, at most two commands per first word, and
each command appears in exactly one slice.  The command text is kept byte-for-byte.

Run: ``cd /work/main && python3 tests/bench/eightyseventh_author.py`` (standard library only,
one ``random.Random(87)`` consumed in a fixed order, so reruns are byte-identical).


THE SPEAKER
===========
Frankie, a quant dev on a rates desk in Midtown.  Headset on, two phones, a Bloomberg that won't
stop beeping.  He dictates commands between calls, fast and clipped.  When he is being
careful he uses his protocol exactly; when he is relaxed he compresses: "yo", "gimme",
"lemme", "gonna", "real quick", "boom", "done", "next".  He fixes himself out loud ("scratch
that", "nah nah", "my bad", "no wait, I mean") and often names the command before he says it
("grep thing.", "the usual ls.", "the gcloud one.").  Numbers come out the way a trader reads
a price: "eighty eighty", "four forty three", "a hundred", "ninety six hundred".


THE PROTOCOL (what a clean line is)
===================================
A clean line is a run of lower-case words, no punctuation, and nothing but the command.

1. Separator.  "space" is the only thing that puts a blank in the command.  Everything said
   between two "space"s is glued together with no blanks: "main dot p y" is ``main.py``,
   "kite builder" is ``kitebuilder``, "p n m to p n g" is ``pnmtopng``.

2. Symbols, one spoken name each:
      -  dash              .  dot               /  slash            ~  tilde
      |  pipe              >  greater than      <  less than        *  star
      $  dollar            _  underscore        :  colon            ;  semicolon
      ,  comma             =  equals            @  at sign          #  hash
      %  percent           +  plus              &  ampersand        !  bang
      ?  question mark     (  open paren        )  close paren      {  open brace
      }  close brace       [  open bracket      ]  close bracket    \\  backslash
      ^  caret             `  backtick
   "--" is simply "dash dash"; ">>" is "greater than greater than"; "&&" is "ampersand
   ampersand".
   Double quotes: "quote" opens, "end quote" closes (both are the character ").
   Single quotes: "single" opens, "end single" closes (both are the character ').

3. Casing.  Everything is lower case unless marked.
   "cap X"   -> capitalise the first letter of the next word or letter ("cap notes" = Notes,
                "dash cap c" = -C, "dash cap s c" = -Sc).
   "caps X"  -> the next word entirely in capitals ("caps post" = POST).  When "caps" is
                followed by spelled letters it covers the whole run of single letters
                ("caps e p s g" = EPSG) up to the next non-letter word.  Every capitalised
                piece gets its own marker: "caps check caps updates" = CHECKUPDATES,
                "cap q cap own cap notes" = QOwnNotes, "caps r o cap p gadget" = ROPgadget.

4. Words versus spelled letters.  A run of letters is SAID AS A WORD when it is an English
   word or a name he pronounces (grep, docker, nginx, tokei, flask, alice).  It is SPELLED,
   one letter per word, when it is an acronym or unpronounceable: "l s" (ls), "s s h",
   "a w s", "c s v", "t m p", "s r c", "p d f", "t x t", "j p g".  Tool names built from
   parts are said part by part: "p n m to p n g", "system c t l", "x do tool", "pam cut",
   "my s q l bin log", "g cloud", "who am i".  A spelled letter is written as the bare
   letter (a, b, c ...).  Since everything between two "space"s is glued, it never matters
   to the listener where he chose to break a word.
   Escape rule: if a literal word would collide with a protocol word (space, dash, dot, star,
   pipe, hash, cap, caps, single, quote, a number word like "one" or "two", ...), he spells
   it: ``--enable-two-phase`` = "dash dash enable dash t w o dash phase", ``pip hash`` =
   "pip space h a s h".  So in a clean line a protocol word always means the symbol.

5. Numbers (a digit run) are said as words, trader style, never as single digits read off
   unless that is how a trader would read them, and never with shorthand like "K":
      0 zero (and "oh" for a zero inside a number)    7 seven     10 ten      22 twenty two
      100 a hundred      300 three hundred     443 four forty three    101 one oh one
      987 nine eighty seven    1000 a thousand    3000 three thousand    8080 eighty eighty
      1024 ten twenty four     9600 ninety six hundred    5432 fifty four thirty two
      2024 twenty twenty four  60000 sixty thousand      25519 two fifty five nineteen
   Listener rule: read the number words left to right as groups and concatenate their
   digits.  A group is one of: "zero"/"oh" (0); a unit one..nine (1 digit); a teen ten..
   nineteen (2 digits); a tens word twenty..ninety, merged with a directly following unit
   ("forty three" = 43, "twenty" alone = 20); "a hundred" (100) / "a thousand" (1000).  A
   group followed by "hundred" gets 00 appended, by "thousand" 000.  So "one ninety two dot
   one sixty eight dot one dot ten" = 192.168.1.10, "zero dot oh one" = 0.01, "s three cret"
   = s3cret.
   Listener algorithm (the decode() below): split on blanks; "space" -> blank; symbol
   names (two-word names first) -> symbols; "cap"/"caps" -> casing of what follows; number
   words -> digits by the group rule; anything else is literal text.  Glue it all.

   Example: ``sudo arping -I enp3s0 10.0.0.5`` is
   "sudo space arping space dash cap i space e n p three s zero space ten dot zero dot zero
   dot five".


NATURAL-SPEECH HABITS (natural and chaotic slices)
==================================================
Framing before the command: "Yo, gimme", "Okay so", "Can you run", "Lemme get a", "Real
  quick,", "Punch in", "Do me a favor, punch in", "Type this for me:", "Run this:", "Quick
  one,", "Alright, next one.", "You ready? Okay,".  Often he names the command first, as a
  label, then says the whole command anyway: "grep thing.", "The usual ls.", "The gcloud
  one.", "Gimme the tar thing."  The label is never part of the command.
Fillers between arguments: "uh", "um", "like", "you know", "lemme see", "what is it", "yeah"
  (usually right after a "space": "space, uh, dash v").
Sign-offs after the command: "Boom.", "Done.", "Next.", "That's it.", "Send it.", "Hit
  enter.", "Go.", "Thanks.", "That's the one."  (He never signs off with a word that is in
  the command, so "... done" at the end of a command is the command.)
Loose names, picked once per line and kept for the whole line:
  -  "dash", or "minus" in front of a flag/negative number; "--" "double dash"/"dash dash"
  .  "dot" or "period" ("point" in a decimal like 0.2)      ~  "tilde", "tilda", "squiggle"
  *  "star", "asterisk", "wildcard"     $  "dollar", "dollar sign"    =  "equals", "equal"
  @  "at", "at sign"    #  "hash", "pound"    &  "ampersand", "and"    ^  "caret", "hat"
  !  "bang", "exclamation point"    ( )  "open paren"/"paren" ... "close paren"
  { }  "open curly ... close curly" or "open brace ... close brace"
  " "  "quote ... end quote", "in quotes ... close quote", "quote ... unquote",
       "open quote ... close quote"
  ' '  "single quote ... end single", "tick ... end tick", "single ... end single"
  cap  "capital", "big", "cap"          caps  "all caps", "caps"
  Whole arguments: " | " "pipe it into"/"pipe that into"/"pipe to"; " > " "redirect to"/
  "redirect that to"; " >> " "append to"; " && " "and and"/"double ampersand"; " < "
  "feed it from".  These phrases carry the blanks on both sides (no "space" around them).
  Everything else keeps its protocol name.
Spacing: he still says "space" between arguments, but may swallow it right before a
  double-dash option ("black double dash skip dash string ..."): a "double dash"/"dash dash"
  right after a word always starts a new argument.
As Whisper writes it: sentences with capitals and periods; numbers as digits ("8080", "443",
  "0.2"; "60K" or "60,000" for sixty thousand, trader shorthand); spelled letters as "LS",
  "L S" or "ls" (their written case means nothing: only a spoken "capital"/"big"/"caps"
  makes capitals, so "dash T" is -t and "dash capital T" is -T); a spelled protocol word is
  always written letter by letter ("S P A C E", "t w o"); file and host names often
  compact ("main.py", "example.com", "10.0.0.5"); the odd homophone ("Maine", "cereal").
Corrections (chaotic): a cue - "scratch that", "nah nah", "nah nah nah", "my bad", "no
  wait, I mean", "wait wait, make that", "sorry, I mean", "ugh, my bad, I mean", "no no,
  scratch that" - after a "..." throws away the argument he was saying (everything since
  his last "space" or pipe/redirect phrase; he never swallows the "space" in front of an
  argument he is about to botch) and he says that argument again.
Restarts (chaotic): "... ugh, lemme start over.", "... no no, from the top.", "... scratch
  all that, from the top:", "... my bad, from the top." throw away everything said so far;
  the whole command follows again.
Asides (chaotic): "... hold on, Vinny, I see it, I see it...", "... sorry, other line's
  ringing... okay,", "... sorry, the twos are ripping, gimme a sec... alright," - set
  off by "..." and closed by "okay"/"alright"/"where was I"; not part of the command.
Stutter (chaotic): the same word twice with a comma or "..." and no "space" between
  ("register, register", "pam... pam") is said once.
Long framing (chaotic): a whole sentence of desk chatter before the opener ("Okay listen,
  I got Vinny on the other line so this is gonna be quick, you ready?").


THE SLICES
==========
clean    The strict protocol, exactly as above, lower case, no punctuation, only the command.

fuzzy    The same careful protocol (no framing, every "space" said, protocol names), but as
         Whisper writes it: a capital at the start and usually a period at the end, stray
         commas, capitals on names (Ubuntu, Docker, GitHub) and on spelled letters ("X F",
         "XF", "X-F" are spelled letters, NOT dashes: in this slice a dash is always said as
         a word), numbers as digits ("8080", "443", "3,000", "80 80", now and then still
         words), words joined or split ("dash-dash", "local host", "under score",
         "pamcut"), homophones ("and quote" for end quote, "Colin" for colon, "tilda",
         "write"/"right", "sink" for sync, "route" for root, "Maine" for main, "rose" for
         rows), some file and host names written compactly ("main.py", "example.com",
         "10.0.0.5": that dot is real), and now and then a variant symbol name (hyphen,
         minus, period, point, forward slash, asterisk, dollar sign, vertical bar, equal,
         equal sign, pound, at for @, double quote, single quote, semi colon, back slash,
         capital for cap, all caps for caps).  Capitals Whisper adds are noise; only
         "cap"/"caps"/"capital"/"all caps" make capitals.

natural  How Sal really says it when he isn't being careful, as Whisper writes it: framing,
         a label, fillers, a sign-off, loose names and Whisper's writing, all as listed
         under NATURAL-SPEECH HABITS.  The command is still fully recoverable.

chaotic  Natural plus the desk: long framing, asides, a stutter, one or two corrections
         and sometimes a restart (see NATURAL-SPEECH HABITS).  Every wrong bit is taken
         back explicitly, so a careful human can always recover the command.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev51_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author87.jsonl"
AUTHOR = "author87"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_LEN = 72

# --------------------------------------------------------------------------------------
# Protocol vocabulary
# --------------------------------------------------------------------------------------

SYMBOLS = {
    " ": "space", "-": "dash", ".": "dot", "/": "slash", "~": "tilde", "|": "pipe",
    ">": "greater than", "<": "less than", "*": "star", "$": "dollar", "_": "underscore",
    ":": "colon", ";": "semicolon", ",": "comma", "=": "equals", "@": "at sign", "#": "hash",
    "%": "percent", "+": "plus", "&": "ampersand", "!": "bang", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "\\": "backslash", "^": "caret",
    "`": "backtick",
}
QUOTES = {'"': ("quote", "end quote"), "'": ("single", "end single")}

PHRASES: dict[str, str] = {name: ch for ch, name in SYMBOLS.items()}
for _ch, (_open, _close) in QUOTES.items():
    PHRASES[_open] = _ch
    PHRASES[_close] = _ch

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
ZEROS = ("zero", "oh")
UNIT_WORD = {str(v): k for k, v in UNITS.items()}
TEEN_WORD = {str(v): k for k, v in TEENS.items()}
TENS_WORD = {str(v): k for k, v in TENS.items()}

NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(ZEROS) | {"hundred", "thousand"}
KEYWORDS = ({p for p in PHRASES if " " not in p} | {"cap", "caps"} | NUMBER_WORDS
            | {"capital"})
# words of the looser slices' symbol names, also never written as joined spelled letters
LOOKALIKES = {"at", "end", "open", "close", "less", "greater", "minus", "period", "big", "tick",
              "point", "and", "all", "sign", "double", "hyphen", "pound"}


def say_pair(p: str) -> list[str]:
    """Two digits the way a trader reads them."""
    if p[0] == "0":
        return ["oh", "oh" if p[1] == "0" else UNIT_WORD[p[1]]]
    if p[0] == "1":
        return [TEEN_WORD[p]]
    if p[1] == "0":
        return [TENS_WORD[p[0]]]
    return [TENS_WORD[p[0]], UNIT_WORD[p[1]]]


def say_number(d: str) -> list[str]:
    """A digit string as trader number words (see the guide, rule 5)."""
    n = len(d)
    if n == 1:
        return ["zero"] if d == "0" else [UNIT_WORD[d]]
    if d[0] == "0":
        return ["oh", *say_number(d[1:])]
    if n == 2:
        return say_pair(d)
    if d == "100":
        return ["a", "hundred"]
    if d == "1000":
        return ["a", "thousand"]
    if n in (4, 5) and d.endswith("000"):
        return [*say_number(d[:-3]), "thousand"]
    if n in (3, 4) and d.endswith("00"):
        return [*say_number(d[:-2]), "hundred"]
    if n == 3:
        return [UNIT_WORD[d[0]], *say_pair(d[1:])]
    if n == 4:
        return [*say_pair(d[:2]), *say_pair(d[2:])]
    head = [] if n % 2 == 0 else say_number(d[0])
    rest = d[n % 2:]
    out = list(head)
    for i in range(0, len(rest), 2):
        out += say_pair(rest[i:i + 2])
    return out


# --------------------------------------------------------------------------------------
# Words he says as words, and how he breaks tool names
# --------------------------------------------------------------------------------------

LEX = set("""
absorb access account add address admin after age agent algorithm alias alice all alpha
alpine am amount amplify analysis analytics analyze analyzer analyzers android anki ansible
apache app apple application apply append arch archive arduino args argument ascii attach
attr audit audio aura auth auto available average back backend backlight backup backups bam
bar base bash bed before bin binary bird black blast block bluetooth bob book boat borg
bottom box branch brew brighten brightness browser brute bucket buckets build builder bulk
bun bundle bus buster button buy cache call cancel capabilities cargo case cast cat cert
certificate certificates chain change changelist chat check checksum chisel city clang
class claw clean client clone closeness cloud cluster code collection color cols column
com command commit complete completion completions composer compress compressed compute
conda conf config confetty conn connect console contacts control convert core cotton
count crane create created credentials criu croc cron crop curl current cut daemon data
date days deb debug decode decompress define definition del delete delimiters delta
demangle demo dependencies depends deploy description desktop destination destroy detox
developers device devops dex diff dig dir disable disk disks display dissect distrib
distro dither do doc docker dockerfile docs doctor dog dolphin domain done download
drive driver droid drop dry dummy dump dynamo edge edit editor electrum emulator enable
encode encodings enter env environment environments envoy error eval event events evict
example exclude exec executable exist exit exo export expr express extent extract fail
failed fake false fast faucet feeds fetch file filename files filter find firefox first
fix flake flask flatten float flood flux font foo foot force fork format fortran forward
fresh friday from future gadget game gamma gen generate generations geo get ghost gist git
github gitlab glad global gnu go grab grep group guard guest guides hard harvester head
header heal height hello help hex hidden historical hold home host hosted hosts hub
hunter hurl idea if image images import in include indent index info init initial input
inputs insert install installed instance interface internal island issue jar java job
julia keep key keys kill kite kube label lame lara latest latex launch ledger length less
lib light limit line lines link lint linux list live load local localhost location lock
log logical login logon logs machine magick mail main make man manage mango many map
margins mark markdown max me media member menu merge message messages meteor micro
microsoft migrate migration minimal mirror mixer mode model modify module mon mongo
monitor monthly mount mouse move much mute my name nav need net new news nick nitrogen no
node nodes noise normalization not note notes notify null num number numbers object off
office old on once only open opti orders organization other out outdated output overwrite
own owner pack package pad page pam paper parallel part pass passwords paste patch path
pattern payment peer pep perf phase photo pic pickle pie ping pipeline pipelines pix
pixels place plan plot plugins pluma point points poke policy pool port position post
power preserve pretend pretty primary prime print priority private probe process prod
product profile program progress project projects prompt protocol provider prune public
publish publisher pull push put python quarterly query queue quick quiet rails ram random
rate raw read readme rebuild record recording recursive red redis refresh register
release remote remove rename render replace repo report repository requests requirements
rescan rescue reset resolution resolve resource restart restic restore reverse revert
revisions rich right roles root rotate route rows rule run runner rust safe sail sam save
scale scan scanner schema screen screensaver screenshot script search secret security
seed select self send sensors serial serve server session set setup sha shader sheets
shell shift shot show shutdown sift signer simple sir six skate skills skip slot
smalltalk snapshot socks sort sorted source speak speed split sport stack staff staging
stamp start starred stat state stats status steam steps stop storage store stow string
strings strip style subject sum swap swapfile sway switch sync system table tablet tabs
tabular tag tail talk tap tar tarball target team template term terraform terraria test
testdisk text the threads tidy time timers to tool toolbox toolchain tools top topic
torrent trace track transfer translate transmission tree tricks triple true trunk tunnel
type typo ubuntu unblock undo uninstall unison up update upgrade upgrades upload url use
user users vagrant validate value var vars verbose verbosity verify version video view
viewer volume wacom wait walk walker warn warning watch web website west what whats which
who width window windows wine word wordlist words work world write yaml zip zone
is or as at cheat pulse share chage conv woe sub dyn supervisor warts mercator fixed oil
undice dim mix spread fiasco puzz rabbit player cow comp seq deps dark gdal dox mac mpeg
postman uptime
""".split()) - KEYWORDS

# Pronounceable-looking runs he nevertheless spells (acronyms and file types).
SPELL = set("""
aac acp adb aks api apk avd aws axml enp epsg escp ilbm img irc opml osd osm sif spa udp
uri url urls usb usd exe ext pio pri upt inc cvt cvv dat deb ldap mpicc
""".split())

# Runs that are not "pronounceable" by the rule below but that he says as one word anyway.
WHOLE = set("""
bootstrap brightness buzzphrase fullscreen ghost goldeneye layout length marquee monthly
quarterly query queue quiet subscribe synchronous threads squash nginx gmail json jpeg
mageia lightsail qemu qwen gdal hyprshot jbang shred trayer pueue schroot strings pamac
""".split())

# Pronounceable runs he breaks into parts anyway (netpbm-style names and ...ctl tools).
FORCE_PARTS = re.compile(r"^(p[abgnp]m|ilbm|rle|xwd)|ctl$")
# Converters are said "<from> to <to>": pnmtopng = "p n m to p n g".
CONVERTER = re.compile(
    r"^([a-z]*?)to(p[bgnp]m|png|ilbm|yuv|pj|puzz|sir|fiasco|escp|lj|ppa|cmuwm)$"
)

ONSETS = set("b bl br c ch cl cr d dr f fl fr g gl gn gr h j k kl kn kr l m n p ph pl pr "
             "qu r s sc sch scr sh sk sl sm sn sp spl spr st str sw t th tr tw v w wh wr y z "
             "zh".split()) | {""}


def pronounceable(w: str) -> bool:
    """Rough test for 'a name he would just say' (tokei, nicotine, haproxy)."""
    if len(w) < 3:
        return False
    parts = re.findall(r"[aeiouy]+|[^aeiouy]+", w)
    if not any(p[0] in "aeiouy" for p in parts):
        return False
    if parts[0][0] not in "aeiouy" and parts[0] not in ONSETS:
        return False
    for i, p in enumerate(parts):
        if p[0] in "aeiouy":
            if len(p) > 2:
                return False
        elif i > 0 and len(p) > 3:
            return False
    return not (w[-1] in "jqvhw" and not w.endswith(("sh", "ch", "th", "ph", "ew", "aw", "ow")))


def split_parts(seg: str) -> list[str]:
    """Fewest pieces: words from LEX (never a protocol word) or single spelled letters."""
    n = len(seg)
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, letters, pieces = best[i]
        options = [(seg[i], 1)]
        for j in range(i + 2, n + 1):
            if seg[i:j] in LEX:
                options.append((seg[i:j], 0))
        for piece, is_letter in options:
            j = i + len(piece)
            cand = (cost + 1, letters + is_letter, [*pieces, piece])
            if best[j] is None or cand[:2] < best[j][:2]:
                best[j] = cand
    result = best[n]
    assert result is not None
    return result[2]


def pieces_for(seg: str) -> list[str]:
    """How he says one lower-case letter run: a list of words and single letters."""
    if seg in SPELL or seg in KEYWORDS or len(seg) == 1:
        return list(seg)
    if seg in LEX or seg in WHOLE:
        return [seg]
    conv = CONVERTER.match(seg)
    if conv:
        left, right = conv.groups()
        return [*(split_parts(left) if left else []), "to", *pieces_for(right)]
    parts = split_parts(seg)
    all_words = all(len(p) > 1 for p in parts)
    if all_words and len(parts) <= 3:
        return parts
    if FORCE_PARTS.search(seg) or not pronounceable(seg):
        return parts
    return [seg]


# --------------------------------------------------------------------------------------
# Command -> items -> clean words
# --------------------------------------------------------------------------------------
# An item is a dict: k is one of sp (space), sym, w (said word), l (spelled letters),
# n (digits); raw is the exact command text it stands for.

CASE_SEG = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")


def letter_items(run: str) -> list[dict]:
    items: list[dict] = []
    for seg in CASE_SEG.findall(run):
        if len(seg) > 1 and seg.isupper():
            case = "caps"
        elif seg[0].isupper():
            case = "cap"
        else:
            case = ""
        pos = 0
        group: list[dict] = []
        for piece in pieces_for(seg.lower()):
            raw = seg[pos:pos + len(piece)]
            pos += len(piece)
            if len(piece) == 1 and group and group[-1]["k"] == "l":
                group[-1]["text"] += piece
                group[-1]["raw"] += raw
            else:
                group.append({"k": "l" if len(piece) == 1 else "w", "text": piece, "raw": raw})
        for idx, it in enumerate(group):
            it["case"] = case if (case == "caps" or idx == 0) else ""
        items += group
    return items


def encode_items(cmd: str) -> list[dict]:
    items: list[dict] = []
    seen = {'"': 0, "'": 0}
    for tok in re.findall(r"[A-Za-z]+|[0-9]+|.", cmd):
        if tok[0].isalpha():
            items += letter_items(tok)
        elif tok[0].isdigit():
            items.append({"k": "n", "raw": tok})
        elif tok == " ":
            items.append({"k": "sp", "raw": tok})
        elif tok in QUOTES:
            name = QUOTES[tok][seen[tok] % 2]
            seen[tok] += 1
            items.append({"k": "sym", "raw": tok, "name": name})
        elif tok in SYMBOLS:
            items.append({"k": "sym", "raw": tok, "name": SYMBOLS[tok]})
        else:
            raise ValueError(f"cannot say {tok!r}")
    return items


def clean_item(it: dict) -> list[str]:
    k = it["k"]
    if k == "sp":
        return ["space"]
    if k == "sym":
        return [it["name"]]
    if k == "n":
        return say_number(it["raw"])
    words = [it["text"]] if k == "w" else list(it["text"])
    if it["case"]:
        words = [it["case"], *words]
    return words


def render_clean(items: list[dict]) -> str:
    return " ".join(w for it in items for w in clean_item(it))


# --------------------------------------------------------------------------------------
# The listener: clean words -> command
# --------------------------------------------------------------------------------------


def _number(toks: list[str], i: int) -> tuple[str, int] | None:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if t == "a" and nxt in ("hundred", "thousand"):
        return ("100" if nxt == "hundred" else "1000"), i + 2
    if t in ZEROS:
        val = "0"
    elif t in UNITS:
        val = str(UNITS[t])
    elif t in TEENS:
        val = str(TEENS[t])
    elif t in TENS:
        val = str(TENS[t]) + "0"
        if nxt in UNITS:
            val = str(TENS[t]) + str(UNITS[nxt])
            i += 1
    else:
        return None
    i += 1
    nxt = toks[i] if i < len(toks) else ""
    if nxt == "hundred":
        val, i = val + "00", i + 1
    elif nxt == "thousand":
        val, i = val + "000", i + 1
    return val, i


def _is_letter(toks: list[str], i: int) -> bool:
    if i >= len(toks) or len(toks[i]) != 1 or not toks[i].isalpha():
        return False
    return not (toks[i] == "a" and i + 1 < len(toks) and toks[i + 1] in ("hundred", "thousand"))


def decode(text: str) -> str:
    """Rebuild the command from a clean line, using only the rules in the guide."""
    toks = text.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        two = " ".join(toks[i:i + 2])
        if i + 1 < len(toks) and two in PHRASES:
            out.append(PHRASES[two])
            i += 2
            continue
        t = toks[i]
        if t in PHRASES:
            out.append(PHRASES[t])
            i += 1
            continue
        if t == "cap" and i + 1 < len(toks):
            nxt = toks[i + 1]
            out.append(nxt[:1].upper() + nxt[1:])
            i += 2
            continue
        if t == "caps" and i + 1 < len(toks):
            i += 1
            if _is_letter(toks, i):
                while _is_letter(toks, i):
                    out.append(toks[i].upper())
                    i += 1
            else:
                out.append(toks[i].upper())
                i += 1
            continue
        num = _number(toks, i)
        if num is not None:
            out.append(num[0])
            i = num[1]
            continue
        out.append(t)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------
# Whisper and the desk: tables for the messier slices
# --------------------------------------------------------------------------------------

FUZZY_SYM = {
    "dash": ["hyphen", "minus"], "dot": ["period", "point"], "slash": ["forward slash"],
    "tilde": ["tilda"], "pipe": ["vertical bar"], "greater than": ["greater-than"],
    "star": ["asterisk"], "dollar": ["dollar sign"], "underscore": ["under score"],
    "colon": ["Colin"], "semicolon": ["semi colon"], "equals": ["equal", "equal sign"],
    "at sign": ["at"], "hash": ["pound"], "percent": ["percent sign"],
    "quote": ["double quote"], "end quote": ["and quote"], "single": ["single quote"],
    "end single": ["and single"], "backslash": ["back slash"], "bang": ["exclamation"],
    "ampersand": ["and"], "less than": ["less-than"],
}

HOMOPHONES = {
    "write": "right", "right": "write", "sync": "sink", "root": "route", "main": "Maine",
    "tail": "tale", "rows": "rose", "cols": "calls", "buy": "by", "roles": "rolls",
    "serial": "cereal", "sum": "some", "mail": "male", "sail": "sale", "new": "knew",
    "read": "red", "which": "witch", "hole": "whole", "cache": "cash", "site": "sight",
    "peer": "pier", "plain": "plane", "mark": "Mark", "bob": "Bob", "alice": "Alice",
}

PROPER = {
    "ubuntu": "Ubuntu", "docker": "Docker", "python": "Python", "firefox": "Firefox",
    "linux": "Linux", "github": "GitHub", "gitlab": "GitLab", "friday": "Friday",
    "windows": "Windows", "redis": "Redis", "nginx": "Nginx", "julia": "Julia",
    "json": "JSON", "yaml": "YAML", "europe": "Europe", "apache": "Apache", "steam": "Steam",
    "microsoft": "Microsoft", "gmail": "Gmail", "flask": "Flask", "kaggle": "Kaggle",
    "terraform": "Terraform", "ansible": "Ansible", "vagrant": "Vagrant", "jira": "Jira",
    "mageia": "Mageia", "arduino": "Arduino", "bluetooth": "Bluetooth", "java": "Java",
    "android": "Android", "alpine": "Alpine", "conda": "Conda", "jpeg": "JPEG",
    "qemu": "QEMU", "postman": "Postman", "whats": "Whats", "matlab": "MATLAB",
}

SPLITS = {
    "localhost": "local host", "dockerfile": "docker file", "filename": "file name",
    "website": "web site", "screenshot": "screen shot", "toolbox": "tool box",
    "toolchain": "tool chain", "backend": "back end", "wordlist": "word list",
    "swapfile": "swap file", "tarball": "tar ball", "readme": "read me",
    "changelist": "change list", "screensaver": "screen saver", "backlight": "back light",
    "testdisk": "test disk", "checksum": "check sum", "markdown": "mark down",
    "smalltalk": "small talk", "snapshot": "snap shot", "bluetooth": "blue tooth",
    "whoami": "who am I", "uptime": "up time", "postman": "post man",
}

DECOYS = ["master", "prod", "staging", "tmp", "backup", "test", "dev", "local", "latest",
          "main", "data", "logs", "config", "debug", "release", "home"]

OPENERS = [
    "Yo, gimme", "Okay so", "Can you run", "Lemme get", "Real quick,", "Alright, next one.",
    "Do me a favor, punch in", "Type this for me:", "Okay, real quick, run", "Gimme",
    "Yo.", "Next.", "Okay so, uh,", "Run this:", "Quick one,", "Punch in", "Lemme get a",
    "Alright, alright,", "You ready? Okay,", "Yo, real quick,",
]
LABELS = [
    "{name} thing.", "The usual {name}.", "The {name} one.", "Okay, {name} thing.",
    "Yo, {name} thing, real quick.", "Gimme the {name} thing.",
]
CLOSERS = [
    "Boom.", "Done.", "Next.", "That's it.", "Send it.", "Hit enter.", "Go.", "Boom, done.",
    "Thanks.", "That's the one.", "Done, next.", "", "", "Boom.",
]
FILLERS = ["uh", "um", "like", "you know", "uh,", "um,", "lemme see,", "what is it,", "yeah,"]
LONG_FRAMES = [
    "Okay listen, I got Vinny on the other line so this is gonna be quick, you ready?",
    "Alright, alright, before the open I need you to run something for me.",
    "Yo, the risk box is acting up again, gimme this real quick.",
    "Okay so this is from the ticket Sal sent over, the one with the fills, you got it?",
    "Listen, I'm between calls here, so just type exactly what I say, okay?",
    "Yo, real quick before the Fed guy starts talking, punch this in.",
    "Okay, okay, the desk is screaming, lemme just give you this one.",
    "Alright so, uh, I was gonna do this after the close but whatever, here.",
    "You there? Good. Okay so I need a command, real quick.",
    "Yeah yeah, I'll hold. Sorry, not you. Okay, type this.",
]
ASIDES = [
    "hold on, hold on, Vinny, I see it, I see it... okay,",
    "sorry, other line's ringing... okay,",
    "one sec, somebody's yelling about fills... okay, where was I,",
    "hang on, tell him I'll call him back... okay,",
    "ugh, this headset... okay,",
    "sorry, the twos are ripping, gimme a sec... alright,",
    "hold on, Bloomberg's beeping... okay,",
    "one sec, yeah, I'm long, I'm long, relax... sorry, where was I,",
    "not you, Vinny, not you... okay,",
    "hold on, lemme mute this guy... okay,",
]
CORRECTIONS = [
    "scratch that,", "nah nah,", "my bad,", "no wait, I mean", "wait wait, make that",
    "nah nah nah,", "ugh, my bad, I mean", "no no, scratch that,", "sorry, I mean",
]
RESTARTS = [
    "ugh, lemme start over.", "no no, from the top.", "scratch all that, from the top:",
    "nah, wait, lemme start over.", "my bad, from the top.",
]


# Loose names in the natural and chaotic slices.  He picks one per line and sticks to it;
# paired symbols (quotes, brackets) are picked as a pair.
NATURAL_NAMES: dict[str, list] = {
    "flag dash": ["dash", "dash", "dash", "minus"],
    "dash dash": ["double dash", "double dash", "dash dash"],
    "dot": ["dot", "dot", "dot", "period"],
    "tilde": ["tilde", "tilde", "tilda", "squiggle"],
    "star": ["star", "asterisk", "wildcard"],
    "dollar": ["dollar", "dollar sign"],
    "equals": ["equals", "equal", "equals"],
    "at sign": ["at", "at", "at sign"],
    "hash": ["hash", "pound"],
    "ampersand": ["ampersand", "and"],
    "bang": ["bang", "exclamation point"],
    "caret": ["caret", "hat"],
    "paren": [("open paren", "close paren"), ("paren", "close paren")],
    "brace": [("open curly", "close curly"), ("open brace", "close brace")],
    "bracket": [("open bracket", "close bracket"), ("bracket", "close bracket")],
    "quote": [("quote", "end quote"), ("in quotes", "close quote"), ("quote", "unquote"),
              ("open quote", "close quote")],
    "single": [("single quote", "end single"), ("tick", "end tick"), ("single", "end single")],
    "cap": ["capital", "capital", "big", "cap"],
    "caps": ["all caps", "caps", "all caps"],
}
PAIRED = {
    "open paren": ("paren", 0), "close paren": ("paren", 1),
    "open brace": ("brace", 0), "close brace": ("brace", 1),
    "open bracket": ("bracket", 0), "close bracket": ("bracket", 1),
    "quote": ("quote", 0), "end quote": ("quote", 1),
    "single": ("single", 0), "end single": ("single", 1),
}


class Voice:
    """One line's speaker: the random source, the slice style, and the loose names he has
    already picked for this line (so a line says "squiggle" every time, not now and then)."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.picked: dict[str, object] = {}

    def pick(self, key: str):
        if key not in self.picked:
            self.picked[key] = self.rng.choice(NATURAL_NAMES[key])
        return self.picked[key]

    def symbol(self, name: str, at_start: bool) -> str:
        if name in PAIRED:
            group, side = PAIRED[name]
            return self.pick(group)[side]
        if name == "dash":
            return self.pick("flag dash") if at_start else "dash"
        if name in NATURAL_NAMES:
            return self.pick(name)
        return name

    def case_marker(self, case: str) -> str:
        if self.style == "fuzzy":
            if self.rng.random() < 0.8:
                return case
            return {"cap": "capital", "caps": "all caps"}[case]
        return self.pick(case)


def chunks_of(items: list[dict]) -> list[list[dict]]:
    """Split items into arguments (what lies between two "space"s)."""
    out: list[list[dict]] = [[]]
    for it in items:
        if it["k"] == "sp":
            out.append([])
        else:
            out[-1].append(it)
    return out


def _compact_runs(chunk: list[dict]) -> list[tuple[int, int]]:
    """Spans name.ext / host.tld / a.b.c.d that Whisper may write compactly."""
    spans = []
    i = 0
    n = len(chunk)
    while i < n:
        it = chunk[i]
        if it["k"] in "wln" and not it.get("case"):
            j = i
            while (j + 2 < n and chunk[j + 1]["k"] == "sym" and chunk[j + 1]["raw"] == "."
                   and chunk[j + 2]["k"] in "wln" and not chunk[j + 2].get("case")):
                j += 2
            if j > i:
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def _letters(text: str, voice: Voice) -> str:
    """Spelled letters as Whisper writes them (their written case means nothing)."""
    r = voice.rng.random()
    if len(text) == 1:
        return text.upper() if r < 0.5 else text
    if text in KEYWORDS or text in LOOKALIKES:
        # a spelled protocol word ("s p a c e", "t w o") is never written as the word
        return " ".join(text.upper() if r < 0.5 else text)
    if voice.style == "fuzzy":
        if r < 0.3:
            return " ".join(text)
        if r < 0.6:
            return " ".join(text.upper())
        if r < 0.8:
            return text.upper()
        return "-".join(text.upper())
    if r < 0.35:
        return text.upper()
    if r < 0.7:
        return " ".join(text.upper())
    return text


def _digits(raw: str, voice: Voice) -> str:
    """A number as Whisper writes it: digits, with the odd comma, split or spelled slip."""
    r = voice.rng.random()
    if voice.style == "fuzzy":
        if r < 0.12:
            return " ".join(say_number(raw))
        if len(raw) == 4 and raw[0] != "0" and raw[2] != "0" and r < 0.25:
            return raw[:2] + " " + raw[2:]
    if len(raw) >= 4 and raw.endswith("000") and raw[0] != "0":
        if voice.style != "fuzzy" and r < 0.5:
            return raw[:-3] + "K"
        if r < 0.75:
            return raw[:-3] + "," + raw[-3:]
    if raw == "100" and r > 0.85:
        return "a hundred"
    return raw


def _word(it: dict, voice: Voice) -> str:
    text = it["text"]
    r = voice.rng.random()
    if text in HOMOPHONES and r < (0.45 if voice.style == "fuzzy" else 0.3):
        text = HOMOPHONES[text]
    elif text in SPLITS and r < 0.5 and not it.get("case"):
        text = SPLITS[text]
    elif text in PROPER and r < 0.8:
        text = PROPER[text]
    if not it.get("case"):
        return text
    return f"{voice.case_marker(it['case'])} {text}"


def render_chunk(chunk: list[dict], voice: Voice, stutter: bool = False) -> str:
    """One argument (no blanks inside it in the command) in the fuzzy or natural style."""
    rng = voice.rng
    fuzzy = voice.style == "fuzzy"
    words: list[str] = []
    compact = {}
    for a, b in _compact_runs(chunk):
        if rng.random() < (0.3 if fuzzy else 0.5):
            compact[a] = b
    i = 0
    n = len(chunk)
    while i < n:
        if i in compact:
            b = compact[i]
            words.append("".join(x["raw"] for x in chunk[i:b + 1]).lower())
            i = b + 1
            continue
        it = chunk[i]
        k = it["k"]
        if k == "sym":
            name = it["name"]
            if name == "dash" and i + 1 < n and chunk[i + 1].get("name") == "dash":
                if fuzzy:
                    r = rng.random()
                    words.append("dash dash" if r < 0.6 else "dash-dash" if r < 0.85
                                 else "double dash")
                else:
                    words.append(voice.pick("dash dash"))
                i += 2
                continue
            if fuzzy:
                if name in FUZZY_SYM and rng.random() < 0.2:
                    name = rng.choice(FUZZY_SYM[name])
            elif (name == "dot" and 0 < i < n - 1 and chunk[i - 1]["k"] == "n"
                  and chunk[i + 1]["k"] == "n" and len(chunk) == 3 and rng.random() < 0.5):
                name = "point"
            else:
                name = voice.symbol(name, at_start=(i == 0))
            words.append(name)
        elif k == "n":
            words.append(_digits(it["raw"], voice))
        elif k == "l":
            text = _letters(it["text"], voice)
            if it["case"]:
                text = f"{voice.case_marker(it['case'])} {text}"
            words.append(text)
        elif (fuzzy and not it["case"] and i + 1 < n and chunk[i + 1]["k"] == "w"
              and not chunk[i + 1]["case"] and i + 1 not in compact and rng.random() < 0.25):
            words.append(it["text"] + chunk[i + 1]["text"])
            i += 2
            continue
        else:
            said = _word(it, voice)
            if stutter and i == 0:
                said = f"{said}{rng.choice([', ', '... '])}{said}"
            words.append(said)
        i += 1
    return " ".join(words)


def _fix_spacing(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([,.:?])", r"\1", s)
    s = re.sub(r"([,:])([,.:])", r"\2", s)
    return s


def _sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def render_fuzzy(items: list[dict], rng: random.Random) -> str:
    voice = Voice(rng, "fuzzy")
    parts: list[str] = []
    for idx, chunk in enumerate(chunks_of(items)):
        if idx:
            sep = "space"
            r = rng.random()
            if r < 0.1:
                sep = "space,"
            elif r < 0.15:
                sep = "Space"
            parts.append(sep)
        if chunk:
            parts.append(render_chunk(chunk, voice))
    text = _sentence_case(" ".join(parts))
    r = rng.random()
    if r < 0.65:
        text += "."
    elif r < 0.72:
        text += ","
    return _fix_spacing(text)


def _label(items: list[dict]) -> str | None:
    first = chunks_of(items)[0]
    if not first or any(it["k"] == "sym" or it.get("case") for it in first):
        return None
    return "".join(it["raw"] for it in first)


SPOKEN_JOINS = {"|": ["pipe it into", "pipe that into", "pipe to"],
                ">": ["redirect to", "redirect that to"],
                ">>": ["append to", "append that to"],
                "&&": ["and and", "double ampersand"],
                "<": ["less than", "feed it from"]}


def natural_body(items: list[dict], voice: Voice, stutter_at: int = -1,
                 keep_space: tuple[int, ...] = ()) -> list[tuple[str, str]]:
    """The command said loosely: one (lead, body) per argument, where lead is the spoken
    separator in front of it ("space", "space, uh", "" or a phrase like "pipe it into")."""
    rng = voice.rng
    chunks = chunks_of(items)
    pieces: list[tuple[str, str]] = []
    swallow = False
    for idx, chunk in enumerate(chunks):
        raws = "".join(it["raw"] for it in chunk)
        lead = "" if idx == 0 else "space"
        if 0 < idx < len(chunks) - 1 and raws in SPOKEN_JOINS and rng.random() < 0.6:
            pieces.append((rng.choice(SPOKEN_JOINS[raws]), ""))
            swallow = True
            continue
        if swallow:
            lead = ""
            swallow = False
        elif (idx and raws.startswith("--") and len(raws) > 2 and rng.random() < 0.3
              and idx not in keep_space):
            lead = ""
        if lead and rng.random() < 0.12:
            lead = f"{lead}, {rng.choice(FILLERS)}"
        pieces.append((lead, render_chunk(chunk, voice, stutter=(idx == stutter_at))))
    return pieces


def _raw(items: list[dict]) -> str:
    return "".join(it["raw"] for it in items)


def _join(pieces: list[tuple[str, str]]) -> str:
    return " ".join(f"{lead} {body}".strip() for lead, body in pieces)


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def _opener(items: list[dict], rng: random.Random) -> str:
    name = _label(items)
    if name and rng.random() < 0.35:
        return rng.choice(LABELS).format(name=name)
    first = "".join(it["raw"] for it in chunks_of(items)[0]).lower()
    # never end the framing on the word the command starts with ("Can you run run ...")
    return rng.choice([o for o in OPENERS if o.lower().rstrip(".,:?").split()[-1] != first])


def _finish(text: str, rng: random.Random, cmd: str) -> str:
    text = text.rstrip(" ,")
    # a sign-off never repeats a word of the command ("... done. Done." is unreadable)
    closer = rng.choice([c for c in CLOSERS if not (_words_of(c) & _words_of(cmd))])
    text = text + ("." if not text.endswith((".", "?", ":")) else "")
    if closer:
        text = f"{text} {closer}"
    return _fix_spacing(text)


def render_natural(items: list[dict], rng: random.Random) -> str:
    voice = Voice(rng, "natural")
    opener = _opener(items, rng)
    body = _join(natural_body(items, voice))
    if opener.endswith((".", ":", "?")):
        body = _sentence_case(body)
    return _finish(f"{opener} {body}", rng, _raw(items))


def _can_slip(chunk: list[dict]) -> bool:
    return any(it["k"] in "nwl" and not it.get("case") for it in chunk)


def _wrong_chunk(chunk: list[dict], rng: random.Random) -> list[dict]:
    """A plausible slip of the tongue for one argument (only called when _can_slip)."""
    out = [dict(it) for it in chunk]
    for it in out:
        if it["k"] == "n":
            d = it["raw"]
            it["raw"] = d[:-1] + str((int(d[-1]) + rng.randint(1, 8)) % 10)
            return out
    for it in out:
        if it["k"] == "w" and not it.get("case"):
            it["text"] = rng.choice([w for w in DECOYS if w != it["text"]])
            it["raw"] = it["text"]
            return out
    for it in out:
        if it["k"] == "l" and not it.get("case"):
            first = rng.choice([c for c in "bdfkmprstvx" if c != it["text"][0]])
            it["text"] = first + it["text"][1:]
            it["raw"] = it["text"]
            return out
    raise AssertionError("no slip possible")


def render_chaotic(items: list[dict], rng: random.Random) -> str:
    voice = Voice(rng, "chaotic")
    chunks = chunks_of(items)
    n = len(chunks)
    out: list[str] = []
    if rng.random() < 0.6:
        out.append(rng.choice(LONG_FRAMES))
    out.append(_opener(items, rng))
    # What goes wrong in this line, drawn in a fixed order.
    do_restart = n >= 2 and rng.random() < 0.3
    n_fix = 1 if rng.random() < 0.7 else 2
    do_aside = rng.random() < 0.55
    do_stutter = rng.random() < 0.5
    fixable = [i for i in range(1, n) if _can_slip(chunks[i])]
    fix_at = sorted(rng.sample(fixable, min(n_fix, len(fixable))))
    if not fix_at and n >= 2:
        do_restart = True
    if not fix_at and n == 1 and _can_slip(chunks[0]):
        fix_at = [0]
    aside_at = rng.randrange(1, n) if (do_aside and n >= 2) else -1
    stutterable = [i for i in range(n) if chunks[i] and chunks[i][0]["k"] == "w"
                   and not chunks[i][0]["case"] and i not in fix_at]
    stutter_at = rng.choice(stutterable) if (do_stutter and stutterable) else -1

    if do_restart:
        cut = rng.randrange(1, n)
        false_start = _join(natural_body(items, voice)[:cut])
        out.append(f"{false_start}... {rng.choice(RESTARTS)}")
    said: list[str] = []
    for i, (lead, body) in enumerate(natural_body(items, voice, stutter_at, tuple(fix_at))):
        if i == aside_at:
            said.append("... " + rng.choice(ASIDES))
        if i in fix_at:
            bad = f"{lead} {render_chunk(_wrong_chunk(chunks[i], rng), voice)}".strip()
            cue = rng.choice(CORRECTIONS)
            said.append(f"{bad}... {cue} {render_chunk(chunks[i], voice)}")
            continue
        said.append(f"{lead} {body}".strip())
    out.append(" ".join(said))
    return _finish(" ".join(out), rng, _raw(items))


# --------------------------------------------------------------------------------------
# Selection and output
# --------------------------------------------------------------------------------------


def dictable(cmd: str) -> bool:
    if not cmd.isascii() or not (2 <= len(cmd) <= MAX_LEN):
        return False
    if cmd != cmd.strip() or "  " in cmd or "\t" in cmd:
        return False
    if "|-" in cmd:  # tldr placeholder alternatives like -bmp|-tiff|-pam
        return False
    if cmd.count('"') % 2 or cmd.count("'") % 2:
        return False
    try:
        items = encode_items(cmd)
    except ValueError:
        return False
    return decode(render_clean(items)) == cmd


def select(rng: random.Random) -> list[str]:
    lines = POOL.read_text(encoding="utf-8").splitlines()
    per_first: dict[str, int] = {}
    seen: set[str] = set()
    chosen: list[str] = []
    for idx, line in enumerate(lines):
        if idx % 4 != 1:
            continue
        cmd = json.loads(line)["command"]
        if cmd in seen or not dictable(cmd):
            continue
        first = cmd.split()[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        seen.add(cmd)
        chosen.append(cmd)
    rng.shuffle(chosen)
    need = PER_SLICE * len(SLICES)
    assert len(chosen) >= need, len(chosen)
    return chosen[:need]


def main() -> None:
    rng = random.Random(87)
    commands = select(rng)
    rows: list[dict] = []
    for s, slice_name in enumerate(SLICES):
        for cmd in commands[s * PER_SLICE:(s + 1) * PER_SLICE]:
            items = encode_items(cmd)
            if slice_name == "clean":
                text = render_clean(items)
                assert decode(text) == cmd, (cmd, text)
            elif slice_name == "fuzzy":
                text = render_fuzzy(items, rng)
            elif slice_name == "natural":
                text = render_natural(items, rng)
            else:
                text = render_chaotic(items, rng)
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
    assert len(rows) == PER_SLICE * len(SLICES)
    assert len({r["command"] for r in rows}) == len(rows)
    for r in rows:
        if r["slice"] == "clean":
            assert decode(r["input"]) == r["command"], r
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
