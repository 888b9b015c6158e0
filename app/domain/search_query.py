"""What a cashier types or pastes into the search box, made safe to search for.

A paste can bring anything: a NUL from a spreadsheet cell, a byte-order mark, a
zero-width space from a messenger, a tab, Arabic-Indic or full-width digits. Search
must never fail on them, so the query is cleaned once, here, before any branch
(card, phone, name) looks at it: whitespace becomes a space, other control and
format characters are dropped, every decimal digit becomes its ASCII digit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.domain.names import normalise_text

MAX_QUERY_CHARS = 100  # longer than any name, phone or card; a pasted page is cut here
PHONE_PUNCTUATION = " +-()"
ASCII_DIGITS = "0123456789"


def clean_query(raw: str) -> str:
    """``raw`` with control/format characters dropped, whitespace runs as one space,
    decimal digits in ASCII, trimmed and at most MAX_QUERY_CHARS long."""
    out = []
    for ch in (raw or "")[:MAX_QUERY_CHARS * 4]:
        category = unicodedata.category(ch)
        if category[0] == "Z" or ch in "\t\n\r\v\f":
            out.append(" ")
        elif category.startswith("C"):  # Cc control, Cf format, Cs/Co/Cn
            continue
        elif category == "Nd":
            out.append(ASCII_DIGITS[unicodedata.decimal(ch)])
        else:
            out.append(ch)
    return " ".join("".join(out).split())[:MAX_QUERY_CHARS].strip()


def _is_word_char(ch: str) -> bool:
    # What SQLite's unicode61 tokenizer keeps in a token: letters, numbers, private use.
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    text: str  # cleaned
    digits: str  # its ASCII digits
    is_number: bool  # only digits and phone punctuation: a card, a phone or its last digits
    name: str  # the normalised name fragment (app.domain.names.normalise_text)
    words: tuple[str, ...]  # the name's words, each searched as the start of a name part

    @property
    def empty(self) -> bool:
        """Nothing to look for: no digits of a number and no letter or digit of a name
        (punctuation alone, or only what cleaning dropped)."""
        return not self.is_number and not self.words


def parse_query(raw: str) -> SearchQuery:
    text = clean_query(raw)
    digits = "".join(ch for ch in text if ch in ASCII_DIGITS)
    is_number = bool(digits) and all(ch in ASCII_DIGITS or ch in PHONE_PUNCTUATION
                                     for ch in text)
    name = normalise_text(text)
    words, word = [], ""
    for ch in name:
        if _is_word_char(ch):
            word += ch
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return SearchQuery(text, digits, is_number, name, tuple(words))
