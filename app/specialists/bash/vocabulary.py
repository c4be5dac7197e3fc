"""The spoken protocol: how people say symbols, numbers and casing, and the command words
that tell where a command's arguments start. Facts about dictation, kept as data."""

from __future__ import annotations

# Multi-word phrases first (longest match wins), then single words. Values are symbols.
SYMBOL_PHRASES: dict[tuple[str, ...], str] = {
    ("two", "redirect", "ampersand"): "2>&", ("two", "greater", "than", "ampersand"): "2>&",
    ("two", "redirect"): "2>", ("two", "greater", "than"): "2>",
    ("double", "greater", "than"): ">>", ("double", "redirect"): ">>",
    ("greater", "than"): ">", ("less", "than"): "<", ("bigger", "than"): ">",
    ("smaller", "than"): "<", ("redirect", "to"): ">", ("append", "to"): ">>",
    ("pipe", "into"): "|", ("pipe", "symbol"): "|", ("pipe", "it", "into"): "|",
    ("pipe", "to"): "|", ("pipe", "that", "into"): "|", ("pipe", "that", "to"): "|",
    ("pipe", "it", "to"): "|", ("pipe", "it", "through"): "|", ("pipe", "that", "through"): "|",
    ("pipe", "through"): "|",
    ("end", "single", "quote"): "'", ("close", "single", "quote"): "'",
    ("open", "single", "quote"): "'", ("home", "directory"): "~",
    ("dash", "dash"): "--", ("double", "dash"): "--", ("dabble", "hyphen"): "--",
    ("dabble", "dash"): "--",  # Whisper's "double" before a dash
    ("double", "dot"): "..",  # "a double dot z": a range
    ("minus", "minus"): "--",
    ("hyphen", "hyphen"): "--",
    ("and", "and"): "&&", ("pipe", "pipe"): "||", ("or", "or"): "||",
    ("ampersand", "ampersand"): "&&", ("double", "ampersand"): "&&", ("double", "pipe"): "||",
    ("dot", "dot"): "..", ("period", "period"): "..",
    ("forward", "slash"): "/", ("back", "slash"): "\\",
    ("vertical", "bar"): "|", ("dollar", "sign"): "$", ("at", "sign"): "@",
    ("double", "equals"): "==", ("double", "equal"): "==",
    ("equals", "sign"): "=", ("equal", "sign"): "=", ("percent", "sign"): "%",
    ("tilde", "sign"): "~",
    ("plus", "sign"): "+", ("hash", "sign"): "#", ("pound", "sign"): "#", ("minus", "sign"): "-",
    ("number", "sign"): "#",
    ("question", "mark"): "?", ("exclamation", "mark"): "!", ("exclamation", "point"): "!",
    ("single", "quote"): "'", ("double", "quote"): '"', ("back", "tick"): "`",
    ("open", "quote"): '"', ("close", "quote"): '"', ("end", "quote"): '"',
    ("end", "single"): "'",
    ("open", "double", "quote"): '"', ("close", "double", "quote"): '"',
    ("double", "slash"): "//", ("double", "plus"): "++", ("square", "bracket"): "[",
    ("open", "paren"): "(", ("close", "paren"): ")", ("left", "paren"): "(",
    ("right", "paren"): ")", ("open", "parenthesis"): "(", ("close", "parenthesis"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}", ("open", "curly"): "{",
    ("close", "curly"): "}", ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("left", "brace"): "{", ("right", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]", ("left", "bracket"): "[",
    ("right", "bracket"): "]", ("open", "square", "bracket"): "[",
    ("close", "square", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">", ("left", "angle"): "<",
    ("right", "angle"): ">", ("new", "line"): "\\n",
    ("greater", "than", "sign"): ">", ("less", "than", "sign"): "<",
    # the noun first, as German and French speakers say them ("square bracket open")
    ("square", "bracket", "open"): "[", ("square", "bracket", "close"): "]",
    ("round", "bracket", "open"): "(", ("round", "bracket", "close"): ")",
    ("curly", "bracket", "open"): "{", ("curly", "bracket", "close"): "}",
    ("parenthesis", "open"): "(", ("parenthesis", "close"): ")", ("paren", "open"): "(",
    ("paren", "close"): ")", ("brace", "open"): "{", ("brace", "close"): "}",
    ("double", "point"): ":",
}
SYMBOL_WORDS: dict[str, str] = {
    "dash": "-", "minus": "-", "hyphen": "-",
    "dot": ".", "period": ".", "point": ".",
    "slash": "/", "backslash": "\\",
    "pipe": "|", "star": "*", "asterisk": "*", "bang": "!", "exclamation": "!", "hash": "#",
    "hashtag": "#",
    "tilde": "~", "squiggle": "~", "squiggly": "~",
    "at": "@", "dollar": "$", "percent": "%", "caret": "^",
    "ampersand": "&", "equals": "=", "equal": "=", "plus": "+", "colon": ":",
    "semicolon": ";", "underscore": "_", "comma": ",", "quote": '"', "quotes": '"',
    "backtick": "`", "apostrophe": "'", "redirect": ">", "append": ">>", "unquote": '"',
    "greater": ">",  # a screen reader's name for it
    "rangle": ">", "langle": "<",  # TeX's names
    "paren": "(", "brace": "{",
    "whack": "/", "backwhack": "\\", "twiddle": "~", "splat": "*",  # the Jargon File's names
}
PROTOCOL_SYMBOL_WORDS = {"under": "_", "into": ">", "tick": "'", "semi": ";", "hat": "^",
                         "line": "_", "bar": "-", "column": ":"}  # a screen reader's _, a
# Korean's -, Whisper's colon heard as "column"
PROTOCOL_SYMBOL_PHRASES = {("more", "than"): ">"}
"""Everyday words (and phrases) that are symbols only where "space" is said and no dash
comes before."""
FLAG_NAME_WORDS = {"append", "equal"}
"""Symbol words that are a flag's name right after a dash ("dash dash append")."""
SPACE_WORDS = {"space"}
JOINED, ALONE = "\u2040", "\u2423"  # what "…, no spaces" and "…, on its own" become
GLUED = "\u2041"  # what Dragon's "A no space B" becomes: B glued to A

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

CASE_WORDS = {  # phrase -> style; the words that follow (up to a symbol or "space") are cased
    ("camel", "case"): "camel", ("snake", "case"): "snake", ("pascal", "case"): "pascal",
    ("kebab", "case"): "kebab", ("screaming", "snake", "case"): "screaming",
    ("screaming", "snake"): "screaming", ("screaming", "case"): "screaming",
    ("constant", "case"): "screaming",
}
FORMATTER_WORDS = {"camel": "camel", "snake": "snake", "pascal": "pascal", "kebab": "kebab"}
"""Talon's formatters said alone ("kebab dry run" = dry-run): for two words or more."""
CAPITAL_WORDS = {("capital",): "capital", ("cap",): "capital", ("capital", "letter"): "capital",
                 ("upper", "case"): "upper", ("uppercase",): "upper",
                 ("all", "caps"): "upper", ("caps",): "upper", ("lowercase",): "lower",
                 ("all", "uppercase"): "upper", ("all", "capitals"): "upper",
                 ("all", "in", "capitals"): "upper",
                 ("big", "letter"): "capital", ("big", "letters"): "upper"}

COMMANDS = {
    "git", "ls", "cd", "docker", "kubectl", "npm", "npx", "yarn", "pnpm", "pip", "pip3",
    "python", "python3", "node", "cat", "grep", "egrep", "mkdir", "rm", "rmdir", "cp", "mv",
    "ssh", "scp", "curl", "wget", "echo", "export", "tail", "head", "ps", "chmod", "chown",
    "find", "du", "df", "top", "htop", "make", "cargo", "rustc", "go", "touch", "tar", "zip",
    "unzip", "sed", "awk", "sort", "uniq", "wc", "kill", "killall", "pkill", "rsync", "ln",
    "diff", "less", "more", "uname", "sudo", "apt", "apt-get", "brew", "systemctl",
    "journalctl", "ping", "which", "whoami", "env", "printenv", "source", "history", "clear",
    "open", "code", "vim", "nano", "helm", "terraform", "aws", "gcloud", "az", "psql",
    "mysql", "redis-cli", "xargs", "tee", "date", "free", "jq", "pytest", "poetry", "uv",
    "docker-compose", "pwd", "sleep", "watch", "nc", "dig", "nslookup", "traceroute", "ip",
    "ifconfig", "netstat", "lsof", "crontab", "dd", "mkfs", "mount", "umount", "fdisk",
    "chgrp", "time", "basename", "dirname", "realpath", "stat", "cut", "tr", "rg",
    "fd", "bat", "exa", "tmux", "screen", "gzip", "gunzip", "bzip2", "openssl", "base64",
    "md5sum", "sha256sum", "shasum", "git-lfs", "gh", "ruby", "gem", "bundle", "java",
    "javac", "mvn", "gradle", "dotnet", "php", "composer", "perl", "bash", "sh", "zsh",
    # Windows (a Snapdragon laptop's own shell): names no English word shares
    "tasklist", "taskkill", "logoff", "systeminfo", "ipconfig", "cmdkey", "psping", "robocopy",
    "xcopy", "netsh", "chkdsk", "diskpart", "schtasks", "wmic", "certutil", "bcdedit",
    "icacls", "takeown", "gpupdate", "gpresult", "tracert", "pathping", "getmac", "msiexec",
    "winget", "choco",
}
SUBCOMMANDS = {
    # git
    "status", "add", "commit", "push", "pull", "log", "diff", "checkout", "branch", "stash",
    "rebase", "clone", "fetch", "merge", "reset", "remote", "show", "switch", "restore",
    "tag", "init", "blame", "cherry-pick", "revert", "config", "clean", "bisect",
    # docker / kubectl / npm / pip / others
    "ps", "run", "build", "buildx", "exec", "logs", "images", "rmi", "compose", "up", "down",
    "stop",
    "start", "restart", "inspect", "get", "describe", "apply", "delete", "rollout", "scale",
    "install", "uninstall", "test", "ci", "update", "upgrade", "freeze", "list", "create",
    "pop", "drop", "prune", "system", "volume", "network", "login", "logout", "publish",
    "version", "info", "edit", "port-forward", "top", "cp", "rm", "migrate",
    "remove", "search", "outdated", "audit", "link", "sync", "self", "tree", "lock", "why",
}
# Programs whose second word is a subcommand ("git status", "docker build").
SUBCOMMAND_HOSTS = {"git", "docker", "kubectl", "npm", "pip", "pip3", "cargo", "go",
                    "systemctl", "apt", "apt-get", "brew", "helm", "yarn", "pnpm", "poetry",
                    "uv", "gh", "terraform", "aws", "gcloud", "docker-compose", "compose",
                    "python", "python3", "npx", "dotnet", "mvn", "gradle", "bundle", "gem",
                    "bun", "deno", "podman", "snap", "flatpak", "az"}
# What Whisper writes for a command word it mishears, keyed by the word that follows.
GIT_ONLY = {"blame", "rev", "rev-parse", "request", "request-pull", "abort", "stash", "rebase",
            "cherry", "cherry-pick", "bisect", "reflog", "fetch", "merge", "remote", "reset",
            "restore", "switch", "checkout", "branch", "worktree", "submodule", "shortlog",
            "notes", "am", "format-patch", "cat-file", "ls-files", "ls-tree", "clone"}
"""Words after "get" that say Whisper misheard git."""
MISHEARD_FIRST = {
    "get": ("git", (SUBCOMMANDS | GIT_ONLY) - {"get"}), "gets": ("git", SUBCOMMANDS),
    "good": ("git", {"status", "push", "pull", "commit", "add", "log", "diff"}),
    "kip": ("pip", {"install", "uninstall", "freeze", "list"}),
    "peep": ("pip", {"install", "uninstall", "freeze", "list"}),
    "pseudo": ("sudo", None), "sudu": ("sudo", None),
    "cube": ("kubectl", None), "kubectl's": ("kubectl", None),
    "doctor": ("docker", {"ps", "run", "build", "images", "compose", "exec", "logs", "rm"}),
    "see": ("cd", None), "cd.": ("cd", None), "lss": ("ls", None), "les": ("ls", None),
}
MISHEARD_PHRASES = {
    ("cube", "control"): "kubectl", ("kube", "control"): "kubectl",
    ("cube", "ctl"): "kubectl", ("kube", "ctl"): "kubectl", ("cube", "cuddle"): "kubectl",
    ("kube", "cuddle"): "kubectl", ("n", "p", "m"): "npm", ("p", "w", "d"): "pwd",
    ("python", "three"): "python3", ("pip", "three"): "pip3", ("c", "d"): "cd",
    ("l", "s"): "ls", ("r", "m"): "rm", ("s", "s", "h"): "ssh", ("d", "f"): "df",
    ("d", "u"): "du", ("p", "s"): "ps", ("m", "v"): "mv", ("c", "p"): "cp",
}

_ZERO = {"nought": "zero", "naught": "zero"}
# How Whisper (tiny.en, base) writes spoken command vocabulary, seen in the audio round trip:
# replaced before anything else reads the words. Multi-word keys are matched as phrases.
SPLIT_WORDS: dict[tuple[str, ...], str] = {  # one word Whisper wrote as two (none of them is
    ("out", "put"): "output", ("in", "put"): "input", ("back", "up"): "backup",  # ever two
    ("up", "date"): "update", ("down", "load"): "download", ("up", "load"): "upload",  # words
    ("pass", "word"): "password", ("user", "name"): "username", ("host", "name"): "hostname",
    ("file", "name"): "filename", ("local", "host"): "localhost", ("up", "time"): "uptime",
    ("web", "site"): "website", ("data", "base"): "database", ("time", "out"): "timeout",
    ("snap", "shot"): "snapshot", ("up", "stream"): "upstream", ("check", "sum"): "checksum",
    ("type", "script"): "typescript", ("note", "book"): "notebook", ("fire", "wall"): "firewall",
    ("post", "gres"): "postgres"}  # in a command; a case run keeps them apart: getUserName)
HEARD_AS: dict[tuple[str, ...], str] = {**SPLIT_WORDS,
    ("mk", "dire"): "mkdir", ("make", "dir"): "mkdir", ("mk", "dir"): "mkdir",
    ("our", "m"): "rm", ("r", "m"): "rm", ("enter", "them"): "npm", ("empty", "them"): "npm",
    ("and", "pm"): "npm", ("pepp",): "pip", ("pip's",): "pip", ("ps", "ox"): "ps aux",
    ("ps", "orcs"): "ps aux", ("read", "me"): "readme", ("all", "cats"): "all caps",
    ("all", "cap"): "all caps", ("capitol",): "capital", ("passable", "case"): "pascal case",
    ("pascal's", "case"): "pascal case", ("camel's", "case"): "camel case",
    ("kebob", "case"): "kebab case", ("yamel",): "yaml", ("jason",): "json",
    ("forvard",): "forward", ("vait",): "wait",  # Persian v for w
    ("full", "caps"): "all caps",
    ("et", "cetera"): "etc", ("w", "get"): "wget", ("w", "lan"): "wlan", ("our", "sync"): "rsync",
    ("r", "sync"): "rsync", ("open", "parent"): "open paren", ("close", "parent"): "close paren",
    ("left", "parent"): "left paren", ("right", "parent"): "right paren", ("parens",): "paren",
    ("vent",): "venv", ("engine", "x"): "nginx", ("engine-x",): "nginx",
    ("majuscule",): "capital", ("arobase",): "at", ("circumflex",): "caret",  # French
    ("kefalaío",): "capital", ("kefalaio",): "capital", ("κεφαλαίο",): "capital",  # Greek
    ("tack", "tack"): "dash dash", ("tack",): "dash",  # an old sysadmin's name for "-" …
    ("and", "tack"): "and tack", ("tack", "on"): "tack on",  # … not "and tack it on"
    ("v", "env"): "venv", ("dot", "pi"): "dot py", ("dot", "pie"): "dot py",
    ("dot", "pipe", "quote"): "dot py quote", ("sudo's",): "sudo", ("cube",): "kube",
    ("dash", "be"): "dash v", ("dash", "hey"): "dash a",
    ("dash", "el"): "dash l", ("dash", "and"): "dash n", ("dash", "em"): "dash m",
    ("dash", "ex"): "dash x", ("dash", "are"): "dash r", ("dash", "oh"): "dash o",
    ("dash", "see"): "dash c", ("dash", "tea"): "dash t", ("dash", "pea"): "dash p",
    ("dash", "you"): "dash u", ("dash", "why"): "dash y", ("tilda",): "tilde",
    ("tilt",): "tilde", ("slash", "slash"): "slash slash", ("dot", "dot"): "dot dot",
    ("pie", "test"): "pytest", ("pi", "test"): "pytest", ("dock", "her"): "docker",
    ("doc", "her"): "docker", ("get", "hub"): "github", ("underscored",): "underscore",
    ("dashed",): "dash", ("dashes",): "dash", ("dots",): "dot", ("slashes",): "slash",
    ("pipes",): "pipe", ("quotes",): "quote", ("grip",): "grep", ("grab",): "grep",
    ("maine",): "main",  # a name Whisper writes for "main"
    ("colin", "slash"): "colon slash", ("colin", "dot"): "colon dot",  # a colon heard as a
    ("colin", "forward"): "colon forward", ("colin", "quote"): "colon quote",  # name, before
    ("nicks",): "nix", ("and-and",): "and and",  # more dictation
    ("cubicle",): "kubectl", ("cubic", "will"): "kubectl", ("cube", "cuddle"): "kubectl",
    ("cube", "cattle"): "kubectl", ("kube", "cuttle"): "kubectl",
    # how people name the symbols (synonyms, British English), said or heard
    ("two", "dashes"): "dash dash", ("2", "dashes"): "dash dash", ("two", "minus"): "dash dash",
    ("two", "hyphens"): "dash dash", ("double", "hyphen"): "dash dash",
    ("double", "minus"): "dash dash", ("full", "stop"): "dot", ("under", "score"): "underscore",
    ("underline",): "underscore", ("tilder",): "tilde", ("all", "capitals"): "all caps",
    ("quote", "mark"): "quote", ("quote", "marks"): "quote", ("quotation", "mark"): "quote",
    ("quotation", "marks"): "quote", ("spaces",): "space", ("wildcard",): "star",
    ("stroke",): "slash", ("at", "symbol"): "at", ("hash", "symbol"): "hash",
    ("dollar", "symbol"): "dollar", ("percent", "symbol"): "percent",
    ("nought",): "zero", ("naught",): "zero", ("inverted", "commas"): "quote",
    ("inverted", "comma"): "single quote", ("inverted-comma",): "single quote",  # one mark: '
    ("inverted-commas",): "quote", ("double", "inverted", "comma"): "double quote",
    ("double", "inverted", "commas"): "double quote",
    ("single", "inverted", "comma"): "single quote",
    ("single", "inverted", "commas"): "single quote", ("speech", "marks"): "quote",
    ("speech", "mark"): "quote", ("round", "bracket"): "paren", ("round", "brackets"): "paren",
    ("curly", "bracket"): "brace", ("curly", "brackets"): "brace",
    ("angle", "bracket"): "greater than", ("angle", "brackets"): "angle",  # a redirect
    ("open", "angle", "bracket"): "open angle", ("close", "angle", "bracket"): "close angle",
    ("block", "capitals"): "all caps", ("block", "caps"): "all caps", ("double", "u"): "w",
    ("double", "you"): "w", ("coma",): "comma", ("niner",): "nine",
    ("dash", "-"): "dash dash", ("-", "dash"): "dash dash", ("sue", "do"): "sudo",
    ("at", "the", "rate"): "at", ("greater", "than", "symbol"): "greater than",
    ("less", "than", "symbol"): "less than", ("equal", "to"): "equals",
    ("all", "capital"): "all caps", ("all", "upper", "case"): "all caps",
    ("all", "lower", "case"): "lowercase", ("per", "cent"): "percent",
    ("all", "capital", "letters"): "all caps", ("solidus",): "slash",  # the Unicode names
    ("low", "line"): "underscore", ("underbar",): "underscore", ("semi", "colon"): "semicolon",
    ("reverse", "solidus"): "backslash", ("commercial", "at"): "at",
    ("left", "parenthesis"): "open paren", ("circumflex", "accent"): "caret",
    ("grave", "accent"): "backtick", ("backquote",): "backtick", ("back", "quote"): "backtick",
    ("vertical", "bar"): "pipe", ("double", "tick"): "double quote",  # and the Jargon File's
    ("octothorpe",): "hash", ("shriek",): "bang", ("slosh",): "backslash",
    ("backslant",): "backslash", ("swung", "dash"): "tilde",
    ("forwardslash",): "forward slash", ("dashdash",): "dash dash", ("allcaps",): "all caps",
    ("wack",): "whack", ("backwack",): "backwhack",  # Whisper's one word for two
    ("solid", "us"): "slash", ("salash",): "slash", ("sa-lash",): "slash",  # a Thai accent
    ("open", "double", "quotes"): "quote", ("close", "double", "quotes"): "quote",
    ("double", "quotes"): "quote", ("single", "quotes"): "single quote",
    # Japanese IT English names of the symbols (アンダーバー, アットマーク, ダブルクォーテーション)
    ("under", "bar"): "underscore", ("at", "mark"): "at", ("and", "mark"): "ampersand",
    ("single", "quotation"): "single quote", ("double", "quotation"): "double quote",
    ("single", "quotation", "mark"): "single quote",
    ("double", "quotation", "mark"): "double quote", ("nyoro",): "tilde",
    ("dainari",): "greater than", ("shounari",): "less than", ("shonari",): "less than",
    ("kome",): "star", ("vertical", "line"): "pipe", ("wave", "dash"): "tilde",
    # a Spanish speaker's symbol names and accent (never English words, so never ambiguous)
    ("guion", "bajo"): "underscore", ("guion",): "dash", ("comillas",): "quote",
    ("arroba",): "at", ("eslash",): "slash", ("espace",): "space", ("cero",): "zero",
    ("diagonal",): "slash", ("diagonal", "invertida"): "backslash",
    ("barra", "invertida"): "backslash", ("punto",): "dot", ("punto", "y", "coma"): "semicolon",
    ("guión", "bajo"): "underscore", ("guión",): "dash", ("dos", "puntos"): "colon",
    ("igual",): "equals", ("comilla", "simple"): "single quote",
    ("comillas", "simples"): "single quote", ("comilla", "doble"): "double quote",
    ("comillas", "dobles"): "double quote", ("abre", "comillas"): "open quote",
    ("cierra", "comillas"): "close quote", ("mayúscula",): "capital", ("mayuscula",): "capital",
    ("puras", "mayúsculas"): "all caps", ("puras", "mayusculas"): "all caps",
    ("todo", "en", "mayúsculas"): "all caps", ("mayor", "que"): "greater than",
    ("menor", "que"): "less than", ("asterisco",): "star", ("espacio",): "space",
    ("dólar",): "dollar", ("dolar",): "dollar", ("más",): "plus", ("por", "ciento"): "percent",
    ("abre", "paréntesis"): "open paren", ("cierra", "paréntesis"): "close paren",
    ("doble", "guion"): "dash dash",
    # a Brazilian's Portuguese names of the symbols (never English words either)
    ("traço",): "dash", ("traco",): "dash", ("hífen",): "dash", ("hifen",): "dash",
    ("dois", "traços"): "dash dash", ("dois", "tracos"): "dash dash",
    ("dois", "hífens"): "dash dash", ("dois", "hifens"): "dash dash", ("barra",): "slash",
    ("ponto",): "dot", ("til",): "tilde", ("menos",): "dash", ("cerquilha",): "hash",
    ("dois", "pontos"): "colon", ("dois",): "two", ("três",): "three", ("quatro",): "four",
    ("cinco",): "five", ("seis",): "six", ("sete",): "seven", ("oito",): "eight",
    ("nove",): "nine", ("dez",): "ten",  # Portuguese digits ("um" is a filler)
    ("maiúsculo",): "capital", ("maiusculo",): "capital", ("maiúscula",): "capital",
    ("tudo", "maiúsculo"): "all caps", ("tudo", "maiusculo"): "all caps",
    ("aspas",): "quote", ("aspas", "duplas"): "double quote", ("aspas", "simples"): "single quote",
    ("maior", "que"): "greater than", ("e", "comercial"): "ampersand", ("vírgula",): "comma",
    ("virgula",): "comma", ("ponto", "e", "vírgula"): "semicolon", ("abre",): "open",
    ("fecha",): "close", ("chaves",): "brace", ("parênteses",): "paren", ("cifrão",): "dollar",
    ("exclamação",): "bang", ("interrogação",): "question mark", ("espaço",): "space",
    # a Vietnamese speaker's names of the symbols
    ("chấm",): "dot", ("a", "còng"): "at", ("gạch", "dưới"): "underscore",
    ("gạch", "ngang"): "dash", ("hai", "chấm"): "colon",
    # an Italian's names of the symbols
    ("trattino",): "dash", ("doppio", "trattino"): "dash dash", ("chiocciola",): "at",
    ("cancelletto",): "hash", ("uguale",): "equals", ("due", "punti"): "colon",
    ("maiuscolo",): "capital", ("maiuscola",): "capital", ("tutto", "maiuscolo"): "all caps",
    ("virgolette",): "quote", ("apice",): "single quote", ("virgola",): "comma",
    ("punto", "e", "virgola"): "semicolon", ("maggiore",): "greater than",
    ("minore",): "less than", ("apri",): "open", ("chiudi",): "close", ("parentesi",): "paren",
    ("graffa",): "brace", ("e", "commerciale"): "ampersand", ("spazio",): "space",
    ("sottolineato",): "underscore", ("meno",): "dash", ("meno", "meno"): "dash dash",
    ("tratino",): "dash", ("due", "trattini"): "dash dash", ("trattino", "basso"): "underscore",
    ("punto", "interrogativo"): "question mark", ("quadra",): "bracket",
    ("doppi", "apici"): "double quote", ("punto", "esclamativo"): "bang",
    ("right", "angle", "bracket"): "greater than",
    ("left", "angle", "bracket"): "less than", ("right", "angle", "brackets"): "greater than",
    ("left", "square", "bracket"): "open square bracket",
    ("right", "square", "bracket"): "close square bracket",
    ("left", "round", "bracket"): "open paren", ("right", "round", "bracket"): "close paren",
    ("open", "round", "bracket"): "open paren", ("close", "round", "bracket"): "close paren",
    ("left", "curly", "bracket"): "open brace", ("right", "curly", "bracket"): "close brace",
    ("open", "curly", "bracket"): "open brace", ("close", "curly", "bracket"): "close brace",
    ("right", "bracket"): "close bracket", ("right", "paren"): "close paren",
    ("right", "parenthesis"): "close paren", ("right", "brace"): "close brace",
    ("double", "stroke"): "slash slash", ("double", "forward", "slash"): "slash slash",
    ("oblique",): "slash", ("double", "oblique"): "slash slash",  # British names
    ("lower", "case"): "lowercase", ("pling",): "bang", ("open", "brackets"): "open bracket",
    ("close", "brackets"): "close bracket", ("double", "colon"): "colon colon",
    **{("double", d): f"{d} {d}" for d in "0123456789"},  # "1 double 0" as Whisper writes it
    # a Korean's names: 점 (jeom) a dot, 골뱅이 (golbaengi) an at, 물결 (wave) a tilde before a
    # slash, "bar" a dash before a flag's letter, "double bar" two dashes, "all big" all caps
    ("jeom",): "dot", ("golbaengi",): "at", ("wave", "slash"): "tilde slash",
    ("wave", "forward", "slash"): "tilde slash",
    ("double", "bar"): "dash dash", ("all", "big"): "all caps",
    **{("bar", letter): f"dash {letter}" for letter in "abcdefghijklmnopqrstuvwxyz"},
    ("xiegang",): "slash", ("double", "xiegang"): "slash slash",  # Mandarin 斜杠
    ("dian",): "dot", ("jianhao",): "dash", ("maohao",): "colon", ("denghao",): "equals",
    ("xiahuaxian",): "underscore", ("kongge",): "space", ("daxie",): "capital",  # and more
    ("equis",): "x", ("i", "griega"): "y", ("jota",): "j",  # Spanish letter names
    ("palabra",): "literal",  # a Mexican speaker's "the word" before a literal
    ("más", "bien"): "más bien", ("mas", "bien"): "más bien",  # "rather", not a plus
    ("más", "tarde"): "más tarde",  # "later"
    ("viiva",): "dash", ("kauttaviiva",): "slash", ("piste",): "dot", ("tähti",): "star",
    ("tahti",): "star", ("kaksoispiste",): "colon", ("alaviiva",): "underscore",
    ("pilkku",): "comma", ("miinus",): "dash",  # a Finn's names of the symbols
    ("re-direct",): "redirect", ("semi-colon",): "semicolon",  # Whisper's hyphens
    ("double", "star"): "star star", ("double", "asterisk"): "star star",  # a glob's **
    **{(times, digit): " ".join([_ZERO.get(digit, digit)] * n)
       for times, n in (("double", 2), ("triple", 3), ("treble", 3))
       for digit in ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                     "nine", "oh", "nought", "naught")},
}

# Names that take a number without a break when spoken naturally ("utf eight" -> utf8).
NUMBERED_STEMS = {"utf", "ipv", "sha", "md", "base", "eth", "wlan", "enp", "python", "pip",
                  "mp", "ext", "vmbr", "tty", "sd", "nvme", "arm", "int", "uint", "float",
                  "http", "ec", "php", "lua", "ssl", "tls", "gtk", "qt", "x", "h", "ttys",
                  "usb", "vm", "node", "db", "server", "web", "pg", "redis", "es", "iso",
                  "v", "s", "sda", "sdb", "sdc", "sdd", "vda", "vdb", "hda", "hdb", "loop", "lp"}
# Letters said by name where a letter is expected (after a dash, or a casing word).
LETTER_NAMES = {"ay": "a", "bee": "b", "see": "c", "dee": "d", "eff": "f", "gee": "g",
                "aitch": "h", "haitch": "h", "ell": "l",
                "eye": "i", "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "oh": "o",
                "pee": "p", "cue": "q", "are": "r", "ess": "s", "tee": "t", "you": "u",
                "vee": "v", "ex": "x", "why": "y", "zed": "z", "zee": "z"}
# How Whisper writes a spelled letter it hears as a word ("t m p" as "tea em pea"): read as
# letters only next to other letters (see cleanup.letters_heard).
HEARD_LETTERS = {**{k: v for k, v in LETTER_NAMES.items() if k != "oh"}, "tea": "t", "pea": "p",
                 "es": "s", "queue": "q", "sea": "c", "ee": "e", "ef": "f", "jee": "g",
                 "ar": "r", "eks": "x",
                 "hed": "h", "het": "h", "elle": "l", "kiew": "q", "dubberyu": "w",
                 "wee": "v"}  # Thai-English h, q, w and v; "elle": Whisper's l
COMMON_WORDS = {"see", "are", "you", "why", "eye", "bee"}
"""Letter names that are everyday words: with them alone ("jay are you") a run is not spelling."""
# The NATO spelling alphabet, read as letters where a letter is due (see cleanup.nato_letters).
NATO = {"alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x",
        "yankee": "y", "zulu": "z"}
# Spoken names of short path parts: "slash temp slash" is /tmp/.
SPOKEN_PATH = {"temp": "tmp"}
