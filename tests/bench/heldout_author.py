"""Second author's held-out dictation generator for the voice-to-bash feature.

Written apart from the team's own dictation generator, with a different author's speech
habits, to give a held-out evaluation set. It reads real commands (from tldr-pages,
https://github.com/tldr-pages/tldr, CC BY 4.0) and writes one dictation per command in
one of four styles: "clean" (strict spoken protocol), "fuzzy" (sloppy protocol),
"natural" (spoken to Whisper without "space") and "chaotic" (thinking aloud, with
self-corrections and afterthoughts; the "command" is the final intended one).

Usage: python3 tests/bench/heldout_author.py [INPUT_JSONL] [--seed 7] [--out PATH]
(INPUT_JSONL: rows with a "command"; by default the family split's 248 commands.)
Standard library only; deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "assets" / "training" / "bash"
DEFAULT_INPUT = str(DATA / "family.jsonl")  # its commands, each once, in sorted order
DEFAULT_OUTPUT = DATA / "heldout_author.jsonl"
STYLES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------- numbers
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}


def _under100(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def _under1000(n: int) -> str:
    if n < 100:
        return _under100(n)
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " " + _under100(r))


def number_readings(digits: str) -> list[str]:
    """Every way I would read a run of digits out loud (digit by digit is always one)."""
    out = [" ".join(ONES[int(d)] for d in digits)]
    if len(digits) > 1 and digits[0] == "0":
        return out
    n = int(digits)
    if n < 1000:
        out.append(_under1000(n))
    elif n < 10000:
        if n % 1000 == 0:
            out.append(ONES[n // 1000] + " thousand")
        hi, lo = divmod(n, 100)
        if lo >= 10:
            out.append(_under100(hi) + " " + _under100(lo))
        elif lo == 0 and n % 1000:
            out.append(_under100(hi) + " hundred")
    elif n % 1000 == 0 and n // 1000 < 1000:
        out.append(_under1000(n // 1000) + " thousand")
    seen: list[str] = []
    for r in out:
        if r not in seen:
            seen.append(r)
    return seen


# ---------------------------------------------------------------- words and letters
# Words I say as words (everything else short or unpronounceable gets spelled out).
SAY_AS_WORD = set("""
git ls cd docker npm pip python node cat grep egrep mkdir rm cp mv ssh curl wget echo tail
head ps chmod find du df top make cargo go touch tar zip unzip sed awk sort kill rsync diff
less more sudo apt brew vim nano helm jq date free sleep watch dig ip mount time stat cut
bat fd tmux screen gzip bash zsh ruby gem java perl php yarn uptime whoami com in it to
foo bar app log vim run set yes bob dev tun new add all get off out web key tag man bin raw
main demo test data docs src notes backup config report photo input output archive script
alpha index html json yaml nginx redis flask help version list status info start stop
restart remove update upgrade upload download delete forget parse create fetch deploy
repo lock image images option command argument package path server admin staff work form
mega name site host port reboot dummy sync force quit reverse silent follow tiled empty
pages replace launch crop trace white test regex file files filename filesystem sleep
shutdown what clear user dirs daemonize parsable jobs init rebuild remote stop type dump
library master adapter adapters warning dry special version versions exclusive
interleave initial size boot directory label block device hello minio
impala nice binary disable zile hangups konsave retry scala
logstash busybox coreutils chronic vimtutor postgres caddy minipro eth dotfile
""".split())

# Fragments I break up the way I would actually say them (joined again when typed).
SPOKEN_AS = {
    "xephyr": "xephyr", "noreset": "no reset", "agate": "agate", "animdl": "anim d l",
    "ansible": "ansible", "playbook": "playbook", "extra": "extra", "vars": "vars",
    "variables": "variables", "apachectl": "apache c t l", "configtest": "config test",
    "apk": "a p k", "verbose": "verbose", "apktool": "a p k tool", "ascii": "ascii",
    "xfr": "x f r", "projects": "projects", "aspell": "a spell", "dicts": "dicts",
    "autoflake": "auto flake", "unused": "unused", "inplace": "in place",
    "recursive": "recursive", "babeld": "babel d", "balooctl": "baloo c t l",
    "bison": "bison", "boltctl": "bolt c t l", "wlan": "w lan", "cabal": "cabal",
    "todo": "todo", "cacaclock": "caca clock", "caddyfile": "caddy file", "cava": "cava",
    "chezmoi": "chez moi", "dotfile": "dotfile", "choose": "choose", "option": "option",
    "chrt": "c h r t", "pid": "pid", "cjxl": "c j x l", "ext": "e x t", "jxl": "j x l",
    "clangd": "clang d", "clockwork": "clockwork", "cli": "c l i", "couchdb": "couch d b",
    "cpulimit": "c p u limit", "crunch": "crunch", "dcg": "d c g", "diffoscope": "diffoscope",
    "metadata": "metadata", "https": "h t t p s", "http": "h t t p", "dirsearch": "dir search",
    "django": "django", "startapp": "start app", "backend": "backend", "dmstats": "d m stats",
    "mapper": "mapper", "doctum": "doctum", "dokku": "dokku", "apps": "apps",
    "destroy": "destroy", "myapp": "my app", "dotty": "dotty", "tmp": "t m p",
    "gv": "g v", "duckdb": "duck d b", "dbfile": "d b file", "cmd": "c m d",
    "distinct": "distinct", "from": "from", "dunstify": "dunstify", "dust": "dust",
    "txt": "t x t", "eksctl": "e k s c t l", "cluster": "cluster", "readme": "readme",
    "md": "m d", "encfs": "enc f s", "logs": "logs", "engrampa": "engrampa", "ern": "e r n",
    "container": "container", "miniapps": "mini apps", "platform": "platform",
    "euse": "e use", "active": "active", "expose": "expose", "subdomain": "subdomain",
    "eza": "eza", "ignore": "ignore", "fastfetch": "fast fetch", "fdroidcl": "f droid c l",
    "pdf": "p d f", "findpod": "find pod", "flock": "flock", "conflict": "conflict",
    "exit": "exit", "code": "code", "fprintd": "f print d", "ubuntu": "ubuntu",
    "fwconsole": "f w console", "gdalbuildvrt": "g d a l build v r t", "vrt": "v r t",
    "gdm": "g d m", "editor": "editor", "getsebool": "get se bool", "vhdl": "v h d l",
    "gita": "gita", "gitk": "git k", "max": "max", "count": "count", "gitui": "git u i",
    "logfile": "log file", "grub": "grub", "editenv": "edit env", "grubenv": "grub env",
    "unset": "unset", "saved": "saved", "entry": "entry", "gvgen": "g v gen",
    "hadolint": "hado lint", "dockerfile": "dockerfile", "herdr": "herd r",
    "httping": "h t t ping", "httpry": "h t t p r y", "httrack": "h t track",
    "idevice": "i device", "id": "i d", "network": "network", "ifstatus": "if status",
    "enp": "e n p", "ignite": "ignite", "generate": "generate", "csv": "c s v",
    "imgp": "i m g p", "res": "res", "imhex": "im hex", "immich": "immich",
    "tif": "t i f", "use": "use", "configuration": "configuration", "jest": "jest",
    "jhat": "j hat", "jmap": "j map", "jpegtran": "jpeg tran", "jpg": "j p g",
    "outfile": "out file", "jupytext": "jupy text", "notebook": "notebook",
    "execute": "execute", "koboldcpp": "kobold c p p", "krunvm": "k run v m",
    "lddd": "l d d d", "lebab": "lebab", "libtool": "lib tool", "la": "l a",
    "lighthouse": "lighthouse", "logsave": "log save",
    "conf": "conf", "lpmove": "l p move", "lpstat": "l p stat", "lslocks": "l s locks",
    "lsyncd": "l sync d", "luanti": "luanti", "macchanger": "mac changer",
    "permanent": "permanent", "mariadb": "maria d b", "binlog": "bin log", "db": "d b",
    "massdns": "mass d n s", "resolvers": "resolvers", "hashmap": "hash map",
    "domains": "domains", "mg": "m g", "minipro": "mini pro", "mispipe": "mis pipe",
    "mkdocs": "m k docs", "mksquashfs": "m k squash f s",
    "squashfs": "squash f s", "mkvextract": "m k v extract", "tracks": "tracks",
    "mkv": "m k v", "subs": "subs", "srt": "s r t", "mods": "mods", "mongo": "mongo",
    "internal": "internal", "mr": "m r", "mysql": "my s q l", "secure": "secure",
    "installation": "installation", "ncspot": "n c spot", "netperf": "net perf",
    "localhost": "localhost", "nhentai": "n hentai", "nitch": "nitch", "numactl": "numa c t l",
    "opkg": "o p k g", "pacgraph": "pac graph", "paci": "paci",
    "pammixinterlace": "pam mix interlace", "ppm": "p p m", "pamtotiff": "pam to tiff",
    "pam": "pam", "tiff": "tiff", "pathchk": "path c h k", "pbmclean": "p b m clean",
    "pbm": "p b m", "pbmtonokia": "p b m to nokia", "fmt": "f m t", "nex": "n e x",
    "ngg": "n g g", "hex": "hex", "pdfattach": "p d f attach", "pg": "p g",
    "controldata": "control data", "receivewal": "receive wal", "endpos": "end pos",
    "pgmramp": "p g m ramp", "lr": "l r", "pgm": "p g m", "pgmtosbig": "p g m to s big",
    "sbig": "s big", "png": "p n g", "pngquant": "p n g quant", "skip": "skip", "if": "if",
    "larger": "larger", "pnmcrop": "p n m crop", "pnm": "p n m", "podman": "podman",
    "compose": "compose", "volumes": "volumes", "pokego": "poke go", "blastoise": "blastoise",
    "mb": "m b", "powerprofilesctl": "power profiles c t l", "ppmrelief": "p p m relief",
    "ppmtopict": "p p m to pict", "pict": "pict", "psgrep": "p s grep",
    "pve": "p v e", "firewall": "firewall", "pvecm": "p v e c m", "pwn": "p w n",
    "checksec": "check sec", "pyinfra": "py infra", "py": "py", "qpdf": "q p d f",
    "rabbitmq": "rabbit m q", "streams": "streams", "stream": "stream",
    "tracking": "tracking", "rbenv": "r b env", "rc": "r c", "rdfind": "r d find",
    "makesymlinks": "make sym links", "true": "true", "build": "build",
    "restic": "restic", "repository": "repository", "restore": "restore",
    "target": "target", "rga": "r g a", "rgpt": "r g p t", "rvm": "r v m",
    "sc": "s c", "ttlexp": "t t l exp", "warts": "warts", "scrontab": "s crontab",
    "shfmt": "s h f m t", "shpool": "s h pool", "attach": "attach",
    "sldtoppm": "s l d to p p m", "sld": "s l d", "snakefmt": "snake f m t",
    "snakefile": "snake file", "line": "line", "length": "length", "snmpdf": "s n m p d f",
    "snowsql": "snow s q l", "sql": "s q l", "spottopgm": "spot to p g m", "spot": "spot",
    "sstat": "s stat", "steamos": "steam o s", "select": "select", "branch": "branch",
    "steamosctl": "steam o s c t l", "switch": "switch", "game": "game", "mode": "mode",
    "stun": "stun", "und": "u n d", "de": "d e", "pig": "pig", "color": "color",
    "verbosity": "verbosity", "neighbors": "neighbors", "scan": "scan", "arp": "a r p",
    "disconf": "dis conf", "akmods": "a k mods", "apache": "apache", "ctl": "c t l",
    "arpspoof": "a r p spoof", "arptables": "a r p tables", "cfdisk": "c f disk",
    "dev": "dev", "sdb": "s d b", "genkernel": "gen kernel", "groupadd": "group add",
    "gid": "g i d", "developers": "developers", "lvreduce": "l v reduce",
    "lvremove": "l v remove", "lxc": "l x c", "env": "env", "mdadm": "m d adm",
    "mkfs": "m k f s", "bcachefs": "b cache f s", "fs": "f s", "openvpn": "open v p n",
    "ifconfig": "ifconfig", "phpdismod": "p h p dis mod", "pivpn": "pi v p n",
    "tlp": "t l p", "psup": "p s u p", "unshare": "unshare", "svgo": "s v g o",
    "svg": "s v g", "min": "min", "svgtopam": "s v g to pam", "systemd": "system d",
    "cryptenroll": "crypt enroll", "fido": "fido", "luks": "luks", "inhibit": "inhibit",
    "stdio": "s t d i o", "bridge": "bridge", "sysusers": "sys users", "dry": "dry",
    "terragrunt": "terragrunt", "tgsend": "t g send", "username": "username",
    "typo": "typo", "fix": "fix", "thunar": "thunar", "trafilatura": "trafilatura",
    "trivy": "trivy", "sarif": "sarif", "tpl": "t p l", "truncate": "truncate",
    "rs": "r s", "tspin": "t spin", "twopi": "t w o pi", "ugrep": "u grep", "glob": "glob",
    "error": "error", "ul": "u l", "updatectl": "update c t l", "uprecords": "up records",
    "usleep": "u sleep", "var": "var", "server": "server", "format": "format",
    "vf": "v f", "vkpurge": "v k purge", "wal": "wal", "telegram": "telegram",
    "wdctl": "w d c t l", "wifi": "wifi", "menu": "menu", "wishlist": "wishlist",
    "wkhtmltopdf": "w k h t m l to p d f", "xbps": "x b p s", "install": "install",
    "xcowsay": "x cow say", "xcursorgen": "x cursor gen", "cursor": "cursor",
    "xdg": "x d g", "yarn": "yarn", "why": "why", "yay": "yay", "scc": "s c c",
    "compressed": "compressed", "zpaq": "z paq", "mount": "mount", "br": "b r",
    "ac": "a c", "bg": "b g", "lm": "l m", "sb": "s b",
    "wx": "w x", "jxlsrc": "j x l src", "pk": "p k", "cpu": "c p u", "ave": "ave",
    "vm": "v m", "job": "job", "accept": "accept", "dl": "d l", "tun": "tun",
    "md0": "m d zero", "eth": "eth", "boot": "boot", "lock": "lock", "gen": "gen",
    "graph": "graph", "inode": "inode", "vol": "vol", "usr": "u s r", "etc": "e t c",
    "ensure": "ensure", "mitmproxy": "m i t m proxy", "kotlinc": "kotlin c",
    "speedcrunch": "speed crunch", "ghdl": "g h d l", "nyxt": "n y x t", "shopt": "s h opt",
    "bootdebug": "boot debug", "resizefs": "resize f s", "url": "u r l", "jq": "j q",
}

# Words that are also protocol words: said letter by letter so they stay literal.
PROTOCOL_WORDS = set("""
dash minus hyphen dot period point slash backslash pipe star asterisk bang hash hashtag
tilde at dollar percent caret ampersand equals equal plus colon semicolon underscore comma
quote quotes backtick apostrophe redirect append space capital cap caps uppercase lowercase
hundred thousand zero one two three four five six seven eight nine ten eleven twelve
twenty thirty forty fifty sixty seventy eighty ninety paren parent
""".split())

VOWELS = set("aeiouy")
OK_ONSETS = set("bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw wh th sh ch "
                "ph wr kn qu".split())


def pronounceable(word: str) -> bool:
    if word in SAY_AS_WORD:
        return True
    if len(word) <= 3 or not any(c in VOWELS for c in word):
        return False
    if re.search(r"[^aeiouy]{4,}", word):
        return False
    onset = re.match(r"[^aeiouy]*", word).group(0)
    return len(onset) <= 1 or onset[:2] in OK_ONSETS


def lower_word(word: str) -> list[str]:
    """How I say a lower-case run of letters."""
    if word in PROTOCOL_WORDS:
        return list(word)
    if word in SPOKEN_AS:  # a piece that is a protocol word is spelled so it stays literal
        return [x for part in SPOKEN_AS[word].split()
                for x in (list(part) if part in PROTOCOL_WORDS else [part])]
    if pronounceable(word):
        return [word]
    return list(word)


# ---------------------------------------------------------------- a speaker's habits
def voice(rng: random.Random) -> dict:
    """One speaker's choice of names for the symbols, for a whole utterance."""
    paren = rng.choice([("open paren", "close paren"), ("left paren", "right paren"),
                        ("open parenthesis", "close parenthesis")])
    return {
        "-": rng.choice(["dash"] * 5 + ["hyphen", "minus"]),
        "--": rng.choice(["dash dash"] * 3 + ["double dash", "hyphen hyphen", "minus minus"]),
        ".": rng.choice(["dot"] * 4 + ["period"]),
        "num.": rng.choice(["dot", "point", "point"]),
        "/": rng.choice(["slash"] * 3 + ["forward slash"]),
        '"': rng.choice(["quote", "double quote", "pair"]),
        "'": rng.choice(["single quote", "apostrophe"]),
        "=": rng.choice(["equals", "equals", "equal sign", "equals sign"]),
        "*": rng.choice(["star", "asterisk"]),
        "@": rng.choice(["at", "at sign"]),
        "capital": rng.choice(["capital"] * 3 + ["cap"]),
        "all caps": rng.choice(["all caps"] * 3 + ["caps"]),
        ">": rng.choice(["greater than", "redirect"]),
        "&&": rng.choice(["and and", "ampersand ampersand"]),
        "%": rng.choice(["percent", "percent sign"]),
        "$": rng.choice(["dollar", "dollar sign"]),
        "+": rng.choice(["plus", "plus sign"]),
        "(": paren[0], ")": paren[1],
        "_": "underscore", "~": "tilde", ":": "colon", ",": "comma", "?": "question mark",
        "|": "pipe", "!": "bang", "#": "hash", "\\": "backslash", ";": "semicolon",
    }


