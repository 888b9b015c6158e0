"""The import dialog's answer: one line of counts (what would be, or was, imported,
merged, skipped or rejected) and a table of the rows with the reason for each. Its
strings keep the import dialog's translation context, where they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.ui.messages import describe

REPORT_ROWS = 2000  # a table of 100,000 rows helps nobody; the counts say the rest
REJECT_COLOUR = QColor("#b3261e")


def counts(report, dry_run: bool) -> str:
    n = QLocale().toString
    if dry_run:
        text = QCoreApplication.translate(
            "ImportDialog", "Would import %1, merge %2, skip %3, reject %4; opening points %5.")
    else:
        text = QCoreApplication.translate(
            "ImportDialog", "Imported %1, merged %2, skipped %3, rejected %4; opening points %5.")
    for i, value in enumerate((report.imported, report.merged, report.skipped,
                               report.rejected, report.points), start=1):
        text = text.replace(f"%{i}", n(value))
    return text


class ImportReportBox(QGroupBox):
    """The summary line (styled by its object name) above the rows' table."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("ImportDialog", "Dry run report"), parent)
        self.summary = QLabel(QCoreApplication.translate(
            "ImportDialog", "Check the file first: nothing is saved until you import."))
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 5)
        self.rows.setHorizontalHeaderLabels([
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Result"),
            QCoreApplication.translate("ImportDialog", "Name"),
            QCoreApplication.translate("ImportDialog", "Phone"),
            QCoreApplication.translate("ImportDialog", "Why")])
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.rows, 1)

    def say(self, text: str, style: str) -> None:
        self.summary.setText(text)
        self.summary.setObjectName(style)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def show_rows(self, report) -> None:
        words = {"import": QCoreApplication.translate("ImportDialog", "import"),
                 "merge": QCoreApplication.translate("ImportDialog", "merge"),
                 "skip": QCoreApplication.translate("ImportDialog", "skip"),
                 "reject": QCoreApplication.translate("ImportDialog", "reject")}
        shown = report.rows[:REPORT_ROWS]
        self.rows.setRowCount(len(shown))
        for r, outcome in enumerate(shown):
            why = "; ".join(describe(DomainError(p.code, p.message, **p.params))
                            for p in outcome.reasons)
            cells = [str(outcome.row), words[outcome.status], outcome.name, outcome.phone, why]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if outcome.status == "reject":
                    item.setForeground(QBrush(REJECT_COLOUR))
                self.rows.setItem(r, c, item)
