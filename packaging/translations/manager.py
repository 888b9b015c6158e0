"""Russian for the manager's dialogs (app/ui/manager_dialogs.py: the prize draw, charity,
program health) and the draw's error messages (app/ui/messages.py, codes draw_*);
merged by packaging/fill_ru.py."""

RU = {
    # the prize draw
    "Prize draw": "Розыгрыш призов",
    "e.g. Hoarders' draw 2026": "например, Розыгрыш для копящих 2026",
    "Points held now": "Баллы на счёте сейчас",
    "Qualifying points earned in a period": "Зачётные баллы, набранные за период",
    "One prize per line; the first line is the first prize":
        "По призу на строку; первая строка — первый приз",
    "Empty: a random seed": "Пусто — случайное зерно",
    "Draw name": "Название",
    "Who takes part": "Кто участвует",
    "Period": "Период",
    "At least (points)": "Не меньше (баллов)",
    "Prizes": "Призы",
    "Seed": "Зерно",
    "Run the draw": "Провести розыгрыш",
    "New draw": "Новый розыгрыш",
    "Place": "Место",
    "Member": "Участник",
    "Card": "Карта",
    "Prize": "Приз",
    "Verify": "Проверить",
    "Result": "Результат",
    "When": "Когда",
    "Draw": "Розыгрыш",
    "Took part": "Участников",
    "Winners": "Победителей",
    "Earlier draws": "Прошлые розыгрыши",
    "A seed is a whole number from 0 to %1, or leave it empty.":
        "Зерно — целое число от 0 до %1; или оставьте поле пустым.",
    "%1 — drawn on %2": "%1 — разыгран %2",
    "Seed %1 — anyone can re-run this draw with it.":
        "Зерно %1 — с ним любой может повторить этот розыгрыш.",
    "List digest: %1…": "Отпечаток списка: %1…",
    "✓ Re-run: the same members took part and the same winners were drawn.":
        "✓ Повтор: те же участники и те же победители.",
    "✗ Re-run does not match: %1": "✗ Повтор не совпадает: %1",
    "Fill in the draw and run it: the winners appear here, with the seed that lets anyone "
    "re-run it.":
        "Заполните условия и проведите розыгрыш: здесь появятся победители и зерно, "
        "с которым любой может его повторить.",
    # charity
    "Charity": "Благотворительность",
    "Points members gave to good causes.": "Баллы, которые участники пожертвовали фондам.",
    "Cause": "Фонд",
    "Points": "Баллы",
    "Worth": "В деньгах",
    "Donations": "Пожертвований",
    "Donors": "Жертвователей",
    "Total": "Итого",
    # program health
    "Program health": "Здоровье программы",
    "Tier": "Статус",
    "Threshold": "Порог",
    "Members": "Участников",
    "Share": "Доля",
    "Reached": "Достигли",
    "Took them (median)": "Заняло (медиана)",
    "Median member needs": "Медианному участнику нужно",
    "“Took them”: among members who reached the tier, the median time from enrolment. "
    "“Median member needs”: at the earning pace of the median member enrolled for a month "
    "or more.":
        "«Заняло»: медиана времени от регистрации у тех, кто достиг статуса. "
        "«Медианному участнику нужно»: при темпе медианного участника, который "
        "зарегистрирован месяц назад или раньше.",
    "%1 years": "%1 года",
    "The median member earns about %1 qualifying points a month.":
        "Медианный участник набирает около %1 зачётных баллов в месяц.",
    "from the start": "сразу",
    "The top tier is out of reach: the median member would need %1. Aim for two to three.":
        "Высший статус недостижим: медианному участнику понадобится %1. "
        "Стремитесь к двум-трём годам.",
    "The top tier is too easy: the median member reaches it in %1, under six months. "
    "Aim for two to three years.":
        "Высший статус слишком лёгкий: медианный участник получает его за %1 — меньше "
        "полугода. Стремитесь к двум-трём годам.",
    "The first step takes more than three months: newcomers need a first win within weeks.":
        "Первая ступень занимает больше трёх месяцев: новичкам нужна первая победа "
        "за несколько недель.",
    "The median member needs %1 to reach %2.":
        "Медианному участнику до статуса «%2» нужно %1.",
    "Not enough data yet: the pace is measured on members enrolled for a month or more who "
    "have earned points.":
        "Пока мало данных: темп считается по участникам, которые зарегистрированы месяц "
        "назад или раньше и набрали баллы.",
    "The ladder looks well tuned: the median member reaches %1 in %2.":
        "Лестница настроена хорошо: медианный участник достигает статуса «%1» за %2.",
    # app/ui/messages.py, codes draw_*
    "Give the draw a name.": "Дайте розыгрышу название.",
    "List at least one prize, one per line.": "Укажите хотя бы один приз, по одному на строку.",
    "Set the points a member needs, at least 1.":
        "Укажите, сколько баллов нужно участнику, — не меньше 1.",
    "Choose a period that ends after it starts.":
        "Выберите период, который заканчивается позже, чем начинается.",
    "Nobody meets these conditions: lower the points or widen the period.":
        "Условиям не отвечает никто: снизьте порог или расширьте период.",
    "No such draw.": "Такого розыгрыша нет.",
}

# Russian has three plural forms: 1 день, 2 дня, 5 дней.
RU_PLURAL = {
    "%n member(s) took part.": ("Участвовал %n участник.", "Участвовали %n участника.",
                                "Участвовали %n участников."),
    "In total members gave %n point(s), worth %1.": (
        "Всего участники пожертвовали %n балл — это %1.",
        "Всего участники пожертвовали %n балла — это %1.",
        "Всего участники пожертвовали %n баллов — это %1."),
    "%n day(s)": ("%n день", "%n дня", "%n дней"),
    "%n month(s)": ("%n месяц", "%n месяца", "%n месяцев"),
    "%n year(s)": ("%n год", "%n года", "%n лет"),
    "%n member(s).": ("%n участник.", "%n участника.", "%n участников."),
}

EN_PLURAL = {
    "%n member(s) took part.": ("%n member took part.", "%n members took part."),
    "In total members gave %n point(s), worth %1.": (
        "In total members gave %n point, worth %1.", "In total members gave %n points, worth %1."),
    "%n day(s)": ("%n day", "%n days"),
    "%n month(s)": ("%n month", "%n months"),
    "%n year(s)": ("%n year", "%n years"),
    "%n member(s).": ("%n member.", "%n members."),
}
