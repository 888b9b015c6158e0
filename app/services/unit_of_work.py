"""One unit of work: the permission check, one transaction, the storage errors in words.

Every facade method (services/till.py, back_office.py, administration.py, sign_in.py)
goes through here, so the rules for *how* a use case runs live in one place:

1. the staff member at the till must hold the permission (refused before any session
   is opened: the rule lives in the services, not only in which buttons the UI shows);
2. the work runs in one transaction (``sessions.begin()``): committed when it returns,
   rolled back when it raises. A unit of work that may write (``uow(...)``, the default)
   begins holding the write lock, so two tills' read-check-write sequences run one after
   the other (``engine.take_write_lock``); one that only reads (``uow.read(...)``: search,
   lists) takes no lock and never waits for a sale;
3. the retry policy decides whether a failed attempt is tried again, from the driver's
   own error: never on SQLite (``OneAttempt``), on a serialisation failure or a deadlock
   on PostgreSQL (``RetryConflicts``); the composition root picks it (``retry_policy``);
4. what the last attempt raised is put in words once, outside the retries: a full disk,
   a read-only or damaged file, a server away surfaces as a StorageError with a stable
   code (services/storage.py) instead of a traceback.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import take_write_lock
from app.domain import roles
from app.services import storage
from app.services.context import ServiceContext

log = logging.getLogger(__name__)

T = TypeVar("T")


class RetryPolicy(Protocol):
    def run(self, attempt: Callable[[], T]) -> T:
        """Run ``attempt`` (one whole transaction) until it succeeds or the policy gives up."""


class OneAttempt:
    """Every unit of work runs once: the policy on SQLite.

    On SQLite nothing needs a retry: a writing unit of work holds the write lock from its
    start, so it never meets a conflict mid-way; a till that waited the whole busy timeout
    for the lock gets "the database is busy" in words (storage_busy) and the cashier
    submits again."""

    def run(self, attempt: Callable[[], T]) -> T:
        return attempt()


# SQLSTATEs that mean "this transaction lost a race, run it again": serialization_failure
# and deadlock_detected (two sales locking a member and their referrer in opposite orders).
CONFLICT_STATES = frozenset({"40001", "40P01"})


def conflict_state(exc: BaseException) -> str | None:
    """The SQLSTATE of a server conflict ``exc`` is, or None: SQLite's errors carry none
    and never match. The policy sees the driver's error as SQLAlchemy raised it (the
    words come after the retries), so there is nothing to dig behind."""
    state = getattr(exc.orig, "sqlstate", None) if isinstance(exc, DBAPIError) else None
    return state if state in CONFLICT_STATES else None


class RetryConflicts:
    """The policy on PostgreSQL: a transaction that failed with a serialisation failure
    or a deadlock (already rolled back) is run again from its start, the same work with
    the same arguments, after a short jittered pause, up to ``attempts`` times in all;
    then the last error goes on (a deadlock in words: storage_busy). It is safe because
    every recording call carries a client-generated id (a repeated attempt is recorded
    once). Any other error, and every SQLite error, is raised at once."""

    def __init__(self, attempts: int = 4, pause_s: float = 0.02,
                 sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random):
        self.attempts, self._pause_s, self._sleep, self._jitter = attempts, pause_s, sleep, jitter

    def run(self, attempt: Callable[[], T]) -> T:
        for tries in range(1, self.attempts):
            try:
                return attempt()
            except Exception as exc:
                state = conflict_state(exc)
                if state is None:
                    raise
                log.info("transaction conflict (SQLSTATE %s), attempt %d again", state, tries + 1)
                # 1x, 2x, 4x… the pause, each stretched by up to 100 % at random, so two
                # tills that collided do not collide again in step.
                self._sleep(self._pause_s * 2 ** (tries - 1) * (1 + self._jitter()))
        return attempt()  # the last one: whatever it raises goes on


def retry_policy(dialect_name: str) -> RetryPolicy:
    """The retry policy for a database: a server's conflicts are retried, SQLite's never."""
    return RetryConflicts() if dialect_name == "postgresql" else OneAttempt()


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session], ctx: ServiceContext,
                 retry: RetryPolicy | None = None, server: storage.ServerStatus | None = None,
                 follow: Callable[[], None] | None = None):
        self._sessions = sessions
        self._ctx = ctx
        self._retry = retry or OneAttempt()
        self._server = server  # told when the shop's server is away, and when it is back
        self._follow = follow  # changes made on other tills (services/shop_changes.py)

    def __call__(self, permission: str | None, work: Callable[[Session], T]) -> T:
        """Check ``permission`` (None: anybody, e.g. signing in), then run ``work(session)``
        in one transaction and return what it returns."""
        self.check(permission)
        return self._translated(work, lambda: self._retry.run(lambda: self._writing(work)))

    def read(self, permission: str | None, work: Callable[[Session], T]) -> T:
        """The same, for work that writes nothing: it takes no write lock, so a search
        never waits for another till's sale. Whatever writes (opening a member expires
        due lots) goes through ``__call__``."""
        self.check(permission)
        return self._translated(work, lambda: self._retry.run(lambda: self._reading(work)))

    def outside(self, permission: str | None, work: Callable[[], T]) -> T:
        """The same checks for work on files rather than rows (a backup, reading an import
        file, writing a PDF): no session is opened, storage errors are still put in words."""
        self.check(permission)
        return self._translated(work, work)  # no session: proves nothing about a server

    def check(self, permission: str | None) -> None:
        if self._follow is not None:  # a cashier switched off elsewhere is refused here
            # It reads the database too: a server away is said in words here as well.
            self._translated(self._follow, self._follow)
        if permission is not None:
            roles.check(self._ctx.role, permission)

    def _writing(self, work: Callable[[Session], T]) -> T:
        with self._sessions.begin() as session:
            take_write_lock(session)
            return self._reached_by(session, work(session))

    def _reading(self, work: Callable[[Session], T]) -> T:
        with self._sessions.begin() as session:
            return self._reached_by(session, work(session))

    def _reached_by(self, session: Session, result: T) -> T:
        """A session that connected (a statement ran) proves the server answers; one that
        never needed it (work on settings, on the dialect's name) proves nothing: a till
        started on its local copy stays offline until the server really answers."""
        if session.info.get("reached") and self._server is not None and self._server.away:
            self._server.answered()
        return result

    def _translated(self, work: Callable, run: Callable[[], T]) -> T:
        """``run()`` (every attempt the policy makes); what the last one raised, put in
        words once. ``work`` names the use case in the log."""
        try:
            result = run()
        except (DBAPIError, sqlite3.Error) as exc:
            # A full disk, a read-only or damaged file: the transaction was rolled back;
            # say so in words instead of a traceback (see services/storage.py).
            error = storage.translate(exc)
            if error is None:
                raise
            if self._server is not None:
                self._server.saw(error)
            log.error("%s refused by the database: %s", getattr(work, "__qualname__", work), exc)
            raise error from exc
        return result


@event.listens_for(Session, "after_begin")
def _reached(session: Session, _transaction, _connection) -> None:
    """Every session's after_begin: it has a connection, so the database answered (which
    sessions reached it is what ``_reached_by`` asks)."""
    session.info["reached"] = True
