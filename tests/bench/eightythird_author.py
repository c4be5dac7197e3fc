"""Author 83: Siobhan's dictation protocol -- a style guide and a generator.

Writes assets/training/bash/author83.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <exact command>, "slice": ..., "author": "author83"},
100 per slice, in the order clean, fuzzy, natural, chaotic.

Source commands come from assets/training/bash/pages_dev50_commands.jsonl, which was drawn
from tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0; thanks and credit
to the tldr-pages authors. Only pool lines whose 0-based number is a multiple of 4 are used,
at most two commands share a first word, and each slice gets different commands.

Run:  cd /work/main && python3 tests/bench/eightythird_author.py
Everything is drawn from one random.Random(8308), consumed in a fixed order, so reruns are
byte-identical.


THE SPEAKER
===========
Siobhan is an embedded-systems engineer from Cork. She spends her days at a bench full of
dev boards, a scope and a serial console, and she dictates shell commands into Whisper with a
spoken protocol she drilled into herself after one too many bricked boards. She is careful,
a bit dry, and Irish in her numbers and her symbol names: it is "full stop", never "period";
"brackets" are round ones; quotes are "inverted commas"; "oh" for a nought inside a port,
an address or a version.


THE LISTENER'S RULES (how to rebuild the command from a clean line)
===================================================================
1. Glue by default. Everything she says is written down with nothing in between. A space in
   the command exists only where she says the word "space" (once per blank). So
   "who needs" is "whoneeds", "p n m to palm" is "pnmtopalm", "docs forward slash" is "docs/".
2. Plain words are written exactly as spelled, lower case: "docker", "notes", "lodash".
3. Single letters ("t x t", "p n m") are one letter each: "t x t" is "txt".
4. NATO words are single letters: alpha bravo charlie delta echo foxtrot golf hotel india
   juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor
   whiskey xray yankee zulu.  "minus alpha" is "-a".
5. "capital" makes the first letter of the next word or letter upper case:
   "capital v capital box capital manage" is "VBoxManage"; "capital foxtrot" is "F".
   "all caps" makes the whole next word upper case: "all caps readme" is "README".
6. "the word" escapes: the next single word is literal text even if it is a protocol word.
   "the word alpha" is "alpha" (not "a"), "the word one" is "one", "the word dash" is "dash".
   "capital the word hash" is "Hash".
7. Symbols (each is one character; multi-word names are said in full):
      minus  -   (a hyphen at the start of a token: flags, "-" on its own)
      dash   -   (a hyphen inside a token: "list dash jobs")
      dot    .   (between two letters or digits: "notes dot t x t", "one dot oh")
      full stop .  (a dot with no letter or digit on one side: ". index", "one full stop
                   full stop two", "data forward slash full stop")
      forward slash /      back slash \\       star *        hash #
      at sign @            equals =            colon :       semicolon ;
      open brackets (      close brackets )
      open square brackets [       close square brackets ]
      open curly brackets {        close curly brackets }
      pipe |               greater than >      less than <   ampersand &
      tilde ~              caret ^             dollar $      percent %
      plus +               comma ,             underscore _
      inverted commas "  (the same words open and close a double-quoted string)
      apostrophe '         question mark ?     exclamation mark !      backtick `
8. Numbers: a run of number words is one run of digits, read chunk by chunk, left to right:
      - "zero" or "oh" is 0 ("zero" for a nought standing alone, "oh" for one inside a number,
        an address or a version: "one dot oh", "two oh nine", "eighty oh eight").
      - "one" .. "nine" is one digit; "ten" .. "nineteen" is two digits.
      - "twenty" .. "ninety", optionally followed by "one" .. "nine", is two digits.
      - A chunk followed by "hundred", "thousand" or "million" is multiplied; after
        "hundred" or "thousand" an "and" adds the rest: "two thousand and twenty" is 2020,
        "four hundred" is 400, "twenty five hundred" is 2500, "ten million" is 10000000.
      - Chunks are written side by side: "ten twenty four" is 1024, "eighty eighty" is 8080,
        "fifty four thirty two" is 5432, "one twenty seven dot oh dot oh dot one" is
        127.0.0.1, "nine eighty seven" is 987, "two seven oh one five" is 27015.
   How she says a number (so the listener knows what to expect):
      1 digit: its name; 2 digits: "ten", "sixteen", "forty two", "oh five";
      3 digits: "X hundred" for round hundreds, otherwise digit then pair ("four forty three",
      "seven twenty", "two oh nine");
      4 digits: "X thousand" for round thousands, "two thousand and N" for 2001-2030 (years),
      "N hundred" for round hundreds ("eleven hundred"), otherwise two pairs ("ten twenty
      four", "ninety fifty", "twenty forty eight"); 5+ digits: "N million" when round,
      otherwise digit by digit with "oh" for nought.


WHAT SHE SAYS AS A WORD AND WHAT SHE SPELLS
===========================================
* A word anyone can pronounce is said as a word ("docker", "kustomization", "asciiquarium").
* A compound is said as its parts, glued by rule 1: "airshare" -> "air share",
  "repoquery" -> "repo query", "dockerd" -> "docker d", "bzgrep" -> "b z grep".
* Abbreviations and consonant clusters are spelled with plain letters: "t x t", "p d f",
  "s s h", "n x c", "system c t l", "p n m to palm", "i three status".
* A camelCase or capitalised part gets "capital" on its first letter; an all-caps word she can
  pronounce gets "all caps" ("all caps todo", "all caps wine all caps prefix"); an all-caps
  abbreviation is spelled with "capital" on every letter ("capital c capital m capital d").
* Short flags -- one dash then one or two letters (or three that are not a word), maybe
  digits or "=" after -- are spelled in NATO: "-d" "minus delta", "-tT" "minus tango capital
  tango", "-Sm" "minus capital sierra mike", "-v3" "minus victor three", "-of=x" "minus oscar
  foxtrot equals x", "-cou" "minus charlie oscar uniform"; but "-out" is "minus out". Long
  flags are words: "--help" is "minus minus help". Letters elsewhere are plain ("k six").
* Any literal word that collides with her protocol (a NATO word, a number word, a symbol
  word such as "dash" or "pipe", "space", "capital", "and", or the start of a multi-word name
  such as "at" before "sign") is preceded by "the word".


HER NATURAL-SPEECH HABITS
=========================
* Framing: "right so", "okay so", "can you run", "would you ever run", "pop this in",
  "stick this in the terminal", "next one is", "go on and run"; sign-offs: "cheers",
  "grand", "sound", "thanks a million", "that's the lot", "and hit enter".
* Fillers: "em", "eh", "like", at the gaps between tokens.
* When relaxed she keeps saying "space" (the habit is drilled in) except right before a
  flag, where the "minus" already marks the new token, so she often drops it.
* Loose symbol names when relaxed: "slash" for forward slash, "dot" for full stop, "point"
  between numbers, "quote"/"quotes" for inverted commas, "single quote" for apostrophe,
  "asterisk" for star, "double minus" for a leading "minus minus", "hyphen" for an inner
  dash, "equal", "redirect to" for greater than, "pipe that into", "squiggle" for tilde,
  "upper case" for capital, "in caps" after an all-caps word. Plain letters instead of NATO
  now and then. Numbers come out as digits.
* A stand-alone pipe or redirect may come out as "pipe that into" or "redirect to", and then
  the spaces around it go unsaid.
* Corrections: "no wait, I mean", "sorry, no,", "ah no, scratch that,", "I mean", "no,
  sorry," -- always the wrong bit, the phrase, then the right bit again (one word, number,
  letter or slash). Restarts: "ah hang on, let me start that again:", "no, sorry, from the
  top:", "wait, I've made a hames of that, start again:" followed by the whole command.
  Asides about the bench ("The board's rebooting, never mind.") are separate sentences, never
  part of the command, and she picks up again with "Anyway,". A stammered word comes out
  twice with a comma ("test, test"); it is only typed once. Long framing sets the scene
  ("Right, this one's for the flashing rig on the bench ...") before the usual opener.


THE SLICES
==========
clean   : the strict protocol above, lower case, no punctuation, only the command.
fuzzy   : the same protocol as Whisper wrote it: sentence capitals and stray commas or a full
          stop, NATO names capitalised ("Sierra", "whisky", "X-ray"), numbers as digits
          ("1024", "127.0.0.1"), words joined or split ("forwardslash", "node group" ->
          "nodegroup"), homophones ("pseudo" for sudo, "Jason" for json, "see" for c,
          "tree" for three, "carrot" for caret, "tilda" for tilde), "dot com" as ".com",
          and now and then a variant symbol name ("slash", "asterisk").
natural : her relaxed speech as Whisper wrote it: framing, fillers, loose symbol names,
          digits, sentence punctuation, sign-offs.
chaotic : natural plus corrections, restarts, asides, a word said twice and long framing;
          a careful human can still recover the command.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev50_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author83.jsonl"
AUTHOR = "author83"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_LEN = 72
MAX_SPOKEN = 60

# --------------------------------------------------------------------------- vocabulary

NATO = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "i": "india", "j": "juliett", "k": "kilo", "l": "lima",
    "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
    "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
    "y": "yankee", "z": "zulu",
}
NATO_REV = {v: k for k, v in NATO.items()}

DIGIT_WORDS = {
    "0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine",
}
UNIT_VAL = {DIGIT_WORDS[str(d)]: d for d in range(1, 10)}
TEEN_WORDS = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TENS_WORDS = {
    "2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy",
    "8": "eighty", "9": "ninety",
}
TENS_VAL = {w: int(k) * 10 for k, w in TENS_WORDS.items()}
NUM_START = {"zero", "oh"} | set(UNIT_VAL) | set(TEEN_VAL) | set(TENS_VAL)
NUM_WORDS = NUM_START | {"hundred", "thousand", "million", "and"}

SYMBOLS = {
    "/": "forward slash", "\\": "back slash", "*": "star", "#": "hash", "@": "at sign",
    "=": "equals", ":": "colon", ";": "semicolon", "(": "open brackets",
    ")": "close brackets", "[": "open square brackets", "]": "close square brackets",
    "{": "open curly brackets", "}": "close curly brackets", "|": "pipe", ">": "greater than",
    "<": "less than", "&": "ampersand", "~": "tilde", "^": "caret", "$": "dollar",
    "%": "percent", "+": "plus", ",": "comma", "_": "underscore", '"': "inverted commas",
    "'": "apostrophe", "?": "question mark", "!": "exclamation mark", "`": "backtick",
}
# Every spoken name the listener maps to a character (both names for "-" and ".").
PHRASES = {tuple(name.split()): ch for ch, name in SYMBOLS.items()}
PHRASES.update({("minus",): "-", ("dash",): "-", ("dot",): ".", ("full", "stop"): "."})
CONTROL = [("the", "word"), ("all", "caps"), ("capital",), ("space",)]
ALL_PHRASES = sorted(list(PHRASES) + CONTROL, key=lambda p: (-len(p), p))
SINGLE_VOCAB = {p[0] for p in ALL_PHRASES if len(p) == 1} | NUM_WORDS | set(NATO_REV)

# Words she says as words (also the pieces compounds are split into).
LEX = set("""
absorb access account acme act activate add address admin advisor age agent ago air alice all
allow analytics ansible anthropic app append apply approve apt arch archive args argument arm
as ascii asia assembly at attach attached audit author auto autoconnect azure backup bacon
bangkok bank bar base basename bash baud beet bin binary bind bitcoin bitrate blend blender
bob bold boolean box brew browser build builddep bully bun burn cache cal candidates
capitalize cargo case cask cat catalog catchup chain changeme channel channels chars chat
check checkout children chisel chown chroot class clang claude clean clear client clipboard
clone cluster code coin color colors column columns com commit compare compile complete
compress compute conda conf config configuration console contacts container controller
convert cookies copy core correct corrupted cost count coverage coveralls cradle crane
create critique cron crypt curl daemon data databases dataset date debug decompress
dedicated default delay delete deluge deploy deps desc describe description dev develop
developers device diagnostics dictionary diff difficulty digest dijkstra dir directory
disable disk dismiss display distribution doc docker dockerfile docs document dolt domain
done dotnet download drive drop dump dust edge edit elastic elvish email empty emulator
enabled encoded encoding engine enter entry enum env error europe eval example exec
executable execute exists exit exo export express ext extended extension extensions extra
extract false favicon feature fetch fiasco fields file filename files find fisher flac flask
flavor flips flowers flux focused fold follow font foo format formation fossil frame fresh
from fullscreen func function funnel fuzz gadget gain gallery game gem gemini generate genie
gen geometry get gif git github gitignore gitlab global go graph grep group gum harvester
head header hello helm help highlight hist home host hostess hostname hotkey human hunter
hurl hydra icon ident identity ignore image imager import imports in include increment
indent index info inhibit init initial initialize initrd input inspect install instance
interactive internal into inverse invert is island issue jar java jess jira jobs joe john
jump just kafka kaggle kate kernel key keyfile keyscan kill killall kismet kustomization
label lang latest launch layout length level lib limit limited line link lint linux list
local localhost location lock lodash log login logout logs look loop machine magick main
make man manage managed manager manifest map mask match max member menu message messages
messaging method micro middleman minute missing mix model modem module monitor more moro
mount move mumble my name need needed needs nest net new nginx no node not note notes now
numeric object of off offset old on onion open option or ordered orders org origin out
outdated output owner package pacman palm pane parser particle password patch path pattern
pentest photo pig pin pink plasma playback playbin plugin port post postgres posts prefix
print printf priority private prod profile project projects prompt property props proto
proxy public pull push python quarterly query queue queues quiet quota rails rake ram rand
rate ratio read readable readme rebase rebuild receiver reconfigure record recursive refresh
regex registry release reload remote remove rename render repair replace repo report repos
repository request requests requires resample resend reset resize resolution restart restore
return reuse rev reverse revert revision rewrite rip role rollback root round ruff run
runtime rust safe salt sample sass save scale scan scene schema script search secret select
send sender server service set setup share sharing shell shooter show side sides siege
silent site size skip skyline slim slot slurp snapshot socket socks sonnet sort source
sparsify split sponge stack staff standard start state stats status steam stop storage
store strict style sub subdomain sudo sum swap switch sync syntax system tabs tag tar
tarball target task tee terminal test testbed text the threads time timeout to todo toilet
token tool toolbox toolchain toto trace track tree trending true trusted try tunnel type
typescript ubuntu uncrustify unit units unlock unset untrusted unzip up update upgrade
upload upstream uptime use user username users using vagrant validate value verbose
verbosity verify version versions video videos view viewer virtual volumes warning warnings
watch water web webapp website week west wheel whence white who whoami why width wiggle
wiki will willneeded windows wine with wordlist work world wormhole wrapper write yank yarn
you zone zones cloud command bonsai zip json yaml toml logo cash gnu keep pass noise nord
shark tile teddy top passwd latex gdal emacs checker subscriber cups rabbit prop smooth
mercator dim pam spawn tor knot cheat con win mat iso foot delta lock pick bear merge kee
mozilla stat
""".split())

# Abbreviations she always spells with plain letters.
SPELL = set("""
aa aapt adb apk api arn ast avc aws az bc bd bfg bq bs bz cbus cf cfg cli cmd cpp cpu cs css
csv ctl cu db dbus dd des dhcp dl dll dns dnf dpi dpkg dsa dtb dtc dtd dts dvc ecdsa ed eks
err eth fc fd fps fs gb gc gcc gh ghc gpg gpkg gst gtk gv gz hd hf hg hs html http https ia
id ide il io ip jq js jj kde kr lj ll lli llvm lp lpr ls lsb lt lv lxc lz md mk mkfs mkv mp
mpg mqtt ms mv mvn ncu ng nh npm ntfs ntp nvcc nxc pbm pcd pct pdf pg pgm php pid pkg pm
png pnm pnpx ppa ppc ppm pr ps pw py qm rc rcs rdp rgb rm rpc rpm rsa rsh sc scp sd sda sdb
sdk sf sg sgi sh sha shp sms sql src ss ssh st svg tb tc tcp tdf tga tif tlmgr tmp ts tty
txt ui udp udid uri url urls us usb uv vcs vg vgs vlc vm vnc vpn vrf vrt wg www xdg xml xxd yml
smb
""".split())

CONSONANT_START_OK = ("chr", "sch", "scr", "spl", "spr", "str", "thr", "shr", "squ")

# --------------------------------------------------------------------------- numbers


def _pair(xy):
    x, y = xy
    if x == "0":
        return ["oh", DIGIT_WORDS[y]]
    if x == "1":
        return [TEEN_WORDS[int(y)]]
    if y == "0":
        return [TENS_WORDS[x]]
    return [TENS_WORDS[x], DIGIT_WORDS[y]]


def _small(n):
    """Words for 1..99."""
    return [DIGIT_WORDS[str(n)]] if n < 10 else _pair(f"{n:02d}")


def say_number(d, lone):
    """How Siobhan says the digit string d ("lone": a nought standing on its own)."""
    n = len(d)
    if n == 1:
        if d == "0":
            return ["zero" if lone else "oh"]
        return [DIGIT_WORDS[d]]
    if d[0] == "0":
        return [DIGIT_WORDS[c] for c in d]
    v = int(d)
    if n == 2:
        return _pair(d)
    if n == 3:
        if d[1:] == "00":
            return [DIGIT_WORDS[d[0]], "hundred"]
        return [DIGIT_WORDS[d[0]]] + _pair(d[1:])
    if n == 4:
        if d[1:] == "000":
            return [DIGIT_WORDS[d[0]], "thousand"]
        if 2001 <= v <= 2030:
            return ["two", "thousand", "and"] + _small(v - 2000)
        if d[2:] == "00":
            return _pair(d[:2]) + ["hundred"]
        return _pair(d[:2]) + _pair(d[2:])
    if v % 1_000_000 == 0 and 1 <= v // 1_000_000 <= 99:
        return _small(v // 1_000_000) + ["million"]
    return [DIGIT_WORDS[c] for c in d]


def _parse_number(words, i):
    """Read one chunk of number words at words[i]; return (digits, next index)."""
    n = len(words)
    w = words[i]
    if w in ("zero", "oh"):
        return "0", i + 1
    if w in UNIT_VAL:
        v = UNIT_VAL[w]
        i += 1
    elif w in TEEN_VAL:
        v = TEEN_VAL[w]
        i += 1
    else:
        v = TENS_VAL[w]
        i += 1
        if i < n and words[i] in UNIT_VAL:
            v += UNIT_VAL[words[i]]
            i += 1
    for mult, scale in (("hundred", 100), ("thousand", 1000), ("million", 1_000_000)):
        if i < n and words[i] == mult:
            v *= scale
            i += 1
            if scale < 1_000_000 and i + 1 < n and words[i] == "and" and words[i + 1] in NUM_START:
                rest, j = _parse_number(words, i + 1)
                if int(rest) < scale:
                    v += int(rest)
                    i = j
            break
    return str(v), i


# --------------------------------------------------------------------------- the listener


def decode(text):
    """Rebuild a command from a clean line, using only the listener's rules above."""
    words = text.split()
    out = []
    mode = None
    i = 0
    n = len(words)

    def emit(s):
        nonlocal mode
        if mode == "cap":
            s = s[:1].upper() + s[1:]
        elif mode == "upper":
            s = s.upper()
        mode = None
        out.append(s)

    while i < n:
        w = words[i]
        if w == "space":
            out.append(" ")
            i += 1
            continue
        if w == "the" and i + 2 < n and words[i + 1] == "word":
            emit(words[i + 2])
            i += 3
            continue
        if w == "all" and i + 1 < n and words[i + 1] == "caps":
            mode = "upper"
            i += 2
            continue
        if w == "capital":
            mode = "cap"
            i += 1
            continue
        matched = False
        for p in ALL_PHRASES:
            if p in PHRASES and tuple(words[i:i + len(p)]) == p:
                out.append(PHRASES[p])
                i += len(p)
                matched = True
                break
        if matched:
            continue
        if w in NATO_REV:
            emit(NATO_REV[w])
            i += 1
        elif w in NUM_START:
            digits, i = _parse_number(words, i)
            emit(digits)
        else:
            emit(w)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------- the speaker


