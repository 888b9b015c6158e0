"""The full program on a real SQLite file: versions, expiry, campaigns, tiers over a
window, referrals, the birthday bonus, stamp cards, help and charity."""

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import LedgerEntry, PointLot, Reward, TierEvent
from app.domain.errors import DomainError, ValidationErrors
from app.domain.giving import Verification
from app.domain.program import Line
from app.domain.report_periods import Period
from app.services.context import SYSTEM

pytestmark = pytest.mark.both_databases


def program_with(t, **changes):
    data = t.program.to_dict()
    data.update(changes)
    return data


def rows(app, member_id, kind=None):
    with app.terminal._sessions.begin() as s:
        stmt = select(LedgerEntry).where(LedgerEntry.member_id == member_id)
        if kind:
            stmt = stmt.where(LedgerEntry.kind == kind)
        return [(r.kind, r.points, r.qualifying, r.program_version_id, r.ref)
                for r in s.scalars(stmt.order_by(LedgerEntry.created_at))]


DOUBLE = {"key": "double", "name": {"ru": "Двойные баллы", "en": "Double points"},
          "kind": "multiplier", "starts": "2026-03-01", "ends": "2026-03-31", "tiers": [],
          "factor_percent": 200}


# ---- versions ------------------------------------------------------------------------

def test_every_ledger_row_records_the_program_version_in_force(app, t, clock, member, buy):
    v1 = t.ctx.program_version_id
    buy(t, member, 100000)
    saved = t.admin.save_program(program_with(t, welcome_bonus=500))
    assert saved.version_id != v1 and t.ctx.program_version_id == saved.version_id
    buy(t, member, 100000)
    versions = [v for _k, _p, _q, v, _r in rows(app, member)]
    assert versions == [v1, v1, saved.version_id]
    # History is not rewritten: the first purchase is still explained by version 1.
    assert t.program.welcome_bonus == 500


def test_a_reopened_database_keeps_the_owners_program(db_location):
    from app.bootstrap import open_app
    path = db_location
    first = open_app(path, lang="en", acting=SYSTEM)
    first.terminal.admin.save_program(program_with(first.terminal, welcome_bonus=321))
    first.engine.dispose()
    again = open_app(path, lang="en", acting=SYSTEM)
    try:
        assert again.terminal.program.welcome_bonus == 321
    finally:
        again.engine.dispose()


def test_an_invalid_program_saves_nothing_and_lists_every_problem(t, member):
    data = t.program.to_dict()
    data["tiers"][1]["threshold"] = 0
    data["tiers"][2]["earn_percent"] = -1
    before = (t.program, t.ctx.program_version_id)
    with pytest.raises(ValidationErrors) as caught:
        t.admin.save_program(data)
    fields = {e.field for e in caught.value.errors}
    assert {"tiers.1.threshold", "tiers.2.earn_percent"} <= fields
    assert (t.program, t.ctx.program_version_id) == before


# ---- expiry --------------------------------------------------------------------------

def test_switching_expiry_on_starts_the_clock_today_not_retroactively(app, t, clock, member):
    clock(2026, 3, 10, 12, 0)
    t.admin.save_program(program_with(t, expiry={"kind": "days_after_earning", "days": 30}))
    assert t.program.expiry.since == date(2026, 3, 10)
    view = t.till.member(member)  # the welcome lot from "before" expires 30 days from today
    assert (view.expiring_points, view.expiring_on) == (200, date(2026, 4, 9))
    clock(2026, 4, 9, 20, 0)
    assert t.admin.maintain() == (0, 0)  # the last day is still spendable
    clock(2026, 4, 10, 9, 0)
    assert t.admin.maintain()[0] == 1
    assert t.till.member(member).balance == 0
    assert rows(app, member, "expiry")[0][1] == -200
    assert t.admin.maintain() == (0, 0)  # a second run expires nothing more
    assert t.admin.check().ok


