"""Voice to bash, stage by stage, each stage timed in the trace.

cleanup -> segment -> gate -> processor, or LLM normalizer then processor -> post-check ->
safety. The pipeline only ever returns text: it never runs the command.

Routing with a trained normalizer (a bash adapter is active; see ``BashPipeline``):
protocol-style dictation without self-corrections stays on the processor (the fast path);
so does other dictation the rules can read when the gate is unsure a model is needed; the
normalizer reads the rest, whole. Without one: protocol-style dictation ("space" spoken)
goes to the processor; otherwise the gate's ``needs_llm`` head scores the cleaned command
words, and when it says no, or when the words are all dictation, the processor handles it.
The untrained LLM gets the rest; its answer must start with the same command word and use
only words that were said or protocol vocabulary, else the processor's reading is kept.
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.specialists.bash.cleanup import (
    FILLERS,
    FIX_WORDS,
    PROSE_BEFORE,
    Cleaned,
    clean,
    command_segment,
    without_closing,
)
from app.specialists.bash.cleanup.words import HESITATIONS
from app.specialists.bash.dragon import is_dragon, to_protocol
from app.specialists.bash.postcheck import post_check
from app.specialists.bash.processor import is_protocol_style, process
from app.specialists.bash.safety import Verdict, check
from app.specialists.bash.vocabulary import (
    ALONE,
    COMMANDS,
    GLUED,
    JOINED,
    SCALES,
    SPACE_WORDS,
    SUBCOMMAND_HOSTS,
    SUBCOMMANDS,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)
from app.specialists.bash.your_words import YourWords
from app.untrusted import for_display
from models.validate import ModelFileError
from runtimes.base import RuntimeLoadError

# Words that describe a command rather than dictate it.
DESCRIBING = {"the", "to", "of", "with", "my", "that", "this", "from", "into", "called",
              "named", "every", "show", "which", "what", "how", "current", "directory",
              "folder", "using", "contents", "files", "lines", "want", "see", "everything",
              "processes", "running", "an", "i", "it"}
MAX_CHARS = 2000

GateFn = Callable[[str], float]      # needs_llm probability
LlmFn = Callable[[str], str]         # dictated text -> protocol words


@dataclass
class Stage:
    name: str
    ms: float
    output: str
    note: str = ""


@dataclass
class BashResult:
    input: str
    output: str
    route: str
    stages: list[Stage] = field(default_factory=list)
    safety: Verdict = field(default_factory=lambda: Verdict(False))
    notes: list[str] = field(default_factory=list)

    @property
    def timings_ms(self) -> dict[str, float]:
        out = {s.name: round(s.ms, 3) for s in self.stages}
        out["total"] = round(sum(s.ms for s in self.stages), 3)
        return out

    def to_dict(self) -> dict:
        return {"input": self.input, "output": self.output, "route": self.route,
                "timings_ms": self.timings_ms, "safety": self.safety.to_dict(),
                "notes": self.notes,
                "trace": [{"stage": s.name, "ms": round(s.ms, 3), "output": s.output,
                           "note": s.note} for s in self.stages]}


PROTOCOL_VOCAB = (set(SYMBOL_WORDS) | SPACE_WORDS | set(UNITS) | set(TENS) | set(SCALES) | {
    "double", "greater", "less", "than", "open", "close", "paren", "brace", "bracket",
    "curly", "single", "capital", "all", "caps", "camel", "snake", "kebab", "pascal", "case",
    "screaming", "sign", "forward", "back", "vertical", "bar", "and", "or", "question", "mark",
    "two"})


def grounded(words: str, heard: str, near: bool = False) -> bool:
    """The LLM may only say protocol words, command names, flag letters (two at most) and
    words the user said (punctuation aside; "nvidia-smi" said gives "nvidia" and "smi", and
    two said words may be joined). With ``near`` (the trained normalizer, whose job is to
    mend slips: "yamel" → yaml, "temp" → tmp) a word close to a said one also counts."""
    said = re.findall(r"[a-z0-9']+", heard.lower())
    known = set(said) | {a + b for a, b in zip(said, said[1:], strict=False)} | set(
        re.findall(r"[a-z0-9]+", heard.lower()))

    def ok(w: str) -> bool:
        if w in known or w in PROTOCOL_VOCAB or w in COMMANDS or len(w) <= 2:
            return True
        return near and any(difflib.SequenceMatcher(None, w, s).ratio() >= 0.75
                            for s in known if abs(len(s) - len(w)) <= 3)

    return all(ok(w) for w in words.lower().split())


_COMPACT = re.compile(r"^(?=.*[A-Za-z0-9])(?=.*[./:@])[A-Za-z0-9./:@~_%+=-]+$")


def kept_verbatim(said: str, command: str) -> str:
    """What speech recognition already wrote as one shell word ("8.8.8.8", "config.yaml",
    "https://example.com/a") is copied as written: a near miss of it in the normalizer's
    command ("8.8.8.0") is put back. Casing is left to the reading."""
    words = command.split()
    heard = [w.rstrip(".,!?") for w in said.split()]
    heard = [w for w in heard if _COMPACT.match(w) and not w.endswith((".", ":"))]
    for token in heard:
        if token in command:
            continue
        near = [(difflib.SequenceMatcher(None, bare, token).ratio(), i, bare)
                for i, w in enumerate(words) for bare in {w, w.strip("\"'")}
                if bare.lower() != token.lower() and bare not in heard]
        best = max(near, default=None)
        if best and best[0] >= 0.8:
            words[best[1]] = words[best[1]].replace(best[2], token)
    return " ".join(words)


_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_TAKES_BACK = FIX_WORDS | {"mean"}  # "I mean" too


def quotes_kept(read: str, command: str) -> str:
    """The user's own quoted text as the rules read it, where the normalizer's copy of it
    only lost words ("fix the login page" -> "fix"); not where the speaker took words
    back inside the quote ("fix no wait update"), which is the normalizer's to read."""
    mine, theirs = _QUOTED.findall(read), _QUOTED.findall(command)
    if len(mine) != len(theirs):
        return command
    for said, written in zip(mine, theirs, strict=True):
        full, short = said[1:-1].split(), written[1:-1].split()
        rest = iter(w.lower() for w in full)  # any casing the normalizer gave them
        if said[0] == written[0] and len(short) < len(full) and \
                all(w.lower() in rest for w in short) and \
                not _TAKES_BACK & {w.lower().strip(",.") for w in full}:
            command = command.replace(written, said, 1)
    return command


