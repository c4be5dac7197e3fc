"""The safety check: destructive commands flagged with a plain reason.

``shell_syntax`` reads a line into simple commands (program read through wrappers, words,
redirections, the pipeline feeding each); the rules here look at those, so "mkfs" in a file
name or ``rm -rf ./build`` do not trip them.

Code that a command runs from text (``sh -c``, ``su -c``, ``eval``, ``env -S``, ``ssh host …``,
substitutions, a script piped or here-doc'd into a shell) is checked the same way, up to
``MAX_DEPTH`` levels deep. A line longer than ``MAX_CHARS`` is checked on its start and also
flagged "too-complex", as is code nested deeper than ``MAX_DEPTH``: what cannot be read in full
is not called safe. Checking is linear in the line's length per level; nothing here ever runs
a command.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.specialists.bash.shell_syntax import (
    Simple,
    is_option,
    leading_options,
    parse_options,
    split_commands,
    word_set,
)

MAX_CHARS = 10_000
MAX_DEPTH = 4
TOO_COMPLEX = ("too-complex", "is too long or too deeply nested to check in full")

# --- what a path or a command touches --------------------------------------------------------

SYSTEM_NAMES = word_set("etc usr var boot bin sbin lib lib32 lib64 libx32 opt sys proc dev srv "
                    "mnt run snap System Library Applications private")
HOME_PARENTS = word_set("home Users")
SCRATCH = ("/tmp", "/var/tmp", "/var/cache")
COVERING = re.compile(r"[.?!\[\]]*\*[*.?!\[\]]*")  # *, .*, *.*: everything in a folder
HOME_PREFIX = re.compile(r"^(~[A-Za-z0-9_.-]*|\$HOME|\$\{HOME\})(?=/|$)")
BLOCK_DEVICE = re.compile(r"^/dev/(sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d|"
                          r"md\d|dm-\d|mapper/)")
DOTFILES = re.compile(r"^/(home/[^/]+|Users/[^/]+|root)/\.(bashrc|zshrc|profile|bash_profile|"
                      r"zprofile|gitconfig|ssh/authorized_keys|ssh/config|vimrc|inputrc)$")
IMPORTANT = re.compile(r"^/(etc|boot|usr|bin|sbin|lib|lib32|lib64|root|var/lib)/")
NULL_SOURCES = word_set("/dev/null /dev/zero /dev/random /dev/urandom")


def _home(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in ("~", "$HOME", "${HOME}"):
        return "/home/~"
    return "/root" if name == "~root" else "/home/" + name[1:]


def _normal(path: str) -> str:
    """``path`` with ``~`` and ``$HOME`` spelled out (as /home/~) and ``//``, ``.``, ``..``
    resolved."""
    path = re.sub("/+", "/", HOME_PREFIX.sub(_home, path, count=1))
    return posixpath.normpath(path) if path else path


def _names_system(name: str) -> bool:
    if not any(ch in name for ch in "*?["):
        return name in SYSTEM_NAMES
    return any(fnmatch.fnmatchcase(n, name) for n in SYSTEM_NAMES | HOME_PARENTS | {"root"})


def _path_kind(arg: str) -> str | None:
    """What deleting ``arg`` would take: "root" (/), "home" (a whole home folder), "system"
    (a system folder or anything directly in one), "here" (the current folder or a parent),
    or None for anything narrower."""
    path = _normal(arg)
    parts = [p for p in path.split("/") if p and p != "."]
    while parts and COVERING.fullmatch(parts[-1]):
        parts.pop()
    if not path.startswith("/"):
        return "here" if path and all(p == ".." for p in parts) else None
    if not parts:
        return "root"
    top = parts[0]
    whole = "/" + "/".join(parts)
    if any(whole == s or whole.startswith(s + "/") for s in SCRATCH):
        return None
    if len(parts) > 2 or (top == "root" and len(parts) == 2):  # /root/x is like ~/x
        return None
    if top == "root" or (top in HOME_PARENTS and len(parts) == 2):
        return "home"
    return "system" if top in HOME_PARENTS or _names_system(top) else None


def _kinds(paths: Iterable[str]) -> set[str]:
    return {k for k in map(_path_kind, paths) if k}


def _important_file(path: str) -> bool:
    path = _normal(path)
    return bool(IMPORTANT.match(path) or DOTFILES.match(path))


def _etc_file(path: str) -> bool:
    """A settings file under /etc (a new drop-in in a ``*.d`` folder is fine)."""
    path = _normal(path)
    return path.startswith("/etc/") and not re.search(r"\.d/[^/]+$", path)


def _block_device(path: str) -> bool:
    return bool(BLOCK_DEVICE.match(path))


def _replaces(c: Simple, target: Callable[[str], bool]) -> bool:
    """Truncating redirection (``>``) or a ``tee`` without ``-a`` to a matching path."""
    return any(r.truncates and target(r.target) for r in c.redirects) or (
        c.program == "tee" and not c.flags & {"-a", "--append"} and any(map(target, c.args)))


def _writes(c: Simple, target: Callable[[str], bool]) -> bool:
    """Any redirection or ``tee`` (appending too) that writes to a matching path."""
    return any(r.writes and target(r.target) for r in c.redirects) or (
        c.program == "tee" and any(map(target, c.args)))


# --- shells and code from text ---------------------------------------------------------------

POSIX_SHELLS = word_set("sh bash zsh ksh mksh dash ash fish")
SHELLS = POSIX_SHELLS | word_set("python python2 python3 perl ruby node php")
SHELL_VALUE_OPTS = word_set("-o -O --rcfile --init-file -W -X")
DOWNLOADERS = word_set("curl wget fetch aria2c")
SU_VALUE_OPTS = word_set("-c -s -g -G -w --command --shell --group --supp-group "
                     "--whitelist-environment")
SSH_VALUE_OPTS = word_set("-B -b -c -D -E -e -F -I -i -J -L -l -m -O -o -p -Q -R -S -W -w")


def _shell_code(c: Simple) -> tuple[str, int]:
    """Where a shell or interpreter gets its code: ("inline", i) for ``-c`` and the like,
    ("file", i) for a script operand, ("stdin", i) for its input; ("", 0) if no shell."""
    if c.program not in SHELLS:
        return "", 0
    opts, i = leading_options(c.words, SHELL_VALUE_OPTS)
    posix = c.program in POSIX_SHELLS
    if opts.keys() & ({"-c"} if posix else word_set("-c -m -e -E -r")):
        return "inline", i
    if i >= len(c.words) or c.words[i] == "-" or (posix and "-s" in opts):
        return "stdin", i
    return "file", i


def _code_subs(c: Simple) -> list[str]:
    """Substitutions whose output ``c`` runs as code (``bash <(…)``, ``eval "$(…)"``)."""
    if c.program in ("eval", "source", "."):
        return [s for subs in c.word_subs for s in subs]
    kind, i = _shell_code(c)
    if kind == "stdin":
        return [s for r in c.redirects if r.op == "<" for s in r.subs]
    return c.word_subs[i] if kind and i < len(c.word_subs) else []


def _inner_code(c: Simple) -> list[str]:
    """Shell code ``c`` runs from text: substitutions, ``sh -c``, ``su -c``, ``eval``,
    ``ssh host …``, ``env -S`` and a script fed to a shell's input."""
    code = c.subs + c.code
    if c.program in POSIX_SHELLS:
        kind, i = _shell_code(c)
        if kind == "inline" and i < len(c.words):
            code.append(c.words[i])
        elif kind == "stdin":
            code.append(c.stdin_text)
    elif c.program in ("su", "runuser"):
        opts = parse_options(c.words, SU_VALUE_OPTS)[0]
        code += [v for k, v in opts.items() if k in ("-c", "--command")]
    elif c.program == "eval":
        code.append(" ".join(c.words))
    elif c.program == "ssh":
        _opts, host = leading_options(c.words, SSH_VALUE_OPTS)
        code.append(" ".join(c.words[host + 1:]))
    return [text for text in code if text.strip()]


