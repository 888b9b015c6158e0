"""Point lots: soonest expiry is spent first, and neither spending nor expiry can take
more than the lots hold."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.lots import Lot, expired, next_expiry, spending_order, take

# Each example builds a list of up to 12 lots: 50 keep the set fast.
SOME = settings(max_examples=50)
D = date(2024, 6, 1)


def lot(id_, remaining, earned_days_ago, expires_in=None):
    """A lot earned ``earned_days_ago`` before D, spendable up to D + ``expires_in``."""
    return Lot(id_, remaining, D - timedelta(days=earned_days_ago),
               None if expires_in is None else D + timedelta(days=expires_in))


@st.composite
def lot_lists(draw, max_size=12):
    n = draw(st.integers(min_value=0, max_value=max_size))
    lots = []
    for i in range(n):
        earned = D + timedelta(days=draw(st.integers(min_value=-800, max_value=0)))
        never = draw(st.booleans())
        expires = None if never else earned + timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        # Spent-out and negative remainders are included: they must never be spent or expired.
        remaining = draw(st.integers(min_value=-5, max_value=5000))
        lots.append(Lot(f"lot{i}", remaining, earned, expires))
    return lots


def held(lots):
    return sum(max(0, x.remaining) for x in lots)


# ---- spending order ----------------------------------------------------------------

def test_spending_order_soonest_expiry_first_never_last_ties_oldest_first():
    lots = [
        lot("never_old", 10, 400),
        lot("late", 10, 10, expires_in=300),
        lot("soon_young", 10, 5, expires_in=20),
        lot("never_young", 10, 1),
        lot("soon_old", 10, 50, expires_in=20),
        lot("soonest", 10, 3, expires_in=1),
    ]
    assert [x.id for x in spending_order(lots)] == [
        "soonest", "soon_old", "soon_young", "late", "never_old", "never_young"]


def test_spending_order_skips_empty_lots():
    lots = [lot("empty", 0, 5, expires_in=1), lot("debt", -3, 5, expires_in=1), lot("full", 7, 5)]
    assert [x.id for x in spending_order(lots)] == ["full"]


@SOME
@given(lot_lists())
def test_spending_order_is_sorted_by_expiry_then_age(lots):
    order = spending_order(lots)
    assert sorted(x.id for x in order) == sorted(x.id for x in lots if x.remaining > 0)
    for a, b in zip(order, order[1:], strict=False):
        if a.expires_on is None:
            assert b.expires_on is None, "a never-expiring lot came before an expiring one"
            assert a.earned_on <= b.earned_on
        elif b.expires_on is not None:
            assert a.expires_on <= b.expires_on
            if a.expires_on == b.expires_on:
                assert a.earned_on <= b.earned_on


# ---- take --------------------------------------------------------------------------

def test_take_spends_soonest_first_and_splits_the_last_lot():
    lots = [lot("never", 100, 30), lot("soon", 40, 10, expires_in=5), lot("later", 50, 20, expires_in=60)]
    assert take(lots, 70) == [("soon", 40), ("later", 30)]
    assert take(lots, 90) == [("soon", 40), ("later", 50)]
    assert take(lots, 120) == [("soon", 40), ("later", 50), ("never", 30)]


def test_take_stops_at_what_the_lots_hold():
    lots = [lot("a", 30, 3, expires_in=5), lot("b", 20, 1)]
    assert take(lots, 1000) == [("a", 30), ("b", 20)]


def test_take_nothing_for_zero_or_negative_points():
    lots = [lot("a", 30, 3, expires_in=5)]
    assert take(lots, 0) == []
    assert take(lots, -10) == []
    assert take([], 50) == []


@SOME
@given(lot_lists(), st.integers(min_value=-100, max_value=60000))
def test_take_never_overdraws_and_follows_spending_order(lots, points):
    plan = take(lots, points)
    by_id = {x.id: x for x in lots}
    total = sum(part for _, part in plan)
    assert total == min(max(0, points), held(lots))  # all that is asked, if the lots hold it
    assert len({lot_id for lot_id, _ in plan}) == len(plan)  # each lot at most once
    for lot_id, part in plan:
        assert 0 < part <= by_id[lot_id].remaining  # never more than a lot holds
    # Soonest expiry first, and a lot is only touched once every earlier one is empty.
    order = spending_order(lots)
    assert [lot_id for lot_id, _ in plan] == [x.id for x in order[:len(plan)]]
    for (_, part), x in zip(plan[:-1], order, strict=False):
        assert part == x.remaining


@SOME
@given(lot_lists(), st.lists(st.integers(min_value=1, max_value=3000), max_size=8))
def test_repeated_spending_never_goes_below_zero(lots, spends):
    """Apply one spend after another the way the ledger does: no lot ends negative and
    the points taken never exceed what was held."""
    current = [x for x in lots if x.remaining > 0]
    start = held(current)
    taken_total = 0
    for points in spends:
        plan = dict(take(current, points))
        taken_total += sum(plan.values())
        current = [Lot(x.id, x.remaining - plan.get(x.id, 0), x.earned_on, x.expires_on) for x in current]
        assert all(x.remaining >= 0 for x in current)
    assert taken_total <= start
    assert held(current) == start - taken_total


# ---- expiry ------------------------------------------------------------------------

def test_expired_takes_what_is_left_after_the_last_day():
    lots = [lot("gone", 40, 400, expires_in=-1), lot("last_day", 15, 365, expires_in=0),
            lot("never", 99, 900), lot("spent", 0, 400, expires_in=-10)]
    assert expired(lots, D) == [("gone", 40)]
    assert sorted(expired(lots, D + timedelta(days=1))) == [("gone", 40), ("last_day", 15)]


def test_next_expiry_sums_the_lots_of_the_soonest_day():
    lots = [lot("a", 10, 100, expires_in=7), lot("b", 5, 50, expires_in=7), lot("c", 100, 10, expires_in=30),
            lot("past", 1000, 400, expires_in=-1), lot("empty", 0, 100, expires_in=2), lot("never", 500, 1)]
    assert next_expiry(lots, D) == (15, D + timedelta(days=7))
    # A lot may still be spent on its last day, so it still counts as upcoming that day.
    assert next_expiry(lots, D + timedelta(days=7)) == (15, D + timedelta(days=7))
    assert next_expiry(lots, D + timedelta(days=8)) == (100, D + timedelta(days=30))
    assert next_expiry(lots, D + timedelta(days=31)) is None
    assert next_expiry([lot("never", 500, 1)], D) is None


@SOME
@given(lot_lists(), st.integers(min_value=-900, max_value=900))
def test_expiry_never_takes_more_than_a_lot_holds(lots, offset):
    today = D + timedelta(days=offset)
    by_id = {x.id: x for x in lots}
    result = expired(lots, today)
    assert len({lot_id for lot_id, _ in result}) == len(result)
    for lot_id, points in result:
        x = by_id[lot_id]
        assert 0 < points == x.remaining
        assert x.expires_on is not None and x.expires_on < today
    expected = {x.id for x in lots if x.expires_on is not None and x.expires_on < today and x.remaining > 0}
    assert {lot_id for lot_id, _ in result} == expected
    # What expires next is the soonest day still to come, never more than those lots hold.
    upcoming = [x for x in lots if x.expires_on is not None and x.expires_on >= today and x.remaining > 0]
    soonest = next_expiry(lots, today)
    if not upcoming:
        assert soonest is None
        return
    points, day = soonest
    assert day == min(x.expires_on for x in upcoming) and day >= today
    assert points == sum(x.remaining for x in upcoming if x.expires_on == day)
