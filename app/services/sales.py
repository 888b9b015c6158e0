"""Purchases: earning with campaigns, redemption, stamps, the birthday and referral
bonuses that fall due with a purchase. Refunds, whole or in part, are in refunds.py.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member, Purchase, PurchaseLine, Reward, Stamp
from app.domain.birthdays import in_birthday_week
from app.domain.errors import DomainError
from app.domain.greeting import MemberFacts, thank_you_line
from app.domain.money import check_amount
from app.domain.program import Line
from app.services import rollups, tiers
from app.services.context import ServiceContext
from app.services.dto import BonusLine, PurchaseResult, StampProgress
from app.services.ledger import Batch, expire_member, grant_lot, post

BIRTHDAY_CHANGE_GUARD_DAYS = 30
MAX_RECEIPT_NUMBER = 40  # the column's width
MAX_LINE_QUANTITY = 999


def _facts(member: Member) -> MemberFacts:
    return MemberFacts(member.first_name, member.patronymic, member.last_name,
                       member.address_as, member.birthday, member.visits,
                       member.last_visit_at, member.qualifying_points)


def _bonus_lines(session: Session, ctx: ServiceContext, purchase: Purchase) -> list[BonusLine]:
    rows = session.execute(select(LedgerEntry.kind, LedgerEntry.ref, LedgerEntry.reason,
                                  LedgerEntry.points)
                           .where(LedgerEntry.purchase_id == purchase.id,
                                  LedgerEntry.member_id == purchase.member_id,
                                  LedgerEntry.kind.in_(("campaign", "birthday", "referral")))
                           .order_by(LedgerEntry.created_at))
    return [BonusLine(kind, ref, reason, points) for kind, ref, reason, points in rows]


def _result(session: Session, ctx: ServiceContext, member: Member, purchase: Purchase,
            tier_before: str, duplicate: bool, rewards: list[str] | None = None,
            bonuses: list[BonusLine] | None = None, stamps: list[StampProgress] | None = None
            ) -> PurchaseResult:
    """The outcome to show. A fresh purchase passes what it computed; a repeated
    submit reads it back from the ledger."""
    tier = ctx.program.tier_by_key(member.tier_key)
    if bonuses is None:
        bonuses = _bonus_lines(session, ctx, purchase)
    if stamps is None:
        stamps = stamp_progress(session, ctx, member.id)
    return PurchaseResult(purchase.id, purchase.points_earned, purchase.points_redeemed,
                          member.balance, tier_before, member.tier_key, tier.name(ctx.lang),
                          duplicate, thank_you_line(_facts(member), ctx.lang),
                          bonuses, stamps, rewards or [])


def record_purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                    member_id: uuid.UUID, amount_minor: int, redeem_points: int = 0,
                    receipt_number: str = "", lines: tuple[Line, ...] = ()) -> PurchaseResult:
    """Record a purchase once per ``purchase_id``: a repeated submit returns the first result.

    The purchase row is written first; the sale's append-only rows (lines, ledger,
    lots, stamps, rewards) go into one ``Batch``, written just before the tier is
    worked out. None of the reads in between needs them, and the ORM's per-object work
    on them was most of a busy sale's time."""
    with session.no_autoflush:
        return _record(session, ctx, purchase_id, member_id, amount_minor, redeem_points,
                       receipt_number, lines)


