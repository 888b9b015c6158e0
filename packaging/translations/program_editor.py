"""Russian for the owner's program editor (app/ui/program_editor.py) and the program's
error messages (app/ui/messages.py, codes program_*); merged by packaging/fill_ru.py."""

RU = {
    # the editor
    "Loyalty program": "Программа лояльности",
    "Tier %1": "Статус %1",
    "Campaign %1": "Акция %1",
    "Stamp card %1": "Карта штампов %1",
    "Category %1": "Категория %1",
    "Cause %1": "Фонд %1",
    "key": "ключ",
    "name": "название",
    "colour": "цвет",
    "threshold": "порог",
    "earn rate": "процент начисления",
    "perks": "привилегии",
    "kind": "вид",
    "starts": "начало",
    "ends": "конец",
    "tiers": "статусы",
    "factor": "множитель",
    "category": "категория",
    "extra": "доплата",
    "tier": "статус",
    "stamps": "штампы",
    "reward": "награда",
    "Tiers": "Статусы",
    "Campaigns": "Акции",
    "Stamp cards": "Карты штампов",
    "Categories": "Категории",
    "Causes": "Фонды",
    "Qualifying window": "Период учёта баллов",
    "Qualifying window, months": "Период учёта, месяцев",
    "Welcome bonus": "Приветственный бонус",
    "Expiry": "Сгорание баллов",
    "Expiry, days": "Сгорание, дней",
    "Long absence": "Долгое отсутствие",
    "Point value": "Стоимость балла",
    "Points for a survey": "Баллы за опрос",
    "Points for a review": "Баллы за отзыв",
    "Referral: points for the member who brings a friend": "Приведи друга: баллы тому, кто привёл",
    "Referral: points for the friend": "Приведи друга: баллы другу",
    "Birthday points": "Баллы в день рождения",
    "Apology points for a long wait": "Баллы в извинение за долгое ожидание",
    "General": "Общие",
    "Help && charity": "Помощь и благотворительность",
    "Preview": "Проверка",
    "Save as a new version": "Сохранить новой версией",
    "Remove selected": "Удалить выбранное",
    "Members refer to this key, so it cannot change.":
        "На этот ключ ссылаются участники, поэтому его нельзя изменить.",
    "Key": "Ключ",
    "Name RU": "Название RU",
    "Name EN": "Название EN",
    "Colour": "Цвет",
    "Threshold": "Порог",
    "Earn %": "Начисление, %",
    "Perks RU": "Привилегии RU",
    "Perks EN": "Привилегии EN",
    "Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members "
    "at once; a higher one demotes nobody before the end of their qualifying period.":
        "Пороги — в зачётных баллах, от 0 и по возрастанию. Снижение порога повышает статус "
        "участников сразу; повышение никого не понижает до конца их периода учёта.",
    "Add tier": "Добавить статус",
    "Multiplier": "Множитель",
    "Category extra": "Доплата за категорию",
    "Lower threshold": "Сниженный порог",
    "Kind": "Вид",
    "Starts": "Начало",
    "Ends": "Конец",
    "Factor %": "Множитель, %",
    "Category": "Категория",
    "Extra %": "Доплата, %",
    "Tier": "Статус",
    "Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every "
    "tier. Factor 200 % gives double points; extra % is of the money spent in the category; a "
    "lower threshold applies to the tier chosen.":
        "Даты — ГГГГ-ММ-ДД, оба дня включительно. Статусы: ключи через запятую, пусто — для "
        "всех. Множитель 200 % — двойные баллы; доплата — процент от суммы в категории; "
        "сниженный порог действует для выбранного статуса.",
    "Add campaign": "Добавить акцию",
    "— every purchase —": "— любая покупка —",
    "Stamps": "Штампов",
    "Reward RU": "Награда RU",
    "Reward EN": "Награда EN",
    "Add stamp card": "Добавить карту штампов",
    "Collect the stamps, get the reward: “6 coffees, the 7th free”.":
        "Соберите штампы — получите награду: «6 кофе, седьмой в подарок».",
    "Product categories": "Категории товаров",
    "Add category": "Добавить категорию",
    "Lifetime": "За всё время",
    "Calendar year": "Календарный год",
    "Rolling N months": "Последние N месяцев",
    "Never": "Никогда",
    "N days after earning": "Через N дней после начисления",
    "At the end of the year": "В конце года",
    "Switching expiry on starts the clock today for points already held.":
        "Если включить сгорание, срок для уже накопленных баллов отсчитывается с сегодняшнего дня.",
    "Months (rolling window)": "Месяцев (скользящий период)",
    "Which earned points count towards a tier. With a window, upgrades apply at once and a "
    "downgrade waits for the end of the period.":
        "Какие заработанные баллы засчитываются в статус. С периодом повышение действует сразу, "
        "а понижение — только в конце периода.",
    "Welcome bonus, points": "Приветственный бонус, баллов",
    "Long absence after, days": "Долгое отсутствие — после, дней",
    "Points expire": "Баллы сгорают",
    "Days after earning": "Дней после начисления",
    "Causes members can donate points to": "Фонды, которым участники могут пожертвовать баллы",
    "Add cause": "Добавить фонд",
    "Amount": "Сумма",
    "Paid with points": "Оплачено баллами",
    "Of which in the category": "Из них в категории",
    "Date": "Дата",
    "What would this purchase earn under the rules being edited (nothing is saved).":
        "Сколько принесла бы эта покупка по редактируемым правилам (ничего не сохраняется).",
    "Nothing changed; version %1 stays in force.": "Ничего не изменилось; действует версия %1.",
    "— none —": "— нет —",
    "The category part cannot be more than the whole purchase.":
        "Часть в категории не может быть больше всей покупки.",
    "No campaign adds points to this purchase.": "Акции не добавляют баллов к этой покупке.",
    # error messages (context Messages)
    "Each threshold must be higher than the one before.": "Каждый порог должен быть выше предыдущего.",
    "The earn rate is a percent from 0 to 100.": "Процент начисления — от 0 до 100.",
    "This cannot be negative.": "Значение не может быть отрицательным.",
    "The first tier starts at 0 qualifying points.": "Первый статус начинается с 0 зачётных баллов.",
    "A campaign only ever adds points: a factor above 100 %, an extra above 0.":
        "Акция может только добавлять баллы: множитель больше 100 %, доплата больше 0.",
    "The campaign threshold must be lower than the tier's own and higher than the tier below's.":
        "Порог акции должен быть ниже собственного порога статуса и выше порога статуса под ним.",
    "There is no such category.": "Такой категории нет.",
    "The campaign ends before it starts.": "Акция заканчивается раньше, чем начинается.",
    "Use lower-case letters, digits and _ for a key.":
        "Ключ — строчные латинские буквы, цифры и _.",
    "Give the name in Russian and in English.": "Укажите название по-русски и по-английски.",
    "A colour looks like #3d7ebf.": "Цвет записывается как #3d7ebf.",
    "A set has from 2 to 50 stamps.": "В наборе от 2 до 50 штампов.",
    "Say what the full set gives.": "Укажите, что даёт полный набор.",
    "Choose one of the options.": "Выберите один из вариантов.",
    "From 1 to 120 months.": "От 1 до 120 месяцев.",
    "Points must last from 30 days to 10 years (3650 days).":
        "Баллы должны действовать от 30 дней до 10 лет (3650 дней).",
    "Two entries have the same key.": "У двух записей одинаковый ключ.",
    "The program needs at least one tier.": "В программе должен быть хотя бы один статус.",
    "Enter a whole number.": "Введите целое число.",
    "Enter the date as YYYY-MM-DD.": "Введите дату как ГГГГ-ММ-ДД.",
    "There is no such tier; a lowered threshold needs a tier above the first.":
        "Такого статуса нет; сниженный порог возможен только для статуса выше первого.",
    "A point must be worth something.": "Балл должен чего-то стоить.",
}

