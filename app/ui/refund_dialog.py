"""Refund a purchase, whole or in part, with a reason: find it by the member's visits,
the register's receipt number or the day. How many points go back is the domain's rule
(app/domain/refunds.py), shown beforehand and applied by the services."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import refunds as refund_rules
from app.domain.errors import DomainError
from app.domain.money import parse_amount
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.corrections import (
    STYLE,
    amount_input,
    fixed,
    show_errors,
)
from app.ui.error_labels import error_label, with_error
from app.ui.messages import describe


class RefundDialog(QDialog):
    """Find a purchase (the member's visits, a receipt number, a day) and refund all of
    it or a part, with a reason. A repeated click records the refund once."""

    COLUMNS = 6

    def __init__(self, terminal: Terminal, parent=None, member=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member if member is not None else getattr(parent, "current", None)
        self._rows = []
        self._refund_id = uuid.uuid4()  # one per refund: a double click records it once
        self.results = []  # RefundResults recorded here
        self.setWindowTitle(self.tr("Refund a purchase"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        self.find()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_find(), 1)
        layout.addWidget(self._build_refund(), 0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(980, 680)

    def _build_find(self) -> QWidget:
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        self.receipt.setPlaceholderText(self.tr("Receipt number"))
        self.on_day = QCheckBox(self.tr("On the day"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setEnabled(False)
        self.only_member = QCheckBox()
        if self._member is not None:
            self.only_member.setText(self.tr("Only %1's purchases").replace(
                "%1", self._member.display_name))
            self.only_member.setChecked(True)
        else:
            self.on_day.setChecked(True)  # nobody open: today's purchases
            self.day.setEnabled(True)
        self.only_member.setVisible(self._member is not None)
        self.find_button = QPushButton(self.tr("Find"))
        row = QHBoxLayout()
        for widget in (self.receipt, self.on_day, self.day, self.only_member):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.find_button)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("purchases")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Receipt"), self.tr("Member"), self.tr("Amount"),
            self.tr("Refunded"), self.tr("Points")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the refund form
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.found = QLabel()
        self.found.setObjectName("hint")
        box = QGroupBox(self.tr("Find the purchase"))
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.found)
        return box

    def _build_refund(self) -> QWidget:
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why: goods returned, wrong amount rung up…"))
        self.preview = QLabel()
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        self.errors = {name: error_label() for name in ("amount", "reason", "")}
        self.refund_button = fixed(QPushButton(self.tr("Refund")))
        self.refund_button.setDefault(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Purchase"), self.chosen)
        form.addRow(self.tr("Amount to refund"), with_error(self.amount, self.errors["amount"]))
        form.addRow("", self.preview)
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.done_label, 1)
        buttons.addStretch(0)  # the button stays on the left while nothing is said
        box = QGroupBox(self.tr("Refund"))
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.errors[""])
        column.addLayout(buttons)
        return box

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.find)
        self.receipt.returnPressed.connect(self.find)
        self.on_day.toggled.connect(self.day.setEnabled)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self.amount.textChanged.connect(self._update_preview)
        for field in (self.amount, self.reason):  # after a refund: a new one is typed
            field.textEdited.connect(lambda _text: self.refund_button.setEnabled(
                self.selected() is not None and self.selected().left_minor > 0))
        self.refund_button.clicked.connect(self.refund)

    # -- finding ----------------------------------------------------------------------

    def find(self, keep: uuid.UUID | None = None) -> None:
        member_id = self._member.member_id if self._member is not None \
            and self.only_member.isChecked() else None
        day = self.day.date().toPython() if self.on_day.isChecked() else None
        try:
            self._rows = self._terminal.till.find_purchases(member_id, self.receipt.text(), day)
        except DomainError as exc:
            self._rows = []
            self.found.setText(describe(exc))
        else:
            self.found.setText(self.tr("Purchases found: %1").replace("%1", str(len(self._rows)))
                               if self._rows else self.tr("No purchases match."))
        self._fill()
        ids = [p.purchase_id for p in self._rows]
        if keep in ids or len(ids) == 1:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._chosen_changed()

    def _fill(self) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self._rows))
        local = self._terminal.ctx.local
        for row, p in enumerate(self._rows):
            points = "+" + formats.points(p.points_earned) + (
                " / −" + formats.points(p.points_redeemed) if p.points_redeemed else "")
            refunded = formats.money(p.refunded_minor, p.currency) if p.refunded_minor else ""
            if p.status == "refunded":
                refunded = self.tr("in full")
            cells = (formats.moment(local(p.at)), p.receipt_number, p.member_name,
                     formats.money(p.amount_minor, p.currency), refunded, points)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{p.member_name}, {p.card_number}" if col == 2 and p.card_number
                                else text)
                if col in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _chosen_changed(self) -> None:
        p = self.selected()
        self._refund_id = uuid.uuid4()  # another purchase, another refund
        show_errors(self.errors, None)
        can = p is not None and p.left_minor > 0
        for widget in (self.amount, self.reason, self.refund_button):
            widget.setEnabled(can)
        if p is None:
            self.chosen.setText(self.tr("Choose a purchase in the list."))
            self.amount.clear()
            return
        text = self.tr("%1, %2: paid %3").replace("%1", p.member_name).replace(
            "%2", formats.moment(self._terminal.ctx.local(p.at))).replace(
            "%3", formats.money(p.amount_minor, p.currency))
        if p.refunded_minor:
            text += self.tr("; refunded already %1").replace(
                "%1", formats.money(p.refunded_minor, p.currency))
        self.chosen.setText(text)
        self.amount.setText(amount_input(p.left_minor) if can else "")
        self.amount.setPlaceholderText(self.tr("At most %1").replace(
            "%1", formats.money(p.left_minor, p.currency)))
        if not can:
            self.preview.setText(self.tr("This purchase is refunded in full."))
            self.preview.show()

    def _update_preview(self) -> None:
        p = self.selected()
        self.preview.clear()
        self.preview.hide()
        if p is None or p.left_minor <= 0:
            return
        try:
            amount = parse_amount(self.amount.text())
            share = refund_rules.share(p.amount_minor, p.refunded_minor, amount,
                                       p.points_earned, p.points_earned, p.points_redeemed,
                                       currency=p.currency)
        except DomainError:
            return
        self.preview.setText(self.tr("Points: %1 taken back, %2 returned to the member.")
                             .replace("%1", str(share.earned_back))
                             .replace("%2", str(share.redeemed_back)))
        self.preview.show()

    # -- refunding --------------------------------------------------------------------

    def refund(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            amount = parse_amount(self.amount.text())
            result = self._terminal.till.refund_purchase(self._refund_id, p.purchase_id,
                                                    self.reason.text(), amount)
        except DomainError as exc:
            if exc.code == "refund_over_paid":  # the amounts as this screen shows money
                exc.params.update({k: formats.money(exc.params[f"{k}_minor"], p.currency)
                                   for k in ("left", "paid", "refunded")})
            show_errors(self.errors, exc)
            self.done_label.hide()
            return
        self.results.append(result)
        self.reason.clear()
        self.find(keep=p.purchase_id)  # a new refund id, the figures as they are now
        # A second click of a double click must not refund the rest: the next refund
        # starts when the manager types its amount or reason.
        self.refund_button.setEnabled(False)
        self.done_label.setText(self.tr("Refunded %1. Points: %2 taken back, %3 returned. "
                                  "Balance: %4.")
                          .replace("%1", formats.money(result.amount_minor, result.currency))
                          .replace("%2", str(result.points_taken_back))
                          .replace("%3", str(result.points_returned))
                          .replace("%4", str(result.balance)))
        self.done_label.show()
