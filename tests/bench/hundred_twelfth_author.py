#!/usr/bin/env python3
# ruff: noqa: B905, E501
"""Dictation test set, author112: "Jessa", a Taglish night-shift DevOps engineer.

Writes assets/training/bash/author112.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author112"}
100 lines per slice, in the order clean, fuzzy, natural, chaotic.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, through the pool assets/training/bash/pages_dev61_commands.jsonl.
All four slices draw only from 0-based pool lines n with n % 3 == 0.  Commands that
cannot sensibly be dictated are skipped (non-ASCII, tabs, double spaces, longer than
64 characters, more than 48 spoken words in the clean rendering).  At most two
commands share a first word, and all 400 commands are distinct.

Determinism: one random.Random(112) is consumed in a fixed order: first one shuffle
of the allowed pool, then the clean, fuzzy, natural and chaotic lines in that order,
one command at a time.  No set or dict iteration order reaches the output.  Reruns are
byte-identical.  Standard library only.

STYLE GUIDE
===========

1. The speaker
--------------
Jessa, 29, DevOps engineer at a BPO in Ortigas, Manila, on the 10pm-7am shift that
follows US business hours.  Filipino, cheerful, chatty, a little sleepy by 3am.  She
dictates to the terminal in Taglish while her hands are on a second keyboard or a
coffee cup.  Years of phone support left her with call-centre habits: she spells
the letters that sound alike over a headset "as in" a name (P as in Papa, B as in
Boy), she says "po" to everybody including the machine, and she reads every
command as if a US client were on the line.  Her Tagalog leaks in as fillers
("ano", "ano ba", "parang", "yung", "diba", "naman", "eh", "ahm", "uh"), as
corrections ("ay mali", "hindi hindi", "teka", "este", "i mean", "mali pala",
"ay sorry") and as asides about coffee, the aircon, Teams pings and the client.

2. The protocol as Jessa uses it (clean slice; decode() below is its listener)
-------------------------------------------------------------------------------
Tokens.  She says "space" exactly where the command has a space, and nowhere
else.  Everything she says between two "space"s is glued together with no gap:
"drop bear convert" is dropbearconvert, "tilde slash docs" is ~/docs.

Symbols.  One fixed name per symbol:
    -  dash          .  dot          /  slash         ~  tilde
    _  underscore    :  colon        ;  semicolon     ,  comma
    "  quote         '  single quote `  backtick      =  equals
    >  redirect      >> append       <  less than     |  pipe
    @  at            +  plus         !  bang          %  percent
    *  star          $  dollar       #  hash          ^  caret
    &  ampersand     \\  backslash    ?  question mark
    ( )  open paren / close paren      [ ]  open bracket / close bracket
    { }  open brace / close brace
Two-symbol runs are the names in a row: "--" is "dash dash", ".." is "dot dot",
"||" is "pipe pipe", "2>" is "two redirect"; "&&" is "and and".

Numbers.  How Jessa reads a digit run:
  * one digit: the digit word ("five").
  * two digits not starting with zero: the compound ("ten", "forty two", "twenty").
  * a round hundred or thousand: "one hundred", "eight thousand".
  * four digits that are a repeated pair or two round tens: pairs, the way ports
    are read on the phone ("eighty eighty", "twenty twenty", "forty forty").
  * anything else digit by digit ("five four three two", "one two seven",
    "zero zero seven").
  The listener concatenates: a tens word takes a following unit word ("forty two"
  = 42), "hundred"/"thousand" multiply the digit before them, and the groups are
  written one after another ("ten dot zero dot zero dot five" = 10.0.0.5,
  "eighty eighty" = 8080).  She never says a tens word followed by a separate
  digit, so "forty two" is never 402.  Decimals use the same "dot".

Words and letters.  A piece that is a word or sounds like one she says as a word,
written in the transcript as it is spelled ("backup", "nginx", "sudo", "yaml",
"json", "apptainer", "trufflehog").  Long names she breaks into the words she
hears in them ("drop bear convert", "elastic search", "tail scale").  Anything
unpronounceable she spells letter by letter ("h top" for htop, "doc t l" for
doctl, "w p c t l"), and some groups she always spells even though they look
like words: file types and acronyms (p b m, p n m, p n g, c s v, t x t, t m p,
s r c, h t m l, s s h, d b, i d, a p i, c l i, u r l, h t t p s).  The little
"to" inside converter names is a word ("p n m to p n g", "two to three").
Digits inside names are number words ("tap zero", "dnf five", "hunter two").
The script's segment_lower() is her ear for this; whatever she chooses, the
listener only glues what it hears, so the split never changes the command.

"As in".  Headset habit: a one-letter flag whose letter is easy to mishear
(b d e f m n p s t v) gets a name after it: "dash f as in father",
"dash capital d as in dog".  The name is a hint, never part of the command.
Her names: b boy, d dog, e edward, f father, m mary, n nancy, p papa, s sugar,
t tom, v victor.

Casing.  Everything is lower case unless she says otherwise.
  * "capital" + letter or word: first letter upper ("capital v" = V,
    "capital box" = Box, "capital literal hash" = Hash).
  * "all caps" + word: the whole word upper ("all caps none" = NONE,
    "all caps readme" = README); "all caps" + spelled letters: the whole run of
    single letters upper ("all caps n r" = NR).  An upper-case group that is not
    all dictionary words is spelled whole ("all caps p v e v m" = PVEVM).  If
    upper-case letters are followed by lower-case letters she falls back to
    "capital" per letter.
  * case runs, used about half the time when every part is a plain word:
    "snake case app name" = app_name, "camel case my app" = myApp,
    "pascal case hello world" = HelloWorld, "screaming case max size" = MAX_SIZE.
    A run takes the plain words that follow and stops at the first symbol,
    number, casing word or "space".  She never uses kebab case: she says dash.

Collisions.  A literal word that is also a protocol word is said with
"literal" in front: "mount underscore literal point" = mount_point,
"dash dash literal one dash file" = --one-file.  She always does this for symbol
names and their synonyms (dash, minus, hyphen, dot, period, point, slash, ...),
number words, "space", "literal", "capital", "caps", "redirect", "append",
"as" (because of "as in") and the case-run words (camel, snake, ...).  Words that
only act in pairs ("all" before "caps", "open"/"close" before paren, brace or
bracket, "less"/"greater" before "than", "and" before "and", "single" before
"quote", "question" before "mark", "forward" before "slash", "double" before a
symbol) are said plainly and only get "literal" when the pair would form.
decode() also understands the synonyms of the facts (minus, hyphen, period,
point, forward slash, asterisk, greater than, double dash, at sign, ...), so a
listener who knows the facts and this page is never in doubt.

Clean transcript: lower case, no punctuation, only the command.

3. Natural speech habits (natural and chaotic slices)
-----------------------------------------------------
No "space": she just reads the command, and spacing is for the listener.
Same letters, "as in" names, number habits and case runs as in the protocol;
a tool name made of words comes out as one word ("dropbearconvert").
Openers: "okay next po", "sige, pa-type naman", "ano, yung command is",
"kuya bot, type mo", "eto na po", ...  Sign-offs about half the time: "yun lang,
salamat po", "sige enter mo na", "okay na yan", "thanks po".  One or two fillers
between words ("ano", "parang", "uh", "ahm", "diba", "naman", "eh", "yung" before
a path).  Looser symbol names: minus or hyphen for dash, period or point for dot,
forward slash, "double dash", "tilda", "at sign", "equal sign", "greater than".
For capitals she may say "big V" as well as "capital V".  An awkward tool name
gets spelled and then "dikit lahat" (all stuck together), "isang word" or "one
word lang".  A literal word that sounds like a symbol is still flagged:
"literal point", "the word dash", "yung word na point".

4. Chaotic: trouble a careful listener can undo
-----------------------------------------------
  * word scope: "slash docs, ay mali, projects slash ..." (the word after the
    correction replaces the one before it);
  * flag scope: "dash v, hindi hindi, dash l as in ..." (whole flag replaced);
  * whole command: a wrong start, then "teka, ulitin ko from the top" or "ay
    sorry, balik tayo" and the full command;
  * partial answer: she stops mid-command ("wait, ano nga yung path...") and
    resumes with "ayan, tuloy:" from where she stopped;
  * a stutter on the first word of a token ("data... data slash logs") and
    asides between commas or as a sentence of their own ("teka, higop muna ng
    kape", "sorry, may client sa chat", "ang bagal ng VPN ngayon").
Corrections always repeat the right thing in full after the correction word, and
the wrong thing is always a whole word, a whole flag or a whole number.  A false
start is the first one to three tokens (sometimes with a wrong last flag),
cut off with "..." before the restart phrase.

5. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
Capitalises sentence starts and ends with a period; breaks sentences at random
("... space. Dash dash force ..."), adds commas after "space" and fillers;
writes numbers as numerals ("5432", "8080", "42", sometimes "5, 4, 3, 2") and
"to"/"too"/"for" for two/four; writes spelled letters in capitals, glued or not
("DB", "D B", "D.B."), and letter homophones ("see", "are", "why", "you");
glues or splits words ("dropbear convert", "local host", "under score",
"dash-dash"); homophones ("pseudo" for sudo, "right" for write, "tilda");
sometimes writes a filename or address as text ("backup.py", "10.0.0.5"),
"Colin" for colon, "Maine" for main, "cash" for cache, "sink" for sync.
Fuzzy keeps the protocol ("space" is said, "literal" and "as in" too) and no
framing or fillers, but Jessa is less careful with names: for each command she
settles on one name per symbol (dash, minus or hyphen; dot, period or point;
slash or forward slash; equals or equal sign; redirect or greater than; quote
or double quote; star or asterisk; at or at sign) and now and then switches
mid-command ("dash minus" for --).
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev61_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author112.jsonl")
AUTHOR = "author112"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------------------
# Protocol tables
# ---------------------------------------------------------------------------

SYMBOL_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "~": "tilde", "_": "underscore",
    ":": "colon", ";": "semicolon", ",": "comma", '"': "quote",
    "'": "single quote", "`": "backtick", "=": "equals", ">": "redirect",
    ">>": "append", "<": "less than", "|": "pipe", "@": "at", "+": "plus",
    "!": "bang", "%": "percent", "*": "star", "$": "dollar", "#": "hash",
    "^": "caret", "&": "ampersand", "&&": "and and", "\\": "backslash",
    "?": "question mark", "(": "open paren", ")": "close paren",
    "[": "open bracket", "]": "close bracket", "{": "open brace",
    "}": "close brace",
}

# listener side: phrase (tuple of words) -> symbol text; longest match first
DECODE_SYMBOLS = {
    ("dash",): "-", ("minus",): "-", ("hyphen",): "-",
    ("double", "dash"): "--",
    ("dot",): ".", ("period",): ".", ("point",): ".",
    ("slash",): "/", ("forward", "slash"): "/", ("backslash",): "\\",
    ("tilde",): "~", ("underscore",): "_", ("colon",): ":",
    ("semicolon",): ";", ("comma",): ",", ("quote",): '"',
    ("double", "quote"): '"', ("single", "quote"): "'", ("backtick",): "`",
    ("equals",): "=", ("equals", "sign"): "=",
    ("redirect",): ">", ("greater", "than"): ">",
    ("append",): ">>", ("double", "greater", "than"): ">>",
    ("less", "than"): "<", ("pipe",): "|", ("at",): "@", ("at", "sign"): "@",
    ("plus",): "+", ("bang",): "!", ("percent",): "%", ("star",): "*",
    ("asterisk",): "*", ("dollar",): "$", ("dollar", "sign"): "$",
    ("hash",): "#", ("caret",): "^", ("ampersand",): "&", ("and", "and"): "&&",
    ("question", "mark"): "?",
    ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("open", "angle"): "<", ("close", "angle"): ">",
}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = DIGITS + TEENS + TENS[2:] + ["hundred", "thousand"]

CASE_STYLES = ["camel", "snake", "pascal", "screaming", "kebab"]

# words that always mean protocol when said alone -> a literal one needs "literal"
ALWAYS_ESCAPE = sorted(set(
    [w for k in DECODE_SYMBOLS if len(k) == 1 for w in k]
    + NUMBER_WORDS
    + ["space", "literal", "capital", "caps", "as"]
    + CASE_STYLES))
# words that act only in pairs; escaped only if the pair would form
PAIR_STARTERS = ["all", "open", "close", "less", "greater", "and", "single",
                 "question", "forward", "double"]

ASIN = {"b": "boy", "d": "dog", "e": "edward", "f": "father", "m": "mary",
        "n": "nancy", "p": "papa", "s": "sugar", "t": "tom", "v": "victor"}

# ---------------------------------------------------------------------------
# Jessa's vocabulary: pieces she says as words (everything else pronounceable
# is judged by pronounceable(); the rest is spelled)
# ---------------------------------------------------------------------------

VOCAB_TEXT = """
a in on of up go no my to about accept access account act action add address admin age agent alias all
alpha alice analyze annotate ansible apache app append apply archive arg args
array asset assets async atom audit auth author auto backend backup backups bar
base bash batch bear below beta bin binary bird black blob block board body bob
boot branch brew bucket buffer build builder bundle bus by cache call cap capture
cargo cat change changed changes channel chat check checkout child chown cipher
class clean cleanup clear client clip clone close cloud cluster code coffee
color colour column combine command commit compose config conf connect console
container content context convert copy core count cover coveralls crane crate
create cron cube current cut daemon data database date day days debug decode
decompress decrypt decrypted default delay delete delta demo deploy describe
desktop dev device diff dir direct directories directory disable discovery disk
display doc docker docs doctor domain done down download drive drop dry dump echo
edit editor elastic elixir emacs enable encode encrypt end engine entry env
environment error eval event example exec executable exit expire expires export
express fabric fast feature features fetch file filename files filesystem filter
find finger firefox first fix fixes flag flake flask fold follow font foo force
format frame free fresh front full fullscreen gateway generate get git github
glab go gradle graph grep group guest hash head header headers health hello help
history home host hunter identity idle image import index info init initial input
insert inspect install instance interactive interface internal into java job
join jq json keep kernel key keys keystore kill kube label latest launch layout
level library lift light limit line link lint linux list listen load local
localhost location lock log logs login loglevel logrotate long loop mail main make
manage manifest map mark master match max media memory merge message meta method
min mirror mode model module monitor mount music my myapp mydb name native net
network new next nginx no node nodes note notes null number object offline on
only open opt option options order origin out outdated outfile output owner pack
package page pages pair parser pass password patch path pattern pause ping pip
pipe plan platform plugin pod podman point policy pool port post postgres preview
print private prod product profile project projects proxy public publisher pull
push python query queue quiet random raw read readme rebase reboot record redis
refs registry release reload remote remove rename repo report repository request
requests reset resolve resource restart restore reverse role root route rule run
runner rust rustup safe sample save scan schema scope screen script search secret
secure send serve server service session set setup shadow share shell show sign
size skip sleep slow snap socket solution sort source speed speedtest split stack
staff stage start startup stat state status stop storage store strip sudo sum
swap switch sync system systemd table tag tags tail target task team term test
text theme thing this time timeout tip title to token tool toolchain top topic
trace track trash tree true trunk type ubuntu umount unmount unset update upgrade
upload upstream uptime user username users value var vault verbose verify version
view viewer vim volume wait warning watch web website whoami width window work
worker write yaml yank zip zone zero tar ubuntu go ignore binary certs cert
register unregister populate presign builder record tarball clementine firefox
coffee cradle spa nomad vagrant tiny bundle pacman alpine cups fossil dolt
pueue poetry python husky magick montage iperf ascii viewer cmake ctags
cargo doxx drush exercism fastapi fastmod fclones finger montage ansible
high highlight light night configuration dependency insight tex live fly webcam
cam math lib wonder shaper card energy series routes certificate bridge not
channel versions volume typo fix particle tunnel search sploit work group
todo argo llama sun icon pam yuv settings setting stretch grade photo hashcat
scale contact activate validate player scaffold preserve telnet net cut box
screenshot screen shot tray
"""
VOCAB = sorted(set(VOCAB_TEXT.split()))
# letter groups she always spells, but knows as a unit (netpbm formats etc.)
ACRONYMS = frozenset("""pbm pgm ppm pnm png pdf jpg csv txt tmp src html xml ssh sql
gpg db dns tcp udp http https url uri api cli id npm usr etc uuid sgi""".split())
VOCAB_SET = frozenset(VOCAB)

ONSETS = frozenset("""b c d f g h j k l m n p q r s t v w x y z bl br ch cl cr dr
fl fr gl gr kl kn kr pl pr ph sc sh sk sl sm sn sp st sw th tr tw wh wr str spl spr
scr thr chr""".split())
CODAS = frozenset("""b c d f g h k l m n p r s t v w x y z ck ct ft ld lf lk ll lm
lp lt mp nd ng nk ns nt pt rb rd rf rg rk rl rm rn rp rs rt sh sk sp ss st th ch
ts ks ps ms ls ds gs rch rst nch ff ght cks nks rks nts lds nds sts mps pts cts rts
xt lls zz tt dd ngs rms rns lth nth ths rds mb rg rsh nz tch""".split())
VOWELS = "aeiou"


def pronounceable(s):
    """Jessa's ear: would she say this letter string as a word?"""
    if len(s) < 3 or len(s) > 14 or not s.isalpha():
        return False
    parts = re.findall(r"[aeiouy]+|[^aeiouy]+", s)
    # y as a consonant at the start
    if s[0] == "y":
        parts = re.findall(r"^y|[aeiouy]+|[^aeiouy]+", s)
    vowel_groups = [p for p in parts if p[0] in VOWELS + "y" and p != "y" or p in VOWELS]
    if not any(ch in VOWELS for ch in s) and "y" not in s[1:]:
        return False
    for i, p in enumerate(parts):
        is_vowel = p[0] in VOWELS or (p[0] == "y" and not (i == 0 and p == "y"))
        if is_vowel:
            if len(p) > 2:
                return False
            continue
        if i == 0:
            if p not in ONSETS:
                return False
        elif i == len(parts) - 1:
            if p not in CODAS:
                return False
        else:
            if len(p) > 3 or (len(p) == 3 and p[1:] not in ONSETS and p[:2] not in CODAS):
                return False
        if "q" in p and not s[s.index("q") + 1:s.index("q") + 2] == "u":
            return False
    return bool(vowel_groups)


