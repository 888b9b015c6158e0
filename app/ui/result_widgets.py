"""Read-only tables and labels the back-office dialogs show their results in (the
prize draw, charity totals, program health), with the look they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

# Local rules on top of the app's style.qss: what a check or a warning looks like here.
STYLE = """
QLabel#verifyOk, QLabel#healthOk { color: #1e7e34; font-weight: bold; }
QLabel#verifyFailed { color: #b3261e; font-weight: bold; }
QLabel#healthFlag { background: #fff4ce; border: 1px solid #d4a017; border-radius: 6px;
                    padding: 8px; }
QLabel#hint { color: #555; }
QLabel#drawTitle { font-size: 16pt; font-weight: bold; }
"""


def read_only_table(headers: list[str], stretch: tuple[int, ...] = (0,),
                    report: bool = False) -> QTableWidget:
    """A read-only table; the ``stretch`` columns share the spare width. A ``report``
    table is as tall as its rows and takes no focus or selection."""
    table = QTableWidget(0, len(headers))
    if report:
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows_fit_text(table)
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


def rows_fit_text(table: QTableWidget) -> None:
    """Rows grow to show wrapped text (a long name, a long prize) instead of cutting it."""
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)


def fill_row(table: QTableWidget, row: int, cells: list[str], numeric: set[int] = frozenset(),
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


def result_label(name: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