SEGMENT = re.compile(r"--|&&|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|.")


class Speaker:
    """Turns command tokens into spoken words with one voice; remembers open quotes."""

    def __init__(self, rng: random.Random, digits_prob: float = 0.0):
        self.rng = rng
        self.v = voice(rng)
        self.digits_prob = digits_prob
        self.quote_open = False

    def number(self, digits: str) -> list[str]:
        if self.digits_prob and self.rng.random() < self.digits_prob:
            return [digits]
        return self.rng.choice(number_readings(digits)).split()

    def letters(self, seg: str) -> list[str]:
        if seg.islower():
            return lower_word(seg)
        low = seg.lower()
        if len(seg) > 1 and seg[0].isupper() and seg[1:].islower():
            return [self.v["capital"]] + lower_word(low)
        if len(seg) > 1 and low not in PROTOCOL_WORDS and (
                low in SAY_AS_WORD
                or (low in SPOKEN_AS and " " not in SPOKEN_AS[low])
                or (low not in SPOKEN_AS and pronounceable(low))):
            return [self.v["all caps"], low]
        out: list[str] = []
        for ch in low:
            out += [self.v["capital"], ch]
        return out

    def token(self, tok: str) -> list[str]:
        segs = SEGMENT.findall(tok)
        words: list[str] = []
        for i, seg in enumerate(segs):
            if seg[0].isalpha():
                words += self.letters(seg)
            elif seg.isdigit():
                words += self.number(seg)
            elif seg == '"':
                style = self.v['"']
                if style == "pair":
                    words.append("close quote" if self.quote_open else "open quote")
                else:
                    words.append(style)
                self.quote_open = not self.quote_open
            elif seg == ".":
                between = (0 < i < len(segs) - 1 and segs[i - 1].isdigit()
                           and segs[i + 1].isdigit())
                words.append(self.v["num."] if between else self.v["."])
            elif seg in self.v:
                words.append(self.v[seg])
            else:
                raise ValueError(f"no spoken name for {seg!r} in {tok!r}")
        return words

    def tokens(self, toks: list[str]) -> list[str]:
        return [" ".join(self.token(t)) for t in toks]


