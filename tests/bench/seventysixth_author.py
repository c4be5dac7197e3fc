#!/usr/bin/env python3
"""Author 76: "Uncle Walt", an independent voice-to-bash evaluation set.

Commands and descriptions come from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0, via assets/training/bash/platforms_dev48_commands.jsonl and
assets/training/bash/pages_dev47_commands.jsonl.  Running this script writes
assets/training/bash/author76.jsonl (400 lines: 100 clean, 100 fuzzy, 100 natural,
100 chaotic).  Standard library only; one random.Random(7606) consumed in a fixed
order, so reruns are byte-identical.

STYLE GUIDE
===========

Persona
-------
Walt is a retired BSD kernel hacker in his sixties, living in California, talking
his nephew through a shell over the phone.  He learned his symbol names from the
Jargon File and never gave them up: slash is "whack", an asterisk is a "splat",
an apostrophe is a "tick".  He calls the nephew "kiddo", tells stories about VAXen
and PDP-11s, and says ports and years in pairs ("eighty eighty", "nineteen eighty
nine").  When he fumbles he talks like an old navy man ("belay that").

Vocabulary (what Walt says -> character)
----------------------------------------
  space            the separator (one space in the command)
  bang  !          splat / star  *        whack / slash  /     backwhack  \\
  hash  #          tick  '                backtick  `          double tick / quote  "
  squiggle / twiddle  ~                   dash  -              dot  .
  pipe  |          at  @                  dollar  $            hat  ^
  open paren (     close paren )          open brace {         close brace }
  open square [    close square ]         colon  :             semi  ;
  equals  =        comma  ,               underscore  _        percent  %
  amper  &         plus  +                query  ?
  left angle  <    right angle  >
Whisper's (and Walt's sloppier) variants, heard in the fuzzy slice and accepted by
the listener everywhere in protocol speech:
  wack / back wack / backwack (for whack / backwhack), minus, hyphen (-),
  period, point (.), asterisk (*), tilde (~), pound (#), back tick (`),
  double quote ("), apostrophe ('), exclamation point (!), semicolon (;),
  equal, equal sign (=), ampersand (&), caret (^), at sign (@), dollar sign ($),
  under score (_), less than (<), greater than (>), open/close bracket ([ ]),
  percent sign (%), question mark (?).

Casing: "cap" before a letter or word capitalises its first letter ("cap child"
-> Child, "cap l" -> L); "all caps" before a word upper-cases the word ("all caps
reg" -> REG) and before spelled letters upper-cases the whole run of letters that
follows ("all caps n t f s" -> NTFS).  Everything without a casing word is lower
case.

Words and letters: pieces that sound like words are said as words ("install",
"lodash", "powermetrics"); pieces with no vowels, acronyms, or pieces he cannot
pronounce are spelled ("c h p a s s", "h top", "x args", "p p m to b m p").  A
piece that sounds like one of his vocabulary words (hash, dot, one, point...) is
always spelled so it cannot be mistaken for the symbol or number.

Numbers: digit runs digit by digit with "oh" for zero ("oh six four four"); a
lone zero is "oh" or "zero"; two digits as a number ("seventy six", "twelve");
four digits in pairs the way you say a year or a port ("eighty eighty",
"nineteen eighty nine", "twenty oh five", "forty three twenty one"), round ones as
"three thousand" / "nineteen hundred"; three digits digit by digit or as
"one twenty three", round ones as "two hundred".  In natural talk Whisper writes
the digits ("8080", "0644").

Corrections: "belay that", "scratch that", "let's try that again", "hold your
horses" throw away everything said so far; "nope", "no wait", "I mean", "my bad,
make that", "actually" take back just the last thing said.  Fillers: uh, um, er,
erm, hmm.

Framing (natural speech): a story or purpose first ("So you wanna list the
listening sockets?", "Back in my day we did this on a VAX..."), then a cue --
"type", "punch in" or "key in" -- then the command, then a sign-off: "and hit
return", "then hit return", "and hit enter", "then hit enter", "and let her rip",
"then let her rip" (Whisper may put a comma before it), then maybe a closing
remark.

How each slice is made
----------------------
clean    Strict protocol: every character spoken in the vocabulary above, "space"
         exactly where the command has a space, casing words, numbers as words.
         Lower case, no punctuation, nothing else.
fuzzy    The same protocol with Whisper slips: variant symbol names, a capitalised
         first word and final full stop, commas after some "space"s, some numbers
         as digits ("5", "80 80"), words split ("power metrics") or joined
         ("dashdash", "dash-dash", "forty-two", "allcaps", spelled letters run
         together: "l s" -> "ls").
natural  Walt talking: framing + cue + command + sign-off.  Whisper writes words,
         flags, file names, paths, numbers and URLs as text.  The only things Walt
         still names aloud are quote marks (tick, double tick / quote, backtick) and
         stand-alone symbol tokens: pipe, dash, dash dash, dot, splat / star, bang,
         squiggle / twiddle, semi, amper, double amper, left angle, right angle,
         double right angle.  Commands with other symbols inside a word (a dollar, a
         brace, a bracket, a splat in a glob, a quote in the middle of a word) are
         not something Whisper can write from natural talk, so those commands are
         dictated in protocol instead (they go to another slice, see ROUTING).
chaotic  Natural (about a fifth of the time protocol, "spell this one") speech with
         fillers and at least one correction per line: a taken-back word
         ("install, nope, uninstall") and/or a restart ("... belay that. Type ...").

Listener rules (implemented by decode() below)
----------------------------------------------
Protocol lines (clean, fuzzy, and a chaotic span that contains the word "space"):
 P1  Lower-case everything; drop a final full stop; drop commas; read a hyphen
     between words as a word break ("forty-two" = "forty two").  Read "dashdash"
     as "dash dash", "allcaps" as "all caps", "doubletick" as "double tick".
 P2  Drop fillers (uh, um, er, erm, hmm).
 P3  Read the words left to right, longest phrase first: "space" is a space;
     a symbol name (either list above) is its character; "cap" capitalises the next
     word or letter; "all caps" upper-cases the next word, or the whole run of
     single letters that follows; a run of number words and digit strings is one
     number (oh/zero = 0, one..nine, ten..nineteen, a tens word takes a following
     one..nine, "hundred" = 00, "thousand" = 000, digit strings as written);
     any other word or letter is itself.
 P4  A take-back marker (nope, no wait, I mean, my bad make that, actually) deletes
     the unit said just before it: a word or letter together with its casing
     words, a whole number, or a whole symbol name.
 P5  Glue everything together with no spaces; the only spaces are the "space"s.
Spoken lines (natural and chaotic):
 S1  If a restart phrase occurs (belay that, scratch that, let's try that again,
     hold your horses), forget everything up to and including the last one.
 S2  The command starts after the first cue (type, punch in, key in) in what is
     left; with no cue it starts right there (after any comma).
 S3  The command ends at the last sign-off ("and/then hit return/enter",
     "and/then let her rip"), together with a comma in front of it.
 S4  If the command part contains the word "space", read it with P1-P5.
 S5  Otherwise split it at blanks.  Drop fillers, and a comma Whisper hung on the
     word before a filler.  A take-back marker deletes the word before it.
 S6  Quote names (tick, double tick, quote, backtick) alternate open/close per kind:
     an opening one sticks to the word after it, a closing one to the word before
     it.  Stand-alone symbol names (pipe, dash, dash dash, dot, splat, star, bang,
     squiggle, twiddle, semi, amper, double amper, left angle, right angle, double
     right angle) are that symbol as its own word.  Every other word is written as
     Whisper wrote it.  Words are joined with single spaces.

ROUTING AND SKIPS
-----------------
Platform commands (odd lines of platforms_dev48) go first into clean and fuzzy
(first half clean, second half fuzzy); every one of them can be dictated in
protocol, so none is skipped except by the two-per-tool and no-duplicate rules.
Pages commands (lines %4 == 2 of pages_dev47) fill the rest in turn.  A pages
command whose symbols natural speech cannot carry (see the natural slice) is not
put in natural; it is dictated in protocol instead (chaotic protocol mode, or clean
/ fuzzy while they have room); only if no slice can take it any more is it left
out.  Commands beyond the 400 needed are simply not used.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASH = os.path.join(ROOT, "assets", "training", "bash")
PLATFORM = os.path.join(BASH, "platforms_dev48_commands.jsonl")
PAGES = os.path.join(BASH, "pages_dev47_commands.jsonl")
OUT = os.path.join(BASH, "author76.jsonl")
AUTHOR = "author76"
PER_SLICE = 100

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# Walt's own names (first is his favourite; the renderer picks per line).
SAY = {
    " ": ["space"],
    "!": ["bang"], "*": ["splat", "star"], "/": ["whack", "slash"],
    "\\": ["backwhack"], "#": ["hash"], "'": ["tick"], "`": ["backtick"],
    '"': ["double tick", "quote"], "~": ["squiggle", "twiddle"], "-": ["dash"],
    ".": ["dot"], "|": ["pipe"], "@": ["at"], "$": ["dollar"], "^": ["hat"],
    "(": ["open paren"], ")": ["close paren"], "{": ["open brace"],
    "}": ["close brace"], "[": ["open square"], "]": ["close square"],
    ":": ["colon"], ";": ["semi"], "=": ["equals"], ",": ["comma"],
    "_": ["underscore"], "%": ["percent"], "&": ["amper"], "+": ["plus"],
    "?": ["query"], "<": ["left angle"], ">": ["right angle"],
}
SAY_WEIGHTS = {"/": [3, 1], "*": [2, 1], '"': [2, 1], "~": [2, 1]}

# Variants heard in the fuzzy slice (Whisper mishearings and sloppier names).
VARIANTS = {
    "/": ["wack", "wack", "slash"], "\\": ["back whack", "back wack", "backwack"],
    "-": ["minus", "hyphen"], ".": ["period", "point"], "*": ["asterisk"],
    "~": ["tilde"], "#": ["pound"], "`": ["back tick"], '"': ["double quote"],
    "'": ["apostrophe"], "!": ["exclamation point"], ";": ["semicolon"],
    "=": ["equal", "equal sign"], "&": ["ampersand"], "^": ["caret"],
    "@": ["at sign"], "$": ["dollar sign"], "_": ["under score"],
    "<": ["less than"], ">": ["greater than"], "[": ["open bracket"],
    "]": ["close bracket"], "%": ["percent sign"], "?": ["question mark"],
}

ONES = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
DIGIT_WORD = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
         "nineteen": "19"}
TEEN_WORD = {v: k for k, v in TEENS.items()}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
TENS_WORD = {v: k for k, v in TENS.items()}
SCALE = {"hundred": "00", "thousand": "000"}

FILLERS = ["uh", "um", "er", "erm", "hmm"]
TAKEBACKS = [["nope"], ["no", "wait"], ["i", "mean"], ["my", "bad", "make", "that"],
             ["actually"]]
RESTART_RE = re.compile(r"\b(?:belay that|scratch that|let's try that again|hold your horses)\b",
                        re.I)
CUE_RE = re.compile(r"\b(?:type|punch in|key in)\b", re.I)
END_RE = re.compile(r",?\s+\b(?:and|then) (?:hit (?:return|enter)|let her rip)\b", re.I)

# Protocol phrase table: tuple of words -> character (longest match first).
PHRASES = {}
for _ch, _names in list(SAY.items()) + list(VARIANTS.items()):
    for _n in _names:
        PHRASES[tuple(_n.split())] = _ch
PHRASE_MAX = max(len(k) for k in PHRASES)
JOINED = {"dashdash": ["dash", "dash"], "allcaps": ["all", "caps"],
          "doubletick": ["double", "tick"], "backwhack": ["backwhack"],
          "backtick": ["backtick"]}

# Words that may never be said as a literal word (they would be heard as a symbol,
# casing word, number, filler or take-back); such pieces are spelled.
_PHRASE_STARTERS_ONLY = ["double", "open", "close", "left", "right", "back", "under",
                         "question", "exclamation", "all", "no", "my", "i", "make",
                         "that", "less", "greater"]
VOCAB = set()
for _k in PHRASES:
    for _w in _k:
        VOCAB.add(_w)
for _w in _PHRASE_STARTERS_ONLY:
    VOCAB.discard(_w)
VOCAB.update(["cap", "caps", "space", "hundred", "thousand", "than", "angle"])
VOCAB.update(ONES)
VOCAB.update(TEENS)
VOCAB.update(TENS)
VOCAB.update(FILLERS)
VOCAB.update(["nope", "wait", "mean", "bad", "actually", "dashdash", "allcaps",
              "doubletick", "backwack"])

# Natural speech: stand-alone symbol tokens and quote names.
NAT_STANDALONE = {("pipe",): "|", ("dash", "dash"): "--", ("dash",): "-", ("dot",): ".",
                  ("splat",): "*", ("star",): "*", ("bang",): "!", ("squiggle",): "~",
                  ("twiddle",): "~", ("semi",): ";", ("amper",): "&",
                  ("double", "amper"): "&&", ("left", "angle"): "<",
                  ("right", "angle"): ">", ("double", "right", "angle"): ">>"}
NAT_QUOTES = {("double", "tick"): '"', ("quote",): '"', ("tick",): "'", ("backtick",): "`"}
NAT_SAY = {"|": ["pipe"], "--": ["dash dash"], "-": ["dash"], ".": ["dot"],
           "*": ["splat", "star"], "!": ["bang"], "~": ["squiggle", "twiddle"],
           ";": ["semi"], "&": ["amper"], "&&": ["double amper"], "<": ["left angle"],
           ">": ["right angle"], ">>": ["double right angle"]}
NAT_QSAY = {'"': ["double tick", "quote"], "'": ["tick"], "`": ["backtick"]}
NAT_LITERAL = re.compile(r"^[A-Za-z0-9\-./_:=@~,%+]+$")

# ---------------------------------------------------------------------------
# Listener: decode()
# ---------------------------------------------------------------------------


def _number_run(toks):
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ONES:
            out.append(ONES[t])
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in ONES and ONES[nxt] != "0":
                out.append(TENS[t] + ONES[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t in SCALE:
            out.append(SCALE[t])
        i += 1
    return "".join(out)


def _is_number_word(t):
    return t.isdigit() or t in ONES or t in TEENS or t in TENS or t in SCALE


def _is_letter(t):
    return len(t) == 1 and t.isalpha()


def decode_protocol(text):
    """Rules P1-P5."""
    t = text.strip().lower()
    t = re.sub(r"[.]+$", "", t)
    t = t.replace(",", " ").replace("-", " ")
    toks = []
    for w in t.split():
        toks.extend(JOINED.get(w, [w]))
    toks = [w for w in toks if w not in FILLERS]
    units = []  # list of strings (decoded pieces)
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i]
        # take-back markers
        hit = None
        for tb in TAKEBACKS:
            if toks[i:i + len(tb)] == tb:
                hit = tb
                break
        if hit:
            if units:
                units.pop()
            i += len(hit)
            continue
        if w == "space":
            units.append(" ")
            i += 1
            continue
        if w == "cap" and i + 1 < n:
            units.append(toks[i + 1][:1].upper() + toks[i + 1][1:])
            i += 2
            continue
        if w == "all" and i + 1 < n and toks[i + 1] == "caps":
            j = i + 2
            if j < n and _is_letter(toks[j]):
                k = j
                while k < n and _is_letter(toks[k]):
                    k += 1
                units.append("".join(toks[j:k]).upper())
                i = k
            elif j < n:
                units.append(toks[j].upper())
                i = j + 1
            else:
                i = j
            continue
        matched = False
        for L in range(PHRASE_MAX, 0, -1):
            key = tuple(toks[i:i + L])
            if len(key) == L and key in PHRASES:
                units.append(PHRASES[key])
                i += L
                matched = True
                break
        if matched:
            continue
        if _is_number_word(w):
            j = i
            while j < n and _is_number_word(toks[j]):
                j += 1
            units.append(_number_run(toks[i:j]))
            i = j
            continue
        units.append(w)
        i += 1
    return "".join(units)


def _strip_word(w):
    return w.lower().strip(",.")


def decode_natural_tokens(toks):
    """Rules S5-S6 on the blank-separated words of a natural command part."""
    kept = []
    i = 0
    while i < len(toks):
        key = _strip_word(toks[i])
        if key in FILLERS:
            if kept and kept[-1].endswith(","):
                kept[-1] = kept[-1][:-1]
            i += 1
            continue
        hit = None
        for tb in TAKEBACKS:
            if [_strip_word(x) for x in toks[i:i + len(tb)]] == tb:
                hit = tb
                break
        if hit:
            if kept:
                kept.pop()
            i += len(hit)
            continue
        kept.append(toks[i])
        i += 1
    out = ""
    glue_next = False
    open_q = {}
    i = 0
    while i < len(kept):
        done = False
        for L in (3, 2, 1):
            key = tuple(kept[i:i + L])
            if len(key) != L:
                continue
            if key in NAT_QUOTES:
                q = NAT_QUOTES[key]
                if open_q.get(q):
                    out += q
                    open_q[q] = False
                    glue_next = False
                else:
                    if out and not glue_next:
                        out += " "
                    out += q
                    open_q[q] = True
                    glue_next = True
                i += L
                done = True
                break
            if key in NAT_STANDALONE:
                if out and not glue_next:
                    out += " "
                out += NAT_STANDALONE[key]
                glue_next = False
                i += L
                done = True
                break
        if done:
            continue
        if out and not glue_next:
            out += " "
        out += kept[i]
        glue_next = False
        i += 1
    return out


def decode_spoken(text):
    """Rules S1-S6 (S4 hands protocol speech to P1-P5)."""
    t = text
    last = None
    for m in RESTART_RE.finditer(t):
        last = m
    if last:
        t = t[last.end():]
    m = CUE_RE.search(t)
    if m:
        t = t[m.end():]
    ends = list(END_RE.finditer(t))
    if ends:
        t = t[:ends[-1].start()]
    t = t.strip()
    t = re.sub(r"^[,\s]+", "", t)
    toks = t.split()
    if any(_strip_word(w) == "space" for w in toks):
        return decode_protocol(t)
    return decode_natural_tokens(toks)


def decode(line):
    """What a listener who knows the style guide writes down for one line."""
    if line["slice"] in ("clean", "fuzzy"):
        return decode_protocol(line["input"])
    return decode_spoken(line["input"])


# ---------------------------------------------------------------------------
# Speaker: rendering
# ---------------------------------------------------------------------------

V = "aeiou"
ONSETS = set("b c d f g h j k l m n p r s t v w z y".split()) | set(
    "bl br ch cl cr dr fl fr gl gr kl kn pl pr ph sc sh sk sl sm sn sp st sw th tr tw "
    "wh wr qu str scr spr spl thr shr squ sch chr phr".split())
TWO_OK = ["go", "do", "up", "in", "on", "is", "it", "of", "to", "no", "so", "me", "my",
          "we", "be", "by", "as", "an", "or", "if", "us", "ad", "ax", "ex", "el"]
ACRONYMS = ["id", "io", "ui", "ux", "ip", "os", "api", "url", "uri", "iso", "usb", "cpu",
            "gpu", "aws", "cli", "vm", "pid", "uid", "gid", "ide", "tui", "gui", "avi",
            "exe", "ocr", "eps", "sif", "gpg", "rpc", "ldap", "uuid", "ntlm", "vg",
            "ok", "ca", "dc", "ssa", "ce", "sks", "iam", "dsf", "msi", "md",
            "ipa", "oif", "nud", "ibm", "ieee", "eula", "ux", "tv", "jj",
            "mu", "nh", "nb", "ng", "pi", "re", "ac", "ie", "wlan", "pe", "mo", "po",
            "gv", "ico", "ovl", "aur", "lvs"]
COMMON = ["sock", "stat", "code", "build", "file", "list", "dump", "spin", "power", "top",
          "back", "up", "log", "logs", "time", "zone", "adm", "task", "kill", "get", "set",
          "help", "mac", "find", "str", "chk", "disk", "pass", "word", "user", "key", "data",
          "base", "config", "host", "name", "path", "ping", "play", "info", "type", "net",
          "work", "view", "edit", "test", "tool", "box", "man", "age", "new", "lock",
          "screen", "sync", "link", "form", "text", "font", "tab", "term", "shot", "scan",
          "mount", "grep", "cat", "page", "check", "clean", "dirs", "server", "shell", "run",
          "mod", "probe", "status", "update", "manager", "media", "image", "store", "win",
          "edge", "doc", "virtual", "script", "mon", "out", "off", "down", "part", "driver",
          "event", "create", "args", "wall", "flow", "perf", "trace", "route", "nano",
          "tar", "zip", "git", "hub", "lab", "cloud", "dev", "web", "app", "pack", "age",
          "fmt", "conv", "diff", "merge", "sort", "cut", "paste", "join", "split", "head",
          "tail", "more", "less", "print", "open", "read", "write", "send", "recv", "auth",
          "json", "yaml", "pipe", "list", "map", "vault", "label", "lint", "style", "port",
          "ship", "crane", "docker", "pod", "kube", "flux", "gen", "go", "env", "exec", "docs",
          "cmd", "ctl"]
WHOLE_OK = ["json", "nginx", "xargs"]
CODA2 = ("nd nt ng nk ns mp ms mb ld lt lk lm lp ls lf lv rd rt rk rm rn rp rs rl rb rg rf "
         "rv st sk sp ct ft pt ck ks ts ds ps bs gs ws th sh ch ll ss ff zz tt gh ph wn wl "
         "wk wd xt dd gg mm nn pp rr bb nc lb lc rc sm ns ls cs").split()
CODA3 = ("nds rst nts ngs cks rts rks lds nks rms sts mps lts rds nth tch rch ght nch cts pts "
         "fts lls sks sps lks rns ffs mbs rls rth mpt nct rld").split()


def _vowel_mask(w):
    return [c in V or (c == "y" and i > 0) for i, c in enumerate(w)]


def sayable(w):
    if len(w) < 2:
        return False
    if len(w) == 2:
        return w in TWO_OK
    if re.search(r"(.)\1\1", w):
        return False
    if "q" in w and not re.search(r"qu", w):
        return False
    mask = _vowel_mask(w)
    if not any(mask):
        return False
    runs = []
    cur = ""
    for c, v in zip(w, mask, strict=False):
        if v:
            runs.append(cur)
            cur = ""
        else:
            cur += c
    first_vowel = mask.index(True)
    onset = w[:first_vowel]
    if onset and onset not in ONSETS:
        return False
    if any(len(r) > 3 for r in runs) or len(cur) > 3:
        return False
    if len(cur) == 3 and cur not in CODA3 and not (cur[:2] in CODA2 and cur[2] == "s"):
        return False
    if len(cur) == 2 and cur not in CODA2:
        return False
    vr = re.findall(r"[aeiou]+", w)
    if any(len(x) > 2 for x in vr) and not re.search(r"eau|iou|uou|eye", w):
        return False
    return True


def ok_word(w):
    if w in VOCAB or w in ACRONYMS:
        return False
    if w in WHOLE_OK or w in COMMON:
        return True
    if len(w) == 2:
        return w in TWO_OK
    return sayable(w)


def segment(w):
    """Split a lower-case letter run into words and spelled letters (no rng)."""
    if w in VOCAB or w in ACRONYMS:
        return list(w)
    if ok_word(w):
        return [w]
    n = len(w)
    best = [None] * (n + 1)
    best[0] = (0.0, 0, [])
    for i in range(1, n + 1):
        for j in range(0, i):
            if best[j] is None:
                continue
            piece = w[j:i]
            if len(piece) == 1:
                c, letters = 0.5, 1
            elif ok_word(piece) and (piece in COMMON or len(piece) >= 5):
                c, letters = (0.4 if piece in COMMON else 1.2), 0
            elif piece in TWO_OK and piece not in VOCAB:
                c, letters = 0.6, 0
            else:
                continue
            cand = (best[j][0] + c, best[j][1] + letters, best[j][2] + [piece])
            if best[i] is None or (cand[0], cand[1]) < (best[i][0], best[i][1]):
                best[i] = cand
    return best[n][2]


def _pair(s2):
    if s2[0] == "1":
        return TEEN_WORD[s2]
    return TENS_WORD[s2[0]] + ("" if s2[1] == "0" else " " + DIGIT_WORD[int(s2[1])])


def say_number(s, rng, zero="oh"):
    digits = " ".join(DIGIT_WORD[int(c)] for c in s)
    n = len(s)
    if n == 1:
        return zero if s == "0" else DIGIT_WORD[int(s)]
    if s[0] == "0":
        return digits
    if n == 2:
        return _pair(s)
    if n == 3:
        if s[1:] == "00":
            return DIGIT_WORD[int(s[0])] + " hundred"
        if s[1] != "0" and rng.random() < 0.4:
            return DIGIT_WORD[int(s[0])] + " " + _pair(s[1:])
        return digits
    if n == 4:
        if s[1:] == "000":
            return DIGIT_WORD[int(s[0])] + " thousand"
        if s[2:] == "00":
            return _pair(s[:2]) + " hundred"
        second = _pair(s[2:]) if s[2] != "0" else "oh " + DIGIT_WORD[int(s[3])]
        return _pair(s[:2]) + " " + second
    return digits


CASE_RUN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+")


def say_letters(s, percap=False):
    units = []
    for run in CASE_RUN.findall(s):
        low = run.lower()
        if run.islower():
            for ch in segment(low):
                units.append(("letter" if len(ch) == 1 else "word", ch))
        elif run.isupper() and len(run) > 1:
            if percap:
                for c in low:
                    units.append(("word", "cap " + c))
            elif ok_word(low) and len(low) > 2:
                units.append(("caps", "all caps " + low))
            else:
                units.append(("caps", "all caps " + " ".join(low)))
        else:
            chunks = segment(low)
            units.append(("word", "cap " + chunks[0]))
            for ch in chunks[1:]:
                units.append(("letter" if len(ch) == 1 else "word", ch))
    return units


def pick_names(cmd, rng):
    names = {}
    for ch in cmd:
        if ch in SAY and ch not in names:
            opts = SAY[ch]
            if len(opts) > 1:
                names[ch] = rng.choices(opts, weights=SAY_WEIGHTS.get(ch))[0]
            else:
                names[ch] = opts[0]
    return names


def protocol_units(cmd, rng, percap=False):
    """Units: (kind, text, source) -- kind in sp, sym, num, word, letter, caps."""
    names = pick_names(cmd, rng)
    zero = rng.choice(["oh", "oh", "zero"]) if re.search(r"(?<!\d)0(?!\d)", cmd) else "oh"
    units = []
    for m in re.finditer(r"[A-Za-z]+|[0-9]+|.", cmd):
        s = m.group()
        if s == " ":
            units.append(("sp", "space", s))
        elif s.isdigit():
            units.append(("num", say_number(s, rng, zero), s))
        elif s.isalpha():
            for k, t in say_letters(s, percap):
                units.append((k, t, s))
        else:
            units.append(("sym", names[s], s))
    return units


def join_units(units):
    return " ".join(u[1] for u in units)


# --- fuzzy slips ------------------------------------------------------------

def fuzzify(units, rng):
    units = [list(u) for u in units]
    ops = rng.sample(["variant", "digits", "commas", "join", "split", "sentence"],
                     k=rng.randint(2, 4))
    changed = False
    if "variant" in ops:
        for u in units:
            if u[0] == "sym" and u[2] in VARIANTS and rng.random() < 0.5:
                u[1] = rng.choice(VARIANTS[u[2]])
                changed = True
    if "digits" in ops:
        for u in units:
            if u[0] == "num" and rng.random() < 0.7:
                s = u[2]
                if len(s) == 4 and s[0] != "0" and s[2] != "0" and rng.random() < 0.5:
                    u[1] = s[:2] + " " + s[2:]
                else:
                    u[1] = s
                changed = True
    if "commas" in ops:
        for u in units:
            if u[0] == "sp" and rng.random() < 0.4:
                u[1] = "space,"
                changed = True
    if "join" in ops:
        cands = []
        for i in range(len(units) - 1):
            if units[i][1] == "dash" and units[i + 1][1] == "dash":
                cands.append(("dd", i))
            if units[i][0] == "letter" and units[i + 1][0] == "letter" and \
                    (i == 0 or units[i - 1][0] != "letter"):
                j = i
                while j < len(units) and units[j][0] == "letter":
                    j += 1
                joined = "".join(u[1] for u in units[i:j])
                if joined not in VOCAB:
                    cands.append(("ll", i))
        for i, u in enumerate(units):
            if u[0] == "num" and re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|"
                                              r"eighty|ninety) \w+", u[1]):
                cands.append(("nn", i))
            if u[0] == "caps":
                cands.append(("ac", i))
        if cands:
            for kind, i in rng.sample(cands, k=min(len(cands), rng.randint(1, 2))):
                if kind == "dd" and units[i][1] == "dash" and units[i + 1][1] == "dash":
                    units[i][1] = rng.choice(["dashdash", "dash-dash"])
                    units[i + 1][1] = ""
                elif kind == "ll":
                    j = i + 1
                    while j < len(units) and units[j][0] == "letter":
                        units[i][1] += units[j][1]
                        units[j][1] = ""
                        j += 1
                elif kind == "nn":
                    units[i][1] = units[i][1].replace(" ", "-", 1)
                elif kind == "ac":
                    units[i][1] = units[i][1].replace("all caps", "allcaps", 1)
                changed = True
    if "split" in ops:
        cands = []
        for i, u in enumerate(units):
            w = u[1]
            if u[0] != "word" or " " in w:
                continue
            for cut in range(3, len(w) - 2):
                a, b = w[:cut], w[cut:]
                if ok_word(a) and ok_word(b) and (a in COMMON or b in COMMON):
                    cands.append((i, cut))
                    break
        if cands:
            i, cut = rng.choice(cands)
            w = units[i][1]
            units[i][1] = w[:cut] + " " + w[cut:]
            changed = True
    text = " ".join(u[1] for u in units if u[1])
    if "sentence" in ops or not changed:
        text = text[:1].upper() + text[1:] + "."
    return text


# --- natural rendering --------------------------------------------------------

def natural_tokens(cmd, rng):
    """List of (text, is_literal) or None when natural speech cannot carry it."""
    pick = (lambda v: v[0]) if rng is None else rng.choice
    qnames = {q: pick(v) for q, v in NAT_QSAY.items()}
    snames = {}
    toks = []
    for piece in cmd.split(" "):
        if piece in NAT_SAY:
            if piece not in snames:
                snames[piece] = pick(NAT_SAY[piece])
            toks.append((snames[piece], False))
            continue
        lead = []
        while piece and piece[0] in qnames:
            lead.append(piece[0])
            piece = piece[1:]
        trail = []
        while piece and piece[-1] in qnames:
            trail.insert(0, piece[-1])
            piece = piece[:-1]
        if piece and not NAT_LITERAL.match(piece):
            return None
        for q in lead:
            toks.append((qnames[q], False))
        if piece:
            toks.append((piece, True))
        for q in trail:
            toks.append((qnames[q], False))
    return toks


INTROS = [
    "Okay kiddo,",
    "Alright kiddo, listen up.",
    "Okay, here's the trick.",
    "Back in my day we did this on a VAX with a line printer and a prayer. Anyway,",
    "You still there? Good.",
    "Hmm, lemme think. Yeah, yeah, I got it.",
    "Now don't get ahead of me, kiddo.",
    "Okay, this one's easy.",
    "When I was hacking on the BSD kernel in nineteen eighty nine we did this by hand. You,",
    "Alright, put the coffee down.",
    "Here's one from the old days.",
    "Okay kiddo, don't overthink it.",
    "Your aunt says hi. Now,",
    "We had a PDP eleven in the basement at Berkeley that could do this. Okay,",
    "Trust your old uncle on this one.",
    "Easy does it, kiddo.",
]
POLITE = ["would ya be a pal and", "do me a favor and", "go ahead and", "just", ""]
CUES = ["type", "type", "punch in", "key in"]
ENDS = [", and hit return.", " and hit return.", ", then hit enter.", " and let her rip.",
        ", then hit return.", " and hit enter."]
CLOSINGS = ["", "", " That'll do it.", " Easy as pie.", " Holler if it barks at you.",
            " Told ya, nothing to it.", " We used to wait all night for that kind of thing.",
            " Don't tell your mother I taught you that.",
            " Back in nineteen ninety one that took a whole afternoon.",
            " See, kiddo? Old dogs, old tricks.", " Now, where was I?",
            " Port eighty eighty, same as always.", " Then we'll go get a burrito.",
            " Ran the same thing on a Sun three in nineteen eighty six.",
            " Your old man never could get the hang of that.", " Cool? Cool.",
            " If it yells at you, read me what it says.", ""]
PURPOSE = ["So you wanna {d}?", "You said you need to {d}, right?", "To {d},",
           "Alright, you wanna {d}.", "Okay, so the job is to {d}."]


def clean_desc(d):
    d = d.strip().rstrip(".")
    d = re.sub(r"<([^>]*)>", r"\1", d)
    d = d.replace("\\", "").replace("`", "")
    d = re.sub(r"\s+", " ", d)
    if len(d) > 1 and not d[1].isupper():
        d = d[:1].lower() + d[1:]
    return d


def sjoin(parts):
    """Join framing pieces the way Whisper punctuates a sentence."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out:
            if out.endswith((".", "?", "!")):
                p = p[:1].upper() + p[1:]
            elif not re.match(r"(I\b|I'|[A-Z]{2})", p):
                p = p[:1].lower() + p[1:]
            out += " " + p
        else:
            out = p[:1].upper() + p[1:]
    return out


