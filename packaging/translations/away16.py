"""Russian for the shop's server being away (issue #16, merged by packaging/fill_ru.py)."""

RU = {
    # services/storage.py through app/ui/messages.py: a unit of work found the server away
    "The shop's server does not answer; nothing was saved. Retrying…":
        "Сервер магазина не отвечает; ничего не сохранено. Пробуем снова…",
    # the till window's line while the probe keeps asking (app/ui/server_watch.py)
    "Server not answering — retrying…": "Сервер не отвечает — пробуем снова…",
    # the till's start (app/ui/reconnect_dialog.py)
    "Connecting to the shop's server at %1… attempt %2":
        "Подключение к серверу магазина %1… попытка %2",
    "Retry now": "Повторить сейчас",
}
