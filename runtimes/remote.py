"""Any OpenAI-compatible endpoint (llama.cpp server, vLLM, Ollama) as a generation runtime,
streamed with server-sent events over plain HTTP (stdlib only)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from urllib.parse import urlparse

from runtimes.base import DeviceReport, GenerationParams, Message, Runtime, RuntimeLoadError


class RemoteRuntime(Runtime):
    """``base_url`` like ``http://127.0.0.1:8080/v1``; ``model`` as the server names it."""

    family = "llm"

    def __init__(self, base_url: str, model: str = "", api_key: str = "",
                 timeout_s: float = 120.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.model_id = model or "remote"
        self.api_key = api_key
        self.timeout_s = timeout_s
        host = urlparse(self.base_url).netloc or self.base_url
        try:
            models = self._get("/models")
        except (OSError, ValueError) as exc:
            raise RuntimeLoadError(f"{self.base_url}: the endpoint does not answer ({exc})") \
                from None
        names = [m.get("id", "") for m in models.get("data", [])]
        if not model and names:
            self.model_id = names[0]
        self.report = DeviceReport("remote", "remote", f"OpenAI-compatible endpoint at {host}",
                                   None, f"model {self.model_id}; this text leaves the machine")

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _get(self, path: str) -> dict:
        req = urllib.request.Request(self.base_url + path, headers=self._headers())
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def generate(self, messages: Sequence[Message], params: GenerationParams | None = None,
                 json_schema: dict | None = None, grammar: str | None = None) -> Iterator[str]:
        p = params or GenerationParams()
        body = {"model": self.model_id, "messages": list(messages), "stream": True,
                "max_tokens": p.max_tokens, "temperature": p.temperature, "top_p": p.top_p}
        if p.seed is not None:
            body["seed"] = p.seed
        if p.stop:
            body["stop"] = list(p.stop)
        if json_schema:
            body["response_format"] = {"type": "json_object", "schema": json_schema}
        req = urllib.request.Request(self.base_url + "/chat/completions",
                                     data=json.dumps(body).encode(), headers=self._headers())
        try:
            resp = urllib.request.urlopen(req, timeout=self.timeout_s)
        except urllib.error.HTTPError as exc:
            raise RuntimeLoadError(f"{self.base_url}: the endpoint refused the request "
                                   f"({exc.code} {exc.reason})") from None
        except OSError as exc:
            raise RuntimeLoadError(f"{self.base_url}: the endpoint is unreachable ({exc})") \
                from None
        with resp:
            for raw in resp:
                line = raw.decode("utf-8", errors="replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    return
                try:
                    chunk = json.loads(data)
                except json.JSONDecodeError:
                    continue
                choices = chunk.get("choices") or [{}]
                text = (choices[0].get("delta") or {}).get("content")
                if text:
                    yield text
