#!/usr/bin/env python3
# ruff: noqa: E702, UP031
"""Dictation test set, author104: "Eleni from Kalamaria".

Writes assets/training/bash/author104.jsonl: 400 JSON lines
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author104"}
100 lines per slice, in that order.  Standard library only; one
random.Random(104), consumed in a fixed order, so reruns are byte-identical.

SOURCE / CREDIT
  Every command is taken verbatim from tldr-pages
  (https://github.com/tldr-pages/tldr), licensed CC BY 4.0, via the pool
  assets/training/bash/pages_dev58_commands.jsonl.  All four slices use only
  0-based pool lines n with n % 3 == 1.  Filtered out: non-ASCII, tabs,
  double spaces, over 64 characters, over 48 spoken words in the clean
  protocol.  Commands are shuffled by the seeded generator and taken greedily,
  at most two per first word, all 400 distinct.

==========================================================================
STYLE GUIDE
==========================================================================

1. THE SPEAKER
  Eleni, late thirties, DevOps engineer at a logistics firm by the port of
  Thessaloniki; lives in Kalamaria.  Greek, warm, chatty, thinks out loud.
  She dictates while pairing with her junior, Mihalis ("Mihali" in the
  vocative), and her Greek leaks in.  Whisper writes those Greek words
  sometimes in Latin letters, sometimes in Greek script, unpredictably:
      ela / έλα            (come on, so)        -- her favourite opener
      loipon / λοιπόν      (so, well)           -- opener, filler
      dhilady / δηλαδή     (I mean, that is)    -- ONLY used to correct
      óchi óchi / όχι όχι  (no no)              -- correction
      sygnómi / συγγνώμη   (sorry)              -- correction
      perímene / περίμενε  (wait)               -- correction, restart
      lathos / λάθος       (wrong)              -- correction
      apo tin archí / από την αρχή (from the start) -- restart
      ntáxei / εντάξει     (okay)               -- filler, sign-off
      misó / μισό          (half a sec)         -- filler, pause
      étsi / έτσι          (like that)          -- filler, sign-off
      bravo / μπράβο       (well done)          -- sign-off
      kefalaío / κεφαλαίο  (capital letter)     -- natural speech only
  English fillers of hers: "ehm", "you know", "how to say", "basically",
  "ok?".  She never uses a protocol word (dash, dot, and, one...) as a filler.

2. THE PROTOCOL AS ELENI USES IT (clean slice = exactly this)
  Spacing.  She says "space" between command words, every time, and nothing
  else glues or splits: everything between two "space"s is one command word,
  its pieces written together.
  Symbols -- one fixed name each:
      -  dash          .  dot           /  slash         \\ backslash
      |  pipe          *  star          !  bang          #  hash
      ~  tilde         @  at            $  dollar        %  percent
      ^  caret         &  ampersand     =  equals        +  plus
      :  colon         ;  semicolon     _  underscore    ,  comma
      "  quote         '  single quote  `  backtick      ?  question mark
      ( ) open paren / close paren      { } open brace / close brace
      [ ] open bracket / close bracket  <  less than
      >  redirect      >> append
      -- dash dash     .. dot dot       && and and       || pipe pipe
      2> is simply "two redirect", 2>&1 is "two redirect ampersand one".
  Numbers -- the way she reads them (the listener concatenates groups):
      one digit            -> the digit word ("seven")
      two digits, no lead 0 -> compound ("forty two", "ten", "eighty")
      three digits ending 00 -> "five hundred";  other three digits are
                              read digit by digit ("one two seven")
      four digits ending 000 -> "three thousand"
      four digits whose two halves are both 10..99 -> read as two pairs
                              ("eighty eighty", "twenty twenty four",
                               "ten twenty four", "fifty four thirty two")
      anything else (leading zero, long runs) -> digit by digit
      ("zero eight", "two zero zero one", "one nine two").
    Listener rule: a tens word followed by a unit word is one pair
    ("twenty one" = 21); "X hundred" = X00; "X thousand" = X000; every other
    number word is its own group; groups are written one after the other.
  Letters and words.
    - A piece that reads as a word she SAYS as a word ("config", "backup",
      "docker", "demo"); "reads as a word" = pronounceable English
      spelling (vowels, ordinary consonant clusters), real words from the
      pool's descriptions and her jargon (app, dir, lib, repo, kube...)
      preferred when a run has to be cut.  A piece that does not read as a word she SPELLS
      letter by letter ("x z v f", "s r c", "n g i n x").  A half-word
      she splits: says the word part, spells the rest ("system c t l",
      "kube c t l", "c h mod", "m k dir").  Only a few two-letter words
      are said as words (go up my on in of no do me we be so); "-la" is
      "dash l a".
    - Lower case is the default.  "capital x" is X; "capital" before a
      whole word capitalises its first letter ("capital hello" = Hello);
      "all caps" before a word upper-cases that word ("all caps readme" =
      README).  Upper-case letters that do not form a word each get their
      own "capital" ("capital e capital n capital v" = ENV).
    - Case runs, only for identifiers made of two or more real words:
      "snake case app db" = app_db, "camel case foo bar" = fooBar,
      "pascal case hello world" = HelloWorld, "screaming case log level"
      = LOG_LEVEL.  The run takes the plain words that follow and stops at
      the first protocol word (symbol, number, space, capital...).  She
      never says "kebab case": hyphens are always "dash".
  Collisions.  A literal word that would be heard as protocol -- any symbol
    or number word ("dash", "one", "point", "at", "plus", "quote",
    "hundred"), "space", "capital", "literally", or a word that with its
    neighbour forms a protocol phrase ("all" before "caps", "open" before
    "paren", "sign" after "at", "and" before "and", "snake" before "case") --
    is said with "literally" in front: "dash dash literally all caps",
    "literally one", "capital literally dash" = Dash.
  Clean transcript: lower case, no punctuation, nothing but the command.
  decode() below is the listener for this protocol; every clean line is
  asserted to decode back to its command.

3. HOW ELENI TALKS WHEN NOT CAREFUL (natural and chaotic)
  - Opens with "ela Mihali", "loipon", "okay next one", "γράψε" (write),
    often a colon; sometimes a sign-off ("and enter", "έτσι μπράβο",
    "ntáxei? run it", "τέλεια").
  - Drops "space": the listener infers word breaks.  Short pauses show up
    as commas.  Fillers ("ehm", "ela", "loipon", "you know", "misó") sit
    between command words, never inside one.
  - Loose symbol names from the synonym set: minus / hyphen for dash,
    point / period for dot, "double dash", "greater than" for redirect,
    "double greater than" for append, "equal sign", "at sign".
  - Same number habits ("eighty eighty", "three thousand", "one two seven").
  - Capital letters: mostly "capital", sometimes "big", now and then the
    Greek "kefalaío" / "κεφαλαίο".  A colliding literal word gets
    "literally" or "the word".
  - Corrections (chaotic), in her words, at three scopes:
      word  : "... slash photos, óchi óchi, photo dot P Y"  /  "..., dhilady, ..."
              (the last word said is replaced; sometimes she re-says the
               whole command word: "docs slash photos, sygnómi, docs slash...")
      flag  : "dash V, λάθος, not that flag, dash capital V"
      whole : "git commit... perímene perímene, από την αρχή: git commit ..."
    plus, often, one more piece of trouble: an aside closed by "anyway,"
    ("Mihali don't press enter yet", "PAOK lost again, don't ask", "where
    did I leave my frappé"), a pause where she stops half way and resumes
    ("... misó misó... okay,"), a stuttered word ("new... new test") or a
    stuttered opener ("Okay, okay Mihali, write:").  What a correction
    replaces is dropped; nothing in an aside or a pause belongs to the
    command; a stuttered word counts once.

4. WHISPER'S HABITS (fuzzy, natural, chaotic)
  - Capitalises sentence starts and tool names (Docker, Git, Python);
    capitals are never meaningful -- only "capital"/"all caps" are.
  - Spelled letters come out as capitals, spaced, glued or hyphenated
    ("L A", "LA", "L-A"), sometimes as letter names (el, see, are, you,
    why, tee, ex, double you, zed).
  - Numerals: "127", "1 2 7", "8080", "80 80", "3,000", "forty-two";
    "two" can come out "to" / "too", "four" as "for".
  - Homophones: pseudo (sudo), tilda, carrot (caret), Colin (colon),
    back slash, semi colon, under score, cash (cache), sink (sync).
  - Glues and splits: "dash-dash", "dot-dot", "photo.py", "127.0.0.1",
    "system CTL", "host name".
  - Adds commas and full stops where she pauses.

5. THE FOUR SLICES
  clean   : her protocol exactly, careful lower-case transcript, "space"
            between words, decode(input) == command.
  fuzzy   : the same protocol (with "space") as Whisper writes it: synonyms
            (minus, hyphen, period, point, forward slash), capitals,
            numerals, homophones, glued/split words, commas.  No framing.
  natural : opener, maybe sign-off, no "space", loose names, fillers.
  chaotic : natural plus one correction (word, flag or whole command),
            often an aside, a pause-and-resume or a stutter.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev58_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author104.jsonl")
AUTHOR = "author104"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------- protocol
SYM_CLEAN = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "redirect", ">>": "append", "--": "dash dash", "..": "dot dot",
    "&&": "and and", "||": "pipe pipe",
}
GROUPS = ["--", "..", "&&", "||", ">>"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMWORDS = set(ONES) | set(TEENS) | set(TENS[2:]) | {"hundred", "thousand"}

# Single words that the listener always hears as protocol (incl. the synonyms
# from the shared facts, so a listener who knows them is never misled).
SINGLE_SYM = {
    "dash": "-", "minus": "-", "hyphen": "-", "dot": ".", "period": ".",
    "point": ".", "slash": "/", "backslash": "\\", "pipe": "|", "star": "*",
    "asterisk": "*", "bang": "!", "hash": "#", "tilde": "~", "at": "@",
    "dollar": "$", "percent": "%", "caret": "^", "ampersand": "&",
    "equals": "=", "plus": "+", "colon": ":", "semicolon": ";",
    "underscore": "_", "comma": ",", "quote": '"', "backtick": "`",
    "redirect": ">", "append": ">>",
}
PAIR_SYM = {
    ("and", "and"): "&&", ("single", "quote"): "'", ("question", "mark"): "?",
    ("less", "than"): "<", ("greater", "than"): ">", ("forward", "slash"): "/",
    ("back", "slash"): "\\", ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}", ("open", "bracket"): "[",
    ("close", "bracket"): "]", ("open", "angle"): "<", ("close", "angle"): ">",
    ("open", "curly"): "{", ("close", "curly"): "}", ("double", "dash"): "--",
    ("at", "sign"): "@", ("dollar", "sign"): "$", ("equals", "sign"): "=",
}
CASE_STYLES = {"camel", "snake", "pascal", "kebab", "screaming"}
KEYWORDS = {"space", "capital", "literally"}
PAIR_WORDS = set(PAIR_SYM) | {("all", "caps")} | {(s, "case") for s in CASE_STYLES} | {
    ("double", "greater")}
SINGLE_VOCAB = set(SINGLE_SYM) | NUMWORDS | KEYWORDS
ALL_VOCAB = SINGLE_VOCAB | {w for p in PAIR_WORDS for w in p}


def say_number(d):
    """Eleni's way of reading a digit run (see style guide)."""
    n = len(d)
    if n == 1:
        return [ONES[int(d)]]
    if n == 2 and d[0] != "0":
        return pair_words(d)
    if n == 3 and d[0] != "0" and d[1:] == "00":
        return [ONES[int(d[0])], "hundred"]
    if n == 4 and d[0] != "0" and d[1:] == "000":
        return [ONES[int(d[0])], "thousand"]
    if n == 4 and d[0] != "0" and d[2] != "0":
        return pair_words(d[:2]) + pair_words(d[2:])
    return [ONES[int(c)] for c in d]


