"""What the cashier says: a greeting by name, the occasion, and a thank-you.

Russian customers are addressed formally by first name + patronymic; English
speakers by the preferred form of address or the first name; Latvian ones by the
vocative of the first name ("Labdien, Jāni!"), and in the gift words and apologies
by the polite "Bērziņa kungs" / "Bērziņas kundze" (app.domain.latvian_names).
The words are made here, not by Qt's tr(), because they are said in the member's
language whatever language the till's screens are in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.birthdays import birthday_offset
from app.domain.latvian_names import formal_address, vocative
from app.domain.numbers import points_phrase
from app.domain.program import Program

_SALUTATIONS = {
    "ru": ("Доброе утро", "Добрый день", "Добрый вечер"),
    "en": ("Good morning", "Good afternoon", "Good evening"),
    "lv": ("Labrīt", "Labdien", "Labvakar"),
}

# What the occasions say, in the language spoken to the member.
_OCCASIONS = {
    "ru": {"birthday_today": "С днём рождения!",
           "birthday_soon": "День рождения через {days} дн.",
           "birthday_past": "С прошедшим днём рождения! ({days} дн. назад)",
           "first_visit": "Первый визит — добро пожаловать!",
           "back_after_absence": "Давно не заходили — рады видеть снова!",
           "nth_visit": "Это {n}-й визит",
           "near_tier": "До статуса «{tier}» {points}"},
    "en": {"birthday_today": "Happy birthday!",
           "birthday_soon": "Birthday in {days} day(s)",
           "birthday_past": "Happy belated birthday! ({days} day(s) ago)",
           "first_visit": "First visit — welcome!",
           "back_after_absence": "Back after a long while — good to see you again!",
           "nth_visit": "This is visit number {n}",
           "near_tier": "{points} to {tier}"},
    "lv": {"birthday_today": "Daudz laimes dzimšanas dienā!",
           "birthday_soon": "Dzimšanas diena pēc {days} d.",
           "birthday_past": "Daudz laimes dzimšanas dienā! (pirms {days} d.)",
           "first_visit": "Pirmais apmeklējums — laipni lūdzam!",
           "back_after_absence": "Sen neesam tikušies — prieks jūs atkal redzēt!",
           "nth_visit": "Šis ir {n}. apmeklējums",
           "near_tier": "Līdz statusam «{tier}» vēl {points}"},
}
_THANK_YOU = {
    "ru": "Спасибо за покупку, {name}! Ждём вас снова.",
    "en": "Thank you, {name}! See you again soon.",
    "lv": "Paldies par pirkumu, {name}! Gaidīsim jūs atkal.",
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


def address_form(m: MemberFacts, lang: str, polite: bool = False) -> str:
    """How the member is addressed: their own preferred form first; in Russian the
    first name and patronymic; in Latvian the vocative of the first name ("Jāni"), or
    with ``polite`` (gift words, apologies) "Bērziņa kungs" where the names make the
    gender plain; otherwise the first name."""
    if m.address_as:
        return m.address_as
    if lang == "ru" and m.patronymic:
        return f"{m.first_name} {m.patronymic}"
    if lang == "lv":
        formal = formal_address(m.first_name, m.last_name) if polite else None
        return formal or vocative(m.first_name)
    return m.first_name


def salutation(now: datetime, lang: str) -> str:
    morning, day, evening = _SALUTATIONS.get(lang, _SALUTATIONS["en"])
    if 4 <= now.hour < 12:
        return morning
    if 12 <= now.hour < 17:
        return day
    return evening


def _birthday_occasion(birthday: date, today: date, say: dict) -> Occasion | None:
    days = birthday_offset(birthday, today)  # the birthday week, as sales has it
    if days is None:
        return None
    if days == 0:
        return Occasion("birthday_today", say["birthday_today"])
    key = "birthday_soon" if days > 0 else "birthday_past"
    return Occasion("birthday_week", say[key].format(days=abs(days)))


def occasions(m: MemberFacts, now: datetime, program: Program, lang: str) -> list[Occasion]:
    say = _OCCASIONS.get(lang, _OCCASIONS["en"])
    found: list[Occasion] = []
    birthday = _birthday_occasion(m.birthday, now.date(), say) if m.birthday else None
    if birthday:
        found.append(birthday)
    if m.visits == 0:
        found.append(Occasion("first_visit", say["first_visit"]))
    elif m.last_visit and (now - m.last_visit).days >= program.long_absence_days:
        found.append(Occasion("back_after_absence", say["back_after_absence"]))
    if m.visits and (m.visits + 1) % 10 == 0:
        found.append(Occasion("nth_visit", say["nth_visit"].format(n=m.visits + 1)))
    progress = program.progress(m.qualifying_points, m.tier_key, now.date())
    if progress.next_tier:
        found.append(Occasion("near_tier", say["near_tier"].format(
            tier=progress.next_tier.name(lang), points=points_phrase(progress.points_to_next,
                                                                     lang))))
    return found


def compose_greeting(m: MemberFacts, now: datetime, program: Program, lang: str) -> Greeting:
    """Greeting for ``now`` in the till's local time, in ``lang`` (the member's own
    language, see ``speech_language``)."""
    name = address_form(m, lang)
    hello = f"{salutation(now, lang)}, {name}!"
    return Greeting(hello, occasions(m, now, program, lang), thank_you_line(m, lang))


def thank_you_line(m: MemberFacts, lang: str) -> str:
    return _THANK_YOU.get(lang, _THANK_YOU["en"]).format(name=address_form(m, lang))
