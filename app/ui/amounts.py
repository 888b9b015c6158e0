"""Money and points as the cashier reads them, and the question before a large sale.

Amounts are written by app/ui/formats.py, as everywhere in the till: "250 000,00 RUB"
in Russian, "250,000.00 RUB" in English, from integer minor units.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.domain.points_input import parse_whole, read_whole
from app.ui import formats
from app.ui.error_labels import error_label
from app.ui.messages import describe


def points_edit(name: str) -> QLineEdit:
    """A points field that keeps what was typed: a QSpinBox with a maximum silently
    turns 500 into 50; the limit is shown beside this one and refused in words."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText("0")
    edit.setMaxLength(40)
    return edit


class _WholeEdit(QLineEdit):
    """Up and Down step the number by one, as they did in the spin box this replaces."""

    def __init__(self, field: WholeField):
        super().__init__()
        self._field = field

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(event.key())
        value = read_whole(self.text()) if step else None
        if value is None:
            super().keyPressEvent(event)
            return
        self.setText(str(min(max(value + step, self._field.least), self._field.most)))
        self._field.check()


class WholeField(QWidget):
    """A bounded whole number (points, days, months, a percentage) that keeps what was
    typed: a QSpinBox with a maximum of 1 000 000 turns 5000000 into 500000. The most
    allowed is written beside the field; anything outside is refused in words under it
    (in ``error``, the dialog's own label for this field, or one of its own)."""

    def __init__(self, name: str, least: int, most: int, error=None, parent=None,
                 unit: str = ""):
        super().__init__(parent)
        self.least, self.most, self.field = least, most, name
        self.edit = _WholeEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText("0")
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 12))
        self.limit = QLabel(self._limit_text())
        self.limit.setObjectName("limitHint")
        self.error = error if error is not None else error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        if unit:
            row.addWidget(QLabel(unit))
        row.addWidget(self.limit)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        if error is None:
            column.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.check)

    def _limit_text(self) -> str:
        if self.least == 0:
            return QCoreApplication.translate("Amounts", "at most %1").replace(
                "%1", formats.number(self.most))
        return QCoreApplication.translate("Amounts", "from %1 to %2").replace(
            "%1", formats.number(self.least)).replace("%2", formats.number(self.most))

    def value(self) -> int:
        """The number as typed; raises DomainError(field=name) outside least..most."""
        return parse_whole(self.edit.text(), self.field, self.least, self.most)

    def set_value(self, value: int) -> None:
        self.edit.setText(str(value))
        self.check()

    def check(self) -> DomainError | None:
        """Refuse in words as soon as what is typed is not allowed; never change it."""
        try:
            self.value()
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return exc
        self.error.clear()
        self.error.hide()
        return None


def confirm_large_amount(parent: QWidget, minor: int, currency: str) -> bool:
    """"Record 250 000,00 ₽? That is more than usual." Going back is the default, so
    an Enter pressed out of habit does not record a typo of two zeros."""
    box = QMessageBox(parent)
    box.setObjectName("largeAmount")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Amounts", "Large amount"))
    box.setText(QCoreApplication.translate("Amounts", "Record %1? That is more than usual.")
                .replace("%1", formats.money(minor, currency)))
    record = box.addButton(QCoreApplication.translate("Amounts", "&Record"),
                           QMessageBox.ButtonRole.AcceptRole)
    record.setObjectName("recordLarge")
    back = box.addButton(QCoreApplication.translate("Amounts", "&Correct the amount"),
                         QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("correctAmount")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is record
