#!/usr/bin/env python3
# ruff: noqa: E501, UP031
r"""Dictation test set "author101": one speaker, four slices, 400 lines.

Writes assets/training/bash/author101.jsonl, one JSON object a line:
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author101"}
100 lines per slice, in that order.  Standard library only; a single
random.Random(101) is consumed in a fixed order, so reruns are byte-identical.

SOURCE AND CREDIT
-----------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
CC BY 4.0, via assets/training/bash/pages_dev57_commands.jsonl.  Only 0-based
lines n with n % 3 == 1 are used, for all four slices.  A command is skipped if
it is not plain ASCII, has a tab or a double space, is over 64 characters,
holds a fake keystroke like "<Enter>", or needs more than 48 spoken words in
the clean protocol.  The allowed commands are shuffled by the seeded generator
and taken in order, at most two per first word, all 400 distinct; the first
100 go to clean, the next 100 to fuzzy, then natural, then chaotic.  Command
text is kept byte for byte.

STYLE GUIDE
===========

1. The speaker
--------------
Kerem, 31, backend developer at a payments start-up in Maslak, Istanbul (Go,
Python, a lot of Kubernetes and Postgres).  He dictates into a headset
between meetings, fast and a little impatient, in fluent Turkish-accented
English.  Turkish leaks in: fillers "şey" (um / thing), "yani" (I mean),
"hani" (you know), the hesitation "ıı"; "tamam" (okay) and "hadi" (come on) to
open or close; corrections "yok yok" (no no), "pardon", "... olacak" (it'll
be ...), "baştan" (from the top).  When he slips he sometimes says the Turkish
symbol name first ("tire" for dash, "nokta" for dot, "alt çizgi" for
underscore, "eğik çizgi" for slash) and corrects himself with "pardon".
His asides are about his day: Slack, the daily stand-up, Murat abi calling,
the VPN, Jira, the kargo (delivery) guy, his coffee.

2. The protocol as Kerem uses it (clean slice)
----------------------------------------------
Tokens.  He says "space" between every two shell tokens, exactly once, and
nothing else between tokens.  Everything he says between two "space"s is
glued together: words, spelled letters, numbers and symbols concatenate with
no gap ("main dot p y" -> main.py).

Symbols.  One name per symbol, always the same:
    -  dash          .  dot           /  slash         \  backslash
    |  pipe          *  star          !  bang          #  hash
    ~  tilde         @  at            $  dollar        %  percent
    ^  caret         &  ampersand     =  equals        +  plus
    :  colon         ;  semicolon     _  underscore    ,  comma
    "  quote         '  single quote  `  backtick      ?  question mark
    ( )  open paren / close paren     { }  open brace / close brace
    [ ]  open bracket / close bracket <  less than     >  redirect
    --  dash dash    &&  and and      ||  pipe pipe    >>  append
"2>" is simply "two redirect" and "2>&1" is "two redirect ampersand one".
He never says minus, hyphen, period, point, forward slash, asterisk, "sign",
"greater than" or "double dash" when he is careful.

Words and letters.  A lower-case run is said as a word only if it is an
ordinary word that any transcriber would spell the same way (the DICT_WORDS
list: "build", "config", "docker", "photo", "uptime" ...).  Anything else is
spelled letter by letter, and the careful transcript writes each spelled
letter as one lower-case letter ("ls" -> "l s", "nginx" -> "n g i n x").  Long
tool names are broken into known words plus spelled letters ("pnmalias" ->
"p n m alias", "rustdoc" -> "rust doc", "htop" -> "h top"), but he never hides
a short word between spelled letters: a two-letter word only opens a name or
closes it after a long word ("go buster", "read me"), and a three-letter word
after spelled letters must end the name or touch another word.

Collisions.  A literal word that is a protocol word is always spelled, so a
protocol word heard in a clean line is always protocol: every symbol name
above, every number word, "space", "capital", "all", "caps", "case", "snake",
"camel", "screaming", "kebab", "pascal", every synonym in the shared facts
(minus, hyphen, period, point, forward, asterisk, sign, greater, double,
angle, curly, parenthesis, square, tilda, and), and every word that sounds
like a digit or a letter (to, too, for, won, ate, oh, see, are, you, why, be,
tea, eye, queue, ex, jay, kay ...).  So "--all" is "dash dash a l l",
"xdg-open" is "x d g dash o p e n", "mount_point" is "mount underscore p o i n
t", "pbmtoepson" is "p b m t o epson", "queue" is "q u e u e".

Numbers.  Every digit run is said in one of these ways, chosen by its shape:
  * one digit: the digit word ("zero", never "oh");
  * two digits not starting with 0: as a number ("forty two", "ten", "eighty");
  * d00, d000, dd000: "eight hundred", "three thousand", "ten thousand";
  * three digits d+XY with X != 0: "two eighty" (280), "two fifty five",
    "one ninety two", "four forty three";
  * four digits XX+YY with neither half starting with 0: in pairs, like a port
    or a year: "eighty eighty", "ten twenty four", "fifty four thirty two";
  * anything else, digit by digit: "one zero one", "four four one zero zero".
The listener rule that makes this unambiguous: a tens word takes a following
one..nine ("twenty five" = 25); "hundred"/"thousand" multiply the number just
before; separate number phrases in a row concatenate as text ("two eighty" =
"2"+"80").  Kerem never says "two hundred fifty five".  Decimals and dotted
versions/IPs use "dot": "zero dot seven", "one dot two dot three".

Casing.  Lower case is the default.
  * "capital X": the first letter of the next word or letter is upper case
    ("capital release" -> Release, "dash capital l" -> -L).
  * "all caps": every following word and letter up to the next protocol word,
    number or "space" is upper case ("all caps readme dot m d" -> README.md,
    "all caps x path one" -> XPATH1).
  * "snake case a b", "screaming case a b", "camel case a b": the following
    words (same scope as all caps) joined as a_b, A_B, aB.  He uses a run only
    when every part is a word he says as a word ("snake case new base" ->
    new_base, "camel case the harvester" -> theHarvester); otherwise he says
    the underscores.  He never uses kebab or pascal case: dashes are "dash",
    and PascalCase is said capital by capital ("capital v capital box capital
    manage" -> VBoxManage).

decode() below is the careful listener for exactly this protocol; every clean
line is asserted to decode to its command.

3. Natural-speech habits (natural and chaotic slices)
-----------------------------------------------------
* A short opener ("Tamam,", "Okay, şey,", "Quick one,", "Yani, I need", "Write
  this:", "Hadi,", "Before the standup,", "Şey, the command is", "Give me",
  "Run this for me,") and sometimes a sign-off ("That's it.", "Tamam.",
  "Hadi.", "Okay, send it.", "Yani, that's it.", "Done.").
* Up to two Turkish fillers between tokens ("şey,", "yani,", "hani,", "ıı,"),
  never inside a token.
* He stops saying "space" except where the gap is not obvious: before a token
  that starts with a dot ("cat space dot e n v") and between two numbers
  ("ten twenty four space ten twenty four").
* Looser symbol names: dash / minus / hyphen, "double dash", "forward slash",
  "asterisk", "redirect to", "greater than", "append to", "pipe to", "pipe
  into", "double quote", "equal", "at sign", "open curly".
* Letters, words, numbers and casing words are the same as in clean: he still
  spells what he spells and says numbers the same way.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
* Sentence case and punctuation: first word capitalised, commas around
  "space", a "Space." sentence now and then, a final full stop that is not a
  dot.
* Spelled letters come out as capitals, glued or spaced ("LS", "P N M",
  sometimes "P-N-M" or lower-case "pnm"); single letters sometimes as words
  ("tea", "see", "are", "why", "kay", "gee").
* Numbers as numerals: "8080", "80 80", "2 80", "3,000", "forty-two",
  "192.168.0.1"; digit words occasionally as "to"/"too"/"for"/"ate".
* File names glued as Whisper hears them: "config.yaml", "main.py",
  "example.com".
* Proper nouns capitalised (Docker, GitHub, Python, TypeScript), compounds
  sometimes split ("web site", "time out"), homophones: pseudo (sudo), cash
  (cache), sink (sync), demon (daemon), cube (kube), tale (tail), grip (grep),
  nicks (nix), Colin (colon), carrot (caret), tilda (tilde).
* Turkish written oddly: shey / Shay / şeyy, yanni / yahni, tamom, York, York
  (yok yok), yog yog, par don, bashtan / Bastan, honey (hani), o lajak /
  olajak (olacak), Tyre (tire), knock ta (nokta), eik chizgi (eğik çizgi).

5. The four slices
------------------
clean    Protocol style exactly as in section 2, as a careful human transcript:
         lower case, no punctuation, nothing but the command.
fuzzy    The same protocol (still "space" between tokens) as Whisper writes
         it: section 4 applied, plus the symbol synonyms minus / hyphen /
         period / point / forward slash / asterisk / "equals sign" / "double
         dash" / "dollar sign".  No framing, no fillers.
natural  Section 3 + section 4: opener, maybe a sign-off, fillers, loose
         names, no "space" except where needed.
chaotic  Natural plus one kind of trouble, sometimes with a second one:
  * token correction: "dash dash force, yok yok, dash dash update", "minus
    B, pardon pardon, hyphen P", "... no wait, ...", "..., pardon, I mean ...",
    "dash Z, York, York, minus I olacak" (the new token replaces the last);
  * word correction: "config dot yml, pardon, yaml", "slash owner slash
    channel, yok yok, not channel, repository", "colon 8090... 8080 olacak" (the new
    word or number replaces the last word or number of that token);
  * Turkish slip: "tire, pardon, dash", "nokta, pardon, dot";
  * whole command: "<wrong command>... yok yok, baştan. <command>", "scratch
    that, from the top: <command>", "wrong one. <command>";
  * partial answer: the last one or two tokens come after the rest, "oh and
    at the end, ...", "şey, wait, and at the end ...";
  * restart: the first token or two, "...", then the whole command again;
  * aside between two tokens, set off by dashes ("— Murat abi is calling,
    hold on —"), never inside a quoted string or a correction;
  * stutter: the opener's first word doubled ("Yani, yani, I need").
  A careful listener who knows sections 2-4 can rebuild every command exactly.
"""

