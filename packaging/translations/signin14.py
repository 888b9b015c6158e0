"""Russian for the sign-in screen and the lock messages (app/ui/login_dialog.py,
app/ui/messages.py: pin_wrong_tries_left, staff_locked_alone); merged by
packaging/fill_ru.py."""

RU = {
    "Choose your name (type its first letters, or ↑/↓), then type your PIN and press Enter.":
        "Выберите своё имя (наберите первые буквы или ↑/↓), затем введите PIN и нажмите Enter.",
    'Locked after too many wrong PINs; try again in {minutes} min. A forgotten PIN is reset on the computer that holds the database: regulars staff reset-pin "{name}"':
        "Заблокировано после неверных PIN; попробуйте через {minutes} мин. Забытый PIN "
        "сбрасывают на компьютере, где лежит база данных: regulars staff reset-pin \"{name}\"",
}

RU_PLURAL = {
    "Wrong PIN. %n try(s) left before a 15-minute lock.": (
        "Неверный PIN. Осталась %n попытка до блокировки на 15 минут.",
        "Неверный PIN. Осталось %n попытки до блокировки на 15 минут.",
        "Неверный PIN. Осталось %n попыток до блокировки на 15 минут."),
}

EN_PLURAL = {
    "Wrong PIN. %n try(s) left before a 15-minute lock.": (
        "Wrong PIN. %n try left before a 15-minute lock.",
        "Wrong PIN. %n tries left before a 15-minute lock."),
}
