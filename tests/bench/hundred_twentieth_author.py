#!/usr/bin/env python3
# ruff: noqa: E501, UP031, UP032
"""Dictation test set "author120": 400 spoken lines for the voice-to-bash app.

Writes assets/training/bash/author120.jsonl, one JSON object a line:
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean" | "fuzzy" | "natural" | "chaotic", "author": "author120"}
100 lines per slice, in that order.  Standard library only; one
random.Random(120), consumed in a fixed order, so a rerun is byte-identical.
Run:  python3 tests/bench/hundred_twentieth_author.py

Source and credit
-----------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, by way of assets/training/bash/pages_dev63_commands.jsonl.
Only 0-based lines n with n % 3 == 2 are used, for all four slices.  A
command is skipped when it is not ASCII, holds a tab or a double space, is
over 64 characters, is not trimmed, needs over 48 spoken words in the clean
protocol, or would need more than 8 letters spelled in a row (random strings
nobody dictates).  At most two commands share a first word, all 400 are
distinct, and each command's text is kept exactly as in the pool.  The
commands are drawn by shuffling the allowed pool with the seeded generator
and taking them in order; the first 100 are clean, then fuzzy, natural and
chaotic.

STYLE GUIDE
===========

The speaker
-----------
A sysadmin of the old school from the north of England, late fifties, who
learnt on British kit and still spells the British way.  Habits that set him
apart from the usual American developer, in every slice:
  * "hyphen", not "dash", for "-"; "double hyphen" for "--".
  * "forward slash" when careful, plain "slash" when not.
  * "dot" in names, but "point" between digits (1.2.3, 10.0.0.5).
  * "zed" for z, and "aitch" for h now and then.
  * "double" for a repeated letter or digit: "double s h" (ssh),
    "double p m" (ppm), "h double t p s", "double four three" (443).
  * "tilde" comes out as "tilda"; when sloppy he calls it "squiggle".
  * "asterisk" rather than "star", "bang" for "!", "hash" for "#".
  * Capitals: "capital m"; a whole word in capitals is "all caps readme";
    when talking loosely it is "Monday with a capital M", "README in
    capitals", "block capitals", and lower case letters in a mixed run
    are "small a".
  * Openers "Right,", "Right then,", "Now then,", "Go on then,", "Stick
    this in:", "Let's have"; sign-offs "Cheers.", "Ta.", "Ta very much.",
    "Lovely.", "That'll do.", "Job's a good'un."
  * Fillers "erm", "er", "you know".  Words glued into one name are
    flagged "all one word" (or "one word", "no spaces").
  * Corrections "no, hang on", "scrub that", "sorry, I mean", "hang
    about, that should be", "oh bother", "no, not X, Y"; for a flag,
    "no, wrong flag", "scrub that flag"; for the whole line, "let me start
    again", "start over", "from the top", "that's the wrong one entirely".
  * Asides about the kettle, his glasses, the dog, the slow laptop, the
    wiki, "our lass".

The clean protocol (slice "clean"), exactly as this speaker uses it
--------------------------------------------------------------------
A careful transcript: lower case, single spaces, no punctuation, nothing but
the command.  decode() below is the listener; every clean line is asserted
to decode to its command.

Tokens.  "space" is said between the command's tokens (also inside quoted
strings).  Everything between two "space"s is glued together: words,
letters, digits and symbols follow each other with no gap.

Symbols, one name each (the listener also takes "point" for "."):
    -  hyphen          .  dot / point   /  forward slash   \\  backslash
    ~  tilde           _  underscore    "  quote           '  single quote
    `  backtick        :  colon         ;  semicolon       =  equals
    +  plus            @  at            ,  comma           *  asterisk
    !  bang            #  hash          $  dollar          %  percent
    ^  caret           &  ampersand     |  pipe            >  greater than
    <  less than       ?  question mark (  open paren      )  close paren
    [  open square bracket    ]  close square bracket
    {  open curly brace       }  close curly brace
  "point" is used for a dot standing between two digit runs, "dot"
  everywhere else.  Two of the same symbol are "double <name>": "double
  hyphen" (--), "double forward slash" (//), "double greater than" (>>),
  "double ampersand" (&&), "double pipe" (||), "double colon" (::),
  "double plus" (++).  Three or more: doubles first, then a single.  Two
  dots are "dot dot".  "2>" is simply "two greater than".  He never says
  "double quote": "quote" is always ", and an empty string is "quote
  quote" (likewise "single quote single quote").

Letters.  A run that is not a word he knows is spelled, one letter per
spoken word, written as the bare letter ("s r c"), except z, which is
"zed".  Two equal lower-case letters in a row are "double x" ("double s
h" = ssh), except u and w, which are always said singly (so "double u"
can only ever be the letter w).  A capital letter is "capital x".

Words.  Runs he can pronounce are said as words ("backup", "localhost",
"numpy", "readme"), and a compound is said as its parts, which glue back:
"no backups" = nobackups, "base dir" = basedir, "skip lock storage",
"double m d b lookup" = mmdblookup.  A two-letter word only opens such a
run ("my d b" = mydb).  netpbm's "to" is spelled ("p n m t o p n g"),
never heard as "top".  Words that sound like a letter or a digit ("to",
"for", "you", "are", "see", "why", "oh", "ok" ...) are always spelled,
so a careful listener never has to guess between "to" and "two".

Literal words.  A word that the protocol gives a meaning to, when it is
meant as plain text, is preceded by "literal": "literal dot net" (dotnet),
"literal zero claw", "mount literal point", "literal zed" (the editor).
This covers every symbol word of the facts and of this speaker (hyphen,
dash, minus, dot, point, period, slash, pipe, star, asterisk, bang, hash,
tilde, at, dollar, percent, caret, ampersand, equals, plus, colon,
semicolon, underscore, comma, quote, backtick, redirect, append, paren,
brace, bracket, angle, caps), the number words, and space, literal,
capital, double, zed and the case-run words camel, snake, pascal, kebab,
screaming.  Words that only mean something in a pair (forward, single,
question, greater, less, open, close, all, and, back, under) carry
"literal" only when the second word of the pair really follows them.

Casing.  "capital" before a letter makes it upper case; before a word it
capitalises the word's first letter ("capital monday", "capital pal
capital server" = PalServer).  "all caps" before a word writes it all in
capitals ("all caps readme" = README); an all-capital run that is not a
word is spelled with "capital" on every letter ("capital c capital m
capital d").  "capital"/"all caps" come before "literal" when both apply.
This speaker never uses camel/snake/pascal/kebab/screaming case runs: he
says each capital and each underscore or hyphen himself.

Numbers.  A digit run is said as:
  * one digit: the digit word;  two digits: "twelve", "eighty",
    "twenty five";
  * x00: "three hundred";  x000: "three thousand";
  * a four-digit run whose halves repeat: "eighty eighty" (8080);
  * 19xx / 20xx with xx of 10 or more: "twenty eighteen";
  * anything else, and every run with a leading zero: digit by digit,
    with "double" for a pair (443 = "double four three", 1024 = "one zero
    two four", 1000000 = "one double zero double zero double zero").
  The listener reads number words in groups and concatenates them: a
  tens word takes a following unit ("twenty five" = 25), a digit word
  takes a following "hundred"/"thousand", "double d" is two digits, and
  so "two eighty" is 280, "eighty eighty" is 8080.

Fuzzy (slice "fuzzy")
---------------------
The same protocol, still with "space" between tokens and no framing, but
as Whisper writes it and with the synonyms he lets slip:
  * first letter capitalised, a full stop at the end about half the time,
    stray commas after "space", "pipe", "colon", "Space" capitalised;
  * spelled letters upper case, sometimes run together ("SRC", "PDF"),
    sometimes heard as words ("see", "are", "you", "why", "tea", "pee",
    "aitch", "Zed");
  * numbers as numerals ("8080", "3,000", "1 9 2", "double 4"), or as
    words with homophones ("to", "for", "won", "ate");
  * "tilda"/"tilder", "double-hyphen", "forward-slash", "greater then",
    "per cent", "carrot", "semi-colon", "literally" for "literal";
  * his own synonyms: "dash"/"minus" for hyphen, "slash" for forward
    slash, "point"/"period" for dot, "star" for asterisk, "equal"/"equals
    sign", "at sign";
  * brand casing ("GitHub", "NumPy", "Docker"), compounds split ("local
    host", "read me", "key gen") or glued ("nobackups");
  * names Whisper recognises glued with the real symbol: "report.pdf",
    "alice@example", "3.11".

Natural (slice "natural")
-------------------------
How he talks when not being careful: no "space" words, spacing left to
the listener.  A short opener most of the time, a sign-off half the time,
one or two fillers.  Loose symbol names ("dash", "minus", "slash", "star",
"redirect", "append", "pipe into", "and and", "open round bracket", "open
curly bracket", "quote ... unquote / end quote", "exclamation mark").
Whisper writes numbers as numerals (8080, 10.0.0.5, 1.2.3), letters in
capitals ("LS", "S R C") or lower case when short, file names glued
("config.yaml") about half the time, brand casing.  A token made of parts
that would otherwise look like separate words is followed by "all one
word"; capitals are "with a capital X", "in capitals", "capital X",
"small x"; a protocol word meant literally is "the word X" or "literally
X".  Anything not marked as a capital is lower case.

Chaotic (slice "chaotic")
-------------------------
Natural, plus one real trouble and often a second, lighter one:
  * word-scope correction: a wrong token (a different file name, number,
    letter) then "no, hang on", "scrub that", "sorry, I mean", "no, not X,"
    and the right token;
  * flag-scope correction: a wrong flag (sometimes with its value) then
    "no, wrong flag", "scrub that flag", "no no, make that";
  * whole-command restarts: a few tokens of this command, or of another
    command he was reading by mistake, then "let me start again", "from
    the top", "that's the wrong one entirely", and the full command;
  * partial answers: he stops mid-command ("erm, what comes next...",
    "hang on, let me look...") and carries on from where he stopped;
  * lighter: an aside between two tokens, or a token said twice with a
    trailing "...".
The correction always replaces exactly what was just said, so a careful
listener rebuilds the command exactly.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev63_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author120.jsonl")

AUTHOR = "author120"
SEED = 120
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
RESIDUE = 2              # 0-based line n is allowed when n % 3 == RESIDUE
MAX_CHARS = 64
MAX_SPOKEN = 48          # words of the clean rendering
MAX_SPELLED_RUN = 8      # longer strings of spelled letters are not dictated
MAX_PER_FIRST_WORD = 2

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
              "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY_DIGIT = {v: k for k, v in TENS_WORDS.items()}
NUMBER_WORDS = set(DIGIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS) | {"hundred", "thousand"}

# The speaker's clean symbol names (first choice) -------------------------
SYMBOL_NAME = {
    "-": "hyphen", ".": "dot", "/": "forward slash", "\\": "backslash",
    "~": "tilde", "_": "underscore", '"': "quote", "'": "single quote",
    "`": "backtick", ":": "colon", ";": "semicolon", "=": "equals",
    "+": "plus", "@": "at", ",": "comma", "*": "asterisk", "!": "bang",
    "#": "hash", "$": "dollar", "%": "percent", "^": "caret",
    "&": "ampersand", "|": "pipe", ">": "greater than", "<": "less than",
    "?": "question mark", "(": "open paren", ")": "close paren",
    "[": "open square bracket", "]": "close square bracket",
    "{": "open curly brace", "}": "close curly brace",
}
# what the clean listener accepts (the speaker's names, plus "point")
SYMBOL_PHRASES = {tuple(v.split()): k for k, v in SYMBOL_NAME.items()}
SYMBOL_PHRASES[("point",)] = "."
MAX_PHRASE = max(len(p) for p in SYMBOL_PHRASES)

# Words that always carry "literal" when they are meant as plain text: every
# word the protocol facts give a meaning to, and every word of this speaker's
# protocol that has a meaning on its own.
ALWAYS_LITERAL = set(NUMBER_WORDS) | {
    "space", "literal", "capital", "double", "zed",
    "hyphen", "dash", "minus", "dot", "period", "point", "slash",
    "backslash", "pipe", "star", "asterisk", "bang", "hash", "tilde", "at",
    "dollar", "percent", "caret", "ampersand", "equals", "plus", "colon",
    "semicolon", "underscore", "comma", "quote", "backtick", "redirect",
    "append", "paren", "brace", "bracket", "angle", "caps",
    "camel", "snake", "pascal", "kebab", "screaming",
}
# Words that only mean something when a given word follows them.
CONTEXTUAL = {
    "forward": {"slash"}, "single": {"quote"}, "question": {"mark"},
    "greater": {"than"}, "less": {"than"}, "all": {"caps"},
    "open": {"paren", "square", "curly", "brace", "bracket", "angle"},
    "close": {"paren", "square", "curly", "brace", "bracket", "angle"},
    "and": {"and"}, "back": {"slash", "tick"}, "under": {"score"},
}

# Words that sound like a letter name or a digit: always spelled instead.
HOMOPHONES = {
    "to", "too", "two", "for", "four", "fore", "won", "ate", "be", "bee",
    "see", "sea", "gee", "jay", "kay", "oh", "owe", "pee", "pea", "queue",
    "cue", "are", "tea", "tee", "you", "ewe", "why", "eye", "ex", "em",
    "en", "el", "ess", "dee", "eff", "aitch", "vee", "ok", "okay",
}

# Pronounceable runs said as words (everything else is split into these or
# spelled).  Lower case; single letters never appear here.
LEXICON = set("""
absolute accelerate accent accept access account active add address admin
aider air alias alice alien all allman allow alpha amass analyse analytics
anim ansible app apply arch archive args argument aria ask assembly astyle
attach audio auth auto autoload axel back backend background backup backups
badging bar base bash batch begin berks best bicep biff bin binary bind
bindkey binlog binstall biome bisect blend blender bob body book bookmark
boot borg branch brew brief brittany browse browser bucket build builder
buku bun bundle bundletool button cache caching cage calc cap capability
capture card cargo cascade case cast cat change changeme channel check
checkinstall checksums claude clean clementine client clip cloc clone
cloud cluster code codegen codex cognito color colour cols column columns
combine comby command comment comments commit commits compare compile
composer conda conf config configs configurations confirm conky connect
contacts container containerfile contents convert copy cordova core cores
count coverage coveralls cowsay cradle crane create cron crypt cython
daemonize dark data database dataset date debug decode decompile
decompress decrypt default define definition delete delimiter deluge demo
depends deploy depth derivation desktop destination details detect dev
devel developers device dexter dialog dictionary diff dillo dim dir
directory disk disks distro distrobox docker docroot docs dog dolt domain
domains done doxx drive drop dropbear dump dunst ebuild echo edit editor
eject elasticsearch electrum elements elm emacs enable encoding end
enforce enter entry env environment epson error eslint ether europe eval
event evil example exec executable exit explain export express extract
factorio fake fancy fast fasta fastapi feature fedora feh fiasco figlet
file filename files filesystem fill filter firefox firewall first fish
fits fix fixed fixup flags flake flask flat flatpak flow flutter fly focus
fold folder follow font fonts foo force foreground forever fork format
fossil frames freeze frida from full gamma gen generate genesis genie
geometry get gist git github gitlab gitleaks gitwatch glab glow glue
gnomon go gource grant grep grey gron group grub gum gzip haproxy head
header headers heatmap hello helm help hexdump hexyl hide home host how
hugo hunter husky icon idea identity ignore image images import in include
increment increments indent index influx info init initial input install
instance intel interaction interface internal invert ionic island jar java
javascript jello jira job jobs joe john join journal jpeg json julia just
kaggle keep key keychain keygen keyname kismet konsole kubernetes label
lambo language last latest launch layers layout length less level lib libs
license limit line lines link linode lint list listen load local localhost
locate location lock lockfile lodash log logfile login logs longitude look
lower magick main make mako mamba man manifest map mariadb markdown
master match mate matrix max memory menu merge metadata method midi
minicom miniserve mode model module monday monitor more mosh mount
mouse move multi multiple mutt my myapp name names namespaces
nest net netmask network new next ninja nitrogen nix no node nodemon nomad
notes now number numbers numpy object offerings on only open
opencode options optional or org out outfile output owner package pager
parallel params parquet pass password passwords patch path pattern pause
perl permanent photo pickle pinta pipelines pixels place plan plasma
platform play player plugin pluma polybar pool populate port position pre
prefix prime priority profile program progress project projects prompt
property proxy publish pull push puppet python quantum query queue queues
quick quit rails raku range rawhide read readme realms rebase reboot recipe
recipient record recording reference reflex regex region registry release
reload remote remove render reply repo report repos repository requests
requirements requires reset resolution resolve resource restore resume
revert revisions rich right role root route rows rule run rustup sails
save scan scheme scope screen script search second secret section select
send serve server service session set shelly sherlock short show shred
sign since single site size skills skip slides slope smalltalk sniff
socket soft sort source spec split spotify sprint spy stack stacks staff
staging standard start stat state static station status store storage
stream streamlink string strings strip style sublist sudo suffix sum swagger
swap switch sync syncthing syslog tag tail talk tar tarball target task
telnet terminal terminate test tests text theme thrift tidy time timeout
todo token toml tool toolbox toolchain tools top torrent touch trace
transfer translation transmission trash trigger true typo ubuntu unit units
unix unset unzip up update upgrade upload upper upstream uptime use user
users username usernames vagrant vala validate value vanilla verbose verify
version versions view viewer vim volume warning watch watchman web webapp
webpack website west what whatsapp whence whisper whoami window windows
wordlist work world write writable yank yarn yaml yesod zap zapier zip zone
pass patator yara takeout take osage croc walk poetry sunset cheat box pod wiki manager foot presenter
result dist swig int slop pub flash apple vol mono paste lookup mac llama ascii art put sun office signer power apptainer
lua latex non stop zypper clam projucer gnat prep stress type interlace current guest of if as do claw rabin pan
timidity sig print doe pixi dis uncompress tree ledger koji resubmit wait noti pict tex fig paper cairo emu swaks
ludusavi comp seq dupes chunk system spawn sequin manage unregister term pane doc class montage starlet wall mesh lab
subscription rustic brightness uninstall rand canonicalize canonical sixel pal warts nice
ping width steam pipewire sink edge fetch public cups bus babel shark logical deterministic determinism paint
""".split())

# Runs said in a fixed way, given as a list of ("w", word) / ("l", letters).
SAY = {
    "ionice": [("l", "io"), ("w", "nice")],
    "asar": [("l", "asar")],
}

BRAND = {
    "github": "GitHub", "gitlab": "GitLab", "numpy": "NumPy", "python": "Python",
    "docker": "Docker", "ubuntu": "Ubuntu", "firefox": "Firefox",
    "kubernetes": "Kubernetes", "java": "Java", "javascript": "JavaScript",
    "json": "JSON", "yaml": "YAML", "alice": "Alice", "bob": "Bob",
    "europe": "Europe", "monday": "Monday", "julia": "Julia",
    "fedora": "Fedora", "flutter": "Flutter", "spotify": "Spotify",
    "whatsapp": "WhatsApp", "blender": "Blender", "ansible": "Ansible",
    "vim": "Vim", "helm": "Helm", "hugo": "Hugo", "linode": "Linode",
    "mariadb": "MariaDB", "john": "John", "markdown": "Markdown",
    "perl": "Perl", "webpack": "Webpack", "readme": "README",
    "todo": "to-do", "localhost": "localhost", "claude": "Claude",
    "kaggle": "Kaggle", "vagrant": "Vagrant", "flask": "Flask",
}
# Whisper's habit of splitting compounds it does not know as one word
WHISPER_SPLIT = {
    "localhost": "local host", "readme": "read me", "backend": "back end",
    "lockfile": "lock file", "logfile": "log file", "outfile": "out file",
    "filename": "file name", "username": "user name", "usernames": "user names",
    "keychain": "key chain", "keygen": "key gen", "wordlist": "word list",
    "webapp": "web app", "myapp": "my app",
    "checksums": "check sums", "tarball": "tar ball",
    "toolbox": "tool box", "toolchain": "tool chain", "filesystem": "file system",
    "database": "data base", "dataset": "data set",
    "bookmark": "book mark", "changeme": "change me", "docroot": "doc root",
    "fixup": "fix up", "uptime": "up time", "codegen": "code gen",
    "metadata": "meta data", "hexdump": "hex dump", "netmask": "net mask",
}

# ---------------------------------------------------------------------------
# Clean encoder: command -> chunks (each chunk knows its spoken words and the
# command text it stands for)
# ---------------------------------------------------------------------------

def chunk(kind, words, text, **extra):
    d = {"k": kind, "w": list(words), "t": text}
    d.update(extra)
    return d


def letter_name(ch):
    return "zed" if ch == "z" else ch


def say_two(d):
    """Two digits, first not zero: 'twelve', 'eighty', 'twenty five'."""
    if d[0] == "1":
        return [TEEN_WORDS[int(d[1])]]
    words = [TENS_BY_DIGIT[int(d[0])]]
    if d[1] != "0":
        words.append(DIGIT_WORDS[int(d[1])])
    return words


def say_digit_by_digit(d):
    words, i = [], 0
    while i < len(d):
        if i + 1 < len(d) and d[i] == d[i + 1]:
            words += ["double", DIGIT_WORDS[int(d[i])]]
            i += 2
        else:
            words.append(DIGIT_WORDS[int(d[i])])
            i += 1
    return words


def say_number(d):
    n = len(d)
    if n > 1 and d[0] == "0":
        return say_digit_by_digit(d)
    if n == 1:
        return [DIGIT_WORDS[int(d)]]
    if n == 2:
        return say_two(d)
    if n == 3 and d[1:] == "00":
        return [DIGIT_WORDS[int(d[0])], "hundred"]
    if n == 4:
        if d[1:] == "000":
            return [DIGIT_WORDS[int(d[0])], "thousand"]
        if d[:2] == d[2:]:
            return say_two(d[:2]) * 2
        if d[:2] in ("19", "20") and d[2] != "0":
            return say_two(d[:2]) + say_two(d[2:])
    return say_digit_by_digit(d)


def split_lower(low):
    """Split a lower-case letter run into ('w', word) and ('l', letters)."""
    if low in SAY:
        return list(SAY[low])
    if low in ALWAYS_LITERAL or low in CONTEXTUAL:
        if len(low) > 1 and low not in HOMOPHONES:
            return [("w", low)]
    if low in LEXICON:
        return [("w", low)]
    if len(low) == 1 or low in HOMOPHONES:
        return [("l", low)]
    vocab = DP_VOCAB
    n = len(low)
    best = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, letters, parts = best[i]
        cand = (cost + 1, letters + 1, parts + [("l", low[i])])
        if best[i + 1] is None or cand[:2] < best[i + 1][:2]:
            best[i + 1] = cand
        for j in range(i + 2, n + 1):
            piece = low[i:j]
            # a two-letter word only opens a run ("my db", "no backups")
            if piece in vocab and (j - i > 2 or (i == 0 and n - j >= 2)):
                spoken = 2 if piece in ALWAYS_LITERAL else 1
                cand = (cost + spoken, letters, parts + [("w", piece)])
                if best[j] is None or cand[:2] < best[j][:2]:
                    best[j] = cand
    merged = []
    for kind, text in best[n][2]:
        if kind == "l" and merged and merged[-1][0] == "l":
            merged[-1] = ("l", merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


# pieces a run may be split into: the lexicon plus the protocol words (which
# then carry "literal"), never a homophone, never "top" (netpbm's "toppm"
# is "to ppm", not "top pm")
DP_VOCAB = {w for w in LEXICON | ALWAYS_LITERAL | set(CONTEXTUAL)
            if len(w) > 1 and w not in HOMOPHONES and w not in ("top", "and")}

CASE_RUN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def letters_chunks(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.islower() and i + 1 < len(text) and text[i + 1] == ch and ch not in "uw":
            out.append(chunk("letter", ["double", letter_name(ch)], ch * 2, ch=ch, dbl=True, cap=False))
            i += 2
        elif ch.isupper():
            out.append(chunk("letter", ["capital", letter_name(ch.lower())], ch, ch=ch.lower(), dbl=False, cap=True))
            i += 1
        else:
            out.append(chunk("letter", [letter_name(ch)], ch, ch=ch, dbl=False, cap=False))
            i += 1
    return out


def word_chunk(word, case=None):
    text = word
    words = []
    if case == "cap":
        words.append("capital")
        text = word[0].upper() + word[1:]
    elif case == "all":
        words += ["all", "caps"]
        text = word.upper()
    lit = word in ALWAYS_LITERAL
    if lit:
        words.append("literal")
    words.append(word)
    return chunk("word", words, text, base=word, case=case, lit=lit)


def alpha_chunks(run):
    subs = CASE_RUN.findall(run)
    assert "".join(subs) == run, run
    out = []
    for sr in subs:
        low = sr.lower()
        if sr.islower():
            case = None
        elif len(sr) == 1 or sr[1:].islower():
            case = "cap"
        else:
            case = "all"
        parts = split_lower(low)
        if case == "all":
            if len(parts) == 1 and parts[0][0] == "w":
                out.append(word_chunk(low, "all"))
            else:
                out += letters_chunks(sr)
            continue
        for idx, (kind, text) in enumerate(parts):
            capital = case == "cap" and idx == 0
            if kind == "w":
                out.append(word_chunk(text, "cap" if capital else None))
            else:
                out += letters_chunks(text[0].upper() + text[1:] if capital else text)
    return out


PIECE = re.compile(r"[A-Za-z]+|[0-9]+|([^A-Za-z0-9])\1*")


def symbol_chunks(run, prev_piece, next_piece):
    ch = run[0]
    out = []
    if ch == ".":
        between_digits = (prev_piece or "").isdigit() and (next_piece or "").isdigit()
        name = "point" if between_digits and len(run) == 1 else "dot"
        for _ in run:
            out.append(chunk("sym", [name], ".", ch="."))
        return out
    name = SYMBOL_NAME[ch].split()
    if ch in "\"'":
        # never "double quote": an empty string is "quote quote"
        return [chunk("sym", name, ch, ch=ch, n=1) for _ in run]
    k = len(run)
    while k >= 2:
        out.append(chunk("sym", ["double"] + name, ch * 2, ch=ch, n=2))
        k -= 2
    if k:
        out.append(chunk("sym", name, ch, ch=ch, n=1))
    return out


def token_chunks(tok):
    pieces = [m.group(0) for m in PIECE.finditer(tok)]
    assert "".join(pieces) == tok, tok
    out = []
    for i, p in enumerate(pieces):
        if p[0].isalpha():
            out += alpha_chunks(p)
        elif p[0].isdigit():
            out.append(chunk("num", say_number(p), p))
        else:
            prev_p = pieces[i - 1] if i else None
            next_p = pieces[i + 1] if i + 1 < len(pieces) else None
            out += symbol_chunks(p, prev_p, next_p)
    return out


def encode(command):
    """Command -> list of chunks, tokens separated by 'space' chunks."""
    chunks = []
    for n, tok in enumerate(command.split(" ")):
        if n:
            chunks.append(chunk("space", ["space"], " "))
        chunks += token_chunks(tok)
    # a word that only means something before a given word gets "literal"
    # when that word really follows it
    for i, c in enumerate(chunks):
        if c["k"] == "word" and not c["lit"] and c["base"] in CONTEXTUAL and i + 1 < len(chunks):
            if chunks[i + 1]["w"][0] in CONTEXTUAL[c["base"]]:
                c["w"].insert(len(c["w"]) - 1, "literal")
                c["lit"] = True
    return chunks


def clean_text(chunks):
    return " ".join(w for c in chunks for w in c["w"])


# ---------------------------------------------------------------------------
# The listener for the clean protocol
# ---------------------------------------------------------------------------

def _match_symbol(words, i):
    for size in range(MAX_PHRASE, 0, -1):
        key = tuple(words[i:i + size])
        if len(key) == size and key in SYMBOL_PHRASES:
            return SYMBOL_PHRASES[key], i + size
    return None, i


def _letter(word):
    if word == "zed":
        return "z"
    if len(word) == 1 and "a" <= word <= "z":
        return word
    return None


def _parse_number(words, i):
    digits = []
    n = len(words)
    while i < n:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else None
        if w == "double" and nxt in DIGIT_WORDS:
            digits.append(str(DIGIT_WORDS.index(nxt)) * 2)
            i += 2
        elif w in DIGIT_WORDS:
            d = str(DIGIT_WORDS.index(w))
            if nxt == "hundred":
                digits.append(d + "00")
                i += 2
            elif nxt == "thousand":
                digits.append(d + "000")
                i += 2
            else:
                digits.append(d)
                i += 1
        elif w in TEEN_WORDS:
            digits.append(str(10 + TEEN_WORDS.index(w)))
            i += 1
        elif w in TENS_WORDS:
            if nxt in DIGIT_WORDS[1:]:
                digits.append(str(TENS_WORDS[w]) + str(DIGIT_WORDS.index(nxt)))
                i += 2
            else:
                digits.append(str(TENS_WORDS[w]) + "0")
                i += 1
        else:
            break
    return "".join(digits), i


def decode(text):
    """Rebuild the command from a clean-slice line (this speaker's protocol)."""
    words = text.split(" ")
    out = []
    case = None
    i, n = 0, len(words)

    def put(s):
        nonlocal case
        if case == "cap":
            s = s[0].upper() + s[1:]
        elif case == "all":
            s = s.upper()
        case = None
        out.append(s)

    while i < n:
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else None
        if w == "space":
            out.append(" ")
            i += 1
        elif w == "literal":
            put(nxt)
            i += 2
        elif w == "capital":
            case = "cap"
            i += 1
        elif w == "all" and nxt == "caps":
            case = "all"
            i += 2
        elif w in NUMBER_WORDS or (w == "double" and nxt in DIGIT_WORDS):
            digits, i = _parse_number(words, i)
            out.append(digits)
        elif w == "double":
            sym, j = _match_symbol(words, i + 1)
            if sym is not None:
                out.append(sym * 2)
                i = j
            elif nxt == "u":
                put("w")
                i += 2
            elif _letter(nxt):
                put(_letter(nxt) * 2)
                i += 2
            else:
                raise ValueError("double what? %r" % text)
        else:
            sym, j = _match_symbol(words, i)
            if sym is not None:
                out.append(sym)
                i = j
            elif _letter(w):
                put(_letter(w))
                i += 1
            else:
                put(w)
                i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Choosing the commands
# ---------------------------------------------------------------------------

def dictatable(command):
    if not command.isascii() or "\t" in command or "  " in command:
        return False
    if len(command) > MAX_CHARS or command != command.strip() or not command:
        return False
    return True


def spelled_run_too_long(chunks):
    run = 0
    for c in chunks:
        if c["k"] == "letter":
            run += 2 if c["dbl"] else 1
            if run > MAX_SPELLED_RUN:
                return True
        else:
            run = 0
    return False


def load_pool():
    pool = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != RESIDUE:
                continue
            rec = json.loads(line)
            if dictatable(rec["command"]):
                pool.append(rec["command"])
    return pool


def choose(rng, pool):
    order = list(pool)
    rng.shuffle(order)
    chosen, seen, firsts = [], set(), {}
    for cmd in order:
        if cmd in seen:
            continue
        first = cmd.split(" ")[0]
        if firsts.get(first, 0) >= MAX_PER_FIRST_WORD:
            continue
        chunks = encode(cmd)
        spoken = clean_text(chunks)
        if len(spoken.split(" ")) > MAX_SPOKEN or spelled_run_too_long(chunks):
            continue
        if decode(spoken) != cmd:
            raise AssertionError("protocol cannot carry %r: %r" % (cmd, spoken))
        seen.add(cmd)
        firsts[first] = firsts.get(first, 0) + 1
        chosen.append((cmd, chunks))
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    return chosen


# ---------------------------------------------------------------------------
# Shared helpers for the Whisper-written slices
# ---------------------------------------------------------------------------

def pick(rng, weighted):
    """weighted: list of (value, weight); one rng.random() draw."""
    total = sum(w for _, w in weighted)
    r = rng.random() * total
    for value, w in weighted:
        r -= w
        if r < 0:
            return value
    return weighted[-1][0]


def number_groups(words):
    """Split a clean number's words into (words, digits) groups, the way
    the listener reads them: "double d", "d hundred", "d thousand", a tens
    word with its unit, or a single word."""
    groups, i = [], 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        end = i + 1
        if w == "double" or (w in DIGIT_WORDS and nxt in ("hundred", "thousand")):
            end = i + 2
        elif w in TENS_WORDS and nxt in DIGIT_WORDS[1:]:
            end = i + 2
        groups.append((words[i:end], _parse_number(words[i:end], 0)[0]))
        i = end
    return groups


LETTER_HOMOPHONE = {"b": "bee", "c": "see", "i": "eye", "j": "jay", "k": "kay",
                    "o": "oh", "p": "pee", "q": "queue", "r": "are", "t": "tea",
                    "u": "you", "x": "ex", "y": "why", "g": "gee", "h": "aitch"}
DIGIT_HOMOPHONE = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"]}


def cap1(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# Fuzzy: the clean protocol as Whisper writes it
# ---------------------------------------------------------------------------

FUZZY_SYMBOL = {
    ("-", 1): [("hyphen", 60), ("Hyphen", 6), ("dash", 18), ("minus", 12), ("hyphen,", 4)],
    ("-", 2): [("double hyphen", 45), ("double-hyphen", 15), ("double dash", 20),
               ("dash dash", 10), ("Double hyphen", 10)],
    ("/", 1): [("forward slash", 50), ("forward-slash", 15), ("slash", 25), ("Forward slash", 10)],
    ("/", 2): [("double forward slash", 55), ("double forward-slash", 15), ("double slash", 30)],
    ("~", 1): [("tilde", 55), ("tilda", 30), ("Tilde", 5), ("tilder", 10)],
    ("_", 1): [("underscore", 80), ("under score", 12), ("Underscore", 8)],
    ('"', 1): [("quote", 80), ("Quote", 10), ("quote,", 10)],
    ("'", 1): [("single quote", 80), ("single-quote", 20)],
    ("*", 1): [("asterisk", 60), ("star", 25), ("Asterisk", 15)],
    ("=", 1): [("equals", 70), ("equal", 15), ("equals sign", 15)],
    (":", 1): [("colon", 85), ("colon,", 15)],
    (":", 2): [("double colon", 100)],
    (">", 1): [("greater than", 70), ("greater-than", 15), ("greater then", 15)],
    (">", 2): [("double greater than", 80), ("double greater-than", 20)],
    ("<", 1): [("less than", 80), ("less-than", 20)],
    ("|", 1): [("pipe", 80), ("Pipe", 10), ("pipe,", 10)],
    ("|", 2): [("double pipe", 100)],
    ("+", 1): [("plus", 90), ("Plus", 10)],
    ("+", 2): [("double plus", 100)],
    (",", 1): [("comma", 85), ("comma,", 15)],
    (",", 2): [("double comma", 100)],
    ("@", 1): [("at", 70), ("at sign", 15), ("At", 15)],
    ("%", 1): [("percent", 75), ("per cent", 25)],
    ("!", 1): [("bang", 85), ("Bang", 15)],
    ("?", 1): [("question mark", 100)],
    ("&", 1): [("ampersand", 100)],
    ("&", 2): [("double ampersand", 100)],
    ("\\", 1): [("backslash", 70), ("back slash", 30)],
    ("#", 1): [("hash", 100)],
    ("$", 1): [("dollar", 100)],
    ("^", 1): [("caret", 70), ("carrot", 30)],
    (";", 1): [("semicolon", 80), ("semi-colon", 20)],
}


def fuzzy_symbol(c, rng):
    ch = c["t"][0]
    if ch == ".":
        if c["w"] == ["point"]:
            return pick(rng, [("point", 85), ("Point", 15)])
        return pick(rng, [("dot", 78), ("Dot", 7), ("point", 10), ("period", 5)])
    key = (ch, len(c["t"]))
    if key in FUZZY_SYMBOL:
        return pick(rng, FUZZY_SYMBOL[key])
    return " ".join(c["w"])


def fuzzy_letters(group, rng):
    """A run of letter chunks -> list of parts."""
    simple = all(not c["cap"] and not c["dbl"] for c in group)
    raw = "".join(c["t"] for c in group)
    if simple and len(group) > 1:
        style = pick(rng, [("joined", 45), ("single", 47), ("lower", 8)])
        if style == "joined":
            return [{"t": raw.upper(), "kind": "alpha", "compact": True, "raw": raw}]
        if style == "lower":
            return [{"t": " ".join(c["w"][-1] for c in group), "kind": "alpha", "compact": False, "raw": raw}]
    parts = []
    for c in group:
        ch = c["ch"]
        if c["cap"]:
            head = pick(rng, [("capital", 80), ("Capital", 20)])
            text = head + " " + ("Z" if ch == "z" and rng.random() < 0.5 else ("zed" if ch == "z" else ch.upper()))
            parts.append({"t": text, "kind": "alpha", "compact": False, "raw": None})
            continue
        if ch == "z":
            name = pick(rng, [("zed", 55), ("Zed", 25), ("Z", 20)])
        elif ch in LETTER_HOMOPHONE and rng.random() < 0.14:
            name = LETTER_HOMOPHONE[ch]
        else:
            name = ch.upper() if rng.random() < 0.88 else ch
        if c["dbl"]:
            parts.append({"t": pick(rng, [("double", 85), ("Double", 15)]) + " " + name,
                          "kind": "alpha", "compact": False, "raw": None})
        else:
            parts.append({"t": name, "kind": "alpha", "compact": len(name) == 1 and len(group) == 1, "raw": ch})
    return parts


def fuzzy_number(c, rng):
    words, digits = c["w"], c["t"]
    groups = number_groups(words)
    compound = any(w in TEEN_WORDS or w in TENS_WORDS or w in ("hundred", "thousand") for w in words)
    has_double = "double" in words

    def spoken(ws):
        out = []
        for w in ws:
            if w in DIGIT_HOMOPHONE and rng.random() < 0.3:
                out.append(DIGIT_HOMOPHONE[w][0] if len(DIGIT_HOMOPHONE[w]) == 1 else rng.choice(DIGIT_HOMOPHONE[w]))
            else:
                out.append(w)
        return " ".join(out)

    if len(words) == 1:
        style = pick(rng, [("num", 65), ("word", 35)])
        return digits if style == "num" else spoken(words)
    if compound and not has_double:
        style = pick(rng, [("num", 62), ("groups", 18), ("word", 20)])
        if style == "num":
            if "thousand" in words and rng.random() < 0.4:
                return "{:,}".format(int(digits))
            return digits
        if style == "groups" and len(groups) > 1:
            return " ".join(g for _, g in groups)
        return spoken(words)
    style = pick(rng, [("num", 35), ("groups", 35), ("word", 30)])
    if style == "num" and not has_double:
        return digits
    if style in ("num", "groups"):
        return " ".join(("double " + g[0]) if ws[0] == "double" else g for ws, g in groups)
    return spoken(words)


def fuzzy_word(c, rng):
    base = c["base"]
    head = []
    for w in c["w"][:-1]:
        head.append(w)
    head_text = " ".join(head)
    if head_text:
        head_text = {
            "capital": pick(rng, [("capital", 80), ("Capital", 20)]),
            "all caps": pick(rng, [("all caps", 60), ("all-caps", 20), ("All caps", 20)]),
            "literal": pick(rng, [("literal", 75), ("Literal", 15), ("literally", 10)]),
            "capital literal": "capital literal",
            "all caps literal": "all caps literal",
        }.get(head_text, head_text)
    if c["case"] == "cap":
        text = pick(rng, [(cap1(base), 70), (base, 30)])
    elif c["case"] == "all":
        text = pick(rng, [(base.upper(), 50), (base, 30), (cap1(base), 20)])
    else:
        r = rng.random()
        if base in BRAND and r < 0.55:
            text = BRAND[base]
        elif base in WHISPER_SPLIT and r < 0.35:
            text = WHISPER_SPLIT[base]
        else:
            text = base
    full = (head_text + " " + text) if head_text else text
    plain = not head_text
    return {"t": full, "kind": "alpha", "compact": plain and " " not in text,
            "raw": base if plain else None, "word": plain}


def join_parts(parts):
    out = ""
    for i, p in enumerate(parts):
        if i and not p.get("glue"):
            out += " "
        out += p["t"]
    return out


def fuzzy_line(chunks, rng):
    parts = []
    i, n = 0, len(chunks)
    while i < n:
        c = chunks[i]
        k = c["k"]
        if k == "letter":
            j = i
            while j < n and chunks[j]["k"] == "letter":
                j += 1
            parts += fuzzy_letters(chunks[i:j], rng)
            i = j
            continue
        if k == "space":
            parts.append({"t": pick(rng, [("space", 80), ("space,", 13), ("Space", 7)]), "kind": "space"})
        elif k == "num":
            t = fuzzy_number(c, rng)
            parts.append({"t": t, "kind": "num", "compact": t.isdigit(), "raw": t})
        elif k == "word":
            parts.append(fuzzy_word(c, rng))
            parts[-1]["after_word"] = i > 0 and chunks[i - 1]["k"] == "word"
        else:
            parts.append({"t": fuzzy_symbol(c, rng), "kind": "sym", "sym": c["t"]})
        i += 1
    # Whisper glues what it recognises: file names, e-mail addresses,
    # dotted numbers, and words it hears as one
    for i in range(1, len(parts) - 1):
        p, a, b = parts[i], parts[i - 1], parts[i + 1]
        if p["kind"] != "sym" or p.get("glue") or a.get("glue_r"):
            continue
        if not (a.get("compact") and b.get("compact")):
            continue
        if p["sym"] == ".":
            chance = 0.65 if a["kind"] == b["kind"] == "num" else 0.3
            mark = "."
        elif p["sym"] == "@":
            chance, mark = 0.35, "@"
        else:
            continue
        if rng.random() < chance:
            p["t"], p["glue"], b["glue"] = mark, True, True
            a["glue_r"] = True
            for q in (a, b):
                if q.get("raw"):
                    q["t"] = q["raw"]
    for i in range(1, len(parts)):
        p, a = parts[i], parts[i - 1]
        if p.get("after_word") and p.get("word") and a.get("word") and not p.get("glue"):
            if rng.random() < 0.3:
                p["glue"] = True
    text = join_parts(parts)
    text = cap1(text)
    if rng.random() < 0.55 and not text.endswith((",", ".")):
        text += "."
    return text.rstrip(",") if text.endswith(",") else text


# ---------------------------------------------------------------------------
# Natural: the speaker talking normally, Whisper writing it down
# ---------------------------------------------------------------------------

OPENERS = [
    ("Right,", 14), ("Right then,", 10), ("Okay, next one,", 7), ("Go on then,", 7),
    ("Can you do", 7), ("Can you just put", 5), ("Stick this in:", 6),
    ("Let's have", 6), ("Right, I want", 6), ("Erm, right,", 6), ("Now then,", 7),
    ("Type this for me:", 5), ("Next one's", 4), ("Okay, so it's", 5),
]
SIGNOFFS = [
    ("Cheers.", 14), ("Ta.", 12), ("Ta very much.", 7), ("Lovely.", 8),
    ("That's it.", 10), ("Job's a good'un.", 4), ("That'll do.", 6),
    ("Cheers, love.", 3), ("And that's your lot.", 4),
]
FILLERS = [("erm,", 52), ("er,", 28), ("you know,", 20)]
ONE_WORD = [(", all one word,", 45), (", all one word", 25), (", one word,", 15), (", no spaces,", 15)]

NATURAL_SYMBOL = {
    ("-", 1): [("hyphen", 55), ("dash", 30), ("minus", 15)],
    ("-", 2): [("double hyphen", 40), ("dash dash", 35), ("double dash", 25)],
    ("/", 1): [("slash", 65), ("forward slash", 35)],
    ("/", 2): [("double slash", 70), ("slash slash", 30)],
    ("~", 1): [("tilde", 55), ("tilda", 33), ("squiggle", 12)],
    ("_", 1): [("underscore", 100)],
    ("*", 1): [("asterisk", 55), ("star", 45)],
    ("=", 1): [("equals", 85), ("equals sign", 15)],
    (":", 1): [("colon", 100)],
    (":", 2): [("colon colon", 55), ("double colon", 45)],
    (">", 1): [("greater than", 55), ("redirect", 30), ("greater than sign", 15)],
    (">", 2): [("double greater than", 50), ("append", 50)],
    ("<", 1): [("less than", 80), ("redirect from", 20)],
    ("|", 1): [("pipe", 70), ("pipe into", 30)],
    ("|", 2): [("pipe pipe", 50), ("double pipe", 50)],
    ("&", 2): [("and and", 50), ("double ampersand", 50)],
    ("&", 1): [("ampersand", 100)],
    ("+", 1): [("plus", 100)],
    ("+", 2): [("plus plus", 100)],
    (",", 1): [("comma", 100)],
    (",", 2): [("comma comma", 100)],
    ("@", 1): [("at", 80), ("at sign", 20)],
    ("%", 1): [("percent", 60), ("per cent", 40)],
    ("!", 1): [("bang", 55), ("exclamation mark", 45)],
    ("?", 1): [("question mark", 100)],
    ("\\", 1): [("backslash", 100)],
    ("#", 1): [("hash", 100)],
    ("$", 1): [("dollar", 80), ("dollar sign", 20)],
    ("^", 1): [("caret", 100)],
    (";", 1): [("semicolon", 100)],
    ("`", 1): [("backtick", 100)],
    ("(", 1): [("open round bracket", 60), ("open paren", 40)],
    (")", 1): [("close round bracket", 60), ("close paren", 40)],
    ("[", 1): [("open square bracket", 100)],
    ("]", 1): [("close square bracket", 100)],
    ("{", 1): [("open curly bracket", 60), ("open curly brace", 40)],
    ("}", 1): [("close curly bracket", 60), ("close curly brace", 40)],
}


def natural_symbol(c, rng, quotes):
    ch = c["t"][0]
    if ch == ".":
        return "dot" if c["w"] != ["point"] else "point"
    if ch == '"':
        quotes['"'] += 1
        if quotes['"'] % 2:
            return pick(rng, [("quote", 60), ("open quote", 25), ("quote marks", 15)])
        return pick(rng, [("unquote", 40), ("close quote", 30), ("end quote", 30)])
    if ch == "'":
        quotes["'"] += 1
        if quotes["'"] % 2:
            return pick(rng, [("single quote", 70), ("open single quote", 30)])
        return pick(rng, [("single quote", 45), ("close single quote", 40), ("end single quote", 15)])
    key = (ch, len(c["t"]))
    if key in NATURAL_SYMBOL:
        return pick(rng, NATURAL_SYMBOL[key])
    return " ".join(c["w"])


def natural_letters(group, rng):
    raw = "".join(c["t"] for c in group)
    if any(c["cap"] for c in group):
        if all(c["cap"] for c in group) and len(group) > 1:
            if rng.random() < 0.5:
                return {"t": raw + pick(rng, [(" in capitals", 50), (", all capitals", 30), (", block capitals", 20)]),
                        "alpha": True, "compact": False, "raw": None}
        bits = []
        for c in group:
            if c["cap"]:
                bits.append("capital " + ("zed" if c["ch"] == "z" else c["ch"].upper()))
            elif c["dbl"]:
                bits.append("small " + c["ch"] + ", small " + c["ch"])
            else:
                bits.append("small " + ("zed" if c["ch"] == "z" else c["ch"]))
        return {"t": " ".join(bits), "alpha": True, "compact": False, "raw": None}
    style = pick(rng, [("joined", 50), ("spaced", 30), ("lower", 20)])
    if len(group) == 1 and not group[0]["dbl"]:
        ch = group[0]["ch"]
        if ch == "z":
            return {"t": pick(rng, [("zed", 60), ("Z", 40)]), "alpha": True, "compact": True, "raw": "z"}
        if ch == "h" and rng.random() < 0.3:
            return {"t": "aitch", "alpha": True, "compact": True, "raw": "h"}
        return {"t": ch.upper(), "alpha": True, "compact": True, "raw": ch}
    if style == "lower" and len(raw) <= 4:
        return {"t": raw, "alpha": True, "compact": True, "raw": raw}
    bits = []
    for c in group:
        name = "zed" if c["ch"] == "z" else c["ch"].upper()
        bits.append(("double " + name) if c["dbl"] else name)
    if style == "joined" and len(group) <= 5 and not any(c["dbl"] for c in group) and "zed" not in bits:
        return {"t": "".join(bits), "alpha": True, "compact": True, "raw": raw}
    return {"t": " ".join(bits), "alpha": True, "compact": False, "raw": raw}


def natural_word(c, rng):
    base = c["base"]
    if c["lit"]:
        text = base.upper() if c["case"] == "all" else (cap1(base) if c["case"] == "cap" else base)
        return {"t": pick(rng, [("the word " + text, 70), ("literally " + text, 30)]),
                "alpha": True, "compact": False, "raw": None}
    if c["case"] == "cap":
        word = cap1(base)
        return {"t": pick(rng, [(word + " with a capital " + ("zed" if base[0] == "z" else base[0].upper()), 55),
                                ("capital " + word, 45)]),
                "alpha": True, "compact": False, "raw": None}
    if c["case"] == "all":
        word = base.upper()
        return {"t": pick(rng, [(word + " in capitals", 40), ("all caps " + word, 35),
                                ("block capitals " + word, 25)]),
                "alpha": True, "compact": False, "raw": None}
    text = BRAND.get(base, base) if rng.random() < 0.6 else base
    if text == "to-do":
        text = "todo"
    return {"t": text, "alpha": True, "compact": True, "raw": base}


def natural_number(c, rng, alone=False):
    digits = c["t"]
    if alone and len(digits) == 1 and rng.random() < 0.25:
        return {"t": DIGIT_WORDS[int(digits)], "num": True, "compact": True, "raw": digits}
    return {"t": digits, "num": True, "compact": True, "raw": digits}


def split_tokens(chunks):
    tokens, cur = [], []
    for c in chunks:
        if c["k"] == "space":
            tokens.append(cur)
            cur = []
        else:
            cur.append(c)
    tokens.append(cur)
    return tokens


def natural_token(chunks, rng, quotes):
    atoms = []
    i, n = 0, len(chunks)
    while i < n:
        c = chunks[i]
        if c["k"] == "letter":
            j = i
            while j < n and chunks[j]["k"] == "letter":
                j += 1
            atoms.append(natural_letters(chunks[i:j], rng))
            i = j
            continue
        if c["k"] == "word":
            atoms.append(natural_word(c, rng))
        elif c["k"] == "num":
            atoms.append(natural_number(c, rng, alone=n == 1))
        else:
            atoms.append({"t": natural_symbol(c, rng, quotes), "sym": c["t"]})
        i += 1
    # gaps: glue[i] says whether atoms[i] sticks to atoms[i-1]
    glue = [False] * len(atoms)
    use_raw = [False] * len(atoms)
    for i in range(1, len(atoms) - 1):
        a, p, b = atoms[i - 1], atoms[i], atoms[i + 1]
        if p.get("sym") != "." or not (a.get("compact") and b.get("compact")):
            continue
        if glue[i - 1] and atoms[i - 2].get("sym") == ".":
            chance = 1.0
        elif a.get("num") and b.get("num"):
            chance = 1.0
        else:
            chance = 0.5
        if rng.random() < chance:
            p["t"] = "."
            glue[i] = glue[i + 1] = True
            use_raw[i - 1] = use_raw[i + 1] = True
    needs_marker = False
    for i in range(1, len(atoms)):
        a, b = atoms[i - 1], atoms[i]
        if glue[i] or a.get("sym") or b.get("sym"):
            continue
        # two non-symbol atoms meet inside one token
        if a.get("compact") and b.get("compact") and (a.get("num") or b.get("num") or rng.random() < 0.35):
            glue[i] = True
            if a.get("alpha") and b.get("alpha"):
                use_raw[i - 1] = use_raw[i] = True
        else:
            needs_marker = True
    out = ""
    for i, a in enumerate(atoms):
        text = a["raw"] if use_raw[i] and a.get("raw") else a["t"]
        if i and not glue[i]:
            out += " "
        out += text
    if needs_marker:
        out += pick(rng, ONE_WORD)
    return out


def natural_tokens(chunks, rng):
    quotes = {'"': 0, "'": 0}
    return [natural_token(t, rng, quotes) for t in split_tokens(chunks)]


def join_spoken(pieces, rng, fillers=True):
    """Join token renderings the way Whisper punctuates running speech."""
    out = ""
    used = 0
    for i, p in enumerate(pieces):
        if i:
            if out.endswith(","):
                out += " "
            elif fillers and used < 2 and rng.random() < 0.07:
                out += " " + pick(rng, FILLERS) + " "
                used += 1
            elif rng.random() < 0.06:
                out += ", "
            else:
                out += " "
        out += p
    return out


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",\s*\.", ".", text)
    text = re.sub(r"\.\s*,", ".", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r"(?<!\.)([.?]) ([a-z])", lambda m: m.group(1) + " " + m.group(2).upper(), text)
    return cap1(text.rstrip(" ,"))


def frame(body, rng, opener_p=0.85, signoff_p=0.5):
    text = body
    if rng.random() < opener_p:
        text = pick(rng, OPENERS) + " " + text
    if rng.random() < signoff_p:
        text = text.rstrip(",") + ". " + pick(rng, SIGNOFFS)
    elif rng.random() < 0.5:
        text = text.rstrip(",") + "."
    return tidy(text)


def natural_line(chunks, rng):
    return frame(join_spoken(natural_tokens(chunks, rng), rng), rng)


# ---------------------------------------------------------------------------
# Chaotic: natural plus trouble
# ---------------------------------------------------------------------------

SLIP_WORDS = ["main", "test", "backup", "config", "data", "notes", "report", "docs",
              "logs", "demo", "alpha", "output", "input", "server", "photo",
              "archive", "project", "build", "source", "master", "local", "tmp"]

WORD_FIX = [
    ("{w}, no, hang on, {r}", 20), ("{w}... sorry, I mean {r}", 18),
    ("{w}, scrub that, {r}", 14), ("{w}, no, not {w}, {r}", 14),
    ("{w}, oh bother, {r}", 10), ("{w}, hang about, that should be {r}", 12),
    ("{w}... no, {r}, sorry", 12),
]
FLAG_FIX = [
    ("{w}, no, wrong flag, {r}", 25), ("{w}, scrub that flag, {r}", 20),
    ("{w}, no no, make that {r}", 20), ("{w}... sorry, that flag's wrong, it's {r}", 20),
    ("{w}, hang about, not {w}, {r}", 15),
]
RESTART_SAME = [
    ("{p}... no, hang about, let me start again. {full}", 30),
    ("{p}, oh bother, start over. {full}", 25),
    ("{p}... no. Sorry, from the top: {full}", 25),
    ("{p}, scrub that, I've lost me place. {full}", 20),
]
RESTART_OTHER = [
    ("{p}... no, that's the wrong one entirely. It's {full}", 35),
    ("{p}, oh bother, wrong command, sorry. {full}", 35),
    ("{p}, no, scrub all that, I was reading the line above. {full}", 30),
]
PARTIAL = [
    ("{a}... erm, what comes next... {b}", 30),
    ("{a}, and then, erm, bear with me, {b}", 25),
    ("{a}... hang on, let me look... right, {b}", 25),
    ("{a}, er, where was I, {b}", 20),
]
ASIDES = [
    "hang on, the kettle's boiled", "bear with me", "where's me glasses",
    "this laptop's crawling today", "our lass is shouting me",
    "that's what the wiki says anyway", "I always forget this one",
    "don't ask me why", "the dog's going mad at the postman",
    "I had this written down somewhere", "me eyes aren't what they were",
]


def wrong_token(tok, rng, long_flags):
    """A plausible slip for one token, or None."""
    if '"' in tok or "'" in tok:
        return None
    if re.fullmatch(r"-[A-Za-z]", tok):
        letters = "abcdefghijklmnopqrstuvwxyz"
        ch = tok[1]
        other = rng.choice([x for x in letters if x != ch.lower()])
        return "-" + (other.upper() if ch.isupper() else other)
    if re.fullmatch(r"--[a-z]+(-[a-z]+)*", tok):
        other = rng.choice(long_flags)
        return other if other != tok else None
    if tok.isdigit() and len(tok) <= 5 and not tok.startswith("0"):
        return str(int(tok) + rng.choice([1, 2, 10, 100]))
    runs = [m for m in re.finditer(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", tok)]
    if not runs:
        return None
    m = rng.choice(runs)
    other = rng.choice([w for w in SLIP_WORDS if w != m.group(0)])
    return tok[:m.start()] + other + tok[m.end():]


def render_alone(tok, rng):
    quotes = {'"': 0, "'": 0}
    return natural_token(encode(tok), rng, quotes)


def chaotic_line(command, chunks, rng, long_flags, decoys):
    toks = command.split(" ")
    said = natural_tokens(chunks, rng)
    n = len(toks)
    kind = pick(rng, [("word", 30), ("flag", 25), ("restart", 25), ("partial", 20)])
    flag_idx = [i for i, t in enumerate(toks) if re.fullmatch(r"--?[A-Za-z][A-Za-z-]*", t)]
    if kind == "flag" and not flag_idx:
        kind = "word"
    if kind == "partial" and n < 3:
        kind = "restart"
    pieces = list(said)
    fixed_at = None
    if kind in ("word", "flag"):
        order = list(flag_idx if kind == "flag" else range(n))
        rng.shuffle(order)
        for i in order:
            bad = wrong_token(toks[i], rng, long_flags)
            if bad is None or bad == toks[i]:
                continue
            last = i
            right = said[i]
            wrong = render_alone(bad, rng)
            if kind == "flag" and i + 1 < n and not toks[i + 1].startswith("-") \
                    and '"' not in toks[i + 1] and "'" not in toks[i + 1] and rng.random() < 0.5:
                # the flag and its value, said again together
                last = i + 1
                right = said[i] + " " + said[i + 1]
                wrong = wrong + " " + said[i + 1]
            template = pick(rng, FLAG_FIX if kind == "flag" else WORD_FIX)
            pieces = said[:i] + [template.format(w=wrong, r=right)] + said[last + 1:]
            fixed_at = i
            break
        if fixed_at is None:
            kind = "restart"
    # a second, lighter trouble, always between tokens
    extra = pick(rng, [("aside", 35), ("stutter", 25), ("none", 40)])
    if extra == "aside" and len(pieces) > 1:
        at = rng.randint(1, len(pieces) - 1)
        pieces = pieces[:at] + [", " + rng.choice(ASIDES) + ","] + pieces[at:]
    elif extra == "stutter":
        spots = [i for i in range(min(len(pieces), n)) if i != fixed_at
                 and (i == 0 or toks[i] != toks[i - 1]) and (i + 1 >= n or toks[i] != toks[i + 1])
                 and pieces[i] == said[i]]
        if spots:
            i = rng.choice(spots)
            pieces[i] = pieces[i] + "... " + pieces[i]
    if kind in ("word", "flag"):
        body = join_spoken(pieces, rng, fillers=True)
    elif kind == "restart":
        full = join_spoken(pieces, rng, fillers=False)
        if rng.random() < 0.45 or n < 2:
            other = rng.choice(decoys)
            other_said = natural_tokens(encode(other), rng)
            k = min(len(other_said), rng.randint(1, 3))
            prefix = join_spoken(other_said[:k], rng, fillers=False)
            body = pick(rng, RESTART_OTHER).format(p=prefix, full=full)
        else:
            k = rng.randint(1, max(1, min(3, n - 1)))
            prefix = join_spoken(said[:k], rng, fillers=False)
            body = pick(rng, RESTART_SAME).format(p=prefix, full=full)
    else:
        k = rng.randint(1, len(pieces) - 1)
        while k < len(pieces) and pieces[k].startswith(", "):
            k += 1
        a = join_spoken(pieces[:k], rng, fillers=False)
        b = join_spoken(pieces[k:], rng, fillers=False)
        body = pick(rng, PARTIAL).format(a=a, b=b) if b else a
    return frame(body, rng, opener_p=0.7, signoff_p=0.45)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def build():
    rng = random.Random(SEED)
    pool = load_pool()
    chosen = choose(rng, pool)
    chosen_set = {cmd for cmd, _ in chosen}
    decoys = [cmd for cmd in pool if cmd not in chosen_set]
    long_flags = sorted({t for cmd in pool for t in cmd.split(" ")
                         if re.fullmatch(r"--[a-z]+(-[a-z]+)*", t)})
    rows = []
    for idx, (cmd, chunks) in enumerate(chosen):
        slice_name = SLICES[idx // PER_SLICE]
        if slice_name == "clean":
            text = clean_text(chunks)
            assert decode(text) == cmd, (cmd, text)
            assert len(text.split(" ")) <= MAX_SPOKEN
        elif slice_name == "fuzzy":
            text = fuzzy_line(chunks, rng)
        elif slice_name == "natural":
            text = natural_line(chunks, rng)
        else:
            text = chaotic_line(cmd, chunks, rng, long_flags, decoys)
        assert text and text.isascii() and "\n" not in text, (cmd, text)
        rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
    return rows


def main():
    rows = build()
    assert len(rows) == PER_SLICE * len(SLICES)
    assert len({r["command"] for r in rows}) == len(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")
    counts = {}
    for row in rows:
        counts[row["slice"]] = counts.get(row["slice"], 0) + 1
    clean_ok = all(decode(r["input"]) == r["command"] for r in rows if r["slice"] == "clean")
    print("wrote %s" % os.path.relpath(OUT, ROOT))
    print("lines per slice: %s" % ", ".join("%s %d" % (s, counts.get(s, 0)) for s in SLICES))
    print("clean lines round-trip through decode(): %s" % ("all" if clean_ok else "NOT ALL"))
    return 0 if clean_ok else 1


if __name__ == "__main__":
    sys.exit(main())
