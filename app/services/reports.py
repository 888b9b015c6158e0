"""The manager's report for a period: read from the daily rollups and from indexed
ranges, never by adding up the raw ledger or counting the member table (see
rollups.py). Only the top members group the period's purchases.

Filters: the till and the cashier apply to what happened at a till (visits, points,
tier moves, gifts, complaints, staff); the tier applies to visits (the member's tier
when they bought) and to member counts (their tier now). Member counts ignore the till
and cashier (members belong to the shop, not to a till).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Uuid,
    case,
    column,
    func,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.db import dialect
from app.db.models import (
    Complaint,
    Gift,
    Member,
    Purchase,
    ReportCohortMonth,
    ReportMemberDay,
    ReportPointsDay,
    ReportSalesDay,
    ReportSeenDay,
    ReportVisitDay,
    TierEvent,
    Till,
)
from app.db.sums import safe_sum, whole
from app.domain.names import full_name
from app.domain.report_figures import (
    COHORT_MONTHS,
    Breakdown,
    Members,
    Points,
    PointsKind,
    Report,
    ReportFilter,
    Sales,
    StaffRow,
    TierCount,
    TierMove,
    TierSales,
    TopMember,
    TrendPoint,
    cohort_matrix,
)
from app.domain.report_periods import Period, add_months, bucket_index, trend_buckets
from app.services import rollups
from app.services.context import ServiceContext

TOP = 10


def filter_choices(session: Session, ctx: ServiceContext) -> dict[str, list[tuple[str, str]]]:
    """(value, label) pairs for the till, cashier and tier filters."""
    tills = [(t.hex, name) for t, name in session.execute(
        select(Till.id, Till.name).order_by(Till.created_at))]
    cashiers = sorted({c for (c,) in session.execute(
        select(ReportSalesDay.cashier).distinct()) if c})
    tiers = [(t.key, t.name(ctx.lang)) for t in ctx.program.tiers]
    return {"till": tills, "cashier": [(c, c) for c in cashiers], "tier": tiers}


def report(session: Session, ctx: ServiceContext, period: Period,
           filters: ReportFilter | None = None, with_top: bool = True) -> Report:
    """Every figure for the period. ``with_top=False`` leaves out what groups the
    period's purchases member by member (seconds at a million members): the top
    members, and the buyers and repeat buyers when no rollup answers them (a filter, a
    period not from the 1st): those are None then, for ``grouped`` to fill in."""
    filters = filters or ReportFilter()
    rollups.ensure_built(session, ctx)
    a, b = ctx.utc_start_of(period.start), ctx.utc_start_of(period.end + timedelta(days=1))
    buckets = trend_buckets(period)
    sales_rows = _sales_rows(session, period, filters)
    points_rows = _points_rows(session, period, filters)
    top_rev, top_visits, buyers, repeat = [], [], None, None
    if with_top:  # one grouping for the top members and, when needed, the buyers
        top_rev, top_visits, buyers, repeat = _grouped(
            session, a, b, filters, buyers_need_grouping(period, filters))
    if not buyers_need_grouping(period, filters):
        buyers, repeat = _buyers_from_rollup(session, period)
    gifts_reason, gifts_cashier, gifts_per = _gifts(session, a, b, filters)
    program = ctx.program
    tier_counts = _tier_counts(session, ctx)
    return Report(
        shop=program.name, currency=program.currency, period=period, filters=filters,
        made_at=ctx.clock(), members=_members(session, ctx, period, filters, tier_counts),
        sales=_sales(ctx, sales_rows, buyers, repeat, period),
        trend=_trend(buckets, sales_rows, points_rows),
        points=Points([PointsKind(k, i, o) for k, (i, o) in sorted(_by_kind(points_rows).items())],
                      _outstanding(session), program.point_value_minor),
        tiers=tier_counts,
        tier_moves=_tier_moves(session, ctx, a, b, filters),
        cohorts=_cohorts(session, ctx, period),
        gifts_by_reason=gifts_reason, gifts_by_cashier=gifts_cashier,
        **_complaints(session, a, b, filters),
        staff=_staff(session, period, filters, sales_rows, gifts_per),
        top_by_revenue=top_rev, top_by_visits=top_visits,
        lang=ctx.lang)


# ---- members ---------------------------------------------------------------------


def _members(session, ctx, period: Period, f: ReportFilter, tiers: list[TierCount]) -> Members:
    """Sums of the member rollups. "In the last 30 days" are the local days from 29
    days ago to today; a member has lapsed when their last purchase, or their
    enrolment if they never bought, is before those days."""
    today = ctx.today()
    md, sd = ReportMemberDay, ReportSeenDay

    def enrolled(*where) -> int:
        q = select(func.sum(md.members)).where(md.erased.is_(False), *where)
        return int(session.scalar(q.where(md.tier_key == f.tier) if f.tier else q) or 0)

    def last_bought(*where) -> int:
        q = select(func.sum(sd.members)).where(*where)
        return int(session.scalar(q.where(sd.tier_key == f.tier) if f.tier else q) or 0)

    def since(days: int) -> date:
        return today - timedelta(days=days - 1)

    def lapsed(days: int) -> int:
        return (last_bought(sd.day < since(days))
                + enrolled(md.visited.is_(False), md.day < since(days)))

    total = sum(t.members for t in tiers if not f.tier or t.tier_key == f.tier)
    return Members(total=total, new=enrolled(md.day >= period.start, md.day <= period.end),
                   active_30=last_bought(sd.day >= since(30)),
                   active_90=last_bought(sd.day >= since(90)),
                   lapsed_90=lapsed(90), lapsed_180=lapsed(180))


# ---- visits and revenue (rollups) --------------------------------------------------


def _where(model, period: Period, f: ReportFilter, tier: bool = True) -> list:
    where = [model.day >= period.start, model.day <= period.end]
    if f.till:
        where.append(model.till == f.till)
    if f.cashier:
        where.append(model.cashier == f.cashier)
    if tier and f.tier:
        where.append(model.tier_key == f.tier)
    return where


def _sales_rows(session, period: Period, f: ReportFilter) -> list[tuple]:
    r = ReportSalesDay
    return list(session.execute(
        select(r.day, r.tier_key, r.cashier, func.sum(r.purchases), safe_sum(r.revenue_minor),
               func.sum(r.refunds), safe_sum(r.refunded_minor))
        .where(*_where(r, period, f)).group_by(r.day, r.tier_key, r.cashier)))


def _sales(ctx, rows, buyers: int, repeat: int, period: Period) -> Sales:
    by_tier: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    refunds = refunded = 0
    for _day, tier, _cashier, n, revenue, r, r_minor in rows:
        acc = by_tier[tier]
        acc[0] += int(n or 0) + int(r or 0)
        acc[1] += int(n or 0)
        acc[2] += int(revenue or 0)
        refunds += int(r or 0)
        refunded += int(r_minor or 0)
    order = {t.key: i for i, t in enumerate(ctx.program.tiers)}
    names = {t.key: t.name(ctx.lang) for t in ctx.program.tiers}
    tiers = [TierSales(key, names.get(key, key or "—"), *acc)
             for key, acc in sorted(by_tier.items(), key=lambda kv: order.get(kv[0], 99))
             if any(acc)]
    return Sales(sum(t.visits for t in tiers), sum(t.completed for t in tiers),
                 sum(t.revenue_minor for t in tiers), refunds, refunded, buyers, repeat,
                 period.months, tiers)


def buyers_need_grouping(period: Period, f: ReportFilter) -> bool:
    """Whether the buyers are counted from the purchases rather than the visit rollup."""
    return period.start.day != 1 or bool(f.till or f.cashier or f.tier)


def grouped(session: Session, ctx: ServiceContext, period: Period, f: ReportFilter
            ) -> tuple[list[TopMember], list[TopMember], int | None, int | None]:
    """What ``report(with_top=False)`` left out: the top members by revenue and by
    visits, and the buyers and repeat buyers (None when the report had them)."""
    a, b = ctx.utc_start_of(period.start), ctx.utc_start_of(period.end + timedelta(days=1))
    return _grouped(session, a, b, f, buyers_need_grouping(period, f))


def _buyers_from_rollup(session, period: Period) -> tuple[int, int]:
    """Distinct members with a purchase recorded in a period from the 1st of a month,
    and those with two or more, from the visit rollup: a visit is the member's first in
    the period when their previous one was in an earlier month, their second when the
    previous was inside and the one before it outside. Otherwise (a day, a week, a
    filter) ``_grouped`` counts them from the period's purchases."""
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


