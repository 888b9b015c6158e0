"""The owner's program editor: tiers, the qualifying window, expiry, campaigns, stamp
cards, help and charity, and a live "what would this purchase earn" preview.

The editor only gathers the program as data. ``Program.from_dict`` decides what is
valid and the service saves it as a new version, so every problem comes back with
the field it belongs to; the editor flags that cell or field and lists the message
by row. Nothing is saved until every problem is fixed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, ValidationErrors
from app.domain.money import DEFAULT_LARGE_AMOUNT_MINOR, parse_amount
from app.domain.points_input import MAX_POINTS_CHANGE, read_whole
from app.domain.program import (
    ACTIONS,
    EXPIRY_DAYS,
    MAX_ABSENCE_DAYS,
    MAX_WINDOW_MONTHS,
    Line,
    Program,
)
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.amounts import WholeField
from app.ui.messages import describe

VALUE = Qt.ItemDataRole.UserRole  # a choice cell's stored value (its text is a label)
TIP = Qt.ItemDataRole.UserRole + 1  # the tooltip a cell shows when it has no error
AUTO_KEY = Qt.ItemDataRole.UserRole + 2  # the key was made from the English name
ERROR_BG = QColor("#f6c9c5")
UNUSED_BG = QColor("#e4e4e4")
ERROR_FG = QColor("#b3261e")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_INT = re.compile(r"^-?\d+$")
_GROUPING = re.compile(r"(?<=\d)[\s\u00a0\u202f,](?=\d{3}(\D|$))")
SECTIONS = ("tiers", "campaigns", "stamp_cards", "categories", "causes")
LOCAL_STYLE = """
*[invalid="true"] { background: #f6c9c5; border: 1px solid #b3261e; }
QListWidget#programErrors { color: #b3261e; }
QLabel#note { color: #555; }
QLabel#previewResult { font-size: 15pt; }
"""



def key_from_name(name: str) -> str:
    """A program key from an English name: "Snow Leopard" -> "snow_leopard"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40]


def problems_of(error: DomainError) -> list[DomainError]:
    return list(error.errors) if isinstance(error, ValidationErrors) else [error]


def _get(item: dict, path: str):
    head, _, lang = path.partition(".")
    value = item.get(head)
    if not lang:
        return value
    return value.get(lang, "") if isinstance(value, dict) else (value or "")


def _put(item: dict, path: str, value) -> None:
    head, _, lang = path.partition(".")
    if lang:
        item.setdefault(head, {})[lang] = value
    else:
        item[head] = value


