"""A misbehaving OpenAI-compatible server on 127.0.0.1, for the remote runtime's tests.

The behaviour is the first path segment: ``fake.url("hang")`` is
``http://127.0.0.1:PORT/hang/v1``, whose ``/chat/completions`` hangs. ``/models`` answers
normally for every behaviour except the ``models_*`` ones, so a runtime can be loaded first.

Chat behaviours (:data:`BEHAVIOURS`): ``ok`` a normal SSE stream ending in ``[DONE]``;
``hang`` headers, then nothing; ``drip`` keep-alive comments and blank lines every 0.1 s
forever; ``endless_line`` one line that never ends; ``huge`` valid chunks without end;
``html`` a 200 HTML page; ``garbage`` a 200 of random bytes; ``http500`` a 500 with a JSON
error; ``error_event`` an SSE ``data: {"error": ...}``; ``json_body`` one non-streamed JSON
completion; ``slow_headers`` :data:`SLOW_S` of silence, then ``ok``; ``close_midway`` a
chunked stream cut off mid-reply; ``empty`` a stream that ends after the role event,
with no text and no ``[DONE]``; ``nothing`` a 200 with an empty body. ``/models``
behaviours: ``models_html`` and ``models_huge`` (2 MB of JSON).

Every handler runs on a daemon thread and ends when the client goes away or the server
stops, so a test can never hang on it.
"""

from __future__ import annotations

import json
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKENS = ["Hello", ",", " world", "!"]
JSON_TEXT = "Hello from a JSON body"
ERROR_500 = "the model crashed\x1b[31m\nsee\tthe log\x07"
"""The 500's message, with control characters the client must strip."""
EVENT_ERROR = "out of memory while decoding"
SLOW_S = 1.5
BEHAVIOURS = ("ok", "hang", "drip", "endless_line", "huge", "html", "garbage", "http500",
              "error_event", "json_body", "slow_headers", "close_midway", "empty", "nothing",
              "models_html", "models_huge")


def chunk(content: str | None = None, finish: str | None = None) -> bytes:
    """One SSE event of a chat completion stream."""
    delta = {"content": content} if content is not None else {"role": "assistant"}
    body = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "model": "fake",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(body).encode() + b"\n\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: Any) -> None:
        pass

    # -- plumbing ------------------------------------------------------------------------
    def _route(self) -> tuple[str, str]:
        behaviour, _, rest = self.path.lstrip("/").partition("/")
        return behaviour, "/" + rest

    def _headers(self, status: int, content_type: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self.close_connection = True

    def _whole(self, status: int, content_type: str, body: bytes) -> None:
        self._headers(status, content_type, len(body))
        self.wfile.write(body)

    def _send(self, data: bytes) -> None:
        """One HTTP chunk of a chunked body."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _end(self) -> None:
        self.wfile.write(b"0\r\n\r\n")

    def _wait(self, seconds: float) -> bool:
        """Sleep; ``False`` once the server is stopping."""
        return not self.server.stopping.wait(seconds)

    # -- requests ------------------------------------------------------------------------
    def do_GET(self) -> None:
        behaviour, path = self._route()
        if path != "/v1/models":
            return self._whole(404, "application/json", b'{"error": "not found"}')
        if behaviour == "models_html":
            return self._whole(200, "text/html", b"<html><body>Welcome</body></html>")
        names = [{"id": "fake-model", "object": "model"}]
        if behaviour == "models_huge":
            names = names * 60_000
        self._whole(200, "application/json", json.dumps({"data": names}).encode())

    def do_POST(self) -> None:
        behaviour, path = self._route()
        length = min(int(self.headers.get("Content-Length") or 0), 1 << 20)
        body = self.rfile.read(length)
        self.server.requests.append((behaviour, json.loads(body or b"{}")))
        if path != "/v1/chat/completions":
            return self._whole(404, "application/json", b'{"error": "not found"}')
        try:
            getattr(self, "chat_" + behaviour, self.chat_ok)()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    # -- behaviours ----------------------------------------------------------------------
    def chat_ok(self) -> None:
        self._headers(200, "text/event-stream")
        self._send(chunk())
        for token in TOKENS:
            self._send(chunk(token))
        self._send(chunk("", finish="stop") + b"data: [DONE]\n\n")
        self._end()

    def chat_hang(self) -> None:
        self._headers(200, "text/event-stream")
        self.wfile.flush()
        self._wait(3600)

    def chat_drip(self) -> None:
        self._headers(200, "text/event-stream")
        beats = 0
        while self._wait(0.1):
            beats += 1
            self._send(b": keep-alive\n\n" if beats % 2 else b"\n")

    def chat_endless_line(self) -> None:
        self._headers(200, "text/event-stream")
        self._send(b'data: {"choices": [{"delta": {"content": "')
        block = b"a" * 65536
        while not self.server.stopping.is_set():
            self._send(block)

    def chat_huge(self) -> None:
        self._headers(200, "text/event-stream")
        event = chunk("x" * 1000)
        while not self.server.stopping.is_set():
            self._send(event * 16)

    def chat_html(self) -> None:
        self._whole(200, "text/html", b"<!DOCTYPE html>\n<html><head><title>Router login"
                    b"</title></head><body>Please log in</body></html>\n")

    def chat_garbage(self) -> None:
        noise = random.Random(7).randbytes(64 * 1024)
        self._whole(200, "application/octet-stream", b"\x00\xff" + noise)

    def chat_http500(self) -> None:
        body = {"error": {"message": ERROR_500, "type": "server_error", "code": 500}}
        self._whole(500, "application/json", json.dumps(body).encode())

    def chat_error_event(self) -> None:
        self._headers(200, "text/event-stream")
        self._send(chunk())
        self._send(b"data: " + json.dumps({"error": {"message": EVENT_ERROR}}).encode()
                   + b"\n\n")
        self._end()

    def chat_json_body(self) -> None:
        reply = {"id": "chatcmpl-fake", "object": "chat.completion", "model": "fake",
                 "choices": [{"index": 0, "finish_reason": "stop",
                              "message": {"role": "assistant", "content": JSON_TEXT}}]}
        self._whole(200, "application/json", json.dumps(reply, indent=1).encode())

    def chat_slow_headers(self) -> None:
        if self._wait(SLOW_S):
            self.chat_ok()

    def chat_close_midway(self) -> None:
        self._headers(200, "text/event-stream")
        self._send(chunk())
        self._send(chunk(TOKENS[0]))
        self.wfile.write(b"400\r\ndata: {\"cho")  # a chunk cut short, then the socket closes
        self.wfile.flush()

    def chat_nothing(self) -> None:
        self._headers(200, "text/event-stream")
        self._end()

    def chat_empty(self) -> None:
        self._headers(200, "text/event-stream")
        self._send(chunk())
        self._end()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stopping = threading.Event()
        self.requests: list[tuple[str, dict]] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-reply is the point of these tests


class FakeOpenAI:
    """``with FakeOpenAI() as fake: RemoteRuntime(fake.url("drip"))``."""

    def __init__(self) -> None:
        self.server = _Server()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={
            "poll_interval": 0.05}, name="fake-openai", daemon=True)

    @property
    def requests(self) -> list[tuple[str, dict]]:
        """``(behaviour, JSON body)`` of every chat request so far."""
        return self.server.requests

    def url(self, behaviour: str = "ok") -> str:
        """The base URL (ending in ``/v1``) of an endpoint that behaves so."""
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"no such behaviour: {behaviour}")
        return f"http://127.0.0.1:{self.server.server_address[1]}/{behaviour}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
