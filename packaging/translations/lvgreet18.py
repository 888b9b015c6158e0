"""Russian and Latvian for the member's own language (issue #18, lvgreet: the choice in
the enrol/edit dialog, the import's language column and their messages; merged by
packaging/fill_ru.py; LV for the Latvian catalogue)."""

RU = {
    # app/ui/enrol_dialog.py: the language the greeting and the customer display speak
    "Speak to them in": "Язык общения",
    "The till's language": "Язык кассы",
    # app/ui/import_dialog.py: the column of another system's export
    "Language": "Язык",
    # app/ui/messages.py
    "Choose Russian, English or Latvian, or leave it empty for the till's language.":
        "Выберите русский, английский или латышский или оставьте пустым: язык кассы.",
    "Language {value} is not known; left empty.":
        "Язык «{value}» не известен; оставлено пустым.",
}

LV = {
    "Speak to them in": "Saziņas valoda",
    "The till's language": "Kases valoda",
    "Language": "Valoda",
    "Choose Russian, English or Latvian, or leave it empty for the till's language.":
        "Izvēlieties krievu, angļu vai latviešu valodu vai atstājiet tukšu: kases valoda.",
    "Language {value} is not known; left empty.":
        "Valoda «{value}» nav zināma; atstāts tukšs.",
}
