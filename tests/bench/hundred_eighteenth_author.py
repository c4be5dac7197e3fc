# ruff: noqa: B033, B905, E501, E741, I001
r"""Dictation test set author118: a Mexico City DevOps engineer, in Spanglish.

Writes assets/training/bash/author118.jsonl (400 lines, 100 per slice, in the
order clean, fuzzy, natural, chaotic), each line
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": ..., "author": "author118"}.
Run:  python3 tests/bench/hundred_eighteenth_author.py
Standard library only; one random.Random(118) is consumed in a fixed order
(shuffle for selection, then the fuzzy, natural and chaotic lines in file
order; clean lines use no randomness), so reruns are byte-identical.

SOURCE
  Commands come from tldr-pages (https://github.com/tldr-pages/tldr),
  CC BY 4.0, through assets/training/bash/pages_dev63_commands.jsonl.  Only
  0-based lines n with n % 3 == 0 are used, for every slice.  A command is
  skipped when it is non-ASCII, has a tab or a double space, is over 64
  characters, takes over 48 spoken words in the clean protocol, or when the
  clean listener below cannot rebuild it.  Commands are drawn by the seeded
  shuffle, at most two per first word, all 400 distinct, text kept exactly.

STYLE GUIDE

1. The speaker
  Beto, DevOps / SRE at a payments start-up on Reforma, Mexico City.  He
  dictates from an open office: the sales pod plays reggaeton, Memo and Pau
  interrupt him, the coffee spills.  English for the shell, Spanish for
  everything around it.  He calls himself "güey" when he messes up.  When he
  is careful (clean) he is very careful and very regular; when he is not, his
  Spanish leaks in: fillers "este", "o sea", "pues", "bueno", "mmm";
  openers "Órale, a ver", "A ver, ponme", "Ándale, type", "Ok güey",
  "Oye, escribe", "Bueno, ahí va el comando:"; sign-offs "Y ya.", "Ándale.",
  "Sale.", "Listo, dale enter.", "Ya quedó.", "Órale, gracias.".

2. Clean protocol (as this speaker uses it; decode() below is its listener)
  * Tokens.  He says "space" between every two command tokens and never
    inside one.  Everything said between two "space"s is glued together
    with no blanks: "l s" -> ls, "hunter two" -> hunter2, "tag one" -> tag1.
  * Symbols, one fixed name each:
      -  dash           .  dot             /  slash         \  backslash
      ~  tilde          |  pipe            *  star          !  bang
      #  hash           @  at              $  dollar        %  percent
      ^  caret          &  ampersand       =  equals        +  plus
      :  colon          ;  semicolon       _  underscore    ,  comma
      "  quote          '  single quote    `  backtick      ?  question mark
      ( )  open paren / close paren        { }  open brace / close brace
      [ ]  open bracket / close bracket    <  less than     >  redirect
      >>  append        --  dash dash      ..  dot dot      &&  and and
      ||  pipe pipe     2>  "two redirect" (a number then redirect)
    He never uses the synonyms (minus, hyphen, period, point, forward slash,
    asterisk, greater than) in clean; decimals and versions use "dot" too
    ("three dot eleven" -> 3.11).
  * Numbers.  A digit string is said
      - 1 digit: the digit word (zero, one ... nine; never "oh");
      - 2 digits: the compound (ten ... nineteen, twenty, forty two);
      - 3 digits: "X hundred" when it ends in 00 (one hundred, eight
        hundred), otherwise digit by digit ("six four zero", "one two seven");
      - 4 digits: "X thousand" for X000 (three thousand); pairs when the
        third digit is not 0 ("eighty eighty" 8080, "ten twenty four" 1024,
        "fifty four thirty two" 5432); otherwise digit by digit;
      - 5 digits ending in 000: "sixty five thousand"; anything else or any
        string starting with 0: digit by digit ("zero zero seven").
    The listener reads a run of number words as one number: with hundred or
    thousand it is an ordinary compound; otherwise each teen, each tens word
    (with a following non-zero digit word) and each digit word is a group,
    groups are concatenated.
  * Letters and words.  A lower-case letter run is said as a word when he
    can pronounce it ("crane", "docs", "yaml", "postgres"), spelled letter
    by letter when he cannot ("l s", "d n f", "s r c", "t m p", "p d f",
    "j p g"), and mixed when it is a compound ("rabbit m q c t l",
    "system c t l", "p d f palabra to p p m", "f f send").  Spelled letters
    are English letter names written as the single letters.  He never says
    "temp" for tmp or "source" for src: those he spells.
  * Casing (lower case is the default):
      capital W        next letter or word starts upper: "capital wall" -> Wall,
                       "capital p" -> P
      all caps W ...   every following letter/word, up to the next protocol
                       word, upper: "all caps readme" -> README,
                       "all caps n v r one" -> NVR1
      camel case w w   outFile;     pascal case w w   VBoxManage (v box manage)
      snake case w w   output_dir;  screaming case w w   FOO_BAR
    A case run takes the plain words after it, up to the next protocol word
    or "space".  He uses camel/pascal only when every part is one spoken
    word or single letter, snake/screaming only when every part is one
    word; otherwise he builds it from capital / all caps / underscore.  He
    does not use kebab case: he says "dash" between the words.
  * Collisions.  A literal word that a careful listener could hear as
    protocol is preceded by "palabra" (Spanish "word"): every symbol name and
    synonym of the protocol, every number word, the casing words, "space",
    "palabra" itself, the number homophones to/too/for/won/ate/oh and the
    letter-name homophones (be, see, you, are, why, tee, queue ...):
    "--and" -> "dash dash palabra and", "data.cue" -> "data dot palabra
    cue", "pamtogif" is one word but "pdftoppm" is "p d f palabra to p p m".
  * Written as a careful transcript: lower case, no punctuation, nothing but
    the command.

3. Fuzzy (same protocol, as Whisper writes it; no framing, no fillers)
  * Capitalised first word, stray commas and periods: "space," ", space,"
    ". Space. ", sometimes a final period.
  * Numerals: 8080 or "80 80", 127 or "1 2 7", "3,000", "forty-two";
    homophones "to"/"too" for two, "for" for four.
  * Letters: glued capitals "LS", spaced "L S", or lower "l s"; his Spanish
    letter names for x, y, j ("equis", "i griega", "jota") about half the
    time; letter homophones now and then ("see", "tee", "are", "why").
  * Symbol synonyms: minus / hyphen / guion for dash, period / point / punto
    for dot, forward slash, "double dash", "dashdash", "dash-dash", "tilda",
    "under score", "semi colon", "Colon", "carrot", "equal sign", "%".
  * Casing words as Whisper hears them: "Capital", "all-caps", "camelcase",
    "PascalCase", "snake-case"; "palabra" sometimes "la palabra" or
    "Palabra,".  "dot com", "dot py" sometimes glued: example.com.

4. Natural (how he talks when not careful)
  * No "space": spacing must be inferred (flags start a new token, paths
    stay together).  An opener always, a sign-off about half the time,
    sometimes a purpose from the page description ("A ver, para <what>,
    ponme ...", "Ok, quiero <what>. Entonces ...").  Up to two fillers
    between tokens ("este,", "o sea,", "mmm,", "pues,", "uh,", "bueno,").
  * Loose symbol names: guion / guión, punto, "dos puntos" for colon,
    comillas / "double quote", "comilla simple", arroba, igual, "mayor que" /
    "menor que", "guion bajo", "punto y coma", "abre/cierra paréntesis",
    "abre/cierra llave", "abre/cierra corchete", más for plus, "redirect to".
  * Casing: "capital M", or postfix Spanish "M mayúscula" / "M grande" for a
    single letter; "all caps" or "todo en mayúsculas"; the case-run words.
  * Whisper: numerals, glued capitals for spelled letters, file names and
    domains sometimes written with the dot (data.csv, example.com), dotted
    numbers as 192.168.1.10 or 3.11, names capitalised (Alice, Docker).
  * "todo junto" / "junto" after a token he said in pieces that is one word
    ("rabbit MQ CTL, todo junto", "my DB, todo junto").  He drops "palabra".

5. Chaotic (natural plus trouble; the command can still be rebuilt)
  Exactly one main trouble per line, sometimes one extra:
  * word scope: wrong word, letters or number, then a correction phrase,
    then the right one and the rest of the token ("tilde slash cache, no no
    no, projects slash report dot PDF").  The correction replaces the last
    word before it.
  * flag / token scope: the whole wrong token, a correction phrase, the
    whole right token ("guión N, ay güey, no, guión C").
  * whole command: a start (possibly wrong), then a restart phrase and the
    whole command ("no, bórralo, desde el principio:", "a ver, otra vez
    todo:", "no no no, empiezo de nuevo:", "ay güey, no. De nuevo, todo:").
  * partial answers: he trails off inside a token, hesitates ("¿cómo
    era?", "espérate...", "mmm, a ver...") and says the token whole again.
  * extras: the first word stuttered ("hurl, hurl ..."), an aside between
    tokens ("güey, qué ruido hay aquí,", "ahorita voy, Memo,", "¿quién puso
    reggaetón?", "ay, se me cayó el café,"), or a filler.
  Correction phrases: "no no no,", "perdón,", "perdón, perdón,", "mejor
  dicho,", "no, espérate,", "o sea no,", "a ver, no,", "no, más bien",
  "ay güey, no,", "corrijo,".  Asides never start with "no" and never
  contain symbol names or numbers.
"""

