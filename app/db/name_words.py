"""PostgreSQL's tables of the members' name words (issue #16), kept by triggers: each
word of each name with a B-tree (``member_word``, migration 0019) for "a name word starts
with", and the distinct words with how many members hold each and a trigram index
(``member_vocabulary``, 0022) for "a name word contains". search_index.py asks them;
SQLite has FTS5 for both. A no-op on SQLite."""

from __future__ import annotations

from sqlalchemy import String, Uuid, column, text
from sqlalchemy import table as table_clause
from sqlalchemy.engine import Connection


def _run_on_postgres(conn: Connection, statements) -> None:
    if conn.dialect.name == "postgresql":
        for statement in statements:
            conn.execute(text(statement))


# PostgreSQL's word table (0019): each word of a member's name key, as FTS5's unicode61
# tokenizer cuts it on SQLite (at anything not a letter or digit: spaces, hyphens,
# apostrophes, dots). Words compare by code point ("C"), as the prefix range needs.
WORD = table_clause("member_word", column("word", String), column("member_id", Uuid))


# 0022: every word some member's name holds, once, with how many hold it (a name word
# nobody holds any more, an erased member's, is gone from it in the same transaction).
VOCABULARY = table_clause("member_vocabulary", column("word", String))


# The characters that part words: PostgreSQL's [:alnum:] knows no Cyrillic under the C
# locale, so the separators are spelt out (ASCII space and punctuation, typographic
# apostrophes, quotes and dashes).
_SPLIT = "[[:space:][:punct:]\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014]+"

_WORDS_TABLE_DDL = [
    'CREATE TABLE member_word (word VARCHAR(400) COLLATE "C" NOT NULL, '
    "member_id UUID NOT NULL REFERENCES member(id) ON DELETE CASCADE, "
    "PRIMARY KEY (word, member_id))",
    "CREATE INDEX ix_member_word_member ON member_word (member_id)",
    f"""CREATE FUNCTION member_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM member_word WHERE member_id = OLD.id;
  END IF;
  INSERT INTO member_word (word, member_id)
    SELECT DISTINCT w, NEW.id FROM regexp_split_to_table(NEW.name_key, E'{_SPLIT}') AS w
    WHERE w <> '';
  RETURN NULL;
END $$""",
    "CREATE TRIGGER member_word_ai AFTER INSERT ON member FOR EACH ROW "
    "EXECUTE FUNCTION member_word_sync()",
    "CREATE TRIGGER member_word_au AFTER UPDATE OF name_key ON member FOR EACH ROW "
    "WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION member_word_sync()",
    f"""INSERT INTO member_word (word, member_id)
    SELECT DISTINCT w, m.id FROM member m, regexp_split_to_table(m.name_key, E'{_SPLIT}') AS w
    WHERE w <> ''""",
    "ANALYZE member_word",
]


_VOCABULARY_DDL = [
    'CREATE TABLE member_vocabulary (word VARCHAR(400) COLLATE "C" PRIMARY KEY, '
    "members BIGINT NOT NULL)",
    "CREATE INDEX ix_member_vocabulary_trgm ON member_vocabulary USING gin (word gin_trgm_ops)",
    # Counted, not read and rewritten: each statement's words added or taken away at once,
    # their rows locked in the words' order (two enrolments never wait on each other in
    # a circle within one statement), a word deleted when nobody holds it.
    """CREATE FUNCTION member_vocabulary_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_vocabulary (word, members)
    SELECT word, count(*) FROM added GROUP BY word ORDER BY word
  ON CONFLICT (word) DO UPDATE SET members = member_vocabulary.members + EXCLUDED.members;
  RETURN NULL;
END $$""",
    """CREATE FUNCTION member_vocabulary_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM member_vocabulary WHERE word IN (SELECT word FROM removed)
    ORDER BY word FOR UPDATE;
  UPDATE member_vocabulary v SET members = v.members - r.n
    FROM (SELECT word, count(*) AS n FROM removed GROUP BY word) r WHERE v.word = r.word;
  DELETE FROM member_vocabulary WHERE word IN (SELECT word FROM removed) AND members <= 0;
  RETURN NULL;
END $$""",
    "CREATE TRIGGER member_vocabulary_ai AFTER INSERT ON member_word "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
    "EXECUTE FUNCTION member_vocabulary_added()",
    "CREATE TRIGGER member_vocabulary_ad AFTER DELETE ON member_word "
    "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
    "EXECUTE FUNCTION member_vocabulary_removed()",
    "INSERT INTO member_vocabulary (word, members) "
    "SELECT word, count(*) FROM member_word GROUP BY word",
    "ANALYZE member_vocabulary",
]


def create_vocabulary(conn: Connection) -> None:
    _run_on_postgres(conn, _VOCABULARY_DDL)


def drop_vocabulary(conn: Connection) -> None:
    _run_on_postgres(conn, [
        "DROP TRIGGER IF EXISTS member_vocabulary_ad ON member_word",
        "DROP TRIGGER IF EXISTS member_vocabulary_ai ON member_word",
        "DROP FUNCTION IF EXISTS member_vocabulary_removed()",
        "DROP FUNCTION IF EXISTS member_vocabulary_added()",
        "DROP TABLE IF EXISTS member_vocabulary"])


def create_words_table(conn: Connection) -> None:
    _run_on_postgres(conn, _WORDS_TABLE_DDL)


def drop_words_table(conn: Connection) -> None:
    _run_on_postgres(conn, [
        "DROP TRIGGER IF EXISTS member_word_au ON member",
        "DROP TRIGGER IF EXISTS member_word_ai ON member",
        "DROP FUNCTION IF EXISTS member_word_sync()",
        "DROP TABLE IF EXISTS member_word"])
