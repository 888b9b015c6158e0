"""Each member's own language (#18): what is said or shown to them follows it, whatever
the till's language; what the cashier reads stays in the till's."""

import csv
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Member
from app.domain.errors import DomainError
from app.services import outbox
from app.services.dto import GiftInput
from app.services.sender import Sender

from .outbox_fixtures import (
    local_fixture,  # noqa: F401 - the fixture, by its name
    server_fixture,  # noqa: F401 - the fixture, by its name
)

pytestmark = pytest.mark.both_databases


@pytest.fixture
def riga(t, clock):
    """A Russian till at noon (UTC, the till's zone) with a Latvian regular."""
    t.ctx.lang = "ru"
    clock(2026, 5, 12, 12, 0)
    return t


def janis(member_input, **kw):
    base = dict(first_name="Jānis", last_name="Bērziņš", phone="+371 21234567", language="lv")
    base.update(kw)
    return member_input(**base)


def test_a_latvian_member_at_a_russian_till_is_greeted_and_shown_their_card_in_latvian(
        riga, member_input):
    mid = riga.till.enrol(janis(member_input))
    view = riga.till.member(mid)
    assert view.language == "lv"
    assert view.greeting == "Labdien, Jāni!"
    assert view.customer.lang == "lv"
    assert view.customer.balance == "Jūsu kartē: 200 punktu"
    assert view.customer.to_next == "Līdz statusam «Vilks» vēl 2500 punktu"
    # the cashier's own lines stay in the till's language
    assert view.prompt == "Первая покупка — расскажите, как копить баллы."
    assert view.phone == "+371 21 234 567"


def test_the_thank_you_after_a_purchase_is_in_the_members_language(riga, member_input, buy):
    mid = riga.till.enrol(janis(member_input))
    result = buy(riga, mid, 12_345)
    assert result.thank_you == "Paldies par pirkumu, Jāni! Gaidīsim jūs atkal."
    assert result.balance == 203  # 200 welcome + 3 earned
    assert result.customer_balance == "Jūsu kartē: 203 punkti"
    up = buy(riga, mid, 100_000_00)  # 3 % of it: 3,000 qualifying points, Wolf from 2,500
    assert up.tier_up and up.new_status == "Jauns statuss: Vilks!"
    assert up.tier_name_after == "Волк"  # what the cashier reads: the till's language


def test_gift_words_are_said_politely_in_latvian(riga, member_input):
    mid = riga.till.enrol(janis(member_input))
    said = riga.till.give_gift(uuid.uuid4(), mid, GiftInput("kafija", "extra_item",
                                                            "just_because", 0, 21))
    assert said.phrase == "Bērziņa kungs, šī ir mūsu dāvana jums: kafija, un vēl 21 punkts jūsu kartē!"


def test_a_member_with_no_language_hears_the_tills(riga, member_input):
    mid = riga.till.enrol(member_input(first_name="Иван", patronymic="Иванович"))
    view = riga.till.member(mid)
    assert view.language == ""
    assert view.greeting == "Добрый день, Иван Иванович!"
    assert view.customer.balance == "На вашей карте 200 баллов"


def test_the_language_is_changed_by_editing_and_a_wrong_one_is_refused(riga, member_input):
    mid = riga.till.enrol(janis(member_input))
    riga.till.edit_member(mid, janis(member_input, language="ru", consent=True))
    assert riga.till.member(mid).greeting == "Добрый день, Jānis!"
    riga.till.edit_member(mid, janis(member_input, language="", consent=True))
    assert riga.till.member(mid).language == ""
    with pytest.raises(DomainError) as err:
        riga.till.edit_member(mid, janis(member_input, language="de", consent=True))
    assert (err.value.code, err.value.field) == ("language_unknown", "language")
    assert riga.till.member(mid).language == ""  # nothing half-saved


def test_the_members_export_has_the_language_and_erasure_clears_it(app, riga, member_input,
                                                                    tmp_path):
    mid = riga.till.enrol(janis(member_input))
    other = riga.till.enrol(member_input())
    riga.office.export_data("members", "csv", tmp_path / "m.csv")
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert rows[str(mid)]["language"] == "lv" and rows[str(other)]["language"] == ""
    riga.admin.erase_member(mid, "asked to be forgotten")
    with Session(app.engine) as s:
        assert s.scalar(select(Member.language).where(Member.id == mid)) is None


def test_an_imported_language_column_sets_the_members_language(app, riga, tmp_path):
    sheet = tmp_path / "klienti.csv"
    sheet.write_text("Vārds;Uzvārds;Telefons;Valoda\n"
                     "Līga;Kalniņa;29123456;Latviešu\n"
                     "Olga;Ivanova;29123457;русский\n"
                     "Anna;Ozola;29123458;Deutsch\n", encoding="utf-8")
    mapping = {"first_name": "Vārds", "last_name": "Uzvārds", "phone": "Telefons",
               "language": "Valoda"}
    shop = riga.admin.shop()
    riga.admin.save_shop(type(shop)(shop.name, "LV", shop.currency))  # a shop in Riga
    report = riga.office.import_members(sheet, mapping=mapping, valid_only=True)
    assert report.imported == 3
    assert [p.code for r in report.rows for p in r.reasons] == ["import_language_dropped"]
    with Session(app.engine) as s:
        langs = dict(s.execute(select(Member.phone, Member.language)).all())
    assert langs == {"+37129123456": "lv", "+37129123457": "ru", "+37129123458": None}


def test_offline_the_language_is_kept_and_sent_and_the_display_counts_pending_points(
        server, local, member_input):
    """Enrolled at a till while the server is away: the local copy greets in Latvian, the
    display's balance includes the pending points, and the server gets the language."""
    till = local.terminal
    till.ctx.lang = "ru"
    mid = till.unit_of_work("enrol", lambda s: outbox.enrol(
        s, till.ctx, janis(member_input), uuid.uuid4()))
    till.unit_of_work("purchase", lambda s: outbox.record_sale(
        s, till.ctx, uuid.uuid4(), mid, 1_000_00, 0, "R-1"))  # 30 points pending
    shown = till.unit_of_work("find", lambda s: outbox.member_view(s, till.ctx, mid))
    assert shown.view.greeting.endswith(", Jāni!")
    assert shown.view.customer.balance == "Jūsu kartē: 230 punktu"
    Sender(till.unit_of_work, server.terminal.unit_of_work, server.terminal.ctx).send()
    with Session(server.engine) as s:
        assert s.scalar(select(Member.language).where(Member.phone == "+37121234567")) == "lv"


def test_thanks_for_a_review_are_in_the_members_language(riga, member_input):
    mid = riga.till.enrol(janis(member_input))
    said = riga.till.reward_help(uuid.uuid4(), mid, "review")
    assert said.message == "Paldies, Jāni! 100 punktu par atsauksmi jau ir kartē."


def test_an_offline_enrolment_merged_into_the_servers_member_brings_the_language(
        server, local, member_input):
    kept = server.terminal.till.enrol(janis(member_input, language=""), uuid.uuid4())
    till = local.terminal
    till.unit_of_work("enrol", lambda s: outbox.enrol(
        s, till.ctx, janis(member_input), uuid.uuid4()))
    report = Sender(till.unit_of_work, server.terminal.unit_of_work, server.terminal.ctx).send()
    assert report.merged == 1
    assert server.terminal.till.member(kept).language == "lv"
