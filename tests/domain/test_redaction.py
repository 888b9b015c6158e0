from app.domain.redaction import scrub


def test_names_phone_email_and_card_are_masked_and_the_sense_stays():
    text = "Asked by Иванова Алёна (alena@mail.ru) on +7 916 123-45-67, card 2000000000017"
    out = scrub(text, ["Алена", "Иванова", "alena@mail.ru", "+79161234567", "2000000000017"])
    assert out == "Asked by … … (…) on …, card …"


def test_case_and_yo_do_not_hide_a_name():
    assert scrub("request of ЛЁША and лёша", ["Леша"]) == "request of … and …"


def test_text_without_identifiers_is_unchanged():
    assert scrub("customer asked at the counter", ["Anna", None, ""]) == \
        "customer asked at the counter"


def test_short_numbers_stay():
    assert scrub("asked 2 times in 3 days", []) == "asked 2 times in 3 days"