def flag(widget: QWidget, message: str) -> None:
    """Show a field's problem: a red background (the ``invalid`` property) and a tooltip."""
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@dataclass(frozen=True)
class Column:
    path: str  # "threshold", "name.en"; the part before the dot is the error field
    header: str
    kind: str = "text"  # text, int, list (comma-separated keys) or choice
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (value, label)
    label: Callable[[str], str] | None = None  # how a choice value reads in the cell

    @property
    def field(self) -> str:
        return self.path.split(".")[0]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for a cell whose value is one of a few (a kind, a tier, a category)."""

    def __init__(self, column: Column, parent):
        super().__init__(parent)
        self._column = column

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, label in self._column.choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: (self.commitData.emit(combo),
                                            self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor, index):
        value = index.data(VALUE) or ""
        if editor.findData(value) < 0:  # e.g. a category since removed: keep it visible
            editor.addItem(value, value)
        editor.setCurrentIndex(editor.findData(value))

    def setModelData(self, editor, model, index):
        value = editor.currentData() or ""
        model.setData(index, value, VALUE)
        model.setData(index, self._column.label(value) if self._column.label else value)


class ProgramTable(QTableWidget):
    """One list of the program (tiers, campaigns…) as keyboard-editable text cells.

    Keys of saved rows are locked: members' tiers, stamps and donations refer to them,
    so renaming one would be deleting it."""

    edited = Signal()

    def __init__(self, section: str, columns: list[Column], locked_tip: str,
                 unused: Callable[[dict], set[str]] | None = None):
        super().__init__(0, len(columns))
        self.section, self.columns = section, columns
        self._locked_tip, self._unused = locked_tip, unused or (lambda row: set())
        self._errors: dict[tuple[int, int], str] = {}
        self._quiet = False
        self.setObjectName(section)
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                             & ~QAbstractItemView.EditTrigger.CurrentChanged)
        for i, column in enumerate(columns):
            if column.kind == "choice":
                self.setItemDelegateForColumn(i, ChoiceDelegate(column, self))
        self.itemChanged.connect(self._changed)

    def col(self, path: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.path == path)

    # ---- rows as data ------------------------------------------------------------------

    def load(self, rows: list[dict]) -> None:
        self.setRowCount(0)
        for row in rows:
            self.append(row, locked=True)

    def fit(self) -> None:
        """Columns as wide as their header and text, a long text (perks) cut at 220 px."""
        self.resizeColumnsToContents()
        for i in range(len(self.columns)):
            self.setColumnWidth(i, min(max(self.columnWidth(i), 70), 220))

    def append(self, values: dict, locked: bool = False) -> int:
        self._quiet = True
        row = self.rowCount()
        self.insertRow(row)
        for c, column in enumerate(self.columns):
            value = _get(values, column.path)
            text = ", ".join(value or []) if column.kind == "list" else str(value or "")
            if column.kind == "int" and isinstance(value, int):
                text = formats.number(value)  # 10 000 / 10,000, as everywhere else
            item = QTableWidgetItem(text)
            if column.kind == "choice":
                item.setData(VALUE, text)
                item.setText(column.label(text) if column.label else text)
            if column.path == "key":
                item.setData(AUTO_KEY, not text)
                if locked:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(TIP, self._locked_tip)
            self.setItem(row, c, item)
        self._quiet = False
        self._paint_row(row)
        return row

    def value(self, row: int, c: int):
        column, item = self.columns[c], self.item(row, c)
        if column.kind == "choice":
            return item.data(VALUE) or ""
        text = item.text().strip()
        if column.kind == "int":
            digits = _GROUPING.sub("", text)  # "10 000" and "10,000" as typed or shown
            return int(digits) if _INT.match(digits) else text  # the program says what is wrong
        if column.kind == "list":
            return [k.strip() for k in text.split(",") if k.strip()]
        return text

    def row_data(self, row: int) -> dict:
        data: dict = {}
        for c, column in enumerate(self.columns):
            _put(data, column.path, self.value(row, c))
        return data

    def rows(self) -> list[dict]:
        return [self.row_data(r) for r in range(self.rowCount())]

    def add_row(self, defaults: dict) -> None:
        row = self.append(defaults)
        self.fit()
        self.setFocus()
        self.setCurrentCell(row, 1)
        self.editItem(self.item(row, 1))
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.selectedIndexes()} or {self.currentRow()}
        self.clear_marks()  # the marks belong to row numbers that are about to shift
        for row in sorted(rows - {-1}, reverse=True):
            self.removeRow(row)
        self.edited.emit()

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._quiet:
            return
        path = self.columns[item.column()].path
        key = self.item(item.row(), 0)
        self._quiet = True
        if path == "key":
            item.setData(AUTO_KEY, False)  # typed by hand: the name no longer rewrites it
        elif path == "name.en" and key.flags() & Qt.ItemFlag.ItemIsEditable and key.data(AUTO_KEY):
            key.setText(key_from_name(item.text()))
        self._quiet = False
        self._paint_row(item.row())
        self.edited.emit()

    # ---- problems ----------------------------------------------------------------------

    def mark(self, row: int, field: str, message: str) -> None:
        cells = [c for c, column in enumerate(self.columns) if column.field == field] or [0]
        for c in cells:
            if 0 <= row < self.rowCount():
                old = self._errors.get((row, c))
                self._errors[(row, c)] = f"{old}\n{message}" if old else message
                self._paint(row, c)

    def mark_duplicates(self, message: str) -> None:
        keys = [self.item(r, 0).text().strip() for r in range(self.rowCount())]
        for row, key in enumerate(keys):
            if keys.count(key) > 1:
                self.mark(row, "key", message)

    def clear_marks(self) -> None:
        marked = list(self._errors)
        self._errors.clear()
        for row, c in marked:
            if row < self.rowCount():
                self._paint(row, c)

    def _paint_row(self, row: int) -> None:
        for c in range(len(self.columns)):
            self._paint(row, c)

    def _paint(self, row: int, c: int) -> None:
        """Error red wins; a colour cell shows its colour; a cell the row does not use
        is grey."""
        item, column = self.item(row, c), self.columns[c]
        error = self._errors.get((row, c))
        background, foreground = None, None
        if error:
            background = ERROR_BG
        elif column.path == "colour" and _HEX.match(item.text().strip()):
            background = QColor(item.text().strip())
            foreground = QColor("white" if background.lightnessF() < 0.55 else "black")
        elif column.field in self._unused(self.row_data(row)):
            background = UNUSED_BG
        self._quiet = True
        item.setToolTip(error or item.data(TIP) or "")
        item.setBackground(QBrush(background) if background else QBrush())
        item.setForeground(QBrush(foreground) if foreground else QBrush())
        self._quiet = False


class ProgramEditor(QDialog):
    """Edit the program in force and save it as a new version."""

    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self._lang = terminal.ctx.lang
        self._base = copy.deepcopy(terminal.program.to_dict())
        self._checking = False  # after a refused save every edit re-checks the marks
        self.saved = None
        self.saved_text = ""
        self._fitted = False
        self.setWindowTitle(self.tr("Loyalty program"))
        self.setStyleSheet(LOCAL_STYLE)
        self._names()
        self._build_ui()
        self._load(self._base)
        self._clean = self.data()  # what "unsaved changes" are measured against
        self._ask_before_discarding = True
        self._connect()
        self._refresh()
        self.resize(1000, 660)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # the style sheet's fonts are known only once shown
            self._fitted = True
            for table in self.tables.values():
                table.fit()

    def _names(self) -> None:
        """Words for the places a problem can be, to say where it is."""
        self._row_names = {"tiers": self.tr("Tier %1"), "campaigns": self.tr("Campaign %1"),
                           "stamp_cards": self.tr("Stamp card %1"),
                           "categories": self.tr("Category %1"), "causes": self.tr("Cause %1")}
        self._field_names = {
            "key": self.tr("key"), "name": self.tr("name"), "colour": self.tr("colour"),
            "threshold": self.tr("threshold"), "earn_percent": self.tr("earn rate"),
            "perks": self.tr("perks"), "kind": self.tr("kind"), "starts": self.tr("starts"),
            "ends": self.tr("ends"), "tiers": self.tr("tiers"), "factor_percent": self.tr("factor"),
            "category": self.tr("category"), "extra_percent": self.tr("extra"),
            "tier": self.tr("tier"), "stamps": self.tr("stamps"), "reward": self.tr("reward")}
        self._place_names = {
            "tiers": self.tr("Tiers"), "campaigns": self.tr("Campaigns"),
            "stamp_cards": self.tr("Stamp cards"), "categories": self.tr("Categories"),
            "causes": self.tr("Causes"), "qualifying_window.kind": self.tr("Qualifying window"),
            "qualifying_window.months": self.tr("Qualifying window, months"),
            "welcome_bonus": self.tr("Welcome bonus"), "expiry.kind": self.tr("Expiry"),
            "expiry.days": self.tr("Expiry, days"), "expiry.since": self.tr("Expiry"),
            "long_absence_days": self.tr("Long absence"),
            "point_value_minor": self.tr("Point value"),
            "large_amount_minor": self.tr("Confirm purchases above")}
        self._action_names = {
            "survey": self.tr("Points for a survey"), "review": self.tr("Points for a review"),
            "referral_referrer": self.tr("Referral: points for the member who brings a friend"),
            "referral_friend": self.tr("Referral: points for the friend"),
            "birthday": self.tr("Birthday points"),
            "long_wait": self.tr("Apology points for a long wait")}
        self._place_names.update({f"actions.{k}": v for k, v in self._action_names.items()})
        self._place_names.update({
            "limits.redeem_per_receipt": self.tr("Points per receipt"),
            "limits.given_per_member_day": self.tr("Points given per member a day")})

    # ---- building ----------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.tables: dict[str, ProgramTable] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tiers_tab(), self.tr("Tiers"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._campaigns_tab(), self.tr("Campaigns"))
        self.tabs.addTab(self._stamps_tab(), self.tr("Stamp cards"))
        self.tabs.addTab(self._help_tab(), self.tr("Help && charity"))
        self.tabs.addTab(self._phrases_tab(), self.tr("Words to say"))
        self.tabs.addTab(self._preview_tab(), self.tr("Preview"))
        self.errors = QListWidget()
        self.errors.setObjectName("programErrors")
        self.errors.setMaximumHeight(110)
        self.errors.hide()
        self.status = QLabel()
        self.status.setObjectName("welcomeBonus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as a new version"))
        self.save_button.setAutoDefault(False)  # Enter in a cell edits, it does not save
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _table_page(self, table: ProgramTable, add: str, defaults: dict,
                    note: str = "") -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if note:
            layout.addWidget(self._note(note))
        layout.addWidget(table, 1)
        layout.addLayout(self._row_buttons(table, add, defaults))
        return page

    def _row_buttons(self, table: ProgramTable, add: str, defaults: dict) -> QHBoxLayout:
        add_button, remove_button = QPushButton(add), QPushButton(self.tr("Remove selected"))
        add_button.setObjectName(f"add_{table.section}")
        remove_button.setObjectName(f"remove_{table.section}")
        add_button.clicked.connect(lambda: table.add_row(copy.deepcopy(defaults)))
        remove_button.clicked.connect(table.remove_selected)
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        return row

    def _note(self, text: str, width: int = 0) -> QLabel:
        label = QLabel(text)
        label.setObjectName("note")
        label.setWordWrap(True)
        label.setMinimumWidth(width)  # in a form a wrapped label would shrink to a column
        return label

    def _table(self, section: str, columns: list[Column], unused=None) -> ProgramTable:
        table = ProgramTable(section, columns, self.tr("Members refer to this key, so it cannot "
                                                       "change."), unused)
        self.tables[section] = table
        return table

    def _names_columns(self) -> list[Column]:
        return [Column("key", self.tr("Key")), Column("name.ru", self.tr("Name RU")),
                Column("name.en", self.tr("Name EN"))]

    def _tiers_tab(self) -> QWidget:
        columns = self._names_columns() + [
            Column("colour", self.tr("Colour")), Column("threshold", self.tr("Threshold"), "int"),
            Column("earn_percent", self.tr("Earn %"), "int"),
            Column("perks.ru", self.tr("Perks RU")), Column("perks.en", self.tr("Perks EN"))]
        note = self.tr("Thresholds are qualifying points and must rise from 0. A lower threshold "
                       "upgrades members at once; a higher one demotes nobody before the end "
                       "of their qualifying period.")
        return self._table_page(self._table("tiers", columns), self.tr("Add tier"),
                                {"colour": "#888888", "earn_percent": 5}, note)

    def _kind_label(self, kind: str) -> str:
        return {"multiplier": self.tr("Multiplier"), "category": self.tr("Category extra"),
                "threshold": self.tr("Lower threshold")}.get(kind, kind)

    def _key_choices(self, section: str, empty: str) -> list[tuple[str, str]]:
        rows = self.tables[section].rows()
        return [("", empty)] + [(r["key"], f"{r['key']} — {r['name'].get(self._lang, '')}")
                                for r in rows if r["key"]]

    def _campaigns_tab(self) -> QWidget:
        kinds = lambda: [(k, self._kind_label(k)) for k in ("multiplier", "category", "threshold")]  # noqa: E731
        columns = self._names_columns() + [
            Column("kind", self.tr("Kind"), "choice", kinds, self._kind_label),
            Column("starts", self.tr("Starts")), Column("ends", self.tr("Ends")),
            Column("tiers", self.tr("Tiers"), "list"),
            Column("factor_percent", self.tr("Factor %"), "int"),
            Column("category", self.tr("Category"), "choice",
                   lambda: self._key_choices("categories", "—")),
            Column("extra_percent", self.tr("Extra %"), "int"),
            Column("tier", self.tr("Tier"), "choice", lambda: self._key_choices("tiers", "—")),
            Column("threshold", self.tr("Threshold"), "int")]
        used = {"multiplier": {"factor_percent"}, "category": {"category", "extra_percent"},
                "threshold": {"tier", "threshold"}}
        unused = lambda row: set().union(*used.values()) - used.get(row.get("kind"), set())  # noqa: E731
        today = QDate.currentDate()
        defaults = {"kind": "multiplier", "starts": today.toString("yyyy-MM-dd"),
                    "ends": today.addDays(6).toString("yyyy-MM-dd"), "factor_percent": 200,
                    "extra_percent": 0, "threshold": 0}
        note = self.tr("Dates are YYYY-MM-DD, both days included. Tiers: keys separated by "
                       "commas, empty for every tier. Factor 200 % gives double points; extra % "
                       "is of the money spent in the category; a lower threshold applies to "
                       "the tier chosen.")
        return self._table_page(self._table("campaigns", columns, unused),
                                self.tr("Add campaign"), defaults, note)

    def _stamps_tab(self) -> QWidget:
        columns = self._names_columns() + [
            Column("category", self.tr("Category"), "choice",
                   lambda: self._key_choices("categories", self.tr("— every purchase —"))),
            Column("stamps", self.tr("Stamps"), "int"),
            Column("reward.ru", self.tr("Reward RU")), Column("reward.en", self.tr("Reward EN"))]
        page = self._table_page(self._table("stamp_cards", columns), self.tr("Add stamp card"),
                                {"stamps": 6}, self.tr("Collect the stamps, get the reward: "
                                                       "“6 coffees, the 7th free”."))
        categories = self._table("categories", self._names_columns())
        page.layout().addWidget(QLabel(self.tr("Product categories")))
        page.layout().addWidget(categories, 1)
        page.layout().addLayout(self._row_buttons(categories, self.tr("Add category"), {}))
        return page

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    def _spin(self, most: int, name: str, least: int = 0) -> WholeField:
        """A whole number kept as typed, its bounds beside it: 20 000 000 typed is refused
        in words (at most 10 000 000), where a spin box kept 2 000 000 of it."""
        return WholeField(name, least, most)

    @staticmethod
    def _number(field: WholeField):
        """What the field holds for Program.from_dict: the number however large (the
        program refuses it in words), 0 when empty, or the text when it is no number."""
        text = field.edit.text().strip()
        if not text:
            return 0
        value = read_whole(text)
        return text if value is None else value

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumWidth(220)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _general_tab(self) -> QWidget:
        self.window_kind = self._combo([("lifetime", self.tr("Lifetime")),
                                        ("calendar_year", self.tr("Calendar year")),
                                        ("rolling_months", self.tr("Rolling N months"))])
        self.window_months = self._spin(MAX_WINDOW_MONTHS, "window_months", least=1)
        self.welcome = self._spin(MAX_POINTS_CHANGE, "welcome_bonus")
        self.long_absence = self._spin(MAX_ABSENCE_DAYS, "long_absence_days")
        self.expiry_kind = self._combo([("never", self.tr("Never")),
                                        ("days_after_earning", self.tr("N days after earning")),
                                        ("end_of_year", self.tr("At the end of the year"))])
        self.expiry_days = self._spin(EXPIRY_DAYS[1], "expiry_days", least=EXPIRY_DAYS[0])
        # Money, typed as at the till ("100000", "99,90"): a spin box would cut it.
        self.large_amount = QLineEdit()
        self.large_amount.setObjectName("large_amount")
        self.large_amount.setMinimumWidth(120)
        self.expiry_note = self._note(self.tr("Switching expiry on starts the clock today for "
                                              "points already held."), 600)
        form = self._form()
        form.addRow(self.tr("Qualifying window"), self.window_kind)
        form.addRow(self.tr("Months (rolling window)"), self.window_months)
        form.addRow("", self._note(self.tr("Which earned points count towards a tier. With a "
                                           "window, upgrades apply at once and a downgrade waits "
                                           "for the end of the period."), 600))
        form.addRow(self.tr("Welcome bonus, points"), self.welcome)
        form.addRow(self.tr("Long absence after, days"), self.long_absence)
        form.addRow(self.tr("Confirm purchases above"), self.large_amount)
        form.addRow(self.tr("Points expire"), self.expiry_kind)
        form.addRow(self.tr("Days after earning"), self.expiry_days)
        form.addRow("", self.expiry_note)
        self._limit_rows(form)
        self.fields: dict[str, QWidget] = {
            "qualifying_window.kind": self.window_kind, "qualifying_window.months":
            self.window_months.edit, "welcome_bonus": self.welcome.edit, "long_absence_days":
            self.long_absence.edit, "expiry.kind": self.expiry_kind,
            "expiry.days": self.expiry_days.edit,
            "limits.redeem_per_receipt": self.redeem_cap.edit,
            "limits.given_per_member_day": self.given_cap.edit,
            "large_amount_minor": self.large_amount}
        page = QWidget()
        page.setLayout(form)
        return page

    def _limit_rows(self, form: QFormLayout) -> None:
        """The owner's caps on points, which are money (app/domain/giving.py)."""
        self.redeem_cap = self._spin(MAX_POINTS_CHANGE, "redeem_per_receipt")
        self.given_cap = self._spin(MAX_POINTS_CHANGE, "given_per_member_day")
        for cap in (self.redeem_cap, self.given_cap):
            cap.edit.setPlaceholderText(self.tr("no cap"))  # empty or 0: no cap
        form.addRow(self.tr("Points spent per receipt, at most"), self.redeem_cap)
        form.addRow(self.tr("Points cashiers give one member a day, at most"), self.given_cap)
        form.addRow("", self._note(self.tr("Gifts, apologies, survey and review points count "
                                           "together. A manager's PIN lifts the cap for one "
                                           "gift; a cashier alone gives at most 300 points or "
                                           "goods worth 500 at once."), 600))

    def _help_tab(self) -> QWidget:
        form = self._form()
        self.actions: dict[str, WholeField] = {}
        for name in ACTIONS:
            self.actions[name] = self._spin(MAX_POINTS_CHANGE, name)
            self.fields[f"actions.{name}"] = self.actions[name].edit
            form.addRow(self._action_names.get(name, name), self.actions[name])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Causes members can donate points to")))
        causes = self._table("causes", self._names_columns())
        layout.addWidget(causes, 1)
        layout.addLayout(self._row_buttons(causes, self.tr("Add cause"), {}))
        return page

    def _preview_tab(self) -> QWidget:
        self.pv_tier = self._combo([])
        self.pv_amount = QLineEdit("1000")
        self.pv_amount.setObjectName("amount")
        self.pv_amount.setMinimumWidth(200)
        self.pv_points = self._spin(MAX_POINTS_CHANGE, "points_paid")
        self.pv_category = self._combo([])
        self.pv_category_amount = QLineEdit()
        self.pv_category_amount.setPlaceholderText("0.00")
        self.pv_category_amount.setMinimumWidth(200)
        self.pv_date = QDateEdit(QDate.currentDate())
        self.pv_date.setCalendarPopup(True)
        self.pv_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.preview = QLabel()
        self.preview.setObjectName("previewResult")
        self.preview_problems = QLabel()
        self.preview_problems.setObjectName("fieldError")
        self.preview_problems.setWordWrap(True)
        form = self._form()
        form.addRow(self.tr("Tier"), self.pv_tier)
        form.addRow(self.tr("Amount"), self.pv_amount)
        form.addRow(self.tr("Paid with points"), self.pv_points)
        form.addRow(self.tr("Category"), self.pv_category)
        form.addRow(self.tr("Of which in the category"), self.pv_category_amount)
        form.addRow(self.tr("Date"), self.pv_date)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(self.tr("What would this purchase earn under the rules "
                                            "being edited (nothing is saved).")))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.preview_problems)
        layout.addStretch(1)
        return page

    # ---- data in and out ---------------------------------------------------------------

    def _phrases_tab(self) -> QWidget:
        """The words the till gives for gifts and apologies, in both languages."""
        from app.domain.gifts import DEFAULT_PHRASES
        titles = {"gift": self.tr("A gift"), "gift_points": self.tr("A gift with points"),
                  "apology": self.tr("Apology points (complaint)"),
                  "long_wait": self.tr("Long wait")}
        self.phrases: dict[tuple[str, str], QLineEdit] = {}
        form = self._form()
        for key in DEFAULT_PHRASES:
            for lang in ("ru", "en"):
                edit = QLineEdit()
                edit.setObjectName(f"phrase_{key}_{lang}")
                self.phrases[(key, lang)] = self.fields[f"phrases.{key}.{lang}"] = edit
                form.addRow(f"{titles.get(key, key)} ({lang.upper()})", edit)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(self.tr("{name} is how the member is addressed, {what} the "
                                            "gift, {points} the points with their word "
                                            "(\"50 points\").")))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _load(self, data: dict) -> None:
        for section in SECTIONS:
            self.tables[section].load(data.get(section) or [])
        window, expiry = data["qualifying_window"], data["expiry"]
        self.window_kind.setCurrentIndex(self.window_kind.findData(window["kind"]))
        self.window_months.set_value(window["months"])
        self.welcome.set_value(data["welcome_bonus"])
        self.long_absence.set_value(data["long_absence_days"])
        units, cents = divmod(data.get("large_amount_minor", DEFAULT_LARGE_AMOUNT_MINOR), 100)
        self.large_amount.setText(f"{units}" + (f"{QLocale().decimalPoint()}{cents:02d}"
                                                if cents else ""))
        self.expiry_kind.setCurrentIndex(self.expiry_kind.findData(expiry["kind"]))
        self.expiry_days.set_value(expiry["days"])
        for name, field in self.actions.items():
            field.set_value(data["actions"].get(name, 0))
        limits = data.get("limits") or {}
        for cap, value in ((self.redeem_cap, limits.get("redeem_per_receipt", 0)),
                           (self.given_cap, limits.get("given_per_member_day", 0))):
            cap.set_value(value)
            if not value:
                cap.edit.clear()  # empty shows "no cap"
        from app.domain.gifts import DEFAULT_PHRASES
        for (key, lang), edit in self.phrases.items():
            edit.setText((data.get("phrases") or {}).get(key, {}).get(lang)
                         or DEFAULT_PHRASES[key][lang])
        self._sync_enabled()

    def data(self) -> dict:
        """The program as the editor holds it now, in Program.from_dict's format."""
        data = copy.deepcopy(self._base)
        for section in SECTIONS:
            data[section] = self.tables[section].rows()
        data["qualifying_window"] = {"kind": self.window_kind.currentData(),
                                     "months": self._number(self.window_months)}
        data["welcome_bonus"] = self._number(self.welcome)
        data["long_absence_days"] = self._number(self.long_absence)
        try:
            data["large_amount_minor"] = parse_amount(self.large_amount.text())
        except DomainError:
            data["large_amount_minor"] = -1  # refused by Program.from_dict, beside the field
        data["expiry"] = {"kind": self.expiry_kind.currentData(),
                          "days": self._number(self.expiry_days),
                          "since": self._base["expiry"].get("since")}
        data["actions"] = {name: self._number(f) for name, f in self.actions.items()}
        data["limits"] = {"redeem_per_receipt": self._number(self.redeem_cap),
                          "given_per_member_day": self._number(self.given_cap)}
        phrases: dict[str, dict[str, str]] = {}
        for (key, lang), edit in self.phrases.items():
            phrases.setdefault(key, {})[lang] = edit.text()
        data["phrases"] = phrases
        return data

    def _connect(self) -> None:
        for table in self.tables.values():
            table.edited.connect(self._refresh)
        for field in [*self.actions.values(), self.window_months, self.welcome, self.long_absence,
                      self.expiry_days, self.pv_points, self.redeem_cap, self.given_cap]:
            field.edit.textChanged.connect(self._refresh)
        for combo in (self.window_kind, self.expiry_kind, self.pv_tier, self.pv_category):
            combo.currentIndexChanged.connect(self._refresh)
        for edit in (self.pv_amount, self.pv_category_amount, self.large_amount,
                     *self.phrases.values()):
            edit.textChanged.connect(self._refresh)
        self.pv_date.dateChanged.connect(self._refresh)
        self.errors.itemActivated.connect(lambda item: self._go_to(item.data(VALUE)))
        self.errors.itemClicked.connect(lambda item: self._go_to(item.data(VALUE)))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _sync_enabled(self) -> None:
        self.window_months.setEnabled(self.window_kind.currentData() == "rolling_months")
        self.expiry_days.setEnabled(self.expiry_kind.currentData() == "days_after_earning")

    # ---- checking and saving -----------------------------------------------------------

    def _refresh(self) -> None:
        self._sync_enabled()
        data = self.data()
        try:
            program, problems = Program.from_dict(data), []
        except DomainError as exc:
            program, problems = None, problems_of(exc)
        if self._checking:
            self._show_problems(problems)
        self._fill_preview_choices(data)
        self._update_preview(program, problems)

    def _save(self) -> None:
        before = self._terminal.ctx.program_version_id
        try:
            saved = self._terminal.admin.save_program(self.data())
        except DomainError as exc:
            self._checking = True
            self.status.clear()
            self._show_problems(problems_of(exc))
            self._go_to(self.errors.item(0).data(VALUE))
            return
        self.saved = saved
        if saved.version_id == before:
            self.saved_text = self.tr("Nothing changed; version %1 stays in force.")
        else:
            self.saved_text = self.tr("Saved as version %1; %n member(s) upgraded", "",
                                      saved.upgraded)
        self.saved_text = self.saved_text.replace("%1", str(saved.version_id))
        self.status.setText(self.saved_text)
        self.accept()

    def has_changes(self) -> bool:
        return self.data() != self._clean

    def closeEvent(self, event) -> None:
        # The window's close button is spontaneous; a close() by the program itself
        # (signing out, shutting down) is not asked about, as before.
        self._ask_before_discarding = event.spontaneous()
        try:
            super().closeEvent(event)  # calls reject()
        finally:
            self._ask_before_discarding = True

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here: unsaved changes
        are thrown away only when the owner says so."""
        if self._ask_before_discarding and self.saved is None and self.has_changes():
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self._save()  # closes when the program is valid; else shows what is wrong
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Loyalty program"),
                          self.tr("The program has unsaved changes. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the work
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def problem_text(self, error: DomainError) -> str:
        """The message with where it is: "Tier 2, threshold: …"."""
        parts = (error.field or "").split(".")
        if parts[0] in self._row_names and len(parts) > 1 and parts[1].isdigit():
            where = self._row_names[parts[0]].replace("%1", str(int(parts[1]) + 1))
            if len(parts) > 2:
                where += ", " + self._field_names.get(parts[2], parts[2])
        else:
            where = self._place_names.get(error.field or "", "")
        return f"{where}: {describe(error)}" if where else describe(error)

    def _show_problems(self, problems: list[DomainError]) -> None:
        for table in self.tables.values():
            table.clear_marks()
        for widget in [*self.fields.values(), *self.tables.values()]:
            flag(widget, "")
        self.errors.clear()
        tabs = set()
        for problem in problems:
            item = QListWidgetItem(self.problem_text(problem))
            item.setData(VALUE, problem.field or "")
            self.errors.addItem(item)
            self._mark(problem)
            tabs.add(self._tab_of(problem.field or ""))
        self.errors.setVisible(bool(problems))
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, ERROR_FG if i in tabs else bar.palette().color(
                QPalette.ColorRole.WindowText))

    def _mark(self, problem: DomainError) -> None:
        parts = (problem.field or "").split(".")
        table = self.tables.get(parts[0])
        message = describe(problem)
        if table is not None and len(parts) > 1 and parts[1].isdigit():
            table.mark(int(parts[1]), parts[2] if len(parts) > 2 else "key", message)
        elif table is not None and problem.code == "program_duplicate_key":
            table.mark_duplicates(message)
        elif table is not None or problem.field in self.fields:
            flag(table if table is not None else self.fields[problem.field], message)

    def _tab_of(self, field: str) -> int:
        section = field.split(".")[0]
        widget = self.tables.get(section) or self.fields.get(field)
        for i in range(self.tabs.count()):
            if widget is not None and self.tabs.widget(i).isAncestorOf(widget):
                return i
        return -1

    def _go_to(self, field: str) -> None:
        if self._tab_of(field) >= 0:
            self.tabs.setCurrentIndex(self._tab_of(field))
        parts = field.split(".")
        table = self.tables.get(parts[0])
        if table is not None and len(parts) > 1 and parts[1].isdigit():
            columns = [c for c, col in enumerate(table.columns)
                       if len(parts) > 2 and col.field == parts[2]]
            # Current but not selected: the selection colour would hide the red.
            table.clearSelection()
            table.selectionModel().setCurrentIndex(
                table.model().index(int(parts[1]), columns[0] if columns else 0),
                QItemSelectionModel.SelectionFlag.NoUpdate)
            table.setFocus()
        elif field in self.fields:
            self.fields[field].setFocus()

    # ---- the preview -------------------------------------------------------------------

    def _fill_preview_choices(self, data: dict) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

        def name(row: dict) -> str:
            names = row.get("name") or {}
            return names.get(self._lang) or names.get("en") or row.get("key", "")

        fill(self.pv_tier, [(t["key"], name(t)) for t in data["tiers"]])
        fill(self.pv_category, [("", self.tr("— none —"))]
             + [(c["key"], name(c)) for c in data["categories"]])

    def _update_preview(self, program: Program | None, problems: list[DomainError]) -> None:
        self.preview.clear()
        self.preview_problems.clear()
        self.preview.setVisible(False)  # either the earning or the problems, no gap
        if program is None:
            self.preview_problems.setText("\n".join(self.problem_text(p) for p in problems))
            return
        try:
            lines = self._preview_lines(program)
        except DomainError as exc:
            self.preview_problems.setText(describe(exc))
            return
        self.preview.setText("\n".join(lines))
        self.preview.setVisible(True)

    def _preview_lines(self, program: Program) -> list[str]:
        amount = parse_amount(self.pv_amount.text())
        points = self.pv_points.value()
        program.check_redemption(points, amount, points)
        category = self.pv_category.currentData() or ""
        part = self.pv_category_amount.text().strip()
        part_minor = parse_amount(part) if category and part else 0
        if part_minor > amount:
            raise DomainError("preview_part", self.tr("The category part cannot be more than "
                                                      "the whole purchase."))
        tier = program.tier_by_key(self.pv_tier.currentData() or "")
        day = self.pv_date.date().toPython()
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
