"""Members from another system's export: which column is which, and whether a row
can become a member. Pure: the file is read and the database asked in the services.

A row's problems are codes with English text (the UI says them in the user's
language); a *rejection* keeps the row out, a *warning* lets it in with a field left
empty (an unreadable e-mail should not cost a shop its customer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.cards import validate_card_number
from app.domain.errors import DomainError
from app.domain.languages import language_in_file
from app.domain.phones import normalise_phone

# (field key, English label). The order is the order the mapping form shows.
FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "Full name"),
    ("first_name", "First name"),
    ("patronymic", "Patronymic"),
    ("last_name", "Last name"),
    ("mobile", "Mobile phone"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("card", "Card number"),
    ("points", "Points balance"),
    ("tier", "Tier"),
    ("enrolled", "Enrolment date"),
    ("birthday", "Birthday"),
    ("notes", "Notes"),
    ("language", "Language"),
    ("consent", "Consent"),
)
FIELD_KEYS = tuple(key for key, _label in FIELDS)

# Header names seen in exports (Odoo, OpenSourcePOS, 1C-style Russian sheets, generic
# CRMs), compared after ``header_key``. The first matching column wins.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "display name", "customer", "customer name",
                  "contact", "contact name", "client", "фио", "ф и о", "клиент", "покупатель",
                  "имя и фамилия", "фамилия имя отчество", "полное имя", "наименование",
                  "participant", "участник"),
    "first_name": ("first name", "firstname", "given name", "forename", "first", "имя"),
    "patronymic": ("patronymic", "middle name", "middlename", "отчество"),
    "last_name": ("last name", "lastname", "surname", "family name", "last", "фамилия"),
    "mobile": ("mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone",
               "мобильный", "мобильный телефон", "сотовый", "сотовый телефон"),
    "phone": ("phone", "phone number", "telephone", "tel", "phone 1", "телефон",
              "номер телефона", "тел", "контактный телефон"),
    "email": ("email", "e mail", "mail", "email address", "e mail address",
              "электронная почта", "почта", "эл почта", "емейл"),
    "card": ("card", "card number", "card no", "card #", "loyalty card", "barcode",
             "account number", "номер карты", "карта", "штрихкод", "штрих код",
             "дисконтная карта", "номер дисконтной карты", "бонусная карта"),
    "points": ("points", "loyalty points", "points balance", "balance", "bonus", "bonuses",
               "bonus points", "reward points", "баллы", "бонусы", "баланс", "бонусные баллы",
               "остаток баллов", "баланс баллов"),
    "tier": ("tier", "level", "status", "membership", "membership type", "membership level",
             "loyalty level", "уровень", "статус", "уровень лояльности"),
    "enrolled": ("enrolment date", "enrollment date", "enrolled", "join date", "joined",
                 "member since", "registration date", "registered", "created on",
                 "created at", "created", "дата регистрации", "дата вступления",
                 "дата создания", "клиент с", "зарегистрирован"),
    "birthday": ("birthday", "birth date", "date of birth", "dob", "birthdate",
                 "день рождения", "дата рождения"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "internal notes",
              "заметки", "примечание", "примечания", "комментарий"),
    "language": ("language", "preferred language", "lang", "valoda", "язык",
                 "язык общения"),
    "consent": ("consent", "gdpr consent", "согласие", "согласие на обработку",
                "согласие на обработку пд"),
}

_PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский",
                    "ская", "цкий", "цкая", "ских", "ых", "их")
_TRUE = {"1", "y", "yes", "true", "да", "д", "+", "x", "on"}
_FALSE = {"0", "n", "no", "false", "нет", "н", "-", "off"}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S")
MAX_POINTS = 10_000_000


def header_key(header: str) -> str:
    """Case, ё, punctuation and spacing do not matter when a header is recognised."""
    text = (header or "").replace("\ufeff", "").casefold().replace("ё", "е")
    text = re.sub(r"[_\-.:/\\()*]+", " ", text)
    return " ".join(text.split())


def header_signature(headers: list[str]) -> str:
    """What identifies 'the same kind of file' for remembering its mapping."""
    return "|".join(header_key(h) for h in headers)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """field key -> header, from common names (RU/EN). Each column serves one field."""
    keys = [header_key(h) for h in headers]
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for fkey in FIELD_KEYS:
        for synonym in SYNONYMS[fkey]:
            hit = next((i for i, k in enumerate(keys) if k == synonym and i not in used), None)
            if hit is not None:
                mapping[fkey] = headers[hit]
                used.add(hit)
                break
    # A file with separate first and last names does not also need "Name".
    if "first_name" in mapping and "full_name" in mapping and "last_name" in mapping:
        del mapping["full_name"]
    return mapping


def check_mapping(mapping: dict[str, str], headers: list[str]) -> None:
    unknown = [f for f in mapping if f not in FIELD_KEYS]
    missing = [h for h in mapping.values() if h not in headers]
    if unknown or missing:
        raise DomainError("import_mapping_column",
                          "The mapping names a column that is not in the file: {column}.",
                          column=", ".join(unknown + missing))
    if not ({"full_name", "first_name"} & set(mapping)):
        raise DomainError("import_mapping_name", "Choose the column with the name.")
    if not ({"phone", "mobile"} & set(mapping)):
        raise DomainError("import_mapping_phone", "Choose the column with the phone.")


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str
    params: dict = field(default_factory=dict)


@dataclass
class ParsedRow:
    """One data row made ready to become (or merge into) a member."""
    row: int  # as a spreadsheet numbers it: the header is row 1
    first_name: str = ""
    patronymic: str | None = None
    last_name: str | None = None
    phone: str | None = None
    email: str | None = None
    card: str | None = None
    points: int = 0
    tier_key: str | None = None
    enrolled: date | None = None
    birthday: date | None = None
    notes: str = ""
    language: str | None = None  # ru / en / lv; None: the till's
    problems: list[Problem] = field(default_factory=list)  # reasons to reject
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.patronymic, self.last_name) if p)


def split_full_name(text: str) -> tuple[str, str | None, str | None]:
    """(first, patronymic, last) from one name cell. A patronymic is recognised by its
    ending ("Сергей Иванович Кузнецов", "Кузнецов Сергей Иванович"); two words by a
    surname ending; otherwise Cyrillic names are taken as "Фамилия Имя [Отчество]"
    (how Russian accounting exports write them) and Latin ones as "First Last"."""
    parts = text.split()
    if not parts:
        return "", None, None
    if len(parts) == 1:
        return parts[0], None, None
    ends = [p.casefold().endswith(_PATRONYMIC_ENDINGS) for p in parts]
    cyrillic = any("а" <= ch <= "я" or ch == "ё" for ch in text.casefold())
    if len(parts) == 3 and ends[2]:
        return parts[1], parts[2], parts[0]
    if len(parts) == 3 and ends[1]:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        first_is, second_is = (p.casefold().endswith(_SURNAME_ENDINGS) for p in parts)
        if first_is != second_is:
            return (parts[1], None, parts[0]) if first_is else (parts[0], None, parts[1])
        return (parts[1], None, parts[0]) if cyrillic else (parts[0], None, parts[1])
    if len(parts) == 3 and cyrillic:
        return parts[1], parts[2], parts[0]
    return parts[0], None, " ".join(parts[1:])


def parse_points(text: str) -> int:
    """Whole points: '1 250', '1250', '150.0', '150,00'. Raises ValueError otherwise."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    match = re.fullmatch(r"(\d+)(?:[.,](0+))?", cleaned)
    if match is None:
        raise ValueError(text)
    value = int(match.group(1))
    if value > MAX_POINTS:
        raise ValueError(text)
    return value


