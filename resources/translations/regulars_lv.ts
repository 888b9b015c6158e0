<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="45" />
        <source>Adjust points</source>
        <translation>Koriģēt punktus</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="58" />
        <source>Why: a purchase not scanned, a mistake…</source>
        <translation>Kāpēc: pirkums netika noskenēts, kļūda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="59" />
        <source>A positive number adds points, a negative one takes them.</source>
        <translation>Pozitīvs skaitlis pieskaita punktus, negatīvs tos atņem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="65" />
        <source>Find the member</source>
        <translation>Atrast dalībnieku</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="67" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="68" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="70" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="71" />
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="97" />
        <source>Name, last digits of the phone, or card</source>
        <translation>Vārds, tālruņa pēdējie cipari vai karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="98" />
        <source>Find</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="126" />
        <source>Nobody found.</source>
        <translation>Neviens nav atrasts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="140" />
        <source>%1, balance %2</source>
        <translation>%1, atlikums %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="143" />
        <source>Find the member first.</source>
        <translation>Vispirms atrodiet dalībnieku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/adjust_dialog.py" line="161" />
        <source>Saved: %1 points. Balance: %2.</source>
        <translation>Saglabāts: %1 punkti. Atlikums: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="53" />
        <source>Adjust points…</source>
        <translation>Koriģēt punktus…</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../app/ui/amounts.py" line="82" />
        <source>at most %1</source>
        <translation>ne vairāk kā %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="84" />
        <source>from %1 to %2</source>
        <translation>no %1 līdz %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="114" />
        <source>Large amount</source>
        <translation>Liela summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="115" />
        <source>Record %1? That is more than usual.</source>
        <translation>Reģistrēt %1? Tas ir vairāk nekā parasti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="117" />
        <source>&amp;Record</source>
        <translation>&amp;Reģistrēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/amounts.py" line="120" />
        <source>&amp;Correct the amount</source>
        <translation>&amp;Labot summu</translation>
    </message>