def segment_lower(s):
    """Split a lower-case letter run into pieces [('w', word) | ('l', letter)].

    Cost: a vocabulary word 1.0 (1.3 with an ending like -s, -er), a known
    spelled group (pbm, csv) 0.9, another pronounceable chunk 2.0 + 0.1 per
    letter, a spelled letter 1.1 plus 0.8 to start spelling; two-letter
    words 1.5, but "to" (pnm to png, two to three) only 0.1; protocol words cost 2.5 more.  Dynamic programming over (position, spelling-or-not)."""
    n = len(s)
    best = {(0, False): (0.0, [])}
    for i in range(n):
        for spelling in (False, True):
            if (i, spelling) not in best:
                continue
            c0, p0 = best[(i, spelling)]
            cands = [(1.1 + (0.0 if spelling else 0.8), ("l", s[i]), i + 1, True)]
            for j in range(i + 2, n + 1):
                w = s[i:j]
                if w in ACRONYMS:
                    cands.append((0.9, ("a", w), j, False))
                    continue
                if w in VOCAB_SET:
                    cost = 1.0 if len(w) > 2 else 1.5
                    if w == "to" and 0 < i and j < n:
                        cost = 0.1  # the connector in pnm-to-png, two-to-three
                elif in_vocab(w):
                    cost = 1.3
                elif pronounceable(w):
                    cost = 2.0 + 0.1 * len(w)
                else:
                    continue
                if w in ALWAYS_ESCAPE:
                    cost = 3.5
                cands.append((cost, ("w", w), j, False))
            for cost, piece, j, sp in cands:
                tot = (c0 + cost, p0 + [piece])
                key = (j, sp)
                if key not in best or tot[0] < best[key][0] - 1e-9:
                    best[key] = tot
    finals = [best[k] for k in ((n, False), (n, True)) if k in best]
    pieces = min(finals, key=lambda t: t[0])[1]
    out = []
    for kind, text in pieces:
        if kind == "a":
            out += [("l", ch) for ch in text]
        else:
            out.append((kind, text))
    return out


