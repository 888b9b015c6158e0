"""What a manager's report holds, and the pure computations on it (cohort matrix,
averages). The services fill it from the rollups; the UI and the files show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.report_periods import Period, add_months, ratio

COHORT_MONTHS = 12  # enrolment months shown, and months after enrolment followed


@dataclass(frozen=True, slots=True)
class ReportFilter:
    till: str | None = None  # till id in hex
    cashier: str | None = None
    tier: str | None = None  # tier key


@dataclass(frozen=True, slots=True)
class Members:
    total: int
    new: int
    active_30: int
    active_90: int
    lapsed_90: int
    lapsed_180: int


@dataclass(frozen=True, slots=True)
class TierSales:
    tier_key: str
    name: str
    visits: int  # purchases recorded, refunded ones too: the member came
    completed: int  # of them, not refunded
    revenue_minor: int

    @property
    def average_minor(self) -> int | None:
        return round(self.revenue_minor / self.completed) if self.completed else None


@dataclass(frozen=True, slots=True)
class Sales:
    visits: int  # purchases recorded in the period (a refund does not undo a visit)
    completed: int  # of them, not refunded
    revenue_minor: int  # paid for the completed ones
    refunds: int
    refunded_minor: int
    # distinct members with a purchase recorded in the period, and of them those with
    # two or more; None while still being counted (the dashboard shows them next)
    buyers: int | None
    repeat_buyers: int | None
    months: float  # the period's length in months
    by_tier: list[TierSales]

    @property
    def average_minor(self) -> int | None:
        return round(self.revenue_minor / self.completed) if self.completed else None

    @property
    def repeat_rate(self) -> float | None:
        return None if self.buyers is None else ratio(self.repeat_buyers, self.buyers)

    @property
    def visits_per_member_month(self) -> float | None:
        per_member = None if self.buyers is None else ratio(self.visits, self.buyers)
        return per_member / self.months if per_member is not None and self.months else None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    start: date
    end: date
    visits: int
    revenue_minor: int
    points_issued: int
    points_redeemed: int


@dataclass(frozen=True, slots=True)
class PointsKind:
    kind: str
    points_in: int
    points_out: int  # negative


@dataclass(frozen=True, slots=True)
class Points:
    by_kind: list[PointsKind]
    outstanding: int  # every member's balance together, now (net of points owed back)
    point_value_minor: int

    def _sum(self, kind: str, sign: int) -> int:
        return sum(k.points_in if sign > 0 else -k.points_out
                   for k in self.by_kind if k.kind == kind)

    @property
    def issued(self) -> int:
        """Points given in any way; a refund's returned points are not new points."""
        return sum(k.points_in for k in self.by_kind if k.kind != "reversal")

    @property
    def redeemed(self) -> int:
        return self._sum("redeem", -1)

    @property
    def expired(self) -> int:
        return self._sum("expiry", -1)

    @property
    def donated(self) -> int:
        return self._sum("donation", -1)

    @property
    def liability_minor(self) -> int:
        return max(0, self.outstanding) * self.point_value_minor


@dataclass(frozen=True, slots=True)
class TierCount:
    tier_key: str
    name: str
    members: int


@dataclass(frozen=True, slots=True)
class TierMove:
    from_key: str
    to_key: str
    from_name: str
    to_name: str
    members: int
    up: bool


@dataclass(frozen=True, slots=True)
class CohortRow:
    month: date
    size: int
    retention: list[float | None]  # share who bought in month k after enrolment (k = 0..)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One row of a by-reason or by-cashier table."""
    label: str
    count: int
    value_minor: int = 0
    points: int = 0


@dataclass(frozen=True, slots=True)
class StaffRow:
    cashier: str
    enrolments: int
    purchases: int
    gifts: int


@dataclass(frozen=True, slots=True)
class TopMember:
    name: str
    card_number: str
    visits: int
    revenue_minor: int


@dataclass
class Report:
    shop: str
    currency: str
    period: Period
    filters: ReportFilter
    made_at: datetime
    members: Members
    sales: Sales
    trend: list[TrendPoint]
    points: Points
    tiers: list[TierCount]
    tier_moves: list[TierMove]
    cohorts: list[CohortRow]
    gifts_by_reason: list[Breakdown]
    gifts_by_cashier: list[Breakdown]
    complaints_by_compensation: list[Breakdown]
    complaints_by_cashier: list[Breakdown]
    staff: list[StaffRow]
    top_by_revenue: list[TopMember]
    top_by_visits: list[TopMember]
    lang: str = "en"
    notes: list[str] = field(default_factory=list)

    @property
    def moves_up(self) -> int:
        return sum(m.members for m in self.tier_moves if m.up)

    @property
    def moves_down(self) -> int:
        return sum(m.members for m in self.tier_moves if not m.up)


def cohort_matrix(sizes: dict[date, int], active: dict[tuple[date, date], int],
                  last_month: date, months: int = COHORT_MONTHS) -> list[CohortRow]:
    """Rows for the ``months`` enrolment months up to ``last_month``: in column k, the
    share of that month's members who bought in the k-th month after enrolment (k = 0
    is the enrolment month itself); None where that month has not come yet."""
    rows = []
    for i in range(months - 1, -1, -1):
        cohort = add_months(last_month, -i)
        size = sizes.get(cohort, 0)
        cells: list[float | None] = []
        for k in range(months):
            month = add_months(cohort, k)
            cells.append(None if month > last_month else ratio(active.get((cohort, month), 0),
                                                                size))
        rows.append(CohortRow(cohort, size, cells))
    return rows
