"""Reading a program from the owner's data (a dict from JSON or the editor).

Every problem is collected, each with the field it belongs to, so the editor can mark
them all at once; ``read_program`` raises them together (ValidationErrors) or returns
the parts a Program is built from.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from app.domain.errors import DomainError, ValidationErrors
from app.domain.gifts import DEFAULT_PHRASES, check_template
from app.domain.giving import Limits
from app.domain.money import DEFAULT_LARGE_AMOUNT_MINOR, MAX_AMOUNT_MINOR
from app.domain.points_input import MAX_POINTS_CHANGE
from app.domain.program_items import (
    ACTIONS,
    CAMPAIGN_KINDS,
    EXPIRY_DAYS,
    EXPIRY_KINDS,
    MAX_ABSENCE_DAYS,
    MAX_WINDOW_MONTHS,
    WINDOWS,
    Campaign,
    Category,
    Cause,
    ExpiryPolicy,
    QualifyingWindow,
    StampCard,
    Tier,
)

_KEY = re.compile(r"^[a-z0-9_]{1,40}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY_TEXT = "Use lower-case letters, digits and _ for a key."
# Names and phrases need Russian and English (every till falls back to them); Latvian may be added.
REQUIRED_LANGUAGES = ("ru", "en")
LANGUAGES = ("ru", "en", "lv")


def _names(value, fallback: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"ru": value, "en": value}
    return {k: str(v) for k, v in (value or {}).items() if str(v).strip()} or {"en": fallback}


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def read_program(data: dict) -> tuple:
    """The Program's fields, in its order; raises every problem found."""
    return _Reader(data).read()


