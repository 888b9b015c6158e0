"""The report's charts (QtCharts): visits and revenue over time, members by tier, and the
cohort heat map colours. The same charts go on screen and into the PDF."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.report_figures import Report
from app.services import report_writers

SHORT = QLocale.FormatType.ShortFormat
REVENUE_COLOUR = QColor("#0b6e4f")
VISITS_COLOUR = QColor("#3d7ebf")



def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _month_label(month, first: bool, loc: QLocale) -> str:
    """The month's short name, and the year where a new one starts (not on the first
    label: at the chart's edge there is no room for it; the period line says the year)."""
    name = loc.standaloneMonthName(month.month, SHORT).rstrip(".")
    return f"{name} {month.year}" if month.month == 1 and not first else name


def trend_chart(r: Report, loc: QLocale) -> QChart:
    """Revenue (left axis, in whole currency units) and visits (right axis) per day or month."""
    chart = _chart(QCoreApplication.translate("Reports", "Visits and revenue over time"))
    chart.setLocale(loc)
    chart.setLocalizeNumbers(True)
    revenue, visits = QLineSeries(), QLineSeries()
    revenue.setName(QCoreApplication.translate("Reports", "Revenue") + f", {r.currency}")
    visits.setName(QCoreApplication.translate("Reports", "Visits"))
    revenue.setColor(REVENUE_COLOUR)
    visits.setColor(VISITS_COLOUR)
    for i, x in enumerate(r.trend):
        revenue.append(i, x.revenue_minor / 100)
        visits.append(i, x.visits)
    chart.addSeries(revenue)
    chart.addSeries(visits)
    # One label per day or month, on its point; a long run of days is labelled weekly.
    axis_x = QCategoryAxis()
    axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis_x.setRange(0, max(1, len(r.trend) - 1))
    daily = bool(r.trend) and r.trend[0].start == r.trend[0].end
    step = 7 if daily and len(r.trend) > 14 else 1
    for i, x in enumerate(r.trend):
        if i % step == 0:
            axis_x.append(loc.toString(QDate(x.start), "d MMM") if daily
                          else _month_label(x.start, i == 0, loc), i)
    left, right = QValueAxis(), QValueAxis()
    left.setLabelFormat("%.0f")
    right.setLabelFormat("%.0f")
    left.setRange(0, max([x.revenue_minor / 100 for x in r.trend] + [1]) * 1.1)
    right.setRange(0, max([x.visits for x in r.trend] + [1]) * 1.1)
    left.applyNiceNumbers()
    right.applyNiceNumbers()
    left.setLabelsColor(REVENUE_COLOUR)
    right.setLabelsColor(VISITS_COLOUR)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    for series, axis in ((revenue, left), (visits, right)):
        series.attachAxis(axis_x)
        series.attachAxis(axis)
    return chart


def tier_chart(r: Report, colours: dict[str, str]) -> QChart:
    """Members in each tier today, one bar per tier in the tier's own colour."""
    chart = _chart(QCoreApplication.translate("Reports", "Members by tier today"))
    series = QBarSeries()
    for t in r.tiers:
        bar = QBarSet(t.name)
        bar.append(t.members)
        bar.setColor(QColor(colours.get(t.tier_key, "#888888")))
        series.append(bar)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([QCoreApplication.translate("Reports", "Members")])
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setRange(0, max([t.members for t in r.tiers] + [1]) * 1.15)
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


def heat_colour(share: float | None) -> QColor:
    """White for nobody, deep green for everyone; grey where the month has not come."""
    return QColor(report_writers.heat_colour(share))


def text_colour(share: float | None) -> QColor:
    return QColor("white") if share is not None and share ** 0.6 > 0.55 else QColor("#222222")


def view(chart: QChart) -> QChartView:
    widget = QChartView(chart)
    widget.setRenderHint(QPainter.RenderHint.Antialiasing)
    widget.setMinimumHeight(260)
    return widget


def image(chart: QChart, width: int = 1000, height: int = 420) -> QImage:
    """The chart drawn off screen (for the PDF)."""
    widget = view(chart)
    widget.resize(width, height)
    return widget.grab().toImage()
