"""The import dialog's view of the file itself: its first rows as read, and the
encoding they were read with (guessed for a CSV; the owner may choose another when the
names look wrong, and the rows are read again). Its strings keep the import dialog's
translation context, where they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.importer import ENCODINGS

PREVIEW_ROWS = 5


def encoding_labels() -> dict[str, str]:
    return {
        "utf-8": "UTF-8",
        "cp1251": QCoreApplication.translate("ImportDialog", "Windows-1251 (Cyrillic)"),
        "cp1252": QCoreApplication.translate("ImportDialog", "Windows-1252 (Western European)"),
        "koi8-r": QCoreApplication.translate("ImportDialog", "KOI8-R (Cyrillic)"),
        "cp866": QCoreApplication.translate("ImportDialog", "CP866 (DOS Cyrillic)"),
        "cp1250": QCoreApplication.translate("ImportDialog", "Windows-1250 (Central European)"),
        "cp1257": QCoreApplication.translate("ImportDialog", "Windows-1257 (Baltic)"),
        "utf-16": "UTF-16",
    }


def source_text(table) -> str:
    """How the file was read: "XLSX", or "CP1251, «;»"."""
    if table.encoding == "xlsx":
        return "XLSX"
    delimiter = {"\t": "TAB"}.get(table.delimiter, table.delimiter)
    return f"{table.encoding.upper()}, «{delimiter}»"


class ImportPreview(QGroupBox):
    """First rows of the file, with the encoding choice above them."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("ImportDialog", "First rows of the file"),
                         parent)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        labels = encoding_labels()
        for codec in ENCODINGS:
            self.encoding.addItem(labels[codec], codec)
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("hint")
        self.encoding_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Encoding:")))
        row.addWidget(self.encoding)
        row.addWidget(self.encoding_hint, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.table)

    def show_file(self, table, chosen: bool) -> None:
        """Show ``table``'s first rows; ``chosen``: read as the owner chose, not guessed."""
        self._show_encoding(table.encoding, chosen)
        self._fill(table)

    def _show_encoding(self, encoding: str, chosen: bool) -> None:
        is_csv = encoding != "xlsx"
        codec = "utf-8" if encoding == "utf-8-sig" else encoding
        self.encoding.blockSignals(True)
        if is_csv and self.encoding.findData(codec) < 0:
            self.encoding.addItem(codec.upper(), codec)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(codec)))
        self.encoding.blockSignals(False)
        self.encoding.setEnabled(is_csv)
        if not is_csv:
            self.encoding_hint.setText(QCoreApplication.translate(
                "ImportDialog", "An Excel file carries its own encoding."))
        elif chosen:
            self.encoding_hint.setText(QCoreApplication.translate("ImportDialog",
                                                                  "Read as you chose."))
        else:
            self.encoding_hint.setText(QCoreApplication.translate(
                "ImportDialog", "Detected. If the names look wrong, choose another encoding."))

    def _fill(self, table) -> None:
        shown = table.rows[:PREVIEW_ROWS]
        grid = self.table
        grid.clear()
        grid.setColumnCount(len(table.headers))
        grid.setRowCount(len(shown))
        grid.setHorizontalHeaderLabels(table.headers)
        grid.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for r, (_number, cells) in enumerate(shown):
            for c, text in enumerate(cells[:len(table.headers)]):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                grid.setItem(r, c, item)
        for c in range(len(table.headers)):
            grid.setColumnWidth(c, min(grid.columnWidth(c), 260))
        # Tall enough for every preview row: the report below takes the spare height.
        grid.setFixedHeight(
            grid.horizontalHeader().sizeHint().height()
            + sum(grid.rowHeight(r) for r in range(len(shown)))
            + grid.horizontalScrollBar().sizeHint().height()
            + 2 * grid.frameWidth() + 2)
