"""The deterministic processor: spoken protocol words in, a shell command out.

Two dictation styles. Protocol style, where "space" is spoken between tokens: every token is
joined and only "space" makes a space (inside quotes, words keep their spaces). Natural style,
as Whisper writes it ("LS dash LA", "cat dot E N V"): words are spaced, and each symbol decides
whether it glues to its neighbours: a dash after a command word or before a short letter run
starts a flag, between two words it hyphenates; a dot or slash after a command word starts a
path, between words it joins them; and so on (see :func:`_glue`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.specialists.bash.vocabulary import (
    ALONE,
    CAPITAL_WORDS,
    CASE_WORDS,
    COMMANDS,
    FLAG_NAME_WORDS,
    FORMATTER_WORDS,
    GLUED,
    HEARD_LETTERS,
    JOINED,
    LETTER_NAMES,
    MISHEARD_FIRST,
    MISHEARD_PHRASES,
    NATO,
    NUMBERED_STEMS,
    PROTOCOL_SYMBOL_PHRASES,
    PROTOCOL_SYMBOL_WORDS,
    SCALES,
    SPACE_WORDS,
    SPOKEN_PATH,
    SUBCOMMAND_HOSTS,
    SUBCOMMANDS,
    SYMBOL_PHRASES,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)

WORD, NUM, SYM, SPACE, RAW = "word", "num", "sym", "space", "raw"
SPACED = {"|", "&&", "||", ">", ">>", "<", "2>"}  # always a space on both sides
PLAIN = {WORD, NUM, RAW}
PROSE_MARKS = {",", ".", "!", "?", "'", ":", "-", "(", ")"}  # a quote with only these is words
KEEP_CAPS = {"HEAD", "HOME", "PATH", "USER", "TODO", "README", "LICENSE", "FETCH_HEAD",
             "DISPLAY", "EDITOR", "SHELL", "TERM", "LANG", "PWD", "CHANGELOG", "SIGKILL",
             "SIGTERM", "SIGINT", "SIGHUP", "SIGSTOP", "SIGCONT", "SIGUSR1", "Dockerfile",
             "Makefile", "Gemfile", "Procfile", "Vagrantfile", "Jenkinsfile", "Rakefile",
             "Documents", "Desktop", "Downloads", "Pictures", "Music", "Videos", "Public",
             "Templates"}
"""Capitals the shell keeps: refs, variables, signals, conventional file and folder names."""
_PUNCT_END = re.compile(r"[,!?;]+$|(?<=[A-Za-z0-9])\.$")
ROOT_DIRS = {"tmp", "proc", "sys"}  # nearly always absolute ("src/dev", "backup/etc" are not)
_DEVICE = re.compile(r"(?:sd|hd|vd|xvd|nvme|mmcblk|loop|tty|lp|mapper|null|zero|u?random|disk|"
                     r"input|video|shm|sr\d|cdrom|usb|bus|md\d|dm-)")
_EXTENSION_CAPS = re.compile(r"(?<=[a-z0-9]\.)[A-Z]{2,4}$")  # "notes.PDF": Whisper's acronym
CAPITAL_LETTERS_HEARD = {**HEARD_LETTERS, "hey": "a"}
_WORD_PUNCT = re.compile(r"[A-Za-z0-9']+[.,!?;:]+")
_HOME_SAID = re.compile(r"(?i)^(?:tilde|tilda|tilder|squiggle)(?=/)")
_WHISPER_FLAG = re.compile(r"^([a-z][a-z0-9]*)-([a-z]{1,4})(\..+)?$")


@dataclass(slots=True)
class Tok:
    text: str
    kind: str
    spelled: bool = False  # joined from spoken letters
    asked: bool = False  # its casing was said ("capital x"); on "-", it was said "hyphen"
    joined: bool = False  # made one word by "…, no spaces"



SQL_WORDS = {"SELECT", "FROM", "WHERE", "INSERT", "INTO", "UPDATE", "DELETE", "CREATE", "TABLE",
             "VALUES", "ORDER", "GROUP", "LIMIT", "JOIN", "AND", "NOT", "NULL", "NONE"}


_ONSET = re.compile(r"(?:[aeiouy]|(?:s?[bcdfgkptv]?[lr]?|s[hkmnpqtw]|[cst]h|[dt]w|qu|wh|wr|"
                    r"thr|shr|scr|spr|str|spl|[bcdfghjklmnpqrstvwxz]))[aeiouy]")
_ACRONYM_END = re.compile(r"[^aeiouy]{3}$")


def _word_like(word: str) -> bool:
    """A word said as one, not an acronym read as a word ("volumes", not "epsg", "mtas",
    "xpath"): it starts as English words do and does not end in three consonants."""
    low = word.lower()
    return bool(_ONSET.match(low)) and not (_ACRONYM_END.search(low) and not re.search(
        r"(?:nds|nts|rst|rld|nch|tch|ngs|rds|rts|lds|sts|sks|nks|rks|mps|lts)$", low))


def _variable_said(words: list[str], i: int, n: int) -> bool:
    """The word cased at ``i`` (after ``n`` casing words) is a variable's name or part of
    one: after "dollar", or joined by "underscore" ("dollar uppercase random", "uppercase
    cmake underscore uppercase build")."""
    return words[i - 1:i] in (["dollar"], ["underscore"]) or \
        words[i + n + 1:i + n + 2] == ["underscore"]


def _says_all_caps(words: list[str]) -> bool:
    """The speaker says "all caps" for a word in capitals, so a bare "upper case" is one."""
    return any(a == "all" and b in ("caps", "uppercase", "capitals")
               for a, b in zip(words, words[1:], strict=False))


def _big_word(words: list[str], i: int, toks: list[Tok]) -> str:
    """The word said after "big": a capital first ("big get minus big help": Get-Help), or all
    capitals where it names a variable or an acronym ("big path equals", "dollar big git
    underscore big branch", "loc big ps", "big rpm")."""
    word, after = words[i], words[i + 1] if i + 1 < len(words) else ""
    if len(word) <= 2 or not re.search("[aeiouy]", word) or after in (
            "equals", "equal", "underscore") or (
            toks and toks[-1].text in ("$", "${", "_")):
        return word.upper()
    return word.capitalize()


def _upper_name(word: str) -> str:
    """ "all caps variable=hello": the name before an ``=`` is raised, the value kept; so is
    a file's extension ("all caps readme.md": README.md)."""
    name, eq, value = word.partition("=")
    if not eq and re.fullmatch(r"[A-Za-z0-9_-]+\.[a-z]{1,4}", word):
        stem, _, ext = word.rpartition(".")
        return f"{stem.upper()}.{ext}"
    return name.upper() + eq + value

_QUOTED_WORD = re.compile(r"[\"“][^\"“”\s]+[\"”][.,!?;:]?")


_PLAIN_WORDS = re.compile(r"[A-Za-z0-9 ]*")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,000)+")  # not a list: "200,301,302"


def _words(text: str, tools: frozenset[str] = frozenset()) -> list[str]:
    """Words in the transcript's casing; sentence punctuation Whisper adds is dropped, its
    symbols kept (``ls-la`` in command position is ``ls -la`` unless installed so)."""
    raws = text.replace("\u2019", "'").split()
    if _PLAIN_WORDS.fullmatch(text):  # most dictations: nothing to strip, split or quote
        return _repeated(raws) if "twice" in raws or "thrice" in raws else raws
    out: list[str] = []
    spans = _written_quotes(raws) if '"' in text or "\u201c" in text else {}
    for k, raw in enumerate(raws):
        if raw.isalnum() and not spans:  # most words: nothing to strip, split or quote
            out.append(raw)
            continue
        if k in spans.values():
            out.append(WRITTEN_QUOTE)  # git commit -m "fix the bug": Whisper's quotes, kept
        after = ";" if raw.endswith('";') and k + 1 < len(raws) else ""  # echo "a"; echo b
        if len(raw) > 1 and raw[-1] in ".,!?;:" and raw[-2] in "\"”":  # type "ls".: the end
            raw = raw[:-1]
        w = raw if raw.count('"') == 2 and raw[0] != '"' and raw[-1] == '"' and \
            k not in spans else raw.strip("\"“”")  # --name="bar": a value quoted in the word
        if k in spans and w:
            out.append(_PUNCT_END.sub("", w) or w)
            out.extend([WRITTEN_QUOTE, after] if after else [WRITTEN_QUOTE])
            continue
        if not w:
            continue
        if out and raw[0] in "\"“" and _QUOTED_WORD.fullmatch(raw):  # zipgrep "main" x.zip
            out.append('"' + raw.lstrip("\"“").rstrip(".,!?;:").rstrip("\"”") + '"' + after)
            continue
        listed = w.endswith(";") and not w.endswith(";;") and k + 1 < len(raws) and \
            len(w) > 1  # "while whoami; do": a list's ";" written onto the word
        if w in ("-.", "-,"):
            w = "-"  # "--output -.": stdin or stdout, then the sentence's stop
        elif w[-1] in ".,!?;:" and _WORD_PUNCT.fullmatch(w):
            w = _PUNCT_END.sub("", w) or w
            w = w.rstrip(",;!?:") or w
        if "," in w and _THOUSANDS.fullmatch(w):
            w = w.replace(",", "")  # Whisper's "3,000" is the number said, 3000
        if "/" in w:
            w = _HOME_SAID.sub("~", w)  # "tilda/projects": the word Whisper joined to a path
        if "-" not in w or w.lower() in tools or w.lower() in COMMANDS:
            out.append(w)
        else:
            at_head = not out or out[-1].lower() in ("sudo", "|", "&&", "||", ";")
            out.extend(_split_whisper(w, at_head, tools))
        if listed and not out[-1].endswith(";"):
            out[-1] += ";"
    return _repeated(out) if "twice" in out or "thrice" in out else out


_TIMES = {"twice": 2, "thrice": 3}


def _repeated(words: list[str]) -> list[str]:
    """In spoken protocol "X twice" is X said twice ("one zero twice" 100, "slash twice" //,
    "quote twice" ""): a digit or a symbol's name, never a plain word."""
    if "space" not in words:
        return words
    out: list[str] = []
    for w in words:
        if w in _TIMES and out:
            n = next((n for n in (3, 2, 1) if len(out) >= n and
                      tuple(x.lower() for x in out[-n:]) in SYMBOL_PHRASES), 0)
            if not n and (out[-1].lower() in SYMBOL_WORDS or out[-1].lower() in UNITS and
                          UNITS[out[-1].lower()] < 10):
                n = 1
            if n:
                out.extend(out[-n:] * (_TIMES[w] - 1))
                continue
        out.append(w)
    return out


WRITTEN_QUOTE = '"'
_OPENS, _CLOSES = re.compile(r"^[\"“][^\"“”]"), re.compile(r"[^\"“”][\"”][.,!?;:]?$")


def _written_quotes(raws: list[str]) -> dict[int, int]:
    """Quotes Whisper wrote around two words or more ("fix the bug"): {closing word: opening
    word}; none around the whole transcript (a command quoted as speech)."""
    spans: dict[int, int] = {}
    if not any('"' in raw or "“" in raw for raw in raws):
        return spans
    start = None
    for k, raw in enumerate(raws):
        if start is None and _OPENS.match(raw) and not _CLOSES.search(raw):
            start = k
        elif start is not None and re.search(r"[\"“”]", raw):
            if _CLOSES.search(raw) and not (start == 0 and k == len(raws) - 1):
                spans[k] = start
            start = None
    return spans


def _split_whisper(w: str, at_head: bool = True, tools: frozenset[str] = frozenset()
                   ) -> list[str]:
    """At the command's head ``ls-la`` -> ``ls -la``, ``scrot-is`` -> ``scrot -is``,
    ``rm-rf.next`` -> ``rm -rf .next``, ``ect-keep`` -> ``ect -keep`` for an installed
    ``ect`` (Whisper's own symbols); elsewhere a name stays (``server-b``, ``plan-b``)."""
    m = _WHISPER_FLAG.match(w.lower())
    if not m or not at_head:
        return [w]
    said = w.lower() if w.isupper() else w  # "LS-L": Whisper's capitals for letters
    if not m.group(3) and len(m.group(2)) <= 2:
        return [said[:m.end(1)], said[m.end(1):]]
    joined = f"{m.group(1)}-{m.group(2)}"
    if m.group(1) in COMMANDS or m.group(1) in tools and joined not in tools and \
            joined not in _name_starts(tools):
        parts = [said[:m.end(1)], said[m.end(1):m.end(2)]]
        return parts + ([said[m.end(2):]] if m.group(3) else [])
    return [w]


def _below(words: list[str], j: int, limit: int) -> tuple[int, int] | None:
    """An English number under ``limit`` said from ``j`` ("four hundred thirty two" under a
    thousand): (its value, words used)."""
    value, k = 0, j
    if limit > 100 and k + 1 < len(words) and words[k] in UNITS and 0 < UNITS[words[k]] < 10 \
            and words[k + 1] == "hundred":
        value, k = UNITS[words[k]] * 100, k + 2
        k += words[k:k + 1] == ["and"] and k + 1 < len(words) and (
            words[k + 1] in UNITS or words[k + 1] in TENS)
    if k < len(words) and words[k] in TENS:
        value, k = value + TENS[words[k]], k + 1
        if k < len(words) and words[k] in UNITS and 0 < UNITS[words[k]] < 10:
            value, k = value + UNITS[words[k]], k + 1
    elif k < len(words) and words[k] in UNITS and 0 < UNITS[words[k]] < 20:
        value, k = value + UNITS[words[k]], k + 1
    return (value, k - j) if k > j and value < limit else None