def test_redemption_spends_the_soonest_expiring_lot_first(app, t, clock, member, buy):
    clock(2026, 1, 5, 12, 0)
    t.admin.save_program(program_with(t, expiry={"kind": "days_after_earning", "days": 60}))
    clock(2026, 2, 1, 12, 0)
    buy(t, member, 1000000)  # +300, expires 2 Apr
    buy(t, member, 20000, redeem=150)  # takes 150 of the welcome lot (expires 6 Mar)
    with app.terminal._sessions.begin() as s:
        lots = sorted((lot.expires_on, lot.remaining) for lot in s.scalars(
            select(PointLot).where(PointLot.member_id == member)))
    # The welcome lot (expiring first) paid; the 300 lot is untouched; 50 RUB paid in
    # money earned a lot of 1.
    assert lots == [(date(2026, 3, 6), 50), (date(2026, 4, 2), 1), (date(2026, 4, 2), 300)]
    clock(2026, 3, 7, 12, 0)
    assert t.admin.maintain()[0] == 1
    assert t.till.member(member).balance == 301  # the 50 left of the welcome lot expired
    assert t.admin.check().ok


def test_refund_of_spent_points_leaves_a_debt_paid_by_the_next_points(t, member, buy):
    r = buy(t, member, 1000000)  # +300
    buy(t, member, 50000, redeem=500)  # spends everything
    refund = t.till.refund(r.purchase_id)
    assert refund.balance < 0
    assert t.admin.check().ok  # no lots while in debt
    buy(t, member, 2000000)  # pays the debt first
    assert t.admin.check().ok


# ---- campaigns -----------------------------------------------------------------------

def test_double_points_day_adds_a_campaign_row_and_is_shown(app, t, clock, member, buy):
    t.admin.save_program(program_with(t, campaigns=[DOUBLE]))
    r = buy(t, member, 100000)
    assert r.points_earned == 60
    assert [(b.kind, b.ref, b.points) for b in r.bonuses] == [("campaign", "double", 30)]
    assert ("campaign", 30, 30) in [(k, p, q) for k, p, q, _v, _r in rows(app, member)]
    clock(2026, 4, 1, 12, 0)  # the campaign is over
    assert buy(t, member, 100000).points_earned == 30


def test_category_campaign_gives_extra_on_that_category_only(t, clock, member):
    camp = {"key": "coffee_x", "name": {"ru": "Кофе", "en": "Coffee week"}, "kind": "category",
            "starts": "2026-03-01", "ends": "2026-03-31", "category": "coffee",
            "extra_percent": 10}
    t.admin.save_program(program_with(t, campaigns=[camp]))
    r = t.till.record_purchase(uuid.uuid4(), member, 100000, 0,
                          lines=(Line("coffee", 40000, 2), Line("bakery", 10000, 1)))
    assert r.points_earned == 30 + 40  # 3% of 1000 + 10% of the 400 of coffee
    plain = t.till.record_purchase(uuid.uuid4(), member, 100000, 0)
    assert plain.points_earned == 30  # a plain total still works


def test_campaign_limited_to_a_tier_skips_the_others(t, member, buy):
    t.admin.save_program(program_with(t, campaigns=[dict(DOUBLE, tiers=["wolf"],
                                                   starts="2000-01-01", ends="2100-01-01")]))
    assert buy(t, member, 100000).points_earned == 30


def test_lowered_threshold_upgrades_now_and_the_tier_stays_after(t, clock, member, buy):
    lower = {"key": "wolf_sooner", "name": {"ru": "Волк раньше", "en": "Wolf sooner"},
             "kind": "threshold", "starts": "2026-03-01", "ends": "2026-03-31",
             "tier": "wolf", "threshold": 1000}
    t.admin.save_program(program_with(t, campaigns=[lower]))
    r = buy(t, member, 4000000)  # 1200 qualifying
    assert r.tier_up and r.tier_after == "wolf"
    clock(2026, 5, 1, 12, 0)
    assert t.till.member(member).tier_key == "wolf"  # earned, kept


