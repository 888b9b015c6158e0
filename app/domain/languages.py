"""The languages a member can be spoken to in, and which one a visit uses.

A member's own language (stored on the member; None: the till's) decides the words
said or shown to them: the greeting, the thank-you, the gift words, the customer
display. The till's language decides everything the cashier reads.
"""

from __future__ import annotations

from app.domain.errors import DomainError

LANGUAGES = ("ru", "en", "lv")
# What another system's export may write in a language column, after casefold().
_NAMES = {"ru": ("ru", "rus", "russian", "русский", "рус", "krievu", "krievu valoda"),
          "en": ("en", "eng", "english", "английский", "англ", "angļu", "angļu valoda"),
          "lv": ("lv", "lav", "latvian", "латышский", "латыш", "latviešu", "latviešu valoda")}
_BY_NAME = {name: code for code, names in _NAMES.items() for name in names}


def speech_language(preferred: str | None, till_lang: str) -> str:
    """The language spoken to a member: their own, or the till's when they have none."""
    return preferred if preferred in LANGUAGES else till_lang


def member_language(text: str | None, field: str = "language") -> str | None:
    """A member's language as typed in a form or a file: "lv", "LV", " ru " → the code;
    empty → None (the till's); anything else is refused with words."""
    code = (text or "").strip().casefold()
    if not code:
        return None
    if code not in LANGUAGES:
        raise DomainError("language_unknown", "Choose Russian, English or Latvian, or leave "
                          "it empty for the till's language.", field=field, value=code)
    return code


def language_in_file(text: str | None) -> str | None:
    """A language column of an imported file: a code or a name in Russian, English or
    Latvian ("lv", "Latviešu", "русский") → the code; None when empty or not known."""
    return _BY_NAME.get(" ".join((text or "").casefold().split()))
