"""Gifts said out loud, and service recovery: complaints and their compensation.

A gift is recorded with the words to say (from the owner's templates, by name, in
the till's language) and the cashier confirms it was said. A complaint is recorded
whole at the end of the conversation — facts apart from opinions, the reflecting
phrase chosen, the summary said back, the solution and the compensation — so a
half-told story is never saved.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.db.models import Complaint, Gift, Member, Purchase
from app.domain import gifts as gift_rules
from app.domain.errors import DomainError, ValidationErrors
from app.domain.money import amount_too_large
from app.domain.names import full_name
from app.domain.points_input import points_too_large
from app.services import giving, tiers
from app.services.common import live_member, spoken_language, spoken_name
from app.services.context import ServiceContext, StaffSession
from app.services.dto import ComplaintInput, ComplaintView, GiftInput, GiftReport, GiftResult
from app.services.ledger import post

COMPENSATIONS = ("none", "points", "gift", "discount")




def _check_gift(data: GiftInput, prefix: str = "") -> list[DomainError]:
    errors = []
    if not " ".join(data.what.split()):
        errors.append(DomainError("gift_what", "Say what the gift is.", field=prefix + "what"))
    if data.category not in gift_rules.CATEGORIES:
        errors.append(DomainError("program_choice", "Choose one of the options.",
                                  field=prefix + "category"))
    if data.reason not in gift_rules.REASONS:
        errors.append(DomainError("program_choice", "Choose one of the options.",
                                  field=prefix + "reason"))
    if not isinstance(data.value_minor, int) or data.value_minor < 0:
        errors.append(DomainError("amount_negative", "The amount cannot be negative.",
                                  field=prefix + "value"))
    if not isinstance(data.points, int) or data.points < 0:
        errors.append(DomainError("points_negative", "Points cannot be negative.",
                                  field=prefix + "points"))
    errors += [e for e in (amount_too_large(data.value_minor, prefix + "value"),
                           points_too_large(data.points, prefix + "points")) if e]
    return errors


def _add_gift(session: Session, ctx: ServiceContext, gift_id: uuid.UUID, member: Member,
              data: GiftInput, complaint_id: uuid.UUID | None = None,
              phrase_key: str | None = None) -> Gift:
    """Record the gift with the words to say: the owner's template ``phrase_key``, or
    the plain gift wording (with points, when it carries some)."""
    what = " ".join(data.what.split())
    speak = spoken_language(member, ctx.lang)  # said to the member, in their language
    name = spoken_name(member, speak, polite=True)
    key = phrase_key or ("gift_points" if data.points else "gift")
    phrase = gift_rules.compose(ctx.program.phrases, key, speak, name, what, data.points)
    gift = Gift(id=gift_id, member_id=member.id, what=what[:200], category=data.category,
                value_minor=data.value_minor, currency=ctx.program.currency, reason=data.reason,
                points=data.points, phrase=phrase, said_at=None, complaint_id=complaint_id,
                till_id=ctx.till_id, cashier=ctx.cashier, created_at=ctx.clock())
    session.add(gift)
    session.flush()
    if data.points:
        post(session, ctx, member, "gift", data.points, ref=gift_id.hex,
             reason=f"gift ({data.reason}): {what}")
        tiers.refresh(session, ctx, member, "gift")
    return gift


def give_gift(session: Session, ctx: ServiceContext, gift_id: uuid.UUID, member_id: uuid.UUID,
              data: GiftInput, approver: StaffSession | None = None) -> GiftResult:
    existing = session.get(Gift, gift_id)
    if existing is not None:
        member = session.get(Member, existing.member_id)
        return GiftResult(existing.id, existing.phrase, existing.points, member.balance, True)
    member = live_member(session, member_id)
    errors = _check_gift(data)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    giving.authorise(session, ctx, member.id, "gift", gift_id.hex, data.value_minor, data.points,
                     approver)
    gift = _add_gift(session, ctx, gift_id, member, data)
    return GiftResult(gift.id, gift.phrase, gift.points, member.balance, False)


def long_wait(session: Session, ctx: ServiceContext, gift_id: uuid.UUID,
              member_id: uuid.UUID, approver: StaffSession | None = None) -> GiftResult:
    """One click for the queue: the program's apology points, recorded as a gift."""
    existing = session.get(Gift, gift_id)
    if existing is not None:
        member = session.get(Member, existing.member_id)
        return GiftResult(existing.id, existing.phrase, existing.points, member.balance, True)
    member = live_member(session, member_id)
    points = ctx.program.actions.get("long_wait", 0)
    if points <= 0:
        raise DomainError("action_off", "The program gives no points for this.")
    since = ctx.utc_start_of(ctx.today())
    if session.scalar(select(func.count()).select_from(Gift).where(
            Gift.member_id == member.id, Gift.reason == "long_wait", Gift.created_at >= since)):
        raise DomainError("action_done_today", "Already rewarded today.")
    giving.authorise(session, ctx, member.id, "long_wait", gift_id.hex, 0, points, approver)
    gift = _add_gift(session, ctx, gift_id, member,
                     GiftInput("long wait", "points", "long_wait", 0, points),
                     phrase_key="long_wait")
    return GiftResult(gift.id, gift.phrase, points, member.balance, False)


