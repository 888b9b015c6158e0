"""Back-office dialogs for the manager: the prize draw among the hoarders, the charity
totals, and the program health report. They show what the services return and ask
for input; the rules (who may win, what a flag means) live in the services/domain."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
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
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
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

MAX_SEED = 2**63 - 1  # the database stores the seed as a signed 64-bit integer
DIGEST_SHOWN = 12
# Local rules on top of the app's style.qss: what a check or a warning looks like here.
STYLE = """
QLabel#verifyOk, QLabel#healthOk { color: #1e7e34; font-weight: bold; }
QLabel#verifyFailed { color: #b3261e; font-weight: bold; }
QLabel#healthFlag { background: #fff4ce; border: 1px solid #d4a017; border-radius: 6px;
                    padding: 8px; }
QLabel#hint { color: #555; }
QLabel#drawTitle { font-size: 16pt; font-weight: bold; }
"""


def _table(headers: list[str], stretch: tuple[int, ...] = (0,), report: bool = False
           ) -> QTableWidget:
    """A read-only table; the ``stretch`` columns share the spare width. A ``report``
    table is as tall as its rows and takes no focus or selection."""
    table = QTableWidget(0, len(headers))
    if report:
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _rows_fit_text(table)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection if report
                           else QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    return table


def _rows_fit_text(table: QTableWidget) -> None:
    """Rows grow to show wrapped text (a long name, a long prize) instead of cutting it."""
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)


def _fill_row(table: QTableWidget, row: int, cells: list[str], numeric: set[int] = frozenset(),
              bold: bool = False) -> None:
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if col in numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, col, item)


def _label(name: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _number(value: int) -> str:
    return formats.number(value)


# ---- the prize draw ----------------------------------------------------------------


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
        today = QDate.currentDate()
        self.start, self.end = QDateEdit(QDate(today.year(), 1, 1)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self._period_row = QWidget()
        row = QHBoxLayout(self._period_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        self.prizes = QPlainTextEdit()
        self.prizes.setPlaceholderText(self.tr("One prize per line; the first line is the first prize"))
        self.prizes.setTabChangesFocus(True)
        self.prizes.setFixedHeight(self.prizes.fontMetrics().lineSpacing() * 4 + 16)
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("Empty: a random seed"))
        self.errors = {name: _label("fieldError") for name in self.ERROR_FIELDS}
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

    def _build_result(self) -> QWidget:
        self.placeholder = _label("hint")
        self.placeholder.setText(self.tr("Fill in the draw and run it: the winners appear here, "
                                         "with the seed that lets anyone re-run it."))
        self.title = _label("drawTitle", selectable=True)
        self.eligible = _label()
        self.seed_text = _label(selectable=True)
        self.digest = _label("hint", selectable=True)
        self.winners = _table([self.tr("Place"), self.tr("Member"), self.tr("Card"), self.tr("Prize")],
                              stretch=(1, 3))
        # A long name or prize wraps onto a second line rather than being cut.
        _rows_fit_text(self.winners)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_result = _label()
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
        self.history = _table([self.tr("When"), self.tr("Draw"), self.tr("Took part"),
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
            _fill_row(self.winners, row, [str(w.place), w.name, w.card_number, w.prize], {0})
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
            _fill_row(self.history, row, [when, d.name, _number(d.eligible),
                                          _number(len(d.winners))], {2, 3})
            if d.draw_id == select:
                self.history.selectRow(row)
        self.history.blockSignals(False)

    def _history_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if rows:
            self.show_result(self._history[rows[0].row()])


# ---- charity -----------------------------------------------------------------------


class CharityDialog(QDialog):
    """How many points members gave to each cause: what the shop hands over and reports."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Charity"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        intro = _label()
        intro.setText(self.tr("Points members gave to good causes."))
        self.table = _table([self.tr("Cause"), self.tr("Points"), self.tr("Worth"),
                             self.tr("Donations"), self.tr("Donors")], report=True)
        self.total = _label("drawTitle", selectable=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.total):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(980, 320)

    def _worth(self, points: int) -> str:
        program = self._terminal.program
        return formats.money(points * program.point_value_minor, program.currency)

    def refresh(self) -> None:
        totals = self._terminal.office.cause_totals()
        self.table.setRowCount(len(totals) + 1)
        for row, c in enumerate(totals):
            _fill_row(self.table, row, [c.name, _number(c.points), self._worth(c.points),
                                        _number(c.donations), _number(c.donors)], {1, 2, 3, 4})
        points = sum(c.points for c in totals)
        donations = sum(c.donations for c in totals)
        # Donors are not summed: one member may give to several causes.
        _fill_row(self.table, len(totals), [self.tr("Total"), _number(points), self._worth(points),
                                            _number(donations), ""], {1, 2, 3, 4}, bold=True)
        self.total.setText(self.tr("In total members gave %n point(s), worth %1.", "", points)
                           .replace("%1", self._worth(points)))


