"""Is the program well tuned? From the shop's own members, how long it takes to climb.

The rule of thumb: an average member reaches the top tier in two to three years and
gets a first win within weeks. A top tier the median member would need more than
three years for is out of reach; one they reach in under six months is trivial.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

OUT_OF_REACH_DAYS = 3 * 365
TRIVIAL_DAYS = 182
FIRST_WIN_DAYS = 90
MIN_TENURE_DAYS = 30  # a week-old member's rate says little


@dataclass(frozen=True, slots=True)
class TierHealth:
    key: str
    name: str
    threshold: int
    members: int
    reached: int  # members who ever reached it, from their tier history
    observed_median_days: float | None  # among those who reached it
    projected_days: float | None  # for the median member at their earning pace


@dataclass(frozen=True, slots=True)
class Health:
    members: int
    median_points_per_day: float
    tiers: list[TierHealth]
    flags: list[str]  # codes: top_out_of_reach, top_trivial, first_win_slow, no_data


def median_rate(samples: list[tuple[float, int]]) -> float:
    """Median qualifying points per day among members enrolled long enough to judge."""
    rates = [points / days for days, points in samples if days >= MIN_TENURE_DAYS]
    return statistics.median(rates) if rates else 0.0


def flags_for(tiers: list[TierHealth]) -> list[str]:
    flags = []
    if len(tiers) < 2:
        return flags
    top = tiers[-1]
    if top.projected_days is None:
        flags.append("no_data")
        return flags
    if top.projected_days > OUT_OF_REACH_DAYS:
        flags.append("top_out_of_reach")
    elif top.projected_days < TRIVIAL_DAYS:
        flags.append("top_trivial")
    first = tiers[1]
    if first.projected_days is not None and first.projected_days > FIRST_WIN_DAYS:
        flags.append("first_win_slow")
    return flags


def projected_days(threshold: int, rate: float) -> float | None:
    if threshold == 0:
        return 0.0
    return threshold / rate if rate > 0 else None


def observed_median(days: list[float]) -> float | None:
    return statistics.median(days) if days else None