def framing_intro(desc, rng, chaos=False):
    parts = []
    r = rng.random()
    if desc and r < 0.45 and len(desc) < 90 and not re.search(r"[()\[\];:{}|]", desc):
        parts.append(rng.choice(PURPOSE).format(d=desc))
        if rng.random() < 0.5:
            parts.append(rng.choice(["Okay kiddo,", "Easy.", "Here ya go.", "Simple.",
                                     "Right,"]))
    else:
        parts.append(rng.choice(INTROS))
    if chaos:
        parts.insert(rng.randint(0, len(parts)), rng.choice(["Uh,", "Um,", "Erm,", "Hmm,"]))
    pol = rng.choice(POLITE)
    cue = rng.choice(CUES)
    parts.append((pol + " " + cue).strip())
    return sjoin(parts)


def natural_line(cmd, desc, rng):
    toks = natural_tokens(cmd, rng)
    if toks is None:
        return None
    span = " ".join(t for t, _ in toks)
    return framing_intro(desc, rng) + " " + span + rng.choice(ENDS) + rng.choice(CLOSINGS)


# --- chaotic rendering ----------------------------------------------------------

EXTS = ["txt", "log", "py", "sh", "csv", "json", "yaml", "md", "conf", "tar", "pdf", "html"]
WORDS = ["install", "remove", "list", "show", "start", "stop", "main", "demo", "data",
         "test", "alpha", "config", "status", "update", "backup", "docs", "logs", "build",
         "delete", "create", "search", "info", "init", "push", "pull", "run"]
