#!/usr/bin/env python3
r"""Author 90: a dictation test set for the voice-to-bash reader, written apart
from the team that builds the reader.

Writes assets/training/bash/author90.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <exact command>,
     "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author90"}
100 lines per slice, in that order.  Run:  python3 tests/bench/ninetieth_author.py
Standard library only.  A single random.Random(90) is used in a fixed order
(shuffle the clean pool, shuffle the pages pool, then the fuzzy, natural and
chaotic renderings line by line), and no set is ever iterated, so reruns are
byte-identical.

SOURCE AND CREDIT
  Every command comes from tldr-pages (https://github.com/tldr-pages/tldr),
  CC BY 4.0, as it is stored in this repository:
    clean:                    assets/training/bash/platforms_dev54_commands.jsonl,
                              0-based lines n with n % 2 == 0
    fuzzy, natural, chaotic:  assets/training/bash/pages_dev53_commands.jsonl,
                              0-based lines n with n % 4 == 0
  Skipped: non-ASCII, tabs, double spaces, over 64 characters, over 48 words
  in the clean rendering.  At most two commands per first word over all 400,
  all 400 distinct, chosen by the seeded generator; command text is kept
  exactly as in the pool.

===========================================================================
STYLE GUIDE
===========================================================================

1. THE SPEAKER
  Iara Menezes, 31, iOS developer at a fintech in Porto Digital, Recife
  Antigo.  MacBook Pro, zsh, Homebrew, Xcode all day.  She dictates since a
  tendinitis in her right wrist after a release crunch.  Her English comes
  from WWDC talks, podcasts and calls with American colleagues, so she says
  "dash", "slash", "eighty eighty" like them, but Portuguese leaks in when
  she relaxes: Recife fillers ("pronto", "oxe", "visse"), Brazilian ones
  ("tipo", "né", "então", "é..."), and every correction is in Portuguese
  first.  Her cat Tapioca walks on the keyboard; the coffee runs out; it
  rains; Xcode freezes.  None of that is ever part of a command.

2. THE CLEAN PROTOCOL, AS IARA USES IT
  A command is said word by word; between two command words she says
  "space".  Inside one command word everything she says is glued together
  with nothing in between: "main dot p y" is main.py, "x auth" is xauth,
  "set destination" is setdestination, "base sixty four" is base64.

  2.1 Symbols.  One name per symbol, always the same:
      -  dash           .  dot            /  slash         \  backslash
      |  pipe           *  star           !  bang          #  hash
      ~  tilde          @  at             $  dollar        %  percent
      ^  caret          &  ampersand      =  equals        +  plus
      :  colon          ;  semicolon      _  underscore    ,  comma
      "  quote          '  single quote   `  backtick      ?  question mark
      ( )  open paren / close paren       { }  open brace / close brace
      [ ]  open bracket / close bracket   <  less than
      >  redirect (always "redirect", even inside a word; never "greater than")
      >> append         && and and        || pipe pipe     -- dash dash
      2> is just "two redirect", 2>&1 "two redirect ampersand one",
      ..  "dot dot".
  2.2 Numbers, "phone-and-port style" (from her US colleagues):
      - 0..99 as one English number: five, twelve, twenty, forty two.
      - three digits: d00 -> "five hundred"; middle 0 -> digit by digit
        ("four zero four"); otherwise first digit + a two-digit number:
        443 "four forty three", 127 "one twenty seven", 512 "five twelve".
      - four digits: d000 -> "three thousand"; dd00 -> "fifteen hundred";
        otherwise two pairs: 8080 "eighty eighty", 4321 "forty three twenty
        one", 2048 "twenty forty eight"; a second pair starting with 0 is
        "zero" + digit: 3306 "thirty three zero six".
      - five or more: nn000 -> "ten thousand", else digit by digit.
      - a leading zero means digit by digit ("zero zero seven").
      - decimals, versions and IPs use "dot": "three dot eleven",
        "one ninety two dot one sixty eight dot one dot ten".
      Listener rule: number words in a row make one digit string; a tens word
      followed by one..nine is that two-digit number (forty two -> 42),
      everything else is written out and concatenated (two eighty -> 280,
      eighty eighty -> 8080, twenty zero one -> 2001); "hundred" appends 00
      and "thousand" appends 000 to what came before.
  2.3 Letters and words.  Lower case is the default.  She says a stretch of
      letters as a word when it is a real word or easy to pronounce (sudo,
      grep, config, yaml, lodash, numpy), and spells it letter by letter when
      it is not (s r c, t m p, p n g, s s h d, n g i n x).  Acronyms she
      always spells even when they could be pronounced: adb, api, aws, exe,
      iso, img, pid, uuid, ssh, tty, inf, ...  Long tool names are said in
      sayable parts with spelled bits where needed: "m k temp" (mktemp),
      "c h pass" (chpass), "g p update" (gpupdate), "p n m shear", "x auth",
      "up time", "spin dump"; whoami is one word to her.
      "json" is "j son".  A careful transcript writes a spelled letter as
      the single lower-case letter.
  2.4 Casing.
      capital X        -> next word or letter gets a capital first letter:
                          "capital r" R, "capital get" Get
      all caps X       -> next word upper-cased ("all caps readme" README);
                          before spelled letters it upper-cases the whole
                          run of single letters ("all caps a p i" API)
      camel case a b   -> aB      pascal case a b -> AB
      snake case a b   -> a_b     screaming case a b -> A_B
      kebab case a b c -> a-b-c
      A case run takes every plain word that follows until the next protocol
      word or "space".  She only uses a run when every part is a word she
      says whole: pascal/camel for two or more parts (MinimumVersion,
      skipTests), snake/screaming for two or more, kebab only for three or
      more (alpha-test-foo); two-word hyphenations are said with dash
      ("dry dash run").  Otherwise: "capital app x capital package"
      (AppxPackage), "a p i underscore key".
  2.5 Collisions: "literal".  A word that a listener could take for protocol
      is said "literal <word>": every protocol word she uses, every synonym
      the protocol allows (minus, hyphen, period, point, forward, asterisk,
      sign, curly, angle, double, equal, greater, ...), all number words and
      their sound-alikes (to, too, for, won, ate, free, tree), and words that
      sound like a spelled letter (are, be, see, you, why, eye, oh, tea, en,
      ...).  So: "literal open" (open), "literal all", "literal for",
      "all caps literal free" (FREE), "literal en", "capital literal at" (At),
      "literal literal" (literal).
  2.6 Clean transcript: lower case, no punctuation, only the command.
      decode() below is the listener for exactly this protocol and every
      clean line is asserted to decode to its command.

3. NATURAL-SPEECH HABITS (natural and chaotic)
  - No "space": spacing must be inferred from the command's shape.
  - Openers: "Então,", "Pronto,", "Bora,", "Ok, tipo,", "Oxe, ok,", "So,",
    often followed by a frame: "run", "type", "the command is", "I need",
    "let's do", "put", "write".
  - Sign-offs (about half): "And enter.", "Valeu.", "Pronto.", "visse?",
    "Beleza, enter.", "né? Enter.".
  - Fillers between command words: tipo, eh / é..., uh, né, hmm.
  - Looser symbol names: minus and hyphen for dash, period and point for
    dot, forward slash, asterisk, at sign, dollar sign, equal(s) sign,
    greater than for redirect, double greater than for append, double dash.
  - A collision word is said bare when context makes it clear (open, all,
    for, en) and "the word dash" style only for symbol/number/case words.
  - Portuguese letter names slip out for two letters: y = "ípsilon",
    h = "agá".
  - Casing words stay: "capital", "all caps", the case-run names.

4. CORRECTIONS AND TROUBLE (chaotic), in Iara's words
  - Word scope: "<wrong>, quer dizer, <right>" (also "I mean"): the words
    after the phrase replace the last word before it
    ("dash n six, quer dizer, eight" -> -n 8).
  - Flag scope: "<wrong flag>, não, não, é <right flag>" (also "não, é"):
    the whole flag is replaced ("dash M, não, não, é dash L" -> -l).
  - Whole command: "<attempt>, opa, errei. De novo: <command>",
    "esquece, esquece. Começa de novo:", "ai, errei tudo, de novo:",
    "não, apaga tudo. De novo:" -> drop everything before the phrase.
  - Partial answer: she trails off ("peraí...", "hmm, como é que é...",
    "é... esqueci o resto...") and restarts with "Pronto:", "Ah, lembrei:",
    "Ok, de novo:", "Isso:" -> only the restarted command counts.
  - Restart stutter: the first word said twice with "..." ("croc... croc").
  - Asides between words, closed by "enfim,": "ai, o café acabou", "a
    Tapioca subiu no teclado, sai Tapioca", "esse Xcode travou outra vez",
    "tá chovendo muito aqui em Recife", "sorry, notificação do Slack",
    "meu Deus, essa internet", "oxe, o ar condicionado desligou".
  Every chaotic line has at least one correction or restart; the command is
  always recoverable.

5. WHISPER'S HABITS (fuzzy, natural, chaotic)
  - Sentence case and punctuation: first letter capital, commas and
    periods dropped in ("space, ", ". Space "), often a final period.
    Whisper's capitals carry no meaning; only "capital" / "all caps" do.
  - Numerals: "forty two" -> 42, "eighty eighty" -> 8080 or "80 80",
    "one twenty seven" -> 127 or "1 27", "three thousand" -> 3000 or 3,000
    (that comma is Whisper's, not a spoken comma); small numbers stay words
    about half the time.  Homophones: "two redirect" -> "to redirect",
    "four" -> "for".
  - Spelled letters: "SRC", "S R C", "S-R-C" or "s r c"; single letters
    mostly upper case; sound-alikes: why (y), you (u), see (c), are (r),
    eye (i), oh (o), be (b), tea (t).
  - Glued / split words: "dash-dash", "back slash", "under score",
    "semi-colon", "back tick", "all-caps", "allcaps", "camelCase",
    "PascalCase", "kebab-case"; sayable parts of a word are often glued back
    ("uptime", "setdestination").  In natural and chaotic it writes file
    names, domains, versions and IPs the way it knows them: "main.py",
    "example.com", "10.0.0.5".
  - Homophones and proper nouns: tilda (tilde), carrot (caret), open parent
    (paren), pseudo (sudo), said (sed), tale (tail), who am I (whoami),
    Python, Docker, Flask, NumPy, Ubuntu, YAML, README.
  - Portuguese is written with or without accents: então/Entao,
    não/nao, quer dizer/kedizer, visse/Vissi, peraí/pera aí.

6. THE FOUR SLICES
  clean   - section 2 exactly: careful transcript, lower case, no
            punctuation, "space" between words, nothing but the command.
  fuzzy   - the same protocol (still "space" between words, same
            "literal"/"capital" words) as Whisper writes it (section 5), with
            her symbol synonyms; no framing, no fillers.
  natural - section 3 through Whisper: opener, maybe a sign-off, fillers,
            loose symbol names, numerals, no "space".
  chaotic - natural plus section 4 trouble.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL_CLEAN = os.path.join(ROOT, "assets", "training", "bash", "platforms_dev54_commands.jsonl")
POOL_REST = os.path.join(ROOT, "assets", "training", "bash", "pages_dev53_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author90.jsonl")
AUTHOR = "author90"
SEED = 90
PER_SLICE = 100
MAX_CHARS = 64
MAX_SPOKEN = 48
MAX_PER_FIRST_WORD = 2

# --------------------------------------------------------------------------
# Vocabulary of the clean protocol
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUM_VALUE = {w: i for i, w in enumerate(UNITS)}
NUM_VALUE.update({w: 10 + i for i, w in enumerate(TEENS)})
TENS_VALUE = {w: 10 * i for i, w in enumerate(TENS) if w}
NUMWORDS = set(NUM_VALUE) | set(TENS_VALUE) | {"hundred", "thousand"}

# Iara's one name per symbol (clean protocol).
SYM_NAME = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren", ")": "close paren",
    "{": "open brace", "}": "close brace", "[": "open bracket", "]": "close bracket",
    "<": "less than", ">": "redirect", ">>": "append", "&&": "and and",
    "||": "pipe pipe", "--": "dash dash",
}
SYM1 = {n: s for s, n in SYM_NAME.items() if " " not in n}
SYM2 = {n: s for s, n in SYM_NAME.items() if " " in n and s not in ("||", "--")}
CASE_STYLES = ["camel", "snake", "pascal", "kebab", "screaming"]

# Words that, said bare, a listener who knows the protocol would hear as
# protocol: Iara's own words, every synonym the protocol allows, and words
# that sound exactly like a digit or a spelled letter.  Meant literally they
# are said "literal <word>".
ESCAPE = set("""
space literal capital all caps camel snake pascal kebab screaming case
dash dot slash backslash pipe star bang hash tilde at dollar percent caret
ampersand and equals plus colon semicolon underscore comma quote single
backtick question mark open close paren brace bracket less than greater
redirect append minus hyphen period point forward asterisk sign curly angle
double equal two to too for fore won ate tree free carrot tilda coma capitol
are be bee see sea you why eye oh owe pea pee tea tee queue cue ex jay kay
dee gee aye el em en ess vee zee zed ay
""".split()) | NUMWORDS


# --------------------------------------------------------------------------
# Decoder: the listener for the clean protocol
# --------------------------------------------------------------------------

def _plain(tok):
    return tok.isalpha() and tok.islower() and tok not in ESCAPE


def _number(toks, i):
    out = ""
    while i < len(toks) and toks[i] in NUMWORDS:
        t = toks[i]
        if t in TENS_VALUE:
            if i + 1 < len(toks) and toks[i + 1] in NUM_VALUE and 1 <= NUM_VALUE[toks[i + 1]] <= 9:
                out += str(TENS_VALUE[t] + NUM_VALUE[toks[i + 1]])
                i += 2
                continue
            out += str(TENS_VALUE[t])
        elif t == "hundred":
            if not out:
                raise ValueError("hundred without a number")
            out += "00"
        elif t == "thousand":
            if not out:
                raise ValueError("thousand without a number")
            out += "000"
        else:
            out += str(NUM_VALUE[t])
        i += 1
    return out, i


def _one_word(toks, i):
    """A single spoken word: 'literal X' or a plain token."""
    if toks[i] == "literal":
        return toks[i + 1], i + 2
    if not _plain(toks[i]):
        raise ValueError(f"expected a word, got {toks[i]!r}")
    return toks[i], i + 1


def decode(text):
    """Rebuild the command from a clean-slice transcript."""
    toks = text.split(" ")
    words = [""]
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "space":
            words.append("")
            i += 1
        elif t == "literal":
            words[-1] += nxt
            i += 2
        elif t == "capital":
            w, i = _one_word(toks, i + 1)
            words[-1] += w[0].upper() + w[1:]
        elif t == "all" and nxt == "caps":
            i += 2
            if toks[i] == "literal" or len(toks[i]) > 1:
                w, i = _one_word(toks, i)
                words[-1] += w.upper()
            else:
                while i < len(toks) and len(toks[i]) == 1 and _plain(toks[i]):
                    words[-1] += toks[i].upper()
                    i += 1
        elif t in CASE_STYLES and nxt == "case":
            i += 2
            parts = []
            while i < len(toks) and _plain(toks[i]):
                parts.append(toks[i])
                i += 1
            if len(parts) < 2:
                raise ValueError("case run needs two words")
            if t == "camel":
                words[-1] += parts[0] + "".join(p.capitalize() for p in parts[1:])
            elif t == "pascal":
                words[-1] += "".join(p.capitalize() for p in parts)
            elif t == "snake":
                words[-1] += "_".join(parts)
            elif t == "kebab":
                words[-1] += "-".join(parts)
            else:
                words[-1] += "_".join(parts).upper()
        elif nxt is not None and t + " " + nxt in SYM2:
            words[-1] += SYM2[t + " " + nxt]
            i += 2
        elif t in SYM1:
            words[-1] += SYM1[t]
            i += 1
        elif t in NUMWORDS:
            digits, i = _number(toks, i)
            words[-1] += digits
        elif _plain(t):
            words[-1] += t
            i += 1
        else:
            raise ValueError(f"cannot place {t!r}")
    return " ".join(words)


# --------------------------------------------------------------------------
# Encoder: how Iara says a command in the clean protocol
# --------------------------------------------------------------------------

def two_digit_words(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    t, u = divmod(n, 10)
    return [TENS[t]] + ([UNITS[u]] if u else [])


def say_number(s):
    """Iara's number habit ('phone-and-port style')."""
    digits = [UNITS[int(c)] for c in s]
    if len(s) > 1 and s[0] == "0":
        return digits
    n = int(s)
    if len(s) <= 2:
        return two_digit_words(n)
    if len(s) == 3:
        if n % 100 == 0:
            return [UNITS[n // 100], "hundred"]
        if s[1] == "0":
            return digits
        return [UNITS[n // 100]] + two_digit_words(n % 100)
    if len(s) == 4:
        if n % 1000 == 0:
            return two_digit_words(n // 1000) + ["thousand"]
        if n % 100 == 0:
            return two_digit_words(n // 100) + ["hundred"]
        hi, lo = divmod(n, 100)
        if s[2] == "0":
            return two_digit_words(hi) + ["zero", UNITS[lo]]
        return two_digit_words(hi) + two_digit_words(lo)
    if n % 1000 == 0 and n // 1000 < 100:
        return two_digit_words(n // 1000) + ["thousand"]
    return digits


SAY2 = ["go", "up", "do", "no", "so", "in", "on", "of", "is", "it", "me", "my",
        "by", "or", "if", "an", "as", "we", "us", "hi", "am"]
ONSETS = set("""b c d f g h j k l m n p r s t v w y z qu bl br ch cl cr dr fl fr
gl gr kl kn kr ph pl pr sc sch scr sh shr sk sl sm sn sp spl spr st str sw th
thr tr tw wh wr""".split())
FINAL2 = set("""mp nk ng nd nt ft lt lf lk lm ln lp rb rc rd rf rg rk rl rm rn
rp rt sk sp st ck ch sh th ph gh ll ss ff zz tt pt ct xt ks ps ts ds ms ns ls
rs gs bs ws ys nc wn wl wk lv rv rz nz cs mb dd gg bb pp mm nn rr
ld nf lc""".split())
FINAL3 = set("""nch tch rst nds nts rts cks ngs rch rds rks lds mps nks ght sts
lts rms rns rls lls ffs pts sks sps xts rth nth cts""".split())
# Acronyms and stems she always spells even though they look sayable.
SPELL_ALWAYS = set("""adb api avd usb oem ios sdk cli gui tty uuid ascii eth ec
ssh asr dpd tcc tdf ppid pid ospp iewzd inf cret ghc gpg nvm npm pnpm nc
dll exe img iso vm aws""".split())
# Fixed spoken forms for a handful of strings the general rule gets wrong.
SAY_AS = {
    "apikey": [("spell", "api"), ("say", "key")],
    "yaml": [("say", "yaml")],
    "json": [("spell", "j"), ("say", "son")],
    "yml": [("spell", "yml")],
}
# Whole words and stems she says as words; a split into two of these beats
# saying an unknown string.
KNOWN = set("""up am go do no so in on of is it me my by or if an as we us hi
add admin age alias alpha alpine app apple apply archive arg args assembly
auth available back backend backup base bin binary block body book boot box
branch bridge brew bucket build bundle bytes cache cal call cap capture cat
change channel chat check checkout clean clear clip clock cloud code color
column command comments commit compile compute config connect container
content convert copy create cron custom cut data database date debug decode
default delete demo deploy desktop destination detail device diff dir disable
disk display docs domain done down download drive driver dry dump edit effect
enable encode entry error event example exit export express extract false
feature fetch file files filter find finger fix flag flash flask force fork
format from full function get git group hash head height hello help hide
history hold home host hub icon image images import index info init input
insert install item key keys kill label last latest launch level library line
link list live load local locale log login logoff logs look loop machine
machines main make manager map mark master max merge message mode model
module monitor more mount move name names net network new node notes notify
number object off open output owner pack package page pass password patch
path pause photo pin ping point policy pool port post power preview print
private process profile program project projects prompt proxy pull push query
quiet random range rate raw read record refresh release remote remove rename
repo report request require reset restart restore root rule run safe scan
screen script search secret secrets send server service session set setup
share shell show signal size skip slides snapshot sort source split stack
start stat state status stop storage store string strip style sum switch sync
system tag tail tar target task temp template term test tests text theme time
timeout tool tools top trash tree true tune type undo unit unzip update
upgrade upload user users util value version view wait wall warning watch web
website what who whoami width window with word work worker world write year
virtual chart spin mac dos lan find yaml extend enter ram use cloud grab
recon rabbit bun doc contact flare talos resolve modify rust ocaml scala""".split())
KNOWN -= ESCAPE
VOWELS = "aeiou"


def sayable(w):
    """Does Iara say this lower-case string as one word (instead of spelling)?"""
    if w in SPELL_ALWAYS or w in ESCAPE:
        return False
    if w in KNOWN:
        return True
    if len(w) < 3:
        return w in SAY2
    if "q" in w.replace("qu", ""):
        return False
    kinds = "".join("v" if ((c in VOWELS and not (c == "u" and i > 0 and w[i - 1] == "q"))
                            or (c == "y" and i > 0)) else "c" for i, c in enumerate(w))
    if "v" not in kinds:
        return False
    clusters = [(m.group()[0], m.start(), m.end()) for m in re.finditer(r"v+|c+", kinds)]
    for kind, a, b in clusters:
        part = w[a:b]
        if kind == "v":
            if b - a > 2:
                return False
            continue
        if a == 0:
            if part not in ONSETS:
                return False
        elif b == len(w):
            if len(part) == 2 and part not in FINAL2:
                return False
            if len(part) == 3 and part not in FINAL3:
                return False
            if len(part) > 3:
                return False
        else:
            if len(part) > 3 or len(set(part)) < len(part) - 1:
                return False
    return True


def is_known(piece):
    if piece in KNOWN:
        return True
    for suf in ("s", "es", "ed", "ing", "er", "ers"):
        if piece.endswith(suf) and len(piece) - len(suf) >= 3 and piece[:-len(suf)] in KNOWN:
            return True
    return False


def split_lower(w):
    """Best way to say a lower-case letter string: pieces ('say', text) or
    ('spell', letters).  Costs: a known word (3+ letters) 0.3, each spelled
    letter 1.0, a two-letter word 0.9, another sayable chunk 1.5.  A short
    word or an unknown chunk must end the string or be followed by a known
    word ('g p update', 'gould top p m'), so nothing like 'att r' is said."""
    if w in SAY_AS:
        return list(SAY_AS[w])
    if w in SPELL_ALWAYS:
        return [("spell", w)]
    n = len(w)
    best = {(0, False): (0.0, [])}
    for i in range(n):
        for need in (False, True):
            if (i, need) not in best:
                continue
            cost, pieces = best[(i, need)]
            options = []
            if not need:
                options.append((i + 1, 1.0, ("spell", w[i]), False))
            for j in range(i + 2, n + 1):
                piece = w[i:j]
                if piece in ESCAPE or piece in SPELL_ALWAYS:
                    continue
                if j - i >= 3 and is_known(piece):
                    options.append((j, 0.3, ("say", piece), False))
                elif need:
                    continue
                elif j - i == 2 and piece in SAY2:
                    options.append((j, 0.9, ("say", piece), True))
                elif j - i >= 3 and sayable(piece):
                    options.append((j, 1.5, ("say", piece), True))
            for j, c, p, nneed in options:
                if nneed and j == n:
                    nneed = False
                cand = (cost + c, pieces + [p])
                key = (j, nneed)
                if key not in best or cand[0] < best[key][0] - 1e-9:
                    best[key] = cand
    chosen = best[(n, False)][1]
    if (sayable(w) or is_known(w)) and any(k == "spell" for k, _ in chosen):
        return [("say", w)]
    merged = []
    for kind, text in chosen:
        if merged and kind == "spell" and merged[-1][0] == "spell":
            merged[-1] = ("spell", merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


def W(pieces):
    return {"k": "w", "pieces": pieces, "v": "".join(t for _, t in pieces)}


def unit_words(u):
    """Clean-protocol words for one unit."""
    k = u["k"]
    if k == "sym":
        return SYM_NAME[u["s"]].split()
    if k == "num":
        return say_number(u["v"])
    if k == "w":
        out = []
        for kind, text in u["pieces"]:
            out.extend([text] if kind == "say" else list(text))
        return out
    if k == "lit":
        return ["literal", u["v"]]
    if k == "cap":
        return ["capital"] + unit_words(u["inner"])
    if k == "caps":
        return ["all", "caps"] + unit_words(u["inner"])
    if k == "run":
        return [u["style"], "case"] + u["parts"]
    raise ValueError(k)


def lower_unit(w):
    if w in ESCAPE:
        return {"k": "lit", "v": w}
    return W(split_lower(w))


def alpha_units(seg):
    """Units for a maximal run of letters (camelCase aware)."""
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", seg)
    low = [p.lower() for p in parts]
    if len(parts) >= 2 and all(len(p) >= 2 and sayable(lw)
                               for p, lw in zip(parts, low, strict=False)):
        if all(p[0].isupper() and p[1:].islower() for p in parts):
            return [{"k": "run", "style": "pascal", "parts": low, "v": seg}]
        if parts[0].islower() and all(p[0].isupper() and p[1:].islower() for p in parts[1:]):
            return [{"k": "run", "style": "camel", "parts": low, "v": seg}]
    units = []
    for p, lw in zip(parts, low, strict=False):
        if p.islower():
            units.append(lower_unit(lw))
        elif len(p) == 1:
            units.append({"k": "cap", "inner": W([("spell", lw)]), "v": p})
        elif p.isupper():
            if lw in ESCAPE:
                inner = {"k": "lit", "v": lw}
            elif sayable(lw):
                inner = W([("say", lw)])
            else:
                inner = W([("spell", lw)])
            units.append({"k": "caps", "inner": inner, "v": p})
        else:
            units.append({"k": "cap", "inner": lower_unit(lw), "v": p})
    return units


RUN_RE = re.compile(r"[a-z]+(?:_[a-z]+)+|[a-z]+(?:-[a-z]+){2,}|[A-Z]+(?:_[A-Z]+)+")
SEG_RE = re.compile(r">>|&&|\|\||--|[A-Za-z]+|[0-9]+|.")


def run_ok(words):
    return all((len(x) == 1 or sayable(x)) and x not in ESCAPE and x not in SPELL_ALWAYS
               for x in words)


def fallback_units(tok):
    units = []
    for m in re.finditer(r"[0-9]+|.", tok):
        s = m.group()
        if s.isdigit():
            units.append({"k": "num", "v": s})
        elif s.isalpha():
            if s.isupper():
                units.append({"k": "cap", "inner": W([("spell", s.lower())]), "v": s})
            else:
                units.append(W([("spell", s)]))
        else:
            units.append({"k": "sym", "s": s, "v": s})
    return units


def clean_chunk(units):
    return " ".join(w for u in units for w in unit_words(u))


def encode_token(tok):
    units = []
    pos = 0
    while pos < len(tok):
        m = RUN_RE.match(tok, pos)
        if m and (pos == 0 or not tok[pos - 1].isalpha()):
            text = m.group()
            if "_" in text:
                words = text.lower().split("_")
                style = "screaming" if text.isupper() else "snake"
            else:
                words = text.split("-")
                style = "kebab"
            if run_ok(words):
                units.append({"k": "run", "style": style, "parts": words, "v": text})
                pos = m.end()
                continue
        m = SEG_RE.match(tok, pos)
        seg = m.group()
        pos = m.end()
        if seg.isalpha():
            units.extend(alpha_units(seg))
        elif seg.isdigit():
            units.append({"k": "num", "v": seg})
        else:
            units.append({"k": "sym", "s": seg, "v": seg})
    try:
        ok = decode(clean_chunk(units)) == tok
    except (ValueError, IndexError, KeyError):
        ok = False
    if not ok:
        units = fallback_units(tok)
        assert decode(clean_chunk(units)) == tok, tok
    return units


def encode(command):
    return [encode_token(t) for t in command.split(" ")]


def clean_text(chunks):
    return " space ".join(clean_chunk(c) for c in chunks)


# --------------------------------------------------------------------------
# Choosing commands
# --------------------------------------------------------------------------

def load_pool(path, modulus):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % modulus == 0:
                out.append(json.loads(line)["command"])
    return out


def dictatable(cmd):
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd:
        return False
    if len(cmd) > MAX_CHARS or cmd != cmd.strip() or any(ord(c) < 32 for c in cmd):
        return False
    return len(clean_text(encode(cmd)).split()) <= MAX_SPOKEN


def choose(rng, pool, count, used, per_first):
    order = [c for c in pool if dictatable(c)]
    rng.shuffle(order)
    picked = []
    for c in order:
        if len(picked) == count:
            break
        first = c.split(" ")[0]
        if c in used or per_first.get(first, 0) >= MAX_PER_FIRST_WORD:
            continue
        used.add(c)
        per_first[first] = per_first.get(first, 0) + 1
        picked.append(c)
    assert len(picked) == count, (len(picked), count)
    return picked


# --------------------------------------------------------------------------
# Whisper: how the loose slices come out on the page
# --------------------------------------------------------------------------

def chance(rng, p):
    return rng.random() < p


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


# Symbol names Iara uses when she is not being careful (fuzzy, natural).
SYM_LOOSE = {
    "-": [("dash", 6), ("minus", 2), ("hyphen", 2)],
    "--": [("dash dash", 6), ("double dash", 4)],
    ".": [("dot", 6), ("period", 3), ("point", 1)],
    "/": [("slash", 7), ("forward slash", 3)],
    "*": [("star", 6), ("asterisk", 4)],
    "@": [("at", 6), ("at sign", 4)],
    "$": [("dollar", 6), ("dollar sign", 4)],
    "=": [("equals", 6), ("equal sign", 2), ("equals sign", 2)],
    ">": [("redirect", 6), ("greater than", 4)],
    ">>": [("append", 6), ("double greater than", 4)],
}
# How Whisper spells the symbol names it hears.
WHISPER_SYM = {
    "backslash": [("backslash", 6), ("back slash", 4)],
    "underscore": [("underscore", 6), ("under score", 3), ("Underscore", 1)],
    "semicolon": [("semicolon", 5), ("semi-colon", 3), ("semi colon", 2)],
    "backtick": [("backtick", 4), ("back tick", 4), ("back-tick", 2)],
    "tilde": [("tilde", 5), ("tilda", 4), ("Tilde", 1)],
    "caret": [("caret", 5), ("carrot", 5)],
    "dash dash": [("dash dash", 5), ("dash-dash", 4), ("dash, dash", 1)],
    "and and": [("and and", 7), ("and, and", 3)],
    "pipe pipe": [("pipe pipe", 7), ("pipe, pipe", 3)],
    "pipe": [("pipe", 8), ("Pipe", 2)],
    "hash": [("hash", 8), ("Hash", 2)],
    "colon": [("colon", 8), ("Colon", 2)],
    "dot": [("dot", 9), ("Dot", 1)],
    "open paren": [("open paren", 7), ("open parent", 3)],
    "close paren": [("close paren", 7), ("close parent", 3)],
    "ampersand": [("ampersand", 9), ("Ampersand", 1)],
}
WHISPER_WORDS = {
    "sudo": [("sudo", 7), ("pseudo", 3)],
    "sed": [("sed", 6), ("said", 4)],
    "cal": [("cal", 6), ("Cal", 4)],
    "yaml": [("YAML", 6), ("yaml", 3), ("Yamel", 1)],
    "whoami": [("whoami", 5), ("who am I", 5)],
    "python": [("Python", 1)],
    "docker": [("Docker", 1)],
    "flask": [("Flask", 6), ("flask", 4)],
    "ubuntu": [("Ubuntu", 1)],
    "numpy": [("NumPy", 6), ("numpy", 4)],
    "git": [("git", 7), ("Git", 3)],
    "grep": [("grep", 7), ("Grep", 3)],
    "tail": [("tail", 8), ("tale", 2)],
    "choco": [("choco", 6), ("Choco", 3), ("chocco", 1)],
    "curl": [("curl", 7), ("Curl", 3)],
    "vim": [("vim", 6), ("Vim", 4)],
    "alice": [("Alice", 1)],
    "bob": [("Bob", 1)],
    "rome": [("Rome", 1)],
    "postgres": [("Postgres", 6), ("postgres", 4)],
    "kubernetes": [("Kubernetes", 1)],
    "ansible": [("Ansible", 1)],
    "express": [("express", 6), ("Express", 4)],
    "apple": [("apple", 7), ("Apple", 3)],
    "hello": [("hello", 6), ("Hello", 4)],
    "windows": [("Windows", 1)],
    "linux": [("Linux", 1)],
    "github": [("GitHub", 1)],
    "readme": [("README", 5), ("readme", 3), ("read me", 2)],
    "config": [("config", 8), ("Config", 2)],
    "powershell": [("PowerShell", 1)],
    "kaggle": [("Kaggle", 1)],
    "cargo": [("cargo", 7), ("Cargo", 3)],
    "brew": [("brew", 1)],
    "lodash": [("Lodash", 5), ("lodash", 5)],
}
LETTER_HOMOPHONE = {"y": "why", "u": "you", "c": "see", "r": "are", "i": "eye",
                    "o": "oh", "b": "be", "t": "tea"}
# Portuguese letter names that slip out when she is relaxed.
LETTER_LEAK = {"y": [("ípsilon", 6), ("ipsilon", 4)], "h": [("agá", 6), ("aga", 4)]}
# In loose speech an escaped word is said bare unless it is a symbol,
# number or case word; those become "the word <x>".
NEED_WORD = (set(SYM1) | NUMWORDS | {"minus", "hyphen", "period", "point", "asterisk",
                                     "space", "literal", "capital", "caps", "redirect",
                                     "append", "camel", "snake", "pascal", "kebab",
                                     "screaming"})


def whisper_word(rng, w):
    if w in WHISPER_WORDS:
        return wpick(rng, WHISPER_WORDS[w])
    return w


def letters_text(rng, letters, mode):
    if len(letters) == 1:
        if mode != "fuzzy" and letters in LETTER_LEAK and chance(rng, 0.35):
            return wpick(rng, LETTER_LEAK[letters])
        if letters in LETTER_HOMOPHONE and chance(rng, 0.12):
            return LETTER_HOMOPHONE[letters]
        return letters.upper() if chance(rng, 0.65) else letters
    style = wpick(rng, [("glued", 35), ("spaced", 25), ("hyphen", 15), ("lower", 25)])
    if style == "glued":
        return letters.upper()
    if style == "spaced":
        return " ".join(letters.upper())
    if style == "hyphen":
        return "-".join(letters.upper())
    return " ".join(letters)


def number_groups(words):
    groups = []
    i = 0
    while i < len(words):
        t = words[i]
        if t in TENS_VALUE and i + 1 < len(words) and words[i + 1] in NUM_VALUE \
                and 1 <= NUM_VALUE[words[i + 1]] <= 9:
            groups.append(str(TENS_VALUE[t] + NUM_VALUE[words[i + 1]]))
            i += 2
            continue
        if t == "hundred":
            groups[-1] += "00"
        elif t == "thousand":
            groups[-1] += "000"
        elif t in TENS_VALUE:
            groups.append(str(TENS_VALUE[t]))
        else:
            groups.append(str(NUM_VALUE[t]))
        i += 1
    return groups


def number_text(rng, digits, mode, before_redirect=False):
    words = say_number(digits)
    if digits == "2" and before_redirect and chance(rng, 0.3):
        return "to"
    if digits == "4" and chance(rng, 0.12):
        return "for"
    numeral = digits
    if len(digits) >= 4 and digits[0] != "0" and digits.endswith("000") and chance(rng, 0.4):
        numeral = f"{int(digits):,}"
    if len(words) == 1:
        p_num = 0.55 if mode == "fuzzy" else 0.6
        return numeral if chance(rng, p_num) else words[0]
    groups = number_groups(words)
    if mode == "fuzzy":
        form = wpick(rng, [("numeral", 5), ("spaced", 2), ("words", 3)])
    else:
        form = wpick(rng, [("numeral", 8), ("spaced", 1), ("words", 1)])
    if form == "numeral" or len(groups) == 1 and form == "spaced":
        return numeral
    if form == "spaced":
        return " ".join(groups)
    return " ".join(words)


def sym_text(rng, s, mode):
    if s in SYM_LOOSE:
        name = wpick(rng, SYM_LOOSE[s])
        if mode == "natural" and s == "-" and chance(rng, 0.15):
            name = "minus"
    else:
        name = SYM_NAME[s]
    if name in WHISPER_SYM:
        name = wpick(rng, WHISPER_SYM[name])
    return name


def w_text(rng, u, mode):
    pieces = u["pieces"]
    if len(pieces) >= 2 and all(k == "say" for k, _ in pieces) and \
            chance(rng, 0.3 if mode == "fuzzy" else 0.5):
        return whisper_word(rng, u["v"])
    out = []
    for kind, text in pieces:
        out.append(whisper_word(rng, text) if kind == "say" else letters_text(rng, text, mode))
    return " ".join(out)


def unit_text(rng, u, mode, before_redirect=False):
    k = u["k"]
    if k == "sym":
        return sym_text(rng, u["s"], mode)
    if k == "num":
        return number_text(rng, u["v"], mode, before_redirect)
    if k == "w":
        return w_text(rng, u, mode)
    if k == "lit":
        if mode == "fuzzy":
            return wpick(rng, [("literal", 8), ("Literal", 2)]) + " " + u["v"]
        if u["v"] in NEED_WORD:
            return "the word " + u["v"]
        return whisper_word(rng, u["v"])
    if k == "cap":
        word = wpick(rng, [("capital", 8), ("Capital", 2)])
        inner = u["inner"]
        if inner["k"] == "w" and inner["pieces"][0] == ("spell", inner["v"][:1]) \
                and len(inner["pieces"][0][1]) == 1:
            first = inner["v"][0].upper()
            rest = W(inner["pieces"][1:]) if len(inner["pieces"]) > 1 else None
            text = first + (" " + w_text(rng, rest, mode) if rest else "")
        elif inner["k"] == "w" and inner["pieces"][0][0] == "spell":
            letters = inner["pieces"][0][1]
            rest = W([("spell", letters[1:])] + inner["pieces"][1:])
            text = letters[0].upper() + " " + w_text(rng, rest, mode)
        else:
            text = unit_text(rng, inner, mode)
            text = text[0].upper() + text[1:] if chance(rng, 0.7) else text
        return word + " " + text
    if k == "caps":
        word = wpick(rng, [("all caps", 5), ("all-caps", 2), ("All caps", 2), ("allcaps", 1)])
        inner = u["inner"]
        if inner["k"] == "w" and inner["pieces"][0][0] == "spell":
            text = letters_text(rng, inner["v"], mode).upper()
        elif inner["k"] == "lit" and mode == "fuzzy":
            text = "literal " + inner["v"].upper()
        else:
            text = inner["v"].upper() if chance(rng, 0.5) else inner["v"]
        return word + " " + text
    if k == "run":
        names = {
            "camel": [("camel case", 6), ("camelCase", 2), ("Camel case", 2)],
            "snake": [("snake case", 7), ("Snake case", 3)],
            "pascal": [("Pascal case", 6), ("pascal case", 2), ("PascalCase", 2)],
            "kebab": [("kebab case", 5), ("kebab-case", 2), ("Kebab case", 2), ("kabob case", 1)],
            "screaming": [("screaming case", 7), ("Screaming case", 3)],
        }
        return wpick(rng, names[u["style"]]) + " " + " ".join(
            whisper_word(rng, p) for p in u["parts"])
    raise ValueError(k)


def gluable(u):
    return u["k"] in ("w", "num")


def render_chunk(rng, units, mode, glue_p):
    texts = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        before = nxt is not None and nxt["k"] == "sym" and nxt["s"] in (">", ">>")
        texts.append(unit_text(rng, u, mode, before))
    glue = chance(rng, glue_p)
    out = []
    i = 0
    while i < len(units):
        if glue and gluable(units[i]) and i + 2 < len(units) and units[i + 1]["k"] == "sym" \
                and units[i + 1]["s"] == "." and gluable(units[i + 2]):
            s = units[i]["v"]
            j = i
            while j + 2 < len(units) and units[j + 1]["k"] == "sym" and units[j + 1]["s"] == "." \
                    and gluable(units[j + 2]):
                s += "." + units[j + 2]["v"]
                j += 2
            out.append(s)
            i = j + 1
        else:
            out.append(texts[i])
            i += 1
    return " ".join(out)


def sentence(text):
    text = text.strip()
    return text[0].upper() + text[1:] if text else text


# --------------------------------------------------------------------------
# Iara's loose voice
# --------------------------------------------------------------------------

OPENERS = [("Então, ", 5), ("Pronto, ", 3), ("Bora, ", 3), ("Ok, tipo, ", 3), ("Oxe, ok, ", 1),
           ("So, ", 3), ("Então, tipo, ", 2), ("Ok, ", 3), ("Entao, ", 1)]
FRAMES = [("run ", 5), ("type ", 3), ("the command is ", 3), ("I need ", 2), ("let's do ", 2),
          ("put ", 1), ("write ", 2), ("", 4)]
SIGNOFFS = [(". And enter.", 4), (". Valeu.", 3), (". Pronto.", 3), (", visse?", 2),
            (". Beleza, enter.", 2), (", né? Enter.", 1), (". Vissi.", 1)]
FILLERS = [("tipo", 5), ("eh", 3), ("é...", 2), ("uh", 3), ("né", 2), ("hmm", 1)]
WORD_FIX = [("quer dizer", 6), ("kedizer", 1), ("I mean", 3)]
FLAG_FIX = [("não, não, é", 5), ("nao, nao, é", 2), ("não, é", 2), ("não não, quer dizer", 1)]
WHOLE_FIX = [("opa, errei. De novo:", 4), ("esquece, esquece. Começa de novo:", 3),
             ("ai, errei tudo, de novo:", 2), ("não, apaga tudo. De novo:", 2)]
HOLDS = [("peraí...", 4), ("pera aí...", 2), ("hmm, como é que é...", 3),
         ("peraí, deixa eu ver...", 2),
         ("é... esqueci o resto...", 1)]
RESUMES = [("Pronto:", 4), ("Ah, lembrei:", 3), ("Ok, de novo:", 2), ("Isso:", 1)]
ASIDES = [("ai, o café acabou", 3), ("a Tapioca subiu no teclado, sai Tapioca", 2),
          ("esse Xcode travou outra vez", 3), ("tá chovendo muito aqui em Recife", 2),
          ("sorry, notificação do Slack", 2), ("meu Deus, essa internet", 2),
          ("oxe, o ar condicionado desligou", 1)]
WORD_SWAPS = ["report", "notes", "config", "backup", "main", "data", "photo", "script", "docs",
              "test", "demo", "alpha", "server", "index", "archive", "build", "output", "input",
              "foo", "hello"]
EXT_SWAPS = ["txt", "md", "csv", "log", "json", "pdf", "png", "jpg", "sh", "py", "html", "yaml"]


def opener(rng):
    if chance(rng, 0.85):
        return wpick(rng, OPENERS) + wpick(rng, FRAMES)
    frame = wpick(rng, FRAMES[:-1])
    return frame[0].upper() + frame[1:]


def signoff(rng):
    if chance(rng, 0.55):
        return wpick(rng, SIGNOFFS)
    return "." if chance(rng, 0.8) else ""


def join_chunks(rng, texts, fillers_left, forced=None):
    out = texts[0]
    for i, t in enumerate(texts[1:], 1):
        if forced and i in forced:
            out += forced[i] + t
        elif fillers_left[0] > 0 and chance(rng, 0.15):
            fillers_left[0] -= 1
            out += ", " + wpick(rng, FILLERS) + ", " + t
        else:
            out += wpick(rng, [(" ", 15), (", ", 4), ("... ", 1)]) + t
    return out


def render_command(rng, chunks, mode, fillers_left):
    glue_p = 0.12 if mode == "fuzzy" else 0.6
    return [render_chunk(rng, c, mode, glue_p) for c in chunks]


def fuzzy_line(rng, chunks):
    texts = render_command(rng, chunks, "fuzzy", [0])
    out = texts[0]
    for t in texts[1:]:
        out += wpick(rng, [(" space ", 72), (" space, ", 16), (". Space ", 7), (", space ", 5)]) + t
    return sentence(out) + wpick(rng, [(".", 7), ("", 3)])


def natural_line(rng, chunks):
    texts = render_command(rng, chunks, "natural", [2])
    body = join_chunks(rng, texts, [2])
    return (opener(rng) + body).strip().rstrip(",") + signoff(rng)


def wrong_possible(u):
    if u["k"] == "num":
        return True
    if u["k"] == "w":
        v = u["v"]
        return (len(v) == 1 and all(k == "spell" for k, _ in u["pieces"])) or v in EXT_SWAPS \
            or v in WORD_SWAPS or is_known(v)
    return False


def wrong_unit(rng, u):
    if u["k"] == "num":
        d = u["v"]
        while True:
            if len(d) == 1:
                new = str(rng.randint(1, 9))
            else:
                new = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in d[1:])
            if new != d:
                return {"k": "num", "v": new}
    if u["k"] == "w":
        v = u["v"]
        if all(k == "spell" for k, _ in u["pieces"]) and len(v) == 1:
            letters = [c for c in "abcdefghklmnoprstuvwxz" if c != v]
            return W([("spell", letters[rng.randrange(len(letters))])])
        if v in EXT_SWAPS:
            others = [e for e in EXT_SWAPS if e != v]
            return lower_unit(others[rng.randrange(len(others))])
        if v in WORD_SWAPS or is_known(v):
            others = [e for e in WORD_SWAPS if e != v]
            return lower_unit(others[rng.randrange(len(others))])
    return None


def wrong_flag(rng, tok, long_flags):
    if re.fullmatch(r"-[a-z]", tok):
        letters = [c for c in "abcdefghilmnoprstuvx" if c != tok[1]]
        return "-" + letters[rng.randrange(len(letters))]
    if re.fullmatch(r"-[A-Z]", tok):
        letters = [c for c in "ABCDEFILMNOPRSTV" if c != tok[1]]
        return "-" + letters[rng.randrange(len(letters))]
    others = [f for f in long_flags if f != tok]
    return others[rng.randrange(len(others))]


def chaotic_line(rng, command, chunks, long_flags):
    toks = command.split(" ")
    n = len(chunks)
    word_cands = []
    for ci, units in enumerate(chunks):
        for ui, u in enumerate(units):
            if ci == 0 and ui == 0:
                continue
            if u["k"] in ("num", "w"):
                word_cands.append((ci, ui))
    flag_cands = [ci for ci in range(1, n) if re.fullmatch(r"--?[A-Za-z][A-Za-z-]*", toks[ci])]
    kinds = [("whole", 2)]
    if word_cands:
        kinds.append(("word", 3))
    if flag_cands:
        kinds.append(("flag", 3))
    if n >= 2:
        kinds.append(("partial", 2))
    kind = wpick(rng, kinds)
    extra = wpick(rng, [("aside", 35), ("stutter", 25), ("none", 40)])

    texts = render_command(rng, chunks, "natural", None)
    fix = ""
    if kind == "word":
        ci, ui = word_cands[rng.randrange(len(word_cands))]
        wrong = wrong_unit(rng, chunks[ci][ui])
        if wrong is None:
            kind = "whole"
        else:
            units = chunks[ci]
            before = render_chunk(rng, units[:ui] + [wrong], "natural", 0.0)
            after = render_chunk(rng, units[ui:], "natural", 0.6)
            texts[ci] = before + ", " + wpick(rng, WORD_FIX) + ", " + after
    if kind == "flag":
        ci = flag_cands[rng.randrange(len(flag_cands))]
        bad = render_chunk(rng, encode_token(wrong_flag(rng, toks[ci], long_flags)), "natural", 0.0)
        texts[ci] = bad + ", " + wpick(rng, FLAG_FIX) + " " + texts[ci]
    if kind == "whole":
        k = rng.randint(1, max(1, min(3, n - 1)))
        cands = [(ci, ui) for ci, ui in word_cands
                 if ci < k and wrong_possible(chunks[ci][ui])]
        attempt = [list(c) for c in chunks[:k]]
        if cands:
            ci, ui = cands[rng.randrange(len(cands))]
            wrong = wrong_unit(rng, chunks[ci][ui])
            if wrong is not None:
                attempt[ci][ui] = wrong
        if attempt == [list(c) for c in chunks[:k]] and k == n:
            attempt[0] = [lower_unit(WORD_SWAPS[rng.randrange(len(WORD_SWAPS))])] + attempt[0][1:]
        said = " ".join(render_chunk(rng, c, "natural", 0.0) for c in attempt)
        fix = said + ", " + wpick(rng, WHOLE_FIX) + " "
    if kind == "partial":
        k = rng.randint(1, n - 1)
        said = " ".join(render_chunk(rng, c, "natural", 0.0) for c in chunks[:k])
        fix = said + "... " + wpick(rng, HOLDS) + " " + wpick(rng, RESUMES) + " "
    if extra == "stutter" and n >= 2 and texts[0] != texts[1]:
        texts[0] = texts[0] + "... " + texts[0]
    forced = {}
    if extra == "aside" and n >= 2:
        gap = rng.randint(1, n - 1)
        texts[gap] = wpick(rng, ASIDES) + ", enfim, " + texts[gap]
        forced[gap] = ", "
    body = join_chunks(rng, texts, [1], forced)
    line = opener(rng) + fix + body
    return line.strip().rstrip(",") + signoff(rng)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    rng = random.Random(SEED)
    clean_pool = load_pool(POOL_CLEAN, 2)
    rest_pool = load_pool(POOL_REST, 4)
    long_flags = sorted({t for c in clean_pool + rest_pool for t in c.split(" ")
                         if re.fullmatch(r"--[a-z][a-z-]{2,14}", t)})
    used = set()
    per_first = {}
    clean_cmds = choose(rng, clean_pool, PER_SLICE, used, per_first)
    rest_cmds = choose(rng, rest_pool, 3 * PER_SLICE, used, per_first)
    plan = [("clean", c) for c in clean_cmds]
    plan += [("fuzzy", c) for c in rest_cmds[:PER_SLICE]]
    plan += [("natural", c) for c in rest_cmds[PER_SLICE:2 * PER_SLICE]]
    plan += [("chaotic", c) for c in rest_cmds[2 * PER_SLICE:]]

    rows = []
    for slice_name, command in plan:
        chunks = encode(command)
        if slice_name == "clean":
            text = clean_text(chunks)
            assert re.fullmatch(r"[a-z]+( [a-z]+)*", text), text
            assert decode(text) == command, (command, text)
        elif slice_name == "fuzzy":
            text = fuzzy_line(rng, chunks)
        elif slice_name == "natural":
            text = natural_line(rng, chunks)
        else:
            text = chaotic_line(rng, command, chunks, long_flags)
        text = re.sub(r" +", " ", text).strip()
        rows.append({"input": text, "command": command, "slice": slice_name, "author": AUTHOR})

    commands = [r["command"] for r in rows]
    assert len(rows) == 4 * PER_SLICE and len(set(commands)) == len(commands)
    firsts = {}
    for c in commands:
        firsts[c.split(" ")[0]] = firsts.get(c.split(" ")[0], 0) + 1
    assert max(firsts.values()) <= MAX_PER_FIRST_WORD
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r["slice"]] = counts.get(r["slice"], 0) + 1
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {counts}")


if __name__ == "__main__":
    main()
