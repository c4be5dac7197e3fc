"""The look of every page, rendered offscreen at the minimum window (1024×640) and a large one
(1600×1000), light and dark: each page fits, no button's text is clipped, the benchmark chart
is drawn in the theme (never white on dark), table and confusion-matrix text is readable
(WCAG ≥ 4.5:1), and disabled buttons look disabled. The View menu's theme switch recolours
the chart and the matrices. The PNGs are kept: in $TINYSPEC_UI_RENDERS if set (a CI
artifact), else in pytest's temporary folder; the folder is printed at the end."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QWidget,
)

from app.service import InferenceService
from models.store import ModelStore
from tests.ui_stage import PAGES, settle, stage
from ui.main_window import MINIMUM_SIZE, MainWindow
from ui.theme import DARK, LIGHT, Theme, apply_theme, contrast_ratio, current

SIZES = (MINIMUM_SIZE, QSize(1600, 1000))
CASES = [(theme, size, page) for theme in ("light", "dark") for size in SIZES for page in PAGES]
AA = 4.5  # WCAG 2 AA for body text
NEAR = 40  # how far (sum of RGB differences) a drawn colour may be from the one expected


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    """The window on an empty model store and its own data folder, every page staged."""
    home = tmp_path_factory.mktemp("ui-visual")
    saved = (qapp.style().name(), qapp.palette(), qapp.styleSheet())
    apply_theme(qapp, "light")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TINYSPEC_DATA_DIR", str(home / "data"))
        service = InferenceService(ModelStore(home / "models"))
        win = MainWindow(service)
        win.show()
        deadline = time.monotonic() + 30
        while not win.gate_panel.backend_label.text() and time.monotonic() < deadline:
            settle()  # the gate's warm-up shows its heads; ours are staged after it
            time.sleep(0.01)
        stage(win)
        yield win
        win.close()
        service.shutdown()
    apply_theme(qapp, "light")
    qapp.setStyleSheet(saved[2])
    qapp.setPalette(saved[1])
    qapp.setStyle(saved[0])


@pytest.fixture(scope="module")
def renders(tmp_path_factory, request):
    """Where the PNGs go; said at the end of the module."""
    env = os.environ.get("TINYSPEC_UI_RENDERS")
    folder = Path(env) if env else tmp_path_factory.mktemp("ui-renders")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nUI renders ({len(list(folder.glob('*.png')))} PNG): {folder}")


def render(window: MainWindow, theme: str, size: QSize, page: str) -> QImage:
    if current().name != theme:
        apply_theme(QApplication.instance(), theme)
    window.resize(size)
    window.show_page(PAGES[page])
    settle()
    assert window.size() == size
    return window.grab().toImage()


def near(a: QColor, b: QColor | str) -> bool:
    b = QColor(b)
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= NEAR


def pixel(window: MainWindow, image: QImage, widget: QWidget, point: QPoint) -> QColor:
    at = widget.mapTo(window, point) * image.devicePixelRatio()
    return QColor(image.pixel(at))


# -- the checks: each returns what it found wrong, in words -------------------------------
def fits(window: MainWindow, page: str) -> list[str]:
    need, room = window.pages[PAGES[page]].minimumSizeHint(), window.stack.size()
    if need.width() > room.width() or need.height() > room.height():
        return [f"the page needs {need.width()}×{need.height()} but has "
                f"{room.width()}×{room.height()}: its parts are squeezed"]
    return []


def text_room(button: QAbstractButton) -> int:
    """The width the button's text may take: its contents, less icon and menu arrow."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    if isinstance(button, QCheckBox):
        return style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    if not button.icon().isNull():
        room -= button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return room