# ---------------------------------------------------------------- clean / fuzzy
def clean(cmd: str, rng: random.Random) -> str:
    return " space ".join(Speaker(rng).tokens(cmd.split(" ")))


LETTER_SOUNDS = {"l": "el", "r": "are", "c": "see", "t": "tea", "p": "pea", "u": "you",
                 "y": "why", "b": "bee", "m": "em", "x": "ex", "o": "oh", "i": "eye",
                 "q": "queue", "j": "jay", "k": "kay", "g": "gee", "d": "dee", "v": "vee"}
WORD_SLIPS = {"write": "right", "sync": "sink", "two": "to", "four": "for", "eight": "ate",
              "tilde": "tilda", "grep": "grip", "readme": "read me", "new": "knew",
              "sudo": "pseudo", "docker": "dock her", "main": "mane", "yes": "yeah",
              "flask": "flasks", "pi": "pie", "py": "pie", "seen": "scene", "role": "roll",
              "tail": "tale", "mode": "mowed", "paren": "parent", "pair": "pear",
              "whoami": "who am i", "hello": "hallo", "mega": "megha"}
FILLERS = ["um", "uh", "um", "uh", "er", "uhh"]


def fuzzy(cmd: str, rng: random.Random) -> str:
    sp = Speaker(rng, digits_prob=0.5)
    toks = sp.tokens(cmd.split(" "))
    # sound-alike slips on a few words
    words_per = [t.split(" ") for t in toks]
    spots = [(i, j) for i, ws in enumerate(words_per) for j, w in enumerate(ws)
             if w in WORD_SLIPS or w in LETTER_SOUNDS]
    for i, j in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2, 2, 3]))):
        w = words_per[i][j]
        words_per[i][j] = WORD_SLIPS.get(w) or LETTER_SOUNDS[w]
    toks = [" ".join(ws) for ws in words_per]
    # forget some "space" words
    gaps = len(toks) - 1
    dropped = set()
    if gaps:
        dropped = {g for g in range(gaps) if rng.random() < 0.35}
        if not dropped:
            dropped = {rng.randrange(gaps)}
    out = []
    filler_at = rng.randrange(len(toks) + 1) if rng.random() < 0.6 else -1
    for i, t in enumerate(toks):
        if i == filler_at:
            out.append(rng.choice(FILLERS) + ("," if rng.random() < 0.3 else ""))
        out.append(t)
        if i < gaps and i not in dropped:
            out.append("space")
    if filler_at == len(toks):
        out.insert(len(out) - 1, rng.choice(FILLERS))
    return " ".join(out)


