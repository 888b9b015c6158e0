"""Purchases and what they move: the append-only ledger, refunds, point lots, purchase
lines, stamps, rewards and tier changes."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class Purchase(Base):
    __tablename__ = "purchase"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    points_redeemed: Mapped[int] = mapped_column(default=0)
    points_earned: Mapped[int] = mapped_column(default=0)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    receipt_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    program_version_id: Mapped[int | None] = mapped_column(ForeignKey("program_version.id"))
    status: Mapped[str] = mapped_column(String(16), default="completed")  # or "refunded"
    # How much of ``amount_minor`` the refunds of this purchase (rows of ``refund``) have
    # returned in all: changed only by an atomic UPDATE that never lets it pass the
    # amount; "refunded" once it reaches it.
    refunded_minor: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(index=True)
    # The member's tier when they bought (reports split visits and checks by it).
    tier_key: Mapped[str] = mapped_column(String(40), default="", server_default="")


class LedgerEntry(Base):
    """Append-only: nothing here is ever updated or deleted; mistakes get a reversal row."""
    __tablename__ = "ledger"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    points: Mapped[int]
    qualifying: Mapped[int] = mapped_column(default=0)
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchase.id"), index=True)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    program_version_id: Mapped[int | None] = mapped_column(ForeignKey("program_version.id"))
    ref: Mapped[str] = mapped_column(String(40), default="")  # campaign, cause, card, lot…


class Refund(Base):
    """One refund of a purchase, whole or in part, once per client-generated id; the
    points it moved are ledger rows (kind "reversal", ``ref`` = this id)."""
    __tablename__ = "refund"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    purchase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchase.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    points_taken_back: Mapped[int] = mapped_column(default=0)
    qualifying_taken_back: Mapped[int] = mapped_column(default=0)
    points_returned: Mapped[int] = mapped_column(default=0)
    stamps_taken_back: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(index=True)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    cashier: Mapped[str] = mapped_column(String(80), default="")


class PointLot(Base):
    """Points granted together, spent soonest-expiry first. ``remaining`` is derived
    state kept beside the ledger (which stays append-only); ``regulars check`` proves
    the lots hold exactly the positive balance."""
    __tablename__ = "point_lot"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    ledger_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger.id"))
    points: Mapped[int]
    remaining: Mapped[int]
    earned_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)


class PurchaseLine(Base):
    __tablename__ = "purchase_line"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    purchase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("purchase.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int]


class Stamp(Base):
    """Append-only stamp movements: +n for a purchase, -n for a completed set or a refund."""
    __tablename__ = "stamp"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    card_key: Mapped[str] = mapped_column(String(40))
    stamps: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # purchase, completed, refund
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchase.id"))
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))


class Reward(Base):
    """Something given, not points: a full stamp card's free item, a gift."""
    __tablename__ = "reward"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    ref: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(200))
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchase.id"))
    issued_at: Mapped[datetime]
    given_at: Mapped[datetime | None]
    cashier: Mapped[str] = mapped_column(String(80), default="")


class TierEvent(Base):
    __tablename__ = "tier_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), index=True)
    from_key: Mapped[str] = mapped_column(String(40))
    to_key: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(40))  # purchase, program_change, review, refund…
    purchase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("purchase.id"))
    program_version_id: Mapped[int | None] = mapped_column(ForeignKey("program_version.id"))
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
