"""Add or take a member's points with a reason: the member open at the till, or one
found here."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.amounts import WholeField
from app.ui.corrections import (
    STYLE,
    fixed,
    show_errors,
)
from app.ui.error_labels import error_label, with_error

MAX_ADJUST = 1_000_000


class AdjustDialog(QDialog):
    """Add or take a member's points with a reason (the open member, or one found here)."""

    def __init__(self, terminal: Terminal, parent=None, member=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member if member is not None else getattr(parent, "current", None)
        self._hits = []
        self._entry_id = uuid.uuid4()  # one per adjustment: a double click records it once
        self.balance_after: int | None = None
        self.setWindowTitle(self.tr("Adjust points"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        self._show_member()

    def _build_ui(self) -> None:
        self._find_row = self._build_find()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why: a purchase not scanned, a mistake…"))
        self.hint = QLabel(self.tr("A positive number adds points, a negative one takes them."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.errors = {name: error_label() for name in ("points", "reason", "")}
        self.points = WholeField("points", -MAX_ADJUST, MAX_ADJUST, self.errors["points"])
        form = QFormLayout()
        form.addRow(self.tr("Find the member"), self._find_row)
        form.addRow("", self.hits)
        form.addRow(self.tr("Member"), self.who)
        form.addRow(self.tr("Points"), with_error(self.points, self.errors["points"]))
        form.addRow("", self.hint)
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        self.save_button = fixed(QPushButton(self.tr("Save")))
        self.save_button.setDefault(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_label, 1)
        buttons.addStretch(0)  # the button stays on the left while nothing is said
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors[""])
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(close)
        self._find_row.setVisible(self._member is None)
        self.hits.hide()
        self.resize(640, 380)

    def _build_find(self) -> QWidget:
        """The search for a member when the dialog was opened without one."""
        self.query = QLineEdit()
        self.query.setObjectName("memberQuery")
        self.query.setPlaceholderText(self.tr("Name, last digits of the phone, or card"))
        self.find_button = QPushButton(self.tr("Find"))
        self.hits = QComboBox()
        self.hits.setObjectName("hits")
        find_row = QWidget()
        row = QHBoxLayout(find_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query, 1)
        row.addWidget(self.find_button)
        return find_row

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.find)
        self.query.returnPressed.connect(self.find)
        self.hits.currentIndexChanged.connect(self._hit_chosen)
        self.save_button.clicked.connect(self.save)

    def find(self) -> None:
        try:
            self._hits = self._terminal.till.search(self.query.text())
        except DomainError as exc:
            self._hits = []
            show_errors(self.errors, exc)
        self.hits.clear()
        for hit in self._hits:
            self.hits.addItem(f"{hit.display_name}  {hit.phone}  {hit.card_number}".strip())
        self.hits.setVisible(bool(self._hits))
        if not self._hits:
            self._member = None
            self.who.setText(self.tr("Nobody found."))
            self._show_member()

    def _hit_chosen(self, index: int) -> None:
        if 0 <= index < len(self._hits):
            self._member = self._terminal.till.member(self._hits[index].member_id)
            self._entry_id = uuid.uuid4()
            self._show_member()

    def _show_member(self) -> None:
        m = self._member
        for widget in (self.points, self.reason, self.save_button):
            widget.setEnabled(m is not None)
        if m is not None:
            self.who.setText(self.tr("%1, balance %2").replace("%1", m.display_name)
                             .replace("%2", formats.points(m.balance)))
        elif not self.who.text():
            self.who.setText(self.tr("Find the member first."))

    def save(self) -> None:
        if self._member is None:
            return
        try:
            points = self.points.value()
            balance = self._terminal.admin.adjust_points(self._entry_id, self._member.member_id,
                                                   points, self.reason.text())
        except DomainError as exc:
            show_errors(self.errors, exc)
            self.done_label.hide()
            return
        show_errors(self.errors, None)
        self.balance_after = balance
        self._entry_id = uuid.uuid4()
        self._member = self._terminal.till.member(self._member.member_id)
        self._show_member()
        self.done_label.setText(self.tr("Saved: %1 points. Balance: %2.")
                          .replace("%1", f"{points:+d}").replace("%2", str(balance)))
        self.done_label.show()
        self.points.set_value(0)
        self.reason.clear()
