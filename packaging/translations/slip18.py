"""Russian and Latvian for the customer's slip (issue #19, slip): Manage → Slip printer…,
the till's Ctrl+R / after-sale printing, and the printer's refusals (merged by
packaging/fill_ru.py; LV by the Latvian catalogue's filler)."""

RU = {
    # app/ui/main.py
    "Slip printer…": "Принтер чеков…",
    # app/ui/slip_settings_dialog.py
    "Slip printer": "Принтер чеков",
    "No slip": "Без чека",
    "ESC/POS printer on USB": "Принтер ESC/POS по USB",
    "ESC/POS printer on the network": "Принтер ESC/POS в сети",
    "ESC/POS printer: device or file": "Принтер ESC/POS: устройство или файл",
    "PDF files in a folder": "PDF-файлы в папку",
    "XPrinter, POS-58/80 and compatibles": "XPrinter, POS-58/80 и совместимые",
    "Epson TM": "Epson TM",
    "By the slip's language": "По языку чека",
    "CP866 — Cyrillic": "CP866 — кириллица",
    "CP1251 — Cyrillic (Windows)": "CP1251 — кириллица (Windows)",
    "CP1257 — Baltic, Latvian": "CP1257 — балтийская, латышский",
    "CP775 — Baltic (DOS)": "CP775 — балтийская (DOS)",
    "CP437 — Latin": "CP437 — латиница",
    "Switch pages letter by letter": "Переключать страницы по буквам",
    "58 mm (32 characters)": "58 мм (32 символа)",
    "80 mm (48 characters)": "80 мм (48 символов)",
    "Choose…": "Выбрать…",
    "Print after each sale (otherwise Ctrl+R at the till)":
        "Печатать после каждой покупки (иначе Ctrl+R на кассе)",
    "Thank you for shopping with us — Lavka, Riga": "Спасибо, что выбираете нас — Лавка, Рига",
    "Print a test slip": "Напечатать пробный чек",
    "Vendor id": "Vendor ID",
    "Product id": "Product ID",
    "Port": "Порт",
    "Printer": "Принтер",
    "Paper": "Бумага",
    "Printer kind": "Тип принтера",
    "Code page": "Кодовая страница",
    "USB": "USB",
    "Address": "Адрес",
    "Where": "Куда",
    "Shop's line": "Строка магазина",
    "A folder for the PDF files": "Папка для PDF-файлов",
    "Folder for the slips": "Папка для чеков",
    "Printer device or file": "Устройство принтера или файл",
    "Printing a test slip…": "Печатаем пробный чек…",
    "Test slip printed: %1": "Пробный чек напечатан: %1",
    # app/ui/slip_printing.py
    "Print the slip": "Напечатать чек",
    "Open a member to print their slip.": "Откройте участника, чтобы напечатать его чек.",
    "This member has no sale to print.": "У этого участника нет покупки для чека.",
    "No slip printer is set up: Manage → Slip printer…":
        "Принтер чеков не настроен: Управление → Принтер чеков…",
    "Printing the slip…": "Печатаем чек…",
    "Slip printed: %1": "Чек напечатан: %1",
    # app/ui/messages.py
    "The slip was not printed (the sale is recorded): {reason}":
        "Чек не напечатан (покупка проведена): {reason}",
    "Choose a printer and a paper width.": "Выберите принтер и ширину бумаги.",
    "Choose a code page from the list.": "Выберите кодовую страницу из списка.",
    "Choose where to print: a device, a file or a folder.":
        "Выберите, куда печатать: устройство, файл или папку.",
    "Enter the printer's address, e.g. 192.168.1.50, and port.":
        "Введите адрес принтера, например 192.168.1.50, и порт.",
    "Enter the USB vendor and product ids in hex, e.g. 0416 and 5011.":
        "Введите USB vendor и product ID в шестнадцатеричном виде, например 0416 и 5011.",
}

LV = {
    "Slip printer…": "Čeku printeris…",
    "Slip printer": "Čeku printeris",
    "No slip": "Bez čeka",
    "ESC/POS printer on USB": "ESC/POS printeris caur USB",
    "ESC/POS printer on the network": "ESC/POS printeris tīklā",
    "ESC/POS printer: device or file": "ESC/POS printeris: ierīce vai fails",
    "PDF files in a folder": "PDF faili mapē",
    "XPrinter, POS-58/80 and compatibles": "XPrinter, POS-58/80 un saderīgie",
    "Epson TM": "Epson TM",
    "By the slip's language": "Pēc čeka valodas",
    "CP866 — Cyrillic": "CP866 — kirilica",
    "CP1251 — Cyrillic (Windows)": "CP1251 — kirilica (Windows)",
    "CP1257 — Baltic, Latvian": "CP1257 — Baltijas, latviešu",
    "CP775 — Baltic (DOS)": "CP775 — Baltijas (DOS)",
    "CP437 — Latin": "CP437 — latīņu",
    "Switch pages letter by letter": "Pārslēgt lappuses pa burtam",
    "58 mm (32 characters)": "58 mm (32 rakstzīmes)",
    "80 mm (48 characters)": "80 mm (48 rakstzīmes)",
    "Choose…": "Izvēlēties…",
    "Print after each sale (otherwise Ctrl+R at the till)":
        "Drukāt pēc katra pirkuma (citādi Ctrl+R kasē)",
    "Thank you for shopping with us — Lavka, Riga":
        "Paldies, ka iepērkaties pie mums — Lavka, Rīga",
    "Print a test slip": "Izdrukāt izmēģinājuma čeku",
    "Vendor id": "Ražotāja ID",
    "Product id": "Produkta ID",
    "Port": "Ports",
    "Printer": "Printeris",
    "Paper": "Papīrs",
    "Printer kind": "Printera veids",
    "Code page": "Kodu lappuse",
    "USB": "USB",
    "Address": "Adrese",
    "Where": "Kur",
    "Shop's line": "Veikala rinda",
    "A folder for the PDF files": "Mape PDF failiem",
    "Folder for the slips": "Mape čekiem",
    "Printer device or file": "Printera ierīce vai fails",
    "Printing a test slip…": "Drukā izmēģinājuma čeku…",
    "Test slip printed: %1": "Izmēģinājuma čeks izdrukāts: %1",
    "Print the slip": "Izdrukāt čeku",
    "Open a member to print their slip.": "Atveriet dalībnieku, lai izdrukātu viņa čeku.",
    "This member has no sale to print.": "Šim dalībniekam nav pirkuma, ko izdrukāt.",
    "No slip printer is set up: Manage → Slip printer…":
        "Čeku printeris nav iestatīts: Pārvaldība → Čeku printeris…",
    "Printing the slip…": "Drukā čeku…",
    "Slip printed: %1": "Čeks izdrukāts: %1",
    "The slip was not printed (the sale is recorded): {reason}":
        "Čeks netika izdrukāts (pirkums ir reģistrēts): {reason}",
    "Choose a printer and a paper width.": "Izvēlieties printeri un papīra platumu.",
    "Choose a code page from the list.": "Izvēlieties kodu lappusi no saraksta.",
    "Choose where to print: a device, a file or a folder.":
        "Izvēlieties, kur drukāt: ierīci, failu vai mapi.",
    "Enter the printer's address, e.g. 192.168.1.50, and port.":
        "Ievadiet printera adresi, piemēram, 192.168.1.50, un portu.",
    "Enter the USB vendor and product ids in hex, e.g. 0416 and 5011.":
        "Ievadiet USB ražotāja un produkta ID heksadecimāli, piemēram, 0416 un 5011.",
}
