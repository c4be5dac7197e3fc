#!/usr/bin/env python3
"""Fourth-author evaluation set for voice-to-bash: ``assets/training/bash/author4.jsonl``.

An independent "fourth author" dictates the eval commands in his own voice,
and this file writes down what Whisper (OpenAI speech recognition) would
transcribe.  400 lines, 100 per slice (clean, fuzzy, natural, chaotic); each
line is ``{"input", "command", "slice", "author": "fourth"}``.  Standard
library only, deterministic (``random.Random(4)``).

Commands come from ``assets/training/bash/eval.jsonl`` (only its "command"
field is read).  They derive from tldr-pages, https://github.com/tldr-pages/tldr,
licensed CC BY 4.0.  Commands that cannot honestly be dictated are dropped
(non-ASCII, tabs, double spaces, heredocs, more than 60 spoken words).

Style guide: the fourth author's habits
========================================

How Whisper writes things down (all slices)
-------------------------------------------
* Sentence case: the first word of a sentence is capitalised ("Git space
  blame"), and so is the word after a full stop.  Most lines end with ".",
  some with "?" (a question frame) or nothing.  Commas appear at pauses.
  None of this punctuation is part of the command; a "." glued at the very
  end of the transcript is always sentence punctuation.
* Letters I spell come out as capitals, spaced ("N S enter") or run
  together ("GH", "UFW").  Acronyms come out in capitals even when I said
  them as a word ("JSON", "YAML", "SSH", "URL", "PDF", "NPM", "UV"), and
  names come out as proper nouns ("Docker", "Redis", "NumPy", "Alice").
  LISTENER RULE: Whisper's capitals are never a casing instruction.  Every
  letter is lower case unless I said a casing word:
    - "capital X" -> X; "capital hello" -> Hello (first letter only);
      "uppercase X" -> X (I only use it for single letters);
    - "all caps head" -> HEAD (the next word, or the next run of spelled
      letters: "all caps I F A C R" -> IFACR);
    - "camel case full screen" -> fullScreen, "pascal case create posts"
      -> CreatePosts (the run ends at "space" or a symbol).
* Numbers are often written as digits ("dash T 60", "port 8080", "8.8.8.8");
  digits are literal.  Whisper never hyphenates my number words.
* Whisper writes some of my symbol words as symbols: file names and hosts
  compact ("config.yaml", "example.com", "192.168.1.10"), web addresses
  compact ("https://example.com/file.zip"), e-mail addresses compact,
  sometimes a flag ("--force", "-d", "--no-cache") and plain hyphenated
  words ("no-cache").  A written symbol is literal; Whisper only does this
  for lower-case text, so there is never a casing question.

Protocol style (clean, fuzzy, half of chaotic)
----------------------------------------------
* I say "space" between shell words; whatever I say without "space" in
  between is one shell word.  So "mash tree" -> mashtree, "P A M enlarge"
  -> pamenlarge, "node underscore modules" -> node_modules.
* Tool names I can pronounce I say as words ("kubectl", "minikube"); names
  I can't, I sound out in chunks: spelled letters plus real words
  ("X clip", "N S enter", "hostname C T L", "PDF images").  A word that is
  itself a protocol word (dot, hash, quote, pipe ...) is always spelled.
* Symbols: dash, dot, slash, backslash, pipe, star, bang, hash, tilde, at,
  dollar, percent, caret, ampersand, equals, plus, colon, semicolon,
  underscore, comma, quote (") / single quote ('), backtick, question mark,
  open/close paren, brace, bracket, less than, greater than / redirect,
  append (>>), "two redirect" (2>), "dash dash" (--).  When sloppy I say
  "open quote" / "double quote" ... "close quote" / "end quote".
* Numbers: digit by digit for addresses and odd numbers ("one nine two"),
  compounds where natural ("forty two", "six forty" = 640, "ten twenty
  four" = 1024, "eighty eighty" = 8080, "eight thousand", "one hundred").
  Digit words run together: "one two seven" -> 127.  In versions and
  decimals I say "point" ("three point one one").
* clean: strict protocol, canonical words.  Only Whisper's habits above
  vary (capitals, full stops, commas, digits, compact file names/URLs).
* fuzzy: the sloppy me.  Synonyms: minus, hyphen (inside names), period,
  point, "full stop", forward slash, back slash, asterisk, "at sign",
  "equal sign", "dollar sign", "double dash" / "minus minus", "double quote",
  "uppercase T", and the slip "spaces" for one space.  I forget "space"
  where any shell user knows it goes:
  after "sudo", between a well-known tool and its subcommand ("git blame"),
  before a "--flag", and before a one-letter flag right after a tool or
  subcommand ("brew autoremove dash N").  I say long numbers the natural
  way, spell some short names I could have said ("H T O P") and say others
  as words.

Natural style (natural, half of chaotic)
----------------------------------------
* Framing and politeness around the command ("Can you give me ...",
  "I need the command for ...", "Run ...", "So basically ...", "thanks").
  Small asides between words ("uh", "um", "let me see").
* No "space": the listener infers it from the shell.  My conventions make
  that safe:
    - "dash"/"minus" (or "dash dash", "minus minus", "double dash") starts a
      flag; the flag name follows (a word, letters as Whisper writes them,
      "dash LA", "dash capital T", or a number "dash five");
    - inside a name I say "hyphen" ("HD hyphen idle", "no hyphen cache"),
      never "dash";
    - slash, dot, underscore, colon, equals, at, comma, plus and "tilde"
      glue their neighbours into one word; an absolute path that begins a
      new word starts with "forward slash", a home path with "tilde slash";
    - "quote ... quote" (or "open quote ... close quote") wraps a string;
      "empty quotes" is "".
    - pipe, "greater than"/redirect, append, "two redirect" stand alone.
  I only use natural style where every word is a real word, a short run of
  letters, a number, or a compact token; other commands get protocol style.

Chaotic (corrections; the command is the final intended one)
------------------------------------------------------------
* Base is natural or protocol style.  On top, at least one correction:
  word scope ("main, no wait, master"), flag scope ("dash dash quiet,
  sorry, dash dash verbose"), casing ("dash capital T, no, dash T"), or
  whole command ("... scratch that. <command>", a false start "... hmm,
  let me start over. <command>").  Markers vary: no wait, I mean, actually,
  scratch that, sorry, correction, "not X, Y", make that, no no, oops.
  The corrected unit is always restated whole.
* Thinking aloud between words ("um, what's the flag,"), repeated filler
  words ("so so", "the the"), afterthoughts that do not change the command
  ("That should do it.", "I think that's right.").

Run: ``python3 tests/bench/fourth_author.py``.  The module self-checks:
400 lines, 100 per slice, valid JSON, no duplicate inputs, every clean line
and every natural rendering decodes back to its command with the listener
rules above, every fuzzy line decodes to its command up to the spaces the
speaker forgot.
"""
from __future__ import annotations

import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.path.join(ROOT, "assets", "training", "bash", "eval.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author4.jsonl")
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
AUTHOR = "fourth"
MAX_SPOKEN_WORDS = 60

# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NUMBER_WORDS = set(ONES) | set(TEENS) | set(TENS[2:]) | {"hundred", "thousand"}