import json
import os
import random
import re

AUTHOR = "author101"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev57_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author101.jsonl")
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# 1. The clean protocol: Kerem's own names (one name per symbol, always).
# ---------------------------------------------------------------------------
SYM = {
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
MULTI = {"--": "dash dash", "&&": "and and", "||": "pipe pipe", ">>": "append"}
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
RUN_STYLES = {"snake": "_", "screaming": "_", "camel": ""}

# Words Kerem never says as a literal word (he spells them letter by letter):
# every protocol word, every synonym from the shared protocol facts, every
# number word, and every word that sounds like a digit or a letter name.
PROTOCOL_WORDS = set()
for _name in list(SYM.values()) + list(MULTI.values()):
    PROTOCOL_WORDS.update(_name.split())
PROTOCOL_WORDS.update(UNITS + TEENS + list(TENS.values()) + ["hundred", "thousand"])
PROTOCOL_WORDS.update(["space", "capital", "all", "caps", "case", "snake", "camel",
                       "screaming", "kebab", "pascal"])
PROTOCOL_WORDS.update(["minus", "hyphen", "period", "point", "forward", "asterisk",
                       "sign", "greater", "double", "angle", "curly", "parenthesis",
                       "tilda", "square", "two", "and"])
SOUND_ALIKES = set("""to too for fore won ate oh owe see sea are you why be bee tea
tee eye queue cue ex pea pee jay kay gee el em en es ess ay dee ef aitch vee zed zee
ar oh i a""".split())

# Words Kerem says as words (a careful transcriber writes them exactly so).
# Everything else is spelled; long names are broken into these words plus
# spelled letters ("pnmalias" -> "p n m alias").
DICT_WORDS = set("""
absolute access account acme action activate add address admin age agent alias
alice alpha alpine amass analyze annotations ansible apply app apps archive arduino
argument arm armor assembly attach audio audiobook audit auth auto away backend
backup backups backward ban band bank banner bar base basename bash bats beep bench
binary block blue body boolean boot branch brand breakdown brew browse brush build
builder bundle bytes cache cage calibre call cancel capture cargo cast cat catalog
certificate change channel channels chapters chars chat check checksum checksums
chisel chromium cipher class clean client clone cloud code coffee color colors
combine command commit commits compare complete composer compress compute conda
condition config configuration conky container context control convert cookies
copilot copy copyright core cost cotton count course covered crack crane crash
crate crawl create cron crush crypt current curl daemon data database date debug
default definition deflate delete delta demo deploy depends derivation describe
desktop destination destroy detach detox dev device devops dialog diff dig
directories directory disable dissect distribution docker docs doc doctor document
domain domains done download drive drop drupal dry dump east echo edit editor email
emulator enable encrypt encrypted end enroll enter entity environment episode epson
error europe eval events evince example exclude exec executable execute existing
exited expire explain export express expression extract extra fail false feature
fedora fetch file filename files filter find finger firefox first fix fixup flags
flask flat flatpak flush flux fly fold folder follow font force format fossil frame
frequency from full function functions fuzzy gamma gem generate get git github
gitlab glob global glow gnome go google grep group grub hello header headers height
held help highlight host hosted hub hunter icon idea identifier identity idle ignore
image import in include index info inject input install instance instantiate
interactive interface internal issue java jello jobs john join jira keep key keys
keystore keyword kill kube lab label lambda language largest latest launch layout
learn level levels lightsail link linking linode linux list listen lit load local
localhost lock log logfile login logs look loopback magick magnify main make
managed manage manager manifest manifests manual map markdown mask massif match
matching matrix max media menu merge message metadata method metric micro mirrors
mode model modify module modules monitor mount mounter mountpoint move myapp name
nano net netmask network new news next nix node noise normalize not notes notices
notify numpy object obsidian octave only opacity organization origin out outdated
outfile outline output overlay override owner package pacman pairs palm pane
parallel parent parser partition pass password paste patch path paths pattern pause
perl pipeline pixel platform playback player poetry pools port postfix postgres
power prefix present preserve primary print probe profile profiles program progress
project projects property proxy prune public publish pull puppet purge push put
python quality query quiet quorum race radix rake raw read record recorder records
recursive red reference reflex regex region registry reject relative release reload
remote remove replace reply repo report repos repository request requests reserve
reset resolution resolve resource restart restore resume return reverse rewind
rollback root route ruby rule run rust sample save scale scan scaffold screenshot
script scripts search secret secure send sensible sensors serve server serverless
servers service services session set sets settings shared shell show silence simple
since sine site size sketch skip skyline sleep smooth snap snapshot soft sort source
spam span speaker speed split spy staff standard start stat status stop storage
stories string strings style subnet subset subvolume sudo suffix suggest summary
suspend switch sync syscall table tac tag tags tail tailscale tape tar tarball
target task template temperature terminal terraform test text then thinking this
threads thrift tidy time timeout timestamp title todo tool toolbox toolchain top
topic topics trace transcode transmission transport travis trigger true trunk trust
try turtle type typescript typo typos ubuntu ultra underlay uninstall unique unix
unmount until up update upgrade upload upstream uptime use user username users using
vagrant valgrind validate validator verbose verify version video view volumes wait
wall warning watch web webm website west what where whisper white width wiggle with
work workspace world wrap write yank yes zip zone foo baz man go no me my on is it
if of by do so up new net run set get add cat bin var opt dev top tar zip log map
key box lab hub web fix ban arm bar foo tac dig pipx yarn deno bun helm pip bash
zsh fish rsync enhance dither draw margin montage wheel flip enlarge composite
kill mock mocha vault lens dolt jet rename
abandon acyclic adjust album allocations allow array artifact ask assignee atom
authority blob bob charts column comment compatibility connections contacts contour
crop crackle decrypted delimiter descendants distro embed gradle harvester the
headless hosts hydra immediately infection inhibit inspect inventory isolate job
limit line location master mingle photo recipe recover recovered recent result
rotate rotation scope select share step store stress suggestions token windows
youtube year orders redis ink hard lay down air storm feed reader grab images hill
shade clam wonder shaper word whip mail home guard better screen state deluge
kaggle sherlock nokogiri spell quantum tier lily pond mamba bat loader neo multi
pulse pod paper quick lint shelly skate salt stabilize symmetric links hide whence
wants warts exercism way droid zapier zathura dijkstra dexter gimp elvish pinta
inter buster imports report arch replay play pods system
""".split())
DICT_WORDS -= SOUND_ALIKES
DICT_WORDS = {w for w in DICT_WORDS if len(w) >= 2 and w.isalpha()}
for _w in sorted(DICT_WORDS):
    assert _w not in PROTOCOL_WORDS, _w
ALT_WORDS = sorted(w for w in DICT_WORDS if 4 <= len(w) <= 7)

# ---------------------------------------------------------------------------
# 2. Command -> pieces (the speaker's plan for each token).
# ---------------------------------------------------------------------------
PIECE_RE = re.compile(
    r"--+|&&|\|\||>>"
    r"|[a-z]+(?:_[a-z]+)+"            # snake case run
    r"|[A-Z]+(?:_[A-Z]+)+"            # screaming case run
    r"|[a-z]+(?:[A-Z][a-z]+)+"        # camel case run
    r"|[A-Z]+(?![a-z])"               # all caps (or one capital letter)
    r"|[A-Z][a-z]+"                   # Capitalised word
    r"|[a-z]+|[0-9]+|.")
SIMPLE_RE = re.compile(r"[a-z]+|[A-Z]+(?![a-z])|[A-Z][a-z]+|.")


def segment(s):
    """Split a lower-case letter run into dictionary words and spelled letters:
    fewest spoken items first, then fewest spelled letters.  Kerem never hides
    a short word between spelled letters: a two-letter word only opens the
    run or closes it next to a long word ("no idle", "read me"), and a
    three-letter word after spelled letters must close the run or touch a
    word ("h top", "p n m alias" but never "m a c p top b m")."""
    best = {(0, None): ((0, 0), [])}
    for i in range(len(s)):
        for state in (None, "L", "W2", "W3", "W3L", "W4"):
            if (i, state) not in best:
                continue
            (items, letters), parts = best[(i, state)]
            cands = []
            if state not in ("W2", "W3L"):
                cands.append((i + 1, "L", ((items + 1, letters + 1), parts + [("l", s[i])])))
            for j in range(i + 2, min(len(s), i + 20) + 1):
                w = s[i:j]
                if w not in DICT_WORDS:
                    continue
                n = len(w)
                if n == 2:
                    if state not in (None, "W4"):
                        continue
                    new = "W2"
                elif n == 3:
                    if state == "W2":
                        continue
                    new = "W3L" if state == "L" else "W3"
                else:
                    new = "W4"
                cands.append((j, new, ((items + 1, letters), parts + [("w", w)])))
            for j, new, cand in cands:
                key = (j, new)
                if key not in best or cand[0] < best[key][0]:
                    best[key] = cand
    finals = []
    for state in (None, "L", "W2", "W3", "W3L", "W4"):
        if (len(s), state) in best:
            if state == "W2" and len(best[(len(s), state)][1]) > 1 and \
                    len(best[(len(s), state)][1][-2][1]) < 4:
                continue
            finals.append(best[(len(s), state)])
    return min(finals, key=lambda c: c[0])[1]


def number_groups(d):
    """Kerem's way of saying a digit string: list of (digits, [words])."""
    def two(xy):
        if xy[0] == "1":
            return [TEENS[int(xy[1])]]
        return [TENS[int(xy[0])]] + ([UNITS[int(xy[1])]] if xy[1] != "0" else [])
    n = len(d)
    if n == 1:
        return [(d, [UNITS[int(d)]])]
    if d[0] != "0":
        if n == 2:
            return [(d, two(d))]
        if n == 3 and d[1:] == "00":
            return [(d, [UNITS[int(d[0])], "hundred"])]
        if n in (4, 5) and d[-3:] == "000":
            head = d[:-3]
            return [(d, (two(head) if len(head) == 2 else [UNITS[int(head)]]) + ["thousand"])]
        if n == 3 and d[1] != "0":
            return [(d[0], [UNITS[int(d[0])]]), (d[1:], two(d[1:]))]
        if n == 4 and d[2] != "0":
            return [(d[:2], two(d[:2])), (d[2:], two(d[2:]))]
    return [(c, [UNITS[int(c)]]) for c in d]


def low_parts(s, safe=False):
    if not safe and s in DICT_WORDS:
        return [("w", s)]
    if safe:
        return [("l", c) for c in s]
    return segment(s)


def pieces_of(token, safe=False):
    out = []
    for m in (SIMPLE_RE if safe else PIECE_RE).finditer(token):
        p = m.group(0)
        if p in MULTI or (p.startswith("--") and set(p) == {"-"}):
            out.append(("sym", p))
        elif "_" in p and p[0].isalpha():
            words = p.lower().split("_")
            style = "screaming" if p.isupper() else "snake"
            if all(w in DICT_WORDS for w in words):
                out.append(("run", p, style, words))
            else:
                out.extend(pieces_of_simple(p, safe))
        elif re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", p):
            words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+", p)]
            if all(w in DICT_WORDS for w in words):
                out.append(("run", p, "camel", words))
            else:
                out.extend(pieces_of_simple(p, safe))
        else:
            out.extend(pieces_of_simple(p, safe))
    return out


def pieces_of_simple(p, safe):
    out = []
    for m in SIMPLE_RE.finditer(p):
        q = m.group(0)
        if q.isdigit():
            out.append(("num", q, number_groups(q)))
        elif q.islower():
            out.append(("low", q, low_parts(q, safe)))
        elif q.isupper() and len(q) == 1:
            out.append(("cap", q, [("l", q.lower())]))
        elif q.isupper():
            out.append(("up", q, low_parts(q.lower(), safe)))
        elif q[0].isupper():
            out.append(("cap", q, low_parts(q.lower(), safe)))
        elif q in SYM:
            out.append(("sym", q))
        else:
            raise ValueError("cannot say %r" % q)
    # digit runs inside p must be maximal: SIMPLE_RE splits digits singly
    merged = []
    for pc in out:
        if pc[0] == "num" and merged and merged[-1][0] == "num":
            d = merged[-1][1] + pc[1]
            merged[-1] = ("num", d, number_groups(d))
        else:
            merged.append(pc)
    return merged


def plan(command, safe=False):
    return [pieces_of(t, safe) for t in command.split(" ")]


# ---------------------------------------------------------------------------
# 3. Clean rendering and the clean listener.
# ---------------------------------------------------------------------------
def clean_piece(pc):
    k = pc[0]
    if k == "sym":
        p = pc[1]
        if p in SYM:
            return SYM[p]
        return MULTI.get(p) or " ".join(["dash"] * len(p))
    if k == "num":
        return " ".join(w for _, ws in pc[2] for w in ws)
    if k == "run":
        return pc[2] + " case " + " ".join(pc[3])
    words = " ".join(t for _, t in pc[2])
    if k == "cap":
        return "capital " + words
    if k == "up":
        return "all caps " + words
    return words


def clean_text(pl):
    return " space ".join(" ".join(clean_piece(pc) for pc in tok) for tok in pl)


PHRASES = sorted(
    [(tuple(v.split()), k) for k, v in list(SYM.items()) + list(MULTI.items())],
    key=lambda x: -len(x[0]))
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS.values()) | {"hundred", "thousand"}