def pronounceable(run):
    if len(run) < 3 or not re.search(r"[aeiouy]", run):
        return False
    if re.search(r"[^aeiouy]{4}", run):
        return False
    m = re.match(r"[^aeiouy]+", run)
    if m and len(m.group()) >= 3 and not run.startswith(CONSONANT_START_OK):
        return False
    return not (m and len(m.group()) == 2 and m.group()[1] not in "hlrw"
                and m.group() not in ("sk", "sm", "sn", "sp", "st", "sc", "tw", "dw"))


def segment(run):
    """Split a lower-case letter run into spoken pieces: ("w", word) or ("l", letter)."""
    if run in LEX:
        return [("w", run)]
    if run in SPELL or len(run) <= 2:
        return [("l", c) for c in run]
    n = len(run)
    best = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, pieces = best[i]
        for j in range(i + 1, n + 1):
            sub = run[i:j]
            options = []
            if len(sub) >= 2 and sub in LEX:
                options.append((1.6 if sub in SINGLE_VOCAB else 1.0, [("w", sub)]))
            if sub in SPELL:
                options.append((1.0 + 0.15 * len(sub), [("l", c) for c in sub]))
            if j == i + 1:
                options.append((1.3, [("l", sub)]))
            for c, p in options:
                cand = (cost + c, pieces + p)
                if best[j] is None or cand[0] < best[j][0]:
                    best[j] = cand
    pieces = best[n][1]
    spelled = _spelled_letters(pieces)
    lex = [val for kind, val in pieces if kind == "w"]
    if lex and (spelled == 0 or (spelled <= 1 and min(map(len, lex)) >= 3)):
        return pieces
    if pronounceable(run):
        return [("w", run)]
    return pieces