def confirm_said(session: Session, ctx: ServiceContext, gift_id: uuid.UUID) -> None:
    gift = session.get(Gift, gift_id)
    if gift is None:
        raise DomainError("gift_not_found", "No such gift.")
    if gift.said_at is None:
        gift.said_at = ctx.clock()


def _check_complaint(data: ComplaintInput, member: Member | None) -> None:
    """Every problem of the complaint at once, each with its field."""
    errors = []
    if not data.facts.strip():
        errors.append(DomainError("complaint_facts", "Write down what happened.", field="facts"))
    if data.compensation not in COMPENSATIONS:
        errors.append(DomainError("program_choice", "Choose one of the options.",
                                  field="compensation"))
    if data.compensation == "points" and (not isinstance(data.points, int) or data.points <= 0):
        errors.append(DomainError("complaint_points", "Give at least one point.", field="points"))
    elif data.compensation == "points" and points_too_large(data.points):
        errors.append(points_too_large(data.points))
    if data.compensation == "discount" and not 1 <= data.discount_percent <= 100:
        errors.append(DomainError("complaint_discount", "A discount is from 1 to 100 %.",
                                  field="discount"))
    if data.compensation == "gift":
        errors += _check_gift(data.gift or GiftInput("", "", ""), "gift.")
    if data.compensation != "none" and member is None:
        errors.append(DomainError("complaint_member", "Open the member to compensate them.",
                                  field="compensation"))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def record_complaint(session: Session, ctx: ServiceContext, complaint_id: uuid.UUID,
                     member_id: uuid.UUID | None, data: ComplaintInput,
                     approver: StaffSession | None = None) -> ComplaintView:
    if session.get(Complaint, complaint_id) is not None:
        return complaint_view(session, ctx, complaint_id)
    member = live_member(session, member_id) if member_id is not None else None
    _check_complaint(data, member)
    if data.compensation != "none":
        gift = data.gift if data.compensation == "gift" else None
        giving.authorise(session, ctx, member.id, "complaint", complaint_id.hex,
                         gift.value_minor if gift else 0,
                         gift.points if gift else data.points if data.compensation == "points"
                         else 0, approver,
                         data.discount_percent if data.compensation == "discount" else 0)
    complaint = Complaint(id=complaint_id, member_id=member.id if member else None,
                          facts=data.facts.strip(), opinions=data.opinions.strip(),
                          reflection=data.reflection.strip(), summary=data.summary.strip(),
                          solution=data.solution.strip(), compensation=data.compensation,
                          points=data.points if data.compensation == "points" else 0,
                          discount_percent=data.discount_percent
                          if data.compensation == "discount" else 0,
                          status="open", follow_up="", till_id=ctx.till_id, cashier=ctx.cashier,
                          created_at=ctx.clock(), closed_at=None)
    session.add(complaint)
    session.flush()
    if data.compensation == "points":
        _add_gift(session, ctx, uuid.uuid4(), member,
                  GiftInput("apology points", "points", "complaint", 0, data.points),
                  complaint.id, phrase_key="apology")
    elif data.compensation == "gift":
        _add_gift(session, ctx, uuid.uuid4(), member, data.gift, complaint.id)
    return complaint_view(session, ctx, complaint.id)


