"""Every figure of the report against a small history worked out by hand.

The till is in UTC; "today" is Tue 10 Mar 2026 12:00. Program: bunny earns 3 % of
the money paid, a point is worth 1.00, the welcome bonus is 200.

  D  enrolled 2025-06-01, never buys
  A  enrolled 2026-01-05; buys 1 000.00 on 10 Jan (Anna), 2 000.00 on 3 Mar (Boris),
     500.00 on 5 Mar (Anna)
  B  enrolled 2026-02-10; buys 3 000.00 on 4 Mar (Boris), refunded on 6 Mar
  C  enrolled 2026-03-02 by Anna; buys 1 500.00 paying 100 points on 8 Mar (Anna)
  gift from Anna to A on 6 Mar: extra item worth 150.00 for a long wait
  complaint by B on 7 Mar taken by Boris: 50 apology points
"""

import uuid
from datetime import date

import pytest

from app.domain.giving import Verification
from app.domain.report_figures import ReportFilter
from app.domain.report_periods import Period
from app.services import report_top
from app.services.dto import ComplaintInput, GiftInput

pytestmark = pytest.mark.both_databases

MARCH = Period(date(2026, 3, 1), date(2026, 3, 10))


@pytest.fixture
def shop(t, clock, member_input):
    def at(day, month=3, year=2026, cashier="Anna"):
        clock(year, month, day, 12, 0)
        t.ctx.cashier = cashier

    ids = {}
    at(1, 6, 2025)
    ids["D"] = t.till.enrol(member_input(first_name="Dora", phone="+79160000004"))
    at(5, 1)
    ids["A"] = t.till.enrol(member_input(first_name="Anton", last_name="Avdeev",
                                    phone="+79160000001"))
    at(10, 1)
    t.till.record_purchase(uuid.uuid4(), ids["A"], 100000)
    at(10, 2)
    ids["B"] = t.till.enrol(member_input(first_name="Boris", phone="+79160000002"))
    at(2)
    ids["C"] = t.till.enrol(member_input(first_name="Clara", last_name="Cole", phone="+79160000003"))
    at(3, cashier="Boris")
    t.till.record_purchase(uuid.uuid4(), ids["A"], 200000)
    at(4, cashier="Boris")
    refunded = t.till.record_purchase(uuid.uuid4(), ids["B"], 300000).purchase_id
    at(5)
    t.till.record_purchase(uuid.uuid4(), ids["A"], 50000)
    at(6, cashier="Manager")
    t.till.refund(refunded)
    at(6)
    t.till.give_gift(uuid.uuid4(), ids["A"], GiftInput("cookie", "extra_item", "long_wait", 15000))
    at(7, cashier="Boris")
    t.till.record_complaint(uuid.uuid4(), ids["B"], ComplaintInput("cold coffee", compensation="points",
                                                              points=50))
    at(8)
    t.till.record_purchase(uuid.uuid4(), ids["C"], 150000, 100,
                      verification=Verification("card", card=t.till.member(ids["C"]).card_number))
    at(10)
    return ids


def test_members(t, shop):
    m = t.office.report(MARCH).members
    assert m.total == 4
    assert m.new == 1  # C
    # last visits: A 5 Mar, B 4 Mar (a refund does not undo the visit), C 8 Mar
    assert (m.active_30, m.active_90) == (3, 3)
    assert (m.lapsed_90, m.lapsed_180) == (1, 1)  # D, enrolled in June, never came


