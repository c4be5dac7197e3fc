"""Schemas, grammars and chat templates are bounded before llama.cpp sees them.

Before: ``/json`` with an empty ``enum``, ``anyOf`` or ``type`` list, or a schema that refers
to itself, killed the process (exit 139); a template with nested loops ran forever and
``'x'*3000000000`` allocated 3 GB. Crash cases run in a child process (tests/hostile).
"""

from __future__ import annotations

import json
import time

import pytest

from runtimes.base import InputError
from runtimes.chat_template import BoundedSandbox, TemplateBudgetError
from runtimes.json_schema import check_schema, parse_schema
from tests.hostile.sandbox import assert_clean, run_cli, run_python

BAD_SCHEMAS = [
    ({"enum": []}, "non-empty"),
    ({"anyOf": []}, "non-empty"),
    ({"oneOf": []}, "non-empty"),
    ({"allOf": []}, "non-empty"),
    ({"type": []}, "empty list"),
    ({"type": "text"}, "not one of"),
    ({"type": ["string", "string"]}, "repeats"),
    ({"type": "array", "maxItems": 10**9}, "at most"),
    ({"type": "string", "minLength": -1}, "0 or more"),
    ({"type": "string", "minLength": 5, "maxLength": 2}, "nothing could match"),
    ({"type": "string", "pattern": "^a{100000}$"}, "repeats more"),
    ({"type": "string", "pattern": "^a]b$"}, "without its pair"),  # hung the converter
    ({"type": "array", "items": {"type": "string", "pattern": "^^1|]^2[3$"}}, "without its pair"),
    ({"type": "number", "minimum": float("inf")}, "NaN"),
    ({"$ref": "https://example.com/schema.json"}, "nothing is fetched"),
    ({"properties": []}, "must be an object"),
    ({"properties": {f"p{i}": {} for i in range(500)}}, "at most"),
    ({"enum": ["x" * 5000]}, "bytes"),
    ({"required": "name"}, "list of property names"),
    ({"items": 5}, "schema object"),
    (json.loads('{"anyOf": [' * 14 + "{}" + "]}" * 14), "deeper"),
    ([], "JSON object"),
]
GOOD_SCHEMAS = [
    {"type": "object"},
    {"type": "object", "properties": {"title": {"type": "string", "maxLength": 60},
                                      "intent": {"enum": ["none", "email", "call"]}},
     "required": ["title", "intent"]},
    {"type": "array", "items": {"type": "integer", "minimum": 0}, "maxItems": 10},
    {"anyOf": [{"type": "string"}, {"type": "null"}]},
    {"$defs": {"n": {"type": "number"}}, "$ref": "#/$defs/n"},
]


@pytest.mark.parametrize(("schema", "message"), BAD_SCHEMAS)
def test_bad_schemas_are_refused_with_a_reason(schema, message):
    with pytest.raises(InputError, match=message):
        check_schema(schema)


@pytest.mark.parametrize("schema", GOOD_SCHEMAS)
def test_usable_schemas_pass(schema):
    check_schema(schema)
    assert parse_schema(json.dumps(schema)) == schema


def test_schema_text_deeply_nested_or_huge():
    with pytest.raises(InputError, match="deeper"):
        parse_schema("[" * 30_000 + "]" * 30_000)
    with pytest.raises(InputError, match="KB"):
        parse_schema(json.dumps({"description": "x" * 100_000}))
    with pytest.raises(InputError, match="not valid JSON"):
        parse_schema("{'type': 'object'}")


HOSTILE_TEMPLATES = [
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "ran for more than"),
    ("{{ 'x' * 3000000000 }}", "would build"),
    ("{{ [0] * 3000000000 }}", "would build"),
    ("{{ 'x'|center(3000000000) }}", "a number over"),
    ("{{ '%3000000000s' % 'x' }}", "format width"),
    ("{{ '{:>3000000000}'.format(1) }}", "format width"),
    ("{{ 2 ** 100000000 }}", "exponent"),
    ("{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
     "{% endfor %}{{ ns.s|length }}", "MB|ran for more than"),  # whichever comes first
    ("{% for i in range(100000) %}{{ 'abcdefghij' * 1000 }}{% endfor %}", "output passed"),
    ("{{ ([1] * 99999)|list|join('x' * 99999) }}", "join would build"),
    ("{{ ('x' * 99999).join(['a'] * 99999) }}", "join would build"),
    ("{{ ('\n' * 99999)|indent(99999) }}", "indent would build"),
    ("{{ ('x' * 99999)|replace('', 'y' * 99999) }}", "replace would build"),
    ("{{ ('\t' * 99999).expandtabs(99999) }}", "expandtabs would build"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "stopped"),
]


