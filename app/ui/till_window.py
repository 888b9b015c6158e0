"""The till screen: the window frame that lays out the search (till_search.py), the
member (member_panel.py) and the keys; opens a member; runs the sale and shows its
outcome. The other member actions are in till_actions.py."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.services.dto import MemberView
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.corrections import add_member_actions
from app.ui.member_panel import MemberPanel
from app.ui.messages import describe
from app.ui.offline_route import OfflineRoute, is_offline_sale
from app.ui.offline_status import OfflineStatusLine
from app.ui.purchase_dialog import PurchaseDialog
from app.ui.scanner import ScannerFilter
from app.ui.server_watch import ServerWatch
from app.ui.till_actions import TillActions
from app.ui.till_search import TillSearch


class TillWindow(QMainWindow):
    # What the customer display follows (it never asks the database itself).
    member_shown = Signal(object)  # MemberView
    cleared = Signal()
    announced = Signal(str)  # a gift or thanks said out loud
    purchase_done = Signal(object)  # PurchaseResult

    def __init__(self, terminal: Terminal, parent=None, save_language=None, offline=None):
        """``offline``: the composition root's way to the offline till (TillStart.offline),
        for a till on a shop's server; None on SQLite."""
        super().__init__(parent)
        self.terminal = terminal
        self._save_language = save_language
        self.current = None
        self.route = OfflineRoute(terminal, offline)  # finding and selling, offline too
        self.finder = TillSearch(terminal, self, till=self.route)
        # The search's widgets, by the names the till has always had for them.
        self.search, self.results = self.finder.search, self.finder.results
        self.results_model, self.search_status = self.finder.results_model, self.finder.search_status
        self._debounce = self.finder.debounce
        self.member_actions = TillActions(self)
        # "Server not answering", unless the till serves from its local copy meanwhile.
        self.server_watch = ServerWatch(terminal.server, self,
                                        covered=lambda: self.route.offline_till() is not None)
        self.offline_line = OfflineStatusLine(self.route.status, terminal.ctx)
        self.setWindowTitle(self.tr("Regulars — till"))
        self._build_ui()
        self._connect()
        self._verified = None  # (member id, how they were recognised) this visit
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.open_card)
        QApplication.instance().installEventFilter(self.scanner)

    @property
    def hits(self):
        """The members the last search found (TillSearch owns them)."""
        return self.finder.hits

    def _build_ui(self) -> None:
        body = QHBoxLayout()
        body.addLayout(self._build_left(), 2)
        body.addLayout(self._build_right(), 3)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self._build_menu()
        self._update_buttons()

    def _build_left(self) -> QVBoxLayout:
        """Search, and under it the words to say: the results list is not needed while a
        member is open, so the banner takes its room rather than the member's."""
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        left = QVBoxLayout()
        left.addWidget(self.server_watch.line)
        left.addWidget(self.offline_line)
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
        a = self.member_actions
        for title, keys, slot in ((self.tr("Gift…"), "Ctrl+G", a.start_gift),
                                  (self.tr("Long wait: apology points"), "Ctrl+L", a.long_wait),
                                  (self.tr("Complaint…"), "Ctrl+K", a.start_complaint),
                                  (self.tr("Personal data…"), "Ctrl+P", a.start_privacy)):
            action = member.addAction(title)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
        a.add_card_actions(member)
        add_member_actions(self, member)  # refund, adjust: managers and owners
        menu = self.menuBar().addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in (("ru", "Русский"), ("en", "English"), ("lv", "Latviešu")):
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
        self.finder.typed.connect(self._new_search_typed)
        self.finder.card_entered.connect(self.open_card)
        self.finder.open_requested.connect(self.show_member)
        a = self.member_actions
        for button, slot in ((self.purchase_button, self.start_purchase),
                             (self.enrol_button, a.start_enrol), (self.edit_button, a.start_edit),
                             (self.redeem_button, self.start_redeem),
                             (self.clear_button, self.next_customer),
                             (self.survey_button, lambda: a.reward_help("survey")),
                             (self.review_button, lambda: a.reward_help("review")),
                             (self.donate_button, a.start_donate)):
            button.clicked.connect(slot)
        self.panel.give_requested.connect(a.give_reward)
        for key, slot in ((Qt.Key.Key_F5, self.start_purchase), (Qt.Key.Key_F2, a.start_enrol),
                          (Qt.Key.Key_F4, a.start_edit), (Qt.Key.Key_F6, self.start_redeem),
                          (Qt.Key.Key_Escape, self.next_customer),
                          (Qt.Key.Key_F7, lambda: a.reward_help("survey")),
                          (Qt.Key.Key_F8, lambda: a.reward_help("review")),
                          (Qt.Key.Key_F9, a.start_donate), (Qt.Key.Key_F3, a.give_first_reward)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        QApplication.instance().removeEventFilter(self.scanner)
        super().closeEvent(event)

    def _new_search_typed(self) -> None:
        if self.current is not None or self.banner.isVisible() or self.status.isVisible():
            self._close_member()

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
        self.finder.debounce.stop()
        try:
            member_id = self.route.find_by_card(number)
        except DomainError as exc:
            if exc.code == "card_blocked":
                self.finder.offer_blocked_member(exc)
                return
            self._close_member()
            self.finder.refuse_card(number, describe(exc))
            return
        self.finder.done()
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

    def keep_verification(self, verification: Verification | None) -> None:
        if verification is not None and self.current is not None:
            self._verified = (self.current.member_id, verification)

    def show_member(self, member_id: uuid.UUID, banner: str = "") -> None:
        """Open the member as they stand now (one call to the services)."""
        self.show_view(self.route.member(member_id), banner)

    def show_view(self, view: MemberView, banner: str = "") -> None:
        """Show a member the services just handed back (after a sale, a donation), with
        the words to say on the banner."""
        if banner:  # something was done for this member: their search is over
            self.finder.done()
        else:
            self.search_status.clear()  # "nobody found" or a refusal is no longer true
        self.current = view
        self.finder.update_hit(view)
        self.panel.show_member(view, self.route.pending.get(view.member_id, 0))
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.banner.setProperty("tierUp", False)
        self.banner.style().polish(self.banner)
        self.show_status("")
        self._update_buttons()
        self.member_shown.emit(view)

    def refresh_member(self) -> None:
        """Show the open member anew, keeping the banner: after the outbox was sent,
        the points that were pending are final."""
        self.offline_line.refresh()
        if self.current is not None:
            self.current = self.route.member(self.current.member_id)
            self.panel.show_member(self.current, self.route.pending.get(self.current.member_id, 0))
            self._update_buttons()

    def show_status(self, text: str) -> None:
        """A refusal the cashier must notice (not a thing to say to the customer)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def next_customer(self) -> None:
        self.finder.clear()
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

    def run_dialog(self, dialog) -> int:
        """A modal dialog; afterwards the till takes the keyboard back, so the next
        F-key works at once even where the window manager does not hand focus back."""
        result = dialog.exec()
        self.activateWindow()
        return result

    # ---- the sale -----------------------------------------------------------------------

    def start_purchase(self, redeem_max: bool = False) -> None:
        if self.current is None:
            return
        dialog = PurchaseDialog(self.terminal, self.current, self, redeem_max=redeem_max,
                                verification=self.verification(), till=self.route)
        self.run_dialog(dialog)
        self.keep_verification(dialog.verification)
        if dialog.result() and dialog.result_data:
            self.after_purchase(dialog.result_data)

    def start_redeem(self) -> None:
        if self.current is not None and self.current.balance > 0:
            self.start_purchase(redeem_max=True)

    def after_purchase(self, result) -> None:
        """The sale's outcome, and the member after it: both came back with the sale."""
        if is_offline_sale(result):
            self.after_offline_sale(result)
            return
        self.route.pending.pop(result.member.member_id, None)  # final: on the server
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
        self.show_view(result.member, "\n".join(lines))
        self.banner.setProperty("tierUp", result.tier_up or bool(result.rewards))
        self.banner.style().polish(self.banner)
        self.purchase_done.emit(result)

    def after_offline_sale(self, sale) -> None:
        """A sale in the outbox: thanks, and its points said to be pending."""
        lines = [self.tr("Thank you!")]
        if sale.points_redeemed:
            lines.append(self.tr("Paid with %n point(s).", "", sale.points_redeemed))
        lines.append(self.tr("+%n point(s) pending: they count once the shop's server has "
                             "the sale.", "", sale.points_pending))
        self.show_member(self.current.member_id, "\n".join(lines))
        self.offline_line.refresh()
        self.announced.emit(lines[0])  # the customer display thanks; no final points yet

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
