"""Writing a till's local copy of the shop's server (issue #17): a Regulars SQLite file
(the same schema, opened as the till's own is: WAL, synchronous=FULL) and its one
``replica_state`` row (migration 0016).

Every write is one local transaction holding SQLite's write lock (BEGIN IMMEDIATE), so
a copy killed at any moment is left as of its last page, with the state row telling
how far it got. Foreign keys are not checked here: the server checked them, and a
page may bring a member before the member who referred them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.engine import Connection, Engine

from app.db import search_index
from app.db.engine import make_engine
from app.db.migrate import upgrade
from app.services.replica_feed import MEMBER_COLUMNS, MEMBERS, SMALL_TABLES

STATE = Table(  # the row migration 0016 made room for; only a local copy has one
    "replica_state", MetaData(),
    Column("key", String(20), primary_key=True),
    Column("server", String(200)),
    Column("watermark", BigInteger),
    Column("resume_after", String(32)),
    Column("complete", Boolean),
    Column("built_at", DateTime),
    Column("synced_at", DateTime),
    Column("digests", Text),
)
KEY = "copy"
CACHE_KB = 128 * 1024


@dataclass(frozen=True)
class CopyState:
    server: str
    watermark: int
    resume_after: uuid.UUID | None  # the last member copied by an unfinished first copy
    complete: bool
    built_at: datetime | None
    synced_at: datetime | None
    digests: dict[str, str]


def open_local(path: Path) -> Engine:
    """The local file, made or migrated to the current schema, opened like the till's."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.begin() as conn:
        search_index.delete_for_good(conn)  # an erased name leaves no trace in the index
    return engine


def read_state(engine: Engine) -> CopyState | None:
    with engine.connect() as conn:
        row = conn.execute(select(STATE).where(STATE.c.key == KEY)).mappings().first()
    if row is None:
        return None
    after = uuid.UUID(row["resume_after"]) if row["resume_after"] else None
    return CopyState(row["server"], row["watermark"], after, bool(row["complete"]),
                     row["built_at"], row["synced_at"], json.loads(row["digests"]))


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One local transaction with the write lock, foreign keys unchecked (see above)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction: takes effect
        # A first copy inserts into five indexes in random order: with SQLite's default
        # 2 MB of cache a million members spend most of their time re-reading pages.
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")  # the pool's next user checks them


def start_copy(conn: Connection, server: str, watermark: int, at: datetime) -> None:
    """A new first copy: anything of another server's is cleared first."""
    conn.execute(delete(STATE))
    search_index.suspend(conn)  # built once at the end: see finish_round
    conn.execute(delete(MEMBERS))
    for table in SMALL_TABLES:
        conn.execute(delete(table))
    conn.execute(STATE.insert().values(key=KEY, server=server, watermark=watermark,
                                       resume_after="", complete=False, built_at=at,
                                       synced_at=None, digests="{}"))


def put_members(conn: Connection, rows: list[tuple], moved: bool = False) -> None:
    """Insert or update ``rows`` (the server's tuples, ``MEMBER_COLUMNS`` in order) by
    id, through the same type conversions the model's own writes use. ``moved``: a
    phone or card number of theirs is someone else's here (it moved on the server) —
    it is taken off its old holder first, whose own new row is in this round too."""
    values = []
    for row in rows:
        value = list(row)
        for at, convert in _TO_SQLITE:
            value[at] = convert(value[at])
        values.append(tuple(value))
    if moved:
        _free_numbers(conn, values)
    conn.exec_driver_sql(_UPSERT, values)


def _free_numbers(conn: Connection, values: list[tuple]) -> None:
    for column in ("phone", "card_number"):
        at = MEMBER_COLUMNS.index(column)
        taken = [(v[at], v[0]) for v in values if v[at] is not None]
        conn.exec_driver_sql(f"UPDATE member SET {column} = NULL WHERE {column} = ? "
                             "AND id != ?", taken)


def _to_sqlite():
    dialect = sqlite_dialect()
    converts = [MEMBERS.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                for name in MEMBER_COLUMNS]
    return [(at, convert) for at, convert in enumerate(converts) if convert is not None]


_TO_SQLITE = _to_sqlite()
_UPSERT = (f"INSERT INTO member ({', '.join(MEMBER_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(MEMBER_COLUMNS))}) ON CONFLICT (id) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in MEMBER_COLUMNS if c != "id"))


def drop_members(conn: Connection, ids: list[uuid.UUID]) -> None:
    if ids:
        conn.execute(delete(MEMBERS).where(MEMBERS.c.id.in_(ids)))


def resume_from(conn: Connection, last_id: uuid.UUID) -> None:
    conn.execute(update(STATE).where(STATE.c.key == KEY).values(resume_after=last_id.hex))


def replace_table(conn: Connection, table: Table, rows: list[dict]) -> None:
    conn.execute(delete(table))
    if rows:
        conn.execute(table.insert(), rows)


def finish_round(conn: Connection, watermark: int, at: datetime,
                 digests: dict[str, str]) -> None:
    """The round's last write: the copy is as of the server at ``at``, complete (the
    search index, suspended for a first copy, is built in the same transaction)."""
    search_index.resume(conn)
    conn.execute(update(STATE).where(STATE.c.key == KEY).values(
        watermark=watermark, synced_at=at, complete=True, resume_after="",
        digests=json.dumps(digests, sort_keys=True)))


def member_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(MEMBERS))
