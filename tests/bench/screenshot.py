"""Screenshot of the window on a page, for the README and for looking at what we build.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/bench/screenshot.py \
        --page Models --out assets/screenshots/models.png

On the Models page it first loads MiniLM on the NPU, so the status bar shows what really ran.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer

from app.service import InferenceService
from ui.app import create_app
from ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--page", default="Models")
    parser.add_argument("--out", default="screenshot.png")
    parser.add_argument("--wait-ms", type=int, default=3000)
    args = parser.parse_args()
    app = create_app()
    service = InferenceService()
    window = MainWindow(service)
    window.show()
    window.show_page("Voice → Bash" if args.page == "Train" else args.page)
    target = window
    if args.page == "Train":  # the Train window of Voice → Bash, with its adapters listed
        target = window.bash_panel.open_training()
        target.resize(1200, 760)
        items = target.view.adapter_list
        QTimer.singleShot(500, lambda: items.setCurrentRow(0))
    if args.page == "Voice → Bash":
        window.bash_panel.typed.setText("okay so the command is rm dash rf tilde slash")
        QTimer.singleShot(3000, lambda: window.bash_panel.convert(
            window.bash_panel.typed.text()))  # after the gate's warm-up, as a user would
    if args.page == "Settings & Benchmark":
        window.resize(1280, 800)  # the target: table and chart without scrolling
        window.settings_panel.tabs.setCurrentIndex(1)
        if window.settings_panel.result is None:  # else the last run from the history
            window.settings_panel.reps.setValue(5)
            window.settings_panel.run_benchmark()
    if args.page == "Chat":
        panel = window.chat_panel
        panel.run_line("/model smollm2-135m-instruct")
        panel.run_line("/set max_tokens 80")
        panel.input.setText("Write a one-line shell command that counts lines in a file, in a "
                            "code block.")
        QTimer.singleShot(500, panel.submit)
        QTimer.singleShot(args.wait_ms - 1500, lambda: panel.input.setText("/se"))
        QTimer.singleShot(args.wait_ms - 1400, lambda: (
            panel.input.completer().setCompletionPrefix("/se"),
            panel.input.completer().complete()))
    if args.page == "Memos":
        for text in ("Remind me to email Sarah about the revised budget before Thursday.",
                     "Call him about the thing, it's urgent.",
                     "Look up flights to Lisbon for the first week of June.",
                     "Today's walk was lovely, the leaves are turning orange along the river."):
            from app.specialists.memo import extract

            window.memos_panel.memos.library.add(None, text, 6.0, extract(text).to_dict(),
                                                 [{"start": 0.0, "text": text, "words": []}])
        window.memos_panel.refresh()
        window.memos_panel.list.setCurrentRow(1)
    if args.page == "Gate":
        window.gate_panel.train()
        window.gate_panel.try_box.setText("okay so the command is git status dash s")
    if args.page == "Models":
        window.models_panel.select("minilm-l6-int8")
        window.models_panel.device_combo.setCurrentText("npu")
        window.models_panel.load_selected()

    def shoot() -> None:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        screen = app.primaryScreen().grabWindow(0)  # the whole screen: popups included
        geo = target.frameGeometry()
        shot = screen.copy(geo) if not screen.isNull() else target.grab()
        (shot if not shot.isNull() else target.grab()).save(args.out)
        print(args.out)
        service.shutdown()
        app.quit()

    QTimer.singleShot(args.wait_ms, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
