"""Numbers, points, money, dates and times as the till's language writes them.

One place for it, so "2 500 баллов" / "2,500 points", "1 250,50 RUB" / "1,250.50 RUB"
and "07.03.2026" / "07/03/2026" look the same in the till, the reports, the backups
and the program editor. Everything reads ``QLocale()``, which ``use_language`` sets
once at start from the till's language; Qt's own ``%Ln`` plurals read it too.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

NBSP = "\u00a0"  # between an amount and its currency, so a line never breaks there
SYMBOLS = {"EUR": "€"}  # written after the amount, as Latvian and Russian write it: 12,50 €


def locale_for(lang: str) -> QLocale:
    """The till's language as a locale: Russian as in Russia, Latvian as in Latvia, English
    as in Britain (day before month, as a Russian or Latvian shop's staff expect)."""
    if lang == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if lang == "lv":
        return QLocale(QLocale.Language.Latvian, QLocale.Country.Latvia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def use_language(lang: str) -> None:
    """Make ``lang`` the default locale: every format below and Qt's ``%Ln`` follow it."""
    QLocale.setDefault(locale_for(lang))


def number(value: int, loc: QLocale | None = None) -> str:
    """A whole number with the language's thousands separator: 2 500 / 2,500."""
    return (loc or QLocale()).toString(int(value))


points = number  # points are whole numbers; the name says what a call site shows


def money(minor: int, currency: str = "", loc: QLocale | None = None) -> str:
    """Minor units as the language writes an amount: 1 250,50 RUB / 1,250.50 RUB / 12,50 €.

    Built from integers (never through a float), so no amount is ever rounded."""
    loc = loc or QLocale()
    sign = loc.negativeSign() if minor < 0 else ""
    units, cents = divmod(abs(int(minor)), 100)
    text = f"{sign}{loc.toString(units)}{loc.decimalPoint()}{cents:02d}"
    return f"{text}{NBSP}{SYMBOLS.get(currency, currency)}" if currency else text


def day(value: date, loc: QLocale | None = None) -> str:
    """A date in the short numeric form: 07.03.2026 / 07/03/2026."""
    loc = loc or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), day_format(loc))


def moment(value: datetime, loc: QLocale | None = None, seconds: bool = False) -> str:
    """A local date and time to the minute (the audit trail: to the second):
    07.03.2026 14:05 / 07/03/2026 14:05."""
    when = QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))
    loc = loc or QLocale()
    time = "HH:mm:ss" if seconds else "HH:mm"
    return loc.toString(when, f"{day_format(loc)} {time}")


def day_format(loc: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year (for date fields too): Qt's Latvian
    one has two (07.03.26), which is ambiguous in a report or for a birthday."""
    loc = loc or QLocale()
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