def _phrase_at(w, i):
    for words, sym in PHRASES:
        if tuple(w[i:i + len(words)]) == words:
            return sym, len(words)
    return None


def _item_starts(w, i):
    if i >= len(w):
        return True
    x = w[i]
    nxt = w[i + 1] if i + 1 < len(w) else None
    return (x == "space" or x in NUMBER_WORDS or x == "capital"
            or _phrase_at(w, i) is not None
            or (x == "all" and nxt == "caps")
            or (x in RUN_STYLES and nxt == "case"))


def _read_number(w, i):
    x = w[i]
    nxt = w[i + 1] if i + 1 < len(w) else None
    if x in UNITS:
        v = UNITS.index(x)
        if nxt == "hundred" and v:
            return str(v * 100), i + 2
        if nxt == "thousand" and v:
            return str(v * 1000), i + 2
        return str(v), i + 1
    if x in TEENS:
        v = 10 + TEENS.index(x)
        i += 1
    elif x in TENS.values():
        v = 10 * [k for k, t in TENS.items() if t == x][0]
        i += 1
        if i < len(w) and w[i] in UNITS[1:]:
            v += UNITS.index(w[i])
            i += 1
    else:
        raise ValueError("stray %r" % x)
    if i < len(w) and w[i] == "thousand":
        return str(v * 1000), i + 1
    return str(v), i


