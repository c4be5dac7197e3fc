#!/usr/bin/env python3
"""Author 99: an independent dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author99.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author99"}
100 per slice, in that order.  Standard library only; one random.Random(99)
is consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, by way of assets/training/bash/pages_dev56_commands.jsonl
(0-based lines n with n % 3 == 2 only).  Command text is kept exactly as in
the pool.  Commands are skipped when they are non-ASCII, hold a tab or a
double space, run over 64 characters, or take over 48 spoken tokens in the
clean protocol.  At most two commands share a first word; all 400 differ.
They are drawn by shuffling the allowed lines with the seeded generator and
taking them in that order; the first 100 go to clean, the next 100 to fuzzy,
then natural, then chaotic.

STYLE GUIDE
===========

The speaker
-----------
One speaker throughout: a seasoned Linux admin from the north of England who
dictates at a desk, says "zed" for the last letter, "oh" for a zero when
talking loosely, "double P" for a doubled letter, and calls punctuation by
its British names when relaxed.  The same voice is used in every slice.

The protocol as this speaker uses it (the clean slice)
------------------------------------------------------
The clean slice is a careful transcript: lower case, no punctuation, nothing
but the command.  The listener for it is decode() below, and every clean
line is asserted to round-trip.

* Spaces.  The word "space" is said for every literal space, and only there.
  Everything said between two "space"s is glued together with no gap.
* Symbols.  One fixed name each:
      -  dash            .  dot             /  slash         \\  backslash
      |  pipe            *  star            !  bang          #  hash
      ~  tilde           @  at              $  dollar        %  percent
      ^  caret           &  ampersand       =  equals        +  plus
      :  colon           ;  semicolon       _  underscore    ,  comma
      "  quote           '  single quote    `  backtick      ?  question mark
      (  open paren      )  close paren
      [  open square bracket                ]  close square bracket
      {  open curly brace                   }  close curly brace
      <  less than       >  greater than (inside a word)
  Runs are just the names repeated: "--" is "dash dash", ".." is "dot dot",
  "||" is "pipe pipe".  "&&" is "and and".  A redirect standing on its own
  between spaces is "redirect" for ">" and "append" for ">>", with a leading
  file descriptor said as a number: "2>" is "two redirect", "2>&1" is
  "two redirect ampersand one".
* Numbers.  Every maximal run of digits is said as one number:
    - one digit: its name ("zero" .. "nine");
    - two digits: a compound ("ten", "forty two", "eighty"); a leading zero
      is said digit by digit ("zero five");
    - round hundreds: "one hundred", "eight hundred";
    - round thousands: "three thousand", "ten thousand";
    - four digits otherwise: two pairs ("ten twenty four", "eighty eighty",
      "fifty four thirty two") when the third digit is not zero;
    - everything else (three digits, IP octets, longer runs) digit by digit
      ("one nine two", "four four three").
  The listener reads a run of number words group by group (a digit, a teen,
  a tens word with an optional following unit, each optionally multiplied by
  "hundred" or "thousand") and concatenates the groups.  Decimal points are
  always "dot" in the careful protocol.
* Letters.  A letter that is spelled is said by its name and written as that
  single character; "z" is always "zed".  Upper case is "capital" before the
  letter.  Doubled letters are said twice ("p p m"), never "double".
* Words.  A run of letters that is an ordinary word or a name with an
  obvious spelling is said as a word ("backup", "docker", "python");
  anything else is spelled, and a run is cut into known words and spelled
  letters in the shortest way ("p n m to palm", "s y s c t l" style).
  "capital" before a word capitalises its first letter ("capital python" ->
  Python); "all caps" before a word makes it upper case ("all caps readme" ->
  README).
* Case runs.  This speaker uses four: "camel case", "pascal case",
  "snake case" and "screaming case", each followed by the plain words of the
  run; the run ends at the first thing that is not a plain word (a symbol, a
  number, a spelled letter, "space", or the end).  Kebab case is never used;
  hyphens are always said as "dash".
* Colliding words.  Any literal word that is also a protocol word (a symbol
  name, a number word, "space", "capital", "all", "caps", "case", the case
  style names, "and", "open", "close", "the", "word", "zed", ...) is said
  after the marker "the word": "the word pipe" -> pipe, "the word and" -> and.
  "the" is only ever heard as part of that marker.

Natural-speech habits (natural and chaotic slices)
--------------------------------------------------
* No "space": the spacing is left for the listener to infer.  When a piece
  is glued from several words the speaker sometimes adds "all one word".
* Openers such as "Right," "Right then, can you do" "Go on then, type"
  "Can you put in" "Let's have" "Next one's"; sign-offs such as "cheers",
  "ta", "ta very much", "that's the lot", "that'll do".
* Fillers: "erm", "er", the odd "right" between pieces.
* Loose symbol names: hyphen (most often), dash or minus; "hyphen hyphen" or
  "double dash"; dot (and "point" between digits); slash or forward slash;
  star or asterisk; "at sign"; "hash"; "tilde"; "quote ... unquote";
  "open square bracket"; "round bracket" for parens; "double ampersand";
  "greater than" or "redirect" or "redirect to"; "exclamation mark".
* Letters: "double P" for a doubled spelled letter, "zed" for z; zeros said
  "oh" in digit-by-digit numbers.  A hyphen standing alone (stdin) is
  "hyphen on its own".
* Upper case: "capital X", "all caps readme" or "README, all in capitals".
* Protocol words meant literally are sometimes guarded with "the word".

Chaotic habits
--------------
Natural speech plus trouble the listener can undo:
* word or flag corrections: the wrong piece, then "no, hang about",
  "sorry, scrub that", "no no, I mean", "ah no, it's", "wait, not that one",
  then the right piece and the rest of the command;
* whole-command corrections: a wrong start, then "scrub all that, start
  again", "sorry, from the top", "bugger, let me start again", then the whole
  command;
* false starts: a cut-off piece ("sys-") or a trailing start, then a restart;
* repeated words ("sudo, sudo ...");
* asides: "hang on, phone's going", "where's me tea gone", "bear with me",
  "this keyboard's knackered", "let me just check";
* partial answers: part of the command, a pause ("what's the rest, oh yeah")
  and then the remainder.

Whisper's habits
----------------
Sentence case, commas and full stops where it hears pauses, numerals for
number words ("8080", "192", sometimes "1 9 2" or "3,000"), spelled letters
in capitals ("L S", "LS"), "Zed" or "Z", glued dotted names ("main.py",
"10.0.0.5") and homophones ("pseudo" for sudo, "tilda", "carrot" for caret,
"why"/"you"/"are"/"see"/"oh" for single letters, "cash", "sink", "tea"),
split compounds ("back slash", "semi colon", "file name").

The four slices
---------------
* clean:   the careful protocol above, exactly as decode() reads it.
* fuzzy:   the same protocol (with "space") as Whisper writes it: capitals,
           punctuation, numerals, glued or split words, homophones and the
           synonyms minus, hyphen, period, point, forward slash, asterisk;
           no framing and no fillers.
* natural: relaxed speech around the command, Whisper's text.
* chaotic: natural plus corrections, restarts, repeats and asides.
"""

