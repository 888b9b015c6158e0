"""What the cashier does for the open member besides the sale: points for help, a
donation, a reward handed over, a gift or apology, a complaint, personal data, enrolment
and edits, the member's card. Each runs a dialog or one service call, then the till
shows the member with the words to say."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import DomainError
from app.ui.complaint_dialog import ComplaintDialog
from app.ui.donate_dialog import DonateDialog
from app.ui.enrol_dialog import EnrolDialog
from app.ui.gift_dialog import GiftDialog
from app.ui.manager_pin import APPROVAL_CODES, with_manager_pin
from app.ui.messages import describe
from app.ui.staff_dialogs import PrivacyDialog


class TillActions(QObject):
    """The member actions of one till window (``till``): its open member, its dialogs."""

    def __init__(self, till):
        super().__init__(till)
        self.till = till
        self.terminal = till.terminal

    def _member_id(self):
        return self.till.current.member_id if self.till.current is not None else None

    def _said(self, words: str) -> None:
        """Words for the member: on the till's banner and the customer display."""
        self.till.show_member(self._member_id(), words)
        self.till.announced.emit(words)

    # ---- help, charity, rewards ---------------------------------------------------------

    def reward_help(self, kind: str) -> None:
        if self.till.current is None or self.terminal.program.actions.get(kind, 0) <= 0:
            return
        # A new id per press; the once-a-day rule refuses a second press.
        action_id, member_id = uuid.uuid4(), self._member_id()
        result = self._give(lambda approval: self.terminal.till.reward_help(
            action_id, member_id, kind, approval))
        if result is not None:
            self._said(result.message)

    def _give(self, give):
        """Points given with one key: above a cashier's limit or the day's cap a manager
        types their PIN on the spot (app/ui/manager_pin.py). None when refused."""
        try:
            return give(None)
        except DomainError as exc:
            result = None
            if exc.code in APPROVAL_CODES:
                result = with_manager_pin(self.till, exc, give)
            if result is None:
                self.till.show_status(describe(exc))
            return result

    def start_donate(self) -> None:
        current = self.till.current
        if current is None or not self.terminal.program.causes or current.balance <= 0:
            return
        dialog = DonateDialog(self.terminal, current, self.till, self.till.verification())
        self.till.run_dialog(dialog)
        self.till.keep_verification(dialog.verification)
        done = dialog.result_data if dialog.result() else None
        if done:
            # The donation came back with the member as they now stand: no second read.
            self.till.show_view(done.member, done.message)
            self.till.announced.emit(done.message)

    def give_first_reward(self) -> None:
        if self.till.current is not None and self.till.current.rewards_ready:
            self.give_reward(self.till.current.rewards_ready[0].reward_id)

    def give_reward(self, reward_id: uuid.UUID) -> None:
        if self.till.current is None:
            return
        try:
            result = self.terminal.till.give_reward(reward_id)
        except DomainError as exc:
            self.till.show_status(describe(exc))
            return
        self.till.show_member(self._member_id(), result.message or self.tr("Already handed over."))
        if result.message:
            self.till.announced.emit(result.message)

    # ---- gifts, complaints, personal data -------------------------------------------------

    def start_gift(self) -> None:
        if self.till.current is None:
            return
        dialog = GiftDialog(self.terminal, self.till.current, self.till)
        self.till.run_dialog(dialog)
        if dialog.result_data is not None:
            self._said(dialog.result_data.phrase)

    def long_wait(self) -> None:
        if self.till.current is None:
            return
        gift_id, member_id = uuid.uuid4(), self._member_id()
        result = self._give(lambda approval: self.terminal.till.long_wait(gift_id, member_id,
                                                                     approval))
        if result is None:
            return
        self.terminal.till.confirm_said(result.gift_id)  # the words are on screen to be read out
        self._said(result.phrase)

    def start_complaint(self) -> None:
        self.till.run_dialog(ComplaintDialog(self.terminal, self.till.current, self.till))
        if self.till.current is not None:
            self.till.show_member(self._member_id())

    def start_privacy(self) -> None:
        if self.till.current is None:
            return
        dialog = PrivacyDialog(self.terminal, self.till.current, self.till)
        self.till.run_dialog(dialog)
        if dialog.erased:
            self.till.next_customer()
        else:
            self.till.show_member(self._member_id())

    def start_enrol(self) -> None:
        text = self.till.search.text().strip()
        phone = text if text and not any(ch.isalpha() for ch in text) else ""
        dialog = EnrolDialog(self.terminal, self.till, phone=phone, till=self.till.route)
        self.till.run_dialog(dialog)
        if dialog.enrolled_id:
            self.till.show_member(dialog.enrolled_id, self.tr(
                "Welcome! %n point(s) already on the card.", "",
                self.terminal.program.welcome_bonus))
        elif dialog.open_existing_id:
            self.till.show_member(dialog.open_existing_id)

    def start_edit(self) -> None:
        if self.till.current is None:
            return
        dialog = EnrolDialog(self.terminal, self.till, member=self.till.current)
        if self.till.run_dialog(dialog) and dialog.enrolled_id:
            self.till.show_member(dialog.enrolled_id, self.tr("Saved."))

    # ---- member cards -------------------------------------------------------------------

    def add_card_actions(self, menu) -> None:
        menu.addSeparator()
        menu.addAction(self.tr("Print the card…")).triggered.connect(self.print_member_card)
        menu.addAction(self.tr("Lost card: new number…")).triggered.connect(
            self.replace_member_card)

    def print_member_card(self) -> None:
        if self.till.current is None:
            return
        # Kept lazy for start-up time: it loads Qt's print support and the card renderer.
        from app.ui.card_print_dialog import CardPrintDialog
        self.till.run_dialog(CardPrintDialog(self.terminal, self.till, member=self.till.current))

    def replace_member_card(self) -> None:
        current = self.till.current
        if current is None:
            return
        answer = QMessageBox.question(
            self.till, self.tr("Lost card"),
            self.tr("Block card %1 and give %2 a new card number? Points, status and history "
                    "stay with the member.").replace("%1", current.card_number or "—")
            .replace("%2", current.display_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.terminal.till.replace_card(current.member_id, "lost")
        except DomainError as exc:
            self.till.show_status(describe(exc))
            return
        self.till.show_member(current.member_id, self.tr(
            "New card number: %1. The old card is blocked. Print the new card: Member → Print "
            "the card.").replace("%1", result.new_number))
