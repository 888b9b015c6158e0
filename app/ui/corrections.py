"""The manager's corrections: refund a purchase, whole or in part (refund_dialog.py),
and adjust a member's points (adjust_dialog.py), each with a reason. Opened from
Manage and from the open member at the till (managers and owners only). Here: what
both forms share, and their entries in the till's Member menu."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
)

from app.domain.errors import DomainError
from app.domain.roles import allowed
from app.ui.messages import field_errors

STYLE = """
QLabel#fieldError { color: #b3261e; }
QLabel#done { color: #1e7e34; font-weight: bold; }
QLabel#hint { color: #555; }
"""


def amount_input(minor: int) -> str:
    """An amount as typed into a field: digits, the decimal point, no grouping."""
    return f"{minor // 100}.{minor % 100:02d}"


def fixed(button: QPushButton) -> QPushButton:
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def show_errors(labels: dict[str, QLabel], error: DomainError | None) -> None:
    found = field_errors(error) if error is not None else {}
    for name, label in labels.items():
        label.setText(found.pop(name, ""))
    if found:  # a field this form does not show: under the form
        labels[""].setText(" ".join(found.values()))
    for label in labels.values():
        label.setVisible(bool(label.text()))


def add_member_actions(window, menu) -> None:
    """Refund and Adjust in the till's Member menu, for the open member; shown only to
    a manager or owner (the services refuse anyone else whatever the menu shows)."""
    menu.addSeparator()
    refund = menu.addAction(QCoreApplication.translate("RefundDialog", "Refund a purchase…"))
    adjust = menu.addAction(QCoreApplication.translate("AdjustDialog", "Adjust points…"))
    terminal = window.terminal

    def update() -> None:
        member = getattr(window, "current", None) is not None
        for action, permission in ((refund, "refund"), (adjust, "adjust_points")):
            action.setVisible(allowed(terminal.ctx.role or "", permission))
            action.setEnabled(member)

    def run(kind) -> None:
        if getattr(window, "current", None) is None:
            return
        dialog = kind(terminal, window, member=window.current)
        dialog.exec()
        window.activateWindow()
        if window.current is not None:
            window.show_member(window.current.member_id)

    menu.aboutToShow.connect(update)
    refund.triggered.connect(lambda: run(_dialog("refund_dialog", "RefundDialog")))
    adjust.triggered.connect(lambda: run(_dialog("adjust_dialog", "AdjustDialog")))
    update()


def _dialog(module: str, name: str):
    return getattr(importlib.import_module(f"app.ui.{module}"), name)