def _fetches(code: str, depth: int = 0) -> bool:
    """Whether ``code`` downloads something (curl, wget …), maybe inside a substitution."""
    return depth <= MAX_DEPTH and any(
        c.program in DOWNLOADERS or any(_fetches(s, depth + 1) for s in c.subs)
        for c in split_commands(code))


# --- rule helpers ----------------------------------------------------------------------------

def _recursive(c: Simple) -> bool:
    return bool(c.flags & {"-r", "-R", "--recursive"})


def _rm_takes(kind: str) -> Callable[[Simple], bool]:
    return lambda c: c.program == "rm" and _recursive(c) and kind in _kinds(c.args)


def _git_force_main(c: Simple) -> bool:
    if c.program != "git" or not c.words or c.words[0] != "push":
        return False
    forced = bool(c.flags & {"-f", "--force", "--force-with-lease"}) or any(
        a.startswith("+") for a in c.args)
    protected = any(a.lstrip("+").split(":")[-1] in ("main", "master") for a in c.args[1:])
    return forced and protected


def _sql_destroys(c: Simple) -> bool:
    if c.program not in ("psql", "mysql", "sqlite3", "mariadb", "clickhouse-client"):
        return False
    text = (" ".join(c.words) + "\n" + c.stdin_text).lower()
    if re.search(r"\b(drop\s+(table|database|schema)|truncate\s+(table\s+)?\w)", text):
        return True
    return bool(re.search(r"\bdelete\s+from\s+\w+(?![^;]*\bwhere\b)", text))


