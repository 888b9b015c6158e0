"""A member's tier: earned from qualifying points in the program's window, kept until
the review at the end of the period, and every change recorded as an event.

The tier held is the higher of the *floor* (what the last review, upgrade or program
change granted until the next review) and what the current window's points earn.
Upgrades raise the floor at once; only a review lowers it. A lifetime program has
no review, so a tier once reached stays, except that refunding the purchase that
reached it takes it back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member, Purchase, TierEvent
from app.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class Standing:
    qualifying: int  # in the current window
    tier_key: str
    review_on: date | None
    keep_needed: int  # qualifying points still needed by the review to keep the tier


def qualifying_since(session: Session, ctx: ServiceContext, member: Member,
                     start: date | None, end: date | None = None) -> int:
    if start is None and end is None:
        return member.qualifying_points
    session.flush()  # this sale's rows count (callers may have autoflush off)
    stmt = select(func.coalesce(func.sum(LedgerEntry.qualifying), 0)).where(
        LedgerEntry.member_id == member.id)
    if start is not None:
        stmt = stmt.where(LedgerEntry.created_at >= ctx.utc_start_of(start))
    if end is not None:
        stmt = stmt.where(LedgerEntry.created_at < ctx.utc_start_of(end))
    return int(session.scalar(stmt))


def _event(session: Session, ctx: ServiceContext, member: Member, before: str, after: str,
           reason: str, purchase_id: uuid.UUID | None) -> None:
    session.add(TierEvent(id=uuid.uuid4(), member_id=member.id, from_key=before, to_key=after,
                          reason=reason, purchase_id=purchase_id,
                          program_version_id=ctx.program_version_id, created_at=ctx.clock(),
                          cashier=ctx.cashier, till_id=ctx.till_id))


def _review(session: Session, ctx: ServiceContext, member: Member, today: date) -> None:
    """Apply every review that has fallen due (more than one if the till was off)."""
    program, window = ctx.program, ctx.program.window
    if window.kind == "lifetime":
        member.tier_review_on = None
        return
    if member.tier_review_on is None:
        # A new windowed program (or a new member): what is held now is kept until
        # the end of the first period.
        member.tier_floor_key = member.tier_key
        member.tier_review_on = window.next_review(today)
        member.tier_review_day = today.day
        return
    while member.tier_review_on is not None and today >= member.tier_review_on:
        review = member.tier_review_on
        earned = qualifying_since(session, ctx, member, window.start_for_review(review), review)
        member.tier_floor_key = program.tier_for(earned).key
        member.tier_review_on = window.next_review(review, member.tier_review_day)


def refresh(session: Session, ctx: ServiceContext, member: Member, reason: str,
            purchase_id: uuid.UUID | None = None, held: str | None = None) -> str:
    """Recompute the tier held; record an event if it changed. Returns the tier key.
    ``held``: the tier the member had when the program no longer has it (the member
    was put on the first tier for the computation); the event says where they came from."""
    program = ctx.program
    today = ctx.today()
    before = member.tier_key
    _review(session, ctx, member, today)
    q = qualifying_since(session, ctx, member, program.window.start(today))
    earned = program.tier_for(q, today, before).key
    floor = member.tier_floor_key
    if floor is not None and program.tier_rank(floor) >= program.tier_rank(earned) \
            and any(t.key == floor for t in program.tiers):
        after = floor
    else:
        after = earned
    if program.tier_rank(after) > program.tier_rank(before):
        member.tier_floor_key = after  # an upgrade is kept until the next review
        if program.window.kind != "lifetime":
            extended = program.window.next_review(today)
            if member.tier_review_on is None or extended > member.tier_review_on:
                member.tier_review_on, member.tier_review_day = extended, today.day
    member.tier_key = after
    if held is not None and held != after:
        _event(session, ctx, member, held, after, reason, purchase_id)
    elif held is None and after != before:
        _event(session, ctx, member, before, after,
               reason if program.tier_rank(after) > program.tier_rank(before) or reason != "purchase"
               else "review", purchase_id)
    return after


def undo_upgrade_by(session: Session, ctx: ServiceContext, member: Member,
                    purchase: Purchase) -> None:
    """A refund takes back the tiers its points helped to reach: the upgrade the
    purchase made itself, and any later one that counted its points (bought 1,250 and
    1,250 more, Wolf at 2,500: refunding the first purchase loses Wolf too). The floor
    goes back to the tier held before the first such upgrade, never up; ``refresh``
    then gives what the remaining points earn."""
    program = ctx.program
    for event in session.scalars(select(TierEvent).where(
            TierEvent.member_id == member.id,
            (TierEvent.purchase_id == purchase.id) | (TierEvent.created_at > purchase.created_at))
            .order_by(TierEvent.created_at)):
        if program.tier_rank(event.to_key) > program.tier_rank(event.from_key):
            if member.tier_floor_key is None or \
                    program.tier_rank(event.from_key) < program.tier_rank(member.tier_floor_key):
                member.tier_floor_key = event.from_key
            return


def standing(session: Session, ctx: ServiceContext, member: Member) -> Standing:
    """Where the member stands now: window points, tier, and what keeping it takes."""
    program, window = ctx.program, ctx.program.window
    today = ctx.today()
    q = qualifying_since(session, ctx, member, window.start(today))
    review = member.tier_review_on if window.kind != "lifetime" else None
    keep = 0
    if review is not None:
        tier = program.tier_by_key(member.tier_key)
        counted = qualifying_since(session, ctx, member, window.start_for_review(review))
        keep = max(0, tier.threshold - counted)
    return Standing(q, member.tier_key, review, keep)


def after_program_change(session: Session, ctx: ServiceContext) -> tuple[int, int]:
    """Re-evaluate every member under a new program: upgrades at once, downgrades only
    at the next review (every member keeps what they hold until then). Returns
    (members upgraded, members re-evaluated).

    Set-based, so a million members take seconds: keeping the tier and setting the
    first review are one UPDATE each, and only the members whose points now earn more
    than they hold (or whose tier was deleted) are loaded and refreshed one by one."""
    program = ctx.program
    keys = [t.key for t in program.tiers]
    today = ctx.today()
    # Keep what everyone holds; a tier the owner deleted falls to the highest tier
    # the member's points still earn (there is nothing left to keep).
    review = program.window.next_review(today) if program.window.kind != "lifetime" else None
    session.execute(update(Member).where(Member.tier_key.in_(keys))
                    .values(tier_floor_key=Member.tier_key, tier_review_on=review,
                            tier_review_day=today.day if review else None)
                    .execution_options(synchronize_session="fetch"))
    session.execute(update(Member).where(Member.tier_key.not_in(keys))
                    .values(tier_floor_key=None, tier_review_on=None)
                    .execution_options(synchronize_session="fetch"))
    upgraded = 0
    ids = _may_change(session, ctx, keys, today)
    for i in range(0, len(ids), 500):
        for member in session.scalars(select(Member).where(Member.id.in_(ids[i:i + 500]))):
            before = member.tier_key
            if before not in keys:
                member.tier_key = program.tiers[0].key
            refresh(session, ctx, member, "program_change",
                    held=None if before in keys else before)
            if before in keys and program.tier_rank(member.tier_key) > program.tier_rank(before):
                upgraded += 1
        session.flush()
    return upgraded, session.scalar(select(func.count()).select_from(Member))


def _may_change(session: Session, ctx: ServiceContext, keys: list[str], today: date
                ) -> list[uuid.UUID]:
    """Members whose qualifying points reach a tier above the one they hold (with the
    threshold campaigns of today, which may differ by the tier held), or whose tier
    no longer exists."""
    program = ctx.program
    start = program.window.start(today)
    if start is None:
        points = Member.qualifying_points
        source = select(Member.id)
    else:
        sums = (select(LedgerEntry.member_id, func.sum(LedgerEntry.qualifying).label("q"))
                .where(LedgerEntry.created_at >= ctx.utc_start_of(start))
                .group_by(LedgerEntry.member_id).subquery())
        points = func.coalesce(sums.c.q, 0)
        source = select(Member.id).outerjoin(sums, sums.c.member_id == Member.id)
    reach = [Member.tier_key.not_in(keys)]
    for rank, key in enumerate(keys[:-1]):
        values = program.thresholds(today, key)
        need = min(values[k] for k in keys[rank + 1:])
        reach.append((Member.tier_key == key) & (points >= need))
    return list(session.scalars(source.where(or_(*reach))))


def review_due(session: Session, ctx: ServiceContext, limit: int = 1000) -> int:
    """Apply due reviews to up to ``limit`` members; returns how many were reviewed."""
    today = ctx.today()
    batch = list(session.scalars(select(Member).where(Member.tier_review_on <= today)
                                 .limit(limit)))
    for member in batch:
        refresh(session, ctx, member, "review")
    return len(batch)