def in_vocab(w):
    """A vocabulary word, or one with a plain English ending (values, imager)."""
    if w in VOCAB_SET:
        return True
    for end in ("s", "r", "er", "ed", "es", "ing"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            stem = w[:-len(end)]
            if stem in VOCAB_SET:
                return True
            if len(end) > 1 and stem[-1] == stem[-2] and stem[:-1] in VOCAB_SET:
                return True  # scanner, stopped
    if w.startswith("un") and w[2:] in VOCAB_SET and len(w) > 4:
        return True  # unload, uninstall
    return False


def case_segments(run):
    """Split a mixed-case letter run at case boundaries."""
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", run)


def number_words(r):
    """Jessa's reading of a digit run (list of words)."""
    if len(r) == 1:
        return [DIGITS[int(r)]]
    if len(r) == 2 and r[0] != "0":
        return two_digit(r)
    if len(r) == 3 and r[0] != "0" and r[1:] == "00":
        return [DIGITS[int(r[0])], "hundred"]
    if len(r) == 4 and r[0] != "0" and r[1:] == "000":
        return [DIGITS[int(r[0])], "thousand"]
    if (len(r) == 4 and r[0] != "0" and r[2] != "0"
            and (r[:2] == r[2:] or (r[1] == "0" and r[3] == "0"))):
        return two_digit(r[:2]) + two_digit(r[2:])
    return [DIGITS[int(ch)] for ch in r]


def two_digit(r):
    v = int(r)
    if v < 10:
        return [DIGITS[v]]
    if v < 20:
        return [TEENS[v - 10]]
    if v % 10 == 0:
        return [TENS[v // 10]]
    return [TENS[v // 10], DIGITS[v % 10]]


# ---------------------------------------------------------------------------
# Units: one command token -> list of units
# ---------------------------------------------------------------------------
# ('sym', text) | ('num', digits) | ('alpha', text) |
# ('run', style, text, parts)   -- an identifier eligible for a case run

def is_plain_word(w):
    return (in_vocab(w) or pronounceable(w)) and w not in ALWAYS_ESCAPE \
        and w not in PAIR_STARTERS and segment_lower(w) == [("w", w)]


def token_units(tok):
    units = []
    i = 0
    n = len(tok)
    while i < n:
        m = re.match(r"[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9])", tok[i:])
        if m and (i == 0 or not tok[i - 1].isalnum()):
            parts = m.group(0).split("_")
            if all(is_plain_word(p) for p in parts):
                units.append(("run", "snake", m.group(0), parts))
                i += len(m.group(0))
                continue
        m = re.match(r"[A-Z]+(?:_[A-Z]+)+(?![A-Za-z0-9])", tok[i:])
        if m and (i == 0 or not tok[i - 1].isalnum()):
            parts = [p.lower() for p in m.group(0).split("_")]
            if all(is_plain_word(p) for p in parts):
                units.append(("run", "screaming", m.group(0), parts))
                i += len(m.group(0))
                continue
        if tok[i].isalpha():
            j = i
            while j < n and tok[j].isalpha():
                j += 1
            run = tok[i:j]
            segs = case_segments(run)
            style = None
            if len(segs) >= 2 and all(is_plain_word(s.lower()) for s in segs):
                if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", run):
                    style = "camel"
                elif re.fullmatch(r"(?:[A-Z][a-z]+){2,}", run):
                    style = "pascal"
            if style:
                units.append(("run", style, run, [s.lower() for s in segs]))
            else:
                units.append(("alpha", run))
            i = j
        elif tok[i].isdigit():
            j = i
            while j < n and tok[j].isdigit():
                j += 1
            units.append(("num", tok[i:j]))
            i = j
        else:
            two = tok[i:i + 2]
            if two in (">>", "&&"):
                units.append(("sym", two))
                i += 2
            else:
                units.append(("sym", tok[i]))
                i += 1
    return units


def command_units(cmd):
    return [token_units(t) for t in cmd.split(" ")]


def flag_letter(tok_units):
    """If the token is a one-letter flag like -f / -D, return the letter."""
    if (len(tok_units) == 2 and tok_units[0] == ("sym", "-")
            and tok_units[1][0] == "alpha" and len(tok_units[1][1]) == 1):
        return tok_units[1][1]
    return None


# ---------------------------------------------------------------------------
# Clean rendering (Jessa's careful protocol)
# ---------------------------------------------------------------------------

def alpha_words(run, careful_caps=False, asin_letter=False):
    """Spoken words for a letter run, in the clean protocol (lower case)."""
    out = []
    for seg in case_segments(run):
        low = seg.lower()
        pieces = segment_lower(low)
        if seg.islower():
            out += piece_words(pieces)
        elif seg[0].isupper() and seg[1:].islower() or len(seg) == 1:
            first = pieces[0]
            out += ["capital"] + piece_words([first]) + piece_words(pieces[1:])
        else:  # all upper, 2+ letters
            if len(pieces) > 1 and any(k == "w" and not in_vocab(t) for k, t in pieces):
                pieces = [("l", ch) for ch in low]  # spell the whole acronym
            if careful_caps:
                for kind, text in pieces:
                    if kind == "l":
                        out += ["capital", text]
                    else:
                        out += ["all", "caps"] + piece_words([(kind, text)])
            else:
                k = 0
                while k < len(pieces):
                    if pieces[k][0] == "w":
                        out += ["all", "caps"] + piece_words([pieces[k]])
                        k += 1
                    else:
                        letters = []
                        while k < len(pieces) and pieces[k][0] == "l":
                            letters.append(pieces[k][1])
                            k += 1
                        out += ["all", "caps"] + letters
    if asin_letter and run.lower() in ASIN:
        out += ["as", "in", ASIN[run.lower()]]
    return out


def piece_words(pieces):
    out = []
    for kind, text in pieces:
        if kind == "w" and text in ALWAYS_ESCAPE:
            out += ["literal", text]
        elif kind == "w" and text in PAIR_STARTERS:
            out.append("\x00" + text)  # literal pair-starter, see escape_pairs()
        else:
            out.append(text)
    return out


def clean_token_words(tu, use_runs, careful_caps):
    """use_runs: list of booleans, one per 'run' unit, whether to say the case run."""
    fl = flag_letter(tu)
    words = []
    ri = 0
    for u in tu:
        if u[0] == "sym":
            words += SYMBOL_NAME[u[1]].split()
        elif u[0] == "num":
            words += number_words(u[1])
        elif u[0] == "alpha":
            words += alpha_words(u[1], careful_caps, asin_letter=fl is not None)
        else:
            _, style, text, parts = u
            use = use_runs[ri]
            ri += 1
            if use:
                words += [style, "case"] + parts
            else:
                words += plain_run_words(u, careful_caps)
    return words


def plain_run_words(u, careful_caps=False):
    _, style, text, parts = u
    words = []
    if style in ("snake", "screaming"):
        for k, p in enumerate(text.split("_")):
            if k:
                words.append("underscore")
            words += alpha_words(p, careful_caps)
    else:
        words += alpha_words(text, careful_caps)
    return words


def escape_pairs(words):
    """Add 'literal' before a pair-starter word whose pair would form."""
    out = []
    words = list(words)
    for k, w in enumerate(words):
        if w.startswith("\x00"):
            w = w[1:]
            nxt = tuple(x.lstrip("\x00") for x in words[k:k + 3])
            nxt = (w,) + nxt[1:]
            formed = any(nxt[:len(key)] == key for key in DECODE_SYMBOLS if len(key) > 1)
            if w == "all" and nxt[1:2] == ("caps",):
                formed = True
            if formed:
                out.append("literal")
        out.append(w)
    return out


def clean_words(cmd, rng=None, run_prob=0.5):
    """Clean protocol words for cmd; rng decides case runs (None: never)."""
    units = command_units(cmd)
    choices = []
    for tu in units:
        c = []
        for u in tu:
            if u[0] == "run":
                c.append(rng.random() < run_prob if rng is not None else False)
        choices.append(c)
    for careful in (False, True):
        for use_choices in (choices, [[False] * len(c) for c in choices]):
            toks = [clean_token_words(tu, ch, careful) for tu, ch in zip(units, use_choices)]
            words = []
            for k, t in enumerate(toks):
                if k:
                    words.append("space")
                words += t
            words = escape_pairs(words)
            if decode(" ".join(words)) == cmd:
                return words
    return None


# ---------------------------------------------------------------------------
# decode(): the listener for Jessa's clean protocol
# ---------------------------------------------------------------------------

def _number_at(words, i):
    """Parse one number group at words[i]; return (text, next_i) or None."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if w in DIGITS:
        d = DIGITS.index(w)
        if nxt == "hundred":
            return str(d * 100), i + 2
        if nxt == "thousand":
            return str(d * 1000), i + 2
        return str(d), i + 1
    if w in TEENS:
        return str(10 + TEENS.index(w)), i + 1
    if w in TENS[2:]:
        t = TENS.index(w) * 10
        if nxt in DIGITS[1:]:
            return str(t + DIGITS.index(nxt)), i + 2
        return str(t), i + 1
    return None


def _symbol_at(words, i):
    for length in (3, 2, 1):
        key = tuple(words[i:i + length])
        if len(key) == length and key in DECODE_SYMBOLS:
            return DECODE_SYMBOLS[key], i + length
    return None


def _is_plain(w):
    return (w not in ALWAYS_ESCAPE and w not in PAIR_STARTERS and w not in
            ("space", "literal", "capital", "case"))


def _letter_with_asin(words, i):
    """A single letter at i, optionally followed by 'as in <name>'."""
    if words[i + 1:i + 3] == ["as", "in"] and i + 3 < len(words):
        return words[i], i + 4
    return words[i], i + 1


def _item_at(words, i):
    """One literal item (word, letter, or 'literal X'); returns (text, next_i)."""
    w = words[i]
    if w == "literal":
        return words[i + 1], i + 2
    if len(w) == 1 and w.isalpha():
        return _letter_with_asin(words, i)
    return w, i + 1


def decode(text):
    """Rebuild the command from a clean transcript in Jessa's protocol."""
    words = text.split()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w == "space":
            out.append(" ")
            i += 1
        elif w == "capital":
            item, i = _item_at(words, i + 1)
            out.append(item[:1].upper() + item[1:])
        elif w == "all" and nxt == "caps":
            i += 2
            if len(words[i]) == 1 and words[i].isalpha():
                letters = []
                while i < len(words) and len(words[i]) == 1 and words[i].isalpha():
                    ch, i = _letter_with_asin(words, i)
                    letters.append(ch)
                out.append("".join(letters).upper())
            else:
                item, i = _item_at(words, i)
                out.append(item.upper())
        elif w in CASE_STYLES and nxt == "case":
            i += 2
            parts = []
            while i < len(words) and _is_plain(words[i]) and not (
                    words[i] == "all" and words[i + 1:i + 2] == ["caps"]):
                parts.append(words[i])
                i += 1
            if w == "snake":
                out.append("_".join(parts))
            elif w == "screaming":
                out.append("_".join(parts).upper())
            elif w == "kebab":
                out.append("-".join(parts))
            elif w == "camel":
                out.append(parts[0] + "".join(p.capitalize() for p in parts[1:]))
            else:
                out.append("".join(p.capitalize() for p in parts))
        elif w == "literal":
            out.append(nxt)
            i += 2
        elif _number_at(words, i):
            s, i = _number_at(words, i)
            out.append(s)
        elif _symbol_at(words, i):
            s, i = _symbol_at(words, i)
            out.append(s)
        else:
            item, i = _item_at(words, i)
            out.append(item)
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper-side rendering: a stream of spoken chunks per token
# ---------------------------------------------------------------------------
# A chunk is (kind, text): kinds 'sym', 'num', 'word', 'letters', 'cap', 'glyph',
# 'asin', 'run', 'lit'.  Renderers turn them into Whisper text.

LETTER_HOMOPHONE = {"c": "see", "r": "are", "u": "you", "y": "why", "i": "I",
                    "o": "oh", "q": "queue", "t": "tea", "b": "be", "x": "ex"}
WORD_HOMOPHONE = {"sudo": ["pseudo", "Sudo"], "write": ["right"], "kube": ["cube"],
                  "tilde": ["tilda"], "colon": ["Colin", "colon"],
                  "main": ["Maine"], "new": ["knew"], "no": ["know"],
                  "sum": ["some"], "role": ["roll"], "mail": ["male"],
                  "hello": ["Hello"], "git": ["Git"], "two": ["to", "too"],
                  "four": ["for"], "eight": ["ate"], "cache": ["cash"],
                  "sync": ["sink"], "queue": ["cue"], "pair": ["pear"]}
COMPOUND_SPLIT = {"localhost": "local host", "username": "user name",
                  "filename": "file name", "database": "data base",
                  "whoami": "who am I", "backup": "back up", "uptime": "up time",
                  "readme": "read me", "fullscreen": "full screen",
                  "filesystem": "file system", "speedtest": "speed test",
                  "outfile": "out file", "tarball": "tar ball", "website": "web site",
                  "keystore": "key store", "startup": "start up", "toolchain": "tool chain",
                  "myapp": "my app", "mydb": "my DB", "upstream": "up stream",
                  "cleanup": "clean up", "umount": "you mount", "logrotate": "log rotate",
                  "loglevel": "log level", "dropbear": "drop bear", "checkout": "check out"}

FUZZY_SYMBOL = {
    "-": [("dash", 6), ("minus", 2), ("hyphen", 2)],
    ".": [("dot", 6), ("period", 2), ("point", 2)],
    "/": [("slash", 6), ("forward slash", 3)],
    "~": [("tilde", 6), ("tilda", 3)],
    "_": [("underscore", 7), ("under score", 2)],
    ":": [("colon", 8), ("Colin", 1)],
    "=": [("equals", 6), ("equal sign", 3)],
    ">": [("redirect", 6), ("greater than", 3)],
    ">>": [("append", 5), ("double greater than", 3)],
    '"': [("quote", 7), ("double quote", 3)],
    "'": [("single quote", 8), ("single-quote", 2)],
    "@": [("at", 6), ("at sign", 4)],
    "*": [("star", 5), ("asterisk", 5)],
    ";": [("semicolon", 6), ("semi colon", 3)],
    "\\": [("backslash", 6), ("back slash", 3)],
    "$": [("dollar", 5), ("dollar sign", 5)],
}

NATURAL_SYMBOL = {
    "-": [("dash", 5), ("minus", 2), ("hyphen", 1)],
    "--": [("dash dash", 6), ("double dash", 3), ("--", 1)],
    ".": [("dot", 7), ("period", 1), ("point", 1)],
    "/": [("slash", 7), ("forward slash", 3)],
    "~": [("tilde", 5), ("tilda", 4)],
    "_": [("underscore", 8), ("under score", 2)],
    "=": [("equals", 5), ("equal sign", 3), ("equal", 2)],
    ">": [("greater than", 4), ("redirect", 4), ("redirect to", 2)],
    ">>": [("append", 5), ("double greater than", 3)],
    '"': [("quote", 7), ("double quote", 3)],
    "'": [("single quote", 8), ("apostrophe", 2)],
    "@": [("at", 5), ("at sign", 5)],
    "*": [("star", 5), ("asterisk", 5)],
    "|": [("pipe", 8), ("pipe to", 2)],
    "$": [("dollar", 5), ("dollar sign", 5)],
}


def wchoice(rng, options):
    total = sum(w for _, w in options)
    r = rng.random() * total
    for text, w in options:
        r -= w
        if r < 0:
            return text
    return options[-1][0]


# the symbol names Jessa settles on for the command being rendered
HABIT = {}


def pick_habits(rng, table):
    """Once per command: which name she uses for each symbol this time."""
    HABIT.clear()
    for sym in sorted(table):
        HABIT[sym] = wchoice(rng, table[sym])


def symbol_name(rng, sym, table):
    if sym in HABIT and rng.random() < 0.94:
        return HABIT[sym]
    return wchoice(rng, table[sym])


def whisper_number(rng, digits, natural):
    """How Whisper writes Jessa's reading of a digit run."""
    words = number_words(digits)
    r = rng.random()
    if len(digits) >= 3 and words == [DIGITS[int(c)] for c in digits]:
        # digit by digit
        if r < 0.55:
            return digits
        if r < 0.75 and not natural:
            return ", ".join(digits)
        if r < 0.85:
            return " ".join(digits)
        return " ".join(words)
    if r < 0.8:
        if len(words) == 2 and len(digits) == 4 and "thousand" not in words and not natural \
                and rng.random() < 0.3:
            return digits[:2] + " " + digits[2:]
        return digits
    if len(words) == 1 and words[0] in WORD_HOMOPHONE and rng.random() < 0.5:
        return rng.choice(WORD_HOMOPHONE[words[0]])
    return " ".join(words)


def whisper_letters(rng, letters, dotted=0.08):
    """Spelled letters as Whisper writes them."""
    if len(letters) == 1:
        ch = letters[0]
        if ch in LETTER_HOMOPHONE and rng.random() < 0.12:
            return LETTER_HOMOPHONE[ch]
        return ch.upper() if rng.random() < 0.8 else ch
    r = rng.random()
    if r < 0.45:
        return "".join(letters).upper()
    if r < 0.8:
        return " ".join(letters).upper()
    if r < 0.8 + dotted:
        return ".".join(letters).upper() + "."
    return " ".join(letters)


def whisper_word(rng, w, p_homophone=0.15, p_split=0.3):
    if w in WORD_HOMOPHONE and rng.random() < p_homophone:
        return rng.choice(WORD_HOMOPHONE[w])
    if w in COMPOUND_SPLIT and rng.random() < p_split:
        return COMPOUND_SPLIT[w]
    return w


def literal_prefix(rng, word, natural):
    """How she flags a literal word that sounds like protocol (mount_point)."""
    if word not in ALWAYS_ESCAPE or word == "as":
        return ""
    if not natural:
        return "literal "
    return rng.choice(["literal ", "literal ", "the word ", "yung word na "])


def spoken_alpha(rng, run, natural, asin_ok):
    """Whisper text for a letter run (list of strings, one per spoken chunk)."""
    dot_p = 0.04 if natural else 0.08
    out = []
    for seg in case_segments(run):
        low = seg.lower()
        pieces = segment_lower(low)
        # group spelled letters
        groups = []
        for kind, text in pieces:
            if kind == "l" and groups and groups[-1][0] == "l":
                groups[-1][1].append(text)
            elif kind == "l":
                groups.append(["l", [text]])
            else:
                groups.append(["w", text])
        if natural and len(groups) > 1 and all(g[0] == "w" for g in groups) and rng.random() < 0.7:
            groups = [["w", low]]  # she says a compound tool name as one word
        if seg.islower():
            for g in groups:
                if g[0] == "w":
                    out.append(literal_prefix(rng, g[1], natural) + whisper_word(rng, g[1]))
                else:
                    out.append(whisper_letters(rng, g[1], dot_p))
        elif len(seg) == 1 or seg[1:].islower():
            capword = "capital" if not natural or rng.random() < 0.6 else "big"
            first = groups[0]
            if first[0] == "l":
                out.append(capword + " " + first[1][0].upper())
                if len(first[1]) > 1:
                    out.append(whisper_letters(rng, first[1][1:], dot_p))
            else:
                out.append(capword + " " + literal_prefix(rng, first[1], natural)
                           + first[1].capitalize())
            for g in groups[1:]:
                out.append(whisper_word(rng, g[1]) if g[0] == "w" else whisper_letters(rng, g[1], dot_p))
        else:
            allcaps = rng.choice(["all caps", "all caps", "all-caps", "all caps,"])
            if all(g[0] == "l" for g in groups) and len(groups) == 1:
                letters = groups[0][1]
                r = rng.random()
                if r < 0.6:
                    out.append(allcaps + " " + " ".join(letters).upper())
                else:
                    out.append(allcaps + " " + "".join(letters).upper())
            else:
                for g in groups:
                    if g[0] == "w":
                        out.append(allcaps + " " + (g[1].upper() if rng.random() < 0.5 else g[1]))
                    else:
                        out.append(" ".join("capital " + c.upper() for c in g[1]))
    if asin_ok and run.lower() in ASIN:
        out.append("as in " + ASIN[run.lower()].capitalize())
    return out


def glyph_spans(tok):
    """Spans of a token Whisper may write as text: name.ext / 10.0.0.5."""
    return [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+(?:\.[a-z0-9]+)+", tok)]


def spoken_token(rng, tok, natural, p_glyph):
    """Chunks (strings) for one command token, Whisper style."""
    units = token_units(tok)
    fl = flag_letter(units)
    # glyph decision first (fixed rng order: one draw per span)
    bounds = [0]
    for u in units:
        bounds.append(bounds[-1] + (len(u[1]) if u[0] in ("sym", "num", "alpha") else len(u[2])))
    spans = [(s, e) for s, e in glyph_spans(tok) if s in bounds and e in bounds]
    glyph_at = {}
    for s, e in spans:
        if rng.random() < p_glyph:
            glyph_at[s] = e
    chunks = []
    pos = 0
    k = 0
    while k < len(units):
        u = units[k]
        ulen = len(u[1]) if u[0] in ("sym", "num", "alpha") else len(u[2])
        if pos in glyph_at:
            end = glyph_at[pos]
            chunks.append(tok[pos:end])
            while pos < end:
                uu = units[k]
                pos += len(uu[1]) if uu[0] in ("sym", "num", "alpha") else len(uu[2])
                k += 1
            continue
        if u[0] == "sym":
            if natural and u[1] == "-" and k + 1 < len(units) and units[k + 1] == ("sym", "-"):
                chunks.append(symbol_name(rng, "--", NATURAL_SYMBOL))
                k += 2
                pos += 2
                continue
            table = NATURAL_SYMBOL if natural else FUZZY_SYMBOL
            if u[1] in table:
                chunks.append(symbol_name(rng, u[1], table))
            else:
                chunks.append(SYMBOL_NAME[u[1]])
        elif u[0] == "num":
            chunks.append(whisper_number(rng, u[1], natural))
        elif u[0] == "alpha":
            asin_ok = fl is not None and rng.random() < (0.85 if not natural else 0.4)
            chunks += spoken_alpha(rng, u[1], natural, asin_ok)
        else:
            _, style, text, parts = u
            if rng.random() < 0.45:
                chunks.append(style + " case " + " ".join(parts))
            else:
                for kk, p in enumerate(re.split(r"_", text)):
                    if kk:
                        chunks.append(symbol_name(rng, "_", NATURAL_SYMBOL if natural else FUZZY_SYMBOL))
                    chunks += spoken_alpha(rng, p, natural, False)
        pos += ulen
        k += 1
    return chunks


def sentence_case(text):
    return text[:1].upper() + text[1:] if text else text


def fuzzy_glue(rng, chunks):
    """Whisper glues neighbouring plain words inside a token now and then."""
    out = []
    for c in chunks:
        if (out and re.fullmatch(r"[a-z]+", c) and re.fullmatch(r"[a-z]+", out[-1])
                and c not in ALWAYS_ESCAPE and out[-1] not in ALWAYS_ESCAPE
                and rng.random() < 0.35):
            out[-1] = out[-1] + c
        elif c.startswith("dash") and out and out[-1] == "dash" and rng.random() < 0.3:
            out[-1] = "dash-" + c
        else:
            out.append(c)
    return out


def render_fuzzy(rng, cmd):
    pick_habits(rng, FUZZY_SYMBOL)
    toks = cmd.split(" ")
    parts = []
    for t in toks:
        chunks = fuzzy_glue(rng, spoken_token(rng, t, natural=False, p_glyph=0.15))
        parts.append(" ".join(chunks))
    text = parts[0]
    for p in parts[1:]:
        r = rng.random()
        if r < 0.12:
            sep = " space. "
            p = sentence_case(p)
        elif r < 0.3:
            sep = " space, "
        elif r < 0.36:
            sep = " Space "
        else:
            sep = " space "
        text += sep + p
    text = sentence_case(text)
    if rng.random() < 0.7 and not text.endswith("."):
        text += "."
    return text


# ---------------------------------------------------------------------------
# Natural and chaotic
# ---------------------------------------------------------------------------

OPENERS = [
    "Okay, next po.", "Sige, pa-type naman.", "Ano, yung command is", "Kuya bot, type mo",
    "Eto na po,", "Okay so parang", "Uy, pa-run naman ng", "Sige sige, eto:",
    "Okay guys, quick one lang,", "Hello po, next natin", "Ay okay, so",
    "Gising pa ako, promise. Okay,", "Sige, ito naman:", "Ano ba, okay,",
    "Alright po, type natin", "So ayun,", "Okay, for the ticket,",
    "Next command po,",
]
SIGNOFFS = [
    "Yun lang, salamat po.", "Sige, enter mo na.", "Okay na yan.", "Thanks po!",
    "Yun na yun.", "Go, run mo na.", "Ayan, tapos na.", "Salamat, balik ako sa ticket.",
    "Sige, thank you po.", "Okay, yun lang muna.",
]
FILLERS = ["ano,", "parang", "uh,", "ahm,", "diba,", "naman", "eh,", "ano ba,", "yung"]
ASIDES = [
    "teka, higop muna ng kape", "wait lang, may nag-ping sa Teams",
    "grabe ang lamig ng aircon dito", "sorry, may client sa chat",
    "antok na ako, promise gising pa ako", "huy wag kayo maingay, nagdi-dictate ako",
    "ang bagal ng VPN ngayon", "sandali, may tumawag si TL",
]
CORRECTIONS = ["ay mali,", "hindi hindi,", "teka,", "este,", "i mean,", "ay sorry,",
               "mali pala,", "ay wait, hindi,", "hindi pala,"]
RESTARTS = ["teka, ulitin ko from the top.", "ay sorry, balik tayo.",
            "hindi hindi, ulit tayo.", "ay mali, from the start ulit.",
            "wait, scratch that. Ulitin ko po."]
PAUSES = ["wait, ano nga yung path...", "teka, ano nga ulit yung next...",
          "sandali, tinitingnan ko pa sa ticket...", "ahm, ano nga ba yung kasunod..."]
RESUMES = ["ayan, tuloy:", "okay, tuloy natin:", "ayun, so:", "eto na, tuloy:"]

WRONG_WORDS = ["docs", "data", "projects", "logs", "backup", "config", "main", "test",
               "tmp", "src", "build", "demo", "notes", "report", "alpha", "output"]


def natural_chunks(rng, cmd, p_glyph=0.35):
    """Per token list of chunk strings, natural style."""
    out = []
    for t in cmd.split(" "):
        chunks = spoken_token(rng, t, natural=True, p_glyph=p_glyph)
        if (len(chunks) >= 3 and re.fullmatch(r"[a-z]+", t)
                and any(len(c.replace(" ", "")) <= 3 for c in chunks)
                and rng.random() < 0.5):
            chunks = chunks + [rng.choice(["dikit lahat", "isang word", "one word lang"])]
        out.append(chunks)
    return out


def join_with_fillers(rng, token_chunks, n_fillers, banned, avoid=()):
    """Join token chunk lists with single spaces, inserting fillers between tokens."""
    n = len(token_chunks)
    spots = [k for k in range(1, n) if k not in avoid]
    slots = {}
    fillers = [f for f in FILLERS if f.rstrip(",").split()[0] not in banned]
    for _ in range(n_fillers):
        if not spots:
            break
        s = rng.choice(spots)
        slots[s] = rng.choice(fillers)
    words = []
    for k, ch in enumerate(token_chunks):
        if k in slots:
            words.append(slots[k])
        words += ch
    return " ".join(words)


def after_opener(opener, body):
    return opener + " " + (sentence_case(body) if opener.endswith(".") else body)


def frame(rng, body, cmd):
    opener = rng.choice(OPENERS)
    text = after_opener(opener, body)
    if rng.random() < 0.5:
        text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
    elif rng.random() < 0.6:
        text += "."
    return text


def cmd_words(cmd):
    return [w.lower() for w in re.findall(r"[A-Za-z]+", cmd)]


def render_natural(rng, cmd):
    pick_habits(rng, NATURAL_SYMBOL)
    tc = natural_chunks(rng, cmd)
    banned = cmd_words(cmd)
    body = join_with_fillers(rng, tc, rng.choice([1, 1, 2]), banned)
    return frame(rng, body, cmd)


def wrong_token(rng, tok):
    """A plausible wrong version of a whole token (flag or word), or None."""
    m = re.fullmatch(r"-([a-zA-Z])", tok)
    if m:
        letters = [c for c in "adefilnprstvx" if c != m.group(1).lower()]
        c = rng.choice(letters)
        return "-" + (c.upper() if m.group(1).isupper() else c)
    m = re.fullmatch(r"--([a-z]+)(-[a-z]+)*", tok)
    if m:
        opts = [o for o in ["--force", "--verbose", "--all", "--help", "--quiet", "--dry-run",
                            "--recursive", "--output"] if o != tok]
        return rng.choice(opts)
    if re.fullmatch(r"\d+", tok):
        d = str((int(tok[-1]) + rng.randint(1, 8)) % 10)
        return tok[:-1] + d
    return None


def word_positions(tok):
    """(start, end) of lower-case plain words inside a token that can be swapped."""
    res = []
    for m in re.finditer(r"[a-z]+", tok):
        w = m.group(0)
        if w in WRONG_WORDS and (m.start() == 0 or not tok[m.start() - 1].isalpha()) \
                and (m.end() == len(tok) or not tok[m.end()].isalpha()):
            res.append((m.start(), m.end()))
    return res


def insert_aside(rng, tc, k):
    """An aside before token k: between commas, or as its own sentence."""
    aside = rng.choice(ASIDES)
    prev = tc[k - 1][-1]
    if rng.random() < 0.5:
        tc[k - 1][-1] = prev.rstrip(",.") + ","
        tc[k] = [aside + ","] + tc[k]
    else:
        tc[k - 1][-1] = prev.rstrip(",.") + "."
        tc[k] = [sentence_case(aside) + "."] + [sentence_case(tc[k][0])] + tc[k][1:]


def render_chaotic(rng, cmd):
    pick_habits(rng, NATURAL_SYMBOL)
    toks = cmd.split(" ")
    banned = cmd_words(cmd)
    kinds = []
    flag_idx = [k for k, t in enumerate(toks) if k > 0 and wrong_token(random.Random(0), t)]
    word_idx = [k for k, t in enumerate(toks) if k > 0 and word_positions(t)]
    if flag_idx:
        kinds.append("flag")
    if word_idx:
        kinds.append("word")
    kinds += ["restart", "partial", "stutter"]
    kind = rng.choice(kinds)
    tc = natural_chunks(rng, cmd)
    corr = rng.choice(CORRECTIONS)
    if kind == "flag":
        k = rng.choice(flag_idx)
        wrong = wrong_token(rng, toks[k])
        wrong_chunks = spoken_token(rng, wrong, natural=True, p_glyph=0.0)
        tc[k] = wrong_chunks[:-1] + [wrong_chunks[-1] + ","] + [corr] + tc[k]
    elif kind == "word":
        k = rng.choice(word_idx)
        t = toks[k]
        s, e = rng.choice(word_positions(t))
        right = t[s:e]
        wrong = rng.choice([w for w in WRONG_WORDS if w != right and w not in banned])
        before = spoken_token(rng, t[:s], natural=True, p_glyph=0.0) if s else []
        after = spoken_token(rng, t[e:], natural=True, p_glyph=0.0) if e < len(t) else []
        said_wrong = " ".join(spoken_alpha(rng, wrong, True, False))
        said_right = " ".join(spoken_alpha(rng, right, True, False))
        tc[k] = before + [said_wrong + ",", corr, said_right] + after
    elif kind == "restart":
        n = len(toks)
        cut = rng.randint(1, max(1, min(3, n - 1)))
        prefix = [list(c) for c in natural_chunks(rng, " ".join(toks[:cut]), p_glyph=0.0)]
        # make the false start wrong in its last token when we can
        w = wrong_token(rng, toks[cut - 1]) if cut > 1 else None
        if w:
            prefix[-1] = spoken_token(rng, w, natural=True, p_glyph=0.0)
        lead = " ".join(" ".join(c) for c in prefix)
        body = join_with_fillers(rng, tc, 1, banned)
        text = after_opener(rng.choice(OPENERS), lead) + "... " + rng.choice(RESTARTS) \
            + " " + sentence_case(body)
        if rng.random() < 0.5:
            text = text.rstrip(".") + ". " + rng.choice(SIGNOFFS)
        return text
    avoid = []
    if kind == "stutter":  # stutter on a plain word
        cands = [(k, 0) for k, ch in enumerate(tc)
                 if re.fullmatch(r"[a-z]{3,}", ch[0]) and ch[0] not in ALWAYS_ESCAPE
                 and ch[0] not in PAIR_STARTERS]
        if cands:
            k, j = rng.choice(cands)
            tc[k] = tc[k][:j] + [tc[k][j] + "..."] + tc[k][j:]
        else:
            kind = "partial"
    if kind == "partial":
        n = len(toks)
        if n >= 2:
            k = rng.randint(1, n - 1)
            tc[k] = [rng.choice(PAUSES), rng.choice(RESUMES)] + tc[k]
            avoid.append(k)
        else:
            tc[0] = tc[0][:-1] + [tc[0][-1] + ","] + [rng.choice(ASIDES) + "."]
    # an aside now and then between tokens
    free = [k for k in range(1, len(toks)) if k not in avoid]
    if free and rng.random() < 0.45:
        k = rng.choice(free)
        insert_aside(rng, tc, k)
        avoid.append(k)
    body = join_with_fillers(rng, tc, rng.choice([1, 2, 2]), banned, avoid)
    return frame(rng, body, cmd)


# ---------------------------------------------------------------------------
# Selection and main
# ---------------------------------------------------------------------------

def allowed(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip() or not cmd:
        return False
    words = clean_words(cmd)
    return words is not None and len(words) <= 48


def load_pool():
    pool = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 != 0:
                continue
            d = json.loads(line)
            if allowed(d["command"]):
                pool.append(d["command"])
    return pool


def select(rng, pool):
    order = list(pool)
    rng.shuffle(order)
    seen = []
    seen_set = set()
    first = {}
    for c in order:
        fw = c.split()[0]
        if c in seen_set or first.get(fw, 0) >= 2:
            continue
        seen.append(c)
        seen_set.add(c)
        first[fw] = first.get(fw, 0) + 1
        if len(seen) == PER_SLICE * len(SLICES):
            break
    assert len(seen) == PER_SLICE * len(SLICES), len(seen)
    return seen


def main():
    rng = random.Random(112)
    pool = load_pool()
    chosen = select(rng, pool)
    rows = []
    for si, sl in enumerate(SLICES):
        for cmd in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if sl == "clean":
                inp = " ".join(clean_words(cmd, rng))
                assert decode(inp) == cmd, (inp, cmd)
            elif sl == "fuzzy":
                inp = render_fuzzy(rng, cmd)
            elif sl == "natural":
                inp = render_natural(rng, cmd)
            else:
                inp = render_chaotic(rng, cmd)
            rows.append({"input": inp, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "lines to", OUT)


if __name__ == "__main__":
    main()
