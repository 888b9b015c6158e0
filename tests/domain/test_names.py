import pytest

from app.domain.names import full_name, normalise_text, search_key


def test_case_and_yo_fold():
    assert normalise_text("ЕЛЕНА") == normalise_text("елёна") == "елена"


def test_spaces_collapse():
    assert normalise_text("  Анна   Мария \t Петрова ") == "анна мария петрова"


@pytest.mark.parametrize("a,b", [("José", "jose"), ("Zoë", "zoe"), ("STRAßE", "strasse"), ("Ёлкин", "елкин")])
def test_accents_fold(a, b):
    assert normalise_text(a) == normalise_text(b)


def test_empty():
    assert normalise_text("") == "" and normalise_text(None) == ""


def test_different_names_stay_different():
    assert normalise_text("Елена") != normalise_text("Елизавета")


def test_full_name_skips_missing_parts():
    assert full_name("Иван", "Иванович", None) == "Иван Иванович"
    assert full_name("Jane", None, "Doe") == "Jane Doe"


def test_search_key_is_normalised_last_first_patronymic():
    assert search_key("Елёна", "Петровна", "СМИРНОВА") == "смирнова елена петровна"
