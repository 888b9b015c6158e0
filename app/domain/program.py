"""The loyalty program's rules: tiers, earning, redemption. Read from data, not code.

Earning: a tier earns ``earn_percent`` of the money actually paid, in points,
where one point is worth ``point_value_minor`` minor units (1 point = 1 rouble by
default). The part paid with points earns nothing. Tier comes from qualifying
points (points earned from purchases and bonuses), never from the balance, so
redeeming never demotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import DomainError


@dataclass(frozen=True, slots=True)
class Tier:
    key: str
    names: dict[str, str]
    threshold: int
    earn_percent: int
    colour: str

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.key


@dataclass(frozen=True, slots=True)
class Progress:
    tier: Tier
    next_tier: Tier | None
    points_to_next: int
    fraction: float


@dataclass(frozen=True, slots=True)
class Program:
    name: str
    currency: str
    welcome_bonus: int
    point_value_minor: int
    long_absence_days: int
    tiers: tuple[Tier, ...]

    @classmethod
    def from_dict(cls, data: dict) -> Program:
        tiers = tuple(sorted(
            (Tier(t["key"], dict(t["name"]), int(t["threshold"]), int(t["earn_percent"]),
                  t.get("colour", "#888888")) for t in data["tiers"]),
            key=lambda t: t.threshold))
        if not tiers or tiers[0].threshold != 0:
            raise ValueError("the first tier must start at 0 qualifying points")
        return cls(data.get("name", "Regulars"), data.get("currency", "RUB"),
                   int(data.get("welcome_bonus", 0)), int(data.get("point_value_minor", 100)),
                   int(data.get("long_absence_days", 60)), tiers)

    def to_dict(self) -> dict:
        return {"name": self.name, "currency": self.currency,
                "welcome_bonus": self.welcome_bonus, "point_value_minor": self.point_value_minor,
                "long_absence_days": self.long_absence_days,
                "tiers": [{"key": t.key, "name": t.names, "threshold": t.threshold,
                           "earn_percent": t.earn_percent, "colour": t.colour}
                          for t in self.tiers]}

    def tier_for(self, qualifying: int) -> Tier:
        current = self.tiers[0]
        for tier in self.tiers:
            if qualifying >= tier.threshold:
                current = tier
        return current

    def tier_by_key(self, key: str) -> Tier:
        for tier in self.tiers:
            if tier.key == key:
                return tier
        return self.tiers[0]

    def progress(self, qualifying: int) -> Progress:
        tier = self.tier_for(qualifying)
        higher = [t for t in self.tiers if t.threshold > tier.threshold]
        if not higher:
            return Progress(tier, None, 0, 1.0)
        nxt = higher[0]
        span = nxt.threshold - tier.threshold
        done = max(0, qualifying - tier.threshold)
        return Progress(tier, nxt, nxt.threshold - max(qualifying, tier.threshold),
                        min(1.0, done / span))

    def max_redeemable(self, balance: int, amount_minor: int) -> int:
        """Points may pay at most the whole purchase and at most the balance."""
        return max(0, min(balance, amount_minor // self.point_value_minor))

    def check_redemption(self, balance: int, amount_minor: int, points: int) -> None:
        if points < 0:
            raise DomainError("redeem_negative", "Points to redeem cannot be negative.",
                              field="redeem")
        if points > 0 and points > balance:  # a member in debt may still buy without points
            raise DomainError("redeem_over_balance",
                              f"Only {max(balance, 0)} points are available.",
                              field="redeem", available=max(balance, 0))
        if points * self.point_value_minor > amount_minor:
            raise DomainError("redeem_over_amount",
                              "Points cannot pay more than the purchase.",
                              field="redeem", available=self.max_redeemable(balance, amount_minor))

    def earned_points(self, tier: Tier, amount_minor: int, redeemed_points: int) -> int:
        """Points earned on the money part of a purchase (rounded down)."""
        paid_minor = amount_minor - redeemed_points * self.point_value_minor
        if paid_minor <= 0:
            return 0
        return paid_minor * tier.earn_percent // (100 * self.point_value_minor)
