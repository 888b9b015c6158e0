"""The cashier keeps serving at the till while the shop's server is away (issue #17):
a till on a real PostgreSQL server of the test's own, with a complete local copy; the
server is stopped (pg_ctl, immediate mode) and started again. The cashier finds the
member by name, opens them, sells with F5 and Enter; the thank-you says the points are
pending, the status line says a sale waits; back, "All sent", the sale on the server
once and the balance shown final."""

from __future__ import annotations

import glob
import itertools
import shutil
from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.bootstrap import offline_till, open_app
from app.db.models import Member, Purchase
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.replica import LocalCopy
from app.services.settings import Settings
from app.ui.enrol_dialog import EnrolDialog
from app.ui.login_dialog import LoginDialog
from app.ui.main import make_window
from app.ui.offline_sender import OfflineSender
from app.ui.purchase_dialog import PurchaseDialog
from tests.chaos.server import Server, _bin
from tests.ui.drive import click, press, scan, sell, type_into, visible_dialog

SHOPS = itertools.count()


@pytest.fixture(scope="module")
def pg():
    """A PostgreSQL of the test's own, so it can be stopped and started again."""
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        pytest.skip("PostgreSQL is not installed")
    server = Server()
    server.create()
    yield server
    try:
        server.stop()
    finally:
        shutil.rmtree(server.dir, ignore_errors=True)


@pytest.fixture
def shop(pg, tmp_path):
    """A new shop on the server with Ivan on it (200 welcome points), and a complete copy."""
    name = f"shop_{next(SHOPS)}"
    pg._run(_bin("psql"), "-h", str(pg.dir), "-U", "postgres", "-d", "postgres", "-q",
            "-c", f"CREATE DATABASE {name} OWNER regulars")
    url = f"postgresql://regulars@/{name}?host={pg.dir}"
    app = open_app(url, "en", acting=SYSTEM)
    app.terminal.admin.add_staff("Masha", "1111", "cashier")
    ivan = app.terminal.till.enrol(MemberInput(first_name="Ivan", last_name="Offline",
                                               phone="+7 916 123-45-67", consent=True))
    copy = LocalCopy(url, tmp_path / "offline" / "copy.sqlite3")
    copy.build()
    assert copy.is_complete()
    yield app, copy, ivan
    if not (pg.data / "postmaster.pid").exists():
        pg.start()
    copy.close()
    app.engine.dispose()


def purchases_on_server(app, member_id) -> int:
    with app.terminal._sessions() as s:
        return s.scalar(select(func.count()).select_from(Purchase)
                        .where(Purchase.member_id == member_id))


def offline_window(qtbot, app, copy):
    window = make_window(app.terminal, offline=partial(offline_till, copy, Settings()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def find_ivan_and_sell(qtbot, window, ivan) -> None:
    """Ivan found by name and opened from the copy (200 points), a sale of 10.00 made
    with F5: 30 points pending."""
    type_into(qtbot, window.search, "Offline")
    qtbot.waitUntil(lambda: window.search_status.text() == "1 found")
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == ivan
    assert window.panel.balance.text() == "200 points"
    sell(window, qtbot, "1000")  # F5, the amount, Enter
    assert window.banner.text() == ("Thank you!\n+30 points pending: they count once the "
                                    "shop's server has the sale.")


def test_a_sale_with_the_server_stopped_is_pending_then_final_once_it_is_back(
        qtbot, pg, shop):
    app, copy, ivan = shop
    window = offline_window(qtbot, app, copy)
    sender = OfflineSender(window, window.route.offline_till, copy.catch_up, every_ms=50)
    sender.rounded.connect(window.refresh_member)
    pg.crash()  # the shop's server goes away (a crash: connections cut)

    find_ivan_and_sell(qtbot, window, ivan)
    assert window.panel.balance.text() == "230 points"
    assert window.panel.pending.text() == ("of which 30 points pending until the shop's "
                                           "server has the sales")
    assert window.offline_line.text().endswith("— 1 sale waiting to be sent")
    assert window.offline_line.text().startswith("Offline since ")
    assert not window.server_watch.line.isVisible()  # the offline line speaks instead

    pg.start()  # back: the outbox goes off the GUI thread, then the copy catches up
    sender.start()
    qtbot.waitUntil(lambda: window.offline_line.text() == "All sent", timeout=15_000)
    assert window.panel.balance.text() == "230 points"  # final, no longer pending
    assert window.panel.pending.isHidden()
    assert purchases_on_server(app, ivan) == 1
    assert app.terminal.till.member(ivan).balance == 230
    sender.wait()
    QApplication.instance().removeEventFilter(window.scanner)


def test_offline_a_cashier_signs_in_enrols_and_sells_without_points(qtbot, pg, shop):
    """Signed in against the copied PIN hash; paying with points is off (the default)
    and the purchase dialog says so; a newcomer enrolled offline reaches the server with
    their sale, in the name of the cashier who was signed in."""
    app, copy, ivan = shop
    window = offline_window(qtbot, app, copy)
    card = app.terminal.till.member(ivan).card_number
    pg.crash()
    scan(qtbot, window.search, card)  # the card scanned: opened from the copy
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current.member_id == ivan and window.panel.balance.text() == "200 points"
    press(qtbot, window, Qt.Key.Key_Escape)
    app.terminal.sign_in.lock()
    login = LoginDialog(window.route.sign_in, window)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    type_into(qtbot, login.staff, "Ma")
    press(qtbot, login.staff, Qt.Key.Key_Return)
    type_into(qtbot, login.pin, "1111")
    press(qtbot, login.pin, Qt.Key.Key_Return)
    assert app.terminal.ctx.staff.name == "Masha" and app.terminal.ctx.role == "cashier"

    def fill_enrolment():
        dialog = visible_dialog(EnrolDialog)
        type_into(qtbot, dialog.inputs["first_name"], "Anna")
        type_into(qtbot, dialog.inputs["phone"], "+7 916 555-12-34")
        click(qtbot, dialog.consent)
        press(qtbot, dialog.inputs["phone"], Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, fill_enrolment)
    press(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.current is not None)
    anna = window.current.member_id
    assert window.panel.balance.text() == "200 points"

    def try_points_then_sell():
        dialog = visible_dialog(PurchaseDialog)
        assert dialog.offline_note.text() == ("The shop's server is away: paying with "
                                              "points waits until it answers again.")
        assert not dialog.redeem.isEnabled()
        type_into(qtbot, dialog.amount, "500")
        press(qtbot, dialog.amount, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, try_points_then_sell)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "pending" in window.banner.text())
    assert window.panel.balance.text() == "215 points"
    assert window.panel.pending.text() == ("of which 15 points pending until the shop's "
                                           "server has the sales")
    assert window.offline_line.text().endswith("— 2 sales waiting to be sent")

    pg.start()
    sender = OfflineSender(window, window.route.offline_till, copy.catch_up, every_ms=50)
    sender.rounded.connect(window.refresh_member)
    sender.start()
    qtbot.waitUntil(lambda: window.offline_line.text() == "All sent", timeout=15_000)
    sender.wait()
    with app.terminal._sessions() as s:
        assert s.get(Member, anna).first_name == "Anna"
        assert s.scalars(select(Purchase.cashier).where(Purchase.member_id == anna)).all() \
            == ["Masha"]
    assert window.panel.balance.text() == "215 points"
    QApplication.instance().removeEventFilter(window.scanner)
