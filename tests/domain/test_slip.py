"""The slip's layout and words, without a database."""

from datetime import date, datetime

from app.domain.slip import SlipFacts, compose_slip, trial_slip
from app.domain.slip_words import points


def facts(**kw):
    base = dict(name="Константин Константинович", at=datetime(2026, 12, 5, 9, 5),
                receipt_number="000123", amount_minor=1_234_567, currency="EUR",
                points_earned=1234, points_redeemed=0, balance=12_345, tier_name="Волк",
                next_tier_name="Лев", points_to_next=42, expiring_points=100,
                expiring_on=date(2027, 1, 31), stamps=(("Кофейная карта", 5, 6),),
                shop_line="Спасибо, что выбираете нас — Лавка, Рига")
    base.update(kw)
    return SlipFacts(**base)


def test_latvian_points_agree_with_the_number():
    assert [points(n, "lv").replace("\u00a0", " ")
            for n in (1, 2, 9, 10, 11, 19, 21, 22, 1500)] == [
        "1 punkts", "2 punkti", "9 punkti", "10 punktu", "11 punktu", "19 punktu",
        "21 punkts", "22 punkti", "1 500 punktu"]


def test_no_line_is_wider_than_the_paper_and_long_words_wrap():
    for width in (32, 48):
        slip = compose_slip(facts(), width, "ru")
        lines = slip.text().splitlines()
        assert all(len(line) <= width for line in lines), lines
        assert "До статуса «Лев»: 42 балла" in lines
    wide = compose_slip(facts(), 48, "ru").text().splitlines()
    assert "Баллы сгорят 31.01.2027: 100 баллов" in wide
    narrow = compose_slip(facts(), 32, "ru").text().splitlines()
    assert narrow[:2] == ["Спасибо за покупку, Константин".center(32).rstrip(),
                          "Константинович!".center(32).rstrip()]
    i = narrow.index("Баллы сгорят 31.01.2027:")
    assert narrow[i + 1] == "100 баллов"  # the number never leaves its noun
    assert narrow[-2:] == ["Спасибо, что выбираете нас —".center(32).rstrip(),
                           "Лавка, Рига".center(32).rstrip()]


def test_a_label_and_a_value_too_long_for_one_line_take_two():
    slip = compose_slip(facts(tier_name="Самый преданный покупатель"), 32, "ru")
    lines = slip.text().splitlines()
    i = lines.index("Статус")
    assert lines[i + 1] == "Самый преданный покупатель".rjust(32)


def test_styles_mark_the_title_the_balance_and_the_rules():
    slip = compose_slip(facts(), 48, "en")
    styles = {line.text.split()[0]: line.style for line in slip.lines if line.text.strip()}
    assert styles["Thank"] == "title" and styles["Balance"] == "bold"
    assert [line.style for line in slip.lines].count("rule") == 2
    assert "Balance" + "12,345 points".rjust(41) in slip.text().splitlines()


def test_a_language_the_slip_does_not_speak_is_english():
    assert compose_slip(facts(), 32, "de").lang == "en"


def test_the_trial_slip_carries_cyrillic_and_latvian_letters():
    text = trial_slip("Lavka, Rīga", 48, "lv").text()
    assert "Izmēģinājuma čeks" in text and "Jānis Bērziņš" in text and "Ирина" in text
