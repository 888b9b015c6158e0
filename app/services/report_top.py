"""The report's one part that groups the period's purchases member by member: the top
members by revenue and by visits and, when no rollup can answer them (a filter, a
period not from the 1st), the buyers and repeat buyers; with the plan that keeps that
grouping fast at a million members. The rest of the report reads rollups
(reports.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Uuid, case, column, func, literal, select, text, union_all
from sqlalchemy.sql import Select

from app.db import dialect
from app.db.models import Member, Purchase, ReportSalesDay, ReportVisitDay
from app.db.sums import safe_sum
from app.domain.names import full_name
from app.domain.report_figures import ReportFilter, TopMember
from app.domain.report_periods import Period

TOP = 10


def buyers_need_grouping(period: Period, f: ReportFilter) -> bool:
    """Whether the buyers are counted from the purchases rather than the visit rollup."""
    return period.start.day != 1 or bool(f.till or f.cashier or f.tier)


def buyers_from_rollup(session, period: Period) -> tuple[int, int]:
    """Distinct members with a purchase recorded in a period from the 1st of a month,
    and those with two or more, from the visit rollup: a visit is the member's first in
    the period when their previous one was in an earlier month, their second when the
    previous was inside and the one before it outside. Otherwise (a day, a week, a
    filter) ``group_by_member`` counts them from the period's purchases."""
    v = ReportVisitDay
    inside = (v.day >= period.start, v.day <= period.end)
    first = session.scalar(select(func.sum(v.visits)).where(
        *inside, v.prev_month < period.start)) or 0
    second = session.scalar(select(func.sum(v.visits)).where(
        *inside, v.prev_month >= period.start, v.prev2_month < period.start)) or 0
    return int(first), int(second)


def _purchases(q, p, a: datetime, b: datetime, f: ReportFilter):
    """The period's purchases, filtered, read from ``p`` (see ``_source``)."""
    q = q.select_from(p.FROM).where(p.created_at >= a, p.created_at < b)
    if f.till:
        q = q.where(p.till_id == uuid.UUID(f.till))
    if f.cashier:
        q = q.where(p.cashier == f.cashier)
    if f.tier:
        q = q.where(p.tier_key == f.tier)
    return q


class _Table:
    """The purchase table as the ORM maps it: SQL's planner picks the index."""
    FROM = Purchase.__table__
    member_id, created_at, status = Purchase.member_id, Purchase.created_at, Purchase.status
    amount_minor, till_id = Purchase.amount_minor, Purchase.till_id
    refunded_minor = Purchase.refunded_minor
    cashier, tier_key = Purchase.cashier, Purchase.tier_key


class _MemberWalk:
    """The same columns read through the (member, time, status, amount, tier, cashier,
    till) index in member order: every member's purchases come together, so grouping by
    member needs no sort and no table row is read."""
    FROM = text("purchase INDEXED BY ix_purchase_member_visits")
    member_id, created_at = column("member_id", Uuid), column("created_at", DateTime)
    status, amount_minor = column("status", String), column("amount_minor", Integer)
    refunded_minor = column("refunded_minor", Integer)
    till_id, cashier, tier_key = (column("till_id", Uuid), column("cashier", String),
                                  column("tier_key", String))


# A period holding more than this share of all purchases is grouped member by member
# over the whole member-ordered index rather than by sorting the period's range; with a
# filter sooner, since the range then reads each row of the table for the filter.
WHOLE_SCAN_SHARE = 1 / 8
WHOLE_SCAN_SHARE_FILTERED = 1 / 32


def _source(session, a: datetime, b: datetime, f: ReportFilter):
    """Where to read a period's purchases grouped by member from. SQLite, with no
    statistics, always reads the period's range and sorts it by member: for a year at a
    million members that is 1.8M rows and 5 s (10 s with a filter). When the rollups
    say the period is a large share of all purchases, it is told to walk the
    member-ordered index instead (about 1.5 s). PostgreSQL's planner has statistics."""
    if not dialect.of(session).walks_member_index():
        return _Table
    r = ReportSalesDay
    every = session.scalar(select(func.sum(r.purchases + r.refunds))) or 0
    inside = session.scalar(select(func.sum(r.purchases + r.refunds)).where(
        r.day >= a.date(), r.day <= b.date())) or 0  # UTC dates: a share, roughly
    share = WHOLE_SCAN_SHARE_FILTERED if (f.till or f.cashier or f.tier) else WHOLE_SCAN_SHARE
    return _MemberWalk if every and inside >= every * share else _Table


def group_by_member(session, a: datetime, b: datetime, f: ReportFilter, with_buyers: bool):
    """One grouping of the period's purchases by member answers the top members by
    revenue and by visits (completed purchases) and, when asked, the buyers and repeat
    buyers (every purchase recorded: a refund does not undo a visit). The database
    keeps the best ten of each, so twenty rows and a count come back."""
    p = _source(session, a, b, f)
    done = p.status == "completed"  # not refunded in full; what a part refund left counts
    kept = p.amount_minor - p.refunded_minor
    if with_buyers:
        q = _purchases(select(p.member_id, func.count().label("visits"),
                              func.sum(case((done, 1), else_=0)).label("n"),
                              safe_sum(case((done, kept), else_=0)).label("r")),
                       p, a, b, f)
    else:  # completed purchases only: plain sums
        q = _purchases(select(p.member_id, func.count().label("n"),
                              safe_sum(kept).label("r")), p, a, b, f).where(done)
    g = q.group_by(p.member_id).cte("per_member")  # used more than once: computed once

    def best(which: int, *order) -> Select:
        return select(select(literal(which).label("which"), g.c.member_id, g.c.n, g.c.r)
                      .where(g.c.n > 0).order_by(*order, g.c.member_id.desc()).limit(TOP)
                      .subquery())
    parts = [best(1, g.c.r.desc(), g.c.n.desc()), best(2, g.c.n.desc(), g.c.r.desc())]
    if with_buyers:
        parts.append(select(literal(3), literal(None, Uuid), func.count(),
                            func.sum(case((g.c.visits >= 2, 1), else_=0))))
    tops: dict[int, list[tuple]] = {1: [], 2: []}
    buyers = repeat = None
    for which, member_id, n, revenue in session.execute(union_all(*parts)):
        if which == 3:
            buyers, repeat = int(n or 0), int(revenue or 0)
        else:
            tops[which].append((member_id, int(n), int(revenue or 0)))
    # sorted again here: a UNION does not promise to keep each part's order
    by_revenue = sorted(tops[1], key=lambda x: (x[2], x[1], x[0].hex), reverse=True)
    by_visits = sorted(tops[2], key=lambda x: (x[1], x[2], x[0].hex), reverse=True)
    return _named(session, by_revenue), _named(session, by_visits), buyers, repeat


def _named(session, top: list[tuple]) -> list[TopMember]:
    if not top:
        return []
    people = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_([member_id for member_id, _n, _r in top])))}
    out = []
    for member_id, n, revenue in top:
        m = people.get(member_id)
        name = full_name(m.first_name, m.patronymic, m.last_name) if m and not m.erased_at \
            else "—"
        out.append(TopMember(name, (m.card_number or "") if m else "", n, revenue))
    return out
