"""`regulars bench` at the glass: the time from a cashier's last keystroke in the till's
search box to the result list showing that text's members, painted.

A real TillWindow is shown offscreen at 1366x768 and each query is typed key by key
with real key events at a person's pace (the searches for the first letters run in
between, as they do at the counter). The clock starts as the last key is sent and
stops when the results list's viewport has been painted after its model was filled
by a search that read the full text; the rows are then checked against the service's
own answer for that text, so a fast but wrong list cannot pass. Lives in app/ui
because it needs Qt; the CLI hands it to the services' benchmark, which never
imports the UI.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.ui.main import make_window

KEY_GAP_MS = 110  # a quick cashier: about nine keys a second
TIMEOUT_S = 5.0
SIZE = (1366, 768)


class _PaintWatch(QObject):
    """Notes when the results viewport is painted and when the model is refilled."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.filled_at = 0.0  # a search put rows in (perf_counter)
        self.filled_text = None  # the box's text when it did
        self.painted = False  # painted since that fill
        window.results_model.modelReset.connect(self._filled)
        window.results.viewport().installEventFilter(self)

    def _filled(self) -> None:
        self.filled_at = time.perf_counter()
        self.filled_text = self.window.search.text()
        self.painted = False

    def arm(self) -> None:
        self.filled_at, self.filled_text, self.painted = 0.0, None, False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.filled_text is not None:
            self.painted = True
        return False


def _app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication(["regulars-bench"])


def _key(widget, char: str) -> None:
    """The press and release a keyboard sends for ``char`` (any script)."""
    code = ord(char.upper()) if char.isascii() and char.isalnum() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                 char))


def _wait(app: QApplication, done, timeout_s: float) -> bool:
    """Run the event loop (blocking while idle, as a till does) until ``done()``."""
    deadline = time.perf_counter() + timeout_s
    guard = QTimer(interval=50)  # wakes the loop so the deadline is seen
    guard.start()
    try:
        while not done():
            if time.perf_counter() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        guard.stop()


def _pause(app: QApplication, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    _wait(app, lambda: time.perf_counter() >= end, ms / 1000 + 1)


def type_and_time(app, window, watch, query: str, gap_ms: int = KEY_GAP_MS) -> float | None:
    """Type ``query`` into the cleared search box; milliseconds from the last key to the
    list painted with that text's results, or None if it never came."""
    window.next_customer()
    _pause(app, gap_ms)
    for char in query[:-1]:
        _key(window.search, char)
        _pause(app, gap_ms)
    watch.arm()
    start = time.perf_counter()
    _key(window.search, query[-1])
    ok = _wait(app, lambda: watch.painted and watch.filled_text == query, TIMEOUT_S)
    end = time.perf_counter()
    return (end - start) * 1000 if ok else None


def run_gui_search_benchmark(terminal, queries: list[str], gap_ms: int = KEY_GAP_MS) -> dict:
    """p50/p95 of last key → painted results over ``queries`` (typed at ``gap_ms``)."""
    app = _app()
    window = make_window(terminal)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    window.search.setFocus()
    watch = _PaintWatch(window)
    times, wrong, lost = [], 0, 0
    try:
        for q in (q for q in queries if q.strip()):
            ms = type_and_time(app, window, watch, q, gap_ms)
            if ms is None:
                lost += 1
                continue
            times.append(ms)
            expected = [h.member_id for h in terminal.till.search(q)]
            wrong += [h.member_id for h in window.hits] != expected
    finally:
        app.removeEventFilter(window.scanner)
        window.close()
        window.deleteLater()
    ordered = sorted(times) or [float("nan")]

    def p(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)
    return {"gui_search_ms_p50": p(0.5), "gui_search_ms_p95": p(0.95),
            "gui_search_ms_max": round(ordered[-1], 2), "gui_search_queries": len(times),
            "gui_search_wrong": wrong, "gui_search_lost": lost}
