"""Real commands from tldr-pages (CC BY 4.0): each example's description and command, its
``{{placeholders}}`` filled with plausible concrete values, deterministic for a seed.

Read once from a git snapshot of https://github.com/tldr-pages/tldr into ``corpus.jsonl``;
the data generators read that file, never the network.
"""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import tarfile
from pathlib import Path

from app.training.datasets.common import write_jsonl

SOURCE = {
    "name": "tldr-pages", "url": "https://github.com/tldr-pages/tldr",
    "licence": "CC BY 4.0", "licence_url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Commands and descriptions adapted from tldr-pages (c) the tldr-pages team "
                   "and contributors, CC BY 4.0; placeholders filled with example values.",
    "pages": ["pages/common", "pages/linux"],
}
MAX_CHARS = 80
_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
_ALTERNATIVES = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_PATH = re.compile(r"^(?:path/to|path/to/(.*))$")

# Example values by the words a placeholder's name is made of.
POOLS: dict[str, list[str]] = {
    "user": ["alice", "bob", "deploy", "admin", "root", "ubuntu"],
    "password": ["hunter2", "s3cret", "changeme"],
    "host": ["example.com", "server1", "192.168.1.10", "10.0.0.5", "db.internal",
             "localhost"],
    "url": ["https://example.com", "https://example.com/file.zip", "http://localhost:8080",
            "https://github.com/alice/demo.git"],
    "port": ["8080", "3000", "22", "443", "5432"],
    "package": ["requests", "numpy", "curl", "vim", "htop", "express", "lodash", "flask"],
    "container": ["web", "db", "redis", "api"],
    "service": ["nginx", "sshd", "docker", "cron"],
    "project": ["myapp", "website", "backend", "demo"],
    "branch": ["main", "develop", "feature/login", "fix/header"],
    "remote": ["origin", "upstream"],
    "tag": ["v1.0", "v2.1.0", "latest"],
    "image": ["ubuntu", "nginx", "alpine", "postgres"],
    "database": ["mydb", "app_db", "users"],
    "table": ["users", "orders", "events"],
    "bucket": ["my-bucket", "backups"],
    "namespace": ["default", "prod", "staging"],
    "pod": ["web-1", "api-7f9c"],
    "cluster": ["prod-cluster", "dev"],
    "vm": ["vm1", "ubuntu-vm"],
    "group": ["staff", "docker", "developers"],
    "profile": ["default", "work"],
    "interface": ["eth0", "wlan0", "enp3s0"],
    "process": ["firefox", "nginx", "python"],
    "key": ["name", "api_key", "color"],
    "value": ["42", "true", "hello"],
    "variable": ["PATH", "HOME", "EDITOR"],
    "commit": ["HEAD~1", "a1b2c3d", "main"],
    "message": ["hello", "fix", "update", "done"],
    "quoted": ["hello world", "fix typo", "initial commit", "update docs"],
    "pattern": ["error", "TODO", "foo", "warning", "main"],
    "command": ["ls", "make", "whoami", "uptime", "date"],
    "argument": ["foo", "bar", "input.txt"],
    "number": ["3", "5", "10", "20", "100"],
    "size": ["640", "800", "1024"],
    "pid": ["1234", "4321", "987"],
    "seconds": ["5", "10", "30"],
    "version": ["1.2.3", "3.11", "18", "latest"],
    "email": ["alice@example.com", "bob@example.org"],
    "date": ["2024-01-15", "2023-12-31"],
    "time": ["12:30", "09:00"],
    "language": ["en", "python", "de"],
    "extension": ["txt", "py", "log"],
    "format": ["json", "csv", "yaml"],
    "region": ["us-east-1", "europe-west1"],
    "generic": ["foo", "demo", "test", "main", "alpha", "data"],
    "file": ["notes.txt", "config.yaml", "data.csv", "report.pdf", "main.py", "app.log",
             "index.html", "README.md", "script.sh", "photo.jpg"],
    "directory": ["src", "build", "docs", "logs", "backup", "projects", "data"],
    "stem": ["notes", "report", "data", "backup", "photo", "main", "output", "input",
             "config", "archive"],
    "prefix": ["", "", "", "src/", "~/", "/tmp/", "data/", "docs/", "~/projects/"],
}
ALIASES = {
    "username": "user", "owner": "user", "login": "user", "pass": "password",
    "passphrase": "password", "secret": "password", "token": "password",
    "hostname": "host", "server": "host", "domain": "host", "address": "host", "ip": "host",
    "uri": "url", "link": "url", "module": "package", "library": "package",
    "formula": "package", "gem": "package", "crate": "package", "unit": "service",
    "daemon": "service", "app": "project", "application": "project", "repository": "project",
    "repo": "project", "image_name": "image", "db": "database", "schema": "database",
    "program": "process", "executable": "process", "var": "variable", "env": "variable",
    "revision": "commit", "hash": "commit", "sha": "commit", "text": "message",
    "string": "message", "comment": "message", "title": "message", "description": "message",
    "regex": "pattern", "keyword": "pattern", "query": "pattern", "search": "pattern",
    "term": "pattern", "word": "pattern", "cmd": "command", "subcommand": "command",
    "arguments": "argument", "args": "argument", "arg": "argument", "option": "argument",
    "options": "argument", "n": "number", "count": "number", "amount": "number",
    "level": "number", "limit": "number", "lines": "number", "line": "number",
    "index": "number", "id": "number", "uid": "number", "gid": "number", "days": "number",
    "width": "size", "height": "size", "minutes": "seconds", "timeout": "seconds",
    "delay": "seconds", "interval": "seconds", "dir": "directory", "folder": "directory",
    "filename": "file", "lang": "language", "locale": "language", "ext": "extension",
    "zone": "region", "location": "region", "name": "generic", "label": "generic",
    "target": "generic", "source": "generic", "device": "interface", "nic": "interface",
}
# Words that name what the value is more than what it belongs to ("remote_host" is a host).
HEADS = ("url", "host", "port", "user", "password", "email", "pid", "version", "file",
         "directory", "number")
