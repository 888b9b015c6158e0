<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="35" />
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="35" />
        <source>Edit member</source>
        <translation>Изменить данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="53" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>First name *</source>
        <translation>Имя *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="57" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="57" />
        <source>Phone *</source>
        <translation>Телефон *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation>День рождения (дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="59" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="73" />
        <source>Agrees to processing of personal data (required)</source>
        <translation>Согласие на обработку персональных данных (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="74" />
        <source>SMS offers</source>
        <translation>SMS-рассылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>E-mail offers</source>
        <translation>E-mail-рассылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Welcome gift: %1 points on the new card</source>
        <translation>Подарок: %1 баллов уже на новой карте</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="84" />
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="108" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation>Введите дату как дд.мм.гггг, например 07.03.1985.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="124" />
        <source>Open this member</source>
        <translation>Открыть этого участника</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="38" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation>Что-то пошло не так. Ничего не сохранено наполовину. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="73" />
        <source>Last visits</source>
        <translation>Последние визиты</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="84" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation>Найдите участника: наберите имя или последние цифры телефона, или отсканируйте карту.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="91" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n балл</numerusform><numerusform>%n балла</numerusform><numerusform>%n баллов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="95" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>До статуса «%1» %n балл</numerusform><numerusform>До статуса «%1» %n балла</numerusform><numerusform>До статуса «%1» %n баллов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="98" />
        <source>Top tier reached</source>
        <translation>Высший статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="103" />
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="105" />
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="107" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform><numerusform>%n визита</numerusform><numerusform>%n визитов</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="116" />
        <source>(refunded)</source>
        <translation>(возврат)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="12" />
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>Enter the amount as a number, e.g. 1250.50.</source>
        <translation>Введите сумму числом, например 1250,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14" />
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>A card number is 13 digits starting with 2.</source>
        <translation>Номер карты — 13 цифр, начинается с 2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>This card number has a wrong check digit; scan it again.</source>
        <translation>Неверная контрольная цифра номера карты; отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>This card belongs to another member.</source>
        <translation>Эта карта принадлежит другому участнику.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>This does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>This phone is already enrolled: {name}.</source>
        <translation>Этот телефон уже зарегистрирован: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>This e-mail address looks wrong.</source>
        <translation>Адрес e-mail выглядит неверно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>The birthday is in the future.</source>
        <translation>День рождения в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Consent to processing personal data is required.</source>
        <translation>Нужно согласие на обработку персональных данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>Points to redeem cannot be negative.</source>
        <translation>Баллов к списанию не может быть меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>Only {available} points are available.</source>
        <translation>Доступно только {available} баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Points cannot pay more than the purchase (at most {available}).</source>
        <translation>Баллами нельзя оплатить больше суммы покупки (не более {available}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>No member with this card.</source>
        <translation>Участника с такой картой нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>No such purchase.</source>
        <translation>Такой покупки нет.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="26" />
        <source>Purchase — %1</source>
        <translation>Покупка — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="47" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="49" />
        <source>Pay with points</source>
        <translation>Оплатить баллами</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="54" />
        <source>Record (Enter)</source>
        <translation>Провести (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="56" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>На счёте %n балл</numerusform><numerusform>На счёте %n балла</numerusform><numerusform>На счёте %n баллов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="78" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>не более %n балла</numerusform><numerusform>не более %n баллов</numerusform><numerusform>не более %n баллов</numerusform></translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="38" />
        <source>Regulars — till</source>
        <translation>Regulars — касса</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="48" />
        <source>Name, last digits of the phone, or scan a card</source>
        <translation>Имя, последние цифры телефона или скан карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="66" />
        <source>Purchase  F5</source>
        <translation>Покупка  F5</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="67" />
        <source>New member  F2</source>
        <translation>Новый участник  F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="68" />
        <source>Pay with points  F6</source>
        <translation>Баллами  F6</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="69" />
        <source>Edit  F4</source>
        <translation>Изменить  F4</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="70" />
        <source>Next customer  Esc</source>
        <translation>Следующий  Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="91" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="104" />
        <source>The language changes when Regulars is started again.</source>
        <translation>Язык сменится при следующем запуске Regulars.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="142" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation>Никого не нашли. F2 — новый участник.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="144" />
        <source>%n found</source>
        <translation>
            <numerusform>Найден %n</numerusform><numerusform>Найдено %n</numerusform><numerusform>Найдено %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="215" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Оплачено %n баллом.</numerusform><numerusform>Оплачено %n баллами.</numerusform><numerusform>Оплачено %n баллами.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="216" />
        <source>+%1 points, balance %2</source>
        <translation>+%1 баллов, на счёте %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="219" />
        <source>🎉 New status: %1!</source>
        <translation>🎉 Новый статус: %1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="230" />
        <source>Welcome! %1 points are already on the card.</source>
        <translation>Добро пожаловать! На карте уже %1 баллов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="241" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
</TS>