# ---------------------------------------------------------------- natural
NATURAL_INTROS = ["okay type this,", "the command I want is", "could you give me",
                  "please write", "I need", "can I get", "go ahead and type", "let's do",
                  "alright, put in", "write me", "what I'm after is", "just enter",
                  "give me the line", "so the thing to run is", "I'd like"]
NATURAL_SPLITS = ["start with {head}, then for the options put {rest}",
                  "the program is {head}, and the arguments are {rest}",
                  "{head}, and for the rest put {rest}",
                  "use {head} followed by {rest}",
                  "I want {head} and after that {rest}"]
NATURAL_ENDINGS = ["", "", "", " please", ", thanks", " for me"]


def whisper_case(text: str, rng: random.Random) -> str:
    if rng.random() < 0.7:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.5 and text[-1] not in ".?!":
        asks = text.startswith(("could", "Could", "can", "Can"))
        text += rng.choice([".", ".", ".", "?"]) if asks else "."
    return text


def natural(cmd: str, rng: random.Random) -> str:
    toks = cmd.split(" ")
    sp = Speaker(rng, digits_prob=0.5)
    spoken = sp.tokens(toks)
    roll = rng.random()
    if len(toks) >= 2 and roll < 0.25:
        text = rng.choice(NATURAL_SPLITS).format(head=spoken[0], rest=" ".join(spoken[1:]))
    elif roll < 0.85:
        text = rng.choice(NATURAL_INTROS) + " " + " ".join(spoken)
    else:
        text = " ".join(spoken)
    text += rng.choice(NATURAL_ENDINGS)
    return whisper_case(text, rng)


