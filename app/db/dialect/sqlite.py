"""The SQLite way (the till's own database file): where it differs from portable.py."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Integer, Select, Table, cast, func, insert, text
from sqlalchemy.engine import Connection

from app.db.dialect import sqlite_export
from app.db.dialect.portable import LinesRequest, Portable
from app.db.ids import hex_key


class Sqlite(Portable):
    name = "sqlite"
    # One writer holds the file at a time; more only wait in SQLite's busy handler, which
    # polls with sleeps and is not first come, first served (a sale waited past its 5 s).
    writers_at_once = 1

    def bind_value(self, value):
        if isinstance(value, uuid.UUID):
            return hex_key(value)  # how the Uuid type stores it here
        if isinstance(value, date):
            return value.isoformat()
        return value

    def greatest(self, a, b):
        return func.max(a, b)  # SQLite's two-argument max() is the greatest of them

    def quarter_of(self, column):
        # 'YYYY-MM-DD HH:' of SQLite's stored text, then the quarter's first minute
        return func.printf("%s%02d", func.substr(column, 1, 14),
                           cast(func.substr(column, 15, 2), Integer) // 15 * 15)

    def append(self, connection: Connection, tables: list[tuple[Table, list[dict]]]) -> None:
        # Core's executemany: its types write times as SQLite's text of them, which a
        # plain ISO time (with its "T") would not match when compared
        for table, rows in tables:
            if rows:
                connection.execute(insert(table), rows)

    def read_together(self, connection: Connection, reads: list[tuple[Select, dict]]
                      ) -> list[list[tuple]]:
        return [[tuple(row) for row in connection.execute(select, params)]
                for select, params in reads]

    def send(self, connection: Connection, statements: list[tuple[str, list]]) -> None:
        self._one_by_one(connection, statements)  # the file is here: no round trip to save

    def insert_rows(self, connection: Connection, table: Table, rows: list[dict]) -> None:
        if rows:  # Core executemany: the ORM bulk path is ~4x slower here
            connection.execute(insert(table), rows)

    def checkpoint(self, connection: Connection) -> bool:
        """Move the WAL into the main file and truncate it."""
        busy, _frames, _done = connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
        return bool(busy)

    def file_problems(self, connection: Connection) -> list[str]:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check(20)")]
        return [] if rows == ["ok"] else [f"database file: {row}" for row in rows]

    def walks_member_index(self) -> bool:
        return True  # no statistics: it always reads a period's range and sorts it

    def csv_lines(self, connection: Connection, request: LinesRequest) -> tuple | None:
        return sqlite_export.plan(connection.connection.dbapi_connection, request)