def _mode_locks_owner_out(mode: str) -> bool:
    """A chmod mode that takes read, write or search rights away from the owner."""
    if re.fullmatch(r"0?[0-7]{3,4}", mode):
        return mode[-3] != "7"
    for who, op, perms in re.findall(r"([ugoa]*)([-+=])([rwxXst]*)", mode):
        owner = not who or "u" in who or "a" in who
        if owner and op == "-" and set(perms) & set("rwx"):
            return True
        if owner and op == "=" and not ({"r", "w"} <= set(perms) and set(perms) & {"x", "X"}):
            return True
    return False


def _breaks_ownership(c: Simple) -> bool:
    """A recursive chmod/chown/chgrp over the system, or one that takes a home folder
    away from its owner (``chown -R $USER ~`` and ``chmod -R 700 ~`` are fine)."""
    if c.program not in ("chmod", "chown", "chgrp") or not _recursive(c) or len(c.args) < 2:
        return False
    who, kinds = c.args[0], _kinds(c.args[1:])
    if kinds & {"root", "system"}:
        return True
    if "home" not in kinds:
        return False
    if c.program == "chmod":
        return _mode_locks_owner_out(who)
    return not who.startswith(("$USER", "${USER}", "$(whoami)", "$(id", "`whoami`", "$LOGNAME"))


FIND_FILTERS = word_set("-name -iname -path -ipath -wholename -iwholename -regex -iregex -newer "
                    "-mtime -mmin -atime -amin -ctime -cmin -size -empty -user -group -perm "
                    "-inum -samefile -links -lname -ilname")
DELETERS = word_set("rm shred unlink")


def _find_starts(c: Simple) -> list[str]:
    """The folders a ``find`` searches (``.`` when none is given)."""
    words, i = c.words, 0
    while i < len(words) and (words[i] in ("-H", "-L", "-P", "-D") or
                              words[i].startswith("-O")):
        i += 2 if words[i] == "-D" else 1
    starts = []
    for w in words[i:]:
        if w.startswith(("-", "(", "!", ",")):
            break
        starts.append(w)
    return starts or ["."]


def _find_deletes(c: Simple, kinds: set[str], unfiltered: set[str]) -> bool:
    """A ``find`` that deletes what it finds under a folder of ``kinds`` (always), or of
    ``unfiltered`` when no name, age or size test narrows it down."""
    if c.program != "find":
        return False
    w = c.words
    deletes = "-delete" in w or any(
        w[k] in ("-exec", "-execdir", "-ok", "-okdir") and w[k + 1].rsplit("/", 1)[-1]
        in DELETERS for k in range(len(w) - 1))
    starts = _kinds(_find_starts(c))
    filtered = any(x in FIND_FILTERS for x in w)
    return deletes and bool(starts & kinds or (starts & unfiltered and not filtered))


