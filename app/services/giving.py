"""Points are money: the checks made in the transaction that gives or spends them.

Every route that gives points by hand (gifts, complaint compensation, the long-wait
apology, survey and review points) calls ``authorise`` before writing the grant;
every route that spends them (paying with points, donating) calls ``check_spending``.
The rules themselves are in app/domain/giving.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.models import LedgerEntry, Member
from app.domain import giving as rules
from app.domain import roles
from app.domain.errors import DomainError
from app.domain.phones import normalise_phone
from app.services import audit, staff
from app.services.context import ServiceContext, StaffSession
from app.services.unit_of_work import UnitOfWork

LIFTS_LIMITS = "gift_over_limit"  # the permission that lifts the cashier's limits


@dataclass(frozen=True, slots=True)
class Approval:
    """A manager's name and PIN, typed at the till on the spot."""
    name: str
    pin: str


def approver(uow: UnitOfWork, ctx: ServiceContext, approval: Approval | None,
             permission: str = LIFTS_LIMITS) -> StaffSession | None:
    """The manager who typed their PIN at the till, checked in transactions of their
    own so that a wrong PIN is counted (and locks after five) even though it fails."""
    if approval is None:
        return None
    who = staff.verify_pin(uow, ctx, approval.name, approval.pin)
    if not roles.allowed(who.role, permission):
        raise DomainError("approval_not_manager", "This PIN is not a manager's.",
                          field="approval", name=who.name)
    return who


def lock_member(session: Session, member_id: uuid.UUID) -> Member:
    """The member's row, locked until this transaction ends, and read again after the
    lock. The no-op UPDATE takes PostgreSQL's row lock and SQLite's write lock (it is
    the transaction's first write), so two tills giving the same member points at the
    same moment count one after the other instead of both counting the old total."""
    session.execute(update(Member).where(Member.id == member_id)
                    .values(balance=Member.balance)
                    .execution_options(synchronize_session=False))
    member = session.get(Member, member_id, populate_existing=True)
    if member is None or member.erased_at is not None:
        raise DomainError("member_gone", "This member no longer exists.")
    return member


def given_today(session: Session, ctx: ServiceContext, member_id: uuid.UUID) -> int:
    """Points given by hand to the member since the till's midnight, from the ledger."""
    since = ctx.utc_start_of(ctx.today())
    return int(session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.member_id == member_id, LedgerEntry.kind.in_(rules.GIVEN_KINDS),
               LedgerEntry.points > 0, LedgerEntry.created_at >= since)) or 0)


def manager_present(ctx: ServiceContext, approver: StaffSession | None) -> bool:
    return roles.allowed(ctx.role or "", LIFTS_LIMITS) or (
        approver is not None and roles.allowed(approver.role, LIFTS_LIMITS))


def authorise(session: Session, ctx: ServiceContext, member_id: uuid.UUID, route: str,
              ref: str, value_minor: int, points: int,
              approver: StaffSession | None = None, discount_percent: int = 0) -> None:
    """Refuse what a cashier may not give alone: more than the limit at once, or more
    than the owner's daily cap for this member by all routes together. A manager at
    the till, or one who typed their PIN (``approver``), lifts both; that is audited."""
    over = rules.over_cashier_limit(value_minor, points, discount_percent)
    cap = ctx.program.limits.given_per_member_day
    if manager_present(ctx, approver):
        lifted = over
        if cap and points > 0 and not over:
            lifted = given_today(session, ctx, member_id) + points > cap
        if lifted:
            audit.record(session, ctx, "gift_over_limit", ref, route=route,
                         value_minor=value_minor, points=points,
                         discount_percent=discount_percent,
                         approved_by=approver.name if approver else ctx.cashier)
        return
    if over:
        raise rules.cashier_limit_error(value_minor, points, discount_percent)
    if cap and points > 0:
        lock_member(session, member_id)
        rules.check_daily_cap(cap, given_today(session, ctx, member_id), points)


def check_spending(session: Session, ctx: ServiceContext, member_id: uuid.UUID, points: int,
                   verification: rules.Verification | None, receipt: bool = True) -> None:
    """Refuse to spend points unless the member was recognised, and (on a receipt)
    above the owner's cap per receipt."""
    if not isinstance(points, int) or points <= 0:
        return
    if receipt:
        rules.check_receipt_cap(ctx.program.limits.redeem_per_receipt, points)
    member = session.get(Member, member_id)
    if member is None or member.erased_at is not None:
        raise DomainError("member_gone", "This member no longer exists.")
    if verification is not None and verification.method == "phone":
        try:
            phone = normalise_phone(verification.phone, ctx.phone_region)
        except DomainError as exc:
            raise DomainError(exc.code, exc.message, field="verify_phone") from None
        verification = rules.Verification("phone", phone=phone)
    rules.check_verification(verification, rules.MemberFacts(
        member.card_number or "", member.phone or "",
        (member.first_name, member.last_name or "", member.address_as or ""), member.birthday))
