"""The job contract, without models: states, outcome, slots at submit, parent and child,
errors with their tracebacks in the log."""

from __future__ import annotations

import logging
import threading

import pytest

from app.service import (
    InferenceService,
    JobCancelled,
    JobError,
    JobState,
    JobTimeout,
    Slots,
)
from models.store import ModelStore
from tests.cli_helpers import run_cli


@pytest.fixture
def service(tmp_path, qtbot):
    svc = InferenceService(ModelStore(tmp_path / "models"))
    yield svc
    svc.shutdown()


@pytest.fixture
def sync_service(tmp_path):
    return InferenceService(ModelStore(tmp_path / "models"), threaded=False)


def test_slots_given_at_submit_see_every_signal_even_when_the_job_runs_at_once(sync_service):
    seen = []
    job = sync_service.submit("files", "count", lambda ctx: (
        ctx.progress(0.5, "half"), ctx.status("preparing"), 42)[2],
        Slots(started=lambda: seen.append("started"), progress=lambda f, t: seen.append((f, t)),
              status=lambda t: seen.append(("status", t)), finished=seen.append))
    assert seen == ["started", (0.5, "half"), ("status", "preparing"), 42]
    assert job.state is JobState.DONE and job.outcome() == 42


def test_outcome_raises_on_timeout_instead_of_returning_none(service, qtbot):
    release = threading.Event()
    busy = service.submit("embed", "busy", lambda ctx: release.wait(10))
    queued = service.submit("embed", "score", lambda ctx: "scored")
    with pytest.raises(JobTimeout, match="did not finish within 0.2 s"):
        queued.outcome(0.2)
    release.set()
    assert busy.outcome(5) is True and queued.outcome(5) == "scored"


def test_failure_and_cancel_raise_their_own_exceptions(sync_service):
    def fails(_ctx):
        raise JobError("the model file is damaged")

    with pytest.raises(JobError, match="damaged"):
        sync_service.submit("files", "fail", fails).outcome()

    def stops(_ctx):
        raise JobCancelled(partial="half a reply")

    job = sync_service.submit("files", "stop", stops)
    with pytest.raises(JobCancelled) as info:
        job.outcome()
    assert job.state is JobState.CANCELLED and info.value.partial == "half a reply"


def test_cancelling_a_parent_cancels_the_child_it_waits_for(service, qtbot):
    child_started = threading.Event()
    children = []

    def child_body(ctx):
        child_started.set()
        while True:
            ctx.check()
            threading.Event().wait(0.01)

    def parent_body(ctx):
        child = service.submit("embed", "child", child_body)
        children.append(child)
        return ctx.wait_for(child, 30)

    parent = service.submit("llm", "parent", parent_body)
    assert child_started.wait(5)
    parent.cancel()
    with pytest.raises(JobCancelled):
        parent.outcome(5)
    with pytest.raises(JobCancelled):
        children[0].outcome(5)


def test_a_busy_worker_gives_the_parent_a_clear_error(service, qtbot):
    release = threading.Event()
    service.submit("embed", "train the gate", lambda ctx: release.wait(10))
    parent = service.submit("llm", "voice to bash", lambda ctx: ctx.wait_for(
        service.submit("embed", "score with the gate", lambda c: 1.0), 0.3))
    with pytest.raises(JobError, match="embed worker is busy"):
        parent.outcome(5)
    release.set()


def test_an_unexpected_error_is_logged_with_its_traceback(sync_service, caplog):
    def bug(_ctx):
        return {}["missing"]

    failed = []
    with caplog.at_level(logging.ERROR):
        sync_service.submit("files", "export", bug, Slots(failed=failed.append))
    assert failed and "export failed" in failed[0] and "details in the log" in failed[0]
    record = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert record.exc_info and record.exc_info[0] is KeyError


def test_cli_bug_is_one_line_and_debug_prints_the_traceback(monkeypatch):
    import app.cli.models as models_cli

    def boom(_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(models_cli, "cmd_list", boom)
    code, _, err = run_cli("models", "list")
    assert code == 1 and err.count("\n") == 1 and "details in the log" in err
    code, _, err = run_cli("--debug", "models", "list")
    assert code == 1 and "Traceback" in err and "RuntimeError: a bug" in err


def test_cli_user_error_is_one_line_without_log_hint():
    code, _, err = run_cli("models", "fetch")
    assert code == 1 and err == "error: name the models to fetch, or use --default\n"


def test_settings_stay_in_the_data_dir(tmp_path, monkeypatch):
    from app.settings import Key, Settings

    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    Settings()[Key.THEME] = "dark"
    assert "dark" in (tmp_path / "settings.ini").read_text()
