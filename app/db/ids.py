"""UUIDs as the database stores them and as people read them: the one converter for
ids as hex. SQLite's Uuid column holds 32 hex digits, PostgreSQL a native uuid; an
export shows 8-4-4-4-12 (the SQL fast path prints the same with substr(),
app/db/dialect/sqlite_lines.py ``id_field``)."""

from __future__ import annotations

import uuid


def hex_key(value: uuid.UUID | None) -> str:
    """An id as 32 hex digits, as SQLite stores it ('' for none): rollup keys, driver
    parameters on SQLite."""
    return value.hex if value is not None else ""


def dashed(values) -> list:
    """A column of stored ids (hex text from SQLite, uuid.UUID from PostgreSQL, None) as
    8-4-4-4-12 text. Column-wise and inline: per-row function calls are what a million
    rows cost."""
    return [None if h is None else
            f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" if h.__class__ is str else str(h)
            for h in values]
