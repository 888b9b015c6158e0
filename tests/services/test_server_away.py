"""The shop's server does not answer: the words say so, nothing is half-saved, the
till learns it is away and that it is back, and the same sale goes through then.

A server that does not answer is made without a server: a PostgreSQL URL on a closed
port, or a SQLite file whose folder (a share) has gone away; and, for the real thing,
a PostgreSQL server of the test's own, stopped under the till and started again."""

import os
import shutil
import socket
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app.bootstrap import open_app, till_start
from app.db.engine import make_engine
from app.services import storage
from app.services.context import SYSTEM
from app.services.settings import Settings
from app.services.startup import CannotOpen, server_name
from app.services.storage import ServerStatus, StorageError
from app.services.unit_of_work import UnitOfWork

from .conftest import member_input


@pytest.fixture
def psycopg():
    """PostgreSQL's driver (the [postgres] extra): its own errors, a closed port."""
    return pytest.importorskip("psycopg")


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql+psycopg://till:secret@127.0.0.1:{port}/shop"


def test_a_server_on_a_closed_port_is_away_in_words(t, psycopg):
    engine = make_engine(closed_port_url())
    status = ServerStatus(sessionmaker(engine))
    seen = []
    status.follow(seen.append)
    uow = UnitOfWork(sessionmaker(engine), t.ctx, server=status)
    with pytest.raises(StorageError) as caught:
        uow(None, lambda s: s.execute(text("SELECT 1")))
    assert caught.value.code == "storage_away"
    assert str(caught.value) == ("The shop's server does not answer; nothing was saved. "
                                 "Retrying…")
    assert status.away and seen == [True]
    assert status.probe() is False and seen == [True]  # told once, not at every probe
    engine.dispose()


def test_a_lost_connection_and_a_dead_server_are_away_too(psycopg):
    def wrapped(driver_error, invalidated=False):  # as SQLAlchemy hands it on
        return OperationalError("SELECT 1", {}, driver_error,
                                connection_invalidated=invalidated)

    dropped = wrapped(psycopg.OperationalError("the connection was lost"), invalidated=True)
    assert storage.is_away(storage.translate(dropped))
    assert storage.is_away(storage.translate(wrapped(psycopg.errors.AdminShutdown("bye"))))
    # A rule the server refused is not "away": a serialisation failure is for the retry.
    assert not storage.is_away(storage.translate(
        wrapped(psycopg.errors.SerializationFailure("could not serialize access"))))


def test_a_share_gone_away_and_back_the_same_sale_goes_through(tmp_path):
    share = tmp_path / "share"
    app = open_app(str(share / "shop.sqlite3"), lang="en", acting=SYSTEM)
    t = app.terminal
    seen = []
    t.server.follow(seen.append)
    member = t.till.enrol(member_input())
    app.engine.dispose()  # the pool's open files would outlive the share
    share.rename(tmp_path / "gone")
    purchase_id = uuid.uuid4()
    with pytest.raises(StorageError) as caught:
        t.till.record_purchase(purchase_id, member, 10_000)
    assert caught.value.code == "storage_away" and t.server.away and seen == [True]
    assert t.server.probe() is False
    (tmp_path / "gone").rename(share)
    assert t.server.probe() is True and seen == [True, False]
    t.server.saw(caught.value)  # away again; the cashier's own retry says it is back
    result = t.till.record_purchase(purchase_id, member, 10_000)
    assert not result.duplicate and not t.server.away
    assert t.till.member(member).visits == 1  # nothing half-saved before, once now
    assert t.admin.check().problems == []
    app.engine.dispose()


def test_the_tills_start_is_told_the_server_is_away_with_its_name(tmp_path, psycopg):
    url = closed_port_url()
    start = till_start(url, settings=Settings(tmp_path / "settings.json"))
    with pytest.raises(CannotOpen) as caught:
        start.open("en")
    assert caught.value.away and not caught.value.restorable
    assert caught.value.server == server_name(url) == url.split("@")[1]
    assert "secret" not in caught.value.server


def _pg_ctl(data: Path, *args: str) -> None:
    """pg_ctl on the test's own server, as its owner (the server refuses to run as root)."""
    pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
    run = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    # No pipes: a server started here would hold them open, and the run would wait on them.
    subprocess.run([*run, str(pg_ctl), "-D", str(data), "-w", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def own_server(postgres_template):
    """A PostgreSQL server of this test's own (.ci/postgres), to stop and start again;
    only where the suite has a server too (so without one it is skipped, in CI failed)."""
    root = Path(__file__).resolve().parents[2]
    made = subprocess.run(["bash", str(root / ".ci/postgres")], check=True, text=True,
                          capture_output=True, timeout=300)
    url = made.stdout.strip().splitlines()[-1]
    folder = Path(make_url(url).query["host"])
    yield url, folder / "data"
    try:
        _pg_ctl(folder / "data", "stop", "-m", "immediate")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_shops_server_stopped_and_started_again_the_same_sale_goes_through(own_server):
    url, data = own_server
    app = open_app(url, lang="en", acting=SYSTEM)
    t = app.terminal
    seen = []
    t.server.follow(seen.append)
    member = t.till.enrol(member_input())
    _pg_ctl(data, "stop", "-m", "fast")  # the server goes down under a running till
    purchase_id = uuid.uuid4()
    with pytest.raises(StorageError) as caught:
        t.till.record_purchase(purchase_id, member, 10_000)
    assert caught.value.code == "storage_away" and str(caught.value) == storage.AWAY
    assert t.server.away and seen == [True] and t.server.probe() is False
    _pg_ctl(data, "restart")  # not running: started again with its last options
    assert t.server.probe() is True and seen == [True, False]
    result = t.till.record_purchase(purchase_id, member, 10_000)  # the cashier's retry
    assert not result.duplicate and not t.server.away
    assert t.till.member(member).visits == 1  # nothing half-saved before, once now
    assert t.admin.check().problems == []
    app.engine.dispose()