# Russian has three plural forms: 1 балл, 2 балла, 5 баллов.
RU_PLURAL = {
    "Saved as version %1; %n member(s) upgraded": (
        "Сохранено как версия %1; повышен статус у %n участника",
        "Сохранено как версия %1; повышен статус у %n участников",
        "Сохранено как версия %1; повышен статус у %n участников"),
    "Base, %1 at %2 %: %n point(s)": ("Основные, «%1» по %2 %: %n балл",
                                      "Основные, «%1» по %2 %: %n балла",
                                      "Основные, «%1» по %2 %: %n баллов"),
    "%1: +%n point(s)": ("%1: +%n балл", "%1: +%n балла", "%1: +%n баллов"),
    "Total: %n point(s)": ("Итого: %n балл", "Итого: %n балла", "Итого: %n баллов"),
}

EN_PLURAL = {
    "Saved as version %1; %n member(s) upgraded": ("Saved as version %1; %n member upgraded",
                                                   "Saved as version %1; %n members upgraded"),
    "Base, %1 at %2 %: %n point(s)": ("Base, %1 at %2 %: %n point",
                                      "Base, %1 at %2 %: %n points"),
    "%1: +%n point(s)": ("%1: +%n point", "%1: +%n points"),
    "Total: %n point(s)": ("Total: %n point", "Total: %n points"),
}
