"""The member as the cashier sees them, readable from a step away."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import MemberView
from app.ui import formats


def _label(object_name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _set(label: QLabel, text: str) -> None:
    """Show ``text``, or hide the label when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


class MemberPanel(QFrame):
    give_requested = Signal(object)  # the cashier hands over a ready reward

    def __init__(self, local_time, parent=None, today=date.today, lang: str = "en"):
        super().__init__(parent)
        self._local_time = local_time
        self._today = today
        self._locale = formats.locale_for(lang)
        self.give_buttons: list[QPushButton] = []
        self.setObjectName("memberPanel")
        self._build_ui()
        self.show_member(None)

    def _build_ui(self) -> None:
        self.name = _label("memberName")
        self.tier = _label("tierBadge", wrap=False)
        self.tier.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.perks = _label("perks")
        self.balance = _label("balance", wrap=False)
        self.pending = _label("pendingPoints")  # offline sales' points, not final yet
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_text = _label("progressText")
        self.keep_text = _label("keepTier")
        self.expiry = _label("expiryWarning")
        self.greeting = _label("greeting")
        self.occasions = _label("occasions")
        self.prompt = _label("prompt")  # the next best thing to say this visit
        self.campaigns = _label("campaigns")
        self.notes = _label("notes")
        self.details = _label("details")
        self._build_visits()
        self.stamps_box = QVBoxLayout()
        self.stamps_box.setSpacing(2)
        self.stamp_labels: list[QLabel] = []
        self.rewards = QWidget()
        self.rewards.setObjectName("rewards")
        self.rewards_box = QVBoxLayout(self.rewards)
        self.rewards_box.setContentsMargins(0, 0, 0, 0)
        self._lay_out()

    def _build_visits(self) -> None:
        self.visits = QTableWidget(0, 4)
        self.visits.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Amount"), self.tr("Earned"), self.tr("Redeemed")])
        self.visits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):  # the amount takes the room a refund note needs
            self.visits.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        self.visits.verticalHeader().hide()
        self.visits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.visits.setMinimumHeight(90)
        self.last_visits_title = _label("sectionTitle")
        self.last_visits_title.setText(self.tr("Last visits"))

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.perks)
        layout.addWidget(self.details)
        layout.addWidget(self.greeting)
        layout.addWidget(self.occasions)
        layout.addWidget(self.prompt)
        layout.addWidget(self.campaigns)
        row = QHBoxLayout()
        row.addWidget(self.balance)
        bar = QVBoxLayout()
        bar.addWidget(self.progress)
        bar.addWidget(self.progress_text)
        bar.addWidget(self.keep_text)
        row.addLayout(bar, 1)
        layout.addLayout(row)
        layout.addWidget(self.pending)
        layout.addWidget(self.expiry)
        layout.addLayout(self.stamps_box)
        layout.addWidget(self.rewards)
        layout.addWidget(self.notes)
        layout.addWidget(self.last_visits_title)
        layout.addWidget(self.visits, 1)
        self._content = [self.tier, self.balance, self.progress, self.progress_text,
                         self.greeting, self.details, self.last_visits_title, self.visits]
        self._optional = [self.pending, self.perks, self.keep_text, self.expiry, self.occasions, self.prompt,
                          self.campaigns, self.notes, self.rewards]

    def show_member(self, m: MemberView | None, pending: int = 0) -> None:
        """``pending``: points of sales recorded offline, not yet on the server (already
        counted in ``m.balance``), said apart until the server has them."""
        for widget in self._content:
            widget.setVisible(m is not None)
        if m is None:
            for widget in self._optional:
                widget.hide()
            self._fill_stamps([])
            self._fill_rewards([])
            self.name.setText(self.tr("Find a member: type a name or the last digits of the "
                                      "phone, or scan the card."))
            return
        self.name.setText(m.display_name)
        self._show_tier(m)
        self._show_standing(m)
        _set(self.pending, self.tr("of which %n point(s) pending until the shop's server "
                                   "has the sales", "", pending) if pending else "")
        self.greeting.setText(f"«{m.greeting}»")
        # The service leaves out what the prompt or the progress bar already says.
        _set(self.occasions, "   ".join(f"★ {text}" for _kind, text in m.occasions))
        _set(self.prompt, f"➜ {m.prompt}" if m.prompt else "")
        _set(self.campaigns, self.tr("Today: %1").replace("%1", ", ".join(m.campaigns))
             if m.campaigns else "")
        _set(self.notes, self.tr("Notes: %1").replace("%1", m.notes) if m.notes else "")
        self._show_details(m)
        self._fill_stamps(m.stamps)
        self._fill_rewards(m.rewards_ready)
        self._fill_visits(m)

    def _show_tier(self, m: MemberView) -> None:
        self.tier.setText(m.tier_name)
        self.tier.setStyleSheet(f"background:{m.tier_colour}; color:white; border-radius:10px;"
                                "padding:6px 18px; font-size:20pt; font-weight:bold;")
        # Every perk is applied without the customer asking: the cashier must see them.
        _set(self.perks, self.tr("Perks: %1").replace("%1", m.tier_perks) if m.tier_perks else "")
        self.perks.setStyleSheet(f"color:{m.tier_colour};")

    def _show_standing(self, m: MemberView) -> None:
        self.balance.setText(self.tr("%n point(s)", "", m.balance))
        self.progress.setValue(int(m.progress * 1000))
        self.progress.setStyleSheet(f"QProgressBar::chunk {{ background:{m.tier_colour}; }}")
        if m.next_tier_name:
            self.progress_text.setText(self.tr("%n point(s) to %1", "", m.points_to_next)
                                       .replace("%1", m.next_tier_name))
        else:
            self.progress_text.setText(self.tr("Top tier reached"))
        keep = ""
        if m.review_on is not None and m.keep_needed > 0:
            # The review is the first day of the next period: the points count until the day before.
            keep = (self.tr("Keep %1: %n point(s) by %2", "", m.keep_needed)
                    .replace("%1", m.tier_name)
                    .replace("%2", self.day(m.review_on - timedelta(days=1), year=True)))
        _set(self.keep_text, keep)
        warn = ""
        if m.expiry_near:
            warn = (self.tr("%n point(s) expire on %1", "", m.expiring_points)
                    .replace("%1", self.day(m.expiring_on)))
        _set(self.expiry, warn)

    def _show_details(self, m: MemberView) -> None:
        card = self.tr("card %1").replace("%1", m.card_number)
        parts = [m.phone, card, self.tr("%n visit(s)", "", m.visits)]
        if m.referred_by:
            parts.append(self.tr("friend of %1").replace("%1", m.referred_by))
        # Each part stays whole on a line: wrap between parts, never inside a name or phone.
        self.details.setText("   ·   ".join(p.replace(" ", "\u00a0") for p in parts))

    def day(self, d: date, year: bool = False) -> str:
        """A date in the till's language; the year only when it is not this year's."""
        with_year = year or d.year != self._today().year
        fmt = self.tr("d MMM yyyy") if with_year else self.tr("d MMM")
        return self._locale.toString(QDate(d.year, d.month, d.day), fmt)

    def _fill_stamps(self, stamps) -> None:
        for label in self.stamp_labels:
            self.stamps_box.removeWidget(label)
            label.hide()  # not painted until the deferred delete runs
            label.deleteLater()
        self.stamp_labels = []
        for s in stamps:
            label = _label("stamps")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(self.stamp_html(s))
            self.stamps_box.addWidget(label)
            self.stamp_labels.append(label)

    @staticmethod
    def stamp_dots(s) -> str:
        have = max(0, min(s.have, s.need))
        return "●" * have + "○" * (s.need - have)

    def stamp_text(self, s, dots: bool = False) -> str:
        """"Coffee card: 5 of 6 — the 7th coffee free", optionally after ●●●●●○."""
        text = (self.tr("%1: %2 of %3 — %4").replace("%1", s.name).replace("%2", str(s.have))
                .replace("%3", str(s.need)).replace("%4", s.reward))
        return f"{self.stamp_dots(s)}  {text}" if dots else text

    def stamp_html(self, s) -> str:
        return (f'<span style="font-size:18pt; color:#8a5a00;">{self.stamp_dots(s)}</span>'
                f"&nbsp;&nbsp;{html.escape(self.stamp_text(s))}")

    def _fill_rewards(self, ready) -> None:
        for button in self.give_buttons:
            self.rewards_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.give_buttons = []
        for i, reward in enumerate(ready):
            text = self.tr("Give: %1").replace("%1", reward.text)
            button = QPushButton(text + ("   F3" if i == 0 else ""))
            button.setObjectName("giveButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, rid=reward.reward_id: self.give_requested.emit(rid))
            self.rewards_box.addWidget(button)
            self.give_buttons.append(button)
        self.rewards.setVisible(bool(ready))

    def _fill_visits(self, m: MemberView) -> None:
        self.visits.setRowCount(len(m.last_visits))
        for row, v in enumerate(m.last_visits):
            when = formats.moment(self._local_time(v.at))
            amount = formats.money(v.amount_minor, v.currency)
            if v.status == "refunded":
                amount += " " + self.tr("(refunded)")
            elif v.refunded_minor:
                part = formats.money(v.refunded_minor)
                amount += " " + self.tr("(%1 refunded)").replace("%1", part)
            for col, text in enumerate((when, amount, "+" + formats.points(v.points_earned),
                                        "−" + formats.points(v.points_redeemed)
                                        if v.points_redeemed else "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.visits.setItem(row, col, item)
