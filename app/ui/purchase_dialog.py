"""Record a purchase: the amount, the register's receipt number, optional points to
redeem, optional parts by category, confirm. The plain flow stays: type the amount,
press Enter (the receipt number is optional and Enter in it records too)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.money import parse_amount, parse_optional_amount
from app.domain.points_input import parse_points
from app.domain.program import Line
from app.services.dto import MemberView, PurchaseResult
from app.services.outbox import OfflineSale
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.amounts import confirm_large_amount, points_edit
from app.ui.messages import describe
from app.ui.verify_dialog import VERIFY_FIELDS, ask_verification

# Room to type more than the 999 a line may hold, so 1000 is refused in words by the
# service instead of a spin box keeping the first three digits (100).
MAX_QUANTITY = 99_999


@dataclass
class CategoryRow:
    key: str
    name: str
    quantity: QSpinBox
    amount: QLineEdit


class PurchaseDialog(QDialog):
    def __init__(self, terminal: Terminal, member: MemberView, parent=None, redeem_max: bool = False,
                 verification: Verification | None = None, till=None):
        """``till``: where the sale goes (the till window's offline route); the server's
        till when not given."""
        super().__init__(parent)
        self._till = till if till is not None else terminal.till
        # The owner's offline redemption limit while the server is away; None online.
        self._offline_redeem = getattr(self._till, "redeem_per_day", lambda: None)()
        # ...and what is left of it today for this member (the points field's cap).
        self._offline_left = getattr(self._till, "redeem_left", lambda _id: None)(
            member.member_id) if self._offline_redeem else None
        # How the member was recognised (a card scan); asked for before points are spent.
        self.verification = verification
        self._terminal = terminal
        self._member = member
        # F6 "pay with points": the points field follows the largest allowed amount
        # as the sum is typed, until the cashier types points by hand.
        self._follow_max = redeem_max
        # One id per dialog: pressing Enter twice or retrying records the sale once.
        self._purchase_id = uuid.uuid4()
        self.result_data: PurchaseResult | OfflineSale | None = None
        self.lines: dict[str, CategoryRow] = {}
        self.setWindowTitle(self.tr("Purchase — %1").replace("%1", member.display_name))
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        self.receipt.setMaxLength(40)
        self.receipt.setPlaceholderText(self.tr("optional"))
        self.redeem = points_edit("redeem")
        self.redeem_hint = QLabel()
        self.left_to_pay = QLabel()
        self.left_to_pay.setObjectName("leftToPay")
        self.amount_error, self.receipt_error, self.redeem_error = QLabel(), QLabel(), QLabel()
        self.lines_error, self.error = QLabel(), QLabel()
        for label in self._error_labels():
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
        self.setMinimumWidth(680)  # the category rows' parts and stamp cards side by side
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.amount_error)
        form.addRow(self.tr("Receipt no."), self.receipt)
        form.addRow("", self.receipt_error)
        form.addRow(self.tr("Pay with points"), self.redeem)
        form.addRow("", self.redeem_hint)
        form.addRow("", self.redeem_error)
        form.addRow("", self.left_to_pay)
        if self._terminal.program.categories:
            self._build_lines(form)
            form.addRow("", self.lines_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Balance: %n point(s)", "", self._member.balance)))
        layout.addLayout(form)
        if not self._terminal.program.categories:
            layout.addWidget(self.lines_error)  # never shown, but owned by the dialog
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._offline_policy()
        self._refresh_points()

    def _offline_policy(self) -> None:
        """With the server away, paying with points follows the owner's policy: say it."""
        self.offline_note = QLabel(self)
        self.offline_note.setObjectName("offlineRedeem")
        self.offline_note.setWordWrap(True)
        self.layout().insertWidget(1, self.offline_note)
        if self._offline_redeem is None:
            self.offline_note.hide()
        elif self._offline_redeem == 0:
            self._follow_max = False
            self.redeem.setEnabled(False)
            self.redeem_hint.hide()  # "at most N points" would offer what cannot be paid
            self.offline_note.setText(self.tr("The shop's server is away: paying with points "
                                              "waits until it answers again."))
        else:
            self.offline_note.setText(self.tr(
                "The shop's server is away: at most %n point(s) a day may be spent; %1 left "
                "today for this member.", "", self._offline_redeem).replace(
                "%1", str(self._offline_left)))

    def _build_lines(self, form: QFormLayout) -> None:
        """One optional row per category: how many items, and their part of the total."""
        title = QLabel(self.tr("Of which (optional)"))
        title.setObjectName("sectionTitle")
        form.addRow(title)
        lang = self._terminal.ctx.lang
        for category in self._terminal.program.categories:
            quantity = QSpinBox()
            quantity.setObjectName(f"quantity_{category.key}")
            quantity.setRange(0, MAX_QUANTITY)
            quantity.setSuffix(self.tr(" pcs"))
            amount = QLineEdit()
            amount.setObjectName(f"amount_{category.key}")
            amount.setPlaceholderText(self.tr("part of the amount"))
            row = QHBoxLayout()
            row.addWidget(quantity)
            row.addWidget(amount, 1)
            hint = self._stamp_hint(category.key)
            if hint:
                label = QLabel(hint)
                label.setObjectName("stampHint")
                row.addWidget(label)
            name = category.name(lang)
            form.addRow(name, row)
            self.lines[category.key] = CategoryRow(category.key, name, quantity, amount)

    def _stamp_hint(self, category_key: str) -> str:
        """"Coffee card: 5 of 6" beside the coffee row, so the cashier can say it."""
        cards = {c.key for c in self._terminal.program.stamp_cards if c.category == category_key}
        return "   ".join(self.tr("%1: %2 of %3").replace("%1", s.name).replace("%2", str(s.have))
                          .replace("%3", str(s.need))
                          for s in self._member.stamps if s.card_key in cards)

    def _error_labels(self) -> tuple[QLabel, ...]:
        return (self.amount_error, self.receipt_error, self.redeem_error, self.lines_error,
                self.error)

    def _connect(self) -> None:
        self.amount.textChanged.connect(self._refresh_points)
        self.redeem.textEdited.connect(self._stop_following)
        self.redeem.textChanged.connect(self._refresh_points)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _verified(self) -> bool:
        """Points are money: ask once how the member was recognised."""
        if self.verification is None:
            self.verification = ask_verification(self._member, self)
        if self.verification is None:
            self.error.setText(self.tr("No points were spent: check who the customer is "
                                       "first."))
            self.error.show()
        return self.verification is not None

    def _amount_minor(self) -> int | None:
        try:
            return parse_amount(self.amount.text())
        except DomainError:
            return None

    def _stop_following(self) -> None:
        self._follow_max = False

    def _refresh_points(self) -> None:
        """The most points allowed, what they leave to pay, and a word as soon as the
        typed points are more than allowed. What was typed is never changed."""
        program, balance = self._terminal.program, self._member.balance
        minor = self._amount_minor()
        # Until an amount is read, the balance is the only limit to show.
        limit = max(0, balance) if minor is None else program.max_redeemable(balance, minor)
        if self._offline_left is not None:  # the server is away: the owner's daily limit
            limit = min(limit, self._offline_left)
        self.redeem_hint.setText(self.tr("at most %n point(s)", "", limit))
        if self._follow_max and minor is not None and self.redeem.text() != str(limit):
            self.redeem.setText(str(limit))  # calls this again with the new text
            return
        problem, points = None, 0
        try:
            points = parse_points(self.redeem.text(), field="redeem")
            if minor is not None:
                program.check_redemption(balance, minor, points)
        except DomainError as exc:
            problem = exc
        self.redeem_error.setText(describe(problem) if problem else "")
        self.redeem_error.setVisible(problem is not None)
        self._fit()
        left = None if minor is None or problem else minor - points * program.point_value_minor
        self.left_to_pay.setText(self.tr("Left to pay: %1").replace(
            "%1", "—" if left is None else formats.money(left, program.currency)))

    def _line_amount(self, row: CategoryRow) -> int:
        return parse_optional_amount(row.amount.text(), field="lines", category=row.name)

    def _parts(self) -> tuple[Line, ...]:
        lines = []
        for row in self.lines.values():
            amount = self._line_amount(row)
            if amount or row.quantity.value():
                lines.append(Line(row.key, amount, row.quantity.value()))
        return tuple(lines)

    def _submit(self) -> None:
        for label in self._error_labels():
            label.clear()
            label.hide()
        program = self._terminal.program
        try:
            amount = parse_amount(self.amount.text())
            points = parse_points(self.redeem.text(), field="redeem")
            program.check_redemption(self._member.balance, amount, points)
            lines = self._parts()
            if program.is_large_amount(amount) and not confirm_large_amount(
                    self, amount, program.currency):
                self.amount.setFocus()
                self.amount.selectAll()
                return
            if points and not self._verified():
                return
            self.result_data = self._till.record_purchase(
                self._purchase_id, self._member.member_id, amount, points,
                receipt_number=self.receipt.text(), lines=lines,
                verification=self.verification)
        except DomainError as exc:
            if exc.field in VERIFY_FIELDS:
                self.verification = None  # the check did not match: ask again
            self._show_error(exc)
            return
        self.accept()

    def _show_error(self, exc: DomainError) -> None:
        target = {"amount": self.amount_error, "redeem": self.redeem_error,
                  "receipt": self.receipt_error, "lines": self.lines_error}.get(
            exc.field or "", self.error)
        text = describe(exc)
        if "category" in exc.params:
            text = f"{exc.params['category']}: {text}"
        target.setText(text)
        target.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to show a message that wraps: a shown dialog otherwise keeps the height
        of one line for it and cuts the rest off."""
        self.layout().activate()
        short = sum(max(0, label.heightForWidth(label.width()) - label.height())
                    for label in self._error_labels() if label.isVisible())
        if short:
            self.resize(self.width(), self.height() + short)