def _number_run(words: list[str], i: int) -> tuple[str, int] | None:
    """Digits for number words starting at ``i``: "one two seven" -> 127, "forty two" -> 42,
    "eight thousand" -> 8000, "two eighty" -> 280. Returns (digits, words used)."""
    groups: list[str] = []
    j = i
    while j < len(words):
        w = words[j]
        if w in TENS:
            value, j = TENS[w], j + 1
            if j < len(words) and words[j] in UNITS and 0 < UNITS[words[j]] < 10:
                value, j = value + UNITS[words[j]], j + 1
        elif w in UNITS:
            value, j = UNITS[w], j + 1
        elif w.isdigit():
            if j > i and words[j - 1].isdigit() and (len(w) > 1 or len(words[j - 1]) > 1):
                break  # "20 0 50" as Whisper wrote it: three numbers ("2 0 4 8" is one)
            if j == i + 1 and words[i].isdigit() and not (j + 1 < len(words) and
                                                       words[j + 1].isdigit()):
                break  # "vmstat 2 5": two digits Whisper wrote apart are two numbers
            if j + 1 < len(words) and words[j + 1] in ("hundred", "thousand") and \
                    len(w) <= 3 and w[0] != "0":
                value, j = int(w), j + 1  # "3 thousand" as Whisper writes it: 3000
            else:
                groups.append(w)
                j += 1
                continue
        else:
            break
        total = 0  # what bigger scales closed: "one million two hundred thousand"
        while j < len(words) and words[j] in SCALES:
            scale = SCALES[words[j]]
            if scale == 100:
                value *= scale
            else:
                total, value = total + value * scale, 0
            j += 1
            after_and = j + (words[j:j + 1] == ["and"])  # "two thousand and five"
            rest = _below(words, after_and, scale)
            if rest:
                value, j = value + rest[0], after_and + rest[1]
        groups.append(str(total + value))
    if j == i:
        return None
    return "".join(groups), j - i


_FIRSTS: dict[int, dict[str, list[int]]] = {}  # table -> first word -> its phrases' lengths


def _letter_then_its_word(words: list[str], j: int, letter: str) -> bool:
    """ "capital S start", "capital D display capital N name": a letter said, then a word
    that begins with it (no "space" between): the letter says how the word starts."""
    if len(letter) != 1 or j >= len(words):
        return False
    w = words[j]
    return len(w) > 1 and w.isalpha() and w[0] == letter.lower() and \
        w not in SPACE_WORDS and w not in SYMBOL_WORDS and w not in _NUMBER_NAMES and \
        w not in LETTER_NAMES and not _match(words, j, SYMBOL_PHRASES) and \
        not _match(words, j, CAPITAL_WORDS) and not _match(words, j, CASE_WORDS)


def _capitals_spelled(words: list[str]) -> bool:
    """ "capital S start …" said somewhere not right after a dash: this speaker spells each
    capital before its word. After a dash alone it is a flag and its value ("dash capital I
    include": -Iinclude)."""
    return "capital" in words and any(
        w == "capital" and _letter_then_its_word(words, k + 2, words[k + 1]) and
        (k == 0 or words[k - 1] not in ("dash", "minus", "hyphen"))
        for k, w in enumerate(words[:-2]))


def _append_said(words: list[str], i: int, toks: list[Tok]) -> bool:
    """Natural style, "append" as a word: a flag's name ("double dash append"), or before a
    flag or two plain words ("index append dash t", "config append name hello"); before a
    file or path ("append tilde slash dot bashrc", "append notes dot txt") it is >>."""
    nxt, after = words[i + 1:i + 2], words[i + 2:i + 3]
    if toks and toks[-1].kind == SYM and toks[-1].text in ("-", "--"):
        return True
    if not nxt:
        return False
    if nxt[0] in ("dash", "minus", "hyphen", "double") or nxt[0].startswith("-"):
        return True
    return nxt[0].isalpha() and nxt[0] not in SYMBOL_WORDS and (
        not after or after[0].isalpha() and after[0] not in SYMBOL_WORDS)


def _one_dash_after(words: list[str], j: int) -> bool:
    """After "hyphen minus", one letter (capital or not) or nothing: a short flag or stdin."""
    j += words[j:j + 1] in (["uppercase"], ["capital"]) and j + 1 < len(words)
    return words[j:j + 1] in ([], ["space"]) or len(words[j]) == 1 and words[j].isalpha() and \
        words[j + 1:j + 2] in ([], ["space"])


def _name_part(word: str) -> bool:
    return word.isalnum() and word not in SPACE_WORDS and word not in SYMBOL_WORDS and \
        word not in PROTOCOL_SYMBOL_WORDS and word not in ("new", "command", "one", "single")


def _protocol_symbol(words: list[str], i: int, tools: frozenset[str] = frozenset()
                     ) -> tuple[str, int] | None:
    """Everyday words that are symbols in spelled-out speech: "data under file", "x into y",
    "whoami semi space …" (at a word's end), "a space more than space b" (between spaces),
    "tick hat" (after a sign), "space bar space" before a program."""
    hit = _match(words, i, PROTOCOL_SYMBOL_PHRASES)
    if hit:
        spaced = words[i - 1:i] == ["space"] and words[i + hit[1]:i + hit[1] + 1] == ["space"]
        return hit if spaced else None
    if words[i] == "semi" and words[i + 1:i + 2] not in ([], ["space"]):
        return None  # "semi final": a word
    if words[i] == "hat" and i and words[i - 1].isalpha() and words[i - 1] not in SYMBOL_WORDS and \
            words[i - 1] not in PROTOCOL_SYMBOL_WORDS:
        return None  # "hard hat": a word; "tick hat": a caret
    if words[i] == "line" and not (0 < i < len(words) - 1 and _name_part(words[i - 1]) and (
            _name_part(words[i + 1]) or words[i + 1] in _CASING and i + 2 < len(words))):
        return None  # "api line key", "old line all caps table": _; "command line": words
    if words[i] == "column":  # "h t t p s column slash slash": Whisper's colon
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        glued = before.isalnum() and before not in SPACE_WORDS and before not in SYMBOL_WORDS \
            and (_name_part(after) or after in ("slash", "column"))
        display = before in SPACE_WORDS and after in _NUMBER_NAMES and \
            words[i - 2:i - 1] == ["display"]  # "display space column two": -display :2
        return (":", 1) if glued or display or before == "column" and i > 1 else None
    if words[i] == "bar":  # "space bar space xargs": a screen reader's pipe before a program;
        after = words[i + 2] if words[i - 1:i] == words[i + 1:i + 2] == ["space"] and \
            i + 2 < len(words) else ""  # "airodump bar ng", "space bar jar": a Korean's hyphen
        if after and (after in COMMANDS or after in tools or len(after) == 1):
            return "|", 1
        flag = i + 1 < len(words) and _name_part(words[i + 1]) and (
            i == 0 or _name_part(words[i - 1]) or words[i - 1] in ("space", "quote"))
        return ("-", 1) if flag else None
    return (PROTOCOL_SYMBOL_WORDS[words[i]], 1) if words[i] in PROTOCOL_SYMBOL_WORDS else None


_CASING = {"cap", "capital", "caps", "all", "uppercase"}  # a casing word before a name


def _flag_after_space(words: list[str], i: int) -> bool:
    """ "space" at ``i`` and then a dash ("crane append space dash dash output")."""
    if words[i:i + 1] != ["space"] or i + 1 >= len(words):
        return False
    hit = _match(words, i + 1, SYMBOL_PHRASES)
    return (hit[0] if hit else SYMBOL_WORDS.get(words[i + 1], "")) in ("-", "--")


def _match(words: list[str], i: int, table: dict) -> tuple[str, int] | None:
    """The longest phrase of ``table`` starting at ``words[i]``: (its value, its length)."""
    lengths = _FIRSTS.get(id(table))
    if lengths is None:
        lengths = _FIRSTS[id(table)] = {}
        for k in table:
            lengths.setdefault(k[0], set()).add(len(k))
        for first, ns in lengths.items():
            lengths[first] = sorted(ns, reverse=True)
    left = len(words) - i
    for n in lengths.get(words[i], ()):
        if n <= left:
            key = tuple(words[i:i + n])
            if key in table:
                return table[key], n
    return None


def _cased(words: list[str], style: str) -> str:
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    return "_".join(words).upper()


_NUMBER_NAMES = set(UNITS) | set(TENS) | set(SCALES)


def _plain_run(words: list[str], i: int) -> int:
    """How many plain words follow from ``i``, up to "space", a symbol or a casing word."""
    j = i
    while j < len(words) and words[j] not in SPACE_WORDS and words[j] not in SYMBOL_WORDS \
            and not _match(words, j, SYMBOL_PHRASES) and not _match(words, j, CAPITAL_WORDS) \
            and words[j] not in _NUMBER_NAMES:
        if len(words[j]) == 1:
            return 0  # "snake f m t": spelled letters, snakefmt
        j += 1
    return j - i


def _spaced_inside(words: list[str], i: int) -> bool:
    """The "open bracket" at ``i`` holds spoken spaces between words, as a group does ("open
    bracket foo space bar close bracket"); a class or an index ("[0-9]", "[1]") does not, nor a
    test's "[ -f x ]", spaced at its ends."""
    j = i + 2
    while j + 1 < len(words) and words[j:j + 2] != ["close", "bracket"]:
        if words[j:j + 2] == ["open", "bracket"]:
            return False
        j += 1
    inner = words[i + 2:j]
    return j + 1 < len(words) and len(inner) > 2 and inner[0] not in SPACE_WORDS and \
        inner[-1] not in SPACE_WORDS and any(w in SPACE_WORDS for w in inner)


def _standalone_group(words: list[str], i: int) -> bool:
    """The "open bracket" at ``i`` is a word of its own, a space said before it and after its
    "close bracket" (or the end, or a semicolon): a group or a tuple ("partition open bracket
    main close bracket semicolon", "in open bracket star close bracket"), not a test's "[ -f
    x ]", spaced inside its ends, nor a class or an index glued to what it serves."""
    if not i or words[i - 1] not in SPACE_WORDS or i + 2 >= len(words) or \
            words[i + 2] in SPACE_WORDS:
        return False
    j = _bracket_close(words, i)
    return j is not None and j > i + 2 and words[j - 1] not in SPACE_WORDS and (
        j + 2 == len(words) or words[j + 2] in SPACE_WORDS or words[j + 2] == "semicolon")


def _bracket_close(words: list[str], i: int) -> int | None:
    """Where the "close bracket" of the "open bracket" at ``i`` starts; None when another
    bracket opens first or none closes."""
    j = i + 2
    while j + 1 < len(words) and words[j:j + 2] != ["close", "bracket"]:
        if words[j:j + 2] == ["open", "bracket"]:
            return None
        j += 1
    return j if j + 1 < len(words) else None


CALLED = {"sqrt", "sin", "cos", "tan", "exp", "log", "abs", "print", "len", "round", "min",
          "max", "printf", "range", "str", "int", "float", "floor", "ceil", "pow"}
"""Functions a bracket after calls ("sqrt open bracket two close bracket": sqrt(2))."""


_REGEX_ANY = (["dot", "star"], ["dot", "plus"], ["period", "star"], ["point", "star"])


def _round_by_content(words: list[str], i: int) -> bool:
    """The "open bracket" at ``i`` holds what only round brackets hold: a regex's capture of
    anything ("open bracket dot star close bracket": (.*)), or a value whose method is called
    next ("open bracket … close bracket dot capital a add …": (Get-Date).AddDays)."""
    if words[i + 2:i + 4] in _REGEX_ANY and words[i + 4:i + 6] == ["close", "bracket"]:
        return True
    j = _bracket_close(words, i)
    return j is not None and words[j + 2:j + 3] in (["dot"], ["period"]) and \
        words[j + 3:j + 4] in (["capital"], ["cap"]) and _unquoted(words, i)


def _unquoted(words: list[str], i: int) -> bool:
    """No quote said before ``i`` is open (comby's ':[b].Capitalize' keeps its class)."""
    return sum(w in ("quote", "quotes") for w in words[:i]) % 2 == 0


def _called(toks: list[Tok], words: list[str], i: int) -> bool:
    """The "open bracket" at ``i`` calls the function just said (``CALLED``) or a capitalised
    method (".AddDays(-1)"), or defines one: "alpha open bracket close bracket space open
    curly bracket" is alpha() { … }."""
    if not toks or toks[-1].kind != WORD:
        return False
    if toks[-1].text.lower() in CALLED:
        return True
    k = len(toks)
    while k and toks[k - 1].kind == WORD and toks[k - 1].asked and toks[k - 1].text.istitle():
        k -= 1  # "dot capital a add capital d days": .Add Days, one name said in parts
    if k < len(toks) and k and toks[k - 1].text == "." and _unquoted(words, i):
        return True  # a .NET method: (Get-Date).AddDays(3); not jq's quoted ".Items[0]"
    return words[i + 2:i + 4] == ["close", "bracket"] and words[i + 4:i + 5] == ["space"] and \
        words[i + 5:i + 7] in (["open", "curly"], ["open", "brace"], ["left", "brace"])