# Words the listener reads as protocol (symbols, casing, corrections); a
# command word equal to one of these is always spelled letter by letter.
PROTO_WORDS = set("""
space spaces dash minus hyphen dot period point slash backslash pipe star
asterisk bang hash tilde at dollar percent caret ampersand equals equal plus
colon semicolon underscore comma quote quotes backtick paren brace bracket
angle redirect append capital caps uppercase lowercase camel snake pascal
kebab screaming for four too won ate oh empty
""".split()) | NUMBER_WORDS

# Words I say as words (and Whisper writes as one word).
VOCAB = set("""
abbrev abort about access account accounts action add addresses admin alice
all allow alpaca alpha alpine analyse analytics analyze archive argument ark
ask attack audit authorize auto autoremove background backtrace backup bar
base batch bin bind biome blame block bob boot bootstrap bore branch branches
brew bridge browser build bun bundle by cache cafe calc cargo cat chat check
checksum class clean clip clone cluster clusters cockpit cocoapods coffee
collaborators color column comment commit compile completions component
composer conda conf config console consumer contacts container context
cookies copy crane create critique current data databases date dead default
delay delete delimiter demo deploy depth design destroy dev develop
developers device diff dir disable disk docker docs dog dolphin down download
dry dump echo edit elements else email enable entries entry env error
example exclude exclusive exec exist export express fail fakeroot false
features file files filter find fix flow flux focus folder foo force forever
format frame freeze full functions gateway generate get git glow glue gnome
go graph group header health hello help helper hive host hostname idle
identify ignore image import index individual info init input install
installed instances intercept internal introspect is isolate jack job kafka
keep kernel key latest leaf left limit lint list load local localhost log
logger login logs lorem magick main make mapper master matches measure merge
merged message migration mirrors mode my myapp name net new no note notes
numpy on once or orders organization origin out outfile output owner pack
package packages pacman page parallel parent parse passwd password paste
path paused peer perl photo pip pixi pint port pre preempt prefix prettier
probe proc profile project projects prompt properties provider provides pull
pushd python query quick quiet raven raw react read rebuild redis ref refresh
region release remote remove repo report repos repository request requests
reset resolve resources responses result reverse right root rot run rustup
scan schema script scripts search secret seed self server serverless set
settings setup share show signature site size slop soft solve someone sops
sort source split sport store storage string subversion sudo summary
swapfile switches symlink sync syscall table tab tag tarball target telnet
temp template terminal test time times title tool toolbox toolchain top
topic tree trust type types ubuntu unix unsafe update upload uptime user
username users value verbose verify version view vim vite vitest volume wait
warning watch web website whoami why window with work workflow world write
xargs yank zip zsh to up rev head home variable todo readme gopath
kubectl nginx systemctl journalctl minikube podman gradle vagrant poetry
lerna rails tailscale wrangler sequelize pylint kaggle zotero ruff nix
fastlane lein htop googler protector tabula unison unity deactivate dolt sam
gource restic graphviz deluge rust mate calc dice roll mash gears enter
enlarge forge hist slice tile quant flip swap shot monitor nano ping cron
hyper whois walk summary trace start status stop unschedule validate
channels comments command description viewer zapier proton mongo restore
spread crush rush tools images bonsai cloud turbo stat grep distro box
prosody talk event clock arch open code claw uninstall unset systemd system
com net org mango gamma step pick elf dump term screen posts low unsafe app
perf mise maza tor old envy control win icon kiwi way more sway mono wallet
nvidia tricks
""".split()) - PROTO_WORDS

# Spoken as letters but written by Whisper as one capitalised token.
ACRO = set("""
json yaml yml url ssh ssl html pdf csv api dns gpu cpu xml png jpg gif tcp
http https uuid tls vm ip id cli sql aws npm uv gh pr jj db usb ppm pbm pnm
pgm tga gz md py sh js ts txt vcf tex iso lvm abi pid ps vpn ibm bgp hud
""".split()) - PROTO_WORDS

PROPER = {
    "docker": "Docker", "python": "Python", "ubuntu": "Ubuntu", "redis": "Redis",
    "alpine": "Alpine", "alice": "Alice", "bob": "Bob", "zotero": "Zotero",
    "vagrant": "Vagrant", "gradle": "Gradle", "kafka": "Kafka", "react": "React",
    "vite": "Vite", "perl": "Perl", "rails": "Rails", "numpy": "NumPy",
    "express": "Express", "gnome": "GNOME", "subversion": "Subversion",
    "jack": "Jack", "dolphin": "Dolphin", "nginx": "Nginx", "tailscale": "Tailscale",
    "kaggle": "Kaggle", "unity": "Unity", "fastlane": "Fastlane", "raven": "Raven",
    "lorem": "Lorem", "whois": "WHOIS", "vim": "Vim", "coffee": "Coffee",
    "nvidia": "Nvidia",
}

TOOLS = set("""
git docker npm kubectl gh uv cargo brew pip conda poetry dnf bun jj flux az
aws gcloud vagrant minikube rustup systemctl tailscale podman pixi mise
composer lerna rails sam uv hg nix deno helm
""".split())

EXT = set("""
yaml yml json txt csv html pdf png jpg gif zip gz bz tar sh py js ts log md
conf sock deb pub asc bundle idx mp mrt vcf bc sol gv xdot xml xsd xpath pnm
pbm ppm pgm pam ps qoi ico rle ilbm leaf pjxl macp mgr pj raw rast tex coffee
dnd fasta fastq rar sql enc ext gv c rs go
""".split())
TLD = {"com", "net", "org", "io", "internal"}

URL_RE = re.compile(r"https?://[a-z0-9./:-]+")
EMAIL_RE = re.compile(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)*\.(com|net|org)")
IP_RE = re.compile(r"\d{1,3}(\.\d{1,3}){3}")
PIECE_RE = re.compile(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]")
OPS = {"|", ">", ">>", "2>", "&&", "||", "<"}

SYM = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than", " ": "space",
}
FUZZY_SYM = {
    "-": ["minus", "dash"], ".": ["period", "dot"], "/": ["forward slash", "slash"],
    "\\": ["back slash"], "*": ["asterisk"], "@": ["at sign"],
    "$": ["dollar sign"], "=": ["equal sign", "equals sign", "equals"],
    "{": ["open curly brace"], "}": ["close curly brace"],
    "(": ["open paren"], ")": ["close paren"],
}

# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


