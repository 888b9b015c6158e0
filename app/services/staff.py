"""Staff accounts: PINs hashed with argon2, lockout after wrong PINs, roles.

A PIN is 4 to 8 digits. Five wrong PINs in a row lock the account for 15 minutes
(a manager or the owner can unlock it sooner; with nobody to do it, `regulars staff
reset-pin NAME` on the computer holding the database sets a new PIN). Failed logins are audited by staff
name only — the PIN tried is never stored or logged.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.models import Staff
from app.domain.errors import DomainError
from app.domain.roles import ROLES, PermissionDenied
from app.services import audit
from app.services.context import ServiceContext, StaffSession
from app.services.unit_of_work import UnitOfWork

MAX_ATTEMPTS = 5
WARN_WHEN_LEFT = 2  # the 3rd and 4th wrong PIN say how many tries are left
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


@dataclass(frozen=True, slots=True)
class Guess:
    """One of an account's five guesses, claimed and committed before the PIN is checked."""
    staff: StaffSession
    pin_hash: str
    attempt: int  # 1..MAX_ATTEMPTS


# Signing in is three steps, so that the argon2 check (a tenth of a second or more, by
# design) runs outside any transaction: inside one it would hold SQLite's single write
# lock and stall every other till's sale meanwhile. The claim is committed first, so a
# till that dies mid-check has spent its guess (never given an extra one).


def claim_guess(session: Session, ctx: ServiceContext, name: str, pin: str) -> Guess:
    """Step 1 (a transaction): take one of the account's five guesses with a single
    UPDATE, so however many tills try one account at once, at most five PINs are checked
    before the lock (a count read into Python and written back let each till check its
    own five)."""
    staff = _named(session, name, active_only=True)
    if staff is None:
        audit.record(session, ctx, "login_failed", "", reason="unknown name")
        raise _wrong()
    if not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8):
        # No PIN looks like this: refused without spending one of the five guesses.
        raise DomainError("pin_format", "A PIN is 4 to 8 digits.", field="pin")
    now = ctx.clock()
    _lift_expired_lock(session, staff.id, now)
    attempt = _claim(session, staff.id, now)
    if attempt is None:
        audit.record(session, ctx, "login_refused", staff.id.hex, reason="locked")
        raise _locked_error(session, staff, now)
    return Guess(StaffSession(staff.id, staff.name, staff.role), staff.pin_hash, attempt)


