"""A chart of one metric across issues (QtCharts): the values committed to, issue after issue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QBarSeries, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def point_value(value: Any) -> float:
    """A range is charted at its upper bound (what was promised at most)."""
    if isinstance(value, list):
        return float(value[-1])
    return float(value)


def point_label(point: Any) -> str:
    return point.issue_date or point.source.rsplit(".", 1)[0][:14]


class MetricChart(QWidget):
    """Pick a metric that appears more than once; see its values per issue as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricChart")
        self.series: list[Any] = []
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("metricBox")
        self.metric_box.currentIndexChanged.connect(self._draw)
        self.chart = QChart()
        self.chart.legend().hide()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self.tr("No metric is committed to in more than one place yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Metric:")))
        bar.addWidget(self.metric_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.set_series([])

    def set_series(self, series: list[Any]) -> None:
        """``series``: reader.commitments.tracking.MetricSeries, one per metric seen at least twice."""
        keep = self.metric_box.currentText()
        self.series = list(series)
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for s in self.series:
            self.metric_box.addItem(f"{s.metric} ({s.unit}) ×{len(s.points)}")
        index = self.metric_box.findText(keep)
        self.metric_box.setCurrentIndex(index if index >= 0 else (0 if self.series else -1))
        self.metric_box.blockSignals(False)
        self.view.setVisible(bool(self.series))
        self.metric_box.setEnabled(bool(self.series))
        self.empty.setVisible(not self.series)
        self._draw()

    def current(self) -> Any | None:
        index = self.metric_box.currentIndex()
        return self.series[index] if 0 <= index < len(self.series) else None

    def _draw(self, *_: Any) -> None:
        self.chart.removeAllSeries()
        for axis in list(self.chart.axes()):
            self.chart.removeAxis(axis)
        current = self.current()
        if current is None:
            self.chart.setTitle("")
            return
        bars = QBarSet(current.metric)
        for point in current.points:
            bars.append(point_value(point.value))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([point_label(p) for p in current.points])
        values = QValueAxis()
        values.setTitleText(current.unit)
        values.setMin(0)
        values.setMax(max(point_value(p.value) for p in current.points) * 1.15 or 1)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(f"{current.metric}（{current.unit}）")
