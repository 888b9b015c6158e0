"""The portable way of the things that differ between databases: what a database other
than SQLite gets (PostgreSQL is the one in view, issue #16), and the base the SQLite
way (sqlite.py) changes only where SQLite needs it.

The statements a sale runs on every purchase (its appended rows, the rollup upserts,
the member's latest visits) are sent as plain driver SQL: built once, with none of the
per-statement work of SQLAlchemy's compiler, because the till's sale budget is a few
milliseconds. On a server the appended rows go in one round trip, and so do the
upserts (``send``): eight tills on two cores spent more of a sale waiting for their
turn to hear each statement's answer than the server spent on the statements."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Integer, Select, Table, cast, func
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from app.db.local_time import Local


@dataclass(frozen=True)
class LinesRequest:
    """What a CSV export writes, for a database that builds its lines itself: its
    ``columns`` (each with a ``key`` and a ``type``) of ``kind``, times in the zone of
    ``local``, as of ``now``."""
    kind: str  # members, purchases or ledger
    columns: tuple
    local: Local
    now: datetime
    tier_names: dict[str, str] = field(default_factory=dict)  # members: key -> name
    personal: frozenset[str] = frozenset()  # members: what erasure empties
    status: object = None  # purchases: the SQL expression of the status shown


class Portable:
    name = "portable"
    # How many writing transactions of one process are worth running at once (the
    # register API's gate): a server locks rows, so sales to different members overlap.
    writers_at_once = 8

    def __init__(self):
        self._statements: dict[tuple, str] = {}

    # ---- values and expressions ---------------------------------------------------

    def bind_value(self, value):
        """A value as the driver takes it for a column of its type (plain SQL)."""
        return value

    def greatest(self, a, b):
        return func.greatest(a, b)

    def quarter_of(self, column):
        """An expression for ``column`` (a stored UTC time) cut to its quarter hour; read
        the values back with ``parse_quarter``. Grouping by quarter hour, not by row, lets
        a rebuild add up millions of rows in the database and shift only the groups to
        local days. A quarter, not an hour: India is 5:30 ahead of UTC, Nepal 5:45,
        Newfoundland 3:30 behind, so an hour of UTC can hold two local days there; every
        zone's offset and clock change is a whole number of quarter hours."""
        minutes = cast(func.floor(func.date_part("minute", column) / 15) * 15, Integer)
        return func.date_trunc("hour", column) + func.make_interval(0, 0, 0, 0, 0, minutes)

    @staticmethod
    def parse_quarter(value) -> datetime:
        if isinstance(value, datetime):
            return value.replace(second=0, microsecond=0)
        return datetime.strptime(value, "%Y-%m-%d %H:%M")

    # ---- the sale's plain SQL -----------------------------------------------------

    def _marks(self, connection: Connection, names) -> list[str]:
        if connection.dialect.paramstyle == "qmark":
            return ["?" for _ in names]
        return [f"%({n})s" for n in names]

    def _params(self, connection: Connection, names, values):
        values = tuple(self.bind_value(v) for v in values)
        if connection.dialect.paramstyle == "qmark":
            return values
        return dict(zip(names, values, strict=True))

    def add_to(self, connection: Connection, tables: list[tuple[Table, list[dict], tuple]]
               ) -> None:
        """For each ``(table, rows, keys)`` and each of its rows: insert it, or add its
        other columns to the row with the same keys. The rows of one table share their
        columns and differ in keys. Sent together (``send``)."""
        statements = []
        for table, rows, keys in tables:
            if not rows:
                continue
            names = tuple(rows[0])
            sql = self._statements.get((table.name, names, keys))
            if sql is None:
                deltas = [c for c in names if c not in keys]
                sql = self._statements[(table.name, names, keys)] = (
                    f"INSERT INTO {table.name} ({', '.join(names)}) "
                    f"VALUES ({', '.join(self._marks(connection, names))}) "
                    f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
                    + ", ".join(f"{c} = {table.name}.{c} + excluded.{c}" for c in deltas))
            statements.append((sql, [self._params(connection, names, [r[n] for n in names])
                                     for r in rows]))
        self.send(connection, statements)

    def append(self, connection: Connection, tables: list[tuple[Table, list[dict]]]) -> None:
        """Insert each ``(table, rows)``'s rows (dicts sharing their keys), in the order
        given (parents first). Sent together (``send``)."""
        statements = []
        for table, rows in tables:
            if not rows:
                continue
            names = tuple(rows[0])
            known = self._statements.get((table.name, names))
            if known is None:
                defaults = _defaults(table, names)  # what Core's INSERT would fill in
                columns = (*names, *defaults)
                known = self._statements[(table.name, names)] = (
                    f"INSERT INTO {table.name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join(self._marks(connection, columns))})",
                    columns, tuple(defaults.values()))
            sql, columns, filled = known
            statements.append((sql, [self._params(connection, columns,
                                                  [*(r[n] for n in names), *filled])
                                     for r in rows]))
        self.send(connection, statements)

    def read_together(self, connection: Connection, reads: list[tuple[Select, dict]]
                      ) -> list[list[tuple]]:
        """The rows of each ``(select, parameters)``, in one round trip to the server
        (psycopg's pipeline mode): for a few small reads that do not depend on each other,
        as the member the till shows is read. ``select`` is a module's constant, its
        values named ``bindparam``s; compiled once per process, its result columns typed
        as SQLAlchemy would."""
        compiled = [self._compiled_read(connection, select) for select, _ in reads]
        driver = connection.connection.driver_connection
        errors = connection.dialect.loaded_dbapi.Error
        cursors = []
        try:
            with driver.pipeline():
                for (sql, bound, _), (_, params) in zip(compiled, reads, strict=True):
                    cursor = driver.cursor()
                    cursor.execute(sql, bound(params))
                    cursors.append(cursor)
            return [[tuple(v if p is None else p(v) for v, p in zip(row, types, strict=True))
                     for row in cursor.fetchall()]
                    for cursor, (_, _, types) in zip(cursors, compiled, strict=True)]
        except errors as exc:
            raise self._driver_error(connection, driver, exc, errors) from exc
        finally:
            for cursor in cursors:
                cursor.close()

    def _compiled_read(self, connection: Connection, select: Select) -> tuple:
        key = ("read", id(select))
        known = self._statements.get(key)
        if known is None or known[0] is not select:
            dialect = connection.dialect
            compiled = select.compile(dialect=dialect)
            binds = {name: param.type.dialect_impl(dialect).bind_processor(dialect)
                     for name, param in compiled.binds.items()}
            binds = {name: p for name, p in binds.items() if p is not None}

            def bound(params: dict) -> dict:
                values = compiled.construct_params(params)
                return {k: binds[k](v) if k in binds else v for k, v in values.items()}

            types = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None)
                          for c in select.selected_columns)
            known = self._statements[key] = (select, str(compiled), bound, types)
        return known[1:]

    def send(self, connection: Connection, statements: list[tuple[str, list]]) -> None:
        """Run each ``(sql, rows of parameters)`` in order, in the connection's
        transaction, in ONE round trip to the server (psycopg's pipeline mode): the
        statements are queued and their answers read at the end. What the server
        refuses is raised as SQLAlchemy raises a driver's error (a deadlock is retried
        by the unit of work, a lost connection is known to the pool), and the transaction
        is then rolled back as after any failed statement."""
        if len(statements) <= 1:  # one statement: the usual path, one round trip anyway
            self._one_by_one(connection, statements)
            return
        driver = connection.connection.driver_connection
        errors = connection.dialect.loaded_dbapi.Error
        sql = ""
        try:
            with driver.pipeline(), driver.cursor() as cursor:
                for sql, rows in statements:
                    cursor.executemany(sql, rows)
        except errors as exc:
            raise self._driver_error(connection, driver, exc, errors, sql) from exc

    @staticmethod
    def _one_by_one(connection: Connection, statements: list[tuple[str, list]]) -> None:
        for sql, rows in statements:
            connection.exec_driver_sql(sql, rows if len(rows) > 1 else rows[0])

    @staticmethod
    def _driver_error(connection: Connection, driver, exc: Exception, errors,
                      sql: str = "") -> DBAPIError:
        """The driver's error as SQLAlchemy would have raised it, for what ran past it (a
        pipeline): the unit of work retries a deadlock and puts the rest in words; a
        connection lost is dropped from the pool."""
        lost = connection.dialect.is_disconnect(exc, driver, None)
        error = DBAPIError.instance(sql, None, exc, errors, hide_parameters=True,
                                    connection_invalidated=lost, dialect=connection.dialect)
        if lost:
            connection.invalidate(error)
        return error

    def latest_visits(self, connection: Connection, member_id: uuid.UUID, but: uuid.UUID,
                      limit: int = 2) -> list[datetime]:
        """The times of the member's latest purchases other than ``but``, newest first
        (an index on member, time and id answers it without reading the table)."""
        sql = self._statements.get(("latest_visits",))
        if sql is None:
            m, b, n = self._marks(connection, ("m", "b", "n"))
            sql = self._statements[("latest_visits",)] = (
                f"SELECT created_at FROM purchase WHERE member_id = {m} "
                f"AND id != {b} ORDER BY created_at DESC LIMIT {n}")
        params = self._params(connection, ("m", "b", "n"), (member_id, but, limit))
        return [at if isinstance(at, datetime) else datetime.fromisoformat(at)
                for (at,) in connection.exec_driver_sql(sql, params)]

    # ---- bulk writes --------------------------------------------------------------

    def insert_rows(self, connection: Connection, table: Table, rows: list[dict]) -> None:
        """Add ``rows`` (dicts sharing their keys) to ``table`` in one go: PostgreSQL's
        COPY through psycopg, several times faster than INSERTs sent one by one (demo
        data for a million members). A column left out gets its default."""
        if not rows:
            return
        names = tuple(rows[0])
        defaults = {c.name: c.default.arg for c in table.columns
                    if c.name not in names and c.default is not None and c.default.is_scalar}
        columns = ", ".join((*names, *defaults))
        cursor = connection.connection.dbapi_connection.cursor()
        with cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row((*(row[n] for n in names), *defaults.values()))

    # ---- upkeep and checks --------------------------------------------------------

    def checkpoint(self, connection: Connection) -> bool:
        """Move what the database keeps beside its file into it (after an erasure, so
        erased data is not left there). True when another connection kept it busy."""
        return False

    def file_problems(self, connection: Connection) -> list[str]:
        """The database's own check of its pages and indexes (``regulars check``)."""
        return []

    # ---- reports and exports ------------------------------------------------------

    def walks_member_index(self) -> bool:
        """Whether a report over a large share of all purchases must be told to walk the
        member-ordered index (a database without planner statistics)."""
        return False

    def csv_lines(self, connection: Connection, request: LinesRequest) -> tuple | None:
        """(rows in total, Lines) when the database builds the export's CSV lines itself
        (sqlite_export.py); None: the portable row source writes them."""
        return None


def _defaults(table: Table, given: tuple[str, ...]) -> dict[str, object]:
    """The columns of ``table`` not ``given`` that have a default set in the model, with
    it: a plain INSERT leaves them to the server, which knows only its own defaults."""
    defaults = {}
    for column in table.columns:
        if column.name in given or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: give it (its default is computed)")
        defaults[column.name] = column.default.arg
    return defaults
