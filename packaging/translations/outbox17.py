"""Russian for selling while the shop's server is away (issue #17, merged by
packaging/fill_ru.py)."""

RU = {
    # app/ui/offline_status.py: the till's line
    "Offline since %1": "Без сервера с %1",
    "All sent": "Всё отправлено",
    # app/ui/offline_aside.py: Manage → Sales set aside
    "Sales set aside": "Отложенные продажи",
    "What": "Что",
    "Why": "Почему",
    "Sale": "Продажа",
    "Enrolment": "Регистрация",
    "Nothing set aside: every sale reached the server.":
        "Отложенных нет: все продажи дошли до сервера.",
    # app/ui/messages.py: the offline redemption policy
    "Paying with points waits until the shop's server answers again.":
        "Оплата баллами — когда сервер магазина снова ответит.",
    "While the server is away, at most {limit} points a day: {left} left today.":
        "Пока сервер не отвечает — не более {limit} баллов в день: сегодня осталось {left}.",
}
RU_PLURAL = {
    "%n sale(s) waiting to be sent": ("%n продажа ждёт отправки", "%n продажи ждут отправки",
                                      "%n продаж ждут отправки"),
    "%n sale(s) set aside for a manager": ("%n продажа отложена для менеджера",
                                           "%n продажи отложены для менеджера",
                                           "%n продаж отложены для менеджера"),
    "%n sale(s) the server refused; settle them by hand.": (
        "Сервер не принял %n продажу; разберите её вручную.",
        "Сервер не принял %n продажи; разберите их вручную.",
        "Сервер не принял %n продаж; разберите их вручную."),
}
EN_PLURAL = {
    "%n sale(s) waiting to be sent": ("%n sale waiting to be sent", "%n sales waiting to be sent"),
    "%n sale(s) set aside for a manager": ("%n sale set aside for a manager",
                                           "%n sales set aside for a manager"),
    "%n sale(s) the server refused; settle them by hand.": (
        "%n sale the server refused; settle it by hand.",
        "%n sales the server refused; settle them by hand."),
}
