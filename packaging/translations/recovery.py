"""Russian for storage failures at the till, backups and restore, and the offer to
restore a damaged database at start (app/ui/messages.py: storage_*, backup_*;
app/ui/backup_dialog.py, app/ui/recovery.py); merged by packaging/fill_ru.py."""

RU = {
    "The disk is full: nothing was saved. Free some space and try again.":
        "Диск переполнен: ничего не сохранено. Освободите место и повторите.",
    "The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive.":
        "В базу данных нельзя записать (она только для чтения): ничего не сохранено. "
        "Попросите владельца проверить файл или диск.",
    "The database file is damaged: nothing was saved. Ask the owner to restore the latest backup.":
        "Файл базы данных повреждён: ничего не сохранено. Попросите владельца восстановить "
        "последнюю резервную копию.",
    "The database is busy with another till: nothing was saved. Try again in a moment.":
        "База данных занята другой кассой: ничего не сохранено. Повторите через минуту.",
    "The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner.":
        "Не удалось прочитать или записать базу данных (ошибка диска или сети): ничего не "
        "сохранено. Повторите; если ошибка не уйдёт, позовите владельца.",
}
