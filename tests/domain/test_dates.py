from datetime import date

import pytest

from app.domain.dates import parse_day
from app.domain.errors import DomainError


def test_a_typed_day_is_read_day_first():
    assert parse_day(" 07.03.1985 ") == date(1985, 3, 7)
    assert parse_day("7/3/1985") == date(1985, 3, 7)
    assert parse_day("") is None


@pytest.mark.parametrize("text", ["31.02.1990", "29.02.2023", "00.01.2000", "12.13.2000"])
def test_a_day_the_calendar_lacks_is_named_as_such(text):
    with pytest.raises(DomainError) as exc:
        parse_day(text)
    assert (exc.value.code, exc.value.field, exc.value.params) == (
        "date_no_such_day", "birthday", {"text": text})


@pytest.mark.parametrize("text", ["1990-02-03", "3 March", "07.03.85"])
def test_a_wrong_shape_asks_for_dd_mm_yyyy(text):
    with pytest.raises(DomainError) as exc:
        parse_day(text)
    assert exc.value.code == "date_format"


def test_29_february_of_a_leap_year_exists():
    assert parse_day("29.02.2024") == date(2024, 2, 29)
