"""Ninety-fifth author: a dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author95.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author95"}
100 lines per slice, in that order.  Standard library only; one
random.Random(95) is consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/pages_dev55_commands.jsonl
(0-based lines n with n % 3 == 1 only).  Command text is kept exactly.
Selection: the allowed line numbers are shuffled by the seeded generator and
taken in that order, skipping commands that are non-ASCII, contain a tab or a
double space, are over 64 characters, need over 48 spoken words in the clean
protocol, repeat an earlier command, or whose first word was already used
twice.  The first 100 kept go to clean, then fuzzy, natural, chaotic.

STYLE GUIDE
===========

The speaker
-----------
Kuroda Shunsuke, 41, engine programmer at a game studio in Tokyo (C++
renderer and asset-pipeline tools).  He learned the shell from thick
Japanese textbooks, so his symbol names are the katakana ones said in
English: "hyphen" (haifun) never "dash", "double quote" / "single quote",
"asterisk", "tilde", "underscore", "equals".  When relaxed he slips into the
Japanese-office names: "at mark" for @, "under bar" for _, "equal" for =,
"sharp" for #, "exclamation" for !, "dollar mark" for $.  He reads every
number digit by digit, like a phone number, and always says "zero" (never
"oh"), so 8080 is "eight zero eight zero" and 144 is "one four four".
He says Z as "zetto" when he is not careful (Whisper writes "Zetto" or
"zed").  He is very polite and methodical: opens with "excuse me" or
"please", closes with "thank you" or "onegaishimasu", and when he makes a
mistake he says "ah, sumimasen" or "chigau" ("wrong") and repeats the right
thing in full.  He is a little nervous about long paths and says so.

His careful protocol (the clean slice)
--------------------------------------
A careful lower-case transcript, no punctuation, nothing but the command.
* "space" is said between every two shell words (one real space each).
  Inside a shell word every spoken item is glued to the next.
* Words vs spelling.  A run of letters that is an English word, or a tool
  name he pronounces as a word (the VOCAB set below: "install", "docker",
  "localhost", "ubuntu", "uncrustify"...), is said as that word.  Anything
  else is spelled letter by letter, and long names are broken into the
  word parts he knows plus spelled letters: "lvresize" is "l v resize",
  "pbmtoepsi" is "p b m to e p s i", "ls" is "l s", "src" is "s r c".
  Inside a longer name he uses only word parts of three letters or more,
  plus "to" in the middle (the netpbm "p p m to p g m" names), "up", "me",
  "my", "no"; "top" and "com" only as whole names ("htop" is "h t o p").
  A spelled letter is transcribed as the bare lower-case letter.
* Symbols, always by these exact names:
    -  hyphen           .  dot              /  slash        ~  tilde
    _  underscore       :  colon            ;  semicolon    ,  comma
    =  equals           +  plus             *  asterisk     %  percent
    @  at sign          $  dollar           #  hash         !  bang
    ^  caret            &  ampersand        |  pipe         ?  question mark
    "  double quote     '  single quote     `  backtick     \\  backslash
    >  redirect         >> append           <  less than
    ( ) open paren / close paren   { } open brace / close brace
    [ ] open bracket / close bracket
  "--" is simply "hyphen hyphen" (two hyphens glue); "&&" is "and and";
  "2>" is "two redirect".
* Numbers: digit by digit with zero..nine; consecutive digits glue.  He
  never uses compounds ("eighty", "thousand") in careful speech.
* Casing: everything is lower case unless marked.  "capital" makes the next
  letter upper case, or, before a word, its first letter ("capital box" ->
  Box).  "all caps" before a word upper-cases the whole word ("all caps
  readme" -> README).  An upper-case run that is not a word is spelled with
  "capital" before every letter ("capital e capital p capital s capital g").
* Case runs: "snake case w1 w2 ..." -> w1_w2, "camel case w1 w2" -> w1W2,
  "pascal case w1 w2" -> W1W2, used only when every part is a word he says
  as a word.  The run ends at the next protocol word (a symbol, a digit,
  "space", "capital"...) or at the end.  He never uses kebab or screaming
  case: he says the hyphens and "all caps" himself.
* Collisions: a literal word that is also a protocol word (any symbol name
  or synonym from the app's list: dash, dot, point, open, close, double,
  single, all, and, at, sign, mark, less, than, plus, space, capital, case,
  the number words zero..thousand, and "word" itself) is preceded by
  "word": "crane word append", "hyphen hyphen word all", "word open s s l".
  Inside a longer name he only keeps open, dot, hash, zero, bang, point,
  sign, star, plus, mark, space, word, case as escaped parts ("word dot
  net"); other collisions inside a name are spelled ("s a l l o c").
* The listener (decode() below) rebuilds the command exactly; the script
  asserts it for every clean line.

Whisper's habits (fuzzy and later)
----------------------------------
Sentence capitals and full stops, commas at his pauses, spelled letters in
capitals and glued ("LS", "PBM"), digits as numerals ("8080", sometimes
"80 80"), paths written with real symbols ("/tmp/report.pdf",
"index.html"), "hyphen-hyphen", "all-caps", homophones ("tilda", "carrot",
"zed"/"Zetto", "dotto" for his accented "dot"), compound words split
("local host", "key store"), proper nouns capitalised ("Ubuntu", "Python").
Casing in the text never carries meaning; only "capital" / "all caps" do.

The four slices
---------------
* clean   - the careful protocol above, exactly.
* fuzzy   - the same protocol ("space" still said) as Whisper writes it,
            plus symbol synonyms he has heard at work: minus / dash for -,
            period for ., forward slash, star, equal.  No framing, fillers.
* natural - how he talks at his desk: no "space"; a short opener ("Excuse
            me, please type", "Next command, onegaishimasu"), sometimes a
            sign-off ("That is all, thank you"); fillers "eto", "ano", "um",
            "ne"; loose symbol names (dash, at mark, under bar, equal,
            sharp, exclamation, dollar mark, tilda); numerals.  Spacing is
            inferred: spoken symbols glue to both sides, separate words or
            numbers are separate shell words, Whisper puts a comma where he
            pauses between shell words.  When a shell word is made of
            several spoken pieces with no symbol between ("bean stalk D",
            "hunter 2") he pauses before it and adds "one word" / "all
            together" / "no space" / "in one word" after it: that mark
            glues everything since the last comma or full stop.  He always
            pauses between two numbers, around a shell word that starts or
            ends with a spoken symbol, and the listener drops fillers.
            Letters run together ("LS", "PBM") are one spelled piece;
            protocol-word literals become "the word append".
* chaotic - natural plus trouble, one or two per line: word-scope fix
            ("rum, ah sumimasen, not rum, run"), flag-scope fix ("hyphen B,
            chigau, the option is hyphen V"), number fix, whole-command
            restart ("sumimasen, I say again from the beginning"), a
            trailed-off shell word said again ("slash var slash, eto, once
            more, slash var slash log"), the command name stuttered
            ("docker... docker"), and asides about his work.  A correction
            always replaces the whole shell word just said; a restart
            discards everything before it.
"""