LETTERS = "abcdefghklmnprstvwxz"
MARKERS = ["nope", "no wait", "I mean", "my bad, make that", "actually"]
RESTARTS = ["belay that", "scratch that", "let's try that again", "hold your horses"]


def wrong_literal(tok, rng):
    if re.search(r"\d", tok):
        idx = [i for i, c in enumerate(tok) if c.isdigit()]
        i = rng.choice(idx)
        d = rng.choice([c for c in "0123456789" if c != tok[i]])
        return tok[:i] + d + tok[i + 1:]
    m = re.search(r"^(.+)\.([A-Za-z0-9]+)$", tok)
    if m and not tok.startswith("."):
        return m.group(1) + "." + rng.choice([e for e in EXTS if e != m.group(2)])
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([c for c in LETTERS if c != tok[1].lower()])
    if tok.startswith("--"):
        return "--" + rng.choice([w for w in WORDS if w != tok[2:]])
    if "/" in tok:
        parts = tok.split("/")
        idx = [i for i, p in enumerate(parts) if p.isalpha()]
        if idx:
            i = rng.choice(idx)
            parts[i] = rng.choice([w for w in ["docs", "src", "tmp", "data", "logs", "build"]
                                   if w != parts[i]])
            return "/".join(parts)
    return rng.choice([w for w in WORDS if w != tok])


