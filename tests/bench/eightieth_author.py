"""Author 80: Ravi dictates shell commands (independent voice-to-bash set).

STYLE GUIDE
===========

Source and credit
-----------------
The commands come from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/pages_dev49_commands.jsonl.
Only pool lines whose 0-based line number % 4 == 1 are used, at most two
commands per first word, 400 distinct commands, 100 per slice.  The command
text is kept exactly as in the pool.

Persona
-------
Ravi Shankar, senior sysadmin at a Bengaluru data centre.  He dictates
commands over a phone call to a junior (Suresh) and, when alone, into his
phone.  Indian-English habits throughout: "kindly type", "do the needful",
"only" for emphasis ("dash dash force only"), "itself" ("same line
itself"), "at the rate" for @, "inverted comma" for quotes, "full stop",
"double zero", "triple eight", "one lakh", "haan", "achha", "arre".

When he is careful (the clean protocol) he says nothing but the command,
piece by piece, and says the word "space" at every space.

The clean protocol (what a listener writes down)
------------------------------------------------
1. Separator.  The word "space" is one space character.  Nothing else makes
   a space: every other piece is glued to its neighbours with no space.  So
   "my app" is written "myapp", "who am i" is "whoami", "p n g to pam" is
   "pngtopam", "tilde forward slash notes dot txt" is "~/notes.txt".

2. Symbols (spoken name -> character):
      hyphen                 -        double hyphen   --
      dot  (inside a word)   .        full stop       .  (a dot that ends a
                                                        word or stands alone)
      forward slash          /        backslash       \\
      tilde                  ~        underscore      _
      colon                  :        semicolon       ;
      comma                  ,        pipe            |
      inverted comma         '        double inverted comma   "
      greater than           >        less than       <
      ampersand              &        star            *
      equal to               =        at the rate     @
      hash                   #        dollar          $
      percent                %        exclamation     !
      question mark          ?        caret           ^
      plus                   +        backtick        `
      open bracket           (        close bracket   )
      open curly bracket     {        close curly bracket     }
      open square bracket    [        close square bracket    ]
   "dot" and "full stop" both mean "."; Ravi says "full stop" only when the
   dot ends a word or is the whole word ("run full stop" is "run .").

3. Repeats.  "double X" is X twice and "triple X" is X three times, for a
   symbol ("double hyphen" --, "double colon" ::, "triple forward slash"
   ///, "double dot" ..), a digit ("double zero" 00, "triple eight" 888) or
   a spelled letter ("double s h" is "ssh").  The one fixed exception is
   "double inverted comma", which is always the quote mark " (two
   apostrophes never occur in this set).

4. Letters.  Anything that is not a plain word is spelled letter by letter;
   each letter is written as the single lower-case letter (Ravi says "zed"
   for z, the listener writes z).  Spelled letters are glued together:
   "l s" is "ls", "double p m" is "ppm".

5. Words said as words.  Ordinary English words and well-known names that
   anyone can spell from hearing (status, install, python, docker, sudo,
   git, ubuntu, yaml, json, curl, vim ...) are said as words, and a compound
   is said as its parts: "dump wallet" for dumpwallet, "no backups" for
   nobackups, "h top" for htop, "if config" for ifconfig.  Abbreviations and
   odd names are spelled ("n g i n x", "p d f", "c s v", "double s h").
   A command word that collides with the vocabulary (a word that is itself
   a symbol name, a number word, "capital", "double" ...; e.g. "hash",
   "pipe", "dot", "space", "ten") is always spelled, so the listener never
   has to guess.

6. Case.  Everything is lower case unless marked:
      capital X        the next letter upper case, or the next word with its
                       first letter upper case ("capital hello" -> Hello,
                       "capital o" -> O)
      all caps X       the next word entirely upper case ("all caps readme"
                       -> README), or, when letters follow, every spelled
                       letter up to the next non-letter ("all caps n t l m"
                       -> NTLM, "all caps double y double y" -> YYYY)
   CamelCase is said piece by piece: "capital add capital category capital
   to capital post" -> AddCategoryToPost.

7. Numbers (a run of digits):
      one digit                      digit word           5  -> five
      two digits, no leading zero    the number           42 -> forty two
      three digits, last two >= 10   digit + number       192 -> one ninety two
      x00                            digit + hundred      800 -> eight hundred
      x000                           digit + thousand     3000 -> three thousand
      four digits, both pairs >= 10  pair + pair          8080 -> eighty eighty
                                                          1024 -> ten twenty four
      anything else (leading zero, a pair starting with 0, five or more
      digits) is read digit by digit with double/triple for repeats:
      3800 -> three eight double zero, 50001 -> five triple zero one,
      05 -> zero five.  "one lakh" is 100000.
   Listener rule: digit words give digits, teens give two digits, a tens
   word takes a following one..nine as its unit, "hundred" adds 00,
   "thousand" adds 000, "lakh" adds 00000; all glued together.

   An IP address therefore sounds like "one ninety two dot one sixty eight
   dot one dot ten".

8. Clean lines are lower case, without punctuation, and contain nothing but
   the command: no greeting, no "kindly type", no sign-off.

Natural speech (when Ravi is not being careful)
-----------------------------------------------
* Framing before: "Kindly type", "Suresh, kindly type", "Okay so, run",
  "Do one thing, type", "Just type this,", "Please execute", "Type the
  following,", "Note to self:" (into the phone), "Achha, type", "Haan, so
  type", "Boss, type".
* Sign-offs after: "and press enter.", "Do the needful.", "That's it only.",
  "That's all only.", "All in one line itself.", "Same line itself, okay.",
  "Then tell me what it shows.", "Do the needful, yaar."  "only" and
  "itself" are emphasis; they are never part of the command.
* Fillers between pieces: "uh", "umm", "haan", "achha", "okay".
* Loose symbol names:
      -    dash, hyphen, minus        --   dash dash, double dash,
                                           hyphen hyphen, double hyphen
      .    dot, point, full stop      /    slash, forward slash
      //   double slash, slash slash  ~    tilde (Whisper: tilda)
      '    single quote, quote, inverted comma
      "    double quote(s), double inverted comma
      =    equals, equal to, is equal to
      @    at the rate, at the rate of
      >    greater than (symbol); a lone > also "redirect to"
      |    pipe, pipe symbol; a lone | also "pipe it to"
      &    and symbol, ampersand      *    star, asterisk
      %    percent, percentage symbol ^    caret, cap symbol
      {}   open curly / close curly (brace), curly bracket open / close
      ()   open bracket / close bracket, bracket open / bracket close
      ::   double colon, colon colon  ..   dot dot, double dot
* Spaces: he still says "space" (sometimes "space," or a pause that Whisper
  turns into a full stop), but drops it between two plain words or numbers
  ("registry pin test") and before a dash-dash option ("create dash dash
  yes").  Everything said without "space" between it is glued, as in the
  clean protocol, except those obvious word boundaries.
* Letters: Whisper writes a spelled run as capitals ("PDF", "TMP", "LSOF")
  or as separate letters ("c m p"); the command is still lower case.  Only
  the words "capital" and "all caps" / "in capitals" / "all capital" mean
  upper case ("capital O", "NTLM in capitals", "all caps README").  Doubles
  stay Indian: "h double t p s", "f double o".
* Numbers are written as digits by Whisper ("192 dot 168 dot 1 dot 10",
  "8080"), sometimes keeping his "double 0" / "triple 8".
* Whisper adds sentence capitals and punctuation and may capitalise a known
  name (Python, Docker, GitHub, Ubuntu); that does not change the command.

Chaotic speech (natural plus trouble on the line)
-------------------------------------------------
* Long framing: a hello and a reason ("the prod box is acting up again",
  "I am driving", "the client is on the other line", "note to self for
  tomorrow's change window") and a longer sign-off ("Read it back to me
  once", "Send me a screenshot on WhatsApp after").
* Corrections: he says a wrong piece (one word, letter, number or symbol of
  a space-separated part is wrong), then "no wait, I mean", "sorry sorry,
  not that,", "arre, galat, it is", "scratch that,", "no no, make it", "one
  second, correction,", "sorry, my mistake, it should be", then the right
  part.  The correction replaces the whole part said just before it.
* Restarts: "... sorry, the line is breaking, let me start again from the
  beginning." / "wait wait, I'll say the whole thing again." / "no, let me
  repeat from the start, you clear the line." and everything is said again.
* Asides to someone else ("Bhaiya, one cutting chai please. Sorry Suresh,
  go on."), signal trouble, "Are you typing? Don't rush."
* A word said twice: "kindly kindly", "okay okay", "type type", "so so",
  and "I repeat, <the same part again>" (the repeat is not typed twice).

Fuzzy (Whisper on the careful protocol)
---------------------------------------
Whisper's slips on clean dictation: sentence capitals, commas and full
stops at pauses ("space," "space." "Space"), numbers as digits ("8080",
"double 0"), spelled runs joined into capitals ("PNM"), letter homophones
(bee see dee gee eye jay kay oh pee queue are tea you vee ex why zed), word
homophones (two for to, four for for, some for sum, knew, red, route, male,
sight, sink, cash, know, sale, tale, pull), words split or joined ("local
host", "user name", "tar ball", "forwardslash", "under score", "semi
colon", "double-hyphen"), mishearings ("tilda", "carrot", "cologne",
"dabble hyphen", "capitol", "equal two", "at the red", "inverted coma",
"and percent" for ampersand) and a variant name now and then (dash, slash,
period, single quote, double quote, equals, asterisk, hashtag, vertical
bar, at, %, +, $).

Slices
------
clean    the strict protocol above, lower case, no punctuation, only the
         command.  decode() below implements the listener rules and must
         give the command back exactly.
fuzzy    the same protocol as Whisper writes it: sentence capitals and
         punctuation, numbers as digits, words joined or split
         ("forwardslash", "under score", "local host"), homophones ("see",
         "are", "why", "ex", "two" for to, "tilda", "carrot"), a variant
         symbol name now and then ("dash", "slash", "single quote",
         "equals", "asterisk").
natural  the loose, framed way he really talks, as Whisper writes it.
chaotic  natural plus corrections, restarts, asides, a repeated word and
         long framing; a careful human can still recover the command.

Run: cd /work/main && python3 tests/bench/eightieth_author.py
Writes assets/training/bash/author80.jsonl (deterministic, Random(8008)).
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets" / "training" / "bash" / "pages_dev49_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author80.jsonl"
AUTHOR = "author80"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")
MAX_LEN = 72

# Commands skipped because they cannot be dictated sensibly.
SKIP = {
    # unbalanced quote in the pool text
    'for EDITOR in {from..to..step}; do data "Loop alpha main; done',
    "logwatch --range alpha --detail data'",
    # random onion address, nobody dictates that
    "electrum -p socks5:127.0.0.1:9050 -s 56ckl5obj37gypcu.onion:50001:t -1",
}

# ---------------------------------------------------------------- vocabulary

SYM = {
    "-": "hyphen", ".": "dot", "/": "forward slash", "\\": "backslash",
    "~": "tilde", "_": "underscore", ":": "colon", ";": "semicolon",
    ",": "comma", "|": "pipe", "'": "inverted comma",
    '"': "double inverted comma", ">": "greater than", "<": "less than",
    "&": "ampersand", "*": "star", "=": "equal to", "@": "at the rate",
    "#": "hash", "$": "dollar", "%": "percent", "!": "exclamation",
    "?": "question mark", "^": "caret", "+": "plus", "`": "backtick",
    "(": "open bracket", ")": "close bracket",
    "{": "open curly bracket", "}": "close curly bracket",
    "[": "open square bracket", "]": "close square bracket",
}
NAME_TO_SYM = {v: k for k, v in SYM.items()}
NAME_TO_SYM["full stop"] = "."
SYM_NAMES = sorted(NAME_TO_SYM, key=lambda n: -len(n.split()))

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
SCALES = {"hundred": "00", "thousand": "000", "lakh": "00000"}

RESERVED = set(DIGITS) | set(TEENS) | set(t for t in TENS if t) | set(SCALES)
RESERVED |= {"space", "double", "triple", "capital", "caps"}
RESERVED |= {n for n in NAME_TO_SYM if " " not in n}

# Words Ravi says as words (and the parts he splits compounds into).
SAY = set("""
access account accounts activate active add address addresses admin age agent
alias alice all allow alpha alpine amass analysis analyze apply app apps
application arch archive area arg args ascii ask audit auth auto average
backend backup backups balance balancers bank base bash before begin
benchmark bin binaries binary bind block blend blender bob book boot bootable
box bridge brightness browse browser brute force build bundle bun busy
busybox button cache cake calculator call category certificate chain change
changes channel chart cheat check clang clean client clip clone
cloud cluster code coffee collect color columns command comments commit
commits compile composer compress compute config configs configuration
configure connect container context continue convert copy core correct count
create creds crypt current daemon darling dashboards data database dataset
date debug declare decode default delay delete deleted demo deno deny
dependency depends deploy depth describe description desktop destination
destroy detached detail dev developers device digest directory disable disk
dismiss display divider docker docs document domain done down download draft
drawing dry dump edit editor email embed emerge empty enable encode encrypt
encryption end entries enum environment error errors eval events example
exclude exec executable expires export express expression extract fake fetch
field file filename files filesystem filter finger fire firefox first fix
flash flask flat flood flow fork format forge frame from gamma garbage
generate geometry get git github gitlab global gnome governor grab green grep
grub hello help helper header height high highlight host hostname hub hunter
icon image images import include index info init inline input inspect install
installed instance interface interfaces internal internet intersection
inventory inverse invert issue item java jobs journal json keep kernel key
keys kill label labels lab latest launch layout lazy learn ledger legacy
light limit link lint list load local localhost location lock log login logs
lookup loop machine mail main make manage manifest map mapper mass master
match matrix memory merge merged message messages metadata migrate migration
mime mode model module monitor months more mount mute name new newest node
nodes notes notify now numeric object octave old online only option optimize
orders origin output outputs overwrite owner pack package paper parallel
param parser pass password passwords path photo pin ping pipeline platform
plugin point pool port post postgres power prefer prefix presentation print
priority private process profile program project projects prompt protocol
provider proxy publish pull push python query queue queues quick quiet quit
quote raid range raw read readme rebalance reboot rebuild receipt record
recurse recursive red redis reference register registry release remote remove
render repair repaired repo report repository requests requirements requires
rerun reset resolve restore revert revisions root rotate rows rule run running
runtime rust sample save scaffold scan scrape screen screenshot script search
secret security seed select self send sensible serve server service services
session set setup shadow shell show sign single site size skeleton slack snap
snapshot snapshots socket soft solution solve sort source spaces spam speak
split sport sprint stack staff start state status step stop storage store
strip style subject suffix sudo sum summary sunset swap sync syntax system
table tag tar tarball target task template temperature terminal test text
thinking this thread threads time timing token tool toolbox toolchain top
touch trace trash tree true trusted tunnel type typo typos undo unique units
unix unset update upgrade upload uptime use user username usernames value
variant verbose verify version versions viewer vim volume wall wallet watch
web website which while widget width window wine wizard word wordlist work
workers workflow world wrap writable write yaml yes zip ubuntu curl
go do no to up my in on of is or am it me by if who non
unzip pod man twine passage hostess snapper rector sherlock tectonic way
insta loader mounter center mono develop sail walk bluetooth elastic
cognitive scheme cover words emu resample array elf ready rip storm sub spec
torrent whatsapp note off presign portage subscription types logins tasks
clients tools flare cat noise air share bit coin open logic ping full
cargo conda brew crane flux fuzz beet dolt perl hugo gradle gulp hatch helm
hydra jira katana lame mamba meson mocha nemo particle pangolin poetry posh
quota racket rails salt siege ouch pacman pipewire jello picard orca navi raku
youtube absolute algorithm amplify ansible arduino azure babel copilot
doppler emulate envoy fossil gleam enroll faucet sniffer waitress wiggle
prowler transmission thunderbird terraform vagrant picture trimmed usage with
tidy prime handle indent inhibit dict sequelize stat tail scale steam
supervisor transfer wire plumber player roll dice part probe grow unmask edge
paint buzz phrase rabbit kite runner gummy bang confirm headings determinism
oversubscribe tab out inter diff home crop join
""".split())

# Said the way everybody says them.
SPECIAL = {"whoami": [("w", "who"), ("w", "am"), ("l", "i")]}

# Image converters are said "p n g to p a m".
FORMATS = set("""
pbm pgm ppm pnm pam png qoi bmp tiff tiffcmyk epsi macp wbmp mpeg rgb pclxl
ybm sgi rle lispm mda pict pi biorad raw
""".split())

EDGE3 = set("""
top zip tar git bin fix key sum raw app map log pod web run get add net hub
lab vim cat out
""".split())


# ------------------------------------------------------------------ encoder

def say_number(d):
    """Spoken words for a run of digits (clean protocol)."""
    n = len(d)

    def two(p):
        v = int(p)
        if v < 20:
            return TEENS[v - 10]
        return TENS[v // 10] + ("" if v % 10 == 0 else " " + DIGITS[v % 10])

    if n == 1:
        return DIGITS[int(d)]
    if d[0] != "0":
        if n == 2:
            return two(d)
        if n == 3 and d[1:] == "00":
            return DIGITS[int(d[0])] + " hundred"
        if n == 3 and d[1] != "0":
            return DIGITS[int(d[0])] + " " + two(d[1:])
        if n == 4 and d[1:] == "000":
            return DIGITS[int(d[0])] + " thousand"
        if n == 4 and d[2] != "0":
            return two(d[:2]) + " " + two(d[2:])
        if d == "100000":
            return "one lakh"
    return " ".join(grouped([DIGITS[int(c)] for c in d]))


def grouped(items):
    """Compress repeats: [a, a, a, b] -> ['triple a', 'b']."""
    out = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j] == items[i]:
            j += 1
        run = j - i
        while run >= 3:
            out.append("triple " + items[i])
            run -= 3
        if run == 2:
            out.append("double " + items[i])
        elif run == 1:
            out.append(items[i])
        i = j
    return out


def segment(run):
    """Split a lower-case letter run into said words and spelled letters.

    A run that is a word is said as a word; a compound of words is said as
    its words ("dump wallet"); otherwise long words (and a few short ones at
    the edge, "h top", "push d") are said inside spelled letters, with "to"
    said as a word between spelled parts ("p n g to p a m").
    """
    if run in SPECIAL:
        return SPECIAL[run]
    if run in SAY:
        return [("w", run)]
    for k in range(len(run) - 1):
        left, right = run[:k], run[k + 2:]
        if run[k:k + 2] == "to" and right in FORMATS and (
                left == "" or left in FORMATS):
            return (segment(left) if left else []) + [("w", "to")] + segment(right)
    n = len(run)
    comp = _dp(run, lambda i, j, w: w in SAY, letters=False)
    if comp is not None and len(comp) <= 3:
        return comp

    def ok(i, j, w):
        if len(w) >= 4:
            return w in SAY
        if len(w) == 3:
            return w in EDGE3 and (i == 0 or j == n)
        return False
    return _dp(run, ok, letters=True)


def _dp(run, allowed, letters):
    n = len(run)
    best = [(0.0, [])] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        cost, parts = best[i]
        opts = [(i + 1, 1.0, ("l", run[i]))] if letters else []
        for j in range(i + 2, n + 1):
            w = run[i:j]
            if allowed(i, j, w) and w not in RESERVED:
                opts.append((j, 1.0, ("w", w)))
        for j, c, piece in opts:
            cand = (cost + c, parts + [piece])
            if best[j] is None or cand[0] < best[j][0]:
                best[j] = cand
    return None if best[n] is None else best[n][1]


def pieces_to_units(pieces, first_fixed=False):
    """Turn segment() pieces into units, compressing repeated letters."""
    units = []
    i = 0
    while i < len(pieces):
        kind, val = pieces[i]
        if kind == "w":
            units.append(("word", val, val))
            i += 1
            continue
        j = i
        letters = []
        while j < len(pieces) and pieces[j][0] == "l":
            letters.append(pieces[j][1])
            j += 1
        if first_fixed and i == 0:
            units.append(("letter", letters[0], letters[0]))
            letters = letters[1:]
        for g in grouped(letters):
            units.append(("letter", g, expand_letters(g)))
        i = j
    return units


def expand_letters(g):
    parts = g.split()
    if len(parts) == 1:
        return parts[0]
    return parts[1] * (2 if parts[0] == "double" else 3)


def encode_letters(run):
    """Units for one case-run of letters."""
    if run.islower():
        return pieces_to_units(segment(run))
    if len(run) == 1:
        return [("mod", "capital", ""), ("letter", run.lower(), run)]
    if run.isupper():
        low = run.lower()
        if low in SAY and low not in RESERVED:
            return [("mod", "all caps", ""), ("word", low, run)]
        units = [("mod", "all caps", "")]
        for g in grouped(list(low)):
            units.append(("letter", g, expand_letters(g).upper()))
        return units
    # Capitalised run: Xxxx
    units = pieces_to_units(segment(run.lower()), first_fixed=True)
    kind, said, val = units[0]
    units[0] = (kind, said, val[0].upper() + val[1:])
    return [("mod", "capital", "")] + units


TOKEN_RE = re.compile(r"[A-Za-z]+|[0-9]+|([^A-Za-z0-9])\1*")
CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


def encode_token(tok):
    units = []
    for m in TOKEN_RE.finditer(tok):
        s = m.group(0)
        if s[0].isalpha():
            for run in CASE_RE.findall(s):
                units.extend(encode_letters(run))
        elif s[0].isdigit():
            units.append(("num", say_number(s), s))
        else:
            ch = s[0]
            name = SYM[ch]
            if ch == "." and (len(s) == 1 and m.end() == len(tok)):
                name = "full stop"
            if ch in "'\"":
                units.extend(("sym", name, ch) for _ in s)
            elif len(s) == 1:
                units.append(("sym", name, ch))
            else:
                for g in grouped([name] * len(s)):
                    units.append(("sym", g, ch * (3 if g.startswith("triple") else 2)))
    return units


def encode(command):
    """List of tokens, each a list of (kind, said, value) units."""
    return [encode_token(t) for t in command.split(" ")]


def clean_text(tokens):
    return " space ".join(" ".join(u[1] for u in t) for t in tokens)


# ------------------------------------------------------------------ decoder

def decode(text):
    """Listener rules for the clean slice (see the style guide)."""
    w = text.split()
    out = []
    i = 0

    def sym_at(k):
        for name in SYM_NAMES:
            parts = name.split()
            if w[k:k + len(parts)] == parts:
                return NAME_TO_SYM[name], k + len(parts)
        return None

    def atom(k):
        """One repeatable atom at k: symbol, digit word or single letter."""
        s = sym_at(k)
        if s:
            return s
        if w[k] in DIGITS:
            return str(DIGITS.index(w[k])), k + 1
        if len(w[k]) == 1 and w[k].isalpha():
            return w[k], k + 1
        raise ValueError(f"cannot repeat {w[k]!r}")

    while i < len(w):
        t = w[i]
        if t == "space":
            out.append(" ")
            i += 1
        elif t == "double" and w[i + 1:i + 3] == ["inverted", "comma"]:
            out.append('"')
            i += 3
        elif t in ("double", "triple"):
            s, i = atom(i + 1)
            out.append(s * (2 if t == "double" else 3))
        elif t == "capital":
            nxt = w[i + 1]
            out.append(nxt[0].upper() + nxt[1:])
            i += 2
        elif t == "all" and w[i + 1:i + 2] == ["caps"]:
            i += 2
            if len(w[i]) > 1 and w[i] not in ("double", "triple"):
                out.append(w[i].upper())
                i += 1
                continue
            while i < len(w):
                if len(w[i]) == 1 and w[i].isalpha():
                    out.append(w[i].upper())
                    i += 1
                elif w[i] in ("double", "triple") and len(w[i + 1]) == 1:
                    out.append(w[i + 1].upper() * (2 if w[i] == "double" else 3))
                    i += 2
                else:
                    break
        elif sym_at(i):
            s, i = sym_at(i)
            out.append(s)
        elif t in DIGITS:
            out.append(str(DIGITS.index(t)))
            i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
        elif t in TENS:
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt in DIGITS[1:]:
                out.append(str(TENS.index(t)) + str(DIGITS.index(nxt)))
                i += 2
            else:
                out.append(str(TENS.index(t)) + "0")
                i += 1
        elif t in SCALES:
            out.append(SCALES[t])
            i += 1
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ------------------------------------------------------------ Whisper slips

LETTER_HOMO = {
    "b": "bee", "c": "see", "d": "dee", "g": "gee", "i": "eye", "j": "jay",
    "k": "kay", "o": "oh", "p": "pee", "q": "queue", "r": "are", "t": "tea",
    "u": "you", "v": "vee", "x": "ex", "y": "why", "z": "zed",
}
WORD_HOMO = {
    "to": "two", "for": "four", "sum": "some", "new": "knew", "read": "red",
    "root": "route", "mail": "male", "seed": "cede", "site": "sight",
    "sync": "sink", "cache": "cash", "right": "write",
    "night": "knight", "no": "know", "by": "buy", "sail": "sale",
    "tail": "tale", "wait": "weight", "pool": "pull",
}
WORD_FORMS = {
    "localhost": "local host", "filename": "file name", "username": "user name",
    "usernames": "user names", "wordlist": "word list", "tarball": "tar ball",
    "uptime": "up time", "github": "GitHub", "gitlab": "GitLab",
    "readme": "read me", "toolbox": "tool box",
    "hostname": "host name", "firefox": "Firefox", "python": "Python",
    "docker": "Docker", "ubuntu": "Ubuntu", "json": "JSON", "yaml": "YAML",
    "alice": "Alice", "bob": "Bob", "postgres": "Postgres", "java": "Java",
    "redis": "Redis", "sudo": "pseudo", "busybox": "busy box",
    "metadata": "meta data", "database": "data base", "dataset": "data set",
    "screenshot": "screen shot", "workflow": "work flow", "backend": "back end",
    "snapshot": "snap shot", "inline": "in line", "online": "on line",
    "website": "web site", "filesystem": "file system", "toolchain": "tool chain",
    "ascii": "ASCII", "alpine": "Alpine", "gnome": "GNOME", "linux": "Linux",
}
FUZZY_SYM = {
    "hyphen": ["dash", "Hyphen", "hyphen,"],
    "double hyphen": ["double dash", "double-hyphen", "dabble hyphen"],
    "forward slash": ["slash", "forwardslash", "forward-slash", "Forward slash"],
    "double forward slash": ["double slash", "double forward-slash"],
    "triple forward slash": ["triple slash"],
    "dot": ["Dot", "dot,", "period"],
    "full stop": ["full-stop", "fullstop", "dot"],
    "double dot": ["double-dot", "dot dot"],
    "tilde": ["tilda", "Tilde", "tilled"],
    "underscore": ["under score", "Underscore", "under-score"],
    "colon": ["Colon", "colon,", "cologne"],
    "double colon": ["double-colon", "double Colon"],
    "triple colon": ["triple Colon"],
    "semicolon": ["semi colon", "semi-colon", "Semicolon"],
    "comma": ["coma", "Comma"],
    "pipe": ["Pipe", "pipe,", "vertical bar"],
    "inverted comma": ["inverted coma", "single quote", "inverted-comma"],
    "double inverted comma": ["double quote", "double inverted coma",
                              "double-inverted comma"],
    "greater than": ["greater then", "greater-than", "greater than symbol"],
    "less than": ["less then", "less-than"],
    "ampersand": ["and percent", "Ampersand"],
    "star": ["asterisk", "Star", "star,"],
    "equal to": ["equals", "equal two", "equal-to", "equals to"],
    "double equal to": ["double equals", "double equal two"],
    "at the rate": ["at", "at the rate of", "at-the-rate", "at the red"],
    "hash": ["hashtag", "Hash", "hash,"],
    "dollar": ["Dollar", "dollar sign", "$"],
    "percent": ["%", "per cent", "percentage"],
    "exclamation": ["exclamation mark", "Exclamation"],
    "caret": ["carrot", "carat"],
    "plus": ["+", "Plus", "plus,"],
    "open bracket": ["open-bracket", "bracket open"],
    "close bracket": ["close-bracket", "bracket close"],
    "open curly bracket": ["open curly brace", "open curly-bracket"],
    "close curly bracket": ["close curly brace", "close curly-bracket"],
}


def cap_first(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


def fuzzy_text(tokens, rng):
    parts = []
    for ti, tok in enumerate(tokens):
        if ti:
            r = rng.random()
            if r < 0.08:
                parts.append("space,")
            elif r < 0.13:
                parts.append("space.")
            elif r < 0.17:
                parts.append("Space")
            else:
                parts.append("space")
        i = 0
        while i < len(tok):
            kind, said, val = tok[i]
            # a run of plain spelled letters may come out as one acronym
            marked = any(u[0] == "mod" for u in tok)
            if kind == "letter" and " " not in said and not marked:
                j = i
                while j < len(tok) and tok[j][0] == "letter" and " " not in tok[j][1]:
                    j += 1
                if j - i >= 2 and rng.random() < 0.3:
                    parts.append("".join(u[1] for u in tok[i:j]).upper())
                    i = j
                    continue
            r = rng.random()
            if kind == "num":
                if r < 0.7:
                    parts.append(val)
                elif r < 0.8 and ("double" in said or "triple" in said):
                    parts.append(" ".join(
                        str(DIGITS.index(x)) if x in DIGITS else x
                        for x in said.split()))
                else:
                    parts.append(said)
            elif kind == "letter":
                if " " not in said and said in LETTER_HOMO and r < 0.25:
                    parts.append(LETTER_HOMO[said])
                elif r < 0.35:
                    parts.append(said.upper() if " " not in said
                                 else said.split()[0] + " " + said.split()[1].upper())
                else:
                    parts.append(said)
            elif kind == "word":
                if said in WORD_FORMS and r < 0.5:
                    parts.append(WORD_FORMS[said])
                elif said in WORD_HOMO and r < 0.45:
                    parts.append(WORD_HOMO[said])
                else:
                    parts.append(said)
            elif kind == "sym":
                if said in FUZZY_SYM and r < 0.3:
                    parts.append(rng.choice(FUZZY_SYM[said]))
                else:
                    parts.append(said)
            else:  # mod
                if r < 0.2:
                    parts.append({"capital": "Capital",
                                  "all caps": "all-caps"}[said])
                elif r < 0.3:
                    parts.append({"capital": "capitol",
                                  "all caps": "all capitals"}[said])
                else:
                    parts.append(said)
            i += 1
    text = " ".join(parts)
    # Whisper capitalises after its own full stops
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = cap_first(text)
    r = rng.random()
    if r < 0.55:
        text += "."
    elif r < 0.6:
        text += "?"
    return text


# ----------------------------------------------------------- natural speech

NAT_SYM = {
    "-": ["dash", "dash", "hyphen", "minus"],
    "--": ["dash dash", "double dash", "double hyphen", "hyphen hyphen"],
    ".": ["dot", "dot", "dot", "point"],
    "..": ["dot dot", "double dot"],
    "/": ["slash", "slash", "forward slash"],
    "//": ["double slash", "slash slash"],
    "///": ["triple slash", "slash slash slash"],
    "~": ["tilde", "tilde", "tilda"],
    "_": ["underscore", "underscore", "under score"],
    ":": ["colon"],
    "::": ["double colon", "colon colon"],
    ":::": ["triple colon", "three colons"],
    ";": ["semicolon", "semi colon"],
    ",": ["comma"],
    "|": ["pipe", "pipe symbol", "pipe"],
    "'": ["single quote", "inverted comma", "quote"],
    '"': ["double quote", "double quotes", "double inverted comma"],
    ">": ["greater than", "greater than symbol"],
    "<": ["less than", "less than symbol"],
    "&": ["and symbol", "ampersand"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal to", "is equal to"],
    "==": ["double equals", "equals equals"],
    "@": ["at the rate", "at the rate of", "at the rate"],
    "#": ["hash", "hash symbol"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent", "percentage symbol"],
    "!": ["exclamation", "exclamation mark"],
    "?": ["question mark"],
    "^": ["caret", "cap symbol"],
    "+": ["plus"],
    "`": ["backtick"],
    "(": ["open bracket", "bracket open"],
    ")": ["close bracket", "bracket close"],
    "{": ["open curly", "curly bracket open", "open curly brace"],
    "}": ["close curly", "curly bracket close", "close curly brace"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
}
NAT_PRE = [
    "Kindly type", "Suresh, kindly type", "Okay so, run", "Just type this,",
    "Do one thing, type", "Please execute", "Type the following,",
    "Note to self:", "Okay, now run", "Suresh, run this", "Achha, type",
    "Haan, so type", "Next one, kindly run", "Just run", "Boss, type",
    "Okay, kindly execute",
]
NAT_SUF = [
    "and press enter.", "Do the needful.", "That's it only.",
    "All in one line itself.", "Then tell me what it shows.", "",
    "and hit enter, okay?", "That's all only.", "Same line itself, okay.",
    "", "Then enter.", "Do the needful, yaar.",
]
FILLERS = ["uh,", "umm,", "haan,", "achha,", "okay,"]


def plain_single(tok):
    return len(tok) == 1 and tok[0][0] in ("word", "num")


def nat_token(tok, rng):
    """One token in Ravi's loose style, as Whisper writes it."""
    out = []
    i = 0
    while i < len(tok):
        kind, said, val = tok[i]
        if kind == "mod" and said == "all caps":
            j = i + 1
            if tok[j][0] == "word":
                j += 1
            else:
                while j < len(tok) and tok[j][0] == "letter":
                    j += 1
            group = "".join(u[2] for u in tok[i + 1:j]).upper()
            r = rng.random()
            if r < 0.4:
                out.append("all caps " + group)
            elif r < 0.7:
                out.append(group + " in capitals")
            else:
                out.append(group + ", all capital")
            i = j
            continue
        if kind == "mod":
            nk, ns, nv = tok[i + 1]
            if nk == "letter":
                out.append("capital " + nv[0].upper())
                rest = nv[1:]
                if rest:
                    out.append(rest)
            else:
                out.append("capital " + ns)
            i += 2
            continue
        if kind == "letter":
            j = i
            while j < len(tok) and tok[j][0] == "letter":
                j += 1
            group = tok[i:j]
            letters = "".join(u[2] for u in group)
            doubled = any(" " in u[1] for u in group)
            r = rng.random()
            if doubled and r < 0.5:
                out.append(" ".join(u[1] for u in group))
            elif len(letters) == 1:
                out.append(letters)
            elif r < 0.75 and not any(u[0] == "mod" for u in tok):
                out.append(letters.upper())
            else:
                out.append(" ".join(letters))
            i = j
            continue
        if kind == "word":
            w = said
            if w in WORD_FORMS and WORD_FORMS[w][0].isupper() and rng.random() < 0.4:
                w = WORD_FORMS[w]
            out.append(w)
        elif kind == "num":
            if ("double" in said or "triple" in said) and rng.random() < 0.4:
                out.append(" ".join(
                    str(DIGITS.index(x)) if x in DIGITS else x
                    for x in said.split()))
            else:
                out.append(val)
        else:  # sym
            if said == "full stop" and rng.random() < 0.5:
                out.append("full stop")
            elif len(tok) == 1 and val in "|>" and rng.random() < 0.4:
                out.append({"|": "pipe it to", ">": "redirect to"}[val])
            else:
                out.append(rng.choice(NAT_SYM[val]))
        i += 1
    return " ".join(out)


