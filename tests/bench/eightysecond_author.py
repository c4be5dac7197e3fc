"""Independent voice-to-bash evaluation set, author82: "the radio room".

Source commands come from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/pages_dev49_commands.jsonl.
Only pool lines whose 0-based line number % 4 == 3 are used; every command
text is kept exactly as in the pool.

Run:  cd /work/main && python3 tests/bench/eightysecond_author.py
Writes assets/training/bash/author82.jsonl (400 lines, 100 per slice, in the
order clean, fuzzy, natural, chaotic). One random.Random(8208) is consumed in
a fixed order, so reruns are byte-identical.

STYLE GUIDE
===========

Persona
-------
Mrs Ngozi Okafor-Bello, fifty-six, from Port Harcourt, Rivers State, Nigeria.
She spent twenty years as the GMDSS radio officer on offshore supply vessels
in the Gulf of Guinea and learned her trade on teleprinters and VHF channel
16. Today she is the whole IT department of a small shipping agency on
Trans-Amadi road. She dictates shell commands the way she used to pass radio
traffic: every character is read out, nothing is left to be guessed, letters
go in the ICAO phonetic alphabet, numbers go digit by digit in radio
pronunciation, and she marks every gap between shell words with the
procedure word "break". She never says "space", "dash", "dot" or "slash"
when she is being careful; those are words she only slips into when tired.

Separator
---------
"break"  = exactly one space character.
Everything said between two "break"s is glued together with NO space. A
shell word such as ~/projects/app.log is one unbroken run of spoken pieces.
Inside a double-quoted argument she still says "break" for each space.

Spoken pieces and what they write
---------------------------------
Symbols (each is one spoken word):
    hyphen      -          stroke      /          point       .
    decimal     .  (her name for a point standing between two digits,
                   as in 1.2.3 or 10.0.0.5)
    underline   _          colon       :          semicolon   ;
    comma       ,          squiggle    ~          bar         |
    greater     >          lesser      <          equals      =
    at          @          asterisk    *          dollar      $
    percent     %          plus        +          exclaim     !
    query       ?          sharp       #          ampersand   &
    caret       ^          backtick    `          backstroke  \\
    quote       "  (opening)             unquote     "  (closing)
    apostrophe  '  (opening and closing alike)
    bracket     (          unbracket   )
    square      [          unsquare    ]
    curly       {          uncurly     }
Doubled symbols are said twice: "--" is "hyphen hyphen", ">>" is
"greater greater", "//" is "stroke stroke".

Letters (always lower case unless a capital word comes first):
    alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo
    lima mike november oscar papa quebec romeo sierra tango uniform victor
    whiskey xray yankee zulu
(Whisper writes "alpha" and "juliet"; the clean slice writes "xray" without
its hyphen.)

Digits, in radio pronunciation, one word per digit:
    zero one two tree four fife six seven eight niner
Whole hundreds and thousands use the ICAO words: "hundred" writes 00 and
"thousand" writes 000 after the digits before it, so 800 is
"eight hundred", 3000 is "tree thousand", 100 is "one hundred". Every other
number is read digit by digit: 4096 is "four zero niner six", 077 is
"zero seven seven", 1.2.3 is "one decimal two decimal tree".

Capitals:
    big     the next piece gets a capital first letter: "big alpha" = A,
            "big python" = Python.
    block   block capitals. "block" before a said word writes that word
            all upper case ("block readme" = README); "block" before
            spelled letters makes the whole unbroken run of spelled letters
            that follows upper case ("block hotel echo alpha delta" = HEAD),
            until a symbol, digit, "break", said word or "big" ends the run.
A camelCase word is said in parts: dependencyInsight is
"dependency big insight"; NTLM inside DumpNTLMInfo is a block run.

Said as a word or spelled:
    She says a stretch of letters as a word when it is an ordinary English
    word or a name she knows how to pronounce (docker, python, backup,
    sudo, config, localhost, ubuntu, grep ...). A run may be said as
    several words back to back ("hash cat" = hashcat, "mesh lab server" =
    meshlabserver); netpbm style "to" is said as a word too ("papa bravo
    mike to papa papa alpha" = pbmtoppa). Abbreviations and anything she
    cannot pronounce are spelled letter by letter (ls = "lima sierra",
    ssh = "sierra sierra hotel"), and a stretch may mix both ("echo sierra
    lint" = eslint).
    Any literal word that is itself one of her procedure words - a letter
    name (alpha, delta, echo, golf, hotel...), a digit word (one, tree,
    zero...), a symbol name (point, bar, query, at, block...), "break",
    "big", "hundred", "thousand" - is ALWAYS spelled, so "cargo tree" is
    "cargo break tango romeo echo echo" and "alpha" is
    "alpha lima papa hotel alpha". A listener may therefore read every
    procedure word literally as its symbol, letter or digit, and every
    other word as itself in lower case.

Decoding rule for a listener (implemented by decode() below): go word by
word; "break" writes a space; a procedure word writes its symbol, letter
or digits; "big"/"block" change the case as above; any other word is
written as itself in lower case; nothing else is inserted.

Natural-speech habits (not in the clean slice)
----------------------------------------------
* Radio framing. She opens with a call ("Terminal, terminal, Ngozi here",
  "Okay, command follows", "Kindly run this one for me") and signs off with
  "over", "message ends" or "over and out" - and she sometimes corrects
  herself that it is "over", not "over and out".
* Fillers: "ehm", "eh", "you know", "let me see", "ehn"; polite Nigerian
  English: "kindly", "abeg", "please".
* Loose names when tired: dash/minus for hyphen, "double dash" for "--",
  slash for stroke, dot for point, underscore for underline, tilde for
  squiggle, pipe for bar, "greater than"/"less than", "capital" for big,
  "all caps" for block, and "space" now and then instead of "break".
  Numbers come out as plain numbers ("4096", "10.0.0.5").
* Corrections follow radio procedure: "correction" means the shell word she
  just said is wrong and she says that whole shell word again, properly.
  She also uses "no wait, I mean" for the same thing. "Disregard" (often
  "disregard, I start again from the top") cancels everything said so far
  in the command. "I say again" repeats the previous shell word, which is
  NOT written twice.
* Asides about the office: the power going ("NEPA has taken light again"),
  the generator, the network, colleagues at the door. These are never part
  of the command.

Slices
------
clean    Her strict protocol exactly as above, lower case, no punctuation,
         nothing but the command. decode(input) == command for every line.
fuzzy    The same strict protocol through Whisper: a capital at the start,
         commas and full stops, NATO words capitalised, digits written as
         numerals ("3", "4096", "3 thousand"), words joined or split
         ("under line", "hashcat"), homophones ("brake", "three", "five",
         "nine", "to", "for", "won", "X-ray", "whisky"), and now and then a
         variant symbol name (dash, slash, dot, underscore, tilde, pipe,
         space).
natural  How she really talks when not careful: framing and sign-off,
         fillers, loose symbol names, numbers as numerals, punctuated
         sentences. A careful human listener can still rebuild the command.
chaotic  Natural plus long framing, radio corrections, "no wait, I mean",
         restarts with "disregard", "I say again" repeats, a stuttered word,
         asides about the office. Still recoverable by a careful human.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets/training/bash/pages_dev49_commands.jsonl"
OUT = ROOT / "assets/training/bash/author82.jsonl"
AUTHOR = "author82"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

NATO = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
    "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
    "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
    "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
    "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
    "y": "yankee", "z": "zulu",
}
DIGITS = {
    "0": "zero", "1": "one", "2": "two", "3": "tree", "4": "four",
    "5": "fife", "6": "six", "7": "seven", "8": "eight", "9": "niner",
}
SYMBOLS = {
    "-": "hyphen", "/": "stroke", ".": "point", "_": "underline",
    ":": "colon", ";": "semicolon", ",": "comma", "~": "squiggle",
    "|": "bar", ">": "greater", "<": "lesser", "=": "equals", "@": "at",
    "*": "asterisk", "$": "dollar", "%": "percent", "+": "plus",
    "!": "exclaim", "?": "query", "#": "sharp", "&": "ampersand",
    "^": "caret", "`": "backtick", "\\": "backstroke",
    "(": "bracket", ")": "unbracket", "[": "square", "]": "unsquare",
    "{": "curly", "}": "uncurly", "'": "apostrophe",
}

# listener side: every procedure word and what it writes
LETTER_WORDS = {v: k for k, v in NATO.items()}
LETTER_WORDS.update({"alfa": "a", "juliett": "j", "x-ray": "x"})
DIGIT_WORDS = {v: k for k, v in DIGITS.items()}
DIGIT_WORDS.update({"three": "3", "fower": "4", "five": "5", "nine": "9"})
SYMBOL_WORDS = {v: k for k, v in SYMBOLS.items()}
SYMBOL_WORDS.update({"quote": '"', "unquote": '"', "decimal": "."})
MAGNITUDE = {"hundred": "00", "thousand": "000"}
RESERVED = (
    set(LETTER_WORDS) | set(DIGIT_WORDS) | set(SYMBOL_WORDS) | set(MAGNITUDE)
    | {"break", "big", "block"}
)


def decode(text: str) -> str:
    """Rebuild a command from a clean-slice line (the listener rules)."""
    out: list[str] = []
    cap_next = False
    block_next = False
    block_run = False
    for w in text.split():
        if w == "break":
            out.append(" ")
            cap_next = block_next = block_run = False
        elif w == "big":
            cap_next, block_next, block_run = True, False, False
        elif w == "block":
            block_next, cap_next, block_run = True, False, False
        elif w in LETTER_WORDS:
            ch = LETTER_WORDS[w]
            if cap_next:
                out.append(ch.upper())
                cap_next = False
            elif block_next or block_run:
                out.append(ch.upper())
                block_next, block_run = False, True
            else:
                out.append(ch)
        elif w in DIGIT_WORDS:
            out.append(DIGIT_WORDS[w])
            cap_next = block_next = block_run = False
        elif w in MAGNITUDE:
            out.append(MAGNITUDE[w])
            cap_next = block_next = block_run = False
        elif w in SYMBOL_WORDS:
            out.append(SYMBOL_WORDS[w])
            cap_next = block_next = block_run = False
        else:
            if cap_next:
                w = w[:1].upper() + w[1:]
            elif block_next:
                w = w.upper()
            out.append(w)
            cap_next = block_next = block_run = False
    return "".join(out)


# Words she pronounces as words (English, or names she knows how to say).
SAYABLE = set("""
absolute absorb access accounts activate add address admin advisor after
alice all allocatable allow alternatives analyse ansible apt arch archive
argument arm artifact artist assert assignee attack audio audacious auth
auto away backend backup backups backward bank base before bin
binary bind biome bird blame bloodhound body bob bootstrap bosh box
braintree branch brew browser brute bucket bug build builder builds bump
bun bundle bytes cache capacity capitalize capture cargo cast cat cert
certificate change channel channels charts check clean client
clipboard clone close cloud cluster code codes collection color column
command comment commit compare compatibility complete completion compress
compressed compute conda condition config configuration connect console
contacts container context control cookies copy copyright core correct
count coverage cow cradle crane create cron current curl daemon daily data
database date debug decompress decrypt default definition delay delete
demo dentist dependency deploy depth describe description detect detox dev
developers device devices diff dir disable disconnect disk display dissect
distinct docker docs doctor dolphin domain domains doppler download drive
driver drupal dry dump duplicate dust dynamic east edit elastic elements
elixir ember emulator encryption enforce engine enter entity environment
error europe example exclude exec executable expand expect export express
extract fail failed fake false fast fetch file files filesystem
filter find finger fish fix flake flash flask flatten flavor float flux fly
font foo foot force format fortune fossil frame freeze from full
function fuzz galaxy get git gitlab glow gnomon gradle grafana
grep group guest gum halt harvester hash hashes head header headful height
hello help high hints home host hub hunter idle identical
identity image images import imports in increment increments indent index
indexes individual info init initial input insert insight install
installation instance internal interval invoke island issue java jet jira
job jobs john json jupyter kaggle kate keep kernel key kite kube label lab
lambo laravel latest launch law layout ledger level library license light
lightweight limit link links lint linux list listen lit live load local
locate lock lodash log logs login logout loop machine
magick mail main make mako manage manager manifest manifests map marker
mask match matrix me merge mesh message metadata method mini minikube
mirrors mode monitor monolith montage mount move my name
nano net network new nimble nitrogen no node nodes nomad
notebook notes number numpy object of oh oil on only open options orders
origin out outdated output overwrite owner package pad page palm
pandoc paper parallel params partition pass password paste pastel patch
path pickle pig ping pipeline pixels place placeholder plan plasma play
player players plot pod podman poetry pool port postgres power pretty
primary print priority private prod product profile profiles program
progress project projects prompt protocol public publish publisher pull
puppet push put putty python quiet rails rake ram raw read readme record
recommendation reconfigure records recursive redis reference region
registry reinstall release remote remove rename repo report repository
requests reset resolution respawn responses restart restore result resume
return revert revision revisions rich role roles root row rule rules run
runner rust rustic rustup salt save say scan scene schedule schedules
scheme schemes screen script scrub search secret secrets select send
separate sequence server serverless service services set setup shaper
sheets shell show shred sign silent size slot snapshot snapshots song sort
source sources spark speed split spreadsheet stack staff start
stat state status still stop store stream string strip stripe sub
subreddit sudo suite suites swap switch symbolic sync system tail
target targets task team template tenant term terraform test text then
thing threads tidy tier tiles time timeout timing toggle toilet tool
toolbox toolchain top torrent track translation transmission trust tune
tuned turtle type ubuntu unique unit unlock up update upload upgrade
upstream uptime user users vagrant valgrind value variable velero
verbose verify version video vim wait warning warp watch website week
weights west whisper width window wine with wonder word work
workgroup write yank year yes zapier zip zoom go do if is us to
photo touch web storm space comments distro picker blocks bad nodemon
stretch gen prune geo grind fire jail micro mamba spawn beaver sway reload
sink register dolt headings unite validate theme themes summary spell boot
wiki app leaks process processes media mingle liquid into doc trace route
geometry cancel attach next gadget vacuum
""".split()) - RESERVED

# three-letter words she will pick out inside a longer run; other short
# words are only said when they stand alone
SHORT_OK = {"cat", "net", "box", "key", "log", "map", "set", "add", "get",
            "run", "sub", "web", "pod", "bad", "lab", "law", "cow", "say",
            "dir", "top", "oil", "gen", "geo", "pig", "fly", "fix", "put",
            "out", "app", "ram", "zip", "bin", "git", "hub", "dev", "doc"}
# netpbm style converters: "<format> to <format>"
CONVERTER = re.compile(
    r"(pbm|pgm|ppm|pnm|pam|pcx|pict|palm|fiasco|sgi|tga|xim|winicon|jpeg"
    r"|macp|pdf|ps|img)to([a-z]{2,})")

# pool lines that are not sensible to dictate
SKIP_PREFIXES = ("watch warning main", "comby ", "GST_DEBUG=")


def segment_lower(seg: str) -> list[tuple]:
    """Split a lower-case letter run into said words and spelled letters."""
    if seg in SAYABLE:
        return [("word", seg)]
    conv = CONVERTER.fullmatch(seg)
    if conv:
        return (segment_lower(conv.group(1)) + [("word", "to")]
                + segment_lower(conv.group(2)))
    n = len(seg)
    best: list[tuple[float, list[tuple]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, parts = best[i]
        cands = [(i + 1, 1.0, ("let", seg[i]))]
        for j in range(i + 3, n + 1):
            if seg[i:j] in SAYABLE and (j - i > 3 or seg[i:j] in SHORT_OK):
                cands.append((j, 0.99, ("word", seg[i:j])))
        two = seg[i:i + 2]
        if two in ("my", "no", "go") and i == 0 and n > 2:
            cands.append((i + 2, 1.98, ("word", two)))
        for j, c, part in cands:
            tot = cost + c
            if best[j] is None or tot < best[j][0] - 1e-9:
                best[j] = (tot, parts + [part])
    return best[n][1]


def encode_letters(run: str) -> list[tuple]:
    els: list[tuple] = []
    for seg in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", run):
        low = seg.lower()
        if seg.islower():
            els.extend(segment_lower(seg))
        elif len(seg) == 1:
            els.extend([("mod", "big"), ("let", low)])
        elif seg.isupper():
            els.append(("mod", "block"))
            if low in SAYABLE:
                els.append(("word", low))
            else:
                els.extend(("let", ch) for ch in low)
        else:
            parts = segment_lower(low)
            els.append(("mod", "big"))
            els.extend(parts)
    return els


def encode(cmd: str) -> list[tuple]:
    """Command -> list of spoken elements (her strict protocol)."""
    els: list[tuple] = []
    pieces = re.findall(r"[A-Za-z]+|[0-9]+|.", cmd)
    quote_open = False
    for k, p in enumerate(pieces):
        if p == " ":
            els.append(("sep",))
        elif p[0].isalpha():
            els.extend(encode_letters(p))
        elif p[0].isdigit():
            els.append(("num", p))
        elif p == '"':
            els.append(("sym", '"', "unquote" if quote_open else "quote"))
            quote_open = not quote_open
        elif p == ".":
            prev = pieces[k - 1] if k else ""
            nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
            between = prev[:1].isdigit() and nxt[:1].isdigit()
            els.append(("sym", ".", "decimal" if between else "point"))
        else:
            els.append(("sym", p, SYMBOLS[p]))
    return els


def say_number(digits: str) -> list[str]:
    if re.fullmatch(r"[1-9]00", digits):
        return [DIGITS[digits[0]], "hundred"]
    if re.fullmatch(r"[1-9][0-9]?000", digits):
        return [DIGITS[d] for d in digits[:-3]] + ["thousand"]
    return [DIGITS[d] for d in digits]


def clean_words(el: tuple) -> list[str]:
    kind = el[0]
    if kind == "sep":
        return ["break"]
    if kind == "mod":
        return [el[1]]
    if kind == "let":
        return [NATO[el[1]]]
    if kind == "num":
        return say_number(el[1])
    if kind == "sym":
        return [el[2]]
    return [el[1]]


def render_clean(els: list[tuple]) -> str:
    return " ".join(w for el in els for w in clean_words(el))


def split_tokens(els: list[tuple]) -> list[list[tuple]]:
    toks: list[list[tuple]] = [[]]
    for el in els:
        if el[0] == "sep":
            toks.append([])
        else:
            toks[-1].append(el)
    return toks


# ---------------------------------------------------------------- selection

def load_commands() -> list[str]:
    chosen: list[str] = []
    per_first: dict[str, int] = {}
    lines = POOL.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if i % 4 != 3:
            continue
        cmd = json.loads(line)["command"]
        if not cmd.isascii() or not cmd.isprintable() or len(cmd) > 64:
            continue
        if cmd.startswith(SKIP_PREFIXES) or "  " in cmd or cmd != cmd.strip():
            continue
        if cmd.count('"') % 2 or cmd.count("'") % 2:
            continue
        if any(not (ch.isalnum() or ch == " " or ch in SYMBOLS or ch == '"')
               for ch in cmd):
            continue
        first = cmd.split()[0]
        if per_first.get(first, 0) >= 2:
            continue
        if decode(render_clean(encode(cmd))) != cmd:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
    return chosen


# ------------------------------------------------------------------- fuzzy

FUZZ_HOMOPHONE = {
    "break": ["brake", "brake", "break."],
    "tree": ["three", "three", "tree"],
    "fife": ["five", "five", "fife"],
    "niner": ["nine", "nine or", "niner"],
    "two": ["to", "too"],
    "four": ["for", "fore"],
    "eight": ["ate"],
    "one": ["won"],
    "xray": ["X-ray", "x-ray"],
    "whiskey": ["whisky"],
    "juliet": ["Juliette"],
    "colon": ["colon", "Colin"],
    "quebec": ["Quebec"],
    "lesser": ["lessor"],
    "hyphen": ["hyphen", "hyphen,"],
    "unquote": ["un-quote", "unquote"],
}
FUZZ_SPLIT = {
    "underline": "under line", "semicolon": "semi colon",
    "unquote": "un quote", "unbracket": "un bracket", "squiggle": "squig gle",
    "asterisk": "aster risk", "apostrophe": "a postrophe",
    "backups": "back ups", "username": "user name", "localhost": "local host",
    "database": "data base", "filename": "file name", "logfile": "log file",
    "changeme": "change me", "password": "pass word", "hostname": "host name",
    "workgroup": "work group", "upstream": "up stream", "uptime": "up time",
    "readme": "read me", "toolbox": "tool box", "outfile": "out file",
    "wordlist": "word list", "snapshot": "snap shot", "filesystem": "file system",
    "lightweight": "light weight", "timeout": "time out", "myapp": "my app",
    "mydb": "my db", "fullscreen": "full screen", "namespace": "name space",
}
FUZZ_VARIANT = {
    "hyphen": ["dash", "minus"], "stroke": ["slash", "forward slash"],
    "point": ["dot"], "underline": ["underscore"], "squiggle": ["tilde"],
    "bar": ["pipe"], "break": ["space"], "greater": ["greater than"],
    "equals": ["equal"], "asterisk": ["star"], "decimal": ["point", "dot"],
    "apostrophe": ["single quote"],
}


def fuzz_line(rng: random.Random, els: list[tuple]) -> str:
    digit_mode = rng.choice(["words", "numerals", "numerals", "spaced"])
    cap_nato = rng.random() < 0.5
    p_homo = rng.choice([0.08, 0.15, 0.25])
    p_var = rng.choice([0.0, 0.06, 0.12])
    p_split = rng.choice([0.3, 0.6])
    comma_break = rng.random() < 0.35
    words: list[str] = []
    slips = 0
    for k, el in enumerate(els):
        kind = el[0]
        if kind == "num" and digit_mode != "words":
            spoken = say_number(el[1])
            if spoken[-1] == "thousand" and rng.random() < 0.4:
                words.extend([el[1][:-3], "thousand"])
            elif digit_mode == "spaced" and len(el[1]) > 1:
                words.extend(list(el[1]))
            else:
                words.append(el[1])
            slips += 1
            continue
        if kind == "word" and k + 1 < len(els) and els[k + 1][0] == "word" \
                and rng.random() < 0.3:
            # Whisper glues two said words; the next one is appended below
            words.append(el[1] + "\x00")
            slips += 1
            continue
        for w in clean_words(el):
            r = rng.random()
            if w in FUZZ_VARIANT and r < p_var:
                w = rng.choice(FUZZ_VARIANT[w])
                slips += 1
            elif w in FUZZ_HOMOPHONE and r < p_var + p_homo:
                w = rng.choice(FUZZ_HOMOPHONE[w])
                slips += 1
            elif w in FUZZ_SPLIT and r < p_var + p_homo + p_split * 0.5:
                w = FUZZ_SPLIT[w]
                slips += 1
            elif kind == "num" and w in ("tree", "fife", "niner") and r < 0.5:
                w = {"tree": "three", "fife": "five", "niner": "nine"}[w]
                slips += 1
            if cap_nato and kind == "let":
                w = w.capitalize()
            words.append(w)
    if slips == 0:
        for k, w in enumerate(words):
            if w == "break":
                words[k] = "brake"
                break
        else:
            words.append("")
            words[0] = words[0] + ","
    text = " ".join(w for w in words if w)
    text = text.replace("\x00 ", "")
    if comma_break:
        text = re.sub(r"\b(break|brake|space)\b(?!\.)", r"\1,", text)
    text = text.replace(",,", ",").rstrip(",")
    text = text[:1].upper() + text[1:]
    if rng.random() < 0.8 and not text.endswith("."):
        text += "."
    return text


# ----------------------------------------------------------------- natural

OPENERS = [
    "Okay, terminal, command follows.", "Kindly run this one for me.",
    "Terminal, terminal, Ngozi here. Command follows:", "Right, next one.",
    "Please execute:", "Okay so, this one:", "Ehm, go ahead and run",
    "Abeg, run this:", "Message begins.", "Okay, let me see. Run",
    "Can you run this for me please:", "Terminal, this is Ngozi, copy this:",
    "", "", "Next command, ready to copy:", "Alright, kindly type",
]
CLOSERS = [
    "Over.", "Message ends.", "Over and out. Sorry, over.", "Thank you, over.",
    "", "", "That's all, over.", "Over and out.", "Message ends, over.",
    "Thank you.",
]
FILLERS = ["ehm,", "eh,", "you know,", "let me see,", "ehn,", "erm,"]
LOOSE = {
    "hyphen": ["dash", "dash", "minus", "hyphen"],
    "stroke": ["slash", "slash", "forward slash", "stroke"],
    "point": ["dot", "dot", "point"],
    "underline": ["underscore", "underscore", "underline"],
    "squiggle": ["tilde", "tilde", "squiggle"],
    "bar": ["pipe", "pipe", "bar"],
    "greater": ["greater than", "greater"],
    "lesser": ["less than", "lesser"],
    "equals": ["equals", "equal sign"],
    "asterisk": ["star", "asterisk"],
    "apostrophe": ["single quote", "apostrophe"],
    "quote": ["quote", "open quote"],
    "unquote": ["unquote", "close quote", "end quote"],
    "colon": ["colon"], "at": ["at", "at sign"],
    "comma": ["comma"], "plus": ["plus"],
}


def make_style(rng: random.Random, loose: float, cap_nato: bool) -> dict:
    """Her loose habits for one utterance: one name per symbol, kept."""
    names = {}
    for name, choices in LOOSE.items():
        names[name] = rng.choice(choices) if rng.random() < loose else name
    names["big"] = "capital" if rng.random() < loose else "big"
    names["block"] = "all caps" if rng.random() < loose else "block"
    double = None
    if rng.random() < loose:
        double = rng.choice(["double dash", "dash dash", "double hyphen"])
    numerals = rng.random() < 0.85
    return {"names": names, "double": double, "cap_nato": cap_nato,
            "numerals": numerals,
            "glue": numerals and rng.random() < 0.8}


def natural_token(tok: list[tuple], style: dict) -> str:
    """One shell word in her relaxed speech, as Whisper writes it."""
    parts: list[str] = []
    names = style["names"]
    k = 0
    while k < len(tok):
        el = tok[k]
        kind = el[0]
        if kind == "sym" and el[1] == "-" and style["double"] \
                and k + 1 < len(tok) and tok[k + 1][:2] == ("sym", "-"):
            parts.append(style["double"])
            k += 2
            continue
        if kind == "sym" and el[2] == "decimal" and style["glue"]:
            parts[-1] += "."
            k += 1
            if k < len(tok) and tok[k][0] == "num":
                parts[-1] += tok[k][1]
                k += 1
            continue
        if kind == "sym":
            text = names.get(el[2], el[2])
        elif kind == "num":
            if style["numerals"]:
                text = el[1]
            else:
                text = " ".join(say_number(el[1]))
        elif kind == "mod":
            text = names[el[1]]
        elif kind == "let":
            text = NATO[el[1]]
            if style["cap_nato"]:
                text = text.capitalize()
            if text.lower() == "xray":
                text = "X-ray"
        else:
            text = el[1]
        parts.append(text)
        k += 1
    return " ".join(parts)


def natural_body(rng: random.Random, toks: list[list[tuple]], style: dict,
                 p_fill: float) -> list[list[str]]:
    """[shell word, separator after it] pairs; the last separator is ''."""
    out = []
    for i, tok in enumerate(toks):
        sep = ""
        if i + 1 < len(toks):
            sep = rng.choice(["break", "break", "break,", ", break,",
                              "space", ", space,"])
            if rng.random() < p_fill:
                sep = sep.rstrip(",") + ", " + rng.choice(FILLERS)
        out.append([natural_token(tok, style), sep])
    return out


def join_body(pairs: list[list[str]]) -> str:
    parts = []
    for tok, sep in pairs:
        parts.append(tok)
        if sep:
            parts.append(sep if not sep.startswith(",") else "\x00" + sep)
    return " ".join(parts).replace(" \x00", "")


def sentence(text: str) -> str:
    """Whisper's punctuation: tidy commas, capitals after full stops."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.:?])", r"\1", text)
    text = re.sub(r"([,.:?])(?:,)+", r"\1", text)
    text = re.sub(r",\s*\.", ".", text)
    text = text.rstrip(", ")
    if not text:
        return text
    text = re.sub(r"([.?!:] )([a-z])",
                  lambda m: m.group(1) + m.group(2).upper(), text)
    text = text[:1].upper() + text[1:]
    if text[-1] not in ".:?!":
        text += "."
    return text