def test_visits_revenue_average_repeat(t, shop):
    s = t.office.report(MARCH).sales
    # recorded in March: A 3 Mar, B 4 Mar (refunded since: still a visit), A 5 Mar, C 8 Mar
    assert (s.visits, s.completed) == (4, 3)
    # paid: A 2 000.00 + A 500.00 + C 1 500.00; B's 3 000.00 was refunded
    assert s.revenue_minor == 400000
    assert (s.refunds, s.refunded_minor) == (1, 300000)
    assert s.average_minor == 133333  # 400000 / 3 completed
    assert (s.buyers, s.repeat_buyers) == (3, 1)  # A twice, B and C once
    assert s.repeat_rate == pytest.approx(1 / 3)
    # (4 visits / 3 members) per 10 days; a month is 30.4375 days
    assert s.visits_per_member_month == pytest.approx(4 / 3 / (10 / 30.4375))
    assert [(x.tier_key, x.visits, x.completed, x.revenue_minor, x.average_minor)
            for x in s.by_tier] == [("bunny", 4, 3, 400000, 133333)]


def test_buyers_from_the_visit_rollup_equal_grouping_the_purchases(t, shop):
    # March from the 1st with no filter reads the rollup; the tier filter (everyone is
    # a bunny) makes it group the purchases instead: the same members either way
    fast, grouped = t.office.report(MARCH).sales, t.office.report(MARCH, ReportFilter(tier="bunny")).sales
    assert (fast.buyers, fast.repeat_buyers) == (grouped.buyers, grouped.repeat_buyers) == (3, 1)
    # January and February together: A on 10 Jan is the only visit
    early = t.office.report(Period(date(2026, 1, 1), date(2026, 2, 28))).sales
    assert (early.visits, early.buyers, early.repeat_buyers) == (1, 1, 0)
    # January to March: A three times, B and C once
    q1 = t.office.report(Period(date(2026, 1, 1), date(2026, 3, 10))).sales
    assert (q1.visits, q1.buyers, q1.repeat_buyers) == (5, 3, 1)


def test_points(t, shop):
    p = t.office.report(MARCH).points
    kinds = {k.kind: (k.points_in, k.points_out) for k in p.by_kind}
    # earn: A 3 % of 2 000 = 60, of 500 = 15; B 3 % of 3 000 = 90; C 3 % of 1 400 paid = 42
    assert kinds == {"welcome": (200, 0), "earn": (207, 0), "reversal": (0, -90),
                     "redeem": (0, -100), "gift": (50, 0)}
    assert p.issued == 200 + 207 + 50
    assert (p.redeemed, p.expired, p.donated) == (100, 0, 0)
    # balances now: A 200+30+60+15 = 305, B 200+90-90+50 = 250, C 200+42-100 = 142, D 200
    assert p.outstanding == 897
    assert p.liability_minor == 89700


def test_trend_by_day(t, shop):
    trend = t.office.report(MARCH).trend
    assert len(trend) == 10
    by_day = {x.start.day: (x.visits, x.revenue_minor) for x in trend if x.visits}
    assert by_day == {3: (1, 200000), 4: (1, 0), 5: (1, 50000), 8: (1, 150000)}
    assert trend[7].points_redeemed == 100  # 8 March


def test_tiers_and_cohorts(t, shop):
    r = t.office.report(MARCH)
    assert [(x.tier_key, x.members) for x in r.tiers] == [("bunny", 4), ("wolf", 0), ("lion", 0)]
    assert r.tier_moves == []
    rows = {row.month: row for row in r.cohorts}
    assert len(r.cohorts) == 12 and r.cohorts[-1].month == date(2026, 3, 1)
    assert rows[date(2026, 1, 1)].retention[:3] == [1.0, 0.0, 1.0]  # A: Jan, -, Mar
    assert rows[date(2026, 2, 1)].retention[:3] == [0.0, 1.0, None]  # B bought in March
    assert rows[date(2026, 3, 1)].retention[:2] == [1.0, None]  # C
    assert rows[date(2025, 6, 1)].size == 1 and rows[date(2025, 6, 1)].retention[:10] == [0.0] * 10