def two_digit(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def digit_words(s: str) -> str:
    return " ".join(ONES[int(c)] for c in s)


def compound(s: str) -> str | None:
    """A natural way to say the digit string, or None ("eighty eighty")."""
    if len(s) > 1 and s[0] == "0":
        return None
    n = int(s)
    if n < 100:
        return two_digit(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return ONES[h] + " hundred"
        if r >= 10:
            return ONES[h] + " " + two_digit(r)
        return None
    if n < 10000:
        th, r = divmod(n, 1000)
        if r == 0:
            return ONES[th] + " thousand"
        a, b = divmod(n, 100)
        if a >= 10 and b >= 10:
            return two_digit(a) + " " + two_digit(b)
    return None


def say_number(s: str, o: dict, rng: random.Random) -> str:
    if len(s) >= 2 and rng.random() < o["digits"]:
        return s                                   # Whisper wrote digits
    c = compound(s)
    if c is not None and (len(s) == 1 or rng.random() < o["compound"]):
        return c
    return digit_words(s)


# --------------------------------------------------------------------------
# Words and letters
# --------------------------------------------------------------------------


def whisper_word(w: str, rng: random.Random) -> str:
    if w in ACRO:
        return w.upper()
    if w in PROPER and rng.random() < 0.8:
        return PROPER[w]
    return w


def speakable(w: str) -> bool:
    return w in VOCAB and w not in PROTO_WORDS


NETPBM_RE = re.compile(r"(pam|pbm|pgm|pnm|ppm|pj|tga|rast|raw)to([a-z]+)")


def segment(a: str) -> list:
    """Sound out a lower-case name: real words plus spelled letters."""
    m = NETPBM_RE.fullmatch(a)
    if m:                                   # "P P M to leaf", "PNM to PS"
        return segment(m.group(1)) + [("w", "to")] + segment(m.group(2))
    if speakable(a):
        return [("w", a)]
    if a in ACRO:
        return [("a", a)]
    n = len(a)
    best: list = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, segs = best[i]
        options = [(i + 1, 1.25, ("l", a[i]))]
        for j in range(i + 2, min(n, i + 14) + 1):
            w = a[i:j]
            if w in PROTO_WORDS:
                continue
            if speakable(w) and (len(w) >= 3 or w in {"go", "to", "up", "no"}):
                options.append((j, 1.0, ("w", w)))
            elif w in ACRO:
                options.append((j, 1.0 if len(w) >= 3 else 2.6, ("a", w)))
        for j, c, seg in options:
            cand = (cost + c, segs + [seg])
            if best[j] is None or cand[0] < best[j][0] - 1e-9:
                best[j] = cand
    return best[n][1]


def can_compact(letters: str) -> bool:
    """Whisper may run spelled letters together, unless that reads as a word
    the listener treats as protocol ("D O T" must not become "DOT")."""
    return 2 <= len(letters) <= 3 and letters.lower() not in PROTO_WORDS | {"all", "cap"}


def spell(a: str, rng: random.Random, compact_p: float = 0.3) -> list:
    letters = [c.upper() for c in a]
    if can_compact(a) and rng.random() < compact_p:
        return ["".join(letters)]
    return letters


def say_lower(a: str, o: dict, rng: random.Random) -> list:
    if speakable(a):
        if len(a) <= 5 and a not in PROPER and rng.random() < o["spell_vocab"]:
            return spell(a, rng, 0.0)
        return [whisper_word(a, rng)]
    if a in ACRO:
        return [a.upper()]
    out = []
    for kind, s in segment(a):
        if kind == "w":
            out.append(whisper_word(s, rng))
        elif kind == "a":
            out.append(s.upper())
        else:
            out.append(s.upper())
    # Whisper runs short letter groups together sometimes ("GH").
    res, run = [], []
    for t in out + [None]:
        if t is not None and len(t) == 1 and t.isupper():
            run.append(t)
            continue
        if run:
            if can_compact("".join(run)) and rng.random() < 0.3:
                res.append("".join(run))
            else:
                res.extend(run)
            run = []
        if t is not None:
            res.append(t)
    return res


def cap_word(o: dict, rng: random.Random, letter: bool = True) -> str:
    return rng.choice(o["capital"]) if letter else "capital"


def say_alpha(a: str, o: dict, rng: random.Random) -> list:
    if a.islower():
        return say_lower(a, o, rng)
    if a.isupper():
        low = a.lower()
        if len(a) == 1:
            return [cap_word(o, rng), a]
        if speakable(low) or low in ACRO:
            return ["all caps", a]
        if len(a) <= 3:
            out = []
            for c in a:
                out += [cap_word(o, rng), c]
            return out
        return ["all caps"] + list(a)
    parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", a)
    if len(parts) == 1:                                      # "Hello"
        p = parts[0]
        if speakable(p.lower()):
            return [cap_word(o, rng, letter=False), p.lower()]
        return [cap_word(o, rng), p[0]] + [c.upper() for c in p[1:]]
    if all(speakable(p.lower()) for p in parts):
        if parts[0].islower() and all(p[0].isupper() and p[1:].islower() for p in parts[1:]):
            return ["camel case"] + [p.lower() for p in parts]
        if all(p[0].isupper() and p[1:].islower() for p in parts):
            return ["pascal case"] + [p.lower() for p in parts]
    out = []
    for p in parts:
        out += say_alpha(p, o, rng)
    return out


# --------------------------------------------------------------------------
# Shell words
# --------------------------------------------------------------------------


def shell_words(cmd: str) -> list:
    """Split on spaces outside quotes; returns (word, start offset)."""
    words, cur, start, q = [], "", 0, None
    for i, ch in enumerate(cmd):
        if q:
            cur += ch
            if ch == q:
                q = None
            continue
        if ch in "\"'":
            q = ch
            cur += ch
        elif ch == " ":
            words.append((cur, start))
            cur, start = "", i + 1
        else:
            if not cur:
                start = i
            cur += ch
    words.append((cur, start))
    return [w for w in words if w[0]]


def quote_roles(cmd: str) -> dict:
    """Offset of each quote character -> "open" / "close"."""
    roles, q = {}, None
    for i, ch in enumerate(cmd):
        if ch in "\"'" and (q is None or q == ch):
            if q is None:
                q, roles[i] = ch, "open"
            else:
                q, roles[i] = None, "close"
    return roles


def compact_spans(word: str) -> list:
    """Spans of a word Whisper could write as-is: file.ext, host.tld, 1.2.3."""
    spans = []
    for m in re.finditer(r"[a-z0-9]+(?:\.[a-z0-9]+)+", word):
        s, e = m.span()
        if s > 0 and word[s - 1] not in "/~=,@:\"'(<":
            continue
        if e < len(word) and word[e] not in "/:,\"')-":
            continue
        parts = m.group().split(".")
        if parts[-1] in EXT or parts[-1] in TLD or all(p.isdigit() for p in parts):
            spans.append((s, e))
    return spans


def hyphen_spans(word: str) -> list:
    spans = []
    for m in re.finditer(r"[a-z]+(?:-[a-z]+)+", word):
        s, e = m.span()
        if s > 0 and word[s - 1] not in "-":
            continue
        if e < len(word) and word[e] not in "=":
            continue
        if all(speakable(p) for p in m.group().split("-")):
            spans.append((s, e))
    return spans


class Speaker:
    """Protocol-style speaker; options control how sloppy he is."""

    def __init__(self, o: dict, rng: random.Random):
        self.o, self.rng = o, rng
        self.fuzz = 0      # how many fuzzy habits this line used
        self.ip_like = False

    def sym(self, ch: str, prev: str, nxt: str, role: str | None) -> str:
        o, rng = self.o, self.rng
        if ch == '"':
            if role and rng.random() < o["open_close"]:
                self.fuzz += 1
                if role == "open":
                    return rng.choice(["open quote", "double quote"])
                return rng.choice(["close quote", "end quote"])
            if rng.random() < o["syn"]:
                self.fuzz += 1
                return "double quote"
            return "quote"
        if ch == "." and prev.isdigit() and nxt.isdigit() and not self.ip_like \
                and rng.random() < o["point"]:
            return "point"
        if ch == "-" and prev.isalnum() and nxt.isalnum() and rng.random() < o["hyphen"]:
            self.fuzz += 1
            return "hyphen"
        if ch == "." and prev.isalnum() and nxt.isalnum() and rng.random() < o["full_stop"]:
            self.fuzz += 1
            return "full stop"
        if ch in FUZZY_SYM and rng.random() < o["syn"]:
            w = rng.choice(FUZZY_SYM[ch])
            if w != SYM[ch]:
                self.fuzz += 1
            return w
        return SYM[ch]

    def dashdash(self) -> str:
        o, rng = self.o, self.rng
        if rng.random() < o["syn"]:
            self.fuzz += 1
            return rng.choice(["double dash", "minus minus"])
        return "dash dash"

    def op(self, w: str) -> str:
        rng = self.rng
        if w == "|":
            return "pipe"
        if w == ">":
            return rng.choice(["redirect", "greater than"])
        if w == ">>":
            return rng.choice(["append", "double greater than"])
        if w == "2>":
            return "two redirect"
        if w == "&&":
            return "and and"
        if w == "||":
            return "pipe pipe"
        return "less than"

    def word(self, word: str, start: int, roles: dict) -> list:
        o, rng = self.o, self.rng
        if word in OPS:
            return [self.op(word)]
        if word == "--":
            return [self.dashdash()]
        if URL_RE.fullmatch(word) and rng.random() < o["url"]:
            return [word]
        if EMAIL_RE.fullmatch(word) and rng.random() < o["url"]:
            return [word]
        # Whisper writes a plain lower-case flag as a symbol now and then.
        if re.fullmatch(r"--?[a-z]+(-[a-z]+)*", word) and rng.random() < o["sym_flag"]:
            self.fuzz += 1
            return [word]
        self.ip_like = bool(re.search(r"\d+\.\d+\.\d+\.\d+", word))
        spans = {}
        for s, e in compact_spans(word):
            if rng.random() < o["compact"]:
                spans[s] = e
        if o["hyphen_compact"]:
            for s, e in hyphen_spans(word):
                if not any(s < e2 and s2 < e for s2, e2 in spans.items()) and \
                        rng.random() < o["hyphen_compact"]:
                    spans[s] = e
                    self.fuzz += 1
        toks = []
        pos = 0
        if re.match(r"--[A-Za-z]", word):
            toks.append(self.dashdash())
            pos = 2
        elif re.match(r"-[A-Za-z0-9]", word):
            if rng.random() < o["minus"]:
                self.fuzz += 1
                toks.append("minus")
            else:
                toks.append("dash")
            pos = 1
        while pos < len(word):
            if pos in spans:
                toks.append(word[pos:spans[pos]])
                pos = spans[pos]
                continue
            m = PIECE_RE.match(word, pos)
            p = m.group()
            if p[0].isalpha():
                toks += say_alpha(p, o, rng)
            elif p[0].isdigit():
                said = say_number(p, o, rng)
                if said == p or (len(p) > 1 and said != digit_words(p)):
                    self.fuzz += o["num_fuzz"]
                toks.append(said)
            else:
                prev = word[pos - 1] if pos else ""
                nxt = word[pos + 1] if pos + 1 < len(word) else ""
                toks.append(self.sym(p, prev, nxt, roles.get(start + pos)))
            pos = m.end()
        return toks

    def render_words(self, cmd: str) -> list:
        roles = quote_roles(cmd)
        return [" ".join(self.word(w, s, roles)) for w, s in shell_words(cmd)]

    def separators(self, cmd: str) -> list:
        """'space' between words, or '' where a sloppy speaker forgot it."""
        o, rng = self.o, self.rng
        ws = [w for w, _ in shell_words(cmd)]
        seps = []
        for i in range(len(ws) - 1):
            a, b = ws[i], ws[i + 1]
            drop = False
            first = i == 0 or (i == 1 and ws[0] == "sudo")
            if a == "sudo" and i == 0 and re.fullmatch(r"[a-z][a-z0-9_-]*", b):
                drop = rng.random() < o["drop_sudo"]
            elif first and a in TOOLS and re.fullmatch(r"[a-z]+", b) and speakable(b):
                drop = rng.random() < o["drop_sub"]
            elif re.fullmatch(r"--[a-z][a-z-]*(=.*)?", b) and a[-1].isalnum() and a not in OPS:
                drop = rng.random() < o["drop_flag"]
            elif re.fullmatch(r"-[a-z]", b) and i <= 2 and re.fullmatch(r"[a-z]+", a) and \
                    (a in TOOLS or (speakable(a) and ws[0] in TOOLS | {"sudo"})):
                drop = rng.random() < o["drop_short"]
            if drop:
                self.fuzz += 1
                seps.append("")
            elif rng.random() < o.get("spaces", 0):
                self.fuzz += 1
                seps.append("spaces")          # a slip: still one space
            else:
                seps.append("space")
        return seps


def spelled_ish(tok: str) -> bool:
    return re.fullmatch(r"[A-Z]{1,4}", tok) is not None


def numeric(tok: str) -> bool:
    return tok.isdigit() or tok.lower() in NUMBER_WORDS


def join_protocol(words: list, seps: list, o: dict, rng: random.Random) -> str:
    out = words[0]
    for sep, w in zip(seps, words[1:], strict=True):
        if sep:
            comma = "," if rng.random() < o["comma"] else ""
            out += f" {sep}{comma} {w}"
        else:
            out += f" {w}"
    return out


# --------------------------------------------------------------------------
# Natural style
# --------------------------------------------------------------------------

NAT_GLUE = {"/": "slash", ".": "dot", "_": "underscore", ":": "colon",
            "=": "equals", "@": "at", ",": "comma", "+": "plus", "~": "tilde",
            "-": "hyphen"}


def nat_alpha(a: str, rng: random.Random, in_flag: bool = False) -> str | None:
    low = a.lower()
    if low in PROTO_WORDS:
        return None
    if a.islower():
        if speakable(a):
            return whisper_word(a, rng)
        if a in ACRO or len(a) <= 4:
            if len(a) == 1 and not in_flag:
                return None
            if in_flag and len(a) <= 3 and rng.random() < 0.4:
                return " ".join(a.upper())
            return a.upper()
        return None
    if a.isupper():
        if len(a) == 1:
            return "capital " + a if in_flag else None
        if speakable(low) or low in ACRO or len(a) <= 4:
            return "all caps " + a
        return None
    if a[0].isupper() and a[1:].islower() and speakable(low):
        return "capital " + low
    return None


class Natural:
    def __init__(self, rng: random.Random, o: dict):
        self.rng, self.o = rng, o

    def number(self, s: str, whole: bool, neighbour_num: bool) -> str:
        rng = self.rng
        if whole and neighbour_num:
            return s
        if len(s) == 1:
            return ONES[int(s)]
        c = compound(s)
        if c is None or rng.random() < self.o["nat_digits"]:
            return s if whole or rng.random() < 0.5 else digit_words(s)
        return c

    def plain(self, word: str, is_last: bool, neighbour_num: bool) -> str | None:
        rng = self.rng
        if URL_RE.fullmatch(word) or EMAIL_RE.fullmatch(word) or IP_RE.fullmatch(word):
            return word
        if re.fullmatch(r"\d+", word):
            return self.number(word, True, neighbour_num)
        spans = dict(compact_spans(word))
        hspans = {s: e for s, e in hyphen_spans(word) if not any(
            s < e2 and s2 < e for s2, e2 in spans.items())}
        out = []
        pos = 0
        if word.startswith("~/"):
            out.append("tilde slash")
            pos = 2
        elif word.startswith("/"):
            out.append("forward slash")
            pos = 1
        prev_kind = "sym"
        while pos < len(word):
            if pos in spans or (pos in hspans and rng.random() < 0.5):
                e = spans.get(pos) or hspans[pos]
                if prev_kind == "alnum":
                    return None
                out.append(word[pos:e])
                pos, prev_kind = e, "alnum"
                continue
            m = PIECE_RE.match(word, pos)
            p = m.group()
            if p[0].isalpha() or p[0].isdigit():
                if prev_kind == "alnum":
                    return None                 # letter-digit adjacency
                if p[0].isalpha():
                    said = nat_alpha(p, rng)
                    if said is None:
                        return None
                else:
                    said = self.number(p, False, False)
                out.append(said)
                prev_kind = "alnum"
            else:
                if p not in NAT_GLUE or prev_kind == "sym":
                    return None
                if m.end() == len(word) and not (p == "/" and is_last):
                    return None
                if p == "." and word[m.end()].isdigit() and word[pos - 1].isdigit() \
                        and rng.random() < 0.5:
                    out.append("point")
                else:
                    out.append(NAT_GLUE[p])
                prev_kind = "sym"
            pos = m.end()
        return " ".join(out)

    def flag(self, word: str, nxt: str | None) -> str | None:
        rng = self.rng
        m = re.fullmatch(r"(--?)([A-Za-z0-9][A-Za-z0-9-]*)(=(.*))?", word)
        if not m:
            return None
        dashes, name, _, value = m.groups()
        if re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]", name) or "--" in name or name.endswith("-"):
            return None
        if dashes == "--":
            if name.islower() and not value and rng.random() < self.o["nat_symflag"]:
                return word
            pre = rng.choice(["dash dash"] * 5 + ["minus minus", "double dash"])
        else:
            pre = "minus" if rng.random() < 0.2 else "dash"
        parts = name.split("-")
        said = []
        spelled_tail = False
        for p in parts:
            if p.isdigit():
                if len(parts) > 1:
                    return None
                said.append(ONES[int(p)] if len(p) == 1 else p)
                continue
            s = nat_alpha(p, rng, in_flag=(dashes == "-" and len(parts) == 1))
            if s is None:
                return None
            spelled_tail = not speakable(p.lower())
            said.append(s)
        if len(parts) > 1 and all(p.islower() and speakable(p) for p in parts) \
                and rng.random() < 0.3:
            body = name
        else:
            body = " hyphen ".join(said)
        if spelled_tail and nxt is not None and not value:
            first = PIECE_RE.match(nxt).group()
            if first.isalpha() and not speakable(first.lower()):
                return None
        out = f"{pre} {body}"
        if value is not None:
            v = self.plain(value, False, False) if value else None
            if v is None:
                return None
            out += " equals " + v
        return out

    def quoted(self, word: str) -> str | None:
        q = word[0]
        if len(word) < 2 or word[-1] != q:
            return None
        inner = word[1:-1]
        single = q == "'"
        if not inner:
            return "empty single quotes" if single else "empty quotes"
        inner_words = inner.split(" ")
        said = []
        for k, w in enumerate(inner_words):
            if not w or not re.fullmatch(r"[A-Za-z]+/?", w):
                return None
            s = self.plain(w, k == len(inner_words) - 1, False)
            if s is None:
                return None
            said.append(s)
        body = " ".join(said)
        if single:
            return f"single quote {body} single quote"
        opener, closer = self.rng.choice([("quote", "quote"), ("quote", "quote"),
                                          ("open quote", "close quote"),
                                          ("double quote", "end quote")])
        return f"{opener} {body} {closer}"

    def render(self, cmd: str) -> list | None:
        rng = self.rng
        ws = [w for w, _ in shell_words(cmd)]
        if ws[0].lower() in PROTO_WORDS:
            return None
        out = []
        for i, w in enumerate(ws):
            prev = ws[i - 1] if i else None
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            neighbour_num = bool((prev and prev.isdigit()) or (nxt and nxt.isdigit()))
            if w in OPS:
                s = {"|": "pipe", ">": rng.choice(["greater than", "redirect"]),
                     ">>": rng.choice(["append", "double greater than"]),
                     "2>": "two redirect", "&&": "and and", "||": "pipe pipe",
                     "<": "less than"}[w]
            elif w[0] in "\"'":
                s = self.quoted(w)
            elif re.match(r"-[A-Za-z0-9-]", w):
                s = self.flag(w, nxt)
            else:
                s = self.plain(w, nxt is None, neighbour_num)
            if s is None:
                return None
            out.append(s)
        return out


# --------------------------------------------------------------------------
# Listener (self-check decoders)
# --------------------------------------------------------------------------

PHRASES = sorted([
    ("two redirect ampersand", "2>&"), ("two redirect", "2>"),
    ("dash dash", "--"), ("double dash", "--"), ("minus minus", "--"),
    ("and and", "&&"), ("pipe pipe", "||"), ("dot dot", ".."),
    ("double greater than", ">>"), ("greater than", ">"), ("less than", "<"),
    ("open paren", "("), ("close paren", ")"), ("open brace", "{"),
    ("close brace", "}"), ("open curly brace", "{"), ("close curly brace", "}"),
    ("open bracket", "["), ("close bracket", "]"), ("question mark", "?"),
    ("single quote", "'"), ("double quote", '"'), ("open quote", '"'),
    ("close quote", '"'), ("end quote", '"'), ("quote", '"'),
    ("forward slash", "/"), ("slash", "/"), ("back slash", "\\"),
    ("backslash", "\\"), ("full stop", "."), ("period", "."), ("dot", "."),
    ("point", "."), ("dash", "-"), ("minus", "-"), ("hyphen", "-"),
    ("at sign", "@"), ("at", "@"), ("dollar sign", "$"), ("dollar", "$"),
    ("equal sign", "="), ("equals sign", "="), ("equals", "="), ("pipe", "|"),
    ("redirect", ">"), ("append", ">>"), ("star", "*"), ("asterisk", "*"),
    ("bang", "!"), ("hash", "#"), ("tilde", "~"), ("percent", "%"),
    ("caret", "^"), ("ampersand", "&"), ("plus", "+"), ("colon", ":"),
    ("semicolon", ";"), ("underscore", "_"), ("comma", ","),
    ("backtick", "`"),
], key=lambda p: -len(p[0].split()))


def _match_phrase(toks: list, i: int):
    for phrase, sym in PHRASES:
        ps = phrase.split()
        if [t.lower() for t in toks[i:i + len(ps)]] == ps:
            return sym, len(ps)
    return None, 0


def _number_run(toks: list, i: int):
    """Read number words from i; returns (digits, tokens used)."""
    out, j = "", i
    while j < len(toks) and toks[j].lower() in NUMBER_WORDS:
        w = toks[j].lower()
        nxt = toks[j + 1].lower() if j + 1 < len(toks) else ""
        if w in ONES and nxt == "hundred":
            out += str(ONES.index(w) * 100)
            j += 2
        elif w in ONES and nxt == "thousand":
            out += str(ONES.index(w) * 1000)
            j += 2
        elif w in TENS[2:] and nxt in ONES[1:]:
            out += str(TENS.index(w) * 10 + ONES.index(nxt))
            j += 2
        elif w in ONES:
            out += str(ONES.index(w))
            j += 1
        elif w in TEENS:
            out += str(10 + TEENS.index(w))
            j += 1
        elif w in TENS:
            out += str(TENS.index(w) * 10)
            j += 1
        else:
            raise ValueError(f"stray {w}")
    return out, j - i


def strip_whisper(text: str) -> list:
    text = re.sub(r"[.?]$", "", text.strip())
    return [t for t in text.replace(",", " ").split() if t]


def decode_protocol(text: str) -> str:
    """The listener for protocol style (no inference; 'space' is explicit)."""
    toks = strip_whisper(text)
    out, i = "", 0
    while i < len(toks):
        t, low = toks[i], toks[i].lower()
        if low in ("space", "spaces"):
            out += " "
            i += 1
            continue
        sym, n = _match_phrase(toks, i)
        if n:
            out += sym
            i += n
            continue
        if low in NUMBER_WORDS:
            d, n = _number_run(toks, i)
            out += d
            i += n
            continue
        if low == "capital" or low == "uppercase":
            nxt = toks[i + 1]
            out += nxt[0].upper() + nxt[1:].lower()
            i += 2
            continue
        if low == "all" and i + 1 < len(toks) and toks[i + 1].lower() == "caps":
            i += 2
            if len(toks[i]) == 1:
                while i < len(toks) and len(toks[i]) == 1 and toks[i].isalpha():
                    out += toks[i].upper()
                    i += 1
            else:
                out += toks[i].upper()
                i += 1
            continue
        if low in ("camel", "pascal") and toks[i + 1].lower() == "case":
            i += 2
            first = True
            while i < len(toks) and toks[i].isalpha() and toks[i].lower() not in \
                    ("space",) and not _match_phrase(toks, i)[1]:
                w = toks[i].lower()
                out += w if (first and low == "camel") else w.capitalize()
                first = False
                i += 1
            continue
        out += t.lower()
        i += 1
    return out


def decode_natural(text: str) -> str:
    """The listener for my natural style: infers spaces with the rules above."""
    toks = strip_whisper(text)
    words: list = []
    cur = None            # current shell word being built
    glue = False          # next piece glues to cur
    flag_open = False     # just said dash: next piece is the flag name
    letters_ok = False    # a run of single letters may continue cur
    i = 0

    def close():
        nonlocal cur
        if cur is not None:
            words.append(cur)
        cur = None

    def piece(s: str, letter: bool = False):
        nonlocal cur, glue, flag_open, letters_ok
        if cur is not None and (glue or flag_open or (letter and letters_ok)):
            cur += s
        else:
            close()
            cur = s
        glue, flag_open = False, False
        letters_ok = letter and (cur.startswith("-"))

    while i < len(toks):
        t, low = toks[i], toks[i].lower()
        two = " ".join(x.lower() for x in toks[i:i + 2])
        three = " ".join(x.lower() for x in toks[i:i + 3])
        if three == "empty single quotes" or two == "empty quotes":
            close()
            cur = "''" if three == "empty single quotes" else '""'
            i += 3 if three == "empty single quotes" else 2
            continue
        if low in ("quote", "single") or two in ("open quote", "double quote"):
            q = "'" if low == "single" else '"'
            i += 1 if low == "quote" else 2
            inner = []
            while True:
                a = toks[i].lower()
                b = " ".join(x.lower() for x in toks[i:i + 2])
                if (q == '"' and (a == "quote" or b in ("close quote", "end quote"))) or \
                        (q == "'" and b == "single quote"):
                    i += 1 if a == "quote" else 2
                    break
                inner.append(toks[i])
                i += 1
            close()
            cur = q + " ".join(decode_natural(" ".join(inner)).split(" ")) + q
            glue = flag_open = False
            continue
        if three in ("double greater than",) or two in ("greater than", "less than",
                                                       "two redirect", "and and", "pipe pipe") \
                or low in ("pipe", "redirect", "append"):
            sym = {"double greater than": ">>"}.get(three) or {
                "greater than": ">", "less than": "<", "two redirect": "2>",
                "and and": "&&", "pipe pipe": "||"}.get(two) or {
                "pipe": "|", "redirect": ">", "append": ">>"}[low]
            i += 3 if three == "double greater than" else (2 if two in (
                "greater than", "less than", "two redirect", "and and", "pipe pipe") else 1)
            close()
            words.append(sym)
            glue = False
            continue
        if two in ("dash dash", "minus minus", "double dash") or low in ("dash", "minus"):
            n = 2 if two in ("dash dash", "minus minus", "double dash") else 1
            close()
            cur = "--" if n == 2 else "-"
            flag_open, glue, letters_ok = True, False, False
            i += n
            continue
        if two == "forward slash" or two == "tilde slash":
            sym = "/" if two == "forward slash" else "~/"
            if glue and cur is not None:      # "equals tilde slash ..."
                cur += sym
            else:
                close()
                cur = sym
            glue = True
            i += 2
            continue
        if low in ("hyphen", "slash", "dot", "point", "underscore", "colon", "equals",
                   "at", "comma", "plus", "tilde"):
            cur = (cur or "") + {"hyphen": "-", "slash": "/", "dot": ".", "point": ".",
                                 "underscore": "_", "colon": ":", "equals": "=",
                                 "at": "@", "comma": ",", "plus": "+", "tilde": "~"}[low]
            glue, letters_ok = True, False
            i += 1
            continue
        if low == "capital":
            nxt = toks[i + 1]
            piece(nxt[0].upper() + nxt[1:].lower(), letter=len(nxt) == 1)
            i += 2
            continue
        if two == "all caps":
            piece(toks[i + 2].upper())
            i += 3
            continue
        if low in NUMBER_WORDS:
            d, n = _number_run(toks, i)
            piece(d)
            i += n
            continue
        if re.fullmatch(r"-[-a-z]+", t):
            close()
            cur = t
            glue = flag_open = False
            i += 1
            continue
        piece(t.lower(), letter=len(t) == 1 and t.isalpha())
        i += 1
    close()
    return " ".join(words)


# --------------------------------------------------------------------------
# Slices
# --------------------------------------------------------------------------

CLEAN = dict(digits=0.15, compound=0.4, spell_vocab=0.0, capital=["capital"],
             syn=0.0, open_close=0.0, point=0.5, hyphen=0.0, full_stop=0.0,
             minus=0.0, url=0.3, sym_flag=0.0, compact=0.18, hyphen_compact=0.0,
             num_fuzz=0, comma=0.05, drop_sudo=0, drop_sub=0, drop_flag=0,
             drop_short=0, sent_case=0.85, period=0.6)
FUZZY = dict(digits=0.35, compound=0.75, spell_vocab=0.12,
             capital=["capital", "capital", "uppercase"], syn=0.4, open_close=0.5,
             point=0.7, hyphen=0.3, full_stop=0.04, minus=0.25, url=0.5,
             sym_flag=0.12, compact=0.4, hyphen_compact=0.15, num_fuzz=1,
             comma=0.1, drop_sudo=0.5, drop_sub=0.5, drop_flag=0.55,
             drop_short=0.35, sent_case=0.8, period=0.5, spaces=0.03)
NAT = dict(nat_digits=0.7, nat_symflag=0.15)

NAT_FRAMES = [
    "Can you give me {c}?", "Can you give me {c}, please?",
    "I need the command for this, it's {c}.", "I need the command {c}.",
    "Run {c}.", "Run {c}, thanks.", "Please run {c}.", "So basically, {c}.",
    "So basically it's {c}. Thanks.", "Okay, so I want {c}.",
    "Um, let's do {c}. Thanks.", "Could you type out {c}?",
    "Type {c}. Thank you.", "Alright, the command is {c}.",
    "Go ahead and run {c}, thanks.", "What I want is {c}.", "{c}, please.",
    "{c}. Thanks.", "Hey, can you run {c}? Thanks.", "So I'd like to do {c}.",
    "Okay. {c}. Thanks a lot.", "Let me get {c}, please.",
    "Could you write {c}? Cheers.", "I'd like {c}, if you don't mind.",
    "Right, so, {c}.", "Next one is {c}.", "Give me {c}.",
    "The command I need is {c}. Thanks.", "Just run {c} for now.",
    "Okay, um, {c}.",
]
NAT_TAILS = ["", "", "", " That's for the staging box.", " It's for the docs.",
             " That's all.", " Thanks again.", " No rush."]
ASIDES = [", uh,", ", um,", ", let me see,", ", hang on,", "... uh,"]

MARKERS = [
    "{w}, no wait, {r}", "{w}, I mean {r}", "{w}, actually {r}", "{w}. Actually, {r}",
    "{w}, sorry, {r}", "{w}. Correction, {r}", "not {w}, {r}", "{w}, make that {r}",
    "{w}, no no, {r}", "{w}, oops, {r}", "{w}, wait, no, {r}",
]
WHOLE = [
    "{o}. Scratch that. {c}", "{o}. No, scratch that, {c}", "{o}, actually no. {c}",
    "{o}. Sorry, I mean {c}", "{o}. Wait, no. Make that {c}",
    "{o}. Correction: {c}",
]
RESTART = [
    "{p}, hmm, let me start over. {c}", "{p}, no, sorry, from the top. {c}",
    "{p}... actually, let me say it again. {c}", "{p}, uh, no. {c}",
]
THINK = [", um, what's the flag,", ", hmm, let me think,", ", uh, how does it go,",
         ", what was it,", ", um,"]
AFTER = ["That should do it.", "I think that's right.", "Yeah.", "That's it.",
         "Hopefully that works.", "Okay, done.", "Yep, that's the one."]
REPEAT_OPENERS = ["So so, ", "I I need, uh, ", "The the command is ", "Okay okay, ",
                  "Um, um, "]

ALT_WORDS = {
    "main": "master", "master": "main", "demo": "test", "test": "demo",
    "alpha": "beta", "data": "docs", "docs": "data", "foo": "bar", "bar": "foo",
    "hello": "world", "start": "stop", "enable": "disable", "disable": "enable",
    "install": "remove", "remove": "install", "list": "show", "show": "list",
    "check": "status", "status": "check", "sync": "update", "update": "sync",
    "build": "test", "local": "remote", "web": "redis", "redis": "web",
    "notes": "report", "report": "notes", "backup": "archive", "input": "output",
    "output": "input", "config": "settings", "help": "version", "version": "help",
    "commit": "push", "create": "delete", "delete": "create", "add": "remove",
    "export": "import", "read": "write", "users": "orders", "developers": "admin",
    "numpy": "requests", "htop": "vim", "whoami": "uptime", "src": "docs",
    "projects": "src", "tmp": "var", "new": "old", "clean": "build",
}
LONG_FLAGS = ["--force", "--verbose", "--all", "--quiet", "--dry-run", "--help",
              "--version", "--user", "--name", "--list"]


def wrong_variant(w: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"\d+", w):
        n = int(w)
        return str(rng.choice([n + 1, n * 2, n + 10]) if n else 1)
    if re.fullmatch(r"-[a-z]", w):
        return "-" + rng.choice([c for c in "lvfnrs" if c != w[1]])
    if re.fullmatch(r"-[A-Z]", w):
        return w.lower()
    if re.fullmatch(r"--[a-z][a-z-]*", w):
        return rng.choice([f for f in LONG_FLAGS if f != w])
    if w in ALT_WORDS:
        return ALT_WORDS[w]
    m = re.fullmatch(r"(.*/)?([a-z]+)\.([a-z]+)", w)
    if m:
        base = rng.choice([b for b in ("notes", "report", "data", "config", "backup", "main")
                           if b != m.group(2)])
        return (m.group(1) or "") + base + "." + m.group(3)
    m = re.fullmatch(r"(.*/)([a-z]+)", w)
    if m and m.group(2) in ALT_WORDS:
        return m.group(1) + ALT_WORDS[m.group(2)]
    return None


def sentence_case(text: str, p: float, rng: random.Random) -> str:
    def cap(m):
        return m.group(1) + m.group(2).upper()
    if rng.random() < p:
        text = re.sub(r"^(\W*)([a-z])", cap, text)
    text = re.sub(r"([.?!] )([a-z])", cap, text)
    return text


def finish(text: str, o: dict, rng: random.Random) -> str:
    text = sentence_case(text, o["sent_case"], rng)
    if not text.endswith((".", "?", "!")) and rng.random() < o["period"]:
        text += "."
    return text


def spoken_len(cmd: str) -> int:
    sp = Speaker(CLEAN | dict(digits=0, url=0, compact=0), random.Random(4))
    words = sp.render_words(cmd)
    return len(join_protocol(words, ["space"] * (len(words) - 1), CLEAN,
                             random.Random(4)).split())


def dictatable(cmd: str) -> bool:
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd or "\n" in cmd:
        return False
    if "<<" in cmd or cmd != cmd.strip():
        return False
    return spoken_len(cmd) <= MAX_SPOKEN_WORDS


class Author:
    def __init__(self, rng: random.Random):
        self.rng = rng

    # ----- clean / fuzzy -------------------------------------------------
    def clean(self, cmd: str) -> str:
        rng = self.rng
        sp = Speaker(CLEAN, rng)
        words = sp.render_words(cmd)
        text = join_protocol(words, ["space"] * (len(words) - 1), CLEAN, rng)
        return finish(text, CLEAN, rng)

    def fuzzy(self, cmd: str) -> tuple:
        rng = self.rng
        for attempt in range(8):
            o = dict(FUZZY)
            if attempt >= 3:
                o.update(syn=0.8, drop_flag=0.9, drop_sub=0.9, drop_sudo=0.9,
                         minus=0.6, compound=1.0, digits=0.5)
            sp = Speaker(o, rng)
            words = sp.render_words(cmd)
            seps = sp.separators(cmd)
            for k, sep in enumerate(seps):
                # A forgotten "space" is only forgivable where the listener
                # can see the seam: never between spelled letters or numbers.
                # Before "dash dash" the seam is always visible.
                last, first = words[k].split()[-1], words[k + 1].split()[0]
                long_flag = re.match(r"(dash dash|double dash|minus minus|--)", words[k + 1])
                if not sep and not long_flag and (
                        spelled_ish(last) or spelled_ish(first) or
                        (numeric(last) and numeric(first))):
                    seps[k] = "space"
                    sp.fuzz -= 1
            if sp.fuzz or attempt == 7:
                text = join_protocol(words, seps, o, rng)
                return finish(text, o, rng), sp.fuzz
        raise AssertionError

    # ----- natural ------------------------------------------------------
    def natural_bare(self, cmd: str) -> list | None:
        return Natural(self.rng, NAT).render(cmd)

    def natural(self, cmd: str) -> tuple:
        rng = self.rng
        words = self.natural_bare(cmd)
        assert words is not None
        bare = " ".join(words)
        if len(words) >= 3 and rng.random() < 0.25:
            k = rng.randrange(1, len(words))
            words = words[:k - 1] + [words[k - 1] + rng.choice(ASIDES)] + words[k:]
        body = " ".join(words)
        frame = rng.choice(NAT_FRAMES)
        tails = [t for t in NAT_TAILS if not ("Thank" in frame and "Thank" in t)]
        text = frame.format(c=body) + rng.choice(tails)
        return sentence_case(text, 0.95, rng), bare

    # ----- chaotic ------------------------------------------------------
    def chaotic(self, cmd: str, others: list, natural_ok: bool) -> tuple:
        rng = self.rng
        ws = [w for w, _ in shell_words(cmd)]
        words = None
        use_nat = natural_ok and rng.random() < 0.6
        if use_nat:
            words = Natural(rng, NAT).render(cmd)
            use_nat = words is not None
        o = dict(FUZZY if rng.random() < 0.5 else CLEAN)
        o.update(drop_sudo=0, drop_sub=0, drop_flag=0, drop_short=0, comma=0)
        if not use_nat:
            words = Speaker(o, rng).render_words(cmd)
        words = list(words)
        bare = " ".join(words) if use_nat else None
        sep = " " if use_nat else " space "

        def say_one(w: str) -> str | None:
            r = Natural(rng, NAT).render(w) if use_nat else Speaker(o, rng).render_words(w)
            return r[0] if r and len(r) == 1 else None

        def say_cmd(c: str) -> str:
            r = Natural(rng, NAT).render(c) if use_nat else None
            if r is not None:
                return " ".join(r)
            return " space ".join(Speaker(CLEAN, rng).render_words(c))

        correctable = [i for i, w in enumerate(ws) if i > 0 and wrong_variant(w, rng)]
        flags = [i for i in correctable if ws[i].startswith("-")]
        plain = [i for i in correctable if not ws[i].startswith("-")]
        kinds = ["whole"] * 3 + (["restart"] * 2 if len(ws) > 1 else [])
        kinds += ["word"] * 5 if plain else []
        kinds += ["flag"] * 5 if flags else []
        kind = rng.choice(kinds)
        if kind in ("word", "flag"):
            i = rng.choice(plain if kind == "word" else flags)
            wrong = wrong_variant(ws[i], rng)
            said = say_one(wrong)
            if said is None or said == words[i]:
                kind = "whole"
            else:
                words[i] = rng.choice(MARKERS).format(w=said, r=words[i])
        # thinking aloud between two words (not inside a correction)
        seps = [sep] * (len(words) - 1)
        if len(words) >= 2 and rng.random() < 0.3:
            j = rng.randrange(len(seps))
            think = rng.choice(THINK if ws[min(j + 1, len(ws) - 1)].startswith("-")
                               else THINK[1:])
            seps[j] = (think + " ") if use_nat else (" space" + think + " ")
        body = words[0] + "".join(s_ + w for s_, w in zip(seps, words[1:], strict=True))
        if kind == "whole":
            other = rng.choice([c for c in others if c != cmd])
            body = rng.choice(WHOLE).format(o=say_cmd(other), c=body)
        elif kind == "restart":
            k = rng.randrange(1, len(words)) if len(words) > 1 else 1
            part = sep.join(words[:k])
            body = rng.choice(RESTART).format(p=part, c=body)
        if rng.random() < 0.2:
            body = rng.choice(REPEAT_OPENERS) + body
        text = sentence_case(body, 0.9, rng)
        if not text.endswith((".", "?")):
            text += "."
        if rng.random() < 0.45:
            text += " " + rng.choice(AFTER)
        return text, bare, kind


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def load_commands() -> list:
    seen, out = set(), []
    with open(EVAL, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            cmd = json.loads(line)["command"]          # only this field is used
            if cmd not in seen:
                seen.add(cmd)
                out.append(cmd)
    return out


def build() -> list:
    rng = random.Random(4)
    cmds = [c for c in load_commands() if dictatable(c)]
    rng.shuffle(cmds)
    probe = Author(random.Random(4))    # natural safety does not depend on draws
    nat_ok = {c for c in cmds if probe.natural_bare(c) is not None}
    nat_pool = [c for c in cmds if c in nat_ok]
    other = [c for c in cmds if c not in nat_ok]
    # natural gets 100 natural-safe commands; chaotic gets the rest of those
    # first, then the protocol-only commands; clean / fuzzy split the rest.
    natural = nat_pool[:PER_SLICE]
    rest_nat = nat_pool[PER_SLICE:]
    chaotic = (rest_nat + other)[:PER_SLICE]
    leftover = [c for c in cmds if c not in set(natural) | set(chaotic)]
    clean = leftover[0::2]
    fuzzy = leftover[1::2]
    # Top up with commands from other slices (at most once per slice).
    for sl, pool in ((clean, fuzzy + chaotic + natural), (fuzzy, clean + chaotic + natural)):
        for c in pool:
            if len(sl) >= PER_SLICE:
                break
            if c not in sl:
                sl.append(c)
    del clean[PER_SLICE:], fuzzy[PER_SLICE:]
    author = Author(rng)
    rows = []
    for c in clean:
        rows.append(dict(input=author.clean(c), command=c, slice="clean", author=AUTHOR))
        assert decode_protocol(rows[-1]["input"]) == c, (rows[-1]["input"], c)
    for c in fuzzy:
        text, _ = author.fuzzy(c)
        rows.append(dict(input=text, command=c, slice="fuzzy", author=AUTHOR))
        got = decode_protocol(text)
        assert got.replace(" ", "") == c.replace(" ", ""), (text, got, c)
    for c in natural:
        text, bare = author.natural(c)
        assert decode_natural(bare) == c, (bare, decode_natural(bare), c)
        rows.append(dict(input=text, command=c, slice="natural", author=AUTHOR))
    for c in chaotic:
        res = author.chaotic(c, cmds, c in nat_ok)
        text, bare, _kind = res
        if bare is not None:
            assert decode_natural(bare) == c, (bare, decode_natural(bare), c)
        rows.append(dict(input=text, command=c, slice="chaotic", author=AUTHOR))
    return rows


def self_check(rows: list) -> None:
    assert len(rows) == 4 * PER_SLICE, len(rows)
    for sl in SLICES:
        got = [r for r in rows if r["slice"] == sl]
        assert len(got) == PER_SLICE, (sl, len(got))
        assert len({r["command"] for r in got}) == PER_SLICE, sl
    inputs = [r["input"] for r in rows]
    assert len(set(inputs)) == len(inputs), "duplicate inputs"
    for r in rows:
        line = json.dumps(r, ensure_ascii=True)
        assert json.loads(line) == r
        assert set(r) == {"input", "command", "slice", "author"}
        assert r["input"].isascii() and r["input"].strip() == r["input"]


def main() -> int:
    rows = build()
    self_check(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=True) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    self_check(back)
    print(f"wrote {len(back)} lines to {os.path.relpath(OUT, ROOT)}")
    for sl in SLICES:
        got = [r for r in back if r["slice"] == sl]
        avg = sum(len(r["input"].split()) for r in got) / len(got)
        print(f"  {sl:8s} {len(got)} lines, {len({r['command'] for r in got})} commands, "
              f"avg {avg:.1f} words")
    shared = len({r["command"] for r in back})
    print(f"  distinct commands over all slices: {shared}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
