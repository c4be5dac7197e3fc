"""The gate's numpy logistic regression finds scikit-learn's optimum (the reference)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from app.specialists.gate import default_examples
from app.specialists.gate.features import embedding_featurizer
from app.specialists.gate.heads import HEADS, fit_head, labelled
from app.specialists.gate.logistic import fit_logistic
from runtimes.onnx import OnnxEmbedder


def reference(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, tol=1e-12, max_iter=20000).fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


@pytest.mark.parametrize(("rows", "cols", "separation", "c"), [
    (150, 398, 1.0, 1.0),   # fewer rows than columns: fitted in the span of the rows
    (60, 398, 8.0, 0.1),    # separable, strongly regularised
    (400, 20, 0.3, 1.0),    # more rows than columns: fitted directly
    (100, 5, 50.0, 10.0),   # nearly separable, weakly regularised
])
def test_matches_scikit_learn(rows, cols, separation, c):
    rng = np.random.default_rng(rows + cols)
    x = rng.normal(size=(rows, cols))
    x[: rows // 3, 0] = x[: rows // 3, 1] * 2  # collinear columns
    y = (x @ (rng.normal(size=cols) * separation) + rng.normal(size=rows) > 0).astype(int)
    coef, intercept = fit_logistic(x, y, c)
    ref_coef, ref_intercept = reference(x, y, c)
    assert np.max(np.abs(coef - ref_coef)) < 1e-4 * max(1.0, np.max(np.abs(ref_coef)))
    assert intercept == pytest.approx(ref_intercept, abs=1e-4)


def test_duplicated_rows_match_scikit_learn():
    rng = np.random.default_rng(7)
    half = rng.normal(size=(50, 300))
    x = np.vstack([half, half])  # rank 50 in 100 rows
    y = np.tile((half[:, 0] > 0).astype(int), 2)
    coef, intercept = fit_logistic(x, y)
    ref_coef, ref_intercept = reference(x, y, 1.0)
    assert np.allclose(coef, ref_coef, atol=1e-4)
    assert intercept == pytest.approx(ref_intercept, abs=1e-4)


def test_gate_head_on_real_features_matches_scikit_learn(store):
    embedder = OnnxEmbedder(store.require("minilm-l6-int8"), store.require("minilm-l6-tokenizer"))
    featurizer = embedding_featurizer(embedder, "minilm-l6-int8",
                                      store.get("minilm-l6-int8").files[0].sha256)
    examples = default_examples()
    features = featurizer.features([e.text for e in examples])
    for spec in HEADS.values():
        idx, y = labelled(spec, examples, "train")
        head = fit_head(spec, features[idx], y, weights=featurizer.weights)
        scaled = (features[idx] - head.mean) / head.scale
        ref_coef, ref_intercept = reference(scaled.astype(np.float64), y, 1.0)
        assert np.allclose(head.coef, ref_coef, atol=1e-3), spec.name
        assert head.intercept == pytest.approx(ref_intercept, abs=1e-3)
        ref_scores = 1 / (1 + np.exp(-(scaled @ ref_coef + ref_intercept)))
        assert np.allclose(head.scores(features[idx]), ref_scores, atol=1e-4)
