import pytest

from app.domain.numbers import grouped, plural_ru, points_phrase


def test_points_are_grouped_as_the_language_writes_them():
    assert points_phrase(2500, "ru") == "2\u00a0500 баллов"
    assert points_phrase(2500, "en") == "2,500 points"
    assert points_phrase(1_000_001, "ru") == "1\u00a0000\u00a0001 балл"
    assert points_phrase(1, "en") == "1 point"
    assert points_phrase(999, "ru") == "999 баллов"
    assert grouped(-12345, "en") == "-12,345"


def test_russian_plural_follows_the_last_digits():
    words = [plural_ru(n, "балл", "балла", "баллов") for n in (1, 2, 5, 11, 21, 112, 3703)]
    assert words == ["балл", "балла", "баллов", "баллов", "балл", "баллов", "балла"]


# Latvian plural as Unicode CLDR's plural rules for "lv" have it (one: ends in 1 but not
# 11; zero: ends in 0 or in 11-19, the genitive plural "punktu"; other: the rest).
@pytest.mark.parametrize("n,said", [
    (0, "0 punktu"), (1, "1 punkts"), (2, "2 punkti"), (9, "9 punkti"), (10, "10 punktu"),
    (11, "11 punktu"), (15, "15 punktu"), (19, "19 punktu"), (20, "20 punktu"),
    (21, "21 punkts"), (22, "22 punkti"), (31, "31 punkts"), (100, "100 punktu"),
    (101, "101 punkts"), (111, "111 punktu"), (144, "144 punkti"),
    (1001, "1001 punkts"), (2500, "2500 punktu"), (12_500, "12\u00a0500 punktu"),
    (-21, "-21 punkts"),
])
def test_latvian_points_words(n, said):
    assert points_phrase(n, "lv") == said
