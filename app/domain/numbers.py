"""Counts in words the till speaks: "2 500 баллов", "2,500 points".

The domain composes some sentences itself (prompts, occasions, the words to say a
gift), so it groups digits the way the UI's QLocale does for the same language:
a no-break space in Russian, a comma in English.
"""

from __future__ import annotations

_GROUP_SEPARATOR = {"ru": "\u00a0", "en": ","}


def grouped(n: int, lang: str) -> str:
    """``n`` with thousands separators: 2 500 (ru), 2,500 (en)."""
    return f"{n:,}".replace(",", _GROUP_SEPARATOR.get(lang, ","))


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Russian plural: 1 балл, 2 балла, 5 баллов, 21 балл, 11 баллов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def points_phrase(points: int, lang: str) -> str:
    """The number of points with the word: 1 балл, 2 500 баллов; 1 point, 2,500 points."""
    if lang == "ru":
        return f"{grouped(points, lang)} {plural_ru(points, 'балл', 'балла', 'баллов')}"
    return f"{grouped(points, lang)} point{'' if points == 1 else 's'}"
