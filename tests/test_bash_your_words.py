"""Your words for symbols: checked entries, read first by every dictation (panel, CLI), saved
whole, and a damaged file reported and kept."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.paths import ENV_DATA
from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.bash.pipeline import BashPipeline
from app.specialists.bash.processor import process
from app.specialists.bash.your_words import MEANINGS, YourWords, entry, suggestions
from tests.cli_helpers import run_cli
from ui.panels.bash_panel import BashPanel


@pytest.mark.parametrize("symbol", [s for s in MEANINGS if s not in ("space",)
                                    and not s.endswith("next")])
def test_every_meaning_reads_back_as_its_symbol(symbol):
    words = YourWords([entry("blorp", symbol)])
    said, used = words.apply("foo space blorp space bar")
    assert used == [f"blorp → {MEANINGS[symbol]}"]
    assert process(said) == f"foo {symbol} bar"


def test_casing_meanings():
    words = YourWords([entry("big", "Capital next"), entry("shout", "ALL CAPS next")])
    assert process(words.apply("echo space big hello space shout world")[0]) == \
        "echo Hello WORLD"


def test_phrases_are_whole_words_any_case_longest_first():
    words = YourWords([entry("dog", "@"), entry("dog house", "#"), entry("Stick", "|")])
    out, used = words.apply("Dog. dogma dog house hotdog STICK")
    assert out == "at sign. dogma hash hotdog pipe"
    assert used == ["dog → at sign", "dog house → hash", "stick → pipe"]
    assert YourWords().apply("dog") == ("dog", [])


@pytest.mark.parametrize(("said", "means"), [
    ("", "@"), ("dog1", "@"), ("one two three four", "@"), ("x" * 41, "@"), ("dog", "@@"),
    ("space", "@"), ("d-o-g", "@")])
def test_bad_entries_say_why(said, means):
    with pytest.raises(UserError):
        entry(said, means)


def test_the_readers_own_longer_name_can_be_kept():
    """Teaching "bracket" for ( would eat "square bracket"; teaching the reader's own name
    for [ as well keeps it (longest first)."""
    words = YourWords([entry("bracket", "("), entry("square bracket", "[")])
    assert process(words.apply("echo space bracket x square bracket")[0]) == "echo (x["


def test_a_hostile_entry_is_reported_plain():
    with pytest.raises(UserError) as err:
        entry("\x1b[31mred\x07" + "x" * 100, "@")
    assert "\x1b" not in str(err.value) and "\x07" not in str(err.value)
    assert len(str(err.value)) < 140


def test_saved_whole_and_a_damaged_file_is_kept(tmp_path):
    path = tmp_path / "words.json"
    words = YourWords.load(path)
    words.add(entry("dog", "@"))
    words.add(entry("dog", "#"))  # the same phrase again: replaced
    words.save()
    assert [(e.said, e.means) for e in YourWords.load(path).entries] == [("dog", "#")]
    path.write_text('{"words": [{"said": "dog"}]}')
    with pytest.raises(UserError, match="left as it is"):
        YourWords.load(path)
    assert path.read_text() == '{"words": [{"said": "dog"}]}'


def test_pipeline_shows_the_stage_only_when_a_word_was_said():
    pipeline = BashPipeline(words=YourWords([entry("dog", "@")]))
    result = pipeline.run("ssh space alice dog host")
    assert result.output == "ssh alice@host"
    assert result.stages[0].name == "your words" and result.stages[0].note == \
        "dog → at sign"
    assert "your words" not in [s.name for s in pipeline.run("git space status").stages]


def test_specialist_reads_changes_and_survives_a_damaged_file(store, tmp_path):
    path = tmp_path / "words.json"
    bash = BashSpecialist(InferenceService(store, threaded=False), history_path=tmp_path /
                          "h.sqlite3", tools=frozenset(), words_path=path)
    said = "ls space stick space wc"
    assert bash.convert(said, use_llm=False).outcome().output == "ls stick wc"
    YourWords([entry("stick", "|")], path).save()
    assert bash.convert(said, use_llm=False).outcome().output == "ls | wc"
    path.write_text("not json")
    result = bash.convert(said, use_llm=False).outcome()
    assert result.output == "ls stick wc"
    assert any("could not be read" in n for n in result.notes)
    assert path.read_text() == "not json"


def test_cli_teach_forget_list(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DATA, str(tmp_path))
    code, out, _ = run_cli("bash", "--teach", "dog=@", "--teach", "stick=|")
    assert code == 0 and "dog = @" in out and "stick = |" in out
    code, out, _ = run_cli("bash", "--no-llm", "ssh space me dog host space stick space wc")
    assert code == 0 and out.strip() == "ssh me@host | wc"
    code, _, err = run_cli("bash", "--teach", "dog")
    assert code == 1 and "SAID=SYMBOL" in err
    code, out, _ = run_cli("bash", "--forget", "dog", "--words")
    assert code == 0 and "dog" not in out and "stick = |" in out
    assert json.loads((tmp_path / "bash_words.json").read_text())["words"] == [
        {"said": "stick", "means": "|"}]


@pytest.fixture
def panel(qtbot, store, tmp_path):
    """Voice → Bash with the words saved in ``tmp_path / "words.json"``."""
    service = InferenceService(store)
    bash = BashSpecialist(service, history_path=tmp_path / "h.sqlite3", tools=frozenset(),
                          words_path=tmp_path / "words.json")
    panel = BashPanel(service, bash)
    qtbot.addWidget(panel)
    yield panel
    service.shutdown()


def test_panel_teaches_a_word_and_uses_it(qtbot, panel, tmp_path):
    dialog = panel.open_words()
    dialog.said.setText("two words 9")
    assert not dialog.add() and dialog.error.isVisible()
    assert not (tmp_path / "words.json").exists()  # nothing saved
    dialog.said.setText("dog")
    dialog.means.setCurrentIndex(dialog.means.findData("@"))
    assert dialog.add() and not dialog.error.isVisible()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "dog"
    dialog.accept()
    panel.convert("ssh space alice dog host")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == "ssh alice@host"
    dialog = panel.open_words()
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 0
    assert YourWords.load(tmp_path / "words.json").entries == []
    (tmp_path / "words.json").write_text("{")
    assert panel.open_words() is None and "could not be read" in panel.last_error


@pytest.mark.parametrize(("said", "edited", "taught"), [
    ("foo space x open bracket a close bracket", "foo x(a)",
     [("open bracket", "("), ("close bracket", ")")]),  # a speaker's brackets are parens
    ("grep space quote main quote space log", "grep 'main' log", [("quote", "'")]),
    ("zathura space tail slash notes point pdf", "zathura ~/notes.pdf", [("tail", "~")]),
    ("ssh space alice dog d b point internal", "ssh alice@db.internal", [("dog", "@")]),
    ("make space stick space wc", "make | wc", [("stick", "|")]),  # a word of theirs
    ("manim space uppercase mtas", "manim Mtas", [("uppercase", "Capital next")]),
    ("ls space capital foo", "ls FOO", [("capital", "ALL CAPS next")]),
    ("stat space percent capital mp percent sign uppercase lp", "stat %Mp%Lp",
     [("uppercase", "Capital next")]),  # only the casing word that was edited
    ("echo space all caps home", "echo Home", []),  # "all caps" says it outright
    ("ls space dash l", "ls -la", []),  # more than a symbol swapped
    ("echo space the word space", "echo ~", []),  # "space" can be no word of yours
    ("foo space x open bracket a close bracket space y open bracket b close bracket",
     "foo x(a) y[b]", []),  # the same words read two ways: no word of yours does that
])
def test_an_edit_suggests_the_words_that_would_have_made_it(said, edited, taught):
    produced = BashPipeline().run(said).output
    found = suggestions(said, produced, edited,
                        lambda words: BashPipeline(words=words).run(said).output)
    assert [(e.said, e.means) for e in found] == taught
    words = YourWords(found)
    if found:  # taught, the same dictation reads as edited
        assert BashPipeline(words=words).run(said).output == edited


SAYINGS = ["foo space x open bracket a close bracket", "grep space quote main quote space log",
           "ls space dash l space tilde slash docs", "echo space dollar home space pipe space wc",
           "cp space a dot txt space b underscore c", "manim space uppercase scene space dash p",
           "git space commit space dash m space double quote fix double quote"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SAYINGS), st.data())
def test_a_suggestion_always_reproduces_the_edit(said, data):
    """Any edit (symbols swapped, letters recased, text added): a suggestion never raises,
    and what it suggests reads the same dictation as the edited command."""
    produced = BashPipeline().run(said).output
    edited = "".join(
        data.draw(st.sampled_from(["(", ")", "'", "@", "_", c, c, c.swapcase(), c + "x"]))
        for c in produced)
    found = suggestions(said, produced, edited,
                        lambda words: BashPipeline(words=words).run(said).output)
    if found:
        assert BashPipeline(words=YourWords(found)).run(said).output == edited
    assert len(found) <= len(set(produced))  # at most a word per symbol or casing word


def test_a_word_of_yours_leaves_the_readers_longer_names_alone():
    words = YourWords([entry("quote", "'")])
    pipeline = BashPipeline(words=words)
    assert pipeline.run("grep space quote main quote space log").output == "grep 'main' log"
    assert pipeline.run("echo space double quote hi double quote").output == 'echo "hi"'


def test_the_panel_offers_what_an_edit_taught_and_remembers_it(qtbot, panel, tmp_path):
    panel.show()
    said = "calc space dash i space quote vec open bracket two close bracket quote"
    panel.convert(said)
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == 'calc -i "vec[2]"'
    panel.command.setText('calc -i "vec(2) + 1"')  # more than the brackets: no offer
    panel.copy()
    assert not panel.words_offer.isVisible()
    panel.command.setText('calc -i "vec(2)"')
    panel.copy()
    assert panel.words_offer.isVisible()
    assert "“open bracket” means ( and “close bracket” means )" in \
        panel.words_offer.text.text()
    assert not (tmp_path / "words.json").exists()  # nothing saved unasked
    panel.words_offer.remember_button.click()
    assert not panel.words_offer.isVisible() and "Saved" in panel.last_notice
    assert {(e.said, e.means) for e in YourWords.load(tmp_path / "words.json").entries} \
        == {("open bracket", "("), ("close bracket", ")")}
    panel.last_result = None
    panel.convert(said)
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == 'calc -i "vec(2)"'
    panel.copy()
    assert not panel.words_offer.isVisible()  # nothing edited, nothing to offer


def test_an_offer_is_checked_with_the_words_already_taught(qtbot, panel, tmp_path):
    YourWords([entry("dog", "@")], tmp_path / "words.json").save()
    panel.convert("echo space bob dog host space x open bracket a close bracket")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == "echo bob@host x[a]"
    panel.command.setText("echo bob@host x(a)")
    assert [(e.said, e.means) for e in panel.offer_words()] == [
        ("open bracket", "("), ("close bracket", ")")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["dog", "stick", "dog house", "x", "Dog.", "dogs", "hot-dog",
                                 "stick,", "space", "'dog'"]), max_size=12),
       st.text(max_size=40))
def test_apply_never_raises_and_leaves_no_taught_word(said, noise):
    words = YourWords([entry("dog", "@"), entry("stick", "|"), entry("dog house", "#")])
    out, used = words.apply(" ".join(said) + " " + noise)
    assert set(used) <= {"dog → at sign", "stick → pipe", "dog house → hash"}
    rest = re.findall(r"(?<![\w'])(dog|stick)(?![\w'])", out, re.IGNORECASE)
    assert rest == [], out  # every whole-word saying was read
    assert words.apply(out)[0] == out  # nothing left to read a second time