def _signal_and_targets(c: Simple) -> tuple[str, list[str]]:
    """The signal a kill/pkill/killall sends (KILL, TERM …) and what it is sent to."""
    words, signal, i = c.words, "TERM", 0
    if words[:1] and words[0] in ("-l", "-L", "--list", "--table"):
        return "", []
    if words[:1] and words[0] in ("-s", "-n", "--signal") and len(words) > 1:
        signal, i = words[1], 2
    elif words[:1] and words[0].startswith("--signal="):
        signal, i = words[0].partition("=")[2], 1
    elif words[:1] and is_option(words[0]) and words[0] != "--":
        signal, i = words[0][1:], 1
    if words[i:i + 1] == ["--"]:
        i += 1
    signal = signal.upper().removeprefix("SIG")
    return {"9": "KILL", "15": "TERM"}.get(signal, signal), words[i:]


def _kills_everything(c: Simple) -> bool:
    if c.program == "killall5":
        return True
    signal, targets = _signal_and_targets(c)
    return c.program == "kill" and signal != "0" and "-1" in targets


def _kills_init(c: Simple) -> bool:
    """SIGKILL to process 1 (``kill 1``, a plain TERM, is left alone: systemd re-executes)."""
    if c.program not in ("kill", "pkill", "killall"):
        return False
    signal, targets = _signal_and_targets(c)
    names = {"1"} if c.program == "kill" else {"init", "systemd"}
    return signal == "KILL" and bool(names & set(targets))


STOP_VERBS = word_set("poweroff reboot halt kexec rescue emergency soft-reboot")
STOP_TARGETS = word_set("rescue emergency poweroff reboot halt kexec runlevel0 runlevel1 "
                    "runlevel6")


def _stops_machine(c: Simple) -> bool:
    args = c.args
    if c.program in ("shutdown", "reboot", "halt", "poweroff"):
        return not c.flags & {"-c", "--help"}
    if c.program in ("init", "telinit"):  # ./init is a local script
        system_program = "/" not in c.path or c.path.startswith("/")
        return system_program and args[:1] in (["0"], ["6"], ["1"], ["s"], ["S"])
    if c.program != "systemctl" or not args:
        return False
    return args[0] in STOP_VERBS or (
        args[0] == "isolate" and len(args) > 1 and args[1].removesuffix(".target")
        in STOP_TARGETS)


def _wipes_file(c: Simple) -> bool:
    """truncate, shred, ``cp /dev/null`` or dd over a system or shell settings file."""
    if c.program == "truncate":
        opts, files = parse_options(c.words, word_set("-s --size -r --reference"))
        size = opts.get("-s", opts.get("--size", ""))
        return not size.startswith("+") and any(map(_important_file, files))
    if c.program == "shred":
        files = parse_options(c.words, word_set("-n -s --iterations --size --random-source"))[1]
        return any(map(_important_file, files))
    if c.program == "cp":
        files = parse_options(c.words, word_set("-t -S --target-directory --suffix"))[1]
        return len(files) >= 2 and bool(set(files[:-1]) & NULL_SOURCES) and \
            _important_file(files[-1])
    return c.program == "dd" and any(
        w.startswith("of=") and _important_file(w[3:]) for w in c.words)


def _moves_away(c: Simple) -> bool:
    if c.program != "mv":
        return False
    opts, files = parse_options(c.words, word_set("-t -S --target-directory --suffix"))
    sources = files if opts.keys() & {"-t", "--target-directory"} else files[:-1]
    return bool(_kinds(sources) & {"root", "home", "system"})


def _writes_device(c: Simple) -> bool:
    return _writes(c, _block_device) or (
        c.program == "cp" and bool(c.args) and _block_device(c.args[-1]))


# --- rules -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    reason: str
    check: Callable[[str, list[Simple]], bool]


def _any(pred: Callable[[Simple], bool]) -> Callable[[str, list[Simple]], bool]:
    return lambda _line, cmds: any(pred(c) for c in cmds)


FORK_BOMB = re.compile(r"(?<![\w:])([A-Za-z_]\w*+|:)\s*\(\s*\)\s*\{\s*\1\s*\|\s*\1\s*&\s*\}")