GENERIC_STEMS = {"file", "input", "output", "source", "target", "image", "archive",
                 "input_file", "output_file", "file_or_directory", "destination"}


def read_pages(git_dir: str | Path, folders: list[str] | None = None
               ) -> tuple[str, dict[str, str]]:
    """(commit id, {page path: markdown}) for the English pages in ``folders`` (by default
    common and linux) at HEAD."""
    git = ["git", "--git-dir", str(git_dir)]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    blob = subprocess.run([*git, "archive", "HEAD", *(folders or SOURCE["pages"])],
                          capture_output=True, check=True).stdout
    pages = {}
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".md"):
                pages[member.name] = tar.extractfile(member).read().decode("utf-8")
    return commit, dict(sorted(pages.items()))


def examples(markdown: str) -> list[tuple[str, str]]:
    """(description, raw command) pairs of one page."""
    out, description = [], ""
    for line in markdown.splitlines():
        if line.startswith("- "):
            description = _plain(line[2:].rstrip(":"))
        elif line.startswith("`") and line.endswith("`") and description:
            out.append((description, line[1:-1]))
            description = ""
    return out


def _plain(text: str) -> str:
    """A description without tldr's markup: ``[c]reate`` -> create, no backticks."""
    text = re.sub(r"\[(\w+)\]", r"\1", text)
    text = _PLACEHOLDER.sub(lambda m: m.group(1), text)
    return re.sub(r"\s+", " ", text.replace("`", "")).strip()


def fill(command: str, rng: random.Random) -> str:
    """The command with each ``{{placeholder}}`` replaced by an example value."""
    def one(m: re.Match) -> str:
        quoted = command[:m.start()].count('"') % 2 == 1 or \
            command[:m.start()].count("'") % 2 == 1
        return fill_placeholder(m.group(1), rng, quoted)
    return _PLACEHOLDER.sub(one, command)