def decode(text):
    """The listener for Kerem's clean protocol (see the style guide)."""
    w = text.split()
    tokens, cur, i = [], [], 0
    while i < len(w):
        x = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if x == "space":
            tokens.append("".join(cur))
            cur, i = [], i + 1
            continue
        hit = _phrase_at(w, i)
        if hit:
            cur.append(hit[0])
            i += hit[1]
        elif x in NUMBER_WORDS:
            s, i = _read_number(w, i)
            cur.append(s)
        elif x == "capital":
            if _item_starts(w, i + 1):
                raise ValueError("capital of nothing")
            cur.append(nxt[0].upper() + nxt[1:])
            i += 2
        elif (x == "all" and nxt == "caps") or (x in RUN_STYLES and nxt == "case"):
            j, parts = i + 2, []
            while not _item_starts(w, j):
                parts.append(w[j])
                j += 1
            if x == "all":
                if not parts:
                    raise ValueError("empty all caps")
                cur.append("".join(parts).upper())
            else:
                if len(parts) < 2:
                    raise ValueError("short case run")
                if x == "snake":
                    cur.append("_".join(parts))
                elif x == "screaming":
                    cur.append("_".join(parts).upper())
                else:
                    cur.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            i = j
        else:
            cur.append(x)
            i += 1
    tokens.append("".join(cur))
    return " ".join(tokens)


def clean_plan(command):
    """Plan a command; fall back to spelling everything if the nice plan
    would be misheard.  Returns (plan, text) or None."""
    for safe in (False, True):
        try:
            pl = plan(command, safe)
            text = clean_text(pl)
            if decode(text) == command:
                return pl, text
        except ValueError:
            pass
    return None


# ---------------------------------------------------------------------------
# 4. Whisper-side rendering (fuzzy / natural / chaotic).
# ---------------------------------------------------------------------------
def pick(R, options):
    """options: list of (value, weight)."""
    total = sum(wt for _, wt in options)
    r = R.random() * total
    for v, wt in options:
        r -= wt
        if r < 0:
            return v
    return options[-1][0]


