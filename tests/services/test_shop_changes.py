"""Changes made on one till reach a running till without a restart (issue #16): two
terminals on one database (a shared SQLite file, or the shop's PostgreSQL server), as
two tills of one shop. The four that must follow: a program version, a staff change,
a card design, and the shop's settings (the owner's limits and the large-purchase
confirmation are part of the program, so they follow with it)."""

import time
import uuid

import pytest

from app.bootstrap import open_app
from app.domain.errors import DomainError
from app.domain.roles import PermissionDenied
from app.services.context import SYSTEM
from app.services.dto import GiftInput
from app.services.settings import Settings
from app.services.shop_changes import EVERY_SECONDS, ShopChanges
from app.services.unit_of_work import UnitOfWork
from tests.services.conftest import buy, member_input

pytestmark = pytest.mark.both_databases


@pytest.fixture
def two(db_location, tmp_path):
    db = db_location
    a = open_app(db, "en", acting=SYSTEM, settings=Settings(tmp_path / "a.json"), till="A")
    b = open_app(db, "en", acting=SYSTEM, settings=Settings(tmp_path / "b.json"), till="B")
    yield a.terminal, b.terminal
    a.engine.dispose()
    b.engine.dispose()


def test_a_program_saved_on_one_till_is_in_force_on_the_other_after_refresh(two):
    a, b = two
    data = a.program.to_dict()
    data["welcome_bonus"] = 321
    a.admin.save_program(data)
    assert b.program.welcome_bonus != 321
    assert b.admin.refresh()
    assert b.program.welcome_bonus == 321
    assert b.ctx.program_version_id == a.ctx.program_version_id
    member = b.till.enrol(member_input())
    assert b.till.member(member).balance == 321  # the new rules apply on B
    assert not b.admin.refresh()  # nothing more to take


def test_a_cashier_switched_off_on_one_till_is_refused_at_the_next_action_on_the_other(two):
    a, b = two
    a.sign_in.create_owner("Olga", "1234")
    cashier = a.admin.add_staff("Masha", "1111", "cashier")
    b.sign_in.login("Masha", "1111")
    member = b.till.enrol(member_input())
    a.admin.set_staff_active(cashier.id, False)
    assert b.admin.refresh()
    assert b.ctx.staff is None
    with pytest.raises(PermissionDenied):
        buy(b, member, 10000)


def test_a_till_that_refreshes_with_nothing_changed_keeps_who_is_signed_in(two):
    a, b = two
    a.sign_in.create_owner("Olga", "1234")
    b.sign_in.login("Olga", "1234")
    assert not b.admin.refresh()
    assert b.ctx.staff.name == "Olga"
    assert b.office.audit_log() is not None  # still allowed to act


def test_units_of_work_follow_the_shop_at_most_every_few_seconds(db_location):
    """The seam: a unit of work looks before it runs, once ``every`` seconds have gone."""
    db = db_location
    a, b = open_app(db, "en", acting=SYSTEM), open_app(db, "en", acting=SYSTEM)
    try:
        now = [0.0]
        changes = ShopChanges(b.terminal._sessions, b.terminal._ctx, every=3.0,
                              clock=lambda: now[0])
        uow = UnitOfWork(b.terminal._sessions, b.terminal._ctx, follow=changes.poll)
        data = a.terminal.program.to_dict()
        data["welcome_bonus"] = 77
        a.terminal.admin.save_program(data)
        now[0] = 2.9
        uow("find", lambda s: None)
        assert b.terminal.program.welcome_bonus != 77  # not yet: at most every 3 s
        now[0] = 3.0
        uow("find", lambda s: None)
        assert b.terminal.program.welcome_bonus == 77
    finally:
        a.engine.dispose()
        b.engine.dispose()


def test_a_card_design_saved_on_one_till_prints_on_the_other_at_once(two):
    """Card designs are read from the database at each use: no refresh is needed."""
    a, b = two
    member = b.till.enrol(member_input())
    assert b.office.card_batch("member", [member]).design.shop_name == "Regulars"
    design = a.office.card_design()[1].to_dict()
    design["shop_name"] = "Кофейня на углу"
    saved = a.office.save_card_design(design, None)
    printed = b.office.card_batch("member", [member])
    assert (printed.design_id, printed.design.shop_name) == (saved, "Кофейня на углу")


def test_a_cashier_switched_off_on_one_till_leaves_the_others_sign_in_list(two):
    a, b = two
    a.sign_in.create_owner("Olga", "1234")
    masha = a.admin.add_staff("Masha", "1111", "cashier")
    assert b.sign_in.staff_names() == ["Masha", "Olga"]
    a.admin.set_staff_active(masha.id, False)
    assert b.sign_in.staff_names() == ["Olga"]
    with pytest.raises(DomainError) as caught:
        b.sign_in.login("Masha", "1111")
    assert caught.value.code == "pin_wrong"  # as for a name nobody has


def test_the_owners_limits_saved_on_one_till_hold_on_the_other_after_refresh(two):
    """The shop's settings a cashier meets (the daily cap on points given, points per
    receipt, the large-purchase confirmation) are the program's, so they follow it."""
    a, b = two
    a.sign_in.create_owner("Olga", "1234")
    a.admin.add_staff("Masha", "1111", "cashier")
    b.sign_in.login("Masha", "1111")  # a cashier: the owner's caps are for her
    member = b.till.enrol(member_input())
    data = a.program.to_dict()
    data["limits"] = {"redeem_per_receipt": 50, "given_per_member_day": 100}
    data["large_amount_minor"] = 500_00
    a.admin.save_program(data)
    assert b.admin.refresh()
    assert b.program.is_large_amount(500_01) and not b.program.is_large_amount(500_00)
    gift = GiftInput("cup", "upgrade", "just_because", 0, 101)
    with pytest.raises(DomainError) as caught:
        b.till.give_gift(uuid.uuid4(), member, gift)
    assert (caught.value.code, caught.value.params["left"]) == ("over_daily_cap", 100)
    with pytest.raises(DomainError) as caught:
        buy(b, member, 100_000, redeem=51)
    assert caught.value.code == "redeem_over_receipt_cap"
    assert b.till.member(member).balance == a.till.member(member).balance


def test_a_running_till_follows_within_seconds_without_being_asked(db_location, tmp_path):
    """No refresh: the till's own next actions, once the poll's few seconds have passed,
    put in force the program saved on the other till."""
    a = open_app(db_location, "en", acting=SYSTEM, settings=Settings(tmp_path / "a.json"))
    b = open_app(db_location, "en", acting=SYSTEM, settings=Settings(tmp_path / "b.json"))
    try:
        data = a.terminal.program.to_dict()
        data["welcome_bonus"] = 654
        a.terminal.admin.save_program(data)
        saved = time.monotonic()
        while b.terminal.program.welcome_bonus != 654 and time.monotonic() < saved + 10:
            b.terminal.till.member_count()  # the cashier at work: searches, sales
            time.sleep(0.05)
        assert time.monotonic() - saved <= EVERY_SECONDS + 1
        member = b.terminal.till.enrol(member_input())
        assert b.terminal.till.member(member).balance == 654
    finally:
        a.engine.dispose()
        b.engine.dispose()
