"""The next best thing to say: one prompt for this visit, chosen by priority.

A cashier with a queue reads one line, not seven. The order puts repairing a bad
experience first, then what the member would be upset to miss (a birthday gift, a
reward waiting, points about to expire), then what keeps them climbing (close to the
next tier, one stamp short), then the relationship (welcome back, ask a happy
regular for a referral, welcome a newcomer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.greeting import Occasion
from app.domain.lots import expiry_is_near
from app.domain.numbers import points_phrase

NEAR_TIER_POINTS = 300  # "144 points to Wolf" is worth mentioning; 2,000 is not yet
NEAR_TIER_SHARE = 0.15  # …or within the last 15 % of the way
HAPPY_REGULAR_VISITS = 10


@dataclass(frozen=True, slots=True)
class StampFact:
    name: str
    have: int
    need: int
    reward: str


@dataclass(frozen=True, slots=True)
class PromptFacts:
    today: date
    visits: int = 0
    days_since_last_visit: int | None = None
    long_absence_days: int = 60
    birthday_in_days: int | None = None  # app.domain.birthdays.birthday_offset: -3..3, None
    birthday_bonus_points: int = 0  # what the next purchase this week would add
    points_to_next: int = 0
    next_tier_name: str | None = None
    tier_span: int = 0  # points between the current and the next threshold
    expiring_points: int = 0
    expiring_on: date | None = None
    stamps: list[StampFact] = field(default_factory=list)
    rewards_ready: list[str] = field(default_factory=list)
    referrals_made: int = 0
    open_complaint: bool = False  # a complaint of theirs is not yet closed
    referral_points: int = 0
    complaint_on: date | None = None  # the day the oldest open one was recorded (local)


@dataclass(frozen=True, slots=True)
class Prompt:
    kind: str
    text: str


def _points(n: int, lang: str) -> str:
    return points_phrase(n, lang)


def _day(d: date, lang: str) -> str:
    months_ru = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")
    if lang == "ru":
        return f"{d.day} {months_ru[d.month - 1]}"
    months_en = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")
    return f"{d.day} {months_en[d.month - 1]}"


def _birthday(f: PromptFacts, lang: str) -> Prompt:
    """Congratulate: today, a few days ago, or early; with the gift when there is one."""
    ru = lang == "ru"
    gift = f" Подарок: {_points(f.birthday_bonus_points, lang)} с покупкой." if ru else \
        f" Gift: {_points(f.birthday_bonus_points, lang)} with a purchase."
    gift = gift if f.birthday_bonus_points else ""
    if f.birthday_in_days == 0:
        text = "Сегодня день рождения — поздравьте!" if ru else "Birthday today — congratulate!"
    elif f.birthday_in_days < 0:
        text = (f"День рождения был {-f.birthday_in_days} дн. назад — поздравьте." if ru
                else f"Birthday {-f.birthday_in_days} day(s) ago — congratulate.")
    else:
        text = (f"День рождения через {f.birthday_in_days} дн. — поздравьте заранее."
                if ru else f"Birthday in {f.birthday_in_days} day(s) — congratulate early.")
    return Prompt("birthday", text + gift)


def candidates(f: PromptFacts, lang: str) -> list[Prompt]:
    """Every prompt that applies, highest priority first."""
    ru = lang == "ru"
    out: list[Prompt] = []
    if complaint_from_an_earlier_visit(f):
        out.append(Prompt("complaint_follow_up",
                          "В прошлый раз была жалоба — спросите, всё ли решилось." if ru else
                          "Last visit ended in a complaint — ask whether it was sorted out."))
    if f.birthday_in_days is not None:
        out.append(_birthday(f, lang))
    for reward in f.rewards_ready:
        out.append(Prompt("reward_ready", f"Вручите подарок: {reward}." if ru else
                          f"Hand over the reward: {reward}."))
    if expiry_is_near(f.expiring_points, f.expiring_on, f.today):
        out.append(Prompt("expiry", (f"{_points(f.expiring_points, lang)} сгорят "
                                     f"{_day(f.expiring_on, lang)} — предложите потратить.")
                          if ru else (f"{_points(f.expiring_points, lang)} expire on "
                                      f"{_day(f.expiring_on, lang)} — offer to spend them.")))
    if f.next_tier_name and 0 < f.points_to_next and (
            f.points_to_next <= NEAR_TIER_POINTS
            or (f.tier_span and f.points_to_next <= f.tier_span * NEAR_TIER_SHARE)):
        out.append(Prompt("near_tier", (f"До статуса «{f.next_tier_name}» "
                                        f"{_points(f.points_to_next, lang)} — скажите об этом.")
                          if ru else (f"{_points(f.points_to_next, lang)} to "
                                      f"{f.next_tier_name} — mention it.")))
    for card in f.stamps:
        if card.need - card.have == 1:
            out.append(Prompt("stamp_almost", (f"{card.name}: {card.have} из {card.need} — "
                                               f"ещё один, и {card.reward}.") if ru else
                              (f"{card.name}: {card.have} of {card.need} — one more and "
                               f"{card.reward}.")))
    if f.days_since_last_visit is not None and f.days_since_last_visit >= f.long_absence_days:
        out.append(Prompt("welcome_back", "Давно не заходили — скажите, что рады видеть снова."
                          if ru else "Long time no see — say you are glad to see them back."))
    if f.visits >= HAPPY_REGULAR_VISITS and f.referrals_made == 0 and not f.open_complaint:
        bonus = f" (обоим по {_points(f.referral_points, lang)})" if ru and f.referral_points \
            else (f" (both get {_points(f.referral_points, lang)})" if f.referral_points else "")
        out.append(Prompt("ask_referral", f"Постоянный гость — предложите привести друга{bonus}."
                          if ru else f"A happy regular — ask them to bring a friend{bonus}."))
    if f.visits == 0:
        out.append(Prompt("first_visit", "Первая покупка — расскажите, как копить баллы."
                          if ru else "First purchase — explain how points work."))
    return out


def next_prompt(f: PromptFacts, lang: str) -> Prompt | None:
    found = candidates(f, lang)
    return found[0] if found else None


def complaint_from_an_earlier_visit(f: PromptFacts) -> bool:
    """"Last visit ended in a complaint" is about an earlier visit: a complaint recorded
    today is this visit's, and the cashier who is recording it needs no reminder."""
    return f.open_complaint and (f.complaint_on is None or f.complaint_on < f.today)


# An occasion that the prompt already says, in other words, is not shown again beside
# it: one line per message. "N points to Wolf" is never an occasion line on the till:
# the progress bar under the balance says it.
SAID_BY_PROMPT = {"birthday_today": "birthday", "birthday_week": "birthday",
                  "back_after_absence": "welcome_back"}
SHOWN_ELSEWHERE = {"near_tier"}


def occasions_beside(occasions: list[Occasion], prompt: Prompt | None) -> list[Occasion]:
    """The occasions to show next to ``prompt``."""
    said = prompt.kind if prompt else None
    return [o for o in occasions
            if o.kind not in SHOWN_ELSEWHERE and SAID_BY_PROMPT.get(o.kind) != said]
