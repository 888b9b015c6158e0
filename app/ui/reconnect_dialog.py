"""The till's start while the shop's server does not answer: "Connecting to the shop's
server at HOST… attempt N", with Retry now and Quit, instead of the crash dialog.

It tries again every few seconds by itself, each attempt off the GUI thread (through
app/ui/background.py: a server that is down may keep a connect waiting, and Quit must
still answer), and closes with the till's facade the moment the server answers. A
different refusal on the way (a database too new, a damaged file) is handed back to the
start, which deals with it as it always has (app/ui/main.py ``_open_or_recover``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from app.services.startup import CannotOpen
from app.services.terminal import Terminal
from app.ui.background import BackgroundOp

log = logging.getLogger(__name__)

RETRY_EVERY_MS = 5000


class ReconnectDialog(QDialog):
    def __init__(self, open_till: Callable[[], Terminal], away: CannotOpen, parent=None,
                 every_ms: int = RETRY_EVERY_MS):
        super().__init__(parent)
        self._open_till = open_till
        self._server = away.server or ""
        self.attempt = 1  # the start's own attempt, which found the server away
        self.terminal: Terminal | None = None
        self.refusal: CannotOpen | None = None  # another reason not to open: the start's
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.retry)
        self._build_ui(str(away))
        self.timer.start()

    def _build_ui(self, reason: str) -> None:
        self.setWindowTitle("Regulars")
        self.status = QLabel(objectName="reconnectStatus", wordWrap=True)
        self.reason = QLabel(reason, objectName="reconnectReason", wordWrap=True)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry_button.setDefault(True)
        self.retry_button.clicked.connect(self.retry)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self._show_attempt()
        self.setMinimumWidth(460)

    def _show_attempt(self) -> None:
        self.status.setText(self.tr("Connecting to the shop's server at %1… attempt %2")
                            .replace("%1", self._server).replace("%2", str(self.attempt)))

    def retry(self) -> None:
        """One more attempt, unless one is still waiting for the server's answer (Retry
        now is greyed out meanwhile)."""
        if not self.retry_button.isEnabled():
            return
        self.retry_button.setEnabled(False)
        self.attempt += 1
        self._show_attempt()
        BackgroundOp(self, lambda _progress: self._open_till(), self._opened).on_failure(
            self._failed).on_finished(lambda: self.retry_button.setEnabled(True)).run()

    def _opened(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.timer.stop()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CannotOpen) and exc.away:
            self.reason.setText(str(exc))
            return
        self.timer.stop()
        if not isinstance(exc, CannotOpen):
            raise exc  # the crash path: not a reason the start knows how to handle
        self.refusal = exc
        self.reject()

    def reject(self) -> None:
        self.timer.stop()
        super().reject()
