"""Stamp cards: the stamps a member holds per card, their progress, and the stamps a
sale adds (every full set becomes a reward to hand over)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.db.models import Member, Reward, Stamp
from app.domain.program import Line
from app.services.context import ServiceContext
from app.services.dto import StampProgress
from app.services.ledger import Batch

_stamps = Stamp.__table__
# The stamps a member holds per card (rows of card key and total).
STAMP_COUNTS = (select(_stamps.c.card_key, func.sum(_stamps.c.stamps))
                .where(_stamps.c.member_id == bindparam("member_id"))
                .group_by(_stamps.c.card_key))


def stamp_counts(session: Session, member_id: uuid.UUID) -> dict[str, int]:
    """Stamps held per card, read straight from the table: callers add stamps only
    after reading, so the read need not flush the member's pending changes first (one
    UPDATE per sale, not two)."""
    return _counted(session.connection().execute(STAMP_COUNTS, {"member_id": member_id}))


def _counted(rows) -> dict[str, int]:
    return {key: int(total or 0) for key, total in rows}


def progress_of(ctx: ServiceContext, rows) -> list[StampProgress]:
    """Each card's progress from ``STAMP_COUNTS``'s rows."""
    return _progress(ctx, _counted(rows))


def _progress(ctx: ServiceContext, counts: dict[str, int]) -> list[StampProgress]:
    return [StampProgress(card.key, card.name(ctx.lang), counts.get(card.key, 0), card.stamps,
                          card.reward_text(ctx.lang))
            for card in ctx.program.stamp_cards]


def stamp_progress(session: Session, ctx: ServiceContext, member_id: uuid.UUID
                   ) -> list[StampProgress]:
    return _progress(ctx, stamp_counts(session, member_id))


def stamp_sale(session: Session, ctx: ServiceContext, member: Member, purchase: SimpleNamespace,
               lines: tuple[Line, ...], batch: Batch) -> tuple[list[str], list[StampProgress]]:
    """Add the purchase's stamps; every full set becomes a reward to hand over.
    Returns the rewards issued and each card's progress after the sale."""
    if not ctx.program.stamp_cards:
        return [], []
    counts = stamp_counts(session, member.id)
    rewards = []
    for card in ctx.program.stamp_cards:
        added = ctx.program.stamps_for(card, lines)
        if added <= 0:
            continue
        _add(ctx, batch, member, purchase, card.key, added, "purchase")
        have = counts.get(card.key, 0) + added
        while have >= card.stamps:
            have -= card.stamps
            _add(ctx, batch, member, purchase, card.key, -card.stamps, "completed")
            text = card.reward_text(ctx.lang)
            batch.add(Reward, id=uuid.uuid4(), member_id=member.id, kind="stamp_card",
                      ref=card.key, text=text, purchase_id=purchase.id,
                      issued_at=purchase.created_at, given_at=None, cashier=ctx.cashier)
            rewards.append(text)
        counts[card.key] = have
    return rewards, _progress(ctx, counts)


def _add(ctx: ServiceContext, batch: Batch, member: Member, purchase: SimpleNamespace,
         card_key: str, stamps: int, kind: str) -> None:
    batch.add(Stamp, id=uuid.uuid4(), member_id=member.id, card_key=card_key, stamps=stamps,
              kind=kind, purchase_id=purchase.id, created_at=purchase.created_at,
              cashier=ctx.cashier, till_id=ctx.till_id)
