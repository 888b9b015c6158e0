"""Before points are spent: is this really the member? Points are money, and a member
found by the last digits of a phone could be anyone who knows those digits.

The cashier makes one check — the card scanned (or its number read from it), the full
phone said by the customer, or the name and birth date said by the customer — and the
till sends what was said with the redemption; the service compares it with the member
(app/domain/giving.py) and refuses the points otherwise. A member opened by a card scan
was already checked, and is not asked again this visit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.domain.dates import parse_day
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.services.dto import MemberView
from app.ui.error_labels import error_label


class VerifyDialog(QDialog):
    """One check, whichever the customer can give; the first filled line is used."""

    def __init__(self, member: MemberView, parent=None):
        super().__init__(parent)
        self.verification: Verification | None = None
        self.setWindowTitle(self.tr("Check who is paying with points"))
        self.setMinimumWidth(560)
        self._build_ui(member)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.card.setFocus()

    def _build_ui(self, member: MemberView) -> None:
        intro = QLabel(self.tr("Points are money. Before spending them, check that this is "
                               "%1: scan the card, or ask the customer to say the full phone "
                               "number, or their name and date of birth.")
                       .replace("%1", member.display_name))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.card = self._line("verifyCard", self.tr("scan or type the 13 digits"))
        self.phone = self._line("verifyPhone", self.tr("the whole number, e.g. +7 916 123-45-67"))
        self.name = self._line("verifyName", self.tr("first or last name"))
        self.birthday = self._line("verifyBirthday", self.tr("dd.mm.yyyy"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Card"), self.card)
        form.addRow(self.tr("or the full phone"), self.phone)
        form.addRow(self.tr("or the name"), self.name)
        form.addRow(self.tr("and the date of birth"), self.birthday)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Checked (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def check(self) -> None:
        """Take what was typed; the service decides whether it matches the member."""
        card, phone = self.card.text().strip(), self.phone.text().strip()
        name, born = self.name.text().strip(), self.birthday.text().strip()
        if card:
            self.verification = Verification("card", card=card)
        elif phone:
            self.verification = Verification("phone", phone=phone)
        elif name or born:
            birthday = self._date(born)
            if not name or birthday is None:
                self._fail(self.tr("Give both the name and the date of birth as dd.mm.yyyy, "
                                   "e.g. 07.03.1985."))
                return
            self.verification = Verification("name_birthday", name=name, birthday=birthday)
        else:
            self._fail(self.tr("Fill in one check: the card, the full phone, or the name and "
                               "date of birth."))
            return
        self.accept()

    def card_scanned(self, number: str) -> None:
        """A scan while the dialog is open is the card check itself: the scanner typed
        its digits into whichever line had the focus, so they are taken back from there."""
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused is not self.card \
                and focused.text().endswith(number):
            focused.setText(focused.text()[:-len(number)])
        self.card.setText(number)
        self.check()

    @staticmethod
    def _date(text: str) -> date | None:
        try:
            return parse_day(text, field="verify")
        except DomainError:
            return None

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


# Refusals after which the check is asked for again (wrong digits, a typo in the phone).
VERIFY_FIELDS = frozenset({"verify", "verify_phone"})


def ask_verification(member: MemberView, parent=None) -> Verification | None:
    """The check the cashier made, or None when they cancelled."""
    dialog = VerifyDialog(member, parent)
    dialog.exec()
    return dialog.verification
