"""Russian for issue #14's formats and dialogs: enrolment errors, unsaved changes in the
program editor, Qt's own file-chooser labels (merged by packaging/fill_ru.py)."""

RU = {
    "New status: %1!": "Новый статус: %1!",
    # enrolment: a day typed by hand
    "There is no such day: {text}. Check the day and the month.":
        "Такого дня нет: {text}. Проверьте день и месяц.",
    # Qt's own file chooser: the two labels qtbase_ru leaves in English (app/ui/qt_strings.py)
    "&Look in:": "&Папка:",
    "Files of &type:": "&Тип файлов:",
}

RU_PLURAL = {}

EN_PLURAL = {}
