"""Voice-to-bash dev set written by a third author, in that author's own dictation habits.

    .venv/bin/python tests/bench/third_author.py

Writes assets/training/bash/author3.jsonl: 400 lines, 100 per slice (clean, fuzzy, natural,
chaotic), each line {"input", "command", "slice", "author": "third"}. The commands are the
tldr-pages commands of corpus.jsonl that no train, train_authors, eval or family line uses
(commands from tldr-pages, CC BY 4.0, (c) the tldr-pages team and contributors), each used
once; commands that cannot honestly be dictated (non-ASCII, double spaces, over 70 spoken
words) are dropped. Seeded with random.Random(3), so the file is reproducible. Natural and
chaotic lines only get commands whose spacing the natural listener rules below recover;
every line is read back by this file's own listener (read_back: my framing and corrections
undone, then the protocol or natural rules) and must give the command exactly. This is a
self-check of the author's habits, not the app's pipeline.

The third author's habits. In careful (clean) dictation I say "space" between shell words
and nowhere else: a quote, bracket or paren belongs to its word, so there is never a "space"
before a closing quote. Whisper's casing means nothing; a capital is only what I say:
"capital" (the next letter, or the first letter of the next word), "all caps" (the next word
or acronym), "camel case" / "pascal case" for joined CapWords, and sometimes "snake case" /
"kebab case" for plain words joined by _ or -. I say everyday English words as words and
spell everything else letter by letter (tool names a stranger could not spell, extensions,
acronyms, tmp, src), and I spell a literal word that is also a protocol word (dot, space,
one, hash). Numbers go as I read them aloud: small ones as words, four digits in pairs ("ten
twenty four", "eighty eighty"), zeros and long runs digit by digit. Fuzzy dictation is the
same with synonyms (minus, hyphen, period, point, forward slash, asterisk, at sign, equals
sign, greater than, double dash), Whisper writing numbers as digits and some file names,
URLs and versions compactly, and letter names for one-letter flags ("dash see", "minus ex").
Natural dictation has no "space" words: "dash" is only the minus that starts a flag,
"hyphen" one inside a name; dot, slash, colon, equals, at, underscore glue both sides;
quotes open and close; pipes and redirects stand apart; any name that is not a plain word I
spell whole, and spelled single letters join each other and their digits ("W A T 2 WASM"),
while two acronyms Whisper wrote as words stay two words ("GH PR"). Whisper writes numbers
as digits, well-known tool names verbatim (systemctl, base64, gcloud), URLs, IPs, versions
and some absolute paths compactly, capitalizes brands and sentences and adds commas. I frame
it ("okay so", "go ahead and run", "for this one", "the command is", "next up"), put "um" /
"uh" / "er" between words (never inside quotes), sometimes say what it is for ("this one is
to ...", "that's to ..."), and close with "thanks", "please", "cheers" or "that's it".
Chaotic dictation thinks aloud ("hmm", "let me think", "okay, what was it"), fixes a word by
saying the whole word again after "no wait", "no no", "sorry, make that", "er, not that",
"oops, I meant" or "hang on, I mean", restarts with "scratch that, from the top" or "ugh,
scratch that, let me start over", adds a forgotten last word with "oh, I forgot, it ends
with ...", and stutters the first word ("Git, uh, Git touch ...").
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "assets" / "training" / "bash"
OUT = DATA / "author3.jsonl"
EXCLUDE = ("train.jsonl", "train_authors.jsonl", "eval.jsonl", "family.jsonl")
PER_SLICE = 100
MAX_CLEAN_UNITS = 70  # longer clean dictations are not honest dictation

# ---------------------------------------------------------------- vocabulary

# Words I say as words (Whisper writes them as one word); anything else is spelled.
VOCAB = set(
    """
    account add address addresses adjust admin advisor agent album alias alice all alpha
    alpine am and annotate app arch archive arm artist ascended ark async attempts audio
    audiobook auto available backend backup backups bar base bin binary bios blob block bob
    book boot bootstrap box branches browse browser brute bucket buckets bug build bun button
    by cache cal camera cargo cat change chapters check chromium clang class clean client
    clip clipboard clone close cloud code color com command comments compatibility compose
    compression conda config configure configuration console context controller convert
    copilot count crane create cron crypt damaged data database date deactivate debug decode
    decompress decrypt dedicated default delay delete demo deploy depth destination detector
    dev developers device diff directory disable disabled disassemble discoverer display dist
    do docker docs dolt domain done down driver dump dust each echo edge effort electron email
    enable enabled endpoint energy enter example exec executable exit expect export express
    extend factorio fail failed fake false fancy fast fastly fat fetch field file filename
    filter find first fix flags flake flux folder follow foo for force foreground format found
    frame free functions gadget game general get git github glob graphic group guest hashes
    head header health height hello help hibernate high home host hostname hunter identity if
    image import in index info init inline input inspect install instance integrate
    interactive internal invocation is island jar java jess jobs john keep kernel key keyword
    kube kubernetes label lang last latest launch length lib light lightweight limit line
    links linux list live load loading local localhost location lock log logging logs lost
    mac machine machines mail main maintain maintenance make man managers manifest map
    markdown master match max me merge merged method midi mixer mode model models monitor
    mount multi my nag name needs network new no node nodes none notes now number numpy
    object of only open origin out output overlay owner packager pacman paint pal params pass
    password path pattern pep perf perl persist phase photo ping pipewire plan platform play
    players plugins pool port post prefix prep print prod profile project projects prompt
    proxy prune public publish pull pulse push python query queue quiet random rate raw read
    readme reboot recommendation record records recover recursive redis ref reference reg
    register remote remove rename repair repo report repository reset resize resolve resource
    restore result return revert rewrite root rotate run rust sail sailfish scale scores
    screen script search secret section select self send serial serif server set share
    shazam shell shooter show silence silent since sink snake so socks sort source staff
    start stat state stats status stop storage string stringify submissions submit submodule
    sudo suffix summary support suspend system tab tag tags tail tar tarball target terminal
    terraform terraria test tests text the then this thread threads ticket tiles timeout title
    to todo up tool toolbox toolchain touch translate triple true try tune type types ubuntu undo
    unix unpack unpublish unset unused update upgrade uptime use user users value verbose
    version versions video videos viewer virtual visual volume wacom wait warning watch web
    who width win wine wire with word workspaces zip zones zoom song edit liner poetry podman
    openstack opencode nagios kubeconfig transcoder issue partition slot curl defrag mamba
    vagrant kaggle prowler azurite zapier vulkan validator var manage socket sockets regex
    top secrets converter youtube sub golden eye
    """.split()
)
SHORT_OK = {w: 1.6 for w in ("my", "no", "of", "by", "me", "so", "up")} | {"to": 1.95}
# letter groups I spell as one familiar acronym (Whisper writes them joined)
ACRONYMS = set(
    """
    cfg cpp csv dns elf ftp gpkg gz html http https id img ip iso jpg json md pam pbm pdf pgm
    png ppm py sh sql src ssh std tmp tsv txt uri url yaml totp erofs
    """.split()
)
# tokens Whisper writes verbatim when they are spoken in natural style
WHISPER_KNOWS = (
    "base32 base64 bzip2 gcloud kubectl pyenv iperf3 ping6 i3lock i3status k3s k6 k9s flake8 "
    "autopep8 npm pm2 lz4 mp3 mp4 md5 ipv6 sha1 sha256 sha512 p7zip utf8 json5 systemctl "
    "dos2unix unix2dos printf gphoto2 resize2fs youtube-dl yt-dlp openvpn xfce4"
).split()
SYMBOL_WORDS = (
    "dash minus hyphen dot period point slash backslash pipe star asterisk bang hash tilde at "
    "dollar percent caret ampersand equals plus colon semicolon underscore comma quote "
    "backtick redirect append space capital"
).split()
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = set(UNITS + TEENS + TENS + ["hundred", "thousand"])
RESERVED = set(SYMBOL_WORDS) | NUMBER_WORDS
VOCAB -= RESERVED
BRANDS = {
    "docker": "Docker", "git": "Git", "github": "GitHub", "python": "Python", "java": "Java",
    "linux": "Linux", "ubuntu": "Ubuntu", "redis": "Redis", "terraform": "Terraform",
    "chromium": "Chromium", "perl": "Perl", "kubernetes": "Kubernetes", "conda": "Conda",
    "alice": "Alice", "bob": "Bob", "john": "John", "numpy": "NumPy", "factorio": "Factorio",
}
# letter names Whisper writes for a one-letter flag (fuzzy slice only)
HOMOPHONES = {
    "b": "bee", "c": "see", "d": "dee", "i": "eye", "k": "kay", "l": "el", "m": "em", "n": "en",
    "p": "pea", "q": "queue", "r": "are", "s": "ess", "t": "tee", "u": "you", "v": "vee",
    "x": "ex", "y": "why", "z": "zee",
}
HOMOPHONE_BACK = {v: k for k, v in HOMOPHONES.items()}

# ---------------------------------------------------------------- symbols

CLEAN_SYM = {
    "-": "dash", "--": "dash dash", ".": "dot", "..": "dot dot", "/": "slash",
    "\\": "backslash", "|": "pipe", "||": "pipe pipe", "*": "star", "!": "bang", "#": "hash",
    "~": "tilde", "@": "at", "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "&&": "and and", "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote", "`": "backtick",
    "?": "question mark", "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "redirect", ">>": "append", "2>": "two redirect", "2>&": "two redirect ampersand",
}
FUZZY_SYM = {
    "-": ["dash", "minus", "hyphen"], "--": ["dash dash", "double dash"],
    ".": ["dot", "period", "point"], "/": ["slash", "forward slash"],
    "*": ["star", "asterisk"], "@": ["at", "at sign"], "$": ["dollar", "dollar sign"],
    "=": ["equals", "equals sign"], ">": ["redirect", "greater than"],
    ">>": ["append", "double greater than"], "{": ["open brace", "open curly brace"],
    "}": ["close brace", "close curly brace"],
}
# spoken phrase -> symbol, for the listener (longest phrases first)
PHRASES = {
    "two redirect ampersand": "2>&", "two redirect": "2>", "double greater than": ">>",
    "greater than": ">", "less than": "<", "question mark": "?", "single quote": "'",
    "open paren": "(", "close paren": ")", "open curly brace": "{", "close curly brace": "}",
    "open brace": "{", "close brace": "}", "open bracket": "[", "close bracket": "]",
    "open angle": "<", "close angle": ">", "forward slash": "/", "at sign": "@",
    "dollar sign": "$", "equals sign": "=", "dash dash": "--", "double dash": "--",
    "minus minus": "--", "and and": "&&", "pipe pipe": "||", "dot dot": "..",
    "dash": "-", "minus": "-", "hyphen": "-", "dot": ".", "period": ".", "point": ".",
    "slash": "/", "backslash": "\\", "pipe": "|", "star": "*", "asterisk": "*", "bang": "!",
    "hash": "#", "tilde": "~", "at": "@", "dollar": "$", "percent": "%", "caret": "^",
    "ampersand": "&", "equals": "=", "plus": "+", "colon": ":", "semicolon": ";",
    "underscore": "_", "comma": ",", "quote": '"', "backtick": "`", "redirect": ">",
    "append": ">>",
}
PHRASE_LIST = sorted(PHRASES, key=lambda p: -len(p.split()))
CASE_RUNS = ("camel case", "pascal case", "snake case", "kebab case")
# natural-style glue of each spoken symbol: (left, right); G glue, S space, N neutral
NATURAL_GLUE = {
    "dash": "SG", "dash dash": "SG", "hyphen": "GG", ".": "GG", "..": "GG", "/": "GG",
    "\\": "GG", "|": "SS", "||": "SS", "&&": "SS", "*": "NG", "!": "SN", "#": "GG", "~": "NG",
    "@": "GG", "$": "NG", "%": "GG", "^": "GG", "&": "GG", "=": "GG", "+": "GG", ":": "GG",
    ";": "GS", "_": "GG", ",": "GG", "?": "GG", "(": "GG", ")": "GN", "[": "GG", "]": "GN",
    "{": "SS", "}": "GN", "open angle": "GG", "close angle": "GN", "less than": "SS",
    "greater than": "SS", "redirect": "SS", ">>": "SS", "2>": "SN", "2>&": "SG",
}

# ---------------------------------------------------------------- numbers


def parse_numwords(words: list[str]) -> str:
    """Digit runs concatenate, compounds combine: 'ten twenty four' -> 1024."""
    out, i, n = "", 0, len(words)

    def below100(j: int) -> tuple[int, int]:
        if j < n and words[j] in TENS:
            v = 20 + 10 * TENS.index(words[j])
            if j + 1 < n and words[j + 1] in UNITS[1:]:
                return v + UNITS.index(words[j + 1]), j + 2
            return v, j + 1
        if j < n and words[j] in TEENS:
            return 10 + TEENS.index(words[j]), j + 1
        if j < n and words[j] in UNITS[1:]:
            return UNITS.index(words[j]), j + 1
        return 0, j

    while i < n:
        w = words[i]
        if w in UNITS:
            v = UNITS.index(w)
            i += 1
            if i < n and words[i] == "thousand":
                v, i = v * 1000, i + 1
                if i + 1 < n and words[i] in UNITS[1:] and words[i + 1] == "hundred":
                    v, i = v + 100 * UNITS.index(words[i]), i + 2
                add, i = below100(i)
                v += add
            elif i < n and words[i] == "hundred":
                v, i = v * 100, i + 1
                add, i = below100(i)
                v += add
            out += str(v)
        elif w in TEENS or w in TENS:
            v, i = below100(i)
            out += str(v)
        elif w == "hundred":
            out, i = out + "100", i + 1
        else:  # thousand alone
            out, i = out + "1000", i + 1
    return out


def two_digits(d: str) -> list[str]:
    n = int(d)
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    words = [TENS[n // 10 - 2]]
    return words + ([UNITS[n % 10]] if n % 10 else [])


def say_number(d: str, rng: random.Random) -> list[str]:
    """How I read a digit run aloud (always parses back to d)."""
    by_digit = [UNITS[int(c)] for c in d]
    options: list[list[str]] = []
    if len(d) > 1 and d[0] == "0" or len(d) > 4:
        options = [by_digit]
    elif len(d) <= 2:
        options = [two_digits(d)]
    elif len(d) == 3:
        if d[1:] == "00":
            options = [[UNITS[int(d[0])], "hundred"]]
        else:
            if d[1] != "0":
                options.append([UNITS[int(d[0])]] + two_digits(d[1:]))
            options.append(by_digit)
    else:
        if d[1:] == "000":
            options = [[UNITS[int(d[0])], "thousand"]]
        elif d[2] != "0":
            options = [two_digits(d[:2]) + two_digits(d[2:])]
            if rng.random() < 0.2:
                options = [by_digit]
        else:
            options = [by_digit]
    said = rng.choice(options)
    return said if parse_numwords(said) == d else by_digit


# ---------------------------------------------------------------- tokens


def segment_lower(word: str) -> list[tuple[str, str]]:
    """Split a lowercase run into ('w', word) said as words and ('l', letters) spelled."""
    if word in VOCAB:
        return [("w", word)]
    n = len(word)
    best: list[tuple[float, list[tuple[str, str]]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, pieces = best[i]
        cands = [(i + 1, 1.0, ("l", word[i]))]
        for j in range(i + 2, n + 1):
            piece = word[i:j]
            if piece in VOCAB:
                c = 1.0 if len(piece) >= 3 else SHORT_OK.get(piece, 2.5)
                cands.append((j, c, ("w", piece)))
            elif piece in ACRONYMS:
                cands.append((j, 1.0, ("l", piece)))
        for j, c, p in cands:
            if best[j] is None or cost + c < best[j][0]:
                best[j] = (cost + c, pieces + [p])
    merged: list[tuple[str, str]] = []
    for kind, text in best[n][1]:
        if kind == "l" and merged and merged[-1][0] == "l":
            merged[-1] = ("l", merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


CASE_OVERRIDES = {"URLs": ["URL", "s"], "SPNs": ["SPN", "s"], "ROPgadget": ["ROP", "gadget"]}


def case_segments(run: str) -> list[str]:
    for key, parts in CASE_OVERRIDES.items():
        if key in run:
            i = run.index(key)
            return case_segments(run[:i]) + parts + case_segments(run[i + len(key):])
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", run) if run else []


def seg_kind(seg: str) -> str:
    if seg.islower():
        return "lower"
    if seg.isupper():
        return "upper"
    return "title"


def word_items(word: str) -> list[tuple]:
    """One shell word -> items: ('sym', s), ('num', digits), ('alpha', seg, kind)."""
    items: list[tuple] = []
    i = 0
    while i < len(word):
        if i == 0 and word.startswith("2>&"):
            items.append(("sym", "2>&"))
            i += 3
            continue
        if i == 0 and word.startswith("2>") and not word.startswith("2>>"):
            items.append(("sym", "2>"))
            i += 2
            continue
        two = word[i:i + 2]
        if two in ("--", "&&", "||", ">>") or (two == ".." and word[i:i + 3] != "..."):
            items.append(("sym", two))
            i += 2
            continue
        m = re.match(r"[A-Za-z0-9]+", word[i:])
        if m:
            for part in re.findall(r"[0-9]+|[A-Za-z]+", m.group()):
                if part.isdigit():
                    items.append(("num", part))
                else:
                    for seg in case_segments(part):
                        items.append(("alpha", seg, seg_kind(seg)))
            i += len(m.group())
            continue
        items.append(("sym", word[i]))
        i += 1
    return items


def is_plain(item: tuple) -> bool:
    return item[0] == "alpha" and item[2] == "lower" and item[1] in VOCAB


def group_runs(items: list[tuple], rng: random.Random, chance: float) -> list[tuple]:
    """Turn CapWords, camelWords and plain words joined by _ or - into case runs."""
    out: list[tuple] = []
    i = 0
    while i < len(items):
        it = items[i]
        # camel / pascal: consecutive alpha segments that are all single vocabulary words
        j = i
        while j < len(items) and items[j][0] == "alpha" and items[j][1].lower() in VOCAB:
            j += 1
        segs = items[i:j]
        if len(segs) >= 2 and all(s[2] == "title" for s in segs[1:]) and segs[0][2] != "upper":
            kind = "pascal case" if segs[0][2] == "title" else "camel case"
            out.append(("run", kind, [s[1].lower() for s in segs]))
            i = j
            continue
        # snake / kebab: plain _ plain (_ plain)*, not a flag's leading dash; the whole chain
        if is_plain(it) and i + 2 < len(items) and items[i + 1][0] == "sym" \
                and items[i + 1][1] in "_-" and is_plain(items[i + 2]):
            joiner = items[i + 1][1]
            j = i + 1
            words = [it[1]]
            while j + 1 < len(items) and items[j] == ("sym", joiner) and is_plain(items[j + 1]):
                words.append(items[j + 1][1])
                j += 2
            nxt = items[j] if j < len(items) else None
            if (nxt is None or nxt[0] == "sym") and rng.random() < chance:
                out.append(("run", "snake case" if joiner == "_" else "kebab case", words))
            else:
                out += items[i:j]
            i = j
            continue
        out.append(it)
        i += 1
    return out


# ---------------------------------------------------------------- speaking


def letters_units(text: str, rng: random.Random, joined: float) -> list[str]:
    if text in ACRONYMS:
        joined = max(joined, 0.7)
    elif len(text) > 4:
        joined = 0.0
    text = text.upper()
    if len(text) > 1 and rng.random() < joined:
        return [text]
    return list(text)


def lower_units(seg: str, rng: random.Random, joined: float) -> list[str]:
    out: list[str] = []
    for kind, text in segment_lower(seg):
        out += [text] if kind == "w" else letters_units(text, rng, joined)
    return out


def alpha_units(seg: str, kind: str, rng: random.Random, joined: float) -> list[str]:
    low = seg.lower()
    if kind == "lower":
        return lower_units(low, rng, joined)
    if kind == "title":
        return ["capital"] + lower_units(low, rng, joined)
    if len(seg) == 1:
        return ["capital", seg]
    if low in VOCAB:
        return ["all", "caps", low]
    return ["all", "caps", seg]


def flag_letter(items: list[tuple], k: int) -> bool:
    """items[k] is the single lowercase letter of a one-letter flag like -c."""
    return (
        len(items) == 2 and k == 1 and items[0] == ("sym", "-")
        and items[1][0] == "alpha" and items[1][2] == "lower" and len(items[1][1]) == 1
    )


def speak_protocol(cmd: str, rng: random.Random, fuzzy: bool) -> str:
    """Clean / fuzzy: 'space' between shell words, everything else concatenates."""
    words_out = []
    for word in cmd.split(" "):
        compact = fuzzy and rng.random() < 0.35 and re.fullmatch(
            r"(https?://[a-z0-9./_-]+|[a-z]+\.(txt|py|md|json|yaml|pdf|png|jpg|log|sh|csv|html)"
            r"|\d+(\.\d+)+|[a-z]+\.com)", word)
        if compact:
            words_out.append(word)
            continue
        items = group_runs(word_items(word), rng, 0.5)
        units: list[str] = []
        for k, it in enumerate(items):
            if it[0] == "sym":
                s = it[1]
                if s == ">" and len(items) > 1:
                    said = "close angle" if "<" in word else "greater than"
                elif s == "<" and ">" in word:
                    said = "open angle"
                elif fuzzy and s in FUZZY_SYM:
                    said = rng.choice(FUZZY_SYM[s])
                else:
                    said = CLEAN_SYM[s]
                units += said.split()
            elif it[0] == "num":
                digits = fuzzy and rng.random() < 0.6
                units += [it[1]] if digits else say_number(it[1], rng)
            elif it[0] == "run":
                units += it[1].split() + it[2]
            else:
                seg, kind = it[1], it[2]
                if fuzzy and flag_letter(items, k) and seg in HOMOPHONES and rng.random() < 0.5:
                    units.append(HOMOPHONES[seg])
                elif seg.lower() in RESERVED:
                    units += ([] if kind == "lower" else ["capital"]) + list(seg.upper())
                else:
                    units += alpha_units(seg, kind, rng, 0.3 if fuzzy else 0.15)
        words_out.append(" ".join(units))
    text = " space ".join(words_out)
    return text[0].upper() + text[1:] + "."


NAT_COMPACT = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(WHISPER_KNOWS) + r")(?![A-Za-z0-9])"
    r"|https?://[a-z0-9./_?=&-]+(?![A-Za-z0-9])|(www\.)?(example|github|youtube)\.com"
    r"|\d+(\.\d+)+|/[a-z0-9_./-]*[a-z0-9]"
)


def natural_units(word: str, rng: random.Random) -> list[str]:
    """One shell word in natural style (no 'space'); may use Whisper's compact forms."""
    units: list[str] = []
    pos = 0
    for m in NAT_COMPACT.finditer(word):
        is_path = m.group().startswith("/")
        if is_path and (m.start() != 0 or rng.random() < 0.5):
            continue
        units += natural_plain(word[pos:m.start()], rng, pos == 0)
        units.append(m.group())
        pos = m.end()
    return units + natural_plain(word[pos:], rng, pos == 0)