def test_lines_over_the_total_are_refused(t, member):
    with pytest.raises(DomainError) as caught:
        t.till.record_purchase(uuid.uuid4(), member, 10000, 0, lines=(Line("coffee", 20000, 1),))
    assert caught.value.code == "lines_over_total"
    assert t.till.member(member).visits == 0


# ---- tiers over a window -------------------------------------------------------------

def test_calendar_year_keeps_the_tier_until_the_review_then_downgrades(app, t, clock, member, buy):
    t.admin.save_program(program_with(t, qualifying_window={"kind": "calendar_year", "months": 12}))
    clock(2026, 6, 1, 12, 0)
    assert buy(t, member, 9000000).tier_after == "wolf"  # 2700 this year
    clock(2027, 2, 1, 12, 0)  # reviewed on 1 Jan: 2700 in 2026 keeps Wolf for 2027
    view = t.till.member(member)
    assert view.tier_key == "wolf"
    assert (view.review_on, view.keep_needed) == (date(2028, 1, 1), 2500)
    buy(t, member, 1000000)  # 500 in 2027 (Wolf earns 5%)
    assert t.till.member(member).keep_needed == 2000
    clock(2028, 1, 2, 12, 0)
    assert t.admin.maintain()[1] == 1
    assert t.till.member(member).tier_key == "bunny"
    with app.terminal._sessions.begin() as s:
        events = [(e.from_key, e.to_key, e.reason) for e in s.scalars(
            select(TierEvent).where(TierEvent.member_id == member).order_by(TierEvent.created_at))]
    assert events == [("bunny", "wolf", "purchase"), ("wolf", "bunny", "review")]


def test_raising_a_threshold_never_demotes_before_the_review(t, clock, member, buy):
    buy(t, member, 9000000)  # 2700 → Wolf
    data = t.program.to_dict()
    data["tiers"][1]["threshold"] = 3000
    saved = t.admin.save_program(data)
    assert saved.upgraded == 0
    assert t.till.member(member).tier_key == "wolf"


def test_lowering_a_threshold_upgrades_at_once(t, member, buy):
    buy(t, member, 7000000)  # 2100 qualifying, Bunny
    data = t.program.to_dict()
    data["tiers"][1]["threshold"] = 2000
    assert t.admin.save_program(data).upgraded == 1
    assert t.till.member(member).tier_key == "wolf"


def test_refund_takes_back_a_tier_it_reached(t, member, buy):
    r = buy(t, member, 9000000)
    assert r.tier_after == "wolf"
    t.till.refund(r.purchase_id)
    assert t.till.member(member).tier_key == "bunny"


# ---- help: referrals, birthday, survey ------------------------------------------------

def test_referral_pays_both_once_on_the_friends_first_purchase(t, member, member_input, buy):
    friend = t.till.enrol(member_input(first_name="Пётр", phone="+7 916 000-00-01",
                                  referred_by_id=member))
    assert t.till.member(friend).referred_by == "Елёна Смирнова"
    buy(t, friend, 10000)
    assert t.till.member(member).balance == 200 + 300
    assert t.till.member(friend).balance == 200 + 3 + 200
    buy(t, friend, 10000)
    assert t.till.member(member).balance == 500  # once only


def test_unknown_referrer_enrols_nobody(t, member_input):
    with pytest.raises(DomainError) as caught:
        t.till.enrol(member_input(referred_by_id=uuid.uuid4()))
    assert caught.value.code == "referrer_not_found"
    assert t.till.member_count() == 0


def test_birthday_bonus_once_a_year_in_the_birthday_week(t, clock, member_input, buy):
    clock(2026, 3, 10, 12, 0)
    m = t.till.enrol(member_input(birthday=date(1990, 3, 12)))
    r = buy(t, m, 10000)
    assert [(b.kind, b.points) for b in r.bonuses] == [("birthday", 300)]
    assert buy(t, m, 10000).bonuses == []
    clock(2027, 3, 14, 12, 0)
    assert [b.kind for b in buy(t, m, 10000).bonuses] == ["birthday"]
    clock(2027, 3, 20, 12, 0)
    assert buy(t, m, 10000).bonuses == []


