"""Independent voice-to-bash evaluation set "author72": Desmond, the screen-reader developer.

Writes assets/training/bash/author72.jsonl (400 lines, 100 per slice, in the order clean,
fuzzy, natural, chaotic).  Every line is {"input", "command", "slice", "author"}.

Commands and their plain-English "why" come from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev46_commands.jsonl (lines whose 0-based number
% 4 == 1).  Standard library only; one random.Random(7202) consumed in a fixed order, so reruns
are byte-identical.  Run: cd /work/main && python3 tests/bench/seventysecond_author.py

STYLE GUIDE
===========

Persona
-------
Desmond is a blind backend developer.  He has listened to JAWS and then NVDA read code to him
for twenty years, so he dictates a command exactly the way his screen reader reads it back:
every symbol by its screen-reader name, "cap" before a capital, "all caps" before a capital
run, and a word that is not English spelled out letter by letter ("b d f r", "s r c").  He
says "space" crisply between words.  He frames a command with "okay here goes" or "the
command is", sometimes says why he wants it ("this one is to ...", "I need to ..."), and
thanks the machine.  When he slips he says "oops" (that word was wrong), "undo that" (undo
the last thing I said, like Ctrl+Z) or "back up" / "from the top" (start the command over).
Now and then his screen reader talks over him and he says "hush" or "sorry, my reader was
talking".

Vocabulary (Desmond's own words; screen-reader names)
-----------------------------------------------------
  -  dash            --  dash dash        .  dot              /  slash
  \\  back slash      *   star             |  bar              || bar bar
  ~  tilda           (   left paren       )  right paren      [  left bracket
  ]  right bracket   {   left brace       }  right brace      "  quote
  '  tick            @   at               $  dollar           =  equals
  ^  caret           _   line             >  greater          >> greater greater
  <  less            &   ampersand        && ampersand ampersand
  :  colon           ;   semi             ,  comma            #  pound
  %  percent         !   bang             ?  question         +  plus
  cap X       the next piece starts with a capital ("cap release" = Release, "cap c" = C)
  all caps X  the next piece is all capitals ("all caps readme" = README); before a spelled
              run it covers the whole run of single letters ("all caps a w s" = AWS)
Spelling: a word that is not English (or that is one of the keywords above) is spelled as
single letters, which are glued together ("b d f r" = bdfr, "l i n e" = line).  A made-up
word built from two English words is said as those two words, glued ("key file").
Numbers: up to ninety-nine as words ("ten", "forty two"), a leading zero digit by digit
("zero five"); three or more digits are read digit by digit like his reader's "say digits"
mode, with "double" / "triple" for a run of a repeated digit ("one double zero" = 100,
"one triple zero" = 1000, "eight zero eight zero" = 8080, "three double zero double zero" =
30000).
Fuzzy synonyms (his older JAWS names and Whisper's spellings): hyphen (-), double dash (--),
period (.), forward slash (/), backslash (\\), asterisk (*), vertical bar (|), tilde (~),
left/right parent (Whisper's slip for paren), double quote ("), apostrophe / tic ('),
equal (=), carrot (Whisper's slip for caret), underline / underscore (_), greater than (>),
less than (<), semicolon (;), exclamation (!), question mark (?), capital (= cap),
all cap (= all caps).

Slices
------
clean    Pure protocol.  Every character spoken, "space" exactly where the command has a
         space, symbols by name, numbers as words, case announced, non-English words spelled.
         Whisper writes it all lower case with no punctuation.
fuzzy    The same protocol with his synonyms and Whisper's small slips: first word
         capitalised, a final full stop, commas after some "space"s, some numbers written as
         digits, spelled runs written as "B-D-F-R" or "BDFR", a long word heard split in two
         ("data base", "down load"; inside a command word every spoken piece is glued, so this
         is harmless).
natural  How Desmond really talks to the machine.  "space" is never said; Whisper writes plain
         words, digits, file names, paths and flags it recognises as text ("--help",
         "config.yaml", "~/projects"), spelled words as "B-D-F-R", and his symbol and case
         words as words.  Short framing: "Okay, here goes.", "The command is ...", "This one
         is to <why>.", "Thanks.", "please".
chaotic  Natural or (roughly half the lines) protocol speech with his own slips: every line
         has at least one "oops", "undo that", "back up" / "from the top" / "start over", or an
         "oops" followed by a restarted "the command is".

Listener rules (decode() below implements exactly these)
--------------------------------------------------------
 1. Hesitations "um", "umm", "uh", "uhh", "erm", "hmm" are dropped wherever they are.
 2. Mode: if a word "space" occurs (as a whole word), the line is protocol; else natural.
 3. Whisper's punctuation cuts the line into clauses: ", " "; " ": " "? " "! " ". " "... "
    and the same marks at the very end.
 4. Clauses that are not command text:
    - asides (the whole clause): "okay", "alright", "right", "here goes", "okay here goes",
      "ready", "thanks", "thank you", "please", "that's it", "end of command", "next one",
      "hush", "hush nvda", "sorry", "sorry my reader was talking", "that was my reader",
      "where was i", "let me see", "hang on", "one moment", ... -> ignored;
    - leads at the start of a clause: "okay here goes", "here goes", "here we go",
      "the command is", "so the command is", "command is", "so here goes", "please type",
      "please run", "reading it out", "typing it out" -> the command (re)starts right after
      them;
    - why clauses, starting with "this one is to", "this is to", "i want to", "i need to",
      "so i can", "it's to", "because" -> ignored;
    - "please" at the start or end of a command clause is dropped.
    (In protocol mode asides and whys are only recognised in clauses with no "space".)
 5. Corrections, anywhere in the command text:
    - "oops": erase the last command word (the one being spoken, or, if "space" was just
      said, the one before it); what follows replaces it.
    - "undo that": undo the last spoken element (one symbol, one case-marked piece, one
      letter, one word piece, one number, one "space"); said twice it undoes two.
    - "back up", "from the top", "start over", or a clause that is only "backup" (Whisper's
      spelling of "back up"): forget everything; the command starts again.
    - a second lead ("the command is") also starts the command again.
 6. Protocol mode: all punctuation and hyphens are noise, letters are lower-cased, every
    spoken piece is glued to the previous one and only "space" separates command words.
    "cap" upper-cases the first letter of the next piece; "all caps" upper-cases the next
    piece, or the whole following run of single letters.  A run of number words is one
    number (rule above).
 7. Natural mode: Whisper's casing is never trusted: every word is lower-cased and only
    "cap" / "all caps" make capitals (on the leading letters of the next word).  A token
    written as spelled letters ("B-D-F-R") is one word, "bdfr".  Words are separated by
    whitespace, except around symbol words:
      joiners     dot slash "back slash" line colon equals at caret comma plus percent
                  "left paren" "left bracket" "left brace" glue to both neighbours;
      openers     dash "dash dash" tilda star dollar pound question start a new word (unless
                  a joiner or opener just came) and glue to what follows;
      closers     "right paren" "right bracket" "right brace" glue to the word before;
      standalone  bar "bar bar" greater "greater greater" less ampersand
                  "ampersand ampersand" semi bang are words on their own;
      quote, tick open (like an opener) when the command so far holds an even number of
                  that mark, and close (like a closer) when it holds an odd number.
    A case-marked word of two or more letters followed by another case-marked word glues
    them ("cap resource cap group" = ResourceGroup).  Number words become digits.  At the
    start of the command Whisper's "pseudo" is read as sudo.

Known ambiguities: the aside / lead / why lists are closed; two capitalised words in a row
("cap bridge cap servo") are always one word in natural mode; a dash between two written
words is a new flag; a clause that is only "backup" is a restart.  The generator therefore
keeps a candidate line only if decode() gives back its command, and discards it otherwise.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev46_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author72.jsonl"
AUTHOR = "author72"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
SEED = 7202

# ---------------------------------------------------------------- vocabulary
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
REPEAT = {"double": 2, "triple": 3}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | set(REPEAT)

# spoken name -> symbol (listener side; longest phrase wins)
SYMBOL_WORDS: dict[tuple[str, ...], str] = {}
for _names, _sym in [
    (["dash dash", "double dash"], "--"),
    (["dash", "hyphen"], "-"),
    (["dot", "period"], "."),
    (["slash", "forward slash"], "/"),
    (["back slash", "backslash"], "\\"),
    (["star", "asterisk"], "*"),
    (["bar bar", "vertical bar vertical bar"], "||"),
    (["bar", "vertical bar"], "|"),
    (["tilda", "tilde"], "~"),
    (["left paren", "left parent"], "("),
    (["right paren", "right parent"], ")"),
    (["left bracket"], "["),
    (["right bracket"], "]"),
    (["left brace"], "{"),
    (["right brace"], "}"),
    (["quote", "double quote"], '"'),
    (["tick", "tic", "apostrophe"], "'"),
    (["at"], "@"),
    (["dollar"], "$"),
    (["equals", "equal"], "="),
    (["caret", "carrot"], "^"),
    (["line", "underline", "underscore"], "_"),
    (["greater greater", "greater than greater than"], ">>"),
    (["greater", "greater than"], ">"),
    (["less", "less than"], "<"),
    (["ampersand ampersand"], "&&"),
    (["ampersand"], "&"),
    (["colon"], ":"),
    (["semi", "semicolon"], ";"),
    (["comma"], ","),
    (["pound"], "#"),
    (["percent"], "%"),
    (["bang", "exclamation"], "!"),
    (["question", "question mark"], "?"),
    (["plus"], "+"),
]:
    for _n in _names:
        SYMBOL_WORDS[tuple(_n.split())] = _sym
CASE_WORDS = {
    ("all", "caps"): "caps",
    ("all", "cap"): "caps",
    ("cap",): "cap",
    ("capital",): "cap",
}
CLEAN_NAME = {
    "--": "dash dash",
    "-": "dash",
    ".": "dot",
    "/": "slash",
    "\\": "back slash",
    "*": "star",
    "||": "bar bar",
    "|": "bar",
    "~": "tilda",
    "(": "left paren",
    ")": "right paren",
    "[": "left bracket",
    "]": "right bracket",
    "{": "left brace",
    "}": "right brace",
    '"': "quote",
    "'": "tick",
    "@": "at",
    "$": "dollar",
    "=": "equals",
    "^": "caret",
    "_": "line",
    ">>": "greater greater",
    ">": "greater",
    "<": "less",
    "&&": "ampersand ampersand",
    "&": "ampersand",
    ":": "colon",
    ";": "semi",
    ",": "comma",
    "#": "pound",
    "%": "percent",
    "!": "bang",
    "?": "question",
    "+": "plus",
}
FUZZY_NAME = {
    "--": ["dash dash", "double dash"],
    "-": ["dash", "hyphen"],
    ".": ["dot", "period"],
    "/": ["slash", "forward slash"],
    "\\": ["back slash", "backslash"],
    "*": ["star", "asterisk"],
    "|": ["bar", "vertical bar"],
    "~": ["tilda", "tilde"],
    "(": ["left paren", "left parent"],
    ")": ["right paren", "right parent"],
    '"': ["quote", "double quote"],
    "'": ["tick", "apostrophe", "tic"],
    "=": ["equals", "equal"],
    "^": ["caret", "carrot"],
    "_": ["line", "underline", "underscore"],
    ">": ["greater", "greater than"],
    "<": ["less", "less than"],
    ";": ["semi", "semicolon"],
    "!": ["bang", "exclamation"],
    "?": ["question", "question mark"],
}
JOIN = set(". / \\ _ : = @ ^ , + % ( [ {".split())
OPEN = set("-- - ~ * $ # ?".split())
CLOSE = set(") ] }".split())
STAND = set("| || > >> < & && ; !".split())
QUOTES = {'"', "'"}
SYMBOL_CHARS = set("-./\\*|~()[]{}\"'@$=^_><&:;,#%!?+")

MARKERS = {
    ("back", "up"): "reset",
    ("from", "the", "top"): "reset",
    ("start", "over"): "reset",
    ("undo", "that"): "undo",
    ("oops",): "oops",
}
HESITATIONS = {"um", "umm", "uh", "uhh", "erm", "hmm"}

RESERVED = NUMWORDS | {w for k in SYMBOL_WORDS for w in k} | {w for k in CASE_WORDS for w in k}
RESERVED |= {"space", "oops", "undo", "back", "please", "pseudo", "hush"} | HESITATIONS

SLIPS = {("pseudo",): "sudo"}

ASIDES = {
    "okay",
    "ok",
    "alright",
    "all right",
    "right",
    "here goes",
    "okay here goes",
    "ok here goes",
    "here we go",
    "ready",
    "thanks",
    "thank you",
    "thanks a lot",
    "please",
    "that's it",
    "that's all",
    "end of command",
    "that's the command",
    "next one",
    "next",
    "hush",
    "hush nvda",
    "hush jaws",
    "sorry",
    "sorry my reader was talking",
    "sorry that was my reader",
    "that was my reader",
    "sorry that was nvda",
    "my reader was talking",
    "where was i",
    "let me see",
    "hang on",
    "one moment",
    "one sec",
    "got it",
    "let me read it back",
}
LEAD_RE = re.compile(
    r"^(?:okay,? here goes|ok,? here goes|here goes|here we go|(?:so )?the command is|"
    r"command is|so here goes|"
    r"please type|please run|reading it out|typing it out)\b[:,]?\s*",
    re.IGNORECASE,
)
WHY_RE = re.compile(
    r"^(?:this one is to|this one's to|this is to|i want to|i need to|so i can|it's to|"
    r"because)\b",
    re.IGNORECASE,
)
SPLIT_RE = re.compile(r"(?:\.\.\.|[,;:!?]|\.)(?:\s+|$)")
SPELLED_RE = re.compile(r"[A-Za-z](?:-[A-Za-z])+")
RESET = "\x00reset"


# ---------------------------------------------------------------- the listener
def _lookup(toks: list[str], i: int, table: dict) -> tuple[str | None, int]:
    for n in (4, 3, 2, 1):
        key = tuple(t.lower() for t in toks[i : i + n])
        if len(key) == n and key in table:
            return table[key], n
    return None, 0


def parse_number(toks: list[str]) -> str:
    """A run of number words -> digits ("one double zero" -> 100, "forty two" -> 42)."""
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t in TENS:
            v = 20 + 10 * TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                v += UNITS.index(toks[i + 1])
                i += 1
            out += str(v)
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in UNITS:
            out += str(UNITS.index(t))
        elif t in REPEAT and i + 1 < len(toks) and toks[i + 1] in UNITS:
            out += str(UNITS.index(toks[i + 1])) * REPEAT[t]
            i += 1
        i += 1
    return out


def _number_run(toks: list[str], i: int) -> int:
    j = i
    while j < len(toks) and toks[j].lower() in NUMWORDS:
        if toks[j].lower() in REPEAT and (j + 1 >= len(toks) or toks[j + 1].lower() not in UNITS):
            break
        j += 1
    return j


def run_protocol(toks: list[str]) -> str:
    """Protocol tokens (lower case, no punctuation) -> command (rules 5 and 6)."""
    start = ((), "", None, False)  # words, cur, case, caps_run
    state = start
    history: list[tuple] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == RESET:
            state, history, i = start, [], i + 1
            continue
        mk, n = _lookup(toks, i, MARKERS)
        if mk == "reset":
            state, history, i = start, [], i + n
            continue
        if mk == "undo":
            if history:
                state = history.pop()
            i += n
            continue
        words, cur, case, caps_run = state
        history.append(state)
        if mk == "oops":
            if cur:
                cur = ""
            elif words:
                words = words[:-1]
            state, i = (words, cur, None, False), i + n
            continue
        if t == "space":
            if cur:
                words, cur = words + (cur,), ""
            state, i = (words, cur, None, False), i + 1
            continue
        sym, n = _lookup(toks, i, SYMBOL_WORDS)
        if sym:
            state, i = (words, cur + sym, None, False), i + n
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
        if cw:
            history.pop()  # a case word is part of the element it announces
            state, i = (words, cur, cw, False), i + n
            continue
        if t in NUMWORDS:
            j = _number_run(toks, i)
            state, i = (words, cur + parse_number(toks[i:j]), None, False), j
            continue
        if caps_run and len(t) == 1 and t.isalpha():
            t, run = t.upper(), True
        elif case == "caps":
            t, run = t.upper(), len(t) == 1
        elif case == "cap":
            t, run = t[:1].upper() + t[1:], False
        else:
            run = False
        state, i = (words, cur + t, None, run), i + 1
    words, cur, _, _ = state
    return " ".join(words + ((cur,) if cur else ()))


def _apply_case(piece: str, case: str | None) -> str:
    if case == "cap":
        return piece[:1].upper() + piece[1:]
    if case == "caps":
        m = re.match(r"[a-z]+", piece)
        if m:
            return piece[: m.end()].upper() + piece[m.end() :]
    return piece


def run_natural(toks: list[str]) -> str:
    """Natural tokens (Whisper's words) -> command (rules 5 and 7)."""
    start = ((), False, None, False)  # words, glue, case, last_cased
    state = start
    history: list[tuple] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == RESET:
            state, history, i = start, [], i + 1
            continue
        mk, n = _lookup(toks, i, MARKERS)
        if mk == "reset":
            state, history, i = start, [], i + n
            continue
        if mk == "undo":
            if history:
                state = history.pop()
            i += n
            continue
        words, glue, case, last_cased = state
        history.append(state)
        if mk == "oops":
            state, i = (words[:-1], False, None, False), i + n
            continue
        if not words:
            real, n = _lookup(toks, i, SLIPS)
            if real:
                state, i = ((real,), False, None, False), i + n
                continue
        sym, n = _lookup(toks, i, SYMBOL_WORDS)
        if sym:
            i += n
            first = sym[0]
            if first in QUOTES:
                cls = "close" if " ".join(words).count(first) % 2 else "open"
            elif sym in JOIN:
                cls = "join"
            elif sym in OPEN:
                cls = "open"
            elif sym in CLOSE:
                cls = "close"
            else:
                cls = "stand"
            wl = list(words)
            if cls == "join":
                attach = bool(wl) and wl[-1] not in STAND
            elif cls == "open":
                attach = glue and bool(wl)
            elif cls == "close":
                attach = bool(wl)
            else:
                attach = False
            if attach:
                wl[-1] += sym
            else:
                wl.append(sym)
            state = (tuple(wl), cls in ("join", "open"), None, False)
            continue
        cw, n = _lookup(toks, i, CASE_WORDS)
        if cw:
            history.pop()
            state, i = (words, glue, cw, last_cased), i + n
            continue
        if t.lower() in NUMWORDS:
            j = _number_run(toks, i)
            piece = parse_number([x.lower() for x in toks[i:j]])
            i = j
        else:
            piece = t.replace("-", "") if SPELLED_RE.fullmatch(t) else t
            piece = piece.lower()
            i += 1
        piece = _apply_case(piece, case)
        wl = list(words)
        if wl and (glue or (case is not None and last_cased)):
            wl[-1] += piece
        else:
            wl.append(piece)
        cased = case is not None and len(re.match(r"[A-Za-z]*", piece).group()) >= 2
        state = (tuple(wl), False, None, cased)
    return " ".join(state[0])


def drop_hesitations(s: str) -> str:
    out = []
    for tok in s.split():
        core = tok.rstrip(",.;:!?")
        if core.lower() in HESITATIONS:
            if out and tok != core and out[-1][-1:] not in ",.;:!?":
                out[-1] += tok[len(core) :]
            continue
        out.append(tok)
    return " ".join(out)


def clause_key(c: str) -> str:
    return " ".join(re.sub(r"[^a-z' ]", " ", c.lower()).split())


def decode(line: str) -> str:
    """Desmond's careful listener: transcript -> command (rules 1-7 of the guide)."""
    s = drop_hesitations(" ".join(line.split()))
    proto = any(tok.rstrip(",.;:!?").lower() == "space" for tok in s.split())
    toks: list[str] = []
    for clause in SPLIT_RE.split(s):
        c = clause.strip()
        if not c:
            continue
        key = clause_key(c)
        has_space = proto and re.search(r"\bspace\b", key) is not None
        if key == "backup":
            toks.append(RESET)
            continue
        m = LEAD_RE.match(c)
        if m:
            toks.append(RESET)
            c = c[m.end() :].strip()
            key = clause_key(c)
            if not c:
                continue
        if not has_space:
            if key in ASIDES or WHY_RE.match(key):
                continue
        c = re.sub(r"^please\s+|\s+please$", "", c, flags=re.IGNORECASE)
        if proto:
            toks += re.sub(r"[^A-Za-z0-9]+", " ", c).lower().split()
        else:
            toks += c.split()
    return run_protocol(toks) if proto else run_natural(toks)


# ---------------------------------------------------------------- Desmond's word sense
SAYABLE = (
    set(
        """
    a about absorb access account action activate add added address admin agent alias alice
    all allow alpha analyze and app apply approve archive area arg assignee async at attach
    attack audio auth author auto away backend background backup balance base batch bind
    binary bits blend bob book boot bootstrap branch bridge browse browser bucket build bundle
    bytes cache cancel capture cat catalog cert certificate change check checker checkout
    clean cleanup client clock clone close code color colors column columns commit committer
    common compare complain complete compose composer compressed config configuration conda
    connect console contour control convert copy core count crane create daemon dart data
    database date debug decode decrypt default define delay delete delta demo deploy depends
    desktop destroy detect dev developers device diff disk display doctor docker docs domain
    domains done down download dump edge edit email enable encode end enter entity entry
    error estimate eval event example exec execute export express extract false fetch file
    files filter find fix fixed flag flake flask flow flush font force foreground format frame
    from full galaxy game gamma generate geo get git github global go group hash height hello
    help hex home host hostname hub human hunter identical ignore image images import in
    index info init input insight inspect install instance integer interactive interface
    internal interval into issue jobs join json keep key keyword kill label labels latest
    launch layout learn leave level library limit lines link linux list lists load local
    localhost location lock log login logout logs main make manage manifest master match me
    merge merged meta metadata mode model module monitor mount move multi my name nested
    network new news no node nodes notes numpy office on only open optional options
    organization origin original out output overlay owner package page paper params parser
    pass password paste path payload peer per phone photo pin pipe place platform plugin
    point points poll pool populate post presentation preview primary prime print profile
    profiles project projects prompt prune publish pull purge push python query random range
    rate readable readme rebase record recorder recording records redis reference ref refs
    release reload remote remove repair replace repo report repository require requires
    requests reset resize resource restart restore resume revert role root rule rules run
    running runtime salt save scan scene schema score screen screenshot script search
    seconds secret secrets security seed select self send serial server service set share
    shell show sign site size skills slideshow snap snapshots socket socks sort source split
    spy staff start status step storage store strip string sum sync table tag tags tail tap
    target targets template test tests text threads time timeout timestamp to token tool
    toolbox tools top trace track transparent tree true type ubuntu uninstall unit unlink
    unlock update upgrade upload uptime user username users value variable vault verbose
    version video view vim volume volumes wait wall warning watch web website width words
    workspace world wrap write year you zip
    accelerated across advisor age aggression append argument article atom attached
    audacious backtrace ball binaries bit bitwise blender board bootable box brute buffers by
    byte cage chain clip closeness cockpit comment comments completions container coverage
    cradle dashboards deny dependency develop directories dismiss distro dock document
    dolphin duration editor elapsed elastic emulator executable exit eye failed favicon feed
    filename filesystem fire firefox flatpak flux foot fossil fox gem gnome golden gradle
    grants grab guard hive hugo hydra idle indicator inform inhibit java jira john kate kit
    kite lab layers lifecycle light limited logging lure machine mail map mask meld meltdown
    microsoft mime mongo mono mosquitto mutate names nano net networking next ninja now old
    ops or orders orphans palm perl pickle ping plasma player plugins pod poetry postgres
    prefix private protocol proxy pup quantum quick rails raw read reader readonly
    recommendation recovered red reuse rip ruby runner rust saver scale scratch servo shazam
    shift sight signing silent skip some spectre starship stream stress submitted summarize
    swig telnet terraform thin title tidy toilet trip uncompress underlay unix unmount up
    upstream validate validator vagrant verb wants work workgroup zed sudo emacs ansible
    arduino cordova cython heroku kaggle linode lodash pacman postfix rustc tar yaml volta
    koji drupal apache bitcoin client search full word stamp shot
    """.split()
    )
    - RESERVED
)
# written as text by Whisper in natural speech even when Desmond spells them
WHISPER_TEXT = set(
    """
    txt pdf py md csv json yaml yml html xml jpg jpeg png gif svg js ts sh zip gz tar tmp src
    usr etc bin lib var dev ssh http https www com org io api id ip url cli aws gcc npm pip
    sql db cpp rb pl hs lua iso deb rpm apk exe conf env ls cd rm cp mv grep awk sed ps df du
    gh az uv jj qm pct adb ufw dnf gpg php sdk svn mvn gcloud kubectl systemctl nginx htop
    ffmpeg sudo curl wget apt dpkg ext cs go mp wav flac pnm ppm pam pbm pgm tif gpkg img
    mkv ttf otf sqlite zsh bash vm repo dir ubuntu cargo brew bun podman conda tmux
    """.split()
)


def spelled_ok(word: str) -> bool:
    """Desmond says this lower-case word as a word (not letter by letter)."""
    return word in SAYABLE


def compound(word: str) -> list[str] | None:
    """A made-up word he says as two English words ("keyfile" -> key file)."""
    for cut in range(2, len(word) - 1):
        a, b = word[:cut], word[cut:]
        if a in SAYABLE and b in SAYABLE and len(a) + len(b) >= 5 and min(len(a), len(b)) >= 2:
            return [a, b]
    return None


PIECE_RE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def pieces(word: str) -> list[str]:
    return PIECE_RE.findall(word)


def two_digits(s: str) -> str:
    n = int(s)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t = TENS[n // 10 - 2]
    return t if n % 10 == 0 else f"{t} {UNITS[n % 10]}"


def say_number(s: str) -> str:
    """Desmond's numbers: words up to 99, else digit by digit with double / triple."""
    if len(s) <= 2 and s[0] != "0":
        return two_digits(s)
    out, k = [], 0
    while k < len(s):
        j = k
        while j < len(s) and s[j] == s[k]:
            j += 1
        run = j - k
        name = UNITS[int(s[k])]
        if len(s) <= 2:
            out += [name] * run
        else:
            while run:
                if run == 3:
                    out.append(f"triple {name}")
                    run = 0
                elif run >= 2:
                    out.append(f"double {name}")
                    run -= 2
                else:
                    out.append(name)
                    run = 0
        k = j
    return " ".join(out)


def letters(word: str) -> str:
    return " ".join(word)


def proto_alpha(p: str, rng: random.Random | None, names: dict[str, str]) -> str:
    """One alphabetic piece in protocol speech."""
    low = p.lower()
    if p.isupper() and len(p) > 1:
        prefix = names["caps"] + " "
    elif p[0].isupper():
        prefix = names["cap"] + " "
    else:
        prefix = ""
    if spelled_ok(low):
        body = low
    else:
        parts = compound(low) if not prefix else None
        if parts:
            body = " ".join(parts)
        else:
            body = letters(low)
            if rng is not None and len(low) > 1:
                r = rng.random()
                if r < 0.2:
                    body = "-".join(low.upper())
                elif r < 0.3 and len(low) <= 4:
                    body = low.upper()
    return prefix + body


def fuzzy_names(rng: random.Random) -> dict[str, str]:
    """Per-line synonyms: one name per symbol within a line."""
    names = {
        sym: (rng.choice(FUZZY_NAME[sym]) if sym in FUZZY_NAME and rng.random() < 0.5 else clean)
        for sym, clean in CLEAN_NAME.items()
    }
    names["cap"] = "cap" if rng.random() < 0.75 else "capital"
    names["caps"] = "all caps" if rng.random() < 0.75 else "all cap"
    return names


CLEAN_NAMES = dict(CLEAN_NAME, cap="cap", caps="all caps")


def proto_word(word: str, rng: random.Random | None, names: dict[str, str] | None = None) -> str:
    """One command word in protocol speech; rng=None gives the clean form."""
    names = names or CLEAN_NAMES
    out: list[str] = []
    for sym in (">>", "&&", "||"):
        if word == sym:
            return names[sym]
    ps = pieces(word)
    k = 0
    while k < len(ps):
        p = ps[k]
        if p == "-" and k + 1 < len(ps) and ps[k + 1] == "-":
            out.append(names["--"])
            k += 2
            continue
        if p in CLEAN_NAME:
            out.append(names[p])
        elif p.isdigit():
            if rng is not None and rng.random() < 0.35:
                out.append(p)
            else:
                out.append(say_number(p))
        else:
            out.append(proto_alpha(p, rng, names))
        k += 1
    return " ".join(out)


def speakable(cmd: str) -> bool:
    return all(ch.isalnum() or ch == " " or ch in SYMBOL_CHARS for ch in cmd)


COMPOUND_SPLIT = [w for w in sorted(SAYABLE) if len(w) >= 7]


def split_long(text: str, rng: random.Random) -> str:
    """Whisper hears one long word as two ("workspace" -> "work space" is avoided: keyword)."""
    toks = text.split(" ")
    spots = []
    for idx, t in enumerate(toks):
        if len(t) < 7 or t not in SAYABLE:
            continue
        for cut in range(3, len(t) - 2):
            a, b = t[:cut], t[cut:]
            if a in SAYABLE and b in SAYABLE and a not in RESERVED and b not in RESERVED:
                spots.append((idx, cut))
    if not spots:
        return text
    idx, cut = rng.choice(spots)
    toks[idx] = toks[idx][:cut] + " " + toks[idx][cut:]
    return " ".join(toks)


def render_clean(cmd: str) -> str:
    return " space ".join(proto_word(w, None) for w in cmd.split(" "))


def render_fuzzy(cmd: str, rng: random.Random) -> str:
    names = fuzzy_names(rng)
    parts = [proto_word(w, rng, names) for w in cmd.split(" ")]
    text = ""
    for k, p in enumerate(parts):
        text += p
        if k < len(parts) - 1:
            text += " space, " if rng.random() < 0.25 else " space "
    if rng.random() < 0.4:
        text = split_long(text, rng)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.5:
        text += "."
    return text


# ---------------------------------------------------------------- natural speech
def text_ok(word: str) -> bool:
    """Whisper writes this (lower-case) command word as plain text."""
    if not re.fullmatch(r"[a-z0-9./_~:=@+-]+", word):
        return False
    if word.lower() in RESERVED or SPELLED_RE.fullmatch(word):
        return False
    if word[-1] in ".,;:!?" or word[0] in "._=:@+":
        return False
    flag = word.startswith("-")
    for p in re.findall(r"[a-z]+", word):
        if p in SAYABLE or p in WHISPER_TEXT or len(p) <= 2 or (flag and len(p) <= 4):
            continue
        return False
    return True


def nat_segment(seg: str, rng: random.Random, whole: bool = False) -> list[str]:
    """One alphanumeric run, spoken naturally: text, spelled letters or case-marked words."""
    if not re.search(r"[A-Z]", seg):
        if seg.isdigit():
            if whole and rng.random() < 0.3:
                return [say_number(seg)]
            return [seg]
        if text_ok(seg):
            return [seg]
        if seg.isalpha():
            return ["-".join(seg.upper()) if rng.random() < 0.75 or len(seg) > 4 else seg.upper()]
        return [seg]
    out: list[str] = []
    for p in pieces(seg):
        low = p.lower()
        if p.isdigit() or p.islower():
            out.append(p)
            continue
        mark = "all caps" if (p.isupper() and len(p) > 1) else "cap"
        if spelled_ok(low) or len(low) == 1:
            body = low
        else:
            body = "-".join(low.upper()) if rng.random() < 0.75 or len(low) > 4 else low.upper()
        out += [mark, body]
    return out


def nat_word(word: str, rng: random.Random, p_text: float) -> str:
    """One command word the way Whisper writes Desmond's natural speech."""
    if word in CLEAN_NAME and not word.isalnum():
        return CLEAN_NAME[word]
    if word.isdigit():
        return " ".join(nat_segment(word, rng, whole=True))
    if text_ok(word) and rng.random() < p_text:
        return word
    toks: list[str] = []
    k = 0
    runs = re.findall(r"[A-Za-z0-9]+|.", word)
    while k < len(runs):
        r = runs[k]
        if r == "-" and k + 1 < len(runs) and runs[k + 1] == "-":
            toks.append("dash dash")
            k += 2
            continue
        if r in CLEAN_NAME:
            toks.append(CLEAN_NAME[r])
        else:
            toks += nat_segment(r, rng)
        k += 1
    return " ".join(toks)


def tool_index(words: list[str]) -> int:
    return 1 if words[0] == "sudo" and len(words) > 1 else 0


def nat_render(cmd: str, rng: random.Random) -> list[str]:
    p_text = 0.85 if rng.random() < 0.6 else 0.4
    out = [nat_word(w, rng, p_text) for w in cmd.split(" ")]
    if cmd.startswith("sudo ") and rng.random() < 0.3:
        out[0] = "pseudo"
    return out


def sent(text: str) -> str:
    """Whisper's sentence capital."""
    return text[:1].upper() + text[1:] if text[:1].isalpha() else text


def why_of(desc: str) -> str | None:
    desc = desc.strip().rstrip(".")
    desc = re.sub(r"^Interactive (?=[A-Z])", "", desc)  # tldr's mode tag, not part of the why
    if not re.fullmatch(r"[A-Za-z0-9 '/-]+", desc) or len(desc) > 70:
        return None
    bad = r"\b(space|oops|undo|back|top|over|please|hush|sorry|backup)\b"
    if re.search(bad, desc, re.IGNORECASE):
        return None
    if len(desc) > 1 and desc[1].isupper():
        return desc
    return desc[:1].lower() + desc[1:]


def natural_line(cmd: str, why: str | None, rng: random.Random) -> str:
    c = " ".join(nat_render(cmd, rng))
    cap = sent(c)
    shapes = [
        lambda: f"Okay, here goes. {cap}.",
        lambda: f"Okay here goes: {c}.",
        lambda: f"The command is {c}.",
        lambda: f"The command is {c}. Thanks.",
        lambda: f"Here goes: {c}. That's it.",
        lambda: f"Next one. The command is {c}.",
        lambda: f"{cap}, please.",
        lambda: f"Please type {c}.",
        lambda: f"Reading it out: {c}. End of command.",
        lambda: f"Okay. {cap}. Thank you.",
        lambda: f"Alright, the command is {c}, please.",
        lambda: f"Hush. Okay, here goes. {cap}.",
    ]
    if why:
        w = why
        shapes += [
            lambda: f"This one is to {w}. The command is {c}.",
            lambda: f"I need to {w}. Okay, here goes: {c}.",
            lambda: f"I want to {w}, so the command is {c}.",
            lambda: f"The command is {c}, because I need to {w}.",
            lambda: f"{cap}. This one is to {w}.",
            lambda: f"Okay, this is to {w}. Here goes. {cap}. Thanks.",
        ] * 2
    return rng.choice(shapes)()


# ---------------------------------------------------------------- chaotic speech
WRONG_WORDS = [
    "status",
    "stash",
    "master",
    "test",
    "backup",
    "list",
    "show",
    "start",
    "update",
    "remove",
    "config",
    "search",
    "delete",
    "version",
]
WRONG_FLAGS = ["--force", "--verbose", "--all", "--quiet", "--debug", "-v", "-f", "-r", "-x"]
WRONG_FILES = ["notes", "old", "main", "config", "report", "draft"]
WRONG_SYMBOLS = ["dot", "slash", "dash", "line", "colon", "star"]


def mutate(word: str, words: list[str], rng: random.Random) -> str:
    for _ in range(20):
        if word.isdigit():
            w = str(int(word) + rng.choice([1, 2, 10]))
        elif word.startswith("-"):
            w = rng.choice(WRONG_FLAGS)
        elif "." in word and re.fullmatch(r"[\w./~-]+", word):
            head, _, tail = word.rpartition("/")
            _, dot, ext = tail.partition(".")
            w = (head + "/" if head else "") + rng.choice(WRONG_FILES) + dot + ext
        else:
            w = rng.choice(WRONG_WORDS)
        if w != word and w not in words:
            return w
    return "staging"


def chaotic_line(cmd: str, why: str | None, rng: random.Random) -> str:
    words = cmd.split(" ")
    n = len(words)
    proto = n > 1 and rng.random() < 0.33
    if proto:
        names = fuzzy_names(rng) if rng.random() < 0.4 else None
        fz = rng if names else None

        def say(w: str) -> str:
            return proto_word(w, fz, names)

        rendered = [say(w) for w in words]
        joiner = " space "
    else:
        p_text = 0.85 if rng.random() < 0.6 else 0.4

        def say(w: str) -> str:
            return nat_word(w, rng, p_text)

        rendered = nat_render(cmd, rng)
        joiner = " "

    def j(xs: list[str]) -> str:
        return joiner.join(xs)

    full = j(rendered)
    kind = rng.choice(["oops", "oops", "oops_late", "undo", "undo", "undo_sym", "back", "lead"])
    i = rng.randrange(1, n) if n > 1 else 0
    wrong_r = say(mutate(words[i], words, rng))
    if kind == "oops":
        mark = rng.choice([", oops, ", " oops ", " oops, ", "... oops. "])
        core = j(rendered[:i] + [wrong_r]) + mark + j(rendered[i:])
    elif kind == "oops_late":
        # he noticed one word late, after "space" (protocol) or after the next word started
        if proto:
            core = j(rendered[:i] + [wrong_r]) + " space, oops, " + j(rendered[i:])
        else:
            core = j(rendered[:i] + [wrong_r]) + ", oops, " + j(rendered[i:])
    elif kind == "undo":
        if proto:
            extra = rng.choice(WRONG_WORDS) if rng.random() < 0.5 else rng.choice(WRONG_SYMBOLS)
        else:
            extra = rng.choice(WRONG_WORDS)
        mark = rng.choice([", undo that, ", " undo that ", ". Undo that. "])
        core = j(rendered[:i]) + (joiner if i else "") + extra + mark + j(rendered[i:])
        core = core.replace("  ", " ")
    elif kind == "undo_sym":
        # a stray symbol after a word, taken back
        k = rng.randrange(n)
        sym = rng.choice(WRONG_SYMBOLS)
        twice = rng.random() < 0.3
        mark = ", undo that, undo that, " if twice else rng.choice([", undo that, ", " undo that "])
        extra = f"{sym} {rng.choice(WRONG_SYMBOLS)}" if twice else sym
        head = j(rendered[: k + 1]) + " " + extra + mark.rstrip()
        tail = j(rendered[k + 1 :])
        core = head + ((joiner.rstrip() if proto else "") + " " + tail if tail else "")
        core = " ".join(core.split()).rstrip(",")
    elif kind == "back":
        k = rng.randrange(1, n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        mark = rng.choice(
            [
                ", back up, ",
                ". Back up. ",
                "... from the top. ",
                ", oops, back up. ",
                ". Backup. ",
                ", start over, ",
            ]
        )
        core = j(attempt) + mark + (sent(full) if mark.endswith(". ") else full)
    else:  # lead: "the command is" said again
        k = rng.randrange(1, n + 1)
        attempt = rendered[: k - 1] + [say(mutate(words[k - 1], words, rng))]
        sep = rng.choice(["... oops. ", ", oops, ", ". Oops. "])
        return f"The command is {j(attempt)}{sep}the command is {full}."
    frame = rng.randrange(9)
    if frame == 0:
        line = f"Okay, here goes. {sent(core)}"
    elif frame == 1:
        line = f"The command is {core}"
    elif frame == 2:
        line = f"Um, the command is {core}"
    elif frame == 3:
        line = f"Sorry, my reader was talking. {sent(core)}"
    elif frame == 4 and why:
        line = f"This one is to {why}. The command is {core}"
    elif frame == 5:
        line = f"{sent(core)}. Thanks"
    elif frame == 6:
        line = f"Hush. Okay here goes: {core}"
    elif frame == 7 and why:
        line = f"{sent(core)}, because I need to {why}"
    else:
        line = sent(core)
    return line + "."


# ---------------------------------------------------------------- candidates
def load_candidates() -> list[dict]:
    out = []
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 4 != 1:
                continue
            row = json.loads(raw)
            cmd = row["command"]
            if (
                not cmd.isascii()
                or len(cmd) > 80
                or cmd != cmd.strip()
                or "  " in cmd
                or "\n" in cmd
                or "\t" in cmd
                or not speakable(cmd)
            ):
                continue
            words = cmd.split(" ")
            out.append(
                {
                    "command": cmd,
                    "why": why_of(row.get("description", "")),
                    "tool": words[tool_index(words)],
                }
            )
    return out


def valid_input(text: str) -> bool:
    return text.isascii() and "\n" not in text and "\t" not in text and "  " not in text


def main() -> None:
    rng = random.Random(SEED)
    cands = load_candidates()
    rng.shuffle(cands)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    rows: list[dict] = []
    for slice_name in SLICES:
        got = 0
        for cand in cands:
            if got == PER_SLICE:
                break
            cmd = cand["command"]
            if cmd in used or tools[cand["tool"]] >= 2:
                continue
            if slice_name in ("clean", "fuzzy") and " " not in cmd:
                continue
            line = None
            for _ in range(8):
                if slice_name == "clean":
                    text = render_clean(cmd)
                elif slice_name == "fuzzy":
                    text = render_fuzzy(cmd, rng)
                elif slice_name == "natural":
                    text = natural_line(cmd, cand["why"], rng)
                else:
                    text = chaotic_line(cmd, cand["why"], rng)
                if valid_input(text) and decode(text) == cmd:
                    line = text
                    break
            if line is None:
                continue
            used.add(cmd)
            tools[cand["tool"]] += 1
            rows.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
            got += 1
        if got != PER_SLICE:
            raise SystemExit(f"only {got} lines for slice {slice_name}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(r["slice"] for r in rows)
    print(
        f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: "
        + ", ".join(f"{s} {counts[s]}" for s in SLICES)
    )


if __name__ == "__main__":
    main()
