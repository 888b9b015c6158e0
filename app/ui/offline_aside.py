"""Manage → Sales set aside: the sales (and enrolments) recorded while the shop's server
was away that the server refused, each with its reason in words, for a manager to
settle by hand (issue #17). The list is the outbox's (services/offline_till.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.context import ContextView
from app.services.outbox import ENROL, SetAside
from app.ui import formats
from app.ui.messages import describe


class SetAsideDialog(QDialog):
    def __init__(self, rows: Callable[[], list[SetAside]], ctx: ContextView, currency: str,
                 parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._currency = currency
        self.setWindowTitle(self.tr("Sales set aside"))
        self._build_ui()
        self.show_rows(rows())

    def _build_ui(self) -> None:
        self.summary = QLabel(self, objectName="asideSummary")
        self.table = QTableWidget(0, 4, self, objectName="asideTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"),
                                              self.tr("Amount"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def show_rows(self, rows: list[SetAside]) -> None:
        self.summary.setText(self.tr("%n sale(s) the server refused; settle them by hand.",
                                     "", len(rows)) if rows else
                             self.tr("Nothing set aside: every sale reached the server."))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            what = self.tr("Enrolment") if row.kind == ENROL else self.tr("Sale")
            amount = "" if row.kind == ENROL else formats.money(row.amount_minor, self._currency)
            why = describe(DomainError(row.reason_code, row.reason))
            for column, text in enumerate((formats.moment(self._ctx.local(row.recorded_at)),
                                           what, amount, why)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
