"""The shop's settings (issue #18): saved with the owner at the first start in one
transaction, nothing of it when any part is refused; a shop in Latvia reads an 8-digit
mobile as +371 on every till; the owner changes them later, except the currency once
purchases are kept in it."""

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_app
from app.db.models import AuditEntry, Staff, Till
from app.domain.errors import DomainError
from app.domain.shop import Shop
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from app.services.shop_settings import FirstStart
from tests.services.conftest import buy

pytestmark = pytest.mark.both_databases

RIGA = Shop("Kafejnīca Rīts", "LV", "EUR")


def start(**kw) -> FirstStart:
    base = dict(shop=RIGA, till_name="Lete 1", owner_name="Ilze", pin="2468", lang="lv")
    base.update(kw)
    return FirstStart(**base)


@pytest.fixture
def fresh(db_location):
    """A new shop's database as the till's first start finds it: nobody at the till."""
    app = open_app(db_location, "en")
    yield app
    app.engine.dispose()


def count(app, what) -> int:
    with app.terminal._sessions.begin() as s:
        return s.scalar(select(func.count()).select_from(what))


def till_names(app) -> list[str]:
    with app.terminal._sessions.begin() as s:
        return list(s.scalars(select(Till.name)))


def test_the_first_start_saves_everything_and_riga_phones_get_371(fresh, db_location):
    t = fresh.terminal
    owner = t.sign_in.first_start(start())
    assert (owner.name, owner.role) == ("Ilze", "owner")
    assert t.ctx.staff == owner and t.ctx.lang == "lv" and t.ctx.till_name == "Lete 1"
    assert (t.program.name, t.program.phone_region, t.program.currency) == (
        "Kafejnīca Rīts", "LV", "EUR")
    assert till_names(fresh) == ["Lete 1"]
    member = t.till.member(t.till.enrol(MemberInput(first_name="Jānis", phone="21234567",
                                                    consent=True)))
    assert member.phone == "+371 21 234 567"
    other = open_app(db_location, "ru", acting=SYSTEM)  # another till of the shop
    try:
        assert other.terminal.ctx.phone_region == "LV"
        again = other.terminal.till.enrol(MemberInput(first_name="Anna", phone="2987 6543",
                                                      consent=True))
        assert other.terminal.till.member(again).phone == "+371 29 876 543"
    finally:
        other.engine.dispose()


@pytest.mark.parametrize("wrong, code", [
    (dict(pin="12"), "pin_format"),
    (dict(owner_name="  "), "staff_name"),
    (dict(shop=Shop("  ", "LV", "EUR")), "shop_name_missing"),
    (dict(shop=Shop("Rīts", "XX", "EUR")), "shop_region"),
    (dict(shop=Shop("Rīts", "LV", "EURO")), "shop_currency"),
    (dict(till_name=""), "till_name_missing"),
])
def test_a_refused_answer_saves_nothing(fresh, wrong, code):
    t = fresh.terminal
    version, names = t.ctx.program_version_id, till_names(fresh)
    with pytest.raises(DomainError) as caught:
        t.sign_in.first_start(start(**wrong))
    assert caught.value.code == code
    assert count(fresh, Staff) == 0 and count(fresh, AuditEntry) == 0
    assert t.ctx.program_version_id == version and t.program.name == "Regulars"
    assert t.program.phone_region == "RU" and t.program.currency == "RUB"
    assert till_names(fresh) == names and t.ctx.staff is None
    assert not t.sign_in.has_staff()  # the next start asks again


def test_the_first_start_is_refused_once_the_shop_has_its_owner(fresh):
    t = fresh.terminal
    t.sign_in.first_start(start())
    t.sign_in.lock()
    with pytest.raises(DomainError) as caught:
        t.sign_in.first_start(start(shop=Shop("Other", "RU", "RUB"), owner_name="Oleg"))
    assert caught.value.code == "owner_exists"
    assert t.program.name == "Kafejnīca Rīts" and count(fresh, Staff) == 1


def test_the_owner_changes_the_region_and_name_but_not_the_currency_after_a_sale(
        fresh, db_location):
    t = fresh.terminal
    t.sign_in.first_start(start(shop=Shop("Утро", "RU", "RUB"), lang="ru"))
    assert not t.admin.purchases_recorded()
    t.admin.save_shop(Shop("Rīts", "LV", "EUR"))  # no sale yet: the currency may change
    assert (t.program.name, t.program.currency) == ("Rīts", "EUR")
    member = t.till.enrol(MemberInput(first_name="Jānis", phone="21234567", consent=True))
    buy(t, member, 1000)
    assert t.admin.purchases_recorded()
    version = t.ctx.program_version_id
    with pytest.raises(DomainError) as caught:
        t.admin.save_shop(Shop("Rīts", "LV", "RUB"))
    assert caught.value.code == "shop_currency_locked"
    assert str(caught.value) == ("Purchases are already recorded in EUR: the currency "
                                 "cannot change.")
    assert t.ctx.program_version_id == version and t.program.currency == "EUR"
    t.admin.save_shop(Shop("Rīts centrs", "RU", "EUR"))
    other = open_app(db_location, "en", acting=SYSTEM)
    try:
        assert other.terminal.ctx.phone_region == "RU"
        assert other.terminal.program.name == "Rīts centrs"
    finally:
        other.engine.dispose()
    ivan = t.till.enrol(MemberInput(first_name="Иван", phone="916 123-45-67", consent=True))
    assert t.till.member(ivan).phone == "+7 916 123-45-67"  # read as Russian now


def test_a_demo_database_keeps_its_currency_at_the_first_start(fresh):
    """`regulars demo` before the first start: its purchases are in roubles."""
    t = fresh.terminal
    t.sign_in.as_system()
    t.admin.add_demo_members(5, seed=1)
    t.sign_in.lock()
    with pytest.raises(DomainError) as caught:
        t.sign_in.first_start(start())
    assert caught.value.code == "shop_currency_locked" and count(fresh, Staff) == 0
    owner = t.sign_in.first_start(start(shop=Shop("Rīts", "LV", "RUB")))
    assert owner.name == "Ilze" and t.program.currency == "RUB" and t.ctx.phone_region == "LV"