import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev55_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author95.jsonl")
AUTHOR = "author95"

# ---------------------------------------------------------------- protocol
SYM = {
    "-": "hyphen", ".": "dot", "/": "slash", "~": "tilde", "_": "underscore",
    ":": "colon", ";": "semicolon", ",": "comma", "=": "equals", "+": "plus",
    "*": "asterisk", "%": "percent", "@": "at sign", "$": "dollar",
    "#": "hash", "!": "bang", "^": "caret", "&": "ampersand", "|": "pipe",
    "?": "question mark", '"': "double quote", "'": "single quote",
    "`": "backtick", "\\": "backslash", ">": "redirect", ">>": "append",
    "<": "less than", "(": "open paren", ")": "close paren",
    "{": "open brace", "}": "close brace", "[": "open bracket",
    "]": "close bracket", "&&": "and and",
}
SPOKEN_SYM = {v: k for k, v in SYM.items()}
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGITS)}

RESERVED = set("""
space word capital all caps camel snake pascal kebab screaming case
dash minus hyphen dot period point slash forward backslash pipe star
asterisk bang hash tilde at sign dollar percent caret ampersand equals equal
plus colon semicolon underscore comma quote single double backtick question
mark open close paren brace curly bracket angle less than greater redirect
append and two oh zero one three four five six seven eight nine ten eleven
twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
thirty forty fifty sixty seventy eighty ninety hundred thousand million
""".split())

# Words (and tool names) the speaker says as words; everything else is spelled.
VOCAB = set("""
about access account acyclic add agent alias alice allocate allow alpha
alpine analyze ansible app apps apptainer apropos aptitude archive arg args
argument arrow asset assets attach audio auth author available azure azurite
back backend background backup base basic batch bed bin binary blame blend
blender block board bob body book bookmarks boot box branch brew bright
brightness browser bucket buckets buffer build builder bundle bundletool bus
by cache calls cargo cast cat catalog cert chat change channel channels check
checkout child chrome clang clean clear client clip clipboard clone closest
cloud cluster code coffee color column command commit compress compose conda
conf config connect console contacts container content context continue
convert copy core count counts cradle crane create cron crypt cryptsetup
curl custom cython dashboard dashboards data database date debug decaffeinate
decode decompress decrypt default delay delete delimiter deluge demo depends
deploy depot desktop dev develop developer developers device dexter diff
dir directory disable disassemble discards disk display distro do doc docker
docs domain done down download draw drive driver due dump edit elastic
elixir embed emulator empty enable encrypt engine entry env error event
example exchange exclude executable execution exited expand export express
extract features fetch file filename files filter financial find finger fix
flag flags flake flask flatpak flowers folder font foo force format formula
frame free freeze from full fuzzel game gem general generate get gif git
github global gnome go gradle graph group guest hash head header headers
hello help heroku hidden historical history home host hub hugo hunter ignore
image images import in include index infection info init initial inkscape
input insert inspect install installed interactive internal inverse issue
jar java jenkins jira job julia keep kernel key keyfile keystore kill kind
label lambo language latest latex launch layout level lib light limit line
lines link lint list load local localhost lock locust lodash log login logs
long loop machine magento magick main maintenance make malware man manage
manager manifest market master match max me media meld merge message messages
meson meta migration mixer mode model module monitor more mount move music
my myapp name names namespace nano native net network new next nimble nix
node nomad none not note notes now null numeric object octave of offload
only option order out outfile output owner package pad page parallel parquet
pass password passwordfile patch path peco permissions photo ping plan
platform play player plugin podman poetry policy pool popeye port portable
post premium preset preview private process profile program progress project
projects prompt property proto proxy prune public publish pull push python
quarterly query queue quiet range ranger rate raw react read readme rec
record recursive redis reflex region registry release reload remote remove
rename render reopen repo report repository request requests requirement
requirements reset resize resource restart restore result revision role root
rule rules run rust safe sample save scale scan scheme screen screenshot
script search secret security seed select self send sensors serial serve
server service session set setup shadow share shell show side sign signal
similar size skip slides slot smalltalk smooth snap snapshot snippet socket
sort source speak speed split stack staff staging start stat state stats
status steam stop storage store stream string strings strip style sub
subgroup sum swap switch sync system table tag tail tailscale talk tar target
task template tenant terraform test text theme time timeout to todo tool
tools top torrent track traffic translate tree trigger true tune type typo
ubuntu uncompress uncrustify uninstall union unison unit units unmask unset
until up update upgrade upgrades upload uptime usage use user username users
utils vagrant valgrind validate value values var verbose verify version vet
video view viewer vim volume vulkan wait warning watch watchman water web
webhook website whats while width window work worker workers world write
yaml zabbix zap zapier zip zone
""".split())

