"""The append-only points ledger. Every change of points goes through ``post``.

Positive rows grant a lot of points (with its expiry under the program in force);
negative rows spend lots soonest-expiry first. The lots always hold exactly the
positive part of the balance: a member in debt (after a refund of points already
spent) has no lots, and the next points granted pay the debt first.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from types import SimpleNamespace

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.db import dialect
from app.db.models import Base, LedgerEntry, Member, PointLot, Purchase, PurchaseLine, Reward, Stamp
from app.domain import lots as lot_rules
from app.services import rollups
from app.services.context import ServiceContext


class Batch:
    """Append-only rows of one sale (the purchase itself, its lines, ledger rows, lots,
    stamps and rewards), written together: one INSERT per table, and on a server all of
    them in one round trip (``dialect.append``). A busy sale writes a dozen such rows;
    the ORM's per-object bookkeeping for them was most of the sale's time at the till.
    Nothing reads these rows back before ``write``, and nothing ever updates them, so
    they need no ORM identity. ``write`` may run more than once: each writes what was
    added since.

    Rows must be added with the same keys per table (all the columns the caller sets):
    one INSERT takes them all."""

    ORDER: tuple[type[Base], ...] = (Purchase, PurchaseLine, LedgerEntry, PointLot, Stamp,
                                     Reward)

    def __init__(self) -> None:
        self._rows: dict[type[Base], list[dict]] = defaultdict(list)

    def add(self, model: type[Base], **values) -> SimpleNamespace:
        self._rows[model].append(values)
        return SimpleNamespace(**values)

    def write(self, session: Session) -> None:
        if self._rows.keys() - set(self.ORDER):
            raise ValueError(f"no write order for {sorted(m.__name__ for m in self._rows)}")
        # parents first: a line points at its purchase, a lot at its ledger row
        tables = [(model.__table__, self._rows.pop(model)) for model in self.ORDER
                  if model in self._rows]
        if tables:
            connection = session.connection()
            dialect.of(connection).append(connection, tables)


def post(session: Session, ctx: ServiceContext, member: Member, kind: str, points: int, *,
         qualifying: int = 0, purchase_id: uuid.UUID | None = None, reason: str = "",
         ref: str = "", entry_id: uuid.UUID | None = None,
         spend_first: tuple[uuid.UUID, ...] = (), lot_settled: bool = False,
         lot: bool = True, batch: Batch | None = None) -> LedgerEntry | SimpleNamespace:
    """Append one ledger row and update the cached balance and the lots in the same
    transaction. The tier is the caller's business (see ``tiers.refresh``).
    ``lot_settled``: the caller already took the points from a lot (expiry).
    ``lot=False``: the caller grants one lot for several rows (``grant_lot``).
    ``batch``: the row (and its lot) go into the caller's batch, written later."""
    values = dict(id=entry_id or uuid.uuid4(), member_id=member.id, kind=kind,
                  points=points, qualifying=qualifying, purchase_id=purchase_id,
                  till_id=ctx.till_id, cashier=ctx.cashier, reason=reason[:200],
                  ref=ref[:40], created_at=ctx.clock(),
                  program_version_id=ctx.program_version_id)
    rollups.note_entry(session, ctx, values)
    if batch is not None:
        entry = batch.add(LedgerEntry, **values)
    else:
        entry = LedgerEntry(**values)
        session.add(entry)
    before = member.balance
    member.balance += points
    member.qualifying_points += qualifying
    if points > 0 and lot:
        grant_lot(session, ctx, member, entry.id, before, batch)
    elif points < 0 and not lot_settled:
        _spend(session, member.id, max(0, before) - max(0, member.balance), spend_first)
    return entry


def grant_lot(session: Session, ctx: ServiceContext, member: Member, ledger_id: uuid.UUID,
              balance_before: int, batch: Batch | None = None) -> None:
    """One lot for what the balance rose by since ``balance_before``, less any debt it paid."""
    grant = max(0, member.balance) - max(0, balance_before)
    if grant > 0:
        today = ctx.today()
        values = dict(id=uuid.uuid4(), member_id=member.id, ledger_id=ledger_id,
                      points=grant, remaining=grant, earned_on=today,
                      expires_on=ctx.program.expiry.expires_on(today))
        if batch is not None:
            batch.add(PointLot, **values)
        else:
            session.add(PointLot(**values))


def locked_member(session: Session, member_id: uuid.UUID) -> Member | None:
    """The member's row (None if there is none), locked until this transaction ends and
    read again after the lock: the balance, qualifying points, visits, lots and stamps
    read after this are the committed ones, and no other till changes them before we
    commit. PostgreSQL: SELECT … FOR UPDATE. SQLite has no row locks; its unit of work
    already holds the write lock from the transaction's start (engine.take_write_lock)."""
    return session.get(Member, member_id, with_for_update=True, populate_existing=True)


