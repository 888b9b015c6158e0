"""Gifts are announced: the words to say, by name, in the member's language.

Templates are program data the owner may edit; the placeholders are {name} (the
member's form of address), {what} (the gift) and {points} — the number with its
noun in the right form ("1 балл", "3 балла", "50 баллов"; "1 point", "50 points";
"1 punkts", "3 punkti", "50 punktu"). A language the owner wrote no words for falls
back to the default words of that language, then to English.
"""

from __future__ import annotations

import string

from app.domain.errors import DomainError
from app.domain.numbers import points_phrase

CATEGORIES = ("upgrade", "extra_item", "service", "points")
REASONS = ("out_of_stock", "long_wait", "complaint", "birthday", "tier_perk", "just_because")
PLACEHOLDERS = {"name", "what", "points"}

DEFAULT_PHRASES = {
    "gift": {"ru": "{name}, это наш подарок вам: {what}!",
             "en": "{name}, this is a gift from us: {what}!",
             "lv": "{name}, šī ir mūsu dāvana jums: {what}!"},
    "gift_points": {"ru": "{name}, это наш подарок вам: {what}, и ещё {points} на карту!",
                    "en": "{name}, this is a gift from us: {what}, and {points} on your card!",
                    "lv": "{name}, šī ir mūsu dāvana jums: {what}, un vēl {points} kartē!"},
    "apology": {"ru": "{name}, простите нас, пожалуйста. {points} на карту — наш подарок вам.",
                "en": "{name}, we are sorry. {points} on your card — a gift from us.",
                "lv": "{name}, lūdzu, piedodiet mums. {points} kartē — mūsu dāvana jums."},
    "long_wait": {"ru": "{name}, простите, что пришлось ждать. {points} на карту — наш подарок "
                        "вам.",
                  "en": "{name}, sorry you had to wait. {points} on your card — a gift from us.",
                  "lv": "{name}, atvainojiet, ka nācās gaidīt. {points} kartē — mūsu dāvana "
                        "jums."},
}


def check_template(text: str, where: str) -> DomainError | None:
    try:
        fields = {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return DomainError("phrase_braces", "Braces must come in pairs: {name}.", field=where)
    unknown = fields - PLACEHOLDERS
    if unknown:
        return DomainError("phrase_placeholder", "Only {name}, {what} and {points} can be used.",
                           field=where, unknown=", ".join(sorted(unknown)))
    if not text.strip():
        return DomainError("phrase_empty", "Write the words to say.", field=where)
    return None


def compose(phrases: dict, key: str, lang: str, name: str, what: str = "", points: int = 0) -> str:
    templates = phrases.get(key) or DEFAULT_PHRASES[key]
    template = templates.get(lang) or DEFAULT_PHRASES[key].get(lang) or DEFAULT_PHRASES[key]["en"]
    return template.format(name=name, what=what, points=points_phrase(points, lang))


