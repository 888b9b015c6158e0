"""Name search on PostgreSQL stays on the trigram index however the server plans it
(issue #16, search p95 <= 5 ms at a million members): psycopg prepares a statement it
has run five times, and PostgreSQL may then keep one generic plan for all its values;
and ORDER BY name_key LIMIT over the LIKE lets it walk the name key's B-tree instead,
which at a million members reads every one for a rare name part ("Hutch")."""

import re

import psycopg
import pytest
from sqlalchemy import event

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from tests.services.test_name_trigrams import _statements


def _like_statements(app, query: str) -> list[tuple[str, dict]]:
    """The statements that read names by an index of their own: the trigram LIKEs
    (contains) and the word table's ranges (word starts, 0019)."""
    return [(s, p) for s, p in _statements(app, query) if " LIKE " in s or "member_word" in s]


def _generic_plan(conn, statement: str, parameters: dict) -> str:
    """The plan PostgreSQL keeps for ``statement`` once prepared: one for any values."""
    names: list[str] = []

    def number(match) -> str:
        names.append(match.group(1))
        return f"${len(names)}"
    body = re.sub(r"%\((\w+)\)s", number, statement).replace("%%", "%")
    # a client-side cursor: PREPARE's $1.. are its own, not parameters of the protocol
    cursor = psycopg.ClientCursor(conn.connection.dbapi_connection)
    cursor.execute("SET plan_cache_mode = force_generic_plan")
    cursor.execute("DEALLOCATE ALL")
    cursor.execute("PREPARE searched AS " + body)
    cursor.execute(f"EXPLAIN EXECUTE searched({', '.join('%s' for _ in names)})",
                   [parameters[n] for n in names])
    return "\n".join(r[0] for r in cursor.fetchall())


@pytest.mark.parametrize("query", ["ерст", "Ив", "ив пет"])
def test_a_prepared_search_still_reads_its_index(postgres_url, query):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        app.terminal.admin.add_demo_members(60, seed=3)
        like = _like_statements(app, query)
        assert like, "the search read no name index"
        with app.engine.connect() as conn:
            # 50 rows would be read whole; the B-tree walk stays allowed
            conn.exec_driver_sql("SET enable_seqscan = off")
            for statement, parameters in like:
                plan = _generic_plan(conn, statement, parameters)
                index = "member_word_pkey" if "member_word" in statement \
                    else "ix_member_name_key_trgm"
                assert index in plan and "Seq Scan" not in plan, plan
    finally:
        app.engine.dispose()



def test_the_same_text_picks_the_same_members_however_busy_the_server(postgres_url):
    """The members picked are the first in the table's order; a scan of a large table
    may otherwise start where another one is (synchronize_seqscans), and typing the same
    text twice showed other members (7 in 100 queries of the bench at a million)."""
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        for _ in range(2):  # a new connection and one back from the pool
            with app.engine.connect() as conn:
                assert conn.exec_driver_sql("SHOW synchronize_seqscans").scalar() == "off"
    finally:
        app.engine.dispose()


def test_a_search_forbids_reading_the_whole_table_for_itself_only(postgres_url):
    """The server guesses a LIKE's matches from a sample: where it guessed hundreds that
    are not there ("лина" as a word start at a million: 833 guessed, none found) it read
    every member, 0.3 s, for the 40 it expected to meet early. The search's own
    transaction forbids that scan; what the till does next plans as before."""
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    try:
        app.terminal.till.enrol(MemberInput(first_name="Лина", last_name="Ким",
                                            phone="+7 916 555 00 01", consent=True))
        seen = []
        event.listen(app.engine, "before_cursor_execute",
                     lambda conn, cur, statement, *rest: seen.append(statement))
        assert [h.display_name for h in app.terminal.till.search("лин")] == ["Лина Ким"]
        forbid = [i for i, s in enumerate(seen) if s == "SET LOCAL enable_seqscan = off"]
        like = [i for i, s in enumerate(seen) if " LIKE " in s]
        assert forbid and like and forbid[0] < like[0]
        with app.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
    finally:
        app.engine.dispose()
