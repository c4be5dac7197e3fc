"""The light and dark themes: one set of colour tokens each, designed for its background (not
one inverted from the other). The tokens build the application palette, fill the stylesheet
template (``assets/style.qss``, ``$token`` placeholders) and give widgets that paint their own
colours (charts, matrices, badges) what to use; such widgets recolour in ``changeEvent`` when
:func:`is_theme_change` says the theme was switched."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from assets import asset_path

__all__ = ["DARK", "LIGHT", "Theme", "apply_theme", "asset_path", "contrast_ratio", "current",
           "is_theme_change"]


@dataclass(frozen=True)
class Theme:
    """Colour tokens (``#rrggbb``). Text tokens reach WCAG AA (4.5:1) on ``surface`` and
    ``window``; ``disabled_fg`` is meant to read as switched off (about 2.5:1)."""

    name: str
    window: str  # the page behind the cards
    surface: str  # cards, tables, lists, inputs
    raised: str  # buttons
    hover: str
    pressed: str
    header: str  # table headers, tab bar, status bar
    border: str  # card and table frames
    control_border: str  # buttons and inputs
    grid: str  # table grid lines: one step off the surface, never glaring
    text: str
    muted: str
    title: str
    placeholder: str
    accent: str  # primary buttons, progress, sliders, the first chart series
    accent_hover: str
    on_accent: str
    accent_soft: str  # the second chart series
    selection: str
    on_selection: str
    disabled_bg: str
    disabled_fg: str
    disabled_border: str
    ok: str  # good / warning / bad text, readable on surface and on its *_bg
    warn: str
    bad: str
    ok_bg: str
    warn_bg: str
    bad_bg: str
    nav_bg: str  # the navigation column, dark in both themes
    nav_text: str
    nav_hover: str
    nav_selected: str

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light", window="#f6f7f9", surface="#ffffff", raised="#ffffff", hover="#f0f3f8",
    pressed="#e4e9f2", header="#eef0f4", border="#dfe3ea", control_border="#cfd5df",
    grid="#eceef2", text="#1f2430", muted="#5b6270", title="#1f2430", placeholder="#767d8a",
    accent="#2563eb", accent_hover="#1d4ed8", on_accent="#ffffff", accent_soft="#9db9f5",
    selection="#dbe7ff", on_selection="#1f2430", disabled_bg="#eef0f4", disabled_fg="#9aa1ad",
    disabled_border="#e1e5eb", ok="#1d7a3a", warn="#9a5800", bad="#b42318", ok_bg="#e3f4e8",
    warn_bg="#fff4e0", bad_bg="#fde8e7", nav_bg="#1f2430", nav_text="#d8dce6",
    nav_hover="#262c39", nav_selected="#2c3342")

DARK = Theme(
    name="dark", window="#15181e", surface="#1d2129", raised="#262b35", hover="#2f3541",
    pressed="#363d4a", header="#232833", border="#2f3541", control_border="#3d4452",
    grid="#282d37", text="#e6e8ee", muted="#9aa3b2", title="#f3f5f9", placeholder="#8a93a3",
    accent="#7aa7ff", accent_hover="#96b9ff", on_accent="#0d1526", accent_soft="#3e5a8f",
    selection="#2b3f66", on_selection="#eef3ff", disabled_bg="#1b1f26", disabled_fg="#5d6573",
    disabled_border="#262b33", ok="#4ade80", warn="#fbbf24", bad="#fca5a5", ok_bg="#17382a",
    warn_bg="#3d2e12", bad_bg="#45201f", nav_bg="#0f1116", nav_text="#c9ced8",
    nav_hover="#1a1e25", nav_selected="#232833")

_current = LIGHT


def current() -> Theme:
    """The theme applied last (light until :func:`apply_theme` runs)."""
    return _current


def resolve(app: QApplication, choice: str) -> Theme:
    """"light", "dark", or "system" (the desktop's colour scheme)."""
    if choice == "system":
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return DARK if dark else LIGHT
    return DARK if choice == "dark" else LIGHT


def palette_for(theme: Theme) -> QPalette:
    """The application palette: what unstyled widgets and the Fusion style paint with."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    p = QPalette()
    colours = {role.Window: theme.window, role.WindowText: theme.text, role.Base: theme.surface,
               role.AlternateBase: theme.hover, role.Text: theme.text, role.Button: theme.raised,
               role.ButtonText: theme.text, role.BrightText: theme.bad,
               role.Highlight: theme.accent, role.HighlightedText: theme.on_accent,
               role.ToolTipBase: theme.surface, role.ToolTipText: theme.text,
               role.PlaceholderText: theme.placeholder, role.Link: theme.accent,
               role.LinkVisited: theme.accent_hover, role.Light: theme.hover,
               role.Midlight: theme.border, role.Mid: theme.control_border,
               role.Dark: theme.control_border, role.Shadow: theme.nav_bg}
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        p.setColor(group.Disabled, r, QColor(theme.disabled_fg))
    for r in (role.Button, role.Base):
        p.setColor(group.Disabled, r, QColor(theme.disabled_bg))
    return p


def stylesheet_for(theme: Theme) -> str:
    """``assets/style.qss`` with the theme's tokens filled in."""
    template = Template(asset_path("style.qss").read_text(encoding="utf-8"))
    icons = asset_path("icons").as_posix()  # the chevrons of combo and spin boxes
    return template.substitute(asdict(theme), icons=icons)


def apply_theme(app: QApplication, theme: str = "system") -> Theme:
    """Fusion, the theme's palette and stylesheet; widgets that paint their own colours get a
    palette change and recolour. Returns the theme applied."""
    global _current
    _current = resolve(app, theme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(_current))
    app.setStyleSheet(stylesheet_for(_current))
    return _current


def is_theme_change(event: QEvent) -> bool:
    """Whether a widget's ``changeEvent`` is the theme switching (palette or stylesheet)."""
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
            0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)
