"""Russian for gifts said out loud, the complaint wizard and the care reports
(app/ui/gift_dialog.py, complaint_dialog.py, care_reports.py) and their error messages
(app/ui/messages.py: gift_*, complaint_*, phrase_*); merged by packaging/fill_ru.py."""

RU = {
    # gift categories and reasons
    "Size or class upgrade": "Повышение размера или класса",
    "Extra item": "Дополнительный товар",
    "Service": "Услуга",
    "Points": "Баллы",
    "Out of stock": "Не оказалось в наличии",
    "Waited too long": "Долго ждали",
    "Complaint": "Жалоба",
    "Birthday": "День рождения",
    "Tier perk": "Привилегия статуса",
    "Just because": "Просто так",
    # the gift dialog
    "e.g. a large cappuccino instead of a medium": "например, большой капучино вместо среднего",
    "Choose why…": "Выберите причину…",
    "What": "Что",
    "Kind": "Вид",
    "Value to the shop": "Стоимость для магазина",
    "Why": "Почему",
    "Points as well": "И ещё баллы",
    "Gift for %1": "Подарок — %1",
    "A gift given silently earns no thanks. Record it, then say it out loud.":
        "Молча сделанный подарок не вызывает благодарности. Запишите его и скажите вслух.",
    "Give (Enter)": "Подарить (Enter)",
    "Cancel": "Отмена",
    "Say it out loud:": "Скажите вслух:",
    "Said it ✓": "Сказано ✓",
    # the complaint wizard
    "Complaint — %1": "Жалоба — %1",
    "← &Back": "← &Назад",
    "&Next →  (Enter)": "&Далее →  (Enter)",
    "Close": "Закрыть",
    "Listen without interrupting. Don't explain or defend yet.":
        "Выслушайте, не перебивая. Пока не объясняйте и не оправдывайтесь.",
    "Let them say everything; nod, keep eye contact. When they have finished, press Enter.":
        "Дайте высказать всё; кивайте, смотрите в глаза. Когда человек закончит, нажмите Enter.",
    "Facts are what can be checked; feelings are how it was for them. Write them apart. "
    "(Shift+Enter: a new line.)":
        "Факты — то, что можно проверить; чувства — каково это было для человека. Запишите "
        "их отдельно. (Shift+Enter — новая строка.)",
    "What happened: times, orders, amounts": "Что произошло: время, заказы, суммы",
    "How they feel about it, in their words": "Что человек чувствует — его словами",
    "Facts": "Факты",
    "Their feelings and opinions": "Чувства и мнения",
    "I can see this really upset you.": "Я вижу, что вас это очень расстроило.",
    "In your place I'd be unhappy too.": "На вашем месте мне тоже было бы неприятно.",
    "I understand — you were counting on us and we let you down.":
        "Понимаю — вы на нас рассчитывали, а мы вас подвели.",
    "Thank you for telling us; this matters.": "Спасибо, что сказали нам об этом, это важно.",
    "Say one of these in your own voice, so they know they were heard:":
        "Скажите одну из этих фраз своими словами, чтобы человек понял, что его услышали:",
    "My own words:": "Свои слова:",
    "Read it back to them and let them correct you; fix the text if they do.":
        "Перескажите это человеку и дайте поправить вас; если поправит — исправьте текст.",
    "Agree what happens next. A compensation is a gift: you will get the words to say it.":
        "Договоритесь, что будет дальше. Компенсация — это подарок: программа подскажет, "
        "как сказать о нём.",
    "What we will do about it": "Что мы сделаем",
    "No compensation": "Без компенсации",
    "Apology points": "Баллы в извинение",
    "A gift": "Подарок",
    "A discount on the next purchase": "Скидка на следующую покупку",
    "Compensation": "Компенсация",
    "Only a member can be compensated: open the member first to give points, a gift or a "
    "discount.":
        "Компенсацию можно дать только участнику: сначала откройте участника, чтобы начислить "
        "баллы, сделать подарок или дать скидку.",
    "The complaint is recorded.": "Жалоба записана.",
    "Thank them for telling you, and do what you promised. The manager follows it up.":
        "Поблагодарите за то, что сказали, и сделайте обещанное. Менеджер проследит за "
        "остальным.",
    "Press Esc again to throw this complaint away; nothing has been recorded yet.":
        "Нажмите Esc ещё раз, чтобы отказаться от жалобы; пока ничего не записано.",
    "Let them finish": "Дайте договорить",
    "Facts apart from feelings": "Факты отдельно от чувств",
    "Reflect the feeling": "Покажите, что понимаете чувства",
    "Summarise back": "Перескажите услышанное",
    "Solve it": "Решите вопрос",
    "Done": "Готово",
    "Step %1 of %2": "Шаг %1 из %2",
    "Record the complaint (Enter)": "Записать жалобу (Enter)",
    "Let me check I understood: ": "Давайте проверим, всё ли верно: ",
    "Next time you get %1% off — our apology.":
        "В следующий раз — скидка %1 %: так мы просим прощения.",
    # the gifts report (and its entry in the Manage menu, app/ui/main.py)
    "Gifts…": "Подарки…",
    "Complaints…": "Жалобы…",
    "Gifts given": "Подарки",
    "Show (Enter)": "Показать (Enter)",
    "From": "С",
    "to": "по",
    "Reason": "Причина",
    "Gifts": "Подарки",
    "Cost": "Стоимость",
    "Cashier": "Кассир",
    "By reason": "По причинам",
    "By cashier": "По кассирам",
    "“Others”: members who bought in the same period and got no gift, counted from their first "
    "purchase in it.":
        "«Остальные» — участники, которые покупали в тот же период и не получали подарков; "
        "считается от их первой покупки в периоде.",
    "%1%": "%1 %",
    "The period ends before it starts.": "Период заканчивается раньше, чем начинается.",
    "cost %1": "стоимость %1",
    "Said out loud: %1 of %2": "Сказано вслух: %1 из %2",
    "Came back within %1 days: too early to tell.":
        "Вернулись в течение %1 дней: судить пока рано.",
    "Came back within %1 days: %2 of gifted members (too early to tell for the others)":
        "Вернулись в течение %1 дней: %2 получивших подарок (об остальных судить пока рано)",
    "Came back within %1 days: %3 of members without a gift (too early to tell for the gifted)":
        "Вернулись в течение %1 дней: %3 участников без подарка (о получивших подарок судить "
        "пока рано)",
    "Came back within %1 days: %2 of gifted members vs %3 of others":
        "Вернулись в течение %1 дней: %2 получивших подарок против %3 остальных",
    "Total": "Итого",
    # the complaints list
    "Complaints": "Жалобы",
    "Open complaints": "Открытые жалобы",
    "Closed complaints": "Закрытые жалобы",
    "All complaints": "Все жалобы",
    "Open": "Открыта",
    "Closed": "Закрыта",
    "Date": "Дата",
    "Member": "Участник",
    "What happened": "Что произошло",
    "Status": "Статус",
    "Follow up and close": "Разобрать и закрыть",
    "What was done: called back, refunded, how they took it":
        "Что сделано: перезвонили, вернули деньги, как человек это принял",
    "Close the complaint": "Закрыть жалобу",
    "%1% off the next purchase": "Скидка %1 % на следующую покупку",
    "Nothing to show.": "Здесь пока ничего нет.",
    "Add a follow-up note": "Добавить заметку",
    "Add the note": "Добавить заметку",
    "When": "Когда",
    "Their feelings": "Чувства",
    "Reflected with": "Чем откликнулись",
    "Summary said back": "Пересказ",
    "Solution": "Решение",
    "Words said": "Сказанные слова",
    "Follow-up": "Что сделано потом",
    # error messages
    "Say what the gift is.": "Напишите, что дарите.",
    "No such gift.": "Такого подарка нет.",
    "Points cannot be negative.": "Баллов не может быть меньше нуля.",
    "Write down what happened.": "Запишите, что произошло.",
    "Give at least one point.": "Начислите хотя бы один балл.",
    "A discount is from 1 to 100 %.": "Скидка — от 1 до 100 %.",
    "Open the member to compensate them.": "Откройте участника, чтобы дать компенсацию.",
    "Write how it was followed up.": "Напишите, что было сделано.",
    "No such complaint.": "Такой жалобы нет.",
    "Braces must come in pairs: {{name}}.": "Фигурные скобки должны быть парными: {{name}}.",
    "Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.":
        "Можно использовать только {{name}}, {{what}} и {{points}}, но не {unknown}.",
    "Write the words to say.": "Напишите, что сказать.",
    "Already rewarded today.": "Сегодня уже начисляли.",
    "The program gives no points for this.": "Программа не начисляет баллов за это.",
}

RU_PLURAL = {
    "Balance now: %n point(s)": ("Теперь на счёте %n балл", "Теперь на счёте %n балла",
                                 "Теперь на счёте %n баллов"),
    "%n gift(s)": ("%n подарок", "%n подарка", "%n подарков"),
    "%n point(s) given": ("подарен %n балл", "подарено %n балла", "подарено %n баллов"),
    "%n complaint(s)": ("%n жалоба", "%n жалобы", "%n жалоб"),
    "%n apology point(s)": ("%n балл в извинение", "%n балла в извинение",
                            "%n баллов в извинение"),
}

EN_PLURAL = {
    "Balance now: %n point(s)": ("Balance now: %n point", "Balance now: %n points"),
    "%n gift(s)": ("%n gift", "%n gifts"),
    "%n point(s) given": ("%n point given", "%n points given"),
    "%n complaint(s)": ("%n complaint", "%n complaints"),
    "%n apology point(s)": ("%n apology point", "%n apology points"),
}
