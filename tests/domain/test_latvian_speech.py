"""What the till says in Latvian: the greeting, occasions, thank-you, the cashier's
prompts, gift words and the customer display's lines; and which language a member is
spoken to in."""

from datetime import date, datetime, timedelta

import pytest

from app.domain.customer_words import balance_line, expiry_line, new_status_line, to_next_line
from app.domain.errors import DomainError
from app.domain.gifts import compose
from app.domain.greeting import MemberFacts, address_form, compose_greeting
from app.domain.languages import language_in_file, member_language, speech_language
from app.domain.prompts import PromptFacts, next_prompt
from app.services.context import load_program

PROGRAM = load_program()
NOW = datetime(2026, 5, 12, 13, 0)


def janis(**kw):
    base = dict(first_name="Jānis", patronymic=None, last_name="Bērziņš", address_as=None,
                birthday=None, visits=5, last_visit=NOW - timedelta(days=3),
                qualifying_points=0)
    base.update(kw)
    return MemberFacts(**base)


@pytest.mark.parametrize("hour,hello", [(8, "Labrīt, Jāni!"), (13, "Labdien, Jāni!"),
                                        (19, "Labvakar, Jāni!"), (2, "Labvakar, Jāni!")])
def test_the_latvian_greeting_by_the_hour_with_the_vocative(hour, hello):
    assert compose_greeting(janis(), NOW.replace(hour=hour), PROGRAM, "lv").hello == hello


def test_a_woman_is_greeted_by_her_name_as_it_is_and_thanked_in_latvian():
    anna = janis(first_name="Anna", last_name="Bērziņa")
    greeting = compose_greeting(anna, NOW, PROGRAM, "lv")
    assert greeting.hello == "Labdien, Anna!"
    assert greeting.thank_you == "Paldies par pirkumu, Anna! Gaidīsim jūs atkal."


def test_the_polite_form_is_for_gift_words_and_the_own_form_of_address_wins():
    assert address_form(janis(), "lv", polite=True) == "Bērziņa kungs"
    assert address_form(janis(first_name="Ņikita", last_name="Ivanovs"), "lv",
                        polite=True) == "Ņikita"
    assert address_form(janis(address_as="Jāņa kungs"), "lv") == "Jāņa kungs"
    assert address_form(janis(), "ru", polite=True) == "Jānis"  # Russian has its own way


def test_latvian_occasions():
    facts = janis(birthday=date(1980, 5, 12), visits=9, qualifying_points=2356)
    said = {o.kind: o.text for o in compose_greeting(facts, NOW, PROGRAM, "lv").occasions}
    assert said["birthday_today"] == "Daudz laimes dzimšanas dienā!"
    assert said["nth_visit"] == "Šis ir 10. apmeklējums"
    assert said["near_tier"] == "Līdz statusam «Vilks» vēl 144 punkti"
    soon = compose_greeting(janis(birthday=date(1980, 5, 14)), NOW, PROGRAM, "lv")
    assert [o.text for o in soon.occasions][0] == "Dzimšanas diena pēc 2 d."
    first = compose_greeting(janis(visits=0, last_visit=None), NOW, PROGRAM, "lv")
    assert "Pirmais apmeklējums — laipni lūdzam!" in [o.text for o in first.occasions]


def test_latvian_prompts_for_a_cashier_at_a_latvian_till():
    near = PromptFacts(NOW.date(), visits=4, points_to_next=144, next_tier_name="Vilks",
                       tier_span=2500)
    assert next_prompt(near, "lv").text == "Līdz statusam «Vilks» 144 punkti — pasakiet to."
    expiring = PromptFacts(NOW.date(), visits=2, expiring_points=120,
                           expiring_on=date(2026, 5, 31))
    assert next_prompt(expiring, "lv").text == ("120 punktu beigsies 31. maijā — piedāvājiet "
                                                "tos izmantot.")
    birthday = PromptFacts(NOW.date(), visits=5, birthday_in_days=-1, birthday_bonus_points=21)
    assert next_prompt(birthday, "lv").text == ("Dzimšanas diena bija pirms 1 d. — apsveiciet. "
                                                "Dāvana: 21 punkts ar pirkumu.")