# ---------------------------------------------------------------- chaotic
FIX_TEMPLATES = ["{w}, nope, {r}", "{w}... I meant {r}", "{w}, correction, {r}",
                 "{w}, no wait, make it {r}", "{w}, or rather {r}", "{w}, sorry, I mean {r}",
                 "{w}, hmm no, {r}", "{w}, actually {r}", "{w}, no no, {r}",
                 "{w}, wait, that's wrong, it's {r}"]
NOT_BUT_TEMPLATES = ["not {w} but {r}", "not {w}, {r}", "uh, not {w} but {r}"]
RESTART_TEMPLATES = ["{w}... wait, let me rephrase. {full}",
                     "{w}, scratch that, start over, {full}",
                     "{w}, hmm, no, wrong one. What I want is {full}",
                     "{w}, no no, from the top, {full}",
                     "{w}, ugh, forget that, {full}"]
AFTER_TEMPLATES = ["{body}, oh and add {x} to the end", "{body}... oh, and tack {x} on the end",
                   "{body}, wait, I forgot, it ends with {x}",
                   "{body}, and then {x} after that, almost forgot",
                   "{body}, oh and finish it with {x}"]
HESITATIONS = ["um", "uh", "hmm", "let me think", "how does it go", "hang on", "er"]
CHAOTIC_INTROS = ["", "", "", "okay so", "alright um", "so what I need is", "hmm okay",
                  "right, let's see"]

