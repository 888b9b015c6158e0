"""A full disk or a read-only database: a clear error, nothing half-saved, and the
same purchase goes through when it is retried after the cause is fixed. On the shop's
PostgreSQL server too: a database set read-only (as a standby is) says so in words."""

import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from app.domain.errors import DomainError
from app.services import storage

pytestmark = pytest.mark.both_databases


def _pragma(engine, sql):
    """Apply ``sql`` on every new connection from now on (the pool is emptied first)."""
    def on_connect(dbapi_conn, _record):
        dbapi_conn.execute(sql)
    event.listen(engine, "connect", on_connect)
    engine.dispose()
    return on_connect


def _fill_until_full(t, member, attempts=400):
    """Record purchases until the file cannot grow; the ids that went through."""
    done = []
    for _ in range(attempts):
        purchase_id = uuid.uuid4()
        try:
            t.till.record_purchase(purchase_id, member, 10_000)
        except DomainError as exc:
            return done, purchase_id, exc
        done.append(purchase_id)
    pytest.fail("the database never filled up")


@pytest.mark.sqlite_only  # the full disk is made with SQLite's max_page_count
def test_disk_full_says_so_and_keeps_every_purchase_that_went_through(app, t, member):
    with app.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    hook = _pragma(app.engine, f"PRAGMA max_page_count={pages}")
    done, refused_id, exc = _fill_until_full(t, member)
    assert exc.code == "storage_full"
    assert "disk is full" in str(exc)
    visits = t.till.member(member).visits
    assert visits == len(done)  # nothing of the refused sale was half-saved
    # Space is freed: the cashier presses Enter again with the same purchase on screen.
    event.remove(app.engine, "connect", hook)
    app.engine.dispose()
    result = t.till.record_purchase(refused_id, member, 10_000)
    assert not result.duplicate
    assert t.till.member(member).visits == visits + 1
    assert t.admin.check().problems == []


@contextmanager
def _read_only(engine):
    """The database refuses writes: SQLite's query_only on every connection; on the
    server the database's default_transaction_read_only, as on a standby."""
    if engine.dialect.name == "sqlite":
        hook = _pragma(engine, "PRAGMA query_only=ON")
        yield
        event.remove(engine, "connect", hook)
    else:
        name = engine.url.database
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        engine.dispose()
        yield
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("SET default_transaction_read_only = off"))
            conn.execute(text(f'ALTER DATABASE "{name}" RESET default_transaction_read_only'))
    engine.dispose()


def test_read_only_database_says_so_and_changes_nothing(app, t, member):
    balance = t.till.member(member).balance
    purchase_id = uuid.uuid4()
    with _read_only(app.engine):
        with pytest.raises(DomainError) as caught:
            t.till.record_purchase(purchase_id, member, 50_000)
    assert caught.value.code == "storage_read_only"
    assert t.till.member(member).balance == balance
    assert t.till.member(member).visits == 0
    assert t.till.record_purchase(purchase_id, member, 50_000).points_earned > 0


def test_a_full_disk_on_the_server_is_a_full_disk_too():
    psycopg = pytest.importorskip("psycopg")
    full = psycopg.errors.DiskFull('could not extend file "base/16384/16390": '
                                   "No space left on device")
    assert storage.translate(OperationalError("INSERT", {}, full)).code == "storage_full"


def test_other_database_errors_are_not_disguised(app, t, member):
    assert storage.translate(OperationalError("x", {}, Exception("no such table: foo"))) is None
    assert storage.translate(ValueError("database or disk is full")) is None