def _record(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
            member_id: uuid.UUID, amount_minor: int, redeem_points: int,
            receipt_number: str, lines: tuple[Line, ...]) -> PurchaseResult:
    purchases = Purchase.__table__
    if session.connection().execute(select(purchases.c.id).where(
            purchases.c.id == purchase_id)).first() is not None:
        existing = session.get(Purchase, purchase_id)
        member = session.get(Member, existing.member_id)
        return _result(session, ctx, member, existing, member.tier_key, duplicate=True)
    # Everything stored is checked first: a number past what the database holds is
    # refused in words here, never an OverflowError from the driver.
    check_amount(amount_minor)
    if not isinstance(redeem_points, int) or isinstance(redeem_points, bool):
        raise DomainError("points_invalid", "Enter whole points, e.g. 150.", field="redeem")
    if len((receipt_number or "").strip()) > MAX_RECEIPT_NUMBER:
        raise DomainError("receipt_too_long", "A receipt number has at most 40 characters.",
                          field="receipt")
    lines = tuple(line for line in lines if line.amount_minor or line.quantity)
    _check_lines(ctx, amount_minor, lines)
    member = session.get(Member, member_id)
    if member is None or member.erased_at is not None:
        raise DomainError("member_gone", "This member no longer exists.")
    if ctx.program.expiry.kind != "never":
        expire_member(session, ctx, member)
    ctx.program.check_redemption(member.balance, amount_minor, redeem_points)
    today = ctx.today()
    tier_before = tiers.refresh(session, ctx, member, "review")  # a due review first
    tier = ctx.program.tier_by_key(member.tier_key)
    earning = ctx.program.earn(tier, amount_minor, redeem_points, today, lines, ctx.lang)
    now = ctx.clock()
    first_purchase = member.visits == 0
    values = dict(id=purchase_id, member_id=member.id, amount_minor=amount_minor,
                  currency=ctx.program.currency, points_redeemed=redeem_points,
                  points_earned=earning.total, till_id=ctx.till_id, cashier=ctx.cashier,
                  receipt_number=receipt_number.strip(),
                  program_version_id=ctx.program_version_id, status="completed",
                  created_at=now, tier_key=member.tier_key)
    # Written now: a referral bonus below may flush ORM rows that point at it.
    session.connection().execute(purchases.insert(), values)
    purchase = SimpleNamespace(**values)
    rollups.note_purchase(session, ctx, purchase, member)
    batch = Batch()
    for line in lines:
        batch.add(PurchaseLine, id=uuid.uuid4(), purchase_id=purchase.id,
                  category=line.category, quantity=line.quantity,
                  amount_minor=line.amount_minor)
    if redeem_points:
        post(session, ctx, member, "redeem", -redeem_points, purchase_id=purchase.id,
             batch=batch)
    # The base and every campaign bonus are rows of their own (each is explained), but
    # one lot: they were earned together and expire together.
    before, first_row = member.balance, None
    if earning.base:
        first_row = post(session, ctx, member, "earn", earning.base, qualifying=earning.base,
                         purchase_id=purchase.id, lot=False, batch=batch)
    bonuses = []
    for bonus in earning.bonuses:
        row = post(session, ctx, member, "campaign", bonus.points, qualifying=bonus.points,
                   purchase_id=purchase.id, ref=bonus.key, reason=bonus.name, lot=False,
                   batch=batch)
        first_row = first_row or row
        bonuses.append(BonusLine("campaign", bonus.key, bonus.name, bonus.points))
    if first_row is not None:
        grant_lot(session, ctx, member, first_row.id, before, batch)
    bonuses += _birthday_bonus(session, ctx, member, purchase.id, today, batch)
    if first_purchase:
        bonuses += _referral_bonus(session, ctx, member, purchase.id)
    rewards, stamps = _stamps(session, ctx, member, purchase, lines, batch)
    batch.write(session)  # before the tier: a windowed tier sums this sale's rows
    member.visits += 1
    member.last_visit_at = now
    member.updated_at = now
    tiers.refresh(session, ctx, member, "purchase", purchase.id)
    return _result(session, ctx, member, purchase, tier_before, duplicate=False, rewards=rewards,
                   bonuses=bonuses, stamps=stamps)


def _check_lines(ctx: ServiceContext, amount_minor: int, lines: tuple[Line, ...]) -> None:
    known = {c.key for c in ctx.program.categories}
    for line in lines:
        if line.category not in known:
            raise DomainError("category_unknown", "There is no such category.", field="lines")
        if line.amount_minor < 0 or line.quantity < 0:
            raise DomainError("amount_negative", "The amount cannot be negative.", field="lines")
        if line.quantity > MAX_LINE_QUANTITY:
            raise DomainError("quantity_too_large", "At most 999 items in one line.",
                              field="lines",
                              category=ctx.program.category_name(line.category, ctx.lang))
    if sum(line.amount_minor for line in lines) > amount_minor:
        raise DomainError("lines_over_total", "The lines add up to more than the purchase.",
                          field="lines")


def _birthday_bonus(session: Session, ctx: ServiceContext, member: Member,
                    purchase_id: uuid.UUID, today: date, batch: Batch) -> list[BonusLine]:
    """Once a year, with a purchase in the birthday week (app.domain.birthdays). A birthday set or changed in
    the last 30 days does not count: the bonus is not for editing the form."""
    if not in_birthday_week(member.birthday, today):
        return []
    points = birthday_bonus_due(session, ctx, member)
    if not points:
        return []
    post(session, ctx, member, "birthday", points, purchase_id=purchase_id,
         ref=str(today.year), reason="birthday bonus", batch=batch)
    return [BonusLine("birthday", str(today.year), "birthday bonus", points)]


