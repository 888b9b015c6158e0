"""The till's line "Server not answering — retrying…", and the probe that clears it.

services.storage.ServerStatus knows whether the shop's server answers: a unit of work
that found it away says so there, and so does one that went through. While it is away
this watch asks again every few seconds, off the GUI thread (a connect to a server that
is down may take its time), through app/ui/background.py, and hides the line the
moment the server answers; the till carries on without a restart. The form the cashier
was filling keeps what was typed, and Enter sends the same sale again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.services.storage import ServerStatus
from app.ui.background import BackgroundOp

log = logging.getLogger(__name__)

PROBE_EVERY_MS = 3000


class ServerWatch(QObject):
    changed = Signal(bool)  # True: away; delivered on the GUI thread

    def __init__(self, server: ServerStatus, parent: QObject, every_ms: int = PROBE_EVERY_MS,
                 covered: Callable[[], bool] = lambda: False):
        """``covered``: whether the till serves from its local copy meanwhile (issue
        #17): then the offline status line speaks instead of this one."""
        super().__init__(parent)
        self._server = server
        self._covered = covered
        self._probe_op: BackgroundOp | None = None
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.probe)
        self.line = QLabel(self.tr("Server not answering — retrying…"), objectName="serverAway")
        self.line.setWordWrap(True)
        self.line.hide()
        self.changed.connect(self._show)
        # Told on whichever thread noticed (a sale on the GUI thread, a probe off it):
        # the signal brings it to this one. A watch whose window closed is not told.
        server.follow(lambda away: shiboken6.isValid(self) and self.changed.emit(away))
        if server.away:
            self._show(True)

    def probe(self) -> None:
        """Ask the server once, unless the last question is still waiting for its answer."""
        if self._probe_op is not None and self._probe_op.running:
            return
        self._probe_op = BackgroundOp(self, lambda _progress: self._server.probe()).on_failure(
            lambda exc: log.warning("the server probe failed: %s", exc))
        self._probe_op.run()

    def _show(self, away: bool) -> None:
        self.line.setVisible(away and not self._covered())
        if away:
            self.timer.start()
        else:
            self.timer.stop()