VOCAB |= set("""
gadget downloader think jet sixel presenter lite sudo ledger blast elf way
paper mini com flac mask util midi json signer handbrake coveralls island the
flatten unflatten bluetooth traceroute youtube non determinism mango muse
score snapper recipient logical register certs print specialisation hide
fahrenheit gamma step beaver shaded relief reduce paste cairo calc nice
rotate sharp fiasco kube linode mongo neo mutt prowler slurm stern tidy warts
grep glad grim carp kate dub bun micro ark ascended vote bean stalk better
crack replay toy fat pack hex ink exec rabbit lima
""".split())
VOCAB.discard("top")

# Two-letter words he says inside a longer name ("p b m to p p m", "rust up").
SHORT_PARTS = {"to", "up", "me", "my", "no"}
# Words he only says when they are the whole name ("htop" is "h t o p").
WHOLE_ONLY = {"top", "com"}
# Protocol words he will still say, escaped with "word", inside a longer name
# ("word open s s l", "word dot net"); other collisions are spelled.
RESERVED_PARTS = {"open", "dot", "hash", "zero", "bang", "point", "sign", "star",
                  "plus", "mark", "space", "word", "case"}

# Names whose cheapest split is not how he reads them.
SAY_AS = {"sgitopnm": "s g i to p n m", "pbmupc": "p b m u p c"}

# Whisper sometimes splits these compounds (fuzzy slice only).
SPLITS = {
    "localhost": "local host", "keystore": "key store", "filename": "file name",
    "outfile": "out file", "keyfile": "key file", "passwordfile": "password file",
    "screenshot": "screen shot", "namespace": "name space", "website": "web site",
    "dashboard": "dash board", "background": "back ground", "backend": "back end",
    "bookmarks": "book marks", "clipboard": "clip board", "database": "data base",
    "checkout": "check out", "uptime": "up time", "timeout": "time out",
    "snapshot": "snap shot", "username": "user name", "subgroup": "sub group",
    "webhook": "web hook", "offload": "off load", "watchman": "watch man",
}
# Whisper capitalises these as proper nouns.
PROPER = set("""ubuntu python docker github java julia alice bob azure jenkins
jira heroku redis ansible magento elixir vagrant terraform alpine gnome
vulkan hugo flask chrome inkscape blender zabbix zapier react""".split())


# ------------------------------------------------------------------ items
# An item is a tuple:
#   ("word", text_lower, case)       case in {"", "cap", "upper"}
#   ("spell", letters)               letters keep their real case
#   ("num", digits)
#   ("sym", chars)
#   ("run", style, [words])          style in {"snake", "camel", "pascal"}

def segment(low):
    """Cheapest split of a lower-case letter run into words and letters."""
    if low in SAY_AS:
        out = []
        for part in SAY_AS[low].split():
            if len(part) == 1:
                if out and out[-1][0] == "spell":
                    out[-1] = ("spell", out[-1][1] + part)
                else:
                    out.append(("spell", part))
            else:
                out.append(("word", part, ""))
        return out
    n = len(low)
    best = [(0.0, [])] + [None] * n
    for i in range(1, n + 1):
        cands = []
        prev = best[i - 1]
        cands.append((prev[0] + 1.0, prev[1] + [("l", low[i - 1])]))
        for j in range(0, i - 1):
            piece = low[j:i]
            if best[j] is None:
                continue
            whole = j == 0 and i == n
            if not whole:
                if len(piece) == 2 and piece not in SHORT_PARTS:
                    continue
                if piece == "to" and (j < 2 or i > n - 2):
                    continue
                if piece in WHOLE_ONLY:
                    continue
                if piece in RESERVED and piece not in RESERVED_PARTS:
                    continue
            if piece in RESERVED:
                cands.append((best[j][0] + 2.5, best[j][1] + [("w", piece)]))
            elif piece in VOCAB:
                cands.append((best[j][0] + 1.0, best[j][1] + [("w", piece)]))
        best[i] = min(cands, key=lambda c: (c[0], len(c[1])))
    out = []
    for kind, val in best[n][1]:
        if kind == "l":
            if out and out[-1][0] == "spell":
                out[-1] = ("spell", out[-1][1] + val)
            else:
                out.append(("spell", val))
        else:
            out.append(("word", val, ""))
    return out


def case_pieces(run):
    """Split a mixed-case letter run into lower / Capital / UPPER pieces."""
    raw = re.findall(r"[A-Z]+|[a-z]+", run)
    pieces = []
    i = 0
    while i < len(raw):
        p = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if p.isupper() and nxt is not None and nxt.islower():
            if len(p) == 1:
                pieces.append(p + nxt)
                i += 2
                continue
            if (p[-1] + nxt).lower() in VOCAB:
                pieces.append(p[:-1])
                pieces.append(p[-1] + nxt)
                i += 2
                continue
        pieces.append(p)
        i += 1
    return pieces


