"""Fill the translations into resources/translations/regulars_{ru,lv,en}.ts.

Run after `pyside6-lupdate app/ui/*.py -no-obsolete -ts resources/translations/regulars_ru.ts
resources/translations/regulars_en.ts resources/translations/regulars_lv.ts` adds new source
strings. English needs a catalogue only for plurals ("1 point", "5 points"); its other strings
are the sources. Russian and Latvian need every string: one missing is printed as
"untranslated: …" ("untranslated: (lv) …") and the exit status is 1.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

RU = {
    "New member": "Новый участник",
    "First name *": "Имя *",
    "Patronymic": "Отчество",
    "Last name": "Фамилия",
    "Phone *": "Телефон *",
    "Birthday (dd.mm.yyyy)": "День рождения (дд.мм.гггг)",
    "E-mail": "E-mail",
    "Notes": "Заметки",
    "Agrees to processing of personal data (required)":
        "Согласие на обработку персональных данных (обязательно)",
    "SMS offers": "SMS-рассылка",
    "E-mail offers": "E-mail-рассылка",
    "Welcome gift: %1 points on the new card": "Подарок: %1 баллов уже на новой карте",
    "Enrol": "Зарегистрировать",
    "Enter the date as dd.mm.yyyy, e.g. 07.03.1985.":
        "Введите дату как дд.мм.гггг, например 07.03.1985.",
    "Open this member": "Открыть этого участника",
    "Something went wrong. Nothing half-done was saved. Details are in the log.":
        "Что-то пошло не так. Ничего не сохранено наполовину. Подробности — в журнале.",
    "When": "Когда",
    "Amount": "Сумма",
    "Earned": "Начислено",
    "Redeemed": "Списано",
    "Last visits": "Последние визиты",
    "Find a member: type a name or the last digits of the phone, or scan the card.":
        "Найдите участника: наберите имя или последние цифры телефона, или отсканируйте карту.",
    "Top tier reached": "Высший статус",
    "Notes: %1": "Заметки: %1",
    "card %1": "карта %1",
    "(refunded)": "(возврат)",
    "Purchase — %1": "Покупка — %1",
    "Pay with points": "Оплатить баллами",
    "Record (Enter)": "Провести (Enter)",
    "Regulars — till": "Regulars — касса",
    "Name, last digits of the phone, or scan a card":
        "Имя, последние цифры телефона или скан карты",
    "Purchase  F5": "Покупка  F5",
    "New member  F2": "Новый участник  F2",
    "Next customer  Esc": "Следующий  Esc",
    "Nobody found. F2 enrols a new member.": "Никого не нашли. F2 — новый участник.",
    "+%1 points, balance %2": "+%1 баллов, на счёте %2",
    "🎉 New status: %1!": "🎉 Новый статус: %1!",
    "Welcome! %1 points are already on the card.": "Добро пожаловать! На карте уже %1 баллов.",
    "The amount cannot be negative.": "Сумма не может быть отрицательной.",
    "Enter the amount as a number, e.g. 1250.50.": "Введите сумму числом, например 1250,50.",
    "The amount must be more than zero.": "Сумма должна быть больше нуля.",
    "A card number is 13 digits starting with 2.": "Номер карты — 13 цифр, начинается с 2.",
    "This card number has a wrong check digit; scan it again.":
        "Неверная контрольная цифра номера карты; отсканируйте ещё раз.",
    "This card belongs to another member.": "Эта карта принадлежит другому участнику.",
    "Enter a phone number.": "Введите номер телефона.",
    "This does not look like a phone number.": "Это не похоже на номер телефона.",
    "This phone is already enrolled: {name}.": "Этот телефон уже зарегистрирован: {name}.",
    "Enter the first name.": "Введите имя.",
    "This e-mail address looks wrong.": "Адрес e-mail выглядит неверно.",
    "The birthday is in the future.": "День рождения в будущем.",
    "Consent to processing personal data is required.":
        "Нужно согласие на обработку персональных данных.",
    "Points to redeem cannot be negative.": "Баллов к списанию не может быть меньше нуля.",
    "Only {available} points are available.": "Доступно только {available} баллов.",
    "Points cannot pay more than the purchase (at most {available}).":
        "Баллами нельзя оплатить больше суммы покупки (не более {available}).",
    "No member with this card.": "Участника с такой картой нет.",
    "No such purchase.": "Такой покупки нет.",
    "Language": "Язык",
    "Edit member": "Изменить данные",
    "Save": "Сохранить",
    "Edit  F4": "Изменить  F4",
    "Pay with points  F6": "Баллами  F6",
    "Saved.": "Сохранено.",
    "The language changes when Regulars is started again.":
        "Язык сменится при следующем запуске Regulars.",
}

# Russian has three plural forms: 1 балл, 2 балла, 5 баллов.
RU_PLURAL = {
    "%n point(s)": ("%n балл", "%n балла", "%n баллов"),
    "%n visit(s)": ("%n визит", "%n визита", "%n визитов"),
    "Balance: %n point(s)": ("На счёте %n балл", "На счёте %n балла", "На счёте %n баллов"),
    "%n point(s) to %1": ("До статуса «%1» %n балл", "До статуса «%1» %n балла",
                          "До статуса «%1» %n баллов"),
    "at most %n point(s)": ("не более %n балла", "не более %n баллов", "не более %n баллов"),
    "%n found": ("Найден %n", "Найдено %n", "Найдено %n"),
    "Paid with %n point(s).": ("Оплачено %n баллом.", "Оплачено %n баллами.", "Оплачено %n баллами."),
}


EN_PLURAL = {
    "%n point(s)": ("%n point", "%n points"),
    "%n visit(s)": ("%n visit", "%n visits"),
    "Balance: %n point(s)": ("Balance: %n point", "Balance: %n points"),
    "%n found": ("%n found", "%n found"),
    "at most %n point(s)": ("at most %n point", "at most %n points"),
    "%n point(s) to %1": ("%n point to %1", "%n points to %1"),
    "Paid with %n point(s).": ("Paid with %n point.", "Paid with %n points."),
}


LV: dict[str, str] = {}  # all Latvian lives in packaging/translations/*.py (lv_*.py for the bulk)
LV_PLURAL: dict[str, tuple[str, ...]] = {}


def fill(path: Path, singular: dict, plural: dict) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = plural.get(source)
            if forms is None:
                missing.append(source)
                continue
            count = max(len(translation), 1)  # the forms lupdate made for the language
            # a language with more forms than given repeats the last: Latvian's zero
            # ("0 punkti") takes the plural's words
            forms = tuple(forms[:count]) + (forms[-1],) * (count - len(forms))
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                # %Ln, not %n: Qt writes the count as the default locale does ("2 500
                # баллов", "2,500 points"); app/ui/formats.py sets that locale at start.
                ET.SubElement(translation, "numerusform").text = form.replace("%n", "%Ln")
        elif source in singular:
            translation.text = singular[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _more() -> None:
    """Each screen may keep its strings in packaging/translations/<area>.py, defining any
    of RU, RU_PLURAL, LV, LV_PLURAL, EN_PLURAL; they are merged here."""
    import importlib.util
    for path in sorted((Path(__file__).parent / "translations").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"translations_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        RU.update(getattr(module, "RU", {}))
        RU_PLURAL.update(getattr(module, "RU_PLURAL", {}))
        LV.update(getattr(module, "LV", {}))
        LV_PLURAL.update(getattr(module, "LV_PLURAL", {}))
        EN_PLURAL.update(getattr(module, "EN_PLURAL", {}))


def main() -> int:
    _more()
    missing = fill(TRANSLATIONS / "regulars_ru.ts", RU, RU_PLURAL)
    missing_lv = fill(TRANSLATIONS / "regulars_lv.ts", LV, LV_PLURAL)
    fill(TRANSLATIONS / "regulars_en.ts", {}, EN_PLURAL)  # English sources stand as they are
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    for source in missing_lv:
        print(f"untranslated: (lv) {source}", file=sys.stderr)
    return 1 if missing or missing_lv else 0


if __name__ == "__main__":
    raise SystemExit(main())
