r"""Dictation test set, author98: a Dublin night-shift SRE dictating bash.

Writes assets/training/bash/author98.jsonl: 400 lines of
    {"input": <what Whisper wrote>, "command": <the exact command>,
     "slice": "clean" | "fuzzy" | "natural" | "chaotic", "author": "author98"}
100 lines per slice, in that order.  Run:  python3 tests/bench/ninetyeighth_author.py
Standard library only.  One random.Random(98) is consumed in a fixed order
(shuffle of the pool, then fuzzy, natural and chaotic lines in file order;
the clean slice uses no randomness), so reruns are byte-identical.

SOURCE AND CREDIT
    Every command is taken verbatim from
    assets/training/bash/pages_dev56_commands.jsonl, which is built from
    tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.
    Only 0-based pool lines n with n % 3 == 1 are used, for all four slices.
    A command is skipped when it cannot sensibly be dictated: non-ASCII or
    control characters, tabs, double spaces, leading/trailing space, over
    64 characters, or over 48 words in this speaker's clean protocol (or if
    the clean protocol below cannot round-trip it; none fail today).  The
    allowed commands are shuffled with the seeded generator and taken in
    order, at most two per first word; all 400 are distinct; the first 100
    are clean, the next 100 fuzzy, then natural, then chaotic.

===========================================================================
STYLE GUIDE
===========================================================================

1. THE SPEAKER
    Siobhan "Shiv" Kavanagh, 34, site-reliability engineer on the night rota
    for a payments company in the Dublin docklands.  Three monitors of
    Grafana, PagerDuty on the phone face up, a mug of Barry's gone cold.
    She dictates commands to the box while her eyes stay on the graphs, so
    she is chatty, a bit scattered after 3 a.m., and cheerfully hard on
    herself ("me head's gone", "I'm half asleep", "I'm only after saying it
    wrong").  Irish English throughout: grand, sure look, yer man, giz,
    c'mere, deadly, sound, ta, feck, ah Jaysus.  She learned the protocol
    properly and uses it carefully when she is concentrating (clean), and
    lets it slide when she is not (natural, chaotic).

    Her own phrase book (used in natural and chaotic only):
      openers   "Right so,"  "Right, so run"  "Go on and run"
                "C'mere, can you run"  "Okay, giz a"  "Grand, next one,"
                "Sure look, just run"  "Will you type out"  "Ah right, give us"
                "Okay so,"  "Alright, em,"  "Do us a favour and run"
                "Next up,"  "Right, yer man wants"  "Now,"  "Go on, stick in"
      sign-offs "That's it."  "Cheers."  "Sound."  "Grand, thanks."  "Ta."
                "Go on so."  "Lovely stuff."  "That's the lot."
                "Thanks a million."  "Deadly."  "Sure that'll do."
                "And away you go."
      fillers   "em,"  "ehm,"  "like,"  "sure,"  "ah,"  "d'you know,"
                "what's this,"  (only ever between command words, never
                inside a spelled word or a number)
      word fix  "no, sorry,"  "ah no, hang on,"  "no wait, I mean"
                "feck, no,"  "sorry, not that,"  "ah Jaysus, no,"
                "no no no,"  "wait, that's wrong,"  "ah stop, no,"
                "I'm only after saying it wrong,"
                and the contrastive form "not X, Y": "ah no, not X, Y",
                "not X, sorry, Y", "no, it's not X, it's Y",
                "feck, not X, I mean Y"
      flag fix  "scratch that flag,"  "wrong flag, sorry,"
                "no, not that flag, it's"  "ah no, the flag is"
                "hang on, that's the wrong flag,"
      restart   "Ah no, scratch all that, start again."
                "Hang on, wrong one. Right, from the top."
                "No, feck it, let me start over."
                "Sorry, that's the wrong command entirely. Again:"
                "Ah me head's gone. Start again."
                "No no, ignore that, I'm half asleep. Right:"
      break off "and then, hang on,"  "and, ehm... sorry,"  "and... hold on,"
                "and then... one sec,"
      resume    "Right, where was I? Yeah,"  "Sorry, back to it,"
                "Okay, carrying on,"  "Anyway, where was I, oh yeah,"
      asides    about the night: the graphs going mental, the pager buzzing,
                cold tea, yer man in Slack asking about the deploy, Grafana
                lit up like a Christmas tree, acking a page, silencing an
                alert.  Asides never contain numbers or symbol names.

2. THE CLEAN PROTOCOL AS SHIV USES IT
    The clean slice is a careful transcript of Shiv concentrating: lower
    case, no punctuation, one space between words, nothing but the command.
    decode() below is the listener for exactly this protocol and every clean
    line is asserted to decode to its command.

 2.1 Pieces and "space".  She says the command as a stream of pieces that
    are written one after another with NO space between them; a space in
    the command is always the word "space", and nothing else makes one.
    "l s space dash l a" -> "ls -la".

 2.2 Letters and words.  A lower-case run of letters is either said as a
    word or spelled; the listener simply writes words and spelled letters
    one after another, so "h ledger" -> hledger, "system c t l" ->
    systemctl, "h t pass w d" -> htpasswd, "dos two unix" -> dos2unix.
    - A spelled letter is its plain letter name, transcribed as the single
      letter ("t m p", "s r c", "c s v").  She says "zed" for z and
      "haitch" for h (Dublin), but the careful transcript writes them "z"
      and "h".
    - She says a run as a word when it sounds like one (a pronounceable
      English-ish shape: "grep", "docker", "playbin", "github", "json",
      "yaml").  Short tool, file and protocol names she always spells:
      ls, cd, rm, ssh, npm, env, csv, txt, tmp, src, usr, api, nginx, ...
      When only part of a name is sayable she spells the rest around it,
      at most three letters before and three after ("p p m toleaf",
      "j pegtop n m").  Otherwise she spells the whole run.
    - Two-letter words are said as words only for go up in on of if is it
      me my no do so we by us am hi; every other two-letter run is spelled.

 2.3 Numbers.  Each maximal digit run is said on its own:
      one digit            -> the digit word             5 -> "five"
      leading zero         -> digit by digit             06 -> "zero six"
      10..99               -> a compound                 42 -> "forty two"
      X00 / X000 / XY000   -> hundred / thousand         100 -> "one hundred",
                                                          3000 -> "three thousand",
                                                          10000 -> "ten thousand"
      XY0 (Y not 0)        -> digit + tens               280 -> "two eighty",
                                                          640 -> "six forty"
      XY00                 -> compound + hundred         1900 -> "nineteen hundred"
      four digits, third digit not 0 -> two compounds    8080 -> "eighty eighty",
                                                          1024 -> "ten twenty four",
                                                          2024 -> "twenty twenty four"
      anything else        -> digit by digit             127 -> "one two seven",
                                                          443 -> "four four three",
                                                          108600 -> "one zero eight six zero zero"
    She always says "zero" (never "oh") when careful, and says "dot" (not
    "point") even inside a version or decimal: 1.0 -> "one dot zero".
    Listener rule: a tens word takes a following non-zero unit word
    ("forty two" = 42), "hundred"/"thousand" multiply the group before
    them, and groups are written one after another ("two eighty" = 280,
    "ten twenty four" = 1024).  Her rules never produce a tens word
    followed by a unit that is meant as a separate digit.

 2.4 Symbols, one name each:
      -  dash          .  dot           /  slash        \  backslash
      |  pipe          *  star          !  bang         #  hash
      ~  tilde         @  at            $  dollar       %  percent
      ^  caret         &  ampersand     =  equals       +  plus
      :  colon         ;  semicolon     _  underscore   ,  comma
      "  quote         '  single quote  `  backtick     ?  question mark
      (  open paren    )  close paren   {  open brace   }  close brace
      [  open bracket  ]  close bracket <  less than
      >  "redirect" when it stands alone as a redirection (after a space,
         or glued to a lone file-descriptor digit: 2> -> "two redirect",
         2>&1 -> "two redirect ampersand one"); "greater than" anywhere
         else (inside a word or quoted text).
      >> "append"      && "and and"     || "pipe pipe"
      -- "dash dash"   .. "dot dot"
    A double quote is "quote" at both ends.  She never uses minus, hyphen,
    period, point, forward slash, asterisk, or the "sign" forms when
    careful.

 2.5 Capitals.
    - "capital" + the next piece capitalises its first character only:
      "capital m" -> M, "capital test" -> Test, "capital s i" -> Si,
      "capital h ledger" -> Hledger.
    - "all caps" + a word upper-cases that word ("all caps readme" ->
      README); "all caps" + spelled letters upper-cases the whole run of
      single letters that follows ("all caps n t l m" -> NTLM).  A
      run of capitals is always followed by a capital or a non-letter,
      so the scope is never in doubt.
    - Case runs: "camel case get arch" -> getArch, "pascal case visual host
      key" -> VisualHostKey, "snake case new location" -> new_location,
      "screaming case api key" -> API_KEY.  She uses a case run only when
      every part is a sayable word, and a run always ends where the letters
      end: it takes all the plain words after "X case" and stops at the
      first symbol, number, "space" or protocol word.  She never uses
      kebab case (she says "dash").  A camel hump she cannot say as a word
      is done piece by piece: "capital v capital box capital manage".

 2.6 Colliding words.  A literal word that is, or sounds like, a protocol
    word is spelled letter by letter, never said: the command `dash` is
    "d a s h", `open` is "o p e n", `snake4` is "s n a k e four", `eyeD3`
    is "e y e capital d three".  The reserved list (RESERVED below) holds
    every protocol word of the app's stated facts (including ones Shiv does
    not use: minus, hyphen, period, point, forward, asterisk, sign, curly,
    angle, double, kebab, ...), the number words, and homophones of letter
    names, digits and symbols (see, be, are, you, why, oh, tea, queue, ex,
    to, too, for, won, ate, carrot, tilda, ...).

 2.7 The listener (decode): read left to right; "space" is a space; "all
    caps", "capital" and "X case" modify what follows as above; two-word
    symbol names, then one-word names; number words via 2.3; anything else
    is a literal, written as is.  Everything is concatenated.

3. NATURAL-SPEECH HABITS (natural and chaotic slices)
    - She stops saying "space"; spacing is left to the listener, as in
      "LS dash LA".
    - Loose symbol names: minus / hyphen for dash, "double dash", period
      for dot, forward slash, asterisk, "exclamation mark", "at sign",
      "dollar sign", "per cent", "equals sign", "double quote", apostrophe,
      "open round bracket" for (, "open curly bracket" for {, "open square
      bracket" for [, "left paren" / "right paren", "left angle" for <,
      "double greater than" for >>, "double ampersand", "double pipe",
      "back tick", "under score", "semi colon".
    - Capitals: "capital M", sometimes "big M" or "uppercase M"; "all caps",
      "all capitals", "in all caps"; "in camel case ...".
    - Colliding words she now just says ("xdg dash open"), though she still
      spells them about a third of the time.
    - Zero as "oh" in a digit-by-digit run ("four oh four").
    - An opener most of the time, a sign-off about half the time, and a
      filler or two between command words.

4. WHISPER'S HABITS (fuzzy, natural, chaotic)
    - Sentence case and a full stop at the end; commas at her pauses
      ("space," / "dash U, no, ...").
    - Numerals for numbers ("8080", "10"), or split at her pauses ("80 80",
      "2 80", "1 2 7"), or words with a hyphen ("forty-two"); the odd
      homophone for a lone digit (2 -> "to"/"too", 4 -> "for").
    - Spelled letters come out capitalised and glued ("LS", "SRC", "TMP"),
      spaced ("S R C"), lower case, hyphenated ("S-R-C"), or split at a
      wrong place ("GOF UMPT", "HTPASS WD").  A lone letter is sometimes a
      word that sounds like it: see, I/eye, are, you, why, be/bee, tea,
      queue, oh, pee, jay, kay, ex, and for Shiv's Dublin letters "zed" and
      "haitch".
    - Brand casing (GitHub, JSON, YAML, Docker, Python), word homophones
      (write -> right, tee -> tea, root -> route, sed -> said, main ->
      Maine, sync -> sink, which -> witch, whois -> "who is"), compounds
      split ("local host", "file name", "out put"), the odd stray capital.
    - Symbol words glued or split: "dash-dash", "dot-dot", "semi-colon",
      "under score", "back slash", "back tick", "per cent", "carrot" for
      caret, "tilda" for tilde; in natural speech the symbol itself
      sometimes ("-la", "--", "/", "@", "=").
    - Dotted names and e-mail addresses written as text ("config.yaml",
      "github.com", "user@example.com", "1.1.1.1"): often in natural
      speech, now and then in the fuzzy slice.
    - Whisper never turns the comma symbol or a sentence-final dot into
      punctuation here: a literal comma is always the word "comma", and a
      literal dot is only written as "." inside a dotted name.

5. THE SLICES
    clean    Section 2 exactly; asserted with decode().
    fuzzy    The same protocol (she still says "space" at every space) as
             Whisper writes it: section 4 plus the synonym names minus,
             hyphen, period, point, forward slash, asterisk, "at sign",
             "equals sign", "double dash" ...  No framing, no fillers.
    natural  Section 3 + section 4: opener, command without "space",
             fillers between words, maybe a sign-off.
    chaotic  natural plus one main trouble and sometimes extras:
             - word correction: a wrong word, a fix phrase, the right one
               (sometimes she backs up and says the word before it again:
               "dash N twenty, no, sorry, dash N ten");
             - flag correction: a wrong flag, a flag-fix phrase or "not
               -X, -Y", the right flag;
             - whole-command restart: a few words of a different command,
               "...", a restart phrase, then the whole command;
             - partial answer: she breaks off mid-command for an aside,
               then resumes exactly where she stopped;
             - extras: a "sorry, <aside>," dropped between words; a stutter
               on the tool name ("grep... grep").
             The wrong material is always marked by one of her fix or
             restart phrases, so a careful listener can rebuild the
             command exactly.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POOL = os.path.join(ROOT, 'assets', 'training', 'bash',
                    'pages_dev56_commands.jsonl')
OUT = os.path.join(ROOT, 'assets', 'training', 'bash', 'author98.jsonl')
AUTHOR = 'author98'
PER_SLICE = 100
SLICES = ('clean', 'fuzzy', 'natural', 'chaotic')

# ================================================================ numbers
UNIT_W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
          'eight', 'nine']
TEEN_W = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
          'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS_W = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty',
          7: 'seventy', 8: 'eighty', 9: 'ninety'}
UNIT_V = {w: i for i, w in enumerate(UNIT_W)}
TEEN_V = {w: i + 10 for i, w in enumerate(TEEN_W)}
TENS_V = {w: k * 10 for k, w in TENS_W.items()}
NUM_WORDS = set(UNIT_V) | set(TEEN_V) | set(TENS_V) | {'hundred', 'thousand'}


def compound(v):
    """10..99 as the speaker says it: 'ten', 'forty two', 'eighty'."""
    if 10 <= v <= 19:
        return [TEEN_W[v - 10]]
    t, u = divmod(v, 10)
    return [TENS_W[t]] + ([UNIT_W[u]] if u else [])


def number_words(s):
    """A maximal digit run -> the speaker's clean words (STYLE GUIDE, C3)."""
    digits = [UNIT_W[int(c)] for c in s]
    n = len(s)
    if n == 1 or s[0] == '0':
        return digits
    if n == 2:
        return compound(int(s))
    if n == 3:
        if s[1:] == '00':
            return [UNIT_W[int(s[0])], 'hundred']
        if s[1] != '0' and s[2] == '0':
            return [UNIT_W[int(s[0])]] + compound(int(s[1:]))
        return digits
    if n == 4:
        if s[1:] == '000':
            return [UNIT_W[int(s[0])], 'thousand']
        if s[2:] == '00':
            return compound(int(s[:2])) + ['hundred']
        if s[2] != '0':
            return compound(int(s[:2])) + compound(int(s[2:]))
        return digits
    if n == 5 and s[2:] == '000':
        return compound(int(s[:2])) + ['thousand']
    return digits


