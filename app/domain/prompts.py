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


# What the cashier reads, in the till's language.
_SAY = {
    "ru": {"complaint": "В прошлый раз была жалоба — спросите, всё ли решилось.",
           "birthday_today": "Сегодня день рождения — поздравьте!",
           "birthday_past": "День рождения был {days} дн. назад — поздравьте.",
           "birthday_soon": "День рождения через {days} дн. — поздравьте заранее.",
           "birthday_gift": " Подарок: {points} с покупкой.",
           "reward_ready": "Вручите подарок: {reward}.",
           "expiry": "{points} сгорят {day} — предложите потратить.",
           "near_tier": "До статуса «{tier}» {points} — скажите об этом.",
           "stamp_almost": "{name}: {have} из {need} — ещё один, и {reward}.",
           "welcome_back": "Давно не заходили — скажите, что рады видеть снова.",
           "referral_bonus": " (обоим по {points})",
           "ask_referral": "Постоянный гость — предложите привести друга{bonus}.",
           "first_visit": "Первая покупка — расскажите, как копить баллы."},
    "en": {"complaint": "Last visit ended in a complaint — ask whether it was sorted out.",
           "birthday_today": "Birthday today — congratulate!",
           "birthday_past": "Birthday {days} day(s) ago — congratulate.",
           "birthday_soon": "Birthday in {days} day(s) — congratulate early.",
           "birthday_gift": " Gift: {points} with a purchase.",
           "reward_ready": "Hand over the reward: {reward}.",
           "expiry": "{points} expire on {day} — offer to spend them.",
           "near_tier": "{points} to {tier} — mention it.",
           "stamp_almost": "{name}: {have} of {need} — one more and {reward}.",
           "welcome_back": "Long time no see — say you are glad to see them back.",
           "referral_bonus": " (both get {points})",
           "ask_referral": "A happy regular — ask them to bring a friend{bonus}.",
           "first_visit": "First purchase — explain how points work."},
    "lv": {"complaint": "Pagājušajā reizē bija sūdzība — pajautājiet, vai viss ir atrisināts.",
           "birthday_today": "Šodien dzimšanas diena — apsveiciet!",
           "birthday_past": "Dzimšanas diena bija pirms {days} d. — apsveiciet.",
           "birthday_soon": "Dzimšanas diena pēc {days} d. — apsveiciet jau iepriekš.",
           "birthday_gift": " Dāvana: {points} ar pirkumu.",
           "reward_ready": "Pasniedziet balvu: {reward}.",
           "expiry": "{points} beigsies {day} — piedāvājiet tos izmantot.",
           "near_tier": "Līdz statusam «{tier}» {points} — pasakiet to.",
           "stamp_almost": "{name}: {have} no {need} — vēl viens, un {reward}.",
           "welcome_back": "Ilgs pārtraukums — pasakiet, ka priecājaties atkal redzēt.",
           "referral_bonus": " (abiem pa {points})",
           "ask_referral": "Pastāvīgs klients — aiciniet atvest draugu{bonus}.",
           "first_visit": "Pirmais pirkums — pastāstiet, kā krāt punktus."},
}
_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    # "beigsies 12. maijā": the day with a point, the month in the locative
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
           "septembrī", "oktobrī", "novembrī", "decembrī"),
}


def _day(d: date, lang: str) -> str:
    month = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
    return f"{d.day}. {month}" if lang == "lv" else f"{d.day} {month}"


def _birthday(f: PromptFacts, lang: str, say: dict) -> Prompt:
    """Congratulate: today, a few days ago, or early; with the gift when there is one."""
    gift = (say["birthday_gift"].format(points=points_phrase(f.birthday_bonus_points, lang))
            if f.birthday_bonus_points else "")
    if f.birthday_in_days == 0:
        text = say["birthday_today"]
    else:
        key = "birthday_past" if f.birthday_in_days < 0 else "birthday_soon"
        text = say[key].format(days=abs(f.birthday_in_days))
    return Prompt("birthday", text + gift)


def _near_tier(f: PromptFacts) -> bool:
    return bool(f.next_tier_name) and 0 < f.points_to_next and (
        f.points_to_next <= NEAR_TIER_POINTS
        or bool(f.tier_span and f.points_to_next <= f.tier_span * NEAR_TIER_SHARE))


def _relationship(f: PromptFacts, lang: str, say: dict) -> list[Prompt]:
    """The prompts that keep the relationship: welcome back, a referral, a newcomer."""
    out: list[Prompt] = []
    if f.days_since_last_visit is not None and f.days_since_last_visit >= f.long_absence_days:
        out.append(Prompt("welcome_back", say["welcome_back"]))
    if f.visits >= HAPPY_REGULAR_VISITS and f.referrals_made == 0 and not f.open_complaint:
        bonus = (say["referral_bonus"].format(points=points_phrase(f.referral_points, lang))
                 if f.referral_points else "")
        out.append(Prompt("ask_referral", say["ask_referral"].format(bonus=bonus)))
    if f.visits == 0:
        out.append(Prompt("first_visit", say["first_visit"]))
    return out


def candidates(f: PromptFacts, lang: str) -> list[Prompt]:
    """Every prompt that applies, highest priority first."""
    say = _SAY.get(lang, _SAY["en"])
    out: list[Prompt] = []
    if complaint_from_an_earlier_visit(f):
        out.append(Prompt("complaint_follow_up", say["complaint"]))
    if f.birthday_in_days is not None:
        out.append(_birthday(f, lang, say))
    out += [Prompt("reward_ready", say["reward_ready"].format(reward=reward))
            for reward in f.rewards_ready]
    if expiry_is_near(f.expiring_points, f.expiring_on, f.today):
        out.append(Prompt("expiry", say["expiry"].format(
            points=points_phrase(f.expiring_points, lang), day=_day(f.expiring_on, lang))))
    if _near_tier(f):
        out.append(Prompt("near_tier", say["near_tier"].format(
            tier=f.next_tier_name, points=points_phrase(f.points_to_next, lang))))
    out += [Prompt("stamp_almost", say["stamp_almost"].format(
        name=card.name, have=card.have, need=card.need, reward=card.reward))
        for card in f.stamps if card.need - card.have == 1]
    return out + _relationship(f, lang, say)


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
