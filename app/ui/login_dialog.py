"""Sign in with a PIN; on the first run, create the owner's account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.ui.messages import describe


class LoginDialog(QDialog):
    def __init__(self, terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.first_run = not terminal.has_staff()
        self.signed_in = None
        self.setWindowTitle(self.tr("Create the owner's account") if self.first_run
                            else self.tr("Who is at the till?"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)  # readable at the till, not a cramped box
        self._build_ui()

    def _build_ui(self) -> None:
        form = QFormLayout()
        if self.first_run:
            intro = QLabel(self.tr("Regulars is used behind a PIN. The first account is the "
                                   "owner's: it sets up the program, the staff and backups."))
            intro.setWordWrap(True)
            self.name = QLineEdit()
            self.name.setObjectName("ownerName")
            form.addRow(self.tr("Your name"), self.name)
        else:
            intro = QLabel(self.tr("Choose your name and type your PIN."))
            self.name = QComboBox()
            self.name.setObjectName("staffName")
            self.name.addItems(self._terminal.staff_names())
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        form.addRow(self.tr("PIN"), self.pin)
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("pinAgain")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(8)
        if self.first_run:
            form.addRow(self.tr("PIN again"), self.pin_again)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create and sign in") if self.first_run else self.tr("Sign in"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.name if self.first_run else self.pin).setFocus()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        try:
            if self.first_run:
                if self.pin.text() != self.pin_again.text():
                    self._fail(self.tr("The two PINs differ."))
                    return
                self.signed_in = self._terminal.create_owner(self.name.text(), self.pin.text())
            else:
                self.signed_in = self._terminal.login(self.name.currentText(), self.pin.text())
        except DomainError as exc:
            self._fail(describe(exc))
            return
        self.accept()

    def reject(self) -> None:  # Esc does not get past the sign-in
        pass
