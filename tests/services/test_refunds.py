"""Refunds whole and in part, once per refund id, never past what was paid; finding the
purchase by member, receipt number and day; `check` stays consistent."""

import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from app.bootstrap import open_app
from app.db.models import AuditEntry, LedgerEntry, Refund
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.services.context import SYSTEM
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases


def _scanned(t, member_id):
    return Verification("card", card=t.till.member(member_id).card_number)


def _purchase(t, member_id, amount_minor, redeem=0, receipt=""):
    return t.till.record_purchase(uuid.uuid4(), member_id, amount_minor, redeem, receipt,
                             verification=_scanned(t, member_id))


def _count(app, model, *where):
    with app.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar()


def test_a_whole_refund_with_a_reason_takes_back_the_earned_and_returns_the_redeemed(
        app, t, member):
    r = _purchase(t, member, 100000, redeem=100)  # earns 27
    refund_id = uuid.uuid4()
    result = t.till.refund_purchase(refund_id, r.purchase_id, "goods returned")
    assert (result.points_taken_back, result.points_returned, result.balance) == (27, 100, 200)
    assert (result.amount_minor, result.refunded_minor, result.left_minor) == (100000, 100000, 0)
    assert not result.duplicate
    view = t.till.member(member)
    assert view.last_visits[0].status == "refunded"
    assert view.last_visits[0].refunded_minor == 100000
    with app.engine.connect() as conn:
        rows = conn.execute(select(LedgerEntry.points, LedgerEntry.reason).where(
            LedgerEntry.ref == refund_id.hex).order_by(LedgerEntry.points)).all()
    assert rows == [(-27, "goods returned"), (100, "goods returned")]
    assert t.admin.check().ok, t.admin.check().problems


def test_part_then_the_rest_adds_up_to_a_whole_refund(t, member, member_input):
    other = t.till.enrol(member_input(first_name="Ольга", phone="+79031112233"))
    a = _purchase(t, member, 100000, redeem=100)
    b = _purchase(t, other, 100000, redeem=100)
    part = t.till.refund_purchase(uuid.uuid4(), a.purchase_id, "one cup returned", 33333)
    assert (part.points_taken_back, part.points_returned) == (8, 34)  # member's favour
    assert part.left_minor == 66667
    assert t.till.member(member).last_visits[0].status == "completed"
    rest = t.till.refund_purchase(uuid.uuid4(), a.purchase_id, "the rest returned")  # the rest
    assert rest.amount_minor == 66667 and rest.left_minor == 0
    whole = t.till.refund_purchase(uuid.uuid4(), b.purchase_id, "all returned")
    assert part.points_taken_back + rest.points_taken_back == whole.points_taken_back == 27
    assert part.points_returned + rest.points_returned == whole.points_returned == 100
    assert t.till.member(member).balance == t.till.member(other).balance == 200
    assert t.till.member(member).last_visits[0].status == "refunded"
    assert t.admin.check().ok, t.admin.check().problems


def test_a_refund_past_what_was_paid_is_refused_and_nothing_is_saved(app, t, member):
    r = _purchase(t, member, 100000)
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "part", 60000)
    balance, rows = t.till.member(member).balance, t.admin.check().ledger_rows
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "too much", 40001)
    assert exc.value.code == "refund_over_paid"
    assert exc.value.params["left_minor"] == 40000
    assert (t.till.member(member).balance, t.admin.check().ledger_rows) == (balance, rows)
    assert _count(app, Refund) == 1
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "the rest", 40000)
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "again", 1)
    assert exc.value.code == "refund_nothing_left"
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "again")
    assert exc.value.code == "refund_nothing_left"
    assert t.admin.check().ok, t.admin.check().problems