LONG_FLAGS = ["verbose", "force", "quiet", "recursive", "all", "help", "dry-run", "output",
              "config", "debug", "version", "name"]
SHORT_FLAGS = "abcdefhilnqrsvx"
PLAIN_WORDS = ["demo", "test", "main", "backup", "alpha", "foo", "data", "notes", "report",
               "config", "docs", "src"]
EXT_SWAP = {"txt": "md", "md": "txt", "json": "yaml", "yaml": "json", "pdf": "png",
            "png": "jpg", "jpg": "png", "csv": "json", "log": "txt", "py": "sh", "sh": "py",
            "html": "txt", "sql": "txt", "conf": "txt"}
DIRS = ["projects", "docs", "data", "src", "tmp", "backup", "logs"]


def mutate(tok: str, rng: random.Random) -> str | None:
    """A plausible wrong version of a token (for the speaker to say first, then fix)."""
    if any(q in tok for q in "\"'"):
        return None
    if re.fullmatch(r"-[A-Za-z]", tok):
        return "-" + rng.choice([c for c in SHORT_FLAGS if c != tok[1].lower()])
    m = re.fullmatch(r"(--?)([a-z][a-z0-9-]*)", tok)
    if m:
        return m.group(1) + rng.choice([f for f in LONG_FLAGS if f != m.group(2)])
    if tok.isdigit():
        n = int(tok)
        return str(rng.choice([n + 1, n * 2 + 2, max(n - 1, 0) if n > 1 else n + 2]))
    m = re.fullmatch(r"(.*?)([A-Za-z0-9_]+)\.([a-z0-9]+)", tok)
    if m:
        if m.group(3) in EXT_SWAP and rng.random() < 0.6:
            return m.group(1) + m.group(2) + "." + EXT_SWAP[m.group(3)]
        return m.group(1) + rng.choice([w for w in PLAIN_WORDS if w != m.group(2)]) \
            + "." + m.group(3)
    if re.fullmatch(r"[a-z]+", tok):
        return rng.choice([w for w in PLAIN_WORDS if w != tok])
    parts = tok.split("/")
    idx = [i for i, p in enumerate(parts) if p in DIRS]
    if idx:
        i = rng.choice(idx)
        parts[i] = rng.choice([d for d in DIRS if d != parts[i]])
        return "/".join(parts)
    return None


