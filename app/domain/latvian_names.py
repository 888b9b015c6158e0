"""Latvian names in direct address: the vocative of a first name ("Jāni!") and the
polite form with the surname ("Bērziņa kungs", "Bērziņas kundze").

The rules (latvianstuff.com "The Vocative Case"; learninglatvian.rozentali.com "Nouns
in Vocative"; Wikipedia "Latvian name"):
- men's names end in -s/-š (1st declension), -is (2nd) or -us (3rd); a few foreign
  ones in an indeclinable -o (Ivo, Raivo, Oto). The vocative drops the final -s/-š:
  Edgars → Edgar, Mārtiņš → Mārtiņ, Jānis → Jāni, Mikus → Miku; -o stays.
- women's names end in -a or -e (4th/5th declension); their vocative is the
  nominative: Anna, Ilze.
- "kungs"/"kundze" take the surname in the genitive: 1st declension -s/-š → -a
  (Bērziņš → Bērziņa), 2nd -is → -a with the consonant before it softened as the
  2nd declension's genitive is (Lācis → Lāča, Zirnis → Zirņa), 3rd -us stays;
  feminine -a → -as, -e → -es.

There is no gender field on a member, so it is read from the endings: a man's first
name and a man's surname give "kungs", a woman's both "kundze". When they disagree or
either is not Latvian in form (Ņikita Ivanovs, John Smith, no surname) the polite form
is not guessed: ``formal_address`` returns None and the caller says the first name.
"""

from __future__ import annotations

# The 2nd declension's genitive softens the consonant(s) before -is; two-letter groups
# first. k, g, r, j and the rest stay (Andris → Andra, Kovaļevskis → Kovaļevska).
_SOFTENED = (("sn", "šņ"), ("zn", "žņ"), ("sl", "šļ"), ("zl", "žļ"), ("ln", "ļņ"),
             ("ll", "ļļ"), ("nn", "ņņ"), ("dz", "dž"), ("b", "bj"), ("c", "č"), ("d", "ž"),
             ("l", "ļ"), ("m", "mj"), ("n", "ņ"), ("p", "pj"), ("s", "š"), ("t", "š"),
             ("v", "vj"), ("z", "ž"))
_INDECLINABLE_MEN = ("o",)  # Ivo, Raivo, Gvido, Bruno, Oto


def gender(name: str) -> str | None:
    """"m" or "f" by the Latvian ending of a first name or surname; None when the
    ending says nothing (a foreign or empty name)."""
    parts = (name or "").replace("-", " ").split()
    word = parts[-1].casefold() if parts else ""
    if len(word) < 2 or not word.isalpha():
        return None
    if word.endswith(("s", "š")):
        return "m"
    if word.endswith(("a", "e")):
        return "f"
    if word.endswith(_INDECLINABLE_MEN):
        return "m"
    return None


def _keep_case(word: str, ending: str) -> str:
    return ending.upper() if word.isupper() and len(word) > 1 else ending


def _vocative_word(word: str) -> str:
    lower = word.casefold()
    if len(lower) > 2 and lower.endswith(("is", "us")):
        return word[:-1]
    if len(lower) > 2 and lower.endswith(("s", "š")):
        return word[:-1]
    return word


def vocative(first_name: str) -> str:
    """The first name as said to its bearer: Jānis → Jāni, Anna → Anna. Each part of
    a double name is turned (Jānis Pēteris → Jāni Pēteri)."""
    return " ".join(_vocative_word(word) for word in (first_name or "").split())


def _soften(stem: str) -> str:
    for plain, soft in _SOFTENED:
        if stem.casefold().endswith(plain):
            return stem[:-len(plain)] + _keep_case(stem, soft)
    return stem


def _genitive_word(word: str) -> str | None:
    lower = word.casefold()
    if len(lower) < 3 or not lower.isalpha():
        return None
    if lower.endswith("us"):
        return word
    if lower.endswith("is"):
        return _soften(word[:-2]) + _keep_case(word, "a")
    if lower.endswith(("s", "š")):
        return word[:-1] + _keep_case(word, "a")
    if lower.endswith(("a", "e")):
        return word + _keep_case(word, "s")
    return None


def genitive(surname: str) -> str | None:
    """The surname in the genitive, each part of a double one (Vīķe-Freiberga →
    Vīķes-Freibergas); None when an ending is not a Latvian one."""
    parts = [_genitive_word(part) for part in (surname or "").strip().split("-")]
    return None if None in parts else "-".join(parts)


def formal_address(first_name: str, surname: str | None) -> str | None:
    """"Bērziņa kungs" / "Bērziņas kundze", or None when the gender is not plain from
    both names (the caller then uses the first name)."""
    if not surname:
        return None
    first, last = gender(first_name), gender(surname)
    if first is None or first != last:
        return None
    owner = genitive(surname)
    if owner is None:
        return None
    return f"{owner} {'kungs' if first == 'm' else 'kundze'}"
