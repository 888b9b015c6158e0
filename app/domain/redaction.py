"""Taking a member's identifiers out of free text that must be kept (the reason an
erasure was asked for goes into the append-only audit, which nothing may change later).

Targeted (the member's own names, phone, e-mail and card number) and general (any
e-mail address, any run of four or more digits, which is how phones and card numbers
are written), so "Ivanova asked by phone, +7 916 123-45-67" keeps its sense and loses
the person."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "…"
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DIGITS = re.compile(r"\+?\d(?:[\s().\-]*\d){3,}")  # four digits or more, however spaced


def _pattern(word: str) -> str:
    """``word`` as a regex matching any case, with е and ё taken as the same letter."""
    return "".join("[её]" if ch in "её" else "[ЕЁ]" if ch in "ЕЁ" else re.escape(ch)
                   for ch in word)


def scrub(text: str, identifiers: Iterable[str | None]) -> str:
    """``text`` with each identifier (two letters or more) and every e-mail address and
    long run of digits replaced by an ellipsis."""
    words = sorted({w for value in identifiers if value
                    for w in [value.strip(), *value.split()] if len(w) >= 2},
                   key=len, reverse=True)  # "Anna Maria" before "Anna"
    out = _EMAIL.sub(MASK, text)
    if words:
        out = re.sub("|".join(_pattern(w) for w in words), MASK, out, flags=re.IGNORECASE)
    return _DIGITS.sub(MASK, out)