def pair_words(d):
    v = int(d)
    if v < 10:
        return [ONES[v]]
    if v < 20:
        return [TEENS[v - 10]]
    return [TENS[v // 10]] + ([ONES[v % 10]] if v % 10 else [])


def parse_numbers(ws):
    out, i = [], 0
    while i < len(ws):
        w = ws[i]
        nx = ws[i + 1] if i + 1 < len(ws) else None
        if w in ONES:
            if nx == "hundred":
                out.append(str(ONES.index(w)) + "00"); i += 2; continue
            if nx == "thousand":
                out.append(str(ONES.index(w)) + "000"); i += 2; continue
            out.append(str(ONES.index(w))); i += 1; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in TENS:
            t = TENS.index(w)
            if nx in ONES and nx != "zero":
                out.append(str(t) + str(ONES.index(nx))); i += 2; continue
            out.append(str(t) + "0"); i += 1; continue
        raise ValueError("bad number word %r" % w)
    return "".join(out)


def decode(text):
    """Listener for Eleni's clean protocol: spoken words -> command."""
    w = text.split()
    out = []
    i = 0

    def atom(j):
        if w[j] == "literally":
            return w[j + 1], j + 2
        return w[j], j + 1

    while i < len(w):
        x = w[i]
        nx = w[i + 1] if i + 1 < len(w) else None
        nx2 = w[i + 2] if i + 2 < len(w) else None
        if x == "literally":
            out.append(w[i + 1]); i += 2
        elif x == "space":
            out.append(" "); i += 1
        elif x == "capital":
            s, i = atom(i + 1)
            out.append(s[0].upper() + s[1:])
        elif x == "all" and nx == "caps":
            s, i = atom(i + 2)
            out.append(s.upper())
        elif x in CASE_STYLES and nx == "case":
            j = i + 2
            parts = []
            while j < len(w) and re.fullmatch(r"[a-z]{2,}", w[j]) and w[j] not in ALL_VOCAB:
                parts.append(w[j]); j += 1
            if x == "snake":
                out.append("_".join(parts))
            elif x == "screaming":
                out.append("_".join(parts).upper())
            elif x == "kebab":
                out.append("-".join(parts))
            elif x == "camel":
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            else:
                out.append("".join(p.capitalize() for p in parts))
            i = j
        elif x == "double" and nx == "greater" and nx2 == "than":
            out.append(">>"); i += 3
        elif x in ("open", "close") and nx == "curly" and nx2 == "brace":
            out.append("{" if x == "open" else "}"); i += 3
        elif (x, nx) in PAIR_SYM:
            out.append(PAIR_SYM[(x, nx)]); i += 2
        elif x in NUMWORDS:
            j = i
            while j < len(w) and w[j] in NUMWORDS:
                j += 1
            out.append(parse_numbers(w[i:j])); i = j
        elif x in SINGLE_SYM:
            out.append(SINGLE_SYM[x]); i += 1
        elif re.fullmatch(r"[a-z]+", x):
            out.append(x); i += 1
        else:
            raise ValueError("cannot hear %r" % x)
    return "".join(out)


# ------------------------------------------------- word or spelled letters
VOWELS = set("aeiouy")
ONSETS = set("bl br ch chr phr cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps sc sch scr sh shr "
             "sk sl sm sn sp spl spr st str sw th thr tr tw wh wr qu squ".split())
CODA2 = set("ck ct ft ld lf lk lm lp lt mb mp nd ng nk nt pt rb rc rd rf rg rk rl rm rn rp "
            "rs rt sh sk sp ss st th ch ll ff ws ts ds ns ks ms ps ls gs bs xt gh wn wl tz "
            "rv nc rch gn nf lc rf mn cs pp tt dd gg nn mm rr zz bb".split())
CODA3 = set("nds nts rts sts rks lls ngs cks tch rst rch nch nks rds lds ght mps lts fts "
            "pts rms rns nth rth ths cts wns xts ffs lks sks".split())
TWO_LETTER = {"go", "up", "my", "on", "in", "of", "no", "do", "me", "we", "be", "so"}
ALWAYS_WORD = {"json", "yaml", "toml", "html", "wasm"}
ALWAYS_SPELL = {"usr", "etc", "ssh", "scp", "tty", "pty", "xyz", "www", "cli", "api",
                "cpu", "gpu", "dns", "tcp", "udp", "ssl", "tls", "npm", "npx", "pnpm",
                "vim", "sql", "aws", "gcc", "fs", "io", "os", "ui", "id"}
SAY_AS = {"kubectl": ["kube", "c", "t", "l"], "mysql": ["my", "s", "q", "l"],
          "psql": ["p", "s", "q", "l"], "nginx": ["n", "g", "i", "n", "x"]}


def wordlike(s):
    if s in ALWAYS_WORD:
        return True
    if s in ALWAYS_SPELL:
        return False
    if len(s) < 3:
        return s in TWO_LETTER
    if not any(c in "aeiou" for c in s) and "y" not in s[1:]:
        return False
    if re.search(r"q(?!u)", s) or s[0] == "x" or re.search(r"(.)\1\1", s):
        return False
    t = re.sub(r"y(?=[aeiou])", "Y", s)  # y before a vowel is a consonant
    if re.search(r"[aeiouy]{3,}", t) and not re.search(r"(eau|iou)", t):
        return False
    clusters = [(m.start(), m.end()) for m in re.finditer(r"[^aeiouy]+", t)]
    for a, b in clusters:
        c = s[a:b]
        if a == 0 and b == len(s):
            return False
        if a == 0:
            if len(c) > 1 and c not in ONSETS:
                return False
        elif b == len(s):
            if len(c) == 2 and c not in CODA2:
                return False
            if len(c) == 3 and c not in CODA3:
                return False
            if len(c) > 3:
                return False
        elif len(c) > 3:
            return False
        elif len(c) == 3 and c[1:] not in ONSETS and c[:2] not in CODA2 and c[0] != c[1]:
            return False
    return True


# real words: filled from the pool's descriptions in main(), plus her jargon
LEXICON = {"app", "apps", "dir", "lib", "bin", "log", "doc", "docs", "repo", "conf", "kube",
           "pod", "net", "web", "dev", "git", "hub", "play", "top", "get", "set"}


def lower_pieces(s):
    """Split a lower-case letter run into ('word', w) / ('letter', c) units."""
    if s in SAY_AS:
        return [("word", p, None) if len(p) > 1 else ("letter", p) for p in SAY_AS[s]]
    if wordlike(s):
        return [("word", s, None)]
    # cheapest split into said words and spelled letters: a letter costs 1,
    # a real English word (seen in the pool's descriptions) 0.8, another
    # word-like piece 1.0 (5+ letters), 1.4 (4) or 1.8 (3); protocol words
    # are never used as pieces.
    n = len(s)
    best = [(0.0, [])] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        cost, path = best[i]
        opts = [(i + 1, 1.0, ("letter", s[i]))]
        for j in range(i + 2, n + 1):
            w = s[i:j]
            if w in ALL_VOCAB or not wordlike(w):
                continue
            if w in LEXICON:
                c = 0.8
            else:
                c = {2: 1.2, 3: 1.8, 4: 1.4}.get(len(w), 1.0)
            opts.append((j, c, ("word", w, None)))
        for j, c, u in opts:
            if best[j] is None or cost + c < best[j][0] - 1e-9:
                best[j] = (cost + c, path + [u])
    return best[n][1]


def case_ok(w):
    return len(w) >= 2 and wordlike(w) and w not in ALL_VOCAB


def alpha_units(a):
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", a):
        parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", a)]
        if all(case_ok(p) for p in parts):
            return [("case", "camel", parts)]
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", a):
        parts = [p.lower() for p in re.findall(r"[A-Z][a-z]+", a)]
        if all(case_ok(p) for p in parts):
            return [("case", "pascal", parts)]
    out = []
    for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+", a):
        if p.islower():
            out += lower_pieces(p)
        elif len(p) == 1:
            out.append(("letter", p))
        elif p.isupper():
            if len(p) >= 3 and wordlike(p.lower()):
                out.append(("word", p.lower(), "caps"))
            else:
                out += [("letter", c) for c in p]
        else:
            if wordlike(p.lower()) and len(p) >= 3:
                out.append(("word", p.lower(), "cap"))
            else:
                out.append(("letter", p[0]))
                out += lower_pieces(p[1:])
    return out


def seg_units(seg):
    if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", seg):
        parts = seg.split("_")
        if all(case_ok(p) for p in parts):
            return [("case", "snake", parts)]
    if re.fullmatch(r"[A-Z]+(?:_[A-Z]+)+", seg):
        parts = [p.lower() for p in seg.split("_")]
        if all(case_ok(p) for p in parts):
            return [("case", "screaming", parts)]
    out = []
    for piece in re.split(r"(_)", seg):
        if piece == "_":
            out.append(("sym", "_"))
        elif piece:
            out += alpha_units(piece)
    return out


def token_units(tok):
    out, i = [], 0
    while i < len(tok):
        c = tok[i]
        if c.isdigit():
            m = re.match(r"[0-9]+", tok[i:]); out.append(("num", m.group())); i += m.end()
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_]+", tok[i:]); out += seg_units(m.group()); i += m.end()
        else:
            g = tok[i:i + 2]
            if g in GROUPS:
                out.append(("sym", g)); i += 2
            else:
                out.append(("sym", c)); i += 1
    return out


def command_tokens(cmd):
    """List (per command word) of unit lists."""
    return [token_units(t) for t in cmd.split(" ")]


# ------------------------------------------------------------ clean render
def clean_words(toks):
    seq = []  # (word, is_literal_candidate)
    for ti, units in enumerate(toks):
        if ti:
            seq.append(("space", False))
        for u in units:
            k = u[0]
            if k == "sym":
                seq += [(x, False) for x in SYM_CLEAN[u[1]].split()]
            elif k == "num":
                seq += [(x, False) for x in say_number(u[1])]
            elif k == "letter":
                if u[1].isupper():
                    seq += [("capital", False), (u[1].lower(), False)]
                else:
                    seq.append((u[1], False))
            elif k == "word":
                if u[2] == "cap":
                    seq.append(("capital", False))
                elif u[2] == "caps":
                    seq += [("all", False), ("caps", False)]
                seq.append((u[1], True))
            elif k == "case":
                seq += [(u[1], False), ("case", False)] + [(p, False) for p in u[2]]
    out = []
    for j, (wd, lit) in enumerate(seq):
        if lit:
            prev = seq[j - 1][0] if j else None
            nxt = seq[j + 1][0] if j + 1 < len(seq) else None
            if wd in SINGLE_VOCAB or (wd, nxt) in PAIR_WORDS or (prev, wd) in PAIR_WORDS:
                out.append("literally")
        out.append(wd)
    return out


def collides(word, prev=None, nxt=None):
    return word in SINGLE_VOCAB or (word, nxt) in PAIR_WORDS or (prev, word) in PAIR_WORDS


# ------------------------------------------------------- Whisper rendering
SYM_FUZZY = {
    "-": ["dash", "dash", "minus", "hyphen", "Dash"], "--": ["dash dash", "double dash",
    "dash-dash", "minus minus"], ".": ["dot", "dot", "period", "point", "Dot"],
    "..": ["dot dot", "dot-dot", "period period"], "/": ["slash", "slash", "forward slash",
    "forward-slash", "Slash"], "\\": ["backslash", "back slash"], "|": ["pipe", "Pipe"],
    "||": ["pipe pipe", "pipe-pipe"], "*": ["star", "asterisk"], "!": ["bang", "Bang"],
    "#": ["hash", "Hash"], "~": ["tilde", "tilda", "Tilde"], "@": ["at", "at sign", "@"],
    "$": ["dollar", "dollar sign", "Dollar sign"], "%": ["percent", "percent sign", "%"],
    "^": ["caret", "carrot", "carat"], "&": ["ampersand", "Ampersand"],
    "&&": ["and and", "and-and", "And and"], "=": ["equals", "equal sign", "equals sign",
    "equal"], "+": ["plus", "Plus", "+"], ":": ["colon", "colon", "Colon", "Colin"],
    ";": ["semicolon", "semi colon", "semi-colon"], "_": ["underscore", "under score",
    "under-score"], ",": ["comma", "Comma"], '"': ["quote", "Quote", "quote"],
    "'": ["single quote", "single-quote"], "`": ["backtick", "back tick"],
    "?": ["question mark"], "(": ["open paren", "open parenthesis"],
    ")": ["close paren", "close parenthesis"], "{": ["open brace", "open curly brace",
    "open curly"], "}": ["close brace", "close curly brace", "close curly"],
    "[": ["open bracket"], "]": ["close bracket"], "<": ["less than", "less-than"],
    ">": ["redirect", "greater than", "Redirect"], ">>": ["append", "double greater than"],
}
SYM_NATURAL = dict(SYM_FUZZY)
SYM_NATURAL.update({
    "-": ["dash", "dash", "dash", "minus", "hyphen"], "--": ["dash dash", "double dash",
    "double dash", "minus minus", "dash-dash"], ".": ["dot", "dot", "dot", "point", "period"],
    "/": ["slash", "slash", "forward slash"], ">": ["redirect", "greater than",
    "greater than"], "=": ["equals", "equal sign", "equals"], "@": ["at", "at sign"],
})
LETTER_NAMES = {"b": "bee", "c": "see", "d": "dee", "f": "eff", "g": "gee", "h": "aitch",
                "i": "eye", "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en",
                "o": "oh", "p": "pee", "q": "queue", "r": "are", "s": "ess", "t": "tee",
                "u": "you", "v": "vee", "w": "double you", "x": "ex", "y": "why", "z": "zed"}
WORD_HOMO = {"sudo": ["pseudo", "Sudo", "sudo"], "cache": ["cash"], "sync": ["sink", "sync"],
             "cron": ["Kron", "cron"], "kube": ["cube", "Kube"], "tilde": ["tilda"]}
PROPER = {"git", "docker", "python", "node", "java", "ruby", "cargo", "conda", "podman",
          "brew", "helm", "azure", "linux", "ubuntu", "debian", "redis", "postgres",
          "terraform", "ansible", "kafka", "github", "gradle", "maven", "nix", "rust",
          "deno", "apache", "firefox", "chrome", "pandoc", "hugo", "flatpak", "snap"}
COMPOUND_PARTS = {"host", "name", "file", "config", "data", "back", "up", "down", "load",
                  "user", "pass", "word", "key", "server", "log", "out", "set", "get",
                  "list", "work", "space", "tool", "box", "line", "time", "zone", "base",
                  "book", "mark", "note", "path", "shell", "script", "store", "test",
                  "update", "play", "web", "site", "node", "pool", "port", "stat"}

GREEK = {
    "ela": ["ela", "Ela", "έλα", "Έλα"], "loipon": ["loipon", "lipon", "λοιπόν", "Λοιπόν"],
    "dhilady": ["dhilady", "dilady", "δηλαδή"], "ochi": ["óchi óchi", "ochi ochi", "όχι όχι",
    "Όχι όχι"], "sygnomi": ["sygnómi", "signomi", "συγγνώμη", "Συγγνώμη"],
    "perimene": ["perímene", "perimene", "περίμενε", "Περίμενε"], "lathos": ["lathos",
    "λάθος", "Λάθος"], "arhi": ["apo tin archí", "από την αρχή", "apo tin arxi"],
    "ntaxei": ["ntáxei", "entaxi", "εντάξει"], "miso": ["misó", "miso", "μισό"],
    "etsi": ["étsi", "etsi", "έτσι"], "bravo": ["bravo", "μπράβο"], "grapse": ["grápse",
    "γράψε", "grapse"], "kefalaio": ["kefalaío", "kefalaio", "κεφαλαίο"],
    "teleia": ["teleia", "τέλεια"], "name": ["Mihali", "Μιχάλη", "Michali"],
}


def gk(rng, key):
    return rng.choice(GREEK[key])


def fill_greek(rng, template):
    """Fill {key} slots; a word repeated inside one phrase keeps one spelling."""
    memo = {}

    def one(m):
        if m.group(1) not in memo:
            memo[m.group(1)] = gk(rng, m.group(1))
        return memo[m.group(1)]
    return re.sub(r"\{(\w+)\}", one, template)


def group_items(units):
    """Merge consecutive lower-case letters into one ('letters', s) item."""
    items = []
    for u in units:
        if u[0] == "letter" and u[1].islower() and items and items[-1][0] == "letters":
            items[-1] = ("letters", items[-1][1] + u[1])
        elif u[0] == "letter" and u[1].islower():
            items.append(("letters", u[1]))
        else:
            items.append(u)
    return items


def render_num(rng, d, natural):
    words = say_number(d)
    spoken = " ".join(words)
    n = len(d)
    if n == 1:
        if d in "24" and rng.random() < 0.15:
            return rng.choice({"2": ["to", "too"], "4": ["for"]}[d])
        return d if rng.random() < (0.6 if natural else 0.45) else spoken
    if words == [ONES[int(c)] for c in d]:  # digit by digit
        r = rng.random()
        if r < (0.55 if natural else 0.35):
            return d
        if r < 0.7:
            return " ".join(d)
        if r < 0.8:
            return "-".join(d) if n <= 4 else d
        return spoken
    if "thousand" in words:
        return rng.choice([d, d[0] + "," + d[1:], spoken, d])
    if "hundred" in words:
        return rng.choice([d, d, spoken])
    if n == 4:
        return rng.choice([d, d, d[:2] + " " + d[2:], spoken])
    return rng.choice([d, d, spoken, "-".join(words) if len(words) == 2 else spoken])


def render_letters(rng, s, natural):
    r = rng.random()
    if len(s) > 1 and len(s) <= 4 and r < (0.5 if natural else 0.3):
        return s.upper()
    if len(s) > 1 and r < 0.6:
        return "-".join(s.upper()) if rng.random() < 0.3 else " ".join(s.upper())
    return " ".join(LETTER_NAMES.get(c, c.upper()) if rng.random() < 0.25 else c.upper()
                    for c in s)


def render_word(rng, w):
    if w in WORD_HOMO and rng.random() < 0.45:
        return rng.choice(WORD_HOMO[w])
    if w in PROPER and rng.random() < 0.5:
        return w.capitalize()
    for k in range(2, len(w) - 1):
        if w[:k] in COMPOUND_PARTS and w[k:] in COMPOUND_PARTS and rng.random() < 0.5:
            return w[:k] + " " + w[k:]
    return w


def render_item(rng, it, natural, prev=None, nxt=None):
    k = it[0]
    if k == "sym":
        return rng.choice((SYM_NATURAL if natural else SYM_FUZZY)[it[1]])
    if k == "num":
        return render_num(rng, it[1], natural)
    if k == "letters":
        return render_letters(rng, it[1], natural)
    if k == "letter":  # upper-case letter
        if natural:
            r = rng.random()
            cap = "capital" if r < 0.7 else ("big" if r < 0.88 else gk(rng, "kefalaio"))
        else:
            cap = rng.choice(["capital", "capital", "Capital", "capital"])
        sep = "-" if (not natural and rng.random() < 0.15) else " "
        return cap + sep + it[1]
    if k == "word":
        w = it[1]
        lit = collides(w, prev, nxt)
        body = render_word(rng, w)
        if lit:
            body = (rng.choice(["literally", "the word", "literally"]) if natural
                    else rng.choice(["literally", "literally", "literally,"])) + " " + body
        if it[2] == "cap":
            return rng.choice(["capital", "Capital", "capital"]) + " " + body
        if it[2] == "caps":
            return rng.choice(["all caps", "all-caps", "all caps", "All caps"]) + " " + (
                body.upper() if rng.random() < 0.4 else body)
        return body
    if k == "case":
        style, parts = it[1], it[2]
        r = rng.random()
        if r < 0.2 and style in ("camel", "pascal"):
            head = style + "Case"
        elif r < 0.35:
            head = style + "-case"
        else:
            head = style + " case"
        sep = ", " if rng.random() < 0.2 else " "
        return head + sep + " ".join(parts)
    raise ValueError(it)


def render_token(rng, units, natural):
    """One command word as Whisper writes it (no 'space')."""
    items = group_items(units)
    out = []
    i = 0
    plainish = ("word", "letters")
    while i < len(items):
        it = items[i]
        # numeric dotted runs: 127.0.0.1 / 1.2.3
        if it[0] == "num" and i + 2 < len(items) and items[i + 1] == ("sym", ".") \
                and items[i + 2][0] == "num" and rng.random() < (0.5 if natural else 0.3):
            j = i
            txt = it[1]
            while j + 2 < len(items) and items[j + 1] == ("sym", ".") and items[j + 2][0] == "num":
                txt += "." + items[j + 2][1]
                j += 2
            out.append(txt)
            i = j + 1
            continue
        # file.ext glued
        if it[0] in plainish and i + 2 < len(items) and items[i + 1] == ("sym", ".") \
                and items[i + 2][0] in plainish and (it[0] != "word" or it[2] is None) \
                and (items[i + 2][0] != "word" or items[i + 2][2] is None) \
                and not collides(it[1]) and not collides(items[i + 2][1]) \
                and rng.random() < (0.25 if natural else 0.15):
            out.append(it[1] + "." + items[i + 2][1])
            i += 3
            continue
        prev = None
        nxt = None
        if it[0] == "word":
            prev = (SYM_CLEAN[items[i - 1][1]].split()[-1] if i and items[i - 1][0] == "sym"
                    else None)
            nxt = (SYM_CLEAN[items[i + 1][1]].split()[0] if i + 1 < len(items)
                   and items[i + 1][0] == "sym" else None)
        out.append(render_item(rng, it, natural, prev, nxt))
        i += 1
    return " ".join(out)


def whisper_finish(rng, text, end_p=0.5):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ,", ",", text)
    text = re.sub(r",+", ",", text)
    if text and text[0].isalpha() and text[0].islower():
        text = text[0].upper() + text[1:]
    if rng.random() < end_p and text[-1] not in ".?!:":
        text += "."
    return text


def fuzzy_line(rng, toks):
    parts = []
    for ti, units in enumerate(toks):
        if ti:
            r = rng.random()
            sp = "space"
            if r < 0.12:
                sp = "space,"
            elif r < 0.2:
                sp = "Space"
            elif r < 0.25:
                sp = ", space,"
            parts.append(sp)
        parts.append(render_token(rng, units, natural=False))
    text = " ".join(parts)
    # an occasional sentence break where she takes a breath
    words = text.split(" ")
    if len(words) > 8 and rng.random() < 0.25:
        k = rng.randrange(3, len(words) - 2)
        if words[k] in ("space", "space,"):
            words[k] = "space."
            if words[k + 1][:1].isalpha():
                words[k + 1] = words[k + 1][0].upper() + words[k + 1][1:]
    return whisper_finish(rng, " ".join(words), 0.45)


OPENERS = [
    "{ela} {name}, type this:", "{loipon}, next one:", "Okay {name}, write:",
    "{grapse}:", "{ela}, easy one:", "{loipon} {name}, this one:",
    "So, {loipon}, we do", "{ela}, write it down:", "Next one, {name}.",
    "Right, {loipon}, the command is", "{grapse} {name}:", "Okay so, ehm,",
    "{ela}, for the staging box:", "Now pay attention, {name}:",
    "{loipon}, you know this one:", "Let's do this one, {ela}:",
]
SIGNOFFS = [
    "And enter.", "{etsi}, {bravo}.", "{ntaxei}? Run it.", "{teleia}.",
    "That's it, {name}.", "Enter, let's see.", "{etsi}.", "Run it, {ela}.",
]
FILLERS = ["ehm", "ehm", "eh", "you know", "how to say", "basically", "{ela}", "{loipon}",
           "{miso}", "{etsi}", "ok?"]
CORRECTIONS = [
    "{ochi}", "{sygnomi}", "{ochi}, {sygnomi}", "{perimene}, {dhilady}", "{lathos}, {lathos}",
    "no no, {sygnomi}", "{dhilady}", "{ochi}, I mean", "wait, {lathos}",
]
FLAG_CORRECTIONS = [
    "{lathos}, not that flag,", "{ochi}, the other flag,", "{sygnomi}, I mean,",
    "{ochi}, not that one,", "{perimene}, wrong flag, {dhilady},",
]
RESTARTS = [
    "{perimene} {perimene}, {arhi}:", "{ochi}, again, the whole thing:",
    "{sygnomi}, let me say it all again:", "{arhi}, {ela}:", "{lathos}... {arhi}:",
]
ASIDES = [
    "{name}, don't press enter yet", "PAOK lost again, don't ask", "where did I leave my frappé",
    "close the Slack, it distracts you", "this is what broke staging on Friday",
    "Kostas will ask about this in the standup", "the fan on this laptop, Panagia mou",
    "write it, don't copy paste from the wiki", "ah, my phone, ignore it",
]
WRONG_WORDS = ["temp", "backup", "old", "staging", "prod", "test", "logs", "local", "demo",
               "config", "main", "master", "data", "files"]


def natural_body(rng, toks, filler_max=2):
    texts = [render_token(rng, u, natural=True) for u in toks]
    out = [texts[0]]
    used = 0
    for t in texts[1:]:
        r = rng.random()
        if used < filler_max and r < 0.14:
            out.append(", " + fill_greek(rng, rng.choice(FILLERS)) + ", " + t)
            used += 1
        elif r < 0.24:
            out.append(", " + t)
        else:
            out.append(" " + t)
    return "".join(out)


def opener(rng):
    return fill_greek(rng, rng.choice(OPENERS))


def signoff(rng):
    return fill_greek(rng, rng.choice(SIGNOFFS))


def natural_line(rng, toks):
    parts = []
    if rng.random() < 0.9:
        parts.append(opener(rng))
    parts.append(natural_body(rng, toks))
    if rng.random() < 0.4:
        add_signoff(rng, parts)
    return whisper_finish(rng, " ".join(parts), 0.5)


def add_signoff(rng, parts):
    so = signoff(rng)
    so = so[0].upper() + so[1:]
    if parts[-1][-1] in ".?!":
        parts.append(so)
    else:
        parts[-1] += rng.choice([".", ".", "..."])
        parts.append(so)


# ----------------------------------------------------------------- chaotic
def mutate_unit(rng, u):
    k = u[0]
    if k == "word":
        w = u[1]
        choices = [x for x in WRONG_WORDS if x != w]
        if len(w) > 3 and w.endswith("s") and rng.random() < 0.4:
            nw = w[:-1]
        elif rng.random() < 0.35 and not w.endswith("s"):
            nw = w + "s"
        else:
            nw = rng.choice(choices)
        return ("word", nw, u[2])
    if k == "num":
        v = int(u[1])
        nv = v + rng.choice([1, 2, 10]) if rng.random() < 0.6 else max(0, v - 1)
        if nv == v:
            nv = v + 1
        return ("num", str(nv))
    if k == "letters":
        s = u[1]
        j = rng.randrange(len(s))
        c = rng.choice([x for x in "abcdefghilmnoprstuvx" if x != s[j]])
        return ("letters", s[:j] + c + s[j + 1:])
    if k == "letter":
        return ("letters", u[1].lower()) if rng.random() < 0.5 else (
            "letter", rng.choice([x for x in "ABCDEFLMNOPRSTUVX" if x != u[1]]))
    return None


MUTABLE = ("word", "num", "letters", "letter")


def render_items(rng, items):
    return render_token(rng, [x for it in items for x in expand(it)], natural=True)


def expand(it):
    if it[0] == "letters":
        return [("letter", c) for c in it[1]]
    return [it]


def chaotic_line(rng, toks):
    n = len(toks)
    texts = [render_token(rng, u, natural=True) for u in toks]
    itemss = [group_items(u) for u in toks]
    flag_idx = [j for j in range(n) if itemss[j] and itemss[j][0][0] == "sym"
                and itemss[j][0][1] in ("-", "--") and any(it[0] in MUTABLE for it in itemss[j])]
    word_idx = [j for j in range(n) if any(it[0] in MUTABLE for it in itemss[j])]
    kinds = []
    if word_idx:
        kinds += ["word"] * 4
    if flag_idx:
        kinds += ["flag"] * 3
    if n >= 2:
        kinds += ["whole"] * 3
    kind = rng.choice(kinds)
    segs = list(texts)  # per token text, may be replaced
    touched = set()
    if kind == "word":
        j = rng.choice(word_idx)
        items = itemss[j]
        ks = [k for k, it in enumerate(items) if it[0] in MUTABLE]
        k = rng.choice(ks)
        wrong = mutate_unit(rng, items[k])
        said = render_items(rng, items[:k] + [wrong])
        corr = fill_greek(rng, rng.choice(CORRECTIONS))
        r = rng.random()
        if r < 0.45:
            fix = render_items(rng, items)  # re-says the whole command word
        elif r < 0.7 and k and items[k - 1][0] == "sym":
            fix = render_items(rng, items[k - 1:])  # re-says the symbol before it
        else:
            fix = render_items(rng, items[k:])
        segs[j] = said + "... " + corr + ", " + fix
        touched.add(j)
    elif kind == "flag":
        j = rng.choice(flag_idx)
        items = itemss[j]
        ks = [k for k, it in enumerate(items) if it[0] in MUTABLE]
        k = ks[0]
        wrong = mutate_unit(rng, items[k])
        said = render_items(rng, items[:k] + [wrong] + items[k + 1:])
        corr = fill_greek(rng, rng.choice(FLAG_CORRECTIONS))
        segs[j] = said + ", " + corr + " " + render_items(rng, items)
        touched.add(j)
    else:
        k = rng.randint(1, min(3, n - 1))
        pre = texts[:k]
        if rng.random() < 0.5:
            items = itemss[k - 1]
            ks = [m for m, it in enumerate(items) if it[0] in MUTABLE]
            if ks:
                m = rng.choice(ks)
                pre = pre[:-1] + [render_items(rng, items[:m] + [mutate_unit(rng, items[m])]
                                               + items[m + 1:])]
        restart = fill_greek(rng, rng.choice(RESTARTS))
        segs[0] = " ".join(pre) + "... " + restart + " " + segs[0]
        touched.add(0)
    # extra trouble: aside / pause / stutter
    extra = rng.random()
    if extra < 0.3 and n >= 2:
        b = rng.randrange(1, n)
        segs[b - 1] = segs[b - 1] + "... " + fill_greek(rng, rng.choice(ASIDES)) + "... anyway,"
    elif extra < 0.45 and n >= 2:
        b = rng.randrange(1, n)
        segs[b - 1] = segs[b - 1] + "... " + fill_greek(rng, rng.choice(
            ["{miso}", "{miso} {miso}", "ehm... {miso}", "{loipon}"])) + "... okay,"
    elif extra < 0.65:
        singles = [j for j in range(n) if len(itemss[j]) == 1 and itemss[j][0][0] == "word"
                   and itemss[j][0][2] is None and not collides(itemss[j][0][1])
                   and j not in touched]
        if singles:
            j = rng.choice(singles)
            segs[j] = texts[j] + "... " + segs[j]
    body = segs[0]
    for s in segs[1:]:
        r = rng.random()
        if r < 0.1:
            body += ", " + fill_greek(rng, rng.choice(FILLERS)) + ", " + s
        else:
            body += " " + s
    parts = []
    if rng.random() < 0.85:
        op = opener(rng)
        if rng.random() < 0.2:
            first = op.split(" ")[0].rstrip(",:.")
            op = first + ", " + op[0].lower() + op[1:]  # she stutters the opener
        parts.append(op)
    parts.append(body)
    if rng.random() < 0.35:
        add_signoff(rng, parts)
    return whisper_finish(rng, " ".join(parts), 0.5)


# -------------------------------------------------------------- selection
def allowed(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    if any(ord(c) < 32 for c in cmd):
        return False
    try:
        words = clean_words(command_tokens(cmd))
    except (KeyError, ValueError):
        return False
    if len(words) > 48:
        return False
    return decode(" ".join(words)) == cmd


def main():
    rng = random.Random(104)
    with open(POOL, encoding="utf-8") as f:
        pool = [json.loads(line) for line in f]
    for d in pool:
        LEXICON.update(re.findall(r"[a-z]+", d["description"].lower()))
    cands = []
    seen = set()
    for n, d in enumerate(pool):
        c = d["command"]
        if n % 3 == 1 and c not in seen and allowed(c):
            seen.add(c)
            cands.append(c)
    rng.shuffle(cands)
    chosen, per_first = [], {}
    for c in cands:
        fw = c.split(" ")[0]
        if per_first.get(fw, 0) >= 2:
            continue
        per_first[fw] = per_first.get(fw, 0) + 1
        chosen.append(c)
        if len(chosen) == 4 * PER_SLICE:
            break
    assert len(chosen) == 4 * PER_SLICE and len(set(chosen)) == len(chosen)
    rows = []
    for si, sl in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            toks = command_tokens(cmd)
            if sl == "clean":
                text = " ".join(clean_words(toks))
                assert decode(text) == cmd, (text, cmd)
            elif sl == "fuzzy":
                text = fuzzy_line(rng, toks)
            elif sl == "natural":
                text = natural_line(rng, toks)
            else:
                text = chaotic_line(rng, toks)
            rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
