"""What the manager sees of care: gifts given, what they cost, whether those members came
back; and complaints — each one whole, followed up and closed."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.dto import ComplaintView, GiftReport
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.error_labels import error_label
from app.ui.gift_dialog import reason_labels
from app.ui.messages import describe
from app.ui.result_widgets import fill_row

DEFAULT_DAYS = 90
FACTS_SHOWN = 60  # characters of the facts in the list; the whole text is in the details
STYLE = """
QLabel#reportTotals { font-size: 16pt; font-weight: bold; }
QLabel#cameBack { font-size: 15pt; color: #0b6e4f; font-weight: bold; }
QLabel#sectionTitle { font-weight: bold; color: #555; margin-top: 8px; }
QLabel#fieldError { color: #b3261e; }
QLabel#hint { color: #555; }
QTableWidget { font-size: 13pt; }
"""


def _table(headers: list[str], numeric_from: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(numeric_from, len(headers)):
        table.horizontalHeaderItem(col).setTextAlignment(Qt.AlignmentFlag.AlignRight
                                                         | Qt.AlignmentFlag.AlignVCenter)
    return table


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


# ---- gifts -------------------------------------------------------------------------


class GiftsReportDialog(QDialog):
    """Gifts in a period: how many, their cost, said out loud or not, by reason and by
    cashier, and whether gifted members came back more often than the others."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.report: GiftReport | None = None
        self.setWindowTitle(self.tr("Gifts given"))
        self.setStyleSheet(STYLE)
        self.resize(980, 680)
        self._build_ui()
        self.show_button.clicked.connect(self.refresh)
        self.refresh()

    def _build_ui(self) -> None:
        today = QDate(self._terminal.ctx.today())
        self.start, self.end = QDateEdit(today.addDays(-DEFAULT_DAYS)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.show_button = QPushButton(self.tr("Show (Enter)"))
        self.show_button.setDefault(True)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addWidget(self.show_button)
        period.addStretch(1)
        self.period_error = error_label()
        self.totals = _label("reportTotals")
        self.said = _label()
        self.came_back = {days: _label("cameBack") for days in (30, 90)}
        self.by_reason = _table([self.tr("Reason"), self.tr("Gifts"), self.tr("Cost")], 1)
        self.by_cashier = _table([self.tr("Cashier"), self.tr("Gifts"), self.tr("Cost")], 1)
        tables = QHBoxLayout()
        tables.addWidget(self._titled(self.tr("By reason"), self.by_reason))
        tables.addWidget(self._titled(self.tr("By cashier"), self.by_cashier))
        hint = _label("hint")
        hint.setText(self.tr("“Others”: members who bought in the same period and got no gift, "
                             "counted from their first purchase in it."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        for widget in (self.period_error, self.totals, self.said, *self.came_back.values()):
            layout.addWidget(widget)
        layout.addLayout(tables, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        column.addWidget(label)
        column.addWidget(widget)
        return box

    def money(self, minor: int) -> str:
        return formats.money(minor, self._terminal.program.currency)

    def percent(self, share: float) -> str:
        return self.tr("%1%").replace("%1", QLocale().toString(round(share * 100)))

    def refresh(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.period_error.setText(self.tr("The period ends before it starts."))
            self.period_error.show()
            return
        self.period_error.hide()
        ctx = self._terminal.ctx
        # Local days, shown inclusive; the service takes [start, end) in UTC.
        self.report = self._terminal.office.gift_report(ctx.utc_start_of(start),
                                                 ctx.utc_start_of(end + timedelta(days=1)))
        self.show_report(self.report)

    def show_report(self, r: GiftReport) -> None:
        self.totals.setText(self.tr("%n gift(s)", "", r.gifts) + " · "
                            + self.tr("cost %1").replace("%1", self.money(r.cost_minor)) + " · "
                            + self.tr("%n point(s) given", "", r.points))
        self.said.setText(self.tr("Said out loud: %1 of %2").replace("%1", str(r.said))
                          .replace("%2", str(r.gifts)))
        for days, label in self.came_back.items():
            label.setText(self.came_back_text(days, *r.came_back.get(days, (None, None))))
        labels = reason_labels()
        self._fill(self.by_reason, [(labels.get(k, k), n, c) for k, (n, c) in r.by_reason.items()])
        self._fill(self.by_cashier, list((k, n, c) for k, (n, c) in r.by_cashier.items()))

    def came_back_text(self, days: int, gifted: float | None, others: float | None) -> str:
        if gifted is None and others is None:
            return self.tr("Came back within %1 days: too early to tell.").replace("%1", str(days))
        if others is None:
            text = self.tr("Came back within %1 days: %2 of gifted members (too early to tell "
                           "for the others)").replace("%2", self.percent(gifted))
        elif gifted is None:
            text = self.tr("Came back within %1 days: %3 of members without a gift (too early "
                           "to tell for the gifted)").replace("%3", self.percent(others))
        else:
            text = (self.tr("Came back within %1 days: %2 of gifted members vs %3 of others")
                    .replace("%2", self.percent(gifted)).replace("%3", self.percent(others)))
        return text.replace("%1", str(days))

    def _fill(self, table: QTableWidget, rows: list[tuple[str, int, int]]) -> None:
        rows.sort(key=lambda row: (-row[1], row[0]))
        table.setRowCount(len(rows) + 1 if rows else 0)
        for i, (name, count, cost) in enumerate(rows):
            fill_row(table, i, [name, QLocale().toString(count), self.money(cost)], {1, 2})
        if rows:
            fill_row(table, len(rows), [self.tr("Total"), QLocale().toString(sum(r[1] for r in rows)),
                                        self.money(sum(r[2] for r in rows))], {1, 2}, bold=True)


# ---- complaints --------------------------------------------------------------------


class ComplaintsDialog(QDialog):
    """Complaints, newest first: read one whole, follow it up and close it; a closed one
    can take further notes."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.shown: ComplaintView | None = None
        self.rows: list[ComplaintView] = []
        self.setWindowTitle(self.tr("Complaints"))
        self.setStyleSheet(STYLE)
        self.resize(1200, 780)
        self._build_ui()
        self._connect()
        self.refresh()

    def _build_ui(self) -> None:
        self.filter = QComboBox()
        self.filter.setObjectName("filter")
        self.filter.addItem(self.tr("Open complaints"), "open")
        self.filter.addItem(self.tr("Closed complaints"), "closed")
        self.filter.addItem(self.tr("All complaints"), None)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        self.count = _label("hint")
        top.addWidget(self.count, 1)
        self.table = _table([self.tr("Date"), self.tr("Member"), self.tr("What happened"),
                             self.tr("Compensation"), self.tr("Status"), self.tr("Cashier")], 99)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_details())
        splitter.setSizes([300, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _build_details(self) -> QWidget:
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.follow_box = QGroupBox(self.tr("Follow up and close"))
        self.follow_up = QPlainTextEdit()
        self.follow_up.setObjectName("followUp")
        self.follow_up.setPlaceholderText(self.tr("What was done: called back, refunded, "
                                                  "how they took it"))
        self.follow_up.setTabChangesFocus(True)
        self.follow_error = error_label()
        self.close_complaint_button = QPushButton(self.tr("Close the complaint"))
        self.close_complaint_button.setObjectName("closeComplaint")
        column = QVBoxLayout(self.follow_box)
        column.addWidget(self.follow_up, 1)
        column.addWidget(self.follow_error)
        column.addWidget(self.close_complaint_button, 0, Qt.AlignmentFlag.AlignRight)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.details, 3)
        row.addWidget(self.follow_box, 2)
        return box

    def _connect(self) -> None:
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.close_complaint_button.clicked.connect(self.close_selected)

    def set_filter(self, status: str | None) -> None:
        self.filter.setCurrentIndex(self.filter.findData(status))

    def refresh(self, select=None) -> None:
        self.rows = self._terminal.office.complaints(status=self.filter.currentData())
        self.count.setText(self.tr("%n complaint(s)", "", len(self.rows)))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            fill_row(self.table, row, [self.when(c), c.member_name or "—", self.short(c.facts),
                                       self.compensation_text(c), self.status_text(c.status),
                                       c.cashier or "—"])
        self.table.blockSignals(False)
        ids = [c.complaint_id for c in self.rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif select is None and self.rows:
            self.table.selectRow(0)
        elif select is None:
            self.show_complaint(None)

    def when(self, c: ComplaintView) -> str:
        return formats.moment(self._terminal.ctx.local(c.created_at))

    @staticmethod
    def short(text: str) -> str:
        line = " ".join(text.split())
        return line if len(line) <= FACTS_SHOWN else line[:FACTS_SHOWN - 1].rstrip() + "…"

    def status_text(self, status: str) -> str:
        return {"open": self.tr("Open"), "closed": self.tr("Closed")}.get(status, status)

    def compensation_text(self, c: ComplaintView) -> str:
        if c.compensation == "points":
            return self.tr("%n apology point(s)", "", c.points)
        if c.compensation == "discount":
            return self.tr("%1% off the next purchase").replace("%1", str(c.discount_percent))
        if c.compensation == "gift":
            return self.tr("A gift")
        return "—"

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_complaint(self.rows[rows[0].row()])

    def show_complaint(self, c: ComplaintView | None) -> None:
        self.shown = c
        self.follow_error.hide()
        self.follow_box.setEnabled(c is not None)
        if c is None:
            self.details.setHtml(html.escape(self.tr("Nothing to show.")))
            return
        closed = c.status == "closed"
        self.follow_box.setTitle(self.tr("Add a follow-up note") if closed
                                 else self.tr("Follow up and close"))
        self.close_complaint_button.setText(self.tr("Add the note") if closed
                                            else self.tr("Close the complaint"))
        self.details.setHtml(self.details_html(c))

    def details_html(self, c: ComplaintView) -> str:
        rows = [(self.tr("When"), self.when(c)), (self.tr("Member"), c.member_name or "—"),
                (self.tr("Cashier"), c.cashier or "—"), (self.tr("Status"), self.status_text(c.status)),
                (self.tr("What happened"), c.facts), (self.tr("Their feelings"), c.opinions),
                (self.tr("Reflected with"), c.reflection), (self.tr("Summary said back"), c.summary),
                (self.tr("Solution"), c.solution),
                (self.tr("Compensation"), self.compensation_text(c)),
                (self.tr("Words said"), c.phrase), (self.tr("Follow-up"), c.follow_up)]
        cells = "".join(
            f"<tr><td style='color:#555; padding:4px 12px 4px 0'><b>{html.escape(name)}</b></td>"
            f"<td style='padding:4px 0'>{html.escape(value or '—').replace(chr(10), '<br>')}</td></tr>"
            for name, value in rows)
        return f"<table>{cells}</table>"

    def close_selected(self) -> None:
        if self.shown is None:
            return
        self.follow_error.hide()
        try:
            view = self._terminal.office.close_complaint(self.shown.complaint_id,
                                                  self.follow_up.toPlainText())
        except DomainError as exc:
            self.follow_error.setText(describe(exc))
            self.follow_error.show()
            self.follow_up.setFocus()
            return
        self.follow_up.clear()
        self.refresh(select=view.complaint_id)
        self.show_complaint(view)  # stays in view even when the filter now hides it