@pytest.mark.parametrize(("template", "message"), HOSTILE_TEMPLATES)
def test_hostile_templates_stop_within_budget(template, message):
    start = time.monotonic()
    with pytest.raises(TemplateBudgetError, match=message):
        BoundedSandbox().from_string(template).render(messages=[])
    assert time.monotonic() - start < 10  # the deadline is 2 s; slow machines get slack


def test_ordinary_templates_render_as_in_the_plain_sandbox():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    template = ("{% for m in messages %}<|{{ m.role }}|>{{ m.content|trim }}{{ eos }}\n"
                "{% endfor %}{{ '%-5s|' % 'ab' }}{{ '{:>4}'.format(7) }}"
                "{{ messages|map(attribute='content')|join(', ') }}"
                "{{ (messages|length) * 3 }}{{ 'ab' * 3 }}{{ 'a-b'|replace('-', '+') }}")
    kwargs = {"messages": [{"role": "user", "content": " hi {x} %d 123456789 "},
                           {"role": "assistant", "content": "ok"}], "eos": "</s>"}
    plain = ImmutableSandboxedEnvironment().from_string(template).render(**kwargs)
    assert BoundedSandbox().from_string(template).render(**kwargs) == plain


def test_llama_cpp_uses_the_bounded_sandbox(store):
    from llama_cpp import llama_chat_format

    from runtimes.llama import LlamaRuntime

    rt = LlamaRuntime(store.require("smollm2-135m-instruct"), n_ctx=256)
    try:
        assert llama_chat_format.ImmutableSandboxedEnvironment is BoundedSandbox
        assert rt.has_template  # SmolLM2 renders its own template through it
        text = "".join(rt.generate([{"role": "user", "content": "Say hi."}]))
        assert text.strip()
    finally:
        rt.close()


CRASHED_BEFORE = [{"enum": []}, {"anyOf": []}, {"type": []},
                  {"type": "object", "properties": {"a": {"$ref": "#/properties/a"}}},
                  {"$ref": "#"}, {"not": {}}, {"type": "string", "pattern": "[^]"}]


def test_schemas_that_crashed_llama_cpp_give_messages(store):
    outcome = run_python(f"""
        from models.store import ModelStore
        from runtimes.base import GenerationParams, InputError
        from runtimes.llama import LlamaRuntime
        rt = LlamaRuntime(ModelStore().require("smollm2-135m-instruct"), n_ctx=256)
        for schema in {CRASHED_BEFORE!r}:
            try:
                "".join(rt.generate([{{"role": "user", "content": "hi"}}],
                                    GenerationParams(max_tokens=4), json_schema=schema))
                print("generated", schema)
            except InputError as exc:
                print("refused:", exc)
        print("alive")
    """, timeout=180)
    assert_clean(outcome, rc=0, message="alive")
    assert outcome.out.count("refused:") == len(CRASHED_BEFORE), outcome.explain()


def test_grammars_llama_cpp_cannot_use_are_refused(store):
    outcome = run_python("""
        from models.store import ModelStore
        from runtimes.base import InputError
        from runtimes.llama import LlamaRuntime
        rt = LlamaRuntime(ModelStore().require("smollm2-135m-instruct"), n_ctx=256)
        for grammar in ['root ::= root "a"', 'root ::= missing', 'root ::= "a', '', 'x ::= "a"',
                        'root ::= [', 'root ::= "a"{99999999}']:
            try:
                rt.compile_grammar(grammar)
                print("compiled", repr(grammar))
            except InputError as exc:
                print("refused:", exc)
        print("alive")
    """, timeout=120)
    assert_clean(outcome, rc=0, message="alive")
    assert outcome.out.count("refused:") >= 5, outcome.explain()