def _spelled_letters(pieces):
    """How many letters of the segmentation are lone letters (not part of an abbreviation)."""
    count = 0
    i = 0
    while i < len(pieces):
        if pieces[i][0] == "w":
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j][0] == "l":
            j += 1
        letters = "".join(v for _, v in pieces[i:j])
        count += 0 if _all_spell(letters) else len(letters)
        i = j
    return count


def _all_spell(letters):
    """True if a letter run is one or more whole abbreviations back to back."""
    if not letters:
        return True
    return any(letters[:k] in SPELL and _all_spell(letters[k:]) for k in range(2, len(letters) + 1))


CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
PIECE = re.compile(r"[A-Za-z]+|[0-9]+|.")
SHORT_FLAG = re.compile(r"-([A-Za-z]{1,3})(?=[0-9=]|$)")


def _letter_items(run, nato):
    items = []
    for part in CAMEL.findall(run):
        low = part.lower()
        if nato:
            for c in part:
                items.append({"k": "let", "c": c.lower(), "cap": c.isupper(), "nato": True})
            continue
        pieces = segment(low)
        if part.isupper() and len(part) > 1:
            for kind, val in pieces:
                if kind == "w":
                    items.append({"k": "word", "w": val, "case": "upper"})
                else:
                    items.append({"k": "let", "c": val, "cap": True, "nato": False})
            continue
        first_cap = part[0].isupper()
        for idx, (kind, val) in enumerate(pieces):
            cap = first_cap and idx == 0
            if kind == "w":
                items.append({"k": "word", "w": val, "case": "cap" if cap else ""})
            else:
                items.append({"k": "let", "c": val, "cap": cap, "nato": False})
    return items


