<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="35" />
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="35" />
        <source>Edit member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="53" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>First name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="57" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="57" />
        <source>Phone *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="58" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="59" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="73" />
        <source>Agrees to processing of personal data (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="74" />
        <source>SMS offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>E-mail offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Welcome gift: %1 points on the new card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="84" />
        <source>Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="108" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="124" />
        <source>Open this member</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="38" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="51" />
        <source>Redeemed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="73" />
        <source>Last visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="84" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="91" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="95" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>%n point to %1</numerusform><numerusform>%n points to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="98" />
        <source>Top tier reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="103" />
        <source>Notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="105" />
        <source>card %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="107" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="116" />
        <source>(refunded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="12" />
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>Enter the amount as a number, e.g. 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14" />
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>A card number is 13 digits starting with 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>This card number has a wrong check digit; scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>This card belongs to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>Enter a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>This does not look like a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>This phone is already enrolled: {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Enter the first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>This e-mail address looks wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>The birthday is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Consent to processing personal data is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>Points to redeem cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>Only {available} points are available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Points cannot pay more than the purchase (at most {available}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>No member with this card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>No such purchase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="26" />
        <source>Purchase — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="47" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="49" />
        <source>Pay with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="54" />
        <source>Record (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="56" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Balance: %n point</numerusform><numerusform>Balance: %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="78" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>at most %n point</numerusform><numerusform>at most %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="38" />
        <source>Regulars — till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="48" />
        <source>Name, last digits of the phone, or scan a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="66" />
        <source>Purchase  F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="67" />
        <source>New member  F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="68" />
        <source>Pay with points  F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="69" />
        <source>Edit  F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="70" />
        <source>Next customer  Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="91" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="104" />
        <source>The language changes when Regulars is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="142" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="144" />
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform><numerusform>%n found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="215" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Paid with %n point.</numerusform><numerusform>Paid with %n points.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="216" />
        <source>+%1 points, balance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="219" />
        <source>🎉 New status: %1!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="230" />
        <source>Welcome! %1 points are already on the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="241" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>