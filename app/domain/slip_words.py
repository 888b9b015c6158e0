"""The customer's slip in the member's words: Russian, English and Latvian.

Kept apart from the layout (slip.py) so a language is one table here. Latvian points
agree with the number as Latvian counts them: 1 punkts, 21 punkts, 2 punkti, 11 punktu.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.numbers import grouped, plural_lv, points_phrase

LANGUAGES = ("ru", "en", "lv")

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "thanks": "Спасибо за покупку, {name}!",
        "receipt": "Чек {number}",
        "amount": "Покупка",
        "earned": "Начислено",
        "spent": "Списано",
        "balance": "Баланс",
        "tier": "Статус",
        "next_tier": "До статуса «{tier}»: {points}",
        "expiring": "Баллы сгорят {day}: {points}",
        "stamps": "{name}: {have} из {need}",
        "reward": "Ваша награда: {what}",
        "test": "Пробный чек",
        "bonus_birthday": "Бонус ко дню рождения",
        "bonus_referral": "Бонус за друга",
    },
    "en": {
        "thanks": "Thank you, {name}!",
        "receipt": "Receipt {number}",
        "amount": "Purchase",
        "earned": "Points earned",
        "spent": "Points spent",
        "balance": "Balance",
        "tier": "Status",
        "next_tier": "{points} to {tier}",
        "expiring": "Points expiring {day}: {points}",
        "stamps": "{name}: {have} of {need}",
        "reward": "Your reward: {what}",
        "test": "Test slip",
        "bonus_birthday": "Birthday bonus",
        "bonus_referral": "Friend bonus",
    },
    "lv": {
        "thanks": "Paldies par pirkumu, {name}!",
        "receipt": "Čeks {number}",
        "amount": "Pirkums",
        "earned": "Iegūti punkti",
        "spent": "Izmantoti punkti",
        "balance": "Atlikums",
        "tier": "Statuss",
        "next_tier": "Līdz statusam «{tier}»: {points}",
        "expiring": "Punkti beigsies {day}: {points}",
        "stamps": "{name}: {have} no {need}",
        "reward": "Jūsu balva: {what}",
        "test": "Izmēģinājuma čeks",
        "bonus_birthday": "Dzimšanas dienas bonuss",
        "bonus_referral": "Bonuss par draugu",
    },
}


def language(lang: str | None) -> str:
    """A language the slip speaks: the one asked for, else English."""
    return lang if lang in LANGUAGES else "en"


def word(key: str, lang: str, **values) -> str:
    return WORDS[language(lang)][key].format(**values)


def points(n: int, lang: str) -> str:
    """The number of points with its noun in ``lang``, held together by a no-break space
    so a wrapped line never leaves the number without its noun."""
    if lang != "lv":
        number, noun = points_phrase(n, lang).rsplit(" ", 1)
        return f"{number}\u00a0{noun}"
    number = grouped(n, "ru")  # the slip groups thousands with a space from 1 000
    return f"{number}\u00a0{plural_lv(n, 'punkts', 'punkti', 'punktu')}"


def day(value: date, lang: str) -> str:
    return value.strftime("%d/%m/%Y" if lang == "en" else "%d.%m.%Y")


def moment(value: datetime, lang: str) -> str:
    return f"{day(value.date(), lang)} {value:%H:%M}"


def money(minor: int, currency: str) -> str:
    """1 250.00 EUR: a plain space, as every printer's code page has one."""
    units, cents = divmod(minor, 100)
    return f"{units:,}.{cents:02d} {currency}".replace(",", " ")