def could_not_run(what: str, exc: Exception) -> str:
    """The note for a model that would not load: what failed and why, bounded."""
    return f"{what} could not run ({str(exc)[:200]}); the processor's reading is used"


SPELLED_RUN = 3  # chosen on the four dev sets


def shown(text: str) -> str:
    """Text for the trace: the speaker's spacing hints as words, not as the reader's marks."""
    text = re.sub(f" *{GLUED} *", " [no space] ", text)
    return re.sub(f" *{ALONE}", " [on its own]", re.sub(f" *{JOINED}", " [no spaces]", text))


MAX_NOTE = 160


def cleanup_note(removed: list[str], corrections: int, text: str = "") -> str:
    """What cleanup took out, for the trace, in the order said and bounded: "took out:
    Purpose: … · How copy? Over.; 1 correction"."""
    low = text.lower()
    said = sorted((shown(r).strip() for r in removed if r.strip()),
                  key=lambda r: low.find(r.lower()) % (len(low) + 1))
    parts = ([f"took out: {' · '.join(said)}"] if said else []) + (
        [f"{corrections} correction{'s' * (corrections > 1)}"] if corrections else [])
    note = "; ".join(parts)
    return note if len(note) <= MAX_NOTE else note[:MAX_NOTE - 1] + "…"


def spelled_letters(segment: str) -> int:
    """The longest run of letters said one by one ("P B Z I P two" -> 5)."""
    run = best = 0
    for w in segment.split():
        run = run + 1 if len(w) == 1 and w.isalpha() else 0
        best = max(best, run)
    return best


PROSE_LEFT = 1  # sentence words left in the rules' reading that send it to the normalizer
PROTOCOL_PROSE_LEFT = 2  # the same for a spelled-out reading ("space" said between words)


_SHELL_KEYWORDS = {"for", "while", "until", "select", "if", "case", "in", "do", "done", "then",
                   "else", "elif", "fi", "esac"}


def _compound(words: list[str]) -> bool:
    """A shell loop or test, whole ("for x in a b; do …; done", cmd's "for /d %x in (*) do
    (…)", "if …; then …; fi", "case … in … esac"): its keywords are syntax, not prose."""
    head, said = words[0], set(words)
    if head in ("for", "while", "until", "select"):
        return "do" in said and ("done" in said or head == "for" and any(
            w.startswith("(") for w in words))
    return head == "if" and {"then", "fi"} <= said or head == "case" and "esac" in said