def _substitution(sym: str, said: list[str], toks: list[Tok], brackets: list[str],
                  words: list[str], i: int) -> str:
    """ "dollar open bracket … close bracket" is a command substitution, $( … ), whatever
    bracket the speaker's English means, and so is PowerShell's @( … ) and a group of spaced
    words; "square bracket" stays [ ]."""
    if said == ["open", "bracket"]:
        brackets.append("(" if toks and toks[-1].text in ("$", "@") or _spaced_inside(words, i)
                        or _standalone_group(words, i) or _called(toks, words, i) or
                        _round_by_content(words, i) else "[")
        return brackets[-1]
    if said == ["close", "bracket"] and brackets:
        return ")" if brackets.pop() == "(" else "]"
    return sym


_SPACE = Tok(" ", SPACE)
SYMBOL_NAMED_PROGRAMS = {"at", "dot", "dash", "hash", "asterisk"}
"""Programs named like a symbol: at its head, before a flag or path written out, the program."""


def _written_after(words: list[str], i: int) -> bool:
    """A flag follows ``i``: written out ("-l", "~/x.sh") or said after "space" ("hash space
    hyphen d")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return len(nxt) > 1 and nxt[0] in "-~/" and nxt not in ("--",) or \
        nxt == "space" and words[i + 2:i + 3] in (["dash"], ["hyphen"], ["minus"])


_DOTS = {"dot", "point", "period"}
_SEMIS = {"semi", "semicolon"}


def _pipe_named(words: list[str], i: int) -> bool:
    """"pipe" as a file's name, where a ``|`` could not stand: before its extension ("pipe
    dot py"), or last in a path ("slash pipe" at the end or before ";")."""
    nxt = words[i + 1:i + 3]
    if len(nxt) == 2 and nxt[0] in _DOTS and nxt[1].isalpha() and len(nxt[1]) <= 4 and \
            nxt[1] not in SPACE_WORDS and nxt[1] not in SYMBOL_WORDS:
        return True
    return i > 0 and words[i - 1] == "slash" and (not nxt or nxt[0] in _SEMIS)


def _subcommand_slot(toks: list[Tok], words: list[str], i: int, protocol: bool) -> bool:
    """``words[i]`` stands where a subcommand goes: a host of subcommands and plain words
    before it ("pip hash", "bun pm hash"; said after "space" in protocol style, not glued on
    as in "nixpkgs hash pkg"), and no symbol after it ("hash bang"). Not after echo: "echo
    space hash space comment" is a comment."""
    said = [t for t in toks if t.kind != SPACE]
    return bool(said) and all(t.kind == WORD for t in said) and (
        toks[-1].kind == SPACE if protocol else len(said) <= 2) and \
        said[0].text.lower() in SUBCOMMAND_HOSTS and (
            i + 1 == len(words) or words[i + 1] not in SYMBOL_WORDS)


def tokenize(text: str, tools: frozenset[str] = frozenset()) -> list[Tok]:
    """Spoken words to tokens: symbols, numbers, cased words, spaces and plain words
    (``tools``: installed programs whose names said in parts are joined)."""
    cased = _words(text, tools)
    words = list(map(str.lower, cased))  # matched against the vocabulary; ``cased`` is output
    if words and words[0] in MISHEARD_FIRST and not _match(words, 0, MISHEARD_PHRASES):
        fix, followers = MISHEARD_FIRST[words[0]]
        follower = next((w for w in words[1:] if w not in SPACE_WORDS), "")
        if followers is None or follower in followers:
            words[0] = cased[0] = fix
    toks: list[Tok] = []
    protocol = not SPACE_WORDS.isdisjoint(words)
    spelled_capitals = protocol and _capitals_spelled(words)
    big_casing = words.count("big") >= 2  # "big get minus big help": the speaker's capital
    brackets: list[str] = []  # what each "open bracket" still open was read as
    glued: set[int] = set()  # tokens said after "no space"
    i = 0
    while i < len(words):
        w = words[i]
        if w not in _REACTS and not w.isdigit():  # a plain word: no rule below is about it
            said = cased[i]
            toks.append(Tok(said, WORD) if len(w) > 1 and said.islower() and w.isalnum() and
                        w.isascii() and w not in SPOKEN_PATH and (not toks or toks[-1].text != "-")
                        else _plain_word(words, cased, i, toks, tools))  # most words: as said
            i += 1
            continue
        if w == "space":  # the separator: no other rule starts at it
            toks.append(_SPACE)
            i += 1
            continue
        if w in SYMBOL_NAMED_PROGRAMS and _written_after(words, i) and (
                not toks or toks[-1].text in ("|", "&&", ";", "sudo")):
            toks.append(Tok(cased[i], WORD))  # "at -l", "dot -T png": the program, as written
            i += 1
            continue
        if w == "pipe" and _pipe_named(words, i) or \
                w == "hash" and _subcommand_slot(toks, words, i, protocol):
            toks.append(Tok(cased[i], WORD))
            i += 1
            continue
        if w == "quotes" and toks and toks[-1].text in ("-", "--"):
            toks.append(Tok(cased[i], WORD))  # "dash dash quotes": a flag's name, plural
            i += 1
            continue
        if w in _SYMBOL_AT_ONCE:  # a symbol's name no rule before the symbols looks at
            sym = _symbol_phrase(words, i) if w in _SYMBOL_FIRSTS else None
            i = _take_symbol_phrase(sym, words, i, toks, brackets) if sym else \
                _take_symbol_word(words, i, toks)
            continue
        if i == 0 or words[i - 1] in SPACE_WORDS:
            hit = _match(words, i, MISHEARD_PHRASES) if w in _MISHEARD_FIRSTS else None
            if hit and (hit[0] not in ("cd", "ls", "rm") or i == 0):
                toks.append(Tok(hit[0], WORD))
                i += hit[1]
                continue
        if (w, words[i + 1] if i + 1 < len(words) else "") in (("python", "three"),
                                                                ("pip", "three")):
            toks.append(Tok(w + "3", WORD))
            i += 2
            continue
        escape = _escape_at(words, i) if w in ("the", "literal", "word") or (
            w == "literally" and protocol) else 0
        if escape and _unquoted(words, i):
            said = cased[i + escape]  # "the word point": the word itself, not a symbol
            toks.append(Tok(said, RAW if re.search(r"[^A-Za-z0-9']", said) else WORD,
                            asked=True))
            i += escape + 1
            continue
        if w in SPACE_WORDS or w == ALONE:
            toks.append(Tok(" " if w != ALONE else ALONE, SPACE))
            i += 1
            continue
        if w == JOINED:
            _join_back(toks)
            i += 1
            continue
        if w == GLUED:
            glued.add(len(toks))  # the next token joins the one before it
            i += 1
            continue
        if w in ("numeral", "numb") and i + 1 < len(words) and words[i + 1] in _NUMBER_NAMES:
            i += 1  # "hunter numeral two": the digit, said so that it is one
            continue
        case = (_match(words, i, CASE_WORDS) if w in _CASE_FIRSTS else None) or (
            (FORMATTER_WORDS[w], 1) if w in FORMATTER_WORDS and _plain_run(words, i + 1) >= 2
            else None)
        if case:
            j = i + case[1]
            run = []
            while j < len(words) and words[j] not in SPACE_WORDS and \
                    words[j] not in SYMBOL_WORDS and not _match(words, j, SYMBOL_PHRASES) and \
                    words[j] not in FORMATTER_WORDS and (protocol or words[j].isalpha()):
                if words[j] == "over":  # Talon's end of a formatted name
                    j += 1
                    break
                run.append(words[j])
                j += 1
            if run:
                toks.append(Tok(_cased(run, case[0]), WORD, asked=True))
                i = j
                continue
        cap = _match(words, i, CAPITAL_WORDS) if w in _CAPITAL_FIRSTS else None
        if cap and w == "cap" and i + 1 < len(words) and (
                words[i + 1] in SYMBOL_WORDS and not (
                    words[i + 1] == "pipe" and _pipe_named(words, i + 1)) or
                words[i + 1] in SPACE_WORDS):
            cap = None  # "cap underscore net": the word cap
        if cap and cap[1] == 2 and words[i + 1] in ("letter", "letters") and \
                (i + 2 == len(words) or words[i + 2] in SPACE_WORDS):
            cap = (cap[0], 1)  # "capital drive capital letter space": Letter, a word
        if cap and i + cap[1] < len(words):
            said = words[i + cap[1]]  # "capital tea", "capital hey": a letter, heard so
            flag_letter = cap[0] == "capital" and bool(toks) and toks[-1].text == "-"
            target = LETTER_NAMES.get(said) or (
                CAPITAL_LETTERS_HEARD.get(said, said) if flag_letter else said)
            if said in ("literal", "word") and \
                    _escape_at(words, i + cap[1]):  # "cap literal pipe", "capital word hash"
                target, cap = cased[i + cap[1] + 1], (cap[0], cap[1] + 1)
            elif spelled_capitals and cap[0] == "capital" and \
                    _letter_then_its_word(words, i + cap[1] + 1, target):  # "capital S start"
                target, cap = words[i + cap[1] + 1], (cap[0], cap[1] + 1)
            if cap[0] == "upper" and w in ("upper", "uppercase") and protocol and \
                    len(target) > 1 and target.isalpha() and (
                        _says_all_caps(words) or len(target) > 2 and
                        re.search("[aeiou]", target) and target.upper() not in KEEP_CAPS and
                        target.upper() not in SQL_WORDS and _word_like(target) and
                        not _variable_said(words, i, cap[1])):  # "key upper case checking":
                # KeyChecking, "slash uppercase volumes": /Volumes (but "uppercase readme")
                cap = ("capital", cap[1])
            if cap[0] == "upper" and len(target) == 1 and not (
                    protocol and w == "all" and _unquoted(words, i)):  # "all caps Q U A L":
                # the whole run
                j = i + cap[1] + 1
                while j < len(words) and len(words[j]) == 1 and words[j].isalpha():
                    target, j = target + words[j], j + 1
                cap = (cap[0], j - i - 1)
            elif cap[0] == "upper" and protocol and \
                    _unquoted(words, i):  # "to do": TODO
                j = i + cap[1] + 1
                while j < len(words) and words[j].isalpha() and words[j] not in SPACE_WORDS \
                        and words[j] not in SYMBOL_WORDS and words[j] not in _NUMBER_NAMES and \
                        not _match(words, j, SYMBOL_PHRASES) and not _match(words, j, CASE_WORDS) \
                        and not _match(words, j, CAPITAL_WORDS) and not (
                            words[j] in PROTOCOL_SYMBOL_WORDS and _protocol_symbol(words, j)):
                    target, j = target + words[j], j + 1  # "all caps old line …": OLD_,
                    # "all caps c make underscore": CMAKE_
                cap = (cap[0], j - i - 1)
            fn = {"capital": lambda s: s[:1].upper() + s[1:], "upper": _upper_name,
                  "lower": str.lower}[cap[0]]
            toks.append(Tok(fn(target), WORD, asked=True))
            i += cap[1] + 1
            continue
        if w == "decimal" and _numeric_neighbours(words, i):  # "ten decimal four": 10.4
            toks.append(Tok(".", SYM))
            i += 1
            continue
        if w == "big" and (protocol or big_casing) and i + 1 < len(words) and \
                len(words[i + 1]) > 1 and words[i + 1].isalpha() and \
                words[i + 1] not in SPACE_WORDS and words[i + 1] not in SYMBOL_WORDS:
            # "big command": Command; "big path equals": PATH
            toks.append(Tok(_big_word(words, i + 1, toks), WORD, asked=True))
            i += 2
            continue
        if w in ("small", "double", "big") and (protocol or toks and toks[-1].text == "-" or
                                                  w == "double" and (_among_letters(words, i) or
                                                                     toks and toks[-1].text in (
                                                                         "--", "."))):
            letter = i + 1 + (w == "small" and words[i + 1:i + 2] == ["letter"])  # "small
            if letter < len(words) and len(words[letter]) == 1 and \
                    words[letter].isalpha():  # letter s", "small v", "double p", "big x"
                said = words[letter].upper() if w == "big" else words[letter]
                among = not protocol and w == "double"  # spelled with its neighbours
                toks.append(Tok(said * (2 if w == "double" else 1), WORD, spelled=among,
                                asked=not among))
                i = letter + 1
                continue
        if words[i:i + 2] == ["hyphen", "minus"] and (toks and toks[-1].kind == WORD or
                                                       _one_dash_after(words, i + 2)):
            toks.append(Tok("-", SYM, asked=True))  # "rc hyphen minus update": Unicode's
            i += 2  # name of the one sign, inside a word or before a letter or nothing (else,
            continue  # after a space, it may start a long flag)
        sym = _symbol_phrase(words, i) if w in _SYMBOL_FIRSTS else None
        if sym:
            i = _take_symbol_phrase(sym, words, i, toks, brackets)
            continue
        if w in ("redirect", "append") and ([t.text for t in toks[-3:]][::2] in (
                ["-", "-"], ["--", "-"]) and toks[-2].kind == WORD or protocol and toks and
                toks[-1].kind == SYM and toks[-1].text in ("/", "~/", ".", "_", ":", "=") or
                protocol and _flag_after_space(words, i + 1)):
            toks.append(Tok(cased[i], WORD))  # "dash dash no dash redirect", "slash append":
            # a word of a flag or a path
            i += 1
            continue
        if w == "append" and not protocol and _append_said(words, i, toks):
            toks.append(Tok(cased[i], WORD))  # "crane index append dash t", "pixi config
            i += 1  # append name hello": a subcommand, not >>
            continue
        if w == "point" and protocol and i and words[i - 1] in SPACE_WORDS and (
                i + 1 == len(words) or words[i + 1] in SPACE_WORDS):
            toks.append(Tok(".", SYM))  # "subl space point": the current directory
            i += 1
            continue
        if w == "question" and protocol and toks and toks[-1].text in ("/", "-") and (
                i + 1 == len(words) or words[i + 1] in SPACE_WORDS):
            toks.append(Tok("?", SYM))  # "slash question": /?, help on Windows ("dash
            i += 1  # question": -?)
            continue
        if w in FLAG_NAME_WORDS and protocol and toks and toks[-1].text in ("-", "--"):
            toks.append(Tok(cased[i], WORD))  # "dash dash append": the flag's name
            i += 1
            continue
        if w == "at" and not toks and words[1:2] == ["space"]:
            toks.append(Tok(cased[i], WORD))  # "at space main": the at command, first
            i += 1
            continue
        if w == "at" and protocol and 1 < i < len(words) - 1 and words[i - 1] in SPACE_WORDS \
                and words[i + 1] in SPACE_WORDS:
            toks.append(Tok("at", WORD))  # "khal space at space …": the word, a subcommand
            i += 1
            continue
        if w in SYMBOL_WORDS and not (w == "point" and not _numeric_neighbours(words, i) and
                                      not _inside_token(words, i) and
                                      not _before_extension(words, i)):
            i = _take_symbol_word(words, i, toks)
            continue
        sym = _protocol_symbol(words, i, tools) if protocol and not (
            toks and toks[-1].text in ("-", "--")) else None
        if sym:
            toks.append(Tok(sym[0], SYM))
            i += sym[1]
            continue
        if w == WRITTEN_QUOTE:
            toks.append(Tok('"', SYM, asked=True))
            i += 1
            continue
        if w in SPACED:  # a pipe or redirect Whisper wrote as the symbol
            toks.append(Tok(w, SYM))
            i += 1
            continue
        if w == "a" and protocol and words[i + 1:i + 2] in (["hundred"], ["thousand"]):
            words[i] = "one"  # "space a hundred": 100
        num = _number_run(words, i)
        if num:
            toks.append(Tok(num[0], NUM))
            i += num[1]
            continue
        toks.append(_plain_word(words, cased, i, toks, tools))
        i += 1
    toks = _head_in_parts(_glued_on(toks, glued) if glued else toks, tools)
    shown = "".join([t.text for t in toks])  # what the passes below look for, at one glance
    toks = _join_letters(_acronyms_off(toks) if shown != shown.lower() else toks)
    toks = _sizes(toks) if _DIGIT.search(shown) else toks
    return _paired_quotes(toks) if "'" in shown or '"' in shown else toks