import json
import os
import re
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev63_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author118.jsonl")
AUTHOR = "author118"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# Vocabulary of the clean protocol
# ---------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["hundred", "thousand"]
NUMBER_WORDS = set(ONES) | set(TEENS) | set(t for t in TENS if t) | set(SCALES)

# symbol -> the clean spoken form (this speaker's one choice per symbol)
SYM_CLEAN = {
    "--": "dash dash", "..": "dot dot", "&&": "and and", "||": "pipe pipe", ">>": "append",
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "~": "tilde",
    "|": "pipe", "*": "star", "!": "bang", "#": "hash", "@": "at", "$": "dollar",
    "%": "percent", "^": "caret", "&": "ampersand", "=": "equals", "+": "plus",
    ":": "colon", ";": "semicolon", "_": "underscore", ",": "comma",
    '"': "quote", "'": "single quote", "`": "backtick", "?": "question mark",
    "(": "open paren", ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than", ">": "redirect",
}
MULTI_SYMS = ("--", "..", "&&", "||", ">>")

# multi-word protocol phrases the listener reads first (longest first)
PHRASES = {
    ("single", "quote"): "'", ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("less", "than"): "<", ("and", "and"): "&&",
}
SINGLE_SYMS = {v: k for k, v in SYM_CLEAN.items() if " " not in v}
MODIFIERS = {("capital",): "cap", ("all", "caps"): "caps",
             ("camel", "case"): "camel", ("pascal", "case"): "pascal",
             ("snake", "case"): "snake", ("screaming", "case"): "screaming"}

# A literal word that a careful listener could hear as protocol gets "palabra"
# in front of it: every symbol name and synonym of the protocol facts, every
# number word, every casing word, number homophones and letter-name homophones.
COLLIDE = set(NUMBER_WORDS) | {
    "space", "palabra", "dash", "minus", "hyphen", "dot", "period", "point",
    "slash", "forward", "backslash", "back", "pipe", "star", "asterisk", "bang",
    "hash", "tilde", "at", "sign", "dollar", "percent", "caret", "ampersand",
    "equals", "equal", "plus", "colon", "semicolon", "underscore", "comma",
    "quote", "single", "double", "backtick", "question", "mark", "open", "close",
    "paren", "brace", "curly", "bracket", "angle", "less", "than", "greater",
    "redirect", "append", "and", "capital", "all", "caps", "camel", "snake",
    "pascal", "kebab", "screaming", "case",
    # number homophones
    "to", "too", "for", "fore", "won", "ate", "oh", "nein",
    # letter-name homophones
    "be", "bee", "see", "sea", "gee", "jay", "kay", "el", "em", "en", "pea", "pee",
    "queue", "cue", "are", "tea", "tee", "you", "ex", "why", "eye", "owe", "aye",
}

