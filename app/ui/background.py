"""One way to run work off the screen, in the shape of Anki's aqt/operations.

    BackgroundOp(dialog, lambda progress: terminal.export_data(..., progress),
                 success=dialog.exported).on_failure(dialog.failed).run()

The work is a plain function of one argument, a ``Progress``: calling it reports
(done, total) and answers whether to go on (False once Cancel was pressed), and
``progress.is_cancelled()`` asks the same without reporting. A service that stops by
raising (importer.ImportCancelled, rollups.BuildCancelled, cards' CardsCancelled) gets
that from a small adapter in its dialog; the wrapper itself knows no service.

The function runs on a thread of its own; it calls the facade, which opens its own
session there (SQLite connections never cross threads). Every callback (progress,
success, failure, finished) runs on the GUI thread, in that order, and only while the
parent (a widget, or any QObject) is alive: a dialog closed mid-way gets no call into its deleted widgets,
its work is asked to stop, and the thread is kept (by this module) until it ends.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DomainError
from app.ui.messages import describe

log = logging.getLogger(__name__)

# Ops whose thread has not ended: kept here, not by their (perhaps closed) dialog.
_RUNNING: set[BackgroundOp] = set()


class Progress:
    """Handed to the work on its thread: report with ``progress(done, total)``."""

    def __init__(self, report: Callable[[int, int], None]):
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        """Report (done, total); False once the work should stop."""
        self._report(done, total)
        return not self._cancel.is_set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def show_failure(parent: QObject | None, exc: BaseException) -> None:
    """The default failure callback: a rule's message for a DomainError, the app's
    crash path (logged, the error dialog) for anything unexpected."""
    if isinstance(exc, DomainError):
        window = parent if isinstance(parent, QWidget) else None
        QMessageBox.information(window, "Regulars", describe(exc))
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class BackgroundOp(QObject):
    """Run ``work(progress)`` off the GUI thread; see the module's docstring."""
    _progressed = Signal(object, object)
    _succeeded = Signal(object)
    _failed = Signal(object)
    _ended = Signal()

    def __init__(self, parent: QObject | None, work: Callable[[Progress], Any],
                 success: Callable[[Any], None] | None = None):
        super().__init__()  # no Qt parent: the op outlives a dialog closed mid-way
        self._parent = parent
        self._work = work
        self._on_success = success
        self._on_failure: Callable[[BaseException], None] = lambda exc: show_failure(
            self._parent, exc)
        self._on_progress: Callable[[int, int], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        self.progress = Progress(self._progressed.emit)
        self._thread: threading.Thread | None = None
        self._progressed.connect(self._deliver_progress)
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._ended.connect(self._deliver_end)
        if parent is not None:
            parent.destroyed.connect(self.progress.cancel)

    def on_progress(self, callback: Callable[[int, int], None]) -> BackgroundOp:
        self._on_progress = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def on_finished(self, callback: Callable[[], None]) -> BackgroundOp:
        """Called last, after success or failure: re-enable the buttons here."""
        self._on_finished = callback
        return self

    def run(self) -> BackgroundOp:
        _RUNNING.add(self)
        # Not a daemon: quitting waits for a backup or a transaction to end, never cuts it.
        self._thread = threading.Thread(target=self._run, name="background op")
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work's thread ends (callbacks follow on the event loop)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _run(self) -> None:  # on the work's thread
        try:
            result = self._work(self.progress)
        except Exception as exc:  # noqa: BLE001 - delivered to the failure callback
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)
        finally:
            self._ended.emit()

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object, object)
    def _deliver_progress(self, done, total) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total)

    @Slot(object)
    def _deliver_success(self, result) -> None:
        if self._on_success is not None and self._alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc) -> None:
        if not self._alive():
            log.warning("background work failed after its window closed", exc_info=exc)
            return
        self._on_failure(exc)

    @Slot()
    def _deliver_end(self) -> None:
        _RUNNING.discard(self)
        if self._on_finished is not None and self._alive():
            self._on_finished()