_DIGIT = re.compile(r"\d")


_CASE_FIRSTS, _CAPITAL_FIRSTS, _SYMBOL_FIRSTS, _MISHEARD_FIRSTS = (
    {k[0] for k in table} for table in (CASE_WORDS, CAPITAL_WORDS, SYMBOL_PHRASES,
                                        MISHEARD_PHRASES))  # where a phrase can start
# Every word a rule of tokenize() looks at; any other takes the plain-word path at the top of
# its loop, so a new rule keyed on a word must add the word here.
_REACTS = {
    *(k[0] for table in (MISHEARD_PHRASES, CASE_WORDS, CAPITAL_WORDS, SYMBOL_PHRASES,
                         PROTOCOL_SYMBOL_PHRASES) for k in table),
    *SPACE_WORDS, ALONE, JOINED, GLUED, *FORMATTER_WORDS, *FLAG_NAME_WORDS, *SYMBOL_WORDS,
    *PROTOCOL_SYMBOL_WORDS, WRITTEN_QUOTE, *SPACED, *TENS, *UNITS,
    "python", "pip", "the", "literal", "literally", "word", "numeral", "numb", "decimal", "big",
    "small", "double", "hyphen", "redirect", "append", "point", "at", "a", "semi", "hat", "line",
    "column", "bar"}
_NOT_WORD = re.compile(r"[^a-z0-9']")
# Symbols' names that no rule of tokenize() before its symbol rules looks at: taken at once.
_SYMBOL_AT_ONCE = frozenset(SYMBOL_WORDS) - {
    *_MISHEARD_FIRSTS, *_CASE_FIRSTS, *_CAPITAL_FIRSTS, *FORMATTER_WORDS, *SPACE_WORDS,
    *FLAG_NAME_WORDS, ALONE, JOINED, GLUED, "python", "pip", "the", "literal", "word",
    "numeral", "numb", "decimal", "big", "small", "double", "hyphen", "redirect", "append",
    "point", "at"}


_OPERATORS = {"&&", "||", ">>", "<<", "&>", ">&", "|&", ";;"}


def _glued_on(toks: list[Tok], glued: set[int]) -> list[Tok]:
    """Each token said after "no space" joined to the one before it ("get no space cap
    arch" -> getArch, "server no space one" -> server1), and two symbols that make one
    operator ("ampersand no space ampersand" -> &&)."""
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if k in glued and out and out[-1].kind in (WORD, NUM, RAW) and \
                t.kind in (WORD, NUM, RAW):  # a symbol glues by the reader's own rules
            text = out[-1].text + t.text
            out[-1] = Tok(text, WORD if text.isalnum() else RAW, asked=out[-1].asked or t.asked,
                          joined=True)
        elif k in glued and out and out[-1].kind == t.kind == SYM and \
                out[-1].text + t.text in _OPERATORS:
            out[-1] = Tok(out[-1].text + t.text, SYM)
        else:
            out.append(t)
    return out


def _symbol_phrase(words: list[str], i: int) -> tuple[str, int] | None:
    """A symbol said in words from ``i`` ("single quote", "open paren"), and its length."""
    w = words[i]
    sym = _match(words, i, SYMBOL_PHRASES)
    if sym is None and w == "single" and any(words[j:j + 2] == ["end", "single"]
                                             for j in range(i + 1, len(words) - 1)):
        return ("'", 1)  # "single main end single": 'main', the quote closed by its name
    if sym and w in SYMBOL_WORDS and words[i + 1:i + 3] == ["close", w]:
        sym = (SYMBOL_WORDS[w], 1)  # "brace close brace": {}, not "brace close" then {
    if sym and w == "minus" and words[i:i + 2] == ["minus", "sign"] and \
            words[i + 2:i + 3] in ([], ["space"]):
        sym = None  # "minus sign space": a flag -sign, the name in-toto-sign
    return sym


def _take_symbol_phrase(sym: tuple[str, int], words: list[str], i: int, toks: list[Tok],
                        brackets: list[str]) -> int:
    """Add the symbol said from ``i``; where the next word starts."""
    said = _substitution(sym[0], words[i:i + sym[1]], toks, brackets, words, i)
    toks.append(Tok(said, SYM, asked=sym[0] in ("'", '"')))  # "single quote": its kind
    return i + sym[1] + (words[i + sym[1]:i + sym[1] + 1] == ["symbol"])  # "pipe symbol"


def _take_symbol_word(words: list[str], i: int, toks: list[Tok]) -> int:
    """Add the symbol one word names ("slash"); where the next word starts."""
    w = words[i]
    toks.append(Tok(SYMBOL_WORDS[w], SYM, asked=w in ("hyphen", "apostrophe",
                                                      "backtick")))  # a hyphen joins
    return i + 1 + (i + 1 < len(words) and words[i + 1] == "symbol" and
                    SYMBOL_WORDS[w] not in ("-", "--"))


def _plain_word(words: list[str], cased: list[str], i: int, toks: list[Tok],
                tools: frozenset[str] = frozenset()) -> Tok:
    """A word no symbol, number or casing rule took: a letter after a dash ("hyphen tea"
    is -t) unless it ends an installed program's name ("yarn dash why": yarn-why), "temp"
    beside a slash (tmp), else the word as said."""
    w = words[i]
    after_dash = bool(toks) and toks[-1].kind == SYM and toks[-1].text == "-"
    ef_flag = after_dash and w == "ef" and (cased[i] == "EF" or toks[0].text == "ps")  # -ef
    if after_dash and (w in LETTER_NAMES or w in HEARD_LETTERS) and w != "queue" and \
            not ef_flag and not (len(toks) >= 2 and f"{toks[-2].text}-{w}".lower() in tools):
        w = cased[i] = LETTER_NAMES.get(w) or HEARD_LETTERS[w]
    if w in SPOKEN_PATH and ((bool(toks) and toks[-1].text == "/") or (
            i + 1 < len(words) and words[i + 1] in ("slash", "/")) or
            words[i + 1:i + 3] == ["forward", "slash"]):
        w = cased[i] = SPOKEN_PATH[w]
    return Tok(_literal(cased[i], after_dash), RAW if _NOT_WORD.search(w) else WORD)


def _paired_quotes(toks: list[Tok]) -> list[Tok]:
    """A quote with no twin said later (the same kind, said the same way) is closed by the
    next quote: a quote said without its kind ("quote", "inverted comma") takes the kind
    of the open one, and an opener said so takes the kind of the quote said to close it
    ("inverted comma y/A-Z/ single quote" -> 'y/A-Z/'). With a twin, what lies between is
    the quote's text ('print("hi")')."""
    quotes = [i for i, t in enumerate(toks) if t.text in ("'", '"') and t.kind == SYM]
    if len(quotes) < 2:
        return toks  # nothing to pair
    out = list(toks)
    k = 0
    while k < len(quotes):
        a = quotes[k]
        opener = out[a]
        rest = quotes[k + 1:]
        same = next((j for j in rest if out[j].text == opener.text and
                     out[j].asked == opener.asked), None)  # its own kind, said the same way
        if same is not None:
            k = quotes.index(same) + 1  # closed by its twin; quotes inside are its text
            continue
        if rest:
            closer = rest[0]
            if opener.asked and not out[closer].asked:
                out[closer] = Tok(opener.text, SYM, asked=True)
            elif out[closer].asked and not opener.asked:
                out[a] = Tok(out[closer].text, SYM, asked=True)
            k = quotes.index(closer) + 1
            continue
        k += 1
    return out


SIZE_UNITS = {"K", "M", "G", "T", "P", "B", "KB", "MB", "GB", "TB", "KIB", "MIB", "GIB"}


def _has_capitals(toks: list[Tok]) -> bool:
    """Some token holds a capital: the casing passes have work to do (a fast path)."""
    text = "".join([t.text for t in toks])
    return text != text.lower()


def _has_digits(toks: list[Tok]) -> bool:
    """Some token holds a digit: the number passes have work to do (a fast path)."""
    return any(c.isdigit() for c in "".join([t.text for t in toks]))


def _sizes(toks: list[Tok]) -> list[Tok]:
    """A number and the capital unit said after it are one size ("forty capital G" -> 40G,
    "one hundred twenty eight capital m capital b" -> 128MB). (tokenize calls it only when
    some token holds a digit.)"""
    out: list[Tok] = []
    for i, t in enumerate(toks):
        if out and out[-1].kind == NUM and t.kind == WORD and t.asked and \
                t.text.upper() in SIZE_UNITS and t.text[:1].isupper():
            out[-1] = Tok(out[-1].text + t.text, NUM)
        elif len(out) >= 3 and out[-1].kind == NUM and t.kind == WORD and not t.asked and \
                t.text.lower() in _TIME_UNITS and out[-2].kind == WORD and \
                out[-3].text in ("-", "--") and (i + 1 == len(toks) or toks[i + 1].kind != WORD
                                                  or toks[i + 1].text in ("-", "--")):
            out[-1] = Tok(out[-1].text + t.text.lower(), NUM)  # a flag's "-t 2 m": 2m, 1w
        else:
            out.append(t)
    return out


_TIME_UNITS = {"s", "m", "h", "d", "w"}  # a duration's unit, said after its number


JOIN_MOST = 3  # words one "no spaces" joins


def _join_back(toks: list[Tok]) -> None:
    """"…, no spaces": the last words said one after another in the shell word just spoken
    are one word ("who am I" -> whoami, "server one" -> server1, "mash tree dot D N D" ->
    mashtree.dnd); never the command itself, a short flag's letter ("dash S change me" ->
    -s changeme) or what an earlier hint joined."""
    first = _program_end(toks)
    runs: list[tuple[int, int]] = []

    def in_run(i: int) -> bool:  # a word of this shell word, not a flag's letter
        t, before = toks[i], toks[i - 1] if i else None
        return t.kind in (WORD, NUM) and not t.joined and not (
            before is not None and before.text == "-" and not before.asked and len(t.text) == 1
        ) and not (before is not None and before.text in COMMAND_SEPARATORS)  # "pipe tee"

    k = len(toks)
    while k > first:
        t = toks[k - 1]
        if in_run(k - 1):
            end = k
            while k > first and in_run(k - 1):
                k -= 1
            runs.append((k, end))
            continue
        if t.kind != SYM or t.text in SPACED or t.text == "--" or (t.text == "-" and not t.asked):
            break
        k -= 1
    run = next(((max(a, b - JOIN_MOST), b) for a, b in runs if b - a >= 2), None)
    if run:  # at most the last three words: "rm Ubuntu who am I" joins "who am I"
        part = toks[run[0]:run[1]]
        toks[run[0]:run[1]] = [Tok("".join(t.text for t in part), WORD,
                                   asked=any(t.asked for t in part), joined=True)]


