"""Counts in words the till speaks: "2 500 баллов", "2,500 points", "2 500 punktu".

The domain composes some sentences itself (prompts, occasions, the words to say a
gift), so it groups digits the way the UI's QLocale does for the same language:
a no-break space in Russian and Latvian, a comma in English.
"""

from __future__ import annotations

_GROUP_SEPARATOR = {"ru": "\u00a0", "en": ",", "lv": "\u00a0"}


# Unicode CLDR's minimum grouping digits: Latvian groups only numbers of five digits or
# more (2500, 12 500), as QLocale writes them too.
_UNGROUPED_BELOW = {"lv": 10_000}


def grouped(n: int, lang: str) -> str:
    """``n`` with thousands separators: 2 500 (ru), 2,500 (en), 2500 and 12 500 (lv)."""
    if abs(n) < _UNGROUPED_BELOW.get(lang, 0):
        return str(n)
    return f"{n:,}".replace(",", _GROUP_SEPARATOR.get(lang, ","))


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Russian plural: 1 балл, 2 балла, 5 баллов, 21 балл, 11 баллов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def plural_lv(n: int, one: str, other: str, zero: str) -> str:
    """Latvian plural as Unicode CLDR's plural rules have it: "one" for a number ending
    in 1 but not 11 (1, 21, 101 punkts), "zero" for one ending in 0 or in 11-19 (0, 10,
    11, 15, 20, 100 punktu: the genitive plural after desmit, simts), "other" for the
    rest (2, 9, 22 punkti)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if n % 10 == 0 or 11 <= n % 100 <= 19:
        return zero
    return other


def points_phrase(points: int, lang: str) -> str:
    """The number of points with the word: 1 балл, 2 500 баллов; 1 point, 2,500 points;
    1 punkts, 2 punkti, 10 punktu."""
    if lang == "ru":
        return f"{grouped(points, lang)} {plural_ru(points, 'балл', 'балла', 'баллов')}"
    if lang == "lv":
        return f"{grouped(points, lang)} {plural_lv(points, 'punkts', 'punkti', 'punktu')}"
    return f"{grouped(points, lang)} point{'' if points == 1 else 's'}"