def _filler(rng):
    return rng.choice(["uh", "um", "er", "uh", "um"])


def _marker_join(wrong, marker, right):
    if marker.endswith("that"):
        return f"{wrong}, {marker} {right}"
    return f"{wrong}, {marker}, {right}"


def chaotic_natural_span(toks, rng, kind):
    """toks: list of (text, literal).  Returns the text spoken after the cue."""
    words = [t for t, _ in toks]
    lits = [i for i, (_, lit) in enumerate(toks) if lit]
    body = list(words)
    if kind in ("replace", "both") and lits:
        i = rng.choice(lits)
        body[i] = _marker_join(wrong_literal(words[i], rng), rng.choice(MARKERS), words[i])
    if rng.random() < 0.6 and len(body) > 1:
        j = rng.randint(0, len(body) - 2)
        body[j] = body[j] + ", " + _filler(rng) + ","
    full = " ".join(body)
    if kind in ("restart", "both") or not lits:
        cut = rng.randint(1, max(1, len(words) - 1))
        partial = " ".join(words[:cut])
        if lits and rng.random() < 0.5:
            i = rng.choice(lits)
            wl = list(words)
            wl[i] = wrong_literal(words[i], rng)
            partial = " ".join(wl[:max(cut, i + 1)])
        restart = rng.choice(RESTARTS)
        if rng.random() < 0.5:
            again = restart + ". " + rng.choice(
                ["Okay,", "Alright,", "From the top,", "Let me go slow,"]) + " " + \
                rng.choice(["type", "punch in", "key in"])
            full = partial + ", " + _filler(rng) + ", " + again + " " + full
        else:
            full = partial + ", " + _filler(rng) + ", " + restart + ", " + full
    return full


