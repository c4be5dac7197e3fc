"""Every entry of cleanup's phrase tables, said in a plain sentence around a command, leaves
the command alone: no stage before the table's own may take the phrase apart first (the
filler pass ate "dui" out of the correction "bu dui", and "right" out of "does that look
right"), and no phrase may read as part of the command."""

from __future__ import annotations

import pytest

from app.specialists.bash.cleanup import words as tables
from app.specialists.bash.pipeline import BashPipeline

TOOLS = frozenset({"ls", "git"})
# Said around the command in ways the tables are for; {x} is the entry.
SAID_AROUND = {
    "correction": ("git status, {x}, git log", {"git log"}),
    "framing": ("{x} ls dash la", {"ls -la"}),
    "framing after a comma": ("{x}, ls space dash la", {"ls -la"}),
    "framing before a colon": ("{x}: git status", {"git status"}),
    "greeting": ("{x}, ls dash la", {"ls -la"}),
    "sign-off": ("ls dash la, {x}", {"ls -la"}),
    "sign-off as a sentence": ("ls space dash la. {x}.", {"ls -la"}),
    "trailing": ("ls dash la {x}", {"ls -la"}),
    "lead-in": ("{x} ls dash la", {"ls -la"}),
    "aside before": ("{x}, ls dash la", {"ls -la"}),
    "aside after": ("ls dash la, {x}", {"ls -la"}),
    "aside inside": ("git, um, {x}, status", {"git status"}),
}
CASES = [
    *(("correction", x) for x in tables.CORRECTIONS if x != tables.NEW_SENTENCE),
    *(("framing", x) for x in tables.FRAMING),
    *(("framing after a comma", x) for x in tables.FRAMING),
    *(("framing before a colon", x) for x in tables.FRAMING),
    *(("greeting", x) for x in tables.GREETINGS),
    *(("sign-off", x) for x in tables.SIGN_OFFS),
    *(("sign-off as a sentence", x) for x in tables.SIGN_OFFS),
    *(("trailing", x) for x in tables.TRAILING if x != "now"),  # "ls -la now": kept, as
    *(("lead-in", x) for x in (*tables.LEAD_INS, *tables.SPOKEN_LEADS)),  # "shutdown -h now"
    *((kind, x) for kind in ("aside before", "aside after", "aside inside")
      for x in tables.ASIDES),
]


@pytest.fixture(scope="module")
def pipeline() -> BashPipeline:
    return BashPipeline(tools=TOOLS)


def test_every_table_is_covered():
    assert len(CASES) > 1000
    assert {kind for kind, _ in CASES} == set(SAID_AROUND)


@pytest.mark.parametrize(("kind", "phrase"), CASES)
def test_phrase_leaves_the_command(pipeline, kind, phrase):
    template, wanted = SAID_AROUND[kind]
    said = template.format(x=phrase)
    assert pipeline.run(said).output in wanted, said
