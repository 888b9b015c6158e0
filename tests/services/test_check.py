import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.bootstrap import open_app
from app.domain.giving import Verification
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases


def test_check_on_empty_db(t):
    report = t.admin.check()
    assert report.ok and report.members == 0 and report.ledger_rows == 0


def test_check_ok_after_mixed_activity(t, member, member_input, buy):
    other = t.till.enrol(member_input(first_name="Ольга", phone="+79031112233"))
    a = buy(t, member, 8400000)
    buy(t, member, 100000, redeem=300)
    buy(t, other, 5000)
    t.till.refund(a.purchase_id)
    t.till.refund(a.purchase_id)
    report = t.admin.check()
    assert report.ok, report.problems
    assert report.members == 2


def test_check_detects_tampered_balance(app, t, member):
    with app.engine.begin() as conn:
        conn.execute(text("UPDATE member SET balance = balance + 5"))
    report = t.admin.check()
    assert not report.ok
    assert "cached balance 205, ledger 200" in report.problems[0]


ops = st.lists(st.one_of(
    st.tuples(st.just("buy"), st.integers(min_value=1, max_value=5_000_000), st.floats(0, 1)),
    st.tuples(st.just("refund"), st.integers(min_value=0, max_value=50), st.just(0.0)),
), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_ledger_stays_consistent(steps):
    with tempfile.TemporaryDirectory() as d:
        app = open_app(str(Path(d) / "db.sqlite3"), lang="en", acting=SYSTEM)
        try:
            t = app.terminal
            mid = t.till.enrol(MemberInput(first_name="Елёна", phone="+79161234567", consent=True))
            purchases = []
            refunded_any = False
            scanned = Verification("card", card=t.till.member(mid).card_number)
            for kind, n, frac in steps:
                balance = t.till.member(mid).balance
                if kind == "buy":
                    redeem = int(t.program.max_redeemable(balance, n) * frac)
                    r = t.till.record_purchase(uuid.uuid4(), mid, n, redeem, verification=scanned)
                    assert r.balance == balance - redeem + r.points_earned
                    purchases.append(r.purchase_id)
                elif purchases:
                    t.till.refund(purchases[n % len(purchases)])
                    refunded_any = True
                view = t.till.member(mid)
                assert view.tier_key == t.program.tier_for(view.qualifying_points).key
                if not refunded_any:
                    assert view.balance >= 0
                report = t.admin.check()
                assert report.ok, report.problems
            for pid in purchases:
                t.till.refund(pid)
            view = t.till.member(mid)
            assert view.balance == 200
            assert view.qualifying_points == 0
            assert view.tier_key == "bunny"
            assert t.admin.check().ok
        finally:
            app.engine.dispose()