def encode_items(command):
    """The command as a list of spoken items (each with its clean words under "say")."""
    items = []
    tokens = command.split(" ")
    for t_index, token in enumerate(tokens):
        if t_index:
            items.append({"k": "sp", "before": tokens[t_index - 1], "after": token})
        flag = None if token.startswith("--") else SHORT_FLAG.match(token)
        if flag and len(flag.group(1)) == 3 and flag.group(1).lower() in LEX:
            flag = None  # "-out" is said as a word
        pieces = PIECE.findall(token)
        pos = 0
        lead = True
        for p_index, piece in enumerate(pieces):
            start = pos
            pos += len(piece)
            prev = token[start - 1] if start else ""
            nxt = token[pos] if pos < len(token) else ""
            if piece == "-":
                items.append({"k": "sym", "ch": "-", "name": "minus" if lead else "dash"})
                continue
            lead = False
            if piece == ".":
                name = "dot" if prev.isalnum() and nxt.isalnum() else "full stop"
                items.append({"k": "sym", "ch": ".", "name": name})
            elif piece.isdigit():
                lone = prev != "." and nxt != "."
                items.append({"k": "num", "d": piece, "lone": lone})
            elif piece.isalpha():
                nato = flag is not None and p_index == 1
                for it in _letter_items(piece, nato):
                    it["tok"] = t_index
                    items.append(it)
            else:
                items.append({"k": "sym", "ch": piece, "name": SYMBOLS[piece]})
        for it in items:
            it.setdefault("tok", t_index)
    _attach_clean(items)
    return items