def nat_joiner(prev, nxt, rng):
    safe = (plain_single(prev) and plain_single(nxt)) or (
        nxt[0][2] == "--" and len(nxt) > 1)
    r = rng.random()
    if r < 0.07:
        filler = rng.choice(FILLERS) + " "
    else:
        filler = ""
    if safe and rng.random() < 0.75:
        return " " + filler.rstrip(",") if filler else " "
    r = rng.random()
    if r < 0.75:
        return " " + filler + "space "
    if r < 0.9:
        return ", " + filler + "space, "
    return ". " + (filler.capitalize() + " space " if filler else "Space ")


def nat_body(tokens, rng, phrases=None, asides=None):
    phrases = phrases or [nat_token(t, rng) for t in tokens]
    asides = asides or {}
    body = phrases[0]
    for k in range(1, len(tokens)):
        join = nat_joiner(tokens[k - 1], tokens[k], rng)
        if k in asides:
            join = join.rstrip(", ") + ". " + asides[k] + " "
        body += join + phrases[k]
    return body


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ,", ",", text)
    text = re.sub(r",,", ",", text)
    text = re.sub(r"([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return cap_first(text)


def natural_text(tokens, rng):
    pre = rng.choice(NAT_PRE)
    suf = rng.choice(NAT_SUF)
    body = nat_body(tokens, rng)
    end = "" if suf.startswith("and") else "."
    text = pre + " " + body + ("" if suf.startswith("and") else end)
    if suf:
        text += " " + suf
    return tidy(text)


# ----------------------------------------------------------- chaotic speech

CH_PRE = [
    "Hello? Hello, Suresh, can you hear me? Okay, good. Listen, the prod box "
    "is acting up again, so kindly open the terminal and type what I say.",
    "Okay, I am driving, so I will tell slowly, you just type. Ready? Okay.",
    "Note to self, for tomorrow morning's change window, the command is,",
    "Suresh, are you on the jump server? Haan, good. Now kindly type this "
    "one, and don't press enter till I say.",
    "Arre, that last one failed, no? Never mind, leave it. Now type this "
    "instead.",
    "Okay so, the client is on the other line, so quickly, kindly type,",
    "Achha listen, this is for the backup server, not the web one, okay? "
    "Type,",
    "One minute, let me open my notes. Haan, got it. So type,",
]
CH_SUF = [
    "That's it. Read it back to me once. Then do the needful.",
    "Then press enter and tell me what it shows, I'm holding the line only.",
    "Okay? All in one line itself. Then enter.",
    "Done. Don't run anything else, just that only.",
    "That's all. Send me a screenshot on WhatsApp after.",
    "And press enter. If it throws error, call me immediately.",
]
CORRECTIONS = [
    "no wait, I mean", "sorry sorry, not that,", "arre, galat, it is",
    "scratch that,", "no no, make it", "one second, correction,",
    "sorry, my mistake, it should be",
]
ASIDES = [
    "Hold on. Haan Priya, keep it on my desk, I'm coming. Okay, sorry, "
    "continuing.",
    "One sec, my other phone is ringing. Okay, where was I? Haan.",
    "Wait, the signal is bad. Can you hear me? Okay okay, continuing.",
    "Bhaiya, one cutting chai please. Sorry Suresh, go on.",
    "Hmm, let me check my notes once. Achha, yes.",
    "Are you typing? Don't rush. Okay.",
]
RESTARTS = [
    "sorry, the line is breaking, let me start again from the beginning.",
    "wait wait, I'll say the whole thing again.",
    "no, let me repeat from the start, you clear the line.",
]
SWAP_WORDS = ["data", "docs", "backup", "config", "main", "logs", "test",
              "demo", "src", "build", "report", "notes", "output", "input"]
SWAP_SYM = {"-": "_", "_": "-", "/": ".", ".": "/", ":": ";", ";": ":",
            "=": "-", ">": "|", "|": ">", ",": ".", "~": "/", "@": ":"}


def mutate(tok, rng):
    """A plausible wrong version of one token (for a correction)."""
    spots = [k for k, u in enumerate(tok) if u[0] in ("word", "num")
             or (u[0] == "sym" and u[2][0] in SWAP_SYM and len(u[2]) == 1)
             or (u[0] == "letter" and " " not in u[1])]
    if not spots:
        return None
    k = rng.choice(spots)
    kind, said, val = tok[k]
    if kind == "word":
        new = rng.choice([w for w in SWAP_WORDS if w != val])
        unit = ("word", new, new)
    elif kind == "num":
        d = str(int(val) + rng.choice([1, 2, 10])) if len(val) < 6 else val[:-1] + "7"
        unit = ("num", say_number(d), d)
    elif kind == "letter":
        new = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != said])
        unit = ("letter", new, new.upper() if val.isupper() else new)
    else:
        ch = SWAP_SYM[val]
        unit = ("sym", SYM[ch], ch)
    return tok[:k] + [unit] + tok[k + 1:]


