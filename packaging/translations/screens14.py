"""Russian for issue #14's formats and dialogs: enrolment errors, unsaved changes in the
program editor, Qt's own file-chooser labels (merged by packaging/fill_ru.py)."""

RU = {
    "New status: %1!": "Новый статус: %1!",
    # till: the search box's placeholder, short enough to show whole at 1366x768
    "Name, phone or card": "Имя, телефон или карта",
    # glyphs the stock fonts may lack (✓ ✗ ⚠ 🎉) gave way to words
    "Said it": "Сказано",
    "Re-run matches: the same members took part and the same winners were drawn.":
        "Повтор совпадает: те же участники и те же победители.",
    "Re-run does not match: %1": "Повтор не совпадает: %1",
    # program editor: leaving with unsaved changes
    "The program has unsaved changes. Save them?":
        "В программе есть несохранённые изменения. Сохранить их?",
    # enrolment: a day typed by hand
    "There is no such day: {text}. Check the day and the month.":
        "Такого дня нет: {text}. Проверьте день и месяц.",
    # Qt's own file chooser: the two labels qtbase_ru leaves in English (app/ui/qt_strings.py)
    "&Look in:": "&Папка:",
    "Files of &type:": "&Тип файлов:",
    "Folder": "Папка",
    "File Folder": "Папка с файлами",
    "Drive": "Диск",
}

RU_PLURAL = {
    "Welcome! %n point(s) already on the card.": (
        "Добро пожаловать! На карте уже %n балл.", "Добро пожаловать! На карте уже %n балла.",
        "Добро пожаловать! На карте уже %n баллов."),
    "Welcome gift: %n point(s) on the new card": (
        "Подарок: %n балл уже на новой карте", "Подарок: %n балла уже на новой карте",
        "Подарок: %n баллов уже на новой карте"),
    "+%n point(s), balance %1": ("+%n балл, на счёте %1", "+%n балла, на счёте %1",
                                 "+%n баллов, на счёте %1"),
}

EN_PLURAL = {
    "Welcome! %n point(s) already on the card.": (
        "Welcome! %n point is already on the card.", "Welcome! %n points are already on the card."),
    "Welcome gift: %n point(s) on the new card": (
        "Welcome gift: %n point on the new card", "Welcome gift: %n points on the new card"),
    "+%n point(s), balance %1": ("+%n point, balance %1", "+%n points, balance %1"),
}