def wrong_unit(u, rng):
    kind, text, src = u
    if kind == "num":
        w = wrong_literal(src, rng)
        return say_number(w, rng)
    if kind == "letter":
        return rng.choice([c for c in LETTERS if c != text])
    if text.startswith("cap "):
        return "cap " + rng.choice([w for w in WORDS if w != text[4:]])
    return rng.choice([w for w in WORDS if w != text])


def chaotic_protocol_span(units, rng, kind):
    words = [u[1] for u in units]
    cands = [i for i, u in enumerate(units) if u[0] in ("num", "word", "letter")]
    body = list(words)
    if kind in ("replace", "both") and cands:
        i = rng.choice(cands)
        body[i] = _marker_join(wrong_unit(units[i], rng), rng.choice(MARKERS), words[i])
    if rng.random() < 0.6 and len(body) > 1:
        j = rng.randint(0, len(body) - 2)
        body[j] = body[j] + ", " + _filler(rng) + ","
    full = " ".join(body)
    if kind in ("restart", "both") or not cands:
        cut = rng.randint(1, max(1, len(words) - 1))
        partial = " ".join(words[:cut])
        restart = rng.choice(RESTARTS)
        again = restart + ". " + rng.choice(
            ["Okay, slow this time,", "Alright,", "From the top,"]) + " " + \
            rng.choice(["type", "punch in", "key in"])
        full = partial + ", " + _filler(rng) + ", " + again + " " + full
    return full