def birthday_bonus_due(session: Session, ctx: ServiceContext, member: Member) -> int:
    """The birthday bonus a purchase this week would add (0: none due), the week itself
    being the caller's check."""
    points = ctx.program.actions.get("birthday", 0)
    changed = member.birthday_changed_at
    if not points or (changed is not None
                      and ctx.clock() - changed < timedelta(days=BIRTHDAY_CHANGE_GUARD_DAYS)):
        return 0
    given = session.scalar(select(func.count()).select_from(LedgerEntry).where(
        LedgerEntry.member_id == member.id, LedgerEntry.kind == "birthday",
        LedgerEntry.created_at >= ctx.clock() - timedelta(days=300)))
    return 0 if given else points


def _referral_bonus(session: Session, ctx: ServiceContext, friend: Member,
                    purchase_id: uuid.UUID) -> list[BonusLine]:
    """Both the friend and the referrer get points when the friend first buys; once."""
    if friend.referred_by_id is None or friend.referral_rewarded:
        return []
    referrer = session.get(Member, friend.referred_by_id)
    friend.referral_rewarded = True
    a = ctx.program.actions
    if a.get("referral_friend"):
        post(session, ctx, friend, "referral", a["referral_friend"],
             qualifying=a["referral_friend"], purchase_id=purchase_id,
             ref=friend.referred_by_id.hex, reason="referral: joined through a friend")
    if referrer is not None and referrer.erased_at is None and a.get("referral_referrer"):
        post(session, ctx, referrer, "referral", a["referral_referrer"],
             qualifying=a["referral_referrer"], purchase_id=purchase_id,
             ref=friend.id.hex, reason="referral: a friend made a first purchase")
        tiers.refresh(session, ctx, referrer, "referral")
    points = a.get("referral_friend", 0)
    reason = "referral: joined through a friend"
    return [BonusLine("referral", friend.referred_by_id.hex, reason, points)] if points else []


def stamp_counts(session: Session, member_id: uuid.UUID) -> dict[str, int]:
    """Stamps held per card, read straight from the table: callers add stamps only
    after reading, so the read need not flush the member's pending changes first (one
    UPDATE per sale, not two)."""
    stamps = Stamp.__table__
    rows = session.connection().execute(
        select(stamps.c.card_key, func.sum(stamps.c.stamps))
        .where(stamps.c.member_id == member_id).group_by(stamps.c.card_key))
    return {key: int(total or 0) for key, total in rows}


def stamp_progress(session: Session, ctx: ServiceContext, member_id: uuid.UUID
                   ) -> list[StampProgress]:
    counts = stamp_counts(session, member_id)
    return [StampProgress(card.key, card.name(ctx.lang), counts.get(card.key, 0), card.stamps,
                          card.reward_text(ctx.lang))
            for card in ctx.program.stamp_cards]


def _stamps(session: Session, ctx: ServiceContext, member: Member, purchase: SimpleNamespace,
            lines: tuple[Line, ...], batch: Batch) -> tuple[list[str], list[StampProgress]]:
    """Add the purchase's stamps; every full set becomes a reward to hand over.
    Returns the rewards issued and each card's progress after the sale."""
    if not ctx.program.stamp_cards:
        return [], []
    counts = stamp_counts(session, member.id)
    rewards = []
    now = ctx.clock()
    for card in ctx.program.stamp_cards:
        added = ctx.program.stamps_for(card, lines)
        if added <= 0:
            continue
        batch.add(Stamp, id=uuid.uuid4(), member_id=member.id, card_key=card.key,
                  stamps=added, kind="purchase", purchase_id=purchase.id,
                  created_at=now, cashier=ctx.cashier, till_id=ctx.till_id)
        have = counts.get(card.key, 0) + added
        while have >= card.stamps:
            have -= card.stamps
            batch.add(Stamp, id=uuid.uuid4(), member_id=member.id, card_key=card.key,
                      stamps=-card.stamps, kind="completed", purchase_id=purchase.id,
                      created_at=now, cashier=ctx.cashier, till_id=ctx.till_id)
            text = card.reward_text(ctx.lang)
            batch.add(Reward, id=uuid.uuid4(), member_id=member.id, kind="stamp_card",
                      ref=card.key, text=text, purchase_id=purchase.id, issued_at=now,
                      given_at=None, cashier=ctx.cashier)
            rewards.append(text)
        counts[card.key] = have
    progress = [StampProgress(card.key, card.name(ctx.lang), counts.get(card.key, 0),
                              card.stamps, card.reward_text(ctx.lang))
                for card in ctx.program.stamp_cards]
    return rewards, progress
