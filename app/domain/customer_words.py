"""The lines of the customer display, in the member's own language.

The display faces the customer, so it speaks their language (app.domain.languages),
not the till's: a Latvian customer at a till set to Russian reads "Jūsu kartē:
200 punktu". The words are made here rather than by Qt's tr(), which follows the
till's one translator.
"""

from __future__ import annotations

from datetime import date

from app.domain.numbers import plural_ru, points_phrase

_WORDS = {
    "ru": {"balance": "На вашей карте {points}", "to_next": "До статуса «{tier}» {points}",
           "expiry": "{points} {burn} {day}", "new_status": "Новый статус: {tier}!"},
    "en": {"balance": "Your balance: {points}", "to_next": "{points} to {tier}",
           "expiry": "{points} {burn} on {day}", "new_status": "New status: {tier}!"},
    "lv": {"balance": "Jūsu kartē: {points}", "to_next": "Līdz statusam «{tier}» vēl {points}",
           "expiry": "{points} {burn} {day}", "new_status": "Jauns statuss: {tier}!"},
}


def _say(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def balance_line(points: int, lang: str) -> str:
    return _say(lang)["balance"].format(points=points_phrase(points, lang))


def to_next_line(points: int, tier: str, lang: str) -> str:
    return _say(lang)["to_next"].format(points=points_phrase(points, lang), tier=tier)


def _burn(points: int, lang: str) -> str:
    if lang == "ru":
        return plural_ru(points, "сгорит", "сгорят", "сгорят")
    if lang == "lv":
        return "beigsies"  # the same for one and many
    return "expires" if points == 1 else "expire"


def _day(day: date, lang: str) -> str:
    """Day, month and year as the language writes them: 07.03.2026 / 07/03/2026."""
    sep = "/" if lang == "en" else "."
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def expiry_line(points: int, day: date, lang: str) -> str:
    return _say(lang)["expiry"].format(points=points_phrase(points, lang),
                                       burn=_burn(points, lang), day=_day(day, lang))


def new_status_line(tier: str, lang: str) -> str:
    return _say(lang)["new_status"].format(tier=tier)
