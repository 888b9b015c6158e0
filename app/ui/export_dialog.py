"""Manage → Export data…: members, purchases or the ledger to CSV, XLSX or JSON.

The export runs off the GUI thread (app/ui/background.py: it reads every row) behind a
progress dialog with Cancel; the services write the file atomically, so a cancelled or failed export leaves
nothing behind, and audit it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from app.domain.errors import DomainError
from app.services.terminal import Terminal
from app.ui import formats
from app.ui.background import BackgroundOp
from app.ui.messages import describe

STYLE = """
QLabel#exportDone { color: #1e7e34; font-weight: bold; }
QLabel#exportFailed { color: #b3261e; font-weight: bold; }
QLabel#hint { color: #555; }
"""
PROGRESS_STEPS = 1000  # the bar's resolution: row counts may pass what a QProgressBar holds


class ExportDialog(QDialog):
    def __init__(self, terminal: Terminal, parent=None):
        super().__init__(parent)
        self._terminal = terminal
        self.worker: BackgroundOp | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Export data"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(620)
        self._build_ui()
        self._connect()
        self._suggest_path()

    def _build_ui(self) -> None:
        self.what = QComboBox()
        for key, title in (("members", self.tr("All members")), ("purchases", self.tr("All purchases")),
                           ("ledger", self.tr("Points ledger (every change of points)"))):
            self.what.addItem(title, key)
        self.format = QComboBox()
        for key, title in (("csv", self.tr("CSV (spreadsheets, UTF-8)")),
                           ("xlsx", self.tr("Excel workbook (XLSX)")),
                           ("json", self.tr("JSON (for other programs)"))):
            self.format.addItem(title, key)
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), file_row)
        hint = QLabel(self.tr("Every row is exported, in the till's local time. The file "
                              "holds customers' personal data and staff notes: keep it "
                              "safe. Erased members appear without their personal data."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export (Enter)"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        # Enter means Export wherever the focus is: a push button that may become the
        # default on focus ("Choose…" was one) would open the file chooser instead.
        for button in (self.browse, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.what.currentIndexChanged.connect(self._suggest_path)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self.browse.clicked.connect(self._choose_file)
        self.export_button.clicked.connect(lambda: self.start())
        self.close_button.clicked.connect(self.reject)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _suggest_path(self) -> None:
        """members-2026-03-10.csv in the folder already chosen (home at first)."""
        current = Path(self.path.text()).expanduser() if self.path.text() else None
        folder = current.parent if current else Path.home()
        name = f"{self.what.currentData()}-{date.today().isoformat()}.{self.format.currentData()}"
        self.path.setText(str(folder / name))

    def _choose_file(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              f"{fmt.upper()} (*.{fmt})")
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.path.setText(path)

    def start(self, path: str | None = None) -> None:
        if self.busy:
            return
        if path is not None:
            self.path.setText(path)
        target = self.path.text().strip()
        if not target:
            self._show_error(self.tr("Choose a file to write to."))
            return
        self.status.clear()
        kind, fmt, out = self.what.currentData(), self.format.currentData(), Path(target).expanduser()
        self.worker = BackgroundOp(self, lambda progress: self._terminal.office.export_data(
            kind, fmt, out, progress=progress), self._on_done)
        self.worker.on_progress(self._on_progress).on_failure(self._on_failed)
        self.worker.on_finished(self._on_finished)
        self.progress = QProgressDialog(self.tr("Exporting…"),
                                        self.tr("Cancel"), 0, PROGRESS_STEPS, self)
        self.progress.setWindowTitle(self.tr("Export data"))
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(420)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.export_button.setEnabled(False)
        self.progress.show()
        self.worker.run()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is None or self.progress.wasCanceled():
            return
        self.progress.setValue(PROGRESS_STEPS * done // total if total else 0)
        self.progress.setLabelText(self.tr("Exporting: %1 of %2 rows…").replace(
            "%1", formats.number(done)).replace("%2", formats.number(total)))

    def _on_done(self, result) -> None:
        if result.cancelled:
            self._show(self.tr("Export cancelled: no file was written."), "hint")
        else:
            self._show(self.tr("Exported %n row(s) to %1.", "", result.rows).replace(
                "%1", str(result.path)), "exportDone")

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self._show_error(describe(exc))
        else:
            self._show_error(self.tr("The export failed: %1").replace("%1", str(exc)))

    def _on_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        self.worker = None
        self.export_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self._show(text, "exportFailed")

    def _show(self, text: str, name: str) -> None:
        self.status.setObjectName(name)
        self.status.setStyleSheet("")  # re-apply the rules for the new object name
        self.status.setText(text)

    def reject(self) -> None:
        if self.busy:  # closing cancels a running export; its partial file goes
            self.worker.cancel()
            self.worker.wait()
        super().reject()