def top_members(session, a: datetime, b: datetime, f: ReportFilter
                ) -> tuple[list[TopMember], list[TopMember]]:
    """The members who paid most and who came most often in the period (completed
    purchases)."""
    top_rev, top_visits, _, _ = _grouped(session, a, b, f, with_buyers=False)
    return top_rev, top_visits


def _grouped(session, a: datetime, b: datetime, f: ReportFilter, with_buyers: bool):
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


# ---- points (rollups) ----------------------------------------------------------------


def _points_rows(session, period: Period, f: ReportFilter) -> list[tuple]:
    r = ReportPointsDay
    return list(session.execute(
        select(r.day, r.kind, safe_sum(r.points_in), safe_sum(r.points_out))
        .where(*_where(r, period, f, tier=False)).group_by(r.day, r.kind)))


def _by_kind(rows) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _day, kind, p_in, p_out in rows:
        out[kind][0] += int(p_in or 0)
        out[kind][1] += int(p_out or 0)
    return {k: (v[0], v[1]) for k, v in out.items()}


def _outstanding(session) -> int:
    """Every balance together: the sum of the whole ledger, read from its rollups."""
    r = ReportPointsDay
    return whole(session.scalar(select(safe_sum(r.points_in) + safe_sum(r.points_out))))


def _trend(buckets, sales_rows, points_rows) -> list[TrendPoint]:
    acc = [[0, 0, 0, 0] for _ in buckets]
    for day, _tier, _cashier, n, revenue, refunded, _minor in sales_rows:
        i = bucket_index(buckets, day)
        if i is not None:
            acc[i][0] += int(n or 0) + int(refunded or 0)
            acc[i][1] += int(revenue or 0)
    for day, kind, p_in, p_out in points_rows:
        i = bucket_index(buckets, day)
        if i is not None:
            if kind != "reversal":
                acc[i][2] += int(p_in or 0)
            if kind == "redeem":
                acc[i][3] -= int(p_out or 0)
    return [TrendPoint(s, e, *v) for (s, e), v in zip(buckets, acc, strict=True)]


