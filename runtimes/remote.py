"""Any OpenAI-compatible endpoint (llama.cpp server, vLLM, Ollama) as a generation runtime,
streamed with server-sent events over plain HTTP (stdlib only).

The endpoint is not trusted: every wait has a deadline, every read is bounded, a Stop is
noticed within :data:`POLL_S` even while the socket is silent, and whatever the server sends
instead of an OpenAI-compatible reply ends in a one-line message that starts with its address.
"""

from __future__ import annotations

import http.client
import io
import json
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from functools import partial
from typing import Any
from urllib.parse import urlparse

from runtimes.base import (
    DeviceReport,
    GenerationParams,
    InputError,
    Message,
    Runtime,
    RuntimeLoadError,
)

POLL_S = 0.2
"""The socket timeout of every read: how often a silent socket checks Stop and deadlines."""
CHUNK = 64 * 1024
MAX_LINE = 256 * 1024
"""Longest SSE line; a real chunk is a few hundred bytes."""
MAX_MODELS_BYTES = 1 << 20
MAX_ERROR_BYTES = 64 * 1024
MODELS_DEADLINE_S = 15.0
"""The whole ``/models`` exchange, at load (which cannot be stopped)."""
INPUT_STATUSES = (400, 413, 422)
"""Statuses that blame the request (context too long, bad schema), not the endpoint."""


class _Stopped(Exception):
    """``should_stop`` said yes; raised from inside a read and caught by ``generate``."""


