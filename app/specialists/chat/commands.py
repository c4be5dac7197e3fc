"""Slash commands: one engine for the window and the terminal.

A command returns an :class:`Outcome`: text to show, and optionally an action the caller
runs through the service (``send`` a message, ``retry``, ``bench``, ``gate``). An unknown
command or a bad argument is a one-line error naming the nearest valid command; nothing is
ever sent to the model by mistake.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from runtimes.base import InputError
from runtimes.json_schema import parse_schema

if TYPE_CHECKING:
    from app.specialists.chat.chat import Chat


@dataclass
class Outcome:
    text: str = ""
    error: bool = False
    action: str = ""          # "", "send", "retry", "bench", "gate"
    argument: str = ""
    copy: str | None = None   # text the caller should put on the clipboard
    reshown: bool = False     # the conversation changed: a window redraws it from ``conv``


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    description: str
    run: Callable[[Chat, str], Outcome]


SETTABLE = {"temp": ("temperature", float), "top_p": ("top_p", float), "top_k": ("top_k", int),
            "max_tokens": ("max_tokens", int), "seed": ("seed", int), "ctx": ("n_ctx", int)}


def _help(chat: Chat, _arg: str) -> Outcome:
    width = max(len(c.usage) for c in COMMANDS.values())
    return Outcome("\n".join(f"{c.usage:<{width}}  {c.description}" for c in COMMANDS.values()))


def _clear(chat: Chat, _arg: str) -> Outcome:
    chat.conv.turns.clear()
    return Outcome("conversation cleared", reshown=True)


def _system(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome(f"system prompt: {chat.conv.system or '(none)'}")
    chat.conv.system = arg
    return Outcome("system prompt set")


def _set(chat: Chat, arg: str) -> Outcome:
    parts = arg.split()
    if len(parts) != 2 or parts[0] not in SETTABLE:
        return Outcome(f"usage: /set {'|'.join(SETTABLE)} VALUE", error=True)
    attr, kind = SETTABLE[parts[0]]
    try:
        value = kind(parts[1])
    except ValueError:
        return Outcome(f"/set {parts[0]} needs a {kind.__name__}, not {parts[1]!r}", error=True)
    limits = {"temperature": (0, 5), "top_p": (0, 1), "top_k": (0, 1000),
              "max_tokens": (1, 32768), "n_ctx": (128, 131072), "seed": (-1, 2**31)}
    lo, hi = limits[attr]
    if not lo <= value <= hi:
        return Outcome(f"/set {parts[0]} must be between {lo} and {hi}", error=True)
    if attr == "n_ctx":
        chat.conv.n_ctx = value
    else:
        setattr(chat.conv.params, attr, value)
    return Outcome(f"{parts[0]} = {value}")


def _show(chat: Chat, arg: str) -> Outcome:
    p = chat.conv.params
    shows = {
        "params": lambda: (f"temp {p.temperature}, top_p {p.top_p}, top_k {p.top_k}, "
                           f"max_tokens {p.max_tokens}, seed {p.seed}, ctx {chat.conv.n_ctx}"),
        "system": lambda: chat.conv.system or "(none)",
        "model": lambda: f"{chat.conv.model_id} on {chat.conv.device}; {chat.model_note()}",
        "template": chat.template_note,
    }
    if arg not in shows:
        return Outcome(f"usage: /show {'|'.join(shows)}", error=True)
    return Outcome(shows[arg]())


def _model(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome(f"model: {chat.conv.model_id}")
    return chat.switch_model(arg)


def _models(chat: Chat, _arg: str) -> Outcome:
    return Outcome("\n".join(chat.model_list()))


def _device(chat: Chat, arg: str) -> Outcome:
    if arg not in ("cpu", "gpu", "npu"):
        return Outcome("usage: /device cpu|gpu|npu", error=True)
    chat.conv.device = arg
    return Outcome(f"device: {arg} (takes effect on the next reply; the status line says "
                   "what really ran)")


def _save(chat: Chat, arg: str) -> Outcome:
    chat.conv.name = arg or chat.conv.name or "chat"
    chat.sessions.save(chat.conv)
    return Outcome(f"saved as {chat.conv.name!r}")


def _load(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome("usage: /load NAME (see /sessions)", error=True)
    conv = chat.sessions.load(arg)
    if conv is None:
        near = difflib.get_close_matches(arg, chat.sessions.names(), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return Outcome(f"no session named {arg!r}{hint}", error=True)
    chat.conv = conv
    return Outcome(f"loaded {arg!r} ({len(conv.turns)} turns)", reshown=True)


def _sessions(chat: Chat, _arg: str) -> Outcome:
    return Outcome("\n".join(chat.sessions.names()) or "no saved sessions")


def _export(chat: Chat, arg: str) -> Outcome:
    parts = arg.split(maxsplit=1)
    if not parts or parts[0] not in ("md", "json"):
        return Outcome("usage: /export md|json [PATH]", error=True)
    path = parts[1] if len(parts) > 1 else f"{chat.conv.name or 'chat'}.{parts[0]}"
    text = chat.conv.to_markdown() if parts[0] == "md" else chat.conv.to_json()
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        return Outcome(f"{path}: cannot be written ({exc.strerror or exc})", error=True)
    return Outcome(f"exported to {path}")


def _retry(chat: Chat, _arg: str) -> Outcome:
    if not any(t.role == "user" for t in chat.conv.turns):
        return Outcome("nothing to retry yet", error=True)
    return Outcome("retrying the last message", action="retry")


def _undo(chat: Chat, _arg: str) -> Outcome:
    if not chat.conv.turns:
        return Outcome("nothing to undo", error=True)
    while chat.conv.turns and chat.conv.turns[-1].role == "assistant":
        chat.conv.turns.pop()
    if chat.conv.turns:
        chat.conv.turns.pop()
    return Outcome("removed the last exchange", reshown=True)


def _copy(chat: Chat, _arg: str) -> Outcome:
    last = next((t.content for t in reversed(chat.conv.turns) if t.role == "assistant"), None)
    if last is None:
        return Outcome("no reply to copy yet", error=True)
    return Outcome("copied the last reply", copy=last)


def _stats(chat: Chat, _arg: str) -> Outcome:
    from app.specialists.chat.conversation import format_stats

    replies = [t for t in chat.conv.turns if t.role == "assistant" and t.stats]
    if not replies:
        return Outcome("no replies yet")
    return Outcome(f"last reply: {format_stats(replies[-1].stats)}; context "
                   f"{chat.context_used()} of {chat.conv.n_ctx} tokens")


def _json(chat: Chat, arg: str) -> Outcome:
    if arg in ("", "on"):
        chat.conv.json_schema = {"type": "object"}
        return Outcome("JSON mode on: replies are JSON objects")
    if arg == "off":
        chat.conv.json_schema = None
        return Outcome("JSON mode off")
    try:
        schema = parse_schema(arg)
    except InputError as exc:
        return Outcome(f"/json takes on, off or a JSON schema: {exc}", error=True)
    chat.conv.json_schema = schema
    return Outcome("JSON mode on with your schema")


def _bash(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome("usage: /bash TEXT (dictated words; the command is shown, never run)",
                       error=True)
    return Outcome("", action="bash", argument=arg)


def _memo(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome("usage: /memo TEXT", error=True)
    return Outcome("", action="memo", argument=arg)


def _gate(chat: Chat, arg: str) -> Outcome:
    if not arg:
        return Outcome("usage: /gate TEXT", error=True)
    return Outcome("", action="gate", argument=arg)


def _bench(chat: Chat, _arg: str) -> Outcome:
    return Outcome(f"measuring {chat.conv.model_id}…", action="bench")


COMMANDS: dict[str, Command] = {c.name: c for c in [
    Command("help", "/help", "list the commands", _help),
    Command("clear", "/clear", "start the conversation over", _clear),
    Command("system", "/system [TEXT]", "show or set the system prompt", _system),
    Command("set", "/set temp|top_p|top_k|max_tokens|seed|ctx VALUE", "change a setting", _set),
    Command("show", "/show params|system|model|template", "show a setting", _show),
    Command("model", "/model [ID|PATH]", "show or switch the model (no restart)", _model),
    Command("models", "/models", "list the models you can switch to", _models),
    Command("device", "/device cpu|gpu|npu", "run on another device", _device),
    Command("save", "/save [NAME]", "save the session", _save),
    Command("load", "/load NAME", "load a saved session", _load),
    Command("sessions", "/sessions", "list saved sessions", _sessions),
    Command("export", "/export md|json [PATH]", "write the conversation to a file", _export),
    Command("retry", "/retry", "ask again for the last message", _retry),
    Command("undo", "/undo", "remove the last exchange", _undo),
    Command("copy", "/copy", "copy the last reply", _copy),
    Command("stats", "/stats", "speed of the last reply and context use", _stats),
    Command("bench", "/bench", "measure this model's speed here", _bench),
    Command("json", "/json [on|off|SCHEMA]", "ask for JSON replies", _json),
    Command("bash", "/bash TEXT", "dictated words to a shell command (never run)", _bash),
    Command("memo", "/memo TEXT", "title, intent and target of a note", _memo),
    Command("gate", "/gate TEXT", "does this need the language model?", _gate),
]}


def is_command(text: str) -> bool:
    return text.startswith("/") and not text.startswith("//")


def complete(prefix: str) -> list[str]:
    """Command names starting with ``prefix`` (with or without the slash)."""
    p = prefix.lstrip("/")
    return [f"/{n}" for n in COMMANDS if n.startswith(p)]


def run_command(chat: Chat, line: str) -> Outcome:
    name, _, arg = line[1:].strip().partition(" ")
    command = COMMANDS.get(name.lower())
    if command is None:
        near = difflib.get_close_matches(name.lower(), list(COMMANDS), n=1, cutoff=0.4)
        hint = f"; did you mean /{near[0]}?" if near else "; /help lists them"
        return Outcome(f"unknown command /{name}{hint}", error=True)
    return command.run(chat, arg.strip())
