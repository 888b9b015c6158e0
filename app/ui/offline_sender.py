"""Sending what the till recorded while the shop's server was away (issue #17), off the
GUI thread: every few seconds while sales wait in the outbox (or the till is offline),
one round through the offline till (services/offline_till.py: it reconnects, sends the
outbox oldest first, and is back online once everything was sent), then one round of
the local copy's change feed, so the balance the copy shows includes the points just
sent. After a round the till window shows the open member anew (now final)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.offline_till import OfflineTill
from app.ui.background import BackgroundOp

log = logging.getLogger(__name__)

SEND_EVERY_MS = 2000


class OfflineSender(QObject):
    rounded = Signal()  # a round ended (on the GUI thread): show where the till stands

    def __init__(self, parent: QObject, offline_till: Callable[[], OfflineTill | None],
                 catch_up: Callable[[], object] | None, every_ms: int = SEND_EVERY_MS):
        super().__init__(parent)
        self._offline_till = offline_till
        self._catch_up = catch_up
        self._op: BackgroundOp | None = None
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.run)

    def start(self) -> OfflineSender:
        self.timer.start()
        return self

    def run(self) -> bool:
        """One round, unless one is running or there is nothing to send."""
        if self._op is not None and self._op.running:
            return False
        till = self._offline_till()
        if till is None or (till.offline_since is None and till.status().all_sent):
            return False
        self._op = BackgroundOp(self, lambda _progress: self._round(till)).on_failure(
            lambda exc: log.warning("sending the outbox failed: %s", exc)).on_finished(
            self.rounded.emit)
        self._op.run()
        return True

    def _round(self, till: OfflineTill) -> None:  # on the op's thread
        report = till.send()
        if report is not None and till.offline_since is None and self._catch_up is not None:
            self._catch_up()

    def wait(self) -> None:
        """For a test and for quitting: let a round in flight end."""
        if self._op is not None:
            self._op.wait()
