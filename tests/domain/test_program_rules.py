"""The program's rules beyond the basics: validation, campaigns, thresholds, windows,
expiry, stamps and progress. Property tests generate valid programs as dicts, the
way the owner's editor builds them, and load them through ``Program.from_dict``."""

import functools
import json
from datetime import date, timedelta
from itertools import accumulate

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError, ValidationErrors
from app.domain.program import Line, Program
from app.domain.program_items import ACTIONS, EXPIRY_KINDS, ExpiryPolicy, QualifyingWindow, add_months
from app.services.context import default_program_path, load_program

# Each example builds and validates a whole program: 50 keep the set fast and still
# find the counterexamples these rules have had.
SOME = settings(max_examples=50)
DEC = date(2024, 12, 10)  # inside the December campaigns below
CAMPAIGN_DAYS = date(2024, 12, 1)  # generated campaigns run between this day and ~4 months later


@functools.cache
def _default_dict() -> str:
    return json.dumps(load_program().to_dict())


def default_dict() -> dict:
    """A fresh, editable copy of the default program as the editor sees it."""
    return json.loads(_default_dict())


def campaign(kind, key=None, starts="2024-12-01", ends="2024-12-31", **extra):
    data = {"key": key or kind, "name": {"ru": f"Акция {kind}", "en": f"Campaign {kind}"},
            "kind": kind, "starts": starts, "ends": ends}
    data.update(extra)
    return data


def with_campaigns(*campaigns) -> Program:
    data = default_dict()
    data["campaigns"] = list(campaigns)
    return Program.from_dict(data)


def set_path(data, path, value):
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def problems_of(data) -> tuple[DomainError, list[tuple[str, str]]]:
    with pytest.raises(DomainError) as caught:
        Program.from_dict(data)
    error = caught.value
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    return error, sorted((e.field, e.code) for e in errors)


def rank(program, tier) -> int:
    return program.tier_rank(tier.key)


# ---- generated valid programs ------------------------------------------------------

@st.composite
def program_dicts(draw, campaign_threshold_anywhere=False, max_gap=5000):
    """A valid program dict. With ``campaign_threshold_anywhere`` a threshold campaign
    may lower a tier to anything below its own threshold (validation decides)."""
    n = draw(st.integers(1, 4))
    thresholds = [0, *accumulate(draw(st.lists(st.integers(2, max_gap), min_size=n - 1, max_size=n - 1)))]
    tiers = [{"key": f"t{i}", "name": {"ru": f"Уровень {i}", "en": f"Tier {i}"},
              "threshold": thresholds[i], "earn_percent": draw(st.integers(0, 100)),
              "colour": "#123abc"} for i in range(n)]
    keys = [t["key"] for t in tiers]
    categories = draw(st.lists(st.sampled_from(["coffee", "bakery", "tea"]), unique=True, max_size=3))
    kinds = ["multiplier"] + (["threshold"] if n > 1 else []) + (["category"] if categories else [])
    campaigns = []
    for i in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(kinds))
        starts = CAMPAIGN_DAYS + timedelta(days=draw(st.integers(0, 60)))
        ends = starts + timedelta(days=draw(st.integers(0, 60)))
        extra = {"tiers": draw(st.lists(st.sampled_from(keys), unique=True, max_size=n))}
        if kind == "multiplier":
            extra["factor_percent"] = draw(st.integers(101, 500))
        elif kind == "category":
            extra.update(category=draw(st.sampled_from(categories)), extra_percent=draw(st.integers(1, 100)))
        else:
            target = draw(st.integers(1, n - 1))
            low = 1 if campaign_threshold_anywhere else thresholds[target - 1] + 1
            extra.update(tier=keys[target], threshold=draw(st.integers(low, thresholds[target] - 1)))
        campaigns.append(campaign(kind, key=f"c{i}", starts=starts.isoformat(), ends=ends.isoformat(),
                                  **extra))
    stamp_cards = [{"key": f"s{i}", "name": {"ru": "Карта", "en": "Card"},
                    "stamps": draw(st.integers(2, 50)), "reward": {"ru": "подарок", "en": "a gift"},
                    "category": draw(st.sampled_from(["", *categories]))}
                   for i in range(draw(st.integers(0, 2)))]
    since = draw(st.none() | st.dates(date(2015, 1, 1), date(2030, 12, 31)))
    return {
        "name": "Test", "currency": "RUB",
        "welcome_bonus": draw(st.integers(0, 1000)),
        "point_value_minor": draw(st.sampled_from([1, 10, 100, 1000])),
        "long_absence_days": 60,
        "qualifying_window": {"kind": draw(st.sampled_from(["lifetime", "calendar_year", "rolling_months"])),
                              "months": draw(st.integers(1, 120))},
        "expiry": {"kind": draw(st.sampled_from(EXPIRY_KINDS)), "days": draw(st.integers(30, 3650)),
                   "since": since.isoformat() if since else None},
        "tiers": tiers,
        "categories": [{"key": c, "name": {"ru": c, "en": c}} for c in categories],
        "campaigns": campaigns,
        "stamp_cards": stamp_cards,
        "causes": [{"key": "shelter", "name": {"ru": "Приют", "en": "Shelter"}}],
        "actions": {"survey": draw(st.integers(0, 500)), "review": 100},
    }