def natural_plain(part: str, rng: random.Random, at_start: bool) -> list[str]:
    if not part:
        return []
    items = group_runs(word_items(part), rng, 0.5)
    units: list[str] = []
    for k, it in enumerate(items):
        if it[0] == "sym":
            s = it[1]
            if s in ("-", "--"):
                flag = at_start and k == 0
                said = ("dash" if s == "-" else "dash dash") if flag else (
                    "hyphen" if s == "-" else "hyphen hyphen")
            elif s == ">" and len(items) > 1:
                said = "close angle" if "<" in part else "greater than"
            elif s == "<" and ">" in part:
                said = "open angle"
            else:
                said = CLEAN_SYM[s]
            units += said.split()
        elif it[0] == "num":
            lone = len(it[1]) == 1 and len(items) == 1
            units.append(UNITS[int(it[1])] if lone and rng.random() < 0.3 else it[1])
        elif it[0] == "run":
            units += it[1].split() + it[2]
        elif it[0] == "done":
            continue
        else:
            seg, kind = it[1], it[2]
            nxt = items[k + 1] if k + 1 < len(items) else None
            if kind == "lower" and seg.isalpha() and nxt and nxt[0] == "num" and \
                    segment_lower(seg)[0][0] == "l" and len(seg) + len(nxt[1]) <= 5 and \
                    rng.random() < 0.5 and len(segment_lower(seg)) == 1:
                units.append(seg.upper() + nxt[1])  # Whisper writes MP3, S3, K6
                items[k + 1] = ("done",)
                continue
            pieces = segment_lower(seg.lower())
            mixed = len(pieces) > 1 and any(p[0] == "l" for p in pieces)
            if seg.lower() in RESERVED or mixed and kind != "upper" and len(seg) <= 10:
                # a name that is not a plain word: in natural speech I spell all of it
                units += ([] if kind == "lower" else ["capital"]) + list(seg.upper())
            else:
                said = alpha_units(seg, kind, rng, 0.6)
                units += [BRANDS.get(u, u) for u in said]
    return units