def clean(text: str, limit: int = 200) -> str:
    """Server text fit for a one-line message: no control or format characters, spaces
    collapsed, at most ``limit`` characters."""
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in str(text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Guard:
    """Stop and the deadlines of one exchange, checked before every wait on the socket."""

    def __init__(self, base_url: str, should_stop: Callable[[], bool] | None,
                 deadline_s: float, piece_s: float) -> None:
        self.base_url, self.should_stop = base_url, should_stop
        self.deadline_s, self.piece_s = deadline_s, piece_s
        now = time.monotonic()
        self.deadline = now + deadline_s
        self.pieces = 0
        self.piece_deadline = now + piece_s

    def got_piece(self) -> None:
        self.pieces += 1
        self.piece_deadline = time.monotonic() + self.piece_s

    def check(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise _Stopped()
        now = time.monotonic()
        if now > self.deadline:
            raise RuntimeLoadError(f"{self.base_url}: no complete reply within "
                                   f"{self.deadline_s:g} s; stopped waiting")
        if now > self.piece_deadline:
            what = "sent no text within" if not self.pieces else "stopped sending text for"
            raise RuntimeLoadError(f"{self.base_url}: the endpoint {what} "
                                   f"{self.piece_s:g} s; stopped waiting")


class _PatientSocket(io.RawIOBase):
    """Reads a socket in :data:`POLL_S` slices, checking the guard between them."""

    def __init__(self, sock: Any, guard: _Guard) -> None:
        self.sock, self.guard = sock, guard

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            self.guard.check()
            self.sock.settimeout(POLL_S)
            try:
                return self.sock.recv_into(buffer)
            except TimeoutError:
                continue


class _GuardedResponse(http.client.HTTPResponse):
    """An ``HTTPResponse`` whose every read goes through a :class:`_PatientSocket`."""

    def __init__(self, sock: Any, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self._socket_file = self.fp  # holds the socket open until this response closes
        self.fp = io.BufferedReader(_PatientSocket(sock, guard), CHUNK)

    def _close_conn(self) -> None:
        super()._close_conn()
        self._socket_file.close()


class _GuardedOpen:
    """``do_open`` with connections whose responses are guarded."""

    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
        def connection(*args: Any, **kw: Any) -> Any:
            conn = http_class(*args, **kw)
            conn.response_class = partial(_GuardedResponse, guard=self.guard)
            return conn

        return super().do_open(connection, req, **kwargs)  # type: ignore[misc]


class _HTTPHandler(_GuardedOpen, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_GuardedOpen, urllib.request.HTTPSHandler):
    pass


def _open(req: urllib.request.Request, guard: _Guard, connect_timeout_s: float) -> Any:
    """Send ``req`` (proxies as urllib finds them); the response reads under ``guard``.

    No redirects and no other schemes: a 3xx is an error like any other status.
    """
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _HTTPHandler(guard), _HTTPSHandler(guard),
                    urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    guard.check()
    return opener.open(req, timeout=connect_timeout_s)


def _read_capped(resp: Any, limit: int) -> bytes | None:
    """The body, or ``None`` when it is longer than ``limit`` bytes."""
    data = resp.read(limit + 1)
    return None if len(data) > limit else data


def _error_detail(resp: Any) -> str:
    """What a server said with its error status, bounded and cleaned."""
    try:
        raw = resp.read(MAX_ERROR_BYTES)
    except (http.client.HTTPException, OSError):
        return ""
    text = raw.decode("utf-8", errors="replace")
    if text.lstrip()[:1] == "<":
        return "an HTML page"
    try:
        return clean(_error_message(json.loads(text)) or text)
    except ValueError:
        return clean(text)


def _error_message(obj: Any) -> str:
    """The message in ``{"error": {"message": ...}}`` and its common variants."""
    if not isinstance(obj, dict):
        return ""
    err = obj.get("error", obj)
    if isinstance(err, str):
        return err
    if isinstance(err, dict):
        for key in ("message", "detail", "msg"):
            if isinstance(err.get(key), str):
                return err[key]
        return json.dumps(err)[:200]
    return ""


def _excerpt(line: str) -> str:
    """A stray line for a message: its start quoted, or ``binary data``."""
    if "\ufffd" in line or "\x00" in line:
        return "binary data"
    return f'"{clean(line, 40)}"'


def _piece(chunk: dict) -> tuple[str, bool]:
    """The text of a stream chunk and whether it carries a ``finish_reason``."""
    choices = chunk.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else {}
    if not isinstance(first, dict):
        return "", False
    delta = first.get("delta") if isinstance(first.get("delta"), dict) else {}
    text = delta.get("content")
    if not isinstance(text, str):
        text = first.get("text") if isinstance(first.get("text"), str) else ""
    return text, first.get("finish_reason") is not None


def _message_text(reply: Any) -> str | None:
    """``choices[0].message.content`` of a whole (non-streamed) completion."""
    try:
        first = reply["choices"][0]
        text = first["message"]["content"] if "message" in first else first["text"]
    except (KeyError, IndexError, TypeError):
        return None
    return text if isinstance(text, str) else None


class _Reply:
    """One streamed reply read in bounded chunks: SSE lines, or a whole JSON body."""

    def __init__(self, resp: Any, base_url: str, max_chars: int, max_line: int) -> None:
        self.resp, self.base_url = resp, base_url
        self.max_chars, self.max_line = max_chars, max_line
        self.buf = b""
        self.chars = 0

    def fail(self, why: str, cls: type[Exception] = RuntimeLoadError) -> Exception:
        return cls(f"{self.base_url}: {why}")

    def chunk(self) -> bytes:
        try:
            return self.resp.read1(CHUNK)
        except (http.client.HTTPException, OSError) as exc:
            reason = clean(str(exc) or type(exc).__name__, 80)
            raise self.fail(f"the connection broke off in the middle of the reply ({reason})") \
                from None

    def first_byte(self) -> bytes:
        """The first byte that is not white space (``b""`` at the end), kept in the buffer."""
        while True:
            self.buf = self.buf.lstrip()
            if self.buf:
                return self.buf[:1]
            self.buf = self.chunk()
            if not self.buf:
                return b""

    def lines(self) -> Iterator[bytes]:
        """Lines without their ending, none longer than ``max_line``."""
        while True:
            *complete, self.buf = self.buf.split(b"\n")
            yield from complete
            if len(self.buf) > self.max_line:
                raise self.fail(f"the endpoint sent a line longer than {self.max_line // 1024} KB"
                                " (not an OpenAI-compatible stream); stopped reading")
            data = self.chunk()
            if not data:
                if self.buf:
                    yield self.buf
                    self.buf = b""
                return
            self.buf += data

    def count(self, text: str) -> str:
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise self.fail(f"the reply passed {self.max_chars:,} characters; stopped reading")
        return text

    def rest(self) -> bytes:
        """The whole remaining body, bounded (a JSON reply holds the text, escaped)."""
        limit = 4 * self.max_chars + CHUNK
        while len(self.buf) <= limit:
            data = self.chunk()
            if not data:
                return self.buf
            self.buf += data
        raise self.fail(f"the reply passed {limit // 1024:,} KB; stopped reading")


class RemoteRuntime(Runtime):
    """``base_url`` like ``http://127.0.0.1:8080/v1``; ``model`` as the server names it.

    Bounds of one reply: ``deadline_s`` in all, ``token_timeout_s`` waiting for each piece of
    text (the first included; keep-alive comments do not count), ``connect_timeout_s`` to
    connect and send, ``max_chars`` of text and :data:`MAX_LINE` bytes per line.
    """

    family = "llm"

    def __init__(self, base_url: str, model: str = "", api_key: str = "",
                 deadline_s: float = 300.0, token_timeout_s: float = 60.0,
                 connect_timeout_s: float = 10.0, max_chars: int = 1_000_000) -> None:
        self.base_url = base_url.rstrip("/")
        self.model_id = model or "remote"
        self.api_key = api_key
        self.deadline_s, self.token_timeout_s = deadline_s, token_timeout_s
        self.connect_timeout_s, self.max_chars = connect_timeout_s, max_chars
        host = urlparse(self.base_url).netloc or self.base_url
        names = self._model_names()
        if not model and names:
            self.model_id = names[0]
        self.report = DeviceReport("remote", "remote", f"OpenAI-compatible endpoint at "
                                   f"{clean(host, 80)}", None,
                                   f"model {clean(self.model_id, 80)}; this text leaves the "
                                   "machine")

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _fail(self, why: str, cls: type[Exception] = RuntimeLoadError) -> Exception:
        return cls(f"{self.base_url}: {why}")

    def _request(self, path: str, guard: _Guard, body: dict | None = None) -> Any:
        """The response to GET (or POST ``body`` to) ``path``; errors as one-line messages."""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, headers=self._headers())
        try:
            return _open(req, guard, self.connect_timeout_s)
        except urllib.error.HTTPError as exc:
            with closing(exc):
                detail = _error_detail(exc)
            cls = InputError if exc.code in INPUT_STATUSES else RuntimeLoadError
            raise self._fail(f"the endpoint refused the request ({exc.code} "
                             f"{clean(exc.reason, 60)}{': ' + detail if detail else ''})",
                             cls) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            reason = clean(getattr(exc, "reason", exc), 120) or type(exc).__name__
            raise self._fail(f"the endpoint does not answer ({reason})") from None

    def _model_names(self) -> list[str]:
        """The ids ``/models`` lists, read under a deadline and a size cap."""
        guard = _Guard(self.base_url, None, min(MODELS_DEADLINE_S, self.deadline_s),
                       min(MODELS_DEADLINE_S, self.deadline_s))
        with closing(self._request("/models", guard)) as resp:
            try:
                raw = _read_capped(resp, MAX_MODELS_BYTES)
            except (http.client.HTTPException, OSError) as exc:
                raise self._fail(f"the endpoint does not answer ({clean(exc, 120)})") from None
        if raw is None:
            raise self._fail(f"/models passed {MAX_MODELS_BYTES // 1024} KB; "
                             "not an OpenAI-compatible endpoint")
        if raw.lstrip()[:1] == b"<":
            raise self._fail("the endpoint answered /models with HTML, not an OpenAI-compatible "
                             "API (the address usually ends in /v1)")
        try:
            listing = json.loads(raw.decode("utf-8", errors="replace"))
        except ValueError:
            raise self._fail("the endpoint answered /models with something that is not JSON; "
                             "not an OpenAI-compatible API") from None
        data = listing.get("data") if isinstance(listing, dict) else None
        return [m["id"] for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)] \
            if isinstance(data, list) else []

    def _body(self, messages: Sequence[Message], params: GenerationParams | None,
              json_schema: dict | None) -> dict:
        p = params or GenerationParams()
        body = {"model": self.model_id, "messages": list(messages), "stream": True,
                "max_tokens": p.max_tokens, "temperature": p.temperature, "top_p": p.top_p}
        if p.seed is not None:
            body["seed"] = p.seed
        if p.stop:
            body["stop"] = list(p.stop)
        if json_schema:
            body["response_format"] = {"type": "json_object", "schema": json_schema}
        return body

    def generate(self, messages: Sequence[Message], params: GenerationParams | None = None,
                 json_schema: dict | None = None, grammar: str | None = None, *,
                 should_stop: Callable[[], bool] | None = None) -> Iterator[str]:
        """Stream the reply's text; returns quietly (socket closed) once ``should_stop()``
        is true. ``grammar`` is not sent: OpenAI-compatible servers take a JSON schema."""
        guard = _Guard(self.base_url, should_stop, self.deadline_s, self.token_timeout_s)
        try:
            with closing(self._request("/chat/completions", guard,
                                       self._body(messages, params, json_schema))) as resp:
                reply = _Reply(resp, self.base_url, self.max_chars, MAX_LINE)
                for text in self._pieces(reply, resp.headers.get_content_type()):
                    yield text
                    guard.got_piece()
        except _Stopped:
            return

    def _pieces(self, reply: _Reply, content_type: str) -> Iterator[str]:
        """Dispatch on what the endpoint actually sent."""
        first = reply.first_byte()
        if content_type == "text/html" or first == b"<":
            raise reply.fail("the endpoint answered with HTML, not an OpenAI-compatible stream "
                             "(the address usually ends in /v1)")
        if first in (b"{", b"["):
            yield from self._whole_reply(reply)
        elif not first:
            raise reply.fail("the endpoint ended the reply without sending anything")
        else:
            yield from self._events(reply)

    def _whole_reply(self, reply: _Reply) -> Iterator[str]:
        """A server that ignored ``stream``: one JSON completion (or error) for the reply."""
        try:
            obj = json.loads(reply.rest().decode("utf-8", errors="replace"))
        except ValueError:
            raise reply.fail("the endpoint answered with something that is neither JSON nor "
                             "an OpenAI-compatible stream") from None
        if isinstance(obj, dict) and "error" in obj:
            raise reply.fail(f"the endpoint reported an error: "
                             f"{clean(_error_message(obj)) or 'no message'}")
        text = _message_text(obj)
        if text is None:
            raise reply.fail("the endpoint's JSON reply has no message text; not an "
                             "OpenAI-compatible completion")
        if text:
            yield reply.count(text)

    def _events(self, reply: _Reply) -> Iterator[str]:
        """The text of each ``data:`` event, until ``[DONE]``."""
        finished = False
        for raw in reply.lines():
            line = raw.decode("utf-8", errors="replace").rstrip("\r")
            field, _, value = line.partition(":")
            if not line or not field or field in ("event", "id", "retry"):
                continue  # event boundary, keep-alive comment, or metadata
            if field != "data":
                raise reply.fail("the endpoint answered with something that is not an "
                                 f"OpenAI-compatible stream ({_excerpt(line)})")
            value = value.strip()
            if value == "[DONE]":
                return
            text, done = self._event_text(reply, value)
            finished = finished or done
            if text:
                yield reply.count(text)
        if not finished:
            what = "before the reply was complete" if reply.chars else "without any text"
            raise reply.fail(f"the stream ended {what}")

    def _event_text(self, reply: _Reply, value: str) -> tuple[str, bool]:
        try:
            chunk = json.loads(value)
        except ValueError:
            raise reply.fail(f"the endpoint sent an event that is not JSON "
                             f"(\"{clean(value, 40)}\")") from None
        if not isinstance(chunk, dict):
            raise reply.fail("the endpoint sent an event that is not a JSON object")
        if "error" in chunk:
            raise reply.fail(f"the endpoint reported an error: "
                             f"{clean(_error_message(chunk)) or 'no message'}")
        return _piece(chunk)