def test_a_repeated_refund_id_is_recorded_once(app, t, member):
    r = _purchase(t, member, 100000)
    refund_id = uuid.uuid4()
    first = t.till.refund_purchase(refund_id, r.purchase_id, "part", 50000)
    again = t.till.refund_purchase(refund_id, r.purchase_id, "part", 50000)
    assert again.duplicate and not first.duplicate
    assert (again.points_taken_back, again.amount_minor, again.balance) == \
        (first.points_taken_back, 50000, first.balance)
    assert again.refunded_minor == 50000
    assert _count(app, Refund) == 1
    assert _count(app, AuditEntry, AuditEntry.action == "refund") == 1
    other = _purchase(t, member, 5000)
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(refund_id, other.purchase_id, "part")
    assert exc.value.code == "refund_id_reused"


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_refund_needs_a_reason(t, member, reason):
    r = _purchase(t, member, 100000)
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), r.purchase_id, reason)
    assert (exc.value.code, exc.value.field) == ("reason_required", "reason")


def test_unknown_purchase_and_cashier_refused(t, member):
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), uuid.uuid4(), "x")
    assert exc.value.code == "purchase_not_found"
    r = _purchase(t, member, 1000)
    t.sign_in.create_owner("Olga", "1234")
    t.admin.add_staff("Kate", "2468", "cashier")
    t.sign_in.login("Kate", "2468")
    with pytest.raises(DomainError) as exc:
        t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "x")
    assert exc.value.code == "needs_manager"
    with pytest.raises(DomainError):
        t.till.find_purchases(member_id=member)


def test_a_partial_refund_keeps_a_tier_the_points_left_still_reach(t, member):
    r = _purchase(t, member, 9000000)  # 2700 qualifying: Wolf at 2500
    assert r.tier_after == "wolf"
    kept = t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "a little", 500000)  # -150
    assert kept.tier_after == "wolf" and t.till.member(member).qualifying_points == 2550
    lost = t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "more", 500000)  # -150: 2400
    assert lost.tier_after == "bunny"
    view = t.till.member(member)
    assert (view.tier_key, view.qualifying_points) == ("bunny", 2400)
    assert t.admin.check().ok, t.admin.check().problems


def test_partial_refunds_take_back_stamps_by_the_money_share(t, member):
    r = t.till.record_purchase(uuid.uuid4(), member, 50000, 0, lines=(Line("coffee", 30000, 2),))
    assert [s.have for s in t.till.member(member).stamps] == [2]
    first = t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "one cup", 25000)
    assert [s.have for s in t.till.member(member).stamps] == [1]
    assert first.left_minor == 25000
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "the other cup")
    assert [s.have for s in t.till.member(member).stamps] == [0]
    assert t.admin.check().ok


def test_find_purchases_by_member_receipt_and_day(t, clock, member, member_input):
    other = t.till.enrol(member_input(first_name="Ольга", phone="+79031112233"))
    clock(2026, 3, 9, 10, 0)
    a = _purchase(t, member, 1000, receipt="R-17")
    clock(2026, 3, 10, 10, 0)
    b = _purchase(t, other, 2000, receipt="R-17")
    c = _purchase(t, member, 3000, receipt="R-18")
    ids = [p.purchase_id for p in t.till.find_purchases(member_id=member)]
    assert ids == [c.purchase_id, a.purchase_id]  # newest first
    found = t.till.find_purchases(receipt_number=" R-17 ")
    assert [p.purchase_id for p in found] == [b.purchase_id, a.purchase_id]
    assert found[1].member_name == "Елёна Смирнова" and found[1].receipt_number == "R-17"
    assert [p.purchase_id for p in t.till.find_purchases(day=date(2026, 3, 9))] == [a.purchase_id]
    both = t.till.find_purchases(receipt_number="R-17", day=date(2026, 3, 10))
    assert [p.purchase_id for p in both] == [b.purchase_id]
    assert t.till.find_purchases(receipt_number="nothing") == []
    t.till.refund_purchase(uuid.uuid4(), c.purchase_id, "part", 1000)
    row = t.till.purchase(c.purchase_id)
    assert (row.refunded_minor, row.left_minor, row.status) == (1000, 2000, "completed")
    assert [(x.amount_minor, x.reason) for x in t.till.refunds_of(c.purchase_id)] == [(1000, "part")]


