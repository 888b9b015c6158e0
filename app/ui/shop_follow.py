"""What other tills change reaches this one's screen: every few seconds the till asks
the services to take in changes made elsewhere (terminal.admin.refresh: a program
saved, a cashier switched off) and, when something changed, lets the window catch up
(sign in again, show the open member under the new rules). Not while a dialog is
open: the cashier's work there is finished first, and its next action follows then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

FOLLOW_EVERY_MS = 3000


class ShopFollower(QObject):
    def __init__(self, parent: QObject, refresh: Callable[[], bool],
                 changed: Callable[[], None], every_ms: int = FOLLOW_EVERY_MS):
        super().__init__(parent)
        self._refresh, self._changed = refresh, changed
        self._timer = QTimer(self, interval=every_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self) -> bool:
        """One look; True if the window was told something changed."""
        if QApplication.activeModalWidget() is not None:
            return False
        if not self._refresh():
            return False
        self._changed()
        return True
