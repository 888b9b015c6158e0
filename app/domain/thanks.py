"""The words said to a member when they help, give, or collect a full stamp card, in
the language spoken to them (app.domain.languages): "Paldies, Jāni! 100 punktu par
atsauksmi jau ir kartē." A donation names its points in a list, not as the subject of
a verb, so no verb has to agree with "1 punkts" / "21 балл"."""

from __future__ import annotations

from app.domain.numbers import points_phrase

_SAY = {
    "ru": {"review": "Спасибо, {name}! {points} за отзыв уже на карте.",
           "survey": "Спасибо, {name}! {points} за ответы на опрос уже на карте.",
           "donation": "Спасибо, {name}! Ваше пожертвование: {points} — {cause}.",
           "reward": "{name}, это вам: {reward}! Спасибо, что собрали всю карту."},
    "en": {"review": "Thank you, {name}! {points} for the review are on your card.",
           "survey": "Thank you, {name}! {points} for answering the survey are on your card.",
           "donation": "Thank you, {name}! {points} go to {cause}.",
           "reward": "{name}, this is for you: {reward}! Thank you for collecting the "
                     "whole card."},
    "lv": {"review": "Paldies, {name}! {points} par atsauksmi jau ir kartē.",
           "survey": "Paldies, {name}! {points} par atbildēm aptaujā jau ir kartē.",
           "donation": "Paldies, {name}! Jūsu ziedojums: {points} — {cause}.",
           "reward": "{name}, tas ir jums: {reward}! Paldies, ka savācāt visu karti."},
}


def _say(lang: str) -> dict[str, str]:
    return _SAY.get(lang, _SAY["en"])


def help_thanks(kind: str, name: str, points: int, lang: str) -> str:
    """For a review or a survey answered (``kind``)."""
    return _say(lang)[kind].format(name=name, points=points_phrase(points, lang))


def donation_thanks(name: str, points: int, cause: str, lang: str) -> str:
    return _say(lang)["donation"].format(name=name, points=points_phrase(points, lang),
                                         cause=cause)


def reward_words(name: str, reward: str, lang: str) -> str:
    return _say(lang)["reward"].format(name=name, reward=reward)