# ---- tiers and cohorts ---------------------------------------------------------------


def _tier_counts(session, ctx) -> list[TierCount]:
    md = ReportMemberDay
    counts = {key: int(n) for key, n in session.execute(
        select(md.tier_key, func.sum(md.members)).where(md.erased.is_(False))
        .group_by(md.tier_key)) if n}
    known = [TierCount(t.key, t.name(ctx.lang), counts.pop(t.key, 0)) for t in ctx.program.tiers]
    # a tier the program no longer has (kept until the next review) is still counted
    return known + [TierCount(key, key, n) for key, n in sorted(counts.items())]


def _tier_moves(session, ctx, a, b, f: ReportFilter) -> list[TierMove]:
    q = (select(TierEvent.from_key, TierEvent.to_key, func.count())
         .where(TierEvent.created_at >= a, TierEvent.created_at < b)
         .group_by(TierEvent.from_key, TierEvent.to_key))
    if f.till:
        q = q.where(TierEvent.till_id == uuid.UUID(f.till))
    if f.cashier:
        q = q.where(TierEvent.cashier == f.cashier)
    if f.tier:
        q = q.where(or_(TierEvent.from_key == f.tier, TierEvent.to_key == f.tier))
    program = ctx.program
    names = {t.key: t.name(ctx.lang) for t in program.tiers}
    moves = [TierMove(src, dst, names.get(src, src), names.get(dst, dst), n,
                      program.tier_rank(dst) > program.tier_rank(src))
             for src, dst, n in session.execute(q) if src != dst]
    return sorted(moves, key=lambda m: (not m.up, -m.members))


