"""The loyalty program's rules, read from data: tiers, earning, campaigns, expiry,
stamp cards, rewarded actions, charity causes.

Earning: a tier earns ``earn_percent`` of the money actually paid, in points,
where one point is worth ``point_value_minor`` minor units (1 point = 1 rouble by
default). The part paid with points earns nothing. Tier comes from qualifying
points (points earned from purchases and bonuses), never from the balance, so
redeeming never demotes. Campaigns only ever add points or lower a threshold.

A program is immutable; the owner's editor builds a new one from a dict, and
``validate`` lists every problem at once, each with the field it belongs to.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.domain.errors import DomainError, ValidationErrors
from app.domain.giving import Limits
from app.domain.money import DEFAULT_LARGE_AMOUNT_MINOR, MAX_AMOUNT_MINOR
from app.domain.points_input import MAX_POINTS_CHANGE

WINDOWS = ("lifetime", "calendar_year", "rolling_months")
EXPIRY_KINDS = ("never", "days_after_earning", "end_of_year")
CAMPAIGN_KINDS = ("multiplier", "category", "threshold")
# The bounds of the program's whole numbers, shown beside their fields in the editor.
MAX_WINDOW_MONTHS = 120
EXPIRY_DAYS = (30, 3650)  # ten years at most: a larger number overflows the date of expiry
MAX_ABSENCE_DAYS = 3650
ACTIONS = ("survey", "review", "referral_referrer", "referral_friend", "birthday", "long_wait")
_KEY = re.compile(r"^[a-z0-9_]{1,40}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _names(value, fallback: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"ru": value, "en": value}
    return {k: str(v) for k, v in (value or {}).items() if str(v).strip()} or {"en": fallback}


def _pick(names: dict[str, str], lang: str, fallback: str) -> str:
    return names.get(lang) or names.get("en") or names.get("ru") or fallback


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


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

    # ---- reading and writing -------------------------------------------------------

    @classmethod
    def from_dict(cls, data: dict) -> Program:
        """Build and validate a program; raises ValidationErrors listing every problem."""
        problems: list[DomainError] = []

        def need(cond: bool, code: str, message: str, where: str, **params) -> None:
            if not cond:
                problems.append(DomainError(code, message, field=where, **params))

        def integer(value, where: str, default: int = 0) -> int:
            if value in (None, ""):
                return default
            try:
                if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                    raise ValueError
                return int(value)
            except (TypeError, ValueError):
                problems.append(DomainError("program_not_integer", "Enter a whole number.",
                                            field=where))
                return default

        def day(value, where: str) -> date | None:
            try:
                return _date(value)
            except ValueError:
                problems.append(DomainError("program_bad_date", "Enter the date as YYYY-MM-DD.",
                                            field=where))
                return None

        tiers = []
        for i, t in enumerate(data.get("tiers") or []):
            key = str(t.get("key") or "").strip()
            need(bool(_KEY.match(key)), "program_key", "Use lower-case letters, digits and _ for "
                 "a key.", f"tiers.{i}.key")
            names = _names(t.get("name"), key)
            need(all(names.get(lang, "").strip() for lang in ("ru", "en")), "program_name_missing",
                 "Give the name in Russian and in English.", f"tiers.{i}.name")
            colour = str(t.get("colour") or "#888888")
            need(bool(_COLOUR.match(colour)), "program_colour", "A colour looks like #3d7ebf.",
                 f"tiers.{i}.colour")
            threshold = integer(t.get("threshold"), f"tiers.{i}.threshold")
            rate = integer(t.get("earn_percent"), f"tiers.{i}.earn_percent")
            need(threshold >= 0, "program_negative", "This cannot be negative.",
                 f"tiers.{i}.threshold")
            need(0 <= rate <= 100, "program_rate", "The earn rate is a percent from 0 to 100.",
                 f"tiers.{i}.earn_percent")
            tiers.append(Tier(key, names, threshold, rate, colour,
                              {k: v for k, v in (t.get("perks") or {}).items() if v}))
        need(bool(tiers), "program_no_tiers", "The program needs at least one tier.", "tiers")
        if tiers:
            need(tiers[0].threshold == 0, "program_first_tier",
                 "The first tier starts at 0 qualifying points.", "tiers.0.threshold")
        for i in range(1, len(tiers)):
            need(tiers[i].threshold > tiers[i - 1].threshold, "program_thresholds_order",
                 "Each threshold must be higher than the one before.", f"tiers.{i}.threshold")
        keys = [t.key for t in tiers]
        need(len(set(keys)) == len(keys), "program_duplicate_key", "Two tiers have the same key.",
             "tiers")

        window_data = data.get("qualifying_window") or "lifetime"
        if isinstance(window_data, str):
            window_data = {"kind": window_data}
        window = QualifyingWindow(str(window_data.get("kind", "lifetime")),
                                  integer(window_data.get("months"), "qualifying_window.months", 12))
        need(window.kind in WINDOWS, "program_choice", "Choose one of the options.",
             "qualifying_window.kind")
        need(1 <= window.months <= MAX_WINDOW_MONTHS, "program_months", "From 1 to 120 months.",
             "qualifying_window.months")

        expiry_data = data.get("expiry") or {"kind": "never"}
        expiry = ExpiryPolicy(str(expiry_data.get("kind", "never")),
                              integer(expiry_data.get("days"), "expiry.days", 365),
                              day(expiry_data.get("since"), "expiry.since"))
        need(expiry.kind in EXPIRY_KINDS, "program_choice", "Choose one of the options.",
             "expiry.kind")
        # Ten years at most, like the window: a larger number overflows the date of expiry.
        need(EXPIRY_DAYS[0] <= expiry.days <= EXPIRY_DAYS[1], "program_expiry_days",
             "Points must last from 30 days to 10 years (3650 days).", "expiry.days")

        categories = tuple(Category(str(c.get("key", "")), _names(c.get("name"), c.get("key", "")))
                           for c in data.get("categories") or [])
        category_keys = {c.key for c in categories}
        for i, c in enumerate(categories):
            need(bool(_KEY.match(c.key)), "program_key", "Use lower-case letters, digits and _ for "
                 "a key.", f"categories.{i}.key")

        campaigns = []
        for i, c in enumerate(data.get("campaigns") or []):
            where = f"campaigns.{i}"
            camp = Campaign(
                str(c.get("key", "")), _names(c.get("name"), c.get("key", "")),
                str(c.get("kind", "")), day(c.get("starts"), f"{where}.starts") or date.min,
                day(c.get("ends"), f"{where}.ends") or date.min,
                tuple(c.get("tiers") or ()), integer(c.get("factor_percent"), f"{where}.factor_percent", 200),
                str(c.get("category") or ""), integer(c.get("extra_percent"), f"{where}.extra_percent"),
                str(c.get("tier") or ""), integer(c.get("threshold"), f"{where}.threshold"))
            need(bool(_KEY.match(camp.key)), "program_key", "Use lower-case letters, digits and _ "
                 "for a key.", f"{where}.key")
            need(camp.kind in CAMPAIGN_KINDS, "program_choice", "Choose one of the options.",
                 f"{where}.kind")
            need(c.get("starts") not in (None, ""), "program_date_missing",
                 "Give the first day of the campaign.", f"{where}.starts")
            need(c.get("ends") not in (None, ""), "program_date_missing",
                 "Give the last day of the campaign.", f"{where}.ends")
            need(camp.ends >= camp.starts, "program_dates", "The campaign ends before it starts.",
                 f"{where}.ends")
            need(all(k in keys for k in camp.tiers), "program_unknown_tier",
                 "There is no such tier.", f"{where}.tiers")
            if camp.kind == "multiplier":
                # A cleared field is a mistake to show, not a silent "double points".
                need(c.get("factor_percent") != "", "program_not_integer", "Enter a whole number.",
                     f"{where}.factor_percent")
                need(camp.factor_percent > 100 or c.get("factor_percent") == "",
                     "program_campaign_adds",
                     "A campaign only ever adds points: the factor must be above ×1.",
                     f"{where}.factor_percent")
            elif camp.kind == "category":
                need(camp.category in category_keys, "program_unknown_category",
                     "There is no such category.", f"{where}.category")
                need(camp.extra_percent > 0, "program_campaign_adds",
                     "A campaign only ever adds points: the extra must be above 0.",
                     f"{where}.extra_percent")
            elif camp.kind == "threshold":
                target = next((t for t in tiers if t.key == camp.tier), None)
                need(target is not None and target.threshold > 0, "program_unknown_tier",
                     "Choose a tier above the first.", f"{where}.tier")
                if target is not None:
                    # Above the tier below, so a lowered tier is never skipped over and
                    # progress always names the right next tier.
                    below = max((t.threshold for t in tiers if t.threshold < target.threshold),
                                default=0)
                    need(below < camp.threshold < target.threshold, "program_threshold_lower",
                         "The campaign threshold must be lower than the tier's own and higher "
                         "than the tier below's.", f"{where}.threshold")
            campaigns.append(camp)

        stamp_cards = []
        for i, s in enumerate(data.get("stamp_cards") or []):
            card = StampCard(str(s.get("key", "")), _names(s.get("name"), s.get("key", "")),
                             integer(s.get("stamps"), f"stamp_cards.{i}.stamps"),
                             _names(s.get("reward"), ""), str(s.get("category") or ""))
            need(bool(_KEY.match(card.key)), "program_key", "Use lower-case letters, digits and _ "
                 "for a key.", f"stamp_cards.{i}.key")
            need(2 <= card.stamps <= 50, "program_stamps", "A set has from 2 to 50 stamps.",
                 f"stamp_cards.{i}.stamps")
            need(not card.category or card.category in category_keys, "program_unknown_category",
                 "There is no such category.", f"stamp_cards.{i}.category")
            need(bool(card.reward.get("ru") or card.reward.get("en")), "program_reward_missing",
                 "Say what the full set gives.", f"stamp_cards.{i}.reward")
            stamp_cards.append(card)

        causes = tuple(Cause(str(c.get("key", "")), _names(c.get("name"), c.get("key", "")))
                       for c in data.get("causes") or [])
        for i, c in enumerate(causes):
            need(bool(_KEY.match(c.key)), "program_key", "Use lower-case letters, digits and _ for "
                 "a key.", f"causes.{i}.key")

        actions = {}
        for name in ACTIONS:
            actions[name] = integer((data.get("actions") or {}).get(name), f"actions.{name}")
            need(actions[name] >= 0, "program_negative", "This cannot be negative.",
                 f"actions.{name}")
            need(actions[name] <= MAX_POINTS_CHANGE, "points_too_large",
                 "At most 10,000,000 points.", f"actions.{name}")

        from app.domain.gifts import DEFAULT_PHRASES, check_template
        phrases = {}
        for key, templates in (data.get("phrases") or {}).items():
            if key not in DEFAULT_PHRASES or not isinstance(templates, dict):
                continue
            phrases[key] = {lang: str(text) for lang, text in templates.items() if lang in ("ru", "en")}
            for lang, text in phrases[key].items():
                problem = check_template(text, f"phrases.{key}.{lang}")
                if problem is not None:
                    problems.append(problem)

        limits = Limits.from_dict(data.get("limits"), integer, need)
        welcome = integer(data.get("welcome_bonus"), "welcome_bonus")
        need(welcome >= 0, "program_negative", "This cannot be negative.", "welcome_bonus")
        need(welcome <= MAX_POINTS_CHANGE, "points_too_large", "At most 10,000,000 points.",
             "welcome_bonus")
        absence = integer(data.get("long_absence_days"), "long_absence_days", 60)
        need(absence >= 0, "program_negative", "This cannot be negative.", "long_absence_days")
        need(absence <= MAX_ABSENCE_DAYS, "number_too_large", "At most {most}.",
             "long_absence_days", most=MAX_ABSENCE_DAYS)
        point_value = integer(data.get("point_value_minor"), "point_value_minor", 100)
        need(point_value > 0, "program_point_value", "A point must be worth something.",
             "point_value_minor")
        for kind, items in (("campaigns", campaigns), ("stamp_cards", stamp_cards),
                            ("causes", causes), ("categories", categories)):
            item_keys = [x.key for x in items]
            need(len(set(item_keys)) == len(item_keys), "program_duplicate_key",
                 "Two entries have the same key.", kind)
        large = data.get("large_amount_minor", DEFAULT_LARGE_AMOUNT_MINOR)
        if not (isinstance(large, int) and not isinstance(large, bool)
                and 0 < large <= MAX_AMOUNT_MINOR):
            problems.append(DomainError(
                "program_large_amount", "Enter an amount from 0.01 to 99,999,999.99.",
                field="large_amount_minor"))
            large = DEFAULT_LARGE_AMOUNT_MINOR
        if problems:
            raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
        return cls(str(data.get("name", "Regulars")), str(data.get("currency", "RUB")), welcome,
                   point_value, absence,
                   tuple(tiers), window, expiry, categories, tuple(campaigns),
                   tuple(stamp_cards), causes, actions, phrases, limits, large)

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
