"""Points are money: every route a cashier gives points by is bounded the same way, the
owner's daily cap holds across routes and under concurrency, and points are spent only
for a member the till recognised (issue #14)."""

import threading
import uuid
from datetime import date

import pytest

from app.bootstrap import open_app
from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.services import giving
from app.services.context import SYSTEM
from app.services.dto import ComplaintInput, GiftInput
from app.services.giving import Approval

pytestmark = pytest.mark.both_databases

PAVEL = Approval("Pavel", "2222")


@pytest.fixture
def staffed(t):
    t.sign_in.create_owner("Olga", "1234")
    t.admin.add_staff("Masha", "1111", "cashier")
    t.admin.add_staff("Pavel", "2222", "manager")
    return t


def set_limits(t, **limits):
    data = t.program.to_dict()
    data["limits"] = dict(data["limits"], **limits)
    t.admin.save_program(data)


@pytest.fixture
def at_till(staffed, member_input):
    """Masha (a cashier) at the till with a member open; the owner set the program."""
    staffed.sign_in.login("Olga", "1234")
    set_limits(staffed, given_per_member_day=0)
    actions = dict(staffed.program.actions, long_wait=400, survey=350)
    data = staffed.program.to_dict()
    data["actions"] = actions
    staffed.admin.save_program(data)
    member = staffed.till.enrol(member_input())
    staffed.sign_in.login("Masha", "1111")
    return staffed, member


def big_gift(t, m, approval=None):
    return t.till.give_gift(uuid.uuid4(), m, GiftInput("cake", "extra_item", "just_because", 0, 301),
                       approval)


def complaint(t, m, approval=None, **kw):
    return t.till.record_complaint(uuid.uuid4(), m, ComplaintInput(facts="cold", **kw), approval)


