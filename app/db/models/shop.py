"""The shop and its people: tills, members, staff, program versions, the audit trail
and the imports of members from another system."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


class Till(Base):
    __tablename__ = "till"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime]


class ProgramVersion(Base):
    """Each saved program configuration, so a past purchase is explained by its rules."""
    __tablename__ = "program_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Member(Base):
    __tablename__ = "member"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    address_as: Mapped[str | None] = mapped_column(String(200))
    # ru / en / lv: the language spoken to them; None: the till's (app.domain.languages)
    language: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    phone_rev: Mapped[str | None] = mapped_column(String(20), index=True)
    phone_display: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    card_number: Mapped[str | None] = mapped_column(String(13), unique=True)
    name_key: Mapped[str] = mapped_column(String(400), index=True)
    consent_at: Mapped[datetime]
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    email_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    balance: Mapped[int] = mapped_column(default=0)
    qualifying_points: Mapped[int] = mapped_column(default=0)
    tier_key: Mapped[str] = mapped_column(String(40))
    visits: Mapped[int] = mapped_column(default=0)
    last_visit_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The tier kept until the next review, whatever the current period's points say.
    tier_floor_key: Mapped[str | None] = mapped_column(String(40))
    tier_review_on: Mapped[date | None] = mapped_column(Date)
    # The day of the month reviews fall on (a rolling window's review on the 31st is on
    # 28/29 Feb, then on 31 Mar again: the clamped date alone would drift to the 28th).
    tier_review_day: Mapped[int | None] = mapped_column(Integer)
    referred_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), index=True)
    referral_rewarded: Mapped[bool] = mapped_column(Boolean, default=False)
    birthday_changed_at: Mapped[datetime | None]
    consent_withdrawn_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]
    consent_version: Mapped[str] = mapped_column(String(20), default="")  # the text agreed to
    consent_by: Mapped[str] = mapped_column(String(80), default="")  # staff who recorded it


class Staff(Base):
    """A cashier, manager or owner. The PIN is kept only as an argon2 hash."""
    __tablename__ = "staff"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Append-only record of sensitive actions; the database refuses edits to it."""
    __tablename__ = "audit"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    staff_name: Mapped[str] = mapped_column(String(80))
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(80), default="")
    details: Mapped[str] = mapped_column(Text, default="")


class ImportBatch(Base):
    """One import of members from another system: who, when, which file, what came of
    it. Its id is the ``ref`` of the opening-balance ledger rows it wrote."""
    __tablename__ = "import_batch"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    staff_name: Mapped[str] = mapped_column(String(80))
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    file_name: Mapped[str] = mapped_column(String(200))
    file_sha256: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(20))  # all_or_nothing, valid_only
    duplicates: Mapped[str] = mapped_column(String(10))  # merge, skip
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    merged: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)


class UpkeepLease(Base):
    """Which till runs the shop's upkeep (expiry, tier reviews, scheduled backups) and
    until when: taken by one atomic UPDATE (services/upkeep_lease.py), so one till at
    a time does it however many run. One row per job ("upkeep")."""
    __tablename__ = "upkeep_lease"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    until: Mapped[datetime]
