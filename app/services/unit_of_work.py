"""One unit of work: the permission check, one transaction, the storage errors in words.

Every facade method (services/till.py, back_office.py, administration.py, sign_in.py)
goes through here, so the rules for *how* a use case runs live in one place:

1. the staff member at the till must hold the permission (refused before any session
   is opened: the rule lives in the services, not only in which buttons the UI shows);
2. the work runs in one transaction (``sessions.begin()``): committed when it returns,
   rolled back when it raises;
3. a full disk, a read-only or damaged file surfaces as a StorageError with a stable
   code (services/storage.py) instead of a traceback;
4. the retry policy decides whether a failed attempt is tried again (see ``OneAttempt``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.domain import roles
from app.services import storage
from app.services.context import ServiceContext

log = logging.getLogger(__name__)

T = TypeVar("T")


class RetryPolicy(Protocol):
    def run(self, attempt: Callable[[], T]) -> T:
        """Run ``attempt`` (one whole transaction) until it succeeds or the policy gives up."""


class OneAttempt:
    """Today every unit of work runs once.

    NEXT ISSUE (PostgreSQL, several tills): retry a serialisation failure (SQLSTATE
    40001/40P01) here, a few times with a short jittered pause, re-running the whole
    transaction. It is safe because every recording call carries a client-generated
    id (a repeated attempt is recorded once); nothing else needs to change."""

    def run(self, attempt: Callable[[], T]) -> T:
        return attempt()


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
        return self._retry.run(lambda: self._translated(self._in_transaction, work))

    def outside(self, permission: str | None, work: Callable[[], T]) -> T:
        """The same checks for work on files rather than rows (a backup, reading an import
        file, writing a PDF): no session is opened, storage errors are still put in words."""
        self.check(permission)
        return self._translated(lambda w: w(), work)

    def check(self, permission: str | None) -> None:
        if self._follow is not None:  # a cashier switched off elsewhere is refused here
            # It reads the database too: a server away is said in words here as well.
            self._translated(lambda follow: follow(), self._follow)
        if permission is not None:
            roles.check(self._ctx.role, permission)

    def _in_transaction(self, work: Callable[[Session], T]) -> T:
        with self._sessions.begin() as session:
            return work(session)

    def _translated(self, run: Callable[[Callable], T], work: Callable) -> T:
        try:
            result = run(work)
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
        if self._server is not None and self._server.away:
            self._server.answered()
        return result
