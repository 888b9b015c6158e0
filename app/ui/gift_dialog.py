"""Give a gift and say it out loud: a gift given silently earns no gratitude.

The cashier records what was given, why and what it cost the shop; the dialog then
turns into one big line to say to the member, and "Said it" confirms it was said.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import gifts as gift_rules
from app.domain.errors import DomainError
from app.domain.money import parse_optional_amount
from app.services.dto import GiftInput, GiftResult, MemberView
from app.services.terminal import Terminal
from app.ui.amounts import WholeField
from app.ui.error_labels import error_label, with_error
from app.ui.manager_pin import APPROVAL_CODES, with_manager_pin
from app.ui.messages import field_errors

MAX_GIFT_POINTS = 1_000_000
# Local rules on top of the app's style.qss: the words to say are read from a step away.
STYLE = """
QLabel#sayTitle { font-size: 18pt; color: #555; }
QLabel#sayIt { font-size: 28pt; font-weight: bold; color: #1d4e89; background: #fffbea;
               border: 2px solid #d4a017; border-radius: 8px; padding: 16px; }
QLabel#sayBalance { font-size: 16pt; }
QPushButton#saidButton { font-size: 18pt; font-weight: bold; color: #ffffff; background: #1e7e34;
                         border-radius: 8px; padding: 12px 28px; }
QPushButton#saidButton:focus { border: 3px solid #0b3d17; }
QLabel#fieldError { color: #b3261e; }
QLabel#hint { color: #555; }
"""


def category_labels() -> dict[str, str]:
    """Gift categories (app.domain.gifts.CATEGORIES) in the cashier's language."""
    return {"upgrade": QCoreApplication.translate("Gifts", "Size or class upgrade"),
            "extra_item": QCoreApplication.translate("Gifts", "Extra item"),
            "service": QCoreApplication.translate("Gifts", "Service"),
            "points": QCoreApplication.translate("Gifts", "Points")}


def reason_labels() -> dict[str, str]:
    """Why a gift was given (app.domain.gifts.REASONS), in the cashier's language."""
    return {"out_of_stock": QCoreApplication.translate("Gifts", "Out of stock"),
            "long_wait": QCoreApplication.translate("Gifts", "Waited too long"),
            "complaint": QCoreApplication.translate("Gifts", "Complaint"),
            "birthday": QCoreApplication.translate("Gifts", "Birthday"),
            "tier_perk": QCoreApplication.translate("Gifts", "Tier perk"),
            "just_because": QCoreApplication.translate("Gifts", "Just because")}


def read_value(text: str) -> int:
    """The gift's value to the shop in minor units; empty or zero is a free gift."""
    return parse_optional_amount(text, field="value")


