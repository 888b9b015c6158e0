"""The one wrapper for work off the screen (app/ui/background.py): the work runs on a
thread of its own, its answers come back on the GUI thread, in order, and never into a
closed window."""

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from app.domain.errors import DomainError
from app.ui import background
from app.ui.background import BackgroundOp


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, parent):
    seen = {}

    def work(_progress):
        seen["work"] = threading.current_thread()
        return 42

    def success(result):
        seen["result"], seen["success"] = result, threading.current_thread()
    op = BackgroundOp(parent, work, success).on_finished(lambda: seen.setdefault("done", 1))
    op.run()
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["work"] is not threading.main_thread()
    assert seen["success"] is threading.main_thread()
    assert seen["result"] == 42


def test_an_error_reaches_the_failure_callback_on_the_gui_thread(qtbot, parent):
    failures, successes = [], []

    def work(_progress):
        raise DomainError("export_folder_missing", "no folder", folder="/nowhere")
    op = BackgroundOp(parent, work, successes.append)
    op.on_failure(lambda exc: failures.append((exc, threading.current_thread()))).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    (exc, thread), = failures
    assert isinstance(exc, DomainError) and exc.code == "export_folder_missing"
    assert thread is threading.main_thread()
    assert successes == []


def test_an_unexpected_error_goes_to_the_crash_path_by_default(qtbot, parent, monkeypatch):
    crashes = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: crashes.append((kind, tb)))
    BackgroundOp(parent, lambda _progress: 1 // 0).run()
    qtbot.waitUntil(lambda: bool(crashes), timeout=5000)
    kind, tb = crashes[0]
    assert kind is ZeroDivisionError and tb is not None  # the details keep the traceback


def test_cancel_stops_the_work(qtbot, parent):
    started, results = threading.Event(), []

    def work(progress):
        started.set()
        steps = 0
        while progress(steps, 1000) and steps < 1000:  # False once Cancel is pressed
            steps += 1
            threading.Event().wait(0.005)  # a step of real work
        return steps
    op = BackgroundOp(parent, work, results.append).run()
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 1000
    assert op.progress.is_cancelled()


def test_progress_arrives_in_order_before_the_result(qtbot, parent):
    events = []

    def work(progress):
        for done in range(1, 51):
            progress(done, 50)
        return "done"
    op = BackgroundOp(parent, work, lambda r: events.append(r))
    op.on_progress(lambda done, total: events.append((done, total)))
    op.on_finished(lambda: events.append("finished")).run()
    qtbot.waitUntil(lambda: "finished" in events, timeout=5000)
    assert events == [(n, 50) for n in range(1, 51)] + ["done", "finished"]


def test_a_window_closed_mid_way_gets_no_calls_and_its_work_is_stopped(qtbot):
    window = QWidget()
    gate, stopped, calls = threading.Event(), threading.Event(), []

    def work(progress):
        gate.wait(5)
        if not progress(1, 2):
            stopped.set()
        return "late"
    op = BackgroundOp(window, work, calls.append)
    op.on_progress(lambda *a: calls.append(a)).on_finished(lambda: calls.append("end")).run()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    gate.set()
    assert op.wait(5)
    # the op's own end arrives after every answer queued before it: none reached the window
    qtbot.waitUntil(lambda: op not in background._RUNNING, timeout=5000)
    assert stopped.is_set()
    assert calls == []