def number_groups(s):
    """The same run split into the chunks the speaker pauses between,
    as numerals: '8080' -> ['80', '80'], '127' -> ['1', '2', '7']."""
    words = number_words(s)
    groups, i = [], 0
    while i < len(words):
        part, j = parse_number(words, i, one_group=True)
        groups.append(part)
        i = j
    return groups


def parse_number(toks, i, one_group=False):
    """Read number words from toks[i:]; return (digit string, next index).
    Groups: a tens word takes a following non-zero unit ('forty two');
    'hundred' / 'thousand' multiply the group before them; groups are
    written one after another ('two eighty' -> 280, 'ten twenty four' ->
    1024, 'one two seven' -> 127)."""
    out = ''
    while i < len(toks) and toks[i] in NUM_WORDS:
        t = toks[i]
        if t in TENS_V:
            v = TENS_V[t]
            i += 1
            if i < len(toks) and toks[i] in UNIT_V and UNIT_V[toks[i]]:
                v += UNIT_V[toks[i]]
                i += 1
        elif t in TEEN_V:
            v = TEEN_V[t]
            i += 1
        elif t in UNIT_V:
            v = UNIT_V[t]
            i += 1
        else:
            raise ValueError(f'multiplier with no number before it: {t!r}')
        if i < len(toks) and toks[i] == 'hundred':
            v *= 100
            i += 1
        elif i < len(toks) and toks[i] == 'thousand':
            v *= 1000
            i += 1
        out += str(v)
        if one_group:
            break
    return out, i


