"""Russian for backups of a shop's PostgreSQL server (app/ui/backup_dialog.py, and the
message a restore over the server gets, app/ui/messages.py); merged by
packaging/fill_ru.py."""

RU = {
    "A verified copy of the shop's server (pg_dump) is made every day; 7 daily, 4 weekly "
    "and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a "
    "network share) so a failed disk does not take both.":
        "Проверенная копия сервера магазина (pg_dump) делается каждый день; хранятся 7 "
        "ежедневных, 4 еженедельных и 12 ежемесячных копий. Держите папку на другом диске "
        "(флешке, сетевой папке), чтобы отказ одного диска не унёс и данные, и копии.",
    "The daily copy is made by the till that does the shop's upkeep, into its own folder. "
    "A copy is restored into a new, empty database, never over the one the tills are "
    "using; then each till is pointed at it. To restore, run (FILE is the copy):":
        "Ежедневную копию делает касса, которая выполняет обслуживание магазина, — в свою "
        "папку. Копия восстанавливается в новую, пустую базу данных, а не поверх той, с "
        "которой работают кассы; затем каждой кассе указывают новую базу. Чтобы "
        "восстановить, выполните (FILE — файл копии):",
    "The shop's server is not restored over itself while tills are connected to it: "
    "restore into a new, empty database ({command}) and point the tills at it.":
        "Сервер магазина не восстанавливается поверх себя, пока к нему подключены кассы: "
        "восстановите копию в новую, пустую базу данных ({command}) и укажите кассам её.",
}
