"""What the till says about and to the member it shows: the facts the cashier's prompt
is chosen from (in the till's language) and the customer display's lines (in the
member's own language, app.domain.languages)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.db.models import Member
from app.domain.birthdays import birthday_offset, in_birthday_week
from app.domain.customer_words import balance_line, expiry_line, to_next_line
from app.domain.lots import expiry_is_near
from app.domain.prompts import PromptFacts, StampFact
from app.services.context import ServiceContext
from app.services.dto import CustomerLines
from app.services.purchase_bonuses import birthday_bonus_due


def customer_lines(balance: int, progress, expiring, lang: str, today: date) -> CustomerLines:
    """The display's lines for a member with ``balance`` and tier ``progress``, in
    ``lang``; the expiry line only when it is worth a warning (as on the till)."""
    to_next = ""
    if progress.next_tier is not None:
        to_next = to_next_line(progress.points_to_next, progress.next_tier.name(lang), lang)
    expiry = ""
    if expiring and expiry_is_near(expiring[0], expiring[1], today):
        expiry = expiry_line(expiring[0], expiring[1], lang)
    return CustomerLines(lang, progress.tier.name(lang), balance_line(balance, lang), to_next,
                         expiry)


def prompt_facts(session: Session, ctx: ServiceContext, m: Member, today: date, progress,
                 expiring, stamps, ready, complaint_at, referrals: int) -> PromptFacts:
    """``ready``: the texts of the rewards to hand over; ``referrals``: how many members
    joined through this one."""
    program = ctx.program
    birthday_in = birthday_offset(m.birthday, today) if m.birthday else None
    bonus = 0
    if in_birthday_week(m.birthday, today):
        bonus = birthday_bonus_due(session, ctx, m)
    span = 0
    if progress.next_tier is not None:
        span = progress.next_tier.threshold - progress.tier.threshold
    last = m.last_visit_at
    return PromptFacts(
        today, m.visits, (ctx.clock() - last).days if last else None,
        program.long_absence_days, birthday_in, bonus, progress.points_to_next,
        progress.next_tier.name(ctx.lang) if progress.next_tier else None, span,
        expiring[0] if expiring else 0, expiring[1] if expiring else None,
        [StampFact(s.name, s.have, s.need, s.reward) for s in stamps],
        list(ready), referrals, complaint_at is not None,
        program.actions.get("referral_referrer", 0),
        complaint_on=ctx.local(complaint_at).date() if complaint_at is not None else None)
