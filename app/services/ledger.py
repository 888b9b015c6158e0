"""The append-only points ledger. Every change of points goes through ``post``."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member
from app.services.context import ServiceContext


def post(session: Session, ctx: ServiceContext, member: Member, kind: str, points: int, *,
         qualifying: int = 0, purchase_id: uuid.UUID | None = None, reason: str = "") -> None:
    """Append one ledger row and update the cached balance and tier in the same transaction."""
    session.add(LedgerEntry(id=uuid.uuid4(), member_id=member.id, kind=kind, points=points,
                            qualifying=qualifying, purchase_id=purchase_id, till_id=ctx.till_id,
                            cashier=ctx.cashier, reason=reason, created_at=ctx.clock()))
    member.balance += points
    member.qualifying_points += qualifying
    member.tier_key = ctx.program.tier_for(member.qualifying_points).key


def mismatches(session: Session) -> list[str]:
    """Members whose cached balance or qualifying points differ from their ledger."""
    sums = (select(LedgerEntry.member_id, func.sum(LedgerEntry.points).label("p"),
                   func.sum(LedgerEntry.qualifying).label("q"))
            .group_by(LedgerEntry.member_id).subquery())
    rows = session.execute(
        select(Member.id, Member.first_name, Member.balance, Member.qualifying_points,
               func.coalesce(sums.c.p, 0), func.coalesce(sums.c.q, 0))
        .outerjoin(sums, sums.c.member_id == Member.id)
        .where((Member.balance != func.coalesce(sums.c.p, 0))
               | (Member.qualifying_points != func.coalesce(sums.c.q, 0))))
    return [f"member {mid} ({name}): cached balance {bal}, ledger {p}; "
            f"cached qualifying {qual}, ledger {q}"
            for mid, name, bal, qual, p, q in rows]
