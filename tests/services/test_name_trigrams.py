"""Name search on PostgreSQL (issue #16): pg_trgm's index (migration 0014) answers it,
and the same queries give the same hits in the same order as on SQLite's FTS5."""

import pytest
from sqlalchemy import event, text

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput

# last, first, patronymic: word starts after a space, a hyphen and both apostrophes,
# names sharing prefixes (the order of the hits matters), Latin and Cyrillic
NAMES = [
    ("Петров-Водкин", "Кузьма", "Сергеевич"), ("Иванов", "Иван", "Иванович"),
    ("Ивасенко", "Сергей", "Иванович"), ("Селиверстова", "Ивонна", ""),
    ("Д'Артаньян", "Жан-Поль", ""), ("O’Brien", "Leo", ""), ("Ли", "Анна", ""),
    ("Ивина", "Ива", ""), ("Смирнова", "Елёна", "Петровна"), ("Stone", "Ivy", ""),
    ("Ниварова", "Нина", ""), ("Водкина", "Вера", ""), ("Артемьев", "Пётр", ""),
]
QUERIES = ["И", "Ив", "ива", "иван", "ван", "вод", "Водкин", "кин", "пет", "ив пет",
           "жан", "поль", "арт", "артаньян", "brien", "bri", "o b", "ли", "ан", "сели",
           "ерст", "елена", "ЕЛЁНА", "ivy", "iv", "ни", "нина ни", "ов", "ова", "%", "_и",
           "zzz"]


def _hits_of_every_query(db: str) -> dict[str, list[tuple[str, str]]]:
    app = open_app(db, lang="en", acting=SYSTEM)
    try:
        for n, (last, first, patronymic) in enumerate(NAMES):
            app.terminal.till.enrol(MemberInput(
                first_name=first, patronymic=patronymic, last_name=last,
                phone=f"+7 916 555 {n // 100:02d} {n % 100:02d}", consent=True))
        return {q: [(h.display_name, h.match) for h in app.terminal.till.search(q)]
                for q in QUERIES}
    finally:
        app.engine.dispose()


def test_the_same_queries_give_the_same_hits_in_the_same_order(tmp_path, postgres_url):
    on_sqlite = _hits_of_every_query(str(tmp_path / "db.sqlite3"))
    on_postgres = _hits_of_every_query(postgres_url)
    assert on_postgres == on_sqlite
    # and the queries did find what they look for, by each of the ways
    assert ("Кузьма Сергеевич Петров-Водкин", "name_words") in on_sqlite["Водкин"]
    assert ("Жан-Поль Д'Артаньян", "name_words") in on_sqlite["артаньян"]
    assert ("Leo O’Brien", "name_words") in on_sqlite["brien"]
    assert ("Ивонна Селиверстова", "name_contains") in on_sqlite["ерст"]
    assert [m for _, m in on_sqlite["ива"]][:2] == ["name_prefix", "name_prefix"]
    assert on_sqlite["%"] == on_sqlite["zzz"] == []


def _statements(app, query) -> list[tuple[str, dict]]:
    seen = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))
    event.listen(app.engine, "before_cursor_execute", remember)
    try:
        app.terminal.till.search(query)
    finally:
        event.remove(app.engine, "before_cursor_execute", remember)
    return seen


def _plans(app, query) -> list[str]:
    """The plans of the search's statements that read names (not the card/phone ones),
    with neither a full scan nor a walk of the member table's B-trees allowed: what
    matters is that an index made for it can answer."""
    statements = [(s, p) for s, p in _statements(app, query)
                  if " LIKE " in s or "member_word" in s]
    with app.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        return ["\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + s, p))
                for s, p in statements]


def _fifty_members(app) -> None:
    for n in range(50):
        app.terminal.till.enrol(MemberInput(first_name=f"Имя{n}", last_name="Фамилия",
                                            phone=f"+7 916 555 00 {n:02d}", consent=True))


@pytest.mark.parametrize("query", ["И", "Ив", "ив пет", "нина ни"])
def test_postgres_answers_word_starts_from_the_word_table(postgres_url, query):
    """A word start of any length is a range scan of the word table's B-tree (0019),
    which stops at the members it needs, not a trigram bitmap of every candidate."""
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        _fifty_members(app)
        plans = [p for p in _plans(app, query) if "member_word" in p]
        assert plans, "the search did not read the word table"
        for plan in plans:
            assert "member_word_pkey" in plan and "Seq Scan on member_word" not in plan, plan
    finally:
        app.engine.dispose()


@pytest.mark.parametrize(("query", "index"), [
    ("имя1", "ix_member_vocabulary_trgm"),  # inside a word: the word list's trigrams (0022)
    ("я1 ф", "ix_member_name_key_trgm"),  # across words: the name key's (0014)
])
def test_postgres_answers_name_contains_from_a_trigram_index(postgres_url, query, index):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        _fifty_members(app)
        with app.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            conn.exec_driver_sql("SET enable_indexscan = off")  # nor walk a B-tree
            conn.exec_driver_sql("SET enable_indexonlyscan = off")
            like = [(s, p) for s, p in _statements(app, query) if " LIKE " in s]
            assert like, "the search ran no LIKE"
            for statement, parameters in like:
                plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement,
                                                                    parameters))
                assert index in plan, plan
    finally:
        app.engine.dispose()


def _words(app) -> set[tuple[str, str]]:
    with app.engine.connect() as conn:
        return {(w, f) for w, f in conn.execute(text(
            "SELECT w.word, m.first_name FROM member_word w JOIN member m ON m.id = w.member_id"))}


def test_the_word_table_follows_enrolments_renames_and_erasures(postgres_url):
    """The trigger keeps the words of every name: a new member's, a renamed one's (the old
    words gone), none of an anonymised one's."""
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        till = app.terminal.till
        till.enrol(MemberInput(first_name="Жан-Поль", last_name="Д'Артаньян", phone="+7 916 555 01 01",
                         consent=True))
        anna = till.enrol(MemberInput(first_name="Анна", last_name="Ли", phone="+7 916 555 01 02",
                                consent=True))
        assert _words(app) == {("жан", "Жан-Поль"), ("поль", "Жан-Поль"), ("д", "Жан-Поль"),
                               ("артаньян", "Жан-Поль"), ("анна", "Анна"), ("ли", "Анна")}
        till.edit_member(anna, MemberInput(first_name="Анна", last_name="Ливенцева",
                                          phone="+7 916 555 01 02", consent=True))
        assert {w for w, f in _words(app) if f == "Анна"} == {"анна", "ливенцева"}
        assert [h.display_name for h in till.search("лив")] == ["Анна Ливенцева"]
        assert till.search("ли") == till.search("лив")
    finally:
        app.engine.dispose()


def test_the_migration_leaves_sqlite_as_it_was(tmp_path):
    app = open_app(str(tmp_path / "db.sqlite3"), lang="en", acting=SYSTEM)
    try:
        with app.engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version >= "0014"  # migrated through 0014 (revision ids are sequential)
        assert "member_fts" in names and not any("trgm" in n for n in names)
    finally:
        app.engine.dispose()


def test_the_check_misses_a_dropped_trigram_index(postgres_url):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        assert app.terminal.admin.check().problems == []
        with app.engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_member_name_key_trgm"))
        assert [p.split(":")[0] for p in app.terminal.admin.check().problems] == [
            "search index missing"]
    finally:
        app.engine.dispose()