def test_random_schemas_never_crash_llama_cpp(store):
    """Hypothesis builds schemas from the keywords the converter knows; each one either is
    refused with a message or becomes a grammar llama.cpp accepts, in a child process."""
    outcome = run_python("""
        import json
        from hypothesis import given, settings, strategies as st, HealthCheck
        from models.store import ModelStore
        from runtimes.base import InputError
        from runtimes.llama import LlamaRuntime, json_grammar_text

        rt = LlamaRuntime(ModelStore().require("smollm2-135m-instruct"), n_ctx=128)
        leaf = st.one_of(
            st.fixed_dictionaries({"type": st.sampled_from(
                ["string", "number", "integer", "boolean", "null", "object", "array", "x"])}),
            st.fixed_dictionaries({"enum": st.lists(st.one_of(st.none(), st.integers(),
                                                              st.text(max_size=5)), max_size=3)}),
            st.fixed_dictionaries({"type": st.just("string"),
                                   "pattern": st.text("^$ab.*+?()[]{}|\\\\0123", max_size=10)}),
            st.fixed_dictionaries({"type": st.just("string"), "minLength": st.integers(-1, 300),
                                   "maxLength": st.integers(-1, 300)}),
            st.fixed_dictionaries({"$ref": st.sampled_from(["#", "#/properties/a", "#/$defs/x",
                                                           "https://x/y"])}),
            st.fixed_dictionaries({"const": st.one_of(st.none(), st.text(max_size=5))}),
        )
        schemas = st.recursive(leaf, lambda inner: st.one_of(
            st.fixed_dictionaries({"anyOf": st.lists(inner, max_size=3)}),
            st.fixed_dictionaries({"type": st.just("array"), "items": inner,
                                   "minItems": st.integers(0, 5)}),
            st.fixed_dictionaries({"type": st.just("object"),
                                   "properties": st.dictionaries(st.sampled_from("abc"), inner,
                                                                 max_size=3),
                                   "required": st.lists(st.sampled_from("abcd"), max_size=3)}),
            st.fixed_dictionaries({"$defs": st.fixed_dictionaries({"x": inner}),
                                   "$ref": st.just("#/$defs/x")}),
        ), max_leaves=8)
        counts = {"refused": 0, "compiled": 0}

        @settings(max_examples=300, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(schemas)
        def run(schema):
            try:
                rt.compile_grammar(json_grammar_text(schema))
                counts["compiled"] += 1
            except InputError:
                counts["refused"] += 1

        run()
        print("done", json.dumps(counts))
    """, timeout=400)
    assert_clean(outcome, rc=0, message="done")
    counts = json.loads(outcome.out.split("done", 1)[1])
    assert counts["compiled"] > 20 and counts["refused"] > 20, counts


def test_json_command_in_the_terminal_chat(store):
    outcome = run_cli(["chat", "--model", "smollm2-135m-instruct"],
                      stdin='/set max_tokens 4\n/json {"enum": []}\n/json {"anyOf": []}\n'
                            '/json on\nhi\n',
                      timeout=180)
    assert_clean(outcome)
    assert "non-empty list" in outcome.err + outcome.out


GGUF_TEMPLATES = {
    "loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "huge": "{{ 'x' * 3000000000 }}",
    "raises": "{{ raise_exception('no system messages here') }}",
    "syntax": "{% for m in messages %}{{ m.content }",
}


@pytest.fixture(scope="module")
def hostile_ggufs(store, tmp_path_factory):
    """SmolLM2 with its chat template replaced (data copied, so the model still runs)."""
    from tests.hostile.craft_gguf import GGUFImage

    folder = tmp_path_factory.mktemp("templates")
    base = GGUFImage.read(store.require("smollm2-135m-instruct"))
    return {name: base.copy().set("tokenizer.chat_template", text).write(
        folder / f"{name}.gguf", data="copy") for name, text in GGUF_TEMPLATES.items()}


def test_hostile_templates_inside_a_gguf_give_messages(hostile_ggufs):
    outcome = run_python(f"""
        from runtimes.base import GenerationParams, InputError, RuntimeLoadError
        from runtimes.llama import LlamaRuntime
        for name, path in sorted({ {k: str(v) for k, v in hostile_ggufs.items()}!r}.items()):
            try:
                rt = LlamaRuntime(path, n_ctx=256)
                "".join(rt.generate([{{"role": "user", "content": "hi"}}],
                                    GenerationParams(max_tokens=4)))
                print(name, "generated")
            except (InputError, RuntimeLoadError) as exc:
                print(name, "refused:", exc)
    """, timeout=240)
    assert_clean(outcome, rc=0)
    assert outcome.out.count("refused:") == len(GGUF_TEMPLATES), outcome.explain()
    assert "ran for more than" in outcome.out and "would build" in outcome.out


def test_hostile_template_in_the_terminal_chat(hostile_ggufs):
    outcome = run_cli(["chat", "--model", str(hostile_ggufs["loops"])],
                      stdin="/set max_tokens 4\nhi\n", timeout=180)
    assert_clean(outcome, rc=1, message="ran for more than")
