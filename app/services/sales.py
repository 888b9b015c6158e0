"""Purchases: earning with campaigns, redemption, and the bonuses and stamps that fall
due with a purchase (purchase_bonuses.py, stamps.py), recorded in one transaction that
hands back the member as they now stand. Refunds, whole or in part, are in refunds.py.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member, Purchase, PurchaseLine
from app.domain.customer_words import balance_line, new_status_line
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.greeting import MemberFacts, thank_you_line
from app.domain.languages import speech_language
from app.domain.money import check_amount
from app.domain.program import Earning, Line
from app.services import giving, purchase_bonuses, rollups, tiers
from app.services import member_view as till_view
from app.services.common import alive
from app.services.context import ServiceContext
from app.services.dto import BonusLine, PurchaseResult, StampProgress
from app.services.ledger import Batch, expire_member, grant_lot, locked_member, post
from app.services.stamps import stamp_progress, stamp_sale

MAX_RECEIPT_NUMBER = 40  # the column's width
MAX_LINE_QUANTITY = 999


def record_purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                    member_id: uuid.UUID, amount_minor: int, redeem_points: int = 0,
                    receipt_number: str = "", lines: tuple[Line, ...] = (),
                    verification: Verification | None = None,
                    member_view: bool = True) -> PurchaseResult:
    """Record a purchase once per ``purchase_id``: a repeated submit returns the first result.
    ``verification``: how the member was recognised; needed to pay with points.
    ``member_view=False``: no member in the result (the outbox's sender shows nobody;
    reading the view was half of each sent sale's time).

    The result carries the member as they stand after the sale (``member_view.view``), read
    in the same transaction: the till shows it without asking again.

    The sale's append-only rows (the purchase, its lines, ledger rows, lots, stamps,
    rewards) go into one ``Batch``, written together just before the tier is worked
    out. None of the reads in between needs them, and the ORM's per-object work on them
    was most of a busy sale's time."""
    giving.check_spending(session, ctx, member_id, redeem_points, verification)
    # Locked before asking whether the purchase is recorded: a till that loses the race
    # for the same purchase id waits here, then finds the winner's row and its answer.
    # Held here: the session keeps loaded rows only while something refers to them, and
    # a member let go would be read again by the next get.
    member = locked_member(session, member_id)
    with session.no_autoflush:
        result, member_id = (_repeated(session, ctx, purchase_id)
                             or _record(session, ctx, purchase_id, member, amount_minor,
                                        redeem_points, receipt_number, tuple(lines)))
    if not member_view:
        return result
    # The stamps the sale counted are the member's now: not read again.
    stamps = None if result.duplicate else result.stamps
    return replace(result, member=till_view.view(session, ctx, member_id, stamps=stamps))


def _repeated(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID
              ) -> tuple[PurchaseResult, uuid.UUID] | None:
    """The first result of a purchase submitted again (a double Enter, a retry), read
    back from the ledger; None for a new one."""
    purchases = Purchase.__table__
    if session.connection().execute(select(purchases.c.id).where(
            purchases.c.id == purchase_id)).first() is None:
        return None
    existing = session.get(Purchase, purchase_id)
    member = session.get(Member, existing.member_id)
    return _result(session, ctx, member, existing, member.tier_key, duplicate=True), member.id


def _record(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
            member: Member | None, amount_minor: int, redeem_points: int,
            receipt_number: str, lines: tuple[Line, ...]) -> tuple[PurchaseResult, uuid.UUID]:
    lines = checked_input(ctx, amount_minor, redeem_points, receipt_number, lines)
    alive(member)
    if ctx.program.expiry.kind != "never":
        # The hourly job may not have run since midnight: an expired point is never spent.
        expire_member(session, ctx, member)
    ctx.program.check_redemption(member.balance, amount_minor, redeem_points)
    today = ctx.today()
    tier_before = tiers.refresh(session, ctx, member, "review")  # a due review first
    earning = ctx.program.earn(ctx.program.tier_by_key(member.tier_key), amount_minor,
                               redeem_points, today, lines, ctx.lang)
    first_purchase = member.visits == 0
    batch = Batch()
    purchase = _add_purchase(session, ctx, batch, purchase_id, member, amount_minor,
                             redeem_points, receipt_number, earning.total)
    _add_lines(batch, purchase, lines)
    bonuses = _post_points(session, ctx, member, purchase, earning, redeem_points, batch)
    bonuses += purchase_bonuses.birthday_bonus(session, ctx, member, purchase.id, today, batch)
    if first_purchase:
        batch.write(session)  # the referral's rows go through the ORM and point at it
        bonuses += purchase_bonuses.referral_bonus(session, ctx, member, purchase.id)
    rewards, stamps = stamp_sale(session, ctx, member, purchase, lines, batch)
    batch.write(session)  # before the tier: a windowed tier sums this sale's rows
    member.visits += 1
    member.last_visit_at = member.updated_at = purchase.created_at
    tiers.refresh(session, ctx, member, "purchase", purchase.id)
    return _result(session, ctx, member, purchase, tier_before, duplicate=False, rewards=rewards,
                   bonuses=bonuses, stamps=stamps), member.id