def natural_line(rng: random.Random, els: list[tuple]) -> str:
    toks = split_tokens(els)
    loose = rng.choice([0.4, 0.6, 0.8])
    cap_nato = rng.random() < 0.4
    body = join_body(natural_body(rng, toks, make_style(rng, loose, cap_nato),
                                  0.12))
    opener = rng.choice(OPENERS)
    closer = rng.choice(CLOSERS)
    if opener.endswith((":", ".")) or not opener:
        line = (opener + " " + sentence(body)).strip()
    else:
        line = opener + " " + body
        line = sentence(line)
    return (line + " " + closer).strip()


# ----------------------------------------------------------------- chaotic

LONG_OPENERS = [
    "Hello? Terminal, terminal, this is Ngozi at the agency office, how do "
    "you read me? Okay, I will assume you read me fine. Message follows.",
    "Good afternoon. Ehm, before the captain calls me again, let me give you "
    "this one quickly, it is for the manifest server. Ready to copy?",
    "Okay, so, you know, the boys in the warehouse said the system is "
    "misbehaving again, so kindly run this one for me, command follows.",
    "Terminal, Ngozi here, I am reading from my notebook so bear with me, "
    "my handwriting is not the best. Here we go.",
    "Right, right. Today is one of those days o. Okay, listen carefully, "
    "command begins.",
    "Please, abeg, I need this one done before the vessel sails this "
    "evening. Command follows, copy.",
    "Okay terminal, this is Lagos Radio, sorry, old habit, this is Ngozi. "
    "Message begins.",
    "Let me see, where did I put the paper. Yes. Okay, kindly run the "
    "following.",
]
ASIDES = [
    "Sorry, NEPA has taken light again, hold on. Okay, the generator is on.",
    "Hold on, somebody is at the door. Chidi, please tell him to wait. Okay.",
    "Ehn, this network is slow today.",
    "Sorry, the captain is calling me on the other line. Okay, I'm back.",
    "Wait, let me put on my glasses.",
    "Hmm, this heat, the AC is not working again.",
    "Sorry, my tea was getting cold.",
]
CORRECTIONS = [
    "correction,", "correction, correction,", "no wait, I mean",
    "sorry, correction,", "no no, wait, I mean",
]
RESTARTS = [
    "Disregard. Disregard, I start again from the top.",
    "No wait, disregard all that. From the top:",
    "Disregard, I have mixed up my lines. Full command from the top:",
]
STUTTER_OPENERS = [
    "Can, can you run this:", "Kindly, kindly run this one:",
    "Okay okay, message follows:", "So, so, command follows:",
    "Please, please execute:",
]
ALT_WORDS = ["backup", "config", "data", "main", "docs", "test", "logs",
             "notes", "report", "server", "output", "input", "demo", "build"]


