"""What the database's own failures mean to the person at the till.

A full disk, a read-only file, a damaged page or a locked database surface from
SQLite (or PostgreSQL) as driver errors. The facade turns them into domain errors
with a stable code, so the till shows a clear message in the cashier's language and
keeps the form on screen: the transaction was rolled back, nothing was half-saved,
and the same purchase id can be submitted again once the cause is fixed.
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import DBAPIError

from app.db import dialect
from app.domain.errors import DomainError

log = logging.getLogger(__name__)

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
    ("storage_io", "The database could not be read or written (a disk or network error): "
     "nothing was saved. Try again; if it repeats, call the owner.",
     ("disk i/o error", "could not connect", "connection refused", "server closed the "
      "connection", "terminating connection")),
)


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
    text = str(original).lower()
    for code, message, needles in _KNOWN:
        if any(needle in text for needle in needles):
            return StorageError(code, message, detail=str(original))
    return None


def file_problems(connection) -> list[str]:
    """SQLite's own check of every page and index (what ``regulars check`` runs first)."""
    return dialect.of(connection).file_problems(connection)