def chaotic_text(tokens, rng):
    phrases = [nat_token(t, rng) for t in tokens]
    n = len(tokens)
    # the correction: say a wrong token, then the right one
    wrong_at = None
    order = list(range(n))
    rng.shuffle(order)
    for k in order:
        bad = mutate(tokens[k], rng)
        if bad is not None:
            bad_phrase = nat_token(bad, rng)
            if bad_phrase != phrases[k]:
                wrong_at = k
                phrases[k] = (bad_phrase + ", " + rng.choice(CORRECTIONS) + " "
                              + phrases[k])
                break
    if rng.random() < 0.45 and n > 1:
        k = rng.randrange(n)
        phrases[k] = phrases[k] + ", I repeat, " + nat_token(tokens[k], rng)
    asides = {}
    if rng.random() < 0.5 and n > 2:
        asides[rng.randrange(1, n)] = rng.choice(ASIDES)
    body = nat_body(tokens, rng, phrases, asides)
    pre = rng.choice(CH_PRE)
    stutter = rng.choice(["kindly", "Okay", "type", "So so,", "Uh, uh,"])
    if stutter[0].islower() and stutter in pre:
        pre = pre.replace(stutter, stutter + " " + stutter, 1)
    elif stutter in pre:
        pre = pre.replace(stutter, stutter + " " + stutter.lower(), 1)
    else:
        extra = rng.choice(["So so,", "Uh, uh,", "Okay okay,"])
        pre += " " + (extra.lower() if pre.endswith(",") else extra)
    if n > 2 and (wrong_at is None or rng.random() < 0.35):
        cut = rng.randrange(1, min(3, n - 1) + 1)
        start = nat_body(tokens[:cut], rng, [nat_token(t, rng) for t in tokens[:cut]])
        body = start + "... " + rng.choice(RESTARTS) + " " + body
    text = pre + " " + body + ". " + rng.choice(CH_SUF)
    return tidy(text)


