<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="45" />
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="97" />
        <source>Name, last digits of the phone, or card</source>
        <translation>Имя, последние цифры телефона или карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="98" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="58" />
        <source>Why: a purchase not scanned, a mistake…</source>
        <translation>Почему: покупку не отсканировали, ошибка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="59" />
        <source>A positive number adds points, a negative one takes them.</source>
        <translation>Положительное число начисляет баллы, отрицательное — списывает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="65" />
        <source>Find the member</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="67" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="68" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="70" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="71" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="126" />
        <source>Nobody found.</source>
        <translation>Никого не нашли.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="140" />
        <source>%1, balance %2</source>
        <translation>%1, на счёте %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="143" />
        <source>Find the member first.</source>
        <translation>Сначала найдите участника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="161" />
        <source>Saved: %1 points. Balance: %2.</source>
        <translation>Сохранено, баллы: %1. На счёте: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="53" />
        <source>Adjust points…</source>
        <translation>Корректировка баллов…</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../app/ui/amounts.py" line="82" />
        <source>at most %1</source>
        <translation>не больше %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="84" />
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="114" />
        <source>Large amount</source>
        <translation>Крупная сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="115" />
        <source>Record %1? That is more than usual.</source>
        <translation>Провести %1? Это больше обычного.</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="117" />
        <source>&amp;Record</source>
        <translation>&amp;Провести</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="120" />
        <source>&amp;Correct the amount</source>
        <translation>&amp;Исправить сумму</translation>
    </message>
