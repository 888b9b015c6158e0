"""The owner brings members over from another system: choose the file, see its first
rows, say which column is which (guessed, and remembered for files with the same
headers), check it (a dry run: what would be imported, merged, skipped or rejected
and why), then import, off the GUI thread, with a progress bar and Cancel. The rules
live in app/services/importer.py; this only shows and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.domain.importing import FIELD_KEYS, header_signature
from app.services.importer import ImportCancelled
from app.services.settings import Settings
from app.services.terminal import Terminal
from app.ui.background import BackgroundOp
from app.ui.import_preview import ImportPreview, source_text
from app.ui.import_report import ImportReportBox, counts
from app.ui.messages import describe

SETTINGS_KEY = "import_mappings"
REMEMBERED = 20
STYLE = """
QLabel#importSummary { font-weight: bold; }
QLabel#importRefused { color: #b3261e; font-weight: bold; }
QLabel#importDone { color: #1e7e34; font-weight: bold; }
QLabel#hint { color: #555; }
"""


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
        "language": QCoreApplication.translate("ImportDialog", "Language"),
        "consent": QCoreApplication.translate("ImportDialog", "Consent"),
    }


class ImportDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None, settings=None):
        super().__init__(parent)
        self._terminal = terminal
        self._settings = settings if settings is not None else Settings()
        self._table = None
        self._path: Path | None = None
        self._checked = None  # the options the last dry run was made with
        self._worker: BackgroundOp | None = None
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
        self.file_view = ImportPreview()
        self.preview = self.file_view.table
        self.encoding, self.encoding_hint = self.file_view.encoding, self.file_view.encoding_hint
        self.outcome = ImportReportBox()
        self.summary, self.rows = self.outcome.summary, self.outcome.rows
        layout.addWidget(self.file_view)
        layout.addWidget(self._build_mapping())
        layout.addWidget(self._build_options())
        layout.addWidget(self.outcome, 1)
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
            self.outcome.say(describe(exc), "importRefused")
            return False
        self._path, self._table, self._checked = Path(path), table, None
        self.file_label.setText(self.tr("%1 (%2): %n row(s)", "", len(table.rows))
                                .replace("%1", table.name).replace("%2", source_text(table)))
        self.file_view.show_file(table, chosen=encoding is not None)
        remembered = self._remembered().get(header_signature(table.headers))
        self.set_mapping(remembered if remembered is not None else guessed)
        self._set_file_loaded(True)
        self.outcome.say(self.tr("Check the file first: nothing is saved until you import."),
                         "hint")
        self.rows.setRowCount(0)
        return True

    def _encoding_chosen(self, _index: int) -> None:
        if self._path is not None and self._worker is None:
            self.load_file(self._path, self.encoding.currentData())

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
        table, run_options = self._table, dict(options, dry_run=dry_run)

        def work(progress):
            def step(done: int, total: int) -> None:
                if progress.is_cancelled():  # the service rolls the whole transaction back
                    raise ImportCancelled()
                progress(done, total)
            return self._terminal.office.import_members(table.name, table=table, progress=step,
                                                 **run_options)
        self._worker = BackgroundOp(self, work, lambda report: self._done(report, options,
                                                                          dry_run))
        self._progress = QProgressDialog(
            self.tr("Checking the rows…") if dry_run else self.tr("Importing members…"),
            self.tr("Cancel"), 0, 100, self)
        self._progress.setWindowTitle(self.windowTitle())
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.setValue(0)
        self._progress.canceled.connect(self._worker.cancel)
        self._worker.on_progress(self._progressed).on_failure(self._failed)
        self._worker.on_finished(self._finished)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.encoding.setEnabled(False)  # the rows being checked are read as shown
        self._worker.run()

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
        self._worker = None
        self._set_file_loaded(True)

    def _failed(self, exc) -> None:
        if isinstance(exc, DomainError):
            self.outcome.say(describe(exc), "importRefused")
        else:
            self.outcome.say(self.tr("The import failed and nothing was saved: %1").replace(
                "%1", str(exc)), "importRefused")

    def _done(self, report, options: dict, dry_run: bool) -> None:
        self.report = report
        self.outcome.show_rows(report)
        if dry_run:
            self._checked = options
            self.outcome.say(counts(report, dry_run=True) + (
                "  " + self.tr("All or nothing would refuse: choose 'valid rows only' or fix "
                               "the file.") if report.refused else ""),
                "importRefused" if report.refused else "importSummary")
            return
        if report.refused:
            self.outcome.say(self.tr("Nothing was imported: %n row(s) rejected.", "", report.rejected),
                      "importRefused")
            return
        self._remember()
        self._checked = None  # the file is in now; a second run needs a fresh check
        self.outcome.say(self.tr("Done.") + " " + counts(report, dry_run=False), "importDone")

    def reject(self) -> None:  # Esc / Close: never while an import is running
        if self._worker is None:
            super().reject()