class GiftFields(QWidget):
    """What the gift is, its category, its value to the shop and — optionally — why and
    how many points come with it; each field shows its own error right under it."""

    def __init__(self, currency: str, with_reason: bool = True, with_points: bool = True,
                 parent=None):
        super().__init__(parent)
        self.what = QLineEdit()
        self.what.setObjectName("what")
        self.what.setPlaceholderText(self.tr("e.g. a large cappuccino instead of a medium"))
        self.category = QComboBox()
        self.category.setObjectName("category")
        for key, label in category_labels().items():
            self.category.addItem(label, key)
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.value.setPlaceholderText("0.00")
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        for key in gift_rules.REASONS:
            self.reason.addItem(reason_labels()[key], key)
        # No reason is chosen for the cashier: the manager's report is only as good as it.
        self.reason.setPlaceholderText(self.tr("Choose why…"))
        self.reason.setCurrentIndex(-1)
        used = ("what", "category", "value") + ("reason",) * with_reason + ("points",) * with_points
        self.errors = {name: error_label() for name in used}
        self._with_points = with_points
        self.points = WholeField("points", 0, MAX_GIFT_POINTS,
                                 self.errors.get("points", error_label()), self)
        self._build(currency, with_reason, with_points)

    def _build(self, currency: str, with_reason: bool, with_points: bool) -> None:
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(QLabel(currency))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("What"), with_error(self.what, self.errors["what"]))
        form.addRow(self.tr("Kind"), with_error(self.category, self.errors["category"]))
        form.addRow(self.tr("Value to the shop"), with_error(money, self.errors["value"]))
        if with_reason:
            form.addRow(self.tr("Why"), with_error(self.reason, self.errors["reason"]))
        if with_points:
            form.addRow(self.tr("Points as well"), with_error(self.points, self.errors["points"]))
        self.reason.setVisible(with_reason)
        self.points.setVisible(with_points)

    def read(self, reason: str | None = None) -> GiftInput:
        """The gift as typed; raises DomainError(field="value") for a value that is no amount."""
        return GiftInput(self.what.text(), self.category.currentData() or "",
                         reason if reason is not None else (self.reason.currentData() or ""),
                         read_value(self.value.text()),
                         self.points.value() if self._with_points else 0)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Show the messages for these fields; return those for fields it does not have."""
        rest = {}
        for name, text in messages.items():
            label = self.errors.get(name)
            if label is None:
                rest[name] = text
                continue
            label.setText(text)
            label.show()
        return rest

    def field_widget(self, name: str) -> QWidget | None:
        if name not in self.errors:
            return None
        return {"what": self.what, "category": self.category, "value": self.value,
                "reason": self.reason, "points": self.points}[name]


class GiftDialog(QDialog):
    """Record a gift, then show the words to say, large, until the cashier said them."""

    def __init__(self, terminal: Terminal, member: MemberView, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member
        self._gift_id = uuid.uuid4()  # one per dialog: a double press records one gift
        self.result_data: GiftResult | None = None
        self.said = False
        self.setWindowTitle(self.tr("Gift for %1").replace("%1", member.display_name))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(640)
        self._build_ui()
        self._connect()
        self.fields.what.setFocus()

    def _build_ui(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_say_page())
        QVBoxLayout(self).addWidget(self.pages)

    def _build_form_page(self) -> QWidget:
        intro = QLabel(self.tr("A gift given silently earns no thanks. Record it, then say it "
                               "out loud."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.fields = GiftFields(self._terminal.program.currency)
        self.error = error_label()
        self.give_button = QPushButton(self.tr("Give (Enter)"))
        self.give_button.setObjectName("give")
        self.give_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.cancel_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(self.fields)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addLayout(buttons)
        return page

    def _build_say_page(self) -> QWidget:
        title = QLabel(self.tr("Say it out loud:"))
        title.setObjectName("sayTitle")
        self.phrase = QLabel()
        self.phrase.setObjectName("sayIt")
        self.phrase.setWordWrap(True)
        self.phrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance = QLabel()
        self.balance.setObjectName("sayBalance")
        self.said_error = error_label()
        self.said_button = QPushButton(self.tr("Said it"))
        self.said_button.setObjectName("saidButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.said_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addWidget(self.phrase, 1)
        column.addWidget(self.balance)
        column.addWidget(self.said_error)
        column.addLayout(row)
        return page

    def _connect(self) -> None:
        self.give_button.clicked.connect(self.give)
        self.cancel_button.clicked.connect(self.reject)
        self.said_button.clicked.connect(self.confirm_said)

    def give(self) -> None:
        if self.result_data is not None:
            return
        self.fields.clear_errors()
        self.error.hide()
        try:
            data = self.fields.read()
            self.result_data = self._terminal.till.give_gift(self._gift_id, self._member.member_id,
                                                        data)
        except DomainError as exc:
            if exc.code in APPROVAL_CODES:  # more than a cashier gives alone
                self.result_data = with_manager_pin(self, exc, lambda approval: (
                    self._terminal.till.give_gift(self._gift_id, self._member.member_id, data,
                                             approval)))
            if self.result_data is None:
                self._show_errors(field_errors(exc))
                return
        self._show_phrase(self.result_data)

    def _show_errors(self, messages: dict[str, str]) -> None:
        rest = self.fields.show_errors(messages)
        if rest:
            self.error.setText("\n".join(rest.values()))
            self.error.show()
        first = next((self.fields.field_widget(name) for name in messages
                      if self.fields.field_widget(name) is not None), None)
        if first is not None:
            first.setFocus()

    def _show_phrase(self, result: GiftResult) -> None:
        self.phrase.setText(f"«{result.phrase}»")
        self.balance.setText(self.tr("Balance now: %n point(s)", "", result.balance))
        self.give_button.setDefault(False)
        self.said_button.setDefault(True)
        self.pages.setCurrentIndex(1)
        self._fit_height()
        self.said_button.setFocus()

    def _fit_height(self) -> None:
        """Grow so the whole phrase shows: a wrapped label does not grow its window."""
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def confirm_said(self) -> None:
        if self.result_data is None:
            return
        try:
            self._terminal.till.confirm_said(self.result_data.gift_id)
        except DomainError as exc:
            self.said_error.setText(next(iter(field_errors(exc).values())))
            self.said_error.show()
            return
        self.said = True
        self.accept()

    def reject(self) -> None:
        # Once given, the gift is recorded: closing only skips the "said it" confirmation.
        if self.result_data is not None:
            self.accept()
            return
        super().reject()