def _base_words(it):
    k = it["k"]
    if k == "sp":
        return ["space"]
    if k == "sym":
        return it["name"].split()
    if k == "num":
        return say_number(it["d"], it["lone"])
    if k == "let":
        return (["capital"] if it["cap"] else []) + [NATO[it["c"]] if it["nato"] else it["c"]]
    prefix = {"": [], "cap": ["capital"], "upper": ["all", "caps"]}[it["case"]]
    return prefix + [it["w"]]


def _attach_clean(items):
    """Fill it["say"]; add "the word" before literal words that clash with the protocol."""
    for it in items:
        it["say"] = _base_words(it)
        it["esc"] = False
    flat = [w for it in items for w in it["say"]]
    pos = 0
    for it in items:
        size = len(it["say"])
        if it["k"] == "word":
            w = it["w"]
            at = pos + size - 1
            clash = w in SINGLE_VOCAB
            for p in ALL_PHRASES:
                if len(p) > 1 and tuple(flat[at:at + len(p)]) == p:
                    clash = True
            if clash:
                it["esc"] = True
                it["say"] = it["say"][:-1] + ["the", "word", w]
        pos += size


def clean_text(items):
    return " ".join(w for it in items for w in it["say"])


# --------------------------------------------------------------------------- Whisper slips

LETTER_SOUNDS = {
    "b": "be", "c": "see", "i": "eye", "j": "jay", "k": "kay", "p": "pee", "q": "queue",
    "r": "are", "t": "tea", "u": "you", "x": "ex", "y": "why",
}
WORD_HOMOPHONES = {
    "sudo": "pseudo", "json": "Jason", "three": "tree", "four": "for", "two": "to",
    "caret": "carrot", "tilde": "tilda", "whiskey": "whisky", "xray": "X-ray",
    "juliett": "Juliet", "alpha": "Alfa", "yaml": "YAML", "nginx": "engine X", "cron": "Cron",
    "commas": "comas", "hunter": "Hunter", "bob": "Bob", "alice": "Alice",
}
PROPER = {
    "python": "Python", "docker": "Docker", "github": "GitHub", "ubuntu": "Ubuntu",
    "linux": "Linux", "java": "Java", "asia": "Asia", "bangkok": "Bangkok", "europe": "Europe",
    "azure": "Azure", "gitlab": "GitLab", "postgres": "Postgres", "windows": "Windows",
    "claude": "Claude", "anthropic": "Anthropic", "gemini": "Gemini", "kafka": "Kafka",
}
FUZZY_SYMBOL = {
    "forward slash": ["forward-slash", "forwardslash", "slash", "Forward slash"],
    "back slash": ["backslash", "back-slash"],
    "full stop": ["full-stop", "fullstop", "dot"],
    "dot": ["Dot"],
    "star": ["asterisk", "Star"],
    "hash": ["hashtag", "Hash"],
    "at sign": ["at-sign", "@ sign", "at"],
    "inverted commas": ["inverted comas", "inverted-commas", "quote"],
    "greater than": ["greater-than", "greater then"],
    "less than": ["less-than", "less then"],
    "underscore": ["under score", "Underscore"],
    "equals": ["equal", "Equals"],
    "pipe": ["Pipe", "pipe,"],
    "open brackets": ["open bracket", "open-brackets"],
    "close brackets": ["close bracket", "closed brackets"],
    "caret": ["carrot"],
    "tilde": ["tilda", "Tilde"],
    "apostrophe": ["apostrophe,", "Apostrophe"],
    "colon": ["colon,", "Colon"],
    "minus": ["Minus", "Minus", "minus,"],
    "dash": ["Dash", "hyphen"],
}


