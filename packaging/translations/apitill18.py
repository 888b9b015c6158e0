"""Russian and Latvian for the register API inside the running till: Manage → Registers,
the server's status line, the till following a register (issue #19, apitill; merged by
packaging/fill_ru.py)."""

RU = {
    # app/ui/main.py
    "Registers…": "Кассовые аппараты…",
    # app/ui/api_host.py
    "The register API could not open port %1 (another program may use it). The till works "
    "on; choose another port in Manage → Registers.":
        "API для кассовых аппаратов не смог открыть порт %1 (его может занимать другая "
        "программа). Regulars работает дальше; выберите другой порт в «Управление → "
        "Кассовые аппараты».",
    "From the register “%1”": "С кассового аппарата «%1»",
    # app/ui/registers_dialog.py
    "Registers": "Кассовые аппараты",
    "Register": "Кассовый аппарат",
    "Created": "Добавлен",
    "Last used": "Последний запрос",
    "Revoked": "Отключён",
    "A new register's name, e.g. Register 1": "Название нового аппарата, например Касса 1",
    "Add": "Добавить",
    "Revoke…": "Отключить…",
    "Registers that may use the API": "Кассовые аппараты, которым открыт API",
    "Copy": "Копировать",
    "Copy it into the register's settings now; it is not shown again.":
        "Скопируйте его в настройки кассового аппарата сейчас: больше он не будет "
        "показан.",
    "Serve the register API on this till":
        "Включить API для кассовых аппаратов на этом компьютере",
    "Port": "Порт",
    "Open to the shop's network": "Открыть для сети магазина",
    "Every computer in the shop's network can reach the API then (registers still need "
    "their token). Open it only on the shop's own network, never on a guests' Wi-Fi.":
        "Тогда API доступен с любого компьютера в сети магазина (кассовым аппаратам "
        "по-прежнему нужен их токен). Открывайте его только в собственной сети магазина, никогда — в гостевом "
        "Wi-Fi.",
    "Registers connect to": "Адрес для кассовых аппаратов",
    "Save and restart the API": "Сохранить и перезапустить API",
    "The API on this till": "API на этом компьютере",
    "The token of “%1”": "Токен кассового аппарата «%1»",
    "Added.": "Добавлено.",
    "Revoke": "Отключить",
    "Revoke “%1”? Its token stops working at once; the register needs a new one to connect "
    "again.":
        "Отключить «%1»? Его токен сразу перестанет действовать; чтобы подключиться снова, "
        "аппарату понадобится новый.",
    "Revoked: %1": "Отключён: %1",
    "(the API is off)": "(API выключен)",
    "The API is off.": "API выключен.",
    "The API is serving at %1": "API работает по адресу %1",
    "The API could not open port %1: another program may use it. Choose another port.":
        "API не смог открыть порт %1: его может занимать другая программа. Выберите другой "
        "порт.",
    # app/ui/messages.py: services/registers.py's refusals
    "Give the register a name.": "Дайте кассовому аппарату название.",
    "A register's name has at most 60 characters.":
        "Название кассового аппарата — не длиннее 60 символов.",
    "A register named {name} already exists.": "Кассовый аппарат с названием {name} уже есть.",
    "There is no register named {name}.": "Кассового аппарата с названием {name} нет.",
}

LV = {
    # app/ui/main.py
    "Registers…": "Kases aparāti…",
    # app/ui/api_host.py
    "The register API could not open port %1 (another program may use it). The till works "
    "on; choose another port in Manage → Registers.":
        "Kases aparātu API nevarēja atvērt portu %1 (to, iespējams, izmanto cita programma). "
        "Kase strādā tālāk; izvēlieties citu portu sadaļā “Pārvaldība → Kases aparāti”.",
    "From the register “%1”": "No kases aparāta “%1”",
    # app/ui/registers_dialog.py
    "Registers": "Kases aparāti",
    "Register": "Kases aparāts",
    "Created": "Izveidots",
    "Last used": "Pēdējoreiz lietots",
    "Revoked": "Atsaukts",
    "A new register's name, e.g. Register 1": "Jaunā kases aparāta nosaukums, piem., Kase 1",
    "Add": "Pievienot",
    "Revoke…": "Atsaukt…",
    "Registers that may use the API": "Kases aparāti, kas drīkst lietot API",
    "Copy": "Kopēt",
    "Copy it into the register's settings now; it is not shown again.":
        "Iekopējiet to kases aparāta iestatījumos tūlīt; tas vairs netiks parādīts.",
    "Serve the register API on this till": "Ieslēgt kases aparātu API šajā datorā",
    "Port": "Ports",
    "Open to the shop's network": "Atvērt veikala tīklam",
    "Every computer in the shop's network can reach the API then (registers still need "
    "their token). Open it only on the shop's own network, never on a guests' Wi-Fi.":
        "Tad API var sasniegt jebkurš dators veikala tīklā (kases aparātiem joprojām vajag "
        "savu žetonu). Atveriet to tikai veikala paša tīklā, nekad viesu Wi-Fi.",
    "Registers connect to": "Adrese kases aparātiem",
    "Save and restart the API": "Saglabāt un restartēt API",
    "The API on this till": "API šajā datorā",
    "The token of “%1”": "Kases aparāta “%1” žetons",
    "Added.": "Pievienots.",
    "Revoke": "Atsaukt",
    "Revoke “%1”? Its token stops working at once; the register needs a new one to connect "
    "again.":
        "Atsaukt “%1”? Tā žetons uzreiz pārstās darboties; lai pieslēgtos atkal, kases "
        "aparātam vajadzēs jaunu.",
    "Revoked: %1": "Atsaukts: %1",
    "(the API is off)": "(API ir izslēgts)",
    "The API is off.": "API ir izslēgts.",
    "The API is serving at %1": "API darbojas adresē %1",
    "The API could not open port %1: another program may use it. Choose another port.":
        "API nevarēja atvērt portu %1: to, iespējams, izmanto cita programma. Izvēlieties "
        "citu portu.",
    # app/ui/messages.py: services/registers.py's refusals
    "Give the register a name.": "Piešķiriet kases aparātam nosaukumu.",
    "A register's name has at most 60 characters.":
        "Kases aparāta nosaukumā ir ne vairāk kā 60 rakstzīmju.",
    "A register named {name} already exists.": "Kases aparāts ar nosaukumu {name} jau ir.",
    "There is no register named {name}.": "Kases aparāta ar nosaukumu {name} nav.",
}
