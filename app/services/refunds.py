"""Refunds, whole or in part, and finding the purchase to refund.

A refund appends rows; it never edits history. Each refund is a row of ``refund``
(once per client-generated id: a repeated request returns the first result) and the
points it moves are ``reversal`` ledger rows carrying its id in ``ref``: the share of
the earned points its money takes back (first from the lots that purchase granted)
and the share of the redeemed points it returns, as app/domain/refunds.py rules. If
the member has already spent the earned points, the balance may go below zero: the
shop is owed those points, nothing more can be redeemed until the balance is
positive again, and the next points earned pay the debt first. Qualifying points
follow the earned ones, so a tier reached with the refunded points is lost (unless
the points left still reach it). The stamps follow likewise; a reward already issued
stays issued. Birthday and referral bonuses stay: they were given for the visit and
the friend.

How much of a purchase was refunded (``purchase.refunded_minor``) is shared state:
two tills may refund parts of one purchase at once. It is raised by one UPDATE that
refuses to pass the purchase's amount, and the refund's share is worked out from
the value that UPDATE left, so two refunds can never both take the last part.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member, Purchase, Refund, Stamp
from app.domain import refunds as rules
from app.domain.errors import DomainError
from app.domain.names import full_name
from app.services import audit, rollups, tiers
from app.services.context import ServiceContext
from app.services.dto import PurchaseRow, RefundResult, RefundRow
from app.services.ledger import locked_member, post
from app.services.stamps import stamp_counts

FIND_LIMIT = 50
EARNED_KINDS = ("earn", "campaign")


def refund(session: Session, ctx: ServiceContext, refund_id: uuid.UUID,
           purchase_id: uuid.UUID, reason: str, amount_minor: int | None = None
           ) -> RefundResult:
    """Refund ``amount_minor`` of a purchase (None: all that is left), once per
    ``refund_id``. The reason is required; it goes to the ledger and the refund row, which an erasure
    redacts (the audit trail only records that one was given)."""
    done = session.get(Refund, refund_id)
    if done is not None:
        if done.purchase_id != purchase_id:
            raise DomainError("refund_id_reused", "This refund was recorded for another "
                              "purchase.")
        return _result(session, ctx, done, duplicate=True)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("reason_required", "Give the reason.", field="reason")
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise DomainError("purchase_not_found", "No such purchase.")
    paid, before = purchase.amount_minor, purchase.refunded_minor
    amount = paid - before if amount_minor is None else amount_minor
    rules.check_amount(amount, paid, before, purchase.currency)
    before = _claim(session, purchase, amount)
    member = locked_member(session, purchase.member_id)
    earned_rows = list(session.scalars(select(LedgerEntry).where(
        LedgerEntry.purchase_id == purchase.id, LedgerEntry.member_id == member.id,
        LedgerEntry.kind.in_(EARNED_KINDS))))
    given = _stamps_given(session, purchase.id)
    part = rules.share(paid, before, amount, sum(r.points for r in earned_rows),
                       sum(r.qualifying for r in earned_rows), purchase.points_redeemed,
                       sum(given.values()), purchase.currency)
    _reverse_points(session, ctx, member, purchase, part, earned_rows, refund_id.hex, reason)
    stamps = _take_stamps(session, ctx, member, purchase, given, part.stamps_back)
    rollups.note_refund(session, ctx, purchase, amount, whole=before + amount == paid)
    member.updated_at = ctx.clock()
    if part.qualifying_back:
        tiers.undo_upgrade_by(session, ctx, member, purchase)
    tiers.refresh(session, ctx, member, "refund", purchase.id)
    row = Refund(id=refund_id, purchase_id=purchase.id, member_id=member.id,
                 amount_minor=amount, currency=purchase.currency,
                 points_taken_back=part.earned_back,
                 qualifying_taken_back=part.qualifying_back,
                 points_returned=part.redeemed_back, stamps_taken_back=stamps,
                 reason=reason[:200], created_at=ctx.clock(), till_id=ctx.till_id,
                 cashier=ctx.cashier)
    session.add(row)
    _audit(session, ctx, row, refunded=before + amount, paid=paid)
    return _result(session, ctx, row, duplicate=False, purchase=purchase, member=member)


def _reverse_points(session: Session, ctx: ServiceContext, member: Member, purchase: Purchase,
                    part, earned_rows: list[LedgerEntry], ref: str, reason: str) -> None:
    """Take back the refunded share of the points earned (from the lots they made, first)
    and return the share of the points redeemed: reversal rows, never edits."""
    if part.earned_back or part.qualifying_back:
        post(session, ctx, member, "reversal", -part.earned_back,
             qualifying=-part.qualifying_back, purchase_id=purchase.id, ref=ref,
             reason=reason, spend_first=tuple(row.id for row in earned_rows))
    if part.redeemed_back:
        post(session, ctx, member, "reversal", part.redeemed_back, purchase_id=purchase.id,
             ref=ref, reason=reason)


def _audit(session: Session, ctx: ServiceContext, row: Refund, refunded: int, paid: int) -> None:
    """The audit trail records that a reason was given, not the reason (erasure redacts it)."""
    audit.record(session, ctx, "refund", row.purchase_id.hex, refund=row.id.hex,
                 amount_minor=row.amount_minor, refunded_minor=refunded, paid_minor=paid,
                 reason_given=True, points_taken_back=row.points_taken_back,
                 points_returned=row.points_returned)


def _claim(session: Session, purchase: Purchase, amount: int) -> int:
    """Add ``amount`` to what is refunded of the purchase, atomically and never past
    its amount (another till may be refunding it too). Returns what was refunded
    before this refund, as the UPDATE found it."""
    p = Purchase.__table__
    new_total = p.c.refunded_minor + amount
    claimed = session.execute(
        update(p).where(p.c.id == purchase.id, new_total <= p.c.amount_minor)
        .values(refunded_minor=new_total,
                status=case((new_total == p.c.amount_minor, "refunded"), else_=p.c.status)))
    session.refresh(purchase)  # what the UPDATE left, not what was read before it
    if claimed.rowcount != 1:
        # Another till refunded part of it since it was read: say what is left now.
        rules.check_amount(amount, purchase.amount_minor, purchase.refunded_minor,
                           purchase.currency)
        raise DomainError("storage_busy", "The purchase changed at another till.")
    return purchase.refunded_minor - amount


def _stamps_given(session: Session, purchase_id: uuid.UUID) -> dict[str, int]:
    rows = session.execute(select(Stamp.card_key, func.sum(Stamp.stamps))
                           .where(Stamp.purchase_id == purchase_id, Stamp.kind == "purchase")
                           .group_by(Stamp.card_key))
    return {key: int(n or 0) for key, n in rows}


def _take_stamps(session: Session, ctx: ServiceContext, member: Member, purchase: Purchase,
                 given: dict[str, int], due: int) -> int:
    """Take back up to ``due`` of the stamps the purchase gave, card by card, never more
    than the member holds on a card (a full set became a reward, which stays)."""
    if due <= 0:
        return 0
    taken_before = dict(session.execute(
        select(Stamp.card_key, -func.sum(Stamp.stamps))
        .where(Stamp.purchase_id == purchase.id, Stamp.kind == "refund")
        .group_by(Stamp.card_key)).all())
    held = stamp_counts(session, member.id)
    taken = 0
    for key in sorted(given):
        back = min(due - taken, given[key] - int(taken_before.get(key) or 0), held.get(key, 0))
        if back > 0:
            session.add(Stamp(id=uuid.uuid4(), member_id=member.id, card_key=key, stamps=-back,
                              kind="refund", purchase_id=purchase.id, created_at=ctx.clock(),
                              cashier=ctx.cashier, till_id=ctx.till_id))
            taken += back
    return taken


def _result(session: Session, ctx: ServiceContext, row: Refund, duplicate: bool,
            purchase: Purchase | None = None, member: Member | None = None) -> RefundResult:
    purchase = purchase or session.get(Purchase, row.purchase_id)
    member = member or session.get(Member, row.member_id)
    return RefundResult(purchase.id, row.points_taken_back, row.points_returned,
                        member.balance, already_refunded=False, refund_id=row.id,
                        amount_minor=row.amount_minor, refunded_minor=purchase.refunded_minor,
                        paid_minor=purchase.amount_minor, currency=purchase.currency,
                        duplicate=duplicate, tier_after=member.tier_key)


# ---- finding the purchase --------------------------------------------------------------


def find_purchases(session: Session, ctx: ServiceContext, member_id: uuid.UUID | None = None,
                   receipt_number: str = "", day: date | None = None,
                   limit: int = FIND_LIMIT) -> list[PurchaseRow]:
    """Purchases newest first: the member's visits, those with the register's receipt
    number, those of a local day, or any of these together."""
    stmt = (select(Purchase, Member).join(Member, Member.id == Purchase.member_id)
            .order_by(Purchase.created_at.desc(), Purchase.id).limit(limit))
    if member_id is not None:
        stmt = stmt.where(Purchase.member_id == member_id)
    receipt_number = (receipt_number or "").strip()
    if receipt_number:
        stmt = stmt.where(Purchase.receipt_number == receipt_number)
    if day is not None:
        stmt = stmt.where(Purchase.created_at >= ctx.utc_start_of(day),
                          Purchase.created_at < ctx.utc_start_of(day + timedelta(days=1)))
    return [_row(p, m) for p, m in session.execute(stmt)]


def _row(p: Purchase, m: Member) -> PurchaseRow:
    name = "—" if m.erased_at is not None else full_name(m.first_name, m.patronymic,
                                                          m.last_name)
    return PurchaseRow(p.id, p.created_at, m.id, name, m.card_number or "", p.amount_minor,
                       p.refunded_minor, p.currency, p.points_earned, p.points_redeemed,
                       p.receipt_number, p.cashier, p.status)


def purchase(session: Session, ctx: ServiceContext, purchase_id: uuid.UUID) -> PurchaseRow:
    found = session.execute(select(Purchase, Member).join(Member, Member.id == Purchase.member_id)
                            .where(Purchase.id == purchase_id)).first()
    if found is None:
        raise DomainError("purchase_not_found", "No such purchase.")
    return _row(*found)


def refunds_of(session: Session, purchase_id: uuid.UUID) -> list[RefundRow]:
    return [RefundRow(r.id, r.created_at, r.amount_minor, r.points_taken_back,
                      r.points_returned, r.reason, r.cashier)
            for r in session.scalars(select(Refund).where(Refund.purchase_id == purchase_id)
                                     .order_by(Refund.created_at, Refund.id))]


def mismatches(session: Session) -> list[str]:
    """Purchases whose refunded amount is not the sum of their refund rows, passes their
    amount, or disagrees with their status (for ``regulars check``)."""
    sums = (select(Refund.purchase_id, func.sum(Refund.amount_minor).label("r"))
            .group_by(Refund.purchase_id).subquery())
    refunded = func.coalesce(sums.c.r, 0)
    whole = Purchase.refunded_minor == Purchase.amount_minor
    rows = session.execute(
        select(Purchase.id, Purchase.amount_minor, Purchase.refunded_minor, Purchase.status,
               refunded)
        .outerjoin(sums, sums.c.purchase_id == Purchase.id)
        .where((Purchase.refunded_minor != refunded)
               | (Purchase.refunded_minor > Purchase.amount_minor)
               | (Purchase.refunded_minor < 0)
               | ((Purchase.status == "refunded") != whole)).limit(20))
    return [f"purchase {pid}: amount {amount}, refunded {kept} ({status}), refund rows {rows_sum}"
            for pid, amount, kept, status, rows_sum in rows]
