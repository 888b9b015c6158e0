"""SQLAlchemy 2.0 typed models. UUID keys where tills may create rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: DateTime(timezone=False),  # always UTC, naive in storage
        int: BigInteger().with_variant(Integer(), "sqlite"),
    }


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


# ---- report rollups (issue #7): derived from purchases and the ledger, kept in the
# same transaction (app/services/rollups.py), proven equal by `regulars check`.


class ReportSalesDay(Base):
    """Completed purchases and refunds per local day of the purchase, till, cashier and
    the member's tier at the time (a refund moves its purchase from one to the other)."""
    __tablename__ = "report_sales_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    till: Mapped[str] = mapped_column(String(32))  # till id in hex, "" for none
    cashier: Mapped[str] = mapped_column(String(80))
    tier_key: Mapped[str] = mapped_column(String(40))
    purchases: Mapped[int] = mapped_column(default=0)
    revenue_minor: Mapped[int] = mapped_column(default=0)
    refunds: Mapped[int] = mapped_column(default=0)
    refunded_minor: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_sales_day", "day", "till", "cashier", "tier_key",
                            unique=True),)


class ReportPointsDay(Base):
    """Ledger sums per local day, till, cashier and kind: points in and out."""
    __tablename__ = "report_points_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    till: Mapped[str] = mapped_column(String(32))
    cashier: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    points_in: Mapped[int] = mapped_column(default=0)
    points_out: Mapped[int] = mapped_column(default=0)
    entries: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_points_day", "day", "till", "cashier", "kind",
                            unique=True),)


class ReportCohortMonth(Base):
    """Members enrolled in local month ``cohort`` who bought at least once in ``month``."""
    __tablename__ = "report_cohort_month"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cohort: Mapped[date] = mapped_column(Date)
    month: Mapped[date] = mapped_column(Date)
    members: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_cohort_month", "cohort", "month", unique=True),)


class ReportState(Base):
    """Bookkeeping of the rollups: 'built' once they were computed from the history."""
    __tablename__ = "report_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


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


class CardDesignVersion(Base):
    """The owner's member-card design; each save is a new row and the newest is used."""
    __tablename__ = "card_design"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body: Mapped[str] = mapped_column(Text)  # JSON: shop name, colours, fields, texts
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")


class CardPrintRun(Base):
    """One batch of cards printed or saved as PDF: who, when, which cards."""
    __tablename__ = "card_print_run"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    batch: Mapped[str] = mapped_column(String(60))  # new, all, tier:<key>, selection, member
    layout: Mapped[str] = mapped_column(String(10))  # a4, single
    cards: Mapped[int] = mapped_column(Integer)
    design_id: Mapped[int | None] = mapped_column(ForeignKey("card_design.id"))


class PrintedCard(Base):
    __tablename__ = "printed_card"
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_print_run.id"), primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                                 index=True)
    card_number: Mapped[str] = mapped_column(String(13), index=True)


class BlockedCard(Base):
    """A card number that must not open anyone any more (lost, or its member erased).
    It is never issued again."""
    __tablename__ = "blocked_card"
    card_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), index=True)
    replaced_by: Mapped[str | None] = mapped_column(String(13))
    reason: Mapped[str] = mapped_column(String(20))  # lost, damaged, erased
    blocked_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))


class ReportVisitDay(Base):
    """Purchases recorded per local day, by the local months of the member's previous
    and second-previous purchase (0001-01-01: none). A period starting on the 1st of a
    month counts its distinct buyers (previous visit before the period) and repeat
    buyers (previous inside, second-previous before) from these few rows."""
    __tablename__ = "report_visit_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    prev_month: Mapped[date] = mapped_column(Date)
    prev2_month: Mapped[date] = mapped_column(Date)
    visits: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_visit_day", "day", "prev_month", "prev2_month",
                            unique=True),)


class ReportMemberDay(Base):
    """Members by the local day they enrolled, the cashier who enrolled them, their tier
    today, whether they are erased and whether they ever bought. New members, the tier
    distribution, cohort sizes and enrolments per cashier are sums of these rows."""
    __tablename__ = "report_member_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    cashier: Mapped[str] = mapped_column(String(80))
    tier_key: Mapped[str] = mapped_column(String(40))
    erased: Mapped[bool] = mapped_column(Boolean)
    visited: Mapped[bool] = mapped_column(Boolean)
    members: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_member_day", "day", "cashier", "tier_key", "erased",
                            "visited", unique=True),)


class ReportSeenDay(Base):
    """Members who are not erased and have bought, by the local day of their last
    purchase and their tier today: active and lapsed members are sums of these rows."""
    __tablename__ = "report_seen_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date)
    tier_key: Mapped[str] = mapped_column(String(40))
    members: Mapped[int] = mapped_column(default=0)
    __table_args__ = (Index("ux_report_seen_day", "day", "tier_key", unique=True),)
