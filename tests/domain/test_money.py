import pytest

from app.domain.errors import DomainError
from app.domain.money import Money, parse_amount


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
