"""A member gives points to a cause: choose the cause, the points, confirm."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.giving import Verification, check_donation
from app.domain.points_input import parse_points
from app.services.dto import ActionResult, MemberView
from app.services.terminal import Terminal
from app.ui.amounts import points_edit
from app.ui.messages import describe
from app.ui.verify_dialog import VERIFY_FIELDS, ask_verification


class DonateDialog(QDialog):
    def __init__(self, terminal: Terminal, member: MemberView, parent=None,
                 verification: Verification | None = None):
        super().__init__(parent)
        # How the member was recognised (a card scan); asked for before points are given.
        self.verification = verification
        self._terminal = terminal
        self._member = member
        # One id per dialog: pressing Enter twice records one donation.
        self._action_id = uuid.uuid4()
        self.result_data: ActionResult | None = None
        self.setWindowTitle(self.tr("Donate points — %1").replace("%1", member.display_name))
        self._build_ui()
        self._connect()
        self.points.setFocus()
        self.points.selectAll()

    def _build_ui(self) -> None:
        lang = self._terminal.ctx.lang
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        for cause in self._terminal.program.causes:
            self.cause.addItem(cause.name(lang), cause.key)
        # Typed points stay as typed (a spin box cut 500 to 50): more than the balance
        # is refused in words beside the field.
        self.points = points_edit("points")
        self.points_hint = QLabel(self.tr("at most %n point(s)", "", max(0, self._member.balance)))
        self.cause_error, self.points_error, self.error = QLabel(), QLabel(), QLabel()
        for label in self._error_labels():
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow("", self.cause_error)
        form.addRow(self.tr("Points"), self.points)
        form.addRow("", self.points_hint)
        form.addRow("", self.points_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Donate (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Balance: %n point(s)", "", self._member.balance)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _error_labels(self) -> tuple[QLabel, ...]:
        return (self.cause_error, self.points_error, self.error)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        for label in self._error_labels():
            label.clear()
            label.hide()
        try:
            points = parse_points(self.points.text(), field="points")
            check_donation(self._member.balance, points)  # before asking who the customer is
            if self.verification is None:
                self.verification = ask_verification(self._member, self)
                if self.verification is None:
                    self.error.setText(self.tr("No points were given: check who the customer "
                                               "is first."))
                    self.error.show()
                    return
            self.result_data = self._terminal.till.donate(
                self._action_id, self._member.member_id, self.cause.currentData() or "",
                points, self.verification)
        except DomainError as exc:
            if exc.field in VERIFY_FIELDS:
                self.verification = None  # the check did not match: ask again
            target = {"cause": self.cause_error, "points": self.points_error}.get(
                exc.field or "", self.error)
            target.setText(describe(exc))
            target.show()
            return
        self.accept()
