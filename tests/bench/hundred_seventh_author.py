#!/usr/bin/env python3
# ruff: noqa: B905, E501, UP032, UP034
"""Dictation test set author107: a Jakarta mobile developer dictating bash.

Writes assets/training/bash/author107.jsonl: 400 JSON lines
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author107"}
100 lines per slice, in the order clean, fuzzy, natural, chaotic.

Source and credit
-----------------
Every command is taken verbatim from
assets/training/bash/pages_dev59_commands.jsonl, which was built from the
tldr-pages project (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.
Only 0-based line numbers n with n % 3 == 1 are used, for all four slices.
Skipped as not sensibly dictatable: non-ASCII, tabs, double spaces, more than
64 characters, more than 48 spoken words in the clean protocol. At most two
commands share a first word, all 400 commands are distinct, and the choice is
made by one random.Random(107) that is consumed in a fixed order (shuffle of
the allowed pool, then every random choice of the slices in line order), so
reruns are byte-identical.  Standard library only.

=============================================================================
STYLE GUIDE
=============================================================================

1. The speaker
--------------
Rina, 29, a Flutter/Kotlin mobile developer in Jakarta.  Dictates from a
co-working space in South Jakarta: espresso grinder, phone calls, someone's
speaker playing dangdut koplo, the barista calling names.  Speaks fluent
technical English with Indonesian leaking in.  Polite and a little hesitant:
asks rather than orders ("tolong", "boleh", "permisi"), apologises a lot
("sori", "maaf"), and checks herself mid-command.  Her own words:

  fillers      : "eh", "emm", "apa ya", "gitu", "terus" (then), "nah",
                 "jadi", "ya"
  openers      : "Permisi ya,", "Oke, jadi,", "Nah, yang ini ya,",
                 "Emm, tolong ketik", "Boleh tolong jalanin", "Oke, next ya,",
                 "Jadi aku mau jalanin", "Sekarang coba", "Tolong ya,",
                 "Okay so, emm,"
  sign-offs    : "Makasih ya.", "Itu aja.", "Udah, gitu aja.",
                 "Thank you ya.", "Oke, makasih.", "Itu aja ya, makasih."
  corrections  : "eh bukan bukan,", "sori, maksudnya", "eh salah, salah,",
                 "bukan itu,", "ralat ya,", "eh, maksudnya"
                 -- each is followed by the corrected thing said again in
                 full (the whole token, the whole flag, or the word).
                 Word scope: "..., bukan <wrong word>, <right word> ..."
  restarts     : "Aduh, sori, dari awal ya.", "Eh bentar, dari awal.",
                 "Ulang ya, dari awal." -- everything before is dropped.
  pauses       : "sebentar ya... oke lanjut," (then she continues where she
                 stopped: a partial answer finished later)
  asides       : "Sori, berisik banget di sini.", "Sebentar, ada yang lewat.",
                 "Aduh, grinder kopinya kenceng banget.", "Maaf, tadi ada
                 yang ngajak ngobrol.", "Wifi-nya lemot, eh, lanjut ya.",
                 "Sori, barista-nya manggil nama aku."
  letters      : English letter names.  When tired, an Indonesian letter name
                 slips out ("ka", "ha", "je", "ye", "we", "ce") and she fixes
                 it at once: "dash ka, eh sori, K".

2. The protocol as Rina uses it (clean slice)
---------------------------------------------
A careful lower-case transcript with no punctuation.  The word "space" is
said between every two command words and nowhere else.  Everything said
between two "space"s is glued together with nothing in between, so a word
said whole and the same word spelled letter by letter give the same text
("m k dir" and "mkdir" both give mkdir).

Symbols -- one fixed name each, never a synonym in the clean slice:
  -  dash          .  dot          /  slash        \\  backslash
  |  pipe          *  star         !  bang         #  hash
  ~  tilde         @  at           $  dollar       %  percent
  ^  caret         &  ampersand    =  equals       +  plus
  :  colon         ;  semicolon    _  underscore   ,  comma
  "  quote         '  single quote `  backtick     ?  question mark
  ( ) open paren / close paren     { } open brace / close brace
  [ ] open bracket / close bracket <  less than
  >  "redirect" when the command word is a redirection (>, 2>, 2>&1 ...),
     "greater than" when it sits inside other text (<Enter>, a->b)
  >> "append" when it is a whole command word
  && "and and"  -- and "--" is simply "dash dash", ".." "dot dot",
     "||" "pipe pipe", "2>" "two redirect" (all by gluing).

Numbers -- a run of digits is one number, said like this:
  * one digit: the digit word ("zero" .. "nine"; never "oh").
  * two digits not starting with 0: the compound ("ten", "fourteen",
    "forty two", "eighty").  A tens word followed by a unit word is ALWAYS
    one two-digit number.
  * a round 1000 .. 99000: "<compound> thousand" ("three thousand",
    "ten thousand"); a round 100 .. 9900: "<compound> hundred"
    ("eight hundred", "fifteen hundred").  "hundred"/"thousand" multiply
    only the group just before them.
  * four digits whose halves are both 10..99: two compounds, like a port or
    a year ("eighty eighty" = 8080, "ten twenty four" = 1024).
  * anything else (leading zero, three digits, long runs): digit by digit
    ("one nine two", "zero five", "two five six").
  Decimals are not special: "one dot zero".

Letters and words -- each run of letters is either said as a word or spelled:
  * spelled: one- and two-letter runs (except go no up in on of is it me my
    do so if or as by), runs without a vowel (ls, ssh, pbm, tldr), common
    acronyms and abbreviations even when pronounceable (env src tmp usr etc
    api url id pdf iso html csv md sh py ...), and three-letter runs not on
    her short list of real words (add all app bar bin cat dev dir foo get git
    key log man map max new out run set tar top use var vim zip ...).
  * an unpronounceable head is spelled and the rest said: "m k dir", "p b
    zip", "h t t probe", "k write"; an unpronounceable consonant tail is
    spelled too: "scala f m t", "libcamera s r c".
  * spelled letters are written as single lower-case letters.
Casing -- lower case is the default.
  * "capital" upper-cases the first letter of the next word or letter:
    "capital x" = X, "capital makefile" = Makefile.
  * "all caps <word>" upper-cases exactly one following word:
    "all caps readme" = README.  Upper-case runs she would spell are said
    letter by letter with "capital": "capital c all caps name" = CNAME.
  * case runs: "camel case foo bar" = fooBar, "pascal case hello world" =
    HelloWorld, "snake case torrent file" = torrent_file, "screaming case
    max size" = MAX_SIZE.  A case run takes the following plain words up to
    the next symbol, number, "capital"/"all caps", "space" or the end.  She
    uses a case run only when every part is a plain sayable word; she never
    uses kebab case (dashes are always said).
Collisions -- a literal word that is itself a protocol word (any symbol
name including the synonyms minus hyphen period point asterisk, any number
word, "space", "capital") or sounds like one (to too for fore won ate tee)
is spelled letter by letter: the command `dot` is "d o t", "--one" is
"dash dash o n e".  A literal word that would complete a two-word protocol
phrase with its neighbour ("double" before "dash", "all" before "caps",
"forward" before "slash", "sign" after "at") is spelled as well.

3. Natural speech habits (natural, chaotic)
-------------------------------------------
She stops saying "space"; the listener infers the spacing.  Symbol names
loosen: "dash"/"minus"/"hyphen", "dash dash"/"double dash", "dot"/"period"/
"point", "slash"/"forward slash", "quote"/"double quote", "redirect"/
"greater than", "and and"/"double ampersand".  Casing words stay
("capital", sometimes "uppercase"/"big"; "all caps").  A short opener,
sometimes a filler between command words ("eh,", "emm,", "terus"), and
maybe a sign-off.  Numbers as in the protocol, written by Whisper.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
Capital at the start of sentences, commas at pauses, a final period.
Numerals for number words ("8080", "3,000", "1 9 2"), sometimes words;
"two"/"four" heard as "to"/"for" now and then.  Spelled letters come out
upper-case and glued or split ("LS", "L S", "L-S", "ls"), single letters
sometimes as homophones ("see", "why", "are", "queue", "bee").  Whisper
glues what it recognises ("config.yaml", "/tmp/src", "mkdir") and splits
long words ("no backups", "file system").  Brand casing ("GitHub", "YAML",
"Docker", "Python", "JSON") and homophones ("pseudo" for sudo, "said" for
sed, "cash" for cache) appear.  Whisper's capitals carry no meaning; only
"capital"/"all caps"/case words do.  Words spelled because they collide are
written hyphenated ("D-O-T") so they are not read as the symbol.

5. The four slices
------------------
clean   : the protocol above, careful lower-case transcript, nothing else.
          decode() below is the listener; decode(input) == command is
          asserted for every clean line.
fuzzy   : the same protocol ("space" between words) as Whisper writes it:
          capitals, punctuation, numerals, glued/split words, homophones,
          and Rina's occasional synonyms (minus, hyphen, period, point,
          forward slash).  No opener, no fillers.
natural : opener + command in natural style + maybe a filler or two +
          maybe a sign-off.
chaotic : natural plus trouble: one main repair (a token or flag said wrong
          and corrected, a word corrected inside a token, an Indonesian
          letter name fixed, or a false start followed by "dari awal"),
          plus sometimes an aside, a stutter ("docker... docker") or a
          pause-and-continue.  The command can always be rebuilt exactly.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev59_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author107.jsonl")
AUTHOR = "author107"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------------------
# Protocol vocabulary (what a careful listener who knows the facts hears)
# ---------------------------------------------------------------------------
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGITS = {w: i for i, w in enumerate(DIGIT_WORDS)}
TEENS = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TENS = {w: 10 * i for i, w in enumerate(TENS_WORDS) if w}
MULT = {"hundred": 100, "thousand": 1000}
NUMBER_WORDS = set(DIGITS) | set(TEENS) | set(TENS) | set(MULT)

# phrase -> text.  Includes the synonyms every listener knows.
PHRASES = {
    ("dash",): "-", ("minus",): "-", ("hyphen",): "-",
    ("dot",): ".", ("period",): ".", ("point",): ".",
    ("slash",): "/", ("forward", "slash"): "/",
    ("backslash",): "\\", ("back", "slash"): "\\",
    ("pipe",): "|", ("star",): "*", ("asterisk",): "*", ("bang",): "!",
    ("hash",): "#", ("tilde",): "~",
    ("at",): "@", ("at", "sign"): "@",
    ("dollar",): "$", ("dollar", "sign"): "$",
    ("percent",): "%", ("caret",): "^", ("ampersand",): "&",
    ("equals",): "=", ("equals", "sign"): "=", ("equal", "sign"): "=",
    ("plus",): "+", ("colon",): ":", ("semicolon",): ";",
    ("underscore",): "_", ("comma",): ",",
    ("quote",): '"', ("double", "quote"): '"', ("single", "quote"): "'",
    ("backtick",): "`", ("back", "tick"): "`",
    ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
    ("less", "than"): "<", ("greater", "than"): ">",
    ("redirect",): ">", ("append",): ">>",
    ("double", "greater", "than"): ">>",
    ("dash", "dash"): "--", ("double", "dash"): "--",
    ("and", "and"): "&&", ("pipe", "pipe"): "||", ("dot", "dot"): "..",
    ("two", "redirect"): "2>", ("two", "redirect", "ampersand"): "2>&",
}
MAX_PHRASE = max(len(k) for k in PHRASES)
CASE_STYLES = ["camel", "pascal", "snake", "kebab", "screaming"]
# keyword phrases that are not symbols, used for the collision check
KEY_PHRASES = [("all", "caps")] + [(s, "case") for s in CASE_STYLES]
MULTI_PHRASES = sorted([k for k in PHRASES if len(k) > 1] + KEY_PHRASES)
STANDALONE = sorted({k[0] for k in PHRASES if len(k) == 1} | NUMBER_WORDS | {"space", "capital"})
HOMOPHONES = ["to", "too", "for", "fore", "won", "ate", "tee", "tea", "carrot", "coma",
              "tilda", "dollars", "percent", "equal"]
COLLIDE = set(STANDALONE) | set(HOMOPHONES)
PHRASE_VOCAB = sorted({w for k in MULTI_PHRASES for w in k})
# words a case run may contain: nothing that is or could start protocol
NOT_IN_RUNS = COLLIDE | set(PHRASE_VOCAB) | {"caps", "case", "all"}

SYM_CLEAN = {
    "-": ["dash"], ".": ["dot"], "/": ["slash"], "\\": ["backslash"], "|": ["pipe"],
    "*": ["star"], "!": ["bang"], "#": ["hash"], "~": ["tilde"], "@": ["at"],
    "$": ["dollar"], "%": ["percent"], "^": ["caret"], "&": ["ampersand"],
    "=": ["equals"], "+": ["plus"], ":": ["colon"], ";": ["semicolon"],
    "_": ["underscore"], ",": ["comma"], '"': ["quote"], "'": ["single", "quote"],
    "`": ["backtick"], "?": ["question", "mark"], "(": ["open", "paren"],
    ")": ["close", "paren"], "{": ["open", "brace"], "}": ["close", "brace"],
    "[": ["open", "bracket"], "]": ["close", "bracket"], "<": ["less", "than"],
    ">": ["greater", "than"],
}


# ---------------------------------------------------------------------------
# The listener for Rina's clean protocol
# ---------------------------------------------------------------------------
def decode(text):
    """Rebuild the command from a clean-slice transcript."""
    w = text.split()
    tokens, cur = [], []
    run = None  # [style, words]

    def close_run():
        nonlocal run
        if run is None:
            return
        style, parts = run
        run = None
        if not parts:
            return
        if style == "camel":
            s = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
        elif style == "pascal":
            s = "".join(p[:1].upper() + p[1:] for p in parts)
        elif style == "snake":
            s = "_".join(parts)
        elif style == "kebab":
            s = "-".join(parts)
        else:
            s = "_".join(p.upper() for p in parts)
        cur.append(s)

    i = 0
    while i < len(w):
        x = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if x == "space":
            close_run()
            tokens.append("".join(cur))
            cur = []
            i += 1
            continue
        if x in CASE_STYLES and nxt == "case":
            close_run()
            run = [x, []]
            i += 2
            continue
        if x == "all" and nxt == "caps":
            close_run()
            cur.append(w[i + 2].upper())
            i += 3
            continue
        if x == "capital":
            close_run()
            cur.append(nxt[:1].upper() + nxt[1:])
            i += 2
            continue
        hit = None
        for n in range(MAX_PHRASE, 0, -1):
            key = tuple(w[i:i + n])
            if len(key) == n and key in PHRASES:
                hit = (n, PHRASES[key])
                break
        if hit:
            close_run()
            cur.append(hit[1])
            i += hit[0]
            continue
        if x in DIGITS or x in TEENS or x in TENS:
            close_run()
            if x in TENS:
                val = TENS[x]
                if nxt in DIGITS and DIGITS[nxt] > 0:
                    val += DIGITS[nxt]
                    i += 1
            elif x in TEENS:
                val = TEENS[x]
            else:
                val = DIGITS[x]
            i += 1
            if i < len(w) and w[i] in MULT:
                val *= MULT[w[i]]
                i += 1
            cur.append(str(val))
            continue
        if run is not None:
            run[1].append(x)
        else:
            cur.append(x)
        i += 1
    close_run()
    tokens.append("".join(cur))
    return " ".join(tokens)


# ---------------------------------------------------------------------------
# How Rina says a run of letters
# ---------------------------------------------------------------------------
SAY2 = {"go", "no", "up", "in", "on", "of", "is", "it", "me", "my", "do", "so", "if", "or", "as", "by"}
SAY3 = set("""add all app ask bar bat baz bin bob box bug cat cut den dev dig dir doc
end eth eva far fig fix foo fun gem gen get git hex hot jar job key kit lab let lib log
low man map max min mix mod net new now off old out pad pam pid pin pip pop put raw
red rev run set sub sum sun tab tag tar tip top use var via vim web win yes zip ack
ant ram bot cron""".split())
SPELL = set("""env src tmp usr etc api url ssh sql dns gpu cpu ip id io ui os pdf png jpg
jpeg img iso html css xml md sh py js ts rs txt csv gz zst pkg db ppm pnm pbm pgm
npm npx gpg aws gcc dnf rpm exe dmg ini cfg tls ssl http https ftp sftp www usb uid
gid tty ttl vm kb mb gb avi mkv mp oci tui cli gui ok eof lan wan""".split())
ONSETS = set("""bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw th tr tw
wh wr ph kn qu ll gn ps""".split())
CODAS = set("""nds nts rts rds rks rst rch nch tch sts lls ngs cks pts mps lds lts rms rsh
rns wns ths phs ght nks rls lks sks sps cts fts rgs rth nth ffs ggs pps tts dds lms sch pst
ngth ghts rps rbs rcs lps lfs rfs nks rnt rld mpt""".split())
VOWELS = set("aeiou")


def _is_vowel(word, i):
    c = word[i]
    return c in VOWELS or (c == "y" and i > 0)


SPELL_SUFFIXES = ["ctl", "fmt", "src", "cfg", "pkg", "mgr", "cli", "srv", "svc", "ppm", "pgm",
                  "pbm", "pnm", "bmp", "pdf", "png", "jpg", "xml", "html", "sql", "gpg", "ssh",
                  "tls", "ssl", "dns", "db", "vm", "rc", "vpn", "utf"]
SPELL_PREFIXES = ["css", "pnm", "ppm", "pbm", "pgm", "ssh", "gpg", "sql", "xml", "tcp", "udp",
                  "dns", "npm", "yuv", "pdf", "ls"]
ACRONYMS = ["https", "http", "html", "json", "yaml", "xml", "sql", "ssh", "gpg", "pgp", "ppm",
            "pnm", "pbm", "pgm", "yuv", "utf", "tcp", "udp", "dns", "cli", "ctl", "fmt", "src",
            "pkg", "usb", "vpn", "jpg", "png", "pdf", "txt", "csv"]
CODA2 = set("""ck ct ft ld lf lk lm lp lt mp nd ng nk nt pt rb rc rd rf rg rk rl rm rn rp rt
sh sk sp st th ch ts ns ls ms rs ds ks ps gs bs ws ss ll ff tt gh wn wl""".split())
SAY_WHOLE = {"nginx", "sudo"}


def _all_letters(parts):
    return all(len(p) == 1 for p in parts)


def _sayable_rest(rest, short_ok=False):
    """Parts for what is left beside a spelled acronym, or None."""
    parts = speak_lower(rest)
    if not _all_letters(parts):
        return parts
    if short_ok and len(rest) == 3 and rest not in COLLIDE and any(_is_vowel(rest, i) for i in range(3)):
        return [rest]
    return None


def speak_lower(word):
    """Parts Rina says for a lower-case letter run: words or single letters."""
    if word in COLLIDE:
        return list(word)
    if word in SAY_WHOLE:
        return [word]
    if word in SPELL:
        return list(word)
    if len(word) <= 2:
        return [word] if word in SAY2 else list(word)
    if not any(_is_vowel(word, i) for i in range(len(word))):
        return list(word)
    if len(word) == 3:
        return [word] if word in SAY3 else list(word)
    if word in SAY3:
        return [word]
    for suf in SPELL_SUFFIXES:
        rest = word[:-len(suf)]
        if word.endswith(suf) and len(rest) >= 2:
            head = _sayable_rest(rest, short_ok=True)
            if head:
                return head + list(suf)
            if len(rest) <= 5:
                return list(word)
    for pre in SPELL_PREFIXES:
        rest = word[len(pre):]
        if word.startswith(pre) and len(rest) >= 3:
            tail = _sayable_rest(rest)
            if tail:
                return list(pre) + tail
    parts = _speak_general(word)
    if _all_letters(parts) and len(word) >= 5:
        for acr in sorted(ACRONYMS, key=lambda a: (-len(a), a)):
            i = word.find(acr)
            if i < 0:
                continue
            left, right = word[:i], word[i + len(acr):]
            lp = speak_lower(left) if left else []
            rp = speak_lower(right) if right else []
            if not _all_letters(lp + rp):
                return lp + list(acr) + rp
    return parts


def _speak_general(word):
    head, rest = [], word
    while len(rest) >= 2 and not _is_vowel(rest, 0) and not _is_vowel(rest, 1) \
            and rest[:2] not in ONSETS:
        head.append(rest[0])
        rest = rest[1:]
    tail = []
    k = len(rest)
    while k > 0 and not _is_vowel(rest, k - 1):
        k -= 1
    cluster = rest[k:]
    if len(cluster) >= 3 and cluster not in CODAS:
        keep = cluster[:2] if cluster[:2] in CODA2 else cluster[:1]
        tail = list(cluster[len(keep):])
        rest = rest[:k] + keep
    inner_bad = re.search(r"[^aeiouy]{5,}", rest[1:]) is not None
    if len(rest) < 3 or inner_bad or not any(_is_vowel(rest, i) for i in range(len(rest))):
        return list(word)
    if rest in COLLIDE:
        return list(word)
    if len(rest) == 3 and rest not in SAY3 and (head or tail):
        return list(word)
    return head + [rest] + tail


def run_word_ok(part):
    """May this part appear inside a case run or after 'all caps'?"""
    return part.isalpha() and part.islower() and speak_lower(part) == [part] \
        and part not in NOT_IN_RUNS


def speak_number(d):
    """Words for a digit string, by Rina's number rules."""
    def compound(n):
        if n < 10:
            return [DIGIT_WORDS[n]]
        if n < 20:
            return [TEEN_WORDS[n - 10]]
        t, u = divmod(n, 10)
        return [TENS_WORDS[t]] + ([DIGIT_WORDS[u]] if u else [])

    if len(d) == 1:
        return [DIGIT_WORDS[int(d)]]
    if d[0] == "0":
        return [DIGIT_WORDS[int(c)] for c in d]
    n = int(d)
    if len(d) == 2:
        return compound(n)
    if n % 1000 == 0 and 1 <= n // 1000 <= 99:
        return compound(n // 1000) + ["thousand"]
    if n % 100 == 0 and 1 <= n // 100 <= 99:
        return compound(n // 100) + ["hundred"]
    if len(d) == 4 and int(d[:2]) >= 10 and int(d[2:]) >= 10:
        return compound(int(d[:2])) + compound(int(d[2:]))
    return [DIGIT_WORDS[int(c)] for c in d]


# ---------------------------------------------------------------------------
# Analysis of a command into spoken items
# ---------------------------------------------------------------------------
# item: dict(k=kind, v=value, run=alpha-run id, col=spelled because it collides)
#   sym  v=text          num  v=digits       word v=lower word
#   let  v=letter        capw v=lower word   capl v=letter
#   allcaps v=lower word case v=(style, parts)

REDIR_TOKEN = re.compile(r"^[0-9&]*>>?(&[0-9-]*)?$")


def alpha_items(run, rid):
    items = []

    def lower_items(s, cap_first=False):
        parts = speak_lower(s)
        col = len(parts) == len(s) and s in COLLIDE
        out = []
        for j, p in enumerate(parts):
            if len(p) == 1 and not (p in SAY2 or p in SAY3):
                kind = "capl" if (cap_first and j == 0) else "let"
            else:
                kind = "capw" if (cap_first and j == 0) else "word"
            out.append({"k": kind, "v": p, "run": rid, "col": col})
        return out

    def upper_items(s):
        out = []
        for p in speak_lower(s.lower()):
            if len(p) > 1 and run_word_ok(p):
                out.append({"k": "allcaps", "v": p, "run": rid, "col": False})
            else:
                for c in p:
                    out.append({"k": "capl", "v": c, "run": rid, "col": False})
        return out

    if run.islower():
        return lower_items(run)
    if run.isupper():
        return upper_items(run)
    subs = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+", run)
    if len(subs) == 1 and re.fullmatch(r"[A-Z][a-z]+", run):
        return lower_items(run.lower(), cap_first=True)
    simple = all(re.fullmatch(r"[A-Z]?[a-z]+", s) for s in subs)
    if simple and len(subs) >= 2 and all(run_word_ok(s.lower()) for s in subs):
        if subs[0].islower() and all(s[0].isupper() for s in subs[1:]):
            return [{"k": "case", "v": ("camel", [s.lower() for s in subs]), "run": rid, "col": False}]
        if all(s[0].isupper() for s in subs):
            return [{"k": "case", "v": ("pascal", [s.lower() for s in subs]), "run": rid, "col": False}]
    for s in subs:
        if s.islower():
            items += lower_items(s)
        elif s.isupper():
            items += upper_items(s)
        else:
            items += lower_items(s.lower(), cap_first=True)
    return items


def token_items(tok, counter):
    if tok == ">":
        return [{"k": "sym", "v": ">", "w": ["redirect"]}]
    if tok == ">>":
        return [{"k": "sym", "v": ">>", "w": ["append"]}]
    if tok == "&&":
        return [{"k": "sym", "v": "&&", "w": ["and", "and"]}]
    redir = REDIR_TOKEN.match(tok) is not None
    pieces = re.findall(r"[A-Za-z]+|[0-9]+|--|\.\.|.", tok)
    items = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        # snake / screaming case runs: word(_word)+ with nothing glued around
        if p.isalpha() and (i == 0 or pieces[i - 1] != "_"):
            j = i
            parts = [p]
            while j + 2 < len(pieces) and pieces[j + 1] == "_" and pieces[j + 2].isalpha():
                parts.append(pieces[j + 2])
                j += 2
            if len(parts) >= 2 and (j + 1 >= len(pieces) or pieces[j + 1] != "_"):
                if all(x.islower() and run_word_ok(x) for x in parts):
                    counter[0] += 1
                    items.append({"k": "case", "v": ("snake", parts), "run": counter[0], "col": False})
                    i = j + 1
                    continue
                if all(x.isupper() and run_word_ok(x.lower()) for x in parts):
                    counter[0] += 1
                    items.append({"k": "case", "v": ("screaming", [x.lower() for x in parts]),
                                  "run": counter[0], "col": False})
                    i = j + 1
                    continue
        if p.isalpha():
            counter[0] += 1
            items += alpha_items(p, counter[0])
        elif p.isdigit():
            items.append({"k": "num", "v": p})
        elif p == "--":
            items.append({"k": "sym", "v": "--", "w": ["dash", "dash"]})
        elif p == "..":
            items.append({"k": "sym", "v": "..", "w": ["dot", "dot"]})
        elif p == ">":
            items.append({"k": "sym", "v": ">", "w": ["redirect"] if redir else ["greater", "than"]})
        else:
            items.append({"k": "sym", "v": p, "w": list(SYM_CLEAN[p])})
        i += 1
    return items


def item_clean_words(it):
    k = it["k"]
    if k == "sym":
        return list(it["w"])
    if k == "num":
        return speak_number(it["v"])
    if k in ("word", "let"):
        return [it["v"]]
    if k in ("capw", "capl"):
        return ["capital", it["v"]]
    if k == "allcaps":
        return ["all", "caps", it["v"]]
    if k == "case":
        return [it["v"][0], "case"] + list(it["v"][1])
    raise ValueError(k)


def clean_render(tokens):
    """Rina's clean transcript; fixes phrase collisions by spelling."""
    for _ in range(5):
        flat = []  # (word, token index, item index, literal?)
        for ti, items in enumerate(tokens):
            if ti:
                flat.append(("space", None, None, False))
            for ii, it in enumerate(items):
                for wd in item_clean_words(it):
                    flat.append((wd, ti, ii, it["k"] == "word"))
        words = [f[0] for f in flat]
        bad = None
        for pos, (wd, ti, ii, lit) in enumerate(flat):
            if not lit:
                continue
            for ph in MULTI_PHRASES:
                for k, pw in enumerate(ph):
                    if pw != wd:
                        continue
                    s = pos - k
                    if s >= 0 and tuple(words[s:s + len(ph)]) == ph:
                        bad = (ti, ii)
            if bad:
                break
        if not bad:
            return " ".join(words)
        ti, ii = bad
        it = tokens[ti][ii]
        tokens[ti][ii:ii + 1] = [{"k": "let", "v": c, "run": it["run"], "col": True} for c in it["v"]]
    raise RuntimeError("collision fixing did not converge")


def analyze(cmd):
    counter = [0]
    return [token_items(t, counter) for t in cmd.split(" ")]


# ---------------------------------------------------------------------------
# Whisper-side rendering (fuzzy, natural, chaotic)
# ---------------------------------------------------------------------------
LETTER_HOMOPHONES = {"b": "bee", "c": "see", "i": "eye", "o": "oh", "q": "queue", "r": "are",
                     "t": "tea", "u": "you", "y": "why", "j": "jay", "k": "kay", "g": "gee",
                     "d": "dee", "v": "vee"}
INDO_LETTERS = {"k": "ka", "h": "ha", "j": "je", "y": "ye", "w": "we", "c": "ce"}
BRAND = {"github": "GitHub", "python": "Python", "docker": "Docker", "ubuntu": "Ubuntu",
         "java": "Java", "linux": "Linux", "debian": "Debian", "google": "Google",
         "postgres": "Postgres", "ruby": "Ruby", "rust": "Rust", "node": "Node", "bash": "Bash",
         "vim": "Vim", "firefox": "Firefox", "android": "Android", "flutter": "Flutter",
         "alice": "Alice", "bob": "Bob", "hello": "Hello", "world": "World", "yaml": "YAML",
         "json": "JSON", "git": "Git", "kotlin": "Kotlin", "linode": "Linode", "podman": "Podman",
         "ansible": "Ansible", "poetry": "Poetry", "kate": "Kate", "arduino": "Arduino",
         "sqlite": "SQLite", "gcloud": "G Cloud", "lodash": "Lodash",
         "elasticsearch": "Elasticsearch", "kaggle": "Kaggle", "cordova": "Cordova",
         "drupal": "Drupal", "ffmpeg": "FFmpeg", "openstack": "OpenStack", "vagrant": "Vagrant"}
SOUNDALIKE = {"sudo": "pseudo", "sed": "said", "cache": "cash", "json": "Jason", "kube": "cube",
              "grep": "grip", "yank": "yank", "nginx": "engine X", "chmod": "ch mod",
              "fossil": "fossil", "hledger": "H ledger", "mosh": "mosh", "jrnl": "journal"}
VOCAB = set("""no back backup backups ups up file files system host name user read me key chain
work space data base time stamp over write down load out put in with head header dump fake
sink one liner line hash object word list fold folder set up get info type source map
pass word book mark tool box web site check sum sub dir path lock screen shot home page
list text view viewer make config edit size print log logs tab table play book note notes
disk free man page copy mount point count down right left top hot key test case date""".split())


def split_compound(word):
    if len(word) < 6 or word in VOCAB:
        return None
    for cut in range(2, len(word) - 2):
        a, b = word[:cut], word[cut:]
        if a in VOCAB and b in VOCAB:
            return a + " " + b
    return None


SYM_FUZZY = {
    "-": [("dash", 10), ("minus", 3), ("hyphen", 1)],
    ".": [("dot", 10), ("period", 2), ("point", 1)],
    "/": [("slash", 10), ("forward slash", 3)],
    "~": [("tilde", 6), ("tilda", 3)],
    "--": [("dash dash", 8), ("dash-dash", 3), ("minus minus", 1)],
    "..": [("dot dot", 6), ("dot-dot", 2)],
    '"': [("quote", 8), ("Quote", 1)],
    "'": [("single quote", 6), ("single-quote", 2)],
    "_": [("underscore", 6), ("under score", 2)],
    ";": [("semicolon", 5), ("semi colon", 2)],
    "\\": [("backslash", 5), ("back slash", 2)],
    "@": [("at", 6), ("at sign", 2)],
    "=": [("equals", 6), ("equal sign", 2)],
    "$": [("dollar", 5), ("dollar sign", 2)],
    ">": [("redirect", 1)],
    "&&": [("and and", 5), ("and, and", 1)],
}
SYM_NATURAL = {
    "-": [("dash", 10), ("minus", 3), ("hyphen", 2)],
    ".": [("dot", 10), ("period", 2), ("point", 1)],
    "/": [("slash", 10), ("forward slash", 3)],
    "~": [("tilde", 6), ("tilda", 3)],
    "--": [("dash dash", 6), ("double dash", 4), ("dash-dash", 2)],
    "..": [("dot dot", 6), ("dot-dot", 2)],
    '"': [("quote", 8), ("double quote", 3)],
    "'": [("single quote", 6), ("single-quote", 2)],
    "_": [("underscore", 6), ("under score", 2)],
    ";": [("semicolon", 5), ("semi colon", 2)],
    "\\": [("backslash", 5), ("back slash", 2)],
    "@": [("at", 6), ("at sign", 2)],
    "=": [("equals", 6), ("equal sign", 2), ("equals sign", 1)],
    "$": [("dollar", 5), ("dollar sign", 2)],
    "&&": [("and and", 5), ("double ampersand", 2)],
    "*": [("star", 6), ("asterisk", 2)],
}


def pick(rng, options):
    total = sum(w for _, w in options)
    x = rng.random() * total
    for val, w in options:
        x -= w
        if x < 0:
            return val
    return options[-1][0]


class Whisper:
    """Renders items the way Whisper writes Rina's speech."""

    def __init__(self, rng, mode):
        self.rng = rng
        self.mode = mode  # fuzzy | natural
        self.symtab = SYM_FUZZY if mode == "fuzzy" else SYM_NATURAL

    def sym(self, it):
        v = it["v"]
        if it["w"] == ["redirect"] and v == ">":
            return pick(self.rng, [("redirect", 6), ("greater than", 2)]) if self.mode != "fuzzy" else "redirect"
        if v == ">>":
            return pick(self.rng, [("append", 5), ("double greater than", 2)])
        if v in self.symtab:
            return pick(self.rng, self.symtab[v])
        return " ".join(it["w"])

    def num(self, d):
        words = speak_number(d)
        r = self.rng.random()
        if "thousand" in words and r < 0.3 and len(d) <= 6:
            return "{:,}".format(int(d))
        if r < 0.72:
            if d in ("2", "4") and self.rng.random() < 0.08:
                return {"2": "to", "4": "for"}[d]
            return d
        if r < 0.85 and len(words) == len(d) and len(d) > 1:
            return " ".join(d)
        return " ".join(words)

    def letters(self, run, collide):
        s = "".join(run)
        if collide:
            return pick(self.rng, [("-".join(s.upper()), 3), (" ".join(s.upper()), 1)])
        if len(s) == 1:
            r = self.rng.random()
            if r < 0.12 and s in LETTER_HOMOPHONES:
                return LETTER_HOMOPHONES[s]
            return s.upper() if r < 0.8 else s
        return pick(self.rng, [(s.upper(), 5), (" ".join(s.upper()), 3), ("-".join(s.upper()), 1), (s, 1)])

    def word(self, w):
        r = self.rng.random()
        if w in SOUNDALIKE and r < 0.3:
            return SOUNDALIKE[w]
        if w in BRAND and r < 0.6:
            return BRAND[w]
        sp = split_compound(w)
        if sp and r < 0.5:
            return sp
        return w

    def cap(self, it):
        lead = pick(self.rng, [("capital", 8), ("Capital", 1)] if self.mode == "fuzzy"
                    else [("capital", 8), ("uppercase", 2), ("big", 1)])
        v = it["v"]
        if it["k"] == "capl":
            return lead + " " + v.upper()
        return lead + " " + pick(self.rng, [(v[:1].upper() + v[1:], 2), (v, 1)])

    def items(self, items):
        """Text for a list of items (one token or part of one)."""
        out = []
        i = 0
        while i < len(items):
            it = items[i]
            k = it["k"]
            if k in ("let", "word") and it.get("run") is not None:
                j = i
                while j < len(items) and items[j]["k"] in ("let", "word") and items[j].get("run") == it["run"]:
                    j += 1
                group = items[i:j]
                col = any(g.get("col") for g in group)
                if len(group) > 1 and not col and self.rng.random() < 0.25:
                    out.append("".join(g["v"] for g in group))
                else:
                    buf = []
                    for g in group:
                        if g["k"] == "let":
                            buf.append(g["v"])
                        else:
                            if buf:
                                out.append(self.letters(buf, col))
                                buf = []
                            out.append(self.word(g["v"]))
                    if buf:
                        out.append(self.letters(buf, col))
                i = j
                continue
            if k == "sym":
                out.append(self.sym(it))
            elif k == "num":
                out.append(self.num(it["v"]))
            elif k in ("capw", "capl"):
                out.append(self.cap(it))
            elif k == "allcaps":
                out.append(pick(self.rng, [("all caps " + it["v"].upper(), 3), ("all caps " + it["v"], 2),
                                           ("all-caps " + it["v"].upper(), 1)]))
            elif k == "case":
                style, parts = it["v"]
                lead = pick(self.rng, [(style + " case", 5), (style + "case", 1), (style + " case,", 1)])
                out.append(lead + " " + " ".join(parts))
            else:
                out.append(" ".join(item_clean_words(it)))
            i += 1
        return " ".join(out)

    def token(self, tok, items, literal_rate):
        if re.fullmatch(r"[a-z0-9][a-z0-9./-]*[a-z0-9]|/[a-z0-9./-]*[a-z0-9]", tok) \
                and ("." in tok or "/" in tok) and "--" not in tok and ".." not in tok \
                and not any(it.get("col") for it in items) \
                and self.rng.random() < literal_rate:
            return tok
        return self.items(items)


def sentence_case(text):
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


# ---------------------------------------------------------------------------
# Slices
# ---------------------------------------------------------------------------
OPENERS = ["Permisi ya,", "Oke, jadi,", "Nah, yang ini ya,", "Emm, tolong ketik", "Boleh tolong jalanin",
           "Oke, next ya,", "Jadi aku mau jalanin", "Sekarang coba", "Tolong ya,", "Okay so, emm,",
           "Oke, ini ya,", "Permisi, tolong ketik"]
SIGNOFFS = ["Makasih ya.", "Itu aja.", "Udah, gitu aja.", "Thank you ya.", "Oke, makasih.",
            "Itu aja ya, makasih."]
FILLERS = ["eh,", "emm,", "apa ya,", "terus", "nah,", "eh, ya,"]
CORRECTIONS = ["eh bukan bukan,", "sori, maksudnya", "eh salah, salah,", "bukan itu,", "ralat ya,",
               "eh, maksudnya"]
RESTARTS = ["Aduh, sori, dari awal ya.", "Eh bentar, dari awal.", "Ulang ya, dari awal."]
ASIDES = ["Sori, berisik banget di sini.", "Sebentar, ada yang lewat.",
          "Aduh, grinder kopinya kenceng banget.", "Maaf, tadi ada yang ngajak ngobrol.",
          "Wifi-nya lemot, eh, lanjut ya.", "Sori, barista-nya manggil nama aku."]
PAUSES = ["sebentar ya... oke lanjut,", "eh, tunggu... oke, lanjut ya,"]
WRONG_WORDS = ["date", "config", "backup", "main", "test", "output", "input", "docs", "notes",
               "report", "verbose", "version", "force", "quiet", "list", "name", "file", "server",
               "build", "logs", "photo", "user", "debug", "source"]


def render_fuzzy(rng, cmd, tokens):
    wh = Whisper(rng, "fuzzy")
    parts = []
    for ti, (tok, items) in enumerate(zip(cmd.split(" "), tokens)):
        if ti:
            parts.append(pick(rng, [("space", 10), ("space,", 2), ("Space", 1)]))
        parts.append(wh.token(tok, items, 0.15))
    text = sentence_case(" ".join(parts))
    if rng.random() < 0.5:
        text += "."
    return text


def natural_tokens(rng, wh, cmd, tokens):
    return [wh.token(tok, items, 0.35) for tok, items in zip(cmd.split(" "), tokens)]


def with_fillers(rng, toks, rate):
    out = []
    used = 0
    for i, t in enumerate(toks):
        if i and used < 2 and rng.random() < rate:
            out.append(rng.choice(FILLERS))
            used += 1
        out.append(t)
    return out


def frame(rng, body, opener_rate=0.85, signoff_rate=0.45):
    text = body
    if rng.random() < opener_rate:
        text = rng.choice(OPENERS) + " " + text
    text = sentence_case(text)
    if not text.endswith((".", "?", "!")):
        text += "."
    if rng.random() < signoff_rate:
        text += " " + rng.choice(SIGNOFFS)
    return text


def render_natural(rng, cmd, tokens):
    wh = Whisper(rng, "natural")
    toks = with_fillers(rng, natural_tokens(rng, wh, cmd, tokens), 0.12)
    return frame(rng, " ".join(toks))


def mutate_token(rng, tok):
    """A plausible wrong version of a command word, or None."""
    m = re.fullmatch(r"-([a-zA-Z])", tok)
    if m:
        c = m.group(1)
        if rng.random() < 0.5 and c.lower() != c.upper():
            return "-" + (c.upper() if c.islower() else c.lower())
        choices = [x for x in "abcdefghilmnoprstvx" if x != c.lower()]
        return "-" + rng.choice(choices)
    runs = [(m.start(), m.end()) for m in re.finditer(r"[a-z]{3,}|[0-9]+", tok)]
    if not runs:
        return None
    s, e = rng.choice(runs)
    old = tok[s:e]
    if old.isdigit():
        new = str((int(old) + rng.choice([1, 2, 5, 10])))
    else:
        options = [w for w in WRONG_WORDS if w != old]
        new = rng.choice(options)
    return tok[:s] + new + tok[e:]


def word_scope_spot(items):
    """Index of a plain said word inside a token that has other items."""
    spots = [i for i, it in enumerate(items) if it["k"] == "word" and len(it["v"]) >= 3
             and not it.get("col") and len(items) >= 3]
    return spots


def render_chaotic(rng, cmd, tokens):
    wh = Whisper(rng, "natural")
    words = cmd.split(" ")
    toks = natural_tokens(rng, wh, cmd, tokens)
    prefix = ""
    kind = pick(rng, [("token", 4), ("word", 3), ("letter", 1), ("restart", 3)])
    if kind == "letter":
        spots = [i for i, w in enumerate(words) if re.fullmatch(r"-[khjywc]", w)]
        if spots:
            j = rng.choice(spots)
            c = words[j][1]
            fix = rng.choice(["eh sori,", "eh, maksudnya", "bukan,"])
            toks[j] = "dash " + INDO_LETTERS[c] + ", " + fix + " " + c.upper()
        else:
            kind = "word"
    if kind == "word":
        cands = [(ti, ii) for ti, items in enumerate(tokens) for ii in word_scope_spot(items)]
        if cands:
            ti, ii = rng.choice(cands)
            right = tokens[ti][ii]["v"]
            wrong = rng.choice([w for w in WRONG_WORDS if w != right])
            before = wh.items(tokens[ti][:ii])
            after = wh.items(tokens[ti][ii + 1:])
            corr = rng.choice(["bukan " + wrong + ",", "eh bukan " + wrong + ",", "sori, bukan " + wrong + ","])
            seg = (before + " " if before else "") + wrong + ", " + corr + " " + right
            if after:
                seg += " " + after
            toks[ti] = seg
        else:
            kind = "token"
    if kind == "token":
        order = list(range(1, len(words))) if len(words) > 1 else [0]
        rng.shuffle(order)
        done = False
        for j in order:
            wrong = mutate_token(rng, words[j])
            if wrong is None or wrong == words[j]:
                continue
            wrong_text = wh.token(wrong, analyze(wrong)[0], 0.2)
            fix = rng.choice(CORRECTIONS)
            if words[j].startswith("-") and rng.random() < 0.5:
                fix = rng.choice(["eh bukan bukan, flag-nya", "sori, maksudnya flag-nya"])
            toks[j] = wrong_text + ", " + fix + " " + toks[j]
            done = True
            break
        if not done:
            kind = "restart"
    if kind == "restart":
        cut = rng.randint(1, max(1, min(3, len(words) - 1))) if len(words) > 1 else 1
        false = natural_tokens(rng, wh, cmd, tokens)[:cut]
        if len(words) > 1 and rng.random() < 0.5:
            wrong = mutate_token(rng, words[cut - 1])
            if wrong:
                false[-1] = wh.token(wrong, analyze(wrong)[0], 0.2)
        prefix = sentence_case(" ".join(false)) + "... " + rng.choice(RESTARTS) + " "
        toks[0] = sentence_case(toks[0])
    # extra trouble, always at a boundary between command words
    extras = rng.random()
    if extras < 0.3 and len(toks) > 1:
        toks[0] = toks[0] + "... " + rng.choice(ASIDES)
    elif extras < 0.5 and re.fullmatch(r"[A-Za-z]{2,}", toks[0]):
        toks[0] = toks[0] + "... " + toks[0].lower()
    elif extras < 0.65 and len(toks) > 2:
        toks[-2] = toks[-2] + "... " + rng.choice(PAUSES)
    return frame(rng, prefix + " ".join(toks), opener_rate=0.75, signoff_rate=0.35)


# ---------------------------------------------------------------------------
# Selection and output
# ---------------------------------------------------------------------------
def load_pool():
    rows = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 == 1:
                rows.append(json.loads(line)["command"])
    return rows


def dictatable(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64 or not cmd.strip():
        return None
    if cmd != cmd.strip():
        return None
    try:
        clean = clean_render(analyze(cmd))
    except (KeyError, RuntimeError):
        return None
    if len(clean.split()) > 48 or decode(clean) != cmd:
        return None
    return clean


def main():
    rng = random.Random(107)
    pool = load_pool()
    seen, allowed = set(), []
    for c in pool:
        if c not in seen:
            seen.add(c)
            allowed.append(c)
    rng.shuffle(allowed)
    chosen, per_first = [], {}
    for c in allowed:
        if len(chosen) == 4 * PER_SLICE:
            break
        first = c.split(" ")[0]
        if per_first.get(first, 0) >= 2:
            continue
        if dictatable(c) is None:
            continue
        per_first[first] = per_first.get(first, 0) + 1
        chosen.append(c)
    assert len(chosen) == 4 * PER_SLICE, len(chosen)
    assert len(set(chosen)) == len(chosen)

    lines = []
    for si, sl in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            tokens = analyze(cmd)
            clean = clean_render(tokens)  # also fixes collisions inside tokens
            if sl == "clean":
                text = clean
                assert decode(text) == cmd, (text, cmd)
            elif sl == "fuzzy":
                text = render_fuzzy(rng, cmd, tokens)
            elif sl == "natural":
                text = render_natural(rng, cmd, tokens)
            else:
                text = render_chaotic(rng, cmd, tokens)
            text = re.sub(r"\s+", " ", text).strip()
            lines.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in lines:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(lines), "lines to", OUT)


if __name__ == "__main__":
    main()
