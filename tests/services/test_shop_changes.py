"""Changes made on one till reach a running till without a restart (issue #16): two
terminals on one file, as two tills of one shop."""

import pytest

from app.bootstrap import open_app
from app.domain.roles import PermissionDenied
from app.services.context import SYSTEM
from app.services.shop_changes import ShopChanges
from app.services.unit_of_work import UnitOfWork
from tests.services.conftest import buy, member_input


@pytest.fixture
def two(tmp_path):
    db = str(tmp_path / "shop.sqlite3")
    a = open_app(db, "en", acting=SYSTEM)
    b = open_app(db, "en", acting=SYSTEM)
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


def test_units_of_work_follow_the_shop_at_most_every_few_seconds(tmp_path):
    """The seam: a unit of work looks before it runs, once ``every`` seconds have gone."""
    db = str(tmp_path / "shop.sqlite3")
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