import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev56_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author99.jsonl")
AUTHOR = "author99"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------- vocabulary

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY_DIGIT = {v: k for k, v in TENS.items()}
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand"}

SYMBOL_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "[": "open square bracket",
    "]": "close square bracket", "{": "open curly brace",
    "}": "close curly brace", "<": "less than", ">": "greater than",
}
# spoken phrase -> text, longest phrases first for the listener
PHRASES = sorted(
    [(tuple(v.split()), k) for k, v in SYMBOL_NAME.items()]
    + [(("redirect",), ">"), (("append",), ">>"), (("and", "and"), "&&")],
    key=lambda p: -len(p[0]))

CASE_STYLES = ["camel", "pascal", "snake", "screaming"]

RESERVED = set(NUMBER_WORDS) | {
    "space", "dash", "minus", "hyphen", "dot", "period", "point", "slash",
    "forward", "backslash", "back", "pipe", "star", "asterisk", "bang", "hash",
    "tilde", "at", "sign", "dollar", "percent", "caret", "ampersand",
    "equals", "equal", "plus", "colon", "semicolon", "underscore", "comma",
    "quote", "single", "backtick", "question", "mark", "open", "close",
    "paren", "brace", "curly", "bracket", "square", "angle", "less", "than",
    "greater", "redirect", "append", "double", "and", "capital", "all",
    "caps", "case", "camel", "pascal", "snake", "screaming", "kebab", "the",
    "word", "zed",
}

WORDS = set("""
about access account accounts action add address admin advice after again
age agent air alias alice all alpha alpine also alter am amass an analyze
analyzer and android ansible any app append apps archive arch are arg args
argo argument array as ascii asset atom attach attribute audio audit auth
auto available awk back backend backtrace backup backups band bar base
basename bash batch be beacons bear beta bin bind binary bit blob block
bluetooth bob bold bonsai book boolean boot borderless borg box brew
brightness bucket build builds bus buzz by bytes cache camera can capture
carbon card cargo cat certificate change changes character check checker
chromium clang clean clear client clip clone closes cloud cluster cockpit
code codex cohort collect color colors columns combine command commit
compile composer compress compute conda conf config connect console contacts
container control controller convert copy core cosign count cradle crane
crate create cron cronic crypt cue cups curl cut daemon dark dashboard
dashboards data database date day days deathmatch deb debian debug declare
decode decrypt default defaults delay delete demangle demo deny dependencies
dependency deploy deployment deps depth describe description desktop detach
detox dev device dex diff dig dijkstra dir directories directory disable
discard disk dissect dist distro divisor do doc docker docs doctor doggo
dolt domain done doxygen drive driver droid drop dry dump dupes duplex east
echo edge edit editor elastic elasticsearch elements emacs empty emulator
enabled encoding encryption end enforce enter entity entries entry env
environment error errors eval eve event example exclude exec executable
exercism exists exit exo export express extension extern extra extract eye
face fake fast features feedback fetch fetches fiasco fields fifo fig file
filename files filesystem filter find firefox fish fits fix flake flakes
flask flatten flex flood flush follow font foo foot for force foreground
foreman fork format fossil freeze from frida full function functions galaxy
gamma gemini gen generate geometry get gif git gitlab glances go godot golden
got gradle graphics grep grub group guest halt hard hash head header headers
hello help hex history hive hog home host hosted hosts hour hub human hunter
hydra if ignore image imager images import in include incognito index info
init initial ink inkscape input install installed instance intel interactive
inter interface internal invert is iso issue issues it item jack jar java
jira join journal kernel key keys keyword kill kit kite kube lab label lambo
last latest launch layout lazy ledger lesbian level lib library licensor
limit line link lint list listen live llama load local locale localhost lock
lockfile log logfile logic login logs look loop lua mac machine magnify mail
mailbox main make mamba man manage manager mango manifest map matrix max
maven me member memory merge merged message messages metadata meter method
micro midi min mini minify mirror missing mode model models modify module
moe months more most mount mountpoint much multiword muse mute mutations my
name named names native neo nerd nest net new next nim no nod node nodes none
not note notebook notes notify nova now null number numbers numeric nvidia
oath object of offline offload on once one only open opacity optional or
orders org origin osage out outdated output owner pac package pacman paint
palm pam pandoc paper parallel paranoia parsable parser part partition pass
password paste path pattern paused perl photo pic pickle pie pigs pin ping
pinky pinning pipe pipewire pixi plan platform play player poetry point pomo
pool populate port portage post posts postgres prefix prep prime print
printer priority private probe process profile profiles program programmer
project projects prompt protocol proxy prowler prune public publish pull
pulse puppet purge push put python quarto query quiet quit rabbit race rails
railway ram random range rapper rate raw react read readable readme real
reboot record recurse recursive redis refresh region registry reinstall
release reload remove rename repair replace reply repo report reporter
requests required requirements requires rescue resample reserve reset resize
resolve resource restart restore result resume return reverse revert rewind
rich rig role root rotate route rule run runner rush rust safe sam sass save
scan scanner scheme scope score screen screenshot script search secret
section seed select selection self send separator serve server service
services set setup shark shell short show shutdown sign signing simplify site
size skips skyline sleep slop slurm snap snow so sock socks soft solution
sort sound source sources south speak spectacle speed split sprint squash
stabilize stack staff standard start stash stat state stats status steam
step still stop storage store storm strings strip style stylesheet sub sudo
sum summaries supervisor surge swap sway switch symlinks sync synchronous
system table tables tags tail talk target task team tee telnet template term
terminal terraform test text theme then thin threads threshold thunderbird
tidy tiles tiling time timeout tip title to tod todo token toml tool toolbox
top tor torrent total toto touch trace track trans transcode translate
transmission transport trash tree tricks trim true truffle tunnel turbo
turtle twine type types typescript typo typos ubuntu uni uninstall unique
unison unit unix unseal unset untag up update upgrade upload upstream uptime
use user username users util vagrant values var vault verb verbose verify
version view viewer vim volume wait wall wallet wants warning watch wave way
web website west what when which who why widget will wine wire with wonder
words work world wrapped write yaml yara yarn zip zola zone zoom
zed helm hugo bun render pal license download page tar ball tarball apptainer
whatsapp dot mongo developer developers shaded relief quant sink settings prod
master gnome needed resolution virtual tile recon epson kubernetes
credential hibernate ark ascended island magick
""".split())

