"""The owner brings members over from another system: choose the file, see its first
rows, say which column is which (guessed, and remembered for files with the same
headers), check it (a dry run: what would be imported, merged, skipped or rejected
and why), then import, off the GUI thread, with a progress bar and Cancel. The rules
live in app/services/importer.py; this only shows and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.importing import FIELD_KEYS, header_signature
from app.services.importer import ENCODINGS, ImportCancelled
from app.services.terminal import Terminal
from app.ui.messages import describe

PREVIEW_ROWS = 5
REPORT_ROWS = 2000  # a table of 100,000 rows helps nobody; the counts say the rest
SETTINGS_KEY = "import_mappings"
REMEMBERED = 20
STYLE = """
QLabel#importSummary { font-weight: bold; }
QLabel#importRefused { color: #b3261e; font-weight: bold; }
QLabel#importDone { color: #1e7e34; font-weight: bold; }
QLabel#hint { color: #555; }
"""
REJECT_COLOUR = QColor("#b3261e")


def field_labels() -> dict[str, str]:
    return {
        "full_name": QCoreApplication.translate("ImportDialog", "Full name"),
        "first_name": QCoreApplication.translate("ImportDialog", "First name"),
        "patronymic": QCoreApplication.translate("ImportDialog", "Patronymic"),
        "last_name": QCoreApplication.translate("ImportDialog", "Last name"),
        "mobile": QCoreApplication.translate("ImportDialog", "Mobile phone"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "email": QCoreApplication.translate("ImportDialog", "E-mail"),
        "card": QCoreApplication.translate("ImportDialog", "Card number"),
        "points": QCoreApplication.translate("ImportDialog", "Points balance"),
        "tier": QCoreApplication.translate("ImportDialog", "Tier"),
        "enrolled": QCoreApplication.translate("ImportDialog", "Enrolment date"),
        "birthday": QCoreApplication.translate("ImportDialog", "Birthday"),
        "notes": QCoreApplication.translate("ImportDialog", "Notes"),
        "consent": QCoreApplication.translate("ImportDialog", "Consent"),
    }


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


class AppSettings:
    """The app's settings file (the same one the language and backup folder live in)."""

    def get(self, key: str, default=None):
        from app.bootstrap import load_settings
        return load_settings().get(key, default)

    def set(self, key: str, value) -> None:
        from app.bootstrap import save_setting
        save_setting(key, value)


class ImportWorker(QThread):
    """Runs one dry run or import off the GUI thread. ``cancel()`` makes the next
    progress report raise, and the service rolls the whole transaction back."""
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, terminal: Terminal, table, options: dict, parent=None):
        super().__init__(parent)
        self._terminal, self._table, self._options = terminal, table, options
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise ImportCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            report = self._terminal.office.import_members(self._table.name, table=self._table,
                                                   progress=self._progress, **self._options)
        except Exception as exc:  # noqa: BLE001 - shown to the owner on the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(report)


class ImportDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None, settings=None):
        super().__init__(parent)
        self._terminal = terminal
        self._settings = settings if settings is not None else AppSettings()
        self._table = None
        self._path: Path | None = None
        self._checked = None  # the options the last dry run was made with
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None
        self.report = None
        self.setWindowTitle(self.tr("Import members"))
        self.setStyleSheet(STYLE)
        self._build_ui()
        self._connect()
        self._set_file_loaded(False)

    # ---- building ---------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_file_row())
        layout.addWidget(self._build_preview())
        layout.addWidget(self._build_mapping())
        layout.addWidget(self._build_options())
        layout.addWidget(self._build_report(), 1)
        layout.addLayout(self._build_buttons())
        self.resize(1180, 960)

    def _build_file_row(self) -> QHBoxLayout:
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("A CSV or XLSX file exported from the old system."))
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        return row

    def _build_preview(self) -> QGroupBox:
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setWordWrap(False)
        # A CSV's encoding is guessed; when the names look wrong the owner picks another
        # and the rows above are read again.
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        labels = encoding_labels()
        for codec in ENCODINGS:
            self.encoding.addItem(labels[codec], codec)
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("hint")
        self.encoding_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Encoding:")))
        row.addWidget(self.encoding)
        row.addWidget(self.encoding_hint, 1)
        box = QGroupBox(self.tr("First rows of the file"))
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.preview)
        return box

    def _build_mapping(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which column is which"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        self.combos: dict[str, QComboBox] = {}
        labels = field_labels()
        per_column = (len(FIELD_KEYS) + 2) // 3
        for i, key in enumerate(FIELD_KEYS):
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combos[key] = combo
            row, col = i % per_column, (i // per_column) * 2
            grid.addWidget(QLabel(labels[key]), row, col, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, col + 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        return box

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("How"))
        self.duplicates = QComboBox()
        self.duplicates.addItem(self.tr("Skip them"), "skip")
        self.duplicates.addItem(self.tr("Merge: fill empty fields, add the points once"), "merge")
        self.mode = QComboBox()
        self.mode.addItem(self.tr("All or nothing: one bad row stops the import"), False)
        self.mode.addItem(self.tr("Valid rows only: leave the rejected rows out"), True)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Already a member (same phone or card):")), 0, 0)
        grid.addWidget(self.duplicates, 0, 1)
        grid.addWidget(QLabel(self.tr("Rows with problems:")), 1, 0)
        grid.addWidget(self.mode, 1, 1)
        for combo in (self.duplicates, self.mode):
            combo.setMinimumContentsLength(40)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        grid.setColumnStretch(1, 1)
        return box

    def _build_report(self) -> QGroupBox:
        self.summary = QLabel(self.tr("Check the file first: nothing is saved until you "
                                      "import."))
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 5)
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Name"),
                                             self.tr("Phone"), self.tr("Why")])
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        box = QGroupBox(self.tr("Dry run report"))
        column = QVBoxLayout(box)
        column.addWidget(self.summary)
        column.addWidget(self.rows, 1)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.check_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self._choose)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.encoding.currentIndexChanged.connect(self._encoding_chosen)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._options_changed)
        self.duplicates.currentIndexChanged.connect(self._options_changed)
        self.mode.currentIndexChanged.connect(self._options_changed)

    # ---- the file and the mapping ----------------------------------------------------

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export file"), str(Path.home()),
            self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path, encoding: str | None = None) -> bool:
        """Read ``path`` (as ``encoding``, else as detected) and show its first rows."""
        try:
            table, guessed = self._terminal.office.import_peek(Path(path), encoding)
        except DomainError as exc:
            self._say(describe(exc), "importRefused")
            return False
        self._path, self._table, self._checked = Path(path), table, None
        source = "XLSX" if table.encoding == "xlsx" else \
            f"{table.encoding.upper()}, «{_delimiter_name(table.delimiter)}»"
        self.file_label.setText(self.tr("%1 (%2): %n row(s)", "", len(table.rows))
                                .replace("%1", table.name).replace("%2", source))
        self._show_encoding(table.encoding, chosen=encoding is not None)
        self._fill_preview(table)
        remembered = self._remembered().get(header_signature(table.headers))
        self.set_mapping(remembered if remembered is not None else guessed)
        self._set_file_loaded(True)
        self._say(self.tr("Check the file first: nothing is saved until you import."), "hint")
        self.rows.setRowCount(0)
        return True

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
            self.encoding_hint.setText(self.tr("An Excel file carries its own encoding."))
        elif chosen:
            self.encoding_hint.setText(self.tr("Read as you chose."))
        else:
            self.encoding_hint.setText(self.tr("Detected. If the names look wrong, choose "
                                               "another encoding."))

    def _encoding_chosen(self, _index: int) -> None:
        if self._path is not None and self._worker is None:
            self.load_file(self._path, self.encoding.currentData())

    def _fill_preview(self, table) -> None:
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for r, (_number, cells) in enumerate(shown):
            for c, text in enumerate(cells[:len(table.headers)]):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.preview.setItem(r, c, item)
        for c in range(len(table.headers)):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        # Tall enough for every preview row: the report below takes the spare height.
        self.preview.setFixedHeight(
            self.preview.horizontalHeader().sizeHint().height()
            + sum(self.preview.rowHeight(r) for r in range(len(shown)))
            + self.preview.horizontalScrollBar().sizeHint().height()
            + 2 * self.preview.frameWidth() + 2)

    def set_mapping(self, mapping: dict[str, str]) -> None:
        headers = self._table.headers if self._table else []
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), "")
            for header in headers:
                combo.addItem(header, header)
            index = combo.findData(mapping.get(key, ""))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._options_changed()

    def mapping(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData()}

    def _remembered(self) -> dict:
        value = self._settings.get(SETTINGS_KEY, {})
        return value if isinstance(value, dict) else {}

    def _remember(self) -> None:
        saved = self._remembered()
        signature = header_signature(self._table.headers)
        saved.pop(signature, None)
        saved[signature] = self.mapping()
        while len(saved) > REMEMBERED:  # the oldest go first
            saved.pop(next(iter(saved)))
        self._settings.set(SETTINGS_KEY, saved)

    # ---- running -------------------------------------------------------------------

    def options(self) -> dict:
        return {"mapping": self.mapping(),
                "duplicates": self.duplicates.currentData(),
                "valid_only": self.mode.currentData()}

    def _options_changed(self, *_args) -> None:
        """A dry run stands for the options it was made with; change one, check again."""
        self.import_button.setEnabled(self._table is not None and self._checked == self.options())

    def _set_file_loaded(self, loaded: bool) -> None:
        self.check_button.setEnabled(loaded)
        self.encoding.setEnabled(loaded and self._table.encoding != "xlsx")
        for combo in self.combos.values():
            combo.setEnabled(loaded)
        self._options_changed()

    def start(self, dry_run: bool) -> None:
        if self._table is None or self._worker is not None:
            return
        options = self.options()
        self._worker = ImportWorker(self._terminal, self._table, dict(options, dry_run=dry_run),
                                    self)
        self._progress = QProgressDialog(
            self.tr("Checking the rows…") if dry_run else self.tr("Importing members…"),
            self.tr("Cancel"), 0, 100, self)
        self._progress.setWindowTitle(self.windowTitle())
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.setValue(0)
        self._progress.canceled.connect(self._worker.cancel)
        self._worker.progressed.connect(self._progressed)
        self._worker.succeeded.connect(lambda report: self._done(report, options, dry_run))
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._finished)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.encoding.setEnabled(False)  # the rows being checked are read as shown
        self._worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None and total:
            self._progress.setValue(min(99, 100 * done // total))

    def _finished(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
        self._progress = None
        self._worker.deleteLater()
        self._worker = None
        self._set_file_loaded(True)

    def _failed(self, exc) -> None:
        if isinstance(exc, DomainError):
            self._say(describe(exc), "importRefused")
        else:
            self._say(self.tr("The import failed and nothing was saved: %1").replace(
                "%1", str(exc)), "importRefused")

    def _done(self, report, options: dict, dry_run: bool) -> None:
        self.report = report
        self._show_rows(report)
        if dry_run:
            self._checked = options
            self._say(self._counts(report, dry_run=True) + (
                "  " + self.tr("All or nothing would refuse: choose 'valid rows only' or fix "
                               "the file.") if report.refused else ""),
                "importRefused" if report.refused else "importSummary")
            return
        if report.refused:
            self._say(self.tr("Nothing was imported: %n row(s) rejected.", "", report.rejected),
                      "importRefused")
            return
        self._remember()
        self._checked = None  # the file is in now; a second run needs a fresh check
        self._say(self.tr("Done.") + " " + self._counts(report, dry_run=False), "importDone")

    def _counts(self, report, dry_run: bool) -> str:
        n = QLocale().toString
        text = self.tr("Would import %1, merge %2, skip %3, reject %4; opening points %5.") \
            if dry_run else \
            self.tr("Imported %1, merged %2, skipped %3, rejected %4; opening points %5.")
        for i, value in enumerate((report.imported, report.merged, report.skipped,
                                   report.rejected, report.points), start=1):
            text = text.replace(f"%{i}", n(value))
        return text

    def _show_rows(self, report) -> None:
        words = {"import": self.tr("import"), "merge": self.tr("merge"),
                 "skip": self.tr("skip"), "reject": self.tr("reject")}
        shown = report.rows[:REPORT_ROWS]
        self.rows.setRowCount(len(shown))
        for r, outcome in enumerate(shown):
            why = "; ".join(describe(DomainError(p.code, p.message, **p.params))
                            for p in outcome.reasons)
            cells = [str(outcome.row), words[outcome.status], outcome.name, outcome.phone, why]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if outcome.status == "reject":
                    item.setForeground(QBrush(REJECT_COLOUR))
                self.rows.setItem(r, c, item)

    def _say(self, text: str, style: str) -> None:
        self.summary.setText(text)
        self.summary.setObjectName(style)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def reject(self) -> None:  # Esc / Close: never while an import is running
        if self._worker is None:
            super().reject()


def _delimiter_name(delimiter: str) -> str:
    return {"\t": "TAB"}.get(delimiter, delimiter)
