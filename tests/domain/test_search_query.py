import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.search_query import MAX_QUERY_CHARS, clean_query, parse_query


@given(st.text())
def test_a_clean_query_has_no_control_characters_and_is_stable(raw):
    cleaned = clean_query(raw)
    assert not any(unicodedata.category(ch).startswith("C") for ch in cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert len(cleaned) <= MAX_QUERY_CHARS
    assert clean_query(cleaned) == cleaned


def test_a_paste_keeps_words_apart_and_drops_the_rest():
    assert clean_query("\ufeffИван\x00\tПетров\r\n") == "Иван Петров"
    assert parse_query("Иван\u200bПетров").words == ("иванпетров",)
    assert parse_query("Пётр-Иван").words == ("петр", "иван")


def test_numbers_in_any_script_are_numbers():
    q = parse_query("+7 (٩١٦) １２３-45-67")
    assert q.is_number and q.digits == "79161234567"
    assert not parse_query("²").is_number and parse_query("²").empty is False
