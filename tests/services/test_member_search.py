"""Search never misleads (issue #14): short names, pasted junk, wrong check digits."""

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from app.domain.errors import DomainError

pytestmark = pytest.mark.both_databases


@pytest.fixture
def ivan(t, member_input):
    return t.till.enrol(member_input(first_name="Иван", patronymic="Сергеевич", last_name="Петров",
                                phone="+7 916 555 01 02"))


@pytest.fixture
def people(t, member_input, ivan):
    ivy = t.till.enrol(member_input(first_name="Ivy", last_name="Stone", phone="+7 916 555 01 03"))
    olga = t.till.enrol(member_input(first_name="Ольга", last_name="Ивлева", phone="+7 916 555 01 04"))
    nina = t.till.enrol(member_input(first_name="Нина", last_name="Ниварова", phone="+7 916 555 01 05"))
    return {"ivan": ivan, "ivy": ivy, "olga": olga, "nina": nina}


def found(t, query):
    return {h.member_id for h in t.till.search(query)}


def test_two_letters_of_a_first_name_find_as_three_do(t, people):
    assert people["ivan"] in found(t, "Ива")
    assert people["ivan"] in found(t, "Ив")
    assert people["ivan"] in found(t, "ив")
    assert people["ivan"] in found(t, "И")
    assert people["ivy"] in found(t, "Iv")
    # A two-letter query matches the start of a name part only, never its middle.
    assert people["nina"] not in found(t, "Ив")


def test_two_letters_find_a_last_name_and_a_patronymic(t, people):
    assert found(t, "Ив") >= {people["ivan"], people["olga"]}  # Иван, Ивлева
    assert people["ivan"] in found(t, "Се")  # Сергеевич
    assert people["ivan"] in found(t, "Пе")


def test_first_and_last_name_in_either_order(t, people):
    assert found(t, "Иван Петров") == {people["ivan"]}
    assert found(t, "Петров Иван") == {people["ivan"]}
    assert found(t, "ив пет") == {people["ivan"]}


def test_a_name_part_start_ranks_before_a_match_inside(t, people):
    hits = t.till.search("Ива")
    ranks = [h.member_id for h in hits]
    assert ranks.index(people["ivan"]) < ranks.index(people["nina"])  # Иван before Ниварова


def test_a_renamed_or_erased_member_is_found_by_the_new_name_only(t, people, member_input):
    t.till.edit_member(people["ivy"], member_input(first_name="Юлия", last_name="Stone",
                                              phone="+7 916 555 01 03"))
    assert people["ivy"] not in found(t, "Iv")
    assert people["ivy"] in found(t, "Юл")


def _plans(t, query):
    """The query plan of every statement a search runs."""
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    engine = t._sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", remember)
    try:
        t.till.search(query)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    plans = []
    with engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            plans.append([row[-1] for row in rows])
    return plans


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 tables
@pytest.mark.parametrize("query", ["И", "Ив", "Ива", "ив пет", "0102"])
def test_every_search_is_an_index_lookup_never_a_scan(t, people, query):
    plans = _plans(t, query)
    assert plans, "the search ran no query"
    for steps in plans:
        scans = [s for s in steps if s.startswith("SCAN") and "VIRTUAL TABLE" not in s]
        assert scans == [], f"{query!r} scans: {steps}"


@pytest.mark.sqlite_only  # SQLite's query plans and FTS5 tables
def test_the_word_index_follows_inserts_updates_and_the_check(t, people, app):
    with app.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM member_fts_words WHERE "
                                  "member_fts_words MATCH '\"ив\"*'")).scalar()
    assert count == 2
    assert t.admin.check().problems == []


@pytest.mark.parametrize("pasted", ["Ив\x00", "\x00Ив", "И\x00в", "\ufeffИв", "Ив\u200b",
                                    "\tИв\r\n", "И\x1bв", "Ив\x7f"])
def test_control_characters_in_a_paste_are_ignored(t, people, pasted):
    assert people["ivan"] in found(t, pasted)


def test_digits_of_any_script_and_nul_in_a_phone_search(t, people):
    assert found(t, "01\x0002") == {people["ivan"]}
    assert found(t, "０１０２") == {people["ivan"]}  # full-width digits
    assert found(t, "٠١٠٢") == {people["ivan"]}  # Arabic-Indic digits


def test_a_query_of_only_junk_finds_nobody_quietly(t, people):
    for junk in ("\x00", "\x00\x01\x02", "\u200b", "!!", "--", '"', "*", "²"):
        assert t.till.search(junk) == []
    for junk in ("\x00", "\x00\x01\x02", "\u200b", "!!", "--", '"', "*", " \t "):
        assert not t.till.searchable(junk)  # nobody to enrol either
    for query in ("Ив", "4567", "Zzyzx", "+7 903"):
        assert t.till.searchable(query)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_searches_without_an_error(t, people, query):
    hits = t.till.search(query)
    assert len(hits) <= 20
    assert all(isinstance(h.member_id, uuid.UUID) for h in hits)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.characters(categories=["Cc", "Cf"], exclude_characters="\t\n\r\v\f"),
                max_size=4), st.integers(0, 3))
def test_control_characters_anywhere_find_what_the_clean_text_finds(t, people, junk, at):
    query = "Ива"
    dirty = query[:at] + "".join(junk) + query[at:]
    assert found(t, dirty) == found(t, query)


def test_a_wrong_check_digit_is_said_when_asked(t, people):
    card = t.till.member(people["ivan"]).card_number
    bad = card[:12] + str((int(card[12]) + 1) % 10)
    assert t.till.search(bad) == []  # the enrolment and print dialogs just find nobody
    with pytest.raises(DomainError) as caught:
        t.till.search(bad, refuse_bad_card=True)
    assert caught.value.code == "card_check_digit"
    assert [h.member_id for h in t.till.search(card, refuse_bad_card=True)] == [people["ivan"]]


def test_a_thirteen_digit_phone_is_found_though_not_a_valid_card(t, member_input):
    # +234 … (Nigeria) typed without the plus: 13 digits starting with 2, not a card.
    guest = t.till.enrol(member_input(first_name="Ada", last_name="Obi", phone="+234 803 123 4567"))
    assert [h.member_id for h in t.till.search("2348031234567", refuse_bad_card=True)] == [guest]
