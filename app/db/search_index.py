"""Member search index.

SQLite: an FTS5 trigram table over the normalised name key, kept in sync by
triggers, answers "name contains" for 3+ characters. Name prefixes and phone
suffixes use B-tree range scans (``name_key`` and the reversed phone digits
``phone_rev``), so "the last four" is an index seek, not a table scan.
Other databases fall back to the B-tree paths plus a LIKE for "contains".
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import literal_column, text
from sqlalchemy.engine import Connection

_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE member_fts USING fts5(name_key, content='member', "
    "content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER member_fts_ai AFTER INSERT ON member BEGIN "
    "INSERT INTO member_fts(rowid, name_key) VALUES (new.rowid, new.name_key); END",
    "CREATE TRIGGER member_fts_ad AFTER DELETE ON member BEGIN "
    "INSERT INTO member_fts(member_fts, rowid, name_key) VALUES('delete', old.rowid, old.name_key); END",
    "CREATE TRIGGER member_fts_au AFTER UPDATE OF name_key ON member BEGIN "
    "INSERT INTO member_fts(member_fts, rowid, name_key) VALUES('delete', old.rowid, old.name_key); "
    "INSERT INTO member_fts(rowid, name_key) VALUES (new.rowid, new.name_key); END",
]


def create(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for ddl in _SQLITE_DDL:
        conn.execute(text(ddl))


def drop(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for trig in ("member_fts_ai", "member_fts_ad", "member_fts_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trig}"))
    conn.execute(text("DROP TABLE IF EXISTS member_fts"))


def delete_for_good(conn: Connection) -> bool:
    """Make the index's deletes remove the old name's trigrams from its pages instead
    of adding a tombstone beside them (FTS5 'secure-delete', SQLite 3.42+; persistent).
    False when this SQLite cannot: then ``compact`` after the delete."""
    if conn.dialect.name != "sqlite":
        return True  # no index of its own: the LIKE reads the member table
    if sqlite3.sqlite_version_info < (3, 42):
        return False
    conn.execute(text("INSERT INTO member_fts(member_fts, rank) VALUES('secure-delete', 1)"))
    return True


def compact(conn: Connection) -> None:
    """Rewrite the index without its deleted entries (FTS5 'optimize'): a second or so
    per few hundred thousand members, so it is only run after an erasure."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO member_fts(member_fts) VALUES('optimize')"))


def upper_bound(prefix: str) -> str:
    """Exclusive upper bound for a prefix range scan."""
    return prefix + "\U0010ffff"


def name_contains(dialect: str, name_key_column, needle: str, limit: int):
    """A WHERE clause: the name key contains ``needle`` (normalised, 3+ characters).

    On SQLite the trigram index picks at most ``limit`` rowids; elsewhere a LIKE.
    """
    if dialect == "sqlite":
        quoted = '"' + needle.replace('"', '""') + '"'
        picked = text("SELECT rowid FROM member_fts WHERE member_fts MATCH :q LIMIT :lim") \
            .bindparams(q=quoted, lim=limit)
        return literal_column("member.rowid").in_(picked)
    return name_key_column.like(f"%{needle}%")


def integrity_problems(conn: Connection) -> list[str]:
    if conn.dialect.name != "sqlite":
        return []
    problems = []
    result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        problems.extend(f"sqlite integrity: {r}" for r in result)
    try:
        conn.execute(text("INSERT INTO member_fts(member_fts, rank) VALUES('integrity-check', 1)"))
    except Exception as exc:  # noqa: BLE001 - reported, not swallowed
        problems.append(f"search index out of sync: {exc}")
    return problems