SYN_FUZZY = {
    "-": [("dash", 6), ("minus", 2), ("hyphen", 1), ("Dash", 1)],
    "--": [("dash dash", 5), ("double dash", 2), ("dash-dash", 1), ("minus minus", 1), ("dashdash", 1)],
    ".": [("dot", 6), ("period", 2), ("Dot", 1), ("point", 1)],
    "/": [("slash", 6), ("forward slash", 3), ("Slash", 1)],
    "\\": [("backslash", 3), ("back slash", 2)],
    "~": [("tilde", 5), ("tilda", 3), ("Tilde", 1)],
    "*": [("star", 3), ("asterisk", 3)],
    ">": [("redirect", 4), ("greater than", 3), ("greater-than", 1)],
    ">>": [("append", 3), ("double greater than", 2)],
    "<": [("less than", 4), ("less-than", 1)],
    "|": [("pipe", 6), ("Pipe", 1)],
    "||": [("pipe pipe", 1)],
    "&&": [("and and", 3), ("and-and", 1)],
    "&": [("ampersand", 3), ("Ampersand", 1)],
    "=": [("equals", 4), ("equal sign", 1), ("equals sign", 2), ("equal", 1)],
    ":": [("colon", 5), ("Colin", 1)],
    ";": [("semicolon", 3), ("semi colon", 2), ("semi-colon", 1)],
    "_": [("underscore", 4), ("under score", 2), ("Underscore", 1)],
    ",": [("comma", 1)],
    "@": [("at", 3), ("at sign", 2)],
    "$": [("dollar", 3), ("dollar sign", 3)],
    "%": [("percent", 3), ("percent sign", 1)],
    "^": [("caret", 2), ("carrot", 2)],
    "#": [("hash", 3), ("Hash", 1)],
    "!": [("bang", 3), ("Bang", 1)],
    "+": [("plus", 3)],
    '"': [("quote", 5), ("Quote", 1), ("quotes", 1)],
    "'": [("single quote", 4), ("single-quote", 1)],
    "`": [("backtick", 2), ("back tick", 1)],
    "?": [("question mark", 1)],
    "(": [("open paren", 3), ("open parenthesis", 1)],
    ")": [("close paren", 3), ("close parenthesis", 1)],
    "{": [("open brace", 3), ("open curly brace", 1)],
    "}": [("close brace", 3), ("close curly brace", 1)],
    "[": [("open bracket", 3), ("open square bracket", 1)],
    "]": [("close bracket", 3), ("close square bracket", 1)],
}
# Loose names Kerem uses when he is not careful (natural / chaotic).
SYN_NATURAL = dict(SYN_FUZZY)
SYN_NATURAL.update({
    "-": [("dash", 7), ("minus", 2), ("hyphen", 1)],
    "--": [("dash dash", 5), ("double dash", 4), ("minus minus", 1)],
    ".": [("dot", 9), ("period", 1)],
    "/": [("slash", 8), ("forward slash", 2)],
    ">": [("redirect", 3), ("redirect to", 2), ("greater than", 2)],
    ">>": [("append", 2), ("append to", 2), ("double greater than", 1)],
    "|": [("pipe", 5), ("pipe to", 2), ("pipe into", 1)],
    '"': [("quote", 6), ("double quote", 2), ("quotes", 1)],
    "*": [("star", 4), ("asterisk", 2)],
    "=": [("equals", 5), ("equal", 2), ("equals sign", 1)],
    "@": [("at", 3), ("at sign", 2)],
    "{": [("open curly", 2), ("open brace", 2)],
    "}": [("close curly", 2), ("close brace", 2)],
})
LETTER_HOMO = {"c": ["see", "sea"], "r": ["are"], "u": ["you"], "y": ["why"],
               "i": ["I", "eye"], "b": ["be", "bee"], "t": ["tee", "tea"],
               "q": ["queue", "cue"], "o": ["oh"], "j": ["jay"], "k": ["kay"],
               "x": ["ex"], "g": ["gee"]}
PROPER = {"docker": "Docker", "python": "Python", "linux": "Linux", "ubuntu": "Ubuntu",
          "github": "GitHub", "gitlab": "GitLab", "firefox": "Firefox",
          "postgres": "Postgres", "java": "Java", "ruby": "Ruby", "fedora": "Fedora",
          "epson": "Epson", "alice": "Alice", "john": "John", "europe": "Europe",
          "jira": "Jira", "google": "Google", "gnome": "GNOME", "vagrant": "Vagrant",
          "terraform": "Terraform", "ansible": "Ansible", "flask": "Flask",
          "chromium": "Chromium", "drupal": "Drupal", "travis": "Travis",
          "arduino": "Arduino", "octave": "Octave", "obsidian": "Obsidian",
          "calibre": "Calibre", "numpy": "NumPy", "typescript": "TypeScript",
          "tailscale": "Tailscale", "linode": "Linode", "git": "Git", "bash": "Bash",
          "perl": "Perl", "unix": "Unix", "alpine": "Alpine", "nix": "Nix",
          "conda": "Conda", "poetry": "Poetry", "mocha": "Mocha", "helm": "Helm",
          "deno": "Deno", "yarn": "Yarn", "kube": "Kube", "valgrind": "Valgrind"}
HOMOPHONE = {"sudo": ["pseudo"], "cache": ["cash"], "sync": ["sink"],
             "daemon": ["demon"], "kube": ["cube"], "tail": ["tale"],
             "gnome": ["nome"], "cron": ["crone"], "nix": ["nicks"],
             "conda": ["Konda"], "mocha": ["mocka"], "grep": ["grip"],
             "helm": ["Helm"], "alias": ["Elias"], "yank": ["Yank"]}
DIGIT_HOMO = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"]}

# Kerem's Turkish, and the odd ways Whisper writes it.
TR = {
    "şey": [("şey", 5), ("shey", 2), ("Shay", 1), ("şeyy", 1)],
    "yani": [("yani", 5), ("yanni", 2), ("yahni", 1)],
    "tamam": [("tamam", 5), ("Tamam", 2), ("tamom", 1), ("Tamamm", 1)],
    "yok yok": [("yok yok", 4), ("York, York", 2), ("yok, yok", 2), ("yog yog", 1)],
    "pardon": [("pardon", 5), ("Pardon", 2), ("par don", 1)],
    "baştan": [("baştan", 4), ("bashtan", 2), ("Bastan", 1)],
    "hadi": [("hadi", 4), ("Haddi", 1), ("hadi hadi", 1)],
    "abi": [("abi", 3), ("abbey", 1)],
    "hani": [("hani", 3), ("honey", 2)],
    "olacak": [("olacak", 3), ("o lajak", 1), ("olajak", 1)],
    "ıı": [("uh", 4), ("ıı", 2), ("eee", 2), ("um", 1)],
    "tire": [("tire", 3), ("Tyre", 1), ("tireh", 1)],
    "nokta": [("nokta", 3), ("knock ta", 1)],
    "alt çizgi": [("alt çizgi", 2), ("alt chizgi", 1)],
    "eğik çizgi": [("eğik çizgi", 2), ("eik chizgi", 1)],
}


def tr(R, word):
    return pick(R, TR[word])


def w_letters(letters, R, mode):
    up = [c.upper() for c in letters]
    if len(up) == 1:
        c = letters[0]
        if mode == "fuzzy" and c in LETTER_HOMO and R.random() < 0.15:
            return R.choice(LETTER_HOMO[c])
        return up[0]
    r = R.random()
    if mode == "fuzzy":
        if r < 0.45:
            return "".join(up)
        if r < 0.8:
            return " ".join(up)
        if r < 0.88:
            return "-".join(up)
        return "".join(letters)
    if r < 0.65:
        return "".join(up)
    if r < 0.9:
        return " ".join(up)
    return "".join(letters)


def compound_split(word):
    for k in range(2, len(word) - 1):
        a, b = word[:k], word[k:]
        if a in DICT_WORDS and b in DICT_WORDS and len(a) >= 3 and len(b) >= 3:
            return a + " " + b
    return None


def w_word(word, R, mode):
    r = R.random()
    if word in HOMOPHONE and r < (0.3 if mode == "fuzzy" else 0.15):
        return R.choice(HOMOPHONE[word])
    if word in PROPER and R.random() < 0.7:
        return PROPER[word]
    if mode == "fuzzy" and R.random() < 0.12:
        sp = compound_split(word)
        if sp:
            return sp
    return word