ROUTES = {
    "gift points": lambda t, m, a: big_gift(t, m, a),
    "gift value": lambda t, m, a: t.till.give_gift(
        uuid.uuid4(), m, GiftInput("cake", "extra_item", "just_because", 50_001), a),
    "complaint points": lambda t, m, a: complaint(t, m, a, compensation="points", points=301),
    "complaint gift": lambda t, m, a: complaint(
        t, m, a, compensation="gift", gift=GiftInput("cake", "extra_item", "complaint", 60_000)),
    "complaint discount": lambda t, m, a: complaint(t, m, a, compensation="discount",
                                                    discount_percent=25),
    "long wait": lambda t, m, a: t.till.long_wait(uuid.uuid4(), m, a),
    "survey": lambda t, m, a: t.till.reward_help(uuid.uuid4(), m, "survey", a),
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_route_over_the_cashier_limit_needs_a_managers_pin(at_till, route):
    t, m = at_till
    before = t.till.member(m).balance
    with pytest.raises(DomainError) as refused:
        ROUTES[route](t, m, None)
    assert refused.value.code == "over_cashier_limit"
    assert t.till.member(m).balance == before  # nothing half-given
    with pytest.raises(DomainError) as wrong:
        ROUTES[route](t, m, Approval("Pavel", "9999"))
    assert wrong.value.code == "pin_wrong"
    with pytest.raises(DomainError) as not_a_manager:
        ROUTES[route](t, m, Approval("Masha", "1111"))
    assert not_a_manager.value.code == "approval_not_manager"
    ROUTES[route](t, m, PAVEL)
    t.sign_in.login("Pavel", "2222")
    [entry] = t.office.audit_log(action="gift_over_limit")
    assert entry.details["approved_by"] == "Pavel" and entry.staff == "Masha"


def test_within_the_limit_a_cashier_gives_alone(at_till):
    t, m = at_till
    r = t.till.give_gift(uuid.uuid4(), m, GiftInput("cake", "extra_item", "just_because", 50_000, 300))
    assert r.points == 300
    complaint(t, m, compensation="discount", discount_percent=20)


def test_a_manager_at_the_till_needs_no_pin(at_till):
    t, m = at_till
    t.sign_in.login("Pavel", "2222")
    assert big_gift(t, m).points == 301
    assert [e.action for e in t.office.audit_log(action="gift_over_limit")] == ["gift_over_limit"]


def test_daily_cap_counts_every_route_together(at_till, clock):
    t, m = at_till
    t.sign_in.login("Olga", "1234")
    set_limits(t, given_per_member_day=500)
    data = t.program.to_dict()
    data["actions"] = dict(data["actions"], long_wait=100, survey=100)
    t.admin.save_program(data)
    t.sign_in.login("Masha", "1111")
    t.till.give_gift(uuid.uuid4(), m, GiftInput("cup", "upgrade", "just_because", 0, 200))
    t.till.long_wait(uuid.uuid4(), m)  # 300 given today
    complaint(t, m, compensation="points", points=100)  # 400
    with pytest.raises(DomainError) as capped:
        t.till.give_gift(uuid.uuid4(), m, GiftInput("cup", "upgrade", "just_because", 0, 150))
    assert capped.value.code == "over_daily_cap"
    assert capped.value.params["left"] == 100
    t.till.reward_help(uuid.uuid4(), m, "survey")  # exactly 500
    with pytest.raises(DomainError) as capped:
        complaint(t, m, compensation="points", points=1)
    assert capped.value.code == "over_daily_cap"
    complaint(t, m, PAVEL, compensation="points", points=1)  # a manager lifts it
    clock(2026, 3, 11, 9, 0)  # a new day: the cap starts again
    t.till.give_gift(uuid.uuid4(), m, GiftInput("cup", "upgrade", "just_because", 0, 300))


def test_daily_cap_holds_when_two_tills_give_at_the_same_moment(tmp_path, member_input,
                                                                monkeypatch):
    """Two tills each count today's points and then write: without the member's lock
    both would count 0 and give 300 each, past a cap of 500."""
    db = str(tmp_path / "shop.sqlite3")
    first = open_app(db, "en", acting=SYSTEM)
    t1 = first.terminal
    set_limits(t1, given_per_member_day=500)
    t1.admin.add_staff("Masha", "1111", "cashier")
    t1.admin.add_staff("Dasha", "3333", "cashier")
    m = t1.till.enrol(member_input())
    second = open_app(db, "en", acting=SYSTEM)
    t2 = second.terminal
    t1.sign_in.login("Masha", "1111")
    t2.sign_in.login("Dasha", "3333")
    counted = threading.Barrier(2)
    real = giving.given_today

    def slow_count(session, ctx, member_id):
        n = real(session, ctx, member_id)
        try:  # wait for the other till to count too; with the lock it never can
            counted.wait(timeout=1.0)
        except threading.BrokenBarrierError:
            pass
        return n
    monkeypatch.setattr(giving, "given_today", slow_count)
    outcomes = []

    def give(t):
        try:
            t.till.give_gift(uuid.uuid4(), m, GiftInput("cup", "upgrade", "just_because", 0, 300))
            outcomes.append("given")
        except DomainError as exc:
            outcomes.append(exc.code)
    threads = [threading.Thread(target=give, args=(t,)) for t in (t1, t2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["given", "over_daily_cap"]
    assert t1.till.member(m).balance == 200 + 300
    first.engine.dispose()
    second.engine.dispose()


# ---- spending points -------------------------------------------------------------------


@pytest.fixture
def rich(t, member, buy):
    t.admin.adjust_points(uuid.uuid4(), member, 800, "opening balance")  # 1000 points
    return member


def test_unverified_redemption_is_refused_in_the_service(t, rich, buy):
    for verification in (None, Verification("trust me")):
        with pytest.raises(DomainError) as refused:
            t.till.record_purchase(uuid.uuid4(), rich, 100_000, 100, verification=verification)
        assert refused.value.code == "member_unverified"
    with pytest.raises(DomainError) as refused:
        t.till.donate(uuid.uuid4(), rich, "shelter", 50)
    assert refused.value.code == "member_unverified"
    assert t.till.member(rich).balance == 1000 and t.till.member(rich).visits == 0
    buy(t, rich, 100_000)  # buying without points needs no check


def test_each_check_recognises_only_this_member(t, rich, member_input):
    card = t.till.member(rich).card_number
    t.till.edit_member(rich, member_input(birthday=date(1990, 5, 17), card_number=card))
    view = t.till.member(rich)
    good = [Verification("card", card=view.card_number),
            Verification("phone", phone="8 (916) 123-45-67"),
            Verification("name_birthday", name="  ЕЛЕНА ", birthday=date(1990, 5, 17)),
            Verification("name_birthday", name="смирнова", birthday=date(1990, 5, 17))]
    bad = [Verification("card", card="2000000000015"),
           Verification("phone", phone="+7 916 123 45 68"),
           Verification("name_birthday", name="Елена", birthday=date(1990, 5, 18)),
           Verification("name_birthday", name="Анна", birthday=date(1990, 5, 17))]
    for verification in bad:
        with pytest.raises(DomainError) as refused:
            t.till.record_purchase(uuid.uuid4(), rich, 100_000, 10, verification=verification)
        assert refused.value.code == "verify_mismatch", verification
    spent = [t.till.record_purchase(uuid.uuid4(), rich, 100_000, 10,
                               verification=verification).points_redeemed
             for verification in good]
    assert spent == [10, 10, 10, 10]


def test_name_and_birthday_needs_a_recorded_birthday(t, rich):
    with pytest.raises(DomainError) as refused:
        t.till.record_purchase(uuid.uuid4(), rich, 100_000, 10, verification=Verification(
            "name_birthday", name="Елёна", birthday=date(1990, 5, 17)))
    assert refused.value.code == "verify_no_birthday"


def test_owner_caps_points_per_receipt(t, rich):
    set_limits(t, redeem_per_receipt=150)
    scanned = Verification("card", card=t.till.member(rich).card_number)
    with pytest.raises(DomainError) as refused:
        t.till.record_purchase(uuid.uuid4(), rich, 500_000, 151, verification=scanned)
    assert refused.value.code == "redeem_over_receipt_cap"
    assert refused.value.params["cap"] == 150 and refused.value.field == "redeem"
    assert t.till.record_purchase(uuid.uuid4(), rich, 500_000, 150,
                             verification=scanned).points_redeemed == 150


def test_limits_are_program_data_checked_like_the_rest(t):
    data = t.program.to_dict()
    data["limits"] = {"redeem_per_receipt": -1, "given_per_member_day": "many"}
    with pytest.raises(DomainError) as refused:
        t.admin.save_program(data)
    assert {e.field for e in refused.value.errors} == {"limits.redeem_per_receipt",
                                                       "limits.given_per_member_day"}


# ---- withdrawing consent ---------------------------------------------------------------


def test_a_cashier_withdraws_consent_only_with_a_managers_pin(staffed, member_input):
    staffed.sign_in.login("Masha", "1111")
    m = staffed.till.enrol(member_input())
    with pytest.raises(DomainError) as refused:
        staffed.admin.withdraw_consent(m)
    assert refused.value.code == "needs_manager_pin"
    with pytest.raises(DomainError) as refused:
        staffed.admin.withdraw_consent(m, Approval("Masha", "1111"))
    assert refused.value.code == "approval_not_manager"
    assert staffed.till.member(m).first_name == "Елёна"  # nothing erased yet
    staffed.admin.withdraw_consent(m, PAVEL)
    staffed.sign_in.login("Pavel", "2222")
    [erased] = staffed.office.audit_log(action="member_erased")
    assert erased.details["approved_by"] == "Pavel" and erased.staff == "Masha"
    other = staffed.till.enrol(member_input(phone="+7 916 000 00 01"))
    staffed.admin.withdraw_consent(other)  # a manager records it alone
