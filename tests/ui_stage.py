"""The window's pages with something on them, for the visual test and the screenshots: a few
memos, a sample benchmark, gate metrics, a converted command. Offline: no model is needed."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from app import benchmark
from app.specialists.bash.pipeline import BashResult, Stage
from app.specialists.memo import extract

PAGES = {"home": "Home", "bash": "Voice → Bash", "memos": "Memos", "gate": "Gate",
         "chat": "Chat", "models": "Models", "settings": "Settings & Benchmark"}
"""A short name (for file names) of each page of the window, in the window's order."""

MEMOS = ("Remind me to email Sarah about the revised budget before Thursday.",
         "Call him about the thing, it's urgent.",
         "Look up flights to Lisbon for the first week of June.",
         "Today's walk was lovely, the leaves are turning orange along the river.")

HISTORY = (("git space status", "git status", "processor", []),
           ("docker space ps space dash a", "docker ps -a", "processor", []),
           ("show me the biggest files in this folder", "du -ah . | sort -rh | head", "llm", []),
           ("sudo space rm space dash rf space slash", "sudo rm -rf /", "processor",
            ["deletes everything from the root folder"]))


def settle(rounds: int = 4) -> None:
    """Let layouts, polish and queued paints run."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def sample_benchmark() -> benchmark.BenchResult:
    """A benchmark with cells that ran and one that did not (figures are samples)."""
    def cell(workload: str, device: str, p50: float, p95: float, **extra: float) -> benchmark.Cell:
        metrics = {"load_ms": 450.0, "first_ms": p50 * 3, "p50_ms": p50, "p95_ms": p95,
                   "peak_rss_mb": 420.0, "cpu_percent": 180.0, **extra}
        return benchmark.Cell(workload, device, "sample", True, metrics,
                              label=f"{device.upper()} (sample figures)")

    return benchmark.BenchResult(
        {"cpu": "sample machine"}, time.time(), 5,
        [cell("embedding", "cpu", 4.6, 5.4),
         cell("embedding", "npu", 2.1, 2.6, accelerator_share=0.94),
         cell("llm", "cpu", 820.0, 960.0, prefill_tok_s=310.0, decode_tok_s=41.0),
         benchmark.Cell("transcription", "npu", "sample", False,
                        reason="the NPU has no speech runtime here; ran on the CPU")])


def sample_metrics(labels: list[str], confusion: list[list[int]]) -> dict:
    """Test and held-out metrics of a gate head, as training reports them."""
    n = sum(map(sum, confusion))
    right = sum(confusion[i][i] for i in range(len(labels)))
    per = {label: confusion[i][i] / max(sum(confusion[i]), 1) for i, label in enumerate(labels)}
    test = {"n": n, "accuracy": right / n, "per_class": per, "labels": labels,
            "confusion": confusion}
    return {"test": test, "heldout": {"n": n, "accuracy": right / n}}


def stage(window) -> None:
    """Fill every page: call once the gate has warmed up (else its heads overwrite ours)."""
    memos = window.memos_panel
    for text in MEMOS:
        memos.memos.library.add(None, text, 6.0, extract(text).to_dict(),
                                [{"start": 0.0, "text": text, "words": []}])
    memos.refresh()
    memos.list.setCurrentRow(1)
    window.settings_panel.show_result(sample_benchmark())
    window.settings_panel.tabs.setCurrentIndex(1)
    gate = window.gate_panel
    gate.cards["needs_llm"].show_metrics(sample_metrics(["no", "yes"], [[12, 1], [0, 27]]), 0.5)
    gate.cards["domain"].show_metrics(
        sample_metrics(["prose", "command"], [[11, 1], [2, 37]]), 0.5)
    bash = window.bash_panel
    for said, command, route, reasons in HISTORY:
        bash.bash.history.add(said, command, route, reasons)
    bash.typed.setText("git commit dash m quote fix typo quote")
    bash.show_result(BashResult(
        "git commit dash m quote fix typo quote", 'git commit -m "fix typo"', "processor",
        [Stage("gate", 3.1, "needs_llm 0.08 · domain command"),
         Stage("processor", 0.4, 'git commit -m "fix typo"'),
         Stage("safety", 0.1, "ok")]))