def pin_matches(guess: Guess, pin: str) -> bool:
    """Step 2 (no transaction): the slow argon2 check."""
    try:
        return _hasher.verify(guess.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def settle_guess(session: Session, ctx: ServiceContext, guess: Guess, pin: str,
                 matched: bool) -> StaffSession:
    """Step 3 (a transaction): a right PIN gives the five guesses back; a wrong one is
    audited (never the PIN tried), warns on the 3rd and 4th, and the 5th locks."""
    staff_id = guess.staff.id
    if matched:
        values = dict(failed_attempts=0, locked_until=None)
        if _hasher.check_needs_rehash(guess.pin_hash):
            values["pin_hash"] = _hasher.hash(pin)
        session.execute(update(Staff).where(Staff.id == staff_id).values(**values))
        return guess.staff
    now = ctx.clock()
    details = {"attempt": guess.attempt}
    if guess.attempt >= MAX_ATTEMPTS:
        until = now + LOCK_FOR
        session.execute(update(Staff).where(Staff.id == staff_id).values(locked_until=until))
        details["locked_until"] = until.isoformat()
    audit.record(session, ctx, "login_failed", staff_id.hex, **details)
    if guess.attempt >= MAX_ATTEMPTS:
        raise _locked_error(session, session.get(Staff, staff_id), now)
    left = MAX_ATTEMPTS - guess.attempt
    if left <= WARN_WHEN_LEFT:
        raise DomainError("pin_wrong_tries_left", "Wrong PIN. {tries_left} try(s) left before "
                          "a {minutes}-minute lock.", field="pin", tries_left=left,
                          minutes=_lock_minutes())
    raise _wrong()


def _wrong() -> DomainError:
    return DomainError("pin_wrong", "Wrong name or PIN.", field="pin")


def _lock_minutes() -> int:
    return int(LOCK_FOR.total_seconds() // 60)


def _lift_expired_lock(session: Session, staff_id: uuid.UUID, now) -> None:
    """A lock past its time gives the five guesses back (one statement: two tills
    lifting it at once lift it once)."""
    session.execute(update(Staff).where(Staff.id == staff_id, Staff.locked_until <= now)
                    .values(failed_attempts=0, locked_until=None))


def _claim(session: Session, staff_id: uuid.UUID, now) -> int | None:
    """Take one guess atomically; the guess's number (1..5), or None when none is left.
    Claiming the last guess sets the lock at once (a right PIN lifts it): a till that
    dies before its check is settled leaves a lock that ends, not an account with no
    guesses left and no lock to run out."""
    last = Staff.failed_attempts >= MAX_ATTEMPTS - 1  # SET reads the values before it
    return session.execute(
        update(Staff)
        .where(Staff.id == staff_id, Staff.failed_attempts < MAX_ATTEMPTS,
               or_(Staff.locked_until.is_(None), Staff.locked_until <= now))
        .values(failed_attempts=Staff.failed_attempts + 1,
                locked_until=case((last, now + LOCK_FOR), else_=None))
        .returning(Staff.failed_attempts)
        .execution_options(synchronize_session=False)).scalar()


def _locked_error(session: Session, staff: Staff, now) -> DomainError:
    until = session.scalar(select(Staff.locked_until).where(Staff.id == staff.id))
    left = (until - now).total_seconds() if until is not None else LOCK_FOR.total_seconds()
    minutes = max(1, math.ceil(left / 60))
    if _someone_can_unlock(session, staff):
        return DomainError("staff_locked", "Locked after too many wrong PINs; try again in "
                           f"{minutes} min or ask a manager.", field="pin", minutes=minutes)
    # Nobody else may unlock this account (a one-person shop, or the only owner with no
    # manager): the way back needs the database file itself, on this computer.
    return DomainError("staff_locked_alone", "Locked after too many wrong PINs; try again in "
                       f"{minutes} min. A forgotten PIN is reset on the computer that holds "
                       f'the database: regulars staff reset-pin "{staff.name}"', field="pin",
                       minutes=minutes, name=staff.name)


def _someone_can_unlock(session: Session, staff: Staff) -> bool:
    """Is another active account there that may unlock ``staff`` (a manager unlocks
    anyone but an owner; only an owner unlocks an owner)?"""
    roles = ("owner",) if staff.role == "owner" else ("manager", "owner")
    return bool(session.scalar(select(func.count()).select_from(Staff).where(
        Staff.id != staff.id, Staff.active.is_(True), Staff.role.in_(roles))))


def reset_pin(session: Session, ctx: ServiceContext, name: str, pin: str) -> StaffSession:
    """The way back for a locked-out or forgotten PIN when nobody else can help: run
    from the command line by whoever holds the database file. Sets a new PIN, lifts the
    lock, and is audited."""
    staff = _named(session, name)
    if staff is None:
        raise DomainError("staff_not_found", "No such staff member.")
    _check_pin(pin)
    staff.pin_hash = _hasher.hash(pin)
    staff.failed_attempts = 0
    staff.locked_until = None
    audit.record(session, ctx, "staff_pin_reset", staff.id.hex, via="command line")
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


def verify_pin(uow: UnitOfWork, ctx: ServiceContext, name: str, pin: str) -> StaffSession:
    """Who typed this name and PIN, counted as a guess like a sign-in (five wrong ones
    lock the account, whichever till they came from). Two short transactions around
    the PIN check, which runs outside both: it would hold the write lock every till's
    sale needs. A refusal is kept (committed) before it is raised."""
    guess, failure = uow(None, lambda s: _kept(claim_guess, s, ctx, name, pin))
    if failure is not None:
        raise failure
    matched = pin_matches(guess, pin)
    session, failure = uow(None, lambda s: _kept(settle_guess, s, ctx, guess, pin, matched))
    if failure is not None:
        raise failure
    return session


def _kept(step, *args):
    """Run ``step``; a refusal is returned, not raised, so the transaction around it
    commits what it recorded (the guess spent, the audit row)."""
    try:
        return step(*args), None
    except DomainError as exc:
        return None, exc