def alpha_items(run):
    # case runs first
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", run):
        parts = re.findall(r"[A-Z]?[a-z]+", run)
        if all(p.lower() in VOCAB and p.lower() not in RESERVED for p in parts):
            return [("run", "camel", [p.lower() for p in parts])]
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", run):
        parts = re.findall(r"[A-Z][a-z]+", run)
        if all(p.lower() in VOCAB and p.lower() not in RESERVED for p in parts):
            return [("run", "pascal", [p.lower() for p in parts])]
    items = []
    for p in case_pieces(run):
        low = p.lower()
        if p.islower():
            items.extend(segment(low))
        elif p.isupper():
            if len(p) >= 2 and (low in VOCAB or low in RESERVED):
                items.append(("word", low, "upper"))
            else:
                items.append(("spell", p))
        else:  # Capitalised
            seg = segment(low)
            first = seg[0]
            if first[0] == "word":
                seg[0] = ("word", first[1], "cap")
            else:
                seg[0] = ("spell", first[1][0].upper() + first[1][1:])
            items.extend(seg)
    # merge neighbouring spell items
    merged = []
    for it in items:
        if merged and it[0] == "spell" and merged[-1][0] == "spell":
            merged[-1] = ("spell", merged[-1][1] + it[1])
        else:
            merged.append(it)
    return merged


def token_items(tok):
    items = []
    i = 0
    while i < len(tok):
        c = tok[i]
        m = re.match(r"[A-Za-z_]+", tok[i:])
        if m and c != "_":
            chunk = m.group(0)
            if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", chunk) and all(
                    w in VOCAB and w not in RESERVED for w in chunk.split("_")):
                items.append(("run", "snake", chunk.split("_")))
                i += len(chunk)
                continue
        m = re.match(r"[A-Za-z]+", tok[i:])
        if m:
            items.extend(alpha_items(m.group(0)))
            i += len(m.group(0))
            continue
        m = re.match(r"[0-9]+", tok[i:])
        if m:
            items.append(("num", m.group(0)))
            i += len(m.group(0))
            continue
        if tok[i:i + 2] in (">>", "&&"):
            items.append(("sym", tok[i:i + 2]))
            i += 2
            continue
        if c not in SYM:
            raise ValueError(f"unspeakable character {c!r} in {tok!r}")
        items.append(("sym", c))
        i += 1
    return items


def command_items(cmd):
    return [token_items(t) for t in cmd.split(" ")]


# ------------------------------------------------------------------- clean
def clean_item(it):
    k = it[0]
    if k == "word":
        _, w, case = it
        pre = {"": "", "cap": "capital ", "upper": "all caps "}[case]
        if w in RESERVED:
            pre += "word "
        return pre + w
    if k == "spell":
        return " ".join(("capital " + ch.lower()) if ch.isupper() else ch
                        for ch in it[1])
    if k == "num":
        return " ".join(DIGITS[int(d)] for d in it[1])
    if k == "sym":
        return SYM[it[1]]
    if k == "run":
        return it[1] + " case " + " ".join(it[2])
    raise ValueError(it)


def clean_render(items):
    return " space ".join(" ".join(clean_item(it) for it in tok) for tok in items)


def decode(text):
    """The listener for the careful protocol: clean transcript -> command."""
    w = text.split()
    out = []
    i = 0

    def literal(j):
        if w[j] == "word":
            return w[j + 1], j + 2
        if w[j] in RESERVED:
            raise ValueError(f"protocol word where a literal was expected: {w[j]!r}")
        return w[j], j + 1

    while i < len(w):
        t = w[i]
        two = " ".join(w[i:i + 2])
        if t == "space":
            out.append(" ")
            i += 1
        elif two in SPOKEN_SYM:
            out.append(SPOKEN_SYM[two])
            i += 2
        elif t in SPOKEN_SYM:
            out.append(SPOKEN_SYM[t])
            i += 1
        elif t in DIGIT_OF:
            out.append(DIGIT_OF[t])
            i += 1
        elif t == "capital":
            lit, i = literal(i + 1)
            out.append(lit[0].upper() + lit[1:])
        elif two == "all caps":
            lit, i = literal(i + 2)
            out.append(lit.upper())
        elif t in ("snake", "camel", "pascal") and i + 1 < len(w) and w[i + 1] == "case":
            i += 2
            parts = []
            while i < len(w) and w[i] not in RESERVED:
                parts.append(w[i])
                i += 1
            if t == "snake":
                out.append("_".join(parts))
            elif t == "camel":
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            else:
                out.append("".join(p.capitalize() for p in parts))
        else:
            lit, i = literal(i)
            out.append(lit)
    return "".join(out)


# ------------------------------------------------------------- text helpers
def pick(rng, weighted):
    """weighted: list of (value, weight); one rng.random() call."""
    total = sum(wt for _, wt in weighted)
    x = rng.random() * total
    for val, wt in weighted:
        x -= wt
        if x < 0:
            return val
    return weighted[-1][0]


def sentence_case(s):
    """Whisper capitalises the first letter and the letter after . ? !"""
    s = s.strip()
    out = []
    cap = True
    for i, ch in enumerate(s):
        if cap and ch.isalpha():
            out.append(ch.upper())
            cap = False
        else:
            out.append(ch)
            if ch.isalpha() or ch.isdigit():
                cap = False
        if ch in ".?!" and (i + 1 == len(s) or s[i + 1] == " "):
            cap = True
    return "".join(out)


def tidy(s):
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r" ([,.?!])", r"\1", s)
    s = re.sub(r",(,)+", ",", s)
    s = re.sub(r"\.,", ".", s)
    s = re.sub(r",\.", ".", s)
    s = re.sub(r"(?<!\.)\.\.(?!\.)", ".", s)
    return s.strip()