# ---------------------------------------------------------------- listener


def clean_unit(u: str) -> str:
    return u.rstrip(".,") if len(u) > 1 or u in ".," else u


def match_phrase(units: list[str], i: int) -> tuple[str, int] | None:
    low = [u.lower() for u in units[i:i + 3]]
    for p in PHRASE_LIST:
        words = p.split()
        if low[:len(words)] == words:
            return p, len(words)
    return None


def take_run(units: list[str], i: int) -> tuple[list[str], int]:
    words = []
    while i < len(units):
        u = units[i]
        two = " ".join(x.lower() for x in units[i:i + 2])
        if not u.isalpha() or u.lower() in RESERVED or len(u) == 1 or u.isupper():
            break
        if two == "all caps" or two in CASE_RUNS or match_phrase(units, i):
            break
        words.append(u.lower())
        i += 1
    return words, i


def join_run(kind: str, words: list[str]) -> str:
    if kind == "camel case":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if kind == "pascal case":
        return "".join(w.capitalize() for w in words)
    return ("_" if kind == "snake case" else "-").join(words)


def listen(units: list[str], natural: bool) -> str:
    """What a careful listener writes back. Pieces: (text, left, right, cls)."""
    units = [clean_unit(u) for u in units if clean_unit(u)]
    pieces: list[tuple[str, str, str, str]] = []
    quotes: dict[str, bool] = {}
    mod = ""
    i = 0
    while i < len(units):
        u = units[i]
        low = u.lower()
        two = " ".join(x.lower() for x in units[i:i + 2])
        if low == "space" and not natural:
            pieces.append((" ", "N", "N", "space"))
            i += 1
            continue
        if low == "capital":
            mod, i = "capital", i + 1
            continue
        if two == "all caps":
            mod, i = "upper", i + 2
            continue
        if two in CASE_RUNS:
            words, i = take_run(units, i + 2)
            pieces.append((join_run(two, words), "N", "N", "word"))
            continue
        ph = match_phrase(units, i)
        if ph:
            phrase, size = ph
            sym = PHRASES[phrase]
            glue = "NN"
            if natural and sym in "\"'`":
                opening = not quotes.get(sym, False)
                quotes[sym] = opening
                glue = "NG" if opening else "GN"
            elif natural:
                glue = NATURAL_GLUE[phrase if phrase in NATURAL_GLUE else sym]
            pieces.append((sym, glue[0], glue[1], "sym"))
            i += size
            continue
        if low in NUMBER_WORDS:
            j = i
            while j < len(units) and units[j].lower() in NUMBER_WORDS:
                if j > i and match_phrase(units, j):
                    break
                j += 1
            pieces.append((parse_numwords([x.lower() for x in units[i:j]]), "N", "N", "num"))
            i = j
            continue
        if not natural and low in HOMOPHONE_BACK and pieces and pieces[-1][0] == "-" and (
                i + 1 == len(units) or units[i + 1].lower() == "space") and (
                len(pieces) < 2 or pieces[-2][3] == "space"):
            pieces.append((HOMOPHONE_BACK[low], "N", "N", "letters"))
            i += 1
            continue
        if u.isdigit():
            cls = "num"
            text = u
        elif re.fullmatch(r"\d+(\.\d+)+", u):
            cls, text = "num", u
        elif u.isalpha():
            cls = "letters" if u.isupper() or len(u) == 1 else "word"
            text = u.lower()
        else:
            cls, text = "tok", u.lower() if u.isalnum() else u
        if mod == "capital":
            text = text[0].upper() + text[1:]
        elif mod == "upper":
            text = text.upper()
        mod = ""
        pieces.append((text, "N", "N", cls))
        i += 1
    if not natural:
        return "".join(p[0] for p in pieces)
    out = ""
    glued_pairs = {("letters", "num"), ("num", "letters")}
    for k, p in enumerate(pieces):
        if k:
            a, b = pieces[k - 1], p
            if a[2] == "G" or b[1] == "G":
                gap = False
            elif a[2] == "S" or b[1] == "S":
                gap = True
            elif a[3] == b[3] == "letters":  # E N V is one word, GH PR are two
                gap = len(a[0]) > 1 and len(b[0]) > 1
            else:
                gap = (a[3], b[3]) not in glued_pairs
            out += " " if gap else ""
        out += p[0]
    return out


