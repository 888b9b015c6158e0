"""Latvian names in direct address, checked on a table of real Latvian names.

Sources for the expected forms:
- the vocative: latvianstuff.com/Vocative.html ("Jāni!", "Aivar!", "Zane!": 2nd
  declension -is → -i, 1st declension drops -s/-š, women's names stay as they are);
  learninglatvian.rozentali.com/2011/01/nouns-in-vocative/ (1st declension "Tēv!",
  "Vēj!"); Wikipedia "Latvian name" (men's names in -s/-š, -is, -us and an
  indeclinable -o such as Ivo; women's in -a/-e; "Jāni" for Jānis).
- the genitive with kungs/kundze: the 2nd declension's softened consonant before -a
  (the palatalisation table b→bj, c→č, d→ž, l→ļ, n→ņ, s→š, t→š, z→ž…, e.g.
  studfile.net/preview/7016899/page:3), checked against genitives printed in Riga's
  street names and public usage: Krišjāņa Barona iela, Kārļa Ulmaņa gatve, Ojāra
  Vācieša iela, Raimonda Paula, Imanta Ziedoņa, Vairas Vīķes-Freibergas.
"""

import pytest

from app.domain.latvian_names import formal_address, gender, genitive, vocative

# first name, surname, vocative, the polite form (None: not guessed, the first name is said)
NAMES = [
    ("Jānis", "Bērziņš", "Jāni", "Bērziņa kungs"),
    ("Pēteris", "Kalniņš", "Pēteri", "Kalniņa kungs"),
    ("Andris", "Ozoliņš", "Andri", "Ozoliņa kungs"),
    ("Kārlis", "Ulmanis", "Kārli", "Ulmaņa kungs"),
    ("Juris", "Ozols", "Juri", "Ozola kungs"),
    ("Ainārs", "Krūmiņš", "Ainār", "Krūmiņa kungs"),
    ("Edgars", "Lācis", "Edgar", "Lāča kungs"),
    ("Mārtiņš", "Zariņš", "Mārtiņ", "Zariņa kungs"),
    ("Mikus", "Vītols", "Miku", "Vītola kungs"),
    ("Raimonds", "Pauls", "Raimond", "Paula kungs"),
    ("Krišjānis", "Barons", "Krišjāni", "Barona kungs"),
    ("Ojārs", "Vācietis", "Ojār", "Vācieša kungs"),
    ("Imants", "Ziedonis", "Imant", "Ziedoņa kungs"),
    ("Ingus", "Briedis", "Ingu", "Brieža kungs"),
    ("Aivars", "Lembergs", "Aivar", "Lemberga kungs"),
    ("Valdis", "Zatlers", "Valdi", "Zatlera kungs"),
    ("Kristaps", "Porziņģis", "Kristap", "Porziņģa kungs"),
    ("Guntis", "Ulmanis", "Gunti", "Ulmaņa kungs"),
    ("Ivo", "Grīns", "Ivo", "Grīna kungs"),
    ("Andrejs", "Kovaļevskis", "Andrej", "Kovaļevska kungs"),
    ("Anna", "Bērziņa", "Anna", "Bērziņas kundze"),
    ("Līga", "Kalniņa", "Līga", "Kalniņas kundze"),
    ("Ilze", "Ozola", "Ilze", "Ozolas kundze"),
    ("Inese", "Liepiņa", "Inese", "Liepiņas kundze"),
    ("Kristīne", "Krūmiņa", "Kristīne", "Krūmiņas kundze"),
    ("Vaira", "Vīķe-Freiberga", "Vaira", "Vīķes-Freibergas kundze"),
    ("Laimdota", "Straujuma", "Laimdota", "Straujumas kundze"),
    ("Zane", "Lāce", "Zane", "Lāces kundze"),
    ("Sandra", "Kalniete", "Sandra", "Kalnietes kundze"),
    ("Elīna", "Garanča", "Elīna", "Garančas kundze"),
    ("Inga", "Briede", "Inga", "Briedes kundze"),
    ("Olga", "Ivanova", "Olga", "Ivanovas kundze"),
    # the names disagree or are not Latvian in form: no kungs/kundze is guessed
    ("Juris", "Liepa", "Juri", None),  # a man's surname in -a (4th declension)
    ("Ņikita", "Ivanovs", "Ņikita", None),  # a man's name in -a
    ("John", "Smith", "John", None),
    ("Anna", None, "Anna", None),
]


@pytest.mark.parametrize("first,last,said,polite", NAMES)
def test_vocative_and_polite_form(first, last, said, polite):
    assert vocative(first) == said
    assert formal_address(first, last) == polite


def test_the_table_has_thirty_real_names_of_men_and_women():
    polite = [p for *_, p in NAMES if p]
    assert len(polite) >= 30
    assert sum(p.endswith("kungs") for p in polite) >= 15
    assert sum(p.endswith("kundze") for p in polite) >= 10


def test_a_double_first_name_turns_each_part_and_capitals_stay():
    assert vocative("Jānis Pēteris") == "Jāni Pēteri"
    assert vocative("JĀNIS") == "JĀNI"
    assert genitive("BĒRZIŅŠ") == "BĒRZIŅA"
    assert vocative("  ") == ""


@pytest.mark.parametrize("name,expected", [("Jānis", "m"), ("Mārtiņš", "m"), ("Mikus", "m"),
                                           ("Oto", "m"), ("Anna", "f"), ("Ilze", "f"),
                                           ("Smith", None), ("", None), ("J.", None)])
def test_gender_from_the_ending(name, expected):
    assert gender(name) == expected


def test_a_surname_with_no_latvian_ending_has_no_genitive():
    assert genitive("Smith") is None
    assert genitive("Li") is None
    assert formal_address("Jānis", "O'Brien") is None
