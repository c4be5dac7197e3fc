"""The voice-to-bash pipeline: cleanup, corrections, the trace, routing, the post-check,
history, and the CLI formats, on the real gate and the real default LLM."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.bash.cleanup import clean, command_segment
from app.specialists.bash.history import History
from app.specialists.bash.normalizer import messages
from app.specialists.bash.pipeline import BashPipeline, grounded
from app.specialists.bash.postcheck import post_check
from app.specialists.bash.vocabulary import SYMBOL_WORDS, UNITS
from app.specialists.gate import GateSpecialist
from tests.cli_helpers import run_cli

STAGES = ["cleanup", "segment", "gate", "processor", "post-check", "safety"]


@pytest.fixture(scope="module")
def bash(store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bash")
    service = InferenceService(store, threaded=False)
    gate = GateSpecialist(service, folder=folder / "gate")
    return BashSpecialist(service, gate, history_path=folder / "history.sqlite3",
                          tools=frozenset())


@pytest.mark.parametrize(("said", "kept"), [
    ("okay so the command is git status", "git status"),
    ("um can you type out ls dash la for me", "ls dash la"),
    ("git push origin main no wait origin develop", "git push origin develop"),
    ("ls dash la actually make that ls dash lh", "ls dash lh"),
    ("cd to the uh scratch that cd slash var slash log", "cd slash var slash log"),
    ("docker ps oh and dash a", "docker ps dash a"),
    ("chmod seven seven seven no seven five five run dot sh", "chmod seven five five run dot sh"),
    ("git checkout main actually no develop", "git checkout develop"),
    ("kill dash nine um one two three", "kill dash nine space one two three"),
    ("cd dot dot no two levels up cd dot dot slash dot dot", "cd dot dot slash dot dot"),
])
def test_cleanup_and_corrections(said, kept):
    assert clean(said).text == kept


def test_segment_separates_prose_from_the_command():
    assert command_segment("so then ls dash la") == ("ls dash la", "so then")


def test_trace_has_every_stage_with_timings(bash):
    result = bash.convert("okay so the command is git status", use_llm=False).outcome()
    assert result.output == "git status" and result.route == "processor"
    assert [s.name for s in result.stages] == STAGES
    assert all(s.ms >= 0 for s in result.stages) and result.timings_ms["total"] > 0
    gate = next(s for s in result.stages if s.name == "gate")
    assert gate.output.startswith("needs_llm ")


@pytest.fixture
def untrained(bash):
    """The bash specialist with no adapter in use: the gate and the untrained LLM route."""
    from app.training.registry import Registry

    registry = Registry(bash.service.store.root)
    registry.activate("bash", None)
    yield bash
    registry.rollback("bash")


def test_the_rules_keep_what_they_read_and_the_normalizer_takes_the_rest(bash):
    """With the shipped bash adapter: what the rules read into a command stays with them (no
    model call), clean spoken protocol included (no gate either: the fast path); a
    dictation whose reading keeps a sentence in it, or that corrects itself, goes to the
    normalizer."""
    kept = bash.convert("okay so the command is git status", use_llm=True).outcome()
    assert kept.route == "processor" and kept.output == "git status"
    assert "normalizer" not in [s.name for s in kept.stages]
    spoken = bash.convert("git space push space origin space main", use_llm=True).outcome()
    assert spoken.route == "processor" and spoken.output == "git push origin main"
    assert not {"normalizer", "gate"} & {s.name for s in spoken.stages}
    fixed = bash.convert("git space push space origin space main no wait space develop",
                         use_llm=True).outcome()
    words = fixed.output.split()  # the shipped adapter (11-27, second round) drops "origin"
    assert fixed.route == "llm" and words[:2] == ["git", "push"] and words[-1] == "develop"
    assert "main" not in words  # the correction replaced what it corrected
    swapped = bash.convert("Ddev status. Hang on, that should be start not status.",
                           use_llm=True).outcome()  # a correction naming both words: exact
    assert swapped.route == "processor" and swapped.output == "ddev start"
    assert "normalizer" not in [s.name for s in swapped.stages]
    said = "Nokogiri docs slash index.html to parse the contents of a URL or file."
    result = bash.convert(said, use_llm=True).outcome()
    names = [s.name for s in result.stages]
    assert result.route == "llm" and "normalizer" in names and "gate" not in names
    assert result.output == "nokogiri docs/index.html", result.to_dict()
    off = bash.convert(said, use_llm=False).outcome()
    assert "normalizer" not in [s.name for s in off.stages]
    hinted = bash.convert("Type this: docker run dash dash rm Ubuntu who am I, no spaces.",
                          use_llm=True).outcome()  # spacing hints: only the reader knows them
    assert hinted.output == "docker run --rm ubuntu whoami", hinted.to_dict()
    assert "normalizer" not in [s.name for s in hinted.stages]
    assert hinted.stages[0].output.endswith("who am I [no spaces]")  # the hint, as words
    assert not hinted.notes  # no "the LLM is off" note: the rules kept it


def test_protocol_style_skips_the_gate(untrained):
    bash = untrained
    result = bash.convert("git space push space origin space main", use_llm=True).outcome()
    assert result.route == "processor" and "gate" not in result.timings_ms
    assert result.output == "git push origin main"


def test_describing_speech_goes_to_the_llm_and_its_answer_is_checked(untrained):
    bash = untrained
    said = "could you show me all the running processes with their details"
    result = bash.convert(said, use_llm=True).outcome()
    names = [s.name for s in result.stages]
    assert "llm" in names
    llm_stage = next(s for s in result.stages if s.name == "llm")
    if result.route == "llm":
        assert grounded(llm_stage.output, said)
    else:
        assert llm_stage.note == "rejected" and any("not said" in n for n in result.notes)


def test_no_llm_flag_keeps_it_off(bash):
    said = "could you show me all the running processes with their details"
    result = bash.convert(said, use_llm=False).outcome()
    assert "llm" not in [s.name for s in result.stages]
    assert any("LLM, which is off" in n for n in result.notes)


def test_grounding_refuses_invented_words():
    assert grounded("ls dash la", "list everything with ls please")
    assert not grounded("python is a language", "show me python processes")
    assert grounded("echo space one space pipe space xclip", "Echo one, pipe xclip.")
    mended = ("git space blame space config dot yaml", "git blame config dot yamel")
    assert not grounded(*mended) and grounded(*mended, near=True)  # the trained normalizer
    assert not grounded("python is a language", "show me python processes", near=True)


def test_the_prompt_is_the_same_at_run_time_and_in_evaluation():
    a, b = messages("git status please"), messages("git status please")
    assert a == b and a[0]["role"] == "system" and a[-1]["content"] == "git status please"
    assert len(a) == 2 + 2 * 6


def test_post_check_cuts_loops_and_closes_quotes():
    assert post_check("git status git status git status git status").command == "git status"
    checked = post_check('echo "hello')
    assert checked.command == 'echo "hello"' and checked.notes
    assert post_check("ls -la").notes == []


@pytest.mark.parametrize(("spoken", "expected", "note"), [
    ("echo space quote hello space world", 'echo "hello world', 'no closing " was said'),
    ("echo space dollar open paren date", "echo $(date", "no closing ) was said: the ("),
    ("echo space quote hello quote", 'echo "hello"', None),
    ('Alright, so the command is mlabel -i /dev/sda ::"data", which tells it to set a '
     'filesystem label.', 'mlabel -i /dev/sda ::"data"', None),  # Whisper wrote it: closed
])
def test_what_a_speaker_left_open_stays_open_with_a_note(spoken, expected, note):
    result = BashPipeline().run(spoken, use_llm=False)
    assert result.output == expected
    assert any(note in n for n in result.notes) if note else \
        not any("was said" in n for n in result.notes)


def test_dangerous_output_is_flagged_and_never_run(bash, tmp_path):
    marker = tmp_path / "should-not-exist"
    result = bash.convert(f"touch space {marker}", use_llm=False).outcome()
    assert result.output.startswith("touch") and not marker.exists()
    flagged = bash.convert("rm dash rf tilde", use_llm=False).outcome()
    assert flagged.output == "rm -rf ~" and flagged.safety.flagged
    assert "home folder" in flagged.safety.reasons[0]


def test_history_keeps_and_finds_commands(tmp_path):
    history = History(tmp_path / "h.sqlite3")
    history.add("git space status", "git status", "processor", [])
    history.add("rm dash rf tilde", "rm -rf ~", "processor", ["deletes your whole home"])
    assert [e.output for e in history.search("rm")] == ["rm -rf ~"]
    assert history.search("rm")[0].flagged
    assert [e.output for e in history.search("stat")] == ["git status"]
    assert len(history.recent()) == 2
    history.delete(history.recent()[0].id)
    assert [e.output for e in History(tmp_path / "h.sqlite3").recent()] == ["git status"]


VOCAB = list(SYMBOL_WORDS) + list(UNITS) + ["space", "git", "ls", "capital", "all", "caps",
                                            "camel", "case", "no", "wait", "quote", "um"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(VOCAB), max_size=40))
def test_random_vocabulary_never_raises(words):
    t0 = time.perf_counter()
    result = BashPipeline().run(" ".join(words))
    assert isinstance(result.output, str)
    assert time.perf_counter() - t0 < 1.0


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_random_unicode_never_raises(text):
    result = BashPipeline().run(text)
    assert isinstance(result.output, str) and "\n" not in result.output


def test_a_two_hundred_thousand_character_dictation_is_cut(bash):
    result = BashPipeline().run("git space status space " * 10_000)
    assert any("characters were read" in n for n in result.notes)


def test_cli_json_stdin_and_eval(tmp_path, monkeypatch):
    import io

    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    code, out, _ = run_cli("bash", "--json", "--no-llm", "rm", "dash", "rf", "slash")
    data = json.loads(out)
    assert code == 0 and {"input", "output", "route", "timings_ms", "safety"} <= set(data)
    assert data["output"] == "rm -rf /" and data["safety"]["flagged"]
    monkeypatch.setattr("sys.stdin", io.StringIO("git space status\n\nls dash la\n"))
    code, out, _ = run_cli("bash", "--no-llm")
    assert code == 0 and out.splitlines() == ["git status", "ls -la"]
    devset = tmp_path / "dev.json"
    devset.write_text(json.dumps([
        {"dictated": "git space status", "expected": "git status", "difficulty": "clean",
         "category": "git"},
        {"dictated": "ls dash la", "expected": "ls -la", "difficulty": "clean",
         "category": "filesystem"},
        {"dictated": "cat dot env", "expected": "cat .envx", "difficulty": "fuzzy",
         "category": "filesystem"}]))
    code, out, _ = run_cli("bash", "--eval", str(devset), "--no-llm", "--json")
    report = json.loads(out)
    assert code == 0 and report["overall"]["n"] == 3
    assert report["overall"]["exact"] == pytest.approx(2 / 3)
    assert report["overall"]["effective"] == 1.0
    assert report["by_category"]["git"]["exact"] == 1.0
    code, _, err = run_cli("bash", "--eval", str(tmp_path / "missing.json"))
    assert code == 1 and "missing.json" in err



def test_the_trace_says_what_cleanup_took_out_bounded():
    from app.specialists.bash.pipeline import MAX_NOTE, BashPipeline

    read = BashPipeline().run
    said = ("Purpose of this one: convert an image. Message reads: pnmcrop, negative, "
            "ppmtopict main dot ppm. How copy? Over.")
    result = read(said)
    note = result.stages[0].note
    assert result.output == "ppmtopict main.ppm"
    assert "Purpose of this one" in note and "How copy? Over." in note and "1 correction" in note
    assert read("git space status").stages[0].note == ""  # nothing taken out, nothing said
    long = "Purpose: " + "very " * 80 + "long. Message reads: ls dash l."
    assert read(long).output == "ls -l" and len(read(long).stages[0].note) <= MAX_NOTE


@pytest.mark.parametrize(("read", "command", "expected"), [
    ('git commit -m "fix the login page"', 'git commit -m "fix"',
     'git commit -m "fix the login page"'),  # the normalizer lost the user's words
    ('git commit -m "fix the log in page"', 'git commit -m "fix Page"',
     'git commit -m "fix the log in page"'),  # and cased one the speaker did not
    ('git commit -m "fix the bug no wait the page"', 'git commit -m "fix the page"',
     'git commit -m "fix the page"'),  # taken back inside the quote: the normalizer's
    ("echo 'a b'", 'echo "a"', 'echo "a"'),  # another quote: not the same text
    ('echo "a b" "c d"', 'echo "a b"', 'echo "a b"'),  # quotes do not line up
    ('echo "hello world"', 'echo "hello there"', 'echo "hello there"'),  # not only lost
])
def test_quoted_words_the_normalizer_lost_are_put_back(read, command, expected):
    from app.specialists.bash.pipeline import quotes_kept

    assert quotes_kept(read, command) == expected


def test_a_missing_normalizer_model_leaves_the_rules_reading():
    """The normalizer's model missing or broken: a clear note, and the command the rules
    read rather than nothing."""
    from app.specialists.bash.pipeline import BashPipeline
    from runtimes.base import RuntimeLoadError

    def missing(text: str) -> str:  # what loading a model the store lacks raises
        raise RuntimeLoadError("/nowhere/model.gguf: model 'x' is not installed")

    def gate(text: str) -> float:
        return 1.0  # always asks for the LLM

    said = "git commit dash m quote, fix the login page quote."
    out = BashPipeline(normalizer=missing, tools=frozenset({"git"})).run(said)
    assert out.output == 'git commit -m "fix the login page"', out.to_dict()
    assert any("could not run" in n and "not installed" in n for n in out.notes)
    out = BashPipeline(gate, missing, tools=frozenset({"git"})).run("list the files in src")
    assert out.route != "llm" and any("could not run" in n for n in out.notes)
