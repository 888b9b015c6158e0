"""The member as the till shows them: opened (their due expiry first) or as they stand
after a sale, with what the till says beside them (greeting, prompt, visits, expiry,
rewards, stamps, the customer display's lines)."""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.db import dialect
from app.db.models import Member, Purchase, Reward
from app.domain.greeting import MemberFacts, compose_greeting
from app.domain.languages import speech_language
from app.domain.lots import expiry_is_near
from app.domain.names import full_name
from app.domain.phones import format_phone
from app.domain.prompts import next_prompt, occasions_beside
from app.services import care, tiers
from app.services.common import found
from app.services.context import ServiceContext
from app.services.dto import MemberView, RewardReady, StampProgress, Visit
from app.services.ledger import OPEN_LOTS, expire_member, locked_member, soonest_expiry
from app.services.member_speech import customer_lines, prompt_facts
from app.services.stamps import STAMP_COUNTS, progress_of


def open_member(session: Session, ctx: ServiceContext, member_id: uuid.UUID) -> MemberView:
    """The member the till opens, in one transaction: their lots past the last day
    expire first (the hourly job may not have run since midnight), so the balance shown
    is the one a sale will find."""
    # Locked: a sale at another till may be expiring them too. Held here: the session
    # keeps loaded rows only while something refers to them.
    member = _get(session, member_id, lock=True)
    if ctx.program.expiry.kind != "never":
        expire_member(session, ctx, member)
    return view(session, ctx, member_id)


def view(session: Session, ctx: ServiceContext, member_id: uuid.UUID,
         stamps: list[StampProgress] | None = None) -> MemberView:
    """What the till shows. A tier review that fell due since the daily job last ran
    is applied first (the only write here), so the till never shows a stale tier.
    ``stamps``: the member's stamp cards as the caller just counted them (a sale), so
    they are not read again."""
    m = _get(session, member_id)
    program, lang = ctx.program, ctx.lang
    speak = speech_language(m.language, lang)  # the greeting is said in their language
    today = ctx.today()
    if m.tier_review_on is not None and today >= m.tier_review_on:
        tiers.refresh(session, ctx, m, "review")
    stand = tiers.standing(session, ctx, m)
    progress = program.progress(stand.qualifying, m.tier_key, today)
    facts = MemberFacts(m.first_name, m.patronymic, m.last_name, m.address_as, m.birthday,
                        m.visits, m.last_visit_at, stand.qualifying, m.tier_key)
    greeting = compose_greeting(facts, ctx.local(ctx.clock()), program, speak)
    referrer = session.get(Member, m.referred_by_id) if m.referred_by_id else None
    around = _around(session, m.id, stamps is None)
    visits, lots, ready, [(complaint_at,)], [(referrals,)] = around[:5]
    expiring = soonest_expiry(ctx, lots)
    if stamps is None:
        stamps = progress_of(ctx, around[5])
    prompt = next_prompt(prompt_facts(session, ctx, m, today, progress, expiring, stamps,
                                      [text for _, text, _ in ready], complaint_at,
                                      referrals), lang)
    return MemberView(
        m.id, m.first_name, m.patronymic or "", m.last_name or "", m.address_as or "",
        _name(m), m.phone_display or (format_phone(m.phone) if m.phone else ""),
        m.email or "", m.birthday,
        m.notes, m.card_number or "", m.balance, m.qualifying_points, progress.tier.key,
        progress.tier.name(lang), progress.tier.colour,
        progress.next_tier.name(lang) if progress.next_tier else None,
        progress.points_to_next, progress.fraction, m.visits, greeting.hello,
        [(o.kind, o.text) for o in occasions_beside(greeting.occasions, prompt)],
        greeting.thank_you,
        m.sms_opt_in, m.email_opt_in,
        [Visit(*row) for row in visits],
        tier_perks=progress.tier.perks_text(lang), window_qualifying=stand.qualifying,
        review_on=stand.review_on, keep_needed=stand.keep_needed,
        expiring_points=expiring[0] if expiring else 0,
        expiring_on=expiring[1] if expiring else None,
        expiry_near=bool(expiring) and expiry_is_near(expiring[0], expiring[1], today),
        stamps=stamps,
        rewards_ready=[RewardReady(*row) for row in ready],
        campaigns=[c.name(lang) for c in program.active_campaigns(today, m.tier_key)],
        referred_by=_name(referrer) if referrer else "",
        prompt_kind=prompt.kind if prompt else "", prompt=prompt.text if prompt else "",
        open_complaint=complaint_at is not None, language=m.language or "",
        customer=customer_lines(m.balance, progress, expiring, speak, today))


_purchases, _rewards, _members = Purchase.__table__, Reward.__table__, Member.__table__
_M = bindparam("member_id")
# What the till shows beside the member, read together (``_around``).
_LATEST_VISITS = (select(_purchases.c.id, _purchases.c.created_at, _purchases.c.amount_minor,
                         _purchases.c.currency, _purchases.c.points_earned,
                         _purchases.c.points_redeemed, _purchases.c.status,
                         _purchases.c.refunded_minor)  # a Visit's fields, in order
                  .where(_purchases.c.member_id == _M)
                  .order_by(_purchases.c.created_at.desc()).limit(5))
_REWARDS_READY = (select(_rewards.c.id, _rewards.c.text, _rewards.c.issued_at)  # RewardReady's
                  .where(_rewards.c.member_id == _M, _rewards.c.given_at.is_(None))
                  .order_by(_rewards.c.issued_at))
_REFERRALS = select(func.count()).select_from(_members).where(_members.c.referred_by_id == _M)


def _around(session: Session, member_id: uuid.UUID, with_stamps: bool) -> list[list[tuple]]:
    """The reads around the member the till shows, which do not depend on each other:
    the latest visits, the lots with points left, the rewards to hand over, the oldest
    complaint still open, how many joined through them (and the stamps held), asked in
    one round trip to a server. What the session holds unwritten is written first: the
    reads go past it."""
    session.flush()
    reads = [_LATEST_VISITS, OPEN_LOTS, _REWARDS_READY, care.OLDEST_OPEN_COMPLAINT, _REFERRALS]
    if with_stamps:
        reads.append(STAMP_COUNTS)
    connection = session.connection()
    params = {"member_id": member_id}
    return dialect.of(connection).read_together(connection, [(r, params) for r in reads])


def _name(m: Member) -> str:
    return full_name(m.first_name, m.patronymic, m.last_name)


def _get(session: Session, member_id: uuid.UUID, lock: bool = False) -> Member:
    return found(locked_member(session, member_id) if lock else session.get(Member, member_id))