def spell_text(rng, letters, glue_p):
    """Whisper's spelling of lower-case letters: 'LS', 'L S', 'zed'.  In
    loose speech (glue_p 1.0) a name for Z is only written for a lone Z."""
    out = []
    for ch in letters:
        if ch == "z" and (glue_p < 1.0 or len(letters) == 1):
            out.append(pick(rng, [("Z", 5), ("zed", 2), ("Zetto", 2)]))
        else:
            out.append(ch.upper())
    if rng.random() < glue_p and all(len(x) == 1 for x in out):
        return "".join(out)
    return " ".join(out)


# ------------------------------------------------------------------- fuzzy
FUZZY_SYM = {
    "-": [("hyphen", 6), ("minus", 1), ("dash", 1), ("Hyphen", 1)],
    ".": [("dot", 6), ("period", 1.5), ("dotto", 0.4), ("Dot", 1)],
    "/": [("slash", 6), ("forward slash", 2), ("Slash", 0.5)],
    "~": [("tilde", 4), ("tilda", 3), ("Tilde", 1)],
    "_": [("underscore", 5), ("under score", 2)],
    "=": [("equals", 4), ("equal", 2), ("equal sign", 1)],
    "*": [("asterisk", 4), ("star", 2), ("asterisks", 0.5)],
    "@": [("at sign", 4), ("@ sign", 1), ("at-sign", 1)],
    '"': [("double quote", 4), ("double-quote", 2), ("Double quote", 1)],
    "'": [("single quote", 4), ("single-quote", 2)],
    "^": [("caret", 2), ("carrot", 2)],
    ";": [("semicolon", 3), ("semi colon", 2)],
    ":": [("colon", 5), ("Colon", 1)],
    ">": [("redirect", 4), ("Redirect", 1)],
    "?": [("question mark", 4), ("question-mark", 1)],
    "$": [("dollar", 3), ("dollar sign", 1)],
}
FUZZY_RAW = {".": 0.25, "/": 0.2, "@": 0.3, ":": 0.15, "-": 0.1}


def fuzzy_render(rng, items):
    parts = []
    for _ti, tok in enumerate(items):
        chunks = []  # list of (text, glue_flag)
        j = 0
        while j < len(tok):
            it = tok[j]
            k = it[0]
            if k == "sym" and it[1] == "-" and j + 1 < len(tok) and tok[j + 1] == ("sym", "-"):
                chunks.append((pick(rng, [("hyphen hyphen", 4), ("hyphen-hyphen", 3),
                                          ("double dash", 1), ("minus minus", 1)]), False))
                j += 2
                continue
            if k == "sym":
                ch = it[1]
                between = 0 < j < len(tok) - 1 and tok[j - 1][0] in ("word", "spell", "num") \
                    and tok[j + 1][0] in ("word", "spell", "num")
                if ch in FUZZY_RAW and between and rng.random() < FUZZY_RAW[ch]:
                    chunks.append((ch, True))
                elif ch in FUZZY_SYM:
                    chunks.append((pick(rng, FUZZY_SYM[ch]), False))
                else:
                    chunks.append((SYM[ch], False))
            elif k == "word":
                _, w, case = it
                txt = w
                if w in SPLITS and rng.random() < 0.35:
                    txt = SPLITS[w]
                if w in PROPER and rng.random() < 0.6:
                    txt = txt.capitalize()
                if case == "upper":
                    txt = pick(rng, [("all caps ", 3), ("all-caps ", 2), ("All caps ", 1)]) + \
                        pick(rng, [(w.upper(), 2), (w, 1)])
                elif case == "cap":
                    txt = pick(rng, [("capital ", 3), ("Capital ", 1)]) + \
                        pick(rng, [(w.capitalize(), 2), (w, 1)])
                if w in RESERVED:
                    txt = pick(rng, [("word ", 3), ("Word, ", 1), ("word, ", 1)]) + txt
                chunks.append((txt, False))
            elif k == "spell":
                groups = re.findall(r"[A-Z]|[a-z]+", it[1])
                for g in groups:
                    if g.isupper():
                        chunks.append((pick(rng, [("capital ", 3), ("Capital ", 1)]) + g, False))
                    else:
                        chunks.append((spell_text(rng, g, 0.55), False))
            elif k == "num":
                d = it[1]
                form = pick(rng, [("num", 6), ("words", 2), ("split", 1)])
                if form == "num" or len(d) < 2:
                    txt = d if form != "words" else " ".join(DIGITS[int(x)] for x in d)
                elif form == "words":
                    txt = " ".join(DIGITS[int(x)] for x in d)
                else:
                    cut = 1 + rng.randrange(len(d) - 1)
                    txt = d[:cut] + " " + d[cut:]
                chunks.append((txt, False))
            elif k == "run":
                style = {"snake": ["snake case", "snake-case", "Snake case"],
                         "camel": ["camel case", "camel-case", "Camel case"],
                         "pascal": ["pascal case", "Pascal case", "pascal-case"]}[it[1]]
                chunks.append((style[rng.randrange(3)] + " " + " ".join(it[2]), False))
            j += 1
        s = ""
        glue_next = False
        for txt, glue in chunks:
            if not s:
                s = txt
            elif glue or glue_next:
                s += txt
            else:
                s += " " + txt
            glue_next = glue
        parts.append(s)
    out = parts[0]
    for p in parts[1:]:
        sep = pick(rng, [(" space ", 6), (", space, ", 2), (" space, ", 1),
                         (". Space, ", 1), (" Space ", 0.5)])
        out += sep + p
    out = sentence_case(tidy(out))
    if rng.random() < 0.55:
        out += "."
    return out