def parse_date(text: str) -> date:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_flag(text: str) -> bool | None:
    key = text.strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def tier_lookup(tiers: list[tuple[str, list[str]]]) -> dict[str, str]:
    """header_key(key or any name of a tier) -> tier key."""
    lookup: dict[str, str] = {}
    for key, names in tiers:
        for name in (key, *names):
            if name:
                lookup.setdefault(header_key(name), key)
    return lookup


def parse_row(row: int, cells: dict[str, str], region: str, tiers: dict[str, str],
              today: date) -> ParsedRow:
    """``cells``: field key -> the raw text of the mapped column (missing = not mapped)."""
    out = ParsedRow(row)
    get = lambda key: " ".join((cells.get(key) or "").split())  # noqa: E731
    _names(out, get)
    _phone(out, get("mobile"), get("phone"), region)
    _optional(out, get, tiers, today)
    consent = get("consent")
    if "consent" in cells and parse_flag(consent) is False:
        out.problems.append(Problem("import_no_consent",
                                    "No consent to processing personal data."))
    out.notes = (cells.get("notes") or "").strip()
    return out


def _names(out: ParsedRow, get) -> None:
    first, patronymic, last = get("first_name"), get("patronymic") or None, get("last_name") or None
    if not first and get("full_name"):
        f, p, ln = split_full_name(get("full_name"))
        first, patronymic, last = f, patronymic or p, last or ln
    out.first_name, out.patronymic, out.last_name = first[:100], patronymic, last
    if not first:
        out.problems.append(Problem("import_name_missing", "No name."))


def _phone(out: ParsedRow, mobile: str, phone: str, region: str) -> None:
    """The mobile first (loyalty lives on the phone customers carry), else the phone."""
    given = [p for p in (mobile, phone) if p]
    if not given:
        out.problems.append(Problem("import_phone_missing", "No phone number."))
        return
    for raw in given:
        try:
            out.phone = normalise_phone(raw, region)
            return
        except DomainError:
            continue
    out.problems.append(Problem("import_phone_invalid", "Bad phone number: {value}.",
                                {"value": given[0]}))


def _optional(out: ParsedRow, get, tiers: dict[str, str], today: date) -> None:
    email = get("email")
    if email:
        if "@" in email and "." in email.split("@")[-1] and " " not in email:
            out.email = email[:200]
        else:
            out.warnings.append(Problem("import_email_dropped",
                                        "E-mail {value} looks wrong; left empty.",
                                        {"value": email}))
    card = get("card").replace(" ", "")
    if card:
        try:
            out.card = validate_card_number(card)
        except DomainError:
            out.problems.append(Problem("import_card_invalid", "Bad card number: {value}.",
                                        {"value": card}))
    points = get("points")
    if points:
        try:
            out.points = parse_points(points)
        except ValueError:
            out.problems.append(Problem("import_points_invalid",
                                        "Bad number of points: {value}.", {"value": points}))
    tier = get("tier")
    if tier:
        out.tier_key = tiers.get(header_key(tier))
        if out.tier_key is None:
            out.problems.append(Problem("import_tier_unknown", "No such tier: {value}.",
                                        {"value": tier}))
    _language(out, get("language"))
    for key in ("enrolled", "birthday"):
        text = get(key)
        if not text:
            continue
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is None or day > today or day.year < 1900:
            out.problems.append(Problem("import_date_invalid", "Bad date: {value}.",
                                        {"value": text}))
        else:
            setattr(out, key, day)


def _language(out: ParsedRow, text: str) -> None:
    """A language the till does not speak costs the row nothing: it is left empty."""
    if not text:
        return
    out.language = language_in_file(text)
    if out.language is None:
        out.warnings.append(Problem("import_language_dropped",
                                    "Language {value} is not known; left empty.",
                                    {"value": text}))
