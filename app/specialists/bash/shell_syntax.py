"""A small shell reader for the safety check: words, redirections and simple commands.

It reads a line (quotes, ``$(…)``, backticks, ``<(…)``, redirections and here-documents) into
simple commands split at ``;``, ``&&``, ``||``, ``|``, ``&`` and newlines. Each knows its
program (read through wrappers such as ``sudo -u x``, ``env -i``, ``timeout -s KILL 5``,
``nice -n 10``, ``xargs -0``), its words, its redirections and the pipeline feeding it.
Nothing here runs a command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

PIPE_WINDOW = 16  # how many earlier commands of a pipeline count as feeding a command

# --- lexer: words, redirections, operators ----------------------------------------------------

OPERATORS = ("&&", "||", ";;", "|&", ";", "|", "&", "\n", "(", ")")
REDIRECT_OPS = ("&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<", "<>", "<&", ">", "<")
BREAK = frozenset(" \t\n;&|()<>")


@dataclass
class Word:
    """A shell word with quotes removed; ``subs`` holds the code of its substitutions."""

    text: str
    subs: list[str] = field(default_factory=list)
    quoted: bool = False


@dataclass
class Redirect:
    """``op`` (``>``, ``>>``, ``&>``, ``<<<`` …) with its fd prefix, target and here-text."""

    op: str
    target: str
    fd: str = ""
    body: str = ""
    subs: list[str] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        dup = self.op == ">&" and (self.target.isdigit() or self.target == "-")
        return ">" in self.op and not dup

    @property
    def truncates(self) -> bool:
        return self.writes and ">>" not in self.op and self.op != "<>"


class _Lexer:
    """Turns a line into Words, Redirects and operator strings in one pass."""

    def __init__(self, text: str) -> None:
        self.s, self.i, self.n = text, 0, len(text)
        self.tokens: list[Word | Redirect | str] = []
        self.heredocs: list[Redirect] = []

    def run(self) -> list[Word | Redirect | str]:
        s = self.s
        while self.i < self.n:
            ch = s[self.i]
            if ch in " \t" or s.startswith("\\\n", self.i):
                self.i += 1 if ch != "\\" else 2
            elif ch == "#":
                end = s.find("\n", self.i)
                self.i = self.n if end < 0 else end
            elif self._word_starts():
                self._word_or_fd_redirect()
            elif ch in "<>" or s.startswith("&>", self.i):
                self._redirect("")
            else:
                op = next(o for o in OPERATORS if s.startswith(o, self.i))
                self.i += len(op)
                self.tokens.append(";" if op == ";;" else op)
                if op == "\n":
                    self._read_heredocs()
        return self.tokens

    def _word_starts(self) -> bool:
        ch = self.s[self.i]
        return ch not in BREAK or (ch in "<>" and self.s.startswith("(", self.i + 1))

    def _word_or_fd_redirect(self) -> None:
        word = self._word()
        if (self.i < self.n and self.s[self.i] in "<>" and not self._word_starts()
                and word.text.isdigit() and not word.quoted):
            self._redirect(word.text)
        else:
            self.tokens.append(word)

    def _word(self) -> Word:
        s, buf, subs, quoted = self.s, [], [], False
        if s[self.i] in "<>":  # <(…) or >(…)
            end = self._paren_end(self.i + 2)
            subs.append(s[self.i + 2:end])
            buf.append(s[self.i:end + 1])
            self.i = end + 1
        while self.i < self.n and s[self.i] not in BREAK:
            ch = s[self.i]
            if ch == "\\":
                buf.append(s[self.i + 1:self.i + 2])
                self.i += 2
            elif ch == "'":
                end = self._find("'", self.i + 1)
                buf.append(s[self.i + 1:end])
                self.i, quoted = end + 1, True
            elif ch == '"':
                self._double_quoted(buf, subs)
                quoted = True
            elif ch == "$" and s.startswith("'", self.i + 1):
                self.i += 1  # $'…' is read as '…'
            elif not self._expansion(buf, subs):
                buf.append(ch)
                self.i += 1
        return Word("".join(buf), subs, quoted)

    def _double_quoted(self, buf: list[str], subs: list[str]) -> None:
        s = self.s
        self.i += 1
        while self.i < self.n and s[self.i] != '"':
            if s[self.i] == "\\" and s[self.i + 1:self.i + 2] in ('"', "\\", "$", "`"):
                buf.append(s[self.i + 1])
                self.i += 2
            elif not self._expansion(buf, subs):
                buf.append(s[self.i])
                self.i += 1
        self.i += 1

    def _expansion(self, buf: list[str], subs: list[str]) -> bool:
        """Reads a ``$(…)``, backtick or ``${…}`` at the cursor; False if there is none."""
        s, i = self.s, self.i
        if s.startswith("$(", i):
            end = self._paren_end(i + 2)
            subs.append(s[i + 2:end])
        elif s.startswith("`", i):
            end = self._tick_end(i + 1)
            subs.append(s[i + 1:end])
        elif s.startswith("${", i):
            end = self._find("}", i + 2)
        else:
            return False
        buf.append(s[i:end + 1])
        self.i = end + 1
        return True

    def _find(self, ch: str, j: int) -> int:
        k = self.s.find(ch, j)
        return self.n if k < 0 else k

    def _paren_end(self, j: int) -> int:
        """Index of the ``)`` closing a ``(`` just before ``j`` (quotes respected), or n."""
        s, depth = self.s, 1
        while j < self.n:
            ch = s[j]
            if ch in "'\"":
                j = self._find(ch, j + 1)
            elif ch == "\\":
                j += 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if not depth:
                    return j
            j += 1
        return self.n

    def _tick_end(self, j: int) -> int:
        while j < self.n and self.s[j] != "`":
            j += 2 if self.s[j] == "\\" else 1
        return min(j, self.n)

    def _redirect(self, fd: str) -> None:
        op = next(o for o in REDIRECT_OPS if self.s.startswith(o, self.i))
        self.i += len(op)
        while self.i < self.n and self.s[self.i] in " \t":
            self.i += 1
        target = self._word() if self.i < self.n and self._word_starts() else Word("")
        redirect = Redirect(op, target.text, fd, subs=target.subs)
        if op == "<<<":
            redirect.body = target.text
        elif op.startswith("<<"):
            self.heredocs.append(redirect)
        self.tokens.append(redirect)

    def _read_heredocs(self) -> None:
        for doc in self.heredocs:
            lines = []
            while self.i < self.n:
                end = self._find("\n", self.i)
                line, self.i = self.s[self.i:end], end + 1
                if (line.lstrip("\t") if doc.op == "<<-" else line) == doc.target:
                    break
                lines.append(line)
            doc.body = "\n".join(lines)
        self.heredocs.clear()


# --- options ---------------------------------------------------------------------------------

def _read_option(words: list[str], i: int, value_opts: frozenset[str],
                 opts: dict[str, str]) -> int:
    """Reads the option at ``words[i]`` (a bundle such as ``-rf`` or ``-u root``) into
    ``opts``, with its value when it takes one; returns the next index."""
    word = words[i]
    i += 1
    if word.startswith("--"):
        name, eq, value = word.partition("=")
        if name in value_opts and not eq and i < len(words):
            value, i = words[i], i + 1
        opts[name] = value
        return i
    for k in range(1, len(word)):
        opt = "-" + word[k]
        opts[opt] = ""
        if opt in value_opts:
            if k + 1 < len(word):
                opts[opt] = word[k + 1:]
            elif i < len(words):
                opts[opt], i = words[i], i + 1
            break
    return i


def is_option(word: str) -> bool:
    return len(word) > 1 and word[0] == "-"


def leading_options(words: list[str], value_opts: frozenset[str] = frozenset()
                     ) -> tuple[dict[str, str], int]:
    """Options before the first operand (POSIX style) and the index of that operand."""
    opts: dict[str, str] = {}
    i = 0
    while i < len(words) and is_option(words[i]):
        if words[i] == "--":
            return opts, i + 1
        i = _read_option(words, i, value_opts, opts)
    return opts, i


def parse_options(words: list[str], value_opts: frozenset[str] = frozenset()
           ) -> tuple[dict[str, str], list[str]]:
    """Options anywhere (GNU style) and the operands, option values left out."""
    opts: dict[str, str] = {}
    operands: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "--":
            return opts, operands + words[i + 1:]
        if is_option(words[i]):
            i = _read_option(words, i, value_opts, opts)
        else:
            operands.append(words[i])
            i += 1
    return opts, operands


def word_set(names: str) -> frozenset[str]:
    return frozenset(names.split())


# --- simple commands -------------------------------------------------------------------------

@dataclass(frozen=True)
class Wrapper:
    """A command that runs the rest of its line as another command (``sudo``, ``timeout``)."""

    value_opts: frozenset[str] = frozenset()
    operands: int = 0            # words before the command, e.g. timeout's duration
    assignments: bool = False    # NAME=value words may come before the command
    lookups: frozenset[str] = frozenset()  # options that mean nothing is run (command -v)


def _wrapper(value_opts: str = "", operands: int = 0, assignments: bool = False,
             lookups: str = "") -> Wrapper:
    return Wrapper(word_set(value_opts), operands, assignments, word_set(lookups))


WRAPPERS: dict[str, Wrapper] = {
    "sudo": _wrapper("-u -g -C -h -p -U -r -t -D -R -T --user --group --close-from --host "
                     "--prompt --other-user --role --type --chdir --chroot --command-timeout",
                     assignments=True, lookups="-l --list -e --edit -V --version"),
    "doas": _wrapper("-u -C"),
    "command": _wrapper(lookups="-v -V"),
    "builtin": _wrapper(),
    "nohup": _wrapper(),
    "setsid": _wrapper(),
    "exec": _wrapper("-a"),
    "time": _wrapper("-f -o --format --output"),
    "nice": _wrapper("-n --adjustment"),
    "ionice": _wrapper("-c -n -p -P -u --class --classdata --pid --pgid --uid",
                       lookups="-p --pid -P --pgid -u --uid"),
    "stdbuf": _wrapper("-i -o -e --input --output --error"),
    "timeout": _wrapper("-s -k --signal --kill-after", operands=1),
    "env": _wrapper("-u -C -S --unset --chdir --split-string", assignments=True),
    "xargs": _wrapper("-n -I -L -P -d -s -E -a --max-args --max-lines --max-procs "
                      "--delimiter --max-chars --eof --arg-file --process-slot-var"),
    "chroot": _wrapper("--userspec --groups", operands=1),
    "busybox": _wrapper(),
}
KEYWORDS = word_set("! { } then do else elif if while until")
ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=")


@dataclass
class Simple:
    """One simple command: program, its words and redirections, and what feeds it."""

    program: str
    words: list[str]
    raw: str
    piped_into: str = ""
    path: str = ""                       # the program as written (``./init``, ``/sbin/init``)
    redirects: list[Redirect] = field(default_factory=list)
    word_subs: list[list[str]] = field(default_factory=list)  # substitutions, per word
    subs: list[str] = field(default_factory=list)   # every substitution (assignments too)
    upstream: list[Simple] = field(default_factory=list, repr=False)  # earlier in pipeline
    via_xargs: bool = False
    code: list[str] = field(default_factory=list)   # code given to a wrapper (env -S)

    @cached_property
    def flags(self) -> set[str]:
        out: set[str] = set()
        for w in self.words:
            if w == "--":
                break
            if w.startswith("--"):
                out.add(w.split("=")[0])
            elif is_option(w):
                out.update(f"-{c}" for c in w[1:])
        return out

    @cached_property
    def args(self) -> list[str]:
        return parse_options(self.words)[1]

    @cached_property
    def stdin_text(self) -> str:
        """Text reaching this command's input: here-docs, here-strings, an echo piped in."""
        parts = [r.body for r in self.redirects if r.op.startswith("<<")]
        for up in self.upstream:
            if up.program in ("echo", "printf"):
                parts.append(_printed(up))
            elif up.program == "cat":
                parts += [r.body for r in up.redirects if r.op.startswith("<<")]
        return "\n".join(p for p in parts if p)


def _printed(c: Simple) -> str:
    """What an ``echo`` or ``printf`` prints, near enough."""
    words = c.words
    while c.program == "echo" and words and re.fullmatch(r"-[neE]+", words[0]):
        words = words[1:]
    return " ".join(words)


def _unwrap(words: list[Word]) -> tuple[list[Word], bool, list[str]]:
    """Words from the real program on, past keywords, NAME=value and wrappers with their
    options; also whether ``xargs`` feeds it and any code given as an option (``env -S``)."""
    via_xargs, code, i = False, [], 0
    while i < len(words):
        text = words[i].text
        spec = WRAPPERS.get(text.rsplit("/", 1)[-1])
        if text in KEYWORDS or ASSIGNMENT.match(text):
            i += 1
            continue
        if spec is None:
            break
        rest = [w.text for w in words[i + 1:]]
        opts, skip = leading_options(rest, spec.value_opts)
        if opts.keys() & spec.lookups:
            break
        code += [v for k, v in opts.items() if k in ("-S", "--split-string")]
        while spec.assignments and skip < len(rest) and ASSIGNMENT.match(rest[skip]):
            skip += 1
        via_xargs |= text.endswith("xargs")
        i += 1 + skip + spec.operands
    return words[i:], via_xargs, code


def _build(words: list[Word], redirects: list[Redirect]) -> Simple:
    subs = [s for w in words for s in w.subs] + [s for r in redirects for s in r.subs]
    raw = " ".join([w.text for w in words] + [r.fd + r.op + r.target for r in redirects])
    words, via_xargs, code = _unwrap(words)
    path = words[0].text if words else ""
    return Simple(path.rsplit("/", 1)[-1], [w.text for w in words[1:]], raw, path=path,
                  redirects=redirects, word_subs=[w.subs for w in words[1:]], subs=subs,
                  via_xargs=via_xargs, code=code)


def _groups(tokens: list[Word | Redirect | str]
            ) -> Iterable[tuple[list[Word], list[Redirect], bool]]:
    """(words, redirections, fed by a pipe) for each simple command."""
    words: list[Word] = []
    redirects: list[Redirect] = []
    piped = False
    for token in [*tokens, ";"]:
        if isinstance(token, Word):
            words.append(token)
        elif isinstance(token, Redirect):
            redirects.append(token)
        else:
            if words or redirects:
                yield words, redirects, piped
                words, redirects, piped = [], [], False
            if token in ("|", "|&"):
                piped = True
            elif token not in ("(", ")"):
                piped = False


def split_commands(line: str) -> list[Simple]:
    """The simple commands of ``line``, each knowing the commands piped into it."""
    out: list[Simple] = []
    pipeline: list[Simple] = []
    for words, redirects, piped in _groups(_Lexer(line).run()):
        c = _build(words, redirects)
        if piped and pipeline:
            pipeline[-1].piped_into = c.program
            c.upstream = pipeline[-PIPE_WINDOW:]
        else:
            pipeline = []
        pipeline.append(c)
        if c.via_xargs:
            items = [x for up in c.upstream if up.program in ("echo", "printf")
                     for x in re.split(r"\s+|\\[0n]", _printed(up)) if x]
            c.words += items
            c.word_subs += [[] for _ in items]
        out.append(c)
    return out
