"""The manager's dashboard: is the program working, and is the staff using it?

A period and filters at the top; figures with their definitions in tooltips; charts
with the numbers in tables beside them; export to CSV, XLSX or PDF. The report is read
off the GUI thread (app/ui/background.py); the first open of an upgraded shop builds
its rollups first (report_preparation.py)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.report_figures import Report, ReportFilter
from app.domain.report_periods import PERIODS, period_for
from app.services.terminal import Terminal
from app.ui import formats, report_charts, report_files
from app.ui.background import BackgroundOp
from app.ui.messages import describe
from app.ui.report_preparation import RollupPreparation
from app.ui.report_text import figure_texts, locale_for, period_text, show, summary_values, tables

log = logging.getLogger(__name__)

STYLE = """
QFrame#tile { background: #f6f7f9; border: 1px solid #dde1e6; border-radius: 6px; }
QLabel#tileName { color: #555; }
QLabel#tileValue { font-size: 17pt; font-weight: bold; color: #1b1f24; }
QLabel#period { color: #333; font-weight: bold; }
QLabel#busy { color: #8a5a00; }
"""
TILES = ("members_total", "members_new", "active_30", "active_90", "lapsed_90", "lapsed_180",
         "visits", "revenue", "average", "buyers", "repeat_rate", "visits_per_month",
         "issued", "redeemed", "expired", "donated", "outstanding", "liability")


class _FigureLabel(QLabel):
    """A tile's figure: 17 pt, or smaller when a long sum would be cut off at the
    tile's edge ('2,106,743.00 RUB' in a narrow tile)."""
    LARGEST, SMALLEST = 17, 9

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        font = QFont(self.font())
        size = self.LARGEST
        while size > self.SMALLEST:
            font.setPointSize(size)
            if QFontMetrics(font).horizontalAdvance(self.text()) <= room:
                break
            size -= 1
        style = "" if size == self.LARGEST else f"font-size: {size}pt;"
        if self.styleSheet() != style:
            self.setStyleSheet(style)


def _complete(report: Report, grouped) -> None:
    """Put what ``report_grouped`` counted into the report shown first."""
    report.top_by_revenue, report.top_by_visits, buyers, repeat = grouped
    if buyers is not None:
        report.sales = dataclasses.replace(report.sales, buyers=buyers, repeat_buyers=repeat)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return table