programs = program_dicts().map(Program.from_dict)
campaign_days = st.dates(CAMPAIGN_DAYS - timedelta(days=10), CAMPAIGN_DAYS + timedelta(days=130))
qualifying = st.integers(0, 30000)


@st.composite
def purchases(draw, program):
    """(amount, redeemed points, lines) for a purchase under ``program``."""
    amount = draw(st.integers(0, 10 ** 7))
    redeemed = draw(st.integers(0, max(0, amount // program.point_value_minor)))
    cats = [c.key for c in program.categories] + ["other"]
    lines = draw(st.lists(st.builds(Line, st.sampled_from(cats), st.integers(0, max(0, amount)),
                                    st.integers(-1, 5)), max_size=4))
    return amount, redeemed, tuple(lines)


# ---- loading and round trips -------------------------------------------------------

def test_default_program_round_trips():
    program = load_program()
    assert Program.from_dict(program.to_dict()) == program
    assert Program.from_dict(json.loads(json.dumps(program.to_dict()))) == program


@SOME
@given(program_dicts())
def test_every_valid_program_round_trips_through_json(data):
    program = Program.from_dict(data)
    again = Program.from_dict(json.loads(json.dumps(program.to_dict())))
    assert again == program
    assert again.to_dict() == program.to_dict()


def test_default_program_extras_load():
    program = load_program()
    assert [c.key for c in program.categories] == ["coffee", "bakery"]
    assert program.category_name("coffee", "ru") == "Кофе"
    assert program.category_name("unknown", "ru") == "unknown"
    assert program.cause("shelter").name("en") == "Faithful Friend animal shelter"
    assert program.cause("nope") is None
    shipped = json.loads(default_program_path().read_text(encoding="utf-8"))["actions"]
    assert program.actions == {name: shipped.get(name, 0) for name in ACTIONS}
    assert (program.actions["survey"], program.actions["birthday"]) == (50, 300)
    assert program.tier_by_key("wolf").perks_text("en") == "Free coffee size upgrade"
    assert program.tier_by_key("bunny").perks_text("en") == ""
    assert program.tier_by_key("wolf").name("de") == "Wolf"  # unknown language: English


def test_missing_optional_sections_take_defaults():
    data = {"tiers": [{"key": "base", "name": "Base", "threshold": 0, "earn_percent": 2}]}
    program = Program.from_dict(data)
    assert program.window == QualifyingWindow("lifetime", 12)
    assert program.expiry == ExpiryPolicy("never", 365, None)
    assert program.point_value_minor == 100 and program.welcome_bonus == 0
    assert program.campaigns == () and program.stamp_cards == ()
    assert set(program.actions.values()) == {0}
    assert program.tiers[0].names == {"ru": "Base", "en": "Base"}
    assert Program.from_dict({**data, "qualifying_window": "calendar_year"}).window.kind == "calendar_year"


# ---- validation --------------------------------------------------------------------

SINGLE_PROBLEMS = [
    # (path changed, new value, field flagged, code)
    ("tiers.1.threshold", 0, "tiers.1.threshold", "program_thresholds_order"),
    ("tiers.2.threshold", 2500, "tiers.2.threshold", "program_thresholds_order"),
    ("tiers.0.threshold", 5, "tiers.0.threshold", "program_first_tier"),
    ("tiers.1.earn_percent", -1, "tiers.1.earn_percent", "program_rate"),
    ("tiers.1.earn_percent", 101, "tiers.1.earn_percent", "program_rate"),
    ("tiers.1.earn_percent", "5%", "tiers.1.earn_percent", "program_not_integer"),
    ("tiers.1.key", "Wolf", "tiers.1.key", "program_key"),
    ("tiers.2.key", "wolf", "tiers", "program_duplicate_key"),
    ("tiers.1.name", {"en": "Wolf"}, "tiers.1.name", "program_name_missing"),
    ("tiers.1.colour", "grey", "tiers.1.colour", "program_colour"),
    ("tiers", [], "tiers", "program_no_tiers"),
    ("qualifying_window", {"kind": "weekly"}, "qualifying_window.kind", "program_choice"),
    ("qualifying_window.months", 0, "qualifying_window.months", "program_months"),
    ("qualifying_window.months", 121, "qualifying_window.months", "program_months"),
    ("expiry", {"kind": "monthly"}, "expiry.kind", "program_choice"),
    ("expiry", {"kind": "days_after_earning", "days": 29}, "expiry.days", "program_expiry_days"),
    ("expiry", {"kind": "days_after_earning", "days": 100, "since": "2024-13-01"}, "expiry.since",
     "program_bad_date"),
    ("welcome_bonus", -1, "welcome_bonus", "program_negative"),
    ("welcome_bonus", True, "welcome_bonus", "program_not_integer"),
    ("welcome_bonus", 2.5, "welcome_bonus", "program_not_integer"),
    ("point_value_minor", 0, "point_value_minor", "program_point_value"),
    ("actions.survey", -50, "actions.survey", "program_negative"),
    ("categories.1.key", "coffee", "categories", "program_duplicate_key"),
    ("categories.1.key", "Bakery!", "categories.1.key", "program_key"),
    ("stamp_cards.0.category", "tea", "stamp_cards.0.category", "program_unknown_category"),
    ("stamp_cards.0.stamps", 1, "stamp_cards.0.stamps", "program_stamps"),
    ("stamp_cards.0.stamps", 51, "stamp_cards.0.stamps", "program_stamps"),
    ("stamp_cards.0.reward", {}, "stamp_cards.0.reward", "program_reward_missing"),
    ("causes.0.key", "", "causes.0.key", "program_key"),
    ("campaigns", [campaign("multiplier", factor_percent=100)], "campaigns.0.factor_percent",
     "program_campaign_adds"),
    ("campaigns", [campaign("multiplier", factor_percent=50)], "campaigns.0.factor_percent",
     "program_campaign_adds"),
    ("campaigns", [campaign("category", category="tea", extra_percent=10)], "campaigns.0.category",
     "program_unknown_category"),
    ("campaigns", [campaign("category", category="coffee", extra_percent=0)], "campaigns.0.extra_percent",
     "program_campaign_adds"),
    ("campaigns", [campaign("threshold", tier="lion", threshold=10000)], "campaigns.0.threshold",
     "program_threshold_lower"),
    ("campaigns", [campaign("threshold", tier="lion", threshold=12000)], "campaigns.0.threshold",
     "program_threshold_lower"),
    ("campaigns", [campaign("threshold", tier="lion", threshold=0)], "campaigns.0.threshold",
     "program_threshold_lower"),
    # Lowering Lion to Wolf's threshold or below would skip Wolf and misstate progress.
    ("campaigns", [campaign("threshold", tier="lion", threshold=2500)], "campaigns.0.threshold",
     "program_threshold_lower"),
    ("campaigns", [campaign("threshold", tier="lion", threshold=2000)], "campaigns.0.threshold",
     "program_threshold_lower"),
    ("campaigns", [campaign("threshold", tier="tiger", threshold=100)], "campaigns.0.tier",
     "program_unknown_tier"),
    ("campaigns", [campaign("multiplier", tiers=["wolf", "tiger"])], "campaigns.0.tiers",
     "program_unknown_tier"),
    ("campaigns", [campaign("multiplier", starts="2024-12-31", ends="2024-12-01")], "campaigns.0.ends",
     "program_dates"),
    ("campaigns", [campaign("multiplier", starts="31.12.2024")], "campaigns.0.starts", "program_bad_date"),
    ("campaigns", [campaign("lottery")], "campaigns.0.kind", "program_choice"),
    ("campaigns", [campaign("multiplier", key="Double!")], "campaigns.0.key", "program_key"),
    ("campaigns", [campaign("multiplier"), campaign("multiplier")], "campaigns", "program_duplicate_key"),
]


@pytest.mark.parametrize("path,value,where,code", SINGLE_PROBLEMS,
                         ids=[f"{p[2]}:{p[3]}" for p in SINGLE_PROBLEMS])
def test_one_problem_is_one_domain_error(path, value, where, code):
    data = default_dict()
    set_path(data, path, value)
    error, found = problems_of(data)
    assert found == [(where, code)]
    assert type(error) is DomainError  # not wrapped in ValidationErrors when alone
    assert error.message  # a readable English fallback for the UI


def test_every_problem_is_listed_with_its_field():
    data = default_dict()
    data["tiers"][2]["threshold"] = 2000  # not above Wolf's 2500
    data["tiers"][0]["earn_percent"] = -3
    data["qualifying_window"]["months"] = 0
    data["campaigns"] = [
        campaign("multiplier", key="double", factor_percent=100),
        campaign("threshold", key="wolfdays", tier="wolf", threshold=2500),
        campaign("category", key="coffee_extra", category="coffee", extra_percent=-5),
    ]
    data["stamp_cards"][0]["category"] = "tea"
    error, found = problems_of(data)
    assert isinstance(error, ValidationErrors) and error.code == "validation"
    assert found == sorted([
        ("tiers.2.threshold", "program_thresholds_order"),
        ("tiers.0.earn_percent", "program_rate"),
        ("qualifying_window.months", "program_months"),
        ("campaigns.0.factor_percent", "program_campaign_adds"),
        ("campaigns.1.threshold", "program_threshold_lower"),
        ("campaigns.2.extra_percent", "program_campaign_adds"),
        ("stamp_cards.0.category", "program_unknown_category"),
    ])
    assert all(type(e) is DomainError and e.message for e in error.errors)
    assert all(e.message in error.message for e in error.errors)


def test_negative_tier_threshold_is_flagged_twice_on_the_same_field():
    data = default_dict()
    data["tiers"][1]["threshold"] = -5
    _, found = problems_of(data)
    assert found == [("tiers.1.threshold", "program_negative"),
                     ("tiers.1.threshold", "program_thresholds_order")]


def test_threshold_campaign_on_the_first_tier_is_refused():
    data = default_dict()
    data["campaigns"] = [campaign("threshold", tier="bunny", threshold=0)]
    _, found = problems_of(data)
    assert ("campaigns.0.tier", "program_unknown_tier") in found


def test_threshold_campaign_just_above_the_tier_below_is_accepted():
    program = with_campaigns(campaign("threshold", tier="lion", threshold=2501))
    assert program.thresholds(DEC)["lion"] == 2501


def assert_progress_exact(program, q, current_key, day):
    p = program.progress(q, current_key, day)
    if p.next_tier is None:
        return
    after = program.tier_for(q + p.points_to_next, day, p.tier.key)
    assert rank(program, after) >= rank(program, p.next_tier), (q, current_key, p)
    if p.points_to_next > 0:
        short = program.tier_for(q + p.points_to_next - 1, day, p.tier.key)
        assert rank(program, short) < rank(program, p.next_tier), (q, current_key, p)


@SOME
@given(program_dicts(campaign_threshold_anywhere=True, max_gap=40), st.data())
def test_whatever_validation_accepts_progress_names_the_exact_points(data, draws):
    """"N points to Lion" must be true: N points more reach the next tier, N-1 do not."""
    try:
        program = Program.from_dict(data)
    except DomainError:
        assume(False)
    # Mostly a day some campaign runs, and points anywhere on the ladder.
    day = draws.draw(st.sampled_from([c.starts for c in program.campaigns] or [CAMPAIGN_DAYS]) | campaign_days)
    q = draws.draw(st.integers(0, program.tiers[-1].threshold + 5))
    current = draws.draw(st.integers(0, 3))
    current_key = program.tiers[min(current, len(program.tiers) - 1)].key
    p = program.progress(q, current_key, day)
    assert p.points_to_next >= 0 and 0.0 <= p.fraction <= 1.0
    if p.next_tier is None:
        assert p.tier == program.tiers[-1] and p.points_to_next == 0 and p.fraction == 1.0
        return
    assert rank(program, p.next_tier) == rank(program, p.tier) + 1
    assert_progress_exact(program, q, current_key, day)


@pytest.mark.parametrize("tier", ["wolf", "lion"])
def test_any_accepted_threshold_campaign_keeps_progress_exact(tier):
    """Every lowered threshold validation lets through, on the default ladder."""
    accepted = 0
    for lowered in range(1, 10000, 37):
        data = default_dict()
        data["campaigns"] = [campaign("threshold", tier=tier, threshold=lowered)]
        try:
            program = Program.from_dict(data)
        except DomainError:
            continue
        accepted += 1
        for q in range(0, 10200, 150):
            for current in ("bunny", "wolf", "lion"):
                assert_progress_exact(program, q, current, DEC)
    assert accepted >= 50


# ---- tiers and threshold campaigns -------------------------------------------------

@SOME
@given(programs, qualifying, qualifying, st.none() | campaign_days, st.integers(-1, 3))
def test_tier_is_monotone_in_qualifying_points_and_campaigns_only_lower(program, a, b, day, who):
    tier_key = "" if who < 0 else program.tiers[min(who, len(program.tiers) - 1)].key
    lo, hi = sorted((a, b))
    assert rank(program, program.tier_for(lo, day, tier_key)) <= rank(program, program.tier_for(hi, day, tier_key))
    values = program.thresholds(day, tier_key)
    assert values[program.tier_for(hi, day, tier_key).key] <= hi
    # A threshold campaign lowers a threshold, never raises one, and keeps the ladder in order,
    # so it can only ever help a member up.
    for tier in program.tiers:
        assert 0 <= values[tier.key] <= tier.threshold
    assert list(values.values()) == sorted(set(values.values()))
    assert rank(program, program.tier_for(lo, day, tier_key)) >= rank(program, program.tier_for(lo))


def test_threshold_campaign_lowers_lion_for_its_dates_only():
    program = with_campaigns(campaign("threshold", key="lion_month", tier="lion", threshold=8000))
    assert program.tier_for(8000, DEC).key == "lion"
    assert program.tier_for(7999, DEC).key == "wolf"
    assert program.tier_for(8000, date(2024, 12, 31)).key == "lion"  # the end day is included
    assert program.tier_for(8000, date(2025, 1, 1)).key == "wolf"
    assert program.tier_for(8000, date(2024, 11, 30)).key == "wolf"
    assert program.tier_for(8000).key == "wolf"  # no day: the tiers' own thresholds
    assert program.thresholds(DEC) == {"bunny": 0, "wolf": 2500, "lion": 8000}


def test_threshold_campaign_for_some_tiers_only():
    program = with_campaigns(campaign("threshold", key="wolves", tier="lion", threshold=8000, tiers=["wolf"]))
    assert program.tier_for(8000, DEC, "wolf").key == "lion"
    assert program.tier_for(8000, DEC, "bunny").key == "wolf"
    assert program.active_campaigns(DEC, "wolf")[0].key == "wolves"
    assert program.active_campaigns(DEC, "bunny") == []


def test_the_lowest_of_two_threshold_campaigns_applies():
    program = with_campaigns(campaign("threshold", key="a", tier="lion", threshold=9000),
                             campaign("threshold", key="b", tier="lion", threshold=7000,
                                      starts="2024-12-05", ends="2024-12-06"))
    assert program.thresholds(date(2024, 12, 5))["lion"] == 7000
    assert program.thresholds(date(2024, 12, 7))["lion"] == 9000


def test_progress_against_a_lowered_threshold():
    program = with_campaigns(campaign("threshold", tier="lion", threshold=8000))
    p = program.progress(5000, "wolf", DEC)
    assert (p.tier.key, p.next_tier.key, p.points_to_next) == ("wolf", "lion", 3000)
    assert p.fraction == pytest.approx((5000 - 2500) / (8000 - 2500))
    assert program.progress(5000, "wolf", date(2025, 1, 2)).points_to_next == 5000


def test_progress_keeps_a_tier_held_from_an_earlier_period():
    program = load_program()
    kept = program.progress(100, "wolf")
    assert (kept.tier.key, kept.next_tier.key, kept.points_to_next, kept.fraction) == ("wolf", "lion", 9900, 0.0)
    top = program.progress(100, "lion")
    assert (top.tier.key, top.next_tier, top.points_to_next, top.fraction) == ("lion", None, 0, 1.0)
    promoted = program.progress(3000, "bunny")  # the points earn more than the tier held
    assert (promoted.tier.key, promoted.points_to_next) == ("wolf", 7000)


# ---- earning with campaigns --------------------------------------------------------

@SOME
@given(programs.flatmap(lambda p: st.tuples(st.just(p), purchases(p))), campaign_days,
       st.integers(0, 3), st.sampled_from(["ru", "en"]))
def test_campaigns_only_ever_add_points(program_purchase, day, which, lang):
    program, (amount, redeemed, lines) = program_purchase
    tier = program.tiers[min(which, len(program.tiers) - 1)]
    earning = program.earn(tier, amount, redeemed, day, lines, lang)
    assert earning.base == program.earned_points(tier, amount, redeemed)
    assert all(b.points > 0 for b in earning.bonuses)
    assert earning.total >= earning.base >= 0
    active = {c.key for c in program.active_campaigns(day, tier.key) if c.kind != "threshold"}
    assert {b.key for b in earning.bonuses} <= active
    # A day no campaign runs on earns the base alone.
    assert program.earn(tier, amount, redeemed, date(2020, 1, 1), lines, lang).total == earning.base


def test_double_points_during_the_campaign_only():
    program = with_campaigns(campaign("multiplier", key="double",
                                      name={"ru": "Двойные баллы", "en": "Double points"},
                                      factor_percent=200))
    wolf = program.tier_by_key("wolf")
    earning = program.earn(wolf, 100000, 0, DEC, lang="ru")
    assert (earning.base, earning.total) == (50, 100)
    assert [(b.key, b.name, b.points) for b in earning.bonuses] == [("double", "Двойные баллы", 50)]
    assert program.earn(wolf, 100000, 0, date(2024, 12, 31)).total == 100  # the end day is included
    assert program.earn(wolf, 100000, 0, date(2025, 1, 1)).bonuses == ()
    assert program.earn(wolf, 100000, 0, date(2024, 11, 30)).bonuses == ()


def test_multiplier_bonus_is_rounded_down_and_zero_bonuses_are_left_out():
    program = with_campaigns(campaign("multiplier", factor_percent=150))
    bunny = program.tier_by_key("bunny")
    assert program.earn(bunny, 10000, 0, DEC).bonuses[0].points == 1  # base 3, half of it: 1
    small = program.earn(bunny, 3400, 0, DEC)  # base 1, half of it rounds to 0
    assert (small.base, small.bonuses) == (1, ())


def test_campaign_for_some_tiers_only():
    program = with_campaigns(campaign("multiplier", tiers=["lion"], factor_percent=300))
    assert program.earn(program.tier_by_key("wolf"), 100000, 0, DEC).bonuses == ()
    assert program.earn(program.tier_by_key("lion"), 100000, 0, DEC).total == 70 + 140


def test_category_extra_on_the_money_actually_paid():
    program = with_campaigns(campaign("category", key="coffee10", category="coffee", extra_percent=10))
    bunny = program.tier_by_key("bunny")
    lines = (Line("coffee", 20000, 2), Line("bakery", 80000, 3))
    full = program.earn(bunny, 100000, 0, DEC, lines)
    assert (full.base, [(b.key, b.points) for b in full.bonuses]) == (30, [("coffee10", 20)])
    half = program.earn(bunny, 100000, 500, DEC, lines)  # half the purchase paid with points
    assert (half.base, [b.points for b in half.bonuses]) == (15, [10])
    none = program.earn(bunny, 100000, 1000, DEC, lines)  # all paid with points
    assert (none.base, none.bonuses) == (0, ())
    no_coffee = program.earn(bunny, 100000, 0, DEC, (Line("bakery", 100000),))
    assert no_coffee.bonuses == ()


def test_campaign_bonuses_add_up():
    program = with_campaigns(campaign("multiplier", key="double", factor_percent=200),
                             campaign("category", key="coffee10", category="coffee", extra_percent=10),
                             campaign("threshold", key="lion_month", tier="lion", threshold=8000))
    wolf = program.tier_by_key("wolf")
    earning = program.earn(wolf, 100000, 0, DEC, (Line("coffee", 100000),))
    assert [(b.key, b.points) for b in earning.bonuses] == [("double", 50), ("coffee10", 100)]
    assert earning.total == 50 + 50 + 100  # a threshold campaign adds no points itself


# ---- stamp cards -------------------------------------------------------------------

def test_stamps_for_category_card_count_items_of_its_category():
    program = load_program()
    card = program.stamp_cards[0]
    assert (card.key, card.stamps, card.category) == ("coffee6", 6, "coffee")
    assert card.reward_text("ru") == "седьмой кофе в подарок"
    assert program.stamps_for(card, (Line("coffee", 30000, 2), Line("bakery", 9000, 4),
                                     Line("coffee", 15000, 1))) == 3
    assert program.stamps_for(card, (Line("bakery", 9000, 4),)) == 0
    assert program.stamps_for(card, ()) == 0
    assert program.stamps_for(card, (Line("coffee", 100, -2), Line("coffee", 100, 1))) == 1


def test_card_without_category_stamps_once_per_purchase():
    data = default_dict()
    data["stamp_cards"] = [{"key": "visits", "name": "Visits", "stamps": 10, "reward": "A cake"}]
    program = Program.from_dict(data)
    card = program.stamp_cards[0]
    assert card.category == ""
    assert program.stamps_for(card, (Line("coffee", 100, 5), Line("bakery", 100, 3))) == 1
    assert program.stamps_for(card, ()) == 1


@SOME
@given(st.sampled_from(["", "coffee", "bakery"]),
       st.lists(st.tuples(st.sampled_from(["coffee", "bakery", "tea"]), st.integers(-2, 20)), max_size=6))
def test_stamps_never_negative_and_count_matching_items(category, items):
    data = default_dict()
    data["stamp_cards"][0]["category"] = category
    program = Program.from_dict(data)
    card = program.stamp_cards[0]
    stamps = program.stamps_for(card, tuple(Line(cat, 100, qty) for cat, qty in items))
    if category:
        assert stamps == sum(max(0, q) for c, q in items if c == category)
    else:
        assert stamps == 1


# ---- qualifying window -------------------------------------------------------------

def test_window_periods():
    lifetime, year, rolling = (QualifyingWindow("lifetime"), QualifyingWindow("calendar_year"),
                               QualifyingWindow("rolling_months", 12))
    day = date(2024, 7, 15)
    assert (lifetime.start(day), lifetime.next_review(day), lifetime.start_for_review(day)) == (None,) * 3
    assert year.start(day) == date(2024, 1, 1)
    assert year.next_review(day) == date(2025, 1, 1)
    assert year.start_for_review(date(2025, 1, 1)) == date(2024, 1, 1)
    assert rolling.start(date(2024, 2, 29)) == date(2023, 2, 28)
    assert rolling.next_review(date(2024, 2, 29)) == date(2025, 2, 28)
    assert QualifyingWindow("rolling_months", 3).start(date(2024, 5, 31)) == date(2024, 2, 29)
    assert rolling.start_for_review(date(2025, 7, 15)) == date(2024, 7, 15)


@given(st.sampled_from(["calendar_year", "rolling_months"]), st.integers(1, 120),
       st.dates(date(1990, 1, 1), date(2200, 12, 31)))
def test_window_always_moves_forward(kind, months, today):
    window = QualifyingWindow(kind, months)
    assert window.start(today) <= today
    review = window.next_review(today)
    assert review > today  # a review loop always ends
    assert window.start_for_review(review) < review
    if kind == "calendar_year":
        assert window.start_for_review(review) == window.start(today)
    else:
        assert (today.year * 12 + today.month) - (window.start(today).year * 12 + window.start(today).month) \
            == months


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(-1200, 1200))
def test_add_months(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (result.day < day.day and (result + timedelta(days=1)).day == 1)


# ---- expiry ------------------------------------------------------------------------

def test_expiry_never():
    assert ExpiryPolicy("never").expires_on(date(2024, 5, 5)) is None
    assert ExpiryPolicy("never", since=date(2020, 1, 1)).expires_on(date(2024, 5, 5)) is None


def test_days_after_earning_starts_the_clock_at_since_for_older_lots():
    policy = ExpiryPolicy("days_after_earning", 100, since=date(2024, 6, 1))
    assert policy.expires_on(date(2023, 1, 15)) == date(2024, 6, 1) + timedelta(days=100)
    assert policy.expires_on(date(2024, 6, 1)) == date(2024, 9, 9)
    assert policy.expires_on(date(2024, 7, 1)) == date(2024, 7, 1) + timedelta(days=100)
    assert ExpiryPolicy("days_after_earning", 365).expires_on(date(2024, 3, 1)) == date(2025, 3, 1)


def test_end_of_year_gives_31_december():
    policy = ExpiryPolicy("end_of_year", since=date(2024, 6, 1))
    assert policy.expires_on(date(2023, 5, 5)) == date(2024, 12, 31)  # not 2023: not retroactive
    assert policy.expires_on(date(2024, 7, 7)) == date(2024, 12, 31)
    assert policy.expires_on(date(2025, 1, 1)) == date(2025, 12, 31)
    assert ExpiryPolicy("end_of_year").expires_on(date(2019, 12, 31)) == date(2019, 12, 31)


@given(st.sampled_from(["days_after_earning", "end_of_year"]), st.integers(30, 3650),
       st.none() | st.dates(date(2000, 1, 1), date(2099, 12, 31)),
       st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(0, 800))
def test_expiry_is_never_retroactive_and_monotone(kind, days, since, earned, later):
    policy = ExpiryPolicy(kind, days, since)
    expires = policy.expires_on(earned)
    clock = max(earned, since) if since else earned
    assert expires >= clock >= earned
    if kind == "end_of_year":
        assert expires == date(clock.year, 12, 31)
    else:
        assert expires == clock + timedelta(days=days)
    assert policy.expires_on(earned + timedelta(days=later)) >= expires  # later lots never expire sooner


@SOME
@given(st.sampled_from(EXPIRY_KINDS), st.integers(30, 10 ** 7),
       st.none() | st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_whatever_validation_accepts_expiry_can_be_computed(kind, days, since, earned):
    data = default_dict()
    data["expiry"] = {"kind": kind, "days": days, "since": since.isoformat() if since else None}
    try:
        program = Program.from_dict(data)
    except DomainError as error:
        assert (error.code, error.field) == ("program_expiry_days", "expiry.days")
        assume(False)
    expires = program.expiry.expires_on(earned)  # must not overflow at the till
    assert expires is None or expires >= earned


def _program_with_expiry(kind, since=None, days=365):
    data = default_dict()
    data["expiry"] = {"kind": kind, "days": days, "since": since}
    return Program.from_dict(data)


TODAY = date(2025, 3, 10)


def test_switching_expiry_on_starts_the_clock_today():
    before = _program_with_expiry("never")
    after = _program_with_expiry("days_after_earning").with_expiry_started(before, TODAY)
    assert after.expiry == ExpiryPolicy("days_after_earning", 365, TODAY)
    # A stale ``since`` in the edited dict does not make expiry retroactive.
    stale = _program_with_expiry("end_of_year", since="2020-01-01").with_expiry_started(before, TODAY)
    assert stale.expiry.since == TODAY
    first = _program_with_expiry("end_of_year").with_expiry_started(None, TODAY)
    assert first.expiry.since == TODAY


def test_expiry_already_on_keeps_its_start():
    started = date(2024, 1, 15)
    before = _program_with_expiry("days_after_earning", since=started.isoformat())
    for edited in (_program_with_expiry("end_of_year"),
                   _program_with_expiry("days_after_earning", days=90),
                   _program_with_expiry("days_after_earning", since="2019-01-01"),
                   _program_with_expiry("days_after_earning", since="2025-03-01")):
        assert edited.with_expiry_started(before, TODAY).expiry.since == started
    same = Program.from_dict(before.to_dict())
    assert same.with_expiry_started(before, TODAY) == before


def test_switching_expiry_off_clears_since_and_on_again_restarts():
    on = _program_with_expiry("days_after_earning", since="2024-01-15")
    off = _program_with_expiry("never", since="2024-01-15").with_expiry_started(on, TODAY)
    assert off.expiry == ExpiryPolicy("never", 365, None)
    again = _program_with_expiry("days_after_earning").with_expiry_started(off, TODAY + timedelta(days=5))
    assert again.expiry.since == TODAY + timedelta(days=5)


def test_with_expiry_started_changes_nothing_else():
    before = _program_with_expiry("never")
    edited = _program_with_expiry("end_of_year")
    after = edited.with_expiry_started(before, TODAY)
    assert {**after.to_dict(), "expiry": None} == {**edited.to_dict(), "expiry": None}


def test_cleared_campaign_factor_is_flagged_not_taken_as_double_points():
    data = default_dict()
    data["campaigns"] = [campaign("multiplier", factor_percent="")]
    _, found = problems_of(data)
    assert found == [("campaigns.0.factor_percent", "program_not_integer")]
    data["campaigns"] = [campaign("multiplier", factor_percent=100)]
    _, found = problems_of(data)
    assert found == [("campaigns.0.factor_percent", "program_campaign_adds")]