</context>
<context>
    <name>ApiHost</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="92" />
        <source>The register API could not open port %1 (another program may use it). The till works on; choose another port in Manage → Registers.</source>
        <translation>API для кассовых аппаратов не смог открыть порт %1 (его может занимать другая программа). Regulars работает дальше; выберите другой порт в «Управление → Кассовые аппараты».</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="150" />
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="154" />
        <source>action, e.g. refund</source>
        <translation>действие, например refund</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="156" />
        <source>staff name</source>
        <translation>имя сотрудника</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="157" />
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="185" />
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="57" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="91" />
        <source>A verified copy of the shop's server (pg_dump) is made every day; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation>Проверенная копия сервера магазина (pg_dump) делается каждый день; хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий. Держите папку на другом диске (флешке, сетевой папке), чтобы отказ одного диска не унёс и данные, и копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="95" />
        <source>A verified copy is made at start and every day, and before every upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation>Проверенная копия делается при запуске, каждый день и перед каждым обновлением; хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий. Держите папку на другом диске (флешке, сетевой папке), чтобы отказ одного диска не унёс и данные, и копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="83" />
        <source>Change folder…</source>
        <translation>Сменить папку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="84" />
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="104" />
        <source>The daily copy is made by the till that does the shop's upkeep, into its own folder. A copy is restored into a new, empty database, never over the one the tills are using; then each till is pointed at it. To restore, run (FILE is the copy):</source>
        <translation>Ежедневную копию делает касса, которая выполняет обслуживание магазина, — в свою папку. Копия восстанавливается в новую, пустую базу данных, а не поверх той, с которой работают кассы; затем каждой кассе указывают новую базу. Чтобы восстановить, выполните (FILE — файл копии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="128" />
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="129" />
        <source>Restore the selected backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="130" />
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="149" />
        <source>Scheduled or on demand</source>
        <translation>По расписанию или вручную</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="150" />
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="151" />
        <source>Data as it was before a restore</source>
        <translation>Данные до восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="152" />
        <source>Damaged file kept before a restore</source>
        <translation>Повреждённый файл, сохранённый перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="179" />
        <source>Where to keep backups</source>
        <translation>Где хранить резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="193" />
        <source>Backed up and verified: %1</source>
        <translation>Копия сделана и проверена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="203" />
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="205" />
        <source>Regulars backups (*.sqlite3)</source>
        <translation>Резервные копии Regulars (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="212" />
        <source>Replace all current data with the backup of %1?

Members, purchases, the program, staff and PINs become what they were then; anything recorded since is set aside. A copy of the current data is kept first, so this can be undone. Everyone will have to sign in again.</source>
        <translation>Заменить все текущие данные копией от %1?

Участники, покупки, программа, сотрудники и их ПИН-коды станут такими, какими были тогда; всё записанное позже будет отложено. Сначала сохраняется копия текущих данных, так что это можно отменить. Всем придётся войти заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="217" />
        <location filename="../../app/ui/backup_dialog.py" line="232" />
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="226" />
        <source>Restored from %1.</source>
        <translation>Восстановлено из копии %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="228" />
        <source>The data as it was just before is kept as %1.</source>
        <translation>Данные, какими они были перед этим, сохранены как %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="233" />
        <source>Sign in again to continue.</source>
        <translation>Чтобы продолжить, войдите снова.</translation>
    </message>
</context>
<context>
    <name>CardDesignerDialog</name>
    <message>
        <location filename="../../app/ui/card_designer.py" line="41" />
        <source>Member cards</source>
        <translation>Карты участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="62" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="63" />
        <source>Print cards…</source>
        <translation>Печать карт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="64" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="77" />
        <source>e.g. Coffee and bakery since 2009</source>
        <translation>например, Кофе и выпечка с 2009 года</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="79" />
        <source>Rules on the back; leave empty for no back</source>
        <translation>Правила на обороте; оставьте пустым, если оборот не нужен</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="83" />
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="84" />
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="90" />
        <source>Card number under the barcode</source>
        <translation>Номер карты под штрихкодом</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="91" />
        <source>Member since</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="95" />
        <source>QR code of the card number too</source>
        <translation>Ещё и QR-код с номером карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="102" />
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="103" />
        <location filename="../../app/ui/card_designer.py" line="199" />
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="104" />
        <source>Line under the shop name</source>
        <translation>Строка под названием</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="116" />
        <source>Colour: %1</source>
        <translation>Цвет: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="117" />
        <source>On the front</source>
        <translation>На лицевой стороне</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="119" />
        <source>Back text</source>
        <translation>Текст на обороте</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="120" />
        <source>Shop phone (back)</source>
        <translation>Телефон магазина (на обороте)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="121" />
        <source>Card language</source>
        <translation>Язык карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="125" />
        <source>Ivan Petrov</source>
        <translation>Иван Петров</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="130" />
        <source>Preview as</source>
        <translation>Образец для</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="138" />
        <source>True size on this screen: hold a card against it.</source>
        <translation>В натуральную величину: приложите карту к экрану.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="194" />
        <source>Tier colour</source>
        <translation>Цвет статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="200" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>a logo is set</source>
        <translation>логотип выбран</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="260" />
        <source>Saved. New cards are printed with this design.</source>
        <translation>Сохранено. Новые карты будут печататься с этим дизайном.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="62" />
        <source>Print member cards</source>
        <translation>Печать карт участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="74" />
        <source>The card of %1, number %2</source>
        <translation>Карта участника %1, номер %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="81" />
        <source>A4 sheets: 10 cards with crop marks</source>
        <translation>Листы A4: 10 карт с метками реза</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="82" />
        <source>One card a page (card printer)</source>
        <translation>Одна карта на странице (принтер карт)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="86" />
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Which</source>
        <translation>Какие</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Cards</source>
        <translation>Карт</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="96" />
        <source>Print runs</source>
        <translation>Журнал печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="101" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="102" />
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="103" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="116" />
        <source>All members</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="117" />
        <source>One tier:</source>
        <translation>Один статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="118" />
        <source>These cards (scan or type the numbers, one a line):</source>
        <translation>Эти карты (отсканируйте или введите номера, по одному в строке):</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="127" />
        <source>Find a member by name or phone, Enter to add</source>
        <translation>Найдите участника по имени или телефону, Enter — добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="159" />
        <source>New cards, never printed: %1</source>
        <translation>Новые карты, ещё не напечатанные: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>chosen</source>
        <translation>выбранные</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="172" />
        <source>at the till</source>
        <translation>на кассе</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="198" />
        <source>Nobody found.</source>
        <translation>Никого не нашли.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/card_print_dialog.py" line="221" />
        <source>%n card(s) chosen.</source>
        <translation>
            <numerusform>Выбрана %Ln карта.</numerusform><numerusform>Выбраны %Ln карты.</numerusform><numerusform>Выбрано %Ln карт.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="231" />
        <source>Save cards as PDF</source>
        <translation>Сохранить карты в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="232" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="270" />
        <source>Printing…</source>
        <translation>Идёт печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Printing cards…</source>
        <translation>Печатаются карты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="287" />
        <source>%1 card(s) on %2 page(s). The print run is recorded.</source>
        <translation>Карт: %1, страниц: %2. Печать записана в журнал.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="295" />
        <source>Cancelled: nothing was recorded.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="299" />
        <source>Printing failed: %1</source>
        <translation>Печать не удалась: %1</translation>
    </message>
</context>
<context>
    <name>CharityDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="26" />
        <source>Charity</source>
        <translation>Благотворительность</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="33" />
        <source>Points members gave to good causes.</source>
        <translation>Баллы, которые участники пожертвовали фондам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Cause</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Worth</source>
        <translation>В деньгах</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donations</source>
        <translation>Пожертвований</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donors</source>
        <translation>Жертвователей</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="59" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="61" />
        <source>In total members gave %n point(s), worth %1.</source>
        <translation>
            <numerusform>Всего участники пожертвовали %Ln балл — это %1.</numerusform><numerusform>Всего участники пожертвовали %Ln балла — это %1.</numerusform><numerusform>Всего участники пожертвовали %Ln баллов — это %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompensationChoice</name>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>No compensation</source>
        <translation>Без компенсации</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>Apology points</source>
        <translation>Баллы в извинение</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A discount on the next purchase</source>
        <translation>Скидка на следующую покупку</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="46" />
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="61" />
        <source>Only a member can be compensated: open the member first to give points, a gift or a discount.</source>
        <translation>Компенсацию можно дать только участнику: сначала откройте участника, чтобы начислить баллы, сделать подарок или дать скидку.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="80" />
        <source>Complaint — %1</source>
        <translation>Жалоба — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="81" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="98" />
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="99" />
        <location filename="../../app/ui/complaint_dialog.py" line="256" />
        <source>&amp;Next →  (Enter)</source>
        <translation>&amp;Далее →  (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="103" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="104" />
        <source>Press Esc again to throw this complaint away; nothing has been recorded yet.</source>
        <translation>Нажмите Esc ещё раз, чтобы отказаться от жалобы; пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="131" />
        <source>Listen without interrupting. Don't explain or defend yet.</source>
        <translation>Выслушайте, не перебивая. Пока не объясняйте и не оправдывайтесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="133" />
        <source>Let them say everything; nod, keep eye contact. When they have finished, press Enter.</source>
        <translation>Дайте высказать всё; кивайте, смотрите в глаза. Когда человек закончит, нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="138" />
        <source>Facts are what can be checked; feelings are how it was for them. Write them apart. (Shift+Enter: a new line.)</source>
        <translation>Факты — то, что можно проверить; чувства — каково это было для человека. Запишите их отдельно. (Shift+Enter — новая строка.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="140" />
        <source>What happened: times, orders, amounts</source>
        <translation>Что произошло: время, заказы, суммы</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="141" />
        <source>How they feel about it, in their words</source>
        <translation>Что человек чувствует — его словами</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="144" />
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="146" />
        <source>Their feelings and opinions</source>
        <translation>Чувства и мнения</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="150" />
        <source>I can see this really upset you.</source>
        <translation>Я вижу, что вас это очень расстроило.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="151" />
        <source>In your place I'd be unhappy too.</source>
        <translation>На вашем месте мне тоже было бы неприятно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="152" />
        <source>I understand — you were counting on us and we let you down.</source>
        <translation>Понимаю — вы на нас рассчитывали, а мы вас подвели.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="153" />
        <source>Thank you for telling us; this matters.</source>
        <translation>Спасибо, что сказали нам об этом, это важно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="156" />
        <source>Say one of these in your own voice, so they know they were heard:</source>
        <translation>Скажите одну из этих фраз своими словами, чтобы человек понял, что его услышали:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="166" />
        <source>My own words:</source>
        <translation>Свои слова:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="179" />
        <source>Read it back to them and let them correct you; fix the text if they do.</source>
        <translation>Перескажите это человеку и дайте поправить вас; если поправит — исправьте текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="187" />
        <source>Agree what happens next. A compensation is a gift: you will get the words to say it.</source>
        <translation>Договоритесь, что будет дальше. Компенсация — это подарок: программа подскажет, как сказать о нём.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="189" />
        <source>What we will do about it</source>
        <translation>Что мы сделаем</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="205" />
        <source>The complaint is recorded.</source>
        <translation>Жалоба записана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="206" />
        <source>Say it out loud:</source>
        <translation>Скажите вслух:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="209" />
        <source>Thank them for telling you, and do what you promised. The manager follows it up.</source>
        <translation>Поблагодарите за то, что сказали, и сделайте обещанное. Менеджер проследит за остальным.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Let them finish</source>
        <translation>Дайте договорить</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Facts apart from feelings</source>
        <translation>Факты отдельно от чувств</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Reflect the feeling</source>
        <translation>Покажите, что понимаете чувства</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Summarise back</source>
        <translation>Перескажите услышанное</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Solve it</source>
        <translation>Решите вопрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="246" />
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="255" />
        <source>Record the complaint (Enter)</source>
        <translation>Записать жалобу (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="273" />
        <source>Let me check I understood: </source>
        <translation>Давайте проверим, всё ли верно: </translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="355" />
        <source>Next time you get %1% off — our apology.</source>
        <translation>В следующий раз — скидка %1 %: так мы просим прощения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="363" />
        <source>Said it</source>
        <translation>Сказано</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="208" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="218" />
        <source>Open complaints</source>
        <translation>Открытые жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="219" />
        <source>Closed complaints</source>
        <translation>Закрытые жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="220" />
        <source>All complaints</source>
        <translation>Все жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="336" />
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="244" />
        <location filename="../../app/ui/care_reports.py" line="325" />
        <source>Follow up and close</source>
        <translation>Разобрать и закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="247" />
        <source>What was done: called back, refunded, how they took it</source>
        <translation>Что сделано: перезвонили, вернули деньги, как человек это принял</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="251" />
        <location filename="../../app/ui/care_reports.py" line="327" />
        <source>Close the complaint</source>
        <translation>Закрыть жалобу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="274" />
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%Ln жалоба</numerusform><numerusform>%Ln жалобы</numerusform><numerusform>%Ln жалоб</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="304" />
        <source>%n apology point(s)</source>
        <translation>
            <numerusform>%Ln балл в извинение</numerusform><numerusform>%Ln балла в извинение</numerusform><numerusform>%Ln баллов в извинение</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="306" />
        <source>%1% off the next purchase</source>
        <translation>Скидка %1 % на следующую покупку</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="308" />
        <source>A gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="321" />
        <source>Nothing to show.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="324" />
        <source>Add a follow-up note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="326" />
        <source>Add the note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>Their feelings</source>
        <translation>Чувства</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Reflected with</source>
        <translation>Чем откликнулись</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Summary said back</source>
        <translation>Пересказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="335" />
        <source>Solution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Words said</source>
        <translation>Сказанные слова</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Follow-up</source>
        <translation>Что сделано потом</translation>
    </message>
</context>
<context>
    <name>CountryFields</name>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="45" />
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="46" />
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="47" />
        <source>Other country</source>
        <translation>Другая страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="50" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="51" />
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="52" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="106" />
        <source>The shop's country</source>
        <translation>Страна магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="107" />
        <source>Phone numbers typed without a country code are read as this country's; amounts are kept in the currency. The owner can change both later (Manage → Shop settings…).</source>
        <translation>Номера телефонов без кода страны читаются как номера этой страны; суммы хранятся в этой валюте. Владелец может изменить и то и другое позже (Управление → Настройки магазина…).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="48" />
        <source>Regulars — for the customer</source>
        <translation>Regulars — для покупателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="104" />
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="37" />
        <source>Donate points — %1</source>
        <translation>Пожертвовать баллы — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="52" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>не более %Ln балла</numerusform><numerusform>не более %Ln баллов</numerusform><numerusform>не более %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="59" />
        <source>Cause</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="61" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="66" />
        <source>Donate (Enter)</source>
        <translation>Пожертвовать (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="68" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>На счёте %Ln балл</numerusform><numerusform>На счёте %Ln балла</numerusform><numerusform>На счёте %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="90" />
        <source>No points were given: check who the customer is first.</source>
        <translation>Баллы не переданы: сначала проверьте, кто покупатель.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="52" />
        <source>Prize draw</source>
        <translation>Розыгрыш призов</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="70" />
        <source>e.g. Hoarders' draw 2026</source>
        <translation>например, Розыгрыш для копящих 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="72" />
        <source>Points held now</source>
        <translation>Баллы на счёте сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="73" />
        <source>Qualifying points earned in a period</source>
        <translation>Зачётные баллы, набранные за период</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="76" />
        <source>One prize per line; the first line is the first prize</source>
        <translation>По призу на строку; первая строка — первый приз</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="80" />
        <source>Empty: a random seed</source>
        <translation>Пусто — случайное зерно</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Who takes part</source>
        <translation>Кто участвует</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Draw name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="89" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="90" />
        <source>At least (points)</source>
        <translation>Не меньше (баллов)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Prizes</source>
        <translation>Призы</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="96" />
        <source>Run the draw</source>
        <translation>Провести розыгрыш</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="98" />
        <location filename="../../app/ui/draw_dialog.py" line="104" />
        <source>New draw</source>
        <translation>Новый розыгрыш</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="128" />
        <source>Fill in the draw and run it: the winners appear here, with the seed that lets anyone re-run it.</source>
        <translation>Заполните условия и проведите розыгрыш: здесь появятся победители и зерно, с которым любой может его повторить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Prize</source>
        <translation>Приз</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="138" />
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="152" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Took part</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Draw</source>
        <translation>Розыгрыш</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="160" />
        <source>Winners</source>
        <translation>Победителей</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="161" />
        <source>Earlier draws</source>
        <translation>Прошлые розыгрыши</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="199" />
        <source>A seed is a whole number from 0 to %1, or leave it empty.</source>
        <translation>Зерно — целое число от 0 до %1; или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="241" />
        <source>%1 — drawn on %2</source>
        <translation>%1 — разыгран %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/draw_dialog.py" line="243" />
        <source>%n member(s) took part.</source>
        <translation>
            <numerusform>Участвовал %Ln участник.</numerusform><numerusform>Участвовали %Ln участника.</numerusform><numerusform>Участвовали %Ln участников.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="244" />
        <source>Seed %1 — anyone can re-run this draw with it.</source>
        <translation>Зерно %1 — с ним любой может повторить этот розыгрыш.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="246" />
        <source>List digest: %1…</source>
        <translation>Отпечаток списка: %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="265" />
        <source>Re-run matches: the same members took part and the same winners were drawn.</source>
        <translation>Повтор совпадает: те же участники и те же победители.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="267" />
        <source>Re-run does not match: %1</source>
        <translation>Повтор не совпадает: %1</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>Edit member</source>
        <translation>Изменить данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>First name *</source>
        <translation>Имя *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Phone *</source>
        <translation>Телефон *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation>День рождения (дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="81" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="92" />
        <source>Agrees to processing of personal data (required)</source>
        <translation>Согласие на обработку персональных данных (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="93" />
        <source>SMS offers</source>
        <translation>SMS-рассылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="94" />
        <source>E-mail offers</source>
        <translation>E-mail-рассылка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/enrol_dialog.py" line="97" />
        <source>Welcome gift: %n point(s) on the new card</source>
        <translation>
            <numerusform>Подарок: %Ln балл уже на новой карте</numerusform><numerusform>Подарок: %Ln балла уже на новой карте</numerusform><numerusform>Подарок: %Ln баллов уже на новой карте</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="104" />
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="124" />
        <source>The till's language</source>
        <translation>Язык кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="128" />
        <source>Speak to them in</source>
        <translation>Язык общения</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="139" />
        <source>Referred by (phone or card)</source>
        <translation>Кто пригласил (телефон или карта)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="156" />
        <source>the new member</source>
        <translation>новый участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="157" />
        <source>Both of you get points when %1 makes a first purchase.</source>
        <translation>Вы оба получите баллы, когда %1 сделает первую покупку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="163" />
        <source>Referred by %1.</source>
        <translation>По приглашению: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="190" />
        <source>Open this member</source>
        <translation>Открыть этого участника</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="46" />
        <location filename="../../app/ui/export_dialog.py" line="139" />
        <source>Export data</source>
        <translation>Выгрузка данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All members</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All purchases</source>
        <translation>Все покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="56" />
        <source>Points ledger (every change of points)</source>
        <translation>Журнал баллов (каждое изменение баллов)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="59" />
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation>CSV (для таблиц, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="60" />
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="61" />
        <source>JSON (for other programs)</source>
        <translation>JSON (для других программ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="64" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="71" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="72" />
        <source>Every row is exported, in the till's local time. The file holds customers' personal data and staff notes: keep it safe. Erased members appear without their personal data.</source>
        <translation>Выгружаются все строки, время — местное время кассы. В файле персональные данные покупателей и заметки сотрудников: храните его бережно. Удалённые участники выгружаются без персональных данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80" />
        <source>Export (Enter)</source>
        <translation>Выгрузить (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="83" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="115" />
        <source>Export to</source>
        <translation>Куда выгрузить</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="129" />
        <source>Choose a file to write to.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="137" />
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="153" />
        <source>Exporting: %1 of %2 rows…</source>
        <translation>Выгрузка: %1 из %2 строк…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="138" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="158" />
        <source>Export cancelled: no file was written.</source>
        <translation>Выгрузка отменена: файл не записан.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export_dialog.py" line="160" />
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Выгружена %Ln строка в файл %1.</numerusform><numerusform>Выгружены %Ln строки в файл %1.</numerusform><numerusform>Выгружено %Ln строк в файл %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167" />
        <source>The export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="213" />
        <source>Regulars — first start</source>
        <translation>Regulars — первый запуск</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="214" />
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="215" />
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="216" />
        <source>Start the till</source>
        <translation>Открыть кассу</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="217" />
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="221" />
        <source>The shop's name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="222" />
        <source>Shown on the member cards, the slips and the customer's screen.</source>
        <translation>Печатается на картах участников и чеках и видно на экране покупателя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="223" />
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="226" />
        <location filename="../../app/ui/first_start_wizard.py" line="230" />
        <source>This till's name</source>
        <translation>Название этой кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="227" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation>Каждый компьютер у прилавка — касса магазина. Её название видно в отчётах по кассам, в журнале действий и на экране покупателя.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="163" />
        <source>Gift for %1</source>
        <translation>Подарок — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="177" />
        <source>A gift given silently earns no thanks. Record it, then say it out loud.</source>
        <translation>Молча сделанный подарок не вызывает благодарности. Запишите его и скажите вслух.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="183" />
        <source>Give (Enter)</source>
        <translation>Подарить (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="186" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="201" />
        <source>Say it out loud:</source>
        <translation>Скажите вслух:</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="210" />
        <source>Said it</source>
        <translation>Сказано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gift_dialog.py" line="260" />
        <source>Balance now: %n point(s)</source>
        <translation>
            <numerusform>Теперь на счёте %Ln балл</numerusform><numerusform>Теперь на счёте %Ln балла</numerusform><numerusform>Теперь на счёте %Ln баллов</numerusform></translation>
    </message>
</context>
<context>
    <name>GiftFields</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="82" />
        <source>e.g. a large cappuccino instead of a medium</source>
        <translation>например, большой капучино вместо среднего</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="95" />
        <source>Choose why…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="112" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="113" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="114" />
        <source>Value to the shop</source>
        <translation>Стоимость для магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="116" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="118" />
        <source>Points as well</source>
        <translation>И ещё баллы</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="52" />
        <source>Size or class upgrade</source>
        <translation>Повышение размера или класса</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="53" />
        <source>Extra item</source>
        <translation>Дополнительный товар</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="54" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="55" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="60" />
        <source>Out of stock</source>
        <translation>Не оказалось в наличии</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="61" />
        <source>Waited too long</source>
        <translation>Долго ждали</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="62" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="63" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="64" />
        <source>Tier perk</source>
        <translation>Привилегия статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="65" />
        <source>Just because</source>
        <translation>Просто так</translation>
    </message>
</context>
<context>
    <name>GiftsReportDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="86" />
        <source>Gifts given</source>
        <translation>Подарки</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="99" />
        <source>Show (Enter)</source>
        <translation>Показать (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="102" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="104" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Gifts</source>
        <translation>Подарки</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="115" />
        <source>By reason</source>
        <translation>По причинам</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="116" />
        <source>By cashier</source>
        <translation>По кассирам</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="118" />
        <source>“Others”: members who bought in the same period and got no gift, counted from their first purchase in it.</source>
        <translation>«Остальные» — участники, которые покупали в тот же период и не получали подарков; считается от их первой покупки в периоде.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="145" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="150" />
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="161" />
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%Ln подарок</numerusform><numerusform>%Ln подарка</numerusform><numerusform>%Ln подарков</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="162" />
        <source>cost %1</source>
        <translation>стоимость %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="163" />
        <source>%n point(s) given</source>
        <translation>
            <numerusform>подарен %Ln балл</numerusform><numerusform>подарено %Ln балла</numerusform><numerusform>подарено %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="164" />
        <source>Said out loud: %1 of %2</source>
        <translation>Сказано вслух: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="174" />
        <source>Came back within %1 days: too early to tell.</source>
        <translation>Вернулись в течение %1 дней: судить пока рано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="176" />
        <source>Came back within %1 days: %2 of gifted members (too early to tell for the others)</source>
        <translation>Вернулись в течение %1 дней: %2 получивших подарок (об остальных судить пока рано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="179" />
        <source>Came back within %1 days: %3 of members without a gift (too early to tell for the gifted)</source>
        <translation>Вернулись в течение %1 дней: %3 участников без подарка (о получивших подарок судить пока рано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="182" />
        <source>Came back within %1 days: %2 of gifted members vs %3 of others</source>
        <translation>Вернулись в течение %1 дней: %2 получивших подарок против %3 остальных</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="192" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="75" />
        <source>Program health</source>
        <translation>Здоровье программы</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Members</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Reached</source>
        <translation>Достигли</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Took them (median)</source>
        <translation>Заняло (медиана)</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Median member needs</source>
        <translation>Медианному участнику нужно</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="88" />
        <source>“Took them”: among members who reached the tier, the median time from enrolment. “Median member needs”: at the earning pace of the median member enrolled for a month or more.</source>
        <translation>«Заняло»: медиана времени от регистрации у тех, кто достиг статуса. «Медианному участнику нужно»: при темпе медианного участника, который зарегистрирован месяц назад или раньше.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="106" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform><numerusform>%Ln дня</numerusform><numerusform>%Ln дней</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="108" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln месяц</numerusform><numerusform>%Ln месяца</numerusform><numerusform>%Ln месяцев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="111" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln год</numerusform><numerusform>%Ln года</numerusform><numerusform>%Ln лет</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="112" />
        <source>%1 years</source>
        <translation>%1 года</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="118" />
        <source>%n member(s).</source>
        <translation>
            <numerusform>%Ln участник.</numerusform><numerusform>%Ln участника.</numerusform><numerusform>%Ln участников.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="119" />
        <source>The median member earns about %1 qualifying points a month.</source>
        <translation>Медианный участник набирает около %1 зачётных баллов в месяц.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="127" />
        <source>from the start</source>
        <translation>сразу</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="137" />
        <source>The top tier is out of reach: the median member would need %1. Aim for two to three.</source>
        <translation>Высший статус недостижим: медианному участнику понадобится %1. Стремитесь к двум-трём годам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="140" />
        <source>The top tier is too easy: the median member reaches it in %1, under six months. Aim for two to three years.</source>
        <translation>Высший статус слишком лёгкий: медианный участник получает его за %1 — меньше полугода. Стремитесь к двум-трём годам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="143" />
        <source>The first step takes more than three months: newcomers need a first win within weeks.</source>
        <translation>Первая ступень занимает больше трёх месяцев: новичкам нужна первая победа за несколько недель.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="145" />
        <source>The median member needs %1 to reach %2.</source>
        <translation>Медианному участнику до статуса «%2» нужно %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="148" />
        <source>Not enough data yet: the pace is measured on members enrolled for a month or more who have earned points.</source>
        <translation>Пока мало данных: темп считается по участникам, которые зарегистрированы месяц назад или раньше и набрали баллы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="165" />
        <source>The ladder looks well tuned: the median member reaches %1 in %2.</source>
        <translation>Лестница настроена хорошо: медианный участник достигает статуса «%1» за %2.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76" />
        <source>Import members</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100" />
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101" />
        <source>A CSV or XLSX file exported from the old system.</source>
        <translation>Файл CSV или XLSX, выгруженный из прежней системы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="51" />
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110" />
        <source>Which column is which</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="129" />
        <source>How</source>
        <translation>Как импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="131" />
        <source>Skip them</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132" />
        <source>Merge: fill empty fields, add the points once</source>
        <translation>Объединить: заполнить пустые поля, баллы добавить один раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134" />
        <source>All or nothing: one bad row stops the import</source>
        <translation>Всё или ничего: одна ошибочная строка останавливает импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135" />
        <source>Valid rows only: leave the rejected rows out</source>
        <translation>Только верные строки: отклонённые не загружать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138" />
        <source>Already a member (same phone or card):</source>
        <translation>Уже участник (тот же телефон или карта):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="140" />
        <source>Rows with problems:</source>
        <translation>Строки с ошибками:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150" />
        <source>Check (dry run)</source>
        <translation>Проверить (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="152" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="153" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="195" />
        <location filename="../../app/ui/import_report.py" line="45" />
        <source>Check the file first: nothing is saved until you import.</source>
        <translation>Сначала проверьте файл: до импорта ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="51" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="52" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="53" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52" />
        <location filename="../../app/ui/import_report.py" line="54" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="47" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="49" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="50" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51" />
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54" />
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55" />
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57" />
        <source>Enrolment date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="29" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="30" />
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="31" />
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (кириллица)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="32" />
        <source>CP866 (DOS Cyrillic)</source>
        <translation>CP866 (кириллица DOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="33" />
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="34" />
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (балтийская)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="68" />
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="55" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="44" />
        <source>Dry run report</source>
        <translation>Отчёт проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="176" />
        <source>Choose the export file</source>
        <translation>Выберите файл выгрузки</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="177" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="189" />
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln строка</numerusform><numerusform>%1 (%2): %Ln строки</numerusform><numerusform>%1 (%2): %Ln строк</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="90" />
        <source>An Excel file carries its own encoding.</source>
        <translation>Файл Excel сам хранит свою кодировку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="93" />
        <source>Read as you chose.</source>
        <translation>Прочитано в выбранной кодировке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="96" />
        <source>Detected. If the names look wrong, choose another encoding.</source>
        <translation>Определена автоматически. Если имена выглядят неправильно, выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="209" />
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Checking the rows…</source>
        <translation>Проверяем строки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Importing members…</source>
        <translation>Импортируем участников…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="269" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="306" />
        <source>The import failed and nothing was saved: %1</source>
        <translation>Импорт не удался, ничего не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315" />
        <source>All or nothing would refuse: choose 'valid rows only' or fix the file.</source>
        <translation>В режиме «всё или ничего» импорт не пройдёт: выберите «только верные строки» или исправьте файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="320" />
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>Ничего не загружено: отклонена %Ln строка.</numerusform><numerusform>Ничего не загружено: отклонены %Ln строки.</numerusform><numerusform>Ничего не загружено: отклонено %Ln строк.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="325" />
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="29" />
        <source>Would import %1, merge %2, skip %3, reject %4; opening points %5.</source>
        <translation>Будет добавлено: %1, объединено: %2, пропущено: %3, отклонено: %4; начальных баллов: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="32" />
        <source>Imported %1, merged %2, skipped %3, rejected %4; opening points %5.</source>
        <translation>Добавлено: %1, объединено: %2, пропущено: %3, отклонено: %4; начальных баллов: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="73" />
        <source>import</source>
        <translation>добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="74" />
        <source>merge</source>
        <translation>объединить</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="75" />
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="76" />
        <source>reject</source>
        <translation>отклонить</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="91" />
        <source>Welcome to Regulars</source>
        <translation>Добро пожаловать в Regulars</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="92" />
        <source>Choose the language of this till (↑/↓, then Enter).</source>
        <translation>Выберите язык этой кассы (↑/↓, затем Enter).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="38" />
        <source>Create the owner's account</source>
        <translation>Учётная запись владельца</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="39" />
        <source>Who is at the till?</source>
        <translation>Кто за кассой?</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation>Regulars работает по PIN-коду. Первая учётная запись — владельца: он настраивает программу, сотрудников и резервные копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="50" />
        <source>Choose your name (type its first letters, or ↑/↓), then type your PIN and press Enter.</source>
        <translation>Выберите своё имя (наберите первые буквы или ↑/↓), затем введите PIN и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="87" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="89" />
        <source>4 to 8 digits</source>
        <translation>от 4 до 8 цифр</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="90" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="93" />
        <source>PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Create and sign in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="164" />
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="63" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation>Что-то пошло не так. Ничего не сохранено наполовину. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="189" />
        <source>Slip printer…</source>
        <translation>Принтер чеков…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="191" />
        <source>Registers…</source>
        <translation>Кассовые аппараты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="198" />
        <source>Manage</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="157" />
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="140" />
        <source>Sales set aside…</source>
        <translation>Отложенные продажи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="159" />
        <source>Loyalty program…</source>
        <translation>Программа лояльности…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="161" />
        <source>Prize draw…</source>
        <translation>Розыгрыш призов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="162" />
        <source>Charity totals…</source>
        <translation>Благотворительность…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="164" />
        <source>Program health…</source>
        <translation>Здоровье программы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="166" />
        <source>Refund a purchase…</source>
        <translation>Возврат покупки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="168" />
        <source>Adjust points…</source>
        <translation>Корректировка баллов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="170" />
        <source>Gifts…</source>
        <translation>Подарки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="172" />
        <source>Complaints…</source>
        <translation>Жалобы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="174" />
        <source>Member cards: design…</source>
        <translation>Карты участников: дизайн…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="176" />
        <source>Print member cards…</source>
        <translation>Печать карт участников…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="178" />
        <source>Staff…</source>
        <translation>Сотрудники…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="180" />
        <source>Audit trail…</source>
        <translation>Журнал действий…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="182" />
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="183" />
        <source>Shop settings…</source>
        <translation>Настройки магазина…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="185" />
        <source>Import members…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="187" />
        <source>Export data…</source>
        <translation>Выгрузка данных…</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="38" />
        <source>A manager's PIN</source>
        <translation>PIN-код менеджера</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="57" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="58" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="61" />
        <source>Allow (Enter)</source>
        <translation>Разрешить (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="62" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="95" />
        <source>Last visits</source>
        <translation>Последние визиты</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="139" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation>Найдите участника: наберите имя или последние цифры телефона, или отсканируйте карту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="151" />
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="164" />
        <source>Perks: %1</source>
        <translation>Привилегии: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="168" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%Ln балл</numerusform><numerusform>%Ln балла</numerusform><numerusform>%Ln баллов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="172" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>До статуса «%1» %Ln балл</numerusform><numerusform>До статуса «%1» %Ln балла</numerusform><numerusform>До статуса «%1» %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="175" />
        <source>Top tier reached</source>
        <translation>Высший статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="256" />
        <source>(%1 refunded)</source>
        <translation>(возврат %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="153" />
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="145" />
        <source>of which %n point(s) pending until the shop's server has the sales</source>
        <translation>
            <numerusform>из них %Ln балл ждёт, пока сервер магазина получит продажи</numerusform><numerusform>из них %Ln балла ждут, пока сервер магазина получит продажи</numerusform><numerusform>из них %Ln баллов ждут, пока сервер магазина получит продажи</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="179" />
        <source>Keep %1: %n point(s) by %2</source>
        <translation>
            <numerusform>Сохранить «%1»: ещё %Ln балл до %2</numerusform><numerusform>Сохранить «%1»: ещё %Ln балла до %2</numerusform><numerusform>Сохранить «%1»: ещё %Ln баллов до %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="185" />
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln балл сгорит %1</numerusform><numerusform>%Ln балла сгорят %1</numerusform><numerusform>%Ln баллов сгорят %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="190" />
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="191" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%Ln визит</numerusform><numerusform>%Ln визита</numerusform><numerusform>%Ln визитов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="193" />
        <source>friend of %1</source>
        <translation>по приглашению: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="223" />
        <source>%1: %2 of %3 — %4</source>
        <translation>%1: %2 из %3 — %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="238" />
        <source>Give: %1</source>
        <translation>Вручить: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="253" />
        <source>(refunded)</source>
        <translation>(возврат)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Enter the amount as a number, e.g. 1250.50.</source>
        <translation>Введите сумму числом, например 1250,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>A card number is 13 digits starting with 2.</source>
        <translation>Номер карты — 13 цифр, начинается с 2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>This card number has a wrong check digit; scan it again.</source>
        <translation>Неверная контрольная цифра номера карты; отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>This card belongs to another member.</source>
        <translation>Эта карта принадлежит другому участнику.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>This does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>This phone is already enrolled: {name}.</source>
        <translation>Этот телефон уже зарегистрирован: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>This e-mail address looks wrong.</source>
        <translation>Адрес e-mail выглядит неверно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>Choose Russian, English or Latvian, or leave it empty for the till's language.</source>
        <translation>Выберите русский, английский или латышский или оставьте пустым: язык кассы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>The birthday is in the future.</source>
        <translation>День рождения в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>Consent to processing personal data is required.</source>
        <translation>Нужно согласие на обработку персональных данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Points to redeem cannot be negative.</source>
        <translation>Баллов к списанию не может быть меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Only {available} points are available.</source>
        <translation>Доступно только {available} баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>Points cannot pay more than the purchase (at most {available}).</source>
        <translation>Баллами нельзя оплатить больше суммы покупки (не более {available}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>The amount is too large: at most 99,999,999.99.</source>
        <translation>Слишком большая сумма: не больше 99 999 999,99.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Enter whole points, e.g. 150.</source>
        <translation>Введите целое число баллов, например 150.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>At most 10,000,000 points.</source>
        <translation>Не больше 10 000 000 баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>Enter a whole number, e.g. 150.</source>
        <translation>Введите целое число, например 150.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>At most {most}.</source>
        <translation>Не больше {most}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>At least {least}.</source>
        <translation>Не меньше {least}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>A receipt number has at most 40 characters.</source>
        <translation>В номере чека не больше 40 знаков.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>At most 999 items in one line.</source>
        <translation>Не больше 999 штук в одной строке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Enter an amount from 0.01 to 99,999,999.99.</source>
        <translation>Введите сумму от 0,01 до 99 999 999,99.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>No member with this card.</source>
        <translation>Участника с такой картой нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>The shop's server is not restored over itself while tills are connected to it: restore into a new, empty database ({command}) and point the tills at it.</source>
        <translation>Сервер магазина не восстанавливается поверх себя, пока к нему подключены кассы: восстановите копию в новую, пустую базу данных ({command}) и укажите кассам её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>The backup could not be written: {detail}</source>
        <translation>Не удалось записать резервную копию: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>This file cannot be restored: {detail}</source>
        <translation>Этот файл нельзя восстановить: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск переполнен: ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive.</source>
        <translation>В базу данных нельзя записать (она только для чтения): ничего не сохранено. Попросите владельца проверить файл или диск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49" />
        <source>The database file is damaged: nothing was saved. Ask the owner to restore the latest backup.</source>
        <translation>Файл базы данных повреждён: ничего не сохранено. Попросите владельца восстановить последнюю резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>The database is busy with another till: nothing was saved. Try again in a moment.</source>
        <translation>База данных занята другой кассой: ничего не сохранено. Повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>The shop's server does not answer; nothing was saved. Retrying…</source>
        <translation>Сервер магазина не отвечает; ничего не сохранено. Пробуем снова…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner.</source>
        <translation>Не удалось прочитать или записать базу данных (ошибка диска или сети): ничего не сохранено. Повторите; если ошибка не уйдёт, позовите владельца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53" />
        <source>No such purchase.</source>
        <translation>Такой покупки нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>The slip was not printed (the sale is recorded): {reason}</source>
        <translation>Чек не напечатан (покупка проведена): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation>Принтер чеков не настроен: Управление → Принтер чеков…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57" />
        <source>Choose a printer and a paper width.</source>
        <translation>Выберите принтер и ширину бумаги.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Choose a code page from the list.</source>
        <translation>Выберите кодовую страницу из списка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>Choose where to print: a device, a file or a folder.</source>
        <translation>Выберите, куда печатать: устройство, файл или папку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <source>Enter the printer's address, e.g. 192.168.1.50, and port.</source>
        <translation>Введите адрес принтера, например 192.168.1.50, и порт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Enter the USB vendor and product ids in hex, e.g. 0416 and 5011.</source>
        <translation>Введите USB vendor и product ID в шестнадцатеричном виде, например 0416 и 5011.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62" />
        <source>The period must start on or before its end.</source>
        <translation>Начало периода должно быть не позже его конца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63" />
        <source>Give the draw a name.</source>
        <translation>Дайте розыгрышу название.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>List at least one prize, one per line.</source>
        <translation>Укажите хотя бы один приз, по одному на строку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>Set the points a member needs, at least 1.</source>
        <translation>Укажите, сколько баллов нужно участнику, — не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Choose a period that ends after it starts.</source>
        <translation>Выберите период, который заканчивается позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>Nobody meets these conditions: lower the points or widen the period.</source>
        <translation>Условиям не отвечает никто: снизьте порог или расширьте период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>No such draw.</source>
        <translation>Такого розыгрыша нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Give the register a name.</source>
        <translation>Дайте кассовому аппарату название.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>A register's name has at most 60 characters.</source>
        <translation>Название кассового аппарата — не длиннее 60 символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>A register named {name} already exists.</source>
        <translation>Кассовый аппарат с названием {name} уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>There is no register named {name}.</source>
        <translation>Кассового аппарата с названием {name} нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Each threshold must be higher than the one before.</source>
        <translation>Каждый порог должен быть выше предыдущего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>The earn rate is a percent from 0 to 100.</source>
        <translation>Процент начисления — от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>This cannot be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>The first tier starts at 0 qualifying points.</source>
        <translation>Первый статус начинается с 0 зачётных баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78" />
        <source>A campaign only ever adds points: a factor above 100 %, an extra above 0.</source>
        <translation>Акция может только добавлять баллы: множитель больше 100 %, доплата больше 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79" />
        <source>The campaign threshold must be lower than the tier's own and higher than the tier below's.</source>
        <translation>Порог акции должен быть ниже собственного порога статуса и выше порога статуса под ним.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <location filename="../../app/ui/messages.py" line="97" />
        <source>There is no such category.</source>
        <translation>Такой категории нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>The campaign ends before it starts.</source>
        <translation>Акция заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>Use lower-case letters, digits and _ for a key.</source>
        <translation>Ключ — строчные латинские буквы, цифры и _.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>Give the name in Russian and in English.</source>
        <translation>Укажите название по-русски и по-английски.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>A colour looks like #3d7ebf.</source>
        <translation>Цвет записывается как #3d7ebf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>A set has from 2 to 50 stamps.</source>
        <translation>В наборе от 2 до 50 штампов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>Say what the full set gives.</source>
        <translation>Укажите, что даёт полный набор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>From 1 to 120 months.</source>
        <translation>От 1 до 120 месяцев.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Points must last from 30 days to 10 years (3650 days).</source>
        <translation>Баллы должны действовать от 30 дней до 10 лет (3650 дней).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Two entries have the same key.</source>
        <translation>У двух записей одинаковый ключ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>The program needs at least one tier.</source>
        <translation>В программе должен быть хотя бы один статус.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Введите дату как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94" />
        <source>There is no such tier; a lowered threshold needs a tier above the first.</source>
        <translation>Такого статуса нет; сниженный порог возможен только для статуса выше первого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>A point must be worth something.</source>
        <translation>Балл должен чего-то стоить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>The parts add up to more than the purchase.</source>
        <translation>Части в сумме больше всей покупки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Already rewarded today.</source>
        <translation>Сегодня уже начисляли.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99" />
        <source>The program gives no points for this.</source>
        <translation>Программа не начисляет баллов за это.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>There is no such action.</source>
        <translation>Такого действия нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101" />
        <source>Choose a cause.</source>
        <translation>Выберите, кому передать баллы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>Donate at least one point.</source>
        <translation>Пожертвуйте хотя бы один балл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103" />
        <source>No such reward.</source>
        <translation>Такой награды нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104" />
        <source>Nobody found with this phone or card.</source>
        <translation>Никого не нашли по этому телефону или карте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation>Введите дату как дд.мм.гггг, например 07.03.1985.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106" />
        <source>There is no such day: {text}. Check the day and the month.</source>
        <translation>Такого дня нет: {text}. Проверьте день и месяц.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107" />
        <source>Say what the gift is.</source>
        <translation>Напишите, что дарите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>No such gift.</source>
        <translation>Такого подарка нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109" />
        <source>Points cannot be negative.</source>
        <translation>Баллов не может быть меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>Write down what happened.</source>
        <translation>Запишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111" />
        <source>Give at least one point.</source>
        <translation>Начислите хотя бы один балл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>A discount is from 1 to 100 %.</source>
        <translation>Скидка — от 1 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>Open the member to compensate them.</source>
        <translation>Откройте участника, чтобы дать компенсацию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114" />
        <source>Write how it was followed up.</source>
        <translation>Напишите, что было сделано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115" />
        <source>No such complaint.</source>
        <translation>Такой жалобы нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>Braces must come in pairs: {{name}}.</source>
        <translation>Фигурные скобки должны быть парными: {{name}}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.</source>
        <translation>Можно использовать только {{name}}, {{what}} и {{points}}, но не {unknown}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>Write the words to say.</source>
        <translation>Напишите, что сказать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN — от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121" />
        <source>Wrong name or PIN.</source>
        <translation>Неверное имя или PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>Locked after too many wrong PINs; try again in {minutes} min or ask a manager.</source>
        <translation>Заблокировано после неверных PIN; попробуйте через {minutes} мин или позовите менеджера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123" />
        <source>Locked after too many wrong PINs; try again in {minutes} min. A forgotten PIN is reset on the computer that holds the database: regulars staff reset-pin "{name}"</source>
        <translation>Заблокировано после неверных PIN; попробуйте через {minutes} мин. Забытый PIN сбрасывают на компьютере, где лежит база данных: regulars staff reset-pin "{name}"</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <source>Enter the name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125" />
        <source>Someone already has this name.</source>
        <translation>Такое имя уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>The owner account already exists.</source>
        <translation>Учётная запись владельца уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>Give the shop's name.</source>
        <translation>Укажите название магазина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129" />
        <source>At most {limit} characters.</source>
        <translation>Не больше {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>Choose the country of the shop's phones.</source>
        <translation>Выберите страну телефонных номеров магазина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131" />
        <source>Choose one of the currencies.</source>
        <translation>Выберите одну из валют.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>Purchases are already recorded in {currency}: the currency cannot change.</source>
        <translation>Покупки уже записаны в {currency}: валюту изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133" />
        <source>Give this till a name.</source>
        <translation>Дайте этой кассе название.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134" />
        <source>Another till of the shop has this name.</source>
        <translation>Так уже называется другая касса магазина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>Sign in first (F12).</source>
        <translation>Сначала войдите (F12).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>This needs a manager: ask one to sign in (F12).</source>
        <translation>Нужен менеджер: попросите его войти (F12).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137" />
        <source>Only the owner can do this.</source>
        <translation>Это может только владелец.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Give the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139" />
        <source>Enter the points to add or take (not 0).</source>
        <translation>Введите, сколько баллов добавить или списать (не 0).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141" />
        <source>Only {left} can still be refunded: {paid} was paid and {refunded} refunded already.</source>
        <translation>Вернуть можно не больше {left}: оплачено {paid}, уже возвращено {refunded}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>This purchase is already refunded in full.</source>
        <translation>Эта покупка уже возвращена полностью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143" />
        <source>This refund was recorded for another purchase; start the refund again.</source>
        <translation>Этот возврат уже записан для другой покупки; начните возврат заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>The last owner cannot be switched off.</source>
        <translation>Последнего владельца нельзя отключить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145" />
        <source>No such staff member.</source>
        <translation>Такого сотрудника нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>A seed is a whole number from 0 to 9223372036854775807.</source>
        <translation>Зерно — целое число от 0 до 9223372036854775807.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147" />
        <source>Give the first and the last day of the campaign.</source>
        <translation>Укажите первый и последний день акции.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148" />
        <source>This member no longer exists.</source>
        <translation>Этого участника больше нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>Paying with points waits until the shop's server answers again.</source>
        <translation>Оплата баллами — когда сервер магазина снова ответит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150" />
        <source>While the server is away, at most {limit} points a day: {left} left today.</source>
        <translation>Пока сервер не отвечает — не более {limit} баллов в день: сегодня осталось {left}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151" />
        <source>Choose what to export: members, purchases or ledger.</source>
        <translation>Выберите, что выгружать: участников, покупки или журнал баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152" />
        <source>Choose the format: CSV, XLSX or JSON.</source>
        <translation>Выберите формат: CSV, XLSX или JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153" />
        <source>Choose a file to write to.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155" />
        <source>The disk is full: {path} was not written. Free some space or choose another disk.</source>
        <translation>Диск заполнен: файл {path} не записан. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156" />
        <source>No permission to write {path}: choose another folder.</source>
        <translation>Нет прав на запись {path}: выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157" />
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open the member.</source>
        <translation>Эта карта заблокирована {day} и заменена. Владелец: {name}. Нажмите Enter, чтобы открыть участника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160" />
        <source>This card was blocked and belongs to nobody now.</source>
        <translation>Эта карта заблокирована и больше никому не принадлежит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161" />
        <source>This card number was blocked (a lost card); it is never given again.</source>
        <translation>Этот номер заблокирован (потерянная карта) и больше не выдаётся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162" />
        <source>There are no cards to print in this batch.</source>
        <translation>В этой подборке нет карт для печати.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163" />
        <source>There is no such tier.</source>
        <translation>Такого статуса нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164" />
        <source>Choose which cards to print.</source>
        <translation>Выберите, какие карты печатать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>Choose why the card is replaced.</source>
        <translation>Укажите, почему заменяется карта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166" />
        <source>Give the shop's name for the card.</source>
        <translation>Укажите название магазина для карты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167" />
        <source>At most {limit} characters fit on a card.</source>
        <translation>На карте помещается не больше {limit} знаков.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168" />
        <source>The logo must be a PNG or JPEG image up to 2 MB.</source>
        <translation>Логотип должен быть изображением PNG или JPEG размером до 2 МБ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170" />
        <source>The mapping names a column that is not in the file: {column}.</source>
        <translation>В сопоставлении указан столбец, которого нет в файле: {column}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171" />
        <source>Choose the column with the name.</source>
        <translation>Укажите столбец с именем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172" />
        <source>Choose the column with the phone.</source>
        <translation>Укажите столбец с телефоном.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173" />
        <source>Cannot read {file}: {error}.</source>
        <translation>Не удаётся прочитать {file}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174" />
        <source>{file} has no header row.</source>
        <translation>В файле {file} нет строки заголовков.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175" />
        <source>{file} is not there: moved, renamed or deleted? Choose it again.</source>
        <translation>Файла {file} нет на месте: его переместили, переименовали или удалили? Выберите его снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176" />
        <source>No permission to read {file}.</source>
        <translation>Нет прав на чтение файла {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177" />
        <source>Unknown encoding: {encoding}.</source>
        <translation>Неизвестная кодировка: {encoding}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178" />
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Импорт отменён, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179" />
        <source>Duplicates are merged or skipped.</source>
        <translation>Повторы можно объединить или пропустить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="180" />
        <source>No name.</source>
        <translation>Нет имени.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>No phone number.</source>
        <translation>Нет телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182" />
        <source>Bad phone number: {value}.</source>
        <translation>Неверный телефон: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183" />
        <source>Bad card number: {value}.</source>
        <translation>Неверный номер карты: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="184" />
        <source>Bad number of points: {value}.</source>
        <translation>Неверное число баллов: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185" />
        <source>No such tier: {value}.</source>
        <translation>Нет такого статуса: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>Bad date: {value}.</source>
        <translation>Неверная дата: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187" />
        <source>No consent to processing personal data.</source>
        <translation>Нет согласия на обработку персональных данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188" />
        <source>E-mail {value} looks wrong; left empty.</source>
        <translation>E-mail {value} с ошибкой, оставлен пустым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189" />
        <source>Language {value} is not known; left empty.</source>
        <translation>Язык «{value}» не известен; оставлено пустым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190" />
        <source>The phone and the card belong to two different members.</source>
        <translation>Телефон и карта принадлежат двум разным участникам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191" />
        <source>Already a member (same phone or card).</source>
        <translation>Уже участник (тот же телефон или карта).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192" />
        <source>This card number was replaced after a loss; leave the card empty and a new number is issued.</source>
        <translation>Этот номер карты заменён после утери; оставьте карту пустой — будет выдан новый номер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193" />
        <source>Same person as row {row}.</source>
        <translation>Тот же человек, что в строке {row}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194" />
        <source>Opening points were imported for this member before; not added again.</source>
        <translation>Начальные баллы этому участнику уже загружались; повторно не добавлены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196" />
        <source>A cashier gives at most {limit_points} points, goods worth {limit_amount} or a {limit_percent} % discount at once. A manager can allow more with their PIN.</source>
        <translation>Кассир может подарить за раз не больше {limit_points} баллов, товара на {limit_amount} или скидку {limit_percent} %. Больше может разрешить менеджер своим PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197" />
        <source>Cashiers may give this member at most {cap} points a day; {left} are left today. A manager can allow more with their PIN.</source>
        <translation>Кассиры могут дарить этому участнику не больше {cap} баллов в день; сегодня осталось {left}. Больше может разрешить менеджер своим PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198" />
        <source>A manager must allow this with their PIN.</source>
        <translation>Это должен разрешить менеджер своим PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199" />
        <source>{name} is not a manager: a manager's name and PIN are needed.</source>
        <translation>{name} — не менеджер: нужны имя и PIN-код менеджера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="200" />
        <source>Check who the customer is before spending their points: scan the card, or ask for the full phone, or the name and date of birth.</source>
        <translation>Прежде чем списывать баллы, проверьте, кто покупатель: отсканируйте карту или спросите полный телефон либо имя и дату рождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>That does not match this member: no points were spent. Check again.</source>
        <translation>Это не совпадает с данными участника: баллы не списаны. Проверьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202" />
        <source>This member's date of birth is not recorded: scan the card or ask for the full phone.</source>
        <translation>Дата рождения этого участника не записана: отсканируйте карту или спросите полный телефон.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="203" />
        <source>At most {cap} points can be spent on one receipt.</source>
        <translation>На один чек можно списать не больше {cap} баллов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="215" />
        <source>%n members match: enter the whole phone or scan the card.</source>
        <translation>
            <numerusform>Подходит %Ln участник: введите телефон полностью или отсканируйте карту.</numerusform><numerusform>Подходят %Ln участника: введите телефон полностью или отсканируйте карту.</numerusform><numerusform>Подходят %Ln участников: введите телефон полностью или отсканируйте карту.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="218" />
        <source>Wrong PIN. %n try(s) left before a 15-minute lock.</source>
        <translation>
            <numerusform>Неверный PIN. Осталась %Ln попытка до блокировки на 15 минут.</numerusform><numerusform>Неверный PIN. Осталось %Ln попытки до блокировки на 15 минут.</numerusform><numerusform>Неверный PIN. Осталось %Ln попыток до блокировки на 15 минут.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineStatusLine</name>
    <message>
        <location filename="../../app/ui/offline_status.py" line="40" />
        <source>Offline since %1</source>
        <translation>Без сервера с %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="42" />
        <source>%n sale(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln продажа ждёт отправки</numerusform><numerusform>%Ln продажи ждут отправки</numerusform><numerusform>%Ln продаж ждут отправки</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_status.py" line="44" />
        <source>All sent</source>
        <translation>Всё отправлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="47" />
        <source>%n sale(s) set aside for a manager</source>
        <translation>
            <numerusform>%Ln продажа отложена для менеджера</numerusform><numerusform>%Ln продажи отложены для менеджера</numerusform><numerusform>%Ln продаж отложены для менеджера</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="162" />
        <source>The owner's account</source>
        <translation>Учётная запись владельца</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="163" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation>Regulars работает по PIN-коду. Первая учётная запись — владельца: он настраивает программу, сотрудников и резервные копии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="166" />
        <source>PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="168" />
        <source>4 to 8 digits</source>
        <translation>от 4 до 8 цифр</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="173" />
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="205" />
        <location filename="../../app/ui/staff_dialogs.py" line="297" />
        <source>Personal data — %1</source>
        <translation>Персональные данные — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="206" />
        <source>SMS offers</source>
        <translation>SMS-рассылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="208" />
        <source>E-mail offers</source>
        <translation>E-mail-рассылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="210" />
        <source>Save opt-ins</source>
        <translation>Сохранить согласия на рассылки</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="211" />
        <source>Export everything held (JSON)…</source>
        <translation>Выгрузить все данные (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="212" />
        <source>…and as a readable PDF…</source>
        <translation>…и в виде PDF для чтения…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="215" />
        <source>Why (e.g. asked at the till on 23.11)</source>
        <translation>Причина (например, попросил на кассе 23.11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="216" />
        <source>Erase this member…</source>
        <translation>Удалить данные участника…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="218" />
        <source>Consent withdrawn: anonymise…</source>
        <translation>Согласие отозвано: обезличить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="222" />
        <source>Erasure removes the name, phone, e-mail, birthday, notes and card number for good; purchases and points stay for the accounts.</source>
        <translation>Удаление навсегда стирает имя, телефон, e-mail, день рождения, заметки и номер карты; покупки и баллы остаются для учёта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="247" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="256" />
        <location filename="../../app/ui/staff_dialogs.py" line="272" />
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="261" />
        <location filename="../../app/ui/staff_dialogs.py" line="299" />
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation>Удалить данные %1 навсегда? Это необратимо.</translation>
    </message>
</context>
<context>
    <name>ProblemPlaces</name>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Tier %1</source>
        <translation>Статус %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Campaign %1</source>
        <translation>Акция %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="23" />
        <source>Stamp card %1</source>
        <translation>Карта штампов %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Category %1</source>
        <translation>Категория %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Cause %1</source>
        <translation>Фонд %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>earn rate</source>
        <translation>процент начисления</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>perks</source>
        <translation>привилегии</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>starts</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>ends</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>tiers</source>
        <translation>статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>factor</source>
        <translation>множитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>extra</source>
        <translation>доплата</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>tier</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>stamps</source>
        <translation>штампы</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>reward</source>
        <translation>награда</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Tiers</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Campaigns</source>
        <translation>Акции</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Stamp cards</source>
        <translation>Карты штампов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Causes</source>
        <translation>Фонды</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Qualifying window</source>
        <translation>Период учёта баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="36" />
        <source>Qualifying window, months</source>
        <translation>Период учёта, месяцев</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry</source>
        <translation>Сгорание баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry, days</source>
        <translation>Сгорание, дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="39" />
        <source>Long absence</source>
        <translation>Долгое отсутствие</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="40" />
        <source>Point value</source>
        <translation>Стоимость балла</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="41" />
        <source>Confirm purchases above</source>
        <translation>Подтверждать покупки свыше</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a survey</source>
        <translation>Баллы за опрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a review</source>
        <translation>Баллы за отзыв</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="44" />
        <source>Referral: points for the member who brings a friend</source>
        <translation>Приведи друга: баллы тому, кто привёл</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="45" />
        <source>Referral: points for the friend</source>
        <translation>Приведи друга: баллы другу</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="46" />
        <source>Birthday points</source>
        <translation>Баллы в день рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="47" />
        <source>Apology points for a long wait</source>
        <translation>Баллы в извинение за долгое ожидание</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="50" />
        <source>Points per receipt</source>
        <translation>Баллов на один чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="51" />
        <source>Points given per member a day</source>
        <translation>Баллов в подарок одному участнику за день</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="52" />
        <source>Points a day while the server is away</source>
        <translation>Баллов в день без сервера</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../app/ui/program_editor.py" line="72" />
        <location filename="../../app/ui/program_editor.py" line="333" />
        <source>Loyalty program</source>
        <translation>Программа лояльности</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="95" />
        <location filename="../../app/ui/program_editor.py" line="158" />
        <source>Tiers</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="99" />
        <source>Campaigns</source>
        <translation>Акции</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="100" />
        <source>Stamp cards</source>
        <translation>Карты штампов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="98" />
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="101" />
        <source>Help &amp;&amp; charity</source>
        <translation>Помощь и благотворительность</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="102" />
        <source>Words to say</source>
        <translation>Что сказать</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="104" />
        <source>Preview</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="114" />
        <source>Save as a new version</source>
        <translation>Сохранить новой версией</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_table.py" line="287" />
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="123" />
        <source>Members refer to this key, so it cannot change.</source>
        <translation>На этот ключ ссылаются участники, поэтому его нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Name RU</source>
        <translation>Название RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name EN</source>
        <translation>Название EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name LV</source>
        <translation>Название LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <location filename="../../app/ui/program_editor.py" line="164" />
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="135" />
        <source>Earn %</source>
        <translation>Начисление, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks RU</source>
        <translation>Привилегии RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks EN</source>
        <translation>Привилегии EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="137" />
        <source>Perks LV</source>
        <translation>Привилегии LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="138" />
        <source>Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members at once; a higher one demotes nobody before the end of their qualifying period.</source>
        <translation>Пороги — в зачётных баллах, от 0 и по возрастанию. Снижение порога повышает статус участников сразу; повышение никого не понижает до конца их периода учёта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="141" />
        <source>Add tier</source>
        <translation>Добавить статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Multiplier</source>
        <translation>Множитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Category extra</source>
        <translation>Доплата за категорию</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="146" />
        <source>Lower threshold</source>
        <translation>Сниженный порог</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="156" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="159" />
        <source>Factor %</source>
        <translation>Множитель, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="160" />
        <location filename="../../app/ui/program_editor.py" line="181" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="162" />
        <source>Extra %</source>
        <translation>Доплата, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="163" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="172" />
        <source>Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every tier. Factor 200 % gives double points; extra % is of the money spent in the category; a lower threshold applies to the tier chosen.</source>
        <translation>Даты — ГГГГ-ММ-ДД, оба дня включительно. Статусы: ключи через запятую, пусто — для всех. Множитель 200 % — двойные баллы; доплата — процент от суммы в категории; сниженный порог действует для выбранного статуса.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="177" />
        <source>Add campaign</source>
        <translation>Добавить акцию</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="182" />
        <source>— every purchase —</source>
        <translation>— любая покупка —</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="183" />
        <source>Stamps</source>
        <translation>Штампов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward RU</source>
        <translation>Награда RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward EN</source>
        <translation>Награда EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="185" />
        <source>Reward LV</source>
        <translation>Награда LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="186" />
        <source>Add stamp card</source>
        <translation>Добавить карту штампов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="187" />
        <source>Collect the stamps, get the reward: “6 coffees, the 7th free”.</source>
        <translation>Соберите штампы — получите награду: «6 кофе, седьмой в подарок».</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="190" />
        <source>Product categories</source>
        <translation>Категории товаров</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="192" />
        <source>Add category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="205" />
        <source>Causes members can donate points to</source>
        <translation>Фонды, которым участники могут пожертвовать баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="208" />
        <source>Add cause</source>
        <translation>Добавить фонд</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift with points</source>
        <translation>Подарок с баллами</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="216" />
        <source>Apology points (complaint)</source>
        <translation>Баллы в извинение (жалоба)</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="217" />
        <source>Long wait</source>
        <translation>Долгое ожидание</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="229" />
        <source>{name} is how the member is addressed, {what} the gift, {points} the points with their word ("50 points").</source>
        <translation>{name} — обращение к участнику, {what} — подарок, {points} — баллы со словом («50 баллов»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="300" />
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>Ничего не изменилось; действует версия %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="302" />
        <source>Saved as version %1; %n member(s) upgraded</source>
        <translation>
            <numerusform>Сохранено как версия %1; повышен статус у %Ln участника</numerusform><numerusform>Сохранено как версия %1; повышен статус у %Ln участников</numerusform><numerusform>Сохранено как версия %1; повышен статус у %Ln участников</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>The program has unsaved changes. Save them?</source>
        <translation>В программе есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ProgramGeneral</name>
    <message>
        <location filename="../../app/ui/program_general.py" line="22" />
        <source>Lifetime</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="23" />
        <source>Calendar year</source>
        <translation>Календарный год</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="24" />
        <source>Rolling N months</source>
        <translation>Последние N месяцев</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="28" />
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="29" />
        <source>N days after earning</source>
        <translation>Через N дней после начисления</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="30" />
        <source>At the end of the year</source>
        <translation>В конце года</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="36" />
        <source>Switching expiry on starts the clock today for points already held.</source>
        <translation>Если включить сгорание, срок для уже накопленных баллов отсчитывается с сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="56" />
        <source>Qualifying window</source>
        <translation>Период учёта баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="57" />
        <source>Months (rolling window)</source>
        <translation>Месяцев (скользящий период)</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="58" />
        <source>Which earned points count towards a tier. With a window, upgrades apply at once and a downgrade waits for the end of the period.</source>
        <translation>Какие заработанные баллы засчитываются в статус. С периодом повышение действует сразу, а понижение — только в конце периода.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="61" />
        <source>Welcome bonus, points</source>
        <translation>Приветственный бонус, баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="62" />
        <source>Long absence after, days</source>
        <translation>Долгое отсутствие — после, дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="63" />
        <source>Confirm purchases above</source>
        <translation>Подтверждать покупки свыше</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="64" />
        <source>Points expire</source>
        <translation>Баллы сгорают</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="65" />
        <source>Days after earning</source>
        <translation>Дней после начисления</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="73" />
        <source>no cap</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="74" />
        <source>Points spent per receipt, at most</source>
        <translation>Списание баллов на один чек, не больше</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="75" />
        <source>Points cashiers give one member a day, at most</source>
        <translation>Кассиры дарят одному участнику за день, баллов, не больше</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="76" />
        <source>Gifts, apologies, survey and review points count together. A manager's PIN lifts the cap for one gift; a cashier alone gives at most 300 points or goods worth 500 at once.</source>
        <translation>Подарки, извинения, баллы за опрос и отзыв считаются вместе. PIN-код менеджера снимает ограничение для одного подарка; кассир сам дарит не больше 300 баллов или товара на 500 за раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="80" />
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="81" />
        <source>Points a member may spend a day while the server is away</source>
        <translation>Баллов в день одному участнику, пока сервер не отвечает</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="83" />
        <source>Counted by each till on its own until the server answers again; 0 or empty: paying with points waits for the server.</source>
        <translation>Каждая касса считает сама, пока сервер не ответит; 0 или пусто — оплата баллами ждёт сервера.</translation>
    </message>
</context>
<context>
    <name>ProgramPreview</name>
    <message>
        <location filename="../../app/ui/program_preview.py" line="51" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="52" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="53" />
        <source>Paid with points</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="54" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="55" />
        <source>Of which in the category</source>
        <translation>Из них в категории</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="56" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="58" />
        <source>What would this purchase earn under the rules being edited (nothing is saved).</source>
        <translation>Сколько принесла бы эта покупка по редактируемым правилам (ничего не сохраняется).</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="72" />
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="99" />
        <source>The category part cannot be more than the whole purchase.</source>
        <translation>Часть в категории не может быть больше всей покупки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="105" />
        <source>Base, %1 at %2 %: %n point(s)</source>
        <translation>
            <numerusform>Основные, «%1» по %2 %: %Ln балл</numerusform><numerusform>Основные, «%1» по %2 %: %Ln балла</numerusform><numerusform>Основные, «%1» по %2 %: %Ln баллов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="107" />
        <source>%1: +%n point(s)</source>
        <translation>
            <numerusform>%1: +%Ln балл</numerusform><numerusform>%1: +%Ln балла</numerusform><numerusform>%1: +%Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="110" />
        <source>No campaign adds points to this purchase.</source>
        <translation>Акции не добавляют баллов к этой покупке.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="111" />
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Итого: %Ln балл</numerusform><numerusform>Итого: %Ln балла</numerusform><numerusform>Итого: %Ln баллов</numerusform></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="70" />
        <source>Purchase — %1</source>
        <translation>Покупка — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="81" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="94" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="96" />
        <source>Receipt no.</source>
        <translation>Номер чека</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="98" />
        <source>Pay with points</source>
        <translation>Оплатить баллами</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="107" />
        <source>Record (Enter)</source>
        <translation>Провести (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="109" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>На счёте %Ln балл</numerusform><numerusform>На счёте %Ln балла</numerusform><numerusform>На счёте %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="130" />
        <source>The shop's server is away: paying with points waits until it answers again.</source>
        <translation>Сервер магазина не отвечает: оплата баллами — когда он снова ответит.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="134" />
        <source>The shop's server is away: at most %n point(s) a day may be spent; %1 left today for this member.</source>
        <translation>
            <numerusform>Сервер магазина не отвечает: можно списать не более %Ln балла в день; этому участнику сегодня осталось %1.</numerusform><numerusform>Сервер магазина не отвечает: можно списать не более %Ln баллов в день; этому участнику сегодня осталось %1.</numerusform><numerusform>Сервер магазина не отвечает: можно списать не более %Ln баллов в день; этому участнику сегодня осталось %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="140" />
        <source>Of which (optional)</source>
        <translation>В том числе (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="148" />
        <source> pcs</source>
        <translation> шт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="151" />
        <source>part of the amount</source>
        <translation>часть суммы</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="167" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="187" />
        <source>No points were spent: check who the customer is first.</source>
        <translation>Баллы не списаны: сначала проверьте, кто покупатель.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="210" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>не более %Ln балла</numerusform><numerusform>не более %Ln баллов</numerusform><numerusform>не более %Ln баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="225" />
        <source>Left to pay: %1</source>
        <translation>Осталось оплатить: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="17" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="19" />
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>ReconnectDialog</name>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="46" />
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="47" />
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="62" />
        <source>Connecting to the shop's server at %1… attempt %2</source>
        <translation>Подключение к серверу магазина %1… попытка %2</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="28" />
        <source>The shop's database file is empty (0 bytes): the shop's data is not in it.</source>
        <translation>Файл базы данных магазина пуст (0 байт): данных магазина в нём нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="31" />
        <source>The shop's database cannot be read: the file is damaged.</source>
        <translation>Базу данных магазина не удаётся прочитать: файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="40" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The damaged file is kept.</source>
        <translation>Последняя исправная копия сделана %1 (участников: %2; только что проверена). Восстановить её? Всё записанное после неё придётся внести заново. Повреждённый файл сохранится.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="33" />
        <source>No good backup was found beside the database or in the backup folder. If you have one (a USB stick, a share), choose it. Nothing has been changed.</source>
        <translation>Исправной резервной копии нет ни рядом с базой, ни в папке копий. Если копия есть у вас (на флешке, в сетевой папке), выберите её. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="37" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The empty file is kept.</source>
        <translation>Последняя исправная копия сделана %1 (участников: %2; только что проверена). Восстановить её? Всё записанное после неё придётся внести заново. Пустой файл сохранится.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="48" />
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="50" />
        <source>Choose a backup file…</source>
        <translation>Выбрать файл копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="52" />
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Refund a purchase</source>
        <translation>Возврат покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="75" />
        <source>Receipt number</source>
        <translation>Номер чека</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="76" />
        <source>On the day</source>
        <translation>За день</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="83" />
        <source>Only %1's purchases</source>
        <translation>Только покупки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="90" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Refunded</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="111" />
        <source>Find the purchase</source>
        <translation>Найти покупку</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="126" />
        <source>Why: goods returned, wrong amount rung up…</source>
        <translation>Почему: вернули товар, пробили не ту сумму…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="131" />
        <location filename="../../app/ui/refund_dialog.py" line="146" />
        <source>Refund</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="138" />
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="139" />
        <source>Amount to refund</source>
        <translation>Сумма возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="141" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="176" />
        <source>Purchases found: %1</source>
        <translation>Найдено покупок: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="177" />
        <source>No purchases match.</source>
        <translation>Таких покупок нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="193" />
        <source>in full</source>
        <translation>полностью</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="217" />
        <source>Choose a purchase in the list.</source>
        <translation>Выберите покупку в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="220" />
        <source>%1, %2: paid %3</source>
        <translation>%1, %2: оплачено %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="224" />
        <source>; refunded already %1</source>
        <translation>; уже возвращено %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="228" />
        <source>At most %1</source>
        <translation>Не больше %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="231" />
        <source>This purchase is refunded in full.</source>
        <translation>Покупка возвращена полностью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="247" />
        <source>Points: %1 taken back, %2 returned to the member.</source>
        <translation>Баллы: спишем %1, вернём участнику %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="275" />
        <source>Refunded %1. Points: %2 taken back, %3 returned. Balance: %4.</source>
        <translation>Возвращено %1. Баллы: списано %2, возвращено %3. На счёте: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="52" />
        <source>Refund a purchase…</source>
        <translation>Возврат покупки…</translation>
    </message>
</context>
<context>
    <name>RegisterFollower</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="168" />
        <source>From the register “%1”</source>
        <translation>С кассового аппарата «%1»</translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="48" />
        <source>Registers</source>
        <translation>Кассовые аппараты</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Register</source>
        <translation>Кассовый аппарат</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Created</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Last used</source>
        <translation>Последний запрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Revoked</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="82" />
        <source>A new register's name, e.g. Register 1</source>
        <translation>Название нового аппарата, например Касса 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="87" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="88" />
        <source>Revoke…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="94" />
        <source>Registers that may use the API</source>
        <translation>Кассовые аппараты, которым открыт API</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="104" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="108" />
        <source>Copy it into the register's settings now; it is not shown again.</source>
        <translation>Скопируйте его в настройки кассового аппарата сейчас: больше он не будет показан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="119" />
        <source>Serve the register API on this till</source>
        <translation>Включить API для кассовых аппаратов на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="123" />
        <source>Open to the shop's network</source>
        <translation>Открыть для сети магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="125" />
        <source>Every computer in the shop's network can reach the API then (registers still need their token). Open it only on the shop's own network, never on a guests' Wi-Fi.</source>
        <translation>Тогда API доступен с любого компьютера в сети магазина (кассовым аппаратам по-прежнему нужен их токен). Открывайте его только в собственной сети магазина, никогда — в гостевом Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="131" />
        <source>Save and restart the API</source>
        <translation>Сохранить и перезапустить API</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="134" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="137" />
        <source>Registers connect to</source>
        <translation>Адрес для кассовых аппаратов</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="139" />
        <source>The API on this till</source>
        <translation>API на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="178" />
        <source>The token of “%1”</source>
        <translation>Токен кассового аппарата «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="182" />
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="190" />
        <source>Revoke</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="191" />
        <source>Revoke “%1”? Its token stops working at once; the register needs a new one to connect again.</source>
        <translation>Отключить «%1»? Его токен сразу перестанет действовать; чтобы подключиться снова, аппарату понадобится новый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="200" />
        <source>Revoked: %1</source>
        <translation>Отключён: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="224" />
        <source>(the API is off)</source>
        <translation>(API выключен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="230" />
        <source>The API is off.</source>
        <translation>API выключен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="232" />
        <source>The API is serving at %1</source>
        <translation>API работает по адресу %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="235" />
        <source>The API could not open port %1: another program may use it. Choose another port.</source>
        <translation>API не смог открыть порт %1: его может занимать другая программа. Выберите другой порт.</translation>
    </message>
</context>
<context>
    <name>ReplicaKeeper</name>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="67" />
        <source>Copying the shop's members to this till,
so it can serve while the server is away: %1 of %2</source>
        <translation>Копируем участников магазина на эту кассу,
чтобы она работала и без сервера: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="73" />
        <source>Local copy</source>
        <translation>Локальная копия</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/ui/report_charts.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="124" />
        <source>Visits and revenue over time</source>
        <translation>Визиты и выручка по времени</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="50" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="187" />
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="51" />
        <location filename="../../app/ui/report_text.py" line="43" />
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="89" />
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Members by tier today</source>
        <translation>Участники по статусам сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="99" />
        <location filename="../../app/ui/report_text.py" line="30" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Members</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="43" />
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="44" />
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="45" />
        <location filename="../../app/ui/report_text.py" line="174" />
        <location filename="../../app/ui/report_text.py" line="180" />
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="48" />
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="50" />
        <source>Made on %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="38" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="30" />
        <source>Members enrolled and not erased, today. The tier filter counts members by their tier today.</source>
        <translation>Участники программы (кроме удалённых) на сегодня. Фильтр по статусу считает участников по их статусу сегодня.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>Members enrolled in the period.</source>
        <translation>Участники, зарегистрированные за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="33" />
        <source>Active in 30 days</source>
        <translation>Активны за 30 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="36" />
        <source>Active in 90 days</source>
        <translation>Активны за 90 дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>Lapsed 90 days</source>
        <translation>Ушли: 90 дней без покупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>Lapsed 180 days</source>
        <translation>Ушли: 180 дней без покупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="45" />
        <source>Revenue from members</source>
        <translation>Выручка от участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="46" />
        <source>What members paid in the period, refunded purchases taken out.</source>
        <translation>Сколько участники заплатили за период, без покупок с возвратом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <location filename="../../app/ui/report_text.py" line="132" />
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="43" />
        <source>Purchases members made in the period, refunded ones too: a refund does not undo a visit.</source>
        <translation>Покупки участников за период, включая покупки с возвратом: возврат не отменяет визит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="34" />
        <source>Members whose last purchase was in the last 30 days: today and the 29 days before it.</source>
        <translation>Участники, чья последняя покупка была за последние 30 дней: сегодня и 29 дней до этого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="37" />
        <source>Members whose last purchase was in the last 90 days: today and the 89 days before it.</source>
        <translation>Участники, чья последняя покупка была за последние 90 дней: сегодня и 89 дней до этого.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.</source>
        <translation>Не покупали последние 90 дней (сегодня и 89 дней до этого) и зарегистрированы раньше.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.</source>
        <translation>Не покупали последние 180 дней (сегодня и 179 дней до этого) и зарегистрированы раньше.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <source>Revenue from members divided by their purchases that were not refunded.</source>
        <translation>Выручка от участников, делённая на число их покупок без возврата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="48" />
        <source>Members who bought</source>
        <translation>Покупали</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="49" />
        <source>Members with at least one purchase in the period.</source>
        <translation>Участники хотя бы с одной покупкой за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Repeat rate</source>
        <translation>Доля повторных</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Share of the members who bought in the period who bought twice or more.</source>
        <translation>Доля покупавших за период, кто купил два раза и больше.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="52" />
        <source>Visits per member per month</source>
        <translation>Визитов на участника в месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="53" />
        <source>Visits divided by the members who bought, divided by the period's length in months.</source>
        <translation>Визиты, делённые на число покупавших и на длину периода в месяцах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Refunded</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>Refunded amount</source>
        <translation>Сумма возвратов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Purchases made in the period and refunded in full since.</source>
        <translation>Покупки за период, с тех пор возвращённые полностью.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>What was refunded of purchases made in the period, in full or in part.</source>
        <translation>Сколько возвращено по покупкам за период, полностью или частично.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <source>Points issued</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <source>Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points a refund returns are not new points.</source>
        <translation>Баллы, выданные за период любым способом: за покупки, приветственные, по акциям, бонусы, подарки. Баллы, возвращённые при возврате покупки, — не новые баллы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <location filename="../../app/ui/report_text.py" line="127" />
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <source>Points members paid with in the period.</source>
        <translation>Баллы, которыми участники оплатили покупки за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points expired</source>
        <translation>Сгорело баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points that expired unspent in the period.</source>
        <translation>Баллы, сгоревшие неиспользованными за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points donated</source>
        <translation>Пожертвовано баллов</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points members gave to a cause in the period.</source>
        <translation>Баллы, которые участники пожертвовали на благотворительность за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="63" />
        <source>Points outstanding</source>
        <translation>Баллов на счетах</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="64" />
        <source>All members' balances together, today, net of points owed back after refunds.</source>
        <translation>Сумма балансов всех участников на сегодня, за вычетом баллов, которые участники должны после возвратов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>Liability</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>The outstanding points in money: what the shop owes if every point is spent.</source>
        <translation>Баллы на счетах в деньгах: столько магазин должен, если все баллы потратят.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Tier moves up</source>
        <translation>Повышения статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Members who moved to a higher tier in the period.</source>
        <translation>Участники, перешедшие на более высокий статус за период.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="69" />
        <source>Tier moves down</source>
        <translation>Понижения статуса</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="70" />
        <source>Members who moved to a lower tier in the period (reviews, refunds).</source>
        <translation>Участники, перешедшие на более низкий статус за период (пересмотр, возвраты).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Earned on purchases</source>
        <translation>За покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Campaigns</source>
        <translation>Акции</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Referrals</source>
        <translation>За друзей</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Gifts</source>
        <translation>Подарки</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Donated to causes</source>
        <translation>Пожертвовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Refunds</source>
        <translation>Возвраты покупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="99" />
        <source>Imported</source>
        <translation>Перенесены из другой системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>No compensation</source>
        <translation>Без компенсации</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Apology points</source>
        <translation>Баллы в извинение</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>A gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>Discount next time</source>
        <translation>Скидка на следующую покупку</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="155" />
        <source>Month %1</source>
        <translation>Месяц %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="116" />
        <source>Definition</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="130" />
        <source>Average check by tier</source>
        <translation>Средний чек по статусам</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="134" />
        <source>Points by kind</source>
        <translation>Баллы по видам</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points in</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points out</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="146" />
        <source>Tier moves in the period</source>
        <translation>Смены статуса за период</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="148" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>up</source>
        <translation>вверх</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="156" />
        <source>Retention by enrolment month</source>
        <translation>Удержание по месяцу регистрации</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="159" />
        <source>Share of each month's new members who bought in the month after enrolment shown by the column (month 0: the month they enrolled).</source>
        <translation>Доля новых участников каждого месяца, купивших в указанный столбцом месяц после регистрации (месяц 0 — месяц регистрации).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Gifts by reason</source>
        <translation>Подарки по причинам</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="169" />
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="174" />
        <source>Gifts by cashier</source>
        <translation>Подарки по кассирам</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="176" />
        <source>Complaints by compensation</source>
        <translation>Жалобы по компенсации</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="177" />
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="179" />
        <source>Complaints by cashier</source>
        <translation>Жалобы по кассирам</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="189" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Enrolments</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Purchases recorded</source>
        <translation>Проведено покупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Gifts given</source>
        <translation>Подарки</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="193" />
        <source>Top members by revenue</source>
        <translation>Лучшие клиенты по выручке</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="195" />
        <source>Top members by visits</source>
        <translation>Лучшие клиенты по визитам</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="50" />
        <location filename="../../app/ui/reports_dialog.py" line="116" />
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="142" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="144" />
        <source>Points and tiers</source>
        <translation>Баллы и статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="145" />
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="147" />
        <source>Gifts and complaints</source>
        <translation>Подарки и жалобы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="149" />
        <source>Staff and top members</source>
        <translation>Персонал и лучшие клиенты</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="167" />
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Tier</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By day or month</source>
        <translation>По дням или месяцам</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By tier</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="240" />
        <source>All tills</source>
        <translation>Все кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="241" />
        <source>All cashiers</source>
        <translation>Все кассиры</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="242" />
        <source>All tiers</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="46" />
        <source>Preparing the reports for the first time: every purchase and ledger row is added up once. In a large shop this takes a few minutes.</source>
        <translation>Отчёты готовятся впервые: каждая покупка и каждая запись журнала баллов суммируются один раз. В большом магазине это занимает несколько минут.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="49" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="38" />
        <source>Preparing the reports…</source>
        <translation>Отчёты готовятся…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="64" />
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="268" />
        <source>Reports were not prepared; nothing was changed. Open Reports again to prepare them.</source>
        <translation>Отчёты не подготовлены, ничего не изменено. Откройте отчёты снова, чтобы подготовить их.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="280" />
        <source>Counting…</source>
        <translation>Считаем…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>The report could not be made.</source>
        <translation>Не удалось построить отчёт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="328" />
        <source>Counting top members…</source>
        <translation>Считаем лучших клиентов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="384" />
        <location filename="../../app/ui/reports_dialog.py" line="393" />
        <source>Export report</source>
        <translation>Выгрузить отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="394" />
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <location filename="../../app/ui/server_watch.py" line="41" />
        <source>Server not answering — retrying…</source>
        <translation>Сервер не отвечает — пробуем снова…</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="31" />
        <source>Sales set aside</source>
        <translation>Отложенные продажи</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_aside.py" line="51" />
        <source>%n sale(s) the server refused; settle them by hand.</source>
        <translation>
            <numerusform>Сервер не принял %Ln продажу; разберите её вручную.</numerusform><numerusform>Сервер не принял %Ln продажи; разберите их вручную.</numerusform><numerusform>Сервер не принял %Ln продаж; разберите их вручную.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="53" />
        <source>Nothing set aside: every sale reached the server.</source>
        <translation>Отложенных нет: все продажи дошли до сервера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Enrolment</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="29" />
        <source>Shop settings</source>
        <translation>Настройки магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="39" />
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="46" />
        <source>This till's language</source>
        <translation>Язык этой кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="47" />
        <source>The language changes when Regulars is started again.</source>
        <translation>Язык сменится при следующем запуске Regulars.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="66" />
        <source>Purchases are recorded in %1: the currency stays.</source>
        <translation>Покупки уже записаны в %1: валюта не меняется.</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="29" />
        <source>Print the slip</source>
        <translation>Напечатать чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="44" />
        <source>Open a member to print their slip.</source>
        <translation>Откройте участника, чтобы напечатать его чек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="51" />
        <source>This member has no sale to print.</source>
        <translation>У этого участника нет покупки для чека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="54" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation>Принтер чеков не настроен: Управление → Принтер чеков…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="59" />
        <source>Printing the slip…</source>
        <translation>Печатаем чек…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="61" />
        <source>Slip printed: %1</source>
        <translation>Чек напечатан: %1</translation>
    </message>
</context>
<context>
    <name>SlipSettingsDialog</name>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="33" />
        <source>No slip</source>
        <translation>Без чека</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="34" />
        <source>ESC/POS printer on USB</source>
        <translation>Принтер ESC/POS по USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="35" />
        <source>ESC/POS printer on the network</source>
        <translation>Принтер ESC/POS в сети</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="36" />
        <source>ESC/POS printer: device or file</source>
        <translation>Принтер ESC/POS: устройство или файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="37" />
        <source>PDF files in a folder</source>
        <translation>PDF-файлы в папку</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="38" />
        <source>XPrinter, POS-58/80 and compatibles</source>
        <translation>XPrinter, POS-58/80 и совместимые</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="39" />
        <source>Epson TM</source>
        <translation>Epson TM</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="40" />
        <source>By the slip's language</source>
        <translation>По языку чека</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="41" />
        <source>CP866 — Cyrillic</source>
        <translation>CP866 — кириллица</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="42" />
        <source>CP1251 — Cyrillic (Windows)</source>
        <translation>CP1251 — кириллица (Windows)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="43" />
        <source>CP1257 — Baltic, Latvian</source>
        <translation>CP1257 — балтийская, латышский</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="44" />
        <source>CP775 — Baltic (DOS)</source>
        <translation>CP775 — балтийская (DOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="45" />
        <source>CP437 — Latin</source>
        <translation>CP437 — латиница</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="46" />
        <source>Switch pages letter by letter</source>
        <translation>Переключать страницы по буквам</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="57" />
        <source>Slip printer</source>
        <translation>Принтер чеков</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="65" />
        <source>58 mm (32 characters)</source>
        <translation>58 мм (32 символа)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="66" />
        <source>80 mm (48 characters)</source>
        <translation>80 мм (48 символов)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="74" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="75" />
        <source>Print after each sale (otherwise Ctrl+R at the till)</source>
        <translation>Печатать после каждой покупки (иначе Ctrl+R на кассе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="77" />
        <source>Thank you for shopping with us — Lavka, Riga</source>
        <translation>Спасибо, что выбираете нас — Лавка, Рига</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="78" />
        <source>Print a test slip</source>
        <translation>Напечатать пробный чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="96" />
        <source>Vendor id</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="97" />
        <source>Product id</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="98" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="102" />
        <source>Printer kind</source>
        <translation>Тип принтера</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>Code page</source>
        <translation>Кодовая страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="105" />
        <source>Shop's line</source>
        <translation>Строка магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="143" />
        <source>A folder for the PDF files</source>
        <translation>Папка для PDF-файлов</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="149" />
        <source>Folder for the slips</source>
        <translation>Папка для чеков</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="152" />
        <source>Printer device or file</source>
        <translation>Устройство принтера или файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="184" />
        <source>Printing a test slip…</source>
        <translation>Печатаем пробный чек…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="188" />
        <source>Test slip printed: %1</source>
        <translation>Пробный чек напечатан: %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="54" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="75" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="77" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="65" />
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="68" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="69" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="70" />
        <source>Switch on/off</source>
        <translation>Включить/выключить</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="71" />
        <source>Set this PIN for the selected</source>
        <translation>Задать этот PIN выбранному</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="76" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="100" />
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="123" />
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="128" />
        <source>Unlocked.</source>
        <translation>Разблокировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="135" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="141" />
        <source>PIN changed.</source>
        <translation>PIN изменён.</translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../app/ui/till_actions.py" line="89" />
        <source>Already handed over.</source>
        <translation>Уже вручено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_actions.py" line="136" />
        <source>Welcome! %n point(s) already on the card.</source>
        <translation>
            <numerusform>Добро пожаловать! На карте уже %Ln балл.</numerusform><numerusform>Добро пожаловать! На карте уже %Ln балла.</numerusform><numerusform>Добро пожаловать! На карте уже %Ln баллов.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="146" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="152" />
        <source>Print the card…</source>
        <translation>Напечатать карту…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="153" />
        <source>Lost card: new number…</source>
        <translation>Карта потеряна: новый номер…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="168" />
        <source>Lost card</source>
        <translation>Потерянная карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="169" />
        <source>Block card %1 and give %2 a new card number? Points, status and history stay with the member.</source>
        <translation>Заблокировать карту %1 и выдать новый номер карты: %2? Баллы, статус и история останутся у участника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="180" />
        <source>New card number: %1. The old card is blocked. Print the new card: Member → Print the card.</source>
        <translation>Новый номер карты: %1. Старая карта заблокирована. Напечатать новую: Участник → Напечатать карту.</translation>
    </message>
</context>
<context>
    <name>TillNameDialog</name>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="18" />
        <location filename="../../app/ui/till_name_dialog.py" line="27" />
        <source>This till's name</source>
        <translation>Название этой кассы</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="22" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation>Каждый компьютер у прилавка — касса магазина. Её название видно в отчётах по кассам, в журнале действий и на экране покупателя.</translation>
    </message>
</context>
<context>
    <name>TillSearch</name>
    <message>
        <location filename="../../app/ui/till_search.py" line="46" />
        <source>Name, phone or card</source>
        <translation>Имя, телефон или карта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_search.py" line="92" />
        <source>%n found</source>
        <translation>
            <numerusform>Найден %Ln</numerusform><numerusform>Найдено %Ln</numerusform><numerusform>Найдено %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="100" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation>Никого не нашли. F2 — новый участник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="101" />
        <source>Nobody found.</source>
        <translation>Никого не нашли.</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="65" />
        <source>Regulars — till</source>
        <translation>Regulars — касса</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="131" />
        <source>Purchase  F5</source>
        <translation>Покупка  F5</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="132" />
        <source>New member  F2</source>
        <translation>Новый участник  F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="133" />
        <source>Pay with points  F6</source>
        <translation>Баллами  F6</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="134" />
        <source>Edit  F4</source>
        <translation>Изменить  F4</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="135" />
        <source>Next customer  Esc</source>
        <translation>Следующий  Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="138" />
        <source>Donate points  F9</source>
        <translation>Пожертвовать  F9</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="144" />
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="146" />
        <source>Gift…</source>
        <translation>Подарок…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="147" />
        <source>Long wait: apology points</source>
        <translation>Долгое ожидание: баллы в извинение</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="148" />
        <source>Complaint…</source>
        <translation>Жалоба…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="149" />
        <source>Personal data…</source>
        <translation>Персональные данные…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="155" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="168" />
        <source>The language changes when Regulars is started again.</source>
        <translation>Язык сменится при следующем запуске Regulars.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="295" />
        <source>Survey +%1  F7</source>
        <translation>Опрос +%1  F7</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="296" />
        <source>Review +%1  F8</source>
        <translation>Отзыв +%1  F8</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="335" />
        <location filename="../../app/ui/till_window.py" line="353" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Оплачено %Ln баллом.</numerusform><numerusform>Оплачено %Ln баллами.</numerusform><numerusform>Оплачено %Ln баллами.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="336" />
        <source>+%n point(s), balance %1</source>
        <translation>
            <numerusform>+%Ln балл, на счёте %1</numerusform><numerusform>+%Ln балла, на счёте %1</numerusform><numerusform>+%Ln баллов, на счёте %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="343" />
        <source>New status: %1!</source>
        <translation>Новый статус: %1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="341" />
        <source>Full card! Give: %1</source>
        <translation>Карта собрана! Вручите: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="351" />
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="354" />
        <source>+%n point(s) pending: they count once the shop's server has the sale.</source>
        <translation>
            <numerusform>+%Ln балл ожидает: он зачтётся, когда сервер магазина получит продажу.</numerusform><numerusform>+%Ln балла ожидают: они зачтутся, когда сервер магазина получит продажу.</numerusform><numerusform>+%Ln баллов ожидают: они зачтутся, когда сервер магазина получит продажу.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="365" />
        <source>Birthday bonus: +%1</source>
        <translation>Бонус ко дню рождения: +%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="368" />
        <source>%2 gets +%1 for bringing a friend</source>
        <translation>%2 получает +%1 за приглашённого друга</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="369" />
        <source>The friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="371" />
        <source>Friend bonus: +%1</source>
        <translation>Бонус за приглашение: +%1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="37" />
        <source>Check who is paying with points</source>
        <translation>Проверьте, кто платит баллами</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="45" />
        <source>Points are money. Before spending them, check that this is %1: scan the card, or ask the customer to say the full phone number, or their name and date of birth.</source>
        <translation>Баллы — это деньги. Прежде чем их списать, убедитесь, что перед вами %1: отсканируйте карту или попросите покупателя назвать полный номер телефона либо имя и дату рождения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="51" />
        <source>scan or type the 13 digits</source>
        <translation>отсканируйте или введите 13 цифр</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="52" />
        <source>the whole number, e.g. +7 916 123-45-67</source>
        <translation>весь номер, например +7 916 123-45-67</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="53" />
        <source>first or last name</source>
        <translation>имя или фамилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="54" />
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="57" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="58" />
        <source>or the full phone</source>
        <translation>или полный телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="59" />
        <source>or the name</source>
        <translation>или имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="60" />
        <source>and the date of birth</source>
        <translation>и дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="63" />
        <source>Checked (Enter)</source>
        <translation>Проверено (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="64" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="89" />
        <source>Give both the name and the date of birth as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation>Укажите и имя, и дату рождения в виде дд.мм.гггг, например 07.03.1985.</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="94" />
        <source>Fill in one check: the card, the full phone, or the name and date of birth.</source>
        <translation>Заполните одну проверку: карта, полный телефон или имя и дата рождения.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="35" />
        <source>Consent withdrawn — %1</source>
        <translation>Отзыв согласия — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="46" />
        <source>Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, date of birth, notes and card number. The points and purchases stay only as numbers for the accounts, and the card stops working. This cannot be undone.</source>
        <translation>Отзыв согласия навсегда стирает персональные данные (%1): имя, телефон, e-mail, дату рождения, заметки и номер карты. Баллы и покупки остаются только цифрами для учёта, карта перестаёт работать. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="52" />
        <source>The customer asked for this and knows it cannot be undone</source>
        <translation>Покупатель сам об этом попросил и знает, что это нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="64" />
        <source>A cashier records this only with a manager's PIN, typed here.</source>
        <translation>Кассир оформляет это только с PIN-кодом менеджера, введённым здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="67" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="68" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="74" />
        <source>Erase for good</source>
        <translation>Стереть навсегда</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>prompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="71" />
        <source>Choose a backup file</source>
        <translation>Выберите файл копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="73" />
        <source>Regulars backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии Regulars (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="81" />
        <source>This file cannot be restored: %1</source>
        <translation>Этот файл нельзя восстановить: %1</translation>
    </message>
</context>
</TS>