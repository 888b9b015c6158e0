import pytest

from app.domain.errors import DomainError
from app.domain.phones import format_phone, normalise_phone, phone_digits


@pytest.mark.parametrize("raw", [
    "8 916 123-45-67", "+7 (916) 123 45 67", "79161234567", "89161234567", " +79161234567 ",
    "916 123 45 67",
])
def test_russian_forms_normalise_to_e164(raw):
    assert normalise_phone(raw) == "+79161234567"


def test_foreign_number_with_plus_is_kept():
    assert normalise_phone("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize("raw", ["8 916 123-45", "123", "+7 916 123 45 6", "8 000 000 00 00", "phone", "+"])
def test_typo_or_short_phone_is_invalid(raw):
    with pytest.raises(DomainError) as exc:
        normalise_phone(raw)
    assert exc.value.code == "phone_invalid"
    assert exc.value.field == "phone"


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_empty_phone(raw):
    with pytest.raises(DomainError) as exc:
        normalise_phone(raw)
    assert exc.value.code == "phone_empty"


def test_digits_and_display():
    assert phone_digits("+79161234567") == "79161234567"
    assert format_phone("+79161234567") == "+7 916 123-45-67"


# Latvia: eight digits, mobiles start with 2, landlines (Riga) with 6; +371 or 00371.
@pytest.mark.parametrize("raw,e164", [
    ("21234567", "+37121234567"), ("2123 4567", "+37121234567"),
    ("29 123 456", "+37129123456"), ("+371 21234567", "+37121234567"),
    ("00371 21234567", "+37121234567"), ("371 2123 4567", "+37121234567"),
    ("(+371) 29123456", "+37129123456"), ("67 123 456", "+37167123456"),
    ("+7 916 123 45 67", "+79161234567"),  # a Russian customer's number at a Riga till
])
def test_latvian_forms_normalise_to_e164(raw, e164):
    assert normalise_phone(raw, "LV") == e164


@pytest.mark.parametrize("raw", ["2123456", "212345678", "31234567", "8 912 345 67 89",
                                 "+371 1234567"])
def test_a_latvian_typo_is_refused_with_words(raw):
    with pytest.raises(DomainError) as err:
        normalise_phone(raw, "LV")
    assert err.value.code == "phone_invalid"


def test_a_latvian_number_is_shown_and_searched_by_its_last_digits():
    assert format_phone("+37121234567") == "+371 21 234 567"
    assert phone_digits("+37121234567").endswith("4567")
