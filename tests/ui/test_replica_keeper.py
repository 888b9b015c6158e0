"""The till on a shop's server keeps its local copy up to date by itself (issue #17):
the first copy shows its progress in a window that leaves the till usable, and a sale
made on the server reaches the copy within a round or two, without any click."""

import uuid

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import create_engine, select

from app.bootstrap import open_app
from app.db.engine import database_url
from app.db.models import Member
from app.services.context import SYSTEM
from app.services.replica import LocalCopy
from app.ui.replica_keeper import ReplicaKeeper


@pytest.fixture
def server(postgres_url):
    app = open_app(postgres_url, "en", acting=SYSTEM)
    app.terminal.admin.add_demo_members(60, seed=2)
    yield app
    app.engine.dispose()


def balance_in(path, member_id):
    local = create_engine(database_url(str(path)))
    try:
        with local.connect() as conn:
            return conn.scalar(select(Member.balance).where(Member.id == member_id))
    finally:
        local.dispose()


def test_the_till_builds_its_copy_with_a_progress_window_then_follows_sales(
        qtbot, server, tmp_path):
    copy = LocalCopy(server.url, tmp_path / "copy.sqlite3", page=10)
    shown = []
    keeper = ReplicaKeeper(None, copy.keep_up, every_ms=200)
    keeper._progressed = (lambda original: lambda done, total: (
        original(done, total),
        shown.append((done, total, [w.isModal() for w in QApplication.topLevelWidgets()
                                    if isinstance(w, QProgressDialog) and w.isVisible()]))))(
        keeper._progressed)
    keeper.start()
    try:
        qtbot.waitUntil(lambda: keeper.rounds >= 1 and copy.is_complete(), timeout=30000)
        assert shown[0][:2] == (0, 60) and shown[-1][:2] == (60, 60)
        assert all(modal == [False] for *_, modal in shown)  # seen, and the till usable
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()]
        t = server.terminal
        member = t.till.search("а")[0].member_id
        sale = t.till.record_purchase(uuid.uuid4(), member, 250000)
        qtbot.waitUntil(lambda: balance_in(copy.path, member) == sale.balance, timeout=10000)
    finally:
        keeper.stop()
        qtbot.waitUntil(lambda: keeper._op is None, timeout=10000)
        copy.close()
