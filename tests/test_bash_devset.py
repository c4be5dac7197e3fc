"""The team's dev set against the baseline: the suite fails when a score drops below it."""

from __future__ import annotations

import json
from pathlib import Path

from app.specialists.bash.evaluate import evaluate, load_devset
from app.specialists.bash.pipeline import BashPipeline

HERE = Path(__file__).parent
BASELINE = json.loads((HERE / "baselines" / "bash.json").read_text())


def test_devset_shape():
    items = load_devset(HERE / "data" / "bash_devset.json")
    assert len(items) >= 300
    assert {i["difficulty"] for i in items} == {"clean", "fuzzy", "natural", "chaotic"}
    assert {i["style"] for i in items} == {"protocol", "natural"}
    categories = {i["category"] for i in items}
    for c in ("git", "docker", "kubectl", "npm", "curl", "ssh", "filesystem", "python",
              "env", "pipes", "redirects", "quoting", "casing", "numbers"):
        assert c in categories


def test_processor_path_holds_the_baseline():
    """Without the gate and the LLM (the deterministic path alone), per difficulty."""
    items = load_devset(HERE / "data" / "bash_devset.json")
    report = evaluate(items, lambda t: BashPipeline().run(t).output).to_dict()
    for difficulty, floor in BASELINE["processor_only"].items():
        got = report["by_difficulty"][difficulty]
        assert got["exact"] >= floor["exact"] - 1e-9, (difficulty, got)
        assert got["effective"] >= floor["effective"] - 1e-9, (difficulty, got)
