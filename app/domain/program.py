"""The loyalty program's rules, read from data: tiers, earning, campaigns, expiry,
stamp cards, rewarded actions, charity causes.

Earning: a tier earns ``earn_percent`` of the money actually paid, in points,
where one point is worth ``point_value_minor`` minor units (1 point = 1 rouble by
default). The part paid with points earns nothing. Tier comes from qualifying
points (points earned from purchases and bonuses), never from the balance, so
redeeming never demotes. Campaigns only ever add points or lower a threshold.

A program is immutable; the owner's editor builds a new one from a dict
(app/domain/program_reading.py), which lists every problem at once, each with the
field it belongs to. Its pieces (Tier, Campaign, Line…) live in program_items.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.errors import DomainError
from app.domain.giving import Limits
from app.domain.money import DEFAULT_LARGE_AMOUNT_MINOR
from app.domain.program_items import (
    Campaign,
    CampaignBonus,
    Category,
    Cause,
    Earning,
    ExpiryPolicy,
    Line,
    Progress,
    QualifyingWindow,
    StampCard,
    Tier,
)
from app.domain.program_reading import read_program

__all__ = ["Line", "Program"]  # Line: a purchase's part, handed to Program.earn by its callers


@dataclass(frozen=True, slots=True)
class Program:
    name: str
    currency: str
    welcome_bonus: int
    point_value_minor: int
    long_absence_days: int
    tiers: tuple[Tier, ...]
    window: QualifyingWindow = QualifyingWindow()
    expiry: ExpiryPolicy = ExpiryPolicy()
    categories: tuple[Category, ...] = ()
    campaigns: tuple[Campaign, ...] = ()
    stamp_cards: tuple[StampCard, ...] = ()
    causes: tuple[Cause, ...] = ()
    actions: dict[str, int] = field(default_factory=dict)
    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # owner's gift wording
    limits: Limits = Limits()  # the owner's caps on points given and spent
    # A purchase above this asks the cashier to confirm it (a typo of two zeros).
    large_amount_minor: int = DEFAULT_LARGE_AMOUNT_MINOR
    # Points one member may spend a day at a till while the shop's server is away
    # (issue #17), counted by that till; 0: paying with points waits for the server.
    offline_redeem_per_day: int = 0
    # How a phone typed without its country code is read (the shop's country, issue #18).
    phone_region: str = "RU"

    # ---- reading and writing -------------------------------------------------------

    @classmethod
    def from_dict(cls, data: dict) -> Program:
        """Build and validate a program; raises ValidationErrors listing every problem."""
        return cls(*read_program(data))

    def to_dict(self) -> dict:
        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None
        return {
            "name": self.name, "currency": self.currency, "welcome_bonus": self.welcome_bonus,
            "point_value_minor": self.point_value_minor,
            "long_absence_days": self.long_absence_days,
            "qualifying_window": {"kind": self.window.kind, "months": self.window.months},
            "expiry": {"kind": self.expiry.kind, "days": self.expiry.days,
                       "since": iso(self.expiry.since)},
            "tiers": [{"key": t.key, "name": dict(t.names), "threshold": t.threshold,
                       "earn_percent": t.earn_percent, "colour": t.colour, "perks": dict(t.perks)}
                      for t in self.tiers],
            "categories": [{"key": c.key, "name": dict(c.names)} for c in self.categories],
            "campaigns": [{"key": c.key, "name": dict(c.names), "kind": c.kind,
                           "starts": iso(c.starts), "ends": iso(c.ends), "tiers": list(c.tiers),
                           "factor_percent": c.factor_percent, "category": c.category,
                           "extra_percent": c.extra_percent, "tier": c.tier,
                           "threshold": c.threshold} for c in self.campaigns],
            "stamp_cards": [{"key": s.key, "name": dict(s.names), "stamps": s.stamps,
                             "reward": dict(s.reward), "category": s.category}
                            for s in self.stamp_cards],
            "causes": [{"key": c.key, "name": dict(c.names)} for c in self.causes],
            "actions": dict(self.actions),
            "phrases": {k: dict(v) for k, v in self.phrases.items()},
            "limits": self.limits.to_dict(),
            "large_amount_minor": self.large_amount_minor,
            "offline_redeem_per_day": self.offline_redeem_per_day,
            "phone_region": self.phone_region,
        }

    def with_expiry_started(self, previous: Program | None, today: date) -> Program:
        """Switching expiry on starts the clock today; switching it off clears ``since``."""
        if self.expiry.kind == "never":
            return replace(self, expiry=replace(self.expiry, since=None))
        was_on = previous is not None and previous.expiry.kind != "never"
        since = previous.expiry.since if was_on else today
        if self.expiry.since != since:
            return replace(self, expiry=replace(self.expiry, since=since))
        return self

    # ---- tiers ---------------------------------------------------------------------

    def tier_rank(self, key: str) -> int:
        for i, tier in enumerate(self.tiers):
            if tier.key == key:
                return i
        return 0

    def thresholds(self, day: date | None = None, tier_key: str = "") -> dict[str, int]:
        """Each tier's threshold on ``day`` for a member now in ``tier_key``: a threshold
        campaign may lower one, never raise it."""
        values = {t.key: t.threshold for t in self.tiers}
        if day is not None:
            for c in self.campaigns:
                if c.kind == "threshold" and c.active(day, tier_key) and c.tier in values:
                    values[c.tier] = min(values[c.tier], c.threshold)
        return values

    def tier_for(self, qualifying: int, day: date | None = None, tier_key: str = "") -> Tier:
        values = self.thresholds(day, tier_key)
        current = self.tiers[0]
        for tier in self.tiers:
            if qualifying >= values[tier.key]:
                current = tier
        return current

    def tier_by_key(self, key: str) -> Tier:
        for tier in self.tiers:
            if tier.key == key:
                return tier
        return self.tiers[0]

    def higher(self, a: str, b: str) -> str:
        """The higher of two tier keys."""
        return a if self.tier_rank(a) >= self.tier_rank(b) else b

    def progress(self, qualifying: int, current_key: str | None = None,
                 day: date | None = None) -> Progress:
        """Progress from the tier held (which may be kept from an earlier period) to the
        next one, against the thresholds in force on ``day``."""
        tier = self.tier_for(qualifying, day, current_key or "")
        if current_key is not None:
            tier = self.tier_by_key(self.higher(current_key, tier.key))
        values = self.thresholds(day, tier.key)
        higher = [t for t in self.tiers if self.tier_rank(t.key) > self.tier_rank(tier.key)]
        if not higher:
            return Progress(tier, None, 0, 1.0)
        nxt = higher[0]
        low = min(values[tier.key], values[nxt.key])
        span = max(1, values[nxt.key] - low)
        done = max(0, qualifying - low)
        return Progress(tier, nxt, max(0, values[nxt.key] - qualifying), min(1.0, done / span))

    # ---- earning and spending ------------------------------------------------------

    def is_large_amount(self, amount_minor: int) -> bool:
        """A purchase the cashier should confirm before it is recorded."""
        return amount_minor > self.large_amount_minor

    def max_redeemable(self, balance: int, amount_minor: int) -> int:
        """Points may pay at most the whole purchase and at most the balance."""
        return max(0, min(balance, amount_minor // self.point_value_minor))

    def check_redemption(self, balance: int, amount_minor: int, points: int) -> None:
        if points < 0:
            raise DomainError("redeem_negative", "Points to redeem cannot be negative.",
                              field="redeem")
        limit = self.max_redeemable(balance, amount_minor)
        if points <= limit:  # a member in debt may still buy without points
            return
        # The reason given is the one that sets the limit: 500 points on a 180.00
        # purchase with 200 held are "at most 180", not "only 200 available".
        if points > balance and balance <= amount_minor // self.point_value_minor:
            raise DomainError("redeem_over_balance",
                              f"Only {max(balance, 0)} points are available.",
                              field="redeem", available=max(balance, 0))
        raise DomainError("redeem_over_amount", "Points cannot pay more than the purchase.",
                          field="redeem", available=limit)

    def earned_points(self, tier: Tier, amount_minor: int, redeemed_points: int) -> int:
        """Points earned on the money part of a purchase (rounded down)."""
        paid_minor = amount_minor - redeemed_points * self.point_value_minor
        if paid_minor <= 0:
            return 0
        return paid_minor * tier.earn_percent // (100 * self.point_value_minor)

    def earn(self, tier: Tier, amount_minor: int, redeemed_points: int, day: date,
             lines: tuple[Line, ...] = (), lang: str = "en") -> Earning:
        """Base points plus what each campaign active on ``day`` for this tier adds.

        The money paid with points earns nothing; a category line earns its campaign
        extra on its share of the money actually paid. Every bonus is ≥ 0.
        """
        base = self.earned_points(tier, amount_minor, redeemed_points)
        paid = max(0, amount_minor - redeemed_points * self.point_value_minor)
        bonuses = []
        for c in self.campaigns:
            if not c.active(day, tier.key):
                continue
            if c.kind == "multiplier":
                points = base * (c.factor_percent - 100) // 100
            elif c.kind == "category":
                money = sum(line.amount_minor for line in lines if line.category == c.category)
                paid_share = money * paid // amount_minor if amount_minor else 0
                points = paid_share * c.extra_percent // (100 * self.point_value_minor)
            else:
                continue
            if points > 0:
                bonuses.append(CampaignBonus(c.key, c.name(lang), points))
        return Earning(base, tuple(bonuses))

    def active_campaigns(self, day: date, tier_key: str) -> list[Campaign]:
        return [c for c in self.campaigns if c.active(day, tier_key)]

    def stamps_for(self, card: StampCard, lines: tuple[Line, ...]) -> int:
        """Stamps a purchase earns on a card: one per item of its category, or one per
        purchase for a card without a category."""
        if not card.category:
            return 1
        return sum(max(0, line.quantity) for line in lines if line.category == card.category)

    def cause(self, key: str) -> Cause | None:
        return next((c for c in self.causes if c.key == key), None)

    def category_name(self, key: str, lang: str) -> str:
        found = next((c for c in self.categories if c.key == key), None)
        return found.name(lang) if found else key
