import pytest

from app.domain.errors import DomainError
from app.domain.money import Money, parse_amount, parse_optional_amount


@pytest.mark.parametrize("text,minor", [
    ("1250,5", 125050), ("1250.50", 125050), ("1250", 125000), ("1 250,05", 125005),
    ("0,01", 1), ("\u202f99.9 ", 9990),
])
def test_parse_amount(text, minor):
    assert parse_amount(text) == minor


@pytest.mark.parametrize("text,code", [
    ("-5", "amount_negative"), ("-0,5", "amount_negative"),
    ("0", "amount_zero"), ("0,00", "amount_zero"),
    ("abc", "amount_invalid"), ("", "amount_invalid"), ("12,345", "amount_invalid"),
    ("1.2.3", "amount_invalid"), ("1e3", "amount_invalid"),
])
def test_parse_amount_errors(text, code):
    with pytest.raises(DomainError) as exc:
        parse_amount(text)
    assert exc.value.code == code
    assert exc.value.field == "amount"


def test_money_format_and_type():
    assert Money(125050).format() == "1\u202f250.50 RUB"
    assert Money(-5).format() == "-0.05 RUB"
    with pytest.raises(TypeError):
        Money(1.5)


@pytest.mark.parametrize("text", ["99999999999999999999", "9223372036854775808",
                                  "100000000", "100 000 000,00", "9" * 5000])
def test_an_amount_past_the_maximum_is_refused_in_words(text):
    with pytest.raises(DomainError) as exc:
        parse_amount(text)
    assert (exc.value.code, exc.value.field) == ("amount_too_large", "amount")


def test_the_maximum_amount_and_leading_zeros_are_read():
    from app.domain.money import MAX_AMOUNT_MINOR
    assert parse_amount("99 999 999,99") == MAX_AMOUNT_MINOR
    assert parse_amount("000000000000001,5") == 150


def test_an_amount_that_may_be_left_out_is_zero_when_empty_or_zero():
    assert parse_optional_amount("") == 0
    assert parse_optional_amount("   ") == 0
    assert parse_optional_amount("0") == 0
    assert parse_optional_amount("12,50") == 1250


def test_an_amount_that_may_be_left_out_names_its_field_when_refused():
    with pytest.raises(DomainError) as refused:
        parse_optional_amount("12x", field="lines", category="Coffee")
    assert refused.value.code == "amount_invalid"
    assert refused.value.field == "lines"
    assert refused.value.params["category"] == "Coffee"