def clipped_buttons(root: QWidget) -> list[str]:
    """Buttons (and check boxes) whose label is wider than their room; an elided label must
    keep its whole text (``fullText``) in the tooltip."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button, QRadioButton):
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need, room = button.fontMetrics().horizontalAdvance(text), text_room(button)
        if need > room:
            found.append(f"“{text}” is clipped: needs {need} px, has {room}")
        full = button.property("fullText")
        if full and full != text and full not in button.toolTip():
            found.append(f"“{text}” is elided without its whole text in the tooltip")
    return found


def cell_colours(table: QTableWidget, item) -> tuple[QColor, QColor]:
    """(text, background) the table paints ``item`` with: the item's own brushes, else the
    palette's roles (as the stylesheet set them), the selection's when selected."""
    palette = table.palette()
    if item.isSelected():
        return (palette.color(QPalette.ColorRole.HighlightedText),
                palette.color(QPalette.ColorRole.Highlight))
    fg, bg = item.foreground(), item.background()
    none = Qt.BrushStyle.NoBrush
    return (fg.color() if fg.style() != none else palette.color(QPalette.ColorRole.Text),
            bg.color() if bg.style() != none else palette.color(QPalette.ColorRole.Base))


def unreadable_cells(window: MainWindow, image: QImage, root: QWidget) -> list[str]:
    """Table cells under 4.5:1, and cells whose drawn background is not the one computed
    (so the computed ratio is the one the eye gets)."""
    found: list[str] = []
    for table in root.findChildren(QTableWidget):
        if not table.isVisible():
            continue
        viewport = table.viewport()
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(row, col)
                if item is None or not item.text():
                    continue
                fg, bg = cell_colours(table, item)
                ratio = contrast_ratio(fg, bg)
                if ratio < AA:
                    found.append(f"{type(table).__name__} “{item.text()[:30]}”: "
                                 f"{fg.name()} on {bg.name()} is {ratio:.1f}:1")
                rect = table.visualItemRect(item)
                if viewport.rect().contains(rect) and len(found) < 20:
                    drawn = pixel(window, image, viewport, QPoint(rect.center().x(),
                                                                  rect.top() + 2))
                    if not near(drawn, bg):
                        found.append(f"{type(table).__name__} “{item.text()[:30]}”: drawn on "
                                     f"{drawn.name()}, not {bg.name()}")
    return found


def undisabled_look(window: MainWindow, image: QImage, root: QWidget, theme: Theme) -> list[str]:
    """Disabled buttons drawn flat in the disabled colours; enabled primary ones in the
    accent."""
    found = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible():
            continue
        drawn = pixel(window, image, button, QPoint(3, button.height() // 2))
        if not button.isEnabled() and not near(drawn, theme.disabled_bg):
            found.append(f"disabled “{button.text()}” drawn {drawn.name()}, not the disabled "
                         f"{theme.disabled_bg}")
        elif button.isEnabled() and button.objectName() == "primary" and \
                not near(drawn, theme.accent):
            found.append(f"primary “{button.text()}” drawn {drawn.name()}, not {theme.accent}")
    return found


def chart_problems(window: MainWindow, theme: Theme) -> list[str]:
    """The chart's most common colour is the theme's surface, and (dark) it is not white."""
    view = window.settings_panel.chart_view
    image = view.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    bright = sum(n for rgb, n in counts.items() if QColor(rgb).lightness() > 220) / total
    common = QColor(max(counts, key=counts.get))
    found = []
    if theme.dark and bright > 0.2:
        found.append(f"the chart is {bright:.0%} near-white on a dark page")
    if not near(common, theme.surface):
        found.append(f"the chart's background is {common.name()}, not {theme.surface}")
    return found


# -- the tests ---------------------------------------------------------------------------
@pytest.mark.parametrize(("theme", "size", "page"), CASES,
                         ids=[f"{t}-{s.width()}x{s.height()}-{p}" for t, s, p in CASES])
def test_page_looks_right(window, renders, theme, size, page):
    tokens = DARK if theme == "dark" else LIGHT
    root = window.pages[PAGES[page]]
    found = []
    if page == "settings":  # the settings tab: laid out and checked, then the benchmark's
        window.settings_panel.tabs.setCurrentIndex(0)
        render(window, theme, size, page).save(
            str(renders / f"settings-machine-{size.width()}x{size.height()}-{theme}.png"))
        found += clipped_buttons(root)
        window.settings_panel.tabs.setCurrentIndex(1)
    image = render(window, theme, size, page)
    image.save(str(renders / f"{page}-{size.width()}x{size.height()}-{theme}.png"))
    found += fits(window, page) + clipped_buttons(root)
    found += unreadable_cells(window, image, root) + undisabled_look(window, image, root, tokens)
    if page == "settings":
        found += chart_problems(window, tokens)
    assert not found, f"{page} at {size.width()}×{size.height()}, {theme}:\n" + "\n".join(found)


def test_the_view_menu_recolours_chart_and_matrices(window):
    actions = {a.text(): a for a in window.theme_actions}
    matrix = window.gate_panel.cards["needs_llm"].matrix
    window.show_page(PAGES["settings"])
    for name, theme in (("Dark", DARK), ("Light", LIGHT), ("Dark", DARK)):
        actions[name].trigger()
        settle()
        assert current() is theme and actions[name].isChecked()
        assert window.settings_panel.chart.backgroundBrush().color() == QColor(theme.surface)
        assert chart_problems(window, theme) == []
        assert matrix.item(0, 0).background().color() == QColor(theme.ok_bg)
        for r in range(2):
            for c in range(2):
                fg, bg = cell_colours(matrix, matrix.item(r, c))
                assert contrast_ratio(fg, bg) >= AA, (theme.name, r, c)
        not_run = window.settings_panel.table.item(3, 2)
        assert not_run.foreground().color() == QColor(theme.muted)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_theme_tokens_read_well(theme):
    """Text reaches AA on every background it is used on; disabled text reads as off; grid
    lines stay quiet."""
    for fg, bgs in ((theme.text, (theme.surface, theme.window, theme.raised, theme.header,
                                  theme.hover, theme.selection, theme.ok_bg, theme.bad_bg)),
                    (theme.muted, (theme.surface, theme.window, theme.header)),
                    (theme.ok, (theme.surface, theme.ok_bg)),
                    (theme.warn, (theme.surface, theme.warn_bg)),
                    (theme.bad, (theme.surface, theme.bad_bg)),
                    (theme.on_accent, (theme.accent, theme.accent_hover)),
                    (theme.on_selection, (theme.selection,)),
                    (theme.nav_text, (theme.nav_bg, theme.nav_hover, theme.nav_selected))):
        for bg in bgs:
            assert contrast_ratio(fg, bg) >= AA, (fg, bg)
    assert 1.8 <= contrast_ratio(theme.disabled_fg, theme.disabled_bg) <= 3.2
    assert contrast_ratio(theme.grid, theme.surface) < 1.35


def test_no_microphone_is_said_in_words(window):
    bash, memos = window.bash_panel, window.memos_panel
    has = bash.has_microphone, memos.has_microphone
    try:
        bash.has_microphone = memos.has_microphone = False
        bash.start_talking()  # F8
        assert "No microphone found — plug one in" in bash.transcript.text()
        memos.toggle_recording()  # Ctrl+Shift+R, from any page
        assert "No microphone found — plug one in, or use Import audio…" in memos.last_error
        assert window.statusBar().currentMessage() == memos.last_error
        bash.has_microphone = True  # a device listed, but PortAudio will not open it

        def refuse(**_kwargs):
            raise RuntimeError("Error querying device -1")

        bash.recorder.stream_factory = refuse
        bash.start_talking()
        assert "No microphone found" in bash.transcript.text()
        assert "Error querying" not in bash.transcript.text()
    finally:
        bash.has_microphone, memos.has_microphone = has
