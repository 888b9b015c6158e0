"""Russian for the data export (app/ui/export_dialog.py, Manage → Export data…) and its
error messages (app/ui/messages.py: export_*); merged by packaging/fill_ru.py."""

RU = {
    # the menu
    "Export data…": "Выгрузка данных…",
    # the dialog
    "Export data": "Выгрузка данных",
    "All members": "Все участники",
    "All purchases": "Все покупки",
    "Points ledger (every change of points)": "Журнал баллов (каждое изменение баллов)",
    "CSV (spreadsheets, UTF-8)": "CSV (для таблиц, UTF-8)",
    "Excel workbook (XLSX)": "Книга Excel (XLSX)",
    "JSON (for other programs)": "JSON (для других программ)",
    "Choose…": "Выбрать…",
    "What": "Что",
    "Format": "Формат",
    "File": "Файл",
    "Every row is exported, in the till's local time. The file holds customers' personal "
    "data and staff notes: keep it safe. Erased members appear without their personal data.":
        "Выгружаются все строки, время — местное время кассы. В файле персональные данные "
        "покупателей и заметки сотрудников: храните его бережно. Удалённые участники "
        "выгружаются без персональных данных.",
    "Export (Enter)": "Выгрузить (Enter)",
    "Close": "Закрыть",
    "Export to": "Куда выгрузить",
    "Choose a file to write to.": "Выберите файл для записи.",
    "Exporting…": "Выгрузка…",
    "Cancel": "Отмена",
    "Exporting: %1 of %2 rows…": "Выгрузка: %1 из %2 строк…",
    "Export cancelled: no file was written.": "Выгрузка отменена: файл не записан.",
    "The export failed: %1": "Выгрузка не удалась: %1",
    # error messages
    "Choose what to export: members, purchases or ledger.":
        "Выберите, что выгружать: участников, покупки или журнал баллов.",
    "Choose the format: CSV, XLSX or JSON.": "Выберите формат: CSV, XLSX или JSON.",
    "The folder {path} does not exist.": "Папки {path} не существует.",
    "The disk is full: {path} was not written. Free some space or choose another disk.":
        "Диск заполнен: файл {path} не записан. Освободите место или выберите другой диск.",
    "No permission to write {path}: choose another folder.":
        "Нет прав на запись {path}: выберите другую папку.",
    "Could not write {path}: {reason}": "Не удалось записать {path}: {reason}",
}

RU_PLURAL = {
    "Exported %n row(s) to %1.": ("Выгружена %n строка в файл %1.",
                                  "Выгружены %n строки в файл %1.",
                                  "Выгружено %n строк в файл %1."),
}

EN_PLURAL = {
    "Exported %n row(s) to %1.": ("Exported %n row to %1.", "Exported %n rows to %1."),
}
