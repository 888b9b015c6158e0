"""Cash registers allowed to use the register API (issue #19), and their tokens.

Public interface (the API, `regulars registers`, Manage → Registers use these):

    add(session, ctx, name, lang="en") -> NewRegister      the token, shown ONCE
    list_registers(session) -> list[RegisterRow]           live and revoked, by name
    rename(session, ctx, name, new_name) -> RegisterRow
    revoke(session, ctx, name) -> RegisterRow              its token stops working at once
    verify(session, token) -> RegisterRow | None           a live register's token, else None
    note_use(session, ctx, register_id)                    last used, at most once a minute
    Registers(uow, ctx)                                    the same as one unit of work each,
                                                           for the owner ("settings")

A token is 256 random bits (``secrets.token_urlsafe(32)``), so it cannot be guessed and
needs no slow password hash: it is stored as its SHA-256, which lets each request be
checked with one indexed lookup (argon2 per request would take most of the latency
budget). Names are unique among live registers; a revoked register's name may be given
again. Adding, renaming and revoking are audited; the token never is.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.models import Register
from app.domain.errors import DomainError
from app.services import audit
from app.services.context import ServiceContext
from app.services.unit_of_work import UnitOfWork

MAX_NAME = 60
TOKEN_PREFIX = "rg_"  # so a token pasted into the wrong place is recognisable
LANGS = ("en", "ru", "lv")
USE_NOTED_EVERY = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: uuid.UUID
    name: str
    lang: str
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def live(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class NewRegister:
    register: RegisterRow
    token: str  # shown once; only its hash is kept


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _row(r: Register) -> RegisterRow:
    return RegisterRow(r.id, r.name, r.lang, r.created_at, r.revoked_at, r.last_used_at)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise DomainError("register_name_required", "Give the register a name.", field="name")
    if len(name) > MAX_NAME:
        raise DomainError("register_name_too_long", "A register's name has at most 60 "
                          "characters.", field="name")
    return name


def _live(session: Session, name: str) -> Register | None:
    return session.scalar(select(Register).where(Register.name == name,
                                                 Register.revoked_at.is_(None)))


def _named(session: Session, name: str) -> Register:
    found = _live(session, " ".join((name or "").split()))
    if found is None:
        raise DomainError("register_not_found", "There is no register named {name}.",
                          field="name", name=name)
    return found


def add(session: Session, ctx: ServiceContext, name: str, lang: str = "en") -> NewRegister:
    name = _clean_name(name)
    if lang not in LANGS:
        raise DomainError("register_lang_unknown", "The language is one of en, ru, lv.",
                          field="lang")
    if _live(session, name) is not None:
        raise DomainError("register_name_taken", "A register named {name} already exists.",
                          field="name", name=name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = Register(id=uuid.uuid4(), name=name, token_hash=token_hash(token), lang=lang,
                   created_at=ctx.clock(), revoked_at=None, last_used_at=None)
    session.add(row)
    session.flush()
    audit.record(session, ctx, "register_add", row.id.hex, lang=lang)
    return NewRegister(_row(row), token)


def list_registers(session: Session) -> list[RegisterRow]:
    rows = session.scalars(select(Register).order_by(Register.revoked_at.is_not(None),
                                                     Register.name, Register.created_at))
    return [_row(r) for r in rows]


def rename(session: Session, ctx: ServiceContext, name: str, new_name: str) -> RegisterRow:
    row = _named(session, name)
    new_name = _clean_name(new_name)
    other = _live(session, new_name)
    if other is not None and other.id != row.id:
        raise DomainError("register_name_taken", "A register named {name} already exists.",
                          field="name", name=new_name)
    row.name = new_name
    audit.record(session, ctx, "register_rename", row.id.hex)
    return _row(row)


def revoke(session: Session, ctx: ServiceContext, name: str) -> RegisterRow:
    row = _named(session, name)
    row.revoked_at = ctx.clock()
    audit.record(session, ctx, "register_revoke", row.id.hex)
    return _row(row)


def verify(session: Session, token: str) -> RegisterRow | None:
    """The live register holding ``token``; None for anything else (unknown, revoked,
    empty, not text). One lookup by the hash's unique index."""
    if not isinstance(token, str) or not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    row = session.scalar(select(Register).where(Register.token_hash == token_hash(token)))
    return _row(row) if row is not None and row.revoked_at is None else None


def note_use(session: Session, ctx: ServiceContext, register_id: uuid.UUID) -> None:
    """Record when the register was last heard from: one UPDATE that changes nothing
    within a minute of the last, so a busy register does not rewrite its row per call."""
    now = ctx.clock()
    r = Register.__table__
    session.execute(update(r).where(r.c.id == register_id,
                                    (r.c.last_used_at.is_(None))
                                    | (r.c.last_used_at < now - USE_NOTED_EVERY))
                    .values(last_used_at=now))


class Registers:
    """The owner's management of registers (Manage → Registers, `regulars registers`):
    each method one unit of work needing the "settings" permission."""

    def __init__(self, uow: UnitOfWork, ctx: ServiceContext):
        self._uow = uow
        self._ctx = ctx

    def add(self, name: str, lang: str = "en") -> NewRegister:
        return self._uow("settings", lambda s: add(s, self._ctx, name, lang))

    def list(self) -> list[RegisterRow]:
        return self._uow.read("settings", list_registers)

    def rename(self, name: str, new_name: str) -> RegisterRow:
        return self._uow("settings", lambda s: rename(s, self._ctx, name, new_name))

    def revoke(self, name: str) -> RegisterRow:
        return self._uow("settings", lambda s: revoke(s, self._ctx, name))
