"""A till (re)started while the shop's server is away (issue #17: a power cut reboots
the till PC during the outage): with a complete local copy it starts on the copy
instead of the reconnecting screen. The cashier signs in by PIN against the copied
staff, the status line says "Offline since" from the first moment, a sale goes to the
outbox; when the server is started again the outbox is sent ("All sent"), the sale is
on the server once, and the till carries on online with the same cashier signed in.
Without a complete copy the reconnecting screen stays (tests/ui/test_server_away.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_app, till_start
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.replica import LocalCopy, local_path
from app.services.settings import Settings
from app.services.startup import CannotOpen
from app.ui import main
from app.ui.login_dialog import LoginDialog
from tests.chaos.server import _bin
from tests.ui.drive import press, type_into, visible_dialog
from tests.ui.test_offline_till import SHOPS, find_ivan_and_sell, pg, purchases_on_server  # noqa: F401 - fixture


@pytest.fixture
def server_shop(pg, tmp_path, monkeypatch):  # noqa: F811 - the module's server
    """A shop on the server with Masha and Ivan; this till's copy where the till keeps it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # local_path(url) here
    name = f"shop_{next(SHOPS)}"
    pg._run(_bin("psql"), "-h", str(pg.dir), "-U", "postgres", "-d", "postgres", "-q",
            "-c", f"CREATE DATABASE {name} OWNER regulars")
    url = f"postgresql://regulars@/{name}?host={pg.dir}"
    app = open_app(url, "en", acting=SYSTEM)  # this computer becomes a till of the shop
    app.terminal.admin.add_staff("Masha", "1111", "cashier")
    ivan = app.terminal.till.enrol(MemberInput(first_name="Ivan", last_name="Offline",
                                               phone="+7 916 123-45-67", consent=True))
    yield app, url, ivan
    if not (pg.data / "postmaster.pid").exists():
        pg.start()
    app.engine.dispose()


def copy_of(url: str) -> None:
    copy = LocalCopy(url, local_path(url))
    copy.build()
    assert copy.is_complete()
    copy.close()


def sign_in_when_asked(qtbot, name: str, pin: str) -> None:
    def sign_in():
        login = visible_dialog(LoginDialog)
        type_into(qtbot, login.staff, name)
        press(qtbot, login.staff, Qt.Key.Key_Return)
        type_into(qtbot, login.pin, pin)
        press(qtbot, login.pin, Qt.Key.Key_Return)
    QTimer.singleShot(0, sign_in)


def test_started_with_the_server_stopped_it_serves_from_the_copy_then_goes_online(
        qtbot, pg, server_shop):  # noqa: F811
    app, url, ivan = server_shop
    copy_of(url)
    pg.crash()  # the outage; the till PC reboots
    start = till_start(url, settings=Settings())
    terminal = start.open("en")  # no reconnecting screen: the facade is built from the copy
    sign_in_when_asked(qtbot, "Ma", "1111")
    window = main.open_till(QApplication.instance(), start, terminal)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert terminal.ctx.staff.name == "Masha" and terminal.ctx.role == "cashier"
    assert window.offline_line.text().startswith("Offline since ")
    assert not window.server_watch.line.isVisible()

    find_ivan_and_sell(qtbot, window, ivan)
    assert window.offline_line.text().endswith("— 1 sale waiting to be sent")

    pg.start()  # the till's own sender tries the server in the background
    qtbot.waitUntil(lambda: window.offline_line.text() == "All sent", timeout=20_000)
    app.engine.dispose()  # the test's own connections were cut by the crash
    assert purchases_on_server(app, ivan) == 1
    assert not window.route.offline
    assert terminal.ctx.staff.name == "Masha"  # still signed in, online now
    assert terminal.till.member(ivan).balance == 230  # the window's facade: the server's
    qtbot.waitUntil(lambda: window.panel.balance.text() == "230 points"
                    and window.panel.pending.isHidden(), timeout=10_000)
    QApplication.instance().removeEventFilter(window.scanner)


def test_without_a_complete_copy_a_server_away_at_start_cannot_open(pg, server_shop):  # noqa: F811
    """No copy yet: the start says the server is away (the reconnecting screen's cue)."""
    _app, url, _ivan = server_shop
    pg.crash()
    with pytest.raises(CannotOpen) as caught:
        till_start(url, settings=Settings()).open("en")
    assert caught.value.away
