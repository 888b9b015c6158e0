"""The one wrapper every facade method runs in: permission, transaction, storage errors."""

import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.db.engine import make_engine, make_sessions
from app.db.migrate import upgrade
from app.db.models import Till
from app.domain.roles import PermissionDenied
from app.services.context import SYSTEM, ServiceContext, StaffSession, load_program, utcnow
from app.services.storage import StorageError
from app.services.unit_of_work import OneAttempt, RetryConflicts, UnitOfWork, retry_policy

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
        calls, seen = 0, []

        def run(self, attempt):
            Twice.calls += 1
            try:
                return attempt()
            except Exception as exc:  # the driver's own error: the words come after
                Twice.seen.append(type(exc))
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
    assert Twice.seen == [sqlite3.OperationalError]


# ---- the retry policy (PostgreSQL: serialisation failures and deadlocks) -------------

class ServerError(Exception):
    """What psycopg raises: an error carrying its SQLSTATE."""

    def __init__(self, sqlstate, message):
        super().__init__(message)
        self.sqlstate = sqlstate


def server_error(sqlstate, message="conflict"):
    return DBAPIError("UPDATE members …", {}, ServerError(sqlstate, message))


class Attempts:
    """An attempt that raises each of ``errors`` in turn, then returns "done"."""

    def __init__(self, *errors):
        self.errors, self.calls = list(errors), 0

    def __call__(self):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "done"


def policy(attempts=4):
    pauses = []
    return RetryConflicts(attempts, pause_s=0.01, sleep=pauses.append, jitter=lambda: 0.5), pauses


def test_serialisation_failures_and_deadlocks_are_retried_with_growing_pauses():
    retry, pauses = policy()
    attempt = Attempts(server_error("40001"), server_error("40P01"), server_error("40001"))
    assert retry.run(attempt) == "done"
    assert attempt.calls == 4
    assert pauses == pytest.approx([0.015, 0.03, 0.06])


def test_a_conflict_that_keeps_coming_is_given_up_after_n_attempts():
    retry, pauses = policy(attempts=3)
    errors = [server_error("40P01") for _ in range(5)]
    attempt = Attempts(*errors)
    with pytest.raises(DBAPIError) as caught:
        retry.run(attempt)
    assert caught.value is errors[2]  # the last attempt's own error goes on
    assert attempt.calls == 3 and len(pauses) == 2


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("database is locked"),
    DBAPIError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")),
    server_error("23505", "duplicate key value violates unique constraint"),
    server_error("57P01", "terminating connection due to administrator command"),
    server_error(None, "connection failed"),
    StorageError("storage_busy", "The database is busy"),
    KeyError("x"),
], ids=["sqlite", "sqlite-wrapped", "unique", "admin-shutdown", "no-state", "words", "bug"])
def test_nothing_else_is_retried(error):
    retry, pauses = policy()
    attempt = Attempts(error, server_error("40001"))
    with pytest.raises(type(error)):
        retry.run(attempt)
    assert attempt.calls == 1 and pauses == []


def test_the_server_gets_the_retry_policy_and_sqlite_one_attempt():
    assert isinstance(retry_policy("postgresql"), RetryConflicts)
    assert type(retry_policy("sqlite")) is OneAttempt


def test_a_deadlock_reruns_the_whole_unit_of_work_with_the_same_ids(db):
    # The policy sees the server's own 40P01 (the words come once, after the retries).
    # The same work runs again, so the same client id.
    till_id, deadlocks = uuid.uuid4(), [server_error("40P01", "deadlock detected")] * 2

    def work(s):
        s.add(Till(id=till_id, name="Till 2", created_at=utcnow()))
        s.flush()
        if deadlocks:
            raise deadlocks.pop()
        return "recorded"
    sessions = CountingSessions(db)
    retry, pauses = policy()
    uow = UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM), retry)
    assert uow("enrol", work) == "recorded"
    assert sessions.opened == 3 and len(pauses) == 2 and tills(db) == 1


def test_a_deadlock_that_keeps_coming_is_put_in_words_once_after_the_last_attempt(
        db, caplog):
    last = [server_error("40P01", "deadlock detected") for _ in range(3)]
    raised = iter(last)

    def deadlocked(s):
        add_till("never")(s)
        s.flush()
        raise next(raised)
    sessions = CountingSessions(db)
    retry, pauses = policy(attempts=3)
    uow = UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM), retry)
    with pytest.raises(StorageError) as caught:
        uow("enrol", deadlocked)
    assert caught.value.code == "storage_busy" and caught.value.__cause__ is last[2]
    assert sessions.opened == 3 and len(pauses) == 2 and tills(db) == 0
    said = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(said) == 1 and said[0].startswith(
        "test_a_deadlock_that_keeps_coming_is_put_in_words_once_after_the_last_attempt."
        "<locals>.deadlocked refused by the database: ")


def test_a_real_serialisation_failure_on_the_server_is_retried(postgres_url):
    # The server's own error (psycopg's SerializationFailure), through the driver.
    engine = make_engine(postgres_url)
    db, raised = make_sessions(engine), []

    def work(s):
        if not raised:
            raised.append(True)
            s.execute(text("DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' "
                           "USING ERRCODE = 'serialization_failure'; END $$"))
        return add_till("after the conflict")(s)
    sessions = CountingSessions(db)
    uow = UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM),
                     retry_policy("postgresql"))
    assert uow("enrol", work) == "after the conflict"
    assert sessions.opened == 2 and tills(db) == 1
    engine.dispose()


def test_a_real_deadlock_between_two_tills_is_retried_and_both_commit(postgres_url):
    # Two units of work lock the same two rows in opposite orders: the server picks one
    # as the deadlock's victim (40P01, after deadlock_timeout) and rolls it back; it runs
    # again from its start and both changes are committed.
    engine = make_engine(postgres_url)
    db = make_sessions(engine)
    ids = [uuid.uuid4(), uuid.uuid4()]
    with db.begin() as s:
        s.add_all([Till(id=ids[0], name="first", created_at=utcnow()),
                   Till(id=ids[1], name="second", created_at=utcnow())])
    both_hold_one = threading.Barrier(2)
    sessions = CountingSessions(db)
    uow = UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM),
                     retry_policy("postgresql"))

    def rename(order, mark):
        def work(s):
            rows = [s.get(Till, ids[i], with_for_update=True) for i in order[:1]]
            if mark not in tried:
                tried.add(mark)
                both_hold_one.wait(10)
            rows += [s.get(Till, ids[i], with_for_update=True) for i in order[1:]]
            for row in rows:
                row.name = f"{row.name} {mark}"
            return mark
        return uow("enrol", work)
    tried = set()
    with ThreadPoolExecutor(2) as pool:
        done = [pool.submit(rename, (0, 1), "a"), pool.submit(rename, (1, 0), "b")]
        assert sorted(f.result(timeout=30) for f in done) == ["a", "b"]
    assert sessions.opened == 3  # two units of work, one of them run twice
    with db.begin() as s:
        names = sorted(s.get(Till, i).name for i in ids)
    assert names in (["first a b", "second a b"], ["first b a", "second b a"])
    engine.dispose()
