"""The report-rollup SQL that sits on a sale's path, and the pieces that differ between
SQLite and PostgreSQL: an "add to this row, or create it" upsert, the member's latest
visits, and truncating a stored time to its hour.

The two statements a sale runs are sent as plain driver SQL: built once, with none of
the per-statement work of SQLAlchemy's compiler, because the till's sale budget is a
few milliseconds and these run on every one."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Integer, Table, cast, func
from sqlalchemy.engine import Connection

_statements: dict[tuple, str] = {}


def _marks(connection: Connection, names) -> list[str]:
    if connection.dialect.paramstyle == "qmark":
        return ["?" for _ in names]
    return [f"%({n})s" for n in names]


def _value(connection: Connection, value):
    if connection.dialect.name == "sqlite":
        if isinstance(value, uuid.UUID):
            return value.hex  # how the Uuid type stores it there
        if isinstance(value, date):
            return value.isoformat()
    return value


def add_to(connection: Connection, table: Table, rows: list[dict], keys: tuple[str, ...]) -> None:
    """For each row: insert it, or add its other columns to the row with the same keys.
    One statement for all ``rows`` (they must share their columns and differ in keys)."""
    if not rows:
        return
    names = tuple(rows[0])
    cache_key = (connection.dialect.name, table.name, names, keys)
    sql = _statements.get(cache_key)
    if sql is None:
        deltas = [c for c in names if c not in keys]
        sql = _statements[cache_key] = (
            f"INSERT INTO {table.name} ({', '.join(names)}) "
            f"VALUES ({', '.join(_marks(connection, names))}) "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
            + ", ".join(f"{c} = {table.name}.{c} + excluded.{c}" for c in deltas))
    if connection.dialect.paramstyle == "qmark":
        params = [tuple(_value(connection, r[n]) for n in names) for r in rows]
    else:
        params = [{n: _value(connection, r[n]) for n in names} for r in rows]
    connection.exec_driver_sql(sql, params if len(params) > 1 else params[0])


def latest_visits(connection: Connection, member_id: uuid.UUID, but: uuid.UUID,
                  limit: int = 2) -> list[datetime]:
    """The times of the member's latest purchases other than ``but``, newest first
    (an index on member, time and id answers it without reading the table)."""
    key = (connection.dialect.name, "latest_visits")
    sql = _statements.get(key)
    if sql is None:
        m, b, n = _marks(connection, ("m", "b", "n"))
        sql = _statements[key] = (f"SELECT created_at FROM purchase WHERE member_id = {m} "
                                  f"AND id != {b} ORDER BY created_at DESC LIMIT {n}")
    values = (_value(connection, member_id), _value(connection, but), limit)
    params = values if connection.dialect.paramstyle == "qmark" \
        else dict(zip(("m", "b", "n"), values, strict=True))
    return [at if isinstance(at, datetime) else datetime.fromisoformat(at)
            for (at,) in connection.exec_driver_sql(sql, params)]


def quarter_of(connection: Connection, column):
    """An expression for ``column`` (a stored UTC time) cut to its quarter hour; read
    the values back with ``parse_quarter``. Grouping by quarter hour, not by row, lets a
    rebuild add up millions of rows in the database and shift only the groups to local
    days. A quarter, not an hour: India is 5:30 ahead of UTC, Nepal 5:45, Newfoundland
    3:30 behind, so an hour of UTC can hold two local days there; every zone's offset
    and clock change is a whole number of quarter hours, so a quarter never does."""
    if connection.dialect.name == "postgresql":
        minutes = cast(func.floor(func.date_part("minute", column) / 15) * 15, Integer)
        return func.date_trunc("hour", column) + func.make_interval(0, 0, 0, 0, 0, minutes)
    # 'YYYY-MM-DD HH:' of SQLite's stored text, then the quarter's first minute
    return func.printf("%s%02d", func.substr(column, 1, 14),
                       cast(func.substr(column, 15, 2), Integer) // 15 * 15)


def parse_quarter(value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    return datetime.strptime(value, "%Y-%m-%d %H:%M")