PROPER = {"python": "Python", "docker": "Docker", "ubuntu": "Ubuntu",
          "java": "Java", "android": "Android", "alice": "Alice", "bob": "Bob",
          "firefox": "Firefox", "europe": "Europe", "debian": "Debian",
          "postgres": "Postgres", "kubernetes": "Kubernetes", "git": "Git",
          "gemini": "Gemini", "nvidia": "Nvidia", "thunderbird": "Thunderbird"}

# ------------------------------------------------------------------ listener


def _parse_number(tokens, i):
    """Read a run of number words from tokens[i]; return (text, next i)."""
    out = []
    while i < len(tokens) and tokens[i] in NUMBER_WORDS:
        t = tokens[i]
        if t in UNITS:
            group = str(UNITS.index(t))
            i += 1
        elif t in TEENS:
            group = str(10 + TEENS.index(t))
            i += 1
        elif t in TENS:
            val = TENS[t] * 10
            i += 1
            if i < len(tokens) and tokens[i] in UNITS and tokens[i] != "zero":
                val += UNITS.index(tokens[i])
                i += 1
            group = str(val)
        else:
            raise ValueError("multiplier without a number: %r" % t)  # noqa: UP031
        if i < len(tokens) and tokens[i] == "hundred":
            group = str(int(group) * 100)
            i += 1
        elif i < len(tokens) and tokens[i] == "thousand":
            group = str(int(group) * 1000)
            i += 1
        out.append(group)
    return "".join(out), i


def _is_plain_word(t):
    return len(t) >= 2 and t.isalpha() and t not in RESERVED


def _decode_item(tokens, i):
    """Decode one item (letter, word, 'the word' X); return (text, next i)."""
    t = tokens[i]
    if t == "the":
        if i + 2 >= len(tokens) or tokens[i + 1] != "word":
            raise ValueError("bad 'the word' at %d" % i)  # noqa: UP031
        return tokens[i + 2], i + 3
    if t == "zed":
        return "z", i + 1
    if len(t) == 1 and t.isalpha():
        return t, i + 1
    if _is_plain_word(t):
        return t, i + 1
    raise ValueError("not a letter or word: %r" % t)  # noqa: UP031


def _decode_chunk(tokens):
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t in NUMBER_WORDS:
            text, i = _parse_number(tokens, i)
            out.append(text)
            continue
        if t == "capital":
            text, i = _decode_item(tokens, i + 1)
            out.append(text[0].upper() + text[1:])
            continue
        if t == "all" and i + 1 < n and tokens[i + 1] == "caps":
            text, i = _decode_item(tokens, i + 2)
            out.append(text.upper())
            continue
        if t in CASE_STYLES and i + 1 < n and tokens[i + 1] == "case":
            style = t
            i += 2
            words = []
            while i < n and _is_plain_word(tokens[i]):
                words.append(tokens[i])
                i += 1
            if len(words) < 2:
                raise ValueError("case run needs two words")
            if style == "camel":
                out.append(words[0] + "".join(w.capitalize() for w in words[1:]))
            elif style == "pascal":
                out.append("".join(w.capitalize() for w in words))
            elif style == "snake":
                out.append("_".join(words))
            else:
                out.append("_".join(w.upper() for w in words))
            continue
        matched = False
        for phrase, sym in PHRASES:
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                out.append(sym)
                i += len(phrase)
                matched = True
                break
        if matched:
            continue
        text, i = _decode_item(tokens, i)
        out.append(text)
    return "".join(out)


def decode(spoken):
    """The listener for this speaker's clean protocol."""
    tokens = spoken.split()
    chunks = [[]]
    for t in tokens:
        if t == "space":
            chunks.append([])
        else:
            chunks[-1].append(t)
    if any(not c for c in chunks):
        raise ValueError("empty chunk")
    return " ".join(_decode_chunk(c) for c in chunks)

# ------------------------------------------------------------------ analysis
# A command becomes a list of chunks (split on single spaces); a chunk is a
# list of units:
#   ("word", text, mode)   mode "", "cap" or "caps"
#   ("letter", ch)
#   ("num", digits)
#   ("sym", text, form)    form "" or "redirect"
#   ("case", style, [words])


ACRONYMS = set("""
pbm pgm ppm pnm pdf png jpg svg html css xml src tmp gz ssh scp sql md txt
csv json yml api url cli cpu gpu usb dns tcp udp http https ftp smb sdk ip os
vm db pg gcc npm nvm tls ssl crt pem rs ts js py sh ps ls cd cp mv rm dd df du
ctl smi oci tty mnt usr etc cfg iso gv tsv bmp tif tiff ico lz xz bz ini rle
""".split())