def _cap_first(s):
    return s[:1].upper() + s[1:]


def _digits_or_words(it, rng, p_digits):
    if rng.random() < p_digits:
        return it["d"]
    words = list(it["say"])
    if rng.random() < 0.3:
        words = [WORD_HOMOPHONES.get(w, w) if w in ("three", "four") else w for w in words]
    return " ".join(words)


def _split_compound(w):
    """A plain word Whisper may hear as two ("wordlist" -> "word list"), or None."""
    for cut in range(3, len(w) - 2):
        left, right = w[:cut], w[cut:]
        if left in LEX and right in LEX and not ({left, right} & SINGLE_VOCAB):
            return f"{left} {right}"
    return None


def render_fuzzy(items, rng):
    frags = []  # (text, glue): glue means Whisper wrote it onto the previous fragment
    n = len(items)
    # Each run of spelled letters is written one way: "p n m", "P N M" or "PNM"/"pnm".
    letter_style = {}
    i = 0
    while i < n:
        if not _plain_letter(items[i]):
            i += 1
            continue
        j = i
        while j < n and _plain_letter(items[j]) and items[j]["tok"] == items[i]["tok"]:
            j += 1
        r = rng.random()
        if r < 0.25:
            style = "upper"
        elif r < 0.4 and j - i >= 2:
            joined = "".join(items[m]["c"] for m in range(i, j))
            style = "joined:" + (joined.upper() if rng.random() < 0.5 else joined)
            for m in range(i + 1, j):
                letter_style[m] = "skip"
        else:
            style = "lower"
        letter_style[i] = style
        if style != "lower" and not style.startswith("joined"):
            for m in range(i + 1, j):
                letter_style[m] = style
        i = j
    for idx, it in enumerate(items):
        k = it["k"]
        r = rng.random()
        glue = False
        if k == "sp":
            text = "space," if r < 0.1 else ("Space" if r < 0.14 else "space")
        elif k == "sym":
            name = it["name"]
            nxt = items[idx + 1] if idx + 1 < n else {}
            if name in FUZZY_SYMBOL and r < 0.2:
                text = rng.choice(FUZZY_SYMBOL[name])
            elif name == "minus" and nxt.get("name") == "minus" and r < 0.35:
                text = "minus-"
            else:
                text = name
        elif k == "num":
            text = _digits_or_words(it, rng, 0.8)
        elif k == "let":
            say = list(it["say"])
            last = say[-1]
            if it["nato"]:
                if r < 0.25:
                    last = WORD_HOMOPHONES.get(last, last)
                elif r < 0.7:
                    last = "X-ray" if last == "xray" else _cap_first(last)
            elif letter_style.get(idx) == "skip":
                frags.append(("", True))
                continue
            elif letter_style.get(idx, "").startswith("joined"):
                last = letter_style[idx].split(":")[1]
            elif r < 0.08:
                last = LETTER_SOUNDS.get(last, last)
            elif letter_style.get(idx) == "upper":
                last = last.upper()
            say[-1] = last
            text = " ".join(say)
        else:
            say = list(it["say"])
            w = say[-1]
            prev = items[idx - 1] if idx else {}
            if w in WORD_HOMOPHONES and r < 0.5:
                w = WORD_HOMOPHONES[w]
            elif w in PROPER and r < 0.7:
                w = PROPER[w]
            elif r > 0.75 and _split_compound(w):
                w = _split_compound(w)
            elif (r > 0.6 and prev.get("k") == "word" and not it["esc"] and not prev["esc"]
                  and it["case"] == "" and prev["case"] == ""
                  and frags and frags[-1][0] == prev["w"]):
                glue = True
            say[-1] = w
            if say[:2] == ["all", "caps"] and rng.random() < 0.4:
                say = ["all-caps"] + say[2:]
            text = " ".join(say)
        frags.append((text, glue))
    text = ""
    for frag, glue in frags:
        if frag:
            text += frag if glue or not text else " " + frag
    # Whisper's own formatting: "dot com" -> ".com", dotted numbers written as digits.
    if rng.random() < 0.6:
        text = re.sub(r"\b([a-z]+) dot (com|py|txt|json|sh|org|net|io|yaml|log)\b", r"\1.\2", text)
    if rng.random() < 0.6:
        while re.search(r"\b(\d+) dot (\d+)\b", text):
            text = re.sub(r"\b(\d+) dot (\d+)\b", r"\1.\2", text)
    text = _cap_first(text)
    r = rng.random()
    if r < 0.55:
        text += "."
    elif r < 0.65:
        text += "?"
    return text.replace(" ,", ",").replace(",,", ",").replace(",.", ".")


# --------------------------------------------------------------------------- relaxed speech

