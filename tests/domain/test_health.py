"""Program health: how long the median member takes to climb, and the flags it raises."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.health import (
    FIRST_WIN_DAYS,
    MIN_TENURE_DAYS,
    OUT_OF_REACH_DAYS,
    TRIVIAL_DAYS,
    TierHealth,
    flags_for,
    median_rate,
    observed_median,
    projected_days,
)


def tier(key, projected, threshold=100):
    return TierHealth(key, key.title(), threshold, members=10, reached=3,
                      observed_median_days=None, projected_days=projected)


def ladder(first_win, top):
    """A three-tier program whose first tier above the base and top tier take these many days."""
    return [tier("bunny", 0.0, 0), tier("wolf", first_win), tier("lion", top)]


def test_the_thresholds_are_the_rule_of_thumb():
    assert OUT_OF_REACH_DAYS == 3 * 365
    assert 180 <= TRIVIAL_DAYS <= 184  # six months
    assert FIRST_WIN_DAYS == 90


# ---- median_rate --------------------------------------------------------------------

def test_median_rate_ignores_members_too_new_to_judge():
    samples = [(10, 1000), (29.9, 5000), (30, 30), (60, 120), (100, 500)]
    assert median_rate(samples) == pytest.approx(2.0)  # rates 1, 2, 5
    assert median_rate([(5, 100)]) == 0.0
    assert median_rate([]) == 0.0


def test_median_rate_even_count_takes_the_middle_two():
    assert median_rate([(30, 30), (30, 90)]) == pytest.approx(2.0)


@given(st.lists(st.tuples(st.floats(min_value=MIN_TENURE_DAYS, max_value=5000),
                          st.integers(min_value=0, max_value=10 ** 6)), min_size=1, max_size=30))
def test_median_rate_lies_between_the_slowest_and_the_fastest(samples):
    rates = [p / d for d, p in samples]
    assert min(rates) - 1e-9 <= median_rate(samples) <= max(rates) + 1e-9


# ---- projected_days ------------------------------------------------------------------

def test_projected_days():
    assert projected_days(0, 0.0) == 0.0  # the first tier is reached on enrolment
    assert projected_days(2500, 5.0) == pytest.approx(500.0)
    assert projected_days(2500, 0.0) is None  # nobody earns: no projection, not infinity
    assert projected_days(2500, -1.0) is None


@given(st.integers(min_value=1, max_value=10 ** 6), st.floats(min_value=0.01, max_value=1000))
def test_projected_days_grows_with_the_threshold(threshold, rate):
    assert projected_days(threshold, rate) == pytest.approx(threshold / rate)
    assert projected_days(threshold + 1, rate) > projected_days(threshold, rate)


def test_observed_median():
    assert observed_median([]) is None
    assert observed_median([10.0, 300.0, 40.0]) == 40.0


# ---- flags ---------------------------------------------------------------------------

def test_well_tuned_program_has_no_flags():
    assert flags_for(ladder(first_win=30, top=2.5 * 365)) == []


@pytest.mark.parametrize("top,flag", [
    (3 * 365 + 1, "top_out_of_reach"),
    (10 * 365, "top_out_of_reach"),
    (3 * 365, None),  # exactly three years is still within reach
    (TRIVIAL_DAYS, None),
    (TRIVIAL_DAYS - 1, "top_trivial"),
    (20, "top_trivial"),
])
def test_top_tier_flags(top, flag):
    flags = flags_for(ladder(first_win=10, top=top))
    assert flags == ([flag] if flag else [])


@pytest.mark.parametrize("first_win,slow", [(FIRST_WIN_DAYS + 1, True), (FIRST_WIN_DAYS, False),
                                            (7, False), (None, False)])
def test_first_win_slow(first_win, slow):
    flags = flags_for(ladder(first_win=first_win, top=2 * 365))
    assert ("first_win_slow" in flags) is slow


def test_out_of_reach_and_slow_first_win_together():
    assert flags_for(ladder(first_win=200, top=5 * 365)) == ["top_out_of_reach", "first_win_slow"]


def test_no_data_when_nobody_earns():
    assert flags_for(ladder(first_win=None, top=None)) == ["no_data"]


def test_a_single_tier_has_nothing_to_judge():
    assert flags_for([tier("bunny", 0.0, 0)]) == []
    assert flags_for([]) == []


@given(st.floats(min_value=0, max_value=20 * 365), st.floats(min_value=0, max_value=20 * 365))
def test_flags_match_the_rule_of_thumb(first_win, top):
    flags = flags_for(ladder(first_win, top))
    assert ("top_out_of_reach" in flags) == (top > OUT_OF_REACH_DAYS)
    assert ("top_trivial" in flags) == (top < TRIVIAL_DAYS)
    assert ("first_win_slow" in flags) == (first_win > FIRST_WIN_DAYS)
    assert "no_data" not in flags
    assert not {"top_out_of_reach", "top_trivial"} <= set(flags)