# ================================================================ symbols
SYM_WORDS = {  # the one clean name of every single symbol
    '-': ['dash'], '.': ['dot'], '/': ['slash'], '\\': ['backslash'],
    '|': ['pipe'], '*': ['star'], '!': ['bang'], '#': ['hash'],
    '~': ['tilde'], '@': ['at'], '$': ['dollar'], '%': ['percent'],
    '^': ['caret'], '&': ['ampersand'], '=': ['equals'], '+': ['plus'],
    ':': ['colon'], ';': ['semicolon'], '_': ['underscore'],
    ',': ['comma'], '"': ['quote'], "'": ['single', 'quote'],
    '`': ['backtick'], '?': ['question', 'mark'],
    '(': ['open', 'paren'], ')': ['close', 'paren'],
    '{': ['open', 'brace'], '}': ['close', 'brace'],
    '[': ['open', 'bracket'], ']': ['close', 'bracket'],
    '<': ['less', 'than'],
}
PAIR_WORDS = {'&&': ['and', 'and'], '||': ['pipe', 'pipe'],
              '>>': ['append'], '--': ['dash', 'dash'], '..': ['dot', 'dot']}
DEC_ONE = {w[0]: c for c, w in SYM_WORDS.items() if len(w) == 1}
DEC_ONE.update({'redirect': '>', 'append': '>>'})
DEC_TWO = {tuple(w): c for c, w in SYM_WORDS.items() if len(w) == 2}
DEC_TWO.update({('greater', 'than'): '>', ('and', 'and'): '&&'})
CASE_STYLES = ('camel', 'pascal', 'snake', 'screaming')

# Words a literal may never be said as: every protocol word in the app's
# stated facts (even the ones this speaker never uses), every word this
# speaker uses as a command, number words, and words that SOUND like a
# letter name, a digit or a symbol name.  Such a literal is spelled.
RESERVED = set(DEC_ONE) | {w for k in DEC_TWO for w in k} | NUM_WORDS | {
    'minus', 'hyphen', 'period', 'point', 'forward', 'asterisk', 'sign',
    'equal', 'double', 'curly', 'angle', 'space', 'capital', 'all', 'caps',
    'cap', 'case', 'kebab', 'upper', 'lower', 'uppercase', 'lowercase',
    'back', 'tick', 'semi', 'under', 'score', 'per', 'cent', 'mark',
    'literal', 'oh', 'owe', 'to', 'too', 'for', 'fore', 'won', 'ate',
    'see', 'sea', 'be', 'bee', 'are', 'ar', 'you', 'why', 'eye', 'aye',
    'tea', 'tee', 'queue', 'cue', 'pea', 'pee', 'jay', 'kay', 'ex', 'ell',
    'em', 'en', 'es', 'ef', 'gee', 'dee', 'vee', 'zed', 'haitch', 'carrot',
    'tilda', 'and', 'or', 'parenthesis', 'square', 'round', 'left',
    'right'} | set(CASE_STYLES)

# Short names this speaker always spells, though they could be said.
SPELL = {'usr', 'nginx', 'sql', 'ssh', 'cpu', 'gpu', 'api', 'url', 'cli',
         'dns', 'tcp', 'udp', 'aws', 'gcp', 'npm', 'cvs', 'gpg', 'xml',
         'env', 'apk', 'usb', 'img', 'eks', 'ecs', 'ecr', 'iam', 'obj',
         'pem', 'iso', 'uid', 'gid', 'pid', 'ssl', 'ttl', 'ide', 'exe',
         'tldr', 'eof', 'utf', 'csv', 'avi', 'tui', 'aur', 'ocr', 'ami',
         'vpc', 'ecdsa', 'oci', 'acl', 'ini', 'uri', 'asn',
         'ssd', 'hdd', 'nas', 'sdk', 'vnc', 'edid', 'imap'}
# Names this speaker says as words though the spelling looks unsayable.
SAY = {'json', 'yaml', 'bashrc', 'gzip', 'bzip', 'tmux', 'ldap', 'kube',
       'github', 'gitlab', 'vimrc', 'xargs'}
TWO_LETTER_WORDS = {'go', 'up', 'in', 'on', 'of', 'if', 'is', 'it', 'me',
                    'my', 'no', 'do', 'so', 'we', 'by', 'us', 'am', 'hi'}
ONSETS = {'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gl', 'gr',
          'kl', 'kn', 'kr', 'ph', 'pl', 'pr', 'sc', 'sh', 'sk', 'sl', 'sm',
          'sn', 'sp', 'st', 'sw', 'th', 'tr', 'tw', 'wh', 'wr', 'qu', 'scr',
          'spl', 'spr', 'str', 'shr', 'thr', 'sch', 'squ', 'gn', 'ps', 'chr',
          'phr', 'scl', 'skr'}


# ================================================================ encoder
def sayable(w, compounds=True):
    """Would this speaker pronounce the lower-case run w as one word?
    (a rough English phonotactics check, or two sayable halves: 'upstream')"""
    if w in TWO_LETTER_WORDS:
        return True
    if compounds and _sayable1(w) is False and len(w) >= 5:
        return any(sayable(w[:i], False) and sayable(w[i:], False)
                   for i in range(2, len(w) - 1))
    return _sayable1(w)


