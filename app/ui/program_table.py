"""The program editor's tables: one row per tier, campaign, stamp card, category or
cause; cells typed as text, whole numbers, key lists or choices, a row's key made
from its English name until typed, and each problem marked on the cell it names."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import formats
from app.ui.program_fields import note

VALUE = Qt.ItemDataRole.UserRole  # a choice cell's stored value (its text is a label)
TIP = Qt.ItemDataRole.UserRole + 1  # the tooltip a cell shows when it has no error
AUTO_KEY = Qt.ItemDataRole.UserRole + 2  # the key was made from the English name
ERROR_BG = QColor("#f6c9c5")
UNUSED_BG = QColor("#e4e4e4")
ERROR_FG = QColor("#b3261e")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_INT = re.compile(r"^-?\d+$")
_GROUPING = re.compile(r"(?<=\d)[\s\u00a0\u202f,](?=\d{3}(\D|$))")


def key_from_name(name: str) -> str:
    """A program key from an English name: "Snow Leopard" -> "snow_leopard"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40]


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


def table_page(table: ProgramTable, add: str, defaults: dict, text: str = "") -> QWidget:
    """A tab of the editor: a note, the table, and the buttons under it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    if text:
        layout.addWidget(note(text))
    layout.addWidget(table, 1)
    layout.addLayout(row_buttons(table, add, defaults))
    return page


def row_buttons(table: ProgramTable, add: str, defaults: dict) -> QHBoxLayout:
    """Add a row (a copy of ``defaults``) and remove the selected ones. The words are
    the editor's, as they were when it built these itself."""
    add_button = QPushButton(add)
    remove_button = QPushButton(QCoreApplication.translate("ProgramEditor", "Remove selected"))
    add_button.setObjectName(f"add_{table.section}")
    remove_button.setObjectName(f"remove_{table.section}")
    add_button.clicked.connect(lambda: table.add_row(copy.deepcopy(defaults)))
    remove_button.clicked.connect(table.remove_selected)
    row = QHBoxLayout()
    row.addWidget(add_button)
    row.addWidget(remove_button)
    row.addStretch(1)
    return row
