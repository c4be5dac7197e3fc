# ruff: noqa: B905
"""STYLE GUIDE -- author102 dictation set (clean / fuzzy / natural / chaotic).

Credits
-------
Every command in this set is taken verbatim from the tldr-pages project
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the pool
file assets/training/bash/pages_dev57_commands.jsonl (only 0-based lines n
with n % 3 == 2 are used).  The spoken renderings are original to this file.

Output: assets/training/bash/author102.jsonl, 400 lines, 100 per slice in the
order clean, fuzzy, natural, chaotic.  One random.Random(102) drives every
choice, consumed in a fixed order (selection shuffle first, then the lines in
output order), and no set/dict iteration order feeds the generator, so reruns
are byte-identical.

1. The speaker
--------------
A senior operations engineer from Bengaluru in his forties; Indian English,
schooled on British-style terminology.  He dictates the way he reads a
command out over a phone bridge to a junior colleague: patient, letter by
letter whenever a name is not an ordinary word, never hurried.

Voice that stays the same in every slice:
  * "hyphen" is his dash.  "--" is "hyphen hyphen" when careful, "double
    hyphen" when relaxed.  He only occasionally says "dash" or "minus".
  * "dot" for every full stop in a name, including IP addresses and
    versions when careful; "period" or "point" slip in now and then, and
    "point" is his word for a decimal when relaxed.
  * "slash", "tilde", "star", "pipe", "hash", "colon", "underscore",
    "comma", "equals", "plus", "dollar", "percent", "caret", "ampersand",
    "backslash", "backtick", "question mark".
  * "@" is "at sign" when careful and "at the rate" when relaxed.
  * Quotes: "quote" / "single quote" when careful; when relaxed "double
    quote", "inverted commas", "single inverted comma".
  * Brackets: careful mode uses the protocol names (open/close paren, brace,
    bracket).  Relaxed he says "round bracket", "square bracket", "curly
    bracket" -- always with the qualifier, so "bracket" is never ambiguous.
  * "!" is "bang" when careful, "exclamation mark" when relaxed.
  * Letters: he spells every name that is not a plain English or very common
    tech word, one letter at a time ("l s", "t m p", "p n m").  Relaxed, he
    sometimes adds "small" in front of a lower-case flag letter ("hyphen
    small r") and sometimes a spelling word in the Indian style ("D for
    Delhi", "M for Mumbai").
  * Case: "capital x" for one upper-case letter or to capitalise the next
    word; "all caps" for a whole upper-case word.  He never uses the case-run
    words (camel / snake / pascal / kebab / screaming case); he names each
    capital and each underscore or hyphen himself.
  * Digits: always digit by digit ("five four three two", "one zero two
    four"), never "oh" for zero -- it is always "zero".  Relaxed he says
    "double eight", "triple zero" for repeated digits, reads some four-digit
    numbers in pairs ("eighty eighty", "fifty four thirty two") and round
    numbers as "hundred" / "thousand".
  * Fillers: "basically", "actually", "see", "what you call", "uh", "means".
  * Openers: "okay so", "please type", "kindly run", "do one thing, run",
    "the command is", "just put".
  * Sign-offs: "that's it", "that's all", "then press enter", "thank you",
    "that's it only", "okay?".
  * Corrections: "sorry sorry", "no no", "sorry, not X, Y", "I mean",
    "make it X", "leave it, I'll tell again", "one minute, from the
    beginning", "no no no, start again", "scratch that, wrong command".
  * Restarts and parts: "what was it" before going again; "and after that",
    "then put", "then after that" when he gives a command in pieces.
  * Asides: the staging box, his manager, the network, background noise,
    tea.

2. The clean protocol (what decode() below listens for)
-------------------------------------------------------
Transcript form: lower case words separated by single spaces, no
punctuation, nothing but the command.

  * Token boundary: the word "space" is said exactly where the command has
    one space.  Everything spoken between two "space"s is glued together
    with no gaps: words, spelled letters, digits and symbols concatenate.
    So "log rotate" is "logrotate", "p p m dither" is "ppmdither".
  * Symbols (one name each):
        -  hyphen        .  dot            /  slash        \\ backslash
        |  pipe          *  star           !  bang         #  hash
        ~  tilde         @  at sign        $  dollar       %  percent
        ^  caret         &  ampersand      =  equals       +  plus
        :  colon         ;  semicolon      _  underscore   ,  comma
        "  quote         '  single quote   `  backtick     ?  question mark
        (  open paren    )  close paren    {  open brace   }  close brace
        [  open bracket  ]  close bracket  <  less than    >  greater than
        >> double greater than
    Runs of symbols are just said one after the other: "--" is "hyphen
    hyphen", "&&" is "ampersand ampersand", "||" is "pipe pipe", ".." is
    "dot dot", "2>" is "two greater than".
  * Digits: every digit is said as its own word, zero to nine; adjacent
    digits join into one number ("one two seven" -> 127).  No compounds, no
    "oh", no "double".
  * Letters: a single letter is written as that letter ("l s" -> ls).  A
    letter is lower case unless preceded by "capital".
  * Words: ordinary words (and a fixed list of common tech words) are said
    as words and written as spelled.  Anything else is spelled, or split
    into known words plus spelled letters ("h top", "who am i", "my app").
  * Casing: "capital" upper-cases the first letter of the next word or the
    next single letter.  "all caps" upper-cases the whole next word.
    Mixed-case names are split at case changes ("sort capital override" ->
    sortOverride, "capital hello" -> Hello, "all caps readme" -> README,
    "capital u capital s capital b" -> USB).
  * Collisions: a literal word that is a protocol word, a number word, a
    case word, or sounds like one of them or like a letter name is spelled
    letter by letter instead: "a t" for at, "o p e n" for open, "t o" for
    to, "f o r" for for, "o n e" for one, "s p a c e" for space, "q u e u e"
    for queue, "a l l" for all, "c a s e" for case ("kill a l l" for
    killall).  A word that begins or ends with a symbol name is never said
    whole: that part is spelled ("d o t net", "p i p e wire", "s t a r ship",
    "l o d a s h", "m o u n t p o i n t"), so a symbol name heard inside a
    token is always the symbol.  The only exceptions are words whose sound
    is plainly different (start, done, none, zone, clone, phone, tone).
  * How a name is split (fixed, so the same name always sounds the same):
    one known word; else known words only ("who am i", "my app", "go doc");
    else one to five spelled letters then one or two known words ("p p m
    dither", "h top", "s m b server"); else one or two known words then up
    to three spelled letters ("raw top g m"); else every letter.

3. Natural-speech habits (natural and chaotic slices)
-----------------------------------------------------
No "space" is said; spacing is left to the listener, as with real speech.
Relaxed symbol names (above), numbers as he likes them ("5432", "54 32",
"double 2", "triple 0", "100"), "small x" / "capital X" / "caps X" for
letters, "in capitals" / "all caps" / "all capital" for upper-case words,
"Hello with capital H" or "capital H, hello" for a capitalised word.  A
spelled name that can be pronounced he may simply say as a word ("kopia",
"zenity", "killall"), and protocol words he spells when careful he just
says ("open", "all", "case").  Fillers between tokens, an opener, and
sometimes a sign-off.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
Sentence case and a final full stop; commas where he pauses; spoken digits
become numerals ("5432", "5 4 3 2", "54 32", "double 8"); spelled letters
come out upper case, spaced or glued ("L S", "LS", "L-S") or as homophones
("are", "you", "why", "see", "oh", "queue", "Jay", "Kay", "ex"); "two"/"four"
may become "to"/"for"; "sudo" may become "pseudo"; "tilde" may become
"tilda"; "caret" may become "carrot"; words split or glue ("log rotate" /
"logrotate", "back slash", "under score", "semi colon", "hyphen-hyphen");
"config dot yaml" may come out "config.yaml" and "slash" as "/"; common
names get capitals (Docker, Git, Python, Ubuntu, GitHub, Alice, Bob).

5. The slices
-------------
  clean   - the careful protocol above, exactly; decode(input) == command is
            asserted for every clean line.
  fuzzy   - the same protocol ("space" between tokens), but with his
            occasional synonyms (dash, minus, period, point, forward slash,
            asterisk, at the rate, double hyphen) and written by Whisper.
            No framing, no fillers.
  natural - relaxed speech: opener, optional sign-off, fillers, relaxed
            symbol and number names, Whisper's text.
  chaotic - natural plus trouble: self-corrections at word, flag or whole
            command scope in his own phrases, restarts, cut-off words,
            asides, the command given in parts.  The last word on each
            point is the right one; a careful listener rebuilds it exactly.

6. Selection
------------
Allowed: pool lines with n % 3 == 2, ASCII only, no tab, no double space,
at most 64 characters, at most 48 words in the clean rendering.  The allowed
list is shuffled with the seeded generator; commands are taken in that order,
skipping repeats and any command whose first word already has two entries.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev57_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author102.jsonl")
AUTHOR = "author102"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# --------------------------------------------------------------------------
# Vocabulary of the clean protocol
# --------------------------------------------------------------------------

SYM_WORDS = {
    "-": "hyphen", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at sign",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than",
}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]

# Every word a careful listener could take for protocol: spelled if literal.
RESERVED = set("""
hyphen dash minus dot period point slash forward backslash back pipe star
asterisk bang hash tilde at sign dollar percent caret ampersand and equals
equal plus colon semicolon semi underscore under score comma quote quotes
single backtick tick question mark open close paren parens parenthesis brace
braces curly bracket brackets angle less greater than redirect append double
triple space capital caps cap all camel snake pascal kebab screaming case
upper lower small exclamation full stop hundred thousand million round
square inverted unquote rate
zero oh one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
forty fifty sixty seventy eighty ninety nought naught
to too for fore won ate
queue cue bee be sea see tea tee pea pee you ewe yew why eye aye are owe
jay kay gee ex em en el ell es ess dee vee zed zee aitch
""".split())

SYMBOLISH = ["hyphen", "dash", "minus", "dot", "period", "point", "slash",
             "pipe", "star", "bang", "hash", "tilde", "dollar", "percent",
             "caret", "colon", "comma", "quote", "plus", "equals", "space",
             "capital", "asterisk"]
AFFIX_OK = ["start", "starts", "started", "starting", "done", "none", "gone",
            "phone", "tone", "clone", "zone", "drone", "alone", "standalone",
            "stone", "bone", "ozone", "dotty"]

VOCAB_TEXT = """
a i am as by do go if in is it me my no of on or so up us we
about access account accounts action activate add address admin after agent
alias allow alpha analysis analyze analyzer anchor animate app apply archive
argument args assembly audio audit auth authorize auto automatic backend
backup backups balance bar base bash basic batch bed before bin binary bits
block boolean boot box branch brew brief browse browser bucket bug build
builder bundle cache calendar cancel capture cargo cast cat certificate
change changelog channel channels check checker checks class clean clear cli
client clip clipboard clone cloud cluster code coffee color column columns
combine command commit compile compiler compress compressed compute conf
config configure container continue convert copy corrupted count cpus crane
create credential critique cron crystal curl daemon data database dataset
date debug default define delay delete demo depends dependency depth deploy
describe destroy details detect dev develop developers device dict
dictionary diff dir directory disable disk disks display dither do doc dock
docker docs domain done download drive dry dump edit elapsed electrum emacs
emulator enable enhance entry enumerate env error escape eval example
execute executable exit expand export express extended extensions fabric
fade feature file filename files filter find first fix flag flash flask flat
flow fly fold follow font force format free freeze friday from frames
fullscreen function gamma gem generate get gist git github global glob
google graph grep group gui hard hardlink head header headless height hello
help hex highlight history host hostname hosts http hunter icon idle image
images import index info init initial input insect inspect install instance
interval invert issue issues item items jar job jobs join just keep key
keys kill kube label latest launch layout level limit line link lint list
listen live load local localhost lock log login logout logs loop lua mail
main make man manager markdown master matrix max media member merge message
messages meta metadata metric min mirror mirrors mode model module modules
monitor mount mouse name names namespace nano net network new next node
noise not notebook notes null num obsolete octave off offload only options
org origin out outdated output owner package packages page pager palm paper
parser pass password patch path pattern pause pipeline play plugin pod
policy pool port post postgres precise prefix private profile program
progress project projects prompt protocol providers provider provision
pub public publish pull pulse push python query quiet random raw read
readme readonly real receive record recording recursive reference register
registry release reload remember remote remove rename render reopen replace
reply report repository request requests required reset resize resolve
resource restart restore result resume return revert review revision role
root rotate ruby run runtime rust salt save scaffold scan scheme screen
screenshot script search secret security select send sent serve server
service session set settings shadow share shell show shrink signature
silent simple site size skip sleep slope snapshot socket software sort
source speak speed speedtest split stack staff start stash state static
stats status still strategy strip style subject substring suggest summary
switch symbols sync syntax sys system table tag tail talk tar tarball target
targets task team temperature temporary test tests text theme tiff time
timeout timer timers timestamp title todo toml tool toolbox toolchain
tools top total trace transcode tree true trust turtle type typo ubuntu
undo unique unit unmount unpause unsigned update upgrade upload uptime use
user username users vanilla var verbose verify version view viewer vim
voice volume volumes wait wall wallpaper watch wav web website wheel where
while who whoami width wire with without word words work world yank yaml
zip
alice bob foo baz lodash firefox linux nginx docker python ubuntu postgres
awk sed pip conda poetry pacman helm django numpy
photo manage take kubernetes decompress imports formation quick draw
vagrant firewall sherlock flac gadget nomad permanent schedule multiple lambda
prowler whisper swift ionic snapper trunk stow beet zone lily pond
warning internal exclude named ignore upstream closest reinstall spreadsheet
crush length infection indent idea maximize absorb validate detach
interaction audiobook smart grant object option alpine rails rake isolated
known selector caption pinning torrent transmission omit identity
foreground map human canonical requires inner margin tuned override sport
mate nitrogen walker selection ether scrub shiny spectre meltdown resample
unescape exports filesystem ping ansible kafka gradle fossil puppet redis
azure jupyter kitty kitten black cotton age ant bore jigsaw hub dirty
waitress watson latte ego copilot jira mamba opus ouch rapper siege skate
stern unzip repo prod buzz phrase exec func mix tune shazam crypt setup
parted clementine doppler swagger distro dropbear bleach bit bluetooth
fluid synth foreman player power shift term shark collect arch mask store
lab lang claw liner ship
""".split()


def _check_vocab(words):
    out = []
    for w in words:
        if w in RESERVED or w in out:
            continue
        bad = False
        if w not in AFFIX_OK:
            for s in SYMBOLISH:
                if w != s and (w.startswith(s) or w.endswith(s)):
                    bad = True
            if w.endswith("one") and w != "one":
                bad = True
        if not bad:
            out.append(w)
    return out


VOCAB_LIST = _check_vocab(VOCAB_TEXT)
VOCAB = frozenset(VOCAB_LIST)
SHORT_WORDS = frozenset(w for w in VOCAB_LIST if len(w) <= 2)

# --------------------------------------------------------------------------
# Command -> units
# --------------------------------------------------------------------------


def segment(s):
    """Split a lower-case letter run into said words and spelled letters.

    Forms, in order of preference: one known word; known words only
    ("who am i", "my app"); spelled letters then known words ("p p m
    dither", "h top"); known words then at most three spelled letters
    ("server one" is handled by digits, "image s"); all letters.  Protocol
    words and their sound-alikes are always spelled in full."""
    n = len(s)
    if n == 1:
        return [("L", s)]
    if s in RESERVED:
        return [("R", s)]
    if s in VOCAB and n > 2:
        return [("w", s)]

    def words_only(t, allow_short):
        m = len(t)
        best = [None] * (m + 1)
        best[0] = []
        for i in range(m):
            if best[i] is None:
                continue
            for j in range(i + 1, m + 1):
                w = t[i:j]
                if w in VOCAB and (allow_short or len(w) >= 3):
                    cand = best[i] + [w]
                    if best[j] is None or len(cand) < len(best[j]):
                        best[j] = cand
        return best[m]

    def as_items(ws):
        return [("L", w) if len(w) == 1 else ("w", w) for w in ws]

    ws = words_only(s, True)
    if ws is not None and len(ws) <= 3:
        return as_items(ws)
    for k in range(1, min(5, n - 2) + 1):        # letters, then words
        ws = words_only(s[k:], False)
        if ws is not None and len(ws) <= 2:
            return [("L", c) for c in s[:k]] + as_items(ws)
    for k in range(1, min(3, n - 3) + 1):        # words, then letters
        ws = words_only(s[:n - k], False)
        if ws is not None and len(ws) <= 2:
            return as_items(ws) + [("L", c) for c in s[n - k:]]
    return [("L", c) for c in s]


def units_of(token):
    """Units: ('sym', ch) ('num', digits) ('w', word, case) ('L', letter, up)
    and ('R', word, case) for a protocol word that must be spelled when
    dictating carefully (said as a plain word in relaxed speech).

    case of a word: 'l' lower, 'c' capitalised, 'u' all upper.  Letter and
    word units carry a fourth field (part number, part case, part in lower
    case) naming the run of letters they came from."""
    res = []
    pid = 0
    for m in re.finditer(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", token):
        s = m.group()
        if s.isdigit():
            res.append(("num", s))
        elif s.isalpha():
            for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", s):
                if part.islower():
                    kind = "l"
                elif part.isupper() and len(part) > 1:
                    kind = "u"
                else:
                    kind = "c"
                items = segment(part.lower())
                pid += 1
                tag = (pid, kind, part.lower())
                for k, (typ, val) in enumerate(items):
                    if typ == "R":
                        res.append(("R", val, kind, tag))
                    elif typ == "w":
                        if kind == "u":
                            res.append(("w", val, "u", tag))
                        elif kind == "c" and k == 0:
                            res.append(("w", val, "c", tag))
                        else:
                            res.append(("w", val, "l", tag))
                    else:
                        up = kind == "u" or (kind == "c" and k == 0)
                        res.append(("L", val, up, tag))
        else:
            res.append(("sym", s))
    return res


# --------------------------------------------------------------------------
# Clean protocol: speaker and listener
# --------------------------------------------------------------------------


def clean_token_words(units):
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if u[0] == "sym":
            if (u[1] == ">" and i + 1 < len(units) and units[i + 1] == ("sym", ">")):
                out.append("double greater than")
                i += 2
                continue
            out.append(SYM_WORDS[u[1]])
        elif u[0] == "num":
            out.extend(DIGIT_WORDS[int(d)] for d in u[1])
        elif u[0] == "w":
            pre = {"l": "", "c": "capital ", "u": "all caps "}[u[2]]
            out.append(pre + u[1])
        elif u[0] == "R":
            for k, c in enumerate(u[1]):
                up = u[2] == "u" or (u[2] == "c" and k == 0)
                out.append(("capital " if up else "") + c)
        else:
            out.append(("capital " if u[2] else "") + u[1])
        i += 1
    return " ".join(out)


def render_clean(command):
    return " space ".join(clean_token_words(units_of(t)) for t in command.split(" "))


PHRASES = sorted(((tuple(v.split()), k) for k, v in SYM_WORDS.items()),
                 key=lambda p: -len(p[0]))
PHRASES.insert(0, (("double", "greater", "than"), ">>"))


def decode(text):
    """The listener for the clean protocol described in the style guide."""
    words = text.split()
    tokens, cur = [], []
    pending = None
    i = 0
    while i < len(words):
        w = words[i]
        if w == "space":
            tokens.append("".join(cur))
            cur = []
            i += 1
            continue
        if w == "capital":
            pending = "cap"
            i += 1
            continue
        if w == "all" and i + 1 < len(words) and words[i + 1] == "caps":
            pending = "upper"
            i += 2
            continue
        hit = None
        for phrase, sym in PHRASES:
            if tuple(words[i:i + len(phrase)]) == phrase:
                hit = (phrase, sym)
                break
        if hit:
            cur.append(hit[1])
            i += len(hit[0])
            continue
        if w in DIGIT_WORDS:
            cur.append(str(DIGIT_WORDS.index(w)))
            i += 1
            continue
        if pending == "cap":
            w = w[0].upper() + w[1:]
        elif pending == "upper":
            w = w.upper()
        pending = None
        cur.append(w)
        i += 1
    tokens.append("".join(cur))
    return " ".join(tokens)


# --------------------------------------------------------------------------
# Shared Whisper helpers
# --------------------------------------------------------------------------

PROPER = {"docker": "Docker", "git": "Git", "python": "Python",
          "ubuntu": "Ubuntu", "github": "GitHub", "alice": "Alice",
          "bob": "Bob", "linux": "Linux", "postgres": "Postgres",
          "firefox": "Firefox", "google": "Google", "friday": "Friday",
          "django": "Django", "yaml": "YAML", "nginx": "Nginx",
          "flask": "Flask", "numpy": "NumPy", "emacs": "Emacs",
          "vim": "Vim", "rust": "Rust", "ruby": "Ruby"}
LETTER_HOMOPHONES = {"r": "are", "u": "you", "y": "why", "c": "see",
                     "i": "eye", "o": "oh", "q": "queue", "j": "Jay",
                     "k": "Kay", "x": "ex", "b": "bee", "t": "tea"}
SPELLING_WORDS = {
    "a": "Apple", "b": "Bombay", "c": "Chennai", "d": "Delhi", "e": "Egg",
    "f": "Football", "g": "Goa", "h": "Hyderabad", "i": "India",
    "j": "Jaipur", "k": "Kolkata", "l": "Lucknow", "m": "Mumbai",
    "n": "Nagpur", "o": "Orange", "p": "Pune", "q": "Queen", "r": "Ranchi",
    "s": "Sugar", "t": "Tomato", "u": "Umbrella", "v": "Victory",
    "w": "Water", "x": "X-ray", "y": "Yellow", "z": "Zebra"}


def pick(rng, options):
    """options: list of (weight, value); one rng draw."""
    total = sum(w for w, _ in options)
    x = rng.random() * total
    for w, v in options:
        x -= w
        if x < 0:
            return v
    return options[-1][1]


def whisper_word(rng, w):
    if w == "sudo":
        return pick(rng, [(6, "sudo"), (3, "pseudo"), (1, "Sudo")])
    if w in PROPER:
        return pick(rng, [(7, PROPER[w]), (3, w)])
    return w


def glue(parts):
    """parts: list of (text, glue_left, glue_right) -> string."""
    out = ""
    prev_right = True
    for text, gl, gr in parts:
        if out and not (gl or prev_right):
            out += " "
        out += text
        prev_right = gr
    return out


def finish(text, rng, end_options=None):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,.?!:])", r"\1", text)
    text = re.sub(r",+", ",", text)
    text = re.sub(r"([.?!]),", r"\1", text)
    text = re.sub(r",([.?!])$", r"\1", text)
    text = re.sub(r"([.?!] )([a-z])", lambda mm: mm.group(1) + mm.group(2).upper(), text)
    m = re.search(r"[A-Za-z]", text)
    if m and text[m.start()].islower():
        text = text[:m.start()] + text[m.start()].upper() + text[m.start() + 1:]
    if end_options is None:
        end_options = [(7, "."), (3, "")]
    if text and text[-1] not in ".?!":
        text += pick(rng, end_options)
    return text


# --------------------------------------------------------------------------
# Fuzzy: the protocol as Whisper writes it
# --------------------------------------------------------------------------

FUZZY_SYNONYMS = {
    "-": [(70, ["hyphen"]), (15, ["dash"]), (15, ["minus"])],
    ".": [(70, ["dot"]), (20, ["period"]), (10, ["point"])],
    "/": [(75, ["slash"]), (25, ["forward", "slash"])],
    "*": [(70, ["star"]), (30, ["asterisk"])],
    "@": [(50, ["at", "sign"]), (50, ["at", "the", "rate"])],
    ">": [(85, ["greater", "than"]), (15, ["redirect"])],
    "=": [(80, ["equals"]), (20, ["equal", "sign"])],
    '"': [(80, ["quote"]), (20, ["double", "quote"])],
}
FUZZY_WRITE = {
    "tilde": [(6, "tilde"), (4, "tilda")],
    "caret": [(5, "caret"), (5, "carrot")],
    "backslash": [(5, "backslash"), (5, "back slash")],
    "underscore": [(6, "underscore"), (4, "under score")],
    "semicolon": [(5, "semicolon"), (5, "semi colon")],
    "backtick": [(5, "backtick"), (5, "back tick")],
    "ampersand": [(8, "ampersand"), (2, "Ampersand")],
    "hash": [(8, "hash"), (2, "Hash")],
}


def fuzzy_spoken(command, rng):
    """Speaker level: list of (word, kind, token_index).

    He settles on one name per symbol for the line, and strays from it now
    and then."""
    seq = []
    prefs = {}
    for ti, tok in enumerate(command.split(" ")):
        if ti:
            seq.append(("space", "space", ti))
        units = units_of(tok)
        i = 0
        while i < len(units):
            u = units[i]
            if u[0] == "sym":
                ch = u[1]
                if ch == "-" and i + 1 < len(units) and units[i + 1] == ("sym", "-") and i == 0:
                    form = pick(rng, [(75, ["hyphen", "hyphen"]), (15, ["double", "hyphen"]),
                                      (10, ["double", "dash"])])
                    for w in form:
                        seq.append((w, "sym", ti))
                    i += 2
                    continue
                if ch == ">" and i + 1 < len(units) and units[i + 1] == ("sym", ">"):
                    for w in ["double", "greater", "than"]:
                        seq.append((w, "sym", ti))
                    i += 2
                    continue
                if ch in FUZZY_SYNONYMS:
                    if ch not in prefs:
                        prefs[ch] = pick(rng, FUZZY_SYNONYMS[ch])
                    words = prefs[ch]
                    if rng.random() < 0.15:
                        words = pick(rng, FUZZY_SYNONYMS[ch])
                else:
                    words = SYM_WORDS[ch].split()
                for w in words:
                    seq.append((w, "sym:" + ch, ti))
            elif u[0] == "num":
                for d in u[1]:
                    seq.append((DIGIT_WORDS[int(d)], "digit", ti))
            elif u[0] == "R":
                for k, c in enumerate(u[1]):
                    if u[2] == "u" or (u[2] == "c" and k == 0):
                        seq.append(("capital", "case", ti))
                    seq.append((c, "letter", ti))
            elif u[0] == "w":
                if u[2] == "c":
                    seq.append(("capital", "case", ti))
                elif u[2] == "u":
                    seq.append(("all caps", "case", ti))
                seq.append((u[1], "word", ti))
            else:
                if u[2]:
                    seq.append(("capital", "case", ti))
                seq.append((u[1], "letter", ti))
            i += 1
    return seq


def render_fuzzy(command, rng):
    seq = fuzzy_spoken(command, rng)
    parts = []
    i = 0
    while i < len(seq):
        w, kind, ti = seq[i]
        if kind == "space":
            style = pick(rng, [(78, "plain"), (14, "comma"), (5, "stop"), (3, "cap")])
            if style == "plain":
                parts.append(("space", False, False))
            elif style == "comma":
                parts.append(("space,", False, False))
            elif style == "stop":
                parts.append(("space.", False, False))
                # next word gets a capital, as after a sentence break
                if i + 1 < len(seq) and seq[i + 1][1] == "word":
                    nw, nk, nt = seq[i + 1]
                    seq[i + 1] = (nw[0].upper() + nw[1:], nk, nt)
            else:
                parts.append(("Space", False, False))
            i += 1
            continue
        if kind == "digit":
            j = i
            while j < len(seq) and seq[j][1] == "digit":
                j += 1
            digits = "".join(str(DIGIT_WORDS.index(x[0])) for x in seq[i:j])
            style = pick(rng, [(55, "numeral"), (20, "spaced"), (25, "words")])
            if len(digits) == 1:
                style = pick(rng, [(5, "numeral"), (5, "words")])
            if style == "numeral":
                parts.append((digits, False, False))
            elif style == "spaced":
                parts.append((" ".join(digits), False, False))
            else:
                for x in seq[i:j]:
                    word = x[0]
                    if word == "two":
                        word = pick(rng, [(7, "two"), (2, "to"), (1, "too")])
                    elif word == "four":
                        word = pick(rng, [(8, "four"), (2, "for")])
                    parts.append((word, False, False))
            i = j
            continue
        if kind == "letter":
            j = i
            while j < len(seq) and seq[j][1] == "letter":
                j += 1
            letters = [x[0] for x in seq[i:j]]
            style = pick(rng, [(50, "upper"), (22, "glued"), (18, "lower"), (10, "homophone")])
            if style == "glued" and len(letters) > 1:
                parts.append(("".join(letters).upper(), False, False))
            else:
                for ltr in letters:
                    if style == "homophone" and ltr in LETTER_HOMOPHONES and rng.random() < 0.35:
                        parts.append((LETTER_HOMOPHONES[ltr], False, False))
                    elif style == "lower":
                        parts.append((ltr, False, False))
                    else:
                        parts.append((ltr.upper(), False, False))
            i = j
            continue
        if kind == "word":
            text = whisper_word(rng, w)
            # glue two said words of one token, as Whisper often does
            if (i + 1 < len(seq) and seq[i + 1][1] == "word" and seq[i + 1][2] == ti
                    and rng.random() < 0.45):
                text = text + seq[i + 1][0]
                i += 1
            parts.append((text, False, False))
            i += 1
            continue
        if kind == "case":
            text = w
            if w == "all caps":
                text = pick(rng, [(6, "all caps"), (2, "all-caps"), (2, "All caps")])
            elif rng.random() < 0.2:
                text = "Capital"
            parts.append((text, False, False))
            i += 1
            continue
        # symbols
        ch = kind[4:] if kind.startswith("sym:") else None
        if ch == "." and w in ("dot", "period") and parts and i + 1 < len(seq) \
                and seq[i + 1][1] in ("word", "letter") and seq[i - 1][1] in ("word", "letter") \
                and rng.random() < 0.3:
            parts.append((".", True, True))
            i += 1
            continue
        if ch == "?" and w == "question":
            parts.append(("question mark", False, False))
            i += 2
            continue
        if ch == "%" and rng.random() < 0.4 and parts and parts[-1][0].isdigit():
            parts.append(("%", True, False))
            i += 1
            continue
        if w in FUZZY_WRITE:
            parts.append((pick(rng, FUZZY_WRITE[w]), False, False))
        elif w == "hyphen" and i + 1 < len(seq) and seq[i + 1][0] == "hyphen" \
                and rng.random() < 0.35:
            parts.append(("hyphen-hyphen", False, False))
            i += 2
            continue
        else:
            parts.append((w, False, False))
        i += 1
    return finish(glue(parts), rng, [(6, "."), (4, "")])


# --------------------------------------------------------------------------
# Natural speech
# --------------------------------------------------------------------------

NAT_SYM = {
    "-": [(80, "hyphen"), (12, "dash"), (8, "minus")],
    ".": [(100, "dot")],
    "/": [(85, "slash"), (15, "forward slash")],
    "\\": [(6, "backslash"), (4, "back slash")],
    "|": [(7, "pipe"), (3, "pipe symbol")],
    "*": [(6, "star"), (4, "asterisk")],
    "!": [(7, "exclamation mark"), (3, "exclamation")],
    "#": [(8, "hash"), (2, "hash symbol")],
    "~": [(5, "tilde"), (3, "tilda"), (2, "tilde sign")],
    "@": [(7, "at the rate"), (2, "at sign"), (1, "at-the-rate")],
    "$": [(6, "dollar"), (4, "dollar sign")],
    "%": [(7, "percent"), (3, "percentage symbol")],
    "^": [(5, "caret"), (5, "carrot")],
    "&": [(7, "ampersand"), (3, "and symbol")],
    "=": [(5, "equal to"), (4, "equals"), (1, "equal sign")],
    "+": [(10, "plus")],
    ":": [(10, "colon")],
    ";": [(6, "semicolon"), (4, "semi colon")],
    "_": [(7, "underscore"), (3, "under score")],
    ",": [(10, "comma")],
    "'": [(6, "single quote"), (4, "single inverted comma")],
    "`": [(6, "backtick"), (4, "back quote")],
    "?": [(10, "question mark")],
    "(": [(10, "open round bracket")],
    ")": [(10, "close round bracket")],
    "[": [(10, "open square bracket")],
    "]": [(10, "close square bracket")],
    "{": [(10, "open curly bracket")],
    "}": [(10, "close curly bracket")],
    "<": [(8, "less than"), (2, "less than symbol")],
    ">": [(8, "greater than"), (2, "greater than symbol")],
}


def nat_number(rng, s):
    if len(s) == 1:
        return pick(rng, [(7, s), (3, DIGIT_WORDS[int(s)])])
    if len(set(s)) == 1 and len(s) in (2, 3) and rng.random() < 0.45:
        return ("double " if len(s) == 2 else "triple ") + s[0]
    if s[0] != "0" and len(s) >= 3 and s.rstrip("0") and len(s) - len(s.rstrip("0")) >= 2:
        return s  # round number, said as hundred / thousand; Whisper writes numerals
    if len(s) == 4 and s[0] != "0" and s[2] != "0" and rng.random() < 0.3:
        return s[:2] + " " + s[2:]
    if rng.random() < 0.25:
        # digit by digit, with his "double" for a repeated digit
        out = []
        k = 0
        while k < len(s):
            if k + 1 < len(s) and s[k] == s[k + 1]:
                out.append("double " + s[k])
                k += 2
            else:
                out.append(s[k])
                k += 1
        return ", ".join(out) if rng.random() < 0.3 else " ".join(out)
    return s


def nat_letter(rng, ltr, upper, after_hyphen, single):
    if upper:
        return pick(rng, [(7, "capital " + ltr.upper()), (3, "caps " + ltr.upper())])
    if single and after_hyphen and rng.random() < 0.25:
        return "small " + ltr
    if single and rng.random() < 0.07:
        return ltr.upper() + " for " + SPELLING_WORDS[ltr]
    return pick(rng, [(8, ltr.upper()), (2, ltr)])


class NatState:
    def __init__(self):
        self.dq = False
        self.sq = False

    def copy(self):
        s = NatState()
        s.dq, s.sq = self.dq, self.sq
        return s


def is_lower_piece(u):
    return (u[0] in ("w", "R") and u[2] == "l") or (u[0] == "L" and not u[2])


def sayable(run):
    """A spelled name he might just say as a word when relaxed."""
    vowels = sum(1 for c in run if c in "aeiouy")
    return len(run) >= 4 and vowels * 4 >= len(run) and not re.search(r"[^aeiouy]{4}", run)


def say_word(rng, w, case):
    """A word said plainly, with his way of marking its case."""
    if case == "l":
        return whisper_word(rng, w)
    if case == "c":
        cap = w[0].upper() + w[1:]
        return pick(rng, [(4, cap + " with capital " + w[0].upper()),
                          (3, "capital " + w[0].upper() + ", " + w),
                          (3, "capital " + cap)])
    return pick(rng, [(4, w.upper() + " in capitals"), (4, "all caps " + w.upper()),
                      (2, w.upper() + ", all capital")])


def nat_token(token, rng, st):
    """Render one command token in relaxed speech as Whisper writes it."""
    units = units_of(token)
    parts = []  # (text, glue_left, glue_right)
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if u[0] == "sym":
            ch = u[1]
            if ch == "-" and i == 0 and i + 1 < n and units[1] == ("sym", "-"):
                parts.append((pick(rng, [(45, "double hyphen"), (30, "hyphen hyphen"),
                                         (15, "double dash"), (10, "dash dash")]), False, False))
                i += 2
                continue
            if ch == ">" and i + 1 < n and units[i + 1] == ("sym", ">"):
                parts.append((pick(rng, [(7, "double greater than"), (3, "append symbol")]),
                              False, False))
                i += 2
                continue
            if ch == "&" and i + 1 < n and units[i + 1] == ("sym", "&"):
                parts.append((pick(rng, [(6, "double ampersand"), (4, "and and")]), False, False))
                i += 2
                continue
            if ch == "|" and i + 1 < n and units[i + 1] == ("sym", "|"):
                parts.append(("double pipe", False, False))
                i += 2
                continue
            if ch == '"':
                if not st.dq:
                    parts.append((pick(rng, [(5, "double quote"), (3, "open inverted commas"),
                                             (2, "quote")]), False, False))
                else:
                    parts.append((pick(rng, [(5, "double quote"), (3, "close inverted commas"),
                                             (2, "end quote")]), False, False))
                st.dq = not st.dq
                i += 1
                continue
            if ch == "." and 0 < i < n - 1 and is_lower_piece(units[i - 1]) \
                    and is_lower_piece(units[i + 1]) and rng.random() < 0.3:
                parts.append((".", True, True))
                i += 1
                continue
            if ch == "/" and 0 < i < n - 1 and is_lower_piece(units[i - 1]) \
                    and is_lower_piece(units[i + 1]) and rng.random() < 0.12:
                parts.append(("/", True, True))
                i += 1
                continue
            parts.append((pick(rng, NAT_SYM[ch]), False, False))
            i += 1
            continue
        if u[0] == "num":
            # dotted numbers: IPs, versions, decimals
            j = i
            while j + 2 < n and units[j + 1] == ("sym", ".") and units[j + 2][0] == "num":
                j += 2
            if j > i:
                group = [units[k][1] for k in range(i, j + 1, 2)]
                if rng.random() < 0.6:
                    parts.append((".".join(group), False, False))
                else:
                    sep = " point " if len(group) == 2 else " dot "
                    parts.append((sep.join(nat_number(rng, g) for g in group), False, False))
                i = j + 1
                continue
            parts.append((nat_number(rng, u[1]), False, False))
            i += 1
            continue
        if u[0] in ("L", "w", "R") and any(x[0] == "L" for x in units if x[0] != "sym"
                                               and x[0] != "num" and x[3] == u[3]):
            # a spelled name: relaxed, he may just say it as a word
            j = i
            while j < n and units[j][0] in ("L", "w", "R") and units[j][3] == u[3]:
                j += 1
            if (units[i - 1][3] != u[3] if i > 0 and units[i - 1][0] in ("L", "w", "R")
                    else True) and sayable(u[3][2]) and rng.random() < 0.35:
                parts.append((say_word(rng, u[3][2], u[3][1]), False, False))
                i = j
                continue
        if u[0] == "L":
            j = i
            while j < n and units[j][0] == "L" and units[j][2] == u[2]:
                j += 1
            run = "".join(units[k][1] for k in range(i, j))
            after_hyphen = i > 0 and units[i - 1] == ("sym", "-")
            if len(run) == 1:
                parts.append((nat_letter(rng, run, u[2], after_hyphen, True), False, False))
            elif u[2]:
                parts.append((pick(rng, [(4, "all caps " + " ".join(run.upper())),
                                         (3, run.upper() + " in capitals"),
                                         (3, ", ".join("capital " + c for c in run.upper()))]),
                              False, False))
            else:
                style = pick(rng, [(40, "glued"), (30, "spaced"), (15, "lower"), (15, "dashed")])
                if style == "glued":
                    parts.append((run.upper(), False, False))
                elif style == "spaced":
                    parts.append((" ".join(run.upper()), False, False))
                elif style == "lower":
                    parts.append((run, False, False))
                else:
                    parts.append(("-".join(run.upper()), False, False))
            # glue a spelled run onto a following said word sometimes ("PPMdither" no;
            # Whisper keeps them apart)
            i = j
            continue
        # word
        j = i
        while j < n and units[j][0] == "w" and units[j][2] == "l":
            j += 1
        if j > i + 1:
            words = [units[k][1] for k in range(i, j)]
            if rng.random() < 0.65:
                parts.append(("".join(words), False, False))
            else:
                parts.append((" ".join(whisper_word(rng, w) for w in words), False, False))
            i = j
            continue
        # a 'w' or an 'R' unit: said as a plain word
        parts.append((say_word(rng, u[1], u[2]), False, False))
        i += 1
    return glue(parts)


OPENERS = [
    (10, "Okay, so {c}"), (8, "Please type {c}"), (7, "Kindly run {c}"),
    (6, "Do one thing, run {c}"), (6, "The command is {c}"),
    (5, "Just put {c}"), (5, "So basically, {c}"), (5, "Type this: {c}"),
    (4, "Okay listen, {c}"), (4, "Run this one, {c}"),
    (4, "Can you type {c}"), (3, "Hello, please run {c}"),
    (3, "Okay, next one. {c}"), (3, "See, what you have to run is {c}"),
    (18, "{c}"),
]
SIGNOFFS = [
    (6, "That's it."), (4, "That's all."), (4, "Then press enter."),
    (3, "Thank you."), (3, "That's it only."), (2, "Okay?"),
    (2, "Yeah, that's it."), (2, "Done."),
]
FILLERS = [(5, "uh"), (3, "um"), (4, "basically"), (3, "actually"),
           (2, "see"), (2, "what you call"), (2, "means")]


def join_with_fillers(phrases, rng, rate=0.1, max_fillers=2):
    out = []
    used = 0
    for k, p in enumerate(phrases):
        if k and used < max_fillers and rng.random() < rate:
            out.append(", " + pick(rng, FILLERS) + ",")
            used += 1
        out.append(p)
    return " ".join(out)


def frame(body, rng, signoff_rate=0.4):
    text = pick(rng, OPENERS).replace("{c}", body)
    if rng.random() < signoff_rate:
        text = text.rstrip(" ,") + ". " + pick(rng, SIGNOFFS)
    return text


def render_natural(command, rng):
    st = NatState()
    phrases = [nat_token(t, rng, st) for t in command.split(" ")]
    body = join_with_fillers(phrases, rng)
    return finish(frame(body, rng), rng)


# --------------------------------------------------------------------------
# Chaotic: corrections, restarts, asides
# --------------------------------------------------------------------------

WORD_FIX = [
    (5, "{w}, sorry, {r}"), (5, "{w}, no no, {r}"),
    (5, "{w}... sorry, not {w}, {r}"), (4, "{w}, I mean {r}"),
    (4, "{w}, sorry sorry, it is {r}"), (3, "{w}. Wait, make it {r}"),
    (2, "{w}, no, not that, {r}"),
]
FLAG_FIX = [
    (5, "{w}, sorry, not {w}, {r}"), (4, "{w}... no no, {r}"),
    (3, "{w}, sorry sorry, the flag is {r}"), (3, "{w}, I mean {r}"),
]
WHOLE_FIX = [
    (4, "{p}... no, leave it, I'll tell again. {c}"),
    (4, "{p}, sorry, one minute, from the beginning. {c}"),
    (3, "{p}. Scratch that, wrong command. Full thing is {c}"),
    (3, "{p}, no no no, start again. {c}"),
]
RESTART = [(5, "{p}, uh, {p} {r}"), (4, "{p}... {p} {r}"),
           (3, "{p}, what was it, {p} {r}")]
ASIDES = [
    "this is for the staging box, by the way",
    "my manager wants this before lunch",
    "the network is very slow today",
    "sorry, there is some noise here",
    "one second, my tea is getting cold",
    "same as yesterday only",
    "I'll explain later why",
    "this one I always forget",
    "hold on, somebody is calling",
]
PARTS = [(4, "{a}, and after that {b}"), (3, "{a}. Then put {b}"),
         (3, "{a}, then after that, {b}")]
OTHER_FLAG_WORDS = ["verbose", "force", "all", "quiet", "help", "recursive",
                    "output", "name", "version", "debug", "list", "config"]
OTHER_WORDS = ["data", "main", "config", "test", "backup", "docs", "notes",
               "report", "demo", "alpha", "input", "output", "project", "logs",
               "server", "archive", "script", "admin", "user"]


def wrong_token(tok, rng):
    """A plausible wrong version of one token, or None."""
    if re.fullmatch(r"-[A-Za-z]", tok):
        letters = [c for c in "abcdefghilmnoprstuvx" if c != tok[1].lower()]
        c = rng.choice(letters)
        return "-" + (c.upper() if tok[1].isupper() else c)
    m = re.fullmatch(r"--([a-z]+)(.*)", tok)
    if m:
        choices = [w for w in OTHER_FLAG_WORDS if w != m.group(1)]
        return "--" + rng.choice(choices) + m.group(2)
    digits = [k for k, ch in enumerate(tok) if ch.isdigit()]
    if digits:
        k = rng.choice(digits)
        d = rng.choice([x for x in "0123456789" if x != tok[k]])
        return tok[:k] + d + tok[k + 1:]
    words = [m for m in re.finditer(r"[a-z]{3,}", tok)]
    words = [m for m in words if m.group() in OTHER_WORDS or m.group() in VOCAB]
    if words:
        m = rng.choice(words)
        choices = [w for w in OTHER_WORDS if w != m.group()]
        return tok[:m.start()] + rng.choice(choices) + tok[m.end():]
    return None


def can_go_wrong(tok):
    """Whether wrong_token() has something to change (no randomness used)."""
    if re.fullmatch(r"-[A-Za-z]", tok) or re.fullmatch(r"--([a-z]+)(.*)", tok):
        return True
    if any(ch.isdigit() for ch in tok):
        return True
    return any(m.group() in OTHER_WORDS or m.group() in VOCAB
               for m in re.finditer(r"[a-z]{3,}", tok))


def stutter(phrase):
    m = re.match(r"([A-Za-z]{4,})", phrase)
    if not m:
        return None
    return m.group(1)[:max(2, len(m.group(1)) // 2)] + "-"


def render_chaotic(command, rng):
    toks = command.split(" ")
    st = NatState()
    states = []
    phrases = []
    for t in toks:
        states.append(st.copy())
        phrases.append(nat_token(t, rng, st))
    n = len(toks)
    kinds = ["word", "flag", "whole", "restart", "aside", "parts", "stutter"]
    weights = [22, 18, 14, 14, 12, 8, 12]
    first = pick(rng, list(zip(weights, kinds)))
    troubles = [first]
    if rng.random() < 0.35:
        second = pick(rng, list(zip(weights, kinds)))
        if second != first and "whole" not in (first, second):
            troubles.append(second)

    segs = list(phrases)   # per token text, edited in place
    prefix_extra = ""
    for trouble in troubles:
        if trouble in ("word", "flag"):
            if trouble == "flag":
                cands = [k for k in range(n) if toks[k].startswith("-") and len(toks[k]) > 1]
            else:
                cands = [k for k in range(1, n) if not toks[k].startswith("-")]
            cands = [k for k in cands if can_go_wrong(toks[k])]
            if not cands:
                trouble = "whole"
            else:
                k = rng.choice(cands)
                wrong = wrong_token(toks[k], rng)
                wst = states[k].copy()
                wtext = nat_token(wrong, rng, wst)
                rtext = nat_token(toks[k], rng, states[k].copy())
                tpl = pick(rng, FLAG_FIX if trouble == "flag" else WORD_FIX)
                segs[k] = tpl.replace("{w}", wtext).replace("{r}", rtext)
                continue
        if trouble == "whole":
            cut = rng.randint(1, max(1, min(n - 1, 3))) if n > 1 else 1
            pre = list(phrases[:cut])
            wk = None
            for k in range(cut):
                if k and can_go_wrong(toks[k]):
                    wk = k
            if wk is not None and rng.random() < 0.6:
                pre[wk] = nat_token(wrong_token(toks[wk], rng), rng, states[wk].copy())
            prefix_extra = pick(rng, WHOLE_FIX).replace("{p}", " ".join(pre))
            continue
        if trouble == "restart" and n < 2:
            trouble = "stutter"
        if trouble == "restart":
            cut = rng.randint(1, min(2, n - 1))
            p = " ".join(phrases[:cut])
            rest = " ".join(segs[cut:])
            tpl = pick(rng, RESTART)
            segs = [tpl.replace("{p}", p).replace("{r}", rest).rstrip()]
            toks = [command]
            n = 1
            continue
        if trouble == "aside":
            if n > 1:
                k = rng.randint(1, n - 1)
                segs[k] = "- " + rng.choice(ASIDES) + " - " + segs[k]
            else:
                aside = rng.choice(ASIDES)
                segs[0] = segs[0] + ". " + aside[0].upper() + aside[1:]
            continue
        if trouble == "parts":
            if n > 2:
                k = rng.randint(1, n - 1)
                a = " ".join(segs[:k])
                b = " ".join(segs[k:])
                segs = [pick(rng, PARTS).replace("{a}", a).replace("{b}", b)]
                toks = [command]
                n = 1
            else:
                segs[-1] = segs[-1] + ", " + pick(rng, [(1, "that's the whole thing"),
                                                         (1, "nothing else")])
            continue
        if trouble == "stutter":
            ks = [k for k in range(len(segs)) if stutter(segs[k])]
            if ks:
                k = rng.choice(ks)
                segs[k] = stutter(segs[k]) + " " + segs[k]
            continue
    body = join_with_fillers(segs, rng, rate=0.12, max_fillers=2)
    if prefix_extra:
        body = prefix_extra.replace("{c}", body)
    return finish(frame(body, rng, signoff_rate=0.3), rng)


# --------------------------------------------------------------------------
# Selection and output
# --------------------------------------------------------------------------


def allowed_pool():
    rows = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            cmd = json.loads(line)["command"]
            if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
                continue
            if cmd != cmd.strip() or not cmd:
                continue
            if len(render_clean(cmd).split()) > 48:
                continue
            rows.append(cmd)
    return rows


def choose(rng):
    pool = allowed_pool()
    rng.shuffle(pool)
    seen, per_first, chosen = [], {}, []
    for cmd in pool:
        first = cmd.split(" ")[0]
        if cmd in seen or per_first.get(first, 0) >= 2:
            continue
        seen.append(cmd)
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    return chosen


def main():
    rng = random.Random(102)
    chosen = choose(rng)
    lines = []
    for si, name in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if name == "clean":
                text = render_clean(cmd)
                assert decode(text) == cmd, (cmd, text, decode(text))
            elif name == "fuzzy":
                text = render_fuzzy(cmd, rng)
            elif name == "natural":
                text = render_natural(cmd, rng)
            else:
                text = render_chaotic(cmd, rng)
            lines.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in lines:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {s: sum(1 for r in lines if r["slice"] == s) for s in SLICES}
    print(OUT, counts)


if __name__ == "__main__":
    main()
