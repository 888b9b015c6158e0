"""The one-off bonuses a purchase can bring: the birthday week's (once a year) and the
referral's (a friend's first purchase rewards both the friend and who brought them)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member
from app.domain.birthdays import in_birthday_week
from app.services import tiers
from app.services.context import ServiceContext
from app.services.dto import BonusLine
from app.services.ledger import Batch, locked_member, post

BIRTHDAY_CHANGE_GUARD_DAYS = 30


def birthday_bonus(session: Session, ctx: ServiceContext, member: Member,
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


def referral_bonus(session: Session, ctx: ServiceContext, friend: Member,
                   purchase_id: uuid.UUID) -> list[BonusLine]:
    """Both the friend and the referrer get points when the friend first buys; once."""
    if friend.referred_by_id is None or friend.referral_rewarded:
        return []
    referrer = locked_member(session, friend.referred_by_id)  # its balance changes too
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
