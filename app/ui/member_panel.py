"""The member as the cashier sees them, readable from a step away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.dto import MemberView


def _label(object_name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MemberPanel(QFrame):
    def __init__(self, local_time, parent=None):
        super().__init__(parent)
        self._local_time = local_time
        self.setObjectName("memberPanel")
        self._build_ui()
        self.show_member(None)

    def _build_ui(self) -> None:
        self.name = _label("memberName")
        self.tier = _label("tierBadge", wrap=False)
        self.tier.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.balance = _label("balance", wrap=False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_text = _label("progressText")
        self.greeting = _label("greeting")
        self.occasions = _label("occasions")
        self.notes = _label("notes")
        self.details = _label("details")
        self.visits = QTableWidget(0, 4)
        self.visits.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Amount"), self.tr("Earned"), self.tr("Redeemed")])
        self.visits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.visits.verticalHeader().hide()
        self.visits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.tier)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details)
        layout.addWidget(self.greeting)
        layout.addWidget(self.occasions)
        row = QHBoxLayout()
        row.addWidget(self.balance)
        bar = QVBoxLayout()
        bar.addWidget(self.progress)
        bar.addWidget(self.progress_text)
        row.addLayout(bar, 1)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        self.last_visits_title = _label("sectionTitle")
        self.last_visits_title.setText(self.tr("Last visits"))
        layout.addWidget(self.last_visits_title)
        layout.addWidget(self.visits, 1)
        self._content = [self.tier, self.balance, self.progress, self.progress_text,
                         self.greeting, self.occasions, self.notes, self.details,
                         self.last_visits_title, self.visits]

    def show_member(self, m: MemberView | None) -> None:
        for widget in self._content:
            widget.setVisible(m is not None)
        if m is None:
            self.name.setText(self.tr("Find a member: type a name or the last digits of the "
                                      "phone, or scan the card."))
            return
        self.name.setText(m.display_name)
        self.tier.setText(m.tier_name)
        self.tier.setStyleSheet(f"background:{m.tier_colour}; color:white; border-radius:10px;"
                                "padding:6px 18px; font-size:20pt; font-weight:bold;")
        self.balance.setText(self.tr("%n point(s)", "", m.balance))
        self.progress.setValue(int(m.progress * 1000))
        self.progress.setStyleSheet(f"QProgressBar::chunk {{ background:{m.tier_colour}; }}")
        if m.next_tier_name:
            self.progress_text.setText(self.tr("%n point(s) to %1", "", m.points_to_next)
                                       .replace("%1", m.next_tier_name))
        else:
            self.progress_text.setText(self.tr("Top tier reached"))
        self.greeting.setText(f"«{m.greeting}»")
        shown = [text for kind, text in m.occasions if kind != "near_tier"]
        self.occasions.setText("   ".join(f"★ {t}" for t in shown))
        self.occasions.setVisible(bool(shown))
        self.notes.setText(self.tr("Notes: %1").replace("%1", m.notes) if m.notes else "")
        self.notes.setVisible(bool(m.notes))
        card = self.tr("card %1").replace("%1", m.card_number)
        self.details.setText(f"{m.phone}   ·   {card}   ·   "
                             + self.tr("%n visit(s)", "", m.visits))
        self._fill_visits(m)

    def _fill_visits(self, m: MemberView) -> None:
        self.visits.setRowCount(len(m.last_visits))
        for row, v in enumerate(m.last_visits):
            when = self._local_time(v.at).strftime("%d.%m.%Y %H:%M")
            amount = f"{v.amount_minor // 100:,}.{v.amount_minor % 100:02d}".replace(",", " ")
            if v.status == "refunded":
                amount += " " + self.tr("(refunded)")
            for col, text in enumerate((when, f"{amount} {v.currency}", f"+{v.points_earned}",
                                        f"−{v.points_redeemed}" if v.points_redeemed else "")):
                self.visits.setItem(row, col, QTableWidgetItem(text))
