"""Purchases, redemption within a purchase, and refunds.

Refund policy: a refund appends reversal rows; it never edits history. The points
the purchase earned are taken back and the points it redeemed are returned. If the
member has already spent the earned points, the balance may go below zero: the shop
is owed those points, nothing more can be redeemed until the balance is positive
again, and the next purchases pay the debt first. Qualifying points are taken back
too, so a tier reached only through the refunded purchase is lost again.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.db.models import Member, Purchase
from app.domain.errors import DomainError
from app.domain.greeting import MemberFacts, thank_you_line
from app.services.context import ServiceContext
from app.services.dto import PurchaseResult, RefundResult
from app.services.ledger import post


def _result(ctx: ServiceContext, member: Member, purchase: Purchase, tier_before: str,
            duplicate: bool) -> PurchaseResult:
    facts = MemberFacts(member.first_name, member.patronymic, member.last_name,
                        member.address_as, member.birthday, member.visits,
                        member.last_visit_at, member.qualifying_points)
    tier = ctx.program.tier_by_key(member.tier_key)
    return PurchaseResult(purchase.id, purchase.points_earned, purchase.points_redeemed,
                          member.balance, tier_before, member.tier_key, tier.name(ctx.lang),
                          duplicate, thank_you_line(facts, ctx.lang))


def record_purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                    member_id: uuid.UUID, amount_minor: int, redeem_points: int = 0,
                    receipt_number: str = "") -> PurchaseResult:
    """Record a purchase once per ``purchase_id``: a repeated submit returns the first result."""
    existing = session.get(Purchase, purchase_id)
    if existing is not None:
        member = session.get(Member, existing.member_id)
        return _result(ctx, member, existing, member.tier_key, duplicate=True)
    if not isinstance(amount_minor, int) or amount_minor <= 0:
        raise DomainError("amount_zero", "The amount must be more than zero.", field="amount")
    member = session.get(Member, member_id)
    if member is None:
        raise DomainError("member_not_found", "This member no longer exists.")
    ctx.program.check_redemption(member.balance, amount_minor, redeem_points)
    tier_before = member.tier_key
    earned = ctx.program.earned_points(ctx.program.tier_by_key(member.tier_key), amount_minor,
                                       redeem_points)
    now = ctx.clock()
    purchase = Purchase(id=purchase_id, member_id=member.id, amount_minor=amount_minor,
                        currency=ctx.program.currency, points_redeemed=redeem_points,
                        points_earned=earned, till_id=ctx.till_id, cashier=ctx.cashier,
                        receipt_number=receipt_number.strip(),
                        program_version_id=ctx.program_version_id, status="completed",
                        created_at=now)
    session.add(purchase)
    session.flush()
    if redeem_points:
        post(session, ctx, member, "redeem", -redeem_points, purchase_id=purchase.id)
    if earned:
        post(session, ctx, member, "earn", earned, qualifying=earned, purchase_id=purchase.id)
    member.visits += 1
    member.last_visit_at = now
    member.updated_at = now
    return _result(ctx, member, purchase, tier_before, duplicate=False)


def refund_purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID,
                    reason: str = "") -> RefundResult:
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise DomainError("purchase_not_found", "No such purchase.")
    member = session.get(Member, purchase.member_id)
    if purchase.status == "refunded":
        return RefundResult(purchase.id, 0, 0, member.balance, already_refunded=True)
    if purchase.points_earned:
        post(session, ctx, member, "reversal", -purchase.points_earned,
             qualifying=-purchase.points_earned, purchase_id=purchase.id,
             reason=reason or "refund: earned points taken back")
    if purchase.points_redeemed:
        post(session, ctx, member, "reversal", purchase.points_redeemed,
             purchase_id=purchase.id, reason=reason or "refund: redeemed points returned")
    purchase.status = "refunded"
    member.updated_at = ctx.clock()
    return RefundResult(purchase.id, purchase.points_earned, purchase.points_redeemed,
                        member.balance, already_refunded=False)
