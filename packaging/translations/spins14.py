"""Russian for number fields that keep what was typed (issue #14): the bounds written
beside a field (app/ui/amounts.py WholeField) and the refusals under it
(app/ui/messages.py, points_input.parse_whole); merged by packaging/fill_ru.py."""

RU = {
    "at most %1": "не больше %1",
    "from %1 to %2": "от %1 до %2",
    "Enter a whole number, e.g. 150.": "Введите целое число, например 150.",
    "At most {most}.": "Не больше {most}.",
    "At least {least}.": "Не меньше {least}.",
}
