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
