"""A manager's PIN on the spot: what a cashier may not do alone (give more than their
limit, past the owner's daily cap, anonymise a member) is allowed by a manager who
types their name and PIN at the till, without signing the cashier out.

The service checks the PIN and the role (app/services/giving.py); this only asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.giving import Approval
from app.ui.error_labels import error_label
from app.ui.messages import describe

# Refusals a manager's PIN typed on the spot can lift.
APPROVAL_CODES = frozenset({"over_cashier_limit", "over_daily_cap", "needs_manager_pin"})


class ManagerPinDialog(QDialog):
    """Why a manager is needed, their name and PIN; "Allow" retries the refused action
    with them and stays open on a wrong PIN, so nothing is done until it is right."""

    def __init__(self, why: str, attempt: Callable[[Approval], object], parent=None):
        super().__init__(parent)
        self._attempt = attempt
        self.result_data = None
        self.setWindowTitle(self.tr("A manager's PIN"))
        self.setMinimumWidth(460)
        self._build_ui(why)
        self.buttons.accepted.connect(self.allow)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _build_ui(self, why: str) -> None:
        self.why = QLabel(why)
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("managerName")
        self.pin = QLineEdit()
        self.pin.setObjectName("managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Allow (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def allow(self) -> None:
        self.error.hide()
        try:
            self.result_data = self._attempt(Approval(self.name.text(), self.pin.text()))
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()


def with_manager_pin(parent, refusal: DomainError, attempt: Callable[[Approval], object]):
    """Ask for a manager's PIN after ``refusal``; the result of ``attempt`` once allowed,
    or None when the cashier cancelled (then nothing was done)."""
    dialog = ManagerPinDialog(describe(refusal), attempt, parent)
    dialog.exec()
    return dialog.result_data