NATURAL_SYMBOL = {
    "forward slash": ["slash", "slash", "slash", "forward slash"],
    "full stop": ["dot", "dot", "full stop"],
    "inverted commas": ["quote", "quotes", "inverted commas"],
    "apostrophe": ["single quote", "single quote", "apostrophe"],
    "star": ["asterisk", "star"],
    "greater than": ["greater than", "greater than sign"],
    "tilde": ["tilde", "tilde", "squiggle"],
    "equals": ["equals", "equal", "equals sign"],
    "open brackets": ["open brackets", "open bracket"],
    "close brackets": ["close brackets", "close bracket"],
    "underscore": ["underscore", "under score"],
    "hash": ["hash", "hash sign"],
    "dollar": ["dollar", "dollar sign"],
    "back slash": ["back slash", "backslash"],
    "dash": ["dash", "dash", "hyphen"],
    "colon": ["colon"],
}
OPENERS = [
    "Right so, can you run", "Okay so,", "Can you type", "Would you ever run",
    "Go on and run", "Grand, the next one is", "So the command is", "Type this for me:",
    "Right, I need", "Okay, em, run", "Pop this in:", "Next up,", "Could you run",
    "Stick this in the terminal:", "Right,", "Okay so the next one,", "Em, run",
]
QUESTION_OPENERS = {"Right so, can you run", "Can you type", "Would you ever run", "Could you run"}
SIGNOFFS = [
    "Cheers.", "Thanks.", "That's it.", "Grand.", "Thanks a million.", "Sound.",
    "And hit enter.", "That's the lot.", "Go on.",
]
FILLERS = ["em,", "eh,", "like,", "em,"]
CONTEXTS = [
    "Right, this one's for the flashing rig on the bench, the one beside the scope.",
    "Okay so I'm still on the build server in the lab, bear with me.",
    "So Declan asked me to sort this out before the stand-up, and I said I would.",
    "Right, the board's after resetting itself again, so we'll try this.",
    "Okay, em, I'm on the serial console at the minute, don't mind the beeping.",
    "So this is the one for the nightly job, the one that keeps falling over.",
    "Right, so, I've a coffee in one hand here, bear with me.",
    "Okay, the test jig is finally talking to us, so next thing.",
    "Right so, it's for the release branch, the one Aoife set up.",
    "Em, so this is a bit of a long one, sorry.",
]
ASIDES = [
    "Hang on, the kettle's boiling. Okay, where was I, yeah.",
    "Sorry, someone's at the door of the lab. Right.",
    "Hold on till I check me notes. Yeah, okay.",
    "The scope's after beeping at me again, ignore that.",
    "Ah, the board's rebooting, never mind. Go on.",
    "Sorry, Declan's talking to me. Okay.",
]
CORRECTIONS = ["no wait, I mean", "sorry, no,", "ah no, scratch that,", "I mean", "no, sorry,"]
RESTARTS = [
    "ah hang on, let me start that again:", "no, sorry, from the top:",
    "wait, I've made a hames of that, start again:",
]
DECOYS = [
    "data", "main", "test", "notes", "config", "backup", "source", "build", "logs", "output",
    "photo", "report", "home", "docs", "server", "input",
]


def _natural_frags(items, rng):
    """One spoken fragment per item (a space item may become "" when she drops it)."""
    frags = []
    n = len(items)
    skip_space = False
    for idx, it in enumerate(items):
        k = it["k"]
        r = rng.random()
        if k == "sp" and skip_space:
            frags.append("")
            skip_space = False
        elif k == "sp":
            # Before a flag the "minus" already marks the new token, so she often drops
            # "space" -- but never next to a bare "-" or "--", where it would be ambiguous.
            after, before = it["after"], it["before"]
            flag_next = after.startswith("-") and after.strip("-") != ""
            if flag_next and before.strip("-") != "" and r < 0.65:
                frags.append("")
            else:
                frags.append("space")
        elif k == "sym":
            name = it["name"]
            prev = items[idx - 1] if idx else {}
            nxt = items[idx + 1] if idx + 1 < n else {}
            if name == "minus" and nxt.get("name") == "minus" and prev.get("name") != "minus":
                frags.append("double minus" if r < 0.35 else "minus minus")
            elif name == "minus" and prev.get("name") == "minus" and frags and \
                    frags[-1] in ("double minus", "minus minus"):
                frags.append("")
            elif name == "dot" and prev.get("k") == "num" and nxt.get("k") == "num" and r < 0.3:
                frags.append("point")
            elif name in ("pipe", "greater than") and prev.get("k") == "sp" \
                    and nxt.get("k") == "sp" and r < 0.35:
                # A stand-alone pipe or redirect said as a phrase swallows its spaces.
                frags[-1] = ""
                frags.append("pipe that into" if name == "pipe" else "redirect to")
                skip_space = True
                continue
            elif name in NATURAL_SYMBOL:
                frags.append(rng.choice(NATURAL_SYMBOL[name]))
            else:
                frags.append(name)
        elif k == "num":
            frags.append(_digits_or_words(it, rng, 0.9))
        elif k == "let":
            say = list(it["say"])
            if it["nato"] and r < 0.25:
                say[-1] = it["c"]
            if it["cap"] and rng.random() < 0.2:
                say[0] = "upper case"
            frags.append(" ".join(say))
        else:
            say = list(it["say"])
            if say[:2] == ["all", "caps"] and r < 0.4:
                say = say[2:] + ["in caps"]
            elif say[:1] == ["capital"] and r < 0.2:
                say[0] = "upper case"
            w = say[-1] if say[-1] != "in caps" else say[-2]
            if w in PROPER and rng.random() < 0.6:
                say = [PROPER[w] if x == w else x for x in say]
            frags.append(" ".join(say))
    # Spelled letters she runs together when relaxed ("dot t x t" -> "dot txt"): only a whole
    # run of two to four plain lower-case letters, never part of one.
    out = list(frags)
    i = 0
    while i < n:
        if not _plain_letter(items[i]):
            i += 1
            continue
        j = i
        while j < n and _plain_letter(items[j]) and items[j]["tok"] == items[i]["tok"]:
            j += 1
        if 2 <= j - i <= 4 and rng.random() < 0.5:
            out[i] = "".join(items[m]["c"] for m in range(i, j))
            for m in range(i + 1, j):
                out[m] = ""
        i = j
    return out


def _plain_letter(it):
    return it["k"] == "let" and not it["nato"] and not it["cap"]


def _join(frags):
    text = " ".join(f for f in frags if f)
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace(" ,", ",")


def _frame(body, rng):
    opener = rng.choice(OPENERS)
    text = f"{opener} {body}"
    if opener in QUESTION_OPENERS:
        text += "?"
    else:
        text += "."
    if rng.random() < 0.6:
        text += " " + rng.choice(SIGNOFFS)
    return _cap_first(text)