def fill_placeholder(text: str, rng: random.Random, quoted: bool = False) -> str:
    """One placeholder's value: an alternative picked, each listed item filled."""
    text = _ALTERNATIVES.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    if "|" in text and " " not in text:
        text = rng.choice(text.split("|"))
    items = [w for w in text.split() if w != "..."]
    if "..." in text.split():
        items = items[:rng.choice([1, 2, 2])]
    if quoted and len(items) == 1 and _words_of(items[0]) & {"message", "text", "string"}:
        return rng.choice(POOLS["quoted"])
    return " ".join(_item(w, rng) for w in items)


def _item(item: str, rng: random.Random) -> str:
    m = _PATH.match(item)
    if m:
        return _path(m.group(1) or "", rng)
    if re.search(r"[0-9.*~$/\\]|^-", item) or item != item.lower():
        return _devices(item)
    parts = re.split(r"([@:=,])", item)
    if len(parts) > 1:
        return "".join(p if i % 2 else _item(p, rng) for i, p in enumerate(parts))
    return rng.choice(POOLS[_pool(item)]) if item else item


def _devices(item: str) -> str:
    """Literal examples kept, their letter/number markers made concrete (``/dev/sdXY``)."""
    item = re.sub(r"(?<=[a-z])X(?=[YN]?\b)", "b", item)
    item = re.sub(r"(?<=[a-z])[YN]\b", "1", item)
    return re.sub(r"\bN\b", "1", item)


def _words_of(name: str) -> set[str]:
    return set(re.split(r"[_\-\s]+", name.lower().strip("0123456789")))


def _pool(name: str) -> str:
    """The pool for a placeholder name: a head word first, then any known word."""
    base = name.lower().rstrip("0123456789")
    if base in POOLS or base in ALIASES:
        return ALIASES.get(base, base)
    words = [ALIASES.get(w, w) for w in re.split(r"[_\-]+", base)]
    for head in HEADS:
        if head in words:
            return head
    return next((w for w in words if w in POOLS and w != "generic"), "generic")


def _path(rest: str, rng: random.Random) -> str:
    """A concrete path for ``path/to/<rest>``: a directory, a file, or ``name.ext``."""
    rest = rest.rstrip("0123456789")
    prefix = rng.choice(POOLS["prefix"])
    if not rest or _pool(rest) == "directory" or "dir" in rest:
        return prefix + rng.choice(POOLS["directory"]) + rng.choice(["", "", "/"])
    if "." in rest:
        stem, ext = rest.split(".", 1)
        if stem.rstrip("0123456789") in GENERIC_STEMS or "_" in stem:
            stem = rng.choice(POOLS["stem"])
        return prefix + stem + "." + ext
    if rest in GENERIC_STEMS or _pool(rest) == "file":
        return prefix + rng.choice(POOLS["file"])
    return prefix + rest


def usable(command: str) -> bool:
    """Short, ASCII, one line, fully filled, a command (not a key binding or an alias
    page's pointer to another page)."""
    return (command.isascii() and re.match(r"[A-Za-z0-9./~]", command) is not None
            and not command.startswith("tldr ") and 0 < len(command) <= MAX_CHARS
            and not re.search(r"\{\{|\.\.\.|[\n\\]", command))


def build_corpus(pages: dict[str, str], seed: int = 0, per_page: int = 1) -> list[dict]:
    """Up to ``per_page`` usable examples of each page: {command, description, page}."""
    rows, seen = [], set()
    for path, markdown in pages.items():
        rng = random.Random(f"{seed}:{path}")
        page = path.removeprefix("pages/").removesuffix(".md")
        filled = [(d, fill(c, rng).strip()) for d, c in examples(markdown)]
        good = [(d, c) for d, c in filled if usable(c) and c not in seen]
        for description, command in rng.sample(good, min(per_page, len(good))):
            seen.add(command)
            rows.append({"command": command, "description": description, "page": page})
    return rows


def write_corpus(rows: list[dict], commit: str, out_dir: str | Path) -> Path:
    """``corpus.jsonl`` and its ``corpus_source.json`` (where it came from, the licence)."""
    out = Path(out_dir)
    path = out / "corpus.jsonl"
    write_jsonl(path, rows)
    (out / "corpus_source.json").write_text(
        json.dumps({**SOURCE, "commit": commit, "commands": len(rows)}, indent=2) + "\n",
        encoding="utf-8")
    return path
