"""The remote runtime against a misbehaving OpenAI-compatible server (tests/hostile/
fake_openai.py): every case ends in time, within memory, with one clean line that names the
endpoint, and Stop closes the socket at once. No models needed."""

from __future__ import annotations

import time

import pytest

from app.service import InferenceService, JobCancelled, JobError
from models.store import ModelStore
from runtimes.base import GenerationParams, InputError, RuntimeLoadError
from runtimes.remote import RemoteRuntime
from tests.hostile import fake_openai
from tests.hostile.fake_openai import FakeOpenAI
from tests.hostile.sandbox import assert_clean, run_python

PROMPT = [{"role": "user", "content": "Say hello."}]
BOUND_S = 5.0
"""Every bad case must end within this, with deadlines of 1-2 s (2 slow cores)."""


@pytest.fixture(scope="module")
def fake():
    with FakeOpenAI() as server:
        yield server


def _reply(url: str, **bounds) -> str:
    return "".join(RemoteRuntime(url, **bounds).generate(PROMPT, GenerationParams(max_tokens=8)))


def _failure(url: str, cls: type[Exception] = RuntimeLoadError, **bounds) -> str:
    """The message of the error a reply ends in, checked to be one clean line, in time."""
    t0 = time.monotonic()
    with pytest.raises(cls) as info:
        _reply(url, **bounds)
    assert time.monotonic() - t0 < BOUND_S
    message = str(info.value)
    assert message.startswith(url + ": ") and message.isprintable(), repr(message)
    return message


def test_ok_streams_the_pieces_and_asks_for_a_stream(fake):
    pieces = list(RemoteRuntime(fake.url("ok")).generate(PROMPT))
    assert pieces == fake_openai.TOKENS
    behaviour, body = fake.requests[-1]
    assert behaviour == "ok" and body["stream"] is True and body["model"] == "fake-model"


def test_a_server_that_ignores_stream_gives_its_whole_reply(fake):
    assert _reply(fake.url("json_body")) == fake_openai.JSON_TEXT


def test_slow_headers_within_the_wait_are_fine_and_past_it_are_not(fake):
    assert _reply(fake.url("slow_headers"), token_timeout_s=10) == "Hello, world!"
    assert "sent no text within 0.5 s" in _failure(fake.url("slow_headers"),
                                                   token_timeout_s=0.5)


@pytest.mark.parametrize("behaviour", ["hang", "drip"])
def test_silence_and_keep_alives_end_at_the_deadline(fake, behaviour):
    assert "no complete reply within 2 s" in _failure(fake.url(behaviour), deadline_s=2)


@pytest.mark.parametrize("behaviour", ["hang", "drip"])
def test_the_wait_for_text_has_its_own_deadline(fake, behaviour):
    assert "sent no text within 1 s" in _failure(fake.url(behaviour), token_timeout_s=1)


@pytest.mark.parametrize(("behaviour", "expected"), [
    ("endless_line", "sent a line longer than 256 KB"),
    ("huge", "the reply passed 1,000,000 characters"),
    ("html", "answered with HTML, not an OpenAI-compatible stream"),
    ("garbage", "not an OpenAI-compatible stream (binary data)"),
    ("error_event", "reported an error: " + fake_openai.EVENT_ERROR),
    ("empty", "the stream ended without any text"),
    ("nothing", "ended the reply without sending anything"),
])
def test_bad_replies_are_one_clear_line(fake, behaviour, expected):
    assert expected in _failure(fake.url(behaviour), deadline_s=30)


def test_an_error_status_carries_the_servers_message_cleaned(fake):
    message = _failure(fake.url("http500"))
    assert "refused the request (500 Internal Server Error: the model crashed" in message
    assert "\x1b" not in message and "see the log" in message


def test_a_request_error_blames_the_input(fake, monkeypatch):
    monkeypatch.setattr(fake_openai._Handler, "chat_http500", lambda self: self._whole(
        400, "application/json", b'{"error": {"message": "context too long"}}'))
    assert "(400 Bad Request: context too long)" in _failure(fake.url("http500"), InputError)


def test_a_stream_cut_off_keeps_what_came_and_says_so(fake):
    pieces = []
    with pytest.raises(RuntimeLoadError, match="broke off in the middle of the reply"):
        pieces.extend(RemoteRuntime(fake.url("close_midway")).generate(PROMPT))
    assert pieces == [fake_openai.TOKENS[0]]


@pytest.mark.parametrize(("behaviour", "expected"), [
    ("models_html", "answered /models with HTML"),
    ("models_huge", "/models passed 1024 KB"),
])
def test_a_bad_model_list_fails_the_load(fake, behaviour, expected):
    url = fake.url(behaviour)
    with pytest.raises(RuntimeLoadError, match=expected) as info:
        RemoteRuntime(url)
    assert str(info.value).startswith(url + ": ")


@pytest.mark.parametrize("behaviour", ["endless_line", "huge"])
def test_endless_replies_stay_small_in_memory(fake, behaviour):
    outcome = run_python("""
        import sys
        from runtimes.base import RuntimeLoadError
        from runtimes.remote import RemoteRuntime

        try:
            list(RemoteRuntime(sys.argv[1], deadline_s=20).generate([]))
        except RuntimeLoadError as exc:
            print(exc)
    """, timeout=60, args=[fake.url(behaviour)])
    assert_clean(outcome, rc=0, message="stopped reading")
    assert outcome.peak_mb < 300, outcome.explain()


@pytest.mark.parametrize("behaviour", ["hang", "drip", "slow_headers"])
def test_stop_closes_the_stream_at_once(fake, behaviour):
    runtime = RemoteRuntime(fake.url(behaviour))
    t0 = time.monotonic()
    pieces = list(runtime.generate(PROMPT, should_stop=lambda: time.monotonic() - t0 > 0.3))
    assert pieces == [] and time.monotonic() - t0 < 1.5


def test_cancel_through_the_service_ends_the_job_promptly(fake, qapp):
    service = InferenceService(ModelStore(), threaded=True)
    try:
        seen = len(fake.requests)
        job = service.generate(fake.url("hang"), PROMPT, GenerationParams(max_tokens=8))
        deadline = time.monotonic() + 15
        while len(fake.requests) == seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.requests[-1][0] == "hang"
        t0 = time.monotonic()
        job.cancel()
        with pytest.raises(JobCancelled):
            job.outcome(BOUND_S)
        assert time.monotonic() - t0 < BOUND_S
    finally:
        service.shutdown()


def test_the_service_streams_a_good_endpoint_and_fails_a_bad_one(fake):
    service = InferenceService(ModelStore(), threaded=False)
    good = service.generate(fake.url("ok"), PROMPT, GenerationParams(max_tokens=8))
    assert good.outcome(0).text == "Hello, world!"
    bad = service.generate(fake.url("html"), PROMPT, GenerationParams(max_tokens=8))
    with pytest.raises(JobError, match="answered with HTML"):
        bad.outcome(0)
