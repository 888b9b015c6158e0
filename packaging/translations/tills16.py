"""Russian for the till's name asked at its first start on a computer
(app/ui/till_name_dialog.py); merged by packaging/fill_ru.py."""

RU = {
    "This till's name": "Название этой кассы",
    "Each computer at the counter is a till of the shop. Its name is shown in reports by "
    "till, in the audit and on the customer's screen.":
        "Каждый компьютер у прилавка — касса магазина. Её название видно в отчётах по "
        "кассам, в журнале действий и на экране покупателя.",
}