# ------------------------------------------------------------------ driver

def candidates():
    rows = POOL.read_text(encoding="utf-8").splitlines()
    out, dropped, seen = [], [], set()
    for i, line in enumerate(rows):
        if i % 4 != 1:
            continue
        cmd = json.loads(line)["command"]
        why = None
        if cmd in seen:
            why = "duplicate"
        elif cmd in SKIP:
            why = "not dictatable"
        elif not cmd.isascii():
            why = "non-ASCII"
        elif len(cmd) > MAX_LEN:
            why = "too long"
        elif "''" in cmd or "  " in cmd or cmd != cmd.strip():
            why = "ambiguous spacing or quotes"
        elif cmd.count('"') % 2 or cmd.count("'") % 2:
            why = "unbalanced quote"
        else:
            try:
                if decode(clean_text(encode(cmd))) != cmd:
                    why = "protocol round trip failed"
            except (ValueError, IndexError):
                why = "protocol round trip failed"
        seen.add(cmd)
        if why:
            dropped.append((cmd, why))
        else:
            out.append(cmd)
    return out, dropped


def main():
    rng = random.Random(8008)
    cands, dropped = candidates()
    rng.shuffle(cands)
    per_first = {}
    chosen = []
    for cmd in cands:
        first = cmd.split()[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    assert len(set(chosen)) == len(chosen)
    lines = []
    makers = {"fuzzy": fuzzy_text, "natural": natural_text,
              "chaotic": chaotic_text}
    for s, name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            tokens = encode(cmd)
            if name == "clean":
                text = clean_text(tokens)
                assert decode(text) == cmd, (cmd, text, decode(text))
            else:
                text = makers[name](tokens, rng)
            lines.append({"input": text, "command": cmd, "slice": name,
                          "author": AUTHOR})
    for row in lines:
        if row["slice"] == "clean":
            assert decode(row["input"]) == row["command"]
            assert row["input"] == row["input"].lower()
            assert re.fullmatch(r"[a-z ]+", row["input"]), row["input"]
    with OUT.open("w", encoding="utf-8") as f:
        for row in lines:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {n: sum(r["slice"] == n for r in lines) for n in SLICES}
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)} {counts}")
    for cmd, why in dropped:
        print(f"dropped ({why}): {cmd}")


if __name__ == "__main__":
    main()