def member_lots(session: Session, member_id: uuid.UUID) -> list[PointLot]:
    return list(session.scalars(select(PointLot).where(PointLot.member_id == member_id,
                                                       PointLot.remaining > 0)))


def _spend(session: Session, member_id: uuid.UUID, points: int,
           spend_first: tuple[uuid.UUID, ...]) -> None:
    if points <= 0:
        return
    rows = member_lots(session, member_id)
    by_id = {row.id: row for row in rows}
    # A refund takes back the lots its purchase granted before anything else.
    first = [row for row in rows if row.ledger_id in spend_first]
    rest = [row for row in rows if row.ledger_id not in spend_first]
    left = points
    for group in (first, rest):
        plan = lot_rules.take([lot_rules.Lot(r.id, r.remaining, r.earned_on, r.expires_on)
                               for r in group], left)
        for lot_id, part in plan:
            by_id[lot_id].remaining -= part
            left -= part


_lots = PointLot.__table__
# A member's lots with points left, as plain rows, not ORM lots: a regular holds a lot per
# purchase, and every member view (every sale) asks this. ``soonest_expiry`` reads them.
OPEN_LOTS = select(_lots.c.id, _lots.c.remaining, _lots.c.earned_on, _lots.c.expires_on
                   ).where(_lots.c.member_id == bindparam("member_id"), _lots.c.remaining > 0)


def upcoming_expiry(session: Session, ctx: ServiceContext, member_id: uuid.UUID
                    ) -> tuple[int, date] | None:
    """The points that expire soonest, and when."""
    return soonest_expiry(ctx, session.execute(OPEN_LOTS, {"member_id": member_id}))


def soonest_expiry(ctx: ServiceContext, open_lots) -> tuple[int, date] | None:
    """The points that expire soonest, and when, of ``OPEN_LOTS``'s rows."""
    return lot_rules.next_expiry([lot_rules.Lot(*row) for row in open_lots], ctx.today())


def expire_member(session: Session, ctx: ServiceContext, member: Member) -> int:
    """Expire this member's lots past their last day now, before spending: the hourly
    job may not have run since midnight, and an expired point must never be spent."""
    today = ctx.today()
    due = [lot for lot in member_lots(session, member.id)
           if lot.expires_on is not None and lot.expires_on < today]
    for lot in due:
        points = lot.remaining
        lot.remaining = 0
        post(session, ctx, member, "expiry", -points, ref=lot.id.hex, lot_settled=True,
             reason=f"earned {lot.earned_on.isoformat()}, expired after "
                    f"{lot.expires_on.isoformat()}")
    return len(due)


def expire_due(session: Session, ctx: ServiceContext, limit: int = 2000) -> int:
    """Expire up to ``limit`` lots past their last day; returns how many expired.
    Each expired lot is one ledger row, so the member's history says what went when."""
    today = ctx.today()
    rows = list(session.scalars(select(PointLot).where(PointLot.expires_on < today,
                                                       PointLot.remaining > 0)
                                .order_by(PointLot.expires_on).limit(limit)))
    expired = 0
    for member_id in dict.fromkeys(lot.member_id for lot in rows):
        expired += expire_member(session, ctx, locked_member(session, member_id))
    return expired


def mismatches(session: Session) -> list[str]:
    """Members whose cached balance or qualifying points differ from their ledger, or
    whose lots do not hold exactly the positive balance."""
    sums = (select(LedgerEntry.member_id, func.sum(LedgerEntry.points).label("p"),
                   func.sum(LedgerEntry.qualifying).label("q"))
            .group_by(LedgerEntry.member_id).subquery())
    rows = session.execute(
        select(Member.id, Member.first_name, Member.balance, Member.qualifying_points,
               func.coalesce(sums.c.p, 0), func.coalesce(sums.c.q, 0))
        .outerjoin(sums, sums.c.member_id == Member.id)
        .where((Member.balance != func.coalesce(sums.c.p, 0))
               | (Member.qualifying_points != func.coalesce(sums.c.q, 0))))
    problems = [f"member {mid} ({name}): cached balance {bal}, ledger {p}; "
                f"cached qualifying {qual}, ledger {q}"
                for mid, name, bal, qual, p, q in rows]
    lot_sums = (select(PointLot.member_id, func.sum(PointLot.remaining).label("r"))
                .group_by(PointLot.member_id).subquery())
    held = func.coalesce(lot_sums.c.r, 0)
    positive = dialect.of(session).greatest(Member.balance, 0)
    for mid, name, bal, r in session.execute(
            select(Member.id, Member.first_name, Member.balance, held)
            .outerjoin(lot_sums, lot_sums.c.member_id == Member.id)
            .where(held != positive)):
        problems.append(f"member {mid} ({name}): balance {bal}, but the point lots hold {r}")
    negative = session.scalar(select(func.count()).select_from(PointLot)
                              .where(PointLot.remaining < 0))
    if negative:
        problems.append(f"{negative} point lots hold a negative remainder")
    return problems