def w_parts(parts, R, mode, upper=False, cap=False):
    out, i = [], 0
    while i < len(parts):
        if parts[i][0] == "l":
            j = i
            while j < len(parts) and parts[j][0] == "l":
                j += 1
            letters = [t for _, t in parts[i:j]]
            s = w_letters(letters, R, mode)
            if cap and i == 0 and s[:1].islower():
                s = s[0].upper() + s[1:]
            out.append(s)
            i = j
        else:
            wd = parts[i][1]
            if upper:
                s = wd.upper() if R.random() < 0.7 else wd
            else:
                s = w_word(wd, R, mode)
                if cap and i == 0:
                    s = s[0].upper() + s[1:]
            out.append(s)
            i += 1
    return " ".join(out)


def w_number(groups, R, mode):
    p_num = 0.65 if mode == "fuzzy" else 0.8
    words = [w for _, ws in groups for w in ws]
    digits = "".join(d for d, _ in groups)
    if R.random() < p_num:
        if len(groups) == 1:
            if "thousand" in words and R.random() < 0.4:
                return f"{int(digits):,}"
            return digits
        if all(len(d) == 1 for d, _ in groups):
            return digits if R.random() < 0.7 else " ".join(d for d, _ in groups)
        return digits if R.random() < 0.6 else " ".join(d for d, _ in groups)
    out = []
    for _, ws in groups:
        if len(ws) == 2 and ws[0] in TENS.values() and ws[1] in UNITS and R.random() < 0.5:
            out.append(ws[0] + "-" + ws[1])
            continue
        for x in ws:
            if mode == "fuzzy" and x in DIGIT_HOMO and len(groups) > 1 and R.random() < 0.25:
                out.append(R.choice(DIGIT_HOMO[x]))
            else:
                out.append(x)
    return " ".join(out)


CAPITAL_FUZZY = [("capital", 6), ("Capital", 2)]
ALLCAPS_FUZZY = [("all caps", 5), ("all-caps", 2), ("All caps", 1)]
RUN_FUZZY = {"snake": [("snake case", 5), ("snake_case", 1), ("Snake case", 1)],
             "screaming": [("screaming case", 4), ("screaming snake case", 1)],
             "camel": [("camel case", 5), ("camelCase", 1), ("Camel case", 1)]}
# screaming snake case is not Kerem's word for it; keep it out of his mouth
RUN_FUZZY["screaming"] = [("screaming case", 5), ("Screaming case", 1)]


def w_piece(pc, R, mode, slip=False):
    k = pc[0]
    syn = SYN_FUZZY if mode == "fuzzy" else SYN_NATURAL
    if k == "sym":
        p = pc[1]
        if p in syn:
            s = pick(R, syn[p])
        else:
            s = " ".join(pick(R, syn["-"]) for _ in p)
        if slip:
            turk = {"-": "tire", ".": "nokta", "_": "alt çizgi", "/": "eğik çizgi"}[p]
            s = "%s, %s, %s" % (tr(R, turk), tr(R, "pardon"), s)
        return s
    if k == "num":
        return w_number(pc[2], R, mode)
    if k == "run":
        return pick(R, RUN_FUZZY[pc[2]]) + " " + " ".join(pc[3])
    if k == "cap":
        return pick(R, CAPITAL_FUZZY) + " " + w_parts(pc[2], R, mode, cap=True)
    if k == "up":
        return pick(R, ALLCAPS_FUZZY) + " " + w_parts(pc[2], R, mode, upper=True)
    return w_parts(pc[2], R, mode)


SIMPLE_FILE = ("low", "num")


def w_token(tok, R, mode, slip_at=None):
    """Render one token the way Whisper writes Kerem saying it."""
    lit = "".join(pc[1] for pc in tok)
    numeric = all(pc[0] == "num" or (pc[0] == "sym" and pc[1] == ".") for pc in tok)
    if slip_at is None and numeric and len(tok) >= 3:
        if R.random() < (0.35 if mode == "fuzzy" else 0.6):
            return lit
    out, i = [], 0
    glue_p = 0.15 if mode == "fuzzy" else 0.4
    while i < len(tok):
        pc = tok[i]
        if (slip_at is None and i + 2 < len(tok) and pc[0] in SIMPLE_FILE
                and tok[i + 1] == ("sym", ".") and tok[i + 2][0] in SIMPLE_FILE
                and (i + 3 == len(tok) or tok[i + 3][0] == "sym")
                and (i == 0 or tok[i - 1][0] == "sym")):
            if R.random() < glue_p:
                out.append(pc[1] + "." + tok[i + 2][1])
                i += 3
                continue
        out.append(w_piece(pc, R, mode, slip=(i == slip_at)))
        i += 1
    return " ".join(out)


def sentence(text, R, end_p=0.5):
    text = text.strip()
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    if text[-1:] not in ".?!:" and R.random() < end_p:
        text += "."
    return text


def fuzzy_text(pl, R):
    parts = []
    for n, tok in enumerate(pl):
        if n:
            r = R.random()
            if r < 0.65:
                parts.append("space")
            elif r < 0.8:
                parts.append("space,")
            elif r < 0.88:
                parts[-1] += ","
                parts.append("space,")
            elif r < 0.95:
                parts[-1] += "."
                parts.append("Space.")
            else:
                parts.append("Space")
        parts.append(w_token(tok, R, "fuzzy"))
    text = " ".join(parts)
    # Whisper starts a new sentence after a full stop.
    text = re.sub(r"\. ([a-z])", lambda m: ". " + m.group(1).upper(), text)
    return sentence(text, R, 0.45)


# ---------------------------------------------------------------------------
# 5. Natural speech: openers, fillers, sign-offs.
# ---------------------------------------------------------------------------
OPENERS = [
    ("Tamam, {c}", 3), ("Okay, şey, {c}", 3), ("Quick one, {c}", 2),
    ("Yani, I need {c}", 2), ("Write this: {c}", 2), ("Okay so, {c}", 2),
    ("Hadi, {c}", 2), ("Before the standup, {c}", 1), ("Give me {c}", 2),
    ("Next one, {c}", 2), ("Uh, okay, {c}", 1), ("Şey, the command is {c}", 2),
    ("Tamam tamam, {c}", 1), ("Run this for me, {c}", 2), ("Okay, ıı, {c}", 1),
    ("So, {c}", 1), ("Let's do {c}", 1),
]
SIGNOFFS = [("", 8), ("That's it.", 3), ("Tamam.", 2), ("Okay, send it.", 1),
            ("Hadi.", 1), ("That's all, thanks.", 1), ("Yani, that's it.", 1),
            ("Done.", 1)]
FILLERS = ["şey", "yani", "ıı", "şey", "hani"]
ASIDES = [
    "one sec, Slack again", "ugh, the daily is starting", "this is for the staging box by the way",
    "Murat abi is calling, hold on", "hmm, my coffee is finished", "wait, wait, the meeting link",
    "yani, I hate this VPN", "Jira is down again, whatever", "sorry, the kargo guy is here, one sec",
    "hani the thing from yesterday", "the delivery guy again, sorry",
]


def fill_turkish(template, R):
    for w in ("şey", "Şey", "yani", "Yani", "tamam", "Tamam", "hadi", "Hadi", "ıı"):
        key = w.lower()
        if w in template:
            v = tr(R, key)
            if w[0].isupper():
                v = v[0].upper() + v[1:]
            template = template.replace(w, v, 1)
    return template


