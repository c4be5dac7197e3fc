"""``tinyspec bash``, ``/bash`` in Chat and the Voice → Bash page give the same command for
the same words: on the rules' path and on the LLM normalizer's path (real models)."""

from __future__ import annotations

import json

import pytest

from app.service import InferenceService, Slots
from app.specialists.chat.chat import Chat
from app.specialists.chat.sessions import Sessions
from tests.cli_helpers import run_cli
from tests.test_ui_bash import make_panel  # noqa: F401  (the page's fixture)

SAID = [
    "okay so the command is rm dash rf tilde slash",  # the rules, flagged
    "I require git blame main config dot yaml.",  # framing the rules take out
    "please enter gh pr api sorry, I meant merge one hundred dash m",  # a correction
    "hcitool name data to output the name of a device, returning its MAC address",  # prose
    "Listen, yadm decrypt. I've been typing that since the PDP-11 days.",  # a remark the
    # rules cannot place: the normalizer
]


@pytest.fixture
def chat(store, tmp_path):
    c = Chat(InferenceService(store, threaded=False), Sessions(tmp_path / "chat.sqlite3"))
    yield c
    c.service.shutdown()


def test_cli_chat_and_panel_agree(qtbot, make_panel, chat):  # noqa: F811
    panel = make_panel()
    routes = set()
    for said in SAID:
        panel.last_result = None
        panel.convert(said)
        qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
        shown = panel.command.text()
        routes.add(panel.last_result.route)

        code, out, err = run_cli("bash", "--json", said)
        assert code == 0, err
        cli = json.loads(out)
        assert (cli["output"], cli["route"]) == (shown, panel.last_result.route), said

        lines: list[str] = []
        chat.run_action(chat.send(f"/bash {said}"), Slots(finished=lines.append))
        assert lines and lines[0].startswith(f"`{shown}` (not run; "), (said, lines)
        assert cli["safety"]["flagged"] == ("⚠" in lines[0]) == panel.banner.isVisible()
    assert routes >= {"processor", "llm"}  # both paths were compared