def _sayable1(w):
    if w in TWO_LETTER_WORDS:
        return True
    if len(w) < 3 or len(w) > 16:
        return False
    i = 0
    while i < len(w) and not (w[i] in 'aeiou' or (w[i] == 'y' and i > 0)):
        i += 1
    if i == len(w):
        return False
    onset = w[:i]
    if len(onset) > 1 and onset not in ONSETS:
        return False
    if re.search(r'q(?!u)|(.)\1\1', w):
        return False
    body = re.sub(r'ch|sh|th|ph|ck|ng|gh|wh|qu', 'C', w[i:])
    if any(len(r) > 3 for r in re.findall(r'[^aeiouy]+', body)):
        return False
    if re.search(r'[^aeiouy]{3}$', body) and not re.search(
            r'(nds|nts|rds|rts|sts|pts|cts|rst|nst|nks|rks|lts|lds|mps|rld|'
            r'rCs|nCs|rns|rms|lks|lms|sks|xts|kts|mbs|rtC|nCt|lCs|mpt|mps)$',
            body):
        return False
    return True


NICE_CODA = re.compile(r'([aeiouy][^aeiouy]?|(st|nd|nt|rt|rd|ck|ng|sh|ch|th|ll|ss|rk|lt|'
                       r'ld|mp|sk|nk|ft|pt|ct|ks|ts|ps|rs|ns|ls|ms|ds|rm|rn|'
                       r'lf|lk|ff|tt|rl|nc))$')


def is_word(w, compounds=True):
    """May w be said as a plain word in the clean protocol?"""
    return (len(w) >= 2 and w not in RESERVED and w not in SPELL
            and (sayable(w, compounds) or w in SAY))


def U(kind, lit, **kw):
    kw.update(k=kind, lit=lit)
    return kw


def letters_unit(s, rword=False):
    return U('letters', s, rword=rword)


def enc_lower(s):
    """A lower-case letter run -> word and/or letter units."""
    if len(s) == 1:
        return [letters_unit(s)]
    nice_halves = any(
        sayable(s[:i], False) and sayable(s[i:], False)
        and NICE_CODA.search(s[:i]) and NICE_CODA.search(s[i:])
        for i in range(2, len(s) - 1))
    if is_word(s, False) or (is_word(s) and (nice_halves or not any(
            is_word(s[a:len(s) - b], False) for a in range(3)
            for b in range(4) if 0 < a + b and len(s) - a - b >= 3))):
        return [U('word', s)]
    if s in RESERVED or s in SPELL:
        return [letters_unit(s, rword=sayable(s) or s in RESERVED)]
    # a sayable core with a few letters spelled before and/or after it:
    # 'h ledger', 'system c t l', 'h t pass w d'.  First try cores that end
    # the way English words end, then any core, then two-part cores.
    for test in (lambda m: is_word(m, False) and NICE_CODA.search(m),
                 lambda m: is_word(m, False), is_word):
        for total in range(1, 6):
            for a in range(0, min(3, total) + 1):
                b = total - a
                mid = s[a:len(s) - b]
                if b > 3 or len(mid) < 3 or not test(mid):
                    continue
                out = [letters_unit(s[:a])] if a else []
                out.append(U('word', mid))
                if b:
                    out.append(letters_unit(s[len(s) - b:]))
                return out
    return [letters_unit(s)]


SEG_RE = re.compile(r'[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+')


def enc_alpha(run):
    segs = SEG_RE.findall(run)
    assert ''.join(segs) == run, run
    if len(segs) >= 2 and all(is_word(x.lower()) for x in segs):
        if all(re.fullmatch('[A-Z][a-z]+', x) for x in segs):
            return [U('case', run, style='pascal',
                      parts=[x.lower() for x in segs])]
        if segs[0].islower() and all(re.fullmatch('[A-Z][a-z]+', x)
                                     for x in segs[1:]):
            return [U('case', run, style='camel',
                      parts=[x.lower() for x in segs])]
    units = []
    for x in segs:
        if x.islower():
            units += enc_lower(x)
        elif len(x) == 1:
            units.append(U('cap', x, inner=letters_unit(x.lower())))
        elif x.isupper():
            low = x.lower()
            inner = U('word', low) if is_word(low) else letters_unit(
                low, rword=low in RESERVED)
            units.append(U('allcaps', x, inner=inner))
        else:
            inner = enc_lower(x.lower())
            first = inner[0]
            if first['k'] == 'letters' and len(first['lit']) > 1:
                rest = first['lit'][1:]
                first = letters_unit(first['lit'][0])
                inner = [first, letters_unit(rest)] + inner[1:]
            units.append(U('cap', first['lit'].capitalize(), inner=first))
            units += inner[1:]
    return units


SNAKE_RE = re.compile(r'[a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)+')
PAIR_RE = re.compile(r'&&|\|\||>>|--|\.\.')


def encode(cmd):
    """Command -> list of units (the speaker's plan of what to say)."""
    units, i, n = [], 0, len(cmd)
    while i < n:
        ch = cmd[i]
        prev = cmd[i - 1] if i else ' '
        if ch == ' ':
            units.append(U('space', ' '))
            i += 1
            continue
        m = SNAKE_RE.match(cmd, i)
        if (m and not (prev.isalpha() or prev == '_')
                and not (m.end() < n and (cmd[m.end()].isalpha()
                                          or cmd[m.end()] == '_'))):
            parts = m.group().split('_')
            if all(is_word(p.lower()) for p in parts):
                style = 'snake' if parts[0].islower() else 'screaming'
                units.append(U('case', m.group(), style=style,
                               parts=[p.lower() for p in parts]))
                i = m.end()
                continue
        m = re.compile(r'\d+').match(cmd, i)
        if m:
            units.append(U('num', m.group(), say=number_words(m.group())))
            i = m.end()
            continue
        m = re.compile(r'[A-Za-z]+').match(cmd, i)
        if m:
            units += enc_alpha(m.group())
            i = m.end()
            continue
        m = PAIR_RE.match(cmd, i)
        if m:
            units.append(U('sym', m.group(), say=PAIR_WORDS[m.group()]))
            i = m.end()
            continue
        if ch == '>':
            lone = prev == ' ' or (prev.isdigit() and (i < 2 or cmd[i - 2] == ' '))
            units.append(U('sym', '>', say=['redirect'] if lone
                           else ['greater', 'than']))
            i += 1
            continue
        if ch in SYM_WORDS:
            units.append(U('sym', ch, say=SYM_WORDS[ch]))
            i += 1
            continue
        raise ValueError(f'cannot say {ch!r} in {cmd!r}')
    return units


def clean_words(u):
    k = u['k']
    if k == 'space':
        return ['space']
    if k in ('sym', 'num'):
        return list(u['say'])
    if k == 'letters':
        return list(u['lit'])
    if k == 'word':
        return [u['lit']]
    if k == 'cap':
        return ['capital'] + clean_words(u['inner'])
    if k == 'allcaps':
        return ['all', 'caps'] + clean_words(u['inner'])
    if k == 'case':
        return [u['style'], 'case'] + list(u['parts'])
    raise ValueError(k)


def clean_text(units):
    return ' '.join(w for u in units for w in clean_words(u))


