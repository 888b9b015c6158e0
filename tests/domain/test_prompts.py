from datetime import date

import pytest

from app.domain.prompts import PromptFacts, StampFact, candidates, next_prompt

TODAY = date(2026, 12, 1)


def kinds(facts, lang="en"):
    return [p.kind for p in candidates(facts, lang)]


def test_nothing_to_say_for_an_ordinary_visit():
    assert next_prompt(PromptFacts(TODAY, visits=3, days_since_last_visit=5,
                                   points_to_next=2000, next_tier_name="Wolf",
                                   tier_span=2500), "en") is None


def test_an_open_complaint_comes_before_everything():
    facts = PromptFacts(TODAY, visits=12, birthday_in_days=0, birthday_bonus_points=300,
                        open_complaint=True, expiring_points=120,
                        expiring_on=date(2026, 12, 31), points_to_next=144,
                        next_tier_name="Wolf", tier_span=2500)
    assert kinds(facts)[:4] == ["complaint_follow_up", "birthday", "expiry", "near_tier"]
    assert "ask_referral" not in kinds(facts)  # not while a complaint is open


def test_near_tier_wording_matches_the_product_example():
    prompt = next_prompt(PromptFacts(TODAY, visits=4, points_to_next=144,
                                     next_tier_name="Wolf", tier_span=2500), "en")
    assert prompt.text == "144 points to Wolf — mention it."
    ru = next_prompt(PromptFacts(TODAY, visits=4, points_to_next=144,
                                 next_tier_name="Волк", tier_span=2500), "ru")
    assert ru.text == "До статуса «Волк» 144 балла — скажите об этом."


@pytest.mark.parametrize("to_next,span,shown", [(300, 7500, True), (301, 1000, False),
                                                (1100, 7500, True), (1126, 7500, False)])
def test_near_tier_threshold(to_next, span, shown):
    facts = PromptFacts(TODAY, visits=4, points_to_next=to_next, next_tier_name="Lion",
                        tier_span=span)
    assert ("near_tier" in kinds(facts)) is shown


def test_expiry_only_within_thirty_days():
    soon = PromptFacts(TODAY, visits=2, expiring_points=120, expiring_on=date(2026, 12, 31))
    assert next_prompt(soon, "en").text == "120 points expire on 31 Dec — offer to spend them."
    assert next_prompt(soon, "ru").text == "120 баллов сгорят 31 декабря — предложите потратить."
    later = PromptFacts(TODAY, visits=2, expiring_points=120, expiring_on=date(2027, 1, 15))
    assert "expiry" not in kinds(later)


def test_stamp_card_one_short():
    facts = PromptFacts(TODAY, visits=2, stamps=[StampFact("Coffee card", 5, 6, "the 7th coffee free"),
                                                 StampFact("Bakery", 2, 6, "a bun")])
    assert next_prompt(facts, "en").text == "Coffee card: 5 of 6 — one more and the 7th coffee free."
    assert kinds(facts) == ["stamp_almost"]


def test_long_absence_and_happy_regular_and_first_visit():
    assert kinds(PromptFacts(TODAY, visits=3, days_since_last_visit=75)) == ["welcome_back"]
    assert kinds(PromptFacts(TODAY, visits=3, days_since_last_visit=59)) == []
    regular = PromptFacts(TODAY, visits=10, days_since_last_visit=3, referral_points=300)
    assert next_prompt(regular, "en").text == "A happy regular — ask them to bring a friend (both get 300 points)."
    assert kinds(PromptFacts(TODAY, visits=10, referrals_made=1)) == []
    assert kinds(PromptFacts(TODAY, visits=0)) == ["first_visit"]


def test_birthday_prompt_mentions_the_gift():
    facts = PromptFacts(TODAY, visits=5, birthday_in_days=2, birthday_bonus_points=300)
    assert next_prompt(facts, "en").text == ("Birthday in 2 day(s) — congratulate early. "
                                             "Gift: 300 points with a purchase.")


def test_a_ready_reward_outranks_points():
    facts = PromptFacts(TODAY, visits=7, rewards_ready=["the 7th coffee free"], points_to_next=10,
                        next_tier_name="Wolf", tier_span=2500)
    assert kinds(facts) == ["reward_ready", "near_tier"]


def test_gift_phrases_say_points_in_the_right_russian_form():
    from app.domain.gifts import compose
    said = [compose({}, "long_wait", "ru", "Иван Иванович", points=n) for n in (1, 3, 50, 101)]
    assert [s.split(". ")[1].split(" на карту")[0] for s in said] == [
        "1 балл", "3 балла", "50 баллов", "101 балл"]
    assert compose({}, "long_wait", "en", "Ivan", points=1).endswith("1 point on your card — a gift from us.")