# ---------------------------------------------------------------- natural & chaotic


FILLERS = ["um,", "uh,", "um,", "uh,", "er,"]
PREFIXES = [
    "Okay, so", "Okay so the command is", "Go ahead and run", "For this one,",
    "Alright, next one.", "Right, let's do", "The command is", "So I want", "Um, okay,",
    "Can you type", "Let's go with", "Next up,",
]
SUFFIXES = [".", ".", ".", ", thanks.", ". That's it.", ", please.", ". Cheers."]
THINKING = [
    "Hmm, okay,", "Let me think,", "Okay, what was it,", "Um, right, so", "Hmm, so",
    "Okay, uh, let me think,", "Right, um,",
]
CORRECTIONS = [
    "no wait,", "sorry, make that", "er, not that,", "oops, I meant", "hang on, I mean",
    "no no,",
]
RESTARTS = [
    "scratch that, from the top.", "ugh, scratch that, let me start over.",
    "hmm no, scratch that, start again.",
]
WRONG_WORDS = ["main", "test", "data", "demo", "backup", "config", "list", "status", "logs"]
WRONG_EXT = ["txt", "log", "json", "yaml", "md", "py"]
WRONG_FLAGS = ["verbose", "quiet", "force", "help", "debug", "all"]


def describe(desc: str) -> str | None:
    """The tldr description as an aside, when it is plain words."""
    desc = desc.strip().rstrip(".")
    if not re.fullmatch(r"[A-Za-z ,']+", desc) or len(desc) > 60 or len(desc.split()) < 3:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", desc)}
    if words & (RESERVED | {"caps", "case", "scratch", "wait", "mean", "actually", "quote"}):
        return None
    return desc[0].lower() + desc[1:]


