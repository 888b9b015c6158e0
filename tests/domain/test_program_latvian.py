"""The program's names, rewards, perks and phrases in Latvian beside Russian and English."""

import pytest

from app.domain.errors import DomainError, ValidationErrors
from app.domain.gifts import compose
from app.domain.program import Program
from app.services.context import load_program


def _tier(name: dict) -> dict:
    return {"key": "bunny", "name": name, "threshold": 0, "earn_percent": 3}


def test_the_shipped_program_speaks_latvian():
    program = load_program()
    assert [t.name("lv") for t in program.tiers] == ["Zaķītis", "Vilks", "Lauva"]
    assert [t.perks_text("lv") for t in program.tiers] == [
        "", "Lielāka kafijas porcija bez maksas",
        "Apkalpošana bez rindas, lielāka porcija bez maksas, iepirkumu maisiņš dāvanā"]
    assert [c.name("lv") for c in program.categories] == ["Kafija", "Maizes izstrādājumi"]
    card = program.stamp_cards[0]
    assert (card.name("lv"), card.reward_text("lv")) == ("Kafijas karte", "septītā kafija dāvanā")
    assert program.causes[0].name("lv") == "Dzīvnieku patversme “Uzticamais draugs”"
    assert compose(program.phrases, "gift", "lv", "Jāni", "kafija") == (
        "Jāni, šī ir mūsu dāvana jums: kafija!")
    assert program.phrases["long_wait"]["lv"] == (
        "{name}, atvainojiet, ka jums bija jāgaida. {points} jūsu kartē — mūsu dāvana jums.")
    assert sorted(program.phrases) == ["apology", "gift", "gift_points", "long_wait"]
    assert all(set(p) == {"ru", "en", "lv"} for p in program.phrases.values())


def test_latvian_is_kept_through_saving_and_english_stands_in_without_it():
    program = Program.from_dict({"tiers": [_tier({"ru": "Зайка", "en": "Bunny", "lv": "Zaķītis"})],
                                 "phrases": {"gift": {"ru": "{name}!", "en": "{name}!",
                                                      "lv": "{name}, dāvana!", "de": "{name}"}}})
    again = Program.from_dict(program.to_dict())
    assert again.tiers[0].names == {"ru": "Зайка", "en": "Bunny", "lv": "Zaķītis"}
    assert again.phrases["gift"] == {"ru": "{name}!", "en": "{name}!", "lv": "{name}, dāvana!"}
    plain = Program.from_dict({"tiers": [_tier({"ru": "Зайка", "en": "Bunny", "lv": " "})],
                               "phrases": {"gift": {"ru": "{name}!", "en": "{name}!", "lv": ""}}})
    assert plain.tiers[0].name("lv") == "Bunny"
    assert plain.phrases["gift"] == {"ru": "{name}!", "en": "{name}!"}


def test_latvian_alone_is_not_enough_and_its_phrase_is_checked():
    with pytest.raises(DomainError) as caught:
        Program.from_dict({"tiers": [_tier({"lv": "Zaķītis"})]})
    assert (caught.value.code, caught.value.field) == ("program_name_missing", "tiers.0.name")
    with pytest.raises(ValidationErrors) as many:
        Program.from_dict({"tiers": [_tier({"ru": "Зайка", "en": "Bunny"})],
                           "phrases": {"gift": {"ru": "{name}!", "en": "{name}!",
                                                "lv": "{vards}, dāvana!"},
                                       "apology": {"ru": "{", "en": "{name}"}}})
    assert [(p.code, p.field) for p in many.value.errors] == [
        ("phrase_placeholder", "phrases.gift.lv"), ("phrase_braces", "phrases.apology.ru")]
