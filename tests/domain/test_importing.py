from datetime import date

import pytest

from app.domain.errors import DomainError
from app.domain.importing import (
    check_mapping,
    guess_mapping,
    header_signature,
    parse_points,
    parse_row,
    split_full_name,
    tier_lookup,
)

TIERS = tier_lookup([("bunny", ["Зайка", "Bunny"]), ("wolf", ["Волк", "Wolf"])])
TODAY = date(2026, 3, 10)


def test_guess_recognises_odoo_labels_and_technical_names():
    assert guess_mapping(["Name", "Email", "Phone", "Mobile", "Reference", "Barcode",
                          "Loyalty Points", "Is a Company"]) == {
        "full_name": "Name", "mobile": "Mobile", "phone": "Phone", "email": "Email",
        "card": "Barcode", "points": "Loyalty Points"}
    assert guess_mapping(["id", "name", "phone", "mobile", "ref", "loyalty_points"]) == {
        "full_name": "name", "mobile": "mobile", "phone": "phone", "points": "loyalty_points"}


def test_guess_recognises_russian_headers_whatever_the_case_and_punctuation():
    assert guess_mapping(["\ufeffФ.И.О.", "ТЕЛЕФОН", "E-mail", "Дата рождения", "Бонусы",
                          "Уровень", "Комментарий", "Согласие"]) == {
        "full_name": "\ufeffФ.И.О.", "phone": "ТЕЛЕФОН", "email": "E-mail",
        "points": "Бонусы", "tier": "Уровень", "birthday": "Дата рождения",
        "notes": "Комментарий", "consent": "Согласие"}


def test_separate_names_win_over_a_name_column():
    mapping = guess_mapping(["Name", "First Name", "Last Name", "Phone Number"])
    assert mapping == {"first_name": "First Name", "last_name": "Last Name",
                       "phone": "Phone Number"}


def test_the_signature_ignores_case_and_spacing():
    assert header_signature(["Phone Number", "NAME "]) == header_signature(["phone_number",
                                                                           "name"])


@pytest.mark.parametrize("text, expected", [
    ("Кузнецов Сергей Иванович", ("Сергей", "Иванович", "Кузнецов")),
    ("Сергей Иванович Кузнецов", ("Сергей", "Иванович", "Кузнецов")),
    ("Смирнова Анна", ("Анна", None, "Смирнова")),
    ("Анна Смирнова", ("Анна", None, "Смирнова")),
    ("Ivan Petrov", ("Ivan", None, "Petrov")),
    ("Cher", ("Cher", None, None)),
    ("Mary Ann van Dyke", ("Mary", None, "Ann van Dyke")),
])
def test_split_full_name(text, expected):
    assert split_full_name(text) == expected


@pytest.mark.parametrize("text, points", [("1250", 1250), ("1 250", 1250), ("1\u00a0250", 1250),
                                          ("150.0", 150), ("150,00", 150), ("0", 0)])
def test_points_are_whole_numbers(text, points):
    assert parse_points(text) == points


@pytest.mark.parametrize("text", ["12.5", "-5", "abc", "1e3", "99999999"])
def test_points_that_are_not_whole_or_are_negative_are_refused(text):
    with pytest.raises(ValueError):
        parse_points(text)


def test_a_good_row():
    row = parse_row(7, {"full_name": "Петрова Елена Сергеевна", "phone": "8 (916) 555-01-01",
                        "card": "2000000000015", "points": "1 200", "tier": "волк",
                        "enrolled": "15.03.2019", "birthday": "1985-03-07",
                        "email": "e@example.com"}, "RU", TIERS, TODAY)
    assert row.ok and row.row == 7
    assert (row.first_name, row.patronymic, row.last_name) == ("Елена", "Сергеевна", "Петрова")
    assert (row.phone, row.card, row.points, row.tier_key) == ("+79165550101", "2000000000015",
                                                               1200, "wolf")
    assert (row.enrolled, row.birthday, row.email) == (date(2019, 3, 15), date(1985, 3, 7),
                                                       "e@example.com")


def test_every_problem_of_a_row_is_reported():
    row = parse_row(3, {"first_name": "", "phone": "12345", "card": "2000000000016",
                        "points": "-3", "tier": "Дракон", "enrolled": "2027-01-01",
                        "email": "nobody@", "consent": "0"}, "RU", TIERS, TODAY)
    assert [p.code for p in row.problems] == [
        "import_name_missing", "import_phone_invalid", "import_card_invalid",
        "import_points_invalid", "import_tier_unknown", "import_date_invalid",
        "import_no_consent"]
    assert [p.code for p in row.warnings] == ["import_email_dropped"]


def test_the_mobile_is_preferred_and_a_bad_one_falls_back_to_the_phone():
    both = parse_row(2, {"first_name": "A", "mobile": "+7 916 111 22 33",
                         "phone": "+7 495 123 45 67"}, "RU", TIERS, TODAY)
    assert both.phone == "+79161112233"
    fallback = parse_row(2, {"first_name": "A", "mobile": "111", "phone": "+7 495 123 45 67"},
                         "RU", TIERS, TODAY)
    assert fallback.ok and fallback.phone == "+74951234567"
    none = parse_row(2, {"first_name": "A", "mobile": "", "phone": ""}, "RU", TIERS, TODAY)
    assert [p.code for p in none.problems] == ["import_phone_missing"]


def test_a_mapping_needs_a_name_and_a_phone_from_the_file():
    headers = ["Name", "Tel"]
    check_mapping({"full_name": "Name", "phone": "Tel"}, headers)
    for mapping, code in (({"phone": "Tel"}, "import_mapping_name"),
                          ({"full_name": "Name"}, "import_mapping_phone"),
                          ({"full_name": "Name", "phone": "Phone"}, "import_mapping_column"),
                          ({"nickname": "Name", "phone": "Tel"}, "import_mapping_column")):
        with pytest.raises(DomainError) as err:
            check_mapping(mapping, headers)
        assert err.value.code == code