def prose_left(command: str) -> int:
    """Words of a sentence the rules left in a command after its first word ("who is logged
    in": is, in): what they could not read as dictation; a tool's subcommand right after it
    is not one ("docker run", "npm run build"), nor a whole loop's keywords."""
    words = command.split()
    if words and _compound(words):
        words = [w for w in words if w.strip(";") not in _SHELL_KEYWORDS]
    sub = 2 if len(words) > 1 and words[0] in SUBCOMMAND_HOSTS and words[1] in SUBCOMMANDS \
        else 1
    return sum(w in PROSE_BEFORE or w in FILLERS for w in words[sub:]
               if re.fullmatch(r"[a-z']+", w))


def _outside_quotes(words: list[str]) -> list[str]:
    out, quoted = [], False
    for w in words:
        if w in ("quote", "quotes"):
            quoted = not quoted
        elif not quoted:
            out.append(w)
    return out


def _dictation_only(words: str) -> bool:
    """A command word first, and nothing that describes instead of dictating (words inside
    quotes are the user's own text and do not count)."""
    split = words.split()
    return bool(split) and split[0] in COMMANDS and not any(
        w in DESCRIBING for w in _outside_quotes(split[1:]))


HOW_ADVERBS = {"recursively", "permanently", "completely", "forcefully", "forcibly", "quietly",
               "silently", "verbosely", "interactively", "automatically", "safely",
               "immediately", "properly"}  # how a request wants it done: "… recursively"
PROSE_WORDS = DESCRIBING | HOW_ADVERBS | {"a", "all", "in", "for", "and", "ones", "including",
                                          "please", "can", "you", "me", "some", "any", "is",
                                          "are", "be", "at", "on"}
SYMBOLS = "-/.~$=|<>*\\\"'`;&(){}[]:@%+"
FREE_TEXT = {"echo", "printf", "say", "espeak", "notify-send", "figlet", "cowsay"}
NO_COMMAND = "couldn't build a command from that — try spelling it out"


def looks_like_prose(command: str, tools: frozenset[str] = frozenset()) -> bool:
    """Plain English rather than a command: three or more words, no symbol, flag or path,
    and words of a sentence among them (two, when the first word is a known or installed
    command: "find me a good recipe for dinner" is a request, not ``find``)."""
    words = command.split()
    if len(words) < 3 or words[0] in FREE_TEXT or any(ch in command for ch in SYMBOLS):
        return False
    sentence = sum(w.lower() in PROSE_WORDS for w in words[1:])
    return sentence >= (2 if words[0] in COMMANDS or words[0] in tools else 1)


def _framed(removed: list[str]) -> bool:
    """Cleanup took words out of the dictation, not only hesitations ("surfraw um space dash
    elvi" is read by the rules: replayed on the dev sets' 161 such spelled-out lines, the
    rules had 124 right and the normalizer 123)."""
    return any(set(re.findall(r"[^\W\d_]+", said.lower())) - HESITATIONS for said in removed)


