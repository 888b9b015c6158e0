"""The one wrapper every facade method runs in: permission, transaction, storage errors."""

import sqlite3
import uuid

import pytest
from sqlalchemy import func, select

from app.db.engine import make_engine, make_sessions
from app.db.migrate import upgrade
from app.db.models import Till
from app.domain.roles import PermissionDenied
from app.services.context import SYSTEM, ServiceContext, StaffSession, load_program, utcnow
from app.services.storage import StorageError
from app.services.unit_of_work import OneAttempt, UnitOfWork

CASHIER = StaffSession(uuid.uuid4(), "Masha", "cashier")


class CountingSessions:
    """A sessionmaker that counts the sessions opened through it."""

    def __init__(self, sessions):
        self.sessions, self.opened = sessions, 0

    def begin(self):
        self.opened += 1
        return self.sessions.begin()


pytestmark = pytest.mark.both_databases


@pytest.fixture
def db(db_location):
    """A fresh migrated SQLite file, then (second run) a fresh PostgreSQL database."""
    postgres = db_location.startswith("postgresql")
    engine = make_engine(db_location if postgres else f"sqlite:///{db_location}")
    upgrade(engine)
    yield make_sessions(engine)
    engine.dispose()


def uow_for(db, staff):
    sessions = CountingSessions(db)
    ctx = ServiceContext(program=load_program(), staff=staff)
    return UnitOfWork(sessions, ctx), sessions


def add_till(name):
    def work(s):
        s.add(Till(id=uuid.uuid4(), name=name, created_at=utcnow()))
        return name
    return work


def half_then(exc):
    """Work that writes a row, then fails with ``exc``."""
    def work(s):
        add_till("half")(s)
        s.flush()
        raise exc
    return work


def tills(db):
    with db.begin() as s:
        return s.scalar(select(func.count()).select_from(Till))


def test_a_refused_permission_opens_no_session(db):
    for staff in (None, CASHIER):
        uow, sessions = uow_for(db, staff)
        with pytest.raises(PermissionDenied) as caught:
            uow("program", add_till("never"))
        assert caught.value.params["permission"] == "program"
        with pytest.raises(PermissionDenied):
            uow.outside("backup", lambda: pytest.fail("ran without permission"))
        assert sessions.opened == 0
    assert tills(db) == 0


def test_work_that_returns_is_committed_in_one_transaction(db):
    uow, sessions = uow_for(db, CASHIER)
    assert uow("find", add_till("Till 2")) == "Till 2"
    assert sessions.opened == 1 and tills(db) == 1


def test_no_permission_means_anybody_even_nobody(db):
    uow, _ = uow_for(db, None)
    uow(None, add_till("sign-in screen"))
    assert tills(db) == 1


def test_a_storage_error_is_put_in_words_and_the_work_rolled_back(db):
    uow, _ = uow_for(db, SYSTEM)
    with pytest.raises(StorageError) as caught:
        uow("enrol", half_then(sqlite3.OperationalError("database or disk is full")))
    assert caught.value.code == "storage_full"
    assert tills(db) == 0
    with pytest.raises(StorageError) as caught:
        uow.outside("backup", lambda: (_ for _ in ()).throw(
            sqlite3.OperationalError("attempt to write a readonly database")))
    assert caught.value.code == "storage_read_only"


def test_other_errors_pass_through_unchanged_and_roll_back(db):
    uow, _ = uow_for(db, SYSTEM)
    with pytest.raises(sqlite3.OperationalError):
        uow("enrol", half_then(sqlite3.OperationalError("no such table: nothing")))
    with pytest.raises(KeyError):
        uow("enrol", lambda s: {}["x"])
    assert tills(db) == 0


def test_each_transaction_runs_through_the_retry_policy(db):
    class Twice(OneAttempt):
        calls = 0

        def run(self, attempt):
            Twice.calls += 1
            try:
                return attempt()
            except StorageError:
                return attempt()

    failures = iter([sqlite3.OperationalError("database is locked")])

    def flaky(s):
        for exc in failures:
            raise exc
        return add_till("second try")(s)
    sessions = CountingSessions(db)
    uow = UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM), Twice())
    assert uow("enrol", flaky) == "second try"
    assert Twice.calls == 1 and sessions.opened == 2 and tills(db) == 1