# ---- program health ----------------------------------------------------------------


class HealthDialog(QDialog):
    """Is the ladder well tuned? How long members take to climb each tier, and what to
    change when the top is out of reach, too easy, or the first win comes too late."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.setWindowTitle(self.tr("Program health"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.summary = _label()
        self.flags_box = QVBoxLayout()
        self.table = _table([self.tr("Tier"), self.tr("Threshold"), self.tr("Members"),
                             self.tr("Share"), self.tr("Reached"),
                             self.tr("Took them (median)"), self.tr("Median member needs")],
                            report=True)
        hint = _label("hint")
        hint.setText(self.tr("“Took them”: among members who reached the tier, the median time "
                             "from enrolment. “Median member needs”: at the earning pace of the "
                             "median member enrolled for a month or more."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.flags_box)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(1060, 480)

    def duration(self, days: float | None) -> str:
        if days is None:
            return "—"
        if days < 61:
            return self.tr("%n day(s)", "", round(days))
        if days < 730:
            return self.tr("%n month(s)", "", round(days / 30.44))
        years = days / 365.25
        if years >= 10 or abs(years - round(years)) < 0.05:
            return self.tr("%n year(s)", "", round(years))
        return self.tr("%1 years").replace("%1", QLocale().toString(years, "f", 1))

    def refresh(self) -> None:
        health = self._terminal.office.program_health()
        self.health = health
        monthly = QLocale().toString(health.median_points_per_day * 30.44, "f", 0)
        self.summary.setText(self.tr("%n member(s).", "", health.members) + " " + self.tr(
            "The median member earns about %1 qualifying points a month.").replace("%1", monthly))
        self._fill_table(health)
        self._show_flags(health)

    def _fill_table(self, health) -> None:
        self.table.setRowCount(len(health.tiers))
        for row, t in enumerate(health.tiers):
            share = t.members / health.members if health.members else 0.0
            needs = self.tr("from the start") if t.threshold == 0 else self.duration(t.projected_days)
            took = self.duration(t.observed_median_days) if t.threshold else ""
            _fill_row(self.table, row, [t.name, _number(t.threshold), _number(t.members),
                                        QLocale().toString(share * 100, "f", 0) + " %",
                                        _number(t.reached) if t.threshold else "", took, needs],
                      {1, 2, 3, 4})

    def flag_texts(self, health) -> list[str]:
        top, first = health.tiers[-1], health.tiers[1] if len(health.tiers) > 1 else None
        texts = {
            "top_out_of_reach": self.tr("The top tier is out of reach: the median member would "
                                        "need %1. Aim for two to three.")
            .replace("%1", self.duration(top.projected_days)),
            "top_trivial": self.tr("The top tier is too easy: the median member reaches it in %1, "
                                   "under six months. Aim for two to three years.")
            .replace("%1", self.duration(top.projected_days)),
            "first_win_slow": self.tr("The first step takes more than three months: newcomers "
                                      "need a first win within weeks.") + " " + self.tr(
                "The median member needs %1 to reach %2.")
            .replace("%1", self.duration(first.projected_days if first else None))
            .replace("%2", first.name if first else ""),
            "no_data": self.tr("Not enough data yet: the pace is measured on members enrolled "
                               "for a month or more who have earned points."),
        }
        return [texts.get(code, code) for code in health.flags]

    def _show_flags(self, health) -> None:
        while self.flags_box.count():
            self.flags_box.takeAt(0).widget().deleteLater()
        self.flag_labels = []
        for text in self.flag_texts(health):
            label = _label("healthFlag")
            label.setText(text)  # the framed amber box marks it; no glyph a font may lack
            self.flags_box.addWidget(label)
            self.flag_labels.append(label)
        if not health.flags and len(health.tiers) > 1:
            top = health.tiers[-1]
            ok = _label("healthOk")
            ok.setText(self.tr("The ladder looks well tuned: the median member reaches %1 in %2.")
                       .replace("%1", top.name).replace("%2", self.duration(top.projected_days)))
            self.flags_box.addWidget(ok)
            self.flag_labels.append(ok)