def natural_words(cmd: str, rng: random.Random) -> list[list[str]] | None:
    """Per shell word, the natural-style units; None when no try decodes back exactly."""
    for _ in range(10):
        words = [natural_units(w, rng) for w in cmd.split(" ")]
        flat = [u for w in words for u in w]
        if listen(flat, natural=True) == cmd:
            return words
    return None


def boundaries_outside_quotes(cmd: str) -> list[bool]:
    """For each shell word: True when it does not start or sit inside a quoted string."""
    ok, inside = [], {'"': False, "'": False}
    for w in cmd.split(" "):
        free = not any(inside.values()) and not any(c in w for c in "\"'`")
        ok.append(free)
        for q in inside:
            if w.count(q) % 2:
                inside[q] = not inside[q]
    return ok


def finish(text: str) -> str:
    """Whisper's punctuation and sentence case (only plain words get a capital)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,.])", r"\1", text)
    text = re.sub(r"([,.])[,.]+", r"\1", text)
    return re.sub(r"(^|[.?!] )([a-z])(?=[a-z]*[ ,.]|$)",
                  lambda m: m.group(1) + m.group(2).upper(), text)


def join_words(words: list[list[str]], free: list[bool], rng: random.Random,
               filler: float) -> str:
    parts = []
    for k, w in enumerate(words):
        if k and free[k] and free[k - 1] and rng.random() < filler:
            parts.append(rng.choice(FILLERS))
        parts.append(" ".join(w))
    return " ".join(parts)


def framed(core: str, cmd: str, desc: str | None, rng: random.Random) -> str:
    pre = rng.choice(PREFIXES)
    if re.match(r"[a-z]+", cmd) and re.match(r"[a-z]+", cmd)[0] in RISKY_FIRST:
        pre = "The command is"
    text = f"{pre} {core}"
    r = rng.random()
    if desc and r < 0.3:
        text = f"This one is to {desc}. {text}"
    elif desc and r < 0.45:
        text = f"{text}. That's to {desc}"
    return finish(text + rng.choice(SUFFIXES))


def wrong_variant(word: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"-[a-z]", word):
        return "-" + rng.choice([c for c in "vqfnrl" if c != word[1]])
    if re.fullmatch(r"--[a-z-]+", word):
        return "--" + rng.choice([f for f in WRONG_FLAGS if f != word[2:]])
    m = re.fullmatch(r"([a-z~/_]*[a-z])\.([a-z]+)", word)
    if m:
        return m.group(1) + "." + rng.choice([e for e in WRONG_EXT if e != m.group(2)])
    if word.isdigit():
        return str(int(word) + rng.choice([1, 2, 10]))
    if word.isalpha() and word.islower():
        return rng.choice([w for w in WRONG_WORDS if w != word])
    return None


def chaotic(cmd: str, words: list[list[str]], desc: str | None, rng: random.Random) -> str:
    free = boundaries_outside_quotes(cmd)
    shell = cmd.split(" ")
    n = len(words)
    said = [" ".join(w) for w in words]
    r = rng.random()
    fixable = [k for k in range(n) if free[k] and (k + 1 == n or free[k + 1])
               and wrong_variant(shell[k], random.Random(k)) is not None]
    if r < 0.5 and fixable:
        k = rng.choice(fixable)
        wrong = wrong_variant(shell[k], rng)
        wrong_units = natural_words(wrong, rng) if wrong else None
        if wrong_units and wrong != shell[k]:
            fix = f"{' '.join(wrong_units[0])}, {rng.choice(CORRECTIONS)} {said[k]}"
            said = said[:k] + [fix] + said[k + 1:]
            return finish(f"{rng.choice(THINKING)} {' '.join(said)}{rng.choice(SUFFIXES)}")
    if r < 0.75 and n >= 2 and free[-1]:
        head = join_words(words[:-1], free, rng, 0.25)
        forgot = rng.choice(AFTERTHOUGHTS)
        return finish(f"{rng.choice(THINKING)} {head}. {forgot} {said[-1]}.")
    if n >= 2 and free[1] and shell[0] != shell[1] and shell[0].isalpha() and rng.random() < 0.4:
        said[0] = f"{said[0]}, uh, {said[0]}"
        return finish(f"{rng.choice(THINKING)} {' '.join(said)}{rng.choice(SUFFIXES)}")
    k = rng.randint(1, max(1, n - 1)) if n > 1 else 1
    start = join_words(words[:k], free, rng, 0.0)
    if k < n and n > 1:
        start += " " + " ".join(words[k][:1])
    restart = rng.choice(RESTARTS)
    return finish(f"{start}, {restart} {join_words(words, free, rng, 0.15)}.")


RISKY_FIRST = {"wait", "so", "okay", "right", "next", "run", "type", "go", "let", "um", "uh"}
FUZZY_FRAMES = ["Okay,", "Um,", "Right,"]
AFTERTHOUGHTS = ["Oh, I forgot, it ends with", "Oh wait, it ends with", "Oh, and it ends with"]


def strip_ends(text: str, heads: list[str], tails: list[str]) -> str:
    for h in sorted(heads, key=len, reverse=True):
        if text.lower().startswith(h.lower() + " "):
            text = text[len(h) + 1:]
            break
    for t in sorted(tails, key=len, reverse=True):
        if text.endswith(t):
            text = text[: -len(t)]
            break
    return text


def unfill(text: str) -> list[str]:
    return re.sub(r"(^| )(um|uh|er),", " ", text).split()


def read_back(text: str, slice_: str) -> str:
    """Self-check: undo my own framing and corrections, then listen (not the app's path)."""
    tails = [t.strip() for t in SUFFIXES] + [t for t in SUFFIXES]
    if slice_ in ("clean", "fuzzy"):
        return listen(strip_ends(text, FUZZY_FRAMES, []).split(), natural=False)
    if slice_ == "natural":
        text = re.sub(r"^This one is to [^.]*\. ", "", text)
        text = strip_ends(text, PREFIXES, sorted(tails, key=len, reverse=True))
        text = re.sub(r"\. That's to [^.]*$", "", text)
        return listen(unfill(text), natural=True)
    text = strip_ends(text, THINKING, tails)
    for r in RESTARTS:
        if r in text.lower():
            return listen(unfill(text[text.lower().index(r) + len(r):]), True)
    for a in AFTERTHOUGHTS:
        if f". {a} " in text:
            head, tail = text.split(f". {a} ", 1)
            return listen(unfill(head), True) + " " + listen(unfill(tail), True)
    for c in CORRECTIONS:
        if f", {c} " in text:
            head, tail = text.split(f", {c} ", 1)
            kept = listen(unfill(head), True).rsplit(" ", 1)
            return " ".join(kept[:-1] + [listen(unfill(tail), True)])
    m = re.match(r"(\S+), uh, (\S+) ", text)
    if m and m.group(1).lower() == m.group(2).lower():
        text = text[m.end(1) + 6:]
    return listen(unfill(text), True)


# ---------------------------------------------------------------- corpus


def load() -> list[tuple[str, str]]:
    used: set[str] = set()
    for name in EXCLUDE:
        with open(DATA / name, encoding="utf-8") as f:
            used |= {json.loads(line)["command"] for line in f if line.strip()}
    seen: set[str] = set()
    rows = []
    with open(DATA / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            cmd = row["command"]
            if cmd in used or cmd in seen:
                continue
            seen.add(cmd)
            rows.append((cmd, row.get("description", "")))
    return rows


def dictable(cmd: str) -> bool:
    return cmd.isascii() and cmd == cmd.strip() and "  " not in cmd and "\t" not in cmd


def main() -> None:
    rng = random.Random(3)
    rows = [(c, d) for c, d in load() if dictable(c)]
    clean_ok, nat_ok = [], []
    for cmd, desc in rows:
        said = speak_protocol(cmd, rng, fuzzy=False)
        if listen(said.split(), natural=False) != cmd or len(said.split()) > MAX_CLEAN_UNITS:
            continue
        words = natural_words(cmd, rng)
        (nat_ok if words else clean_ok).append((cmd, desc, words))
    rng.shuffle(nat_ok)
    rng.shuffle(clean_ok)
    spoken = nat_ok[:2 * PER_SLICE]
    careful = clean_ok + nat_ok[2 * PER_SLICE:]
    rng.shuffle(careful)
    careful = careful[:2 * PER_SLICE]
    lines = []
    for k, (cmd, desc, words) in enumerate(careful + spoken):
        slice_ = ("clean", "fuzzy")[k % 2] if k < len(careful) else ("natural", "chaotic")[k % 2]
        for _ in range(50):
            if slice_ in ("clean", "fuzzy"):
                text = speak_protocol(cmd, rng, fuzzy=slice_ == "fuzzy")
                first = re.match(r"[a-z]+", cmd)
                if slice_ == "fuzzy" and rng.random() < 0.15 and not (
                        first and first[0] in RISKY_FIRST):
                    if re.match(r"[A-Z][a-z]+ ", text):
                        text = text[0].lower() + text[1:]
                    text = finish(rng.choice(FUZZY_FRAMES) + " " + text)
            elif slice_ == "natural":
                core = join_words(words, boundaries_outside_quotes(cmd), rng, 0.12)
                text = framed(core, cmd, describe(desc), rng)
            else:
                text = chaotic(cmd, words, describe(desc), rng)
            if read_back(text, slice_) == cmd:
                break
        else:
            raise SystemExit(f"no {slice_} dictation reads back as {cmd!r}: {text!r}")
        lines.append({"input": text, "command": cmd, "slice": slice_})
    order = {"clean": 0, "fuzzy": 1, "natural": 2, "chaotic": 3}
    lines.sort(key=lambda r: order[r["slice"]])
    with open(OUT, "w", encoding="utf-8") as f:
        for row in lines:
            row["author"] = "third"
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {s: sum(r["slice"] == s for r in lines) for s in order}
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}: {counts}; "
          f"{len(nat_ok)} natural-safe, {len(clean_ok)} protocol-only, "
          f"{len(load()) - len(nat_ok) - len(clean_ok)} dropped")


if __name__ == "__main__":
    main()
