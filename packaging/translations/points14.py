"""Russian for "points are money" (issue #14): the check before points are spent
(app/ui/verify_dialog.py), a manager's PIN on the spot (app/ui/manager_pin.py),
withdrawing consent (app/ui/withdraw_dialog.py), the owner's caps in the program editor
and their error messages (app/ui/messages.py); merged by packaging/fill_ru.py."""

RU = {
    # the check before points are spent
    "Check who is paying with points": "Проверьте, кто платит баллами",
    "Points are money. Before spending them, check that this is %1: scan the card, or ask "
    "the customer to say the full phone number, or their name and date of birth.":
        "Баллы — это деньги. Прежде чем их списать, убедитесь, что перед вами %1: "
        "отсканируйте карту или попросите покупателя назвать полный номер телефона либо имя "
        "и дату рождения.",
    "scan or type the 13 digits": "отсканируйте или введите 13 цифр",
    "the whole number, e.g. +7 916 123-45-67": "весь номер, например +7 916 123-45-67",
    "first or last name": "имя или фамилия",
    "dd.mm.yyyy": "дд.мм.гггг",
    "or the full phone": "или полный телефон",
    "or the name": "или имя",
    "and the date of birth": "и дата рождения",
    "Checked (Enter)": "Проверено (Enter)",
    "Give both the name and the date of birth as dd.mm.yyyy, e.g. 07.03.1985.":
        "Укажите и имя, и дату рождения в виде дд.мм.гггг, например 07.03.1985.",
    "Fill in one check: the card, the full phone, or the name and date of birth.":
        "Заполните одну проверку: карта, полный телефон или имя и дата рождения.",
    "No points were spent: check who the customer is first.":
        "Баллы не списаны: сначала проверьте, кто покупатель.",
    "No points were given: check who the customer is first.":
        "Баллы не переданы: сначала проверьте, кто покупатель.",
    # a manager's PIN on the spot
    "A manager's PIN": "PIN-код менеджера",
    "Allow (Enter)": "Разрешить (Enter)",
    # withdrawing consent
    "Consent withdrawn: anonymise…": "Согласие отозвано: обезличить…",
    "Consent withdrawn — %1": "Отзыв согласия — %1",
    "Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, date "
    "of birth, notes and card number. The points and purchases stay only as numbers for the "
    "accounts, and the card stops working. This cannot be undone.":
        "Отзыв согласия навсегда стирает персональные данные (%1): имя, телефон, e-mail, дату "
        "рождения, заметки и номер карты. Баллы и покупки остаются только цифрами для учёта, "
        "карта перестаёт работать. Это нельзя отменить.",
    "The customer asked for this and knows it cannot be undone":
        "Покупатель сам об этом попросил и знает, что это нельзя отменить",
    "A cashier records this only with a manager's PIN, typed here.":
        "Кассир оформляет это только с PIN-кодом менеджера, введённым здесь.",
    "Erase for good": "Стереть навсегда",
    # the owner's caps (program editor, General tab)
    "Points per receipt": "Баллов на один чек",
    "Points given per member a day": "Баллов в подарок одному участнику за день",
    "no cap": "без ограничения",
    "Points spent per receipt, at most": "Списание баллов на один чек, не больше",
    "Points cashiers give one member a day, at most":
        "Кассиры дарят одному участнику за день, баллов, не больше",
    "Gifts, apologies, survey and review points count together. A manager's PIN lifts the cap "
    "for one gift; a cashier alone gives at most 300 points or goods worth 500 at once.":
        "Подарки, извинения, баллы за опрос и отзыв считаются вместе. PIN-код менеджера "
        "снимает ограничение для одного подарка; кассир сам дарит не больше 300 баллов или "
        "товара на 500 за раз.",
    # error messages
    "A cashier gives at most {limit_points} points, goods worth {limit_amount} or a "
    "{limit_percent} % discount at once. A manager can allow more with their PIN.":
        "Кассир может подарить за раз не больше {limit_points} баллов, товара на "
        "{limit_amount} или скидку {limit_percent} %. Больше может разрешить менеджер своим "
        "PIN-кодом.",
    "Cashiers may give this member at most {cap} points a day; {left} are left today. A "
    "manager can allow more with their PIN.":
        "Кассиры могут дарить этому участнику не больше {cap} баллов в день; сегодня осталось "
        "{left}. Больше может разрешить менеджер своим PIN-кодом.",
    "A manager must allow this with their PIN.": "Это должен разрешить менеджер своим PIN-кодом.",
    "{name} is not a manager: a manager's name and PIN are needed.":
        "{name} — не менеджер: нужны имя и PIN-код менеджера.",
    "Check who the customer is before spending their points: scan the card, or ask for the "
    "full phone, or the name and date of birth.":
        "Прежде чем списывать баллы, проверьте, кто покупатель: отсканируйте карту или "
        "спросите полный телефон либо имя и дату рождения.",
    "That does not match this member: no points were spent. Check again.":
        "Это не совпадает с данными участника: баллы не списаны. Проверьте ещё раз.",
    "This member's date of birth is not recorded: scan the card or ask for the full phone.":
        "Дата рождения этого участника не записана: отсканируйте карту или спросите полный "
        "телефон.",
    "At most {cap} points can be spent on one receipt.":
        "На один чек можно списать не больше {cap} баллов.",
}
