"""MiniLM on the NPU whole: the fixed-length bucket graphs, built once per session into a
temporary store (calibrated on 12 of the gate's examples to keep it quick), run on QNN (the
HTP emulator here, about 0.3-1.5 s a text, so only a few texts).

The full figures over 500 texts come from ``tests/bench/eval_npu_buckets.py``.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app import npu_graphs
from app.service.loader import load_runtime, tokenizer_path
from models.store import ModelStore
from runtimes import qnn
from runtimes.base import DeviceReport
from runtimes.qnn_buckets import BUCKETS, bucket_for, build_key, padded

pytestmark = pytest.mark.skipif(not qnn.detect().available, reason=qnn.detect().reason)

MODEL, SOURCE = "minilm-l6-int8", "minilm-l6-float"
# token counts 6, 24, 42, 90 and 202: one text for each bucket, and one cut at 128
TEXTS = ["git space status",
         "remind me to email sarah about the budget before the meeting on friday please, "
         "and copy in the finance team",
         "okay so the command is docker ps dash a and then pipe it to grep for the web "
         "container, no wait, make that the worker container and also show me the logs of "
         "the last hour",
         " ".join(["we should move the standup to ten because half the team is in another "
                   "time zone and the mornings are rushed"] * 4),
         "word " * 200]


@pytest.fixture(scope="session")
def npu_store(store, tmp_path_factory):
    """A store beside the real one (its MiniLM folders linked) with the graphs built."""
    assert store.is_installed(SOURCE), f"run `tinyspec models fetch {SOURCE}`"
    root = tmp_path_factory.mktemp("npu-store")
    for model_id in (MODEL, "minilm-l6-tokenizer", SOURCE):
        (root / model_id).symlink_to(store.folder(store.get(model_id)),
                                     target_is_directory=True)
    view = ModelStore(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(npu_graphs, "calibration_texts",
                   lambda: [e.text for e in npu_graphs.default_examples()][:12])
        npu_graphs.build(view, MODEL)
        yield view


@pytest.fixture(scope="session")
def float_graph(npu_store):
    """The float encoder at a given length, as a CPU session."""
    import onnxruntime as ort

    from runtimes.bert_graph import encoder_graph, load_weights

    weights, config = load_weights(npu_store.folder(npu_store.get(SOURCE)))
    return lambda length: ort.InferenceSession(
        encoder_graph(weights, config, length).SerializeToString(),
        providers=["CPUExecutionProvider"])


@pytest.fixture(scope="session")
def npu_runtime(npu_store):
    runtime = load_runtime(npu_store, MODEL, "npu", n_threads=1)
    yield runtime
    runtime.close()


@pytest.fixture(scope="session")
def embedded(npu_runtime):
    """The NPU embeddings of :data:`TEXTS`, and the bucket each one ran in."""
    used: list[int] = []
    sessions = dict(npu_runtime.sessions)

    class Recording:
        def __init__(self, length: int) -> None:
            self.length = length

        def run(self, *args):
            used.append(self.length)
            return sessions[self.length].run(*args)

    npu_runtime.sessions = {n: Recording(n) for n in sessions}
    try:
        return npu_runtime.embed(TEXTS), used
    finally:
        npu_runtime.sessions = sessions


def test_every_bucket_graph_runs_wholly_on_qnn(npu_runtime):
    report: DeviceReport = npu_runtime.report
    assert (report.requested, report.actual, report.fallback_reason) == ("npu", "npu", None)
    assert npu_runtime.buckets == BUCKETS
    assert set(report.nodes) == {qnn.EP_NAME} and report.nodes[qnn.EP_NAME] > 600 * 4
    assert report.share_on(qnn.EP_NAME) == 1.0
    assert f"{report.nodes[qnn.EP_NAME]} of {report.nodes[qnn.EP_NAME]} nodes on QNN in 4 " \
           "fixed-length graphs" in report.detail
    for session in npu_runtime.sessions.values():
        assert session.get_providers()[0] == qnn.EP_NAME
    contexts = npu_graphs.contexts_folder(ModelStore().get(MODEL), npu_runtime.folder.name)
    assert len(list(contexts.glob("*_ctx.onnx"))) == len(BUCKETS)  # compiled once, kept


def test_embeddings_match_the_float_encoder_on_the_cpu(npu_store, embedded, float_graph):
    """The same vector contract as the CPU embedder: unit rows, cosine >= 0.99 to the float
    graph normalised (itself within 0.998 of the shipped int8 model the gate's heads were
    trained on)."""
    from runtimes.onnx import l2_normalised, open_tokenizer

    vectors, _ = embedded
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    flt = float_graph(128)
    tokenizer = open_tokenizer(tokenizer_path(npu_store, npu_store.get(MODEL)), 128)
    reference = l2_normalised(np.concatenate(
        [flt.run(None, padded(tokenizer.encode(t).ids, 128))[0] for t in TEXTS]))
    cosine = (vectors * reference).sum(axis=1)
    assert cosine.min() >= 0.99, cosine
    cpu = load_runtime(npu_store, MODEL, "cpu", n_threads=1).embed(TEXTS[:3])
    assert ((reference[:3] * cpu).sum(axis=1) >= 0.998).all()


def test_each_text_runs_in_the_smallest_bucket_that_holds_it(npu_runtime, embedded):
    _, used = embedded
    assert used == [16, 32, 64, 128, 128]
    assert [npu_runtime.truncated(t) for t in TEXTS] == [False] * 4 + [True]
    assert [bucket_for(n) for n in (1, 16, 17, 33, 64, 65, 128, 500)] == \
        [16, 16, 32, 64, 64, 128, 128, 128]
    feed = padded([101, 7, 102], 16)
    assert feed["input_ids"].tolist() == [[101, 7, 102] + [0] * 13]
    assert feed["attention_mask"].tolist() == [[1, 1, 1] + [0] * 13]


def test_padding_changes_nothing_in_the_float_graph(float_graph):
    ids = [101, 21025, 2686, 3570, 102]
    out = [float_graph(n).run(None, padded(ids, n))[0] for n in (16, 32)]
    assert np.abs(out[0] - out[1]).max() < 1e-5


def test_a_changed_source_or_recipe_means_a_rebuild(npu_store, monkeypatch):
    entry = npu_store.get(MODEL)
    assert npu_graphs.built(npu_store, entry) is not None
    texts = ["a", "b"]
    key = build_key({"model.safetensors": "1" * 64}, texts)
    assert key != build_key({"model.safetensors": "2" * 64}, texts)
    assert key != build_key({"model.safetensors": "1" * 64}, ["a", "c"])
    assert key != build_key({"model.safetensors": "1" * 64}, texts, (16, 32))
    monkeypatch.setattr("runtimes.qnn_buckets.RECIPE", "another-recipe")
    assert key != build_key({"model.safetensors": "1" * 64}, texts)
    monkeypatch.undo()
    source = npu_store.get(SOURCE)
    changed = replace(source, files=(replace(source.files[0], sha256="0" * 64),
                                     *source.files[1:]))
    monkeypatch.setattr(npu_store, "get", lambda model_id: changed if model_id == SOURCE
                        else ModelStore.get(npu_store, model_id))
    assert npu_graphs.built(npu_store, entry) is None


def test_without_built_graphs_npu_falls_back_to_the_cpu_and_says_how_to_build(store):
    runtime = load_runtime(store, MODEL, "npu", n_threads=1)
    report = runtime.report
    assert (report.requested, report.actual) == ("npu", "cpu")
    assert "not built" in report.fallback_reason
    assert f"`tinyspec models build-npu {MODEL}`" in report.fallback_reason
    assert runtime.embed(["git space status"]).shape == (1, 384)


def test_a_damaged_set_falls_back_to_the_cpu_saying_so(npu_store, tmp_path, monkeypatch):
    from runtimes.qnn_buckets import read_meta

    assert set(read_meta(npu_graphs.built(npu_store, npu_store.get(MODEL)))["buckets"]) == \
        set(BUCKETS)
    (tmp_path / "buckets.json").write_text('{"buckets": {"16": {"file": "gone.onnx", '
                                           '"scale": 1, "zero_point": 0, "dtype": "uint8"}}}')
    monkeypatch.setattr(npu_graphs, "built", lambda _store, _entry: tmp_path)
    report = load_runtime(npu_store, MODEL, "npu", n_threads=1).report
    assert (report.requested, report.actual) == ("npu", "cpu")
    assert "gone.onnx is missing" in report.fallback_reason
    assert f"`tinyspec models build-npu {MODEL} --force`" in report.fallback_reason


def test_the_benchmark_npu_cell_runs_the_bucket_graphs(npu_store):
    from app.benchmark import bench_embedding

    cell = bench_embedding(npu_store, "npu", 2, lambda: None)
    assert cell.ran, cell.reason
    assert cell.metrics["accelerator_share"] == 1.0


def test_build_npu_refuses_a_model_without_float_weights_in_one_line():
    from tests.cli_helpers import run_cli

    code, _, err = run_cli("models", "build-npu", "whisper-tiny.en")
    assert code == 1 and len(err.splitlines()) == 1
    assert "whisper-tiny.en has no NPU graphs" in err
