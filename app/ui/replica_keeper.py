"""Keeps a till's local copy of the shop's server up to date (issue #17): about every
second one round (services.replica.LocalCopy.keep_up) on a thread of its own through
app/ui/background.py, one at a time, so the till sells on while it runs. The first
copy of a shop (or the rest of one stopped half-way) shows its progress in a window
that does not block the till, which works online meanwhile; later rounds are quiet. A
round that fails (the server away, a busy file) goes to the log and the next one
tries again: the copy is only ever behind, never half-written."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.ui.background import BackgroundOp, Progress
from app.ui.formats import number

log = logging.getLogger(__name__)
KEEP_UP_EVERY_MS = 1000


class ReplicaKeeper(QObject):
    """``keep_up(progress)`` is one round: the first copy when there is none yet
    (reporting (done, total), stopping when told False), else what changed."""

    def __init__(self, window: QWidget | None, keep_up: Callable[[Progress], object],
                 every_ms: int = KEEP_UP_EVERY_MS):
        super().__init__(window)
        self._window, self._keep_up = window, keep_up
        self._op: BackgroundOp | None = None
        self._dialog: QProgressDialog | None = None
        self.rounds = 0  # rounds finished, for the status and the tests
        self._failing = False
        self._timer = QTimer(self, interval=every_ms)
        self._timer.timeout.connect(self.run)
        app = QApplication.instance()
        if app is not None:  # quitting stops a first copy at its next page, not its end
            app.aboutToQuit.connect(self.stop)

    def start(self) -> ReplicaKeeper:
        self.run()
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()
        if self._op is not None:
            self._op.cancel()

    def run(self) -> bool:
        """Start one round unless one is still going; True if started."""
        if self._op is not None:
            return False
        self._op = BackgroundOp(self, self._keep_up, self._succeeded)
        self._op.on_progress(self._progressed)
        self._op.on_failure(self._failed).on_finished(self._finished).run()
        return True

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is None:
            self._dialog = self._progress_dialog()
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(done)
        self._dialog.setLabelText(
            self.tr("Copying the shop's members to this till,\nso it can serve while the "
                    "server is away: %1 of %2").replace("%1", number(done))
            .replace("%2", number(total)))

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Local copy"))
        dialog.setCancelButton(None)  # the copy is needed; closing only hides this window
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the till works meanwhile
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.show()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        if not self._failing:  # once per outage in the log, not every second
            log.warning("local copy: a round failed, the next ones retry: %s", exc)
        self._failing = True

    def _succeeded(self, _result) -> None:
        if self._failing:
            log.info("local copy: up to date again")
        self._failing = False

    def _finished(self) -> None:
        self._op = None
        self.rounds += 1
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
