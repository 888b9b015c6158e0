"""The customer's slip of a recorded sale, read from a real database (SQLite and
PostgreSQL): the sale's figures, the member's standing after it, in their words."""

import uuid
from datetime import date

import pytest

from app.domain.errors import DomainError
from app.domain.giving import Verification
from app.domain.program import Line
from app.services.care import GiftInput

pytestmark = pytest.mark.both_databases


def program_with(t, **changes):
    data = t.program.to_dict()
    data.update(changes)
    return data


def row(label, value, width):
    """A label on the left and its value on the right of one printed line."""
    return label + value.rjust(width - len(label))


def test_a_sale_slip_says_the_figures_and_the_standing(t, clock, member_input):
    m = t.till.enrol(member_input(first_name="Ирина", patronymic="Петровна", phone="+79160000011"))
    sale = t.till.record_purchase(uuid.uuid4(), m, 123_450, receipt_number="A-17")
    slip = t.till.slip(sale.purchase_id, 32, "ru", "Лавка, Рига")
    assert slip.text().splitlines() == [
        "   Спасибо за покупку, Ирина",
        "           Петровна!",
        row("10.03.2026 12:00", "Чек A-17", 32),
        "-" * 32,
        row("Покупка", "1 234.50 RUB", 32),
        row("Начислено", "+37 баллов", 32),
        row("Баланс", "237 баллов", 32),
        row("Статус", "Зайка", 32),
        "До статуса «Волк»: 2 463 балла",
        "Кофейная карта: 0 из 6",
        "-" * 32,
        "          Лавка, Рига",
    ]


def test_the_slip_in_english_and_latvian_at_80_mm(t, clock, member_input):
    m = t.till.enrol(member_input(first_name="Jānis", phone="+79160000012"))
    sale = t.till.record_purchase(uuid.uuid4(), m, 10_000, receipt_number="7")
    en = t.till.slip(sale.purchase_id, 48, "en").text().splitlines()
    assert en[0] == "Thank you, Jānis!".center(48).rstrip()
    assert en[1] == row("10/03/2026 12:00", "Receipt 7", 48)
    assert row("Balance", "203 points", 48) in en
    lv = t.till.slip(sale.purchase_id, 48, "lv").text().splitlines()
    assert lv[0] == "Paldies par pirkumu, Jāni!".center(48).rstrip()  # the vocative
    assert row("Atlikums", "203 punkti", 48) in lv
    assert row("Iegūti punkti", "+3 punkti", 48) in lv
    assert all(len(line) <= 48 for line in en + lv)


def test_spent_points_campaigns_stamps_rewards_gifts_and_expiry(app, t, clock, member_input):
    t.admin.save_program(program_with(
        t, expiry={"kind": "days_after_earning", "days": 30},
        campaigns=[{"key": "double", "name": {"ru": "Двойные баллы", "en": "Double points"},
                    "kind": "multiplier", "starts": "2026-03-01", "ends": "2026-03-31",
                    "tiers": [], "factor_percent": 200}]))
    m = t.till.enrol(member_input(first_name="Anna", phone="+79160000013"))
    card = t.till.member(m).card_number
    t.till.give_gift(uuid.uuid4(), m, GiftInput("a bigger cup", "upgrade", "tier_perk", 0))
    sale = t.till.record_purchase(uuid.uuid4(), m, 100_000, 50,
                                  lines=(Line("coffee", 60_000, 6),),
                                  verification=Verification("card", card=card))
    lines = t.till.slip(sale.purchase_id, 48, "en").text().splitlines()
    assert row("Points spent", "-50 points", 48) in lines
    assert row("Points earned", "+56 points", 48) in lines
    assert row("  Double points", "+28 points", 48) in lines
    # the welcome bonus and this sale's points, all earned today, go on the same day
    assert "Points expiring 09/04/2026: 206 points" in lines
    assert "Coffee card: 0 of 6" in lines
    assert "Your reward: the 7th coffee free" in lines
    assert "Anna, this is a gift from us: a bigger cup!" in lines
    assert row("Balance", "206 points", 48) in lines
    assert sale.balance == 206


def test_an_unknown_purchase_is_refused_in_words(t):
    with pytest.raises(DomainError) as err:
        t.till.slip(uuid.uuid4(), 32)
    assert err.value.code == "purchase_not_found"


def test_the_slip_defaults_to_the_tills_language(t, clock, member):
    sale = t.till.record_purchase(uuid.uuid4(), member, 10_000)
    assert t.till.slip(sale.purchase_id).lang == "en"
    assert date(2026, 3, 10)  # the clock the figures above are read at



def test_the_till_prints_a_sales_slip_on_the_saved_printer(t, clock, member_input, tmp_path):
    from app.services.slip_escpos import slip_bytes
    from app.services.slip_printers import SlipPrinter

    m = t.till.enrol(member_input(first_name="Ирина", phone="+79160000014"))
    sale = t.till.record_purchase(uuid.uuid4(), m, 50_000)
    out = tmp_path / "lp0"
    t.slips.save_printer(SlipPrinter(output="file", path=str(out), paper_mm=58,
                                     code_page="CP866", shop_line="Лавка"))
    assert t.slips.print_sale(sale.purchase_id) == str(out)
    slip = t.till.slip(sale.purchase_id, 32, shop_line="Лавка")
    assert out.read_bytes() == slip_bytes(slip, "xprinter", "CP866")
    assert "Ирина".encode("cp866") in out.read_bytes()


def test_the_slip_speaks_the_members_own_language_unless_told_otherwise(t, clock, member_input):
    m = t.till.enrol(member_input(first_name="Jānis", phone="+79160000013", language="lv"))
    sale = t.till.record_purchase(uuid.uuid4(), m, 10_000, receipt_number="8")
    assert t.till.slip(sale.purchase_id, 32).text().splitlines()[0].strip() == \
        "Paldies par pirkumu, Jāni!"
    assert t.till.slip(sale.purchase_id, 32, "en").text().splitlines()[0].strip() == \
        "Thank you, Jānis!"
