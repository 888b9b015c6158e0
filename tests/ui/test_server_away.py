"""The shop's server does not answer, at the till and at its start: the words say so,
what was typed stays, the till carries on when the server is back, and the start shows
a reconnecting screen (Retry now, Quit) instead of the crash dialog.

The server that goes away is a SQLite file's folder (a share) moved out of the way and
back, or a PostgreSQL URL on a closed port: no server is needed."""

import socket

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from app.bootstrap import open_app, till_start
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.settings import Settings
from app.services.startup import CannotOpen, TillStart
from app.ui import main
from app.ui.main import make_window
from app.ui.purchase_dialog import PurchaseDialog
from app.ui.reconnect_dialog import ReconnectDialog
from tests.ui.drive import click, press, shown, type_into, visible_dialog


@pytest.fixture
def shop(tmp_path):
    """The shop's database on a share (a folder that can go away and come back)."""
    app = open_app(str(tmp_path / "share" / "shop.sqlite3"), "en", acting=SYSTEM)
    yield app
    app.engine.dispose()


def _away(tmp_path, app):
    app.engine.dispose()  # the pool's open files would outlive the share
    (tmp_path / "share").rename(tmp_path / "gone")


def _back(tmp_path):
    (tmp_path / "gone").rename(tmp_path / "share")


def test_a_sale_while_the_server_is_away_keeps_the_form_and_goes_through_when_back(
        qtbot, tmp_path, shop):
    terminal = shop.terminal
    ivan = terminal.till.member(terminal.till.enrol(MemberInput(
        first_name="Ivan", phone="+7 916 123-45-67", consent=True)))
    window = make_window(terminal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.server_watch.timer.setInterval(50)  # the till asks every few seconds
    assert not window.server_watch.line.isVisible()
    _away(tmp_path, shop)
    dialog = shown(qtbot, PurchaseDialog(terminal, ivan, window))
    type_into(qtbot, dialog.amount, "1000")
    press(qtbot, dialog.amount, Qt.Key.Key_Return)
    assert dialog.error.text() == ("The shop's server does not answer; nothing was saved. "
                                   "Retrying…")
    assert dialog.amount.text() == "1000" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.waitUntil(window.server_watch.line.isVisible)
    assert window.server_watch.line.text() == "Server not answering — retrying…"
    qtbot.wait(200)  # several probes, and the server still away: the line stays
    assert window.server_watch.line.isVisible()
    _back(tmp_path)
    qtbot.waitUntil(lambda: not window.server_watch.line.isVisible(), timeout=5000)
    assert not window.server_watch.timer.isActive()  # back: no more probes
    press(qtbot, dialog.amount, Qt.Key.Key_Return)  # the same sale, sent again
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert terminal.till.member(ivan.member_id).visits == 1
    window.close()


def _away_error(server="127.0.0.1:5999/shop"):
    return CannotOpen("connection refused", restorable=False, server=server)


class _Server:
    """A start's way to open the till that finds the server away ``times`` times."""

    def __init__(self, times, then):
        self.times, self.then, self.calls = times, then, 0

    def __call__(self, *_lang):
        self.calls += 1
        if self.calls <= self.times:
            raise _away_error()
        return self.then() if callable(self.then) else self.then


def test_retry_now_counts_the_attempts_and_opens_when_the_server_answers(qtbot):
    opened = object()
    server = _Server(times=1, then=opened)
    dialog = ReconnectDialog(server, _away_error(), every_ms=60_000)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.status.text() == "Connecting to the shop's server at 127.0.0.1:5999/shop… attempt 1"
    server.calls = 0
    click(qtbot, dialog.retry_button)  # still away
    assert dialog.status.text().endswith("attempt 2")
    assert not dialog.retry_button.isEnabled()  # trying: once at a time
    qtbot.waitUntil(dialog.retry_button.isEnabled)
    assert server.calls == 1 and dialog.isVisible()
    click(qtbot, dialog.retry_button)  # it answers
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.terminal is opened and dialog.status.text().endswith("attempt 3")


def test_it_keeps_trying_by_itself(qtbot):
    opened = object()
    dialog = ReconnectDialog(_Server(times=3, then=opened), _away_error(), every_ms=30)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert dialog.terminal is opened and dialog.attempt == 5


def test_quit_leaves_without_a_till(qtbot):
    dialog = ReconnectDialog(_Server(times=99, then=None), _away_error(), every_ms=60_000)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.quit_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.terminal is None and dialog.refusal is None
    assert not dialog.timer.isActive()


def test_the_start_reconnects_instead_of_crashing_and_opens_the_till(qtbot, tmp_path,
                                                                     monkeypatch):
    crashes = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: crashes.append(exc))
    db = tmp_path / "shop.sqlite3"
    server = _Server(times=1, then=lambda: open_app(str(db), "en", acting=SYSTEM).terminal)
    start = TillStart(Settings(tmp_path / "settings.json"), db, server)

    def answer():
        dialog = visible_dialog(ReconnectDialog)
        assert "127.0.0.1:5999/shop… attempt 1" in dialog.status.text()
        press(qtbot, dialog, Qt.Key.Key_Return)  # Retry now is the default button
    QTimer.singleShot(50, answer)
    terminal = main._open_or_recover(start, "en")
    assert terminal is not None and terminal.till.member_count() == 0
    assert server.calls == 2 and crashes == []
    terminal._sessions.kw["bind"].dispose()


def test_a_closed_port_at_start_shows_the_reconnecting_screen(qtbot, tmp_path):
    pytest.importorskip("psycopg")  # PostgreSQL's driver (the [postgres] extra)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = till_start(f"postgresql+psycopg://till:secret@127.0.0.1:{port}/shop",
                       settings=Settings(tmp_path / "settings.json"))
    seen = []

    def quit_it():
        dialog = visible_dialog(ReconnectDialog)
        seen.append(dialog.status.text())
        click(qtbot, dialog.quit_button)
    QTimer.singleShot(50, quit_it)
    assert main._open_or_recover(start, "en") is None
    assert seen == [f"Connecting to the shop's server at 127.0.0.1:{port}/shop… attempt 1"]
