"""One birthday week and one "about to expire" for the greeting, the prompt and sales."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.birthdays import DAYS_AFTER, DAYS_BEFORE, birthday_offset, in_birthday_week
from app.domain.greeting import MemberFacts, Occasion, compose_greeting
from app.domain.lots import EXPIRY_WARNING_DAYS, expiry_is_near
from app.domain.prompts import Prompt, PromptFacts, candidates, occasions_beside
from app.services.context import load_program

PROGRAM = load_program()


def _facts(birthday):
    return MemberFacts("Ivan", None, None, None, birthday, 3, None, 0)


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2015, 12, 31)),
       st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)))
def test_greeting_prompt_and_sales_share_the_birthday_week(birthday, today):
    offset = birthday_offset(birthday, today)
    assert offset is None or -DAYS_AFTER <= offset <= DAYS_BEFORE
    assert in_birthday_week(birthday, today) == (offset is not None)
    greeting = compose_greeting(_facts(birthday), datetime.combine(today, datetime.min.time()),
                                PROGRAM, "en")
    greeted = {o.kind for o in greeting.occasions} & {"birthday_today", "birthday_week"}
    prompted = "birthday" in [p.kind for p in candidates(
        PromptFacts(today, visits=3, birthday_in_days=offset), "en")]
    assert bool(greeted) == prompted == (offset is not None)


@pytest.mark.parametrize("birthday,today,offset", [
    (date(1990, 1, 1), date(2026, 12, 30), 2),  # across the new year
    (date(1990, 12, 31), date(2027, 1, 2), -2),
    (date(2000, 2, 29), date(2027, 2, 28), 0),  # 28 February in a common year
    (date(2000, 2, 29), date(2027, 3, 3), -3),
    (date(1990, 5, 10), date(2026, 5, 14), None),
    (date(1990, 5, 10), date(2026, 5, 6), None)])
def test_birthday_offset(birthday, today, offset):
    assert birthday_offset(birthday, today) == offset


def test_a_belated_birthday_is_greeted_and_prompted_with_the_gift():
    today = date(2026, 5, 12)
    prompt = candidates(PromptFacts(today, visits=3, birthday_in_days=-2,
                                    birthday_bonus_points=300), "en")[0]
    assert prompt.text == "Birthday 2 day(s) ago — congratulate. Gift: 300 points with a purchase."
    ru = candidates(PromptFacts(today, visits=3, birthday_in_days=-2), "ru")[0]
    assert ru.text == "День рождения был 2 дн. назад — поздравьте."


@pytest.mark.parametrize("days", [0, 1, EXPIRY_WARNING_DAYS - 1, EXPIRY_WARNING_DAYS,
                                  EXPIRY_WARNING_DAYS + 1, 45, 60, 200])
def test_the_expiry_prompt_follows_the_one_definition(days):
    today = date(2026, 12, 1)
    on = today + timedelta(days=days)
    prompted = "expiry" in [p.kind for p in candidates(
        PromptFacts(today, visits=3, expiring_points=120, expiring_on=on), "en")]
    assert prompted == expiry_is_near(120, on, today) == (days <= EXPIRY_WARNING_DAYS)


def test_an_occasion_the_prompt_says_is_not_repeated():
    back = Occasion("back_after_absence", "Back after a long while — good to see you again!")
    near = Occasion("near_tier", "144 points to Wolf")
    visit = Occasion("nth_visit", "This is visit number 10")
    welcome_back = Prompt("welcome_back", "Long time no see — say you are glad to see them back.")
    assert occasions_beside([back, near, visit], welcome_back) == [visit]
    assert occasions_beside([back, near, visit], Prompt("expiry", "…")) == [back, visit]
    assert occasions_beside([Occasion("birthday_week", "Birthday in 2 day(s)")],
                            Prompt("birthday", "Birthday in 2 day(s) — congratulate early.")) == []


def test_a_complaint_recorded_today_is_not_last_visits():
    today = date(2026, 12, 1)
    kinds = lambda **kw: [p.kind for p in candidates(PromptFacts(today, visits=4, **kw), "en")]  # noqa: E731
    assert "complaint_follow_up" not in kinds(open_complaint=True, complaint_on=today)
    assert "complaint_follow_up" in kinds(open_complaint=True,
                                          complaint_on=today - timedelta(days=1))
    assert "complaint_follow_up" not in kinds(open_complaint=False)