def _segment_lower(run):
    """Cut a lower-case run into known words and spelled letters.

    Spelled letters cost 1.25 each, a known word 1.0, a familiar spelled
    group (an acronym such as "pbm") 1.0, and a protocol word inside a longer
    run 3.0 (it would need "the word").  Two-letter words next to spelled
    letters, and short words between spelled letters, are spelled too
    ("w a s m", not "w as m"); "to" stays a word between groups ("pbm to png").
    """
    n = len(run)
    best = [(0.0, [])] + [(1e9, None)] * n
    for i in range(n):
        cost, path = best[i]
        if path is None:
            continue
        c = cost + 1.25
        if c < best[i + 1][0]:
            best[i + 1] = (c, path + [("l", run[i])])
        for j in range(i + 2, n + 1):
            w = run[i:j]
            if w in ACRONYMS:
                c = cost + 1.0 + 0.05 * len(w)
                if c < best[j][0]:
                    best[j] = (c, path + [("a", w)])
            if w in WORDS or (w in RESERVED and j - i == n and len(w) > 1):
                if w in RESERVED:
                    c = cost + (2.2 if j - i == n else 3.0)
                else:
                    c = cost + (1.1 if len(w) == 2 else 1.0)
                if c < best[j][0]:
                    best[j] = (c, path + [("w", w)])
    path = best[n][1]
    units = []
    for k, (kind, text) in enumerate(path):
        if kind == "w" and len(text) <= 3 and text != run:
            near = [path[m][0] for m in (k - 1, k + 1) if 0 <= m < len(path)]
            if len(text) == 2 and text != "to" and ("l" in near or "a" in near):
                kind = "l2"
            elif near == ["l", "l"] or (text == "to" and k and path[k - 1][0] == "l"):
                kind = "l2"
        if kind == "w":
            units.append(("word", text, ""))
        else:
            units.extend(("letter", ch) for ch in text)
    return units


def _letters_units(run):
    if run.islower():
        return _segment_lower(run)
    if run.isupper():
        if len(run) >= 3 and run.lower() in WORDS:
            return [("word", run.lower(), "caps")]
        return [("letter", ch) for ch in run]
    if run[0].isupper() and run[1:].islower():
        low = run.lower()
        if low in WORDS:
            return [("word", low, "cap")]
        units = _segment_lower(low)
        first = units[0]
        if first[0] == "word":
            units[0] = ("word", first[1], "cap")
        else:
            units[0] = ("letter", first[1].upper())
        return units
    humps = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", run)
    plain = all(len(h) >= 2 and h.lower() in WORDS and h.lower() not in RESERVED
                for h in humps)
    if plain and len(humps) >= 2:
        if humps[0].islower() and all(h[0].isupper() and h[1:].islower() for h in humps[1:]):
            return [("case", "camel", [h.lower() for h in humps])]
        if all(h[0].isupper() and h[1:].islower() for h in humps):
            return [("case", "pascal", [h.lower() for h in humps])]
    units = []
    for h in humps:
        units.extend(_letters_units(h))
    return units


def _fallback_letters(run):
    """Conservative saying: every hump split, no case runs."""
    humps = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", run)
    units = []
    for h in humps:
        us = _letters_units(h)
        units.extend(us)
    return units


def analyse_chunk(chunk, conservative=False):
    m = re.fullmatch(r"([0-9]?)(>>?)(&[0-9])?", chunk)
    if m:
        units = []
        if m.group(1):
            units.append(("num", m.group(1)))
        units.append(("sym", m.group(2), "redirect"))
        if m.group(3):
            units.append(("sym", "&", ""))
            units.append(("num", m.group(3)[1:]))
        return units
    if chunk == "&&":
        return [("sym", "&&", "")]
    units = []
    for piece in re.findall(r"[A-Za-z]+(?:_[A-Za-z]+)+|[A-Za-z]+|[0-9]+|.", chunk):
        if "_" in piece:
            parts = piece.split("_")
            ok = all(len(p) >= 2 and p.lower() in WORDS and p.lower() not in RESERVED
                     for p in parts)
            if ok and not conservative and all(p.islower() for p in parts):
                units.append(("case", "snake", parts))
                continue
            if ok and not conservative and all(p.isupper() for p in parts):
                units.append(("case", "screaming", [p.lower() for p in parts]))
                continue
            for k, p in enumerate(parts):
                if k:
                    units.append(("sym", "_", ""))
                units.extend(_fallback_letters(p) if conservative else _letters_units(p))
        elif piece.isalpha():
            units.extend(_fallback_letters(piece) if conservative else _letters_units(piece))
        elif piece.isdigit():
            units.append(("num", piece))
        else:
            units.append(("sym", piece, ""))
    return units

# ----------------------------------------------------------- clean speaking


