"""The benchmark's p50/p95 latency chart (log scale), drawn in the theme's colours and
recoloured when the theme changes: never a white chart on a dark page."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLogValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app import benchmark
from ui.theme import current, is_theme_change

TITLE = "Latency per cell (ms, log scale): p50 and p95"


class BenchChart(QChartView):
    """``chart()`` holds one bar series (p50, p95) per benchmark cell that ran."""

    def __init__(self) -> None:
        chart = QChart()
        super().__init__(chart)
        chart.setTitle(TITLE)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.recolour()

    def show_result(self, result: benchmark.BenchResult) -> None:
        """Bars for the cells that ran (none: an empty chart)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        ran = [c for c in result.cells if c.ran]
        if not ran:
            return
        p50, p95 = QBarSet("p50"), QBarSet("p95")
        for c in ran:
            p50.append(max(c.metrics["p50_ms"], 0.01))
            p95.append(max(c.metrics["p95_ms"], 0.01))
        series = QBarSeries()
        series.append(p50)
        series.append(p95)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{c.workload}\n{c.device.upper()}" + (" (emulated)" if c.emulated else "")
                  for c in ran])
        y = QLogValueAxis()
        y.setBase(10)
        y.setLabelFormat("%g")
        y.setMin(0.5)
        y.setMax(max(c.metrics["p95_ms"] for c in ran) * 2)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.recolour()

    def recolour(self) -> None:
        """Background, title, legend, axes and bars in the current theme's colours."""
        theme = current()
        chart = self.chart()
        surface, text, muted = QColor(theme.surface), QColor(theme.text), QColor(theme.muted)
        self.setBackgroundBrush(surface)
        chart.setBackgroundBrush(surface)
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(muted)
            axis.setLinePenColor(QColor(theme.control_border))
            axis.setGridLineColor(QColor(theme.grid))
            axis.setTitleBrush(muted)
        for series in chart.series():
            for bar, colour in zip(series.barSets(), (theme.accent, theme.accent_soft),
                                   strict=False):
                bar.setColor(QColor(colour))
                bar.setBorderColor(QColor(colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event):
            self.recolour()
