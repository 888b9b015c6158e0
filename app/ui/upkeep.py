"""The till's own upkeep, hourly and at start: expire due points and apply due tier
reviews (so "daily" is never late), then the daily automatic backup (which knows
whether a day has passed). It runs off the GUI thread through the background wrapper,
so the till keeps selling while it works; one run at a time (an hour's tick during a
long run is skipped, the next hour catches up). Quiet: what it did goes to the log, and
so does a failure, which never stops the till (the next run retries). With several
tills on one database only the one holding the shop's upkeep lease does it: ``lease()``
takes or renews it, and a till that does not get it skips the round."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.ui.background import BackgroundOp

log = logging.getLogger(__name__)
MAINTAIN_EVERY_MS = 60 * 60 * 1000


class Upkeep(QObject):
    """``maintain()`` returns (lots expired, tiers reviewed); ``backup()`` makes the
    automatic backup when one is due; ``lease()`` says whether this till does the
    shop's upkeep this round. All are called on the upkeep's own thread."""

    def __init__(self, parent: QObject | None, maintain: Callable[[], tuple[int, int]],
                 backup: Callable[[], object], every_ms: int = MAINTAIN_EVERY_MS,
                 lease: Callable[[], bool] | None = None):
        super().__init__(parent)
        self._maintain, self._backup = maintain, backup
        self._lease = lease
        self._op: BackgroundOp | None = None
        self._timer = QTimer(self, interval=every_ms)
        self._timer.timeout.connect(self.run)

    def start(self) -> Upkeep:
        """Run now, then every ``every_ms``."""
        self.run()
        self._timer.start()
        return self

    @property
    def running(self) -> bool:
        return self._op is not None

    def run(self) -> bool:
        """Start one run unless one is still going; True if started."""
        if self._op is not None:
            log.info("upkeep still running: this round is skipped")
            return False
        self._op = BackgroundOp(self, self._work).on_failure(self._failed)
        self._op.on_finished(self._finished).run()
        return True

    def _work(self, _progress) -> None:  # on the upkeep's thread
        if self._lease is not None and not self._lease():
            log.info("another till does the shop's upkeep: this round is skipped")
            return
        try:
            expired, reviewed = self._maintain()
            if expired or reviewed:
                log.info("maintenance: %d lots expired, %d tiers reviewed", expired, reviewed)
        except Exception:  # noqa: BLE001 - the backup still runs; the next hour retries
            log.exception("maintenance failed")
        self._backup()

    def _failed(self, exc: BaseException) -> None:
        log.error("upkeep failed", exc_info=exc)

    def _finished(self) -> None:
        self._op = None