def say_number(digits):
    s = digits
    if len(s) == 1:
        return [UNITS[int(s)]]
    if s[0] == "0":
        return [UNITS[int(c)] for c in s]

    def two(p):
        v = int(p)
        if v < 10:
            return [UNITS[v]]
        if v < 20:
            return [TEENS[v - 10]]
        words = [TENS_BY_DIGIT[v // 10]]
        if v % 10:
            words.append(UNITS[v % 10])
        return words

    if len(s) == 2:
        return two(s)
    if re.fullmatch(r"[1-9]00", s):
        return [UNITS[int(s[0])], "hundred"]
    m = re.fullmatch(r"([1-9][0-9]?)000", s)
    if m:
        return two(m.group(1)) + ["thousand"]
    if len(s) == 4 and s[2] != "0":
        return two(s[:2]) + two(s[2:])
    return [UNITS[int(c)] for c in s]


def say_unit_clean(u):
    kind = u[0]
    if kind == "word":
        w, mode = u[1], u[2]
        base = ["the", "word", w] if w in RESERVED else [w]
        if mode == "cap":
            return ["capital"] + base
        if mode == "caps":
            return ["all", "caps"] + base
        return base
    if kind == "letter":
        ch = u[1]
        name = "zed" if ch.lower() == "z" else ch.lower()
        return ["capital", name] if ch.isupper() else [name]
    if kind == "num":
        return say_number(u[1])
    if kind == "sym":
        text, form = u[1], u[2]
        if form == "redirect":
            return ["redirect"] if text == ">" else ["append"]
        if text == "&&":
            return ["and", "and"]
        return " ".join(SYMBOL_NAME[c] for c in text).split()
    if kind == "case":
        return [u[1], "case"] + list(u[2])
    raise ValueError(u)


def analyse(command):
    """Chunks of units whose clean saying round-trips through decode()."""
    chunks = []
    for chunk in command.split(" "):
        units = analyse_chunk(chunk)
        words = [w for u in units for w in say_unit_clean(u)]
        if _decode_chunk(words) != chunk:
            units = analyse_chunk(chunk, conservative=True)
        chunks.append(units)
    return chunks


def say_clean(chunks):
    parts = []
    for units in chunks:
        parts.append(" ".join(w for u in units for w in say_unit_clean(u)))
    return " space ".join(parts)

# ---------------------------------------------------------- Whisper helpers


def whisper_number(rng, digits, loose):
    """How Whisper writes a spoken number (loose: the speaker's 'oh')."""
    words = say_number(digits)
    digitwise = len(words) == len(digits) and len(digits) > 1 and all(w in UNITS for w in words)
    r = rng.random()
    if digitwise:
        if loose and "0" in digits and r < 0.35:
            return " ".join("oh" if c == "0" else UNITS[int(c)] for c in digits)
        if r < 0.6:
            return digits
        if r < 0.85:
            return " ".join(digits)
        return " ".join(words)
    if words[-1] == "thousand" and r < 0.3 and len(digits) >= 4:
        return "{:,}".format(int(digits))  # noqa: UP032
    if len(digits) == 4 and words[-1] != "thousand" and r < 0.15:
        return digits[:2] + " " + digits[2:]
    if r < 0.08 and len(digits) <= 2:
        return " ".join(words)
    return digits


LETTER_HOMOPHONE = {"y": "why", "u": "you", "r": "are", "c": "see", "o": "oh",
                    "i": "I", "t": "tea", "b": "be", "q": "queue"}
WORD_HOMOPHONE = {"sudo": "pseudo", "cache": "cash", "sync": "sink",
                  "tee": "tea", "write": "right", "sed": "said"}
SPLITS = {"localhost": "local host", "hostname": "host name",
          "username": "user name", "filename": "file name", "readme": "read me",
          "keyfile": "key file", "logfile": "log file", "toolbox": "tool box",
          "database": "data base", "backup": "back up", "upstream": "up stream",
          "website": "web site", "lockfile": "lock file", "feedback": "feed back",
          "stylesheet": "style sheet", "notebook": "note book",
          "screenshot": "screen shot", "thunderbird": "thunder bird",
          "mailbox": "mail box", "download": "down load", "tarball": "tar ball"}


def sentence_case(text):
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:]


class Voice:
    """One line's habits, drawn from the generator in a fixed order."""

    def __init__(self, rng, style):
        self.rng = rng
        if style == "fuzzy":
            self.dash = rng.choice(["dash", "dash", "hyphen", "minus"])
            self.double = rng.random() < 0.3
            self.dot = rng.choice(["dot", "dot", "period"])
            self.point = rng.random() < 0.5
            self.slash = rng.choice(["slash", "slash", "forward slash"])
            self.star = rng.choice(["star", "asterisk"])
            self.letters = rng.choice(["spaced", "spaced", "glued", "lower"])
            self.tilde = rng.choice(["tilde", "tilde", "tilda"])
        else:
            self.dash = rng.choice(["hyphen", "hyphen", "hyphen", "dash", "dash", "minus"])
            self.double = rng.random() < 0.4
            self.dot = "dot"
            self.point = rng.random() < 0.6
            self.slash = rng.choice(["slash", "slash", "forward slash"])
            self.star = rng.choice(["star", "asterisk"])
            self.letters = rng.choice(["spaced", "spaced", "glued", "glued", "hyphened"])
            self.tilde = rng.choice(["tilde", "tilde", "tilda"])
        self.unquote = rng.choice(["quote", "unquote", "end quote", "close quote"])

    def drift(self, pref, alts, p=0.1):
        if self.rng.random() < p:
            return self.rng.choice(alts)
        return pref

    def dash_word(self):
        return self.drift(self.dash, ["dash", "hyphen", "minus"])

    def ddash(self):
        w = self.dash_word()
        if self.double and w != "minus":
            return "double " + w
        return w + " " + w

    def slash_word(self):
        return self.drift(self.slash, ["slash", "forward slash"])


def group_letters(units, k):
    """Consecutive plain letters from units[k]; return (group, last index)."""
    grp = [units[k]]
    while k + 1 < len(units) and units[k + 1][0] == "letter":
        k += 1
        grp.append(units[k])
    return grp, k

# --------------------------------------------------------------- fuzzy slice


def fuzzy_line(rng, chunks):
    """The clean protocol (with 'space') as Whisper writes it."""
    v = Voice(rng, "fuzzy")
    out = []
    for ci, units in enumerate(chunks):
        if ci:
            r = rng.random()
            if r < 0.6:
                out.append("space")
            elif r < 0.8:
                out.append("space,")
            else:
                out.append("Space.")
        k = 0
        while k < len(units):
            u = units[k]
            kind = u[0]
            if kind == "letter":
                grp, k = group_letters(units, k)
                out.append(fuzzy_letters(v, grp))
            elif kind == "num":
                out.append(whisper_number(rng, u[1], loose=False))
            elif kind == "word":
                out.append(fuzzy_word(rng, u))
            elif kind == "sym":
                if u[1] == "-" and k + 1 < len(units) and units[k + 1][:2] == ("sym", "-"):
                    out.append(v.ddash())
                    k += 1
                else:
                    out.append(fuzzy_sym(v, u, units, k))
            else:
                out.append(u[1] + " case " + " ".join(u[2]))
            k += 1
    text = " ".join(p.strip() for p in out if p.strip())
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\. (\w)", lambda m: ". " + m.group(1).upper(), text)
    text = sentence_case(text)
    if rng.random() < 0.5 and not text.endswith((".", "?", "!")):
        text = text.rstrip(",") + "."
    return text


def fuzzy_letters(v, grp):
    rng = v.rng
    bits = []
    for u in grp:
        ch = u[1]
        if ch.isupper():
            bits.append("capital " + ("Zed" if ch == "Z" else ch))
        elif ch == "z":
            bits.append(rng.choice(["zed", "Zed", "Z"]))
        elif ch in LETTER_HOMOPHONE and rng.random() < (0.3 if len(grp) == 1 else 0.06):
            bits.append(LETTER_HOMOPHONE[ch])
        elif v.letters == "lower":
            bits.append(ch)
        else:
            bits.append(ch.upper())
    if v.letters == "glued" and len(bits) > 1 and all(len(b) == 1 for b in bits):
        return "".join(bits)
    return " ".join(bits)


def fuzzy_word(rng, u):
    w, mode = u[1], u[2]
    r = rng.random()
    if w in WORD_HOMOPHONE and r < 0.35:
        text = WORD_HOMOPHONE[w]
    elif w in SPLITS and r < 0.4:
        text = SPLITS[w]
    elif w in PROPER and r < 0.5:
        text = PROPER[w]
    else:
        text = w
    if w in RESERVED:
        text = "the word " + text
    if mode == "cap":
        return rng.choice(["capital ", "Capital "]) + text.capitalize()
    if mode == "caps":
        return rng.choice(["all caps ", "all caps, ", "All caps "]) + text
    return text


def fuzzy_sym(v, u, units, k):
    rng = v.rng
    text, form = u[1], u[2]
    if form == "redirect":
        return "redirect" if text == ">" else "append"
    if text == "&&":
        return rng.choice(["and and", "and, and", "And and"])
    c = text
    r = rng.random()
    prev_num = k > 0 and units[k - 1][0] == "num"
    next_num = k + 1 < len(units) and units[k + 1][0] == "num"
    if c == "-":
        return v.dash_word()
    if c == ".":
        if prev_num and next_num and v.point:
            return "point"
        return v.drift(v.dot, ["dot", "period"])
    if c == "/":
        return v.slash_word()
    if c == "*":
        return v.star
    if c == "\\":
        return "back slash" if r < 0.4 else "backslash"
    if c == "~":
        return v.tilde
    if c == "^":
        return "carrot" if r < 0.35 else "caret"
    if c == "_":
        return "under score" if r < 0.25 else "underscore"
    if c == ";":
        return "semi colon" if r < 0.35 else "semicolon"
    if c == "=":
        return "equal" if r < 0.2 else ("equals sign" if r < 0.35 else "equals")
    if c == "@":
        return "at sign" if r < 0.3 else "at"
    if c == "$":
        return "dollar sign" if r < 0.35 else "dollar"
    if c == "%":
        return "%" if prev_num and r < 0.5 else "percent"
    if c == "?":
        return "question mark?" if r < 0.2 else "question mark"
    if c == ",":
        return "comma," if r < 0.3 else "comma"
    if c == "`":
        return "back tick" if r < 0.4 else "backtick"
    if c == "!":
        return "bang!" if r < 0.2 else "bang"
    return SYMBOL_NAME[c]

# ---------------------------------------------------- natural speech pieces

NAT_SYMBOLS = {
    "\\": ["backslash", "back slash"],
    "|": ["pipe", "pipe", "pipe it to"],
    "!": ["exclamation mark", "bang"],
    "#": ["hash"],
    "@": ["at", "at sign"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent", "per cent"],
    "^": ["caret", "carrot"],
    "&": ["ampersand"],
    "=": ["equals"],
    "+": ["plus"],
    ":": ["colon"],
    ";": ["semicolon", "semi colon"],
    "_": ["underscore"],
    ",": ["comma"],
    "'": ["single quote", "apostrophe"],
    "`": ["backtick", "back tick"],
    "?": ["question mark"],
    "(": ["open round bracket"],
    ")": ["close round bracket"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly bracket", "open curly brace"],
    "}": ["close curly bracket", "close curly brace"],
    "<": ["less than", "less than sign"],
    ">": ["greater than"],
}


def nat_sym(v, text, form):
    rng = v.rng
    if form == "redirect":
        if text == ">>":
            return rng.choice(["append", "append to", "double greater than"])
        return rng.choice(["redirect", "redirect to", "greater than"])
    if text == "&&":
        return rng.choice(["and and", "double ampersand", "ampersand ampersand"])
    if text == "-":
        return v.dash_word()
    if text == ".":
        return "dot"
    if text == "/":
        return v.slash_word()
    if text == "*":
        return v.star
    if text == "~":
        return v.tilde
    return rng.choice(NAT_SYMBOLS[text])


def nat_letters(v, grp):
    """A run of spelled letters, as this speaker says them and Whisper writes."""
    rng = v.rng
    names = []
    k = 0
    while k < len(grp):
        ch = grp[k][1]
        if ch.isupper():
            names.append("capital " + ("zed" if ch == "Z" else ch))
            k += 1
            continue
        if k + 1 < len(grp) and grp[k + 1][1] == ch and rng.random() < 0.75:
            names.append("double " + ("zed" if ch == "z" else ch.upper()))
            k += 2
            continue
        names.append("zed" if ch == "z" else ch.upper())
        k += 1
    if all(len(n) == 1 for n in names) and 1 < len(names) <= 4:
        if v.letters == "glued":
            return "".join(names)
        if v.letters == "hyphened":
            return "-".join(names)
    return " ".join(names)


def nat_word(v, u):
    rng = v.rng
    w, mode = u[1], u[2]
    text = w
    if w in PROPER and rng.random() < 0.4:
        text = PROPER[w]
    elif w in WORD_HOMOPHONE and rng.random() < 0.2:
        text = WORD_HOMOPHONE[w]
    if w in RESERVED and rng.random() < 0.5:
        text = "the word " + text
    if mode == "cap":
        return "capital " + text.capitalize()
    if mode == "caps":
        if rng.random() < 0.5:
            return w.upper() + ", all in capitals,"
        return "all caps " + w
    return text


def nat_chunk(v, chunk_text, units):
    """One space-free piece of the command in relaxed speech."""
    rng = v.rng
    if chunk_text == "-" and rng.random() < 0.6:
        return v.dash_word() + rng.choice([" on its own", ", just on its own,"])
    if re.fullmatch(r"[0-9]+(\.[0-9]+){2,}", chunk_text) and rng.random() < 0.7:
        return chunk_text
    if re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z0-9]+)+", chunk_text) and rng.random() < 0.35:
        return chunk_text
    if re.fullmatch(r"https?://[a-z0-9./-]+", chunk_text) and rng.random() < 0.4:
        return chunk_text
    out = []
    k = 0
    n = len(units)
    quotes = 0
    while k < n:
        u = units[k]
        kind = u[0]
        if kind == "letter":
            grp, k = group_letters(units, k)
            out.append(nat_letters(v, grp))
        elif kind == "num":
            out.append(whisper_number(rng, u[1], loose=True))
        elif kind == "word":
            out.append(nat_word(v, u))
        elif kind == "sym":
            text = u[1]
            nxt = units[k + 1] if k + 1 < n else None
            if text == "-" and nxt and nxt[:2] == ("sym", "-"):
                out.append(v.ddash())
                k += 1
            elif text == '"':
                quotes += 1
                if quotes % 2 == 0:
                    out.append(v.unquote)
                else:
                    out.append("open quote" if v.unquote == "close quote" else "quote")
            elif text == "." and 0 < k < n - 1 and units[k - 1][0] == "num" \
                    and units[k + 1][0] == "num" and v.point:
                out.append("point")
            else:
                out.append(nat_sym(v, text, u[2]))
        else:
            out.append(u[1] + " case " + " ".join(u[2]))
        k += 1
    text = " ".join(out)
    glued = len(out) >= 2 and not any(u[0] == "sym" for u in units) and \
        not all(len(o.replace("-", "")) <= len(o) and o.replace("-", "").isupper() for o in out)
    if glued and rng.random() < 0.3:
        text += rng.choice([", all one word,", ", all one word,", ", no spaces,"])
    return text


OPENERS = ["Right,", "Right then, can you do", "Go on then, type", "Can you put in",
           "Let's have", "Next one's", "Right, so,", "OK, erm,", "Can you do us",
           "Right, I need", "Type in", "Erm, right,"]
SIGNOFFS = ["cheers", "ta", "ta very much", "that's the lot", "that'll do",
            "cheers for that", "and that's it"]
FILLERS = ["erm", "er", "erm", "um"]


def tidy(text):
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r",+", ",", text)
    text = re.sub(r",\.", ".", text)
    text = re.sub(r"\.,", ".", text)
    text = re.sub(r"\.\.\.,", "...", text)
    return text.strip(" ,")