class ReportsDialog(QDialog):
    answered = Signal(str)  # "report", "top": an answer is on screen

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._loc = locale_for(terminal.ctx.lang)
        self._asked = 0
        self.report: Report | None = None
        self.setWindowTitle(self.tr("Reports"))
        self.setStyleSheet(STYLE)
        self.resize(1280, 860)
        self._build_ui()
        self._connect()
        self._load_choices()
        self.preparation = RollupPreparation(self, terminal, self.busy, self._built,
                                             self._show_failure)
        if self._terminal.office.report_rollups_missing():
            QTimer.singleShot(0, self.preparation.start)  # once the dialog is on screen
        else:
            self.refresh()

    # ---- building -------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.period_label = QLabel(objectName="period")
        self.busy = QLabel(objectName="busy")
        line = QHBoxLayout()
        line.addWidget(self.period_label, 1)
        line.addWidget(self.busy)
        layout.addLayout(line)
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        self.tabs.addTab(self._overview(), self.tr("Overview"))
        self.tabs.addTab(self._page(["points", "tiers", "tier_moves"], chart="tiers"),
                         self.tr("Points and tiers"))
        self.tabs.addTab(self._page(["cohorts"]), self.tr("Cohorts"))
        self.tabs.addTab(self._page(["gifts_reason", "gifts_cashier", "complaints",
                                     "complaints_cashier"]), self.tr("Gifts and complaints"))
        self.tabs.addTab(self._page(["staff", "top_revenue", "top_visits"]),
                         self.tr("Staff and top members"))
        layout.addWidget(self.tabs, 1)

    def _build_bar(self) -> QHBoxLayout:
        names = {"today": self.tr("Today"), "week": self.tr("This week"),
                 "month": self.tr("This month"), "quarter": self.tr("This quarter"),
                 "year": self.tr("This year"), "custom": self.tr("Custom")}
        self.period = QComboBox()
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.setCurrentIndex(PERIODS.index("month"))
        today = QDate(self._terminal.ctx.today())
        self.start, self.end = QDateEdit(today.addDays(-29)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.day_format(self._loc))
            edit.setEnabled(False)
        self.till, self.cashier, self.tier = QComboBox(), QComboBox(), QComboBox()
        self.export_button = QToolButton(text=self.tr("Export…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, title in (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("pdf", "PDF")):
            menu.addAction(title, lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.period), (self.tr("from"), self.start),
                              (self.tr("to"), self.end), (self.tr("Till"), self.till),
                              (self.tr("Cashier"), self.cashier), (self.tr("Tier"), self.tier)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        return bar

    def _overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        texts = figure_texts()
        self.tiles: dict[str, QLabel] = {}
        for i, key in enumerate(TILES):
            tile = QFrame(objectName="tile")
            tile.setToolTip(texts[key][1])
            box = QVBoxLayout(tile)
            box.setContentsMargins(8, 4, 8, 4)
            name = QLabel(texts[key][0], objectName="tileName")
            name.setWordWrap(True)  # a long name (Latvian, Russian) takes two lines, not the screen
            value = _FigureLabel("—", objectName="tileValue")
            value.setToolTip(texts[key][1])
            box.addWidget(name)
            box.addWidget(value)
            self.tiles[key] = value
            grid.addWidget(tile, i // 6, i % 6)
        layout.addLayout(grid)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.trend_view = report_charts.view(report_charts.QChart())
        split.addWidget(self.trend_view)
        side = QTabWidget()
        for key, title in (("trend", self.tr("By day or month")), ("by_tier", self.tr("By tier"))):
            self.tables[key] = _table(4)
            side.addTab(self.tables[key], title)
        split.addWidget(side)
        split.setSizes([600, 680])
        layout.addWidget(split, 1)
        return page

    def _page(self, keys: list[str], chart: str = "") -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        column = QVBoxLayout()
        self.titles = getattr(self, "titles", {})
        for key in keys:
            self.titles[key] = QLabel(objectName="tileName")
            self.tables[key] = _table(4)
            column.addWidget(self.titles[key])
            column.addWidget(self.tables[key], 1)
        layout.addLayout(column, 3)
        if chart == "tiers":
            self.tier_view = report_charts.view(report_charts.QChart())
            layout.addWidget(self.tier_view, 2)
        return page

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)
        for combo in (self.till, self.cashier, self.tier):
            combo.currentIndexChanged.connect(self.refresh)

    def _load_choices(self) -> None:
        choices = self._terminal.office.report_filter_choices()
        for combo, key, everyone in ((self.till, "till", self.tr("All tills")),
                                     (self.cashier, "cashier", self.tr("All cashiers")),
                                     (self.tier, "tier", self.tr("All tiers"))):
            combo.blockSignals(True)
            combo.addItem(everyone, None)
            for value, label in choices[key]:
                combo.addItem(label, value)
            combo.blockSignals(False)

    # ---- asking ---------------------------------------------------------------------

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        self.refresh()

    def query(self):
        kind = self.period.currentData()
        period = period_for(kind, self._terminal.ctx.today(), self.start.date().toPython(),
                            self.end.date().toPython())
        return period, ReportFilter(self.till.currentData(), self.cashier.currentData(),
                                    self.tier.currentData())

    def _built(self, done: bool) -> None:
        if done:
            self.refresh()
        else:
            self.busy.setText(self.tr("Reports were not prepared; nothing was changed. "
                                      "Open Reports again to prepare them."))

    def refresh(self) -> None:
        if self.preparation.running:
            return  # the period or a filter changed while the history is added up
        try:
            period, filters = self.query()
        except DomainError as exc:
            self.busy.setText(describe(exc))
            return
        self._asked += 1
        self.busy.setText(self.tr("Counting…"))
        self._top_ready, self._top, self._shown = False, None, None
        # The figures first (rollups: quick); what groups the period's purchases member
        # by member next (the top members; the buyers when no rollup has them), so the
        # dashboard opens before the slowest figures are done.
        self._ask(self._asked, "report",
                  lambda _progress: self._terminal.office.report(period, filters, with_top=False))
        self._ask(self._asked, "top",
                  lambda _progress: self._terminal.office.report_grouped(period, filters))

    def _ask(self, number: int, kind: str, work) -> None:
        op = BackgroundOp(self, work, lambda result: self._done(number, kind, result))
        op.on_failure(lambda exc: self._failed(number, exc)).run()

    def _failed(self, number: int, exc) -> None:
        if number == self._asked:
            self._show_failure(exc)

    def _show_failure(self, exc) -> None:
        self.busy.setText(describe(exc) if isinstance(exc, DomainError) else "")
        if not isinstance(exc, DomainError):
            log.error("report failed", exc_info=exc)
            QMessageBox.warning(self, self.tr("Reports"), self.tr("The report could not be made."))

    # ---- showing --------------------------------------------------------------------

    def _done(self, number: int, kind: str, result) -> None:
        if number != self._asked:
            return  # an older question answered late: the manager asked another since
        self._take(kind, result)
        self.answered.emit(kind)

    def _take(self, kind: str, result) -> None:
        """Show the figures as soon as they come; complete them when the top members
        (and, under a filter, the buyers) follow."""
        if kind == "top":
            self._top = result
        else:
            self._shown = result
        if getattr(self, "_shown", None) is None:
            return
        report = self._shown
        if getattr(self, "_top", None) is not None:
            _complete(report, self._top)
            self._top, self._top_ready = None, True
            self._shown = None
            self.busy.setText("")
        else:
            self.busy.setText(self.tr("Counting top members…"))
        self._show(report)
        if report.sales.buyers is None:  # still being counted: not a dash, which means none
            for key in ("buyers", "repeat_rate", "visits_per_month"):
                self.tiles[key].setText("…")

    def _show(self, report: Report) -> None:
        self.report = report
        self.period_label.setText(f"{report.shop}: {period_text(report, self._loc)}")
        for edit, day in ((self.start, report.period.start), (self.end, report.period.end)):
            edit.blockSignals(True)  # the named period's days, shown; no second refresh
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        for key, (value, kind) in summary_values(report).items():
            if key in self.tiles:
                self.tiles[key].setText(show(value, kind, self._loc, report.currency))
        for table in tables(report):
            if table.key in self.tables:
                self._fill(self.tables[table.key], table, report.currency)
                if table.key in getattr(self, "titles", {}):
                    self.titles[table.key].setText(table.title)
        self.trend_view.setChart(report_charts.trend_chart(report, self._loc))
        colours = {t.key: t.colour for t in self._terminal.program.tiers}
        self.tier_view.setChart(report_charts.tier_chart(report, colours))

    def _fill(self, widget: QTableWidget, table, currency: str) -> None:
        widget.clear()
        widget.setColumnCount(len(table.columns))
        widget.setRowCount(len(table.rows))
        widget.setHorizontalHeaderLabels([c.title for c in table.columns])
        if table.note:
            widget.setToolTip(table.note)
        for i, row in enumerate(table.rows):
            for j, (value, column) in enumerate(zip(row, table.columns, strict=True)):
                item = QTableWidgetItem(show(value, column.kind, self._loc, currency))
                if column.kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if table.key == "cohorts" and column.kind == "percent":
                    item.setBackground(report_charts.heat_colour(value))
                    item.setForeground(report_charts.text_colour(value))
                widget.setItem(i, j, item)
        if table.key != "cohorts" and table.columns[0].kind == "text":
            widget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # ---- export ---------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Write the report on screen to a file (``path`` given: no file dialog)."""
        if self.report is None:
            return None
        if not self._top_ready:  # exported before the top members arrived: count them now
            _complete(self.report, self._terminal.office.report_grouped(self.report.period,
                                                                 self.report.filters))
        if path is None:
            filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                                  report_files.default_name(self.report, fmt),
                                                  filters[fmt])
            if not path:
                return None
        colours = {t.key: t.colour for t in self._terminal.program.tiers}
        try:
            return report_files.write(self.report, fmt, Path(path), colours)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export report"),
                                self.tr("The file could not be written: %1").replace(
                                    "%1", exc.strerror or str(exc)))
            return None
