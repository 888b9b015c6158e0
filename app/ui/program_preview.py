"""The program editor's preview: what a purchase typed here would earn under the rules
being edited (nothing is saved). The earning is the domain's (Program.earn); this page
only reads the purchase and shows the points or the problems that stop it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.domain.money import parse_amount
from app.domain.points_input import MAX_POINTS_CHANGE
from app.domain.program import Line, Program
from app.ui import formats
from app.ui.messages import describe
from app.ui.program_fields import choice_box, form_layout, note, whole_field


class ProgramPreview(QWidget):
    changed = Signal()  # the purchase typed here changed: earn it again

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self._lang = lang
        self.tier = choice_box([])
        self.amount = QLineEdit("1000")
        self.amount.setObjectName("amount")
        self.amount.setMinimumWidth(200)
        self.points = whole_field(MAX_POINTS_CHANGE, "points_paid")
        self.category = choice_box([])
        self.category_amount = QLineEdit()
        self.category_amount.setPlaceholderText("0.00")
        self.category_amount.setMinimumWidth(200)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formats.day_format())
        self.result = QLabel()
        self.result.setObjectName("previewResult")
        self.problems = QLabel()
        self.problems.setObjectName("fieldError")
        self.problems.setWordWrap(True)
        self._build()
        for combo in (self.tier, self.category):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.amount, self.category_amount, self.points.edit):
            edit.textChanged.connect(self.changed)
        self.date.dateChanged.connect(self.changed)

    def _build(self) -> None:
        form = form_layout()
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid with points"), self.points)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Of which in the category"), self.category_amount)
        form.addRow(self.tr("Date"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("What would this purchase earn under the rules "
                                      "being edited (nothing is saved).")))
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def fill_choices(self, data: dict) -> None:
        """The tiers and categories of the program being edited, the choice kept."""
        def name(row: dict) -> str:
            names = row.get("name") or {}
            return names.get(self._lang) or names.get("en") or row.get("key", "")

        _refill(self.tier, [(t["key"], name(t)) for t in data["tiers"]])
        _refill(self.category, [("", self.tr("— none —"))]
                + [(c["key"], name(c)) for c in data["categories"]])

    def show_earning(self, program: Program | None, problems: list[str]) -> None:
        """The points the purchase earns, or (no program) the problems in its way."""
        self.result.clear()
        self.problems.clear()
        self.result.setVisible(False)  # either the earning or the problems, no gap
        if program is None:
            self.problems.setText("\n".join(problems))
            return
        try:
            lines = self._lines(program)
        except DomainError as exc:
            self.problems.setText(describe(exc))
            return
        self.result.setText("\n".join(lines))
        self.result.setVisible(True)

    def _lines(self, program: Program) -> list[str]:
        amount = parse_amount(self.amount.text())
        points = self.points.value()
        program.check_redemption(points, amount, points)
        category = self.category.currentData() or ""
        part = self.category_amount.text().strip()
        part_minor = parse_amount(part) if category and part else 0
        if part_minor > amount:
            raise DomainError("preview_part", self.tr("The category part cannot be more than "
                                                      "the whole purchase."))
        tier = program.tier_by_key(self.tier.currentData() or "")
        day = self.date.date().toPython()
        lines = (Line(category, part_minor),) if part_minor else ()
        earning = program.earn(tier, amount, points, day, lines, self._lang)
        text = [self.tr("Base, %1 at %2 %: %n point(s)", "", earning.base)
                .replace("%1", tier.name(self._lang)).replace("%2", str(tier.earn_percent))]
        text += [self.tr("%1: +%n point(s)", "", b.points).replace("%1", b.name)
                 for b in earning.bonuses]
        if not earning.bonuses:
            text.append(self.tr("No campaign adds points to this purchase."))
        text.append(self.tr("Total: %n point(s)", "", earning.total))
        return text


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, label in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
