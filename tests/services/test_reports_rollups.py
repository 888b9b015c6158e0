"""The daily rollups always equal a from-scratch computation from purchases, the
ledger and the members: after random enrolments, purchases, redemptions, refunds,
expiries, tier reviews and erasures, across local midnight and month ends in a zone
that is not UTC."""

import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.bootstrap import open_app
from app.db.engine import make_sessions
from app.db.models import Member
from app.domain.giving import Verification
from app.domain.report_periods import Period
from app.services import members, rollup_history, rollups
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases

steps = st.lists(st.one_of(
    st.tuples(st.just("buy"), st.integers(0, 2), st.integers(1, 900_000), st.floats(0, 1)),
    st.tuples(st.just("refund"), st.integers(0, 40), st.just(0), st.just(0.0)),
    st.tuples(st.just("wait"), st.integers(1, 60 * 24 * 50), st.just(0), st.just(0.0)),
    st.tuples(st.just("expire"), st.just(0), st.just(0), st.just(0.0)),
    st.tuples(st.just("erase"), st.integers(0, 2), st.just(0), st.just(0.0)),
    st.tuples(st.just("enrol"), st.just(0), st.just(0), st.just(0.0)),
), min_size=1, max_size=14)


def _compare(app, t):
    with t._sessions.begin() as s:
        kept, fresh = rollups.stored(s), rollup_history.from_scratch(s, t.ctx)
    for name in kept:
        assert rollup_history.nonzero(kept[name]) == rollup_history.nonzero(fresh[name]), name


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_rollups_equal_history_after_random_activity(ops):
    with tempfile.TemporaryDirectory() as d:
        app = open_app(str(Path(d) / "db.sqlite3"), lang="en", acting=SYSTEM)
        try:
            t = app.terminal
            t.ctx.local_tz = ZoneInfo("Europe/Moscow")  # UTC+3: 22:00 UTC is tomorrow
            now = [datetime(2026, 1, 30, 20, 0)]
            t.ctx.clock = lambda: now[0]
            program = t.program.to_dict()
            program["expiry"] = {"kind": "days_after_earning", "days": 30, "since": None}
            # reviewed a month after an upgrade: "wait" and "expire" move members down
            program["qualifying_window"] = {"kind": "rolling_months", "months": 1}
            t.admin.save_program(program)

            def enrol():
                i = len(people)
                people.append(t.till.enrol(MemberInput(first_name=f"M{i}", phone=f"+791612345{i:02d}",
                                                  consent=True)))
            people: list = []
            for _ in range(3):
                enrol()
            erased, bought = set(), []
            for kind, a, b, frac in ops:
                if kind == "enrol":
                    enrol()
                elif kind == "erase" and people[a] not in erased:
                    t.admin.erase_member(people[a], "asked to")
                    erased.add(people[a])
                elif kind == "buy" and people[a] not in erased:
                    mid = people[a]
                    redeem = int(t.program.max_redeemable(t.till.member(mid).balance, b) * frac)
                    scanned = Verification("card", card=t.till.member(mid).card_number)
                    bought.append(t.till.record_purchase(uuid.uuid4(), mid, b, redeem,
                                                    verification=scanned).purchase_id)
                elif kind == "refund" and bought:
                    t.till.refund(bought[a % len(bought)])
                elif kind == "wait":
                    now[0] += timedelta(minutes=a)
                elif kind == "expire":
                    t.admin.maintain()
            _compare(app, t)
            assert t.admin.check().ok, t.admin.check().problems
        finally:
            app.engine.dispose()


def test_check_reports_a_tampered_rollup(t, member, buy):
    buy(t, member, 100000)
    assert t.admin.check().ok
    with t._sessions.begin() as s:
        s.execute(text("UPDATE report_sales_day SET revenue_minor = revenue_minor + 1"))
    problems = t.admin.check().problems
    assert len(problems) == 1
    assert "report rollup sales" in problems[0]
    assert "kept (1, 100001, 0, 0), history says (1, 100000, 0, 0)" in problems[0]


def test_an_upgraded_shop_gets_its_rollups_built_from_history(t, member, buy):
    buy(t, member, 250000)
    with t._sessions.begin() as s:  # as a database migrated from 0007 with history has it
        s.execute(text("DELETE FROM report_sales_day"))
        s.execute(text("DELETE FROM report_points_day"))
        s.execute(text("DELETE FROM report_cohort_month"))
        s.execute(text("DELETE FROM report_state"))
    with t._sessions.begin() as s:
        assert rollups.ensure_built(s, t.ctx) is True
        assert rollups.ensure_built(s, t.ctx) is False
        kept = rollups.stored(s)
    assert sum(v[1] for v in kept["sales"].values()) == 250000
    # 200 welcome + 75 earned: bunny earns 3 % of 2 500.00 = 75.00, a point is 1.00
    assert sum(v[0] for v in kept["points"].values()) == 200 + 75
    assert t.admin.check().ok


