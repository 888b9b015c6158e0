"""Russian and Latvian for the first-start wizard and Manage → Shop settings… (issue #18,
merged by packaging/fill_ru.py): app/ui/first_start_wizard.py, shop_fields.py,
shop_settings_dialog.py and the shop's words in app/ui/messages.py."""

RU = {
    # the country, its phones and currency (app/ui/shop_fields.py)
    "Russia": "Россия",
    "Latvia": "Латвия",
    "Other country": "Другая страна",
    "Country": "Страна",
    "Phone region": "Регион телефонов",
    "Currency": "Валюта",
    # the wizard's pages (app/ui/first_start_wizard.py)
    "Regulars — first start": "Regulars — первый запуск",
    "Welcome to Regulars": "Добро пожаловать в Regulars",
    "Choose the language of this till (↑/↓, then Enter).":
        "Выберите язык этой кассы (↑/↓, затем Enter).",
    "The shop's country": "Страна магазина",
    "Phone numbers typed without a country code are read as this country's; amounts are "
    "kept in the currency. The owner can change both later (Manage → Shop settings…).":
        "Номера телефонов без кода страны читаются как номера этой страны; суммы "
        "хранятся в этой валюте. Владелец может изменить и то и другое позже "
        "(Управление → Настройки магазина…).",
    "The shop's name": "Название магазина",
    "Shown on the member cards, the slips and the customer's screen.":
        "Печатается на картах участников и чеках и видно на экране покупателя.",
    "The owner's account": "Учётная запись владельца",
    "< Back": "< Назад",
    "Next >": "Далее >",
    "Start the till": "Открыть кассу",
    # Manage → Shop settings… (app/ui/shop_settings_dialog.py, app/ui/main.py)
    "Shop settings…": "Настройки магазина…",
    "Shop settings": "Настройки магазина",
    "This till's language": "Язык этой кассы",
    "Purchases are recorded in %1: the currency stays.":
        "Покупки уже записаны в %1: валюта не меняется.",
    # app/ui/messages.py: the shop's settings refused in words
    "Give the shop's name.": "Укажите название магазина.",
    "At most {limit} characters.": "Не больше {limit} символов.",
    "Choose the country of the shop's phones.": "Выберите страну телефонных номеров магазина.",
    "Choose one of the currencies.": "Выберите одну из валют.",
    "Purchases are already recorded in {currency}: the currency cannot change.":
        "Покупки уже записаны в {currency}: валюту изменить нельзя.",
    "Give this till a name.": "Дайте этой кассе название.",
    "Another till of the shop has this name.": "Так уже называется другая касса магазина.",
}

LV = {
    "Russia": "Krievija",
    "Latvia": "Latvija",
    "Other country": "Cita valsts",
    "Country": "Valsts",
    "Phone region": "Tālruņu reģions",
    "Currency": "Valūta",
    "Regulars — first start": "Regulars — pirmā palaišana",
    "Welcome to Regulars": "Laipni lūdzam Regulars",
    "Choose the language of this till (↑/↓, then Enter).":
        "Izvēlieties šīs kases valodu (↑/↓, tad Enter).",
    "The shop's country": "Veikala valsts",
    "Phone numbers typed without a country code are read as this country's; amounts are "
    "kept in the currency. The owner can change both later (Manage → Shop settings…).":
        "Tālruņu numuri bez valsts koda tiek lasīti kā šīs valsts numuri; summas tiek "
        "glabātas šajā valūtā. Īpašnieks abus var mainīt vēlāk "
        "(Pārvaldība → Veikala iestatījumi…).",
    "The shop's name": "Veikala nosaukums",
    "Shown on the member cards, the slips and the customer's screen.":
        "Redzams uz dalībnieku kartēm, čekiem un pircēja ekrānā.",
    "Shop name": "Veikala nosaukums",
    "This till's name": "Šīs kases nosaukums",
    "Each computer at the counter is a till of the shop. Its name is shown in reports by "
    "till, in the audit and on the customer's screen.":
        "Katrs dators pie letes ir veikala kase. Tās nosaukums redzams atskaitēs pa "
        "kasēm, audita žurnālā un pircēja ekrānā.",
    "The owner's account": "Īpašnieka konts",
    "Regulars is used behind a PIN. The first account is the owner's: it sets up the "
    "program, the staff and backups.":
        "Regulars lieto ar PIN kodu. Pirmais konts ir īpašnieka: tas iestata programmu, "
        "darbiniekus un rezerves kopijas.",
    "Your name": "Jūsu vārds",
    "PIN": "PIN",
    "PIN again": "PIN vēlreiz",
    "4 to 8 digits": "4 līdz 8 cipari",
    "The two PINs differ.": "Abi PIN kodi atšķiras.",
    "< Back": "< Atpakaļ",
    "Next >": "Tālāk >",
    "Start the till": "Atvērt kasi",
    "Quit": "Iziet",
    "Shop settings…": "Veikala iestatījumi…",
    "Shop settings": "Veikala iestatījumi",
    "This till's language": "Šīs kases valoda",
    "The language changes when Regulars is started again.":
        "Valoda mainīsies, kad Regulars tiks palaists no jauna.",
    "Purchases are recorded in %1: the currency stays.":
        "Pirkumi jau ir ierakstīti valūtā %1: valūta paliek nemainīga.",
    "Give the shop's name.": "Norādiet veikala nosaukumu.",
    "At most {limit} characters.": "Ne vairāk kā {limit} rakstzīmes.",
    "Choose the country of the shop's phones.": "Izvēlieties veikala tālruņu numuru valsti.",
    "Choose one of the currencies.": "Izvēlieties vienu no valūtām.",
    "Purchases are already recorded in {currency}: the currency cannot change.":
        "Pirkumi jau ir ierakstīti valūtā {currency}: valūtu mainīt nevar.",
    "Give this till a name.": "Dodiet šai kasei nosaukumu.",
    "Another till of the shop has this name.": "Šāds nosaukums jau ir citai veikala kasei.",
    "A PIN is 4 to 8 digits.": "PIN kods ir 4 līdz 8 cipari.",
    "Enter the name.": "Ievadiet vārdu.",
}