# letter runs this speaker always spells, never pronounces as a word
SPELL = {
    "ls", "cd", "rm", "mv", "cp", "ps", "df", "du", "ip", "id", "db", "fs", "io",
    "os", "vm", "ui", "ci", "cd", "pr", "ssh", "scp", "gpg", "npm", "pnpm", "nvm",
    "aws", "gcp", "cli", "ctl", "sql", "dns", "tcp", "udp", "url", "uri", "api",
    "pdf", "png", "jpg", "gif", "svg", "csv", "tsv", "txt", "xml", "html", "css",
    "js", "ts", "py", "rb", "sh", "md", "gz", "xz", "bz", "iso", "deb", "rpm",
    "apk", "exe", "dll", "mq", "vpn", "ssl", "tls", "http", "https", "ftp", "tty",
    "cpu", "gpu", "usb", "pbm", "pgm", "ppm", "pnm", "pam", "ps", "gv", "ec",
    "lzo", "vma", "qm", "dd", "nc", "jq", "yq", "gh", "az", "jj", "cs", "pt",
    "kv", "tx", "hsd", "pve", "sg", "lvm", "nfs", "smb", "ntlm", "ssd", "hdd",
    "ddl", "dnf", "yum", "apt", "rcs", "ext", "utf", "ascii", "lsb", "dpkg",
    "wc", "tr", "nl", "od", "pr", "pg", "sd", "ln", "vi", "ed", "mk", "ok", "tmp",
    "etc", "var", "usr", "src", "lib", "bin", "dev", "img", "pkg", "cfg", "conf",
}
# these short words are pronounced as words
SAY = {
    "go", "do", "no", "up", "in", "on", "of", "is", "it", "my", "me", "as", "or",
    "if", "so", "by", "we", "us", "git", "run", "log", "get", "set", "add", "new",
    "top", "cat", "man", "zip", "tar", "key", "app", "web", "job", "sys", "dir",
    "max", "min", "tag", "map", "out", "net", "box", "bus", "pod", "vol", "raw",
    "tmp", "var", "lib", "bin", "dev", "img", "pkg", "conf", "etc", "src",
}
# etc, var, lib, bin, dev and conf are said as words; tmp, src, pkg and img
# are spelled (saying "temp" or "source" would not give the exact letters).
SAY -= {"src", "tmp", "pkg", "img"}
SAY |= {"to"}
SPELL -= SAY
# words he pronounces although the rough syllable test below would not
KNOWN = {"json", "yaml", "toml", "docs", "quiet", "prompt", "func", "specs", "sync",
         "rsync", "nginx", "gnu", "linux", "python", "kube", "kubectl", "regex",
         "sqlite", "wget", "curl", "grep", "zsh", "bash", "fish", "vim", "tmux",
         "htop", "npx", "yarn", "deno", "bun", "cargo", "rust", "java", "perl"}
KNOWN |= {"dry", "fly", "try", "gym", "lynx", "system", "subscription", "config",
          "manager", "server", "client", "info", "tool", "tools", "user", "group",
          "data", "file", "files", "image", "build", "link", "list", "make", "mount",
          "web", "view", "edit", "diff", "dump", "merge", "check", "test", "update",
          "keys", "logs", "scan", "stat", "stats", "sum", "text", "time", "top",
          "type", "util", "cloud", "doc", "hub", "lint", "format", "pass", "word",
          "search", "mask", "color", "crypt", "trace", "proxy", "shell", "host",
          "port", "node", "disk", "boot", "store", "stack", "pack", "note", "notes",
          "tag", "tags", "ping", "print", "audio", "video", "play", "player", "snap",
          "show", "send", "get", "put", "sort", "split", "join", "tree", "hash",
          "back", "up", "down", "out", "in", "all", "auto", "mac", "win", "whats",
          "app", "go", "code", "gen", "lab", "cat", "ctl"}
KNOWN -= {"nginx", "kubectl", "zsh", "npx", "htop", "ctl"}

VOWELS = set("aeiou")
ONSETS = set("b bl br c ch cl cr d dr f fl fr g gl gr h j k kl kn kr l m n p ph pl pr "
             "qu r s sc sch scr sh sk sl sm sn sp spl spr st str sw t th thr tr tw v w "
             "wh wr x y z kw".split())
CODAS = set("b bs ck cks d ds f ff ft g gs k ks l ld lds lf lk lks ll lls lm lp lt lts "
            "m mp mps ms n nd nds ng ngs nk nks ns nt nts p ps pt r rb rc rd rds rf rg "
            "rk rks rl rm rms rn rns rp rs rst rt rts s sh sk sp ss st sts t th ts tch "
            "tt x z ch nch rch ct cts gh ght mb w ws wn wns ws y c cs pts mpt mpts nc xt xts "
            "sm ps lc".split()) | {""}


def _vowel_at(w, i):
    c = w[i]
    if c in VOWELS:
        return True
    return c == "y" and i > 0 and w[i - 1] not in VOWELS


def speakable(w):
    """Would this speaker pronounce the lower-case run w as one word?"""
    if w in SAY:
        return True
    if w in SPELL or len(w) < 3:
        return False
    if not any(c in VOWELS for c in w):
        return False
    w = w.replace("qu", "kw")
    marks = [_vowel_at(w, i) for i in range(len(w))]
    if not any(marks):
        return False
    first = marks.index(True)
    last = len(w) - 1 - marks[::-1].index(True)
    if w[:first] not in ONSETS and first:
        return False
    if w[last + 1:] not in CODAS:
        return False
    run = 0
    for m in marks[first:last + 1]:
        run = 0 if m else run + 1
        if run > 4:
            return False
    vowel_run = 0
    for c in w:
        vowel_run = vowel_run + 1 if c in VOWELS else 0
        if vowel_run > 2:
            return False
    return True


def unit_cost(piece):
    """Cost of saying piece as one unit, or None when he would not."""
    if len(piece) == 1:
        return 1.05
    if piece in SPELL:
        return 0.9 + 0.1 * len(piece)
    if piece in SAY or piece in KNOWN:
        return 1.0
    if len(piece) >= 3 and speakable(piece):
        return 1.2
    return None