def _balanced(toks: list[str]) -> bool:
    return " ".join(toks).count('"') % 2 == 0 and " ".join(toks).count("'") % 2 == 0


class Chaos:
    def __init__(self, rng: random.Random, programs: list[str]):
        self.rng = rng
        self.programs = programs

    def join(self, parts: list[str], sep: str) -> str:
        """Join spoken tokens, now and then hesitating between two of them."""
        out = []
        for i, p in enumerate(parts):
            if i and self.rng.random() < 0.12:
                p = self.rng.choice(HESITATIONS) + ", " + p
            out.append(p)
        return sep.join(out)

    def make(self, cmd: str) -> str:
        rng = self.rng
        toks = cmd.split(" ")
        sep = " space " if rng.random() < 0.3 else " "
        sp = Speaker(rng, digits_prob=0.0 if sep != " " else 0.4)
        spoken = sp.tokens(toks)
        spare = Speaker(random.Random(rng.random()), digits_prob=0.0)
        spare.v = sp.v

        fixable = []
        for i, t in enumerate(toks):
            if not _balanced(toks[:i]) or not _balanced([t]):
                continue
            wrong = (rng.choice([p for p in self.programs if p != t]) if i == 0
                     else mutate(t, rng))
            if wrong and wrong != t:
                fixable.append((i, wrong))
        ops = ["restart"]
        if fixable:
            ops += ["fix", "fix", "fix", "not_but"]
        if len(toks) >= 2 and _balanced(toks[:-1]):
            ops += ["after", "after"]
        op = rng.choice(ops)

        if op in ("fix", "not_but"):
            later = [f for f in fixable if f[0] > 0]
            i, wrong = rng.choice(later if later and (op == "not_but" or rng.random() < 0.8)
                                  else fixable)
            w = " ".join(spare.token(wrong))
            if op == "fix" or i == 0:
                mid = rng.choice(FIX_TEMPLATES).format(w=w, r=spoken[i])
            else:
                mid = rng.choice(NOT_BUT_TEMPLATES).format(w=w, r=spoken[i])
            pre = self.join(spoken[:i], sep)
            post = self.join(spoken[i + 1:], sep)
            text = (pre + sep if pre else "") + mid + ("," + sep + post if post else "")
        elif op == "after":
            body = self.join(spoken[:-1], sep)
            if rng.random() < 0.5:
                body += ", " + rng.choice(HESITATIONS)
            text = rng.choice(AFTER_TEMPLATES).format(body=body, x=spoken[-1])
        else:  # restart: start on something else, then say the whole thing
            if len(toks) >= 2 and fixable and rng.random() < 0.5:
                i, wrong = rng.choice(fixable)
                wtoks = toks[:i] + [wrong]
            else:
                other = rng.choice([p for p in self.programs if p != toks[0]])
                wtoks = [other]
            w = sep.join(spare.tokens(wtoks))
            spare.quote_open = False
            text = rng.choice(RESTART_TEMPLATES).format(w=w, full=self.join(spoken, sep))
        intro = rng.choice(CHAOTIC_INTROS)
        return (intro + " " + text) if intro else text


# ---------------------------------------------------------------- self-check
# A tiny reader of my own clean protocol, used only to prove every character is dictated.
_PHRASES = {
    ("dash", "dash"): "--", ("double", "dash"): "--", ("hyphen", "hyphen"): "--",
    ("minus", "minus"): "--", ("forward", "slash"): "/", ("double", "quote"): '"',
    ("open", "quote"): '"', ("close", "quote"): '"', ("single", "quote"): "'",
    ("equal", "sign"): "=", ("equals", "sign"): "=", ("at", "sign"): "@",
    ("dollar", "sign"): "$", ("percent", "sign"): "%", ("plus", "sign"): "+",
    ("question", "mark"): "?", ("greater", "than"): ">", ("and", "and"): "&&",
    ("ampersand", "ampersand"): "&&", ("open", "paren"): "(", ("close", "paren"): ")",
    ("left", "paren"): "(", ("right", "paren"): ")", ("open", "parenthesis"): "(",
    ("close", "parenthesis"): ")", ("all", "caps"): "<upper>",
}
_WORDS = {"dash": "-", "hyphen": "-", "minus": "-", "dot": ".", "period": ".", "point": ".",
          "slash": "/", "quote": '"', "apostrophe": "'", "equals": "=", "star": "*",
          "asterisk": "*", "at": "@", "underscore": "_", "tilde": "~", "colon": ":",
          "comma": ",", "percent": "%", "dollar": "$", "plus": "+", "redirect": ">",
          "space": " ", "capital": "<cap>", "cap": "<cap>", "caps": "<upper>",
          "pipe": "|", "bang": "!", "hash": "#", "hashtag": "#", "caret": "^",
          "ampersand": "&", "equal": "=", "semicolon": ";", "backtick": "`", "quotes": '"',
          "backslash": "\\", "append": ">>", "paren": "?", "parent": "?"}
