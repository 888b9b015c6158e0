"""The manager's corrections: refund a purchase, whole or in part, and adjust a member's
points, each with a reason. Opened from Manage and from the open member at the till
(managers and owners only). They ask and show; how many points go back is the
domain's rule (app/domain/refunds.py), shown beforehand and applied by the services."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import refunds as refund_rules
from app.domain.errors import DomainError
from app.domain.money import parse_amount
from app.domain.roles import allowed
from app.ui.messages import describe, field_errors

STYLE = """
QLabel#fieldError { color: #b3261e; }
QLabel#done { color: #1e7e34; font-weight: bold; }
QLabel#hint { color: #555; }
"""
MAX_ADJUST = 1_000_000


def money_text(minor: int, currency: str) -> str:
    """An amount in the reader's locale, from integer minor units (no float on the way)."""
    locale = QLocale()
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    return f"{sign}{locale.toString(units)}{locale.decimalPoint()}{cents:02d} {currency}"


def amount_input(minor: int) -> str:
    """An amount as typed into a field: digits, the decimal point, no grouping."""
    return f"{minor // 100}.{minor % 100:02d}"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its error right under it; a hidden error takes no room."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


def _fixed(button: QPushButton) -> QPushButton:
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def _show_errors(labels: dict[str, QLabel], error: DomainError | None) -> None:
    found = field_errors(error) if error is not None else {}
    for name, label in labels.items():
        label.setText(found.pop(name, ""))
    if found:  # a field this form does not show: under the form
        labels[""].setText(" ".join(found.values()))
    for label in labels.values():
        label.setVisible(bool(label.text()))


# ---- refund --------------------------------------------------------------------------------


