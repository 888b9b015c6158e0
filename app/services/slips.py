"""The customer's slip for a recorded purchase: where the member stands after it.

``slip_for_purchase`` reads everything in the caller's one (read) transaction and hands
back a plain ``Slip`` (app/domain/slip.py); ``slip_text`` is the same as plain text, for a
register that prints the slip itself (the register API returns it). The printers are in
slip_printers.py.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Gift, LedgerEntry, Member, Purchase, Reward
from app.domain.errors import DomainError
from app.domain.slip import Slip, SlipFacts, compose_slip
from app.services import tiers
from app.services.common import spoken_language, spoken_name
from app.services.context import ServiceContext
from app.services.ledger import upcoming_expiry
from app.services.stamps import stamp_counts

# A gift said within this long of the sale was said at the same visit.
VISIT = timedelta(minutes=30)


def slip_for_purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                      width_chars: int = 32, lang: str | None = None,
                      shop_line: str = "") -> Slip:
    """The slip of the purchase ``purchase_id``, ``width_chars`` wide (32 for 58 mm paper,
    48 for 80 mm), in ``lang`` (ru, en, lv; None: the member's own language, else the
    till's), ending with the
    shop's ``shop_line``. Reads only: call it in one read transaction.

    The sale's own figures (amount, points earned and spent, its bonuses, the stamp cards
    it completed) are the sale's; the balance, tier, next tier, expiring points and
    stamps are the member's as they stand when the slip is made (at the sale, that is
    right after it). Raises DomainError "purchase_not_found" for an unknown id."""
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise DomainError("purchase_not_found", "No such purchase.")
    member = session.get(Member, purchase.member_id)
    lang = lang or spoken_language(member, ctx.lang)
    return compose_slip(_facts(session, ctx, purchase, member, lang, shop_line),
                        width_chars, lang)


def slip_text(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
              width_chars: int = 32, lang: str | None = None, shop_line: str = "") -> str:
    """``slip_for_purchase`` as plain text: one line per printed line, none longer than
    ``width_chars``, each ending in "\\n". Same arguments, same transaction rule."""
    return slip_for_purchase(session, ctx, purchase_id, width_chars, lang, shop_line).text()


def last_slip_text(session: Session, ctx: ServiceContext, member_id: uuid.UUID,
                   width_chars: int = 32) -> str | None:
    """The slip of the member's latest purchase as text, in their language (a register
    that prints the slip itself asks for it with the member's summary); None when they
    have bought nothing yet."""
    latest = session.scalar(select(Purchase.id).where(Purchase.member_id == member_id)
                            .order_by(Purchase.created_at.desc()).limit(1))
    return slip_text(session, ctx, latest, width_chars) if latest is not None else None


def _facts(session: Session, ctx: ServiceContext, purchase: Purchase, member: Member,
           lang: str, shop_line: str) -> SlipFacts:
    program = ctx.program
    stand = tiers.standing(session, ctx, member)
    progress = program.progress(stand.qualifying, member.tier_key, ctx.today())
    expiring = upcoming_expiry(session, ctx, member.id)
    name = spoken_name(member, lang)
    campaigns, extras = _bonuses(session, purchase)
    return SlipFacts(
        name, ctx.local(purchase.created_at), purchase.receipt_number or "",
        purchase.amount_minor, purchase.currency, purchase.points_earned,
        purchase.points_redeemed, member.balance, progress.tier.name(lang),
        progress.next_tier.name(lang) if progress.next_tier else None,
        progress.points_to_next,
        expiring[0] if expiring else 0, expiring[1] if expiring else None,
        campaigns, extras,
        _stamps(session, ctx, member, lang),
        _rewards(session, purchase), _gifts(session, purchase), shop_line)


def _bonuses(session: Session, purchase: Purchase
             ) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """The campaigns' points (part of what the sale earned) and the birthday and friend
    bonuses that came with it (on top), the member's own rows only."""
    rows = session.execute(select(LedgerEntry.kind, LedgerEntry.reason, LedgerEntry.points)
                           .where(LedgerEntry.purchase_id == purchase.id,
                                  LedgerEntry.member_id == purchase.member_id,
                                  LedgerEntry.kind.in_(("campaign", "birthday", "referral")))
                           .order_by(LedgerEntry.created_at, LedgerEntry.kind)).all()
    campaigns = tuple((reason, points) for kind, reason, points in rows if kind == "campaign")
    extras = tuple((kind, points) for kind, _reason, points in rows if kind != "campaign")
    return campaigns, extras


def _stamps(session: Session, ctx: ServiceContext, member: Member, lang: str
            ) -> tuple[tuple[str, int, int], ...]:
    """Each stamp card's stamps now, the card named in the slip's language."""
    counts = stamp_counts(session, member.id)
    return tuple((card.name(lang), counts.get(card.key, 0), card.stamps)
                 for card in ctx.program.stamp_cards)


def _rewards(session: Session, purchase: Purchase) -> tuple[str, ...]:
    return tuple(session.scalars(select(Reward.text).where(
        Reward.purchase_id == purchase.id, Reward.member_id == purchase.member_id)
        .order_by(Reward.issued_at)))


def _gifts(session: Session, purchase: Purchase) -> tuple[str, ...]:
    """The words said for gifts at this visit: within VISIT of the sale."""
    at = purchase.created_at
    return tuple(session.scalars(select(Gift.phrase).where(
        Gift.member_id == purchase.member_id, Gift.created_at.between(at - VISIT, at + VISIT))
        .order_by(Gift.created_at)))