def mutate(rng: random.Random, tok: list[tuple]) -> list[tuple]:
    """A plausible wrong version of one shell word."""
    idx = {kind: [i for i, el in enumerate(tok) if el[0] == kind]
           for kind in ("num", "word", "let", "sym")}
    bad = list(tok)
    if idx["num"]:
        i = rng.choice(idx["num"])
        digits = bad[i][1]
        j = rng.randrange(len(digits))
        d = str((int(digits[j]) + rng.randint(1, 8)) % 10)
        bad[i] = ("num", digits[:j] + d + digits[j + 1:])
    elif idx["word"]:
        i = rng.choice(idx["word"])
        bad[i] = ("word", rng.choice([w for w in ALT_WORDS if w != bad[i][1]]))
    elif idx["let"]:
        i = rng.choice(idx["let"])
        bad[i] = ("let", rng.choice([c for c in NATO if c != bad[i][1]]))
    else:
        i = rng.choice(idx["sym"]) if idx["sym"] else 0
        if not bad:
            return [("word", rng.choice(ALT_WORDS))]
        alt = rng.choice([s for s in ("-", "/", ".", "_") if s != bad[i][1]])
        bad[i] = ("sym", alt, SYMBOLS[alt])
    if bad == tok:
        bad.append(("let", "s"))
    return bad