# ================================================================ decoder
def decode(text):
    """The listener for this speaker's clean protocol: transcript -> command."""
    toks = text.split()
    out, i = [], 0

    def literal(j):
        return (j < len(toks) and toks[j].isalpha() and toks[j].islower()
                and toks[j] not in RESERVED)

    while i < len(toks):
        t = toks[i]
        two = tuple(toks[i:i + 2])
        if t == 'space':
            out.append(' ')
            i += 1
        elif two == ('all', 'caps'):
            i += 2
            if not literal(i):
                raise ValueError(f'all caps needs a literal at {i}')
            if len(toks[i]) > 1:
                out.append(toks[i].upper())
                i += 1
            else:
                while literal(i) and len(toks[i]) == 1:
                    out.append(toks[i].upper())
                    i += 1
        elif t == 'capital':
            if not literal(i + 1):
                raise ValueError(f'capital needs a literal at {i}')
            out.append(toks[i + 1][0].upper() + toks[i + 1][1:])
            i += 2
        elif t in CASE_STYLES and i + 1 < len(toks) and toks[i + 1] == 'case':
            i += 2
            parts = []
            while literal(i) and len(toks[i]) > 1:
                parts.append(toks[i])
                i += 1
            if len(parts) < 2:
                raise ValueError('a case run needs two words')
            if t == 'camel':
                out.append(parts[0] + ''.join(p.capitalize() for p in parts[1:]))
            elif t == 'pascal':
                out.append(''.join(p.capitalize() for p in parts))
            elif t == 'snake':
                out.append('_'.join(parts))
            else:
                out.append('_'.join(parts).upper())
        elif two in DEC_TWO:
            out.append(DEC_TWO[two])
            i += 2
        elif t in DEC_ONE:
            out.append(DEC_ONE[t])
            i += 1
        elif t in NUM_WORDS:
            digits, i = parse_number(toks, i)
            out.append(digits)
        elif literal(i):
            out.append(t)
            i += 1
        else:
            raise ValueError(f'unexpected word {t!r}')
    return ''.join(out)


