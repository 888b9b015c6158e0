import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cards import card_number_for, ean13_check_digit, looks_like_card, validate_card_number
from app.domain.errors import DomainError


@pytest.mark.parametrize("ean", ["4006381333931", "5901234123457", "9780306406157"])
def test_check_digit_of_real_ean13(ean):
    assert ean13_check_digit(ean[:12]) == int(ean[12])


def test_check_digit_of_in_store_number():
    # 2 0 0 0 0 0 0 0 0 0 4 2: odd positions (1x) 2+0+0+0+0+4=6, even (3x) 3*(0+0+0+0+0+2)=6
    # total 12 -> check (10 - 2) % 10 = 8
    assert ean13_check_digit("200000000042") == 8
    assert card_number_for(42) == "2000000000428"


def test_check_digit_body_must_be_12_digits():
    with pytest.raises(ValueError):
        ean13_check_digit("12345")
    with pytest.raises(ValueError):
        ean13_check_digit("12345678901a")


@pytest.mark.parametrize("n", [0, 1, 42, 123456, 9_999_999_999])
def test_card_number_for_is_valid_13_digits_starting_with_2(n):
    number = card_number_for(n)
    assert len(number) == 13 and number.isdigit() and number.startswith("2")
    assert validate_card_number(number) == number


def test_card_number_for_rejects_sequence_too_long():
    with pytest.raises(ValueError):
        card_number_for(10 ** 10)


def test_card_number_for_rejects_non_instore_prefix():
    with pytest.raises(ValueError):
        card_number_for(1, store_prefix="40")


def test_validate_rejects_wrong_check_digit():
    good = card_number_for(42)
    bad = good[:12] + str((int(good[12]) + 1) % 10)
    with pytest.raises(DomainError) as exc:
        validate_card_number(bad)
    assert exc.value.code == "card_check_digit"
    assert exc.value.field == "card"


@pytest.mark.parametrize("text", ["4006381333931", "200000000042", "20000000004281", "2000000000a28", ""])
def test_validate_rejects_bad_format(text):
    with pytest.raises(DomainError) as exc:
        validate_card_number(text)
    assert exc.value.code == "card_format"


def test_validate_strips_whitespace():
    assert validate_card_number("  2000000000428 \n") == "2000000000428"
    assert looks_like_card(" 2000000000428 ")


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10 ** 10 - 1))
def test_every_generated_card_validates(n):
    number = card_number_for(n)
    assert validate_card_number(number) == number


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10 ** 10 - 1), st.integers(min_value=0, max_value=12),
       st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_is_invalid(n, position, shift):
    number = card_number_for(n)
    new_digit = str((int(number[position]) + shift) % 10)
    changed = number[:position] + new_digit + number[position + 1:]
    assert changed != number
    with pytest.raises(DomainError) as exc:
        validate_card_number(changed)
    # changing the leading 2 makes it not an in-store number at all
    assert exc.value.code == ("card_format" if position == 0 else "card_check_digit")
