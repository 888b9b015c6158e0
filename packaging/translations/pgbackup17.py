"""Russian for backups of a shop's PostgreSQL server (app/ui/backup_dialog.py, and the
message a restore over the server gets, app/ui/messages.py); merged by
packaging/fill_ru.py."""

RU = {
    "These are backups of the shop's server. The daily one is made by the till that does "
    "the shop's upkeep, into its own folder. A backup is restored into a new, empty "
    "database, never over the one the tills are using:\n%1\n(FILE is the backup), then "
    "point each till at the new database.":
        "Это копии сервера магазина. Ежедневную делает касса, которая выполняет "
        "обслуживание магазина, — в свою папку. Копия восстанавливается в новую, пустую "
        "базу данных, а не поверх той, с которой работают кассы:\n%1\n(FILE — файл "
        "копии), затем укажите каждой кассе новую базу.",
    "The shop's server is not restored over itself while tills are connected to it: "
    "restore into a new, empty database ({command}) and point the tills at it.":
        "Сервер магазина не восстанавливается поверх себя, пока к нему подключены кассы: "
        "восстановите копию в новую, пустую базу данных ({command}) и укажите кассам её.",
}