# ================================================================ Whisper
def pick(rng, table):
    """Weighted choice from [(item, weight), ...]."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for item, w in table:
        x -= w
        if x < 0:
            return item
    return table[-1][0]


LIT = object()  # marker: Whisper writes the symbol itself

FUZZY_SYM = {
    '-': [('dash', 6), ('minus', 2), ('hyphen', 2)],
    '--': [('dash dash', 4), ('double dash', 3), ('dash-dash', 2),
           ('minus minus', 1)],
    '.': [('dot', 7), ('period', 2), ('point', 1)],
    '..': [('dot dot', 5), ('dot-dot', 2), ('period period', 1)],
    '/': [('slash', 6), ('forward slash', 3)],
    '\\': [('backslash', 4), ('back slash', 3)],
    '|': [('pipe', 6), ('Pipe', 1)],
    '||': [('pipe pipe', 4), ('pipe-pipe', 1)],
    '*': [('star', 4), ('asterisk', 3)],
    '!': [('bang', 5), ('Bang', 1)],
    '#': [('hash', 5), ('Hash', 1)],
    '~': [('tilde', 4), ('tilda', 2), ('Tilde', 1)],
    '@': [('at', 4), ('at sign', 3), (LIT, 1)],
    '$': [('dollar', 4), ('dollar sign', 3), ('Dollar', 1)],
    '%': [('percent', 4), ('per cent', 2), ('percent sign', 1)],
    '^': [('caret', 4), ('carrot', 2)],
    '&': [('ampersand', 5), ('Ampersand', 1)],
    '&&': [('and and', 5), ('ampersand ampersand', 1)],
    '=': [('equals', 4), ('equal sign', 2), ('equals sign', 2), ('equal', 1)],
    '+': [('plus', 5), ('Plus', 1)],
    ':': [('colon', 5), ('Colon', 1)],
    ';': [('semicolon', 4), ('semi colon', 2), ('semi-colon', 2)],
    '_': [('underscore', 5), ('under score', 2)],
    ',': [('comma', 1)],
    '"': [('quote', 5), ('Quote', 1)],
    "'": [('single quote', 5), ('single-quote', 1)],
    '`': [('backtick', 4), ('back tick', 3)],
    '?': [('question mark', 1)],
    '(': [('open paren', 4), ('open parenthesis', 2), ('Open paren', 1)],
    ')': [('close paren', 4), ('close parenthesis', 2), ('Close paren', 1)],
    '{': [('open brace', 4), ('open curly brace', 2)],
    '}': [('close brace', 4), ('close curly brace', 2)],
    '[': [('open bracket', 4), ('open square bracket', 1)],
    ']': [('close bracket', 4), ('close square bracket', 1)],
    '<': [('less than', 5), ('less-than', 2)],
    '>R': [('redirect', 5), ('Redirect', 1)],
    '>G': [('greater than', 5), ('greater-than', 2)],
    '>>': [('append', 5), ('double greater than', 2)],
}
NATURAL_SYM = {
    '-': [('dash', 6), ('minus', 2), ('hyphen', 2), (LIT, 1)],
    '--': [('dash dash', 4), ('double dash', 4), (LIT, 2)],
    '.': [('dot', 8), ('period', 1)],
    '..': [('dot dot', 5), (LIT, 1)],
    '/': [('slash', 6), ('forward slash', 3), (LIT, 1)],
    '\\': [('backslash', 5), ('back slash', 2)],
    '|': [('pipe', 1)],
    '||': [('pipe pipe', 3), ('double pipe', 1)],
    '*': [('star', 5), ('asterisk', 3)],
    '!': [('bang', 4), ('exclamation mark', 2)],
    '#': [('hash', 6), ('hash sign', 1)],
    '~': [('tilde', 6), ('tilda', 3)],
    '@': [('at', 5), ('at sign', 3), (LIT, 2)],
    '$': [('dollar', 5), ('dollar sign', 4)],
    '%': [('percent', 5), ('per cent', 3), ('percent sign', 1)],
    '^': [('caret', 5), ('carrot', 2)],
    '&': [('ampersand', 1)],
    '&&': [('and and', 6), ('double ampersand', 2)],
    '=': [('equals', 6), ('equals sign', 2), ('equal', 1), (LIT, 1)],
    '+': [('plus', 1)],
    ':': [('colon', 1)],
    ';': [('semicolon', 5), ('semi colon', 2)],
    '_': [('underscore', 7), ('under score', 1)],
    ',': [('comma', 1)],
    '"': [('quote', 6), ('double quote', 2)],
    "'": [('single quote', 6), ('apostrophe', 1)],
    '`': [('backtick', 5), ('back tick', 2)],
    '?': [('question mark', 1)],
    '(': [('open paren', 4), ('open round bracket', 2), ('left paren', 1)],
    ')': [('close paren', 4), ('close round bracket', 2), ('right paren', 1)],
    '{': [('open brace', 4), ('open curly brace', 2), ('open curly bracket', 2)],
    '}': [('close brace', 4), ('close curly brace', 2),
          ('close curly bracket', 2)],
    '[': [('open bracket', 4), ('open square bracket', 3)],
    ']': [('close bracket', 4), ('close square bracket', 3)],
    '<': [('less than', 6), ('left angle', 1)],
    '>R': [('redirect', 5), ('greater than', 2)],
    '>G': [('greater than', 1)],
    '>>': [('append', 5), ('double greater than', 2)],
}
# how Whisper hears a lone letter name (this speaker's 'zed' and 'haitch')
LETTER_SOUNDS = {'c': ['see'], 'i': ['I', 'eye'], 'r': ['are'], 'u': ['you'],
                 'y': ['why'], 'b': ['be', 'bee'], 't': ['tea'],
                 'q': ['queue'], 'o': ['oh'], 'p': ['pee'], 'j': ['jay'],
                 'k': ['kay'], 'x': ['ex'], 'z': ['zed'], 'h': ['haitch']}
BRANDS = {'github': 'GitHub', 'gitlab': 'GitLab', 'json': 'JSON',
          'yaml': 'YAML', 'docker': 'Docker', 'python': 'Python',
          'linux': 'Linux', 'ubuntu': 'Ubuntu', 'debian': 'Debian',
          'java': 'Java', 'nix': 'Nix', 'conda': 'Conda', 'helm': 'Helm',
          'grafana': 'Grafana', 'android': 'Android', 'alice': 'Alice',
          'bob': 'Bob', 'ansible': 'Ansible', 'terraform': 'Terraform',
          'kube': 'Kube', 'fossil': 'Fossil', 'alpine': 'Alpine',
          'google': 'Google', 'apple': 'Apple', 'firefox': 'Firefox',
          'cargo': 'Cargo', 'gradle': 'Gradle', 'git': 'Git', 'zip': 'ZIP',
          'html': 'HTML', 'png': 'PNG', 'sudo': 'Sudo', 'bash': 'Bash',
          'vim': 'Vim', 'emacs': 'Emacs', 'redis': 'Redis', 'tar': 'TAR'}
HOMOPHONES = {'write': 'right', 'tee': 'tea', 'root': 'route', 'sum': 'some',
              'sed': 'said', 'which': 'witch', 'whois': 'who is',
              'mail': 'male', 'main': 'Maine', 'new': 'knew', 'cache': 'cash',
              'site': 'sight', 'key': 'quay', 'node': 'knowed',
              'wait': 'weight', 'read': 'red', 'buy': 'by', 'sync': 'sink',
              'yum': 'yum', 'log': 'log', 'lint': 'lint', 'grep': 'grip',
              'awk': 'auk', 'chown': 'chown', 'flush': 'flush',
              'pane': 'pain', 'peek': 'peak', 'port': 'Port'}
SPLIT_PIECES = ('data', 'back', 'config', 'file', 'name', 'user', 'host',
                'server', 'node', 'main', 'test', 'word', 'note', 'group',
                'work', 'time', 'line', 'stack', 'list', 'path', 'pass',
                'sync', 'label', 'set', 'key', 'app', 'web', 'site', 'out')


def split_word(w):
    """Whisper splitting a compound it heard as two words, or None."""
    for p in SPLIT_PIECES:
        if w.startswith(p) and len(w) - len(p) >= 3 and sayable(w[len(p):]):
            return p + ' ' + w[len(p):]
        if w.endswith(p) and len(w) - len(p) >= 3 and sayable(w[:-len(p)]):
            return w[:-len(p)] + ' ' + p
    return None


def w_letters(s, rng, mode, rword):
    """Spelled letters as Whisper writes them."""
    if mode == 'natural' and rword and rng.random() < 0.7:
        return s                       # she just says the word, uncareful
    if len(s) == 1:
        if s in LETTER_SOUNDS and rng.random() < 0.22:
            sound = rng.choice(LETTER_SOUNDS[s])
            if s in 'zh' and rng.random() < 0.6:
                sound = {'z': 'zed', 'h': 'haitch'}[s]
            return sound
        return s.upper() if rng.random() < 0.75 else s
    if mode == 'fuzzy':
        form = pick(rng, [('glued', 3), ('spaced', 3), ('lower', 2),
                          ('hyphen', 1), ('split', 1)])
    else:
        form = pick(rng, [('glued', 6), ('spaced', 2), ('lower', 1),
                          ('split', 1)])
    up = s.upper()
    if form == 'glued':
        return up
    if form == 'spaced':
        return ' '.join(up)
    if form == 'lower':
        return ' '.join(s)
    if form == 'hyphen':
        return '-'.join(up)
    cut = rng.randrange(1, len(s))
    return up[:cut] + ' ' + up[cut:]


def w_word(w, rng, mode):
    if w in BRANDS and rng.random() < 0.25:
        return BRANDS[w]
    if w in HOMOPHONES and rng.random() < 0.12:
        return HOMOPHONES[w]
    if split_word(w) and rng.random() < 0.15:
        return split_word(w)
    if mode == 'fuzzy' and rng.random() < 0.04:
        return w.capitalize()
    return w


def w_number(u, rng, mode):
    s = u['lit']
    x = rng.random()
    if mode == 'fuzzy':
        if len(s) == 1 and s in '24' and x < 0.12:
            return {'2': rng.choice(['to', 'too']), '4': 'for'}[s]
        if x < 0.55:
            return s
        if x < 0.72:
            return ' '.join(number_groups(s))
        words = u['say']
        out, i = [], 0
        while i < len(words):      # Whisper hyphenates 'forty-two'
            if (i + 1 < len(words) and words[i] in TENS_V
                    and words[i + 1] in UNIT_V):
                out.append(words[i] + '-' + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        return ' '.join(out)
    if x < 0.75:
        return s
    if x < 0.87:
        return ' '.join(number_groups(s))
    words = u['say']
    if '0' in s and s[0] != '0' and all(w in UNIT_V for w in words):
        words = ['oh' if w == 'zero' else w for w in words]   # 'four oh four'
    return ' '.join(words)


def w_unit(u, rng, mode, quote_state, lit_ok=False, glued=False):
    """One unit -> list of (text, glue_left, glue_right).  lit_ok: Whisper
    may write this symbol itself; glued: it follows such a symbol."""
    k = u['k']
    if glued and k == 'letters':
        return [(u['lit'].upper() if rng.random() < 0.6 else u['lit'],
                 False, False)]
    if k == 'space':
        if mode == 'natural':
            return []
        return [(pick(rng, [('space', 8), ('space,', 2), ('Space', 1)]),
                 False, False)]
    if k == 'sym':
        key = u['lit']
        if key == '>':
            key = '>R' if u['say'] == ['redirect'] else '>G'
        table = FUZZY_SYM if mode == 'fuzzy' else NATURAL_SYM
        form = pick(rng, table[key])
        if form is LIT and not lit_ok:
            form = table[key][0][0]
        if key == '"':
            quote_state[0] += 1
            if mode == 'natural' and rng.random() < 0.15:
                form = 'open quote' if quote_state[0] % 2 else 'close quote'
        if form is LIT:
            lit = u['lit']
            return [(lit, lit in ('/', '@', '=', '..'), True)]
        return [(form, False, False)]
    if k == 'num':
        return [(w_number(u, rng, mode), False, False)]
    if k == 'letters':
        return [(w_letters(u['lit'], rng, mode, u['rword']), False, False)]
    if k == 'word':
        return [(w_word(u['lit'], rng, mode), False, False)]
    if k == 'cap':
        inner = u['inner']
        body = inner['lit']
        body = body.upper() if len(body) == 1 else body.capitalize()
        if len(inner['lit']) == 1 and inner['lit'] in 'zh' and rng.random() < 0.3:
            body = {'z': 'Zed', 'h': 'Haitch'}[inner['lit']]
        if mode == 'fuzzy':
            lead = pick(rng, [('capital', 6), ('Capital', 1), ('capital,', 1)])
        else:
            lead = pick(rng, [('capital', 7), ('big', 2), ('uppercase', 1)])
        return [(lead + ' ' + body, False, False)]
    if k == 'allcaps':
        inner = u['inner']
        if inner['k'] == 'word' or rng.random() < 0.6:
            body = inner['lit'].upper()
        else:
            body = ' '.join(inner['lit'].upper())
        if rng.random() < 0.25:
            body = inner['lit']
        if mode == 'fuzzy':
            lead = pick(rng, [('all caps', 5), ('all-caps', 2), ('All caps', 1)])
        else:
            lead = pick(rng, [('all caps', 6), ('all capitals', 2),
                              ('in all caps', 1)])
        return [(lead + ' ' + body, False, False)]
    if k == 'case':
        style = u['style']
        if mode == 'fuzzy':
            lead = pick(rng, [(style + ' case', 5),
                              (style.capitalize() + ' case', 1),
                              (style + '-case', 1),
                              ({'camel': 'camelCase', 'pascal': 'PascalCase',
                                'snake': 'snake_case',
                                'screaming': 'SCREAMING case'}[style], 1)])
        else:
            lead = pick(rng, [(style + ' case', 6), ('in ' + style + ' case', 1)])
        return [(lead + ' ' + ' '.join(u['parts']), False, False)]
    raise ValueError(k)


DOTTED_KINDS = ('word', 'letters', 'num', 'cap', 'allcaps', 'case')


def literal_runs(units):
    """Spans Whisper may write as text: 'config.yaml', 'user@example.com',
    'data.7z': alphanumeric units joined by '.' or '@', at least one."""
    spans, i = [], 0
    while i < len(units):
        j, dots = i, 0
        while j < len(units):
            if units[j]['k'] in DOTTED_KINDS:
                j += 1
            elif (j > i and units[j]['k'] == 'sym' and units[j]['lit'] in '.@'
                  and j + 1 < len(units) and units[j + 1]['k'] in DOTTED_KINDS):
                dots += 1
                j += 1
            else:
                break
        if dots:
            spans.append((i, j))
            i = j
        else:
            i = max(j, i + 1)
    return spans


def join_items(items):
    out, prev_gr = '', False
    for text, gl, gr in items:
        if out and not gl and not prev_gr:
            out += ' '
        out += text
        prev_gr = gr
    return out


def render_units(units, rng, mode, p_literal):
    """Whisper's text for a list of units (one group, or the whole line)."""
    spans = {a: b for a, b in literal_runs(units)}
    items, i, quote_state = [], 0, [0]
    while i < len(units):
        if i in spans and rng.random() < p_literal:
            text = ''.join(u['lit'] for u in units[i:spans[i]])
            items.append((text, False, False))
            i = spans[i]
            continue
        u = units[i]
        lit_ok = False
        if u['k'] == 'sym':
            nxt = i + 1 < len(units) and units[i + 1]['k'] in ('word', 'letters', 'num')
            prv = i > 0 and units[i - 1]['k'] in DOTTED_KINDS
            lit_ok = nxt and (prv or i == 0 or u['lit'] in ('-', '--'))
            if u['lit'] in ('/', '@', '=', '..'):
                lit_ok = nxt and prv
        glued = bool(items) and items[-1][2]
        got = w_unit(u, rng, mode, quote_state, lit_ok, glued)
        if (got and i > 0 and units[i]['k'] == 'sym'
                and units[i]['lit'] in ('-', '--') and got[0][2]):
            got = [(got[0][0], True, True)]   # 'dry-run', not 'dry -run'
        items += got
        i += 1
    return join_items(items)