# ----------------------------------------------------------------- natural
NAT_SYM = {
    "-": [("hyphen", 6), ("dash", 2), ("minus", 1)],
    ".": [("dot", 7), ("period", 1), ("dotto", 0.5)],
    "/": [("slash", 8), ("forward slash", 1.5)],
    "~": [("tilde", 5), ("tilda", 4)],
    "_": [("underscore", 5), ("under bar", 4)],
    "=": [("equal", 6), ("equals", 3)],
    "@": [("at mark", 6), ("at sign", 3)],
    '"': [("double quote", 8), ("quote", 2)],
    "'": [("single quote", 1)],
    "*": [("asterisk", 6), ("star", 3)],
    "#": [("sharp", 5), ("hash", 4)],
    "!": [("exclamation", 5), ("bang", 3)],
    ">": [("redirect", 6), ("greater than", 3)],
    ">>": [("append", 6), ("double greater than", 3)],
    "$": [("dollar", 5), ("dollar mark", 3)],
    "^": [("caret", 4), ("carrot", 2)],
    ";": [("semicolon", 4), ("semi colon", 2)],
}
NAT_RAW = {".": 0.25, "@": 0.2, ":": 0.1}

OPENERS = [
    "Excuse me, please type", "Please, the command is", "Next command, please.",
    "Eto, next one.", "Okay, please write", "Sumimasen, please input",
    "Please run this one.", "Ano, I would like to run", "Hai, next command is",
    "Excuse me, next.", "Um, please.", "So, the command is",
]
SIGNOFFS = [
    "That is all, thank you.", "Thank you.", "Onegaishimasu.",
    "That's all.", "Please execute. Thank you.", "Thank you very much.",
    "Okay, that's it.", "End of command.",
]
FILLERS = ["eto", "ano", "um", "etto", "ne", "uh", "ano ne"]
ONE_WORD = ["one word", "all together", "no space", "in one word"]


def nat_token(rng, tok, mark_glue=True):
    """Render one shell word the way he says it loosely; returns (text,
    starts with a spoken symbol, ends with one, carries a "one word" mark)."""
    chunks = []  # (text, kind) kind: "a" alnum piece, "s" symbol word, "g" glued raw
    j = 0
    while j < len(tok):
        it = tok[j]
        k = it[0]
        nxt = tok[j + 1] if j + 1 < len(tok) else None
        if k == "sym" and it[1] == "-" and nxt == ("sym", "-"):
            form = pick(rng, [("hyphen hyphen", 5), ("double dash", 2), ("dash dash", 2), ("--", 1)])  # noqa: E501
            chunks.append((form, "s" if form != "--" else "g"))
            j += 2
            continue
        if k == "sym":
            ch = it[1]
            between = 0 < j < len(tok) - 1 and tok[j - 1][0] in ("word", "spell", "num") \
                and nxt[0] in ("word", "spell", "num")
            if ch in NAT_RAW and between and rng.random() < NAT_RAW[ch]:
                chunks.append((ch, "g"))
            elif ch in NAT_SYM:
                chunks.append((pick(rng, NAT_SYM[ch]), "s"))
            else:
                chunks.append((SYM[ch], "s"))
        elif k == "word":
            _, w, case = it
            txt = w
            if w in PROPER and rng.random() < 0.7:
                txt = w.capitalize()
            if case == "upper":
                txt = pick(rng, [("all caps ", 4), ("all capital ", 2)]) + w.upper()
            elif case == "cap":
                txt = "capital " + w.capitalize()
            if w in RESERVED:
                txt = pick(rng, [("the word ", 3), ("word ", 2)]) + txt
            chunks.append((txt, "a"))
        elif k == "spell":
            for g in re.findall(r"[A-Z]|[a-z]+", it[1]):
                if g.isupper():
                    chunks.append(("capital " + g, "a"))
                else:
                    chunks.append((spell_text(rng, g, 1.0) if rng.random() < 0.85 else g, "a"))
        elif k == "num":
            d = it[1]
            if rng.random() < 0.2:
                txt = " ".join(DIGITS[int(x)] for x in d)
            else:
                txt = d
            chunks.append((txt, "a"))
        elif k == "run":
            chunks.append((it[1] + " case " + " ".join(it[2]), "a"))
        j += 1
    # Whisper glues letters+digits ("V1", "X11") some of the time
    merged = []
    for txt, kind in chunks:
        if merged and kind == "a" and merged[-1][1] == "a" and re.fullmatch(r"[0-9]+", txt) \
                and re.fullmatch(r"[A-Za-z]+", merged[-1][0].split(" ")[-1]) \
                and not merged[-1][0].startswith("capital") and rng.random() < 0.5:
            merged[-1] = (merged[-1][0] + txt, "a")
        else:
            merged.append((txt, kind))
    chunks = merged
    s = ""
    needs_glue = False
    prev = None
    for txt, kind in chunks:
        if not s:
            s = txt
        elif kind == "g" or prev == "g":
            s += txt
        else:
            if kind == "a" and prev == "a":
                needs_glue = True
            s += " " + txt
        prev = kind
    if needs_glue and mark_glue:
        s += ", " + ONE_WORD[rng.randrange(len(ONE_WORD))] + ","
    starts_sym = chunks[0][1] == "s"
    ends_sym = chunks[-1][1] == "s" or (needs_glue and mark_glue)
    return s, starts_sym, ends_sym, needs_glue and mark_glue


DIGITISH = r"(?:[0-9]|zero|one|two|three|four|five|six|seven|eight|nine)"


