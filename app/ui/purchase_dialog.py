"""Record a purchase: the amount, optional points to redeem, confirm."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from app.domain.errors import DomainError
from app.domain.money import parse_amount
from app.services.dto import MemberView, PurchaseResult
from app.ui.messages import describe


class PurchaseDialog(QDialog):
    def __init__(self, terminal, member: MemberView, parent=None, redeem_max: bool = False):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member
        # F6 "pay with points": the points field follows the largest allowed amount
        # as the sum is typed, until the cashier sets it by hand.
        self._follow_max = redeem_max
        # One id per dialog: pressing Enter twice or retrying records the sale once.
        self._purchase_id = uuid.uuid4()
        self.result_data: PurchaseResult | None = None
        self.setWindowTitle(self.tr("Purchase — %1").replace("%1", member.display_name))
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.amount_error = QLabel()
        self.amount_error.setObjectName("fieldError")
        self.redeem = QSpinBox()
        self.redeem.setObjectName("redeem")
        self.redeem.setRange(0, 0)
        self.redeem_hint = QLabel()
        self.redeem_error = QLabel()
        self.redeem_error.setObjectName("fieldError")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        for label in (self.amount_error, self.redeem_error, self.error):
            label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("Pay with points"), self.redeem)
        form.addRow("", self.redeem_hint)
        form.addRow("", self.redeem_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Balance: %n point(s)", "", self._member.balance)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_redeem_limit()

    def _connect(self) -> None:
        self.amount.textChanged.connect(self._update_redeem_limit)
        self.redeem.editingFinished.connect(self._stop_following)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _amount_minor(self) -> int | None:
        try:
            return parse_amount(self.amount.text())
        except DomainError:
            return None

    def _update_redeem_limit(self) -> None:
        minor = self._amount_minor() or 0
        limit = self._terminal.program.max_redeemable(self._member.balance, minor)
        self.redeem.setMaximum(limit)
        self.redeem_hint.setText(self.tr("at most %n point(s)", "", limit))
        if self._follow_max:
            self.redeem.setValue(limit)

    def _stop_following(self) -> None:
        if self.redeem.value() != self.redeem.maximum():
            self._follow_max = False

    def _submit(self) -> None:
        for label in (self.amount_error, self.redeem_error, self.error):
            label.clear()
            label.hide()
        try:
            amount = parse_amount(self.amount.text())
            self.result_data = self._terminal.record_purchase(
                self._purchase_id, self._member.member_id, amount, self.redeem.value())
        except DomainError as exc:
            target = {"amount": self.amount_error, "redeem": self.redeem_error}.get(
                exc.field or "", self.error)
            target.setText(describe(exc))
            target.show()
            return
        self.accept()
