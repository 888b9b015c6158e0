"""What the cashier says: a greeting by name, the occasion, and a thank-you.

Russian customers are addressed formally by first name + patronymic; English
speakers by the preferred form of address or the first name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.birthdays import birthday_offset
from app.domain.numbers import points_phrase
from app.domain.program import Program

_SALUTATIONS = {
    "ru": ("Доброе утро", "Добрый день", "Добрый вечер"),
    "en": ("Good morning", "Good afternoon", "Good evening"),
}


@dataclass(frozen=True, slots=True)
class MemberFacts:
    first_name: str
    patronymic: str | None
    last_name: str | None
    address_as: str | None
    birthday: date | None
    visits: int
    last_visit: datetime | None
    qualifying_points: int
    tier_key: str | None = None  # the tier held, which may be kept from an earlier period


@dataclass(frozen=True, slots=True)
class Occasion:
    kind: str  # birthday_today, birthday_week, first_visit, back_after_absence, nth_visit, near_tier
    text: str


@dataclass(frozen=True, slots=True)
class Greeting:
    hello: str
    occasions: list[Occasion] = field(default_factory=list)
    thank_you: str = ""


def address_form(m: MemberFacts, lang: str) -> str:
    if m.address_as:
        return m.address_as
    if lang == "ru" and m.patronymic:
        return f"{m.first_name} {m.patronymic}"
    return m.first_name


def salutation(now: datetime, lang: str) -> str:
    morning, day, evening = _SALUTATIONS.get(lang, _SALUTATIONS["en"])
    if 4 <= now.hour < 12:
        return morning
    if 12 <= now.hour < 17:
        return day
    return evening


def occasions(m: MemberFacts, now: datetime, program: Program, lang: str) -> list[Occasion]:
    ru = lang == "ru"
    found: list[Occasion] = []
    if m.birthday:
        days = birthday_offset(m.birthday, now.date())  # the birthday week, as sales has it
        if days == 0:
            found.append(Occasion("birthday_today", "С днём рождения!" if ru else "Happy birthday!"))
        elif days is not None and days > 0:
            found.append(Occasion("birthday_week", f"День рождения через {days} дн."
                                  if ru else f"Birthday in {days} day(s)"))
        elif days is not None:
            found.append(Occasion("birthday_week", f"С прошедшим днём рождения! ({-days} дн. назад)"
                                  if ru else f"Happy belated birthday! ({-days} day(s) ago)"))
    if m.visits == 0:
        found.append(Occasion("first_visit", "Первый визит — добро пожаловать!"
                              if ru else "First visit — welcome!"))
    elif m.last_visit and (now - m.last_visit).days >= program.long_absence_days:
        found.append(Occasion("back_after_absence", "Давно не заходили — рады видеть снова!"
                              if ru else "Back after a long while — good to see you again!"))
    if m.visits and (m.visits + 1) % 10 == 0:
        found.append(Occasion("nth_visit", f"Это {m.visits + 1}-й визит" if ru
                              else f"This is visit number {m.visits + 1}"))
    progress = program.progress(m.qualifying_points, m.tier_key, now.date())
    if progress.next_tier:
        name = progress.next_tier.name(lang)
        n = progress.points_to_next
        found.append(Occasion("near_tier", f"До статуса «{name}» {points_phrase(n, lang)}"
                              if ru else f"{points_phrase(n, lang)} to {name}"))
    return found




def compose_greeting(m: MemberFacts, now: datetime, program: Program, lang: str) -> Greeting:
    """Greeting for ``now`` in the till's local time."""
    name = address_form(m, lang)
    hello = f"{salutation(now, lang)}, {name}!"
    return Greeting(hello, occasions(m, now, program, lang), thank_you_line(m, lang))


def thank_you_line(m: MemberFacts, lang: str) -> str:
    name = address_form(m, lang)
    if lang == "ru":
        return f"Спасибо за покупку, {name}! Ждём вас снова."
    return f"Thank you, {name}! See you again soon."