def segment(low):
    """Split a lower-case letter run into ('word', w) / ('spell', letters) units,
    the cheapest way to say it (fewest spoken units; known pieces preferred)."""
    n = len(low)
    best = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            piece = low[i:j]
            c = unit_cost(piece)
            if c is None:
                continue
            kind = "word" if (piece in SAY or piece in KNOWN or
                              (len(piece) >= 3 and piece not in SPELL)) else "spell"
            cand = (best[i][0] + c, best[i][1] + [(kind, piece)])
            if best[j] is None or cand[0] < best[j][0] - 1e-9:
                best[j] = cand
    merged = []
    for u in best[n][1]:
        if merged and u[0] == "spell" and merged[-1][0] == "spell":
            merged[-1] = ("spell", merged[-1][1] + u[1])
        else:
            merged.append(u)
    return merged


# ---------------------------------------------------------------------------
# Command -> spoken items (shared by every slice)
# ---------------------------------------------------------------------------
# item kinds:
#   ("sym", s)            one symbol or one of MULTI_SYMS
#   ("num", digits)
#   ("word", w)           lower-case word said as a word
#   ("spell", letters)    lower-case letters spelled one by one
#   ("cap", units)        first letter upper, rest lower ("capital ...")
#   ("caps", units)       all upper ("all caps ...")
#   ("case", style, words)

ATOM = re.compile(r"--|\.\.|&&|\|\||>>|[A-Za-z]+|[0-9]+|.")
SNAKE = re.compile(r"(?<![A-Za-z0-9_])([a-z]+(?:_[a-z]+)+)(?![A-Za-z0-9_])")
SCREAM = re.compile(r"(?<![A-Za-z0-9_])([A-Z]+(?:_[A-Z]+)+)(?![A-Za-z0-9_])")
CASESEG = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def one_word(w):
    return speakable(w)


def alpha_items(run):
    segs = CASESEG.findall(run)
    assert "".join(segs) == run, run
    kinds = []
    for s in segs:
        if s.islower():
            kinds.append("low")
        elif s.isupper() and len(s) > 1:
            kinds.append("caps")
        else:
            kinds.append("cap")
    words_ok = all(len(s) == 1 or one_word(s.lower()) for s in segs)
    has_long = any(len(s) >= 3 for s in segs)
    if len(segs) >= 2 and words_ok and has_long:
        if all(k == "cap" for k in kinds):
            return [("case", "pascal", [s.lower() for s in segs])]
        if kinds[0] == "low" and all(k == "cap" for k in kinds[1:]) and len(segs[0]) > 1:
            return [("case", "camel", [s.lower() for s in segs])]
    items = []
    for s, k in zip(segs, kinds):
        units = segment(s.lower())
        if k == "low":
            items.extend(units)
        else:
            items.append((k, units))
    return items


def token_items(tok):
    items = []
    spans = []
    for rx, style in ((SNAKE, "snake"), (SCREAM, "screaming")):
        for m in rx.finditer(tok):
            parts = m.group(1).split("_")
            if all(one_word(p.lower()) for p in parts):
                spans.append((m.start(1), m.end(1), style, [p.lower() for p in parts]))
    spans.sort()
    pos = 0
    for start, end, style, parts in spans + [(len(tok), len(tok), None, None)]:
        chunk = tok[pos:start]
        for a in ATOM.findall(chunk):
            if a.isalpha():
                items.extend(alpha_items(a))
            elif a.isdigit():
                items.append(("num", a))
            else:
                items.append(("sym", a))
        if style:
            items.append(("case", style, parts))
        pos = end
    return items


def command_items(cmd):
    return [token_items(t) for t in cmd.split(" ")]


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

