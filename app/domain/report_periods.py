"""Report periods and the arithmetic on them: pure, so it is tested without a database.

A period is a range of the till's local days, both ends included. The named periods
run from the start of the current day, week (Monday), month, quarter or year to today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.errors import DomainError

PERIODS = ("today", "week", "month", "quarter", "year", "custom")
DAYS_PER_MONTH = 365.25 / 12
DAILY_TREND_UP_TO_DAYS = 62  # longer periods are drawn month by month


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # included

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def months(self) -> float:
        return self.days / DAYS_PER_MONTH


def period_for(kind: str, today: date, start: date | None = None,
               end: date | None = None) -> Period:
    if kind == "today":
        return Period(today, today)
    if kind == "week":
        return Period(today - timedelta(days=today.weekday()), today)
    if kind == "month":
        return Period(today.replace(day=1), today)
    if kind == "quarter":
        return Period(date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today)
    if kind == "year":
        return Period(date(today.year, 1, 1), today)
    if kind == "custom":
        if start is None or end is None or start > end:
            raise DomainError("report_period", "The period must start on or before its end.")
        return Period(start, end)
    raise DomainError("report_period", "The period must start on or before its end.")


def last_months(today: date, months: int = 12) -> Period:
    """The last ``months`` whole months and this one so far (the bench's 'last year')."""
    return Period(add_months(today.replace(day=1), -(months - 1)), today)


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month from ``first``'s to ``last``'s, in order."""
    out, month = [], first.replace(day=1)
    while month <= last:
        out.append(month)
        month = add_months(month, 1)
    return out


def trend_buckets(period: Period) -> list[tuple[date, date]]:
    """Day by day for short periods, month by month (clipped to the period) otherwise."""
    if period.days <= DAILY_TREND_UP_TO_DAYS:
        return [(period.start + timedelta(days=i),) * 2 for i in range(period.days)]
    out = []
    for month in month_starts(period.start, period.end):
        last = add_months(month, 1) - timedelta(days=1)
        out.append((max(month, period.start), min(last, period.end)))
    return out


def bucket_index(buckets: list[tuple[date, date]], day: date) -> int | None:
    """Which bucket holds ``day`` (buckets are in order and do not overlap)."""
    lo, hi = 0, len(buckets) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        start, end = buckets[mid]
        if day < start:
            hi = mid - 1
        elif day > end:
            lo = mid + 1
        else:
            return mid
    return None


def ratio(part: float, whole: float) -> float | None:
    """part / whole, or None when there is nothing to divide by (shown as a dash)."""
    return part / whole if whole else None
