"""Russian for member cards: the designer, the print dialog, the till's card actions
(app/ui/card_designer.py, card_print_dialog.py, till_window.py) and their error messages
(app/ui/messages.py: card_*, cards_*); merged by packaging/fill_ru.py."""

RU = {
    # the designer
    "Member cards": "Карты участников",
    "Save": "Сохранить",
    "Print cards…": "Печать карт…",
    "Close": "Закрыть",
    "e.g. Coffee and bakery since 2009": "например, Кофе и выпечка с 2009 года",
    "Rules on the back; leave empty for no back":
        "Правила на обороте; оставьте пустым, если оборот не нужен",
    "Choose logo…": "Выбрать логотип…",
    "No logo": "Без логотипа",
    "Name": "Имя",
    "Tier": "Статус",
    "Card number under the barcode": "Номер карты под штрихкодом",
    "Member since": "Дата вступления",
    "QR code of the card number too": "Ещё и QR-код с номером карты",
    "Shop name": "Название магазина",
    "Logo": "Логотип",
    "Line under the shop name": "Строка под названием",
    "Colour: %1": "Цвет: %1",
    "On the front": "На лицевой стороне",
    "Back text": "Текст на обороте",
    "Shop phone (back)": "Телефон магазина (на обороте)",
    "Card language": "Язык карты",
    "Ivan Petrov": "Иван Петров",
    "Preview as": "Образец для",
    "True size on this screen: hold a card against it.":
        "В натуральную величину: приложите карту к экрану.",
    "Tier colour": "Цвет статуса",
    "Images (*.png *.jpg *.jpeg)": "Изображения (*.png *.jpg *.jpeg)",
    "a logo is set": "логотип выбран",
    "none": "нет",
    "Saved. New cards are printed with this design.":
        "Сохранено. Новые карты будут печататься с этим дизайном.",
    # the print dialog
    "Print member cards": "Печать карт участников",
    "The card of %1, number %2": "Карта участника %1, номер %2",
    "A4 sheets: 10 cards with crop marks": "Листы A4: 10 карт с метками реза",
    "One card a page (card printer)": "Одна карта на странице (принтер карт)",
    "Paper": "Бумага",
    "When": "Когда",
    "Who": "Кто",
    "Which": "Какие",
    "Cards": "Карт",
    "Print runs": "Журнал печати",
    "Print…": "Печать…",
    "Save as PDF…": "Сохранить в PDF…",
    "All members": "Все участники",
    "One tier:": "Один статус:",
    "These cards (scan or type the numbers, one a line):":
        "Эти карты (отсканируйте или введите номера, по одному в строке):",
    "New cards, never printed: %1": "Новые карты, ещё не напечатанные: %1",
    "new": "новые",
    "all": "все",
    "chosen": "выбранные",
    "at the till": "на кассе",
    "Save cards as PDF": "Сохранить карты в PDF",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Printing…": "Идёт печать…",
    "Printing cards…": "Печатаются карты…",
    "Cancel": "Отмена",
    "%1 card(s) on %2 page(s). The print run is recorded.":
        "Карт: %1, страниц: %2. Печать записана в журнал.",
    "Cancelled: nothing was recorded.": "Отменено: ничего не записано.",
    "Printing failed: %1": "Печать не удалась: %1",
    # the till
    "Print the card…": "Напечатать карту…",
    "Lost card: new number…": "Карта потеряна: новый номер…",
    "Lost card": "Потерянная карта",
    "Block card %1 and give %2 a new card number? Points, status and history stay with the "
    "member.": "Заблокировать карту %1 и выдать новый номер карты: %2? Баллы, статус и история "
               "останутся у участника.",
    "New card number: %1. The old card is blocked. Print the new card: Member → Print the card.":
        "Новый номер карты: %1. Старая карта заблокирована. Напечатать новую: "
        "Участник → Напечатать карту.",
    # the Manage menu
    "Member cards: design…": "Карты участников: дизайн…",
    "Print member cards…": "Печать карт участников…",
    # errors
    "This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open "
    "the member.": "Эта карта заблокирована {day} и заменена. Владелец: {name}. Нажмите Enter, "
                   "чтобы открыть участника.",
    "This card was blocked and belongs to nobody now.":
        "Эта карта заблокирована и больше никому не принадлежит.",
    "This card number was blocked (a lost card); it is never given again.":
        "Этот номер заблокирован (потерянная карта) и больше не выдаётся.",
    "There are no cards to print in this batch.": "В этой подборке нет карт для печати.",
    "There is no such tier.": "Такого статуса нет.",
    "Choose which cards to print.": "Выберите, какие карты печатать.",
    "Choose why the card is replaced.": "Укажите, почему заменяется карта.",
    "Give the shop's name for the card.": "Укажите название магазина для карты.",
    "At most {limit} characters fit on a card.": "На карте помещается не больше {limit} знаков.",
    "The logo must be a PNG or JPEG image up to 2 MB.":
        "Логотип должен быть изображением PNG или JPEG размером до 2 МБ.",
}

# the member picker in the print dialog
RU.update({
    "Find a member by name or phone, Enter to add":
        "Найдите участника по имени или телефону, Enter — добавить",
    "Nobody found.": "Никого не нашли.",
})
RU_PLURAL = {
    "%n card(s) chosen.": ("Выбрана %n карта.", "Выбраны %n карты.", "Выбрано %n карт."),
}
EN_PLURAL = {
    "%n card(s) chosen.": ("%n card chosen.", "%n cards chosen."),
}
