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
    # backups and restore (app/ui/backup_dialog.py, the Manage menu)
    "Backups…": "Резервные копии…",
    "Backups here are of the SQLite file; back up a PostgreSQL server with pg_dump.":
        "Здесь копируется файл SQLite; сервер PostgreSQL копируйте через pg_dump.",
    "The backup could not be written: {detail}": "Не удалось записать резервную копию: {detail}",
    "This file cannot be restored: {detail}": "Этот файл нельзя восстановить: {detail}",
    "This file cannot be restored: %1": "Этот файл нельзя восстановить: %1",
    "Backups": "Резервные копии",
    "A verified copy is made at start and every day, and before every upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.":
        "Проверенная копия делается при запуске, каждый день и перед каждым обновлением; "
        "хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий. Держите папку на "
        "другом диске (флешке, сетевой папке), чтобы отказ одного диска не унёс и данные, и копии.",
    "Change folder…": "Сменить папку…",
    "Folder:": "Папка:",
    "Taken": "Сделана",
    "Why": "Почему",
    "Size": "Размер",
    "Back up now": "Сделать копию сейчас",
    "Restore the selected backup…": "Восстановить выбранную копию…",
    "Restore from a file…": "Восстановить из файла…",
    "Scheduled or on demand": "По расписанию или вручную",
    "Before an upgrade": "Перед обновлением",
    "Data as it was before a restore": "Данные до восстановления",
    "Damaged file kept before a restore": "Повреждённый файл, сохранённый перед восстановлением",
    "Where to keep backups": "Где хранить резервные копии",
    "Backed up and verified: %1": "Копия сделана и проверена: %1",
    "Restore from a file": "Восстановить из файла",
    "Regulars backups (*.sqlite3)": "Резервные копии Regulars (*.sqlite3)",
    "Replace all current data with the backup of %1?\n\nMembers, purchases, the program, staff and PINs become what they were then; anything recorded since is set aside. A copy of the current data is kept first, so this can be undone. Everyone will have to sign in again.":
        "Заменить все текущие данные копией от %1?\n\nУчастники, покупки, программа, "
        "сотрудники и их ПИН-коды станут такими, какими были тогда; всё записанное позже "
        "будет отложено. Сначала сохраняется копия текущих данных, так что это можно "
        "отменить. Всем придётся войти заново.",
    "Restore": "Восстановление",
    "Restored from %1.": "Восстановлено из копии %1.",
    "The data as it was just before is kept as %1.": "Данные, какими они были перед этим, сохранены как %1.",
    "Sign in again to continue.": "Чтобы продолжить, войдите снова.",
    # a damaged database at start (app/ui/recovery.py)
    "The shop's database cannot be read: the file is damaged.":
        "Базу данных магазина не удаётся прочитать: файл повреждён.",
    "The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The damaged file is kept.":
        "Последняя исправная копия сделана %1 (участников: %2; только что проверена). "
        "Восстановить её? Всё записанное после неё придётся внести заново. "
        "Повреждённый файл сохранится.",
    "No good backup was found beside the database or in the backup folder. If you have one (a USB stick, a share), choose it. Nothing has been changed.":
        "Исправной резервной копии нет ни рядом с базой, ни в папке копий. Если копия есть "
        "у вас (на флешке, в сетевой папке), выберите её. Ничего не изменено.",
    "Restore the latest backup": "Восстановить последнюю копию",
    "Choose a backup file…": "Выбрать файл копии…",
    "Quit": "Выйти",
    "Choose a backup file": "Выберите файл копии",
    "Regulars backups (*.sqlite3);;All files (*)": "Резервные копии Regulars (*.sqlite3);;Все файлы (*)",
    # an import meets a lost card's number (app/services/importer.py)
    "This card number was replaced after a loss; leave the card empty and a new number is issued.":
        "Этот номер карты заменён после утери; оставьте карту пустой — будет выдан новый номер.",
}