class BashPipeline:
    """``gate``, ``llm`` and ``normalizer`` are optional: without them the processor does
    everything. ``llm`` is an untrained model the gate calls on for what the rules cannot
    read; ``normalizer`` is a trained one (``tinyspec train bash``) that reads a whole
    dictation, in any style, into protocol words for the processor. With it, the rules keep
    what they read into a command with no sentence left in it (``prose_left``) and the
    normalizer takes the rest."""

    def __init__(self, gate: GateFn | None = None, llm: LlmFn | None = None,
                 threshold: float = 0.5, normalizer: LlmFn | None = None,
                 tools: frozenset[str] = frozenset(), words: YourWords | None = None) -> None:
        self.gate = gate
        self.words = words  # the user's own names for symbols, read first
        self.llm = llm
        self.normalizer = normalizer
        self.threshold = threshold
        self.tools = tools  # installed programs: a name said in parts joins into one
        self.joined: list[str] = []
        self._read: tuple[str, frozenset[str], str, list[str]] | None = None  # the last reading

    def _process(self, words: str) -> str:
        """The processor's reading; where an installed program's name joined words said
        apart, the trace says which (``self.joined``). Routing and the processor stage read
        the same segment: the second time is the first reading again."""
        if self._read and self._read[0] == words and self._read[1] is self.tools:
            self.joined = list(self._read[3])
            return self._read[2]
        command = process(words, self.tools)
        self.joined = []
        if self.tools:
            plain = set(process(words).split())
            self.joined = [w for w in command.split() if w not in plain and w in self.tools]
        self._read = (words, self.tools, command, list(self.joined))
        return command

    def run(self, text: str, use_llm: bool = True, *, remarks: int = 3) -> BashResult:
        """``text`` read into a command, or an honest "no command"; where the whole reading
        is none, up to ``remarks`` clauses said after the command are tried as remarks."""
        result = BashResult(text, "", "processor")
        self.joined = []
        spoken = for_display(text).replace("\t", " ")
        if spoken != text:
            result.notes.append("control characters in the input were left out")
            text = spoken
        if len(text) > MAX_CHARS:
            result.notes.append(f"only the first {MAX_CHARS} characters were read")
            text = text[:MAX_CHARS]

        def stage(name: str, fn, *args, note: str = ""):
            t0 = time.perf_counter()
            out = fn(*args)
            result.stages.append(Stage(name, (time.perf_counter() - t0) * 1000,
                                       shown(out if isinstance(out, str) else str(out)), note))
            return out

        if self.words is not None and self.words.entries:
            text, used = stage("your words", self.words.apply, text)
            result.stages[-1].output = shown(text)
            result.stages[-1].note = ", ".join(used)[:MAX_NOTE]
            if not used:
                result.stages.pop()  # none of your words said: no stage to show
        if is_dragon(text):  # "sudo no space on …": Dragon's manner, read as the protocol
            text = stage("Dragon style", to_protocol, text,
                         note='pieces apart unless "no space" is said')
        tidied = stage("cleanup", clean, text, self.tools)  # timed in the trace, as every stage
        cleaned = tidied.text
        result.stages[-1].output = shown(cleaned)
        result.stages[-1].note = cleanup_note(tidied.removed, tidied.corrections, text)
        segment, prose = stage("segment", command_segment, cleaned, self.tools)
        result.stages[-1].output = shown(segment)
        if prose:
            result.stages[-1].note = f"left out: {prose}"
        keep = None  # without a trained normalizer the gate routes, below
        if self.normalizer is not None and use_llm:
            keep = self._rules_keep(segment, tidied)
        if keep is False:
            # a whole command said again: the normalizer reads the last saying only (it
            # tends to keep the first); chosen on the four dev sets
            said = cleaned if tidied.restarts else text
            command = self._normalized(said, segment, stage, result)
            if result.route == "llm":
                heard = stage("as heard", kept_verbatim, cleaned, command,
                              note="words Whisper wrote whole, put back as written")
                if heard == command:
                    result.stages.pop()  # nothing put back: no stage to show
                command = heard
                quoted = stage("quotes kept", quotes_kept, process(segment, self.tools),
                               command, note="the quoted words as said, none left out")
                if quoted == command:
                    result.stages.pop()
                command = quoted
        elif not segment.strip():
            result.notes.append("no command words were heard")
            return result
        elif keep is None and self._route(segment, stage, use_llm, result) == "llm":
            try:
                words = stage("llm", self.llm, segment)
            except (ModelFileError, RuntimeLoadError) as exc:  # as for the normalizer
                result.notes.append(could_not_run("the LLM", exc))
                words = None
            split = words.split() if words else []
            same_command = segment.split()[0] not in COMMANDS or split[:1] == segment.split()[:1]
            if words is None:
                command = stage("processor", self._process, segment)
            elif split and split[0] in COMMANDS and grounded(words, text) and same_command and \
                    len(split) <= 2 * len(segment.split()) + 4:
                command = stage("processor", self._process, words)
                result.route = "llm"
            else:
                result.stages[-1].note = "rejected"
                result.notes.append("the LLM's answer used words that were not said (or no "
                                    "command); the processor's reading is used")
                command = stage("processor", self._process, segment)
        else:
            command = stage("processor", self._process, segment)
        if self.joined:
            shown_at = next(s for s in reversed(result.stages) if s.name == "processor")
            shown_at.note = "joined as installed: " + ", ".join(self.joined)
        by_model = result.route == "llm"  # a quote the speaker left open stays open; one the
        written = '"' in text or "\u201c" in text  # reader lost of those Whisper wrote, closes
        checked = stage("post-check", lambda c: post_check(c, by_model, by_model or written),
                        command)
        result.stages[-1].output = checked.command
        result.notes += checked.notes
        spoken = "space" in segment.lower().split()  # every space said: no sentence
        if not checked.command.strip() or (not spoken and looks_like_prose(checked.command,
                                                                          self.tools)):
            before = self._before_remark(text, use_llm, remarks)
            if before is not None:
                return before
            result.stages[-1].note = "not a command"
            result.notes.append(NO_COMMAND)
            result.route = "none"
            return result
        result.output = checked.command
        result.safety = stage("safety", check, checked.command)
        result.stages[-1].output = "flagged" if result.safety.flagged else "ok"
        return result

    def _before_remark(self, text: str, use_llm: bool, remarks: int) -> BashResult | None:
        """The reading of the words before the last clause break (", " or a sentence's end)
        where it is a command: what followed was a remark ("git status, I hope it works")."""
        said = text.rstrip(" .,!?")
        cut = max(said.rfind(", "), said.rfind(". "), said.rfind("? "), said.rfind("! "))
        if remarks <= 0 or cut <= 0:
            return None
        before = self.run(text[:cut], use_llm, remarks=remarks - 1)
        if not before.output:
            return None
        before.input = text
        before.notes.append(f"“{shown(text[cut + 1:].strip())}” read as a remark and left out")
        return before

    def _rules_keep(self, segment: str, tidied: Cleaned | None = None) -> bool:
        """With a trained normalizer the rules keep: names spelled letter by letter (the
        normalizer garbles them), spacing hints only the reader knows, and whatever they
        read into a command with less than ``PROSE_LEFT`` sentence words left in it (a
        spelled-out reading: ``PROTOCOL_PROSE_LEFT``), unless the cleanup had to undo a
        correction or restart, or to take words out of a spelled-out reading. The
        normalizer takes the rest: nothing read, prose the rules could not place, and
        the corrected and framed readings. Chosen by replaying lines through both readers,
        never on the kept-apart sets: the one-word limit on ten speakers the reader had
        never read (author55-64 at their first reading: 93 exact lines won, 1 lost); the
        corrections and framed spelled-out readings with the adapter trained on fifty
        speakers (2026-11-27, on twelve speakers it never heard, author55-66: corrected
        readings 97 won against 41 lost, framed or corrected spelled-out ones 81 against
        13, while the plain spelled-out ones stay: 13 against 111). A correction that names
        both words ("A instead of B", "that should be A not B") is exact: the rules keep it
        (replayed on author71 and author74: 15 lines won, 1 lost).
        The gate still routes when the LLM is an untrained one."""
        if spelled_letters(segment) >= SPELLED_RUN or JOINED in segment or ALONE in segment \
                or GLUED in segment:
            return True
        command = self._process(segment)
        protocol = is_protocol_style(segment)
        limit = PROTOCOL_PROSE_LEFT if protocol else PROSE_LEFT
        if not command.strip() or prose_left(command) >= limit:
            return False
        if tidied is not None and (tidied.corrections > tidied.swaps or tidied.restarts or
                                   (protocol and _framed(tidied.removed) and not tidied.swaps)):
            return False  # a correction naming both words ("start not status") is read here
        return True

    def _normalized(self, text: str, segment: str, stage, result: BashResult) -> str:
        """The trained normalizer's reading of the whole dictation (less closing sign-offs
        and descriptions, which it would read as words), processed; the
        processor's own reading when the answer is empty or uses words never said."""
        try:
            words = stage("normalizer", self.normalizer, without_closing(text))
        except (ModelFileError, RuntimeLoadError) as exc:  # its model missing or broken
            result.notes.append(could_not_run("the normalizer", exc))
            return stage("processor", self._process, segment) if segment.strip() else ""
        if words.split() and grounded(words, text, near=True):
            result.route = "llm"
            return stage("processor", self._process, words)
        result.stages[-1].note = "rejected"
        result.notes.append("the normalizer's answer used words that were not said (or was "
                            f"empty): “{words[:120]}”; the processor's reading is used")
        return stage("processor", self._process, segment) if segment.strip() else ""

    def _route(self, segment: str, stage, use_llm: bool, result: BashResult) -> str:
        if is_protocol_style(segment):
            return "processor"
        if self.gate is None:
            return "processor"
        score = stage("gate", self.gate, segment)
        result.stages[-1].output = f"needs_llm {score:.2f}"
        if score < self.threshold or _dictation_only(segment):
            return "processor"
        if not use_llm or self.llm is None:
            result.notes.append("the gate asked for the LLM, which is off; the processor "
                                "read it as well as it could")
            return "processor"
        return "llm"
