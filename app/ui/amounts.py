"""Money and points as the cashier reads them, and the question before a large sale.

Amounts are written by app/ui/formats.py, as everywhere in the till: "250 000,00 RUB"
in Russian, "250,000.00 RUB" in English, from integer minor units.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app.ui import formats


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