def test_a_birthday_changed_within_30_days_gives_no_bonus(t, clock, member, member_input, buy):
    clock(2026, 3, 1, 12, 0)
    t.till.edit_member(member, member_input(birthday=date(1990, 3, 12)))
    clock(2026, 3, 12, 12, 0)
    assert buy(t, member, 10000).bonuses == []
    clock(2027, 3, 12, 12, 0)
    assert [b.kind for b in buy(t, member, 10000).bonuses] == ["birthday"]


def test_survey_points_once_a_day(t, clock, member):
    action = uuid.uuid4()
    first = t.till.reward_help(action, member, "survey")
    assert (first.points, first.balance) == (50, 250)
    assert "Thank you, Елёна!" in first.message
    assert t.till.reward_help(action, member, "survey").duplicate  # the same click again
    with pytest.raises(DomainError) as caught:
        t.till.reward_help(uuid.uuid4(), member, "survey")
    assert caught.value.code == "action_done_today"
    clock(2026, 3, 11, 12, 0)
    assert t.till.reward_help(uuid.uuid4(), member, "survey").balance == 300


# ---- stamp cards and charity -----------------------------------------------------------

def test_stamp_card_completes_and_issues_a_reward_once(app, t, member):
    r1 = t.till.record_purchase(uuid.uuid4(), member, 50000, 0, lines=(Line("coffee", 30000, 4),))
    assert [(s.have, s.need) for s in r1.stamps] == [(4, 6)] and r1.rewards == []
    r2 = t.till.record_purchase(uuid.uuid4(), member, 50000, 0, lines=(Line("coffee", 30000, 3),))
    assert r2.rewards == ["the 7th coffee free"]
    assert [(s.have, s.need) for s in r2.stamps] == [(1, 6)]
    view = t.till.member(member)
    assert [r.text for r in view.rewards_ready] == ["the 7th coffee free"]
    given = t.till.give_reward(view.rewards_ready[0].reward_id)
    assert not given.duplicate and "the 7th coffee free" in given.message
    assert t.till.give_reward(view.rewards_ready[0].reward_id).duplicate
    assert t.till.member(member).rewards_ready == []
    with app.terminal._sessions.begin() as s:
        assert len(list(s.scalars(select(Reward)))) == 1


def test_refund_takes_back_the_purchase_stamps(t, member):
    r = t.till.record_purchase(uuid.uuid4(), member, 50000, 0, lines=(Line("coffee", 30000, 2),))
    t.till.refund(r.purchase_id)
    assert [(s.have, s.need) for s in t.till.member(member).stamps] == [(0, 6)]


def test_donation_moves_points_to_a_cause_and_the_shop_sees_the_total(t, member):
    scanned = Verification("card", card=t.till.member(member).card_number)
    result = t.till.donate(uuid.uuid4(), member, "shelter", 120, scanned)
    assert result.balance == 80 and "Faithful Friend" in result.message
    with pytest.raises(DomainError) as caught:
        t.till.donate(uuid.uuid4(), member, "shelter", 81, scanned)
    assert caught.value.code == "redeem_over_balance"
    totals = t.office.cause_totals()
    assert [(c.key, c.points, c.donations, c.donors) for c in totals] == [("shelter", 120, 1, 1)]
    assert t.admin.check().ok


def test_an_expired_lot_is_never_spent_even_before_the_hourly_job(t, clock, member, buy):
    clock(2026, 3, 10, 12, 0)
    t.admin.save_program(program_with(t, expiry={"kind": "days_after_earning", "days": 30}))
    clock(2026, 4, 20, 12, 0)  # the welcome lot died on 9 Apr; no job has run
    with pytest.raises(DomainError) as caught:
        buy(t, member, 50000, redeem=100)
    assert caught.value.code == "redeem_over_balance"
    assert t.till.member(member).balance == 0
    assert t.admin.check().ok


