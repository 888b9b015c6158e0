"""Cash registers that talk to the shop over the register API (issue #19): one row per
register with the SHA-256 of its token, and the answers given to its recording calls
(commit, refund), kept so a retry gets the first answer byte for byte."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class Register(Base):
    """A cash register. ``token_hash``: hex SHA-256 of its bearer token (the token is
    256 random bits, shown once when the register is added and never stored). A revoked
    register keeps its row (the audit trail and its answers name it)."""
    __tablename__ = "register"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    lang: Mapped[str] = mapped_column(String(5), default="en")  # of its answers' words
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]


class RegisterCall(Base):
    """The first answer to a register's recording call: ``kind`` commit or refund,
    ``call_id`` the register's own id for it (its sale id, its refund id). ``body_hash``:
    the SHA-256 of the request as understood, so the same id with another body is
    refused instead of answered."""
    __tablename__ = "register_call"
    __table_args__ = (UniqueConstraint("register_id", "kind", "call_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("register.id"))
    kind: Mapped[str] = mapped_column(String(10))
    call_id: Mapped[str] = mapped_column(String(64))
    body_hash: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(Text)
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    created_at: Mapped[datetime]