def filler(R):
    w = R.choice(FILLERS)
    return tr(R, w)


def needs_space(prev_lit, lit):
    """Kerem says 'space' in natural speech only where the gap is not obvious:
    two numbers side by side, or a token that starts with a dot."""
    if lit.startswith("."):
        return True
    return prev_lit[-1:].isdigit() and lit[:1].isdigit()


def natural_segments(pl, R, with_fillers=True, slip=None, replace=None):
    """One string per token (with its own leading 'space' or filler).
    slip = (token index, piece index); replace = {token index: text}."""
    lits = ["".join(pc[1] for pc in tok) for tok in pl]
    segs, fills = [], 0
    for n, tok in enumerate(pl):
        lead = []
        if n:
            if with_fillers and fills < 2 and R.random() < 0.12:
                lead.append(filler(R) + ",")
                fills += 1
            if needs_space(lits[n - 1], lits[n]):
                lead.append("space")
        if replace and n in replace:
            lead.append(replace[n])
        else:
            lead.append(w_token(tok, R, "natural",
                                slip_at=slip[1] if slip and slip[0] == n else None))
        segs.append(" ".join(lead))
    return segs


def natural_body(pl, R, with_fillers=True):
    return " ".join(natural_segments(pl, R, with_fillers))


def frame(body, R, stutter=False):
    opener = fill_turkish(pick(R, OPENERS), R)
    if stutter:
        first = re.match(r"[^ ,:]+", opener).group(0)
        opener = first + ", " + first.lower() + opener[len(first):]
    text = opener.format(c=body)
    text = sentence(text, R, 0.6)
    so = fill_turkish(pick(R, SIGNOFFS), R)
    if so:
        if text[-1] not in ".?!":
            text += "."
        text += " " + so
    return text


def natural_text(pl, R):
    return frame(natural_body(pl, R), R)


# ---------------------------------------------------------------------------
# 6. Chaotic: corrections, restarts, asides, partial answers.
# ---------------------------------------------------------------------------
EXT_SWAP = {"yaml": "yml", "yml": "yaml", "json": "yaml", "txt": "md", "md": "txt",
            "py": "sh", "sh": "py", "csv": "tsv", "tsv": "csv", "pdf": "png",
            "png": "jpg", "jpg": "png", "gz": "xz", "xz": "gz", "zip": "tar",
            "conf": "cfg", "cfg": "conf", "log": "txt", "html": "md", "js": "ts",
            "ts": "js", "pnm": "ppm", "ppm": "pnm", "pbm": "pgm", "pgm": "pbm",
            "pam": "pnm", "xml": "json", "sql": "csv", "toml": "yaml", "ini": "conf",
            "db": "sql", "iso": "img", "img": "iso", "go": "py", "rs": "go",
            "tar": "zip", "gv": "dot", "mp4": "mkv", "flac": "wav", "wav": "flac"}
FLAG_WORDS = ["verbose", "quiet", "force", "recursive", "help", "output", "json",
              "debug", "version", "format", "name", "file", "delete", "update"]


def other_number(d, R):
    while True:
        n = int(d) + R.choice([1, 2, 8, 10, 100, -1])
        if n >= 0 and str(n) != d:
            return str(n)


def mutate_token(t, R):
    m = re.fullmatch(r"-([A-Za-z])", t)
    if m:
        pool = "abcdefghijklmnopqrstuvwxyz"
        c = m.group(1)
        pool = pool.upper() if c.isupper() else pool
        return "-" + R.choice([x for x in pool if x != c])
    m = re.fullmatch(r"--([a-z][a-z-]*)(=.*)?", t)
    if m:
        return "--" + R.choice([f for f in FLAG_WORDS if f != m.group(1)]) + (m.group(2) or "")
    runs = list(re.finditer(r"\d+", t))
    if runs:
        last = runs[-1]
        return t[:last.start()] + other_number(last.group(0), R) + t[last.end():]
    m = re.search(r"\.([a-z0-9]+)$", t)
    if m and m.group(1) in EXT_SWAP:
        return t[:m.start(1)] + EXT_SWAP[m.group(1)]
    runs = list(re.finditer(r"[A-Za-z]+", t))
    if runs:
        last = runs[-1]
        alt = R.choice([w for w in ALT_WORDS if w != last.group(0).lower()])
        if last.group(0)[0].isupper():
            alt = alt.capitalize()
        return t[:last.start()] + alt + t[last.end():]
    return None


def word_scope(tok, R):
    """Last piece of a token said wrong, then corrected on its own.
    Returns (wrong token literal, right last piece) or None."""
    if len(tok) < 2:
        return None
    last, prev = tok[-1], tok[-2]
    head = "".join(pc[1] for pc in tok[:-1])
    if last[0] == "num":
        return head + other_number(last[1], R), last
    if last[0] == "low" and prev[0] == "sym":
        if prev[1] == "." and last[1] in EXT_SWAP:
            alt = EXT_SWAP[last[1]]
        elif len(last[2]) == 1 and last[2][0][0] == "w":
            alt = R.choice([w for w in ALT_WORDS if w != last[1]])
        else:
            return None
        return head + alt, last
    return None


TOKEN_FIX = ["{w}, {yy}, {r}", "{w}, {p}, I mean {r}", "{w}... no wait, {r}",
             "{w}, {yy}, {r} {ol}", "{w}, {p} {p2}, {r}"]
WORD_FIX = ["{w}, {p}, {r}", "{w}, {yy}, not {x}, {r}", "{w}... {r} {ol}",
            "{w}, {p}, {r} {ol}"]
WHOLE_FIX = ["{w}... {yy}, {bas}. {r}", "{w}, hmm, scratch that, from the top: {r}",
             "{w}. {p}, {bas}: {r}", "{w}, {yy}, wrong one. {r}"]
PARTIAL = ["{h}... {s}, wait, and at the end {t}", "{h}, oh and at the end, {t}",
           "{h}. Ah, one more thing at the end: {t}", "{h}, {s}... and then at the end {t}"]
AFTER_ASIDE = ["", "", "okay, ", "tamam, ", "where was I, "]


def corr_words(R):
    return {"yy": tr(R, "yok yok"), "p": tr(R, "pardon"), "p2": tr(R, "pardon"),
            "ol": tr(R, "olacak"), "bas": tr(R, "baştan"), "s": tr(R, "şey")}


def sayable(tok_lit):
    try:
        return pieces_of(tok_lit) and True
    except ValueError:
        return False


def balanced_cuts(toks):
    """Token boundaries that are not inside a quoted string."""
    cuts = []
    for cut in range(1, len(toks)):
        head = " ".join(toks[:cut])
        if head.count('"') % 2 == 0 and head.count("'") % 2 == 0:
            cuts.append(cut)
    return cuts


def with_aside(segs, R, toks):
    """Insert one aside between two tokens (never inside a correction or a
    quoted string)."""
    cuts = balanced_cuts(toks)
    if not cuts:
        return " ".join(segs)
    cut = R.choice(cuts)
    a = R.choice(ASIDES)
    after = fill_turkish(R.choice(AFTER_ASIDE), R)
    return " ".join(segs[:cut]) + " — " + a + " — " + after + " ".join(segs[cut:])


