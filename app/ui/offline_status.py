"""The till's line saying where it stands with the shop's server away (issue #17):
"Offline since 14:02 — 17 sales waiting to be sent", then "All sent" once the outbox
is empty, and how many sales the server set aside for a manager. It reads the outbox's
status (services/offline_till.py) every few seconds; it decides nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from app.services.context import ContextView
from app.services.outbox import OutboxStatus

REFRESH_EVERY_MS = 2000


class OfflineStatusLine(QLabel):
    def __init__(self, status: Callable[[], OutboxStatus], ctx: ContextView, parent=None,
                 every_ms: int = REFRESH_EVERY_MS):
        super().__init__(parent, objectName="offlineStatus")
        self._status = status
        self._ctx = ctx
        self._was_offline = False  # "All sent" is said once there was something to send
        self.setWordWrap(True)
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.show_status(self._status())

    def show_status(self, state: OutboxStatus) -> None:
        """Nothing to say while online with nothing waiting or set aside."""
        parts = []
        if state.offline_since is not None:
            since = self._ctx.local(state.offline_since).strftime("%H:%M")
            parts.append(self.tr("Offline since %1").replace("%1", since))
        if state.waiting:
            parts.append(self.tr("%n sale(s) waiting to be sent", "", state.waiting))
        elif self._was_offline:
            parts.append(self.tr("All sent"))
        self._was_offline = state.offline_since is not None or bool(state.waiting)
        if state.set_aside:
            parts.append(self.tr("%n sale(s) set aside for a manager", "", state.set_aside))
        self.setText(" — ".join(parts))
        self.setVisible(bool(parts))
