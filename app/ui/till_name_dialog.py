"""The till's first start on this computer: "This till's name", so reports by till, the
audit and the customer's screen tell the shop's tills apart. Offers the computer's
name; kept in this computer's settings store (services/settings.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from app.services.settings import Settings, default_till_name

MAX_NAME = 80  # the till table's name column


class TillNameDialog(QDialog):
    def __init__(self, parent=None, default: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("This till's name"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each computer at the counter is a till of the shop. Its "
                               "name is shown in reports by till, in the audit and on "
                               "the customer's screen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("This till's name")))
        self.name = QLineEdit(default)
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.name.text().strip()


def ask_till_name(settings: Settings) -> None:
    """At the first start on this computer (no name kept yet): ask, and keep it."""
    if settings.till_name() is not None:
        return
    dialog = TillNameDialog(default=default_till_name())
    dialog.exec()
    settings.set_till_name(dialog.chosen() or default_till_name())
