"""Name normalisation for search: case-insensitive, accent-insensitive, ё = е."""

from __future__ import annotations

import unicodedata


def normalise_text(text: str) -> str:
    """Fold case and accents and collapse spaces so "ЕЛЕНА" and "елёна" match.

    Combining marks are dropped, so й folds to и; query and index go through
    the same function, so this only makes search more forgiving.
    """
    folded = unicodedata.normalize("NFKD", (text or "").casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def full_name(first: str, patronymic: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, patronymic, last) if part)


def search_key(first: str, patronymic: str | None, last: str | None) -> str:
    """What name search runs over: last name, first name, patronymic. A last-name
    prefix is a B-tree range scan; any other fragment of 3+ letters goes through
    the trigram index."""
    parts = [p for p in (last, first, patronymic) if p]
    return normalise_text(" ".join(parts))
