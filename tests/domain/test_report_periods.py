from datetime import date

import pytest

from app.domain.errors import DomainError
from app.domain.report_figures import Points, PointsKind, Sales, TierSales, cohort_matrix
from app.domain.report_periods import (
    Period,
    bucket_index,
    last_months,
    period_for,
    ratio,
    trend_buckets,
)

TODAY = date(2026, 5, 14)  # a Thursday


@pytest.mark.parametrize("kind, start", [
    ("today", date(2026, 5, 14)),
    ("week", date(2026, 5, 11)),  # Monday
    ("month", date(2026, 5, 1)),
    ("quarter", date(2026, 4, 1)),
    ("year", date(2026, 1, 1)),
])
def test_named_periods_run_from_their_start_to_today(kind, start):
    assert period_for(kind, TODAY) == Period(start, TODAY)


def test_custom_period_and_a_backwards_one():
    assert period_for("custom", TODAY, date(2026, 2, 1), date(2026, 2, 28)).days == 28
    with pytest.raises(DomainError) as err:
        period_for("custom", TODAY, date(2026, 3, 2), date(2026, 3, 1))
    assert err.value.code == "report_period"


def test_last_twelve_months_start_on_the_first_of_a_month():
    assert last_months(TODAY) == Period(date(2025, 6, 1), TODAY)


def test_short_periods_trend_by_day_long_ones_by_month_clipped():
    assert trend_buckets(Period(date(2026, 5, 1), date(2026, 5, 3))) == [
        (date(2026, 5, 1),) * 2, (date(2026, 5, 2),) * 2, (date(2026, 5, 3),) * 2]
    months = trend_buckets(Period(date(2026, 1, 15), date(2026, 4, 10)))
    assert months == [(date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
                      (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 10))]
    assert bucket_index(months, date(2026, 2, 28)) == 1
    assert bucket_index(months, date(2026, 1, 14)) is None


def test_ratio_is_none_without_a_whole():
    assert ratio(1, 4) == 0.25
    assert ratio(3, 0) is None


def test_sales_averages_and_repeat_rate():
    # 4 visits, one refunded, 4 000.00 paid for the other 3, by 2 members, one of them
    # more than once, over 10 days: average check 400000 / 3 = 133333.3 -> 133333;
    # repeat rate 1 / 2; visits per member per month = (4 / 2) / (10 / 30.4375) = 6.0875
    sales = Sales(4, 3, 400000, 1, 300000, 2, 1, 10 / (365.25 / 12),
                  [TierSales("bunny", "Bunny", 4, 3, 400000)])
    assert sales.average_minor == 133333
    assert sales.by_tier[0].average_minor == 133333
    assert sales.repeat_rate == 0.5
    assert sales.visits_per_member_month == pytest.approx(6.0875)
    assert Sales(0, 0, 0, 0, 0, 0, 0, 1.0, []).repeat_rate is None


def test_points_issued_excludes_returned_points_and_liability_is_money():
    points = Points([PointsKind("earn", 207, 0), PointsKind("redeem", 0, -100),
                     PointsKind("reversal", 100, -90), PointsKind("welcome", 200, 0),
                     PointsKind("expiry", 0, -30), PointsKind("donation", 0, -12)],
                    outstanding=847, point_value_minor=100)
    assert points.issued == 207 + 200
    assert (points.redeemed, points.expired, points.donated) == (100, 30, 12)
    assert points.liability_minor == 84700


def test_cohort_matrix_shares_and_months_not_yet_come():
    sizes = {date(2026, 1, 1): 4, date(2026, 2, 1): 2, date(2026, 3, 1): 0}
    active = {(date(2026, 1, 1), date(2026, 1, 1)): 4, (date(2026, 1, 1), date(2026, 3, 1)): 1,
              (date(2026, 2, 1), date(2026, 3, 1)): 1}
    rows = cohort_matrix(sizes, active, date(2026, 3, 1), months=3)
    assert [r.month for r in rows] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert rows[0].retention == [1.0, 0.0, 0.25]  # 4/4 in January, 0/4, 1/4 in March
    assert rows[1].retention == [0.0, 0.5, None]  # April has not come
    assert rows[2].retention == [None, None, None]  # nobody enrolled: nothing to divide