def test_program_change_counts_window_points_and_touches_only_who_moves(
        app, t, clock, member_input, buy):
    """Re-evaluation is set-based (a million members in seconds); the answers must be
    those of refreshing every member: points inside the window only, today's
    threshold campaigns, a deleted tier, and a review date for everyone."""
    t.admin.save_program(program_with(t, qualifying_window={"kind": "rolling_months", "months": 3}))
    old = t.till.enrol(member_input(first_name="Old", phone="+7 916 000 00 01"))
    recent = t.till.enrol(member_input(first_name="Recent", phone="+7 916 000 00 02"))
    quiet = t.till.enrol(member_input(first_name="Quiet", phone="+7 916 000 00 03"))
    clock(2026, 1, 5, 12, 0)
    buy(t, old, 7000000)  # 2100 qualifying in January: outside a 3-month window by May
    clock(2026, 4, 20, 12, 0)
    buy(t, recent, 7000000)  # 2100 qualifying in April: inside it
    clock(2026, 5, 1, 12, 0)
    data = t.program.to_dict()
    data["tiers"][1]["threshold"] = 2000  # Wolf at 2000: only Recent's window reaches it
    saved = t.admin.save_program(data)
    assert (saved.upgraded, saved.members) == (1, 3)
    assert [t.till.member(m).tier_key for m in (old, recent, quiet)] == ["bunny", "wolf", "bunny"]
    # Everyone has a review now: 3 months from the change, or from Recent's upgrade.
    assert {t.till.member(m).review_on for m in (old, recent, quiet)} == {date(2026, 8, 1)}
    # Deleting Wolf: Recent falls to what the window's points earn (Bunny), as an event.
    data = t.program.to_dict()
    data["tiers"] = [data["tiers"][0], data["tiers"][2]]
    t.admin.save_program(data)
    assert t.till.member(recent).tier_key == "bunny"
    with app.terminal._sessions.begin() as s:
        events = [(e.from_key, e.to_key, e.reason) for e in s.scalars(
            select(TierEvent).where(TierEvent.member_id == recent).order_by(TierEvent.created_at))]
    assert events == [("bunny", "wolf", "program_change"), ("wolf", "bunny", "program_change")]
    # the report's member rollups followed every move: tiers now, as counted afresh
    assert t.admin.check().ok
    assert {x.tier_key: x.members for x in t.office.report(Period(date(2026, 5, 1), date(2026, 5, 1))
                                                    ).tiers} == {"bunny": 3, "lion": 0}


def test_rolling_reviews_set_on_the_31st_come_back_to_the_31st_after_february(
        t, clock, member_input, buy):
    t.admin.save_program(program_with(t, qualifying_window={"kind": "rolling_months", "months": 1}))
    clock(2026, 1, 31, 12, 0)
    member = t.till.enrol(member_input(first_name="Ira", phone="+7 916 000 00 31"))
    assert t.till.member(member).review_on == date(2026, 2, 28)
    reviews = []
    for day in (date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)):
        clock(day.year, day.month, day.day, 12, 0)
        t.admin.maintain()
        reviews.append(t.till.member(member).review_on)
    assert reviews == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]


def test_refunding_points_a_later_upgrade_counted_takes_that_tier_back(t, clock, member, buy):
    """Found by the ledger property test: Wolf reached by the third purchase on the
    second one's points too; refunding the second leaves 1,250 points, so Bunny."""
    buy(t, member, 1)
    second = buy(t, member, 4166667)  # 1,250 qualifying
    clock(2026, 3, 10, 12, 5)
    assert buy(t, member, 4166667).tier_after == "wolf"  # 2,500
    clock(2026, 3, 10, 12, 10)
    t.till.refund(second.purchase_id)
    view = t.till.member(member)
    assert (view.qualifying_points, view.tier_key) == (1250, "bunny")