def join_tokens(rng, rendered, fillers_p=0.12, max_fillers=2):
    """rendered: list of nat_token tuples -> spoken string.  He pauses (a
    comma) before a shell word he will mark "one word", around spoken
    symbols at a shell-word edge, and between two numbers."""
    out = rendered[0][0]
    n_fill = 0
    for i in range(1, len(rendered)):
        prev, cur = rendered[i - 1], rendered[i]
        numbers = re.search(DIGITISH + r"\W*$", prev[0], re.I) and \
            re.match(DIGITISH, cur[0], re.I)
        if prev[2] or cur[1] or cur[3] or numbers:
            sep = ", "
        else:
            sep = pick(rng, [(" ", 3), (", ", 2)])
        if n_fill < max_fillers and rng.random() < fillers_p:
            sep = ", " + FILLERS[rng.randrange(len(FILLERS))] + ", "
            n_fill += 1
        out += sep + cur[0]
    return out


def frame(rng, body, open_p=0.85, sign_p=0.4):
    text = body
    opened = rng.random() < open_p
    if opened:
        op = OPENERS[rng.randrange(len(OPENERS))]
        text = op + (" " if op[-1] in ".!?" else ", ") + text
    if rng.random() < 0.3:
        if opened:
            text = text[0].lower() + text[1:]
        text = FILLERS[rng.randrange(len(FILLERS))] + ", " + text
    text = text.rstrip(", ")
    if rng.random() < sign_p:
        text = text + ". " + SIGNOFFS[rng.randrange(len(SIGNOFFS))]
    elif rng.random() < 0.5:
        text += "."
    return sentence_case(tidy(text))


def natural_render(rng, items):
    rendered = [nat_token(rng, tok) for tok in items]
    return frame(rng, join_tokens(rng, rendered))


# ----------------------------------------------------------------- chaotic
WRONG_WORDS = ["data", "docs", "main", "test", "demo", "build", "config",
               "backup", "report", "notes", "input", "output", "shader",
               "asset", "engine", "level", "texture", "project"]
LETTERS = "abcdefghijklmnoprstuvwy"

WORD_FIX = [
    "ah, sumimasen, not {w}, {r}",
    "chigau, chigau, {r}",
    "excuse me, correction, {r}",
    "ah, mistake, {r}",
    "no no, sumimasen, it is {r}",
]
FLAG_FIX = [
    "ah, chigau, the option is {r}",
    "sumimasen, not {w}, {r}",
    "excuse me, I mean {r}",
    "ah no, option {r}, sorry",
]
NUM_FIX = [
    "ah, sumimasen, number is {r}",
    "chigau, {r}",
    "excuse me, the number is {r}",
]
RESTART = [
    "ah, sumimasen, I say again from the beginning.",
    "chigau. Sorry, once more from the start.",
    "excuse me, please delete all. From the beginning,",
    "ah, mistake. Let me restart the whole command.",
]
TRAIL = [
    "eto, once more,", "ano, sorry, again,", "um, let me say the whole part again,",
]
ASIDES = [
    "this is for the asset pipeline",
    "my senpai taught me this one",
    "the path is a little long, sorry",
    "I checked it in my book",
    "this is on the build machine",
    "it is for the shader cache",
    "please be careful, ne",
    "I always forget this option",
    "this one is for the night build",
]


def mutate(rng, tok, prefer=None):
    """Return a changed copy of one shell word, or None."""
    idx = [i for i, it in enumerate(tok)
           if it[0] in ("word", "spell", "num", "run") and (prefer is None or it[0] == prefer)]
    if not idx:
        return None
    i = idx[rng.randrange(len(idx))]
    it = tok[i]
    new = list(tok)
    if it[0] == "word":
        w = WRONG_WORDS[rng.randrange(len(WRONG_WORDS))]
        if w == it[1]:
            w = "texture"
        new[i] = ("word", w, it[2])
    elif it[0] == "spell":
        p = rng.randrange(len(it[1]))
        old = it[1][p]
        c = LETTERS[rng.randrange(len(LETTERS))]
        if c == old.lower():
            c = "x" if old.lower() != "x" else "q"
        c = c.upper() if old.isupper() else c
        new[i] = ("spell", it[1][:p] + c + it[1][p + 1:])
    elif it[0] == "num":
        p = rng.randrange(len(it[1]))
        c = str((int(it[1][p]) + 1 + rng.randrange(8)) % 10)
        if p == 0 and c == "0" and len(it[1]) > 1:
            c = "9"
        new[i] = ("num", it[1][:p] + c + it[1][p + 1:])
    else:
        w = WRONG_WORDS[rng.randrange(len(WRONG_WORDS))]
        if w in it[2]:
            w = "texture"
        new[i] = ("run", it[1], it[2][:-1] + [w])
    return new