def _program_end(toks: list[Tok]) -> int:
    """Where the first shell word (the command, "pw hyphen container") ends."""
    k = 1
    while k + 1 < len(toks) and toks[k].kind == SYM and toks[k].text not in SPACED and \
            toks[k].text != "--" and (toks[k].text != "-" or toks[k].asked) and \
            toks[k + 1].kind in (WORD, NUM):
        k += 2
    return k if toks else 0


def _lettery(t: Tok) -> bool:
    """A lone letter or an acronym as speech recognition writes it ("K", "XDO", "CTL")."""
    return t.kind == WORD and not t.asked and t.text.isalpha() and (
        len(t.text) == 1 or (t.text.isupper() and len(t.text) <= 5 and t.text not in KEEP_CAPS))


NAME_ENDINGS = {"CTL"}  # said as one acronym at a tool name's end ("system CTL")


def _installed_name(toks: list[Tok], i: int, tools: frozenset[str]) -> int:
    """How many words from ``toks[i]`` join into the name of an installed program ("l v
    reduce" -> lvreduce, "x cow say"): the longest such join of two to eight, or 0."""
    n = 0
    while i + n < len(toks) and n < 8 and (toks[i + n].kind in (WORD, NUM) or (
            n and toks[i + n].kind == SYM and toks[i + n].text in NAME_JOINS)):
        n += 1
    first = toks[i].text.lower()
    if n >= 2 and first in SUBCOMMAND_HOSTS and len(toks[i + 1].text) > 1:
        return 0  # "go env", "docker compose": a subcommand (but "git k" is gitk)
    def letter(j: int) -> bool:
        return j < len(toks) and toks[j].kind == WORD and len(toks[j].text) == 1

    for k in range(n, 1, -1):
        part = toks[i:i + k]
        if part[-1].kind == SYM or (letter(i + k - 1) and letter(i + k)):
            continue  # not inside spelled letters: "G S T" is not gs + t
        if any(t.kind == SYM for t in part) and i + k + 1 < len(toks) and \
                toks[i + k].text in NAME_JOINS and toks[i + k + 1].kind == WORD:
            continue  # "mariadb dash install dash DB": not mariadb-install, then a flag
        if _name_said(part, tools).lower() in tools:
            return k
    return 0


def _name_said(part: list[Tok], tools: frozenset[str]) -> str:
    """The words of a program's name joined, casing asked for kept; a letter's name first
    is the letter when that names an installed program ("gee crane": gcrane)."""
    name = "".join(t.text if t.asked and t.kind != SYM else t.text.lower() for t in part)
    first = part[0].text.lower()
    if first in LETTER_NAMES and part[0].kind == WORD and name.lower() not in tools and \
            (LETTER_NAMES[first] + name[len(first):]).lower() in tools:
        return LETTER_NAMES[first] + name[len(first):]
    return name


NAME_JOINS = {"-", "_", "."}  # inside a program's name: tlp-stat, pg_receivewal, mkfs.ext4


def _head_in_parts(toks: list[Tok], tools: frozenset[str] = frozenset()) -> list[Tok]:
    """Natural style: a tool's name said in parts where a command stands: words that join into
    an installed program's name (``tools``), or, its first part no known command, a word and
    spelled letters ("flux C T L" -> fluxctl, "auto R A N D R"), or netpbm's "P B M to M A C
    P" (pbmtomacp). Otherwise letters then a word ("XDO tool") stay apart: as often a tool
    and its subcommand ("Q M list", "bun PM scan")."""
    out: list[Tok] = []
    separators = [k for k, t in enumerate(toks) if t.text in COMMAND_SEPARATORS and t.kind == SYM]
    i = 0
    while i < len(toks):
        at_head = not out or (len(out) == 1 and out[-1].text.lower() == "sudo") or (
            out[-1].kind == SYM and out[-1].text in COMMAND_SEPARATORS)
        if not at_head:  # on to the next command: only a separator puts one at its head
            j = next((k for k in separators if k >= i), len(toks))
            out += toks[i:j + 1]
            i = j + 1
            continue
        joined = _installed_name(toks, i, tools) if tools else 0
        if joined:
            parts = toks[i:i + joined]  # asked-for casing kept: "capital V pascal case box"
            out.append(Tok(_name_said(parts, tools), WORD,
                           asked=any(t.asked and t.kind != SYM for t in parts),
                           spelled=all(len(t.text) == 1 and t.kind == WORD for t in parts)))
            i += joined
            continue
        first = toks[i].text.lower() if toks[i].kind == WORD else ""
        units = _units(toks, i) if first and first not in COMMANDS and first not in tools else []
        if len(units) >= 2:  # "grafana c l i": its subcommand
            a, b = units[0], units[1]
            take = 0
            if len(units) >= 3 and b[0].text.lower() == "to" and len(b) == 1 and \
                    all(_lettery(t) for t in a + units[2]):
                take = 3  # netpbm's "P B M to M A C P"
            elif len(a) == 1 and a[0].text.isalpha() and not _lettery(a[0]) and \
                    all(_lettery(t) for t in b) and len("".join(t.text for t in b)) >= 3 and \
                    (len(b) > 1 or b[0].text.upper() in NAME_ENDINGS) and \
                    not _before_path(toks, i + 1 + len(b)) and \
                    b[0].text.lower() not in COMMANDS and not any(t.asked for t in a + b):
                take = 2
            if take:
                parts = [t for unit in units[:take] for t in unit]
                out.append(Tok("".join(t.text for t in parts), WORD, spelled=True))
                i += len(parts)
                continue
        out.append(toks[i])
        i += 1
    return out


