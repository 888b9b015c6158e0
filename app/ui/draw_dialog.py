"""The prize draw among the hoarders: the owner sets the rules, the service draws with a
seed anyone can re-run, the dialog shows the winners, the list digest and past draws,
and verifies a recorded draw. Who may win is decided by the services, not here."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.points_input import MAX_POINTS_CHANGE
from app.services.dto import DrawResult
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.amounts import WholeField
from app.ui.messages import describe, field_errors
from app.ui.result_widgets import STYLE, fill_row, read_only_table, result_label, rows_fit_text

MAX_SEED = 2**63 - 1  # the database stores the seed as a signed 64-bit integer


DIGEST_SHOWN = 12


class DrawDialog(QDialog):
    """Run a prize draw among members who hold (or earned) enough points, show the
    winners and the seed that lets anyone re-run it, and verify earlier draws."""

    ERROR_FIELDS = ("name", "period", "min_points", "prizes", "seed", "")

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._draw_id = uuid.uuid4()  # one per draw: a double click records it once
        self.shown: DrawResult | None = None
        self.setWindowTitle(self.tr("Prize draw"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        self._basis_changed()
        self._load_history()

    def _build_ui(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._build_form(), 0)
        left.addWidget(self._build_history(), 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self._build_result(), 3)
        self.resize(1240, 760)

    def _build_form(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hoarders' draw 2026"))
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Points held now"), "balance")
        self.basis.addItem(self.tr("Qualifying points earned in a period"), "qualifying")
        self._period_row = self._build_period()
        self.prizes = QPlainTextEdit()
        self.prizes.setPlaceholderText(self.tr("One prize per line; the first line is the first prize"))
        self.prizes.setTabChangesFocus(True)
        self.prizes.setFixedHeight(self.prizes.fontMetrics().lineSpacing() * 4 + 16)
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("Empty: a random seed"))
        self.errors = {name: result_label("fieldError") for name in self.ERROR_FIELDS}
        for label in self.errors.values():
            label.hide()
        # Typed as it is, never cut to fit: above the most allowed it is refused in words.
        self.min_points = WholeField("min_points", 1, MAX_POINTS_CHANGE, self.errors["min_points"])
        self.min_points.set_value(1000)
        self.form = QFormLayout()
        rows = [(self.tr("Draw name"), self.name, "name"), (self.tr("Who takes part"), self.basis, None),
                (self.tr("Period"), self._period_row, "period"),
                (self.tr("At least (points)"), self.min_points, "min_points"),
                (self.tr("Prizes"), self.prizes, "prizes"), (self.tr("Seed"), self.seed, "seed")]
        for text, widget, error in rows:
            self.form.addRow(text, widget)
            if error:
                self.form.addRow("", self.errors[error])
        self.run_button = QPushButton(self.tr("Run the draw"))
        self.run_button.setDefault(True)
        self.new_button = QPushButton(self.tr("New draw"))
        self.new_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("New draw"))
        column = QVBoxLayout(box)
        column.addLayout(self.form)
        column.addWidget(self.errors[""])
        column.addLayout(buttons)
        return box

    def _build_period(self) -> QWidget:
        today = QDate.currentDate()
        self.start, self.end = QDateEdit(QDate(today.year(), 1, 1)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        return period

    def _build_result(self) -> QWidget:
        self.placeholder = result_label("hint")
        self.placeholder.setText(self.tr("Fill in the draw and run it: the winners appear here, "
                                         "with the seed that lets anyone re-run it."))
        self.title = result_label("drawTitle", selectable=True)
        self.eligible = result_label()
        self.seed_text = result_label(selectable=True)
        self.digest = result_label("hint", selectable=True)
        self.winners = read_only_table([self.tr("Place"), self.tr("Member"), self.tr("Card"), self.tr("Prize")],
                              stretch=(1, 3))
        # A long name or prize wraps onto a second line rather than being cut.
        rows_fit_text(self.winners)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_result = result_label()
        self.result_view = QWidget()
        column = QVBoxLayout(self.result_view)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.eligible, self.seed_text, self.digest):
            column.addWidget(widget)
        column.addWidget(self.winners, 1)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.verify_result)
        self.result_view.hide()
        box = QGroupBox(self.tr("Result"))
        outer = QVBoxLayout(box)
        outer.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.result_view, 1)
        return box

    def _build_history(self) -> QWidget:
        self.history = read_only_table([self.tr("When"), self.tr("Draw"), self.tr("Took part"),
                               self.tr("Winners")], stretch=(1,))
        box = QGroupBox(self.tr("Earlier draws"))
        QVBoxLayout(box).addWidget(self.history)
        return box

    def _connect(self) -> None:
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.run_button.clicked.connect(self.run)
        self.new_button.clicked.connect(self.new_draw)
        self.verify_button.clicked.connect(self.verify)
        self.history.itemSelectionChanged.connect(self._history_selected)

    def _basis_changed(self) -> None:
        by_period = self.basis.currentData() == "qualifying"
        self.form.setRowVisible(self._period_row, by_period)
        if not by_period:
            self.errors["period"].hide()

    # -- running --

    def _read_seed(self) -> int | None:
        text = self.seed.text().strip().replace(" ", "")
        if not text:
            return None
        if not (text.isascii() and text.isdigit()) or int(text) > MAX_SEED:
            raise ValueError(text)
        return int(text)

    def _period(self) -> tuple[date | None, date | None]:
        if self.basis.currentData() != "qualifying":
            return None, None
        # The "to" day is shown inclusive; the service takes the day after as the end.
        return self.start.date().toPython(), self.end.date().toPython() + timedelta(days=1)

    def run(self) -> None:
        self._show_errors({})
        try:
            seed = self._read_seed()
        except ValueError:
            self._show_errors({"seed": self.tr("A seed is a whole number from 0 to %1, "
                                               "or leave it empty.").replace("%1", str(MAX_SEED))})
            return
        start, end = self._period()
        try:
            result = self._terminal.office.run_draw(
                self.name.text(), self.prizes.toPlainText().splitlines(), self.min_points.value(),
                self.basis.currentData(), start, end, seed, self._draw_id)
        except DomainError as exc:
            self._show_errors(field_errors(exc))
            return
        self._set_editable(False)
        self._load_history(select=result.draw_id)
        self.show_result(result)

    def new_draw(self) -> None:
        """Start another draw: a fresh id, the form open again."""
        self._draw_id = uuid.uuid4()
        self.seed.clear()
        self._set_editable(True)
        self.name.setFocus()

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.name, self.basis, self.start, self.end, self.min_points, self.prizes,
                       self.seed):
            widget.setEnabled(editable)
        self.run_button.setEnabled(editable)
        self.new_button.setVisible(not editable)

    def _show_errors(self, messages: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
        for name, text in messages.items():
            label = self.errors.get(name, self.errors[""])
            label.setText(text)
            label.show()

    # -- showing --

    def show_result(self, result: DrawResult) -> None:
        self.shown = result
        when = formats.moment(self._terminal.ctx.local(result.as_of))
        self.title.setText(self.tr("%1 — drawn on %2").replace("%2", when)
                           .replace("%1", result.name))
        self.eligible.setText(self.tr("%n member(s) took part.", "", result.eligible))
        self.seed_text.setText(self.tr("Seed %1 — anyone can re-run this draw with it.")
                               .replace("%1", str(result.seed)))
        self.digest.setText(self.tr("List digest: %1…").replace("%1", result.digest[:DIGEST_SHOWN]))
        self.digest.setToolTip(result.digest)
        self.winners.setRowCount(len(result.winners))
        for row, w in enumerate(result.winners):
            fill_row(self.winners, row, [str(w.place), w.name, w.card_number, w.prize], {0})
        self.verify_result.clear()
        self.placeholder.hide()
        self.result_view.show()

    def verify(self) -> None:
        if self.shown is None:
            return
        try:
            ok, explanation = self._terminal.office.verify_draw(self.shown.draw_id)
        except DomainError as exc:
            ok, explanation = False, describe(exc)
        # The service explains in English; in words the manager reads, say what it means
        # and keep its details for a mismatch (and as a tooltip).
        if ok:
            text = self.tr("Re-run matches: the same members took part and the same winners were drawn.")
        else:
            text = self.tr("Re-run does not match: %1").replace("%1", explanation)
        self.verify_result.setObjectName("verifyOk" if ok else "verifyFailed")
        self.verify_result.style().unpolish(self.verify_result)  # the style follows the name
        self.verify_result.style().polish(self.verify_result)
        self.verify_result.setText(text)
        self.verify_result.setToolTip(explanation)

    def _load_history(self, select: uuid.UUID | None = None) -> None:
        self._history = self._terminal.office.draws()
        self.history.blockSignals(True)
        self.history.setRowCount(len(self._history))
        for row, d in enumerate(self._history):
            when = formats.moment(self._terminal.ctx.local(d.as_of))
            fill_row(self.history, row, [when, d.name, formats.number(d.eligible),
                                          formats.number(len(d.winners))], {2, 3})
            if d.draw_id == select:
                self.history.selectRow(row)
        self.history.blockSignals(False)

    def _history_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if rows:
            self.show_result(self._history[rows[0].row()])
