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