def two_digit(n):
    if n < 10:
        return [ONES[n]]
    if n < 20:
        return [TEENS[n - 10]]
    return [TENS[n // 10]] + ([ONES[n % 10]] if n % 10 else [])


def num_words(d):
    """This speaker's clean way to say a digit string."""
    digits = [ONES[int(c)] for c in d]
    if len(d) == 1 or d[0] == "0":
        return digits
    n = int(d)
    if len(d) == 2:
        return two_digit(n)
    if len(d) == 3:
        return [ONES[n // 100], "hundred"] if n % 100 == 0 else digits
    if len(d) == 4:
        if n % 1000 == 0:
            return [ONES[n // 1000], "thousand"]
        if d[2] != "0":
            return two_digit(int(d[:2])) + two_digit(int(d[2:]))
        return digits
    if len(d) == 5 and n % 1000 == 0:
        return two_digit(n // 1000) + ["thousand"]
    return digits


def words_to_digits(ws):
    """Listener side: a run of number words -> digit string."""
    if any(w in SCALES for w in ws):
        total = cur = 0
        for w in ws:
            if w in ONES:
                cur += ONES.index(w)
            elif w in TEENS:
                cur += 10 + TEENS.index(w)
            elif w in TENS:
                cur += 10 * TENS.index(w)
            elif w == "hundred":
                cur *= 100
            elif w == "thousand":
                total += cur * 1000
                cur = 0
        return str(total + cur)
    out = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w in TENS:
            v = 10 * TENS.index(w)
            if i + 1 < len(ws) and ws[i + 1] in ONES and ws[i + 1] != "zero":
                v += ONES.index(ws[i + 1])
                i += 1
            out.append(str(v))
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        else:
            out.append(str(ONES.index(w)))
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Clean slice: encoder and decoder
# ---------------------------------------------------------------------------

def lit(w):
    return ["palabra", w] if w in COLLIDE else [w]


def unit_words(u):
    if u[0] == "word":
        return lit(u[1])
    return list(u[1])


def clean_item(it):
    k = it[0]
    if k == "sym":
        return SYM_CLEAN[it[1]].split()
    if k == "num":
        return num_words(it[1])
    if k in ("word", "spell"):
        return unit_words(it)
    if k == "cap":
        out = ["capital"]
        for u in it[1]:
            out += unit_words(u)
        return out
    if k == "caps":
        out = ["all", "caps"]
        for u in it[1]:
            out += unit_words(u)
        return out
    if k == "case":
        out = [it[1], "case"]
        for w in it[2]:
            out += lit(w)
        return out
    raise ValueError(it)


def clean_render(items):
    toks = []
    for tok in items:
        ws = []
        for it in tok:
            ws += clean_item(it)
        toks.append(" ".join(ws))
    return " space ".join(toks)


def decode(text):
    """The listener for this speaker's clean protocol."""
    words = text.split()
    tokens, cur = [], []
    mode = None          # None | "cap" | "caps" | a case style
    run = []             # words collected by a case run

    def close():
        nonlocal mode, run
        if mode in ("camel", "pascal", "snake", "screaming"):
            if mode == "camel":
                cur.append(run[0] + "".join(w.capitalize() for w in run[1:]))
            elif mode == "pascal":
                cur.append("".join(w.capitalize() for w in run))
            elif mode == "snake":
                cur.append("_".join(run))
            else:
                cur.append("_".join(w.upper() for w in run))
        mode, run = None, []

    def literal(w):
        nonlocal mode
        if mode == "cap":
            cur.append(w[0].upper() + w[1:])
            mode = None
        elif mode == "caps":
            cur.append(w.upper())
        elif mode:
            run.append(w)
        else:
            cur.append(w)

    i = 0
    while i < len(words):
        w = words[i]
        pair = tuple(words[i:i + 2])
        if w == "palabra":
            literal(words[i + 1])
            i += 2
        elif w == "space":
            close()
            tokens.append("".join(cur))
            cur = []
            i += 1
        elif w in NUMBER_WORDS:
            close()
            j = i
            while j < len(words) and words[j] in NUMBER_WORDS:
                j += 1
            cur.append(words_to_digits(words[i:j]))
            i = j
        elif pair in MODIFIERS:
            close()
            mode = MODIFIERS[pair]
            i += 2
        elif (w,) in MODIFIERS:
            close()
            mode = MODIFIERS[(w,)]
            i += 1
        elif pair in PHRASES:
            close()
            cur.append(PHRASES[pair])
            i += 2
        elif w in SINGLE_SYMS:
            close()
            cur.append(SINGLE_SYMS[w])
            i += 1
        else:
            literal(w)
            i += 1
    close()
    tokens.append("".join(cur))
    return " ".join(tokens)


# ---------------------------------------------------------------------------
# Whisper-side rendering helpers (fuzzy, natural, chaotic)
# ---------------------------------------------------------------------------

SPANISH_LETTERS = {"x": "equis", "y": "i griega", "j": "jota", "h": "hache", "g": "ge",
                   "q": "cu", "z": "zeta", "w": "doble u", "v": "uve"}
LETTER_HOMOPHONES = {"c": "see", "y": "why", "u": "you", "r": "are", "i": "eye",
                     "b": "be", "t": "tee", "q": "queue", "o": "oh"}

# loose symbol names (Whisper spelling), first is the most frequent
SYM_LOOSE = {
    "--": ["dash dash", "double dash", "dash-dash", "guion guion", "dashdash", "minus minus"],
    "..": ["dot dot", "punto punto", "dot-dot"],
    "&&": ["and and", "double ampersand", "ampersand ampersand"],
    "||": ["pipe pipe", "double pipe"],
    ">>": ["append", "double greater than", "double redirect"],
    "-": ["dash", "dash", "minus", "hyphen", "guion", "guión"],
    ".": ["dot", "dot", "period", "point", "punto"],
    "/": ["slash", "slash", "forward slash", "slash"],
    "\\": ["backslash", "back slash"],
    "~": ["tilde", "tilda", "tilde"],
    "|": ["pipe", "pipe"],
    "*": ["star", "asterisk", "asterisco"],
    "!": ["bang", "exclamation"],
    "#": ["hash", "hashtag"],
    "@": ["at", "at sign", "arroba"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent", "%"],
    "^": ["caret", "carrot"],
    "&": ["ampersand", "and percent"],
    "=": ["equals", "equal", "equals sign", "equal sign", "igual"],
    "+": ["plus", "plus sign", "más"],
    ":": ["colon", "Colon", "dos puntos"],
    ";": ["semicolon", "semi colon", "semi-colon", "punto y coma"],
    "_": ["underscore", "under score", "guion bajo"],
    ",": ["comma", "coma"],
    '"': ["quote", "double quote", "comillas"],
    "'": ["single quote", "apostrophe", "comilla simple"],
    "`": ["backtick", "back tick"],
    "?": ["question mark"],
    "(": ["open paren", "abre paréntesis", "open parenthesis"],
    ")": ["close paren", "cierra paréntesis", "close parenthesis"],
    "{": ["open curly brace", "open brace", "abre llave"],
    "}": ["close curly brace", "close brace", "cierra llave"],
    "[": ["open bracket", "abre corchete"],
    "]": ["close bracket", "cierra corchete"],
    "<": ["less than", "less-than", "menor que"],
    ">": ["redirect", "greater than", "redirect to", "mayor que"],
}
# which of those are fine in the fuzzy slice (protocol synonyms and the
# speaker's two Spanish staples, guion and punto)
SYM_FUZZY = {
    "--": ["dash dash", "dash dash", "double dash", "dash-dash", "dashdash", "minus minus"],
    "..": ["dot dot", "dot-dot", "period period"],
    "&&": ["and and", "and-and"],
    "||": ["pipe pipe"],
    ">>": ["append", "double greater than"],
    "-": ["dash", "dash", "dash", "minus", "hyphen", "guion"],
    ".": ["dot", "dot", "dot", "period", "point", "punto"],
    "/": ["slash", "slash", "forward slash"],
    "\\": ["backslash", "back slash"],
    "~": ["tilde", "tilda"],
    "|": ["pipe"],
    "*": ["star", "asterisk"],
    "!": ["bang"],
    "#": ["hash"],
    "@": ["at", "at sign"],
    "$": ["dollar", "dollar sign"],
    "%": ["percent", "%"],
    "^": ["caret", "carrot"],
    "&": ["ampersand"],
    "=": ["equals", "equal", "equals sign"],
    "+": ["plus"],
    ":": ["colon", "Colon"],
    ";": ["semicolon", "semi colon"],
    "_": ["underscore", "under score"],
    ",": ["comma"],
    '"': ["quote", "quote"],
    "'": ["single quote"],
    "`": ["backtick", "back tick"],
    "?": ["question mark"],
    "(": ["open paren"],
    ")": ["close paren"],
    "{": ["open brace", "open curly brace"],
    "}": ["close brace", "close curly brace"],
    "[": ["open bracket"],
    "]": ["close bracket"],
    "<": ["less than"],
    ">": ["redirect", "greater than"],
}

PROPER = {"docker": "Docker", "python": "Python", "github": "GitHub", "linux": "Linux",
          "ubuntu": "Ubuntu", "nginx": "NGINX", "postgres": "Postgres", "alice": "Alice",
          "google": "Google", "java": "Java", "windows": "Windows", "kubernetes": "Kubernetes"}


class Speaker:
    """Everything that draws from the one Random(118)."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    # -- letters -----------------------------------------------------------
    def letters(self, letters, upper=True, fuzzy=False):
        """Spelled letters as Whisper writes them."""
        r = self.r.random()
        spanish = [c for c in letters if c in ("x", "y", "j")]
        if spanish and self.chance(0.5):
            parts = []
            for c in letters:
                if c in ("x", "y", "j") and self.chance(0.8):
                    parts.append(SPANISH_LETTERS[c])
                else:
                    parts.append(c.upper() if upper else c)
            return " ".join(parts)
        if len(letters) == 1:
            c = letters
            if fuzzy and c in LETTER_HOMOPHONES and self.chance(0.15):
                return LETTER_HOMOPHONES[c]
            return c.upper() if (upper or self.chance(0.5)) else c
        if r < 0.55:
            return letters.upper()
        if r < 0.85:
            return " ".join(c.upper() for c in letters)
        return " ".join(letters)

    # -- numbers -----------------------------------------------------------
    def number(self, d, fuzzy=False):
        ws = num_words(d)
        r = self.r.random()
        if len(d) == 1:
            if fuzzy and d == "2" and r < 0.15:
                return self.pick(["to", "too"])
            if fuzzy and d == "4" and r < 0.15:
                return "for"
            return d if r < 0.5 else ws[0]
        if "thousand" in ws and len(d) >= 4:
            if r < 0.3:
                return d[:-3] + ",000"
            if r < 0.7:
                return d
            return " ".join(ws)
        if len(d) == 4 and len(ws) in (2, 3, 4) and "hundred" not in ws:
            # pair form, e.g. eighty eighty
            if r < 0.6:
                return d
            if r < 0.8:
                return d[:2] + " " + d[2:]
            return " ".join(ws)
        if r < 0.7:
            return d
        if r < 0.85 and all(w in ONES for w in ws):
            return " ".join(d)
        return " ".join(ws).replace("ty ", "ty-") if self.chance(0.4) else " ".join(ws)


# ---------------------------------------------------------------------------
# Fuzzy slice: the clean protocol as Whisper writes it
# ---------------------------------------------------------------------------

def fuzzy_units(sp, u, upper_first=False, all_upper=False):
    if u[0] == "word":
        w = u[1]
        out = w.upper() if all_upper else (w.capitalize() if upper_first else w)
        pre = []
        if w in COLLIDE:
            pre = [sp.pick(["palabra", "palabra", "Palabra,", "la palabra"])]
        return pre + [out]
    letters = u[1]
    if all_upper:
        return [sp.letters(letters, upper=True, fuzzy=True)]
    if upper_first:
        return [letters[0].upper()] + ([sp.letters(letters[1:], fuzzy=True)] if letters[1:] else [])
    return [sp.letters(letters, fuzzy=True)]


def fuzzy_item(sp, it):
    k = it[0]
    if k == "sym":
        return [sp.pick(SYM_FUZZY[it[1]])]
    if k == "num":
        return [sp.number(it[1], fuzzy=True)]
    if k in ("word", "spell"):
        return fuzzy_units(sp, it)
    if k == "cap":
        out = [sp.pick(["capital", "capital", "Capital", "capital"])]
        for n, u in enumerate(it[1]):
            out += fuzzy_units(sp, u, upper_first=(n == 0))
        return out
    if k == "caps":
        out = [sp.pick(["all caps", "all caps", "all-caps", "all cap"])]
        for u in it[1]:
            out += fuzzy_units(sp, u, all_upper=True)
        return out
    if k == "case":
        style = it[1]
        head = {"camel": ["camel case", "camelcase", "Camel case"],
                "pascal": ["Pascal case", "pascal case", "PascalCase"],
                "snake": ["snake case", "snake-case", "Snake case"],
                "screaming": ["screaming case", "screaming snake case"]}[style]
        out = [sp.pick(head)]
        for w in it[2]:
            if w in COLLIDE:
                out.append("palabra")
            out.append(w)
        return out
    raise ValueError(it)


def fuzzy_render(sp, items):
    toks = []
    for tok in items:
        ws = []
        for it in tok:
            ws += fuzzy_item(sp, it)
        # Whisper glues "dot com" / "dot py" onto the word now and then
        text = " ".join(ws)
        if sp.chance(0.25):
            text = re.sub(r"(?<=[A-Za-z0-9]) dot (?=(com|py|org|io|txt|json|sh)\b)", ".", text)
        toks.append(text)
    out = toks[0]
    for t in toks[1:]:
        sep = sp.pick([" space ", " space ", " space ", " space, ", ", space, ",
                       " Space ", ". Space. ", " space "])
        out += sep + t
    out = out.replace("  ", " ")
    out = out[0].upper() + out[1:]
    if sp.chance(0.45):
        out += "."
    return out


# ---------------------------------------------------------------------------
# Natural slice: no "space", loose names, openers, fillers, sign-offs
# ---------------------------------------------------------------------------

OPENERS = [
    "Órale, a ver.", "A ver, ponme", "Bueno, este,", "Okay, escríbeme", "Va, corre",
    "A ver, a ver,", "Ahí te va:", "Ok güey,", "Sale, necesito", "Ándale, type",
    "Este, dame", "Bueno, a ver, el comando es", "Okay, so,", "A ver, este, run",
    "Órale pues, ponle", "Bueno, ahí va el comando:", "Oye, escribe",
]
PURPOSE = [
    "A ver, para {d}, ponme", "Bueno, esto es para {d}, o sea,", "Ok, quiero {d}. Entonces",
    "Necesito {d}, así que",
]
SIGNOFFS = ["Y ya.", "Ándale.", "Eso es todo.", "Sale.", "Listo, dale enter.",
            "Órale, gracias.", "Ya quedó.", "Y enter.", "Ándale pues.", "Ahí está."]
FILLERS = ["este,", "o sea,", "eh,", "mmm,", "pues,", "este...", "uh,", "bueno,"]
CORRECTIONS = ["no no no,", "perdón,", "mejor dicho,", "no, espérate,", "o sea no,",
               "a ver, no,", "no, más bien", "perdón, perdón,", "ay güey, no,", "corrijo,"]
RESTARTS = ["no, bórralo, desde el principio:", "a ver, otra vez todo:",
            "no no no, empiezo de nuevo:", "ay güey, no. De nuevo, todo:",
            "perdón, lo repito completo:", "no, mejor dicho, todo otra vez:"]
ASIDES = ["güey, qué ruido hay aquí,", "ahorita voy, Memo,", "¿quién puso reggaetón?",
          "la junta es más tarde, Memo,", "espérame tantito,", "ay, se me cayó el café,",
          "sí sí, ahorita te lo paso,", "ya bájenle, ¿no?", "pinche ruido,",
          "(este no es para ti, Pau),", "aquí no se oye nada, güey,",
          "¿cómo se llamaba?", "a ver si me entiende esta cosa,"]
HESITATE = ["¿cómo era?", "este...", "mmm, a ver...", "¿qué era?", "espérate..."]
DECOYS = ["data", "docs", "main", "test", "demo", "config", "backup", "build", "logs",
          "alpha", "report", "input", "output", "notes", "server", "projects", "home",
          "files", "release", "staging", "prod", "local", "cache", "debug"]


def natural_units(sp, u, upper_first=False, all_upper=False, first_in_line=False):
    if u[0] == "word":
        w = u[1]
        if all_upper:
            return [w.upper() if sp.chance(0.7) else w]
        if upper_first:
            return [w.capitalize()]
        if w in PROPER and sp.chance(0.6):
            return [PROPER[w]]
        return [w]
    letters = u[1]
    if all_upper:
        return [sp.letters(letters, upper=True)]
    if upper_first:
        return [letters[0].upper()] + ([sp.letters(letters[1:])] if letters[1:] else [])
    return [sp.letters(letters, upper=sp.chance(0.8))]


def natural_item(sp, it):
    """Rendered parts of one item; a part starting with \\x00 glues to neighbours."""
    k = it[0]
    if k == "sym":
        return [sp.pick(SYM_LOOSE[it[1]])]
    if k == "num":
        return [sp.number(it[1])]
    if k in ("word", "spell"):
        return natural_units(sp, it)
    if k == "cap":
        first = it[1][0]
        if sp.chance(0.25) and len(first[1]) == 1 and first[0] == "spell":
            out = [first[1].upper() + " " + sp.pick(["mayúscula", "mayúscula", "grande"])]
            for u in it[1][1:]:
                out += natural_units(sp, u)
            return out
        out = ["capital"]
        for n, u in enumerate(it[1]):
            out += natural_units(sp, u, upper_first=(n == 0))
        return out
    if k == "caps":
        out = [sp.pick(["all caps", "all caps", "todo en mayúsculas", "all-caps"])]
        for u in it[1]:
            out += natural_units(sp, u, all_upper=True)
        return out
    if k == "case":
        head = {"camel": ["camel case", "camelCase"], "pascal": ["Pascal case", "pascal case"],
                "snake": ["snake case", "snake case"],
                "screaming": ["screaming case", "screaming snake case"]}[it[1]]
        return [sp.pick(head)] + list(it[2])
    raise ValueError(it)


def join_parts(parts):
    out = ""
    for p in parts:
        if p.startswith("\x00"):
            out += p[1:]
        else:
            out += (" " if out else "") + p
    return out


def natural_token(sp, tok):
    """One command token in the speaker's natural style (string)."""
    n = len(tok)
    # Whisper writes "data dot csv" as data.csv, IPs as 1.2.3.4, "three dot eleven" as 3.11
    all_num_dots = n > 1 and all(it[0] == "num" or it == ("sym", ".") for it in tok)
    collapse = all_num_dots and sp.chance(0.8)
    if collapse:
        return "".join(it[1] for it in tok)
    parts = []
    i = 0
    while i < n:
        it = tok[i]
        if (it == ("sym", ".") and 0 < i < n - 1
                and tok[i - 1][0] in ("word", "spell")
                and tok[i + 1][0] in ("word", "spell") and sp.chance(0.3)):
            nxt = tok[i + 1][1]
            if tok[i + 1][0] == "spell" and sp.chance(0.5):
                nxt = nxt.upper()
            parts += ["\x00.", "\x00" + nxt]
            i += 2
            continue
        parts += natural_item(sp, it)
        i += 1
    text = join_parts(parts)
    # "todo junto": his cue that a token he just said in pieces is one word
    pieces = [it for it in tok if it[0] in ("word", "spell", "num")]
    if len(pieces) >= 2 and len(pieces) == n and sp.chance(0.35):
        text += sp.pick([", todo junto", " todo junto", ", junto"])
    return text


def natural_body(sp, items, fillers=True):
    toks = [natural_token(sp, t) for t in items]
    out = []
    budget = 2
    for i, t in enumerate(toks):
        if i and fillers and budget and sp.chance(0.12):
            out.append(sp.pick(FILLERS))
            budget -= 1
        out.append(t)
    return out


def frame(sp, body, desc):
    r = sp.r.random()
    if (r < 0.2 and re.fullmatch(r"[A-Za-z ,']{8,48}", desc.rstrip("."))
            and not NUMBER_WORDS & set(desc.lower().replace(",", " ").split())):
        d = desc.rstrip(".").strip()
        d = d[0].lower() + d[1:]
        opener = sp.pick(PURPOSE).format(d=d)
    else:
        opener = sp.pick(OPENERS)
    text = opener + " " + body
    if sp.chance(0.55):
        text = text.rstrip(".,") + ". " + sp.pick(SIGNOFFS)
    elif sp.chance(0.3):
        text += "."
    return text


def natural_render(sp, items, desc):
    body = " ".join(natural_body(sp, items))
    return frame(sp, body, desc)


# ---------------------------------------------------------------------------
# Chaotic slice: natural plus corrections, restarts, repeats, asides
# ---------------------------------------------------------------------------

def mutate(sp, it):
    """A plausible wrong version of one item, or None."""
    k = it[0]
    if k == "word" and len(it[1]) >= 2:
        choices = [d for d in DECOYS if d != it[1]]
        return ("word", sp.pick(choices))
    if k == "num":
        d = it[1]
        pos = sp.r.randrange(len(d))
        alt = [c for c in "0123456789" if c != d[pos] and not (pos == 0 and c == "0" and len(d) > 1)]
        return ("num", d[:pos] + sp.pick(alt) + d[pos + 1:])
    if k == "spell" and len(it[1]) <= 3:
        pos = sp.r.randrange(len(it[1]))
        alt = [c for c in "bcdfgklmnprstvz" if c != it[1][pos]]
        return ("spell", it[1][:pos] + sp.pick(alt) + it[1][pos + 1:])
    return None


def mutable_positions(tok):
    return [i for i, it in enumerate(tok) if it[0] in ("word", "num", "spell")
            and not (it[0] == "spell" and len(it[1]) > 3)
            and not (it[0] == "word" and len(it[1]) < 2)]


def chaotic_render(sp, items, desc):
    toks = [natural_token(sp, t) for t in items]
    n = len(items)
    kind = sp.pick(["word", "word", "flag", "flag", "restart", "partial", "word"])
    cands = [i for i in range(n) if mutable_positions(items[i])]
    if not cands:
        kind = "restart" if n > 1 else "partial"
    if kind == "word":
        ti = sp.pick(cands)
        tok = items[ti]
        pi = sp.pick(mutable_positions(tok))
        wrong = mutate(sp, tok[pi])
        pre = join_parts([p for it in tok[:pi] for p in natural_item(sp, it)] + natural_item(sp, wrong))
        post = natural_token(sp, tok[pi:]) if pi else natural_token(sp, tok)
        corr = sp.pick(CORRECTIONS)
        toks[ti] = (pre + ", " + corr + " " + post).strip()
    elif kind == "flag":
        flags = [i for i in cands if items[i][0][0] == "sym" and items[i][0][1] in ("-", "--")]
        ti = sp.pick(flags or cands)
        tok = items[ti]
        pi = sp.pick(mutable_positions(tok))
        wrong_tok = tok[:pi] + [mutate(sp, tok[pi])] + tok[pi + 1:]
        corr = sp.pick(CORRECTIONS)
        toks[ti] = natural_token(sp, wrong_tok) + ", " + corr + " " + toks[ti]
    elif kind == "restart":
        m = 1 + sp.r.randrange(max(1, min(3, n - 1)))
        head = [natural_token(sp, t) for t in items[:m]]
        ci = [c for c in cands if c < m]
        if ci and sp.chance(0.6):
            ti = sp.pick(ci)
            tok = items[ti]
            pi = sp.pick(mutable_positions(tok))
            head[ti] = natural_token(sp, tok[:pi] + [mutate(sp, tok[pi])] + tok[pi + 1:])
        lead = " ".join(head) + sp.pick(["...", ","]) + " " + sp.pick(RESTARTS)
        toks = [lead] + toks
    else:  # partial: trails off inside a token, hesitates, says it whole
        long_toks = [i for i in range(n) if len(items[i]) >= 2]
        if long_toks:
            ti = sp.pick(long_toks)
            tok = items[ti]
            cut = 1 + sp.r.randrange(len(tok) - 1)
            partial = natural_token(sp, tok[:cut])
            toks[ti] = partial + "... " + sp.pick(HESITATE) + " " + toks[ti]
        else:
            lead = toks[0] + "... " + sp.pick(HESITATE) + " " + sp.pick(RESTARTS)
            toks = [lead] + toks
    # second trouble: a repeated word or an aside
    extra = sp.r.random()
    if extra < 0.3 and n > 1:
        at = 1 + sp.r.randrange(n - 1)
        toks.insert(at, sp.pick(ASIDES))
    elif extra < 0.55:
        words0 = toks[0].split(" ")
        if words0 and words0[0].isalpha() and len(words0[0]) >= 3:
            toks[0] = words0[0] + sp.pick(["... ", ", "]) + toks[0]
    elif extra < 0.7 and n > 1:
        toks.insert(1 + sp.r.randrange(n - 1), sp.pick(FILLERS))
    body = " ".join(toks).replace(" ,", ",")
    return frame(sp, body, desc)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------

def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    spoken = clean_render(command_items(cmd))
    return len(spoken.split()) <= 48 and decode(spoken) == cmd


def load_pool():
    rows = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 == 0:
                rows.append(json.loads(line))
    return rows


def main():
    rng = random.Random(118)
    sp = Speaker(rng)
    pool = load_pool()
    seen = set()
    allowed = []
    for row in pool:
        c = row["command"]
        if c in seen or not dictatable(c):
            continue
        seen.add(c)
        allowed.append(row)
    order = list(range(len(allowed)))
    rng.shuffle(order)
    chosen, per_first = [], {}
    for i in order:
        row = allowed[i]
        first = row["command"].split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(row)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)

    lines = []
    for s, slice_name in enumerate(SLICES):
        for row in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            cmd, desc = row["command"], row.get("description", "")
            items = command_items(cmd)
            if slice_name == "clean":
                text = clean_render(items)
                assert decode(text) == cmd, (text, cmd)
            elif slice_name == "fuzzy":
                text = fuzzy_render(sp, items)
            elif slice_name == "natural":
                text = natural_render(sp, items, desc)
            else:
                text = chaotic_render(sp, items, desc)
            text = re.sub(r" +", " ", text).strip()
            lines.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})

    cmds = [l["command"] for l in lines]
    assert len(set(cmds)) == len(cmds) == 400
    with open(OUT, "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(lines))


if __name__ == "__main__":
    main()