_NUM = {w: i for i, w in enumerate(ONES)} | {w: k * 10 for k, w in TENS.items()}


def _read_number(words: list[str], i: int) -> tuple[str, int]:
    out = ""
    while i < len(words) and words[i] in _NUM:
        total, cur = 0, _NUM[words[i]]
        i += 1
        if cur >= 20 and cur % 10 == 0 and i < len(words) and words[i] in _NUM \
                and 0 < _NUM[words[i]] < 10:
            cur += _NUM[words[i]]
            i += 1
        while i < len(words) and words[i] in ("hundred", "thousand"):
            if words[i] == "hundred":
                cur *= 100
                i += 1
                if i < len(words) and words[i] in _NUM and _NUM[words[i]] != 0:
                    rest, i = _read_number_under100(words, i)
                    cur += rest
            else:
                total, cur = (total + cur) * 1000, 0
                i += 1
        out += str(total + cur)
    return out, i


def _read_number_under100(words: list[str], i: int) -> tuple[int, int]:
    v = _NUM[words[i]]
    i += 1
    if v >= 20 and i < len(words) and words[i] in _NUM and 0 < _NUM[words[i]] < 10:
        v += _NUM[words[i]]
        i += 1
    return v, i


def read_clean(text: str) -> str:
    words = text.split(" ")
    out, i, mark = "", 0, None
    while i < len(words):
        pair = tuple(words[i:i + 2])
        if pair in _PHRASES:
            sym, i = _PHRASES[pair], i + 2
        elif words[i] in _WORDS:
            sym, i = _WORDS[words[i]], i + 1
        elif words[i] in _NUM:
            sym, i = _read_number(words, i)
        else:
            sym, i = words[i], i + 1
            if mark == "<cap>":
                sym = sym[0].upper() + sym[1:]
            elif mark == "<upper>":
                sym = sym.upper()
            mark = None
        if sym in ("<cap>", "<upper>"):
            mark = sym
            continue
        out += sym
    return out


def self_check(commands: list[str], rows: list[dict]) -> None:
    assert len(rows) == len(commands) == len(set(r["command"] for r in rows))
    assert sorted(r["command"] for r in rows) == sorted(commands)
    bad = [(c, clean(c, random.Random(s))) for s in range(20) for c in commands
           if read_clean(clean(c, random.Random(s))) != c]
    bad += [(r["command"], r["input"]) for r in rows
            if r["slice"] == "clean" and read_clean(r["input"]) != r["command"]]
    for c, said in bad[:20]:
        print(f"MISMATCH {c!r}\n    {said}\n    -> {read_clean(said)!r}")
    print(f"self-check: {len(bad)} clean readings do not read back")


# ---------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=DEFAULT_INPUT)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(DEFAULT_OUTPUT))
    ap.add_argument("--preview", action="store_true",
                    help="print the clean reading of every command and write nothing")
    ap.add_argument("--check", action="store_true",
                    help="read the clean readings back and compare with the commands")
    args = ap.parse_args()

    rows = [json.loads(line) for line in Path(args.input).read_text().splitlines()
            if line.strip()]
    commands = sorted({r["command"] for r in rows})
    if args.preview:
        for c in commands:
            print(f"{c}\n    {clean(c, random.Random(args.seed))}")
        return
    rng = random.Random(args.seed)
    order = commands[:]
    rng.shuffle(order)
    programs = sorted({c.split(" ")[0] for c in commands
                       if c.split(" ")[0] != "sudo" and re.fullmatch(r"[a-z][a-z0-9-]*",
                                                                     c.split(" ")[0])})
    chaos = Chaos(rng, programs)
    out = []
    for n, cmd in enumerate(order):
        style = STYLES[n % len(STYLES)]
        if style == "clean":
            said = clean(cmd, rng)
        elif style == "fuzzy":
            said = fuzzy(cmd, rng)
        elif style == "natural":
            said = natural(cmd, rng)
        else:
            said = chaos.make(cmd)
        said = re.sub(r"\s+", " ", said).strip()
        out.append({"input": said, "command": cmd, "slice": style})
    dest = Path(args.out)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    counts = {s: sum(r["slice"] == s for r in out) for s in STYLES}
    print(f"wrote {len(out)} lines to {dest}: {counts}")
    if args.check:
        self_check(commands, out)


if __name__ == "__main__":
    main()
