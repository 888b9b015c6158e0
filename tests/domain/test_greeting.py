from datetime import date, datetime, timedelta

import pytest

from app.domain.greeting import MemberFacts, compose_greeting
from app.services.context import load_program

PROGRAM = load_program()
NOW = datetime(2024, 5, 10, 14, 0)


def facts(**kw):
    base = dict(first_name="Иван", patronymic="Иванович", last_name="Петров", address_as=None,
                birthday=None, visits=5, last_visit=NOW - timedelta(days=3), qualifying_points=0)
    base.update(kw)
    return MemberFacts(**base)


def kinds(g):
    return [o.kind for o in g.occasions]


def test_russian_formal_greeting_afternoon():
    g = compose_greeting(facts(), NOW, PROGRAM, "ru")
    assert g.hello == "Добрый день, Иван Иванович!"
    assert g.thank_you == "Спасибо за покупку, Иван Иванович! Ждём вас снова."


def test_english_uses_first_name_morning():
    g = compose_greeting(facts(first_name="Jane", patronymic=None, last_name="Doe"),
                         NOW.replace(hour=9), PROGRAM, "en")
    assert g.hello == "Good morning, Jane!"


def test_english_ignores_patronymic_and_address_as_wins():
    assert compose_greeting(facts(), NOW, PROGRAM, "en").hello == "Good afternoon, Иван!"
    g = compose_greeting(facts(address_as="Dr Smith"), NOW.replace(hour=20), PROGRAM, "en")
    assert g.hello == "Good evening, Dr Smith!"


@pytest.mark.parametrize("hour,word", [(3, "Добрый вечер"), (4, "Доброе утро"), (11, "Доброе утро"),
                                       (12, "Добрый день"), (16, "Добрый день"), (17, "Добрый вечер")])
def test_salutation_by_hour(hour, word):
    assert compose_greeting(facts(), NOW.replace(hour=hour), PROGRAM, "ru").hello.startswith(word + ",")


def test_birthday_today():
    g = compose_greeting(facts(birthday=date(1990, 5, 10)), NOW, PROGRAM, "en")
    assert "birthday_today" in kinds(g)
    assert "Happy birthday!" in [o.text for o in g.occasions]


def test_birthday_this_week_and_not():
    g = compose_greeting(facts(birthday=date(1990, 5, 13)), NOW, PROGRAM, "en")
    assert ("birthday_week", "Birthday in 3 day(s)") in [(o.kind, o.text) for o in g.occasions]
    g = compose_greeting(facts(birthday=date(1990, 5, 7)), NOW, PROGRAM, "en")
    assert ("birthday_week", "Happy belated birthday! (3 day(s) ago)") in [
        (o.kind, o.text) for o in g.occasions]
    for outside in (date(1990, 5, 6), date(1990, 5, 14)):  # the week is -3..+3 days
        g = compose_greeting(facts(birthday=outside), NOW, PROGRAM, "en")
        assert not {"birthday_today", "birthday_week"} & set(kinds(g))


def test_feb29_birthday_on_feb28_of_common_year():
    g = compose_greeting(facts(birthday=date(2000, 2, 29)), datetime(2023, 2, 28, 10), PROGRAM, "en")
    assert "birthday_today" in kinds(g)


def test_first_visit():
    g = compose_greeting(facts(visits=0, last_visit=None), NOW, PROGRAM, "en")
    assert "first_visit" in kinds(g)
    assert "back_after_absence" not in kinds(g)


def test_back_after_absence():
    g = compose_greeting(facts(last_visit=NOW - timedelta(days=90)), NOW, PROGRAM, "en")
    assert "back_after_absence" in kinds(g)
    g = compose_greeting(facts(last_visit=NOW - timedelta(days=10)), NOW, PROGRAM, "en")
    assert "back_after_absence" not in kinds(g)
    assert "first_visit" not in kinds(g)


def test_tenth_visit():
    g = compose_greeting(facts(visits=9), NOW, PROGRAM, "en")
    assert ("nth_visit", "This is visit number 10") in [(o.kind, o.text) for o in g.occasions]


def test_near_tier_text():
    g = compose_greeting(facts(qualifying_points=2356), NOW, PROGRAM, "en")
    near = [o.text for o in g.occasions if o.kind == "near_tier"]
    assert near == ["144 points to Wolf"]
    g = compose_greeting(facts(qualifying_points=2356), NOW, PROGRAM, "ru")
    assert [o.text for o in g.occasions if o.kind == "near_tier"] == ["До статуса «Волк» 144 балла"]


def test_no_near_tier_at_top():
    g = compose_greeting(facts(qualifying_points=10000), NOW, PROGRAM, "en")
    assert "near_tier" not in kinds(g)


@pytest.mark.parametrize("n, word", [(1, "балл"), (2, "балла"), (4, "балла"), (5, "баллов"),
                                     (11, "баллов"), (12, "баллов"), (21, "балл"),
                                     (22, "балла"), (111, "баллов"), (144, "балла")])
def test_russian_plural_of_points(n, word):
    from app.domain.numbers import plural_ru
    assert plural_ru(n, "балл", "балла", "баллов") == word


def test_near_tier_groups_thousands_in_the_language():
    g = compose_greeting(facts(qualifying_points=0), NOW, PROGRAM, "en")
    assert [o.text for o in g.occasions if o.kind == "near_tier"] == ["2,500 points to Wolf"]
    g = compose_greeting(facts(qualifying_points=0), NOW, PROGRAM, "ru")
    assert [o.text for o in g.occasions if o.kind == "near_tier"] == [
        "До статуса «Волк» 2\u00a0500 баллов"]
