"""The remote runtime against llama-cpp-python's own OpenAI-compatible server, started here on
127.0.0.1 (loopback only)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from app.service import InferenceService
from runtimes.base import GenerationParams, RuntimeLoadError
from runtimes.remote import RemoteRuntime


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model",
                             str(store.require("smollm2-135m-instruct")), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "1024"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/models", timeout=1).read()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("the llama-cpp-python server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


def test_remote_runtime_streams(server):
    rt = RemoteRuntime(server)
    assert rt.report.actual == "remote" and "leaves the machine" in rt.report.detail
    pieces = list(rt.generate([{"role": "user", "content": "Name three colours."}],
                              GenerationParams(max_tokens=20, temperature=0, seed=1)))
    assert len(pieces) > 3 and "".join(pieces).strip()


def test_remote_json_schema(server):
    schema = {"type": "object", "properties": {"colour": {"type": "string"}},
              "required": ["colour"]}
    text = "".join(RemoteRuntime(server).generate(
        [{"role": "user", "content": "Pick a colour, as JSON."}],
        GenerationParams(max_tokens=30, temperature=0), json_schema=schema))
    assert "colour" in json.loads(text)


def test_remote_through_the_service_by_url(server, store):
    service = InferenceService(store, threaded=False)
    job = service.generate(server, [{"role": "user", "content": "Say hello."}],
                           GenerationParams(max_tokens=8, temperature=0))
    result = job.outcome()
    assert result.tokens >= 1 and result.report.provider.startswith("OpenAI-compatible")


def test_unreachable_endpoint_is_a_clear_error():
    with pytest.raises(RuntimeLoadError, match="does not answer"):
        RemoteRuntime(f"http://127.0.0.1:{_free_port()}/v1")
