"""What the database's own failures mean to the person at the till.

A full disk, a read-only file, a damaged page, a locked database or a shop's server that
does not answer surface from SQLite (or PostgreSQL) as driver errors. The facade turns them into domain errors
with a stable code, so the till shows a clear message in the cashier's language and
keeps the form on screen: the transaction was rolled back, nothing was half-saved,
and the same purchase id can be submitted again once the cause is fixed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db import dialect
from app.domain.errors import DomainError

log = logging.getLogger(__name__)

AWAY = "The shop's server does not answer; nothing was saved. Retrying…"

# (code, English text, substrings of the driver's message, lower case)
_KNOWN = (
    ("storage_full", "The disk is full: nothing was saved. Free some space and try again.",
     ("database or disk is full", "no space left on device", "could not extend file",
      "disk quota exceeded")),
    ("storage_read_only", "The database cannot be written (it is read-only): nothing was "
     "saved. Ask the owner to check the file or drive.",
     ("readonly database", "read-only", "read only")),
    ("storage_damaged", "The database file is damaged: nothing was saved. Ask the owner to "
     "restore the latest backup.",
     ("malformed", "file is not a database", "file is encrypted or is not a database")),
    ("storage_busy", "The database is busy with another till: nothing was saved. Try again "
     "in a moment.",
     ("database is locked", "database table is locked", "could not obtain lock",
      "deadlock detected")),
    ("storage_away", AWAY,
     ("could not connect", "connection refused", "connection failed", "server closed the "
      "connection", "terminating connection", "connection timed out", "timeout expired",
      "timed out", "connection is closed", "connection reset", "no route to host",
      "network is unreachable", "the database system is shutting down",
      "the database system is starting up", "unable to open database file")),
    ("storage_io", "The database could not be read or written (a disk or network error): "
     "nothing was saved. Try again; if it repeats, call the owner.",
     ("disk i/o error",)),
)
# PostgreSQL's SQLSTATEs for a server that is gone: class 08 (connection exception) and
# an administrator's shutdown or a server not accepting connections yet (57P01-57P03).
_AWAY_STATES = ("08", "57P01", "57P02", "57P03")


class StorageError(DomainError):
    """The database refused the work for a reason outside the rules."""


def translate(exc: BaseException) -> StorageError | None:
    """The storage error ``exc`` stands for, or None when it is not one of them."""
    if isinstance(exc, DBAPIError):
        original = exc.orig
    elif isinstance(exc, sqlite3.Error):
        original = exc
    else:
        return None
    if _server_gone(exc, original):
        return StorageError("storage_away", AWAY, detail=str(original))
    text = str(original).lower()
    for code, message, needles in _KNOWN:
        if any(needle in text for needle in needles):
            return StorageError(code, message, detail=str(original))
    return None


def is_away(error: BaseException | None) -> bool:
    """Whether ``error`` says the shop's server (or the share holding the file) is away:
    the till keeps what was typed and retries, the command line says so in one line."""
    return isinstance(error, StorageError) and error.code == "storage_away"


def _server_gone(exc: BaseException, original: BaseException) -> bool:
    """SQLAlchemy saw the connection drop, or psycopg could not reach the server (its
    OperationalError without a SQLSTATE is a failed connect)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    if not type(original).__module__.startswith("psycopg"):
        return False
    state = getattr(original, "sqlstate", None)
    if state is None:
        return any(c.__name__ == "OperationalError" for c in type(original).__mro__)
    return state.startswith(_AWAY_STATES)


class ServerStatus:
    """Whether the shop's server answers. A unit of work that finds it away says so here
    (``saw``), one that succeeds says it is back (``answered``), and ``probe`` asks with
    one round trip; whoever shows it (the till's status line) follows the changes. A till
    with a complete local copy serves from it meanwhile (services/offline_till.py), and
    sends its outbox when the server answers again (issue #17)."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions
        self._lock = threading.Lock()
        self._listeners: list[Callable[[bool], None]] = []
        self.away = False

    def follow(self, listener: Callable[[bool], None]) -> None:
        """Call ``listener(away)`` on each change, on the thread that noticed it."""
        self._listeners.append(listener)

    def saw(self, error: BaseException | None) -> None:
        if is_away(error):
            self._set(True)

    def answered(self) -> None:
        self._set(False)

    def probe(self) -> bool:
        """True when the server answers a ``SELECT 1`` now (outside any unit of work)."""
        try:
            with self._sessions() as session:
                session.execute(text("SELECT 1"))
        except (DBAPIError, sqlite3.Error) as exc:
            if not is_away(translate(exc)):
                raise
            self._set(True)
            return False
        self._set(False)
        return True

    def _set(self, away: bool) -> None:
        with self._lock:
            changed, self.away = self.away != away, away
        if changed:
            log.warning("the shop's server %s", "does not answer" if away else "answers again")
            for listener in list(self._listeners):
                listener(away)


def file_problems(connection) -> list[str]:
    """SQLite's own check of every page and index (what ``regulars check`` runs first)."""
    return dialect.of(connection).file_problems(connection)
