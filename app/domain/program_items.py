"""The pieces a loyalty program is made of: tiers, the qualifying window, expiry,
campaigns, stamp cards, causes, categories; the lines of a purchase and what earning
them gives. Each piece is an immutable value; app/domain/program_reading.py builds
them from the owner's data and app/domain/program.py holds the rules over them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

WINDOWS = ("lifetime", "calendar_year", "rolling_months")
EXPIRY_KINDS = ("never", "days_after_earning", "end_of_year")
CAMPAIGN_KINDS = ("multiplier", "category", "threshold")
# The bounds of the program's whole numbers, shown beside their fields in the editor.
MAX_WINDOW_MONTHS = 120
EXPIRY_DAYS = (30, 3650)  # ten years at most: a larger number overflows the date of expiry
MAX_ABSENCE_DAYS = 3650
ACTIONS = ("survey", "review", "referral_referrer", "referral_friend", "birthday", "long_wait")


def _pick(names: dict[str, str], lang: str, fallback: str) -> str:
    return names.get(lang) or names.get("en") or names.get("ru") or fallback



def add_months(day: date, months: int, day_of_month: int | None = None) -> date:
    """The same day ``months`` later (the last day of a shorter month). With
    ``day_of_month``, that day of the target month instead, so a chain of dates that
    started on the 31st comes back to the 31st after February."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day_of_month or day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Tier:
    key: str
    names: dict[str, str]
    threshold: int
    earn_percent: int
    colour: str = "#888888"
    perks: dict[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return _pick(self.names, lang, self.key)

    def perks_text(self, lang: str) -> str:
        return _pick(self.perks, lang, "") if self.perks else ""


@dataclass(frozen=True, slots=True)
class QualifyingWindow:
    """Which earned points count towards a tier: all of them (lifetime), this calendar
    year's, or the last N months'. With a window a tier is reviewed when its period
    ends: upgrades apply at once, a downgrade only at the review. A calendar-year
    program reviews everyone on 1 January; a rolling one N months after the member's
    tier was last reached or reviewed."""
    kind: str = "lifetime"
    months: int = 12

    def start(self, today: date) -> date | None:
        """The first day whose points count today, or None for lifetime."""
        if self.kind == "calendar_year":
            return date(today.year, 1, 1)
        if self.kind == "rolling_months":
            return add_months(today, -self.months)
        return None

    def next_review(self, today: date, day_of_month: int | None = None) -> date | None:
        """When a tier held from ``today`` is next reviewed (for a rolling window, on
        ``day_of_month`` when given: the day the reviews were first set for)."""
        if self.kind == "calendar_year":
            return date(today.year + 1, 1, 1)
        if self.kind == "rolling_months":
            return add_months(today, self.months, day_of_month)
        return None

    def start_for_review(self, review: date) -> date | None:
        """The first day whose points count at the review on ``review``."""
        if self.kind == "calendar_year":
            return date(review.year - 1, 1, 1)
        if self.kind == "rolling_months":
            return add_months(review, -self.months)
        return None


@dataclass(frozen=True, slots=True)
class ExpiryPolicy:
    """When a lot of points expires. ``since`` is the day expiry was switched on: lots
    earned before it start their clock on that day, never retroactively."""
    kind: str = "never"
    days: int = 365
    since: date | None = None

    def expires_on(self, earned_on: date) -> date | None:
        """The last day a lot earned on ``earned_on`` can be spent, or None."""
        if self.kind == "never":
            return None
        start = max(earned_on, self.since) if self.since else earned_on
        if self.kind == "end_of_year":
            return date(start.year, 12, 31)
        return start + timedelta(days=max(1, self.days))


@dataclass(frozen=True, slots=True)
class Campaign:
    key: str
    names: dict[str, str]
    kind: str  # multiplier, category, threshold
    starts: date
    ends: date  # inclusive
    tiers: tuple[str, ...] = ()  # empty: every tier
    factor_percent: int = 200  # multiplier: 200 = double points
    category: str = ""  # category: which lines earn extra
    extra_percent: int = 0  # category: extra points as a percent of that money
    tier: str = ""  # threshold: the tier whose threshold is lowered
    threshold: int = 0  # threshold: the lowered threshold

    def name(self, lang: str) -> str:
        return _pick(self.names, lang, self.key)

    def active(self, day: date, tier_key: str) -> bool:
        return self.starts <= day <= self.ends and (not self.tiers or tier_key in self.tiers)


@dataclass(frozen=True, slots=True)
class StampCard:
    """Collect ``stamps`` pieces, get the reward: "6 coffees, the 7th free"."""
    key: str
    names: dict[str, str]
    stamps: int
    reward: dict[str, str]
    category: str = ""  # empty: every purchase is a stamp

    def name(self, lang: str) -> str:
        return _pick(self.names, lang, self.key)

    def reward_text(self, lang: str) -> str:
        return _pick(self.reward, lang, self.key)


@dataclass(frozen=True, slots=True)
class Cause:
    key: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return _pick(self.names, lang, self.key)


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return _pick(self.names, lang, self.key)


@dataclass(frozen=True, slots=True)
class Line:
    """A part of a purchase in a category; ``quantity`` items for ``amount_minor``."""
    category: str
    amount_minor: int
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class Progress:
    tier: Tier
    next_tier: Tier | None
    points_to_next: int
    fraction: float


@dataclass(frozen=True, slots=True)
class CampaignBonus:
    key: str
    name: str
    points: int


@dataclass(frozen=True, slots=True)
class Earning:
    base: int
    bonuses: tuple[CampaignBonus, ...]

    @property
    def total(self) -> int:
        return self.base + sum(b.points for b in self.bonuses)