# ================================================================ speaker
OPENERS = ["Right so,", "Right, so run", "Go on and run", "C'mere, can you run",
           "Okay, giz a", "Grand, next one,", "Sure look, just run",
           "Will you type out", "Ah right, give us", "Okay so,",
           "Alright, em,", "Do us a favour and run", "Next up,",
           "Right, yer man wants", "Now,", "Go on, stick in"]
SIGNOFFS = ["That's it.", "Cheers.", "Sound.", "Grand, thanks.", "Ta.",
            "Go on so.", "Lovely stuff.", "That's the lot.",
            "Thanks a million.", "Deadly.", "Sure that'll do.",
            "And away you go."]
FILLERS = ["em,", "ehm,", "like,", "sure,", "ah,", "d'you know,",
           "what's this,", "em, like,"]
WORD_FIX = ["no, sorry,", "ah no, hang on,", "no wait, I mean", "feck, no,",
            "sorry, not that,", "ah Jaysus, no,", "no no no,",
            "wait, that's wrong,", "I'm only after saying it wrong,",
            "ah stop, no,"]
NOT_FIX = ["ah no, not {w}, {r}", "not {w}, sorry, {r}",
           "no, it's not {w}, it's {r}", "feck, not {w}, I mean {r}"]
FLAG_FIX = ["scratch that flag,", "wrong flag, sorry,",
            "no, not that flag, it's", "ah no, the flag is",
            "hang on, that's the wrong flag,"]
RESTARTS = ["Ah no, scratch all that, start again.",
            "Hang on, wrong one. Right, from the top.",
            "No, feck it, let me start over.",
            "Sorry, that's the wrong command entirely. Again:",
            "Ah me head's gone. Start again.",
            "No no, ignore that, I'm half asleep. Right:"]
BREAKS = ["and then, hang on,", "and, ehm... sorry,", "and... hold on,",
          "and then... one sec,"]
RESUMES = ["Right, where was I? Yeah,", "Sorry, back to it,",
           "Okay, carrying on,", "Anyway, where was I, oh yeah,"]
ASIDES = ["the graphs are going mental", "pager's buzzing again",
          "me tea's gone cold", "yer man in Slack is asking about the deploy again",
          "Grafana's lit up like a Christmas tree", "I'm wrecked tonight",
          "the error rate's doing a little jig, ignore me",
          "hold on, silencing an alert", "sure look, it's only a warning",
          "had to ack that page", "the on call channel is mental tonight",
          "the latency graph is grand now actually"]
LONG_FLAGS = ['verbose', 'force', 'all', 'quiet', 'recursive', 'dry-run',
              'output', 'debug', 'yes', 'format', 'name', 'config']
NUM_SWAPS = ['1', '2', '3', '5', '8', '10', '20', '22', '64', '80', '100',
             '443', '8080', '1024']
SWAPS = [('tmp', 'var'), ('main', 'master'), ('data', 'backup'),
         ('backup', 'data'), ('config', 'settings'), ('json', 'yaml'),
         ('yaml', 'json'), ('txt', 'log'), ('log', 'txt'), ('src', 'lib'),
         ('alice', 'bob'), ('demo', 'test'), ('test', 'demo'),
         ('docs', 'notes'), ('projects', 'work'), ('admin', 'root'),
         ('foo', 'bar'), ('alpha', 'beta'), ('prod', 'staging'),
         ('app', 'api'), ('notes', 'docs'), ('script', 'setup'),
         ('home', 'etc'), ('archive', 'export'), ('input', 'output'),
         ('report', 'summary'), ('user', 'admin'), ('html', 'md'),
         ('png', 'jpg'), ('example', 'sample')]
FALLBACK_WRONG = ['status', 'list', '~/notes.txt', 'prod', '/tmp/out.log',
                  'main', 'info', 'show']


def groups_of(units):
    out = [[]]
    for u in units:
        if u['k'] == 'space':
            out.append([])
        else:
            out[-1].append(u)
    return out


def sayable_cmd(cmd):
    """Spoken units of cmd if this speaker can dictate it, else None."""
    if (not cmd.isascii() or '\t' in cmd or '  ' in cmd or len(cmd) > 64
            or cmd != cmd.strip() or not all(32 <= ord(c) < 127 for c in cmd)):
        return None
    try:
        units = encode(cmd)
        text = clean_text(units)
        if decode(text) != cmd or len(text.split()) > 48:
            return None
    except ValueError:
        return None
    return units


def whisper_sentence(text, rng, p_cap=0.75, p_stop=0.5):
    if text and text[0].isalpha() and rng.random() < p_cap:
        text = text[0].upper() + text[1:]
    if text and text[-1].isalnum() and rng.random() < p_stop:
        text += '.'
    return text


