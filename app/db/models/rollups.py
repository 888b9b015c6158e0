"""Report rollups (issue #7): derived from purchases and the ledger, kept in the same
transaction (app/services/rollups.py), proven equal by `regulars check`."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base


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