def chaotic_line(rng: random.Random, els: list[tuple]) -> str:
    toks = split_tokens(els)
    loose = rng.choice([0.5, 0.7, 0.9])
    cap_nato = rng.random() < 0.4
    events = ["correction"] if rng.random() < 0.7 else ["restart"]
    for extra in ("aside", "sayagain", "stutter", "correction"):
        if rng.random() < 0.35:
            events.append(extra)
    opener = rng.choice(LONG_OPENERS)
    if "stutter" in events:
        opener = opener + " " + rng.choice(STUTTER_OPENERS)
    style = make_style(rng, loose, cap_nato)
    body = natural_body(rng, toks, style, 0.2)
    n = len(toks)
    for _ in range(events.count("correction")):
        k = rng.randrange(n)
        wrong = natural_token(mutate(rng, toks[k]), style)
        body[k][0] = wrong + ", " + rng.choice(CORRECTIONS) + " " + body[k][0]
    if "sayagain" in events:
        k = rng.randrange(n)
        again = natural_token(toks[k], style)
        body[k][0] = body[k][0] + ". I say again, " + again + ","
    if "aside" in events and n > 1:
        k = rng.randrange(n - 1)
        body[k][1] = (body[k][1] + " ... " + rng.choice(ASIDES)
                      + " Where was I. ")
    text = join_body(body)
    if "restart" in events:
        cut = rng.randrange(1, n) if n > 1 else 1
        partial = natural_body(rng, toks[:cut], style, 0.0)
        partial[-1][1] = ""
        text = join_body(partial) + " ... " + rng.choice(RESTARTS) + " " + text
    closer = rng.choice([c for c in CLOSERS if c] + ["Please confirm, over."])
    return opener + " " + sentence(text) + " " + closer


# -------------------------------------------------------------------- main

def main() -> None:
    rng = random.Random(8208)
    cands = load_commands()
    rng.shuffle(cands)
    picked = cands[: PER_SLICE * len(SLICES)]
    assert len(picked) == PER_SLICE * len(SLICES), len(cands)
    assert len(set(picked)) == len(picked)
    rows = []
    for s, slice_name in enumerate(SLICES):
        for cmd in picked[s * PER_SLICE:(s + 1) * PER_SLICE]:
            els = encode(cmd)
            if slice_name == "clean":
                text = render_clean(els)
                assert re.fullmatch(r"[a-z]+( [a-z]+)*", text), text
                assert decode(text) == cmd, (text, cmd)
            elif slice_name == "fuzzy":
                text = fuzz_line(rng, els)
            elif slice_name == "natural":
                text = natural_line(rng, els)
            else:
                text = chaotic_line(rng, els)
            rows.append({"input": text, "command": cmd, "slice": slice_name,
                         "author": AUTHOR})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