def render_natural(items, rng):
    frags = _natural_frags(items, rng)
    # One filler at a random gap between tokens.
    gaps = [i for i, it in enumerate(items) if it["k"] == "sp" and frags[i] == "space"]
    if gaps and rng.random() < 0.6:
        g = rng.choice(gaps)
        frags[g] = f"space, {rng.choice(FILLERS)}"
    return _frame(_join(frags), rng)


def _wrong_version(it, rng):
    """Something she might say by mistake in place of item it."""
    k = it["k"]
    if k == "num":
        d = it["d"]
        pos = rng.randrange(len(d))
        choices = [c for c in "0123456789" if c != d[pos] and not (pos == 0 and c == "0")]
        return d[:pos] + rng.choice(choices) + d[pos + 1:]
    if k == "let":
        other = rng.choice([c for c in sorted(NATO) if c != it["c"]])
        return NATO[other] if it["nato"] else other
    if k == "sym":
        return "back slash" if it["name"] == "forward slash" else "forward slash"
    return rng.choice([w for w in DECOYS if w != it["w"]])


def _whole_token(items, i):
    """True if item i is the only item of its token."""
    return sum(1 for it in items if it["k"] != "sp" and it["tok"] == items[i]["tok"]) == 1


def _repeated(items, i):
    """True if the same word is also said just before or after item i (e.g. "demo demo")."""
    near = [items[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(items)]
    return any(it.get("w") == items[i]["w"] for it in near)


def render_chaotic(items, rng):
    frags = _natural_frags(items, rng)
    n = len(items)
    # 1. a correction on a word, number, flag letter or slash
    fixable = [i for i, it in enumerate(items)
               if frags[i] and (it["k"] in ("word", "num")
                                or (it["k"] == "let" and it["nato"])
                                or (it["k"] == "sym" and it["name"] == "forward slash"))]
    restart = False
    if fixable and rng.random() < 0.8:
        i = rng.choice(fixable)
        wrong = _wrong_version(items[i], rng)
        right = frags[i]
        if items[i]["k"] == "word" and right.split()[0] in ("capital", "upper", "all", "the"):
            wrong = right.rsplit(" ", 1)[0] + " " + wrong
        frags[i] = f"{wrong}, {rng.choice(CORRECTIONS)} {right}"
    else:
        restart = True
    # 2. a word said twice
    words = [i for i, it in enumerate(items) if it["k"] == "word" and frags[i]
             and "," not in frags[i] and not it["esc"] and it["case"] == ""
             and len(it["w"]) >= 3 and not _repeated(items, i) and _whole_token(items, i)]
    if words and rng.random() < 0.5:
        i = rng.choice(words)
        frags[i] = f"{frags[i]}, {frags[i]}"
    # 3. an aside at a gap between tokens
    gaps = [i for i, it in enumerate(items) if it["k"] == "sp" and frags[i] == "space"]
    if gaps and rng.random() < 0.5:
        g = rng.choice(gaps)
        frags[g] = f"space. {rng.choice(ASIDES)} Anyway,"
    elif gaps and rng.random() < 0.5:
        g = rng.choice(gaps)
        frags[g] = f"space, {rng.choice(FILLERS)}"
    body = _join(frags)
    if restart:
        cut = max(1, min(n - 1, rng.randrange(2, 6)))
        first = _join(_natural_frags(items[:cut], rng))
        body = f"{first}, {rng.choice(RESTARTS)} {body}"
    context = rng.choice(CONTEXTS) if rng.random() < 0.7 else ""
    text = _frame(body, rng)
    return f"{context} {text}".strip()


# --------------------------------------------------------------------------- selection


def load_pool():
    rows = []
    with POOL.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number % 4 == 0:
                rows.append(json.loads(line)["command"])
    return rows


def usable(command):
    if not command.isascii() or len(command) > MAX_LEN or not command.strip():
        return False
    if command != command.strip() or "  " in command or "\t" in command:
        return False
    if any(not (c.isalnum() or c == " " or c in SYMBOLS or c in "-.") for c in command):
        return False
    items = encode_items(command)
    if len(clean_text(items).split()) > MAX_SPOKEN:
        return False
    return decode(clean_text(items)) == command


def choose(rng):
    seen = set()
    per_first = {}
    candidates = []
    for command in load_pool():
        first = command.split()[0]
        if command in seen or per_first.get(first, 0) >= 2 or not usable(command):
            continue
        seen.add(command)
        per_first[first] = per_first.get(first, 0) + 1
        candidates.append(command)
    rng.shuffle(candidates)
    need = PER_SLICE * len(SLICES)
    assert len(candidates) >= need, len(candidates)
    chosen = candidates[:need]
    return {s: chosen[i * PER_SLICE:(i + 1) * PER_SLICE] for i, s in enumerate(SLICES)}


def build():
    rng = random.Random(8308)
    plan = choose(rng)
    renderers = {
        "clean": lambda items, _rng: clean_text(items),
        "fuzzy": render_fuzzy,
        "natural": render_natural,
        "chaotic": render_chaotic,
    }
    rows = []
    for slice_name in SLICES:
        for command in plan[slice_name]:
            items = encode_items(command)
            text = renderers[slice_name](items, rng)
            if slice_name == "clean":
                assert decode(text) == command, (text, decode(text), command)
                assert text == text.lower() and re.fullmatch(r"[a-z ]+", text), text
            rows.append({"input": text, "command": command, "slice": slice_name,
                         "author": AUTHOR})
    return rows


def main():
    rows = build()
    assert len(rows) == PER_SLICE * len(SLICES)
    assert len({r["command"] for r in rows}) == len(rows)
    firsts = {}
    for r in rows:
        first = r["command"].split()[0]
        firsts[first] = firsts.get(first, 0) + 1
    assert max(firsts.values()) <= 2
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}; decode round-trip OK")


if __name__ == "__main__":
    main()