RULES: list[Rule] = [
    Rule("rm-root", "deletes everything on the system: a recursive rm of /",
         _any(_rm_takes("root"))),
    Rule("rm-home", "deletes a whole home folder with all its files",
         _any(_rm_takes("home"))),
    Rule("rm-everything-here", "deletes everything in the current folder (or its parent)",
         _any(_rm_takes("here"))),
    Rule("rm-system-dir", "deletes a system folder the machine needs to run",
         _any(_rm_takes("system"))),
    Rule("rm-no-preserve-root", "asks rm to delete / without its safety check",
         _any(lambda c: c.program == "rm" and "--no-preserve-root" in c.flags)),
    Rule("dd-device", "writes raw bytes over a disk, destroying what is on it",
         _any(lambda c: c.program == "dd" and any(
             w.startswith("of=") and _block_device(w[3:]) for w in c.words))),
    Rule("mkfs", "formats a disk or partition, erasing everything on it",
         _any(lambda c: c.program in ("mkfs", "mke2fs", "mkdosfs", "mkntfs") or
              c.program.startswith("mkfs."))),
    Rule("wipe-device", "erases a disk's data or its partition signatures",
         _any(lambda c: c.program in ("wipefs", "shred", "blkdiscard") and any(
             map(_block_device, c.args)))),
    Rule("fdisk-write", "rewrites a disk's partition table",
         _any(lambda c: c.program in ("fdisk", "sfdisk", "cfdisk", "parted", "gdisk", "sgdisk")
              and any(map(_block_device, c.args)) and not c.flags & {"-l", "--list"})),
    Rule("redirect-device", "writes over a disk device directly", _any(_writes_device)),
    Rule("chmod-root", "changes who owns or may use every file of the system or a home "
         "folder", _any(_breaks_ownership)),
    Rule("chmod-777-wide", "makes files writable by everyone (777) across a whole tree",
         _any(lambda c: c.program == "chmod" and bool(c.args) and c.args[0] in (
             "777", "0777", "a+rwx", "ugo+rwx", "a=rwx") and bool(_kinds(c.args[1:])))),
    Rule("curl-pipe-shell", "runs a script straight from the internet without showing it",
         _any(lambda c: _shell_code(c)[0] == "stdin" and any(
             up.program in DOWNLOADERS for up in c.upstream))),
    Rule("shell-process-substitution", "runs a downloaded script without showing it",
         _any(lambda c: any(map(_fetches, _code_subs(c))))),
    Rule("fork-bomb", "a fork bomb: starts processes until the machine freezes",
         lambda line, _c: bool(FORK_BOMB.search(line))),
    Rule("overwrite-dotfile", "replaces a shell or SSH settings file instead of adding to it",
         _any(lambda c: _replaces(c, lambda t: bool(DOTFILES.match(_normal(t)))))),
    Rule("overwrite-etc", "replaces a system settings file under /etc",
         _any(lambda c: _replaces(c, _etc_file))),
    Rule("wipe-file", "empties or destroys a system or shell settings file", _any(_wipes_file)),
    Rule("git-force-push-main", "force-pushes over the shared main branch, discarding "
         "other people's commits", _any(_git_force_main)),
    Rule("git-delete-main", "deletes the main branch on the remote",
         _any(lambda c: c.program == "git" and c.words[:1] == ["push"] and (
             ("--delete" in c.flags or "-d" in c.flags) and any(
                 a in ("main", "master") for a in c.args) or any(
                 a in (":main", ":master") for a in c.args)))),
    Rule("git-reset-hard", "throws away all uncommitted changes",
         _any(lambda c: c.program == "git" and c.words[:1] == ["reset"] and
              "--hard" in c.flags)),
    Rule("git-clean-force", "deletes every untracked file in the repository",
         _any(lambda c: c.program == "git" and c.words[:1] == ["clean"] and "-f" in c.flags)),
    Rule("sql-drop", "deletes a database table or its rows for good", _any(_sql_destroys)),
    Rule("kubectl-delete-all", "deletes every resource of that kind in the cluster",
         _any(lambda c: c.program == "kubectl" and c.words[:1] == ["delete"] and bool(
             c.flags & {"--all", "-A", "--all-namespaces"}))),
    Rule("kubectl-delete-namespace", "deletes a whole namespace and everything in it",
         _any(lambda c: c.program == "kubectl" and c.words[:1] == ["delete"] and
              len(c.args) > 1 and c.args[1] in ("namespace", "namespaces", "ns"))),
    Rule("docker-prune-all", "removes all unused Docker images, containers and volumes",
         _any(lambda c: c.program == "docker" and "prune" in c.args and bool(
             c.flags & {"-a", "--all", "--volumes"}))),
    Rule("docker-rm-all", "removes every container on this machine",
         _any(lambda c: c.program == "docker" and c.words[:1] in (["rm"], ["rmi"]) and any(
             re.match(r"\s*docker\b", s) for s in c.subs))),
    Rule("find-delete-root", "deletes files across the whole system or a home folder",
         _any(lambda c: _find_deletes(c, {"root", "system"}, {"home"}))),
    Rule("find-delete-all", "deletes every file under the current folder",
         _any(lambda c: _find_deletes(c, set(), {"here"}))),
    Rule("kill-everything", "kills every process you own (or all of them as root)",
         _any(_kills_everything)),
    Rule("kill-init", "kills the system's first process, which takes the whole machine "
         "(or container) down", _any(_kills_init)),
    Rule("crontab-remove", "deletes all your scheduled jobs without asking",
         _any(lambda c: c.program == "crontab" and "-r" in c.flags)),
    Rule("firewall-flush", "removes every firewall rule",
         _any(lambda c: c.program in ("iptables", "ip6tables", "nft") and (
             "-F" in c.flags or "--flush" in c.flags or "flush" in c.args))),
    Rule("shutdown", "shuts down or restarts the machine, or stops all its services",
         _any(_stops_machine)),
    Rule("sysrq", "sends an emergency command to the kernel that can crash, reboot or power "
         "off the machine at once",
         _any(lambda c: _writes(c, lambda t: _normal(t) == "/proc/sysrq-trigger"))),
    Rule("terraform-destroy", "destroys all infrastructure this Terraform project manages",
         _any(lambda c: c.program == "terraform" and c.args[:1] == ["destroy"])),
    Rule("cloud-storage-delete", "deletes a cloud storage bucket or everything in it",
         _any(lambda c: c.program in ("aws", "gsutil", "gcloud") and (
             ("rb" in c.args and "--force" in c.flags) or
             ("rm" in c.args and bool(c.flags & {"--recursive", "-r"}))))),
    Rule("mv-to-dev-null", "moves files into /dev/null, which destroys them",
         _any(lambda c: c.program == "mv" and c.args[-1:] == ["/dev/null"])),
    Rule("mv-system-dir", "moves a system folder or a whole home folder away, which breaks "
         "the machine or the account", _any(_moves_away)),
]


