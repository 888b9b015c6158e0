"""Looking after members beyond points: complaints and how they were put right, gifts
with the words said, prize draws and their winners."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class Complaint(Base):
    """Service recovery: what happened (facts apart from opinions), what was said back,
    and how it was put right."""
    __tablename__ = "complaint"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), index=True)
    facts: Mapped[str] = mapped_column(Text, default="")
    opinions: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    compensation: Mapped[str] = mapped_column(String(20), default="none")
    points: Mapped[int] = mapped_column(default=0)
    discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class Gift(Base):
    """An upgrade or extra given, with the words the cashier said to announce it."""
    __tablename__ = "gift"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    what: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    value_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(String(20))
    points: Mapped[int] = mapped_column(default=0)
    phrase: Mapped[str] = mapped_column(Text)
    said_at: Mapped[datetime | None]
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaint.id"))
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(index=True)


class Draw(Base):
    __tablename__ = "draw"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    as_of: Mapped[datetime]
    seed: Mapped[int]
    criteria: Mapped[str] = mapped_column(Text)
    eligible_count: Mapped[int] = mapped_column(Integer)
    eligible_digest: Mapped[str] = mapped_column(String(64))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime]


class DrawWinner(Base):
    __tablename__ = "draw_winner"
    draw_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("draw.id"), primary_key=True)
    place: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"))
    prize: Mapped[str] = mapped_column(String(200))
