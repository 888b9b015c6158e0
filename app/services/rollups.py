"""Daily report rollups, so that a dashboard over a year never adds up the raw ledger.

Three small tables (see the Report* models) are kept in the same transaction as the
purchase, the refund or the ledger row that changes them: the writers call ``note_*``,
which only adds to a dict on the session; just before the transaction commits, one
upsert per touched rollup row writes the sums (``_apply``; on a server all of them in
one round trip). A purchase with a redeem,
an earn and a campaign row touches four rows: one sales day, three points days (and
a cohort cell on a member's first visit of the month).

Two more count members rather than sales (new, active and lapsed members, the tier
distribution, cohort sizes, enrolments per cashier). They follow the members
themselves: ORM events on what they count of a member (enrolment time and cashier,
tier, erasure, last visit) remember what a member was before its first change in the
transaction, and at commit the member's rows move from what was to what is. No writer
calls anything; a bulk UPDATE past the ORM (demo data) rebuilds them instead.

Days and months are the till's local calendar (``ctx.local``). Rollups are rebuilt
from the history when they were never built (a shop upgrading, bulk demo data) and
``mismatches`` compares them with a from-scratch computation for ``regulars check``.

Assumption, stated because the cohort cell relies on it: purchases are recorded in
time order (the till's clock runs forward), so "first visit this month" is "the last
visit was in an earlier month".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import NEVER_SET, NO_VALUE

from app.db import dialect
from app.db.ids import hex_key
from app.db.models import Member, Purchase, ReportState
from app.services.context import ServiceContext
from app.services.rollup_history import (
    NONE,
    PARTS,
    TABLES,
    BuildCancelled,
    Progress,
    from_scratch,
    month_of,
    nonzero,
    stored,
)

__all__ = ["BuildCancelled", "ensure_built", "follow", "mismatches", "missing", "note_entry",
           "note_purchase", "note_refund", "rebuild", "stored"]

_KEY = "report_rollup_deltas"
_WATCH = "report_rollup_members"
_CTX = "report_rollup_context"
# What the member rollups count of a member (``_facts``): the attributes they follow.
_FACTS = ("created_at", "consent_by", "tier_key", "erased_at", "last_visit_at")


def follow(sessions: sessionmaker, ctx: ServiceContext) -> None:
    """Every session ``sessions`` makes keeps the rollups, in ``ctx``'s local calendar:
    called once, by the composition root. The member rollups then follow the members
    themselves (ORM events on the attributes they count), so no writer has to remember
    them; the sales and points rollups come from ``note_*``, which the sale, the refund
    and the ledger call as they write."""
    followed = _CTX in sessions.kw.get("info", {})
    sessions.configure(info={**sessions.kw.get("info", {}), _CTX: ctx})
    # Not event.contains(sessions, …): SQLAlchemy's registry knows targets by id(), and a
    # new sessionmaker that reuses a collected one's id() would be taken as followed.
    if not followed:
        event.listen(sessions, "before_flush", _new_or_gone)
        event.listen(sessions, "before_commit", _apply)
        event.listen(sessions, "after_soft_rollback", _forget)
    for name in _FACTS:
        attribute = getattr(Member, name)
        if not event.contains(attribute, "set", _changing):
            event.listen(attribute, "set", _changing, active_history=True)


def _pending(session: Session) -> dict[str, dict[tuple, list[int]]]:
    pending = session.info.get(_KEY)
    if pending is None:
        if _CTX not in session.info:  # its commit would never write them: say so now
            raise RuntimeError("this session does not keep the report rollups: make its "
                               "sessionmaker with rollups.follow()")
        pending = session.info[_KEY] = {name: {} for name in TABLES}
    return pending


def _add(session: Session, table: str, key: tuple, values: tuple[int, ...]) -> None:
    rows = _pending(session)[table]
    row = rows.get(key)
    if row is None:
        rows[key] = list(values)
    else:
        for i, v in enumerate(values):
            row[i] += v


def note_entry(session: Session, ctx: ServiceContext, entry: dict) -> None:
    """A ledger row was appended (``entry``: its column values)."""
    points = entry["points"]
    day = ctx.local(entry["created_at"]).date()
    _add(session, "points", (day, hex_key(entry["till_id"]), entry["cashier"], entry["kind"]),
         (max(points, 0), min(points, 0), 1))


def note_purchase(session: Session, ctx: ServiceContext, purchase: Purchase,
                  member: Member) -> None:
    """A purchase was recorded; call before ``member.last_visit_at`` moves to it."""
    when = ctx.local(purchase.created_at)
    _add(session, "sales", (when.date(), hex_key(purchase.till_id), purchase.cashier,
                            purchase.tier_key), (1, purchase.amount_minor, 0, 0))
    month = month_of(when.date())
    last = member.last_visit_at
    if last is None or month_of(ctx.local(last).date()) != month:
        cohort = month_of(ctx.local(member.created_at).date())
        _add(session, "cohort", (cohort, month), (1,))
    # The member's two purchases before this one (any status: a refund does not undo a
    # visit); a few rows through the member's index.
    connection = session.connection()
    before = [ctx.local(at).date() for at in
              dialect.of(connection).latest_visits(connection, member.id, purchase.id)]
    _add(session, "visits", (when.date(), *_prev_months(before)), (1,))


def _raw_facts(member: Member) -> tuple:
    """What the member rollups count of a member, as stored (UTC)."""
    return tuple(getattr(member, name) for name in _FACTS)


def _changing(member: Member, value, old, initiator) -> None:
    """A counted attribute of a member is about to change: remember, once per
    transaction, what the member was (a member new in it was nothing: _new_or_gone)."""
    state = inspect(member)
    session = state.session
    if session is None or _CTX not in session.info or not state.persistent:
        return  # a member not yet flushed is counted whole when it is
    watched = session.info.setdefault(_WATCH, {})
    if member not in watched:
        facts = list(_raw_facts(member))
        if old is not NO_VALUE and old is not NEVER_SET:
            facts[_FACTS.index(initiator.key)] = old
        watched[member] = tuple(facts)


def _new_or_gone(session: Session, flush_context, instances) -> None:
    """Members about to be inserted count from nothing; deleted ones stop counting."""
    new = [m for m in session.new if isinstance(m, Member)]
    gone = [m for m in session.deleted if isinstance(m, Member)]
    if new or gone:
        watched = session.info.setdefault(_WATCH, {})
        for member in new:
            watched.setdefault(member, None)
        for member in gone:
            watched.setdefault(member, _raw_facts(member))


def _facts(local: Callable[[datetime], datetime], raw: tuple | None) -> tuple | None:
    if raw is None:
        return None
    created, cashier, tier, erased, seen = raw
    return (local(created).date(), cashier or "", tier, erased is not None,
            None if seen is None else local(seen).date())


def _count_member(session: Session, facts: tuple | None, sign: int) -> None:
    if facts is None:
        return
    day, cashier, tier, erased, seen = facts
    _add(session, "members", (day, cashier, tier, erased, seen is not None), (sign,))
    if seen is not None and not erased:
        _add(session, "seen", (seen, tier), (sign,))


def _prev_months(days: list[date]) -> tuple[date, date]:
    """Local months of the previous and second-previous visit, newest first."""
    months = [month_of(d) for d in days[:2]] + [NONE, NONE]
    return months[0], months[1]


def note_refund(session: Session, ctx: ServiceContext, purchase: Purchase, amount_minor: int,
                whole: bool) -> None:
    """``amount_minor`` of a purchase was refunded, on the purchase's own day: the money
    moves from revenue to refunded; the refund that completes it (``whole``) moves the
    purchase itself from purchases to refunds."""
    day = ctx.local(purchase.created_at).date()
    moved = 1 if whole else 0
    _add(session, "sales", (day, hex_key(purchase.till_id), purchase.cashier, purchase.tier_key),
         (-moved, -amount_minor, moved, amount_minor))


def _apply(session: Session) -> None:
    """Just before the commit: the members' rows move from what they were to what they
    are, then one upsert per touched rollup row."""
    if session.info.get(_WATCH) is not None or session.new or session.deleted:
        session.flush()  # so members new or deleted in it are known (_new_or_gone)
    local = session.info[_CTX].local
    for member, before in session.info.pop(_WATCH, {}).items():
        state = inspect(member)
        after = None if state.deleted or state.was_deleted else _raw_facts(member)
        before, after = _facts(local, before), _facts(local, after)
        if after != before:
            _count_member(session, before, -1)
            _count_member(session, after, +1)
    pending = session.info.pop(_KEY, None)
    if not pending:
        return
    connection = session.connection()
    upserts = []
    for name, rows in pending.items():
        table, keys, values = TABLES[name]
        upserts.append((table.__table__, [dict(zip(keys + values, key + tuple(v), strict=True))
                                          for key, v in rows.items() if any(v)], keys))
    dialect.of(connection).add_to(connection, upserts)  # all in one go


def _forget(session: Session, previous_transaction) -> None:
    session.info.pop(_KEY, None)
    session.info.pop(_WATCH, None)


def rebuild(session: Session, ctx: ServiceContext, parts=tuple(PARTS),
            progress: Progress | None = None) -> None:
    """Throw the rollups of ``parts`` away and compute them from the history.
    ``progress`` may stop it: BuildCancelled, and the caller rolls back."""
    session.flush()
    session.info.pop(_KEY, None)
    session.info.pop(_WATCH, None)
    fresh = from_scratch(session, ctx, parts, progress)
    conn = session.connection()
    for name in fresh:
        table, keys, values = TABLES[name]
        conn.execute(delete(table.__table__))
        rows = [dict(zip(keys + values, k + v, strict=True))
                for k, v in nonzero(fresh[name]).items()]
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(table.__table__), rows[start:start + 10_000])
    conn.execute(delete(ReportState.__table__).where(ReportState.key.in_(parts)))
    conn.execute(insert(ReportState.__table__),
                 [{"key": part, "value": ctx.clock().isoformat(timespec="seconds")}
                  for part in parts])


def _built(session: Session) -> set[str]:
    return set(session.scalars(select(ReportState.key).where(ReportState.key.in_(PARTS))))


def missing(session: Session) -> tuple[str, ...]:
    """The parts never built from the history (a shop upgrading, bulk demo data)."""
    return tuple(part for part in PARTS if part not in _built(session))


def ensure_built(session: Session, ctx: ServiceContext, progress: Progress | None = None
                 ) -> bool:
    """Build the rollups never built from the history; True if any was built now."""
    parts = missing(session)
    if parts:
        rebuild(session, ctx, parts, progress)
    return bool(parts)


def mismatches(session: Session, ctx: ServiceContext, limit: int = 20) -> list[str]:
    """Rollup rows that differ from a from-scratch computation (for ``regulars check``).
    Rollups never built are skipped: the first report builds them from the history."""
    parts = tuple(part for part in PARTS if part in _built(session))
    fresh, kept = from_scratch(session, ctx, parts), stored(session)
    problems = []
    for name in fresh:
        a, b = nonzero(kept[name]), nonzero(fresh[name])
        for key in sorted(set(a) | set(b), key=repr):
            if a.get(key) != b.get(key):
                problems.append(f"report rollup {name} {_show(key)}: kept {a.get(key)}, "
                                f"history says {b.get(key)}")
    if len(problems) > limit:
        problems = problems[:limit] + [f"… and {len(problems) - limit} more rollup rows differ"]
    return problems


def _show(key: tuple) -> str:
    return "/".join(k.isoformat() if isinstance(k, (date, datetime)) else str(k) for k in key)