class RefundDialog(QDialog):
    """Find a purchase (the member's visits, a receipt number, a day) and refund all of
    it or a part, with a reason. A repeated click records the refund once."""

    COLUMNS = 6

    def __init__(self, terminal, parent=None, member=None):
        super().__init__(parent)
        self._terminal = terminal
        self._member = member if member is not None else getattr(parent, "current", None)
        self._rows = []
        self._refund_id = uuid.uuid4()  # one per refund: a double click records it once
        self.results = []  # RefundResults recorded here
        self.setWindowTitle(self.tr("Refund a purchase"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        self.find()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_find(), 1)
        layout.addWidget(self._build_refund(), 0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(980, 680)

    def _build_find(self) -> QWidget:
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        self.receipt.setPlaceholderText(self.tr("Receipt number"))
        self.on_day = QCheckBox(self.tr("On the day"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setEnabled(False)
        self.only_member = QCheckBox()
        if self._member is not None:
            self.only_member.setText(self.tr("Only %1's purchases").replace(
                "%1", self._member.display_name))
            self.only_member.setChecked(True)
        else:
            self.on_day.setChecked(True)  # nobody open: today's purchases
            self.day.setEnabled(True)
        self.only_member.setVisible(self._member is not None)
        self.find_button = QPushButton(self.tr("Find"))
        row = QHBoxLayout()
        for widget in (self.receipt, self.on_day, self.day, self.only_member):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.find_button)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("purchases")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Receipt"), self.tr("Member"), self.tr("Amount"),
            self.tr("Refunded"), self.tr("Points")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the refund form
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.found = QLabel()
        self.found.setObjectName("hint")
        box = QGroupBox(self.tr("Find the purchase"))
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(self.found)
        return box

    def _build_refund(self) -> QWidget:
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why: goods returned, wrong amount rung up…"))
        self.preview = QLabel()
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        self.errors = {name: _error_label() for name in ("amount", "reason", "")}
        self.refund_button = _fixed(QPushButton(self.tr("Refund")))
        self.refund_button.setDefault(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Purchase"), self.chosen)
        form.addRow(self.tr("Amount to refund"), _with_error(self.amount, self.errors["amount"]))
        form.addRow("", self.preview)
        form.addRow(self.tr("Reason"), _with_error(self.reason, self.errors["reason"]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.done_label, 1)
        buttons.addStretch(0)  # the button stays on the left while nothing is said
        box = QGroupBox(self.tr("Refund"))
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.errors[""])
        column.addLayout(buttons)
        return box

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.find)
        self.receipt.returnPressed.connect(self.find)
        self.on_day.toggled.connect(self.day.setEnabled)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self.amount.textChanged.connect(self._update_preview)
        for field in (self.amount, self.reason):  # after a refund: a new one is typed
            field.textEdited.connect(lambda _text: self.refund_button.setEnabled(
                self.selected() is not None and self.selected().left_minor > 0))
        self.refund_button.clicked.connect(self.refund)

    # -- finding ----------------------------------------------------------------------

    def find(self, keep: uuid.UUID | None = None) -> None:
        member_id = self._member.member_id if self._member is not None \
            and self.only_member.isChecked() else None
        day = self.day.date().toPython() if self.on_day.isChecked() else None
        try:
            self._rows = self._terminal.find_purchases(member_id, self.receipt.text(), day)
        except DomainError as exc:
            self._rows = []
            self.found.setText(describe(exc))
        else:
            self.found.setText(self.tr("Purchases found: %1").replace("%1", str(len(self._rows)))
                               if self._rows else self.tr("No purchases match."))
        self._fill()
        ids = [p.purchase_id for p in self._rows]
        if keep in ids or len(ids) == 1:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._chosen_changed()

    def _fill(self) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self._rows))
        local = self._terminal.ctx.local
        for row, p in enumerate(self._rows):
            points = f"+{p.points_earned}" + (f" / −{p.points_redeemed}"
                                               if p.points_redeemed else "")
            refunded = money_text(p.refunded_minor, p.currency) if p.refunded_minor else ""
            if p.status == "refunded":
                refunded = self.tr("in full")
            cells = (local(p.at).strftime("%d.%m.%Y %H:%M"), p.receipt_number, p.member_name,
                     money_text(p.amount_minor, p.currency), refunded, points)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{p.member_name}, {p.card_number}" if col == 2 and p.card_number
                                else text)
                if col in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _chosen_changed(self) -> None:
        p = self.selected()
        self._refund_id = uuid.uuid4()  # another purchase, another refund
        _show_errors(self.errors, None)
        can = p is not None and p.left_minor > 0
        for widget in (self.amount, self.reason, self.refund_button):
            widget.setEnabled(can)
        if p is None:
            self.chosen.setText(self.tr("Choose a purchase in the list."))
            self.amount.clear()
            return
        text = self.tr("%1, %2: paid %3").replace("%1", p.member_name).replace(
            "%2", self._terminal.ctx.local(p.at).strftime("%d.%m.%Y %H:%M")).replace(
            "%3", money_text(p.amount_minor, p.currency))
        if p.refunded_minor:
            text += self.tr("; refunded already %1").replace(
                "%1", money_text(p.refunded_minor, p.currency))
        self.chosen.setText(text)
        self.amount.setText(amount_input(p.left_minor) if can else "")
        self.amount.setPlaceholderText(self.tr("At most %1").replace(
            "%1", money_text(p.left_minor, p.currency)))
        if not can:
            self.preview.setText(self.tr("This purchase is refunded in full."))
            self.preview.show()

    def _update_preview(self) -> None:
        p = self.selected()
        self.preview.clear()
        self.preview.hide()
        if p is None or p.left_minor <= 0:
            return
        try:
            amount = parse_amount(self.amount.text())
            share = refund_rules.share(p.amount_minor, p.refunded_minor, amount,
                                       p.points_earned, p.points_earned, p.points_redeemed,
                                       currency=p.currency)
        except DomainError:
            return
        self.preview.setText(self.tr("Points: %1 taken back, %2 returned to the member.")
                             .replace("%1", str(share.earned_back))
                             .replace("%2", str(share.redeemed_back)))
        self.preview.show()

    # -- refunding --------------------------------------------------------------------

    def refund(self) -> None:
        p = self.selected()
        if p is None:
            return
        try:
            amount = parse_amount(self.amount.text())
            result = self._terminal.refund_purchase(self._refund_id, p.purchase_id,
                                                    self.reason.text(), amount)
        except DomainError as exc:
            if exc.code == "refund_over_paid":  # the amounts as this screen shows money
                exc.params.update({k: money_text(exc.params[f"{k}_minor"], p.currency)
                                   for k in ("left", "paid", "refunded")})
            _show_errors(self.errors, exc)
            self.done_label.hide()
            return
        self.results.append(result)
        self.reason.clear()
        self.find(keep=p.purchase_id)  # a new refund id, the figures as they are now
        # A second click of a double click must not refund the rest: the next refund
        # starts when the manager types its amount or reason.
        self.refund_button.setEnabled(False)
        self.done_label.setText(self.tr("Refunded %1. Points: %2 taken back, %3 returned. "
                                  "Balance: %4.")
                          .replace("%1", money_text(result.amount_minor, result.currency))
                          .replace("%2", str(result.points_taken_back))
                          .replace("%3", str(result.points_returned))
                          .replace("%4", str(result.balance)))
        self.done_label.show()


