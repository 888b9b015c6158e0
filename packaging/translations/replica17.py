"""Russian for the till's local copy of the shop's server (issue #17, merged by
packaging/fill_ru.py)."""

RU = {
    # app/ui/replica_keeper.py: the first copy's progress window
    "Local copy": "Локальная копия",
    "Copying the shop's members to this till,\nso it can serve while the server is "
    "away: %1 of %2":
        "Копируем участников магазина на эту кассу,\nчтобы она работала и без сервера: "
        "%1 из %2",
}
