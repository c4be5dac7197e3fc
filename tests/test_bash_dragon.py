"""Dictation in Dragon NaturallySpeaking's manner: pieces apart unless "no space" is said,
"no space on … no space off" glues a stretch, "spacebar" is a blank."""

from __future__ import annotations

import pytest

from app.specialists.bash.dragon import is_dragon, to_protocol
from app.specialists.bash.pipeline import BashPipeline

PIPE = BashPipeline()


@pytest.mark.parametrize(("said", "command"), [
    ("git log no space on hyphen hyphen graph no space off", "git log --graph"),
    ("no space on j q no space off no space on period name no space off no space on data dot "
     "json no space off", "jq .name data.json"),
    ("tar no space on hyphen x z f no space off no space on backup dot tar dot gz no space off",
     "tar -xzf backup.tar.gz"),
    ("ping hyphen no space c numeral four no space on one numeral nine two dot numeral one "
     "six eight dot numeral zero dot numeral one no space off", "ping -c 4 192.168.0.1"),
    ("echo no space on open quote cap hello spacebar world close quote no space off",
     'echo "Hello world"'),
    ("no space on all caps on a w s all caps off underscore region no space off equals sign "
     "east", "AWS_region = east"),  # the capitals end where he says so
    ("No-space on, rabbit em q see tea el, nospace off. List underscore queues.",
     "rabbitmqctl list _ queues"),
    ("ssh no space on literal root at sign host dot local no space off",
     "ssh root@host.local"),
    ("cat notes dot t x t vertical bar no space on w c no space off hyphen no space l",
     "cat notes . t x t | wc -l"),
])
def test_dragon_dictation_reads_as_the_protocol(said, command):
    assert is_dragon(said)
    assert PIPE.run(said, use_llm=False).output == command


@pytest.mark.parametrize("said", [
    "git space log space dash dash oneline, no space on it",  # the reader's own protocol
    "Type cap v no space cap box no space cap manage list vms, press return.",  # no stretch
    "git log --oneline no space on the end",  # a symbol Whisper wrote
    "ls space dash la",
])
def test_other_dictation_is_not_dragon(said):
    assert not is_dragon(said)


def test_a_stretch_glues_and_the_piece_after_it_stands_apart():
    said = "ls no space on hyphen hyphen color no space off auto"
    assert to_protocol(said) == "ls space hyphen hyphen color space auto"


def test_the_trace_names_the_dragon_reading():
    result = PIPE.run("git no space on hyphen hyphen version no space off", use_llm=False)
    assert result.output == "git --version"
    assert [s.name for s in result.stages][:2] == ["Dragon style", "cleanup"]


def test_a_long_run_of_casing_words_is_read_without_recursion():
    said = "cap " * 3000 + "ls no space on hyphen l no space off"
    assert to_protocol(said).endswith("space hyphen l")  # the stretch after them still read
    assert isinstance(PIPE.run(said, use_llm=False).output, str)  # cut to 2 000 characters