</context>
<context>
    <name>ApiHost</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="92" />
        <source>The register API could not open port %1 (another program may use it). The till works on; choose another port in Manage → Registers.</source>
        <translation>Kases aparātu API nevarēja atvērt portu %1 (to, iespējams, izmanto cita programma). Kase strādā tālāk; izvēlieties citu portu sadaļā “Pārvaldība → Kases aparāti”.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="150" />
        <source>Audit trail</source>
        <translation>Darbību žurnāls</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="154" />
        <source>action, e.g. refund</source>
        <translation>darbība, piem., refund</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="156" />
        <source>staff name</source>
        <translation>darbinieka vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="157" />
        <source>Export CSV…</source>
        <translation>Eksportēt CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>When (UTC)</source>
        <translation>Kad (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="158" />
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Target</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Details</source>
        <translation>Sīkāka informācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="159" />
        <source>Till</source>
        <translation>Kase</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="185" />
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="57" />
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="83" />
        <source>Change folder…</source>
        <translation>Mainīt mapi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="84" />
        <source>Folder:</source>
        <translation>Mape:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="91" />
        <source>A verified copy of the shop's server (pg_dump) is made every day; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation>Katru dienu tiek izveidota pārbaudīta veikala servera kopija (pg_dump); tiek glabātas 7 dienas, 4 nedēļas un 12 mēnešu kopijas. Glabājiet mapi citā diskā (USB zibatmiņā, tīkla mapē), lai bojāts disks nepaņemtu līdzi abus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="95" />
        <source>A verified copy is made at start and every day, and before every upgrade; 7 daily, 4 weekly and 12 monthly copies are kept. Keep the folder on another drive (a USB stick, a network share) so a failed disk does not take both.</source>
        <translation>Pārbaudīta kopija tiek izveidota palaišanas brīdī, katru dienu un pirms katras atjaunināšanas; tiek glabātas 7 dienas, 4 nedēļas un 12 mēnešu kopijas. Glabājiet mapi citā diskā (USB zibatmiņā, tīkla mapē), lai bojāts disks nepaņemtu līdzi abus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="104" />
        <source>The daily copy is made by the till that does the shop's upkeep, into its own folder. A copy is restored into a new, empty database, never over the one the tills are using; then each till is pointed at it. To restore, run (FILE is the copy):</source>
        <translation>Ikdienas kopiju savā mapē veido kase, kas veic veikala uzturēšanas darbus. Kopiju atjauno jaunā, tukšā datubāzē, nekad ne pāri tai, ko izmanto kases; pēc tam katru kasi pārslēdz uz to. Lai atjaunotu, palaidiet (FILE ir kopija):</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Taken</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="117" />
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="128" />
        <source>Back up now</source>
        <translation>Izveidot kopiju tagad</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="129" />
        <source>Restore the selected backup…</source>
        <translation>Atjaunot atlasīto kopiju…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="130" />
        <source>Restore from a file…</source>
        <translation>Atjaunot no faila…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="149" />
        <source>Scheduled or on demand</source>
        <translation>Plānota vai pēc pieprasījuma</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="150" />
        <source>Before an upgrade</source>
        <translation>Pirms atjaunināšanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="151" />
        <source>Data as it was before a restore</source>
        <translation>Dati, kādi tie bija pirms atjaunošanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="152" />
        <source>Damaged file kept before a restore</source>
        <translation>Bojātais fails, saglabāts pirms atjaunošanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="179" />
        <source>Where to keep backups</source>
        <translation>Kur glabāt rezerves kopijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="193" />
        <source>Backed up and verified: %1</source>
        <translation>Kopija izveidota un pārbaudīta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="203" />
        <source>Restore from a file</source>
        <translation>Atjaunot no faila</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="205" />
        <source>Regulars backups (*.sqlite3)</source>
        <translation>Regulars rezerves kopijas (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="212" />
        <source>Replace all current data with the backup of %1?

Members, purchases, the program, staff and PINs become what they were then; anything recorded since is set aside. A copy of the current data is kept first, so this can be undone. Everyone will have to sign in again.</source>
        <translation>Aizstāt visus pašreizējos datus ar %1 rezerves kopiju?

Dalībnieki, pirkumi, programma, darbinieki un PIN kodi kļūs tādi, kādi tie bija toreiz; viss, kas reģistrēts kopš tā laika, tiks nolikts malā. Vispirms tiek saglabāta pašreizējo datu kopija, tāpēc to var atsaukt. Visiem būs jāpiesakās no jauna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="217" />
        <location filename="../../app/ui/backup_dialog.py" line="232" />
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="226" />
        <source>Restored from %1.</source>
        <translation>Atjaunots no %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="228" />
        <source>The data as it was just before is kept as %1.</source>
        <translation>Dati, kādi tie bija tieši pirms tam, saglabāti kā %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="233" />
        <source>Sign in again to continue.</source>
        <translation>Lai turpinātu, piesakieties vēlreiz.</translation>
    </message>
</context>
<context>
    <name>CardDesignerDialog</name>
    <message>
        <location filename="../../app/ui/card_designer.py" line="41" />
        <source>Member cards</source>
        <translation>Dalībnieku kartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="62" />
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="63" />
        <source>Print cards…</source>
        <translation>Drukāt kartes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="64" />
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="77" />
        <source>e.g. Coffee and bakery since 2009</source>
        <translation>piem., Kafija un maiznīca kopš 2009. gada</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="79" />
        <source>Rules on the back; leave empty for no back</source>
        <translation>Noteikumi aizmugurē; atstājiet tukšu, ja aizmugures nav</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="83" />
        <source>Choose logo…</source>
        <translation>Izvēlēties logotipu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="84" />
        <source>No logo</source>
        <translation>Bez logotipa</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="89" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="90" />
        <source>Card number under the barcode</source>
        <translation>Kartes numurs zem svītrkoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="91" />
        <source>Member since</source>
        <translation>Dalībnieks kopš</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="95" />
        <source>QR code of the card number too</source>
        <translation>Arī kartes numura QR kods</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="102" />
        <source>Shop name</source>
        <translation>Veikala nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="103" />
        <location filename="../../app/ui/card_designer.py" line="199" />
        <source>Logo</source>
        <translation>Logotips</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="104" />
        <source>Line under the shop name</source>
        <translation>Rinda zem veikala nosaukuma</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="116" />
        <source>Colour: %1</source>
        <translation>Krāsa: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="117" />
        <source>On the front</source>
        <translation>Priekšpusē</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="119" />
        <source>Back text</source>
        <translation>Aizmugures teksts</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="120" />
        <source>Shop phone (back)</source>
        <translation>Veikala tālrunis (aizmugurē)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="121" />
        <source>Card language</source>
        <translation>Kartes valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="125" />
        <source>Ivan Petrov</source>
        <translation>Jānis Bērziņš</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="130" />
        <source>Preview as</source>
        <translation>Priekšskatīt kā</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="138" />
        <source>True size on this screen: hold a card against it.</source>
        <translation>Īstais izmērs šajā ekrānā: pielieciet karti klāt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="194" />
        <source>Tier colour</source>
        <translation>Līmeņa krāsa</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="200" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Attēli (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>a logo is set</source>
        <translation>logotips ir iestatīts</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="215" />
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_designer.py" line="260" />
        <source>Saved. New cards are printed with this design.</source>
        <translation>Saglabāts. Jaunās kartes tiks drukātas ar šo dizainu.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="62" />
        <source>Print member cards</source>
        <translation>Drukāt dalībnieku kartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="74" />
        <source>The card of %1, number %2</source>
        <translation>%1 karte, numurs %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="81" />
        <source>A4 sheets: 10 cards with crop marks</source>
        <translation>A4 lapas: 10 kartes ar griešanas zīmēm</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="82" />
        <source>One card a page (card printer)</source>
        <translation>Viena karte lapā (karšu printeris)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="86" />
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="90" />
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Which</source>
        <translation>Kuras</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="91" />
        <source>Cards</source>
        <translation>Kartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="96" />
        <source>Print runs</source>
        <translation>Drukas reizes</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="101" />
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="102" />
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="103" />
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="116" />
        <source>All members</source>
        <translation>Visi dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="117" />
        <source>One tier:</source>
        <translation>Viens līmenis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="118" />
        <source>These cards (scan or type the numbers, one a line):</source>
        <translation>Šīs kartes (noskenējiet vai ierakstiet numurus, pa vienam rindā):</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="127" />
        <source>Find a member by name or phone, Enter to add</source>
        <translation>Atrodiet dalībnieku pēc vārda vai tālruņa, Enter — pievienot</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="159" />
        <source>New cards, never printed: %1</source>
        <translation>Jaunas, vēl nedrukātas kartes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>new</source>
        <translation>jaunās</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>all</source>
        <translation>visas</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="171" />
        <source>chosen</source>
        <translation>izvēlētās</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="172" />
        <source>at the till</source>
        <translation>kasē</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="198" />
        <source>Nobody found.</source>
        <translation>Neviens nav atrasts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/card_print_dialog.py" line="221" />
        <source>%n card(s) chosen.</source>
        <translation>
            <numerusform>Izvēlēta %Ln karte.</numerusform><numerusform>Izvēlētas %Ln kartes.</numerusform><numerusform>Izvēlētas %Ln kartes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="231" />
        <source>Save cards as PDF</source>
        <translation>Saglabāt kartes kā PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="232" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="270" />
        <source>Printing…</source>
        <translation>Drukā…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Printing cards…</source>
        <translation>Drukā kartes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="274" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="287" />
        <source>%1 card(s) on %2 page(s). The print run is recorded.</source>
        <translation>Kartes: %1, lapas: %2. Drukas reize ir reģistrēta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="295" />
        <source>Cancelled: nothing was recorded.</source>
        <translation>Atcelts: nekas netika reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/card_print_dialog.py" line="299" />
        <source>Printing failed: %1</source>
        <translation>Drukāšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>CharityDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="26" />
        <source>Charity</source>
        <translation>Labdarība</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="33" />
        <source>Points members gave to good causes.</source>
        <translation>Punkti, ko dalībnieki ziedoja labiem mērķiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Cause</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="34" />
        <source>Worth</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donations</source>
        <translation>Ziedojumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="35" />
        <source>Donors</source>
        <translation>Ziedotāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="59" />
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="61" />
        <source>In total members gave %n point(s), worth %1.</source>
        <translation>
            <numerusform>Kopā dalībnieki ziedoja %Ln punktu %1 vērtībā.</numerusform><numerusform>Kopā dalībnieki ziedoja %Ln punktus %1 vērtībā.</numerusform><numerusform>Kopā dalībnieki ziedoja %Ln punktus %1 vērtībā.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompensationChoice</name>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>No compensation</source>
        <translation>Bez kompensācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="24" />
        <source>Apology points</source>
        <translation>Atvainošanās punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A gift</source>
        <translation>Dāvana</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="25" />
        <source>A discount on the next purchase</source>
        <translation>Atlaide nākamajam pirkumam</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="46" />
        <source>Compensation</source>
        <translation>Kompensācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/compensation_choice.py" line="61" />
        <source>Only a member can be compensated: open the member first to give points, a gift or a discount.</source>
        <translation>Kompensāciju var saņemt tikai dalībnieks: vispirms atveriet dalībnieku, lai dotu punktus, dāvanu vai atlaidi.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="80" />
        <source>Complaint — %1</source>
        <translation>Sūdzība — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="81" />
        <source>Complaint</source>
        <translation>Sūdzība</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="98" />
        <source>← &amp;Back</source>
        <translation>← &amp;Atpakaļ</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="99" />
        <location filename="../../app/ui/complaint_dialog.py" line="256" />
        <source>&amp;Next →  (Enter)</source>
        <translation>&amp;Tālāk →  (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="103" />
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="104" />
        <source>Press Esc again to throw this complaint away; nothing has been recorded yet.</source>
        <translation>Nospiediet Esc vēlreiz, lai atmestu šo sūdzību; nekas vēl nav reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="131" />
        <source>Listen without interrupting. Don't explain or defend yet.</source>
        <translation>Klausieties nepārtraucot. Pagaidām neskaidrojiet un neaizstāvieties.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="133" />
        <source>Let them say everything; nod, keep eye contact. When they have finished, press Enter.</source>
        <translation>Ļaujiet izteikt visu; pamājiet ar galvu, saglabājiet acu kontaktu. Kad klients beidzis, nospiediet Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="138" />
        <source>Facts are what can be checked; feelings are how it was for them. Write them apart. (Shift+Enter: a new line.)</source>
        <translation>Fakti ir tas, ko var pārbaudīt; jūtas ir tas, kā klients to izjuta. Pierakstiet tos atsevišķi. (Shift+Enter: jauna rinda.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="140" />
        <source>What happened: times, orders, amounts</source>
        <translation>Kas notika: laiks, pasūtījumi, summas</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="141" />
        <source>How they feel about it, in their words</source>
        <translation>Ko klients par to jūt, viņa paša vārdiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="144" />
        <source>Facts</source>
        <translation>Fakti</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="146" />
        <source>Their feelings and opinions</source>
        <translation>Klienta jūtas un viedoklis</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="150" />
        <source>I can see this really upset you.</source>
        <translation>Es redzu, ka tas jūs patiešām sarūgtināja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="151" />
        <source>In your place I'd be unhappy too.</source>
        <translation>Jūsu vietā arī es būtu neapmierināts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="152" />
        <source>I understand — you were counting on us and we let you down.</source>
        <translation>Es saprotu — jūs paļāvāties uz mums, un mēs jūs pievīlām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="153" />
        <source>Thank you for telling us; this matters.</source>
        <translation>Paldies, ka pastāstījāt; tas ir svarīgi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="156" />
        <source>Say one of these in your own voice, so they know they were heard:</source>
        <translation>Pasakiet kādu no šiem teikumiem saviem vārdiem, lai klients zina, ka ir uzklausīts:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="166" />
        <source>My own words:</source>
        <translation>Mani vārdi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="179" />
        <source>Read it back to them and let them correct you; fix the text if they do.</source>
        <translation>Nolasiet to klientam priekšā un ļaujiet izlabot; ja labo, izlabojiet tekstu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="187" />
        <source>Agree what happens next. A compensation is a gift: you will get the words to say it.</source>
        <translation>Vienojieties, kas notiks tālāk. Kompensācija ir dāvana: jūs saņemsiet vārdus, ko teikt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="189" />
        <source>What we will do about it</source>
        <translation>Ko mēs darīsim lietas labā</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="205" />
        <source>The complaint is recorded.</source>
        <translation>Sūdzība ir reģistrēta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="206" />
        <source>Say it out loud:</source>
        <translation>Pasakiet skaļi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="209" />
        <source>Thank them for telling you, and do what you promised. The manager follows it up.</source>
        <translation>Pateicieties klientam, ka pastāstīja, un izdariet, ko apsolījāt. Vadītājs sekos līdzi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Let them finish</source>
        <translation>Ļaujiet izteikties</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="242" />
        <source>Facts apart from feelings</source>
        <translation>Fakti atsevišķi no jūtām</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Reflect the feeling</source>
        <translation>Atspoguļojiet jūtas</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="243" />
        <source>Summarise back</source>
        <translation>Atkārtojiet kopsavilkumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Solve it</source>
        <translation>Atrisiniet</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="244" />
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="246" />
        <source>Step %1 of %2</source>
        <translation>%1. solis no %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="255" />
        <source>Record the complaint (Enter)</source>
        <translation>Reģistrēt sūdzību (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="273" />
        <source>Let me check I understood: </source>
        <translation>Ļaujiet pārliecināties, ka sapratu pareizi: </translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="355" />
        <source>Next time you get %1% off — our apology.</source>
        <translation>Nākamreiz jums būs %1% atlaide — mūsu atvainošanās.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaint_dialog.py" line="363" />
        <source>Said it</source>
        <translation>Pateikts</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="208" />
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="218" />
        <source>Open complaints</source>
        <translation>Atvērtās sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="219" />
        <source>Closed complaints</source>
        <translation>Slēgtās sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="220" />
        <source>All complaints</source>
        <translation>Visas sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="225" />
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="336" />
        <source>Compensation</source>
        <translation>Kompensācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="226" />
        <location filename="../../app/ui/care_reports.py" line="332" />
        <source>Cashier</source>
        <translation>Kasieris</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="244" />
        <location filename="../../app/ui/care_reports.py" line="325" />
        <source>Follow up and close</source>
        <translation>Pabeigt un slēgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="247" />
        <source>What was done: called back, refunded, how they took it</source>
        <translation>Kas tika darīts: atzvanīts, atmaksāts, kā klients to uztvēra</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="251" />
        <location filename="../../app/ui/care_reports.py" line="327" />
        <source>Close the complaint</source>
        <translation>Slēgt sūdzību</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="274" />
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%Ln sūdzība</numerusform><numerusform>%Ln sūdzības</numerusform><numerusform>%Ln sūdzības</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Open</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="300" />
        <source>Closed</source>
        <translation>Slēgta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="304" />
        <source>%n apology point(s)</source>
        <translation>
            <numerusform>%Ln atvainošanās punkts</numerusform><numerusform>%Ln atvainošanās punkti</numerusform><numerusform>%Ln atvainošanās punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="306" />
        <source>%1% off the next purchase</source>
        <translation>%1% atlaide nākamajam pirkumam</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="308" />
        <source>A gift</source>
        <translation>Dāvana</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="321" />
        <source>Nothing to show.</source>
        <translation>Nav ko rādīt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="324" />
        <source>Add a follow-up note</source>
        <translation>Pievienot piezīmi par turpmāko rīcību</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="326" />
        <source>Add the note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="331" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="333" />
        <source>Their feelings</source>
        <translation>Klienta jūtas</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Reflected with</source>
        <translation>Atspoguļots ar</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="334" />
        <source>Summary said back</source>
        <translation>Atkārtotais kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="335" />
        <source>Solution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Words said</source>
        <translation>Pateiktie vārdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="337" />
        <source>Follow-up</source>
        <translation>Turpmākā rīcība</translation>
    </message>
</context>
<context>
    <name>CountryFields</name>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="45" />
        <source>Russia</source>
        <translation>Krievija</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="46" />
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="47" />
        <source>Other country</source>
        <translation>Cita valsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="50" />
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="51" />
        <source>Phone region</source>
        <translation>Tālruņu reģions</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_fields.py" line="52" />
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="106" />
        <source>The shop's country</source>
        <translation>Veikala valsts</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="107" />
        <source>Phone numbers typed without a country code are read as this country's; amounts are kept in the currency. The owner can change both later (Manage → Shop settings…).</source>
        <translation>Tālruņu numuri bez valsts koda tiek lasīti kā šīs valsts numuri; summas tiek glabātas šajā valūtā. Īpašnieks abus var mainīt vēlāk (Pārvaldība → Veikala iestatījumi…).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="48" />
        <source>Regulars — for the customer</source>
        <translation>Regulars — klientam</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_display.py" line="104" />
        <source>Welcome!</source>
        <translation>Laipni lūdzam!</translation>
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="37" />
        <source>Donate points — %1</source>
        <translation>Ziedot punktus — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="52" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>ne vairāk kā %Ln punkts</numerusform><numerusform>ne vairāk kā %Ln punkti</numerusform><numerusform>ne vairāk kā %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="59" />
        <source>Cause</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="61" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="66" />
        <source>Donate (Enter)</source>
        <translation>Ziedot (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/donate_dialog.py" line="68" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Atlikums: %Ln punkts</numerusform><numerusform>Atlikums: %Ln punkti</numerusform><numerusform>Atlikums: %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/donate_dialog.py" line="90" />
        <source>No points were given: check who the customer is first.</source>
        <translation>Punkti netika ziedoti: vispirms pārbaudiet, kas ir klients.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="52" />
        <source>Prize draw</source>
        <translation>Izloze</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="70" />
        <source>e.g. Hoarders' draw 2026</source>
        <translation>piem., Krājēju izloze 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="72" />
        <source>Points held now</source>
        <translation>Pašreizējie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="73" />
        <source>Qualifying points earned in a period</source>
        <translation>Periodā nopelnītie kvalificējošie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="76" />
        <source>One prize per line; the first line is the first prize</source>
        <translation>Viena balva rindā; pirmā rinda ir pirmā balva</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="80" />
        <source>Empty: a random seed</source>
        <translation>Tukšs: nejauša sēkla</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Draw name</source>
        <translation>Izlozes nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="88" />
        <source>Who takes part</source>
        <translation>Kas piedalās</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="89" />
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="90" />
        <source>At least (points)</source>
        <translation>Vismaz (punkti)</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Prizes</source>
        <translation>Balvas</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="91" />
        <source>Seed</source>
        <translation>Sēkla</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="96" />
        <source>Run the draw</source>
        <translation>Veikt izlozi</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="98" />
        <location filename="../../app/ui/draw_dialog.py" line="104" />
        <source>New draw</source>
        <translation>Jauna izloze</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="128" />
        <source>Fill in the draw and run it: the winners appear here, with the seed that lets anyone re-run it.</source>
        <translation>Aizpildiet izlozes datus un veiciet to: šeit parādīsies uzvarētāji un sēkla, ar kuru ikviens var izlozi atkārtot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="134" />
        <source>Prize</source>
        <translation>Balva</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="138" />
        <source>Verify</source>
        <translation>Pārbaudīt</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="152" />
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Draw</source>
        <translation>Izloze</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="159" />
        <source>Took part</source>
        <translation>Piedalījās</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="160" />
        <source>Winners</source>
        <translation>Uzvarētāji</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="161" />
        <source>Earlier draws</source>
        <translation>Iepriekšējās izlozes</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="199" />
        <source>A seed is a whole number from 0 to %1, or leave it empty.</source>
        <translation>Sēkla ir vesels skaitlis no 0 līdz %1, vai atstājiet tukšu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="241" />
        <source>%1 — drawn on %2</source>
        <translation>%1 — izlozēts %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/draw_dialog.py" line="243" />
        <source>%n member(s) took part.</source>
        <translation>
            <numerusform>Piedalījās %Ln dalībnieks.</numerusform><numerusform>Piedalījās %Ln dalībnieki.</numerusform><numerusform>Piedalījās %Ln dalībnieki.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="244" />
        <source>Seed %1 — anyone can re-run this draw with it.</source>
        <translation>Sēkla %1 — ar to ikviens var atkārtot šo izlozi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="246" />
        <source>List digest: %1…</source>
        <translation>Saraksta kontrolsumma: %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="265" />
        <source>Re-run matches: the same members took part and the same winners were drawn.</source>
        <translation>Atkārtojums sakrīt: piedalījās tie paši dalībnieki un tika izlozēti tie paši uzvarētāji.</translation>
    </message>
    <message>
        <location filename="../../app/ui/draw_dialog.py" line="267" />
        <source>Re-run does not match: %1</source>
        <translation>Atkārtojums nesakrīt: %1</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>Edit member</source>
        <translation>Labot dalībnieka datus</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="56" />
        <source>New member</source>
        <translation>Jauns dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="75" />
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>First name *</source>
        <translation>Vārds *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="78" />
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="79" />
        <source>Phone *</source>
        <translation>Tālrunis *</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>Birthday (dd.mm.yyyy)</source>
        <translation>Dzimšanas diena (dd.mm.gggg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="80" />
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="81" />
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="92" />
        <source>Agrees to processing of personal data (required)</source>
        <translation>Piekrīt personas datu apstrādei (obligāti)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="93" />
        <source>SMS offers</source>
        <translation>SMS piedāvājumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="94" />
        <source>E-mail offers</source>
        <translation>E-pasta piedāvājumi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/enrol_dialog.py" line="97" />
        <source>Welcome gift: %n point(s) on the new card</source>
        <translation>
            <numerusform>Sveiciena dāvana: %Ln punkts jaunajā kartē</numerusform><numerusform>Sveiciena dāvana: %Ln punkti jaunajā kartē</numerusform><numerusform>Sveiciena dāvana: %Ln punkti jaunajā kartē</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="104" />
        <source>Enrol</source>
        <translation>Reģistrēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="124" />
        <source>The till's language</source>
        <translation>Kases valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="128" />
        <source>Speak to them in</source>
        <translation>Saziņas valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="139" />
        <source>Referred by (phone or card)</source>
        <translation>Ieteica (tālrunis vai karte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="156" />
        <source>the new member</source>
        <translation>jaunais dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="157" />
        <source>Both of you get points when %1 makes a first purchase.</source>
        <translation>Jūs abi saņemsiet punktus, kad %1 veiks pirmo pirkumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="163" />
        <source>Referred by %1.</source>
        <translation>Ieteica %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrol_dialog.py" line="190" />
        <source>Open this member</source>
        <translation>Atvērt šo dalībnieku</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="46" />
        <location filename="../../app/ui/export_dialog.py" line="139" />
        <source>Export data</source>
        <translation>Eksportēt datus</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All members</source>
        <translation>Visi dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="55" />
        <source>All purchases</source>
        <translation>Visi pirkumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="56" />
        <source>Points ledger (every change of points)</source>
        <translation>Punktu žurnāls (katra punktu izmaiņa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="59" />
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation>CSV (izklājlapām, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="60" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel darbgrāmata (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="61" />
        <source>JSON (for other programs)</source>
        <translation>JSON (citām programmām)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="64" />
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="69" />
        <source>What</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="70" />
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="71" />
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="72" />
        <source>Every row is exported, in the till's local time. The file holds customers' personal data and staff notes: keep it safe. Erased members appear without their personal data.</source>
        <translation>Tiek eksportēta katra rinda, kases vietējā laikā. Failā ir klientu personas dati un darbinieku piezīmes: glabājiet to droši. Dzēstie dalībnieki parādās bez personas datiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="80" />
        <source>Export (Enter)</source>
        <translation>Eksportēt (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="83" />
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="115" />
        <source>Export to</source>
        <translation>Eksportēt uz</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="129" />
        <source>Choose a file to write to.</source>
        <translation>Izvēlieties failu, kurā rakstīt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="137" />
        <source>Exporting…</source>
        <translation>Eksportē…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="138" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="153" />
        <source>Exporting: %1 of %2 rows…</source>
        <translation>Eksportē: %1 no %2 rindām…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="158" />
        <source>Export cancelled: no file was written.</source>
        <translation>Eksports atcelts: neviens fails netika ierakstīts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export_dialog.py" line="160" />
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Eksportēta %Ln rinda uz %1.</numerusform><numerusform>Eksportētas %Ln rindas uz %1.</numerusform><numerusform>Eksportētas %Ln rindas uz %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="167" />
        <source>The export failed: %1</source>
        <translation>Eksports neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="213" />
        <source>Regulars — first start</source>
        <translation>Regulars — pirmā palaišana</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="214" />
        <source>&lt; Back</source>
        <translation>&lt; Atpakaļ</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="215" />
        <source>Next &gt;</source>
        <translation>Tālāk &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="216" />
        <source>Start the till</source>
        <translation>Atvērt kasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="217" />
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="221" />
        <source>The shop's name</source>
        <translation>Veikala nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="222" />
        <source>Shown on the member cards, the slips and the customer's screen.</source>
        <translation>Redzams uz dalībnieku kartēm, čekiem un pircēja ekrānā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="223" />
        <source>Shop name</source>
        <translation>Veikala nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="226" />
        <location filename="../../app/ui/first_start_wizard.py" line="230" />
        <source>This till's name</source>
        <translation>Šīs kases nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="227" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation>Katrs dators pie letes ir veikala kase. Tās nosaukums redzams atskaitēs pa kasēm, audita žurnālā un pircēja ekrānā.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="163" />
        <source>Gift for %1</source>
        <translation>Dāvana — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="177" />
        <source>A gift given silently earns no thanks. Record it, then say it out loud.</source>
        <translation>Klusībā dota dāvana nepelna pateicību. Reģistrējiet to un pēc tam pasakiet skaļi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="183" />
        <source>Give (Enter)</source>
        <translation>Dāvināt (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="186" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="201" />
        <source>Say it out loud:</source>
        <translation>Pasakiet skaļi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="210" />
        <source>Said it</source>
        <translation>Pateikts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/gift_dialog.py" line="260" />
        <source>Balance now: %n point(s)</source>
        <translation>
            <numerusform>Atlikums tagad: %Ln punkts</numerusform><numerusform>Atlikums tagad: %Ln punkti</numerusform><numerusform>Atlikums tagad: %Ln punkti</numerusform></translation>
    </message>
</context>
<context>
    <name>GiftFields</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="82" />
        <source>e.g. a large cappuccino instead of a medium</source>
        <translation>piem., liels kapučīno vidējā vietā</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="95" />
        <source>Choose why…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="112" />
        <source>What</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="113" />
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="114" />
        <source>Value to the shop</source>
        <translation>Vērtība veikalam</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="116" />
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="118" />
        <source>Points as well</source>
        <translation>Arī punkti</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="52" />
        <source>Size or class upgrade</source>
        <translation>Lielāks izmērs vai augstāka klase</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="53" />
        <source>Extra item</source>
        <translation>Papildu prece</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="54" />
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="55" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="60" />
        <source>Out of stock</source>
        <translation>Nav noliktavā</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="61" />
        <source>Waited too long</source>
        <translation>Pārāk ilgi gaidīja</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="62" />
        <source>Complaint</source>
        <translation>Sūdzība</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="63" />
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="64" />
        <source>Tier perk</source>
        <translation>Līmeņa priekšrocība</translation>
    </message>
    <message>
        <location filename="../../app/ui/gift_dialog.py" line="65" />
        <source>Just because</source>
        <translation>Tāpat vien</translation>
    </message>
</context>
<context>
    <name>GiftsReportDialog</name>
    <message>
        <location filename="../../app/ui/care_reports.py" line="86" />
        <source>Gifts given</source>
        <translation>Pasniegtās dāvanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="99" />
        <source>Show (Enter)</source>
        <translation>Rādīt (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="102" />
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="104" />
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Gifts</source>
        <translation>Dāvanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="112" />
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="113" />
        <source>Cashier</source>
        <translation>Kasieris</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="115" />
        <source>By reason</source>
        <translation>Pēc iemesla</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="116" />
        <source>By cashier</source>
        <translation>Pēc kasiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="118" />
        <source>“Others”: members who bought in the same period and got no gift, counted from their first purchase in it.</source>
        <translation>“Citi”: dalībnieki, kas pirka tajā pašā periodā un nesaņēma dāvanu, skaitot no viņu pirmā pirkuma šajā periodā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="145" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="150" />
        <source>The period ends before it starts.</source>
        <translation>Periods beidzas, pirms tas sākas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="161" />
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%Ln dāvana</numerusform><numerusform>%Ln dāvanas</numerusform><numerusform>%Ln dāvanas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="162" />
        <source>cost %1</source>
        <translation>izmaksas %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_reports.py" line="163" />
        <source>%n point(s) given</source>
        <translation>
            <numerusform>dots %Ln punkts</numerusform><numerusform>doti %Ln punkti</numerusform><numerusform>doti %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="164" />
        <source>Said out loud: %1 of %2</source>
        <translation>Pateikts skaļi: %1 no %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="174" />
        <source>Came back within %1 days: too early to tell.</source>
        <translation>Atgriezās %1 dienu laikā: vēl pārāk agri spriest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="176" />
        <source>Came back within %1 days: %2 of gifted members (too early to tell for the others)</source>
        <translation>Atgriezās %1 dienu laikā: %2 no apdāvinātajiem dalībniekiem (par citiem vēl pārāk agri spriest)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="179" />
        <source>Came back within %1 days: %3 of members without a gift (too early to tell for the gifted)</source>
        <translation>Atgriezās %1 dienu laikā: %3 no dalībniekiem bez dāvanas (par apdāvinātajiem vēl pārāk agri spriest)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="182" />
        <source>Came back within %1 days: %2 of gifted members vs %3 of others</source>
        <translation>Atgriezās %1 dienu laikā: %2 no apdāvinātajiem dalībniekiem pret %3 no citiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_reports.py" line="192" />
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="75" />
        <source>Program health</source>
        <translation>Programmas veselība</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Threshold</source>
        <translation>Slieksnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="83" />
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Share</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="84" />
        <source>Reached</source>
        <translation>Sasnieguši</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Took them (median)</source>
        <translation>Prasīja (mediāna)</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="85" />
        <source>Median member needs</source>
        <translation>Mediānajam dalībniekam vajag</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="88" />
        <source>“Took them”: among members who reached the tier, the median time from enrolment. “Median member needs”: at the earning pace of the median member enrolled for a month or more.</source>
        <translation>“Prasīja”: līmeni sasniegušo dalībnieku mediānais laiks kopš reģistrācijas. “Mediānajam dalībniekam vajag”: ar tāda mediānā dalībnieka pelnīšanas tempu, kurš reģistrēts mēnesi vai ilgāk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="106" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln diena</numerusform><numerusform>%Ln dienas</numerusform><numerusform>%Ln dienas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="108" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln mēnesis</numerusform><numerusform>%Ln mēneši</numerusform><numerusform>%Ln mēneši</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="111" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln gads</numerusform><numerusform>%Ln gadi</numerusform><numerusform>%Ln gadi</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="112" />
        <source>%1 years</source>
        <translation>%1 gadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/manager_dialogs.py" line="118" />
        <source>%n member(s).</source>
        <translation>
            <numerusform>%Ln dalībnieks.</numerusform><numerusform>%Ln dalībnieki.</numerusform><numerusform>%Ln dalībnieki.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="119" />
        <source>The median member earns about %1 qualifying points a month.</source>
        <translation>Mediānais dalībnieks nopelna aptuveni %1 kvalificējošos punktus mēnesī.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="127" />
        <source>from the start</source>
        <translation>no sākuma</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="137" />
        <source>The top tier is out of reach: the median member would need %1. Aim for two to three.</source>
        <translation>Augstākais līmenis nav sasniedzams: mediānajam dalībniekam vajadzētu %1. Mērķis — divi līdz trīs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="140" />
        <source>The top tier is too easy: the median member reaches it in %1, under six months. Aim for two to three years.</source>
        <translation>Augstākais līmenis ir pārāk viegls: mediānais dalībnieks to sasniedz ātrāk nekā sešos mēnešos (%1). Mērķis — divi līdz trīs gadi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="143" />
        <source>The first step takes more than three months: newcomers need a first win within weeks.</source>
        <translation>Pirmais solis prasa vairāk nekā trīs mēnešus: jaunpienācējiem vajag pirmo uzvaru dažu nedēļu laikā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="145" />
        <source>The median member needs %1 to reach %2.</source>
        <translation>Mediānajam dalībniekam vajag %1, lai sasniegtu %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="148" />
        <source>Not enough data yet: the pace is measured on members enrolled for a month or more who have earned points.</source>
        <translation>Vēl nepietiek datu: tempu mēra dalībniekiem, kas reģistrēti mēnesi vai ilgāk un ir nopelnījuši punktus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_dialogs.py" line="165" />
        <source>The ladder looks well tuned: the median member reaches %1 in %2.</source>
        <translation>Līmeņu kāpnes izskatās labi noregulētas: mediānais dalībnieks sasniedz %1, laiks: %2.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="47" />
        <source>Full name</source>
        <translation>Pilns vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48" />
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="49" />
        <source>Patronymic</source>
        <translation>Tēvvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="50" />
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51" />
        <source>Mobile phone</source>
        <translation>Mobilais tālrunis</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52" />
        <location filename="../../app/ui/import_report.py" line="54" />
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53" />
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54" />
        <source>Card number</source>
        <translation>Kartes numurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55" />
        <source>Points balance</source>
        <translation>Punktu atlikums</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57" />
        <source>Enrolment date</source>
        <translation>Reģistrācijas datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58" />
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59" />
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61" />
        <source>Consent</source>
        <translation>Piekrišana</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76" />
        <source>Import members</source>
        <translation>Importēt dalībniekus</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100" />
        <source>Choose file…</source>
        <translation>Izvēlēties failu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101" />
        <source>A CSV or XLSX file exported from the old system.</source>
        <translation>CSV vai XLSX fails, eksportēts no vecās sistēmas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110" />
        <source>Which column is which</source>
        <translation>Kura kolonna ir kura</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="129" />
        <source>How</source>
        <translation>Kā</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="131" />
        <source>Skip them</source>
        <translation>Izlaist tos</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="132" />
        <source>Merge: fill empty fields, add the points once</source>
        <translation>Apvienot: aizpildīt tukšos laukus, pieskaitīt punktus vienreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="134" />
        <source>All or nothing: one bad row stops the import</source>
        <translation>Viss vai nekas: viena kļūdaina rinda aptur importu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135" />
        <source>Valid rows only: leave the rejected rows out</source>
        <translation>Tikai derīgās rindas: noraidītās rindas izlaist</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138" />
        <source>Already a member (same phone or card):</source>
        <translation>Jau ir dalībnieks (tas pats tālrunis vai karte):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="140" />
        <source>Rows with problems:</source>
        <translation>Rindas ar problēmām:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="150" />
        <source>Check (dry run)</source>
        <translation>Pārbaudīt (izmēģinājums)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="152" />
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="153" />
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="176" />
        <source>Choose the export file</source>
        <translation>Izvēlieties eksporta failu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="177" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabulas (*.csv *.txt *.xlsx);;Visi faili (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="189" />
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln rinda</numerusform><numerusform>%1 (%2): %Ln rindas</numerusform><numerusform>%1 (%2): %Ln rindas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="195" />
        <location filename="../../app/ui/import_report.py" line="45" />
        <source>Check the file first: nothing is saved until you import.</source>
        <translation>Vispirms pārbaudiet failu: nekas netiek saglabāts, kamēr neimportējat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="209" />
        <source>— not in the file —</source>
        <translation>— nav failā —</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Checking the rows…</source>
        <translation>Pārbauda rindas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="268" />
        <source>Importing members…</source>
        <translation>Importē dalībniekus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="269" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="306" />
        <source>The import failed and nothing was saved: %1</source>
        <translation>Imports neizdevās, un nekas netika saglabāts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315" />
        <source>All or nothing would refuse: choose 'valid rows only' or fix the file.</source>
        <translation>Režīms “viss vai nekas” atteiktu: izvēlieties “tikai derīgās rindas” vai izlabojiet failu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_dialog.py" line="320" />
        <source>Nothing was imported: %n row(s) rejected.</source>
        <translation>
            <numerusform>Nekas netika importēts: noraidīta %Ln rinda.</numerusform><numerusform>Nekas netika importēts: noraidītas %Ln rindas.</numerusform><numerusform>Nekas netika importēts: noraidītas %Ln rindas.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="325" />
        <source>Done.</source>
        <translation>Gatavs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="29" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kirilica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="30" />
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Rietumeiropas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="31" />
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (kirilica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="32" />
        <source>CP866 (DOS Cyrillic)</source>
        <translation>CP866 (DOS kirilica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="33" />
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Centrāleiropas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="34" />
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltijas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="51" />
        <source>First rows of the file</source>
        <translation>Faila pirmās rindas</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="68" />
        <source>Encoding:</source>
        <translation>Kodējums:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="90" />
        <source>An Excel file carries its own encoding.</source>
        <translation>Excel failam ir savs kodējums.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="93" />
        <source>Read as you chose.</source>
        <translation>Nolasīts, kā izvēlējāties.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_preview.py" line="96" />
        <source>Detected. If the names look wrong, choose another encoding.</source>
        <translation>Noteikts automātiski. Ja vārdi izskatās nepareizi, izvēlieties citu kodējumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="29" />
        <source>Would import %1, merge %2, skip %3, reject %4; opening points %5.</source>
        <translation>Tiktu importēti %1, apvienoti %2, izlaisti %3, noraidīti %4; sākuma punkti %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="32" />
        <source>Imported %1, merged %2, skipped %3, rejected %4; opening points %5.</source>
        <translation>Importēti %1, apvienoti %2, izlaisti %3, noraidīti %4; sākuma punkti %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="44" />
        <source>Dry run report</source>
        <translation>Izmēģinājuma pārskats</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="51" />
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="52" />
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="53" />
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="55" />
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="73" />
        <source>import</source>
        <translation>importēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="74" />
        <source>merge</source>
        <translation>apvienot</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="75" />
        <source>skip</source>
        <translation>izlaist</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_report.py" line="76" />
        <source>reject</source>
        <translation>noraidīt</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="91" />
        <source>Welcome to Regulars</source>
        <translation>Laipni lūdzam Regulars</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="92" />
        <source>Choose the language of this till (↑/↓, then Enter).</source>
        <translation>Izvēlieties šīs kases valodu (↑/↓, tad Enter).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="38" />
        <source>Create the owner's account</source>
        <translation>Izveidot īpašnieka kontu</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="39" />
        <source>Who is at the till?</source>
        <translation>Kas strādā kasē?</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation>Regulars lieto ar PIN kodu. Pirmais konts ir īpašnieka: tas iestata programmu, darbiniekus un rezerves kopijas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="50" />
        <source>Choose your name (type its first letters, or ↑/↓), then type your PIN and press Enter.</source>
        <translation>Izvēlieties savu vārdu (ierakstiet pirmos burtus vai ↑/↓), tad ierakstiet PIN kodu un nospiediet Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Create and sign in</source>
        <translation>Izveidot un pieteikties</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66" />
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="87" />
        <source>Your name</source>
        <translation>Jūsu vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="89" />
        <source>4 to 8 digits</source>
        <translation>4 līdz 8 cipari</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="90" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="93" />
        <source>PIN again</source>
        <translation>PIN vēlreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="164" />
        <source>The two PINs differ.</source>
        <translation>Abi PIN kodi atšķiras.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="63" />
        <source>Something went wrong. Nothing half-done was saved. Details are in the log.</source>
        <translation>Kaut kas nogāja greizi. Nekas pa pusei netika saglabāts. Sīkāka informācija ir žurnālā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="140" />
        <source>Sales set aside…</source>
        <translation>Noliktie pārdošanas darījumi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="157" />
        <source>Reports…</source>
        <translation>Pārskati…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="159" />
        <source>Loyalty program…</source>
        <translation>Lojalitātes programma…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="161" />
        <source>Prize draw…</source>
        <translation>Izloze…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="162" />
        <source>Charity totals…</source>
        <translation>Labdarības kopsummas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="164" />
        <source>Program health…</source>
        <translation>Programmas veselība…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="166" />
        <source>Refund a purchase…</source>
        <translation>Atmaksāt pirkumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="168" />
        <source>Adjust points…</source>
        <translation>Koriģēt punktus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="170" />
        <source>Gifts…</source>
        <translation>Dāvanas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="172" />
        <source>Complaints…</source>
        <translation>Sūdzības…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="174" />
        <source>Member cards: design…</source>
        <translation>Dalībnieku kartes: dizains…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="176" />
        <source>Print member cards…</source>
        <translation>Drukāt dalībnieku kartes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="178" />
        <source>Staff…</source>
        <translation>Darbinieki…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="180" />
        <source>Audit trail…</source>
        <translation>Darbību žurnāls…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="182" />
        <source>Backups…</source>
        <translation>Rezerves kopijas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="183" />
        <source>Shop settings…</source>
        <translation>Veikala iestatījumi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="185" />
        <source>Import members…</source>
        <translation>Importēt dalībniekus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="187" />
        <source>Export data…</source>
        <translation>Eksportēt datus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="189" />
        <source>Slip printer…</source>
        <translation>Čeku printeris…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="191" />
        <source>Registers…</source>
        <translation>Kases aparāti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="198" />
        <source>Manage</source>
        <translation>Pārvaldība</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="38" />
        <source>A manager's PIN</source>
        <translation>Vadītāja PIN kods</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="57" />
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="58" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="61" />
        <source>Allow (Enter)</source>
        <translation>Atļaut (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/manager_pin.py" line="62" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Earned</source>
        <translation>Nopelnīts</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="85" />
        <source>Redeemed</source>
        <translation>Izmantots</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="95" />
        <source>Last visits</source>
        <translation>Pēdējie apmeklējumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="139" />
        <source>Find a member: type a name or the last digits of the phone, or scan the card.</source>
        <translation>Atrodiet dalībnieku: ierakstiet vārdu vai tālruņa pēdējos ciparus, vai noskenējiet karti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="145" />
        <source>of which %n point(s) pending until the shop's server has the sales</source>
        <translation>
            <numerusform>no tiem %Ln punkts gaida, līdz veikala serveris saņems pirkumus</numerusform><numerusform>no tiem %Ln punkti gaida, līdz veikala serveris saņems pirkumus</numerusform><numerusform>no tiem %Ln punkti gaida, līdz veikala serveris saņems pirkumus</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="151" />
        <source>Today: %1</source>
        <translation>Šodien: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="153" />
        <source>Notes: %1</source>
        <translation>Piezīmes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="164" />
        <source>Perks: %1</source>
        <translation>Priekšrocības: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="168" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%Ln punkts</numerusform><numerusform>%Ln punkti</numerusform><numerusform>%Ln punkti</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="172" />
        <source>%n point(s) to %1</source>
        <translation>
            <numerusform>Līdz līmenim %1: %Ln punkts</numerusform><numerusform>Līdz līmenim %1: %Ln punkti</numerusform><numerusform>Līdz līmenim %1: %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="175" />
        <source>Top tier reached</source>
        <translation>Sasniegts augstākais līmenis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="179" />
        <source>Keep %1: %n point(s) by %2</source>
        <translation>
            <numerusform>Saglabāt līmeni %1: vēl %Ln punkts līdz %2</numerusform><numerusform>Saglabāt līmeni %1: vēl %Ln punkti līdz %2</numerusform><numerusform>Saglabāt līmeni %1: vēl %Ln punkti līdz %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="185" />
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln punkts zaudē derīgumu %1</numerusform><numerusform>%Ln punkti zaudē derīgumu %1</numerusform><numerusform>%Ln punkti zaudē derīgumu %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="190" />
        <source>card %1</source>
        <translation>karte %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/member_panel.py" line="191" />
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%Ln apmeklējums</numerusform><numerusform>%Ln apmeklējumi</numerusform><numerusform>%Ln apmeklējumi</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="193" />
        <source>friend of %1</source>
        <translation>%1 draugs</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="200" />
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="223" />
        <source>%1: %2 of %3 — %4</source>
        <translation>%1: %2 no %3 — %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="238" />
        <source>Give: %1</source>
        <translation>Dāvināt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="253" />
        <source>(refunded)</source>
        <translation>(atmaksāts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/member_panel.py" line="256" />
        <source>(%1 refunded)</source>
        <translation>(%1 atmaksāts)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>The amount cannot be negative.</source>
        <translation>Summa nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Enter the amount as a number, e.g. 1250.50.</source>
        <translation>Ievadiet summu kā skaitli, piem., 1250,50.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>The amount must be more than zero.</source>
        <translation>Summai jābūt lielākai par nulli.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>A card number is 13 digits starting with 2.</source>
        <translation>Kartes numurs ir 13 cipari, sākot ar 2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>This card number has a wrong check digit; scan it again.</source>
        <translation>Šim kartes numuram ir nepareizs kontrolcipars; noskenējiet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>This card belongs to another member.</source>
        <translation>Šī karte pieder citam dalībniekam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Enter a phone number.</source>
        <translation>Ievadiet tālruņa numuru.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>This does not look like a phone number.</source>
        <translation>Tas neizskatās pēc tālruņa numura.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>This phone is already enrolled: {name}.</source>
        <translation>Šis tālrunis jau ir reģistrēts: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Enter the first name.</source>
        <translation>Ievadiet vārdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>This e-mail address looks wrong.</source>
        <translation>Šī e-pasta adrese izskatās nepareiza.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>Choose Russian, English or Latvian, or leave it empty for the till's language.</source>
        <translation>Izvēlieties krievu, angļu vai latviešu valodu vai atstājiet tukšu: kases valoda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>The birthday is in the future.</source>
        <translation>Dzimšanas diena ir nākotnē.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>Consent to processing personal data is required.</source>
        <translation>Nepieciešama piekrišana personas datu apstrādei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Points to redeem cannot be negative.</source>
        <translation>Izmantojamo punktu skaits nevar būt negatīvs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Only {available} points are available.</source>
        <translation>Pieejami tikai {available} punkti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>Points cannot pay more than the purchase (at most {available}).</source>
        <translation>Ar punktiem nevar samaksāt vairāk par pirkumu (ne vairāk kā {available}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>The amount is too large: at most 99,999,999.99.</source>
        <translation>Summa ir pārāk liela: ne vairāk kā 99 999 999,99.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Enter whole points, e.g. 150.</source>
        <translation>Ievadiet veselus punktus, piem., 150.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>At most 10,000,000 points.</source>
        <translation>Ne vairāk kā 10 000 000 punktu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37" />
        <source>Enter a whole number, e.g. 150.</source>
        <translation>Ievadiet veselu skaitli, piem., 150.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>At most {most}.</source>
        <translation>Ne vairāk kā {most}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>At least {least}.</source>
        <translation>Vismaz {least}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>A receipt number has at most 40 characters.</source>
        <translation>Čeka numurā ir ne vairāk kā 40 rakstzīmes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>At most 999 items in one line.</source>
        <translation>Vienā rindā ne vairāk kā 999 preces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Enter an amount from 0.01 to 99,999,999.99.</source>
        <translation>Ievadiet summu no 0,01 līdz 99 999 999,99.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>No member with this card.</source>
        <translation>Nav dalībnieka ar šo karti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>The shop's server is not restored over itself while tills are connected to it: restore into a new, empty database ({command}) and point the tills at it.</source>
        <translation>Veikala serveri neatjauno pāri pašam sev, kamēr tam pieslēgtas kases: atjaunojiet jaunā, tukšā datubāzē ({command}) un pārslēdziet kases uz to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>The backup could not be written: {detail}</source>
        <translation>Rezerves kopiju neizdevās ierakstīt: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>This file cannot be restored: {detail}</source>
        <translation>Šo failu nevar atjaunot: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disks ir pilns: nekas netika saglabāts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>The database cannot be written (it is read-only): nothing was saved. Ask the owner to check the file or drive.</source>
        <translation>Datubāzē nevar rakstīt (tā ir tikai lasāma): nekas netika saglabāts. Lūdziet īpašniekam pārbaudīt failu vai disku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49" />
        <source>The database file is damaged: nothing was saved. Ask the owner to restore the latest backup.</source>
        <translation>Datubāzes fails ir bojāts: nekas netika saglabāts. Lūdziet īpašniekam atjaunot jaunāko rezerves kopiju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>The database is busy with another till: nothing was saved. Try again in a moment.</source>
        <translation>Datubāze ir aizņemta ar citu kasi: nekas netika saglabāts. Pēc brīža mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>The shop's server does not answer; nothing was saved. Retrying…</source>
        <translation>Veikala serveris neatbild; nekas netika saglabāts. Mēģina vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>The database could not be read or written (a disk or network error): nothing was saved. Try again; if it repeats, call the owner.</source>
        <translation>Datubāzi neizdevās nolasīt vai ierakstīt (diska vai tīkla kļūda): nekas netika saglabāts. Mēģiniet vēlreiz; ja atkārtojas, zvaniet īpašniekam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53" />
        <source>No such purchase.</source>
        <translation>Tāda pirkuma nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>The slip was not printed (the sale is recorded): {reason}</source>
        <translation>Čeks netika izdrukāts (pirkums ir reģistrēts): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation>Čeku printeris nav iestatīts: Pārvaldība → Čeku printeris…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57" />
        <source>Choose a printer and a paper width.</source>
        <translation>Izvēlieties printeri un papīra platumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Choose a code page from the list.</source>
        <translation>Izvēlieties kodu lappusi no saraksta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>Choose where to print: a device, a file or a folder.</source>
        <translation>Izvēlieties, kur drukāt: ierīci, failu vai mapi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <source>Enter the printer's address, e.g. 192.168.1.50, and port.</source>
        <translation>Ievadiet printera adresi, piemēram, 192.168.1.50, un portu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Enter the USB vendor and product ids in hex, e.g. 0416 and 5011.</source>
        <translation>Ievadiet USB ražotāja un produkta ID heksadecimāli, piemēram, 0416 un 5011.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62" />
        <source>The period must start on or before its end.</source>
        <translation>Periodam jāsākas ne vēlāk kā tā beigās.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63" />
        <source>Give the draw a name.</source>
        <translation>Piešķiriet izlozei nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>List at least one prize, one per line.</source>
        <translation>Norādiet vismaz vienu balvu, pa vienai rindā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>Set the points a member needs, at least 1.</source>
        <translation>Norādiet, cik punktu dalībniekam vajag, vismaz 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Choose a period that ends after it starts.</source>
        <translation>Izvēlieties periodu, kas beidzas pēc tā sākuma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>Nobody meets these conditions: lower the points or widen the period.</source>
        <translation>Neviens neatbilst šiem nosacījumiem: samaziniet punktus vai paplašiniet periodu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>No such draw.</source>
        <translation>Tādas izlozes nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Give the register a name.</source>
        <translation>Piešķiriet kases aparātam nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>A register's name has at most 60 characters.</source>
        <translation>Kases aparāta nosaukumā ir ne vairāk kā 60 rakstzīmju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>A register named {name} already exists.</source>
        <translation>Kases aparāts ar nosaukumu {name} jau ir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>There is no register named {name}.</source>
        <translation>Kases aparāta ar nosaukumu {name} nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Each threshold must be higher than the one before.</source>
        <translation>Katram slieksnim jābūt augstākam par iepriekšējo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>The earn rate is a percent from 0 to 100.</source>
        <translation>Uzkrāšanas likme ir procenti no 0 līdz 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>This cannot be negative.</source>
        <translation>Tas nevar būt negatīvs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>The first tier starts at 0 qualifying points.</source>
        <translation>Pirmais līmenis sākas ar 0 kvalificējošiem punktiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78" />
        <source>A campaign only ever adds points: a factor above 100 %, an extra above 0.</source>
        <translation>Akcija punktus tikai pieskaita: reizinātājs virs 100 %, papildus virs 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79" />
        <source>The campaign threshold must be lower than the tier's own and higher than the tier below's.</source>
        <translation>Akcijas slieksnim jābūt zemākam par paša līmeņa slieksni un augstākam par zemākā līmeņa slieksni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <location filename="../../app/ui/messages.py" line="97" />
        <source>There is no such category.</source>
        <translation>Tādas kategorijas nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>The campaign ends before it starts.</source>
        <translation>Akcija beidzas, pirms tā sākas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>Use lower-case letters, digits and _ for a key.</source>
        <translation>Atslēgai izmantojiet mazos burtus, ciparus un _.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>Give the name in Russian and in English.</source>
        <translation>Norādiet nosaukumu krievu un angļu valodā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>A colour looks like #3d7ebf.</source>
        <translation>Krāsa izskatās šādi: #3d7ebf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>A set has from 2 to 50 stamps.</source>
        <translation>Komplektā ir no 2 līdz 50 zīmogiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>Say what the full set gives.</source>
        <translation>Norādiet, ko dod pilns komplekts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Choose one of the options.</source>
        <translation>Izvēlieties vienu no iespējām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>From 1 to 120 months.</source>
        <translation>No 1 līdz 120 mēnešiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Points must last from 30 days to 10 years (3650 days).</source>
        <translation>Punktiem jābūt derīgiem no 30 dienām līdz 10 gadiem (3650 dienām).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Two entries have the same key.</source>
        <translation>Diviem ierakstiem ir vienāda atslēga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>The program needs at least one tier.</source>
        <translation>Programmai vajag vismaz vienu līmeni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Enter a whole number.</source>
        <translation>Ievadiet veselu skaitli.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93" />
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Ievadiet datumu formātā GGGG-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94" />
        <source>There is no such tier; a lowered threshold needs a tier above the first.</source>
        <translation>Tāda līmeņa nav; pazeminātam slieksnim vajag līmeni virs pirmā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>A point must be worth something.</source>
        <translation>Punktam jābūt kaut ko vērtam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>The parts add up to more than the purchase.</source>
        <translation>Daļas kopā pārsniedz pirkuma summu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Already rewarded today.</source>
        <translation>Šodien jau apbalvots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99" />
        <source>The program gives no points for this.</source>
        <translation>Programma par to punktus nedod.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>There is no such action.</source>
        <translation>Tādas darbības nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101" />
        <source>Choose a cause.</source>
        <translation>Izvēlieties mērķi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>Donate at least one point.</source>
        <translation>Ziedojiet vismaz vienu punktu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103" />
        <source>No such reward.</source>
        <translation>Tādas balvas nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104" />
        <source>Nobody found with this phone or card.</source>
        <translation>Ar šo tālruni vai karti neviens nav atrasts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>Enter the date as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation>Ievadiet datumu formātā dd.mm.gggg, piem., 07.03.1985.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106" />
        <source>There is no such day: {text}. Check the day and the month.</source>
        <translation>Tādas dienas nav: {text}. Pārbaudiet dienu un mēnesi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107" />
        <source>Say what the gift is.</source>
        <translation>Norādiet, kas ir dāvana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>No such gift.</source>
        <translation>Tādas dāvanas nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109" />
        <source>Points cannot be negative.</source>
        <translation>Punkti nevar būt negatīvi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>Write down what happened.</source>
        <translation>Pierakstiet, kas notika.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111" />
        <source>Give at least one point.</source>
        <translation>Dodiet vismaz vienu punktu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112" />
        <source>A discount is from 1 to 100 %.</source>
        <translation>Atlaide ir no 1 līdz 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>Open the member to compensate them.</source>
        <translation>Atveriet dalībnieku, lai piešķirtu kompensāciju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114" />
        <source>Write how it was followed up.</source>
        <translation>Pierakstiet, kā lieta tika atrisināta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115" />
        <source>No such complaint.</source>
        <translation>Tādas sūdzības nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>Braces must come in pairs: {{name}}.</source>
        <translation>Iekavām jābūt pa pāriem: {{name}}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118" />
        <source>Only {{name}}, {{what}} and {{points}} can be used, not {unknown}.</source>
        <translation>Var izmantot tikai {{name}}, {{what}} un {{points}}, nevis {unknown}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>Write the words to say.</source>
        <translation>Uzrakstiet vārdus, ko teikt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN kods ir 4 līdz 8 cipari.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121" />
        <source>Wrong name or PIN.</source>
        <translation>Nepareizs vārds vai PIN kods.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>Locked after too many wrong PINs; try again in {minutes} min or ask a manager.</source>
        <translation>Bloķēts pēc pārāk daudziem nepareiziem PIN kodiem; mēģiniet vēlreiz pēc {minutes} min vai lūdziet vadītāju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123" />
        <source>Locked after too many wrong PINs; try again in {minutes} min. A forgotten PIN is reset on the computer that holds the database: regulars staff reset-pin "{name}"</source>
        <translation>Bloķēts pēc pārāk daudziem nepareiziem PIN kodiem; mēģiniet vēlreiz pēc {minutes} min. Aizmirstu PIN kodu atiestata datorā, kurā ir datubāze: regulars staff reset-pin "{name}"</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <source>Enter the name.</source>
        <translation>Ievadiet vārdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125" />
        <source>Someone already has this name.</source>
        <translation>Kādam jau ir šis vārds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>The owner account already exists.</source>
        <translation>Īpašnieka konts jau pastāv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>Give the shop's name.</source>
        <translation>Norādiet veikala nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129" />
        <source>At most {limit} characters.</source>
        <translation>Ne vairāk kā {limit} rakstzīmes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>Choose the country of the shop's phones.</source>
        <translation>Izvēlieties veikala tālruņu numuru valsti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131" />
        <source>Choose one of the currencies.</source>
        <translation>Izvēlieties vienu no valūtām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>Purchases are already recorded in {currency}: the currency cannot change.</source>
        <translation>Pirkumi jau ir ierakstīti valūtā {currency}: valūtu mainīt nevar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133" />
        <source>Give this till a name.</source>
        <translation>Dodiet šai kasei nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134" />
        <source>Another till of the shop has this name.</source>
        <translation>Šāds nosaukums jau ir citai veikala kasei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>Sign in first (F12).</source>
        <translation>Vispirms piesakieties (F12).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136" />
        <source>This needs a manager: ask one to sign in (F12).</source>
        <translation>Tam vajag vadītāju: palūdziet vadītājam pieteikties (F12).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137" />
        <source>Only the owner can do this.</source>
        <translation>To var izdarīt tikai īpašnieks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Give the reason.</source>
        <translation>Norādiet iemeslu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139" />
        <source>Enter the points to add or take (not 0).</source>
        <translation>Ievadiet punktus, ko pieskaitīt vai atņemt (ne 0).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141" />
        <source>Only {left} can still be refunded: {paid} was paid and {refunded} refunded already.</source>
        <translation>Vēl var atmaksāt tikai {left}: samaksāts {paid}, jau atmaksāts {refunded}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>This purchase is already refunded in full.</source>
        <translation>Šis pirkums jau ir pilnībā atmaksāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143" />
        <source>This refund was recorded for another purchase; start the refund again.</source>
        <translation>Šī atmaksa tika reģistrēta citam pirkumam; sāciet atmaksu no jauna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144" />
        <source>The last owner cannot be switched off.</source>
        <translation>Pēdējo īpašnieku nevar atslēgt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145" />
        <source>No such staff member.</source>
        <translation>Tāda darbinieka nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>A seed is a whole number from 0 to 9223372036854775807.</source>
        <translation>Sēkla ir vesels skaitlis no 0 līdz 9223372036854775807.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147" />
        <source>Give the first and the last day of the campaign.</source>
        <translation>Norādiet akcijas pirmo un pēdējo dienu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148" />
        <source>This member no longer exists.</source>
        <translation>Šis dalībnieks vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149" />
        <source>Paying with points waits until the shop's server answers again.</source>
        <translation>Maksāšana ar punktiem gaida, līdz veikala serveris atkal atbildēs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150" />
        <source>While the server is away, at most {limit} points a day: {left} left today.</source>
        <translation>Kamēr serveris nav pieejams, ne vairāk kā {limit} punkti dienā: šodien atlikuši {left}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151" />
        <source>Choose what to export: members, purchases or ledger.</source>
        <translation>Izvēlieties, ko eksportēt: dalībniekus, pirkumus vai žurnālu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152" />
        <source>Choose the format: CSV, XLSX or JSON.</source>
        <translation>Izvēlieties formātu: CSV, XLSX vai JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153" />
        <source>Choose a file to write to.</source>
        <translation>Izvēlieties failu, kurā rakstīt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>The folder {path} does not exist.</source>
        <translation>Mape {path} nepastāv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155" />
        <source>The disk is full: {path} was not written. Free some space or choose another disk.</source>
        <translation>Disks ir pilns: {path} netika ierakstīts. Atbrīvojiet vietu vai izvēlieties citu disku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156" />
        <source>No permission to write {path}: choose another folder.</source>
        <translation>Nav atļaujas rakstīt {path}: izvēlieties citu mapi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157" />
        <source>Could not write {path}: {reason}</source>
        <translation>Neizdevās ierakstīt {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159" />
        <source>This card was blocked on {day} and replaced; it belongs to {name}. Press Enter to open the member.</source>
        <translation>Šī karte tika bloķēta {day} un aizstāta; tā pieder dalībniekam {name}. Nospiediet Enter, lai atvērtu dalībnieku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160" />
        <source>This card was blocked and belongs to nobody now.</source>
        <translation>Šī karte tika bloķēta un tagad nepieder nevienam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161" />
        <source>This card number was blocked (a lost card); it is never given again.</source>
        <translation>Šis kartes numurs tika bloķēts (pazaudēta karte); to nekad vairs neizsniedz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162" />
        <source>There are no cards to print in this batch.</source>
        <translation>Šajā partijā nav karšu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163" />
        <source>There is no such tier.</source>
        <translation>Tāda līmeņa nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164" />
        <source>Choose which cards to print.</source>
        <translation>Izvēlieties, kuras kartes drukāt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165" />
        <source>Choose why the card is replaced.</source>
        <translation>Izvēlieties, kāpēc karte tiek aizstāta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166" />
        <source>Give the shop's name for the card.</source>
        <translation>Norādiet veikala nosaukumu kartei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167" />
        <source>At most {limit} characters fit on a card.</source>
        <translation>Uz kartes ietilpst ne vairāk kā {limit} rakstzīmes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168" />
        <source>The logo must be a PNG or JPEG image up to 2 MB.</source>
        <translation>Logotipam jābūt PNG vai JPEG attēlam līdz 2 MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170" />
        <source>The mapping names a column that is not in the file: {column}.</source>
        <translation>Atbilstībā norādīta kolonna, kuras failā nav: {column}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171" />
        <source>Choose the column with the name.</source>
        <translation>Izvēlieties kolonnu ar vārdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172" />
        <source>Choose the column with the phone.</source>
        <translation>Izvēlieties kolonnu ar tālruni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173" />
        <source>Cannot read {file}: {error}.</source>
        <translation>Nevar nolasīt {file}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174" />
        <source>{file} has no header row.</source>
        <translation>Failā {file} nav virsrakstu rindas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175" />
        <source>{file} is not there: moved, renamed or deleted? Choose it again.</source>
        <translation>Faila {file} tur nav: pārvietots, pārdēvēts vai izdzēsts? Izvēlieties to vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176" />
        <source>No permission to read {file}.</source>
        <translation>Nav atļaujas lasīt {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177" />
        <source>Unknown encoding: {encoding}.</source>
        <translation>Nezināms kodējums: {encoding}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178" />
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Imports tika atcelts; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179" />
        <source>Duplicates are merged or skipped.</source>
        <translation>Dublikāti tiek apvienoti vai izlaisti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="180" />
        <source>No name.</source>
        <translation>Nav vārda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>No phone number.</source>
        <translation>Nav tālruņa numura.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182" />
        <source>Bad phone number: {value}.</source>
        <translation>Nederīgs tālruņa numurs: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183" />
        <source>Bad card number: {value}.</source>
        <translation>Nederīgs kartes numurs: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="184" />
        <source>Bad number of points: {value}.</source>
        <translation>Nederīgs punktu skaits: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185" />
        <source>No such tier: {value}.</source>
        <translation>Tāda līmeņa nav: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>Bad date: {value}.</source>
        <translation>Nederīgs datums: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187" />
        <source>No consent to processing personal data.</source>
        <translation>Nav piekrišanas personas datu apstrādei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188" />
        <source>E-mail {value} looks wrong; left empty.</source>
        <translation>E-pasts {value} izskatās nepareizs; atstāts tukšs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189" />
        <source>Language {value} is not known; left empty.</source>
        <translation>Valoda «{value}» nav zināma; atstāts tukšs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190" />
        <source>The phone and the card belong to two different members.</source>
        <translation>Tālrunis un karte pieder diviem dažādiem dalībniekiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191" />
        <source>Already a member (same phone or card).</source>
        <translation>Jau ir dalībnieks (tas pats tālrunis vai karte).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192" />
        <source>This card number was replaced after a loss; leave the card empty and a new number is issued.</source>
        <translation>Šis kartes numurs tika aizstāts pēc pazaudēšanas; atstājiet karti tukšu, un tiks izsniegts jauns numurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193" />
        <source>Same person as row {row}.</source>
        <translation>Tā pati persona kā {row}. rindā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194" />
        <source>Opening points were imported for this member before; not added again.</source>
        <translation>Sākuma punkti šim dalībniekam jau tika importēti; vēlreiz netiek pieskaitīti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196" />
        <source>A cashier gives at most {limit_points} points, goods worth {limit_amount} or a {limit_percent} % discount at once. A manager can allow more with their PIN.</source>
        <translation>Kasieris vienā reizē dod ne vairāk kā {limit_points} punktus, preces {limit_amount} vērtībā vai {limit_percent} % atlaidi. Vadītājs ar savu PIN kodu var atļaut vairāk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197" />
        <source>Cashiers may give this member at most {cap} points a day; {left} are left today. A manager can allow more with their PIN.</source>
        <translation>Kasieri šim dalībniekam drīkst dot ne vairāk kā {cap} punktus dienā; šodien atlikuši {left}. Vadītājs ar savu PIN kodu var atļaut vairāk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198" />
        <source>A manager must allow this with their PIN.</source>
        <translation>Vadītājam tas jāatļauj ar savu PIN kodu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199" />
        <source>{name} is not a manager: a manager's name and PIN are needed.</source>
        <translation>{name} nav vadītājs: vajag vadītāja vārdu un PIN kodu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="200" />
        <source>Check who the customer is before spending their points: scan the card, or ask for the full phone, or the name and date of birth.</source>
        <translation>Pirms tērēt klienta punktus, pārbaudiet, kas ir klients: noskenējiet karti vai pajautājiet pilnu tālruņa numuru, vai vārdu un dzimšanas datumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201" />
        <source>That does not match this member: no points were spent. Check again.</source>
        <translation>Tas neatbilst šim dalībniekam: punkti netika iztērēti. Pārbaudiet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202" />
        <source>This member's date of birth is not recorded: scan the card or ask for the full phone.</source>
        <translation>Šī dalībnieka dzimšanas datums nav reģistrēts: noskenējiet karti vai pajautājiet pilnu tālruņa numuru.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="203" />
        <source>At most {cap} points can be spent on one receipt.</source>
        <translation>Vienā čekā var iztērēt ne vairāk kā {cap} punktus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="215" />
        <source>%n members match: enter the whole phone or scan the card.</source>
        <translation>
            <numerusform>Atbilst %Ln dalībnieks: ievadiet visu tālruņa numuru vai noskenējiet karti.</numerusform><numerusform>Atbilst %Ln dalībnieki: ievadiet visu tālruņa numuru vai noskenējiet karti.</numerusform><numerusform>Atbilst %Ln dalībnieki: ievadiet visu tālruņa numuru vai noskenējiet karti.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="218" />
        <source>Wrong PIN. %n try(s) left before a 15-minute lock.</source>
        <translation>
            <numerusform>Nepareizs PIN kods. Līdz bloķēšanai uz 15 minūtēm atlicis %Ln mēģinājums.</numerusform><numerusform>Nepareizs PIN kods. Līdz bloķēšanai uz 15 minūtēm atlikuši %Ln mēģinājumi.</numerusform><numerusform>Nepareizs PIN kods. Līdz bloķēšanai uz 15 minūtēm atlikuši %Ln mēģinājumi.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineStatusLine</name>
    <message>
        <location filename="../../app/ui/offline_status.py" line="40" />
        <source>Offline since %1</source>
        <translation>Bezsaistē kopš %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="42" />
        <source>%n sale(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln darījums gaida nosūtīšanu</numerusform><numerusform>%Ln darījumi gaida nosūtīšanu</numerusform><numerusform>%Ln darījumi gaida nosūtīšanu</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_status.py" line="44" />
        <source>All sent</source>
        <translation>Viss nosūtīts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_status.py" line="47" />
        <source>%n sale(s) set aside for a manager</source>
        <translation>
            <numerusform>%Ln darījums nolikts malā vadītājam</numerusform><numerusform>%Ln darījumi nolikti malā vadītājam</numerusform><numerusform>%Ln darījumi nolikti malā vadītājam</numerusform></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="162" />
        <source>The owner's account</source>
        <translation>Īpašnieka konts</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="163" />
        <source>Regulars is used behind a PIN. The first account is the owner's: it sets up the program, the staff and backups.</source>
        <translation>Regulars lieto ar PIN kodu. Pirmais konts ir īpašnieka: tas iestata programmu, darbiniekus un rezerves kopijas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>Your name</source>
        <translation>Jūsu vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="165" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="166" />
        <source>PIN again</source>
        <translation>PIN vēlreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="168" />
        <source>4 to 8 digits</source>
        <translation>4 līdz 8 cipari</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start_wizard.py" line="173" />
        <source>The two PINs differ.</source>
        <translation>Abi PIN kodi atšķiras.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="205" />
        <location filename="../../app/ui/staff_dialogs.py" line="297" />
        <source>Personal data — %1</source>
        <translation>Personas dati — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="206" />
        <source>SMS offers</source>
        <translation>SMS piedāvājumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="208" />
        <source>E-mail offers</source>
        <translation>E-pasta piedāvājumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="210" />
        <source>Save opt-ins</source>
        <translation>Saglabāt piekrišanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="211" />
        <source>Export everything held (JSON)…</source>
        <translation>Eksportēt visus glabātos datus (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="212" />
        <source>…and as a readable PDF…</source>
        <translation>…un kā lasāmu PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="215" />
        <source>Why (e.g. asked at the till on 23.11)</source>
        <translation>Kāpēc (piem., lūdza kasē 23.11.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="216" />
        <source>Erase this member…</source>
        <translation>Dzēst šo dalībnieku…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="218" />
        <source>Consent withdrawn: anonymise…</source>
        <translation>Piekrišana atsaukta: anonimizēt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="222" />
        <source>Erasure removes the name, phone, e-mail, birthday, notes and card number for good; purchases and points stay for the accounts.</source>
        <translation>Dzēšana neatgriezeniski noņem vārdu, tālruni, e-pastu, dzimšanas dienu, piezīmes un kartes numuru; pirkumi un punkti paliek grāmatvedībai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="247" />
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="256" />
        <location filename="../../app/ui/staff_dialogs.py" line="272" />
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="261" />
        <location filename="../../app/ui/staff_dialogs.py" line="299" />
        <source>Exported to %1</source>
        <translation>Eksportēts uz %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="313" />
        <source>Erase %1 for good? This cannot be undone.</source>
        <translation>Neatgriezeniski dzēst %1? To nevar atsaukt.</translation>
    </message>
</context>
<context>
    <name>ProblemPlaces</name>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Tier %1</source>
        <translation>Līmenis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="22" />
        <source>Campaign %1</source>
        <translation>Akcija %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="23" />
        <source>Stamp card %1</source>
        <translation>Zīmogu karte %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Category %1</source>
        <translation>Kategorija %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="24" />
        <source>Cause %1</source>
        <translation>Mērķis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>key</source>
        <translation>atslēga</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>name</source>
        <translation>nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="26" />
        <source>colour</source>
        <translation>krāsa</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>threshold</source>
        <translation>slieksnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="27" />
        <source>earn rate</source>
        <translation>uzkrāšanas likme</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>perks</source>
        <translation>priekšrocības</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>kind</source>
        <translation>veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="28" />
        <source>starts</source>
        <translation>sākums</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>ends</source>
        <translation>beigas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>tiers</source>
        <translation>līmeņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="29" />
        <source>factor</source>
        <translation>reizinātājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="30" />
        <source>extra</source>
        <translation>papildus</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>tier</source>
        <translation>līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>stamps</source>
        <translation>zīmogi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="31" />
        <source>reward</source>
        <translation>balva</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Tiers</source>
        <translation>Līmeņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="33" />
        <source>Campaigns</source>
        <translation>Akcijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Stamp cards</source>
        <translation>Zīmogu kartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="34" />
        <source>Categories</source>
        <translation>Kategorijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Causes</source>
        <translation>Mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="35" />
        <source>Qualifying window</source>
        <translation>Kvalifikācijas periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="36" />
        <source>Qualifying window, months</source>
        <translation>Kvalifikācijas periods, mēneši</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <source>Welcome bonus</source>
        <translation>Sveiciena bonuss</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="37" />
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry</source>
        <translation>Derīguma termiņš</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="38" />
        <source>Expiry, days</source>
        <translation>Derīguma termiņš, dienas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="39" />
        <source>Long absence</source>
        <translation>Ilga prombūtne</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="40" />
        <source>Point value</source>
        <translation>Punkta vērtība</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="41" />
        <source>Confirm purchases above</source>
        <translation>Apstiprināt pirkumus virs</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a survey</source>
        <translation>Punkti par aptauju</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="43" />
        <source>Points for a review</source>
        <translation>Punkti par atsauksmi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="44" />
        <source>Referral: points for the member who brings a friend</source>
        <translation>Ieteikums: punkti dalībniekam, kas atved draugu</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="45" />
        <source>Referral: points for the friend</source>
        <translation>Ieteikums: punkti draugam</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="46" />
        <source>Birthday points</source>
        <translation>Dzimšanas dienas punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="47" />
        <source>Apology points for a long wait</source>
        <translation>Atvainošanās punkti par ilgu gaidīšanu</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="50" />
        <source>Points per receipt</source>
        <translation>Punkti vienā čekā</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="51" />
        <source>Points given per member a day</source>
        <translation>Vienam dalībniekam dienā dotie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_problems.py" line="52" />
        <source>Points a day while the server is away</source>
        <translation>Punkti dienā, kamēr serveris nav pieejams</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../app/ui/program_editor.py" line="72" />
        <location filename="../../app/ui/program_editor.py" line="333" />
        <source>Loyalty program</source>
        <translation>Lojalitātes programma</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="95" />
        <location filename="../../app/ui/program_editor.py" line="158" />
        <source>Tiers</source>
        <translation>Līmeņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="98" />
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="99" />
        <source>Campaigns</source>
        <translation>Akcijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="100" />
        <source>Stamp cards</source>
        <translation>Zīmogu kartes</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="101" />
        <source>Help &amp;&amp; charity</source>
        <translation>Palīdzība un labdarība</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="102" />
        <source>Words to say</source>
        <translation>Vārdi, ko teikt</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="104" />
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="114" />
        <source>Save as a new version</source>
        <translation>Saglabāt kā jaunu versiju</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="123" />
        <source>Members refer to this key, so it cannot change.</source>
        <translation>Dalībnieki atsaucas uz šo atslēgu, tāpēc to nevar mainīt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Key</source>
        <translation>Atslēga</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="129" />
        <source>Name RU</source>
        <translation>Nosaukums RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name EN</source>
        <translation>Nosaukums EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="130" />
        <source>Name LV</source>
        <translation>Nosaukums LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <source>Colour</source>
        <translation>Krāsa</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="134" />
        <location filename="../../app/ui/program_editor.py" line="164" />
        <source>Threshold</source>
        <translation>Slieksnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="135" />
        <source>Earn %</source>
        <translation>Uzkrāj %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks RU</source>
        <translation>Priekšrocības RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="136" />
        <source>Perks EN</source>
        <translation>Priekšrocības EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="137" />
        <source>Perks LV</source>
        <translation>Priekšrocības LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="138" />
        <source>Thresholds are qualifying points and must rise from 0. A lower threshold upgrades members at once; a higher one demotes nobody before the end of their qualifying period.</source>
        <translation>Sliekšņi ir kvalificējošie punkti, un tiem jāaug no 0. Zemāks slieksnis paaugstina dalībniekus uzreiz; augstāks nevienu nepazemina pirms viņa kvalifikācijas perioda beigām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="141" />
        <source>Add tier</source>
        <translation>Pievienot līmeni</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Multiplier</source>
        <translation>Reizinātājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="145" />
        <source>Category extra</source>
        <translation>Kategorijas papildpunkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="146" />
        <source>Lower threshold</source>
        <translation>Zemāks slieksnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="156" />
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Starts</source>
        <translation>Sākas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="157" />
        <source>Ends</source>
        <translation>Beidzas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="159" />
        <source>Factor %</source>
        <translation>Reizinātājs %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="160" />
        <location filename="../../app/ui/program_editor.py" line="181" />
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="162" />
        <source>Extra %</source>
        <translation>Papildus %</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="163" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="172" />
        <source>Dates are YYYY-MM-DD, both days included. Tiers: keys separated by commas, empty for every tier. Factor 200 % gives double points; extra % is of the money spent in the category; a lower threshold applies to the tier chosen.</source>
        <translation>Datumi formātā GGGG-MM-DD, abas dienas ieskaitot. Līmeņi: atslēgas, atdalītas ar komatiem, tukšs — visiem līmeņiem. Reizinātājs 200 % dod dubultus punktus; papildus % ir no kategorijā iztērētās naudas; zemāks slieksnis attiecas uz izvēlēto līmeni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="177" />
        <source>Add campaign</source>
        <translation>Pievienot akciju</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="182" />
        <source>— every purchase —</source>
        <translation>— katrs pirkums —</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="183" />
        <source>Stamps</source>
        <translation>Zīmogi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward RU</source>
        <translation>Balva RU</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="184" />
        <source>Reward EN</source>
        <translation>Balva EN</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="185" />
        <source>Reward LV</source>
        <translation>Balva LV</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="186" />
        <source>Add stamp card</source>
        <translation>Pievienot zīmogu karti</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="187" />
        <source>Collect the stamps, get the reward: “6 coffees, the 7th free”.</source>
        <translation>Krājiet zīmogus, saņemiet balvu: “6 kafijas, 7. par brīvu”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="190" />
        <source>Product categories</source>
        <translation>Preču kategorijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="192" />
        <source>Add category</source>
        <translation>Pievienot kategoriju</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="205" />
        <source>Causes members can donate points to</source>
        <translation>Mērķi, kuriem dalībnieki var ziedot punktus</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="208" />
        <source>Add cause</source>
        <translation>Pievienot mērķi</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift</source>
        <translation>Dāvana</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="215" />
        <source>A gift with points</source>
        <translation>Dāvana ar punktiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="216" />
        <source>Apology points (complaint)</source>
        <translation>Atvainošanās punkti (sūdzība)</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="217" />
        <source>Long wait</source>
        <translation>Ilga gaidīšana</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="229" />
        <source>{name} is how the member is addressed, {what} the gift, {points} the points with their word ("50 points").</source>
        <translation>{name} — kā uzrunā dalībnieku, {what} — dāvana, {points} — punkti ar vārdu ("50 punkti").</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="300" />
        <source>Nothing changed; version %1 stays in force.</source>
        <translation>Nekas nav mainīts; spēkā paliek versija %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_editor.py" line="302" />
        <source>Saved as version %1; %n member(s) upgraded</source>
        <translation>
            <numerusform>Saglabāts kā versija %1; paaugstināts %Ln dalībnieks</numerusform><numerusform>Saglabāts kā versija %1; paaugstināti %Ln dalībnieki</numerusform><numerusform>Saglabāts kā versija %1; paaugstināti %Ln dalībnieki</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_editor.py" line="334" />
        <source>The program has unsaved changes. Save them?</source>
        <translation>Programmā ir nesaglabātas izmaiņas. Saglabāt tās?</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_table.py" line="287" />
        <source>Remove selected</source>
        <translation>Noņemt atlasīto</translation>
    </message>
</context>
<context>
    <name>ProgramGeneral</name>
    <message>
        <location filename="../../app/ui/program_general.py" line="22" />
        <source>Lifetime</source>
        <translation>Visu laiku</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="23" />
        <source>Calendar year</source>
        <translation>Kalendārais gads</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="24" />
        <source>Rolling N months</source>
        <translation>Pēdējie N mēneši</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="28" />
        <source>Never</source>
        <translation>Nekad</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="29" />
        <source>N days after earning</source>
        <translation>N dienas pēc nopelnīšanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="30" />
        <source>At the end of the year</source>
        <translation>Gada beigās</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="36" />
        <source>Switching expiry on starts the clock today for points already held.</source>
        <translation>Ieslēdzot derīguma termiņu, jau esošo punktu termiņš sāk skaitīties no šodienas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="56" />
        <source>Qualifying window</source>
        <translation>Kvalifikācijas periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="57" />
        <source>Months (rolling window)</source>
        <translation>Mēneši (slīdošais periods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="58" />
        <source>Which earned points count towards a tier. With a window, upgrades apply at once and a downgrade waits for the end of the period.</source>
        <translation>Kuri nopelnītie punkti tiek ieskaitīti līmenim. Ar periodu paaugstinājums stājas spēkā uzreiz, bet pazeminājums gaida perioda beigas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="61" />
        <source>Welcome bonus, points</source>
        <translation>Sveiciena bonuss, punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="62" />
        <source>Long absence after, days</source>
        <translation>Ilga prombūtne pēc, dienām</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="63" />
        <source>Confirm purchases above</source>
        <translation>Apstiprināt pirkumus virs</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="64" />
        <source>Points expire</source>
        <translation>Punktu derīgums beidzas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="65" />
        <source>Days after earning</source>
        <translation>Dienas pēc nopelnīšanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="73" />
        <source>no cap</source>
        <translation>bez ierobežojuma</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="74" />
        <source>Points spent per receipt, at most</source>
        <translation>Vienā čekā iztērējamie punkti, ne vairāk kā</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="75" />
        <source>Points cashiers give one member a day, at most</source>
        <translation>Punkti, ko kasieri dod vienam dalībniekam dienā, ne vairāk kā</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="76" />
        <source>Gifts, apologies, survey and review points count together. A manager's PIN lifts the cap for one gift; a cashier alone gives at most 300 points or goods worth 500 at once.</source>
        <translation>Dāvanas, atvainošanās, aptauju un atsauksmju punkti tiek skaitīti kopā. Vadītāja PIN kods atceļ ierobežojumu vienai dāvanai; kasieris viens pats vienā reizē dod ne vairāk kā 300 punktus vai preces 500 vērtībā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="80" />
        <source>off</source>
        <translation>izslēgts</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="81" />
        <source>Points a member may spend a day while the server is away</source>
        <translation>Punkti, ko dalībnieks drīkst iztērēt dienā, kamēr serveris nav pieejams</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_general.py" line="83" />
        <source>Counted by each till on its own until the server answers again; 0 or empty: paying with points waits for the server.</source>
        <translation>Katra kase skaita atsevišķi, līdz serveris atkal atbild; 0 vai tukšs: maksāšana ar punktiem gaida serveri.</translation>
    </message>
</context>
<context>
    <name>ProgramPreview</name>
    <message>
        <location filename="../../app/ui/program_preview.py" line="51" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="52" />
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="53" />
        <source>Paid with points</source>
        <translation>Samaksāts ar punktiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="54" />
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="55" />
        <source>Of which in the category</source>
        <translation>No tā kategorijā</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="56" />
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="58" />
        <source>What would this purchase earn under the rules being edited (nothing is saved).</source>
        <translation>Ko šis pirkums nopelnītu pēc rediģējamajiem noteikumiem (nekas netiek saglabāts).</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="72" />
        <source>— none —</source>
        <translation>— nav —</translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="99" />
        <source>The category part cannot be more than the whole purchase.</source>
        <translation>Kategorijas daļa nevar būt lielāka par visu pirkumu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="105" />
        <source>Base, %1 at %2 %: %n point(s)</source>
        <translation>
            <numerusform>Pamata, %1 ar %2 %: %Ln punkts</numerusform><numerusform>Pamata, %1 ar %2 %: %Ln punkti</numerusform><numerusform>Pamata, %1 ar %2 %: %Ln punkti</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="107" />
        <source>%1: +%n point(s)</source>
        <translation>
            <numerusform>%1: +%Ln punkts</numerusform><numerusform>%1: +%Ln punkti</numerusform><numerusform>%1: +%Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/program_preview.py" line="110" />
        <source>No campaign adds points to this purchase.</source>
        <translation>Neviena akcija šim pirkumam punktus nepieskaita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/program_preview.py" line="111" />
        <source>Total: %n point(s)</source>
        <translation>
            <numerusform>Kopā: %Ln punkts</numerusform><numerusform>Kopā: %Ln punkti</numerusform><numerusform>Kopā: %Ln punkti</numerusform></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="70" />
        <source>Purchase — %1</source>
        <translation>Pirkums — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="81" />
        <source>optional</source>
        <translation>nav obligāti</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="94" />
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="96" />
        <source>Receipt no.</source>
        <translation>Čeka nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="98" />
        <source>Pay with points</source>
        <translation>Maksāt ar punktiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="107" />
        <source>Record (Enter)</source>
        <translation>Reģistrēt (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="109" />
        <source>Balance: %n point(s)</source>
        <translation>
            <numerusform>Atlikums: %Ln punkts</numerusform><numerusform>Atlikums: %Ln punkti</numerusform><numerusform>Atlikums: %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="130" />
        <source>The shop's server is away: paying with points waits until it answers again.</source>
        <translation>Veikala serveris nav pieejams: maksāšana ar punktiem gaida, līdz tas atkal atbildēs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="134" />
        <source>The shop's server is away: at most %n point(s) a day may be spent; %1 left today for this member.</source>
        <translation>
            <numerusform>Veikala serveris nav pieejams: dienā drīkst iztērēt ne vairāk kā %Ln punktu; šim dalībniekam šodien atlikuši %1.</numerusform><numerusform>Veikala serveris nav pieejams: dienā drīkst iztērēt ne vairāk kā %Ln punktus; šim dalībniekam šodien atlikuši %1.</numerusform><numerusform>Veikala serveris nav pieejams: dienā drīkst iztērēt ne vairāk kā %Ln punktus; šim dalībniekam šodien atlikuši %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="140" />
        <source>Of which (optional)</source>
        <translation>No tā (nav obligāti)</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="148" />
        <source> pcs</source>
        <translation> gab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="151" />
        <source>part of the amount</source>
        <translation>summas daļa</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="167" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 no %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="187" />
        <source>No points were spent: check who the customer is first.</source>
        <translation>Punkti netika iztērēti: vispirms pārbaudiet, kas ir klients.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/purchase_dialog.py" line="210" />
        <source>at most %n point(s)</source>
        <translation>
            <numerusform>ne vairāk kā %Ln punkts</numerusform><numerusform>ne vairāk kā %Ln punkti</numerusform><numerusform>ne vairāk kā %Ln punkti</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/purchase_dialog.py" line="225" />
        <source>Left to pay: %1</source>
        <translation>Jāmaksā vēl: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="17" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mape</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Failu mape</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="19" />
        <source>Drive</source>
        <translation>Disks</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>&amp;Meklēt mapē:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>Failu &amp;tips:</translation>
    </message>
</context>
<context>
    <name>ReconnectDialog</name>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="46" />
        <source>Retry now</source>
        <translation>Mēģināt tagad</translation>
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="47" />
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reconnect_dialog.py" line="62" />
        <source>Connecting to the shop's server at %1… attempt %2</source>
        <translation>Savienojas ar veikala serveri %1… mēģinājums %2</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="28" />
        <source>The shop's database file is empty (0 bytes): the shop's data is not in it.</source>
        <translation>Veikala datubāzes fails ir tukšs (0 baitu): veikala datu tajā nav.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="31" />
        <source>The shop's database cannot be read: the file is damaged.</source>
        <translation>Veikala datubāzi nevar nolasīt: fails ir bojāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="33" />
        <source>No good backup was found beside the database or in the backup folder. If you have one (a USB stick, a share), choose it. Nothing has been changed.</source>
        <translation>Blakus datubāzei vai rezerves kopiju mapē neviena derīga kopija netika atrasta. Ja jums tāda ir (USB zibatmiņā, tīkla mapē), izvēlieties to. Nekas nav mainīts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="37" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The empty file is kept.</source>
        <translation>Jaunākā derīgā rezerves kopija izveidota %1 (dalībnieki: %2; tikko pārbaudīta). Atjaunot to? Viss, kas reģistrēts pēc tās, būs jāievada vēlreiz. Tukšais fails tiek saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="40" />
        <source>The latest good backup was taken on %1 (members: %2; checked just now). Restore it? Anything recorded after it will have to be entered again. The damaged file is kept.</source>
        <translation>Jaunākā derīgā rezerves kopija izveidota %1 (dalībnieki: %2; tikko pārbaudīta). Atjaunot to? Viss, kas reģistrēts pēc tās, būs jāievada vēlreiz. Bojātais fails tiek saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="48" />
        <source>Restore the latest backup</source>
        <translation>Atjaunot jaunāko kopiju</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="50" />
        <source>Choose a backup file…</source>
        <translation>Izvēlēties rezerves kopijas failu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="52" />
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/corrections.py" line="52" />
        <source>Refund a purchase…</source>
        <translation>Atmaksāt pirkumu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="57" />
        <source>Refund a purchase</source>
        <translation>Atmaksāt pirkumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="75" />
        <source>Receipt number</source>
        <translation>Čeka numurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="76" />
        <source>On the day</source>
        <translation>Dienā</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="83" />
        <source>Only %1's purchases</source>
        <translation>Tikai dalībnieka %1 pirkumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="90" />
        <source>Find</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Receipt</source>
        <translation>Čeks</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="99" />
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Refunded</source>
        <translation>Atmaksāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="100" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="111" />
        <source>Find the purchase</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="126" />
        <source>Why: goods returned, wrong amount rung up…</source>
        <translation>Kāpēc: preces atdotas, nosista nepareiza summa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="131" />
        <location filename="../../app/ui/refund_dialog.py" line="146" />
        <source>Refund</source>
        <translation>Atmaksāt</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="138" />
        <source>Purchase</source>
        <translation>Pirkums</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="139" />
        <source>Amount to refund</source>
        <translation>Atmaksājamā summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="141" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="176" />
        <source>Purchases found: %1</source>
        <translation>Atrasti pirkumi: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="177" />
        <source>No purchases match.</source>
        <translation>Neviens pirkums neatbilst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="193" />
        <source>in full</source>
        <translation>pilnībā</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="217" />
        <source>Choose a purchase in the list.</source>
        <translation>Izvēlieties pirkumu sarakstā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="220" />
        <source>%1, %2: paid %3</source>
        <translation>%1, %2: samaksāts %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="224" />
        <source>; refunded already %1</source>
        <translation>; jau atmaksāts %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="228" />
        <source>At most %1</source>
        <translation>Ne vairāk kā %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="231" />
        <source>This purchase is refunded in full.</source>
        <translation>Šis pirkums ir pilnībā atmaksāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="247" />
        <source>Points: %1 taken back, %2 returned to the member.</source>
        <translation>Punkti: %1 atņemti, %2 atdoti dalībniekam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="275" />
        <source>Refunded %1. Points: %2 taken back, %3 returned. Balance: %4.</source>
        <translation>Atmaksāts %1. Punkti: %2 atņemti, %3 atdoti. Atlikums: %4.</translation>
    </message>
</context>
<context>
    <name>RegisterFollower</name>
    <message>
        <location filename="../../app/ui/api_host.py" line="168" />
        <source>From the register “%1”</source>
        <translation>No kases aparāta “%1”</translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="48" />
        <source>Registers</source>
        <translation>Kases aparāti</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Register</source>
        <translation>Kases aparāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="75" />
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Last used</source>
        <translation>Pēdējoreiz lietots</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="76" />
        <source>Revoked</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="82" />
        <source>A new register's name, e.g. Register 1</source>
        <translation>Jaunā kases aparāta nosaukums, piem., Kase 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="87" />
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="88" />
        <source>Revoke…</source>
        <translation>Atsaukt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="94" />
        <source>Registers that may use the API</source>
        <translation>Kases aparāti, kas drīkst lietot API</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="104" />
        <source>Copy</source>
        <translation>Kopēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="108" />
        <source>Copy it into the register's settings now; it is not shown again.</source>
        <translation>Iekopējiet to kases aparāta iestatījumos tūlīt; tas vairs netiks parādīts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="119" />
        <source>Serve the register API on this till</source>
        <translation>Ieslēgt kases aparātu API šajā datorā</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="123" />
        <source>Open to the shop's network</source>
        <translation>Atvērt veikala tīklam</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="125" />
        <source>Every computer in the shop's network can reach the API then (registers still need their token). Open it only on the shop's own network, never on a guests' Wi-Fi.</source>
        <translation>Tad API var sasniegt jebkurš dators veikala tīklā (kases aparātiem joprojām vajag savu žetonu). Atveriet to tikai veikala paša tīklā, nekad viesu Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="131" />
        <source>Save and restart the API</source>
        <translation>Saglabāt un restartēt API</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="134" />
        <source>Port</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="137" />
        <source>Registers connect to</source>
        <translation>Adrese kases aparātiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="139" />
        <source>The API on this till</source>
        <translation>API šajā datorā</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="178" />
        <source>The token of “%1”</source>
        <translation>Kases aparāta “%1” žetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="182" />
        <source>Added.</source>
        <translation>Pievienots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="190" />
        <source>Revoke</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="191" />
        <source>Revoke “%1”? Its token stops working at once; the register needs a new one to connect again.</source>
        <translation>Atsaukt “%1”? Tā žetons uzreiz pārstās darboties; lai pieslēgtos atkal, kases aparātam vajadzēs jaunu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="200" />
        <source>Revoked: %1</source>
        <translation>Atsaukts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="224" />
        <source>(the API is off)</source>
        <translation>(API ir izslēgts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="230" />
        <source>The API is off.</source>
        <translation>API ir izslēgts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="232" />
        <source>The API is serving at %1</source>
        <translation>API darbojas adresē %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/registers_dialog.py" line="235" />
        <source>The API could not open port %1: another program may use it. Choose another port.</source>
        <translation>API nevarēja atvērt portu %1: to, iespējams, izmanto cita programma. Izvēlieties citu portu.</translation>
    </message>
</context>
<context>
    <name>ReplicaKeeper</name>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="67" />
        <source>Copying the shop's members to this till,
so it can serve while the server is away: %1 of %2</source>
        <translation>Kopē veikala dalībniekus uz šo kasi,
lai tā varētu strādāt, kamēr serveris nav pieejams: %1 no %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/replica_keeper.py" line="73" />
        <source>Local copy</source>
        <translation>Vietējā kopija</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../app/ui/report_charts.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="124" />
        <source>Visits and revenue over time</source>
        <translation>Apmeklējumi un ieņēmumi laika gaitā</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="50" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="187" />
        <source>Revenue</source>
        <translation>Ieņēmumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="51" />
        <location filename="../../app/ui/report_text.py" line="43" />
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="89" />
        <location filename="../../app/ui/report_text.py" line="143" />
        <source>Members by tier today</source>
        <translation>Dalībnieki pa līmeņiem šodien</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_charts.py" line="99" />
        <location filename="../../app/ui/report_text.py" line="30" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="38" />
        <source>Unit</source>
        <translation>Vienība</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="43" />
        <source>Period: %1</source>
        <translation>Periods: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="44" />
        <source>Till</source>
        <translation>Kase</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="45" />
        <location filename="../../app/ui/report_text.py" line="174" />
        <location filename="../../app/ui/report_text.py" line="180" />
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Cashier</source>
        <translation>Kasieris</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="46" />
        <location filename="../../app/ui/report_text.py" line="131" />
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="48" />
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_files.py" line="50" />
        <source>Made on %1</source>
        <translation>Sagatavots %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="30" />
        <source>Members enrolled and not erased, today. The tier filter counts members by their tier today.</source>
        <translation>Reģistrētie un nedzēstie dalībnieki šodien. Līmeņa filtrs skaita dalībniekus pēc viņu šodienas līmeņa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>New members</source>
        <translation>Jauni dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="32" />
        <source>Members enrolled in the period.</source>
        <translation>Periodā reģistrētie dalībnieki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="33" />
        <source>Active in 30 days</source>
        <translation>Aktīvi 30 dienās</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="34" />
        <source>Members whose last purchase was in the last 30 days: today and the 29 days before it.</source>
        <translation>Dalībnieki, kuru pēdējais pirkums bija pēdējās 30 dienās: šodien un 29 dienas pirms tam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="36" />
        <source>Active in 90 days</source>
        <translation>Aktīvi 90 dienās</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="37" />
        <source>Members whose last purchase was in the last 90 days: today and the 89 days before it.</source>
        <translation>Dalībnieki, kuru pēdējais pirkums bija pēdējās 90 dienās: šodien un 89 dienas pirms tam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>Lapsed 90 days</source>
        <translation>Neaktīvi 90 dienas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="39" />
        <source>No purchase in the last 90 days (today and the 89 days before it), and enrolled before them.</source>
        <translation>Nav pirkumu pēdējās 90 dienās (šodien un 89 dienas pirms tam), un reģistrēti pirms tām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>Lapsed 180 days</source>
        <translation>Neaktīvi 180 dienas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="41" />
        <source>No purchase in the last 180 days (today and the 179 days before it), and enrolled before them.</source>
        <translation>Nav pirkumu pēdējās 180 dienās (šodien un 179 dienas pirms tam), un reģistrēti pirms tām.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="43" />
        <source>Purchases members made in the period, refunded ones too: a refund does not undo a visit.</source>
        <translation>Dalībnieku pirkumi periodā, arī atmaksātie: atmaksa neatceļ apmeklējumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="45" />
        <source>Revenue from members</source>
        <translation>Ieņēmumi no dalībniekiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="46" />
        <source>What members paid in the period, refunded purchases taken out.</source>
        <translation>Ko dalībnieki samaksāja periodā, neskaitot atmaksātos pirkumus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <location filename="../../app/ui/report_text.py" line="132" />
        <source>Average check</source>
        <translation>Vidējais čeks</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="47" />
        <source>Revenue from members divided by their purchases that were not refunded.</source>
        <translation>Ieņēmumi no dalībniekiem, dalīti ar viņu neatmaksāto pirkumu skaitu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="48" />
        <source>Members who bought</source>
        <translation>Dalībnieki, kas pirka</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="49" />
        <source>Members with at least one purchase in the period.</source>
        <translation>Dalībnieki ar vismaz vienu pirkumu periodā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Repeat rate</source>
        <translation>Atkārtotu pirkumu īpatsvars</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="50" />
        <source>Share of the members who bought in the period who bought twice or more.</source>
        <translation>Daļa no periodā pirkušajiem dalībniekiem, kas pirka divas reizes vai vairāk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="52" />
        <source>Visits per member per month</source>
        <translation>Apmeklējumi uz dalībnieku mēnesī</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="53" />
        <source>Visits divided by the members who bought, divided by the period's length in months.</source>
        <translation>Apmeklējumi, dalīti ar pirkušo dalībnieku skaitu un ar perioda garumu mēnešos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Refunded</source>
        <translation>Atmaksāts</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="55" />
        <source>Purchases made in the period and refunded in full since.</source>
        <translation>Periodā veiktie pirkumi, kas kopš tā laika pilnībā atmaksāti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>Refunded amount</source>
        <translation>Atmaksātā summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="56" />
        <source>What was refunded of purchases made in the period, in full or in part.</source>
        <translation>Cik atmaksāts no periodā veiktajiem pirkumiem, pilnībā vai daļēji.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <location filename="../../app/ui/report_text.py" line="126" />
        <source>Points issued</source>
        <translation>Izsniegtie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="57" />
        <source>Points given in the period in any way: earned, welcome, campaigns, bonuses, gifts. Points a refund returns are not new points.</source>
        <translation>Periodā jebkādā veidā piešķirtie punkti: nopelnītie, sveiciena, akciju, bonusu, dāvanu. Atmaksas atdotie punkti nav jauni punkti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <location filename="../../app/ui/report_text.py" line="127" />
        <source>Points redeemed</source>
        <translation>Izmantotie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="60" />
        <source>Points members paid with in the period.</source>
        <translation>Punkti, ar kuriem dalībnieki maksāja periodā.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points expired</source>
        <translation>Punkti ar beigušos derīgumu</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="61" />
        <source>Points that expired unspent in the period.</source>
        <translation>Punkti, kuru derīgums periodā beidzās neiztērētiem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points donated</source>
        <translation>Ziedotie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="62" />
        <source>Points members gave to a cause in the period.</source>
        <translation>Punkti, ko dalībnieki periodā ziedoja kādam mērķim.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="63" />
        <source>Points outstanding</source>
        <translation>Neizmantotie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="64" />
        <source>All members' balances together, today, net of points owed back after refunds.</source>
        <translation>Visu dalībnieku atlikumi kopā šodien, atskaitot pēc atmaksām atdodamos punktus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>Liability</source>
        <translation>Saistības</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="66" />
        <source>The outstanding points in money: what the shop owes if every point is spent.</source>
        <translation>Neizmantotie punkti naudā: cik veikals ir parādā, ja tiek iztērēts katrs punkts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Tier moves up</source>
        <translation>Līmeņa paaugstinājumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="68" />
        <source>Members who moved to a higher tier in the period.</source>
        <translation>Dalībnieki, kas periodā pārgāja uz augstāku līmeni.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="69" />
        <source>Tier moves down</source>
        <translation>Līmeņa pazeminājumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="70" />
        <source>Members who moved to a lower tier in the period (reviews, refunds).</source>
        <translation>Dalībnieki, kas periodā pārgāja uz zemāku līmeni (pārskatīšana, atmaksas).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Earned on purchases</source>
        <translation>Nopelnīts ar pirkumiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="94" />
        <source>Welcome bonus</source>
        <translation>Sveiciena bonuss</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Campaigns</source>
        <translation>Akcijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Redeemed</source>
        <translation>Izmantots</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="95" />
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Referrals</source>
        <translation>Ieteikumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Surveys</source>
        <translation>Aptaujas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="96" />
        <source>Reviews</source>
        <translation>Atsauksmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Gifts</source>
        <translation>Dāvanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Donated to causes</source>
        <translation>Ziedots mērķiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="97" />
        <source>Expired</source>
        <translation>Derīgums beidzies</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Adjustments</source>
        <translation>Korekcijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="98" />
        <source>Refunds</source>
        <translation>Atmaksas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="99" />
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>No compensation</source>
        <translation>Bez kompensācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="103" />
        <source>Apology points</source>
        <translation>Atvainošanās punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>A gift</source>
        <translation>Dāvana</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="104" />
        <source>Discount next time</source>
        <translation>Atlaide nākamreiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <source>Figure</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="115" />
        <location filename="../../app/ui/report_text.py" line="169" />
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="116" />
        <source>Definition</source>
        <translation>Definīcija</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="125" />
        <location filename="../../app/ui/report_text.py" line="147" />
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="130" />
        <source>Average check by tier</source>
        <translation>Vidējais čeks pa līmeņiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="134" />
        <source>Points by kind</source>
        <translation>Punkti pēc veida</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points in</source>
        <translation>Ienākošie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="135" />
        <source>Points out</source>
        <translation>Izejošie punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="144" />
        <source>Share</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="146" />
        <source>Tier moves in the period</source>
        <translation>Līmeņu maiņas periodā</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="148" />
        <source>Direction</source>
        <translation>Virziens</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>up</source>
        <translation>uz augšu</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="149" />
        <source>down</source>
        <translation>uz leju</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="155" />
        <source>Month %1</source>
        <translation>%1. mēnesis</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="156" />
        <source>Retention by enrolment month</source>
        <translation>Noturēšana pēc reģistrācijas mēneša</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="157" />
        <source>Enrolled</source>
        <translation>Reģistrēti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="159" />
        <source>Share of each month's new members who bought in the month after enrolment shown by the column (month 0: the month they enrolled).</source>
        <translation>Katra mēneša jauno dalībnieku daļa, kas pirka kolonnā norādītajā mēnesī pēc reģistrācijas (0. mēnesis: reģistrācijas mēnesis).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="169" />
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="170" />
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Gifts by reason</source>
        <translation>Dāvanas pēc iemesla</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="172" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="174" />
        <source>Gifts by cashier</source>
        <translation>Dāvanas pēc kasiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="176" />
        <source>Complaints by compensation</source>
        <translation>Sūdzības pēc kompensācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="177" />
        <source>Compensation</source>
        <translation>Kompensācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="179" />
        <source>Complaints by cashier</source>
        <translation>Sūdzības pēc kasiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="186" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="189" />
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="190" />
        <source>Enrolments</source>
        <translation>Reģistrācijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Purchases recorded</source>
        <translation>Reģistrētie pirkumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="191" />
        <source>Gifts given</source>
        <translation>Pasniegtās dāvanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="193" />
        <source>Top members by revenue</source>
        <translation>Labākie dalībnieki pēc ieņēmumiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_text.py" line="195" />
        <source>Top members by visits</source>
        <translation>Labākie dalībnieki pēc apmeklējumiem</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="38" />
        <source>Preparing the reports…</source>
        <translation>Sagatavo pārskatus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="46" />
        <source>Preparing the reports for the first time: every purchase and ledger row is added up once. In a large shop this takes a few minutes.</source>
        <translation>Pārskati tiek sagatavoti pirmo reizi: katrs pirkums un žurnāla rinda tiek saskaitīti vienreiz. Lielā veikalā tas aizņem dažas minūtes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="49" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="50" />
        <location filename="../../app/ui/reports_dialog.py" line="116" />
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_preparation.py" line="64" />
        <source>Stopping…</source>
        <translation>Aptur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="142" />
        <source>Overview</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="144" />
        <source>Points and tiers</source>
        <translation>Punkti un līmeņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="145" />
        <source>Cohorts</source>
        <translation>Kohortas</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="147" />
        <source>Gifts and complaints</source>
        <translation>Dāvanas un sūdzības</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="149" />
        <source>Staff and top members</source>
        <translation>Darbinieki un labākie dalībnieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="153" />
        <source>This week</source>
        <translation>Šonedēļ</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This month</source>
        <translation>Šomēnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="154" />
        <source>This quarter</source>
        <translation>Šajā ceturksnī</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>This year</source>
        <translation>Šogad</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="155" />
        <source>Custom</source>
        <translation>Cits periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="167" />
        <source>Export…</source>
        <translation>Eksportēt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="174" />
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="175" />
        <source>Till</source>
        <translation>Kase</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Cashier</source>
        <translation>Kasieris</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="176" />
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By day or month</source>
        <translation>Pa dienām vai mēnešiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="207" />
        <source>By tier</source>
        <translation>Pa līmeņiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="240" />
        <source>All tills</source>
        <translation>Visas kases</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="241" />
        <source>All cashiers</source>
        <translation>Visi kasieri</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="242" />
        <source>All tiers</source>
        <translation>Visi līmeņi</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="268" />
        <source>Reports were not prepared; nothing was changed. Open Reports again to prepare them.</source>
        <translation>Pārskati netika sagatavoti; nekas nav mainīts. Atveriet Pārskatus vēlreiz, lai tos sagatavotu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="280" />
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="302" />
        <source>The report could not be made.</source>
        <translation>Pārskatu neizdevās sagatavot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="328" />
        <source>Counting top members…</source>
        <translation>Skaita labākos dalībniekus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="384" />
        <location filename="../../app/ui/reports_dialog.py" line="393" />
        <source>Export report</source>
        <translation>Eksportēt pārskatu</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_dialog.py" line="394" />
        <source>The file could not be written: %1</source>
        <translation>Failu neizdevās ierakstīt: %1</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <location filename="../../app/ui/server_watch.py" line="41" />
        <source>Server not answering — retrying…</source>
        <translation>Serveris neatbild — mēģina vēlreiz…</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="31" />
        <source>Sales set aside</source>
        <translation>Noliktie pārdošanas darījumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="38" />
        <source>What</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="39" />
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/offline_aside.py" line="51" />
        <source>%n sale(s) the server refused; settle them by hand.</source>
        <translation>
            <numerusform>Serveris atteica %Ln darījumu; nokārtojiet to manuāli.</numerusform><numerusform>Serveris atteica %Ln darījumus; nokārtojiet tos manuāli.</numerusform><numerusform>Serveris atteica %Ln darījumus; nokārtojiet tos manuāli.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="53" />
        <source>Nothing set aside: every sale reached the server.</source>
        <translation>Nekas nav nolikts malā: katrs darījums sasniedza serveri.</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Enrolment</source>
        <translation>Reģistrācija</translation>
    </message>
    <message>
        <location filename="../../app/ui/offline_aside.py" line="56" />
        <source>Sale</source>
        <translation>Pārdošana</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="29" />
        <source>Shop settings</source>
        <translation>Veikala iestatījumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="39" />
        <source>Shop name</source>
        <translation>Veikala nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="46" />
        <source>This till's language</source>
        <translation>Šīs kases valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="47" />
        <source>The language changes when Regulars is started again.</source>
        <translation>Valoda mainīsies, kad Regulars tiks palaists no jauna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings_dialog.py" line="66" />
        <source>Purchases are recorded in %1: the currency stays.</source>
        <translation>Pirkumi jau ir ierakstīti valūtā %1: valūta paliek nemainīga.</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="29" />
        <source>Print the slip</source>
        <translation>Izdrukāt čeku</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="44" />
        <source>Open a member to print their slip.</source>
        <translation>Atveriet dalībnieku, lai izdrukātu viņa čeku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="51" />
        <source>This member has no sale to print.</source>
        <translation>Šim dalībniekam nav pirkuma, ko izdrukāt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="54" />
        <source>No slip printer is set up: Manage → Slip printer…</source>
        <translation>Čeku printeris nav iestatīts: Pārvaldība → Čeku printeris…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="59" />
        <source>Printing the slip…</source>
        <translation>Drukā čeku…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_printing.py" line="61" />
        <source>Slip printed: %1</source>
        <translation>Čeks izdrukāts: %1</translation>
    </message>
</context>
<context>
    <name>SlipSettingsDialog</name>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="33" />
        <source>No slip</source>
        <translation>Bez čeka</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="34" />
        <source>ESC/POS printer on USB</source>
        <translation>ESC/POS printeris caur USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="35" />
        <source>ESC/POS printer on the network</source>
        <translation>ESC/POS printeris tīklā</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="36" />
        <source>ESC/POS printer: device or file</source>
        <translation>ESC/POS printeris: ierīce vai fails</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="37" />
        <source>PDF files in a folder</source>
        <translation>PDF faili mapē</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="38" />
        <source>XPrinter, POS-58/80 and compatibles</source>
        <translation>XPrinter, POS-58/80 un saderīgie</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="39" />
        <source>Epson TM</source>
        <translation>Epson TM</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="40" />
        <source>By the slip's language</source>
        <translation>Pēc čeka valodas</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="41" />
        <source>CP866 — Cyrillic</source>
        <translation>CP866 — kirilica</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="42" />
        <source>CP1251 — Cyrillic (Windows)</source>
        <translation>CP1251 — kirilica (Windows)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="43" />
        <source>CP1257 — Baltic, Latvian</source>
        <translation>CP1257 — Baltijas, latviešu</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="44" />
        <source>CP775 — Baltic (DOS)</source>
        <translation>CP775 — Baltijas (DOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="45" />
        <source>CP437 — Latin</source>
        <translation>CP437 — latīņu</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="46" />
        <source>Switch pages letter by letter</source>
        <translation>Pārslēgt lappuses pa burtam</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="57" />
        <source>Slip printer</source>
        <translation>Čeku printeris</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="65" />
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 rakstzīmes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="66" />
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 rakstzīmes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="74" />
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="75" />
        <source>Print after each sale (otherwise Ctrl+R at the till)</source>
        <translation>Drukāt pēc katra pirkuma (citādi Ctrl+R kasē)</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="77" />
        <source>Thank you for shopping with us — Lavka, Riga</source>
        <translation>Paldies, ka iepērkaties pie mums — Lavka, Rīga</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="78" />
        <source>Print a test slip</source>
        <translation>Izdrukāt izmēģinājuma čeku</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="96" />
        <source>Vendor id</source>
        <translation>Ražotāja ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="97" />
        <source>Product id</source>
        <translation>Produkta ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="98" />
        <source>Port</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Printer</source>
        <translation>Printeris</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="101" />
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="102" />
        <source>Printer kind</source>
        <translation>Printera veids</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>Code page</source>
        <translation>Kodu lappuse</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="103" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="104" />
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="105" />
        <source>Shop's line</source>
        <translation>Veikala rinda</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="143" />
        <source>A folder for the PDF files</source>
        <translation>Mape PDF failiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="149" />
        <source>Folder for the slips</source>
        <translation>Mape čekiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="152" />
        <source>Printer device or file</source>
        <translation>Printera ierīce vai fails</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="184" />
        <source>Printing a test slip…</source>
        <translation>Drukā izmēģinājuma čeku…</translation>
    </message>
    <message>
        <location filename="../../app/ui/slip_settings_dialog.py" line="188" />
        <source>Test slip printed: %1</source>
        <translation>Izmēģinājuma čeks izdrukāts: %1</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="54" />
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="75" />
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <location filename="../../app/ui/staff_dialogs.py" line="77" />
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="56" />
        <source>Active</source>
        <translation>Aktīvs</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="57" />
        <source>Locked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Cashier</source>
        <translation>Kasieris</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="64" />
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="65" />
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="68" />
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="69" />
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="70" />
        <source>Switch on/off</source>
        <translation>Ieslēgt/izslēgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="71" />
        <source>Set this PIN for the selected</source>
        <translation>Iestatīt šo PIN kodu atlasītajam</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="76" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="99" />
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="100" />
        <source>locked</source>
        <translation>bloķēts</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="123" />
        <source>Added.</source>
        <translation>Pievienots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="128" />
        <source>Unlocked.</source>
        <translation>Atbloķēts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="135" />
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="141" />
        <source>PIN changed.</source>
        <translation>PIN kods nomainīts.</translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../app/ui/till_actions.py" line="89" />
        <source>Already handed over.</source>
        <translation>Jau nodots.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_actions.py" line="136" />
        <source>Welcome! %n point(s) already on the card.</source>
        <translation>
            <numerusform>Laipni lūdzam! Kartē jau ir %Ln punkts.</numerusform><numerusform>Laipni lūdzam! Kartē jau ir %Ln punkti.</numerusform><numerusform>Laipni lūdzam! Kartē jau ir %Ln punkti.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="146" />
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="152" />
        <source>Print the card…</source>
        <translation>Drukāt karti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="153" />
        <source>Lost card: new number…</source>
        <translation>Pazaudēta karte: jauns numurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="168" />
        <source>Lost card</source>
        <translation>Pazaudēta karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="169" />
        <source>Block card %1 and give %2 a new card number? Points, status and history stay with the member.</source>
        <translation>Bloķēt karti %1 un piešķirt dalībniekam %2 jaunu kartes numuru? Punkti, līmenis un vēsture paliek dalībniekam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_actions.py" line="180" />
        <source>New card number: %1. The old card is blocked. Print the new card: Member → Print the card.</source>
        <translation>Jaunais kartes numurs: %1. Vecā karte ir bloķēta. Izdrukājiet jauno karti: Dalībnieks → Drukāt karti.</translation>
    </message>
</context>
<context>
    <name>TillNameDialog</name>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="18" />
        <location filename="../../app/ui/till_name_dialog.py" line="27" />
        <source>This till's name</source>
        <translation>Šīs kases nosaukums</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_name_dialog.py" line="22" />
        <source>Each computer at the counter is a till of the shop. Its name is shown in reports by till, in the audit and on the customer's screen.</source>
        <translation>Katrs dators pie letes ir veikala kase. Tās nosaukums redzams atskaitēs pa kasēm, audita žurnālā un pircēja ekrānā.</translation>
    </message>
</context>
<context>
    <name>TillSearch</name>
    <message>
        <location filename="../../app/ui/till_search.py" line="46" />
        <source>Name, phone or card</source>
        <translation>Vārds, tālrunis vai karte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_search.py" line="92" />
        <source>%n found</source>
        <translation>
            <numerusform>Atrasts %Ln</numerusform><numerusform>Atrasti %Ln</numerusform><numerusform>Atrasti %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="100" />
        <source>Nobody found. F2 enrols a new member.</source>
        <translation>Neviens nav atrasts. F2 — reģistrēt jaunu dalībnieku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_search.py" line="101" />
        <source>Nobody found.</source>
        <translation>Neviens nav atrasts.</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../app/ui/till_window.py" line="65" />
        <source>Regulars — till</source>
        <translation>Regulars — kase</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="131" />
        <source>Purchase  F5</source>
        <translation>Pirkums  F5</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="132" />
        <source>New member  F2</source>
        <translation>Jauns dalībnieks  F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="133" />
        <source>Pay with points  F6</source>
        <translation>Ar punktiem  F6</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="134" />
        <source>Edit  F4</source>
        <translation>Labot  F4</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="135" />
        <source>Next customer  Esc</source>
        <translation>Nākamais  Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="138" />
        <source>Donate points  F9</source>
        <translation>Ziedot punktus  F9</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="144" />
        <source>Member</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="146" />
        <source>Gift…</source>
        <translation>Dāvana…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="147" />
        <source>Long wait: apology points</source>
        <translation>Ilga gaidīšana: atvainošanās punkti</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="148" />
        <source>Complaint…</source>
        <translation>Sūdzība…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="149" />
        <source>Personal data…</source>
        <translation>Personas dati…</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="155" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="168" />
        <source>The language changes when Regulars is started again.</source>
        <translation>Valoda mainīsies, kad Regulars tiks palaists no jauna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="295" />
        <source>Survey +%1  F7</source>
        <translation>Aptauja +%1  F7</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="296" />
        <source>Review +%1  F8</source>
        <translation>Atsauksme +%1  F8</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="335" />
        <location filename="../../app/ui/till_window.py" line="353" />
        <source>Paid with %n point(s).</source>
        <translation>
            <numerusform>Samaksāts ar %Ln punktu.</numerusform><numerusform>Samaksāts ar %Ln punktiem.</numerusform><numerusform>Samaksāts ar %Ln punktiem.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="336" />
        <source>+%n point(s), balance %1</source>
        <translation>
            <numerusform>+%Ln punkts, atlikums %1</numerusform><numerusform>+%Ln punkti, atlikums %1</numerusform><numerusform>+%Ln punkti, atlikums %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="341" />
        <source>Full card! Give: %1</source>
        <translation>Pilna karte! Dāvināt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="343" />
        <source>New status: %1!</source>
        <translation>Jauns līmenis: %1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="351" />
        <source>Thank you!</source>
        <translation>Paldies!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/till_window.py" line="354" />
        <source>+%n point(s) pending: they count once the shop's server has the sale.</source>
        <translation>
            <numerusform>+%Ln punkts gaida: tas tiks ieskaitīts, kad veikala serveris saņems pirkumu.</numerusform><numerusform>+%Ln punkti gaida: tie tiks ieskaitīti, kad veikala serveris saņems pirkumu.</numerusform><numerusform>+%Ln punkti gaida: tie tiks ieskaitīti, kad veikala serveris saņems pirkumu.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="365" />
        <source>Birthday bonus: +%1</source>
        <translation>Dzimšanas dienas bonuss: +%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="368" />
        <source>%2 gets +%1 for bringing a friend</source>
        <translation>%2 saņem +%1 par drauga atvešanu</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="369" />
        <source>The friend</source>
        <translation>Draugs</translation>
    </message>
    <message>
        <location filename="../../app/ui/till_window.py" line="371" />
        <source>Friend bonus: +%1</source>
        <translation>Drauga bonuss: +%1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="37" />
        <source>Check who is paying with points</source>
        <translation>Pārbaudiet, kas maksā ar punktiem</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="45" />
        <source>Points are money. Before spending them, check that this is %1: scan the card, or ask the customer to say the full phone number, or their name and date of birth.</source>
        <translation>Punkti ir nauda. Pirms tos tērēt, pārbaudiet, vai tas ir %1: noskenējiet karti vai lūdziet klientam nosaukt pilnu tālruņa numuru, vai vārdu un dzimšanas datumu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="51" />
        <source>scan or type the 13 digits</source>
        <translation>noskenējiet vai ierakstiet 13 ciparus</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="52" />
        <source>the whole number, e.g. +7 916 123-45-67</source>
        <translation>viss numurs, piem., +371 2012 3456</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="53" />
        <source>first or last name</source>
        <translation>vārds vai uzvārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="54" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.gggg</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="57" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="58" />
        <source>or the full phone</source>
        <translation>vai pilns tālrunis</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="59" />
        <source>or the name</source>
        <translation>vai vārds</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="60" />
        <source>and the date of birth</source>
        <translation>un dzimšanas datums</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="63" />
        <source>Checked (Enter)</source>
        <translation>Pārbaudīts (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="64" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="89" />
        <source>Give both the name and the date of birth as dd.mm.yyyy, e.g. 07.03.1985.</source>
        <translation>Norādiet gan vārdu, gan dzimšanas datumu formātā dd.mm.gggg, piem., 07.03.1985.</translation>
    </message>
    <message>
        <location filename="../../app/ui/verify_dialog.py" line="94" />
        <source>Fill in one check: the card, the full phone, or the name and date of birth.</source>
        <translation>Aizpildiet vienu pārbaudi: karti, pilnu tālruni vai vārdu un dzimšanas datumu.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="35" />
        <source>Consent withdrawn — %1</source>
        <translation>Piekrišana atsaukta — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="46" />
        <source>Withdrawing consent erases %1's personal data for good: the name, phone, e-mail, date of birth, notes and card number. The points and purchases stay only as numbers for the accounts, and the card stops working. This cannot be undone.</source>
        <translation>Atsaucot piekrišanu, dalībnieka %1 personas dati tiek neatgriezeniski dzēsti: vārds, tālrunis, e-pasts, dzimšanas datums, piezīmes un kartes numurs. Punkti un pirkumi paliek tikai kā skaitļi grāmatvedībai, un karte pārstāj darboties. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="52" />
        <source>The customer asked for this and knows it cannot be undone</source>
        <translation>Klients to lūdza un zina, ka to nevar atsaukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="64" />
        <source>A cashier records this only with a manager's PIN, typed here.</source>
        <translation>Kasieris to reģistrē tikai ar vadītāja PIN kodu, kas ievadīts šeit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="67" />
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="68" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="74" />
        <source>Erase for good</source>
        <translation>Dzēst neatgriezeniski</translation>
    </message>
    <message>
        <location filename="../../app/ui/withdraw_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>prompt</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="71" />
        <source>Choose a backup file</source>
        <translation>Izvēlieties rezerves kopijas failu</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="73" />
        <source>Regulars backups (*.sqlite3);;All files (*)</source>
        <translation>Regulars rezerves kopijas (*.sqlite3);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="81" />
        <source>This file cannot be restored: %1</source>
        <translation>Šo failu nevar atjaunot: %1</translation>
    </message>
</context>
</TS>