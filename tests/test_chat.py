"""The chat harness: every slash command (engine and terminal), sessions, trimming, the
100,000-character paste, and replies that are only ever text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.service import InferenceService, Slots
from app.specialists.chat.chat import Chat
from app.specialists.chat.commands import COMMANDS, Outcome, complete
from app.specialists.chat.conversation import Conversation, Turn
from app.specialists.chat.sessions import Sessions
from app.training.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
SMOL = "smollm2-135m-instruct"


@pytest.fixture
def chat(store, tmp_path):
    c = Chat(InferenceService(store, threaded=False), Sessions(tmp_path / "chat.sqlite3"))
    c.send(f"/model {SMOL}")
    c.send("/set max_tokens 16")
    c.send("/set temp 0")
    return c


def reply(chat: Chat, text: str):
    job = chat.send(text)
    assert not isinstance(job, Outcome), job
    return job.outcome()


def test_help_lists_every_command_with_a_description(chat):
    text = chat.send("/help").text
    for name, command in COMMANDS.items():
        assert f"/{name}" in text and command.description in text
    assert len(COMMANDS) >= 21


@pytest.mark.parametrize(("line", "expect"), [
    ("/nope", "unknown command /nope"), ("/hlep", "did you mean /help"),
    ("/set temp hot", "needs a float"), ("/set colour 3", "usage: /set"),
    ("/set temp 9", "between 0 and 5"), ("/show everything", "usage: /show"),
    ("/device tpu", "usage: /device"), ("/load", "usage: /load"),
    ("/export pdf", "usage: /export"), ("/json {nope", "/json takes"),
    ("/bash", "usage: /bash"), ("/memo", "usage: /memo"), ("/gate", "usage: /gate"),
    ("/model no-such-model", "no model 'no-such-model'"), ("/copy", "no reply to copy"),
    ("/undo", "nothing to undo"), ("/retry", "nothing to retry"),
])
def test_bad_commands_are_one_line_errors_and_nothing_is_sent(chat, line, expect):
    out = chat.send(line)
    assert isinstance(out, Outcome) and out.error and expect in out.text
    assert "\n" not in out.text and chat.conv.turns == []


def test_settings_commands(chat):
    assert chat.send("/set top_p 0.5").text == "top_p = 0.5"
    assert chat.send("/set top_k 7").text == "top_k = 7"
    assert chat.send("/set seed 3").text == "seed = 3"
    assert chat.send("/set ctx 1024").text == "ctx = 1024" and chat.conv.n_ctx == 1024
    params = chat.send("/show params").text
    assert "top_p 0.5" in params and "top_k 7" in params and "ctx 1024" in params
    assert chat.send("/system Answer in French.").text == "system prompt set"
    assert chat.send("/show system").text == "Answer in French."
    assert chat.send("/system").text.endswith("Answer in French.")
    assert "instruct model" in chat.send("/show model").text
    assert SMOL in chat.send("/models").text
    assert chat.send("/device npu").text.startswith("device: npu")
    chat.send("/device cpu")
    assert chat.send("/json on").text.startswith("JSON mode on")
    assert chat.send('/json {"type": "object", "properties": {"a": {"type": "string"}}}'
                     ).text == "JSON mode on with your schema"
    assert chat.send("/json off").text == "JSON mode off" and chat.conv.json_schema is None
    assert complete("/se") == ["/set", "/sessions"]


def test_conversation_commands(chat, tmp_path):
    first = reply(chat, "Say hello.")
    assert first.tokens >= 1 and chat.conv.turns[-1].role == "assistant"
    assert chat.conv.turns[-1].stats["tokens_per_s"] >= 0
    assert "tok/s" in chat.send("/stats").text
    copied = chat.send("/copy")
    assert copied.copy == chat.conv.turns[-1].content
    retry = chat.send("/retry")
    assert retry.done  # a synchronous service has run it already
    assert [t.role for t in chat.conv.turns] == ["user", "assistant"]
    assert chat.send("/undo").text == "removed the last exchange" and chat.conv.turns == []
    reply(chat, "Name a fruit.")
    assert chat.send("/save fruit").text == "saved as 'fruit'"
    assert "fruit" in chat.send("/sessions").text
    out = chat.send(f"/export md {tmp_path / 'c.md'}")
    assert out.text.startswith("exported") and "Name a fruit." in (tmp_path / "c.md").read_text()
    chat.send(f"/export json {tmp_path / 'c.json'}")
    data = json.loads((tmp_path / "c.json").read_text())
    assert Conversation.from_dict(data).turns[0].content == "Name a fruit."
    assert chat.send("/clear").text == "conversation cleared" and chat.conv.turns == []
    assert chat.send("/load fruit").text == "loaded 'fruit' (2 turns)"
    assert chat.send("/load frut").text.endswith("did you mean 'fruit'?")


def test_tools_and_bench(chat):
    bash = chat.send("/bash rm dash rf tilde")
    assert bash.action == "bash" and bash.argument == "rm dash rf tilde"
    memo = chat.send("/memo Remind me to call Jonas tomorrow.")
    assert memo.action == "memo" and memo.argument == "Remind me to call Jonas tomorrow."
    gate = chat.send("/gate git space status")
    assert gate.action == "gate" and gate.argument == "git space status"
    bench = chat.send("/bench")
    assert bench.action == "bench"
    lines = []  # an action's job gives one line of text to its finished slot
    chat.run_action(bench, Slots(finished=lines.append))
    chat.run_action(gate, Slots(finished=lines.append))
    chat.run_action(memo, Slots(finished=lines.append))  # the Memos page's extraction
    chat.run_action(bash, Slots(finished=lines.append))  # the Voice → Bash page's job
    assert "tok/s decode" in lines[0] and chat.conv.turns == []
    assert lines[1].startswith("gate: needs_llm no")
    assert "intent: call" in lines[2] and "target: Jonas" in lines[2]
    assert "`rm -rf ~`" in lines[3] and "home folder" in lines[3] and "not run" in lines[3]


def test_model_switch_to_a_gguf_path_and_the_base_model_note(chat):
    path = chat.service.store.require(SMOL)
    out = chat.send(f"/model {path}")
    assert not out.error and chat.conv.model_id != SMOL
    assert chat.send("/model gemma-3-270m").text.startswith("model: gemma-3-270m")
    assert "chat adapter" in chat.model_note()  # the shipped adapter makes it an assistant
    assert "lora_path" in chat.load_options()
    registry = Registry(chat.service.store.root)
    registry.activate("chat", None)  # the plain base: a transcript to continue
    try:
        assert "base model" in chat.model_note() and "completion style" in chat.model_note()
        assert chat.load_options()["chat_format"] == "completion"
        result = reply(chat, "The sky is")
        assert result.report.detail.startswith("completion-style prompt")
    finally:
        registry.rollback("chat")


def test_trimming_keeps_the_system_prompt_and_the_newest_turns():
    conv = Conversation(system="S", n_ctx=200)
    conv.params.max_tokens = 50
    for i in range(30):
        conv.turns += [Turn("user", f"question {i} " * 5), Turn("assistant", "answer " * 5)]
    messages, dropped = conv.fitted(lambda t: len(t.split()))
    assert messages[0] == {"role": "system", "content": "S"} and dropped > 0
    assert messages[1]["role"] == "user" and messages[-1]["content"].startswith("answer")
    assert "question 29" in messages[-2]["content"]


def test_a_huge_paste_is_cut_with_a_notice(chat):
    job = chat.send("word " * 30_000)
    assert not isinstance(job, Outcome)
    assert "150,000 characters; the first 100,000 were kept" in chat.notice
    assert job.state == "done", job.error
    assert len(chat.conv.turns[-2].content) == 100_000
    assert "characters were left out for the model" in chat.notice


@pytest.mark.models
def test_terminal_chat_runs_the_same_commands(tmp_path):
    script = "/model smollm2-135m-instruct\n/set max_tokens 8\n/nope\nHello there.\n/stats\n"
    proc = subprocess.run([sys.executable, "-m", "app", "chat"], input=script, text=True,
                          capture_output=True, cwd=ROOT, timeout=120,
                          env={**__import__("os").environ, "TINYSPEC_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 1, proc.stderr[-500:]  # /nope was an error: scripts notice
    assert "unknown command /nope; did you mean" in proc.stderr
    assert "tok/s" in proc.stdout and "max_tokens = 8" in proc.stdout
    assert Sessions(tmp_path / "chat.sqlite3").names()  # saved on exit
