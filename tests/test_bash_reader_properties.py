"""Properties of the spoken-protocol reader (cleanup, segment, processor) on generated
dictation: it never drops a word the speaker dictated, and reading the dictation of its own
output gives that output again."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.specialists.bash import cleanup
from app.specialists.bash.pipeline import BashPipeline, looks_like_prose
from app.specialists.bash.vocabulary import (
    CAPITAL_WORDS,
    CASE_WORDS,
    COMMANDS,
    HEARD_AS,
    LETTER_NAMES,
    MISHEARD_FIRST,
    MISHEARD_PHRASES,
    NUMBERED_STEMS,
    PROTOCOL_SYMBOL_PHRASES,
    PROTOCOL_SYMBOL_WORDS,
    SCALES,
    SPACE_WORDS,
    SPOKEN_PATH,
    SUBCOMMANDS,
    SYMBOL_PHRASES,
    SYMBOL_WORDS,
    TENS,
    UNITS,
)
from app.training.datasets.bash import speak

RESERVED = (set(SYMBOL_WORDS) | set(PROTOCOL_SYMBOL_WORDS) | SPACE_WORDS | set(UNITS)
            | set(TENS) | set(SCALES)
            | set(LETTER_NAMES) | set(SPOKEN_PATH) | NUMBERED_STEMS | set(MISHEARD_FIRST)
            | COMMANDS | SUBCOMMANDS | cleanup.FILLERS | cleanup.PROSE_BEFORE
            | {w for table in (SYMBOL_PHRASES, PROTOCOL_SYMBOL_PHRASES, CASE_WORDS, CAPITAL_WORDS,
                               MISHEARD_PHRASES, HEARD_AS) for key in table for w in key}
            | {w for group in (cleanup.FRAMING, cleanup.TRAILING, cleanup.CORRECTIONS,
                               cleanup.ASIDES, cleanup.LEAD_INS, cleanup.TRAIL_OFFS,
                               cleanup.ADDITIONS) for p in group for w in p.split()}
            | {"is", "are", "be", "goes", "called", "named", "put", "an", "its", "that's"})
HELD_SOUND = re.compile(r"([fhlmnrsvz])\1\1")  # "sssudo": a stutter, read as the word once
LITERAL = st.from_regex(r"[a-z]{3,8}", fullmatch=True).filter(
    lambda w: w not in RESERVED and not HELD_SOUND.match(w))
JOINERS = ["space", "space dash", "space dash dash", "dot", "slash", "underscore",
           "space pipe space", "colon", "equals", "dash"]


@st.composite
def dictations(draw) -> tuple[str, list[str]]:
    """Protocol dictation of literal words joined by spoken symbols: (said, the words)."""
    words = draw(st.lists(LITERAL, min_size=1, max_size=8))
    said = [words[0]]
    for w in words[1:]:
        said += [draw(st.sampled_from(JOINERS)), w]
    tokens = " ".join(said).split()
    assume(not any(tokens[i:i + n] == tokens[i + n:i + 2 * n]  # a stretch written twice in
                   for n in range(4, len(tokens) // 2 + 1)  # a row is Whisper's echo when
                   for i in range(len(tokens) - 2 * n + 1)))  # the audio stalls: said once
    return " ".join(said), words


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dictations())
def test_no_dictated_word_is_dropped(case):
    said, words = case
    out = BashPipeline().run(said, use_llm=False).output
    if looks_like_prose(" ".join(words)):
        return  # plain words only: an honest "no command" is allowed
    rest = out
    for w in words:
        assert w in rest, (said, out)
        rest = rest[rest.index(w) + len(w):]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dictations(), st.sampled_from(["", "um ", "the command is ", "okay so "]))
def test_reading_its_own_output_again_gives_it_back(case, lead):
    said, _ = case
    first = BashPipeline().run(lead + said, use_llm=False).output
    if not first:
        return
    again = BashPipeline().run(speak(first), use_llm=False).output
    assert again == first, (said, first, speak(first))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_cleanup_never_raises_and_keeps_no_control_characters(text):
    out = cleanup.clean(text).text
    segment, prose = cleanup.command_segment(out)
    assert isinstance(segment, str) and isinstance(prose, str)


def test_casing_said_is_kept_and_the_recognizers_capitals_are_not():
    """Casing words and quoted text keep their capitals; the capitals speech recognition
    writes for names and acronyms carry nothing (five dev authors lower them all)."""
    run = BashPipeline().run
    assert run("Docker space run space Alpine space dash dash name space NumPy",
               use_llm=False).output == "docker run alpine --name numpy"
    assert run("echo space dollar RANDOM", use_llm=False).output == "echo $RANDOM"
    assert run("Curl dash capital x POST https colon slash slash example dot com",
               use_llm=False).output == "curl -X POST https://example.com"
    assert run('git space commit space dash m space quote Fix Login quote',
               use_llm=False).output == 'git commit -m "Fix Login"'
    assert run("LS dash LA", use_llm=False).output == "ls -la"  # Whisper's letter capitals


def test_any_first_word_is_the_tool():
    run = BashPipeline().run
    assert run("zinit space cd space deploy slash myapp", use_llm=False).output == \
        "zinit cd deploy/myapp"
    assert run("mate dash calc dash dash solve two", use_llm=False).output == \
        "mate-calc --solve 2"
    assert run("I need ifup eth zero.", use_llm=False).output == "ifup eth0"


def test_framing_asides_and_corrections_at_every_scope():
    run = BashPipeline().run
    assert run("the option should be dash dash quiet", use_llm=False).output == "--quiet"
    assert run("tar dash xzf hang on archive dot tar dot gz",
               use_llm=False).output == "tar -xzf archive.tar.gz"
    assert run("head dash n ten I mean twenty app dot log",
               use_llm=False).output == "head -n 20 app.log"  # a word
    assert run("git push dash dash force no wait dash dash force dash with dash lease",
               use_llm=False).output == "git push --force-with-lease"  # a flag
    assert run("pnmquant twenty foo dot pnm sorry start again pnmquant ten bar dot pnm",
               use_llm=False).output == "pnmquant 10 bar.pnm"  # the whole command
    assert run("hd dash idle space dash dash no dash tls",
               use_llm=False).output == "hd-idle --no-tls"  # "no" after a dash is text


def test_nothing_is_spaced_inside_spoken_brackets():
    run = BashPipeline().run
    assert run("grep open bracket a dash z close bracket file dot txt",
               use_llm=False).output == "grep [a-z] file.txt"
    assert run("echo open brace one dot dot five close brace", use_llm=False).output == \
        "echo {1..5}"
    assert run("iconv dash f utf eight dash t ascii", use_llm=False).output == \
        "iconv -f utf8 -t ascii"


def test_a_message_is_not_taken_for_framing():
    run = BashPipeline().run
    assert run("echo the build is done", use_llm=False).output == "echo the build is done"
    assert run("git commit dash m the fix is in", use_llm=False).output == \
        "git commit -m the fix is in"