def test_the_older_whole_refund_call_still_refunds_the_rest_once(t, member):
    r = _purchase(t, member, 100000)  # earns 30
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "part", 50000)  # -15
    rest = t.till.refund(r.purchase_id)
    assert (rest.points_taken_back, rest.already_refunded) == (15, False)
    again = t.till.refund(r.purchase_id)
    assert again.already_refunded and again.balance == 200


def test_check_finds_a_refunded_amount_its_rows_do_not_explain(app, t, member):
    r = _purchase(t, member, 100000)
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "part", 50000)
    assert t.admin.check().ok
    with app.engine.begin() as conn:
        conn.execute(text("UPDATE purchase SET refunded_minor = refunded_minor + 1"))
    problems = t.admin.check().problems
    assert any("refunded 50001" in p and "refund rows 50000" in p for p in problems), problems


def test_reports_count_partial_refunds_as_refunded_money(t, clock, member):
    from app.domain.report_periods import period_for
    r = _purchase(t, member, 100000)
    t.till.refund_purchase(uuid.uuid4(), r.purchase_id, "part", 30000)
    report = t.office.report(period_for("custom", date(2026, 3, 10), date(2026, 3, 10),
                                 date(2026, 3, 10)))
    sales = report.sales
    assert (sales.completed, sales.revenue_minor, sales.refunded_minor) == (1, 70000, 30000)
    assert (sales.refunds, sales.visits) == (0, 1)  # refunded in part: still a purchase
    assert [(m.visits, m.revenue_minor) for m in report.top_by_revenue] == [(1, 70000)]
    assert t.admin.check().ok, t.admin.check().problems


steps = st.lists(st.one_of(
    st.tuples(st.just("buy"), st.integers(min_value=1, max_value=3_000_000), st.floats(0, 1)),
    st.tuples(st.just("refund"), st.integers(min_value=0, max_value=50), st.floats(0, 1)),
    st.tuples(st.just("adjust"), st.integers(min_value=-300, max_value=300), st.just(0.0)),
), min_size=1, max_size=8)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_partial_refunds_and_adjustments_keep_check_consistent(plan):
    """Any mix of purchases, partial refunds and adjustments passes `check` after every
    step; refunding the rest of every purchase then leaves the welcome gift and the
    adjustments, and no qualifying points."""
    with tempfile.TemporaryDirectory() as d:
        app = open_app(str(Path(d) / "db.sqlite3"), lang="en", acting=SYSTEM)
        try:
            t = app.terminal
            mid = t.till.enrol(MemberInput(first_name="Елёна", phone="+79161234567", consent=True))
            bought, adjusted = [], 0
            for kind, n, frac in plan:
                if kind == "buy":
                    balance = max(0, t.till.member(mid).balance)
                    redeem = int(t.program.max_redeemable(balance, n) * frac)
                    bought.append(_purchase(t, mid, n, redeem).purchase_id)
                elif kind == "refund" and bought:
                    row = t.till.purchase(bought[n % len(bought)])
                    if row.left_minor:
                        amount = max(1, int(row.left_minor * frac))
                        t.till.refund_purchase(uuid.uuid4(), row.purchase_id, "part", amount)
                elif kind == "adjust" and n:
                    t.admin.adjust_points(uuid.uuid4(), mid, n, "correction")
                    adjusted += n
                report = t.admin.check()
                assert report.ok, report.problems
            for pid in bought:
                if t.till.purchase(pid).left_minor:
                    t.till.refund_purchase(uuid.uuid4(), pid, "the rest")
            view = t.till.member(mid)
            assert (view.balance, view.qualifying_points) == (200 + adjusted, 0)
            assert all(t.till.purchase(pid).status == "refunded" for pid in bought)
            assert t.admin.check().ok
        finally:
            app.engine.dispose()
