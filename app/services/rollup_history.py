"""The report rollups computed from the history: the tables and their keys, and every
rollup row worked out from purchases, the ledger and the members (``from_scratch``), for
a first build (rollups.rebuild) and for ``regulars check`` (rollups.mismatches).

The database adds up per quarter hour (app/db/dialect ``quarter_of``); only those
groups are shifted to local days here. Cohort cells and visit chains need the order of
each member's purchases: one pass over every purchase, member by member."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db import dialect
from app.db.ids import hex_key
from app.db.local_time import LocalTimes
from app.db.models import (
    LedgerEntry,
    Member,
    Purchase,
    ReportCohortMonth,
    ReportMemberDay,
    ReportPointsDay,
    ReportSalesDay,
    ReportSeenDay,
    ReportVisitDay,
)
from app.db.sums import safe_sum
from app.services.context import ServiceContext

SALES_KEYS = ("day", "till", "cashier", "tier_key")
SALES_VALUES = ("purchases", "revenue_minor", "refunds", "refunded_minor")
POINTS_KEYS = ("day", "till", "cashier", "kind")
POINTS_VALUES = ("points_in", "points_out", "entries")
COHORT_KEYS = ("cohort", "month")
COHORT_VALUES = ("members",)
VISIT_KEYS = ("day", "prev_month", "prev2_month")
VISIT_VALUES = ("visits",)
MEMBER_KEYS = ("day", "cashier", "tier_key", "erased", "visited")
SEEN_KEYS = ("day", "tier_key")
COUNT_VALUES = ("members",)
NONE = date(1, 1, 1)  # no previous visit
TABLES = {"sales": (ReportSalesDay, SALES_KEYS, SALES_VALUES),
           "points": (ReportPointsDay, POINTS_KEYS, POINTS_VALUES),
           "cohort": (ReportCohortMonth, COHORT_KEYS, COHORT_VALUES),
           "visits": (ReportVisitDay, VISIT_KEYS, VISIT_VALUES),
           "members": (ReportMemberDay, MEMBER_KEYS, COUNT_VALUES),
           "seen": (ReportSeenDay, SEEN_KEYS, COUNT_VALUES)}
# Built from the history together, each part with its own mark in report_state: the
# member part came later (migration 0011) and is built on its own for a shop upgrading.
PARTS = {"built": ("sales", "points", "cohort", "visits"), "members_built": ("members", "seen")}

Progress = Callable[[int, int], bool]  # (rows done, rows in all) -> False to stop


class BuildCancelled(Exception):
    """The manager stopped the first build of the rollups: nothing of it is kept."""


class Steps:
    """Progress of a build over its rows: members, purchases (twice: grouped, then
    walked member by member) and ledger rows."""

    def __init__(self, session: Session, parts, progress: Progress | None):
        self._progress, self.done = progress, 0
        self.total = 0
        if progress is not None:
            count = session.scalar
            if "members_built" in parts:
                self.total += count(select(func.count()).select_from(Member)) or 0
            if "built" in parts:
                self.total += 2 * (count(select(func.count()).select_from(Purchase)) or 0)
                self.total += count(select(func.count()).select_from(LedgerEntry)) or 0
            self.step(0)

    def step(self, rows: int) -> None:
        self.done = min(self.done + rows, self.total)
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise BuildCancelled()


def _zeros(n: int) -> list[int]:
    return [0] * n


def month_of(day: date) -> date:
    return day.replace(day=1)


def from_scratch(session: Session, ctx: ServiceContext, parts=tuple(PARTS),
                 progress: Progress | None = None) -> dict[str, dict[tuple, tuple]]:
    """Every rollup row of ``parts`` computed from purchases, the ledger and the
    members. The database adds up per quarter hour; only those groups are shifted to
    local days here. ``progress`` may stop it (BuildCancelled)."""
    out: dict[str, dict[tuple, list[int]]] = {
        name: defaultdict(functools.partial(_zeros, len(TABLES[name][2])))
        for part in parts for name in PARTS[part]}
    steps = Steps(session, parts, progress)
    if "members_built" in parts:
        steps.step(_members(session, ctx, out["members"], out["seen"]))
    if "built" in parts:
        _history(session, ctx, out, steps)
    return {name: {k: tuple(v) for k, v in rows.items()} for name, rows in out.items()}


def _history(session: Session, ctx: ServiceContext, out, steps: Steps) -> None:
    conn = session.connection()
    way = dialect.of(conn)
    quarter = way.quarter_of(Purchase.created_at)
    rows = 0
    done = Purchase.status == "completed"  # refunded in part or not at all
    for q, till, cashier, tier, n, revenue, refunded, refunded_minor in session.execute(
            select(quarter, Purchase.till_id, Purchase.cashier, Purchase.tier_key,
                   func.sum(case((done, 1), else_=0)),
                   safe_sum(Purchase.amount_minor - Purchase.refunded_minor),
                   func.sum(case((done, 0), else_=1)),
                   safe_sum(Purchase.refunded_minor))
            .group_by(quarter, Purchase.till_id, Purchase.cashier, Purchase.tier_key)):
        day = ctx.local(way.parse_quarter(q)).date()
        row = out["sales"][(day, hex_key(till), cashier, tier)]
        for i, v in enumerate((n, revenue, refunded, refunded_minor)):
            row[i] += int(v or 0)
        rows += int(n or 0) + int(refunded or 0)
    steps.step(rows)
    quarter = way.quarter_of(LedgerEntry.created_at)
    rows = 0
    for q, till, cashier, kind, p_in, p_out, n in session.execute(
            select(quarter, LedgerEntry.till_id, LedgerEntry.cashier, LedgerEntry.kind,
                   safe_sum(case((LedgerEntry.points > 0, LedgerEntry.points), else_=0)),
                   safe_sum(case((LedgerEntry.points < 0, LedgerEntry.points), else_=0)),
                   func.count())
            .group_by(quarter, LedgerEntry.till_id, LedgerEntry.cashier, LedgerEntry.kind)):
        day = ctx.local(way.parse_quarter(q)).date()
        row = out["points"][(day, hex_key(till), cashier, kind)]
        for i, v in enumerate((p_in, p_out, n)):
            row[i] += int(v or 0)
        rows += int(n or 0)
    steps.step(rows)
    _cohorts(session, ctx, out["cohort"], out["visits"], steps)


def _members(session: Session, ctx: ServiceContext, members, seen) -> int:
    """Members grouped by the quarter hour they enrolled (and last bought), shifted to
    local days. Returns how many members there are."""
    count = 0
    conn = session.connection()
    way = dialect.of(conn)
    quarter = way.quarter_of(Member.created_at).label("hour")
    erased = Member.erased_at.is_not(None).label("erased")
    visited = Member.last_visit_at.is_not(None).label("visited")
    for q, cashier, tier, gone, came, n in session.execute(
            select(quarter, Member.consent_by, Member.tier_key, erased, visited, func.count())
            .group_by(quarter, Member.consent_by, Member.tier_key, erased, visited)):
        day = ctx.local(way.parse_quarter(q)).date()
        members[(day, cashier or "", tier, bool(gone), bool(came))][0] += n
        count += n
    quarter = way.quarter_of(Member.last_visit_at).label("hour")
    for q, tier, n in session.execute(
            select(quarter, Member.tier_key, func.count())
            .where(Member.erased_at.is_(None), Member.last_visit_at.is_not(None))
            .group_by(quarter, Member.tier_key)):
        seen[(ctx.local(way.parse_quarter(q)).date(), tier)][0] += n
    return count


# Every purchase with its member's enrolment, member by member in time order. Plain
# SQL through the driver: no UUID or datetime is built for millions of rows.
_WALK = ("SELECT p.member_id, p.created_at, m.created_at FROM purchase p "
         "JOIN member m ON m.id = p.member_id ORDER BY p.member_id, p.created_at")


def _cohorts(session: Session, ctx: ServiceContext, cells, visits, steps: Steps) -> None:
    """Cohort cells and visit chains in one pass over every purchase, member by member
    in time order (ties keep their timestamps, so the chain is the same as recorded)."""
    day_of = LocalTimes(ctx.local).day
    member_of, month, prev_month, prev2_month = None, None, NONE, NONE
    # Streamed for this statement only: Connection.execution_options() would switch it on
    # for the whole connection, and PostgreSQL cannot DECLARE a cursor for the DELETE
    # that follows in the same transaction (issue #16).
    result = session.connection().exec_driver_sql(
        _WALK, execution_options={"stream_results": True, "yield_per": 50_000})
    for rows in result.partitions(50_000):
        for member_id, at, enrolled in rows:
            day = day_of(at)
            if member_id != member_of:
                member_of, month, prev_month, prev2_month = member_id, None, NONE, NONE
            else:
                prev_month, prev2_month = month, prev_month
            month = day.replace(day=1)
            if month != prev_month:  # the member's first visit of the month
                cells[(day_of(enrolled).replace(day=1), month)][0] += 1
            visits[(day, prev_month, prev2_month)][0] += 1
        steps.step(len(rows))


def stored(session: Session) -> dict[str, dict[tuple, tuple]]:
    out = {}
    for name, (table, keys, values) in TABLES.items():
        cols = [getattr(table, c) for c in keys + values]
        out[name] = {tuple(r[:len(keys)]): tuple(int(v) for v in r[len(keys):])
                     for r in session.execute(select(*cols))}
    return out


def nonzero(rows: dict[tuple, tuple]) -> dict[tuple, tuple]:
    return {k: v for k, v in rows.items() if any(v)}