def chaotic_text(command, pl, R):
    toks = command.split(" ")
    flag_idx = [i for i, t in enumerate(toks)
                if i > 0 and re.fullmatch(r"-[A-Za-z]|--[a-z][a-z-]*(=.*)?", t)]
    any_idx = list(range(1, len(toks)))
    word_idx = [i for i in range(1, len(pl)) if len(pl[i]) >= 2 and (
        pl[i][-1][0] == "num" or (pl[i][-1][0] == "low" and pl[i][-2][0] == "sym" and (
            (pl[i][-2][1] == "." and pl[i][-1][1] in EXT_SWAP)
            or (len(pl[i][-1][2]) == 1 and pl[i][-1][2][0][0] == "w"))))]
    slip_idx = [(i, j) for i, tok in enumerate(pl) for j, pc in enumerate(tok)
                if pc[0] == "sym" and pc[1] in ("-", ".", "_", "/")]
    kinds = []
    if any_idx:
        kinds.append(("token", 4))
    if word_idx:
        kinds.append(("word", 4))
    if slip_idx:
        kinds.append(("slip", 2))
    kinds.append(("whole", 2))
    tail_cuts = [c for c in balanced_cuts(toks) if c >= len(toks) - 2 and c >= 2]
    if len(toks) >= 3 and tail_cuts:
        kinds.append(("partial", 2))
    kind = pick(R, kinds)
    extra = pick(R, [("none", 3), ("restart", 2), ("aside", 3), ("stutter", 2)])
    cw = corr_words(R)
    segs = None
    if kind == "token":
        i = R.choice(flag_idx) if flag_idx and R.random() < 0.7 else R.choice(any_idx)
        wrong = mutate_token(toks[i], R)
        if wrong is None or wrong == toks[i] or not sayable(wrong):
            kind = "whole"
        else:
            wtxt = w_token(pieces_of(wrong), R, "natural")
            rtxt = w_token(pl[i], R, "natural")
            fix = R.choice(TOKEN_FIX).format(w=wtxt, r=rtxt, **cw)
            segs = natural_segments(pl, R, replace={i: fix})
    if kind == "word":
        i = R.choice(word_idx)
        wrong, right = word_scope(pl[i], R)
        wpl = pieces_of(wrong)
        wtxt = w_token(wpl, R, "natural")
        rtxt = w_piece(right, R, "natural")
        xtxt = w_piece(wpl[-1], R, "natural")
        fix = R.choice(WORD_FIX).format(w=wtxt, r=rtxt, x=xtxt, **cw)
        segs = natural_segments(pl, R, replace={i: fix})
    elif kind == "slip":
        segs = natural_segments(pl, R, slip=R.choice(slip_idx))
    if segs is not None:
        body = with_aside(segs, R, toks) if extra == "aside" else " ".join(segs)
    elif kind == "partial":
        k = len(toks) - R.choice(tail_cuts)
        hsegs = natural_segments(pl[:-k], R)
        head = with_aside(hsegs, R, toks[:len(hsegs)]) if extra == "aside" else " ".join(hsegs)
        tail = natural_body(pl[-k:], R, with_fillers=False)
        if needs_space(toks[-k - 1], toks[-k]):
            tail = "space " + tail
        body = R.choice(PARTIAL).format(h=head, t=tail, **cw)
    else:  # whole command
        wrong_toks = list(toks)
        i = R.choice(any_idx) if any_idx else 0
        mt = mutate_token(toks[i], R)
        if mt and mt != toks[i] and sayable(mt):
            wrong_toks[i] = mt
        elif len(toks) > 1:
            del wrong_toks[-1]
        else:
            wrong_toks = [toks[0] + "s"]
        wtxt = natural_body(plan(" ".join(wrong_toks)), R, with_fillers=False)
        rsegs = natural_segments(pl, R)
        rtxt = with_aside(rsegs, R, toks) if extra == "aside" else " ".join(rsegs)
        body = R.choice(WHOLE_FIX).format(w=wtxt, r=rtxt, **cw)
    if extra == "restart" and kind != "whole":
        k = min(len(toks), 1 if len(toks) < 3 else R.choice([1, 2]))
        head = natural_body(pl[:k], R, with_fillers=False)
        body = head + "... " + R.choice(["", tr(R, "tamam") + ", ", tr(R, "şey") + ", "]) + body
    return frame(body, R, stutter=(extra == "stutter"))


# ---------------------------------------------------------------------------
# 7. Choosing commands and writing the file.
# ---------------------------------------------------------------------------
def dictatable(cmd):
    return (cmd.isascii() and "\t" not in cmd and "  " not in cmd and len(cmd) <= 64
            and cmd == cmd.strip() and cmd and "<Enter>" not in cmd)


SELF_CHECK = [
    ("l s space dash l a", "ls -la"),
    ("n c space dash l space eighty eighty", "nc -l 8080"),
    ("ten twenty four space two eighty space three thousand space one hundred",
     "1024 280 3000 100"),
    ("one ninety two dot one sixty eight dot zero dot one", "192.168.0.1"),
    ("zero dot seven space forty two space twenty fifteen", "0.7 42 2015"),
    ("all caps readme dot m d", "README.md"),
    ("all caps x path one", "XPATH1"),
    ("capital v capital box capital manage", "VBoxManage"),
    ("snake case new base space screaming case log level space camel case dry run",
     "new_base LOG_LEVEL dryRun"),
    ("dash dash a l l space o p e n space p o i n t", "--all open point"),
    ("make space two redirect ampersand one space and and space echo", "make 2>&1 && echo"),
    ("git space commit space dash m space quote fix space typo quote",
     'git commit -m "fix typo"'),
    ("cat space dot e n v space pipe space grep space single quote foo single quote",
     "cat .env | grep 'foo'"),
    ("echo space append space tilde slash notes dot t x t", "echo >> ~/notes.txt"),
]


def self_check():
    for text, cmd in SELF_CHECK:
        assert decode(text) == cmd, (text, decode(text), cmd)
        planned = clean_plan(cmd)
        assert planned is not None and decode(planned[1]) == cmd, cmd


def main():
    self_check()
    with open(POOL, encoding="utf-8") as f:
        pool = [json.loads(line) for line in f]
    R = random.Random(101)
    allowed, seen = [], set()
    for n, rec in enumerate(pool):
        cmd = rec["command"]
        if n % 3 != 1 or cmd in seen or not dictatable(cmd):
            continue
        cp = clean_plan(cmd)
        if cp is None or len(cp[1].split()) > 48:
            continue
        seen.add(cmd)
        allowed.append(cmd)
    R.shuffle(allowed)
    chosen, per_first = [], {}
    for cmd in allowed:
        fw = cmd.split(" ")[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            pl, clean = clean_plan(cmd)
            if name == "clean":
                assert decode(clean) == cmd, (clean, cmd)
                assert re.fullmatch(r"[a-z]+( [a-z]+)*", clean), clean
                text = clean
            elif name == "fuzzy":
                text = fuzzy_text(pl, R)
            elif name == "natural":
                text = natural_text(pl, R)
            else:
                text = chaotic_text(cmd, pl, R)
            rows.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
