"""PostgreSQL's list of the distinct name words (migration 0022): a part of a word is
found through it ("лекс" among a few thousand words, then their members), and it counts
exactly the members holding each word, however many tills enrol, rename and erase at
once; an erased member's words leave it with them."""

import uuid

import pytest
from sqlalchemy import text

from app.bootstrap import open_app
from app.services.context import SYSTEM
from app.services.dto import MemberInput
from tests.services.test_concurrency import run_tills
from tests.services.test_name_trigrams import _plans, _statements


def _vocabulary(app) -> dict[str, int]:
    with app.engine.connect() as conn:
        return dict(conn.execute(text("SELECT word, members FROM member_vocabulary")).all())


def _person(till: int, n: int, first="Анна", last="Общая") -> MemberInput:
    return MemberInput(first_name=first, last_name=last, consent=True,
                       phone=f"+7 916 55{till} {n // 100:02d} {n % 100:02d}")


@pytest.fixture
def shop(postgres_url):
    app = open_app(postgres_url, lang="en", acting=SYSTEM)
    yield app
    app.engine.dispose()


def test_a_part_of_a_word_is_found_through_the_word_list(shop):
    till = shop.terminal.till
    for n, (first, last) in enumerate([("Алексей", "Орлов"), ("Александра", "Лексина"),
                                       ("Ирина", "Алексеева"), ("Пётр", "Сидоров")]):
        till.enrol(_person(0, n, first, last))
    hits = [(h.display_name, h.match) for h in till.search("лекс")]
    assert sorted(hits) == sorted([
        ("Александра Лексина", "name_prefix"),  # the name key starts with it: found first
        ("Алексей Орлов", "name_contains"), ("Ирина Алексеева", "name_contains")])
    plans = [p for p in _plans(shop, "лекс") if "member_vocabulary" in p]
    assert plans, "the search did not read the word list"
    assert "member_word_pkey" in plans[0] and "Seq Scan" not in plans[0], plans[0]
    # a text across words (the end of "орлов алексей"'s first word, the start of its
    # second) is inside no word: the name key's trigrams answer it
    assert [(h.display_name, h.match) for h in till.search("ов ал")] == [
        ("Алексей Орлов", "name_contains")]
    assert not [s for s, _ in _statements(shop, "ов ал") if "member_vocabulary" in s]


def test_the_list_follows_renames_and_erasures_and_keeps_no_erased_name(shop):
    till, admin = shop.terminal.till, shop.terminal.admin
    rare = till.enrol(_person(0, 1, "Ольга", "Бжезинская"))
    till.enrol(_person(0, 2, "Ольга", "Петрова"))
    assert _vocabulary(shop) == {"ольга": 2, "бжезинская": 1, "петрова": 1}
    till.edit_member(rare, _person(0, 1, "Ольга", "Бжезинская-Орлова"))
    assert _vocabulary(shop) == {"ольга": 2, "бжезинская": 1, "орлова": 1, "петрова": 1}
    admin.erase_member(rare, "asked to be forgotten")
    assert _vocabulary(shop) == {"ольга": 1, "петрова": 1}
    assert till.search("жезин") == []
    assert admin.check().ok


# ---- several tills at once (real processes) -------------------------------------------

def _enrol_many(t, till_no, count):
    return [str(t.till.enrol(_person(till_no, n))) for n in range(count)]


def _rename_and_erase(t, member_ids):
    for i, member_id in enumerate(map(uuid.UUID, member_ids)):
        if i % 3 == 0:
            t.admin.erase_member(member_id, "asked to be forgotten")
        elif i % 3 == 1:
            view = t.till.member(member_id)
            t.till.edit_member(member_id, MemberInput(
                first_name="Мария", last_name="Общая", phone=view.phone, consent=True))
    return len(member_ids)


def test_tills_enrolling_renaming_and_erasing_at_once_leave_exact_counts(postgres_url, shop):
    tills, each = 4, 9
    outcomes = run_tills(postgres_url, _enrol_many, [(k, each) for k in range(tills)])
    assert [kind for kind, _ in outcomes] == ["ok"] * tills
    assert _vocabulary(shop) == {"анна": tills * each, "общая": tills * each}
    ids = [value for _, value in outcomes]
    outcomes = run_tills(postgres_url, _rename_and_erase, [(batch,) for batch in ids])
    assert outcomes == [("ok", each)] * tills
    # of each till's 9: 3 erased, 3 renamed to Мария, 3 left as they were
    assert _vocabulary(shop) == {"анна": tills * 3, "мария": tills * 3, "общая": tills * 6}
    assert shop.terminal.admin.check().ok
