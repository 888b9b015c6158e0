"""Russian for importing members from another system (app/ui/import_dialog.py, the
Manage menu entry, and the import_* messages in app/ui/messages.py); merged by
packaging/fill_ru.py."""

RU = {
    # the menu and the dialog
    "Import members…": "Импорт участников…",
    "Import members": "Импорт участников",
    "Full name": "ФИО",
    "First name": "Имя",
    "Mobile phone": "Мобильный телефон",
    "Phone": "Телефон",
    "Card number": "Номер карты",
    "Points balance": "Баланс баллов",
    "Enrolment date": "Дата регистрации",
    "Consent": "Согласие",
    "Choose file…": "Выбрать файл…",
    "A CSV or XLSX file exported from the old system.":
        "Файл CSV или XLSX, выгруженный из прежней системы.",
    "First rows of the file": "Первые строки файла",
    "Which column is which": "Какой столбец что содержит",
    "How": "Как импортировать",
    "Skip them": "Пропустить",
    "Merge: fill empty fields, add the points once":
        "Объединить: заполнить пустые поля, баллы добавить один раз",
    "All or nothing: one bad row stops the import":
        "Всё или ничего: одна ошибочная строка останавливает импорт",
    "Valid rows only: leave the rejected rows out":
        "Только верные строки: отклонённые не загружать",
    "Already a member (same phone or card):": "Уже участник (тот же телефон или карта):",
    "Rows with problems:": "Строки с ошибками:",
    "Check (dry run)": "Проверить (пробный прогон)",
    "Import": "Импортировать",
    "Check the file first: nothing is saved until you import.":
        "Сначала проверьте файл: до импорта ничего не сохраняется.",
    "Dry run report": "Отчёт проверки",
    "Row": "Строка",
    "Choose the export file": "Выберите файл выгрузки",
    "Tables (*.csv *.txt *.xlsx);;All files (*)": "Таблицы (*.csv *.txt *.xlsx);;Все файлы (*)",
    "— not in the file —": "— нет в файле —",
    "Checking the rows…": "Проверяем строки…",
    "Importing members…": "Импортируем участников…",
    "The import failed and nothing was saved: %1": "Импорт не удался, ничего не сохранено: %1",
    "All or nothing would refuse: choose 'valid rows only' or fix the file.":
        "В режиме «всё или ничего» импорт не пройдёт: выберите «только верные строки» "
        "или исправьте файл.",
    "Done.": "Готово.",
    "Would import %1, merge %2, skip %3, reject %4; opening points %5.":
        "Будет добавлено: %1, объединено: %2, пропущено: %3, отклонено: %4; "
        "начальных баллов: %5.",
    "Imported %1, merged %2, skipped %3, rejected %4; opening points %5.":
        "Добавлено: %1, объединено: %2, пропущено: %3, отклонено: %4; начальных баллов: %5.",
    "import": "добавить",
    "merge": "объединить",
    "skip": "пропустить",
    "reject": "отклонить",
    # the reasons (app/ui/messages.py)
    "The mapping names a column that is not in the file: {column}.":
        "В сопоставлении указан столбец, которого нет в файле: {column}.",
    "Choose the column with the name.": "Укажите столбец с именем.",
    "Choose the column with the phone.": "Укажите столбец с телефоном.",
    "Cannot read {file}: {error}.": "Не удаётся прочитать {file}: {error}.",
    "{file} has no header row.": "В файле {file} нет строки заголовков.",
    "The import was cancelled; nothing was saved.": "Импорт отменён, ничего не сохранено.",
    "Duplicates are merged or skipped.": "Повторы можно объединить или пропустить.",
    "No name.": "Нет имени.",
    "No phone number.": "Нет телефона.",
    "Bad phone number: {value}.": "Неверный телефон: {value}.",
    "Bad card number: {value}.": "Неверный номер карты: {value}.",
    "Bad number of points: {value}.": "Неверное число баллов: {value}.",
    "No such tier: {value}.": "Нет такого статуса: {value}.",
    "Bad date: {value}.": "Неверная дата: {value}.",
    "No consent to processing personal data.": "Нет согласия на обработку персональных данных.",
    "E-mail {value} looks wrong; left empty.": "E-mail {value} с ошибкой, оставлен пустым.",
    "The phone and the card belong to two different members.":
        "Телефон и карта принадлежат двум разным участникам.",
    "Already a member (same phone or card).": "Уже участник (тот же телефон или карта).",
    "Same person as row {row}.": "Тот же человек, что в строке {row}.",
    "Opening points were imported for this member before; not added again.":
        "Начальные баллы этому участнику уже загружались; повторно не добавлены.",
}

RU_PLURAL = {
    "%1 (%2): %n row(s)": ("%1 (%2): %n строка", "%1 (%2): %n строки", "%1 (%2): %n строк"),
    "Nothing was imported: %n row(s) rejected.": (
        "Ничего не загружено: отклонена %n строка.", "Ничего не загружено: отклонены %n строки.",
        "Ничего не загружено: отклонено %n строк."),
}

EN_PLURAL = {
    "%1 (%2): %n row(s)": ("%1 (%2): %n row", "%1 (%2): %n rows"),
    "Nothing was imported: %n row(s) rejected.": ("Nothing was imported: %n row rejected.",
                                                  "Nothing was imported: %n rows rejected."),
}
