"""One way to write points, money and dates per language (app/ui/formats.py)."""

from datetime import date, datetime

import pytest

from app.ui import formats

NB = "\u00a0"


@pytest.fixture
def language():
    yield formats.use_language
    formats.use_language("en")


def test_russian_groups_with_a_space_and_writes_a_decimal_comma(language):
    language("ru")
    assert formats.points(2500) == f"2{NB}500"
    assert formats.number(1_000_000) == f"1{NB}000{NB}000"
    assert formats.money(125_050, "RUB") == f"1{NB}250,50{NB}RUB"
    assert formats.money(-5, "RUB") == f"-0,05{NB}RUB"
    assert formats.day(date(2026, 3, 7)) == "07.03.2026"
    assert formats.moment(datetime(2026, 3, 7, 9, 5)) == "07.03.2026 09:05"


def test_english_groups_with_a_comma_and_puts_the_day_first(language):
    language("en")
    assert formats.points(2500) == "2,500"
    assert formats.money(125_050, "RUB") == f"1,250.50{NB}RUB"
    assert formats.money(99_999_999_999_999) == "999,999,999,999.99"  # no float rounding
    assert formats.day(date(2026, 3, 7)) == "07/03/2026"
    assert formats.moment(datetime(2026, 3, 7, 21, 5, 9)) == "07/03/2026 21:05"
    assert formats.moment(datetime(2026, 3, 7, 21, 5, 9), seconds=True) == "07/03/2026 21:05:09"


def test_small_numbers_are_left_alone(language):
    for lang in ("ru", "en"):
        language(lang)
        assert formats.points(999) == "999"
        assert formats.points(0) == "0"


def test_latvian_writes_euros_after_the_amount_with_a_decimal_comma(language):
    language("lv")
    assert formats.money(1250, "EUR") == f"12,50{NB}€"
    assert formats.money(125_050, "EUR") == f"1250,50{NB}€"  # Latvian groups from five digits
    assert formats.points(25_000) == f"25{NB}000"
    assert formats.day(date(2026, 3, 7)) == "07.03.2026"
    assert formats.moment(datetime(2026, 3, 7, 9, 5)) == "07.03.2026 09:05"
