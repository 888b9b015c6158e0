"""Reading the shop's server for a till's local copy (issue #17): the change feed of
migration 0016, read in one REPEATABLE READ, read-only transaction per round, so the
rows, the tombstones, the small tables and the watermark all come from one snapshot.

The watermark is the oldest transaction still running when the snapshot was taken
(``pg_snapshot_xmin``): every transaction below it had ended, so its rows are in this
snapshot; one at or above it may commit later, and the next round reads every row
stamped at or above it. Some rows are read twice; writing them is idempotent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection, Engine

from app.db.models import BlockedCard, CardDesignVersion, Member, ProgramVersion, Staff, Till

MEMBERS = Member.__table__
MEMBER_COLUMNS = tuple(c.name for c in MEMBERS.c)
# The column feed_xid exists on the server only (0016): it is not in the shared model.
_PAGE_SQL = (f"SELECT {', '.join(MEMBER_COLUMNS)} FROM member WHERE feed_xid >= %(since)s "
             "AND id > %(after)s ORDER BY id LIMIT %(n)s")
_BEFORE_ALL = uuid.UUID(int=0)
# Small tables, copied whole when they changed (a digest of their rows differs). Tills
# first: staff and blocked cards name them.
SMALL_TABLES: tuple[Table, ...] = (Till.__table__, ProgramVersion.__table__, Staff.__table__,
                                   CardDesignVersion.__table__, BlockedCard.__table__)
PAGE = 5000


@dataclass(frozen=True)
class Snapshot:
    watermark: int  # the oldest transaction running at the snapshot (next round's start)
    next_xid: int  # the next transaction id the server will hand out
    server: str  # which database this is: a restored or recreated one is another
    at: datetime  # the server's clock (UTC) when the snapshot was taken


class FeedRead:
    """One round's read of the server, inside ``with FeedRead(engine) as feed:``."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._conn: Connection | None = None

    def __enter__(self) -> FeedRead:
        self._conn = self._engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True)
        self._conn.begin()
        self.snapshot = self._snapshot()  # the first statement fixes the snapshot
        return self

    def __exit__(self, *_exc) -> None:
        self._conn.rollback()  # read only: nothing to keep
        self._conn.close()

    def _snapshot(self) -> Snapshot:
        row = self._conn.execute(text(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
            "pg_snapshot_xmax(pg_current_snapshot())::text::bigint, "
            "(SELECT oid FROM pg_database WHERE datname = current_database()), "
            "'member'::regclass::oid, clock_timestamp() AT TIME ZONE 'UTC'")).one()
        return Snapshot(watermark=row[0], next_xid=row[1], server=f"{row[2]}.{row[3]}",
                        at=row[4])

    def member_count(self, since: int, after: uuid.UUID | None) -> int:
        return self._conn.exec_driver_sql(
            "SELECT count(*) FROM member WHERE feed_xid >= %(since)s AND id > %(after)s",
            {"since": since, "after": after or _BEFORE_ALL}).scalar()

    def member_pages(self, since: int, after: uuid.UUID | None,
                     page: int = PAGE) -> Iterator[list[tuple]]:
        """Members stamped at or after ``since`` (0: all), in pages by id after ``after``
        (keyset: each page an index range, whatever the table's size), as the driver's
        tuples in the order of ``MEMBER_COLUMNS`` (the id first): a million rows pass
        through here, and the model's row objects would double the copy's time."""
        while True:
            rows = self._conn.exec_driver_sql(
                _PAGE_SQL, {"since": since, "after": after or _BEFORE_ALL, "n": page}).all()
            if not rows:
                return
            yield rows
            after = rows[-1][0]

    def gone(self, since: int) -> list[uuid.UUID]:
        """Members deleted on the server at or after ``since``."""
        return list(self._conn.scalars(text(
            "SELECT member_id FROM member_gone WHERE feed_xid >= :since ORDER BY member_id")
            .bindparams(since=since)))

    def digests(self) -> dict[str, str]:
        """A digest of each small table's rows: a table is copied again when it differs."""
        out = {}
        for table in SMALL_TABLES:
            key = ", ".join(f"t.{c.name}" for c in table.primary_key.columns)
            out[table.name] = self._conn.scalar(text(
                f"SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY {key}), '')) "
                f"FROM {table.name} t"))
        return out

    def rows(self, table: Table) -> list[dict]:
        return [dict(r) for r in self._conn.execute(select(*table.c)).mappings()]

    def waiting(self, since: int) -> int:
        """Member changes on the server that a copy at ``since`` has not read yet (an
        upper bound: some of them it has)."""
        return self.member_count(since, None) + len(self.gone(since))