def _before_path(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is a slash or dot: the word before it starts a path, not a name."""
    return i < len(toks) and toks[i].kind == SYM and toks[i].text in ("/", ".")


def _units(toks: list[Tok], i: int) -> list[list[Tok]]:
    """The words from ``toks[i]`` up to the first non-word, lone letters in a row as one unit."""
    units: list[list[Tok]] = []
    while i < len(toks) and toks[i].kind == WORD and len(units) < 4:
        t = toks[i]
        single = len(t.text) == 1 and t.text.isalpha()
        if single and units and all(len(u.text) == 1 for u in units[-1]):
            units[-1].append(t)
        else:
            units.append([t])
        i += 1
    return units


_CAPS_HYPHENED = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)+")


def _acronyms_off(toks: list[Tok]) -> list[Tok]:
    """The capitals speech recognition writes for acronyms that shell words spell in lower
    case: the command itself ("JSON five" -> json5), its subcommand ("git AM"), a URL's
    scheme ("HTTPS colon slash"), a long flag ("dash dash EXC"), a file extension ("dot
    YAML") and a short path part ("SRC slash", "slash TMP"). Casing a speaker asked for
    stays, as do words that are capitals in the shell (HEAD, HOME, README). (tokenize calls
    it only when some token holds a capital.)"""
    out = list(toks)
    for i, t in enumerate(out):
        if t.kind == WORD and not t.asked and i == 0 and t.text.istitle() and \
                t.text.lower() in COMMANDS:
            out[i] = Tok(t.text.lower(), WORD, t.spelled)  # "Git info": a sentence's capital
        if i == 0 and t.kind == RAW and not t.asked and _CAPS_HYPHENED.fullmatch(t.text):
            out[i] = Tok(t.text.lower(), RAW)  # "PY-SPY record", "SPA-resample": the command
        if t.kind != WORD or t.asked or not t.text.isupper() or t.text in KEEP_CAPS or \
                _variable(out, i):
            continue
        prev = out[i - 1].text if i else ""
        nxt = out[i + 1].text if i + 1 < len(out) else ""
        scheme = nxt == ":" and i + 2 < len(out) and out[i + 2].text == "/"  # HTTPS://
        if i == 0 or scheme or prev == "--" or _subcommand_at(out, i) or (
                len(t.text) <= 4 and (prev in (".", "/") or nxt == "/")):
            initials = i == 0 and len(t.text) <= 4 and t.text.lower() not in COMMANDS and \
                nxt.isdigit()  # "IMG 2 W E B P": letters of a name with a digit in it
            out[i] = Tok(t.text.lower(), WORD, t.spelled or initials)
    return out


def _subcommand_at(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is the word after a tool that takes subcommands ("git AM", "gh PR"):
    subcommands are lower case."""
    before = [t for t in toks[:i] if t.kind != SPACE]
    return len(before) == 1 and before[0].text.lower() in SUBCOMMAND_HOSTS


def _literal(word: str, after_dash: bool) -> str:
    """A said word as the transcript wrote it, except where speech recognition's capitals
    carry nothing: a lone letter ("dash X"), a command name ("LS"), a two-letter flag
    ("dash LA"), a file's extension after a lower-case name ("notes.PDF"). A casing word
    ("capital x") is how a speaker asks for capitals there."""
    if len(word) == 1 or (word.isupper() and word not in KEEP_CAPS and (word.lower() in COMMANDS or
                                             (after_dash and len(word) == 2))):
        return word.lower()
    return _EXTENSION_CAPS.sub(lambda m: m.group(0).lower(), word) if "." in word else word


def _inside_token(words: list[str], i: int) -> bool:
    """Protocol style, "point" between two words with no "space" either side: a dot."""
    return 0 < i < len(words) - 1 and "space" in words and not (
        {words[i - 1], words[i + 1]} & SPACE_WORDS)


def _before_extension(words: list[str], i: int) -> bool:
    """"point" between a name and a short word: a file's extension ("build point xml")."""
    return 0 < i < len(words) - 1 and words[i - 1].isalnum() and words[i + 1].isalpha() and \
        len(words[i + 1]) <= 4 and words[i - 1] not in SYMBOL_WORDS and \
        words[i + 1] not in SYMBOL_WORDS and words[i + 1] not in SPACE_WORDS


def _escape_at(words: list[str], i: int) -> int:
    """How many words escape the next one from the protocol at ``words[i]`` ("the word
    point", "literal hash", "literally hash"; not the flag "dash dash literal"), else 0."""
    if i + 2 < len(words) and words[i:i + 2] == ["the", "word"] and (
            escapable(words[i + 2]) or words[i + 2] in NATO):  # "the word alpha": alpha
        return 2
    if words[i] == "word" and i + 1 < len(words) and escapable(words[i + 1]) and (
            (i == 0 or words[i - 1] in SPACE_WORDS) and words[i + 2:i + 3] in ([], ["space"])
            or i and words[i - 1] in _INSIDE_ESCAPE and (
                words[i + 2:i + 3] in ([], ["space"]) or words[i + 2] in SYMBOL_WORDS)):
        return 1  # "word dot space …": the dot command; "mount underscore word point",
    #             "capital word hash colon": inside a name; not "dash dash word dash diff"
    if words[i] == "word" and i and words[i - 1] in ("dash", "minus", "hyphen") and \
            words[i + 1:i + 2] and (escapable(words[i + 1]) or words[i + 1] == "word") and \
            words[i + 2:i + 3] in ([], ["space"]):
        return 1  # "dash dash show dash word hash space": --show-hash; "dash word word": -word
    if words[i] == "word" and words[i + 1:i + 2] and words[i + 1] in _NAMING_WORDS and (
            i == 0 or words[i - 1] in SPACE_WORDS or words[i - 1] in _INSIDE_ESCAPE or
            words[i - 1] in ("dash", "minus", "hyphen")):
        return 1  # "hyphen hyphen word all": --all; "word open s s l": openssl
    if words[i] in ("literal", "literally") and i + 1 < len(words) and \
            words[i + 1] not in SPACE_WORDS and \
            (escapable(words[i + 1]) or words[i + 1] in NATO or (
                words[i] == "literal" and words[i + 1].isalpha())):
        return 1  # "literal for": the word, not the digit; "dash literal tree": -tree
    return 0


def escapable(word: str) -> bool:
    """A word "the word" can escape: one the protocol would read as a symbol, number or
    casing word ("the word point", "the word one")."""
    return word in SYMBOL_WORDS or word in _NUMBER_NAMES or word in SPACE_WORDS or \
        word in _PHRASE_WORDS or \
        word in {"capital", "caps", "cap", "uppercase", "lowercase", "quote", "all"}


_PHRASE_WORDS = {phrase[0] for phrase in SYMBOL_PHRASES}  # "the word forward": not "/"
_NAMING_WORDS = (_PHRASE_WORDS - set(SYMBOL_WORDS) - set(_NUMBER_NAMES)) | {
    "capital", "caps", "cap", "uppercase", "lowercase", "all", "case", "snake", "camel",
    "kebab", "pascal", "screaming"}
"""Words that only start a protocol phrase: "word" before one is always an escape."""
_INSIDE_ESCAPE = (set(SYMBOL_WORDS) - {"dash", "minus", "hyphen"}) | {"capital", "cap", "big"}
"""Words after which "word" escapes the next inside a name ("underscore word point")."""


def _numeric_neighbours(words: list[str], i: int) -> bool:
    def num(w: str) -> bool:
        return w.isdigit() or w in UNITS or w in TENS
    return 0 < i < len(words) - 1 and num(words[i - 1]) and num(words[i + 1])


def _join_letters(toks: list[Tok]) -> list[Tok]:
    """Spelled letters ("e n v") become one word ("env"); a letter before a slash starts a
    path of its own ("dash p a slash b" -> "-p a/b") unless it ends a spelled name ("slash
    t m p slash" -> /tmp/)."""
    if not [t for t in toks if (len(t.text) == 1 or t.spelled) and t.kind == WORD]:
        return toks  # no letter said alone: nothing to join
    out: list[Tok] = []
    for i, t in enumerate(toks):
        letter = len(t.text) <= 3 and t.kind == WORD and t.text.isalpha() and (
            len(t.text) == 1 or _doubled(t) or (i and _doubled(toks[i - 1]) and not t.asked and (
                t.text.isupper() or toks[i + 1:i + 2] and toks[i + 1].text == ":")))  # "T PS"
        if not letter:
            out.append(t)
            continue
        before_path = i + 1 < len(toks) and toks[i + 1].kind == SYM and toks[i + 1].text == "/"
        joinable = bool(out) and out[-1].kind == WORD and out[-1].text.isalpha() and (
            len(out[-1].text) == 1 or out[-1].spelled)
        in_name = joinable and out[-1].spelled and len(out[-1].text) >= 2  # "slash t m p slash"
        if joinable and (not before_path or in_name):
            out[-1] = Tok(out[-1].text + t.text, WORD, spelled=True,
                          asked=out[-1].asked or t.asked)
        else:
            out.append(t)
    return out


def _doubled(t: Tok) -> bool:
    """A letter said with "double" among spelled letters ("h double T P")."""
    return t.spelled and len(t.text) == 2 and t.text[0] == t.text[1]


def _symbols_set_off(toks: list[Tok]) -> bool:
    """Every "space" said stands beside a lone symbol ("gamescope dash R 30 space dash dash
    space make", "sensible dash editor space plus space index dot HTML"): said only where a
    listener could not hear the gap, in natural style."""
    parts: list[list[Tok]] = [[]]
    for t in toks:
        if t.kind == SPACE and t.text != ALONE:
            parts.append([])
        else:
            parts[-1].append(t)
    alone = [len(p) == 1 and p[0].text in ("--", "-", "+", ".", "..") for p in parts]
    return all(alone[k] or alone[k + 1] for k in range(len(parts) - 1)) and not all(alone)


_WRITTEN_NAME = re.compile(r"\w[./]\w")


def is_protocol_style(text: str | list[Tok]) -> bool:
    """Protocol style: the speaker says "space" between tokens ("git space status", "mac two
    unix space config dot yaml"). A "space" said only now and then, as in "kill dash nine
    space one two three four", is a separator inside natural style: there it changes what
    natural reading gives. Two or more, or one that natural reading would have put anyway
    after words no known command begins or with numbers or letters in them ("mac two unix
    space config dot yaml", "nagios four space dash d"), mean the words between them were
    said joined: protocol; unless every one stands beside a lone symbol (see
    ``_symbols_set_off``)."""
    toks = tokenize(text) if isinstance(text, str) else text
    spaces = [k for k, t in enumerate(toks) if t.kind == SPACE and t.text != ALONE]
    if len(toks) < 2 or not spaces:
        return False
    if len(spaces) == 1:
        tail = toks[spaces[0] + 1:]
        written = next((k for k, t in enumerate(tail) if t.kind == RAW and _WRITTEN_NAME.search(
            t.text)), None)
        if written and tail[written - 1].kind in (WORD, NUM):
            return False  # "pluma, space, plus 10 script.sh": words, then a name written out
    if toks[1].kind == SPACE and toks[1].text != ALONE:
        return True
    if len(spaces) >= 2:
        return not _symbols_set_off(toks)
    head = toks[:next(i for i, t in enumerate(toks) if t.kind == SPACE)]
    if head and head[-1].text == "/" and len(toks) > len(head) + 1 and \
            toks[len(head) + 1].text in ("-", "--"):
        return False  # "yek S R C slash, space, double dash JSON": a path's end, then a flag
    flag_after_name = len(head) > 1 and head[1].text in ("-", "--") and not head[0].spelled \
        and not head[0].asked and not head[1].asked and not (  # a said capital or "hyphen"
            len(head) > 2 and head[1].text == "-" and _verb_noun(head[0].text, head[2]))
    # makes one name ("capital get dash …", "udiskie hyphen …"), not a flag. Likewise one
    # "space" after an unknown name said joined ("cryfs dash unmount space …"):
    if len(head) == 3 and head[0].kind == head[2].kind == WORD and head[1].text == "-" and \
            len(head[2].text) >= 3 and not head[2].spelled and \
            head[0].text.lower() not in COMMANDS:  # not "find dash name space …"
        return True
    if not head or (any(t.kind == SYM for t in head) and (
            head[0].text.lower() in COMMANDS or flag_after_name)) or (
            head[0].text.lower() in COMMANDS and
            not any(t.kind == NUM or len(t.text) == 1 or t.spelled for t in head)):
        return False  # "git show dash index space …", "kubectl top space …": natural
    def letters(t: Tok) -> bool:
        return t.kind == WORD and (t.spelled or len(t.text) == 1)
    if head[0].text.lower() not in COMMANDS and not any(t.kind == SYM for t in head) and any(
            {a.kind, b.kind} == {NUM, WORD} and letters(a if a.kind == WORD else b)
            for a, b in zip(head, head[1:], strict=False)):
        return True  # spelled letters and a digit, then "space": "M 4 space", "I 2 C get"
    unspaced: list[Tok] = []  # as natural reading would take the words without "space"
    for t in toks:
        if t.kind == NUM and unspaced and unspaced[-1].kind == NUM:
            unspaced[-1] = Tok(unspaced[-1].text + t.text, NUM)
        elif t.kind != SPACE:
            unspaced.append(t)
    return render_natural(_numbered(toks)) == render_natural(_numbered(_join_letters(unspaced)))


def _glued_acronyms_off(toks: list[Tok]) -> list[Tok]:
    """Protocol style: capitals speech recognition wrote for an acronym said joined to a
    lower-case word or a number, or joined to one by _ or - ("CSV two TSV" -> csv2tsv,
    "source underscore IPV four", "API underscore key")
    are not the speaker's; asked-for casing and shell capitals (HEAD) stay."""
    def lowish(t: Tok | None) -> bool:
        return t is not None and (t.kind == NUM or (t.kind == WORD and t.text.islower()))

    if not _has_capitals(toks):
        return toks  # most dictations: no capital to look at
    out = list(toks)
    for i, t in enumerate(toks):
        if t.kind == WORD and not t.asked and len(t.text) > 1 and t.text.isupper() and \
                t.text not in KEEP_CAPS:
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if prev is not None and prev.text in ("_", "-") and i > 1:
                prev = toks[i - 2]
            if nxt is not None and nxt.text in ("_", "-") and i + 2 < len(toks):
                nxt = toks[i + 2]
            if lowish(prev) or lowish(nxt):
                out[i] = Tok(t.text.lower(), WORD, t.spelled)
        elif t.kind == WORD and not t.asked and t.text[:1].isupper() and t.text[1:].islower() \
                and i and lowish(toks[i - 1]):  # "K Docker" -> kdocker
            out[i] = Tok(t.text.lower(), WORD, t.spelled)
    return out


_LOOP_WORDS = {"for", "while", "until", "select", "if", "case", "do"}  # take no subcommand


def _forgot_space(prev: Tok, t: Tok, second: bool, tools: frozenset[str] = frozenset()
                  ) -> bool:
    """Protocol style, a "space" a speaker left out where no shell word joins: before a
    long flag ("summary dash dash individual"), after sudo, between a tool and its
    subcommand ("git status", an installed "wrangler dev": no wranglerdev installed)."""
    if (t.kind == SYM and t.text == "--") or (t.kind == RAW and t.text.startswith("--")):
        return prev.kind in PLAIN  # "--db" as Whisper wrote it, too
    low = prev.text.lower()
    return second and t.kind == WORD and (low == "sudo" or (
        low in SUBCOMMAND_HOSTS and t.text.lower() in SUBCOMMANDS) or (
        low in tools and low not in _LOOP_WORDS and len(low) >= 2 and len(t.text) >= 3 and
        t.text.isalpha() and not prev.spelled and not t.spelled and
        not t.asked and f"{low}{t.text.lower()}" not in tools))


def _flag_after_word(toks: list[Tok], i: int) -> bool:
    """Protocol style, "truncate dash s space …": a dash, one letter and then a space right
    after the command, its subcommand ("git space commit dash m space") or a file name is a
    short flag whose "space" before it was left out
    (another name may end so: "web-a")."""
    t, prev = toks[i], toks[i - 1]
    if t.kind != SYM or t.text != "-":
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    file_name = i >= 3 and toks[i - 2].text == "." and toks[i - 3].kind == WORD  # app.log-p
    subcommand = _subcommand_at(toks, i - 1) and prev.text.lower() in SUBCOMMANDS  # commit-m
    return (i == 1 or file_name or subcommand) and t.kind == SYM and t.text == "-" and \
        prev.kind == WORD and len(prev.text) >= 3 and \
        i + 1 < len(toks) and toks[i + 1].kind == WORD and len(toks[i + 1].text) == 1 and \
        (after is None or after.kind == SPACE)


def _is_word(t: Tok) -> bool:
    """A said word, not a number or spelled letters."""
    return t.kind != NUM and len(t.text) > 1 and not t.spelled


_NUMBERED_NAME = re.compile(r"(?i)(?:eth|enp|ens|eno|wlan|wlp|veth|sha|md|crc|blake)$")


def _identifier_number(toks: list[Tok], i: int) -> bool:
    """A number said inside a quote that belongs to its neighbour's name: an interface or a
    hash ("eth zero" -> eth0, "sha two five six" -> sha256), or a digit between two words
    ("s three cret" -> s3cret), or one word's number ("quote pattern one quote" -> "pattern1",
    as a speaker who says each space would say "Profile 1" with one). Among several words
    numbers keep their spaces ("main demo twenty twenty four")."""
    for j in range(i, max(i - 8, 0), -1):  # a name's parts are few
        a, b = toks[j - 1], toks[j]
        if a.kind == NUM and b.kind == WORD:
            after = toks[j + 1] if j + 1 < len(toks) else None
            return j > 1 and toks[j - 2].kind == WORD and len(a.text) == 1 or (
                j == i and len(b.text) == 1 and toks[j - 2].kind == SYM and
                after is not None and after.kind == SYM)  # sed's "quote one p quote": '1p'
        if a.kind != WORD or b.kind != NUM:
            return False
        after = toks[j + 1] if j + 1 < len(toks) else None
        if j == i and toks[j - 2].kind != WORD and (
                after is None or after.kind == SPACE or after.text in ('"', "'", ";", ",")):
            return True  # "quote pattern one quote", "dash option one": a name's number
        if _NUMBERED_NAME.match(a.text) or (
                len(b.text) == 1 and after is not None and after.kind == WORD):
            return True  # else "enp three s zero": the "s 0" goes with what "enp 3" began
    return False


def render_protocol(toks: list[Tok], tools: frozenset[str] = frozenset()) -> str:
    """Tokens joined, a space only where "space" was said; inside quotes words keep their
    spaces, unless the speaker says "space" inside that quote too, or the quote is code
    ("name one equals value one" -> name1=value1: only two words keep their space) or a
    number in a name ("eth zero", "sha two five six", "s three cret")."""
    toks = _glued_acronyms_off(toks)
    out: list[str] = []
    spaced_quote = code = listed = False
    in_quote = ""  # the quote mark open; another kind inside it is its text
    prev: Tok | None = None
    for i, t in enumerate(toks):
        if t.kind == SYM and t.text in ('"', "'", "`") and in_quote in ("", t.text):
            in_quote = "" if in_quote else t.text
            if in_quote:
                inside = toks[i + 1:next((j for j in range(i + 1, len(toks))
                                          if toks[j].text == t.text), len(toks))]
                spaced_quote = any(  # "space" said between two words in this quote
                    inside[j].kind == SPACE and {inside[j - 1].kind, inside[j + 1].kind} <= PLAIN
                    for j in range(1, len(inside) - 1))
                code = all(u.kind != SPACE for u in inside) and any(
                    u.kind == SYM and u.text not in PROSE_MARKS for u in inside)
                listed = all(u.kind != SPACE for u in inside) and any(
                    u.kind == SYM for u in inside) and not any(  # "FirstName,Age": names,
                    u.text in ("!", "?") for u in inside)  # not prose ("Hello World!")
        elif in_quote and not spaced_quote and prev is not None and \
                t.kind in PLAIN and prev.kind in PLAIN and not _identifier_number(toks, i) \
                and not (code and not (
                    _is_word(t) and _is_word(prev) and not t.asked)) and not (
                    listed and _capitalised(t) and _capitalised(prev) and t.text[1:].islower() and
                    prev.text[1:].islower()):  # "find capital one"; "capital first capital
            out.append(" ")  # name": FirstName, a name said in parts
        elif not in_quote and prev is not None and (i == 1 or t.text[:1] == "-") and (
                _forgot_space(prev, t, i == 1, tools) or _flag_after_word(toks, i)):
            out.append(" ")
        out.append(t.text)
        prev = t
    return _single_spaced("".join(out))


_SPACES = re.compile(r" {2,}")


def _single_spaced(text: str) -> str:
    return (_SPACES.sub(" ", text) if "  " in text else text).strip()


DOTFILES = {"env", "git", "gitignore", "bashrc", "zshrc", "profile", "ssh", "config", "vscode",
            "next", "venv", "npmrc", "cache", "local", "github", "dockerignore", "aws", "kube",
            "editorconfig", "prettierrc", "eslintrc", "terraform", "idea", "pytest_cache"}
SEPARATORS = SPACED | {";", "&"}
OPENERS, CLOSERS = {"[", "{"}, {"]", "}"}
COMMAND_SEPARATORS = {"|", "&&", "||", ";", "&"}  # a new command starts after these


_LONG_SINGLE = re.compile(r"-[A-Za-z][A-Za-z0-9]{2,}(?:=\S*)?")


def render_natural(toks: list[Tok], tools: frozenset[str] = frozenset()) -> str:
    """Spaced words; each symbol glues to its neighbours by the rules in :func:`_glue`
    (``tools``: installed programs, whose names say where a flag starts)."""
    words: list[str] = []  # finished words (a word may hold symbols: "-la", "src/utils")
    head: set[int] = set()  # indexes of words in command position (command, subcommand)
    glue_next, starts = False, True
    quote_open: dict[str, bool] = {}
    tool = toks[0].text.lower() if toks else ""
    depth = 0  # inside spoken brackets or braces nothing is spaced unless "space" is said
    for i, t in enumerate(toks):
        prev_space = i > 0 and toks[i - 1].kind == SPACE
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev_word = words[-1] if words else None
        at_head = bool(words) and len(words) - 1 in head
        left, right = _glue(t, prev_word, at_head, nxt, quote_open, tool, tools,
                            _absolute_at(toks, i)) if t.kind == SYM else (False, False)
        if left and t.kind == SYM and t.text == "-" and nxt is not None and \
                nxt.kind == WORD and len(nxt.text) >= 3 and prev_word and \
                prev_word[-1:].isalnum() and not prev_word.startswith("-") and \
                any(_LONG_SINGLE.fullmatch(w) for w in words[:-1]):
            left = False  # "-silent -d example.com | dnsx dash cname dash resp": this tool
            # takes long flags with one dash, so one more follows ("-cname -resp")
        if nxt is not None and nxt.text == ALONE:  # "develop dot, on its own"
            left = right = False
        elif prev_space and toks[i - 1].text == " " and t.kind == SYM and t.text == "-":
            left = False  # "bin space hyphen capital force": a "space" said is a space
        elif t.kind == SYM and t.text in ("/", "\\") and _help_switch_at(toks, i):
            left, right = False, True
        elif t.kind == SYM and t.text == "/" and left and _switch_after_switch(toks, i, prev_word):
            left = False  # "shutdown slash R slash T 0": Windows' switches, /r /t
        elif t.kind == SYM and t.text == "/" and left and _path_ends_at(toks, i, prev_word):
            if toks[i - 1].text == "/":
                left = False  # this slash starts /tmp: "docs/ /tmp"
            else:
                right = False
        if t.kind == SPACE:
            glue_next = False
            continue
        if t.kind == SYM and t.text in CLOSERS and depth:
            depth -= 1
        inside = depth > 0 and not (prev_space and words)
        if t.kind == SYM and t.text in OPENERS:
            depth += 1
        if t.kind == SYM and t.text in COMMAND_SEPARATORS and not inside:
            glue_next = False  # "projects slash double ampersand": && stands apart
        if words and (glue_next or left or inside):
            words[-1] += t.text
        else:
            words.append(t.text)
            if starts or (len(words) >= 2 and len(words) - 2 in head and (
                    words[-2] == "sudo" or (words[-2] in SUBCOMMAND_HOSTS and
                                            t.text in SUBCOMMANDS))):
                head.add(len(words) - 1)
        starts = t.kind == SYM and t.text in COMMAND_SEPARATORS
        glue_next = right
    return _single_spaced(" ".join(words))


_FIND_TESTS = {"type", "name", "iname", "exec", "execdir", "print0", "delete", "mtime", "mmin",
               "maxdepth", "mindepth", "newer", "perm", "regex", "not", "path", "size", "user"}
SINGLE_DASH_FLAGS = {"find": _FIND_TESTS, "fd": {"type"}, "java": {"jar", "version", "cp"}}
"""Word flags some tools take after one dash ("find logs dash type f")."""


@functools.lru_cache(maxsize=4)
def _name_starts(tools: frozenset[str]) -> frozenset[str]:
    """Every hyphenated start of an installed program's name ("systemd-ask" of
    systemd-ask-password): where a "hyphen" after a program's name still joins."""
    return frozenset(name[:i] for name in tools for i, ch in enumerate(name) if ch == "-")


def _path_ends_at(toks: list[Tok], i: int, before: str | None) -> bool:
    """Natural style, the slash at ``i`` ends a path: what follows starts a word of its own
    (a long flag, "~/", or /tmp, /proc, /sys): "backup slash dash dash out dir" ->
    "backup/ --out-dir", "docs slash tilde slash logs" -> "docs/ ~/logs", "docs slash slash
    t m p" -> "docs/ /tmp" (but "file colon slash slash slash tmp" stays file:///tmp)."""
    if not before or ":" in before or before == "/":
        return False
    if toks[i - 1].text == "/" and before.endswith("/"):
        return _absolute_at(toks, i)
    if not before[-1:].isalnum():  # "-i /~/x", "CONFIG=/~/x": the path starts at this slash
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is not None and after is not None and (
        nxt.text == "--" and after.kind == WORD or nxt.text == "~" and after.text == "/" or
        nxt.text == "/" and not before.endswith("/") and _absolute_at(toks, i + 1))


_SWITCH = re.compile(r"/[A-Za-z]{1,2}")


def _switch_after_switch(toks: list[Tok], i: int, before: str | None) -> bool:
    """Natural style, the slash at ``i`` follows a word that is a slash and a letter or two,
    and comes before another such word: a Windows switch after a switch ("/f /va"), not a
    path (no path has parts that short)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    return before is not None and _SWITCH.fullmatch(before) is not None and \
        nxt is not None and nxt.kind == WORD and len(nxt.text) <= 2 and nxt.text.isalpha() and \
        (after is None or after.kind in (SPACE, NUM) or after.text in SEPARATORS)


def _help_switch_at(toks: list[Tok], i: int) -> bool:
    """Natural style, "del slash question mark": Windows' help switch, /?, a word of its own
    (no path ends in "?"; a URL's "/?x=1" goes on after it)."""
    return i + 1 < len(toks) and toks[i + 1].text == "?" and (
        i + 2 == len(toks) or toks[i + 2].kind == SPACE or toks[i + 2].text in SEPARATORS)


def _absolute_at(toks: list[Tok], i: int) -> bool:
    """Natural style, the slash at ``i`` starts an absolute path ("foo slash t m p slash
    x", "alpha slash dev slash s d b one"): /tmp, /proc or /sys, or /dev before a device,
    with more path after it."""
    if toks[i].text != "/" or i + 1 >= len(toks):
        return False
    root, written, _ = toks[i + 1].text.lower().partition("/")
    if written:  # "slash tmp/report dot pdf": Whisper wrote the rest of the path
        return root in ROOT_DIRS
    if i + 3 >= len(toks) or toks[i + 1].kind != WORD or toks[i + 2].text != "/":
        return False
    return root in ROOT_DIRS or (root == "dev" and bool(_DEVICE.match(toks[i + 3].text.lower())))


def _glue(t: Tok, prev: str | None, at_head: bool, nxt: Tok | None,
          quotes: dict[str, bool], tool: str = "", tools: frozenset[str] = frozenset(),
          absolute: bool = False) -> tuple[bool, bool]:
    """(glue to the word before, glue the next token to this one) for natural style;
    ``absolute``: this slash starts a well-known absolute path (:func:`_absolute_at`)."""
    if t.kind != SYM:
        return False, False
    s = t.text
    if prev is None:
        return False, nxt is not None and s not in SEPARATORS
    flag = prev.startswith("-") and "=" not in prev  # "--config=~/x": a value follows
    at_command = at_head or flag or prev in (".", "..", "*", *SEPARATORS) or \
        prev.endswith(('"', "'"))
    if s == ";" and prev not in SEPARATORS:
        return True, False  # "done semicolon do": a list's ";" ends the word before it
    if s in SEPARATORS:
        return False, False
    if s == "+" and (prev[-1:].isalnum() and nxt is not None and nxt.text == "+" or
                     prev[-2:-1].isalnum() and prev.endswith("+")):
        return True, nxt is not None and nxt.text == "+"  # "g plus plus": g++, clang++
    if s in ('"', "'", "`"):
        opening = not quotes.get(s, False)
        quotes[s] = opening
        return (False, True) if opening else (True, False)
    if s == "-":
        if nxt is None:
            return False, False
        if nxt.kind == WORD and nxt.text in SINGLE_DASH_FLAGS.get(tool, ()) and not t.asked:
            return False, True  # find's "-type", java's "-jar"
        joined = f"{prev}-{nxt.text}".lower()
        if at_head and joined in tools:
            return True, True  # an installed program's name: "espeak hyphen N G"
        if at_head and _verb_noun(prev, nxt):
            return True, True  # PowerShell's Verb-Noun: "capital get dash capital history"
        if at_head and prev.lower() in tools and nxt.kind in (WORD, RAW, NUM) and \
                (not t.asked or (joined not in _name_starts(tools) and prev.islower())):
            return False, True  # after an installed program, a flag: "tcc dash run"
        if t.asked and nxt.kind in (WORD, RAW) and len(nxt.text) >= 3 and prev[-1:].isalnum():
            return True, True  # "hyphen": inside a name ("systemd hyphen ask hyphen password")
        short = nxt.kind in (WORD, RAW) and len(nxt.text) <= 2 and nxt.text.isalpha()
        if flag and not short and nxt.kind == WORD and len(prev) > 2:
            return True, True  # a long flag name: "--save-dev"
        if at_head and prev.isalnum() and prev not in COMMANDS and nxt.kind == WORD and \
                len(nxt.text) >= 3 and nxt.text not in COMMANDS and not nxt.spelled:
            return True, True  # a tool's hyphenated name: "mate-calc", "hd-idle"
        if (nxt.kind == NUM and set(prev) & set("./")) or (
                nxt.kind == WORD and not t.asked and (set(prev) & set("./") or prev.isdigit())):
            return False, True  # after a path or a number, a flag: "input.bundle -5", "100 -x"
        if at_command or short or nxt.kind == SYM:
            return False, True
        return True, True  # between two words: a hyphenated name ("api-server")
    if s == "--":  # "dash dash dash dash allow": "-- --allow"
        return False, not (nxt is not None and nxt.kind == SYM and nxt.text == "--")
    if s in (".", ".."):
        if nxt is None or (nxt.kind == SYM and nxt.text in SEPARATORS):
            return False, False  # "git add ." / "grep -r todo ."
        to_flag = nxt.kind == SYM and nxt.text in ("-", "--")
        if at_head and f"{prev}.{nxt.text}".lower() in tools:
            return True, True  # an installed program's name: "mkfs dot erofs"
        starts_path = (at_command and (flag or prev in (".", "..") or nxt.text in DOTFILES
                                       or s == ".." or prev_is_first(at_head, prev))) or (
            nxt.text in DOTFILES and prev[-1:].isalnum() and not set(prev) & set(":@/"))
        alone = s == "." and nxt.kind == SYM and nxt.text == "--" and prev[-1:].isalnum()
        return not starts_path and not alone, not to_flag  # "install dot dash dash build"
    if s == "/" and absolute and prev[-1:].isalnum() and (
            "/" not in prev or _EXTENDED.search(prev)) and \
            not quotes.get('"') and not quotes.get("'"):
        return False, True  # "graph dot gv slash t m p slash x": an absolute path starts
        # (after a file's name too: "~/main.wav /tmp/output.wav")
    if s in ("/", "\\"):
        if at_command and "=" not in prev and not (  # not a value: "X=src/projects"
                at_head and tools and prev.isalnum() and prev.lower() not in tools and
                prev.lower() not in COMMANDS) and not (
                prev.startswith(("/", "~/", "./", "../")) and
                "." not in prev.rsplit("/", 1)[-1]):  # "/usr/bin/env"
            return False, nxt is not None
        return True, nxt is not None and nxt.kind != SPACE
    if s == "~":
        revision = not at_command and nxt is not None and nxt.kind == NUM
        return revision, True
    if s == "!" and nxt is not None and (prev[-1:].isalnum() or prev in (".", "..")) and (
            nxt.kind == WORD or nxt.kind == SYM and nxt.text in ("-", "--")):
        return False, False  # "foo ! videoscale": gst's link, find's and test's "not" ("test
        # ! -d build")
    if s in ("$", "*", "#", "!", "+"):
        return s == "*" and prev.endswith(("/", ".", "=")), True
    if s == "(":
        return not at_command and prev[-1:].isalnum(), True  # a call: print(1)
    if s in ("[", "{", "<"):
        return False, True
    if s == "?" and "://" in prev and nxt is not None and nxt.kind == WORD:
        return True, True  # a URL's query: "example.com/?parameter=x"
    if s in (")", "]", "}", "?", ";"):
        return True, False
    if s in ("2>&",):
        return False, True
    return True, True  # : @ = _ , % ^ and the rest join both sides


def _verb_noun(verb: str, noun: Tok) -> bool:
    """Two capitalised words joined by a dash at the head: a PowerShell cmdlet's name
    (Get-History, Set-Location), not a command and its flag."""
    return len(verb) >= 3 and verb[0].isupper() and verb[1:].isalpha() and \
        verb[1:].islower() and noun.kind == WORD and len(noun.text) >= 3 and \
        noun.text[0].isupper() and (noun.text[1:2].islower() or noun.text.isalpha() and
                                    not noun.text.isupper())  # Get-WUApiVersion


def prev_is_first(at_head: bool, prev: str) -> bool:
    """A dot right after the command itself starts a dotfile name ("cat .env")."""
    return at_head and prev in COMMANDS


def _cased_parts_joined(toks: list[Tok]) -> list[Tok]:
    """Natural style: a mixed-case name said part by part is one word ("capital low capital
    qual" -> LowQual, "all caps wu capital api" -> WUApi): a part the speaker asked to
    capitalise joins one asked before it, unless both are in capitals."""
    if not any(t.asked for t in toks):
        return toks
    out: list[Tok] = []
    quoted = False
    joined = False  # out[-1] is parts joined so far ("LowQual"), open to one more
    for t in toks:
        quoted ^= t.kind == SYM and t.text in ('"', "'")
        if not quoted and _capitalised(t) and out and (joined or _capitalised(out[-1])) and \
                not (t.text.isupper() and out[-1].text.isupper()):  # OUTPUT ACCEPT: two words
            out[-1] = Tok(out[-1].text + t.text, WORD, asked=True)
            joined = True
        else:
            out.append(t)
            joined = False
    return out


def _capitalised(t: Tok) -> bool:
    """A word said "capital x…" (upper-case first letter, then lower case) or "all caps x…"."""
    return t.kind == WORD and t.asked and len(t.text) >= 2 and t.text[0].isupper() and \
        (t.text[1:].islower() or t.text.isalpha() and t.text.isupper())


_EXTENDED = re.compile(r"/[^/.]+\.(?!d$)[a-z][a-z0-9]{0,4}$")  # a path ending at a file's name


_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def _numbered(toks: list[Tok]) -> list[Tok]:
    """Natural style: a name said with its number is one word ("utf eight" -> utf8), and so
    is a spelled name with a digit in it ("W G E T 2" -> wget2, "B 2 SUM" -> b2sum)."""
    if not _has_digits(toks):
        return toks
    out: list[Tok] = []
    skip = -1
    series = _numbered_series(toks)
    for i, t in enumerate(toks):
        if i == skip:
            continue
        if t.kind == SYM or t.kind == SPACE:  # only words and numbers join here
            out.append(t)
            continue
        flag = len(out) > 1 and out[-2].kind == SYM and out[-2].text in ("-", "--")
        if t.kind == NUM and len(t.text) == 1 and out and out[-1].kind == WORD and \
                out[-1].text.lower() in series and not flag:
            out[-1] = Tok(out[-1].text + t.text, WORD)  # "unit 1 unit 2": unit1 unit2
            continue
        if t.kind == NUM and len(t.text) == 2 and len(out) >= 3 and out[-1].kind == NUM and \
                len(out[-1].text) == 2 and out[-2].text.lower() in ("p", "port") and \
                out[-3].text in ("-", "--"):
            out[-1] = Tok(out[-1].text + t.text, NUM)  # "--port 54 32": a port said in pairs
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.kind == WORD and len(t.text) == 1 and t.text.isalpha() and nxt is not None and \
                nxt.kind == NUM and len(nxt.text) <= 2 and out and out[-1].kind == WORD and \
                re.fullmatch(r"[A-Za-z]+\d{1,2}", out[-1].text) and \
                out[-1].text.rstrip("0123456789").lower() in NUMBERED_STEMS:
            out[-1] = Tok(out[-1].text + t.text.lower() + nxt.text, WORD)  # enp3s0
            skip = i + 1
        elif t.kind in (RAW, NUM) and "." in t.text and _DOTTED_NUMBER.fullmatch(t.text) and \
                out and out[-1].kind == WORD and out[-1].text in ("v", "V") and not flag:
            out[-1] = Tok("v" + t.text, WORD)  # "V 1.0": a version
        elif t.kind == NUM and len(t.text) <= 3 and out and out[-1].kind == WORD and \
                out[-1].text.lower() in NUMBERED_STEMS and (
                    len(t.text) == 1 or out[-1].text.lower() != "http") and (not flag or (
                    out[-2].text == "--" and out[-1].text.lower() in _NUMBERED_FLAGS)):
            out[-1] = Tok(out[-1].text + t.text, WORD, spelled=len(out[-1].text) == 1)
            # "--sha 1": --sha1, "--http 2"; "S 3": s3, spelled on ("s 3 c r e t": s3cret)
        elif t.kind == NUM and len(t.text) <= 2 and out and not flag and _spelled_name(
                out[-1], nxt) and not _dotted_after(toks, i):
            said = out[-1].text if out[-1].asked else out[-1].text.lower()  # XPATH1, asked
            out[-1] = Tok(said + t.text, WORD, spelled=True, asked=out[-1].asked)
        elif t.kind == WORD and out and out[-1].spelled and out[-1].text[-1:].isdigit() \
                and (t.spelled or len(t.text) == 1 or _acronym(t)):
            out[-1] = Tok(out[-1].text + t.text.lower(), WORD, spelled=True)
        else:
            out.append(t)
    return out


_NUMBERED_FLAGS = {"sha", "md", "utf", "ipv", "base", "http"}  # long flags with a number


def _dotted_after(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` starts an address or a version ("S F T P 10 period zero dot …")."""
    return i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 2].kind == NUM


def _numbered_series(toks: list[Tok]) -> set[str]:
    """Names said with a number: a word said before two different digits ("host 1 … host
    2", "unit 1 unit 2"), or before one where it is written joined to a digit elsewhere
    ("entry one dot T S src/entry2.ts"); not a command's name ("sleep 1; sleep 2")."""
    digits: dict[str, set[str]] = {}
    for a, b in zip(toks, toks[1:], strict=False):
        if a.kind == WORD and len(a.text) >= 2 and a.text.isalpha() and b.kind == NUM and \
                len(b.text) == 1 and a.text.lower() not in COMMANDS:
            digits.setdefault(a.text.lower(), set()).add(b.text)
    if not digits:
        return set()
    joined = {m.group(1).lower() for t in toks if t.kind in (RAW, WORD)
              for m in re.finditer(r"([A-Za-z]{2,})\d(?!\d)", t.text)}
    return {w for w, said in digits.items() if len(said) >= 2 or w in joined}


def _among_letters(words: list[str], i: int) -> bool:
    """Natural style, "double" and a letter among letters spelled out ("h double T P",
    "L double M S", "double W W dot"): the letter twice."""
    def letter(j: int) -> bool:
        return 0 <= j < len(words) and len(words[j]) == 1 and words[j].isalpha()
    return letter(i + 1) and (letter(i - 1) or letter(i + 2))


def _acronym(t: Tok) -> bool:
    return t.kind == WORD and not t.asked and t.text.isupper() and t.text not in KEEP_CAPS


def _spelled_name(before: Tok, after: Tok | None) -> bool:
    """A digit between letters spelled out (or Whisper's acronym capitals) is inside a
    name: "W A I F U 2 X", "I 2 C D E T E C T", "IMG 2 W E B P"."""
    def letters(t: Tok | None) -> bool:
        return t is not None and t.kind == WORD and (t.spelled or len(t.text) == 1 or _acronym(t))
    if before.kind != WORD or not letters(before):
        return False
    return (before.spelled and len(before.text) >= 2) or letters(after) or (
        after is not None and after.kind == SPACE)


def _caps_off(toks: list[Tok]) -> list[Tok]:
    """Speech recognition's capitals carry nothing outside quotes ("Docker space data space
    Alpine", "NumPy", "dash dash JSON"): a shell word is lower case unless the speaker asked
    for capitals ("capital", "all caps") or it is one in the shell (HEAD, README, a variable
    after $ or before =, an HTTP method after -X)."""
    if not _has_capitals(toks):
        return toks
    out, quoted = list(toks), ""
    for i, t in enumerate(toks):
        if t.kind == SYM and t.text in ('"', "'"):
            quoted = "" if quoted == t.text else quoted or t.text
        elif t.kind == WORD and not quoted and t.text[:1] == "'" and len(t.text) > 1:
            quoted = "" if t.text[-1] == "'" else "'"  # 'DejaVu Serif': written quotes
        elif quoted == "'" and t.kind == WORD and t.text[-1:] == "'":
            quoted = ""
        elif t.text in HTTP_METHODS and _http_method(toks, i):
            if out[i - 1].text == "x":
                out[i - 1] = Tok("X", WORD, asked=True)  # curl's -X before a method, not -x
        elif t.kind == WORD and not t.asked and not quoted and t.text not in KEEP_CAPS and \
                not t.text.islower() and not _variable(toks, i) and \
                not _cased_identifier(toks, i) and not (
                    _CAMEL.fullmatch(t.text) and t.text.lower() not in BRAND_WORDS):
            out[i] = Tok(t.text.lower(), WORD, t.spelled)
        elif t.kind == RAW and not t.asked and not quoted and "/" in t.text and \
                "://" not in t.text and _PATH_ACRONYM.search(t.text):
            out[i] = Tok(_PATH_ACRONYM.sub(lambda m: m.group(1).lower(), t.text), RAW,
                         t.spelled)
    return out


_PATH_ACRONYM = re.compile(r"(?:(?<=/)|^)(SRC|TMP|USR|VAR|ETC|LIB|BIN|SBIN|OPT|DEV|MNT)(?=/|$)")
"""A directory said as letters that Whisper wrote as an acronym: "SRC/report.txt", "/TMP/x"."""


def _underscore_chain(toks: list[Tok], i: int, part: Callable[[Tok], bool]) -> tuple[int, int]:
    """(first, last) index of the parts joined to ``toks[i]`` by ``_`` ("LD _ LIBRARY _
    PATH"), each one that ``part`` accepts."""
    a = i
    while a >= 2 and toks[a - 1].text == "_" and part(toks[a - 2]):
        a -= 2
    b = i
    while b + 2 < len(toks) and toks[b + 1].text == "_" and part(toks[b + 2]):
        b += 2
    return a, b


def _cased_identifier(toks: list[Tok], i: int) -> bool:
    """Every part of a name joined by ``_`` written with capitals ("Resource underscore Group
    underscore Name", "OLD underscore TABLE"): the transcript's casing is the name's."""
    a, b = _underscore_chain(toks, i, lambda t: t.kind == WORD)
    return b > a and not any(t.text.islower() for t in toks[a:b + 1:2])


_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]+)+|"  # "skipProject": no sentence's capital,
                    r"[A-Z]+[a-z0-9]+(?:[A-Z]+[a-z0-9]+)+")  # "VBoxManage", "FileCheck"
BRAND_WORDS = {"numpy", "scipy", "pytorch", "whatsapp", "github", "gitlab", "youtube", "pypi",
               "javascript", "typescript", "linkedin", "openai", "chatgpt", "tensorflow",
               "powershell", "iphone", "ipad", "macbook", "dropbox", "wordpress", "mysql"}
"""Names Whisper writes in their brand's casing ("NumPy", "WhatsApp"): in a command, the
package or host is lower case; other inner capitals are an identifier's ("VBoxManage")."""


HTTP_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}


def _http_method(toks: list[Tok], i: int) -> bool:
    """An HTTP method after ``-X`` or ``--request`` ("curl dash capital x POST")."""
    if toks[i].text not in HTTP_METHODS:
        return False
    before = [t.text.lower() for t in toks[max(0, i - 3):i] if t.kind != SPACE][-2:]
    return before in (["-", "x"], ["--", "request"])


def _variable(toks: list[Tok], i: int) -> bool:
    """An all-caps word in a variable's name: after ``$`` or before ``=``, its parts joined
    by ``_`` ("dollar LD underscore LIBRARY underscore PATH", "POSTGRES_PASSWORD=x")."""
    if not toks[i].text.isupper():
        return False
    a, b = _underscore_chain(toks, i, lambda t: t.text.isupper())
    return (a > 0 and toks[a - 1].text in ("$", "${")) or (
        b + 1 < len(toks) and toks[b + 1].text == "=")


def process(text: str, tools: frozenset[str] = frozenset()) -> str:
    """Dictated words to a command, in whichever style the text is in (``tools``: the
    installed programs, see :func:`tokenize`)."""
    toks = tokenize(text, tools)
    if is_protocol_style(toks):
        return render_protocol(_caps_off([Tok(" ", SPACE) if t.text == ALONE else t
                                          for t in toks]), tools)
    return render_natural(_caps_off(_numbered(_cased_parts_joined(toks))), tools)