SPELL_INTROS_HARD = ["Okay kiddo, uh, this one's fiddly, so I'll spell it out.",
                     "This one's all punctuation, so, uh, I'll spell it like the old days.",
                     "Hmm, your terminal won't guess this one. Spelling it out.",
                     "Uh, lotta squiggly stuff in this one, kiddo. Letter by letter."]
SPELL_INTROS_ANY = ["Um, grab a pencil, kiddo, we're going letter by letter.",
                    "Your phone keeps cutting out, so, uh, I'll spell it.",
                    "Hmm, let's do this one the slow way, kiddo, every key.",
                    "Okay, uh, spelling it out so you don't fat-finger it."]


def chaotic_line(cmd, desc, rng, nat_ok):
    kind = rng.choice(["replace", "restart", "both", "replace"])
    mode = "nat" if nat_ok and rng.random() < 0.8 else "proto"
    if mode == "nat":
        toks = natural_tokens(cmd, rng)
        span = chaotic_natural_span(toks, rng, kind)
        head = framing_intro(desc, rng, chaos=True)
    else:
        units = protocol_units(cmd, rng)
        span = chaotic_protocol_span(units, rng, kind)
        intros = SPELL_INTROS_ANY if nat_ok else SPELL_INTROS_HARD
        head = rng.choice(intros) + " " + rng.choice(["Type", "Punch in", "Key in"])
    return head + " " + span + rng.choice(ENDS) + rng.choice(CLOSINGS)


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------


