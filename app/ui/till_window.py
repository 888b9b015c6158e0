"""The till screen: keyboard-first search, the member, the sale."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.donate_dialog import DonateDialog
from app.ui.enrol_dialog import EnrolDialog
from app.ui.manager_pin import APPROVAL_CODES, with_manager_pin
from app.ui.member_panel import MemberPanel
from app.ui.messages import describe
from app.ui.purchase_dialog import PurchaseDialog
from app.ui.scanner import ScannerFilter

# No fixed pause after a key: a search is a few index seeks (milliseconds even at a
# million members) and runs on this thread, so a zero-delay timer runs it as soon as
# the event loop is free. Keys that arrive while a search is still running queue up
# and are coalesced into the next one; the search reads the box when it runs, so the
# list always ends with the results of the text typed. (A fixed 120 ms debounce put
# every result 120 ms behind the last key: `regulars bench` gui_search_ms.)
DEBOUNCE_MS = 0


class TillWindow(QMainWindow):
    # What the customer display follows (it never asks the database itself).
    member_shown = Signal(object)  # MemberView
    cleared = Signal()
    announced = Signal(str)  # a gift or thanks said out loud
    purchase_done = Signal(object)  # PurchaseResult

    def __init__(self, terminal: Terminal, parent=None, save_language=None):
        super().__init__(parent)
        self.terminal = terminal
        self._save_language = save_language
        self.hits = []
        self.current = None
        self.setWindowTitle(self.tr("Regulars — till"))
        self._build_ui()
        self._connect()
        self._verified = None  # (member id, how they were recognised) this visit
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.open_card)
        QApplication.instance().installEventFilter(self.scanner)

    def _build_ui(self) -> None:
        body = QHBoxLayout()
        body.addLayout(self._build_left(), 2)
        body.addLayout(self._build_right(), 3)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build_menu()
        self._update_buttons()

    def _build_left(self) -> QVBoxLayout:
        """Search, and under it the words to say: the results list is not needed while a
        member is open, so the banner takes its room rather than the member's."""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        # Short enough to show whole in the search box at 1366x768 in either language;
        # the panel beside it says "the last digits of the phone" in full.
        self.search.setPlaceholderText(self.tr("Name, phone or card"))
        self.search.setClearButtonEnabled(True)
        self.results_model = QStringListModel(self)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.results_model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.search_status = QLabel()
        self.search_status.setObjectName("searchStatus")
        # A refusal ("wrong check digit") is a sentence: it wraps under the box rather than
        # widen the window past a 1366-pixel screen.
        self.search_status.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.search_status)
        left.addWidget(self.banner)
        left.addWidget(self.results, 1)
        return left

    def _build_right(self) -> QVBoxLayout:
        ctx = self.terminal.ctx
        self.panel = MemberPanel(ctx.local, today=ctx.today, lang=ctx.lang)
        # A member with many cards and rewards scrolls rather than push the till off the screen.
        scroll = QScrollArea()
        scroll.setObjectName("panelScroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setObjectName("actionStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.status)
        for row in self._build_buttons():
            buttons = QHBoxLayout()
            for b in row:
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                buttons.addWidget(b)
            right.addLayout(buttons)
        return right

    def _build_buttons(self) -> tuple[tuple[QPushButton, ...], ...]:
        self.purchase_button = QPushButton(self.tr("Purchase  F5"))
        self.enrol_button = QPushButton(self.tr("New member  F2"))
        self.redeem_button = QPushButton(self.tr("Pay with points  F6"))
        self.edit_button = QPushButton(self.tr("Edit  F4"))
        self.clear_button = QPushButton(self.tr("Next customer  Esc"))
        self.survey_button = QPushButton()  # the text carries the program's points
        self.review_button = QPushButton()
        self.donate_button = QPushButton(self.tr("Donate points  F9"))
        return ((self.survey_button, self.review_button, self.donate_button),
                (self.purchase_button, self.redeem_button, self.edit_button, self.enrol_button,
                 self.clear_button))

    def _build_menu(self) -> None:
        member = self.menuBar().addMenu(self.tr("Member"))
        for title, keys, slot in ((self.tr("Gift…"), "Ctrl+G", self.start_gift),
                                  (self.tr("Long wait: apology points"), "Ctrl+L", self.long_wait),
                                  (self.tr("Complaint…"), "Ctrl+K", self.start_complaint),
                                  (self.tr("Personal data…"), "Ctrl+P", self.start_privacy)):
            action = member.addAction(title)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
        self._add_card_actions(member)
        from app.ui.corrections import add_member_actions
        add_member_actions(self, member)  # refund, adjust: managers and owners
        menu = self.menuBar().addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in (("ru", "Русский"), ("en", "English")):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.terminal.ctx.lang)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action) -> None:
        if self._save_language is not None:
            self._save_language(action.data())
        self.search_status.setText(self.tr("The language changes when Regulars is started again."))

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Typing (not a text set by the till) starts the next search: whoever is open was
        # found by the last one, and must not take the next customer's F5.
        self.search.textEdited.connect(self._new_search_typed)
        self._debounce.timeout.connect(self.run_search)
        self.search.returnPressed.connect(self._enter_in_search)
        self.results.activated.connect(lambda index: self.open_hit(index.row()))
        self.purchase_button.clicked.connect(self.start_purchase)
        self.enrol_button.clicked.connect(self.start_enrol)
        self.edit_button.clicked.connect(self.start_edit)
        self.redeem_button.clicked.connect(self.start_redeem)
        self.clear_button.clicked.connect(self.next_customer)
        self.survey_button.clicked.connect(lambda: self.reward_help("survey"))
        self.review_button.clicked.connect(lambda: self.reward_help("review"))
        self.donate_button.clicked.connect(self.start_donate)
        self.panel.give_requested.connect(self.give_reward)
        for key, slot in ((Qt.Key.Key_F5, self.start_purchase), (Qt.Key.Key_F2, self.start_enrol),
                          (Qt.Key.Key_F4, self.start_edit), (Qt.Key.Key_F6, self.start_redeem),
                          (Qt.Key.Key_Escape, self.next_customer),
                          (Qt.Key.Key_F7, lambda: self.reward_help("survey")),
                          (Qt.Key.Key_F8, lambda: self.reward_help("review")),
                          (Qt.Key.Key_F9, self.start_donate), (Qt.Key.Key_F3, self.give_first_reward)):
            QShortcut(QKeySequence(key), self, activated=slot)
        self.search.installEventFilter(self)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        QApplication.instance().removeEventFilter(self.scanner)
        super().closeEvent(event)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        # Down arrow from the search box walks into the results, Enter opens one.
        if obj is self.search and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.hits:
            self.results.setFocus()
            self.results.setCurrentIndex(self.results_model.index(0))
            return True
        return super().eventFilter(obj, event)

    def run_search(self) -> None:
        text = self.search.text()
        refusal = ""
        try:
            self.hits = self.terminal.till.search(text, refuse_bad_card=True) if text.strip() else []
        except DomainError as exc:  # a card number with a wrong check digit
            self.hits, refusal = [], describe(exc)
        self._show_hits()
        if refusal:
            self.search_status.setText(refusal)
        elif text.strip() and not self.hits:
            self.search_status.setText(self._nobody_found(text))
        else:
            self.search_status.setText(self.tr("%n found", "", len(self.hits)) if self.hits else "")
        if self.hits:
            self.results.setCurrentIndex(self.results_model.index(0))

    def _nobody_found(self, text: str) -> str:
        """Enrolment is offered only for a query that names or numbers someone: a paste
        of symbols or control characters finds nobody, but is nobody to enrol either."""
        if self.terminal.till.searchable(text):
            return self.tr("Nobody found. F2 enrols a new member.")
        return self.tr("Nobody found.")

    def _new_search_typed(self, _text: str) -> None:
        if self.current is not None or self.banner.isVisible() or self.status.isVisible():
            self._close_member()

    def _search_done(self) -> None:
        """The search that found the open member is over (a card opened them, or a sale or
        another action was made for them): the box is empty for the next customer, and
        no result line keeps the tier it had before."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.hits = []
        self.results_model.setStringList([])
        self.search_status.clear()
        self.search.setFocus()  # the next key typed is the next search

    def _show_hits(self) -> None:
        row = self.results.currentIndex().row()
        self.results_model.setStringList(
            [f"{h.display_name}\n{h.phone}  ·  {self._tier_name(h.tier_key)}"
             for h in self.hits])
        if 0 <= row < len(self.hits):
            self.results.setCurrentIndex(self.results_model.index(row))

    def _update_hit(self, view) -> None:
        """The opened member's result line takes the tier the panel shows (a sale on
        another till or a tier review may have changed it since the search)."""
        for i, hit in enumerate(self.hits):
            if hit.member_id == view.member_id and hit.tier_key != view.tier_key:
                self.hits[i] = replace(hit, tier_key=view.tier_key, balance=view.balance)
                self._show_hits()

    def _tier_name(self, key: str) -> str:
        return self.terminal.program.tier_by_key(key).name(self.terminal.ctx.lang)

    def _enter_in_search(self) -> None:
        text = self.search.text().strip()
        if len(text) == 13 and text.isdigit():
            self.open_card(text)
            return
        self._debounce.stop()
        self.run_search()
        if self.hits:
            row = max(0, self.results.currentIndex().row())
            self.open_hit(row)

    def open_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.show_member(self.hits[row].member_id)
            # Back to the search, all of it selected: the next key starts a new one.
            self.search.setFocus()
            self.search.selectAll()

    def open_card(self, number: str) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window():
            # A dialog is open (a purchase, a check of who pays with points): a scan never
            # changes the member behind it. A dialog that takes scans gets the number.
            take = getattr(modal, "card_scanned", None)
            if take is not None:
                take(number)
            return
        # A search still pending for the digits typed so far must not overwrite the answer.
        self._debounce.stop()
        try:
            member_id = self.terminal.till.find_by_card(number)
        except DomainError as exc:
            if exc.code == "card_blocked":
                self._search_done()
                self._offer_blocked_member(exc)
                return
            self._close_member()
            # The number stays, selected, beside the reason: a new scan or key replaces it.
            self.search.blockSignals(True)
            self.search.setText(number)
            self.search.blockSignals(False)
            self.hits = []
            self.results_model.setStringList([])
            self.search_status.setText(describe(exc))
            self.search.setFocus()
            self.search.selectAll()
            return
        self._search_done()
        self.show_member(member_id)
        # Opened by its card: the card is with the customer, so their points may be spent.
        self._verified = (member_id, Verification("card", card=number))

    def verification(self) -> Verification | None:
        """How the open member was recognised this visit (a scan, or a check asked for
        when they first paid with points), if they were."""
        if self.current is None or self._verified is None:
            return None
        member_id, verification = self._verified
        return verification if member_id == self.current.member_id else None

    def _keep_verification(self, verification: Verification | None) -> None:
        if verification is not None and self.current is not None:
            self._verified = (self.current.member_id, verification)

    def show_member(self, member_id: uuid.UUID, banner: str = "") -> None:
        if banner:  # something was done for this member: their search is over
            self._search_done()
        else:
            self.search_status.clear()  # "nobody found" or a refusal is no longer true
        self.current = self.terminal.till.member(member_id)
        self._update_hit(self.current)
        self.panel.show_member(self.current)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.banner.setProperty("tierUp", False)
        self.banner.style().polish(self.banner)
        self.show_status("")
        self._update_buttons()
        self.member_shown.emit(self.current)

    def show_status(self, text: str) -> None:
        """A refusal the cashier must notice (not a thing to say to the customer)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def next_customer(self) -> None:
        self.hits = []
        self.search.clear()
        self.results_model.setStringList([])
        self.search_status.clear()
        self._close_member()
        self.search.setFocus()

    def _close_member(self) -> None:
        """Nobody open: no member, no banner or refusal left from them."""
        self.current = None
        self._verified = None  # the next customer shows their own card
        self.banner.hide()
        self.show_status("")
        self.panel.show_member(None)
        self._update_buttons()
        self.cleared.emit()

    def _update_buttons(self) -> None:
        member = self.current is not None
        self.purchase_button.setEnabled(member)
        self.edit_button.setEnabled(member)
        self.redeem_button.setEnabled(member and self.current.balance > 0)
        # The program may change while the till runs: points are read each time.
        program = self.terminal.program
        for button, kind, text in ((self.survey_button, "survey", self.tr("Survey +%1  F7")),
                                   (self.review_button, "review", self.tr("Review +%1  F8"))):
            points = program.actions.get(kind, 0)
            button.setText(text.replace("%1", formats.points(points)))
            button.setVisible(points > 0)
            button.setEnabled(member and points > 0)
        self.donate_button.setEnabled(member and bool(program.causes) and self.current.balance > 0)

    def _run(self, dialog) -> int:
        """A modal dialog; afterwards the till takes the keyboard back, so the next
        F-key works at once even where the window manager does not hand focus back."""
        result = dialog.exec()
        self.activateWindow()
        return result

    def start_purchase(self, redeem_max: bool = False) -> None:
        if self.current is None:
            return
        dialog = PurchaseDialog(self.terminal, self.current, self, redeem_max=redeem_max,
                                verification=self.verification())
        self._run(dialog)
        self._keep_verification(dialog.verification)
        if dialog.result() and dialog.result_data:
            self.after_purchase(dialog.result_data)

    def start_redeem(self) -> None:
        if self.current is not None and self.current.balance > 0:
            self.start_purchase(redeem_max=True)

    def after_purchase(self, result) -> None:
        before = {s.card_key: s.have for s in self.current.stamps}
        lines = [result.thank_you]
        if result.points_redeemed:
            lines.append(self.tr("Paid with %n point(s).", "", result.points_redeemed))
        lines.append(self.tr("+%n point(s), balance %1", "", result.points_earned)
                     .replace("%1", formats.points(result.balance)))
        lines += self._bonus_lines(result.bonuses)
        lines += [self.panel.stamp_text(s, dots=True) for s in result.stamps
                  if s.have != before.get(s.card_key) and s.have > 0]
        lines += [self.tr("Full card! Give: %1").replace("%1", text) for text in result.rewards]
        if result.tier_up:
            lines.insert(0, self.tr("New status: %1!").replace("%1", result.tier_name_after))
        self.show_member(self.current.member_id, "\n".join(lines))
        self.banner.setProperty("tierUp", result.tier_up or bool(result.rewards))
        self.banner.style().polish(self.banner)
        self.purchase_done.emit(result)

    def _bonus_lines(self, bonuses) -> list[str]:
        own = self.current.member_id.hex
        lines = []
        for b in bonuses:
            if b.kind == "birthday":
                text = self.tr("Birthday bonus: +%1")
            elif b.kind == "referral" and b.ref == own:
                # The referrer's row of the same purchase: the friend who brought them.
                text = self.tr("%2 gets +%1 for bringing a friend").replace(
                    "%2", self.current.referred_by or self.tr("The friend"))
            elif b.kind == "referral":
                text = self.tr("Friend bonus: +%1")
            else:
                text = f"{b.name}: +%1"
            lines.append(text.replace("%1", formats.points(b.points)))
        return lines

    # ---- help, charity, rewards ---------------------------------------------------------

    def reward_help(self, kind: str) -> None:
        if self.current is None or self.terminal.program.actions.get(kind, 0) <= 0:
            return
        # A new id per press; the once-a-day rule refuses a second press.
        action_id, member_id = uuid.uuid4(), self.current.member_id
        result = self._give(lambda approval: self.terminal.till.reward_help(
            action_id, member_id, kind, approval))
        if result is None:
            return
        self.show_member(self.current.member_id, result.message)
        self.announced.emit(result.message)

    def _give(self, give):
        """Points given with one key: above a cashier's limit or the day's cap a manager
        types their PIN on the spot (app/ui/manager_pin.py). None when refused."""
        try:
            return give(None)
        except DomainError as exc:
            result = None
            if exc.code in APPROVAL_CODES:
                result = with_manager_pin(self, exc, give)
            if result is None:
                self.show_status(describe(exc))
            return result

    def start_donate(self) -> None:
        if self.current is None or not self.terminal.program.causes or self.current.balance <= 0:
            return
        dialog = DonateDialog(self.terminal, self.current, self, self.verification())
        self._run(dialog)
        self._keep_verification(dialog.verification)
        if dialog.result() and dialog.result_data:
            self.show_member(self.current.member_id, dialog.result_data.message)
            self.announced.emit(dialog.result_data.message)

    def give_first_reward(self) -> None:
        if self.current is not None and self.current.rewards_ready:
            self.give_reward(self.current.rewards_ready[0].reward_id)

    def give_reward(self, reward_id: uuid.UUID) -> None:
        if self.current is None:
            return
        try:
            result = self.terminal.till.give_reward(reward_id)
        except DomainError as exc:
            self.show_status(describe(exc))
            return
        self.show_member(self.current.member_id, result.message or self.tr("Already handed over."))
        if result.message:
            self.announced.emit(result.message)

    # ---- gifts, complaints, personal data -------------------------------------------------

    def start_gift(self) -> None:
        if self.current is None:
            return
        from app.ui.gift_dialog import GiftDialog
        dialog = GiftDialog(self.terminal, self.current, self)
        self._run(dialog)
        if dialog.result_data is not None:
            self.show_member(self.current.member_id, dialog.result_data.phrase)
            self.announced.emit(dialog.result_data.phrase)

    def long_wait(self) -> None:
        if self.current is None:
            return
        gift_id, member_id = uuid.uuid4(), self.current.member_id
        result = self._give(lambda approval: self.terminal.till.long_wait(gift_id, member_id,
                                                                     approval))
        if result is None:
            return
        self.terminal.till.confirm_said(result.gift_id)  # the words are on screen to be read out
        self.show_member(self.current.member_id, result.phrase)
        self.announced.emit(result.phrase)

    def start_complaint(self) -> None:
        from app.ui.complaint_dialog import ComplaintDialog
        dialog = ComplaintDialog(self.terminal, self.current, self)
        self._run(dialog)
        if self.current is not None:
            self.show_member(self.current.member_id)

    def start_privacy(self) -> None:
        if self.current is None:
            return
        from app.ui.staff_dialogs import PrivacyDialog
        dialog = PrivacyDialog(self.terminal, self.current, self)
        self._run(dialog)
        if dialog.erased:
            self.next_customer()
        else:
            self.show_member(self.current.member_id)

    def start_enrol(self) -> None:
        text = self.search.text().strip()
        phone = text if text and not any(ch.isalpha() for ch in text) else ""
        dialog = EnrolDialog(self.terminal, self, phone=phone)
        self._run(dialog)
        if dialog.enrolled_id:
            self.show_member(dialog.enrolled_id, self.tr(
                "Welcome! %n point(s) already on the card.", "",
                self.terminal.program.welcome_bonus))
        elif dialog.open_existing_id:
            self.show_member(dialog.open_existing_id)

    def start_edit(self) -> None:
        if self.current is None:
            return
        dialog = EnrolDialog(self.terminal, self, member=self.current)
        if self._run(dialog) and dialog.enrolled_id:
            self.show_member(dialog.enrolled_id, self.tr("Saved."))

    # ---- member cards -------------------------------------------------------------------

    def _add_card_actions(self, menu) -> None:
        menu.addSeparator()
        menu.addAction(self.tr("Print the card…")).triggered.connect(self.print_member_card)
        menu.addAction(self.tr("Lost card: new number…")).triggered.connect(
            self.replace_member_card)

    def _offer_blocked_member(self, exc: DomainError) -> None:
        """A replaced card was scanned: say so, and offer its member as the one result,
        so Enter opens them."""
        hit = exc.params["hit"]
        self.hits = [hit]
        self.results_model.setStringList(
            [f"{hit.display_name}\n{hit.phone}  ·  {self._tier_name(hit.tier_key)}"])
        self.results.setCurrentIndex(self.results_model.index(0))
        self.search_status.setText(describe(exc))
        self.results.setFocus()

    def print_member_card(self) -> None:
        if self.current is None:
            return
        from app.ui.card_print_dialog import CardPrintDialog
        self._run(CardPrintDialog(self.terminal, self, member=self.current))

    def replace_member_card(self) -> None:
        if self.current is None:
            return
        from PySide6.QtWidgets import QMessageBox
        answer = QMessageBox.question(
            self, self.tr("Lost card"),
            self.tr("Block card %1 and give %2 a new card number? Points, status and history "
                    "stay with the member.").replace("%1", self.current.card_number or "—")
            .replace("%2", self.current.display_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.terminal.till.replace_card(self.current.member_id, "lost")
        except DomainError as exc:
            self.show_status(describe(exc))
            return
        self.show_member(self.current.member_id, self.tr(
            "New card number: %1. The old card is blocked. Print the new card: Member → Print "
            "the card.").replace("%1", result.new_number))
