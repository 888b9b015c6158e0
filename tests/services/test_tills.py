"""Each computer is a named till (issue #16): two "PCs" (two settings files) on one
database are two tills, keep their names, and their purchases say which till."""

import uuid

import pytest
from sqlalchemy import select

from app.bootstrap import open_app, till_start
from app.db.models import Purchase, Till
from app.services.context import SYSTEM
from app.services.settings import Settings
from tests.services.conftest import buy, member_input

pytestmark = pytest.mark.both_databases


def pc(tmp_path, name: str, till_name: str | None) -> Settings:
    settings = Settings(tmp_path / name / "settings.json")
    if till_name is not None:
        settings.set_till_name(till_name)
    return settings


def opened(db, settings, till=None):
    return open_app(str(db), "en", acting=SYSTEM, settings=settings, till=till)


def tills(app) -> dict[uuid.UUID, str]:
    with app.terminal._sessions() as s:
        return dict(s.execute(select(Till.id, Till.name)).all())


def test_two_pcs_on_one_database_are_two_tills_and_purchases_say_which(db_location, tmp_path):
    db = db_location
    front, back = pc(tmp_path, "front", "Front counter"), pc(tmp_path, "back", "Café")
    a, b = opened(db, front), opened(db, back)
    try:
        assert a.terminal.ctx.till_id != b.terminal.ctx.till_id
        member = a.terminal.till.enrol(member_input())
        first, second = buy(a.terminal, member, 10000), buy(b.terminal, member, 20000)
        with a.terminal._sessions() as s:
            made_at = dict(s.execute(select(Purchase.id, Purchase.till_id)).all())
        assert made_at[first.purchase_id] == a.terminal.ctx.till_id
        assert made_at[second.purchase_id] == b.terminal.ctx.till_id
        assert tills(a) == {a.terminal.ctx.till_id: "Front counter",
                            b.terminal.ctx.till_id: "Café"}
        filters = a.terminal.office.report_filter_choices()["till"]
        assert {name for _id, name in filters} == {"Front counter", "Café"}
    finally:
        a.engine.dispose()
        b.engine.dispose()
    again = opened(db, back)  # the next start on the same PC is the same till
    try:
        assert again.terminal.ctx.till_id == b.terminal.ctx.till_id
        assert len(tills(again)) == 2
    finally:
        again.engine.dispose()


def test_till_name_on_the_command_line_picks_or_makes_that_till(db_location, tmp_path):
    db = db_location
    settings = pc(tmp_path, "pc", "Till A")
    first = opened(db, settings)
    other = opened(db, settings, till="Till B")
    same = opened(db, settings, till="Till A")
    try:
        assert other.terminal.ctx.till_id != first.terminal.ctx.till_id
        assert same.terminal.ctx.till_id == first.terminal.ctx.till_id
        assert sorted(tills(first).values()) == ["Till A", "Till B"]
    finally:
        for app in (first, other, same):
            app.engine.dispose()
    after = opened(db, settings)  # a command's --till was for that run only
    try:
        assert after.terminal.ctx.till_id == first.terminal.ctx.till_id
    finally:
        after.engine.dispose()


def test_a_computer_without_a_name_is_the_shops_first_till_as_before(db_location, tmp_path):
    db = db_location
    a = opened(db, pc(tmp_path, "a", None))
    b = opened(db, pc(tmp_path, "b", None))
    try:
        assert a.terminal.ctx.till_id == b.terminal.ctx.till_id
        assert list(tills(a).values()) == ["Till 1"]
    finally:
        a.engine.dispose()
        b.engine.dispose()


def test_the_audit_says_at_which_till(db_location, tmp_path):
    a = opened(db_location, pc(tmp_path, "front", "Front counter"))
    try:
        a.terminal.admin.add_staff("Masha", "1111", "cashier")
        row = a.terminal.office.audit_log("staff_added")[0]
        assert (row.staff, row.till) == ("system", "Front counter")
        assert a.terminal.ctx.till_name == "Front counter"
    finally:
        a.engine.dispose()


def test_the_tills_start_with_a_name_renames_this_computer_for_good(db_location, tmp_path):
    db = db_location
    settings = pc(tmp_path, "pc", "Till A")
    first = till_start(str(db), settings).open("en")
    renamed = till_start(str(db), settings, till="Bar").open("en")
    again = till_start(str(db), settings).open("en")
    assert first.ctx.till_name == "Till A"
    assert (renamed.ctx.till_name, again.ctx.till_name) == ("Bar", "Bar")
    assert settings.till_name() == "Bar"
    for terminal in (first, renamed, again):
        terminal._sessions.kw["bind"].dispose()