def test_gifts_complaints_staff_top(t, shop):
    r = t.office.report(MARCH)
    assert [(g.label, g.count, g.value_minor, g.points) for g in r.gifts_by_reason] == [
        ("complaint", 1, 0, 50), ("long_wait", 1, 15000, 0)]  # equal counts: by name
    assert sorted((g.label, g.count) for g in r.gifts_by_cashier) == [("Anna", 1), ("Boris", 1)]
    assert [(c.label, c.count, c.points) for c in r.complaints_by_compensation] == [
        ("points", 1, 50)]
    assert [(c.label, c.count) for c in r.complaints_by_cashier] == [("Boris", 1)]
    # Anna: enrolled C, recorded A on 5 Mar and C; Boris: A on 3 Mar and B (refunded)
    assert [(s.cashier, s.enrolments, s.purchases, s.gifts) for s in r.staff] == [
        ("Anna", 1, 2, 1), ("Boris", 0, 2, 1)]
    assert [(x.name, x.visits, x.revenue_minor) for x in r.top_by_revenue] == [
        ("Anton Avdeev", 2, 250000), ("Clara Cole", 1, 150000)]
    assert [x.name for x in r.top_by_visits] == ["Anton Avdeev", "Clara Cole"]


def test_cashier_and_tier_filters(t, shop):
    r = t.office.report(MARCH, ReportFilter(cashier="Boris"))
    assert (r.sales.visits, r.sales.completed, r.sales.revenue_minor) == (2, 1, 200000)
    assert r.sales.refunds == 1
    assert (r.sales.buyers, r.sales.repeat_buyers) == (2, 0)  # A and B, once each
    assert [(g.label, g.count) for g in r.gifts_by_reason] == [("complaint", 1)]
    # Boris's points: earn 60 (A) + 90 (B), the complaint's 50; the refund was the manager's
    assert {k.kind: k.points_in for k in r.points.by_kind} == {"earn": 150, "gift": 50}
    none = t.office.report(MARCH, ReportFilter(tier="wolf"))
    assert (none.sales.visits, none.members.total) == (0, 0)


def test_a_cashier_may_not_read_reports(t, shop):
    from app.domain.errors import DomainError
    from app.services.context import StaffSession
    t.ctx.staff = StaffSession(None, "Anna", "cashier")
    with pytest.raises(DomainError) as err:
        t.office.report(MARCH)
    assert err.value.code == "needs_manager"


def test_report_at_local_midnight_belongs_to_the_local_day(t, member, clock):
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Europe/Moscow")
    clock(2026, 3, 31, 22, 30)  # 1 April 01:30 in Moscow
    t.till.record_purchase(uuid.uuid4(), member, 100000)
    clock(2026, 4, 1, 9, 0)
    assert t.office.report(Period(date(2026, 4, 1), date(2026, 4, 1))).sales.visits == 1
    assert t.office.report(Period(date(2026, 3, 31), date(2026, 3, 31))).sales.visits == 0


def test_active_and_lapsed_count_whole_local_days(t, clock, member_input):
    """Today is 10 March (Moscow): "the last 30 days" are 9 Feb to 10 Mar, "the last 90
    days" 11 Dec to 10 Mar, as local calendar days."""
    from zoneinfo import ZoneInfo
    t.ctx.local_tz = ZoneInfo("Europe/Moscow")  # UTC+3
    people = {}
    for i, (name, enrolled) in enumerate([("P", (2025, 12, 1)), ("Q", (2025, 12, 1)),
                                          ("R", (2025, 12, 10, 21, 30)),  # 11 Dec 00:30 local
                                          ("S", (2025, 12, 10, 12, 0)), ("E", (2025, 9, 1))]):
        clock(*enrolled)
        people[name] = t.till.enrol(member_input(first_name=name, phone=f"+7916000001{i}"))
    clock(2026, 2, 8, 22, 30)  # 9 Feb 01:30 in Moscow: the first of the last 30 days
    t.till.record_purchase(uuid.uuid4(), people["P"], 10000)
    clock(2026, 2, 8, 20, 30)  # 8 Feb 23:30 in Moscow: one day too early
    t.till.record_purchase(uuid.uuid4(), people["Q"], 10000)
    clock(2026, 1, 1, 12, 0)
    t.till.record_purchase(uuid.uuid4(), people["E"], 10000)
    t.admin.erase_member(people["E"], "asked to")
    clock(2026, 3, 10, 12, 0)
    m = t.office.report(Period(date(2026, 3, 1), date(2026, 3, 10))).members
    assert (m.total, m.new) == (4, 0)  # E is erased
    assert (m.active_30, m.active_90) == (1, 2)  # P; P and Q
    # S enrolled on 10 Dec and never came; R enrolled on 11 Dec (local), within the 90 days
    assert (m.lapsed_90, m.lapsed_180) == (1, 0)
    december = t.office.report(Period(date(2025, 12, 1), date(2025, 12, 31)))
    assert december.members.new == 4
    assert [(s.cashier, s.enrolments) for s in december.staff] == [("—", 4)]


