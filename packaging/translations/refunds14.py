"""Russian for the manager's corrections (issue #14): the refund and adjust dialogs
(app/ui/refund_dialog.py, adjust_dialog.py, corrections.py), their menu entries, the member panel's partly refunded
visits and the refund messages (app/ui/messages.py, codes refund_*); merged by
packaging/fill_ru.py."""

RU = {
    # refund a purchase
    "Refund a purchase": "Возврат покупки",
    "Refund a purchase…": "Возврат покупки…",
    "Find the purchase": "Найти покупку",
    "Receipt number": "Номер чека",
    "On the day": "За день",
    "Only %1's purchases": "Только покупки: %1",
    "Find": "Найти",
    "Receipt": "Чек",
    "Refund": "Вернуть",
    "Purchase": "Покупка",
    "Amount to refund": "Сумма возврата",
    "Why: goods returned, wrong amount rung up…": "Почему: вернули товар, пробили не ту сумму…",
    "Purchases found: %1": "Найдено покупок: %1",
    "No purchases match.": "Таких покупок нет.",
    "Choose a purchase in the list.": "Выберите покупку в списке.",
    "%1, %2: paid %3": "%1, %2: оплачено %3",
    "; refunded already %1": "; уже возвращено %1",
    "At most %1": "Не больше %1",
    "This purchase is refunded in full.": "Покупка возвращена полностью.",
    "Points: %1 taken back, %2 returned to the member.":
        "Баллы: спишем %1, вернём участнику %2.",
    "in full": "полностью",
    "Refunded %1. Points: %2 taken back, %3 returned. Balance: %4.":
        "Возвращено %1. Баллы: списано %2, возвращено %3. На счёте: %4.",
    "(%1 refunded)": "(возврат %1)",
    # adjust points
    "Adjust points": "Корректировка баллов",
    "Adjust points…": "Корректировка баллов…",
    "Find the member": "Найти участника",
    "Name, last digits of the phone, or card": "Имя, последние цифры телефона или карта",
    "Why: a purchase not scanned, a mistake…": "Почему: покупку не отсканировали, ошибка…",
    "A positive number adds points, a negative one takes them.":
        "Положительное число начисляет баллы, отрицательное — списывает.",
    "%1, balance %2": "%1, на счёте %2",
    "Find the member first.": "Сначала найдите участника.",
    "Saved: %1 points. Balance: %2.": "Сохранено, баллы: %1. На счёте: %2.",
    # the report's figures, now that a purchase may be refunded in part
    "Purchases made in the period and refunded in full since.":
        "Покупки за период, с тех пор возвращённые полностью.",
    "What was refunded of purchases made in the period, in full or in part.":
        "Сколько возвращено по покупкам за период, полностью или частично.",
    # messages
    "Only {left} can still be refunded: {paid} was paid and {refunded} refunded already.":
        "Вернуть можно не больше {left}: оплачено {paid}, уже возвращено {refunded}.",
    "This purchase is already refunded in full.": "Эта покупка уже возвращена полностью.",
    "This refund was recorded for another purchase; start the refund again.":
        "Этот возврат уже записан для другой покупки; начните возврат заново.",
}
