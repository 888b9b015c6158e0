"""What a till records while the shop's server is away (issue #17), kept in the till's
local file, and the server's record of members enrolled offline who turned out to be
someone already there (the merge rule)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class OutboxRow(Base):
    """One sale or enrolment waiting to be sent (local file only; the server never has
    rows here). ``seq`` is the order it was recorded in; ``client_id`` is the purchase's
    or the member's own id, unique on the server, so a resend is recorded once."""
    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # purchase, enrol
    member_id: Mapped[uuid.UUID] = mapped_column(index=True)
    body: Mapped[str] = mapped_column(Text)  # JSON: what the server needs to record it
    points_pending: Mapped[int] = mapped_column(default=0)  # earned, as the till computed
    points_redeemed: Mapped[int] = mapped_column(default=0)
    recorded_at: Mapped[datetime]  # the till's time of the sale (UTC)
    recorded_on: Mapped[date] = mapped_column(Date)  # the till's local day of it
    tries: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="waiting")  # waiting, aside
    reason_code: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")


class MemberAlias(Base):
    """A member enrolled offline whose phone was already the server's member's: the
    offline id names the kept member from then on (sales naming it land there)."""
    __tablename__ = "member_alias"
    alias_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    created_at: Mapped[datetime]
