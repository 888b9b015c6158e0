import uuid

import pytest

from app.domain.errors import DomainError
from app.domain.giving import Verification

pytestmark = pytest.mark.both_databases


def test_purchase_earns_3_percent_at_bunny(t, member, buy):
    r = buy(t, member, 100000)  # 1000 RUB
    assert (r.points_earned, r.points_redeemed, r.balance, r.duplicate) == (30, 0, 230, False)
    view = t.till.member(member)
    assert view.balance == 230 and view.qualifying_points == 30 and view.visits == 1
    assert [(v.amount_minor, v.points_earned, v.status) for v in view.last_visits] == [
        (100000, 30, "completed")]
    assert r.thank_you == "Thank you, Елёна! See you again soon."


def test_redeem_reduces_balance_and_only_paid_part_earns(t, member, buy):
    r = buy(t, member, 100000, redeem=200)  # 800 RUB paid in money
    assert r.points_redeemed == 200 and r.points_earned == 24
    assert r.balance == 200 - 200 + 24
    assert t.till.member(member).qualifying_points == 24


def test_redeem_whole_amount_earns_nothing(t, member, buy):
    r = buy(t, member, 15000, redeem=150)
    assert r.points_earned == 0 and r.balance == 50
    assert t.till.member(member).qualifying_points == 0


def test_same_purchase_submitted_twice_records_once(t, member):
    pid = uuid.uuid4()
    scanned = Verification("card", card=t.till.member(member).card_number)
    first = t.till.record_purchase(pid, member, 100000, 100, verification=scanned)
    rows = t.admin.check().ledger_rows
    again = t.till.record_purchase(pid, member, 100000, 100, verification=scanned)
    assert again.duplicate is True and again.tier_up is False
    assert again.purchase_id == pid
    assert (again.points_earned, again.points_redeemed) == (first.points_earned, first.points_redeemed)
    assert again.balance == first.balance
    assert t.till.member(member).balance == first.balance
    assert t.till.member(member).visits == 1
    assert t.admin.check().ledger_rows == rows


def test_redeem_over_balance_saves_nothing(t, member, buy):
    rows = t.admin.check().ledger_rows
    with pytest.raises(DomainError) as exc:
        buy(t, member, 100000, redeem=201)
    assert exc.value.code == "redeem_over_balance"
    assert exc.value.params["available"] == 200
    view = t.till.member(member)
    assert view.balance == 200 and view.visits == 0 and view.last_visits == []
    assert t.admin.check().ledger_rows == rows


def test_redeem_over_amount_refused(t, member, buy):
    with pytest.raises(DomainError) as exc:
        buy(t, member, 10000, redeem=101)
    assert exc.value.code == "redeem_over_amount"
    assert t.till.member(member).balance == 200


@pytest.mark.parametrize("amount", [0, -100])
def test_non_positive_amount_refused(t, member, amount, buy):
    with pytest.raises(DomainError) as exc:
        buy(t, member, amount)
    assert exc.value.code == "amount_zero"
    assert t.till.member(member).visits == 0


def test_unknown_member(t, member, buy):
    with pytest.raises(DomainError) as exc:
        buy(t, uuid.uuid4(), 1000)
    assert exc.value.code == "member_gone"


def test_tier_up_to_wolf(t, member, buy):
    r1 = buy(t, member, 8000000)  # 80 000 RUB -> 2400 points, still Bunny
    assert r1.points_earned == 2400 and not r1.tier_up and r1.tier_after == "bunny"
    r2 = buy(t, member, 400000)  # 4000 RUB -> 120 points at 3%, crosses 2500
    assert r2.points_earned == 120
    assert r2.tier_up is True
    assert (r2.tier_before, r2.tier_after, r2.tier_name_after) == ("bunny", "wolf", "Wolf")
    r3 = buy(t, member, 100000)  # now earns 5%
    assert r3.points_earned == 50 and not r3.tier_up
    view = t.till.member(member)
    assert view.tier_key == "wolf" and view.qualifying_points == 2570
    assert view.next_tier_name == "Lion" and view.points_to_next == 10000 - 2570


def test_redeeming_never_demotes(t, member, buy):
    buy(t, member, 8400000)  # 2520 qualifying
    r = buy(t, member, 300000, redeem=2700)  # 300 RUB paid in money at Wolf's 5% -> 15
    assert r.points_earned == 15
    assert r.tier_after == "wolf" and r.balance == 2720 - 2700 + 15
    assert t.till.member(member).tier_key == "wolf"


def test_refund_reverses_earned_and_returns_redeemed(t, member, buy):
    r = buy(t, member, 100000, redeem=100)  # earns 27
    assert r.balance == 200 - 100 + 27
    ref = t.till.refund(r.purchase_id, "customer returned goods")
    assert (ref.points_taken_back, ref.points_returned, ref.already_refunded) == (27, 100, False)
    assert ref.balance == 200
    view = t.till.member(member)
    assert view.balance == 200 and view.qualifying_points == 0
    assert view.last_visits[0].status == "refunded"
    rows = t.admin.check().ledger_rows
    again = t.till.refund(r.purchase_id)
    assert again.already_refunded is True
    assert (again.points_taken_back, again.points_returned, again.balance) == (0, 0, 200)
    assert t.admin.check().ledger_rows == rows
    assert t.admin.check().ok


def test_refund_unknown_purchase(t, member):
    with pytest.raises(DomainError) as exc:
        t.till.refund(uuid.uuid4())
    assert exc.value.code == "purchase_not_found"


def test_refund_loses_tier_reached_through_it(t, member, buy):
    r = buy(t, member, 8400000)
    assert r.tier_after == "wolf"
    t.till.refund(r.purchase_id)
    view = t.till.member(member)
    assert view.tier_key == "bunny" and view.qualifying_points == 0


def test_refund_after_spending_can_go_negative_and_blocks_redemption(t, member, buy):
    r = buy(t, member, 1000000)  # 10 000 RUB -> 300 points, balance 500
    spend = buy(t, member, 50000, redeem=500)  # spends everything, 0 earned
    assert spend.balance == 0
    ref = t.till.refund(r.purchase_id)
    assert ref.balance == -300
    assert t.till.member(member).balance == -300
    with pytest.raises(DomainError) as exc:
        buy(t, member, 100000, redeem=1)
    assert exc.value.code == "redeem_over_balance"
    assert exc.value.params["available"] == 0
    assert t.till.member(member).balance == -300
    assert t.admin.check().ok


def test_purchase_without_redemption_allowed_while_in_debt(t, member, buy):
    r = buy(t, member, 1000000)
    buy(t, member, 50000, redeem=500)
    t.till.refund(r.purchase_id)
    paid = buy(t, member, 100000)
    assert paid.points_earned == 30 and paid.balance == -270