def fuzzy_line(units, rng):
    return whisper_sentence(render_units(units, rng, 'fuzzy', 0.1), rng)


def natural_groups(units, rng):
    return [render_units(g, rng, 'natural', 0.35) for g in groups_of(units)]


def with_fillers(parts, rng, p=0.1, most=2):
    out, used = [], 0
    for i, p_text in enumerate(parts):
        if i and used < most and rng.random() < p:
            out.append(rng.choice(FILLERS))
            used += 1
        out.append(p_text)
    return out


def frame(body, rng, p_open=0.85, p_sign=0.45):
    segs = []
    if rng.random() < p_open:
        segs.append(rng.choice(OPENERS))
    segs += body
    text = ' '.join(segs).rstrip(',')
    if rng.random() < p_sign:
        text = text.rstrip(',') + rng.choice([', ', '. ']) + rng.choice(SIGNOFFS)
    return whisper_sentence(text, rng, p_cap=0.9, p_stop=0.6)


def natural_line(units, rng):
    return frame(with_fillers(natural_groups(units, rng), rng), rng)


def mutate(tok, rng):
    """A plausible wrong version of one command token, or None."""
    m = re.fullmatch(r'--([a-z][a-z-]*)(=.*)?', tok)
    if m:
        name = rng.choice([f for f in LONG_FLAGS if f != m.group(1)])
        return '--' + name + (m.group(2) or '')
    m = re.fullmatch(r'-([A-Za-z])', tok)
    if m:
        pool = 'abcdefhilnrstuvx' if m.group(1).islower() else 'ADFHLNRSTV'
        return '-' + rng.choice([c for c in pool if c != m.group(1)])
    runs = list(re.finditer(r'\d+', tok))
    if runs:
        r = runs[0]
        new = rng.choice([n for n in NUM_SWAPS if n != r.group()])
        return tok[:r.start()] + new + tok[r.end():]
    for a, b in SWAPS:
        if a in tok:
            return tok.replace(a, b, 1)
    if tok.startswith('-') and len(tok) > 2 and tok[1] != '-':
        i = rng.randrange(1, len(tok))
        if tok[i].isalpha():
            c = rng.choice([c for c in 'abcdefghilnrstuvx' if c != tok[i].lower()])
            return tok[:i] + c + tok[i + 1:]
    return rng.choice([w for w in FALLBACK_WRONG if w != tok])


def chaotic_line(cmd, units, rng, decoy):
    toks = cmd.split(' ')
    groups = groups_of(units)
    assert len(toks) == len(groups)
    said = natural_groups(units, rng)
    flag_idx = [i for i, t in enumerate(toks) if t.startswith('-') and len(t) > 1]
    kinds = [('word', 4), ('restart', 2)]
    if flag_idx:
        kinds.append(('flag', 3))
    if len(toks) >= 2:
        kinds.append(('partial', 2))
    kind = pick(rng, kinds)
    body = []
    if kind in ('word', 'flag'):
        if kind == 'flag':
            j = rng.choice(flag_idx)
        else:
            j = rng.randrange(1, len(toks)) if len(toks) > 1 else 0
        wrong = mutate(toks[j], rng)
        wunits = sayable_cmd(wrong) if wrong else None
        if not wunits or ' ' in wrong or wrong == toks[j]:
            wrong = rng.choice([w for w in FALLBACK_WRONG if w != toks[j]])
            wunits = sayable_cmd(wrong)
        w_said = render_units(wunits, rng, 'natural', 0.35)
        style = rng.random()
        if style < 0.3:
            fix = [w_said + ',', rng.choice(NOT_FIX).format(w=w_said, r=said[j])]
        elif style < 0.6 and j >= 1:
            # she backs up one word and says both again
            fix = [w_said + ',', rng.choice(FLAG_FIX if kind == 'flag' else WORD_FIX),
                   said[j - 1], said[j]]
            body = said[:j] + fix + said[j + 1:]
            kind = 'done'
        else:
            fix = [w_said + ',', rng.choice(FLAG_FIX if kind == 'flag' else WORD_FIX),
                   said[j]]
        if kind != 'done':
            body = said[:j] + fix + said[j + 1:]
    elif kind == 'restart':
        dunits = sayable_cmd(decoy)
        dgroups = natural_groups(dunits, rng)
        n = min(len(dgroups), rng.randint(1, 3))
        body = dgroups[:n]
        body[-1] += '...'
        body += [rng.choice(RESTARTS)]
        if rng.random() < 0.4:
            body.append(rng.choice(OPENERS))
        body += said
    else:
        k = rng.randrange(1, len(toks))
        body = said[:k] + [rng.choice(BREAKS), rng.choice(ASIDES) + '.',
                           rng.choice(RESUMES)] + said[k:]
    if kind != 'partial' and rng.random() < 0.35:
        pos = rng.randrange(1, len(body) + 1)
        body.insert(pos, 'sorry, ' + rng.choice(ASIDES) + ',')
    if (rng.random() < 0.25 and len(toks) > 1 and toks[0] != toks[1]
            and body[0] == said[0] and toks[0][0].isalpha()):
        body[0] = said[0] + '... ' + body[0]      # a stutter on the tool
    body = with_fillers(body, rng, p=0.08)
    return frame(body, rng, p_open=0.7, p_sign=0.35)


# ================================================================ main
def main():
    rng = random.Random(98)
    with open(POOL, encoding='utf-8') as f:
        pool = [json.loads(line)['command'] for line in f]
    allowed, seen = [], set()
    for n, cmd in enumerate(pool):
        if n % 3 == 1 and cmd not in seen and sayable_cmd(cmd):
            seen.add(cmd)
            allowed.append(cmd)
    rng.shuffle(allowed)
    chosen, per_first = [], {}
    for cmd in allowed:
        first = cmd.split(' ')[0]
        if per_first.get(first, 0) < 2:
            per_first[first] = per_first.get(first, 0) + 1
            chosen.append(cmd)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES)
    spare = [c for c in allowed if c not in set(chosen)]
    rows = []
    for s, name in enumerate(SLICES):
        for cmd in chosen[s * PER_SLICE:(s + 1) * PER_SLICE]:
            units = encode(cmd)
            if name == 'clean':
                text = clean_text(units)
                assert decode(text) == cmd, (text, cmd)
            elif name == 'fuzzy':
                text = fuzzy_line(units, rng)
            elif name == 'natural':
                text = natural_line(units, rng)
            else:
                first = cmd.split(' ')[0]
                decoy = rng.choice([c for c in spare
                                    if c.split(' ')[0] != first])
                text = chaotic_line(cmd, units, rng, decoy)
            rows.append({'input': text, 'command': cmd, 'slice': name,
                         'author': AUTHOR})
    check(rows)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=True) + '\n')
    print(f'wrote {len(rows)} lines to {OUT}')


def check(rows):
    assert len(rows) == PER_SLICE * len(SLICES)
    assert len({r['command'] for r in rows}) == len(rows)
    firsts = {}
    for r in rows:
        f = r['command'].split(' ')[0]
        firsts[f] = firsts.get(f, 0) + 1
    assert max(firsts.values()) <= 2
    for s, name in enumerate(SLICES):
        part = rows[s * PER_SLICE:(s + 1) * PER_SLICE]
        assert all(r['slice'] == name for r in part)
    for r in rows:
        assert r['input'].isascii() and '\n' not in r['input']
        assert r['input'] != r['command']
        if r['slice'] == 'clean':
            assert re.fullmatch(r'[a-z]+( [a-z]+)*', r['input']), r['input']
            assert decode(r['input']) == r['command']
            assert len(r['input'].split()) <= 48


if __name__ == '__main__':
    main()
