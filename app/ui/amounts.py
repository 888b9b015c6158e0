"""Money and points as the cashier reads them, and the question before a large sale.

Amounts are shown in the till's language ("250 000,00 ₽" in Russian, "250,000.00 ₽"
in English) from integer minor units: never through a float.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

_SIGNS = {"RUB": "₽", "EUR": "€", "USD": "$", "GBP": "£"}


def money_text(minor: int, currency: str = "") -> str:
    locale = QLocale()
    units, cents = divmod(abs(minor), 100)
    sign = "-" if minor < 0 else ""
    text = f"{sign}{locale.toString(units)}{locale.decimalPoint()}{cents:02d}"
    return f"{text} {_SIGNS.get(currency, currency)}".rstrip()


def points_edit(name: str) -> QLineEdit:
    """A points field that keeps what was typed: a QSpinBox with a maximum silently
    turns 500 into 50; the limit is shown beside this one and refused in words."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText("0")
    edit.setMaxLength(40)
    return edit


def confirm_large_amount(parent: QWidget, minor: int, currency: str) -> bool:
    """"Record 250 000,00 ₽? That is more than usual." Going back is the default, so
    an Enter pressed out of habit does not record a typo of two zeros."""
    box = QMessageBox(parent)
    box.setObjectName("largeAmount")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Amounts", "Large amount"))
    box.setText(QCoreApplication.translate("Amounts", "Record %1? That is more than usual.")
                .replace("%1", money_text(minor, currency)))
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