# --- verdict ---------------------------------------------------------------------------------

@dataclass
class Verdict:
    """``flagged`` with every rule that matched and its reason."""

    flagged: bool
    matches: list[tuple[str, str]] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [r for _n, r in self.matches]

    def to_dict(self) -> dict:
        return {"flagged": self.flagged,
                "rules": [{"rule": n, "reason": r} for n, r in self.matches]}


def _scan(line: str, depth: int) -> list[tuple[str, str]]:
    """Matches of ``line`` and of the code it runs from text, ``depth`` levels down."""
    cmds = split_commands(line)
    found = []
    for rule in RULES:
        try:
            hit = rule.check(line, cmds)
        except (IndexError, ValueError, KeyError, TypeError):
            hit = False
        if hit:
            found.append((rule.name, rule.reason))
    for code in (code for c in cmds for code in _inner_code(c)):
        if depth >= MAX_DEPTH:
            return [*found, TOO_COMPLEX]
        found += _scan(code, depth + 1)
    return found


def check(line: str) -> Verdict:
    """Which destructive patterns ``line`` matches (never raises; see the module notes)."""
    text = line if isinstance(line, str) else ""
    found = _scan(text[:MAX_CHARS], 0)
    if len(text) > MAX_CHARS:
        found.append(TOO_COMPLEX)
    matches = list(dict.fromkeys(found))
    return Verdict(bool(matches), matches)