def test_member_figures_follow_tiers_and_erasure(t, clock, member_input):
    """Upgrades, refunds that take them back and erasure move the member counts at once."""
    a = t.till.enrol(member_input(first_name="A", phone="+79160000021"))
    b = t.till.enrol(member_input(first_name="B", phone="+79160000022"))
    sale = t.till.record_purchase(uuid.uuid4(), a, 35_000_000)  # 10 500 points: the top tier
    top = t.program.tiers[-1].key
    period = Period(date(2026, 3, 1), date(2026, 3, 10))

    def tiers():
        return {x.tier_key: x.members for x in t.office.report(period).tiers if x.members}
    assert tiers() == {"bunny": 1, top: 1}
    assert t.office.report(period, ReportFilter(tier=top)).members.active_30 == 1
    t.till.refund(sale.purchase_id)
    assert tiers() == {"bunny": 2}
    t.admin.erase_member(b, "asked to")
    r = t.office.report(period)
    assert tiers() == {"bunny": 1}
    assert (r.members.total, r.members.new, r.members.active_30) == (1, 1, 1)
    assert [(s.cashier, s.enrolments) for s in r.staff] == [("—", 2)]  # B was enrolled
    assert t.admin.check().ok


@pytest.mark.parametrize("period", [MARCH, Period(date(2026, 1, 1), date(2026, 1, 31)),
                                    Period(date(2026, 3, 4), date(2026, 3, 5))])
@pytest.mark.parametrize("filters", [ReportFilter(), ReportFilter(cashier="Anna"),
                                     ReportFilter(tier="bunny")])
def test_buyers_and_top_members_are_the_same_by_either_plan(t, shop, monkeypatch, period,
                                                           filters):
    """Grouping the period's range or walking the member-ordered index: one answer."""
    plans = []
    for share in (0.0, 2.0):  # always walk the member index; never
        monkeypatch.setattr(report_top, "WHOLE_SCAN_SHARE", share)
        monkeypatch.setattr(report_top, "WHOLE_SCAN_SHARE_FILTERED", share)
        sales = t.office.report(period, filters).sales
        plans.append((t.office.report_top_members(period, filters), sales.buyers, sales.repeat_buyers))
        # the dashboard's second step: the same top members; buyers only when the
        # figures it follows could not count them from the rollup
        top_rev, top_visits, buyers, repeat = t.office.report_grouped(period, filters)
        assert (top_rev, top_visits) == plans[-1][0]
        quick = t.office.report(period, filters, with_top=False).sales
        if report_top.buyers_need_grouping(period, filters):
            assert (quick.buyers, quick.repeat_buyers) == (None, None)
            assert (buyers, repeat) == (sales.buyers, sales.repeat_buyers)
        else:
            assert (buyers, repeat) == (None, None)
            assert (quick.buyers, quick.repeat_buyers) == (sales.buyers, sales.repeat_buyers)
    assert plans[0] == plans[1]
    assert plans[0][0][0] and plans[0][1]  # someone bought in each of these periods