# ---- adjust --------------------------------------------------------------------------------


class AdjustDialog(QDialog):
    """Add or take a member's points with a reason (the open member, or one found here)."""

    def __init__(self, terminal, parent=None, member=None):
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
        self.query = QLineEdit()
        self.query.setObjectName("memberQuery")
        self.query.setPlaceholderText(self.tr("Name, last digits of the phone, or card"))
        self.find_button = QPushButton(self.tr("Find"))
        self.hits = QComboBox()
        self.hits.setObjectName("hits")
        self._find_row = QWidget()
        row = QHBoxLayout(self._find_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query, 1)
        row.addWidget(self.find_button)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.points = QSpinBox()
        self.points.setObjectName("points")
        self.points.setRange(-MAX_ADJUST, MAX_ADJUST)
        self.points.setGroupSeparatorShown(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why: a purchase not scanned, a mistake…"))
        self.hint = QLabel(self.tr("A positive number adds points, a negative one takes them."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.errors = {name: _error_label() for name in ("points", "reason", "")}
        form = QFormLayout()
        form.addRow(self.tr("Find the member"), self._find_row)
        form.addRow("", self.hits)
        form.addRow(self.tr("Member"), self.who)
        form.addRow(self.tr("Points"), _with_error(self.points, self.errors["points"]))
        form.addRow("", self.hint)
        form.addRow(self.tr("Reason"), _with_error(self.reason, self.errors["reason"]))
        self.save_button = _fixed(QPushButton(self.tr("Save")))
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

    def _connect(self) -> None:
        self.find_button.clicked.connect(self.find)
        self.query.returnPressed.connect(self.find)
        self.hits.currentIndexChanged.connect(self._hit_chosen)
        self.save_button.clicked.connect(self.save)

    def find(self) -> None:
        try:
            self._hits = self._terminal.search(self.query.text())
        except DomainError as exc:
            self._hits = []
            _show_errors(self.errors, exc)
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
            self._member = self._terminal.member(self._hits[index].member_id)
            self._entry_id = uuid.uuid4()
            self._show_member()

    def _show_member(self) -> None:
        m = self._member
        for widget in (self.points, self.reason, self.save_button):
            widget.setEnabled(m is not None)
        if m is not None:
            self.who.setText(self.tr("%1, balance %2").replace("%1", m.display_name)
                             .replace("%2", QLocale().toString(m.balance)))
        elif not self.who.text():
            self.who.setText(self.tr("Find the member first."))

    def save(self) -> None:
        if self._member is None:
            return
        try:
            balance = self._terminal.adjust_points(self._entry_id, self._member.member_id,
                                                   self.points.value(), self.reason.text())
        except DomainError as exc:
            _show_errors(self.errors, exc)
            self.done_label.hide()
            return
        _show_errors(self.errors, None)
        points = self.points.value()
        self.balance_after = balance
        self._entry_id = uuid.uuid4()
        self._member = self._terminal.member(self._member.member_id)
        self._show_member()
        self.done_label.setText(self.tr("Saved: %1 points. Balance: %2.")
                          .replace("%1", f"{points:+d}").replace("%2", str(balance)))
        self.done_label.show()
        self.points.setValue(0)
        self.reason.clear()


# ---- at the till ---------------------------------------------------------------------------


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
    refund.triggered.connect(lambda: run(RefundDialog))
    adjust.triggered.connect(lambda: run(AdjustDialog))
    update()