def _cohorts(session, ctx, period: Period):
    last = period.end.replace(day=1)
    first = add_months(last, -(COHORT_MONTHS - 1))
    # Everyone enrolled in the month, erased members too: their visits stay counted.
    sizes = {add_months(first, i): 0 for i in range(COHORT_MONTHS)}
    md = ReportMemberDay
    for day, n in session.execute(select(md.day, func.sum(md.members)).where(
            md.day >= first, md.day < add_months(last, 1)).group_by(md.day)):
        sizes[day.replace(day=1)] += int(n or 0)
    r = ReportCohortMonth
    active = {(c, m): n for c, m, n in session.execute(
        select(r.cohort, r.month, r.members).where(r.cohort >= first, r.cohort <= last))}
    return cohort_matrix(sizes, active, last)


# ---- gifts, complaints, staff --------------------------------------------------------


def _at_till(model, q, f: ReportFilter):
    if f.till:
        q = q.where(model.till_id == uuid.UUID(f.till))
    if f.cashier:
        q = q.where(model.cashier == f.cashier)
    return q


def _gifts(session, a, b, f: ReportFilter):
    q = _at_till(Gift, select(Gift.reason, Gift.cashier, func.count(), safe_sum(Gift.value_minor),
                              safe_sum(Gift.points))
                 .where(Gift.created_at >= a, Gift.created_at < b)
                 .group_by(Gift.reason, Gift.cashier), f)
    by_reason: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_cashier: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for reason, cashier, n, value, points in session.execute(q):
        for acc in (by_reason[reason], by_cashier[cashier or "—"]):
            acc[0] += n
            acc[1] += int(value or 0)
            acc[2] += int(points or 0)
    per_cashier = {c: v[0] for c, v in by_cashier.items()}
    return _breakdown(by_reason), _breakdown(by_cashier), per_cashier


def _breakdown(acc: dict[str, list[int]]) -> list[Breakdown]:
    return [Breakdown(label, *v) for label, v in sorted(acc.items(), key=lambda kv: (-kv[1][0], kv[0]))]


def _complaints(session, a, b, f: ReportFilter) -> dict:
    q = _at_till(Complaint, select(Complaint.compensation, Complaint.cashier, func.count(),
                                   safe_sum(Complaint.points))
                 .where(Complaint.created_at >= a, Complaint.created_at < b)
                 .group_by(Complaint.compensation, Complaint.cashier), f)
    by_comp: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_cashier: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for comp, cashier, n, points in session.execute(q):
        for acc in (by_comp[comp], by_cashier[cashier or "—"]):
            acc[0] += n
            acc[2] += int(points or 0)
    return {"complaints_by_compensation": _breakdown(by_comp),
            "complaints_by_cashier": _breakdown(by_cashier)}


def _staff(session, period: Period, f: ReportFilter, sales_rows, gifts: dict[str, int]
           ) -> list[StaffRow]:
    md = ReportMemberDay
    q = (select(md.cashier, func.sum(md.members))
         .where(md.day >= period.start, md.day <= period.end).group_by(md.cashier))
    if f.cashier:
        q = q.where(md.cashier == f.cashier)
    enrolments = {c or "—": int(n) for c, n in session.execute(q) if n}
    purchases: dict[str, int] = defaultdict(int)
    for _day, _tier, cashier, n, _revenue, refunded, _minor in sales_rows:
        purchases[cashier or "—"] += int(n or 0) + int(refunded or 0)
    names = sorted(set(enrolments) | set(purchases) | set(gifts),
                   key=lambda c: (-purchases.get(c, 0), c))
    return [StaffRow(c, enrolments.get(c, 0), purchases.get(c, 0), gifts.get(c, 0))
            for c in names]