def test_latvian_gift_words_with_the_points_in_the_right_form():
    assert compose({}, "gift", "lv", "Bērziņa kungs", what="kafija") == (
        "Bērziņa kungs, šī ir mūsu dāvana jums: kafija!")
    said = [compose({}, "long_wait", "lv", "Anna", points=n) for n in (1, 3, 50)]
    assert said[0] == "Anna, atvainojiet, ka nācās gaidīt. 1 punkts kartē — mūsu dāvana jums."
    assert [s.split(". ")[1].split(" kartē")[0] for s in said] == [
        "1 punkts", "3 punkti", "50 punktu"]
    # the owner wrote Russian and English words only: Latvian falls back to its default
    owner = {"gift": {"ru": "{name}, держите: {what}", "en": "{name}, here: {what}"}}
    assert compose(owner, "gift", "lv", "Anna", what="kūka") == (
        "Anna, šī ir mūsu dāvana jums: kūka!")


def test_the_customer_display_lines_in_each_language():
    assert balance_line(200, "lv") == "Jūsu kartē: 200 punktu"
    assert balance_line(201, "ru") == "На вашей карте 201 балл"
    assert balance_line(2500, "en") == "Your balance: 2,500 points"
    assert to_next_line(144, "Vilks", "lv") == "Līdz statusam «Vilks» vēl 144 punkti"
    assert to_next_line(2500, "Wolf", "en") == "2,500 points to Wolf"
    assert expiry_line(21, date(2026, 5, 31), "lv") == "21 punkts beigsies 31.05.2026"
    assert expiry_line(1, date(2026, 5, 31), "ru") == "1 балл сгорит 31.05.2026"
    assert expiry_line(5, date(2026, 5, 31), "ru") == "5 баллов сгорят 31.05.2026"
    assert expiry_line(1, date(2026, 5, 31), "en") == "1 point expires on 31/05/2026"
    assert new_status_line("Vilks", "lv") == "Jauns statuss: Vilks!"


def test_the_language_spoken_is_the_members_else_the_tills():
    assert speech_language("lv", "ru") == "lv"
    assert speech_language(None, "ru") == "ru"
    assert speech_language("xx", "en") == "en"


def test_a_members_language_as_typed_or_as_another_system_wrote_it():
    assert member_language(" LV ") == "lv"
    assert member_language("") is None
    with pytest.raises(DomainError) as err:
        member_language("de")
    assert err.value.code == "language_unknown"
    assert [language_in_file(t) for t in ("Latviešu", "русский", "EN", "Latvian valoda",
                                          "")] == ["lv", "ru", "en", None, None]


def test_thanks_for_help_a_donation_and_a_full_card():
    from app.domain.thanks import donation_thanks, help_thanks, reward_words
    assert help_thanks("review", "Jāni", 100, "lv") == (
        "Paldies, Jāni! 100 punktu par atsauksmi jau ir kartē.")
    assert help_thanks("survey", "Иван", 21, "ru") == (
        "Спасибо, Иван! 21 балл за ответы на опрос уже на карте.")
    assert donation_thanks("Anna", 31, "patversme", "lv") == (
        "Paldies, Anna! Jūsu ziedojums: 31 punkts — patversme.")
    assert donation_thanks("Иван", 21, "приют", "ru") == (
        "Спасибо, Иван! Ваше пожертвование: 21 балл — приют.")
    assert reward_words("Bērziņa kungs", "septītā kafija dāvanā", "lv") == (
        "Bērziņa kungs, tas ir jums: septītā kafija dāvanā! Paldies, ka savācāt visu karti.")


def test_euro_amounts_are_minor_units_as_a_latvian_cashier_types_them():
    from app.domain.money import Money, parse_amount
    assert parse_amount("12,50") == 1250 and parse_amount("1 234,5") == 123450
    assert Money(123450, "EUR").format() == "1\u202f234.50 EUR"