def close_complaint(session: Session, ctx: ServiceContext, complaint_id: uuid.UUID,
                    follow_up: str) -> ComplaintView:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise DomainError("complaint_not_found", "No such complaint.")
    if not follow_up.strip():
        raise DomainError("complaint_follow_up", "Write how it was followed up.",
                          field="follow_up")
    complaint.follow_up = (complaint.follow_up + "\n" if complaint.follow_up else "") + \
        follow_up.strip()
    if complaint.status != "closed":
        complaint.status = "closed"
        complaint.closed_at = ctx.clock()
    return complaint_view(session, ctx, complaint.id)


def complaint_view(session: Session, ctx: ServiceContext, complaint_id: uuid.UUID) -> ComplaintView:
    c = session.get(Complaint, complaint_id)
    member = session.get(Member, c.member_id) if c.member_id else None
    gift = session.scalars(select(Gift).where(Gift.complaint_id == c.id)).first()
    return ComplaintView(c.id, c.member_id,
                         full_name(member.first_name, member.patronymic, member.last_name)
                         if member else "", c.created_at, c.facts, c.opinions, c.reflection,
                         c.summary, c.solution, c.compensation, c.points, c.discount_percent,
                         c.status, c.follow_up, c.cashier, gift.phrase if gift else "",
                         gift.id if gift else None)


def complaints(session: Session, ctx: ServiceContext, status: str | None = None,
               member_id: uuid.UUID | None = None, limit: int = 500) -> list[ComplaintView]:
    stmt = select(Complaint.id).order_by(Complaint.created_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(Complaint.status == status)
    if member_id:
        stmt = stmt.where(Complaint.member_id == member_id)
    return [complaint_view(session, ctx, cid) for cid in session.scalars(stmt)]


_complaints = Complaint.__table__
# When the member's oldest complaint still open was recorded (None: none open).
OLDEST_OPEN_COMPLAINT = select(func.min(_complaints.c.created_at)).where(
    _complaints.c.member_id == bindparam("member_id"), _complaints.c.status == "open")


def oldest_open_complaint_at(session: Session, member_id: uuid.UUID) -> datetime | None:
    """When the member's oldest complaint still open was recorded (None: none open)."""
    return session.scalar(OLDEST_OPEN_COMPLAINT, {"member_id": member_id})


def gift_report(session: Session, ctx: ServiceContext, start: datetime, end: datetime
                ) -> GiftReport:
    """Gifts in [start, end): count, cost, by reason and cashier, and whether gifted
    members came back within 30 and 90 days, against members who bought in the same
    period and got no gift (measured from their first purchase in it)."""
    gifts = list(session.execute(select(Gift.member_id, Gift.created_at, Gift.reason,
                                        Gift.cashier, Gift.value_minor, Gift.points,
                                        Gift.said_at)
                                 .where(Gift.created_at >= start, Gift.created_at < end)))
    by_reason: dict[str, tuple[int, int]] = {}
    by_cashier: dict[str, tuple[int, int]] = {}
    for _m, _at, reason, cashier, value, _p, _s in gifts:
        n, c = by_reason.get(reason, (0, 0))
        by_reason[reason] = (n + 1, c + value)
        n, c = by_cashier.get(cashier or "—", (0, 0))
        by_cashier[cashier or "—"] = (n + 1, c + value)
    now = ctx.clock()
    gifted_first = {}
    for member_id, at, *_ in gifts:
        gifted_first[member_id] = min(at, gifted_first.get(member_id, at))
    others_first = dict(session.execute(
        select(Purchase.member_id, func.min(Purchase.created_at))
        .where(Purchase.created_at >= start, Purchase.created_at < end)
        .group_by(Purchase.member_id)).all())
    for member_id in gifted_first:
        others_first.pop(member_id, None)

    def share(firsts: dict, days: int) -> float | None:
        window = timedelta(days=days)
        eligible = {m: at for m, at in firsts.items() if at + window <= now}
        if not eligible:
            return None
        back = 0
        for member_id, at in eligible.items():
            again = session.scalar(select(func.count()).select_from(Purchase).where(
                Purchase.member_id == member_id, Purchase.created_at > at,
                Purchase.created_at <= at + window))
            back += bool(again)
        return back / len(eligible)

    came_back = {days: (share(gifted_first, days), share(others_first, days)) for days in (30, 90)}
    return GiftReport(len(gifts), sum(g[4] for g in gifts), sum(g[5] for g in gifts),
                      sum(1 for g in gifts if g[6] is not None), by_reason, by_cashier, came_back)