def chaotic_render(rng, items):
    n = len(items)
    rendered = [nat_token(rng, tok) for tok in items]
    kinds = ["word", "flag", "num", "restart", "trail", "stutter", "aside"]
    first = pick(rng, [("word", 3), ("flag", 3), ("num", 2), ("restart", 2),
                       ("trail", 2), ("stutter", 1.5), ("aside", 1)])
    troubles = [first]
    if rng.random() < 0.45:
        second = kinds[rng.randrange(len(kinds))]
        if second != first and "restart" not in (first, second):
            troubles.append(second)
    done = []
    used = set()
    prefix_extra = ""
    for trouble in troubles:
        if trouble == "flag":
            cands = [i for i in range(n) if items[i][0] == ("sym", "-") and i not in used
                     and any(it[0] in ("word", "spell", "num", "run") for it in items[i])]
            if not cands:
                trouble = "word"
            else:
                i = cands[rng.randrange(len(cands))]
                wrong = nat_token(rng, mutate(rng, items[i]))
                right = rendered[i]
                fix = FLAG_FIX[rng.randrange(len(FLAG_FIX))].format(
                    w=wrong[0].rstrip(","), r=right[0].rstrip(","))
                rendered[i] = (wrong[0].rstrip(",") + ", " + fix + ",", wrong[1], True, wrong[3])
                used.add(i)
                done.append(trouble)
                continue
        if trouble == "num":
            cands = [i for i in range(n) if any(it[0] == "num" for it in items[i])
                     and i not in used]
            if not cands:
                trouble = "word"
            else:
                i = cands[rng.randrange(len(cands))]
                wrong = nat_token(rng, mutate(rng, items[i], prefer="num"))
                right = rendered[i]
                fix = NUM_FIX[rng.randrange(len(NUM_FIX))].format(
                    w=wrong[0].rstrip(","), r=right[0].rstrip(","))
                rendered[i] = (wrong[0].rstrip(",") + ", " + fix + ",", wrong[1], True, wrong[3])
                used.add(i)
                done.append(trouble)
                continue
        if trouble == "word":
            cands = [i for i in range(n) if i not in used and any(
                it[0] in ("word", "spell", "num", "run") for it in items[i])]
            if not cands:
                trouble = "aside"
            else:
                i = cands[rng.randrange(len(cands))]
                wrong = nat_token(rng, mutate(rng, items[i]))
                right = rendered[i]
                if wrong[0] == right[0]:
                    trouble = "aside"
                else:
                    fix = WORD_FIX[rng.randrange(len(WORD_FIX))].format(
                        w=wrong[0].rstrip(","), r=right[0].rstrip(","))
                    rendered[i] = (wrong[0].rstrip(",") + ", " + fix + ",", wrong[1], True, wrong[3])  # noqa: E501
                    used.add(i)
                    done.append(trouble)
                    continue
        if trouble == "trail":
            cands = [i for i in range(n) if len(items[i]) >= 3 and i not in used]
            if not cands:
                trouble = "stutter"
            else:
                i = cands[rng.randrange(len(cands))]
                cut = 1 + rng.randrange(len(items[i]) - 1)
                part = nat_token(rng, items[i][:cut], mark_glue=False)
                rendered[i] = (part[0] + "... " + TRAIL[rng.randrange(len(TRAIL))] + " "
                               + rendered[i][0], part[1], rendered[i][2], True)
                used.add(i)
                done.append(trouble)
                continue
        if trouble == "stutter" and 0 in used:
            trouble = "aside"
        if trouble == "stutter":
            used.add(0)
            r0 = rendered[0]
            rendered[0] = (r0[0].rstrip(",") + "... " + r0[0], r0[1], r0[2], r0[3])
            done.append(trouble)
            continue
        if trouble == "aside":
            pos = 1 + rng.randrange(n) if n > 1 else 1
            aside = ASIDES[rng.randrange(len(ASIDES))]
            if pos >= n:
                done.append(("aside_end", aside))
            else:
                t = rendered[pos]
                rendered[pos] = ("(" + aside + ") " + t[0], True, t[2], t[3])
                done.append(trouble)
            continue
        if trouble == "restart":
            k = 1 + rng.randrange(max(1, n - 1)) if n > 1 else 1
            part = [nat_token(rng, tok) for tok in items[:k]]
            if rng.random() < 0.5:
                m = mutate(rng, items[k - 1])
                if m is not None:
                    part[-1] = nat_token(rng, m)
            prefix_extra = join_tokens(rng, part, fillers_p=0.0) + "... " + \
                RESTART[rng.randrange(len(RESTART))] + " "
            done.append(trouble)
    body = join_tokens(rng, rendered, fillers_p=0.15)
    # Whisper writes an aside as its own clause, without brackets
    body = re.sub(r"\((.*?)\) ", lambda m: "ah, " + m.group(1) + ", ", body)
    for d in done:
        if isinstance(d, tuple):
            body = body.rstrip(", ") + ". Ah, " + d[1] + "."
    return frame(rng, prefix_extra + body, open_p=0.7, sign_p=0.35)


# --------------------------------------------------------------- selection
def spoken_len(cmd):
    return len(clean_render(command_items(cmd)).split())


def load_pool():
    pool = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 == 1:
                pool.append(json.loads(line)["command"])
    return pool


def usable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    try:
        return spoken_len(cmd) <= 48
    except ValueError:
        return False


def choose(rng, pool):
    order = list(range(len(pool)))
    rng.shuffle(order)
    first = Counter()
    seen = set()
    chosen = []
    for i in order:
        cmd = pool[i]
        if cmd in seen or not usable(cmd):
            continue
        fw = cmd.split(" ")[0]
        if first[fw] >= 2:
            continue
        first[fw] += 1
        seen.add(cmd)
        chosen.append(cmd)
        if len(chosen) == 400:
            break
    if len(chosen) < 400:
        raise SystemExit("pool too small: %d" % len(chosen))  # noqa: UP031
    return chosen


def main():
    rng = random.Random(95)
    chosen = choose(rng, load_pool())
    rows = []
    slices = ["clean", "fuzzy", "natural", "chaotic"]
    for si, name in enumerate(slices):
        for cmd in chosen[si * 100:(si + 1) * 100]:
            items = command_items(cmd)
            if name == "clean":
                text = clean_render(items)
                assert decode(text) == cmd, (text, decode(text), cmd)
                assert text == text.lower() and re.fullmatch(r"[a-z ]+", text), text
            elif name == "fuzzy":
                text = fuzzy_render(rng, items)
            elif name == "natural":
                text = natural_render(rng, items)
            else:
                text = chaotic_render(rng, items)
            rows.append({"input": text, "command": cmd, "slice": name, "author": AUTHOR})
    assert len(rows) == 400 and len({r["command"] for r in rows}) == 400
    firsts = Counter(r["command"].split(" ")[0] for r in rows)
    assert max(firsts.values()) <= 2
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))  # noqa: UP031


if __name__ == "__main__":
    sys.exit(main())
