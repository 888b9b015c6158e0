"""Russian for the till screen's loyalty program: perks, expiry, stamp cards, rewards,
help and charity, bring-a-friend (merged by packaging/fill_ru.py)."""

RU = {
    # member panel
    "Today: %1": "Сегодня: %1",
    "Perks: %1": "Привилегии: %1",
    "friend of %1": "по приглашению: %1",
    "d MMM yyyy": "d MMMM yyyy",
    "d MMM": "d MMMM",
    "%1: %2 of %3 — %4": "%1: %2 из %3 — %4",
    "Give: %1": "Вручить: %1",
    # purchase dialog
    "Of which (optional)": "В том числе (необязательно)",
    " pcs": " шт.",
    "part of the amount": "часть суммы",
    "%1: %2 of %3": "%1: %2 из %3",
    # donate dialog
    "Donate points — %1": "Пожертвовать баллы — %1",
    "Cause": "Фонд",
    "Points": "Баллы",
    "Donate (Enter)": "Пожертвовать (Enter)",
    # enrolment
    "Referred by (phone or card)": "Кто пригласил (телефон или карта)",
    "the new member": "новый участник",
    "Both of you get points when %1 makes a first purchase.":
        "Вы оба получите баллы, когда %1 сделает первую покупку.",
    "Referred by %1.": "По приглашению: %1.",
    # till window
    "Donate points  F9": "Пожертвовать  F9",
    "Survey +%1  F7": "Опрос +%1  F7",
    "Review +%1  F8": "Отзыв +%1  F8",
    "Full card! Give: %1": "Карта собрана! Вручите: %1",
    "Birthday bonus: +%1": "Бонус ко дню рождения: +%1",
    "Friend bonus: +%1": "Бонус за приглашение: +%1",
    "%2 gets +%1 for bringing a friend": "%2 получает +%1 за приглашённого друга",
    "The friend": "Друг",
    "Already handed over.": "Уже вручено.",
    # error codes
    "The parts add up to more than the purchase.": "Части в сумме больше всей покупки.",
    "There is no such category.": "Такой категории нет.",
    "Already rewarded today.": "Сегодня уже начисляли.",
    "The program gives no points for this.": "Программа не начисляет баллов за это.",
    "There is no such action.": "Такого действия нет.",
    "Choose a cause.": "Выберите, кому передать баллы.",
    "Donate at least one point.": "Пожертвуйте хотя бы один балл.",
    "No such reward.": "Такой награды нет.",
    "Nobody found with this phone or card.": "Никого не нашли по этому телефону или карте.",
}

RU_PLURAL = {
    "Keep %1: %n point(s) by %2": ("Сохранить «%1»: ещё %n балл до %2",
                                   "Сохранить «%1»: ещё %n балла до %2",
                                   "Сохранить «%1»: ещё %n баллов до %2"),
    "%n point(s) expire on %1": ("%n балл сгорит %1", "%n балла сгорят %1",
                                 "%n баллов сгорят %1"),
    "%n members match: enter the whole phone or scan the card.": (
        "Подходит %n участник: введите телефон полностью или отсканируйте карту.",
        "Подходят %n участника: введите телефон полностью или отсканируйте карту.",
        "Подходят %n участников: введите телефон полностью или отсканируйте карту."),
}

EN_PLURAL = {
    "Keep %1: %n point(s) by %2": ("Keep %1: %n point by %2", "Keep %1: %n points by %2"),
    "%n point(s) expire on %1": ("%n point expires on %1", "%n points expire on %1"),
    "%n members match: enter the whole phone or scan the card.": (
        "%n member matches: enter the whole phone or scan the card.",
        "%n members match: enter the whole phone or scan the card."),
}
