"""Screenshot of the window on a page, for the README and for looking at what we build.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/bench/screenshot.py \
        --page Models --out assets/screenshots/models.png

On the Models page it first loads MiniLM on the NPU, so the status bar shows what really ran.

Every page at 1024×640 and 1600×1000, light and dark, as ``docs/screenshots/PAGE-WxH-THEME.png``
(a throwaway data folder, the pages staged as in tests/test_ui_visual.py):

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tests/bench/screenshot.py --all
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from app.service import InferenceService
from ui.app import create_app
from ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--page", default="Models")
    parser.add_argument("--out", default="screenshot.png")
    parser.add_argument("--wait-ms", type=int, default=3000)
    parser.add_argument("--text", default="okay so the command is rm dash rf tilde slash",
                        help="what Voice → Bash converts")
    parser.add_argument("--edit", default="",
                        help="Voice → Bash: the command as the user edits it, then copies")
    parser.add_argument("--all", action="store_true", help="every page, both sizes and themes")
    parser.add_argument("--out-dir", default="docs/screenshots")
    args = parser.parse_args()
    if args.all:
        return shoot_all(Path(args.out_dir))
    if args.page != "Train":  # what a page does (a command converted, a chat) goes to a
        os.environ.setdefault("TINYSPEC_DATA_DIR",  # throwaway folder, not the user's history
                              tempfile.mkdtemp(prefix="tinyspec-shot-"))
    app = create_app()
    service = InferenceService()
    window = MainWindow(service)
    window.show()
    window.show_page("Voice → Bash" if args.page in ("Train", "Your words") else args.page)
    target = window
    if args.page == "Train":  # the Train window of Voice → Bash, with its adapters listed
        target = window.bash_panel.open_training()
        target.resize(1200, 760)
        items = target.view.adapter_list
        QTimer.singleShot(500, lambda: items.setCurrentRow(0))
    if args.page == "Your words":  # the words a Ukrainian speaker taught, then used
        from app.specialists.bash.your_words import YourWords, entry

        bash = window.bash_panel.bash
        YourWords([entry("dog", "@"), entry("stick", "|"), entry("tail", "~"),
                   entry("lattice", "#"), entry("big", "Capital next")],
                  bash.words_path).save()
        window.bash_panel.typed.setText("ssh space deploy dog big web one space tail slash "
                                        "run point sh space stick space tee space log point txt")
        QTimer.singleShot(3000, lambda: window.bash_panel.convert(
            window.bash_panel.typed.text()))
        QTimer.singleShot(args.wait_ms - 1500, window.bash_panel.open_words)
    if args.page == "Voice → Bash":
        window.bash_panel.typed.setText(args.text)
        QTimer.singleShot(3000, lambda: window.bash_panel.convert(
            window.bash_panel.typed.text()))  # after the gate's warm-up, as a user would
        if args.edit:  # what an edit taught, offered
            QTimer.singleShot(args.wait_ms - 500, lambda: (
                window.bash_panel.command.setText(args.edit), window.bash_panel.copy()))
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
        panel.run_line("/help")
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


def save_small(image: QImage, path: Path, colours: int = 256) -> None:
    """A PNG of ``image`` in its ``colours`` most common colours (each pixel the nearest of
    them): a window is mostly flat colour, so this is a third of the size and looks the same."""
    import numpy as np

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    words = np.frombuffer(image.constBits(), np.uint32, count=image.bytesPerLine() * h // 4)
    pixels = words.reshape(h, -1)[:, :w].ravel() & 0xFFFFFF
    unique, inverse, counts = np.unique(pixels, return_inverse=True, return_counts=True)
    table = unique[np.argsort(counts)[::-1][:colours]]

    def rgb(v):
        return np.stack([(v >> 16) & 255, (v >> 8) & 255, v & 255], -1).astype(np.int32)

    nearest = ((rgb(unique)[:, None, :] - rgb(table)[None]) ** 2).sum(-1).argmin(1)
    out = QImage(w, h, QImage.Format.Format_Indexed8)
    out.setColorTable([int(0xFF000000 | c) for c in table])
    rows = np.zeros((h, out.bytesPerLine()), np.uint8)
    rows[:, :w] = nearest.astype(np.uint8)[inverse].reshape(h, w)
    np.frombuffer(out.bits(), np.uint8, count=rows.size)[:] = rows.ravel()
    out.save(str(path), "PNG", 0)


def shoot_all(folder: Path) -> int:
    """Every page at each size in each theme, from a throwaway data folder (the installed
    models are used, read only)."""
    os.environ["TINYSPEC_DATA_DIR"] = tempfile.mkdtemp(prefix="tinyspec-shots-")
    from PySide6.QtCore import QSize

    from tests.ui_stage import PAGES, settle, stage

    shots: list[tuple[str, str, int | None]] = [  # (file name, page, Settings tab)
        (name, label, None) for name, label in PAGES.items() if name != "settings"]
    shots += [("settings-machine", PAGES["settings"], 0), ("settings", PAGES["settings"], 1)]

    _app = create_app()  # kept while shooting
    service = InferenceService()
    window = MainWindow(service)
    window.show()
    deadline = time.monotonic() + 60
    while not window.gate_panel.backend_label.text() and time.monotonic() < deadline:
        settle()  # the gate's warm-up
        time.sleep(0.02)
    stage(window)
    window.gate_panel.try_box.setText("okay so the command is git status dash s")
    window.gate_panel.try_text()
    while window.gate_panel.last_result is None and time.monotonic() < deadline:
        settle()
        time.sleep(0.02)
    folder.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        window.set_theme(theme)  # as the View menu does: the Settings page shows it too
        for size in (QSize(1024, 640), QSize(1600, 1000)):
            window.resize(size)
            for name, label, tab in shots:
                window.show_page(label)
                if tab is not None:
                    window.settings_panel.tabs.setCurrentIndex(tab)
                settle(8)
                path = folder / f"{name}-{size.width()}x{size.height()}-{theme}.png"
                save_small(window.grab().toImage(), path)
                print(path)
    window.close()
    service.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
