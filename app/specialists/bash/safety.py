"""The safety check: destructive commands flagged with a plain reason.

A command line is split into simple commands (at ``;``, ``&&``, ``||`` and ``|``), each with
its program (after ``sudo`` and ``VAR=value`` prefixes), flags and arguments; each rule looks
at those, so "mkfs" inside a file name or "rm -rf ./build" do not trip the rules for
``mkfs`` or ``rm -rf /``. Nothing here ever runs a command.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Simple:
    """One simple command: program, its words, and what it is piped into."""

    program: str
    words: list[str]
    raw: str
    piped_into: str = ""

    @property
    def flags(self) -> set[str]:
        out: set[str] = set()
        for w in self.words:
            if w.startswith("--"):
                out.add(w.split("=")[0])
            elif w.startswith("-") and len(w) > 1:
                out.update(f"-{c}" for c in w[1:])
        return out

    @property
    def args(self) -> list[str]:
        return [w for w in self.words if not w.startswith("-")]


def split_commands(line: str) -> list[Simple]:
    """Simple commands of a command line, with what each is piped into."""
    parts = re.split(r"(\|\||&&|;|\|)", line)
    out: list[Simple] = []
    pipe_next = False
    for part in parts:
        if part in ("||", "&&", ";"):
            pipe_next = False
            continue
        if part == "|":
            pipe_next = True
            continue
        try:
            words = shlex.split(part, comments=False)
        except ValueError:
            words = part.split()
        while words and (words[0] in ("sudo", "doas", "env", "nohup", "time", "exec") or
                         re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", words[0])):
            prefix, words = words[0], words[1:]
            while prefix in ("sudo", "doas") and words and words[0].startswith("-"):
                words = words[1:]  # sudo's own options
        if not words:
            continue
        simple = Simple(words[0].rsplit("/", 1)[-1], words[1:], part.strip())
        if pipe_next and out:
            out[-1].piped_into = simple.program
        out.append(simple)
        pipe_next = False
    return out


ROOT_LIKE = {"/", "/*", "~", "~/", "~/*", "$HOME", "${HOME}", "$HOME/", "$HOME/*", "*", ".",
             "./", "./*", "..", "../", "/.", "/.."}
SYSTEM_DIRS = {"/etc", "/usr", "/var", "/boot", "/bin", "/sbin", "/lib", "/lib64", "/home",
               "/root", "/opt", "/sys", "/proc", "/dev", "/srv", "/mnt"}
BLOCK_DEVICE = re.compile(r"^/dev/(sd[a-z]|hd[a-z]|vd[a-z]|xvd[a-z]|nvme\d|mmcblk\d|disk\d|"
                          r"md\d|dm-\d|mapper/)")
SHELLS = {"sh", "bash", "zsh", "ksh", "dash", "fish", "python", "python3", "perl", "ruby"}
DOTFILES = re.compile(r"^(~|\$HOME|\$\{HOME\})/\.(bashrc|zshrc|profile|bash_profile|"
                      r"zprofile|gitconfig|ssh/authorized_keys|ssh/config|vimrc|inputrc)$")


def _recursive(c: Simple) -> bool:
    return bool(c.flags & {"-r", "-R", "--recursive"})


def _system(path: str) -> bool:
    """A top-level system folder such as /etc or /usr (not / itself: rules say that apart)."""
    return path.rstrip("/").rstrip("*").rstrip("/") in SYSTEM_DIRS


def _overwrites(line: str, target: Callable[[str], bool]) -> bool:
    for m in re.finditer(r"(?<![>0-9&])>\s*(\S+)", line):
        if target(m.group(1)):
            return True
    return False


@dataclass(frozen=True)
class Rule:
    name: str
    reason: str
    check: Callable[[str, list[Simple]], bool]


def _any(pred: Callable[[Simple], bool]) -> Callable[[str, list[Simple]], bool]:
    return lambda _line, cmds: any(pred(c) for c in cmds)


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
    text = " ".join(c.words).lower()
    if re.search(r"\b(drop\s+(table|database|schema)|truncate\s+(table\s+)?\w)", text):
        return True
    return bool(re.search(r"\bdelete\s+from\s+\w+(?![^;]*\bwhere\b)", text))


RULES: list[Rule] = [
    Rule("rm-root", "deletes everything on the system: a recursive rm of / ",
         _any(lambda c: c.program == "rm" and _recursive(c) and any(
             a.rstrip("*").rstrip("/") == "" for a in c.args if a.startswith("/")))),
    Rule("rm-home", "deletes your whole home folder",
         _any(lambda c: c.program == "rm" and _recursive(c) and any(
             a in ("~", "~/", "~/*", "$HOME", "${HOME}", "$HOME/", "$HOME/*") for a in c.args))),
    Rule("rm-everything-here", "deletes everything in the current folder (or its parent)",
         _any(lambda c: c.program == "rm" and _recursive(c) and any(
             a in ("*", ".", "./", "./*", "..", "../", ".*") for a in c.args))),
    Rule("rm-system-dir", "deletes a system folder the machine needs to run",
         _any(lambda c: c.program == "rm" and _recursive(c) and any(
             _system(a) for a in c.args))),
    Rule("rm-no-preserve-root", "asks rm to delete / without its safety check",
         _any(lambda c: c.program == "rm" and "--no-preserve-root" in c.flags)),
    Rule("dd-device", "writes raw bytes over a disk, destroying what is on it",
         _any(lambda c: c.program == "dd" and any(
             w.startswith("of=") and BLOCK_DEVICE.match(w[3:]) for w in c.words))),
    Rule("mkfs", "formats a disk or partition, erasing everything on it",
         _any(lambda c: c.program.startswith("mkfs") or c.program == "mke2fs")),
    Rule("wipe-device", "erases a disk's data or its partition signatures",
         _any(lambda c: c.program in ("wipefs", "shred", "blkdiscard") and any(
             BLOCK_DEVICE.match(a) for a in c.args))),
    Rule("fdisk-write", "rewrites a disk's partition table",
         _any(lambda c: c.program in ("fdisk", "sfdisk", "parted", "gdisk") and any(
             BLOCK_DEVICE.match(a) for a in c.args) and not c.flags & {"-l", "--list"})),
    Rule("redirect-device", "writes over a disk device directly",
         lambda line, _c: _overwrites(line, lambda t: bool(BLOCK_DEVICE.match(t)))),
    Rule("chmod-root", "changes permissions on every file of the system",
         _any(lambda c: c.program in ("chmod", "chown", "chgrp") and _recursive(c) and any(
             _system(a) or a in ("/", "/*") for a in c.args))),
    Rule("chmod-777-wide", "makes files writable by everyone (777) across a whole tree",
         _any(lambda c: c.program == "chmod" and "777" in c.args and any(
             a in ROOT_LIKE or _system(a) for a in c.args))),
    Rule("curl-pipe-shell", "runs a script straight from the internet without showing it",
         _any(lambda c: c.program in ("curl", "wget", "fetch") and c.piped_into in SHELLS)),
    Rule("shell-process-substitution", "runs a downloaded script without showing it",
         lambda line, _c: bool(re.search(
             r"\b(ba|z)?sh\s+<\(\s*(curl|wget)\b|\b(ba|z)?sh\s+-c\s+[\"']?\$\(\s*(curl|wget)",
             line))),
    Rule("fork-bomb", "a fork bomb: starts processes until the machine freezes",
         lambda line, _c: bool(re.search(r":\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:",
                                         line))),
    Rule("overwrite-dotfile", "replaces a shell or SSH settings file instead of adding to it",
         lambda line, _c: _overwrites(line, lambda t: bool(DOTFILES.match(t)))),
    Rule("overwrite-etc", "replaces a system settings file under /etc",
         lambda line, cmds: _overwrites(line, lambda t: t.startswith("/etc/")) or any(
             c.program == "tee" and "-a" not in c.flags and any(
                 a.startswith("/etc/") for a in c.args) for c in cmds)),
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
    Rule("sql-drop", "deletes a database table or its rows for good",
         _any(_sql_destroys)),
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
         _any(lambda c: c.program == "docker" and c.words[:1] in (["rm"], ["rmi"]) and (
             "$(docker" in c.raw or "`docker" in c.raw))),
    Rule("find-delete-root", "deletes files across the whole system",
         _any(lambda c: c.program == "find" and c.args[:1] and (
             c.args[0] in ("/", "~", "$HOME") or _system(c.args[0])) and (
             "-delete" in c.words or ("-exec" in c.words and "rm" in c.words)))),
    Rule("kill-everything", "kills every process you own (or all of them as root)",
         _any(lambda c: c.program in ("kill", "pkill") and "-1" in c.words)),
    Rule("crontab-remove", "deletes all your scheduled jobs without asking",
         _any(lambda c: c.program == "crontab" and "-r" in c.flags)),
    Rule("firewall-flush", "removes every firewall rule",
         _any(lambda c: c.program in ("iptables", "ip6tables", "nft") and (
             "-F" in c.flags or "--flush" in c.flags or "flush" in c.args))),
    Rule("shutdown", "shuts down or restarts the machine",
         _any(lambda c: c.program in ("shutdown", "reboot", "halt", "poweroff") or (
             c.program == "systemctl" and c.args[:1] in (["poweroff"], ["reboot"], ["halt"])))),
    Rule("terraform-destroy", "destroys all infrastructure this Terraform project manages",
         _any(lambda c: c.program == "terraform" and c.args[:1] == ["destroy"])),
    Rule("cloud-storage-delete", "deletes a cloud storage bucket or everything in it",
         _any(lambda c: c.program in ("aws", "gsutil", "gcloud") and (
             ("rb" in c.args and "--force" in c.flags) or
             ("rm" in c.args and bool(c.flags & {"--recursive", "-r"}))))),
    Rule("mv-to-dev-null", "moves files into /dev/null, which destroys them",
         _any(lambda c: c.program == "mv" and c.args[-1:] == ["/dev/null"])),
]


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


def check(line: str) -> Verdict:
    """Which destructive patterns ``line`` matches (never raises)."""
    cmds = split_commands(line)
    matches = []
    for rule in RULES:
        try:
            hit = rule.check(line, cmds)
        except (IndexError, ValueError):
            hit = False
        if hit:
            matches.append((rule.name, rule.reason.strip()))
    return Verdict(bool(matches), matches)
