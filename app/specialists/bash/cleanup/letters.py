"""Letters and words as Whisper heard them, read as the speaker meant them, and what the
speaker says about how to write them: vocabulary Whisper wrote as other words ("mk dire"),
letter names and NATO words where a letter is due, "d as in delta", digits heard as words,
stutters, broken-off words and hyphens it wrote, casing said after a word, an article before a
symbol's name, "space key", a subcommand one letter off; spacing hints ("no spaces", "on its
own"), ", hyphenated", "in quotes", a word spelled or a symbol named again to confirm it, a
slot named before its value ("the value, that's 3"); and the transcript's words and casing."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.context import (
    _free_text_before,
    _is_command,
    _quote_open,
    _users_text,
)
from app.specialists.bash.cleanup.words import (
    COLON_AFTER,
    NUMBER_WORDS,
    PLAIN_ENGLISH,
    PROSE_BEFORE,
    SYMBOLISH,
)
from app.specialists.bash.vocabulary import (
    ALONE,
    COMMANDS,
    COMMON_WORDS,
    GLUED,
    HEARD_AS,
    HEARD_LETTERS,
    JOINED,
    LETTER_NAMES,
    NATO,
    SPLIT_WORDS,
    SUBCOMMAND_HOSTS,
    SUBCOMMANDS,
    SYMBOL_PHRASES,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)

_HEARD_MAX = max(len(k) for k in HEARD_AS)


def _inside_spelling(words: list[str], i: int, n: int) -> bool:
    """Letters ("r m") that are part of a longer spelled name ("test p a r m"); not a letter's
    own name ("P i griega": py)."""
    if len(words[i]) != 1 or words[i + 1:i + n] == ["griega"]:
        return False
    before = words[i - 1] if i else ""
    after = words[i + n] if i + n < len(words) else ""
    return len(before) == 1 and before.isalpha() or len(after) == 1 and after.isalpha()


def _words_apart(before: list[str]) -> bool:
    """Two words that could be one ("user name") said in a case run ("camel case get user
    name": getUserName) or in the user's own text after echo or a message flag ("dash m fix
    the file name")."""
    return "case" in before[-4:] or _free_text_before(" ".join(before))


_CAPITAL_AFTER = {"grande", "mayúscula", "mayuscula"}  # Spanish: the capital said after
_PLURALS = {"dots", "dashes", "slashes", "pipes", "quotes"}  # "minus dots": the flag -dots
BLANK_BEFORE = {"dash", "minus", "hyphen", "double", "tilde", "squiggle", "twiddle"}


def heard_as(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """Replace what Whisper writes for spoken command vocabulary ("mk dire" -> "mkdir"), and
    "blank" for "space" when said twice or before a flag or home ("compress blank minus d …",
    not "touch blank dot txt"); not a word that is itself an installed program ("grip"), nor
    a letter heard after a dash when the word ends an installed program's name (``X-word``
    installed)."""
    words = [_extension_heard(w) if "." in w else _EPENTHETIC.get(w.lower(), w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i].lower() in _CAPITAL_AFTER and len(out) > 1 and len(out[-1]) == 1 and \
                out[-1].isalpha() and out[-2] in _DASHES:  # "guion C grande": -C
            out[-1:] = ["capital", out[-1]]
            i += 1
            continue
        for n in range(min(_HEARD_MAX, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in HEARD_AS and not _inside_spelling(words, i, n) and not (
                    n == 1 and key[0].lower() in tools) and not (  # grip, installed
                    n == 1 and i > 1 and len(words[i - 1]) == 1 == len(words[i - 2]) and
                    words[i - 1].isalpha() and words[i - 2].isalpha() and
                    HEARD_AS[key] in COMMANDS) and not (  # "f b grab": fbgrab, not grep
                    key[0] == "dash" and out[-1:] in (["dash"], ["double"], ["minus"])) and \
                    not (HEARD_AS[key] == "grep" and out[-1:] in (["dash"], ["minus"])) and \
                    not (key == ("pipes",) and words[i + 1:i + 2] in (["dot"], ["dash"])) and \
                    not (key[0] in _PLURALS and out[-1:] in (["dash"], ["minus"], ["hyphen"])) and \
                    not (key == ("two", "minus") and (  # a flag's dashes, not "sixty two
                        out[-1:] and (out[-1].lower() in TENS or out[-1].isdigit()) or  # minus"
                        not words[i + 2:i + 3] or not words[i + 2].isalpha() or  # nor "-f 2-"
                        words[i + 2].lower() == "space")) and \
                    not (key == ("spaces",) and (i + 1 == len(words) or
                                                 out[-1:] in (["dash"], ["minus"]))) and \
                    not (n == 2 and key[0] in _DASHES and
                         _installed_dashed(out[-1:], key[1], tools)) and \
                    not (key in SPLIT_WORDS and _words_apart(out)) and \
                    not (key == ("tack",) and i + 1 == len(words)):  # Swedish "thanks"
                said = HEARD_AS[key].split()
                if n == 2 and key[1].isdigit() and not (out and out[-1].isdigit()) and \
                        not (words[i + 2:i + 3] and (words[i + 2].isdigit() or
                                                     words[i + 2] in ("double", "triple"))):
                    said = ["".join(said)]  # "colon double 2": :22 (digits run on: 1 0 0)
                out.extend(said)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    pairs = zip(out, out[1:], strict=False)
    if "space" not in out and (out.count("blank") >= 2 or any(  # an old hand's name for it
            w == "blank" and nxt in BLANK_BEFORE for w, nxt in pairs)):
        out = ["space" if w == "blank" else w for w in out]
    return out


_EPENTHETIC = {f"e{w}": w for w in {*SYMBOL_WORDS, "space"} if re.match(r"s[^aeiouy]", w)}
"""A protocol word with the vowel Persian and Spanish speakers put before "s" and another
consonant ("eslash", "espace", "estar")."""
_HEARD_EXTENSIONS = {"yamel": "yaml", "jason": "json"}
_EXTENSION = re.compile(r"(?<=\w\.)(?i:yamel|jason)(?=[,.!?]?$)")


def _extension_heard(word: str) -> str:
    """A file name Whisper wrote whole with a heard extension ("config.Yamel",
    "backup.Jason"): the extension as said (yaml, json)."""
    return _EXTENSION.sub(lambda m: _HEARD_EXTENSIONS[m.group(0).lower()], word)


def _letterish(w: str, inside: bool = False) -> bool:
    """A letter, or a letter's name; a command's ("tee") only ``inside`` a spelled word."""
    return (len(w) == 1 and w.isalpha()) or (w in HEARD_LETTERS and (
        inside or w not in COMMANDS))


_TOKEN_EDGES = {"space", "slash", "dot", "period", "point"}


def _between_letters(words: list[str], j: int) -> bool:
    """A command's letter name between two letters said alone ("H T tee P S"): a letter."""
    def lone(k: int) -> bool:
        return 0 <= k < len(words) and len(words[k]) == 1 and words[k].isalpha() and \
            words[k] not in ("a", "i")
    return words[j] in HEARD_LETTERS and lone(j - 1) and lone(j + 1)


_LITERAL_SAID = {"literal", "literally", "word", "palabra", "the"}  # a word said as itself
_NOUNS = {"wee", "tee", "bee", "pea", "tea", "sea", "queue", "cue", "gee", "jay"}
_NAMES_AS_WORDS = {"queue", "cue", "zed", "en", "el", "es"}  # a word too (a language, a tool)


def _spelled_in_tokens(words: list[str]) -> list[str]:
    """Protocol style ("space" said between tokens): letter names said one after another
    inside a token are letters, a command's ("tee") and "oh" among them too, once a rare
    name or a letter is in the run ("system see tee el" -> system c t l, "dee oh see tee
    el" -> d o c t l); everyday words alone ("bee see") only after a dot."""
    out = list(words)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (len(words[j]) == 1 and words[j].isalpha() or
                                  words[j] in HEARD_LETTERS or words[j] == "oh"):
            j += 1
        run = words[i:j]
        rare = [w for w in run if w not in COMMON_WORDS and w != "oh"]
        after_dot = i > 0 and words[i - 1] in ("dot", "period", "point")
        glued = len(run) == 1 and rare and run[0] not in COMMANDS and (
            _number_at(words, i - 1) or _number_at(words, j) or
            i > 0 and len(words[i - 1]) >= 3 and words[i - 1].isalpha() and
            words[i - 1] not in HEARD_LETTERS and words[i - 1] not in SYMBOL_WORDS and
            words[i - 1] not in _TOKEN_EDGES and words[i - 1] not in _LITERAL_SAID and
            run[0] not in _NAMES_AS_WORDS and words[j:j + 1] in ([], ["space"]))
        article = len(run) == 2 and run[0] == "a" and run[1] in _NOUNS  # "a wee", "a tee"
        if (len(run) >= 2 and (rare or after_dot) and not article or glued) and not _o_sea(run):
            out[i:j] = [HEARD_LETTERS.get(w, "o" if w == "oh" else w) for w in run]
        i = max(j, i + 1)
    return out


def _o_sea(run: list[str]) -> bool:
    """The run holds the Spanish "o sea" ("I mean"), not the letters o c."""
    return "sea" in run and run[run.index("sea") - 1:run.index("sea")] == ["o"]


def _number_at(words: list[str], k: int) -> bool:
    """``words[k]`` is a number, said or written."""
    return 0 <= k < len(words) and (words[k] in NUMBER_WORDS or words[k].isdigit())


def letters_heard(words: list[str]) -> list[str]:
    """Letter names Whisper wrote as words, read as letters inside a spelled run with a
    letter or two rare names in it ("slash tea em pea" -> t m p, "h t tea pea s" -> https,
    "a are pea spoof") and after a dot ("dot see" -> .c, "dot pee why" -> .py, but not a
    file type: file.el). A
    run of everyday words ("jay are you") and command names ("ar x", "tee x") are left."""
    protocol = "space" in words
    out = _spelled_in_tokens(words) if protocol else list(words)
    i = 0
    while i < len(words):
        inside = i > 0 and words[i - 1] in _TOKEN_EDGES or i == 0 and protocol  # "slash tee M
        # P space", "es tee tee why space alpha"
        j = i
        while j < len(words) and (_letterish(words[j], inside) or _between_letters(words, j)):
            j += 1
        if inside and j < len(words) and words[j] not in _TOKEN_EDGES:
            j = i
            while j < len(words) and _letterish(words[j]):
                j += 1
        run = words[i:j]
        if _o_sea(run):
            i = j
            continue
        if run[:1] == ["es"] and i and words[i - 1] in ("comando", "orden"):
            i += 1  # "el comando es F dupes": Spanish "is", then the letters
            continue
        named = [w for w in run if w in HEARD_LETTERS]
        letters = [w for w in run if len(w) == 1 and w not in ("a", "i")]
        rare = [w for w in named if w not in COMMON_WORDS]
        after_dot = i and words[i - 1] in ("dot", "period")
        digit_letter = len(run) == 1 and rare and i and (
            words[i - 1] in NUMBER_WORDS or words[i - 1].isdigit()) and \
            words[j:j + 1] in ([], ["space"]) and "space" in words  # "seven zed space": 7z
        if named and ((len(run) >= 2 and (letters or len(rare) >= 2 or after_dot and rare)) or (
                len(run) == 1 and after_dot and run[0] not in EXTENSION_WORDS) or digit_letter):
            out[i:j] = [w if w == "ar" and letters else HEARD_LETTERS.get(w, w)
                        for w in run]  # "U n AR": Whisper's capitals, the letters a r
        i = max(j, i + 1)
    return out


_DASHES = {"dash", "minus", "hyphen", "-"}
_NATO_CAPS = {"cap", "capital", "uppercase"}  # words before a capital letter


def _installed_dashed(before: list[str], word: str, tools: frozenset[str]) -> bool:
    """``before[-1]-word`` is an installed program's name (systemd-delta)."""
    return bool(before) and f"{before[-1]}-{word}".lower() in tools


def nato_letters(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """NATO alphabet words where a letter is due: after one dash ("dash oscar" -> -o; "ghc
    space dash echo" -> -e, not stty's "dash echo" nor "postman dash echo"; not "double dash
    alpha"), after "cap" ("dash cap papa" -> -P), in a run of two or more ("golf hotel" ->
    gh, "capital hotel capital sierra" -> HS; not one word said twice, "alpha alpha") and
    between digits ("three sierra zero" -> 3s0); not the end of an installed program's name
    ("systemd dash delta"). "dash alpha" is the flag -alpha unless another letter in the
    line is said in NATO words."""
    def at(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ""

    def spelled(k: int, step: int) -> bool:  # a NATO word next, a capital word between
        nxt = at(k + step)
        return at(k + 2 * step) in NATO if nxt in _NATO_CAPS else nxt in NATO

    out = list(words)
    lone_alpha: list[int] = []  # "dash alpha" alone: a letter only beside other NATO letters
    for i, w in enumerate(words):
        if w not in NATO or at(i - 1) == "literal":  # "literal alpha": the word
            continue
        single_dash = at(i - 1) in _DASHES and at(i - 2) not in _DASHES | {"double"} and not (
            at(i + 1) in _DASHES and at(i - 2).isalpha() and at(i - 2) not in SYMBOL_WORDS and
            at(i - 2) != "space") and not (  # "foo dash alpha dash test": foo-alpha-test
            i >= 2 and _installed_dashed(words[i - 2:i - 1], w, tools)) and \
            not _in_long_flag(words, i - 2)  # "dash dash str dash alpha": --str-alpha
        after_cap = at(i - 1) == "cap" or (at(i - 1) in _NATO_CAPS and at(i - 2) in _DASHES)
        run = (spelled(i, 1) and w != "echo") or spelled(i, -1)
        same = {at(i - 1), at(i + 1)} & {w}
        echo_ok = w != "echo" or at(i - 2) == "space" and "stty" not in "".join(words)
        if (single_dash and echo_ok) or after_cap or (run and not same) or (
                at(i - 1) in UNITS and at(i + 1) in UNITS):
            out[i] = NATO[w]
            if w == "alpha" and not (after_cap or run):  # "alfa": only ever the letter
                lone_alpha.append(i)
    if len(lone_alpha) == sum(a != b for a, b in zip(out, words, strict=True)):
        for i in lone_alpha:  # "pnmtorle dash alpha": the flag -alpha, as no letter else
            out[i] = words[i]  # was spelled so ("dash bravo … dash alpha": -b … -a)
    return out


def _in_long_flag(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is part of a flag opened by two dashes, said since the
    last "space" ("dash dash str" -> --str)."""
    while i > 0 and words[i] != "space":
        if words[i] in _DASHES and (words[i - 1] in _DASHES or words[i - 1] == "double"):
            return True
        i -= 1
    return False


EXTENSION_WORDS = {"el", "es", "en", "ex", "ar", "eye", "oh", "cue"}  # file.el, readme.es.md, .cue


def fix_subcommand(words: list[str], tools: frozenset[str] = frozenset()) -> list[str]:
    """A word right after git, npm, docker... that is one letter off a subcommand is that
    subcommand ("git ad" -> "git add", "npm tests" -> "npm test"); not a name part after a
    symbol word ("immich dash go slash": the slash stays a slash), nor a subcommand of its
    own ("cargo binstall", installed as cargo-binstall; "git ls-remote")."""
    import difflib

    out = list(words)
    for i in range(len(out) - 1):
        if out[i] in SUBCOMMAND_HOSTS - {"python", "python3"} and \
                out[i + 1] not in SUBCOMMANDS and out[i + 1] not in PLAIN_ENGLISH and \
                len(out[i + 1]) >= 2 and out[i + 1] not in SYMBOL_WORDS and \
                out[i + 1] not in NUMBER_WORDS and \
                "-" not in out[i + 1] and f"{out[i]}-{out[i + 1]}" not in tools and \
                (i == 0 or out[i - 1] not in SYMBOL_WORDS):
            close = difflib.get_close_matches(out[i + 1], SUBCOMMANDS, n=1, cutoff=0.8)
            if close and _one_edit(out[i + 1], close[0]):  # not "unpublish", "logging"
                out[i + 1] = close[0]
    return out


def _one_edit(a: str, b: str) -> bool:
    """``a`` becomes ``b`` by one letter added, dropped or changed, or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    k = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    return a[k + 1:] == b[k + 1:] or a[k:] == b[k + 1:] or a[k + 1:] == b[k:] or \
        a[k:k + 2] == b[k:k + 2][::-1] and a[k + 2:] == b[k + 2:]


def _words(text: str) -> list[str]:
    """Lower-case words without the sentence punctuation Whisper adds ("Sleep 0.5." ->
    "sleep 0.5"); symbols Whisper wrote inside words are kept."""
    words = [w for w in re.split(r"\s+", text.strip().lower().replace(", ", " ")) if w]
    words = [w.rstrip(",") for w in words]
    words = [w[:-1] if w.endswith(":") and w[:-1] in COLON_AFTER else w for w in words]
    words = [re.sub(r"(?<=[^\W_]|['/])[.!?]+$", "", w)  # a sentence's end, not the help
             if not re.fullmatch(r"[.]+|/\?", w) else w for w in words]  # switch "/?"
    words = ["three" if w == "3" and k and words[k - 1] in ("python", "pip") else w
             for k, w in enumerate(words)]  # "python 3": python3; not "pueue stash 3 100"
    return [w for w in words if w]


def sentence_case_off(text: str) -> list[str]:
    """The transcript's words with their casing, except the capital speech recognition puts
    at the start of a sentence ("Git space status." -> "git space status.")."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        start = i == 0 or words[i - 1].endswith((".", "!", "?")) and not re.search(
            r"[a-z0-9]\.[a-z0-9]", words[i - 1].lower())
        if start and w[:1].isupper() and (w[1:].islower() or len(w) == 1 or
                                          not any(c.isalpha() for c in w[1:])):
            w = w[:1].lower() + w[1:]
        out.append(w)
    return out


def restore_case(cased: list[str], lowered: list[str]) -> list[str]:
    """``lowered`` (cleaned words) with the casing they had in ``cased`` (the transcript's
    words), matched in order; words cleanup made up stay as they are."""
    import difflib

    bare = [re.sub(r"[,.!?;:]+$", "", w) or w for w in cased]
    keys = [w.lower() for w in bare]
    kept = [re.sub(r"[,.!?;:]+$", "", w) or w for w in lowered]  # 'echo "Hello"; …': the ;
    out = list(lowered)  # words cleanup made up stay as they are
    matcher = difflib.SequenceMatcher(None, keys, kept, autojunk=False)
    for a, b, n in matcher.get_matching_blocks():
        for k in range(n):
            out[b + k] = bare[a + k] + lowered[b + k][len(kept[b + k]):]
    return out


_HYPHENATED = re.compile(r"(?i)((?:[a-z][a-z0-9']* ){0,3}[a-z][a-z0-9]*),\s*hyphenated\b[,.]?")
_NOT_IN_NAME = {"is", "type", "run", "now", "then", "next", "so", "it's", "one's", "in", "the",
                "a", "and", "want", "you", "what", "right", "this", "that's", "pop", "bung"}


def _outside_name(word: str) -> bool:
    """Framing, a command ("pip install …") or a symbol's word: where a hyphenated name
    said before ", hyphenated" cannot start."""
    return word in _NOT_IN_NAME or _is_command(word) or word in SYMBOL_WORDS or \
        word in ("install", "space", "double", "dash")


def hyphenated(text: str) -> str:
    """ "drupal check, hyphenated": the words said before it are one hyphenated name
    (drupal-check), back to the first that is framing ("Next one's", "type")."""
    def join(m: re.Match) -> str:
        words = m.group(1).split()
        k = len(words) - 1  # the last word is the name's, whatever it is ("dry run")
        while k > 0 and not _outside_name(words[k - 1].lower()):
            k -= 1
        name = words[k:]
        return " ".join(words[:k] + ["-".join(name)]) if len(name) >= 2 else m.group(0)

    return _HYPHENATED.sub(join, text)


_IN_QUOTES = re.compile(r"(?i)(?<![\w\"'])([\w./:@~-]+) in (single )?(?:inverted commas|quotes|"
                        r"double quotes|quotation marks|speech marks)\b")
_QUOTED_NOT = {"it", "them", "this", "that", "name", "text", "value", "string", "everything",
               "one", "put", "wrap", "word", "words"}


def in_quotes(text: str) -> str:
    """ "-name demo in inverted commas": the word before it, quoted ("demo")."""
    def quote(m: re.Match) -> str:
        before = text[:m.start()].split()[-1:]
        if m.group(1).lower() in _QUOTED_NOT or m.group(1).lower() in SYMBOL_WORDS or \
                before and before[0].lower() in SYMBOL_WORDS:  # "dollar HOME in quotes"
            return m.group(0)
        mark = "'" if m.group(2) else '"'
        return f"{mark}{m.group(1)}{mark}"

    return _IN_QUOTES.sub(quote, text)


_HINT = re.compile(r"(?i),?\s*\b(no spaces?|all one word|on its own|one word lang|isang word|"
                   r"dikit lahat|lian qilai|todo junto)\b[,.?!]?(?=\s|$)|"
                   r",\s*((?:in |as )?one word|all together|together|junto)\b[,.?!]?(?=\s|$)")
# "NTP date, one word,", "hex edit, all together,"


_GROUP_JOINED = re.compile(  # ", jar signer, in one word,": the words since the last pause
    r"(?i)(?:^|(?<=[,.:;]\s))((?:[a-z0-9]+ ){1,3}[a-z0-9]+),\s*(?:(?:in |as )?one word|"
    r"all together|no space|together|junto|todo junto|lian qilai)\b[,.?!]?(?=\s|$)")


_NOT_PIECES = {"space", "capital", "caps", "cap", "all", "case", "word", "the", "please",
               "type", "run", "write", "input", "enter", "execute", "command", "is", "next",
               "okay", "ok", "so", "now", "then", "and", "this", "one"}


def _groups_joined(text: str) -> str:
    """A speaker who pauses before a name said in pieces and says it is one word ("jar
    signer, in one word,", "FP sync, no space,", "hex edit, all together,"): the pieces since
    the pause are one word, the hint goes. Pieces with a protocol word in them ("PG under bar
    rec v, all together") are left to the spacing hint."""
    def join(m: re.Match) -> str:
        words = m.group(1).split()
        if _quote_open(text[:m.start()]) or any(
                w.lower() in _SYMBOL_PARTS or w.lower() in _NOT_PIECES or
                w.lower() in NUMBER_WORDS for w in words):
            return m.group(0)  # "M three six five, one word": the number is read first
        return "".join(words) + ","
    return _GROUP_JOINED.sub(join, text)


def spoken_hints(text: str) -> str:
    """A speaker's spacing hints as marks the reader keeps apart from the words: "who am I,
    no spaces" (the last words said one after another are one shell word) and "dot, on its
    own" (the symbol stands alone); never a correction's "no", never inside quotes, nor a
    value "no" and the space after it ("checking equals no space ubuntu")."""
    text = _groups_joined(text.translate(_SENTINELS))  # the marks are ours: out of what
    #                                                    was said

    def mark(m: re.Match) -> str:
        before = text[:m.start()].split()[-1:]
        if _quote_open(text[:m.start()]) or (
                before and before[0].lower() in ("equals", "equal", "colon", *_CASED_NEXT) and
                m.group(0).strip().lower() == "no space"):  # "… equals no space ubuntu"
            return m.group(0)
        said = (m.group(1) or m.group(2)).lower()
        return " " + (ALONE if said == "on its own" else JOINED) + " "

    def glue(m: re.Match) -> str:  # Dragon's "get no space cap arch": getArch
        before = text[:m.start()].split()[-1:]
        if _quote_open(text[:m.start()]) or before and before[0].lower() in (
                "equals", "equal", "colon", *_CASED_NEXT):  # "all caps no space x": -NO x
            return m.group(0)
        return f" {GLUED} "

    return _HINT.sub(mark, _GLUE_SAID.sub(glue, text))


_CASED_NEXT = ("caps", "capital", "cap", "capitals", "uppercase")  # the next word is cased
_GLUE_SAID = re.compile(r"(?i)(?<=[\w.])\s+no[- ]?space\s+(?!(?:on|off)\b)(?=\w)")
_SENTINELS = {ord(c): " " for c in (JOINED, ALONE, GLUED, "\u21ba")}
_SPELLED_AGAIN = re.compile(r"(?i),\s+(?:(?:that's|that is|that's spelled|spelled)\s+)?"
                            r"([a-z0-9](?:-[a-z0-9])+)(?=[\s,.!?]|$)")
_SYMBOL_AGAIN = re.compile(r"(?i),\s+that's\s+(?:a\s+|an\s+)?(?:forward slash|slash|backslash|"
                           r"double dash|two dashes|dash|hyphen|tilde|pipe|dot|period|colon|"
                           r"underscore|star|asterisk)(?:\s+[a-z])?(?:,\s+(?:as in|like)\s+"
                           r"(?:minus|a period|period|a hyphen)|,\s+capital\s+[a-z])?"
                           r"(?=[,.!?]|$)")
_CASE_AGAIN = re.compile(r"(?i)(?<=\S),\s+all (lowercase|lower case|caps|uppercase)(?=[,.!?]|$)")


_SPELL_IT = re.compile(r"(?i)(?<![\w-])[\w'-]+,?\s+(?:let me spell (?:it|that)|i'll spell it|"
                       r"spell that),?\s+([a-z0-9](?:-[a-z0-9])+|(?-i:[A-Z0-9](?: [A-Z0-9])+))"
                       r"(?=[\s,.!?]|$)")

_SYMBOL_NAMES = "|".join(sorted((re.escape(w) for w in SYMBOL_WORDS), key=len, reverse=True))
_DESCRIBED_SYMBOL = re.compile(  # "the little line thing, the dash,": the name says it (not
    # an apology's object: "sorry about the line, dash la")
    r"(?i)(?<!about )(?<!for )\b(?:the|a|two|three)\s+(?:[a-z]+[ -]){0,2}(?:line|lines|one|"
    r"ones|thing|things|"
    r"star|squiggle|mark|marks)(?:\s+thing)?,\s+(?=(?:(?:the|a|two|three)\s+)?(?:"
    rf"{_SYMBOL_NAMES}|dashes|slashes)\b)")


_LETTER_OR_DIGIT = re.compile(  # "…, is that an L or a one? It's an L,": the doubt settled
    r"(?i),?\s*is that (?:an? )?(?:[a-z]|one|zero|oh|o)\b or (?:an? )?(?:[a-z]|one|zero|oh|o)\?"
    r"\s*it's (?:an? )?(?:[a-z]|one|zero|oh|o)\b[.,]?")


def confirmations_off(text: str) -> str:
    """What a careful reader says to confirm what was just said: a symbol described before
    its name ("the squiggly one, tilde"), a word spelled out after
    it ("metaflac, that's m-e-t-a-f-l-a-c,"; "Iko, let me spell it, i-c-o" and Dragon's
    "clea, spell that, C L E A N" are the spelling), the
    name of a symbol just said (", that's a forward slash"), its casing (", all
    lowercase"; ", all caps" raises the word)."""
    def spelled(m: re.Match) -> str:
        before = re.sub(r"\W", "", text[:m.start()].split()[-1].lower()) if \
            text[:m.start()].split() else ""
        return "" if before == m.group(1).replace("-", "").lower() else m.group(0)

    text = _LETTER_OR_DIGIT.sub(",", _DESCRIBED_SYMBOL.sub("", text))
    text = _SPELL_IT.sub(lambda m: re.sub("[- ]", "", m.group(1)).lower(), text)  # "Iko, let
    text = _SYMBOL_AGAIN.sub("", _SPELLED_AGAIN.sub(spelled, text))  # me spell it, i-c-o"
    out, last = [], 0
    for m in _CASE_AGAIN.finditer(text):
        word_at = text.rfind(" ", 0, m.start()) + 1
        word = text[word_at:m.start()]
        out.append(text[last:word_at])
        up = m.group(1).lower() in ("caps", "uppercase") and word.isalpha()
        out.append(f"all caps {word}" if up else word)
        last = m.end()
    return "".join(out) + text[last:]
_SPELLED_AS = re.compile(r"\b([A-Za-z]),? (?:as in (\w+)|(?:for|of|like) ([A-Z][a-z]+))\b")


_SPOKEN_PARTS = {*SYMBOL_WORDS, *UNITS, *TENS, "double", "forward", "back", "greater", "less",
                 "than", "single", "open", "close", "question", "mark", "sign"}
_HYPHENED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


_STUTTER = re.compile(r"(?<![\w.-])(((?=\d*[a-z])[a-z0-9]{1,3})-(?:\2-)*)(?=\2[\w])",
                      re.I)  # letters in it: not a range, "1-10", "10.0.0.1-10.0.0.5"
_PROLONGED = re.compile(r"(?<![\w-])([fhlmnrsvz])\1{2,}(?=[a-z]{2})", re.I)  # a sound held
_WORD_PREFIXES = {"re", "co", "de", "pre", "un", "non", "sub", "bi", "tri", "mid", "pro"}


def stutters_off(text: str) -> str:
    """A stutter Whisper wrote out is the word once: "g-g-git", "bo-bo-bootstrap",
    "li-linkchecker", "sssrc" (a sound held: three or more of a first f, l, m, n, r, s, v, z
    or h; not "www", "pppd"); not an English prefix said once ("re-read", "co-author")."""
    def once(m: re.Match) -> str:
        times = m.group(1).count("-")
        return m.group(0) if times == 1 and m.group(2).lower() in _WORD_PREFIXES else ""

    return _PROLONGED.sub(r"\1", _STUTTER.sub(once, text))


def hyphens_heard(text: str) -> str:
    """Spoken symbol and number words Whisper joined with a hyphen ("minus-minus",
    "forward-slash", "greater-than", "sixty-four") are two words; "dry-run" stays. A flag's
    dashes Whisper wrote apart ("- -name", "dash -poweroff", "- H") are one flag."""
    def split(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        return f"{a} {b}" if a.lower() in _SPOKEN_PARTS and b.lower() in _SPOKEN_PARTS else \
            m.group(0)

    text = _EXTENSION_SPELLED.sub(lambda m: "." + "".join(m.group(1).split()).lower(), text)
    text = _EXTENSION_APART.sub(lambda m: m.group(0) if m.group(1).lower() in SYMBOL_WORDS
                                else f"{m.group(1)}.{m.group(2)}", text)  # not "star .txt"
    text = _CASE_NAMED.sub(_case_named, _DASH_APART.sub("-", text))
    text = _CAPITAL_HYPHENED.sub(r"capital \1", _ALL_CAPS_HYPHENED.sub("all caps", text))
    return _LETTERS_HYPHENED.sub(lambda m: m.group(1).replace("-", "").lower(),
                                 _HYPHENED.sub(split, text))


_EXTENSION_APART = re.compile(  # "all caps README .md": an extension Whisper wrote apart
    r"(?<![\w.])([A-Za-z0-9]+)\s+\.(md|txt|py|json|ya?ml|sh|log|csv|pdf|png|jpe?g|html|xml|toml|conf|"
    r"ini|js|ts|zip|gz|tar|iso|img|deb|rpm)(?=[\s,.!?]|$)")
_CAPITAL_HYPHENED = re.compile(r"(?i)\bcapital-([a-z])\b")  # "dash capital-F": -F
_EXTENSION_SPELLED = re.compile(  # "notes.P N M": Whisper glued a spelled extension's first
    r"(?<=[a-z0-9])\.([A-Z](?: [A-Z]){1,4})(?=[\s,.!?]|$)")  # letter to the dot: .pnm
_CASE_NAMED = re.compile(  # "snake-case", "snake_case", "CamelCase", "kebap case": a casing
    r"(?<![\w/-])(?i:(snake|kebab|kebap|kebob|camel|pascal|screaming)[-_]case|"
    r"(kebap|kebob)(?= case)|"
    r"(Snake|Kebab|Camel|Pascal)Case)(?![\w/-])")  # run's name, "snake case"


def _case_named(m: re.Match) -> str:
    name = (m.group(1) or m.group(2) or m.group(3)).lower().replace("kebap", "kebab").replace(
        "kebob", "kebab")
    return name if m.group(2) else f"{name} case"


_ALL_CAPS_HYPHENED = re.compile(r"(?<![\w/-])(?i:all-caps)(?![\w/-])")
_DASH_APART = re.compile(r"(?<=\w[\s,])(?:-|(?i:dash))\s+(?=-[A-Za-z])|"  # "- -name", "dash -cve"
                         r"(?<=\w )-\s+(?=[A-Za-z0-9](?:[\s,.]|$))")  # "- H localhost", "- 1"


_LETTERS_HYPHENED = re.compile(  # "P-I-P": pip; "all one word" after it says nothing more;
    r"(?<![\w/\[-])([A-Z](?:-[A-Z])+)(?![\w/\]-])"  # a range in a pattern (y/A-Z/, [A-F]) stays
    r"(?:,?\s*all one word\b(?=[,.]?\s|[,.]?$))?")


_NAMED_SYMBOLS = set(SYMBOL_WORDS) - {"dot", "period", "point", "at", "and"}  # "the dot": "."
_SYMBOL_PARTS = set(SYMBOL_WORDS) | {w for phrase in SYMBOL_PHRASES for w in phrase}


def _caps_after(words: list[str]) -> list[str]:
    """ "head in capitals", "readme in caps", "README in big letters": the casing said
    after the word, as French, Irish and Slavic speakers do, is "all caps head"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        said = next((n for n in _CAPS_AFTER if tuple(words[i:i + len(n)]) == n), None) \
            if words[i] in ("in", "em") else None
        if said and out and out[-1] not in HEARD_CASE and out[-1].isalpha():
            out[-1:] = ["all", "caps", out[-1]]
            i += len(said)
            continue
        out.append(words[i])
        i += 1
    return out


_CAPS_AFTER = [tuple(p.split()) for p in (  # the longest first
    "in all capital letters", "in capital letters", "in all caps", "in big letters",
    "in upper case", "in capitals", "in caps", "in uppercase",
    "em maiúsculas", "em maiusculas")]  # Portuguese: "in capitals"


HEARD_CASE = {"all", "caps", "capital", "in"}


def _article_off(words: list[str]) -> list[str]:
    """ "the squiggle slash projects", "the star dot hs", "gradle clean, a double dash
    info": an article before a symbol's name is speech, not part of the command (outside
    the user's own text; "dash x a dash f" and "bracket a dash z" are letters)."""
    out: list[str] = []
    for i, w in enumerate(words):
        if (w == "the" and i + 1 < len(words) and words[i + 1] in _NAMED_SYMBOLS or
                w == "a" and words[i + 1:i + 2] in (["squiggle"], ["tilde"]) or
                w == "a" and words[i + 1:i + 2] in (["dash"], ["double"], ["minus"]) and
                out and len(out[-1]) > 1 and out[-1].isalpha() and
                out[-1] not in _SYMBOL_PARTS | NUMBER_WORDS | {"space"}) and \
                not _users_text(out):
            continue
        out.append(w)
    return out


_CUT_OFF = re.compile(r"(?<![\w-])([A-Za-z0-9]+)-(?:,?\s+(?:(?:uh|um|er|erm|ah|hmm),?\s+)*"
                      r"(?=\1)|,\s+(?:(?:uh|um|er|erm|ah|hmm),?\s+)*)", re.IGNORECASE)


def cut_off(text: str) -> str:
    """A word Whisper wrote broken off ("wa-, walker", "exa-, uh, example", "ma-, um,
    packwiz …") is not said; a dash's name said twice ("minus- minus show": --show) is two.
    Broken off before the command is said again ("hg bra- hg branch"), what came before goes."""
    def off(m: re.Match) -> str:
        twice = m.group(1).lower() in _DASHES and re.match(
            rf"(?i){m.group(1)}\b", text[m.end():])
        return m.group(1) + " " if twice else ""

    def spelled_on(m: re.Match) -> str:  # "Nose- N O S E Y P A R K E R": spelled after
        said = "".join(m.group(2).split()).lower()
        return "" if said.startswith(m.group(1).lower()) else m.group(0)

    text = _SPELLED_AFTER_CUT.sub(spelled_on, _CUT_OFF.sub(off, text))
    return _RESTARTED_AT_CUT.sub("", text)


_SPELLED_AFTER_CUT = re.compile(r"(?<![\w-])([A-Za-z]{2,6})-\s+(?=((?:[A-Za-z] ){2,}))")


_RESTARTED_AT_CUT = re.compile(  # "hg bra- hg branch", "tail space dash n … da- tail …":
    r"(?i)(?<![\w-])([a-z][\w.-]+)(?=\s)(?:\s+[^\s.!?]+){0,14}?\s+[a-z]{1,6}-\s+"
    r"(?:(?:uh|um|er|erm|ah|hmm),?\s+)*(?=\1(?![\w-]))")  # broken off, the command said again


_SLOT_THATS = re.compile(r"(?i)(?:,\s*|\b)(?:and )?(?:then )?the (?:value|file|path|location|"
                         r"name|directory|folder|url|port|number|[a-z]+ file)(?: for [a-z ]+?)?,"
                         r"\s*that's\s+(?=\S)")


def slot_named_off(text: str) -> str:
    """ "then the value, that's 3", "and then the path, that's /bin/bash": a part named
    before it is said; only what is said stays (not inside quotes)."""
    m = _SLOT_THATS.search(text)
    while m and not _quote_open(text[:m.start()]):
        text = text[:m.start()] + " " + text[m.end():]
        m = _SLOT_THATS.search(text)
    return text


def phonetic_letters(text: str) -> str:
    """A letter said with a word that starts with it ("d as in delta", "s of Sevilla", "P for
    Peter") or as "the letter p" is that letter; "a for loop" is not (the word must be a
    name, or "as in"). Filipino English's polite "po" before a pause goes ("… enter po.",
    "sorry po,"), not a word after a symbol ("dot po")."""
    def letter(m: re.Match) -> str:
        word = m.group(2) or m.group(3)
        return m.group(1) if word[0].lower() == m.group(1).lower() else m.group(0)

    return _SPELLED_AS.sub(letter, _THE_LETTER.sub(r"\1", _PO.sub("", text)))


_THE_LETTER = re.compile(r"(?i)\b(?:just )?the letter ([a-z])\b")  # "dash just the letter p"
_PO = re.compile(r"(?i)(?<!\bdot)(?<!\bpoint)(?<!\bperiod)(?<!\bstop)(?<!\bdash)(?<!\bminus)"
                 r"(?<!\bhyphen)"
                 r",?\s+po\b(?=[,.!?]|\s*$)")  # Filipino English's "po" ("… enter po.")

DIGIT_HEARD_AS = {"for": "four", "to": "two", "too": "two"}


def _digits_misheard(words: list[str]) -> list[str]:
    """Protocol style, a token ending in "for" or "to" (no "space" before it) after a digit
    or a word that opens the token: the digit Whisper wrote as a word ("one two three for"
    is 1234, "argument to" argument2); a speaker who says "space" glues nothing to "to"."""
    if "space" not in words:
        return words
    out = list(words)
    for i in range(1, len(out)):
        end = i + 1 == len(out) or out[i + 1] == "space"
        if out[i] in DIGIT_HEARD_AS and end and out[i - 1] != "space" and (
                out[i - 1] in UNITS and UNITS[out[i - 1]] < 10 or
                out[i - 1].isalpha() and len(out[i - 1]) > 2 and out[i - 1] not in SYMBOLISH and
                out[i - 1] not in PROSE_BEFORE and out[i - 1] not in ("literal", "literally") and
                (i == 1 or out[i - 2] == "space")):  # "literal for": the word
            out[i] = DIGIT_HEARD_AS[out[i]]
    for i, w in enumerate(out):  # "four tree two one", "one point two period tree", "k tree s"
        if w in NUMBERS_HEARD and i > 0 and (
                _numeric(out[i - 1]) or i + 1 < len(out) and _numeric(out[i + 1]) or
                out[i - 1] in ("point", "period", "dot") and i > 1 and _numeric(out[i - 2]) or
                w == "tree" and len(out[i - 1]) == 1 and i + 1 < len(out) and
                len(out[i + 1]) == 1):
            out[i] = NUMBERS_HEARD[w]  # a Spanish speaker's "three", as Whisper writes it;
    return out  # "one nine too dot won six eight": 192.168


NUMBERS_HEARD = {"tree": "three", "won": "one", "too": "two"}
"""Number words Whisper writes as other words: read so beside another number."""


def _numeric(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


_JOINED_NAMES = {"spacekey": "space key", "hyphen-minus": "hyphen"}
_JOINED = re.compile(r"(?i)(?<![\w-])(spacekey|hyphen-minus)(?![\w-])")


def _names_joined_off(text: str) -> str:
    """Names Whisper writes as one word: "spacekey", and Unicode's "hyphen-minus" (one -)."""
    return _JOINED.sub(lambda m: _JOINED_NAMES[m.group(1).lower()], text)


_SPACE_KEY = re.compile(r"\bspace key\b(?=,? (\w+))?", re.I)
_STARTS_A_WORD = {"slash", "solidus", "forward", "tilde", "hyphen", "dash", "minus", "asterisk",
                  "star", "quote", "quotation", "apostrophe", "dollar", "backslash", "reverse"}
_GLUES_ON = {"dot", "period", "point", "underscore", "low", "colon", "equals", "equal"}


def _space_key_said(text: str) -> str:
    """ "space key" for the separator, from one who names the key ("cal space key test"):
    when most of the line's spaces are said so, each is a space and a "key" after it a word;
    else where every space is said so, or a symbol that starts a word follows ("space key
    solidus tmp"), unless "key" is glued to what follows ("space key dot pem")."""
    keys = _SPACE_KEY.findall(text)
    if not keys:
        return text
    spaces = len(re.findall(r"\bspace\b", text, re.I))
    if len(keys) >= 2 and 2 * len(keys) >= spaces:
        return _SPACE_KEY.sub(lambda m: m.group()[:5], text)

    def said(m: re.Match) -> str:
        after = (m.group(1) or "").lower()
        if after in _STARTS_A_WORD or len(keys) == spaces and after not in _GLUES_ON:
            return m.group()[:5]
        return m.group()
    return _SPACE_KEY.sub(said, text)


def _head_joined(text: str, tools: frozenset[str]) -> str:
    """In spoken protocol the words before the first "space" are one name: two or three
    that make a program's name are that program ("do as space …" doas, "what is space foo"
    whatis), not a lead-in or a question to leave out."""
    m = _FIRST_SPACE.search(text)
    if not m:
        return text
    head, sep, rest = text[:m.start()], m.group(), text[m.end():]
    words = head.lower().split()
    if not 1 < len(words) < 4 or not all(w.isalnum() for w in words) or \
            all(len(w) == 1 or w in HEARD_LETTERS for w in words):  # "d o t", "L ess":
        return text  # letters, joined later
    said = "".join(words)
    heard = words[:1] + [NUMBER_HEARD.get(w, w) for w in words[1:]]  # "B for": b4
    for name in (said, "".join(LETTER_NAMES.get(w, w) for w in heard)):  # "I oh stat"
        if name in tools or name in COMMANDS:
            return f"{name}{sep}{rest}"
    return text


_FIRST_SPACE = re.compile(r" space[,.]? ")
NUMBER_HEARD = {"for": "4", "to": "2", "too": "2", "won": "1"}
"""Digits Whisper wrote as words, inside a program's name said in parts ("B for": b4)."""
