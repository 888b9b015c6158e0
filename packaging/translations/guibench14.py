"""Russian for issue #14's import encoding choice (app/ui/import_dialog.py) and its error
(app/ui/messages.py: import_encoding_unknown); merged by packaging/fill_ru.py."""

RU = {
    "Encoding:": "Кодировка:",
    "Windows-1251 (Cyrillic)": "Windows-1251 (кириллица)",
    "Windows-1252 (Western European)": "Windows-1252 (западноевропейская)",
    "KOI8-R (Cyrillic)": "KOI8-R (кириллица)",
    "CP866 (DOS Cyrillic)": "CP866 (кириллица DOS)",
    "Windows-1250 (Central European)": "Windows-1250 (центральноевропейская)",
    "Windows-1257 (Baltic)": "Windows-1257 (балтийская)",
    "An Excel file carries its own encoding.": "Файл Excel сам хранит свою кодировку.",
    "Read as you chose.": "Прочитано в выбранной кодировке.",
    "Detected. If the names look wrong, choose another encoding.":
        "Определена автоматически. Если имена выглядят неправильно, выберите другую кодировку.",
    "Unknown encoding: {encoding}.": "Неизвестная кодировка: {encoding}.",
    "{file} is not there: moved, renamed or deleted? Choose it again.":
        "Файла {file} нет на месте: его переместили, переименовали или удалили? Выберите его снова.",
    "No permission to read {file}.": "Нет прав на чтение файла {file}.",
}
