import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.program import Program
from app.services.context import default_program_path, load_program


@pytest.fixture(scope="module")
def program():
    return load_program()


def test_default_tiers(program):
    assert [(t.key, t.name("en"), t.threshold) for t in program.tiers] == [
        ("bunny", "Bunny", 0), ("wolf", "Wolf", 2500), ("lion", "Lion", 10000)]
    assert [t.earn_percent for t in program.tiers] == [3, 5, 7]
    assert program.welcome_bonus == 200
    assert program.point_value_minor == 100


def test_from_dict_matches_loader(program):
    data = json.loads(default_program_path().read_text(encoding="utf-8"))
    assert Program.from_dict(data) == program
    assert Program.from_dict(program.to_dict()) == program


def test_first_tier_must_start_at_zero():
    with pytest.raises(DomainError) as caught:
        Program.from_dict({"tiers": [{"key": "x", "name": {"en": "X", "ru": "Икс"}, "threshold": 5,
                                      "earn_percent": 1}]})
    assert (caught.value.code, caught.value.field) == ("program_first_tier", "tiers.0.threshold")


@pytest.mark.parametrize("q,key", [(0, "bunny"), (2499, "bunny"), (2500, "wolf"), (9999, "wolf"),
                                   (10000, "lion"), (10 ** 9, "lion")])
def test_tier_for_boundaries(program, q, key):
    assert program.tier_for(q).key == key


@given(st.integers(min_value=0, max_value=10 ** 7), st.integers(min_value=0, max_value=10 ** 7))
def test_tier_monotone_in_qualifying(a, b):
    program = load_program()
    lo, hi = sorted((a, b))
    assert program.tier_for(lo).threshold <= program.tier_for(hi).threshold
    assert program.tier_for(hi).threshold <= hi


def test_progress(program):
    p = program.progress(2356)
    assert (p.tier.key, p.next_tier.key, p.points_to_next) == ("bunny", "wolf", 144)
    assert p.fraction == pytest.approx(2356 / 2500)
    top = program.progress(12000)
    assert top.next_tier is None and top.points_to_next == 0 and top.fraction == 1.0


def test_earned_points(program):
    bunny, wolf = program.tier_by_key("bunny"), program.tier_by_key("wolf")
    assert program.earned_points(bunny, 100000, 0) == 30  # 3% of 1000 RUB
    assert program.earned_points(wolf, 100000, 0) == 50
    assert program.earned_points(bunny, 100000, 200) == 24  # 3% of 800 RUB
    assert program.earned_points(bunny, 3399, 0) == 1  # rounded down
    assert program.earned_points(bunny, 100000, 1000) == 0  # whole amount paid with points


@given(st.integers(min_value=1, max_value=10 ** 8), st.sampled_from(["bunny", "wolf", "lion"]))
def test_redeeming_whole_amount_earns_nothing(amount_roubles, key):
    program = load_program()
    amount = amount_roubles * program.point_value_minor
    assert program.earned_points(program.tier_by_key(key), amount, amount_roubles) == 0


@given(st.integers(min_value=1, max_value=10 ** 8), st.integers(min_value=0, max_value=10 ** 6),
       st.sampled_from(["bunny", "wolf", "lion"]))
def test_points_part_never_earns(amount, redeem, key):
    program = load_program()
    tier = program.tier_by_key(key)
    paid = max(0, amount - redeem * program.point_value_minor)
    assert program.earned_points(tier, amount, redeem) == program.earned_points(tier, paid, 0) \
        if paid else program.earned_points(tier, amount, redeem) == 0


@given(st.integers(min_value=-1000, max_value=-1), st.integers(min_value=1, max_value=10 ** 8))
def test_max_redeemable_zero_when_balance_negative(balance, amount):
    assert load_program().max_redeemable(balance, amount) == 0


def test_check_redemption(program):
    program.check_redemption(500, 100000, 500)  # fine
    with pytest.raises(DomainError) as exc:
        program.check_redemption(500, 100000, 501)
    assert exc.value.code == "redeem_over_balance" and exc.value.params["available"] == 500
    with pytest.raises(DomainError) as exc:
        program.check_redemption(5000, 10000, 101)  # 100 RUB purchase, 101 points
    assert exc.value.code == "redeem_over_amount" and exc.value.params["available"] == 100
    with pytest.raises(DomainError) as exc:
        program.check_redemption(500, 10000, -1)
    assert exc.value.code == "redeem_negative"
    with pytest.raises(DomainError) as exc:
        program.check_redemption(-30, 10000, 1)
    assert exc.value.code == "redeem_over_balance" and exc.value.params["available"] == 0


def test_zero_redemption_allowed_with_negative_balance(program):
    program.check_redemption(-30, 10000, 0)


@given(st.integers(min_value=0, max_value=10 ** 6), st.integers(min_value=1, max_value=10 ** 8))
def test_max_redeemable_is_allowed_and_bounded(balance, amount):
    program = load_program()
    m = program.max_redeemable(balance, amount)
    assert 0 <= m
    assert m <= balance
    assert m * program.point_value_minor <= amount
    program.check_redemption(balance, amount, m)  # the maximum itself is accepted
    if m < balance and (m + 1) * program.point_value_minor <= amount:
        raise AssertionError("max_redeemable is not the maximum")