def test_a_shop_upgrading_from_0010_gets_its_member_rollups_built(t, member, buy):
    buy(t, member, 250000)
    with t._sessions.begin() as s:  # as migration 0011 leaves a database with members
        s.execute(text("DELETE FROM report_member_day"))
        s.execute(text("DELETE FROM report_seen_day"))
        s.execute(text("DELETE FROM report_state WHERE key = 'members_built'"))
    assert t.admin.check().ok  # a part never built is not compared
    today = t.ctx.today()
    members = t.office.report(Period(today, today)).members  # the first open builds it
    assert (members.total, members.new, members.active_30) == (1, 1, 1)
    with t._sessions.begin() as s:
        assert rollups.ensure_built(s, t.ctx) is False
        kept = rollups.stored(s)
    assert sum(v[0] for v in kept["members"].values()) == 1
    assert sum(v[0] for v in kept["seen"].values()) == 1
    assert t.admin.check().ok


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns"])
def test_rollups_from_scratch_in_a_zone_off_the_hour(t, clock, member_input, zone):
    """India is 5:30 ahead of UTC, Nepal 5:45, Newfoundland 3:30 behind: an hour of UTC
    holds two local days there. The history must split it as the till did."""
    t.ctx.local_tz = ZoneInfo(zone)
    clock(2026, 3, 9, 12, 0)
    a = t.till.enrol(member_input(first_name="A", phone="+79160000031"))
    for hour in (2, 3, 18, 19):  # around local midnight in each of these zones
        for minute in (5, 20, 35, 50):
            clock(2026, 3, 10, hour, minute)
            t.till.record_purchase(uuid.uuid4(), a, 10000)
    clock(2026, 3, 10, 18, 40)
    t.till.enrol(member_input(first_name="B", phone="+79160000032"))
    assert t.admin.check().ok, t.admin.check().problems


def _member_rows(t):
    with t._sessions.begin() as s:
        kept = rollups.stored(s)
    return ({k: v for k, v in kept["members"].items() if any(v)},
            {k: v for k, v in kept["seen"].items() if any(v)})


def test_a_writer_that_never_mentions_rollups_keeps_them(t, clock, member, buy):
    """The member rollups follow the member itself: a plain ORM change in a session of
    the till (no service, no rollup call) moves the member's rows, and `check` agrees."""
    buy(t, member, 100000)
    today = t.ctx.today()
    with t._sessions.begin() as s:
        m = s.get(Member, member)
        m.tier_key = "wolf"
    members, seen = _member_rows(t)
    assert members == {(today, t.ctx.cashier, "wolf", False, True): (1,)}
    assert seen == {(today, "wolf"): (1,)}
    assert t.admin.check().ok, t.admin.check().problems
    with t._sessions.begin() as s:  # erased, then brought in anew, by hand
        s.get(Member, member).erased_at = t.ctx.clock()
        s.add(Member(id=uuid.uuid4(), first_name="N", phone="+79160000077", name_key="N",
                     card_number="2000000000077", consent_at=t.ctx.clock(),
                     created_at=t.ctx.clock(), updated_at=t.ctx.clock(), consent_by="by hand",
                     balance=0, qualifying_points=0, visits=0, tier_key="bunny"))
    members, seen = _member_rows(t)
    assert members == {(today, t.ctx.cashier, "wolf", True, True): (1,),
                       (today, "by hand", "bunny", False, False): (1,)}
    assert seen == {}
    assert t.admin.check().ok, t.admin.check().problems


def test_a_member_deleted_stops_counting(t, clock, member_input):
    lone = t.till.enrol(member_input(first_name="L", phone="+79160000078"))
    assert _member_rows(t)[0] == {(t.ctx.today(), t.ctx.cashier, "bunny", False, False): (1,)}
    with t._sessions.begin() as s:
        for table in ("point_lot", "ledger"):
            s.execute(text(f"DELETE FROM {table}"))
        s.delete(s.get(Member, lone))
    assert _member_rows(t) == ({}, {})


def test_a_rolled_back_change_leaves_the_rollups_alone(t, clock, member):
    before = _member_rows(t)
    with pytest.raises(LookupError), t._sessions.begin() as s:
        s.get(Member, member).tier_key = "wolf"
        s.flush()
        raise LookupError("the sale failed after the member changed")
    with t._sessions.begin() as s:  # the next transaction starts from what was kept
        s.get(Member, member).visits += 0
    assert _member_rows(t) == before
    assert t.admin.check().ok


def test_a_session_not_made_to_keep_rollups_refuses_to_note_them(app, t, member):
    sessions = make_sessions(app.engine)
    with sessions.begin() as s, pytest.raises(RuntimeError, match="rollups.follow"):
        rollups.note_entry(s, t.ctx, {"points": 1, "created_at": t.ctx.clock(),
                                      "till_id": None, "cashier": "", "kind": "bonus"})


def test_a_sessionmaker_made_after_another_was_dropped_keeps_the_rollups(tmp_path):
    """SQLAlchemy knows event targets by id(): a sessionmaker made after another was
    dropped usually reuses its id(), and `follow` once took it as already followed, so
    that shop wrote no rollups at all (a flaky `check`)."""

    app = open_app(str(tmp_path / "db.sqlite3"), lang="en", acting=SYSTEM)
    ctx = app.terminal.ctx
    for n in range(20):
        sessions = make_sessions(app.engine)
        rollups.follow(sessions, ctx)
        with sessions.begin() as s:
            members.enrol(s, ctx, MemberInput(first_name=f"M{n}", phone=f"+791612345{n:02d}",
                                              consent=True))
        del sessions
        with app.terminal._sessions.begin() as s:
            kept = rollups.stored(s)["members"]
        assert sum(v[0] for v in kept.values()) == n + 1, n
    app.engine.dispose()
