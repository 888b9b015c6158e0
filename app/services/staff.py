"""Staff accounts: PINs hashed with argon2, lockout after wrong PINs, roles.

A PIN is 4 to 8 digits. Five wrong PINs in a row lock the account for 15 minutes
(a manager or the owner can unlock it sooner). Failed logins are audited by staff
name only — the PIN tried is never stored or logged.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Staff
from app.domain.errors import DomainError
from app.domain.roles import ROLES, PermissionDenied
from app.services import audit
from app.services.context import ServiceContext, StaffSession

MAX_ATTEMPTS = 5
LOCK_FOR = timedelta(minutes=15)
_hasher = PasswordHasher()


def _check_pin(pin: str) -> None:
    if not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8):
        raise DomainError("pin_format", "A PIN is 4 to 8 digits.", field="pin")


def _check_name(session: Session, name: str, own_id: uuid.UUID | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError("staff_name", "Enter the name.", field="name")
    other = _named(session, name)
    if other is not None and other.id != own_id:
        raise DomainError("staff_name_taken", "Someone already has this name.", field="name")
    return name[:80]


def _named(session: Session, name: str, active_only: bool = False) -> Staff | None:
    """The staff member called ``name``, in any case. Compared in Python: SQLite's
    lower() folds only ASCII, so "ОЛЯ" would not find "Оля". A shop has a few dozen
    staff at most."""
    wanted = " ".join(name.split()).casefold()
    stmt = select(Staff).where(Staff.active.is_(True)) if active_only else select(Staff)
    return next((s for s in session.scalars(stmt) if s.name.casefold() == wanted), None)


def has_staff(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Staff)))


def create_owner(session: Session, ctx: ServiceContext, name: str, pin: str) -> StaffSession:
    """First run only: the first account is the owner."""
    if has_staff(session):
        raise DomainError("owner_exists", "The owner account already exists.")
    return _add(session, ctx, name, pin, "owner")


def add(session: Session, ctx: ServiceContext, name: str, pin: str, role: str) -> StaffSession:
    if role not in ROLES:
        raise DomainError("program_choice", "Choose one of the options.", field="role")
    return _add(session, ctx, name, pin, role)


def _add(session: Session, ctx: ServiceContext, name: str, pin: str, role: str) -> StaffSession:
    name = _check_name(session, name)
    _check_pin(pin)
    staff = Staff(id=uuid.uuid4(), name=name, role=role, pin_hash=_hasher.hash(pin),
                  failed_attempts=0, locked_until=None, active=True, created_at=ctx.clock())
    session.add(staff)
    session.flush()
    audit.record(session, ctx, "staff_added", staff.id.hex, role=role)
    return StaffSession(staff.id, staff.name, staff.role)


def login(session: Session, ctx: ServiceContext, name: str, pin: str) -> StaffSession:
    staff = _named(session, name, active_only=True)
    wrong = DomainError("pin_wrong", "Wrong name or PIN.", field="pin")
    if staff is None:
        audit.record(session, ctx, "login_failed", "", reason="unknown name")
        raise wrong
    now = ctx.clock()
    if staff.locked_until is not None and now < staff.locked_until:
        audit.record(session, ctx, "login_refused", staff.id.hex, reason="locked")
        minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
        raise DomainError("staff_locked", "Locked after too many wrong PINs; try again in "
                          f"{minutes} min or ask a manager.", field="pin", minutes=minutes)
    try:
        _hasher.verify(staff.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        staff.failed_attempts += 1
        details = {"attempt": staff.failed_attempts}
        if staff.failed_attempts >= MAX_ATTEMPTS:
            staff.locked_until = now + LOCK_FOR
            details["locked_until"] = staff.locked_until.isoformat()
        audit.record(session, ctx, "login_failed", staff.id.hex, **details)
        raise wrong from None
    staff.failed_attempts = 0
    staff.locked_until = None
    if _hasher.check_needs_rehash(staff.pin_hash):
        staff.pin_hash = _hasher.hash(pin)
    return StaffSession(staff.id, staff.name, staff.role)


def unlock(session: Session, ctx: ServiceContext, staff_id: uuid.UUID) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise DomainError("staff_not_found", "No such staff member.")
    if staff.role == "owner" and ctx.role != "owner":
        raise PermissionDenied("staff", ctx.role)
    staff.failed_attempts = 0
    staff.locked_until = None
    audit.record(session, ctx, "staff_unlocked", staff.id.hex)


def change_pin(session: Session, ctx: ServiceContext, staff_id: uuid.UUID, pin: str) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise DomainError("staff_not_found", "No such staff member.")
    _check_pin(pin)
    staff.pin_hash = _hasher.hash(pin)
    audit.record(session, ctx, "staff_pin_changed", staff.id.hex)


def set_active(session: Session, ctx: ServiceContext, staff_id: uuid.UUID, active: bool) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise DomainError("staff_not_found", "No such staff member.")
    if staff.role == "owner" and not active:
        owners = session.scalar(select(func.count()).select_from(Staff).where(
            Staff.role == "owner", Staff.active.is_(True)))
        if owners <= 1:
            raise DomainError("last_owner", "The last owner cannot be switched off.")
    staff.active = active
    audit.record(session, ctx, "staff_activated" if active else "staff_deactivated", staff.id.hex)


def listing(session: Session) -> list[tuple[uuid.UUID, str, str, bool, bool]]:
    """(id, name, role, active, locked now?)"""
    return [(s.id, s.name, s.role, s.active, s.locked_until is not None)
            for s in session.scalars(select(Staff).order_by(Staff.name))]
