"""The customer withdraws consent to processing their data: the member is anonymised
for good. The dialog says exactly that, asks the cashier to confirm, and — when the
person at the till is a cashier — asks for a manager's name and PIN on the spot
(the service refuses a cashier alone, app/services/terminal.py ``withdraw_consent``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import roles
from app.domain.errors import DomainError
from app.services.dto import MemberView
from app.services.giving import Approval
from app.services.terminal import Terminal
from app.ui.messages import describe


class WithdrawConsentDialog(QDialog):
    def __init__(self, terminal: Terminal, member: MemberView, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member
        self.withdrawn = False
        self.needs_manager = not roles.allowed(terminal.ctx.role or "", "withdraw_consent_alone")
        self.setWindowTitle(self.tr("Consent withdrawn — %1").replace("%1", member.display_name))
        self.setMinimumWidth(560)
        self._build_ui()
        self.confirm.toggled.connect(self._sync)
        self.erase_button.clicked.connect(self.withdraw)
        self.cancel_button.clicked.connect(self.reject)
        self._sync()
        self.confirm.setFocus()

    def _build_ui(self) -> None:
        warning = QLabel(self.tr(
            "Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, "
            "date of birth, notes and card number. The points and purchases stay only as "
            "numbers for the accounts, and the card stops working. This cannot be undone.")
            .replace("%1", self._member.display_name))
        warning.setObjectName("withdrawWarning")
        warning.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("The customer asked for this and knows it cannot be "
                                         "undone"))
        self.confirm.setObjectName("withdrawConfirm")
        self.manager = QLineEdit()
        self.manager.setObjectName("managerName")
        self.pin = QLineEdit()
        self.pin.setObjectName("managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        manager_box = QWidget()
        form = QFormLayout(manager_box)
        form.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("A cashier records this only with a manager's PIN, typed here."))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("PIN"), self.pin)
        manager_box.setVisible(self.needs_manager)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.erase_button = QPushButton(self.tr("Erase for good"))
        self.erase_button.setObjectName("danger")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter alone never erases anybody
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        for widget in (warning, self.confirm, manager_box, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def _sync(self) -> None:
        self.erase_button.setEnabled(self.confirm.isChecked())

    def withdraw(self) -> None:
        if not self.confirm.isChecked():
            return
        approval = Approval(self.manager.text(), self.pin.text()) if self.needs_manager else None
        try:
            self._terminal.admin.withdraw_consent(self._member.member_id, approval)
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            self.pin.clear()
            return
        self.withdrawn = True
        self.accept()
