"""One-click rewards for help (survey, review), donations to a cause, and handing over
a reward that a full stamp card earned. Each is idempotent on its client id."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member, Reward
from app.domain.errors import DomainError
from app.domain.giving import check_donation
from app.domain.thanks import donation_thanks, help_thanks, reward_words
from app.services import giving, tiers
from app.services.common import live_member, spoken_language, spoken_name
from app.services.context import ServiceContext, StaffSession
from app.services.dto import ActionResult, CauseTotal
from app.services.ledger import expire_member, locked_member, post

HELP_ACTIONS = ("survey", "review")




def reward_help(session: Session, ctx: ServiceContext, action_id: uuid.UUID,
                member_id: uuid.UUID, kind: str,
                approver: StaffSession | None = None) -> ActionResult:
    """Points for a survey answered or a review left: once a day each, so a second
    click (or a second cashier) does not pay twice."""
    if kind not in HELP_ACTIONS:
        raise DomainError("action_unknown", "There is no such action.")
    locked_member(session, member_id)  # "once a day" is counted by one till at a time
    member = live_member(session, member_id)
    if session.get(LedgerEntry, action_id) is not None:
        return ActionResult(kind, 0, member.balance, True, "")
    points = ctx.program.actions.get(kind, 0)
    if points <= 0:
        raise DomainError("action_off", "The program gives no points for this.")
    since = ctx.utc_start_of(ctx.today())
    done = session.scalar(select(func.count()).select_from(LedgerEntry).where(
        LedgerEntry.member_id == member.id, LedgerEntry.kind == kind,
        LedgerEntry.created_at >= since))
    if done:
        raise DomainError("action_done_today", "Already rewarded today.")
    giving.authorise(session, ctx, member.id, kind, action_id.hex, 0, points, approver)
    post(session, ctx, member, kind, points, qualifying=points, entry_id=action_id,
         reason=f"{kind} bonus")
    tiers.refresh(session, ctx, member, kind)
    speak = spoken_language(member, ctx.lang)  # said to the member, in their language
    message = help_thanks(kind, spoken_name(member, speak), points, speak)
    return ActionResult(kind, points, member.balance, False, message)


def donate(session: Session, ctx: ServiceContext, action_id: uuid.UUID, member_id: uuid.UUID,
           cause_key: str, points: int) -> ActionResult:
    locked_member(session, member_id)  # two tills never both spend the same points
    member = live_member(session, member_id)
    if session.get(LedgerEntry, action_id) is not None:
        return ActionResult("donation", 0, member.balance, True, "")
    cause = ctx.program.cause(cause_key)
    if cause is None:
        raise DomainError("cause_unknown", "There is no such cause.", field="cause")
    if ctx.program.expiry.kind != "never":
        expire_member(session, ctx, member)
    check_donation(member.balance, points)
    post(session, ctx, member, "donation", -points, entry_id=action_id, ref=cause.key,
         reason=f"donation: {cause.name('en')}")
    speak = spoken_language(member, ctx.lang)
    message = donation_thanks(spoken_name(member, speak), points, cause.name(speak), speak)
    return ActionResult("donation", -points, member.balance, False, message)


def cause_totals(session: Session, ctx: ServiceContext) -> list[CauseTotal]:
    rows = {ref: (int(-(p or 0)), n, d) for ref, p, n, d in session.execute(
        select(LedgerEntry.ref, func.sum(LedgerEntry.points), func.count(),
               func.count(func.distinct(LedgerEntry.member_id)))
        .where(LedgerEntry.kind == "donation").group_by(LedgerEntry.ref))}
    keys = [c.key for c in ctx.program.causes] + sorted(set(rows) - {c.key for c in ctx.program.causes})
    out = []
    for key in keys:
        cause = ctx.program.cause(key)
        points, count, donors = rows.get(key, (0, 0, 0))
        out.append(CauseTotal(key, cause.name(ctx.lang) if cause else key, points, count, donors))
    return out


def give_reward(session: Session, ctx: ServiceContext, reward_id: uuid.UUID) -> ActionResult:
    """The cashier hands over what a full stamp card earned; recorded once."""
    reward = session.get(Reward, reward_id)
    if reward is None:
        raise DomainError("reward_not_found", "No such reward.")
    member = session.get(Member, reward.member_id)
    if reward.given_at is not None:
        return ActionResult("reward", 0, member.balance, True, "")
    reward.given_at = ctx.clock()
    reward.cashier = ctx.cashier or reward.cashier
    speak = spoken_language(member, ctx.lang)
    message = reward_words(spoken_name(member, speak, polite=True), reward.text, speak)
    return ActionResult("reward", 0, member.balance, False, message)


