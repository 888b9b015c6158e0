"""Russian for numbers that mean what was typed (issue #14): the purchase dialog's
receipt number and left-to-pay, the large-purchase question (app/ui/amounts.py), the
program editor's large-purchase setting and the refusals of numbers past what can be
stored (app/ui/messages.py); merged by packaging/fill_ru.py."""

RU = {
    "Receipt no.": "Номер чека",
    "optional": "необязательно",
    "Left to pay: %1": "Осталось оплатить: %1",
    "Large amount": "Крупная сумма",
    "Record %1? That is more than usual.": "Провести %1? Это больше обычного.",
    "&Record": "&Провести",
    "&Correct the amount": "&Исправить сумму",
    "Confirm purchases above": "Подтверждать покупки свыше",
    # non-breaking spaces inside the numbers: a wrapped message never splits one
    "The amount is too large: at most 99,999,999.99.":
        "Слишком большая сумма: не больше 99\u00a0999\u00a0999,99.",
    "Enter whole points, e.g. 150.": "Введите целое число баллов, например 150.",
    "At most 10,000,000 points.": "Не больше 10\u00a0000\u00a0000 баллов.",
    "A receipt number has at most 40 characters.": "В номере чека не больше 40 знаков.",
    "At most 999 items in one line.": "Не больше 999 штук в одной строке.",
    "Enter an amount from 0.01 to 99,999,999.99.":
        "Введите сумму от 0,01 до 99\u00a0999\u00a0999,99.",
}
