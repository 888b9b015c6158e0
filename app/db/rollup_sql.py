"""The two pieces of report-rollup SQL that differ between SQLite and PostgreSQL: an
"add to this row, or create it" upsert, and truncating a stored time to its hour."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Table, func
from sqlalchemy.engine import Connection


def add_to(connection: Connection, table: Table, rows: list[dict], keys: tuple[str, ...]) -> None:
    """For each row: insert it, or add its other columns to the row with the same keys.
    One statement for all ``rows`` (they must share their columns)."""
    if not rows:
        return
    deltas = tuple(c for c in rows[0] if c not in keys)
    cache_key = (connection.dialect.name, table.name, keys, deltas)
    stmt = _statements.get(cache_key)
    if stmt is None:  # built once: a sale's commit should not pay for building it again
        if connection.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(table)
        stmt = _statements[cache_key] = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: table.c[c] + stmt.excluded[c] for c in deltas})
    connection.execute(stmt, rows)


_statements: dict[tuple, object] = {}


def hour_of(connection: Connection, column):
    """An expression for ``column`` (a stored UTC time) cut to its hour; read the
    values back with ``parse_hour``. Grouping by hour, not by row, lets a rebuild add
    up millions of rows in the database and shift only the groups to local days."""
    if connection.dialect.name == "postgresql":
        return func.date_trunc("hour", column)
    return func.substr(column, 1, 13)  # 'YYYY-MM-DD HH' of SQLite's stored text


def parse_hour(value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(minute=0, second=0, microsecond=0)
    return datetime.strptime(value, "%Y-%m-%d %H")