def frame(rng, core, signoff_p=0.5):
    opener = rng.choice(OPENERS)
    text = opener + " " + core
    if rng.random() < signoff_p:
        text = text.rstrip(".,") + ", " + rng.choice(SIGNOFFS) + "."
    elif rng.random() < 0.6:
        text = text.rstrip(",") + "."
    text = tidy(text)
    text = re.sub(r"([.?]) (\w)", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    return sentence_case(text)


def join_seq(seq):
    """Join pieces; entries starting with ',' or '...' attach to the left."""
    text = ""
    for item in seq:
        if item.startswith((",", "...", "-")):
            text += item
        else:
            text += " " + item
    return tidy(text)


def natural_line(rng, command, chunks):
    v = Voice(rng, "natural")
    seq = []
    for ci, (ct, units) in enumerate(zip(command.split(" "), chunks)):  # noqa: B905
        if ci and rng.random() < 0.12:
            seq.append(", " + rng.choice(FILLERS) + ",")
        seq.append(nat_chunk(v, ct, units))
    return frame(rng, join_seq(seq))

# -------------------------------------------------------------- chaos slice

EXT_SWAP = {"py": "sh", "sh": "py", "txt": "log", "log": "txt", "json": "yaml",
            "yaml": "json", "yml": "json", "csv": "tsv", "html": "css",
            "png": "jpg", "jpg": "png", "pdf": "txt", "tar": "zip", "zip": "tar",
            "md": "txt", "conf": "cfg", "gz": "xz", "ppm": "pgm", "pgm": "ppm",
            "pnm": "pbm", "pbm": "pnm", "pam": "pnm", "iso": "img", "c": "h"}
WORD_SWAP = {"main": "master", "alpha": "beta", "foo": "bar", "test": "prod",
             "data": "docs", "docs": "data", "demo": "test", "src": "lib",
             "backup": "archive", "archive": "backup", "report": "notes",
             "notes": "report", "config": "settings", "input": "output",
             "output": "input", "photo": "image", "alice": "bob", "deploy": "admin",
             "install": "remove", "list": "show", "add": "remove", "start": "stop",
             "stop": "start", "show": "list", "delete": "create", "create": "delete",
             "projects": "project", "logs": "log", "tmp": "var"}
LONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--recursive", "--help", "--dry-run"]
WORD_FIX = ["no, hang about,", "sorry, scrub that,", "no no, I mean", "ah no, it's",
            "wait, not that one,", "no, sorry,", "hang on, that's wrong,"]
WHOLE_FIX = ["no, scrub all that, start again.", "sorry, from the top.",
             "bugger, let me start again.", "no, that's wrong, start over."]
ASIDES = ["hang on, phone's going,", "where's me tea gone,", "bear with me,",
          "this keyboard's knackered,", "let me just check,", "one sec,",
          "is that right? Yeah,"]
PARTIAL = ["... what's the rest, oh yeah,", "... and then it's", "... then the rest is",
           "... er, what was it, right,"]


def wrong_piece(rng, piece):
    """A plausible wrong version of a piece of the command, or None."""
    m = re.fullmatch(r"(.*\.)([a-z]+)", piece)
    if m and m.group(2) in EXT_SWAP:
        return m.group(1) + EXT_SWAP[m.group(2)]
    m = re.search(r"[0-9]+", piece)
    if m:
        v = int(m.group(0))
        w = v + rng.choice([1, 2, 10]) if v < 9000 else v - 1
        return piece[:m.start()] + str(w) + piece[m.end():]
    if re.fullmatch(r"--[a-z][a-z-]*", piece):
        return rng.choice([f for f in LONG_FLAGS if f != piece])
    if re.fullmatch(r"-[a-zA-Z]", piece):
        return "-" + rng.choice([c for c in "vfrnqsax" if c != piece[1]])
    for w in sorted(WORD_SWAP):
        m = re.search(r"(?<![A-Za-z])" + w + r"(?![A-Za-z])", piece)
        if m:
            return piece[:m.start()] + WORD_SWAP[w] + piece[m.end():]
    return None


SYMBOL_TALK = set(" ".join(SYMBOL_NAME.values()).split()) | set(
    " ".join(o for opts in NAT_SYMBOLS.values() for o in opts).split()) | {
    "hyphen", "minus", "tilda", "forward", "double", "redirect", "append",
    "quote", "unquote", "end", "open", "close", "point", "period", "capital",
    "all", "caps", "the", "word", "oh"}


def repeatable(word):
    """A word the speaker may stumble on and repeat without changing the command."""
    return bool(re.fullmatch(r"[A-Za-z]{2,}", word)) and word.lower() not in SYMBOL_TALK \
        and word.lower() not in NUMBER_WORDS


def chaotic_line(rng, command, chunks):
    v = Voice(rng, "natural")
    pieces = command.split(" ")
    n = len(pieces)
    said = [nat_chunk(v, pieces[i], chunks[i]) for i in range(n)]
    wrongs = []
    for i, p in enumerate(pieces):
        w = wrong_piece(rng, p) if i > 0 else None
        wrongs.append(w if w and w != p else None)
    flag_ok = [i for i in range(n) if wrongs[i] and pieces[i].startswith("-")]
    word_ok = [i for i in range(n) if wrongs[i] and not pieces[i].startswith("-")]
    kind = rng.choice(["word", "flag", "whole", "restart", "partial"])
    if kind == "flag" and not flag_ok:
        kind = "word"
    if kind == "word" and not word_ok:
        kind = "flag" if flag_ok else "whole"
    if kind == "whole" and not any(wrongs[1:3]):
        kind = "restart"
    if kind == "partial" and n < 3:
        kind = "restart"

    def wrong_said(i):
        return nat_chunk(v, wrongs[i], analyse(wrongs[i])[0])

    if kind in ("word", "flag"):
        i = rng.choice(flag_ok if kind == "flag" else word_ok)
        seq = said[:i] + [wrong_said(i), ", " + rng.choice(WORD_FIX)] + said[i:]
    elif kind == "whole":
        i = rng.choice([k for k in (1, 2) if k < n and wrongs[k]])
        seq = said[:i] + [wrong_said(i), ", " + rng.choice(WHOLE_FIX)] + said
    elif kind == "restart":
        first = said[0].split(" ")[0]
        r = rng.random()
        if len(first) >= 4 and r < 0.45:
            seq = [first[:(len(first) + 1) // 2] + "-"] + said
        elif n > 1 and r < 0.8:
            k = min(n - 1, rng.choice([1, 2]))
            seq = said[:k] + [", " + rng.choice(["er... let me say that again,",
                                                 "no wait, again,", "hang on, again,"])] + said
        elif repeatable(first):
            seq = [first + ","] + said
        else:
            seq = [", " + rng.choice(FILLERS) + ","] + said[:1] + [", er, again,"] + said
    else:
        k = rng.randint(1, n - 1)
        seq = said[:k] + [rng.choice(PARTIAL)] + said[k:]
    r = rng.random()
    if r < 0.35 and len(seq) > 1:
        at = rng.randint(1, len(seq) - 1)
        seq.insert(at, ", " + rng.choice(ASIDES))
    elif r < 0.5:
        # a stutter on the command name, or on the first word of a longer piece
        at = rng.randint(0, len(seq) - 1)
        first = seq[at].split(" ")[0]
        if repeatable(first) and (at == 0 or len(seq[at].split(" ")) >= 3):
            seq.insert(at, first + ",")
    return frame(rng, join_seq(seq), signoff_p=0.4)


# -------------------------------------------------------------- selection


def eligible(command):
    if not command.isascii() or "\t" in command or "  " in command:
        return False
    if len(command) > 64 or command != command.strip() or not command:
        return False
    try:
        spoken = say_clean(analyse(command))
    except (KeyError, ValueError, IndexError):
        return False
    if len(spoken.split()) > 48:
        return False
    return decode(spoken) == command


def select(rng):
    pool = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            cmd = json.loads(line)["command"]
            if eligible(cmd):
                pool.append(cmd)
    rng.shuffle(pool)
    chosen, seen, per_first = [], set(), {}
    for cmd in pool:
        first = cmd.split(" ")[0]
        if cmd in seen or per_first.get(first, 0) >= 2:
            continue
        seen.add(cmd)
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    if len(chosen) < PER_SLICE * len(SLICES):
        raise SystemExit("not enough commands: %d" % len(chosen))  # noqa: UP031
    return chosen


def main():
    rng = random.Random(99)
    commands = select(rng)
    rows = []
    for si, sl in enumerate(SLICES):
        for cmd in commands[si * PER_SLICE:(si + 1) * PER_SLICE]:
            chunks = analyse(cmd)
            if sl == "clean":
                text = say_clean(chunks)
                assert decode(text) == cmd, (cmd, text)
            elif sl == "fuzzy":
                text = fuzzy_line(rng, chunks)
            elif sl == "natural":
                text = natural_line(rng, cmd, chunks)
            else:
                text = chaotic_line(rng, cmd, chunks)
            rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    clean_ok = all(decode(r["input"]) == r["command"] for r in rows if r["slice"] == "clean")
    counts = {s: sum(1 for r in rows if r["slice"] == s) for s in SLICES}
    print("wrote %s: %s; clean round-trip: %s" % (OUT, counts, clean_ok))  # noqa: UP031
    return 0 if clean_ok else 1


if __name__ == "__main__":
    sys.exit(main())
