"""What differs between the databases Regulars runs on, in one place: a service asks
``of(session)`` for its database's way of doing a thing and never looks at its name.

- portable.py: the way any database gets (PostgreSQL is the one in view, issue #16).
- sqlite.py: SQLite's, where it differs; its fast paths are sqlite_lines.py (CSV lines
  built by SQLite) and sqlite_export.py (those lines for each export).
The converters every path shares sit beside this package: app/db/local_time.py
(stored UTC -> the till's local time) and app/db/ids.py (UUIDs as stored hex and as
8-4-4-4-12 text). The search index (app/db/search_index.py) keeps its own FTS5 SQL."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.dialect.portable import LinesRequest, Portable
from app.db.dialect.sqlite import Sqlite

__all__ = ["LinesRequest", "Portable", "of"]

_WAYS = {"sqlite": Sqlite()}
_PORTABLE = Portable()


def of(bind) -> Portable:
    """The way of the database behind ``bind`` (a Session, Connection or Engine)."""
    name = (bind.get_bind() if isinstance(bind, Session) else bind).dialect.name
    return _WAYS.get(name, _PORTABLE)