def checked_input(ctx: ServiceContext, amount_minor: int, redeem_points: int,
                  receipt_number: str, lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Everything stored is checked first: a number past what the database holds is
    refused in words here, never an OverflowError from the driver. Returns the lines
    that say something (an empty row of the form is no line). The outbox checks an
    offline sale with it too, so the server never refuses what the till took."""
    check_amount(amount_minor)
    if not isinstance(redeem_points, int) or isinstance(redeem_points, bool):
        raise DomainError("points_invalid", "Enter whole points, e.g. 150.", field="redeem")
    if len((receipt_number or "").strip()) > MAX_RECEIPT_NUMBER:
        raise DomainError("receipt_too_long", "A receipt number has at most 40 characters.",
                          field="receipt")
    lines = tuple(line for line in lines if line.amount_minor or line.quantity)
    _check_lines(ctx, amount_minor, lines)
    return lines


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


def _add_purchase(session: Session, ctx: ServiceContext, batch: Batch, purchase_id: uuid.UUID,
                  member: Member, amount_minor: int, redeem_points: int,
                  receipt_number: str, points_earned: int) -> SimpleNamespace:
    """The purchase row, first in the sale's batch (its rows point at it)."""
    purchase = batch.add(Purchase, id=purchase_id, member_id=member.id,
                         amount_minor=amount_minor, currency=ctx.program.currency,
                         points_redeemed=redeem_points, points_earned=points_earned,
                         till_id=ctx.till_id, cashier=ctx.cashier,
                         receipt_number=receipt_number.strip(),
                         program_version_id=ctx.program_version_id, status="completed",
                         created_at=ctx.clock(), tier_key=member.tier_key)
    rollups.note_purchase(session, ctx, purchase, member)
    return purchase


def _add_lines(batch: Batch, purchase: SimpleNamespace, lines: tuple[Line, ...]) -> None:
    for line in lines:
        batch.add(PurchaseLine, id=uuid.uuid4(), purchase_id=purchase.id,
                  category=line.category, quantity=line.quantity,
                  amount_minor=line.amount_minor)


def _post_points(session: Session, ctx: ServiceContext, member: Member,
                 purchase: SimpleNamespace, earning: Earning, redeem_points: int,
                 batch: Batch) -> list[BonusLine]:
    """The points spent, then the base and every campaign bonus: rows of their own
    (each is explained), but one lot, as they were earned together and expire together.
    Returns the campaign bonuses to show."""
    if redeem_points:
        post(session, ctx, member, "redeem", -redeem_points, purchase_id=purchase.id,
             batch=batch)
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
    return bonuses


def _facts(member: Member) -> MemberFacts:
    return MemberFacts(member.first_name, member.patronymic, member.last_name,
                       member.address_as, member.birthday, member.visits,
                       member.last_visit_at, member.qualifying_points)


def _bonus_lines(session: Session, purchase: Purchase) -> list[BonusLine]:
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
        bonuses = _bonus_lines(session, purchase)
    if stamps is None:
        stamps = stamp_progress(session, ctx, member.id)
    speak = speech_language(member.language, ctx.lang)  # the customer's words, theirs
    return PurchaseResult(purchase.id, purchase.points_earned, purchase.points_redeemed,
                          member.balance, tier_before, member.tier_key, tier.name(ctx.lang),
                          duplicate, thank_you_line(_facts(member), speak),
                          bonuses, stamps, rewards or [],
                          customer_balance=balance_line(member.balance, speak),
                          new_status=new_status_line(tier.name(speak), speak))