class _Reader:
    def __init__(self, data: dict) -> None:
        self.data = data
        self.problems: list[DomainError] = []

    def need(self, cond: bool, code: str, message: str, where: str, **params) -> None:
        if not cond:
            self.problems.append(DomainError(code, message, field=where, **params))

    def integer(self, value, where: str, default: int = 0) -> int:
        if value in (None, ""):
            return default
        try:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            self.problems.append(DomainError("program_not_integer", "Enter a whole number.",
                                             field=where))
            return default

    def day(self, value, where: str) -> date | None:
        try:
            return _date(value)
        except ValueError:
            self.problems.append(DomainError("program_bad_date", "Enter the date as YYYY-MM-DD.",
                                             field=where))
            return None

    def read(self) -> tuple:
        """Each part in the order the owner's editor lists its problems."""
        data = self.data
        tiers = self.tiers()
        window, expiry = self.window(), self.expiry()
        categories = self.keyed(Category, "categories")
        category_keys = {k.key for k in categories}
        campaigns = tuple(self.campaign(i, c, tiers, category_keys)
                          for i, c in enumerate(data.get("campaigns") or []))
        stamp_cards = self.stamp_cards(category_keys)
        causes = self.keyed(Cause, "causes")
        actions, phrases = self.actions(), self.phrases()
        limits = Limits.from_dict(data.get("limits"), self.integer, self.need)
        welcome, point_value, absence = self.numbers()
        for kind, items in (("campaigns", campaigns), ("stamp_cards", stamp_cards),
                            ("causes", causes), ("categories", categories)):
            item_keys = [x.key for x in items]
            self.need(len(set(item_keys)) == len(item_keys), "program_duplicate_key",
                      "Two entries have the same key.", kind)
        large = self.large_amount()
        offline = self.integer(data.get("offline_redeem_per_day", 0), "offline_redeem_per_day")
        self.need(offline >= 0, "program_negative", "This cannot be negative.",
                  "offline_redeem_per_day")
        self.need(offline <= MAX_POINTS_CHANGE, "points_too_large",
                  "At most 10,000,000 points.", "offline_redeem_per_day")
        region = str(data.get("phone_region") or "RU")
        self.need(region in phonenumbers.SUPPORTED_REGIONS, "shop_region",
                  "Choose the country of the shop's phones.", "phone_region")
        if self.problems:
            raise self.problems[0] if len(self.problems) == 1 else ValidationErrors(self.problems)
        return (str(data.get("name", "Regulars")), str(data.get("currency", "RUB")), welcome,
                point_value, absence, tuple(tiers), window, expiry, categories, campaigns,
                tuple(stamp_cards), causes, actions, phrases, limits, large, offline, region)

    # ---- the parts ---------------------------------------------------------------

    def tiers(self) -> list[Tier]:
        need, integer = self.need, self.integer
        tiers = []
        for i, t in enumerate(self.data.get("tiers") or []):
            key = str(t.get("key") or "").strip()
            need(bool(_KEY.match(key)), "program_key", _KEY_TEXT, f"tiers.{i}.key")
            names = _names(t.get("name"), key)
            need(all(names.get(lang, "").strip() for lang in REQUIRED_LANGUAGES),
                 "program_name_missing",
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
        self.tier_order(tiers)
        return tiers

    def tier_order(self, tiers: list[Tier]) -> None:
        need = self.need
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

    def window(self) -> QualifyingWindow:
        window_data = self.data.get("qualifying_window") or "lifetime"
        if isinstance(window_data, str):
            window_data = {"kind": window_data}
        window = QualifyingWindow(str(window_data.get("kind", "lifetime")),
                                  self.integer(window_data.get("months"),
                                               "qualifying_window.months", 12))
        self.need(window.kind in WINDOWS, "program_choice", "Choose one of the options.",
                  "qualifying_window.kind")
        self.need(1 <= window.months <= MAX_WINDOW_MONTHS, "program_months",
                  "From 1 to 120 months.", "qualifying_window.months")
        return window

    def expiry(self) -> ExpiryPolicy:
        expiry_data = self.data.get("expiry") or {"kind": "never"}
        expiry = ExpiryPolicy(str(expiry_data.get("kind", "never")),
                              self.integer(expiry_data.get("days"), "expiry.days", 365),
                              self.day(expiry_data.get("since"), "expiry.since"))
        self.need(expiry.kind in EXPIRY_KINDS, "program_choice", "Choose one of the options.",
                  "expiry.kind")
        # Ten years at most, like the window: a larger number overflows the date of expiry.
        self.need(EXPIRY_DAYS[0] <= expiry.days <= EXPIRY_DAYS[1], "program_expiry_days",
                  "Points must last from 30 days to 10 years (3650 days).", "expiry.days")
        return expiry

    def keyed(self, kind, section: str) -> tuple:
        """Categories or causes: a key and a name each."""
        items = tuple(kind(str(c.get("key", "")), _names(c.get("name"), c.get("key", "")))
                      for c in self.data.get(section) or [])
        for i, c in enumerate(items):
            self.need(bool(_KEY.match(c.key)), "program_key", _KEY_TEXT, f"{section}.{i}.key")
        return items

    def campaign(self, i: int, c: dict, tiers: list[Tier], category_keys: set[str]) -> Campaign:
        need, integer, where = self.need, self.integer, f"campaigns.{i}"
        camp = Campaign(
            str(c.get("key", "")), _names(c.get("name"), c.get("key", "")),
            str(c.get("kind", "")), self.day(c.get("starts"), f"{where}.starts") or date.min,
            self.day(c.get("ends"), f"{where}.ends") or date.min,
            tuple(c.get("tiers") or ()), integer(c.get("factor_percent"), f"{where}.factor_percent", 200),
            str(c.get("category") or ""), integer(c.get("extra_percent"), f"{where}.extra_percent"),
            str(c.get("tier") or ""), integer(c.get("threshold"), f"{where}.threshold"))
        need(bool(_KEY.match(camp.key)), "program_key", _KEY_TEXT, f"{where}.key")
        need(camp.kind in CAMPAIGN_KINDS, "program_choice", "Choose one of the options.",
             f"{where}.kind")
        need(c.get("starts") not in (None, ""), "program_date_missing",
             "Give the first day of the campaign.", f"{where}.starts")
        need(c.get("ends") not in (None, ""), "program_date_missing",
             "Give the last day of the campaign.", f"{where}.ends")
        need(camp.ends >= camp.starts, "program_dates", "The campaign ends before it starts.",
             f"{where}.ends")
        need(all(k in {t.key for t in tiers} for k in camp.tiers), "program_unknown_tier",
             "There is no such tier.", f"{where}.tiers")
        self.campaign_kind(camp, c, where, tiers, category_keys)
        return camp

    def campaign_kind(self, camp: Campaign, c: dict, where: str, tiers: list[Tier],
                      category_keys: set[str]) -> None:
        need = self.need
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

    def stamp_cards(self, category_keys: set[str]) -> list[StampCard]:
        need = self.need
        stamp_cards = []
        for i, s in enumerate(self.data.get("stamp_cards") or []):
            card = StampCard(str(s.get("key", "")), _names(s.get("name"), s.get("key", "")),
                             self.integer(s.get("stamps"), f"stamp_cards.{i}.stamps"),
                             _names(s.get("reward"), ""), str(s.get("category") or ""))
            need(bool(_KEY.match(card.key)), "program_key", _KEY_TEXT, f"stamp_cards.{i}.key")
            need(2 <= card.stamps <= 50, "program_stamps", "A set has from 2 to 50 stamps.",
                 f"stamp_cards.{i}.stamps")
            need(not card.category or card.category in category_keys, "program_unknown_category",
                 "There is no such category.", f"stamp_cards.{i}.category")
            need(bool(card.reward.get("ru") or card.reward.get("en")), "program_reward_missing",
                 "Say what the full set gives.", f"stamp_cards.{i}.reward")
            stamp_cards.append(card)
        return stamp_cards

    def actions(self) -> dict[str, int]:
        actions = {}
        for name in ACTIONS:
            actions[name] = self.integer((self.data.get("actions") or {}).get(name),
                                         f"actions.{name}")
            self.need(actions[name] >= 0, "program_negative", "This cannot be negative.",
                      f"actions.{name}")
            self.need(actions[name] <= MAX_POINTS_CHANGE, "points_too_large",
                      "At most 10,000,000 points.", f"actions.{name}")
        return actions

    def phrases(self) -> dict[str, dict[str, str]]:
        phrases = {}
        for key, templates in (self.data.get("phrases") or {}).items():
            if key not in DEFAULT_PHRASES or not isinstance(templates, dict):
                continue
            phrases[key] = {lang: str(text) for lang, text in templates.items()
                            if lang in REQUIRED_LANGUAGES or (lang in LANGUAGES and str(text).strip())}
            for lang, text in phrases[key].items():
                problem = check_template(text, f"phrases.{key}.{lang}")
                if problem is not None:
                    self.problems.append(problem)
        return phrases

    def numbers(self) -> tuple[int, int, int]:
        """The welcome bonus, the point's value and the days that make an absence long."""
        need, integer, data = self.need, self.integer, self.data
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
        return welcome, point_value, absence

    def large_amount(self) -> int:
        large = self.data.get("large_amount_minor", DEFAULT_LARGE_AMOUNT_MINOR)
        if not (isinstance(large, int) and not isinstance(large, bool)
                and 0 < large <= MAX_AMOUNT_MINOR):
            self.problems.append(DomainError(
                "program_large_amount", "Enter an amount from 0.01 to 99,999,999.99.",
                field="large_amount_minor"))
            large = DEFAULT_LARGE_AMOUNT_MINOR
        return large
