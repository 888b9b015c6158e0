"""Member search index.

SQLite: an FTS5 trigram table over the normalised name key, kept in sync by
triggers, answers "name contains" for 3+ characters. A trigram needs three
characters, so a second FTS5 table (``member_fts_words``: whole words, with prefix
indexes for their first one and two characters) answers "a name part starts with"
for any length: "Ив" finds Иван whether he is the first, last or middle name. Name
prefixes and phone suffixes use B-tree range scans (``name_key`` and the reversed
phone digits ``phone_rev``), so "the last four" is an index seek, not a table scan.
PostgreSQL (issue #16): the same B-tree paths; a table of each member's name words with
a B-tree (0019) for "a word starts with"; for "contains", the list of the distinct words
with a trigram index (0022) when the text is inside one word, else a pg_trgm GIN index
over the name key (0014).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import String, and_, bindparam, literal_column, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.db.name_words import VOCABULARY, WORD

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


# Word starts (issue #14). The table's name begins with member_fts so that backups and
# their checks, which skip the FTS tables (rebuilt from member), skip it too.
_WORDS_DDL = [
    "CREATE VIRTUAL TABLE member_fts_words USING fts5(name_key, content='member', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 0', prefix='1 2')",
    "CREATE TRIGGER member_fts_words_ai AFTER INSERT ON member BEGIN "
    "INSERT INTO member_fts_words(rowid, name_key) VALUES (new.rowid, new.name_key); END",
    "CREATE TRIGGER member_fts_words_ad AFTER DELETE ON member BEGIN "
    "INSERT INTO member_fts_words(member_fts_words, rowid, name_key) "
    "VALUES('delete', old.rowid, old.name_key); END",
    "CREATE TRIGGER member_fts_words_au AFTER UPDATE OF name_key ON member BEGIN "
    "INSERT INTO member_fts_words(member_fts_words, rowid, name_key) "
    "VALUES('delete', old.rowid, old.name_key); "
    "INSERT INTO member_fts_words(rowid, name_key) VALUES (new.rowid, new.name_key); END",
]


def _run_on(conn: Connection, database: str, statements) -> None:
    """Run ``statements`` when ``conn`` is to ``database``; elsewhere nothing."""
    if conn.dialect.name == database:
        for statement in statements:
            conn.execute(text(statement))


def create(conn: Connection) -> None:
    _run_on(conn, "sqlite", _SQLITE_DDL)


def drop(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for trig in ("member_fts_ai", "member_fts_ad", "member_fts_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trig}"))
    conn.execute(text("DROP TABLE IF EXISTS member_fts"))


# Both indexes hold pieces of members' names: an erasure purges both.
_FTS_TABLES = ("member_fts", "member_fts_words")


def delete_for_good(conn: Connection) -> bool:
    """Make the index's deletes remove the old name's trigrams from its pages instead
    of adding a tombstone beside them (FTS5 'secure-delete', SQLite 3.42+; persistent).
    False when this SQLite cannot: then ``compact`` after the delete."""
    if conn.dialect.name != "sqlite":
        return True  # no index of its own: the LIKE reads the member table
    if sqlite3.sqlite_version_info < (3, 42):
        return False
    for table in _FTS_TABLES:
        conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)"))
    return True


def compact(conn: Connection) -> None:
    """Rewrite the index without its deleted entries (FTS5 'optimize'): a second or so
    per few hundred thousand members, so it is only run after an erasure."""
    if conn.dialect.name == "sqlite":
        for table in _FTS_TABLES:
            conn.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))
def create_words(conn: Connection) -> None:
    """The word-start index, filled from the members already there."""
    if conn.dialect.name != "sqlite":
        return
    for ddl in _WORDS_DDL:
        conn.execute(text(ddl))
    conn.execute(text("INSERT INTO member_fts_words(member_fts_words) VALUES('rebuild')"))


def drop_words(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for trig in ("member_fts_words_ai", "member_fts_words_ad", "member_fts_words_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trig}"))
    conn.execute(text("DROP TABLE IF EXISTS member_fts_words"))


# A bulk load (a till's first local copy of the server, issue #17) writes members
# without the triggers and builds both indexes once at the end: FTS5 builds an index
# from the whole table in a third of the time the row-by-row triggers take.
_TRIGGERS = [ddl for ddl in _SQLITE_DDL + _WORDS_DDL if ddl.startswith("CREATE TRIGGER")]


def suspend(conn: Connection) -> None:
    """Drop the index triggers and empty the indexes (SQLite; in the load's transaction)."""
    for name in ("member_fts_ai", "member_fts_ad", "member_fts_au", "member_fts_words_ai",
                 "member_fts_words_ad", "member_fts_words_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    for table in _FTS_TABLES:
        conn.execute(text(f"INSERT INTO {table}({table}) VALUES('delete-all')"))


def resume(conn: Connection) -> None:
    """After ``suspend``: the triggers back and both indexes built from the members.
    Nothing when they were never suspended."""
    there = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'member_fts_ai'")).scalar()
    if there:
        return
    for ddl in _TRIGGERS:
        conn.execute(text(ddl))
    for table in _FTS_TABLES:
        conn.execute(text(f"INSERT INTO {table}({table}) VALUES('rebuild')"))


# PostgreSQL (issue #16): pg_trgm (a trusted extension: the database's owner may create
# it) and a GIN trigram index over the name key. Both keys compare by code point, as
# SQLite's do, so the prefix ranges and the order of the hits are the same there.
_POSTGRES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    'ALTER TABLE member ALTER COLUMN name_key TYPE VARCHAR(400) COLLATE "C"',
    'ALTER TABLE member ALTER COLUMN phone_rev TYPE VARCHAR(20) COLLATE "C"',
    "CREATE INDEX ix_member_name_key_trgm ON member USING gin (name_key gin_trgm_ops)",
]


def create_trigrams(conn: Connection) -> None:
    _run_on(conn, "postgresql", _POSTGRES_DDL)


def drop_trigrams(conn: Connection) -> None:
    _run_on(conn, "postgresql", [
        "DROP INDEX IF EXISTS ix_member_name_key_trgm",
        'ALTER TABLE member ALTER COLUMN name_key TYPE VARCHAR(400) COLLATE "default"',
        'ALTER TABLE member ALTER COLUMN phone_rev TYPE VARCHAR(20) COLLATE "default"'])


def upper_bound(prefix: str) -> str:
    """Exclusive upper bound for a prefix range scan."""
    return prefix + "\U0010ffff"


def _starts(words, prefix: str):
    return and_(words.c.word >= prefix, words.c.word < upper_bound(prefix))


def name_contains(session: Session, name_key_column, needle: str, limit: int):
    """A WHERE clause: the name key contains ``needle`` (normalised, 3+ characters).

    On SQLite the trigram index picks at most ``limit`` rowids; on PostgreSQL the
    trigram index (0014) answers the LIKE, which picks at most ``limit`` members too
    (see ``_picked``).
    """
    if session.get_bind().dialect.name == "sqlite":
        quoted = '"' + needle.replace('"', '""') + '"'
        picked = text("SELECT rowid FROM member_fts WHERE member_fts MATCH :q LIMIT :lim") \
            .bindparams(q=quoted, lim=limit)
        return literal_column("member.rowid").in_(picked)
    _no_table_scan(session)
    like = _pattern(f"%{_like_escaped(needle)}%")
    if needle.isalnum():  # inside one word: no separator can be in what it matches
        return _holding_words(name_key_column, like, limit)
    return _picked(name_key_column, name_key_column.like(like, escape="\\"), limit)


def _holding_words(name_key_column, like, limit: int):
    """Members with a name word matching ``like``, at most ``limit``: the distinct words
    holding it (0022: thousands, not a million names), then their members by the word
    table's B-tree. By the name key's trigrams, a part of a common name ("лекс") was a
    bitmap of every member holding them (6-13 ms at a million); this way, under 1 ms."""
    words = select(VOCABULARY.c.word).where(VOCABULARY.c.word.like(like, escape="\\"))
    picked = select(WORD.c.member_id).where(WORD.c.word.in_(words)).limit(limit)
    member = name_key_column.expression.table
    return member.c.id.in_(picked.correlate(None).scalar_subquery())


def name_words(session: Session, name_key_column, words: tuple[str, ...], limit: int):
    """A WHERE clause: every word in ``words`` (normalised, any length from one
    character) starts a word of the name key, in any order ("ив пет" finds Петров Иван).

    On SQLite the word index picks at most ``limit`` rowids; on PostgreSQL the word
    table (0019) does: a range scan of the longest word's B-tree, each other word checked
    in the same member's words, stopping at ``limit`` members. The words are letters and
    digits only (app.domain.search_query).
    """
    if session.get_bind().dialect.name == "sqlite":
        query = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        picked = text("SELECT rowid FROM member_fts_words WHERE member_fts_words MATCH :q "
                      "LIMIT :lim").bindparams(q=query, lim=limit)
        return literal_column("member.rowid").in_(picked)
    _no_table_scan(session)
    first, *others = sorted(set(words), key=len, reverse=True)
    driving = WORD.alias("w0")
    picked = select(driving.c.member_id).where(_starts(driving, first))
    for i, word in enumerate(others, 1):
        other = WORD.alias(f"w{i}")
        picked = picked.where(select(other.c.member_id).where(
            other.c.member_id == driving.c.member_id, _starts(other, word)).exists())
    member = name_key_column.expression.table
    return member.c.id.in_(picked.limit(limit).correlate(None).scalar_subquery())


def _no_table_scan(session: Session) -> None:
    """For the rest of the search's transaction, no scan of the whole member table: the
    server guesses a LIKE's matches from a sample, and where it guessed hundreds that are
    not there ("лина" as a word start: 833 guessed, none) it read every member for the 40
    it expected to meet early (0.3 s at a million). Without that way, a rare text is
    picked by the trigram index and a common one ("ова") by walking the primary key."""
    session.execute(text("SET LOCAL enable_seqscan = off"))


def _pattern(like: str):
    """A LIKE pattern written into the statement, not sent beside it: psycopg prepares a
    statement run five times, and PostgreSQL may then keep one generic plan for every
    pattern, which cannot use the trigram index (it reads every member, 0.4 s at a
    million). Written in, each pattern is planned with what it holds."""
    return bindparam(None, like, type_=String, literal_execute=True)


def _picked(name_key_column, where, limit: int):
    """Members matching ``where`` picked first (at most ``limit``, in the table's order, as
    FTS5 picks rowids on SQLite), the caller ordering only those. Asked in one query with
    ORDER BY name_key LIMIT, PostgreSQL walks the name key's B-tree and filters: a rare
    needle ("Hutch") read every member, 0.3 s at a million; picked, the trigram index
    answers it at any size."""
    member = name_key_column.expression.table
    # correlate(None): the inner FROM member is its own, the LIKEs name its name_key
    return member.c.id.in_(select(member.c.id).where(where).limit(limit).correlate(None)
                           .scalar_subquery())


def _like_escaped(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def integrity_problems(conn: Connection) -> list[str]:
    if conn.dialect.name == "postgresql":
        return _postgres_problems(conn)
    if conn.dialect.name != "sqlite":
        return []
    problems = []
    result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        problems.extend(f"sqlite integrity: {r}" for r in result)
    for table in ("member_fts", "member_fts_words"):
        try:
            conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)"))
        except Exception as exc:  # noqa: BLE001 - reported, not swallowed
            problems.append(f"search index out of sync ({table}): {exc}")
    return problems


def _postgres_problems(conn: Connection) -> list[str]:
    """The trigram indexes are there and usable (a failed CREATE INDEX CONCURRENTLY or a
    restore without them would leave name search reading every member), and the word
    list counts exactly the words the members' names hold."""
    problems = []
    for index in ("ix_member_name_key_trgm", "ix_member_vocabulary_trgm"):
        valid = conn.execute(text(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE c.relname = :name"), {"name": index}).scalar()
        if valid is None:
            problems.append(f"search index missing: {index} (name search reads every member)")
        elif not valid:
            problems.append(f"search index not valid: {index} (REINDEX it)")
    astray = conn.execute(text(
        "SELECT count(*) FROM (SELECT word, count(*) AS n FROM member_word GROUP BY word) w "
        "FULL JOIN member_vocabulary v USING (word) WHERE w.n IS DISTINCT FROM v.members"
    )).scalar()
    if astray:
        problems.append(f"search word list out of step with the names: {astray} word(s)")
    return problems
