"""Russian for data safety (issue #14): the offer to restore when the database file is
empty at start (app/ui/recovery.py); merged by packaging/fill_ru.py."""

RU = {
    "The shop's database file is empty (0 bytes): the shop's data is not in it.":
        "Файл базы данных магазина пуст (0 байт): данных магазина в нём нет.",
    "The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The empty file is kept.":
        "Последняя исправная копия сделана %1 (участников: %2; только что проверена). "
        "Восстановить её? Всё записанное после неё придётся внести заново. Пустой файл "
        "сохранится.",
}
