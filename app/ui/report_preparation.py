"""The first open of Reports in an upgraded shop: its whole history is added up once
into the report rollups before the first report. Minutes at a million members, so it
runs off the GUI thread behind a progress box with Cancel; a cancelled or failed build
keeps nothing. Its strings keep the ReportsDialog translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from app.ui.background import BackgroundOp

STEPS = 1000  # the bar's resolution


class RollupPreparation(QObject):
    """Builds the rollups once; tells ``built(True)`` when done, ``built(False)`` when
    stopped, ``failed(exc)`` when the build broke."""
    progressed = Signal(object, object)  # (done, total), once shown on the bar

    def __init__(self, dialog: QWidget, terminal, status: QLabel,
                 built: Callable[[bool], None], failed: Callable[[BaseException], None]):
        super().__init__(dialog)
        self._dialog, self._terminal, self._status = dialog, terminal, status
        self._built, self._failed = built, failed
        self.box: QProgressDialog | None = None
        self._op: BackgroundOp | None = None

    @property
    def running(self) -> bool:
        return self.box is not None

    def start(self) -> None:
        self.box = self._progress_box()
        self.box.canceled.connect(self._cancel)
        self._status.setText(QCoreApplication.translate("ReportsDialog",
                                                        "Preparing the reports…"))
        self._op = BackgroundOp(self._dialog, lambda progress: self._terminal.office.build_report_rollups(
            progress), self._done)
        self._op.on_progress(self._progress).on_failure(self._broke).run()

    def _progress_box(self) -> QProgressDialog:
        box = QProgressDialog(
            QCoreApplication.translate(
                "ReportsDialog", "Preparing the reports for the first time: every purchase and "
                "ledger row is added up once. In a large shop this takes a few minutes."),
            QCoreApplication.translate("ReportsDialog", "Cancel"), 0, STEPS, self._dialog)
        box.setWindowTitle(QCoreApplication.translate("ReportsDialog", "Reports"))
        label = QLabel(box.labelText())
        label.setWordWrap(True)
        box.setLabel(label)
        box.setFixedWidth(520)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.setValue(0)
        return box

    def _cancel(self) -> None:
        self._op.cancel()
        self._status.setText(QCoreApplication.translate("ReportsDialog", "Stopping…"))

    def _progress(self, done: int, total: int) -> None:
        if self.box is not None and total:
            self.box.setValue(round(STEPS * done / total))
        self.progressed.emit(done, total)

    def _close(self) -> None:
        if self.box is not None:
            self.box.close()
            self.box = None

    def _done(self, built: bool) -> None:
        self._close()
        self._built(built)

    def _broke(self, exc: BaseException) -> None:  # a full disk, say
        self._close()
        self._failed(exc)