def load(path, keep):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if keep(i):
                rows.append(json.loads(line))
    return rows


def make(slice_name, cmd, desc, rng, nat_ok=True):
    """Return a kept line dict or None.  Tries several renderings."""
    for attempt in range(40):
        if slice_name == "clean":
            text = join_units(protocol_units(cmd, rng, percap=attempt >= 20))
        elif slice_name == "fuzzy":
            text = fuzzify(protocol_units(cmd, rng, percap=attempt >= 20), rng)
        elif slice_name == "natural":
            text = natural_line(cmd, desc if attempt < 20 else "", rng)
            if text is None:
                return None
        else:
            text = chaotic_line(cmd, desc if attempt < 20 else "", rng,
                                nat_ok and attempt < 30)
        line = {"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR}
        if decode(line) == cmd:
            return line
    return None


def main():
    rng = random.Random(7606)
    platform = load(PLATFORM, lambda i: i % 2 == 1)
    pages = load(PAGES, lambda i: i % 4 == 2)

    per_tool = {}
    used = set()

    def admissible(cmd):
        tool = cmd.split()[0]
        return cmd not in used and per_tool.get(tool, 0) < 2

    def take(cmd):
        tool = cmd.split()[0]
        per_tool[tool] = per_tool.get(tool, 0) + 1
        used.add(cmd)

    slices = {"clean": [], "fuzzy": [], "natural": [], "chaotic": []}
    plat = [r for r in platform]
    chosen = []
    for r in plat:
        if admissible(r["command"]):
            take(r["command"])
            chosen.append(r)
    half = (len(chosen) + 1) // 2
    for k, r in enumerate(chosen):
        sl = "clean" if k < half else "fuzzy"
        line = make(sl, r["command"], clean_desc(r["description"]), rng)
        if line is None:
            other = "fuzzy" if sl == "clean" else "clean"
            line = make(other, r["command"], clean_desc(r["description"]), rng)
            sl = other
        if line is None:
            raise SystemExit("cannot render platform command: {!r}".format(r["command"]))
        slices[sl].append(line)

    order = ["natural", "chaotic", "clean", "fuzzy"]
    turn = 0
    skipped = []
    for r in pages:
        if all(len(v) >= PER_SLICE for v in slices.values()):
            break
        cmd = r["command"]
        if not admissible(cmd):
            continue
        desc = clean_desc(r["description"])
        open_slices = [s for s in order if len(slices[s]) < PER_SLICE]
        target = open_slices[turn % len(open_slices)]
        turn += 1
        nat_ok = natural_tokens(cmd, None) is not None
        tries = [target] + [s for s in ["chaotic", "clean", "fuzzy"]
                            if s != target and s in open_slices]
        line = None
        for sl in tries:
            if sl == "natural" and not nat_ok:
                continue
            line = make(sl, cmd, desc, rng, nat_ok)
            if line is not None:
                break
        if line is None:
            # Natural speech cannot carry it and no protocol slice has room left.
            skipped.append(cmd)
            continue
        take(cmd)
        slices[line["slice"]].append(line)

    out = []
    for sl in ["clean", "fuzzy", "natural", "chaotic"]:
        if len(slices[sl]) != PER_SLICE:
            raise SystemExit(f"slice {sl} has {len(slices[sl])} lines")
        out.extend(slices[sl])
    cmds = [row["command"] for row in out]
    assert len(set(cmds)) == len(cmds)
    for row in out:
        assert decode(row) == row["command"], row
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {OUT} (skipped for want of room: {len(skipped)})")


if __name__ == "__main__":
    main()
